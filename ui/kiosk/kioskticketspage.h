// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/catalog/screening.h"
#include "core/sales/order.h"
#include "ui/kiosk/kioskpage.h"

#include <QPointer>

#include <optional>

class QLabel;

// The QR codes of the sale just paid, and how printing and e-mailing them went.
class KioskTicketsPage final : public KioskPage
{
    Q_OBJECT
public:
    KioskTicketsPage(const KioskPageContext &context, const std::optional<SaleReceipt> &receipt,
                     const std::optional<Screening> &screening, const QString &printStatus,
                     const QString &mailStatus, QWidget *parent);

    // Where the print and mail status are shown while they change, when there is one.
    QLabel *printLabel() const { return m_printLabel; }
    QLabel *mailLabel() const { return m_mailLabel; }

private:
    QPointer<QLabel> m_printLabel;
    QPointer<QLabel> m_mailLabel;
};
