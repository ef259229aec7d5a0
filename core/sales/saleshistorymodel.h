// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QDateTime>

class Database;

// This terminal's recent sales, newest first, read from its own store: what was recorded,
// and what it sold while the server was away, marked until the server has it.
class SalesHistoryModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        TimeColumn,
        FilmColumn,
        ScreeningColumn,
        SeatsColumn,
        TotalColumn,
        StateColumn,
        ColumnCount
    };
    enum class State {
        Recorded, // in the store (embedded) or in the copy of the server
        Offline,  // sold offline, waiting in the outbox
        Sent,     // on the server; its copy has not come back yet
        Flagged,  // the server's rules refused it: a manager decides
    };

    SalesHistoryModel(const Database &local, int terminalId, QObject *parent = nullptr);

    // Re-reads the last `days` days.
    void refresh(int days = 2);

    struct Row
    {
        QDateTime at;
        QString film;
        QDateTime startsAt;
        QString room;
        QString seats;
        qint64 totalCents = 0;
        State state = State::Recorded;
        int orderId = 0; // the recorded order; 0 while only the outbox has it
    };
    const Row &rowAt(int row) const { return m_rows.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static QString stateText(State state);

private:
    const Database &m_local;
    int m_terminalId;
    QList<Row> m_rows;
};
