#pragma once

#include "filterobjecteditor.h"

class QCompleter;
class QLineEdit;
class QStringListModel;

// One value, typed, completing from the distinct values present in the store.
class FilterTextValueEditor : public FilterObjectEditor
{
    Q_OBJECT

public:
    explicit FilterTextValueEditor(QWidget *parent = nullptr);

    Kind kind() const override { return Kind::Text; }
    QJsonValue value() const override { return m_value; }
    void setValue(const QJsonValue &value) override;
    void setSuggestions(const QStringList &values) override;
    QWidget *focusTarget() override;

    QLineEdit *lineEdit() const { return m_edit; }

private:
    QLineEdit *m_edit;
    QStringListModel *m_suggestions;
    QCompleter *m_completer;
    QJsonValue m_value = QJsonValue::Undefined;
};
