// SPDX-License-Identifier: GPL-3.0-or-later
#include "userdirectory.h"

#include "core/store/database.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <sodium.h>

namespace {
bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}

std::optional<QString> hashOf(const QString &secret)
{
    if (!sodiumReady())
        return std::nullopt;
    char hash[crypto_pwhash_STRBYTES];
    const QByteArray utf8 = secret.toUtf8();
    if (crypto_pwhash_str(hash, utf8.constData(), quint64(utf8.size()),
                          crypto_pwhash_OPSLIMIT_INTERACTIVE,
                          crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0)
        return std::nullopt;
    return QString::fromLatin1(hash);
}

bool matches(const QString &hash, const QString &secret)
{
    if (hash.isEmpty() || !sodiumReady())
        return false;
    const QByteArray h = hash.toLatin1();
    const QByteArray utf8 = secret.toUtf8();
    return crypto_pwhash_str_verify(h.constData(), utf8.constData(), quint64(utf8.size())) == 0;
}

// Checked against when the login is unknown, so that a wrong login takes as long to refuse as
// a wrong password and does not tell who works here.
const QString &decoyHash()
{
    static const QString hash = hashOf(QStringLiteral("not anyone's password")).value_or(QString());
    return hash;
}

const QString kColumns = QStringLiteral("id, login, name, role, active, pin_hash IS NOT NULL");

User userFrom(const QSqlQuery &q)
{
    User u;
    u.id = q.value(0).toInt();
    u.login = q.value(1).toString();
    u.name = q.value(2).toString();
    u.role = User::roleFromName(q.value(3).toString()).value_or(User::Role::Cashier);
    u.active = q.value(4).toInt() != 0;
    u.hasPin = q.value(5).toBool();
    return u;
}
} // namespace

UserDirectory::UserDirectory(const Database &store)
    : m_store(store), m_nowMs([] { return QDateTime::currentMSecsSinceEpoch(); })
{}

bool UserDirectory::isEmpty() const
{
    QSqlQuery q(m_store.connection());
    return !(q.exec(QStringLiteral("SELECT 1 FROM users LIMIT 1")) && q.next());
}

QList<User> UserDirectory::users() const
{
    QList<User> list;
    QSqlQuery q(m_store.connection());
    if (q.exec(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM users ORDER BY name")))
        while (q.next())
            list << userFrom(q);
    return list;
}

std::optional<User> UserDirectory::user(const QString &login) const
{
    QSqlQuery q(m_store.connection());
    q.prepare(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM users WHERE login = ?"));
    q.addBindValue(login.trimmed().toLower());
    if (q.exec() && q.next())
        return userFrom(q);
    return std::nullopt;
}

std::optional<QString> UserDirectory::passwordProblem(const QString &password)
{
    if (password.size() < 8)
        return tr("The password must have at least 8 characters.");
    return std::nullopt;
}

std::optional<QString> UserDirectory::pinProblem(const QString &pin)
{
    static const QRegularExpression digits(QStringLiteral("^[0-9]{4,8}$"));
    if (!digits.match(pin).hasMatch())
        return tr("The PIN must be 4 to 8 digits.");
    return std::nullopt;
}

std::optional<QString> UserDirectory::add(const QString &login, const QString &name,
                                          User::Role role, const QString &password,
                                          const QString &pin)
{
    static const QRegularExpression loginShape(QStringLiteral("^[a-z0-9._-]{1,64}$"));
    const QString normalized = login.trimmed().toLower();
    if (!loginShape.match(normalized).hasMatch())
        return tr("A login is 1 to 64 letters, digits, dots, dashes or underscores.");
    if (name.trimmed().isEmpty())
        return tr("Say the person's name.");
    if (auto problem = passwordProblem(password))
        return problem;
    if (!pin.isEmpty()) {
        if (auto problem = pinProblem(pin))
            return problem;
    }
    const auto passwordHash = hashOf(password);
    const auto pinHash = pin.isEmpty() ? std::optional<QString>(QString()) : hashOf(pin);
    if (!passwordHash || !pinHash)
        return tr("The password could not be hashed (out of memory?).");
    QSqlQuery q(m_store.connection());
    q.prepare(QStringLiteral("INSERT INTO users (login, name, role, password_hash, pin_hash, "
                             "created_at) VALUES (?, ?, ?, ?, ?, ?)"));
    q.addBindValue(normalized);
    q.addBindValue(name.trimmed());
    q.addBindValue(User::roleName(role));
    q.addBindValue(*passwordHash);
    q.addBindValue(pin.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(*pinHash));
    q.addBindValue(m_nowMs());
    if (q.exec())
        return std::nullopt;
    if (Database::brokenRule(q.lastError()) == QLatin1String("users_login_key"))
        return tr("The login %1 is already someone's.").arg(normalized);
    if (Database::isPermissionError(q.lastError()))
        return tr("This connection may not change users: on a server, that takes a manager's "
                  "database login.");
    return tr("The user could not be saved: %1").arg(q.lastError().text());
}

std::optional<QString> UserDirectory::update(int userId, const QString &assignments,
                                             const QVariantList &values)
{
    QSqlQuery q(m_store.connection());
    q.prepare(QStringLiteral("UPDATE users SET %1 WHERE id = ?").arg(assignments));
    for (const QVariant &value : values)
        q.addBindValue(value);
    q.addBindValue(userId);
    if (!q.exec()) {
        if (Database::isPermissionError(q.lastError()))
            return tr("This connection may not change users: on a server, that takes a "
                      "manager's database login.");
        return tr("The user could not be saved: %1").arg(q.lastError().text());
    }
    if (q.numRowsAffected() != 1)
        return tr("There is no such user.");
    return std::nullopt;
}

std::optional<QString> UserDirectory::setPassword(int userId, const QString &password)
{
    if (auto problem = passwordProblem(password))
        return problem;
    const auto hash = hashOf(password);
    if (!hash)
        return tr("The password could not be hashed (out of memory?).");
    return update(userId, QStringLiteral("password_hash = ?"), {*hash});
}

std::optional<QString> UserDirectory::setPin(int userId, const QString &pin)
{
    if (pin.isEmpty())
        return update(userId, QStringLiteral("pin_hash = NULL"), {});
    if (auto problem = pinProblem(pin))
        return problem;
    const auto hash = hashOf(pin);
    if (!hash)
        return tr("The PIN could not be hashed (out of memory?).");
    // A new PIN starts with no wrong tries against it.
    return update(userId, QStringLiteral("pin_hash = ?, pin_failures = 0, pin_locked_until = 0"),
                  {*hash});
}

std::optional<QString> UserDirectory::setRole(int userId, User::Role role)
{
    return update(userId, QStringLiteral("role = ?"), {User::roleName(role)});
}

std::optional<QString> UserDirectory::setActive(int userId, bool active)
{
    return update(userId, QStringLiteral("active = ?"), {active ? 1 : 0});
}

UserDirectory::LogIn UserDirectory::logIn(const QString &login, const QString &password) const
{
    QSqlQuery q(m_store.connection());
    q.prepare(QStringLiteral("SELECT ") + kColumns +
              QStringLiteral(", password_hash FROM users WHERE login = ?"));
    q.addBindValue(login.trimmed().toLower());
    const bool found = q.exec() && q.next();
    const QString hash = found ? q.value(6).toString() : decoyHash();
    const bool right = matches(hash, password) && found;
    // The same words for a wrong login and a wrong password: they do not say who works here.
    if (!right)
        return {std::nullopt, tr("The login or the password is wrong.")};
    User u = userFrom(q);
    if (!u.active)
        return {std::nullopt, tr("%1 can no longer log in: ask a manager.").arg(u.name)};
    return {u, QString()};
}

UserDirectory::LogIn UserDirectory::switchByPin(const QString &login, const QString &pin)
{
    QSqlQuery q(m_store.connection());
    q.prepare(QStringLiteral("SELECT ") + kColumns +
              QStringLiteral(", pin_hash, pin_failures, pin_locked_until FROM users "
                             "WHERE login = ?"));
    q.addBindValue(login.trimmed().toLower());
    if (!(q.exec() && q.next())) {
        matches(decoyHash(), pin);
        return {std::nullopt, tr("The login or the PIN is wrong.")};
    }
    const User u = userFrom(q);
    const QString hash = q.value(6).toString();
    const int failures = q.value(7).toInt();
    const qint64 lockedUntil = q.value(8).toLongLong();
    const qint64 now = m_nowMs();
    if (lockedUntil > now)
        return {std::nullopt,
                tr("Too many wrong PINs: %1 can use the PIN again in %n second(s), or log in "
                   "with the password.",
                   nullptr, int((lockedUntil - now + 999) / 1000))
                    .arg(u.name)};
    if (!u.active)
        return {std::nullopt, tr("%1 can no longer log in: ask a manager.").arg(u.name)};
    if (hash.isEmpty())
        return {std::nullopt, tr("%1 has no PIN: log in with the password.").arg(u.name)};
    QSqlQuery count(m_store.connection());
    if (matches(hash, pin)) {
        if (failures > 0) {
            count.prepare(QStringLiteral(
                "UPDATE users SET pin_failures = 0, pin_locked_until = 0 WHERE id = ?"));
            count.addBindValue(u.id);
            count.exec();
        }
        return {u, QString()};
    }
    const bool lock = failures + 1 >= kPinTries;
    count.prepare(
        QStringLiteral("UPDATE users SET pin_failures = ?, pin_locked_until = ? WHERE id = ?"));
    count.addBindValue(lock ? 0 : failures + 1);
    count.addBindValue(lock ? now + kPinLockMs : qint64(0));
    count.addBindValue(u.id);
    count.exec();
    if (lock)
        return {std::nullopt, tr("Too many wrong PINs: %1's PIN is locked for a minute. The "
                                 "password still works.")
                                  .arg(u.name)};
    return {std::nullopt, tr("The login or the PIN is wrong.")};
}
