// Errors as values: a Result<T> holds either a value or an Error with a user-readable message.
#pragma once

#include <QString>

#include <utility>
#include <variant>

namespace Api {

struct Error
{
    enum class Kind {
        Network, // connection refused, reset, DNS, TLS
        Timeout, // no answer in time
        Http, // the server answered with a 4xx/5xx status
        Decode, // the answer (or a request body) is not the JSON we expect
        Validation, // a value was checked locally and refused before sending
        Canceled, // the user or the program stopped the request
        Io, // a local file could not be read or written
        // A create was sent and the connection dropped before the answer: it may have been
        // carried out or not. It is never sent again automatically; refresh to find out.
        OutcomeUnknown,
    };

    Kind kind = Kind::Decode;
    int httpStatus = 0;
    QString message; // one sentence a user can read, already translated
    QString detail; // server text or technical detail, for logs and tool tips

    // The message, with the server's or technical detail after it when there is one.
    QString fullText() const
    {
        return detail.isEmpty() ? message : message + QStringLiteral(": ") + detail;
    }

    static Error decode(QString message) { return {Kind::Decode, 0, std::move(message), {}}; }
    static Error validation(QString message)
    {
        return {Kind::Validation, 0, std::move(message), {}};
    }
    static Error io(QString message) { return {Kind::Io, 0, std::move(message), {}}; }
};

template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_data(std::move(value))
    {
    }
    Result(Error error)
        : m_data(std::move(error))
    {
    }

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<T>(m_data); }
    T &value() & { return std::get<T>(m_data); }
    T &&value() && { return std::get<T>(std::move(m_data)); }
    const T *operator->() const { return &value(); }
    T *operator->() { return &value(); }

    const Error &error() const { return std::get<Error>(m_data); }

private:
    std::variant<T, Error> m_data;
};

template<>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error)
        : m_error(std::move(error))
        , m_ok(false)
    {
    }

    bool ok() const { return m_ok; }
    explicit operator bool() const { return m_ok; }
    const Error &error() const { return m_error; }

private:
    Error m_error;
    bool m_ok = true;
};

} // namespace Api
