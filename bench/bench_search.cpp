// SPDX-License-Identifier: GPL-3.0-or-later
// Search over 100,000 screenings: FTS5 title match joined to screenings with a date filter.
//   build/bench/bench_search -median 21
#include "core/catalog/catalogrepository.h"
#include "core/store/database.h"
#include "latency.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

class BenchSearch : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    QDate m_first = QDate(2027, 1, 1);

private Q_SLOTS:
    void initTestCase()
    {
        m_db = std::make_unique<Database>(m_dir.filePath(QStringLiteral("bench.sqlite")));
        QVERIFY(!m_db->open());
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("BEGIN")));
        const QStringList words = {
            QStringLiteral("Ação"),     QStringLiteral("Coração"), QStringLiteral("Noite"),
            QStringLiteral("Sertão"),   QStringLiteral("Órbita"),  QStringLiteral("Família"),
            QStringLiteral("Mistério"), QStringLiteral("Canção"),  QStringLiteral("Céu"),
            QStringLiteral("Ilha"),     QStringLiteral("Estação"), QStringLiteral("Vingança")};
        QRandomGenerator random(11);
        // 2,000 films, 100 rooms, 100,000 screenings over a year.
        for (int f = 1; f <= 2000; ++f) {
            q.prepare(
                QStringLiteral("INSERT INTO films (id, title, duration_min) VALUES (?, ?, 100)"));
            q.addBindValue(f);
            const QString title = words[random.bounded(int(words.size()))] + QLatin1Char(' ') +
                                  words[random.bounded(int(words.size()))] + QLatin1Char(' ') +
                                  QString::number(f);
            q.addBindValue(title);
            QVERIFY(q.exec());
        }
        for (int r = 1; r <= 100; ++r)
            QVERIFY(q.exec(
                QStringLiteral("INSERT INTO rooms (id, name) VALUES (%1, 'Sala %1')").arg(r)));
        for (int s = 1; s <= 100000; ++s) {
            const QDate day = m_first.addDays(random.bounded(365));
            q.prepare(
                QStringLiteral("INSERT INTO screenings (film_id, room_id, starts_at, local_date, "
                               "price_cents, seat_count) VALUES (?, ?, ?, ?, 3000, 200)"));
            q.addBindValue(1 + random.bounded(2000));
            q.addBindValue(1 + random.bounded(100));
            q.addBindValue(QDateTime(day, QTime(13 + random.bounded(10), 0)).toMSecsSinceEpoch());
            q.addBindValue(day.toString(Qt::ISODate));
            QVERIFY(q.exec());
        }
        QVERIFY(q.exec(QStringLiteral("COMMIT")));
        QVERIFY(q.exec(QStringLiteral("ANALYZE")));
    }

    void search_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("days");
        QTest::newRow("title prefix, one day") << "corac" << 1;
        QTest::newRow("two words, one week") << "acao noit" << 7;
        QTest::newRow("date only, one day") << "" << 1;
        QTest::newRow("title only, whole year") << "sertao 17" << 0;
    }
    void search()
    {
        QFETCH(QString, text);
        QFETCH(int, days);
        const CatalogRepository catalog(*m_db);
        const QDate from = days ? m_first.addDays(100) : QDate();
        const QDate to = days ? from.addDays(days - 1) : QDate();
        QVERIFY(!catalog.search(text, from, to).isEmpty());
        reportLatency(QStringLiteral("search: %1").arg(QTest::currentDataTag()), 500,
                      [&] { catalog.search(text, from, to); });
        QBENCHMARK
        {
            catalog.search(text, from, to);
        }
    }

    // The baseline the issue quotes: the same question answered by a LIKE scan.
    void likeScanBaseline()
    {
        QSqlQuery q(m_db->connection());
        const QString from = m_first.addDays(100).toString(Qt::ISODate);
        const auto like = [&] {
            q.exec(QStringLiteral("SELECT s.id FROM screenings s JOIN films f ON f.id = s.film_id "
                                  "WHERE f.title LIKE '%Sert_o%17%' "
                                  "ORDER BY s.starts_at LIMIT 200"));
            while (q.next()) {
            }
        };
        Q_UNUSED(from)
        reportLatency(QStringLiteral("baseline: LIKE scan, title only, whole year"), 50, like);
        QBENCHMARK
        {
            q.exec(QStringLiteral("SELECT s.id FROM screenings s JOIN films f ON f.id = s.film_id "
                                  "WHERE f.title LIKE '%corac%' AND s.local_date = '%1' "
                                  "ORDER BY s.starts_at LIMIT 500")
                       .arg(from));
            while (q.next()) {
            }
        }
    }
};

QTEST_GUILESS_MAIN(BenchSearch)
#include "bench_search.moc"
