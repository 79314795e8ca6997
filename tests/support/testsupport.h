#pragma once

#include <QJsonDocument>
#include <QString>

// Shared helpers for the QtTest executables.
namespace TestSupport {

QString fixturePath(const QString &name);
QJsonDocument readJsonFixture(const QString &name);

// The PostgreSQL server the test script started, as a store address (ENTITYDESK_TEST_PG), or
// empty. In CI (CI set) a missing server is a failure, never a skip.
QString postgresAddress();
bool postgresRequired();

// A fresh, empty PostgreSQL database for one test (created on the test server); returns its
// address, or an empty string with *error set.
QString createPostgresDatabase(const QString &label, QString *error);

} // namespace TestSupport

#include <QTemporaryDir>
#include <QTest>

namespace TestSupport {

enum class Backend { SQLite, PostgreSQL };
QString backendName(Backend backend);

// A fresh, empty store address for one test: a new SQLite file in `dir`, or a new database on
// the test PostgreSQL server. Empty with *error set if that cannot be made.
QString freshStoreAddress(Backend backend, const QTemporaryDir &dir, const QString &label, QString *error);

// Loads the fixture table (entities.sql through psql, or entities.csv through `entitydesk
// import`) into a fresh store and returns its address.
QString fixtureStoreAddress(Backend backend, const QTemporaryDir &dir, QString *error);

// Runs `entitydesk ARGS`; returns the exit code and fills stdout/stderr.
int runEntityDesk(const QStringList &arguments, QByteArray *out = nullptr, QByteArray *err = nullptr,
                  const QByteArray &input = {});

// Runs a QtTest class once per backend: `argv` as for QTest::qExec. A PostgreSQL run without
// a server fails when the server is required (CI), and is skipped with a note otherwise.
template <typename TestClass>
int runForBothBackends(int argc, char **argv)
{
    int failures = 0;
    for (Backend backend : {Backend::SQLite, Backend::PostgreSQL}) {
        if (backend == Backend::PostgreSQL && postgresAddress().isEmpty()) {
            if (postgresRequired()) {
                qCritical("FAIL: ENTITYDESK_TEST_PG is not set; the PostgreSQL tests cannot run");
                ++failures;
            } else {
                qWarning("PostgreSQL tests not run: ENTITYDESK_TEST_PG is not set (scripts/test.sh sets it)");
            }
            continue;
        }
        TestClass test(backend);
        failures += QTest::qExec(&test, argc, argv);
    }
    return failures;
}

} // namespace TestSupport

#define ENTITYDESK_TEST_BOTH_BACKENDS(TestClass)                                  \
    int main(int argc, char **argv)                                               \
    {                                                                             \
        QCoreApplication app(argc, argv);                                         \
        return TestSupport::runForBothBackends<TestClass>(argc, argv);            \
    }
