#include "filterbooleditor.h"

#include <QComboBox>
#include <QHBoxLayout>

FilterBoolEditor::FilterBoolEditor(QWidget *parent) : FilterObjectEditor(parent), m_combo(new QComboBox(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_combo);
    layout->addStretch();
    // The words are the filter language's values, so they stay untranslated.
    m_combo->addItem(QStringLiteral("false"), false);
    m_combo->addItem(QStringLiteral("true"), true);
    m_combo->setCurrentIndex(-1);
    setFocusProxy(m_combo);
    connect(m_combo, &QComboBox::activated, this, [this](int index) {
        m_value = m_combo->itemData(index).toBool();
        emit valueEdited(m_value);
    });
}

void FilterBoolEditor::setValue(const QJsonValue &value)
{
    m_value = value;
    if (value.isBool())
        m_combo->setCurrentIndex(value.toBool() ? 1 : 0);
    else if (value.isString() && (value.toString() == QLatin1String("true") || value.toString() == QLatin1String("false")))
        m_combo->setCurrentIndex(value.toString() == QLatin1String("true") ? 1 : 0);
    else
        m_combo->setCurrentIndex(-1);
}
