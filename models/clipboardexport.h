#pragma once

#include <QByteArray>
#include <QList>
#include <QModelIndex>
#include <QString>
#include <functional>

class QAbstractItemModel;
class QMimeData;

// What Ctrl+C puts on the clipboard for rows of a table: the given columns (the visible ones,
// in their visual order) with a header row of the model's column titles, as tab-separated
// text (text/plain, which spreadsheets paste into cells) and as CSV (text/csv).
// Values holding a tab, quote or line break are quoted as RFC 4180 says, in both forms.
namespace ClipboardExport {

// The text of one cell; by default the model's DisplayRole.
using CellText = std::function<QString(const QModelIndex &)>;

QString tabSeparated(const QAbstractItemModel &model, const QList<int> &rows, const QList<int> &columns,
                     const CellText &cellText = {});
QByteArray csv(const QAbstractItemModel &model, const QList<int> &rows, const QList<int> &columns,
               const CellText &cellText = {});

// Both forms in one QMimeData (the caller owns it; QClipboard::setMimeData takes it).
QMimeData *mimeData(const QAbstractItemModel &model, const QList<int> &rows, const QList<int> &columns,
                    const CellText &cellText = {});

} // namespace ClipboardExport
