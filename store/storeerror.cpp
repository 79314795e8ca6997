#include "storeerror.h"

QString StoreError::kindName(Kind k)
{
    switch (k) {
    case Kind::UniqueViolation: return QStringLiteral("unique violation");
    case Kind::NotFound: return QStringLiteral("not found");
    case Kind::Conflict: return QStringLiteral("conflict");
    case Kind::InvalidName: return QStringLiteral("invalid name");
    case Kind::InvalidFilter: return QStringLiteral("invalid filter");
    case Kind::Backend: return QStringLiteral("backend error");
    case Kind::ReadOnly: return QStringLiteral("read-only store");
    case Kind::InvalidInput: return QStringLiteral("invalid input");
    case Kind::Cancelled: return QStringLiteral("cancelled");
    }
    return {};
}
