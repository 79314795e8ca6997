#include "tagchipsdelegate.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QFontMetrics>
#include <QHelpEvent>
#include <QPainter>
#include <QStyle>
#include <QTextDocument>
#include <QToolTip>
#include <QVariantHash>
#include <QVariantMap>

#include <algorithm>

#include "itemcell.h"

namespace {

using ItemCell::styleOf;
using ItemCell::textArea;

constexpr int VerticalMargin = 1;
constexpr int ChipSpacing = 4;
constexpr int ChipHPad = 5;
constexpr int ChipVPad = 1;

int chipHeight(const QFontMetrics &fm)
{
    return fm.height() + 2 * ChipVPad;
}

int chipWidth(const QFontMetrics &fm, const QString &text)
{
    return fm.horizontalAdvance(text) + 2 * ChipHPad;
}

QString moreText(int hidden)
{
    return TagChipsDelegate::tr("+%1", "chip counting tags that did not fit").arg(hidden);
}

QString valueText(const QVariant &value)
{
    if (value.metaType().id() == QMetaType::QStringList)
        return value.toStringList().join(QLatin1Char(','));
    return value.toString();
}

QColor mix(const QColor &from, const QColor &to, double amount)
{
    const QColor a = from.toRgb(), b = to.toRgb();
    const auto channel = [amount](float x, float y) { return x + (y - x) * float(amount); };
    return QColor::fromRgbF(channel(a.redF(), b.redF()), channel(a.greenF(), b.greenF()),
                            channel(a.blueF(), b.blueF()));
}

} // namespace

TagChipsDelegate::TagChipsDelegate(int tagsRole, QObject *parent)
    : QStyledItemDelegate(parent), m_tagsRole(tagsRole)
{
}

QList<TagChipsDelegate::Tag> TagChipsDelegate::tagsOf(const QModelIndex &index) const
{
    QList<Tag> tags;
    if (!index.isValid())
        return tags;
    const QVariant value = index.data(m_tagsRole);
    switch (value.metaType().id()) {
    case QMetaType::QVariantMap: {
        const QVariantMap map = value.toMap();
        for (auto it = map.cbegin(); it != map.cend(); ++it)
            tags.append({it.key(), valueText(it.value())});
        return tags;
    }
    case QMetaType::QVariantHash: {
        const QVariantHash hash = value.toHash();
        QStringList keys = hash.keys();
        keys.sort();
        for (const QString &key : std::as_const(keys))
            tags.append({key, valueText(hash.value(key))});
        return tags;
    }
    default:
        break;
    }
    return parseTagText(index.data(Qt::DisplayRole).toString());
}

QList<TagChipsDelegate::Tag> TagChipsDelegate::parseTagText(const QString &text)
{
    QList<Tag> tags;
    const QStringList parts = text.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        const QString entry = part.trimmed();
        if (entry.isEmpty())
            continue;
        const qsizetype eq = entry.indexOf(QLatin1Char('='));
        if (eq < 0)
            tags.append({entry, QString()});
        else
            tags.append({entry.left(eq).trimmed(), entry.mid(eq + 1).trimmed()});
    }
    return tags;
}

QString TagChipsDelegate::chipText(const Tag &tag)
{
    if (tag.second.isEmpty())
        return tag.first;
    return tag.first + QLatin1Char('=') + tag.second;
}

TagChipsDelegate::ChipLayout TagChipsDelegate::layoutChips(const QList<Tag> &tags, const QRect &area,
                                                           const QFont &font,
                                                           Qt::LayoutDirection direction)
{
    ChipLayout result;
    if (tags.isEmpty() || !area.isValid())
        return result;

    const QFontMetrics fm(font);
    const int height = std::min(chipHeight(fm), area.height());
    const int top = area.top() + (area.height() - height) / 2;
    const int right = area.left() + area.width(); // exclusive
    const qsizetype count = tags.size();
    int x = area.left();

    for (qsizetype i = 0; i < count; ++i) {
        const QString text = chipText(tags.at(i));
        const int width = chipWidth(fm, text);
        const int after = int(count - i - 1);
        const int reserve = after > 0 ? ChipSpacing + chipWidth(fm, moreText(after)) : 0;
        if (x + width + reserve <= right) {
            result.chips.append(QRect(x, top, width, height));
            result.texts.append(text);
            x += width + ChipSpacing;
            continue;
        }
        // The first chip is shortened rather than dropped, so a narrow cell still shows a tag.
        const int room = right - x - reserve - 2 * ChipHPad;
        if (i == 0 && room > fm.horizontalAdvance(QChar(0x2026))) {
            const QString elided = fm.elidedText(text, Qt::ElideRight, room);
            const int elidedWidth = chipWidth(fm, elided);
            result.chips.append(QRect(x, top, elidedWidth, height));
            result.texts.append(elided);
            x += elidedWidth + ChipSpacing;
            result.hiddenCount = after;
        } else {
            result.hiddenCount = int(count - i);
        }
        break;
    }

    if (result.hiddenCount > 0) {
        result.moreText = moreText(result.hiddenCount);
        result.more = QRect(x, top, chipWidth(fm, result.moreText), height);
    }

    if (direction == Qt::RightToLeft) {
        const auto mirror = [&area](const QRect &r) {
            return QRect(area.left() + area.right() - r.right(), r.top(), r.width(), r.height());
        };
        for (QRect &chip : result.chips)
            chip = mirror(chip);
        if (!result.more.isEmpty())
            result.more = mirror(result.more);
    }
    return result;
}

QRect TagChipsDelegate::chipArea(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    initStyleOption(option, index);
    QStyle *style = styleOf(*option);
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, option->widget) + 1;
    return textArea(*option).adjusted(margin, VerticalMargin, -margin, -VerticalMargin);
}

TagChipsDelegate::ChipLayout TagChipsDelegate::chipLayout(const QStyleOptionViewItem &option,
                                                          const QModelIndex &index) const
{
    QStyleOptionViewItem opt(option);
    const QRect area = chipArea(&opt, index);
    return layoutChips(tagsOf(index), area, opt.font, opt.direction);
}

void TagChipsDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                             const QModelIndex &index) const
{
    QStyleOptionViewItem opt(option);
    const QRect area = chipArea(&opt, index);
    const QList<Tag> tags = tagsOf(index);

    ItemCell::drawWithoutText(painter, opt);

    const ChipLayout layout = layoutChips(tags, area, opt.font, opt.direction);
    if (layout.chips.isEmpty() && layout.more.isEmpty())
        return;

    QPalette::ColorGroup group = QPalette::Disabled;
    if (opt.state & QStyle::State_Enabled)
        group = (opt.state & QStyle::State_Active) ? QPalette::Normal : QPalette::Inactive;
    const bool selected = opt.state & QStyle::State_Selected;
    const QColor background = opt.palette.color(group, selected ? QPalette::Highlight : QPalette::Base);
    const QColor text = opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    const QColor fill = mix(background, text, 0.10);
    const QColor border = mix(background, text, 0.25);

    painter->save();
    painter->setClipRect(area, Qt::IntersectClip);
    painter->setRenderHint(QPainter::Antialiasing, true);
    painter->setFont(opt.font);

    const auto drawChip = [&](const QRect &rect, const QString &label) {
        const QRectF chip = QRectF(rect).adjusted(0.5, 0.5, -0.5, -0.5);
        const qreal radius = std::min<qreal>(4.0, chip.height() / 2.0);
        painter->setPen(QPen(border, 1.0));
        painter->setBrush(fill);
        painter->drawRoundedRect(chip, radius, radius);
        painter->setPen(text);
        painter->drawText(rect.adjusted(ChipHPad, 0, -ChipHPad, 0),
                          Qt::AlignCenter | Qt::TextSingleLine, label);
    };
    for (qsizetype i = 0; i < layout.chips.size(); ++i)
        drawChip(layout.chips.at(i), layout.texts.at(i));
    if (!layout.more.isEmpty())
        drawChip(layout.more, layout.moreText);
    painter->restore();
}

QSize TagChipsDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QVariant explicitHint = index.data(Qt::SizeHintRole);
    if (explicitHint.isValid())
        return explicitHint.toSize();

    QStyleOptionViewItem opt(option);
    initStyleOption(&opt, index);
    const QFontMetrics fm(opt.font);
    const QList<Tag> tags = tagsOf(index);
    int chipsWidth = 0;
    for (const Tag &tag : tags)
        chipsWidth += chipWidth(fm, chipText(tag));
    if (!tags.isEmpty())
        chipsWidth += ChipSpacing * int(tags.size() - 1);

    QStyleOptionViewItem bare(opt);
    bare.text.clear();
    bare.features &= ~QStyleOptionViewItem::HasDisplay;
    QStyle *style = styleOf(opt);
    const QSize chrome = style->sizeFromContents(QStyle::CT_ItemViewItem, &bare, QSize(), opt.widget);
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, opt.widget) + 1;

    const int textHeight = QStyledItemDelegate::sizeHint(option, index).height();
    return {chrome.width() + chipsWidth + 2 * margin,
            std::max({textHeight, chrome.height(), chipHeight(fm) + 2 * VerticalMargin})};
}

bool TagChipsDelegate::helpEvent(QHelpEvent *event, QAbstractItemView *view,
                                 const QStyleOptionViewItem &option, const QModelIndex &index)
{
    if (event && view && index.isValid() && event->type() == QEvent::ToolTip
        && index.data(Qt::ToolTipRole).toString().isEmpty()) {
        const QList<Tag> tags = tagsOf(index);
        const ChipLayout layout = chipLayout(option, index);
        bool shortened = layout.hiddenCount > 0;
        for (qsizetype i = 0; !shortened && i < layout.texts.size(); ++i)
            shortened = layout.texts.at(i) != chipText(tags.at(i));
        if (shortened) {
            QStringList lines;
            for (const Tag &tag : tags)
                lines.append(chipText(tag));
            // Plain text: tags are data and must not be read as markup.
            QToolTip::showText(event->globalPos(),
                               Qt::convertFromPlainText(lines.join(QLatin1Char('\n')), Qt::WhiteSpaceNoWrap),
                               view->viewport(), option.rect);
            return true;
        }
    }
    return QStyledItemDelegate::helpEvent(event, view, option, index);
}
