// SPDX-License-Identifier: GPL-3.0-or-later
// Helper for tst_crash: sells seats on the embedded store as fast as it can, one line on
// stdout after each completed sale, until it is killed. With "offline", it sells as a counter
// cut off from its server: the seats leased to it, into its outbox.
//   crashsale DATABASE SCREENING_ID SEED [offline]
#include "core/catalog/catalogrepository.h"
#include "core/catalog/seatselector.h"
#include "core/sales/sqlsalesauthority.h"
#include "core/store/database.h"
#include "core/store/terminalidentity.h"
#include "core/sync/offlinesalesauthority.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QUuid>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 4)
        return 2;
    Database db(QString::fromLocal8Bit(argv[1]));
    if (db.open())
        return 1;
    const auto identity = TerminalIdentity::loadOrCreate(db, QStringLiteral("crash"));
    if (!identity)
        return 1;
    const int screeningId = QString::fromLatin1(argv[2]).toInt();
    QRandomGenerator random(QString::fromLatin1(argv[3]).toUInt());
    SqlSalesAuthority embedded(db, *identity);
    OfflineSalesAuthority offline(db, *identity);
    const bool isOffline = argc > 4 && qstrcmp(argv[4], "offline") == 0;
    SalesAuthority &authority = isOffline ? static_cast<SalesAuthority &>(offline) : embedded;
    CatalogRepository catalog(db);
    catalog.setLeaseToken(identity->leaseToken());
    catalog.setOnlyLeasedSeatsFree(isOffline);
    const auto screening = catalog.screening(screeningId);
    if (!screening)
        return 1;
    const RoomLayout layout = catalog.roomLayout(screening->roomId);
    int sold = 0;
    for (;;) {
        const QString token = QUuid::createUuid().toString();
        const QList<int> seats = SeatSelector::bestAvailable(
            layout, catalog.seatStates(screeningId, token), 1 + random.bounded(3));
        if (seats.isEmpty())
            return 0; // sold out
        if (!authority.hold(screeningId, seats, token))
            continue;
        OrderRequest request{QUuid::createUuid().toString(), screeningId, token, {}, {}, {}};
        for (const int id : seats)
            request.lines.append({id, 1, 0});
        const auto order = authority.placeOrder(request);
        if (!order)
            continue;
        const auto receipt = authority.completePayment({order->id,
                                                        QUuid::createUuid().toString(),
                                                        PaymentMethod::Cash,
                                                        order->totalCents,
                                                        {}});
        if (receipt) {
            std::printf("sold %d order %d first-serial %u\n", ++sold, order->id,
                        receipt->tickets.value(0).serial);
            std::fflush(stdout);
        }
    }
}
