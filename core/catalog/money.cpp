// SPDX-License-Identifier: GPL-3.0-or-later
#include "money.h"

#include <cmath>

QString Money::format(qint64 cents, const QLocale &locale)
{
    // Always reais: the venue's currency does not follow the UI language.
    const QString number = locale.toString(double(cents) / 100.0, 'f', 2);
    return QStringLiteral("R$ ") + number;
}

qint64 Money::parse(const QString &text, const QLocale &locale)
{
    QString t = text.trimmed();
    t.remove(QStringLiteral("R$"));
    t = t.trimmed();
    if (t.isEmpty())
        return -1;
    bool ok = false;
    double value = locale.toDouble(t, &ok);
    if (!ok) {
        // Cashiers type either separator whatever the UI language.
        QString swapped = t;
        swapped.replace(QLatin1Char(','), QLatin1Char('.'));
        value = QLocale::c().toDouble(swapped, &ok);
    }
    if (!ok || value < 0 || value > 1e9)
        return -1;
    return qint64(std::llround(value * 100.0));
}

qint64 Money::ticketPrice(qint64 basePriceCents, qint64 surchargeCents, int percent)
{
    const qint64 full = basePriceCents + surchargeCents;
    return (full * percent + 50) / 100;
}
