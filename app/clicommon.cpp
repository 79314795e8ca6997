#include "clicommon.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include "defaultstore.h"
#include "filtercompiler.h"
#include "filtertext.h"

namespace CommandLine {

QString tr(const char *text)
{
    return QCoreApplication::translate("CommandLine", text);
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

int fail(const QString &message, ExitCode code)
{
    err() << "entitydesk: " << message << Qt::endl;
    return code;
}

int failWith(const StoreError &error)
{
    return fail(StoreError::kindName(error.kind) + QStringLiteral(": ") + error.message);
}

bool parse(QCommandLineParser &parser, const QStringList &arguments, int *exitCode)
{
    parser.addHelpOption();
    if (!parser.parse(arguments)) {
        *exitCode = fail(parser.errorText(), UsageError);
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out() << parser.helpText();
        out().flush();
        *exitCode = Success;
        return false;
    }
    return true;
}

QList<QCommandLineOption> filterOptions()
{
    return {{QStringLiteral("filter"), tr("Filter in the text language."), QStringLiteral("expr")},
            {QStringLiteral("filter-json"), tr("Filter as a JSON array of statements."), QStringLiteral("json")}};
}

QCommandLineOption storeOption()
{
    return {QStringLiteral("store"), tr("Store address (sqlite:PATH, a .sqlite file, postgres://…)."), QStringLiteral("address")};
}

Result<std::unique_ptr<EntityStore>> openStoreFrom(const QCommandLineParser &parser)
{
    const QString address = parser.value(QStringLiteral("store"));
    if (address.isEmpty())
        return DefaultStore::open();
    return openStore(address);
}

bool requireValue(const QCommandLineParser &parser, const QString &name, int *exitCode)
{
    if (parser.value(name).isEmpty()) {
        *exitCode = fail(tr("missing --%1").arg(name), UsageError);
        return false;
    }
    return true;
}

bool readFilter(const QCommandLineParser &parser, Filter *filter, int *exitCode)
{
    if (parser.isSet(QStringLiteral("filter")) && parser.isSet(QStringLiteral("filter-json"))) {
        *exitCode = fail(tr("give --filter or --filter-json, not both"), UsageError);
        return false;
    }
    if (parser.isSet(QStringLiteral("filter-json"))) {
        QJsonParseError jsonError;
        const QJsonDocument doc = QJsonDocument::fromJson(parser.value(QStringLiteral("filter-json")).toUtf8(), &jsonError);
        QString why;
        if (jsonError.error != QJsonParseError::NoError) {
            *exitCode = fail(tr("invalid filter: %1").arg(jsonError.errorString()));
            return false;
        }
        if (!filterFromJson(doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object()), filter, &why)) {
            *exitCode = fail(tr("invalid filter: %1").arg(why));
            return false;
        }
    } else if (parser.isSet(QStringLiteral("filter"))) {
        FilterText::ParseError parseError;
        if (!FilterText::parse(parser.value(QStringLiteral("filter")), filter, &parseError)) {
            *exitCode = fail(tr("invalid filter: %1").arg(parseError.message()));
            return false;
        }
    }
    return true;
}

bool readSort(const QString &text, SortKey *sort)
{
    QString spec = text;
    sort->descending = false;
    if (spec.endsWith(QLatin1String(":desc"), Qt::CaseInsensitive)) {
        sort->descending = true;
        spec.chop(5);
    } else if (spec.endsWith(QLatin1String(":asc"), Qt::CaseInsensitive)) {
        spec.chop(4);
    }
    sort->scope = FilterScope::Field;
    const int colon = spec.indexOf(QLatin1Char(':'));
    if (colon > 0 && scopeFromName(spec.left(colon), &sort->scope))
        spec = spec.mid(colon + 1);
    if (spec.isEmpty())
        return false;
    if (sort->scope == FilterScope::Field && FilterCompiler::columnForField(spec).isEmpty())
        return false;
    sort->subject = spec;
    return true;
}


} // namespace CommandLine
