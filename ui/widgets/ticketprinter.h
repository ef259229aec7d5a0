// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/documents/ticketdocument.h"

#include <QCoreApplication>

// Prints tickets on a system printer (CUPS) by name, A5, one page a ticket: the print job a
// terminal's AfterSale runs on its worker thread.
class TicketPrinter
{
    Q_DECLARE_TR_FUNCTIONS(TicketPrinter)
public:
    // Why it did not print, or empty.
    static QString print(const TicketDocument &document, const QString &printerName);
};
