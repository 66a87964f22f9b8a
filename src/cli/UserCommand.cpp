// tessera-cli user add|passwd|list|disable|enable: user accounts.

#include "cli/Command.h"
#include "cli/Credentials.h"
#include "domain/admin/UserService.h"

namespace tessera::cli {
namespace {

class UserCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(UserCommand)

public:
    const char* name() const override { return "user"; }

    void configure(CLI::App& command) override {
        command.description(
            tr("Manage user accounts (administrators), or change your own password.")
                .toStdString());
        command.require_subcommand(1);
        m_add =
            command.add_subcommand("add", tr("Add a user (password from TESSERA_NEW_PASSWORD or "
                                             "a prompt)")
                                              .toStdString());
        m_add->add_option("name", m_name, tr("User name").toStdString())->required();
        m_add
            ->add_option("--role", m_role,
                         tr("account_manager, supervisor, analyst or administrator").toStdString())
            ->required()
            ->check(CLI::IsMember({"account_manager", "supervisor", "analyst", "administrator"}));
        m_add->add_option("--display-name", m_displayName,
                          tr("Full name shown in the application").toStdString());
        m_add->add_option("--supervisor", m_supervisor,
                          tr("The supervisor an account manager reports to").toStdString());
        m_passwd = command.add_subcommand(
            "passwd",
            tr("Change a password (yours by default; new one from TESSERA_NEW_PASSWORD or a "
               "prompt)")
                .toStdString());
        m_passwd->add_option("name", m_name,
                             tr("Whose password (administrators only for others)").toStdString());
        m_list = command.add_subcommand("list", tr("List users").toStdString());
        m_disable =
            command.add_subcommand("disable", tr("Stop a user from signing in").toStdString());
        m_disable->add_option("name", m_name, tr("User name").toStdString())->required();
        m_enable =
            command.add_subcommand("enable", tr("Let a disabled user sign in again").toStdString());
        m_enable->add_option("name", m_name, tr("User name").toStdString())->required();
        m_remove = command.add_subcommand(
            "remove", tr("Remove a user and re-key personal data without them").toStdString());
        m_remove->add_option("name", m_name, tr("User name").toStdString())->required();
    }

    int run(const Context& context) override {
        auto ws = context.signIn();
        if (!ws)
            return context.out().fail(ws.error());
        domain::UserService users(**ws);
        int code = kExitOk;
        if (m_add->parsed())
            code = add(context, users);
        else if (m_passwd->parsed())
            code = passwd(context, users, (*ws)->session().username);
        else if (m_list->parsed())
            code = list(context, users);
        else
            code = m_remove->parsed() ? remove(context, users)
                                      : setActive(context, users, m_enable->parsed());
        return code == kExitOk ? finish(context, **ws) : code;
    }

private:
    int add(const Context& context, domain::UserService& users) {
        auto password = newPassword("TESSERA_NEW_PASSWORD", m_name);
        if (!password)
            return context.out().fail(password.error());
        domain::NewUser user{m_name, m_displayName, *domain::roleFromKey(m_role), m_supervisor,
                             *password};
        auto id = users.add(user);
        if (!id)
            return context.out().fail(id.error());
        context.out().line(tr("Added %1 (%2).").arg(qs(m_name), qs(m_role)));
        context.out().document(QJsonObject{
            {"id", static_cast<qint64>(*id)}, {"username", qs(m_name)}, {"role", qs(m_role)}});
        return kExitOk;
    }

    int passwd(const Context& context, domain::UserService& users, const std::string& self) {
        const std::string whose = m_name.empty() ? self : m_name;
        auto password = newPassword("TESSERA_NEW_PASSWORD", whose);
        if (!password)
            return context.out().fail(password.error());
        std::optional<std::string> current;
        if (whose == self) {
            auto signedIn = currentPassword(self);
            if (!signedIn)
                return context.out().fail(signedIn.error());
            current = *signedIn;
        }
        if (auto changed = users.changePassword(whose, *password, current); !changed)
            return context.out().fail(changed.error());
        context.out().line(tr("Changed the password of %1.").arg(qs(whose)));
        context.out().document(QJsonObject{{"username", qs(whose)}, {"changed", true}});
        return kExitOk;
    }

    int list(const Context& context, domain::UserService& users) {
        auto all = users.list();
        if (!all)
            return context.out().fail(all.error());
        QJsonArray array;
        for (const auto& u : *all) {
            const QString role = QString::fromLatin1(domain::roleKey(u.role).data());
            context.out().line(QStringLiteral("%1  %2  %3  %4%5")
                                   .arg(qs(u.username), -16)
                                   .arg(qs(u.displayName), -24)
                                   .arg(role, -16)
                                   .arg(qs(u.supervisorUsername))
                                   .arg(u.active ? QString() : tr("  (disabled)")));
            array.append(QJsonObject{{"id", static_cast<qint64>(u.id)},
                                     {"username", qs(u.username)},
                                     {"display_name", qs(u.displayName)},
                                     {"role", role},
                                     {"supervisor", u.supervisorUsername.empty()
                                                        ? QJsonValue()
                                                        : QJsonValue(qs(u.supervisorUsername))},
                                     {"active", u.active}});
        }
        context.out().document(array);
        return kExitOk;
    }

    int remove(const Context& context, domain::UserService& users) {
        if (auto done = users.remove(m_name); !done)
            return context.out().fail(done.error());
        context.out().line(tr("Removed %1; personal data is now under a new key.").arg(qs(m_name)));
        context.out().document(QJsonObject{{"username", qs(m_name)}, {"removed", true}});
        return kExitOk;
    }

    int setActive(const Context& context, domain::UserService& users, bool active) {
        if (auto done = users.setActive(m_name, active); !done)
            return context.out().fail(done.error());
        context.out().line(active ? tr("Enabled %1.").arg(qs(m_name))
                                  : tr("Disabled %1.").arg(qs(m_name)));
        context.out().document(QJsonObject{{"username", qs(m_name)}, {"active", active}});
        return kExitOk;
    }

    CLI::App* m_add = nullptr;
    CLI::App* m_passwd = nullptr;
    CLI::App* m_list = nullptr;
    CLI::App* m_disable = nullptr;
    CLI::App* m_enable = nullptr;
    CLI::App* m_remove = nullptr;
    std::string m_name;
    std::string m_role;
    std::string m_displayName;
    std::string m_supervisor;
};

} // namespace

std::unique_ptr<Command> makeUserCommand() {
    return std::make_unique<UserCommand>();
}

} // namespace tessera::cli
