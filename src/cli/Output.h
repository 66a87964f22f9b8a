#pragma once

// How tessera-cli speaks: a short human summary on standard output, or with
// --json exactly one JSON document; errors as one line on standard error with
// an exit code that says what kind of failure it was.

#include "common/Result.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <string>
#include <string_view>

namespace tessera::cli {

enum ExitCode {
    kExitOk = 0,
    kExitFailure = 1,   // the operation failed (file, database, internal)
    kExitBadInput = 2,  // bad arguments or bad input data
    kExitAuth = 3,      // sign-in failed
    kExitForbidden = 4, // the role does not allow it
};

class Output {
public:
    explicit Output(bool json) : m_json(json) {}
    bool json() const { return m_json; }

    // Human text (ignored in JSON mode).
    void line(const QString& text) const;
    // The JSON document (ignored in human mode).
    void document(const QJsonValue& value) const;
    // The JSON document as text already written (JsonWriter), in one write.
    void documentText(std::string_view json) const;
    // One-line error on stderr; returns the exit code for it.
    int fail(const Error& error) const;
    int fail(ErrorCode code, const QString& message) const;

    static int exitCodeFor(ErrorCode code);

private:
    bool m_json;
};

QString qs(const std::string& text);
QJsonArray jsonStrings(const std::vector<std::string>& values);

} // namespace tessera::cli
