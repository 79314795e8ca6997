#pragma once

#include <QStringList>

#include "filterobjecteditor.h"

class QFrame;
class QListWidget;
class QListWidgetItem;
class QPushButton;

// Several statuses for `Status in (...)`: a button showing the ticked statuses as badges, and a
// popup checklist of the nine statuses (plus any other status found in the store), each drawn as
// its badge. The popup stays open while ticking, so choosing READY and ERROR is two clicks.
class FilterStatusChecklist : public FilterObjectEditor
{
    Q_OBJECT

public:
    explicit FilterStatusChecklist(QWidget *parent = nullptr);

    Kind kind() const override { return Kind::StatusList; }
    QJsonValue value() const override { return m_value; }
    void setValue(const QJsonValue &value) override;
    void setSuggestions(const QStringList &values) override;

    QStringList checkedStatuses() const;
    QPushButton *button() const;
    // The checklist (inside the popup; visible while the popup is open).
    QListWidget *list() const { return m_list; }
    void showPopup();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void addStatus(const QString &status);
    void toggle(QListWidgetItem *item);
    void syncFromList();

    class BadgeButton;
    BadgeButton *m_button;
    QFrame *m_popup;
    QListWidget *m_list;
    QJsonValue m_value = QJsonValue::Undefined;
};
