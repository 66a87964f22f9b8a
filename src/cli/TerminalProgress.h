#pragma once

// A long command's progress on standard error, one line rewritten in place
// ("42%  Saving the results"): only for a person at a terminal, so --json
// output and scripts that capture standard error stay clean.

#include "cli/Output.h"
#include "domain/workspace/JobControl.h"

namespace tessera::cli {

class TerminalProgress {
public:
    explicit TerminalProgress(const Output& out);
    ~TerminalProgress() { clear(); }
    TerminalProgress(const TerminalProgress&) = delete;
    TerminalProgress& operator=(const TerminalProgress&) = delete;

    const domain::JobControl& job() const { return m_job; }
    // Wipes the line, before the command prints its result.
    void clear();

private:
    bool m_shown = false;
    domain::JobControl m_job;
};

} // namespace tessera::cli
