#pragma once

// Helpers shared by the storage, domain and CLI tests: temporary folders,
// ready-made databases with known users, file fingerprints.

#include "domain/workspace/Workspace.h"

#include <QTemporaryDir>
#include <functional>
#include <memory>
#include <string>

namespace tessera::test {

inline constexpr const char* kAdminPassword = "admin-password";
inline constexpr const char* kUserPassword = "user-password";

// A temporary folder that lives as long as the object.
class TempDir {
public:
    TempDir();
    std::string path(const std::string& name) const;
    const QTemporaryDir& dir() const { return m_dir; }

private:
    QTemporaryDir m_dir;
};

// A fresh database file at `path` with the administrator "admin" and, for the
// role tests, supervisor "sup" with account managers "am1" and "am2" under
// them, a second supervisor "sup2" with "am3", and the analyst "ana". All but
// admin use kUserPassword. Made once per process and copied, because password
// hashing is deliberately slow.
void makeStandardDatabase(const std::string& path);

// Opens `path` and signs in.
std::unique_ptr<domain::Workspace> openAs(const std::string& path, const std::string& username);

// Writes `text` to `path` as raw bytes.
void writeFile(const std::string& path, const std::string& text);
std::string readFile(const std::string& path);
// SHA-256 of the file's bytes, hex.
std::string fingerprint(const std::string& path);

std::string dataFile(const std::string& name); // tests/data/<name>

// Imports the CDNOW 1/10 sample (2,357 customers, created by the import) as
// `ws`'s user; throws on error.
void importCdnowSample(domain::Workspace& ws);

// Every row of a query as text, one line per row, for comparing table contents.
std::string dumpQuery(storage::Database& db, const std::string& sql);

// Runs `check` in a child process as the unprivileged user "nobody" when the
// tests run as root (root ignores file permissions), otherwise in this
// process. Returns what `check` returned: empty for success, else a message.
std::string runUnprivileged(const std::function<std::string()>& check);

} // namespace tessera::test
