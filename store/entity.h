#pragma once

#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

#include "timestamp.h"

using StringMap = QMap<QString, QString>;

// One stored object, the shape of Dispatch's BaseEntity plus its type and extra fields.
// Dispatch distinguishes a nil map or list (JSON null) from an empty one; the *IsNull flags
// keep that difference so an entity reads back exactly as Dispatch wrote it.
struct Entity
{
    QString id;
    QString name;
    QString organizationId;
    QString type;
    Timestamp createdTime; // UTC, microsecond precision
    Timestamp modifiedTime;
    qint64 revision = 0;
    qint64 version = 0;
    StringMap spec; // Dispatch's JSON key: "state"
    bool specIsNull = true;
    QString status;
    QStringList reason;
    bool reasonIsNull = true;
    StringMap tags;
    bool tagsIsNull = true;
    bool deleted = false;
    QJsonObject extra; // the type's own fields, as Dispatch marshals them

    // Set on read when a row could not be read cleanly; the row is still listed.
    QStringList problems;
    bool isMalformed() const { return !problems.isEmpty(); }

    QString key() const { return makeKey(type, organizationId, name); }
    static QString makeKey(const QString &type, const QString &org, const QString &name)
    {
        return type + QLatin1Char('/') + org + QLatin1Char('/') + name;
    }

    void setTags(const StringMap &t) { tags = t; tagsIsNull = false; }
    void setSpec(const StringMap &s) { spec = s; specIsNull = false; }
    void setReason(const QStringList &r) { reason = r; reasonIsNull = false; }

    // Field-by-field equality of everything that is stored (problems are not).
    bool sameContent(const Entity &other) const;
};
