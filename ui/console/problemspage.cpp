// SPDX-License-Identifier: GPL-3.0-or-later
#include "problemspage.h"

#include "core/catalog/money.h"

#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace {
constexpr int kProblemIdRole = Qt::UserRole + 1;

QStandardItemModel *makeModel(const QStringList &headers, QObject *parent)
{
    auto *model = new QStandardItemModel(0, int(headers.size()), parent);
    model->setHorizontalHeaderLabels(headers);
    return model;
}

// A read-only table of model, sorted by any column and filtered by filter's text.
QTableView *makeView(QStandardItemModel *model, QLineEdit *filter, QWidget *parent)
{
    auto *proxy = new QSortFilterProxyModel(parent);
    proxy->setSourceModel(model);
    proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    proxy->setFilterKeyColumn(-1);
    QObject::connect(filter, &QLineEdit::textChanged, proxy,
                     &QSortFilterProxyModel::setFilterFixedString);
    auto *table = new QTableView(parent);
    table->setModel(proxy);
    table->setSortingEnabled(true);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

void fillRow(QStandardItemModel *model, int row, const QStringList &cells)
{
    for (int column = 0; column < cells.size(); ++column)
        model->setItem(row, column, new QStandardItem(cells.at(column)));
}

QString when(const QDateTime &t)
{
    return t.isValid() ? QLocale().toString(t, QStringLiteral("dd/MM HH:mm:ss")) : QString();
}
} // namespace

ProblemsPage::ProblemsPage(const Database &server, std::optional<User> user, const Actor &actor,
                           QWidget *parent)
    : QWidget(parent), m_server(server), m_user(std::move(user)), m_actor(actor),
      m_status(new QLabel(this))
{
    m_admissions = makeModel({tr("Ticket"), tr("What"), tr("Film"), tr("Screening"), tr("Seat"),
                              tr("First let in"), tr("Then let in")},
                             this);
    m_sales = makeModel(
        {tr("Terminal"), tr("Refused at"), tr("Tickets"), tr("Total"), tr("CPF"), tr("Why")}, this);
    m_payments = makeModel({tr("Terminal"), tr("Began at"), tr("Amount"), tr("State")}, this);
    auto *filter = new QLineEdit(this);
    filter->setPlaceholderText(tr("Filter — terminal, film, gate, CPF…"));
    filter->setClearButtonEnabled(true);
    auto *admissionsLabel = new QLabel(tr("Tickets let in twice while gates were apart"), this);
    auto *salesLabel = new QLabel(tr("Sales made offline that the server refused"), this);
    auto *paymentsLabel = new QLabel(tr("Card payments not settled"), this);
    QFont bold = admissionsLabel->font();
    bold.setBold(true);
    admissionsLabel->setFont(bold);
    salesLabel->setFont(bold);
    paymentsLabel->setFont(bold);
    m_status->setText(tr("Reading from the server…"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(filter);
    m_admissionsView = makeView(m_admissions, filter, this);
    m_salesView = makeView(m_sales, filter, this);
    const auto closeButton = [this](ProblemCloser::Kind kind) {
        auto *button = new QPushButton(tr("Looked into: &close…"), this);
        button->setEnabled(m_user.has_value());
        connect(button, &QPushButton::clicked, this, [this, kind] { closeSelected(kind); });
        return button;
    };
    const auto titled = [this](QLabel *label, QPushButton *button) {
        auto *row = new QHBoxLayout;
        row->addWidget(label, 1);
        if (button)
            row->addWidget(button);
        return row;
    };
    layout->addLayout(titled(admissionsLabel, closeButton(ProblemCloser::Kind::DoubleAdmission)));
    layout->addWidget(m_admissionsView, 1);
    layout->addLayout(titled(salesLabel, closeButton(ProblemCloser::Kind::RefusedSale)));
    layout->addWidget(m_salesView, 1);
    layout->addLayout(titled(paymentsLabel, nullptr));
    layout->addWidget(makeView(m_payments, filter, this), 1);
    reload();
}

void ProblemsPage::reload()
{
    auto *watcher = new QFutureWatcher<std::pair<std::optional<ProblemsReport>, QString>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        showReport(watcher->result());
        watcher->deleteLater();
    });
    const Database &server = m_server;
    watcher->setFuture(QtConcurrent::run([&server] { return ProblemsReport::read(server); }));
}

std::optional<QString> ProblemsPage::close(ProblemCloser::Kind kind, int row, const QString &note)
{
    if (!m_user)
        return tr("Log in as a manager to close problems.");
    QStandardItemModel *model =
        kind == ProblemCloser::Kind::DoubleAdmission ? m_admissions : m_sales;
    const QStandardItem *item = model->item(row, 0);
    if (!item)
        return tr("Choose a line first.");
    const auto refusal = ProblemCloser::close(m_server, *m_user, m_actor, kind,
                                              item->data(kProblemIdRole).toLongLong(), note);
    if (!refusal)
        reload();
    return refusal;
}

void ProblemsPage::closeSelected(ProblemCloser::Kind kind)
{
    QTableView *view =
        kind == ProblemCloser::Kind::DoubleAdmission ? m_admissionsView : m_salesView;
    const auto *proxy = qobject_cast<const QSortFilterProxyModel *>(view->model());
    const QModelIndex current = view->currentIndex();
    if (!current.isValid()) {
        m_status->setText(tr("Choose a line first."));
        return;
    }
    bool ok = false;
    const QString note = QInputDialog::getText(this, tr("Close this problem"),
                                               tr("What was found or done (for the audit log):"),
                                               QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return;
    if (const auto refusal = close(kind, proxy->mapToSource(current).row(), note))
        m_status->setText(*refusal);
}

void ProblemsPage::showReport(const std::pair<std::optional<ProblemsReport>, QString> &result)
{
    if (!result.first) {
        m_status->setText(tr("The server could not be read: %1").arg(result.second));
        Q_EMIT loaded();
        return;
    }
    const ProblemsReport &report = *result.first;
    m_admissions->setRowCount(int(report.doubleAdmissions.size()));
    for (int row = 0; row < report.doubleAdmissions.size(); ++row) {
        const auto &a = report.doubleAdmissions.at(row);
        const QStringList cells = {
            QString::number(a.ticketId),
            a.reason == QLatin1String("admitted_cancelled") ? tr("let in after it was cancelled")
                                                            : tr("let in twice"),
            a.film,
            QLocale().toString(a.startsAt, QStringLiteral("dd/MM HH:mm")),
            a.seat,
            a.firstGate.isEmpty() ? tr("(cancelled)")
                                  : tr("%1 at %2").arg(a.firstGate, when(a.firstAt)),
            tr("%1 at %2").arg(a.secondGate, when(a.secondAt))};
        fillRow(m_admissions, row, cells);
        m_admissions->item(row, 0)->setData(a.id, kProblemIdRole);
    }
    m_sales->setRowCount(int(report.flaggedSales.size()));
    for (int row = 0; row < report.flaggedSales.size(); ++row) {
        const auto &s = report.flaggedSales.at(row);
        const QStringList cells = {
            s.terminal, when(s.flaggedAt), QString::number(s.tickets), Money::format(s.totalCents),
            s.cpf,      s.reason};
        fillRow(m_sales, row, cells);
        m_sales->item(row, 0)->setData(s.id, kProblemIdRole);
    }
    m_payments->setRowCount(int(report.openCardPayments.size()));
    for (int row = 0; row < report.openCardPayments.size(); ++row) {
        const auto &p = report.openCardPayments.at(row);
        const QStringList cells = {
            p.terminal, when(p.beganAt), Money::format(p.amountCents),
            p.refundOwed ? tr("money owed back to the card: the refund has not gone through yet")
                         : tr("the card provider has not said whether it charged the card; "
                              "its terminal asks again every 10 minutes")};
        fillRow(m_payments, row, cells);
    }
    m_status->setText(
        report.doubleAdmissions.isEmpty() && report.flaggedSales.isEmpty() &&
                report.openCardPayments.isEmpty()
            ? tr("Nothing to look into.")
            : tr("%n double admission(s), %1", "", int(report.doubleAdmissions.size()))
                  .arg(tr("%n refused sale(s), %1", "", int(report.flaggedSales.size()))
                           .arg(tr("%n card payment(s) not settled.", "",
                                   int(report.openCardPayments.size())))));
    Q_EMIT loaded();
}
