#include <QApplication>
#include <QHelpEvent>
#include <QImage>
#include <QPainter>
#include <QSet>
#include <QStandardItemModel>
#include <QStyle>
#include <QStyleFactory>
#include <QTableView>
#include <QToolTip>
#include <QtTest>

#include "status.h"
#include "statusbadge.h"
#include "statusbadgedelegate.h"
#include "tagchipsdelegate.h"

namespace {

constexpr int TagsRole = Qt::UserRole + 1;
const QSize CellSize(240, 30);

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x1e, 0x1e, 0x1e));
    p.setColor(QPalette::WindowText, QColor(0xe6, 0xed, 0xf3));
    p.setColor(QPalette::Base, QColor(0x0d, 0x11, 0x17));
    p.setColor(QPalette::AlternateBase, QColor(0x16, 0x1b, 0x22));
    p.setColor(QPalette::Text, QColor(0xe6, 0xed, 0xf3));
    p.setColor(QPalette::Button, QColor(0x21, 0x26, 0x2d));
    p.setColor(QPalette::ButtonText, QColor(0xe6, 0xed, 0xf3));
    p.setColor(QPalette::Highlight, QColor(0x1f, 0x6f, 0xeb));
    p.setColor(QPalette::HighlightedText, QColor(Qt::white));
    return p;
}

QPalette lightPalette()
{
    return QApplication::style()->standardPalette();
}

QPalette paletteNamed(const QString &name)
{
    return name == QLatin1String("dark") ? darkPalette() : lightPalette();
}

int channelDistance(const QColor &a, const QColor &b)
{
    return std::max({std::abs(a.red() - b.red()), std::abs(a.green() - b.green()),
                     std::abs(a.blue() - b.blue())});
}

QStyleOptionViewItem viewOption(const QPalette &palette, const QRect &rect, bool selected = false)
{
    QStyleOptionViewItem option;
    option.rect = rect;
    option.palette = palette;
    option.font = QApplication::font();
    option.fontMetrics = QFontMetrics(option.font);
    option.direction = Qt::LeftToRight;
    option.state = QStyle::State_Enabled | QStyle::State_Active;
    if (selected)
        option.state |= QStyle::State_Selected;
    return option;
}

// The cell painted by `delegate` on a Base-coloured canvas, as a view's viewport would show it.
QImage paintCell(QAbstractItemDelegate &delegate, const QModelIndex &index,
                 const QStyleOptionViewItem &option)
{
    QImage image(option.rect.size(), QImage::Format_ARGB32_Premultiplied);
    image.fill(option.palette.color(QPalette::Base));
    QPainter painter(&image);
    delegate.paint(&painter, option, index);
    painter.end();
    return image;
}

// Pixels in `rect` within `tolerance` of `color`.
int countNear(const QImage &image, const QRect &rect, const QColor &color, int tolerance)
{
    int count = 0;
    const QRect bounded = rect.intersected(image.rect());
    for (int y = bounded.top(); y <= bounded.bottom(); ++y)
        for (int x = bounded.left(); x <= bounded.right(); ++x)
            if (channelDistance(image.pixelColor(x, y), color) <= tolerance)
                ++count;
    return count;
}

QStringList allTestedStatuses()
{
    QStringList statuses = Status::all();
    statuses << QStringLiteral("FROZEN") << QString();
    return statuses;
}

} // namespace

class TestStatusBadge : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void contrastRatio();
    void lightFillsMatchSketch();
    void paintedBadge_data();
    void paintedBadge();
    void textContrast_data();
    void textContrast();
    void darkFillsKeepHue();
    void glyphsPerMeaning();
    void emptyStatusShowsPlaceholder();
    void selectedRowKeepsBadge();
    void sizeHintIsSane();
    void narrowCellElides();
    void rightToLeftPutsGlyphFirst();
    void tooltipComesFromModel();

    void tagParsing();
    void tagChipsPaint();
    void tagChipsSizeHintGrowsWithTags();
    void tagChipsElideWithCount();

private:
    QStandardItemModel m_model;
    StatusBadgeDelegate m_delegate;
};

void TestStatusBadge::initTestCase()
{
    // One style everywhere, so selection and margins do not depend on the desktop.
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QVERIFY(!StatusBadge::isDarkPalette(lightPalette()));
    QVERIFY(StatusBadge::isDarkPalette(darkPalette()));
    for (const QString &status : allTestedStatuses())
        m_model.appendRow(new QStandardItem(status));
}

void TestStatusBadge::contrastRatio()
{
    QCOMPARE(StatusBadge::contrastRatio(Qt::black, Qt::white), 21.0);
    QCOMPARE(StatusBadge::contrastRatio(Qt::white, Qt::black), 21.0);
    QCOMPARE(StatusBadge::contrastRatio(QColor(0x12, 0x34, 0x56), QColor(0x12, 0x34, 0x56)), 1.0);
    QCOMPARE(StatusBadge::relativeLuminance(Qt::white), 1.0);
    QCOMPARE(StatusBadge::relativeLuminance(Qt::black), 0.0);
    // Reference values from the WCAG formula.
    QVERIFY(qAbs(StatusBadge::contrastRatio(QColor(0x1a, 0x7f, 0x37), Qt::white) - 5.08) < 0.01);
    QVERIFY(qAbs(StatusBadge::contrastRatio(QColor(0x77, 0x77, 0x77), Qt::white) - 4.48) < 0.01);
}

void TestStatusBadge::lightFillsMatchSketch()
{
    const QPalette light = lightPalette();
    const QHash<QString, QColor> expected = {
        {Status::Ready, QColor(0x1a, 0x7f, 0x37)},      {Status::Creating, QColor(0x09, 0x69, 0xda)},
        {Status::Updating, QColor(0x09, 0x69, 0xda)},   {Status::Initialized, QColor(0x09, 0x69, 0xda)},
        {Status::Deleting, QColor(0x6e, 0x77, 0x81)},   {Status::Deleted, QColor(0x6e, 0x77, 0x81)},
        {Status::Error, QColor(0xcf, 0x22, 0x2e)},      {Status::Missing, QColor(0x9a, 0x67, 0x00)},
    };
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        const StatusBadge::BadgeStyle style = StatusBadge::styleFor(it.key(), light);
        QVERIFY2(style.filled, qPrintable(it.key()));
        QCOMPARE(style.fill, it.value());
        QCOMPARE(style.text, QColor(Qt::white));
    }
    for (const QString &neutral : {Status::Unknown, QStringLiteral("FROZEN"), QString()}) {
        const StatusBadge::BadgeStyle style = StatusBadge::styleFor(neutral, light);
        QVERIFY(!style.filled);
        QCOMPARE(style.outline, QColor(0x57, 0x60, 0x6a));
        QCOMPARE(style.text, light.color(QPalette::Text));
        QCOMPARE(style.glyph, QStringLiteral("\u2022"));
    }
}

void TestStatusBadge::paintedBadge_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<QString>("palette");
    const QStringList statuses = allTestedStatuses();
    for (const char *palette : {"light", "dark"}) {
        for (int row = 0; row < statuses.size(); ++row) {
            const QString label = statuses.at(row).isEmpty() ? QStringLiteral("(empty)") : statuses.at(row);
            QTest::addRow("%s %s", palette, qPrintable(label)) << row << QString::fromLatin1(palette);
        }
    }
}

void TestStatusBadge::paintedBadge()
{
    QFETCH(int, row);
    QFETCH(QString, palette);
    const QModelIndex index = m_model.index(row, 0);
    const QString status = index.data().toString();
    const QStyleOptionViewItem option = viewOption(paletteNamed(palette), QRect(QPoint(0, 0), CellSize));
    const QImage image = paintCell(m_delegate, index, option);

    const StatusBadge::Layout layout = m_delegate.badgeLayout(option, index);
    const StatusBadge::BadgeStyle style = StatusBadge::styleFor(status, StatusBadgeDelegate::badgePalette(option));
    QVERIFY(!layout.elided);
    QVERIFY(image.rect().contains(layout.pill));
    QVERIFY(layout.pill.height() >= option.fontMetrics.height());

    // Inside the left cap, vertically centred: clear of the glyph, which starts after the cap.
    const QPoint inside(layout.pill.left() + 3, layout.pill.center().y());
    QVERIFY(inside.x() < layout.glyph.left());
    const QColor base = option.palette.color(QPalette::Base);
    if (style.filled) {
        QVERIFY2(channelDistance(image.pixelColor(inside), style.fill) <= 1,
                 qPrintable(image.pixelColor(inside).name() + " != " + style.fill.name()));
        // The whole pill is the fill, apart from text: most of the pill's pixels.
        QVERIFY(countNear(image, layout.pill, style.fill, 1) > layout.pill.width() * layout.pill.height() / 3);
    } else {
        // Outline only: the inside shows the background; the straight top edge is the outline.
        QCOMPARE(image.pixelColor(inside), base);
        const QPoint topEdge(layout.pill.left() + layout.pill.height(), layout.pill.top());
        QVERIFY2(channelDistance(image.pixelColor(topEdge), style.outline) <= 8,
                 qPrintable(image.pixelColor(topEdge).name() + " != " + style.outline.name()));
        QVERIFY(channelDistance(style.outline, base) > 40);
    }
    // Outside the pill nothing was painted.
    QCOMPARE(image.pixelColor(layout.pill.right() + 4, layout.pill.center().y()), base);

    // The word is drawn in the style's text colour.
    QVERIFY(!layout.text.isEmpty());
    QCOMPARE(layout.word, StatusBadge(status).displayText());
    QVERIFY2(countNear(image, layout.text, style.text, 48) > 0, "no text-coloured pixels in the word box");
}

void TestStatusBadge::textContrast_data()
{
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("palette");
    QTest::addColumn<bool>("selected");
    for (const char *palette : {"light", "dark"}) {
        for (const bool selected : {false, true}) {
            for (const QString &status : allTestedStatuses()) {
                QTest::addRow("%s%s %s", palette, selected ? " selected" : "",
                              status.isEmpty() ? "(empty)" : qPrintable(status))
                    << status << QString::fromLatin1(palette) << selected;
            }
        }
    }
}

void TestStatusBadge::textContrast()
{
    QFETCH(QString, status);
    QFETCH(QString, palette);
    QFETCH(bool, selected);
    const QPalette badgePalette = StatusBadgeDelegate::badgePalette(
        viewOption(paletteNamed(palette), QRect(QPoint(0, 0), CellSize), selected));
    const StatusBadge::BadgeStyle style = StatusBadge::styleFor(status, badgePalette);
    const QColor behindText = style.filled ? style.fill : badgePalette.color(QPalette::Base);
    const double ratio = StatusBadge::contrastRatio(style.text, behindText);
    QVERIFY2(ratio >= 4.5, qPrintable(QStringLiteral("%1 on %2: %3")
                                          .arg(style.text.name(), behindText.name())
                                          .arg(ratio)));
    if (!style.filled)
        QVERIFY(StatusBadge::contrastRatio(style.outline, behindText) >= 3.0);
}

void TestStatusBadge::darkFillsKeepHue()
{
    const QPalette light = lightPalette();
    const QPalette dark = darkPalette();
    for (const QString &status : Status::all()) {
        const StatusBadge::BadgeStyle day = StatusBadge::styleFor(status, light);
        const StatusBadge::BadgeStyle night = StatusBadge::styleFor(status, dark);
        QCOMPARE(night.filled, day.filled);
        QCOMPARE(night.glyph, day.glyph);
        if (!day.filled)
            continue;
        QVERIFY2(night.fill.lightness() > day.fill.lightness(), qPrintable(status));
        const int hueDelta = qAbs(night.fill.hslHue() - day.fill.hslHue());
        QVERIFY2(std::min(hueDelta, 360 - hueDelta) <= 4,
                 qPrintable(status + ": " + day.fill.name() + " -> " + night.fill.name()));
        QVERIFY2(night.text.lightness() < 48, qPrintable(night.text.name()));
    }
}

void TestStatusBadge::glyphsPerMeaning()
{
    const QPalette light = lightPalette();
    QHash<Status::Meaning, QString> glyphOfMeaning;
    QHash<Status::Meaning, QColor> fillOfMeaning;
    for (const QString &status : allTestedStatuses()) {
        const Status::Meaning meaning = Status::meaningOf(status);
        const StatusBadge::BadgeStyle style = StatusBadge::styleFor(status, light);
        QVERIFY(!style.glyph.isEmpty());
        QCOMPARE(style.glyph, StatusBadge::glyphFor(meaning));
        if (glyphOfMeaning.contains(meaning)) {
            // Statuses sharing a meaning share glyph and colour.
            QCOMPARE(style.glyph, glyphOfMeaning.value(meaning));
            QCOMPARE(style.fill, fillOfMeaning.value(meaning));
        }
        glyphOfMeaning.insert(meaning, style.glyph);
        fillOfMeaning.insert(meaning, style.fill);
    }
    QCOMPARE(glyphOfMeaning.size(), 6);
    const QList<QString> glyphs = glyphOfMeaning.values();
    QCOMPARE(QSet<QString>(glyphs.cbegin(), glyphs.cend()).size(), 6);
    QCOMPARE(glyphOfMeaning.value(Status::Meaning::Healthy), QStringLiteral("\u2713"));
    QCOMPARE(glyphOfMeaning.value(Status::Meaning::InProgress), QStringLiteral("\u21BB"));
    QCOMPARE(glyphOfMeaning.value(Status::Meaning::GoingAway), QStringLiteral("\u232B"));
    QCOMPARE(glyphOfMeaning.value(Status::Meaning::Faulty), QStringLiteral("\u2715"));
    QCOMPARE(glyphOfMeaning.value(Status::Meaning::FaultyMaybeTemporary), QStringLiteral("?"));
    QCOMPARE(glyphOfMeaning.value(Status::Meaning::Neutral), QStringLiteral("\u2022"));
}

void TestStatusBadge::emptyStatusShowsPlaceholder()
{
    QVERIFY(!StatusBadge(QString()).displayText().isEmpty());
    QCOMPARE(StatusBadge(QString()).displayText(), StatusBadge(QStringLiteral("  ")).displayText());
    QCOMPARE(StatusBadge(QStringLiteral("FROZEN")).displayText(), QStringLiteral("FROZEN"));
    QCOMPARE(StatusBadge(Status::Ready).displayText(), Status::Ready);
}

void TestStatusBadge::selectedRowKeepsBadge()
{
    // Table views highlight the whole cell (showDecorationSelected); list views leave the
    // text area to the delegate. Either way the cell behind the pill is highlighted.
    for (const bool wholeCell : {false, true})
    for (const QString &palette : {QStringLiteral("light"), QStringLiteral("dark")}) {
        const QModelIndex index = m_model.index(int(Status::all().indexOf(Status::Error)), 0);
        QStyleOptionViewItem option = viewOption(paletteNamed(palette), QRect(QPoint(0, 0), CellSize), true);
        option.showDecorationSelected = wholeCell;
        const QImage image = paintCell(m_delegate, index, option);
        const StatusBadge::Layout layout = m_delegate.badgeLayout(option, index);
        const StatusBadge::BadgeStyle style = StatusBadge::styleFor(Status::Error, option.palette);

        // Selection background behind, the pill on top.
        const QColor highlight = option.palette.color(QPalette::Active, QPalette::Highlight);
        const QColor behind = image.pixelColor(CellSize.width() - 10, CellSize.height() / 2);
        QVERIFY2(channelDistance(behind, highlight) <= 16,
                 qPrintable(QStringLiteral("%1 %2: %3 != %4")
                                .arg(palette, wholeCell ? "whole cell" : "text area", behind.name(),
                                     highlight.name())));
        QVERIFY(channelDistance(image.pixelColor(layout.pill.left() + 3, layout.pill.center().y()), style.fill) <= 1);
    }
}

void TestStatusBadge::sizeHintIsSane()
{
    const QStyleOptionViewItem option = viewOption(lightPalette(), QRect(QPoint(0, 0), CellSize));
    const QFontMetrics fm(StatusBadge::badgeFont(option.font));
    for (int row = 0; row < m_model.rowCount(); ++row) {
        const QModelIndex index = m_model.index(row, 0);
        const StatusBadge badge(index.data().toString());
        const QSize natural = badge.sizeHint(option.font);
        QVERIFY(natural.height() >= fm.height());
        QVERIFY(natural.height() < 3 * fm.height());
        QVERIFY(natural.width() > fm.horizontalAdvance(badge.displayText()));
        QVERIFY(natural.width() < fm.horizontalAdvance(badge.displayText()) + 6 * fm.height());

        const QSize hint = m_delegate.sizeHint(option, index);
        QVERIFY(hint.width() >= natural.width());
        QVERIFY(hint.height() >= natural.height());
        QVERIFY(hint.width() < 400);
        QVERIFY(hint.height() < 4 * fm.height());

        // A cell of exactly the hinted size shows the whole badge.
        const QStyleOptionViewItem fitted = viewOption(lightPalette(), QRect(QPoint(0, 0), hint));
        const StatusBadge::Layout layout = m_delegate.badgeLayout(fitted, index);
        QVERIFY2(!layout.elided, qPrintable(badge.displayText()));
        QCOMPARE(layout.pill.size(), natural);
    }
    // Longer words, wider badges.
    QVERIFY(StatusBadge(Status::Initialized).sizeHint(option.font).width()
            > StatusBadge(Status::Error).sizeHint(option.font).width());
}

void TestStatusBadge::narrowCellElides()
{
    const QFont font = QApplication::font();
    const StatusBadge badge(Status::Initialized);
    const QSize natural = badge.sizeHint(font);

    const QRect narrow(0, 0, natural.width() - 20, natural.height() + 4);
    const StatusBadge::Layout elided = badge.layout(narrow, font);
    QVERIFY(elided.elided);
    QVERIFY(narrow.contains(elided.pill));
    QVERIFY(elided.word != badge.displayText());
    QVERIFY(!elided.word.isEmpty());

    // Too narrow for any word: a glyph-only pill.
    const QRect tiny(0, 0, 24, natural.height());
    const StatusBadge::Layout glyphOnly = badge.layout(tiny, font);
    QVERIFY(glyphOnly.elided);
    QVERIFY(glyphOnly.word.isEmpty());
    QVERIFY(tiny.contains(glyphOnly.pill));

    QVERIFY(!badge.layout(QRect(), font).elided);
    QVERIFY(badge.layout(QRect(), font).pill.isEmpty());
}

void TestStatusBadge::rightToLeftPutsGlyphFirst()
{
    const QFont font = QApplication::font();
    const StatusBadge badge(Status::Ready);
    const QRect rect(0, 0, 200, 30);
    const StatusBadge::Layout ltr = badge.layout(rect, font, Qt::AlignLeft | Qt::AlignVCenter, Qt::LeftToRight);
    const StatusBadge::Layout rtl = badge.layout(rect, font, Qt::AlignLeft | Qt::AlignVCenter, Qt::RightToLeft);
    QVERIFY(ltr.glyph.right() < ltr.text.left());
    QVERIFY(rtl.text.right() < rtl.glyph.left());
    QCOMPARE(ltr.pill.left(), rect.left());
    QCOMPARE(rtl.pill.right(), rect.right()); // leading edge in right-to-left
}

void TestStatusBadge::tooltipComesFromModel()
{
    QStandardItemModel model;
    auto *item = new QStandardItem(Status::Error);
    item->setToolTip(QStringLiteral("image pull failed"));
    model.appendRow(item);
    QTableView view;
    view.setModel(&model);
    view.setItemDelegate(&m_delegate);
    view.resize(300, 200);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));

    const QModelIndex index = model.index(0, 0);
    QStyleOptionViewItem option = viewOption(view.palette(), view.visualRect(index));
    option.widget = &view;
    const QPoint pos = view.visualRect(index).center();
    QHelpEvent event(QEvent::ToolTip, pos, view.viewport()->mapToGlobal(pos));
    QVERIFY(m_delegate.helpEvent(&event, &view, option, index));
    QTRY_COMPARE(QToolTip::text(), QStringLiteral("image pull failed"));
    QToolTip::hideText();

    // Without a model tooltip, an elided badge offers its full word.
    item->setToolTip(QString());
    option.rect.setWidth(40);
    QHelpEvent narrowEvent(QEvent::ToolTip, pos, view.viewport()->mapToGlobal(pos));
    QVERIFY(m_delegate.helpEvent(&narrowEvent, &view, option, index));
    QTRY_VERIFY(QToolTip::text().contains(Status::Error));
    QToolTip::hideText();

    // The accessible text is the model's: the delegate leaves DisplayRole as the status word.
    QCOMPARE(index.data(Qt::DisplayRole).toString(), Status::Error);
    view.setItemDelegate(nullptr);
}

void TestStatusBadge::tagParsing()
{
    using Tag = TagChipsDelegate::Tag;
    const QList<Tag> parsed = TagChipsDelegate::parseTagText(QStringLiteral(" Application=shop, env = prod,solo,, a=b=c "));
    const QList<Tag> expected = {{QStringLiteral("Application"), QStringLiteral("shop")},
                                 {QStringLiteral("env"), QStringLiteral("prod")},
                                 {QStringLiteral("solo"), QString()},
                                 {QStringLiteral("a"), QStringLiteral("b=c")}};
    QCOMPARE(parsed, expected);
    QVERIFY(TagChipsDelegate::parseTagText(QString()).isEmpty());
    QCOMPARE(TagChipsDelegate::chipText(expected.at(0)), QStringLiteral("Application=shop"));
    QCOMPARE(TagChipsDelegate::chipText(expected.at(2)), QStringLiteral("solo"));

    // The map role wins; without a map the display text is parsed.
    QStandardItemModel model;
    auto *withMap = new QStandardItem(QStringLiteral("ignored=1"));
    withMap->setData(QVariantMap{{QStringLiteral("b"), 2}, {QStringLiteral("a"), QStringLiteral("x")}}, TagsRole);
    auto *withText = new QStandardItem(QStringLiteral("k=v, k2=v2"));
    model.appendRow({withMap});
    model.appendRow({withText});
    const TagChipsDelegate delegate(TagsRole);
    QCOMPARE(delegate.tagsRole(), TagsRole);
    QCOMPARE(delegate.tagsOf(model.index(0, 0)),
             (QList<Tag>{{QStringLiteral("a"), QStringLiteral("x")}, {QStringLiteral("b"), QStringLiteral("2")}}));
    QCOMPARE(delegate.tagsOf(model.index(1, 0)),
             (QList<Tag>{{QStringLiteral("k"), QStringLiteral("v")}, {QStringLiteral("k2"), QStringLiteral("v2")}}));
}

void TestStatusBadge::tagChipsPaint()
{
    QStandardItemModel model;
    auto *item = new QStandardItem;
    item->setData(QVariantMap{{QStringLiteral("Application"), QStringLiteral("shop")},
                              {QStringLiteral("env"), QStringLiteral("prod")},
                              {QStringLiteral("team"), QStringLiteral("ops")}},
                  TagsRole);
    model.appendRow(item);
    auto *empty = new QStandardItem;
    model.appendRow(empty);
    TagChipsDelegate delegate(TagsRole);

    for (const QString &palette : {QStringLiteral("light"), QStringLiteral("dark")}) {
        const QStyleOptionViewItem option = viewOption(paletteNamed(palette), QRect(0, 0, 400, 30));
        const QColor base = option.palette.color(QPalette::Base);
        const QImage image = paintCell(delegate, model.index(0, 0), option);
        const int painted = image.width() * image.height() - countNear(image, image.rect(), base, 0);
        QVERIFY2(painted > 100, qPrintable(palette));
        // Text-coloured pixels: the chip labels.
        QVERIFY(countNear(image, image.rect(), option.palette.color(QPalette::Text), 64) > 0);

        const QImage blank = paintCell(delegate, model.index(1, 0), option);
        QCOMPARE(countNear(blank, blank.rect(), base, 0), blank.width() * blank.height());
    }
}

void TestStatusBadge::tagChipsSizeHintGrowsWithTags()
{
    QStandardItemModel model;
    QVariantMap tags;
    const QStringList keys = {QStringLiteral("Application"), QStringLiteral("env"), QStringLiteral("team")};
    for (const QString &key : keys) {
        tags.insert(key, QStringLiteral("value"));
        auto *item = new QStandardItem;
        item->setData(tags, TagsRole);
        model.appendRow(item);
    }
    TagChipsDelegate delegate(TagsRole);
    const QStyleOptionViewItem option = viewOption(lightPalette(), QRect(0, 0, 400, 30));
    const QFontMetrics fm(option.font);
    int previous = 0;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QSize hint = delegate.sizeHint(option, model.index(row, 0));
        QVERIFY(hint.width() > previous);
        QVERIFY(hint.height() >= fm.height());
        QVERIFY(hint.height() < 3 * fm.height());
        previous = hint.width();

        // At its hinted size every chip shows, unshortened.
        const QStyleOptionViewItem fitted = viewOption(lightPalette(), QRect(QPoint(0, 0), hint));
        const TagChipsDelegate::ChipLayout layout = delegate.chipLayout(fitted, model.index(row, 0));
        QCOMPARE(layout.hiddenCount, 0);
        QCOMPARE(layout.chips.size(), row + 1);
        QCOMPARE(layout.texts.last(), TagChipsDelegate::chipText({keys.at(row), QStringLiteral("value")}));
        for (const QRect &chip : layout.chips)
            QVERIFY(fitted.rect.contains(chip));
    }
}

void TestStatusBadge::tagChipsElideWithCount()
{
    using Tag = TagChipsDelegate::Tag;
    const QList<Tag> tags = {{QStringLiteral("Application"), QStringLiteral("shop")},
                             {QStringLiteral("env"), QStringLiteral("prod")},
                             {QStringLiteral("team"), QStringLiteral("ops")},
                             {QStringLiteral("tier"), QStringLiteral("gold")}};
    const QFont font = QApplication::font();

    const TagChipsDelegate::ChipLayout wide = TagChipsDelegate::layoutChips(tags, QRect(0, 0, 1000, 24), font);
    QCOMPARE(wide.chips.size(), tags.size());
    QCOMPARE(wide.hiddenCount, 0);
    QVERIFY(wide.more.isEmpty());
    for (qsizetype i = 1; i < wide.chips.size(); ++i)
        QVERIFY(wide.chips.at(i).left() > wide.chips.at(i - 1).right());

    // Room for about two chips: the rest become "+N", and everything stays inside the area.
    const QRect area(0, 0, wide.chips.at(1).right() + 30, 24);
    const TagChipsDelegate::ChipLayout narrow = TagChipsDelegate::layoutChips(tags, area, font);
    QVERIFY(narrow.hiddenCount > 0);
    QCOMPARE(narrow.chips.size() + narrow.hiddenCount, tags.size());
    QCOMPARE(narrow.moreText, QStringLiteral("+%1").arg(narrow.hiddenCount));
    QVERIFY(area.contains(narrow.more));
    for (const QRect &chip : narrow.chips)
        QVERIFY(area.contains(chip));

    // Very narrow: the first chip is shortened, the rest counted.
    const QRect tiny(0, 0, 90, 24);
    const TagChipsDelegate::ChipLayout squeezed = TagChipsDelegate::layoutChips(tags, tiny, font);
    QCOMPARE(squeezed.chips.size(), 1);
    QCOMPARE(squeezed.hiddenCount, 3);
    QVERIFY(squeezed.texts.at(0) != TagChipsDelegate::chipText(tags.at(0)));
    QVERIFY(tiny.contains(squeezed.more));
}

QTEST_MAIN(TestStatusBadge)
#include "tst_statusbadge.moc"
