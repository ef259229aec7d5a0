// SPDX-License-Identifier: GPL-3.0-or-later
#include "tickettype.h"

#include <QLocale>

QString TicketType::displayName() const
{
    return QLocale().language() == QLocale::Portuguese ? namePt : nameEn;
}
