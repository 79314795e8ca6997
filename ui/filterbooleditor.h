#pragma once

#include "filterobjecteditor.h"

class QComboBox;

// true or false (the Delete field, boolean extras).
class FilterBoolEditor : public FilterObjectEditor
{
    Q_OBJECT

public:
    explicit FilterBoolEditor(QWidget *parent = nullptr);

    Kind kind() const override { return Kind::Bool; }
    QJsonValue value() const override { return m_value; }
    void setValue(const QJsonValue &value) override;

    QComboBox *comboBox() const { return m_combo; }

private:
    QComboBox *m_combo;
    QJsonValue m_value = QJsonValue::Undefined;
};
