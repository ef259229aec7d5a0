// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What the fault benchmarks (marquee-loadgen, marquee-faultcounter) make of a sale step's error.

#include "core/sales/saleerror.h"

#include <QRegularExpression>
#include <QString>

namespace BenchErrors {

// No final answer: the server is gone, the step failed on a broken connection, or the answer
// to its commit was lost. Sent again with the same keys.
inline bool isRetryable(const SaleError &error)
{
    return error.isUnanswered();
}

// An error as a histogram key: its code and message, with what differs between clients
// (statement names, ports, long ids) folded so the same failure counts once. SQLSTATEs stay.
inline QString errorKey(const SaleError &error)
{
    static const QRegularExpression numbered(QStringLiteral("_[0-9]+"));
    static const QRegularExpression port(QStringLiteral("port [0-9]+"));
    static const QRegularExpression longNumber(QStringLiteral("\\b[0-9]{6,}\\b"));
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    const SaleError::Code code = error.code();
    if (code == SaleError::SeatTaken || code == SaleError::SeatUnavailable ||
        code == SaleError::HoldExpired)
        return SaleError::codeName(code); // the message names seats
    QString text = error.message();
    text.replace(numbered, QStringLiteral("_N"))
        .replace(port, QStringLiteral("port N"))
        .replace(longNumber, QStringLiteral("N"))
        .replace(spaces, QStringLiteral(" "));
    return SaleError::codeName(code) + QStringLiteral(": ") + text.left(240);
}

} // namespace BenchErrors
