// tessera-cli init: creates a database with its first administrator.

#include "cli/Command.h"
#include "cli/Credentials.h"

#include <QTimeZone>

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
        auto password = newPassword("TESSERA_PASSWORD", m_admin);
        if (!password)
            return out.fail(password.error());
        options.adminPassword = *password;
        auto ws = domain::Workspace::create(context.global().db, options);
        if (!ws)
            return out.fail(ws.error());
        out.line(
            tr("Created %1 with the administrator %2 (time zone %3).")
                .arg(qs(context.global().db), qs(m_admin), QString::fromLatin1(options.timeZone)));
        QJsonObject json;
        json["database"] = qs(context.global().db);
        json["administrator"] = qs(m_admin);
        json["time_zone"] = QString::fromLatin1(options.timeZone);
        json["schema_version"] = (*ws)->db().schemaVersion();
        out.document(json);
        return kExitOk;
    }

private:
    std::string m_admin = "admin";
    std::string m_timeZone;
};

} // namespace

std::unique_ptr<Command> makeInitCommand() {
    return std::make_unique<InitCommand>();
}

} // namespace tessera::cli
