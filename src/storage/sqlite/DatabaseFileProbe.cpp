#include "storage/sqlite/DatabaseFileProbe.h"

#include <array>
#include <cstring>
#include <fcntl.h>
#include <filesystem>
#include <fstream>
#include <system_error>
#include <unistd.h>

namespace tessera::storage {
namespace {

namespace fs = std::filesystem;

constexpr std::size_t kHeaderSize = 100;
constexpr char kSqliteMagic[] = "SQLite format 3";

std::uint32_t readBigEndian32(const unsigned char* p) {
    return (std::uint32_t(p[0]) << 24) | (std::uint32_t(p[1]) << 16) | (std::uint32_t(p[2]) << 8) |
           std::uint32_t(p[3]);
}

std::uint32_t readBigEndian16(const unsigned char* p) {
    return (std::uint32_t(p[0]) << 8) | std::uint32_t(p[1]);
}

std::string folderOf(const std::string& path) {
    fs::path parent = fs::path(path).parent_path();
    return parent.empty() ? std::string(".") : parent.string();
}

Status checkWritable(const std::string& path) {
    // Opening for writing (without writing) also catches read-only mounts and
    // immutable files, which access() does not report to root.
    const int fd = ::open(path.c_str(), O_WRONLY | O_CLOEXEC);
    if (fd >= 0)
        ::close(fd);
    if (fd < 0)
        return makeError(ErrorCode::ReadOnly, "the file is read-only");
    const std::string folder = folderOf(path);
    if (::access(folder.c_str(), W_OK) != 0)
        return makeError(ErrorCode::ReadOnly,
                         "the folder '" + folder +
                             "' is read-only, and Tessera writes its journal next to the database");
    return {};
}

} // namespace

Result<DatabaseFileInfo> probeDatabaseFile(const std::string& path, int latestSchema,
                                           bool needWrite) {
    std::error_code ec;
    const auto status = fs::status(path, ec);
    if (ec || !fs::exists(status))
        return makeError(ErrorCode::NotFound, "the file '" + path + "' does not exist");
    if (!fs::is_regular_file(status))
        return makeError(ErrorCode::NotADatabase, "not a regular file");

    DatabaseFileInfo info;
    info.fileSize = fs::file_size(path, ec);
    std::ifstream in(path, std::ios::binary);
    if (ec || !in)
        return makeError(ErrorCode::IoError, "the file cannot be read");
    if (info.fileSize == 0)
        return makeError(ErrorCode::NotADatabase, "the file is empty");

    std::array<unsigned char, kHeaderSize> header{};
    in.read(reinterpret_cast<char*>(header.data()), header.size());
    const auto got = static_cast<std::size_t>(in.gcount());
    if (got < sizeof(kSqliteMagic) ||
        std::memcmp(header.data(), kSqliteMagic, sizeof(kSqliteMagic)) != 0)
        return makeError(ErrorCode::NotADatabase, "not an SQLite file");
    if (got < kHeaderSize)
        return makeError(ErrorCode::Corrupt, "truncated inside its header");

    const std::uint32_t rawPageSize = readBigEndian16(header.data() + 16);
    info.pageSize = rawPageSize == 1 ? 65536u : rawPageSize;
    const bool pageSizeValid = info.pageSize >= 512 && info.pageSize <= 65536 &&
                               (info.pageSize & (info.pageSize - 1)) == 0;
    if (!pageSizeValid)
        return makeError(ErrorCode::Corrupt, "its header is damaged");

    info.userVersion = readBigEndian32(header.data() + 60);
    info.applicationId = readBigEndian32(header.data() + 68);
    const std::uint32_t changeCounter = readBigEndian32(header.data() + 24);
    const std::uint32_t validFor = readBigEndian32(header.data() + 92);
    if (changeCounter == validFor)
        info.pageCount = readBigEndian32(header.data() + 28);

    if (info.applicationId != kTesseraApplicationId)
        return makeError(ErrorCode::NotADatabase, "an SQLite database of another program");
    if (info.userVersion > static_cast<std::uint32_t>(latestSchema))
        return makeError(ErrorCode::NewerSchema, "schema " + std::to_string(info.userVersion) +
                                                     "; this version reads up to schema " +
                                                     std::to_string(latestSchema));
    // A process stopped in the middle of a checkpoint can leave the header
    // ahead of the pages written so far; the write-ahead log still holds them
    // and SQLite's recovery finishes the job, so that is not truncation.
    const std::uint64_t walSize =
        fs::exists(path + "-wal", ec) ? fs::file_size(path + "-wal", ec) : 0;
    const std::uint64_t expectedSize = std::uint64_t(info.pageCount) * info.pageSize;
    const bool shortOfHeader = info.fileSize < expectedSize && walSize == 0;
    if (shortOfHeader || info.fileSize % info.pageSize != 0)
        return makeError(ErrorCode::Corrupt, "truncated: " + std::to_string(info.fileSize) +
                                                 " bytes where the header says " +
                                                 std::to_string(expectedSize));
    if (needWrite) {
        if (auto writable = checkWritable(path); !writable)
            return writable.error();
    }
    return info;
}

Status probeNewDatabaseLocation(const std::string& path) {
    std::error_code ec;
    if (fs::exists(path, ec))
        return makeError(ErrorCode::AlreadyExists,
                         "the file '" + path + "' already exists; choose another name");
    const std::string folder = folderOf(path);
    if (!fs::is_directory(folder, ec))
        return makeError(ErrorCode::NotFound, "the folder '" + folder + "' does not exist");
    if (::access(folder.c_str(), W_OK) != 0)
        return makeError(ErrorCode::ReadOnly,
                         "the folder '" + folder + "' is read-only; choose a writable folder");
    return {};
}

} // namespace tessera::storage
