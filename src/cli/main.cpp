// tessera-cli: the command-line face of Tessera (see README and product.md).

#include "cli/CliApp.h"
#include "i18n/TranslationInstaller.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QLocale>
#include <cstdio>
#include <cstdlib>
#include <memory>

namespace {

// Fonts and painting for a PDF report need QGuiApplication; it draws nothing
// on a screen, so it runs on the offscreen platform unless QT_QPA_PLATFORM
// says otherwise (also where a display is set: an unreachable one, say after
// an ssh session lost its X forwarding, would abort the command). Every other
// command starts without loading a platform at all.
std::unique_ptr<QCoreApplication> makeApplication(int& argc, char** argv) {
    if (!tessera::cli::needsGuiApplication(argc, argv))
        return std::make_unique<QCoreApplication>(argc, argv);
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // The platform's start-up notes ("XDG_RUNTIME_DIR not set") are not the
    // command's output: an error stays one line on standard error.
    const QtMessageHandler previous = qInstallMessageHandler(
        [](QtMsgType type, const QMessageLogContext&, const QString& message) {
            if (type == QtFatalMsg) {
                std::fprintf(stderr, "%s\n", qPrintable(message));
                std::abort();
            }
        });
    auto app = std::make_unique<QGuiApplication>(argc, argv);
    qInstallMessageHandler(previous);
    return app;
}

} // namespace

int main(int argc, char** argv) {
    const auto app = makeApplication(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("Tessera"));
    QCoreApplication::setOrganizationName(QStringLiteral("Tessera"));
    tessera::i18n::installTranslations(QLocale());
    return tessera::cli::runCli(argc, argv);
}
