// SPDX-License-Identifier: GPL-3.0-or-later
#include "firstadmindialog.h"

#include "core/people/userdirectory.h"
#include "ui/widgets/userform.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtConcurrent>

FirstAdminDialog::FirstAdminDialog(Database &store, QWidget *parent)
    : QDialog(parent), m_store(store), m_form(new UserForm(User::Role::Admin, this)),
      m_save(new QPushButton(tr("Create the administrator"), this))
{
    setWindowTitle(tr("Marquee — the first administrator"));
    auto *intro = new QLabel(tr("Nobody works here yet. Who administers this cinema? This person "
                                "adds the other users, and can always log in."),
                             this);
    intro->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_save, QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Cancel);
    m_save->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &FirstAdminDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(&m_hashing, &QFutureWatcher<Hashes>::finished, this, &FirstAdminDialog::onHashed);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_form);
    layout->addWidget(buttons);
}

FirstAdminDialog::~FirstAdminDialog()
{
    m_hashing.waitForFinished();
}

void FirstAdminDialog::save()
{
    if (m_hashing.isRunning() || m_form->check())
        return;
    m_form->setProblem(tr("Saving…"));
    m_save->setEnabled(false);
    const QString password = m_form->password(), pin = m_form->pin();
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
        m_form->setProblem(tr("The password could not be hashed (out of memory?)."));
        return;
    }
    UserDirectory users(m_store);
    if (auto problem = users.addHashed(m_form->login(), m_form->name(), User::Role::Admin,
                                       *hashes.password, *hashes.pin)) {
        m_form->setProblem(*problem);
        return;
    }
    m_saved = users.user(m_form->login());
    accept();
}
