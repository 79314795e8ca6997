#pragma once

#include <QMap>
#include <QWidget>

class QHBoxLayout;
class QLabel;
class StatusBadgeButton;

// The status bar's summary: "N of M entities" and a badge with a count per status. Clicking a
// badge asks for the table to show only that status; clicking the pressed badge shows all.
class StatusSummaryBar : public QWidget
{
    Q_OBJECT

public:
    explicit StatusSummaryBar(QWidget *parent = nullptr);

    void setCounts(qint64 shown, qint64 total, const QMap<QString, qint64> &statusCounts);
    // Presses the badges of these statuses (the table's status filter), releases the others.
    void setActiveStatuses(const QStringList &statuses);
    void clear();
    // A new store: no counts yet, they are on their way.
    void showCounting();

    QString countText() const;
    StatusBadgeButton *badgeFor(const QString &status) const;
    QList<StatusBadgeButton *> badges() const { return m_badges; }

signals:
    // The statuses the table should show (empty: all).
    void statusFilterRequested(const QStringList &statuses);

private:
    QLabel *m_count = nullptr;
    QHBoxLayout *m_badgeLayout = nullptr;
    QList<StatusBadgeButton *> m_badges;
    QStringList m_active;
};
