// SPDX-License-Identifier: GPL-3.0-or-later
#include "ticketprinter.h"

#include <QPageSize>
#include <QPrinter>

QString TicketPrinter::print(const TicketDocument &document, const QString &printerName)
{
    QPrinter device(QPrinter::HighResolution);
    device.setPrinterName(printerName);
    if (!device.isValid())
        return tr("no printer called %1").arg(printerName);
    device.setPageSize(QPageSize(QPageSize::A5));
    device.setDocName(QStringLiteral("Marquee %1").arg(document.content().receipt.order.id));
    return document.paint(&device) ? QString() : tr("the printer refused the job");
}
