#pragma once

// tessera-cli customers merge|unmerge: merge a duplicate customer into its
// survivor (choosing the fields that come from the duplicate), and undo a
// merge. See docs/merge.md.

#include "cli/Command.h"

#include <QCoreApplication>
#include <cstdint>
#include <string>

namespace tessera::cli {

class MergeSubcommands {
    Q_DECLARE_TR_FUNCTIONS(MergeSubcommands)

public:
    void configure(CLI::App& customers);
    bool parsed() const;
    int run(const Context& context);

private:
    int merge(const Context& context, domain::Workspace& ws);
    int unmerge(const Context& context, domain::Workspace& ws);

    CLI::App* m_merge = nullptr;
    CLI::App* m_unmerge = nullptr;
    std::string m_into;
    std::string m_from;
    std::string m_takeFromB;
    std::int64_t m_mergeId = 0;
};

} // namespace tessera::cli
