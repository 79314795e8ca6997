#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QString>

#include "filter.h"

// The filter builder's statements: one row per statement, each with an on/off switch so a
// statement can be kept without applying it. The rows that are on and valid, in row order,
// make the applied Filter (all of them ANDed, as in Dispatch).
//
// A row is invalid while it is incomplete (no subject yet, no value yet: a new row's object is
// undefined) or when the store's filter compiler would reject it (an empty `in` list, a time
// that does not parse, a list given to `equal`, ...). Invalid rows stay in the model with their
// problem and are simply not applied. The model says what is wrong as a Problem plus technical
// detail; the ui words it for people.
//
// Editing the text form replaces only the applied rows (replaceAppliedStatements): rows that are
// off or invalid have no text form, so they are kept where they are rather than lost.
class FilterStatementModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { EnabledColumn, NegateColumn, ScopeColumn, SubjectColumn, VerbColumn, ObjectColumn, ColumnCount };

    enum Role {
        ProblemRole = Qt::UserRole + 1, // int: Problem
        ProblemDetailRole,              // QString: technical detail (from the filter compiler)
        AppliedRole,                    // bool: on and valid
        ObjectJsonRole,                 // QJsonValue: the object as it is
    };

    enum class Problem {
        None,
        MissingSubject,  // the subject is empty
        MissingObject,   // no value entered yet
        EmptyList,       // `in` with no values
        ListForEqual,    // `equal`, `before` or `after` given a list
        NotATime,        // `before`/`after` (or a time field) with a value that is not RFC 3339
        NotATimeSubject, // `before`/`after` on a field that holds no time
        Rejected,        // anything else the filter compiler rejects (see ProblemDetailRole)
    };
    Q_ENUM(Problem)

    struct Row
    {
        FilterStat statement;
        bool enabled = true;

        bool operator==(const Row &) const = default;
    };

    explicit FilterStatementModel(QObject *parent = nullptr);

    // The entity type the filter is for: extra subjects are checked against its catalogue.
    QString entityType() const { return m_type; }
    void setEntityType(const QString &type);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    bool removeRows(int row, int count, const QModelIndex &parent = {}) override;

    const QList<Row> &rows() const { return m_rows; }
    Row row(int row) const { return m_rows.value(row); }
    FilterStat statement(int row) const { return m_rows.value(row).statement; }
    bool isEnabled(int row) const { return m_rows.value(row).enabled; }

    // Appends a row and returns its index.
    int addStatement(const FilterStat &statement, bool enabled = true);
    // A new, empty row for the user to fill in: field scope, no subject, equal, no object.
    int addEmptyStatement();
    void setStatement(int row, const FilterStat &statement);
    void setEnabled(int row, bool enabled);
    void setNegate(int row, bool negate);
    void setRows(const QList<Row> &rows);
    void clear();

    Problem problem(int row) const;
    QString problemDetail(int row) const;
    bool isApplied(int row) const;
    int appliedCount() const;

    // The applied rows' statements, in row order.
    Filter appliedFilter() const;

    // Replaces the applied rows by `filter`'s statements (positionally: the n-th applied row
    // becomes the n-th statement; extra statements are appended, surplus applied rows removed).
    // Rows that are off or invalid stay as they are.
    void replaceAppliedStatements(const Filter &filter);

    // The problem a statement has on its own, for `type`'s catalogue.
    static Problem check(const FilterStat &statement, const QString &type, QString *detail = nullptr);

signals:
    // The applied filter differs from the one before the last change.
    void appliedFilterChanged(const Filter &filter);

private:
    struct Checked
    {
        Problem problem = Problem::None;
        QString detail;
    };

    void recheck(int row);
    void emitRowChanged(int row);
    void noteAppliedFilter();

    QList<Row> m_rows;
    QList<Checked> m_checks; // parallel to m_rows
    QString m_type;
    Filter m_lastApplied;
};
