// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// A Brazilian individual taxpayer number (CPF): 11 digits, the last two being check digits.
// Accepts "529.982.247-25" and "52998224725" alike.
class Cpf
{
public:
    // Keeps only the digits of the input.
    static QString digitsOf(const QString &input);
    // True when the input has 11 digits, not all equal, whose check digits match.
    static bool isValid(const QString &input);
    // "529.982.247-25" for valid input; the digits as typed otherwise.
    static QString formatted(const QString &input);
};
