// tessera-cli profile show|set|history: the versioned scoring profile.

#include "cli/Command.h"
#include "domain/scoring/ProfileService.h"
#include "domain/scoring/ScoringProfileCodec.h"

#include <QDateTime>

namespace tessera::cli {
namespace {

QJsonObject versionJson(const domain::ProfileVersion& v, const domain::Calendar& calendar) {
    return {{"version", static_cast<qint64>(v.version)},
            {"created_at", calendar.isoInstant(v.createdAt)},
            {"author", qs(v.author)},
            {"reason", qs(v.reason)}};
}

class ProfileCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(ProfileCommand)

public:
    const char* name() const override { return "profile"; }

    void configure(CLI::App& command) override {
        command.description(
            tr("Show, change or list the versions of the scoring profile.").toStdString());
        command.require_subcommand(1);
        m_show =
            command.add_subcommand("show", tr("Show every setting of a version").toStdString());
        m_show->add_option("--version", m_version,
                           tr("Version (default: the newest)").toStdString());
        m_set = command.add_subcommand(
            "set", tr("Change settings (KEY=VALUE, e.g. tiers.lambda=0.5), saving a new version")
                       .toStdString());
        m_set->add_option("settings", m_edits, tr("KEY=VALUE pairs").toStdString())->required();
        m_set->add_option("--reason", m_reason, tr("Why the profile changes").toStdString())
            ->required();
        m_history = command.add_subcommand("history", tr("List the versions").toStdString());
    }

    int run(const Context& context) override {
        auto ws = context.signIn();
        if (!ws)
            return context.out().fail(ws.error());
        domain::ProfileService profiles(**ws);
        m_calendar = &(*ws)->calendar();
        int code = kExitOk;
        if (m_show->parsed())
            code = show(context, profiles);
        else if (m_set->parsed())
            code = set(context, profiles);
        else
            code = history(context, profiles);
        return code == kExitOk ? finish(context, **ws) : code;
    }

private:
    int show(const Context& context, domain::ProfileService& profiles) {
        auto version = m_version > 0 ? profiles.version(m_version) : profiles.current();
        if (!version)
            return context.out().fail(version.error());
        context.out().line(tr("Scoring profile version %1 (%2, by %3: %4)")
                               .arg(version->version)
                               .arg(m_calendar->isoInstant(version->createdAt), qs(version->author),
                                    qs(version->reason)));
        for (const auto& [key, value] : domain::ScoringProfileCodec::flatten(version->json))
            context.out().line(QStringLiteral("  %1 = %2").arg(qs(key), qs(value)));
        QJsonObject json = versionJson(*version, *m_calendar);
        json["settings"] = version->json;
        context.out().document(json);
        return kExitOk;
    }

    int set(const Context& context, domain::ProfileService& profiles) {
        auto saved = profiles.edit(m_edits, m_reason);
        if (!saved)
            return context.out().fail(saved.error());
        context.out().line(tr("Saved scoring profile version %1.").arg(saved->version));
        QJsonObject json = versionJson(*saved, *m_calendar);
        json["settings"] = saved->json;
        context.out().document(json);
        return kExitOk;
    }

    int history(const Context& context, domain::ProfileService& profiles) {
        auto versions = profiles.history(50);
        if (!versions)
            return context.out().fail(versions.error());
        QJsonArray array;
        for (const auto& v : *versions) {
            context.out().line(QStringLiteral("%1  %2  %3  %4")
                                   .arg(v.version, 4)
                                   .arg(m_calendar->isoInstant(v.createdAt), -25)
                                   .arg(qs(v.author), -12)
                                   .arg(qs(v.reason)));
            array.append(versionJson(v, *m_calendar));
        }
        context.out().document(array);
        return kExitOk;
    }

    CLI::App* m_show = nullptr;
    CLI::App* m_set = nullptr;
    CLI::App* m_history = nullptr;
    std::int64_t m_version = 0;
    std::vector<std::string> m_edits;
    std::string m_reason;
    const domain::Calendar* m_calendar = nullptr; // the database's zone, for the times shown
};

} // namespace

std::unique_ptr<Command> makeProfileCommand() {
    return std::make_unique<ProfileCommand>();
}

} // namespace tessera::cli
