// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/sales/refund.h"
#include "core/sales/saleresult.h"

#include <QSqlDatabase>

#include <optional>

class Database;
class QSqlError;

// The refund step's statements on a SQL store (either database), inside the write
// transaction the authority opened on the order. The store decides what may be refunded —
// what was sold less what was refunded already, paid, of this order — and which refunds need
// a manager; the screen only asks. Nothing here commits.
class SqlRefunds
{
public:
    struct Rules
    {
        int afterStartMinutes = 0; // refused this long after the screening began
        qint64 limitCents = 20000; // a cashier alone refunds up to this much at once
    };

    SqlRefunds(const Database &store, QSqlDatabase &db) : m_store(store), m_db(db) {}

    // Cancels the tickets and records the refund; the same key answers the refund it made.
    // order is the locked order row's id, screening and payment day are read here.
    SaleResult<Refund> refund(const RefundRequest &request, qint64 nowMs, int terminalId,
                              const Rules &rules);
    // A Due card refund the provider confirmed. True also when it was settled already.
    SaleResult<bool> settle(const QString &refundKey, const QString &providerReference,
                            qint64 nowMs);
    // The refund recorded under this key; nothing when there is none or the read failed
    // (then *error says why).
    std::optional<Refund> load(const QString &refundKey, QSqlError *error) const;

private:
    // Who may allow what a cashier may not: an active manager or administrator.
    bool isManager(int userId, QSqlError *error) const;

    const Database &m_store;
    QSqlDatabase &m_db;
};
