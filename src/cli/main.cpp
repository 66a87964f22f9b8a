// tessera-cli: the command-line face of Tessera (see README and product.md).

#include "cli/CliApp.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("Tessera"));
    QCoreApplication::setOrganizationName(QStringLiteral("Tessera"));
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("tessera"), QStringLiteral("_"),
                        QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&translator);
    return tessera::cli::runCli(argc, argv);
}
