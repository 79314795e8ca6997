#pragma once

#include <QStyledItemDelegate>

// The plain cells of the entity table: soft-deleted rows in a muted colour, and a warning
// marker before the name of a row that could not be read cleanly (its problems are in the
// tooltip).
class EntityRowDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit EntityRowDelegate(QObject *parent = nullptr);

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};
