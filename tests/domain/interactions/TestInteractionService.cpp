// The interaction log through the domain: consent refusals that leave the
// file untouched, the over-contact limit at its boundary, who may change
// which entry, undo of a delete, and notes kept encrypted.

#include "domain/consent/ConsentService.h"
#include "domain/interactions/InteractionService.h"
#include "storage/admin/AuditRepository.h"
#include "support/DayFixture.h"

using namespace tessera;
using namespace tessera::domain;

namespace {

class TestInteractionService : public test::DayFixture {
protected:
    InteractionDraft outbound(std::int64_t customer, const std::string& channel = "email",
                              std::optional<std::string> at = {}) {
        InteractionDraft d;
        d.customerId = customer;
        d.channel = channel;
        d.kind = channel == "visit" ? "visit" : "email";
        d.direction = "outbound";
        if (at)
            d.at = instant(*admin, *at);
        return d;
    }

    void SetUp() override {
        DayFixture::SetUp();
        admin = as("admin");
        c1 = customer(*admin, "C1", "am1");
    }

    std::unique_ptr<Workspace> admin;
    std::int64_t c1 = 0;
};

} // namespace

TEST_F(TestInteractionService, AnOutboundContactOnAWithdrawnChannelIsRefusedAndTheFileIsUnchanged) {
    ASSERT_TRUE(ConsentService(*admin).withdraw(c1, "phone", "call").ok());
    admin.reset();
    const std::string before = test::databaseFingerprint(path);
    {
        auto am1 = quietly("am1");
        InteractionDraft d = outbound(c1, "phone");
        auto refused = InteractionService(*am1).add(d);
        ASSERT_FALSE(refused.ok());
        EXPECT_EQ(refused.error().code, ErrorCode::InvalidArgument);
        EXPECT_NE(refused.error().message.find("has not consented to be contacted by"),
                  std::string::npos)
            << refused.error().message;
    }
    EXPECT_EQ(test::databaseFingerprint(path), before);
}

TEST_F(TestInteractionService, AnUnsubscribedCustomerMayNotBeContactedButMayContactUs) {
    ASSERT_TRUE(ConsentService(*admin).withdraw(c1, "all", "web form").ok());
    InteractionService log(*admin);
    auto refused = log.add(outbound(c1, "email"));
    ASSERT_FALSE(refused.ok());
    EXPECT_NE(refused.error().message.find("unsubscribed"), std::string::npos);
    InteractionDraft inbound = outbound(c1, "phone");
    inbound.direction = "inbound";
    inbound.kind = "call";
    EXPECT_TRUE(log.add(inbound).ok());
    ASSERT_TRUE(ConsentService(*admin).give(c1, "email", "signed form").ok());
    EXPECT_TRUE(log.add(outbound(c1, "email")).ok()) << "consent given again is a new opt-in";
    EXPECT_EQ(count(*admin, "SELECT count(*) FROM interactions"), 2);
}

TEST_F(TestInteractionService, TheFourthOutboundContactInSevenDaysNeedsConfirmation) {
    InteractionService log(*admin);
    // Eight days ago is outside the window of the seven days ending today.
    ASSERT_TRUE(log.add(outbound(c1, "email", "2026-06-23 09:00")).ok());
    for (const char* at : {"2026-06-24 09:00", "2026-06-27 09:00", "2026-06-30 08:00"}) {
        auto logged = log.add(outbound(c1, "email", at));
        ASSERT_TRUE(logged.ok()) << at << ": " << logged.error().message;
        EXPECT_FALSE(logged->overContact);
    }
    auto fourth = log.add(outbound(c1, "visit"));
    ASSERT_FALSE(fourth.ok());
    EXPECT_EQ(fourth.error().code, ErrorCode::NeedsConfirmation);
    EXPECT_EQ(count(*admin, "SELECT count(*) FROM interactions"), 4);

    auto confirmed = log.add(outbound(c1, "visit"), true);
    ASSERT_TRUE(confirmed.ok()) << confirmed.error().message;
    EXPECT_TRUE(confirmed->overContact);
    ASSERT_EQ(confirmed->warnings.size(), 1u);
    EXPECT_EQ(confirmed->warnings[0].kind, WarningKind::OverContact);
    EXPECT_EQ(confirmed->warnings[0].code, "C1");
}

TEST_F(TestInteractionService, ATimeInTheFutureOrAnUnknownChannelIsRefused) {
    InteractionService log(*admin);
    auto future = log.add(outbound(c1, "email", "2026-06-30 10:01"));
    ASSERT_FALSE(future.ok());
    EXPECT_NE(future.error().message.find("in the future"), std::string::npos);
    InteractionDraft fax = outbound(c1, "fax");
    auto unknown = log.add(fax);
    ASSERT_FALSE(unknown.ok());
    EXPECT_NE(unknown.error().message.find("'fax' is not a channel"), std::string::npos);
    EXPECT_EQ(count(*admin, "SELECT count(*) FROM interactions"), 0);
}

TEST_F(TestInteractionService, AccountManagersChangeTheirOwnEntriesSupervisorsTheirTeams) {
    auto am1 = as("am1");
    auto logged = InteractionService(*am1).add(outbound(c1));
    ASSERT_TRUE(logged.ok()) << logged.error().message;
    InteractionDraft edit = outbound(c1);
    edit.outcome = "Sent the offer";

    // Another team's supervisor may not; the refusal is audited.
    auto sup2 = as("sup2");
    auto refused = InteractionService(*sup2).edit(logged->id, edit);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::PermissionDenied);

    auto sup = as("sup");
    auto edited = InteractionService(*sup).edit(logged->id, edit);
    ASSERT_TRUE(edited.ok()) << edited.error().message;
    auto row = InteractionService(*am1).find(logged->id);
    ASSERT_TRUE(row.ok());
    EXPECT_EQ(row->record.outcome, "Sent the offer");

    auto ana = as("ana");
    EXPECT_EQ(InteractionService(*ana).add(outbound(c1)).error().code, ErrorCode::PermissionDenied);
    EXPECT_GE(count(*admin, "SELECT count(*) FROM audit_log WHERE outcome = 'refused'"), 2);
}

TEST_F(TestInteractionService, ADeleteIsUndoneWithTheSameIdAndNote) {
    InteractionService log(*admin);
    InteractionDraft d = outbound(c1);
    d.note = "Asked about the spring catalogue";
    auto logged = log.add(d);
    ASSERT_TRUE(logged.ok());
    auto removed = log.remove(logged->id);
    ASSERT_TRUE(removed.ok());
    EXPECT_EQ(count(*admin, "SELECT count(*) FROM interactions"), 0);
    ASSERT_TRUE(log.restore(*removed).ok());
    auto back = log.find(logged->id);
    ASSERT_TRUE(back.ok()) << back.error().message;
    EXPECT_EQ(back->record.notes.value_or(""), "Asked about the spring catalogue");
    // The note is stored encrypted, never as its text.
    EXPECT_EQ(count(*admin, "SELECT count(*) FROM interactions WHERE " +
                                test::storedBytesHold(admin->db(), "notes", "spring catalogue")),
              0);
}

TEST_F(TestInteractionService, AnEditIsUndoneByEditingBack) {
    InteractionService log(*admin);
    auto logged = log.add(outbound(c1));
    ASSERT_TRUE(logged.ok());
    auto before = log.find(logged->id);
    ASSERT_TRUE(before.ok());
    InteractionDraft changed = InteractionService::draftOf(*before);
    changed.outcome = "No answer";
    ASSERT_TRUE(log.edit(logged->id, changed).ok());
    ASSERT_TRUE(log.edit(logged->id, InteractionService::draftOf(*before)).ok());
    auto after = log.find(logged->id);
    ASSERT_TRUE(after.ok());
    EXPECT_EQ(after->record.outcome, before->record.outcome);
    EXPECT_EQ(after->record.at, before->record.at);
}
