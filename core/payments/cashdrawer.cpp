// SPDX-License-Identifier: GPL-3.0-or-later
#include "cashdrawer.h"

#include "core/store/storesettings.h"

#include <QFile>
#include <QFutureWatcher>
#include <QtConcurrent>

CashDrawer CashDrawer::fromSettings(const Database &store)
{
    return CashDrawer(StoreSettings(store).value(QStringLiteral("cash_drawer")).trimmed());
}

QByteArray CashDrawer::pulseCommand()
{
    return QByteArray::fromRawData("\x1b\x70\x00\x19\xfa", 5);
}

std::optional<QString> CashDrawer::sendPulse() const
{
    // ExistingOnly: a mistyped device is an error to show, not a new file to write into.
    QFile device(m_device);
    if (!device.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::ExistingOnly |
                     QIODevice::Unbuffered))
        return tr("%1 cannot be opened: %2").arg(m_device, device.errorString());
    const QByteArray pulse = pulseCommand();
    if (device.write(pulse) != pulse.size())
        return tr("%1 did not take the command: %2").arg(m_device, device.errorString());
    return std::nullopt;
}

void CashDrawer::open(QObject *context,
                      std::function<void(const std::optional<QString> &)> done) const
{
    auto *watcher = new QFutureWatcher<std::optional<QString>>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context,
                     [watcher, done = std::move(done)] {
                         done(watcher->result());
                         watcher->deleteLater();
                     });
    const CashDrawer drawer = *this;
    watcher->setFuture(QtConcurrent::run([drawer] { return drawer.sendPulse(); }));
}
