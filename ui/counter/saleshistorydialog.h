// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class Database;
class QLabel;
class QTableView;
class SalesHistoryModel;

// F7 at the counter: this terminal's sales of the last two days, newest first, with the ones
// sold while the server was away marked until the server has them.
class SalesHistoryDialog final : public QDialog
{
    Q_OBJECT

public:
    SalesHistoryDialog(const Database &local, int terminalId, QWidget *parent = nullptr);

    SalesHistoryModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }

private:
    SalesHistoryModel *m_model;
    QTableView *m_view;
    QLabel *m_summary;
};
