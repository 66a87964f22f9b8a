#pragma once

// Installs Tessera's translation (and Qt's own) for a locale, from the .qm
// files embedded under :/i18n.

#include <QLocale>
#include <QString>

namespace tessera::i18n {

// Returns true when a Tessera translation for `locale` was found and installed.
bool installTranslations(const QLocale& locale);

} // namespace tessera::i18n
