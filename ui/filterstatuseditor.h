#pragma once

#include "filterobjecteditor.h"

class QComboBox;

// One status for `Status = X`: the nine statuses with their badges, and free text for the
// statuses Dispatch allows beyond them.
class FilterStatusEditor : public FilterObjectEditor
{
    Q_OBJECT

public:
    explicit FilterStatusEditor(QWidget *parent = nullptr);

    Kind kind() const override { return Kind::Status; }
    QJsonValue value() const override { return m_value; }
    void setValue(const QJsonValue &value) override;
    void setSuggestions(const QStringList &values) override;

    QComboBox *comboBox() const { return m_combo; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void addStatus(const QString &status);
    void refreshIcons();

    QComboBox *m_combo;
    QJsonValue m_value = QJsonValue::Undefined;
};
