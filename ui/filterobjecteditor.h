#pragma once

#include <QIcon>
#include <QJsonValue>
#include <QWidget>

#include "filter.h"

// The object part of a filter row: one widget per kind of subject (text, a list of values,
// statuses, true/false, times). Editors report what the person typed with valueEdited(); a
// value set from outside (setValue) never emits, so the model and the editor cannot ping-pong.
class FilterObjectEditor : public QWidget
{
    Q_OBJECT

public:
    enum class Kind { Text, List, Status, StatusList, Bool, Time };

    explicit FilterObjectEditor(QWidget *parent = nullptr) : QWidget(parent) {}

    virtual Kind kind() const = 0;
    virtual QJsonValue value() const = 0;
    virtual void setValue(const QJsonValue &value) = 0;
    // Values the person may pick from (distinct values present in the store).
    virtual void setSuggestions(const QStringList &values) { Q_UNUSED(values) }
    // The widget that should take the keyboard focus.
    virtual QWidget *focusTarget() { return this; }

    // A typed word read the way the text language reads a bare value: a JSON number or
    // true/false keeps that type, anything else is a string. So typing 30000 for a timeout and
    // writing `extra:timeout = 30000` give the same filter.
    static QJsonValue valueFromTyped(const QString &text);
    // The text a person sees for a scalar value.
    static QString typedFromValue(const QJsonValue &value);
    // A status's glyph-only badge, for combo boxes and chips.
    static QIcon statusIcon(const QString &status, const QPalette &palette);

signals:
    void valueEdited(const QJsonValue &value);
    // A quick choice that sets the verb as well (e.g. "last 24 hours" is `after <now - 24 h>`).
    void verbAndValueChosen(FilterVerb verb, const QJsonValue &value);
};
