// Loading of the lexicons: data/*.tsv and *.txt written for newsgraph, the iso-codes JSON files
// and the libgeonames city table. Every name map is filled in a fixed order (files in line order,
// JSON in array order, cities by index) and never overwrites an existing key, so which entry wins
// a duplicate name never depends on hash order.
#include "extract/lexicon.h"

#include <algorithm>
#include <array>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <set>
#include <sstream>
#include <unordered_set>

#include "core/error.h"
#include "core/utf8.h"
#include "extract/geonames_city.h"
#include "nlp/tokenizer.h"

namespace ng::extract {
namespace {

namespace fs = std::filesystem;

// ISO 3166-1 alpha-3 codes that spell English words; all-caps headlines ("AND", "CAN") would
// otherwise turn into Andorra and Canada.
constexpr std::array<std::string_view, 22> kAmbiguousIso3 = {
    "AND", "ARE", "ARM", "BEL", "BEN", "CAN", "COM", "CUB", "FIN", "GAB", "GIN",
    "GUY", "HUN", "LIE", "MAC", "MAR", "NOR", "PAN", "PER", "SOM", "TON", "TUN"};

// ISO 3166-2 subdivision types kept as first-level subdivisions (municipalities, districts and
// parishes are too fine-grained and too often collide with city names).
constexpr std::array<std::string_view, 25> kSubdivisionTypes = {
    "State",
    "Province",
    "Region",
    "Administrative region",
    "Administrative territory",
    "Autonomous region",
    "Autonomous community",
    "Autonomous republic",
    "Autonomous province",
    "Autonomous district",
    "Land",
    "Voivodship",
    "Oblast",
    "Republic",
    "Emirate",
    "Governorate",
    "Prefecture",
    "Union territory",
    "Regional state",
    "Canton",
    "Department",
    "Metropolitan region",
    "Federal territory",
    "Country",
    "Entity",  // Bosnia and Herzegovina's two: "Republika Srpska"
};

// Words that alone or together make a generic subdivision name ("Central", "Upper East").
constexpr std::array<std::string_view, 20> kGenericWords = {
    "North",   "South",   "East",  "West",    "Northern", "Southern", "Eastern",
    "Western", "Central", "Upper", "Lower",   "Middle",   "Capital",  "Greater",
    "New",     "Coast",   "Lakes", "Islands", "Centre",   "Center"};

// One record of a TSV file: its line number (for errors) and its fields.
struct Row {
  long line = 0;
  std::vector<std::string> fields;
};

std::ifstream Open(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Error(ErrorCode::kBadResource, "cannot open file", path.string());
  return in;
}

std::vector<std::string> Split(std::string_view s, char sep) {
  std::vector<std::string> out;
  size_t start = 0;
  for (;;) {
    size_t pos = s.find(sep, start);
    out.emplace_back(s.substr(start, pos == std::string_view::npos ? s.npos : pos - start));
    if (pos == std::string_view::npos) break;
    start = pos + 1;
  }
  return out;
}

// Splits a `|`-separated list, dropping empty items ("" gives no items).
std::vector<std::string> SplitList(std::string_view s) {
  std::vector<std::string> out;
  for (auto& item : Split(s, '|'))
    if (!item.empty()) out.push_back(std::move(item));
  return out;
}

bool IsSkipped(std::string_view line) { return line.empty() || line.front() == '#'; }

// Strips a trailing '\r' so files saved with CRLF line ends load the same.
void Chomp(std::string& line) {
  if (!line.empty() && line.back() == '\r') line.pop_back();
}

// Reads a TSV file with a header line and exactly `columns` tab-separated fields per record;
// blank and '#' lines are skipped. Returns the records after the header.
std::vector<Row> ReadTsv(const fs::path& path, size_t columns) {
  std::ifstream in = Open(path);
  std::vector<Row> rows;
  std::string line;
  long number = 0;
  bool header = true;
  while (std::getline(in, line)) {
    ++number;
    Chomp(line);
    if (IsSkipped(line)) continue;
    std::vector<std::string> fields = Split(line, '\t');
    if (fields.size() != columns) {
      throw Error(
          ErrorCode::kBadResource,
          "expected " + std::to_string(columns) + " columns, got " + std::to_string(fields.size()),
          path.string(), number);
    }
    if (header) {
      header = false;
      continue;
    }
    for (const auto& f : fields) {
      if (!f.empty() && (f.front() == ' ' || f.back() == ' ')) {
        throw Error(ErrorCode::kBadResource, "field \"" + f + "\" has surrounding spaces",
                    path.string(), number);
      }
    }
    rows.push_back({number, std::move(fields)});
  }
  if (header) throw Error(ErrorCode::kBadResource, "missing header line", path.string());
  return rows;
}

// Reads a word list: one entry per line, blank and '#' lines skipped.
std::vector<std::string> ReadWords(const fs::path& path) {
  std::ifstream in = Open(path);
  std::vector<std::string> words;
  std::string line;
  while (std::getline(in, line)) {
    Chomp(line);
    if (!IsSkipped(line)) words.push_back(line);
  }
  return words;
}

nlohmann::json ReadJson(const fs::path& path) {
  std::ifstream in = Open(path);
  try {
    return nlohmann::json::parse(in);
  } catch (const nlohmann::json::exception& e) {
    throw Error(ErrorCode::kBadResource, std::string("invalid JSON: ") + e.what(), path.string());
  }
}

bool IsUpperAscii(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

bool IsWikidataId(std::string_view s) {
  return s.size() >= 2 && s[0] == 'Q' && s[1] != '0' &&
         std::all_of(s.begin() + 1, s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

// Returns `s` with the case of its first (ASCII) letter flipped, or "" if it has none.
std::string FlipFirst(std::string_view s) {
  if (s.empty()) return {};
  std::string out(s);
  char& c = out[0];
  if (c >= 'a' && c <= 'z')
    c = static_cast<char>(c - 'a' + 'A');
  else if (c >= 'A' && c <= 'Z')
    c = static_cast<char>(c - 'A' + 'a');
  else
    return {};
  return out;
}

size_t CountWords(std::string_view phrase) {
  size_t n = 1;
  for (char c : phrase) n += c == ' ';
  return n;
}

// Returns `s` with Latin diacritics removed, case kept ("Bogotá" -> "Bogota", "Île" -> "Ile"),
// or std::nullopt if `s` is plain ASCII already or holds a letter that cannot be folded.
std::optional<std::string> FoldAscii(std::string_view s) {
  std::string out;
  bool changed = false;
  for (size_t i = 0; i < s.size();) {
    if (static_cast<unsigned char>(s[i]) < 0x80) {
      out += s[i++];
      continue;
    }
    char32_t cp = DecodeUtf8(s, i);
    if (cp == 0x2019 || cp == 0x02BC) {  // typographic apostrophes: "Côte d’Ivoire"
      out += '\'';
      changed = true;
      continue;
    }
    // (The folding table is Slug's: FoldLatin, in the letter's case; "Æ" is "Ae".)
    const std::string_view letters = FoldLatin(cp);
    if (letters.empty()) return std::nullopt;
    out += letters[0];
    for (const char c : letters.substr(1))
      out += c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
    changed = true;
  }
  if (!changed) return std::nullopt;
  return out;
}

// Returns the English-usable form of an ISO 3166-2 name: drops bracketed and parenthesized
// notes, anything after a comma ("Adygeja, Respublika") and Chinese type suffixes ("Sheng").
std::string CleanSubdivisionName(std::string_view raw) {
  std::string name(raw);
  for (char open : {'[', '(', ','}) {
    size_t pos = name.find(open);
    if (pos != std::string::npos) name.erase(pos);
  }
  while (!name.empty() && name.back() == ' ') name.pop_back();
  static constexpr std::array<std::string_view, 6> kSuffixes = {" Sheng", " Shi",      " Zizhiqu",
                                                                " Uygur", " Zhuangzu", " Huizu"};
  for (bool again = true; again;) {
    again = false;
    for (std::string_view suffix : kSuffixes) {
      if (name.size() > suffix.size() && name.ends_with(suffix)) {
        name.resize(name.size() - suffix.size());
        again = true;
      }
    }
  }
  return name;
}

// A city this large is also named without its qualifier ("Frankfurt am Main").
constexpr uint32_t kMinShortNamedCityPopulation = 100'000;

// Inserts `key` -> `value` unless the key is present: the first writer wins.
template <typename Map, typename Value>
void Put(Map& map, const std::string& key, Value value) {
  if (!key.empty()) map.emplace(key, std::move(value));
}

// A name as lookups may meet it: as written, as the tokenizer cuts it (lookups join tokens
// with spaces: "Republican People 's Party", "Kurdistan Workers ' Party", "OPEC +"), and, where
// it has an apostrophe, with the typographic one ("South West Africa People’s Organisation").
std::vector<std::string> WrittenForms(const std::string& name) {
  std::vector<std::string> forms{name};
  if (name.find('\'') != std::string::npos) {
    std::string typographic;
    for (const char c : name) typographic += c == '\'' ? std::string("\u2019") : std::string(1, c);
    forms.push_back(std::move(typographic));
  }
  for (size_t k = 0, n = forms.size(); k < n; ++k) {
    std::string cut;
    for (const nlp::Token& t : nlp::Tokenize(forms[k])) {
      if (!cut.empty()) cut += ' ';
      cut += t.span.Of(forms[k]);
    }
    if (cut != forms[k]) forms.push_back(std::move(cut));
  }
  return forms;
}

// A place's name as lookups may meet it: WrittenForms where a possessive is inside it ("Cox's
// Bazar", "Hawke's Bay"), else as written (not "St John's", whose possessive ends it).
std::vector<std::string> PlaceNameForms(const std::string& name) {
  return name.find("'s ") == std::string::npos ? std::vector<std::string>{name}
                                               : WrittenForms(name);
}

}  // namespace

Lexicon Lexicon::Load(const fs::path& data_dir, const fs::path& iso_codes_dir) {
  Lexicon lex;
  // Word lists, titles, known entities and event words come before cities and subdivisions,
  // whose names are skipped when one of those already claims them.
  lex.LoadWordLists(data_dir);
  std::vector<std::vector<std::string>> capital_forms = lex.LoadCountries(data_dir, iso_codes_dir);
  lex.LoadTerritories(data_dir);
  lex.LoadTitles(data_dir);
  lex.LoadKnown(data_dir);
  lex.LoadCapitalBodies(data_dir);
  lex.LoadHeads(data_dir);
  lex.LoadEventWords(data_dir);
  std::unordered_map<std::string, uint64_t> country_population = lex.LoadCities(capital_forms);
  for (Country& c : lex.countries_)
    if (auto it = country_population.find(c.iso2); it != country_population.end())
      c.city_population = it->second;
  lex.LoadSubdivisions(iso_codes_dir, country_population);
  lex.LoadRegionAbbreviations(data_dir);

  // The longest phrase any lookup can match bounds the window the tagger tries.
  size_t longest = 1;
  auto measure = [&](const auto& map) {
    for (const auto& [key, value] : map) {
      const size_t words = CountWords(key);
      longest = std::max(longest, words);
      size_t& from = lex.phrase_tokens_by_first_word_[Lower(key.substr(0, key.find(' ')))];
      from = std::max(from, words);
    }
  };
  measure(lex.country_by_name_);
  measure(lex.country_by_demonym_);
  measure(lex.country_by_capital_);
  measure(lex.city_by_name_);
  measure(lex.subdivision_by_name_);
  measure(lex.titles_);
  measure(lex.known_by_name_);
  // The words inside known names and country names ("Great Hall of the People", "Côte
  // d'Ivoire", "Bosnia and Herzegovina") may continue a run of capitalized words; so may the
  // small words inside a town's or a region's name ("Foz do Iguaçu", "Mato Grosso do Sul"),
  // whose capitalized words join a run anyway, and the comma of "Washington, D.C.".
  auto inner_words = [&](const auto& map, bool lower_only) {
    for (const auto& [key, index] : map)
      for (size_t at = key.find(' '); at != std::string::npos;) {
        const size_t end = key.find(' ', at + 1);
        const std::string_view word = std::string_view(key).substr(at + 1, end - at - 1);
        if (!lower_only || (!word.empty() && word.front() >= 'a' && word.front() <= 'z') ||
            word == ",")
          lex.known_inner_words_.insert(std::string(word));
        at = end;
      }
  };
  inner_words(lex.known_by_name_, false);
  inner_words(lex.country_by_name_, false);
  inner_words(lex.city_by_name_, true);
  inner_words(lex.subdivision_by_name_, true);
  measure(lex.event_words_);
  lex.max_phrase_tokens_ = longest;
  for (const auto& [key, title] : lex.titles_) {
    size_t& from = lex.title_tokens_by_first_word_[Lower(key.substr(0, key.find(' ')))];
    from = std::max(from, CountWords(key));
  }
  for (const auto& [word, tokens] : lex.title_tokens_by_first_word_)
    lex.title_first_word_filter_.Add(word);
  for (const auto& [word, tokens] : lex.phrase_tokens_by_first_word_)
    lex.first_word_filter_.Add(word);
  for (const auto& [name, index] : lex.city_by_name_) lex.place_filter_.Add(name);
  for (const auto& [name, index] : lex.subdivision_by_name_) lex.place_filter_.Add(name);
  auto add_small = [&](const auto& map) {
    for (const auto& [key, value] : map) lex.small_filter_.Add(key);
  };
  add_small(lex.country_by_name_);
  add_small(lex.country_by_demonym_);
  add_small(lex.titles_);
  add_small(lex.known_by_name_);
  for (const auto& [key, word] : lex.event_words_)
    lex.event_first_word_filter_.Add(std::string_view(key).substr(0, key.find(' ')));
  return lex;
}

void Lexicon::LoadWordLists(const fs::path& data_dir) {
  for (auto& w : ReadWords(data_dir / "stop_names.txt")) stop_names_.insert(std::move(w));
  for (auto& w : ReadWords(data_dir / "given_names.txt")) given_names_.insert(std::move(w));
  for (auto& w : ReadWords(data_dir / "org_words.txt")) org_words_.insert(std::move(w));
  for (auto& w : ReadWords(data_dir / "place_words.txt")) place_words_.insert(std::move(w));
  for (auto& w : ReadWords(data_dir / "place_prefixes.txt")) place_prefixes_.insert(std::move(w));
}

// The TSV gives the names newsgraph uses; ISO 3166-1 adds alpha-3 and the official name, and any
// entry the TSV lacks.
std::vector<std::vector<std::string>> Lexicon::LoadCountries(const fs::path& data_dir,
                                                             const fs::path& iso_codes_dir) {
  const fs::path path = data_dir / "countries.tsv";
  std::map<std::string, std::vector<std::string>> capitals_by_iso2;
  for (auto& row : ReadTsv(path, 7)) {
    auto& f = row.fields;
    auto bad = [&](const std::string& what) {
      return Error(ErrorCode::kBadResource, what, path.string(), row.line);
    };
    if (f[0].size() != 2 || !IsUpperAscii(f[0])) throw bad("bad ISO alpha-2 code \"" + f[0] + "\"");
    if (f[1].empty()) throw bad("empty country name");
    if (!f[5].empty() && !IsWikidataId(f[5])) throw bad("bad Wikidata id \"" + f[5] + "\"");
    if (!f[6].empty() && !IsWikidataId(f[6])) throw bad("bad Wikidata id \"" + f[6] + "\"");
    if (country_by_iso2_.contains(f[0])) throw bad("duplicate country " + f[0]);
    std::vector<std::string> capitals = SplitList(f[4]);
    Country c;
    c.iso2 = f[0];
    c.name = f[1];
    c.aliases = SplitList(f[2]);
    c.demonyms = SplitList(f[3]);
    c.capital = capitals.empty() ? "" : capitals.front();
    c.wikidata = f[5];
    c.capital_wikidata = f[6];
    capitals_by_iso2[c.iso2] = std::move(capitals);
    country_by_iso2_.emplace(c.iso2, countries_.size());
    countries_.push_back(std::move(c));
  }
  const fs::path iso1_path = iso_codes_dir / "iso_3166-1.json";
  const nlohmann::json iso1 = ReadJson(iso1_path);
  if (!iso1.contains("3166-1") || !iso1["3166-1"].is_array())
    throw Error(ErrorCode::kBadResource, "missing \"3166-1\" array", iso1_path.string());
  for (const auto& e : iso1["3166-1"]) {
    std::string iso2 = e.value("alpha_2", "");
    if (iso2.empty()) continue;
    auto it = country_by_iso2_.find(iso2);
    if (it == country_by_iso2_.end()) {
      Country c;
      c.iso2 = iso2;
      c.name = e.value("common_name", e.value("name", ""));
      it = country_by_iso2_.emplace(iso2, countries_.size()).first;
      countries_.push_back(std::move(c));
    }
    Country& c = countries_[it->second];
    c.iso3 = e.value("alpha_3", "");
    // Without an official name, the ISO short name serves when it is not an inverted
    // "Korea, Republic of" form: "Russian Federation".
    std::string iso_name = e.value("name", "");
    c.official = e.value("official_name", "");
    if (c.official.empty() && iso_name != c.name && iso_name.find(',') == std::string::npos)
      c.official = iso_name;
  }
  std::sort(countries_.begin(), countries_.end(),
            [](const Country& a, const Country& b) { return a.iso2 < b.iso2; });
  country_by_iso2_.clear();
  for (size_t i = 0; i < countries_.size(); ++i) country_by_iso2_.emplace(countries_[i].iso2, i);

  // Common names outrank aliases, aliases outrank official names and alpha-3 codes.
  // ("Democratic People's Republic of Korea" as the tokenizer cuts it, and with a typographic
  // apostrophe.)
  for (size_t i = 0; i < countries_.size(); ++i)
    for (const std::string& form : WrittenForms(countries_[i].name)) Put(country_by_name_, form, i);
  for (size_t i = 0; i < countries_.size(); ++i)
    for (const auto& a : countries_[i].aliases)
      for (const std::string& form : WrittenForms(a)) Put(country_by_name_, form, i);
  std::vector<std::vector<std::string>> capital_forms(countries_.size());
  for (size_t i = 0; i < countries_.size(); ++i) {
    const Country& c = countries_[i];
    Put(country_by_name_, c.official, i);
    // "Republic of the Niger" is written "Republic of Niger" too.
    if (const size_t the = c.official.find(" of the "); the != std::string::npos)
      Put(country_by_name_, c.official.substr(0, the + 4) + c.official.substr(the + 8), i);
    if (auto folded = FoldAscii(c.name)) Put(country_by_name_, *folded, i);
    bool ambiguous =
        std::find(kAmbiguousIso3.begin(), kAmbiguousIso3.end(), c.iso3) != kAmbiguousIso3.end();
    if (IsUpperAscii(c.iso3) && !ambiguous) Put(country_by_name_, c.iso3, i);
    for (const auto& d : c.demonyms) Put(country_by_demonym_, d, i);
    std::vector<std::string>& forms = capital_forms[i];
    for (const auto& capital : capitals_by_iso2[c.iso2]) {
      // (As the tokenizer cuts it too: "Washington , D.C.".)
      for (std::string& form : WrittenForms(capital)) forms.push_back(std::move(form));
      if (auto folded = FoldAscii(capital)) forms.push_back(*folded);
      // "Washington, D.C." is written "Washington" in running text.
      size_t comma = capital.find(',');
      if (comma != std::string::npos) forms.push_back(capital.substr(0, comma));
    }
    for (const auto& form : forms) Put(country_by_capital_, form, i);
  }
  // Last, an official name without its qualifiers: "Republic of Somalia" of "Federal Republic
  // of Somalia", "Republic of Iran" (not where another country has that name: "Republic of
  // Korea", "Republic of China", "Republic of the Congo" are others').
  for (size_t i = 0; i < countries_.size(); ++i) {
    std::vector<std::string> official = countries_[i].aliases;
    official.push_back(countries_[i].official);
    for (const std::string& name : official)
      for (std::string_view form : {" Republic of ", " Kingdom of "})
        if (const size_t at = name.find(form); at != std::string::npos)
          Put(country_by_name_, name.substr(at + 1), i);
  }
  return capital_forms;
}

void Lexicon::LoadTerritories(const fs::path& data_dir) {
  const fs::path path = data_dir / "territories.tsv";
  for (const auto& row : ReadTsv(path, 2)) {
    const auto& f = row.fields;
    auto it = country_by_iso2_.find(f[0]);
    if (it == country_by_iso2_.end() || (!f[1].empty() && !country_by_iso2_.contains(f[1])))
      throw Error(ErrorCode::kBadResource,
                  "unknown country \"" + (it == country_by_iso2_.end() ? f[0] : f[1]) + "\"",
                  path.string(), row.line);
    countries_[it->second].territory = true;
    countries_[it->second].sovereign_iso2 = f[1];
  }
}

void Lexicon::LoadCapitalBodies(const fs::path& data_dir) {
  const fs::path path = data_dir / "capital_bodies.tsv";
  for (const auto& row : ReadTsv(path, 2)) {
    const auto& f = row.fields;
    auto bad = [&](const std::string& what) {
      return Error(ErrorCode::kBadResource, what, path.string(), row.line);
    };
    auto country = country_by_iso2_.find(f[0]);
    if (country == country_by_iso2_.end()) throw bad("unknown country \"" + f[0] + "\"");
    auto body = known_by_name_.find(f[1]);
    if (body == known_by_name_.end() || known_[body->second].type != EntityType::kOrganization)
      throw bad("unknown organization \"" + f[1] + "\"");
    countries_[country->second].capital_body = static_cast<int>(body->second);
  }
}

void Lexicon::LoadTitles(const fs::path& data_dir) {
  const fs::path path = data_dir / "titles.tsv";
  std::set<std::string> honorifics;
  for (auto& w : ReadWords(data_dir / "honorifics.txt")) honorifics.insert(std::move(w));
  for (const auto& row : ReadTsv(path, 5)) {
    const auto& f = row.fields;
    auto flag = [&](const std::string& v, const char* column) {
      if (v != "0" && v != "1") {
        throw Error(ErrorCode::kBadResource,
                    std::string(column) + " must be 0 or 1, got \"" + v + "\"", path.string(),
                    row.line);
      }
      return v == "1";
    };
    if (f[0].empty() || f[1].empty())
      throw Error(ErrorCode::kBadResource, "empty title", path.string(), row.line);
    Title t{.canonical = f[1],
            .leader = flag(f[2], "leader"),
            .head = flag(f[3], "head"),
            .honorific = honorifics.contains(f[1]),
            .office = f[4]};
    if (!titles_.emplace(f[0], t).second)
      throw Error(ErrorCode::kBadResource, "duplicate title \"" + f[0] + "\"", path.string(),
                  row.line);
  }
}

// Organizations and places share one name map: canonical names of both files first, then aliases.
void Lexicon::LoadKnown(const fs::path& data_dir) {
  std::vector<std::vector<std::string>> aliases;
  auto check = [&](const fs::path& path, const Row& row, const std::string& country,
                   const std::string& wikidata) {
    if (row.fields[0].empty())
      throw Error(ErrorCode::kBadResource, "empty name", path.string(), row.line);
    if (!country.empty() && !country_by_iso2_.contains(country))
      throw Error(ErrorCode::kBadResource, "unknown country \"" + country + "\"", path.string(),
                  row.line);
    if (!wikidata.empty() && !IsWikidataId(wikidata))
      throw Error(ErrorCode::kBadResource, "bad Wikidata id \"" + wikidata + "\"", path.string(),
                  row.line);
  };
  const fs::path orgs_path = data_dir / "organizations.tsv";
  for (const auto& row : ReadTsv(orgs_path, 5)) {
    const auto& f = row.fields;
    check(orgs_path, row, f[3], f[4]);
    known_.push_back({.name = f[0],
                      .type = EntityType::kOrganization,
                      .subtype = f[2].empty() ? "Organization" : f[2],
                      .country_iso2 = f[3],
                      .container = "",
                      .wikidata = f[4]});
    aliases.push_back(SplitList(f[1]));
  }
  const fs::path places_path = data_dir / "places.tsv";
  for (const auto& row : ReadTsv(places_path, 6)) {
    const auto& f = row.fields;
    check(places_path, row, f[4], f[5]);
    known_.push_back({.name = f[0],
                      .type = EntityType::kPlace,
                      .subtype = f[2].empty() ? "Place" : f[2],
                      .country_iso2 = f[4],
                      .container = f[3],
                      .wikidata = f[5]});
    aliases.push_back(SplitList(f[1]));
  }
  auto put = [&](const std::string& name, size_t i) {
    for (const std::string& form : WrittenForms(name)) Put(known_by_name_, form, i);
  };
  for (size_t i = 0; i < known_.size(); ++i) put(known_[i].name, i);
  for (size_t i = 0; i < known_.size(); ++i)
    for (const auto& a : aliases[i]) put(a, i);
  // British style writes an acronym of five letters or more as a word: "Caricom", "Celac",
  // "Unifil", "Aukus", whether the lexicon lists the acronym as the name or as another name.
  // (Not shorter ones, which are as often names: "Wada", "Sana".)
  auto put_as_word = [&](const std::string& acronym, size_t i) {
    if (acronym.size() < 5 ||
        !std::all_of(acronym.begin(), acronym.end(), [](char c) { return c >= 'A' && c <= 'Z'; }))
      return;
    std::string word = acronym.substr(0, 1) + Lower(acronym.substr(1));
    if (!known_by_name_.contains(word) && !given_names_.contains(word) &&
        !stop_names_.contains(word))
      put(word, i);
  };
  for (size_t i = 0; i < known_.size(); ++i) {
    for (const auto& a : aliases[i]) put_as_word(a, i);
    put_as_word(known_[i].name, i);
  }
  for (size_t i = 0; i < known_.size(); ++i) {
    if (!known_[i].IsOutlet()) continue;
    Put(outlet_by_name_, known_[i].name, i);
    for (const auto& a : aliases[i]) Put(outlet_by_name_, a, i);
  }
}

void Lexicon::LoadHeads(const fs::path& data_dir) {
  for (const char* file : {"heads.tsv", "foreign_ministers.tsv"}) LoadHeadsFile(data_dir / file);
}

void Lexicon::LoadHeadsFile(const fs::path& path) {
  if (!fs::exists(path)) return;
  auto year = [&](const Row& row, const std::string& field, bool may_be_empty) {
    if (field.empty() && may_be_empty) return 0;
    if (field.size() != 4 ||
        !std::all_of(field.begin(), field.end(), [](char c) { return c >= '0' && c <= '9'; }))
      throw Error(ErrorCode::kBadResource, "bad year \"" + field + "\"", path.string(), row.line);
    return std::stoi(field);
  };
  for (const auto& row : ReadTsv(path, 6)) {
    const auto& f = row.fields;
    if (f[0].empty()) throw Error(ErrorCode::kBadResource, "empty name", path.string(), row.line);
    if (!country_by_iso2_.contains(f[2]))
      throw Error(ErrorCode::kBadResource, "unknown country \"" + f[2] + "\"", path.string(),
                  row.line);
    static constexpr std::array<std::string_view, 8> kOffices = {
        "President",      "Prime Minister",     "Monarch",       "Chancellor",
        "Supreme Leader", "Head of Government", "Head of State", "Foreign Minister"};
    if (std::find(kOffices.begin(), kOffices.end(), f[3]) == kOffices.end())
      throw Error(ErrorCode::kBadResource, "unknown office \"" + f[3] + "\"", path.string(),
                  row.line);
    const size_t i = heads_.size();
    heads_.push_back({.name = f[0],
                      .country_iso2 = f[2],
                      .office = f[3],
                      .from = year(row, f[4], false),
                      .to = year(row, f[5], true)});
    std::vector<std::string> forms = SplitList(f[1]);
    forms.insert(forms.begin(), f[0]);
    for (const std::string& form : forms) {
      std::vector<size_t>& by_name = heads_by_slug_[Slug(form)];
      if (by_name.empty() || by_name.back() != i) by_name.push_back(i);
      const std::string surname = Slug(form.substr(form.rfind(' ') + 1));
      std::vector<size_t>& by_surname = heads_by_surname_[surname];
      if (form.find(' ') != std::string::npos && (by_surname.empty() || by_surname.back() != i))
        by_surname.push_back(i);
    }
  }
}

std::vector<const KnownHead*> Lexicon::HeadsUnder(
    const std::unordered_map<std::string, std::vector<size_t>>& index,
    std::string_view name) const {
  std::vector<const KnownHead*> out;
  if (auto it = index.find(Slug(name)); it != index.end())
    for (size_t i : it->second) out.push_back(&heads_[i]);
  return out;
}

std::vector<const KnownHead*> Lexicon::FindHeads(std::string_view name) const {
  return HeadsUnder(heads_by_slug_, name);
}

std::vector<const KnownHead*> Lexicon::FindHeadsBySurname(std::string_view surname) const {
  return HeadsUnder(heads_by_surname_, surname);
}

void Lexicon::LoadEventWords(const fs::path& data_dir) {
  const fs::path path = data_dir / "events.tsv";
  for (const auto& row : ReadTsv(path, 3)) {
    const auto& f = row.fields;
    std::optional<EventKind> kind = ParseEventKind(f[1]);
    if (!kind)
      throw Error(ErrorCode::kBadResource, "unknown event kind \"" + f[1] + "\"", path.string(),
                  row.line);
    if (f[2] != "0" && f[2] != "1")
      throw Error(ErrorCode::kBadResource, "verb must be 0 or 1, got \"" + f[2] + "\"",
                  path.string(), row.line);
    const std::string word = Lower(f[0]);
    if (!event_words_.emplace(word, EventWord{*kind, f[2] == "1"}).second)
      throw Error(ErrorCode::kBadResource, "duplicate event word \"" + f[0] + "\"", path.string(),
                  row.line);
    if (const size_t words = CountWords(word); words > 1) {
      size_t& most = event_phrase_tokens_[word.substr(0, word.find(' '))];
      most = std::max(most, words);
    }
  }
}

// Indexes city `i` under `key` unless another word list claims the key ("Police" is an
// organization head word before it is a Polish town); the more populous city keeps a shared key.
// A name with a possessive inside it goes under its other written forms too ("Cox 's Bazar", as
// lookups join the tokens: WrittenForms).
void Lexicon::IndexCity(const std::string& key, size_t i) {
  if (key.empty() || stop_names_.contains(key) || org_words_.contains(key) ||
      place_words_.contains(key) || titles_.contains(key) || event_words_.contains(Lower(key)))
    return;
  for (const std::string& form : PlaceNameForms(key)) {
    auto [it, inserted] = city_by_name_.emplace(form, i);
    if (!inserted && cities_[i].population > cities_[it->second].population) it->second = i;
    IndexCityInCountry(form, i);
  }
}

void Lexicon::IndexCityInCountry(const std::string& key, size_t i) {
  auto [it, inserted] = city_by_name_in_country_.emplace(key + '\t' + cities_[i].country_iso2, i);
  if (!inserted && cities_[i].population > cities_[it->second].population) it->second = i;
}

std::unordered_map<std::string, uint64_t> Lexicon::LoadCities(
    const std::vector<std::vector<std::string>>& capital_forms) {
  std::unordered_map<std::string, uint64_t> country_population;
  const int n_cities = GeonamesCityCount();
  cities_.reserve(static_cast<size_t>(std::max(n_cities, 0)));
  for (int i = 0; i < n_cities; ++i) {
    std::optional<GeonamesCityFields> fields = ReadGeonamesCity(i);
    if (!fields) continue;
    City city;
    city.name = std::move(fields->name);
    city.country_iso2 = std::move(fields->country_iso2);
    city.population = fields->population;
    if (city.name.empty()) continue;
    country_population[city.country_iso2] += city.population;
    cities_.push_back(std::move(city));
  }
  // Ties in population go to the lower geonames index, which comes first here.
  for (size_t i = 0; i < cities_.size(); ++i) IndexCity(cities_[i].name, i);
  // Folded spellings ("Bogota") never displace a city written that way in geonames.
  for (size_t i = 0; i < cities_.size(); ++i) {
    auto folded = FoldAscii(cities_[i].name);
    if (!folded) continue;
    auto it = city_by_name_.find(*folded);
    if (it == city_by_name_.end() || FoldAscii(cities_[it->second].name).value_or("") == *folded)
      IndexCity(*folded, i);
    else
      IndexCityInCountry(*folded, i);  // "Hyderabad, Pakistan" for geonames' "Hyderābād"
  }
  // A large city is named in English news without the river or region geonames qualifies it
  // with: "Frankfurt" for "Frankfurt am Main" (which outnumbers "Frankfurt (Oder)"), "Freiburg"
  // for "Freiburg im Breisgau". Not a small town's ("Weil am Rhein" is no "Weil"), whose short
  // form may be a word or a surname. The city competes by population for the name.
  for (size_t i = 0; i < cities_.size(); ++i) {
    if (cities_[i].population < kMinShortNamedCityPopulation) continue;
    const std::string& name = cities_[i].name;
    size_t cut = std::string::npos;
    for (std::string_view qualifier : {" am ", " im ", " an der ", " ("})
      cut = std::min(cut, name.find(qualifier));
    if (cut != std::string::npos && cut > 0) IndexCity(name.substr(0, cut), i);
  }
  // A final soft sign transliterated as an apostrophe is dropped in English news: "Kazan"
  // for geonames' "Kazan’", "Tver" for "Tver'". The city competes by population for the name.
  for (size_t i = 0; i < cities_.size(); ++i) {
    std::string_view name = cities_[i].name;
    if (name.ends_with("\u2019"))
      name.remove_suffix(std::string_view("\u2019").size());
    else if (name.ends_with('\''))
      name.remove_suffix(1);
    else
      continue;
    IndexCity(std::string(name), i);
    if (auto folded = FoldAscii(name)) IndexCity(*folded, i);
  }
  // "St." and "Saint" are one word in a city's name: "St. Petersburg" in the news is geonames'
  // "Saint Petersburg" (Russia) as much as its "St. Petersburg" (Florida); the more populous
  // city of either spelling takes the name.
  for (size_t i = 0; i < cities_.size(); ++i) {
    const std::string& name = cities_[i].name;
    for (auto [from, to] :
         {std::pair<std::string_view, std::string_view>{"Saint ", "St. "}, {"St. ", "Saint "}}) {
      std::string spaced = " ";  // (appended, not " " + ...: GCC 12 warns of a false overlap)
      spaced += from;
      const size_t at = name.starts_with(from) ? 0 : name.find(spaced);
      if (at == std::string::npos) continue;
      const size_t word = at == 0 ? 0 : at + 1;
      IndexCity(name.substr(0, word) + std::string(to) + name.substr(word + from.size()), i);
    }
  }
  // Every spelling of a capital names the capital's city too ("Kiev", "Washington"), still
  // competing by population with other cities of that name.
  std::unordered_map<std::string, std::vector<size_t>> countries_by_capital_form;
  for (size_t c = 0; c < countries_.size(); ++c)
    for (const auto& form : capital_forms[c]) countries_by_capital_form[form].push_back(c);
  std::vector<std::optional<size_t>> capital_city(countries_.size());
  for (size_t i = 0; i < cities_.size(); ++i) {
    auto it = countries_by_capital_form.find(cities_[i].name);
    if (it == countries_by_capital_form.end()) continue;
    for (size_t c : it->second) {
      if (cities_[i].country_iso2 != countries_[c].iso2) continue;
      std::optional<size_t>& best = capital_city[c];
      if (!best || cities_[i].population > cities_[*best].population) best = i;
    }
  }
  // A capital geonames names otherwise is the city of its country whose name starts with it
  // ("Abu Dhabi Island and Internal Islands City" for "Abu Dhabi"); one geonames lacks
  // ("Nouakchott", "Singapore") is a city of its own, of unknown population, so that it is
  // still a capital.
  // (Each country's cities are scanned in index order, as a scan of all would find them; that
  // scan, once per such country, compared 1.2 million country codes.)
  std::unordered_map<std::string, std::vector<size_t>> cities_of_country;
  for (size_t i = 0; i < cities_.size(); ++i)
    cities_of_country[cities_[i].country_iso2].push_back(i);
  for (size_t c = 0; c < countries_.size(); ++c) {
    if (capital_city[c] || capital_forms[c].empty()) continue;
    if (const auto of_country = cities_of_country.find(countries_[c].iso2);
        of_country != cities_of_country.end()) {
      for (size_t i : of_country->second) {
        for (const auto& form : capital_forms[c])
          if (cities_[i].name.size() > form.size() && cities_[i].name.starts_with(form) &&
              cities_[i].name[form.size()] == ' ' &&
              (!capital_city[c] || cities_[i].population > cities_[*capital_city[c]].population))
            capital_city[c] = i;
      }
    }
    if (capital_city[c]) continue;
    cities_.push_back({capital_forms[c].front(), countries_[c].iso2, 0});
    capital_city[c] = cities_.size() - 1;
  }
  for (size_t c = 0; c < countries_.size(); ++c) {
    if (!capital_city[c]) continue;
    for (const auto& form : capital_forms[c]) IndexCity(form, *capital_city[c]);
    Put(country_by_capital_, cities_[*capital_city[c]].name, c);
  }
  return country_population;
}

// First-level subdivisions of ISO 3166-2, minus names that a country, a known entity, a stop
// word or a generic direction already claims.
void Lexicon::LoadSubdivisions(
    const fs::path& iso_codes_dir,
    const std::unordered_map<std::string, uint64_t>& country_population) {
  const fs::path path = iso_codes_dir / "iso_3166-2.json";
  const nlohmann::json iso2 = ReadJson(path);
  if (!iso2.contains("3166-2") || !iso2["3166-2"].is_array())
    throw Error(ErrorCode::kBadResource, "missing \"3166-2\" array", path.string());
  // A subdivision under another is too fine-grained, unless that one is a geographical unit
  // and no administration: Indonesia's provinces ("Bali", "Aceh") lie in island groups.
  std::unordered_set<std::string> geographical_units;
  for (const auto& e : iso2["3166-2"])
    if (e.is_object() && e.value("type", "") == "Geographical unit")
      geographical_units.insert(e.value("code", ""));
  for (const auto& e : iso2["3166-2"]) {
    if (e.contains("parent") &&
        !geographical_units.contains(e.value("code", "").substr(0, 3) + e.value("parent", "")))
      continue;
    std::string type = e.value("type", "");
    if (std::find(kSubdivisionTypes.begin(), kSubdivisionTypes.end(), type) ==
        kSubdivisionTypes.end())
      continue;
    std::string code = e.value("code", "");
    if (code.size() < 4 || code[2] != '-') continue;
    Subdivision s;
    s.name = CleanSubdivisionName(e.value("name", ""));
    s.country_iso2 = code.substr(0, 2);
    s.code = code;
    if (s.name.empty()) continue;
    subdivisions_.push_back(std::move(s));
  }
  auto is_generic = [&](const std::string& name) {
    for (const auto& w : Split(name, ' ')) {
      bool generic =
          stop_names_.contains(w) || place_words_.contains(w) || org_words_.contains(w) ||
          std::find(kGenericWords.begin(), kGenericWords.end(), w) != kGenericWords.end();
      if (!generic) return false;
    }
    return true;
  };
  auto population_of = [&](const std::string& iso2) {
    auto it = country_population.find(iso2);
    return it == country_population.end() ? uint64_t{0} : it->second;
  };
  auto index = [&](const std::string& key, size_t i) {
    // "Georgia" the state: looked up apart, where the document's context asks for it.
    if (!key.empty() && country_by_name_.contains(key)) {
      subdivision_named_like_country_.emplace(key, i);
      return;
    }
    if (key.empty() || country_by_demonym_.contains(key) || known_by_name_.contains(key) ||
        is_generic(key))
      return;
    auto [it, inserted] = subdivision_by_name_.emplace(key, i);
    if (inserted) return;
    const Subdivision& old = subdivisions_[it->second];
    const Subdivision& now = subdivisions_[i];
    uint64_t old_pop = population_of(old.country_iso2), now_pop = population_of(now.country_iso2);
    if (now_pop > old_pop || (now_pop == old_pop && now.code < old.code)) it->second = i;
  };
  // (A name with a possessive inside it under its other written forms too: "Hawke 's Bay".)
  for (size_t i = 0; i < subdivisions_.size(); ++i)
    for (const std::string& form : PlaceNameForms(subdivisions_[i].name)) index(form, i);
  for (size_t i = 0; i < subdivisions_.size(); ++i) {
    auto folded = FoldAscii(subdivisions_[i].name);
    if (folded && !subdivision_by_name_.contains(*folded)) index(*folded, i);
  }
}

void Lexicon::LoadRegionAbbreviations(const fs::path& data_dir) {
  const fs::path path = data_dir / "region_abbreviations.tsv";
  for (const auto& row : ReadTsv(path, 2)) {
    const auto& f = row.fields;
    auto it = std::find_if(subdivisions_.begin(), subdivisions_.end(),
                           [&](const Subdivision& s) { return s.code == f[1]; });
    if (it == subdivisions_.end())
      throw Error(ErrorCode::kBadResource, "unknown subdivision \"" + f[1] + "\"", path.string(),
                  row.line);
    std::string key = f[0];
    if (!key.empty() && key.back() == '.') key.pop_back();
    if (key.empty())
      throw Error(ErrorCode::kBadResource, "empty abbreviation", path.string(), row.line);
    subdivision_by_abbreviation_.emplace(std::move(key),
                                         static_cast<size_t>(it - subdivisions_.begin()));
  }
}

namespace {

template <typename T, typename Map>
const T* Lookup(const std::vector<T>& items, const Map& map, std::string_view key) {
  auto it = map.find(key);
  return it == map.end() ? nullptr : &items[it->second];
}

// Lookup of `phrase` past `filter`, and else of its spelling with Latin diacritics folded
// ("México", "Łódź" where the data write "Mexico", "Lodz"). Plain ASCII, most phrases, is ruled
// out without a copy.
template <typename T, typename Map>
const T* LookupFolded(const std::vector<T>& items, const Map& map, const KeyFilter& filter,
                      std::string_view phrase) {
  if (filter.MayContain(phrase))
    if (const T* found = Lookup(items, map, phrase)) return found;
  if (std::all_of(phrase.begin(), phrase.end(),
                  [](char c) { return static_cast<unsigned char>(c) < 0x80; }))
    return nullptr;
  if (const auto folded = FoldAscii(phrase); folded && filter.MayContain(*folded))
    return Lookup(items, map, *folded);
  return nullptr;
}

}  // namespace

void KeyFilter::Add(std::string_view key) {
  if (words_.empty()) words_.assign((size_t{1} << bits_) / 64, 0);
  const uint32_t bit = Bit(key);
  words_[bit / 64] |= uint64_t{1} << (bit % 64);
}

const Country* Lexicon::FindCountry(std::string_view phrase) const {
  return LookupFolded(countries_, country_by_name_, small_filter_, phrase);  // also "Sénégal"
}

const Country* Lexicon::FindDemonym(std::string_view word) const {
  if (!small_filter_.MayContain(word)) return nullptr;
  return Lookup(countries_, country_by_demonym_, word);
}

const Country* Lexicon::FindCapital(std::string_view city) const {
  return Lookup(countries_, country_by_capital_, city);
}

const Country* Lexicon::CountryByIso2(std::string_view iso2) const {
  return Lookup(countries_, country_by_iso2_, iso2);
}

const City* Lexicon::FindCity(std::string_view phrase) const {
  return LookupFolded(cities_, city_by_name_, place_filter_, phrase);  // also "Łódź", "Kraków"
}

const City* Lexicon::FindCityIn(std::string_view phrase, std::string_view iso2) const {
  std::string key(phrase);
  key += '\t';
  key += iso2;
  return Lookup(cities_, city_by_name_in_country_, key);
}

const Subdivision* Lexicon::FindSubdivision(std::string_view phrase) const {
  if (!place_filter_.MayContain(phrase)) return nullptr;
  return Lookup(subdivisions_, subdivision_by_name_, phrase);
}

const Subdivision* Lexicon::FindSubdivisionNamedLikeCountry(std::string_view phrase) const {
  return Lookup(subdivisions_, subdivision_named_like_country_, phrase);
}

const Subdivision* Lexicon::FindRegionAbbreviation(std::string_view phrase) const {
  if (!phrase.empty() && phrase.back() == '.') phrase.remove_suffix(1);
  auto it = subdivision_by_abbreviation_.find(phrase);
  return it == subdivision_by_abbreviation_.end() ? nullptr : &subdivisions_[it->second];
}

const Title* Lexicon::FindTitle(std::string_view phrase) const {
  // The filter folds case, so a clear bit rules out the flipped form too.
  if (!small_filter_.MayContain(phrase)) return nullptr;
  auto it = titles_.find(phrase);
  if (it == titles_.end()) {
    std::string flipped = FlipFirst(phrase);
    if (flipped.empty()) return nullptr;
    it = titles_.find(flipped);
    if (it == titles_.end()) return nullptr;
  }
  return &it->second;
}

const KnownEntity* Lexicon::CapitalBody(const Country& c) const {
  return c.capital_body < 0 ? nullptr : &known_[static_cast<size_t>(c.capital_body)];
}

const KnownEntity* Lexicon::FindKnown(std::string_view phrase) const {
  if (!small_filter_.MayContain(phrase)) return nullptr;
  return Lookup(known_, known_by_name_, phrase);
}

const EventWord* Lexicon::FindEventWord(std::string_view word) const {
  auto it = event_words_.find(Lower(word));
  return it == event_words_.end() ? nullptr : &it->second;
}

const KnownEntity* Lexicon::FindOutlet(std::string_view phrase) const {
  return Lookup(known_, outlet_by_name_, phrase);
}

bool Lexicon::IsKnownNameInnerWord(std::string_view word) const {
  return known_inner_words_.contains(word);
}

size_t Lexicon::MaxEventPhraseTokensFrom(std::string_view word) const {
  auto it = event_phrase_tokens_.find(word);
  return it == event_phrase_tokens_.end() ? 1 : it->second;
}

size_t Lexicon::MaxPhraseTokensFrom(std::string_view word) const {
  if (!first_word_filter_.MayContain(word)) return 0;
  auto it = phrase_tokens_by_first_word_.find(Lower(word));
  return it == phrase_tokens_by_first_word_.end() ? 0 : it->second;
}

size_t Lexicon::MaxTitleTokensFrom(std::string_view word) const {
  if (!title_first_word_filter_.MayContain(word)) return 0;
  auto it = title_tokens_by_first_word_.find(Lower(word));
  return it == title_tokens_by_first_word_.end() ? 0 : it->second;
}

bool Lexicon::IsStopName(std::string_view word) const { return stop_names_.contains(word); }

bool Lexicon::IsGivenName(std::string_view word) const { return given_names_.contains(word); }

bool Lexicon::IsOrgWord(std::string_view word) const { return org_words_.contains(word); }

bool Lexicon::IsPlaceWord(std::string_view word) const { return place_words_.contains(word); }

bool Lexicon::IsPlacePrefix(std::string_view word) const { return place_prefixes_.contains(word); }

}  // namespace ng::extract
