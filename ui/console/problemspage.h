// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/admin/auditlog.h"
#include "core/admin/problemcloser.h"
#include "core/people/user.h"
#include "core/reports/problemsreport.h"

#include <QWidget>

class Database;
class QLabel;
class QStandardItemModel;
class QTableView;

// The console's page of what terminals did apart from the server that a manager must look
// into: tickets let in at two gates (which gates, when), offline sales the server refused,
// card payments not settled. Read on a worker thread. A manager closes a double admission or
// a refused sale once looked into, with a note (ProblemCloser); card payments close by
// themselves when their terminal's sweep settles them.
class ProblemsPage final : public QWidget
{
    Q_OBJECT

public:
    // user: who closes problems here (none: the page only shows them).
    ProblemsPage(const Database &server, std::optional<User> user = std::nullopt,
                 const Actor &actor = {}, QWidget *parent = nullptr);

    void reload();
    // Closes the problem shown on this row of admissions() or sales(), with the manager's
    // note; the reason when refused.
    std::optional<QString> close(ProblemCloser::Kind kind, int row, const QString &note);

    // What each table shows (behind a sort and filter proxy).
    QStandardItemModel *admissions() const { return m_admissions; }
    QStandardItemModel *sales() const { return m_sales; }
    QStandardItemModel *openPayments() const { return m_payments; }

Q_SIGNALS:
    void loaded();

private:
    void showReport(const std::pair<std::optional<ProblemsReport>, QString> &result);
    void closeSelected(ProblemCloser::Kind kind);

    const Database &m_server;
    std::optional<User> m_user;
    Actor m_actor;
    QTableView *m_admissionsView;
    QTableView *m_salesView;

    QLabel *m_status;
    QStandardItemModel *m_admissions;
    QStandardItemModel *m_payments;
    QStandardItemModel *m_sales;
};
