#pragma once

#include <QStringList>

// The window side of `entitydesk [--screenshot FILE.png] [ADDRESS]`.
namespace GuiMain {

// Runs the window until it closes (or, with --screenshot, until the PNG is written).
int run(const QStringList &arguments);

} // namespace GuiMain
