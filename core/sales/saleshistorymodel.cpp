// SPDX-License-Identifier: GPL-3.0-or-later
#include "saleshistorymodel.h"

#include "core/catalog/money.h"
#include "core/store/database.h"

#include <QBrush>
#include <QColor>
#include <QCoreApplication>
#include <QLocale>
#include <QSqlQuery>

namespace {
// Recorded sales (tickets of this terminal, by order), then the offline ones from the outbox
// that the copy does not show yet. Seats come as "row+number" lists, in seat order.
const char *const kHistory = R"SQL(
SELECT MIN(t.created_at), f.title, s.starts_at, r.name,
       GROUP_CONCAT(se.row_label || se.number, ' '), SUM(t.price_cents), 'recorded',
       t.order_id
  FROM tickets t
  JOIN screenings s ON s.id = t.screening_id
  JOIN films f ON f.id = s.film_id
  JOIN rooms r ON r.id = s.room_id
  JOIN seats se ON se.id = t.seat_id
 WHERE t.terminal_id = ? AND t.status <> 'cancelled' AND t.created_at >= ?
 GROUP BY t.order_id
UNION ALL
SELECT o.created_at, f.title, s.starts_at, r.name,
       (SELECT GROUP_CONCAT(se.row_label || se.number, ' ')
          FROM json_each(o.payload, '$.tickets') j
          JOIN seats se ON se.id = json_extract(j.value, '$.seat_id')),
       json_extract(o.payload, '$.order.total_cents'),
       CASE o.state WHEN 'pending' THEN 'offline' WHEN 'refused' THEN 'flagged' ELSE 'sent' END,
       0
  FROM outbox o
  JOIN screenings s ON s.id = json_extract(o.payload, '$.order.screening_id')
  JOIN films f ON f.id = s.film_id
  JOIN rooms r ON r.id = s.room_id
 WHERE o.kind = 'sale' AND o.created_at >= ?
   AND (o.state <> 'done' OR EXISTS (
           SELECT 1 FROM json_each(o.payload, '$.tickets') j
            WHERE NOT EXISTS (SELECT 1 FROM tickets c
                               WHERE c.screening_id = s.id AND c.status <> 'cancelled'
                                 AND c.seat_id = json_extract(j.value, '$.seat_id'))))
 ORDER BY 1 DESC
 LIMIT 500
)SQL";
} // namespace

SalesHistoryModel::SalesHistoryModel(const Database &local, int terminalId, QObject *parent)
    : QAbstractTableModel(parent), m_local(local), m_terminalId(terminalId)
{
    refresh();
}

void SalesHistoryModel::refresh(int days)
{
    const qint64 since = QDateTime::currentMSecsSinceEpoch() - qint64(days) * 86'400'000;
    QList<Row> rows;
    QSqlQuery q(m_local.connection());
    q.setForwardOnly(true);
    q.prepare(QString::fromLatin1(kHistory));
    q.addBindValue(m_terminalId);
    q.addBindValue(since);
    q.addBindValue(since);
    if (q.exec()) {
        while (q.next()) {
            Row row;
            row.at = QDateTime::fromMSecsSinceEpoch(q.value(0).toLongLong());
            row.film = q.value(1).toString();
            row.startsAt = QDateTime::fromMSecsSinceEpoch(q.value(2).toLongLong());
            row.room = q.value(3).toString();
            row.seats = q.value(4).toString();
            row.totalCents = q.value(5).toLongLong();
            const QString state = q.value(6).toString();
            row.state = state == QLatin1String("offline")   ? State::Offline
                        : state == QLatin1String("flagged") ? State::Flagged
                        : state == QLatin1String("sent")    ? State::Sent
                                                            : State::Recorded;
            row.orderId = q.value(7).toInt();
            rows << row;
        }
    }
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

int SalesHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SalesHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString SalesHistoryModel::stateText(State state)
{
    switch (state) {
    case State::Recorded:
        return QCoreApplication::translate("SalesHistoryModel", "Recorded");
    case State::Offline:
        return QCoreApplication::translate("SalesHistoryModel",
                                           "Sold offline — waiting to be sent");
    case State::Sent:
        return QCoreApplication::translate("SalesHistoryModel", "Sent to the server");
    case State::Flagged:
        break;
    }
    return QCoreApplication::translate("SalesHistoryModel",
                                       "Refused by the server — a manager will decide");
}

QVariant SalesHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    if (role == Qt::BackgroundRole && index.column() == StateColumn) {
        switch (row.state) {
        case State::Offline:
            return QBrush(QColor(0xff, 0xf3, 0xc4));
        case State::Flagged:
            return QBrush(QColor(0xff, 0xcd, 0xd2));
        case State::Sent:
        case State::Recorded:
            break;
        }
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    const QLocale locale;
    switch (index.column()) {
    case TimeColumn:
        return locale.toString(row.at, QStringLiteral("dd/MM HH:mm"));
    case FilmColumn:
        return row.film;
    case ScreeningColumn:
        return QStringLiteral("%1 · %2").arg(
            locale.toString(row.startsAt, QStringLiteral("dd/MM HH:mm")), row.room);
    case SeatsColumn:
        return row.seats;
    case TotalColumn:
        return Money::format(row.totalCents);
    case StateColumn:
        return stateText(row.state);
    }
    return {};
}

QVariant SalesHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return QCoreApplication::translate("SalesHistoryModel", "Sold at");
    case FilmColumn:
        return QCoreApplication::translate("SalesHistoryModel", "Film");
    case ScreeningColumn:
        return QCoreApplication::translate("SalesHistoryModel", "Screening");
    case SeatsColumn:
        return QCoreApplication::translate("SalesHistoryModel", "Seats");
    case TotalColumn:
        return QCoreApplication::translate("SalesHistoryModel", "Total");
    case StateColumn:
        return QCoreApplication::translate("SalesHistoryModel", "State");
    }
    return {};
}
