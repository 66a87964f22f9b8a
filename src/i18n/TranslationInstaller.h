#pragma once

// Installs Tessera's translation (and Qt's own) for a locale, from the .qm
// files embedded under :/i18n.

#include <QLocale>
#include <QString>

namespace tessera::i18n {

// Returns true when a Tessera translation was installed: the one for `locale`,
// or English when that language has none.
bool installTranslations(const QLocale& locale);

} // namespace tessera::i18n
