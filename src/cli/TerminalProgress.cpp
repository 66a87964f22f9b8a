#include "cli/TerminalProgress.h"

#include <cstdio>
#include <unistd.h>

namespace tessera::cli {

TerminalProgress::TerminalProgress(const Output& out)
    : m_shown(!out.json() && isatty(STDERR_FILENO)) {
    if (!m_shown)
        return;
    m_job = domain::JobControl(
        [](int percent, const std::string& stage) {
            std::fprintf(stderr, "\r%3d%%  %-60.60s", percent, stage.c_str());
        },
        nullptr);
}

void TerminalProgress::clear() {
    if (m_shown)
        std::fprintf(stderr, "\r%-70s\r", "");
    m_shown = false;
}

} // namespace tessera::cli
