// SPDX-License-Identifier: GPL-3.0-or-later
// A sale that already happened, again: a lost ticket reissued (the old code refused at every
// gate, online and from a gate's copy, a new one for the same seat, once however often it is
// asked), a reprint of the same codes, the e-mail sent again to a new address, and the slip of
// a refund — on both backends where the store decides, and through the counter's dialog by
// keyboard.
#include "core/aftersale/aftersale.h"
#include "core/aftersale/salecopies.h"
#include "core/aftersale/salelookup.h"
#include "core/catalog/money.h"
#include "core/gate/gatekeeper.h"
#include "core/mail/mailqueue.h"
#include "core/people/userdirectory.h"
#include "core/sync/localreplica.h"
#include "core/sync/offlinesalesauthority.h"
#include "salehelpers.h"
#include "twobackends.h"
#include "ui/counter/refunddialog.h"
#include "ui/counter/refundslipdialog.h"

#include <QComboBox>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTableView>
#include <QtConcurrent>

using namespace TestHelpers;

namespace {
ReissueRequest reissueOf(const SaleReceipt &sale, int ticketId, int userId)
{
    return {QUuid::createUuid().toString(), sale.order.id, ticketId,
            QStringLiteral("The customer lost the ticket"), userId};
}

// The words of a PDF, as a reader's copy-and-paste would give them.
QString pdfText(const QString &path)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
    if (!p.waitForFinished(20000))
        return {};
    return QString::fromUtf8(p.readAllStandardOutput());
}

// The modal question a button opened, once it is up.
template<typename T> T *openedChild(QWidget *parent, const QString &name)
{
    T *found = nullptr;
    const bool up = QTest::qWaitFor(
        [&] {
            found = parent->findChild<T *>(name);
            return found && found->isVisible();
        },
        5000);
    return up ? found : nullptr;
}
} // namespace

class TestReissue : public QObject
{
    Q_OBJECT

    static void backends() { addBackendRows(); }

private Q_SLOTS:
    void aLostTicketIsReissued_data() { backends(); }
    // One of two tickets is lost: it is reissued. The new code is for the same seat, type and
    // price; the old one is refused at the gate as replaced, by whom; the seat is not for sale;
    // the counters do not move; a retry answers the same ticket and a second reissue of the
    // old one is refused. The new ticket can be given back; the old one cannot.
    void aLostTicketIsReissued()
    {
        OPEN_BACKEND(b);
        const Screening s = freshScreening(b.store());
        QVERIFY(s.id);
        const auto sale = sellFullPrice(b.store(), b.terminal(0), s.id, 2);
        QVERIFY2(sale, qPrintable(sale.error().message()));
        const IssuedTicket lost = sale->tickets.at(0);
        const int caixa = b.userId(QStringLiteral("caixa"));
        const int soldBefore = scalar(
            b.store(), QStringLiteral("SELECT sold_count FROM screenings WHERE id = %1").arg(s.id));

        const ReissueRequest request = reissueOf(*sale, lost.id, caixa);
        const auto made = b.terminal(1).reissueTicket(request);
        QVERIFY2(made, qPrintable(made.error().message()));
        QCOMPARE(made->oldTicketId, lost.id);
        QCOMPARE(made->ticket.seatId, lost.seatId);
        QCOMPARE(made->ticket.seatLabel(), lost.seatLabel());
        QCOMPARE(made->ticket.ticketTypeId, lost.ticketTypeId);
        QCOMPARE(made->ticket.priceCents, lost.priceCents);
        QVERIFY(made->ticket.code != lost.code);
        QVERIFY(made->ticket.id != lost.id);
        QCOMPARE(
            scalar(b.store(),
                   QStringLiteral("SELECT sold_count FROM screenings WHERE id = %1").arg(s.id)),
            soldBefore);
        QCOMPARE(scalar(b.store(), QStringLiteral("SELECT COUNT(*) FROM tickets WHERE "
                                                  "screening_id = %1 AND status <> 'cancelled'")
                                       .arg(s.id)),
                 2);

        // A retry after a lost answer is the same ticket; a second reissue of the lost one is not.
        const auto retried = b.terminal(1).reissueTicket(request);
        QVERIFY2(retried, qPrintable(retried.error().message()));
        QCOMPARE(retried->ticket.id, made->ticket.id);
        QCOMPARE(retried->ticket.code, made->ticket.code);
        const auto again = b.terminal(0).reissueTicket(reissueOf(*sale, lost.id, caixa));
        QVERIFY(!again);
        QCOMPARE(again.error().code(), SaleError::NotReissuable);
        QCOMPARE(scalar(b.store(), QStringLiteral("SELECT COUNT(*) FROM ticket_reissues")), 1);

        // The seat is not for sale: it still has its (new) ticket.
        const auto taken = sell(b.terminal(0), s.id, {lost.seatId}, lost.ticketTypeId);
        QVERIFY(!taken);

        Gatekeeper gate(b.store(), b.terminalId(1), QStringLiteral("Porta 1"),
                        GatePerson(QStringLiteral("Paulo Porta")));
        const GateVerdict old = gate.judge(lost.code, {});
        QCOMPARE(old.reason, GateVerdict::Reason::Cancelled);
        QVERIFY(old.replaced);
        QVERIFY2(old.explanation().contains(QStringLiteral("Caixa Demo")),
                 qPrintable(old.explanation()));
        QCOMPARE(old.headline(), QStringLiteral("Replaced ticket"));
        const GateVerdict fresh = gate.judge(made->ticket.code, {});
        QVERIFY2(fresh.reason != GateVerdict::Reason::Cancelled &&
                     fresh.reason != GateVerdict::Reason::NotSold &&
                     fresh.reason != GateVerdict::Reason::Forged,
                 qPrintable(fresh.explanation()));

        // What the counter finds says so.
        const auto found = SaleLookup::load(b.store(), sale->order.id);
        QVERIFY(found);
        QCOMPARE(found->tickets.size(), 3);
        QVERIFY(found->ticket(lost.id)->replaced);
        QCOMPARE(found->ticket(made->ticket.id)->code, made->ticket.code);
        QCOMPARE(found->receipt().tickets.size(), 2);

        // Given back: the new ticket, at its price; never the replaced one.
        RefundRequest refundOld{QUuid::createUuid().toString(), sale->order.id, {lost.id},
                                QStringLiteral("Cannot come"),  caixa,          0};
        QCOMPARE(b.terminal(0).refundTickets(refundOld).error().code(), SaleError::NotRefundable);
        RefundRequest refundNew = refundOld;
        refundNew.idempotencyKey = QUuid::createUuid().toString();
        refundNew.ticketIds = {made->ticket.id};
        const auto refund = b.terminal(0).refundTickets(refundNew);
        QVERIFY2(refund, qPrintable(refund.error().message()));
        QCOMPARE(refund->amountCents, lost.priceCents);

        if (!b.server)
            return;
        // A gate with the server away judges the old code from its own copy.
        ServerFixture::Terminal &door = *b.terminals[1];
        QVERIFY(!LocalReplica::pullCatalogue(*door.server, *door.local));
        Gatekeeper offline(*door.local, door.identity->terminalId(), QStringLiteral("Porta 1"),
                           GatePerson(QStringLiteral("Paulo Porta")));
        const GateVerdict copied = offline.judge(lost.code, {});
        QCOMPARE(copied.reason, GateVerdict::Reason::Cancelled);
        QVERIFY(copied.replaced);
    }

    void aUsedTicketIsNotReissued_data() { backends(); }
    // A ticket that let someone in would let a second person in with a new code. Tried too: a
    // ticket of another sale, no reason, a ticket given back.
    void aUsedTicketIsNotReissued()
    {
        OPEN_BACKEND(b);
        const Screening s = freshScreening(b.store());
        const auto sale = sellFullPrice(b.store(), b.terminal(0), s.id, 3);
        const IssuedTicket first = sale->tickets.at(0);
        const auto other = sell(b.terminal(0), s.id, {standardSeats(b.store(), s.id, 4).at(3)},
                                first.ticketTypeId);
        QVERIFY(sale && other);
        const int caixa = b.userId(QStringLiteral("caixa"));
        b.exec(QStringLiteral("UPDATE tickets SET status = 'used', used_at = %1, "
                              "used_gate = 'Porta 2' WHERE id = %2")
                   .arg(QDateTime::currentMSecsSinceEpoch())
                   .arg(sale->tickets.at(0).id));
        const auto used =
            b.terminal(0).reissueTicket(reissueOf(*sale, sale->tickets.at(0).id, caixa));
        QCOMPARE(used.error().code(), SaleError::NotReissuable);
        QVERIFY2(used.error().message().contains(QStringLiteral("Porta 2")),
                 qPrintable(used.error().message()));

        const auto foreign =
            b.terminal(0).reissueTicket(reissueOf(*sale, other->tickets.at(0).id, caixa));
        QCOMPARE(foreign.error().code(), SaleError::NotReissuable);

        ReissueRequest noReason = reissueOf(*sale, sale->tickets.at(1).id, caixa);
        noReason.reason = QStringLiteral(" ");
        QCOMPARE(b.terminal(0).reissueTicket(noReason).error().code(), SaleError::NotReissuable);

        QVERIFY(b.terminal(0).refundTickets({QUuid::createUuid().toString(),
                                             sale->order.id,
                                             {sale->tickets.at(2).id},
                                             QStringLiteral("Cannot come"),
                                             caixa,
                                             0}));
        const auto refunded =
            b.terminal(0).reissueTicket(reissueOf(*sale, sale->tickets.at(2).id, caixa));
        QCOMPARE(refunded.error().code(), SaleError::NotReissuable);
        QCOMPARE(scalar(b.store(), QStringLiteral("SELECT COUNT(*) FROM ticket_reissues")), 0);
        QCOMPARE(scalar(b.store(), QStringLiteral("SELECT COUNT(*) FROM tickets WHERE "
                                                  "order_id = %1")
                                       .arg(sale->order.id)),
                 3);
    }

    void concurrentReissuesOfOneTicketMakeOne_data() { backends(); }
    // Eight terminals reissue the same lost ticket at once, each on its own connection: one
    // new ticket, the others told it was replaced already.
    void concurrentReissuesOfOneTicketMakeOne()
    {
        OPEN_BACKEND(b, 8);
        const Screening s = freshScreening(b.store());
        const auto sale = sellFullPrice(b.store(), b.terminal(0), s.id, 1);
        QVERIFY(sale);
        const int caixa = b.userId(QStringLiteral("caixa"));
        const RaceOutcome race =
            raceTerminals(b, 8, SaleError::NotReissuable, [&](SalesAuthority &terminal, int) {
                return terminal.reissueTicket(reissueOf(*sale, sale->tickets.at(0).id, caixa));
            });
        QCOMPARE(race.made, 1);
        QCOMPARE(race.refused, 7);
        QCOMPARE(race.other, 0);
        QCOMPARE(scalar(b.store(), QStringLiteral("SELECT COUNT(*) FROM tickets WHERE "
                                                  "order_id = %1 AND status = 'valid'")
                                       .arg(sale->order.id)),
                 1);
    }

    void copiesAreRecordedAndCarryTheSameCodes_data() { backends(); }
    // A reprint and a resend are recorded with who and where; the reprint's pages are the
    // valid tickets with the codes they were sold with, marked as a copy, and its receipt
    // says what was given back since.
    void copiesAreRecordedAndCarryTheSameCodes()
    {
        OPEN_BACKEND(b);
        const Screening s = freshScreening(b.store());
        const auto sale = sellFullPrice(b.store(), b.terminal(0), s.id, 3);
        QVERIFY(sale);
        const int caixa = b.userId(QStringLiteral("caixa"));
        QVERIFY(b.terminal(0).refundTickets({QUuid::createUuid().toString(),
                                             sale->order.id,
                                             {sale->tickets.at(2).id},
                                             QStringLiteral("Cannot come"),
                                             caixa,
                                             0}));
        QVERIFY(SaleCopies::record(b.store(), sale->order.id, SaleCopies::Kind::Reprint, {},
                                   b.terminalId(1), caixa));
        QVERIFY(SaleCopies::record(b.store(), sale->order.id, SaleCopies::Kind::Resend,
                                   QStringLiteral("new@example.com"), b.terminalId(1), caixa));
        const auto found = SaleLookup::load(b.store(), sale->order.id);
        QVERIFY(found);
        QCOMPARE(found->copies.size(), 2);
        QVERIFY(!found->copies.at(0).resend);
        QCOMPARE(found->copies.at(0).by, QStringLiteral("Caixa Demo"));
        QVERIFY(found->copies.at(1).resend);
        QCOMPARE(found->copies.at(1).recipient, QStringLiteral("new@example.com"));

        const QString note =
            SaleCopies::copyNote(SaleCopies::Kind::Reprint, QDateTime::currentDateTime());
        const TicketDocument::Content pages =
            SaleCopies::content(*found, b.localOf(1), QStringLiteral("Caixa 2"), note);
        QCOMPARE(pages.receipt.tickets.size(), 2);
        QCOMPARE(pages.receipt.tickets.at(0).code, sale->tickets.at(0).code);
        QCOMPARE(pages.receipt.tickets.at(1).code, sale->tickets.at(1).code);
        QCOMPARE(pages.refundedCents, sale->tickets.at(2).priceCents);
        QCOMPARE(pages.screening.filmTitle, s.filmTitle);
        QCOMPARE(pages.copyNote, note);
        QVERIFY(!pages.ticketTypeNames.value(sale->tickets.at(0).ticketTypeId).isEmpty());

        // The PDF says it is a copy and what went back; its codes are the ones the gate knows.
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("copy.pdf"));
        QCOMPARE(TicketDocument(pages).writePdf(pdf), QString());
        const QString text = pdfText(pdf);
        QVERIFY2(text.contains(QStringLiteral("Reprint")), qPrintable(text));
        QVERIFY2(text.contains(Money::format(sale->tickets.at(2).priceCents)), qPrintable(text));
    }

    // Offline, a reissue is refused with the reason: a gate cut off too would still admit the
    // lost code beside the new one.
    void offlineAReissueNeedsTheServer()
    {
        TestDatabase t;
        OfflineSalesAuthority offline(*t.database, t.identity);
        const auto r =
            offline.reissueTicket({QStringLiteral("k"), 1, 1, QStringLiteral("lost"), 0});
        QCOMPARE(r.error().code(), SaleError::NeedsServer);
        QVERIFY(r.error().message().contains(QStringLiteral("server")));
    }

    // The counter's dialog by keyboard: find the sale, Ctrl+P reprints (recorded, the same
    // codes on screen), Ctrl+R on the current ticket asks why and reissues it, Ctrl+E sends
    // the tickets to a new address through the mail queue.
    void theCounterReprintsReissuesAndResends()
    {
        TestDatabase t;
        const Screening s = freshScreening(*t.database);
        const auto sale = sellFullPrice(*t.database, *t.authority, s.id, 2);
        QVERIFY(sale);
        const auto cashier = UserDirectory(*t.database).user(QStringLiteral("caixa"));
        QVERIFY(cashier);
        AfterSale afterSale(*t.database);
        RefundDialog dialog(*t.database, *t.database, *t.authority, nullptr, *cashier);
        dialog.setTerminal(t.identity.terminalId(), QStringLiteral("Caixa de teste"));
        dialog.setAfterSale(&afterSale);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QSignalSpy shown(&dialog, &RefundDialog::copyShown);
        QTest::keyClicks(dialog.findField(), QString::number(sale->order.id));
        QTest::keyClick(dialog.findField(), Qt::Key_Return);
        QTRY_COMPARE(dialog.ticketsModel()->rowCount(), 2);
        QTRY_VERIFY(dialog.reprintButton()->isEnabled());

        QTest::keyClick(dialog.ticketsView(), Qt::Key_P, Qt::ControlModifier);
        QTRY_COMPARE(shown.size(), 1);
        const auto reprinted = shown.at(0).at(0).value<TicketDocument::Content>();
        QCOMPARE(reprinted.receipt.tickets.size(), 2);
        QCOMPARE(reprinted.receipt.tickets.at(0).code, sale->tickets.at(0).code);
        QVERIFY(!reprinted.copyNote.isEmpty());
        QCOMPARE(scalar(*t.database, QStringLiteral("SELECT COUNT(*) FROM order_copies WHERE "
                                                    "kind = 'reprint' AND user_id = %1")
                                         .arg(cashier->id)),
                 1);
        // The copy's window is up over the dialog; closed, the cashier is back on the list.
        for (QDialog *copy : dialog.findChildren<QDialog *>())
            if (copy->isVisible())
                copy->close();
        dialog.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));

        // The first seat is current: Ctrl+R, a reason, Enter.
        dialog.ticketsView()->setFocus();
        dialog.ticketsView()->setCurrentIndex(dialog.ticketsView()->model()->index(0, 0));
        // The row on screen names the seat (the view sorts as the cashier asks).
        const QString seat = dialog.ticketsView()->model()->index(0, 0).data().toString();
        int current = 0;
        const SoldOrder before = *dialog.shownOrder();
        for (const SoldOrder::Ticket &ticket : before.tickets)
            if (ticket.seat == seat)
                current = ticket.id;
        QVERIFY(current);
        QTRY_VERIFY(dialog.reissueButton()->isEnabled());
        QTest::keyClick(dialog.ticketsView(), Qt::Key_R, Qt::ControlModifier);
        auto *why = openedChild<QInputDialog>(&dialog, QStringLiteral("reissueReason"));
        QVERIFY(why);
        why->setTextValue(QStringLiteral("The customer lost the ticket"));
        why->accept();
        QTRY_COMPARE(shown.size(), 2);
        const auto reissued = shown.at(1).at(0).value<TicketDocument::Content>();
        QCOMPARE(reissued.receipt.tickets.size(), 1);
        QVERIFY(reissued.receipt.tickets.at(0).code != sale->tickets.at(0).code &&
                reissued.receipt.tickets.at(0).code != sale->tickets.at(1).code);
        QCOMPARE(scalar(*t.database, QStringLiteral("SELECT replaced_by IS NOT NULL FROM tickets "
                                                    "WHERE id = %1")
                                         .arg(current)),
                 1);
        QTRY_COMPARE(dialog.shownOrder()->tickets.size(), 3);
        for (QDialog *copy : dialog.findChildren<QDialog *>())
            if (copy->isVisible())
                copy->close();
        dialog.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));

        // Sent again to a new address: tried first with one that is not an address.
        QTRY_VERIFY(dialog.resendButton()->isEnabled());
        QSignalSpy queued(&afterSale, &AfterSale::mailQueued);
        QTest::keyClick(dialog.ticketsView(), Qt::Key_E, Qt::ControlModifier);
        auto *to = openedChild<QInputDialog>(&dialog, QStringLiteral("resendAddress"));
        QVERIFY(to);
        to->setTextValue(QStringLiteral("not an address"));
        to->accept();
        QVERIFY2(dialog.resultLabel()->text().contains(QStringLiteral("not an address")),
                 qPrintable(dialog.resultLabel()->text()));
        QTest::keyClick(dialog.ticketsView(), Qt::Key_E, Qt::ControlModifier);
        QTRY_VERIFY((to = dialog.findChild<QInputDialog *>(QStringLiteral("resendAddress"))) &&
                    to->isVisible());
        to->setTextValue(QStringLiteral("nova@example.com"));
        to->accept();
        QTRY_COMPARE(queued.size(), 1);
        QCOMPARE(queued.at(0).at(1).toString(), QStringLiteral("nova@example.com"));
        const auto mail = MailQueue(*t.database).entry(queued.at(0).at(0).toLongLong());
        QVERIFY(mail);
        QCOMPARE(mail->recipient, QStringLiteral("nova@example.com"));
        const auto content = TicketDocument::contentFromJson(mail->content);
        QVERIFY(content);
        QCOMPARE(content->receipt.tickets.size(), 2); // the new ticket, not the replaced one
        QCOMPARE(scalar(*t.database, QStringLiteral("SELECT COUNT(*) FROM order_copies WHERE "
                                                    "kind = 'resend' AND recipient = "
                                                    "'nova@example.com'")),
                 1);
        // A second resend is a second mail, not swallowed as the same sale's.
        dialog.resend(QStringLiteral("nova@example.com"));
        QTRY_COMPARE(queued.size(), 2);
        QTRY_VERIFY(dialog.historyText().contains(QStringLiteral("nova@example.com")));
        if (const QString dir = qEnvironmentVariable("MARQUEE_SCREENSHOTS"); !dir.isEmpty())
            dialog.grab().save(dir + QStringLiteral("/aftersale.png"));
    }

    // After a refund Ctrl+S opens the customer's slip; its PDF says what went back, how, why
    // and by whom.
    void theSlipSaysWhatWentBack()
    {
        QStandardPaths::setTestModeEnabled(true);
        TestDatabase t;
        const Screening s = freshScreening(*t.database);
        const auto sale = sellFullPrice(*t.database, *t.authority, s.id, 2);
        QVERIFY(sale);
        const auto cashier = UserDirectory(*t.database).user(QStringLiteral("caixa"));
        RefundDialog dialog(*t.database, *t.database, *t.authority, nullptr, *cashier);
        dialog.setTerminal(t.identity.terminalId(), QStringLiteral("Caixa de teste"));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QSignalSpy refunded(&dialog, &RefundDialog::refunded);
        dialog.find(QString::number(sale->order.id));
        QTRY_COMPARE(dialog.ticketsModel()->rowCount(), 2);
        QVERIFY(!dialog.slipButton()->isEnabled()); // nothing given back yet
        dialog.ticketsModel()->item(1, 0)->setCheckState(Qt::Checked);
        dialog.reasonBox()->setEditText(QStringLiteral("Wrong day"));
        dialog.refundButton()->click();
        QTRY_COMPARE(refunded.size(), 1);
        QTRY_VERIFY(dialog.slipButton()->isEnabled());
        QTest::keyClick(dialog.ticketsView(), Qt::Key_S, Qt::ControlModifier);
        auto *slip = openedChild<RefundSlipDialog>(&dialog, QStringLiteral("refundSlip"));
        QVERIFY(slip);
        QTRY_VERIFY_WITH_TIMEOUT(slip->isPdfReady(), 20000);
        const QString text = pdfText(slip->pdfPath());
        const IssuedTicket given = sale->tickets.at(1);
        for (const QString &expected : {given.seatLabel(), Money::format(given.priceCents),
                                        QStringLiteral("Wrong day"), QStringLiteral("Caixa Demo"),
                                        QStringLiteral("cash"), QString::number(sale->order.id)})
            QVERIFY2(text.contains(expected),
                     qPrintable(expected + QStringLiteral(" not in:\n") + text));
        QVERIFY2(!text.contains(sale->tickets.at(0).seatLabel() + QStringLiteral(" —")),
                 qPrintable(text));
        if (const QString dir = qEnvironmentVariable("MARQUEE_SCREENSHOTS"); !dir.isEmpty())
            slip->grab().save(dir + QStringLiteral("/refund-slip.png"));
    }
};

QTEST_MAIN(TestReissue)
#include "tst_reissue.moc"
