// SPDX-License-Identifier: GPL-3.0-or-later
// Tickets changed for other seats, of another screening or the same: the new seats held and
// ordered first, then one step gives the old tickets back and pays the new order with their
// value — cash on top for dearer seats, the rest back the way the sale was paid for cheaper
// ones — on both backends, where the store decides; once however often it is asked; nothing
// at all when a step of it cannot be done; and through the counter's dialog by keyboard.
#include "core/aftersale/aftersale.h"
#include "core/aftersale/refunddesk.h"
#include "core/aftersale/salelookup.h"
#include "core/catalog/money.h"
#include "core/gate/gatekeeper.h"
#include "core/payments/stripepaymentprovider.h"
#include "core/people/userdirectory.h"
#include "core/sales/salesession.h"
#include "core/sync/offlinesalesauthority.h"
#include "fakestripe.h"
#include "salehelpers.h"
#include "twobackends.h"
#include "ui/counter/exchangedialog.h"
#include "ui/counter/refunddialog.h"
#include "ui/widgets/managerapproval.h"
#include "ui/widgets/seatmapwidget.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTableView>
#include <QtConcurrent>

using namespace TestHelpers;

namespace {
// Another screening nobody has bought from, in another room, for the exchange to move to.
Screening otherScreening(const Database &db, const Screening &from)
{
    const QDate day = QDate::currentDate().addDays(5);
    for (const Screening &s : CatalogRepository(db).search(QString(), day, day.addDays(1)))
        if (s.id != from.id && s.roomId != from.roomId && s.soldCount == 0)
            return s;
    return {};
}

// Held and ordered, unpaid: the new seats of an exchange before its step.
SaleResult<Order> orderSeats(SalesAuthority &authority, int screeningId, const QList<int> &seats,
                             int ticketTypeId, const QString &cpf = QString())
{
    const QString token = QUuid::createUuid().toString();
    if (const auto held = authority.hold(screeningId, seats, token); !held)
        return held.error();
    OrderRequest request{QUuid::createUuid().toString(), screeningId, token, {}, cpf, {}};
    for (const int id : seats)
        request.lines.append({id, ticketTypeId, 0});
    return authority.placeOrder(request);
}

ExchangeRequest exchangeOf(const SaleReceipt &sale, const QList<int> &ticketIds, int newOrderId,
                           int userId, qint64 tenderedCents = 0)
{
    ExchangeRequest r;
    r.idempotencyKey = QUuid::createUuid().toString();
    r.oldOrderId = sale.order.id;
    r.ticketIds = ticketIds;
    r.reason = QStringLiteral("Wrong day");
    r.userId = userId;
    r.newOrderId = newOrderId;
    r.tenderedCents = tenderedCents;
    return r;
}

int inteiraOf(const Database &db)
{
    return scalar(db, QStringLiteral("SELECT MIN(id) FROM ticket_types WHERE is_meia = 0"));
}

QString statusOf(const Database &db, int ticketId)
{
    QSqlQuery q(db.connection());
    q.exec(QStringLiteral("SELECT status FROM tickets WHERE id = %1").arg(ticketId));
    return q.next() ? q.value(0).toString() : QString();
}

// Every screening's counter equals a fresh count of its tickets.
void verifyCountersMatch(const Database &db)
{
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM screenings s WHERE sold_count <> "
                                       "(SELECT COUNT(*) FROM tickets t WHERE t.screening_id = "
                                       "s.id AND t.status <> 'cancelled')")),
             0);
}
} // namespace

class TestExchange : public QObject
{
    Q_OBJECT

    static void backends() { addBackendRows(); }

private Q_SLOTS:
    void dearerSeatsTakeCashForTheDifference_data() { backends(); }
    // Two tickets changed for two dearer seats of another screening, at another terminal: the
    // cash tendered pays the difference (too little is refused and changes nothing), the old
    // seats are for sale again at once, the old codes are refused at the gate and the new ones
    // let in, a retry answers the same exchange, and the counters equal a fresh count.
    void dearerSeatsTakeCashForTheDifference()
    {
        OPEN_BACKEND(b);
        const Screening from = freshScreening(b.store());
        const Screening to = otherScreening(b.store(), from);
        QVERIFY(from.id && to.id);
        b.exec(
            QStringLiteral("UPDATE screenings SET price_cents = 3000 WHERE id = %1").arg(from.id));
        b.exec(QStringLiteral("UPDATE screenings SET price_cents = 4200 WHERE id = %1").arg(to.id));
        const auto sale = sellFullPrice(b.store(), b.terminal(0), from.id, 2);
        QVERIFY2(sale, qPrintable(sale.error().message()));
        const int caixa = b.userId(QStringLiteral("caixa"));
        const auto order = orderSeats(b.terminal(1), to.id, standardSeats(b.store(), to.id, 2),
                                      inteiraOf(b.store()));
        QVERIFY2(order, qPrintable(order.error().message()));
        QCOMPARE(order->totalCents, 8400);
        const QList<int> old = {sale->tickets.at(0).id, sale->tickets.at(1).id};

        // Too little cash: refused, nothing given back.
        ExchangeRequest request = exchangeOf(*sale, old, order->id, caixa, 2000);
        const auto short_ = b.terminal(1).exchangeTickets(request);
        QCOMPARE(short_.error().code(), SaleError::InsufficientCash);
        QVERIFY2(short_.error().message().contains(Money::format(2400)),
                 qPrintable(short_.error().message()));
        QCOMPARE(statusOf(b.store(), old.at(0)), QStringLiteral("valid"));
        QCOMPARE(scalar(b.store(), QStringLiteral("SELECT COUNT(*) FROM refunds")), 0);

        request.tenderedCents = 5000;
        const auto made = b.terminal(1).exchangeTickets(request);
        QVERIFY2(made, qPrintable(made.error().message()));
        QCOMPARE(made->creditCents, 6000);
        QCOMPARE(made->cashCents, 2400);
        QCOMPARE(made->changeCents, 2600);
        QCOMPARE(made->refund.amountCents, 0);
        QCOMPARE(made->refund.status, Refund::Status::Done);
        QCOMPARE(made->receipt.tickets.size(), 2);
        QCOMPARE(made->receipt.order.status, Order::Status::Paid);
        QCOMPARE(statusOf(b.store(), old.at(0)), QStringLiteral("cancelled"));
        QCOMPARE(statusOf(b.store(), old.at(1)), QStringLiteral("cancelled"));
        QCOMPARE(scalar(b.store(), QStringLiteral("SELECT amount_cents FROM payments WHERE "
                                                  "order_id = %1 AND status = 'approved'")
                                       .arg(order->id)),
                 2400);
        verifyCountersMatch(b.store());

        // A retry after a lost answer is the same exchange, not a second one.
        const auto retried = b.terminal(1).exchangeTickets(request);
        QVERIFY2(retried, qPrintable(retried.error().message()));
        QCOMPARE(retried->receipt.tickets.size(), 2);
        QCOMPARE(retried->receipt.tickets.at(0).code, made->receipt.tickets.at(0).code);
        QCOMPARE(retried->creditCents, 6000);
        QCOMPARE(retried->cashCents, 2400);
        QCOMPARE(scalar(b.store(), QStringLiteral("SELECT COUNT(*) FROM exchanges")), 1);
        QCOMPARE(scalar(b.store(), QStringLiteral("SELECT COUNT(*) FROM tickets WHERE order_id "
                                                  "= %1")
                                       .arg(order->id)),
                 2);

        // The old seats sell again from the other terminal.
        const auto resold =
            sell(b.terminal(0), from.id, {sale->tickets.at(0).seatId}, inteiraOf(b.store()));
        QVERIFY2(resold, qPrintable(resold.error().message()));

        Gatekeeper gate(b.store(), b.terminalId(1), QStringLiteral("Porta 1"),
                        GatePerson(QStringLiteral("Paulo Porta")));
        QCOMPARE(gate.judge(sale->tickets.at(1).code, {}).reason, GateVerdict::Reason::Cancelled);
        const GateVerdict fresh = gate.judge(made->receipt.tickets.at(0).code, {});
        QVERIFY2(fresh.reason != GateVerdict::Reason::Cancelled &&
                     fresh.reason != GateVerdict::Reason::NotSold &&
                     fresh.reason != GateVerdict::Reason::Forged,
                 qPrintable(fresh.explanation()));

        // The old sale as the counter finds it: both tickets given back, by the exchange.
        const auto found = SaleLookup::load(b.store(), sale->order.id);
        QVERIFY(found);
        QCOMPARE(found->refunds.size(), 1);
        QCOMPARE(found->refunds.at(0).amountCents, 0);
        verifyCountersMatch(b.store());
    }

    void cheaperSeatsGiveTheRestBack_data() { backends(); }
    // One ticket of two changed for a cheaper seat: the rest goes back the way the sale was
    // paid (cash here: the refund is done), the other ticket stays valid. Then a ticket moved
    // to another seat of the same screening, at the same price: nothing changes hands.
    void cheaperSeatsGiveTheRestBack()
    {
        OPEN_BACKEND(b);
        const Screening from = freshScreening(b.store());
        const Screening to = otherScreening(b.store(), from);
        b.exec(
            QStringLiteral("UPDATE screenings SET price_cents = 3000 WHERE id = %1").arg(from.id));
        b.exec(QStringLiteral("UPDATE screenings SET price_cents = 1800 WHERE id = %1").arg(to.id));
        const auto sale = sellFullPrice(b.store(), b.terminal(0), from.id, 2);
        QVERIFY(sale);
        const int caixa = b.userId(QStringLiteral("caixa"));
        const auto order = orderSeats(b.terminal(0), to.id, standardSeats(b.store(), to.id, 1),
                                      inteiraOf(b.store()));
        QVERIFY2(order, qPrintable(order.error().message()));
        const auto made = b.terminal(0).exchangeTickets(
            exchangeOf(*sale, {sale->tickets.at(0).id}, order->id, caixa));
        QVERIFY2(made, qPrintable(made.error().message()));
        QCOMPARE(made->creditCents, 1800);
        QCOMPARE(made->cashCents, 0);
        QCOMPARE(made->refund.amountCents, 1200);
        QCOMPARE(made->refund.method, PaymentMethod::Cash);
        QCOMPARE(made->refund.status, Refund::Status::Done);
        QCOMPARE(statusOf(b.store(), sale->tickets.at(1).id), QStringLiteral("valid"));
        QCOMPARE(scalar(b.store(), QStringLiteral("SELECT amount_cents FROM refunds")), 1200);

        // The other ticket to the next seat of its own screening.
        const QList<int> seats = standardSeats(b.store(), from.id, 4);
        const auto move = orderSeats(b.terminal(1), from.id, {seats.at(3)}, inteiraOf(b.store()));
        QVERIFY2(move, qPrintable(move.error().message()));
        const auto moved = b.terminal(1).exchangeTickets(
            exchangeOf(*sale, {sale->tickets.at(1).id}, move->id, caixa));
        QVERIFY2(moved, qPrintable(moved.error().message()));
        QCOMPARE(moved->refund.amountCents, 0);
        QCOMPARE(moved->cashCents, 0);
        QCOMPARE(moved->receipt.tickets.at(0).seatId, seats.at(3));
        QCOMPARE(scalar(b.store(), QStringLiteral("SELECT COUNT(*) FROM tickets WHERE "
                                                  "screening_id = %1 AND status = 'valid'")
                                       .arg(from.id)),
                 1);
        verifyCountersMatch(b.store());
    }

    void anExchangeThatCannotBeDoneChangesNothing_data() { backends(); }
    // Tried: the new seat's hold lapsed and another terminal sold it; a used ticket without a
    // manager; a ticket given back already; a ticket of another sale. Each is refused with
    // its reason, and after each the old tickets are valid, no refund or exchange is on
    // record and the new order is still unpaid. A manager's PIN then allows the used ticket.
    void anExchangeThatCannotBeDoneChangesNothing()
    {
        OPEN_BACKEND(b);
        const Screening from = freshScreening(b.store());
        const Screening to = otherScreening(b.store(), from);
        const int inteira = inteiraOf(b.store());
        const auto sale = sellFullPrice(b.store(), b.terminal(0), from.id, 2);
        QVERIFY(sale);
        const int caixa = b.userId(QStringLiteral("caixa"));
        const QList<int> newSeats = standardSeats(b.store(), to.id, 3);
        const auto order = orderSeats(b.terminal(1), to.id, {newSeats.at(0)}, inteira);
        QVERIFY2(order, qPrintable(order.error().message()));
        const auto untouched = [&] {
            QCOMPARE(statusOf(b.store(), sale->tickets.at(0).id), QStringLiteral("valid"));
            QCOMPARE(scalar(b.store(), QStringLiteral("SELECT COUNT(*) FROM refunds")), 0);
            QCOMPARE(scalar(b.store(), QStringLiteral("SELECT COUNT(*) FROM exchanges")), 0);
            QCOMPARE(scalar(b.store(), QStringLiteral("SELECT COUNT(*) FROM tickets WHERE "
                                                      "order_id = %1")
                                           .arg(order->id)),
                     0);
        };

        // The hold lapsed and the seat went to someone else meanwhile.
        b.exec(QStringLiteral("UPDATE holds SET expires_at = 1 WHERE seat_id = %1")
                   .arg(newSeats.at(0)));
        const auto other = sell(b.terminal(0), to.id, {newSeats.at(0)}, inteira);
        QVERIFY2(other, qPrintable(other.error().message()));
        const auto taken = b.terminal(1).exchangeTickets(
            exchangeOf(*sale, {sale->tickets.at(0).id}, order->id, caixa));
        QCOMPARE(taken.error().code(), SaleError::SeatTaken);
        untouched();

        // A used ticket needs a manager; given back already or of another sale, never.
        const auto next = orderSeats(b.terminal(1), to.id, {newSeats.at(1)}, inteira);
        QVERIFY2(next, qPrintable(next.error().message()));
        b.exec(QStringLiteral("UPDATE tickets SET status = 'used', used_at = %1, used_gate = "
                              "'Porta 2' WHERE id = %2")
                   .arg(QDateTime::currentMSecsSinceEpoch())
                   .arg(sale->tickets.at(1).id));
        ExchangeRequest used = exchangeOf(*sale, {sale->tickets.at(1).id}, next->id, caixa);
        const auto refused = b.terminal(1).exchangeTickets(used);
        QCOMPARE(refused.error().code(), SaleError::NeedsManager);
        QVERIFY2(refused.error().message().contains(QStringLiteral("Porta 2")),
                 qPrintable(refused.error().message()));
        const auto foreign = b.terminal(1).exchangeTickets(
            exchangeOf(*other, {sale->tickets.at(0).id}, next->id, caixa));
        QCOMPARE(foreign.error().code(), SaleError::NotRefundable);
        untouched();
        QCOMPARE(scalar(b.store(), QStringLiteral("SELECT COUNT(*) FROM orders WHERE id = %1 "
                                                  "AND status = 'pending'")
                                       .arg(next->id)),
                 1);

        used.authorizedBy = b.userId(QStringLiteral("gerente"));
        const auto allowed = b.terminal(1).exchangeTickets(used);
        QVERIFY2(allowed, qPrintable(allowed.error().message()));
        QCOMPARE(allowed->refund.authorizedBy, used.authorizedBy);
        const auto last = orderSeats(b.terminal(0), to.id, {newSeats.at(2)}, inteira);
        QVERIFY2(last, qPrintable(last.error().message()));
        const auto again = b.terminal(0).exchangeTickets(
            exchangeOf(*sale, {sale->tickets.at(1).id}, last->id, caixa));
        QCOMPARE(again.error().code(), SaleError::NotRefundable);
        verifyCountersMatch(b.store());
    }

    void concurrentExchangesOfOneTicketMakeOne_data() { backends(); }
    // Eight terminals change the same ticket at the same moment, each for a seat of its own:
    // one exchange is made, seven are refused as given back already, and their new orders are
    // still unpaid with no ticket.
    void concurrentExchangesOfOneTicketMakeOne()
    {
        OPEN_BACKEND(b, 8);
        const Screening from = freshScreening(b.store());
        const Screening to = otherScreening(b.store(), from);
        const int inteira = inteiraOf(b.store());
        const auto sale = sellFullPrice(b.store(), b.terminal(0), from.id, 1);
        QVERIFY(sale);
        const int caixa = b.userId(QStringLiteral("caixa"));
        const QList<int> seats = standardSeats(b.store(), to.id, 8);
        QList<ExchangeRequest> requests;
        for (int i = 0; i < 8; ++i) {
            const auto order = orderSeats(b.terminal(i), to.id, {seats.at(i)}, inteira);
            QVERIFY2(order, qPrintable(order.error().message()));
            requests << exchangeOf(*sale, {sale->tickets.at(0).id}, order->id, caixa, 10000);
        }
        const RaceOutcome race =
            raceTerminals(b, 8, SaleError::NotRefundable, [&](SalesAuthority &terminal, int i) {
                return terminal.exchangeTickets(requests.at(i));
            });
        QCOMPARE(race.made, 1);
        QCOMPARE(race.refused, 7);
        QCOMPARE(race.other, 0);
        QCOMPARE(scalar(b.store(), QStringLiteral("SELECT COUNT(*) FROM tickets WHERE "
                                                  "screening_id = %1 AND status = 'valid'")
                                       .arg(to.id)),
                 1);
        QCOMPARE(scalar(b.store(), QStringLiteral("SELECT COUNT(*) FROM orders WHERE "
                                                  "screening_id = %1 AND status = 'pending'")
                                       .arg(to.id)),
                 7);
        verifyCountersMatch(b.store());
    }

    // A card sale: changed for a cheaper seat, the rest goes back to the card (through the
    // provider, with the exchange's own key, confirmed once); changed for a dearer one,
    // nothing is asked of the provider and the difference is taken in cash.
    void aCardSaleGetsTheRestBackOnTheCard()
    {
        TestDatabase t;
        FakeStripe stripe;
        QVERIFY(stripe.start());
        const QString reader = QStringLiteral("tmr_exchange");
        StripePaymentProvider provider(stripe.config(reader));
        const Screening from = freshScreening(*t.database);
        const Screening to = otherScreening(*t.database, from);
        QSqlQuery q(t.database->connection());
        QVERIFY(q.exec(
            QStringLiteral("UPDATE screenings SET price_cents = 3000 WHERE id = %1").arg(from.id)));
        QVERIFY(q.exec(
            QStringLiteral("UPDATE screenings SET price_cents = 2000 WHERE id = %1").arg(to.id)));
        const auto begun =
            beginCardPayment(*t.authority, from.id, standardSeats(*t.database, from.id, 2));
        QVERIFY(begun);
        QObject context;
        std::optional<ChargeResult> charged;
        provider.charge({begun->paymentKey, begun->order.totalCents, {}, {}}, &context,
                        [&charged](const ChargeResult &r) { charged = r; });
        QVERIFY(stripe.waitForPaymentOnReader(reader));
        stripe.presentCard(reader);
        QTRY_VERIFY_WITH_TIMEOUT(charged.has_value(), 10000);
        const auto sale = t.authority->completePayment(
            {begun->order.id, begun->paymentKey, PaymentMethod::Card, 0, charged->reference});
        QVERIFY2(sale, qPrintable(sale.error().message()));
        const int typeId = sale->tickets.at(0).ticketTypeId;
        const qint64 oldPrice = sale->tickets.at(0).priceCents;

        const auto cheaper =
            orderSeats(*t.authority, to.id, standardSeats(*t.database, to.id, 1), typeId);
        QVERIFY2(cheaper, qPrintable(cheaper.error().message()));
        const auto made = t.authority->exchangeTickets(
            exchangeOf(*sale, {sale->tickets.at(0).id}, cheaper->id, 0));
        QVERIFY2(made, qPrintable(made.error().message()));
        QCOMPARE(made->refund.method, PaymentMethod::Card);
        QCOMPARE(made->refund.status, Refund::Status::Due);
        QCOMPARE(made->refund.amountCents, oldPrice - cheaper->totalCents);
        QCOMPARE(made->refund.paymentReference, charged->reference);
        RefundDesk desk(*t.authority, *t.database, &provider);
        QSignalSpy refunded(&desk, &RefundDesk::refunded);
        desk.giveBack(made->refund);
        QTRY_COMPARE_WITH_TIMEOUT(refunded.size(), 1, 15000);
        QCOMPARE(refunded.at(0).at(1).toBool(), true);
        QCOMPARE(stripe.state().value(QStringLiteral("refunded")).toInteger(),
                 oldPrice - cheaper->totalCents);
        QCOMPARE(scalar(*t.database, QStringLiteral("SELECT COUNT(*) FROM refunds WHERE "
                                                    "status = 'due'")),
                 0);

        // The other ticket for a dearer seat: cash on top, the provider not asked.
        QVERIFY(q.exec(
            QStringLiteral("UPDATE screenings SET price_cents = 5000 WHERE id = %1").arg(to.id)));
        const auto dearer =
            orderSeats(*t.authority, to.id, {standardSeats(*t.database, to.id, 2).at(1)}, typeId);
        QVERIFY2(dearer, qPrintable(dearer.error().message()));
        const auto more = t.authority->exchangeTickets(
            exchangeOf(*sale, {sale->tickets.at(1).id}, dearer->id, 0, 10000));
        QVERIFY2(more, qPrintable(more.error().message()));
        QCOMPARE(more->refund.amountCents, 0);
        QCOMPARE(more->refund.status, Refund::Status::Done);
        QCOMPARE(more->cashCents, dearer->totalCents - oldPrice);
        desk.giveBack(more->refund);
        QTRY_COMPARE(refunded.size(), 2);
        QCOMPARE(stripe.state().value(QStringLiteral("refunded")).toInteger(),
                 oldPrice - cheaper->totalCents);
    }

    // The counter by keyboard: find the sale, tick both tickets, give a reason, Ctrl+T. The
    // exchange dialog opens on the same film's screenings; the cashier picks another one,
    // tries three seats for two tickets (refused: one seat per ticket), picks two with Space
    // (held at once), types too little cash (refused), then enough, and Ctrl+Enter exchanges.
    // The new tickets are on screen, the old sale shows its tickets given back.
    void theCounterExchangesByKeyboard()
    {
        TestDatabase t;
        const Screening from = freshScreening(*t.database);
        const Screening to = otherScreening(*t.database, from);
        QSqlQuery q(t.database->connection());
        QVERIFY(q.exec(
            QStringLiteral("UPDATE screenings SET price_cents = 3500 WHERE id = %1").arg(to.id)));
        const auto sale = sellFullPrice(*t.database, *t.authority, from.id, 2);
        QVERIFY(sale);
        const auto cashier = UserDirectory(*t.database).user(QStringLiteral("caixa"));
        QVERIFY(cashier);
        AfterSale afterSale(*t.database);
        RefundDialog dialog(*t.database, *t.database, *t.authority, nullptr, *cashier);
        dialog.setTerminal(t.identity.terminalId(), QStringLiteral("Caixa de teste"));
        dialog.setAfterSale(&afterSale);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QSignalSpy exchanged(&dialog, &RefundDialog::exchanged);
        QSignalSpy shown(&dialog, &RefundDialog::copyShown);
        QTest::keyClicks(dialog.findField(), QString::number(sale->order.id));
        QTest::keyClick(dialog.findField(), Qt::Key_Return);
        QTRY_COMPARE(dialog.ticketsModel()->rowCount(), 2);
        QTRY_VERIFY(dialog.ticketsView()->hasFocus());
        QVERIFY(!dialog.exchangeButton()->isEnabled());
        QTest::keyClick(dialog.ticketsView(), Qt::Key_Space);
        QTest::keyClick(dialog.ticketsView(), Qt::Key_Down);
        QTest::keyClick(dialog.ticketsView(), Qt::Key_Space);
        dialog.reasonBox()->setFocus();
        QTest::keyClicks(dialog.reasonBox(), QStringLiteral("Wrong day"));
        QTRY_VERIFY(dialog.exchangeButton()->isEnabled());
        QTest::keyClick(dialog.reasonBox(), Qt::Key_T, Qt::ControlModifier);
        ExchangeDialog *exchange = nullptr;
        QTRY_VERIFY(
            (exchange = dialog.findChild<ExchangeDialog *>(QStringLiteral("exchangeDialog"))) &&
            exchange->isVisible());
        QVERIFY(QTest::qWaitForWindowActive(exchange));
        // The same film first.
        QVERIFY2(exchange->screeningBox()->itemText(0).startsWith(from.filmTitle),
                 qPrintable(exchange->screeningBox()->itemText(0)));
        const int index = exchange->screeningBox()->findData(to.id);
        QVERIFY(index >= 0);
        exchange->screeningBox()->setCurrentIndex(index);
        QTRY_COMPARE(exchange->sale()->screening()->id, to.id);

        const QList<int> seats = standardSeats(*t.database, to.id, 3);
        SeatMapWidget *map = exchange->seatMap();
        map->setFocus();
        for (const int seat : seats) {
            map->setFocusedSeat(seat);
            QTest::keyClick(map, Qt::Key_Space);
        }
        QCOMPARE(exchange->sale()->selection().size(), 2); // the third was refused
        QVERIFY2(exchange->resultLabel()->text().contains(QStringLiteral("Pick 2 seat")),
                 qPrintable(exchange->resultLabel()->text()));
        QCOMPARE(
            scalar(*t.database,
                   QStringLiteral("SELECT COUNT(*) FROM holds WHERE screening_id = %1").arg(to.id)),
            2);
        const qint64 due = exchange->sale()->totalCents() - 2 * sale->tickets.at(0).priceCents;
        QVERIFY(due > 0);
        QVERIFY2(exchange->totalsLabel()->text().contains(Money::format(due)),
                 qPrintable(exchange->totalsLabel()->text()));
        QVERIFY(exchange->cashField()->isEnabled());

        exchange->cashField()->setFocus();
        QTest::keyClicks(exchange->cashField(), QString::number((due - 100) / 100));
        QTest::keyClick(exchange->cashField(), Qt::Key_Return, Qt::ControlModifier);
        QTRY_VERIFY2(exchange->resultLabel()->text().contains(Money::format(due)),
                     qPrintable(exchange->resultLabel()->text()));
        QCOMPARE(exchanged.size(), 0);
        QCOMPARE(scalar(*t.database, QStringLiteral("SELECT COUNT(*) FROM refunds")), 0);

        exchange->cashField()->clear();
        QTest::keyClicks(exchange->cashField(), QString::number(due / 100 + 10));
        QTest::keyClick(exchange->cashField(), Qt::Key_Return, Qt::ControlModifier);
        QTRY_COMPARE(exchanged.size(), 1);
        const auto made = exchanged.at(0).at(0).value<Exchange>();
        QCOMPARE(made.cashCents, due);
        QCOMPARE(made.receipt.tickets.size(), 2);
        QTRY_COMPARE(shown.size(), 1);
        const auto pages = shown.at(0).at(0).value<TicketDocument::Content>();
        QCOMPARE(pages.receipt.tickets.size(), 2);
        QCOMPARE(pages.receipt.tickets.at(0).code, made.receipt.tickets.at(0).code);
        QVERIFY2(dialog.resultLabel()->text().contains(Money::format(due)),
                 qPrintable(dialog.resultLabel()->text()));
        // The slip says what the tickets were changed for and how it was paid.
        QVERIFY(dialog.lastSlip());
        const QString slip = RefundSlip(*dialog.lastSlip()).lines().join(QLatin1Char('\n'));
        QVERIFY2(
            slip.contains(QStringLiteral("Exchanged for order %1").arg(made.receipt.order.id)) &&
                slip.contains(to.filmTitle) && slip.contains(Money::format(due)) &&
                !slip.contains(QStringLiteral("Given back\t")),
            qPrintable(slip));
        QTRY_VERIFY(dialog.slipButton()->isEnabled());
        // The old sale, reloaded: both tickets given back.
        QTRY_VERIFY(dialog.shownOrder() && dialog.shownOrder()->liveTickets() == 0);
        // What to take from the customer stays said after the sale is read again.
        QVERIFY2(dialog.resultLabel()->text().contains(Money::format(due)),
                 qPrintable(dialog.resultLabel()->text()));
        QVERIFY2(dialog.historyText().contains(
                     QStringLiteral("exchanged for order %1").arg(made.receipt.order.id)),
                 qPrintable(dialog.historyText()));
        // The new sale, found, says what paid for it.
        dialog.showOrder(made.receipt.order.id);
        QTRY_VERIFY2(dialog.orderLabel()->text().contains(
                         QStringLiteral("tickets of order %1").arg(sale->order.id)),
                     qPrintable(dialog.orderLabel()->text()));
        QCOMPARE(scalar(*t.database, QStringLiteral("SELECT COUNT(*) FROM tickets WHERE "
                                                    "screening_id = %1 AND status = 'valid'")
                                         .arg(to.id)),
                 2);
        if (const QString dir = qEnvironmentVariable("MARQUEE_SCREENSHOTS"); !dir.isEmpty())
            dialog.grab().save(dir + QStringLiteral("/exchanged.png"));
    }

    // Two tickets for two cheaper seats: the dialog says what goes back and how, asks no cash,
    // and lets the exchange be made once both seats are picked (the README's picture).
    void theExchangeDialogSaysWhatChangesHands()
    {
        TestDatabase t;
        const Screening from = freshScreening(*t.database);
        const Screening to = otherScreening(*t.database, from);
        QSqlQuery q(t.database->connection());
        QVERIFY(q.exec(
            QStringLiteral("UPDATE screenings SET price_cents = 2400 WHERE id = %1").arg(to.id)));
        const auto sale = sellFullPrice(*t.database, *t.authority, from.id, 2);
        QVERIFY(sale);
        const auto cashier = UserDirectory(*t.database).user(QStringLiteral("caixa"));
        const auto order = SaleLookup::load(*t.database, sale->order.id);
        QVERIFY(cashier && order);
        ExchangeDialog exchange(*t.database, *t.authority, nullptr, *cashier, *order,
                                {sale->tickets.at(0).id, sale->tickets.at(1).id},
                                QStringLiteral("Wrong day"));
        exchange.show();
        QVERIFY(QTest::qWaitForWindowExposed(&exchange));
        exchange.chooseScreening(to.id);
        QTRY_COMPARE(exchange.sale()->screening()->id, to.id);
        QList<int> middle;
        for (const Seat &seat : exchange.sale()->layout().seats())
            if (seat.row == QStringLiteral("F") && (seat.number == 7 || seat.number == 8))
                middle << seat.id;
        QCOMPARE(middle.size(), 2);
        QVERIFY(exchange.sale()->setSelection({middle.at(0)}));
        QVERIFY(!exchange.exchangeButton()->isEnabled()); // one seat for two tickets
        QVERIFY(exchange.sale()->setSelection(middle));
        QVERIFY(exchange.exchangeButton()->isEnabled());
        const qint64 back = 2 * sale->tickets.at(0).priceCents - exchange.sale()->totalCents();
        QVERIFY(back > 0);
        QVERIFY2(exchange.totalsLabel()->text().contains(Money::format(back)) &&
                     exchange.totalsLabel()->text().contains(QStringLiteral("cash")),
                 qPrintable(exchange.totalsLabel()->text()));
        QVERIFY(!exchange.cashField()->isEnabled());
        if (const QString dir = qEnvironmentVariable("MARQUEE_SCREENSHOTS"); !dir.isEmpty()) {
            QTest::qWait(50); // the layout makes room for the second line first
            exchange.grab().save(dir + QStringLiteral("/exchange.png"));
        }
        QCOMPARE(
            scalar(*t.database,
                   QStringLiteral("SELECT COUNT(*) FROM holds WHERE screening_id = %1").arg(to.id)),
            2);
        // Closed without exchanging: the seats are for sale again at once.
        exchange.reject();
        QCOMPARE(
            scalar(*t.database,
                   QStringLiteral("SELECT COUNT(*) FROM holds WHERE screening_id = %1").arg(to.id)),
            0);
    }

    // A used ticket needs a manager: the dialog asks in place, the manager's login and PIN
    // allow it, and the slip names them.
    void aManagerAllowsAnExchangeInPlace()
    {
        TestDatabase t;
        const Screening from = freshScreening(*t.database);
        const Screening to = otherScreening(*t.database, from);
        const auto sale = sellFullPrice(*t.database, *t.authority, from.id, 1);
        QVERIFY(sale);
        QSqlQuery q(t.database->connection());
        QVERIFY(q.exec(QStringLiteral("UPDATE tickets SET status = 'used', used_at = %1, "
                                      "used_gate = 'Porta 1' WHERE id = %2")
                           .arg(QDateTime::currentMSecsSinceEpoch())
                           .arg(sale->tickets.at(0).id)));
        const auto cashier = UserDirectory(*t.database).user(QStringLiteral("caixa"));
        const auto order = SaleLookup::load(*t.database, sale->order.id);
        QVERIFY(cashier && order);
        ExchangeDialog exchange(*t.database, *t.authority, nullptr, *cashier, *order,
                                {sale->tickets.at(0).id}, QStringLiteral("Wrong day"));
        QSignalSpy exchanged(&exchange, &ExchangeDialog::exchanged);
        exchange.show();
        QVERIFY(QTest::qWaitForWindowExposed(&exchange));
        exchange.chooseScreening(to.id);
        QTRY_COMPARE(exchange.sale()->screening()->id, to.id);
        QVERIFY(exchange.sale()->setSelection(standardSeats(*t.database, to.id, 1)));
        QTest::keyClick(exchange.seatMap(), Qt::Key_Return, Qt::ControlModifier);
        QTRY_VERIFY(exchange.approval()->isVisible());
        QCOMPARE(exchanged.size(), 0);
        // A cashier's own PIN does not allow it.
        QTest::keyClicks(exchange.approval()->loginField(), QStringLiteral("caixa"));
        QTest::keyClick(exchange.approval()->loginField(), Qt::Key_Return);
        QTest::keyClicks(exchange.approval()->secretField(), QStringLiteral("3333"));
        QTest::keyClick(exchange.approval()->secretField(), Qt::Key_Return);
        QTRY_VERIFY(!exchange.approval()->isChecking()); // refused: a cashier is no manager
        QCOMPARE(exchanged.size(), 0);
        QCOMPARE(statusOf(*t.database, sale->tickets.at(0).id), QStringLiteral("used"));
        exchange.approval()->loginField()->clear();
        exchange.approval()->secretField()->clear();
        QTest::keyClicks(exchange.approval()->loginField(), QStringLiteral("gerente"));
        QTest::keyClick(exchange.approval()->loginField(), Qt::Key_Return);
        QTest::keyClicks(exchange.approval()->secretField(), QStringLiteral("2222"));
        QTest::keyClick(exchange.approval()->secretField(), Qt::Key_Return);
        QTRY_COMPARE(exchanged.size(), 1);
        QCOMPARE(exchanged.at(0).at(2).toString(), QStringLiteral("Gerente Demo"));
        QCOMPARE(exchanged.at(0).at(0).value<Exchange>().refund.authorizedBy,
                 UserDirectory(*t.database).user(QStringLiteral("gerente"))->id);
    }

    // Offline an exchange waits for the server, as a refund does.
    void offlineAnExchangeNeedsTheServer()
    {
        TestDatabase t;
        OfflineSalesAuthority offline(*t.database, t.identity);
        ExchangeRequest r;
        r.idempotencyKey = QStringLiteral("k");
        r.oldOrderId = 1;
        r.ticketIds = {1};
        r.newOrderId = 2;
        const auto made = offline.exchangeTickets(r);
        QCOMPARE(made.error().code(), SaleError::NeedsServer);
    }
};

QTEST_MAIN(TestExchange)
#include "tst_exchange.moc"
