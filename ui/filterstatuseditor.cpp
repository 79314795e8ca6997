#include "filterstatuseditor.h"

#include <QComboBox>
#include <QCompleter>
#include <QEvent>
#include <QHBoxLayout>
#include <QLineEdit>

#include "status.h"

FilterStatusEditor::FilterStatusEditor(QWidget *parent) : FilterObjectEditor(parent), m_combo(new QComboBox(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_combo);
    m_combo->setEditable(true);
    m_combo->setInsertPolicy(QComboBox::NoInsert);
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_combo->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_combo->lineEdit()->setPlaceholderText(tr("status"));
    for (const QString &s : Status::all())
        addStatus(s);
    m_combo->setCurrentIndex(-1);
    setFocusProxy(m_combo);

    connect(m_combo->lineEdit(), &QLineEdit::textEdited, this, [this](const QString &text) {
        m_value = text;
        emit valueEdited(m_value);
    });
    connect(m_combo, &QComboBox::activated, this, [this](int index) {
        m_value = m_combo->itemText(index);
        emit valueEdited(m_value);
    });
}

void FilterStatusEditor::addStatus(const QString &status)
{
    if (m_combo->findText(status, Qt::MatchFixedString | Qt::MatchCaseSensitive) >= 0)
        return;
    m_combo->addItem(statusIcon(status, palette()), status);
}

void FilterStatusEditor::setValue(const QJsonValue &value)
{
    m_value = value;
    const QString text = typedFromValue(value);
    const int index = m_combo->findText(text, Qt::MatchFixedString | Qt::MatchCaseSensitive);
    const QSignalBlocker blocker(m_combo);
    if (index >= 0)
        m_combo->setCurrentIndex(index);
    else
        m_combo->setEditText(text);
}

void FilterStatusEditor::setSuggestions(const QStringList &values)
{
    // Statuses found in the store beyond the nine (Dispatch stores free text).
    const QString current = m_combo->currentText();
    for (const QString &v : values) {
        if (!v.isEmpty())
            addStatus(v);
    }
    const QSignalBlocker blocker(m_combo);
    m_combo->setEditText(current);
}

void FilterStatusEditor::changeEvent(QEvent *event)
{
    FilterObjectEditor::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        refreshIcons();
}

void FilterStatusEditor::refreshIcons()
{
    for (int i = 0; i < m_combo->count(); ++i)
        m_combo->setItemIcon(i, statusIcon(m_combo->itemText(i), palette()));
}
