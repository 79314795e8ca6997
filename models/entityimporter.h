#pragma once

#include <QList>
#include <QString>
#include <functional>

#include "entitystore.h"

class QIODevice;

// Loads entities from a file into a store in one transaction. Every row is validated before
// it is written (Dispatch's name rule, JSON columns, times, status); a bad row is reported with
// its line number. Under OnExisting::Abort nothing is written if any row is bad or exists.
class EntityImporter
{
public:
    enum class Format { DispatchTableCsv, JsonLines };

    struct RejectedRow
    {
        qint64 line = 0;
        QString reason;
    };

    struct Report
    {
        Format format = Format::DispatchTableCsv;
        qint64 rowsRead = 0;
        qint64 written = 0;
        qint64 skippedExisting = 0;
        QList<RejectedRow> rejected;
        bool committed = false;
    };

    explicit EntityImporter(EntityStore &store);

    void setOnExisting(EntityStore::OnExisting onExisting) { m_onExisting = onExisting; }
    // Called every few hundred rows with the bytes read so far; return false to cancel.
    void setProgress(std::function<bool(qint64 bytesRead)> progress) { m_progress = std::move(progress); }

    // Detects the format from the first line (a header of Dispatch's columns, or a JSON object).
    static Result<Format> detectFormat(QIODevice *device);

    // The first rows of a file as an import would read them, each with the reason it would be
    // rejected (empty if none); nothing is written. For a preview before importing.
    struct PreviewRow
    {
        qint64 line = 0;
        EntityRow row;
        QString problem;
    };
    struct Preview
    {
        Format format = Format::DispatchTableCsv;
        QChar separator = u','; // DispatchTableCsv
        bool hasBom = false;
        QList<PreviewRow> rows;
        bool moreRows = false; // rows follow beyond maxRows
    };
    Result<Preview> preview(QIODevice *device, int maxRows = 20) const;

    // Imports; an error result means nothing was written (file unreadable, backend failure,
    // cancelled, or Abort with a rejected row — then the report in *report names the lines).
    VoidResult run(QIODevice *device, Report *report);
    VoidResult runFile(const QString &path, Report *report);

private:
    VoidResult load(QIODevice *device, Report *report);
    // Validates one row and normalises its times; returns a reason if it cannot be written.
    QString validate(EntityRow *row) const;

    EntityStore &m_store;
    EntityStore::OnExisting m_onExisting = EntityStore::OnExisting::Abort;
    std::function<bool(qint64)> m_progress;
};
