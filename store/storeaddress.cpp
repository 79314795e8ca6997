#include "storeaddress.h"

#include <QUrl>
#include <QUrlQuery>

namespace {

bool isPostgresScheme(const QString &scheme)
{
    return scheme == QLatin1String("postgres") || scheme == QLatin1String("postgresql");
}

} // namespace

Result<BackendConfig> parseStoreAddress(const QString &address)
{
    BackendConfig config;
    const QString trimmed = address.trimmed();
    if (trimmed.isEmpty())
        return makeError(StoreError::Kind::InvalidInput, QStringLiteral("empty store address"));

    if (trimmed.startsWith(QLatin1String("sqlite:"))) {
        config.path = trimmed.mid(7);
        if (config.path.startsWith(QLatin1String("//")))
            config.path = QUrl(trimmed).toLocalFile();
        if (config.path.isEmpty())
            return makeError(StoreError::Kind::InvalidInput, QStringLiteral("sqlite: needs a file path"));
        return config;
    }

    const int colon = trimmed.indexOf(QLatin1Char(':'));
    const QString scheme = colon > 0 ? trimmed.left(colon).toLower() : QString();
    if (isPostgresScheme(scheme)) {
        const QUrl url(trimmed, QUrl::StrictMode);
        if (!url.isValid())
            return makeError(StoreError::Kind::InvalidInput, QStringLiteral("not a valid PostgreSQL address: ") + url.errorString());
        config.backend = BackendConfig::Backend::PostgreSQL;
        config.host = url.host();
        config.port = url.port(5432);
        config.username = url.userName(QUrl::FullyDecoded);
        config.password = url.password(QUrl::FullyDecoded);
        config.database = url.path(QUrl::FullyDecoded).mid(1);
        QStringList options;
        const QUrlQuery query(url);
        for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
            if (key == QLatin1String("host"))
                config.host = value; // a socket directory, as libpq allows
            else if (key == QLatin1String("port"))
                config.port = value.toInt();
            else if (key == QLatin1String("user"))
                config.username = value;
            else if (key == QLatin1String("password"))
                config.password = value;
            else if (key == QLatin1String("dbname"))
                config.database = value;
            else if (key == QLatin1String("readonly") || key == QLatin1String("read_only"))
                config.readOnly = value == QLatin1String("1") || value == QLatin1String("true");
            else
                options << key + QLatin1Char('=') + value;
        }
        config.connectOptions = options.join(QLatin1Char(';'));
        if (config.database.isEmpty())
            config.database = config.username.isEmpty() ? QStringLiteral("postgres") : config.username;
        if (config.host.isEmpty())
            config.host = QStringLiteral("localhost");
        return config;
    }

    if (!scheme.isEmpty() && scheme.size() > 1 && !trimmed.contains(QLatin1Char('/')) && !trimmed.contains(QLatin1Char('\\'))
        && !trimmed.endsWith(QLatin1String(".sqlite")) && !trimmed.endsWith(QLatin1String(".db")))
        return makeError(StoreError::Kind::InvalidInput, QStringLiteral("unknown store address scheme '%1'").arg(scheme));

    // A plain path to a SQLite file.
    config.path = trimmed;
    return config;
}

QString BackendConfig::toAddress() const
{
    if (backend == Backend::SQLite)
        return QStringLiteral("sqlite:") + path;
    QUrl url;
    url.setScheme(QStringLiteral("postgres"));
    url.setUserName(username);
    QUrlQuery query;
    if (host.startsWith(QLatin1Char('/')))
        query.addQueryItem(QStringLiteral("host"), host);
    else
        url.setHost(host);
    url.setPort(port);
    url.setPath(QLatin1Char('/') + database);
    for (const QString &option : connectOptions.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const int eq = option.indexOf(QLatin1Char('='));
        query.addQueryItem(option.left(eq), option.mid(eq + 1));
    }
    if (readOnly)
        query.addQueryItem(QStringLiteral("readonly"), QStringLiteral("1"));
    url.setQuery(query);
    return url.toString();
}

QString BackendConfig::displayName() const
{
    if (backend == Backend::SQLite)
        return path;
    return toAddress();
}
