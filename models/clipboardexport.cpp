#include "clipboardexport.h"

#include <QAbstractItemModel>
#include <QBuffer>
#include <QMimeData>

#include "csvwriter.h"

namespace ClipboardExport {

namespace {

QByteArray write(const QAbstractItemModel &model, const QList<int> &rows, const QList<int> &columns,
                 const CellText &cellText, const CsvOptions &options)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvWriter writer(&buffer, options);
    QStringList header;
    for (int column : columns)
        header << model.headerData(column, Qt::Horizontal, Qt::DisplayRole).toString();
    writer.writeHeader(header);
    for (int row : rows) {
        for (int column : columns) {
            const QModelIndex index = model.index(row, column);
            writer.addField(cellText ? cellText(index) : index.data(Qt::DisplayRole).toString());
        }
        writer.endRow();
    }
    writer.flush();
    return buffer.data();
}

} // namespace

QString tabSeparated(const QAbstractItemModel &model, const QList<int> &rows, const QList<int> &columns, const CellText &cellText)
{
    CsvOptions options;
    options.separator = u'\t';
    options.lineEnding = "\n";
    return QString::fromUtf8(write(model, rows, columns, cellText, options));
}

QByteArray csv(const QAbstractItemModel &model, const QList<int> &rows, const QList<int> &columns, const CellText &cellText)
{
    return write(model, rows, columns, cellText, CsvOptions());
}

QMimeData *mimeData(const QAbstractItemModel &model, const QList<int> &rows, const QList<int> &columns, const CellText &cellText)
{
    auto *data = new QMimeData;
    data->setText(tabSeparated(model, rows, columns, cellText));
    data->setData(QStringLiteral("text/csv"), csv(model, rows, columns, cellText));
    return data;
}

} // namespace ClipboardExport
