// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/aftersale/salelookup.h"
#include "core/people/user.h"
#include "core/sales/refund.h"

#include <QDialog>
#include <QFutureWatcher>

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
// given back, says why, and gives the money back the way it came. What needs a manager is
// said, and a manager allows it with their PIN right here, the cashier still logged in.
// Searching runs off the screen's thread; the store decides what may be refunded.
class RefundDialog final : public QDialog
{
    Q_OBJECT
public:
    // authorityStore is where sales are recorded (the server, or the embedded store); local is
    // this terminal's (its drawer, its copy of the users).
    RefundDialog(const Database &authorityStore, const Database &local, SalesAuthority &authority,
                 PaymentProvider *payments, const User &cashier, QWidget *parent = nullptr);
    ~RefundDialog() override;

    // Looks the text up, as Enter in the search field does.
    void find(const QString &text);
    // Opens one sale (from the sales list).
    void showOrder(int orderId);
    bool isSearching() const { return m_search.isRunning(); }

    QLineEdit *findField() const { return m_find; }
    QTableView *ordersView() const { return m_ordersView; }
    QTableView *ticketsView() const { return m_ticketsView; }
    QStandardItemModel *ticketsModel() const { return m_tickets; }
    QComboBox *reasonBox() const { return m_reason; }
    QPushButton *refundButton() const { return m_refund; }
    QLabel *orderLabel() const { return m_orderLabel; }
    QLabel *resultLabel() const { return m_result; }
    ManagerApproval *approval() const { return m_approval; }
    std::optional<SoldOrder> shownOrder() const { return m_order; }

Q_SIGNALS:
    // Tickets were given back (the seats are for sale again).
    void refunded(const Refund &refund);

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Found
    {
        QList<SoldOrder> orders;
        SaleError error;
    };
    void startSearch(const std::function<Found()> &work);
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
    User m_cashier;
    RefundDesk *m_desk;
    QFutureWatcher<Found> m_search;
    QList<SoldOrder> m_found;
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
    QPushButton *m_close;
    QLabel *m_result;
};
