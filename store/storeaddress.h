#pragma once

#include <QString>

#include "storeerror.h"

// Where a store lives: Dispatch's BackendConfig, plus what a desktop needs.
struct BackendConfig
{
    enum class Backend { SQLite, PostgreSQL };
    Backend backend = Backend::SQLite;
    QString path;     // SQLite file
    QString host;     // PostgreSQL host name, or a socket directory (starts with '/')
    int port = 5432;
    QString database; // Dispatch's Bucket
    QString username;
    QString password;
    QString connectOptions; // libpq keys, ';'-separated (e.g. sslmode=require)
    bool readOnly = false;

    // A display form without the password, for titles and recent menus.
    QString displayName() const;
    // The address form (postgres://user@host:port/db?…, or sqlite:PATH), without the password.
    QString toAddress() const;
};

// `sqlite:PATH`, a path to a .sqlite/.db file, `postgres://USER:PASS@HOST:PORT/DB` (also
// `postgresql://`, with libpq query parameters such as sslmode, and `host=` for a socket dir).
Result<BackendConfig> parseStoreAddress(const QString &address);
