#include "defaultstore.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

#include "demodata.h"

namespace DefaultStore {

namespace {
constexpr qint64 demoEntityCount = 600;
}

QString path()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/entitydesk.sqlite");
}

Result<std::unique_ptr<EntityStore>> open()
{
    const QString file = path();
    const bool firstRun = !QFileInfo::exists(file);
    QDir().mkpath(QFileInfo(file).absolutePath());
    BackendConfig config;
    config.path = file;
    auto store = openStore(config);
    if (!store.ok() || !firstRun)
        return store;
    if (VoidResult seeded = DemoData::populate(*store.value(), demoEntityCount); !seeded.ok())
        return seeded.error();
    return store;
}

} // namespace DefaultStore
