// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLabel>

class SaleError;

// The line under every page that tells the person what went wrong (in red) or what is going on
// (in green); hidden when there is nothing to say.
class KioskMessageLine final : public QLabel
{
    Q_OBJECT
public:
    explicit KioskMessageLine(QWidget *parent);

    void say(const QString &text, bool error = true);
    // The session's messages speak to a cashier; a stranger needs fewer words. `meiaLeft` is
    // what the screening can still sell as meia-entrada, for a MeiaCap error.
    void sayError(const SaleError &error, int meiaLeft);
};
