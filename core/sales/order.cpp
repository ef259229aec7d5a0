// SPDX-License-Identifier: GPL-3.0-or-later
#include "order.h"

QString Order::statusCode(Status status)
{
    switch (status) {
    case Status::Pending:
        return QStringLiteral("pending");
    case Status::Paid:
        return QStringLiteral("paid");
    case Status::Cancelled:
        return QStringLiteral("cancelled");
    }
    return QStringLiteral("pending");
}

Order::Status Order::statusFromCode(const QString &code)
{
    if (code == QLatin1String("paid"))
        return Status::Paid;
    if (code == QLatin1String("cancelled"))
        return Status::Cancelled;
    return Status::Pending;
}
