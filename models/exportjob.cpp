#include "exportjob.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSet>
#include <QThread>
#include <QTimeZone>

#include <algorithm>
#include <optional>
#include <utility>
#include <vector>

#include "batchqueue.h"
#include "csvwriter.h"
#include "entityrow.h"
#include "entityrowutf8.h"

namespace {

using Status = ExportJob::Outcome::Status;

constexpr qsizetype outputFlushSize = 64 * 1024;
constexpr int progressCheckRows = 256;   // look at the clock this often
constexpr qint64 progressIntervalMs = 100;
constexpr int progressEveryRows = 4096;  // and report at least this often, however fast
constexpr qsizetype batchBytes = 256 * 1024; // rows handed to the writer thread at a time
constexpr size_t queuedBatches = 8;          // batches it may lag behind (about 2 MB)

// One output column, resolved from an ExportOptions column id.
struct Column
{
    enum class Kind { Table, ExtraJson, Tag, Spec, Extra };
    Kind kind = Kind::Table;
    int index = -1; // Kind::Table: EntityRow::Column
    QString key;    // Tag, Spec, Extra
    QString header;
};

bool isTimeColumn(int index)
{
    return index == EntityRow::CreatedTime || index == EntityRow::ModifiedTime;
}

bool isJsonColumn(int index)
{
    return index == EntityRow::Spec || index == EntityRow::Reason || index == EntityRow::Tags || index == EntityRow::Value;
}

qint64 floorDiv(qint64 a, qint64 b)
{
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)));
}

// ISO 8601 in the local time zone, keeping the microseconds.
QString localIso8601(const Timestamp &t)
{
    const qint64 ms = floorDiv(t.micros(), 1000);
    const qint64 micros = t.micros() - floorDiv(t.micros(), 1000000) * 1000000;
    const QDateTime local = QDateTime::fromMSecsSinceEpoch(ms, Qt::LocalTime);
    const int offset = local.offsetFromUtc();
    const int absOffset = std::abs(offset);
    return local.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")) + QLatin1Char('.')
        + QStringLiteral("%1").arg(micros, 6, 10, QLatin1Char('0')) + (offset < 0 ? QLatin1Char('-') : QLatin1Char('+'))
        + QStringLiteral("%1:%2").arg(absOffset / 3600, 2, 10, QLatin1Char('0')).arg((absOffset / 60) % 60, 2, 10, QLatin1Char('0'));
}

// A time column's text in the asked form; text that is not a time stays as it is.
QString formatTime(const QString &stored, ExportOptions::Times times)
{
    if (stored.isNull() || times == ExportOptions::Times::AsStored)
        return stored;
    const Timestamp t = Timestamp::parseAny(stored);
    if (!t.isValid())
        return stored;
    return times == ExportOptions::Times::UtcIso8601 ? t.toRfc3339() : localIso8601(t);
}

QByteArray compactJson(const QJsonValue &value)
{
    if (value.isObject())
        return QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    if (value.isArray())
        return QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact);
    if (value.isNull() || value.isUndefined())
        return QByteArrayLiteral("null");
    const QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return wrapped.mid(1, wrapped.size() - 2);
}

// A JSON column's text, parsed; nullopt when it is not JSON.
std::optional<QJsonValue> parseJsonText(const QString &text)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray("[") + text.toUtf8() + QByteArray("]"), &error);
    if (error.error != QJsonParseError::NoError || !doc.isArray() || doc.array().size() != 1)
        return std::nullopt;
    return doc.array().at(0);
}

void appendJsonString(QByteArray *out, QStringView text)
{
    out->append('"');
    const QByteArray utf8 = text.toUtf8();
    for (const char c : utf8) {
        switch (c) {
        case '"': out->append("\\\""); break;
        case '\\': out->append("\\\\"); break;
        case '\n': out->append("\\n"); break;
        case '\r': out->append("\\r"); break;
        case '\t': out->append("\\t"); break;
        case '\b': out->append("\\b"); break;
        case '\f': out->append("\\f"); break;
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                static const char hex[] = "0123456789abcdef";
                out->append("\\u00");
                out->append(hex[(c >> 4) & 0xf]);
                out->append(hex[c & 0xf]);
            } else {
                out->append(c);
            }
        }
    }
    out->append('"');
}

// Resolves the column ids; `keys` holds the tag/spec/extra keys found by the key scan.
struct FoundKeys
{
    QSet<QString> tags, spec, extra;
};

Result<std::vector<Column>> resolveColumns(const ExportOptions &options, const FoundKeys &found)
{
    std::vector<Column> columns;
    const QStringList table = EntityRow::columnNames();
    bool extraExpanded = false;
    auto expand = [&](Column::Kind kind, const QSet<QString> &keys, const QString &prefix) {
        QStringList sorted(keys.cbegin(), keys.cend());
        std::sort(sorted.begin(), sorted.end());
        for (const QString &key : sorted)
            columns.push_back({kind, -1, key, prefix + key});
    };
    for (const QString &id : options.effectiveColumns()) {
        const int index = table.indexOf(id);
        if (id == QLatin1String("tags") && options.tagsAsColumns) {
            expand(Column::Kind::Tag, found.tags, QStringLiteral("tag:"));
        } else if (id == QLatin1String("spec") && options.specAsColumns) {
            expand(Column::Kind::Spec, found.spec, QStringLiteral("spec:"));
        } else if ((id == QLatin1String("value") || id == QLatin1String("extra")) && options.extraAsColumns) {
            if (!extraExpanded)
                expand(Column::Kind::Extra, found.extra, QStringLiteral("extra:"));
            extraExpanded = true;
        } else if (index >= 0) {
            columns.push_back({Column::Kind::Table, index, {}, id});
        } else if (id == QLatin1String("extra")) {
            columns.push_back({Column::Kind::ExtraJson, -1, {}, id});
        } else if (id.startsWith(QLatin1String("tag:")) && id.size() > 4) {
            columns.push_back({Column::Kind::Tag, -1, id.mid(4), id});
        } else if (id.startsWith(QLatin1String("spec:")) && id.size() > 5) {
            columns.push_back({Column::Kind::Spec, -1, id.mid(5), id});
        } else if (id.startsWith(QLatin1String("extra:")) && id.size() > 6) {
            columns.push_back({Column::Kind::Extra, -1, id.mid(6), id});
        } else {
            return makeError(StoreError::Kind::InvalidInput, QStringLiteral("unknown column '%1'").arg(id));
        }
    }
    if (columns.empty())
        return makeError(StoreError::Kind::InvalidInput, QStringLiteral("no columns to export"));
    return columns;
}

bool inScope(const ExportOptions &options, const EntityRow &row)
{
    return options.scope == ExportOptions::Scope::View || options.selectedKeys.contains(row[EntityRow::Key]);
}

bool inScope(const ExportOptions &options, const EntityRowUtf8 &row)
{
    return options.scope == ExportOptions::Scope::View
        || options.selectedKeys.contains(QString::fromUtf8(row[EntityRow::Key]));
}

// First pass for per-key columns: the keys the exported rows hold.
VoidResult scanKeys(EntityStore &store, const ExportOptions &options, const std::atomic<bool> *cancel, FoundKeys *found)
{
    return store.forEachRow(options.query, [&](const EntityRow &row) {
        if (cancel && cancel->load(std::memory_order_relaxed))
            return false;
        if (!inScope(options, row))
            return true;
        const Entity entity = EntityCodec::fromRow(row);
        if (options.tagsAsColumns)
            for (auto it = entity.tags.cbegin(); it != entity.tags.cend(); ++it)
                found->tags.insert(it.key());
        if (options.specAsColumns)
            for (auto it = entity.spec.cbegin(); it != entity.spec.cend(); ++it)
                found->spec.insert(it.key());
        if (options.extraAsColumns)
            for (auto it = entity.extra.constBegin(); it != entity.extra.constEnd(); ++it)
                found->extra.insert(it.key());
        return true;
    });
}

// Rows on their way to the writer thread: every column's bytes back to back.
struct Utf8Batch
{
    QByteArray bytes;
    std::vector<std::pair<qsizetype, qsizetype>> cells; // (offset, size) per column; size -1: NULL

    void reserve()
    {
        bytes.reserve(batchBytes + 64 * 1024);
        cells.reserve(4096);
    }
    void append(const EntityRowUtf8 &row)
    {
        for (int i = 0; i < EntityRow::ColumnCount; ++i) {
            if (row.isNull(i)) {
                cells.emplace_back(0, -1);
            } else {
                cells.emplace_back(bytes.size(), row[i].size());
                bytes.append(row[i]);
            }
        }
    }
    bool isFull() const { return bytes.size() >= batchBytes; }
    size_t rows() const { return cells.size() / EntityRow::ColumnCount; }
};

// Where rows go: CSV through CsvWriter, JSON Lines through a byte buffer.
class RowSink
{
public:
    RowSink(QIODevice *device, const ExportOptions &options, const std::vector<Column> &columns)
        : m_device(device), m_options(options), m_columns(columns)
    {
        if (options.format == ExportOptions::Format::Csv)
            m_csv = std::make_unique<CsvWriter>(device, options.csv);
        m_decode = options.needsDecoding();
        m_copiesBytes = m_csv && !m_decode;
        for (const Column &c : columns) {
            m_headers << c.header;
            if (c.kind != Column::Kind::Table || (isTimeColumn(c.index) && options.times != ExportOptions::Times::AsStored))
                m_copiesBytes = false;
        }
    }

    // True when every cell is a table column written as stored: rows can then be read as
    // UTF-8 bytes and copied (writeBatch) instead of going through QString.
    bool copiesBytes() const { return m_copiesBytes; }

    bool writeBatch(const Utf8Batch &batch)
    {
        const char *bytes = batch.bytes.constData();
        for (size_t row = 0; row < batch.rows(); ++row) {
            const auto *cells = batch.cells.data() + row * EntityRow::ColumnCount;
            for (const Column &c : m_columns) {
                const auto [offset, size] = cells[c.index];
                if (size < 0)
                    m_csv->addNull();
                else
                    m_csv->addUtf8Field(QByteArrayView(bytes + offset, size));
            }
            if (!m_csv->endRow())
                return false;
        }
        return true;
    }

    bool writeHeader()
    {
        if (m_csv)
            return m_csv->writeHeader(m_headers);
        return true;
    }

    bool writeRow(const EntityRow &row)
    {
        std::optional<Entity> entity;
        if (m_decode)
            entity = EntityCodec::fromRow(row);
        return m_csv ? writeCsv(row, entity) : writeJson(row, entity);
    }

    bool finish()
    {
        if (m_csv)
            return m_csv->flush();
        return flushJson();
    }

    QString errorString() const { return m_csv ? m_csv->errorString() : m_error; }
    qint64 bytesWritten() const { return m_csv ? m_csv->bytesWritten() : m_written; }

private:
    // A cell that is not a table column (needs the decoded entity).
    static std::optional<QString> derivedText(const Column &c, const EntityRow &row, const Entity &e)
    {
        switch (c.kind) {
        case Column::Kind::ExtraJson:
            if (row[EntityRow::Value].isNull())
                return std::nullopt;
            return QString::fromUtf8(compactJson(e.extra));
        case Column::Kind::Tag:
            if (!e.tags.contains(c.key))
                return std::nullopt;
            return e.tags.value(c.key);
        case Column::Kind::Spec:
            if (!e.spec.contains(c.key))
                return std::nullopt;
            return e.spec.value(c.key);
        case Column::Kind::Extra: {
            const QJsonValue v = e.extra.value(c.key);
            if (v.isUndefined())
                return std::nullopt;
            return v.isString() ? v.toString() : QString::fromUtf8(compactJson(v));
        }
        case Column::Kind::Table:
            break;
        }
        return std::nullopt;
    }

    bool writeCsv(const EntityRow &row, const std::optional<Entity> &entity)
    {
        for (const Column &c : m_columns) {
            if (c.kind == Column::Kind::Table) {
                const QString &text = row[c.index];
                if (text.isNull())
                    m_csv->addNull();
                else if (isTimeColumn(c.index) && m_options.times != ExportOptions::Times::AsStored)
                    m_csv->addField(formatTime(text, m_options.times));
                else
                    m_csv->addField(text);
            } else {
                const std::optional<QString> text = derivedText(c, row, *entity);
                text ? m_csv->addField(*text) : m_csv->addNull();
            }
        }
        return m_csv->endRow();
    }

    void appendJsonCell(const Column &c, const EntityRow &row, const std::optional<Entity> &entity)
    {
        if (c.kind == Column::Kind::Table) {
            const QString &text = row[c.index];
            if (text.isNull()) {
                m_buffer.append("null");
            } else if (isJsonColumn(c.index)) {
                // Embedded as JSON, written compactly so a round trip gives the same bytes;
                // text that is not JSON stays a string (an import then names the row).
                const std::optional<QJsonValue> value = parseJsonText(text);
                if (value)
                    m_buffer.append(compactJson(*value));
                else
                    appendJsonString(&m_buffer, text);
            } else if (c.index == EntityRow::Revision || c.index == EntityRow::Version) {
                bool ok = false;
                const qint64 n = text.toLongLong(&ok);
                if (ok)
                    m_buffer.append(QByteArray::number(n));
                else
                    appendJsonString(&m_buffer, text);
            } else if (isTimeColumn(c.index)) {
                appendJsonString(&m_buffer, formatTime(text, m_options.times));
            } else {
                appendJsonString(&m_buffer, text);
            }
            return;
        }
        const Entity &e = *entity;
        if (c.kind == Column::Kind::ExtraJson) {
            m_buffer.append(row[EntityRow::Value].isNull() ? QByteArrayLiteral("null") : compactJson(e.extra));
        } else if (c.kind == Column::Kind::Extra) {
            const QJsonValue v = e.extra.value(c.key);
            m_buffer.append(compactJson(v.isUndefined() ? QJsonValue() : v));
        } else {
            const std::optional<QString> text = derivedText(c, row, e);
            if (text)
                appendJsonString(&m_buffer, *text);
            else
                m_buffer.append("null");
        }
    }

    bool writeJson(const EntityRow &row, const std::optional<Entity> &entity)
    {
        if (!m_error.isNull())
            return false;
        m_buffer.append('{');
        bool first = true;
        for (const Column &c : m_columns) {
            if (!first)
                m_buffer.append(',');
            first = false;
            appendJsonString(&m_buffer, c.header);
            m_buffer.append(':');
            appendJsonCell(c, row, entity);
        }
        m_buffer.append("}\n");
        return m_buffer.size() < outputFlushSize || flushJson();
    }

    bool flushJson()
    {
        if (!m_error.isNull())
            return false;
        if (m_buffer.isEmpty())
            return true;
        const qint64 n = m_device->write(m_buffer);
        if (n != m_buffer.size()) {
            m_error = m_device->errorString();
            if (m_error.isEmpty())
                m_error = QStringLiteral("write failed");
            return false;
        }
        m_written += n;
        m_buffer.clear();
        return true;
    }

    QIODevice *m_device;
    const ExportOptions &m_options;
    const std::vector<Column> &m_columns;
    std::unique_ptr<CsvWriter> m_csv;
    QStringList m_headers;
    bool m_decode = false;
    bool m_copiesBytes = false;
    QByteArray m_buffer;
    qint64 m_written = 0;
    QString m_error;
};

} // namespace

ExportJob::ExportJob(const EntityStore *source, ExportOptions options, QString path, QObject *parent)
    : QObject(parent)
    , m_source(source)
    , m_options(std::move(options))
    , m_path(std::move(path))
{
}

ExportJob::~ExportJob()
{
    // A job deleted while its thread runs would be used after free: stop and wait.
    if (m_worker) {
        cancel();
        m_worker->wait();
    }
}

Result<QStringList> ExportJob::headersFor(EntityStore &store, const ExportOptions &options)
{
    FoundKeys found;
    if (options.needsKeyScan()) {
        if (VoidResult scanned = scanKeys(store, options, nullptr, &found); !scanned.ok())
            return scanned.error();
    }
    Result<std::vector<Column>> columns = resolveColumns(options, found);
    if (!columns.ok())
        return columns.error();
    QStringList headers;
    for (const Column &c : columns.value())
        headers << c.header;
    return headers;
}

ExportJob::Outcome ExportJob::write(EntityStore &store, QIODevice *device)
{
    QElapsedTimer clock;
    clock.start();
    Outcome outcome;
    outcome.path = m_path;
    auto fail = [&](Status status, const QString &detail) {
        outcome.status = status;
        outcome.detail = detail;
        outcome.seconds = clock.elapsed() / 1000.0;
        return outcome;
    };
    const ExportOptions &options = m_options;
    if (options.format == ExportOptions::Format::Csv
        && (options.csv.separator == u'"' || options.csv.separator == u'\r' || options.csv.separator == u'\n'))
        return fail(Status::InvalidOptions, QStringLiteral("the separator cannot be a quote or a line break"));

    qint64 total = 0;
    if (options.scope == ExportOptions::Scope::Selection) {
        total = options.selectedKeys.size();
    } else {
        Result<qint64> counted = store.count(options.query);
        if (!counted.ok())
            return fail(Status::StoreFailed, counted.error().message);
        total = std::max<qint64>(0, counted.value() - std::max<qint64>(0, options.query.options.offset));
        if (options.query.options.limit >= 0)
            total = std::min(total, options.query.options.limit);
    }

    FoundKeys found;
    if (options.needsKeyScan()) {
        const VoidResult scanned = scanKeys(store, options, &m_cancel, &found);
        if (!scanned.ok())
            return fail(m_cancel.load() ? Status::Cancelled : Status::StoreFailed, scanned.error().message);
    }
    Result<std::vector<Column>> columns = resolveColumns(options, found);
    if (!columns.ok())
        return fail(Status::InvalidOptions, columns.error().message);

    RowSink sink(device, options, columns.value());
    if (!sink.writeHeader())
        return fail(Status::FileFailed, sink.errorString());

    qint64 done = 0;
    qint64 lastEmitMs = 0;
    bool writeFailed = false;
    auto report = [&] {
        const double seconds = clock.elapsed() / 1000.0;
        const double rate = seconds > 0 ? done / seconds : 0;
        const double left = rate > 0 ? std::max<qint64>(0, total - done) / rate : -1;
        emit progress(done, total, rate, left);
    };
    emit progress(0, total, 0, -1);
    const auto writeOne = [&](const auto &row, auto writeRow) {
        if (m_cancel.load(std::memory_order_relaxed))
            return false;
        if (!inScope(options, row))
            return true;
        if (!writeRow(row)) {
            writeFailed = true;
            return false;
        }
        ++done;
        if (done % progressCheckRows == 0
            && (done % progressEveryRows == 0 || clock.elapsed() - lastEmitMs >= progressIntervalMs)) {
            lastEmitMs = clock.elapsed();
            report();
        }
        return true;
    };
    VoidResult streamed = success();
    if (sink.copiesBytes() && store.readsUtf8Natively()) {
        // Two threads: this one reads rows (the store belongs to it), a writer encodes them and
        // writes the file. Rows go over as the bytes of a batch, copied once: handing over the
        // row's own buffers would free them in the other thread, which costs more than the copy.
        BatchQueue<Utf8Batch> queue(queuedBatches);
        bool writerFailed = false; // set by the writer, read after it has finished
        std::unique_ptr<QThread> writer(QThread::create([&] {
            Utf8Batch batch;
            while (queue.pop(&batch)) {
                if (!sink.writeBatch(batch)) {
                    writerFailed = true;
                    queue.stop();
                    return;
                }
            }
        }));
        writer->setObjectName(QStringLiteral("export writer"));
        writer->start();
        Utf8Batch batch;
        batch.reserve();
        streamed = store.forEachRowUtf8(options.query, [&](const EntityRowUtf8 &row) {
            return writeOne(row, [&](const EntityRowUtf8 &r) {
                batch.append(r);
                if (!batch.isFull())
                    return true;
                Utf8Batch full = std::exchange(batch, Utf8Batch());
                batch.reserve();
                return queue.push(std::move(full));
            });
        });
        if (batch.rows() > 0 && !writeFailed)
            queue.push(std::move(batch));
        queue.close();
        writer->wait();
        writeFailed = writeFailed || writerFailed;
    } else {
        streamed = store.forEachRow(options.query, [&](const EntityRow &row) {
            return writeOne(row, [&](const EntityRow &r) { return sink.writeRow(r); });
        });
    }
    outcome.rows = done;
    if (writeFailed)
        return fail(Status::FileFailed, sink.errorString());
    if (!streamed.ok())
        return fail(m_cancel.load() ? Status::Cancelled : Status::StoreFailed, streamed.error().message);
    if (m_cancel.load())
        return fail(Status::Cancelled, QStringLiteral("cancelled"));
    if (!sink.finish())
        return fail(Status::FileFailed, sink.errorString());
    outcome.bytes = sink.bytesWritten();
    outcome.seconds = clock.elapsed() / 1000.0;
    report();
    return outcome;
}

ExportJob::Outcome ExportJob::exportTo(EntityStore &store, QIODevice *device)
{
    m_outcome = write(store, device);
    return m_outcome;
}

ExportJob::Outcome ExportJob::exportTo(EntityStore &store)
{
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly)) {
        m_outcome = Outcome{Status::FileFailed, file.errorString(), m_path};
        return m_outcome;
    }
    Outcome outcome = write(store, &file);
    if (outcome.ok() && !file.commit()) {
        outcome.status = Status::FileFailed;
        outcome.detail = file.errorString();
    } else if (!outcome.ok()) {
        file.cancelWriting(); // the temporary file goes; whatever was at the path stays
    }
    m_outcome = outcome;
    return m_outcome;
}

void ExportJob::start()
{
    Q_ASSERT(!parent());
    m_cancel.store(false);
    m_home = thread();
    auto *worker = new QThread;
    worker->setObjectName(QStringLiteral("export"));
    m_worker = worker;
    moveToThread(worker);
    connect(worker, &QThread::started, this, &ExportJob::runInWorker);
    connect(worker, &QThread::finished, worker, &QObject::deleteLater);
    worker->start();
}

void ExportJob::runInWorker()
{
    {
        Result<std::unique_ptr<EntityStore>> store = m_source->clone();
        if (!store.ok())
            m_outcome = Outcome{Status::StoreFailed, store.error().message, m_path};
        else
            exportTo(*store.value());
    } // the clone's connection closes in the thread that opened it
    QThread *worker = thread();
    moveToThread(m_home);
    worker->quit();
    emit finished();
}
