// tessera-cli duplicates, run as a real process: the planted pairs of issue 14
// are found after a customers import (which warns of them), near misses are
// not, and the listing follows the role's scope.

#include "CliDatabaseFixture.h"
#include "support/DuplicateTestData.h"

#include <QJsonArray>
#include <QJsonObject>
#include <set>

using namespace tessera::test;

namespace {

class TestDuplicatesCommand : public CliDatabaseFixture {
protected:
    // The planted customers as a customers CSV: existing E1 and C1 are
    // written through the repository first, the rest arrive in the import.
    std::string plantedFile() {
        QByteArray csv = "code,name,kind,owner,phone,email,id_number\n";
        for (const PlantedCustomer& p : kPlantedDuplicates) {
            if (std::string(p.code) == "E1" || std::string(p.code) == "C1")
                continue;
            csv += QByteArray(p.code) + ",\"" + p.name + "\"," + p.kind + "," + p.owner + "," +
                   QByteArray::fromStdString(p.phone.value_or("")) + "," +
                   QByteArray::fromStdString(p.email.value_or("")) + "," +
                   QByteArray::fromStdString(p.idNumber.value_or("")) + "\n";
        }
        return write("planted.csv", csv);
    }

    void plantExisting() {
        auto ws = openAs(db, "admin");
        tessera::storage::CustomerRepository repo(ws->db(), ws->cipher());
        for (const PlantedCustomer& p : kPlantedDuplicates) {
            if (std::string(p.code) != "E1" && std::string(p.code) != "C1")
                continue;
            tessera::storage::CustomerRecord c;
            c.code = p.code;
            c.name = p.name;
            c.kind = p.kind;
            c.email = p.email;
            c.ownerId = ws->db()
                            .queryInt64("SELECT id FROM users WHERE username = '" +
                                        std::string(p.owner) + "'")
                            .value();
            ASSERT_TRUE(repo.insert(c).ok());
        }
    }

    static std::set<std::string> pairsOf(const QJsonObject& doc) {
        std::set<std::string> pairs;
        for (const auto& value : doc["pairs"].toArray()) {
            const QJsonObject pair = value.toObject();
            pairs.insert(pair["first"].toObject()["code"].toString().toStdString() + "/" +
                         pair["second"].toObject()["code"].toString().toStdString());
        }
        return pairs;
    }
};

} // namespace

TEST_F(TestDuplicatesCommand, FindsThePlantedPairsAfterAnImportThatWarnsOfThem) {
    plantExisting();
    auto import = cli("admin", {"--json", "import", "customers", "--file",
                                QString::fromStdString(plantedFile())});
    ASSERT_EQ(import.exitCode, 0) << import.err;
    const QJsonArray warnings = import.json().object()["warnings"].toArray();
    QStringList texts;
    for (const auto& w : warnings)
        texts << w.toString();
    const QString all = texts.join('\n');
    // Against an existing customer, and against another row of the file, by line and code.
    EXPECT_TRUE(all.contains("Line 4 (customer E2) looks like a duplicate of the existing "
                             "customer E1 (same email, same name; score 0.87)."))
        << all.toStdString();
    EXPECT_TRUE(all.contains("Line 3 (customer P2) looks like a duplicate of line 2 (customer "
                             "P1) of this file (same phone; score 0.80)."))
        << all.toStdString();
    EXPECT_TRUE(all.contains("customer C2") && all.contains("customer C1"));
    EXPECT_EQ(texts.filter("looks like a duplicate").size(), 4);
    // No personal value in the report.
    for (const char* value : {"13800138000", "li.na", "11010519491231002", "Li Na", "星辰"})
        EXPECT_FALSE(all.contains(QString::fromUtf8(value))) << value;

    auto run = cli("admin", {"duplicates", "--json"});
    ASSERT_EQ(run.exitCode, 0) << run.err;
    const QJsonObject doc = run.json().object();
    EXPECT_EQ(pairsOf(doc), (std::set<std::string>{"P1/P2", "E1/E2", "C1/C2", "I1/I2"}));
    EXPECT_EQ(doc["total"].toInt(), 4);
    const QJsonObject best = doc["pairs"].toArray().first().toObject();
    EXPECT_EQ(best["first"].toObject()["code"].toString(), "I1");
    EXPECT_DOUBLE_EQ(best["score"].toDouble(), 0.95);
    EXPECT_EQ(best["reasons"].toArray(), QJsonArray({"id_number"}));

    auto strict = cli("admin", {"duplicates", "--json", "--min-score", "0.9", "--limit", "5"});
    EXPECT_EQ(pairsOf(strict.json().object()), std::set<std::string>{"I1/I2"});
    auto limited = cli("admin", {"duplicates", "--limit", "1"});
    ASSERT_EQ(limited.exitCode, 0) << limited.err;
    EXPECT_NE(limited.out.find("I1"), std::string::npos);
    EXPECT_NE(limited.out.find("same ID number"), std::string::npos);
    EXPECT_EQ(limited.out.find("P1"), std::string::npos);
    EXPECT_NE(limited.out.find("1 of 4"), std::string::npos);
}

TEST_F(TestDuplicatesCommand, ScopedByRoleAndCheckedArguments) {
    plantExisting();
    ASSERT_EQ(cli("admin", {"import", "customers", "--file", QString::fromStdString(plantedFile())})
                  .exitCode,
              0);
    EXPECT_EQ(pairsOf(cli("sup", {"--json", "duplicates"}).json().object()),
              (std::set<std::string>{"P1/P2", "E1/E2", "I1/I2"}));
    auto analyst = cli("ana", {"--json", "duplicates"});
    ASSERT_EQ(analyst.exitCode, 0) << analyst.err;
    EXPECT_TRUE(analyst.json().object()["masked"].toBool());
    EXPECT_EQ(analyst.out.find("Li Na"), std::string::npos);
    EXPECT_EQ(cli("am1", {"duplicates"}).exitCode, 4);
    EXPECT_EQ(cli("admin", {"duplicates", "--min-score", "1.5"}).exitCode, 2);
    EXPECT_EQ(cli("admin", {"duplicates", "--limit", "0"}).exitCode, 2);
}
