// The lexicons (gazetteers) extraction consults: every country with its names, ISO codes,
// demonyms, capital and Wikidata id; first-level subdivisions; world cities; political titles;
// well-known organizations and places; event words; and words that are never entity names.
// A Lexicon is built once by Load() and is immutable afterwards: share it across threads by
// const reference. Lookups take a phrase exactly as written in the text (tokens joined by single
// spaces, e.g. "Prime Minister", "U.S.") and are case-sensitive unless said otherwise.
#pragma once

#include <array>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/model.h"
#include "extract/string_map.h"

namespace ng::extract {

struct Country {
  std::string iso2;                   // "RU"
  std::string iso3;                   // "RUS"
  std::string name;                   // common English short name: "Russia", "United States"
  std::string official;               // "Russian Federation" (may be empty)
  std::string wikidata;               // "Q159"
  std::string capital;                // "Moscow"
  std::string capital_wikidata;       // "Q649" or ""
  std::vector<std::string> aliases;   // other names and abbreviations: "U.S.", "USA", "America"
  std::vector<std::string> demonyms;  // adjectives and nouns: "Russian", "Russians"
  uint64_t city_population = 0;       // people in its gazetteer cities (a measure of its size)
  // A territory (no sovereign state: "New Caledonia", "Hong Kong", "Western Sahara") is a place;
  // its sovereign's alpha-2 code, empty where none is agreed.
  bool territory = false;
  std::string sovereign_iso2;
  // The known organization its capital stands for when it acts, instead of the country
  // (data/capital_bodies.tsv: "Brussels had warned" is the European Union); -1 for none. See
  // Lexicon::CapitalBody.
  int capital_body = -1;
};

struct Subdivision {
  std::string name;          // "California", "Bavaria"
  std::string country_iso2;  // "US"
  std::string code;          // ISO 3166-2 code: "US-CA"
};

struct City {
  std::string name;          // "Moscow"
  std::string country_iso2;  // "RU"
  uint32_t population = 0;
};

struct Title {
  std::string canonical;   // "Prime Minister" for "PM", "premier", "Prime Minister"
  bool leader = false;     // holds political office (head of state/government, minister, ...)
  bool head = false;       // heads the country/organization: President, PM, King, Chancellor...
  bool honorific = false;  // a form of address (data/honorifics.txt): "Mr.", "Dr.", no job
  // The office in general where the title as written names it otherwise ("Foreign Minister"
  // for "External Affairs Minister", "Chief Executive" for "CEO"), else "": a counterpart holds
  // it.
  std::string office;
};

// A national head of state or government (data/heads.tsv) or a foreign minister
// (data/foreign_ministers.tsv), and the years of the office.
struct KnownHead {
  std::string name;          // "Bola Tinubu"
  std::string country_iso2;  // "NG"
  std::string office;        // President, Prime Minister, Monarch, Chancellor, Supreme Leader,
                             // Head of Government, Head of State; Foreign Minister
  int from = 0;              // the year the office was taken
  int to = 0;                // the year it was left; 0 while held

  bool IsHead() const { return office != "Foreign Minister"; }
};

struct KnownEntity {  // a well-known organization or place given in data/*.tsv
  std::string name;   // canonical name: "North Atlantic Treaty Organization" or "NATO"
  EntityType type = EntityType::kOrganization;
  std::string subtype;       // schema.org class: "GovernmentOrganization", "NewsMediaOrganization"
  std::string country_iso2;  // where it is based / lies, or ""
  std::string container;     // places: the city it lies in ("Moscow" for "Kremlin"), or ""
  std::string wikidata;      // "Q7184" or ""

  bool IsOutlet() const { return subtype == "NewsMediaOrganization"; }
  bool IsCompany() const { return subtype == "Corporation"; }
  bool IsParty() const { return subtype == "PoliticalParty"; }
};

struct EventWord {
  EventKind kind = EventKind::kNone;
  bool verb = false;  // "met", "fought", "signed": a verb whose subject and object participate
};

// One bit per hash of each string of a set: a clear bit means a string is surely not in the
// set. Lets a lookup that mostly misses skip its hash map, whose reads mostly miss the cache.
// An empty filter (nothing added) may contain anything.
class KeyFilter {
 public:
  // A filter of 2^bits bits; with `fold_case`, ASCII letters are lower-cased before hashing.
  KeyFilter(uint32_t bits, bool fold_case) : bits_(bits), fold_case_(fold_case) {}
  void Add(std::string_view key);
  bool MayContain(std::string_view key) const {
    if (words_.empty()) return true;
    const uint32_t bit = Bit(key);
    return (words_[bit / 64] & (uint64_t{1} << (bit % 64))) != 0;
  }

 private:
  // (The lexicon's filters hash about 7 M bytes per MB of news. The case is folded through a
  // table, in a loop of its own: a load per byte instead of a test of fold_case_ and a range
  // test with two branches.)
  uint32_t Bit(std::string_view key) const {
    uint64_t h = 14695981039346656037ull;  // FNV-1a
    if (fold_case_) {
      for (char c : key) {
        h ^= kFoldedByte[static_cast<unsigned char>(c)];
        h *= 1099511628211ull;
      }
    } else {
      for (char c : key) {
        h ^= static_cast<unsigned char>(c);
        h *= 1099511628211ull;
      }
    }
    return static_cast<uint32_t>((h ^ (h >> 32)) & ((uint64_t{1} << bits_) - 1));
  }
  // Each byte with ASCII letters lower-cased.
  static constexpr std::array<uint8_t, 256> kFoldedByte = [] {
    std::array<uint8_t, 256> folded{};
    for (int c = 0; c < 256; ++c)
      folded[static_cast<size_t>(c)] =
          static_cast<uint8_t>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    return folded;
  }();

  uint32_t bits_;
  bool fold_case_;
  std::vector<uint64_t> words_;
};

class Lexicon {
 public:
  // Loads data_dir/*.tsv, the iso-codes JSON (ISO 3166-1 and -2) from `iso_codes_dir` and the
  // cities of libgeonames. Throws Error(kBadResource) naming the file and line on bad data.
  static Lexicon Load(const std::filesystem::path& data_dir,
                      const std::filesystem::path& iso_codes_dir = "/usr/share/iso-codes/json");

  // Returns the country named by `phrase` (a name, alias or ISO alpha-3 code), or nullptr.
  const Country* FindCountry(std::string_view phrase) const;
  // Returns the country whose demonym is `word` ("Russian", "Russians"), or nullptr.
  const Country* FindDemonym(std::string_view word) const;
  // Returns the country whose capital is `city` ("Moscow"), or nullptr.
  const Country* FindCapital(std::string_view city) const;
  // The organization the acting capital of `c` stands for ("Brussels": the European Union), or
  // nullptr where the capital stands for the country.
  const KnownEntity* CapitalBody(const Country& c) const;
  const Country* CountryByIso2(std::string_view iso2) const;
  // Returns the most populous city named `phrase`, or nullptr.
  const City* FindCity(std::string_view phrase) const;
  // Returns the most populous city named `phrase` in the country `iso2` ("Alexandria", "EG"),
  // or nullptr.
  const City* FindCityIn(std::string_view phrase, std::string_view iso2) const;
  // Returns the subdivision named `phrase` (the one of the most populous country if several).
  const Subdivision* FindSubdivision(std::string_view phrase) const;
  // Returns the subdivision named like a country ("Georgia", the U.S. state), which
  // FindSubdivision never returns, or nullptr.
  const Subdivision* FindSubdivisionNamedLikeCountry(std::string_view phrase) const;
  // Returns the state or province an abbreviation names after a town ("Va." in "Staunton, Va.",
  // "TX", "Ont."), a trailing period optional; nullptr if `phrase` is none. Callers check the
  // position: "Mo" or "Ill" elsewhere is no region.
  const Subdivision* FindRegionAbbreviation(std::string_view phrase) const;
  // Returns the title written as `phrase` ("President", "PM", "Foreign Minister"), or nullptr.
  // Case-insensitive for the first letter only ("president" and "President" both match).
  const Title* FindTitle(std::string_view phrase) const;
  // The terms of office data/heads.tsv (heads of state or government) and
  // data/foreign_ministers.tsv list under a person's name or alias, matched by Slug ("Lee Jae
  // Myung" is "Lee Jae-myung"); empty if none. By surname: those whose name ends with the one
  // word `surname` ("Tinubu").
  std::vector<const KnownHead*> FindHeads(std::string_view name) const;
  std::vector<const KnownHead*> FindHeadsBySurname(std::string_view surname) const;
  // Returns the organization or place known as `phrase` ("NATO", "Kremlin"), or nullptr.
  const KnownEntity* FindKnown(std::string_view phrase) const;
  // The news outlet named `phrase` (a name or an alias of a NewsMediaOrganization), or nullptr.
  // Unlike FindKnown, an alias another organization has too still finds the outlet: "PTI" is
  // the Press Trust of India in a dateline, Pakistan Tehreek-e-Insaf elsewhere.
  const KnownEntity* FindOutlet(std::string_view phrase) const;
  // Returns the event word `word` (lower-case lookup: "summit", "met", "ceasefire"), or nullptr.
  const EventWord* FindEventWord(std::string_view word) const;
  // The most words of an event phrase ("general strike", "spoke by phone") that starts with
  // the lower-case `word`; 1 for a word no event phrase starts with.
  size_t MaxEventPhraseTokensFrom(std::string_view word) const;
  // False if no event word or phrase starts with `word` (up to its first space, if it has one;
  // ASCII case ignored): then FindEventWord finds neither the word nor a phrase starting with
  // it. A filter: true does not mean one does.
  bool MayStartEventWord(std::string_view word) const {
    return event_first_word_filter_.MayContain(word.substr(0, word.find(' ')));
  }
  // True for a word written inside a known name after its first word ("of" in "Great Hall of
  // the People", "to" in "Committee to Protect Journalists").
  bool IsKnownNameInnerWord(std::string_view word) const;
  // Returns true for capitalized words that never start or form a name on their own: weekdays,
  // months, section labels ("WORLD", "Related", "SOURCE", "Photo"), pronouns, determiners.
  bool IsStopName(std::string_view word) const;
  // Returns true if `word` is a known given name ("Vladimir", "Nikol", "Angela").
  bool IsGivenName(std::string_view word) const;
  // Returns true if `word` is an organization head word ("Ministry", "Party", "Agency", "Bank").
  bool IsOrgWord(std::string_view word) const;
  // Returns true if `word` is a place head word ("region", "province", "road", "corridor").
  bool IsPlaceWord(std::string_view word) const;
  // Returns true if `word` starts a place's name ("Fort", "Mount", "Lake": "Fort Hamilton").
  bool IsPlacePrefix(std::string_view word) const;

  // The longest phrase (in tokens) any lookup above can match.
  size_t max_phrase_tokens() const { return max_phrase_tokens_; }
  // Returns the longest phrase (in tokens) any lookup above can match when the phrase starts with
  // the token `word`, ASCII case ignored; 0 if none can. Lets callers skip windows that cannot
  // match instead of building and looking up every phrase up to max_phrase_tokens().
  size_t MaxPhraseTokensFrom(std::string_view word) const;
  // The same for titles alone: the most words of a title that starts with `word`, ASCII case
  // ignored; 0 if none does.
  size_t MaxTitleTokensFrom(std::string_view word) const;
  const std::vector<Country>& countries() const { return countries_; }

 private:
  // Load() steps, in the order it runs them; each fills its own maps.
  void LoadWordLists(const std::filesystem::path& data_dir);
  // Returns every spelling of each country's capital, parallel to countries_.
  std::vector<std::vector<std::string>> LoadCountries(const std::filesystem::path& data_dir,
                                                      const std::filesystem::path& iso_codes_dir);
  void LoadTitles(const std::filesystem::path& data_dir);
  void LoadKnown(const std::filesystem::path& data_dir);
  void LoadEventWords(const std::filesystem::path& data_dir);
  // Returns the summed city population of each country (alpha-2 -> people).
  std::unordered_map<std::string, uint64_t> LoadCities(
      const std::vector<std::vector<std::string>>& capital_forms);
  void LoadSubdivisions(const std::filesystem::path& iso_codes_dir,
                        const std::unordered_map<std::string, uint64_t>& country_population);
  void IndexCity(const std::string& key, size_t i);
  void IndexCityInCountry(const std::string& key, size_t i);
  void LoadRegionAbbreviations(const std::filesystem::path& data_dir);
  void LoadTerritories(const std::filesystem::path& data_dir);
  void LoadCapitalBodies(const std::filesystem::path& data_dir);
  void LoadHeads(const std::filesystem::path& data_dir);
  void LoadHeadsFile(const std::filesystem::path& path);
  // The terms of office `index` (heads_by_slug_ or heads_by_surname_) holds under Slug(name).
  std::vector<const KnownHead*> HeadsUnder(
      const std::unordered_map<std::string, std::vector<size_t>>& index,
      std::string_view name) const;

  std::vector<Country> countries_;
  std::vector<Subdivision> subdivisions_;
  std::vector<City> cities_;
  std::vector<KnownEntity> known_;
  std::vector<KnownHead> heads_;
  std::unordered_map<std::string, std::vector<size_t>> heads_by_slug_;     // looked up only
  std::unordered_map<std::string, std::vector<size_t>> heads_by_surname_;  // looked up only
  StringMap<size_t> country_by_name_;                                      // names, aliases, iso3
  StringMap<size_t> country_by_demonym_;
  StringMap<size_t> country_by_capital_;
  StringMap<size_t> country_by_iso2_;
  StringMap<size_t> city_by_name_;
  StringMap<size_t> city_by_name_in_country_;  // "name\tISO2"
  StringMap<size_t> subdivision_by_name_;
  StringMap<size_t> subdivision_named_like_country_;
  StringMap<size_t> subdivision_by_abbreviation_;  // without the trailing period
  StringMap<Title> titles_;
  StringMap<size_t> known_by_name_;
  StringMap<size_t> outlet_by_name_;
  StringMap<EventWord> event_words_;
  StringMap<size_t> event_phrase_tokens_;  // lower-case first word of a phrase -> most words
  StringSet known_inner_words_;
  StringSet stop_names_;
  StringSet given_names_;
  StringSet org_words_;
  StringSet place_words_;
  StringSet place_prefixes_;
  size_t max_phrase_tokens_ = 1;
  // ASCII-lower-cased first word of every lookup key -> the most words of such a key.
  StringMap<size_t> phrase_tokens_by_first_word_;
  // The same for the titles' keys, and a filter of those words (2^14 bits, 2 KB): most tokens
  // that start some lexicon phrase start no title.
  StringMap<size_t> title_tokens_by_first_word_;
  KeyFilter title_first_word_filter_{14, true};
  // Those first words (2^20 bits, 128 KB): most tokens start no key.
  KeyFilter first_word_filter_{20, true};
  // The city and subdivision names (2^20 bits): most phrases the rules try are none, and these
  // two maps are the large ones (the other maps are small enough to stay in the cache).
  KeyFilter place_filter_{20, false};
  // The keys of the small maps that FindCountry, FindDemonym, FindTitle and FindKnown look up,
  // case folded (2^16 bits, 8 KB): even when their maps stay in the cache, most lookups miss,
  // and the bit is cheaper than hashing, dividing and probing (twice for a title).
  KeyFilter small_filter_{16, true};
  // The first words of the event words and phrases (2^14 bits, 2 KB): most lower-case tokens
  // of a sentence are none, and this bit is cheaper than lower-casing them and probing twice.
  KeyFilter event_first_word_filter_{14, true};
};

}  // namespace ng::extract
