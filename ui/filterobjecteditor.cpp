#include "filterobjecteditor.h"

#include <QApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPainter>
#include <QPixmap>

#include "filtercompiler.h"
#include "statusbadge.h"

QJsonValue FilterObjectEditor::valueFromTyped(const QString &text)
{
    if (text == QLatin1String("true"))
        return true;
    if (text == QLatin1String("false"))
        return false;
    // JSON's own number grammar: 007, 1., +1 and " 1" stay strings, as in the text language.
    if (!text.isEmpty() && (text.at(0).isDigit() || text.at(0) == u'-') && !text.back().isSpace()) {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(QByteArray("[") + text.toUtf8() + "]", &error);
        if (error.error == QJsonParseError::NoError && doc.array().size() == 1 && doc.array().at(0).isDouble()) {
            const QJsonValue number = doc.array().at(0);
            // Only when the number prints back as typed, so the text form shows what was typed.
            if (FilterCompiler::scalarText(number) == text)
                return number;
        }
    }
    return text;
}

QString FilterObjectEditor::typedFromValue(const QJsonValue &value)
{
    if (value.isUndefined() || value.isNull() || value.isArray() || value.isObject())
        return {};
    return FilterCompiler::scalarText(value);
}

QIcon FilterObjectEditor::statusIcon(const QString &status, const QPalette &palette)
{
    const QFont font = QApplication::font();
    const int side = StatusBadge(status).sizeHint(font).height();
    QIcon icon;
    for (const qreal dpr : {1.0, 2.0}) {
        QPixmap pixmap(QSize(side, side) * dpr);
        pixmap.setDevicePixelRatio(dpr);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setFont(font);
        // Narrower than the word: StatusBadge draws a glyph-only pill.
        StatusBadge(status).paint(&painter, QRect(0, 0, side, side), palette, Qt::AlignCenter);
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}
