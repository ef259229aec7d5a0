// SPDX-License-Identifier: GPL-3.0-or-later
#include "newuserdialog.h"

#include "ui/widgets/userform.h"

#include <QDialogButtonBox>
#include <QVBoxLayout>

NewUserDialog::NewUserDialog(QWidget *parent)
    : QDialog(parent), m_form(new UserForm(std::nullopt, this))
{
    setWindowTitle(tr("New user"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &NewUserDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_form);
    layout->addWidget(buttons);
}

void NewUserDialog::accept()
{
    if (!m_form->check())
        QDialog::accept();
}
