// SPDX-License-Identifier: GPL-3.0-or-later
// Users in the embedded store: added with hashed secrets only, logged in by password, switched
// by PIN with a lockout after five wrong ones. What was tried is said at each step.
#include "core/people/userdirectory.h"
#include "core/store/database.h"
#include "testdatabase.h"

#include <QSqlQuery>
#include <QTest>

class TestPeople : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void aNewUserLogsInAndNoSecretIsStoredInTheClear()
    {
        TestDatabase t(false);
        UserDirectory users(*t.database);
        QVERIFY(users.isEmpty());
        QCOMPARE(users.add(QStringLiteral(" Marta "), QStringLiteral("Marta Souza"),
                           User::Role::Cashier, QStringLiteral("bilheteria-7"),
                           QStringLiteral("4821")),
                 std::nullopt);
        QVERIFY(!users.isEmpty());
        const auto in = users.logIn(QStringLiteral("MARTA"), QStringLiteral("bilheteria-7"));
        QVERIFY2(in.user, qPrintable(in.refusal));
        QCOMPARE(in.user->login, QStringLiteral("marta"));
        QCOMPARE(in.user->role, User::Role::Cashier);
        QVERIFY(in.user->hasPin);
        // Reading the database gives away neither the password nor the PIN.
        QSqlQuery q(t.database->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT password_hash || pin_hash FROM users")));
        QVERIFY(q.next());
        const QString stored = q.value(0).toString();
        QVERIFY(stored.startsWith(QStringLiteral("$argon2id$")));
        QVERIFY(!stored.contains(QStringLiteral("bilheteria-7")));
        QVERIFY(!stored.contains(QStringLiteral("4821")));
    }

    // Tried: a wrong password, a login nobody has, a deactivated user, a taken login, a short
    // password, a PIN with letters. Each is refused with a message, and nothing is changed.
    void wrongOrForbiddenAttemptsAreRefusedWithAReason()
    {
        TestDatabase t(false);
        UserDirectory users(*t.database);
        QCOMPARE(users.add(QStringLiteral("ana"), QStringLiteral("Ana"), User::Role::Manager,
                           QStringLiteral("gerencia-2026")),
                 std::nullopt);
        const auto wrong = users.logIn(QStringLiteral("ana"), QStringLiteral("gerencia-2025"));
        QVERIFY(!wrong.user);
        const auto nobody = users.logIn(QStringLiteral("bruno"), QStringLiteral("gerencia-2026"));
        QVERIFY(!nobody.user);
        // The same words: a wrong login does not tell who works here.
        QCOMPARE(nobody.refusal, wrong.refusal);
        QVERIFY(!wrong.refusal.isEmpty());

        const auto taken = users.add(QStringLiteral("ANA"), QStringLiteral("Outra Ana"),
                                     User::Role::Cashier, QStringLiteral("outra-senha"));
        QVERIFY(taken);
        QVERIFY2(taken->contains(QStringLiteral("ana")), qPrintable(*taken));
        QVERIFY(users.add(QStringLiteral("carla"), QStringLiteral("Carla"), User::Role::Cashier,
                          QStringLiteral("curta")));
        QVERIFY(users.add(QStringLiteral("carla"), QStringLiteral("Carla"), User::Role::Cashier,
                          QStringLiteral("senha-boa-1"), QStringLiteral("12a4")));
        QCOMPARE(users.users().size(), 1);

        const int ana = users.user(QStringLiteral("ana"))->id;
        QCOMPARE(users.setActive(ana, false), std::nullopt);
        const auto inactive = users.logIn(QStringLiteral("ana"), QStringLiteral("gerencia-2026"));
        QVERIFY(!inactive.user);
        QVERIFY2(inactive.refusal.contains(QStringLiteral("Ana")), qPrintable(inactive.refusal));
        QCOMPARE(users.setActive(ana, true), std::nullopt);
        QCOMPARE(users.setPassword(ana, QStringLiteral("nova-senha-9")), std::nullopt);
        QVERIFY(!users.logIn(QStringLiteral("ana"), QStringLiteral("gerencia-2026")).user);
        QVERIFY(users.logIn(QStringLiteral("ana"), QStringLiteral("nova-senha-9")).user);
        QVERIFY(users.setRole(ana + 100, User::Role::Admin)); // no such user
    }

    // Five wrong PINs in a row lock the quick switch for a minute; the password still works,
    // and the right PIN works again once the minute is over.
    void fiveWrongPinsLockThePinForAMinute()
    {
        TestDatabase t(false);
        UserDirectory users(*t.database);
        qint64 now = 1'800'000'000'000;
        users.setClock([&now] { return now; });
        QCOMPARE(users.add(QStringLiteral("joao"), QStringLiteral("João"), User::Role::Cashier,
                           QStringLiteral("caixa-do-joao"), QStringLiteral("2580")),
                 std::nullopt);
        QVERIFY(users.switchByPin(QStringLiteral("joao"), QStringLiteral("2580")).user);
        for (int i = 0; i < UserDirectory::kPinTries; ++i)
            QVERIFY(!users.switchByPin(QStringLiteral("joao"), QStringLiteral("0000")).user);
        const auto locked = users.switchByPin(QStringLiteral("joao"), QStringLiteral("2580"));
        QVERIFY(!locked.user);
        QVERIFY2(locked.refusal.contains(QStringLiteral("60")), qPrintable(locked.refusal));
        QVERIFY(users.logIn(QStringLiteral("joao"), QStringLiteral("caixa-do-joao")).user);
        now += UserDirectory::kPinLockMs + 1;
        QVERIFY(users.switchByPin(QStringLiteral("joao"), QStringLiteral("2580")).user);
        // A right PIN clears the count: four wrong ones later do not lock it.
        for (int i = 0; i < UserDirectory::kPinTries - 1; ++i)
            QVERIFY(!users.switchByPin(QStringLiteral("joao"), QStringLiteral("1111")).user);
        QVERIFY(users.switchByPin(QStringLiteral("joao"), QStringLiteral("2580")).user);
    }

    // The demo cinema comes with one user of each role, as README lists them.
    void theDemoHasOneUserOfEachRole()
    {
        TestDatabase t(true);
        UserDirectory users(*t.database);
        const struct
        {
            const char *login, *password, *pin;
            User::Role role;
        } demo[] = {{"admin", "admin-demo", "1111", User::Role::Admin},
                    {"gerente", "gerente-demo", "2222", User::Role::Manager},
                    {"caixa", "caixa-demo", "3333", User::Role::Cashier},
                    {"porta", "porta-demo", "4444", User::Role::Door}};
        for (const auto &d : demo) {
            const auto in =
                users.logIn(QString::fromLatin1(d.login), QString::fromLatin1(d.password));
            QVERIFY2(in.user, d.login);
            QCOMPARE(in.user->role, d.role);
            QVERIFY(
                users.switchByPin(QString::fromLatin1(d.login), QString::fromLatin1(d.pin)).user);
        }
    }
};

QTEST_MAIN(TestPeople)
#include "tst_people.moc"
