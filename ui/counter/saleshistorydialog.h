// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class Database;
class QLabel;
class QPushButton;
class QTableView;
class SalesHistoryModel;

// F7 at the counter: this terminal's sales of the last two days, newest first, with the ones
// sold while the server was away marked until the server has them. A recorded sale can be
// opened to give tickets back.
class SalesHistoryDialog final : public QDialog
{
    Q_OBJECT

public:
    SalesHistoryDialog(const Database &local, int terminalId, QWidget *parent = nullptr);

    SalesHistoryModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QPushButton *giveBackButton() const { return m_giveBack; }
    // The sale chosen to give tickets back (0: none), once the dialog closed on it.
    int chosenOrder() const { return m_chosenOrder; }

private:
    SalesHistoryModel *m_model;
    QTableView *m_view;
    QLabel *m_summary;
    QPushButton *m_giveBack;
    int m_chosenOrder = 0;
};
