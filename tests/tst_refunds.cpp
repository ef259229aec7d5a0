// SPDX-License-Identifier: GPL-3.0-or-later
// Giving tickets back, on both backends (the embedded store and the shared server) through the
// same scenarios, so their rules cannot drift: a refunded seat is sold again by another
// terminal, the gate refuses the refunded ticket (online, and from a gate's copy offline),
// retries and second clicks refund once, concurrent refunds of one ticket make one, the
// manager's rules hold, and the CPF and meia counters go down with the tickets.
#include "core/aftersale/refunddesk.h"
#include "core/aftersale/salelookup.h"
#include "core/catalog/money.h"
#include "core/gate/gatekeeper.h"
#include "core/payments/simulatedcardterminal.h"
#include "core/payments/stripepaymentprovider.h"
#include "core/people/userdirectory.h"
#include "core/sales/saleshistorymodel.h"
#include "core/store/storesettings.h"
#include "core/sync/cardpaymentsweep.h"
#include "core/sync/localreplica.h"
#include "fakestripe.h"
#include "salehelpers.h"
#include "serverfixture.h"
#include "testdatabase.h"
#include "twobackends.h"
#include "ui/counter/refunddialog.h"
#include "ui/counter/saleshistorydialog.h"
#include "ui/widgets/managerapproval.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTableView>
#include <QtConcurrent>

using namespace TestHelpers;

namespace {
RefundRequest requestFor(const SaleReceipt &sale, const QList<int> &ticketIds, int userId,
                         const QString &reason = QStringLiteral("Customer cannot come"))
{
    return {QUuid::createUuid().toString(), sale.order.id, ticketIds, reason, userId, 0};
}

int activeTickets(const Database &db, int screeningId)
{
    return scalar(db, QStringLiteral("SELECT COUNT(*) FROM tickets WHERE screening_id = %1 AND "
                                     "status <> 'cancelled'")
                          .arg(screeningId));
}
} // namespace

class TestRefunds : public QObject
{
    Q_OBJECT

    static void backends() { addBackendRows(); }

private Q_SLOTS:
    void refundOneOfThreeAndSellItsSeatElsewhere_data() { backends(); }
    // A customer of three cannot come: one ticket is given back in cash, its seat is sold at
    // once by another terminal, and the other two tickets stay good.
    void refundOneOfThreeAndSellItsSeatElsewhere()
    {
        OPEN_BACKEND(b);
        const Screening s = freshScreening(b.store());
        QVERIFY(s.id);
        const auto sale = sellFullPrice(b.store(), b.terminal(0), s.id, 3);
        QVERIFY2(sale, qPrintable(sale.error().message()));
        const IssuedTicket given = sale->tickets.at(1);
        const int caixa = b.userId(QStringLiteral("caixa"));

        const auto refund = b.terminal(0).refundTickets(requestFor(*sale, {given.id}, caixa));
        QVERIFY2(refund, qPrintable(refund.error().message()));
        QCOMPARE(refund->method, PaymentMethod::Cash);
        QCOMPARE(refund->status, Refund::Status::Done); // cash leaves the drawer at once
        QCOMPARE(refund->amountCents, given.priceCents);
        QCOMPARE(refund->ticketIds, QList<int>{given.id});
        QCOMPARE(activeTickets(b.store(), s.id), 2);
        QCOMPARE(
            scalar(b.store(),
                   QStringLiteral("SELECT sold_count FROM screenings WHERE id = %1").arg(s.id)),
            2);

        // Another terminal sells the seat that came back.
        const auto again = sell(b.terminal(1), s.id, {given.seatId}, given.ticketTypeId);
        QVERIFY2(again, qPrintable(again.error().message()));

        // What the counter finds for this sale says what happened to each ticket.
        const auto found = SaleLookup::load(b.store(), sale->order.id);
        QVERIFY2(found, qPrintable(found.error().message()));
        QCOMPARE(found->tickets.size(), 3);
        QCOMPARE(found->liveTickets(), 2);
        QCOMPARE(found->refundedCents(), given.priceCents);
        QCOMPARE(found->refunds.size(), 1);
        QCOMPARE(found->refunds.at(0).reason, QStringLiteral("Customer cannot come"));
        QCOMPARE(found->refunds.at(0).by, QStringLiteral("Caixa Demo"));
        for (const SoldOrder::Ticket &t : found->tickets)
            QCOMPARE(t.state, t.id == given.id ? SoldOrder::Ticket::State::Cancelled
                                               : SoldOrder::Ticket::State::Valid);
    }

    void aSecondClickOrARetryRefundsOnce_data() { backends(); }
    // Tried: the same refund sent again with its key (a retry after a lost answer), and the
    // same ticket asked back again under a new key (a second click, another cashier).
    void aSecondClickOrARetryRefundsOnce()
    {
        OPEN_BACKEND(b);
        const Screening s = freshScreening(b.store());
        const auto sale = sellFullPrice(b.store(), b.terminal(0), s.id, 2);
        QVERIFY(sale);
        const int caixa = b.userId(QStringLiteral("caixa"));
        const RefundRequest request = requestFor(*sale, {sale->tickets.at(0).id}, caixa);
        const auto first = b.terminal(0).refundTickets(request);
        QVERIFY(first);
        const auto retried = b.terminal(0).refundTickets(request);
        QVERIFY(retried);
        QCOMPARE(retried->id, first->id);
        RefundRequest twice = request;
        twice.idempotencyKey = QUuid::createUuid().toString();
        const auto second = b.terminal(1).refundTickets(twice);
        QVERIFY(!second);
        QCOMPARE(second.error().code(), SaleError::NotRefundable);
        QVERIFY2(second.error().message().contains(QStringLiteral("Caixa Demo")),
                 qPrintable(second.error().message()));
        QCOMPARE(scalar(b.store(), QStringLiteral("SELECT COUNT(*) FROM refunds")), 1);
        QCOMPARE(scalar(b.store(), QStringLiteral("SELECT SUM(amount_cents) FROM refunds")),
                 int(sale->tickets.at(0).priceCents));
    }

    void concurrentRefundsOfOneTicketMakeOne_data() { backends(); }
    // Eight terminals give the same ticket back at the same moment, each on its own
    // connection: one refund is made, the others are told it was given back already.
    void concurrentRefundsOfOneTicketMakeOne()
    {
        OPEN_BACKEND(b, 8);
        const Screening s = freshScreening(b.store());
        const auto sale = sellFullPrice(b.store(), b.terminal(0), s.id, 2);
        QVERIFY(sale);
        const int caixa = b.userId(QStringLiteral("caixa"));
        const RaceOutcome race =
            raceTerminals(b, 8, SaleError::NotRefundable, [&](SalesAuthority &terminal, int) {
                return terminal.refundTickets(requestFor(*sale, {sale->tickets.at(0).id}, caixa));
            });
        QCOMPARE(race.made, 1);
        QCOMPARE(race.refused, 7);
        QCOMPARE(race.other, 0);
        QCOMPARE(scalar(b.store(), QStringLiteral("SELECT COUNT(*) FROM refund_items")), 1);
        QCOMPARE(activeTickets(b.store(), s.id), 1);
    }

    void theGateRefusesARefundedTicket_data() { backends(); }
    // Online the gate reads the store; offline a gate judges from its copy, which has the
    // refund once it was copied. Both say when it was given back and by whom.
    void theGateRefusesARefundedTicket()
    {
        OPEN_BACKEND(b);
        const Screening s = freshScreening(b.store());
        const auto sale = sellFullPrice(b.store(), b.terminal(0), s.id, 2);
        QVERIFY(sale);
        const IssuedTicket given = sale->tickets.at(0);
        QVERIFY(b.terminal(0).refundTickets(
            requestFor(*sale, {given.id}, b.userId(QStringLiteral("caixa")))));

        Gatekeeper online(b.store(), b.terminalId(1), QStringLiteral("Porta 1"),
                          GatePerson(QStringLiteral("Paulo Porta")));
        const GateVerdict v = online.judge(given.code, {});
        QCOMPARE(v.reason, GateVerdict::Reason::Cancelled);
        QVERIFY(v.cancelledAt.isValid());
        QCOMPARE(v.cancelledBy, QStringLiteral("Caixa Demo"));
        QVERIFY2(v.explanation().contains(QStringLiteral("Caixa Demo")),
                 qPrintable(v.explanation()));
        // The other ticket of the sale is not refused for being cancelled.
        QVERIFY(online.judge(sale->tickets.at(1).code, {}).reason !=
                GateVerdict::Reason::Cancelled);

        if (!b.server)
            return;
        // A gate with the server away judges from its own copy.
        ServerFixture::Terminal &gate = *b.terminals[1];
        QVERIFY(!LocalReplica::pullCatalogue(*gate.server, *gate.local));
        Gatekeeper offline(*gate.local, gate.identity->terminalId(), QStringLiteral("Porta 1"),
                           GatePerson(QStringLiteral("Paulo Porta")));
        const GateVerdict copied = offline.judge(given.code, {});
        QCOMPARE(copied.reason, GateVerdict::Reason::Cancelled);
        QCOMPARE(copied.cancelledBy, QStringLiteral("Caixa Demo"));
    }

    void whatNeedsAManager_data() { backends(); }
    // A cashier alone gives back today's unused tickets of a screening not yet begun, up to
    // refund_limit_cents. Tried: a used ticket, a screening already started, an amount over
    // the limit, a sale of an earlier day, a cashier's id as the authorisation, no reason. Each
    // is refused with what it needs; a manager's authorisation lets it through, recorded.
    void whatNeedsAManager()
    {
        OPEN_BACKEND(b);
        const int caixa = b.userId(QStringLiteral("caixa"));
        const int gerente = b.userId(QStringLiteral("gerente"));
        const Screening s = freshScreening(b.store());
        const auto sale = sellFullPrice(b.store(), b.terminal(0), s.id, 4);
        QVERIFY(sale);
        const auto ticket = [&](int i) {
            return sale->tickets.at(i).id;
        };

        auto noReason = requestFor(*sale, {ticket(0)}, caixa, QStringLiteral("  "));
        QCOMPARE(b.terminal(0).refundTickets(noReason).error().code(), SaleError::NotRefundable);

        b.exec(QStringLiteral("UPDATE tickets SET status = 'used', used_at = %1, "
                              "used_gate = 'Porta 2' WHERE id = %2")
                   .arg(QDateTime::currentMSecsSinceEpoch())
                   .arg(ticket(0)));
        auto used = requestFor(*sale, {ticket(0)}, caixa);
        auto r = b.terminal(0).refundTickets(used);
        QCOMPARE(r.error().code(), SaleError::NeedsManager);
        QVERIFY2(r.error().message().contains(QStringLiteral("Porta 2")),
                 qPrintable(r.error().message()));
        // A cashier cannot authorise it for another cashier.
        used.authorizedBy = caixa;
        QCOMPARE(b.terminal(0).refundTickets(used).error().code(), SaleError::NeedsManager);
        used.authorizedBy = gerente;
        r = b.terminal(0).refundTickets(used);
        QVERIFY2(r, qPrintable(r.error().message()));
        QCOMPARE(
            scalar(b.store(),
                   QStringLiteral("SELECT authorized_by FROM refunds WHERE id = %1").arg(r->id)),
            gerente);

        StoreSettings(b.store()).setValue(QStringLiteral("refund_limit_cents"),
                                          QString::number(sale->tickets.at(1).priceCents * 2 - 1));
        auto over = requestFor(*sale, {ticket(1), ticket(2)}, caixa);
        r = b.terminal(0).refundTickets(over);
        QCOMPARE(r.error().code(), SaleError::NeedsManager);
        // Under the limit a cashier does it alone.
        QVERIFY(b.terminal(0).refundTickets(requestFor(*sale, {ticket(1)}, caixa)));
        StoreSettings(b.store()).setValue(QStringLiteral("refund_limit_cents"),
                                          QStringLiteral("20000"));

        b.exec(QStringLiteral("UPDATE orders SET paid_at = paid_at - %1 WHERE id = %2")
                   .arg(2 * 86400000LL)
                   .arg(sale->order.id));
        r = b.terminal(0).refundTickets(requestFor(*sale, {ticket(2)}, caixa));
        QCOMPARE(r.error().code(), SaleError::NeedsManager);
        QVERIFY2(r.error().message().contains(QStringLiteral("not today")),
                 qPrintable(r.error().message()));
        b.exec(QStringLiteral("UPDATE orders SET paid_at = paid_at + %1 WHERE id = %2")
                   .arg(2 * 86400000LL)
                   .arg(sale->order.id));

        b.exec(QStringLiteral("UPDATE screenings SET starts_at = %1 WHERE id = %2")
                   .arg(QDateTime::currentMSecsSinceEpoch() - 3600000)
                   .arg(s.id));
        auto late = requestFor(*sale, {ticket(2), ticket(3)}, caixa);
        r = b.terminal(0).refundTickets(late);
        QCOMPARE(r.error().code(), SaleError::NeedsManager);
        QVERIFY2(r.error().message().contains(QStringLiteral("started")),
                 qPrintable(r.error().message()));
        late.authorizedBy = gerente;
        QVERIFY(b.terminal(0).refundTickets(late));
        QCOMPARE(activeTickets(b.store(), s.id), 0);
        // Nothing is left to give back, and the store says so.
        const auto none = b.terminal(0).refundTickets(requestFor(*sale, {ticket(3)}, gerente));
        QCOMPARE(none.error().code(), SaleError::NotRefundable);
        // A ticket of another sale is not this sale's to refund.
        const Screening other = freshScreening(b.store());
        const auto otherSale = sellFullPrice(b.store(), b.terminal(1), other.id, 1);
        QVERIFY(otherSale);
        const auto foreign =
            b.terminal(0).refundTickets(requestFor(*sale, {otherSale->tickets.at(0).id}, caixa));
        QCOMPARE(foreign.error().code(), SaleError::NotRefundable);
    }

    void countersFollowTheRefunds_data() { backends(); }
    // A CPF at its limit gets tickets again after a refund, and the counts the store keeps
    // (sold, meia) equal a fresh count of the live tickets.
    void countersFollowTheRefunds()
    {
        OPEN_BACKEND(b);
        StoreSettings(b.store()).setValue(QStringLiteral("max_tickets_per_cpf"),
                                          QStringLiteral("4"));
        const QString cpf = QStringLiteral("52998224725");
        const Screening s = freshScreening(b.store());
        const QList<int> seats = standardSeats(b.store(), s.id, 6);
        const int meia =
            scalar(b.store(), QStringLiteral("SELECT MIN(id) FROM ticket_types WHERE is_meia = 1"));
        const auto sale = sell(b.terminal(0), s.id, seats.mid(0, 4), meia, cpf);
        QVERIFY2(sale, qPrintable(sale.error().message()));
        QCOMPARE(sell(b.terminal(1), s.id, {seats.at(4)}, meia, cpf).error().code(),
                 SaleError::CpfLimit);
        QVERIFY(b.terminal(0).refundTickets(
            requestFor(*sale, {sale->tickets.at(0).id, sale->tickets.at(1).id},
                       b.userId(QStringLiteral("caixa")))));
        const auto after = sell(b.terminal(1), s.id, seats.mid(4, 2), meia, cpf);
        QVERIFY2(after, qPrintable(after.error().message()));
        QCOMPARE(activeTickets(b.store(), s.id), 4);
        QCOMPARE(
            scalar(b.store(),
                   QStringLiteral("SELECT sold_count FROM screenings WHERE id = %1").arg(s.id)),
            4);
        if (b.server)
            QCOMPARE(
                scalar(b.store(),
                       QStringLiteral("SELECT meia_sold FROM screenings WHERE id = %1").arg(s.id)),
                4);
    }

    void aCashRefundThroughTheDesk()
    {
        // The counter's desk: cash needs no provider and is done at once.
        TestDatabase t;
        const Screening s = freshScreening(*t.database);
        const auto sale = sellFullPrice(*t.database, *t.authority, s.id, 2);
        QVERIFY(sale);
        RefundDesk desk(*t.authority, *t.database, nullptr);
        QSignalSpy refunded(&desk, &RefundDesk::refunded);
        QSignalSpy refused(&desk, &RefundDesk::refused);
        desk.refund(requestFor(*sale, {sale->tickets.at(0).id}, 0));
        QCOMPARE(refunded.size(), 1);
        QCOMPARE(refunded.at(0).at(1).toBool(), true);
        QCOMPARE(refused.size(), 0);
        // Found again by the ticket's code, by the order number, and refused for nonsense.
        QCOMPARE(SaleLookup::find(*t.database, sale->tickets.at(1).code)->at(0).orderId,
                 sale->order.id);
        QCOMPARE(SaleLookup::find(*t.database, QString::number(sale->order.id))->size(), 1);
        QCOMPARE(SaleLookup::find(*t.database, QStringLiteral("xyz")).error().code(),
                 SaleError::NotFound);
    }

    // The counter's dialog, by keyboard: the ticket's code typed as a handheld scanner types
    // it, Enter, Space on the ticket, a reason, Ctrl+Enter. The money goes back in cash and
    // the dialog shows the ticket as given back.
    void theCounterGivesATicketBackByKeyboard()
    {
        TestDatabase t;
        const Screening s = freshScreening(*t.database);
        const auto sale = sellFullPrice(*t.database, *t.authority, s.id, 3);
        QVERIFY(sale);
        const auto cashier = UserDirectory(*t.database).user(QStringLiteral("caixa"));
        QVERIFY(cashier);
        RefundDialog dialog(*t.database, *t.database, *t.authority, nullptr, *cashier);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QSignalSpy refunded(&dialog, &RefundDialog::refunded);
        QTest::keyClicks(dialog.findField(), sale->tickets.at(0).code);
        QTest::keyClick(dialog.findField(), Qt::Key_Return);
        QTRY_COMPARE(dialog.ticketsModel()->rowCount(), 3);
        QVERIFY(!dialog.refundButton()->isEnabled()); // nothing chosen yet
        // The first seat is current; Space ticks it.
        QTRY_VERIFY(dialog.ticketsView()->hasFocus());
        QTest::keyClick(dialog.ticketsView(), Qt::Key_Space);
        QVERIFY(!dialog.refundButton()->isEnabled()); // no reason yet
        dialog.reasonBox()->setFocus();
        QTest::keyClicks(dialog.reasonBox(), QStringLiteral("Wrong day"));
        QTRY_VERIFY(dialog.refundButton()->isEnabled());
        QVERIFY2(
            dialog.refundButton()->text().contains(Money::format(sale->tickets.at(0).priceCents)),
            qPrintable(dialog.refundButton()->text()));
        QTest::keyClick(dialog.reasonBox(), Qt::Key_Return, Qt::ControlModifier);
        QTRY_COMPARE(refunded.size(), 1);
        QVERIFY2(dialog.resultLabel()->text().contains(QStringLiteral("cash")),
                 qPrintable(dialog.resultLabel()->text()));
        QCOMPARE(activeTickets(*t.database, s.id), 2);
        QCOMPARE(scalar(*t.database, QStringLiteral("SELECT user_id FROM refunds")), cashier->id);
        // Read again from the store: that ticket is given back and can no longer be ticked.
        QTRY_COMPARE(dialog.shownOrder()->liveTickets(), 2);
        int cancelledRows = 0;
        for (int row = 0; row < dialog.ticketsModel()->rowCount(); ++row)
            cancelledRows += dialog.ticketsModel()->item(row, 0)->isCheckable() ? 0 : 1;
        QCOMPARE(cancelledRows, 1);
        // README's picture, when asked for.
        if (const QString dir = qEnvironmentVariable("MARQUEE_SCREENSHOTS"); !dir.isEmpty())
            dialog.grab().save(dir + QStringLiteral("/refund.png"));
    }

    // After the screening started, the dialog asks for a manager in place. Tried: the
    // cashier's own PIN (a cashier may not allow it), then the manager's.
    void aManagerAllowsARefundInPlace()
    {
        TestDatabase t;
        const Screening s = freshScreening(*t.database);
        const auto sale = sellFullPrice(*t.database, *t.authority, s.id, 1);
        QVERIFY(sale);
        QSqlQuery(t.database->connection())
            .exec(QStringLiteral("UPDATE screenings SET starts_at = %1 WHERE id = %2")
                      .arg(QDateTime::currentMSecsSinceEpoch() - 1800000)
                      .arg(s.id));
        const auto cashier = UserDirectory(*t.database).user(QStringLiteral("caixa"));
        RefundDialog dialog(*t.database, *t.database, *t.authority, nullptr, *cashier);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QSignalSpy refunded(&dialog, &RefundDialog::refunded);
        dialog.find(QString::number(sale->order.id));
        QTRY_COMPARE(dialog.ticketsModel()->rowCount(), 1);
        dialog.ticketsModel()->item(0, 0)->setCheckState(Qt::Checked);
        dialog.reasonBox()->setEditText(QStringLiteral("Arrived late"));
        dialog.refundButton()->click();
        QTRY_VERIFY(dialog.approval()->isVisible());
        QCOMPARE(refunded.size(), 0);
        QTRY_VERIFY(dialog.approval()->loginField()->hasFocus());
        QTest::keyClicks(dialog.approval()->loginField(), QStringLiteral("caixa"));
        QTest::keyClick(dialog.approval()->loginField(), Qt::Key_Return);
        QTest::keyClicks(dialog.approval()->secretField(), QStringLiteral("3333"));
        QTest::keyClick(dialog.approval()->secretField(), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(dialog.approval()->loginField()->hasFocus(), 10000);
        QCOMPARE(refunded.size(), 0);
        if (const QString dir = qEnvironmentVariable("MARQUEE_SCREENSHOTS"); !dir.isEmpty())
            dialog.grab().save(dir + QStringLiteral("/refund-manager.png"));
        dialog.approval()->loginField()->setText(QStringLiteral("gerente"));
        QTest::keyClicks(dialog.approval()->secretField(), QStringLiteral("2222"));
        QTest::keyClick(dialog.approval()->secretField(), Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(refunded.size(), 1, 10000);
        QCOMPARE(scalar(*t.database, QStringLiteral("SELECT authorized_by FROM refunds")),
                 UserDirectory(*t.database).user(QStringLiteral("gerente"))->id);
        QCOMPARE(scalar(*t.database, QStringLiteral("SELECT user_id FROM refunds")), cashier->id);
    }

    // From the sales list (F7): a recorded sale opens for giving back.
    void theSalesListOpensASaleToGiveBack()
    {
        TestDatabase t;
        const Screening s = freshScreening(*t.database);
        const auto sale = sellFullPrice(*t.database, *t.authority, s.id, 2);
        QVERIFY(sale);
        SalesHistoryDialog list(*t.database, t.identity.terminalId());
        list.show();
        QVERIFY(QTest::qWaitForWindowExposed(&list));
        list.view()->setFocus();
        list.view()->setCurrentIndex(list.model()->index(0, 0));
        QVERIFY(list.giveBackButton()->isEnabled());
        list.giveBackButton()->click();
        QCOMPARE(list.chosenOrder(), sale->order.id);
    }

    // A card refund whose answer the line lost: the tickets are cancelled and the refund is
    // due; the card sweep asks Stripe again with the same key, and the money goes back once.
    void aCardRefundWhoseAnswerWasLostIsPaidOnce()
    {
        TestDatabase t;
        FakeStripe stripe;
        QVERIFY(stripe.start());
        const QString reader = QStringLiteral("tmr_refunds");
        StripePaymentProvider provider(stripe.config(reader));
        const Screening s = freshScreening(*t.database);
        const auto begun =
            beginCardPayment(*t.authority, s.id, standardSeats(*t.database, s.id, 3));
        QVERIFY(begun);
        QObject context;
        std::optional<ChargeResult> charged;
        provider.charge({begun->paymentKey, begun->order.totalCents, {}, {}}, &context,
                        [&charged](const ChargeResult &r) { charged = r; });
        QVERIFY(stripe.waitForPaymentOnReader(reader));
        stripe.presentCard(reader);
        QTRY_VERIFY_WITH_TIMEOUT(charged.has_value(), 10000);
        QVERIFY(charged->approved());
        const auto sale = t.authority->completePayment(
            {begun->order.id, begun->paymentKey, PaymentMethod::Card, 0, charged->reference});
        QVERIFY2(sale, qPrintable(sale.error().message()));

        // Part of the order: one ticket of three.
        const IssuedTicket given = sale->tickets.at(2);
        // Every answer lost, the provider's own retries' too.
        stripe.dropAnswers(QStringLiteral("/v1/refunds"), 50);
        RefundDesk desk(*t.authority, *t.database, &provider);
        QSignalSpy refunded(&desk, &RefundDesk::refunded);
        const RefundRequest request = requestFor(*sale, {given.id}, 0);
        desk.refund(request);
        QTRY_COMPARE_WITH_TIMEOUT(refunded.size(), 1, 15000);
        QCOMPARE(refunded.at(0).at(1).toBool(), false); // not confirmed
        QCOMPARE(scalar(*t.database, QStringLiteral("SELECT COUNT(*) FROM refunds WHERE "
                                                    "status = 'due'")),
                 1);
        QCOMPARE(activeTickets(*t.database, s.id), 2); // the seat is for sale already

        // A second click on the same refund, the line back, asks again with the same key.
        stripe.stopDropping();
        desk.refund(request);
        QTRY_COMPARE_WITH_TIMEOUT(refunded.size(), 2, 15000);
        QCOMPARE(refunded.at(1).at(1).toBool(), true);
        // And the sweep finds nothing left to do; Stripe gave the money back once.
        CardPaymentSweep sweep(*t.database, *t.database, *t.authority, provider, t.identity);
        QSignalSpy swept(&sweep, &CardPaymentSweep::finished);
        sweep.sweep(0);
        QVERIFY(swept.wait(15000));
        QCOMPARE(stripe.state().value(QStringLiteral("refunded")).toInteger(), given.priceCents);
        QCOMPARE(scalar(*t.database, QStringLiteral("SELECT COUNT(*) FROM refunds WHERE "
                                                    "status = 'done' AND provider_reference "
                                                    "LIKE 're_%'")),
                 1);
    }

    // The same lost answer, with the terminal closed before anyone clicked again: the card
    // sweep settles the refund with its key, once.
    void theSweepSettlesADueCardRefund()
    {
        TestDatabase t;
        SimulatedCardTerminal terminal(0);
        const Screening s = freshScreening(*t.database);
        const auto begun =
            beginCardPayment(*t.authority, s.id, standardSeats(*t.database, s.id, 2));
        QVERIFY(begun);
        QObject context;
        std::optional<ChargeResult> charged;
        terminal.charge(
            {begun->paymentKey, begun->order.totalCents, QStringLiteral("4242424242424242"), {}},
            &context, [&charged](const ChargeResult &r) { charged = r; });
        QTRY_VERIFY(charged.has_value());
        const auto sale = t.authority->completePayment(
            {begun->order.id, begun->paymentKey, PaymentMethod::Card, 0, charged->reference});
        QVERIFY(sale);
        // Recorded, and the program stopped before the provider was asked.
        const auto due = t.authority->refundTickets(requestFor(*sale, {sale->tickets.at(0).id}, 0));
        QVERIFY(due);
        QCOMPARE(due->status, Refund::Status::Due);
        for (int round = 0; round < 2; ++round) {
            CardPaymentSweep sweep(*t.database, *t.database, *t.authority, terminal, t.identity);
            QSignalSpy swept(&sweep, &CardPaymentSweep::finished);
            sweep.sweep(0);
            QVERIFY(swept.wait(10000));
        }
        QCOMPARE(terminal.refundCount(), 1);
        QCOMPARE(terminal.capturedCents(), sale->tickets.at(1).priceCents);
        QCOMPARE(scalar(*t.database,
                        QStringLiteral("SELECT COUNT(*) FROM refunds WHERE status = 'done'")),
                 1);
    }
};

QTEST_MAIN(TestRefunds)
#include "tst_refunds.moc"
