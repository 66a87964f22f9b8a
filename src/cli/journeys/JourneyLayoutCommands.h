#pragma once

// tessera-cli journey stages|touchpoints list|add|rename|move|retire|restore:
// the journey's layout, edited by supervisors and administrators.

#include "cli/Output.h"
#include "domain/workspace/Workspace.h"

#include <CLI/CLI.hpp>
#include <QCoreApplication>
#include <optional>
#include <string>

namespace tessera::cli {

class JourneyLayoutCommands {
    Q_DECLARE_TR_FUNCTIONS(JourneyLayoutCommands)

public:
    void configure(CLI::App& journey);
    bool parsed() const;
    int run(domain::Workspace& ws, const Output& out);

private:
    int list(domain::Workspace& ws, const Output& out);
    Status edit(domain::Workspace& ws);

    CLI::App* m_stages = nullptr;
    CLI::App* m_touchpoints = nullptr;
    std::string m_verb; // the subcommand of stages/touchpoints that ran
    std::string m_stage;
    std::string m_name;
    std::string m_newName;
    std::string m_channel;
    std::string m_toStage;
    std::optional<int> m_position;
};

} // namespace tessera::cli
