// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/aftersale/salelookup.h"
#include "core/documents/refundslip.h"
#include "core/documents/ticketdocument.h"
#include "core/sales/exchange.h"
#include "core/sales/refund.h"
#include "core/sales/reissue.h"

#include <QCoreApplication>

class Database;

// The paper and mail of a sale that already happened: a reprint of its tickets and receipt
// (the same codes, marked as a copy), the e-mail sent again, and the slip of a refund. Each
// reprint and resend is recorded on the store where the sale is, with who and when.
class SaleCopies
{
    Q_DECLARE_TR_FUNCTIONS(SaleCopies)
public:
    enum class Kind { Reprint, Resend, Reissue };

    // The pages of a sale for a copy: the tickets still valid with the codes they were issued
    // with, the receipt with what was given back since, and copyNote on every page. The
    // screening and ticket types come from this terminal's copy of the catalogue where it has
    // them, else from the sale as found.
    static TicketDocument::Content content(const SoldOrder &order, const Database &local,
                                           const QString &terminalName, const QString &copyNote);
    // The page of a reissued ticket: the new code for the old ticket's seat, marked as such.
    static TicketDocument::Content reissuedContent(const SoldOrder &order, const Reissue &reissue,
                                                   const Database &local,
                                                   const QString &terminalName);
    // "Reprint · 04/12/2026 19:42" in the interface's language.
    static QString copyNote(Kind kind, const QDateTime &at);

    // Records a copy on the sale's store. Blocking: a worker thread's job on a server.
    static SaleResult<bool> record(const Database &store, int orderId, Kind kind,
                                   const QString &recipient, int terminalId, int userId);

    // The slip of a refund of this sale (the sale as it was before the refund: its tickets
    // name the seats).
    static RefundSlip::Content slipOf(const Refund &refund, const SoldOrder &order,
                                      const QString &by, const QString &authorizedBy,
                                      const QString &terminalName);
    // The slip of an exchange of this sale's tickets for the seats of newScreening.
    static RefundSlip::Content slipOf(const Exchange &exchange, const SoldOrder &order,
                                      const Screening &newScreening, const QString &by,
                                      const QString &authorizedBy, const QString &terminalName);
};
