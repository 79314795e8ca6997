#include "entity.h"

bool Entity::sameContent(const Entity &o) const
{
    return id == o.id && name == o.name && organizationId == o.organizationId && type == o.type
        && createdTime == o.createdTime && modifiedTime == o.modifiedTime && revision == o.revision
        && version == o.version && spec == o.spec && specIsNull == o.specIsNull && status == o.status
        && reason == o.reason && reasonIsNull == o.reasonIsNull && tags == o.tags
        && tagsIsNull == o.tagsIsNull && deleted == o.deleted && extra == o.extra;
}
