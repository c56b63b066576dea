// Small word tests the extraction rules share. Words are token texts (UTF-8); case folding is
// ASCII-only, which is all the closed word lists below need.
#pragma once

#include <initializer_list>
#include <string>
#include <string_view>

namespace ng::extract {

// Returns `w` with ASCII letters lower-cased.
std::string Lower(std::string_view w);
// Returns true if `w`, lower-cased, is one of `words` (given in lower case).
bool Is(std::string_view w, std::initializer_list<std::string_view> words);
// Returns true for the possessive endings "'s" and "'" (straight or curly apostrophe).
bool IsPossessive(std::string_view w);
// Returns true for the particles that may sit inside a name: "bin" of "Mohammed bin Salman",
// "de" of "Charles de Gaulle".
bool IsNameParticle(std::string_view w);
// Returns `w` without a particle glued to it by a hyphen: "Sharaa" for "al-Sharaa".
std::string_view WithoutGluedParticle(std::string_view w);
// Returns true for "the", "a" and "an" (any case).
bool IsDeterminer(std::string_view w);
// Returns true for a point of the compass ("northern", "southwest", "central", any case).
bool IsCompassWord(std::string_view w);
// Returns true for a company's legal form written after its name, a final period optional:
// "Inc", "Corp.", "Ltd", "PLC", "AG", "GmbH", "Bhd" (any case).
bool IsLegalForm(std::string_view w);
// Returns true if `w` is one or more ASCII digits.
bool IsDigits(std::string_view w);

}  // namespace ng::extract
