#include "extract/words.h"

#include <algorithm>

namespace ng::extract {

std::string Lower(std::string_view w) {
  std::string out(w);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

bool EqualsLowered(std::string_view w, const char* x) {
  for (size_t i = 0; i < w.size(); ++i)
    if ((w[i] >= 'A' && w[i] <= 'Z' ? static_cast<char>(w[i] - 'A' + 'a') : w[i]) != x[i])
      return false;
  return true;
}

WordSet::WordSet(std::initializer_list<std::string_view> words) {
  for (std::string_view w : words) {
    set_.insert(std::string(w));
    longest_ = std::max(longest_, w.size());
    by_length_[Slot(w.size())] |= uint32_t{1} << FirstBit(w);
  }
}

bool WordSet::Lookup(std::string_view w) const {
  std::array<char, 32> buf;
  if (w.size() > buf.size()) return set_.contains(Lower(w));
  for (size_t i = 0; i < w.size(); ++i)
    buf[i] = w[i] >= 'A' && w[i] <= 'Z' ? static_cast<char>(w[i] - 'A' + 'a') : w[i];
  return set_.contains(std::string_view(buf.data(), w.size()));
}

bool IsPossessive(std::string_view w) {
  return w == "'s" || w == "\u2019s" || w == "'" || w == "\u2019";
}

void AppendWithAsciiApostrophes(std::string& out, std::string_view w) {
  for (size_t at = w.find("\u2019"); at != std::string_view::npos; at = w.find("\u2019")) {
    out.append(w.substr(0, at)).push_back('\'');
    w.remove_prefix(at + 3);
  }
  out.append(w);
}

bool IsNameParticle(std::string_view w) {
  return Is(w, {"bin", "bint", "ibn", "al", "el", "de",  "da",  "di", "del", "della", "van", "von",
                "der", "den",  "du",  "le", "la", "dos", "das", "y",  "e",   "ben",   "abu", "ul"});
}

std::string_view WithoutGluedParticle(std::string_view w) {
  const size_t dash = w.find('-');
  if (dash == std::string_view::npos || dash + 1 >= w.size() || !IsNameParticle(w.substr(0, dash)))
    return w;
  const char next = w[dash + 1];
  return next >= 'A' && next <= 'Z' ? w.substr(dash + 1) : w;
}

bool IsReportingVerb(std::string_view w) {
  static const WordSet kWords{
      "said",      "says",   "say",      "told",   "tells",   "added",     "adds",     "announced",
      "announces", "denied", "denies",   "stated", "claimed", "claims",    "warned",   "warns",
      "insisted",  "noted",  "stressed", "urged",  "urges",   "confirmed", "reported", "reports"};
  return kWords.Contains(w);
}

namespace {

// True if `w` is capitalized and, lower-cased, one of `words` (WordSet matches lower case only).
bool IsCapitalizedOneOf(const WordSet& words, std::string_view w) {
  return !w.empty() && w[0] >= 'A' && w[0] <= 'Z' && words.Contains(Lower(w));
}

}  // namespace

bool IsFaithAdjective(std::string_view w) {
  static const WordSet kWords{"orthodox", "catholic", "protestant", "evangelical", "christian",
                              "muslim",   "sunni",    "shia",       "shiite",      "shi'ite",
                              "jewish",   "buddhist", "hindu",      "sikh",        "coptic"};
  return IsCapitalizedOneOf(kWords, w);
}

bool IsLanguageName(std::string_view w) {
  static const WordSet kWords{"arabic",   "hebrew",    "swahili",  "urdu",     "hindi",
                              "mandarin", "cantonese", "farsi",    "pashto",   "dari",
                              "amharic",  "tagalog",   "hausa",    "yoruba",   "igbo",
                              "bengali",  "latin",     "sanskrit", "esperanto"};
  return IsCapitalizedOneOf(kWords, w);
}

bool IsDeterminer(std::string_view w) { return Is(w, {"the", "a", "an"}); }

bool IsGenerationalSuffix(std::string_view w) {
  return Is(w, {"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"});
}

bool IsLegalForm(std::string_view w) {
  if (!w.empty() && w.back() == '.') w.remove_suffix(1);
  return Is(w, {"inc",  "corp",  "co",           "ltd", "limited", "plc", "llc", "ag",
                "gmbh", "nv",    "n.v",          "sa",  "s.a",     "se",  "ab",  "asa",
                "spa",  "s.p.a", "incorporated", "bhd", "berhad",  "tbk", "pte", "sdn",
                "jsc",  "pjsc",  "ojsc",         "llp", "pty",     "bv",  "oyj", "kk"});
}

bool IsIdeologyAdjective(std::string_view w) {
  return Is(w, {"marxist", "maoist", "leninist", "marxist-leninist", "islamist", "jihadist",
                "salafist", "trotskyist"});
}

bool IsCompanyNoun(std::string_view w) {
  return Is(w, {"maker",     "carmaker",  "automaker",   "company",   "firm",        "lender",
                "insurer",   "retailer",  "airline",     "carrier",   "broadcaster", "conglomerate",
                "startup",   "start-up",  "chipmaker",   "drugmaker", "giant",       "manufacturer",
                "supplier",  "operator",  "producer",    "developer", "bank",        "newspaper",
                "outlet",    "publisher", "miner",       "refiner",   "shipbuilder", "contractor",
                "exporter",  "importer",  "distributor", "brewer",    "group",       "steelmaker",
                "planemaker"});
}

bool IsPhotoPosition(std::string_view w) { return Is(w, {"left", "right", "centre", "center"}); }

// Words for a party's place in politics, written before its name: "the ruling", "Magyar's
// opposition", "the far-right".
bool IsPartyPositionWord(std::string_view w) {
  return Is(w, {"ruling",      "governing",    "opposition",   "leftist",      "rightist",
                "left-wing",   "right-wing",   "far-right",    "far-left",     "centre-left",
                "center-left", "centre-right", "center-right", "conservative", "liberal",
                "nationalist", "populist",     "socialist",    "centrist",     "main",
                "own",         "new",          "junior",       "senior"});
}

void CapitalizeWords(std::string& s) {
  bool start = true;
  for (size_t i = 0; i < s.size(); ++i) {
    char& c = s[i];
    if (start && c >= 'a' && c <= 'z') {
      // ("head of state" -> "Head of State": the small words inside stay as they are.)
      const size_t end = s.find_first_of(" -", i);
      const std::string_view word =
          std::string_view(s).substr(i, end == std::string::npos ? std::string::npos : end - i);
      if (i == 0 || !Is(word, {"of", "the", "and", "for", "on", "in", "to", "at"}))
        c = static_cast<char>(c - 'a' + 'A');
    }
    start = c == ' ' || c == '-';
  }
}

bool IsCompassWord(std::string_view w) {
  return Is(w, {"northern", "southern", "eastern", "western", "central", "northeast", "northwest",
                "southeast", "southwest", "northeastern", "northwestern", "southeastern",
                "southwestern", "north", "south", "east", "west"});
}

bool IsDigits(std::string_view w) {
  if (w.empty()) return false;
  for (char c : w)
    if (c < '0' || c > '9') return false;
  return true;
}

bool IsDashWord(std::string_view w) {
  return w == "-" || w == "--" || w == "\u2013" || w == "\u2014";
}

}  // namespace ng::extract
