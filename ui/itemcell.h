#pragma once

#include <QRect>
#include <QStyleOptionViewItem>

class QPainter;
class QStyle;

// What the item delegates that paint their own content (badges, chips) share: the cell drawn
// as the style would draw it, without its text, and where that text would have gone.
namespace ItemCell {

QStyle *styleOf(const QStyleOptionViewItem &option);
// The part of the cell where the style would put text: the whole cell less a check box and a
// side decoration (QStyle's SE_ItemViewItemText is only as large as the text it measured).
QRect textArea(const QStyleOptionViewItem &option);
// Background, selection, focus, check box and icon, but no text.
void drawWithoutText(QPainter *painter, const QStyleOptionViewItem &option);

} // namespace ItemCell
