// SPDX-License-Identifier: GPL-3.0-or-later
// The kiosk as a stranger uses it: touches on the screen from the attract screen to the QR
// codes, and what happens when they walk away, their card is declined, or someone tries to
// close the totem.
#include "core/catalog/catalogrepository.h"
#include "core/mail/mailsender.h"
#include "core/payments/simulatedcardterminal.h"
#include "core/payments/stripepaymentprovider.h"
#include "core/sales/salesession.h"
#include "core/store/adminpin.h"
#include "core/store/storesettings.h"
#include "core/sync/cardpaymentsweep.h"
#include "core/tickets/qrcodedecoder.h"
#include "core/tickets/ticketcode.h"
#include "fakestripe.h"
#include "lostreplyauthority.h"
#include "salehelpers.h"
#include "serverfixture.h"
#include "smtpserver.h"
#include "testdatabase.h"
#include "ui/kiosk/idlewatcher.h"
#include "ui/kiosk/kioskwindow.h"
#include "ui/kiosk/onscreenkeyboard.h"
#include "ui/kiosk/posterart.h"
#include "ui/widgets/interfacelanguage.h"
#include "ui/widgets/seatmapwidget.h"

#include <QContextMenuEvent>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollBar>
#include <QShortcut>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>
#include <QTimer>

using namespace TestHelpers;
using Step = KioskWindow::Step;

class TestKioskFlow : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<SimulatedCardTerminal> m_card;
    std::unique_ptr<KioskWindow> m_kiosk;
    int m_touches = 0;

    // The visible, enabled buttons with this object name, in layout order.
    QList<QPushButton *> buttons(const QString &name) const
    {
        QList<QPushButton *> found;
        for (QPushButton *b : m_kiosk->findChildren<QPushButton *>(name)) {
            if (b->isVisible())
                found << b;
        }
        std::sort(found.begin(), found.end(), [](QPushButton *a, QPushButton *b) {
            const QPoint pa = a->mapToGlobal(QPoint()), pb = b->mapToGlobal(QPoint());
            return pa.y() != pb.y() ? pa.y() < pb.y() : pa.x() < pb.x();
        });
        return found;
    }
    QPushButton *button(const QString &name, int nth = 0) const
    {
        const auto found = buttons(name);
        return nth < found.size() ? found[nth] : nullptr;
    }
    // A finger on a button: press and release in its middle.
    bool touch(QPushButton *target)
    {
        if (!target || !target->isEnabled())
            return false;
        ++m_touches;
        QTest::mouseClick(target, Qt::LeftButton, {}, target->rect().center());
        // What the event loop does between two touches: pages left behind are gone.
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        return true;
    }
    template<typename T> T *shown(const QString &name) const
    {
        for (T *w : m_kiosk->findChildren<T *>(name)) {
            if (w->isVisible())
                return w;
        }
        return nullptr;
    }
    QPushButton *partyButton(int count) const
    {
        for (QPushButton *b : buttons(QStringLiteral("party"))) {
            if (b->property("count").toInt() == count)
                return b;
        }
        return nullptr;
    }
    // Seats of the screening held by anyone but the kiosk's own sale, as another terminal sees.
    int heldElsewhere(int screeningId) const
    {
        const auto states =
            CatalogRepository(*m_db->database).seatStates(screeningId, QStringLiteral("someone"));
        int held = 0;
        for (const SeatState s : states)
            held += s == SeatState::HeldByOther;
        return held;
    }
    // A kiosk on this store with that authority and card reader, shown at 1280x800.
    bool openKiosk(SalesAuthority &authority, PaymentProvider &payments)
    {
        m_kiosk =
            std::make_unique<KioskWindow>(*m_db->database, authority, payments, m_db->identity);
        m_kiosk->resize(1280, 800);
        m_kiosk->show();
        return QTest::qWaitForWindowExposed(m_kiosk.get());
    }
    // Up to the payment step with two seats of the first screening starting soon.
    int toPayment()
    {
        [&] {
            QVERIFY(touch(button(QStringLiteral("screening"))));
            QCOMPARE(m_kiosk->step(), Step::Seats);
            QVERIFY(touch(partyButton(2)));
            QCOMPARE(m_kiosk->sale().selection().size(), 2);
            QVERIFY(touch(button(QStringLiteral("continue"))));
            QCOMPARE(m_kiosk->step(), Step::Types);
            QVERIFY(touch(button(QStringLiteral("continue"))));
            QCOMPARE(m_kiosk->step(), Step::Details);
            QVERIFY(touch(button(QStringLiteral("continue"))));
            QCOMPARE(m_kiosk->step(), Step::Payment);
        }();
        return m_kiosk->sale().screening() ? m_kiosk->sale().screening()->id : 0;
    }

    // The marquee-kiosk program with its own settings and data under home; its exit code.
    static int runKiosk(const QTemporaryDir &home, const QStringList &arguments,
                        const QByteArray &input = {}, QByteArray *errors = nullptr)
    {
        QProcess kiosk;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("XDG_DATA_HOME"), home.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.path());
        kiosk.setProcessEnvironment(env);
        kiosk.start(QStringLiteral(MARQUEE_KIOSK_PATH), arguments);
        if (!kiosk.waitForStarted())
            return -1;
        kiosk.write(input);
        kiosk.closeWriteChannel();
        if (!kiosk.waitForFinished(60000))
            return -1;
        if (errors)
            *errors = kiosk.readAllStandardError();
        return kiosk.exitCode();
    }

private Q_SLOTS:
    void init()
    {
        InterfaceLanguage::apply(QLocale(QLocale::English));
        m_db = std::make_unique<TestDatabase>();
        m_card = std::make_unique<SimulatedCardTerminal>(0);
        QVERIFY(openKiosk(*m_db->authority, *m_card));
        m_touches = 0;
    }
    void cleanup()
    {
        m_kiosk.reset();
        m_card.reset();
        m_db.reset();
    }

    // Target: two seats, paid by card, the tickets on screen, in at most 8 touches.
    void wholePurchaseByTouchInAtMostEightTouches()
    {
        QCOMPARE(m_kiosk->step(), Step::Attract);
        const int screeningId = toPayment();
        QVERIFY(screeningId > 0);
        const qint64 total = m_kiosk->sale().totalCents();
        QVERIFY(touch(button(QStringLiteral("pay"))));
        QTRY_COMPARE(m_kiosk->step(), Step::Tickets);
        QVERIFY2(m_touches <= 8, qPrintable(QString::number(m_touches)));
        qInfo("touches from the attract screen to the tickets: %d", m_touches);

        // The money was taken once, for the total shown.
        QCOMPARE(m_card->capturedCents(), total);
        QCOMPARE(m_card->chargeCount(), 1);
        // Two QR codes on screen, each read back by the real decoder and a genuine ticket of
        // this screening, sold once.
        const auto codes = m_kiosk->findChildren<QLabel *>(QStringLiteral("qr"));
        QCOMPARE(codes.size(), 2);
        for (QLabel *code : codes) {
            const QList<QString> read = QrCodeDecoder::decode(code->pixmap().toImage());
            QCOMPARE(read.size(), 1);
            QCOMPARE(read.first(), code->property("code").toString());
            const auto verified =
                TicketCode::verify(read.first(), TerminalIdentity::keyLookup(*m_db->database));
            QVERIFY(verified.isValid());
            QCOMPARE(int(verified.payload.screeningId), screeningId);
        }
        QCOMPARE(scalar(*m_db->database,
                        QStringLiteral("SELECT COUNT(*) FROM tickets WHERE screening_id = %1 AND "
                                       "order_id = (SELECT MAX(id) FROM orders)")
                            .arg(screeningId)),
                 2);
        // Done starts over for the next person.
        QVERIFY(touch(button(QStringLiteral("done"))));
        QCOMPARE(m_kiosk->step(), Step::Attract);
    }

    // With a printer configured, the tickets are also printed (here to a folder a print server
    // would watch), off the screen's thread, and the screen says so.
    void ticketsArePrintedWhenAPrinterIsSet()
    {
        QTemporaryDir spool;
        QVERIFY(
            StoreSettings(*m_db->database)
                .setValue(QStringLiteral("kiosk_printer"), QStringLiteral("pdf:") + spool.path()));
        toPayment();
        QVERIFY(touch(button(QStringLiteral("pay"))));
        QTRY_COMPARE(m_kiosk->step(), Step::Tickets);
        QTRY_VERIFY(shown<QLabel>(QStringLiteral("printStatus")) &&
                    shown<QLabel>(QStringLiteral("printStatus"))
                        ->text()
                        .startsWith(QStringLiteral("Printed")));
        const QStringList files = QDir(spool.path()).entryList({QStringLiteral("*.pdf")});
        QCOMPARE(files.size(), 1);
        QFile pdf(QDir(spool.path()).filePath(files.first()));
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        const QByteArray bytes = pdf.readAll();
        QVERIFY(bytes.startsWith("%PDF"));
        // Two tickets and the receipt, as poppler reads the file.
        QProcess info;
        info.start(QStringLiteral("pdfinfo"), {pdf.fileName()});
        QVERIFY(info.waitForFinished(10000));
        QVERIFY(QString::fromUtf8(info.readAllStandardOutput())
                    .contains(QRegularExpression(QStringLiteral("Pages:\\s+3\\b"))));
    }

    // Each step has Back, and going back from the seats gives them up at once.
    void backFromTheSeatsReleasesThem()
    {
        QVERIFY(touch(button(QStringLiteral("screening"))));
        const int screeningId = m_kiosk->sale().screening()->id;
        QVERIFY(touch(partyButton(3)));
        QCOMPARE(heldElsewhere(screeningId), 3);
        QVERIFY(touch(button(QStringLiteral("continue"))));
        QVERIFY(touch(button(QStringLiteral("back"))));
        QCOMPARE(m_kiosk->step(), Step::Seats);
        QCOMPARE(heldElsewhere(screeningId), 3);
        QVERIFY(touch(button(QStringLiteral("back"))));
        QCOMPARE(heldElsewhere(screeningId), 0);
    }

    // Walked away: after the idle time a countdown asks, a touch calls it off; left alone
    // again, the kiosk starts over and every held seat is free for other terminals at once.
    void idleResetReleasesHolds()
    {
        m_kiosk->setIdleTimeouts(300, 600);
        QVERIFY(touch(button(QStringLiteral("screening"))));
        const int screeningId = m_kiosk->sale().screening()->id;
        QVERIFY(touch(partyButton(2)));
        QCOMPARE(heldElsewhere(screeningId), 2);

        QSignalSpy asked(&m_kiosk->idleWatcher(), &IdleWatcher::askStillThere);
        QVERIFY(asked.wait(2000));
        QTRY_VERIFY(button(QStringLiteral("stillHere")) != nullptr);
        QVERIFY(touch(button(QStringLiteral("stillHere"))));
        QVERIFY(!m_kiosk->idleWatcher().isCountingDown());
        QCOMPARE(m_kiosk->step(), Step::Seats);
        QCOMPARE(heldElsewhere(screeningId), 2);

        QSignalSpy timedOut(&m_kiosk->idleWatcher(), &IdleWatcher::timedOut);
        QVERIFY(timedOut.wait(3000));
        QCOMPARE(m_kiosk->step(), Step::Attract);
        QCOMPARE(heldElsewhere(screeningId), 0);
        QVERIFY(m_kiosk->sale().selection().isEmpty());
        // Nothing to lose on the attract screen: no more countdowns there.
        QVERIFY(!m_kiosk->idleWatcher().isArmed());
    }

    // A declined card keeps the seats held so the person can try another card, and says why;
    // cancelling gives them back. A card that is approved later takes the same seats.
    void declineKeepsTheSeatsAndTellsThePerson()
    {
        m_kiosk->setCardNumber(QStringLiteral("4000 0000 0000 9995")); // insufficient funds
        const int screeningId = toPayment();
        const QList<int> seats = m_kiosk->sale().selection();
        QVERIFY(touch(button(QStringLiteral("pay"))));
        QTRY_VERIFY(!m_kiosk->sale().isPaying());
        QCOMPARE(m_kiosk->step(), Step::Payment);
        QVERIFY2(m_kiosk->message().contains(QStringLiteral("not accepted")),
                 qPrintable(m_kiosk->message()));
        QCOMPARE(m_card->capturedCents(), 0);
        QCOMPARE(heldElsewhere(screeningId), 2);

        m_kiosk->setCardNumber(QStringLiteral("4242 4242 4242 4242"));
        QVERIFY(touch(button(QStringLiteral("pay"))));
        QTRY_COMPARE(m_kiosk->step(), Step::Tickets);
        QCOMPARE(scalar(*m_db->database,
                        QStringLiteral("SELECT COUNT(*) FROM tickets WHERE screening_id = %1 AND "
                                       "seat_id IN (%2, %3)")
                            .arg(screeningId)
                            .arg(seats[0])
                            .arg(seats[1])),
                 2);
    }
    // The card was charged and the store's reply got lost: the kiosk says the payment went
    // through and confirms the same payment by itself (never a second charge); walking away
    // meanwhile does not give the seats up.
    void aChargedCardIsConfirmedByItselfWhenTheStoreReplyIsLost()
    {
        LostReplyAuthority flaky(*m_db->authority);
        flaky.lostReplies = 3; // the session's own quick retries are lost too
        QVERIFY(openKiosk(flaky, *m_card));
        const int screeningId = toPayment();
        QVERIFY(touch(button(QStringLiteral("pay"))));
        QTRY_VERIFY(m_kiosk->sale().hasUnconfirmedPayment());
        QVERIFY2(m_kiosk->message().contains(QStringLiteral("went through")),
                 qPrintable(m_kiosk->message()));
        m_kiosk->startOver(); // what the idle countdown does
        QCOMPARE(m_kiosk->step(), Step::Payment);
        QTRY_COMPARE_WITH_TIMEOUT(m_kiosk->step(), Step::Tickets, 10000);
        QCOMPARE(m_card->chargeCount(), 1);
        QCOMPARE(flaky.refundsRecorded, 0);
        QCOMPARE(scalar(*m_db->database,
                        QStringLiteral("SELECT COUNT(*) FROM tickets WHERE screening_id = %1")
                            .arg(screeningId)) -
                     scalar(*m_db->database,
                            QStringLiteral("SELECT COUNT(*) FROM tickets t JOIN orders o ON "
                                           "o.id = t.order_id WHERE t.screening_id = %1 AND "
                                           "o.id <> (SELECT MAX(id) FROM orders)")
                                .arg(screeningId)),
                 2);
    }
    // The card reader's answer is lost after the card was tapped: the kiosk does not know
    // whether the money was taken, says so, keeps the seats, and asks Stripe by itself until it
    // knows; then the tickets appear, charged once.
    void aLostCardReaderAnswerIsAskedAboutByItself()
    {
        FakeStripe stripe;
        QVERIFY(stripe.start());
        auto config = stripe.config(QStringLiteral("tmr_kiosk"));
        config.readerTimeoutMs = 1500;
        StripePaymentProvider reader(config);
        QVERIFY(openKiosk(*m_db->authority, reader));
        toPayment();
        const qint64 total = m_kiosk->sale().totalCents();
        QVERIFY(touch(button(QStringLiteral("pay"))));
        QVERIFY(stripe.waitForPaymentOnReader(config.readerId));
        stripe.dropAnswers(QStringLiteral("/v1/"), 1000);
        stripe.presentCard(config.readerId);
        QTRY_VERIFY_WITH_TIMEOUT(m_kiosk->sale().cardOutcomeUnknown(), 15000);
        QVERIFY2(m_kiosk->message().contains(QStringLiteral("checking your card payment")),
                 qPrintable(m_kiosk->message()));
        m_kiosk->startOver(); // what the idle countdown does: the seats are not given up
        QCOMPARE(m_kiosk->step(), Step::Payment);
        QCOMPARE(m_kiosk->sale().selection().size(), 2);
        stripe.stopDropping();
        QTRY_COMPARE_WITH_TIMEOUT(m_kiosk->step(), Step::Tickets, 15000);
        const QJsonObject state = stripe.state();
        QCOMPARE(state.value(QStringLiteral("charged")).toInteger(), total);
        QCOMPARE(state.value(QStringLiteral("succeeded")).toInt(), 1);
        m_kiosk.reset(); // before the reader it uses
    }
    // The bank stays out of reach: after a while the kiosk sets the sale aside (seats held,
    // payment pending), tells the person what happens next and serves the next one; the
    // payment sweep later turns the charge into the tickets.
    void aKioskSetsAnUnknownCardAsideWhenTheBankStaysAway()
    {
        FakeStripe stripe;
        QVERIFY(stripe.start());
        auto config = stripe.config(QStringLiteral("tmr_kiosk"));
        config.readerTimeoutMs = 1500;
        StripePaymentProvider reader(config);
        QVERIFY(openKiosk(*m_db->authority, reader));
        m_kiosk->setUnknownCardPatienceMs(2000);
        toPayment();
        const QString token = m_kiosk->sale().holdToken();
        QVERIFY(touch(button(QStringLiteral("pay"))));
        QVERIFY(stripe.waitForPaymentOnReader(config.readerId));
        stripe.dropAnswers(QStringLiteral("/v1/"), 100000);
        stripe.presentCard(config.readerId);
        QTRY_COMPARE_WITH_TIMEOUT(m_kiosk->step(), Step::Attract, 20000);
        QVERIFY2(m_kiosk->message().contains(QStringLiteral("could not confirm")),
                 qPrintable(m_kiosk->message()));
        QVERIFY(!m_kiosk->sale().hasUnconfirmedPayment());
        QCOMPARE(
            scalar(*m_db->database,
                   QStringLiteral("SELECT COUNT(*) FROM holds WHERE hold_token = '%1'").arg(token)),
            2);
        QCOMPARE(scalar(*m_db->database, QStringLiteral("SELECT COUNT(*) FROM payments WHERE "
                                                        "status = 'pending'")),
                 1);

        stripe.stopDropping();
        CardPaymentSweep sweep(*m_db->database, *m_db->database, *m_db->authority, reader,
                               m_db->identity);
        QSignalSpy finished(&sweep, &CardPaymentSweep::finished);
        sweep.sweep(0);
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.first().first().value<CardPaymentSweep::Report>().completed, 1);
        QCOMPARE(scalar(*m_db->database, QStringLiteral("SELECT COUNT(*) FROM payments WHERE "
                                                        "status = 'pending'")),
                 0);
        m_kiosk.reset(); // before the reader it uses
    }
    void declineThenCancelReleasesTheSeats()
    {
        m_kiosk->setCardNumber(QStringLiteral("4000 0000 0000 0002"));
        const int screeningId = toPayment();
        QVERIFY(touch(button(QStringLiteral("pay"))));
        QTRY_VERIFY(!m_kiosk->message().isEmpty());
        QVERIFY(touch(button(QStringLiteral("cancelPurchase"))));
        QCOMPARE(m_kiosk->step(), Step::Attract);
        QCOMPARE(heldElsewhere(screeningId), 0);
        QCOMPARE(m_card->capturedCents(), 0);
    }
    void declineThenWalkingAwayReleasesTheSeats()
    {
        m_kiosk->setCardNumber(QStringLiteral("4000 0000 0000 0069")); // expired
        const int screeningId = toPayment();
        m_kiosk->setIdleTimeouts(200, 300);
        QVERIFY(touch(button(QStringLiteral("pay"))));
        QTRY_VERIFY(!m_kiosk->message().isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(m_kiosk->step(), Step::Attract, 3000);
        QCOMPARE(heldElsewhere(screeningId), 0);
    }

    // Nothing a keyboard or a window manager sends closes it; five taps in the top-left corner
    // and the right PIN do.
    void leavingTakesTheGestureAndThePin()
    {
        QVERIFY(!AdminPin(*m_db->database).set(QStringLiteral("4321")).has_value());
        // Shortcuts that close things elsewhere never see these keys here.
        int fired = 0;
        for (const QKeySequence &keys :
             {QKeySequence(Qt::Key_Escape), QKeySequence(Qt::CTRL | Qt::Key_Q),
              QKeySequence(Qt::ALT | Qt::Key_F4), QKeySequence(Qt::CTRL | Qt::Key_W)}) {
            auto *shortcut = new QShortcut(keys, m_kiosk.get());
            connect(shortcut, &QShortcut::activated, this, [&fired] { ++fired; });
        }
        QTest::keyClick(m_kiosk.get(), Qt::Key_W, Qt::ControlModifier);
        QTest::keyClick(m_kiosk.get(), Qt::Key_Escape);
        QTest::keyClick(m_kiosk.get(), Qt::Key_Q, Qt::ControlModifier);
        QTest::keyClick(m_kiosk.get(), Qt::Key_F4, Qt::AltModifier);
        QCOMPARE(fired, 0);
        QVERIFY(!m_kiosk->close()); // what Alt+F4 or the window manager asks
        QVERIFY(m_kiosk->isVisible());
        QVERIFY(m_kiosk->windowFlags() & Qt::FramelessWindowHint);

        QWidget *corner = m_kiosk->findChild<QWidget *>(QStringLiteral("adminCorner"));
        QVERIFY(corner);
        for (int i = 0; i < 4; ++i)
            QTest::mouseClick(corner, Qt::LeftButton);
        QCOMPARE(m_kiosk->step(), Step::Attract); // four taps are not enough
        QTest::mouseClick(corner, Qt::LeftButton);
        QCOMPARE(m_kiosk->step(), Step::Admin);

        QSignalSpy unlocked(m_kiosk.get(), &KioskWindow::unlocked);
        auto *keys = shown<OnScreenKeyboard>({});
        QVERIFY(keys);
        for (const QString &digit :
             {QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"), QStringLiteral("4")})
            QVERIFY(touch(keys->key(digit)));
        QVERIFY(touch(button(QStringLiteral("unlock"))));
        QCOMPARE(m_kiosk->message(), QStringLiteral("Wrong PIN."));
        QCOMPARE(unlocked.count(), 0);
        QVERIFY(!m_kiosk->close());

        auto *pin = m_kiosk->findChild<QLineEdit *>(QStringLiteral("pin"));
        pin->clear();
        for (const QString &digit :
             {QStringLiteral("4"), QStringLiteral("3"), QStringLiteral("2"), QStringLiteral("1")})
            QVERIFY(touch(keys->key(digit)));
        QVERIFY(touch(button(QStringLiteral("unlock"))));
        QCOMPARE(unlocked.count(), 1);
        QVERIFY(m_kiosk->close());
    }
    // The administrator sets the PIN from a shell, typed on standard input so it never shows
    // in the process list; only its hash is stored.
    void thePinIsSetFromStandardInput()
    {
        QTemporaryDir home;
        const QString db = home.filePath(QStringLiteral("kiosk.sqlite"));
        const QStringList setPin{QStringLiteral("--database"), db,
                                 QStringLiteral("--set-admin-pin")};
        QCOMPARE(runKiosk(home, setPin, "86420\n"), 0);
        Database store(db);
        QVERIFY(!store.open().has_value());
        QVERIFY(AdminPin(store).verify(QStringLiteral("86420")));
        QVERIFY(!AdminPin(store).verify(QStringLiteral("86421")));

        // Too short: refused with a reason, nothing changed.
        QByteArray said;
        QCOMPARE(runKiosk(home, setPin, "12\n", &said), 1);
        QVERIFY2(said.contains("PIN"), said.constData()); // says why
        QVERIFY(AdminPin(store).verify(QStringLiteral("86420")));
    }
    // A card reader is named but the store has no Stripe key: the kiosk must not fall back to
    // the simulated terminal, which would hand out tickets for cards nobody charged.
    void aCardReaderWithoutAStripeKeyRefusesToStart()
    {
        QTemporaryDir home;
        const QString db = home.filePath(QStringLiteral("kiosk.sqlite"));
        QByteArray said;
        QCOMPARE(runKiosk(home,
                          {QStringLiteral("--database"), db, QStringLiteral("--card-reader"),
                           QStringLiteral("tmr_lobby"), QStringLiteral("--screenshot"),
                           home.filePath(QStringLiteral("shot.png"))},
                          {}, &said),
                 1);
        QVERIFY2(said.contains("stripe_key"), said.constData());
        QVERIFY(!QFile::exists(home.filePath(QStringLiteral("shot.png"))));
        // Once the key is there, the same kiosk (its reader remembered) starts.
        {
            Database store(db);
            QVERIFY(!store.open().has_value());
            QVERIFY(StoreSettings(store).setValue(QStringLiteral("stripe_key"),
                                                  QStringLiteral("sk_test_x")));
        }
        QCOMPARE(runKiosk(home, {QStringLiteral("--database"), db, QStringLiteral("--screenshot"),
                                 home.filePath(QStringLiteral("shot.png"))}),
                 0);
        QVERIFY(QFile::exists(home.filePath(QStringLiteral("shot.png"))));
    }
    // The kiosk program on a shared PostgreSQL server: it registers as a kiosk and sells
    // through the server like a counter (here it touches its way to the tickets for a
    // screenshot); the sale is on the server, signed by the kiosk.
    void theKioskSellsThroughASharedServer()
    {
        REQUIRE_SERVER(uri);
        QTemporaryDir home;
        const QString shot = home.filePath(QStringLiteral("tickets.png"));
        QCOMPARE(runKiosk(home, {QStringLiteral("--server"), uri, QStringLiteral("--demo"),
                                 QStringLiteral("--screenshot"), shot,
                                 QStringLiteral("--screenshot-step"), QStringLiteral("tickets")}),
                 0);
        QVERIFY(QFileInfo(shot).size() > 0);
        auto server = Database::server(uri);
        QVERIFY(!server->open().has_value());
        QCOMPARE(scalar(*server, QStringLiteral("SELECT COUNT(*) FROM terminals WHERE kind = "
                                                "'kiosk'")),
                 1);
        // The screenshot's customer took the best seats for three.
        QCOMPARE(scalar(*server, QStringLiteral("SELECT COUNT(*) FROM tickets t JOIN orders o ON "
                                                "o.id = t.order_id JOIN terminals k ON k.id = "
                                                "o.terminal_id WHERE k.kind = 'kiosk' AND "
                                                "o.status = 'paid'")),
                 3);
    }
    void withoutAPinTheKioskCannotBeLeft()
    {
        QWidget *corner = m_kiosk->findChild<QWidget *>(QStringLiteral("adminCorner"));
        for (int i = 0; i < 5; ++i)
            QTest::mouseClick(corner, Qt::LeftButton);
        QCOMPARE(m_kiosk->step(), Step::Admin);
        auto *keys = shown<OnScreenKeyboard>({});
        for (int i = 0; i < 4; ++i)
            QVERIFY(touch(keys->key(QStringLiteral("0"))));
        QVERIFY(touch(button(QStringLiteral("unlock"))));
        QVERIFY(m_kiosk->message().contains(QStringLiteral("No administrator PIN")));
        QVERIFY(!m_kiosk->isUnlocked());
        QVERIFY(!m_kiosk->close());
    }

    // Every button a finger must hit is at least 12 mm on each side, on every step, in
    // landscape and portrait, and lies wholly inside the screen.
    void everyTargetIsFingerSizedInBothOrientations_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::addColumn<bool>("largeText");
        QTest::newRow("landscape") << QSize(1280, 800) << false;
        QTest::newRow("portrait") << QSize(1080, 1920) << false;
        QTest::newRow("landscape, large text") << QSize(1280, 800) << true;
        QTest::newRow("portrait, large text") << QSize(1080, 1920) << true;
    }
    void everyTargetIsFingerSizedInBothOrientations()
    {
        QFETCH(QSize, size);
        QFETCH(bool, largeText);
        m_kiosk->resize(size);
        QTest::qWait(50);
        if (largeText)
            QVERIFY(touch(button(QStringLiteral("contrast"))));
        const int target = m_kiosk->touchTarget();
        const auto check = [&](const char *where) {
            QApplication::processEvents();
            // Everything fits the screen as it is: nothing makes the window grow past it.
            QVERIFY2(m_kiosk->size() == size,
                     qPrintable(QStringLiteral("%1: the window needs %2×%3")
                                    .arg(QLatin1String(where))
                                    .arg(m_kiosk->width())
                                    .arg(m_kiosk->height())));
            int seen = 0;
            for (QPushButton *b : m_kiosk->findChildren<QPushButton *>()) {
                if (!b->isVisibleTo(m_kiosk.get()) || b->objectName() == QLatin1String("stillHere"))
                    continue;
                ++seen;
                const QRect r(b->mapTo(m_kiosk.get(), QPoint()), b->size());
                // What scrolls may reach past the screen; what does not scroll may not.
                bool scrolls = false;
                for (QWidget *p = b->parentWidget(); p; p = p->parentWidget())
                    scrolls |= p->objectName() == QLatin1String("qt_scrollarea_viewport");
                QVERIFY2(b->width() >= target && b->height() >= target,
                         qPrintable(QStringLiteral("%1: \"%2\" is %3×%4, under %5 px")
                                        .arg(QLatin1String(where), b->text())
                                        .arg(b->width())
                                        .arg(b->height())
                                        .arg(target)));
                QVERIFY2(scrolls || m_kiosk->rect().contains(r),
                         qPrintable(QStringLiteral("%1: \"%2\" is cut off at %3,%4")
                                        .arg(QLatin1String(where), b->text())
                                        .arg(r.right())
                                        .arg(r.bottom())));
            }
            QVERIFY(seen > 0);
        };
        check("attract");
        QVERIFY(touch(button(QStringLiteral("allFilms"))));
        check("films");
        QVERIFY(touch(button(QStringLiteral("film"))));
        check("screenings");
        QVERIFY(touch(button(QStringLiteral("screening"))));
        QVERIFY(touch(partyButton(2)));
        check("seats");
        QVERIFY(touch(button(QStringLiteral("listMode"))));
        check("seat list");
        QVERIFY(touch(button(QStringLiteral("continue"))));
        check("types");
        QVERIFY(touch(button(QStringLiteral("continue"))));
        check("details");
        QTest::mouseClick(shown<QLineEdit>(QStringLiteral("email")), Qt::LeftButton);
        check("details, e-mail keyboard");
        QVERIFY(touch(button(QStringLiteral("continue"))));
        check("payment");
        QVERIFY(touch(button(QStringLiteral("help"))));
        check("help");
        QVERIFY(touch(button(QStringLiteral("back"))));
        QCOMPARE(m_kiosk->step(), Step::Payment);
        QVERIFY(touch(button(QStringLiteral("pay"))));
        QTRY_COMPARE(m_kiosk->step(), Step::Tickets);
        check("tickets");
    }

    // The CPF is typed on the screen's keypad and checked; an e-mail on its keyboard, and the
    // tickets arrive there through a real SMTP server while the screen shows them.
    void cpfAndEmailAreTypedOnTheScreen()
    {
        QTemporaryDir mailDir;
        SmtpTesting::SmtpServer smtp(mailDir.filePath(QStringLiteral("Maildir")));
        QVERIFY(smtp.start(SmtpTesting::freePort()));
        StoreSettings settings(*m_db->database);
        settings.setValue(QStringLiteral("smtp_url"),
                          QStringLiteral("smtp://127.0.0.1:%1").arg(smtp.port()));
        settings.setValue(QStringLiteral("smtp_from"), QStringLiteral("kiosk@marquee.test"));
        MailSender sender(m_db->path);
        sender.start();
        m_kiosk->setMailSender(&sender);

        QVERIFY(touch(button(QStringLiteral("screening"))));
        QVERIFY(touch(partyButton(1)));
        QVERIFY(touch(button(QStringLiteral("continue"))));
        QVERIFY(touch(button(QStringLiteral("continue"))));
        QCOMPARE(m_kiosk->step(), Step::Details);
        auto *keys = shown<OnScreenKeyboard>({});
        QCOMPARE(keys->keyLayout(), OnScreenKeyboard::Layout::Digits);
        const auto typeDigits = [&](const QString &digits) {
            for (const QChar d : digits)
                QVERIFY(touch(keys->key(QString(d))));
        };
        typeDigits(QStringLiteral("11144477736")); // last digit wrong
        QVERIFY(touch(button(QStringLiteral("continue"))));
        QCOMPARE(m_kiosk->step(), Step::Details);
        QVERIFY(m_kiosk->message().contains(QStringLiteral("CPF")));
        QVERIFY(touch(keys->key(QStringLiteral("\b"))));
        typeDigits(QStringLiteral("5"));

        auto *email = m_kiosk->findChild<QLineEdit *>(QStringLiteral("email"));
        // A long press (a right click) brings no menu.
        bool menuShown = false;
        QTimer::singleShot(300, this, [&menuShown] {
            if (QWidget *menu = QApplication::activePopupWidget()) {
                menuShown = true;
                menu->close();
            }
        });
        QContextMenuEvent press(QContextMenuEvent::Mouse, email->rect().center(),
                                email->mapToGlobal(email->rect().center()));
        QCoreApplication::sendEvent(email, &press);
        QTest::qWait(400);
        QVERIFY(!menuShown);
        QTest::mouseClick(email, Qt::LeftButton);
        QCOMPARE(keys->keyLayout(), OnScreenKeyboard::Layout::Email);
        for (const QString &k : {QStringLiteral("a"), QStringLiteral("n"), QStringLiteral("a"),
                                 QStringLiteral("@gmail.com")})
            QVERIFY(touch(keys->key(k)));
        QCOMPARE(email->text(), QStringLiteral("ana@gmail.com"));
        QVERIFY(touch(button(QStringLiteral("continue"))));
        QCOMPARE(m_kiosk->step(), Step::Payment);
        QVERIFY(touch(button(QStringLiteral("pay"))));
        QTRY_COMPARE(m_kiosk->step(), Step::Tickets);
        QCOMPARE(
            scalar(*m_db->database,
                   QStringLiteral("SELECT COUNT(*) FROM orders WHERE customer_cpf = '11144477735' "
                                  "AND customer_email = 'ana@gmail.com' AND status = 'paid'")),
            1);
        QTRY_VERIFY_WITH_TIMEOUT(shown<QLabel>(QStringLiteral("mailStatus"))
                                     ->text()
                                     .startsWith(QStringLiteral("Sent to ana@gmail.com")),
                                 20000);
        const auto mails =
            SmtpTesting::readMailbox(mailDir.filePath(QStringLiteral("Maildir")), mailDir.path());
        QCOMPARE(mails.size(), 1);
        QCOMPARE(mails.first().to, QStringLiteral("ana@gmail.com"));
        QCOMPARE(SmtpTesting::pdfPages(mails.first().attachmentPath), 2); // ticket and receipt
    }

    // For people who cannot use the map: the free seats as a list, one touch each.
    void seatsCanBeChosenFromAList()
    {
        QVERIFY(touch(button(QStringLiteral("screening"))));
        const int screeningId = m_kiosk->sale().screening()->id;
        QVERIFY(touch(button(QStringLiteral("listMode"))));
        auto *list = shown<QListWidget>(QStringLiteral("seatList"));
        QVERIFY(list);
        const Screening s = *CatalogRepository(*m_db->database).screening(screeningId);
        QCOMPARE(list->count(), s.seatsLeft());
        const int seatId = list->item(3)->data(Qt::UserRole).toInt();
        list->scrollToItem(list->item(3));
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
                          list->visualItemRect(list->item(3)).center());
        QTRY_COMPARE(m_kiosk->sale().selection(), QList<int>{seatId});
        list = shown<QListWidget>(QStringLiteral("seatList"));
        QVERIFY(list->item(3)->text().startsWith(QStringLiteral("✔")));
        QCOMPARE(heldElsewhere(screeningId), 1);
    }

    // No room for the party: other times of the same film first, then other films; one touch
    // takes the party's best seats there.
    void nothingFitsSuggestsOtherScreenings()
    {
        QVERIFY(touch(button(QStringLiteral("screening"))));
        const int screeningId = m_kiosk->sale().screening()->id;
        // Another terminal holds every free seat but one.
        const auto states = CatalogRepository(*m_db->database).seatStates(screeningId, {});
        QList<int> free;
        for (const Seat &seat : m_kiosk->sale().layout().seats()) {
            if (seat.isSellable() && !states.contains(seat.id))
                free << seat.id;
        }
        QVERIFY(free.size() > 2);
        free.removeLast();
        // In sales of at most 20 seats, as a counter may hold.
        for (int i = 0; i < free.size(); i += 20)
            QVERIFY(m_db->authority->hold(screeningId, free.mid(i, 20),
                                          QStringLiteral("other counter %1").arg(i)));
        m_kiosk->sale().refreshSeatStates();

        QVERIFY(touch(partyButton(2)));
        QCOMPARE(m_kiosk->step(), Step::Suggestions);
        QVERIFY(!buttons(QStringLiteral("suggestion")).isEmpty());
        QVERIFY(touch(button(QStringLiteral("suggestion"))));
        QCOMPARE(m_kiosk->step(), Step::Seats);
        QVERIFY(m_kiosk->sale().screening()->id != screeningId);
        QCOMPARE(m_kiosk->sale().selection().size(), 2);
    }

    // The language button on every screen switches the words at once, and back; the sale in
    // progress is kept.
    void languageToggleKeepsTheSale()
    {
        QVERIFY(touch(button(QStringLiteral("screening"))));
        QVERIFY(touch(partyButton(2)));
        const QList<int> seats = m_kiosk->sale().selection();
        QVERIFY(touch(button(QStringLiteral("continue"))));
        QCOMPARE(button(QStringLiteral("continue"))->text(), QStringLiteral("Continue"));
        QVERIFY(touch(button(QStringLiteral("language"))));
        QVERIFY(InterfaceLanguage::isPortuguese());
        QTRY_COMPARE(button(QStringLiteral("continue"))->text(), QStringLiteral("Continuar"));
        QCOMPARE(m_kiosk->step(), Step::Types);
        QCOMPARE(m_kiosk->sale().selection(), seats);
        QVERIFY(touch(button(QStringLiteral("language"))));
        QTRY_COMPARE(button(QStringLiteral("continue"))->text(), QStringLiteral("Continue"));
    }

    // Large text and high contrast: bigger letters, black and yellow.
    void largeTextMode()
    {
        QLabel *title = m_kiosk->findChild<QLabel *>(QStringLiteral("title"));
        const int before = title->fontInfo().pixelSize();
        QVERIFY(touch(button(QStringLiteral("contrast"))));
        QVERIFY(m_kiosk->largeText());
        title = nullptr;
        for (QLabel *l : m_kiosk->findChildren<QLabel *>(QStringLiteral("title"))) {
            if (l->isVisible())
                title = l;
        }
        QVERIFY(title);
        QVERIFY2(title->fontInfo().pixelSize() > before,
                 qPrintable(QString::number(title->fontInfo().pixelSize())));
        const QImage shot = m_kiosk->grab().toImage();
        QCOMPARE(shot.pixelColor(shot.width() / 2, shot.height() - 4), QColor(Qt::black));
    }

    // While the card is read, nothing on the screen can leave the payment or let go of the
    // seats being paid for, and nobody is asked "still there?"; the tickets shown are those of
    // the screening paid for.
    void thePaymentCannotBeLeftWhileTheCardIsRead()
    {
        SimulatedCardTerminal slowReader(1500);
        QVERIFY(openKiosk(*m_db->authority, slowReader));
        m_kiosk->setIdleTimeouts(200, 300);
        const int screeningId = toPayment();
        const QString film = m_kiosk->sale().screening()->filmTitle;
        QVERIFY(touch(button(QStringLiteral("pay"))));
        QVERIFY(m_kiosk->sale().isPaying());
        QVERIFY(!button(QStringLiteral("back"))->isEnabled());
        QVERIFY(!button(QStringLiteral("cancelPurchase"))->isEnabled());
        QVERIFY(!button(QStringLiteral("pay"))->isEnabled());
        QVERIFY(touch(button(QStringLiteral("help"))));
        QCOMPARE(m_kiosk->step(), Step::Payment);
        // Saying the page again (another language) keeps it locked.
        QVERIFY(touch(button(QStringLiteral("language"))));
        QVERIFY(!button(QStringLiteral("back"))->isEnabled());
        QCOMPARE(m_kiosk->step(), Step::Payment);
        QVERIFY(!m_kiosk->idleWatcher().isArmed());
        QCOMPARE(heldElsewhere(screeningId), 2);
        QTRY_COMPARE(m_kiosk->step(), Step::Tickets);
        QCOMPARE(slowReader.chargeCount(), 1);
        QVERIFY(!shown<QWidget>(QStringLiteral("stillThere")));
        const auto texts = m_kiosk->findChildren<QLabel *>();
        QVERIFY(std::any_of(texts.cbegin(), texts.cend(), [&](QLabel *l) {
            return l->isVisible() && l->text().startsWith(film);
        }));
    }

    // Five quick taps of a finger in the corner open the PIN page, though a finger's quick taps
    // come as double clicks too.
    void quickFingerTapsInTheCornerAskForThePin()
    {
        QWidget *corner = m_kiosk->findChild<QWidget *>(QStringLiteral("adminCorner"));
        QPointingDevice *screen = QTest::createTouchDevice();
        const QPoint middle = corner->mapTo(m_kiosk.get(), corner->rect().center());
        for (int i = 0; i < 5; ++i) {
            QTest::touchEvent(m_kiosk.get(), screen).press(0, middle);
            QTest::touchEvent(m_kiosk.get(), screen).release(0, middle);
        }
        QCOMPARE(m_kiosk->step(), Step::Admin);
    }

    // Far down the seat list, taking a seat keeps the list where it was.
    void theSeatListStaysWhereItWasScrolled()
    {
        QVERIFY(touch(button(QStringLiteral("screening"))));
        QVERIFY(touch(button(QStringLiteral("listMode"))));
        auto *list = shown<QListWidget>(QStringLiteral("seatList"));
        const int far = list->count() - 5;
        list->scrollToItem(list->item(far));
        const int scrolled = list->verticalScrollBar()->value();
        QVERIFY(scrolled > 0);
        const int seatId = list->item(far)->data(Qt::UserRole).toInt();
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
                          list->visualItemRect(list->item(far)).center());
        QTRY_COMPARE(m_kiosk->sale().selection(), QList<int>{seatId});
        QCOMPARE(shown<QListWidget>(QStringLiteral("seatList")), list);
        QCOMPARE(list->verticalScrollBar()->value(), scrolled);
        QVERIFY(list->item(far)->text().startsWith(QStringLiteral("✔")));
    }

    // The next person meets the kiosk as it starts: its language, normal text.
    void startingOverForgetsTheLastPersonsChoices()
    {
        QVERIFY(touch(button(QStringLiteral("language"))));
        QVERIFY(touch(button(QStringLiteral("contrast"))));
        QVERIFY(InterfaceLanguage::isPortuguese());
        QVERIFY(touch(button(QStringLiteral("screening"))));
        m_kiosk->setIdleTimeouts(100, 200);
        QTRY_COMPARE(m_kiosk->step(), Step::Attract);
        QVERIFY(!InterfaceLanguage::isPortuguese());
        QVERIFY(!m_kiosk->largeText());
    }

    // More meia-entrada than the screening has left is caught on the ticket types, where it
    // can be changed.
    void theMeiaShareIsCheckedOnTheTicketTypes()
    {
        QVERIFY(touch(button(QStringLiteral("screening"))));
        const int screeningId = m_kiosk->sale().screening()->id;
        QSqlQuery q(m_db->database->connection());
        QVERIFY(q.exec(QStringLiteral("UPDATE screenings SET meia_cap_percent = 0 WHERE id = %1")
                           .arg(screeningId)));
        QVERIFY(touch(partyButton(1)));
        QVERIFY(touch(button(QStringLiteral("continue"))));
        QCOMPARE(m_kiosk->step(), Step::Types);
        int meiaType = 0;
        for (const TicketType &t : m_kiosk->sale().ticketTypes()) {
            if (t.isMeia)
                meiaType = t.id;
        }
        QPushButton *meia = nullptr;
        for (QPushButton *b : buttons(QStringLiteral("ticketType"))) {
            if (b->property("ticketTypeId").toInt() == meiaType)
                meia = b;
        }
        QVERIFY(meia);
        QVERIFY(touch(meia));
        QVERIFY(touch(button(QStringLiteral("continue"))));
        QCOMPARE(m_kiosk->step(), Step::Types);
        QVERIFY2(m_kiosk->message().contains(QStringLiteral("meia-entrada")),
                 qPrintable(m_kiosk->message()));
    }

    // Films without a picture get a poster of their own: the same every time, another for
    // another film, with the age rating in its official colour; the attract tiles show them.
    void postersAreTheFilmsOwn()
    {
        Screening a;
        a.filmId = 3;
        a.filmTitle = QStringLiteral("Órbita Perdida");
        a.rating = QStringLiteral("16");
        Screening b = a;
        b.filmId = 4;
        b.filmTitle = QStringLiteral("Família à Deriva");
        const QSize size(120, 180);
        QCOMPARE(PosterArt::render(a, size), PosterArt::render(a, size));
        QVERIFY(PosterArt::render(a, size) != PosterArt::render(b, size));
        // The badge's middle, bottom left, is the rating's colour.
        const QImage poster = PosterArt::render(a, size);
        const int side = int(size.width() * 0.24);
        const QPoint badge(int(size.width() * 0.08) + 3,
                           size.height() - int(size.height() * 0.06) - side + 3);
        QCOMPARE(poster.pixelColor(badge), PosterArt::ratingColour(QStringLiteral("16")));
        for (QPushButton *tile : buttons(QStringLiteral("screening")))
            QVERIFY(!tile->icon().isNull());
    }

    // The "?" assistant answers from the live catalogue, typed on the screen or touched.
    void assistantAnswersOnTheScreen()
    {
        QVERIFY(touch(button(QStringLiteral("help"))));
        QCOMPARE(m_kiosk->step(), Step::Help);
        QVERIFY(touch(button(QStringLiteral("example"), 1))); // how much is a meia-entrada?
        auto *log = m_kiosk->findChild<QLabel *>(QStringLiteral("chatLog"));
        QTRY_VERIFY(m_kiosk->findChild<QLabel *>(QStringLiteral("chatLog"))
                        ->text()
                        .contains(QStringLiteral("R$")));
        auto *keys = shown<OnScreenKeyboard>({});
        for (const QChar c : QStringLiteral("parking?"))
            QVERIFY(touch(keys->key(QString(c))));
        QVERIFY(touch(keys->key(QStringLiteral("\n"))));
        QTRY_VERIFY(m_kiosk->findChild<QLabel *>(QStringLiteral("chatLog"))
                        ->text()
                        .contains(QStringLiteral("counter")));
        Q_UNUSED(log);
        QVERIFY(touch(button(QStringLiteral("back"))));
        QCOMPARE(m_kiosk->step(), Step::Attract);
    }
};

QTEST_MAIN(TestKioskFlow)
#include "tst_kioskflow.moc"
