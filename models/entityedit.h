#pragma once

#include <QJsonValue>
#include <QList>
#include <QMap>
#include <QStringList>
#include <optional>

#include "entity.h"
#include "entitystore.h"

// One edit of one entity: the entity as loaded (the base revision), the user's copy, and —
// after a save found a newer revision — the other writer's version. Nothing is written
// without the user's word, and nothing is dropped silently: on a conflict the user reloads,
// applies their changes on top of the other writer's (choosing a side where both changed
// the same field), or keeps editing.
class EntityEdit
{
public:
    explicit EntityEdit(EntityStore &store);

    // Starts editing the stored entity.
    VoidResult load(const QString &type, const QString &org, const QString &name);
    // Starts editing `base` as read (its revision is the one saves are based on).
    void begin(const Entity &base);

    const Entity &base() const { return m_base; }
    const Entity &mine() const { return m_mine; }
    void setMine(const Entity &edited);
    bool hasChanges() const;

    enum class Outcome {
        Saved,          // written; base() and mine() are the stored entity now
        Conflict,       // someone else wrote a newer revision: see theirs() and fields()
        DeletedMeanwhile, // the entity is gone: recreate() adds mine() again
        Refused,        // fields both sides changed have no side picked (see unresolvedFields())
        Failed,         // the store refused (see error())
    };
    Outcome save();

    // After a Conflict.
    bool inConflict() const { return m_theirs.has_value() || m_deletedMeanwhile; }
    bool deletedMeanwhile() const { return m_deletedMeanwhile; }
    const Entity &theirs() const { return *m_theirs; }

    struct FieldDiff
    {
        QString field; // see EntityFields: "status", "tag:env", "extra:image", …
        QJsonValue base, theirs, mine; // Undefined where the field is absent
        bool changedByThem = false;
        bool changedByMe = false;
        bool conflicting() const { return changedByThem && changedByMe && theirs != mine; }
    };
    // Every field either side changed, in field order.
    QList<FieldDiff> fields() const;
    QStringList conflictingFields() const;

    enum class Side { Mine, Theirs };
    // Which version wins a field both changed (before applyMineOnTop).
    void choose(const QString &field, Side side);
    QStringList unresolvedFields() const;

    // Drops mine: base and mine become theirs.
    void reload();
    // Mine on top of theirs, as an update against their revision. Refused while a field both
    // changed has no side picked.
    Outcome applyMineOnTop();
    // Keeps mine and the conflict as they are; the user goes on editing. A later save
    // conflicts again and shows the newest difference.
    void keepEditing() {}
    // After DeletedMeanwhile: adds mine as a new entity.
    Outcome recreate();

    const StoreError &error() const { return m_error; }

private:
    Outcome write(qint64 revision, Entity content);
    Outcome readTheirs();

    EntityStore &m_store;
    Entity m_base;
    Entity m_mine;
    std::optional<Entity> m_theirs;
    bool m_deletedMeanwhile = false;
    QMap<QString, Side> m_choices;
    StoreError m_error;
};
