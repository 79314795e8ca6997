#include "peakmemory.h"

#include <QByteArray>
#include <QFile>

#include <malloc.h>

namespace PeakMemory {

namespace {

// "VmHWM:     12345 kB" → MiB, or -1.
double statusFieldMiB(const QString &path, const QByteArray &field)
{
    QFile status(path);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray text = status.readAll();
    const qsizetype at = text.indexOf(field + ':');
    if (at < 0)
        return -1;
    const qsizetype end = text.indexOf('\n', at);
    const QByteArray value = text.mid(at + field.size() + 1, end < 0 ? -1 : end - at - field.size() - 1)
                                 .trimmed()
                                 .replace(" kB", "");
    bool ok = false;
    const double kib = value.toDouble(&ok);
    return ok ? kib / 1024.0 : -1;
}

} // namespace

bool resetSelf()
{
    malloc_trim(0); // so memory freed by the previous phase does not count as this one's
    QFile clearRefs(QStringLiteral("/proc/self/clear_refs"));
    if (!clearRefs.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        return false;
    return clearRefs.write("5") == 1;
}

double selfPeakMiB()
{
    return statusFieldMiB(QStringLiteral("/proc/self/status"), "VmHWM");
}

double selfCurrentMiB()
{
    return statusFieldMiB(QStringLiteral("/proc/self/status"), "VmRSS");
}

double peakOfProcessMiB(qint64 pid)
{
    return statusFieldMiB(QStringLiteral("/proc/%1/status").arg(pid), "VmHWM");
}

double anonymousOfProcessMiB(qint64 pid)
{
    return statusFieldMiB(QStringLiteral("/proc/%1/status").arg(pid), "RssAnon");
}

qint64 firstChildOf(qint64 pid)
{
    QFile children(QStringLiteral("/proc/%1/task/%1/children").arg(pid));
    if (!children.open(QIODevice::ReadOnly))
        return 0;
    return children.readAll().trimmed().split(' ').value(0).toLongLong();
}

} // namespace PeakMemory
