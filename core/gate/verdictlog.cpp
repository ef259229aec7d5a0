// SPDX-License-Identifier: GPL-3.0-or-later
#include "verdictlog.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <cmath>
#include <cstdio>

namespace {
// Three decimals are plenty for milliseconds and keep the lines short.
double rounded(double ms)
{
    return std::round(ms * 1000.0) / 1000.0;
}
} // namespace

std::optional<QString> VerdictLog::open(const QString &path)
{
    const bool ok =
        path == QLatin1String("-")
            ? m_file.open(stdout, QIODevice::WriteOnly | QIODevice::Unbuffered)
            : (m_file.setFileName(path),
               m_file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Unbuffered));
    if (!ok)
        return m_file.errorString();
    return std::nullopt;
}

QByteArray VerdictLog::line(const GateVerdict &verdict, const QString &source,
                            std::optional<double> decodeMs, double totalMs, const QString &gate)
{
    QJsonObject o;
    const QDateTime time =
        verdict.scannedAt.isValid() ? verdict.scannedAt : QDateTime::currentDateTimeUtc();
    o.insert(QStringLiteral("time"), time.toUTC().toString(Qt::ISODateWithMs));
    o.insert(QStringLiteral("ticket"),
             verdict.ticketId ? QJsonValue(double(verdict.ticketId)) : QJsonValue());
    o.insert(QStringLiteral("verdict"), GateVerdict::kindCode(verdict.kind));
    o.insert(QStringLiteral("reason"), GateVerdict::reasonCode(verdict.reason));
    o.insert(QStringLiteral("decode_ms"), decodeMs ? QJsonValue(rounded(*decodeMs)) : QJsonValue());
    o.insert(QStringLiteral("total_ms"), rounded(totalMs));
    o.insert(QStringLiteral("source"), source);
    o.insert(QStringLiteral("gate"), gate);
    o.insert(QStringLiteral("offline"), verdict.judgedOffline);
    o.insert(QStringLiteral("screening"),
             verdict.screeningId ? QJsonValue(verdict.screeningId) : QJsonValue());
    if (verdict.reason == GateVerdict::Reason::AlreadyUsed) {
        o.insert(QStringLiteral("used_at"), verdict.usedAt.toUTC().toString(Qt::ISODateWithMs));
        o.insert(QStringLiteral("used_gate"), verdict.usedGate);
    }
    return QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n';
}

void VerdictLog::write(const GateVerdict &verdict, const QString &source,
                       std::optional<double> decodeMs, double totalMs, const QString &gate)
{
    if (!m_file.isOpen())
        return;
    m_file.write(line(verdict, source, decodeMs, totalMs, gate));
    m_file.flush();
    if (m_file.handle() == fileno(stdout))
        std::fflush(stdout);
}
