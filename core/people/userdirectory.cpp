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

bool hashMatches(const QString &hash, const QString &secret)
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
    // Digits only are a PIN: the one log-in field tells the two apart by that.
    if (isPin(password))
        return tr("The password must have a letter or a sign besides digits.");
    return std::nullopt;
}

std::optional<QString> UserDirectory::pinProblem(const QString &pin)
{
    static const QRegularExpression digits(QStringLiteral("^[0-9]{4,8}$"));
    if (!digits.match(pin).hasMatch())
        return tr("The PIN must be 4 to 8 digits.");
    return std::nullopt;
}

std::optional<QString> UserDirectory::hash(const QString &secret)
{
    return hashOf(secret);
}

std::optional<QString> UserDirectory::newUserProblem(const QString &login, const QString &name,
                                                     const QString &password, const QString &pin)
{
    static const QRegularExpression loginShape(QStringLiteral("^[a-z0-9._-]{1,64}$"));
    if (!loginShape.match(login.trimmed().toLower()).hasMatch())
        return tr("A login is 1 to 64 letters, digits, dots, dashes or underscores.");
    if (name.trimmed().isEmpty())
        return tr("Say the person's name.");
    if (auto problem = passwordProblem(password))
        return problem;
    if (!pin.isEmpty()) {
        if (auto problem = pinProblem(pin))
            return problem;
    }
    return std::nullopt;
}

std::optional<QString> UserDirectory::add(const QString &login, const QString &name,
                                          User::Role role, const QString &password,
                                          const QString &pin)
{
    if (auto problem = newUserProblem(login, name, password, pin))
        return problem;
    const auto passwordHash = hashOf(password);
    const auto pinHash = pin.isEmpty() ? std::optional<QString>(QString()) : hashOf(pin);
    if (!passwordHash || !pinHash)
        return tr("The password could not be hashed (out of memory?).");
    return addHashed(login, name, role, *passwordHash, *pinHash);
}

std::optional<QString> UserDirectory::addHashed(const QString &login, const QString &name,
                                                User::Role role, const QString &passwordHash,
                                                const QString &pinHash)
{
    const QString normalized = login.trimmed().toLower();
    QSqlQuery q(m_store.connection());
    q.prepare(QStringLiteral("INSERT INTO users (login, name, role, password_hash, pin_hash, "
                             "created_at) VALUES (?, ?, ?, ?, ?, ?)"));
    q.addBindValue(normalized);
    q.addBindValue(name.trimmed());
    q.addBindValue(User::roleName(role));
    q.addBindValue(passwordHash);
    q.addBindValue(pinHash.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(pinHash));
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
    return setPasswordHash(userId, *hash);
}

std::optional<QString> UserDirectory::setPasswordHash(int userId, const QString &hash)
{
    return update(userId, QStringLiteral("password_hash = ?"), {hash});
}

std::optional<QString> UserDirectory::setPinHash(int userId, const QString &hash)
{
    // A new PIN starts with no wrong tries against it.
    return update(userId, QStringLiteral("pin_hash = ?, pin_failures = 0, pin_locked_until = 0"),
                  {hash});
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
    return setPinHash(userId, *hash);
}

std::optional<QString> UserDirectory::setRole(int userId, User::Role role)
{
    return update(userId, QStringLiteral("role = ?"), {User::roleName(role)});
}

std::optional<QString> UserDirectory::setActive(int userId, bool active)
{
    return update(userId, QStringLiteral("active = ?"), {active ? 1 : 0});
}

bool UserDirectory::isPin(const QString &secret)
{
    static const QRegularExpression digits(QStringLiteral("^[0-9]+$"));
    return digits.match(secret).hasMatch();
}

bool UserDirectory::matches(const QString &hash, const QString &secret)
{
    return hashMatches(hash, secret);
}

UserDirectory::Credential UserDirectory::credential(const QString &login, bool byPin) const
{
    Credential c;
    c.byPin = byPin;
    QSqlQuery q(m_store.connection());
    q.prepare(QStringLiteral("SELECT ") + kColumns +
              QStringLiteral(", password_hash, pin_hash, pin_failures, pin_locked_until "
                             "FROM users WHERE login = ?"));
    q.addBindValue(login.trimmed().toLower());
    if (!(q.exec() && q.next())) {
        c.hash = decoyHash();
        return c;
    }
    c.user = userFrom(q);
    c.hash = q.value(byPin ? 7 : 6).toString();
    c.pinFailures = q.value(8).toInt();
    c.pinLockedUntil = q.value(9).toLongLong();
    return c;
}

UserDirectory::LogIn UserDirectory::settle(const Credential &c, bool matched)
{
    // The same words for a wrong login and a wrong secret: they do not say who works here.
    const QString wrong =
        c.byPin ? tr("The login or the PIN is wrong.") : tr("The login or the password is wrong.");
    if (!c.user)
        return {std::nullopt, wrong};
    const User &u = *c.user;
    if (!c.byPin) {
        if (!matched)
            return {std::nullopt, wrong};
        if (!u.active)
            return {std::nullopt, tr("%1 can no longer log in: ask a manager.").arg(u.name)};
        return {u, QString()};
    }
    const qint64 now = m_nowMs();
    if (c.pinLockedUntil > now)
        return {std::nullopt,
                tr("Too many wrong PINs: %1 can use the PIN again in %n second(s), or log in "
                   "with the password.",
                   nullptr, int((c.pinLockedUntil - now + 999) / 1000))
                    .arg(u.name)};
    if (!u.active)
        return {std::nullopt, tr("%1 can no longer log in: ask a manager.").arg(u.name)};
    if (c.hash.isEmpty())
        return {std::nullopt, tr("%1 has no PIN: log in with the password.").arg(u.name)};
    QSqlQuery count(m_store.connection());
    if (matched) {
        if (c.pinFailures > 0) {
            count.prepare(QStringLiteral(
                "UPDATE users SET pin_failures = 0, pin_locked_until = 0 WHERE id = ?"));
            count.addBindValue(u.id);
            count.exec();
        }
        return {u, QString()};
    }
    // Counted in the statement, not from what was read: two terminals trying at once both count.
    count.prepare(QStringLiteral(
        "UPDATE users SET pin_failures = CASE WHEN pin_failures + 1 >= ? THEN 0 "
        "ELSE pin_failures + 1 END, pin_locked_until = CASE WHEN pin_failures + 1 >= ? THEN ? "
        "ELSE 0 END WHERE id = ? RETURNING pin_locked_until"));
    count.addBindValue(kPinTries);
    count.addBindValue(kPinTries);
    count.addBindValue(now + kPinLockMs);
    count.addBindValue(u.id);
    const bool locked = count.exec() && count.next() && count.value(0).toLongLong() > now;
    if (locked)
        return {std::nullopt, tr("Too many wrong PINs: %1's PIN is locked for a minute. The "
                                 "password still works.")
                                  .arg(u.name)};
    return {std::nullopt, wrong};
}

UserDirectory::LogIn UserDirectory::logIn(const QString &login, const QString &password)
{
    const Credential c = credential(login, false);
    return settle(c, matches(c.hash, password));
}

UserDirectory::LogIn UserDirectory::switchByPin(const QString &login, const QString &pin)
{
    const Credential c = credential(login, true);
    return settle(c, matches(c.hash, pin));
}

UserDirectory::LogIn UserDirectory::logInWith(const QString &login, const QString &secret)
{
    return isPin(secret) ? switchByPin(login, secret) : logIn(login, secret);
}
