#pragma once

// The engine the standard test databases (TestSupport.h) live on. By default a
// file; with TESSERA_TEST_ENGINE=postgres, which CTest sets for the second,
// `postgres`-labelled run of the domain and CLI suites, a database of the
// throw-away cluster CTest started (in the folder TESSERA_TEST_CLUSTER names,
// by default this build's), so
// the same tests check the same rules on both engines. The path a test holds
// then names its server database, and each user reaches it through their own
// login role, as in team mode (docs/team-mode.md).

#include <string>

namespace tessera::test {

// Whether this process's standard databases live on the test cluster.
bool standardDatabasesOnServer();

// The URI of `database` on the test cluster as `role`. Throws when no cluster
// was started.
std::string clusterUri(const std::string& role, const std::string& database);

// Makes a server database for the file path `path` from a template made once
// per test executable, build and day (the file template `templatePath` copied
// to the server with a login role per user), and drops it when the process
// ends.
void makeServerTwin(const std::string& path, const std::string& templatePath,
                    const std::string& templateKey);

// The URI through which `user` reaches the server twin of `path`; empty when
// `path` has none.
std::string serverTwinAs(const std::string& path, const std::string& user);

// A digest of every table's rows of the server twin of `path`, read as the
// schema's owner; empty when `path` has none.
std::string serverTwinFingerprint(const std::string& path);

// Drops the server twin of `path`, if it has one.
void dropServerTwin(const std::string& path);

// Makes `to` a server twin holding a copy of `from`'s (replacing any).
void copyServerTwin(const std::string& from, const std::string& to);

} // namespace tessera::test
