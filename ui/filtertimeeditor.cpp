#include "filtertimeeditor.h"

#include <QCalendarWidget>
#include <QDateTimeEdit>
#include <QHBoxLayout>
#include <QMenu>
#include <QTimeZone>
#include <QToolButton>

#include "timestamp.h"

FilterTimeEditor::FilterTimeEditor(QWidget *parent)
    : FilterObjectEditor(parent), m_edit(new QDateTimeEdit(this)), m_quick(new QToolButton(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_quick);

    m_edit->setTimeSpec(Qt::UTC);
    m_edit->setCalendarPopup(true);
    m_edit->calendarWidget()->setGridVisible(true);
    // UTC in the editor itself, so nobody reads it as local time.
    m_edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'"));
    m_edit->setDateTime(QDateTime::currentDateTimeUtc());
    m_edit->setToolTip(tr("Times are in UTC, as the store keeps them."));
    setFocusProxy(m_edit);

    m_quick->setText(tr("Quick"));
    m_quick->setToolTip(tr("Quick ranges"));
    m_quick->setPopupMode(QToolButton::InstantPopup);
    m_quick->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *menu = new QMenu(m_quick);
    const std::pair<QuickRange, QString> ranges[] = {
        {QuickRange::LastHour, tr("Last hour")},
        {QuickRange::Last24Hours, tr("Last 24 hours")},
        {QuickRange::Last7Days, tr("Last 7 days")},
        {QuickRange::BeforeToday, tr("Before today")},
    };
    for (const auto &[range, label] : ranges) {
        const QuickRange r = range;
        menu->addAction(label, this, [this, r] { chooseQuickRange(r); });
    }
    m_quick->setMenu(menu);

    connect(m_edit, &QDateTimeEdit::dateTimeChanged, this, [this](const QDateTime &dt) {
        // Whole seconds unless the person typed finer: the editor shows seconds.
        m_value = Timestamp::fromDateTime(dt.toUTC()).toRfc3339();
        emit valueEdited(m_value);
    });
}

void FilterTimeEditor::setValue(const QJsonValue &value)
{
    m_value = value;
    const Timestamp t = Timestamp::parseRfc3339(value.toString());
    if (!t.isValid())
        return; // the row says what is wrong; the editor keeps showing the last good time
    const QSignalBlocker blocker(m_edit);
    m_edit->setDateTime(t.toDateTime());
}

QWidget *FilterTimeEditor::focusTarget()
{
    return m_edit;
}

std::pair<FilterVerb, QJsonValue> FilterTimeEditor::quickRange(QuickRange range, const QDateTime &now)
{
    QDateTime utc = now.toUTC();
    utc.setTime(QTime(utc.time().hour(), utc.time().minute(), utc.time().second()));
    const auto after = [](const QDateTime &dt) {
        return std::pair<FilterVerb, QJsonValue>{FilterVerb::After, Timestamp::fromDateTime(dt).toRfc3339()};
    };
    switch (range) {
    case QuickRange::LastHour:
        return after(utc.addSecs(-3600));
    case QuickRange::Last24Hours:
        return after(utc.addDays(-1));
    case QuickRange::Last7Days:
        return after(utc.addDays(-7));
    case QuickRange::BeforeToday:
        return {FilterVerb::Before, Timestamp::fromDateTime(QDateTime(utc.date(), QTime(0, 0), Qt::UTC)).toRfc3339()};
    }
    return {FilterVerb::After, QJsonValue()};
}

void FilterTimeEditor::chooseQuickRange(QuickRange range)
{
    const auto [verb, value] = quickRange(range, QDateTime::currentDateTimeUtc());
    setValue(value);
    emit verbAndValueChosen(verb, value);
}
