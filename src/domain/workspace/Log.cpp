#include "domain/workspace/Log.h"

#include <QDir>
#include <QStandardPaths>
#include <memory>
#include <mutex>
#include <spdlog/pattern_formatter.h>
#include <spdlog/sinks/ansicolor_sink.h>
#include <spdlog/sinks/null_sink.h>
#include <spdlog/sinks/rotating_file_sink.h>

namespace tessera::domain::log {
namespace {

constexpr std::size_t kFileBytes = 5 * 1024 * 1024;
constexpr std::size_t kFiles = 3;

std::mutex& startMutex() {
    static std::mutex mutex;
    return mutex;
}

std::shared_ptr<spdlog::logger>& instance() {
    static std::shared_ptr<spdlog::logger> logger = [] {
        auto made = std::make_shared<spdlog::logger>(
            "tessera", std::make_shared<spdlog::sinks::null_sink_mt>());
        made->set_level(spdlog::level::info);
        return made;
    }();
    return logger;
}

QString s_folder;

QString defaultFolder() {
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("logs"));
}

} // namespace

Status start(const LogOptions& options) {
    const std::lock_guard lock(startMutex());
    s_folder = options.folder.isEmpty() ? defaultFolder() : options.folder;
    std::vector<spdlog::sink_ptr> sinks;
    if (options.toStandardError)
        sinks.push_back(std::make_shared<spdlog::sinks::ansicolor_stderr_sink_mt>());
    std::optional<Error> problem;
    if (QDir().mkpath(s_folder)) {
        try {
            const std::string path =
                QDir(s_folder).filePath(QStringLiteral("tessera.log")).toStdString();
            sinks.push_back(
                std::make_shared<spdlog::sinks::rotating_file_sink_mt>(path, kFileBytes, kFiles));
        } catch (const spdlog::spdlog_ex& e) {
            problem = Error{ErrorCode::IoError, e.what()};
        }
    } else {
        problem = Error{ErrorCode::IoError, "cannot create the log folder"};
    }
    if (sinks.empty())
        sinks.push_back(std::make_shared<spdlog::sinks::null_sink_mt>());
    // UTC with its offset, so lines from machines in different zones line up.
    auto logger = std::make_shared<spdlog::logger>(options.program, sinks.begin(), sinks.end());
    logger->set_formatter(std::make_unique<spdlog::pattern_formatter>(
        "%Y-%m-%dT%H:%M:%S.%eZ [%n %P] %l %v", spdlog::pattern_time_type::utc));
    logger->set_level(spdlog::level::info);
    logger->flush_on(spdlog::level::info); // a crash loses no line
    instance() = logger;
    if (problem)
        return *problem;
    return {};
}

QString folder() {
    const std::lock_guard lock(startMutex());
    return s_folder.isEmpty() ? defaultFolder() : s_folder;
}

void flush() {
    instance()->flush();
}

spdlog::logger& logger() {
    return *instance();
}

const char* codeName(ErrorCode code) {
    switch (code) {
    case ErrorCode::InvalidArgument: return "invalid-argument";
    case ErrorCode::NotFound: return "not-found";
    case ErrorCode::AlreadyExists: return "already-exists";
    case ErrorCode::PermissionDenied: return "permission-denied";
    case ErrorCode::AuthenticationFailed: return "authentication-failed";
    case ErrorCode::Conflict: return "conflict";
    case ErrorCode::NotADatabase: return "not-a-database";
    case ErrorCode::Corrupt: return "corrupt";
    case ErrorCode::NewerSchema: return "newer-schema";
    case ErrorCode::ReadOnly: return "read-only";
    case ErrorCode::IoError: return "io-error";
    case ErrorCode::Cancelled: return "cancelled";
    case ErrorCode::NeedsConfirmation: return "needs-confirmation";
    case ErrorCode::Transient: return "transient";
    case ErrorCode::Internal: return "internal";
    }
    return "unknown";
}

} // namespace tessera::domain::log
