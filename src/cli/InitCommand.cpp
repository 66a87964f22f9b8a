// tessera-cli init: creates a database with its first administrator, and
// optionally fills it with deterministic demo data.

#include "cli/Command.h"
#include "cli/Credentials.h"
#include "cli/TerminalProgress.h"
#include "demo/DemoCampaigns.h"
#include "demo/DemoGenerator.h"
#include "demo/DemoToday.h"
#include "domain/setup/WorkspaceSetup.h"

#include <QFile>
#include <QTimeZone>
#include <cstdlib>

namespace tessera::cli {
namespace {

class InitCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(InitCommand)

public:
    const char* name() const override { return "init"; }

    void configure(CLI::App& command) override {
        command.description(tr("Create a new database with its first administrator (password "
                               "from TESSERA_PASSWORD or a prompt).")
                                .toStdString());
        command.add_option("--admin", m_admin, tr("The administrator's user name").toStdString())
            ->option_text("NAME");
        command
            .add_option("--time-zone", m_timeZone,
                        tr("Time zone of the database's calendar days (IANA name)").toStdString())
            ->option_text("ZONE");
        command
            .add_option("--demo", m_demo,
                        tr("Fill it with N deterministic demo customers and the documented demo "
                           "users (password tessera-demo, also the administrator's unless "
                           "TESSERA_PASSWORD is set)")
                            .toStdString())
            ->option_text("N");
    }

    int run(const Context& context) override {
        const Output& out = context.out();
        domain::NewWorkspaceOptions options;
        options.adminUsername = m_admin;
        if (!m_timeZone.empty()) {
            options.timeZone = QByteArray::fromStdString(m_timeZone);
            if (!QTimeZone(options.timeZone).isValid())
                return out.fail(ErrorCode::InvalidArgument,
                                tr("Unknown time zone '%1'; use a name like Asia/Shanghai.")
                                    .arg(qs(m_timeZone)));
        }
        if (m_demo < 0 || m_demo > domain::DemoGenerator::kMaxCustomers)
            return out.fail(ErrorCode::InvalidArgument,
                            tr("--demo takes a number of customers from 0 to %1.")
                                .arg(domain::DemoGenerator::kMaxCustomers));
        auto password = adminPassword();
        if (!password)
            return out.fail(password.error());
        options.adminPassword = *password;
        auto ws = domain::WorkspaceSetup::create(context.global().db, options);
        if (!ws)
            return out.fail(ws.error());
        QJsonObject json;
        json["database"] = qs(context.global().db);
        json["administrator"] = qs(m_admin);
        json["time_zone"] = QString::fromLatin1(options.timeZone);
        json["schema_version"] = (*ws)->db().schemaVersion();
        out.line(
            tr("Created %1 with the administrator %2 (time zone %3).")
                .arg(qs(context.global().db), qs(m_admin), QString::fromLatin1(options.timeZone)));
        if (m_demo > 0) {
            auto demo = fillDemo(**ws, out);
            if (!demo) {
                ws->reset();
                QFile::remove(qs(context.global().db)); // a half-made demo is of no use
                return out.fail(demo.error());
            }
            printDemo(out, *demo, json);
        }
        out.document(json);
        return kExitOk;
    }

private:
    Result<std::string> adminPassword() const {
        if (m_demo > 0 && !std::getenv("TESSERA_PASSWORD"))
            return std::string(domain::DemoGenerator::kDemoPassword);
        return newPassword("TESSERA_PASSWORD", m_admin);
    }

    Result<domain::DemoSummary> fillDemo(domain::Workspace& ws, const Output& out) const {
        TerminalProgress progress(out);
        domain::DemoOptions options;
        options.customers = m_demo;
        auto summary = domain::DemoGenerator(ws).generate(options, progress.job());
        // Today's follow-ups, tickets and contacts, for My Day and the warnings.
        if (summary) {
            auto today = domain::DemoToday::add(ws, options.seed, progress.job());
            if (!today)
                return today.error();
            auto campaigns = domain::DemoCampaigns::add(ws, options.endDay);
            if (!campaigns)
                return campaigns.error();
        }
        progress.clear();
        return summary;
    }

    static void printDemo(const Output& out, const domain::DemoSummary& demo, QJsonObject& json) {
        out.line(tr("Demo data: %1 customers, %2 transactions, %3 interactions, %4 survey "
                    "responses, %5 tickets; the demo users' password is %6.")
                     .arg(demo.customers)
                     .arg(demo.transactions)
                     .arg(demo.interactions)
                     .arg(demo.surveys)
                     .arg(demo.tickets)
                     .arg(QString::fromLatin1(domain::DemoGenerator::kDemoPassword)));
        json["demo"] = QJsonObject{{"customers", static_cast<qint64>(demo.customers)},
                                   {"users", static_cast<qint64>(demo.users)},
                                   {"transactions", static_cast<qint64>(demo.transactions)},
                                   {"interactions", static_cast<qint64>(demo.interactions)},
                                   {"surveys", static_cast<qint64>(demo.surveys)},
                                   {"tickets", static_cast<qint64>(demo.tickets)}};
    }

    std::int64_t m_demo = 0;
    std::string m_admin = "admin";
    std::string m_timeZone;
};

} // namespace

std::unique_ptr<Command> makeInitCommand() {
    return std::make_unique<InitCommand>();
}

} // namespace tessera::cli
