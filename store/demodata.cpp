#include "demodata.h"

#include <QJsonArray>
#include <QUuid>

#include "status.h"

namespace DemoData {

namespace {

// SplitMix64: a tiny, well-distributed hash, so entity N is independent of the others.
quint64 mix(quint64 x)
{
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

const QStringList types{QStringLiteral("Function"), QStringLiteral("Image"), QStringLiteral("BaseImage"),
                        QStringLiteral("SecretEntity"), QStringLiteral("Subscription"), QStringLiteral("API"),
                        QStringLiteral("Driver"), QStringLiteral("DriverType"), QStringLiteral("FnRun"),
                        QStringLiteral("Policy"), QStringLiteral("ServiceAccount"), QStringLiteral("Application"),
                        QStringLiteral("Organization")};
// Relative weights: functions and runs dominate real stores.
// Organization entities are made once per organization (see make()), not by weight.
const int typeWeights[] = {30, 10, 3, 8, 8, 6, 3, 2, 20, 3, 3, 3, 0};
const QStringList orgs{QStringLiteral("dispatch"), QStringLiteral("acme-corp"), QStringLiteral("umbrella"),
                       QStringLiteral("initech"), QStringLiteral("globex")};
const QStringList apps{QStringLiteral("shop"), QStringLiteral("blog"), QStringLiteral("payroll"),
                       QStringLiteral("research"), QStringLiteral("search"), QStringLiteral("billing")};
const QStringList words{QStringLiteral("hello"), QStringLiteral("resize"), QStringLiteral("send"), QStringLiteral("process"),
                        QStringLiteral("sync"), QStringLiteral("render"), QStringLiteral("notify"), QStringLiteral("audit"),
                        QStringLiteral("backup"), QStringLiteral("thumbnail"), QStringLiteral("order"), QStringLiteral("invoice")};
const QStringList languages{QStringLiteral("python3"), QStringLiteral("nodejs"), QStringLiteral("java"), QStringLiteral("powershell")};
const QStringList errors{QStringLiteral("image pull failed: registry.local timed out"),
                         QStringLiteral("function build failed: exit status 1"),
                         QStringLiteral("secret 'db-creds' not found"), QStringLiteral("driver crashed (OOMKilled)")};

QString pickType(quint64 h)
{
    int total = 0;
    for (int w : typeWeights)
        total += w;
    int r = int(h % quint64(total));
    for (int i = 0; i < types.size(); ++i) {
        if (r < typeWeights[i])
            return types[i];
        r -= typeWeights[i];
    }
    return types.first();
}

QString pickStatus(quint64 h)
{
    // Mostly READY, a realistic tail of everything else.
    const int r = int(h % 100);
    if (r < 70) return Status::Ready;
    if (r < 76) return Status::Error;
    if (r < 80) return Status::Creating;
    if (r < 84) return Status::Updating;
    if (r < 87) return Status::Deleting;
    if (r < 89) return Status::Deleted;
    if (r < 93) return Status::Missing;
    if (r < 96) return Status::Initialized;
    return Status::Unknown;
}

QJsonObject extraFor(const QString &type, quint64 h, const QString &name)
{
    const QString language = languages[int(h % quint64(languages.size()))];
    if (type == QLatin1String("Function"))
        return {{QStringLiteral("image"), language}, {QStringLiteral("handler"), QStringLiteral("main.handle")},
                {QStringLiteral("faasId"), QUuid::fromRfc4122(QByteArray::number(h, 16).leftJustified(16, '0')).toString(QUuid::WithoutBraces)},
                {QStringLiteral("timeout"), int((h >> 8) % 6) * 5000},
                {QStringLiteral("secrets"), QJsonArray{QStringLiteral("api-key")}}};
    if (type == QLatin1String("Image") || type == QLatin1String("BaseImage"))
        return {{QStringLiteral("language"), language},
                {QStringLiteral("dockerUrl"), QStringLiteral("registry.local/%1:%2").arg(language).arg(h % 10)},
                {QStringLiteral("lastPullTime"), QStringLiteral("2026-11-%1T08:00:00Z").arg(1 + int(h % 28), 2, 10, QLatin1Char('0'))}};
    if (type == QLatin1String("Subscription"))
        return {{QStringLiteral("eventType"), QStringLiteral("order.created")}, {QStringLiteral("function"), name}};
    if (type == QLatin1String("FnRun"))
        return {{QStringLiteral("functionName"), name}, {QStringLiteral("blocking"), (h & 1) != 0}};
    if (type == QLatin1String("Policy"))
        return {{QStringLiteral("global"), (h & 2) != 0}, {QStringLiteral("rules"), QJsonArray{}}};
    if (type == QLatin1String("Driver"))
        return {{QStringLiteral("type"), QStringLiteral("vcenter")}, {QStringLiteral("expose"), false},
                {QStringLiteral("image"), QStringLiteral("dispatchframework/dispatch-events-vcenter:0.0.1")}};
    if (type == QLatin1String("SecretEntity"))
        return {{QStringLiteral("secrets"), QJsonObject{}}};
    if (type == QLatin1String("ServiceAccount"))
        return {{QStringLiteral("domain"), QStringLiteral("dispatch.local")}, {QStringLiteral("jwtAlgorithm"), QStringLiteral("RS256")}};
    return {};
}

} // namespace

Entity make(qint64 index)
{
    const quint64 h = mix(quint64(index));
    Entity e;
    e.type = pickType(h);
    // Skewed organizations: the first one holds about half.
    const quint64 o = mix(h) % 16;
    e.organizationId = orgs[o < 8 ? 0 : o < 11 ? 1 : o < 13 ? 2 : o < 15 ? 3 : 4];
    e.name = QStringLiteral("%1-%2-%3").arg(words[int((h >> 16) % quint64(words.size()))],
                                          words[int((h >> 24) % quint64(words.size()))]).arg(index);
    if (index < orgs.size()) {
        // The first entities are the organizations themselves; Dispatch keys them by their own name.
        e.type = QStringLiteral("Organization");
        e.organizationId = e.name = orgs[int(index)];
    }
    e.id = QUuid::fromRfc4122(QByteArray::number(mix(h + 1), 16).leftJustified(16, '0')).toString(QUuid::WithoutBraces);
    // Created over the last 60 days before a fixed day, so benchmarks are reproducible.
    const qint64 base = 1796256000LL * 1000000LL; // 2026-12-01T00:00:00Z
    e.createdTime = Timestamp::fromMicros(base - qint64(mix(h + 2) % (60ULL * 86400ULL * 1000000ULL)));
    e.modifiedTime = Timestamp::fromMicros(e.createdTime.micros() + qint64(mix(h + 3) % (86400ULL * 1000000ULL)));
    e.revision = qint64(mix(h + 4) % 5);
    e.status = pickStatus(mix(h + 5));
    StringMap tags;
    // Tags with skew: Application on most, env on many, rare keys on few.
    const quint64 t = mix(h + 6);
    if (t % 10 < 8)
        tags.insert(QStringLiteral("Application"), apps[int((t >> 8) % 3 == 0 ? 0 : (t >> 12) % quint64(apps.size()))]);
    if (t % 3 == 0)
        tags.insert(QStringLiteral("env"), (t >> 20) % 2 ? QStringLiteral("prod") : QStringLiteral("dev"));
    if (t % 17 == 0)
        tags.insert(QStringLiteral("cost-center"), QStringLiteral("CC-%1").arg(1000 + (t >> 24) % 20));
    if (!tags.isEmpty())
        e.setTags(tags);
    if (e.type == QLatin1String("Function"))
        e.setSpec({{QStringLiteral("runtime"), languages[int((t >> 28) % quint64(languages.size()))]}});
    if (e.status == Status::Error || e.status == Status::Missing)
        e.setReason({errors[int((t >> 32) % quint64(errors.size()))]});
    e.deleted = e.status == Status::Deleting || e.status == Status::Deleted;
    e.extra = extraFor(e.type, h, e.name);
    return e;
}

VoidResult populate(EntityStore &store, qint64 count)
{
    const Result<qint64> existing = store.count({});
    if (!existing.ok())
        return existing.error();
    if (VoidResult begun = store.beginTransaction(); !begun.ok())
        return begun;
    // Into an empty store: build the indexes once at the end (see EntityStore::suspendIndexes).
    if (existing.value() == 0) {
        if (VoidResult suspended = store.suspendIndexes(); !suspended.ok()) {
            store.rollback();
            return suspended;
        }
    }
    for (qint64 i = 0; i < count; ++i) {
        Result<bool> put = store.putRow(EntityCodec::toRow(make(i)), EntityStore::OnExisting::Overwrite);
        if (!put.ok()) {
            store.rollback();
            return put.error();
        }
    }
    if (VoidResult restored = store.restoreIndexes(); !restored.ok()) {
        store.rollback();
        return restored;
    }
    return store.commit();
}

} // namespace DemoData
