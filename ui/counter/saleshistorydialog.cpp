// SPDX-License-Identifier: GPL-3.0-or-later
#include "saleshistorydialog.h"

#include "core/sales/saleshistorymodel.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

SalesHistoryDialog::SalesHistoryDialog(const Database &local, int terminalId, QWidget *parent)
    : QDialog(parent), m_model(new SalesHistoryModel(local, terminalId, this)),
      m_view(new QTableView(this)), m_summary(new QLabel(this)), m_giveBack(new QPushButton(this))
{
    setWindowTitle(tr("Sales of this terminal"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setStretchLastSection(true);

    int offline = 0, flagged = 0;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        offline += m_model->rowAt(row).state == SalesHistoryModel::State::Offline ? 1 : 0;
        flagged += m_model->rowAt(row).state == SalesHistoryModel::State::Flagged ? 1 : 0;
    }
    QString summary = tr("%n sale(s) in the last two days.", "", m_model->rowCount());
    if (offline > 0)
        summary += QLatin1Char(' ') +
                   tr("%n sold offline, sent by themselves when the server is back.", "", offline);
    if (flagged > 0)
        summary += QLatin1Char(' ') + tr("%n refused by the server: ask a manager.", "", flagged);
    m_summary->setText(summary);
    m_summary->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_giveBack->setObjectName(QStringLiteral("giveBackSale"));
    m_giveBack->setText(tr("&Give tickets back…"));
    m_giveBack->setEnabled(false);
    buttons->addButton(m_giveBack, QDialogButtonBox::ActionRole);
    const auto orderAt = [this](const QModelIndex &index) {
        return index.isValid() ? m_model->rowAt(index.row()).orderId : 0;
    };
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this, orderAt](const QModelIndex &current) {
                // A sale only the outbox has cannot be given back until the server has it.
                m_giveBack->setEnabled(orderAt(current) > 0);
            });
    const auto choose = [this, orderAt] {
        if (const int order = orderAt(m_view->currentIndex())) {
            m_chosenOrder = order;
            accept();
        }
    };
    connect(m_giveBack, &QPushButton::clicked, this, choose);
    connect(m_view, &QTableView::activated, this, choose);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);
    resize(900, 500);
}
