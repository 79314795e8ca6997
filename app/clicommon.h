#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QStringList>
#include <QTextStream>
#include <memory>

#include "entitystore.h"

// What every subcommand shares: parsing, opening the store, filters, sort keys, messages.
namespace CommandLine {

enum ExitCode { Success = 0, StoreOrFilterError = 1, UsageError = 2 };

QString tr(const char *text);
QTextStream &out();
QTextStream &err();

// Prints "entitydesk: MESSAGE" on stderr and returns the code.
int fail(const QString &message, ExitCode code = StoreOrFilterError);
int failWith(const StoreError &error);

// Adds --help and parses; false (with *exitCode set) on a usage error or after --help.
bool parse(QCommandLineParser &parser, const QStringList &arguments, int *exitCode);
bool requireValue(const QCommandLineParser &parser, const QString &name, int *exitCode);

QCommandLineOption storeOption();
QList<QCommandLineOption> filterOptions(); // --filter, --filter-json
// --store ADDRESS, or the embedded default store.
Result<std::unique_ptr<EntityStore>> openStoreFrom(const QCommandLineParser &parser);
bool readFilter(const QCommandLineParser &parser, Filter *filter, int *exitCode);
// FIELD[:desc], tag:KEY[:desc], extra:KEY[:desc].
bool readSort(const QString &text, SortKey *sort);

// The subcommands, each in a file of its own.
int runList(const QStringList &arguments);
int runGet(const QStringList &arguments);
int runImport(const QStringList &arguments);
int runExport(const QStringList &arguments); // exportcommand.cpp
// Editing (editcommands.cpp).
int runSet(const QStringList &arguments);
int runAdd(const QStringList &arguments);
int runSoftDelete(const QStringList &arguments);
int runDelete(const QStringList &arguments);
int runMarkError(const QStringList &arguments);

} // namespace CommandLine
