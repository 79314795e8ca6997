#include <QApplication>
#include <QCoreApplication>

#include "commandline.h"
#include "guimain.h"

int main(int argc, char **argv)
{
    QCoreApplication::setOrganizationName(QStringLiteral("EntityDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("EntityDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION));

    // Subcommands, --help and --version run headless: no display needed, no window created.
    {
        QStringList arguments;
        for (int i = 0; i < argc; ++i)
            arguments << QString::fromLocal8Bit(argv[i]);
        if (CommandLine::isSubcommand(arguments)) {
            QCoreApplication app(argc, argv);
            return CommandLine::run(QCoreApplication::arguments());
        }
        if (GuiMain::asksForHelpOrVersion(arguments)) {
            QCoreApplication app(argc, argv);
            return GuiMain::printHelpOrVersion(QCoreApplication::arguments());
        }
    }

    QApplication app(argc, argv);
    return GuiMain::run(QCoreApplication::arguments());
}
