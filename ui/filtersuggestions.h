#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include "filter.h"

class EntityStore;

// What the filter builder offers from the data: subjects per scope (fields with friendly
// labels, tag keys of the organization and type, extra keys of the type plus the catalogue's Go
// names), whether a subject holds times, and the distinct values of a subject. Answers are
// cached until the context changes, so rows can ask freely.
class FilterSuggestions
{
    Q_DECLARE_TR_FUNCTIONS(FilterSuggestions)

public:
    struct Subject
    {
        QString name;  // what the filter says (Go name, tag key, extra key)
        QString label; // what the list shows
        QString hint;  // tooltip: the other spelling, or where it comes from
    };

    void setContext(EntityStore *store, const QString &type, const QString &organization);
    EntityStore *store() const { return m_store; }
    QString type() const { return m_type; }
    QString organization() const { return m_organization; }

    QList<Subject> subjects(FilterScope scope) const;
    // A typed subject as the filter names it: a field's label or any case of its Go name gives
    // the Go name; other scopes keep the text as typed.
    QString resolveSubject(FilterScope scope, const QString &typed) const;
    // The label a subject is shown with (a field's friendly label, otherwise the name).
    QString labelFor(FilterScope scope, const QString &subject) const;

    bool isTimeSubject(FilterScope scope, const QString &subject) const;
    bool isBoolSubject(FilterScope scope, const QString &subject) const;
    bool isStatusSubject(FilterScope scope, const QString &subject) const;
    QStringList values(FilterScope scope, const QString &subject) const;

    static QString fieldLabel(const QString &goName);
    // The fields a filter can use, most useful first (JSON fields are left out: filter on
    // their keys with tag: or extra:).
    static QStringList filterableFields();

private:
    EntityStore *m_store = nullptr;
    QString m_type;
    QString m_organization;
    mutable QHash<int, QList<Subject>> m_subjects;
    mutable QHash<QString, QStringList> m_values;
    mutable QHash<QString, bool> m_timeSubjects;
};
