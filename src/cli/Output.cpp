#include "cli/Output.h"

#include "domain/workspace/Log.h"

#include <QJsonDocument>
#include <cstdio>

namespace tessera::cli {

QString qs(const std::string& text) {
    return QString::fromStdString(text);
}

QJsonArray jsonStrings(const std::vector<std::string>& values) {
    QJsonArray array;
    for (const std::string& value : values)
        array.append(qs(value));
    return array;
}

void Output::line(const QString& text) const {
    if (m_json)
        return;
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, static_cast<std::size_t>(bytes.size()), stdout);
    std::fputc('\n', stdout);
}

void Output::document(const QJsonValue& value) const {
    if (!m_json)
        return;
    QJsonDocument doc =
        value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    const QByteArray bytes = doc.toJson(QJsonDocument::Indented);
    std::fwrite(bytes.constData(), 1, static_cast<std::size_t>(bytes.size()), stdout);
}

void Output::documentText(std::string_view json) const {
    if (m_json)
        std::fwrite(json.data(), 1, json.size(), stdout);
}

int Output::exitCodeFor(ErrorCode code) {
    switch (code) {
    case ErrorCode::InvalidArgument:
    case ErrorCode::NotFound:
    case ErrorCode::AlreadyExists:
    case ErrorCode::NeedsConfirmation: return kExitBadInput;
    case ErrorCode::AuthenticationFailed: return kExitAuth;
    case ErrorCode::PermissionDenied: return kExitForbidden;
    default: return kExitFailure;
    }
}

int Output::fail(const Error& error) const {
    // The code only: the message may quote a value from the user's file.
    domain::log::logger().warn("error code={}", domain::log::codeName(error.code));
    QString message = qs(error.message).simplified(); // one line, always
    const QByteArray bytes = (QStringLiteral("tessera-cli: error: ") + message).toUtf8();
    std::fwrite(bytes.constData(), 1, static_cast<std::size_t>(bytes.size()), stderr);
    std::fputc('\n', stderr);
    return exitCodeFor(error.code);
}

int Output::fail(ErrorCode code, const QString& message) const {
    return fail(Error{code, message.toStdString()});
}

} // namespace tessera::cli
