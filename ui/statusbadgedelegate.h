#pragma once

#include <QStyledItemDelegate>

#include "statusbadge.h"

// Paints the index's Qt::DisplayRole text as a StatusBadge.
//
// The cell is drawn by the style first (background, selection, focus, check box, icon) without
// its text, then the pill goes where the text would be, honouring Qt::TextAlignmentRole and
// the layout direction. On a selected row the outline-only (neutral) pill takes the highlighted
// text colour; filled pills keep their own colours.
//
// The DisplayRole stays the plain status word, so screen readers and keyboard search read the
// word; the delegate adds nothing to the accessible text. Tooltips come from Qt::ToolTipRole
// (the model gives the reason); without one, an elided badge shows its full word.
class StatusBadgeDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit StatusBadgeDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override;

    // In-place editing: a combo of the nine statuses, each with its badge glyph.
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;

    // Where paint() puts the badge for `index` in `option.rect` (pill, glyph and word boxes).
    StatusBadge::Layout badgeLayout(const QStyleOptionViewItem &option, const QModelIndex &index) const;

    // The palette the badge is styled with for `option`: the colour group of its state, and on
    // selected rows Highlight/HighlightedText standing in for Base/Text.
    static QPalette badgePalette(const QStyleOptionViewItem &option);

private:
    // `option` filled in for `index`, and the area the badge may use.
    QRect badgeArea(QStyleOptionViewItem *option, const QModelIndex &index) const;
};
