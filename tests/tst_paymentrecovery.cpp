// SPDX-License-Identifier: GPL-3.0-or-later
// What an unattended terminal does with a payment in doubt, without a screen: it asks again by
// itself, and sets the sale aside once the bank has stayed out of reach for long enough.
#include "core/payments/simulatedcardterminal.h"
#include "core/sales/paymentrecovery.h"
#include "core/sales/salesession.h"
#include "lostreplyauthority.h"
#include "salehelpers.h"
#include "testdatabase.h"

#include <QSignalSpy>
#include <QTest>
#include <QTimer>

namespace {
// A card terminal whose bank can be cut off: the card is read (and charged, or declined) as
// usual, but while the bank is out of reach every answer is lost on the way back.
class UnreachableBank final : public PaymentProvider
{
public:
    bool reachable = false;
    SimulatedCardTerminal terminal{0};

    QString name() const override { return terminal.name(); }
    void charge(const ChargeRequest &request, QObject *context,
                std::function<void(const ChargeResult &)> done) override
    {
        terminal.charge(request, context, [this, done = std::move(done)](const ChargeResult &r) {
            done(reachable ? r : lost());
        });
    }
    void refund(const RefundCharge &request, QObject *context,
                std::function<void(bool, const QString &)> done) override
    {
        terminal.refund(request, context, std::move(done));
    }
    void lookup(const QString &key, qint64 amountCents, QObject *context,
                std::function<void(const ChargeResult &)> done) override
    {
        terminal.lookup(key, amountCents, context,
                        [this, done = std::move(done)](const ChargeResult &r) {
                            done(reachable ? r : lost());
                        });
    }

private:
    static ChargeResult lost()
    {
        ChargeResult r;
        r.status = ChargeResult::Status::Unknown;
        return r;
    }
};

// A sale with two seats held on a screening nobody bought from, ready to pay.
bool holdTwoSeats(const Database &database, SaleSession &sale)
{
    return sale.openScreening(TestHelpers::freshScreening(database, QStringLiteral("Sala 2")).id) &&
           sale.selectBestAvailable(2);
}

// Wires the policy as the kiosk does: every error the session reports goes through it first
// (what it said is kept in `verdicts`), and a due retry pays again with the same card.
void drive(SaleSession &sale, PaymentRecovery &recovery, const QString &card, QObject *context,
           QList<PaymentRecovery::Verdict> &verdicts)
{
    QObject::connect(&sale, &SaleSession::errorOccurred, context,
                     [&recovery, &verdicts] { verdicts.append(recovery.onSaleError()); });
    QObject::connect(&recovery, &PaymentRecovery::retryConfirmation, context,
                     [&sale, card] { sale.payCard(card); });
}
} // namespace

class TestPaymentRecovery : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void anErrorWithNoPaymentInDoubtIsLeftToThePerson()
    {
        TestDatabase t;
        SimulatedCardTerminal card(0);
        SaleSession sale(*t.database, *t.authority, card);
        PaymentRecovery recovery(sale);
        QObject context;
        QList<PaymentRecovery::Verdict> verdicts;
        drive(sale, recovery, QStringLiteral("4000 0000 0000 0002"), &context, verdicts);
        QVERIFY(holdTwoSeats(*t.database, sale));
        sale.payCard(QStringLiteral("4000 0000 0000 0002")); // declined
        QTRY_COMPARE(verdicts.size(), 1);
        QCOMPARE(verdicts.first(), PaymentRecovery::Verdict::NotInDoubt);
        QCOMPARE(recovery.unknownForMs(), -1);
        QSignalSpy retries(&recovery, &PaymentRecovery::retryConfirmation);
        QVERIFY(!retries.wait(100));
    }

    // The card was charged and the store's answers were lost: the same payment is confirmed
    // again by itself, never charged twice.
    void aChargeTheStoreDidNotConfirmIsConfirmedByItself()
    {
        TestDatabase t;
        SimulatedCardTerminal card(0);
        LostReplyAuthority flaky(*t.authority);
        flaky.lostReplies = 6; // twice the session's own three tries
        SaleSession sale(*t.database, flaky, card);
        PaymentRecovery recovery(sale);
        recovery.setRetryIntervalMs(20);
        QObject context;
        QList<PaymentRecovery::Verdict> verdicts;
        drive(sale, recovery, QStringLiteral("4242 4242 4242 4242"), &context, verdicts);
        QSignalSpy retries(&recovery, &PaymentRecovery::retryConfirmation);
        QSignalSpy done(&sale, &SaleSession::saleCompleted);
        QVERIFY(holdTwoSeats(*t.database, sale));
        sale.payCard(QStringLiteral("4242 4242 4242 4242"));
        QTRY_COMPARE(done.size(), 1);
        QCOMPARE(retries.size(), 2);
        QCOMPARE(verdicts, QList<PaymentRecovery::Verdict>(2, PaymentRecovery::Verdict::Retrying));
        QCOMPARE(card.chargeCount(), 1);
        QCOMPARE(flaky.refundsRecorded, 0);
        QCOMPARE(recovery.unknownForMs(), -1); // the bank answered: only the store was away
    }

    // The bank's answer is lost and it stays away: the card is asked about again and again,
    // then, once patience runs out, the sale is set aside with its seats and its payment.
    void anUnknownCardIsAskedAgainThenSetAsideWhenTheBankStaysAway()
    {
        TestDatabase t;
        UnreachableBank bank;
        SaleSession sale(*t.database, *t.authority, bank);
        PaymentRecovery recovery(sale);
        recovery.setPatienceMs(500);
        recovery.setRetryIntervalMs(20);
        QObject context;
        QList<PaymentRecovery::Verdict> verdicts;
        drive(sale, recovery, QStringLiteral("4242 4242 4242 4242"), &context, verdicts);
        QSignalSpy retries(&recovery, &PaymentRecovery::retryConfirmation);
        QVERIFY(holdTwoSeats(*t.database, sale));
        const QString token = sale.holdToken();
        sale.payCard(QStringLiteral("4242 4242 4242 4242"));
        QTRY_VERIFY(!verdicts.isEmpty() && verdicts.last() == PaymentRecovery::Verdict::SetAside);
        QVERIFY(retries.size() >= 3);
        QVERIFY(verdicts.count(PaymentRecovery::Verdict::Retrying) >= 3);
        QCOMPARE(verdicts.count(PaymentRecovery::Verdict::SetAside), 1);
        QCOMPARE(recovery.unknownForMs(), -1);
        // A fresh sale; the one set aside keeps its seats and its pending payment for the sweep.
        QVERIFY(!sale.hasUnconfirmedPayment());
        QVERIFY(sale.selection().isEmpty());
        QCOMPARE(
            TestHelpers::scalar(
                *t.database,
                QStringLiteral("SELECT COUNT(*) FROM holds WHERE hold_token = '%1'").arg(token)),
            2);
        QCOMPARE(TestHelpers::scalar(*t.database, QStringLiteral("SELECT COUNT(*) FROM payments "
                                                                 "WHERE status = 'pending'")),
                 1);
        QCOMPARE(bank.terminal.chargeCount(), 1);
        // Nothing more is asked about the sale set aside.
        const int asked = int(retries.size());
        QTest::qWait(100);
        QCOMPARE(retries.size(), asked);
    }

    // An answer from the bank, even a no, starts its clock again: the next unknown outcome gets
    // the whole patience.
    void aKnownAnswerResetsTheBanksClock()
    {
        TestDatabase t;
        UnreachableBank bank;
        SaleSession sale(*t.database, *t.authority, bank);
        PaymentRecovery recovery(sale);
        recovery.setRetryIntervalMs(20);
        QObject context;
        const QString declined = QStringLiteral("4000 0000 0000 0002");
        QList<PaymentRecovery::Verdict> verdicts;
        drive(sale, recovery, declined, &context, verdicts);
        QVERIFY(holdTwoSeats(*t.database, sale));
        sale.payCard(declined);
        QTRY_VERIFY(sale.cardOutcomeUnknown());
        QTRY_VERIFY(recovery.unknownForMs() >= 200);
        QVERIFY(!verdicts.contains(PaymentRecovery::Verdict::SetAside)); // three minutes' patience
        bank.reachable = true; // the next ask hears the decline
        QTRY_VERIFY(!verdicts.isEmpty() && verdicts.last() == PaymentRecovery::Verdict::NotInDoubt);
        QVERIFY(!sale.cardOutcomeUnknown());
        QCOMPARE(recovery.unknownForMs(), -1);

        bank.reachable = false;
        const int before = int(verdicts.size());
        sale.payCard(declined);
        QTRY_VERIFY(verdicts.size() > before);
        QCOMPARE(verdicts.last(), PaymentRecovery::Verdict::Retrying);
        QVERIFY(recovery.unknownForMs() >= 0);
        QVERIFY(recovery.unknownForMs() < 200);
    }

    // The bank comes back with a yes: the tickets appear and the next person's unknown card
    // should get the whole patience too. It does not yet: only an error resets the clock (as
    // the kiosk did before the policy moved here), so the next unknown card is set aside at
    // once, without being asked about again.
    void anApprovalAlsoResetsTheBanksClock()
    {
        TestDatabase t;
        UnreachableBank bank;
        SaleSession sale(*t.database, *t.authority, bank);
        PaymentRecovery recovery(sale);
        recovery.setPatienceMs(400);
        recovery.setRetryIntervalMs(20);
        QObject context;
        const QString card = QStringLiteral("4242 4242 4242 4242");
        QList<PaymentRecovery::Verdict> verdicts;
        drive(sale, recovery, card, &context, verdicts);
        QSignalSpy done(&sale, &SaleSession::saleCompleted);
        QVERIFY(holdTwoSeats(*t.database, sale));
        sale.payCard(card);
        QTRY_VERIFY(sale.cardOutcomeUnknown());
        bank.reachable = true;
        QTRY_COMPARE(done.size(), 1);
        QVERIFY(!verdicts.contains(PaymentRecovery::Verdict::SetAside));

        QTest::qWait(500); // longer than the patience, counted from the first unknown outcome
        bank.reachable = false;
        QVERIFY(sale.selectBestAvailable(2));
        const int before = int(verdicts.size());
        sale.payCard(card);
        QTRY_VERIFY(verdicts.size() > before);
        QCOMPARE(verdicts.at(before), PaymentRecovery::Verdict::Retrying);
    }
};

QTEST_GUILESS_MAIN(TestPaymentRecovery)
#include "tst_paymentrecovery.moc"
