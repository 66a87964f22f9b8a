// tessera-cli myday: the signed-in user's My Day (follow-ups due, tickets
// near or past their targets, new warnings, tier changes, contact cadence).

#include "cli/Command.h"
#include "domain/myday/MyDayService.h"

namespace tessera::cli {
namespace {

const char* sectionKey(domain::MyDaySection section) {
    switch (section) {
    case domain::MyDaySection::FollowUps: return "follow_ups";
    case domain::MyDaySection::Tickets: return "tickets";
    case domain::MyDaySection::NewWarnings: return "new_warnings";
    case domain::MyDaySection::TierChanges: return "tier_changes";
    case domain::MyDaySection::Cadence: return "cadence";
    }
    return "";
}

class MyDayCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(MyDayCommand)

public:
    const char* name() const override { return "myday"; }

    void configure(CLI::App& command) override {
        command.description(tr("What to do today: follow-ups due, tickets near or past their "
                               "targets, new warnings, tier changes and customers due a contact "
                               "(a supervisor's for the team).")
                                .toStdString());
    }

    int run(const Context& context) override {
        const Output& out = context.out();
        auto ws = context.signIn();
        if (!ws)
            return out.fail(ws.error());
        auto day = domain::MyDayService(**ws).build();
        if (!day)
            return out.fail(day.error());
        QJsonObject json{{"today", domain::Calendar::isoDate(day->today)}};
        QJsonObject counts;
        for (domain::MyDaySection section : domain::kMyDaySections) {
            out.line(QStringLiteral("%1 (%2)")
                         .arg(domain::myDaySectionLabel(section))
                         .arg(day->count(section)));
            QJsonArray items;
            for (const auto& item : day->items) {
                if (item.section != section)
                    continue;
                out.line(QStringLiteral("  %1  %2  %3%4")
                             .arg(qs(item.code), -12)
                             .arg(qs(item.owner), -12)
                             .arg(item.urgent ? QStringLiteral("! ") : QString())
                             .arg(qs(item.text)));
                QJsonObject o{{"customer", qs(item.code)},
                              {"customer_id", static_cast<qint64>(item.customerId)},
                              {"name", qs(item.name)},
                              {"owner", item.owner.empty() ? QJsonValue() : qs(item.owner)},
                              {"text", qs(item.text)},
                              {"date", domain::Calendar::isoDate(item.day)},
                              {"urgent", item.urgent}};
                if (item.followUpId)
                    o["follow_up"] = static_cast<qint64>(*item.followUpId);
                if (item.ticketId)
                    o["ticket"] = static_cast<qint64>(*item.ticketId);
                items.append(o);
            }
            json[sectionKey(section)] = items;
            counts[sectionKey(section)] = static_cast<qint64>(day->count(section));
        }
        json["counts"] = counts;
        json["previous_sign_in"] =
            day->previousSignIn ? QJsonValue((*ws)->calendar().isoInstant(*day->previousSignIn))
                                : QJsonValue();
        out.document(json);
        return finish(context, **ws);
    }
};

} // namespace

std::unique_ptr<Command> makeMyDayCommand() {
    return std::make_unique<MyDayCommand>();
}

} // namespace tessera::cli
