#pragma once

// Parses tessera-cli's command line and runs the chosen command.

namespace tessera::cli {

int runCli(int argc, char** argv);

// Whether the command paints (a PDF report), which needs a QGuiApplication
// rather than the QCoreApplication every other command makes do with.
bool needsGuiApplication(int argc, char** argv);

} // namespace tessera::cli
