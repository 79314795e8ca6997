#include "entityimporter.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "csvreader.h"
#include "status.h"

namespace {

constexpr int progressEveryRows = 500;

// One JSON Lines record: the table's columns as keys; JSON columns as JSON values.
bool rowFromJsonLine(const QByteArray &line, EntityRow *row, QString *why)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(line, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        *why = QStringLiteral("not a JSON object (%1)").arg(error.errorString());
        return false;
    }
    const QJsonObject object = doc.object();
    const QStringList names = EntityRow::columnNames();
    for (int i = 0; i < EntityRow::ColumnCount; ++i) {
        const QJsonValue v = object.value(names[i]);
        if (v.isUndefined()) {
            *why = QStringLiteral("missing column '%1'").arg(names[i]);
            return false;
        }
        const bool jsonColumn = i == EntityRow::Spec || i == EntityRow::Reason || i == EntityRow::Tags || i == EntityRow::Value;
        if (jsonColumn) {
            (*row)[i] = v.isObject() ? QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact))
                : v.isArray()        ? QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact))
                : v.isNull()         ? QStringLiteral("null")
                                     : QString();
            if ((*row)[i].isNull()) {
                *why = QStringLiteral("column '%1' must be a JSON object, array or null").arg(names[i]);
                return false;
            }
        } else if (v.isNull()) {
            (*row)[i] = QString();
        } else if (v.isDouble()) {
            (*row)[i] = QString::number(v.toInteger());
        } else {
            (*row)[i] = v.toString();
        }
    }
    return true;
}

} // namespace

EntityImporter::EntityImporter(EntityStore &store)
    : m_store(store)
{
}

Result<EntityImporter::Format> EntityImporter::detectFormat(QIODevice *device)
{
    QByteArray head = device->peek(4096);
    if (head.startsWith("\xEF\xBB\xBF"))
        head = head.mid(3);
    const QByteArray trimmed = head.trimmed();
    if (trimmed.startsWith('{'))
        return Format::JsonLines;
    const QChar separator = CsvReader::detectSeparator(QString::fromUtf8(head.left(head.indexOf('\n'))));
    const QStringList header = QString::fromUtf8(head.left(head.indexOf('\n'))).trimmed().split(separator);
    if (header == EntityRow::columnNames())
        return Format::DispatchTableCsv;
    return makeError(StoreError::Kind::InvalidInput,
                     QStringLiteral("line 1: expected a header with Dispatch's columns (%1) or JSON Lines")
                         .arg(EntityRow::columnNames().join(QLatin1Char(','))));
}

QString EntityImporter::validate(EntityRow *row) const
{
    const EntityRow &r = *row;
    // The full read (fromRow) runs only to word what is wrong with a row.
    if (!EntityCodec::isWellFormed(r)) {
        const Entity entity = EntityCodec::fromRow(r);
        if (entity.isMalformed())
            return entity.problems.join(QStringLiteral("; "));
    }
    if (!isValidEntityName(r[EntityRow::Name]))
        return QStringLiteral("invalid name '%1': names may only contain letters, numbers, underscores and dashes").arg(r[EntityRow::Name]);
    if (r[EntityRow::OrganizationId].isEmpty())
        return QStringLiteral("organization is empty");
    if (r[EntityRow::Type].isEmpty())
        return QStringLiteral("type is empty");
    const QString key = Entity::makeKey(r[EntityRow::Type], r[EntityRow::OrganizationId], r[EntityRow::Name]);
    if (r[EntityRow::Key] != key)
        return QStringLiteral("key '%1' does not match type/organization/name").arg(r[EntityRow::Key]);
    // Times in the table's text form, so text order is time order.
    (*row)[EntityRow::CreatedTime] = Timestamp::parseAny(r[EntityRow::CreatedTime]).toSqlText();
    (*row)[EntityRow::ModifiedTime] = Timestamp::parseAny(r[EntityRow::ModifiedTime]).toSqlText();
    return {};
}

VoidResult EntityImporter::runFile(const QString &path, Report *report)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(StoreError::Kind::InvalidInput, QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
    return run(&file, report);
}

VoidResult EntityImporter::run(QIODevice *device, Report *report)
{
    m_store.beginBulkLoad();
    VoidResult result = load(device, report);
    m_store.endBulkLoad();
    return result;
}

VoidResult EntityImporter::load(QIODevice *device, Report *report)
{
    *report = Report();
    Result<Format> format = detectFormat(device);
    if (!format.ok())
        return format.error();
    report->format = format.value();

    std::unique_ptr<CsvReader> csv;
    qint64 line = 0;
    if (report->format == Format::DispatchTableCsv) {
        csv = std::make_unique<CsvReader>(device, CsvReader::detectSeparator(device));
        csv->setSkipEmptyLines(true); // a trailing blank line is not a row
        QStringList header;
        csv->readRecord(&header);
    }

    // Reads the next row; false at the end. A row that cannot even be parsed is rejected.
    auto next = [&](EntityRow *row, QString *why) -> bool {
        if (csv) {
            QList<std::optional<QString>> fields;
            if (!csv->readRecord(&fields)) {
                if (csv->hasError()) {
                    line = csv->errorLine();
                    *why = csv->errorString();
                    return true;
                }
                return false;
            }
            line = csv->recordLine();
            if (fields.size() != EntityRow::ColumnCount) {
                *why = QStringLiteral("expected %1 columns, found %2").arg(EntityRow::ColumnCount).arg(fields.size());
                return true;
            }
            for (int i = 0; i < EntityRow::ColumnCount; ++i)
                (*row)[i] = fields[i] ? *fields[i] : QString();
            return true;
        }
        QByteArray text;
        do {
            if (device->atEnd())
                return false;
            text = device->readLine();
            ++line;
        } while (text.trimmed().isEmpty());
        rowFromJsonLine(text, row, why);
        return true;
    };

    if (VoidResult begun = m_store.beginTransaction(); !begun.ok())
        return begun;
    // Loading into an empty store: build the indexes once at the end instead of row by row.
    if (Result<qint64> existing = m_store.count({}); existing.ok() && existing.value() == 0) {
        if (VoidResult suspended = m_store.suspendIndexes(); !suspended.ok()) {
            m_store.rollback();
            return suspended;
        }
    }
    bool writing = true;
    StoreError failure;
    bool failed = false;
    for (;;) {
        EntityRow row;
        QString why;
        if (!next(&row, &why))
            break;
        ++report->rowsRead;
        if (why.isEmpty())
            why = validate(&row);
        if (!why.isEmpty()) {
            report->rejected.append({line, why});
            if (m_onExisting == EntityStore::OnExisting::Abort)
                writing = false; // keep validating, so the report names every bad line
            if (csv && csv->hasError())
                break;
            continue;
        }
        if (writing) {
            Result<bool> put = m_store.putRow(row, m_onExisting);
            if (!put.ok()) {
                if (put.error().kind == StoreError::Kind::UniqueViolation) {
                    report->rejected.append({line, QStringLiteral("an entity with key '%1' exists").arg(row[EntityRow::Key])});
                    writing = false;
                    continue;
                }
                failure = put.error();
                failed = true;
                break;
            }
            put.value() ? ++report->written : ++report->skippedExisting;
        }
        if (m_progress && report->rowsRead % progressEveryRows == 0 && !m_progress(device->pos())) {
            failure = makeError(StoreError::Kind::Cancelled, QStringLiteral("import cancelled"));
            failed = true;
            break;
        }
    }
    if (!failed && !writing) {
        const RejectedRow &first = report->rejected.first();
        failure = makeError(StoreError::Kind::InvalidInput, QStringLiteral("line %1: %2").arg(first.line).arg(first.reason));
        failed = true;
    }
    if (failed) {
        m_store.rollback();
        report->written = 0;
        report->skippedExisting = 0;
        return failure;
    }
    if (VoidResult restored = m_store.restoreIndexes(); !restored.ok()) {
        m_store.rollback();
        return restored;
    }
    if (VoidResult committed = m_store.commit(); !committed.ok()) {
        m_store.rollback();
        return committed;
    }
    report->committed = true;
    return success();
}

Result<EntityImporter::Preview> EntityImporter::preview(QIODevice *device, int maxRows) const
{
    Preview preview;
    Result<Format> format = detectFormat(device);
    if (!format.ok())
        return format.error();
    preview.format = format.value();
    preview.hasBom = device->peek(3) == QByteArray("\xEF\xBB\xBF");
    auto add = [&](qint64 line, EntityRow row, QString problem) {
        if (problem.isEmpty())
            problem = validate(&row);
        preview.rows.append({line, row, problem});
    };
    if (preview.format == Format::DispatchTableCsv) {
        preview.separator = CsvReader::detectSeparator(device);
        CsvReader csv(device, preview.separator);
        csv.setSkipEmptyLines(true);
        QStringList header;
        csv.readRecord(&header);
        QList<std::optional<QString>> fields;
        while (csv.readRecord(&fields)) {
            if (preview.rows.size() == maxRows) {
                preview.moreRows = true;
                break;
            }
            EntityRow row;
            QString why;
            if (fields.size() != EntityRow::ColumnCount)
                why = QStringLiteral("expected %1 columns, found %2").arg(EntityRow::ColumnCount).arg(fields.size());
            else
                for (int i = 0; i < EntityRow::ColumnCount; ++i)
                    row[i] = fields[i] ? *fields[i] : QString();
            add(csv.recordLine(), row, why);
        }
        if (csv.hasError())
            preview.rows.append({csv.errorLine(), EntityRow(), csv.errorString()});
        return preview;
    }
    qint64 line = 0;
    while (!device->atEnd()) {
        const QByteArray text = device->readLine();
        ++line;
        if (text.trimmed().isEmpty())
            continue;
        if (preview.rows.size() == maxRows) {
            preview.moreRows = true;
            break;
        }
        EntityRow row;
        QString why;
        rowFromJsonLine(text, &row, &why);
        add(line, row, why);
    }
    return preview;
}
