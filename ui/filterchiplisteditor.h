#pragma once

#include <QJsonArray>

#include "filterobjecteditor.h"

class QCompleter;
class QHBoxLayout;
class QLineEdit;
class QStringListModel;
class QToolButton;

// The values of an `in` statement as removable chips, followed by a line edit: type a value
// and press Enter (or a comma), or pick one of the distinct values offered. Backspace in the
// empty line edit removes the last chip. Text left in the line edit when focus leaves becomes
// a chip too, so nothing typed is dropped.
class FilterChipListEditor : public FilterObjectEditor
{
    Q_OBJECT

public:
    explicit FilterChipListEditor(QWidget *parent = nullptr);

    Kind kind() const override { return Kind::List; }
    QJsonValue value() const override { return m_values; }
    void setValue(const QJsonValue &value) override;
    void setSuggestions(const QStringList &values) override;
    QWidget *focusTarget() override;

    QLineEdit *lineEdit() const { return m_edit; }
    QStringList chipTexts() const;
    QList<QToolButton *> chips() const { return m_chips; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void addTyped(const QString &text);
    void removeAt(qsizetype index);
    void rebuildChips();
    void commit();

    QHBoxLayout *m_chipLayout;
    QLineEdit *m_edit;
    QStringListModel *m_suggestions;
    QCompleter *m_completer;
    QList<QToolButton *> m_chips;
    QJsonArray m_values;
};
