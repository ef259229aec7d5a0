// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/catalog/catalogrepository.h"
#include "core/payments/simulatedcardterminal.h"
#include "core/sales/salesauthority.h"
#include "core/sales/salesession.h"
#include "lostreplyauthority.h"
#include "salehelpers.h"
#include "testdatabase.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

namespace {
int count(const Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
}
} // namespace

class TestSaleSession : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void cashSaleFromSeatsToTickets()
    {
        TestDatabase t;
        SimulatedCardTerminal card(0);
        SaleSession sale(*t.database, *t.authority, card);
        const Screening s = TestHelpers::freshScreening(*t.database, QStringLiteral("Sala 2"));
        QVERIFY(sale.openScreening(s.id));
        QVERIFY(sale.selectBestAvailable(2));
        QCOMPARE(sale.selection().size(), 2);
        QVERIFY(sale.holdSecondsLeft() > 14 * 60);
        const int meia = sale.ticketTypes().at(1).id;
        const int remainingBefore = sale.meiaRemaining();
        sale.setTicketType(sale.selection().at(1), meia);
        QCOMPARE(sale.meiaRemaining(), remainingBefore - 1);
        QCOMPARE(sale.totalCents(), s.priceCents + (s.priceCents + 1) / 2);
        sale.setCustomer(QStringLiteral("529.982.247-25"), QStringLiteral("ana@example.com"));
        QSignalSpy done(&sale, &SaleSession::saleCompleted);
        sale.payCash(10000);
        QCOMPARE(done.size(), 1);
        const auto receipt = done.first().first().value<SaleReceipt>();
        QCOMPARE(receipt.tickets.size(), 2);
        QCOMPARE(receipt.changeCents, 10000 - receipt.order.totalCents);
        QCOMPARE(receipt.order.cpf, QStringLiteral("52998224725"));
        // The next sale starts clean, on the same screening.
        QVERIFY(sale.selection().isEmpty());
        QVERIFY(sale.cpf().isEmpty());
        QCOMPARE(sale.seatStates().value(receipt.tickets[0].seatId), SeatState::Sold);
        QCOMPARE(count(*t.database, QStringLiteral("SELECT COUNT(*) FROM holds")), 0);
    }

    void invalidCpfIsRefusedAndNothingIsLost()
    {
        TestDatabase t;
        SimulatedCardTerminal card(0);
        SaleSession sale(*t.database, *t.authority, card);
        QVERIFY(sale.openScreening(
            TestHelpers::freshScreening(*t.database, QStringLiteral("Sala 2")).id));
        QVERIFY(sale.selectBestAvailable(1));
        sale.setCustomer(QStringLiteral("529.982.247-26"), QString());
        QSignalSpy errors(&sale, &SaleSession::errorOccurred);
        sale.payCash(10000);
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.first().first().value<SaleError>().code(), SaleError::InvalidCpf);
        QCOMPARE(sale.selection().size(), 1);
        QCOMPARE(sale.cpf(), QStringLiteral("529.982.247-26"));
    }

    void declinedCardKeepsSeatsAndRetryWorksWithOneCharge()
    {
        TestDatabase t;
        SimulatedCardTerminal card(0);
        SaleSession sale(*t.database, *t.authority, card);
        QVERIFY(sale.openScreening(
            TestHelpers::freshScreening(*t.database, QStringLiteral("Sala 2")).id));
        QVERIFY(sale.selectBestAvailable(3));
        const QList<int> seats = sale.selection();
        QSignalSpy errors(&sale, &SaleSession::errorOccurred);
        QSignalSpy done(&sale, &SaleSession::saleCompleted);
        sale.payCard(QStringLiteral("4000 0000 0000 9995"));
        QTRY_COMPARE(errors.size(), 1);
        const SaleError e = errors.first().first().value<SaleError>();
        QCOMPARE(e.code(), SaleError::Declined);
        QVERIFY(e.message().contains(QStringLiteral("insufficient")));
        QCOMPARE(sale.selection(), seats); // still held
        QCOMPARE(count(*t.database, QStringLiteral("SELECT COUNT(*) FROM holds")), 3);
        QCOMPARE(card.chargeCount(), 0);
        sale.payCard(QStringLiteral("4242 4242 4242 4242"));
        QTRY_COMPARE(done.size(), 1);
        QCOMPARE(card.chargeCount(), 1);
        QCOMPARE(card.capturedCents(), done.first().first().value<SaleReceipt>().order.totalCents);
        // One order, paid; the declined attempt is on record.
        QCOMPARE(count(*t.database, QStringLiteral("SELECT COUNT(*) FROM orders")),
                 1 + count(*t.database,
                           QStringLiteral(
                               "SELECT COUNT(*) FROM orders WHERE idempotency_key LIKE 'demo-%'")));
        QCOMPARE(count(*t.database,
                       QStringLiteral("SELECT COUNT(*) FROM payments WHERE status = 'declined'")),
                 1);
        QCOMPARE(count(*t.database,
                       QStringLiteral("SELECT COUNT(*) FROM payments WHERE status = 'approved' "
                                      "AND idempotency_key NOT LIKE 'demo-%'")),
                 1);
    }

    void approvedCardIsConfirmedNotRefundedWhenTheStoreReplyIsLost()
    {
        // The sale commits but its answer is lost (three times: the session's own retries
        // too). The session must neither refund nor charge again; the next Card press
        // confirms the committed sale with the same key.
        TestDatabase t;
        SimulatedCardTerminal card(0);
        LostReplyAuthority flaky(*t.authority);
        flaky.lostReplies = 3;
        SaleSession sale(*t.database, flaky, card);
        QVERIFY(sale.openScreening(
            TestHelpers::freshScreening(*t.database, QStringLiteral("Sala 2")).id));
        QVERIFY(sale.selectBestAvailable(2));
        QSignalSpy errors(&sale, &SaleSession::errorOccurred);
        QSignalSpy done(&sale, &SaleSession::saleCompleted);
        sale.payCard(QStringLiteral("4242424242424242"));
        QTRY_COMPARE(errors.size(), 1);
        QVERIFY(errors.first().first().value<SaleError>().message().contains(
            QStringLiteral("Do not charge again")));
        QVERIFY(sale.hasUnconfirmedPayment());
        QCOMPARE(card.chargeCount(), 1);
        QTest::qWait(50); // a refund would have been asked by now
        QVERIFY(card.capturedCents() > 0);
        QCOMPARE(flaky.refundsRecorded, 0);
        // Cancelling is refused: the money is taken and the seats are sold.
        sale.cancelSale();
        QCOMPARE(errors.size(), 2);
        // The cashier presses Card again: confirmed, no second charge.
        sale.payCard(QString());
        QCOMPARE(done.size(), 1);
        QCOMPARE(card.chargeCount(), 1);
        QCOMPARE(card.capturedCents(), done.first().first().value<SaleReceipt>().order.totalCents);
        QCOMPARE(
            count(*t.database, QStringLiteral("SELECT COUNT(*) FROM payments WHERE method = 'card' "
                                              "AND status = 'approved'")),
            1);
    }

    void aCashSaleWhoseCommitAnswerWasLostIsCheckedThenShown()
    {
        // Tried: the cash sale commits but the server's answer to its COMMIT is lost, and so
        // is the answer to the first check. The cashier must be told it is being checked (not
        // "could not be saved, nothing was charged"), may neither cancel nor pay again, and
        // then gets the tickets of the one sale the store made, by itself.
        TestDatabase t;
        SimulatedCardTerminal card(0);
        LostReplyAuthority flaky(*t.authority);
        flaky.lostReplies = 2;
        flaky.lostReplyError = SaleError::commitUnknown();
        SaleSession sale(*t.database, flaky, card);
        QVERIFY(sale.openScreening(
            TestHelpers::freshScreening(*t.database, QStringLiteral("Sala 2")).id));
        QVERIFY(sale.selectBestAvailable(2));
        QSignalSpy errors(&sale, &SaleSession::errorOccurred);
        QSignalSpy done(&sale, &SaleSession::saleCompleted);
        sale.payCash(100'00);
        QCOMPARE(errors.size(), 1);
        const SaleError first = errors.first().first().value<SaleError>();
        QCOMPARE(first.code(), SaleError::CommitUnknown);
        QVERIFY2(first.message().contains(QStringLiteral("Checking")), qPrintable(first.message()));
        QVERIFY(sale.cashUnconfirmed());
        QVERIFY(sale.hasUnconfirmedPayment());
        sale.cancelSale(); // refused: the cash may be recorded
        QCOMPARE(errors.size(), 2);
        QVERIFY(sale.cashUnconfirmed());
        sale.payCard(QStringLiteral("4242424242424242")); // refused: no second payment
        QCOMPARE(errors.size(), 3);
        QCOMPARE(card.chargeCount(), 0);
        // It asks again by itself (the second answer is lost too), then shows the tickets.
        QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, 15000);
        QVERIFY(!sale.cashUnconfirmed());
        QCOMPARE(done.first().first().value<SaleReceipt>().tickets.size(), 2);
        QCOMPARE(count(*t.database, QStringLiteral("SELECT COUNT(*) FROM payments WHERE "
                                                   "status = 'approved' AND idempotency_key NOT "
                                                   "LIKE 'demo-%'")),
                 1);
    }

    void cancellingReleasesAtOnce()
    {
        TestDatabase t;
        SimulatedCardTerminal card(0);
        SaleSession sale(*t.database, *t.authority, card);
        QVERIFY(sale.openScreening(
            TestHelpers::freshScreening(*t.database, QStringLiteral("Sala 2")).id));
        QVERIFY(sale.selectBestAvailable(4));
        QCOMPARE(count(*t.database, QStringLiteral("SELECT COUNT(*) FROM holds")), 4);
        sale.cancelSale();
        QCOMPARE(count(*t.database, QStringLiteral("SELECT COUNT(*) FROM holds")), 0);
        QVERIFY(sale.selection().isEmpty());
    }

    void holdExpiryFreesSeatsAndTellsTheCashier()
    {
        TestDatabase t;
        qint64 now = QDateTime::currentMSecsSinceEpoch();
        t.authority->setClock([&now] { return now; });
        SimulatedCardTerminal card(0);
        SaleSession sale(*t.database, *t.authority, card);
        QVERIFY(sale.openScreening(
            TestHelpers::freshScreening(*t.database, QStringLiteral("Sala 2")).id));
        QVERIFY(sale.selectBestAvailable(2));
        sale.setCustomer(QStringLiteral("52998224725"), QString());
        QSignalSpy expired(&sale, &SaleSession::holdExpired);
        now += 15 * 60000 + 1;
        QVERIFY(expired.wait(3000));
        QVERIFY(expired.first().first().toString().contains(QStringLiteral("expired")));
        QVERIFY(sale.selection().isEmpty());
        QCOMPARE(sale.cpf(), QStringLiteral("52998224725")); // kept
        QCOMPARE(count(*t.database, QStringLiteral("SELECT COUNT(*) FROM holds")), 0);
    }

    void wheelchairSpaceComesWithItsCompanion()
    {
        TestDatabase t;
        SimulatedCardTerminal card(0);
        SaleSession sale(*t.database, *t.authority, card);
        QVERIFY(sale.openScreening(
            TestHelpers::freshScreening(*t.database, QStringLiteral("Sala 2")).id));
        int wheelchair = 0;
        for (const Seat &s : sale.layout().seats()) {
            if (s.kind == SeatKind::Wheelchair && !wheelchair)
                wheelchair = s.id;
        }
        QVERIFY(wheelchair);
        QVERIFY(sale.toggleSeat(wheelchair));
        QCOMPARE(sale.selection().size(), 2);
        const Seat *companion =
            sale.layout().seat(sale.selection().last() == wheelchair ? sale.selection().first()
                                                                     : sale.selection().last());
        QCOMPARE(companion->kind, SeatKind::Companion);
        // The cashier can still give the companion seat back.
        QVERIFY(sale.toggleSeat(companion->id));
        QCOMPARE(sale.selection(), QList<int>{wheelchair});
    }

    void seatTakenMeanwhileIsReportedWithTheSeat()
    {
        TestDatabase t;
        SimulatedCardTerminal card(0);
        SaleSession a(*t.database, *t.authority, card);
        SaleSession b(*t.database, *t.authority, card);
        const Screening s = TestHelpers::freshScreening(*t.database, QStringLiteral("Sala 2"));
        QVERIFY(a.openScreening(s.id));
        QVERIFY(b.openScreening(s.id));
        QVERIFY(a.selectBestAvailable(2));
        QSignalSpy errors(&b, &SaleSession::errorOccurred);
        QVERIFY(!b.toggleSeat(a.selection().first()));
        QCOMPARE(errors.first().first().value<SaleError>().code(), SaleError::SeatTaken);
        QCOMPARE(b.seatStates().value(a.selection().first()), SeatState::HeldByOther);
    }
};

QTEST_GUILESS_MAIN(TestSaleSession)
#include "tst_salesession.moc"
