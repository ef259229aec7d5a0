// SPDX-License-Identifier: GPL-3.0-or-later
#include "kioskmessageline.h"

#include "core/sales/saleerror.h"
#include "ui/kiosk/kiosktheme.h"

KioskMessageLine::KioskMessageLine(QWidget *parent) : QLabel(parent)
{
    setObjectName(QStringLiteral("message"));
    setWordWrap(true);
    hide();
}

void KioskMessageLine::say(const QString &text, bool error)
{
    setText(text);
    setStyleSheet(KioskTheme::messageStyle(error));
    setVisible(!text.isEmpty());
}

void KioskMessageLine::sayError(const SaleError &error, int meiaLeft)
{
    switch (error.code()) {
    case SaleError::Declined:
        say(tr("Your card was not accepted (%1). Your seats are still held: try again, use "
               "another card, or cancel.")
                .arg(error.detail()));
        break;
    case SaleError::SeatTaken:
        say(tr("Someone has just taken one of these seats. Please choose again."));
        break;
    case SaleError::InvalidCpf:
        say(tr("This CPF is not valid. Check the numbers, or leave it empty."));
        break;
    case SaleError::MeiaCap:
        say(tr("Only %n more meia-entrada ticket(s) can be sold for this screening. Choose "
               "Inteira for the others.",
               nullptr, meiaLeft));
        break;
    case SaleError::InvalidEmail:
        say(tr("This e-mail address does not look right. Check it, or leave it empty."));
        break;
    default:
        say(error.message());
        break;
    }
}
