// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/kiosk/kioskpage.h"

// Where the hidden corner gesture leads: the administrator PIN, to leave kiosk mode.
class KioskAdminPage final : public KioskPage
{
    Q_OBJECT
public:
    KioskAdminPage(const KioskPageContext &context, QWidget *parent);

Q_SIGNALS:
    void unlockWanted(const QString &pin);
};
