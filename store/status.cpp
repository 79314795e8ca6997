#include "status.h"

namespace Status {

QStringList all()
{
    // Built once: isKnown() runs for every row an import or a list reads.
    static const QStringList statuses{Initialized, Creating, Ready, Updating, Deleting, Deleted, Error, Missing, Unknown};
    return statuses;
}

bool isKnown(const QString &status)
{
    return all().contains(status);
}

Meaning meaningOf(const QString &status)
{
    if (status == Ready)
        return Meaning::Healthy;
    if (status == Creating || status == Updating || status == Initialized)
        return Meaning::InProgress;
    if (status == Deleting || status == Deleted)
        return Meaning::GoingAway;
    if (status == Error)
        return Meaning::Faulty;
    if (status == Missing)
        return Meaning::FaultyMaybeTemporary;
    return Meaning::Neutral;
}

QStringList faulty()
{
    return {Error, Missing};
}

} // namespace Status
