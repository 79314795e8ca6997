#pragma once

#include <QStringList>

// The window side of `entitydesk [--screenshot FILE.png] [ADDRESS]`.
namespace GuiMain {

// True when the arguments ask only for --help or --version: answered without a display.
bool asksForHelpOrVersion(const QStringList &arguments);

// Prints the help or version text (or what is wrong with the arguments) and exits.
int printHelpOrVersion(const QStringList &arguments);

// Runs the window until it closes (or, with --screenshot, until the PNG is written).
int run(const QStringList &arguments);

} // namespace GuiMain
