// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/sales/order.h"

#include <QDateTime>
#include <QList>
#include <QString>

class QSqlQuery;
class RoomLayout;
class TerminalIdentity;

// How a ticket comes to be, in one place for every path that makes one: the server's or the
// embedded store's sale (SqlSalesAuthority), a sale on leased seats offline
// (OfflineSalesAuthority), and its upload (OutboxReplayer). Signing and the row written are
// the same on all of them, so a code from any path reads the same at the gate.
class TicketIssue
{
public:
    // The tickets of a paid order, signed with the terminal's key, serials from firstSerial.
    static QList<IssuedTicket> sign(const Order &order, const TerminalIdentity &terminal,
                                    quint32 firstSerial, const QDateTime &issuedAt,
                                    const RoomLayout &layout);

    // The tickets table's columns a sale writes, in the order bind() fills them (status is
    // always 'valid'). For set-based statements that write many tickets at once.
    static QString columns();
    // The INSERT of one ticket, returning its id.
    static QString insertStatement();
    // Fills insertStatement()'s placeholders (by position, so a prepared query is reused).
    // userId: who issued it (0: nobody logged in, the kiosk).
    static void bind(QSqlQuery &query, int orderId, int screeningId, const QString &cpf,
                     int terminalId, qint64 createdAtMs, const IssuedTicket &ticket, int userId);
};
