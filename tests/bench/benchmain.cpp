// entitydesk-bench: generates demo stores and times what the window and the command line do
// with them, on SQLite and (with --pg) PostgreSQL, next to sqlite3 and psql. See
// docs/bench/README.md.

#include <QCommandLineParser>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QProcess>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QThread>

#include <cstdio>
#include <memory>

#include "benchphases.h"
#include "benchreport.h"
#include "benchstores.h"
#include "peakmemory.h"
#include "processrun.h"

namespace {

QString firstLineOf(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(20000))
        return QStringLiteral("?");
    return QString::fromLocal8Bit(process.readAllStandardOutput()).section(QLatin1Char('\n'), 0, 0).trimmed();
}

QString cpuModel()
{
    QFile cpuinfo(QStringLiteral("/proc/cpuinfo"));
    if (!cpuinfo.open(QIODevice::ReadOnly))
        return QStringLiteral("?");
    for (const QByteArray &line : cpuinfo.readAll().split('\n')) {
        if (line.startsWith("model name"))
            return QString::fromLocal8Bit(line).section(QLatin1Char(':'), 1).trimmed();
    }
    return QStringLiteral("?");
}

QString seconds(double ms)
{
    return QStringLiteral("%1 s").arg(ms / 1000.0, 0, 'f', 1);
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(data) != data.size()) {
        fprintf(stderr, "cannot write %s: %s\n", qPrintable(path), qPrintable(file.errorString()));
        return false;
    }
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    // The table model lives in a GUI library; no window is shown.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("entitydesk-bench"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Generates N demo entities into SQLite (and PostgreSQL with --pg) and measures open, sort, filter, "
        "jump to the end, reading every row, export and import, next to sqlite3 and psql."));
    parser.addHelpOption();
    parser.addOptions({
        {QStringLiteral("sizes"), QStringLiteral("Comma-separated entity counts."), QStringLiteral("n,n,…"),
         QStringLiteral("10000,100000")},
        {QStringLiteral("pg"), QStringLiteral("A postgres:// address of a server where the benchmark may create databases."),
         QStringLiteral("address")},
        {QStringLiteral("runs"), QStringLiteral("Runs per phase; the median is reported."), QStringLiteral("n"), QStringLiteral("5")},
        {QStringLiteral("out"), QStringLiteral("Folder for bench-<size>.md and bench-<size>.json."), QStringLiteral("dir"),
         QStringLiteral(ENTITYDESK_SOURCE_DIR "/docs/bench")},
        {QStringLiteral("keep"), QStringLiteral("Keep the generated stores (in --cache, and databases edbench_<size>_<digest of DemoData>) for the next run.")},
        {QStringLiteral("cache"), QStringLiteral("Folder for kept stores."), QStringLiteral("dir"),
         QDir::homePath() + QStringLiteral("/.cache/entitydesk-bench")},
        {QStringLiteral("entitydesk"), QStringLiteral("The entitydesk program to measure."), QStringLiteral("path"),
         QStringLiteral(ENTITYDESK_BINARY)},
        {QStringLiteral("import-rows"), QStringLiteral("Rows of the CSV the import phase loads."), QStringLiteral("n"),
         QStringLiteral("100000")},
        {QStringLiteral("note"), QStringLiteral("A line about the machine printed with the figures."), QStringLiteral("text")},
        {QStringLiteral("backends"),
         QStringLiteral("sqlite, postgresql or both. A backend left out keeps its column from the bench-<size>.json already in --out."),
         QStringLiteral("list"), QStringLiteral("sqlite,postgresql")},
    });
    parser.process(app);

    QList<qint64> sizes;
    for (const QString &text : parser.value(QStringLiteral("sizes")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        bool ok = false;
        const qint64 size = text.trimmed().toLongLong(&ok);
        if (!ok || size <= 0) {
            fprintf(stderr, "entitydesk-bench: --sizes takes positive whole numbers, not '%s'\n", qPrintable(text));
            return 2;
        }
        sizes << size;
    }
    bool ok = false;
    const int runs = parser.value(QStringLiteral("runs")).toInt(&ok);
    const qint64 importRows = parser.value(QStringLiteral("import-rows")).toLongLong(&ok);
    if (!ok || runs <= 0 || importRows < 0) {
        fprintf(stderr, "entitydesk-bench: --runs and --import-rows take positive whole numbers\n");
        return 2;
    }
    const QStringList backends = parser.value(QStringLiteral("backends")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    const bool runSqlite = backends.contains(QLatin1String("sqlite"));
    const bool runPostgres = backends.contains(QLatin1String("postgresql")) && parser.isSet(QStringLiteral("pg"));
    if (!runSqlite && !runPostgres) {
        fprintf(stderr, "entitydesk-bench: --backends names no backend to run (sqlite; postgresql needs --pg)\n");
        return 2;
    }
    const bool keep = parser.isSet(QStringLiteral("keep"));
    const QString pg = parser.value(QStringLiteral("pg"));
    const QString outFolder = parser.value(QStringLiteral("out"));
    if (!QDir().mkpath(outFolder)) {
        fprintf(stderr, "entitydesk-bench: cannot create %s\n", qPrintable(outFolder));
        return 2;
    }

    QTemporaryDir temporary(QDir::tempPath() + QStringLiteral("/entitydesk-bench-XXXXXX"));
    const QString storeFolder = keep ? parser.value(QStringLiteral("cache")) : temporary.path();
    const QString workFolder = temporary.path();
    BenchStores stores(storeFolder, keep, pg);

    const bool peakReset = PeakMemory::resetSelf();
    double csvMs = -1;
    Result<QString> importCsv = importRows > 0 ? stores.csvFile(importRows, &csvMs) : Result<QString>(QString());
    if (!importCsv.ok()) {
        fprintf(stderr, "entitydesk-bench: %s\n", qPrintable(importCsv.error().message));
        return 1;
    }

    BenchPhases::Settings settings;
    settings.runs = runs;
    settings.entitydesk = parser.value(QStringLiteral("entitydesk"));
    settings.workFolder = workFolder;
    settings.importCsv = importCsv.value();
    settings.importRows = importRows;
    settings.stores = &stores;
    BenchPhases phases(settings);

    const QString machine = QStringLiteral("%1 cores (%2), %3, %4")
                                .arg(QThread::idealThreadCount())
                                .arg(cpuModel(), QSysInfo::prettyProductName(), QSysInfo::currentCpuArchitecture());
    const QString sqliteVersion = firstLineOf(QStringLiteral("sqlite3"), {QStringLiteral("--version")}).section(QLatin1Char(' '), 0, 0);
    const QString engines = QStringLiteral("sqlite3 %1; %2").arg(sqliteVersion, firstLineOf(QStringLiteral("psql"), {QStringLiteral("--version")}));
    for (const qint64 size : sizes) {
        fprintf(stderr, "== %lld entities\n", static_cast<long long>(size));
        BenchReport report(size, runs);
        report.addContext(QStringLiteral("date"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
        report.addContext(QStringLiteral("machine"), machine);
        report.addContext(QStringLiteral("demo data"),
                          QStringLiteral("DemoData::make(0 … %1), fingerprint %2").arg(size - 1).arg(stores.fingerprint()));
        if (parser.isSet(QStringLiteral("note")))
            report.addContext(QStringLiteral("note"), parser.value(QStringLiteral("note")));
        report.addContext(QStringLiteral("engines"), engines);
        report.addContext(QStringLiteral("peak memory"),
                          peakReset ? QStringLiteral("in-process phases: VmHWM reset before each run (/proc/self/clear_refs), so the "
                                                     "figure is the bench process's peak during the phase, including its baseline "
                                                     "(Qt, open connection) of about %1 MiB; programs: %2")
                                          .arg(PeakMemory::selfCurrentMiB(), 0, 'f', 0)
                                          .arg(ProcessRun::hasGnuTime() ? QStringLiteral("maximum RSS from GNU time")
                                                                        : QStringLiteral("VmHWM polled from /proc"))
                                    : QStringLiteral("the kernel refused the VmHWM reset: in-process figures are the running peak"));

        // A backend not run this time keeps its figures from the last table of this size.
        const QString jsonPath = QStringLiteral("%1/bench-%2.json").arg(outFolder).arg(size);
        if (!runSqlite || !runPostgres) {
            QFile earlier(jsonPath);
            if (earlier.open(QIODevice::ReadOnly)) {
                const QJsonObject json = QJsonDocument::fromJson(earlier.readAll()).object();
                report.mergeFrom(json, runSqlite ? BenchReport::PostgreSQL : BenchReport::SQLite);
            }
        }

        double generationMs = -1;
        bool sqliteReused = false;
        Result<QString> sqlitePath = stores.sqliteStore(size, &generationMs, &sqliteReused);
        if (!sqlitePath.ok()) {
            fprintf(stderr, "entitydesk-bench: cannot generate the SQLite store: %s\n", qPrintable(sqlitePath.error().message));
            return 1;
        }
        const QString sqliteAddress = QStringLiteral("sqlite:") + sqlitePath.value();
        report.addContext(QStringLiteral("SQLite store"),
                          QStringLiteral("%1 in %2 (DemoData::populate, one transaction), %3 MiB%4")
                              .arg(sqliteReused ? QStringLiteral("generated by an earlier run") : QStringLiteral("generated"),
                                   generationMs < 0 ? QStringLiteral("?") : seconds(generationMs))
                              .arg(QFileInfo(sqlitePath.value()).size() / 1048576.0, 0, 'f', 0)
                              .arg(sqliteReused ? QStringLiteral(", reused from ") + sqlitePath.value() : QString()));
        report.addFigure(QStringLiteral("sqliteGenerationMs"), generationMs);
        const BenchPhases::View largest = BenchPhases::largestView(sqliteAddress);

        if (runSqlite)
            phases.run(report, BenchReport::SQLite, sqliteAddress, largest);

        if (runPostgres) {
            double sizeCsvMs = -1;
            Result<QString> csv = stores.csvFile(size, &sizeCsvMs);
            double loadMs = -1;
            bool pgReused = false;
            Result<QString> pgAddress = csv.ok() ? stores.postgresStore(size, csv.value(), &loadMs, &pgReused)
                                                 : Result<QString>(csv.error());
            if (!pgAddress.ok()) {
                fprintf(stderr, "entitydesk-bench: cannot load PostgreSQL: %s\n", qPrintable(pgAddress.error().message));
                report.addContext(QStringLiteral("PostgreSQL"), QStringLiteral("not measured: ") + pgAddress.error().message);
            } else {
                report.addContext(QStringLiteral("PostgreSQL store"),
                                  QStringLiteral("%1, loaded with psql \\copy and VACUUM ANALYZE in %2 (CSV written in %3)")
                                      .arg(pgReused ? QStringLiteral("kept database of an earlier run") : QStringLiteral("new database"),
                                           loadMs < 0 ? QStringLiteral("?") : seconds(loadMs),
                                           sizeCsvMs < 0 ? QStringLiteral("?") : seconds(sizeCsvMs)));
                report.addFigure(QStringLiteral("postgresLoadMs"), loadMs);
                phases.run(report, BenchReport::PostgreSQL, pgAddress.value(), largest);
            }
        }

        const QString markdown = report.markdown();
        fprintf(stdout, "%s\n", qPrintable(markdown));
        fflush(stdout);
        writeFile(QStringLiteral("%1/bench-%2.md").arg(outFolder).arg(size), markdown.toUtf8());
        writeFile(jsonPath, QJsonDocument(report.json()).toJson());
    }
    return 0;
}
