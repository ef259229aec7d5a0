// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

class Database;

// What a manager has to look into after terminals worked apart from the server: tickets let in
// at two gates (or let in after they were cancelled), offline sales the server's rules
// refused, and card payments still not settled long after they began (the card provider has
// not said whether it charged, or money owed back has not gone through). Read from the server;
// slow enough to run off the UI thread.
class ProblemsReport
{
public:
    struct DoubleAdmission
    {
        qint64 id = 0; // of the conflict, to close it
        qint64 ticketId = 0;
        QString reason; // "admitted_twice" or "admitted_cancelled"
        QString film;
        QDateTime startsAt;
        QString seat;
        QString firstGate;
        QDateTime firstAt;
        QString secondGate;
        QDateTime secondAt;
    };
    struct FlaggedSale
    {
        qint64 id = 0; // of the flagged upload, to close it
        QString terminal;
        QDateTime flaggedAt;
        QString reason;
        int tickets = 0;
        qint64 totalCents = 0;
        QString cpf;
    };

    struct OpenCardPayment
    {
        QString terminal;
        QDateTime beganAt;
        qint64 amountCents = 0;
        bool refundOwed = false; // false: nobody knows yet whether the card was charged
    };

    QList<DoubleAdmission> doubleAdmissions;
    QList<FlaggedSale> flaggedSales;
    QList<OpenCardPayment> openCardPayments;
    // Longer than any hold and than several of the terminals' payment sweeps.
    static constexpr qint64 kCardPaymentOverdueMs = 40 * 60 * 1000;

    // The report, or an error message.
    static std::pair<std::optional<ProblemsReport>, QString> read(const Database &server);
};
