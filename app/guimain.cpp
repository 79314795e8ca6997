#include "guimain.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QIcon>
#include <QTableView>
#include <QTimer>
#include <QTranslator>

#include <chrono>

#include "defaultstore.h"
#include "entitytablemodel.h"
#include "mainwindow.h"

namespace GuiMain {

namespace {

// Lets queued work (background counts, layout, painting) finish, up to `timeoutMs`.
void settle(MainWindow &window, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    do {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    } while (window.isBusy() && timer.elapsed() < timeoutMs);
    QCoreApplication::processEvents();
}

void openInitialStore(MainWindow &window, QString address, bool readOnly)
{
    if (readOnly) {
        // The store refuses every write, and the window disables every editing action.
        if (address.isEmpty())
            address = MainWindow::lastStoreAddress();
        if (address.isEmpty() && DefaultStore::open().ok())
            address = QStringLiteral("sqlite:") + DefaultStore::path();
        Result<BackendConfig> config = parseStoreAddress(address);
        if (!config.ok()) {
            window.showError(QCoreApplication::translate("GuiMain", "Cannot open %1: %2").arg(address, config.error().message));
            return;
        }
        config.value().readOnly = true;
        window.openConfig(config.value());
        return;
    }
    if (!address.isEmpty()) {
        window.openAddress(address); // a failure shows in the window's banner
        return;
    }
    const QString last = MainWindow::lastStoreAddress();
    QString lastError;
    if (!last.isEmpty()) {
        if (window.openAddress(last))
            return;
        lastError = window.bannerText();
    }
    Result<std::unique_ptr<EntityStore>> store = DefaultStore::open();
    if (store.ok())
        window.setStore(store.takeValue());
    else
        window.showError(QCoreApplication::translate("GuiMain", "Cannot open the default store %1: %2")
                             .arg(DefaultStore::path(), store.error().message));
    if (!lastError.isEmpty())
        window.showError(lastError + QLatin1Char(' ')
                         + QCoreApplication::translate("GuiMain", "The default store is shown instead."));
}

// For the benchmark: the steady clock's reading (ns, system-wide CLOCK_MONOTONIC) when the table
// first shows rows goes to the file named by ENTITYDESK_FIRST_PAINT_REPORT, so the time from
// process start to first rows can be taken from outside.
void reportFirstPaint(MainWindow &window)
{
    const QString path = qEnvironmentVariable("ENTITYDESK_FIRST_PAINT_REPORT");
    if (path.isEmpty())
        return;
    QObject::connect(&window, &MainWindow::firstRowsPainted, &window, [path] {
        const auto now = std::chrono::steady_clock::now().time_since_epoch();
        QFile report(path);
        if (report.open(QIODevice::WriteOnly | QIODevice::Truncate))
            report.write(QByteArray::number(qint64(std::chrono::duration_cast<std::chrono::nanoseconds>(now).count())));
    });
}

void describe(QCommandLineParser &parser)
{
    parser.setApplicationDescription(QCoreApplication::translate(
        "GuiMain", "Browse and administer Dispatch entity stores. Subcommands (list, get, import, export, …) run without a window."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({QStringLiteral("screenshot"),
                      QCoreApplication::translate("GuiMain", "Render the main window after loading to FILE (PNG) and exit."),
                      QStringLiteral("file")});
    parser.addOption({QStringLiteral("read-only"),
                      QCoreApplication::translate("GuiMain", "Open the store read-only: every editing action is off and the store refuses writes.")});
    parser.addPositionalArgument(QStringLiteral("address"),
                                 QCoreApplication::translate("GuiMain", "Store to open: a SQLite file or a postgres:// address."),
                                 QStringLiteral("[ADDRESS]"));
}

// German (or any shipped language) when the system asks for it; .qm files are embedded.
void loadTranslation(QTranslator &translator)
{
    if (translator.load(QLocale(), QStringLiteral("entitydesk"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&translator);
}

} // namespace

bool asksForHelpOrVersion(const QStringList &arguments)
{
    static const QStringList textOnly{QStringLiteral("-h"), QStringLiteral("-?"), QStringLiteral("--help"),
                                      QStringLiteral("--help-all"), QStringLiteral("-v"), QStringLiteral("--version")};
    for (const QString &argument : arguments.mid(1)) {
        if (argument == QLatin1String("--"))
            return false;
        if (textOnly.contains(argument))
            return true;
    }
    return false;
}

int printHelpOrVersion(const QStringList &arguments)
{
    QTranslator translator;
    loadTranslation(translator);
    QCommandLineParser parser;
    describe(parser);
    parser.process(arguments); // prints the help, the version or what is wrong, and exits
    return 0;
}

int run(const QStringList &arguments)
{
    QCommandLineParser parser;
    describe(parser);
    parser.process(arguments);
    QTranslator translator;
    loadTranslation(translator);

    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/entitydesk.png")));
    MainWindow window;
    reportFirstPaint(window);
    openInitialStore(window, parser.positionalArguments().value(0), parser.isSet(QStringLiteral("read-only")));
    const QString screenshot = parser.value(QStringLiteral("screenshot"));
    if (screenshot.isEmpty()) {
        window.show();
        return QApplication::exec();
    }

    window.show();
    settle(window, 30000);
    // A selected row shows the details pane, as a person would see it.
    // An entity with a reason shows the most of the details pane.
    const EntityTableModel *model = window.tableModel();
    if (model->rowCount() > 0 && window.selectedKeys().isEmpty()) {
        int row = std::min(2, model->rowCount() - 1);
        for (int r = 0; r < std::min(30, model->rowCount()); ++r) {
            if (!model->index(r, 0).data(EntityTableModel::ReasonRole).toStringList().isEmpty()) {
                row = r;
                break;
            }
        }
        window.tableView()->selectRow(row);
    }
    settle(window, 30000);
    if (!window.grab().save(screenshot, "PNG")) {
        qCritical("entitydesk: cannot write %s", qPrintable(screenshot));
        return 1;
    }
    return 0;
}

} // namespace GuiMain
