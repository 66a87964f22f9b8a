#include "domain/rights/PersonExportService.h"

#include "domain/files/StagedFile.h"
#include "domain/workspace/Log.h"
#include "storage/postgres/ServerUri.h"
#include "storage/rights/PersonDataReader.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <chrono>
#include <map>

namespace tessera::domain {
namespace {

// The file's name, or a team server's database name.
QString databaseName(const std::string& location) {
    if (storage::isServerUri(location)) {
        const auto address = storage::parseServerUri(location);
        return QString::fromStdString(address ? address->database
                                              : storage::withoutPassword(location));
    }
    return QFileInfo(QString::fromStdString(location)).fileName();
}

bool endsWith(const std::string& text, const char* tail) {
    const std::string t(tail);
    return text.size() >= t.size() && text.compare(text.size() - t.size(), t.size(), t) == 0;
}

// Days and instants are stored as numbers; the person reads dates, in the
// database's zone.
QJsonValue jsonValue(const std::string& column, const storage::PersonValue& value,
                     const Calendar& calendar) {
    if (const auto* n = std::get_if<std::int64_t>(&value)) {
        if (column == "day" || endsWith(column, "_day"))
            return Calendar::isoDate(static_cast<std::int32_t>(*n));
        if (column == "at" || endsWith(column, "_at"))
            return calendar.isoInstant(*n);
        return static_cast<qint64>(*n);
    }
    if (const auto* d = std::get_if<double>(&value))
        return *d;
    if (const auto* s = std::get_if<std::string>(&value))
        return QString::fromStdString(*s);
    return QJsonValue::Null;
}

QJsonObject jsonRow(const storage::PersonRow& row, const Calendar& calendar) {
    QJsonObject o;
    for (const auto& [column, value] : row.fields)
        o.insert(QString::fromStdString(column), jsonValue(column, value, calendar));
    return o;
}

} // namespace

Status PersonExportService::authorize(std::int64_t customerId) {
    TESSERA_TRY(m_ws.authorizeCustomer(Action::ExportPersonData, customerId));
    return m_ws.requireConfirmedIdentity(Action::ExportPersonData, "customer",
                                         std::to_string(customerId));
}

Result<QJsonObject> PersonExportService::build(std::int64_t customerId, std::int64_t& rows) {
    storage::ReadSnapshot snapshot(m_ws.db());
    TESSERA_TRY(snapshot.status());
    auto sections = storage::PersonDataReader(m_ws.db(), m_ws.cipher()).read(customerId);
    if (!sections)
        return sections.error();
    if (sections->empty() || sections->front().rows.empty())
        return makeError(ErrorCode::NotFound,
                         tr("Customer %1 does not exist.").arg(customerId).toStdString());
    const Calendar& calendar = m_ws.calendar();
    QJsonObject doc;
    doc["header"] = QJsonObject{
        {"format", QString::fromLatin1(kFormat)},
        {"format_version", kFormatVersion},
        {"generated_at", calendar.isoInstant(m_ws.nowMs())},
        {"generated_by", QString::fromStdString(m_ws.session().username)},
        {"database", databaseName(m_ws.databasePath())},
        {"time_zone", calendar.zoneName()},
    };
    // Survey answers go inside their response; tags are a plain list.
    std::map<qint64, QJsonArray> answers;
    for (const auto& section : *sections) {
        if (section.name != "survey_answers")
            continue;
        for (const auto& row : section.rows) {
            QJsonObject o = jsonRow(row, calendar);
            const qint64 response = o.take("response_id").toInteger();
            answers[response].append(o);
        }
    }
    for (const auto& section : *sections) {
        const QString name = QString::fromStdString(section.name);
        rows += static_cast<std::int64_t>(section.rows.size());
        if (section.name == "survey_answers")
            continue;
        if (section.name == "customer") {
            doc["customer"] = jsonRow(section.rows.front(), calendar);
            continue;
        }
        QJsonArray array;
        for (const auto& row : section.rows) {
            if (section.name == "tags" || section.name == "aliases") {
                array.append(jsonValue("", row.fields.front().second, calendar));
                continue;
            }
            QJsonObject o = jsonRow(row, calendar);
            if (section.name == "survey_responses")
                o["answers"] = answers[o.value("id").toInteger()];
            array.append(o);
        }
        doc[name] = array;
    }
    return doc;
}

Result<PersonExportSummary> PersonExportService::exportPerson(std::int64_t customerId,
                                                              const std::string& path,
                                                              const JobControl& job) {
    const auto started = std::chrono::steady_clock::now();
    if (path.empty())
        return makeError(ErrorCode::InvalidArgument,
                         tr("Name the file to write, e.g. person.json.").toStdString());
    TESSERA_TRY(authorize(customerId));
    const std::string stage = tr("Exporting a person's data").toStdString();
    job.report(0, stage);
    std::int64_t rows = 0;
    auto doc = build(customerId, rows);
    if (!doc)
        return doc.error();
    TESSERA_TRY(job.checkCancelled());
    auto staged = StagedFile::create(path);
    if (!staged)
        return staged.error();
    QFile file(QString::fromStdString((*staged)->temporaryPath()));
    const QByteArray bytes = QJsonDocument(*doc).toJson(QJsonDocument::Indented);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        file.write(bytes) != bytes.size() || !file.flush())
        return makeError(ErrorCode::IoError,
                         tr("Cannot write %1: %2. Choose another folder.")
                             .arg(QString::fromStdString(path), file.errorString())
                             .toStdString());
    file.close();
    TESSERA_TRY((*staged)->commit());
    TESSERA_TRY(m_ws.audit({actionKey(Action::ExportPersonData), "customer",
                            std::to_string(customerId), std::to_string(rows) + " rows"}));
    job.report(100, stage);
    log::logger().info("person data exported: customer {} rows {} in {} ms", customerId, rows,
                       std::chrono::duration_cast<std::chrono::milliseconds>(
                           std::chrono::steady_clock::now() - started)
                           .count());
    return PersonExportSummary{customerId, rows};
}

} // namespace tessera::domain
