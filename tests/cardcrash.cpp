// SPDX-License-Identifier: GPL-3.0-or-later
// Helper for tst_cardpayments: a counter that starts a card sale of two seats through a Stripe
// reader and says "paying" once the reader shows it, then waits for the answer, which it reads
// every few seconds; the test kills it meanwhile, as a crash or a power cut would. With
// "offline", it sells as a counter cut off from its server: two of the seats leased to it.
//   cardcrash DATABASE SCREENING_ID STRIPE_URL SECRET_KEY READER [offline]
#include "core/payments/stripepaymentprovider.h"
#include "core/sales/salesession.h"
#include "core/sales/sqlsalesauthority.h"
#include "core/store/database.h"
#include "core/store/terminalidentity.h"
#include "core/sync/offlinesalesauthority.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 6)
        return 2;
    Database db(QString::fromLocal8Bit(argv[1]));
    if (db.open())
        return 1;
    const auto identity = TerminalIdentity::loadOrCreate(db, QStringLiteral("card crash"));
    if (!identity)
        return 1;
    SqlSalesAuthority embedded(db, *identity);
    OfflineSalesAuthority offline(db, *identity);
    const bool isOffline = argc > 6 && qstrcmp(argv[6], "offline") == 0;
    SalesAuthority &authority = isOffline ? static_cast<SalesAuthority &>(offline) : embedded;
    StripePaymentProvider::Config config;
    config.baseUrl = QUrl(QString::fromLocal8Bit(argv[3]));
    config.secretKey = QString::fromLocal8Bit(argv[4]);
    config.readerId = QString::fromLocal8Bit(argv[5]);
    config.pollMs = 4000; // a wide window between the card and its record, for the kill
    StripePaymentProvider stripe(config);
    SaleSession sale(db, authority, stripe);
    const int screeningId = QString::fromLatin1(argv[2]).toInt();
    if (!sale.openScreening(screeningId))
        return 1;
    if (isOffline) {
        QList<int> leased;
        QSqlQuery q(db.connection());
        q.prepare(QStringLiteral("SELECT seat_id FROM holds WHERE screening_id = ? AND "
                                 "hold_token = ? ORDER BY seat_id LIMIT 2"));
        q.addBindValue(screeningId);
        q.addBindValue(identity->leaseToken());
        q.exec();
        while (q.next())
            leased << q.value(0).toInt();
        if (!sale.setSelection(leased))
            return 1;
    } else if (!sale.selectBestAvailable(2)) {
        return 1;
    }
    QObject::connect(&sale, &SaleSession::payingChanged, [](bool paying) {
        if (paying) {
            std::printf("paying\n");
            std::fflush(stdout);
        }
    });
    QObject::connect(&sale, &SaleSession::saleCompleted, [] {
        std::printf("sold\n");
        std::fflush(stdout);
    });
    sale.payCard(QString());
    return app.exec();
}
