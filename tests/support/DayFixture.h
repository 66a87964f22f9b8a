#pragma once

// The fixture of the account manager's day tests: the standard database
// (TestSupport.h) with a clock fixed at a chosen wall-clock time in the
// database's zone (Asia/Shanghai), so every rule that reads "now" or "today"
// gives the same answer at any hour and under any TZ.

#include "domain/workspace/Workspace.h"
#include "support/TestSupport.h"

#include <QDateTime>
#include <gtest/gtest.h>
#include <memory>
#include <stdexcept>
#include <string>

namespace tessera::test {

class DayFixture : public ::testing::Test {
protected:
    // The fixed "now" of every workspace these tests open: 2026-06-30 10:00.
    static constexpr const char* kNow = "2026-06-30 10:00";

    void SetUp() override {
        path = dir.path("day.tessera");
        makeStandardDatabase(path);
    }

    // Signs in as `user` with the clock at kNow (or `now`).
    std::unique_ptr<domain::Workspace> as(const std::string& user, const char* now = kNow) {
        auto ws = openAs(path, user);
        const std::int64_t at = instant(*ws, now);
        ws->setClock([at] { return at; });
        return ws;
    }

    // "yyyy-MM-dd HH:mm[:ss]" in the database's zone.
    static std::int64_t instant(const domain::Workspace& ws, const std::string& text) {
        for (const char* format : {"yyyy-MM-dd HH:mm", "yyyy-MM-dd HH:mm:ss"}) {
            const QDateTime t = QDateTime::fromString(QString::fromStdString(text), format);
            if (t.isValid())
                return QDateTime(t.date(), t.time(), ws.calendar().timeZone()).toMSecsSinceEpoch();
        }
        throw std::invalid_argument("not a time: " + text);
    }

    // A customer of `owner` who allows `channels` (comma-separated); returns its id.
    std::int64_t customer(domain::Workspace& ws, const std::string& code, const std::string& owner,
                          const std::string& channels = "phone,email,visit,wechat") {
        auto stmt = ws.db().prepare(
            "INSERT INTO customers (code, name, owner_id, consent_channels, created_at, "
            "updated_at) "
            "VALUES (?1, ?1, (SELECT id FROM users WHERE username = ?2), ?3, 0, 0)");
        if (!stmt)
            throw std::runtime_error(stmt.error().message);
        stmt->bind(1, code).bind(2, owner).bind(3, channels);
        if (!stmt->run())
            throw std::runtime_error("insert customer " + code);
        return ws.db().lastInsertRowId();
    }

    // Opens and signs in with the sign-in's audit row deferred, so a refused
    // command leaves the file exactly as it was.
    std::unique_ptr<domain::Workspace> quietly(const std::string& user, const char* now = kNow) {
        auto ws = domain::Workspace::open(locationAs(path, user));
        if (!ws)
            throw std::runtime_error(ws.error().message);
        const char* password = user == "admin" ? kAdminPassword : kUserPassword;
        if (!(*ws)->login(user, password, true))
            throw std::runtime_error("login " + user);
        const std::int64_t at = instant(**ws, now);
        (*ws)->setClock([at] { return at; });
        return std::move(*ws);
    }

    std::int64_t count(domain::Workspace& ws, const std::string& sql) {
        auto n = ws.db().queryInt64(sql);
        if (!n)
            throw std::runtime_error(n.error().message);
        return *n;
    }

    TempDir dir;
    std::string path;
};

} // namespace tessera::test
