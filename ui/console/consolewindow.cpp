// SPDX-License-Identifier: GPL-3.0-or-later
#include "consolewindow.h"

#include "core/admin/settingsmodel.h"
#include "core/admin/terminalsmodel.h"
#include "core/admin/usersmodel.h"
#include "core/mail/smtpmailer.h"
#include "core/people/userdirectory.h"
#include "core/store/adminpin.h"
#include "core/store/storesettings.h"
#include "ui/console/newuserdialog.h"
#include "ui/console/problemspage.h"
#include "ui/widgets/userform.h"

#include <QDialogButtonBox>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPrinterInfo>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace {
QSortFilterProxyModel *proxyOf(QAbstractItemModel *model, QObject *parent)
{
    auto *proxy = new QSortFilterProxyModel(parent);
    proxy->setSourceModel(model);
    proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    proxy->setFilterKeyColumn(-1); // every column
    proxy->setSortRole(Qt::UserRole);
    return proxy;
}

QTableView *tableOf(QSortFilterProxyModel *proxy, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setModel(proxy);
    view->setSortingEnabled(true);
    view->sortByColumn(0, Qt::AscendingOrder);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    return view;
}

// Sorting falls back to the text where a model gives no sort value.
class TextSortProxy final : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override
    {
        const QVariant l = left.data(Qt::UserRole), r = right.data(Qt::UserRole);
        if (l.isValid() && r.isValid())
            return QVariant::compare(l, r) == QPartialOrdering::Less;
        return left.data().toString().localeAwareCompare(right.data().toString()) < 0;
    }
};

QSortFilterProxyModel *textProxyOf(QAbstractItemModel *model, QObject *parent)
{
    auto *proxy = new TextSortProxy(parent);
    proxy->setSourceModel(model);
    proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    proxy->setFilterKeyColumn(-1);
    return proxy;
}
} // namespace

ConsoleWindow::ConsoleWindow(const Database &store, const Database *problemsServer,
                             const User &user, const Actor &actor, QWidget *parent)
    : QDialog(parent), m_store(store), m_user(user), m_actor(actor), m_tabs(new QTabWidget(this)),
      m_message(new QLabel(this)), m_settings(new SettingsModel(store, user, actor, this)),
      m_users(new UsersModel(store, user, actor, this)),
      m_terminals(new TerminalsModel(store, user, actor, this)),
      m_settingsProxy(textProxyOf(m_settings, this)), m_usersProxy(textProxyOf(m_users, this)),
      m_terminalsProxy(proxyOf(m_terminals, this))
{
    setWindowTitle(tr("Marquee — console — %1 (%2)").arg(user.name, User::roleTitle(user.role)));
    m_message->setWordWrap(true);
    m_message->setObjectName(QStringLiteral("consoleMessage"));
    m_tabs->addTab(buildSettingsTab(), tr("&Settings"));
    m_tabs->addTab(buildUsersTab(), tr("&Users"));
    m_tabs->addTab(buildTerminalsTab(), tr("&Terminals"));
    if (problemsServer)
        m_tabs->addTab(new ProblemsPage(*problemsServer, user, actor, this), tr("To look &into"));
    connect(m_settings, &SettingsModel::refused, this,
            [this](const QString &reason) { say(reason, QString()); });
    connect(m_settings, &SettingsModel::changed, this, [this](const QString &key, const QString &) {
        say(std::nullopt, tr("Saved %1.").arg(key));
    });
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    // Terminals come and go: what the table says is at most a few seconds old.
    auto *refresh = new QTimer(this);
    refresh->setInterval(5000);
    connect(refresh, &QTimer::timeout, this, [this] {
        if (m_tabs->currentIndex() == TerminalsTab)
            m_terminals->reload();
    });
    refresh->start();
    updateButtons();
    resize(1100, 700);
}

ConsoleWindow::~ConsoleWindow() = default;

void ConsoleWindow::showTab(Tab tab)
{
    if (tab < m_tabs->count())
        m_tabs->setCurrentIndex(tab);
}

QWidget *ConsoleWindow::buildSettingsTab()
{
    auto *page = new QWidget(this);
    m_settingsFilter = new QLineEdit(page);
    m_settingsFilter->setPlaceholderText(tr("Filter — type any part of a name or a value"));
    m_settingsFilter->setClearButtonEnabled(true);
    connect(m_settingsFilter, &QLineEdit::textChanged, m_settingsProxy,
            &QSortFilterProxyModel::setFilterFixedString);
    m_settingsView = tableOf(m_settingsProxy, page);
    m_settingsView->setObjectName(QStringLiteral("settingsView"));
    m_settingsView->setEditTriggers(QAbstractItemView::DoubleClicked |
                                    QAbstractItemView::EditKeyPressed |
                                    QAbstractItemView::AnyKeyPressed);
    m_settingsView->sortByColumn(-1, Qt::AscendingOrder); // README's order until asked
    auto *hint = new QLabel(
        m_user.may(User::Act::ChangeSettings)
            ? tr("Double-click a value or press F2 to change it; Enter saves, Esc leaves it.")
            : m_user.refusal(User::Act::ChangeSettings),
        page);
    hint->setWordWrap(true);
    auto *printer = new QPushButton(tr("Kiosk &printer…"), page);
    auto *kioskPin = new QPushButton(tr("Kiosk admin P&IN…"), page);
    auto *testMail = new QPushButton(tr("Send a test &e-mail…"), page);
    printer->setObjectName(QStringLiteral("kioskPrinterButton"));
    kioskPin->setObjectName(QStringLiteral("kioskPinButton"));
    testMail->setObjectName(QStringLiteral("testMailButton"));
    for (QPushButton *b : {printer, kioskPin})
        b->setEnabled(m_user.may(User::Act::ChangeSettings));
    connect(printer, &QPushButton::clicked, this, &ConsoleWindow::chooseKioskPrinter);
    connect(kioskPin, &QPushButton::clicked, this, &ConsoleWindow::setKioskPin);
    connect(testMail, &QPushButton::clicked, this, &ConsoleWindow::sendTestMail);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(printer);
    buttons->addWidget(kioskPin);
    buttons->addWidget(testMail);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_settingsFilter);
    layout->addWidget(m_settingsView, 1);
    layout->addWidget(hint);
    layout->addLayout(buttons);
    return page;
}

QWidget *ConsoleWindow::buildUsersTab()
{
    auto *page = new QWidget(this);
    auto *filter = new QLineEdit(page);
    filter->setPlaceholderText(tr("Filter — name, login or role"));
    filter->setClearButtonEnabled(true);
    connect(filter, &QLineEdit::textChanged, m_usersProxy,
            &QSortFilterProxyModel::setFilterFixedString);
    m_usersView = tableOf(m_usersProxy, page);
    m_usersView->setObjectName(QStringLiteral("usersView"));
    m_usersView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_addUser = new QPushButton(tr("&Add…"), page);
    m_deactivate = new QPushButton(tr("&Deactivate"), page);
    m_role = new QPushButton(tr("Change &role…"), page);
    m_password = new QPushButton(tr("Reset &password…"), page);
    m_pin = new QPushButton(tr("Reset P&IN…"), page);
    connect(m_addUser, &QPushButton::clicked, this, &ConsoleWindow::addUser);
    connect(m_deactivate, &QPushButton::clicked, this, &ConsoleWindow::toggleActive);
    connect(m_role, &QPushButton::clicked, this, &ConsoleWindow::changeRole);
    connect(m_password, &QPushButton::clicked, this, &ConsoleWindow::resetPassword);
    connect(m_pin, &QPushButton::clicked, this, &ConsoleWindow::resetPin);
    connect(m_usersView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ConsoleWindow::updateButtons);
    connect(m_users, &QAbstractItemModel::modelReset, this, &ConsoleWindow::updateButtons);
    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {m_addUser, m_deactivate, m_role, m_password, m_pin})
        buttons->addWidget(b);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(filter);
    layout->addWidget(m_usersView, 1);
    layout->addLayout(buttons);
    if (!m_user.may(User::Act::ManageUsers)) {
        auto *note = new QLabel(m_user.refusal(User::Act::ManageUsers), page);
        note->setWordWrap(true);
        layout->addWidget(note);
    }
    return page;
}

QWidget *ConsoleWindow::buildTerminalsTab()
{
    auto *page = new QWidget(this);
    m_terminalsView = tableOf(m_terminalsProxy, page);
    m_terminalsView->setObjectName(QStringLiteral("terminalsView"));
    m_terminalsView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_revoke = new QPushButton(tr("Re&voke its key…"), page);
    m_readmit = new QPushButton(tr("Ad&mit again"), page);
    auto *reload = new QPushButton(tr("Re&fresh"), page);
    connect(m_revoke, &QPushButton::clicked, this, [this] { setRevoked(true); });
    connect(m_readmit, &QPushButton::clicked, this, [this] { setRevoked(false); });
    connect(reload, &QPushButton::clicked, m_terminals, &TerminalsModel::reload);
    connect(m_terminalsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ConsoleWindow::updateButtons);
    connect(m_terminals, &QAbstractItemModel::modelReset, this, &ConsoleWindow::updateButtons);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_revoke);
    buttons->addWidget(m_readmit);
    buttons->addStretch(1);
    buttons->addWidget(reload);
    auto *about = new QLabel(tr("A revoked terminal's tickets issued from then on are refused at "
                                "every gate, online and from the copy offline, and the server "
                                "takes no more sales from it. Revoke a stolen or lost terminal."),
                             page);
    about->setWordWrap(true);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_terminalsView, 1);
    layout->addWidget(about);
    layout->addLayout(buttons);
    return page;
}

void ConsoleWindow::updateButtons()
{
    const bool admin = m_user.may(User::Act::ManageUsers);
    const auto userRow = selectedRow(m_usersView, m_usersProxy);
    m_addUser->setEnabled(admin);
    for (QPushButton *b : {m_deactivate, m_role, m_password, m_pin})
        b->setEnabled(admin && userRow.has_value());
    if (userRow)
        m_deactivate->setText(m_users->userAt(*userRow).active ? tr("&Deactivate")
                                                               : tr("Re&activate"));
    const auto terminalRow = selectedRow(m_terminalsView, m_terminalsProxy);
    const bool terminals = m_user.may(User::Act::ManageTerminals) && terminalRow.has_value();
    const bool revoked = terminalRow && m_terminals->terminalAt(*terminalRow).revokedAt.isValid();
    m_revoke->setEnabled(terminals && !revoked);
    m_readmit->setEnabled(terminals && revoked);
}

std::optional<int> ConsoleWindow::selectedRow(QTableView *view, QSortFilterProxyModel *proxy) const
{
    const QModelIndex current = view->currentIndex();
    if (!current.isValid())
        return std::nullopt;
    return proxy->mapToSource(current).row();
}

void ConsoleWindow::say(const std::optional<QString> &refusal, const QString &done)
{
    m_message->setText(refusal ? *refusal : done);
    m_message->setStyleSheet(refusal ? QStringLiteral("color: #b71c1c; font-weight: bold")
                                     : QStringLiteral("color: #1b5e20"));
    if (!refusal)
        Q_EMIT saved();
}

void ConsoleWindow::hashThen(const QString &secret,
                             std::function<void(const std::optional<QString> &)> then)
{
    auto *watcher = new QFutureWatcher<std::optional<QString>>(this);
    m_message->setText(tr("Saving…"));
    connect(watcher, &QFutureWatcherBase::finished, this, [watcher, then] {
        then(watcher->result());
        watcher->deleteLater();
    });
    watcher->setFuture(QtConcurrent::run(&UserDirectory::hash, secret));
}

void ConsoleWindow::chooseKioskPrinter()
{
    // The system's printers; a name can still be typed for one installed later.
    QStringList names = QPrinterInfo::availablePrinterNames();
    const QString current = m_settings->value(QStringLiteral("kiosk_printer"));
    if (!current.isEmpty() && !names.contains(current))
        names.prepend(current);
    bool ok = false;
    const QString chosen = QInputDialog::getItem(
        this, tr("Kiosk printer"),
        names.isEmpty() ? tr("This computer knows no printer; type the name of the kiosk's:")
                        : tr("The printer the kiosk prints tickets on:"),
        names, std::max(0, int(names.indexOf(current))), true, &ok);
    if (ok)
        say(m_settings->change(QStringLiteral("kiosk_printer"), chosen),
            tr("The kiosk prints on %1.").arg(chosen));
}

void ConsoleWindow::setKioskPin()
{
    bool ok = false;
    const QString pin = QInputDialog::getText(this, tr("Kiosk admin PIN"),
                                              tr("The PIN that opens the kiosk's admin page (4 to "
                                                 "12 digits):"),
                                              QLineEdit::Password, QString(), &ok)
                            .trimmed();
    if (!ok)
        return;
    if (const auto problem = AdminPin::problem(pin)) {
        say(problem, QString());
        return;
    }
    hashThen(pin, [this](const std::optional<QString> &hash) {
        if (!hash) {
            say(tr("The PIN could not be hashed (out of memory?)."), QString());
            return;
        }
        say(m_settings->setKioskPinHash(*hash), tr("The kiosk's admin PIN was changed."));
    });
}

void ConsoleWindow::sendTestMail()
{
    const SmtpMailer::Settings settings = SmtpMailer::Settings::fromStore(StoreSettings(m_store));
    if (!settings.isComplete()) {
        say(tr("Set the SMTP server and the sender address first."), QString());
        return;
    }
    bool ok = false;
    const QString to = QInputDialog::getText(this, tr("Test e-mail"), tr("Send it to:"),
                                             QLineEdit::Normal, QString(), &ok)
                           .trimmed();
    if (!ok || to.isEmpty())
        return;
    m_message->setText(tr("Sending to %1…").arg(to));
    SmtpMailer::Message message;
    message.to = to;
    message.subject = tr("Marquee: test e-mail");
    message.body =
        tr("This message shows that the box office can e-mail tickets from %1.").arg(settings.from);
    auto *watcher = new QFutureWatcher<std::optional<SmtpMailer::Error>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, to] {
        const auto error = watcher->result();
        say(error ? std::optional<QString>(error->message) : std::nullopt,
            tr("The test e-mail went to %1.").arg(to));
        watcher->deleteLater();
    });
    // On the pool: the server may take its time to answer.
    watcher->setFuture(QtConcurrent::run([settings, message] {
        SmtpMailer mailer(settings);
        mailer.setTimeouts(10, 30);
        return mailer.send(message);
    }));
}

void ConsoleWindow::addUser()
{
    NewUserDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const UserForm *form = dialog.form();
    const QString login = form->login(), name = form->name(), pin = form->pin();
    const User::Role role = form->role();
    hashThen(form->password(), [=](const std::optional<QString> &passwordHash) {
        const auto finish = [=](const std::optional<QString> &pinHash) {
            if (!passwordHash || !pinHash) {
                say(tr("The password could not be hashed (out of memory?)."), QString());
                return;
            }
            say(m_users->add(login, name, role, *passwordHash, *pinHash),
                tr("%1 can log in now.").arg(name));
        };
        if (pin.isEmpty())
            finish(QString());
        else
            hashThen(pin, finish);
    });
}

void ConsoleWindow::toggleActive()
{
    const auto row = selectedRow(m_usersView, m_usersProxy);
    if (!row)
        return;
    const User u = m_users->userAt(*row);
    say(m_users->setActive(u.id, !u.active), u.active ? tr("%1 can no longer log in.").arg(u.name)
                                                      : tr("%1 can log in again.").arg(u.name));
}

void ConsoleWindow::changeRole()
{
    const auto row = selectedRow(m_usersView, m_usersProxy);
    if (!row)
        return;
    const User u = m_users->userAt(*row);
    const QList<User::Role> roles = {User::Role::Cashier, User::Role::Door, User::Role::Manager,
                                     User::Role::Admin};
    QStringList titles;
    for (const User::Role r : roles)
        titles << User::roleTitle(r);
    bool ok = false;
    const QString chosen = QInputDialog::getItem(this, tr("Role of %1").arg(u.name), tr("Role:"),
                                                 titles, int(roles.indexOf(u.role)), false, &ok);
    if (!ok)
        return;
    const User::Role role = roles.value(int(titles.indexOf(chosen)));
    say(m_users->setRole(u.id, role), tr("%1 is now %2.").arg(u.name, User::roleTitle(role)));
}

void ConsoleWindow::resetPassword()
{
    const auto row = selectedRow(m_usersView, m_usersProxy);
    if (!row)
        return;
    const User u = m_users->userAt(*row);
    bool ok = false;
    const QString password =
        QInputDialog::getText(this, tr("New password for %1").arg(u.name), tr("Password:"),
                              QLineEdit::Password, QString(), &ok);
    if (!ok)
        return;
    if (const auto problem = UserDirectory::passwordProblem(password)) {
        say(problem, QString());
        return;
    }
    hashThen(password, [this, u](const std::optional<QString> &hash) {
        if (!hash) {
            say(tr("The password could not be hashed (out of memory?)."), QString());
            return;
        }
        say(m_users->setPasswordHash(u.id, *hash), tr("%1's password was changed.").arg(u.name));
    });
}

void ConsoleWindow::resetPin()
{
    const auto row = selectedRow(m_usersView, m_usersProxy);
    if (!row)
        return;
    const User u = m_users->userAt(*row);
    bool ok = false;
    const QString pin =
        QInputDialog::getText(this, tr("New PIN for %1").arg(u.name), tr("PIN (4 to 8 digits):"),
                              QLineEdit::Password, QString(), &ok)
            .trimmed();
    if (!ok)
        return;
    if (const auto problem = UserDirectory::pinProblem(pin)) {
        say(problem, QString());
        return;
    }
    hashThen(pin, [this, u](const std::optional<QString> &hash) {
        if (!hash) {
            say(tr("The PIN could not be hashed (out of memory?)."), QString());
            return;
        }
        say(m_users->setPinHash(u.id, *hash), tr("%1's PIN was changed.").arg(u.name));
    });
}

void ConsoleWindow::setRevoked(bool revoked)
{
    const auto row = selectedRow(m_terminalsView, m_terminalsProxy);
    if (!row)
        return;
    const TerminalsModel::Terminal t = m_terminals->terminalAt(*row);
    if (revoked && m_interactive &&
        QMessageBox::question(
            this, tr("Revoke %1?").arg(t.name),
            tr("From now on every ticket %1 issues is refused at the gates, and the server takes "
               "no more of its sales. Tickets it issued before stay valid. Revoke its key?")
                .arg(t.name)) != QMessageBox::Yes)
        return;
    say(revoked ? m_terminals->revoke(t.id) : m_terminals->readmit(t.id),
        revoked ? tr("%1's key is revoked.").arg(t.name) : tr("%1 is admitted again.").arg(t.name));
    // The table was read again: the same terminal stays chosen.
    m_terminalsView->setCurrentIndex(
        m_terminalsProxy->mapFromSource(m_terminals->index(m_terminals->rowOf(t.id), 0)));
    updateButtons();
}
