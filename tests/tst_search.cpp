// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/catalog/catalogrepository.h"
#include "core/catalog/screeningsearchmodel.h"
#include "testdatabase.h"

#include <QAbstractItemModelTester>
#include <QTest>

class TestSearch : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<TestDatabase> m_db;
    QSet<QString> titles(const QList<Screening> &results)
    {
        QSet<QString> set;
        for (const Screening &s : results)
            set.insert(s.filmTitle);
        return set;
    }

private Q_SLOTS:
    void initTestCase() { m_db = std::make_unique<TestDatabase>(); }
    void cleanupTestCase() { m_db.reset(); }

    void accentsAndCase_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("title");
        QTest::newRow("no accents finds accents")
            << "acao" << QString::fromUtf8("Ação em Alto Mar");
        QTest::newRow("upper case with accents")
            << QString::fromUtf8("AÇÃO") << QString::fromUtf8("Ação em Alto Mar");
        QTest::newRow("partial word") << "cron" << QString::fromUtf8("Crônicas do Sertão");
        QTest::newRow("two partial words in any order")
            << "sert cron" << QString::fromUtf8("Crônicas do Sertão");
        QTest::newRow("inner word") << "estacao" << QString::fromUtf8("O Mistério da Estação Sé");
        QTest::newRow("leading accent") << "orbita" << QString::fromUtf8("Órbita Perdida");
        QTest::newRow("original title") << "lost orb" << QString::fromUtf8("Órbita Perdida");
        QTest::newRow("punctuation ignored")
            << "família, à deriva!" << QString::fromUtf8("Família à Deriva");
    }
    void accentsAndCase()
    {
        QFETCH(QString, typed);
        QFETCH(QString, title);
        CatalogRepository catalog(*m_db->database);
        const auto results = catalog.search(typed, {}, {});
        QVERIFY2(!results.isEmpty(), qPrintable(typed));
        QCOMPARE(titles(results), QSet<QString>{title});
    }

    void nothingMatches()
    {
        CatalogRepository catalog(*m_db->database);
        QVERIFY(catalog.search(QStringLiteral("zzzz"), {}, {}).isEmpty());
        // Quotes and FTS operators typed by a user are just text.
        QVERIFY(catalog.search(QStringLiteral("\"NEAR( OR *"), {}, {}).isEmpty());
        QCOMPARE(CatalogRepository::ftsQuery(QStringLiteral("a\"b OR c")),
                 QStringLiteral("\"a\"* \"b\"* \"OR\"* \"c\"*"));
    }

    void dateFilter()
    {
        CatalogRepository catalog(*m_db->database);
        const QDate tomorrow = QDate::currentDate().addDays(1);
        const auto results = catalog.search(QString(), tomorrow, tomorrow);
        QVERIFY(results.size() > 10);
        for (const Screening &s : results)
            QCOMPARE(s.startsAt().date(), tomorrow);
        // Sorted by time.
        for (int i = 1; i < results.size(); ++i)
            QVERIFY(results[i - 1].startsAtMs <= results[i].startsAtMs);
        // The demo week ends after 7 days.
        QVERIFY(catalog.search(QString(), QDate::currentDate().addDays(8), {}).isEmpty());
    }

    void textAndDateTogether()
    {
        CatalogRepository catalog(*m_db->database);
        const QDate day = QDate::currentDate().addDays(2);
        const auto all = catalog.search(QStringLiteral("samba"), {}, {});
        const auto oneDay = catalog.search(QStringLiteral("samba"), day, day);
        QVERIFY(!oneDay.isEmpty());
        QVERIFY(oneDay.size() < all.size());
        for (const Screening &s : oneDay) {
            QCOMPARE(s.filmTitle, QString::fromUtf8("O Último Samba"));
            QCOMPARE(s.startsAt().date(), day);
        }
    }

    // The kiosk's questions: one film's coming times, and each film's next screening; both
    // agree with the whole week's list.
    void filmTimesAndWhatIsOn()
    {
        CatalogRepository catalog(*m_db->database);
        const QDateTime now = QDateTime::currentDateTime();
        const QDate last = QDate::currentDate().addDays(6);
        QList<Screening> week;
        for (const Screening &s : catalog.search({}, QDate::currentDate(), last, 100000)) {
            if (s.startsAt() > now)
                week << s;
        }
        QVERIFY(week.size() > 10);
        QHash<int, QList<int>> byFilm;
        for (const Screening &s : week)
            byFilm[s.filmId] << s.id;

        const int film = week.first().filmId;
        QList<int> times;
        for (const Screening &s : catalog.screeningsOfFilm(film, now, last)) {
            QCOMPARE(s.filmId, film);
            times << s.id;
        }
        QCOMPARE(times, byFilm.value(film));

        const QList<Screening> firsts = catalog.nextScreeningOfEachFilm(now, last);
        QCOMPARE(firsts.size(), byFilm.size());
        for (const Screening &s : firsts)
            QCOMPARE(s.id, byFilm.value(s.filmId).first());

        const QList<Screening> soon = catalog.startingAfter(now, 5);
        QCOMPARE(soon.size(), 5);
        QVERIFY(soon.first().startsAt() > now);
        const auto notSoldOut = std::find_if(week.cbegin(), week.cend(), [](const Screening &w) {
            return w.soldCount < w.seatCount;
        });
        QCOMPARE(soon.first().startsAt(), notSoldOut->startsAt());
    }

    void resultsShowSeatsLeft()
    {
        CatalogRepository catalog(*m_db->database);
        const auto today = catalog.search(QString(), QDate::currentDate(), QDate::currentDate());
        const bool someSold = std::any_of(today.cbegin(), today.cend(), [](const Screening &s) {
            return s.soldCount > 0 && s.seatsLeft() == s.seatCount - s.soldCount;
        });
        QVERIFY(someSold);
    }

    void model()
    {
        CatalogRepository catalog(*m_db->database);
        ScreeningSearchModel model(catalog);
        QAbstractItemModelTester tester(&model);
        model.setDateRange(QDate::currentDate(), QDate::currentDate());
        const int todayCount = model.rowCount();
        QVERIFY(todayCount > 0);
        model.setText(QStringLiteral("ilha"));
        QVERIFY(model.rowCount() > 0 && model.rowCount() < todayCount);
        QCOMPARE(model.data(model.index(0, ScreeningSearchModel::FilmColumn)).toString(),
                 QString::fromUtf8("A Ilha das Tartarugas"));
        QVERIFY(model.data(model.index(0, ScreeningSearchModel::PriceColumn))
                    .toString()
                    .startsWith(QStringLiteral("R$")));
        const int id = model.data(model.index(0, 0), ScreeningSearchModel::ScreeningIdRole).toInt();
        QCOMPARE(model.screeningAt(0).id, id);
    }
};

QTEST_GUILESS_MAIN(TestSearch)
#include "tst_search.moc"
