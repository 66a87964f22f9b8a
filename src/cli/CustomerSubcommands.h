#pragma once

// tessera-cli customers consent|override: a customer's consent to be
// contacted, with its history, and a standing (lifecycle stage, loyalty
// stage, health score) set by hand.

#include "cli/Command.h"

#include <QCoreApplication>
#include <optional>
#include <string>

namespace tessera::cli {

class CustomerSubcommands {
    Q_DECLARE_TR_FUNCTIONS(CustomerSubcommands)

public:
    void configure(CLI::App& customers);
    bool parsed() const;
    int run(const Context& context);

private:
    int consent(const Context& context, domain::Workspace& ws, std::int64_t customerId);
    int override(const Context& context, domain::Workspace& ws, std::int64_t customerId);

    CLI::App* m_consent = nullptr;
    CLI::App* m_override = nullptr;
    std::string m_id;
    std::string m_channel;
    bool m_give = false;
    bool m_withdraw = false;
    std::string m_source;
    std::string m_lifecycle;
    std::string m_loyalty;
    std::optional<int> m_health;
    std::string m_reason;
    std::string m_until;
    std::string m_clear;
};

} // namespace tessera::cli
