#include "cli/audit/AuditReviewSubcommand.h"

#include "cli/DayOption.h"
#include "domain/accessreview/AccessReviewService.h"

#include <QJsonArray>
#include <QStringList>

namespace tessera::cli {

void AuditReviewSubcommand::configure(CLI::App& audit) {
    m_review = audit.add_subcommand(
        "review", tr("Reads of personal data per user and day, with bulk reads, access out of "
                     "hours or at weekends, and refused attempts flagged (administrators)")
                      .toStdString());
    m_review->add_option("--since", m_since, tr("The first day reviewed").toStdString())
        ->required()
        ->option_text("DATE");
    m_review
        ->add_option("--until", m_until,
                     tr("The last day reviewed, included (default: today)").toStdString())
        ->option_text("DATE");
}

bool AuditReviewSubcommand::parsed() const {
    return m_review && m_review->parsed();
}

int AuditReviewSubcommand::run(domain::Workspace& ws, const Output& out) {
    auto first = parseDayOption("--since", m_since);
    if (!first)
        return out.fail(first.error());
    std::int32_t last = ws.calendar().dayOf(ws.nowMs());
    if (!m_until.empty()) {
        auto until = parseDayOption("--until", m_until);
        if (!until)
            return out.fail(until.error());
        last = *until;
    }
    auto review = domain::AccessReviewService(ws).review(*first, last);
    if (!review)
        return out.fail(review.error());
    print(ws, out, *review);
    out.document(json(ws, *review));
    return kExitOk;
}

void AuditReviewSubcommand::print(const domain::Workspace& ws, const Output& out,
                                  const domain::AccessReview& review) {
    const domain::Calendar& calendar = ws.calendar();
    out.line(tr("Access review %1 to %2 (%3): %n user-day(s)", nullptr,
                static_cast<int>(review.days.size()))
                 .arg(domain::Calendar::isoDate(review.firstDay),
                      domain::Calendar::isoDate(review.lastDay), calendar.zoneName()) +
             QStringLiteral(", ") +
             tr("%n flagged", nullptr, static_cast<int>(review.flaggedDays())));
    out.line(tr("Bulk above %1 reads a day; working hours %2:00 to %3:00 (profile version %4).")
                 .arg(review.settings.bulkReadThreshold)
                 .arg(review.settings.workingDayStartHour)
                 .arg(review.settings.workingDayEndHour)
                 .arg(review.profileVersion));
    for (const domain::AccessDay& d : review.days) {
        QStringList flags;
        for (const std::string& key : d.flags())
            flags << domain::AccessReviewService::flagLabel(key);
        out.line(tr("%1  %2  %3 read(s), %4 customer(s), %5 export(s), %6 refused, %7 to %8  %9")
                     .arg(domain::Calendar::isoDate(d.day), qs(d.username))
                     .arg(d.reads)
                     .arg(d.customers)
                     .arg(d.exports)
                     .arg(d.refused)
                     .arg(calendar.wallClock(d.firstAt, QStringLiteral("HH:mm")),
                          calendar.wallClock(d.lastAt, QStringLiteral("HH:mm")),
                          flags.isEmpty() ? QString()
                                          : QLatin1Char('[') + flags.join(QStringLiteral(", ")) +
                                                QLatin1Char(']')));
    }
}

QJsonObject AuditReviewSubcommand::json(const domain::Workspace& ws,
                                        const domain::AccessReview& review) {
    const domain::Calendar& calendar = ws.calendar();
    QJsonArray days;
    for (const domain::AccessDay& d : review.days)
        days.append(QJsonObject{
            {"day", domain::Calendar::isoDate(d.day)},
            {"user", qs(d.username)},
            {"user_id", d.userId ? QJsonValue(static_cast<qint64>(*d.userId)) : QJsonValue()},
            {"reads", static_cast<qint64>(d.reads)},
            {"opened", static_cast<qint64>(d.opened)},
            {"customers", static_cast<qint64>(d.customers)},
            {"exports", static_cast<qint64>(d.exports)},
            {"exported_rows", static_cast<qint64>(d.exportedRows)},
            {"refused", static_cast<qint64>(d.refused)},
            {"out_of_hours", static_cast<qint64>(d.outOfHours)},
            {"first", calendar.isoInstant(d.firstAt)},
            {"last", calendar.isoInstant(d.lastAt)},
            {"flags", jsonStrings(d.flags())}});
    return QJsonObject{{"since", domain::Calendar::isoDate(review.firstDay)},
                       {"until", domain::Calendar::isoDate(review.lastDay)},
                       {"time_zone", calendar.zoneName()},
                       {"profile_version", static_cast<qint64>(review.profileVersion)},
                       {"bulk_read_threshold", review.settings.bulkReadThreshold},
                       {"working_day_start_hour", review.settings.workingDayStartHour},
                       {"working_day_end_hour", review.settings.workingDayEndHour},
                       {"reads", static_cast<qint64>(review.totalReads())},
                       {"flagged_days", static_cast<qint64>(review.flaggedDays())},
                       {"days", days}};
}

} // namespace tessera::cli
