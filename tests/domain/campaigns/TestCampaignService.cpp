// Campaigns and their return on the worked example of docs/kpis.md: the
// simple ROI rule and the difference in differences computed by hand, the
// targets a campaign may name, and refusals that leave nothing behind.

#include "domain/campaigns/CampaignService.h"
#include "kpi/KpiExample.h"

#include <QFile>
#include <cmath>

using namespace tessera;
using namespace tessera::domain;

namespace {

class TestCampaignService : public test::KpiExample {
protected:
    CampaignDraft mayCampaign(std::vector<std::string> codes = {"K1", "K3"}) {
        CampaignDraft d;
        d.name = "May upgrade offer";
        d.cost = 100.0;
        d.startDay = *Calendar::parseDay("2026-05-01");
        d.endDay = *Calendar::parseDay("2026-05-31");
        d.targetKind = "customers";
        d.customerCodes = std::move(codes);
        return d;
    }
};

TEST_F(TestCampaignService, RoiAndDifferenceInDifferencesMatchTheHandComputedSet) {
    auto ws = as("admin");
    auto id = CampaignService(*ws).add(mayCampaign());
    ASSERT_TRUE(id.ok()) << id.error().message;
    auto roi = CampaignService(*ws).roi(*id);
    ASSERT_TRUE(roi.ok()) << roi.error().message;
    EXPECT_EQ(Calendar::isoDate(roi->beforeFirstDay), "2026-03-31");
    EXPECT_EQ(Calendar::isoDate(roi->beforeLastDay), "2026-04-30");
    EXPECT_DOUBLE_EQ(roi->cost, 100.0);
    EXPECT_DOUBLE_EQ(roi->revenueBefore, 100.0);
    EXPECT_DOUBLE_EQ(roi->revenueDuring, 510.0);
    EXPECT_DOUBLE_EQ(roi->attributableRevenue, 410.0);
    EXPECT_DOUBLE_EQ(roi->roi, 3.1);
    // Treated changes +150, +260 (mean 205); comparison -80, +120, 0, 0 (mean 10).
    EXPECT_EQ(roi->did.treated, 2);
    EXPECT_EQ(roi->did.control, 4);
    EXPECT_DOUBLE_EQ(roi->did.uplift, 195.0);
    EXPECT_NEAR(roi->did.standardError, std::sqrt(4725.0), 1e-9);
    EXPECT_NEAR(roi->did.ciLow, 195.0 - 1.959963984540054 * std::sqrt(4725.0), 1e-9);
    EXPECT_NEAR(roi->did.ciHigh, 195.0 + 1.959963984540054 * std::sqrt(4725.0), 1e-9);
    EXPECT_DOUBLE_EQ(roi->didUpliftTotal, 390.0);
    EXPECT_DOUBLE_EQ(roi->didRoi, 2.9);
}

TEST_F(TestCampaignService, TheTargetedCustomersAreFrozenWhenSaved) {
    auto ws = as("admin");
    CampaignDraft d = mayCampaign();
    d.targetKind = "owner";
    d.targetValue = "am1";
    auto id = CampaignService(*ws).add(d);
    ASSERT_TRUE(id.ok());
    EXPECT_EQ(CampaignService(*ws).find(*id)->customers, 4);
    customer(*ws, "K7", "am1"); // joins am1's portfolio later
    EXPECT_EQ(CampaignService(*ws).find(*id)->customers, 4);
    ASSERT_TRUE(CampaignService(*ws).update(*id, d).ok()); // saving again takes it in
    EXPECT_EQ(CampaignService(*ws).find(*id)->customers, 5);
}

TEST_F(TestCampaignService, ASupervisorTargetsOnlyTheirTeamAndAnAccountManagerNothing) {
    auto sup = as("sup");
    CampaignDraft foreign = mayCampaign({"K1", "K5"});
    EXPECT_EQ(CampaignService(*sup).add(foreign).error().code, ErrorCode::PermissionDenied);
    CampaignDraft owner = mayCampaign();
    owner.targetKind = "owner";
    owner.targetValue = "am3";
    EXPECT_EQ(CampaignService(*sup).add(owner).error().code, ErrorCode::PermissionDenied);
    EXPECT_EQ(CampaignService(*as("am1")).add(mayCampaign()).error().code,
              ErrorCode::PermissionDenied);
    EXPECT_EQ(CampaignService(*as("am1")).list().error().code, ErrorCode::PermissionDenied);
    EXPECT_EQ(count(*sup, "SELECT count(*) FROM campaigns"), 0);
    // Read by the administrator: on a server others read only the chain's tail.
    EXPECT_EQ(count(*as("admin"), "SELECT count(*) FROM audit_log WHERE outcome = 'refused'"), 4);
    EXPECT_TRUE(CampaignService(*sup).add(mayCampaign()).ok());
    EXPECT_TRUE(CampaignService(*as("ana")).roi(1).ok()); // analysts read the return
    // Another supervisor's campaign is theirs to edit, not sup's.
    auto admin = as("admin");
    auto theirs = CampaignService(*admin).add(mayCampaign({"K1"}));
    ASSERT_TRUE(theirs.ok());
    EXPECT_EQ(CampaignService(*sup).update(*theirs, mayCampaign()).error().code,
              ErrorCode::PermissionDenied);
    EXPECT_TRUE(CampaignService(*sup).update(1, mayCampaign({"K1"})).ok());
}

TEST_F(TestCampaignService, BadInputIsRefusedWithAMessageAndNothingIsWritten) {
    auto ws = as("admin");
    CampaignService campaigns(*ws);
    CampaignDraft d = mayCampaign();
    d.name = "  ";
    EXPECT_EQ(campaigns.add(d).error().code, ErrorCode::InvalidArgument);
    d = mayCampaign();
    d.cost = -5;
    EXPECT_EQ(campaigns.add(d).error().code, ErrorCode::InvalidArgument);
    d = mayCampaign();
    d.endDay = d.startDay - 1;
    EXPECT_NE(campaigns.add(d).error().message.find("before it starts"), std::string::npos);
    d = mayCampaign({"K1", "NOPE"});
    EXPECT_EQ(campaigns.add(d).error().code, ErrorCode::NotFound);
    d = mayCampaign();
    d.targetKind = "tier";
    d.targetValue = "Gold";
    EXPECT_NE(campaigns.add(d).error().message.find("run scoring first"), std::string::npos);
    d.targetKind = "planet";
    EXPECT_EQ(campaigns.add(d).error().code, ErrorCode::InvalidArgument);
    EXPECT_EQ(campaigns.roi(42).error().code, ErrorCode::NotFound);
    EXPECT_EQ(count(*ws, "SELECT count(*) FROM campaigns"), 0);
    EXPECT_EQ(count(*ws, "SELECT count(*) FROM campaign_customers"), 0);
}

TEST_F(TestCampaignService, ACostOfZeroHasNoRoi) {
    auto ws = as("admin");
    CampaignDraft d = mayCampaign();
    d.cost = 0;
    auto id = CampaignService(*ws).add(d);
    ASSERT_TRUE(id.ok());
    auto roi = CampaignService(*ws).roi(*id);
    ASSERT_TRUE(roi.ok());
    EXPECT_TRUE(std::isnan(roi->roi));
    EXPECT_DOUBLE_EQ(roi->attributableRevenue, 410.0);
}

TEST_F(TestCampaignService, ReadsCustomerCodesFromAListFile) {
    const std::string bare = dir.path("bare.txt");
    const std::string headed = dir.path("headed.csv");
    for (auto [path, text] :
         {std::pair{bare, "K1\nK3\n\n"}, std::pair{headed, "code,note\nK1,x\nK3,y\n"}}) {
        QFile f(QString::fromStdString(path));
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(text);
    }
    EXPECT_EQ(*CampaignService::codesFromFile(bare), (std::vector<std::string>{"K1", "K3"}));
    EXPECT_EQ(*CampaignService::codesFromFile(headed), (std::vector<std::string>{"K1", "K3"}));
    EXPECT_FALSE(CampaignService::codesFromFile(dir.path("missing.txt")).ok());
}

} // namespace
