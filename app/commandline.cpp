#include "commandline.h"

#include "clicommon.h"

#include <QBuffer>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include "csvwriter.h"
#include "defaultstore.h"
#include "entityimporter.h"
#include "entitystore.h"
#include "filtercompiler.h"
#include "filtertext.h"

namespace CommandLine {

namespace {

const QStringList subcommands{QStringLiteral("list"), QStringLiteral("get"), QStringLiteral("import"),
                              QStringLiteral("export"), QStringLiteral("set"), QStringLiteral("add"),
                              QStringLiteral("soft-delete"), QStringLiteral("delete"), QStringLiteral("mark-error")};

QString padded(const QString &text, int width)
{
    return text.leftJustified(width, QLatin1Char(' '), false) + QStringLiteral("  ");
}

} // namespace

int runList(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("List entities of one type (and one organization, or all)."));
    parser.addOptions({storeOption(),
                       {QStringLiteral("type"), tr("Entity type, e.g. Function."), QStringLiteral("type")},
                       {QStringLiteral("org"), tr("Organization; without it the list is global."), QStringLiteral("org")},
                       {QStringLiteral("sort"), tr("Sort by FIELD[:desc], tag:KEY or extra:KEY."), QStringLiteral("field")},
                       {QStringLiteral("limit"), tr("At most N entities."), QStringLiteral("n")},
                       {QStringLiteral("format"), tr("table, csv, jsonl or keys."), QStringLiteral("format"), QStringLiteral("table")}});
    parser.addOptions(filterOptions());
    int code = Success;
    if (!parse(parser, arguments, &code) || !requireValue(parser, QStringLiteral("type"), &code))
        return code;
    ListQuery query;
    query.type = parser.value(QStringLiteral("type"));
    query.organization = parser.value(QStringLiteral("org"));
    if (!readFilter(parser, &query.options.filter, &code))
        return code;
    if (parser.isSet(QStringLiteral("sort")) && !readSort(parser.value(QStringLiteral("sort")), &query.options.sort))
        return fail(tr("cannot sort by '%1'").arg(parser.value(QStringLiteral("sort"))), UsageError);
    if (parser.isSet(QStringLiteral("limit"))) {
        bool ok = false;
        query.options.limit = parser.value(QStringLiteral("limit")).toLongLong(&ok);
        if (!ok || query.options.limit < 0)
            return fail(tr("--limit takes a whole number"), UsageError);
    }
    const QString format = parser.value(QStringLiteral("format"));
    if (!QStringList{QStringLiteral("table"), QStringLiteral("csv"), QStringLiteral("jsonl"), QStringLiteral("keys")}.contains(format))
        return fail(tr("unknown format '%1' (table, csv, jsonl, keys)").arg(format), UsageError);

    auto store = openStoreFrom(parser);
    if (!store.ok())
        return failWith(store.error());
    Result<QList<Entity>> entities = store.value()->list(query);
    if (!entities.ok())
        return failWith(entities.error());

    QTextStream &o = out();
    if (format == QLatin1String("table"))
        o << padded(tr("NAME"), 32) << padded(tr("STATUS"), 12) << padded(tr("ORGANIZATION"), 16) << padded(tr("TYPE"), 14)
          << tr("MODIFIED") << '\n';
    for (const Entity &e : entities.value()) {
        if (format == QLatin1String("keys")) {
            o << e.key() << '\n';
        } else if (format == QLatin1String("jsonl")) {
            QJsonObject json = EntityCodec::toDispatchJson(e);
            o << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact)) << '\n';
        } else if (format == QLatin1String("csv")) {
            const EntityRow row = EntityCodec::toRow(e);
            QBuffer line; // one RFC 4180 record (quotes, separators and line breaks inside values)
            line.open(QIODevice::WriteOnly);
            CsvOptions csvOptions;
            csvOptions.lineEnding = "\n";
            csvOptions.quoteEmptyStrings = true;
            CsvWriter csv(&line, csvOptions);
            csv.writeRow(QStringList(row.values.cbegin(), row.values.cend()));
            csv.flush();
            o << QString::fromUtf8(line.data());
        } else {
            o << padded(e.name, 32) << padded(e.status, 12) << padded(e.organizationId, 16) << padded(e.type, 14)
              << e.modifiedTime.toRfc3339() << (e.isMalformed() ? QStringLiteral("  (malformed)") : QString()) << '\n';
        }
    }
    o.flush();
    return Success;
}

int runGet(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Print one entity as Dispatch's JSON."));
    parser.addOptions({storeOption(),
                       {QStringLiteral("type"), tr("Entity type."), QStringLiteral("type")},
                       {QStringLiteral("org"), tr("Organization."), QStringLiteral("org")},
                       {QStringLiteral("name"), tr("Entity name."), QStringLiteral("name")}});
    int code = Success;
    if (!parse(parser, arguments, &code))
        return code;
    for (const char *required : {"type", "org", "name"}) {
        if (!requireValue(parser, QLatin1String(required), &code))
            return code;
    }
    auto store = openStoreFrom(parser);
    if (!store.ok())
        return failWith(store.error());
    Result<Entity> entity = store.value()->get(parser.value(QStringLiteral("type")), parser.value(QStringLiteral("org")),
                                               parser.value(QStringLiteral("name")));
    if (!entity.ok())
        return failWith(entity.error());
    out() << QString::fromUtf8(QJsonDocument(EntityCodec::toDispatchJson(entity.value())).toJson(QJsonDocument::Indented));
    out().flush();
    return Success;
}

int runImport(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Load entities from Dispatch's table as CSV (COPY … CSV HEADER) or from JSON Lines, "
                                        "in one transaction."));
    parser.addOptions({storeOption(),
                       {QStringLiteral("on-existing"), tr("When a key exists: skip, overwrite or abort."), QStringLiteral("mode"),
                        QStringLiteral("abort")}});
    parser.addPositionalArgument(QStringLiteral("file"), tr("The file to load."));
    int code = Success;
    if (!parse(parser, arguments, &code))
        return code;
    if (parser.positionalArguments().size() != 1)
        return fail(tr("import takes exactly one file"), UsageError);
    const QString mode = parser.value(QStringLiteral("on-existing"));
    EntityStore::OnExisting onExisting = EntityStore::OnExisting::Abort;
    if (mode == QLatin1String("skip"))
        onExisting = EntityStore::OnExisting::Skip;
    else if (mode == QLatin1String("overwrite"))
        onExisting = EntityStore::OnExisting::Overwrite;
    else if (mode != QLatin1String("abort"))
        return fail(tr("--on-existing takes skip, overwrite or abort"), UsageError);

    auto store = openStoreFrom(parser);
    if (!store.ok())
        return failWith(store.error());
    EntityImporter importer(*store.value());
    importer.setOnExisting(onExisting);
    EntityImporter::Report report;
    const QString file = parser.positionalArguments().constFirst();
    const VoidResult result = importer.runFile(file, &report);
    for (const EntityImporter::RejectedRow &rejected : report.rejected)
        err() << file << ":" << rejected.line << ": " << rejected.reason << Qt::endl;
    if (!result.ok())
        return fail(tr("nothing was imported: %1").arg(result.error().message));
    err() << tr("%1 rows read, %2 written, %3 skipped as existing, %4 rejected")
                 .arg(report.rowsRead)
                 .arg(report.written)
                 .arg(report.skippedExisting)
                 .arg(report.rejected.size())
          << Qt::endl;
    return report.rejected.isEmpty() ? Success : StoreOrFilterError;
}

bool isSubcommand(const QStringList &arguments)
{
    return arguments.size() > 1 && subcommands.contains(arguments.at(1));
}

int run(const QStringList &arguments)
{
    const QString command = arguments.value(1);
    // QCommandLineParser expects the program name first.
    QStringList rest = arguments.mid(2);
    rest.prepend(arguments.value(0) + QLatin1Char(' ') + command);
    if (command == QLatin1String("list"))
        return runList(rest);
    if (command == QLatin1String("get"))
        return runGet(rest);
    if (command == QLatin1String("import"))
        return runImport(rest);
    if (command == QLatin1String("export"))
        return runExport(rest);
    if (command == QLatin1String("set"))
        return runSet(rest);
    if (command == QLatin1String("add"))
        return runAdd(rest);
    if (command == QLatin1String("soft-delete"))
        return runSoftDelete(rest);
    if (command == QLatin1String("delete"))
        return runDelete(rest);
    if (command == QLatin1String("mark-error"))
        return runMarkError(rest);
    return fail(tr("'%1' is not implemented yet").arg(command), UsageError);
}

} // namespace CommandLine
