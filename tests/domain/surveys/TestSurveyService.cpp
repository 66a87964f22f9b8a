// Surveys entered by hand: what is stored (the comment encrypted), the
// ticket a survey follows, and bad input refused with nothing written.

#include "domain/surveys/SurveyService.h"
#include "support/DayFixture.h"

using namespace tessera;
using namespace tessera::domain;

namespace {

class TestSurveyService : public test::DayFixture {
protected:
    void SetUp() override {
        DayFixture::SetUp();
        auto ws = as("admin");
        own = customer(*ws, "C1", "am1");
        other = customer(*ws, "C2", "am3");
    }

    SurveyDraft full() {
        SurveyDraft d;
        d.customerId = own;
        d.nps = 9;
        d.csat = 4;
        d.ces = 2;
        d.answers = {{1, 1, 6}, {1, 2, 7}, {5, 1, 3}};
        d.comment = "Quick delivery, friendly driver";
        return d;
    }

    std::int64_t own = 0;
    std::int64_t other = 0;
};

TEST_F(TestSurveyService, StoresTheResponseItsAnswersAndAnEncryptedComment) {
    auto ws = as("am1");
    auto id = SurveyService(*ws).add(full());
    ASSERT_TRUE(id.ok()) << id.error().message;
    EXPECT_EQ(count(*ws, "SELECT nps * 100 + csat * 10 + ces FROM survey_responses"), 942);
    EXPECT_EQ(count(*ws, "SELECT day FROM survey_responses"), ws->calendar().dayOf(ws->nowMs()));
    EXPECT_EQ(count(*ws, "SELECT count(*) FROM survey_answers"), 3);
    EXPECT_EQ(count(*ws, "SELECT count(*) FROM survey_responses WHERE " +
                             test::storedBytesHold(ws->db(), "comment", "friendly")),
              0);
    EXPECT_EQ(count(*ws, "SELECT count(*) FROM audit_log WHERE action = 'survey.add'"), 1);
}

TEST_F(TestSurveyService, BadAnswersAreRefusedAndNothingIsWritten) {
    auto ws = as("am1");
    SurveyService surveys(*ws);
    SurveyDraft d = full();
    d.nps = 11;
    EXPECT_NE(surveys.add(d).error().message.find("0 to 10"), std::string::npos);
    d = full();
    d.answers.push_back({1, 1, 5});
    EXPECT_NE(surveys.add(d).error().message.find("twice"), std::string::npos);
    d = full();
    d.answers = {{6, 1, 5}};
    EXPECT_EQ(surveys.add(d).error().code, ErrorCode::InvalidArgument);
    d = full();
    d.day = ws->calendar().dayOf(ws->nowMs()) + 1;
    EXPECT_NE(surveys.add(d).error().message.find("future"), std::string::npos);
    d = SurveyDraft{};
    d.customerId = own;
    EXPECT_NE(surveys.add(d).error().message.find("at least one answer"), std::string::npos);
    d = full();
    d.touchpoint = "Moon base";
    EXPECT_NE(surveys.add(d).error().message.find("touchpoint"), std::string::npos);
    d = full();
    d.customerId = other;
    EXPECT_EQ(surveys.add(d).error().code, ErrorCode::PermissionDenied);
    EXPECT_EQ(SurveyService(*as("ana")).add(full()).error().code, ErrorCode::PermissionDenied);
    EXPECT_EQ(count(*ws, "SELECT count(*) FROM survey_responses"), 0);
    EXPECT_EQ(count(*ws, "SELECT count(*) FROM survey_answers"), 0);
}

TEST_F(TestSurveyService, ASurveyFollowsOnlyTheCustomersOwnTicket) {
    auto ws = as("admin");
    ASSERT_TRUE(ws->db().exec("INSERT INTO tickets (customer_id, opened_at, category, subject)"
                              " VALUES (" +
                              std::to_string(other) + ", 0, 'quality', 'x')"));
    const std::int64_t ticket = ws->db().lastInsertRowId();
    SurveyDraft d = full();
    d.ticketId = ticket;
    EXPECT_NE(SurveyService(*ws).add(d).error().message.find("not one of this customer"),
              std::string::npos);
    d.customerId = other;
    ASSERT_TRUE(SurveyService(*ws).add(d).ok());
    EXPECT_EQ(count(*ws, "SELECT ticket_id FROM survey_responses"), ticket);
}

TEST_F(TestSurveyService, ReadsAnswersByDimensionNameOrNumber) {
    auto byName = SurveyService::parseAnswer("ease.2=6");
    ASSERT_TRUE(byName.ok());
    EXPECT_EQ(byName->dimension, 5);
    EXPECT_EQ(byName->item, 2);
    EXPECT_EQ(byName->value, 6);
    EXPECT_EQ(SurveyService::parseAnswer(" 2.3 = 7 ")->dimension, 2);
    for (const char* bad : {"ease.2", "joy.1=5", "6.1=5", "1.0=5", "1.1=8", "1.1=0"})
        EXPECT_FALSE(SurveyService::parseAnswer(bad).ok()) << bad;
}

} // namespace
