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
    if (!tessera->load(locale, QStringLiteral("tessera"), QStringLiteral("_"),
                       QStringLiteral(":/i18n")))
        return false;
    QCoreApplication::installTranslator(tessera);
    return true;
}

} // namespace tessera::i18n
