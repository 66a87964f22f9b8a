#include "app/Translations.h"

#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace tessera::app {
namespace {

const QString kSettingsKey = QStringLiteral("ui/language");

bool load(const QString& name, const QString& folder) {
    auto* translator = new QTranslator(QCoreApplication::instance());
    if (translator->load(name, folder)) {
        QCoreApplication::installTranslator(translator);
        return true;
    }
    delete translator;
    return false;
}

} // namespace

QStringList Translations::available() {
    return {QStringLiteral("en"), QStringLiteral("zh_CN")};
}

QString Translations::nativeName(const QString& code) {
    // Each language by its own name, so anyone can find theirs.
    if (code == QLatin1String("zh_CN"))
        return QStringLiteral("简体中文");
    if (code == QLatin1String("en"))
        return QStringLiteral("English");
    return QLocale(code).nativeLanguageName();
}

QString Translations::saved() {
    return QSettings().value(kSettingsKey).toString();
}

void Translations::save(const QString& code) {
    QSettings().setValue(kSettingsKey, code);
}

QString Translations::choose(const QString& override) {
    if (!override.isEmpty())
        return override;
    if (const QString code = saved(); !code.isEmpty())
        return code;
    const QLocale system;
    return system.language() == QLocale::Chinese ? QStringLiteral("zh_CN") : QStringLiteral("en");
}

bool Translations::install(const QString& code) {
    QLocale::setDefault(QLocale(code));
    load(QStringLiteral("qtbase_") + code, QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    return load(QStringLiteral("tessera_") + code, QStringLiteral(":/i18n"));
}

} // namespace tessera::app
