#pragma once

// My Day (issue 10): what an account manager has to do today, in one list:
// follow-ups overdue or due today, tickets near or past their targets,
// warnings new since the previous sign-in, tier changes in the portfolio
// since the previous scoring run, and customers past their contact cadence.
// A supervisor gets the same for their team, each line with its manager.

#include "common/Result.h"
#include "domain/workspace/JobControl.h"
#include "domain/workspace/Workspace.h"

#include <QCoreApplication>
#include <array>
#include <optional>
#include <string>
#include <vector>

namespace tessera::domain {

enum class MyDaySection { FollowUps, Tickets, NewWarnings, TierChanges, Cadence };
inline constexpr std::array<MyDaySection, 5> kMyDaySections = {
    MyDaySection::FollowUps, MyDaySection::Tickets, MyDaySection::NewWarnings,
    MyDaySection::TierChanges, MyDaySection::Cadence};
QString myDaySectionLabel(MyDaySection section); // translated

struct MyDayItem {
    MyDaySection section = MyDaySection::FollowUps;
    std::int64_t customerId = 0;
    std::string code;
    std::string name; // masked for analysts
    std::optional<std::int64_t> ownerId;
    std::string owner;     // username
    std::string ownerName; // display name
    std::string text;      // one translated sentence
    std::int32_t day = 0;  // due, since or scoring day: the list's order within a section
    bool urgent = false;   // overdue follow-up, late ticket
    std::optional<std::int64_t> followUpId;
    std::optional<std::int64_t> ticketId;
};

struct MyDay {
    std::int32_t today = 0;
    std::optional<std::int64_t> previousSignIn; // ms
    bool team = false;            // a supervisor's (or administrator's) list: grouped by manager
    std::vector<MyDayItem> items; // by section, then day, then code
    std::size_t count(MyDaySection section) const;
};

class MyDayService {
    Q_DECLARE_TR_FUNCTIONS(MyDayService)

public:
    explicit MyDayService(Workspace& workspace) : m_ws(workspace) {}

    Result<MyDay> build(const JobControl& job = {});

private:
    Status addFollowUps(MyDay& day);
    Status addTickets(MyDay& day);
    Status addWarnings(MyDay& day);
    Status addTierChanges(MyDay& day);

    Workspace& m_ws;
};

} // namespace tessera::domain
