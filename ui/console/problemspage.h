// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/reports/problemsreport.h"

#include <QWidget>

class Database;
class QLabel;
class QStandardItemModel;

// The console's page of what terminals did apart from the server that a manager must look
// into — tickets let in at two gates, with which gates and
// when, and offline sales the server refused. Read on a worker thread.
class ProblemsPage final : public QWidget
{
    Q_OBJECT

public:
    ProblemsPage(const Database &server, QWidget *parent = nullptr);

    // What each table shows (behind a sort and filter proxy).
    QStandardItemModel *admissions() const { return m_admissions; }
    QStandardItemModel *sales() const { return m_sales; }
    QStandardItemModel *openPayments() const { return m_payments; }

Q_SIGNALS:
    void loaded();

private:
    void showReport(const std::pair<std::optional<ProblemsReport>, QString> &result);

    QLabel *m_status;
    QStandardItemModel *m_admissions;
    QStandardItemModel *m_payments;
    QStandardItemModel *m_sales;
};
