// SPDX-License-Identifier: GPL-3.0-or-later
// Card payments through Stripe Terminal (server-driven) against tests/fakestripe.py, which
// speaks Stripe's wire protocol: approvals, declines, answers lost on the way back, and a
// counter killed while the customer pays, settled by the sweep at the next start.
#include "core/mail/mailqueue.h"
#include "core/payments/stripepaymentprovider.h"
#include "core/reports/problemsreport.h"
#include "core/sales/salesession.h"
#include "core/sync/cardpaymentsweep.h"
#include "core/sync/offlinesalesauthority.h"
#include "fakestripe.h"
#include "salehelpers.h"
#include "serverfixture.h"
#include "testdatabase.h"
#include "ui/console/problemspage.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardItemModel>
#include <QTableWidget>
#include <QTest>

namespace {
const QString kReader = QStringLiteral("tmr_counter1");

QVariant scalar(const Database &db, const QString &sql, const QVariantList &binds = {})
{
    QSqlQuery q(db.connection());
    q.prepare(sql);
    for (const QVariant &v : binds)
        q.addBindValue(v);
    return q.exec() && q.next() ? q.value(0) : QVariant();
}

int lastId(const Database &db, const QString &table)
{
    return scalar(db, QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM %1").arg(table)).toInt();
}

StripePaymentProvider::Config configFor(const FakeStripe &stripe)
{
    return stripe.config(kReader);
}
// A counter selling on its own store through a reader of the fake Stripe; tweak adjusts the
// reader's settings before the counter starts.
struct CardCounter
{
    explicit CardCounter(const std::function<void(StripePaymentProvider::Config &)> &tweak = {})
        : started(stripe.start()), provider(configured(stripe, tweak)),
          sale(*t.database, *t.authority, provider)
    {}
    static StripePaymentProvider::Config
    configured(const FakeStripe &stripe,
               const std::function<void(StripePaymentProvider::Config &)> &tweak)
    {
        auto config = configFor(stripe);
        if (tweak)
            tweak(config);
        return config;
    }

    FakeStripe stripe;
    bool started;
    TestDatabase t;
    StripePaymentProvider provider;
    SaleSession sale;
};
} // namespace

class TestCardPayments : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void approvedCardSellsAndChargesOnce()
    {
        CardCounter counter;
        auto &[stripe, started, t, provider, sale] = counter;
        QVERIFY(started);
        QVERIFY(sale.openScreening(TestHelpers::freshScreening(*t.database).id));
        QVERIFY(sale.selectBestAvailable(2));
        const qint64 total = sale.totalCents();
        QSignalSpy done(&sale, &SaleSession::saleCompleted);
        sale.payCard(QString());
        QVERIFY(sale.isPaying());
        QVERIFY(stripe.waitForPaymentOnReader(kReader));
        stripe.presentCard(kReader);
        QVERIFY(done.wait(10000));
        const auto receipt = done.first().first().value<SaleReceipt>();
        QCOMPARE(receipt.tickets.size(), 2);
        QVERIFY(receipt.providerReference.startsWith(QLatin1String("pi_")));
        // Stripe took the total once; the store says paid by that PaymentIntent.
        const QJsonObject state = stripe.state();
        QCOMPARE(state.value(QStringLiteral("charged")).toInteger(), total);
        QCOMPARE(state.value(QStringLiteral("succeeded")).toInt(), 1);
        QCOMPARE(scalar(*t.database,
                        QStringLiteral("SELECT provider_reference FROM payments WHERE status = "
                                       "'approved' AND order_id = ?"),
                        {receipt.order.id})
                     .toString(),
                 receipt.providerReference);
    }

    void declineSaysWhyKeepsTheSeatsAndTheRetrySells()
    {
        CardCounter counter;
        auto &[stripe, started, t, provider, sale] = counter;
        QVERIFY(started);
        QVERIFY(sale.openScreening(TestHelpers::freshScreening(*t.database).id));
        QVERIFY(sale.selectBestAvailable(2));
        const QList<int> seats = sale.selection();
        const int before = lastId(*t.database, QStringLiteral("payments"));
        QSignalSpy errors(&sale, &SaleSession::errorOccurred);
        sale.payCard(QString());
        QVERIFY(stripe.waitForPaymentOnReader(kReader));
        stripe.presentCard(kReader, QStringLiteral("4000000000009995"));
        QVERIFY(errors.wait(10000));
        const auto error = errors.first().first().value<SaleError>();
        QCOMPARE(error.code(), SaleError::Declined);
        QVERIFY2(error.message().contains(QLatin1String("insufficient funds")),
                 qPrintable(error.message()));
        QCOMPARE(sale.selection(), seats);
        QVERIFY(!sale.isPaying());
        QCOMPARE(scalar(*t.database,
                        QStringLiteral("SELECT decline_code FROM payments WHERE "
                                       "status = 'declined' AND id > ?"),
                        {before})
                     .toString(),
                 QStringLiteral("insufficient_funds"));
        // The declined PaymentIntent is called off, so nothing can charge it later.
        const QJsonArray intents =
            stripe.state().value(QStringLiteral("payment_intents")).toArray();
        QCOMPARE(intents.size(), 1);
        QCOMPARE(intents.first().toObject().value(QStringLiteral("status")).toString(),
                 QStringLiteral("canceled"));

        QSignalSpy done(&sale, &SaleSession::saleCompleted);
        sale.payCard(QString());
        QVERIFY(stripe.waitForPaymentOnReader(kReader));
        stripe.presentCard(kReader);
        QVERIFY(done.wait(10000));
        QCOMPARE(stripe.state().value(QStringLiteral("charged")).toInteger(),
                 done.first().first().value<SaleReceipt>().order.totalCents);
    }

    void answerLostAfterTheCardIsAskedAgainAndNeverChargedTwice()
    {
        CardCounter counter([](auto &config) { config.readerTimeoutMs = 1500; });
        auto &[stripe, started, t, provider, sale] = counter;
        QVERIFY(started);
        QVERIFY(sale.openScreening(TestHelpers::freshScreening(*t.database).id));
        QVERIFY(sale.selectBestAvailable(2));
        const QList<int> seats = sale.selection();
        const int before = lastId(*t.database, QStringLiteral("payments"));
        QSignalSpy errors(&sale, &SaleSession::errorOccurred);
        sale.payCard(QString());
        QVERIFY(stripe.waitForPaymentOnReader(kReader));
        // The network drops every answer from the reader and the PaymentIntents while the
        // customer pays: the counter cannot know whether the card was charged.
        stripe.dropAnswers(QStringLiteral("/v1/terminal/readers/"), 1000);
        stripe.dropAnswers(QStringLiteral("/v1/payment_intents"), 1000);
        stripe.presentCard(kReader);
        QVERIFY(errors.wait(15000));
        QCOMPARE(errors.first().first().value<SaleError>().code(), SaleError::PaymentUnknown);
        QVERIFY(sale.hasUnconfirmedPayment());
        QVERIFY(sale.cardOutcomeUnknown());
        QCOMPARE(sale.selection(), seats);
        QCOMPARE(scalar(*t.database, QStringLiteral("SELECT status FROM payments WHERE id > ?"),
                        {before})
                     .toString(),
                 QStringLiteral("pending"));
        // Cancelling now could let paid seats go, and cash would charge the customer twice:
        // both refused, with the reason.
        sale.cancelSale();
        QCOMPARE(errors.last().first().value<SaleError>().code(), SaleError::PaymentUnknown);
        QCOMPARE(sale.selection(), seats);
        QSignalSpy done(&sale, &SaleSession::saleCompleted);
        sale.payCash(100000);
        QCOMPARE(errors.last().first().value<SaleError>().code(), SaleError::PaymentUnknown);
        QCOMPARE(done.size(), 0);
        // The hold runs out meanwhile: the seats stay with this sale, which is not cleared.
        const qint64 later = 40 * 60 * 1000;
        t.authority->setClock([later] { return QDateTime::currentMSecsSinceEpoch() + later; });
        QTest::qWait(1200); // the session's countdown ticks every second
        QCOMPARE(sale.selection(), seats);
        QVERIFY(sale.cardOutcomeUnknown());
        // Still no answers: asking again says so and charges nothing.
        sale.payCard(QString());
        QTRY_VERIFY_WITH_TIMEOUT(!sale.isPaying(), 15000);
        QCOMPARE(errors.last().first().value<SaleError>().code(), SaleError::PaymentUnknown);

        stripe.stopDropping();
        sale.payCard(QString()); // F10 again: asks Stripe what became of the key
        QVERIFY(done.wait(10000));
        const auto receipt = done.first().first().value<SaleReceipt>();
        QCOMPARE(receipt.tickets.size(), 2);
        const QJsonObject state = stripe.state();
        QCOMPARE(state.value(QStringLiteral("charged")).toInteger(), receipt.order.totalCents);
        QCOMPARE(state.value(QStringLiteral("payment_intents")).toArray().size(), 1);
        QCOMPARE(scalar(*t.database,
                        QStringLiteral("SELECT COUNT(*) FROM payments WHERE "
                                       "status = 'approved' AND id > ?"),
                        {before})
                     .toInt(),
                 1);
    }

    // The bank stays out of reach and the queue grows: the cashier sets the sale aside and
    // serves the next customer. The seats stay held, the payment stays pending, and the sweep
    // makes the sale once Stripe answers.
    void aSaleSetAsideIsSettledByTheSweep()
    {
        CardCounter counter([](auto &config) { config.readerTimeoutMs = 1500; });
        auto &[stripe, started, t, provider, sale] = counter;
        QVERIFY(started);
        const Screening screening = TestHelpers::freshScreening(*t.database);
        QVERIFY(sale.openScreening(screening.id));
        QVERIFY(!sale.setAside()); // nothing to set aside yet
        QVERIFY(sale.selectBestAvailable(2));
        const QString token = sale.holdToken();
        const int before = lastId(*t.database, QStringLiteral("payments"));
        sale.payCard(QString());
        QVERIFY(stripe.waitForPaymentOnReader(kReader));
        stripe.dropAnswers(QStringLiteral("/v1/"), 1000);
        stripe.presentCard(kReader);
        QTRY_VERIFY_WITH_TIMEOUT(sale.cardOutcomeUnknown(), 15000);

        QVERIFY(sale.setAside());
        QVERIFY(!sale.hasUnconfirmedPayment());
        QVERIFY(sale.selection().isEmpty());
        QVERIFY(sale.holdToken() != token);
        QVERIFY(sale.selectBestAvailable(1)); // the next customer
        QCOMPARE(scalar(*t.database,
                        QStringLiteral("SELECT COUNT(*) FROM holds WHERE "
                                       "hold_token = ?"),
                        {token})
                     .toInt(),
                 2);
        QCOMPARE(scalar(*t.database, QStringLiteral("SELECT status FROM payments WHERE id > ?"),
                        {before})
                     .toString(),
                 QStringLiteral("pending"));

        stripe.stopDropping();
        CardPaymentSweep sweep(*t.database, *t.database, *t.authority, provider, t.identity);
        QSignalSpy finished(&sweep, &CardPaymentSweep::finished);
        sweep.sweep(0);
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.first().first().value<CardPaymentSweep::Report>().completed, 1);
        const int orderId =
            scalar(*t.database, QStringLiteral("SELECT order_id FROM payments WHERE id > ?"),
                   {before})
                .toInt();
        QCOMPARE(scalar(*t.database,
                        QStringLiteral("SELECT COUNT(*) FROM tickets WHERE order_id = ?"),
                        {orderId})
                     .toInt(),
                 2);
        QCOMPARE(stripe.state().value(QStringLiteral("charged")).toInteger(),
                 scalar(*t.database, QStringLiteral("SELECT total_cents FROM orders WHERE id = ?"),
                        {orderId})
                     .toLongLong());
    }

    void wrongKeyChargesNothingAndSaysTheTerminalFailed()
    {
        CardCounter counter(
            [](auto &config) { config.secretKey = QStringLiteral("sk_test_revoked"); });
        auto &[stripe, started, t, provider, sale] = counter;
        QVERIFY(started);
        QVERIFY(sale.openScreening(TestHelpers::freshScreening(*t.database).id));
        QVERIFY(sale.selectBestAvailable(1));
        QSignalSpy errors(&sale, &SaleSession::errorOccurred);
        sale.payCard(QString());
        QVERIFY(errors.wait(10000));
        const auto error = errors.first().first().value<SaleError>();
        QCOMPARE(error.code(), SaleError::Declined);
        QVERIFY2(error.message().contains(QLatin1String("card terminal had an error")),
                 qPrintable(error.message()));
        QVERIFY(!sale.hasUnconfirmedPayment());
        QCOMPARE(stripe.state().value(QStringLiteral("payment_intents")).toArray().size(), 0);
    }

    void counterKilledWhileTheCustomerPaysIsSettledAtTheNextStart_data()
    {
        QTest::addColumn<bool>("cardPresented");
        QTest::addColumn<bool>("refundedAtStripe");
        QTest::newRow("after the card was taken") << true << false;
        QTest::newRow("before any card") << false << false;
        // Someone gave the money back from Stripe's dashboard before the counter came back.
        QTest::newRow("card taken, then refunded") << true << true;
    }

    void counterKilledWhileTheCustomerPaysIsSettledAtTheNextStart()
    {
        QFETCH(bool, cardPresented);
        QFETCH(bool, refundedAtStripe);
        FakeStripe stripe;
        QVERIFY(stripe.start());
        TestDatabase t;
        const Screening screening = TestHelpers::freshScreening(*t.database);
        const int paymentsBefore = lastId(*t.database, QStringLiteral("payments"));
        const QString holdsHere =
            QStringLiteral("SELECT COUNT(*) FROM holds WHERE screening_id = %1").arg(screening.id);
        QProcess counter;
        counter.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        counter.start(QStringLiteral(CARDCRASH_PATH),
                      {t.path, QString::number(screening.id), stripe.url().toString(),
                       FakeStripe::kKey, kReader});
        QVERIFY(counter.waitForReadyRead(10000));
        QCOMPARE(counter.readLine().trimmed(), QByteArray("paying"));
        QVERIFY(stripe.waitForPaymentOnReader(kReader));
        if (cardPresented)
            stripe.presentCard(kReader);
        counter.kill(); // before its next look at the reader, seconds away
        QVERIFY(counter.waitForFinished(5000));
        QVERIFY(!counter.readAll().contains("sold"));

        const qint64 charged = stripe.state().value(QStringLiteral("charged")).toInteger();
        QCOMPARE(charged > 0, cardPresented);
        if (refundedAtStripe) {
            const QJsonArray intents =
                stripe.state().value(QStringLiteral("payment_intents")).toArray();
            stripe.call("POST", QStringLiteral("/v1/refunds"),
                        {{QStringLiteral("payment_intent"),
                          intents.first().toObject().value(QStringLiteral("id")).toString()}});
            QCOMPARE(stripe.state().value(QStringLiteral("refunded")).toInteger(), charged);
        }
        QCOMPARE(scalar(*t.database, QStringLiteral("SELECT COUNT(*) FROM payments WHERE "
                                                    "status = 'pending'"))
                     .toInt(),
                 1);
        const int orderId =
            scalar(*t.database, QStringLiteral("SELECT order_id FROM payments WHERE id > ?"),
                   {paymentsBefore})
                .toInt();
        QVERIFY(orderId > 0);
        QCOMPARE(scalar(*t.database, holdsHere).toInt(), 2);

        // The next start: the sweep asks Stripe about the payment the store still calls pending.
        StripePaymentProvider provider(configFor(stripe));
        CardPaymentSweep sweep(*t.database, *t.database, *t.authority, provider, t.identity);
        QSignalSpy finished(&sweep, &CardPaymentSweep::finished);
        sweep.sweep(0);
        QVERIFY(finished.wait(10000));
        const auto report = finished.first().first().value<CardPaymentSweep::Report>();
        QVERIFY(report.storeRead);
        QCOMPARE(report.unknown, 0);
        QCOMPARE(scalar(*t.database, QStringLiteral("SELECT COUNT(*) FROM payments WHERE "
                                                    "status = 'pending'"))
                     .toInt(),
                 0);
        QCOMPARE(scalar(*t.database, holdsHere).toInt(), 0);
        if (refundedAtStripe) {
            // The money is back with the customer: recorded as refunded, and no tickets.
            QCOMPARE(report.refunded, 1);
            QCOMPARE(scalar(*t.database, QStringLiteral("SELECT status FROM payments WHERE id > ?"),
                            {paymentsBefore})
                         .toString(),
                     QStringLiteral("refunded"));
            QCOMPARE(scalar(*t.database,
                            QStringLiteral("SELECT COUNT(*) FROM tickets WHERE "
                                           "order_id = ?"),
                            {orderId})
                         .toInt(),
                     0);
            QCOMPARE(stripe.state().value(QStringLiteral("refunded")).toInteger(), charged);
        } else if (cardPresented) {
            // The money taken became the two tickets it paid for, exactly once.
            QCOMPARE(report.completed, 1);
            QCOMPARE(scalar(*t.database,
                            QStringLiteral("SELECT COUNT(*) FROM tickets WHERE "
                                           "screening_id = ?"),
                            {screening.id})
                         .toInt(),
                     2);
            QCOMPARE(scalar(*t.database,
                            QStringLiteral("SELECT total_cents FROM orders "
                                           "WHERE status = 'paid' AND id = ?"),
                            {orderId})
                         .toLongLong(),
                     charged);
        } else {
            // Nothing was taken: the attempt is declined, its order cancelled, its seats free,
            // and the reader can no longer charge it.
            QCOMPARE(report.released, 1);
            QCOMPARE(scalar(*t.database, QStringLiteral("SELECT status FROM orders WHERE id = ?"),
                            {orderId})
                         .toString(),
                     QStringLiteral("cancelled"));
            QCOMPARE(stripe.presentCard(kReader)
                         .value(QStringLiteral("error"))
                         .toObject()
                         .value(QStringLiteral("code"))
                         .toString(),
                     QStringLiteral("terminal_reader_invalid_state"));
            QCOMPARE(stripe.state().value(QStringLiteral("charged")).toInteger(), 0);
        }
        // A second sweep finds nothing left to do.
        sweep.sweep(0);
        QVERIFY(finished.wait(10000));
        const auto again = finished.last().first().value<CardPaymentSweep::Report>();
        QCOMPARE(again.completed + again.released + again.refunded + again.unknown, 0);
    }

    void offlineSaleKilledWhileTheCustomerPaysGetsItsMoneyBack_data()
    {
        QTest::addColumn<bool>("cardPresented");
        QTest::newRow("after the card was taken") << true;
        QTest::newRow("before any card") << false;
    }

    // Sold while the server was away: the order lived only in the killed program, so the only
    // trace is the attempt written before the reader was asked. At the next start the money
    // taken goes back to the customer; an attempt that took none is closed.
    void offlineSaleKilledWhileTheCustomerPaysGetsItsMoneyBack()
    {
        QFETCH(bool, cardPresented);
        FakeStripe stripe;
        QVERIFY(stripe.start());
        TestDatabase t;
        const Screening screening = TestHelpers::freshScreening(*t.database);
        // The server leased this counter the front rows before it went away.
        QVERIFY(TestHelpers::leaseSeats(*t.database, t.identity, screening, QStringLiteral("C")) >
                4);
        const int paymentsBefore = lastId(*t.database, QStringLiteral("payments"));
        QProcess counter;
        counter.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        counter.start(QStringLiteral(CARDCRASH_PATH),
                      {t.path, QString::number(screening.id), stripe.url().toString(),
                       FakeStripe::kKey, kReader, QStringLiteral("offline")});
        QVERIFY(counter.waitForReadyRead(10000));
        QCOMPARE(counter.readLine().trimmed(), QByteArray("paying"));
        QVERIFY(stripe.waitForPaymentOnReader(kReader));
        if (cardPresented)
            stripe.presentCard(kReader);
        counter.kill();
        QVERIFY(counter.waitForFinished(5000));
        const qint64 charged = stripe.state().value(QStringLiteral("charged")).toInteger();
        QCOMPARE(charged > 0, cardPresented);
        const QString attempt = QStringLiteral("SELECT status FROM offline_card_attempts");
        QCOMPARE(scalar(*t.database, attempt).toString(), QStringLiteral("pending"));
        QCOMPARE(lastId(*t.database, QStringLiteral("payments")), paymentsBefore);

        StripePaymentProvider provider(configFor(stripe));
        CardPaymentSweep sweep(*t.database, *t.database, *t.authority, provider, t.identity);
        QSignalSpy finished(&sweep, &CardPaymentSweep::finished);
        sweep.sweep(0);
        QVERIFY(finished.wait(10000));
        const auto report = finished.first().first().value<CardPaymentSweep::Report>();
        QCOMPARE(report.unknown, 0);
        if (cardPresented) {
            QCOMPARE(report.refunded, 1);
            QCOMPARE(stripe.state().value(QStringLiteral("refunded")).toInteger(), charged);
            QCOMPARE(scalar(*t.database, attempt).toString(), QStringLiteral("refunded"));
        } else {
            QCOMPARE(report.released, 1);
            QCOMPARE(scalar(*t.database, attempt).toString(), QStringLiteral("declined"));
            QCOMPARE(stripe.state().value(QStringLiteral("charged")).toInteger(), 0);
        }
        // Nothing left: a second sweep gives nothing back twice.
        sweep.sweep(0);
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.last().first().value<CardPaymentSweep::Report>().refunded, 0);
        QCOMPARE(stripe.state().value(QStringLiteral("refunded")).toInteger(), charged);
    }

    // Offline, the reader's answer is lost; the periodic sweep gets to the attempt first and,
    // the sale having no record, gives the money back. The cashier's next Card then learns the
    // money went back: no tickets for it, so never tickets and a refund.
    void anOfflineAttemptSettledByTheSweepIsNeverSoldAsWell()
    {
        FakeStripe stripe;
        QVERIFY(stripe.start());
        TestDatabase t;
        const Screening screening = TestHelpers::freshScreening(*t.database);
        QVERIFY(TestHelpers::leaseSeats(*t.database, t.identity, screening, QStringLiteral("C")) >
                4);
        const QList<int> leased = TestHelpers::standardSeats(*t.database, screening.id, 2);
        OfflineSalesAuthority offline(*t.database, t.identity);
        auto config = configFor(stripe);
        config.readerTimeoutMs = 1500;
        StripePaymentProvider provider(config);
        SaleSession sale(*t.database, offline, provider);
        QVERIFY(sale.openScreening(screening.id));
        QVERIFY(sale.setSelection(leased));
        QSignalSpy errors(&sale, &SaleSession::errorOccurred);
        sale.payCard(QString());
        QVERIFY(stripe.waitForPaymentOnReader(kReader));
        stripe.dropAnswers(QStringLiteral("/v1/"), 1000);
        stripe.presentCard(kReader);
        QTRY_VERIFY_WITH_TIMEOUT(sale.cardOutcomeUnknown(), 15000);
        stripe.stopDropping();

        CardPaymentSweep sweep(*t.database, *t.database, *t.authority, provider, t.identity);
        QSignalSpy finished(&sweep, &CardPaymentSweep::finished);
        sweep.sweep(0);
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.first().first().value<CardPaymentSweep::Report>().refunded, 1);
        const qint64 charged = stripe.state().value(QStringLiteral("charged")).toInteger();
        QVERIFY(charged > 0);
        QCOMPARE(stripe.state().value(QStringLiteral("refunded")).toInteger(), charged);

        QSignalSpy done(&sale, &SaleSession::saleCompleted);
        sale.payCard(QString()); // F10: asks what became of the key
        QTRY_VERIFY_WITH_TIMEOUT(!sale.cardOutcomeUnknown() && !sale.isPaying(), 10000);
        QCOMPARE(done.size(), 0);
        const auto error = errors.last().first().value<SaleError>();
        QCOMPARE(error.code(), SaleError::Declined);
        QVERIFY2(error.message().contains(QLatin1String("given back")),
                 qPrintable(error.message()));
        QCOMPARE(scalar(*t.database, QStringLiteral("SELECT COUNT(*) FROM outbox")).toInt(), 0);
        QCOMPARE(scalar(*t.database, QStringLiteral("SELECT status FROM offline_card_attempts"))
                     .toString(),
                 QStringLiteral("refunded"));
        QCOMPARE(stripe.state().value(QStringLiteral("refunded")).toInteger(), charged);

        // And the other way round: an offline card sale that went through is left alone.
        sale.cancelSale();
        QVERIFY(sale.openScreening(screening.id));
        QVERIFY(sale.setSelection(TestHelpers::standardSeats(*t.database, screening.id, 4).mid(2)));
        sale.payCard(QString());
        QVERIFY(stripe.waitForPaymentOnReader(kReader));
        stripe.presentCard(kReader);
        QVERIFY(done.wait(10000));
        sweep.sweep(0);
        QVERIFY(finished.wait(10000));
        const auto after = finished.last().first().value<CardPaymentSweep::Report>();
        QCOMPARE(after.refunded + after.released + after.completed + after.unknown, 0);
        QCOMPARE(stripe.state().value(QStringLiteral("refunded")).toInteger(), charged);
    }

    // The card paid, but the seats went to someone else after the hold ran out, and the refund
    // that follows does not get through: the money is owed (refund_due) until the sweep gives
    // it back, once.
    void aRefundThatFailedIsGivenBackByTheSweep()
    {
        CardCounter counter;
        auto &[stripe, started, t, provider, sale] = counter;
        QVERIFY(started);
        const Screening screening = TestHelpers::freshScreening(*t.database);
        QVERIFY(sale.openScreening(screening.id));
        QVERIFY(sale.selectBestAvailable(2));
        const QList<int> seats = sale.selection();
        const int before = lastId(*t.database, QStringLiteral("payments"));
        QSignalSpy errors(&sale, &SaleSession::errorOccurred);
        sale.payCard(QString());
        QVERIFY(stripe.waitForPaymentOnReader(kReader));
        // The customer hesitates past the hold; another counter sells those seats.
        const qint64 later = 40 * 60 * 1000;
        t.authority->setClock([later] { return QDateTime::currentMSecsSinceEpoch() + later; });
        QVERIFY(TestHelpers::sell(*t.authority, screening.id, seats, 1));
        stripe.failRequests(QStringLiteral("/v1/refunds"), 10, 500); // Stripe has a bad minute
        stripe.presentCard(kReader);
        QVERIFY(errors.wait(10000));
        QCOMPARE(errors.first().first().value<SaleError>().code(), SaleError::SeatTaken);
        QTRY_COMPARE_WITH_TIMEOUT(scalar(*t.database,
                                         QStringLiteral("SELECT status FROM payments WHERE id > ?"),
                                         {before})
                                      .toString(),
                                  QStringLiteral("refund_due"), 10000);
        QTest::qWait(500); // the refund's failure has come back
        QCOMPARE(stripe.state().value(QStringLiteral("refunded")).toInteger(), 0);

        stripe.stopDropping();
        CardPaymentSweep sweep(*t.database, *t.database, *t.authority, provider, t.identity);
        QSignalSpy finished(&sweep, &CardPaymentSweep::finished);
        sweep.sweep(0);
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.first().first().value<CardPaymentSweep::Report>().refunded, 1);
        const QJsonObject state = stripe.state();
        QCOMPARE(state.value(QStringLiteral("refunded")).toInteger(),
                 state.value(QStringLiteral("charged")).toInteger());
        QCOMPARE(scalar(*t.database, QStringLiteral("SELECT status FROM payments WHERE id > ?"),
                        {before})
                     .toString(),
                 QStringLiteral("refunded"));
        sweep.sweep(0);
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.last().first().value<CardPaymentSweep::Report>().refunded, 0);
        QCOMPARE(stripe.state().value(QStringLiteral("refunded")).toInteger(),
                 state.value(QStringLiteral("charged")).toInteger());
        // A late confirmation of that charge (a replay, a retry) cannot make tickets now.
        const int orderId =
            scalar(*t.database, QStringLiteral("SELECT order_id FROM payments WHERE id > ?"),
                   {before})
                .toInt();
        const auto late = t.authority->completePayment(
            {orderId,
             scalar(*t.database,
                    QStringLiteral("SELECT idempotency_key FROM payments WHERE id > ?"), {before})
                 .toString(),
             PaymentMethod::Card, 0,
             state.value(QStringLiteral("payment_intents"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QStringLiteral("id"))
                 .toString()});
        QVERIFY(!late);
        QCOMPARE(late.error().code(), SaleError::OrderNotPending);
        QCOMPARE(scalar(*t.database,
                        QStringLiteral("SELECT COUNT(*) FROM tickets WHERE order_id = ?"),
                        {orderId})
                     .toInt(),
                 0);
    }

    // Stripe's search is rate-limited or down: nothing can be ruled out, so nothing is
    // declined or released; the next sweep asks again.
    void whenStripeCannotSearchThePaymentStaysPending()
    {
        FakeStripe stripe;
        QVERIFY(stripe.start());
        TestDatabase t;
        const Screening screening = TestHelpers::freshScreening(*t.database);
        const auto begun = TestHelpers::beginCardPayment(
            *t.authority, screening.id, TestHelpers::standardSeats(*t.database, screening.id, 2));
        QVERIFY(begun);
        const auto order = std::optional<Order>(begun->order);
        const QString key = begun->paymentKey;
        StripePaymentProvider provider(configFor(stripe));
        CardPaymentSweep sweep(*t.database, *t.database, *t.authority, provider, t.identity);
        QSignalSpy finished(&sweep, &CardPaymentSweep::finished);
        for (const int status : {429, 500}) {
            stripe.failRequests(QStringLiteral("/v1/payment_intents/search"), 1, status);
            sweep.sweep(0);
            QVERIFY(finished.wait(10000));
            const auto report = finished.last().first().value<CardPaymentSweep::Report>();
            QCOMPARE(report.unknown, 1);
            QCOMPARE(report.released, 0);
            QCOMPARE(scalar(*t.database,
                            QStringLiteral("SELECT status FROM payments WHERE idempotency_key = ?"),
                            {key})
                         .toString(),
                     QStringLiteral("pending"));
        }
        // Stripe answers again: it never saw the key, so the seats go back on sale.
        sweep.sweep(0);
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.last().first().value<CardPaymentSweep::Report>().released, 1);
        QCOMPARE(scalar(*t.database, QStringLiteral("SELECT status FROM orders WHERE id = ?"),
                        {order->id})
                     .toString(),
                 QStringLiteral("cancelled"));
    }

    void onAServerTheSweepSettlesThePaymentWhereItWasRecorded()
    {
        REQUIRE_SERVER(uri);
        {
            const auto admin = Database::server(uri);
            QVERIFY(!admin->open());
            QVERIFY(!DemoData::populate(*admin, QDate::currentDate()));
        }
        ServerFixture::Terminal counter;
        QVERIFY2(counter.open(uri, QStringLiteral("Caixa 1")), qPrintable(counter.error));
        FakeStripe stripe;
        QVERIFY(stripe.start());
        // A two-seat sale reaches the reader; the card is taken and the counter dies before it
        // records the answer: the server's payment stays pending.
        const Screening screening = TestHelpers::freshScreening(*counter.server);
        const auto begun = TestHelpers::beginCardPayment(
            *counter.authority, screening.id,
            TestHelpers::standardSeats(*counter.server, screening.id, 2));
        QVERIFY(begun);
        const auto order = std::optional<Order>(begun->order);
        const QString key = begun->paymentKey;
        StripePaymentProvider provider(configFor(stripe));
        QObject context;
        std::optional<ChargeResult> charged;
        provider.charge({key, order->totalCents, {}, {}}, &context,
                        [&charged](const ChargeResult &r) { charged = r; });
        QVERIFY(stripe.waitForPaymentOnReader(kReader));
        stripe.presentCard(kReader);
        QTRY_VERIFY_WITH_TIMEOUT(charged.has_value(), 10000);
        QVERIFY(charged->approved());
        // Left like that for longer than any hold, it is on the manager's list.
        QSqlQuery age(counter.server->connection());
        age.prepare(QStringLiteral("UPDATE payments SET created_at = created_at - ? WHERE "
                                   "idempotency_key = ?"));
        age.addBindValue(ProblemsReport::kCardPaymentOverdueMs + 60000);
        age.addBindValue(key);
        QVERIFY(age.exec());
        {
            ProblemsPage problems(*counter.server);
            QSignalSpy loaded(&problems, &ProblemsPage::loaded);
            QVERIFY(loaded.wait(10000));
            QCOMPARE(problems.openPayments()->rowCount(), 1);
            QCOMPARE(problems.openPayments()->item(0, 0)->text(), QStringLiteral("Caixa 1"));
            QVERIFY(problems.openPayments()->item(0, 3)->text().contains(
                QLatin1String("has not said")));
        }

        CardPaymentSweep sweep(*counter.server, *counter.local, *counter.authority, provider,
                               *counter.identity);
        QSignalSpy finished(&sweep, &CardPaymentSweep::finished);
        sweep.sweep(0);
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.first().first().value<CardPaymentSweep::Report>().completed, 1);
        QCOMPARE(scalar(*counter.server, QStringLiteral("SELECT status FROM orders WHERE id = ?"),
                        {order->id})
                     .toString(),
                 QStringLiteral("paid"));
        QCOMPARE(scalar(*counter.server,
                        QStringLiteral("SELECT COUNT(*) FROM tickets WHERE order_id = ?"),
                        {order->id})
                     .toInt(),
                 2);
        QCOMPARE(scalar(*counter.server,
                        QStringLiteral("SELECT provider_reference FROM payments WHERE "
                                       "idempotency_key = ? AND status = 'approved'"),
                        {key})
                     .toString(),
                 charged->reference);
        QCOMPARE(stripe.state().value(QStringLiteral("charged")).toInteger(), order->totalCents);
        ProblemsPage problems(*counter.server);
        QSignalSpy loaded(&problems, &ProblemsPage::loaded);
        QVERIFY(loaded.wait(10000));
        QCOMPARE(problems.openPayments()->rowCount(), 0);
    }
};

QTEST_MAIN(TestCardPayments)
#include "tst_cardpayments.moc"
