#pragma once

#include <QString>
#include <QStringList>

#include "storeerror.h"

// The stores and files the benchmark measures: N demo entities (DemoData::make(0 … N-1)) in a
// SQLite file, the same rows as a Dispatch COPY CSV, and in a PostgreSQL database loaded from
// that CSV with psql's \copy. With keep, everything lives in a cache folder named by size and
// a re-run reuses it (while DemoData generates the same entities); otherwise files go to a
// temporary folder and databases are dropped.
class BenchStores
{
public:
    // pgBase: a postgres:// address of a server where databases may be created (empty: none).
    BenchStores(QString folder, bool keep, QString pgBase);
    ~BenchStores();

    QString folder() const { return m_folder; }
    // A digest of what DemoData generates; part of every kept store's name.
    QString fingerprint() const { return m_fingerprint; }

    // The path of a SQLite file with n entities; *ms is the generation time (of the kept file
    // when *reused; -1 when unknown).
    Result<QString> sqliteStore(qint64 n, double *ms, bool *reused);
    // A Dispatch-format CSV (header, PostgreSQL's null/empty rules) of entities [0, n).
    Result<QString> csvFile(qint64 n, double *ms);
    // The address of a PostgreSQL database with n entities loaded from csv; *ms is the load time.
    Result<QString> postgresStore(qint64 n, const QString &csv, double *ms, bool *reused);

    // A new, empty database on the --pg server (dropped again by dropDatabase or at the end).
    Result<QString> createDatabase(const QString &name);
    void dropDatabase(const QString &name);

    // psql against an address; its standard output on success.
    static Result<QString> psql(const QString &address, const QStringList &arguments);
    QString addressOf(const QString &database) const;

private:
    QString m_folder;
    bool m_keep;
    QString m_pgBase;
    QString m_fingerprint;
    QStringList m_createdDatabases; // dropped at the end unless kept
};
