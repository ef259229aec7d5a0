// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/aftersale/salecopies.h"
#include "core/people/user.h"
#include "core/sales/exchange.h"
#include "core/sales/refund.h"

#include <QDialog>
#include <QFutureWatcher>

class AfterSale;
class Database;
class ManagerApproval;
class PaymentProvider;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTableView;
class RefundDesk;
class SalesAuthority;

// F11 at the counter: a customer comes back. The cashier scans or types a ticket's code, an
// order number, a CPF or an e-mail (every terminal's sales, on a server), ticks the tickets
// given back, says why, and gives the money back the way it came; the slip is a key away.
// What needs a manager is said, and a manager allows it with their PIN right here, the
// cashier still logged in. The same sale can be reprinted (the same codes), a lost ticket
// reissued (a new code, the old one refused at every gate), and its e-mail sent again.
// Searching and recording copies run off the screen's thread; the store decides what may be
// refunded or reissued.
class RefundDialog final : public QDialog
{
    Q_OBJECT
public:
    // authorityStore is where sales are recorded (the server, or the embedded store); local is
    // this terminal's (its drawer, its copy of the users).
    RefundDialog(const Database &authorityStore, const Database &local, SalesAuthority &authority,
                 PaymentProvider *payments, const User &cashier, QWidget *parent = nullptr);
    ~RefundDialog() override;

    // This terminal, named on the pages and in the records of copies.
    void setTerminal(int terminalId, const QString &name);
    // Where resent mail is queued; without one the sale cannot be sent again from here.
    void setAfterSale(AfterSale *afterSale);

    // Looks the text up, as Enter in the search field does.
    void find(const QString &text);
    // Opens one sale (from the sales list).
    void showOrder(int orderId);
    bool isSearching() const { return m_search.isRunning(); }
    bool isCopying() const { return m_copy.isRunning(); }

    // Ctrl+P: the sale's valid tickets and its receipt again, recorded as a reprint.
    void reprint();
    // Ctrl+R: asks why, then reissues the ticket under the cursor.
    void askReissue();
    void reissue(int ticketId, const QString &reason);
    // Ctrl+E: asks for the address (the sale's, or another), then sends the tickets again.
    void askResend();
    void resend(const QString &address);
    // Ctrl+T (not Ctrl+X, which cuts the reason typed): the ticked tickets changed for other seats
    // (see ExchangeDialog); the new tickets are shown and sent as a sale's are.
    void askExchange();
    // Ctrl+S: the slip of the last refund made here.
    void showSlip();
    std::optional<RefundSlip::Content> lastSlip() const { return m_lastSlip; }

    QLineEdit *findField() const { return m_find; }
    QTableView *ordersView() const { return m_ordersView; }
    QTableView *ticketsView() const { return m_ticketsView; }
    QStandardItemModel *ticketsModel() const { return m_tickets; }
    QComboBox *reasonBox() const { return m_reason; }
    QPushButton *refundButton() const { return m_refund; }
    QPushButton *reprintButton() const { return m_reprint; }
    QPushButton *reissueButton() const { return m_reissue; }
    QPushButton *resendButton() const { return m_resend; }
    QPushButton *slipButton() const { return m_slip; }
    QPushButton *exchangeButton() const { return m_exchangeButton; }
    QLabel *orderLabel() const { return m_orderLabel; }
    QLabel *resultLabel() const { return m_result; }
    // What was given back and copied before, as shown under the tickets.
    QString historyText() const;
    ManagerApproval *approval() const { return m_approval; }
    std::optional<SoldOrder> shownOrder() const { return m_order; }

Q_SIGNALS:
    // Tickets were given back (the seats are for sale again).
    void refunded(const Refund &refund);
    // Tickets were changed for other seats; the new ones are on screen.
    void exchanged(const Exchange &exchange);
    // A copy of the sale's pages is on screen (a reprint, or a reissued ticket).
    void copyShown(const TicketDocument::Content &content);

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Found
    {
        QList<SoldOrder> orders;
        SaleError error;
    };
    struct Copied
    {
        TicketDocument::Content content;
        SaleError error;
        QString recipient; // a resend's
    };
    void startSearch(const std::function<Found()> &work);
    void reload(int orderId);
    void startCopy(SaleCopies::Kind kind, const QString &recipient);
    void showCopy(const TicketDocument::Content &content);
    int currentTicket() const;
    void showFound(const Found &found);
    void showSale(const SoldOrder &order);
    QList<int> chosenTickets() const;
    qint64 chosenCents() const;
    void updateButton();
    void giveBack(int authorizedBy);
    void say(const QString &text, bool isError);
    void retranslate();

    const Database &m_authorityStore;
    const Database &m_local;
    SalesAuthority &m_authority;
    PaymentProvider *m_payments;
    User m_cashier;
    RefundDesk *m_desk;
    QFutureWatcher<Found> m_search;
    QFutureWatcher<Copied> m_copy;
    AfterSale *m_afterSale = nullptr;
    int m_terminalId = 0;
    QString m_terminalName;
    std::optional<RefundSlip::Content> m_lastSlip;
    QString m_approvedBy; // the manager who allowed the refund being made
    // One key per reissue the cashier confirms, kept while it is retried.
    QString m_reissueKey;
    int m_reissueTicket = 0;
    QList<SoldOrder> m_found;
    bool m_lookingUp = false; // the result line says a search is under way
    std::optional<SoldOrder> m_order;
    // One key per refund the cashier confirms, kept while it is retried or approved.
    QString m_pendingKey;
    QList<int> m_pendingTickets;

    QLabel *m_findLabel;
    QLineEdit *m_find;
    QPushButton *m_findButton;
    QStandardItemModel *m_orders;
    QTableView *m_ordersView;
    QLabel *m_orderLabel;
    QStandardItemModel *m_tickets;
    QSortFilterProxyModel *m_ticketsSorted;
    QTableView *m_ticketsView;
    QLabel *m_history;
    QLabel *m_reasonLabel;
    QComboBox *m_reason;
    ManagerApproval *m_approval;
    QPushButton *m_refund;
    QPushButton *m_reprint;
    QPushButton *m_reissue;
    QPushButton *m_resend;
    QPushButton *m_slip;
    QPushButton *m_exchangeButton;
    QPushButton *m_close;
    QLabel *m_result;
};
