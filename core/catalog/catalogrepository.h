// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/catalog/roomlayout.h"
#include "core/catalog/screening.h"
#include "core/catalog/tickettype.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QPair>
#include <QVariant>

#include <functional>
#include <optional>

class Database;

// Reads of the catalogue and of seat states from the local store. Every read a screen makes
// comes from here, so it is the same online and offline.
class CatalogRepository
{
public:
    // A lease is sold offline only until this long before it ends on the server: a sale made
    // offline in the last seconds of a lease could reach the server after the seat went back
    // on general sale and was sold again. The margin gives the outbox that long to get there.
    static constexpr qint64 kOfflineLeaseMarginMs = 10 * 60 * 1000;
    explicit CatalogRepository(const Database &database);

    // Screenings whose film title matches every word of text as a prefix, case- and
    // accent-insensitively ("acao her" finds "Ação Heroica"), on dates from..to inclusive
    // (invalid dates leave that end open), earliest first.
    QList<Screening> search(const QString &text, const QDate &from, const QDate &to,
                            int limit = 200) const;
    // One film's screenings starting after `after`, to the end of day `to`, earliest first.
    QList<Screening> screeningsOfFilm(int filmId, const QDateTime &after, const QDate &to) const;
    // What is on: each film's next screening after `after`, up to the end of day `to`.
    QList<Screening> nextScreeningOfEachFilm(const QDateTime &after, const QDate &to) const;
    // The next screenings not sold out, soonest first.
    QList<Screening> startingAfter(const QDateTime &after, int limit) const;
    std::optional<Screening> screening(int screeningId) const;
    // The layout of a room; cached, since rooms change rarely and maps ask often.
    RoomLayout roomLayout(int roomId) const;
    QList<TicketType> ticketTypes() const;
    std::optional<TicketType> ticketType(int id) const;

    // Seats that are not free, as seen by the sale holding holdToken. Expired holds count as
    // free.
    QHash<int, SeatState> seatStates(int screeningId, const QString &holdToken) const;
    // Active meia-entrada tickets of a screening.
    int meiaSold(int screeningId) const;
    // Active tickets of a screening bought under this CPF (digits only).
    int ticketsForCpf(int screeningId, const QString &cpfDigits) const;

    // The FTS5 query for a typed search text: every word a quoted prefix, all required.
    static QString ftsQuery(const QString &text);

    void setClock(std::function<qint64()> nowMs) { m_nowMs = std::move(nowMs); }
    // Seats held under this token (the terminal's leases) count as free in seatStates().
    void setLeaseToken(const QString &token) { m_leaseToken = token; }
    // Offline: every seat but this terminal's live leases counts as taken in seatStates().
    void setOnlyLeasedSeatsFree(bool only) { m_onlyLeasedSeatsFree = only; }
    // Forgets cached layouts, so the next roomLayout() reads the store again.
    void clearLayoutCache() const { m_layouts.clear(); }

private:
    // Screenings with kScreeningColumns, filtered and ordered by `where` (with its binds).
    QList<Screening> select(const QString &where,
                            const QList<QPair<QString, QVariant>> &binds) const;

    const Database &m_database;
    std::function<qint64()> m_nowMs;
    QString m_leaseToken;
    bool m_onlyLeasedSeatsFree = false;
    mutable QHash<int, RoomLayout> m_layouts;
};
