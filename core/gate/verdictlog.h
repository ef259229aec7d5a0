// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/gate/gateverdict.h"

#include <QFile>
#include <QString>
#include <optional>

// The gate's machine-readable log: one JSON object per line and per verdict, flushed at once,
// for audits and tests. Keys: time (ISO 8601 with milliseconds, UTC), ticket (id or null),
// verdict, reason, decode_ms (null when the code was typed), total_ms, source, gate, screening.
class VerdictLog
{
public:
    VerdictLog() = default;
    Q_DISABLE_COPY_MOVE(VerdictLog)

    // A file (appended to), or "-" for standard output. Returns an error message.
    std::optional<QString> open(const QString &path);
    bool isOpen() const { return m_file.isOpen(); }

    // source: "camera", "scanner" or "manual".
    void write(const GateVerdict &verdict, const QString &source, std::optional<double> decodeMs,
               double totalMs, const QString &gate);

    static QByteArray line(const GateVerdict &verdict, const QString &source,
                           std::optional<double> decodeMs, double totalMs, const QString &gate);

private:
    QFile m_file;
};
