#include "extrafieldseditor.h"

#include <QComboBox>
#include <QFormLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QStackedWidget>
#include <QVBoxLayout>

#include "entityfields.h"
#include "timestamp.h"

using TypeCatalogue::JsonType;

namespace {

QString jsonText(const QJsonValue &value, bool indented)
{
    if (value.isUndefined())
        return {};
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(indented ? QJsonDocument::Indented : QJsonDocument::Compact)).trimmed();
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(indented ? QJsonDocument::Indented : QJsonDocument::Compact)).trimmed();
    if (value.isString())
        return QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
    return EntityFields::displayText(value);
}

// Any JSON value as text (a bare word is not JSON: strings need quotes).
bool parseJsonValue(const QString &text, QJsonValue *value, QString *why)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray("[") + text.toUtf8() + QByteArray("]"), &error);
    if (error.error != QJsonParseError::NoError || doc.array().size() != 1) {
        *why = error.error != QJsonParseError::NoError ? error.errorString() : QStringLiteral("one value expected");
        return false;
    }
    *value = doc.array().at(0);
    return true;
}

} // namespace

ExtraFieldsEditor::ExtraFieldsEditor(QWidget *parent) : QWidget(parent)
{
    m_stack = new QStackedWidget(this);
    m_form = new QWidget(m_stack);
    m_formLayout = new QFormLayout(m_form);
    m_json = new QPlainTextEdit(m_stack);
    m_json->setObjectName(QStringLiteral("extraJson"));
    m_json->setPlaceholderText(tr("The type's own fields as one JSON object, e.g. {\"image\": \"python3\"}"));
    m_stack->addWidget(m_form);
    m_stack->addWidget(m_json);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("extraMessage"));
    m_message->setStyleSheet(QStringLiteral("color: #b00020"));
    m_message->setWordWrap(true);
    m_message->hide();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
    layout->addWidget(m_message);
    connect(m_json, &QPlainTextEdit::textChanged, this, [this] {
        check();
        emit edited();
    });
    setType(QString());
}

void ExtraFieldsEditor::setType(const QString &type)
{
    QJsonObject current;
    if (!m_type.isNull() || !m_values.isEmpty())
        read(&current, nullptr); // carry what was typed over to the new form where it can
    m_type = type;
    m_catalogued = TypeCatalogue::isCatalogued(type);
    rebuildForm();
    if (!current.isEmpty() || !m_values.isEmpty())
        setValues(current.isEmpty() ? m_values : current);
    m_stack->setCurrentWidget(m_catalogued ? m_form : static_cast<QWidget *>(m_json));
    check();
}

void ExtraFieldsEditor::rebuildForm()
{
    while (m_formLayout->rowCount() > 0)
        m_formLayout->removeRow(0);
    m_editors.clear();
    if (!m_catalogued)
        return;
    for (const TypeCatalogue::ExtraField &field : TypeCatalogue::extraFields(m_type)) {
        QWidget *editor = nullptr;
        switch (field.jsonType) {
        case JsonType::Bool: {
            auto *combo = new QComboBox(m_form);
            combo->addItem(tr("(not set)"));
            combo->addItem(QStringLiteral("true"));
            combo->addItem(QStringLiteral("false"));
            connect(combo, &QComboBox::currentIndexChanged, this, &ExtraFieldsEditor::edited);
            editor = combo;
            break;
        }
        case JsonType::Object:
        case JsonType::Array:
        case JsonType::Any: {
            auto *text = new QPlainTextEdit(m_form);
            text->setPlaceholderText(field.jsonType == JsonType::Array ? tr("JSON array, e.g. [\"a\", \"b\"]")
                                     : field.jsonType == JsonType::Object ? tr("JSON object, e.g. {\"k\": \"v\"}")
                                                                          : tr("any JSON value"));
            text->setMaximumHeight(70);
            connect(text, &QPlainTextEdit::textChanged, this, [this] {
                check();
                emit edited();
            });
            editor = text;
            break;
        }
        default: {
            auto *line = new QLineEdit(m_form);
            if (field.jsonType == JsonType::Number)
                line->setPlaceholderText(tr("a number"));
            else if (field.jsonType == JsonType::Time)
                line->setPlaceholderText(tr("RFC 3339 time, e.g. 2026-12-03T15:57:53Z"));
            connect(line, &QLineEdit::textChanged, this, [this] {
                check();
                emit edited();
            });
            editor = line;
            break;
        }
        }
        editor->setObjectName(QStringLiteral("extra_") + field.jsonKey);
        m_formLayout->addRow(field.goName + QStringLiteral(" (") + field.jsonKey + QStringLiteral(")"), editor);
        m_editors << FieldEditor{field, editor};
    }
}

QWidget *ExtraFieldsEditor::editorFor(const QString &jsonKey) const
{
    for (const FieldEditor &e : m_editors) {
        if (e.field.jsonKey == jsonKey)
            return e.editor;
    }
    return nullptr;
}

void ExtraFieldsEditor::setValues(const QJsonObject &extra)
{
    m_values = extra;
    if (!m_catalogued) {
        m_json->setPlainText(extra.isEmpty() ? QString() : jsonText(extra, true));
        check();
        return;
    }
    for (const FieldEditor &e : std::as_const(m_editors)) {
        const QJsonValue value = extra.value(e.field.jsonKey);
        if (auto *combo = qobject_cast<QComboBox *>(e.editor))
            combo->setCurrentIndex(value.isBool() ? (value.toBool() ? 1 : 2) : 0);
        else if (auto *text = qobject_cast<QPlainTextEdit *>(e.editor))
            text->setPlainText(jsonText(value, true));
        else if (auto *line = qobject_cast<QLineEdit *>(e.editor))
            line->setText(value.isString() ? value.toString() : jsonText(value, false));
    }
    check();
}

bool ExtraFieldsEditor::read(QJsonObject *out, QString *problem) const
{
    QString why;
    if (!m_catalogued) {
        const QString text = m_json->toPlainText().trimmed();
        if (text.isEmpty()) {
            *out = {};
            return true;
        }
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &error);
        if (error.error != QJsonParseError::NoError) {
            if (problem)
                *problem = tr("The extra fields are not valid JSON (at character %1: %2).").arg(error.offset).arg(error.errorString());
            return false;
        }
        if (!doc.isObject()) {
            if (problem)
                *problem = tr("The extra fields must be one JSON object: {\"key\": value, …}.");
            return false;
        }
        *out = doc.object();
        return true;
    }
    // Fields outside the catalogue stay as they were.
    QJsonObject result = m_values;
    for (const FieldEditor &e : m_editors) {
        const QString &key = e.field.jsonKey;
        const QString label = e.field.goName;
        result.remove(key);
        if (auto *combo = qobject_cast<QComboBox *>(e.editor)) {
            if (combo->currentIndex() > 0)
                result.insert(key, combo->currentIndex() == 1);
            continue;
        }
        QString text;
        if (auto *plain = qobject_cast<QPlainTextEdit *>(e.editor))
            text = plain->toPlainText().trimmed();
        else if (auto *line = qobject_cast<QLineEdit *>(e.editor))
            text = line->text();
        if (text.isEmpty())
            continue;
        switch (e.field.jsonType) {
        case JsonType::String:
            result.insert(key, text);
            break;
        case JsonType::Time:
            if (!Timestamp::parseRfc3339(text).isValid()) {
                if (problem)
                    *problem = tr("%1 must be an RFC 3339 time such as 2026-12-03T15:57:53Z.").arg(label);
                return false;
            }
            result.insert(key, text);
            break;
        case JsonType::Number: {
            bool ok = false;
            const double number = text.toDouble(&ok);
            if (!ok) {
                if (problem)
                    *problem = tr("%1 must be a number.").arg(label);
                return false;
            }
            result.insert(key, number);
            break;
        }
        default: {
            QJsonValue value;
            if (!parseJsonValue(text, &value, &why)) {
                if (problem)
                    *problem = tr("%1 is not valid JSON: %2.").arg(label, why);
                return false;
            }
            if ((e.field.jsonType == JsonType::Object && !value.isObject() && !value.isNull())
                || (e.field.jsonType == JsonType::Array && !value.isArray() && !value.isNull())) {
                if (problem)
                    *problem = e.field.jsonType == JsonType::Object ? tr("%1 must be a JSON object {…}.").arg(label)
                                                                   : tr("%1 must be a JSON array […].").arg(label);
                return false;
            }
            result.insert(key, value);
            break;
        }
        }
    }
    *out = result;
    return true;
}

bool ExtraFieldsEditor::values(QJsonObject *out, QString *problem) const
{
    QString why;
    const bool ok = read(out, &why);
    if (problem)
        *problem = why;
    m_message->setText(why);
    m_message->setVisible(!ok);
    return ok;
}

void ExtraFieldsEditor::check()
{
    QJsonObject ignored;
    values(&ignored);
}
