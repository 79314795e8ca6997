#include "filterstatuschecklist.h"

#include <QApplication>
#include <QFrame>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QKeyEvent>
#include <QListWidget>
#include <QPainter>
#include <QPushButton>
#include <QScreen>
#include <QStyleOptionButton>
#include <QVBoxLayout>

#include "status.h"
#include "statusbadge.h"
#include "statusbadgedelegate.h"

// A push button that draws the ticked statuses as badges instead of a text.
class FilterStatusChecklist::BadgeButton : public QPushButton
{
public:
    explicit BadgeButton(QWidget *parent) : QPushButton(parent) {}

    void setStatuses(const QStringList &statuses)
    {
        m_statuses = statuses;
        // The words are the accessible text; the badges only draw them.
        setAccessibleName(statuses.isEmpty() ? tr("No status chosen") : statuses.join(QStringLiteral(", ")));
        setToolTip(accessibleName());
        updateGeometry();
        update();
    }

    QSize sizeHint() const override
    {
        const QSize base = QPushButton::sizeHint();
        int width = 2 * padding + arrowWidth();
        if (m_statuses.isEmpty())
            width += fontMetrics().horizontalAdvance(placeholder());
        for (const QString &s : m_statuses)
            width += StatusBadge(s).sizeHint(font()).width() + spacing;
        return {std::max(width, 80), std::max(base.height(), StatusBadge().sizeHint(font()).height() + 8)};
    }

    QSize minimumSizeHint() const override { return {60, sizeHint().height()}; }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter painter(this);
        QStyleOptionButton option;
        initStyleOption(&option);
        option.text.clear();
        style()->drawControl(QStyle::CE_PushButton, &option, &painter, this);

        QRect area = rect().adjusted(padding, 0, -padding - arrowWidth(), 0);
        if (m_statuses.isEmpty()) {
            painter.setPen(palette().color(QPalette::PlaceholderText));
            painter.drawText(area, Qt::AlignVCenter | Qt::AlignLeft, placeholder());
        }
        for (const QString &s : m_statuses) {
            if (area.width() <= 0)
                break;
            const StatusBadge::Layout laid = StatusBadge(s).paint(&painter, area, palette());
            area.setLeft(laid.pill.right() + 1 + spacing);
        }
        // A small down arrow says "this opens a list".
        QStyleOption arrow;
        arrow.initFrom(this);
        arrow.rect = QRect(width() - padding - arrowWidth(), 0, arrowWidth(), height());
        style()->drawPrimitive(QStyle::PE_IndicatorArrowDown, &arrow, &painter, this);
    }

private:
    static constexpr int padding = 6;
    static constexpr int spacing = 4;
    int arrowWidth() const { return 10; }
    static QString placeholder() { return tr("choose statuses"); }

    QStringList m_statuses;
};

FilterStatusChecklist::FilterStatusChecklist(QWidget *parent)
    : FilterObjectEditor(parent), m_button(new BadgeButton(this)), m_popup(new QFrame(this, Qt::Popup)),
      m_list(new QListWidget(m_popup))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_button);
    setFocusProxy(m_button);
    m_button->setStatuses({});

    m_popup->setFrameShape(QFrame::StyledPanel);
    auto *popupLayout = new QVBoxLayout(m_popup);
    popupLayout->setContentsMargins(2, 2, 2, 2);
    popupLayout->addWidget(m_list);
    m_list->setItemDelegate(new StatusBadgeDelegate(m_list));
    m_list->setFrameShape(QFrame::NoFrame);
    m_list->setAccessibleName(tr("Statuses"));
    for (const QString &s : Status::all())
        addStatus(s);

    connect(m_button, &QPushButton::clicked, this, &FilterStatusChecklist::showPopup);
    // Clicking anywhere on a row ticks it (the items are not user-checkable, so the check box
    // does not toggle a second time); Space and Enter do the same from the keyboard.
    connect(m_list, &QListWidget::itemClicked, this, &FilterStatusChecklist::toggle);
    m_list->installEventFilter(this);
}

QPushButton *FilterStatusChecklist::button() const
{
    return m_button;
}

void FilterStatusChecklist::addStatus(const QString &status)
{
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->text() == status)
            return;
    }
    auto *item = new QListWidgetItem(status, m_list);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    item->setCheckState(Qt::Unchecked);
}

void FilterStatusChecklist::showPopup()
{
    const int rowHeight = m_list->sizeHintForRow(0);
    // As wide as the badges need, not as the (often wide) button.
    const int width = std::max(m_list->sizeHintForColumn(0) + 2 * m_list->frameWidth() + 24, 160);
    m_list->setFixedSize(width, rowHeight * m_list->count() + 2 * m_list->frameWidth() + 2);
    m_popup->adjustSize();
    QPoint at = m_button->mapToGlobal(QPoint(0, m_button->height()));
    if (const QScreen *screen = m_button->screen()) {
        const QRect available = screen->availableGeometry();
        if (at.y() + m_popup->height() > available.bottom())
            at.setY(m_button->mapToGlobal(QPoint(0, 0)).y() - m_popup->height());
        at.setX(std::min(at.x(), available.right() - m_popup->width()));
    }
    m_popup->move(at);
    m_popup->show();
    m_list->setFocus();
    if (!m_list->currentItem())
        m_list->setCurrentRow(0);
}

void FilterStatusChecklist::toggle(QListWidgetItem *item)
{
    if (!item)
        return;
    item->setCheckState(item->checkState() == Qt::Checked ? Qt::Unchecked : Qt::Checked);
    syncFromList();
}

bool FilterStatusChecklist::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_list && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Space || key == Qt::Key_Return || key == Qt::Key_Enter) {
            toggle(m_list->currentItem());
            return true;
        }
    }
    return FilterObjectEditor::eventFilter(watched, event);
}

void FilterStatusChecklist::syncFromList()
{
    // Statuses keep the order they were chosen in, as the text form shows them.
    const QStringList checked = checkedStatuses();
    QStringList ordered;
    if (m_value.isArray()) {
        for (const QJsonValue &v : m_value.toArray()) {
            if (checked.contains(v.toString()) && !ordered.contains(v.toString()))
                ordered << v.toString();
        }
    }
    for (const QString &s : checked) {
        if (!ordered.contains(s))
            ordered << s;
    }
    m_value = QJsonArray::fromStringList(ordered);
    m_button->setStatuses(ordered);
    emit valueEdited(m_value);
}

QStringList FilterStatusChecklist::checkedStatuses() const
{
    QStringList statuses;
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->checkState() == Qt::Checked)
            statuses << m_list->item(i)->text();
    }
    return statuses;
}

void FilterStatusChecklist::setValue(const QJsonValue &value)
{
    m_value = value;
    QStringList wanted;
    if (value.isArray()) {
        for (const QJsonValue &v : value.toArray())
            wanted << typedFromValue(v);
    } else if (!value.isUndefined() && !value.isNull()) {
        wanted << typedFromValue(value);
    }
    for (const QString &s : wanted)
        addStatus(s); // a status outside the nine stays visible and can be unticked
    for (int i = 0; i < m_list->count(); ++i)
        m_list->item(i)->setCheckState(wanted.contains(m_list->item(i)->text()) ? Qt::Checked : Qt::Unchecked);
    // The button shows them in the order of the value, as the text form does.
    m_button->setStatuses(wanted);
}

void FilterStatusChecklist::setSuggestions(const QStringList &values)
{
    for (const QString &v : values) {
        if (!v.isEmpty())
            addStatus(v);
    }
}
