#pragma once

#include <QElapsedTimer>
#include <QString>
#include <array>
#include <functional>
#include <optional>

#include "benchreport.h"
#include "listquery.h"
#include "processrun.h"

class BenchStores;
class EntityStore;

// The phases of the benchmark on one store: each is run `runs` times and reported as the
// median time and the highest peak resident memory of its runs. In-process phases reset the
// peak before each run (PeakMemory::resetSelf); program phases report the child's own peak.
// A phase whose feature is not built yet reports "n/a (not built)" instead of failing.
class BenchPhases
{
public:
    struct Settings
    {
        int runs = 5;
        QString entitydesk;        // the built program (export, import, --screenshot)
        QString workFolder;        // scratch files (exports, import stores)
        QString importCsv;         // a Dispatch CSV for the import phase
        qint64 importRows = 0;
        BenchStores *stores = nullptr;
    };

    // The view the window would show first in its largest navigator cell.
    struct View
    {
        QString organization;
        QString type;
        qint64 rows = 0;
    };

    explicit BenchPhases(Settings settings);

    // Runs every phase on the store at `address` and puts the figures in the report's column
    // of `backend`. sqlite3 reads the SQLite file itself; psql gets the PostgreSQL address.
    void run(BenchReport &report, BenchReport::Backend backend, const QString &address, const View &largest);

    // The (organization, type) cell with the most entities.
    static View largestView(const QString &address);
    // Whether the built program has the start-up screenshot option yet.
    static bool hasScreenshotOption(const QString &entitydesk);

private:
    using Once = std::function<QString(QElapsedTimer &clock)>; // returns an error, or empty
    BenchReport::Cell measure(const Once &once, int runs = -1) const;
    BenchReport::Cell measureProcess(const std::function<ProcessRun()> &make, int runs = -1) const;
    void put(const QString &id, const QString &label, const QString &target, const BenchReport::Cell &cell);

    void openPhases(const QString &address, const View &largest);
    void sortPhases(EntityStore &store, const View &largest);
    void filterPhases(EntityStore &store);
    void tableModelPhases(EntityStore &store);
    void exportPhases(const QString &address);
    void importPhase();
    void startPhase(const QString &address);

    Settings m_settings;
    BenchReport *m_report = nullptr;
    // The import does not depend on the store size: it is measured once per backend.
    std::array<std::optional<BenchReport::Cell>, BenchReport::BackendCount> m_importCells;
    BenchReport::Backend m_backend = BenchReport::SQLite;
};

