#pragma once

// tessera-cli audit review --since DATE [--until DATE]: reads of personal
// data per user and day, with the days that need a look flagged
// (administrators; the review is audited).

#include "cli/Output.h"
#include "domain/workspace/Workspace.h"

#include <CLI/CLI.hpp>
#include <QCoreApplication>
#include <string>

namespace tessera::domain {
struct AccessReview;
}

namespace tessera::cli {

class AuditReviewSubcommand {
    Q_DECLARE_TR_FUNCTIONS(AuditReviewSubcommand)

public:
    void configure(CLI::App& audit);
    bool parsed() const;
    int run(domain::Workspace& ws, const Output& out);

private:
    static void print(const domain::Workspace& ws, const Output& out,
                      const domain::AccessReview& review);
    static QJsonObject json(const domain::Workspace& ws, const domain::AccessReview& review);

    CLI::App* m_review = nullptr;
    std::string m_since;
    std::string m_until;
};

} // namespace tessera::cli
