#include "testsupport.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QUrl>

namespace TestSupport {

QString fixturePath(const QString &name)
{
    return QStringLiteral(ENTITYDESK_FIXTURES_DIR) + QLatin1Char('/') + name;
}

QJsonDocument readJsonFixture(const QString &name)
{
    QFile f(fixturePath(name));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll());
}

QString postgresAddress()
{
    return qEnvironmentVariable("ENTITYDESK_TEST_PG");
}

bool postgresRequired()
{
    return !qEnvironmentVariableIsEmpty("CI") || !qEnvironmentVariableIsEmpty("ENTITYDESK_REQUIRE_PG");
}

QString createPostgresDatabase(const QString &label, QString *error)
{
    const QString base = postgresAddress();
    if (base.isEmpty()) {
        *error = QStringLiteral("ENTITYDESK_TEST_PG is not set");
        return {};
    }
    // Use psql, so the helper does not depend on the code under test.
    QUrl url(base);
    const QString name = QStringLiteral("edt_%1_%2_%3")
                             .arg(label.toLower())
                             .arg(QCoreApplication::applicationPid())
                             .arg(QRandomGenerator::global()->bounded(1000000));
    QProcess psql;
    QStringList args{QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"),
                     QStringLiteral("-d"), base, QStringLiteral("-c"),
                     QStringLiteral("CREATE DATABASE \"%1\"").arg(name)};
    psql.start(QStringLiteral("psql"), args);
    if (!psql.waitForFinished(60000) || psql.exitCode() != 0) {
        *error = QStringLiteral("psql failed: ") + QString::fromLocal8Bit(psql.readAllStandardError());
        return {};
    }
    url.setPath(QLatin1Char('/') + name);
    return url.toString();
}

} // namespace TestSupport

namespace TestSupport {

QString backendName(Backend backend)
{
    return backend == Backend::SQLite ? QStringLiteral("SQLite") : QStringLiteral("PostgreSQL");
}

QString freshStoreAddress(Backend backend, const QTemporaryDir &dir, const QString &label, QString *error)
{
    if (backend == Backend::SQLite) {
        static int counter = 0;
        return QStringLiteral("sqlite:%1/%2-%3.sqlite").arg(dir.path(), label).arg(++counter);
    }
    return createPostgresDatabase(label, error);
}

int runEntityDesk(const QStringList &arguments, QByteArray *out, QByteArray *err, const QByteArray &input)
{
    QProcess process;
    process.start(QStringLiteral(ENTITYDESK_BINARY), arguments);
    if (!process.waitForStarted(30000))
        return -1;
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(600000))
        return -2;
    if (out)
        *out = process.readAllStandardOutput();
    if (err)
        *err = process.readAllStandardError();
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -3;
}

QString fixtureStoreAddress(Backend backend, const QTemporaryDir &dir, QString *error)
{
    const QString address = freshStoreAddress(backend, dir, QStringLiteral("fixture"), error);
    if (address.isEmpty())
        return {};
    if (backend == Backend::SQLite) {
        QByteArray err;
        if (runEntityDesk({QStringLiteral("import"), QStringLiteral("--store"), address, fixturePath(QStringLiteral("entities.csv"))},
                          nullptr, &err) != 0) {
            *error = QStringLiteral("entitydesk import failed: ") + QString::fromUtf8(err);
            return {};
        }
        return address;
    }
    QProcess psql;
    psql.start(QStringLiteral("psql"), {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"),
                                        QStringLiteral("-d"), address, QStringLiteral("-f"), fixturePath(QStringLiteral("entities.sql"))});
    if (!psql.waitForFinished(120000) || psql.exitCode() != 0) {
        *error = QStringLiteral("psql failed: ") + QString::fromLocal8Bit(psql.readAllStandardError());
        return {};
    }
    return address;
}

} // namespace TestSupport
