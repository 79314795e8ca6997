#include "processrun.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryFile>

#include <algorithm>
#include <chrono>

#include "peakmemory.h"

namespace {

const QString gnuTime = QStringLiteral("/usr/bin/time");

} // namespace

ProcessRun::ProcessRun(QString program, QStringList arguments)
    : m_program(std::move(program)), m_arguments(std::move(arguments))
{
}

bool ProcessRun::hasGnuTime()
{
    static const bool present = QFileInfo(gnuTime).isExecutable();
    return present;
}

ProcessRun::Outcome ProcessRun::run() const
{
    Outcome outcome;
    QTemporaryFile peakFile;
    QTemporaryFile errorFile;
    if (!peakFile.open() || !errorFile.open()) {
        outcome.detail = QStringLiteral("cannot create a temporary file");
        return outcome;
    }
    QProcess process;
    process.setProcessEnvironment(m_environment);
    process.setStandardOutputFile(m_outputFile.isEmpty() ? QProcess::nullDevice() : m_outputFile);
    process.setStandardErrorFile(errorFile.fileName()); // a file: a chatty child never blocks on a pipe
    process.setStandardInputFile(QProcess::nullDevice());
    const bool timed = hasGnuTime();
    if (timed) {
        process.setProgram(gnuTime);
        process.setArguments(QStringList{QStringLiteral("-f"), QStringLiteral("%M"), QStringLiteral("-o"), peakFile.fileName(),
                                         m_program}
                             + m_arguments);
    } else {
        process.setProgram(m_program);
        process.setArguments(m_arguments);
    }

    QElapsedTimer clock;
    outcome.startedNs = std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now().time_since_epoch()).count();
    clock.start();
    process.start();
    if (!process.waitForStarted(30000)) {
        outcome.detail = QStringLiteral("cannot start %1: %2").arg(m_program, process.errorString());
        return outcome;
    }
    double polledPeak = -1;
    qint64 measuredPid = timed ? 0 : process.processId(); // under GNU time: its child
    bool finished = false;
    while (!finished) {
        finished = process.waitForFinished(timed ? 5 : 1);
        if (finished)
            break;
        if (!timed)
            polledPeak = std::max(polledPeak, PeakMemory::peakOfProcessMiB(process.processId()));
        if (measuredPid == 0)
            measuredPid = PeakMemory::firstChildOf(process.processId());
        if (measuredPid != 0)
            outcome.peakAnonMiB = std::max(outcome.peakAnonMiB, PeakMemory::anonymousOfProcessMiB(measuredPid));
        if (clock.elapsed() > m_timeoutMs) {
            process.kill();
            process.waitForFinished();
            outcome.detail = QStringLiteral("%1 timed out").arg(m_program);
            return outcome;
        }
    }
    outcome.ms = clock.nsecsElapsed() / 1e6;
    outcome.exitCode = process.exitCode();
    outcome.ok = process.exitStatus() == QProcess::NormalExit && outcome.exitCode == 0;
    if (timed) {
        // GNU time writes "Command exited with non-zero status N" before the figure on failure.
        const QList<QByteArray> lines = peakFile.readAll().trimmed().split('\n');
        bool ok = false;
        const double kib = lines.isEmpty() ? 0 : lines.last().trimmed().toDouble(&ok);
        outcome.peakMiB = ok ? kib / 1024.0 : -1;
    } else {
        outcome.peakMiB = polledPeak;
    }
    if (!outcome.ok) {
        const QByteArray error = errorFile.readAll().trimmed();
        outcome.detail = QStringLiteral("%1 exited with %2: %3")
                             .arg(QFileInfo(m_program).fileName())
                             .arg(outcome.exitCode)
                             .arg(QString::fromLocal8Bit(error.right(400)));
    }
    return outcome;
}
