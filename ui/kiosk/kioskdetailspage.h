// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/kiosk/kioskpage.h"

// The optional CPF (for the receipt) and e-mail (for the tickets), typed on the screen's own
// keyboard: digits for the CPF, letters for the e-mail.
class KioskDetailsPage final : public KioskPage
{
    Q_OBJECT
public:
    KioskDetailsPage(const KioskPageContext &context, QWidget *parent);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
};
