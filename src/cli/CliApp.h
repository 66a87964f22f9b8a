#pragma once

// Parses tessera-cli's command line and runs the chosen command.

namespace tessera::cli {

int runCli(int argc, char** argv);

} // namespace tessera::cli
