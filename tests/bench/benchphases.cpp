#include "benchphases.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QProcess>

#include <algorithm>

#include "benchstores.h"
#include "entitystore.h"
#include "filtertext.h"
#include "peakmemory.h"

#if __has_include("entitytablemodel.h")
#include "entitytablemodel.h"
#define ENTITYDESK_BENCH_HAS_TABLE_MODEL 1
#endif

namespace {

const QString notBuilt = QStringLiteral("n/a (not built)");
constexpr int firstPage = 200; // EntityTableModel's page size

// The phases' filters, in the text language (architecture.md), on the "all types" view
// unless a type is given.
struct FilterCase
{
    QString id;
    QString label;
    QString text;
    QString type;
};

// DemoData's times span the 60 days before 2026-12-01: this cutoff halves them.
const QString midCutoff = QStringLiteral("2026-11-01T00:00:00Z");

const QList<FilterCase> filterCases{
    {QStringLiteral("status"), QStringLiteral("status in (ERROR, MISSING)"), QStringLiteral("status in (ERROR, MISSING)"), {}},
    {QStringLiteral("tag"), QStringLiteral("tag:Application = shop"), QStringLiteral("tag:Application = shop"), {}},
    {QStringLiteral("rare-tag"), QStringLiteral("tag:cost-center = CC-1003 (rare)"), QStringLiteral("tag:\"cost-center\" = \"CC-1003\""), {}},
    {QStringLiteral("extra"), QStringLiteral("extra:image = python3 (Function)"), QStringLiteral("extra:image = python3"),
     QStringLiteral("Function")},
    {QStringLiteral("created"), QStringLiteral("createdtime before %1").arg(midCutoff),
     QStringLiteral("createdtime before %1").arg(midCutoff), {}},
    {QStringLiteral("combined"), QStringLiteral("status in (READY, ERROR) and tag:Application = shop and createdtime before …"),
     QStringLiteral("status in (READY, ERROR) and tag:Application = shop and createdtime before %1").arg(midCutoff), {}},
};

const QStringList sortColumns{QStringLiteral("Name"),        QStringLiteral("Status"),       QStringLiteral("OrganizationID"),
                              QStringLiteral("Type"),        QStringLiteral("CreatedTime"),  QStringLiteral("ModifiedTime"),
                              QStringLiteral("Revision"),    QStringLiteral("ID"),           QStringLiteral("Tags")};

// What the window shows with nothing chosen: every type, every organization, no deleted rows.
ListQuery allTypes()
{
    ListQuery query;
    query.options.includeDeleted = false;
    return query;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    if (n == 0)
        return -1;
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

QString sqlitePathOf(const QString &address)
{
    return address.startsWith(QLatin1String("sqlite:")) ? address.mid(7) : address;
}

QString sizeText(const QString &path)
{
    return QStringLiteral("%1 MiB").arg(QFileInfo(path).size() / 1048576.0, 0, 'f', 0);
}

// Child programs get a settings folder of their own, so a run neither reads nor changes
// the user's recent stores or window state.
QProcessEnvironment childEnvironment(const QString &workFolder)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), workFolder + QStringLiteral("/config"));
    return environment;
}

} // namespace

BenchPhases::BenchPhases(Settings settings) : m_settings(std::move(settings))
{
}

BenchReport::Cell BenchPhases::measure(const Once &once, int runs) const
{
    BenchReport::Cell cell;
    QList<double> times;
    for (int run = 0; run < (runs > 0 ? runs : m_settings.runs); ++run) {
        PeakMemory::resetSelf();
        QElapsedTimer clock;
        clock.start();
        const QString error = once(clock); // may restart the clock after its own set-up
        const double ms = clock.nsecsElapsed() / 1e6;
        if (!error.isEmpty()) {
            cell.note = error;
            return cell;
        }
        times << ms;
        cell.peakMiB = std::max(cell.peakMiB, PeakMemory::selfPeakMiB());
    }
    cell.ms = median(times);
    return cell;
}

BenchReport::Cell BenchPhases::measureProcess(const std::function<ProcessRun()> &make, int runs) const
{
    BenchReport::Cell cell;
    QList<double> times;
    for (int run = 0; run < (runs > 0 ? runs : m_settings.runs); ++run) {
        const ProcessRun::Outcome outcome = make().run();
        if (!outcome.ok) {
            cell.note = outcome.detail;
            return cell;
        }
        times << outcome.ms;
        cell.peakMiB = std::max(cell.peakMiB, outcome.peakMiB);
        cell.peakAnonMiB = std::max(cell.peakAnonMiB, outcome.peakAnonMiB);
    }
    cell.ms = median(times);
    return cell;
}

void BenchPhases::put(const QString &id, const QString &label, const QString &target, const BenchReport::Cell &cell)
{
    m_report->set(id, label, target, m_backend, cell);
    const QString figure = cell.measured() ? QStringLiteral("%1 ms, peak %2 MiB").arg(cell.ms, 0, 'f', 2).arg(cell.peakMiB, 0, 'f', 0)
                                           : QString();
    fprintf(stderr, "  %-12s %-70s %s %s\n", m_backend == BenchReport::SQLite ? "SQLite" : "PostgreSQL", qPrintable(label),
            qPrintable(figure), qPrintable(cell.note));
}

BenchPhases::View BenchPhases::largestView(const QString &address)
{
    View view;
    auto store = openStore(address);
    if (!store.ok())
        return view;
    Result<QList<TypeCount>> counts = store.value()->typeCounts(false);
    if (!counts.ok())
        return view;
    for (const TypeCount &cell : counts.value()) {
        if (cell.count > view.rows)
            view = View{cell.organization, cell.type, cell.count};
    }
    return view;
}

bool BenchPhases::hasScreenshotOption(const QString &entitydesk)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process.setProcessEnvironment(environment);
    process.start(entitydesk, {QStringLiteral("--help")});
    if (!process.waitForFinished(20000)) {
        process.kill();
        process.waitForFinished();
        return false;
    }
    return (process.readAllStandardOutput() + process.readAllStandardError()).contains("--screenshot");
}

void BenchPhases::run(BenchReport &report, BenchReport::Backend backend, const QString &address, const View &largest)
{
    m_report = &report;
    m_backend = backend;
    openPhases(address, largest);
    auto store = openStore(address);
    if (!store.ok()) {
        fprintf(stderr, "cannot open %s: %s\n", qPrintable(address), qPrintable(store.error().message));
        return;
    }
    sortPhases(*store.value(), largest);
    filterPhases(*store.value());
    tableModelPhases(*store.value());
    store.value().reset(); // export and import run as programs of their own
    exportPhases(address);
    importPhase();
    startPhase(address);
}

void BenchPhases::openPhases(const QString &address, const View &largest)
{
    const auto openToFirstPage = [&](const ListQuery &view) {
        return [view, address](QElapsedTimer &) -> QString {
            auto store = openStore(address);
            if (!store.ok())
                return store.error().message;
            Result<qint64> total = store.value()->count(view);
            if (!total.ok())
                return total.error().message;
            ListQuery page = view;
            page.options.limit = firstPage;
            Result<QList<Entity>> rows = store.value()->list(page);
            if (!rows.ok())
                return rows.error().message;
            return rows.value().isEmpty() ? QStringLiteral("empty first page") : QString();
        };
    };
    ListQuery cell = allTypes();
    cell.organization = largest.organization;
    cell.type = largest.type;
    put(QStringLiteral("open.largest"),
        QStringLiteral("open → count + first page, %1 in %2 (%3 rows)").arg(largest.type, largest.organization).arg(largest.rows),
        QStringLiteral("part of 250 ms to first paint"), measure(openToFirstPage(cell)));
    put(QStringLiteral("open.all"), QStringLiteral("open → count + first page, all types"),
        QStringLiteral("part of 250 ms to first paint"), measure(openToFirstPage(allTypes())));
}

void BenchPhases::sortPhases(EntityStore &store, const View &largest)
{
    // Every header click on the window's first view, then on the largest organization/type
    // cell (what an operator opens most), whose scoped sorts have indexes of their own or not.
    ListQuery cell = allTypes();
    cell.organization = largest.organization;
    cell.type = largest.type;
    const QList<std::pair<ListQuery, QString>> views{{allTypes(), QStringLiteral("all types")},
                                                     {cell, QStringLiteral("%1 in %2").arg(largest.type, largest.organization)}};
    for (const auto &[view, name] : views) {
        for (const QString &column : sortColumns) {
            ListQuery query = view;
            query.options.sort.subject = column;
            query.options.limit = firstPage;
            const QString id = view.type.isEmpty() ? QStringLiteral("sort.%1").arg(column) : QStringLiteral("sort.cell.%1").arg(column);
            put(id, QStringLiteral("sort by %1 → first page (%2)").arg(column, name), QStringLiteral("≤ 100 ms"),
                measure([&](QElapsedTimer &) -> QString {
                    Result<QList<Entity>> rows = store.list(query);
                    return rows.ok() ? QString() : rows.error().message;
                }));
        }
    }
}

void BenchPhases::filterPhases(EntityStore &store)
{
    for (const FilterCase &filterCase : filterCases) {
        ListQuery query = allTypes();
        query.type = filterCase.type;
        FilterText::ParseError parseError;
        if (!FilterText::parse(filterCase.text, &query.options.filter, &parseError)) {
            fprintf(stderr, "bad filter %s: %s\n", qPrintable(filterCase.text), qPrintable(parseError.message()));
            continue;
        }
        ListQuery page = query;
        page.options.limit = firstPage;
        put(QStringLiteral("filter.%1.page").arg(filterCase.id), QStringLiteral("filter %1 → first page").arg(filterCase.label),
            QStringLiteral("≤ 100 ms"), measure([&](QElapsedTimer &) -> QString {
                Result<QList<Entity>> rows = store.list(page);
                return rows.ok() ? QString() : rows.error().message;
            }));
        qint64 matched = -1;
        BenchReport::Cell counted = measure([&](QElapsedTimer &) -> QString {
            Result<qint64> total = store.count(query);
            if (!total.ok())
                return total.error().message;
            matched = total.value();
            return {};
        });
        if (counted.measured())
            counted.note = QStringLiteral("%1 rows").arg(matched);
        put(QStringLiteral("filter.%1.count").arg(filterCase.id), QStringLiteral("filter %1 → count").arg(filterCase.label),
            QStringLiteral("never blocks the window"), counted);
    }
}

void BenchPhases::tableModelPhases(EntityStore &store)
{
    const QString jumpLabel = QStringLiteral("jump to the last row (table model, all types)");
    const QString readLabel = QStringLiteral("read every row through the table model (all types)");
#ifdef ENTITYDESK_BENCH_HAS_TABLE_MODEL
    put(QStringLiteral("model.last"), jumpLabel, QStringLiteral("≤ 100 ms"), measure([&](QElapsedTimer &clock) -> QString {
            EntityTableModel model;
            model.setStore(&store);
            model.setQuery(allTypes());
            const int rows = model.rowCount();
            if (rows == 0)
                return QStringLiteral("the model shows no rows");
            model.data(model.index(0, EntityTableModel::NameColumn)); // the first page, as the window shows it
            clock.restart();
            const QVariant last = model.data(model.index(rows - 1, EntityTableModel::NameColumn));
            return last.toString().isEmpty() ? QStringLiteral("the last row did not load") : QString();
        }));

    // A full read of a large store takes long: fewer runs are enough to see its memory and pace.
    const Result<qint64> counted = store.count(allTypes());
    const qint64 total = counted.ok() ? counted.value() : 0;
    const int runs = total >= 500000 ? 1 : total >= 50000 ? std::min(m_settings.runs, 3) : m_settings.runs;
    // Reading stops after a time budget, so a model whose pages get slower with depth cannot
    // hold the benchmark for an hour; the note then says how far it got.
    constexpr qint64 budgetMs = 120000;
    int cachedRows = 0;
    int rowsRead = 0;
    int rowsTotal = 0;
    BenchReport::Cell read = measure(
        [&](QElapsedTimer &clock) -> QString {
            EntityTableModel model;
            model.setStore(&store);
            model.setQuery(allTypes());
            clock.restart();
            rowsTotal = model.rowCount();
            rowsRead = 0;
            for (int row = 0; row < rowsTotal; ++row) {
                if (!model.data(model.index(row, EntityTableModel::NameColumn)).isValid())
                    return QStringLiteral("row %1 did not load").arg(row);
                rowsRead = row + 1;
                if (row % EntityTableModel::pageSize() == 0 && clock.elapsed() > budgetMs)
                    break;
            }
            cachedRows = model.cachedRowCount();
            return {};
        },
        runs);
    if (read.measured()) {
        read.note = rowsRead < rowsTotal
                        ? QStringLiteral("stopped after %1 s: %2 of %3 rows read, %4 rows/s")
                              .arg(budgetMs / 1000)
                              .arg(rowsRead)
                              .arg(rowsTotal)
                              .arg(qRound64(rowsRead / (read.ms / 1000.0)))
                        : QStringLiteral("%1 rows").arg(rowsRead);
        read.note += QStringLiteral(", %1 cached at the end%2")
                         .arg(cachedRows)
                         .arg(runs < m_settings.runs ? QStringLiteral(", %1 run(s)").arg(runs) : QString());
    }
    put(QStringLiteral("model.readall"), readLabel, QStringLiteral("≤ 120 MiB peak after scrolling to the end"), read);
#else
    Q_UNUSED(store)
    put(QStringLiteral("model.last"), jumpLabel, QStringLiteral("≤ 100 ms"), BenchReport::Cell{-1, -1, -1, notBuilt});
    put(QStringLiteral("model.readall"), readLabel, QStringLiteral("≤ 120 MiB peak after scrolling to the end"),
        BenchReport::Cell{-1, -1, -1, notBuilt});
#endif
}

void BenchPhases::exportPhases(const QString &address)
{
    const bool sqlite = m_backend == BenchReport::SQLite;
    const QString filtered = QStringLiteral("status in (ERROR, MISSING)");
    const QString engineFile = m_settings.workFolder + QStringLiteral("/engine.csv");
    const QString ourFile = m_settings.workFolder + QStringLiteral("/export.csv");

    const auto engineRun = [&](const QString &where) {
        return [&, where]() {
            const QString select = QStringLiteral("SELECT * FROM entity") + where;
            ProcessRun run = sqlite ? ProcessRun(QStringLiteral("sqlite3"),
                                                 {QStringLiteral("-csv"), QStringLiteral("-header"), sqlitePathOf(address), select})
                                    : ProcessRun(QStringLiteral("psql"),
                                                 {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-d"), address,
                                                  QStringLiteral("-c"),
                                                  QStringLiteral("COPY (%1) TO STDOUT WITH (FORMAT csv, HEADER)").arg(select)});
            run.setOutputFile(engineFile);
            return run;
        };
    };
    BenchReport::Cell engineAll = measureProcess(engineRun(QString()));
    if (engineAll.measured())
        engineAll.note = sizeText(engineFile);
    put(QStringLiteral("engine.all"), QStringLiteral("engine: sqlite3 -csv / psql COPY … TO STDOUT CSV, all rows"), QString(), engineAll);
    BenchReport::Cell engineFiltered = measureProcess(engineRun(QStringLiteral(" WHERE status IN ('ERROR', 'MISSING')")));
    put(QStringLiteral("engine.filtered"), QStringLiteral("engine: sqlite3 -csv / psql COPY, %1").arg(filtered), QString(),
        engineFiltered);

    const auto ourRun = [&](const QStringList &extra) {
        return [&, extra]() {
            ProcessRun run(m_settings.entitydesk, QStringList{QStringLiteral("export"), QStringLiteral("--store"), address,
                                                              QStringLiteral("--out"), ourFile}
                                                      + extra);
            run.setEnvironment(childEnvironment(m_settings.workFolder));
            return run;
        };
    };
    const bool built = QFileInfo(m_settings.entitydesk).isExecutable();
    BenchReport::Cell all = built ? measureProcess(ourRun({})) : BenchReport::Cell{-1, -1, -1, notBuilt};
    all.engineMs = engineAll.ms;
    // SQLite exports map the store file: its pages count as resident, though they are the
    // kernel's page cache; the anonymous peak is what the export itself holds.
    const auto anonymousNote = [](const BenchReport::Cell &cell) {
        return cell.peakAnonMiB >= 0 ? QStringLiteral("anonymous peak %1 MiB").arg(cell.peakAnonMiB, 0, 'f', 0) : QString();
    };
    if (all.measured())
        all.note = QStringList{sizeText(ourFile), anonymousNote(all)}.join(QStringLiteral(", "));
    put(QStringLiteral("export.all"), QStringLiteral("CSV export, all rows (entitydesk export)"),
        sqlite ? QStringLiteral("≤ 1.2× sqlite3, memory flat") : QStringLiteral("≤ 1.25× psql COPY, memory flat"), all);
    BenchReport::Cell subset = built ? measureProcess(ourRun({QStringLiteral("--filter"), filtered}))
                                     : BenchReport::Cell{-1, -1, -1, notBuilt};
    subset.engineMs = engineFiltered.ms;
    if (subset.measured())
        subset.note = anonymousNote(subset);
    put(QStringLiteral("export.filtered"), QStringLiteral("CSV export, %1 (entitydesk export)").arg(filtered),
        QStringLiteral("as above"), subset);
    QFile::remove(engineFile);
    QFile::remove(ourFile);
}

void BenchPhases::importPhase()
{
    const QString label = QStringLiteral("import %1 Dispatch CSV rows (entitydesk import, new store)").arg(m_settings.importRows);
    const QString target = QStringLiteral("≥ 100 000 rows/s (SQLite)");
    if (!QFileInfo(m_settings.entitydesk).isExecutable() || m_settings.importCsv.isEmpty()) {
        put(QStringLiteral("import"), label, target, BenchReport::Cell{-1, -1, -1, notBuilt});
        return;
    }
    if (const std::optional<BenchReport::Cell> &measured = m_importCells[m_backend]) {
        BenchReport::Cell cell = *measured;
        cell.note += QStringLiteral(", measured once per run of the benchmark");
        put(QStringLiteral("import"), label, target, cell);
        return;
    }
    const bool sqlite = m_backend == BenchReport::SQLite;
    const QString sqliteTarget = m_settings.workFolder + QStringLiteral("/import.sqlite");
    const QString database = QStringLiteral("edbench_import_%1").arg(QCoreApplication::applicationPid());
    QString setupError;
    // A slow import costs minutes per run: three runs are enough for its median.
    const int runs = std::min(m_settings.runs, 3);
    BenchReport::Cell cell = measureProcess([&]() {
        // A new, empty store for every run; its creation is not timed.
        QString address;
        if (sqlite) {
            for (const char *suffix : {"", "-wal", "-shm", "-journal"})
                QFile::remove(sqliteTarget + QLatin1String(suffix));
            address = QStringLiteral("sqlite:") + sqliteTarget;
        } else {
            Result<QString> created = m_settings.stores->createDatabase(database);
            if (created.ok())
                address = created.value();
            else
                setupError = created.error().message;
        }
        ProcessRun run(m_settings.entitydesk, {QStringLiteral("import"), QStringLiteral("--store"), address, m_settings.importCsv});
        run.setEnvironment(childEnvironment(m_settings.workFolder));
        return run;
    }, runs);
    if (cell.measured())
        cell.note = QStringLiteral("%1 rows/s%2").arg(qRound64(m_settings.importRows / (cell.ms / 1000.0))).arg(runs < m_settings.runs ? QStringLiteral(", %1 runs").arg(runs) : QString());
    else if (!setupError.isEmpty())
        cell.note = setupError;
    m_importCells[m_backend] = cell;
    put(QStringLiteral("import"), label, target, cell);
    if (sqlite)
        QFile::remove(sqliteTarget);
    else
        m_settings.stores->dropDatabase(database);
}

void BenchPhases::startPhase(const QString &address)
{
    const QString label = QStringLiteral("start → first rows painted (process start to the table's first paint with rows)");
    const QString settledLabel = QStringLiteral("start → all counts in, screenshot saved (entitydesk --screenshot, start to exit)");
    const QString target = QStringLiteral("≤ 250 ms, ≤ 120 MiB");
    static const bool supported = hasScreenshotOption(m_settings.entitydesk);
    if (!supported) {
        put(QStringLiteral("start"), label, target, BenchReport::Cell{-1, -1, -1, notBuilt});
        put(QStringLiteral("start.settled"), settledLabel, QString(), BenchReport::Cell{-1, -1, -1, notBuilt});
        return;
    }
    const QString png = m_settings.workFolder + QStringLiteral("/start.png");
    // The window writes the steady clock's reading at its first paint with rows here.
    const QString report = m_settings.workFolder + QStringLiteral("/first-paint.ns");
    BenchReport::Cell firstPaint;
    BenchReport::Cell settled;
    QList<double> paintTimes;
    QList<double> exitTimes;
    for (int i = 0; i < m_settings.runs; ++i) {
        QFile::remove(png);
        QFile::remove(report);
        ProcessRun run(m_settings.entitydesk, {QStringLiteral("--screenshot"), png, address});
        QProcessEnvironment environment = childEnvironment(m_settings.workFolder);
        environment.insert(QStringLiteral("ENTITYDESK_FIRST_PAINT_REPORT"), report);
        run.setEnvironment(environment);
        const ProcessRun::Outcome outcome = run.run();
        QFile paintedAt(report);
        bool ok = false;
        const qint64 paintedNs = paintedAt.open(QIODevice::ReadOnly) ? paintedAt.readAll().toLongLong(&ok) : 0;
        if (!outcome.ok || !ok || !QFileInfo::exists(png)) {
            firstPaint.note = settled.note = !outcome.ok ? outcome.detail
                                             : !ok       ? QStringLiteral("no first paint reported")
                                                         : QStringLiteral("no screenshot written");
            paintTimes.clear();
            break;
        }
        paintTimes << (paintedNs - outcome.startedNs) / 1e6;
        exitTimes << outcome.ms;
        firstPaint.peakMiB = settled.peakMiB = std::max(settled.peakMiB, outcome.peakMiB);
    }
    if (!paintTimes.isEmpty()) {
        firstPaint.ms = median(paintTimes);
        settled.ms = median(exitTimes);
    }
    put(QStringLiteral("start"), label, target, firstPaint);
    put(QStringLiteral("start.settled"), settledLabel, QString(), settled);
}
