// tessera-cli customers export-person and erase through the real process: a
// person imported from a file, their data written out on request, then
// erased, with a byte search of the database file and its WAL for the
// erased values; refusals; and backup --list naming the backups that still
// hold the erased person.

#include "cli/CliDatabaseFixture.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <gtest/gtest.h>

using namespace tessera;

namespace {

constexpr const char* kName = "Ottoline Vexworth-Amadi";
constexpr const char* kPhone = "+86 135-2468-0246";
constexpr const char* kPhoneDigits = "8613524680246";
constexpr const char* kEmail = "ottoline.vexworth@rights-cli.example";
constexpr const char* kIdNumber = "CLIRIGHTS-44019377";
constexpr const char* kAddress = "9 Brindlewood Row, Harrowgate";
constexpr const char* kNotes = "Asked about the Brindlewood lease";

class TestRightsCommands : public test::CliDatabaseFixture {
protected:
    void SetUp() override {
        CliDatabaseFixture::SetUp();
        const std::string csv =
            std::string("code,name,kind,phone,email,id_number,address,notes\n") + "P-1," + kName +
            ",person," + kPhone + "," + kEmail + "," + kIdNumber + ",\"" + kAddress + "\"," +
            kNotes + "\nP-2,Keep Thornbury,person,13900001111,keep@rights-cli.example,,,\n";
        ASSERT_EQ(
            cli("admin", {"import", "customers", "--file",
                          QString::fromStdString(write("c.csv", QByteArray::fromStdString(csv)))})
                .exitCode,
            0);
    }

    std::string fileAndWal() const {
        std::string bytes;
        for (const std::string& p : {db, db + "-wal"}) {
            QFile f(QString::fromStdString(p));
            if (f.open(QIODevice::ReadOnly))
                bytes += f.readAll().toStdString();
        }
        return bytes;
    }

    static QJsonObject json(const std::string& text) {
        return QJsonDocument::fromJson(QByteArray::fromStdString(text)).object();
    }
};

} // namespace

TEST_F(TestRightsCommands, ExportPersonWritesTheRecordDecrypted) {
    const std::string out = dir.path("p1.json");
    const auto run = cli("admin", {"customers", "export-person", "--id", "P-1", "--out",
                                   QString::fromStdString(out), "--json"});
    ASSERT_EQ(run.exitCode, 0) << run.err;
    EXPECT_EQ(json(run.out)["customer"].toString(), "P-1");
    QFile f(QString::fromStdString(out));
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QJsonObject doc = QJsonDocument::fromJson(f.readAll()).object();
    const QJsonObject customer = doc["customer"].toObject();
    EXPECT_EQ(customer["name"].toString(), QString::fromUtf8(kName));
    EXPECT_EQ(customer["phone"].toString(), QString::fromUtf8(kPhone));
    EXPECT_EQ(customer["email"].toString(), QString::fromUtf8(kEmail));
    EXPECT_EQ(customer["id_number"].toString(), QString::fromUtf8(kIdNumber));
    EXPECT_EQ(customer["address"].toString(), QString::fromUtf8(kAddress));
    EXPECT_EQ(customer["notes"].toString(), QString::fromUtf8(kNotes));
    EXPECT_EQ(doc["header"].toObject()["generated_by"].toString(), "admin");
    for (const char* key : {"contacts", "consent_history", "tags", "transactions", "interactions",
                            "survey_responses", "tickets", "follow_ups", "scores"})
        EXPECT_TRUE(doc[key].isArray()) << key;
}

TEST_F(TestRightsCommands, ExportPersonIsForAdministratorsAndSaysWhatIsWrong) {
    const std::string out = dir.path("p1.json");
    const auto refused = cli(
        "sup", {"customers", "export-person", "--id", "P-1", "--out", QString::fromStdString(out)});
    EXPECT_EQ(refused.exitCode, 4) << refused.err;
    EXPECT_FALSE(QFile::exists(QString::fromStdString(out)));
    const auto badPath = cli("admin", {"customers", "export-person", "--id", "P-1", "--out",
                                       QString::fromStdString(dir.path("missing/p1.json"))});
    EXPECT_EQ(badPath.exitCode, 1);
    EXPECT_NE(badPath.err.find("Choose another folder"), std::string::npos) << badPath.err;
    const auto unknown = cli("admin", {"customers", "export-person", "--id", "NOPE", "--out",
                                       QString::fromStdString(out)});
    EXPECT_NE(unknown.exitCode, 0);
    EXPECT_FALSE(QFile::exists(QString::fromStdString(out)));
}

TEST_F(TestRightsCommands, EraseLeavesNoTraceOfTheValuesInTheFileOrWal) {
    ASSERT_EQ(cli("admin", {"backup"}).exitCode, 0);
    EXPECT_NE(fileAndWal().find(kName), std::string::npos); // names are plain text until erased

    const auto missingReason = cli("admin", {"customers", "erase", "--id", "P-1"});
    EXPECT_EQ(missingReason.exitCode, 2);
    const auto refused = cli("sup", {"customers", "erase", "--id", "P-1", "--reason", "request"});
    EXPECT_EQ(refused.exitCode, 4);
    const auto blank = cli("admin", {"customers", "erase", "--id", "P-1", "--reason", " "});
    EXPECT_EQ(blank.exitCode, 2);

    const auto erased = cli("admin", {"customers", "erase", "--id", "P-1", "--reason",
                                      "request of 2026-12-01", "--json"});
    ASSERT_EQ(erased.exitCode, 0) << erased.err;
    const QJsonObject report = json(erased.out);
    EXPECT_TRUE(report["pseudonym"].toString().startsWith("ERASED-"));
    EXPECT_TRUE(report["wal_truncated"].toBool());

    const std::string bytes = fileAndWal();
    for (const char* value : {kName, kPhone, kPhoneDigits, kEmail, kIdNumber, kAddress, kNotes})
        EXPECT_EQ(bytes.find(value), std::string::npos) << value;
    EXPECT_NE(bytes.find("Keep Thornbury"), std::string::npos); // the other customer stays

    const auto shown = cli("admin", {"customers", "--id", "P-1", "--json"});
    ASSERT_EQ(shown.exitCode, 0);
    EXPECT_EQ(json(shown.out)["name"].toString(), report["pseudonym"].toString());
    const auto again =
        cli("admin", {"customers", "erase", "--id", "P-1", "--reason", "request of 2026-12-01"});
    EXPECT_NE(again.exitCode, 0);
    EXPECT_NE(again.err.find("already erased"), std::string::npos) << again.err;

    // The backup made before still holds the person; one made after does not.
    ASSERT_EQ(cli("admin", {"backup"}).exitCode, 0);
    const auto listed = cli("admin", {"backup", "--list", "--json"});
    ASSERT_EQ(listed.exitCode, 0) << listed.err;
    const QJsonArray backups =
        QJsonDocument::fromJson(QByteArray::fromStdString(listed.out)).array();
    ASSERT_EQ(backups.size(), 2);
    EXPECT_EQ(backups.at(0).toObject()["erased_persons_held"].toInteger(), 0); // newest first
    EXPECT_EQ(backups.at(1).toObject()["erased_persons_held"].toInteger(), 1);
    const auto human = cli("admin", {"backup", "--list"});
    EXPECT_NE(human.out.find("holds 1 erased person"), std::string::npos) << human.out;
}
