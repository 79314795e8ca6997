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
