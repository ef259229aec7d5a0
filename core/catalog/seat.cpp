// SPDX-License-Identifier: GPL-3.0-or-later
#include "seat.h"

#include <QCoreApplication>

QString Seat::kindCode(SeatKind kind)
{
    switch (kind) {
    case SeatKind::Standard:
        return QStringLiteral("standard");
    case SeatKind::Wheelchair:
        return QStringLiteral("wheelchair");
    case SeatKind::Companion:
        return QStringLiteral("companion");
    case SeatKind::Premium:
        return QStringLiteral("premium");
    case SeatKind::Blocked:
        return QStringLiteral("blocked");
    }
    return QStringLiteral("standard");
}

SeatKind Seat::kindFromCode(const QString &code)
{
    if (code == QLatin1String("wheelchair"))
        return SeatKind::Wheelchair;
    if (code == QLatin1String("companion"))
        return SeatKind::Companion;
    if (code == QLatin1String("premium"))
        return SeatKind::Premium;
    if (code == QLatin1String("blocked"))
        return SeatKind::Blocked;
    return SeatKind::Standard;
}

QString Seat::kindName(SeatKind kind)
{
    switch (kind) {
    case SeatKind::Standard:
        return QCoreApplication::translate("Seat", "standard seat");
    case SeatKind::Wheelchair:
        return QCoreApplication::translate("Seat", "wheelchair space");
    case SeatKind::Companion:
        return QCoreApplication::translate("Seat", "companion seat");
    case SeatKind::Premium:
        return QCoreApplication::translate("Seat", "premium seat");
    case SeatKind::Blocked:
        return QCoreApplication::translate("Seat", "blocked");
    }
    return {};
}
