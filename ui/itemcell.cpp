#include "itemcell.h"

#include <QApplication>
#include <QPainter>
#include <QStyle>

#include <algorithm>

namespace ItemCell {

QStyle *styleOf(const QStyleOptionViewItem &option)
{
    return option.widget ? option.widget->style() : QApplication::style();
}

// The part of the cell where the style would put text: the whole cell less a check box and a
// side decoration (QStyle's SE_ItemViewItemText is only as large as the text it measured).
QRect textArea(const QStyleOptionViewItem &option)
{
    QStyle *style = styleOf(option);
    QRect area = option.rect;
    const auto exclude = [&](QStyle::SubElement element) {
        const QRect r = style->subElementRect(element, &option, option.widget);
        if (!r.isValid())
            return;
        if (r.center().x() < area.center().x())
            area.setLeft(std::max(area.left(), r.right() + 1));
        else
            area.setRight(std::min(area.right(), r.left() - 1));
    };
    if (option.features & QStyleOptionViewItem::HasCheckIndicator)
        exclude(QStyle::SE_ItemViewItemCheckIndicator);
    if ((option.features & QStyleOptionViewItem::HasDecoration)
        && (option.decorationPosition == QStyleOptionViewItem::Left
            || option.decorationPosition == QStyleOptionViewItem::Right))
        exclude(QStyle::SE_ItemViewItemDecoration);
    return area;
}

// Draws the cell as the style would without its text: background, selection, focus, check box
// and icon. When the style highlights only the text of a selected item, the text area gets the
// highlight here, since there is no text for the style to measure.
void drawWithoutText(QPainter *painter, const QStyleOptionViewItem &option)
{
    QStyleOptionViewItem opt(option);
    opt.text.clear();
    opt.features &= ~QStyleOptionViewItem::HasDisplay;
    styleOf(opt)->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);
    if ((opt.state & QStyle::State_Selected) && !opt.showDecorationSelected) {
        QPalette::ColorGroup group = QPalette::Disabled;
        if (opt.state & QStyle::State_Enabled)
            group = (opt.state & QStyle::State_Active) ? QPalette::Normal : QPalette::Inactive;
        painter->fillRect(textArea(option), opt.palette.brush(group, QPalette::Highlight));
    }
}

} // namespace ItemCell
