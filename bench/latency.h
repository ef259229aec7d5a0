// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QSet>
#include <QString>

#include <algorithm>
#include <cstdio>

// Times `run` `samples` times one call at a time and prints the median and the 99th
// percentile, which QBENCHMARK's averages do not show.
template<typename F> QPair<double, double> reportLatency(const QString &name, int samples, F run)
{
    // QBENCHMARK calls its test function several times while it calibrates: report once.
    static QSet<QString> reported;
    if (reported.contains(name))
        return {0, 0};
    reported.insert(name);
    QList<double> ms;
    ms.reserve(samples);
    QElapsedTimer timer;
    for (int i = 0; i < samples; ++i) {
        timer.start();
        run();
        ms << timer.nsecsElapsed() / 1e6;
    }
    std::sort(ms.begin(), ms.end());
    const double median = ms.at(ms.size() / 2);
    const double p99 = ms.at(std::min<qsizetype>(ms.size() - 1, qsizetype(ms.size() * 0.99)));
    std::printf("LATENCY %-46s median %9.4f ms   p99 %9.4f ms   (%d samples)\n", qPrintable(name),
                median, p99, samples);
    std::fflush(stdout);
    return {median, p99};
}
