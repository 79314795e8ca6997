#include "statusbadge.h"

#include <QFontMetrics>
#include <QPainter>
#include <QStyle>

#include <algorithm>
#include <array>
#include <cmath>

namespace {

// Fills of docs/ui-sketch.md; white text on each keeps >= 4.5:1.
QColor lightFill(Status::Meaning meaning)
{
    switch (meaning) {
    case Status::Meaning::Healthy:
        return QColor(0x1a, 0x7f, 0x37);
    case Status::Meaning::InProgress:
        return QColor(0x09, 0x69, 0xda);
    case Status::Meaning::GoingAway:
        return QColor(0x6e, 0x77, 0x81);
    case Status::Meaning::Faulty:
        return QColor(0xcf, 0x22, 0x2e);
    case Status::Meaning::FaultyMaybeTemporary:
        return QColor(0x9a, 0x67, 0x00);
    case Status::Meaning::Neutral:
        break;
    }
    return {};
}

const QColor NeutralOutline(0x57, 0x60, 0x6a);

// Dark palettes: fills are lightened until the dark text reaches this ratio, a little above the
// 4.5 minimum so the pill does not sit right on the edge.
constexpr double DarkFillTargetContrast = 5.0;

// The luminance at which black and white give the same contrast: below it, lighter colours
// contrast more.
constexpr double MidLuminance = 0.179;

QColor withLightness(const QColor &hsl, double lightness)
{
    return QColor::fromHslF(hsl.hslHueF(), hsl.hslSaturationF(), float(std::clamp(lightness, 0.0, 1.0)))
        .toRgb();
}

// `color` with only its HSL lightness moved (hue and saturation kept) until it contrasts with
// `against` by at least `minRatio`; moves the smallest step that works. Falls back to black or
// white when no lightness of that hue is enough.
QColor withContrast(const QColor &color, const QColor &against, double minRatio)
{
    if (StatusBadge::contrastRatio(color, against) >= minRatio)
        return color;
    const QColor hsl = color.toHsl();
    const double start = hsl.lightnessF();
    const bool lightenFirst = StatusBadge::relativeLuminance(against) < MidLuminance;
    for (const bool lighten : {lightenFirst, !lightenFirst}) {
        for (int step = 1; step <= 200; ++step) {
            const double l = start + (lighten ? step : -step) * 0.005;
            if (l < 0.0 || l > 1.0)
                break;
            const QColor candidate = withLightness(hsl, l);
            if (StatusBadge::contrastRatio(candidate, against) >= minRatio)
                return candidate;
        }
    }
    const QColor black(Qt::black), white(Qt::white);
    return StatusBadge::contrastRatio(black, against) >= StatusBadge::contrastRatio(white, against)
        ? black
        : white;
}

struct FillAndText
{
    QColor fill;
    QColor text;
};

// The dark-palette pair for a filled meaning: near-black text of the fill's hue on the fill
// lightened (same hue) to DarkFillTargetContrast. Computed once.
FillAndText darkStyle(Status::Meaning meaning)
{
    static const std::array<FillAndText, 5> table = [] {
        std::array<FillAndText, 5> result;
        const Status::Meaning filled[] = {Status::Meaning::Healthy, Status::Meaning::InProgress,
                                          Status::Meaning::GoingAway, Status::Meaning::Faulty,
                                          Status::Meaning::FaultyMaybeTemporary};
        for (const Status::Meaning m : filled) {
            const QColor light = lightFill(m).toHsl();
            const QColor text = withLightness(light, 0.08);
            QColor fill = withContrast(light.toRgb(), text, DarkFillTargetContrast);
            result[size_t(m)] = {fill, text};
        }
        return result;
    }();
    return table[size_t(meaning)];
}

// Spacing of the pill, derived from the font so it scales with the user's font size.
struct Metrics
{
    int height;
    int hPad;
    int gap;
};

Metrics metricsFor(const QFontMetrics &fm)
{
    const int vPad = std::max(1, fm.height() / 8);
    const int height = fm.height() + 2 * vPad;
    // The glyph starts after the rounded cap, so the cap stays plain fill.
    const int hPad = std::max(6, height / 2);
    const int gap = std::max(3, fm.height() / 4);
    return {height, hPad, gap};
}

} // namespace

QString StatusBadge::displayText() const
{
    if (m_status.trimmed().isEmpty())
        return tr("(none)", "status badge of an entity that has no status");
    return m_status;
}

QFont StatusBadge::badgeFont(const QFont &base)
{
    QFont font(base);
    font.setWeight(QFont::DemiBold);
    return font;
}

QSize StatusBadge::sizeHint(const QFont &font) const
{
    const QFontMetrics fm(badgeFont(font));
    const Metrics m = metricsFor(fm);
    const int width = m.hPad + fm.horizontalAdvance(glyphFor(meaning())) + m.gap
        + fm.horizontalAdvance(displayText()) + m.hPad;
    return {width, m.height};
}

StatusBadge::Layout StatusBadge::layout(const QRect &rect, const QFont &font, Qt::Alignment alignment,
                                        Qt::LayoutDirection direction) const
{
    Layout result;
    if (!rect.isValid())
        return result;

    const QFontMetrics fm(badgeFont(font));
    const Metrics m = metricsFor(fm);
    const QString glyph = glyphFor(meaning());
    const int glyphWidth = fm.horizontalAdvance(glyph);

    QString word = displayText();
    int wordWidth = fm.horizontalAdvance(word);
    int width = m.hPad + glyphWidth + m.gap + wordWidth + m.hPad;
    if (width > rect.width()) {
        result.elided = true;
        const int room = rect.width() - (m.hPad + glyphWidth + m.gap + m.hPad);
        word = room > fm.horizontalAdvance(QChar(0x2026)) ? fm.elidedText(word, Qt::ElideRight, room)
                                                          : QString();
        if (word.isEmpty()) {
            wordWidth = 0;
            width = std::min(rect.width(), m.hPad + glyphWidth + m.hPad);
        } else {
            wordWidth = fm.horizontalAdvance(word);
            width = m.hPad + glyphWidth + m.gap + wordWidth + m.hPad;
        }
    }
    const QSize size(width, std::min(m.height, rect.height()));

    if (!(alignment & Qt::AlignHorizontal_Mask))
        alignment |= Qt::AlignLeft;
    if (!(alignment & Qt::AlignVertical_Mask))
        alignment |= Qt::AlignVCenter;
    result.pill = QStyle::alignedRect(direction, alignment, size, rect);
    result.word = word;

    const QRect &pill = result.pill;
    if (word.isEmpty()) {
        result.glyph = QRect(pill.left() + (pill.width() - glyphWidth) / 2, pill.top(), glyphWidth,
                             pill.height());
    } else {
        result.glyph = QRect(pill.left() + m.hPad, pill.top(), glyphWidth, pill.height());
        result.text = QRect(result.glyph.right() + 1 + m.gap, pill.top(), wordWidth, pill.height());
        if (direction == Qt::RightToLeft) {
            // Mirror inside the pill: glyph on the right, word to its left.
            const auto mirror = [&pill](const QRect &r) {
                return QRect(pill.left() + pill.right() - r.right(), r.top(), r.width(), r.height());
            };
            result.glyph = mirror(result.glyph);
            result.text = mirror(result.text);
        }
    }
    return result;
}

StatusBadge::Layout StatusBadge::paint(QPainter *painter, const QRect &rect, const QPalette &palette,
                                       Qt::Alignment alignment, Qt::LayoutDirection direction) const
{
    const QFont font = badgeFont(painter->font());
    const Layout geometry = layout(rect, font, alignment, direction);
    if (geometry.pill.isEmpty())
        return geometry;

    const BadgeStyle style = styleFor(m_status, palette);
    painter->save();
    painter->setClipRect(rect, Qt::IntersectClip);
    painter->setRenderHint(QPainter::Antialiasing, true);
    painter->setRenderHint(QPainter::TextAntialiasing, true);
    painter->setFont(font);

    const QRectF pill(geometry.pill);
    if (style.filled) {
        const qreal radius = pill.height() / 2.0;
        painter->setPen(Qt::NoPen);
        painter->setBrush(style.fill);
        painter->drawRoundedRect(pill, radius, radius);
    } else {
        // A 1px pen centred on the half-pixel stays crisp along the straight edges.
        const QRectF outline = pill.adjusted(0.5, 0.5, -0.5, -0.5);
        const qreal radius = outline.height() / 2.0;
        painter->setPen(QPen(style.outline, 1.0));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(outline, radius, radius);
    }

    painter->setPen(style.text);
    painter->drawText(geometry.glyph, Qt::AlignCenter | Qt::TextSingleLine, style.glyph);
    if (!geometry.text.isEmpty())
        painter->drawText(geometry.text, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine,
                          geometry.word);
    painter->restore();
    return geometry;
}

StatusBadge::BadgeStyle StatusBadge::styleFor(const QString &status, const QPalette &palette)
{
    const Status::Meaning meaning = Status::meaningOf(status);
    BadgeStyle style;
    style.glyph = glyphFor(meaning);

    if (meaning == Status::Meaning::Neutral) {
        const QColor base = palette.color(QPalette::Base);
        style.filled = false;
        style.fill = QColor(Qt::transparent);
        // The palette's own text colour, unless the palette is too weak for 4.5:1 on its base.
        const QColor text = palette.color(QPalette::Text);
        const QColor black(Qt::black), white(Qt::white);
        style.text = contrastRatio(text, base) >= minimumTextContrast()
            ? text
            : (contrastRatio(black, base) >= contrastRatio(white, base) ? black : white);
        style.outline = withContrast(NeutralOutline, base, minimumOutlineContrast());
        return style;
    }

    style.filled = true;
    if (isDarkPalette(palette)) {
        const FillAndText dark = darkStyle(meaning);
        style.fill = dark.fill;
        style.text = dark.text;
    } else {
        style.fill = lightFill(meaning);
        style.text = QColor(Qt::white);
    }
    style.outline = style.fill;
    return style;
}

QString StatusBadge::glyphFor(Status::Meaning meaning)
{
    switch (meaning) {
    case Status::Meaning::Healthy:
        return QStringLiteral("\u2713"); // ✓ check mark
    case Status::Meaning::InProgress:
        return QStringLiteral("\u21BB"); // ↻ clockwise open circle arrow
    case Status::Meaning::GoingAway:
        return QStringLiteral("\u232B"); // ⌫ erase to the left
    case Status::Meaning::Faulty:
        return QStringLiteral("\u2715"); // ✕ multiplication x
    case Status::Meaning::FaultyMaybeTemporary:
        return QStringLiteral("?");
    case Status::Meaning::Neutral:
        break;
    }
    return QStringLiteral("\u2022"); // • bullet
}

bool StatusBadge::isDarkPalette(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

double StatusBadge::relativeLuminance(const QColor &color)
{
    const QColor rgb = color.toRgb();
    const auto linear = [](float channel) {
        const double c = channel;
        return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * linear(rgb.redF()) + 0.7152 * linear(rgb.greenF()) + 0.0722 * linear(rgb.blueF());
}

double StatusBadge::contrastRatio(const QColor &a, const QColor &b)
{
    const double la = relativeLuminance(a);
    const double lb = relativeLuminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}
