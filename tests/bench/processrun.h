#pragma once

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

// Runs one program to its end and measures it from start to exit: wall time and the peak
// resident memory of the process. The peak comes from GNU time (%M) when /usr/bin/time exists,
// which reads it from the kernel at exit; otherwise /proc/<pid>/status is polled every
// millisecond or so, which can miss a peak reached in the last instant.
class ProcessRun
{
public:
    struct Outcome
    {
        bool ok = false;        // started and exited normally with code 0
        int exitCode = -1;
        double ms = -1;
        double peakMiB = -1;
        // Peak anonymous resident memory (RssAnon: heap and stacks, not mapped files), polled
        // every few milliseconds; -1 when it could not be read. A program that maps a file it
        // reads counts those pages in peakMiB, though they are the kernel's page cache.
        double peakAnonMiB = -1;
        QString detail;         // why it failed: the program's standard error, shortened
        qint64 startedNs = 0;   // std::chrono::steady_clock (CLOCK_MONOTONIC) just before the start
    };

    ProcessRun(QString program, QStringList arguments);

    // Standard output goes to this file (empty: discarded).
    void setOutputFile(const QString &path) { m_outputFile = path; }
    void setEnvironment(const QProcessEnvironment &environment) { m_environment = environment; }
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }

    Outcome run() const;

    static bool hasGnuTime();

private:
    QString m_program;
    QStringList m_arguments;
    QString m_outputFile;
    QProcessEnvironment m_environment = QProcessEnvironment::systemEnvironment();
    int m_timeoutMs = 30 * 60 * 1000;
};
