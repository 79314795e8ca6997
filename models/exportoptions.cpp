#include "exportoptions.h"

#include "entityrow.h"

CsvOptions ExportOptions::defaultCsv()
{
    CsvOptions options;
    options.quoteEmptyStrings = true;
    return options;
}

QStringList ExportOptions::tableColumns()
{
    return EntityRow::columnNames();
}

bool ExportOptions::isKnownColumn(const QString &id)
{
    if (id == QLatin1String("extra") || tableColumns().contains(id))
        return true;
    for (const QLatin1String prefix : {QLatin1String("tag:"), QLatin1String("spec:"), QLatin1String("extra:")}) {
        if (id.startsWith(prefix) && id.size() > prefix.size())
            return true;
    }
    return false;
}

bool ExportOptions::needsDecoding() const
{
    if (times == Times::Local || tagsAsColumns || specAsColumns || extraAsColumns)
        return true;
    for (const QString &id : effectiveColumns()) {
        if (id.contains(QLatin1Char(':')) || id == QLatin1String("extra"))
            return true;
    }
    return false;
}

bool ExportOptions::needsKeyScan() const
{
    const QStringList ids = effectiveColumns();
    return (tagsAsColumns && ids.contains(QLatin1String("tags"))) || (specAsColumns && ids.contains(QLatin1String("spec")))
        || (extraAsColumns && (ids.contains(QLatin1String("extra")) || ids.contains(QLatin1String("value"))));
}
