// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/catalog/catalogrepository.h"
#include "core/people/user.h"
#include "core/store/terminalidentity.h"
#include "core/sync/cardpaymentsweep.h"
#include "ui/counter/ticketsdialog.h"

#include <QMainWindow>
#include <QPointer>

class Database;
class AfterSale;
class MailSender;
class OrderPanel;
class PaymentProvider;
class QLabel;
class QSpinBox;
class QTimer;
class SaleError;
class SaleSession;
class SalesAuthority;
class SearchPanel;
class ServerLink;
class SeatMapWidget;

struct SaleReceipt;

// The counter: search on the left, the seat map in the middle, the sale on the right. Every
// step has a key (F3 search, F4 map, F5 best seats, F8 CPF, F9 cash, F10 card, F12 cancel) so
// a queue moves without the mouse.
class BoxOfficeWindow final : public QMainWindow
{
    Q_OBJECT
public:
    BoxOfficeWindow(const Database &database, SalesAuthority &authority, PaymentProvider &payments,
                    const TerminalIdentity &terminal, QWidget *parent = nullptr);
    ~BoxOfficeWindow() override;

    SaleSession &sale() const { return *m_sale; }
    SearchPanel *searchPanel() const { return m_search; }
    SeatMapWidget *seatMap() const { return m_map; }
    OrderPanel *orderPanel() const { return m_order; }
    QLabel *messageBar() const { return m_message; }
    QSpinBox *bestCount() const { return m_bestCount; }
    // The dialog of the last completed sale, while open.
    TicketsDialog *ticketsDialog() const { return m_ticketsDialog; }

    void openScreening(int screeningId);
    void showMessage(const QString &text, bool isError);
    // Tests and --screenshot: skip modal dialogs and pay straight away.
    void setInteractive(bool interactive) { m_interactive = interactive; }
    void payCash(qint64 tenderedCents);
    void payCard(const QString &cardNumber);
    // With a shared server: show its state and follow its changes live.
    void setServerLink(ServerLink *link);
    // While a sale step waits for the server: after a moment the status bar says so and the
    // pointer turns busy (input already waits for the answer).
    void setWaitingForServer(bool waiting);
    // F7: this terminal's recent sales, offline ones marked until the server has them.
    void showSalesHistory();
    // F11: a customer gives tickets back (RefundDialog), at the given sale or a search.
    void showRefunds(int orderId = 0);
    // With a server: the console changes the server's settings, users and terminals, and shows
    // what a manager must look into.
    void setReportsServer(const Database *server);
    // Ctrl+Shift+M: the manager's console (ConsoleWindow) for managers and administrators, on
    // what to look into when there is a server; the cashier is told why not otherwise.
    void showProblems();
    void showConsole(int tab);
    // Sends the tickets of sales with an e-mail address (queued either way; without a
    // sender they wait in the queue). The status bar says when they went or could not.
    void setMailSender(MailSender *sender);
    // What the sweep of card payments left unfinished by a crash did, when it did anything.
    void showCardPaymentSweep(const CardPaymentSweep::Report &report);
    // Who sells in this window: the status bar says so, and the sales are theirs.
    void setCashier(const User &cashier);
    std::optional<User> cashier() const { return m_cashier; }
    // Seats chosen, an order or a payment under way: locking the counter keeps this window.
    bool hasSaleInProgress() const;
    // Shown again after the counter was locked: seats as they are now, focus where it was.
    void resumeAfterLock();

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void buildActions();
    void retranslate();
    void onSeatStatesChanged();
    void onError(const SaleError &error);
    void clearError();
    void onSaleCompleted(const SaleReceipt &receipt);
    void requestCash();
    void requestCard();
    void cancelSale();
    void updateHeader();

    const Database &m_database;
    SalesAuthority &m_authority;
    PaymentProvider &m_payments;
    TerminalIdentity m_terminal;
    CatalogRepository m_catalog;
    SaleSession *m_sale;
    SearchPanel *m_search;
    SeatMapWidget *m_map;
    OrderPanel *m_order;
    QLabel *m_header;
    QLabel *m_message;
    QSpinBox *m_bestCount;
    QLabel *m_bestLabel;
    class QPushButton *m_bestButton;
    QLabel *m_statusStore;
    QLabel *m_statusClock;
    QTimer *m_refresh;
    QPointer<TicketsDialog> m_ticketsDialog;
    QPointer<ServerLink> m_link;
    QTimer *m_waitingTimer;
    bool m_waitingShown = false;
    int m_outboxDepth = 0;
    class QPushButton *m_historyButton = nullptr;
    class QPushButton *m_refundButton = nullptr;
    class QPushButton *m_problemsButton = nullptr;
    const Database *m_reportsServer = nullptr;
    void updateStoreStatus();
    bool m_interactive = true;
    AfterSale *m_afterSale;
    int m_sweepUnknownShown = 0;
    std::optional<User> m_cashier;
    QLabel *m_statusCashier;
};
