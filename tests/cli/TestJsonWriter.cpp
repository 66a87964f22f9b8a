// JsonWriter against QJsonDocument: the long lists it writes must be the
// same text the QJson form of the same values gives, byte for byte.

#include "cli/JsonWriter.h"
#include "cli/activity/ActivityJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <gtest/gtest.h>
#include <limits>

using namespace tessera;
using tessera::cli::JsonWriter;

namespace {

std::string qtText(const QJsonArray& array) {
    return QJsonDocument(array).toJson(QJsonDocument::Indented).toStdString();
}

} // namespace

TEST(TestJsonWriter, WritesTheSameTextAsQJsonDocumentForNestingAndEmptyContainers) {
    JsonWriter json;
    json.beginArray();
    json.beginObject().key("a").value(std::int64_t{1}).key("b").null();
    json.key("c").beginArray().value("x").beginArray().endArray().beginObject().endObject();
    json.endArray().key("d").beginObject().endObject().endObject();
    json.beginArray().endArray();
    json.value(std::numeric_limits<std::int64_t>::min())
        .value(std::numeric_limits<std::int64_t>::max());
    json.endArray();
    const QJsonArray expected{QJsonObject{{"a", 1},
                                          {"b", QJsonValue()},
                                          {"c", QJsonArray{"x", QJsonArray{}, QJsonObject{}}},
                                          {"d", QJsonObject{}}},
                              QJsonArray{},
                              static_cast<qint64>(std::numeric_limits<std::int64_t>::min()),
                              static_cast<qint64>(std::numeric_limits<std::int64_t>::max())};
    EXPECT_EQ(json.text(), qtText(expected));

    JsonWriter empty;
    empty.beginArray().endArray();
    EXPECT_EQ(empty.text(), qtText(QJsonArray{}));
}

TEST(TestJsonWriter, EscapesTextAsQJsonDocumentDoes) {
    static const char kControls[] = "nul \0 unit \x1f delete \x7f";
    const std::string samples[] = {
        "plain",
        "quote \" backslash \\ slash /",
        "tab\tnew line\ncarriage\rback\bfeed\f",
        std::string(kControls, sizeof kControls - 1),
        "张伟 科技有限公司 🙂",
        "bad \xff\xfe bytes \xe4\xb8 cut",
    };
    JsonWriter json;
    json.beginArray();
    QJsonArray expected;
    for (const std::string& sample : samples) {
        json.value(sample);
        expected.append(QString::fromUtf8(sample.data(), static_cast<qsizetype>(sample.size())));
    }
    json.endArray();
    EXPECT_EQ(json.text(), qtText(expected));
}

TEST(TestJsonWriter, ALongDocumentWrittenInPiecesIsTheSameDocument) {
    JsonWriter whole;
    JsonWriter pieces;
    std::string written;
    whole.beginArray();
    pieces.beginArray();
    for (std::int64_t i = 0; i < 50; ++i) {
        whole.beginObject().key("i").value(i).endObject();
        pieces.beginObject().key("i").value(i).endObject();
        if (i % 7 == 0) {
            written += pieces.text();
            pieces.clearText();
        }
    }
    written += pieces.endArray().text();
    EXPECT_EQ(written, whole.endArray().text());
}

TEST(TestJsonWriter, AWarningWrittenDirectlyReadsAsItsQJsonObject) {
    domain::Warning w;
    w.customerId = 42;
    w.code = "C-42";
    w.name = "王芳 \"Fang\"";
    w.customerKind = "person";
    w.kind = domain::WarningKind::OverContact;
    w.sinceDay = 20634; // 2026-06-30
    w.reason = "4 outbound contacts in the last 7 days (limit 3).";
    const QJsonObject withoutOwner = cli::warningJson(w);
    EXPECT_EQ(withoutOwner["id"].toString(), "over-contact:42:2026-06-30");
    EXPECT_TRUE(withoutOwner["owner"].isNull());
    EXPECT_EQ(withoutOwner["since"].toString(), "2026-06-30");
    EXPECT_EQ(withoutOwner["name"].toString(), QString::fromUtf8("王芳 \"Fang\""));
    w.ownerId = 7;
    w.owner = "am1";
    w.ownerName = "Account Manager One";
    JsonWriter json;
    json.beginArray();
    cli::writeWarningJson(json, w);
    json.endArray();
    const QJsonObject withOwner = cli::warningJson(w);
    EXPECT_EQ(json.text(), qtText(QJsonArray{withOwner}));
    EXPECT_EQ(withOwner.keys(), (QStringList{"code", "customer_id", "id", "kind", "name", "owner",
                                             "owner_name", "reason", "since", "state"}));
    EXPECT_EQ(withOwner["owner_name"].toString(), "Account Manager One");
    EXPECT_EQ(withOwner["customer_id"].toInteger(), 42);
}
