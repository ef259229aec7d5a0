// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QObject>
#include <QString>

#include <functional>
#include <optional>

class Database;

// The cash drawer, wired (as drawers usually are) to the receipt printer's drawer port: the
// ESC/POS "generate pulse" command sent to the printer's device opens it. The device is the
// store setting cash_drawer (e.g. /dev/usb/lp0); without it there is no drawer to open.
class CashDrawer
{
    Q_DECLARE_TR_FUNCTIONS(CashDrawer)
public:
    explicit CashDrawer(QString devicePath) : m_device(std::move(devicePath)) {}
    static CashDrawer fromSettings(const Database &store);

    bool isConfigured() const { return !m_device.isEmpty(); }
    QString device() const { return m_device; }

    // Sends the pulse on a worker thread (a printer that is off or out of paper can block its
    // device); done gets nothing or the reason it failed, on the context's thread.
    void open(QObject *context, std::function<void(const std::optional<QString> &)> done) const;
    // ESC p 0 t1 t2: pulse pin 2 for 50 ms, then 500 ms off, the common drawer timing.
    static QByteArray pulseCommand();

private:
    std::optional<QString> sendPulse() const;

    QString m_device;
};
