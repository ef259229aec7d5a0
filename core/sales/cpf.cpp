// SPDX-License-Identifier: GPL-3.0-or-later
#include "cpf.h"

QString Cpf::digitsOf(const QString &input)
{
    QString digits;
    digits.reserve(11);
    for (const QChar c : input) {
        if (c.isDigit() && c.unicode() < 128)
            digits.append(c);
    }
    return digits;
}

static int checkDigit(const QString &digits, int count)
{
    int sum = 0;
    for (int i = 0; i < count; ++i)
        sum += digits.at(i).digitValue() * (count + 1 - i);
    const int rest = (sum * 10) % 11;
    return rest == 10 ? 0 : rest;
}

bool Cpf::isValid(const QString &input)
{
    // Separators other than '.', '-' and spaces mean the input is something else.
    for (const QChar c : input) {
        if (!(c.isDigit() || c == QLatin1Char('.') || c == QLatin1Char('-') || c.isSpace()))
            return false;
    }
    const QString digits = digitsOf(input);
    if (digits.size() != 11)
        return false;
    // 000.000.000-00 … 999.999.999-99 pass the arithmetic but are not issued.
    if (digits.count(digits.at(0)) == 11)
        return false;
    return checkDigit(digits, 9) == digits.at(9).digitValue() &&
           checkDigit(digits, 10) == digits.at(10).digitValue();
}

QString Cpf::formatted(const QString &input)
{
    const QString d = digitsOf(input);
    if (d.size() != 11)
        return d;
    return d.left(3) + QLatin1Char('.') + d.mid(3, 3) + QLatin1Char('.') + d.mid(6, 3) +
           QLatin1Char('-') + d.right(2);
}
