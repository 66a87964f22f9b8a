// tessera-cli: the command-line face of Tessera (see README and product.md).

#include "cli/CliApp.h"
#include "i18n/TranslationInstaller.h"

#include <QCoreApplication>
#include <QLocale>

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("Tessera"));
    QCoreApplication::setOrganizationName(QStringLiteral("Tessera"));
    tessera::i18n::installTranslations(QLocale());
    return tessera::cli::runCli(argc, argv);
}
