#include "app/shell/LaunchOptions.h"

#include <QCommandLineParser>

namespace tessera::app {

LaunchOptions LaunchOptions::parse(const QStringList& arguments) {
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("LaunchOptions", "Tessera CRM workstation"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption db(QStringLiteral("db"),
                                QCoreApplication::translate("LaunchOptions", "Open this database."),
                                QStringLiteral("file"));
    const QCommandLineOption demo(
        QStringLiteral("demo-database"),
        QCoreApplication::translate("LaunchOptions",
                                    "Open the demo database, creating it on first use."));
    const QCommandLineOption lang(
        QStringLiteral("lang"),
        QCoreApplication::translate("LaunchOptions", "User interface language (en, zh_CN)."),
        QStringLiteral("code"));
    parser.addOptions({db, demo, lang});
    parser.process(arguments);

    LaunchOptions options;
    options.databasePath = parser.value(db);
    options.demoDatabase = parser.isSet(demo);
    options.language = parser.value(lang);
    return options;
}

} // namespace tessera::app
