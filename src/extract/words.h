// Small word tests the extraction rules share. Words are token texts (UTF-8); case folding is
// ASCII-only, which is all the closed word lists below need.
#pragma once

#include <array>
#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>

#include "extract/string_map.h"

namespace ng::extract {

// Returns `w` with ASCII letters lower-cased.
std::string Lower(std::string_view w);
// Returns true if `w`, lower-cased, is `x` (given in lower case, of w's size). Out of line: a
// call for each listed word of w's size is less code at each of the rules' 900 lists than a
// loop over the letters.
bool EqualsLowered(std::string_view w, const char* x);
// Returns true if `w`, lower-cased, is one of `words` (given in lower case). The rules ask it
// over a million times per MB. Always inline, the loop unrolled: the listed words' sizes become
// constants that the word's is compared with, and the list is no longer built on the stack at
// every call (GCC left the loop rolled, and so stored each word's pointer and size first). Most
// words differ from every listed one in size. (An inline test of the first letter too saved
// 0.4% of the instructions for 8% more code.)
[[gnu::always_inline]] inline bool Is(std::string_view w,
                                      std::initializer_list<std::string_view> words) {
#pragma GCC unroll 64
  for (std::string_view x : words)
    if (x.size() == w.size() && EqualsLowered(w, x.data())) return true;
  return false;
}
// A closed word list asked about every token: Is(w, words) through a hash set built once
// (`static const WordSet kWords{...}` at the call site) instead of a scan of the list, which the
// compiler also rebuilds on the stack at every call.
class WordSet {
 public:
  // `words` in lower case, as for Is(); a word with an upper-case letter never matches.
  WordSet(std::initializer_list<std::string_view> words);
  // Returns Is(w, words). Inline up to the bit test, which rules out most words: the rules ask
  // 900,000 times per MB, and the call cost as much as the test.
  bool Contains(std::string_view w) const {
    if (w.size() > longest_ || (by_length_[Slot(w.size())] & (uint32_t{1} << FirstBit(w))) == 0)
      return false;
    return Lookup(w);
  }

 private:
  // The hash set's answer for a word the bit test let through.
  bool Lookup(std::string_view w) const;

  // Bit (c & 31) of by_length_[min(size, 31)] is set if a word of that size starts with the
  // byte c (lower-cased): most words asked about are ruled out by one bit, without hashing.
  static size_t Slot(size_t size) { return size < 31 ? size : 31; }
  static unsigned FirstBit(std::string_view w) {
    const char c = w.empty() ? '\0' : w[0];
    return static_cast<unsigned char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c) & 31u;
  }

  StringSet set_;
  size_t longest_ = 0;
  std::array<uint32_t, 32> by_length_{};
};

// Returns true for the possessive endings "'s" and "'" (straight or curly apostrophe).
bool IsPossessive(std::string_view w);
// Appends `w` with each typographic apostrophe (U+2019) written as "'", the form the lexicons
// and the tagger's training news write: "Kurdistan Workers’ Party" is the known "Kurdistan
// Workers' Party", "Kenya’s" reads as "Kenya's".
void AppendWithAsciiApostrophes(std::string& out, std::string_view w);
// Returns true for the particles that may sit inside a name: "bin" of "Mohammed bin Salman",
// "de" of "Charles de Gaulle".
bool IsNameParticle(std::string_view w);
// Returns `w` without a particle glued to it by a hyphen: "Sharaa" for "al-Sharaa".
std::string_view WithoutGluedParticle(std::string_view w);
// Returns true for "the", "a" and "an" (any case).
// "said", "told", "announced": a verb that reports what someone said.
bool IsReportingVerb(std::string_view w);
// "Orthodox", "Sunni", "Catholic" (capitalized): a faith's adjective, no name alone.
bool IsFaithAdjective(std::string_view w);
// "Arabic", "Swahili", "Urdu": a language's name that is no country's demonym (those are
// told apart by their context: "said in Spanish").
bool IsLanguageName(std::string_view w);
bool IsDeterminer(std::string_view w);
// True for a generational suffix after a name: "Jr.", "Sr", "II", "III", "IV".
bool IsGenerationalSuffix(std::string_view w);
// Returns true for a point of the compass ("northern", "southwest", "central", any case).
bool IsCompassWord(std::string_view w);
// Returns true for a company's legal form written after its name, a final period optional:
// "Inc", "Corp.", "Ltd", "PLC", "AG", "GmbH", "Bhd" (any case).
bool IsLegalForm(std::string_view w);
// Returns true for a lower-case noun for a company written right before its name: "the drone
// maker Baykar", "carmaker Toyota", "Italian firm Webuild".
bool IsCompanyNoun(std::string_view w);
// Returns true for an ideology's adjective written before a body's name, which is no part of
// it: "the Marxist Janatha Vimukthi Peramuna", "the Islamist Ennahda" (any case).
bool IsIdeologyAdjective(std::string_view w);
// Words for a party's place in politics, written before its name: "the ruling", "Magyar's
// opposition", "the far-right".
bool IsPartyPositionWord(std::string_view w);
// Where a photo's caption places someone, in brackets after the name: "Morissanda Kouyaté
// (left)", "(centre)".
bool IsPhotoPosition(std::string_view w);
// Capitalizes the first ASCII letter of each word (after a space or a hyphen) of `s`, in place,
// but for the small words after the first ("of", "the", "and", ...): "prime minister" -> "Prime
// Minister", "head of state" -> "Head of State", the forms the titles lexicon lists.
void CapitalizeWords(std::string& s);
// Returns true if `w` is one or more ASCII digits.
bool IsDigits(std::string_view w);
// Returns true for the dashes that end a dateline: "-", "--", an en or em dash.
bool IsDashWord(std::string_view w);

}  // namespace ng::extract
