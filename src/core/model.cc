#include "core/model.h"

#include <algorithm>
#include <array>
#include <functional>
#include <tuple>

namespace ng {
namespace {

struct PredicateInfo {
  Predicate predicate;
  std::string_view term;
  std::string_view label;
};

constexpr std::array<PredicateInfo, kPredicateCount> kPredicates = {{
    {Predicate::kLeaderOf, "ng:leaderOf", "leader of"},
    {Predicate::kJobTitle, "jobTitle", "job title"},
    {Predicate::kMemberOf, "memberOf", "member of"},
    {Predicate::kNationality, "nationality", "nationality"},
    {Predicate::kAffiliation, "affiliation", "affiliation"},
    {Predicate::kContainedInPlace, "containedInPlace", "in"},
    {Predicate::kCapitalOf, "ng:capitalOf", "capital of"},
    {Predicate::kParticipant, "ng:participant", "participant"},
    {Predicate::kOrganizer, "organizer", "organizer"},
    {Predicate::kLocation, "location", "location"},
    {Predicate::kStartDate, "startDate", "date"},
    {Predicate::kKilled, "ng:killed", "killed"},
    {Predicate::kBirthPlace, "birthPlace", "born in"},
    {Predicate::kHomeLocation, "homeLocation", "lives in"},
}};

constexpr std::array<std::string_view, 6> kTypeNames = {"Person",       "Country", "Place",
                                                        "Organization", "Event",   "Date"};
constexpr std::array<std::string_view, 7> kEventNames = {
    "", "Meeting", "Conflict", "Attack", "Agreement", "Election", "Protest"};

}  // namespace

std::string_view EntityTypeName(EntityType t) { return kTypeNames[static_cast<size_t>(t)]; }

std::optional<EntityType> ParseEntityType(std::string_view name) {
  for (size_t i = 0; i < kTypeNames.size(); ++i)
    if (kTypeNames[i] == name) return static_cast<EntityType>(i);
  return std::nullopt;
}

std::string_view EventKindName(EventKind k) { return kEventNames[static_cast<size_t>(k)]; }

std::optional<EventKind> ParseEventKind(std::string_view name) {
  for (size_t i = 1; i < kEventNames.size(); ++i)
    if (kEventNames[i] == name) return static_cast<EventKind>(i);
  return std::nullopt;
}

std::string_view PredicateTerm(Predicate p) { return kPredicates[static_cast<size_t>(p)].term; }

std::string_view PredicateLabel(Predicate p) { return kPredicates[static_cast<size_t>(p)].label; }

std::optional<Predicate> ParsePredicateTerm(std::string_view term) {
  for (const auto& info : kPredicates)
    if (info.term == term) return info.predicate;
  return std::nullopt;
}

bool IsLiteral(Predicate p) { return p == Predicate::kJobTitle || p == Predicate::kStartDate; }

HeadKind HeadKindOfTitle(std::string_view title) {
  for (std::string_view t : {"King", "Queen", "Sultan", "Emir", "Emperor", "Empress"})
    if (title == t) return HeadKind::kMonarch;
  for (std::string_view t : {"President", "Prime Minister", "Chancellor", "Premier"})
    if (title == t) return HeadKind::kElected;
  return HeadKind::kNone;
}

bool EvidenceLess(const Evidence& a, const Evidence& b) {
  return std::tie(a.doc, a.begin, a.end, a.rule, a.text, a.confidence) <
         std::tie(b.doc, b.begin, b.end, b.rule, b.text, b.confidence);
}

namespace {

// Whether each element of `v` orders strictly before the next. Sorting such a list by `less`
// leaves it as it is (no two elements are equivalent, so its sorted order is unique), and
// removing adjacent duplicates then removes nothing; the check costs n - 1 comparisons against
// the sort's n log n. Most lists Canonicalize sees are so already: a document's graph is
// canonicalized twice (before and after its duplicate relations are merged), the merge's
// entities and relations arrive sorted.
template <typename T, typename Less = std::less<>>
bool StrictlySorted(const std::vector<T>& v, Less less = {}) {
  return std::adjacent_find(v.begin(), v.end(),
                            [&](const T& a, const T& b) { return !less(a, b); }) == v.end();
}

// Sorts `v` by `less` and removes adjacent equal elements, unless it strictly increases.
template <typename T, typename Less = std::less<>>
void SortUnique(std::vector<T>& v, Less less = {}) {
  if (StrictlySorted(v, less)) return;
  std::sort(v.begin(), v.end(), less);
  v.erase(std::unique(v.begin(), v.end()), v.end());
}

// Sorts `v` by `less`, unless it strictly increases. Stable: elements `less` finds equal (two
// statements of one triple in a hostile JSON-LD file) keep their order, so that canonicalizing
// a canonical graph changes nothing.
template <typename T, typename Less>
void Sort(std::vector<T>& v, Less less) {
  if (!StrictlySorted(v, less)) std::stable_sort(v.begin(), v.end(), less);
}

}  // namespace

void Canonicalize(GraphData& g) {
  for (auto& a : g.articles) SortUnique(a.mentions);
  Sort(g.articles, [](const Article& a, const Article& b) { return a.id < b.id; });
  for (auto& e : g.entities) {
    SortUnique(e.alt_names);
    std::erase(e.alt_names, e.name);
    SortUnique(e.identifiers);
  }
  Sort(g.entities, [](const Entity& a, const Entity& b) { return a.id < b.id; });
  for (auto& r : g.relations) SortUnique(r.evidence, EvidenceLess);
  Sort(g.relations, [](const Relation& a, const Relation& b) {
    return std::tie(a.subject, a.predicate, a.object) < std::tie(b.subject, b.predicate, b.object);
  });
}

std::string_view FoldLatin(char32_t c) {
  static constexpr std::array<std::string_view, 64> kLatin1 = {
      // U+00C0..U+00FF
      "A", "A", "A", "A", "A", "A", "AE", "C", "E", "E", "E", "E", "I", "I", "I",  "I",
      "D", "N", "O", "O", "O", "O", "O",  "",  "O", "U", "U", "U", "U", "Y", "TH", "ss",
      "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i",  "i",
      "d", "n", "o", "o", "o", "o", "o",  "",  "o", "u", "u", "u", "u", "y", "th", "y"};
  if (c >= 0xC0 && c <= 0xFF) return kLatin1[c - 0xC0];
  if (c >= 0x100 && c <= 0x17F) {
    static constexpr std::string_view kExtA =  // U+0100..U+017F, base letter of each pair
        "AaAaAaCcCcCcCcDdDdEeEeEeEeEeGgGgGgGgHhHhIiIiIiIiIiJjJjKkkLlLlLlLlLlNnNnNnnNnOoOoOoOo"
        "RrRrRrSsSsSsSsTtTtTtUuUuUuUuUuUuWwYyYZzZzZzs";
    return kExtA.substr(c - 0x100, 1);
  }
  if (c >= 0x218 && c <= 0x21B) return std::string_view("SsTt").substr(c - 0x218, 1);
  // Vietnamese: the horned O and U (U+01A0, U+01A1, U+01AF, U+01B0) and the letters with two
  // marks (U+1EA0..U+1EF9: "Đà Nẵng" -> "Da Nang"), upper case at the even code points.
  if (c == 0x1A0 || c == 0x1A1) return c == 0x1A0 ? "O" : "o";
  if (c == 0x1AF || c == 0x1B0) return c == 0x1AF ? "U" : "u";
  if (c >= 0x1EA0 && c <= 0x1EF9) {
    const bool upper = c % 2 == 0;
    const char base = c <= 0x1EB7   ? 'a'
                      : c <= 0x1EC7 ? 'e'
                      : c <= 0x1ECB ? 'i'
                      : c <= 0x1EE3 ? 'o'
                      : c <= 0x1EF1 ? 'u'
                                    : 'y';
    static constexpr std::string_view kLetters = "aAeEiIoOuUyY";
    return kLetters.substr(kLetters.find(base) + (upper ? 1 : 0), 1);
  }
  return {};
}

std::string Slug(std::string_view name) {
  std::string out;
  bool dash = false;
  auto put = [&](std::string_view s) {
    if (dash && !out.empty()) out += '-';
    dash = false;
    out += s;
  };
  for (size_t i = 0; i < name.size();) {
    unsigned char c = static_cast<unsigned char>(name[i]);
    if (c < 0x80) {
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        put(std::string_view(&name[i], 1));
      } else if (c >= 'A' && c <= 'Z') {
        char lower = static_cast<char>(c - 'A' + 'a');
        put(std::string_view(&lower, 1));
      } else if (c != '\'') {  // "Xi's" -> "xis", not "xi-s"
        dash = true;
      }
      ++i;
      continue;
    }
    size_t len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
    len = std::min(len, name.size() - i);
    char32_t cp = 0;
    if (len == 2) cp = ((c & 0x1F) << 6) | (static_cast<unsigned char>(name[i + 1]) & 0x3F);
    if (len == 3)
      cp = ((c & 0x0F) << 12) | ((static_cast<unsigned char>(name[i + 1]) & 0x3F) << 6) |
           (static_cast<unsigned char>(name[i + 2]) & 0x3F);
    // An apostrophe or glottal stop inside a name is dropped as the ASCII one is:
    // "Tuila‘epa" -> "tuilaepa", "Hawaiʻi" -> "hawaii".
    if (cp == 0x2BB || name.substr(i, len) == "\u2018" || name.substr(i, len) == "\u2019") {
      i += len;
      continue;
    }
    std::string_view folded = FoldLatin(cp);
    if (!folded.empty()) {
      std::string lower(folded);
      for (char& ch : lower)
        if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch - 'A' + 'a');
      put(lower);
    } else if (cp == 0xD7 || cp == 0xF7 || (len == 2 && cp >= 0x80 && cp < 0xC0)) {
      dash = true;  // punctuation and symbols of Latin-1
    } else {
      static constexpr char kHex[] = "0123456789abcdef";
      std::string enc;
      for (size_t k = 0; k < len; ++k) {
        unsigned char b = static_cast<unsigned char>(name[i + k]);
        enc += '%';
        enc += kHex[b >> 4];
        enc += kHex[b & 15];
      }
      put(enc);
    }
    i += len;
  }
  return out;
}

}  // namespace ng
