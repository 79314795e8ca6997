#pragma once

#include <QList>
#include <QRect>
#include <QString>
#include <QStringList>
#include <QStyledItemDelegate>

#include <utility>

// Paints an entity's tags as compact "key=value" chips: small rounded rects with a subtle fill
// mixed from the palette (Base towards Text; Highlight towards HighlightedText on selected rows).
// Chips that do not fit are summarised by a trailing "+N" chip; without a model tooltip the
// cell's tooltip then lists every tag.
//
// Tags come from `tagsRole` (given to the constructor) as a QVariantMap (or QVariantHash), in
// key order. When that role holds no map, the Qt::DisplayRole text is read as "k=v, k=v"
// (keys and values trimmed, text order kept; an entry without '=' is a key with no value).
class TagChipsDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using Tag = std::pair<QString, QString>;

    struct ChipLayout
    {
        QList<QRect> chips;  // one per shown tag, in tag order
        QStringList texts;   // text drawn in each chip (the last may be elided)
        int hiddenCount = 0; // tags summarised by the "+N" chip
        QRect more;          // the "+N" chip, empty when every tag is shown
        QString moreText;
    };

    explicit TagChipsDelegate(int tagsRole = Qt::DisplayRole, QObject *parent = nullptr);

    int tagsRole() const { return m_tagsRole; }

    QList<Tag> tagsOf(const QModelIndex &index) const;
    static QList<Tag> parseTagText(const QString &text);
    static QString chipText(const Tag &tag);

    // Lays the chips for `tags` out inside `area` with `font`.
    static ChipLayout layoutChips(const QList<Tag> &tags, const QRect &area, const QFont &font,
                                  Qt::LayoutDirection direction = Qt::LeftToRight);

    // Where paint() puts the chips for `index` in `option.rect`.
    ChipLayout chipLayout(const QStyleOptionViewItem &option, const QModelIndex &index) const;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override;

private:
    QRect chipArea(QStyleOptionViewItem *option, const QModelIndex &index) const;

    int m_tagsRole;
};
