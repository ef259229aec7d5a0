// SPDX-License-Identifier: GPL-3.0-or-later
// Logging in at the counter, locking it and switching cashiers, driven by keys as staff do:
// a sale in progress waits for its own cashier, and what is sold names who sold it.
#include "core/payments/simulatedcardterminal.h"
#include "core/people/userdirectory.h"
#include "core/sales/salesession.h"
#include "salehelpers.h"
#include "testdatabase.h"
#include "ui/counter/boxofficewindow.h"
#include "ui/counter/countershell.h"
#include "ui/widgets/firstadmindialog.h"
#include "ui/widgets/loginscreen.h"
#include "ui/widgets/userform.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTest>

namespace {
int userIdOf(const Database &db, const QString &login)
{
    const auto user = UserDirectory(db).user(login);
    return user ? user->id : -1;
}
} // namespace

class TestLogin : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<SimulatedCardTerminal> m_card;
    std::unique_ptr<CounterShell> m_shell;
    int m_windowsMade = 0;

    // Types a login and a secret on the shell's login screen and presses Enter.
    void typeLogIn(const QString &login, const QString &secret)
    {
        LoginScreen *screen = m_shell->loginScreen();
        QTRY_VERIFY(screen->isVisible());
        QLineEdit *field = screen->loginField();
        field->setFocus();
        field->selectAll();
        QTest::keyClicks(field, login);
        QTest::keyClick(field, Qt::Key_Return); // on to the secret
        QTRY_VERIFY(screen->secretField()->hasFocus());
        QTest::keyClicks(screen->secretField(), secret);
        QTest::keyClick(screen->secretField(), Qt::Key_Return);
    }
    QString statusCashier(BoxOfficeWindow *window)
    {
        auto *label = window->statusBar()->findChild<QLabel *>(QStringLiteral("cashier"));
        return label ? label->text() : QString();
    }

private Q_SLOTS:
    void init()
    {
        m_db = std::make_unique<TestDatabase>();
        m_card = std::make_unique<SimulatedCardTerminal>(0);
        m_windowsMade = 0;
        m_shell = std::make_unique<CounterShell>(
            *m_db->database, QStringLiteral("Caixa 1"), [this](const User &, QWidget *parent) {
                ++m_windowsMade;
                auto *window = new BoxOfficeWindow(*m_db->database, *m_db->authority, *m_card,
                                                   m_db->identity, parent);
                window->setInteractive(false);
                return window;
            });
        m_shell->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_shell.get()));
        m_shell->activateWindow();
    }
    void cleanup()
    {
        m_shell.reset();
        m_card.reset();
        m_db.reset();
    }

    // Tried: a wrong password, a login nobody has, and door staff at the counter. Each is
    // refused with the reason, the counter stays locked, and the login typed stays.
    void wrongCredentialsAndTheWrongRoleStayOut()
    {
        QVERIFY(m_shell->isLocked());
        LoginScreen *screen = m_shell->loginScreen();
        QSignalSpy refused(screen, &LoginScreen::refused);
        typeLogIn(QStringLiteral("caixa"), QStringLiteral("not-her-password"));
        QTRY_COMPARE(refused.size(), 1);
        QCOMPARE(screen->refusalLabel()->text(), tr("The login or the password is wrong."));
        QCOMPARE(screen->loginField()->text(), QStringLiteral("caixa"));
        QVERIFY(screen->secretField()->text().isEmpty());

        typeLogIn(QStringLiteral("nobody"), QStringLiteral("whatever-1"));
        QTRY_COMPARE(refused.size(), 2);
        // The same words: the screen does not tell who works here.
        QCOMPARE(screen->refusalLabel()->text(), tr("The login or the password is wrong."));

        typeLogIn(QStringLiteral("porta"), QStringLiteral("porta-demo"));
        QTRY_COMPARE(refused.size(), 3);
        QVERIFY(screen->refusalLabel()->text().contains(QStringLiteral("door staff")));
        QVERIFY(m_shell->isLocked());
        QCOMPARE(m_windowsMade, 0);
    }

    // The cashier logs in by password, the status bar says who she is; Ctrl+L locks the
    // counter with her sale in progress; the manager switches in by PIN and gets a sale of his
    // own; the cashier comes back by PIN to her seats, still held, and sells them: the order,
    // the payment and the tickets are hers.
    void aSaleWaitsForItsOwnCashierAcrossASwitch()
    {
        typeLogIn(QStringLiteral("caixa"), QStringLiteral("caixa-demo"));
        QTRY_VERIFY(!m_shell->isLocked());
        BoxOfficeWindow *hers = m_shell->current();
        QVERIFY(hers);
        QVERIFY(statusCashier(hers).contains(QStringLiteral("Caixa Demo")));
        QVERIFY(m_shell->windowTitle().contains(QStringLiteral("Caixa Demo")));

        const Screening screening = TestHelpers::freshScreening(*m_db->database);
        hers->openScreening(screening.id);
        QVERIFY(hers->sale().selectBestAvailable(2));
        const QList<int> seats = hers->sale().selection();
        QCOMPARE(seats.size(), 2);

        QTest::keyClick(m_shell.get(), Qt::Key_L, Qt::ControlModifier);
        QVERIFY(m_shell->isLocked());
        QVERIFY(!hers->isVisible()); // the next person does not see her sale
        const QString notice =
            m_shell->loginScreen()->findChild<QLabel *>(QStringLiteral("loginNotice"))->text();
        QVERIFY2(notice.contains(QStringLiteral("Caixa Demo")), qPrintable(notice));

        typeLogIn(QStringLiteral("gerente"), QStringLiteral("2222"));
        QTRY_VERIFY(!m_shell->isLocked());
        BoxOfficeWindow *his = m_shell->current();
        QVERIFY(his && his != hers);
        QVERIFY(his->sale().selection().isEmpty());
        QCOMPARE(m_shell->waitingSales(), 1);
        // Her seats are still held against his sale.
        his->openScreening(screening.id);
        QVERIFY(!his->sale().setSelection(seats));

        QTest::keyClick(m_shell.get(), Qt::Key_L, Qt::ControlModifier);
        typeLogIn(QStringLiteral("caixa"), QStringLiteral("3333"));
        QTRY_VERIFY(!m_shell->isLocked());
        QCOMPARE(m_shell->current(), hers);
        QCOMPARE(hers->sale().selection(), seats);
        QSignalSpy sold(&hers->sale(), &SaleSession::saleCompleted);
        QTest::keyClick(m_shell.get(), Qt::Key_F9);
        QTRY_COMPARE(sold.size(), 1);

        const int caixa = userIdOf(*m_db->database, QStringLiteral("caixa"));
        QSqlQuery q(m_db->database->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT o.user_id, p.user_id, (SELECT count(*) FROM tickets "
                                      "t WHERE t.order_id = o.id AND t.user_id = o.user_id) "
                                      "FROM orders o JOIN payments p ON p.order_id = o.id "
                                      "WHERE o.status = 'paid' ORDER BY o.id DESC LIMIT 1")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), caixa);
        QCOMPARE(q.value(1).toInt(), caixa);
        QCOMPARE(q.value(2).toInt(), 2);
    }

    // No input for the lock time: the counter locks by itself; the same cashier is back by PIN
    // to the same window.
    void theCounterLocksItselfWhenLeft()
    {
        m_shell->setLockAfterMs(300);
        typeLogIn(QStringLiteral("caixa"), QStringLiteral("3333"));
        QTRY_VERIFY(!m_shell->isLocked());
        BoxOfficeWindow *window = m_shell->current();
        QTRY_VERIFY_WITH_TIMEOUT(m_shell->isLocked(), 5000);
        typeLogIn(QStringLiteral("caixa"), QStringLiteral("3333"));
        QTRY_VERIFY(!m_shell->isLocked());
        QCOMPARE(m_shell->current(), window);
    }

    // Five wrong PINs lock that cashier's PIN for a minute; the screen says so, and her
    // password still lets her in.
    void fiveWrongPinsLockThePinNotThePassword()
    {
        QSignalSpy refused(m_shell->loginScreen(), &LoginScreen::refused);
        for (int i = 1; i <= UserDirectory::kPinTries; ++i) {
            typeLogIn(QStringLiteral("caixa"), QStringLiteral("0000"));
            QTRY_COMPARE(refused.size(), i);
        }
        QVERIFY(m_shell->loginScreen()->refusalLabel()->text().contains(
            QStringLiteral("locked for a minute")));
        typeLogIn(QStringLiteral("caixa"), QStringLiteral("3333")); // the right PIN, too late
        QTRY_COMPARE(refused.size(), UserDirectory::kPinTries + 1);
        QVERIFY(m_shell->isLocked());
        typeLogIn(QStringLiteral("caixa"), QStringLiteral("caixa-demo"));
        QTRY_VERIFY(!m_shell->isLocked());
    }

    // A store with nobody in it: the first administrator is typed once, saved with hashes
    // only, and can log in. Tried first: two passwords that differ, a password of digits only.
    void theFirstAdministratorIsAskedFor()
    {
        TestDatabase empty(false);
        QVERIFY(UserDirectory(*empty.database).isEmpty());
        FirstAdminDialog dialog(*empty.database);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTest::keyClicks(dialog.form()->loginField(), QStringLiteral("Marta"));
        QTest::keyClicks(dialog.form()->nameField(), QStringLiteral("Marta Lima"));
        QTest::keyClicks(dialog.form()->passwordField(), QStringLiteral("cinema-2026"));
        QTest::keyClicks(dialog.form()->repeatField(), QStringLiteral("cinema-2025"));
        QTest::keyClicks(dialog.form()->pinField(), QStringLiteral("4321"));
        QTest::mouseClick(dialog.saveButton(), Qt::LeftButton);
        QCOMPARE(dialog.form()->problemLabel()->text(), tr("The two passwords differ."));
        QVERIFY(UserDirectory(*empty.database).isEmpty());

        dialog.form()->passwordField()->setText(QStringLiteral("12345678"));
        dialog.form()->repeatField()->setText(QStringLiteral("12345678"));
        QTest::mouseClick(dialog.saveButton(), Qt::LeftButton);
        QVERIFY(dialog.form()->problemLabel()->text().contains(QStringLiteral("besides digits")));

        dialog.form()->passwordField()->setText(QStringLiteral("cinema-2026"));
        dialog.form()->repeatField()->setText(QStringLiteral("cinema-2026"));
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        QTest::mouseClick(dialog.saveButton(), Qt::LeftButton);
        QTRY_COMPARE(accepted.size(), 1);
        QVERIFY(dialog.administrator());
        QCOMPARE(dialog.administrator()->login, QStringLiteral("marta"));
        QCOMPARE(dialog.administrator()->role, User::Role::Admin);
        UserDirectory users(*empty.database);
        QVERIFY(users.logInWith(QStringLiteral("marta"), QStringLiteral("cinema-2026")).user);
        QVERIFY(users.logInWith(QStringLiteral("marta"), QStringLiteral("4321")).user);
    }
};

QTEST_MAIN(TestLogin)
#include "tst_login.moc"
