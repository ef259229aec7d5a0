// SPDX-License-Identifier: GPL-3.0-or-later
#include "firstadmindialog.h"

#include "core/people/userdirectory.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtConcurrent>

FirstAdminDialog::FirstAdminDialog(Database &store, QWidget *parent)
    : QDialog(parent), m_store(store), m_login(new QLineEdit(this)), m_name(new QLineEdit(this)),
      m_password(new QLineEdit(this)), m_repeat(new QLineEdit(this)), m_pin(new QLineEdit(this)),
      m_problem(new QLabel(this)), m_save(new QPushButton(tr("Create the administrator"), this))
{
    setWindowTitle(tr("Marquee — the first administrator"));
    auto *intro = new QLabel(tr("Nobody works here yet. Who administers this cinema? This person "
                                "adds the other users, and can always log in."),
                             this);
    intro->setWordWrap(true);
    m_login->setObjectName(QStringLiteral("login"));
    m_password->setEchoMode(QLineEdit::Password);
    m_repeat->setEchoMode(QLineEdit::Password);
    m_pin->setEchoMode(QLineEdit::Password);
    m_pin->setPlaceholderText(tr("optional, 4 to 8 digits"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b71c1c; font-weight: bold"));
    auto *form = new QFormLayout;
    form->addRow(tr("&Login:"), m_login);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(tr("&Repeat the password:"), m_repeat);
    form->addRow(tr("P&IN:"), m_pin);
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_save, QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Cancel);
    m_save->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &FirstAdminDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(&m_hashing, &QFutureWatcher<Hashes>::finished, this, &FirstAdminDialog::onHashed);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
}

FirstAdminDialog::~FirstAdminDialog()
{
    m_hashing.waitForFinished();
}

void FirstAdminDialog::save()
{
    if (m_hashing.isRunning())
        return;
    const QString password = m_password->text();
    const QString pin = m_pin->text().trimmed();
    if (auto problem =
            UserDirectory::newUserProblem(m_login->text(), m_name->text(), password, pin)) {
        m_problem->setText(*problem);
        return;
    }
    if (password != m_repeat->text()) {
        m_problem->setText(tr("The two passwords differ."));
        m_repeat->setFocus(Qt::OtherFocusReason);
        m_repeat->selectAll();
        return;
    }
    m_problem->setText(tr("Saving…"));
    m_save->setEnabled(false);
    m_hashing.setFuture(QtConcurrent::run([password, pin] {
        return Hashes{UserDirectory::hash(password),
                      pin.isEmpty() ? std::optional<QString>(QString()) : UserDirectory::hash(pin)};
    }));
}

void FirstAdminDialog::onHashed()
{
    m_save->setEnabled(true);
    const Hashes hashes = m_hashing.result();
    if (!hashes.password || !hashes.pin) {
        m_problem->setText(tr("The password could not be hashed (out of memory?)."));
        return;
    }
    UserDirectory users(m_store);
    if (auto problem = users.addHashed(m_login->text(), m_name->text(), User::Role::Admin,
                                       *hashes.password, *hashes.pin)) {
        m_problem->setText(*problem);
        return;
    }
    m_saved = users.user(m_login->text());
    accept();
}
