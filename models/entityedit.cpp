#include "entityedit.h"

#include "entityfields.h"

EntityEdit::EntityEdit(EntityStore &store) : m_store(store) {}

VoidResult EntityEdit::load(const QString &type, const QString &org, const QString &name)
{
    Result<Entity> entity = m_store.get(type, org, name);
    if (!entity.ok())
        return entity.error();
    begin(entity.value());
    return success();
}

void EntityEdit::begin(const Entity &base)
{
    m_base = base;
    m_mine = base;
    m_theirs.reset();
    m_deletedMeanwhile = false;
    m_choices.clear();
}

void EntityEdit::setMine(const Entity &edited)
{
    // The key and identity are the base's: an edit changes content only.
    m_mine = EntityFields::withContent(m_base, edited);
}

bool EntityEdit::hasChanges() const
{
    return !EntityFields::changedFields(m_base, m_mine).isEmpty();
}

EntityEdit::Outcome EntityEdit::write(qint64 revision, Entity content)
{
    Result<qint64> written = m_store.update(revision, content);
    if (written.ok()) {
        begin(content);
        return Outcome::Saved;
    }
    m_error = written.error();
    if (m_error.kind == StoreError::Kind::Conflict)
        return readTheirs();
    return Outcome::Failed;
}

EntityEdit::Outcome EntityEdit::readTheirs()
{
    Result<std::optional<Entity>> current = m_store.find(m_base.type, m_base.organizationId, m_base.name);
    if (!current.ok()) {
        m_error = current.error();
        return Outcome::Failed;
    }
    m_choices.clear();
    if (!current.value()) {
        m_theirs.reset();
        m_deletedMeanwhile = true;
        return Outcome::DeletedMeanwhile;
    }
    m_theirs = *current.value();
    m_deletedMeanwhile = false;
    return Outcome::Conflict;
}

EntityEdit::Outcome EntityEdit::save()
{
    if (m_deletedMeanwhile)
        return Outcome::DeletedMeanwhile;
    // Against the revision the user started from; a newer one is a conflict.
    return write(m_base.revision, m_mine);
}

QList<EntityEdit::FieldDiff> EntityEdit::fields() const
{
    QList<FieldDiff> diffs;
    const Entity theirs = m_theirs ? *m_theirs : m_base;
    const QStringList byThem = EntityFields::changedFields(m_base, theirs);
    const QStringList byMe = EntityFields::changedFields(m_base, m_mine);
    QStringList all = byThem + byMe;
    all.removeDuplicates();
    std::sort(all.begin(), all.end());
    const EntityFields::FieldMap b = EntityFields::flatten(m_base);
    const EntityFields::FieldMap t = EntityFields::flatten(theirs);
    const EntityFields::FieldMap m = EntityFields::flatten(m_mine);
    const QJsonValue absent(QJsonValue::Undefined);
    for (const QString &field : all) {
        FieldDiff d;
        d.field = field;
        d.base = b.value(field, absent);
        d.theirs = t.value(field, absent);
        d.mine = m.value(field, absent);
        d.changedByThem = byThem.contains(field);
        d.changedByMe = byMe.contains(field);
        diffs << d;
    }
    return diffs;
}

QStringList EntityEdit::conflictingFields() const
{
    QStringList out;
    for (const FieldDiff &d : fields()) {
        if (d.conflicting())
            out << d.field;
    }
    return out;
}

void EntityEdit::choose(const QString &field, Side side)
{
    m_choices.insert(field, side);
}

QStringList EntityEdit::unresolvedFields() const
{
    QStringList out;
    for (const QString &field : conflictingFields()) {
        if (!m_choices.contains(field))
            out << field;
    }
    return out;
}

void EntityEdit::reload()
{
    if (m_theirs)
        begin(*m_theirs);
}

EntityEdit::Outcome EntityEdit::applyMineOnTop()
{
    if (!m_theirs)
        return m_deletedMeanwhile ? Outcome::DeletedMeanwhile : save();
    if (!unresolvedFields().isEmpty())
        return Outcome::Refused;
    QStringList take;
    for (const FieldDiff &d : fields()) {
        if (!d.changedByMe)
            continue;
        if (d.conflicting() && m_choices.value(d.field) == Side::Theirs)
            continue;
        take << d.field;
    }
    const Entity theirs = *m_theirs;
    const Entity content = EntityFields::merged(theirs, m_mine, take);
    // Their revision becomes the base: a third writer in between is a new conflict.
    m_base = theirs;
    m_mine = content;
    m_theirs.reset();
    m_choices.clear();
    return write(theirs.revision, content);
}

EntityEdit::Outcome EntityEdit::recreate()
{
    Entity fresh = m_mine;
    fresh.id.clear();
    fresh.revision = 0;
    Result<QString> added = m_store.add(fresh);
    if (!added.ok()) {
        m_error = added.error();
        return Outcome::Failed;
    }
    begin(fresh);
    return Outcome::Saved;
}
