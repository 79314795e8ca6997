#include "clicommon.h"

#include <QCommandLineParser>
#include <QFile>

#include <cstdio>
#include <unistd.h>

#include "exportjob.h"

namespace CommandLine {

namespace {

// "tab", "comma", "semicolon", "\t", or one character.
bool readSeparator(const QString &text, QChar *separator)
{
    if (text == QLatin1String("tab") || text == QLatin1String("\\t"))
        *separator = u'\t';
    else if (text == QLatin1String("comma"))
        *separator = u',';
    else if (text == QLatin1String("semicolon"))
        *separator = u';';
    else if (text == QLatin1String("pipe"))
        *separator = u'|';
    else if (text.size() == 1)
        *separator = text.at(0);
    else
        return false;
    return *separator != u'"' && *separator != u'\r' && *separator != u'\n';
}

QString durationText(double seconds)
{
    if (seconds < 0)
        return QStringLiteral("?");
    const qint64 s = qRound64(seconds);
    return QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

int runExport(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Write a list of entities to CSV or JSON Lines. Without --columns every column of Dispatch's table is "
           "written in its order (the shape of Dispatch's COPY … CSV HEADER), which `entitydesk import` reads back."));
    parser.addOptions({storeOption(),
                       {QStringLiteral("type"), tr("Entity type; without it every type."), QStringLiteral("type")},
                       {QStringLiteral("org"), tr("Organization; without it every organization."), QStringLiteral("org")},
                       {QStringLiteral("sort"), tr("Sort by FIELD[:desc], tag:KEY or extra:KEY."), QStringLiteral("field")},
                       {QStringLiteral("columns"),
                        tr("Comma-separated columns: the table's (key, id, name, …, value), extra, tag:KEY, spec:KEY, extra:KEY."),
                        QStringLiteral("c1,c2,…")},
                       {QStringLiteral("format"), tr("csv or jsonl."), QStringLiteral("format"), QStringLiteral("csv")},
                       {QStringLiteral("separator"), tr("CSV separator: one character, tab, comma, semicolon or pipe."),
                        QStringLiteral("c"), QStringLiteral(",")},
                       {QStringLiteral("bom"), tr("Start the CSV with a UTF-8 byte order mark (for Excel).")},
                       {QStringLiteral("no-header"), tr("No header row.")},
                       {QStringLiteral("quote-all"), tr("Quote every CSV value, not only those that need it.")},
                       {QStringLiteral("lf"), tr("End CSV lines with LF instead of CRLF.")},
                       {QStringLiteral("times"), tr("Times as stored, utc (ISO 8601) or local."), QStringLiteral("form"),
                        QStringLiteral("stored")},
                       {QStringLiteral("tags-as-columns"), tr("One tag:KEY column per tag key instead of the tags JSON.")},
                       {QStringLiteral("spec-as-columns"), tr("One spec:KEY column per spec key instead of the spec JSON.")},
                       {QStringLiteral("extra-as-columns"), tr("One extra:KEY column per extra field instead of JSON.")},
                       {QStringLiteral("spreadsheet-safe"),
                        tr("Prefix values starting with = + - @ so a spreadsheet shows them as text.")},
                       {QStringLiteral("out"), tr("The file to write, or - for standard output."), QStringLiteral("file")}});
    parser.addOptions(filterOptions());
    int code = Success;
    if (!parse(parser, arguments, &code) || !requireValue(parser, QStringLiteral("out"), &code))
        return code;
    if (!parser.positionalArguments().isEmpty())
        return fail(tr("export takes no file argument; use --out"), UsageError);

    ExportOptions options;
    options.query.type = parser.value(QStringLiteral("type"));
    options.query.organization = parser.value(QStringLiteral("org"));
    if (!readFilter(parser, &options.query.options.filter, &code))
        return code;
    if (parser.isSet(QStringLiteral("sort")) && !readSort(parser.value(QStringLiteral("sort")), &options.query.options.sort))
        return fail(tr("cannot sort by '%1'").arg(parser.value(QStringLiteral("sort"))), UsageError);
    if (parser.isSet(QStringLiteral("columns"))) {
        for (const QString &column : parser.value(QStringLiteral("columns")).split(QLatin1Char(','))) {
            const QString id = column.trimmed();
            if (!ExportOptions::isKnownColumn(id))
                return fail(tr("unknown column '%1' (the table's columns, extra, tag:KEY, spec:KEY, extra:KEY)").arg(id), UsageError);
            options.columns << id;
        }
    }
    const QString format = parser.value(QStringLiteral("format"));
    if (format == QLatin1String("jsonl"))
        options.format = ExportOptions::Format::JsonLines;
    else if (format != QLatin1String("csv"))
        return fail(tr("unknown format '%1' (csv, jsonl)").arg(format), UsageError);
    if (!readSeparator(parser.value(QStringLiteral("separator")), &options.csv.separator))
        return fail(tr("--separator takes one character (not a quote or line break), tab, comma, semicolon or pipe"), UsageError);
    options.csv.bom = parser.isSet(QStringLiteral("bom"));
    options.csv.header = !parser.isSet(QStringLiteral("no-header"));
    if (parser.isSet(QStringLiteral("quote-all")))
        options.csv.quoting = CsvOptions::Quoting::All;
    if (parser.isSet(QStringLiteral("lf")))
        options.csv.lineEnding = "\n";
    options.csv.spreadsheetSafe = parser.isSet(QStringLiteral("spreadsheet-safe"));
    const QString times = parser.value(QStringLiteral("times"));
    if (times == QLatin1String("utc"))
        options.times = ExportOptions::Times::UtcIso8601;
    else if (times == QLatin1String("local"))
        options.times = ExportOptions::Times::Local;
    else if (times != QLatin1String("stored"))
        return fail(tr("--times takes stored, utc or local"), UsageError);
    options.tagsAsColumns = parser.isSet(QStringLiteral("tags-as-columns"));
    options.specAsColumns = parser.isSet(QStringLiteral("spec-as-columns"));
    options.extraAsColumns = parser.isSet(QStringLiteral("extra-as-columns"));

    auto store = openStoreFrom(parser);
    if (!store.ok())
        return failWith(store.error());

    const QString path = parser.value(QStringLiteral("out"));
    const bool toStdout = path == QLatin1String("-");
    ExportJob job(store.value().get(), options, toStdout ? tr("standard output") : path);
    const bool showProgress = isatty(fileno(stderr));
    if (showProgress) {
        QObject::connect(&job, &ExportJob::progress, [](qint64 done, qint64 total, double rate, double left) {
            err() << '\r' << tr("%1 of %2 rows, %3 rows/s, %4 left").arg(done).arg(total).arg(qRound64(rate)).arg(durationText(left))
                  << "   ";
            err().flush();
        });
    }
    ExportJob::Outcome outcome;
    if (toStdout) {
        out().flush();
        QFile standardOutput;
        if (!standardOutput.open(stdout, QIODevice::WriteOnly))
            return fail(tr("cannot write to standard output: %1").arg(standardOutput.errorString()));
        outcome = job.exportTo(*store.value(), &standardOutput);
        standardOutput.flush();
    } else {
        outcome = job.exportTo(*store.value());
    }
    if (showProgress)
        err() << Qt::endl;
    switch (outcome.status) {
    case ExportJob::Outcome::Status::Succeeded:
        break;
    case ExportJob::Outcome::Status::FileFailed:
        return fail(tr("cannot write %1: %2 (nothing was written)").arg(outcome.path, outcome.detail));
    case ExportJob::Outcome::Status::InvalidOptions:
        return fail(tr("cannot export: %1").arg(outcome.detail), UsageError);
    case ExportJob::Outcome::Status::StoreFailed:
    case ExportJob::Outcome::Status::Cancelled:
        return fail(tr("export failed, nothing was written: %1").arg(outcome.detail));
    }
    if (showProgress)
        err() << tr("%1 rows written to %2 in %3 s").arg(outcome.rows).arg(outcome.path).arg(outcome.seconds, 0, 'f', 1) << Qt::endl;
    return Success;
}

} // namespace CommandLine
