// SPDX-License-Identifier: GPL-3.0-or-later
#include "base45.h"

#include <cstring>

namespace {
constexpr char kAlphabet[] = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:";

int valueOf(QChar c)
{
    const char *p = c.unicode() < 128 ? strchr(kAlphabet, char(c.unicode())) : nullptr;
    return (p && *p) ? int(p - kAlphabet) : -1;
}
} // namespace

QString Base45::encode(const QByteArray &bytes)
{
    QString out;
    out.reserve((bytes.size() / 2) * 3 + 2);
    int i = 0;
    for (; i + 1 < bytes.size(); i += 2) {
        int n = quint8(bytes[i]) * 256 + quint8(bytes[i + 1]);
        out += QLatin1Char(kAlphabet[n % 45]);
        n /= 45;
        out += QLatin1Char(kAlphabet[n % 45]);
        out += QLatin1Char(kAlphabet[n / 45]);
    }
    if (i < bytes.size()) {
        const int n = quint8(bytes[i]);
        out += QLatin1Char(kAlphabet[n % 45]);
        out += QLatin1Char(kAlphabet[n / 45]);
    }
    return out;
}

std::optional<QByteArray> Base45::decode(const QString &text)
{
    if (text.size() % 3 == 1)
        return std::nullopt;
    QByteArray out;
    out.reserve(text.size() / 3 * 2 + 1);
    int i = 0;
    for (; i + 2 < text.size(); i += 3) {
        const int c = valueOf(text[i]), d = valueOf(text[i + 1]), e = valueOf(text[i + 2]);
        if (c < 0 || d < 0 || e < 0)
            return std::nullopt;
        const int n = c + d * 45 + e * 45 * 45;
        if (n > 0xFFFF)
            return std::nullopt;
        out += char(n >> 8);
        out += char(n & 0xFF);
    }
    if (i < text.size()) {
        const int c = valueOf(text[i]), d = valueOf(text[i + 1]);
        if (c < 0 || d < 0)
            return std::nullopt;
        const int n = c + d * 45;
        if (n > 0xFF)
            return std::nullopt;
        out += char(n);
    }
    return out;
}
