#include "cli/CliApp.h"

#include "cli/Command.h"
#include "domain/workspace/Log.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QStringList>
#include <algorithm>
#include <iostream>
#include <vector>

namespace tessera::cli {
namespace {

// Translated texts of this file, under the context "CliApp".
struct Text {
    Q_DECLARE_TR_FUNCTIONS(CliApp)
};

std::string s(const QString& text) {
    return text.toStdString();
}

// The first word that is neither an option nor an option's value, when it
// names no command (CLI11 then only says that a subcommand is required).
QString unknownCommand(int argc, char** argv, const std::vector<CLI::App*>& subcommands) {
    for (int i = 1; i < argc; ++i) {
        const std::string word = argv[i];
        if (word == "--db" || word == "--user") {
            ++i;
            continue;
        }
        if (word.rfind('-', 0) == 0)
            continue;
        for (const CLI::App* sub : subcommands)
            if (sub->get_name() == word)
                return {};
        return QString::fromStdString(word);
    }
    return {};
}

QString commandList(const std::vector<std::unique_ptr<Command>>& commands) {
    QStringList names;
    for (const auto& command : commands)
        names << QString::fromLatin1(command->name());
    return names.join(QStringLiteral(", "));
}

} // namespace

bool needsGuiApplication(int argc, char** argv) {
    bool report = false;
    for (int i = 1; i < argc; ++i) {
        const std::string_view word = argv[i];
        report = report || word == "report";
        if (report && (word == "--format=pdf" || (word == "--format" && i + 1 < argc &&
                                                  std::string_view(argv[i + 1]) == "pdf")))
            return true;
    }
    return false;
}

namespace {

// The command's name (the first word that is not an option), for the log.
// The command word for the log: the first argument that is not an option or
// the value of --db / --user, and only if it looks like a command, so a path
// or a name typed in the wrong place never reaches the log.
std::string commandName(int argc, char** argv) {
    for (int i = 1; i < argc; ++i) {
        const std::string_view arg(argv[i]);
        if (arg == "--db" || arg == "--user") {
            ++i;
            continue;
        }
        if (arg.starts_with('-'))
            continue;
        const bool word = arg.size() <= 32 && std::all_of(arg.begin(), arg.end(), [](char c) {
                              return (c >= 'a' && c <= 'z') || c == '-';
                          });
        return word ? std::string(arg) : std::string("?");
    }
    return "-";
}

int runCommandLine(int argc, char** argv);

} // namespace

int runCli(int argc, char** argv) {
    bool verbose = false;
    for (int i = 1; i < argc; ++i)
        verbose = verbose || std::string_view(argv[i]) == "--verbose";
    // A log that cannot be written does not stop the command (a read-only home, say).
    (void)domain::log::start({"tessera-cli", verbose, {}});
    QElapsedTimer clock;
    clock.start();
    const std::string command = commandName(argc, argv);
    domain::log::logger().info("command {} started", command);
    const int exitCode = runCommandLine(argc, argv);
    domain::log::logger().info("command {} exit={} duration_ms={}", command, exitCode,
                               clock.elapsed());
    domain::log::flush();
    return exitCode;
}

namespace {

int runCommandLine(int argc, char** argv) {
    CLI::App app{s(Text::tr("Tessera CRM Workstation, command line: batch work and automation on a "
                            "Tessera database.")),
                 "tessera-cli"};
    app.require_subcommand(1);
    app.fallthrough();
    GlobalOptions global;
    app.add_option("--db", global.db, s(Text::tr("The database file")))->option_text("FILE");
    app.add_option("--user", global.user,
                   s(Text::tr("Sign in as this user (password from TESSERA_PASSWORD or a prompt)")))
        ->option_text("NAME");
    app.add_flag("--json", global.json,
                 s(Text::tr("Print one JSON document instead of a summary")));
    bool verbose = false; // read before parsing, by runCli(), to start the log
    app.add_flag("--verbose", verbose,
                 s(Text::tr("Also print the log (ids, counts, durations) to standard error")));

    std::vector<std::unique_ptr<Command>> commands;
    commands.push_back(makeInitCommand());
    commands.push_back(makeImportCommand());
    commands.push_back(makeCustomersCommand());
    commands.push_back(makeUserCommand());
    commands.push_back(makeScoreCommand());
    commands.push_back(makeClvCommand());
    commands.push_back(makeProfileCommand());
    commands.push_back(makeBackupCommand());
    commands.push_back(makeRestoreCommand());
    commands.push_back(makeCheckCommand());
    commands.push_back(makeAuditCommand());
    commands.push_back(makeKeyCommand());
    commands.push_back(makeReportCommand());
    commands.push_back(makeWarningsCommand());
    commands.push_back(makeInteractionsCommand());
    commands.push_back(makeFollowUpsCommand());
    commands.push_back(makeTicketsCommand());
    commands.push_back(makeMyDayCommand());
    commands.push_back(makeSurveysCommand());
    commands.push_back(makeKpiCommand());
    commands.push_back(makeCampaignsCommand());
    commands.push_back(makeTargetsCommand());
    commands.push_back(makeDriversCommand());
    commands.push_back(makeJourneyCommand());
    commands.push_back(makeQualityCommand());
    commands.push_back(makeDuplicatesCommand());
    commands.push_back(makeMigrateCommand());
    std::vector<CLI::App*> subcommands;
    for (auto& command : commands) {
        CLI::App* sub = app.add_subcommand(command->name());
        command->configure(*sub);
        subcommands.push_back(sub);
    }

    try {
        app.parse(argc, argv);
    } catch (const CLI::CallForHelp&) {
        std::cout << app.help();
        return kExitOk;
    } catch (const CLI::ParseError& e) {
        // One line, even for CLI11's multi-line messages.
        QString message = QString::fromStdString(e.what());
        if (const QString unknown = unknownCommand(argc, argv, subcommands); !unknown.isEmpty())
            message = Text::tr("Unknown command '%1'; the commands are %2.")
                          .arg(unknown, commandList(commands));
        return Output(global.json).fail(ErrorCode::InvalidArgument, message);
    }
    const Context context(global);
    for (std::size_t i = 0; i < commands.size(); ++i) {
        if (!subcommands[i]->parsed())
            continue;
        if (global.db.empty() && commands[i]->needsDatabase())
            return context.out().fail(ErrorCode::InvalidArgument,
                                      Text::tr("Name the database with --db FILE."));
        return commands[i]->run(context);
    }
    return context.out().fail(ErrorCode::InvalidArgument, Text::tr("Name a command; see --help."));
}

} // namespace

} // namespace tessera::cli
