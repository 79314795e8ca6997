#include "statussummarybar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>

#include "status.h"
#include "statusbadgelabel.h"

StatusSummaryBar::StatusSummaryBar(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 0, 4, 0);
    layout->setSpacing(10);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("entityCountLabel"));
    layout->addWidget(m_count);
    m_badgeLayout = new QHBoxLayout;
    m_badgeLayout->setSpacing(2);
    layout->addLayout(m_badgeLayout);
    layout->addStretch();
}

void StatusSummaryBar::clear()
{
    m_count->clear();
    qDeleteAll(m_badges);
    m_badges.clear();
}

void StatusSummaryBar::showCounting()
{
    clear();
    m_count->setText(tr("Counting entities…"));
}

void StatusSummaryBar::setCounts(qint64 shown, qint64 total, const QMap<QString, qint64> &statusCounts)
{
    const QLocale locale;
    m_count->setText(tr("<b>%1</b> of %2 entities").arg(locale.toString(shown), locale.toString(total)));
    qDeleteAll(m_badges);
    m_badges.clear();
    // Known statuses in lifecycle order, then any other text the store holds.
    QStringList order;
    for (const QString &status : Status::all()) {
        if (statusCounts.value(status) > 0)
            order << status;
    }
    for (auto it = statusCounts.cbegin(); it != statusCounts.cend(); ++it) {
        if (!Status::isKnown(it.key()) && it.value() > 0)
            order << it.key();
    }
    for (const QString &status : order) {
        auto *badge = new StatusBadgeButton(status, this);
        badge->setCount(statusCounts.value(status));
        badge->setChecked(m_active.contains(status));
        connect(badge, &StatusBadgeButton::clicked, this, [this, status](bool checked) {
            emit statusFilterRequested(checked ? QStringList{status} : QStringList{});
        });
        m_badgeLayout->addWidget(badge);
        m_badges << badge;
    }
}

void StatusSummaryBar::setActiveStatuses(const QStringList &statuses)
{
    m_active = statuses;
    for (StatusBadgeButton *badge : m_badges)
        badge->setChecked(statuses.contains(badge->status()));
}

QString StatusSummaryBar::countText() const
{
    return m_count->text().remove(QStringLiteral("<b>")).remove(QStringLiteral("</b>"));
}

StatusBadgeButton *StatusSummaryBar::badgeFor(const QString &status) const
{
    for (StatusBadgeButton *badge : m_badges) {
        if (badge->status() == status)
            return badge;
    }
    return nullptr;
}
