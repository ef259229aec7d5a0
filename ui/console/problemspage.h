// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/reports/problemsreport.h"

#include <QWidget>

class Database;
class QLabel;
class QTableWidget;

// The console's page of what terminals did apart from the server that a manager must look
// into — tickets let in at two gates, with which gates and
// when, and offline sales the server refused. Read on a worker thread.
class ProblemsPage final : public QWidget
{
    Q_OBJECT

public:
    ProblemsPage(const Database &server, QWidget *parent = nullptr);

    QTableWidget *admissions() const { return m_admissions; }
    QTableWidget *sales() const { return m_sales; }
    QTableWidget *openPayments() const { return m_payments; }

Q_SIGNALS:
    void loaded();

private:
    void showReport(const std::pair<std::optional<ProblemsReport>, QString> &result);

    QLabel *m_status;
    QTableWidget *m_admissions;
    QTableWidget *m_payments;
    QTableWidget *m_sales;
};
