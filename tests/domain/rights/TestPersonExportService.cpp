#include "domain/rights/PersonExportService.h"
#include "rights/RightsFixture.h"
#include "storage/postgres/ServerUri.h"
#include "support/TestSupport.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <gtest/gtest.h>

using namespace tessera;
using namespace tessera::domain;

namespace {

class TestPersonExportService : public test::RightsFixture {
protected:
    void SetUp() override {
        RightsFixture::SetUp();
        id = plantPerson();
        ws = as("admin");
        // A scoring run that scored the person, so the history has a row.
        check(ws->db().exec(
            "INSERT INTO scoring_runs (id, started_at, finished_at, as_of_day, profile_version, "
            "customers, details) SELECT 7, 1782784800000, 1782784800000, 20634, max(version), 1, "
            "'{}' FROM scoring_profiles;"
            "INSERT INTO customer_scores (run_id, customer_id, recency_days, frequency, monetary, "
            "social, score_r, score_f, score_m, score_s, rfms, segment, cluster, weight_rule, "
            "tier_score, tier) VALUES (7, " +
            std::to_string(id) +
            ", 34, 1, 1234.56, 0, 3, 1, 4, 1, 2.5, 'Loyal', 2, 'crmv', 0.7, "
            "'Gold')"));
    }

    QJsonObject exportedDocument(const std::string& file) {
        QFile f(QString::fromStdString(file));
        EXPECT_TRUE(f.open(QIODevice::ReadOnly));
        return QJsonDocument::fromJson(f.readAll()).object();
    }

    std::int64_t id = 0;
    std::unique_ptr<Workspace> ws;
};

QString q(const char* text) {
    return QString::fromUtf8(text);
}

} // namespace

TEST_F(TestPersonExportService, TheDocumentHoldsEverythingAboutThePerson) {
    check(ws->confirmIdentity(test::kAdminPassword));
    const std::string file = dir.path("person.json");
    const auto summary = value(PersonExportService(*ws).exportPerson(id, file));
    const QJsonObject doc = exportedDocument(file);

    const QJsonObject header = doc["header"].toObject();
    EXPECT_EQ(header["format"].toString(), "tessera-person-data");
    EXPECT_EQ(header["generated_by"].toString(), "admin");
    EXPECT_EQ(header["generated_at"].toString(), ws->calendar().isoInstant(ws->nowMs()));
    // The file's name, or on a server the database's.
    const auto server = storage::parseServerUri(test::locationAs(path, "admin"));
    EXPECT_EQ(header["database"].toString(),
              server ? QString::fromStdString(server->database) : QStringLiteral("day.tessera"));

    const QJsonObject customer = doc["customer"].toObject();
    EXPECT_EQ(customer["code"].toString(), "RIGHTS-1");
    EXPECT_EQ(customer["name"].toString(), q(kName));
    EXPECT_EQ(customer["phone"].toString(), q(kPhone));
    EXPECT_EQ(customer["email"].toString(), q(kEmail));
    EXPECT_EQ(customer["id_number"].toString(), q(kIdNumber));
    EXPECT_EQ(customer["address"].toString(), q(kAddress));
    EXPECT_EQ(customer["notes"].toString(), q(kNotes));
    EXPECT_FALSE(customer.contains("phone_hash")); // the lookup hashes mean nothing to the person
    EXPECT_EQ(customer["created_at"].toString(), ws->calendar().isoInstant(ws->nowMs()));

    const QJsonObject contact = doc["contacts"].toArray().at(0).toObject();
    EXPECT_EQ(contact["name"].toString(), q(kContactName));
    EXPECT_EQ(contact["phone"].toString(), q(kContactPhone));
    EXPECT_EQ(contact["email"].toString(), q(kContactEmail));
    EXPECT_EQ(doc["tags"].toArray(), QJsonArray{"vip"});

    bool wechat = false;
    for (const auto& e : doc["consent_history"].toArray())
        if (e.toObject()["channel"].toString() == "wechat") {
            wechat = true;
            EXPECT_EQ(e.toObject()["source"].toString(), q(kConsentSource));
            EXPECT_EQ(e.toObject()["recorded_by"].toString(), "am1");
        }
    EXPECT_TRUE(wechat);

    const QJsonObject purchase = doc["transactions"].toArray().at(0).toObject();
    EXPECT_EQ(purchase["amount_cents"].toInteger(), 123456);
    EXPECT_EQ(purchase["day"].toString(), Calendar::isoDate(20600));
    const QJsonObject interaction = doc["interactions"].toArray().at(0).toObject();
    EXPECT_EQ(interaction["notes"].toString(), q(kInteractionNote));
    EXPECT_EQ(interaction["outcome"].toString(), q(kOutcome));
    EXPECT_EQ(interaction["at"].toString(),
              ws->calendar().isoInstant(instant(*ws, "2026-06-29 15:00")));
    const QJsonObject response = doc["survey_responses"].toArray().at(0).toObject();
    EXPECT_EQ(response["comment"].toString(), q(kSurveyComment));
    EXPECT_EQ(response["nps"].toInteger(), 9);
    EXPECT_EQ(response["answers"].toArray().size(), 2);
    EXPECT_EQ(response["answers"].toArray().at(1).toObject()["value"].toInteger(), 4);
    const QJsonObject ticket = doc["tickets"].toArray().at(0).toObject();
    EXPECT_EQ(ticket["subject"].toString(), q(kTicketSubject));
    EXPECT_EQ(ticket["description"].toString(), q(kTicketDescription));
    EXPECT_EQ(doc["follow_ups"].toArray().at(0).toObject()["note"].toString(), q(kFollowUpNote));
    const QJsonObject score = doc["scores"].toArray().at(0).toObject();
    EXPECT_EQ(score["tier"].toString(), "Gold");
    EXPECT_EQ(score["run_day"].toString(), Calendar::isoDate(20634));
    EXPECT_EQ(score["run_at"].toString(), ws->calendar().isoInstant(1782784800000));

    // Every row of every table about the person, counted directly.
    const std::string c = std::to_string(id);
    std::int64_t direct = 1;
    for (const char* table :
         {"contacts", "customer_tags", "consent_events", "transactions", "interactions",
          "survey_responses", "tickets", "follow_ups", "customer_scores", "standing_overrides",
          "warning_states", "campaign_customers", "customer_aliases"})
        direct +=
            count(*ws, std::string("SELECT count(*) FROM ") + table + " WHERE customer_id = " + c);
    direct += count(*ws, "SELECT count(*) FROM survey_answers");
    EXPECT_EQ(summary.rows, direct);
    EXPECT_EQ(QFileInfo(QString::fromStdString(file)).permissions() &
                  (QFile::ReadGroup | QFile::ReadOther),
              0);
}

TEST_F(TestPersonExportService, TheExportIsAuditedByIdWithoutValues) {
    check(ws->confirmIdentity(test::kAdminPassword));
    value(PersonExportService(*ws).exportPerson(id, dir.path("person.json")));
    EXPECT_EQ(test::dumpQuery(ws->db(), "SELECT object_type, object_id, outcome FROM audit_log "
                                        "WHERE action = 'customer.export_person'"),
              "customer|" + std::to_string(id) + "|ok\n");
    const std::string audit = test::dumpQuery(ws->db(), "SELECT * FROM audit_log");
    for (const std::string& v : erasedValues())
        EXPECT_EQ(audit.find(v), std::string::npos) << v;
}

TEST_F(TestPersonExportService, OthersAreRefusedAndAudited) {
    for (const char* user : {"am1", "sup", "ana"}) {
        auto other = as(user);
        check(other->confirmIdentity(test::kUserPassword));
        const std::string file = dir.path(std::string(user) + ".json");
        auto exported = PersonExportService(*other).exportPerson(id, file);
        ASSERT_FALSE(exported.ok()) << user;
        EXPECT_EQ(exported.error().code, ErrorCode::PermissionDenied) << user;
        EXPECT_FALSE(QFile::exists(QString::fromStdString(file))) << user;
        EXPECT_EQ(
            count(*other, "SELECT count(*) FROM audit_log WHERE action = "
                          "'customer.export_person' AND outcome = 'refused' AND username = '" +
                              std::string(user) + "'"),
            1);
    }
}

TEST_F(TestPersonExportService, ThePasswordMustBeConfirmedFirst) {
    const std::string file = dir.path("person.json");
    auto exported = PersonExportService(*ws).exportPerson(id, file);
    ASSERT_FALSE(exported.ok());
    EXPECT_EQ(exported.error().code, ErrorCode::AuthenticationFailed);
    EXPECT_FALSE(QFile::exists(QString::fromStdString(file)));
}

TEST_F(TestPersonExportService, ABadPathSaysSoAndLeavesNothing) {
    check(ws->confirmIdentity(test::kAdminPassword));
    const std::string file = dir.path("no-such-folder/person.json");
    auto exported = PersonExportService(*ws).exportPerson(id, file);
    ASSERT_FALSE(exported.ok());
    EXPECT_EQ(exported.error().code, ErrorCode::IoError);
    EXPECT_NE(exported.error().message.find("Choose another folder"), std::string::npos);
    EXPECT_EQ(count(*ws, "SELECT count(*) FROM audit_log WHERE action = 'customer.export_person'"),
              0);
    auto missing = PersonExportService(*ws).exportPerson(987654, dir.path("x.json"));
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().code, ErrorCode::NotFound);
}

TEST_F(TestPersonExportService, AnExistingFileIsReplacedWhole) {
    check(ws->confirmIdentity(test::kAdminPassword));
    const std::string file = dir.path("person.json");
    test::writeFile(file, std::string(100000, 'x'));
    value(PersonExportService(*ws).exportPerson(id, file));
    EXPECT_EQ(exportedDocument(file)["customer"].toObject()["code"].toString(), "RIGHTS-1");
}
