#pragma once

#include <QString>
#include <QStringList>

// Dispatch's lifecycle statuses. Dispatch stores free text, so a text outside the nine
// known values is kept as it is and classified as Neutral.
namespace Status {

inline const QString Initialized = QStringLiteral("INITIALIZED");
inline const QString Creating = QStringLiteral("CREATING");
inline const QString Ready = QStringLiteral("READY");
inline const QString Updating = QStringLiteral("UPDATING");
inline const QString Deleting = QStringLiteral("DELETING");
inline const QString Deleted = QStringLiteral("DELETED");
inline const QString Error = QStringLiteral("ERROR");
inline const QString Missing = QStringLiteral("MISSING");
inline const QString Unknown = QStringLiteral("UNKNOWN");

// The nine statuses in lifecycle order.
QStringList all();
bool isKnown(const QString &status);

// What a status means to an operator; drives badge colour and glyph.
enum class Meaning { Healthy, InProgress, GoingAway, Faulty, FaultyMaybeTemporary, Neutral };
Meaning meaningOf(const QString &status);

// ERROR and MISSING: the "faulty only" set.
QStringList faulty();

} // namespace Status
