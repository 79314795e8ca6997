#include "filterstatementmodel.h"

#include <QJsonArray>

#include "filtercompiler.h"
#include "timestamp.h"

namespace {

QString objectText(const QJsonValue &object)
{
    if (object.isUndefined() || object.isNull())
        return {};
    if (object.isArray()) {
        QStringList parts;
        for (const QJsonValue &v : object.toArray())
            parts << FilterCompiler::scalarText(v);
        return QLatin1Char('(') + parts.join(QStringLiteral(", ")) + QLatin1Char(')');
    }
    return FilterCompiler::scalarText(object);
}

} // namespace

FilterStatementModel::FilterStatementModel(QObject *parent) : QAbstractTableModel(parent) {}

void FilterStatementModel::setEntityType(const QString &type)
{
    if (type == m_type)
        return;
    m_type = type;
    // Extra subjects are judged by the type's catalogue, so every row may change.
    for (int r = 0; r < m_rows.size(); ++r)
        recheck(r);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(m_rows.size() - 1, ColumnCount - 1));
    noteAppliedFilter();
}

int FilterStatementModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int FilterStatementModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FilterStatementModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    const Checked &c = m_checks.at(index.row());
    switch (role) {
    case ProblemRole:
        return int(c.problem);
    case ProblemDetailRole:
        return c.detail;
    case AppliedRole:
        return r.enabled && c.problem == Problem::None;
    case ObjectJsonRole:
        return QVariant::fromValue(r.statement.object);
    case Qt::CheckStateRole:
        if (index.column() == EnabledColumn)
            return r.enabled ? Qt::Checked : Qt::Unchecked;
        if (index.column() == NegateColumn)
            return r.statement.negate ? Qt::Checked : Qt::Unchecked;
        return {};
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (Column(index.column())) {
        case EnabledColumn: return r.enabled;
        case NegateColumn: return r.statement.negate;
        case ScopeColumn: return scopeName(r.statement.scope);
        case SubjectColumn: return r.statement.subject;
        case VerbColumn: return verbName(r.statement.verb);
        case ObjectColumn: return objectText(r.statement.object);
        case ColumnCount: break;
        }
        return {};
    default:
        return {};
    }
}

QVariant FilterStatementModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    // Technical names; views for people label their own columns.
    switch (Column(section)) {
    case EnabledColumn: return QStringLiteral("enabled");
    case NegateColumn: return QStringLiteral("not");
    case ScopeColumn: return QStringLiteral("scope");
    case SubjectColumn: return QStringLiteral("subject");
    case VerbColumn: return QStringLiteral("verb");
    case ObjectColumn: return QStringLiteral("object");
    case ColumnCount: break;
    }
    return {};
}

Qt::ItemFlags FilterStatementModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() == EnabledColumn || index.column() == NegateColumn)
        f |= Qt::ItemIsUserCheckable;
    else
        f |= Qt::ItemIsEditable;
    return f;
}

bool FilterStatementModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const int r = index.row();
    FilterStat stat = m_rows.at(r).statement;
    if (role == Qt::CheckStateRole) {
        const bool on = value.value<Qt::CheckState>() == Qt::Checked;
        if (index.column() == EnabledColumn) {
            setEnabled(r, on);
            return true;
        }
        if (index.column() == NegateColumn) {
            setNegate(r, on);
            return true;
        }
        return false;
    }
    if (role != Qt::EditRole && role != ObjectJsonRole)
        return false;
    switch (Column(index.column())) {
    case EnabledColumn:
        setEnabled(r, value.toBool());
        return true;
    case NegateColumn:
        setNegate(r, value.toBool());
        return true;
    case ScopeColumn:
        if (!scopeFromName(value.toString(), &stat.scope))
            return false;
        break;
    case SubjectColumn:
        stat.subject = value.toString();
        break;
    case VerbColumn:
        if (!verbFromName(value.toString(), &stat.verb))
            return false;
        break;
    case ObjectColumn:
        stat.object = value.metaType() == QMetaType::fromType<QJsonValue>() ? value.value<QJsonValue>()
                                                                         : QJsonValue::fromVariant(value);
        break;
    case ColumnCount:
        return false;
    }
    setStatement(r, stat);
    return true;
}

bool FilterStatementModel::removeRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || row < 0 || count <= 0 || row + count > m_rows.size())
        return false;
    beginRemoveRows({}, row, row + count - 1);
    m_rows.remove(row, count);
    m_checks.remove(row, count);
    endRemoveRows();
    noteAppliedFilter();
    return true;
}

int FilterStatementModel::addStatement(const FilterStat &statement, bool enabled)
{
    const int r = int(m_rows.size());
    beginInsertRows({}, r, r);
    m_rows.append(Row{statement, enabled});
    m_checks.append(Checked{});
    recheck(r);
    endInsertRows();
    noteAppliedFilter();
    return r;
}

int FilterStatementModel::addEmptyStatement()
{
    FilterStat empty;
    empty.object = QJsonValue(QJsonValue::Undefined);
    return addStatement(empty);
}

void FilterStatementModel::setStatement(int row, const FilterStat &statement)
{
    if (row < 0 || row >= m_rows.size() || m_rows.at(row).statement == statement)
        return;
    m_rows[row].statement = statement;
    recheck(row);
    emitRowChanged(row);
    noteAppliedFilter();
}

void FilterStatementModel::setEnabled(int row, bool enabled)
{
    if (row < 0 || row >= m_rows.size() || m_rows.at(row).enabled == enabled)
        return;
    m_rows[row].enabled = enabled;
    emitRowChanged(row);
    noteAppliedFilter();
}

void FilterStatementModel::setNegate(int row, bool negate)
{
    if (row < 0 || row >= m_rows.size())
        return;
    FilterStat stat = m_rows.at(row).statement;
    stat.negate = negate;
    setStatement(row, stat);
}

void FilterStatementModel::setRows(const QList<Row> &rows)
{
    beginResetModel();
    m_rows = rows;
    m_checks = QList<Checked>(m_rows.size());
    for (int r = 0; r < m_rows.size(); ++r)
        recheck(r);
    endResetModel();
    noteAppliedFilter();
}

void FilterStatementModel::clear()
{
    setRows({});
}

FilterStatementModel::Problem FilterStatementModel::problem(int row) const
{
    return row >= 0 && row < m_checks.size() ? m_checks.at(row).problem : Problem::None;
}

QString FilterStatementModel::problemDetail(int row) const
{
    return row >= 0 && row < m_checks.size() ? m_checks.at(row).detail : QString();
}

bool FilterStatementModel::isApplied(int row) const
{
    return row >= 0 && row < m_rows.size() && m_rows.at(row).enabled && m_checks.at(row).problem == Problem::None;
}

int FilterStatementModel::appliedCount() const
{
    int n = 0;
    for (int r = 0; r < m_rows.size(); ++r)
        n += isApplied(r) ? 1 : 0;
    return n;
}

Filter FilterStatementModel::appliedFilter() const
{
    Filter filter;
    for (int r = 0; r < m_rows.size(); ++r) {
        if (isApplied(r))
            filter.statements << m_rows.at(r).statement;
    }
    return filter;
}

void FilterStatementModel::replaceAppliedStatements(const Filter &filter)
{
    qsizetype next = 0; // the next statement of `filter` to place
    QList<int> surplus;
    for (int r = 0; r < m_rows.size(); ++r) {
        if (!isApplied(r))
            continue;
        if (next < filter.statements.size()) {
            const FilterStat &stat = filter.statements.at(next++);
            if (m_rows.at(r).statement != stat) {
                m_rows[r].statement = stat;
                recheck(r);
                emitRowChanged(r);
            }
        } else {
            surplus << r;
        }
    }
    for (auto it = surplus.crbegin(); it != surplus.crend(); ++it) {
        beginRemoveRows({}, *it, *it);
        m_rows.removeAt(*it);
        m_checks.removeAt(*it);
        endRemoveRows();
    }
    if (next < filter.statements.size()) {
        const int first = int(m_rows.size());
        const int last = first + int(filter.statements.size() - next) - 1;
        beginInsertRows({}, first, last);
        for (; next < filter.statements.size(); ++next) {
            m_rows.append(Row{filter.statements.at(next), true});
            m_checks.append(Checked{});
            recheck(int(m_rows.size()) - 1);
        }
        endInsertRows();
    }
    noteAppliedFilter();
}

FilterStatementModel::Problem FilterStatementModel::check(const FilterStat &stat, const QString &type, QString *detail)
{
    if (stat.subject.trimmed().isEmpty())
        return Problem::MissingSubject;
    if (stat.object.isUndefined() || stat.object.isNull())
        return Problem::MissingObject;
    if (stat.verb == FilterVerb::In) {
        if (stat.object.isArray() && stat.object.toArray().isEmpty())
            return Problem::EmptyList;
    } else if (stat.object.isArray()) {
        return Problem::ListForEqual;
    }
    const bool timeVerb = stat.verb == FilterVerb::Before || stat.verb == FilterVerb::After;
    if (stat.scope == FilterScope::Field && !FilterCompiler::columnForField(stat.subject).isEmpty()) {
        if (timeVerb && !FilterCompiler::isTimeField(stat.subject))
            return Problem::NotATimeSubject;
    }
    if (timeVerb && !Timestamp::parseRfc3339(stat.object.toString()).isValid())
        return Problem::NotATime;
    if (!timeVerb && stat.scope == FilterScope::Field && FilterCompiler::isTimeField(stat.subject)) {
        const QJsonArray values = stat.object.isArray() ? stat.object.toArray() : QJsonArray{stat.object};
        for (const QJsonValue &v : values) {
            if (!Timestamp::parseRfc3339(v.toString()).isValid())
                return Problem::NotATime;
        }
    }
    // Whatever else the store would refuse (unknown field, JSON field, unknown extra subject
    // of a catalogued type, ...). The dialect does not change what is accepted.
    const Result<FilterCompiler::Fragment> compiled =
        FilterCompiler::statements(Filter{{stat}}, type, FilterCompiler::Dialect::SQLite);
    if (!compiled.ok()) {
        if (detail)
            *detail = compiled.error().message;
        return Problem::Rejected;
    }
    return Problem::None;
}

void FilterStatementModel::recheck(int row)
{
    Checked c;
    c.problem = check(m_rows.at(row).statement, m_type, &c.detail);
    m_checks[row] = c;
}

void FilterStatementModel::emitRowChanged(int row)
{
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void FilterStatementModel::noteAppliedFilter()
{
    const Filter applied = appliedFilter();
    if (applied == m_lastApplied)
        return;
    m_lastApplied = applied;
    emit appliedFilterChanged(applied);
}
