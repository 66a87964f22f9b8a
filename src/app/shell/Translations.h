#pragma once

// The user interface language: English or Simplified Chinese, chosen on the
// command line, in View > Language (saved, applied on restart) or from the
// system locale.

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace tessera::app {

class Translations {
    Q_DECLARE_TR_FUNCTIONS(Translations)

public:
    // Language codes Tessera ships, e.g. "en", "zh_CN".
    static QStringList available();
    // The language's own name, for the menu ("English", "简体中文").
    static QString nativeName(const QString& code);

    // `override` (from --lang) wins, then the saved choice, then the system locale.
    static QString choose(const QString& override);
    static QString saved();
    static void save(const QString& code);

    // Installs Tessera's and Qt's own translations for `code`; false when
    // Tessera has no translation for it (English text is then shown).
    static bool install(const QString& code);
};

} // namespace tessera::app
