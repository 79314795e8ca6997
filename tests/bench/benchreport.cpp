#include "benchreport.h"

#include <QJsonArray>

#include <algorithm>
#include <QLocale>

namespace {

QString milliseconds(double ms)
{
    if (ms < 0)
        return {};
    if (ms < 10)
        return QString::number(ms, 'f', 2);
    if (ms < 100)
        return QString::number(ms, 'f', 1);
    return QString::number(qRound64(ms));
}

QString timeCell(const BenchReport::Cell &cell, bool present)
{
    if (!present)
        return QStringLiteral("–");
    QString text = milliseconds(cell.ms);
    if (!cell.note.isEmpty())
        text += (text.isEmpty() ? QString() : QStringLiteral(" ")) + (cell.measured() ? QStringLiteral("(%1)").arg(cell.note) : cell.note);
    return text;
}

QString ratioCell(const BenchReport::Cell &cell)
{
    const double r = cell.ratio();
    return r < 0 ? QString() : QStringLiteral("%1×").arg(r, 0, 'f', 2);
}

QString peakCell(const BenchReport::Cell &cell)
{
    return cell.peakMiB < 0 || !cell.measured() ? QString() : QString::number(cell.peakMiB, 'f', 0);
}

QJsonValue number(double value)
{
    return value < 0 ? QJsonValue() : QJsonValue(qRound64(value * 100) / 100.0);
}

const char *backendKey(int backend)
{
    return backend == BenchReport::SQLite ? "sqlite" : "postgresql";
}

} // namespace

BenchReport::BenchReport(qint64 size, int runs) : m_size(size), m_runs(runs)
{
}

void BenchReport::set(const QString &id, const QString &label, const QString &target, Backend backend, const Cell &cell)
{
    auto it = std::find_if(m_phases.begin(), m_phases.end(), [&](const Phase &p) { return p.id == id; });
    if (it == m_phases.end()) {
        m_phases.append(Phase{id, label, target, {}, {false, false}});
        it = m_phases.end() - 1;
    }
    it->cells[backend] = cell;
    it->present[backend] = true;
}

void BenchReport::addContext(const QString &key, const QString &text)
{
    for (auto &line : m_context) {
        if (line.first == key) {
            line.second = text;
            return;
        }
    }
    m_context << qMakePair(key, text);
}

BenchReport::Cell BenchReport::cell(const QString &id, Backend backend) const
{
    for (const Phase &p : m_phases) {
        if (p.id == id)
            return p.cells[backend];
    }
    return {};
}

QString BenchReport::markdown() const
{
    QString md;
    md += QStringLiteral("## %1 entities\n\n").arg(QLocale::c().toString(m_size).replace(QLatin1Char(','), QChar(0x202F)));
    for (const auto &[key, text] : m_context)
        md += QStringLiteral("- %1: %2\n").arg(key, text);
    md += QStringLiteral("\nTimes are medians of %1 runs in milliseconds; peak RSS in MiB. "
                         "Ratios are ours divided by the engine's time for the same rows in the same run.\n\n")
              .arg(m_runs);
    md += QStringLiteral("| Phase | SQLite ms | vs sqlite3 | SQLite peak MiB | PostgreSQL ms | vs psql | PostgreSQL peak MiB | Target (1M) |\n");
    md += QStringLiteral("|---|--:|--:|--:|--:|--:|--:|---|\n");
    for (const Phase &p : m_phases) {
        const Cell &s = p.cells[SQLite];
        const Cell &g = p.cells[PostgreSQL];
        md += QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 | %7 | %8 |\n")
                  .arg(p.label, timeCell(s, p.present[SQLite]), ratioCell(s), peakCell(s), timeCell(g, p.present[PostgreSQL]),
                       ratioCell(g), peakCell(g), p.target);
    }
    return md;
}

QJsonObject BenchReport::json() const
{
    QJsonObject root;
    root[QStringLiteral("size")] = m_size;
    root[QStringLiteral("runs")] = m_runs;
    QJsonObject context;
    for (const auto &[key, text] : m_context)
        context[key] = text;
    root[QStringLiteral("context")] = context;
    QJsonObject figures;
    for (const auto &[key, value] : m_figures)
        figures[key] = number(value);
    root[QStringLiteral("figures")] = figures;
    QJsonArray phases;
    for (const Phase &p : m_phases) {
        QJsonObject phase{{QStringLiteral("id"), p.id}, {QStringLiteral("phase"), p.label}, {QStringLiteral("target"), p.target}};
        for (int b = 0; b < BackendCount; ++b) {
            if (!p.present[b])
                continue;
            const Cell &c = p.cells[b];
            QJsonObject cell{{QStringLiteral("ms"), number(c.ms)},
                             {QStringLiteral("peakMiB"), number(c.peakMiB)},
                             {QStringLiteral("engineMs"), number(c.engineMs)},
                             {QStringLiteral("ratio"), c.ratio() < 0 ? QJsonValue() : QJsonValue(qRound64(c.ratio() * 1000) / 1000.0)}};
            if (!c.note.isEmpty())
                cell[QStringLiteral("note")] = c.note;
            phase[QLatin1String(backendKey(b))] = cell;
        }
        phases.append(phase);
    }
    root[QStringLiteral("phases")] = phases;
    return root;
}

void BenchReport::mergeFrom(const QJsonObject &earlier, Backend backend)
{
    const QJsonObject context = earlier.value(QStringLiteral("context")).toObject();
    for (auto it = context.begin(); it != context.end(); ++it) {
        const bool known = std::any_of(m_context.cbegin(), m_context.cend(), [&](const auto &line) { return line.first == it.key(); });
        if (!known)
            m_context << qMakePair(it.key(), it.value().toString());
    }
    const auto read = [](const QJsonObject &cell, const char *key) {
        const QJsonValue value = cell.value(QLatin1String(key));
        return value.isDouble() ? value.toDouble() : -1.0;
    };
    for (const QJsonValue &value : earlier.value(QStringLiteral("phases")).toArray()) {
        const QJsonObject phase = value.toObject();
        const QJsonObject cell = phase.value(QLatin1String(backendKey(backend))).toObject();
        if (cell.isEmpty())
            continue;
        set(phase.value(QStringLiteral("id")).toString(), phase.value(QStringLiteral("phase")).toString(),
            phase.value(QStringLiteral("target")).toString(), backend,
            Cell{read(cell, "ms"), read(cell, "peakMiB"), read(cell, "engineMs"), cell.value(QStringLiteral("note")).toString()});
    }
}
