// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/sales/reissue.h"
#include "core/sales/saleresult.h"

#include <QSqlDatabase>

#include <functional>
#include <optional>

class Database;
class QSqlError;

// The reissue step's statements on a SQL store (either database), inside the write
// transaction the authority opened on the order: the lost ticket is cancelled and names its
// replacement, and a new ticket is written for the same seat, type, price and CPF, so the
// counters do not move and every gate refuses the old code. Nothing here commits.
class SqlReissues
{
public:
    // Signs the new ticket: the authority's terminal key and serials.
    using Signer =
        std::function<std::optional<IssuedTicket>(const IssuedTicket &unsigned_, int screeningId)>;

    SqlReissues(const Database &store, QSqlDatabase &db) : m_store(store), m_db(db) {}

    // The same key answers the reissue it made.
    SaleResult<Reissue> reissue(const ReissueRequest &request, qint64 nowMs, int terminalId,
                                const Signer &sign);

private:
    std::optional<Reissue> load(const QString &key, QSqlError *error) const;

    const Database &m_store;
    QSqlDatabase &m_db;
};
