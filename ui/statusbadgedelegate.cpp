#include "statusbadgedelegate.h"

#include <QComboBox>

#include "status.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QHelpEvent>
#include <QPainter>
#include <QStyle>
#include <QTextDocument>
#include <QToolTip>

#include <algorithm>

#include "itemcell.h"

namespace {

using ItemCell::styleOf;
using ItemCell::textArea;

// Space kept between the pill and the cell's top and bottom edges.
constexpr int VerticalMargin = 1;

} // namespace

StatusBadgeDelegate::StatusBadgeDelegate(QObject *parent) : QStyledItemDelegate(parent) {}

QRect StatusBadgeDelegate::badgeArea(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    initStyleOption(option, index);
    QStyle *style = styleOf(*option);
    // The text area (after check box and icon), less the margin the style leaves around text.
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, option->widget) + 1;
    return textArea(*option).adjusted(margin, VerticalMargin, -margin, -VerticalMargin);
}

StatusBadge::Layout StatusBadgeDelegate::badgeLayout(const QStyleOptionViewItem &option,
                                                     const QModelIndex &index) const
{
    QStyleOptionViewItem opt(option);
    const QRect area = badgeArea(&opt, index);
    const StatusBadge badge(index.data(Qt::DisplayRole).toString());
    return badge.layout(area, opt.font, opt.displayAlignment, opt.direction);
}

QPalette StatusBadgeDelegate::badgePalette(const QStyleOptionViewItem &option)
{
    QPalette palette(option.palette);
    QPalette::ColorGroup group = QPalette::Disabled;
    if (option.state & QStyle::State_Enabled)
        group = (option.state & QStyle::State_Active) ? QPalette::Normal : QPalette::Inactive;
    palette.setCurrentColorGroup(group);
    if (option.state & QStyle::State_Selected) {
        palette.setColor(group, QPalette::Base, option.palette.color(group, QPalette::Highlight));
        palette.setColor(group, QPalette::Text, option.palette.color(group, QPalette::HighlightedText));
    }
    return palette;
}

void StatusBadgeDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                const QModelIndex &index) const
{
    QStyleOptionViewItem opt(option);
    const QRect area = badgeArea(&opt, index);
    const StatusBadge badge(index.data(Qt::DisplayRole).toString());

    ItemCell::drawWithoutText(painter, opt);

    painter->save();
    painter->setFont(opt.font);
    badge.paint(painter, area, badgePalette(opt), opt.displayAlignment, opt.direction);
    painter->restore();
}

QSize StatusBadgeDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QVariant explicitHint = index.data(Qt::SizeHintRole);
    if (explicitHint.isValid())
        return explicitHint.toSize();

    QStyleOptionViewItem opt(option);
    initStyleOption(&opt, index);
    const QSize badge = StatusBadge(index.data(Qt::DisplayRole).toString()).sizeHint(opt.font);

    // What the style needs around the text (check box, icon, margins), measured without text.
    QStyleOptionViewItem bare(opt);
    bare.text.clear();
    bare.features &= ~QStyleOptionViewItem::HasDisplay;
    QStyle *style = styleOf(opt);
    const QSize chrome = style->sizeFromContents(QStyle::CT_ItemViewItem, &bare, QSize(), opt.widget);
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, opt.widget) + 1;

    // Rows keep the height plain text cells get, unless the badge needs more.
    const int textHeight = QStyledItemDelegate::sizeHint(option, index).height();
    return {chrome.width() + badge.width() + 2 * margin,
            std::max({textHeight, chrome.height(), badge.height() + 2 * VerticalMargin})};
}

bool StatusBadgeDelegate::helpEvent(QHelpEvent *event, QAbstractItemView *view,
                                    const QStyleOptionViewItem &option, const QModelIndex &index)
{
    if (event && view && index.isValid() && event->type() == QEvent::ToolTip
        && index.data(Qt::ToolTipRole).toString().isEmpty()) {
        const StatusBadge::Layout layout = badgeLayout(option, index);
        if (layout.elided) {
            // Plain text: a status is data and must not be read as markup.
            const QString word = StatusBadge(index.data().toString()).displayText();
            QToolTip::showText(event->globalPos(), Qt::convertFromPlainText(word, Qt::WhiteSpaceNoWrap),
                               view->viewport(), option.rect);
            return true;
        }
    }
    return QStyledItemDelegate::helpEvent(event, view, option, index);
}

QWidget *StatusBadgeDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(QStringLiteral("statusEditor"));
    for (const QString &status : Status::all()) {
        const StatusBadge::BadgeStyle style = StatusBadge::styleFor(status, combo->palette());
        combo->addItem(style.glyph + QLatin1Char(' ') + status, status);
    }
    // A choice is a decision: write it at once, as a person expects from a list.
    connect(combo, qOverload<int>(&QComboBox::activated), this, [this, combo] {
        emit const_cast<StatusBadgeDelegate *>(this)->commitData(combo);
        emit const_cast<StatusBadgeDelegate *>(this)->closeEditor(combo);
    });
    return combo;
}

void StatusBadgeDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *combo = qobject_cast<QComboBox *>(editor);
    if (!combo)
        return;
    const QString status = index.data(Qt::DisplayRole).toString();
    int at = combo->findData(status);
    if (at < 0) {
        // A status outside the nine (Dispatch stores free text) stays choosable as it is.
        combo->addItem(status, status);
        at = combo->count() - 1;
    }
    combo->setCurrentIndex(at);
}

void StatusBadgeDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor))
        model->setData(index, combo->currentData(), Qt::EditRole);
}
