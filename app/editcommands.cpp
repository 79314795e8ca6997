// The editing subcommands: set, add, soft-delete, delete, mark-error. Every write goes against
// a revision: the one given with --revision (a stale one is a conflict), or the one just read.
#include "clicommon.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include "defaultstore.h"
#include "entitystore.h"
#include "status.h"

namespace CommandLine {

namespace {

QCommandLineOption readOnlyOption()
{
    return {QStringLiteral("read-only"), tr("Open the store read-only: every write is refused.")};
}

QList<QCommandLineOption> keyOptions()
{
    return {storeOption(),
            readOnlyOption(),
            {QStringLiteral("type"), tr("Entity type."), QStringLiteral("type")},
            {QStringLiteral("org"), tr("Organization."), QStringLiteral("org")},
            {QStringLiteral("name"), tr("Entity name."), QStringLiteral("name")},
            {QStringLiteral("revision"), tr("The revision the change is based on; a newer stored revision is a conflict."),
             QStringLiteral("revision")}};
}

// Like openStoreFrom, honouring --read-only.
Result<std::unique_ptr<EntityStore>> openForEditing(const QCommandLineParser &parser)
{
    if (!parser.isSet(QStringLiteral("read-only")))
        return openStoreFrom(parser);
    QString address = parser.value(QStringLiteral("store"));
    if (address.isEmpty())
        address = DefaultStore::path();
    Result<BackendConfig> config = parseStoreAddress(address);
    if (!config.ok())
        return config.error();
    config.value().readOnly = true;
    return openStore(config.value());
}

int conflictMessage(const Entity &entity, qint64 basedOn, qint64 current)
{
    return fail(tr("conflict: %1 was changed by someone else; it is at revision %2, not %3 (read it again with 'get')")
                    .arg(entity.key())
                    .arg(current)
                    .arg(basedOn));
}

int reportWriteError(const Entity &entity, qint64 basedOn, const StoreError &error)
{
    if (error.kind == StoreError::Kind::Conflict && error.currentRevision >= 0)
        return conflictMessage(entity, basedOn, error.currentRevision);
    if (error.kind == StoreError::Kind::Conflict)
        return fail(tr("conflict: %1 was deleted by someone else").arg(entity.key()));
    return failWith(error);
}

// What every keyed command does first: parse, check the key, open, read the entity and the
// revision the change is based on.
struct Target
{
    std::unique_ptr<EntityStore> store;
    Entity entity;
    qint64 basedOn = 0;
};

// The parser has parsed the arguments already.
bool loadTarget(const QCommandLineParser &parser, Target *target, int *code)
{
    for (const char *required : {"type", "org", "name"}) {
        if (!requireValue(parser, QLatin1String(required), code))
            return false;
    }
    bool revisionGiven = parser.isSet(QStringLiteral("revision"));
    if (revisionGiven) {
        bool ok = false;
        target->basedOn = parser.value(QStringLiteral("revision")).toLongLong(&ok);
        if (!ok || target->basedOn < 0) {
            *code = fail(tr("--revision takes a whole number"), UsageError);
            return false;
        }
    }
    auto store = openForEditing(parser);
    if (!store.ok()) {
        *code = failWith(store.error());
        return false;
    }
    target->store = store.takeValue();
    Result<Entity> entity = target->store->get(parser.value(QStringLiteral("type")), parser.value(QStringLiteral("org")),
                                               parser.value(QStringLiteral("name")));
    if (!entity.ok()) {
        *code = failWith(entity.error());
        return false;
    }
    target->entity = entity.takeValue();
    if (!revisionGiven)
        target->basedOn = target->entity.revision;
    else if (target->entity.revision != target->basedOn) {
        *code = conflictMessage(target->entity, target->basedOn, target->entity.revision);
        return false;
    }
    return true;
}

int reportWritten(const Entity &entity, qint64 revision)
{
    out() << tr("%1: revision %2").arg(entity.key()).arg(revision) << '\n';
    out().flush();
    return Success;
}

// k=v, split at the first '='.
bool splitPair(const QString &text, QString *key, QString *value)
{
    const int eq = text.indexOf(QLatin1Char('='));
    if (eq <= 0)
        return false;
    *key = text.left(eq);
    *value = text.mid(eq + 1);
    return true;
}

} // namespace

int runSet(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Change one entity's status, tags, spec or reasons (Dispatch's update)."));
    parser.addOptions(keyOptions());
    parser.addOptions({{QStringLiteral("status"), tr("New status, e.g. READY."), QStringLiteral("status")},
                       {QStringLiteral("tag"), tr("Set tag KEY to VALUE (repeatable)."), QStringLiteral("key=value")},
                       {QStringLiteral("untag"), tr("Remove tag KEY (repeatable)."), QStringLiteral("key")},
                       {QStringLiteral("spec"), tr("Set spec KEY to VALUE (repeatable)."), QStringLiteral("key=value")},
                       {QStringLiteral("reason"), tr("The reasons, replacing the stored list (repeatable)."),
                        QStringLiteral("text")}});
    Target target;
    int code = Success;
    if (!parse(parser, arguments, &code))
        return code;
    StringMap tagsToSet, specToSet;
    for (const QString &name : {QStringLiteral("tag"), QStringLiteral("spec")}) {
        for (const QString &pair : parser.values(name)) {
            QString key, value;
            if (!splitPair(pair, &key, &value))
                return fail(tr("--%1 takes KEY=VALUE with a non-empty key, not '%2'").arg(name, pair), UsageError);
            (name == QLatin1String("tag") ? tagsToSet : specToSet).insert(key, value);
        }
    }
    const bool anyChange = parser.isSet(QStringLiteral("status")) || !tagsToSet.isEmpty() || !specToSet.isEmpty()
        || parser.isSet(QStringLiteral("untag")) || parser.isSet(QStringLiteral("reason"));
    if (!anyChange)
        return fail(tr("nothing to change: give --status, --tag, --untag, --spec or --reason"), UsageError);
    const QString status = parser.value(QStringLiteral("status")).toUpper();
    if (parser.isSet(QStringLiteral("status")) && !Status::isKnown(status))
        return fail(tr("unknown status '%1'; use one of %2").arg(parser.value(QStringLiteral("status")), Status::all().join(QStringLiteral(", "))),
                    UsageError);
    if (!loadTarget(parser, &target, &code))
        return code;

    Entity changed = target.entity;
    if (parser.isSet(QStringLiteral("status")))
        changed.status = status;
    if (!tagsToSet.isEmpty() || parser.isSet(QStringLiteral("untag"))) {
        StringMap tags = changed.tags;
        for (auto it = tagsToSet.cbegin(); it != tagsToSet.cend(); ++it)
            tags.insert(it.key(), it.value());
        for (const QString &key : parser.values(QStringLiteral("untag")))
            tags.remove(key);
        changed.setTags(tags);
    }
    if (!specToSet.isEmpty()) {
        StringMap spec = changed.spec;
        for (auto it = specToSet.cbegin(); it != specToSet.cend(); ++it)
            spec.insert(it.key(), it.value());
        changed.setSpec(spec);
    }
    if (parser.isSet(QStringLiteral("reason")))
        changed.setReason(parser.values(QStringLiteral("reason")));

    Result<qint64> written = target.store->update(target.basedOn, changed);
    if (!written.ok())
        return reportWriteError(target.entity, target.basedOn, written.error());
    return reportWritten(changed, written.value());
}

int runAdd(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Add one entity, given as Dispatch's JSON in FILE or on standard input."));
    parser.addOptions({storeOption(), readOnlyOption(), {QStringLiteral("type"), tr("Entity type."), QStringLiteral("type")}});
    parser.addPositionalArgument(QStringLiteral("file"), tr("The JSON file; standard input without it."), QStringLiteral("[file]"));
    int code = Success;
    if (!parse(parser, arguments, &code) || !requireValue(parser, QStringLiteral("type"), &code))
        return code;
    if (parser.positionalArguments().size() > 1)
        return fail(tr("add takes at most one file"), UsageError);

    QFile file;
    const QString fileName = parser.positionalArguments().value(0);
    bool opened = false;
    if (fileName.isEmpty() || fileName == QLatin1String("-")) {
        opened = file.open(stdin, QIODevice::ReadOnly);
    } else {
        file.setFileName(fileName);
        opened = file.open(QIODevice::ReadOnly);
    }
    if (!opened)
        return fail(tr("cannot read %1: %2").arg(fileName.isEmpty() ? tr("standard input") : fileName, file.errorString()));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(tr("not valid JSON at offset %1: %2").arg(parseError.offset).arg(parseError.errorString()));
    if (!doc.isObject())
        return fail(tr("the entity must be one JSON object"));
    Result<Entity> entity = EntityCodec::fromDispatchJson(doc.object(), parser.value(QStringLiteral("type")));
    if (!entity.ok())
        return failWith(entity.error());

    auto store = openForEditing(parser);
    if (!store.ok())
        return failWith(store.error());
    Entity toAdd = entity.takeValue();
    Result<QString> added = store.value()->add(toAdd);
    if (!added.ok()) {
        if (added.error().kind == StoreError::Kind::UniqueViolation)
            return fail(tr("%1 already exists; nothing was written").arg(toAdd.key()));
        return failWith(added.error());
    }
    out() << QString::fromUtf8(QJsonDocument(EntityCodec::toDispatchJson(toAdd)).toJson(QJsonDocument::Indented));
    out().flush();
    return Success;
}

int runSoftDelete(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Mark one entity deleted (Dispatch's soft delete: delete = true, status DELETING)."));
    parser.addOptions(keyOptions());
    Target target;
    int code = Success;
    if (!parse(parser, arguments, &code) || !loadTarget(parser, &target, &code))
        return code;
    Entity changed = target.entity;
    changed.revision = target.basedOn;
    Result<qint64> written = target.store->softDelete(changed);
    if (!written.ok())
        return reportWriteError(target.entity, target.basedOn, written.error());
    return reportWritten(changed, written.value());
}

int runDelete(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Delete one entity permanently."));
    parser.addOptions(keyOptions());
    Target target;
    int code = Success;
    if (!parse(parser, arguments, &code) || !loadTarget(parser, &target, &code))
        return code;
    const Entity &e = target.entity;
    VoidResult removed = target.store->removeAtRevision(e.type, e.organizationId, e.name, target.basedOn);
    if (!removed.ok())
        return reportWriteError(e, target.basedOn, removed.error());
    out() << tr("%1: deleted").arg(e.key()) << '\n';
    out().flush();
    return Success;
}

int runMarkError(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Mark one entity as failed with a reason (Dispatch's update with error)."));
    parser.addOptions(keyOptions());
    parser.addOption({QStringLiteral("reason"), tr("Why the entity failed."), QStringLiteral("text")});
    int code = Success;
    if (!parse(parser, arguments, &code))
        return code;
    if (parser.value(QStringLiteral("reason")).trimmed().isEmpty())
        return fail(tr("mark-error needs --reason TEXT"), UsageError);
    Target target;
    if (!loadTarget(parser, &target, &code))
        return code;
    Entity changed = target.entity;
    changed.revision = target.basedOn;
    Result<qint64> written = target.store->updateWithError(changed, parser.value(QStringLiteral("reason")));
    if (!written.ok())
        return reportWriteError(target.entity, target.basedOn, written.error());
    return reportWritten(changed, written.value());
}

} // namespace CommandLine
