#pragma once

// tessera-cli customers export-person|erase: a person's data on their
// request, and the erasure of their personal data (administrators, with the
// password confirmed).

#include "cli/Command.h"

#include <QCoreApplication>
#include <string>

namespace tessera::cli {

class RightsSubcommands {
    Q_DECLARE_TR_FUNCTIONS(RightsSubcommands)

public:
    void configure(CLI::App& customers);
    bool parsed() const;
    int run(const Context& context);

private:
    int exportPerson(const Context& context, domain::Workspace& ws, std::int64_t customerId);
    int erase(const Context& context, domain::Workspace& ws, std::int64_t customerId);

    CLI::App* m_export = nullptr;
    CLI::App* m_erase = nullptr;
    std::string m_id;
    std::string m_out;
    std::string m_reason;
};

} // namespace tessera::cli
