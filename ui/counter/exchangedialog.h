// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/aftersale/salelookup.h"
#include "core/payments/simulatedcardterminal.h"
#include "core/people/user.h"
#include "core/sales/exchange.h"

#include <QDialog>

class Database;
class ManagerApproval;
class PaymentProvider;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class RefundDesk;
class SaleSession;
class SalesAuthority;
class SeatMapWidget;

// Ctrl+T in the refund dialog: the ticked tickets changed for other seats, of another
// screening (the same film's first) or the same one. The cashier picks as many seats on the
// map as tickets are changed (each keeps its ticket type); they are held at once. The dialog
// says what changes hands — cash to take for dearer seats, money going back the way the sale
// was paid for cheaper ones — and Ctrl+Enter makes the exchange in one step of the store. What
// needs a manager is said, and a manager allows it with their PIN in place.
class ExchangeDialog final : public QDialog
{
    Q_OBJECT
public:
    ExchangeDialog(const Database &local, SalesAuthority &authority, PaymentProvider *payments,
                   const User &cashier, const SoldOrder &order, const QList<int> &ticketIds,
                   const QString &reason, QWidget *parent = nullptr);
    ~ExchangeDialog() override;

    // Ctrl+Enter: makes the exchange (authorizedBy: the manager who allowed it, 0 nobody).
    void exchange(int authorizedBy = 0);
    // Opens one screening of the list on the map.
    void chooseScreening(int screeningId);

    QComboBox *screeningBox() const { return m_screenings; }
    SeatMapWidget *seatMap() const { return m_map; }
    QLineEdit *cashField() const { return m_cash; }
    QPushButton *exchangeButton() const { return m_exchange; }
    QLabel *totalsLabel() const { return m_totals; }
    QLabel *resultLabel() const { return m_result; }
    ManagerApproval *approval() const { return m_approval; }
    SaleSession *sale() const { return m_sale; }

Q_SIGNALS:
    // The old tickets are given back and the new ones issued; the money part has been done
    // (moneyBack: a card refund of the surplus was confirmed, or there was none to make;
    // authorizedBy: the manager who allowed it, or empty).
    void exchanged(const Exchange &exchange, bool moneyBack, const QString &authorizedBy);

protected:
    void changeEvent(QEvent *event) override;

private:
    void loadScreenings();
    void onSelectionChanged();
    void updateTotals();
    void say(const QString &text, bool isError);
    void retranslate();

    const Database &m_local;
    User m_cashier;
    SoldOrder m_order;
    QList<int> m_ticketIds;
    QList<int> m_types;
    QString m_reason;
    // Made once for these tickets: a retry after a lost answer is the same exchange.
    QString m_key;
    // No card is taken here; the session needs a provider all the same.
    SimulatedCardTerminal m_noCard;
    SaleSession *m_sale;
    RefundDesk *m_desk;
    std::optional<Exchange> m_made;
    QString m_approvedBy; // the manager whose PIN allowed the exchange being made

    QLabel *m_from;
    QLabel *m_screeningLabel;
    QComboBox *m_screenings;
    SeatMapWidget *m_map;
    QLabel *m_totals;
    QLabel *m_cashLabel;
    QLineEdit *m_cash;
    ManagerApproval *m_approval;
    QPushButton *m_exchange;
    QPushButton *m_close;
    QLabel *m_result;
};
