#pragma once

#include <condition_variable>
#include <deque>
#include <mutex>

// A bounded hand-over of batches (T, one batch each) from one producer thread to one consumer
// thread. The bound keeps memory flat however far the producer runs ahead: push() waits while
// `capacity` batches are queued.
template<typename T>
class BatchQueue
{
public:
    explicit BatchQueue(size_t capacity) : m_capacity(capacity) {}

    // Producer. False if the consumer stopped (the batch is dropped).
    bool push(T &&batch)
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [&] { return m_queue.size() < m_capacity || m_stopped; });
        if (m_stopped)
            return false;
        m_queue.push_back(std::move(batch));
        m_changed.notify_all();
        return true;
    }

    // Producer: no more batches.
    void close()
    {
        std::lock_guard lock(m_mutex);
        m_closed = true;
        m_changed.notify_all();
    }

    // Consumer. False once the queue is closed and empty (or stopped).
    bool pop(T *batch)
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [&] { return !m_queue.empty() || m_closed || m_stopped; });
        if (m_queue.empty() || m_stopped)
            return false;
        *batch = std::move(m_queue.front());
        m_queue.pop_front();
        m_changed.notify_all();
        return true;
    }

    // Consumer: takes nothing more (a failed write); a waiting push() returns false.
    void stop()
    {
        std::lock_guard lock(m_mutex);
        m_stopped = true;
        m_queue.clear();
        m_changed.notify_all();
    }

    bool stopped() const
    {
        std::lock_guard lock(m_mutex);
        return m_stopped;
    }

private:
    const size_t m_capacity;
    mutable std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<T> m_queue;
    bool m_closed = false;
    bool m_stopped = false;
};
