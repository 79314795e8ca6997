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
