// SPDX-License-Identifier: GPL-3.0-or-later
// The manager's console, driven as a manager and an administrator would: settings checked and
// audited, users added and deactivated, a terminal's key revoked so the gate refuses its
// tickets; and what each role is refused, with the reason.
#include "core/admin/settingsmodel.h"
#include "core/admin/terminalsmodel.h"
#include "core/admin/usersmodel.h"
#include "core/gate/gatekeeper.h"
#include "core/payments/simulatedcardterminal.h"
#include "core/people/userdirectory.h"
#include "core/store/adminpin.h"
#include "core/store/storesettings.h"
#include "salehelpers.h"
#include "smtpserver.h"
#include "testdatabase.h"
#include "ui/console/consolewindow.h"
#include "ui/console/newuserdialog.h"
#include "ui/counter/boxofficewindow.h"
#include "ui/widgets/userform.h"

#include <QComboBox>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace TestHelpers;

namespace {
// Types text into the next QInputDialog that opens and accepts it.
void answerNextInput(const QString &text, bool *seen, int triesLeft = 250)
{
    QTimer::singleShot(20, qApp, [=] {
        auto *dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
        if (!dialog) {
            if (triesLeft > 0)
                answerNextInput(text, seen, triesLeft - 1);
            return;
        }
        *seen = true;
        dialog->setTextValue(text);
        dialog->accept();
    });
}

User userNamed(const Database &db, const QString &login)
{
    return UserDirectory(db).user(login).value_or(User());
}

QString lastAudit(const Database &db)
{
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT u.login || ' ' || a.action || ' ' || a.subject || ' ' || "
                               "COALESCE(a.before, '') || '>' || COALESCE(a.after, '') FROM "
                               "audit_log a LEFT JOIN users u ON u.id = a.user_id ORDER BY a.id "
                               "DESC LIMIT 1")) ||
        !q.next())
        return QString();
    return q.value(0).toString();
}

// The row of the view showing what matches in column 0 (or the key role) of the source.
QModelIndex rowWith(QTableView *view, int role, const QVariant &value, int column)
{
    const QAbstractItemModel *m = view->model();
    for (int row = 0; row < m->rowCount(); ++row) {
        if (m->index(row, 0).data(role) == value)
            return m->index(row, column);
    }
    return {};
}
} // namespace

class TestConsole : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<ConsoleWindow> m_console;

    void openAs(const QString &login)
    {
        const User u = userNamed(*m_db->database, login);
        QVERIFY(u.id > 0);
        m_console = std::make_unique<ConsoleWindow>(*m_db->database, nullptr, u,
                                                    Actor{u.id, m_db->identity.terminalId()});
        m_console->setInteractive(false);
        m_console->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_console.get()));
    }
    // Selects the setting's value cell, presses F2, types the value and Enter.
    void typeSetting(const QString &key, const QString &value)
    {
        QTableView *view = m_console->settingsView();
        const QModelIndex cell = rowWith(view, SettingsModel::KeyRole, key, SettingsModel::Value);
        QVERIFY(cell.isValid());
        m_console->activateWindow();
        view->setFocus();
        view->setCurrentIndex(cell);
        QTest::keyClick(view, Qt::Key_F2);
        QPointer<QLineEdit> editor;
        QTRY_VERIFY((editor = qobject_cast<QLineEdit *>(QApplication::focusWidget())));
        editor->selectAll();
        QTest::keyClicks(editor, value);
        QTest::keyClick(editor, Qt::Key_Return);
        // The view commits the value once the key is handled, then closes the editor.
        QTRY_VERIFY(!editor || !editor->isVisible());
    }
    QString storedSetting(const QString &key)
    {
        QSqlQuery q(m_db->database->connection());
        q.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
        q.addBindValue(key);
        return q.exec() && q.next() ? q.value(0).toString() : QString();
    }

private Q_SLOTS:
    void init() { m_db = std::make_unique<TestDatabase>(); }
    void cleanup()
    {
        m_console.reset();
        m_db.reset();
    }

    // Tried: a hold longer than its hard maximum, a meia share of 150%, an SMTP address that is
    // not one. Each is refused with the rule and nothing is written; a good value is saved with
    // its audit line (who, what, before → after).
    void settingsAreCheckedAndAudited()
    {
        openAs(QStringLiteral("gerente"));
        QLabel *message = m_console->messageLabel();
        typeSetting(QStringLiteral("hold_minutes"), QStringLiteral("45"));
        QVERIFY2(message->text().contains(QStringLiteral("hard maximum")),
                 qPrintable(message->text()));
        QCOMPARE(storedSetting(QStringLiteral("hold_minutes")), QStringLiteral("15"));
        typeSetting(QStringLiteral("meia_cap_percent"), QStringLiteral("150"));
        QVERIFY(message->text().contains(QStringLiteral("from 0 to 100")));
        typeSetting(QStringLiteral("smtp_url"), QStringLiteral("ftp://mail.example.com"));
        QVERIFY(message->text().contains(QStringLiteral("smtp://")));
        QVERIFY(storedSetting(QStringLiteral("smtp_url")).isEmpty());
        QVERIFY(lastAudit(*m_db->database).isEmpty());

        typeSetting(QStringLiteral("hold_minutes"), QStringLiteral("12"));
        QCOMPARE(storedSetting(QStringLiteral("hold_minutes")), QStringLiteral("12"));
        QCOMPARE(lastAudit(*m_db->database), QStringLiteral("gerente setting hold_minutes 15>12"));

        // The filter finds a setting by any part of what the table shows; the rest are hidden.
        QTest::keyClicks(m_console->settingsFilter(), QStringLiteral("smtp"));
        QCOMPARE(m_console->settingsView()->model()->rowCount(), 3); // server, user, password
    }

    // A cashier at the counter is told the console is for managers; a manager sees users and
    // terminals but may not change them, and is told why.
    void rolesDecideWhoChangesWhat()
    {
        SimulatedCardTerminal card(0);
        BoxOfficeWindow counter(*m_db->database, *m_db->authority, card, m_db->identity);
        counter.setCashier(userNamed(*m_db->database, QStringLiteral("caixa")));
        counter.show();
        QVERIFY(QTest::qWaitForWindowExposed(&counter));
        QTest::keyClick(&counter, Qt::Key_M, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(counter.messageBar()->isVisible());
        QVERIFY2(counter.messageBar()->text().contains(QStringLiteral("only managers")),
                 qPrintable(counter.messageBar()->text()));

        openAs(QStringLiteral("gerente"));
        QVERIFY(!m_console->addUserButton()->isEnabled());
        QVERIFY(m_console->users()
                    ->add(QStringLiteral("x"), QStringLiteral("X"), User::Role::Admin,
                          QStringLiteral("h"), QString())
                    ->contains(QStringLiteral("only administrators")));
        QVERIFY(m_console->terminals()->revoke(m_db->identity.terminalId()).has_value());
        QVERIFY(!m_console->revokeButton()->isEnabled());
    }

    // The administrator adds a cashier through the dialog; she logs in with what was typed.
    // Deactivated, she cannot; the last administrator cannot be deactivated.
    void anAdministratorManagesUsers()
    {
        openAs(QStringLiteral("admin"));
        m_console->showTab(ConsoleWindow::UsersTab);
        bool answered = false;
        QTimer::singleShot(50, this, [&answered] {
            auto *dialog = qobject_cast<NewUserDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            answered = true;
            QTest::keyClicks(dialog->form()->loginField(), QStringLiteral("bia"));
            QTest::keyClicks(dialog->form()->nameField(), QStringLiteral("Bia Costa"));
            QTest::keyClicks(dialog->form()->passwordField(), QStringLiteral("pipoca-doce"));
            QTest::keyClicks(dialog->form()->repeatField(), QStringLiteral("pipoca-doce"));
            QTest::keyClicks(dialog->form()->pinField(), QStringLiteral("2468"));
            dialog->accept();
        });
        QSignalSpy saved(m_console.get(), &ConsoleWindow::saved);
        QTest::mouseClick(m_console->addUserButton(), Qt::LeftButton);
        QVERIFY(answered);
        QTRY_COMPARE(saved.size(), 1);
        UserDirectory users(*m_db->database);
        const auto bia = users.logInWith(QStringLiteral("bia"), QStringLiteral("2468")).user;
        QVERIFY(bia);
        QCOMPARE(bia->role, User::Role::Cashier);
        QCOMPARE(lastAudit(*m_db->database), QStringLiteral("admin user added bia >cashier"));

        QTableView *view = m_console->usersView();
        view->setCurrentIndex(rowWith(view, Qt::DisplayRole, QStringLiteral("Bia Costa"), 0));
        QTest::mouseClick(m_console->deactivateButton(), Qt::LeftButton);
        QVERIFY(!users.logInWith(QStringLiteral("bia"), QStringLiteral("pipoca-doce")).user);

        view->setCurrentIndex(rowWith(view, Qt::DisplayRole, QStringLiteral("Administração"), 0));
        QVERIFY(view->currentIndex().isValid());
        QTest::mouseClick(m_console->deactivateButton(), Qt::LeftButton);
        QVERIFY(m_console->messageLabel()->text().contains(QStringLiteral("only active")));
        QVERIFY(users.logInWith(QStringLiteral("admin"), QStringLiteral("admin-demo")).user);
    }

    // The administrator revokes this terminal's key: a ticket it signs from then on is refused
    // at the gate as coming from a revoked terminal; admitted again, its next one is let in.
    void aRevokedTerminalsTicketsAreRefusedAtTheGate()
    {
        openAs(QStringLiteral("admin"));
        m_console->showTab(ConsoleWindow::TerminalsTab);
        QTableView *view = m_console->terminalsView();
        view->setCurrentIndex(
            view->model()->index(m_console->terminals()->rowOf(m_db->identity.terminalId()), 0));
        QVERIFY(m_console->revokeButton()->isEnabled());
        QTest::mouseClick(m_console->revokeButton(), Qt::LeftButton);
        QVERIFY(m_console->readmitButton()->isEnabled());
        QVERIFY(lastAudit(*m_db->database).startsWith(QStringLiteral("admin terminal revoked")));

        const Screening screening = freshScreening(*m_db->database);
        QSqlQuery soon(m_db->database->connection()); // the doors are open for it
        QVERIFY(soon.exec(QStringLiteral("UPDATE screenings SET starts_at = %1 WHERE id = %2")
                              .arg(QDateTime::currentMSecsSinceEpoch() + 600'000)
                              .arg(screening.id)));
        const auto later = sellFullPrice(*m_db->database, *m_db->authority, screening.id, 1);
        QVERIFY(later);
        Gatekeeper gate(*m_db->database, int(m_db->identity.terminalId()), QStringLiteral("Porta"),
                        QStringLiteral("Porteiro Demo"));
        QCOMPARE(GateVerdict::reasonCode(gate.judge(later->tickets.value(0).code, {}).reason),
                 QStringLiteral("revoked_key"));

        QTest::mouseClick(m_console->readmitButton(), Qt::LeftButton);
        QVERIFY(m_console->revokeButton()->isEnabled());
        QCOMPARE(GateVerdict::reasonCode(gate.judge(later->tickets.value(0).code, {}).reason),
                 QStringLiteral("valid"));
    }

    // The kiosk's admin PIN is set from the console (hashed off the screen's thread, audited
    // as changed, never shown); a test e-mail goes through the real SMTP server set up here,
    // and a missing SMTP address is said instead of trying.
    void theKioskPinAndATestEmail()
    {
        openAs(QStringLiteral("gerente"));
        QSignalSpy saved(m_console.get(), &ConsoleWindow::saved);
        auto *pinButton = m_console->findChild<QPushButton *>(QStringLiteral("kioskPinButton"));
        QVERIFY(pinButton);
        bool seen = false;
        answerNextInput(QStringLiteral("12"), &seen); // too short: refused, nothing saved
        QTest::mouseClick(pinButton, Qt::LeftButton);
        QVERIFY(seen);
        QVERIFY(m_console->messageLabel()->text().contains(QStringLiteral("4 to 12")));
        seen = false;
        answerNextInput(QStringLiteral("98765"), &seen);
        QTest::mouseClick(pinButton, Qt::LeftButton);
        QVERIFY(seen);
        QTRY_COMPARE(saved.size(), 1);
        QVERIFY(AdminPin(*m_db->database).verify(QStringLiteral("98765")));
        QVERIFY(lastAudit(*m_db->database)
                    .startsWith(QStringLiteral("gerente setting "
                                               "kiosk_admin_pin_hash")));
        QVERIFY(!lastAudit(*m_db->database).contains(QStringLiteral("argon2")));

        auto *mailButton = m_console->findChild<QPushButton *>(QStringLiteral("testMailButton"));
        QVERIFY(mailButton);
        QTest::mouseClick(mailButton, Qt::LeftButton);
        QVERIFY(m_console->messageLabel()->text().contains(QStringLiteral("SMTP")));

        QTemporaryDir work;
        const QString mailbox = work.filePath(QStringLiteral("mailbox"));
        SmtpTesting::SmtpServer server(mailbox);
        QVERIFY(server.start(SmtpTesting::freePort()));
        QVERIFY(m_console->settings()->change(
                    QStringLiteral("smtp_url"),
                    QStringLiteral("smtp://127.0.0.1:%1").arg(server.port())) == std::nullopt);
        QVERIFY(m_console->settings()->change(QStringLiteral("smtp_from"),
                                              QStringLiteral("bilheteria@marquee.test")) ==
                std::nullopt);
        saved.clear();
        seen = false;
        answerNextInput(QStringLiteral("gerente@marquee.test"), &seen);
        QTest::mouseClick(mailButton, Qt::LeftButton);
        QVERIFY(seen);
        QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, 30000);
        const auto mails = SmtpTesting::readMailbox(mailbox, work.path());
        QCOMPARE(mails.size(), 1);
        QCOMPARE(mails[0].to, QStringLiteral("gerente@marquee.test"));
    }
};

QTEST_MAIN(TestConsole)
#include "tst_console.moc"
