#pragma once

// Errors cross layer boundaries as values, never as exceptions: a Result<T>
// holds either a T or an Error whose message a user can act on.

#include <cassert>
#include <string>
#include <utility>
#include <variant>

namespace tessera {

enum class ErrorCode {
    InvalidArgument,  // bad input from a user or a file
    NotFound,         // the named object does not exist (or is not visible to the caller)
    AlreadyExists,    // a unique key is taken
    PermissionDenied, // the caller's role does not allow the operation
    AuthenticationFailed,
    Conflict,          // the object changed underneath the caller
    NotADatabase,      // the file is not a Tessera/SQLite database
    Corrupt,           // damaged or truncated file
    NewerSchema,       // written by a newer version of Tessera
    ReadOnly,          // the file or its folder cannot be written
    IoError,           // the operating system refused a read or write
    Cancelled,         // the user stopped a long job
    NeedsConfirmation, // allowed only once the user confirms (asked again with a confirmation)
    Transient,         // the server broke a deadlock or a serialisation conflict: run it again
    Internal,          // a bug: reported, never expected
};

struct Error {
    ErrorCode code = ErrorCode::Internal;
    std::string message; // UTF-8, one line, says what went wrong and what to do
};

inline const char* errorCodeName(ErrorCode code) {
    switch (code) {
    case ErrorCode::InvalidArgument: return "invalid_argument";
    case ErrorCode::NotFound: return "not_found";
    case ErrorCode::AlreadyExists: return "already_exists";
    case ErrorCode::PermissionDenied: return "permission_denied";
    case ErrorCode::AuthenticationFailed: return "authentication_failed";
    case ErrorCode::Conflict: return "conflict";
    case ErrorCode::NotADatabase: return "not_a_database";
    case ErrorCode::Corrupt: return "corrupt";
    case ErrorCode::NewerSchema: return "newer_schema";
    case ErrorCode::ReadOnly: return "read_only";
    case ErrorCode::IoError: return "io_error";
    case ErrorCode::Cancelled: return "cancelled";
    case ErrorCode::NeedsConfirmation: return "needs_confirmation";
    case ErrorCode::Transient: return "transient";
    case ErrorCode::Internal: return "internal";
    }
    return "internal";
}

template <typename T> class [[nodiscard]] Result {
public:
    Result(T value) : m_state(std::move(value)) {}
    Result(Error error) : m_state(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }

    T& value() & {
        assert(ok());
        return std::get<T>(m_state);
    }
    const T& value() const& {
        assert(ok());
        return std::get<T>(m_state);
    }
    // By value, so `for (x : f().value())` does not refer into a dead temporary.
    T value() && {
        assert(ok());
        return std::get<T>(std::move(m_state));
    }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }
    T& operator*() & { return value(); }
    const T& operator*() const& { return value(); }

    const Error& error() const {
        assert(!ok());
        return std::get<Error>(m_state);
    }

private:
    std::variant<T, Error> m_state;
};

// Result<void>: success carries nothing.
template <> class [[nodiscard]] Result<void> {
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)), m_failed(true) {}

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const Error& error() const {
        assert(m_failed);
        return m_error;
    }

private:
    Error m_error;
    bool m_failed = false;
};

using Status = Result<void>;

inline Error makeError(ErrorCode code, std::string message) {
    return Error{code, std::move(message)};
}

} // namespace tessera

// Propagate a failed Result/Status from the enclosing function.
#define TESSERA_TRY(expr)                                                                          \
    do {                                                                                           \
        auto&& tesseraTryResult_ = (expr);                                                         \
        if (!tesseraTryResult_.ok())                                                               \
            return tesseraTryResult_.error();                                                      \
    } while (false)
