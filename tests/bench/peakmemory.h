#pragma once

#include <QtGlobal>

// Resident memory as Linux reports it in /proc/<pid>/status, in MiB.
//
// VmHWM is the peak resident set since the process started, or since the last reset: writing
// "5" to /proc/self/clear_refs sets it back to the current resident set, so each phase can
// report its own peak. Where the kernel refuses the write, the peak is the running one.
namespace PeakMemory {

// Gives freed heap back to the system and resets VmHWM; false when the reset is not permitted.
bool resetSelf();
double selfPeakMiB();
double selfCurrentMiB();
// Another process's VmHWM (a child being polled); -1 when it cannot be read (it has exited).
double peakOfProcessMiB(qint64 pid);
// Another process's current anonymous resident memory (RssAnon); -1 when it cannot be read.
double anonymousOfProcessMiB(qint64 pid);
// The first child of a process (the program GNU time runs); 0 when there is none (yet).
qint64 firstChildOf(qint64 pid);

} // namespace PeakMemory
