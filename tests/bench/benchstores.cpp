#include "benchstores.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSaveFile>
#include <QUrl>

#include <memory>

#include "csvwriter.h"
#include "demodata.h"
#include "entityrow.h"
#include "entitystore.h"

namespace {

// A file of ours is complete only once its marker exists (a killed run leaves none).
QString markerOf(const QString &path)
{
    return path + QStringLiteral(".complete");
}

// The marker holds how long the file took to make, so a re-run can still report it.
bool writeMarker(const QString &path, double ms)
{
    QFile marker(markerOf(path));
    return marker.open(QIODevice::WriteOnly) && marker.write(QByteArray::number(ms, 'f', 1)) > 0;
}

double readMarker(const QString &path)
{
    QFile marker(markerOf(path));
    bool ok = false;
    const double ms = marker.open(QIODevice::ReadOnly) ? marker.readAll().trimmed().toDouble(&ok) : -1;
    return ok ? ms : -1;
}

void removeStoreFiles(const QString &path)
{
    for (const char *suffix : {"", "-wal", "-shm", "-journal", ".complete"})
        QFile::remove(path + QLatin1String(suffix));
}

// DemoData may change between runs: kept stores are named by a digest of its first entities,
// so a changed generator never reuses stores of the old one.
QString demoDataFingerprint()
{
    QCryptographicHash hash(QCryptographicHash::Sha1);
    for (qint64 i = 0; i < 256; ++i) {
        for (const QString &value : EntityCodec::toRow(DemoData::make(i)).values)
            hash.addData((value + QChar(0x1f)).toUtf8());
    }
    return QString::fromLatin1(hash.result().toHex().left(8));
}

} // namespace

BenchStores::BenchStores(QString folder, bool keep, QString pgBase)
    : m_folder(std::move(folder)), m_keep(keep), m_pgBase(std::move(pgBase)), m_fingerprint(demoDataFingerprint())
{
    QDir().mkpath(m_folder);
}

BenchStores::~BenchStores()
{
    const QStringList databases = m_createdDatabases;
    for (const QString &name : databases)
        dropDatabase(name);
}

Result<QString> BenchStores::sqliteStore(qint64 n, double *ms, bool *reused)
{
    const QString path = QStringLiteral("%1/entities-%2-%3.sqlite").arg(m_folder).arg(n).arg(m_fingerprint);
    *reused = m_keep && QFile::exists(markerOf(path)) && QFile::exists(path);
    if (*reused) {
        *ms = readMarker(path);
        return path;
    }
    removeStoreFiles(path);
    QElapsedTimer clock;
    clock.start();
    {
        auto store = openStore(QStringLiteral("sqlite:") + path);
        if (!store.ok())
            return store.error();
        if (VoidResult populated = DemoData::populate(*store.value(), n); !populated.ok())
            return populated.error();
    }
    *ms = clock.nsecsElapsed() / 1e6;
    writeMarker(path, *ms);
    return path;
}

Result<QString> BenchStores::csvFile(qint64 n, double *ms)
{
    const QString path = QStringLiteral("%1/entities-%2-%3.csv").arg(m_folder).arg(n).arg(m_fingerprint);
    if (QFile::exists(markerOf(path)) && QFile::exists(path)) {
        *ms = readMarker(path);
        return path;
    }
    QElapsedTimer clock;
    clock.start();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(StoreError::Kind::InvalidInput, QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
    {
        // PostgreSQL's COPY … CSV HEADER: a null is nothing, an empty string is "".
        CsvOptions options;
        options.lineEnding = "\n";
        options.quoteEmptyStrings = true;
        CsvWriter csv(&file, options);
        csv.writeHeader(EntityRow::columnNames());
        for (qint64 i = 0; i < n; ++i) {
            const EntityRow row = EntityCodec::toRow(DemoData::make(i));
            for (const QString &value : row.values) {
                if (value.isNull())
                    csv.addNull();
                else
                    csv.addField(value);
            }
            csv.endRow();
        }
        if (!csv.flush())
            return makeError(StoreError::Kind::InvalidInput, QStringLiteral("cannot write %1: %2").arg(path, csv.errorString()));
    }
    if (!file.commit())
        return makeError(StoreError::Kind::InvalidInput, QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
    *ms = clock.nsecsElapsed() / 1e6;
    writeMarker(path, *ms);
    return path;
}

QString BenchStores::addressOf(const QString &database) const
{
    QUrl url(m_pgBase);
    url.setPath(QLatin1Char('/') + database);
    return url.toString();
}

Result<QString> BenchStores::psql(const QString &address, const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral("psql"), QStringList{QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-A"),
                                                      QStringLiteral("-t"), QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"),
                                                      QStringLiteral("-d"), address}
                                              + arguments);
    if (!process.waitForFinished(60 * 60 * 1000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return makeError(StoreError::Kind::Backend,
                         QStringLiteral("psql failed: %1%2")
                             .arg(process.errorString() + QLatin1Char(' '),
                                  QString::fromLocal8Bit(process.readAllStandardError()).trimmed()));
    return QString::fromLocal8Bit(process.readAllStandardOutput()).trimmed();
}

Result<QString> BenchStores::createDatabase(const QString &name)
{
    if (m_pgBase.isEmpty())
        return makeError(StoreError::Kind::InvalidInput, QStringLiteral("no --pg address"));
    Result<QString> dropped = psql(m_pgBase, {QStringLiteral("-c"), QStringLiteral("DROP DATABASE IF EXISTS \"%1\"").arg(name)});
    if (!dropped.ok())
        return dropped.error();
    Result<QString> created = psql(m_pgBase, {QStringLiteral("-c"), QStringLiteral("CREATE DATABASE \"%1\"").arg(name)});
    if (!created.ok())
        return created.error();
    if (!m_createdDatabases.contains(name))
        m_createdDatabases << name;
    return addressOf(name);
}

void BenchStores::dropDatabase(const QString &name)
{
    psql(m_pgBase, {QStringLiteral("-c"), QStringLiteral("DROP DATABASE IF EXISTS \"%1\"").arg(name)});
    m_createdDatabases.removeAll(name);
}

Result<QString> BenchStores::postgresStore(qint64 n, const QString &csv, double *ms, bool *reused)
{
    *reused = false;
    // Load times of kept databases are kept beside the SQLite files.
    const QString loadRecord = QStringLiteral("%1/postgres-%2-%3").arg(m_folder).arg(n).arg(m_fingerprint);
    const QString name = m_keep ? QStringLiteral("edbench_%1_%2").arg(n).arg(m_fingerprint)
                                : QStringLiteral("edbench_%1_%2").arg(n).arg(QCoreApplication::applicationPid());
    if (m_keep) {
        // Reuse a kept database when it holds exactly the generated rows.
        Result<QString> exists = psql(m_pgBase, {QStringLiteral("-c"),
                                                 QStringLiteral("SELECT 1 FROM pg_database WHERE datname = '%1'").arg(name)});
        if (exists.ok() && exists.value() == QLatin1String("1")) {
            Result<QString> counted = psql(addressOf(name), {QStringLiteral("-c"), QStringLiteral("SELECT count(*) FROM entity")});
            if (counted.ok() && counted.value().toLongLong() == n) {
                *reused = true;
                *ms = readMarker(loadRecord);
                return addressOf(name);
            }
        }
    }
    Result<QString> address = createDatabase(name);
    if (!address.ok())
        return address;
    if (m_keep)
        m_createdDatabases.removeAll(name); // kept for the next run
    QElapsedTimer clock;
    clock.start();
    {
        // The store creates Dispatch's table (and whatever indexes it creates on open).
        auto store = openStore(address.value());
        if (!store.ok())
            return store.error();
    }
    Result<QString> loaded = psql(address.value(), {QStringLiteral("-c"),
                                                    QStringLiteral("\\copy entity FROM '%1' WITH (FORMAT csv, HEADER)").arg(csv)});
    if (!loaded.ok())
        return loaded.error();
    Result<QString> analysed = psql(address.value(), {QStringLiteral("-c"), QStringLiteral("VACUUM ANALYZE entity")});
    if (!analysed.ok())
        return analysed.error();
    *ms = clock.nsecsElapsed() / 1e6;
    if (m_keep)
        writeMarker(loadRecord, *ms);
    return address;
}
