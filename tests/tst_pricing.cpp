// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/catalog/catalogrepository.h"
#include "core/catalog/money.h"
#include "testdatabase.h"

#include <QSqlQuery>
#include <QTest>

class TestPricing : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void ticketPrice_data()
    {
        QTest::addColumn<qint64>("base");
        QTest::addColumn<qint64>("surcharge");
        QTest::addColumn<int>("percent");
        QTest::addColumn<qint64>("expected");
        QTest::newRow("inteira") << qint64(3200) << qint64(0) << 100 << qint64(3200);
        QTest::newRow("meia of an even price") << qint64(3200) << qint64(0) << 50 << qint64(1600);
        QTest::newRow("meia of an odd price rounds half up")
            << qint64(2999) << qint64(0) << 50 << qint64(1500);
        QTest::newRow("premium inteira") << qint64(4200) << qint64(1200) << 100 << qint64(5400);
        QTest::newRow("premium meia halves the surcharge too")
            << qint64(4200) << qint64(1200) << 50 << qint64(2700);
        QTest::newRow("promo 70%") << qint64(3000) << qint64(0) << 70 << qint64(2100);
        QTest::newRow("free") << qint64(3000) << qint64(0) << 0 << qint64(0);
    }
    void ticketPrice()
    {
        QFETCH(qint64, base);
        QFETCH(qint64, surcharge);
        QFETCH(int, percent);
        QFETCH(qint64, expected);
        QCOMPARE(Money::ticketPrice(base, surcharge, percent), expected);
    }

    void parseAndFormat()
    {
        const QLocale br(QLocale::Portuguese, QLocale::Brazil);
        QCOMPARE(Money::parse(QStringLiteral("50"), br), 5000);
        QCOMPARE(Money::parse(QStringLiteral("12,50"), br), 1250);
        QCOMPARE(Money::parse(QStringLiteral("R$ 12,50"), br), 1250);
        // A cashier typing the other separator still gets what they meant.
        QCOMPARE(Money::parse(QStringLiteral("12.50"), br), 1250);
        QCOMPARE(Money::parse(QStringLiteral("abc"), br), -1);
        QCOMPARE(Money::parse(QStringLiteral("-5"), br), -1);
        QCOMPARE(Money::format(123456, br), QString::fromUtf8("R$ 1.234,56"));
        QCOMPARE(Money::format(1250, QLocale::c()), QStringLiteral("R$ 12.50"));
    }

    void meiaCapIsFortyPercentOfSellableSeats()
    {
        Screening s;
        s.seatCount = 87;
        s.meiaCapPercent = 40;
        QCOMPARE(s.meiaCap(), 34); // 34.8 rounds down: the law says "at most"
        s.meiaCapPercent = 0;
        QCOMPARE(s.meiaCap(), 0);
    }

    void orderPricesComeFromTheStoreNotTheClient()
    {
        TestDatabase t;
        CatalogRepository catalog(*t.database);
        // A Sala 3 VIP screening: it has premium seats.
        const auto results = catalog.search(QString(), QDate::currentDate().addDays(5),
                                            QDate::currentDate().addDays(5));
        const auto vip = std::find_if(results.cbegin(), results.cend(), [](const Screening &s) {
            return s.roomName == QLatin1String("Sala 3 VIP");
        });
        QVERIFY(vip != results.cend());
        const RoomLayout layout = catalog.roomLayout(vip->roomId);
        int premium = 0, standard = 0;
        for (const Seat &seat : layout.seats()) {
            if (seat.kind == SeatKind::Premium && !premium)
                premium = seat.id;
            if (seat.kind == SeatKind::Standard && !standard)
                standard = seat.id;
        }
        QVERIFY(premium && standard);
        const auto types = catalog.ticketTypes();
        const int inteira = types.at(0).id, meia = types.at(1).id;
        QVERIFY(types.at(1).isMeia);
        QVERIFY(t.authority->hold(vip->id, {premium, standard}, QStringLiteral("tok")));
        OrderRequest request;
        request.idempotencyKey = QStringLiteral("k1");
        request.screeningId = vip->id;
        request.holdToken = QStringLiteral("tok");
        // The client claims a price of 1 centavo: the store ignores it.
        request.lines = {{premium, meia, 1}, {standard, inteira, 1}};
        const auto order = t.authority->placeOrder(request);
        QVERIFY2(order, qPrintable(order.error().message()));
        const qint64 expected = Money::ticketPrice(vip->priceCents, 1200, 50) +
                                Money::ticketPrice(vip->priceCents, 0, 100);
        QCOMPARE(order->totalCents, expected);
    }
};

QTEST_GUILESS_MAIN(TestPricing)
#include "tst_pricing.moc"
