#pragma once

#include <QAbstractButton>
#include <QWidget>

#include "statusbadge.h"

// One status badge as a widget (details pane). The accessible name is the status word.
class StatusBadgeLabel : public QWidget
{
    Q_OBJECT

public:
    explicit StatusBadgeLabel(QWidget *parent = nullptr);

    void setStatus(const QString &status);
    QString status() const { return m_badge.status(); }
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override { return sizeHint(); }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    StatusBadge m_badge;
};

// A status badge with a count beside it, for the status bar; checkable, so the status the
// table is filtered to shows as pressed.
class StatusBadgeButton : public QAbstractButton
{
    Q_OBJECT

public:
    StatusBadgeButton(const QString &status, QWidget *parent = nullptr);

    QString status() const { return m_badge.status(); }
    void setCount(qint64 count);
    qint64 count() const { return m_count; }
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void enterEvent(QEnterEvent *event) override;
    void leaveEvent(QEvent *event) override;

private:
    QString countText() const;

    StatusBadge m_badge;
    qint64 m_count = 0;
    bool m_hovered = false;
};
