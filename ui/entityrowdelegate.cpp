#include "entityrowdelegate.h"

#include <QApplication>
#include <QStyle>

#include "entitytablemodel.h"

EntityRowDelegate::EntityRowDelegate(QObject *parent) : QStyledItemDelegate(parent)
{
}

void EntityRowDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (index.data(EntityTableModel::DeletedRole).toBool()) {
        const QColor muted = option->palette.color(QPalette::PlaceholderText);
        option->palette.setColor(QPalette::Text, muted);
        option->font.setItalic(true);
    }
    if (index.column() == EntityTableModel::NameColumn && index.data(EntityTableModel::MalformedRole).toBool()) {
        const QStyle *style = option->widget ? option->widget->style() : QApplication::style();
        option->icon = style->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, option->widget);
        option->features |= QStyleOptionViewItem::HasDecoration;
        option->decorationSize = QSize(16, 16);
    }
}
