#include "app/shell/Translations.h"

#include "i18n/TranslationInstaller.h"

#include <QLocale>
#include <QSettings>

namespace tessera::app {
namespace {

const QString kSettingsKey = QStringLiteral("ui/language");

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
    return i18n::installTranslations(QLocale(code));
}

} // namespace tessera::app
