#include "filtertextvalueeditor.h"

#include <QCompleter>
#include <QJsonArray>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QStringListModel>

FilterTextValueEditor::FilterTextValueEditor(QWidget *parent)
    : FilterObjectEditor(parent), m_edit(new QLineEdit(this)), m_suggestions(new QStringListModel(this)),
      m_completer(new QCompleter(m_suggestions, this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit);
    m_edit->setPlaceholderText(tr("value"));
    m_edit->setClearButtonEnabled(true);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setFilterMode(Qt::MatchContains);
    m_edit->setCompleter(m_completer);
    setFocusProxy(m_edit);

    connect(m_edit, &QLineEdit::textEdited, this, [this](const QString &text) {
        m_value = valueFromTyped(text);
        emit valueEdited(m_value);
    });
    // Picking a completion sets the text without textEdited.
    connect(m_completer, qOverload<const QString &>(&QCompleter::activated), this, [this](const QString &text) {
        m_value = valueFromTyped(text);
        emit valueEdited(m_value);
    });
}

void FilterTextValueEditor::setValue(const QJsonValue &value)
{
    if (value == m_value)
        return;
    m_value = value;
    if (value.isArray()) {
        QStringList parts;
        for (const QJsonValue &v : value.toArray())
            parts << typedFromValue(v);
        m_edit->setText(parts.join(QStringLiteral(", ")));
    } else {
        m_edit->setText(typedFromValue(value));
    }
}

void FilterTextValueEditor::setSuggestions(const QStringList &values)
{
    m_suggestions->setStringList(values);
}

QWidget *FilterTextValueEditor::focusTarget()
{
    return m_edit;
}
