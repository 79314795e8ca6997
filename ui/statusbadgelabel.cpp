#include "statusbadgelabel.h"

#include <QEnterEvent>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

namespace {
constexpr int buttonPadding = 4;
constexpr int countGap = 5;
}

StatusBadgeLabel::StatusBadgeLabel(QWidget *parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
}

void StatusBadgeLabel::setStatus(const QString &status)
{
    m_badge.setStatus(status);
    setAccessibleName(m_badge.displayText());
    setToolTip({});
    updateGeometry();
    update();
}

QSize StatusBadgeLabel::sizeHint() const
{
    return m_badge.sizeHint(font());
}

void StatusBadgeLabel::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setFont(font());
    m_badge.paint(&painter, rect(), palette());
}

StatusBadgeButton::StatusBadgeButton(const QString &status, QWidget *parent) : QAbstractButton(parent), m_badge(status)
{
    setCheckable(true);
    setCursor(Qt::PointingHandCursor);
    setFocusPolicy(Qt::TabFocus);
    setCount(0);
}

QString StatusBadgeButton::countText() const
{
    return QLocale().toString(m_count);
}

void StatusBadgeButton::setCount(qint64 count)
{
    m_count = count;
    setText(m_badge.displayText() + QLatin1Char(' ') + countText());
    setAccessibleName(tr("%1: %2 entities").arg(m_badge.displayText(), countText()));
    setToolTip(tr("%1 entities are %2. Click to show only these; click again to show all.")
                   .arg(countText(), m_badge.displayText()));
    updateGeometry();
    update();
}

QSize StatusBadgeButton::sizeHint() const
{
    const QSize badge = m_badge.sizeHint(font());
    QFont bold = font();
    bold.setBold(true);
    const int countWidth = QFontMetrics(bold).horizontalAdvance(countText());
    return {badge.width() + countGap + countWidth + 2 * buttonPadding, badge.height() + 2 * buttonPadding};
}

void StatusBadgeButton::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF frame = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
    if (isChecked() || m_hovered || hasFocus()) {
        QColor fill = palette().color(QPalette::Highlight);
        fill.setAlpha(isChecked() ? 60 : 25);
        painter.setBrush(fill);
        QColor edge = palette().color(QPalette::Highlight);
        edge.setAlpha(isChecked() ? 220 : 90);
        painter.setPen(QPen(edge, 1));
        painter.drawRoundedRect(frame, 6, 6);
    }
    const QSize badgeSize = m_badge.sizeHint(font());
    const QRect badgeRect(buttonPadding, (height() - badgeSize.height()) / 2, badgeSize.width(), badgeSize.height());
    painter.setFont(font());
    m_badge.paint(&painter, badgeRect, palette());
    QFont bold = font();
    bold.setBold(true);
    painter.setFont(bold);
    painter.setPen(palette().color(QPalette::WindowText));
    const QRect countRect(badgeRect.right() + 1 + countGap, 0, width() - badgeRect.right() - countGap, height());
    painter.drawText(countRect, Qt::AlignLeft | Qt::AlignVCenter, countText());
}

void StatusBadgeButton::enterEvent(QEnterEvent *event)
{
    m_hovered = true;
    update();
    QAbstractButton::enterEvent(event);
}

void StatusBadgeButton::leaveEvent(QEvent *event)
{
    m_hovered = false;
    update();
    QAbstractButton::leaveEvent(event);
}
