// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/kiosk/kioskpage.h"

#include <QPointer>

class QPushButton;

// What is being bought, and the button that starts the card reader. While the card is read or
// the payment confirmed, the button says what is happening and nothing can be left.
class KioskPaymentPage final : public KioskPage
{
    Q_OBJECT
public:
    KioskPaymentPage(const KioskPageContext &context, QWidget *parent);

    // Says on the pay button where the payment is, and allows it only when nothing is pending.
    void updatePayButton();

Q_SIGNALS:
    void payWanted();

private:
    QPointer<QPushButton> m_payButton;
};
