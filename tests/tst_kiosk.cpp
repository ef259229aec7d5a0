// SPDX-License-Identifier: GPL-3.0-or-later
// Pieces of the kiosk that need no screen: the administrator PIN that unlocks it, and what it
// suggests when the screening a customer wanted cannot take them.
#include "core/catalog/screeningsuggestions.h"
#include "core/store/adminpin.h"
#include "core/store/storesettings.h"
#include "salehelpers.h"
#include "testdatabase.h"

using namespace TestHelpers;

class TestKiosk : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void adminPinIsStoredHashedAndChecked()
    {
        TestDatabase t(false);
        AdminPin pin(*t.database);
        QVERIFY(!pin.isSet());
        QVERIFY(!pin.verify(QStringLiteral("0000"))); // unset: nothing opens it
        QVERIFY(pin.set(QStringLiteral("12a4")).has_value());
        QVERIFY(pin.set(QStringLiteral("123")).has_value());
        QVERIFY(!pin.set(QStringLiteral("271828")).has_value());
        QVERIFY(pin.isSet());
        QVERIFY(pin.verify(QStringLiteral("271828")));
        QVERIFY(!pin.verify(QStringLiteral("271829")));
        QVERIFY(!pin.verify(QString()));
        // Only an Argon2id hash is in the store, never the PIN.
        const QString stored =
            StoreSettings(*t.database).value(QStringLiteral("kiosk_admin_pin_hash"));
        QVERIFY(stored.startsWith(QStringLiteral("$argon2id$")));
        QVERIFY(!stored.contains(QStringLiteral("271828")));
        // Set again, the old PIN no longer opens it.
        QVERIFY(!pin.set(QStringLiteral("9999")).has_value());
        QVERIFY(!pin.verify(QStringLiteral("271828")));
        QVERIFY(pin.verify(QStringLiteral("9999")));
    }

    void soldOutSuggestsTheSameFilmThenOthersSoon()
    {
        TestDatabase t;
        const CatalogRepository catalog(*t.database);
        const QDateTime now = QDateTime::currentDateTime();
        // A screening tomorrow of a film that plays several times.
        Screening wanted;
        for (const Screening &s :
             catalog.search(QString(), now.date().addDays(1), now.date().addDays(1))) {
            int showings = 0;
            for (const Screening &o : catalog.search(QString(), now.date(), now.date().addDays(7)))
                showings += o.filmId == s.filmId ? 1 : 0;
            if (showings >= 3) {
                wanted = s;
                break;
            }
        }
        QVERIFY(wanted.id);
        const auto suggestions = ScreeningSuggestions::forScreening(catalog, wanted, 4, now);
        QVERIFY(!suggestions.sameFilm.isEmpty());
        QDateTime previous;
        for (const Screening &s : suggestions.sameFilm) {
            QCOMPARE(s.filmId, wanted.filmId);
            QVERIFY(s.id != wanted.id);
            QVERIFY(s.seatsLeft() >= 4);
            QVERIFY(s.startsAt() > now);
            QVERIFY(!previous.isValid() || s.startsAt() >= previous); // soonest first
            previous = s.startsAt();
        }
        for (const Screening &s : suggestions.otherFilms) {
            QVERIFY(s.filmId != wanted.filmId);
            QVERIFY(s.startsAt() > now && s.startsAt() < now.addSecs(6 * 3600));
        }
        // A party bigger than any room fits nowhere: nothing is suggested.
        const auto none = ScreeningSuggestions::forScreening(catalog, wanted, 400, now);
        QVERIFY(none.sameFilm.isEmpty() && none.otherFilms.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestKiosk)
#include "tst_kiosk.moc"
