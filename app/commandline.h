#pragma once

#include <QStringList>

// The headless subcommands (`entitydesk list|get|import|export|set|…`).
namespace CommandLine {

// True if argv names a subcommand, so main() can run without a window.
bool isSubcommand(const QStringList &arguments);

// Runs a subcommand; arguments as QCoreApplication::arguments(). Returns the exit status.
int run(const QStringList &arguments);

} // namespace CommandLine
