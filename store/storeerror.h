#pragma once

#include <QString>
#include <optional>
#include <utility>
#include <variant>

// Expected failures are values, not exceptions. The message is technical detail for logs and
// for the ui layer to include; the ui words the sentence a person reads.
struct StoreError
{
    enum class Kind {
        UniqueViolation, // add of an existing key
        NotFound,        // get or delete of a missing key
        Conflict,        // update against a stale revision, or of a row that is gone
        InvalidName,     // name outside Dispatch's rule, or empty organization
        InvalidFilter,   // filter that cannot be compiled (reason in message)
        Backend,         // the driver's own error text
        ReadOnly,        // a write on a store opened read-only
        InvalidInput,    // a file or value that cannot be read (reason in message)
        Cancelled,       // a background job stopped by the user
    };
    Kind kind = Kind::Backend;
    QString message;
    qint64 currentRevision = -1; // for Conflict: the revision found, if any

    static QString kindName(Kind k);
};

template <typename T>
class Result
{
public:
    Result(T value) : m_data(std::move(value)) {}
    Result(StoreError error) : m_data(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }
    const T &value() const { return std::get<T>(m_data); }
    T &value() { return std::get<T>(m_data); }
    T takeValue() { return std::move(std::get<T>(m_data)); }
    const StoreError &error() const { return std::get<StoreError>(m_data); }

private:
    std::variant<T, StoreError> m_data;
};

// For operations that return nothing on success.
using VoidResult = Result<std::monostate>;
inline VoidResult success() { return VoidResult(std::monostate{}); }

inline StoreError makeError(StoreError::Kind kind, QString message, qint64 currentRevision = -1)
{
    return StoreError{kind, std::move(message), currentRevision};
}
