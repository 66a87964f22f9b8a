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
// hashing is deliberately slow. On the test cluster (TestEngine.h) the same
// database is made on the server instead, and `path` names it.
void makeStandardDatabase(const std::string& path);

// Where `username` opens the standard database made at `path`: `path` itself,
// or, when the standard databases live on the test cluster (TestEngine.h),
// the URI of its server twin as the user's login role.
std::string locationAs(const std::string& path, const std::string& username);

// What a database holds, to check that a refused command changed nothing: the
// file's SHA-256, or on the test cluster a digest of every table's rows.
std::string databaseFingerprint(const std::string& path);

// Copies a closed standard database (the file, or its server twin).
void copyDatabase(const std::string& from, const std::string& to);

// Removes a standard database (the file, or its server twin).
void removeDatabase(const std::string& path);

// Opens `path` (locationAs) and signs in.
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

// An SQL condition true when the stored bytes of `column` hold `text` (a
// plain ASCII literal) as it is written, for checking a value is stored
// encrypted, in the spelling of `db`'s engine.
std::string storedBytesHold(const storage::Database& db, const std::string& column,
                            const std::string& text);

// Every row of a query as text, one line per row, for comparing table contents.
std::string dumpQuery(storage::Database& db, const std::string& sql);

// Runs `check` in a child process as the unprivileged user "nobody" when the
// tests run as root (root ignores file permissions), otherwise in this
// process. Returns what `check` returned: empty for success, else a message.
std::string runUnprivileged(const std::function<std::string()>& check);

} // namespace tessera::test
