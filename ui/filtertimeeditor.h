#pragma once

#include "filterobjecteditor.h"

class QDateTimeEdit;
class QLabel;
class QToolButton;

// A UTC date and time with a calendar, plus quick ranges (last hour, last 24 hours, last 7 days,
// before today) that set the verb too. A value the editor cannot show (nanoseconds, an offset)
// is kept exactly until the person changes it, so text round-trips.
class FilterTimeEditor : public FilterObjectEditor
{
    Q_OBJECT

public:
    enum class QuickRange { LastHour, Last24Hours, Last7Days, BeforeToday };

    explicit FilterTimeEditor(QWidget *parent = nullptr);

    Kind kind() const override { return Kind::Time; }
    QJsonValue value() const override { return m_value; }
    void setValue(const QJsonValue &value) override;
    QWidget *focusTarget() override;

    QDateTimeEdit *dateTimeEdit() const { return m_edit; }
    QToolButton *quickRangeButton() const { return m_quick; }

    // The verb and time a quick range stands for at `now`.
    static std::pair<FilterVerb, QJsonValue> quickRange(QuickRange range, const QDateTime &now);
    void chooseQuickRange(QuickRange range);

private:
    QDateTimeEdit *m_edit;
    QToolButton *m_quick;
    QJsonValue m_value = QJsonValue::Undefined;
};
