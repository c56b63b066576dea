#include "nlp/tokenizer.h"

#include <algorithm>
#include <array>

#include "core/utf8.h"

namespace ng::nlp {
namespace {

enum class CharClass : uint8_t {
  kSpace,     // whitespace and control characters: separate tokens, belong to none
  kNewline,   // line breaks: like kSpace, and set newline_before
  kWord,      // letters, digits, marks; any code point >= 0x80 not listed as something else
  kPunct,     // punctuation and symbols: one token each
  kExtender,  // combining marks, variation selectors, ZWJ: never start a new token
};

constexpr std::array<CharClass, 128> MakeAsciiTable() {
  std::array<CharClass, 128> t{};
  for (int c = 0; c < 128; ++c) {
    if (c <= ' ' || c == 127) {
      t[c] = CharClass::kSpace;
    } else if ((c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')) {
      t[c] = CharClass::kWord;
    } else {
      t[c] = CharClass::kPunct;
    }
  }
  t['\n'] = t['\r'] = t['\v'] = t['\f'] = CharClass::kNewline;
  return t;
}
constexpr std::array<CharClass, 128> kAsciiClass = MakeAsciiTable();

bool In(char32_t c, char32_t lo, char32_t hi) { return c >= lo && c <= hi; }

CharClass ClassifyNonAscii(char32_t c) {
  if (c == 0x85 || c == 0x2028 || c == 0x2029) return CharClass::kNewline;
  if (c < 0xA0) return CharClass::kSpace;  // C1 controls
  if (c < 0x100) {
    if (c == 0xA0) return CharClass::kSpace;
    if (c == 0xAD) return CharClass::kExtender;  // soft hyphen stays inside its word
    if (c == 0xAA || c == 0xB5 || c == 0xBA) return CharClass::kWord;
    if (c <= 0xBF || c == 0xD7 || c == 0xF7) return CharClass::kPunct;
    return CharClass::kWord;
  }
  if (c < 0x300) return CharClass::kWord;
  if (c <= 0x36F) return CharClass::kExtender;
  if (c < 0x2000) {
    // Sentence and phrase marks of scripts the news often quotes: Armenian, Hebrew, Arabic,
    // Devanagari.
    if (In(c, 0x55A, 0x55F) || c == 0x589 || c == 0x58A || c == 0x5BE || c == 0x5C0 || c == 0x5C3 ||
        In(c, 0x5F3, 0x5F4) || c == 0x60C || c == 0x61B || c == 0x61F || In(c, 0x66A, 0x66D) ||
        c == 0x6D4 || c == 0x964 || c == 0x965) {
      return CharClass::kPunct;
    }
    if (c == 0x1680) return CharClass::kSpace;
    if (c == 0x180E) return CharClass::kSpace;
    if (In(c, 0x1AB0, 0x1AFF) || In(c, 0x1DC0, 0x1DFF)) return CharClass::kExtender;
    return CharClass::kWord;
  }
  if (c <= 0x200B || c == 0x202F || c == 0x205F || c == 0x3000 || c == 0xFEFF) {
    return CharClass::kSpace;
  }
  if (c == 0x200C || c == 0x200D) return CharClass::kExtender;
  if (c < 0x3000) {
    if (In(c, 0x2010, 0x2027) || In(c, 0x2030, 0x205E) || In(c, 0x20A0, 0x20CF) ||
        In(c, 0x2100, 0x214F) || In(c, 0x2190, 0x2BFF) || In(c, 0x2E00, 0x2E7F)) {
      return CharClass::kPunct;
    }
    if (In(c, 0x20D0, 0x20FF)) return CharClass::kExtender;
    return CharClass::kWord;
  }
  if (In(c, 0x3001, 0x3003) || In(c, 0x3008, 0x3011) || In(c, 0x3014, 0x301F)) {
    return CharClass::kPunct;
  }
  if (In(c, 0xFE00, 0xFE0F) || In(c, 0xFE20, 0xFE2F)) return CharClass::kExtender;
  if (c == 0xFD3E || c == 0xFD3F || In(c, 0xFE10, 0xFE19) || In(c, 0xFE30, 0xFE6F) ||
      In(c, 0xFF01, 0xFF0F) || In(c, 0xFF1A, 0xFF20) || In(c, 0xFF3B, 0xFF40) ||
      In(c, 0xFF5B, 0xFF65) || In(c, 0xFFF9, 0xFFFD)) {  // U+FFFD: a repaired byte, not a letter
    return CharClass::kPunct;
  }
  if (In(c, 0x1F3FB, 0x1F3FF) || In(c, 0xE0000, 0xE01EF)) return CharClass::kExtender;
  if (In(c, 0x1F000, 0x1FAFF)) return CharClass::kPunct;  // emoji and pictographs
  return CharClass::kWord;
}

// Decodes the code point at `i` and sets `next` past it; ASCII without a function call.
inline char32_t Peek(std::string_view text, size_t i, size_t* next) {
  const auto b = static_cast<unsigned char>(text[i]);
  if (b < 0x80) {
    *next = i + 1;
    return b;
  }
  size_t j = i;
  const char32_t c = DecodeUtf8(text, j);
  *next = j;
  return c;
}

inline CharClass Classify(char32_t c) { return c < 0x80 ? kAsciiClass[c] : ClassifyNonAscii(c); }

inline bool IsWordChar(char32_t c) {
  const CharClass k = Classify(c);
  return k == CharClass::kWord || k == CharClass::kExtender;
}

bool IsAsciiDigit(char32_t c) { return c >= '0' && c <= '9'; }
bool IsAsciiLower(char32_t c) { return c >= 'a' && c <= 'z'; }
bool IsHyphen(char32_t c) { return c == '-' || c == 0x2010 || c == 0x2011; }
// (U+2018 inside a word is the Polynesian glottal stop as many outlets type it: "Tuila‘epa",
// "Hawai‘i". U+02BB, that letter itself, is a word character.)
bool IsApostrophe(char32_t c) { return c == '\'' || c == 0x2019 || c == 0x2018; }

// Returns +1 for an upper-case letter, -1 for a lower-case one, 0 for anything else (digits,
// marks, letters of scripts without case). Covers the cased scripts news names come in.
int LetterCase(char32_t c) {
  if (c < 0x80) return (c >= 'A' && c <= 'Z') ? 1 : (c >= 'a' && c <= 'z') ? -1 : 0;
  if (In(c, 0xC0, 0xDE)) return c == 0xD7 ? 0 : 1;
  if (In(c, 0xDF, 0xFF)) return c == 0xF7 ? 0 : -1;
  if (In(c, 0x100, 0x137) || In(c, 0x14A, 0x177)) return c % 2 == 0 ? 1 : -1;
  if (In(c, 0x139, 0x148) || In(c, 0x179, 0x17E)) return c % 2 == 1 ? 1 : -1;
  if (c == 0x178) return 1;
  if (c == 0x386 || In(c, 0x388, 0x38F) || In(c, 0x391, 0x3AB)) return 1;
  if (In(c, 0x3AC, 0x3CE)) return -1;
  if (In(c, 0x400, 0x42F)) return 1;
  if (In(c, 0x430, 0x45F)) return -1;
  if (In(c, 0x460, 0x4FF)) return c % 2 == 0 ? 1 : -1;
  if (In(c, 0x531, 0x556)) return 1;
  if (In(c, 0x561, 0x587)) return -1;
  if (In(c, 0x1E00, 0x1EFF)) return c % 2 == 0 ? 1 : -1;
  return 0;
}

// Words that keep their period as part of the token ("Mr.", "Gen.", "Jan.").
bool IsAbbreviation(std::string_view w) {
  static constexpr std::string_view kAbbreviations[] = {
      "Adm",    "Apr",  "Assn", "Aug",  "Ave", "Blvd", "Brig", "Bros", "Capt", "Cmdr", "Co",
      "Col",    "Comr", "Corp", "Cpl",  "Dec", "Dept", "Dr",   "Feb",  "Ft",   "Gen",  "Gov",
      "Hon",    "Inc",  "Insp", "Jan",  "Jr",  "Jul",  "Jun",  "Lt",   "Ltd",  "Maj",  "Mar",
      "Messrs", "Mr",   "Mrs",  "Ms",   "Mt",  "Nov",  "Oct",  "Pres", "Prof", "Pvt",  "Rep",
      "Rev",    "Sen",  "Sep",  "Sept", "Sgt", "Sr",   "St",   "Sta",  "Sto",  "Supt", "vs",
  };
  if (w.size() > 6) return false;
  return std::find(std::begin(kAbbreviations), std::end(kAbbreviations), w) !=
         std::end(kAbbreviations);
}

// Given names written abbreviated before the rest of the name: "Ma." (María, Philippine news),
// "Md." and "Mohd." (Mohammad, in Bangladesh and Malaysia).
bool IsGivenNameAbbreviation(std::string_view w) {
  return w == "Ma" || w == "Md" || w == "Mohd" || w == "Muhd";
}

// Capitalized words that open sentences and never go on a name before them.
bool IsSentenceOpener(std::string_view w) {
  for (std::string_view a :
       {"The",       "This",   "These", "Those", "It",       "Its",    "He",  "She",
        "They",      "We",     "His",   "Her",   "Their",    "Our",    "But", "However",
        "Meanwhile", "During", "While", "When",  "Although", "Despite"})
    if (w == a) return true;
  return false;
}

// Returns true if an ASCII digit follows `i` after optional spaces ("No. 10").
bool DigitFollows(std::string_view text, size_t i) {
  while (i < text.size() && text[i] == ' ') ++i;
  return i < text.size() && IsAsciiDigit(static_cast<unsigned char>(text[i]));
}

// Returns the end of a clitic starting at `i` (just after an apostrophe: "s", "re", "ve",
// "ll", "d", "m", any case) when no further word character follows it, else 0.
size_t Clitic(std::string_view text, size_t i) {
  size_t j = i;
  while (j < text.size() && j - i < 3 && ((text[j] | 0x20) >= 'a' && (text[j] | 0x20) <= 'z')) ++j;
  std::string_view s = text.substr(i, j - i);
  if (s.empty() || s.size() > 2) return 0;
  char low[2] = {0, 0};
  for (size_t k = 0; k < s.size(); ++k) low[k] = static_cast<char>(s[k] | 0x20);
  const std::string_view l(low, s.size());
  if (l != "s" && l != "re" && l != "ve" && l != "ll" && l != "d" && l != "m") return 0;
  if (j < text.size()) {
    size_t next;
    if (IsWordChar(Peek(text, j, &next))) return 0;
  }
  return j;
}

class Tokenizer {
 public:
  explicit Tokenizer(std::string_view text) : text_(text) { tokens_.reserve(text.size() / 5 + 4); }

  std::vector<Token> Run() {
    size_t i = 0;
    const size_t n = text_.size();
    while (i < n) {
      size_t next;
      const char32_t c = Peek(text_, i, &next);
      switch (Classify(c)) {
        case CharClass::kNewline:
          newline_ = true;
          [[fallthrough]];
        case CharClass::kSpace:
          space_ = true;
          i = next;
          continue;
        case CharClass::kWord:
        case CharClass::kExtender:
          i = ScanWord(i);
          break;
        case CharClass::kPunct:
          i = ScanSymbol(i, c, next);
          break;
      }
    }
    return std::move(tokens_);
  }

 private:
  void Emit(size_t begin, size_t end) {
    tokens_.push_back(
        {{static_cast<uint32_t>(begin), static_cast<uint32_t>(end)}, space_, newline_});
    space_ = newline_ = false;
  }

  // True if the last token is a comma.
  bool AfterComma() const { return !tokens_.empty() && tokens_.back().span.Of(text_) == ","; }

  // True if the word at `i` follows an opening single quote: "'Peace' al-Sudani said".
  bool OpensSingleQuote(size_t i) const {
    if (i == 0) return false;
    const char prev = text_[i - 1];
    if (prev == '\'') return true;
    // (U+2018, the left single quotation mark, is E2 80 98 in UTF-8.)
    return i >= 3 && text_.compare(i - 3, 3, "\xE2\x80\x98") == 0;
  }

  bool WordAt(size_t i) const {
    if (i >= text_.size()) return false;
    size_t next;
    return IsWordChar(Peek(text_, i, &next));
  }

  // Returns the number of code points of the letter run at `i` when it is followed by '.'
  // ("S" in "U.S."), else 0.
  size_t SingleLetterThenPeriod(size_t i) const {
    size_t next;
    if (i >= text_.size()) return 0;
    const char32_t c = Peek(text_, i, &next);
    if (Classify(c) != CharClass::kWord || IsAsciiDigit(c)) return 0;
    return next < text_.size() && text_[next] == '.' ? 1 : 0;
  }

  // True if the word ending at the period `dot` is an initial of two letters written glued to
  // the name after it, as Mongolian news writes a patronymic's initial: "Kh.Battulga",
  // "Ts.Elbegdorj" ("Kh." is its token, "Battulga" the next).
  bool IsGluedDigraphInitial(std::string_view w, size_t dot) const {
    return dot + 2 < text_.size() && IsInitialDigraph(w) && text_[dot + 1] >= 'A' &&
           text_[dot + 1] <= 'Z' && IsAsciiLower(text_[dot + 2]);
  }

  // True if, after the period ending at `dot`, one space and two capitalized words follow, the
  // first no word that opens sentences: "Ma. Theresa Lazaro" (not "Jack Ma. The company").
  bool TwoNameWordsFollow(size_t dot) const {
    size_t i = dot;
    for (int word = 0; word < 2; ++word) {
      if (i >= text_.size() || text_[i] != ' ') return false;
      ++i;
      if (i + 1 >= text_.size() || !(text_[i] >= 'A' && text_[i] <= 'Z') ||
          !IsAsciiLower(text_[i + 1]))
        return false;
      const size_t begin = i;
      while (i < text_.size() && text_[i] != ' ' && text_[i] != ',' && text_[i] != '.') ++i;
      const std::string_view w = std::string_view(text_).substr(begin, i - begin);
      if (word == 0 && (IsSentenceOpener(w) || w == "In" || w == "On" || w == "At" || w == "As" ||
                        w == "An" || w == "And" || w == "If" || w == "After"))
        return false;
    }
    return true;
  }

  // Scans a word from `start`: letter/digit runs joined by inner hyphens, digit separators,
  // abbreviation periods and name apostrophes; splits clitics off. Returns the end.
  size_t ScanWord(size_t start) {
    const size_t n = text_.size();
    size_t pos = start;
    bool abbreviation_period = false;
    for (;;) {
      size_t seg_cps = 0;
      bool seg_has_digit = false;
      char32_t last = 0;
      while (pos < n) {
        size_t next;
        const char32_t c = Peek(text_, pos, &next);
        if (!IsWordChar(c)) break;
        if (Classify(c) != CharClass::kExtender) ++seg_cps;
        seg_has_digit |= IsAsciiDigit(c);
        last = c;
        pos = next;
      }
      if (pos >= n) break;
      size_t after;
      const char32_t c = Peek(text_, pos, &after);
      if (IsHyphen(c) && WordAt(after)) {  // "al-Assad", "44-day"
        pos = after;
        continue;
      }
      if ((c == ',' || c == '.') && IsAsciiDigit(last) && after < n &&
          IsAsciiDigit(static_cast<unsigned char>(text_[after]))) {  // "6,000", "3.5"
        pos = after;
        continue;
      }
      if (c == '.') {
        // "U.S.", "e.g.", "Ph.D.": short letter segments, the next one a single letter + '.'.
        if (seg_cps <= 2 && !seg_has_digit && SingleLetterThenPeriod(after) > 0) {
          abbreviation_period = true;
          pos = after;
          continue;
        }
        // Host names such as "trtworld.com".
        if ((IsAsciiLower(last) || IsAsciiDigit(last)) && after + 1 < n &&
            IsAsciiLower(text_[after]) && IsAsciiLower(text_[after + 1])) {
          pos = after;
          continue;
        }
        break;
      }
      if (IsApostrophe(c)) {
        // "Mohammed Shia' al-Sudani": a transliterated Arabic letter ends a capitalized name
        // word before the article of the next ("countries'", "'Peace' al-Sudani said" no).
        if (!WordAt(after) && last != 's' && LetterCase(last) < 0 && after + 4 < n &&
            text_[after] == ' ' &&
            (text_.compare(after + 1, 3, "al-") == 0 || text_.compare(after + 1, 3, "el-") == 0)) {
          size_t first_next;
          if (LetterCase(Peek(text_, start, &first_next)) > 0 && !OpensSingleQuote(start)) {
            pos = after;
            break;
          }
        }
        if (!WordAt(after)) break;  // "countries'": the apostrophe is a token of its own
        if (const size_t clitic_end = Clitic(text_, after); clitic_end > 0) {
          Emit(start, pos);  // "Russia" "'s"
          Emit(pos, clitic_end);
          return clitic_end;
        }
        if ((last == 'n' || last == 'N') && seg_cps >= 2 && after < n &&
            (text_[after] | 0x20) == 't' && !WordAt(after + 1)) {
          Emit(start, pos - 1);  // "do" "n't"
          Emit(pos - 1, after + 1);
          return after + 1;
        }
        pos = after;  // "O'Brien", "N'Djamena"
        continue;
      }
      break;
    }
    size_t end = pos;
    if (pos < n && text_[pos] == '.') {
      const std::string_view word = text_.substr(start, pos - start);
      size_t next = start;
      const char32_t first = Peek(text_, start, &next);
      const bool single_initial = next == pos && LetterCase(first) > 0;
      if (abbreviation_period || single_initial || IsAbbreviation(word) ||
          (word == "No" && DigitFollows(text_, pos + 1)) || IsGluedDigraphInitial(word, pos) ||
          (IsGivenNameAbbreviation(word) && TwoNameWordsFollow(pos + 1) &&
           !(word == "Md" && AfterComma()))) {  // (", Md." is Maryland)
        end = pos + 1;
      }
    }
    Emit(start, end);
    return end;
  }

  // Scans one punctuation mark or symbol with the marks that modify it (emoji skin tones and
  // variation selectors, ZWJ sequences, flag pairs). Returns the end.
  size_t ScanSymbol(size_t start, char32_t c, size_t end) {
    const size_t n = text_.size();
    if (In(c, 0x1F1E6, 0x1F1FF) && end < n) {  // a flag is two regional indicators
      size_t next;
      if (In(Peek(text_, end, &next), 0x1F1E6, 0x1F1FF)) end = next;
    }
    while (end < n) {
      size_t next;
      const char32_t m = Peek(text_, end, &next);
      if (Classify(m) != CharClass::kExtender) break;
      end = next;
      if (m == 0x200D && end < n) {  // ZWJ joins the following pictograph
        const char32_t p = Peek(text_, end, &next);
        if (p >= 0x80 && Classify(p) == CharClass::kPunct) end = next;
      }
    }
    Emit(start, end);
    return end;
  }

  std::string_view text_;
  std::vector<Token> tokens_;
  bool space_ = true;
  bool newline_ = true;
};

char32_t FirstCodePoint(std::string_view text, const Token& t) {
  size_t next;
  return Peek(text, t.span.begin, &next);
}

bool IsSingle(std::string_view text, const Token& t, char32_t c) {
  size_t next;
  return Peek(text, t.span.begin, &next) == c && next == t.span.end;
}

bool IsTerminator(std::string_view text, const Token& t) {
  size_t next;
  const char32_t c = Peek(text, t.span.begin, &next);
  if (next != t.span.end) return false;
  switch (c) {
    case '.':
    case '!':
    case '?':
    case 0x2026:  // …
    case 0x203C:
    case 0x2047:
    case 0x2048:
    case 0x2049:  // ‼ ⁇ ⁈ ⁉
    case 0x3002:
    case 0xFF01:
    case 0xFF0E:
    case 0xFF1F:  // 。！．？
    case 0x61F:
    case 0x6D4:
    case 0x964:
    case 0x965:
    case 0x589:  // ؟ ۔ । ॥ ։
      return true;
    default:
      return false;
  }
}

bool IsCloser(std::string_view text, const Token& t) {
  for (char32_t c : {U'"', U'\'', U')', U']', U'}', U'\u2019', U'\u201D', U'\u00BB', U'\u203A'}) {
    if (IsSingle(text, t, c)) return true;
  }
  return false;
}

// True for a token that ends in the period of an initialism, an initial or a company's or a
// name's abbreviation: "U.S.", "D.C.", "X.", "Inc.", "Jr.".
bool EndsInitialism(std::string_view text, const Token& t) {
  const std::string_view w = t.span.Of(text);
  if (w.size() == 2 && w[0] >= 'A' && w[0] <= 'Z' && w[1] == '.') return true;
  if (w.size() < 3 || w.back() != '.') return false;
  if (w.find('.') < w.size() - 1) return true;
  for (std::string_view a : {"Inc.", "Ltd.", "Corp.", "Co.", "Jr.", "Sr.", "Bros."})
    if (w == a) return true;
  return false;
}

// True for capitalized words that open sentences and never go on a name before them.
bool OpensSentenceOnly(std::string_view text, const Token& t) {
  return IsSentenceOpener(t.span.Of(text));
}

// Returns true if `t` can open a sentence: an upper-case or caseless letter, a digit, an
// opening quote or bracket.
bool CanStartSentence(std::string_view text, const Token& t) {
  const char32_t c = FirstCodePoint(text, t);
  switch (c) {
    case '"':
    case '\'':
    case '(':
    case '[':
    case 0x201C:
    case 0x2018:
    case 0x201E:
    case 0xAB:
    case 0x2039:
    case 0xBF:
    case 0xA1:
      return true;
    default:
      break;
  }
  if (IsAsciiDigit(c)) return true;
  const int letter_case = LetterCase(c);
  if (letter_case != 0) return letter_case > 0;
  return c >= 0x80 && Classify(c) == CharClass::kWord;  // a letter of a caseless script
}

}  // namespace

std::vector<Token> Tokenize(std::string_view text) { return Tokenizer(text).Run(); }

bool IsInitialDigraph(std::string_view two) {
  static constexpr std::string_view kDigraphs[] = {"Ch", "Kh", "Sh", "Ts", "Zh",
                                                   "Ya", "Ye", "Yo", "Yu"};
  return std::find(std::begin(kDigraphs), std::end(kDigraphs), two) != std::end(kDigraphs);
}

std::vector<Sentence> SplitSentences(std::string_view text, std::span<const Token> tokens) {
  std::vector<Sentence> out;
  const auto n = static_cast<uint32_t>(tokens.size());
  uint32_t first = 0;
  auto close = [&](uint32_t last) {
    out.push_back({{tokens[first].span.begin, tokens[last - 1].span.end}, first, last});
    first = last;
  };
  uint32_t t = 0;
  while (t < n) {
    if (t > first && tokens[t].newline_before) close(t);
    if (t - first >= kMaxSentenceTokens) {
      // An overlong run without an end: cut after the last ',', ';' or ':' of its second half,
      // else here. Every sentence is evidence text and every pair of its names a candidate.
      uint32_t cut = t;
      for (uint32_t k = t - 1; k > first + kMaxSentenceTokens / 2; --k) {
        const std::string_view w = tokens[k].span.Of(text);
        if (w == "," || w == ";" || w == ":") {
          cut = k + 1;
          break;
        }
      }
      close(cut);
    }
    if (!IsTerminator(text, tokens[t])) {
      // "in Washington D.C. The protest was": an initialism's period ends its sentence where
      // a word that opens sentences, and never goes on a name, follows.
      if (t + 1 < n && EndsInitialism(text, tokens[t]) && OpensSentenceOnly(text, tokens[t + 1])) {
        close(t + 1);
      }
      ++t;
      continue;
    }
    // Closing quotes and brackets glued to the terminator stay in its sentence: `"go." Then`.
    uint32_t j = t + 1;
    while (j < n && !tokens[j].space_before &&
           (IsTerminator(text, tokens[j]) || IsCloser(text, tokens[j]))) {
      ++j;
    }
    if (j < n && (tokens[j].newline_before || CanStartSentence(text, tokens[j]))) close(j);
    t = j;
  }
  if (first < n) close(n);
  return out;
}

}  // namespace ng::nlp
