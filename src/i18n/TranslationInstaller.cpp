#include "i18n/TranslationInstaller.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace tessera::i18n {

bool installTranslations(const QLocale& locale) {
    // Owned by the application: translators must outlive every translated call.
    auto* qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    auto* tessera = new QTranslator(QCoreApplication::instance());
    const auto load = [tessera](const QLocale& wanted) {
        return tessera->load(wanted, QStringLiteral("tessera"), QStringLiteral("_"),
                             QStringLiteral(":/i18n"));
    };
    // Any language without its own file (the C locale of a script included)
    // gets English: its file holds the plural forms, "1 warning" and not
    // "1 warning(s)".
    if (!load(locale) && !load(QLocale(QLocale::English, QLocale::UnitedStates)))
        return false;
    QCoreApplication::installTranslator(tessera);
    return true;
}

} // namespace tessera::i18n
