// tessera-cli key rotate: a new key for the personal data.

#include "cli/Command.h"
#include "domain/admin/MaintenanceService.h"

namespace tessera::cli {
namespace {

class KeyCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(KeyCommand)

public:
    const char* name() const override { return "key"; }

    void configure(CLI::App& command) override {
        command.description(
            tr("Manage the key that encrypts personal data (administrators).").toStdString());
        command.require_subcommand(1);
        command.add_subcommand("rotate",
                               tr("Re-encrypt all personal data under a new key").toStdString());
    }

    int run(const Context& context) override {
        auto ws = context.signIn();
        if (!ws)
            return context.out().fail(ws.error());
        auto count = domain::MaintenanceService(**ws).rotateDataKey();
        if (!count)
            return context.out().fail(count.error());
        context.out().line(tr("Rotated the data key: %1 values re-encrypted, every user's key "
                              "re-sealed, the audit chain re-signed.")
                               .arg(*count));
        context.out().document(QJsonObject{{"reencrypted", static_cast<qint64>(*count)}});
        return finish(context, **ws);
    }
};

} // namespace

std::unique_ptr<Command> makeKeyCommand() {
    return std::make_unique<KeyCommand>();
}

} // namespace tessera::cli
