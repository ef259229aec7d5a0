// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

class Database;

// Copies what a terminal reads from the shared server into its local SQLite store, so that
// screens read locally (fast, and the same when the server is gone). Each call is one local
// transaction: readers see the old copy or the new one, never half of each.
class LocalReplica
{
public:
    // The catalogue (films, rooms and seats, ticket types, settings, terminals' public keys)
    // and the screenings of the coming `days` days (0: the store's replica_days setting,
    // default 7) with their holds and tickets. The first time
    // (or for another server) the copy is made whole; after that only what the server changed
    // since the last copy comes, plus the screenings that entered the window. rowsCopied, when
    // given, gets how many rows came from the server.
    static std::optional<QString> pullCatalogue(const Database &server, const Database &local,
                                                int days = 0, int *rowsCopied = nullptr);
    // Throws the copy away and makes it again whole.
    static std::optional<QString> rebuild(const Database &server, const Database &local,
                                          int days = 0);
    // Who has each seat of one screening: its holds and tickets.
    static std::optional<QString> pullSeats(const Database &server, const Database &local,
                                            int screeningId);
    // When the copy last came from the server (invalid before the first copy).
    static QDateTime copiedAt(const Database &local);
};
