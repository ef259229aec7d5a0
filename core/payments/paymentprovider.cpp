// SPDX-License-Identifier: GPL-3.0-or-later
#include "paymentprovider.h"

#include <QCoreApplication>

QString ChargeResult::reasonText() const
{
    if (declineCode == QLatin1String("insufficient_funds"))
        return QCoreApplication::translate("ChargeResult", "insufficient funds");
    if (declineCode == QLatin1String("expired_card"))
        return QCoreApplication::translate("ChargeResult", "expired card");
    if (declineCode == QLatin1String("incorrect_cvc"))
        return QCoreApplication::translate("ChargeResult", "wrong security code");
    if (declineCode == QLatin1String("incorrect_number"))
        return QCoreApplication::translate("ChargeResult", "invalid card number");
    if (declineCode == QLatin1String("processing_error"))
        return QCoreApplication::translate("ChargeResult", "the card terminal had an error");
    if (declineCode == QLatin1String("lost_card") || declineCode == QLatin1String("stolen_card"))
        return QCoreApplication::translate("ChargeResult", "card reported lost; keep the card "
                                                           "and call a manager");
    if (declineCode == QLatin1String("refunded"))
        return QCoreApplication::translate("ChargeResult",
                                           "the payment was already given back to the card");
    if (declineCode == QLatin1String("not_charged"))
        return QCoreApplication::translate("ChargeResult", "no card was charged");
    if (declineCode == QLatin1String("customer_canceled"))
        return QCoreApplication::translate("ChargeResult", "cancelled on the card reader");
    if (declineCode == QLatin1String("terminal_reader_busy"))
        return QCoreApplication::translate("ChargeResult",
                                           "the card reader is busy with another payment");
    if (declineCode == QLatin1String("terminal_reader_offline"))
        return QCoreApplication::translate("ChargeResult", "the card reader is offline");
    return QCoreApplication::translate("ChargeResult", "declined by the bank");
}
