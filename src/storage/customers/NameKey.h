#pragma once

// A customer's name reduced for finding duplicates (customers.name_key):
// two spellings of one name give the same key, so equal keys are a cheap,
// indexed comparison. docs/duplicates.md explains the rules. Keys are stored:
// a change to these rules must raise kLookupKeysVersion
// (storage/customers/LookupKeys.h), so existing files get their keys remade.

#include <span>
#include <string>
#include <string_view>

namespace tessera::storage {

// The key of `name`:
// - full-width forms become half-width ("ＡＢＣ１" is "ABC1", the ideographic
//   space a space);
// - letters are folded to lower case (Latin, Greek, Cyrillic);
// - punctuation, symbols and spaces are removed;
// - legal-form suffixes at the end are removed (kCompanySuffixes,
//   kCompanySuffixWords), repeatedly: "Acme Co., Ltd." and "ACME" meet, as
//   do "北京星辰科技有限公司" and "北京星辰科技".
// Empty when the name has no letters or digits. A name that is nothing but a
// suffix ("Limited") keeps it, rather than meeting every other such name.
std::string nameKey(std::string_view name);

// Chinese legal-form endings, removed from the end of the key, longest first.
extern const std::span<const std::string_view> kCompanySuffixes;
// Latin-script legal forms, removed as whole trailing words (so the "ag" of
// "Bag" stays); dots inside a word are dropped first ("S.A." is "sa").
extern const std::span<const std::string_view> kCompanySuffixWords;

} // namespace tessera::storage
