#pragma once

#include <QJsonObject>
#include <QList>
#include <QWidget>

#include "typecatalogue.h"

class QFormLayout;
class QLabel;
class QPlainTextEdit;
class QStackedWidget;

// The type's own fields. For a catalogued Dispatch type: one editor per field, chosen by its
// JSON type (text, number, true/false, JSON for objects and arrays, RFC 3339 for times); an
// empty editor leaves the field out. For other types: the whole object as JSON text.
// Problems are shown next to the editor and values() refuses until they are fixed.
class ExtraFieldsEditor : public QWidget
{
    Q_OBJECT
public:
    explicit ExtraFieldsEditor(QWidget *parent = nullptr);

    void setType(const QString &type);
    void setValues(const QJsonObject &extra);
    // False with a message (also shown) when a value cannot be read.
    bool values(QJsonObject *out, QString *problem = nullptr) const;
    bool isForm() const { return m_catalogued; }
    // The editor of a catalogued field, by JSON key (for tests and focus).
    QWidget *editorFor(const QString &jsonKey) const;
    QPlainTextEdit *jsonEditor() const { return m_json; }

signals:
    void edited();

private:
    struct FieldEditor
    {
        TypeCatalogue::ExtraField field;
        QWidget *editor = nullptr;
    };
    void rebuildForm();
    void check();
    bool read(QJsonObject *out, QString *problem) const;

    QString m_type;
    bool m_catalogued = false;
    QJsonObject m_values; // what was set, so that fields outside the catalogue are kept
    QStackedWidget *m_stack;
    QWidget *m_form;
    QFormLayout *m_formLayout;
    QList<FieldEditor> m_editors;
    QPlainTextEdit *m_json;
    QLabel *m_message;
};
