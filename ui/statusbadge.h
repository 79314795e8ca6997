#pragma once

#include <QColor>
#include <QCoreApplication>
#include <QFont>
#include <QPalette>
#include <QRect>
#include <QRectF>
#include <QSize>
#include <QString>

#include "status.h"

class QPainter;

// Paints a status as a rounded pill: a glyph and the status word. Colour says the lifecycle
// meaning (Status::meaningOf); the glyph says it again for people who do not see colour.
//
// A value type: it holds only the status text. Everything else (palette, font, rectangle) is
// passed in, so one badge can be painted anywhere (item delegates, status bar, details pane).
//
// Light palettes use the fills of docs/ui-sketch.md with white text. Dark palettes (window
// lightness < 128) keep each fill's hue, lighten it, and draw near-black text of the same hue;
// every filled style keeps text/fill contrast >= minimumTextContrast() (WCAG 2.x).
// Unknown and other texts (including empty) get an outline-only pill in the palette's text
// colour.
class StatusBadge
{
    Q_DECLARE_TR_FUNCTIONS(StatusBadge)

public:
    struct BadgeStyle
    {
        QColor fill;    // meaningful only when filled
        QColor text;    // word and glyph
        QColor outline; // the pill's border; equals fill for filled styles
        QString glyph;
        bool filled = false;
    };

    // Where the parts of a painted badge go, in the coordinates of the rect passed to layout().
    struct Layout
    {
        QRect pill;   // the rounded pill, including its border
        QRect glyph;  // glyph box inside the pill
        QRect text;   // word box inside the pill (may be empty when nothing fits)
        QString word; // the word as drawn, elided with "…" when the rect is too narrow
        bool elided = false;
    };

    StatusBadge() = default;
    explicit StatusBadge(const QString &status) : m_status(status) {}

    QString status() const { return m_status; }
    void setStatus(const QString &status) { m_status = status; }
    Status::Meaning meaning() const { return Status::meaningOf(m_status); }

    // The word the pill shows: the status text as stored, or a placeholder for an empty one.
    QString displayText() const;

    // The font badges are drawn in: the base font, semi-bold.
    static QFont badgeFont(const QFont &base);

    // The natural pill size for `font` (the font is passed through badgeFont()).
    QSize sizeHint(const QFont &font) const;

    // Positions the pill inside `rect` per `alignment` (horizontal and vertical parts; default
    // left / vertically centred). A rect narrower than the natural width elides the word; one too
    // narrow for even the glyph gives a glyph-only pill clipped to the rect. The glyph precedes
    // the word in reading order, so a right-to-left direction puts it on the right.
    Layout layout(const QRect &rect, const QFont &font,
                  Qt::Alignment alignment = Qt::AlignLeft | Qt::AlignVCenter,
                  Qt::LayoutDirection direction = Qt::LeftToRight) const;

    // Paints the badge into `rect` using the painter's current font (through badgeFont()).
    // The painter's state is restored afterwards. Returns the layout used.
    Layout paint(QPainter *painter, const QRect &rect, const QPalette &palette,
                 Qt::Alignment alignment = Qt::AlignLeft | Qt::AlignVCenter,
                 Qt::LayoutDirection direction = Qt::LeftToRight) const;

    // The colours and glyph a status gets in `palette` (its current colour group). For the
    // outline-only style, text and outline are chosen against palette.color(QPalette::Base),
    // the colour behind the pill in a view.
    static BadgeStyle styleFor(const QString &status, const QPalette &palette);
    static QString glyphFor(Status::Meaning meaning);
    static bool isDarkPalette(const QPalette &palette);

    // WCAG 2.x relative luminance (0 = black, 1 = white) and contrast ratio (1..21) of opaque
    // colours; alpha is ignored.
    static double relativeLuminance(const QColor &color);
    static double contrastRatio(const QColor &a, const QColor &b);
    static constexpr double minimumTextContrast() { return 4.5; }
    static constexpr double minimumOutlineContrast() { return 3.0; }

private:
    QString m_status;
};
