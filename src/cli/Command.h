#pragma once

// One tessera-cli command: declares its options on a CLI11 subcommand and runs
// against the domain layer with the shared global options.

#include "cli/Output.h"
#include "domain/workspace/Workspace.h"

#include <CLI/CLI.hpp>
#include <memory>
#include <string>

namespace tessera::cli {

struct GlobalOptions {
    std::string db;
    std::string user;
    bool json = false;
};

class Context {
public:
    Context(const GlobalOptions& global) : m_global(global), m_out(global.json) {}
    const GlobalOptions& global() const { return m_global; }
    const Output& out() const { return m_out; }

    // Opens --db and signs in as --user (or TESSERA_USER) with TESSERA_PASSWORD
    // or a prompt. The login's audit row waits for the command's own writes,
    // so a command that fails early leaves the file untouched.
    Result<std::unique_ptr<domain::Workspace>> signIn() const;
    // The user to sign in as: --user, else TESSERA_USER.
    Result<std::string> userName() const;

private:
    GlobalOptions m_global;
    Output m_out;
};

class Command {
public:
    virtual ~Command() = default;
    virtual const char* name() const = 0;
    virtual void configure(CLI::App& command) = 0;
    virtual int run(const Context& context) = 0;
    // After parsing: whether the command works on --db (a command naming its
    // own database, like migrate --from, does not).
    virtual bool needsDatabase() const { return true; }
};

// Finishes a successful command: writes deferred audit rows.
int finish(const Context& context, domain::Workspace& ws);

// Before personal data leaves unmasked, the domain wants the password given
// again; the CLI gives the one it signed in with (TESSERA_PASSWORD or a prompt).
Status confirmIdentity(domain::Workspace& ws);

std::unique_ptr<Command> makeInitCommand();
std::unique_ptr<Command> makeImportCommand();
std::unique_ptr<Command> makeCustomersCommand();
std::unique_ptr<Command> makeUserCommand();
std::unique_ptr<Command> makeScoreCommand();
std::unique_ptr<Command> makeClvCommand();
std::unique_ptr<Command> makeProfileCommand();
std::unique_ptr<Command> makeBackupCommand();
std::unique_ptr<Command> makeRestoreCommand();
std::unique_ptr<Command> makeCheckCommand();
std::unique_ptr<Command> makeAuditCommand();
std::unique_ptr<Command> makeKeyCommand();
std::unique_ptr<Command> makeReportCommand();
std::unique_ptr<Command> makeWarningsCommand();
std::unique_ptr<Command> makeInteractionsCommand();
std::unique_ptr<Command> makeFollowUpsCommand();
std::unique_ptr<Command> makeTicketsCommand();
std::unique_ptr<Command> makeMyDayCommand();
std::unique_ptr<Command> makeSurveysCommand();
std::unique_ptr<Command> makeKpiCommand();
std::unique_ptr<Command> makeCampaignsCommand();
std::unique_ptr<Command> makeTargetsCommand();
std::unique_ptr<Command> makeDriversCommand();
std::unique_ptr<Command> makeJourneyCommand();
std::unique_ptr<Command> makeQualityCommand();
std::unique_ptr<Command> makeDuplicatesCommand();
std::unique_ptr<Command> makeMigrateCommand();

} // namespace tessera::cli
