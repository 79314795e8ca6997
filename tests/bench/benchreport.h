#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <array>

// The figures of one benchmark size: one row per phase, one cell per backend, written as a
// Markdown table and as JSON with the same numbers.
class BenchReport
{
public:
    enum Backend { SQLite, PostgreSQL, BackendCount };

    struct Cell
    {
        double ms = -1;          // median wall time; < 0: not measured (see note)
        double peakMiB = -1;     // peak resident memory of the phase
        double engineMs = -1;    // the engine's time for the same rows (sqlite3 / psql), for the ratio
        QString note;            // "n/a (not built)", rows/s, an error, …
        double peakAnonMiB = -1; // of a program run: its peak anonymous memory (not mapped files)
        bool measured() const { return ms >= 0; }
        double ratio() const { return ms >= 0 && engineMs > 0 ? ms / engineMs : -1; }
    };

    explicit BenchReport(qint64 size, int runs);

    // Adds the phase if new (rows keep the order of first mention) and sets one cell.
    void set(const QString &id, const QString &label, const QString &target, Backend backend, const Cell &cell);
    Cell cell(const QString &id, Backend backend) const;

    // Lines printed above and below the table (machine, generation times, caveats).
    // A key given again replaces its line.
    void addContext(const QString &key, const QString &text);
    void addFigure(const QString &key, double value) { m_figures << qMakePair(key, value); }

    QString markdown() const;
    QJsonObject json() const;
    // Takes one backend's cells (and the context lines not set yet) from an earlier json(), so
    // a run of one backend can complete the table of another run.
    void mergeFrom(const QJsonObject &earlier, Backend backend);

private:
    struct Phase
    {
        QString id;
        QString label;
        QString target;
        std::array<Cell, BackendCount> cells;
        std::array<bool, BackendCount> present{false, false};
    };

    qint64 m_size;
    int m_runs;
    QList<Phase> m_phases;
    QList<QPair<QString, QString>> m_context;
    QList<QPair<QString, double>> m_figures;
};
