#include "extract/names.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <map>
#include <optional>
#include <set>
#include <unordered_map>
#include <unordered_set>

#include "core/utf8.h"
#include "extract/dates.h"
#include "extract/words.h"

namespace ng::extract {
namespace {

// --- Characters and words -------------------------------------------------------------------

// The first letter's code point: a leading okina (U+02BB, "ʻAisake Eke", "Hawaiʻi") is a glottal
// stop written before it.
char32_t FirstCodePoint(std::string_view w) {
  if (w.empty()) return 0;
  size_t i = 0;
  const char32_t c = DecodeUtf8(w, i);
  return c == 0x2BB && i < w.size() ? DecodeUtf8(w, i) : c;
}

bool IsUpperCp(char32_t c) {
  if (c >= 'A' && c <= 'Z') return true;
  if (c >= 0xC0 && c <= 0xDE && c != 0xD7) return true;
  if (c >= 0x100 && c <= 0x17F) {  // Latin Extended-A: mostly upper/lower pairs
    if ((c >= 0x139 && c <= 0x148) || (c >= 0x179 && c <= 0x17E)) return c % 2 == 1;
    if (c == 0x178) return true;
    return c % 2 == 0 && c != 0x138;
  }
  if (c >= 0x391 && c <= 0x3A9) return true;  // Greek
  if (c >= 0x400 && c <= 0x42F) return true;  // Cyrillic
  return false;
}

bool IsLowerCp(char32_t c) {
  if (c >= 'a' && c <= 'z') return true;
  if (c >= 0xDF && c <= 0xFF && c != 0xF7) return true;
  if (c >= 0x100 && c <= 0x17F) return !IsUpperCp(c);
  if (c >= 0x3B1 && c <= 0x3C9) return true;
  if (c >= 0x430 && c <= 0x45F) return true;
  return false;
}

// (The rules ask about two million times per MB, nearly always of an ASCII first letter: that
// case inline, where it is one range test, the rest through the code point tables.)
inline bool IsCap(std::string_view w) {
  if (!w.empty() && static_cast<unsigned char>(w[0]) < 0x80) return w[0] >= 'A' && w[0] <= 'Z';
  return IsUpperCp(FirstCodePoint(w));
}
inline bool IsLower(std::string_view w) {
  if (!w.empty() && static_cast<unsigned char>(w[0]) < 0x80) return w[0] >= 'a' && w[0] <= 'z';
  return IsLowerCp(FirstCodePoint(w));
}

bool IsAllCaps(std::string_view w) {
  bool any = false;
  for (size_t i = 0; i < w.size();) {
    char32_t c = DecodeUtf8(w, i);
    if (IsLowerCp(c)) return false;
    any = any || IsUpperCp(c);
  }
  return any;
}

// True for codes such as "PM2303111794" or "LD0503072994" (wire-service header numbers): four
// or more digits in a capitalized token make it no name word. "F-16", "G7", "MS-13" stay.
bool IsCode(std::string_view w) {
  return std::count_if(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; }) >= 4;
}

// "10:30", "1430", "7.15": a time of day.
bool IsClockTime(std::string_view w) {
  // "5:12pm", "10am": the time and its half of the day written as one word.
  if (w.size() > 2 && (w.ends_with("am") || w.ends_with("pm"))) {
    w.remove_suffix(2);
    if (w.size() <= 2) return IsDigits(w);
  }
  const size_t sep = w.find_first_of(":.");
  if (sep == std::string_view::npos) return w.size() == 4 && IsDigits(w);
  return sep >= 1 && sep <= 2 && w.size() == sep + 3 && IsDigits(w.substr(0, sep)) &&
         IsDigits(w.substr(sep + 1));
}

// A time zone: "GMT-4" and "UTC+8" anywhere; two to five capitals after a time of day ("10:00
// IST", "3 pm EST", "0700 GMT"), which are no name ("IST" was a person, "EST" Estonia).
bool IsTimeZone(std::string_view w, std::string_view before) {
  if ((w.starts_with("GMT") || w.starts_with("UTC")) &&
      (w.size() == 3 || ((w[3] == '+' || w[3] == '-') && w.size() > 4)))
    return true;
  if (w.size() < 2 || w.size() > 5 ||
      !std::all_of(w.begin(), w.end(), [](char c) { return c >= 'A' && c <= 'Z'; }))
    return false;
  return IsClockTime(before) || Is(before, {"am", "pm", "a.m.", "p.m.", "hrs", "hours"});
}

// "BELÉM" -> "Belém", "DANIEL ROJAS" -> "Daniel Rojas": a name in capitals in title case, a
// word starting after a space or a hyphen (and, with `apostrophe_starts_word`, an apostrophe:
// "O'Brien").
std::string TitleCasedCaps(std::string_view caps, bool apostrophe_starts_word = false) {
  std::string tc;
  bool start = true;
  for (size_t i = 0; i < caps.size(); ++i) {
    const char c = caps[i];
    const auto u = static_cast<unsigned char>(c);
    // "BELÉM", "ŁÓDŹ": a Latin capital with a diacritic (U+00C0..U+00DE but the sign x;
    // in U+0100..U+017F the even code points, but the odd ones in U+0139..U+0148 and
    // U+0179..U+017E) lowers in its second byte.
    if (!start && i + 1 < caps.size() && (u == 0xC3 || u == 0xC4 || u == 0xC5)) {
      const auto u2 = static_cast<unsigned char>(caps[i + 1]);
      const char32_t cp = (char32_t{u & 0x1Fu} << 6) | (u2 & 0x3Fu);
      char32_t lower = cp;
      if (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7) lower = cp + 0x20;
      const bool odd_upper = (cp >= 0x139 && cp <= 0x148) || (cp >= 0x179 && cp <= 0x17E);
      if (cp >= 0x100 && cp <= 0x17E && cp % 2 == (odd_upper ? 1 : 0) && cp != 0x130 && cp != 0x138)
        lower = cp + 1;
      tc += static_cast<char>(0xC0 | (lower >> 6));
      tc += static_cast<char>(0x80 | (lower & 0x3F));
      ++i;
      start = false;
      continue;
    }
    tc += start ? c : (c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c);
    start = c == ' ' || c == '-' || (apostrophe_starts_word && c == '\'');
  }
  return tc;
}

// "Rio De Janeiro" -> "Rio de Janeiro", "Port-Au-Prince" -> "Port-au-Prince", "Dar Es Salaam"
// -> "Dar es Salaam": a title-cased name with its Romance and Arabic particles (after its first
// word) in lower case, as place names write them.
std::string PlaceParticlesLowered(std::string tc) {
  for (size_t i = tc.find_first_of(" -"); i != std::string::npos && i + 1 < tc.size();
       i = tc.find_first_of(" -", i + 1)) {
    const size_t end = std::min(tc.find_first_of(" -", i + 1), tc.size());
    if (Is(std::string_view(tc).substr(i + 1, end - i - 1),
           {"de", "da", "do", "dos", "das", "del", "della", "di", "du", "des", "es", "au", "aux",
            "la", "le", "los", "las", "y"}) &&
        tc[i + 1] >= 'A' && tc[i + 1] <= 'Z')
      tc[i + 1] = static_cast<char>(tc[i + 1] - 'A' + 'a');
  }
  return tc;
}

// "Anti-Islam", "Pro-Russian", "anti-war": a stance, a word no name starts with.
bool IsStanceWord(std::string_view w) {
  return w.size() > 5 && (Is(w.substr(0, 5), {"anti-"}) || Is(w.substr(0, 4), {"pro-"}));
}

// True for the words glued to a people that tell where it lives, not what the place is called:
// "Druze-majority", "Russian-speaking", "Kurdish-populated".
bool IsPeopleSuffix(std::string_view w) {
  return Is(w, {"majority", "populated", "inhabited", "speaking"});
}

// The plurals whose possessive is written inside a name: "Sudan People's Liberation Army",
// "U.N. Children's Fund", "Workers' Party".
bool IsCollectiveNoun(std::string_view w) {
  return Is(w, {"people", "children", "women", "men", "workers", "farmers", "veterans", "peasants",
                "nations", "martyrs", "citizens", "students", "youth", "mothers"});
}

bool StartsName(std::string_view w);

// The length of the name before a participle glued to it ("Iran-backed", "Al-Qaeda-linked",
// "Kyiv-based", "Saudi-led", and so "Druze-majority"), or 0.
size_t NameBeforeParticiple(std::string_view w) {
  const size_t hyphen = w.rfind('-');
  // (A glued particle may open the name: "al-Qaeda-affiliated".)
  if (hyphen == std::string_view::npos || hyphen == 0 || !StartsName(w.substr(0, hyphen))) return 0;
  // (A capitalized one is a name's word: "the Non-Aligned Movement".)
  if (hyphen + 1 < w.size() && w[hyphen + 1] >= 'A' && w[hyphen + 1] <= 'Z') return 0;
  return Is(w.substr(hyphen + 1),
            {"backed",        "linked",    "led",       "based",     "allied",    "affiliated",
             "affiliate",     "aligned",   "sponsored", "funded",    "owned",     "run",
             "controlled",    "supported", "brokered",  "held",      "occupied",  "administered",
             "dominated",     "ruled",     "inspired",  "trained",   "armed",     "registered",
             "headquartered", "listed",    "made",      "built",     "born",      "recognised",
             "recognized",    "mandated",  "approved",  "appointed", "installed", "designated",
             "sanctioned",    "imposed",   "mediated",  "hosted",    "organised", "organized",
             "influenced"}) ||
                 IsPeopleSuffix(w.substr(hyphen + 1))
             ? hyphen
             : 0;
}

// "Smer-SD", "CPN-UML", "N-VA": a capitalized word, a hyphen and one to four capitals.
bool IsNameWithAcronymSuffix(std::string_view w) {
  const size_t hyphen = w.rfind('-');
  if (hyphen == std::string_view::npos || hyphen < 1 || w.size() - hyphen - 1 > 4 ||
      w.size() == hyphen + 1 || !IsCap(w))
    return false;
  for (size_t k = hyphen + 1; k < w.size(); ++k)
    if (w[k] < 'A' || w[k] > 'Z') return false;
  for (size_t k = 0; k < hyphen; ++k)
    if (!((w[k] >= 'A' && w[k] <= 'Z') || (w[k] >= 'a' && w[k] <= 'z'))) return false;
  return true;
}

bool IsCalendarWord(std::string_view w) {
  return Is(w, {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                "january", "february", "march", "april", "june", "july", "august", "september",
                "october", "november", "december"});
}

// True for a person's age as news writes it in apposition: a whole number from 1 to 119.
bool IsAge(std::string_view w) {
  if (w.empty() || w.size() > 3 || w[0] == '0') return false;
  for (char c : w)
    if (c < '0' || c > '9') return false;
  return std::stoi(std::string(w)) < 120;
}

// True for a word that may start a name: capitalized, or a particle prefix ("al-Qaida").
bool StartsName(std::string_view w) {
  if (IsCap(w)) return true;
  const size_t dash = w.find('-');
  return dash != std::string_view::npos && dash + 1 < w.size() &&
         IsNameParticle(w.substr(0, dash)) && IsCap(w.substr(dash + 1));
}

// The last word of many companies' names, which their short names leave out: "Chuan Yung
// Technology", "Tata Motors", "SK Holdings".
bool IsCompanyHeadWord(std::string_view w) {
  return Is(w, {"technology",      "technologies",  "holdings",    "group",
                "industries",      "electronics",   "motors",      "pharmaceutical",
                "pharmaceuticals", "semiconductor", "systems",     "enterprises",
                "resources",       "steel",         "chemical",    "chemicals",
                "airlines",        "telecom",       "engineering", "logistics",
                "precision",       "materials",     "energy",      "gold",
                "mining",          "minerals",      "petroleum",   "shipping",
                "pharma",          "biotech",       "capital",     "ventures",
                "investments",     "partners"});
}

// Lower-case nouns for an institution, a party or a team written right before its name: "the
// electoral service Servel", "the Spanish side Villarreal", "the messaging app Telegram".
bool IsInstitutionNoun(std::string_view w) {
  return Is(w, {"service",   "agency",     "authority",   "regulator",  "watchdog",  "commission",
                "institute", "bureau",     "tribunal",    "ministry",   "party",     "movement",
                "militia",   "federation", "association", "foundation", "network",   "channel",
                "club",      "side",       "league",      "tabloid",    "daily",     "magazine",
                "website",   "platform",   "app",         "union",      "coalition", "alliance"});
}

// "arrived in the Kingdom", "the Republic": a country's common word alone names no entity of
// its own.
bool IsCountryCommonWord(std::string_view w) {
  return Is(w, {"kingdom", "republic", "emirate", "sultanate", "principality", "federation",
                "commonwealth", "union"});
}

// Capitalized heads of the name of an occasion: "Arab League Summit", "Pacific Islands Forum
// Leaders Meeting", "the Paris Olympics", "the FIFA World Cup", "Golden Week", "the 32nd
// Ordinary Session of the Council of the League of Arab States". The body that
// holds one may be named inside it.
bool IsOccasionHead(std::string_view w) {
  return Is(w, {"summit", "summits", "meeting", "meetings", "olympics", "expo", "cup", "festival",
                "week", "session", "sessions"});
}

// Capitalized heads of the name of a treaty, an award, a plan, an occasion or an era:
// "Camp David Accords", "Peace Prize", "Luanda Roadmap", "Nairobi Process", "Arab League
// Summit", "Velvet Revolution".
bool IsDocumentOrAwardHead(std::string_view w) {
  return IsCap(w) &&
         (Is(w, {"accords",     "accord",     "agreement",       "treaty",     "protocol",
                 "prize",       "award",      "awards",          "medal",      "statement",
                 "declaration", "communique", "communiqu\u00e9", "minutes",    "memorandum",
                 "act",         "roadmap",    "process",         "initiative", "revolution",
                 "principles",  "compact",    "strategy",        "charter",    "doctrine",
                 "concept",     "bill",       "programme",       "program",    "resolution",
                 "resolutions"}) ||
          IsOccasionHead(w));
}

// Lower-case nouns after the name of a space mission or craft: "NASA's Artemis II mission".
bool IsCraftNoun(std::string_view w) {
  return IsLower(w) && Is(w, {"mission", "missions", "spacecraft", "rocket", "capsule", "probe",
                              "satellite", "telescope", "lander", "rover", "crew"});
}

// A weapon's noun that a name before it names the make of: "Molotov cocktail", "Taurus
// missiles", "Kalashnikov rifles".
bool IsWeaponNameHead(std::string_view w) {
  return IsLower(w) &&
         Is(w, {"cocktail", "cocktails", "missile", "missiles", "rifle", "rifles", "rocket",
                "rockets", "launcher", "launchers", "howitzer", "howitzers"});
}

// "ICE Officers", "Federal Law Enforcement Agents", "National Guardsmen": people of a body,
// capitalized as some writers do, name no body of their own.
bool IsPeoplePlural(std::string_view w) {
  return Is(w, {"officers", "agents", "guardsmen", "troops", "soldiers", "personnel", "officials",
                "staffers"});
}

// "European", "African": a region's adjective, which alone names no place, people or body.
bool IsRegionAdjective(std::string_view w) {
  return Is(w,
            {"european", "african", "asian", "arab", "nordic", "latin", "balkan", "scandinavian"});
}

// "the Cabinet approved", "the Presidency said", "the Junta": an institution's common noun,
// capitalized as news writes it, names no body of its own (writers list it as no entity).
bool IsBareInstitutionWord(std::string_view w) { return Is(w, {"cabinet", "presidency", "junta"}); }

// "DGMOs", "IDPs", "MOUs": an acronym's plural names kinds of things, not one of them.
bool IsAcronymPlural(std::string_view w) {
  if (w.size() < 3 || w.back() != 's') return false;
  for (size_t k = 0; k + 1 < w.size(); ++k)
    if (w[k] < 'A' || w[k] > 'Z') return false;
  return true;
}

// A word that alone names nothing (see Finder::NamesNothingAt).
bool NamesNothingAlone(std::string_view w) {
  return IsRegionAdjective(w) || IsBareInstitutionWord(w) || IsAcronymPlural(w);
}

bool IsLocativePrep(std::string_view w) {
  static const WordSet kWords{"in",      "at",     "near",   "from",   "to",      "into",
                              "outside", "inside", "across", "toward", "towards", "via"};
  return kWords.Contains(w);
}

// Words that may not end a name run even when capitalized at a line start or in headlines.
bool IsHeadlineFunctionWord(std::string_view w) {
  static const WordSet kWords{"the",     "a",    "an",   "of",    "and",    "or",   "for",
                              "in",      "on",   "at",   "to",    "with",   "by",   "as",
                              "is",      "are",  "was",  "were",  "be",     "says", "said",
                              "says",    "will", "over", "after", "before", "amid", "between",
                              "against", "from", "into", "its",   "his",    "her",  "their"};
  return kWords.Contains(w);
}

// The last word of a news outlet's name: "Egypt Today", "Africa Today News", "Kenya Times".
bool IsOutletHead(std::string_view w) {
  return IsCap(w) && Is(w, {"today", "news", "times", "post", "herald", "tribune", "daily",
                            "observer", "monitor", "telegraph", "journal", "review", "weekly"});
}

// "St", "St.", "Saint", "Ste", "Ste." (any case): a saint's word opening a place's name.
bool IsSaintWord(std::string_view w) { return Is(w, {"st", "st.", "saint", "ste", "ste."}); }

// Verbs of violence as a headline's title case writes them after a plural subject: "Gunmen
// Attack", "Rebels Seize", "Troops Kill".
bool IsHeadlineViolenceVerb(std::string_view w) {
  return Is(w, {"attack", "kill", "murder", "abduct", "kidnap", "storm", "seize", "raid", "ambush",
                "shoot", "bomb", "shell", "massacre", "behead", "overrun", "capture", "torch"});
}

// True if `w` is an office's word that a portfolio may follow with "of" or "for": "Minister",
// "Secretary", "Commissioner", "Under-Secretary", "Under-Secretary-General".
bool IsPortfolioOffice(std::string_view w) {
  if (Is(w,
         {"minister", "secretary", "commissioner", "under-secretary-general", "secretary-general"}))
    return true;
  return w.size() > 10 && Is(w.substr(w.size() - 10), {"-secretary"});
}

// Words of a government portfolio, capitalized in an office's name: "Minister of Water
// Resources and Irrigation", "Minister of Energy Transition".
bool IsPortfolioWord(std::string_view w) {
  static const WordSet kWords{
      "affairs",        "agriculture",   "aviation",       "budget",      "climate",
      "commerce",       "communication", "communications", "cooperation", "coordination",
      "culture",        "defence",       "defense",        "development", "digital",
      "economic",       "economy",       "education",      "electricity", "employment",
      "endowments",     "energy",        "enterprises",    "environment", "external",
      "finance",        "fisheries",     "food",           "foreign",     "forestry",
      "health",         "heritage",      "higher",         "home",        "housing",
      "human",          "hydrocarbons",  "immigration",    "industry",    "information",
      "infrastructure", "innovation",    "integration",    "interior",    "internal",
      "international",  "investment",    "irrigation",     "justice",     "labor",
      "labour",         "land",          "lands",          "livestock",   "local",
      "maritime",       "media",         "mines",          "mining",      "national",
      "natural",        "petroleum",     "planning",       "power",       "public",
      "reconstruction", "reform",        "regional",       "religious",   "research",
      "resources",      "rural",         "science",        "security",    "social",
      "solidarity",     "sport",         "sports",         "technology",  "telecommunications",
      "territorial",    "tourism",       "trade",          "transition",  "transport",
      "transportation", "treasury",      "urban",          "veterans",    "water",
      "welfare",        "women",         "works",          "youth",       "abroad",
      "enlargement",    "diaspora",      "neighbourhood",  "competition", "expatriates",
      "mineral",        "minerals",      "relations",      "pensions",    "unification",
      "agrarian",       "parliamentary", "legal",          "consumer",    "family",
      "children",       "equality",      "disaster",       "emergency",   "oceans",
      "wildlife",       "industries",    "overseas",       "refugees",    "repatriation",
      "migration",      "humanitarian"};
  // (A second set, for the words added later.)
  static const WordSet kMore{
      "arts",          "shipping",     "ports",     "railways",     "roads",        "highways",
      "textiles",      "oil",          "gas",       "cooperatives", "minorities",   "statistics",
      "large",         "medium",       "small",     "rights",       "care",         "demography",
      "gender",        "humanitarian", "refugees",  "population",   "sanitation",   "disabilities",
      "downstreaming", "mine",         "law",       "services",     "intelligence", "broadcasting",
      "steel",         "textile",      "chemicals", "fertilizers"};
  if (kWords.Contains(w) || kMore.Contains(w)) return true;
  // "Minister of Agriculture and Agri-Food": a compound of a portfolio word, or of "agri".
  const size_t dash = w.find('-');
  if (dash == std::string_view::npos || dash == 0 || dash + 1 >= w.size()) return false;
  const std::string_view head = w.substr(0, dash), rest = w.substr(dash + 1);
  return (Is(head, {"agri"}) || IsPortfolioWord(head)) && IsPortfolioWord(rest);
}

// --- Building -------------------------------------------------------------------------------

// One item of a capitalized run once the lexicon has segmented it.
struct Piece {
  enum Kind { kTitle, kCountry, kDemonym, kKnown, kName } kind;
  uint32_t first, last;
  const Title* title = nullptr;
  const Country* country = nullptr;
  const KnownEntity* known = nullptr;
  const NameSpan* tagged = nullptr;  // kName only: a tagger span that joined lexicon pieces
  bool holder = false;  // kName only: the holder of a title "of" the organization before it
  bool outlet = false;  // kName only: a news outlet named after its country ("Egypt Today")
};

// Tagger spans below this confidence do not type a name the rules left open.
constexpr double kMinTaggerScore = 0.6;
// Nor, below this one, join pieces the lexicons split.
constexpr double kMinTaggerJoinScore = 0.8;
// Nor, below this one, make a person of a name the gazetteer knows as a town,
constexpr double kMinTaggerOverCityScore = 0.9;
// and only of a town this small: "Obama said" is a person, "Jeddah hosted" a city.
constexpr uint32_t kMaxPersonTownPopulation = 100'000;
// A two-word "person" ending in a city this large is a club named for it: "Atletico Madrid".
constexpr uint32_t kMinClubCityPopulation = 250'000;
// A country whose gazetteer cities hold this many people or more (Canada, Australia, Spain;
// not New Zealand or Ireland) has provinces and states that a foreign town of the same name
// does not outrank.
constexpr uint64_t kMinLargeCountryCityPopulation = 15'000'000;
// At or above this one, a place or organization span of the tagger replaces how the rules cut
// the same words, and names what the rules did not see.
constexpr double kMinTaggerAdoptScore = 0.8;

// "URGENT", "CORRECTION", "WORLD NEWS": a label a story or a line of it opens with, in
// capitals before a dash or a colon, where a dateline's town would be. (The stop names hold the
// others, "Breaking", "Update", "Exclusive", "Watch"; these would end names elsewhere: "Fox
// News", "World Bank".)
bool IsStoryLabel(std::string_view w) {
  return Is(w, {"updates", "correction", "urgent", "flash", "news", "alert", "world", "politics",
                "business", "sport", "sports"});
}

class Finder {
 public:
  Finder(const TextView& view, const Lexicon& lex, const NameTagger* tagger)
      : v_(view), lex_(lex), tagger_(tagger) {
    // Every rule asks how far a lexicon phrase may reach from a token; look that up once.
    window_from_.reserve(v_.tokens.size());
    title_window_from_.reserve(v_.tokens.size());
    for (uint32_t i = 0; i < v_.tokens.size(); ++i) {
      window_from_.push_back(static_cast<uint32_t>(
          std::min(lex_.max_phrase_tokens(), lex_.MaxPhraseTokensFrom(v_.Tok(i)))));
      title_window_from_.push_back(window_from_.back() == 0 ? 0 : TitleWindowFrom(i));
    }
  }

  NameMentions Run() {
    // (Once per token, here: the runs ask of each token and the two after it.)
    participle_.assign(v_.tokens.size(), 0);
    in_document_.assign(v_.tokens.size(), false);
    for (size_t k = 0; k < v_.tokens.size(); ++k)
      if (const std::string_view w = v_.Tok(k); w.find('-') != std::string_view::npos) {
        participle_[k] = static_cast<uint32_t>(NameBeforeParticiple(w));
        // (Inside a name it stays: "the Association of Serb-majority Municipalities".)
        if (participle_[k] > 0 && k + 1 < v_.tokens.size() && IsCap(v_.Tok(k + 1)) &&
            IsPeopleSuffix(w.substr(participle_[k] + 1)))
          participle_[k] = 0;
      }
    for (const auto& s : v_.sentences) Sentence(s);
    FormerTitlesJoined();
    DropReplaced();
    JoinAdoptedAcronyms();
    TaggedNamesWrittenAsPlaces();
    ClubsNamedAsPlaces();
    out_.sports = SportsStory();
    MendNameEdges();
    ResolveDeferred();
    JoinOrganizationsOnFor();
    JoinPartyFactions();
    DropReplaced();
    ReadAliases();
    OutletsInDatelines();
    DatelineTownsBeforeTheirCountry();
    PlaceTownsInTheirCountry();
    UnlinkForeignHeadWords();
    StatesNamedLikeCountries();
    CountriesNamedAsSurnames();
    SurnameFirstNames();
    TownsNamedAsAddressedPeople();
    PlacesNamedWithATitle();
    CountriesByTheirFormOfState();
    CountriesNamedWithRepublicAfter();
    CountriesByTheirCompassWord();
    RepublicsOfPlaces();
    LinkBareHeadWords();
    DropLegalForms();
    NumberedUnits();
    LinkCompanyFirstWords();
    CompaniesByTheirHeadWord();
    PartiesNamedByTheirEnd();
    PartiesWithoutTheirNoun();
    PartiesByTheirNoun();
    GangsByTheirNoun();
    WidenPersonSpans();
    TitlesNamedAsPersons();
    HonoursNameNoBody();
    FieldsOfWorkNameNothing();
    CurrencyMarksNameNoCountry();
    FeastDaysNameNothing();
    SlogansNameNothing();
    CoalitionsLedByACountry();
    HandlesNameNoOne();
    ArticleNamesAreNoPersons();
    ReportingOutlets();
    OutletStaff();
    OutletServices();
    OutletsByTheirMediaNoun();
    NumberedChannels();
    CabinetsOfPartiesAndPeople();
    CreditedPeople();
    PhotographersCredited();
    PeoplePlacedInAPhoto();
    BylinePeople();
    CapitalBylines();
    PeopleListedAfterPluralTitles();
    PeopleListedWithPeople();
    PeopleNamedSoElsewhere();
    ParticlesInTheirDocumentCase();
    NamesInEitherOrder();
    PositionsOpeningSentences();
    SeatsActThroughout();
    InitialsEndingSentences();
    TitlesOfTheOverthrown();
    // Text order; owners are indices, so they follow the permutation.
    std::vector<int> order(out_.names.size());
    for (size_t i = 0; i < order.size(); ++i) order[i] = static_cast<int>(i);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
      return out_.names[a].span.begin < out_.names[b].span.begin;
    });
    std::vector<int> where(order.size());
    for (size_t i = 0; i < order.size(); ++i) where[order[i]] = static_cast<int>(i);
    std::vector<NameMention> sorted;
    sorted.reserve(order.size());
    for (int i : order) {
      sorted.push_back(std::move(out_.names[i]));
      if (sorted.back().owner >= 0) sorted.back().owner = where[sorted.back().owner];
    }
    out_.names = std::move(sorted);
    ForgetPersonWords();
    return std::move(out_);
  }

 private:
  // Returns the title written at token i (lower-case forms included), with its length.
  std::pair<const Title*, uint32_t> TitleAt(uint32_t i, uint32_t end) const {
    const size_t max = std::min<size_t>(WindowAt(i, end), title_window_from_[i]);
    if (max == 0) return {nullptr, 0};
    // Shorter phrases are prefixes of the longest one, and so are their capitalized forms.
    std::string buffer;
    const std::string_view full = v_.PhraseView(i, i + static_cast<uint32_t>(max), buffer);
    // "prime minister" -> "Prime Minister" (in place: a copy, not a push_back per byte)
    std::string capitalized_full(full);
    CapitalizeWords(capitalized_full);
    size_t size = full.size();
    for (size_t n = max; n >= 1; --n) {
      // "the president of the Republic of South Africa": a title ending in a form of state
      // ("President of the Republic") is the shorter one where the state's name goes on.
      const bool state_goes_on = n >= 3 && i + n < end && v_.Tok(i + n) == "of" &&
                                 Is(v_.Tok(i + n - 1), {"republic", "kingdom", "federation"});
      const std::string_view phrase = full.substr(0, size);
      // "Prince Sultan bin Saad": one word before "bin" is a given name, whatever else it is.
      if (n == 1 && i + 1 < end && Is(v_.Tok(i + 1), {"bin", "ibn", "bint"})) break;
      if (!state_goes_on) {
        if (const Title* t = lex_.FindTitle(phrase)) return {t, static_cast<uint32_t>(n)};
        const std::string_view capitalized = std::string_view(capitalized_full).substr(0, size);
        if (capitalized != phrase)
          if (const Title* t = lex_.FindTitle(capitalized)) return {t, static_cast<uint32_t>(n)};
      }
      if (n > 1) size = full.rfind(' ', size - 1);  // drop the last word
    }
    return {nullptr, 0};
  }

  // Returns how many tokens from `i` (before `end`) an office named by its portfolio spans:
  // a lexicon title ending in "Minister" or "Secretary" ("Minister", "Deputy Minister"), "of"
  // or "for", and capitalized portfolio words, joined by "and", "&" or commas: "Minister of
  // Water and Energy", "Minister of Energy Transition". 0 where there is none, or where the
  // lexicon's own title is as long ("Minister of Finance" is the Finance Minister).
  uint32_t PortfolioTitleAt(uint32_t i, uint32_t end) const {
    // Asked at every capitalized word: the lexicon is looked up only where "Minister of" or
    // "Secretary for" stands within the longest title that can start here.
    const size_t window = WindowAt(i, end);
    // ("Minister Responsible for Ministerial Services": "responsible" before "for".)
    auto responsible_for = [&](uint32_t k) {
      return k + 1 < end && Is(v_.Tok(k), {"responsible"}) && v_.Tok(k + 1) == "for";
    };
    bool office_of = false;
    for (uint32_t k = i; k + 1 < end && k < i + window && !office_of; ++k)
      office_of = IsPortfolioOffice(v_.Tok(k)) &&
                  (Is(v_.Tok(k + 1), {"of", "for"}) || responsible_for(k + 1));
    if (!office_of) return 0;
    auto [t, tn] = TitleAt(i, end);
    if (!t || t->honorific) return 0;
    uint32_t of = i + 1;
    while (of < i + tn && !Is(v_.Tok(of), {"of", "for"}) && !responsible_for(of)) ++of;
    // "Minister of State for Interior", "Secretary of State for Health": the portfolio after
    // the title's own "of State".
    uint32_t title_end = of;  // where the title's own words end
    if (i + tn + 1 < end && v_.Tok(i + tn) == "for" && Is(v_.Tok(i + tn - 1), {"state"}))
      title_end = of = i + tn;
    else if (!IsPortfolioOffice(v_.Tok(of - 1)) || of >= end ||
             !(Is(v_.Tok(of), {"of", "for"}) || responsible_for(of)))
      return 0;
    else if (responsible_for(of))
      ++of;
    if (TitleAt(i, title_end).second != title_end - i) return 0;  // the words before "of"
    uint32_t k = of + 1, last = 0;
    if (k < end && v_.Tok(k) == "the") ++k;  // "Minister of the Interior and Coordination"
    // The portfolio ends at its last portfolio word; up to two other capitalized words, no given
    // names, may come before one: "Minister for Pacific Island Affairs Pat Conroy", "Minister
    // of Foreign Affairs, National Community Abroad and African Affairs, Mr. Ahmed Attaf".
    uint32_t others = 0;
    // (A people before a portfolio word may: "Minister of Foreign Affairs, Cooperation and
    // Nigeriens Abroad".)
    auto may_join_at = [&](uint32_t at) {
      const std::string_view w = v_.Tok(at);
      // (Nor a bare initial, which opens the holder's name: "... Broadcasting L Murugan".)
      if (!IsCap(w) || w.size() == 1) return false;
      if (IsPortfolioWord(w)) return true;
      if (others >= 2 || lex_.IsGivenName(w)) return false;
      return !(lex_.FindDemonym(w) || lex_.FindCountry(w)) ||
             (at + 1 < end && IsCap(v_.Tok(at + 1)) && IsPortfolioWord(v_.Tok(at + 1)));
    };
    while (k < end) {
      const std::string_view w = v_.Tok(k);
      if (IsCap(w) && IsPortfolioWord(w)) {
        last = ++k;
        others = 0;
      } else if (may_join_at(k) && (last > 0 || k > of + 1 || !Is(w, {"the"}))) {
        ++others;
        ++k;
      } else if ((last > 0 || others > 0) && Is(w, {"and", "&", ","}) && k + 1 < end &&
                 may_join_at(k + 1)) {
        // ("Minister for Political, Legal and Security Affairs": other words listed too.)
        ++k;
      } else if (last > 0 && w == "," && k + 2 < end && Is(v_.Tok(k + 1), {"and", "&"}) &&
                 may_join_at(k + 2)) {
        k += 2;  // a serial comma: "Minister of Cooperatives, Labor, and Social Welfare"
      } else {
        break;
      }
    }
    if (last == 0 || last <= i + tn) return 0;
    // A name, a comma or the office's owner follows: "... Irrigation Hani Sewilam", "...
    // Transition, Leila Benali", "... Nigeriens Abroad of the Republic of Niger, Mr. ...";
    // or another of the holder's roles: "Serbia's Minister for Family Care and Demography and
    // leader of the Zavetnici party".
    // Or a semicolon, in a list of those present: "Sheikh Mansour bin Zayed Al Nahyan, Deputy
    // Prime Minister and Minister of Presidential Affairs; Sheikh Abdullah ...".
    // Or the sentence's end after "the": "He is also the Minister Responsible for Ministerial
    // Services."
    const bool ends_sentence = last + 1 == end && i > 0 && Is(v_.Tok(i - 1), {"the"});
    if (last < end && !IsCap(v_.Tok(last)) && !Is(v_.Tok(last), {",", ";", "of", "and"}) &&
        !ends_sentence)
      return 0;
    return last - i;
  }

  // Returns how many tokens from `i` (before `end`) an office spans whose portfolio is written
  // before a minister's, secretary's, commissioner's, adviser's, envoy's or spokesperson's
  // title: "Economy, Trade and Industry Minister", "Energy Cabinet Secretary", "Foreign
  // Adviser". Up to two words no lexicon knows may stand right before the title ("Jal Shakti
  // Minister", "Unification Minister", "Armed Forces Minister"), none before a portfolio word
  // ("Biden Energy Secretary" is Biden's). 0 where there is none, or where the lexicon's own
  // title is as long.
  std::pair<const Title*, uint32_t> PrefixedTitleAt(uint32_t i, uint32_t end) const {
    const std::string_view first = v_.Tok(i);
    if (!IsCap(first)) return {nullptr, 0};
    // Asked at most runs' starts: first the one cheap test that an office's head word follows
    // within the capitalized words, commas and "and"s a portfolio list spans.
    bool head_ahead = false;
    for (uint32_t k = i + 1; k < end && k < i + 9 && !head_ahead; ++k) {
      const std::string_view w = v_.Tok(k);
      if (!IsCap(w) && !Is(w, {",", "and", "&"}) && !OfficeHeadWord(w)) break;
      head_ahead = OfficeHeadWord(w);
    }
    if (!head_ahead || IsCalendarWord(first)) return {nullptr, 0};
    const auto [own, own_n] = TitleAt(i, end);
    uint32_t k = i, others = 0;
    while (k < end) {
      const std::string_view w = v_.Tok(k);
      if (k > i && !(others > 0 && IsPortfolioWord(w))) {
        const auto [t, tn] = TitleAt(k, end);
        if (t && !t->honorific && !t->head && OfficeHeadWord(LastWord(t->canonical))) {
          if (k + tn - i <= own_n) return {nullptr, 0};
          // Words no lexicon knows stand only before a minister's, a secretary's or a
          // commissioner's title: not "Putin Envoy Kirill Dmitriev".
          if (others > 0 && !Is(LastWord(t->canonical), {"minister", "secretary", "commissioner"}))
            return {nullptr, 0};
          return {t, k + tn - i};
        }
      }
      if (!IsCap(w)) return {nullptr, 0};
      if (IsPortfolioWord(w)) {
        if (others > 0) return {nullptr, 0};
        ++k;
      } else if (others < 2 && !lex_.IsGivenName(w) && !lex_.IsStopName(w) &&
                 !lex_.FindDemonym(w) && !lex_.FindCountry(w) && !lex_.FindCity(w) &&
                 !lex_.FindSubdivision(w) && !lex_.FindKnown(w) && !lex_.IsOrgWord(w) &&
                 !IsCalendarWord(w) && !(k == i && own) &&
                 // (nor a country's name in capitals: "JAMAICA Prime Minister Andrew Holness";
                 // nor its initials the text gave: "SVG Prime Minister Ralph Gonsalves")
                 !(IsAllCaps(w) &&
                   (lex_.FindCountry(TitleCasedCaps(w)) || acronyms_.contains(std::string(w)))) &&
                 // (nor the first word of a name the lexicons know: "White House Press Secretary")
                 !Longest(k, end, [&](std::string_view p) { return lex_.FindKnown(p); }).first &&
                 !Longest(k, end, [&](std::string_view p) { return lex_.FindCity(p); }).first) {
        ++others;
        ++k;
      } else {
        return {nullptr, 0};
      }
      // "Economy, Trade and Industry": portfolios listed.
      if (others == 0 && k + 1 < end && Is(v_.Tok(k), {",", "and", "&"}) && IsCap(v_.Tok(k + 1)))
        ++k;
    }
    return {nullptr, 0};
  }

  // Returns how many tokens from `k` (before `end`) a ministry named by its portfolios spans,
  // where they are listed with commas or "and": "Ministry of Trade, Industry and Energy",
  // "Department of Agriculture and Water". 0 for none.
  uint32_t MinistryAt(uint32_t k, uint32_t end) const {
    if (k + 2 >= end || !Is(v_.Tok(k), {"ministry", "department"}) || !IsCap(v_.Tok(k)) ||
        !Is(v_.Tok(k + 1), {"of", "for"}))
      return 0;
    uint32_t q = k + 2, last = 0, item = 0;  // item: where the last listed portfolio starts
    if (Is(v_.Tok(q), {"the"})) ++q;
    while (q < end && IsCap(v_.Tok(q)) && IsPortfolioWord(v_.Tok(q))) {
      if (!IsPortfolioWord(v_.Tok(q - 1))) item = q;
      last = ++q;
      if (q + 1 < end && Is(v_.Tok(q), {",", "and", "&"}) && IsCap(v_.Tok(q + 1)) &&
          IsPortfolioWord(v_.Tok(q + 1)))
        ++q;
    }
    // "the Department of Energy and Commerce Secretary Howard Lutnick": the last item is a
    // title's portfolio, no part of the ministry's name.
    if (last > 0 && last < end && item > k + 3 && OfficeHeadWord(v_.Tok(last)) &&
        Is(v_.Tok(item - 1), {",", "and", "&"}))
      last = item - 1;
    return last > 0 ? last - k : 0;
  }

  static bool OfficeHeadWord(std::string_view w) {
    return Is(w, {"minister", "secretary", "commissioner", "adviser", "advisor", "envoy",
                  "spokesperson", "spokesman", "spokeswoman"});
  }

  static std::string_view LastWord(std::string_view s) {
    const size_t space = s.rfind(' ');
    return space == std::string_view::npos ? s : s.substr(space + 1);
  }

  // A title for an office whose portfolio is written before the title `base` at tokens [first,
  // last), kept with the mentions: it holds office as `base` does.
  const Title* PrefixedTitle(uint32_t first, uint32_t last, const Title* base) {
    auto title = std::make_unique<Title>();
    title->canonical = v_.Written(first, last);  // "Economy, Trade and Industry Minister"
    title->leader = base->leader;
    // A counterpart holds the office in general: "Industry Minister", "Minister".
    title->office = base->office.empty() ? base->canonical : base->office;
    out_.portfolio_titles.push_back(std::move(title));
    return out_.portfolio_titles.back().get();
  }

  // Returns TitleAt's title, or where a rank is written before a title the lexicon lists and
  // the lexicon has no longer title there itself, the two as one title: "Deputy Special Envoy",
  // "Vice President-elect", "Senior Minister", "Assistant Attorney General". A deputy heads
  // nothing, and holds no other's office.
  std::pair<const Title*, uint32_t> RankedTitleAt(uint32_t i, uint32_t end) {
    const auto found = TitleAt(i, end);
    if (i + 1 >= end || !Is(v_.Tok(i), {"deputy", "vice", "assistant", "associate", "senior"}))
      return found;
    const auto [t, n] = TitleAt(i + 1, end);
    if (!t || t->honorific || 1 + n <= found.second) return found;
    auto title = std::make_unique<Title>();
    title->canonical = std::string(v_.Tok(i)) + " " + t->canonical;
    title->canonical[0] =
        static_cast<char>(std::toupper(static_cast<unsigned char>(title->canonical[0])));
    title->leader = t->leader;
    out_.portfolio_titles.push_back(std::move(title));
    return {out_.portfolio_titles.back().get(), 1 + n};
  }

  // A title for the office named by its portfolio at tokens [first, last), kept with the
  // mentions.
  const Title* PortfolioTitle(uint32_t first, uint32_t last) {
    auto title = std::make_unique<Title>();
    title->canonical = v_.Written(first, last);  // "Minister of Foreign Affairs, Cooperation"
    title->leader = true;
    out_.portfolio_titles.push_back(std::move(title));
    return out_.portfolio_titles.back().get();
  }

  // Returns how many tokens from `i` (before `end`) a lexicon phrase lookup may span: none longer
  // than the longest lexicon key that starts with token i can match.
  // The most tokens TitleAt's phrases from token i need (asked at about every token; most
  // start no title). A title the phrase of n tokens or its capitalized form matches has the
  // phrase's first word, ASCII case aside (all FindTitle folds), and n words or more, so no
  // longer phrase can match. A token with a space in it is not one word: no bound then.
  uint32_t TitleWindowFrom(uint32_t i) const {
    std::string_view word = v_.Tok(i);
    std::string written;  // as the phrases write it, where that differs: "'" for U+2019
    if (word.find("\u2019") != std::string_view::npos) word = written = v_.Phrase(i, i + 1);
    if (word.find(' ') != std::string_view::npos) return window_from_[i];
    return static_cast<uint32_t>(std::min<size_t>(window_from_[i], lex_.MaxTitleTokensFrom(word)));
  }

  size_t WindowAt(uint32_t i, uint32_t end) const {
    return i < end ? std::min<size_t>(end - i, window_from_[i]) : 0;
  }

  template <typename F>
  std::pair<const std::remove_pointer_t<std::invoke_result_t<F, std::string_view>>*, uint32_t>
  Longest(uint32_t i, uint32_t end, F find) const {
    const size_t max = WindowAt(i, end);
    if (max == 0) return {nullptr, 0};
    std::string buffer;
    const std::string_view full = v_.PhraseView(i, i + static_cast<uint32_t>(max), buffer);
    size_t size = full.size();
    for (size_t n = max; n >= 1; --n) {
      if (auto* hit = find(full.substr(0, size))) return {hit, static_cast<uint32_t>(n)};
      if (n > 1) size = full.rfind(' ', size - 1);  // drop the last word
    }
    return {nullptr, 0};
  }

  // The number of words in capitals after "By" at a line's start at token `i`: two to four,
  // ending the line or before a name not in capitals ("Associated Press"); or 0.
  // ("By BEN R. ROSARIO and GENALYN D. KABILING": the next name of the byline after "and" or a
  // comma at token `i`, where `after_name` says a byline's name ends there.)
  uint32_t BylineInCapitals(const nlp::Sentence& s, uint32_t i, bool after_name = false) const {
    if (after_name ? !Is(v_.Tok(i), {"and", ","})
                   : (v_.Tok(i) != "By" || !(i == 0 || v_.tokens[i].newline_before)))
      return 0;
    uint32_t k = i + 1;
    while (k < s.last && k < i + 5 && (k == i + 1 || !v_.tokens[k].newline_before) &&
           v_.Tok(k).size() >= 2 && IsAllCaps(v_.Tok(k)))
      ++k;
    const uint32_t n = k - i - 1;
    if (n < 2 || n > 4) return 0;
    if (k < v_.tokens.size() && !v_.tokens[k].newline_before &&
        !(IsCap(v_.Tok(k)) && !IsAllCaps(v_.Tok(k))) && !Is(v_.Tok(k), {"and", ","}))
      return 0;
    return n;
  }

  // True if [first, last) is two places the gazetteers know joined by "and" ("Esmeraldas and
  // Guayaquil"); not a name the lexicons know whole ("Trinidad and Tobago").
  bool JoinsTwoKnownPlaces(uint32_t first, uint32_t last) const {
    auto place = [&](uint32_t a, uint32_t b) {
      const std::string p = v_.Phrase(a, b);
      return lex_.FindCity(p) || lex_.FindCountry(p) || lex_.FindSubdivision(p);
    };
    for (uint32_t k = first + 1; k + 1 < last; ++k)
      if (v_.Tok(k) == "and")
        return place(first, k) && place(k + 1, last) && !lex_.FindKnown(v_.Phrase(first, last)) &&
               !lex_.FindCountry(v_.Phrase(first, last));
    return false;
  }

  // The token k of "State-linked" where the words from `i` and the name before its participle
  // are a name the lexicons know ("Islamic State-linked", "New York-based"), or 0.
  uint32_t KnownNameBeforeParticiple(uint32_t i, uint32_t end) const {
    if (!(i + 1 < end && participle_[i + 1] > 0) && !(i + 2 < end && participle_[i + 2] > 0))
      return 0;
    for (uint32_t k = i + 1; k < end && k <= i + 2 && IsCap(v_.Tok(k - 1)); ++k)
      if (const size_t n = participle_[k]; n > 0) {
        const std::string name = v_.Phrase(i, k) + " " + std::string(v_.Tok(k).substr(0, n));
        return lex_.FindCountry(name) || lex_.FindKnown(name) || lex_.FindCity(name) ? k : 0;
      }
    return 0;
  }

  // The length of a generation's name at token i ("Gen Z", "Generation Alpha", "Gen-Z",
  // "Millennials"), or 0.
  uint32_t GenerationAt(uint32_t i, uint32_t end) const {
    const std::string_view w = v_.Tok(i);
    // (Asked of most tokens: the first letter rules out nearly all of them.)
    if (w.size() < 3 || (w[0] != 'G' && w[0] != 'M' && w[0] != 'Z' && w[0] != 'B')) return 0;
    if (Is(w, {"gen-z", "genz", "gen-x", "gen-alpha", "gen-zs", "gen-zers", "gen-xers",
               "millennials", "zoomers", "boomers"}))
      return 1;
    // ("Z." where the sentence ends after it: the tokenizer reads an initial. "Gen Zs" and
    // "Gen Zers" are its members.)
    if (i + 1 < end && Is(w, {"gen", "generation"}) &&
        Is(v_.Tok(i + 1), {"z", "z.", "x", "x.", "alpha", "zs", "zers", "xers"}) &&
        IsCap(v_.Tok(i + 1)))
      return 2;
    return 0;
  }

  // The length of a nickname in quotes at token j, between a given name and a surname:
  // "Jorge “Tuto” Quiroga", "Ferdinand \"Bongbong\" Marcos", "Ferdinand ‘Bongbong’ Marcos",
  // "Ferdinand ''Bongbong'' Marcos" (two apostrophes for a double quote). The quotes, the one or
  // two capitalized words inside them and the name after them continue the run; 0 if there is
  // none.
  uint32_t NicknameAt(uint32_t j, uint32_t end) const {
    if (j == 0 || j + 1 >= end || !IsCap(v_.Tok(j - 1)) || IsCalendarWord(v_.Tok(j - 1))) return 0;
    // The opening quote's tokens and the closing one it calls for.
    const std::string_view open = v_.Tok(j);
    std::string_view close;
    uint32_t quote_tokens = 1;
    if (open == "\u201C") {
      close = "\u201D";
    } else if (open == "\u2018") {
      close = "\u2019";
    } else if (open == "\"") {
      close = open;
    } else if (open == "'") {
      // (Straight single quotes also quote words in headlines: "Anhui 'Surplus' Rural
      // Laborers Move"; a given name before them opens a person's name.)
      if (!lex_.IsGivenName(v_.Tok(j - 1))) return 0;
      close = open;
      if (v_.Tok(j + 1) == "'" && v_.tokens[j + 1].span.begin == v_.tokens[j].span.end)
        quote_tokens = 2;
    } else {
      return 0;
    }
    auto closes_at = [&](uint32_t k) {
      if (v_.Tok(k) != close) return false;
      return quote_tokens == 1 || (k + 1 < end && v_.Tok(k + 1) == "'" &&
                                   v_.tokens[k + 1].span.begin == v_.tokens[k].span.end);
    };
    const uint32_t inside = j + quote_tokens;
    for (uint32_t k = inside; k < end && k <= inside + 2; ++k) {
      const std::string_view w = v_.Tok(k);
      if (closes_at(k)) {
        const uint32_t after = k + quote_tokens;
        if (k == inside || after >= end || v_.tokens[after].newline_before) return 0;
        const std::string_view next = v_.Tok(after);
        return IsCap(next) && !IsCalendarWord(next) && !TitleAt(after, end).first ? after - j : 0;
      }
      if (!IsCap(w) || IsCalendarWord(w)) return 0;
    }
    return 0;
  }

  // The title whose possessive token j is in "the Prosecutor General's Office": a capitalized
  // title of one to three words before it, a department's head word after it; else nullptr.
  const Title* TitleOfficeAt(uint32_t j, uint32_t end) const {
    if (!(v_.Tok(j) == "'s" || v_.Tok(j) == "\u2019s") || j + 1 >= end || !IsCap(v_.Tok(j + 1)) ||
        !Is(v_.Tok(j + 1), {"office", "department", "bureau", "secretariat", "chambers"}))
      return nullptr;
    for (uint32_t k = j >= 3 ? j - 3 : 0; k < j; ++k)  // (the longest title first)
      if (const auto [title, n] = TitleAt(k, j); IsCap(v_.Tok(k)) && n == j - k) return title;
    return nullptr;
  }

  // True if [first, last) is "the Prime Minister's Office" or "the President's Office" after a
  // locative word ("met at the Prime Minister's Office", "talks at the President's Office in
  // Male"): a head of state's or government's office where people meet is his seat, a place.
  bool HeadsSeatAt(const nlp::Sentence& s, uint32_t first, uint32_t last) const {
    if (last - first < 3 || !Is(v_.Tok(last - 1), {"office"})) return false;
    const Title* t = TitleOfficeAt(last - 2, last);
    uint32_t before = first;
    if (before > s.first && Is(v_.Tok(before - 1), {"the"})) --before;
    return t && t->leader && t->head && before > s.first && IsLocativePrep(v_.Tok(before - 1));
  }

  // True if token `k` (not the first of the text) is a time zone: after a time of day
  // (IsTimeZone), or in brackets after a part of the day, ending in "T" ("Friday afternoon
  // (NZT)", "on Monday morning (AEST)").
  bool TimeZoneAt(uint32_t k) const {
    const std::string_view w = v_.Tok(k);
    if (IsTimeZone(w, v_.Tok(k - 1))) return true;
    return k >= 2 && k + 1 < v_.tokens.size() && v_.Tok(k - 1) == "(" && v_.Tok(k + 1) == ")" &&
           w.size() >= 2 && w.size() <= 5 && w.back() == 'T' && IsAllCaps(w) &&
           Is(v_.Tok(k - 2),
              {"morning", "afternoon", "evening", "night", "time", "midnight", "noon"});
  }

  bool CanJoinRun(uint32_t j, uint32_t end) const {
    std::string_view w = v_.Tok(j);
    if (v_.tokens[j].newline_before || IsCode(w) || TimeZoneAt(j) || participle_[j] > 0 ||
        KnownNameBeforeParticiple(j, end) > 0 || GenerationAt(j, end) > 0)
      return false;
    // "Vienna Wednesday", "University of Virginia Friday": weekdays and months end a name, and
    // so does "May" before a day ("shot al-Aqidi May 24"; "Theresa May" stays a name).
    if (w == "May" && j + 1 < end && !v_.Tok(j + 1).empty() && v_.Tok(j + 1)[0] >= '0' &&
        v_.Tok(j + 1)[0] <= '9')
      return false;
    // "Muhammad Irfan Published June 19, 2024": a byline's participle before its date ends the
    // writer's name.
    if (IsStopParticiple(w) && j + 1 < end &&
        (IsCalendarWord(v_.Tok(j + 1)) || IsDigits(v_.Tok(j + 1)) ||
         Is(v_.Tok(j + 1), {"on", ":"})))
      return false;
    // (But a weekday after a given name alone is a surname: "results show that Godwin Friday
    // of the New Democratic Party won".)
    // (Not "outside Washington Friday", "the University of Virginia Friday".)
    if (IsCap(w) && IsCalendarWord(w) && w.ends_with("day") && j >= 2 &&
        lex_.IsGivenName(v_.Tok(j - 1)) && !IsCap(v_.Tok(j - 2)) &&
        !IsLocativePrep(v_.Tok(j - 2)) && !Is(v_.Tok(j - 2), {"of", "to", "from"}) &&
        !lex_.FindCity(v_.Tok(j - 1)) && !lex_.FindSubdivision(v_.Tok(j - 1)) &&
        (j + 1 >= end || (!IsCap(v_.Tok(j + 1)) && !IsDigits(v_.Tok(j + 1)) &&
                          !Is(v_.Tok(j + 1), {",", "morning", "afternoon", "evening", "night"}))))
      return true;
    if (IsCap(w)) return !IsCalendarWord(w);
    // "Workers' Party": a plural's apostrophe, glued to it, before an organization's head word
    // (not "Philippines' Marcos").
    if ((w == "'" || w == "\u2019") && j + 1 < end && lex_.IsOrgWord(v_.Tok(j + 1)) &&
        v_.tokens[j].span.begin == v_.tokens[j - 1].span.end &&
        v_.tokens[j + 1].span.begin > v_.tokens[j].span.end && v_.Tok(j - 1).ends_with('s') &&
        !lex_.FindCountry(v_.Tok(j - 1)))
      return true;
    // "St John's", "St Mary's South", "Saint George's": a saint's possessive is a place's,
    // where the gazetteers know the place so, or know no place "St X" and a name goes on after
    // it. Not "St. Petersburg's governor", nor "Yves Saint Laurent's".
    if ((w == "'s" || w == "\u2019s") && j >= 2 && IsCap(v_.Tok(j - 1)) &&
        IsSaintWord(v_.Tok(j - 2)) && (j < 3 || !IsCap(v_.Tok(j - 3)))) {
      const std::string saint = v_.Phrase(j - 2, j);
      if (lex_.FindCity(saint + "'s") || lex_.FindKnown(saint + "'s")) return true;
      return !lex_.FindCity(saint) && !lex_.FindKnown(saint) && j + 1 < end &&
             IsCap(v_.Tok(j + 1)) && !TitleAt(j + 1, end).first;
    }
    // "Cox's Bazar", "Hawke's Bay", "Martha's Vineyard": a possessive inside a place's name the
    // gazetteers know so.
    if ((w == "'s" || w == "\u2019s") && j + 1 < end && IsCap(v_.Tok(j - 1)) &&
        IsCap(v_.Tok(j + 1))) {
      const std::string place = v_.Phrase(j - 1, j + 2);
      const KnownEntity* known = lex_.FindKnown(place);
      if (lex_.FindCity(place) || lex_.FindSubdivision(place) ||
          (known && known->type == EntityType::kPlace))
        return true;
    }
    // "the Prosecutor General's Office", "the Prime Minister's Office": an office's department
    // (or a head's seat, HeadsSeatAt) is named by the office's title and its possessive.
    if (TitleOfficeAt(j, end)) return true;
    // "the centre-left People's National Movement", "Women's Union": a people's possessive
    // inside a name, before a capitalized word (the tagger reads it so where it reads a name).
    if ((w == "'s" || w == "\u2019s") && j + 1 < end && IsCap(v_.Tok(j - 1)) &&
        IsCollectiveNoun(v_.Tok(j - 1)) && IsCap(v_.Tok(j + 1)))
      return true;
    // "Bashar al-Assad", "Abdel Fattah el-Sissi": a particle glued to the name goes on it.
    if (StartsName(w)) return true;
    // "the Villa d'Accueil", "Val d'Oise": so does a French elided one.
    for (std::string_view elided : {"d'", "l'", "d\u2019", "l\u2019"})
      if (w.size() > elided.size() && w.starts_with(elided) && IsCap(w.substr(elided.size())))
        return true;
    // "de la Fuente", "van der Leyen": two particles before the capitalized part.
    if (IsNameParticle(w) && j + 2 < end && IsNameParticle(v_.Tok(j + 1)) && IsCap(v_.Tok(j + 2)))
      return true;
    // "the Palace of the Nation", "the Hall of the People": "of the" joins after a building's
    // head word.
    if (Is(w, {"of", "the"})) {
      const uint32_t head = w == "of" ? j - 1 : j - 2;
      if (head > 0 && (w == "the" ? v_.Tok(j - 1) == "of" : v_.Tok(j + 1) == "the") &&
          head + 3 < end && IsCap(v_.Tok(head)) && IsCap(v_.Tok(head + 3)) &&
          Is(v_.Tok(head), {"palace", "hall", "house", "square", "tomb", "monument", "mausoleum",
                            "museum", "cathedral", "temple", "gate", "garden", "gardens"}))
        return true;
    }
    // (Nor before a name glued to a participle, which is a name of its own: "Government of
    // India-funded loans".)
    if (j + 1 >= end || !IsCap(v_.Tok(j + 1)) || participle_[j + 1] > 0) return false;
    if (IsNameParticle(w)) return true;
    // "of" joins only after a head word: "Bank of England", "President of Russia".
    if (w == "of") {
      std::string_view prev = v_.Tok(j - 1);
      return lex_.IsOrgWord(prev) || lex_.IsPlaceWord(Lower(prev)) || TitleAt(j - 1, j).first ||
             Is(prev, {"republic", "kingdom", "state", "states", "emirate", "university"});
    }
    return false;
  }

  // "Kylian Mbappe scored": the tagger, which learned nationalities from "-ian" words, reads an
  // unknown given name as one ("Kylian") and the surname after it as a person. A one-word
  // nationality that no lexicon knows as a demonym, right before a person, starts that person.
  // "the Atomic Energy Organization of Iran", read by the tagger as "Atomic Energy Organization
  // of" and "Iran": a name does not end with "of" or "for"; it runs on over the country named
  // after it, or stops before the word.
  // A possessive pronoun opens no name either: "His Progressive Union for Renewal (UPR)" at a
  // sentence's start. (A form of address after it, "His Royal Highness", is read as one.)
  void CloseOpenNames(std::vector<NameSpan>& tagged, const nlp::Sentence& s) const {
    // "the Ministry of Information and Broadcasting, L Murugan, was present", "a post on X,
    // Ministry of External Affairs spokesperson": an organization the tagger ran on over a
    // comma is two names, unless a legal form or a town follows the comma ("Co., Ltd.",
    // "University of California, Berkeley"); one after it that opens with a given name or an
    // initial is a person's.
    for (size_t n = 0; n < tagged.size(); ++n) {
      NameSpan& t = tagged[n];
      if (t.cls != NameClass::kOrganization) continue;
      uint32_t comma = t.first + 1;
      while (comma + 1 < t.last && v_.Tok(comma) != ",") ++comma;
      if (comma + 1 >= t.last) continue;
      const std::string_view after = v_.Tok(comma + 1);
      if (IsLegalForm(after) || (comma + 2 == t.last && lex_.FindCity(after))) continue;
      // (Nor a list in the name: "the American Federation of State, County and Municipal
      // Employees".)
      bool listed = false;
      for (uint32_t k = comma + 2; k < t.last && !listed; ++k) listed = Is(v_.Tok(k), {"and", "&"});
      if (listed) continue;
      NameSpan rest{comma + 1, t.last, t.cls, t.score};
      t.last = comma;
      if (lex_.IsGivenName(after) || (after.size() == 1 && IsCap(after)))
        rest.cls = NameClass::kPerson;
      tagged.insert(tagged.begin() + static_cast<ptrdiff_t>(n) + 1, rest);
    }
    // "Mexico Presidency/Handout via REUTERS": a span that runs over a slash is two names (a
    // photo's credit: the body, then what it gave).
    // So is one whose "and" stands between two organizations' head words: "the Kandere Party
    // and Party for Rural Advancement".
    for (size_t n = 0; n < tagged.size(); ++n) {
      NameSpan& t = tagged[n];
      uint32_t cut = t.first + 1;
      while (cut + 1 < t.last &&
             !(v_.Tok(cut) == "/" ||
               (t.cls == NameClass::kOrganization && v_.Tok(cut) == "and" &&
                IsCap(v_.Tok(cut - 1)) && IsCap(v_.Tok(cut + 1)) &&
                ((lex_.IsOrgWord(v_.Tok(cut - 1)) && lex_.IsOrgWord(v_.Tok(cut + 1))) ||
                 TwoBodies(t.first, cut, t.last)))))
        ++cut;
      if (cut + 1 >= t.last) continue;
      NameSpan rest{cut + 1, t.last, t.cls, t.score};
      t.last = cut;
      tagged.insert(tagged.begin() + static_cast<ptrdiff_t>(n) + 1, rest);
    }
    for (NameSpan& t : tagged) {
      if (t.last - t.first >= 2 && Is(v_.Tok(t.first), {"his", "her", "its", "their"})) ++t.first;
      // "the Kingdom's Ministry of Foreign Affairs": a country's form of state and its
      // possessive open no name; the body's name follows them.
      if (t.last - t.first >= 3 && IsCap(v_.Tok(t.first)) && IsCountryCommonWord(v_.Tok(t.first)) &&
          IsPossessive(v_.Tok(t.first + 1)) && IsCap(v_.Tok(t.first + 2)))
        t.first += 2;
      // "as She Arrives in Kenya" in a headline's title case: a subject pronoun opens a
      // clause, no name.
      if (Is(v_.Tok(t.first), {"she", "they", "we"})) {
        t.last = t.first;
        continue;
      }
      // "visiting Heads of State", "the Heads of Government", "Heads of State and Government":
      // the office, no body.
      const auto is_state = [&](uint32_t k) {
        return Is(v_.Tok(k), {"state", "states", "government", "governments"});
      };
      if ((t.last - t.first == 3 ||
           (t.last - t.first == 5 && v_.Tok(t.first + 3) == "and" && is_state(t.first + 4))) &&
          Is(v_.Tok(t.first), {"head", "heads"}) && v_.Tok(t.first + 1) == "of" &&
          is_state(t.first + 2)) {
        t.last = t.first;
        continue;
      }
      if (t.last - t.first < 2 || !Is(v_.Tok(t.last - 1), {"of", "for"})) continue;
      const auto [country, n] =
          Longest(t.last, s.last, [&](std::string_view p) { return lex_.FindCountry(p); });
      if (country && t.cls == NameClass::kOrganization) {
        t.last += static_cast<uint32_t>(n);
      } else {
        --t.last;
      }
    }
    // A span that ran on may now reach the next one, which then goes.
    for (size_t i = 1; i < tagged.size(); ++i)
      if (tagged[i].first < tagged[i - 1].last) tagged[i].last = tagged[i].first;
    std::erase_if(tagged, [](const NameSpan& t) { return t.last <= t.first; });
  }

  // True if the "and" at `cut` parts [first, last) into two bodies' names: the first ends in a
  // head word or a place, and the second is one the lexicon knows or ends in a head word ("the
  // National Bank of Abu Dhabi and First Gulf Bank", "Public Investment Fund and Saudi Arabian
  // Mining"; not "the Bank of Bahrain and Kuwait", "the Union Solidarity and Development Party",
  // "the Centre for Democracy and Human Rights"), and no "in" or "of" goes on with the second
  // ("the African Union Support and Stabilization Mission in Somalia").
  bool TwoBodies(uint32_t first, uint32_t cut, uint32_t last) const {
    if (cut < first + 2 || last < cut + 2) return false;
    if (last < v_.tokens.size() && Is(v_.Tok(last), {"in", "of", "for", "on"})) return false;
    const std::string_view end = v_.Tok(cut - 1);
    const bool first_whole = lex_.IsOrgWord(end) || IsCompanyHeadWord(end) || lex_.FindCity(end) ||
                             lex_.FindCity(v_.Phrase(cut - 2, cut)) || lex_.FindCountry(end);
    if (!first_whole) return false;
    const KnownEntity* known = lex_.FindKnown(v_.Phrase(cut + 1, last));
    const std::string_view head = v_.Tok(last - 1);
    return (known && known->type == EntityType::kOrganization) ||
           (last - cut >= 3 && (lex_.IsOrgWord(head) || IsCompanyHeadWord(head)) &&
            AllCapitalized(cut + 1, last));
  }

  // True if every word of [first, last) is capitalized (no "of", "for" or "and" among them).
  bool AllCapitalized(uint32_t first, uint32_t last) const {
    for (uint32_t k = first; k < last; ++k)
      if (!IsCap(v_.Tok(k))) return false;
    return true;
  }

  void FuseGivenNames(std::vector<NameSpan>& tagged) const {
    for (size_t k = 0; k + 1 < tagged.size(); ++k) {
      NameSpan& a = tagged[k];
      const NameSpan& b = tagged[k + 1];
      if (a.cls != NameClass::kNationality || b.cls != NameClass::kPerson || a.last != b.first ||
          a.last - a.first != 1 || !IsCap(v_.Tok(a.first)) || lex_.FindDemonym(v_.Tok(a.first)) ||
          lex_.FindCountry(v_.Tok(a.first)))
        continue;
      a = {a.first, b.last, NameClass::kPerson, std::min(a.score, b.score)};
      tagged.erase(tagged.begin() + static_cast<ptrdiff_t>(k) + 1);
    }
  }

  // True for a sports report: at least three words of a game, or a score ("beat Villarreal
  // 3-1"). Looked at only when a name might be a club's.
  bool SportsStory() {
    if (sports_story_ < 0) {
      static const WordSet kSportsWords{
          "scored",     "goal",       "goals",     "striker",  "midfielder", "coach",    "league",
          "match",      "season",     "champions", "cup",      "penalty",    "stoppage", "defender",
          "goalkeeper", "tournament", "playoff",   "playoffs", "innings"};
      int cues = 0;
      for (uint32_t i = 0; i < v_.tokens.size() && cues < 3; ++i) {
        std::string_view w = v_.Tok(i);
        const size_t dash = w.find('-');
        if (dash != std::string_view::npos && dash > 0 && dash + 1 < w.size() &&
            IsDigits(w.substr(0, dash)) && IsDigits(w.substr(dash + 1)) && w.size() <= 5)
          ++cues;
        else if (kSportsWords.Contains(w) && IsLower(w))  // the set's bit test rules out most
          ++cues;
      }
      sports_story_ = cues >= 3 ? 1 : 0;
    }
    return sports_story_ == 1;
  }

  // True if the demonym [first, last) names a language, not its country: "its Spanish
  // initials", "greeted the crowd in Italian and Spanish".
  bool NamesALanguage(const nlp::Sentence& s, uint32_t first, uint32_t last) const {
    const std::string_view next = last < s.last ? v_.Tok(last) : std::string_view{};
    if (Is(next, {"initials", "acronym", "language", "translation", "subtitles", "speakers",
                  "speaking", "dubbing", "version", "words", "phrase", "-language"}))
      return true;
    // "switched between Spanish and English in his remarks": two languages, no forces or
    // talks of the two countries after them.
    auto ends_pair = [&](uint32_t k) {
      return k >= s.last || Is(v_.Tok(k), {".", ",", ";", "in", "on", "at", "during", "when",
                                           "while", "to", "for"});
    };
    if (first > s.first && v_.Tok(first - 1) == "between" && next == "and" && last + 1 < s.last &&
        IsCap(v_.Tok(last + 1)) && ends_pair(last + 2))
      return true;
    if (first >= s.first + 3 && v_.Tok(first - 1) == "and" && v_.Tok(first - 3) == "between" &&
        lex_.FindDemonym(v_.Tok(first - 2)) && ends_pair(last))
      return true;
    // "Williams said in Russian at the ceremony": how one spoke.
    if (first >= s.first + 2 && v_.Tok(first - 1) == "in" &&
        (IsReportingVerb(v_.Tok(first - 2)) ||
         Is(v_.Tok(first - 2), {"spoke", "speaks", "speaking", "wrote", "written", "tweeted",
                                "posted", "published", "broadcast", "fluent", "fluently"})))
      return true;
    // ("known by its initials in Spanish as ELN".)
    return first > s.first && Is(v_.Tok(first - 1), {"in", "and", "or"}) &&
           (next.empty() || Is(next, {".", ",", "and", "or", ";"}) ||
            (next == "as" && v_.Tok(first - 1) == "in")) &&
           (Is(v_.Tok(first - 1), {"in"}) ||
            (first >= s.first + 3 && Is(v_.Tok(first - 3), {"in"})));
  }

  // True if the demonym [first, last) is an ethnic group's noun, not its country's: "Bosnian
  // Serb leader Milorad Dodik", "Bosnia's defiant Serb leader", "the Serb entity", "Kosovo
  // Serbs" (news calls the state's people and things "Serbian", "Croatian").
  // So are Kosovo's Albanians: "a Kosovar Albanian police officer", "Kosovo Albanians".
  bool NamesAnEthnicGroup(uint32_t first, uint32_t last) const {
    return last == first + 1 && (Is(v_.Tok(first), {"serb", "serbs", "croat", "croats"}) ||
                                 (first > 0 && Is(v_.Tok(first), {"albanian", "albanians"}) &&
                                  Is(v_.Tok(first - 1), {"kosovar", "kosovo"})));
  }

  // True if token `k` (after the first of its sentence) is a verb of violence after a plural
  // subject, as a headline's title case writes it: "Jihadists Attack", "Gunmen Kill".
  bool HeadlineVerbAfterPlural(uint32_t k) const {
    const std::string_view subject = v_.Tok(k - 1);
    return IsHeadlineViolenceVerb(v_.Tok(k)) &&
           (subject.ends_with("s") || subject.ends_with("men"));
  }

  // True if `w` is two peoples' names joined by a hyphen: "Egyptian-Qatari".
  bool DemonymPair(std::string_view w) const {
    const size_t hyphen = w.find('-');
    return hyphen != std::string_view::npos && lex_.FindDemonym(w.substr(0, hyphen)) &&
           lex_.FindDemonym(w.substr(hyphen + 1));
  }

  // True if the lexicon knows `w` as an organization's name: "Petrobras".
  bool IsKnownOrganization(std::string_view w) const {
    const KnownEntity* known = lex_.FindKnown(w);
    return known && known->type == EntityType::kOrganization;
  }

  // True if `w` is a word after the first of a person's name found so far in the document
  // ("Marcos" of "Ferdinand Marcos Jr.").
  bool IsPersonSurname(std::string_view w) {
    // The words of the person names found so far, kept up to date as names are added (and
    // forgotten where the names are rebuilt: ForgetPersonWords): a lookup, not a scan of all
    // names per call, which a hostile text of many people would make quadratic.
    for (; person_words_upto_ < out_.names.size(); ++person_words_upto_) {
      const NameMention& m = out_.names[person_words_upto_];
      if (m.type != EntityType::kPerson) continue;
      for (uint32_t k = m.first + 1; k < m.last; ++k) person_words_.emplace(v_.Tok(k));
      // ("Lai" of "Lai Ching-te": the surname written first.)
      if (m.last - m.first == 2 && IsHyphenatedGivenName(v_.Tok(m.first + 1)))
        person_words_.emplace(v_.Tok(m.first));
    }
    return person_words_.contains(std::string(w));
  }

  // Called wherever out_.names is rebuilt rather than appended to.
  void ForgetPersonWords() {
    person_words_.clear();
    person_words_upto_ = 0;
  }

  // True if the name ending before token `last` reads as an adjective: "Islamic", "Maoist",
  // "Shi'ite", "al-Qaida-linked", "Iran-backed".
  bool IsAdjectivalName(uint32_t last) const {
    const std::string w = Lower(v_.Tok(last - 1));
    for (std::string_view end : {"ic", "ist", "ite", "ian", "ese", "ish", "-linked", "-backed",
                                 "-based", "-led", "-allied", "-aligned"})
      if (w.size() > end.size() + 2 && w.ends_with(end)) return true;
    return false;
  }

  // True if the one-word name [first, last) names nothing, for the rules and the tagger's
  // spans alike: a word that never does (NamesNothingAlone), or "the West" ("anxiety in the
  // West": a bloc of countries, which writers list as no entity; "Kanye West" and "Mr. West"
  // are other names).
  bool NamesNothingAt(uint32_t first, uint32_t last) const {
    // "his fellow North American leaders", "the Latin American left": a continent's
    // adjective of two words before a lower-case word.
    if (last - first == 2 && last < v_.tokens.size() && !IsCap(v_.Tok(last)) &&
        (IsCompassWord(v_.Tok(first)) || Is(v_.Tok(first), {"latin", "central"})) &&
        (IsRegionAdjective(v_.Tok(first + 1)) || Is(v_.Tok(first + 1), {"american"})))
      return true;
    // "an Orthodox monastery", "Orthodox Christian countries": a faith's adjectives.
    if (last - first <= 2 && IsFaithAdjective(v_.Tok(first)) && IsFaithAdjective(v_.Tok(last - 1)))
      return true;
    if (last - first != 1) return false;
    // ("the two East African nations": a point of the compass before a region's adjective is
    // part of that adjective.)
    // ("Prime ministers flock to Norway": the start of an office's name, no person.)
    return NamesNothingAlone(v_.Tok(first)) ||
           (Is(v_.Tok(first), {"prime"}) && last < v_.tokens.size() &&
            Is(v_.Tok(last), {"minister", "ministers", "ministerial"})) ||
           (first > 0 && Is(v_.Tok(first), {"west"}) && Is(v_.Tok(first - 1), {"the"})) ||
           (IsCompassWord(v_.Tok(first)) && last < v_.tokens.size() &&
            (IsRegionAdjective(v_.Tok(last)) || Is(v_.Tok(last), {"american"})));
  }

  // True if the name ending before token `last` is followed by an apposition that calls it a
  // place: ", the second largest city in Greece", ", a port town".
  bool PlaceApposition(const nlp::Sentence& s, uint32_t last) const {
    if (last + 2 >= s.last || v_.Tok(last) != "," || !IsDeterminer(v_.Tok(last + 1))) return false;
    for (uint32_t k = last + 2; k < s.last && k < last + 5 && IsLower(v_.Tok(k)); ++k)
      if (Is(v_.Tok(k), {"capital", "city", "town", "village", "port", "province", "region"})) {
        // Not the place of someone's office: "Nasry Asfura, the capital's mayor", "a city
        // mayor".
        const std::string_view after = k + 1 < s.last ? v_.Tok(k + 1) : std::string_view{};
        return !IsPossessive(after) &&
               !(IsLower(after) && (IsPersonNoun(after) || TitleAt(k + 1, s.last).first));
      }
    return false;
  }

  // True if the name ending before token `last` is followed by an apposition that calls it a
  // body: ", the country's largest construction union,", ", a Kyiv-based rights group.".
  bool BodyApposition(const nlp::Sentence& s, uint32_t last) const {
    if (last + 3 >= s.last || v_.Tok(last) != "," || !IsDeterminer(v_.Tok(last + 1))) return false;
    uint32_t k = last + 2;
    if (k + 2 < s.last && Is(v_.Tok(k), {"country", "nation", "state"}) &&
        IsPossessive(v_.Tok(k + 1)))
      k += 2;
    const uint32_t words = k;
    // (A country may qualify the kind: "Ambrey, a UK maritime security service,".)
    auto country = [&](std::string_view w) {
      return IsCap(w) && (lex_.FindCountry(w) || lex_.FindDemonym(w));
    };
    while (k < s.last && k < words + 4 &&
           ((IsLower(v_.Tok(k)) && !IsPossessive(v_.Tok(k))) || (k == words && country(v_.Tok(k)))))
      ++k;
    if (k == words || (k < s.last && !Is(v_.Tok(k), {",", ".", ";"}))) return false;
    return (IsLower(v_.Tok(k - 1)) &&
            Is(v_.Tok(k - 1),
               {"union",       "party",         "group",        "company",      "firm",
                "agency",      "organisation",  "organization", "association",  "coalition",
                "alliance",    "movement",      "federation",   "broadcaster",  "newspaper",
                "militia",     "confederation", "syndicate",    "airline",      "lender",
                "consultancy", "watchdog",      "insurer",      "manufacturer", "conglomerate"})) ||
           (k - 1 > words && v_.Tok(k - 1) == "service" && v_.Tok(k - 2) == "security");
  }

  // "the" right before a name that qualifies no noun after it: "at the Santiago Bernabeu on
  // Saturday", not "the Bush administration". People's names take no article.
  bool ArticleBeforeName(const nlp::Sentence& s, uint32_t first, uint32_t last) const {
    if (first <= s.first || v_.Tok(first - 1) != "the") return false;
    for (uint32_t k = first; k < last; ++k)  // "the Rev. Martin Luther King Jr."
      if (TitleAt(k, last).first) return false;

    return last >= s.last || !IsLower(v_.Tok(last)) || IsHeadlineFunctionWord(v_.Tok(last));
  }

  void Sentence(const nlp::Sentence& s) {
    const size_t first_name = out_.names.size();
    const size_t first_deferred = deferred_.size();
    std::vector<NameSpan> tagged;
    // In a title-case headline case says nothing of names: its unknown words wait for the
    // names of the text (ResolveDeferred), and the tagger, which reads case, is not asked.
    // Only a headline: the first line of a text that goes on ("U.S. Coast Guard Training
    // Center, Petaluma, Calif." alone is names, not a headline).
    // So is a standfirst under it, a long second sentence in title case ("A Political
    // Newcomer Bassirou Diomaye Faye Confirmed The Winner Senegal's Presidential Election"),
    // under a headline line without a full stop (not a credit line after a story's first
    // sentence: "(Reporting by Elena Rodriguez and Marcos Vidal in Caracas; Editing by ...)").
    const size_t at = static_cast<size_t>(&s - v_.sentences.data());
    const nlp::Sentence& front = v_.sentences.front();
    title_case_ = at + 1 < v_.sentences.size() && IsTitleCaseLine(s) &&
                  (at == 0 ||
                   (at == 1 && CapitalizedWords(s) >= 8 && v_.tokens[s.first].newline_before &&
                    v_.Tok(s.first) != "(" && v_.Tok(front.last - 1) != ".") ||
                   IsSubheading(s));
    if (tagger_ && !title_case_) tagged = tagger_->Tag(v_.text, v_.tokens, s, &lex_);
    FuseGivenNames(tagged);
    // "Cyclone Gabrielle", "Tropical Storm Alberto": a storm's name the tagger reads is no
    // person's, place's or body's (the rules alone read none: the storm's noun is an event's).
    std::erase_if(tagged, [&](const NameSpan& t) { return IsStormName(s, t.first, t.last); });
    // Nor is a time zone ("on Friday afternoon (NZT)").
    std::erase_if(tagged, [&](const NameSpan& t) {
      return t.last == t.first + 1 && t.first > s.first && TimeZoneAt(t.first);
    });
    CloseOpenNames(tagged, s);
    // "\"Tonight Portugal chose moderation\"": a word that starts no name, opening the
    // sentence or a quotation, is no part of a country's name after it.
    // So is a gerund before a people: "\u201CKeeping Canadians safe is the job".
    for (NameSpan& t : tagged) {
      if (!(t.first == s.first || Is(v_.Tok(t.first - 1), {"\u201C", "\""}))) continue;
      const std::string_view w = v_.Tok(t.first);
      if (t.last - t.first >= 2 && lex_.IsStopName(w) && !Is(w, {"the", "a", "an"}) &&
          !IsCompassWord(Lower(w)) && lex_.FindCountry(v_.Phrase(t.first + 1, t.last)))
        ++t.first;
      else if (w.size() > 5 && w.ends_with("ing") && t.first + 1 < s.last && !lex_.FindKnown(w) &&
               lex_.FindDemonym(v_.Tok(t.first + 1)))
        ++t.first;  // (a span of the gerund alone goes; the people's word stays)
    }
    std::erase_if(tagged, [](const NameSpan& t) { return t.last <= t.first; });
    // "By AP Published Date - 11:05 PM": a byline's word of publication ends the name (the
    // words after it are the stamp's).
    for (NameSpan& t : tagged)
      for (uint32_t k = t.first + 1; k < t.last; ++k)
        if (Is(v_.Tok(k), {"published", "updated", "posted"}) && IsCap(v_.Tok(k))) {
          t.last = k;
          break;
        }
    // "Former Kano State Governor and candidate", "the former Lagos Governor's victory": a
    // place and an office's title after it, with no name after them, are the place and the
    // office, no body.
    // (Not a word of an office's own name that a town is also called: "the German Federal
    // Prosecutor's office".)
    auto town_or_region = [&](uint32_t first, uint32_t last) {
      const std::string place = v_.Phrase(first, last);
      return lex_.FindCity(place) || lex_.FindSubdivision(place);
    };
    for (NameSpan& t : tagged) {
      if (t.cls != NameClass::kOrganization || t.last - t.first < 2 ||
          Is(v_.Tok(t.first), {"federal", "national", "central", "general", "royal", "supreme",
                               "special", "public", "state"}))
        continue;
      for (uint32_t k = t.first + 1; k < t.last; ++k) {
        if (!IsCap(v_.Tok(k - 1)) || TitleAt(k, t.last).second != t.last - k) continue;
        // ("Kano State": a place word after the place's name.)
        if (town_or_region(t.first, k) ||
            (k - t.first >= 2 && lex_.IsPlaceWord(Lower(v_.Tok(k - 1))) &&
             town_or_region(t.first, k - 1))) {
          t.last = k;
          t.cls = NameClass::kLocation;
        }
        break;
      }
    }
    for (const NameSpan& t : tagged)
      if (t.cls == NameClass::kPerson && t.score >= kMinTaggerScore) tagged_persons_.push_back(t);
    const bool headline = IsHeadlineCase(s);
    uint32_t i = s.first;
    uint32_t byline_end = UINT32_MAX;  // the token after a byline's name in capitals
    while (i < s.last) {
      std::string_view w = v_.Tok(i);
      // "By DANIEL ROJAS Associated Press", "By SAMUEL GITONGA": a byline's name in capitals
      // is a person's, written in title case; the outlet after it is a name of its own.
      if (const uint32_t n = BylineInCapitals(s, i, byline_end == i); n > 0) {
        NameMention m = Person(i + 1, i + 1 + n, "byline-capitals", 0.8);
        m.name = TitleCasedCaps(m.name, /*apostrophe_starts_word=*/true);
        m.key = KeyOf(EntityType::kPerson, m.name);
        Add(std::move(m));
        i += 1 + n;
        byline_end = i;
        continue;
      }
      // "the Iran-backed Houthis", "Al-Qaeda-linked Group for the Support of Islam and
      // Muslims": the name before the participle is one of its own, and the words after it
      // another name.
      if (const size_t n = participle_[i]; n > 0) {
        NameBeforeParticipleAt(i, i, n);
        ++i;
        continue;
      }
      // ("Islamic State-linked", "New York-based": the name may begin a word or two before.)
      if (const uint32_t k = KnownNameBeforeParticiple(i, s.last); k > 0) {
        NameBeforeParticipleAt(i, k, participle_[k]);
        i = k + 1;
        continue;
      }
      // (Nor is "PM" after a time of day the prime minister: "7:12 PM GMT-4".)
      const std::string_view before = i > s.first ? v_.Tok(i - 1) : "";
      if (IsCap(w) && (IsCode(w) || (i > s.first && TimeZoneAt(i)) ||
                       (Is(w, {"pm", "am"}) && IsClockTime(before)))) {
        ++i;
        continue;
      }
      // "1 Min Read", a page's reading time.
      if (Is(w, {"min"}) && i + 1 < s.last && Is(v_.Tok(i + 1), {"read"}) && IsDigits(before)) {
        i += 2;
        continue;
      }
      // "Gen Z protesters", "Generation Z", "Gen-Z", "Millennials": a generation is no name.
      if (const uint32_t n = GenerationAt(i, s.last); n > 0) {
        i += n;
        continue;
      }
      // "the Treaty of Friendship and Cooperation": no name inside it.
      if (const uint32_t head = i + (Is(w, {"the"}) && i + 1 < s.last ? 1 : 0),
          end = DocumentNameEnd(head, s.last);
          end > head) {
        std::fill(in_document_.begin() + i, in_document_.begin() + end, true);
        i = end;
        continue;
      }
      // A run starts at a capitalized word or a glued particle: "from al-Shabaab militants".
      if (!StartsName(w)) {
        // Lower-case titles before a name: "Armenian leader Pashinyan", "prime minister Modi".
        auto [t, n] = RankedTitleAt(i, s.last);
        bool generic_leader = w == "leader";
        if ((t || generic_leader) && IsLower(w)) {
          uint32_t len = t ? n : 1;
          out_.titles.push_back({i, i + len, t, IsFormer(i), TitleQualifier(i)});
          i += len;
          continue;
        }
        ++i;
        continue;
      }
      // "Egypt's Minister of Water Resources and Irrigation Hani Sewilam": an office named by
      // its portfolio, which the lexicon does not list, up to the name after it.
      if (const uint32_t n = PortfolioTitleAt(i, s.last); n > 0) {
        out_.titles.push_back({i, i + n, PortfolioTitle(i, i + n), IsFormer(i), TitleQualifier(i)});
        i += n;
        continue;
      }
      // "Opposition leader Raila Odinga": a title opening the sentence in sentence case; and
      // inside one, a title of the lexicon so written ("met Prime minister Keir Starmer").
      // Not "Party leader Ozgur Ozel", where "Party" is the party and owns the title.
      if (i + 1 < s.last && IsLower(v_.Tok(i + 1)) && !lex_.IsOrgWord(w)) {
        auto [t, n] = TitleAt(i, s.last);
        // (Inside a sentence the small word is the title's own, not an office's "of":
        // "Minister of State of Foreign Affairs" is a portfolio's.)
        if (t && n >= 2 &&
            (i == s.first || (!t->honorific &&
                              !Is(v_.Tok(i + 1), {"of", "for", "and", "to", "on", "the", "in"})))) {
          out_.titles.push_back({i, i + n, t, IsFormer(i), TitleQualifier(i)});
          i += n;
          continue;
        }
      }
      // "a \"Trade and Cooperation Agreement\" (TCA)": the acronym of a treaty's name is none
      // of a country's code (Turks and Caicos's), nor any entity.
      // (Nor where the text writes it again: "The BRI is a mega connectivity project".)
      if (IsAllCaps(w) &&
          ((i > s.first && v_.Tok(i - 1) == "(" && AcronymOfDocumentBefore(i - 1, w) &&
            document_acronyms_.emplace(w).second) ||
           (document_acronyms_.contains(w) && (i + 1 >= s.last || !IsCap(v_.Tok(i + 1)))))) {
        ++i;
        continue;
      }
      if (Is(w, {"the"}) && i + 1 < s.last && document_acronyms_.contains(v_.Tok(i + 1)) &&
          (i + 2 >= s.last || !IsCap(v_.Tok(i + 2)))) {
        i += 2;
        continue;
      }
      // "42 Killed As Gunmen Attack Village": nor does one open a name.
      if (headline && i > s.first && HeadlineVerbAfterPlural(i)) {
        ++i;
        continue;
      }
      // "the Marxist Janatha Vimukthi Peramuna", "the Islamist Ennahda Movement": an ideology's
      // adjective before a name is no part of it, unless the lexicon knows the name with it.
      if (i + 1 < s.last && IsCap(w) && IsIdeologyAdjective(w) && IsCap(v_.Tok(i + 1)) &&
          !Longest(i, s.last, [&](std::string_view p) { return lex_.FindKnown(p); }).first) {
        ++i;
        continue;
      }
      // "Presidents Stubb and Zelenskyy": a title's plural before names is no name's part
      // (PluralTitles gives each name the title).
      // (Not a place's name: "Kings Bay", "Kings Cross".)
      // ("Vice Presidents Ma'ruf Amin, Boediono": a title's plural of two words.)
      if (i + 2 < s.last && IsCap(w) && IsPluralTitle(v_.Tok(i + 1), w) &&
          StartsName(v_.Tok(i + 2))) {
        i += 2;
        continue;
      }
      if (i + 1 < s.last && IsPluralTitle(w) && StartsName(v_.Tok(i + 1)) &&
          !lex_.IsPlaceWord(v_.Tok(i + 1)) && !lex_.IsOrgWord(v_.Tok(i + 1)) &&
          !Longest(i, s.last, [&](std::string_view p) { return lex_.FindCity(p); }).first &&
          !Longest(i, s.last, [&](std::string_view p) { return lex_.FindKnown(p); }).first) {
        ++i;
        continue;
      }
      uint32_t j = i + 1;
      while (j < s.last) {
        if (const uint32_t n = NicknameAt(j, s.last); n > 0) {
          j += n;
          continue;
        }
        if (!CanJoinRun(j, s.last)) break;
        if (headline && IsHeadlineFunctionWord(v_.Tok(j))) break;
        // "Suspected Jihadists Attack Burkina Faso", "Gunmen Kill 12 In Zamfara": in a
        // headline's title case, a verb of violence after a plural noun is no name's word.
        if (headline && HeadlineVerbAfterPlural(j)) break;
        ++j;
      }
      // "the Group of 20 meeting": a name the lexicon knows runs on past "of" and a number.
      if (j + 1 < s.last && v_.Tok(j) == "of" && IsDigits(v_.Tok(j + 1)) &&
          lex_.FindKnown(v_.Phrase(i, j + 2)))
        j += 2;
      // "European Commissioner for Enlargement Marta Kos", "The President of the Republic, Mr.
      // Abdelmadjid Tebboune": an office in the run whose name (a portfolio's, or one the
      // lexicon knows) goes on past "of" or "for", and the name after that, are one run.
      // So does a portfolio that goes on past "and": "Coordinating Minister of Maritime and
      // Investment Luhut Binsar Panjaitan".
      if (j + 1 < s.last && Is(v_.Tok(j), {"of", "for", "and", "&", ","}))
        for (uint32_t k = i; k < j; ++k) {
          uint32_t n = k > i ? PortfolioTitleAt(k, s.last) : 0;
          if (k + n <= j) n = TitleAt(k, s.last).second;
          // (Not "President of the Republic" in "the President of the Republic of South
          // Africa", whose owner follows.)
          if (k + n > j && !(k + n < s.last && v_.Tok(k + n) == "of")) {
            j = k + n;
            while (j < s.last && CanJoinRun(j, s.last)) ++j;
            break;
          }
        }
      // "Japanese Economy, Trade and Industry Minister Ryosei Akazawa": an office whose
      // portfolios are listed before its title runs on past their commas and "and".
      if (j < s.last && Is(v_.Tok(j), {",", "and", "&"}))
        for (uint32_t k = i; k < j; ++k) {
          if (k > i && !lex_.FindDemonym(v_.Tok(k - 1)) && !lex_.FindCountry(v_.Tok(k - 1)))
            continue;
          if (const uint32_t n = PrefixedTitleAt(k, s.last).second; k + n > j) {
            j = k + n;
            while (j < s.last && CanJoinRun(j, s.last)) ++j;
            break;
          }
        }
      // "Korea's Ministry of Trade, Industry and Energy": so does a ministry's.
      if (j < s.last && Is(v_.Tok(j), {",", "and", "&", "of", "for"}))
        for (uint32_t k = i; k < j; ++k)
          if (const uint32_t n = MinistryAt(k, s.last); k + n > j) {
            j = k + n;
            break;
          }
      // "linked to al Qaeda": a known name that opens with a lower-case particle.
      if (i > s.first && IsNameParticle(v_.Tok(i - 1)) && IsLower(v_.Tok(i - 1))) {
        auto [known, n] =
            Longest(i - 1, s.last, [&](std::string_view p) { return lex_.FindKnown(p); });
        if (known && i - 1 + n >= j) {
          --i;
          j = std::max(j, i + n);
        }
      }
      // A known name or a country with small words inside is one run: "Great Hall of the
      // People", "The Organization of the Petroleum Exporting Countries", "Bosnia and
      // Herzegovina", "Côte d'Ivoire".
      // Only where the word after the run is written inside some known name (most runs end
      // before "said").
      // (Or one after "of" in the run: "The Prime Minister of Trinidad and Tobago Keith
      // Rowley".)
      const bool inner_word_after = j < s.last && lex_.IsKnownNameInnerWord(v_.Tok(j));
      for (uint32_t k = i; inner_word_after && k < j; ++k) {
        const bool after_of =
            k > i && (v_.Tok(k - 1) == "of" ||
                      (k > i + 1 && v_.Tok(k - 1) == "the" && v_.Tok(k - 2) == "of"));
        if (k > i && !after_of && !(k == i + 1 && Is(v_.Tok(i), {"the"}))) continue;
        auto [known, n] = Longest(k, s.last, [&](std::string_view p) { return lex_.FindKnown(p); });
        if (known && k + n > j && IsCap(v_.Tok(k + n - 1))) j = k + n;
        auto [city, tn] = Longest(k, s.last, [&](std::string_view p) { return lex_.FindCity(p); });
        if (city && k + tn > j && IsCap(v_.Tok(k + tn - 1))) j = k + tn;
        auto [region, rn] =
            Longest(k, s.last, [&](std::string_view p) { return lex_.FindSubdivision(p); });
        if (region && k + rn > j && IsCap(v_.Tok(k + rn - 1))) j = k + rn;
        auto [country, cn] =
            Longest(k, s.last, [&](std::string_view p) { return lex_.FindCountry(p); });
        if (country && k + cn > j &&
            v_.Tok(k + cn - 1).find_first_of("ABCDEFGHIJKLMNOPQRSTUVWXYZ") != std::string::npos) {
          j = k + cn;
          // The run goes on past the country's name: "the Antigua and Barbuda Labour Party",
          // "Trinidad and Tobago Prime Minister Kamla Persad-Bissessar".
          while (j < s.last && CanJoinRun(j, s.last)) {
            if (headline && IsHeadlineFunctionWord(v_.Tok(j))) break;
            ++j;
          }
        }
      }
      // "Operation Sindoor", "the BRP Sierra Madre" are no entities (and AdoptTaggedNames drops
      // the tagger's reading).
      if (NamesAnOperationOrShip(i, j) || NamesAPolicy(i, j)) {
        i = j;
        continue;
      }
      if (const uint32_t end = ObservanceEnd(i, j, s.last); end > i) {
        i = end;
        continue;
      }
      // "the Camp David Accords", "the Paris Agreement", "the Nobel Peace Prize": the name of
      // a treaty or an award is none of a place, a person or an organization. A country
      // opening it is still named: "the Armenia and Azerbaijan Peace Agreement".
      // (Not a government named for an accord: "Libya's Government of National Accord".)
      const uint32_t opening = i + (Is(v_.Tok(i), {"the"}) && i + 1 < j ? 1 : 0);
      const bool accord_body = Is(v_.Tok(j - 1), {"accord"}) && opening + 2 < j &&
                               lex_.IsOrgWord(v_.Tok(opening)) && v_.Tok(opening + 1) == "of";
      if (IsDocumentOrAwardHead(v_.Tok(j - 1)) && !accord_body &&
          !lex_.FindKnown(v_.Phrase(i, j))) {
        if (auto [country, cn] =
                Longest(i, j, [&](std::string_view p) { return lex_.FindCountry(p); });
            country && i + cn < j)
          Run(s, i, i + cn, tagged);
        // "the Arab League Summit", "the NATO Summit", "the Pacific Islands Forum Leaders
        // Meeting", "the FIFA World Cup": the body that meets (or holds the occasion) is named,
        // up to two words between.
        // So is the body whose resolution it is: "UN Resolution 1701".
        else if (const uint32_t b = i + (Is(v_.Tok(i), {"the"}) ? 1 : 0);
                 IsOccasionHead(v_.Tok(j - 1)) || Is(v_.Tok(j - 1), {"resolution", "resolutions"}))
          if (auto [body, bn] =
                  Longest(b, j, [&](std::string_view p) { return lex_.FindKnown(p); });
              body && body->type == EntityType::kOrganization && b + bn + 1 <= j && b + bn + 3 >= j)
            Run(s, b, b + bn, tagged);
        i = j;
        continue;
      }
      // So is "the African Growth and Opportunity Act", whose head is past a small word (not
      // "Armenia and Azerbaijan Peace Agreement": the parties stay).
      if (j < s.last && Is(v_.Tok(j), {"and", "of", "for"}) && !lex_.FindCountry(v_.Phrase(i, j)) &&
          !lex_.FindKnown(v_.Phrase(i, j)) && !lex_.FindCity(v_.Phrase(i, j))) {
        uint32_t k = j + 1;
        while (k < s.last && k < j + 5 && IsCap(v_.Tok(k)) && !IsDocumentOrAwardHead(v_.Tok(k)))
          ++k;
        if (k < s.last && k > j + 1 && IsDocumentOrAwardHead(v_.Tok(k)) &&
            !lex_.FindKnown(v_.Phrase(i, k + 1))) {
          i = k + 1;
          continue;
        }
      }
      Run(s, i, j, tagged);
      i = j;
    }
    AdoptTaggedNames(tagged, first_name, first_deferred, s.first);
  }

  // "Bürgenstock, Switzerland:" or "Vaitele, Samoa -" opening a line of the story's first
  // sentences: the name before the country is the dateline's town, where no lexicon knew it and
  // the tagger read a person or a body.
  void DatelineTownsBeforeTheirCountry() {
    for (size_t n = 0; n + 1 < out_.names.size(); ++n) {
      NameMention& m = out_.names[n];
      if ((m.type != EntityType::kPerson && m.type != EntityType::kOrganization) || m.known ||
          !m.title.empty() || m.last - m.first > 3 || !v_.tokens[m.first].newline_before ||
          v_.sentence_of[m.first] >= 3 || m.last + 2 >= v_.tokens.size() || v_.Tok(m.last) != "," ||
          m.span.begin != v_.tokens[m.first].span.begin ||
          m.span.end != v_.tokens[m.last - 1].span.end)
        continue;
      const NameMention* country = nullptr;
      for (const NameMention& c : out_.names)
        if (c.first == m.last + 1 && c.type == EntityType::kCountry && c.country && !c.via_demonym)
          country = &c;
      if (!country || country->last >= v_.tokens.size()) continue;
      const std::string_view after = v_.Tok(country->last);
      if (after != ":" && !IsDashWord(after) && after != "(" &&
          !v_.tokens[country->last].newline_before)
        continue;
      const Country* c = country->country;
      m.type = EntityType::kPlace;
      m.subtype.clear();
      m.name = v_.Phrase(m.first, m.last);
      m.country = c;
      m.key = KeyOf(EntityType::kPlace, m.name) + "/" + c->iso2;
      m.rule = "dateline-town";
    }
  }

  // "Jakarta, Mar 5 (PTI)", "ANKARA (AA)": a name in brackets after a dateline's town or date,
  // near the start of one of the first sentences, is the news outlet of that name, even where
  // another organization has that name too (Pakistan Tehreek-e-Insaf's "PTI").
  void OutletsInDatelines() {
    const KnownEntity* found = nullptr;  // the dateline's outlet, where another name has its alias
    std::string written;
    for (NameMention& m : out_.names) {
      if (m.first < 2 || m.last >= v_.tokens.size() || v_.Tok(m.first - 1) != "(" ||
          v_.Tok(m.last) != ")")
        continue;
      const uint32_t si = v_.sentence_of[m.first];
      if (si >= 3 || m.first - 1 > v_.sentences[si].first + 8) continue;
      const std::string_view before = v_.Tok(m.first - 2);
      bool after_place = before.find_first_not_of("0123456789") == std::string_view::npos;
      for (const NameMention& p : out_.names)
        after_place = after_place || (p.last == m.first - 1 && (p.type == EntityType::kPlace ||
                                                                p.type == EntityType::kCountry));
      if (!after_place) continue;
      const KnownEntity* outlet = lex_.FindOutlet(v_.Phrase(m.first, m.last));
      if (!outlet || outlet == m.known) continue;
      if (!found && m.known) {
        found = outlet;
        written = v_.Phrase(m.first, m.last);
      }
      ToOutlet(m, outlet);
    }
    // "Modi will leave for home on Friday. PTI MK RHL": the outlet's sign-off, and any other
    // mention so written, is the outlet too, unless the text names the other organization in
    // full ("Pakistan Tehreek-e-Insaf (PTI)").
    if (!found) return;
    const KnownEntity* other = lex_.FindKnown(written);
    for (const NameMention& m : out_.names)
      if (m.known == other && v_.Phrase(m.first, m.last) != written) return;
    for (NameMention& m : out_.names)
      if (m.known == other && v_.Phrase(m.first, m.last) == written) ToOutlet(m, found);
  }

  static void ToOutlet(NameMention& m, const KnownEntity* outlet) {
    m.type = EntityType::kOrganization;
    m.known = outlet;
    m.subtype = outlet->subtype;
    m.name = outlet->name;
    m.key = KeyOf(m.type, outlet->name);
    m.country = nullptr;
    m.city = nullptr;
    m.rule = "dateline-outlet";
  }

  // "Mohamed Hamdan Dagalo, known as Hemedti", "Luiz Inacio Lula da Silva, better known as
  // Lula", "Ahmed al-Sharaa, also known as Abu Mohammed al-Jolani": the name after "known as"
  // or "nicknamed" is the person's before the comma.
  void ReadAliases() {
    const std::vector<size_t> order = OrderByFirst();
    size_t person = SIZE_MAX;  // the last person mention before the current one
    for (size_t n : order) {
      NameMention& b = out_.names[n];
      if (person != SIZE_MAX && !b.known && !b.country && b.type != EntityType::kCountry) {
        const NameMention& a = out_.names[person];
        if (a.last == KnownAsFrom(b.first)) MakeAlias(b, a.name);
      }
      if (b.type == EntityType::kPerson) person = n;
    }
    // The alias names its person wherever else it is written: "AMLO's welfare programs".
    std::unordered_map<std::string, std::string> alias_of;  // looked up only
    for (const NameMention& m : out_.names)
      if (!m.alias_of.empty()) alias_of.emplace(m.name, m.alias_of);
    if (alias_of.empty()) return;
    for (NameMention& m : out_.names) {
      if (m.known || m.type == EntityType::kCountry || !m.alias_of.empty()) continue;
      if (auto it = alias_of.find(m.name); it != alias_of.end()) MakeAlias(m, it->second);
    }
  }

  // Makes `m` a person's other name: the person named `of`.
  static void MakeAlias(NameMention& m, const std::string& of) {
    m.type = EntityType::kPerson;
    m.subtype.clear();
    m.city = nullptr;
    m.key.clear();
    m.rule = "known-as";
    m.alias_of = of;
  }

  // The indices of the mentions in the order of their first tokens.
  std::vector<size_t> OrderByFirst() const {
    std::vector<size_t> order(out_.names.size());
    for (size_t n = 0; n < order.size(); ++n) order[n] = n;
    std::sort(order.begin(), order.end(),
              [&](size_t x, size_t y) { return out_.names[x].first < out_.names[y].first; });
    return order;
  }

  // For a name at token `k` after ", known as", ", also known as", "(nicknamed", ", alias": the
  // token of the comma or bracket, where the name it stands for ends. Otherwise UINT32_MAX.
  uint32_t KnownAsFrom(uint32_t k) const {
    if (k >= 1 && (v_.Tok(k - 1) == "nicknamed" || Is(v_.Tok(k - 1), {"alias", "aka", "a.k.a."}))) {
      k -= 1;  // ("José Adolfo Macías Villamar, alias Fito,")
    } else if (k >= 2 && v_.Tok(k - 1) == "as" && v_.Tok(k - 2) == "known") {
      k -= 2;
    } else {
      return UINT32_MAX;
    }
    if (k >= 1 && Is(v_.Tok(k - 1), {"also", "better", "widely", "popularly", "commonly"})) --k;
    if (k >= 1 && Is(v_.Tok(k - 1), {"more", "most"})) --k;  // "more popularly known as"
    return k >= 1 && Is(v_.Tok(k - 1), {",", "("}) ? k - 1 : UINT32_MAX;
  }

  // "the Conservative Party of Canada", "Central Bank of Nigeria": a country after "of".
  // "Kenya National Commission on Human Rights", "Senate Committee on Veterans Affairs",
  // "Office for National Statistics": an organization's head word, "on" or "for", and a name
  // the lexicons do not know are one organization.
  void JoinOrganizationsOnFor() {
    const std::vector<size_t> order = OrderByFirst();
    std::unordered_map<std::string, std::string> rekeyed;  // a joined name's old key -> new
    auto whole_tokens = [&](const NameMention& m) {
      return m.span.begin == v_.tokens[m.first].span.begin &&
             m.span.end == v_.tokens[m.last - 1].span.end;
    };
    // The mention at order[into] takes in the one at order[from] after it, which it replaces.
    auto absorb = [&](size_t into, size_t from, const char* rule) {
      NameMention& a = out_.names[order[into]];
      const NameMention& b = out_.names[order[from]];
      a.last = b.last;
      a.span.end = b.span.end;
      a.name = v_.Phrase(a.first, a.last);
      a.key = KeyOf(a.type, a.name);
      a.rule = rule;
      replaced_.resize(out_.names.size(), kAlive);
      replaced_[order[from]] = static_cast<int>(order[into]);
    };
    auto join = [&](size_t k, const char* rule) { absorb(k, k + 1, rule); };
    for (size_t k = 0; k + 1 < order.size(); ++k) {
      NameMention& a = out_.names[order[k]];
      const NameMention& b = out_.names[order[k + 1]];
      // "United Nations Interim Force in Lebanon", "UN Support Mission in Libya": a mission or
      // force "in" a country or place is named after it ("in the DR Congo" too).
      const bool in =
          a.type == EntityType::kOrganization && v_.Tok(a.last) == "in" &&
          Is(v_.Tok(a.last - 1), {"mission", "force", "operation", "missions"}) && !a.known &&
          (b.first == a.last + 1 || (b.first == a.last + 2 && v_.Tok(a.last + 1) == "the" &&
                                     b.type == EntityType::kCountry)) &&
          !b.via_demonym && (b.type == EntityType::kCountry || b.type == EntityType::kPlace);
      if (in && whole_tokens(a) && whole_tokens(b) && !v_.tokens[a.last].newline_before) {
        const std::string old_key = a.key;
        join(k, "org-in-place");
        rekeyed[old_key] = a.key;
        // "(UNSMIL)" right after it, from its first letter to the place's, is its acronym
        // wherever it is written.
        if (k + 2 < order.size()) {
          const NameMention& acr = out_.names[order[k + 2]];
          const std::string_view w = v_.Tok(acr.first);
          if (acr.first == a.last + 1 && acr.last == acr.first + 1 && v_.Tok(a.last) == "(" &&
              acr.last < v_.tokens.size() && v_.Tok(acr.last) == ")" &&
              acr.type == EntityType::kOrganization && w.size() >= 3 && IsAllCaps(w) &&
              w.front() == v_.Tok(a.first)[0] && w.back() == v_.Tok(b.first)[0])
            rekeyed[acr.key] = a.key;
        }
        ++k;
        continue;
      }
      // ("the Confederation of Indigenous Nationalities of Ecuador": a head word and "of" inside
      // the name are as good as one at its end, before "of".)
      auto headed_of = [&] {
        for (uint32_t h = a.first; h + 2 < a.last; ++h)
          if (lex_.IsOrgWord(v_.Tok(h)) && IsCap(v_.Tok(h)) && v_.Tok(h + 1) == "of") return true;
        return false;
      };
      if (a.type != EntityType::kOrganization || !whole_tokens(a) ||
          !Is(v_.Tok(a.last), {"on", "for", "of"}) ||
          !(lex_.IsOrgWord(v_.Tok(a.last - 1)) || (v_.Tok(a.last) == "of" && headed_of())))
        continue;
      uint32_t at = a.last + 1;
      if (at < b.first && v_.Tok(at) == "the") ++at;
      // "the Conservative Party of Canada": "of" joins a country only, also to a known name
      // of another country's organization (Britain's "Conservative Party").
      const bool of = v_.Tok(a.last) == "of";
      if (a.known && !(of && b.country && a.known->country_iso2 != b.country->iso2)) continue;
      // (Not where the name goes on with another: "the Bank of Bahrain and Kuwait".)
      if (of && b.last + 1 < v_.tokens.size() && v_.Tok(b.last) == "and" &&
          IsCap(v_.Tok(b.last + 1)))
        continue;
      // ("of the" only before a country whose name takes the article: "the Armed Forces of
      // the Philippines", "the Central Bank of the UAE".)
      // "the Patriotic Union of Kurdistan": "of" right before a region joins it too (not a
      // town: "Keen Corp. of New York", "the Federal Home Loan Bank of San Francisco" are
      // where the body is).
      const bool of_place = of && at == a.last + 1 && b.type == EntityType::kPlace && !b.city &&
                            !IsLegalForm(v_.Tok(a.last - 1)) &&
                            !IsCompanyHeadWord(v_.Tok(a.last - 1));
      if (b.first != at || ((b.known || b.city) && !of_place) ||
          (of ? (b.type != EntityType::kCountry && !of_place) || b.via_demonym ||
                    (at != a.last + 1 && !TakesTheArticle(b))
              : b.type == EntityType::kCountry) ||
          (b.type == EntityType::kPerson && !b.title.empty()) || !whole_tokens(b) ||
          v_.tokens[a.last].newline_before)
        continue;
      if (Is(v_.Tok(a.first), {"the"})) {  // "The Office for National Statistics"
        ++a.first;
        a.span.begin = v_.tokens[a.first].span.begin;
      }
      if (of) {
        a.known = nullptr;
        a.country = b.country;
      }
      join(k, of_place ? "org-of-place" : of ? "org-of-country" : "org-on-for");
      ++k;
      // "the National Council for the Safeguard of the Homeland", "the Movement for the
      // Liberation of the Congo": what the body is for runs on over "of (the)" and the name
      // after it (not a town's, which is where the body is).
      if (!of && k + 1 < order.size() && a.last + 1 < v_.tokens.size() && v_.Tok(a.last) == "of" &&
          IsPurposeNoun(v_.Tok(a.last - 1)) && !v_.tokens[a.last].newline_before) {
        const NameMention& c = out_.names[order[k + 1]];
        uint32_t c_at = a.last + 1;
        if (v_.Tok(c_at) == "the") ++c_at;
        if (c.first == c_at && whole_tokens(c) && !c.city && !c.via_demonym &&
            c.type != EntityType::kPerson && c.type != EntityType::kEvent &&
            c.type != EntityType::kDate) {
          absorb(k - 1, k + 1, "org-for-purpose");  // (order[k], what it is for, went into a)
          ++k;
        }
      }
    }
    // (The name's other mentions, and its acronym's, follow it.)
    if (!rekeyed.empty())
      for (NameMention& m : out_.names)
        if (auto it = rekeyed.find(m.key);
            it != rekeyed.end() && m.type == EntityType::kOrganization)
          m.key = it->second;
  }

  // "the Janata Dal (United)", "the Communist Party of India (Marxist)", "the CPN (Maoist
  // Centre)", "CPI(M)": a faction's word in brackets after a party's name or acronym is part of
  // the name of a party of its own (the bracket was read as the party's other name, or as a
  // body "Maoist Centre"). A faction's words are capitalized, one of them an "-ist" word or
  // United, Unified, Secular, Centre; or one capital letter after an acronym. Not an acronym
  // ("(BNP)", "(Swapo)"), a body's name or a name a lexicon knows ("(Kenya)").
  void JoinPartyFactions() {
    auto faction_word = [](std::string_view w) {
      if (!IsCap(w)) return false;
      for (size_t at = 0; at != std::string_view::npos;) {  // "Marxist-Leninist"
        const size_t dash = w.find('-', at);
        const std::string_view part = w.substr(at, dash == w.npos ? w.npos : dash - at);
        if (part.size() >= 5 && (part.ends_with("ist") || part.ends_with("ists"))) return true;
        at = dash == w.npos ? w.npos : dash + 1;
      }
      return Is(w, {"united", "unified", "secular", "centre", "center"});
    };
    std::vector<int> owner = MentionAtEachToken();
    std::unordered_map<std::string, std::string> rekeyed;  // "(Marxist)"'s old key -> the party's
    for (const auto& s : v_.sentences) {
      for (uint32_t k = s.first + 1; k + 2 < s.last; ++k) {
        if (v_.Tok(k) != "(") continue;
        uint32_t close = k + 1;
        while (close < s.last && close < k + 5 && IsCap(v_.Tok(close))) ++close;
        if (close == k + 1 || close >= s.last || v_.Tok(close) != ")") continue;
        const std::string inner = v_.Phrase(k + 1, close);
        const std::string_view before = v_.Tok(k - 1);
        const bool acronym = before.size() >= 2 && before.size() <= 6 && IsAllCaps(before);
        bool words = !IsAllCaps(inner) || (acronym && inner.size() == 1);
        bool faction = inner.size() == 1;
        for (uint32_t j = k + 1; j < close && words; ++j) {
          faction |= faction_word(v_.Tok(j));
          // (A body's name spelled out is none: "EZLN (Zapatist National Liberation Army)".)
          words = !lex_.IsOrgWord(v_.Tok(j)) || Is(v_.Tok(j), {"centre", "center"});
        }
        if (!words || !faction || lex_.FindKnown(inner) || lex_.FindCountry(inner) ||
            lex_.FindCity(inner) || lex_.FindSubdivision(inner))
          continue;
        // The party: an organization's mention ending at the bracket, or an acronym alone.
        const int p = owner[k - 1];
        if (p >= 0 ? out_.names[p].type != EntityType::kOrganization || out_.names[p].last != k ||
                         out_.names[p].span.end != v_.tokens[k - 1].span.end
                   : !acronym)
          continue;
        bool free = true;  // nothing but a name of the bracket's words inside it
        for (uint32_t j = k + 1; j < close; ++j)
          free = free && (owner[j] < 0 ||
                          (out_.names[owner[j]].first > k && out_.names[owner[j]].last <= close));
        if (!free) continue;
        const uint32_t first = p >= 0 ? out_.names[p].first : k - 1;
        const std::string name = v_.Phrase(first, k) + " (" + inner + ")";
        NameMention party = Base(first, close + 1, EntityType::kOrganization, "party-faction", 0.8);
        party.subtype = "PoliticalParty";
        party.name = name;
        party.key = KeyOf(party.type, name);
        party.known = lex_.FindKnown(name);
        const std::string old_key = p >= 0 ? out_.names[p].key : std::string();
        if (p >= 0) {
          // The party's own mention becomes the faction's; a body the rules read inside the
          // brackets goes into it.
          party.country = out_.names[p].country;
          out_.names[p] = std::move(party);
        }
        const int idx = p >= 0 ? p : Add(std::move(party));
        replaced_.resize(out_.names.size(), kAlive);
        for (uint32_t j = k + 1; j < close; ++j)
          if (const int q = owner[j]; q >= 0 && q != idx && replaced_[q] == kAlive) {
            // (Not the party's own key, which the brackets' "other name" took: "the Communist
            // Party of India" alone is another party than its "(Marxist)" faction.)
            if (out_.names[q].key != old_key)
              rekeyed.emplace(out_.names[q].key, out_.names[idx].key);
            replaced_[q] = idx;
          }
        for (uint32_t j = first; j <= close; ++j) owner[j] = idx;
      }
    }
    // ("Maoist Centre" written again alone is the faction's party.)
    for (size_t n = 0; n < out_.names.size(); ++n)
      if (const auto it = rekeyed.find(out_.names[n].key);
          it != rekeyed.end() && (replaced_.size() <= n || replaced_[n] == kAlive) &&
          out_.names[n].type == EntityType::kOrganization)
        out_.names[n].key = it->second;
  }

  // True if `w` is a capitalized noun of action that a body is "for": "Liberation",
  // "Protection", "Development", "Safeguard", "Defence" (not "National Statistics").
  static bool IsPurposeNoun(std::string_view w) {
    if (!IsCap(w)) return false;
    for (std::string_view end : {"tion", "sion", "ment", "ance", "ence"})
      if (w.size() > end.size() + 2 && w.ends_with(end)) return true;
    return Is(w, {"safeguard", "defense", "rescue", "salvation", "welfare", "return"});
  }

  // True if country mention `m` is a name written after "the": "the Philippines", "the United
  // States", "the UAE", "the Gambia".
  bool TakesTheArticle(const NameMention& m) const {
    const std::string_view last = v_.Tok(m.last - 1);
    return Is(v_.Tok(m.first), {"united", "democratic", "central", "czech", "dominican"}) ||
           (last.size() > 3 && last.ends_with('s')) || IsAllCaps(last) ||
           Is(last, {"gambia", "congo", "republic", "kingdom", "emirates"});
  }

  // The tagger's confident place and organization names replace how the rules cut the same
  // words ("Centers for Disease Control", not "Centers" and "Disease Control"; "Commonwealth of
  // Independent States") and name what the rules did not see ("al-Qaida"). Spans that cross a
  // person, a title or a part of a token ("Armenia-Azerbaijan"), and spans the rules found
  // exactly, keep the rules' reading: the lexicons type and link better than the tagger.
  void AdoptTaggedNames(const std::vector<NameSpan>& tagged, size_t first_name,
                        size_t first_deferred, uint32_t sentence_first) {
    // The sentence's mentions by first token; tagger spans come in text order and never overlap,
    // so one forward walk over both finds every overlap (linear, whatever the sentence's size).
    std::vector<size_t> order(out_.names.size() - first_name);
    for (size_t k = 0; k < order.size(); ++k) order[k] = first_name + k;
    std::stable_sort(order.begin(), order.end(),
                     [&](size_t x, size_t y) { return out_.names[x].first < out_.names[y].first; });
    std::vector<std::pair<uint32_t, uint32_t>> adopted;  // token ranges, in text order
    size_t next = 0;                                     // into `order`
    uint32_t reach = 0;  // the furthest end of the mentions before `next`
    for (NameSpan t : tagged) {
      // Two names joined by a possessive stay two: of "Major League Soccer's Los Angeles
      // Galaxy" and "the African Union's Peace and Security Council" only the part after the
      // possessive is adopted, where the rules read a name that ends at the possessive. Not
      // "Sudan People's Liberation Army", "U.N. Children's Fund" or "Workers' Party".
      // So do "the Greens' Cem Ozdemir", where a given name follows a plural's possessive (not
      // "House of Peoples' Representatives").
      for (uint32_t k = t.last - 1; k > t.first + 1; --k) {
        if (v_.Tok(k - 1) != "'s" && v_.Tok(k - 1) != "\u2019s" &&
            !(IsPossessive(v_.Tok(k - 1)) && lex_.IsGivenName(v_.Tok(k))))
          continue;
        const bool owner_named = std::any_of(order.begin(), order.end(), [&](size_t n) {
          return out_.names[n].last == k - 1 && out_.names[n].first >= t.first;
        });
        // (A possessive inside the name leaves one before it to look at: "Bio's Sierra Leone
        // People's Party".)
        if (IsCollectiveNoun(v_.Tok(k - 2))) continue;
        if (owner_named) t.first = k;
        break;
      }
      // What follows the possessive is a person's name where it starts with a given name.
      if (t.first > 0 && IsPossessive(v_.Tok(t.first - 1)) && lex_.IsGivenName(v_.Tok(t.first)))
        continue;
      // "Royal Papua New Guinea Constabulary Acting Superintendent George Kakas": a word of
      // tenure that ends the span before a title is the title's.
      if (t.last - t.first >= 2 && IsTenureWord(v_.Tok(t.last - 1)) &&
          TitleAt(t.last, static_cast<uint32_t>(v_.tokens.size())).first)
        --t.last;
      // "The Interior Ministry said": an article opening a sentence is no part of the name,
      // unless the lexicons know it with one ("The Hague"). Capitalized inside a sentence it is
      // ("a Kenyan newspaper, The Daily Nation").
      if (t.last - t.first >= 2 && Is(v_.Tok(t.first), {"the"})) {
        const std::string phrase = v_.Phrase(t.first, t.last);
        // (A dateline's colon or dash opens one too: "WELLINGTON: The Cook Islands says"; so
        // does a quotation's opening mark: "\u201CThe Authority of Heads of State decided".)
        const bool lowercase_or_opening =
            v_.Tok(t.first) == "the" || t.first == sentence_first ||
            Is(v_.Tok(t.first - 1), {":", "-", "\u2013", "\u2014", "\u201C", "\""});
        // "told The New York Times": before a known name it goes too.
        if (!lex_.FindKnown(phrase) && !lex_.FindCity(phrase) && !lex_.FindCountry(phrase) &&
            (lowercase_or_opening || lex_.FindKnown(v_.Phrase(t.first + 1, t.last))))
          ++t.first;
      }
      // "Borno state - Suspected Boko Haram terrorists": a word that starts no name is no
      // part of a name the lexicons know after it.
      if (t.last - t.first >= 2 &&
          (IsStopParticiple(v_.Tok(t.first)) || DescribesOneWordBody(t.first, t.last)) &&
          lex_.FindKnown(v_.Phrase(t.first + 1, t.last)))
        ++t.first;
      while (next < order.size() && out_.names[order[next]].first < t.first)
        reach = std::max(reach, out_.names[order[next++]].last);
      if (t.score < kMinTaggerAdoptScore ||
          (t.cls != NameClass::kLocation && t.cls != NameClass::kOrganization))
        continue;
      if (!StartsName(v_.Tok(t.first)) || IsAllCapsRange(t.first, t.last)) continue;
      // ("said in Arabic at the ceremony": a language.)
      if (t.last - t.first == 1 &&
          (lex_.IsStopName(v_.Tok(t.first)) ||  // "(Text)"
           IsCountryCommonWord(v_.Tok(t.first)) || IsLanguageName(v_.Tok(t.first))))
        continue;
      if (IsPeoplePlural(v_.Tok(t.last - 1))) continue;
      if ((t.last < v_.tokens.size() &&
           (IsCraftNoun(v_.Tok(t.last)) || IsWeaponNameHead(v_.Tok(t.last)))) ||
          IsDocumentOrAwardHead(v_.Tok(t.last - 1)))
        continue;
      if (OpensPersonName(t.first, t.last)) continue;
      // "the ports of Esmeraldas and Guayaquil": two places the gazetteers know, joined by "and",
      // are two places, no organization.
      if (t.cls == NameClass::kOrganization && JoinsTwoKnownPlaces(t.first, t.last)) continue;
      // "the feud between the Marcos and Duterte families": two people's surnames, no name.
      if (t.last - t.first == 3 && v_.Tok(t.first + 1) == "and" &&
          IsPersonSurname(v_.Tok(t.first)) && IsPersonSurname(v_.Tok(t.first + 2)))
        continue;
      // "two big oil companies, Petrobras and Ecopetrol": a company the lexicon knows and one
      // word, joined by "and", are two companies.
      if (t.last - t.first == 3 && v_.Tok(t.first + 1) == "and" &&
          (IsKnownOrganization(v_.Tok(t.first)) || IsKnownOrganization(v_.Tok(t.first + 2))))
        continue;
      // No name runs across a dash, bracket or colon: "Egypt - Officials said"; nor across a
      // comma before one last word ("Speaking in the House of Commons, Reeves said"; but "the
      // American Federation of State, County and Municipal Employees").
      // Nor across a lower-case word no name holds: "Sewilam met African Union Commission".
      bool broken = false;
      for (uint32_t k = t.first + 1; k + 1 < t.last && !broken; ++k)
        broken = Is(v_.Tok(k), {"-", "\u2013", "\u2014", "(", ")", ":", ";"}) ||
                 (v_.Tok(k) == "," && k + 2 == t.last) ||
                 (IsLower(v_.Tok(k)) && !IsNameParticle(v_.Tok(k)) &&
                  !Is(v_.Tok(k),
                      {"of", "for", "and", "the", "on",  "in",   "at", "to",  "&",   "des",
                       "du", "e",   "et",  "es",  "und", "upon", "au", "aux", "las", "los"}) &&
                  // French elision: "Office National de l'Electricite"
                  !v_.Tok(k).starts_with("l'") && !v_.Tok(k).starts_with("d'") &&
                  !v_.Tok(k).starts_with("l\u2019") && !v_.Tok(k).starts_with("d\u2019"));
      // Nor over a lower-case word at its end: "received at Moscow airport" names Moscow.
      if (broken || (t.last - t.first >= 2 && IsLower(v_.Tok(t.last - 1)))) continue;
      // "the Directorate General for Neighborhood and Enlargement Negotiations Gert-Jan
      // Koopman": a body's span that ends with a person's name the rules read (a given name
      // first) ends before it.
      for (size_t k = next; k < order.size(); ++k) {
        const NameMention& m = out_.names[order[k]];
        if (m.first >= t.last) break;
        if (m.type == EntityType::kPerson && m.last == t.last && m.first > t.first + 1 &&
            t.cls == NameClass::kOrganization && IsGivenNameLike(v_.Tok(m.first)) &&
            IsCap(v_.Tok(m.first - 1)))
          t.last = m.first;
      }
      bool blocked = false;
      // Titles are in text order: only the last ones can reach into this sentence.
      for (auto title = out_.titles.rbegin(); title != out_.titles.rend() && !blocked; ++title) {
        if (title->last <= t.first) break;
        blocked = title->first < t.last;
      }
      // A mention that starts before the span and reaches into it crosses its edge.
      blocked = blocked || reach > t.first;
      std::vector<size_t> inside;
      for (size_t k = next; k < order.size() && !blocked; ++k) {
        const NameMention& m = out_.names[order[k]];
        if (m.first >= t.last) break;
        blocked = m.last > t.last || m.type == EntityType::kPerson ||
                  m.span.begin != v_.tokens[m.first].span.begin ||
                  m.span.end != v_.tokens[m.last - 1].span.end;
        inside.push_back(order[k]);
      }
      if (blocked) continue;
      if (inside.size() == 1 && out_.names[inside[0]].first == t.first &&
          out_.names[inside[0]].last == t.last)
        continue;
      // Two parties named by their members, joined by "and", are two parties: "the Christian
      // Democrats and Liberals" (not "the Centre for Democracy and Human Rights").
      auto members = [&](const NameMention& m) {
        return m.type == EntityType::kOrganization && IsPartyMembers(v_.Tok(m.last - 1));
      };
      bool two_parties = false;
      for (size_t a = 0; a + 1 < inside.size() && !two_parties; ++a) {
        const NameMention& l = out_.names[inside[a]];
        const NameMention& r = out_.names[inside[a + 1]];
        two_parties = members(l) && members(r) && r.first == l.last + 1 && v_.Tok(l.last) == "and";
      }
      if (two_parties) continue;
      // Two names the lexicons know are two names: "Rosneft and Lukoil", "Kyiv and Moscow".
      if (std::count_if(inside.begin(), inside.end(), [&](size_t n) {
            return out_.names[n].known || out_.names[n].city ||
                   out_.names[n].type == EntityType::kCountry;
          }) >= 2)
        continue;
      if (t.cls == NameClass::kOrganization &&
          (NamesADocument(t.first, t.last) ||
           NamesADocumentsSubject(sentence_first, t.first, t.last)))
        continue;
      if (std::any_of(in_document_.begin() + t.first, in_document_.begin() + t.last,
                      [](bool in) { return in; }))
        continue;
      if (GenerationAt(t.first, t.last) > 0) continue;
      if (NamesAnOperationOrShip(t.first, t.last) || NamesAPolicy(t.first, t.last)) continue;
      if (NamesAnObservance(t.first, t.last) || NamesAWorldWar(t.first, t.last)) continue;
      if (NamesNothingAt(t.first, t.last) || EndsWithIdeology(t.first, t.last)) continue;
      if (NamesAPeople(t.first, t.last) && !lex_.FindKnown(v_.Phrase(t.first, t.last))) continue;
      // ("The Defense Ministers": see Classify.)
      if (PluralTitleEnds(t.first, t.last)) continue;
      // "(State Emergency Service/Telegram)": names on both sides of a slash are two credits.
      if (inside.size() >= 2 &&
          std::any_of(v_.tokens.begin() + t.first, v_.tokens.begin() + t.last,
                      [&](const nlp::Token& k) { return k.span.Of(v_.text) == "/"; }))
        continue;
      const int idx = Add(TaggedName(t));
      replaced_.resize(out_.names.size(), kAlive);
      for (size_t n : inside) replaced_[n] = idx;
      adopted.emplace_back(t.first, t.last);
    }
    // Deferred names of this sentence that an adopted span covers are decided.
    if (adopted.empty()) return;
    size_t kept = first_deferred, a = 0;
    for (size_t d = first_deferred; d < deferred_.size(); ++d) {
      while (a < adopted.size() && adopted[a].second <= deferred_[d].first) ++a;
      const bool covered = a < adopted.size() && adopted[a].first < deferred_[d].last;
      if (!covered) deferred_[kept++] = deferred_[d];
    }
    deferred_.resize(kept);
  }

  // True if the name [first, last) ends in an ideology's adjective before the noun it
  // qualifies, which is no part of the name: "the ELN Marxist guerrilla group", "the ADF
  // Islamist rebels".
  bool EndsWithIdeology(uint32_t first, uint32_t last) const {
    return last - first >= 2 && last < v_.tokens.size() && IsLower(v_.Tok(last)) &&
           IsIdeologyAdjective(v_.Tok(last - 1)) && !lex_.FindKnown(v_.Phrase(first, last));
  }

  // True if `w` names a party by its members: "Democrats", "Liberals", "Moderates".
  static bool IsPartyMembers(std::string_view w) {
    return IsCap(w) &&
           Is(w, {"democrats", "liberals", "republicans", "socialists", "greens", "conservatives",
                  "moderates", "nationalists", "communists", "progressives", "centrists"});
  }

  // True if a person's form of address opens the name [first, last) ("the government of
  // Sheikh Hasina", which the tagger reads as an organization) and no place's or organization's
  // word ends it ("King Khalid International Airport", "Sheikh Zayed Road").
  bool OpensPersonName(uint32_t first, uint32_t last) const {
    if (InitialOpensName(first, last)) return true;
    return last - first >= 2 &&
           Is(v_.Tok(first),
              {"sheikh", "sheikha", "sir",    "dame",      "prince", "princess", "king",
               "queen",  "emir",    "sultan", "ayatollah", "imam",   "mullah",   "mr",
               "mr.",    "mrs",     "mrs.",   "ms",        "ms.",    "dr",       "dr."}) &&
           !lex_.IsPlaceWord(v_.Tok(last - 1)) && !lex_.IsOrgWord(v_.Tok(last - 1));
  }

  // True if the comma at token `comma` closes a title "of" its owner in the same sentence,
  // which starts at token `sentence_first`: "the chairman of Vietnam's Parliament,", "the
  // foreign minister of Armenia,". The name after the comma is the title's holder, in
  // apposition.
  bool ClosesTitleOfOwner(uint32_t comma, uint32_t sentence_first) const {
    if (comma < sentence_first + 3 || v_.Tok(comma) != ",") return false;
    const TitleMention* t = nullptr;
    for (auto it = out_.titles.rbegin(); it != out_.titles.rend() && !t; ++it)
      if (it->last < comma) t = &*it;
    if (!t || t->first < sentence_first || v_.Tok(t->last) != "of") return false;
    uint32_t k = t->last + 1;
    if (v_.Tok(k) == "the") ++k;
    bool owner = false;
    while (k < comma) {
      if (owner && IsPossessiveAt(k)) {
        ++k;
        continue;
      }
      const NameMention* m = nullptr;
      for (auto it = out_.names.rbegin(); it != out_.names.rend() && it->first >= k; ++it)
        if (it->first == k) m = &*it;
      if (!m || (m->type != EntityType::kCountry && m->type != EntityType::kOrganization))
        return false;
      k = m->last;
      owner = true;
    }
    return owner && k == comma;
  }

  // "where Indigenous Kanak people have long sought independence", "a Muslim from the southern
  // Yoruba community": one word before a people's noun names the people (asked of a word only
  // the tagger reads as a name: no person, place or organization).
  bool NamesAPeople(uint32_t first, uint32_t last) const {
    // ("a rebellion by ethnic Touareg separatists".)
    if (last - first == 1 && first > 0 && v_.Tok(first - 1) == "ethnic") return true;
    // ("pressure on Kosovo Serbs": a place's people, by their demonym's plural.)
    if (last - first == 2 && v_.Tok(last - 1).ends_with("s") &&
        lex_.FindDemonym(v_.Tok(last - 1)) && !lex_.FindKnown(v_.Phrase(first, last)))
      return true;
    // ("the Rohingya Muslim minority": two words of peoples or faiths.)
    const bool peoples_words =
        last - first == 1 ||
        (last - first == 2 && lex_.IsStopName(v_.Tok(first)) && lex_.IsStopName(v_.Tok(first + 1)));
    return peoples_words && last < v_.tokens.size() && !v_.tokens[last].newline_before &&
           Is(v_.Tok(last), {"people", "peoples", "community", "communities", "tribe", "tribes",
                             "minority", "minorities", "clan", "clans", "population"});
  }

  // IsAllCaps of the tokens [first, last) joined, without joining them.
  bool IsAllCapsRange(uint32_t first, uint32_t last) const {
    bool upper = false;
    for (uint32_t k = first; k < last; ++k) {
      const std::string_view w = v_.Tok(k);
      for (size_t i = 0; i < w.size();) {
        const char32_t c = DecodeUtf8(w, i);
        if (IsLowerCp(c)) return false;
        upper = upper || IsUpperCp(c);
      }
    }
    return upper;
  }

  // A mention of the tagger's span [t.first, t.last), typed and linked by the lexicons where
  // they know the name.
  NameMention TaggedName(const NameSpan& t) const {
    const std::string phrase = v_.Phrase(t.first, t.last);
    if (const KnownEntity* k = lex_.FindKnown(phrase)) {
      NameMention m = Base(t.first, t.last, k->type, "tagger-span", t.score);
      TypeAsKnown(m, k);
      return m;
    }
    // "a majority in Parliament": a legislature or a government named by its noun alone is a
    // body, where the tagger reads a place (not its building: "gathered at Parliament").
    const bool body_noun =
        t.last == t.first + 1 && IsCap(v_.Tok(t.first)) &&
        Is(v_.Tok(t.first), {"parliament", "congress", "senate", "cabinet"}) &&
        !(t.first > 0 && Is(v_.Tok(t.first - 1), {"at", "outside", "near", "inside", "into"}));
    if ((t.cls == NameClass::kOrganization || body_noun) && !PlaceHeaded(t.first, t.last) &&
        !PlacePrefixed(t.first, t.last) && !BeforePlaceNoun(t.last) && !HouseAt(t.first, t.last)) {
      NameMention m = Base(t.first, t.last, EntityType::kOrganization, "tagger-span", t.score);
      m.key = KeyOf(m.type, phrase);
      return m;
    }
    return PlaceOrCountry(t.first, t.last, "tagger-span", t.score);
  }

  // A mention of [first, last) as the country the lexicon names so, or else as a place: a
  // town of the gazetteer (not "the Cupertino" read as the town's name alone), or one it does
  // not know.
  NameMention PlaceOrCountry(uint32_t first, uint32_t last, std::string rule, double conf) const {
    const std::string phrase = v_.Phrase(first, last);
    if (const Country* c = lex_.FindCountry(phrase))
      return MakeCountry(first, last, c, false, std::move(rule), conf);
    NameMention m = Base(first, last, EntityType::kPlace, std::move(rule), conf);
    if (IsTheTownName(first, last)) {
      m.key = "place-core:" + phrase;
    } else if (const City* city = lex_.FindCity(phrase)) {
      TypeAsCity(m, city);
    } else {
      m.key = "place-core:" + phrase;
    }
    return m;
  }

  // True for all-caps or title-case lines ("Russia Sees Prospects Of Settlement"), where case
  // says nothing about names.
  bool IsHeadlineCase(const nlp::Sentence& s) const {
    uint32_t words = 0, caps = 0;
    for (uint32_t i = s.first; i < s.last; ++i) {
      std::string_view w = v_.Tok(i);
      if (!IsCap(w) && !IsLower(w)) continue;
      // "Macron Names Lecornu Prime Minister Again After Days of Turmoil": small words may
      // stay lower-case.
      if (IsLower(w) && IsHeadlineFunctionWord(w)) continue;
      // (A word in lower case settles it: most sentences are prose, and say so early.)
      if (!IsCap(w)) return false;
      ++words;
      ++caps;
    }
    return words >= 4 && caps == words;
  }

  // The number of words of sentence `s` that start with a capital letter.
  uint32_t CapitalizedWords(const nlp::Sentence& s) const {
    uint32_t n = 0;
    for (uint32_t i = s.first; i < s.last; ++i) n += IsCap(v_.Tok(i)) ? 1 : 0;
    return n;
  }

  // True for a subheading between a story's paragraphs, a line of its own in title case with no
  // stop that ends a sentence: "Controversial Arrest Sparks Outrage", "Erdoğan Defends Arrests,
  // Warns Against Protests". (Asked of title-case lines.) Only after the story's prose has
  // begun, a sentence closed by a full stop before it, and with no digit or bar: not a byline
  // or a credit ("Camille Rousseau in Paris and Ethan Brody in New York", "Ahmed Satti |
  // 06.05.2025", "By Express News Service"), nor a caption's "Ishiba Shigeru /Japanese Prime
  // Minister".
  bool IsSubheading(const nlp::Sentence& s) const {
    if (!v_.tokens[s.first].newline_before ||
        (s.last < v_.tokens.size() && !v_.tokens[s.last].newline_before) ||
        Is(v_.Tok(s.last - 1), {".", "!", "?", ":", ";", ",", "\"", "”", ")", "'"}))
      return false;
    // (Nor an entry of a list, after a colon or with a dash: "Tajikistan – President Emomali
    // Rahmon".)
    if (v_.Tok(s.first) == "By" || (s.first > 0 && v_.Tok(s.first - 1) == ":")) return false;
    for (uint32_t i = s.first; i < s.last; ++i)
      if (Is(v_.Tok(i), {"|", "-", "–", "—"}) ||
          std::isdigit(static_cast<unsigned char>(v_.Tok(i)[0])) ||
          v_.Tok(i).find('/') != std::string_view::npos)
        return false;
    for (const nlp::Sentence* p = &s; p != v_.sentences.data();)
      if (--p; v_.Tok(p->last - 1) == "." && p->last - p->first >= 6) return true;
    return false;
  }

  // True for a title-case line that is not all capitals (those have ClassifyAllCaps).
  bool IsTitleCaseLine(const nlp::Sentence& s) const {
    if (!IsHeadlineCase(s)) return false;
    for (uint32_t i = s.first; i < s.last; ++i)
      if (IsLower(v_.Tok(i)) || (IsCap(v_.Tok(i)) && !IsAllCaps(v_.Tok(i)))) return true;
    return false;
  }

  // The word before the title at `i` that is part of the office it names, as the title is
  // written: "BNP's acting chairman" (Acting Chairman), "interim President", "police
  // commander", "Myanmar's army chief", "presidential aide". Not a word of a longer name: "the
  // National Police chief" (a country's or a people's name may come first: "Nigerian Army
  // spokesman").
  std::string_view TitleQualifier(uint32_t i) const {
    if (i == 0) return {};
    const std::string_view w = v_.Tok(i - 1);
    const std::string_view written = TitleQualifierWord(w);
    if (written.empty()) return {};
    // (Not a word of a longer name, "the National Police chief"; but a word of tenure names no
    // body: "Constabulary Acting Superintendent".)
    if (IsCap(w) && i >= 2 && IsCap(v_.Tok(i - 2)) && !lex_.FindCountry(v_.Tok(i - 2)) &&
        !lex_.FindDemonym(v_.Tok(i - 2)) && !IsTenureWord(w))
      return {};
    return written;
  }

  // "former Prime Minister and European Council President Donald Tusk": a title joined by "and"
  // to a former one before it (past its owner's capitalized words) is former too.
  void FormerTitlesJoined() {
    const std::unordered_map<uint32_t, size_t> ending = TitlesByEnd();
    for (TitleMention& t : out_.titles) {
      if (t.former) continue;
      for (uint32_t b = t.first; b > 1 && t.first - b <= 3; --b) {
        if (v_.Tok(b - 1) == "and") {
          const auto it = ending.find(b - 1);
          t.former = it != ending.end() && out_.titles[it->second].former;
          break;
        }
        if (!IsCap(v_.Tok(b - 1))) break;
      }
    }
  }

  // The titles found so far by the token after each one's end -> its index in out_.titles (the
  // first title of an end), for rules that look a title up by where it ends.
  std::unordered_map<uint32_t, size_t> TitlesByEnd() const {
    std::unordered_map<uint32_t, size_t> ending;
    for (size_t n = 0; n < out_.titles.size(); ++n) ending.emplace(out_.titles[n].last, n);
    return ending;
  }

  bool IsFormer(uint32_t i) const {
    if (i == 0) return false;
    // "then-House Speaker Nancy Pelosi", "ex-Army chief": the mark glued to the word before
    // the title.
    if (const std::string_view w = v_.Tok(i - 1), mark = w.substr(0, w.find('-'));
        mark.size() < w.size() && Is(mark, {"then", "ex"}))
      return true;
    // "former Brazilian President", "former U.S. President", "Former Lima mayor": past the
    // owner's one word. An "outgoing" president still is one, until his successor takes over.
    if (i >= 2 && (lex_.FindDemonym(v_.Tok(i - 1)) || lex_.FindCountry(v_.Tok(i - 1)) ||
                   lex_.FindCity(v_.Tok(i - 1)))) {
      --i;
    } else {
      // ("Former European Council president Donald Tusk", "former NATO chief", "former Cook
      // Islands Prime Minister", "Former South Korean President": past a body the lexicon
      // knows, or a country or its people, of up to four words.)
      for (uint32_t n = std::min<uint32_t>(4, i - 1); n >= 1; --n)
        if (const std::string phrase = IsCap(v_.Tok(i - n)) ? v_.Phrase(i - n, i) : "";
            !phrase.empty() &&
            (lex_.FindKnown(phrase) || lex_.FindCountry(phrase) || lex_.FindDemonym(phrase))) {
          i -= n;
          break;
        }
    }
    // "former right-wing President Jorge Quiroga", "former two-term president": past a word
    // that describes the holder.
    if (i >= 2 && IsLower(v_.Tok(i - 1)) &&
        (v_.Tok(i - 1).find('-') != std::string_view::npos ||
         Is(v_.Tok(i - 1), {"conservative", "leftist", "socialist", "populist", "centrist",
                            "liberal", "longtime", "veteran", "interim", "military"})))
      --i;
    // ("Retired army general Petr Pavel": past the office's qualifier.)
    if (i >= 2 && !TitleQualifierWord(v_.Tok(i - 1)).empty() &&
        Is(v_.Tok(i - 2), {"former", "retired", "ex", "late"}))
      --i;
    // ("retired General Prabowo Subianto": a rank he no longer serves in.)
    return Is(v_.Tok(i - 1), {"former", "late", "ex", "then", "ousted", "deposed", "previous",
                              "erstwhile", "onetime", "one-time", "retired"});
  }

  // The number of tokens at `k` (before `j`) that write the legal form of the company `known`
  // after its name: "Inc", "Corp.", "Co. Ltd", "PLC", "AG", "Corporation". 0 for none, and for a
  // known name that is no company.
  uint32_t LegalFormAt(const KnownEntity* known, uint32_t k, uint32_t j) const {
    if (!known || (!known->IsCompany() && !known->IsOutlet())) return 0;
    uint32_t n = 0;
    while (k + n < j && n < 2) {
      const std::string_view w = v_.Tok(k + n);
      if (!IsLegalForm(w) && !Is(w, {"corporation", "company", "holdings"})) break;
      ++n;
    }
    return n;
  }

  // Segments a capitalized run [i, j) into titles, countries, demonyms, known names and the
  // unknown name parts between them, then classifies those.
  void Run(const nlp::Sentence& s, uint32_t i, uint32_t j, const std::vector<NameSpan>& tagged) {
    for (uint32_t k = i; k + 1 < j; ++k)
      if (v_.Tok(k).find('-') != std::string_view::npos && SplitBeforeTwoWordPlace(k)) {
        if (i < k) Run(s, i, k, tagged);
        // (A word of its kind after it names nothing: "the China-Central Asia Spirit".)
        if (k + 3 < j ||
            (k + 3 == j && (lex_.FindKnown(v_.Tok(k + 2)) || lex_.FindCountry(v_.Tok(k + 2)) ||
                            lex_.FindCity(v_.Tok(k + 2)))))
          Run(s, k + 2, j, tagged);
        return;
      }
    std::vector<Piece> pieces;
    uint32_t k = i;
    uint32_t name_start = i;
    // A part of lower-case words alone ("of" in "President of France Emmanuel Macron") names
    // nothing; one with a capital anywhere may ("al-Qaida").
    // Nor does one that runs on from a title with "of" ("Minister of Agriculture and Agri-Food
    // Heath MacDonald" where the portfolio is not all known): a portfolio, not a name.
    auto flush = [&](uint32_t end) {
      if (name_start + 1 < end && Is(v_.Tok(name_start), {"of", "for"}) && !pieces.empty() &&
          pieces.back().kind == Piece::kTitle && pieces.back().last == name_start && [&] {
            for (uint32_t q = name_start + 1; q < end; ++q)
              if (!IsPortfolioWord(v_.Tok(q))) return false;
            return true;
          }())
        return;
      bool capital = false;
      for (uint32_t q = name_start; q < end && !capital; ++q)
        for (const unsigned char c : v_.Tok(q))
          capital = capital || (c >= 'A' && c <= 'Z') || c >= 0x80;
      // "the Law Society of Kenya": the "of" before a country is no part of the name before
      // it (JoinOrganizationsOnFor joins the two).
      // (Two words at least: a lone "Bank of" names nothing, nor does "the Government of" before
      // "Republic of Indonesia".)
      if (end < j && end > name_start + 1 && Is(v_.Tok(end - 1), {"of", "for"})) {
        if (end == name_start + 2 && pieces.empty() &&
            Longest(end, j, [&](std::string_view p) { return lex_.FindCountry(p); }).first)
          return;
        if (end > name_start + 2) --end;
      }
      if (name_start < end && capital) pieces.push_back({Piece::kName, name_start, end});
    };
    while (k < j) {
      // "the Ministry of Law, Justice and Parliamentary Affairs": a ministry named by its
      // portfolios is left whole to the name part (no title "Justice" inside it).
      if (const uint32_t n = MinistryAt(k, j); n > 0) {
        // (One the lexicon knows is that one: "the Ministry of External Affairs", India's.)
        if (const KnownEntity* known = lex_.FindKnown(v_.Phrase(k, k + n))) {
          flush(k);
          pieces.push_back({Piece::kKnown, k, k + n, nullptr, nullptr, known});
          name_start = k + n;
        }
        k += n;
        continue;
      }
      // "British Columbia", "New South Wales": a province's name of several words that holds
      // a demonym or a country's name is left whole to the name part.
      if (auto [sub, sn] =
              Longest(name_start, j, [&](std::string_view p) { return lex_.FindSubdivision(p); });
          sn > 1 && name_start + sn > k) {
        ++k;
        continue;
      }
      auto [t, tn] = RankedTitleAt(k, j);
      // "the Prosecutor General's Office": the title names the department, no one.
      if (tn > 0 && k + tn < j && TitleOfficeAt(k + tn, j)) tn = 0;
      // "European Commissioner for Enlargement Marta Kos": an office named by its portfolio
      // inside the run.
      if (k > i && tn > 0)
        if (const uint32_t pn = PortfolioTitleAt(k, j); pn > tn) {
          t = PortfolioTitle(k, k + pn);
          tn = pn;
        }
      // "Japanese Economy, Trade and Industry Minister Ryosei Akazawa": an office whose
      // portfolio is written before its title, at the run's start or after an owner.
      if (k == name_start)
        if (const auto [base, pn] = PrefixedTitleAt(k, j); pn > tn) {
          t = PrefixedTitle(k, k + pn, base);
          tn = pn;
        }
      // "Coordinating Minister for Maritime Affairs Luhut Pandjaitan", "Senior Minister for
      // ...": a title whose last word opens an office named by its portfolio runs on through
      // the portfolio.
      if (tn > 0 && k + tn < j && Is(v_.Tok(k + tn), {"of", "for"}))
        if (const uint32_t pn = PortfolioTitleAt(k + tn - 1, j); pn > 1) {
          tn += pn - 1;
          t = PortfolioTitle(k, k + tn);
        }
      auto [c, cn] = Longest(k, j, [&](std::string_view p) { return lex_.FindCountry(p); });
      auto [kn, kk] = Longest(k, j, [&](std::string_view p) { return lex_.FindKnown(p); });
      if (kk > 0) kk += LegalFormAt(kn, k + kk, j);  // "Apple Inc", "Chevron Corp."
      // "Ford Motor Co", "Samsung Electronics Co Ltd": a company's fuller name, one or two
      // words and a legal form after the name the lexicon knows.
      for (uint32_t extra = 1; kk > 0 && extra <= 2 && k + kk + extra < j; ++extra) {
        if (const uint32_t legal = LegalFormAt(kn, k + kk + extra, j);
            legal > 0 && !LegalFormAt(kn, k + kk, j)) {
          kk += extra + legal;
          break;
        }
      }
      // Demonyms of one to three words: "Russian", "Sri Lankan", "Papua New Guinean".
      auto [dem, dn] =
          Longest(k, std::min(j, k + 3), [&](std::string_view p) { return lex_.FindDemonym(p); });
      // "VENEZUELAN President Nicolas Maduro": a demonym in a wire's capitals (five letters or
      // more: shorter capitals are as often acronyms).
      if (!dem && IsAllCaps(v_.Tok(k)) && v_.Tok(k).size() >= 5)
        if (const Country* d = lex_.FindDemonym(TitleCasedCaps(v_.Tok(k)))) {
          dem = d;
          dn = 1;
        }
      // "Latin American", "North American": a continent's people, not the United States'.
      if (dem && k > i && Is(v_.Tok(k - 1), {"latin", "north", "south", "central"}) &&
          v_.Tok(k).starts_with("American"))
        dn = 0;
      // "the Communist Party of Vietnam (CPV)": the initials of the words before an acronym in
      // parentheses make an organization's acronym, not a country's code (Cape Verde's).
      if (cn == 1 && k >= 1 && k + 1 < v_.tokens.size() && v_.Tok(k - 1) == "(" &&
          v_.Tok(k + 1) == ")" && IsAllCaps(v_.Tok(k)) && InitialsBefore(k - 1, v_.Tok(k)))
        cn = 0;
      // "received Wong at the CPV headquarters" after it: so is that acronym written again.
      if (cn == 1 && IsAllCaps(v_.Tok(k)) && acronyms_.contains(std::string(v_.Tok(k)))) cn = 0;
      // "Niger State", Nigeria's: a country's name before "State" where another country has a
      // region of that name.
      if (cn > 0 && k + cn < j && v_.Tok(k + cn) == "State")
        if (const Subdivision* sub = lex_.FindSubdivisionNamedLikeCountry(v_.Phrase(k, k + cn));
            sub && sub->country_iso2 != c->iso2) {
          ++k;
          continue;  // left to the name part, a place
        }
      // "Port Sudan": so does a large city's that ends with one.
      if (cn > 0 && name_start < k)
        if (const City* city = lex_.FindCity(v_.Phrase(name_start, k + cn));
            city && city->population >= 100000) {
          ++k;
          continue;
        }
      // "Mt. Kenya", "Lake Chad": nor does one after a place's prefix, whose name it is.
      if (cn > 0 && k > name_start && lex_.IsPlacePrefix(v_.Tok(k - 1))) cn = 0;
      // "Mexico City", "Kuwait City": a city name that starts with a country name.
      if (cn > 0) {
        auto [city, cityn] = Longest(k, j, [&](std::string_view p) { return lex_.FindCity(p); });
        if (cityn > cn) {
          ++k;
          continue;  // left to the name part, which the city lookup will type
        }
      }
      // A royal title right after an office is part of the name: "Energy Minister Prince
      // Abdulaziz bin Salman" ("Sheikh" always is: "Sheikh Hasina"). A rank is not: "Supreme
      // Leader Ayatollah Ali Khamenei", "army chief General Asim Munir".
      if (tn > 0 && !t->leader && !t->head &&
          (t->canonical == "Prince" || t->canonical == "Princess") && !pieces.empty() &&
          pieces.back().kind == Piece::kTitle && pieces.back().last == k) {
        tn = 0;
      }
      // "Democratic Sen. Raphael Warnock", "Republican Gov. Brian Kemp": a US party's adjective
      // before a title names the party.
      // So does one before a given name, or a name the tagger reads as a person's: "and
      // Republican Curtis Sliwa".
      if (kk == 0 && k + 1 < j &&
          (TitleAt(k + 1, j).first ||
           (k == name_start &&
            (lex_.IsGivenName(v_.Tok(k + 1)) || TaggedAs(tagged, k + 1, j, NameClass::kPerson))))) {
        if (const KnownEntity* party =
                Is(v_.Tok(k), {"democratic", "democrat"}) ? lex_.FindKnown("Democratic Party")
                : Is(v_.Tok(k), {"republican"})           ? lex_.FindKnown("Republican Party")
                                                          : nullptr) {
          kn = party;
          kk = 1;
        }
      }
      // A country's name ending a run right after a given name is a surname: "Prime Minister
      // Luís Montenegro", "Michael Jordan".
      if (cn > 0 && k > name_start && k + cn == j && lex_.IsGivenName(v_.Tok(k - 1))) cn = 0;
      // A country's name that is a given name too, before one plain word the tagger reads
      // with it as a person's name, opens that name: "Israel Katz", "chief ELN negotiator
      // Israel Ramírez" (not "Israel Radio", "Chad Basin").
      if (cn == 1 && k == name_start && k + 2 == j && lex_.IsGivenName(v_.Tok(k)) &&
          PlainWords(k + 1, j) && !lex_.FindCity(v_.Tok(k + 1)) &&
          !lex_.IsPlaceWord(Lower(v_.Tok(k + 1))) && TaggedAs(tagged, k, j, NameClass::kPerson))
        cn = 0;
      // So is a one-word organization's name between a given name and a surname: "Abdel Fatah
      // al-Sisi" (not Fatah the party).
      if (kk == 1 && kn->type == EntityType::kOrganization && k == name_start + 1 &&
          lex_.IsGivenName(v_.Tok(k - 1)) && k + 1 < j && !IsAllCaps(v_.Tok(k)) &&
          ((StartsName(v_.Tok(k + 1)) && !IsCap(v_.Tok(k + 1))) ||
           (IsCap(v_.Tok(k + 1)) && !lex_.IsOrgWord(v_.Tok(k + 1)) && !TitleAt(k + 1, j).first &&
            !lex_.FindKnown(v_.Tok(k + 1)))))
        kk = 0;
      // So is a people's name: "UN High Commissioner for Human Rights Volker Turk".
      if (dn == 1 && k == name_start + 1 && k + dn == j && lex_.IsGivenName(v_.Tok(k - 1)) &&
          !lex_.FindDemonym(v_.Tok(k - 1)))
        dn = 0;
      // So is one after a title and one name: "Col. Xerxes Trinidad", "Judge Maria Jordan".
      if (cn > 0 && k == name_start + 1 && k + cn == j && !pieces.empty() &&
          pieces.back().kind == Piece::kTitle && pieces.back().last == name_start &&
          IsCap(v_.Tok(name_start)) && !IsAllCaps(v_.Tok(name_start)))
        cn = 0;
      // A title word ending a name is a surname: "Martin Luther King Jr.", "Billie Jean King".
      // ("The" is no name: "The President of the Republic, Mr. ...".)
      if (tn > 0 && k > name_start && !(k == name_start + 1 && Is(v_.Tok(name_start), {"the"})) &&
          (k + tn == j ||
           (k + tn + 1 == j && Is(v_.Tok(k + tn), {"jr", "jr.", "sr", "sr.", "ii", "iii"}))))
        tn = 0;
      // Nor does a title word before the head word that ends a place's or a body's name:
      // "Beledweyne General Hospital".
      if (tn > 0 && k + tn + 1 == j &&
          (lex_.IsPlaceWord(v_.Tok(k + tn)) || lex_.IsOrgWord(v_.Tok(k + tn))))
        tn = 0;
      // "Norte de Santander": a name that runs through a lower-case particle goes on past it,
      // whatever the lexicons know of the word after ("Santander" the bank).
      if (k > name_start && IsLower(v_.Tok(k - 1)) && IsNameParticle(v_.Tok(k - 1)))
        kk = cn = dn = 0;
      uint32_t best = std::max({tn, cn, kk, dn});
      if (best == 0) {
        ++k;
        continue;
      }
      // "Ukrainian Navy Acting Commander Oleksiy Neizhpapa": a word of tenure before a title
      // is the title's (TitleQualifier), no part of the name before it.
      flush(tn == best && k > name_start + 1 && IsTenureWord(v_.Tok(k - 1)) ? k - 1 : k);
      if (kk == best) {
        pieces.push_back({Piece::kKnown, k, k + kk, nullptr, nullptr, kn});
      } else if (cn == best) {
        pieces.push_back({Piece::kCountry, k, k + cn, nullptr, c});
      } else if (tn == best) {
        pieces.push_back({Piece::kTitle, k, k + tn, t});
      } else {
        pieces.push_back({Piece::kDemonym, k, k + dn, nullptr, dem});
      }
      k += best;
      name_start = k;
    }
    flush(j);

    // "Chairman of the National Assembly Tran Thanh Man", "Speaker of Parliament Nabih Berri":
    // after a title and "of", an organization's name whose head word is followed by two or more
    // words that name nothing the lexicons know is the organization, and then the holder.
    // So is a name right after the known organization or country there: "General Secretary of
    // the Communist Party of China Xi Jinping", "President of Ukraine Zelenskyy".
    for (size_t p = 0; p < pieces.size(); ++p) {
      if (((pieces[p].kind == Piece::kKnown &&
            pieces[p].known->type == EntityType::kOrganization) ||
           pieces[p].kind == Piece::kCountry) &&
          p + 2 == pieces.size() && pieces[p + 1].kind == Piece::kName &&
          pieces[p + 1].first == pieces[p].last && !IsPossessiveAt(pieces[p + 1].last) &&
          PlainWords(pieces[p + 1].first, pieces[p + 1].last) &&
          (TitledOf(pieces, p) > 0 || OfTitledOrganization(pieces, p))) {
        pieces[p + 1].holder = true;
        continue;
      }
      if (pieces[p].kind != Piece::kName || pieces[p].last - pieces[p].first < 3) continue;
      const uint32_t a = pieces[p].first, b = pieces[p].last;
      const uint32_t of = TitledOf(pieces, p);
      // "Chief of the General Intelligence Directorate Abbas Kamel", "Director General of the
      // Directorate General for Neighborhood and Enlargement Negotiations Gert-Jan Koopman": a
      // body's name, then a given name and one or two more words, is the body and its holder
      // (after a title's "of", or right after the body's head word).
      // (The body's name may be split at "for" or "and" into pieces before this one.)
      bool titled = of > 0;
      for (size_t q = 0; q < p && !titled; ++q) titled = pieces[q].kind == Piece::kTitle;
      const bool titled_body = p == 0 && TitledBodyBefore(s, a);
      // Piece `p` ends at `k`, and its holder's name is a piece of its own after it.
      auto split_holder = [&](uint32_t k) {
        pieces[p].last = k;
        if (pieces[p].first == of) ++pieces[p].first;  // "of Parliament": "Parliament"
        Piece holder{Piece::kName, k, b};
        holder.holder = true;
        pieces.insert(pieces.begin() + static_cast<std::ptrdiff_t>(p) + 1, holder);
      };
      bool split = false;
      for (uint32_t k = b - 2; k + 3 >= b && k > a + 1; --k) {
        if (!IsGivenNameLike(v_.Tok(k)) || !PlainWords(k, b) || !IsCap(v_.Tok(k - 1)) ||
            IsGivenNameLike(v_.Tok(k - 1)) || (!HasOrgWord(i, k) && !titled_body) ||
            (!titled && !titled_body && !lex_.IsOrgWord(v_.Tok(k - 1))))
          continue;
        split_holder(k);
        split = true;
        break;
      }
      if (split || of == 0) continue;
      for (uint32_t k = b - 1; k > a + 1; --k) {
        if (!IsCap(v_.Tok(k - 1)) || !lex_.IsOrgWord(v_.Tok(k - 1))) continue;
        if (b - k >= 2 && PlainWords(k, b)) split_holder(k);
        break;  // the last head word only
      }
    }
    // A demonym before an organization name belongs to it: "Russian Foreign Ministry". So does
    // a country's name before a known party of another country's name: the "Antigua and
    // Barbuda Labour Party" is not Britain's Labour Party. (Not a demonym's: the "Indonesian
    // Democratic Party of Struggle" goes on.)
    for (size_t p = 0; p + 1 < pieces.size(); ++p) {
      Piece& next = pieces[p + 1];
      if (pieces[p].kind == Piece::kCountry && next.kind == Piece::kKnown &&
          next.first == pieces[p].last && next.known->type == EntityType::kOrganization &&
          next.known->subtype == "PoliticalParty" && pieces[p].country &&
          next.known->country_iso2 != pieces[p].country->iso2 &&
          lex_.IsOrgWord(v_.Tok(next.last - 1)))
        next = Piece{Piece::kName, next.first, next.last};
      // So does a country's or a region's name before a news outlet's head word: "Egypt
      // Today", "Africa Today News" (not "Today" alone, which names nothing).
      const bool region = pieces[p].kind == Piece::kKnown &&
                          pieces[p].known->type == EntityType::kPlace &&
                          pieces[p].last == pieces[p].first + 1;
      const bool outlet = next.kind == Piece::kName && next.first == pieces[p].last &&
                          (pieces[p].kind == Piece::kCountry || region) &&
                          IsOutletHead(v_.Tok(next.last - 1)) &&
                          (v_.Tok(next.first) == "Today" || region);
      if (outlet) {
        if (region) pieces[p].kind = Piece::kCountry;
        next.outlet = true;
      }
      // ("Korean Confederation of Trade Unions": the head word before "of".)
      if ((pieces[p].kind == Piece::kDemonym || pieces[p].kind == Piece::kCountry) &&
          next.kind == Piece::kName && next.first == pieces[p].last &&
          (lex_.IsOrgWord(v_.Tok(next.last - 1)) || outlet ||
           (next.last - next.first >= 3 && lex_.IsOrgWord(v_.Tok(next.first)) &&
            v_.Tok(next.first + 1) == "of"))) {
        pieces[p + 1].first = pieces[p].first;
        pieces[p].kind = Piece::kCountry;  // still recorded as the owner (affiliation)
        pieces[p].last = pieces[p].first;  // zero-width: no separate mention
      }
    }

    // "the Christian Democrats", "the Free Democrats": a word before a known party's plural
    // short name makes a party of its own.
    for (size_t p = 0; p + 1 < pieces.size(); ++p) {
      const Piece& a = pieces[p];
      const Piece& b = pieces[p + 1];
      if (a.kind == Piece::kName && a.last == a.first + 1 && !Is(v_.Tok(a.first), {"the"}) &&
          b.kind == Piece::kKnown && b.first == a.last && b.last == b.first + 1 &&
          b.known->subtype == "PoliticalParty" && IsPartyMembers(v_.Tok(b.first))) {
        pieces[p] = Piece{Piece::kName, a.first, b.last};
        pieces.erase(pieces.begin() + static_cast<ptrdiff_t>(p) + 1);
      }
    }

    // A known organization's short name before a head word starts another organization's
    // name: the British "Labor Party" is not "Labor", the Australian Labor Party.
    for (size_t p = 0; p + 1 < pieces.size(); ++p) {
      if (pieces[p].kind == Piece::kKnown && pieces[p].known->type == EntityType::kOrganization &&
          pieces[p + 1].kind == Piece::kName && pieces[p + 1].first == pieces[p].last &&
          lex_.IsOrgWord(v_.Tok(pieces[p + 1].last - 1))) {
        pieces[p + 1].first = pieces[p].first;
        pieces.erase(pieces.begin() + static_cast<ptrdiff_t>(p));
      }
    }

    // "European Commissioner", "African Union envoy": a region's adjective alone before a
    // title names no one.
    // (One pass: pieces are in text order.)
    std::vector<Piece> kept_pieces;
    kept_pieces.reserve(pieces.size());
    // "Taliban Foreign Minister Amir Khan Muttaqi": a one-word title that is also a given name,
    // right after another title and before a name, opens the name.
    for (size_t p = 0; p < pieces.size(); ++p) {
      const Piece& pc = pieces[p];
      if (pc.kind == Piece::kName && pc.last == pc.first + 1 &&
          (IsRegionAdjective(v_.Tok(pc.first)) || Is(v_.Tok(pc.first), {"caribbean", "pacific"})) &&
          p + 1 < pieces.size() && pieces[p + 1].kind == Piece::kTitle &&
          pieces[p + 1].first == pc.last)
        continue;
      if (pc.kind == Piece::kTitle && pc.last == pc.first + 1 && pc.title && !pc.title->honorific &&
          lex_.IsGivenName(v_.Tok(pc.first)) && !kept_pieces.empty() &&
          kept_pieces.back().kind == Piece::kTitle && kept_pieces.back().last == pc.first &&
          p + 1 < pieces.size() && pieces[p + 1].kind == Piece::kName &&
          pieces[p + 1].first == pc.last && !pieces[p + 1].tagged) {
        pieces[p + 1].first = pc.first;
        continue;
      }
      kept_pieces.push_back(pc);
    }
    pieces = std::move(kept_pieces);
    JoinTaggedPieces(pieces, tagged);
    JoinTaggedPerson(s, pieces, tagged);

    int owner = -1;    // last country/org mention, owner of a following title
    int pending = -1;  // index of the title that applies to the next name part
    // A lower-case title just before the run also applies: "Armenian leader Pashinyan" (in
    // its sentence: not a heading's "Fifth president" before "Preliminary results indicate").
    if (!out_.titles.empty() && out_.titles.back().last == i && i > s.first)
      pending = static_cast<int>(out_.titles.size()) - 1;
    // So does a title whose body and its acronym come between: "General Secretary of the
    // Communist Party of Vietnam (CPV) To Lam". And one whose own acronym does: "External
    // Affairs Minister (EAM) S. Jaishankar".
    const bool bridged = pending < 0 && !out_.titles.empty() && i >= 3 && v_.Tok(i - 3) == "(" &&
                         v_.Tok(i - 1) == ")" && IsAllCaps(v_.Tok(i - 2)) &&
                         (TitleOfBodyEndingAt(i - 3) || out_.titles.back().last == i - 3);
    if (bridged) pending = static_cast<int>(out_.titles.size()) - 1;
    const Country* org_country = nullptr;  // demonym folded into the next organization name
    for (size_t p = 0; p < pieces.size(); ++p) {
      const Piece& pc = pieces[p];
      if (pc.first == pc.last) {  // zero-width owner marker from the merge above
        org_country = pc.country;
        continue;
      }
      switch (pc.kind) {
        case Piece::kTitle:
          // "Prime Minister Sir Keir Starmer": a form of address after an office keeps the
          // office, which now reaches the name.
          if (pending >= 0 && out_.titles[pending].last == pc.first && pc.title &&
              pc.title->honorific && out_.titles[pending].title &&
              !out_.titles[pending].title->honorific) {
            out_.titles[pending].last = pc.last;
            break;
          }
          out_.titles.push_back(
              {pc.first, pc.last, pc.title, IsFormer(pc.first), TitleQualifier(pc.first)});
          pending = static_cast<int>(out_.titles.size()) - 1;
          break;
        case Piece::kCountry:
          owner = Add(MakeCountry(pc.first, pc.last, pc.country, false, "lexicon-country", 0.95));
          break;
        case Piece::kDemonym:
          if (NamesALanguage(s, pc.first, pc.last) || NamesAnEthnicGroup(pc.first, pc.last)) break;
          owner = Add(MakeCountry(pc.first, pc.last, pc.country, true, "lexicon-demonym", 0.9));
          break;
        case Piece::kKnown: {
          // "the Amazon city of Belem", "the Amazon rainforest": a company's name before a
          // place's common noun names the place.
          // (Not a news outlet's: "Russia's TASS state news agency".)
          if (pc.known->type == EntityType::kOrganization && !pc.known->IsOutlet() &&
              pc.last < s.last && IsLower(v_.Tok(pc.last)) &&
              (lex_.IsPlaceWord(std::string(v_.Tok(pc.last))) ||
               Is(v_.Tok(pc.last), {"city", "town", "rainforest", "jungle", "region"}))) {
            NameMention m = Base(pc.first, pc.last, EntityType::kPlace, "known-name-place", 0.7);
            m.key = "place-core:" + m.name;
            Add(std::move(m));
            break;
          }
          // "Google Cloud", "Microsoft Azure": a company's name and one unknown word is a
          // unit of the company with a name of its own (which the tagger may read as a
          // person's: no one's surname follows a company's name so).
          // Not in a headline, where verbs are capitalized: "Rheinmetall Agrees to ...".
          if (pc.known->type == EntityType::kOrganization && pc.known->IsCompany() &&
              !title_case_ && !IsHeadlineCase(s) && p + 1 < pieces.size() &&
              pieces[p + 1].kind == Piece::kName && !pieces[p + 1].tagged &&
              pieces[p + 1].first == pc.last && pieces[p + 1].last == pc.last + 1 &&
              !lex_.IsGivenName(v_.Tok(pc.last)) && !lex_.IsStopName(v_.Tok(pc.last)) &&
              IsCap(v_.Tok(pc.last)) && !IsAllCaps(v_.Tok(pc.last))) {
            NameMention m =
                Base(pc.first, pc.last + 1, EntityType::kOrganization, "known-company-unit", 0.7);
            m.key = KeyOf(m.type, m.name);
            m.country = pc.known->country_iso2.empty() ? nullptr
                                                       : lex_.CountryByIso2(pc.known->country_iso2);
            owner = Add(std::move(m));
            ++p;
            break;
          }
          NameMention m = Base(pc.first, pc.last, pc.known->type, "lexicon-known", 0.95);
          TypeAsKnown(m, pc.known);
          if (SeatActs(s, pc.known, pc.first, pc.last)) {
            m.type = EntityType::kOrganization;
            m.subtype = "GovernmentOrganization";
            m.key = KeyOf(m.type, m.name);
          }
          const bool org = m.type == EntityType::kOrganization;
          int idx = Add(std::move(m));
          if (org) owner = idx;
          break;
        }
        case Piece::kName: {
          if (pc.holder) {
            Add(Person(pc.first, pc.last, "title-of-owner-holder", 0.8));
            pending = -1;
            break;
          }
          if (pc.outlet) {
            NameMention m = Base(pc.first, pc.last, EntityType::kOrganization, "outlet-name", 0.8);
            m.key = KeyOf(m.type, m.name);
            m.country = org_country;
            owner = Add(std::move(m));
            org_country = nullptr;
            pending = -1;
            break;
          }
          if (pc.tagged && NamesAPeople(pc.first, pc.last)) {  // "Kosovo Serbs"
            pending = -1;
            break;
          }
          if (pc.tagged) {
            // (A body's head word ends it: "the Pacific Island Forum", where "Pacific" is
            // a place of the lexicon's; not "Republic" or "Union", which end countries too.)
            const std::string_view head = v_.Tok(pc.last - 1);
            const bool body_head =
                lex_.IsOrgWord(head) &&
                !Is(head, {"republic", "union", "center", "centre", "school", "college",
                           "university", "church", "embassy", "consulate"});
            const EntityType type = (pc.tagged->cls == NameClass::kLocation &&
                                     !OrganizationOfPlace(pc.first, pc.last) && !body_head) ||
                                            PlaceHeaded(pc.first, pc.last) ||
                                            PlacePrefixed(pc.first, pc.last)
                                        ? EntityType::kPlace
                                        : EntityType::kOrganization;
            // ("... of the National People's Congress Zhao Leji": the body's head after it.)
            if (const uint32_t k =
                    type == EntityType::kOrganization ? PersonAfterBody(pc.first, pc.last) : 0) {
              owner = AddBodyAndPerson(pc.first, k, pc.last);
              org_country = nullptr;
              pending = -1;
              break;
            }
            NameMention m = Base(pc.first, pc.last, type, "tagger-joined", pc.tagged->score);
            m.key = type == EntityType::kPlace ? "place-core:" + m.name : KeyOf(type, m.name);
            const int idx = Add(std::move(m));
            if (type == EntityType::kOrganization) owner = idx;
            org_country = nullptr;
            pending = -1;
            break;
          }
          const TitleMention* t =
              pending >= 0 && (out_.titles[pending].last == pc.first || (bridged && pc.first == i))
                  ? &out_.titles[pending]
                  : nullptr;
          // A capitalized title word that opens an organization's or a place's name is no
          // title: "Major League Soccer", "Marshal Service", "King Khalid International
          // Airport".
          const bool place_named = t && PlaceHeaded(pc.first, pc.last);
          if (t && t->last - t->first == 1 && IsCap(v_.Tok(t->first)) &&
              (HasOrgWord(pc.first, pc.last) || place_named)) {
            const EntityType type = place_named ? EntityType::kPlace : EntityType::kOrganization;
            NameMention m = Base(t->first, pc.last, type,
                                 place_named ? "title-word-place" : "title-word-org", 0.75);
            m.key = place_named ? "place-core:" + m.name : KeyOf(m.type, m.name);
            out_.titles.erase(out_.titles.begin() + pending);
            const int idx = Add(std::move(m));
            if (!place_named) owner = idx;
            org_country = nullptr;
            pending = -1;
            break;
          }
          if (title_case_ && !IsAllCapsRange(pc.first, pc.last)) {
            // The whole name if the text names it so, else each word the text names.
            deferred_.push_back({pc.first, pc.last, s.first, true});
            for (uint32_t k = pc.first; pc.last - pc.first > 1 && k < pc.last; ++k)
              deferred_.push_back({k, k + 1, s.first, true});
            org_country = nullptr;
            pending = -1;
            break;
          }
          const TitleMention title_copy = t ? *t : TitleMention{};
          int idx = Classify(s, pc.first, pc.last, t ? &title_copy : nullptr, tagged);
          // "Move Forward leader Pita Limjaroenrat": a name only the tagger reads as a person's,
          // right before a head's title and its holder's name, is the body he heads.
          if (idx >= 0 && !t && out_.names[idx].type == EntityType::kPerson &&
              out_.names[idx].rule.starts_with("tagger") && !lex_.IsGivenName(v_.Tok(pc.first)) &&
              p + 1 == pieces.size() && HeadTitleAndHolderAt(pc.last, s.last)) {
            NameMention& m = out_.names[idx];
            m.type = EntityType::kOrganization;
            m.rule = "name-before-head-title";
            m.key = KeyOf(m.type, m.name);
            owner = idx;
          }
          if (idx >= 0 && t && out_.names[idx].type == EntityType::kPerson) {
            NameMention& m = out_.names[idx];
            if (title_copy.title && !title_copy.former) m.title = title_copy.title->canonical;
            m.leader = !title_copy.former && (title_copy.title ? title_copy.title->leader : true);
            m.owner = OwnerBefore(title_copy.first, s.first, owner);
          }
          if (idx >= 0 && org_country && out_.names[idx].type == EntityType::kOrganization)
            out_.names[idx].country = org_country;
          org_country = nullptr;
          pending = -1;
          break;
        }
      }
    }
  }

  // True if a lower-case title of a head and a capitalized name start at token `k` of a
  // sentence ending at `end`: "leader Pita Limjaroenrat".
  bool HeadTitleAndHolderAt(uint32_t k, uint32_t end) const {
    if (k >= end || !IsLower(v_.Tok(k))) return false;
    const auto [title, n] = TitleAt(k, end);
    return title && title->head && !title->honorific && k + n < end && IsCap(v_.Tok(k + n)) &&
           !IsAllCaps(v_.Tok(k + n));
  }

  // The "of" of a title right before piece `p` ("Chairman of the National Assembly", "of"
  // and "the" between), or "to" before a country an envoy is sent to ("Ambassador to
  // Vietnam"); 0 if none.
  uint32_t TitledOf(const std::vector<Piece>& pieces, size_t p) const {
    const uint32_t a = pieces[p].first;
    uint32_t of = a;  // the "of" after the title
    if (v_.Tok(a) != "of") {
      of = a >= 2 && v_.Tok(a - 1) == "the" ? a - 2 : a - 1;
      if (of < 1 || of >= a ||
          !(v_.Tok(of) == "of" || (v_.Tok(of) == "to" && pieces[p].kind == Piece::kCountry)))
        return 0;
    }
    bool titled = p > 0 && pieces[p - 1].kind == Piece::kTitle && pieces[p - 1].last == of;
    for (uint32_t t = of > 4 ? of - 4 : 0; t < of && !titled; ++t)
      titled = TitleAt(t, of).second == of - t;
    return titled ? of : 0;
  }

  // True if piece `p` follows "of" after an organization that follows a title's "of": "Chairman
  // of the Presidential Office of Viet Nam".
  bool OfTitledOrganization(const std::vector<Piece>& pieces, size_t p) const {
    if (p == 0 || pieces[p].kind != Piece::kCountry) return false;
    const Piece& org = pieces[p - 1];
    return org.last + 1 == pieces[p].first && v_.Tok(org.last) == "of" &&
           (org.kind == Piece::kName || org.kind == Piece::kKnown) &&
           HasOrgWord(org.first, org.last) && TitledOf(pieces, p - 1) > 0;
  }

  // True for the plural of a one-word title of office: "Presidents", "Senators", "Kings"; with
  // `before`, of the two-word title that word opens: "Vice" "Presidents".
  bool IsPluralTitle(std::string_view w, std::string_view before = {}) const {
    if (w.size() < 4 || w.back() != 's' || !IsCap(w)) return false;
    std::string one(w.substr(0, w.size() - 1));
    if (!before.empty()) one = std::string(before) + " " + one;
    const Title* t = lex_.FindTitle(one);
    return t && t->leader && !t->honorific;
  }

  // True if the words before token `paren` ("(") are a treaty's or a document's name whose
  // initials spell `acronym`: "\"Trade and Cooperation Agreement\" (TCA".
  bool AcronymOfDocumentBefore(uint32_t paren, std::string_view acronym) const {
    uint32_t k = paren;
    while (k > 0 && Is(v_.Tok(k - 1), {"\"", "\u201D", "'", "\u2019"})) --k;
    if (k == 0 || !IsDocumentOrAwardHead(v_.Tok(k - 1))) return false;
    std::string initials;
    uint32_t opening = k;
    for (uint32_t j = k; j > 0 && j + 8 > k && initials.size() < acronym.size(); --j) {
      const std::string_view w = v_.Tok(j - 1);
      if (Is(w, {"and", "of", "the", "for", "on", "&"})) continue;
      if (!IsCap(w)) break;
      initials.insert(initials.begin(), w.front());
      opening = j - 1;
    }
    // (Not a government named for an accord: "the Government of National Accord (GNA)".)
    if (opening + 1 < k && lex_.IsOrgWord(v_.Tok(opening)) && v_.Tok(opening + 1) == "of")
      return false;
    return initials == acronym;
  }

  // "Republic Day", "Independence Day", "the Days of Rage", "the Day of Interculturality and
  // Plurinationality": an observance's name names no entity. When [first, last) ends in "Day",
  // returns the end of the name: `last`, or past "of" and the capitalized words after it (with
  // "and", "of" and "the" between them, before `limit`). Else, or for "Doris Day", a person,
  // returns `first`.
  uint32_t ObservanceEnd(uint32_t first, uint32_t last, uint32_t limit) const {
    if (!Is(v_.Tok(last - 1), {"day", "days"}) || !IsCap(v_.Tok(last - 1))) return first;
    if (last + 1 < limit && v_.Tok(last) == "of" && IsCap(v_.Tok(last + 1))) {
      uint32_t k = last + 1;
      while (k < limit &&
             (IsCap(v_.Tok(k)) ||
              (k + 1 < limit && Is(v_.Tok(k), {"and", "of", "the"}) && IsCap(v_.Tok(k + 1)))))
        ++k;
      return k;
    }
    return last - first >= 2 && !lex_.IsGivenName(v_.Tok(last - 2)) &&
                   !lex_.FindKnown(v_.Phrase(first, last))
               ? last
               : first;
  }

  // True if the tagger's span [first, last) names an observance: it ends in "Day" (ObservanceEnd),
  // or opens with "Day of" ("the Day of Interculturality and Plurinationality").
  // True if [first, last) names a world war ("World War Two", "World War II"): an event of
  // history, no place or body.
  bool NamesAWorldWar(uint32_t first, uint32_t last) const {
    return last - first >= 2 && Is(v_.Tok(first), {"world"}) && Is(v_.Tok(first + 1), {"war"});
  }

  bool NamesAnObservance(uint32_t first, uint32_t last) const {
    if (ObservanceEnd(first, last, last) > first) return true;
    const uint32_t day = first + (Is(v_.Tok(first), {"the"}) ? 1 : 0);
    return day + 1 < last && ObservanceEnd(first, day + 1, last) > day + 1;
  }

  // True if [first, last) names a policy by its slogan: "an “India First” policy", "the
  // America First agenda" (a name that ends in "First" before a policy's noun, past a closing
  // quote).
  bool NamesAPolicy(uint32_t first, uint32_t last) const {
    if (last - first < 2 || v_.Tok(last - 1) != "First") return false;
    uint32_t k = last;
    if (k < v_.tokens.size() && Is(v_.Tok(k), {"\u201d", "'", "\"", "\u2019"})) ++k;
    return k < v_.tokens.size() && Is(v_.Tok(k), {"policy", "policies", "agenda", "strategy",
                                                  "doctrine", "approach", "movement", "platform"});
  }

  // True if [first, last) is the subject of a document named before it, no lexicon's name:
  // "the MoU on Economic and Technical Cooperation".
  bool NamesADocumentsSubject(uint32_t sentence_first, uint32_t first, uint32_t last) const {
    if (first < sentence_first + 2 || v_.Tok(first - 1) != "on" ||
        !Is(v_.Tok(first - 2), {"mou", "mous", "memorandum", "memoranda", "agreement", "agreements",
                                "accord", "treaty", "pact", "protocol", "convention"}) ||
        IsAllCaps(v_.Tok(first)) || lex_.IsGivenName(v_.Tok(first)))
      return false;
    const std::string phrase = v_.Phrase(first, last);
    return !lex_.FindKnown(phrase) && !lex_.FindCountry(phrase) && !lex_.FindCity(phrase) &&
           !lex_.FindSubdivision(phrase) && !lex_.FindDemonym(phrase);
  }

  // True if [first, last) is a military operation's or a ship's name, none of a place, a
  // person or an organization: "Operation Sindoor", "the BRP Sierra Madre", "USS Gerald R.
  // Ford", "MV Torm Thor" (the writers list ships as no entity).
  bool NamesAnOperationOrShip(uint32_t first, uint32_t last) const {
    if (last - first >= 2 &&
        (v_.Tok(first) == "Operation" ||
         Is(v_.Tok(first), {"uss", "hms", "brp", "hmas", "hmcs", "ins", "pns", "rfs"}) ||
         // A merchant vessel's, in capitals only ("Mt Kenya", "Ms Sandu" are none).
         v_.Tok(first) == "MV" || v_.Tok(first) == "MT") &&
        IsCap(v_.Tok(first + 1)) && !lex_.FindKnown(v_.Phrase(first, last)))
      return true;
    // A ship's name after its kind: "the commercial ship Transworld Navigator", "the tanker
    // Sounion", "the aircraft carrier Charles de Gaulle" (not "the carrier Vietnam Airlines");
    // or before it, after "the": "the Shorthorn Express ship" (not "the China Coast Guard
    // vessel", an organization's, nor "the Philippine vessel").
    auto ship = [](std::string_view w) {
      return Is(w, {"ship", "vessel", "tanker", "freighter", "warship", "destroyer", "frigate",
                    "yacht", "cruiser", "trawler"});
    };
    const bool after =
        first > 0 && IsLower(v_.Tok(first - 1)) &&
        (ship(v_.Tok(first - 1)) || (v_.Tok(first - 1) == "carrier" && first > 1 &&
                                     Is(v_.Tok(first - 2), {"aircraft", "helicopter"})));
    const bool before = !after && first > 0 && v_.Tok(first - 1) == "the" &&
                        last < v_.tokens.size() && IsLower(v_.Tok(last)) && ship(v_.Tok(last));
    if (!after && !before) return false;
    const std::string phrase = v_.Phrase(first, last);
    if (lex_.FindKnown(phrase) || lex_.FindCountry(phrase) || lex_.FindDemonym(v_.Tok(first)) ||
        lex_.FindCity(phrase) || lex_.FindSubdivision(phrase))
      return false;
    for (uint32_t k = first; k < last; ++k)
      if (!IsCap(v_.Tok(k)) && !Is(v_.Tok(k), {"de", "of", "la", "al", "el"})) return false;
    // (Nor a body's acronym: "the BFAR vessel".)
    return before ? !HasOrgWord(first, last) && !IsAllCapsRange(first, last) : true;
  }

  // True if [first, last) ends in a title's plural and holds no "of": "The Defense Ministers",
  // "Prime Ministers", "Annual Leaders".
  bool PluralTitleEnds(uint32_t first, uint32_t last) const {
    if (!IsPluralTitle(v_.Tok(last - 1))) return false;
    for (uint32_t k = first; k < last; ++k)
      if (v_.Tok(k) == "of") return false;
    return true;
  }

  // True if token `k` is a possessive ending ("'s").
  bool IsPossessiveAt(uint32_t k) const { return k < v_.tokens.size() && IsPossessive(v_.Tok(k)); }

  // The token where a person's name starts in [first, last) after a body's name, or 0 if none:
  // "President of Russian Railways Oleg Belozyorov", "chairman of Reliance Industries Mukesh
  // Ambani" (a head word, then a given name and a surname); "member of the Council of
  // Ministers Adel al-Jubeir" (a body "of" something, then a given name and a surname, which
  // may have a particle).
  uint32_t PersonAfterBody(uint32_t first, uint32_t last) const {
    const bool body_of =
        last - first >= 4 && lex_.IsOrgWord(v_.Tok(first)) && v_.Tok(first + 1) == "of";
    auto surname = [&](uint32_t from) {
      for (uint32_t q = from; q < last; ++q) {
        const std::string_view w = v_.Tok(q);
        if (IsNameParticle(w) && q + 1 < last) continue;
        if (const std::string_view core = WithoutGluedParticle(w); core != w) {
          if (!IsCap(core)) return false;
        } else if (!PlainWords(q, q + 1)) {
          return false;
        }
      }
      return true;
    };
    for (uint32_t k = first + 1; k + 1 < last; ++k)
      if (IsCap(v_.Tok(k - 1)) && lex_.IsGivenName(v_.Tok(k)) &&
          ((lex_.IsOrgWord(v_.Tok(k - 1)) && PlainWords(k, last)) ||
           (body_of && k >= first + 3 && PlainWords(k, k + 1) && surname(k + 1))))
        return k;
    // "chairman of the Standing Committee of the National People's Congress Zhao Leji": after
    // a head's title "of" a body, two short plain words after the body's head word are its
    // head's name, written family name first (no given name opens it).
    if (last - first >= 4 && lex_.IsOrgWord(v_.Tok(last - 3)) && PlainWords(last - 2, last) &&
        v_.Tok(last - 2).size() <= 7 && v_.Tok(last - 1).size() <= 7 && HeadsTitleBefore(first))
      return last - 2;
    return 0;
  }

  // True if a lower-case head's title comes in the dozen words before token `first`, "of" a
  // body: "chairman of the Standing Committee of the".
  bool HeadsTitleBefore(uint32_t first) const {
    for (uint32_t k = first; k > 0 && k + 12 > first; --k) {
      const std::string_view w = v_.Tok(k - 1);
      if (Is(w, {".", ";", ":", "(", ")"})) return false;
      if (IsLower(w) &&
          Is(w, {"chairman", "chairwoman", "chairperson", "head", "leader", "president", "speaker",
                 "director", "chief", "governor", "secretary"}))
        return k < first && v_.Tok(k) == "of";
    }
    return false;
  }

  // Adds the body [first, k) and the person [k, last) PersonAfterBody found; returns the
  // body's mention.
  int AddBodyAndPerson(uint32_t first, uint32_t k, uint32_t last) {
    NameMention m = Base(first, k, EntityType::kOrganization, "org-head-word", 0.8);
    m.key = KeyOf(m.type, v_.Phrase(first, k));
    const int org = Add(std::move(m));
    Add(Person(k, last, "given-name-after-body", 0.75));
    return org;
  }

  // True if every word of [first, last) is capitalized (not in capitals) and names nothing the
  // lexicons know.
  bool PlainWords(uint32_t first, uint32_t last) const {
    for (uint32_t q = first; q < last; ++q) {
      const std::string_view w = v_.Tok(q);
      if (!IsCap(w) || IsAllCaps(w) || lex_.IsOrgWord(w) || lex_.FindKnown(w) ||
          lex_.FindCountry(w) || lex_.FindDemonym(w))
        return false;
    }
    return true;
  }

  // True if [first, last) is a word that starts no name (no article, no point of the compass)
  // and one word that names a body the lexicon knows: "the Islamist Ennahda". ("Christian
  // Democratic Party", "Western Tigray" and "The Democrats" are names.)
  bool DescribesOneWordBody(uint32_t first, uint32_t last) const {
    if (last != first + 2) return false;
    const std::string_view w = v_.Tok(first);
    if (!lex_.IsStopName(w) || Is(w, {"the", "a", "an"}) || IsCompassWord(Lower(w))) return false;
    const KnownEntity* k = lex_.FindKnown(v_.Tok(first + 1));
    return k && k->type == EntityType::kOrganization;
  }

  // The tagger joins what the lexicons split: "Al Aqsa Martyrs Brigades" (the known place "Al
  // Aqsa", then "Martyrs Brigades"). A confident place or organization span that is exactly two
  // or more pieces, none of them a title, becomes one name of the tagger's type.
  // Nor where a piece after the first opens with a given name: "Republican Curtis Sliwa".
  void JoinTaggedPieces(std::vector<Piece>& pieces, const std::vector<NameSpan>& tagged) const {
    for (const NameSpan& t : tagged) {
      if (t.score < kMinTaggerJoinScore ||
          (t.cls != NameClass::kLocation && t.cls != NameClass::kOrganization))
        continue;
      size_t p = 0;
      while (p < pieces.size() && pieces[p].first < t.first) ++p;
      if (p == pieces.size() || pieces[p].first != t.first) continue;
      size_t q = p, parts = 0;
      bool blocked = false;
      for (; q < pieces.size() && pieces[q].last <= t.last; ++q) {
        parts += pieces[q].first < pieces[q].last;
        blocked = blocked || pieces[q].kind == Piece::kTitle || pieces[q].holder ||
                  (q > p && pieces[q].kind == Piece::kName && pieces[q].first < pieces[q].last &&
                   lex_.IsGivenName(v_.Tok(pieces[q].first)));
      }
      // "The United Nations Libya mission": a body the lexicon knows (not a company, which may
      // name a branch so: "Hyundai Motor India") and a country after it stay two.
      if (q == p + 2 && pieces[p].kind == Piece::kKnown && pieces[p].known &&
          pieces[p].known->type == EntityType::kOrganization && !pieces[p].known->IsCompany() &&
          !pieces[p].known->IsOutlet() && pieces[p + 1].kind == Piece::kCountry)
        blocked = true;
      // "The Ministry of Defence said": a sentence's opening article and a known name of two
      // words or more (one word may take the article: "The Democrats", Benin's party).
      // Nor a country after it ("WELLINGTON: The Cook Islands says").
      // (Nor a known place of one word: "“The Kremlin believes".)
      if (q == p + 2 && pieces[p].last == pieces[p].first + 1 &&
          Is(v_.Tok(pieces[p].first), {"the"}) &&
          ((pieces[p + 1].kind == Piece::kKnown &&
            (pieces[p + 1].last >= pieces[p + 1].first + 2 ||
             (pieces[p + 1].known && pieces[p + 1].known->type == EntityType::kPlace))) ||
           pieces[p + 1].kind == Piece::kCountry))
        blocked = true;
      // "ICE Officers": nor does a body and the plural of its people.
      if (q >= p + 2 && pieces[q - 1].last == pieces[q - 1].first + 1 &&
          IsPeoplePlural(v_.Tok(pieces[q - 1].first)))
        blocked = true;
      // "Borno state - Suspected Boko Haram terrorists", "the Islamist Ennahda": nor does a
      // participle or another word that starts no name.
      if (q >= p + 2 && pieces[p].last == pieces[p].first + 1 &&
          (IsStopParticiple(v_.Tok(pieces[p].first)) ||
           DescribesOneWordBody(pieces[p].first, t.last)) &&
          pieces[p + 1].kind == Piece::kKnown)
        blocked = true;
      // "the China Australia relationship": countries side by side stay countries.
      if (q >= p + 2 && std::all_of(pieces.begin() + static_cast<ptrdiff_t>(p),
                                    pieces.begin() + static_cast<ptrdiff_t>(q),
                                    [](const Piece& c) { return c.kind == Piece::kCountry; }))
        blocked = true;
      if (q == p || pieces[q - 1].last != t.last || parts < 2 || blocked) continue;
      pieces[p] = Piece{Piece::kName, t.first, t.last};
      pieces[p].tagged = &t;
      pieces.erase(pieces.begin() + static_cast<ptrdiff_t>(p) + 1,
                   pieces.begin() + static_cast<ptrdiff_t>(q));
    }
  }

  // True if `w` is a participle the lexicon lists as starting no name: "Suspected", "Alleged",
  // "Jailed".
  bool IsStopParticiple(std::string_view w) const {
    return w.size() > 4 && w.ends_with("ed") && lex_.IsStopName(w);
  }

  // True if a word of [first, last) is an organization head word ("League", "Party").
  // True if the words before token `first` are a title, "of" and a body's name that goes on
  // through "for" or "and" up to `first`: "Director General of the Directorate General for
  // Neighborhood and" before "Enlargement Negotiations".
  bool TitledBodyBefore(const nlp::Sentence& s, uint32_t first) const {
    if (first <= s.first || !Is(v_.Tok(first - 1), {"for", "and", "&"})) return false;
    bool body = false;
    for (uint32_t k = first - 1; k > s.first && first - k < 12; --k) {
      const std::string_view w = v_.Tok(k - 1);
      if (lex_.IsOrgWord(w) && IsCap(w)) body = true;
      if (w == "of" && body)
        for (uint32_t t = k - 1 > s.first + 4 ? k - 5 : s.first; t + 1 < k; ++t)
          if (TitleAt(t, k - 1).second == k - 1 - t) return true;
      if (!IsCap(w) && !Is(w, {"for", "and", "&", "of", "the"})) return false;
    }
    return false;
  }

  // True if `w` is a given name the lexicon knows, or two joined by a hyphen of which it knows
  // one: "Abbas", "Gert-Jan", "Jean-Pierre".
  bool IsGivenNameLike(std::string_view w) const {
    if (lex_.IsGivenName(w)) return true;
    const size_t dash = w.find('-');
    if (dash == std::string_view::npos || dash == 0 || dash + 1 >= w.size() ||
        w.find('-', dash + 1) != std::string_view::npos || !IsCap(w.substr(dash + 1)))
      return false;
    return lex_.IsGivenName(w.substr(0, dash)) || lex_.IsGivenName(w.substr(dash + 1));
  }

  bool HasOrgWord(uint32_t first, uint32_t last) const {
    for (uint32_t k = first; k < last; ++k)
      if (lex_.IsOrgWord(v_.Tok(k))) return true;
    return false;
  }

  // A given name before a known organization or place is a person's name where the tagger reads
  // one: "Henry Ford", "Robert Ford", or where a title comes first: "Ontario Premier Doug
  // Ford". The joined piece is a name for the rules to classify (a given name and more words
  // make a person).
  //
  // So is a known name between a title and a name, where the tagger (if loaded) reads a person:
  // "Foreign Minister Ararat Mirzoyan" (not Mount Ararat).
  void JoinTaggedPerson(const nlp::Sentence& s, std::vector<Piece>& pieces,
                        const std::vector<NameSpan>& tagged) const {
    auto tagged_person = [&](uint32_t first, uint32_t last) {
      return std::any_of(tagged.begin(), tagged.end(), [&](const NameSpan& t) {
        return t.cls == NameClass::kPerson && t.score >= kMinTaggerJoinScore && t.first <= first &&
               t.last == last;
      });
    };
    for (size_t p = 0; p + 1 < pieces.size(); ++p) {
      const Piece& a = pieces[p];
      const Piece& b = pieces[p + 1];
      if (b.first != a.last) continue;
      // (Or the title and a comma before the run: "His foreign minister, Ararat Mirzoyan,".)
      const bool titled =
          (p > 0 && pieces[p - 1].kind == Piece::kTitle && pieces[p - 1].last == a.first) ||
          (p == 0 && a.first >= 2 && v_.Tok(a.first - 1) == "," && !out_.titles.empty() &&
           (out_.titles.back().last + 1 == a.first || ClosesTitleOfOwner(a.first - 1, s.first)));
      const bool given_then_known =
          a.kind == Piece::kName && !a.tagged && b.kind == Piece::kKnown &&
          ((lex_.IsGivenName(v_.Tok(a.first)) && tagged_person(a.first, b.last)) ||
           (titled && a.last == a.first + 1 && b.last == b.first + 1));
      const bool titled_known = titled && (a.kind == Piece::kKnown || a.kind == Piece::kCountry) &&
                                b.kind == Piece::kName && !b.tagged &&
                                (!tagger_ || tagged_person(a.first, b.last));
      // "lawyer Duma Boko": a one-word short form of a known body's name ("Duma", the State
      // Duma's) before a word no lexicon knows opens a name the tagger reads as a person's.
      const bool alias_then_name = tagger_ && a.kind == Piece::kKnown && a.last == a.first + 1 &&
                                   a.known && a.known->type == EntityType::kOrganization &&
                                   Lower(a.known->name) != Lower(v_.Tok(a.first)) &&
                                   !IsAllCaps(v_.Tok(a.first)) && b.kind == Piece::kName &&
                                   !b.tagged && b.last == b.first + 1 &&
                                   tagged_person(a.first, b.last);
      // "his Congolese counterpart Therese Kayikwamba Wagner": a one-word short form of a
      // known body's name ("Wagner", the Wagner Group's) ends a name of two words or more that
      // opens with a given name.
      const bool named_then_alias = a.kind == Piece::kName && !a.tagged && a.last >= a.first + 2 &&
                                    lex_.IsGivenName(v_.Tok(a.first)) && b.kind == Piece::kKnown &&
                                    b.last == b.first + 1 && b.known &&
                                    b.known->type == EntityType::kOrganization &&
                                    Lower(b.known->name) != Lower(v_.Tok(b.first)) &&
                                    !IsAllCaps(v_.Tok(b.first)) && !lex_.IsOrgWord(v_.Tok(b.first));
      if (!given_then_known && !titled_known && !alias_then_name && !named_then_alias) continue;
      pieces[p] = Piece{Piece::kName, a.first, b.last};
      pieces.erase(pieces.begin() + static_cast<ptrdiff_t>(p) + 1);
    }
  }

  // Finds the owner of a title starting at token `title_first`: a country, demonym or
  // organization mention right before it ("Russia's President", "Russian President", "NATO
  // Secretary-General"), possibly already found in this run (`run_owner`).
  // (Never across the sentence's start: "... photo. Reuters\nInterim leader Muhammad Yunus" is
  // no leader of Reuters.)
  int OwnerBefore(uint32_t title_first, uint32_t sentence_first, int run_owner) const {
    uint32_t k = title_first;
    // "Argentine Presidential Spokesman Manuel Adorni": a word of the office before it.
    if (k > sentence_first + 1 && !TitleQualifierWord(v_.Tok(k - 1)).empty()) --k;
    // "Britain's new Prime Minister", "Russia's former President", "former Soviet President".
    if (k > 0 && Is(v_.Tok(k - 1), {"former", "late", "then", "ex", "new", "current", "incoming",
                                    "interim", "acting", "outgoing"}))
      --k;
    // "the FPOe's sharp-tongued leader Herbert Kickl", "Poland's combative new president": up
    // to two words that describe the holder.
    for (uint32_t b = k, n = 0; b > sentence_first + 1 && n < 2 && IsDescribingWord(v_.Tok(b - 1));
         --b, ++n)
      if (IsPossessive(v_.Tok(b - 2))) {
        k = b - 1;
        break;
      }
    if (k > 0 && IsPossessive(v_.Tok(k - 1))) --k;
    if (k > 0 && Is(v_.Tok(k - 1), {"former", "late", "then", "ex"})) --k;
    // "Kuomintang (KMT) Chairman Eric Chu": an organization's short form between them.
    const bool short_form = k >= sentence_first + 4 && v_.Tok(k - 1) == ")" &&
                            v_.Tok(k - 3) == "(" && v_.Tok(k - 2).size() >= 2 &&
                            IsAllCaps(v_.Tok(k - 2));
    if (short_form) k -= 3;
    if (k <= sentence_first) return -1;
    // "ELN guerrilla leader Antonio Garcia", "Shabaab militant leader Ahmed Diriye": a group's
    // name, the noun of its fighters and the title: the group's. ("rebel" is a qualifier.)
    if (!short_form && k > sentence_first + 1 &&
        Is(v_.Tok(k - 1), {"guerrilla", "militant", "militia", "insurgent", "jihadist"}))
      for (int n = static_cast<int>(out_.names.size()) - 1; n >= 0; --n) {
        const NameMention& m = out_.names[n];
        if (m.last == k - 1 && m.type == EntityType::kOrganization) return n;
        if (m.last < k - 1) break;
      }
    for (int n = static_cast<int>(out_.names.size()) - 1; n >= 0; --n) {
      const NameMention& m = out_.names[n];
      if (m.last == k && (m.type == EntityType::kOrganization ||
                          (m.type == EntityType::kCountry && !short_form))) {
        // "Canada-U.S. Trade Minister Dominic LeBlanc": of a pair in one word, the first is
        // his own.
        if (m.type == EntityType::kCountry && n > 0 && out_.names[n - 1].first == m.first &&
            out_.names[n - 1].last == m.last && out_.names[n - 1].type == EntityType::kCountry)
          return n - 1;
        return n;
      }
      if (m.last < k) break;
    }
    if (run_owner >= 0 && out_.names[run_owner].last == k) return run_owner;
    return -1;
  }

  // Removes the mentions a tagger span replaced; an owner among them passes ownership to the
  // replacing mention.
  // "Galatasaray beat Fenerbahce 2-1", "victory against Villarreal": in a sports report a
  // place (not a country: a national team stays its country) that beats or is beaten is a
  // club, in every mention of it.
  void ClubsNamedAsPlaces() {
    std::unordered_set<std::string> clubs;
    for (const NameMention& m : out_.names) {
      if (m.type != EntityType::kPlace || m.via_capital) continue;
      const bool acts = m.last < v_.tokens.size() &&
                        Is(v_.Tok(m.last), {"beat", "beats", "defeated", "thrashed", "edged",
                                            "routed", "drew", "hammered", "stunned"});
      const bool undergoes =
          m.first > 0 && Is(v_.Tok(m.first - 1),
                            {"beat", "beating", "defeated", "defeating", "against", "thrashed"});
      if ((acts || undergoes) && SportsStory()) clubs.insert(m.key);
    }
    if (clubs.empty()) return;
    for (NameMention& m : out_.names) {
      if (m.type != EntityType::kPlace || !clubs.contains(m.key)) continue;
      m.type = EntityType::kOrganization;
      m.subtype = "SportsTeam";
      m.key = KeyOf(EntityType::kOrganization, m.name);
      m.city = nullptr;
      m.known = nullptr;
      m.rule = "sports-club";
    }
  }

  // The text of tokens [first, last) as written ("El Fasher"), a view of the document.
  std::string_view WrittenText(uint32_t first, uint32_t last) const {
    const uint32_t begin = v_.tokens[first].span.begin;
    return v_.text.substr(begin, v_.tokens[last - 1].span.end - begin);
  }
  // The text of a mention as written ("Fasher", where the name lost its particle).
  std::string_view Written(const NameMention& m) const {
    return v_.text.substr(m.span.begin, m.span.end - m.span.begin);
  }

  // "from Belgrade, Kragujevac and Novi Pazar": a name of several words the tagger alone made
  // a person, listed right after a place or before one, that the gazetteer knows as a city, is
  // that city; one word last in a list of places is a place (below).
  void NamesListedWithPlaces() {
    // Places by their first and last tokens (the mentions are not all in text order yet).
    std::unordered_set<uint32_t> place_first, place_last;
    std::unordered_map<uint32_t, uint32_t> first_of_place_at;  // last token -> first token
    for (const NameMention& o : out_.names)
      if (o.type == EntityType::kPlace || o.type == EntityType::kCountry) {
        place_first.insert(o.first);
        place_last.insert(o.last);
        if (o.type == EntityType::kPlace) first_of_place_at.emplace(o.last, o.first);
      }
    // The number of places listed right before token `k`: "in Kericho, Kisumu, Migori, Bungoma
    // and" has four.
    auto places_listed_before = [&](uint32_t k) {
      int n = 0;
      while (k >= 2 && Is(v_.Tok(k - 1), {",", "and"})) {
        const auto it = first_of_place_at.find(k - 1);
        if (it == first_of_place_at.end()) break;
        ++n;
        k = it->second;
      }
      return n;
    };
    for (NameMention& m : out_.names) {
      if (m.type != EntityType::kPerson || !m.rule.starts_with("tagger") || m.last - m.first < 2 ||
          m.first == 0)
        continue;
      const bool after_place =
          Is(v_.Tok(m.first - 1), {",", "and", "or"}) && place_last.count(m.first - 1);
      const bool before_place = m.last + 1 < v_.tokens.size() &&
                                Is(v_.Tok(m.last), {",", "and", "or"}) &&
                                place_first.count(m.last + 1);
      if (!after_place && !before_place) continue;
      const City* city = lex_.FindCity(v_.Phrase(m.first, m.last));
      if (!city) continue;
      m.type = EntityType::kPlace;
      TypeAsCity(m, city);
      m.leader = false;
      m.rule = "tagger-person-listed-city";
    }
    // "Protesters in Kericho, Kisumu, Migori, Bungoma and Kakamega": one word the tagger alone
    // made a person, last in a list of three or more places, is a place the gazetteers do not
    // know; not a given name, nor a person's surname.
    for (NameMention& m : out_.names) {
      if (m.type != EntityType::kPerson || !m.rule.starts_with("tagger") || m.last - m.first != 1 ||
          m.first < 2 || v_.Tok(m.first - 1) != "and" || places_listed_before(m.first) < 3 ||
          lex_.IsGivenName(v_.Tok(m.first)) || IsPersonSurname(v_.Tok(m.first)))
        continue;
      m.type = EntityType::kPlace;
      m.key = KeyOf(EntityType::kPlace, m.name);
      m.leader = false;
      m.rule = "tagger-person-listed-place";
    }
  }

  // "backed by the Civic Coalition, the Third Way and the New Left": a name no gazetteer
  // knows, typed a place by its words alone, listed with two organizations or more (each
  // after "the"), is an organization too.
  void PlacesListedWithBodies() {
    std::vector<int> at;  // the mention at each token, once a place may need it
    // The organization mention that starts at token `k` (or, with `ending`, ends before it).
    auto body = [&](uint32_t k, bool ending) {
      const int b = ending ? (k > 0 ? at[k - 1] : -1) : at[k];
      if (b < 0) return -1;
      const NameMention& o = out_.names[b];
      return o.type == EntityType::kOrganization && (ending ? o.last == k : o.first == k) ? b : -1;
    };
    for (NameMention& m : out_.names) {
      if (m.type != EntityType::kPlace || m.city || m.known || !m.subtype.empty() ||
          m.via_demonym || m.first < 3 || v_.Tok(m.first - 1) != "the")
        continue;
      if (at.empty()) at = MentionAtEachToken();
      int listed = 0;
      // Before it: "the Civic Coalition, the Third Way and the".
      for (uint32_t k = m.first - 1; k >= 2 && Is(v_.Tok(k - 1), {",", "and", "or"});) {
        const int b = body(k - 1, true);
        if (b < 0) break;
        ++listed;
        k = out_.names[b].first;
        if (k == 0 || v_.Tok(k - 1) != "the") break;
        --k;
      }
      // After it: "the New Left, the Civic Coalition and the Third Way".
      for (uint32_t k = m.last; k + 2 < v_.tokens.size() && Is(v_.Tok(k), {",", "and", "or"}) &&
                                v_.Tok(k + 1) == "the";) {
        const int b = body(k + 2, false);
        if (b < 0) break;
        ++listed;
        k = out_.names[b].last;
      }
      if (listed < 2 || lex_.FindSubdivision(m.name)) continue;
      m.type = EntityType::kOrganization;
      m.key = KeyOf(EntityType::kOrganization, m.name);
      m.rule = "place-listed-with-bodies";
    }
  }

  // "Sudan's RSF seizes El Fasher", "control of El Fasher, the army's last stronghold" read by
  // the tagger as a person, and "killings of civilians in El Fasher" read as a place: a name
  // the tagger alone made a person (or a located organization) is the place found so written
  // elsewhere.
  void TaggedNamesWrittenAsPlaces() {
    // Views of the document's text: no copy per mention, as this runs on every document.
    std::unordered_map<std::string_view, size_t> place_of;  // written name -> a place
    for (size_t n = 0; n < out_.names.size(); ++n) {
      const NameMention& m = out_.names[n];
      if (m.type != EntityType::kPlace || m.last <= m.first || m.rule == "tagger") continue;
      place_of.emplace(Written(m), n);
      // The person's name lost the particle: "Fasher" of "El Fasher".
      if (m.last - m.first >= 2 && IsNameParticle(v_.Tok(m.first)))
        place_of.emplace(WrittenText(m.first + 1, m.last), n);
    }
    NamesListedWithPlaces();
    PlacesListedWithBodies();
    if (place_of.empty()) return;
    // "The resistance committee in El Fasher, a non-governmental group," after "in El Fasher,
    // the capital of North Darfur State": so is an organization the tagger alone typed, or an
    // apposition after it, after "in", "at" or "near" (the apposition is the committee's).
    const auto retyped = [&](const NameMention& m) {
      if (m.type == EntityType::kPerson) return m.rule.starts_with("tagger");
      return m.type == EntityType::kOrganization &&
             (m.rule.starts_with("tagger") || m.rule == "body-apposition") && !m.known &&
             m.subtype.empty() && m.first > 0 && Is(v_.Tok(m.first - 1), {"in", "at", "near"});
    };
    // Not where the rules found a person or an organization so written ("Russian President
    // Putin" ... "meeting Putin hosted"), nor from a place the tagger alone typed with less
    // confidence than it takes to adopt a place. Built at the first name written as a place.
    std::optional<std::unordered_set<std::string_view>> ruled;
    for (NameMention& m : out_.names) {
      if (!retyped(m)) continue;
      const auto it = place_of.find(Written(m));
      if (it == place_of.end()) continue;
      if (!ruled) {
        ruled.emplace();
        for (const NameMention& o : out_.names)
          if ((o.type == EntityType::kPerson || o.type == EntityType::kOrganization) &&
              !o.rule.starts_with("tagger") && !retyped(o))
            ruled->insert(Written(o));
      }
      if (ruled->contains(Written(m))) continue;
      // "Carney, on his first visit" (a town's name) after "Mark Carney": a surname.
      if (m.last - m.first == 1 && IsPersonSurname(v_.Tok(m.first))) continue;
      const NameMention& place = out_.names[it->second];
      m.rule =
          m.type == EntityType::kPerson ? "tagger-person-named-as-place" : "org-named-as-place";
      m.type = EntityType::kPlace;
      m.key = place.key;
      m.name = place.name;
      m.subtype = place.subtype;
      m.city = place.city;
      m.country = place.country;
      m.known = place.known;
      m.leader = false;
    }
  }

  // True for "Riyadh-based", "Belgrade-backed", "Iran-aligned", "Saudi-led": where a group is
  // based or who backs it, no part of its name.
  static bool IsBackingModifier(std::string_view w) {
    for (std::string_view end : {"-based", "-backed", "-aligned", "-allied", "-led", "-funded",
                                 "-supported", "-controlled", "-sponsored", "-owned", "-run"})
      if (w.size() > end.size() && w.ends_with(end)) return true;
    return false;
  }

  // Edges no name has: "Minister of Economy Maria Jose de la Barra" (a title the lexicon does
  // not know left "of Economy" on the person: the name starts at its given name); "the
  // Riyadh-based King Faisal Center" (where it is based is no part of its name); "Petroleo
  // Brasileiro SA" read as a person (a legal form ends a company's name).
  void MendNameEdges() {
    std::vector<NameMention> after_of;  // the second places of "X Area of Y State"
    for (NameMention& m : out_.names) {
      if (m.last - m.first < 2) continue;
      // "the conflict in the Eastern Democratic Republic of Congo": a compass word before a
      // country's name tells a part of the country, which the country stands for (not the
      // country "Eastern Republic of Uruguay", nor "South Sudan").
      if (m.type == EntityType::kPlace && !m.known && !m.city && IsCompassWord(v_.Tok(m.first)) &&
          v_.Tok(m.first).size() > 5 && !lex_.FindCountry(v_.Phrase(m.first, m.last)))
        if (const Country* c = lex_.FindCountry(v_.Phrase(m.first + 1, m.last))) {
          m = MakeCountry(m.first + 1, m.last, c, false, "country-after-compass", 0.8);
          continue;
        }
      // "Borgu Local Government Area of Niger State", "Nikopol district of Dnipropetrovsk
      // Oblast": a named place's head word, then "of" and a place, are two places.
      if (m.type == EntityType::kPlace && !m.known && !m.city && m.last - m.first >= 4) {
        uint32_t of = m.first + 2;
        while (of + 1 < m.last && !(v_.Tok(of) == "of" && IsCap(v_.Tok(of + 1)) &&
                                    lex_.IsPlaceWord(Lower(v_.Tok(of - 1)))))
          ++of;
        if (of + 1 < m.last) {
          after_of.push_back(PlaceOrCountry(of + 1, m.last, "place-of-place", 0.75));
          NameMention first = Base(m.first, of, EntityType::kPlace, "place-of-place", 0.75);
          first.key = "place-core:" + first.name;
          m = std::move(first);
          continue;
        }
      }
      // "an upcoming Pacific Islands Forum Leaders' Meeting": the members whose meeting it is
      // are no part of the organization's name.
      if (m.type == EntityType::kOrganization && !m.known && m.last + 1 < v_.tokens.size() &&
          Is(v_.Tok(m.last - 1), {"leaders", "ministers", "heads"}) &&
          IsPossessive(v_.Tok(m.last)) &&
          Is(v_.Tok(m.last + 1), {"meeting", "summit", "retreat", "conference", "dialogue"}) &&
          m.span.end == v_.tokens[m.last - 1].span.end) {
        m = Narrowed(m, m.first, m.last - 1);
        continue;
      }
      if (m.type == EntityType::kPerson && v_.Tok(m.first) == "of") {
        uint32_t k = m.first + 1;
        while (k + 1 < m.last && !lex_.IsGivenName(v_.Tok(k))) ++k;
        if (k + 1 < m.last) m = Person(k, m.last, m.rule, m.confidence);
      } else if (m.type == EntityType::kPerson && m.last - m.first >= 3 && m.first > 0 &&
                 Is(v_.Tok(m.first - 1), {"of", "in", "at", "from"}) &&
                 m.span.begin == v_.tokens[m.first].span.begin &&
                 !lex_.IsGivenName(v_.Tok(m.first)) && lex_.IsGivenName(v_.Tok(m.first + 1)) &&
                 (lex_.FindCity(v_.Tok(m.first)) || lex_.FindCountry(v_.Tok(m.first)))) {
        // "a briefing in Nigeria's capital of Abuja Marcel Alain de Souza, head of": a place
        // the comma forgot, then a person's given name.
        after_of.push_back(PlaceOrCountry(m.first, m.first + 1, "place-before-person", 0.75));
        m = Person(m.first + 1, m.last, m.rule, m.confidence);
      } else if (m.type == EntityType::kOrganization && !m.known &&
                 IsBackingModifier(v_.Tok(m.first)) &&
                 m.span.begin == v_.tokens[m.first].span.begin) {
        m = Narrowed(m, m.first + 1, m.last);
      } else if (m.type == EntityType::kPerson && IsLegalForm(v_.Tok(m.last - 1)) &&
                 IsCap(v_.Tok(m.last - 1))) {
        NameMention o = Base(m.first, m.last, EntityType::kOrganization, "legal-form", 0.8);
        o.subtype = "Corporation";
        o.key = KeyOf(o.type, o.name);
        m = std::move(o);
      }
    }
    for (NameMention& m : after_of) Add(std::move(m));
  }

  // "Taiwan Semiconductor Manufacturing Co. (TSMC)": an acronym in parentheses names the
  // organization right before it, also where the tagger's name of that organization replaced
  // the rules' reading after the acronym was read. Its first letter must be the name's.
  void JoinAdoptedAcronyms() {
    std::vector<size_t> acronyms;  // organizations written as "(ABC)" not yet joined
    for (size_t n = 0; n < out_.names.size(); ++n) {
      const NameMention& m = out_.names[n];
      if (m.type == EntityType::kOrganization && m.last - m.first == 1 && m.first >= 2 &&
          m.rule != "acronym-alias" && v_.Tok(m.first - 1) == "(" && m.last < v_.tokens.size() &&
          v_.Tok(m.last) == ")" && IsAllCaps(v_.Tok(m.first)))
        acronyms.push_back(n);
    }
    if (acronyms.empty()) return;
    std::unordered_map<uint32_t, size_t> ending_at;  // last token + 1 -> organization mention
    for (size_t n = 0; n < out_.names.size(); ++n)
      if (out_.names[n].type == EntityType::kOrganization) ending_at[out_.names[n].last] = n;
    std::unordered_map<std::string, size_t> rekeyed;  // the acronym's own key -> its name
    for (size_t a : acronyms) {
      NameMention& m = out_.names[a];
      const auto it = ending_at.find(m.first - 1);
      if (it == ending_at.end()) continue;
      const NameMention& org = out_.names[it->second];
      if (org.key == m.key || org.name.empty() || org.name[0] != v_.Tok(m.first)[0]) continue;
      rekeyed.emplace(m.key, it->second);
      m.rule = "acronym-alias";
    }
    if (rekeyed.empty()) return;
    // The acronym written elsewhere ("TSMC shares rose") follows too.
    for (NameMention& m : out_.names) {
      if (m.type != EntityType::kOrganization) continue;
      const auto it = rekeyed.find(m.key);
      if (it == rekeyed.end()) continue;
      const NameMention& org = out_.names[it->second];
      m.key = org.key;
      m.country = org.country;
      // (Nor is it what a lexicon calls so, where the two names share few words: "New Social
      // Contract (NSC)" is no National Security Council, "United Malays National Organization
      // (UMNO)" is the lexicon's United Malays National Organisation.)
      if (m.known && m.known != org.known && !ShareMostWords(org.name, m.known->name)) {
        m.name = v_.Phrase(m.first, m.last);
        m.subtype = org.subtype;
      }
      m.known = org.known;
    }
  }

  // True if at least half the words of `a` are words of `b` (ASCII case ignored).
  static bool ShareMostWords(std::string_view a, std::string_view b) {
    size_t words = 0, shared = 0;
    std::string lower_b(1, ' ');
    lower_b.append(Lower(b)).push_back(' ');
    std::string word;
    for (size_t i = 0; i < a.size();) {
      const size_t end = std::min(a.find(' ', i), a.size());
      ++words;
      word.assign(1, ' ');
      word.append(Lower(a.substr(i, end - i))).push_back(' ');
      shared += lower_b.find(word) != std::string::npos;
      i = end + 1;
    }
    return words > 0 && 2 * shared >= words;
  }

  // The mention covering each token (the last of those that do), of the mentions not replaced;
  // -1 where none does. One more slot, for the token past the text.
  std::vector<int> MentionAtEachToken() const {
    std::vector<int> owner(v_.tokens.size() + 1, -1);
    for (size_t n = 0; n < out_.names.size(); ++n)
      if (replaced_.size() <= n || replaced_[n] == kAlive)
        for (uint32_t k = out_.names[n].first; k < out_.names[n].last; ++k)
          owner[k] = static_cast<int>(n);
    return owner;
  }

  void DropReplaced() {
    if (replaced_.empty()) return;
    replaced_.resize(out_.names.size(), kAlive);
    auto final_of = [&](int n) {
      while (n >= 0 && replaced_[n] != kAlive) n = replaced_[n];
      return n;
    };
    std::vector<int> index(out_.names.size(), -1);
    std::vector<NameMention> kept;
    for (size_t n = 0; n < out_.names.size(); ++n) {
      if (replaced_[n] != kAlive) continue;
      index[n] = static_cast<int>(kept.size());
      kept.push_back(std::move(out_.names[n]));
    }
    for (NameMention& m : kept)
      if (m.owner >= 0) {
        const int owner = final_of(m.owner);  // (kDropped if it went with nothing in its place)
        m.owner = owner >= 0 ? index[owner] : -1;
      }
    out_.names = std::move(kept);
    ForgetPersonWords();
    replaced_.clear();
  }

  // "said in a post on platform X. During their meeting": the period of an initial that ends
  // its sentence ends the sentence, not the name ("X", "Malcolm X").
  void InitialsEndingSentences() {
    for (NameMention& m : out_.names) {
      if (m.first >= m.last) continue;
      const std::string_view w = v_.Tok(m.last - 1);
      if (w.size() != 2 || w[0] < 'A' || w[0] > 'Z' || w[1] != '.' ||
          m.span.end != v_.tokens[m.last - 1].span.end ||
          (m.last < v_.tokens.size() && v_.sentence_of[m.last] == v_.sentence_of[m.last - 1]))
        continue;
      --m.span.end;
      if (m.name.ends_with('.')) m.name.pop_back();
    }
  }

  // "democratically-elected President Ibrahim Boubacar Keita was overthrown": the title of one
  // the sentence says was removed (or killed) is former, though no word before it says so.
  void TitlesOfTheOverthrown() {
    std::unordered_map<uint32_t, uint32_t> person_end;  // first token -> last, of each person
    for (const NameMention& m : out_.names)
      if (m.type == EntityType::kPerson) person_end.emplace(m.first, m.last);
    for (TitleMention& t : out_.titles) {
      const auto it = person_end.find(t.last);
      if (t.former || it == person_end.end()) continue;
      uint32_t k = it->second;
      // ("..., who was ousted", "was later overthrown", "had been deposed".)
      if (k + 1 < v_.tokens.size() && v_.Tok(k) == "," && v_.Tok(k + 1) == "who") k += 2;
      if (k < v_.tokens.size() && v_.Tok(k) == "had") ++k;
      if (k >= v_.tokens.size() || !Is(v_.Tok(k), {"was", "been"})) continue;
      ++k;
      if (k < v_.tokens.size() && Is(v_.Tok(k), {"later", "eventually", "subsequently"})) ++k;
      if (k < v_.tokens.size() && v_.sentence_of[k] == v_.sentence_of[t.first] &&
          Is(v_.Tok(k), {"overthrown", "ousted", "deposed", "toppled", "assassinated"}))
        t.former = true;
    }
  }

  // Mention `m` cut to tokens [first, last): its type, rule and class kept, its name and key
  // those of the words left.
  NameMention Narrowed(const NameMention& m, uint32_t first, uint32_t last) const {
    NameMention o = Base(first, last, m.type, m.rule, m.confidence);
    o.subtype = m.subtype;
    o.key = KeyOf(o.type, o.name);
    return o;
  }

  NameMention Base(uint32_t first, uint32_t last, EntityType type, std::string rule,
                   double conf) const {
    NameMention m;
    m.first = first;
    m.last = last;
    m.span = {v_.tokens[first].span.begin, v_.tokens[last - 1].span.end};
    m.type = type;
    m.name = v_.Phrase(first, last);
    m.rule = std::move(rule);
    m.confidence = conf;
    return m;
  }

  // Types `m` as the entity the lexicon knows: its type, class, name and key.
  static void TypeAsKnown(NameMention& m, const KnownEntity* k) {
    m.type = k->type;
    m.known = k;
    m.subtype = k->subtype;
    m.name = k->name;
    m.key = KeyOf(m.type, k->name);
  }

  // Makes `m` the city `city` of the gazetteers, keyed by the gazetteer's name, so that every
  // spelling is one entity ("Kiev" and "Kyiv", "Washington, D.C." and "Washington DC").
  void TypeAsCity(NameMention& m, const City* city) const {
    m.subtype = "City";
    m.city = city;
    m.country = lex_.CountryByIso2(city->country_iso2);
    m.key = KeyOf(EntityType::kPlace, city->name) + "/" + city->country_iso2;
  }

  NameMention MakeCountry(uint32_t first, uint32_t last, const Country* c, bool demonym,
                          std::string rule, double conf) const {
    NameMention m = Base(first, last, EntityType::kCountry, std::move(rule), conf);
    m.country = c;
    m.via_demonym = demonym;
    m.key = "country:" + c->iso2;
    return m;
  }

  static std::string KeyOf(EntityType type, std::string_view name) {
    return std::string(EntityTypeName(type)) + ":" + std::string(name);
  }

  // True if [first, last) is one word that a storm's capitalized noun opens or stands
  // before: "Cyclone Gabrielle", "Hurricane Helene", "Tropical Storm Alberto".
  static bool IsStormWord(std::string_view w) {
    return Is(w, {"cyclone", "hurricane", "typhoon", "storm"});
  }
  bool IsStormName(const nlp::Sentence& s, uint32_t first, uint32_t last) const {
    const auto storm = IsStormWord;
    if (last - first == 2 && IsCap(v_.Tok(first)) && storm(v_.Tok(first))) return true;
    if (last - first == 3 && v_.Tok(first) == "Tropical" && storm(v_.Tok(first + 1))) return true;
    // ("caused by typhoon Yagi": the storm's noun may be written in lower case.)
    return last - first == 1 && first > s.first && storm(v_.Tok(first - 1));
  }

  int Add(NameMention m) {
    out_.names.push_back(std::move(m));
    return static_cast<int>(out_.names.size()) - 1;
  }

  // Strips words that cannot start a name from the front of [first, last): "But", "WORLD",
  // "Sunni". Keeps names the gazetteers know whole ("New York") and organizations ("Kurdish
  // Workers Party").
  uint32_t StripStops(uint32_t first, uint32_t last) const {
    const std::string phrase = v_.Phrase(first, last);
    if (lex_.FindCity(phrase) || lex_.FindSubdivision(phrase) || lex_.FindKnown(phrase))
      return first;
    // An ordinal opens a place whose head word ends no person's name: "Second Thomas Shoal".
    if (last - first >= 3 && Is(v_.Tok(first), {"first", "second", "third", "fourth", "fifth"}) &&
        IsPlaceOnlyHead(v_.Tok(last - 1)))
      return first;
    // So does a number written with a capital after a small word, inside a sentence: "the
    // vast Three Powers square", "the Three Gorges Dam" (not "Three Killed" in a headline).
    if (last - first >= 2 && first > 0 && IsCap(v_.Tok(first)) &&
        Is(v_.Tok(first),
           {"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twelve"}) &&
        IsLower(v_.Tok(first - 1)) && IsCap(v_.Tok(first + 1)))
      return first;
    // An article or possessive is no part of an organization's name ("The Regional Assistance
    // Mission", "Her National League for Democracy", "The Cabinet").
    if (last - first >= 2 && lex_.IsOrgWord(v_.Tok(last - 1))) {
      if (Is(v_.Tok(first), {"the", "a", "an", "his", "her", "its", "their", "our", "my", "your"}))
        ++first;
      return first;
    }
    // A particle starts no name ("de" of "de la Fuente" after a run break, "De la Garza" the
    // surname Garza), unless capitalized before a capitalized word: "El Fasher", "Abu Shouk",
    // "La Paz", "De Klerk".
    // (Not a people's word before its possessive: "the People's Great Hall".)
    while (first < last &&
           ((lex_.IsStopName(v_.Tok(first)) &&
             !(first + 2 < last && Is(v_.Tok(first + 1), {"'s", "\u2019s"}) &&
               IsCollectiveNoun(v_.Tok(first)))) ||
            (IsNameParticle(v_.Tok(first)) &&
             !(IsCap(v_.Tok(first)) && first + 1 < last && IsCap(v_.Tok(first + 1))))))
      ++first;
    // A politician's leaning is no part of the name it is written before: "the Socialist Pedro
    // Sánchez", "Conservative Boris Johnson", "Anti-Islam Geert Wilders", "Pro-West Nicusor Dan".
    if (last - first >= 3 &&
        (Is(v_.Tok(first), {"conservative", "socialist", "liberal", "nationalist", "populist",
                            "centrist", "leftist", "communist", "labour", "tory"}) ||
         IsStanceWord(v_.Tok(first))) &&
        lex_.IsGivenName(v_.Tok(first + 1)))
      return first + 1;
    return first;
  }

  // True if the city named `phrase`, if any, is meant rather than the subdivision `sub` of the
  // same name: a capital, a city of 200,000 people or more, or a town of a larger country than
  // the subdivision's when that is a small country ("Canterbury" is the English city, not the
  // New Zealand region). Otherwise the subdivision: "Montana" is the U.S. state, not the
  // Bulgarian town, "Delaware" the state, not its namesake town in Ohio, and "Ontario" the
  // Canadian province, not the Californian city.
  bool CityOutranks(std::string_view phrase, const Subdivision& sub) const {
    const City* city = lex_.FindCity(phrase);
    if (!city) return false;
    if (city->population >= 200'000 || lex_.FindCapital(phrase)) return true;
    if (city->country_iso2 == sub.country_iso2) return false;
    const Country* city_country = lex_.CountryByIso2(city->country_iso2);
    const Country* sub_country = lex_.CountryByIso2(sub.country_iso2);
    return city_country && sub_country &&
           city_country->city_population > sub_country->city_population &&
           sub_country->city_population < kMinLargeCountryCityPopulation;
  }

  // "Staunton, Va.", "Austin, TX": an abbreviation after a capitalized town and a comma names
  // the town's state or province. Returns the index of the new mention, or -1.
  int RegionAbbreviation(const nlp::Sentence& s, uint32_t k) {
    if (k < s.first + 2 || v_.Tok(k - 1) != "," || !IsCap(v_.Tok(k - 2))) return -1;
    const Subdivision* sub = lex_.FindRegionAbbreviation(v_.Tok(k));
    if (!sub) return -1;
    if (!out_.names.empty() && out_.names.back().last == k - 1 &&
        out_.names.back().type != EntityType::kPlace)
      return -1;  // "Smith, Ill.", "Acme Corp., Del."
    NameMention m = Base(k, k + 1, EntityType::kPlace, "region-abbreviation", 0.85);
    m.name = sub->name;
    m.subtype = "AdministrativeArea";
    m.country = lex_.CountryByIso2(sub->country_iso2);
    m.key = KeyOf(EntityType::kPlace, sub->name);
    return Add(std::move(m));
  }

  // The state of "R-Okla." or "D-N.Y." when token `k` is such a tag after a name and a comma or
  // bracket ("Sen. James Lankford, R-Okla.", "Rep. Nancy Pelosi (D-Calif.)"): the party and
  // state of a US lawmaker as AP writes them. Otherwise nullptr.
  const Subdivision* PartyStateOf(const nlp::Sentence& s, uint32_t k) const {
    const std::string_view w = v_.Tok(k);
    if (w.size() < 4 || w[1] != '-' || (w[0] != 'D' && w[0] != 'R' && w[0] != 'I')) return nullptr;
    if (k < s.first + 2 || !Is(v_.Tok(k - 1), {",", "("}) || !IsCap(v_.Tok(k - 2))) return nullptr;
    const std::string_view state = w.substr(2);
    const Subdivision* sub = lex_.FindRegionAbbreviation(state);
    if (!sub) sub = lex_.FindSubdivision(std::string(state));  // "R-Texas"
    return sub && sub->country_iso2 == "US" ? sub : nullptr;
  }

  // Reads a party-and-state tag (PartyStateOf) as two mentions inside its token: the party of
  // its letter ("R": the Republican Party; "I", independent, names none) and the state.
  bool PartyStateTag(const nlp::Sentence& s, uint32_t k) {
    const Subdivision* sub = PartyStateOf(s, k);
    if (!sub) return false;
    const uint32_t base = v_.tokens[k].span.begin;
    const char letter = v_.Tok(k)[0];
    const KnownEntity* party =
        letter == 'I' ? nullptr
                      : lex_.FindKnown(letter == 'D' ? "Democratic Party" : "Republican Party");
    if (party) {
      NameMention m = Base(k, k + 1, party->type, "party-state", 0.9);
      m.span = {base, base + 1};
      m.known = party;
      m.subtype = party->subtype;
      m.name = party->name;
      m.key = KeyOf(m.type, party->name);
      Add(std::move(m));
    }
    NameMention m = Base(k, k + 1, EntityType::kPlace, "party-state", 0.85);
    m.span = {base + 2, v_.tokens[k].span.end};
    m.name = sub->name;
    m.subtype = "AdministrativeArea";
    m.country = lex_.CountryByIso2(sub->country_iso2);
    m.key = KeyOf(EntityType::kPlace, sub->name);
    Add(std::move(m));
    return true;
  }

  // True if tokens [first, first + 2) are an adjective and a noun of a field of work:
  // "Cultural Cooperation", "Economic Development", "Artificial Intelligence".
  bool IsFieldOfWork(uint32_t first) const {
    const std::string_view adjective = v_.Tok(first);
    if (!(adjective.ends_with("al") || adjective.ends_with("ic") || Is(adjective, {"joint"})) ||
        lex_.FindDemonym(adjective) || lex_.FindCountry(adjective))
      return false;
    return Is(v_.Tok(first + 1),
              {"cooperation", "co-operation", "development", "intelligence", "integration",
               "connectivity", "growth", "vision", "transformation", "diplomacy"});
  }

  // True if [first, last) names a document, no organization: "the Treaty of Peace and
  // Friendship", "the Baghdad Declaration", "the Five-Point Consensus", "the Geneva
  // Conventions", "the Comprehensive Strategic Partnership" (its head word: the last, or the one
  // before "of"), unless the lexicons know it.
  bool NamesADocument(uint32_t first, uint32_t last) const {
    uint32_t head = last - 1;
    for (uint32_t k = first + 1; k < last; ++k)
      if (v_.Tok(k) == "of") {
        head = k - 1;
        break;
      }
    return Is(v_.Tok(head),
              {"declaration", "treaty",       "accord",      "accords",     "agreement",
               "annex",       "consensus",    "protocol",    "memorandum",  "communique",
               "communiqué",  "convention",   "conventions", "partnership", "charter",
               "pact",        "constitution", "statement",   "plan",        "memoranda",
               "terms",       "code"}) &&
           !lex_.FindKnown(v_.Phrase(first, last));
  }

  // The end of a document's name that opens with its head word at `i`: "the Treaty of
  // Friendship and Cooperation", "the Convention on the Rights of the Child"; `i` if there is
  // none. (Its words name no entity: not "Cooperation".)
  uint32_t DocumentNameEnd(uint32_t i, uint32_t end) const {
    if (!IsCap(v_.Tok(i)) ||
        !Is(v_.Tok(i), {"treaty", "convention", "charter", "protocol", "declaration", "accord",
                        "agreement", "memorandum"}) ||
        i + 2 >= end || !Is(v_.Tok(i + 1), {"of", "on"}))
      return i;
    uint32_t last = i;
    for (uint32_t k = i + 1; k < end && k < i + 16; ++k) {
      const std::string_view w = v_.Tok(k);
      if (IsCap(w) && !IsCalendarWord(w)) {
        last = k;
      } else if (IsCap(w) || !Is(w, {"of", "on", "the", "and", "for", "in", "against"})) {
        break;  // (a weekday or a month, or a word no such name holds)
      }
    }
    return last > i + 1 ? last + 1 : i;
  }

  // True if the word at `k` is the lower-case noun of a place a name before it qualifies: "the
  // Abu Shouk camp", "Thayet Pin village", "Kolar district".
  bool BeforePlaceNoun(uint32_t k) const {
    return k < v_.tokens.size() &&
           Is(v_.Tok(k), {"camp", "village", "town", "district", "region", "province", "township",
                          "county", "governorate", "oblast", "prefecture", "municipality"}) &&
           IsLower(v_.Tok(k));
  }

  // "Minister of Foreign Affairs of Mongolia D.Tsogtbaatar", "Ambassador I.K.Azizov": an
  // initial and one or two capitalized words the lexicons give no place or body are a person's
  // name, whatever the tagger read.
  // So are one or two bare capital letters before them, as Indian news writes initials:
  // "P Chidambaram", "M K Stalin" (not "A" or "I").
  bool InitialOpensName(uint32_t first, uint32_t last) const {
    auto bare_letter = [&](uint32_t k) {
      const std::string_view w = v_.Tok(k);
      return w.size() == 1 && w[0] >= 'B' && w[0] <= 'Z' && w[0] != 'I';
    };
    uint32_t rest = first + 1;
    if (bare_letter(first)) {
      // (Not "U S West International": two letters that write a country's code.)
      if (rest < last && bare_letter(rest)) {
        if (lex_.FindCountry(std::string(v_.Tok(first)) + std::string(v_.Tok(rest)))) return false;
        ++rest;
      }
      if (last - rest < 1 || last - rest > 2) return false;
    } else if (last - first < 2 || last - first > 3 || !IsNameInitial(v_.Tok(first))) {
      return false;
    }
    for (uint32_t k = rest; k < last; ++k) {
      const std::string_view w = v_.Tok(k);
      if (!IsCap(w) || IsAllCaps(w) || IsNameInitial(w) || lex_.IsOrgWord(w) ||
          lex_.IsPlaceWord(w) || lex_.FindCountry(w) || lex_.FindDemonym(w))
        return false;
    }
    return !lex_.FindKnown(v_.Phrase(rest, last));
  }

  // True if [first, last) is a word, a one-letter initial and a word, none of which a lexicon
  // knows as a place's, a body's or a people's: "MaryKay L. Carlson" (not "Terminal B. Carlson
  // Airport", nor "US President" words).
  bool MiddleInitialName(uint32_t first, uint32_t last) const {
    if (last - first != 3 || v_.Tok(first + 1).size() != 2 || !IsNameInitial(v_.Tok(first + 1)))
      return false;
    for (const uint32_t k : {first, last - 1}) {
      const std::string_view w = v_.Tok(k);
      if (!IsCap(w) || IsAllCaps(w) || lex_.IsOrgWord(w) || lex_.IsPlaceWord(w) ||
          lex_.FindCountry(w) || lex_.FindDemonym(w) || lex_.FindKnown(w) || lex_.FindCity(w) ||
          TitleAt(k, k + 1).first || lex_.IsStopName(w))
        return false;
    }
    return true;
  }

  // True if [first, last) ends in a capitalized office noun: "Electoral Officer", "Presidential
  // Advisor", "Special Envoy".
  bool EndsInOfficeNoun(uint32_t first, uint32_t last) const {
    const std::string_view w = v_.Tok(last - 1);
    return last > first && IsCap(w) &&
           Is(w, {"officer", "officers", "adviser", "advisor", "envoy", "commissioner", "director",
                  "spokesperson", "spokesman", "coordinator", "registrar", "auditor", "inspector",
                  "secretary"});
  }

  // True for a person's initial as the tokenizer keeps it: "D.", "I.K.", "Kh." (of
  // "Kh.Battulga"); not an initialism the lexicons know ("U.S.", "U.N.").
  bool IsNameInitial(std::string_view w) const {
    if (w.size() < 2 || w.back() != '.' || !(w[0] >= 'A' && w[0] <= 'Z')) return false;
    if (w.size() == 2) return true;
    // "Kh.", "Ts.": the two-letter initials of Mongolian names (not "St.", "Mt.", "Co.").
    if (w.size() == 3) return nlp::IsInitialDigraph(w.substr(0, 2));
    for (size_t k = 0; k < w.size(); ++k)
      if ((k % 2 == 0) != (w[k] >= 'A' && w[k] <= 'Z') || (k % 2 == 1 && w[k] != '.')) return false;
    return w.size() <= 6 && !lex_.FindCountry(w) && !lex_.FindKnown(w);
  }

  // True for a place's head word that ends no person's name ("Murray Barracks"), unlike
  // "Hill", "Park" or "Lake".
  static bool IsPlaceOnlyHead(std::string_view w) {
    return Is(
        w, {"barracks", "shoal",       "shoals",      "reef",      "atoll",  "palace",   "airport",
            "strait",   "peninsula",   "canal",       "cathedral", "mosque", "basilica", "stadium",
            "oblast",   "governorate", "archipelago", "bhavan",    "bhawan", "niwas",    "nivas"});
  }

  // "the Patriotic Union of Kurdistan", "the Democratic Party of Kurdistan": an organization's
  // head word before "of" and a place makes [first, last) the organization (not "Republic of
  // Buryatia", "Federation of Bosnia and Herzegovina", which are places).
  bool OrganizationOfPlace(uint32_t first, uint32_t last) const {
    for (uint32_t k = first + 1; k + 1 < last; ++k)
      if (v_.Tok(k) == "of")
        return lex_.IsOrgWord(v_.Tok(k - 1)) && IsCap(v_.Tok(k - 1)) &&
               !Is(v_.Tok(k - 1), {"republic", "federation", "kingdom", "emirate"});
    return false;
  }

  // "Grand Ethiopian Renaissance Dam", "National Palace": a place's head word ending a name of
  // two words or more makes a place of what the tagger reads as an organization.
  bool PlaceHeaded(uint32_t first, uint32_t last) const {
    const std::string_view head = v_.Tok(last - 1);
    // (A railway of the state or the nation is its company: "Lao National Railway".)
    if (Is(head, {"railway"}) && last - first >= 2 && Is(v_.Tok(last - 2), {"national", "state"}))
      return false;
    // "Joint Base Elmendorf-Richardson", "Naval Base Kitsap": a base named after its kind.
    if (last - first >= 3 && v_.Tok(first + 1) == "Base" &&
        Is(v_.Tok(first), {"joint", "naval", "air", "army", "military", "marine", "navy"}))
      return true;
    return last - first >= 2 && lex_.IsPlaceWord(std::string(head)) && !lex_.IsOrgWord(head);
  }

  // "Mount Kenya", "Lake Chad", "Fort Bragg": a place's prefix opens the name [first, last),
  // and capitalized words follow, no organization's word among them ("Mount Kenya University",
  // "Mount Sinai School of Medicine").
  bool PlacePrefixed(uint32_t first, uint32_t last) const {
    if (last - first < 2 || !lex_.IsPlacePrefix(v_.Tok(first))) return false;
    for (uint32_t k = first + 1; k < last; ++k)
      if (!IsCap(v_.Tok(k)) || lex_.IsOrgWord(v_.Tok(k))) return false;
    return true;
  }

  // "on the Rio Grande", "across the Jordan": a town's name [first, last) written after "the"
  // and not as a modifier ("the Paris agreement") names something else, a river or a region.
  bool IsTheTownName(uint32_t first, uint32_t last) const {
    if (first == 0 || v_.Tok(first - 1) != "the") return false;
    // What follows says so: a stop, or a word that does not take a modifier. "the Cupertino,
    // California-based company" is the town.
    if (last + 1 < v_.tokens.size() && v_.Tok(last) == ",") {
      if (IsCap(v_.Tok(last + 1))) return false;
    } else if (last < v_.tokens.size() &&
               !Is(v_.Tok(last),
                   {".",     "near",  "in",   "at",  "on", "and", "or", "to",   "from",    "into",
                    "where", "which", "that", "was", "is", "for", "by", "with", "between", "as"}))
      return false;
    const std::string phrase = v_.Phrase(first, last);
    return lex_.FindCity(phrase) && !lex_.FindCapital(phrase);
  }

  // True if a tagger span of class `cls` (of any class without one) covers [first, last) with
  // at least kMinTaggerScore.
  static bool TaggedAs(const std::vector<NameSpan>& tagged, uint32_t first, uint32_t last,
                       std::optional<NameClass> cls = std::nullopt) {
    return std::any_of(tagged.begin(), tagged.end(), [&](const NameSpan& t) {
      return t.first <= first && t.last >= last && (!cls || t.cls == *cls) &&
             t.score >= kMinTaggerScore;
    });
  }

  // Decides what the unknown name [first, last) is. Returns the index of the new mention, or -1.
  int Classify(const nlp::Sentence& s, uint32_t first, uint32_t last, const TitleMention* title,
               const std::vector<NameSpan>& tagged) {
    if (last - first == 1) {  // before the particles go: "La." is Louisiana after a town
      int idx = RegionAbbreviation(s, first);
      if (idx >= 0) return idx;
    }
    // "Governor of Kharkiv region Oleh Syniehubov", "Emir of Riyadh region Prince Faisal": the
    // title's "of" before a place no lexicon piece took is the title's, and the place no one.
    if (title && last - first >= 2 && v_.Tok(first) == "of") {
      const uint32_t place = first + (last - first >= 3 && v_.Tok(first + 1) == "the" ? 2 : 1);
      const std::string rest = v_.Phrase(place, last);
      if (lex_.FindCity(rest) || lex_.FindSubdivision(rest)) {
        first = place;
        title = nullptr;
      }
    }
    // After a title a stop word is a name: "Vice Premier He Lifeng", "President Ma Ying-jeou".
    if (!(title && last - first >= 2)) first = StripStops(first, last);
    if (first >= last) return -1;
    // "Director of the Office of His Majesty Jafar Hassan": a name cut before the honorific
    // after its "of" is none (whose office it is, the text does not name).
    if (last - first >= 2 && Is(v_.Tok(last - 1), {"of", "for"})) return -1;
    if (EndsWithIdeology(first, last)) --last;
    if (NamesAWorldWar(first, last)) return -1;
    // "a Molotov cocktail", "long-range Taurus missiles", "Qassam rockets": a weapon's name, no
    // town, body or person.
    if (!title && last < s.last && IsWeaponNameHead(v_.Tok(last))) return -1;
    if (!title && IsPeoplePlural(v_.Tok(last - 1))) return -1;
    // "the 15th Summit of Heads of Member States", "the Consultative Meeting of the Heads of
    // State of Central Asia": the heads or members of bodies, capitalized in an occasion's
    // name, are no body.
    // (The words first: the phrase is built only for the few names they fit.)
    if (!title &&
        (v_.Tok(first) == "Heads" || v_.Tok(last - 1) == "Heads" ||
         (last - first == 2 && v_.Tok(first) == "Member" && v_.Tok(first + 1) == "States")) &&
        !lex_.FindKnown(v_.Phrase(first, last)))
      return -1;
    // "Golfers Ernie Els and Retief Goosen": a sentence-opening word the tagger leaves out of
    // the name it reads after it is no part of that name.
    // (A plural, a word that starts no name or a person's noun: not a given name the lexicon
    // lacks, "Adilur Rahman Khan, a notable human rights activist".)
    if (first == s.first && last - first >= 3 && !title && tagger_ &&
        (v_.Tok(first).ends_with("s") || lex_.IsStopName(v_.Tok(first)) ||
         IsPersonNoun(v_.Tok(first)) || Is(v_.Tok(first), {"independent", "candidate"}) ||
         IsLowerCompound(v_.Tok(first))) &&
        !TaggedAs(tagged, first, first + 1) &&
        std::any_of(tagged.begin(), tagged.end(), [&](const NameSpan& t) {
          return t.first == first + 1 && t.last == last && t.score >= kMinTaggerScore;
        }))
      ++first;
    const std::string phrase = v_.Phrase(first, last);
    const std::string_view head = v_.Tok(last - 1);
    const std::string_view next = v_.Tok(last);
    const bool next_in_sentence = last < s.last;

    // "Yoon Suk Yeol spoke": the full name of a head of state or government the lexicon knows
    // is a person's, though the tagger does not read it so.
    if (last - first >= 2 && !lex_.FindHeads(phrase).empty() && !lex_.FindKnown(phrase) &&
        !lex_.FindCountry(phrase))
      return Add(Person(first, last, "known-head-name", 0.85));
    if (last - first == 1 && !title && PartyStateTag(s, first)) return -1;
    // "The European institutions", "African leaders": a region's adjective alone names nothing.
    if (!title && NamesNothingAt(first, last)) return -1;
    // "Macron noted in X", "wrote on X": the platform, no place (most writers list it as no
    // entity, as they do Facebook or Telegram).
    // ("X." is the letter with its period, as an initial is written.)
    if (last - first == 1 && !title && (phrase == "X" || phrase == "X.") && first > s.first &&
        Is(v_.Tok(first - 1), {"on", "in", "via"}))
      return -1;
    // "Smer-SD", "CPN-UML", "N-VA": a word and the acronym glued to it by a hyphen name a party
    // or a body, where the word names no place or body ("Kenya-US", "Boeing-ABC" are pairs).
    if (last - first == 1 && !title && IsNameWithAcronymSuffix(phrase)) {
      const std::string_view before = std::string_view(phrase).substr(0, phrase.rfind('-'));
      const std::string_view acronym = std::string_view(phrase).substr(phrase.rfind('-') + 1);
      // (Nor "Sino-US", "Anti-US", "Pro-EU": the acronym is a country's or a known body's.)
      if (!lex_.FindKnown(before) && !lex_.FindCountry(before) && !lex_.FindDemonym(before) &&
          !lex_.FindCity(before) && !lex_.FindCountry(acronym) && !lex_.FindKnown(acronym)) {
        NameMention m = Base(first, last, EntityType::kOrganization, "hyphen-acronym", 0.75);
        m.key = KeyOf(m.type, phrase);
        return Add(std::move(m));
      }
    }
    // (After a title too where both halves are peoples: "CIA chief Egyptian-Qatari efforts".)
    if (last - first == 1 && (!title || DemonymPair(v_.Tok(first))) && SplitHyphenPair(s, first))
      return -1;
    // "The Defense Ministers discussed", "two Prime Ministers", "the Annual Leaders' Meeting":
    // a name that ends in a title's plural names no one (but "Council of Ministers", "House of
    // Peoples' Representatives" are bodies).
    if (!title && PluralTitleEnds(first, last) && !lex_.FindKnown(phrase)) return -1;
    // "SUNTRACS, the country's largest construction union,": an apposition that says what
    // kind of body a name no lexicon knows is.
    if (BodyApposition(s, last) && !lex_.FindCountry(phrase) && !lex_.FindKnown(phrase) &&
        !lex_.FindCity(phrase) && !lex_.FindSubdivision(phrase) &&
        !lex_.IsGivenName(v_.Tok(first))) {
      NameMention m = Base(first, last, EntityType::kOrganization, "body-apposition", 0.75);
      m.key = KeyOf(m.type, phrase);
      return Add(std::move(m));
    }
    if (IsAllCaps(phrase)) {
      int idx = ClassifyAllCaps(s, first, last, phrase);
      if (idx != kNotAllCaps) return idx;
    } else if (last - first == 1 && (IsMixedCaseAcronym(phrase) || acronyms_.contains(phrase) ||
                                     (first > s.first && v_.Tok(first - 1) == "(" &&
                                      last < s.last && v_.Tok(last) == ")" && !out_.names.empty() &&
                                      out_.names.back().last + 1 == first &&
                                      out_.names.back().type == EntityType::kOrganization))) {
      // "the Freedom Party (FPOe)", "Law and Justice (PiS)"; and a body's other name in
      // brackets, "the Armenian Revolutionary Federation (Dashnaktsutyun) party", there and
      // where it is written again.
      if (const int idx = AcronymAlias(s, first, last, phrase); idx != kNotAllCaps) return idx;
    }
    // "Santiago de Chile": a town of a country, "de" and the country's name are the town (no
    // person with a particle in his name).
    if (last - first >= 3 && !title)
      for (uint32_t k = first + 1; k + 1 < last; ++k) {
        if (!Is(v_.Tok(k), {"de", "del"})) continue;
        const Country* c = lex_.FindCountry(v_.Phrase(k + 1, last));
        const std::string town = v_.Phrase(first, k);
        const City* city = c ? lex_.FindCityIn(town, c->iso2) : nullptr;
        if (!city) break;
        NameMention m = Base(first, last, EntityType::kPlace, "town-of-country", 0.85);
        m.name = town;
        TypeAsCity(m, city);
        return Add(std::move(m));
      }
    // "The Chief Electoral Officer said": an office noun ends the rest of the office's name,
    // no one's.
    if (title && EndsInOfficeNoun(first, last)) return -1;
    if (title && title->title && !title->former && (title->title->leader || title->title->head)) {
      return Add(Person(first, last, "title-name", 0.95));
    }
    if (title) return Add(Person(first, last, "title-name", 0.9));
    // "Chandrikapersad “Chan” Santokhi": a nickname in quotes inside a name is a person's.
    for (uint32_t k = first + 1; k + 2 < last; ++k)
      if (NicknameAt(k, last) > 0) return Add(Person(first, last, "nickname", 0.85));
    // "at Argyle, St. Vincent on December 14": a saint's name no lexicon knows, alone, is a
    // place's (the tagger reads a person's), unless people's words go with it.
    if (last - first >= 2 && IsSaintWord(v_.Tok(first)) && IsCap(v_.Tok(first + 1)) &&
        !lex_.FindKnown(phrase) && !lex_.FindCity(phrase) &&
        !lex_.FindCity("Saint " + v_.Phrase(first + 1, last)) && !IsPersonContext(s, first, last) &&
        (first == s.first || !IsCap(v_.Tok(first - 1)))) {
      NameMention m = Base(first, last, EntityType::kPlace, "saint-place", 0.7);
      m.key = "place-core:" + phrase;
      return Add(std::move(m));
    }
    // "MaryKay L. Carlson", "George W. Bush": one letter's initial between two plain words.
    if (MiddleInitialName(first, last)) return Add(Person(first, last, "middle-initial", 0.85));
    // "killing Lincoln", "shoot Oswald", "Kennedy assassin", "Kennedy was assassinated": what
    // only people undergo makes a person of a name a gazetteer or the tagger types otherwise.
    // "the drone maker Baykar", "carmaker Toyota", "Italian firm Webuild": a company's common
    // noun before the name.
    // Not a person's name: "American automaker Henry Ford".
    if (first > s.first && IsCompanyNoun(v_.Tok(first - 1)) && !lex_.FindCountry(phrase) &&
        !lex_.FindKnown(phrase) && !lex_.IsGivenName(v_.Tok(first)) &&
        !TaggedAs(tagged, first, last, NameClass::kPerson)) {
      NameMention m = Base(first, last, EntityType::kOrganization, "company-noun", 0.8);
      m.key = KeyOf(m.type, phrase);
      return Add(std::move(m));
    }
    // "Kenya's The Standard newspaper", "the Daily Monitor newspaper": a name before a
    // publication's noun, after a possessive or an article, is the publication's (with its own
    // article, written capitalized inside the sentence).
    if (next_in_sentence && Is(next, {"newspaper", "daily", "tabloid", "weekly", "magazine"}) &&
        first > s.first && !lex_.FindCountry(phrase) && !lex_.FindDemonym(phrase) &&
        !lex_.FindCity(phrase) && !lex_.FindSubdivision(phrase) &&
        !TaggedAs(tagged, first, last, NameClass::kPerson)) {
      uint32_t opens = first;
      if (v_.Tok(opens - 1) == "The" && opens - 1 > s.first) --opens;
      if (opens > s.first &&
          (IsPossessive(v_.Tok(opens - 1)) || Is(v_.Tok(opens - 1), {"the", "in", "by", "to"}))) {
        NameMention m = Base(opens, last, EntityType::kOrganization, "publication-noun", 0.8);
        if (const KnownEntity* known = lex_.FindKnown(m.name)) {
          TypeAsKnown(m, known);
        } else {
          m.subtype = "NewsMediaOrganization";
          m.key = KeyOf(m.type, m.name);
        }
        return Add(std::move(m));
      }
    }
    // "Magyar's opposition Tisza party", "the ruling Chega party": a name before "party", after
    // a party's political word and a possessive or an article, is the party's.
    if (next_in_sentence && next == "party" && first > s.first && !lex_.FindCountry(phrase) &&
        !lex_.FindDemonym(phrase) && !lex_.FindKnown(phrase) && !lex_.FindCity(phrase) &&
        !lex_.FindSubdivision(phrase) && !lex_.IsGivenName(v_.Tok(first))) {
      uint32_t k = first;
      while (k > s.first + 1 && IsPartyPositionWord(v_.Tok(k - 1))) --k;
      const std::string_view before = v_.Tok(k - 1);
      // (A party's word is needed: not "her Halloween party", "Harry's Las Vegas party".)
      if (k < first && (IsPossessive(before) || Is(before, {"his", "her", "their", "its"}) ||
                        Is(before, {"the", "a"}))) {
        NameMention m = Base(first, last, EntityType::kOrganization, "party-noun", 0.75);
        m.subtype = "PoliticalParty";
        m.key = KeyOf(m.type, phrase);
        return Add(std::move(m));
      }
    }
    // "the armed coalition Vivre Ensemble attacked", "the gang Grand Ravine": an armed
    // group's noun before a name, whatever follows it.
    if (first >= s.first + 2 && IsLower(v_.Tok(first - 1)) &&
        (Is(v_.Tok(first - 1), {"gang", "cartel", "militia", "faction"}) ||
         (Is(v_.Tok(first - 1), {"group", "coalition", "alliance"}) &&
          Is(v_.Tok(first - 2),
             {"armed", "militant", "rebel", "jihadist", "islamist", "separatist", "criminal",
              "paramilitary", "insurgent", "terrorist", "extremist"}))) &&
        !lex_.FindCountry(phrase) && !lex_.IsGivenName(v_.Tok(first))) {
      NameMention m = Base(first, last, EntityType::kOrganization, "armed-group-noun", 0.75);
      m.key = KeyOf(m.type, phrase);
      return Add(std::move(m));
    }
    // "the electoral service Servel": an institution's noun, itself in a noun phrase, before
    // a name whose first word is no given name; the tagger may read a person there.
    if (first >= s.first + 2 && IsLower(v_.Tok(first - 1)) &&
        IsInstitutionNoun(v_.Tok(first - 1)) && IsLower(v_.Tok(first - 2)) &&
        !(next_in_sentence && IsLower(next) && !IsHeadlineFunctionWord(next)) &&
        !lex_.FindCountry(phrase) && !lex_.IsGivenName(v_.Tok(first))) {
      NameMention m = Base(first, last, EntityType::kOrganization, "institution-noun", 0.75);
      m.key = KeyOf(m.type, phrase);
      return Add(std::move(m));
    }
    // "Mohamed Hamdan Dagalo, known as Hemedti": another name of the person before the comma
    // (ReadAliases joins the two).
    if (const uint32_t comma = KnownAsFrom(first); comma != UINT32_MAX) {
      // Only this sentence's mentions can end there (the scan stays linear in a document of
      // many aliases).
      for (auto m = out_.names.rbegin(); m != out_.names.rend() && m->first >= s.first; ++m)
        if (m->type == EntityType::kPerson && m->last == comma)
          return Add(Person(first, last, "known-as", 0.8));
    }
    // "El Fasher, the capital of North Darfur", "Goma, a city of two million": an apposition
    // that says what kind of place it is.
    if (last + 3 < s.last && v_.Tok(last) == "," && IsDeterminer(v_.Tok(last + 1)) &&
        Is(v_.Tok(last + 2),
           {"capital", "city", "town", "village", "port", "provincial", "regional", "state",
            "northern", "southern", "eastern", "western", "largest", "second-largest", "main"}) &&
        // (A word that describes the noun needs a place's noun after it: not "Hou Yu-ih, the
        // main opposition Kuomintang candidate".)
        PlaceApposition(s, last) && !lex_.FindCountry(phrase) && !lex_.FindKnown(phrase) &&
        !lex_.FindCity(phrase) && !lex_.FindSubdivision(phrase)) {
      NameMention m = Base(first, last, EntityType::kPlace, "place-apposition", 0.75);
      m.key = "place-core:" + phrase;
      return Add(std::move(m));
    }
    // "the Mitsotakis administration", "the Assad regime": one word no lexicon knows, between
    // "the" and a government's noun, is its leader's surname.
    if (last - first == 1 && first > s.first && Is(v_.Tok(first - 1), {"the"}) &&
        next_in_sentence && Is(next, {"administration", "government", "regime"}) &&
        !IsAllCaps(phrase) && !lex_.FindCountry(phrase) && !lex_.FindDemonym(phrase) &&
        !lex_.FindKnown(phrase) && !lex_.FindCity(phrase) && !lex_.FindSubdivision(phrase) &&
        !lex_.IsOrgWord(phrase) && !lex_.IsPlaceWord(Lower(phrase)) && !IsAdjectivalName(last))
      return Add(Person(first, last, "leader-of-government", 0.75));
    // "the MoU on Economic and Technical Cooperation", "an agreement on Trade Facilitation": a
    // document's subject, capitalized in its title, is no body.
    if (!title && NamesADocumentsSubject(s.first, first, last)) return -1;
    // "defeated Samagi Jana Balawegaya's Sajith Premadasa": a name of words no lexicon knows,
    // no given name first, whose possessive is right before a person's name (two capitalized
    // words, no people's or party's; not "Vojislav Seselj's Serb Radicals"), is that person's
    // party or body.
    if (last - first >= 2 && last + 2 < s.last && IsPossessive(next) && IsCap(v_.Tok(last + 1)) &&
        IsCap(v_.Tok(last + 2)) && !IsAllCaps(v_.Tok(last + 1)) &&
        !lex_.FindDemonym(v_.Tok(last + 1)) && !IsPartyMembers(v_.Tok(last + 2)) &&
        !TaggedAs(tagged, last + 1, last + 3, NameClass::kOrganization) &&
        !TitleAt(last + 1, s.last).first && !lex_.IsGivenName(v_.Tok(first)) &&
        PlainWords(first, last) && !lex_.FindCity(phrase) && !lex_.FindSubdivision(phrase) &&
        !lex_.FindKnown(v_.Phrase(last + 1, last + 3)) && !lex_.FindCity(v_.Tok(last + 1)) &&
        !lex_.FindCountry(v_.Tok(last + 1)) && !lex_.IsOrgWord(v_.Tok(last + 2)) &&
        !lex_.IsPlaceWord(Lower(v_.Tok(last + 2))) && !lex_.IsOrgWord(v_.Tok(last + 1)) &&
        !IsCompassWord(v_.Tok(first)) && !BeforePlaceNoun(last + 3) &&
        !lex_.IsPlaceWord(Lower(head))) {
      NameMention m = Base(first, last, EntityType::kOrganization, "party-of-person", 0.7);
      m.key = KeyOf(m.type, phrase);
      return Add(std::move(m));
    }
    // "Dissanayake, leader of the Marxist Janatha Vimukthi Peramuna": a name no lexicon knows
    // after a leader's or a member's noun, "of" and "the" is a body's.
    // (Not "leader of the Flemish nationalist N-VA": one word before a lower-case one.)
    const uint32_t opens =
        first > s.first && IsIdeologyAdjective(v_.Tok(first - 1)) ? first - 1 : first;
    if (opens >= s.first + 3 && Is(v_.Tok(opens - 1), {"the"}) && v_.Tok(opens - 2) == "of" &&
        IsLower(v_.Tok(opens - 3)) && (last - first >= 2 || !next_in_sentence || !IsLower(next)) &&
        Is(v_.Tok(opens - 3), {"leader", "leaders", "head", "chief", "member", "members",
                               "chairman", "chairwoman", "chairperson", "founder", "spokesman",
                               "spokeswoman", "spokesperson", "candidate", "lawmaker"}) &&
        !IsAllCaps(phrase) && !lex_.FindCountry(phrase) && !lex_.FindDemonym(phrase) &&
        !lex_.FindKnown(phrase) && !lex_.FindCity(phrase) && !lex_.FindSubdivision(phrase) &&
        !lex_.IsPlaceWord(Lower(head)) && !PlacePrefixed(first, last) &&
        !TaggedAs(tagged, first, last, NameClass::kLocation)) {
      if (const uint32_t k = PersonAfterBody(first, last)) return AddBodyAndPerson(first, k, last);
      NameMention m = Base(first, last, EntityType::kOrganization, "body-of-leader", 0.75);
      m.key = KeyOf(m.type, phrase);
      return Add(std::move(m));
    }
    // Not where a title follows, which the name qualifies: "met Shanghai Mayor Gong Zheng".
    if (IsPersonContext(s, first, last) && !lex_.FindCountry(phrase) && !lex_.FindKnown(phrase) &&
        !(next_in_sentence && TitleAt(last, s.last).first))
      return Add(Person(first, last, "person-context", 0.8));
    // A capital used as an actor stands for its country: "Baku's victory", "Baku liberated".
    if (const Country* c = lex_.FindCapital(phrase); c && IsAgentPosition(s, first, last)) {
      // "Brussels had warned that ...": a capital that is the seat of a body stands for the
      // body (data/capital_bodies.tsv; the writers list Brussels so, never as Belgium).
      if (const KnownEntity* body = lex_.CapitalBody(*c)) {
        NameMention m = Base(first, last, body->type, "capital-metonymy", 0.75);
        TypeAsKnown(m, body);
        return Add(std::move(m));
      }
      NameMention m = MakeCountry(first, last, c, false, "capital-metonymy", 0.8);
      m.via_capital = true;
      return Add(std::move(m));
    }
    if (const Subdivision* sub = lex_.FindSubdivision(phrase); sub && !CityOutranks(phrase, *sub)) {
      NameMention m = Base(first, last, EntityType::kPlace, "lexicon-subdivision", 0.85);
      m.subtype = "AdministrativeArea";
      m.country = lex_.CountryByIso2(sub->country_iso2);
      m.key = KeyOf(EntityType::kPlace, phrase);
      return Add(std::move(m));
    }
    // "the southern Gaza city of Khan Younis", "the town of Bakhmut": a place, whatever its
    // words look like.
    if (first >= s.first + 2 && v_.Tok(first - 1) == "of" && IsLower(v_.Tok(first - 2)) &&
        Is(v_.Tok(first - 2),
           {"city", "town", "village", "province", "region", "district", "state", "island", "port",
            "county", "governorate", "oblast", "slum", "township", "suburb"}) &&
        !lex_.FindCity(phrase)) {
      NameMention m = Base(first, last, EntityType::kPlace, "place-word-of", 0.8);
      m.key = KeyOf(EntityType::kPlace, phrase);
      return Add(std::move(m));
    }
    // "Nairobi's biggest slum Kibera", "the capital's northern suburb Bab Ezzouar": a place's
    // possessive, up to two words that describe it and the noun of a part of a town.
    if (first >= s.first + 3 && IsLower(v_.Tok(first - 1)) &&
        Is(v_.Tok(first - 1), {"slum", "township", "suburb", "neighbourhood", "neighborhood"}) &&
        !lex_.FindCity(phrase) && !TitleAt(first, s.last).first) {
      uint32_t b = first - 1;
      while (b > s.first + 1 && b + 3 > first - 1 && IsLower(v_.Tok(b - 1)) &&
             !IsPossessive(v_.Tok(b - 1)))
        --b;
      if (b > s.first + 1 && IsPossessive(v_.Tok(b - 1))) {
        NameMention m = Base(first, last, EntityType::kPlace, "part-noun-named", 0.75);
        m.key = KeyOf(EntityType::kPlace, phrase);
        return Add(std::move(m));
      }
    }
    // "John F. Kennedy School" starts with a given name but is named for a person, not one; so
    // may be "Morgan City" and "Charles City County", but not "Christopher Hill": with a tagger
    // loaded, a given name before a place's head word makes a person where the tagger reads one.
    // Nor before a place's word: "the Simon Bolivar bridge"; nor a capital's name: "Washington
    // D.C.".
    if (last - first >= 2 && lex_.IsGivenName(v_.Tok(first)) && !lex_.IsOrgWord(head) &&
        !lex_.FindCapital(phrase) &&
        !(ArticleBeforeName(s, first, last) && first >= s.first + 2 &&
          IsLocativePrep(v_.Tok(first - 2))) &&
        !(next_in_sentence && IsLower(next) && lex_.IsPlaceWord(std::string(next))) &&
        (!tagger_ || !lex_.IsPlaceWord(head) ||
         TaggedAs(tagged, first, last, NameClass::kPerson))) {
      return Add(Person(first, last, "given-name", 0.85));
    }
    // "Sheikh Mansour bin Zayed Al Nahyan", "Prince Turki bin Faisal": "bin", "ibn" or "bint"
    // between capitalized words, the son or daughter of the name after it, is a person's name
    // (not one a place's or a body's word ends: "the Mohammed bin Rashid Space Centre"). At
    // the start of a sentence the name waits for the rest of the text (ResolveDeferred).
    if (last - first >= 3 && first > s.first && !lex_.IsOrgWord(head) && !lex_.IsPlaceWord(head) &&
        !lex_.FindKnown(phrase) && !lex_.IsStopName(v_.Tok(first))) {
      for (uint32_t k = first + 1; k + 1 < last; ++k)
        if (Is(v_.Tok(k), {"bin", "ibn", "bint"}) && IsCap(v_.Tok(k - 1)) && IsCap(v_.Tok(k + 1)))
          return Add(Person(first, last, "patronymic", 0.8));
    }
    // "third-placed candidate Aliou Mamadou Dia": a given name second in three or four plain
    // words (one given name the list lacks before it) is a person's too.
    if ((last - first == 3 || last - first == 4) && lex_.IsGivenName(v_.Tok(first + 1)) &&
        PlainWords(first, last) && !lex_.IsStopName(v_.Tok(first)) &&
        !lex_.IsPlacePrefix(v_.Tok(first)) &&
        !Is(v_.Tok(first), {"st.", "st", "saint", "sainte", "san", "santa", "sao", "são"}) &&
        !lex_.FindCity(v_.Phrase(first, first + 2)) &&
        std::none_of(v_.tokens.begin() + first, v_.tokens.begin() + last, [&](const nlp::Token& t) {
          const std::string w(t.span.Of(v_.text));
          return lex_.IsPlaceWord(w) || lex_.FindCity(w) || lex_.FindTitle(w) != nullptr;
        }))
      return Add(Person(first, last, "second-given-name", 0.75));
    // A lone head word ("Police said", "the Army") is mostly a common noun; with a tagger
    // loaded it names an organization only where the tagger reads one there.
    if (last - first == 1 && IsCountryCommonWord(head)) return -1;
    if (last - first == 1 && lex_.IsOrgWord(head) && tagger_ &&
        !TaggedAs(tagged, first, last, NameClass::kOrganization))
      return -1;
    // "talks at Hyderabad House", "hosted at Jubilee House": a house people meet at is a
    // building, not the body of a "House of Representatives".
    if (HouseAt(first, last)) {
      NameMention m = Base(first, last, EntityType::kPlace, "meeting-house", 0.75);
      m.key = KeyOf(m.type, phrase);
      return Add(std::move(m));
    }
    // ("Government Palace", "Presidential Villa" are buildings: a place's head word wins over
    // an organization's first word; so does "Convention Centre" over "Centre".)
    const bool venue =
        (PlaceHeaded(first, last) && lex_.IsOrgWord(v_.Tok(first))) ||
        (last - first >= 2 && Is(head, {"centre", "center"}) &&
         Is(v_.Tok(last - 2), {"convention", "exhibition", "conference", "congress"}));
    if (venue) {
      NameMention m = Base(first, last, EntityType::kPlace, "venue-head-word", 0.8);
      m.key = KeyOf(m.type, phrase);
      return Add(std::move(m));
    }
    if (HeadsSeatAt(s, first, last)) {
      NameMention m = Base(first, last, EntityType::kPlace, "heads-seat", 0.75);
      m.key = KeyOf(m.type, phrase);
      return Add(std::move(m));
    }
    // ("Korean Confederation of Trade Unions": a people's name before the head word. A
    // "Police Resort" is an Indonesian district's police command, no hotel.)
    if (lex_.IsOrgWord(head) || (last - first >= 2 && lex_.IsOrgWord(v_.Tok(first))) ||
        (last - first >= 2 && Is(head, {"resort"}) && Is(v_.Tok(last - 2), {"police"})) ||
        // (A railway of the state or the nation is its company: "Lao National Railway".)
        (last - first >= 2 && Is(head, {"railway"}) &&
         Is(v_.Tok(last - 2), {"national", "state"})) ||
        (last - first >= 3 && lex_.FindDemonym(v_.Tok(first)) &&
         lex_.IsOrgWord(v_.Tok(first + 1)))) {
      if (const uint32_t k = PersonAfterBody(first, last)) return AddBodyAndPerson(first, k, last);
      NameMention m = Base(first, last, EntityType::kOrganization, "org-head-word", 0.8);
      m.key = KeyOf(m.type, phrase);
      return Add(std::move(m));
    }
    if (IsTheTownName(first, last)) {
      NameMention m = Base(first, last, EntityType::kPlace, "the-town-name", 0.7);
      m.key = "place-core:" + phrase;
      return Add(std::move(m));
    }
    // "the Moscow region", "the Poltava region": a region named after its town is no town.
    if (next_in_sentence && Is(next, {"region", "oblast"}) && first > s.first &&
        Is(v_.Tok(first - 1), {"the"}) && lex_.FindCity(phrase) && !lex_.FindCountry(phrase)) {
      NameMention m = Base(first, last + 1, EntityType::kPlace, "town-region", 0.8);
      m.key = KeyOf(EntityType::kPlace, m.name);
      return Add(std::move(m));
    }
    // "Liberal leader Mark Carney", "the Liberal MPs": a party's word is no town (Liberal,
    // Kansas), but after a locative preposition ("in Liberal").
    const bool party_word = last - first == 1 && IsPartyPositionWord(phrase) &&
                            !(first > s.first && IsLocativePrep(v_.Tok(first - 1)));
    if (const City* city = party_word ? nullptr : lex_.FindCity(phrase)) {
      // Town names are people's names too ("Obama", "Adam", "Redmond"): where the tagger reads
      // this one as a person in its sentence, with confidence, it is one.
      for (const NameSpan& t : tagged) {
        if (t.first == first && t.last == last && t.cls == NameClass::kPerson &&
            t.score >= kMinTaggerOverCityScore && !lex_.FindCapital(phrase) &&
            city->population < kMaxPersonTownPopulation &&
            !(first > s.first && IsLocativePrep(v_.Tok(first - 1))))  // "lives in Rock Hill"
          return Add(Person(first, last, "tagger-over-city", t.score));
      }
      // A capitalized sentence opener that names some town is mostly an English word
      // ("Hurricane warnings were posted"): with a tagger loaded, it is a place only where the
      // tagger reads a name there.
      // (Not one that an apposition calls a place: "Thessaloniki, the second largest city in
      // Greece, was".)
      // (So is one that opens a quotation: "\"Save our democracy\", read several placards".)
      const bool opens = first == s.first || Is(v_.Tok(first - 1), {"\"", "\u201C", "\u2018"});
      if (tagger_ && last - first == 1 && opens && !lex_.FindCapital(phrase) &&
          !TaggedAs(tagged, first, last) && !PlaceApposition(s, last))
        return -1;
      NameMention m = Base(first, last, EntityType::kPlace, "lexicon-city", 0.85);
      TypeAsCity(m, city);
      return Add(std::move(m));
    }
    // "Lachin Corridor", "Gaza Strip"; "Karabakh region", "Lachin road".
    if (last - first >= 2 && lex_.IsPlaceWord(Lower(head))) {
      NameMention m = Base(first, last, EntityType::kPlace, "place-head-word", 0.8);
      m.key = "place-core:" + v_.Phrase(first, last - 1);
      return Add(std::move(m));
    }
    // "the Bridge of Remembrance", "the Palace of Culture": a place's head word and "of".
    if (last - first >= 3 && v_.Tok(first + 1) == "of" && IsCap(v_.Tok(first)) &&
        lex_.IsPlaceWord(v_.Tok(first)) && !lex_.IsOrgWord(v_.Tok(first))) {
      NameMention m = Base(first, last, EntityType::kPlace, "place-word-of-name", 0.8);
      m.key = KeyOf(EntityType::kPlace, phrase);
      return Add(std::move(m));
    }
    // "Fort Hamilton", "Mount Sinjar", "Camp Butner".
    if (last - first >= 2 && lex_.IsPlacePrefix(v_.Tok(first))) {
      NameMention m = Base(first, last, EntityType::kPlace, "place-prefix", 0.8);
      m.key = KeyOf(EntityType::kPlace, phrase);
      return Add(std::move(m));
    }
    // (Not an adjective: "the Islamic republic". Nor a sentence's first word that the tagger
    // reads as no name: "Elderly village resident Salim Nasr said".)
    if (next_in_sentence && IsLower(next) && lex_.IsPlaceWord(std::string(next)) &&
        !IsAdjectivalName(last) &&
        !(first == s.first && last - first == 1 && tagger_ && !TaggedAs(tagged, first, last))) {
      // "a FARC camp", "the ECOWAS headquarters": an acronym before a place's noun is the body
      // the place belongs to.
      if (last - first == 1 && IsAllCaps(phrase) && phrase.size() >= 3) {
        NameMention m = Base(first, last, EntityType::kOrganization, "acronym-place-word", 0.7);
        m.key = KeyOf(m.type, phrase);
        return Add(std::move(m));
      }
      NameMention m = Base(first, last, EntityType::kPlace, "place-word-after", 0.75);
      m.key = "place-core:" + phrase;
      return Add(std::move(m));
    }
    // "the Lashkar-e-Taiba and Jaish-e-Mohammed groups", "Zeta militants": a name before an
    // armed group's noun is the group's (a town's name, read above, is where it fights).
    // Not an adjective: "Islamic militants", "Maoist rebels", "al-Qaida-linked militants".
    if (next_in_sentence && IsLower(next) &&
        (Is(next, {"group", "groups", "militants", "militia", "militias", "rebels", "insurgents",
                   "gunmen", "guerrillas", "jihadists", "fighters", "faction"}) ||
         // (Not after a word of politics or a people: "the Left alliance", "the South
         // American coalition".)
         (Is(next, {"movement", "alliance", "coalition"}) && !lex_.FindDemonym(v_.Tok(last - 1)) &&
          !(last - first == 1 && Is(v_.Tok(first), {"left", "right", "first", "green", "centre",
                                                    "center", "new", "national", "popular"})))) &&
        !lex_.IsGivenName(v_.Tok(first)) && first > s.first &&
        !TaggedAs(tagged, first, last, NameClass::kNationality) &&
        !TaggedAs(tagged, first, last, NameClass::kMisc) && !IsAdjectivalName(last) &&
        // (Nor a participle a headline capitalizes: "Libya: Armed groups vie for control".)
        !(last - first == 1 && phrase.size() > 4 && phrase.ends_with("ed"))) {
      NameMention m = Base(first, last, EntityType::kOrganization, "group-noun-after", 0.75);
      m.key = KeyOf(m.type, phrase);
      return Add(std::move(m));
    }
    // "NASA's Artemis II mission", "the Starliner spacecraft": a mission or a craft, no
    // organization, place or person.
    if (next_in_sentence && IsCraftNoun(next)) return -1;
    // "the chairman of Vietnam's Parliament, Vuong Dinh Hue,": a name of two words or more set
    // off by commas after a title and its owner is the holder's (which the tagger may read as
    // an organization's).
    if (!title && last - first >= 2 && first > s.first && ClosesTitleOfOwner(first - 1, s.first) &&
        (!next_in_sentence || Is(next, {",", ".", "and"})) && !HasOrgWord(first, last) &&
        !PlaceHeaded(first, last) && !IsAllCapsRange(first, last))
      return Add(Person(first, last, "title-owner-apposition", 0.7));
    // "Special Aide to the President and Presidential Advisor, Mrs ...": nor does the tagger's
    // name that an office noun ends and no given name opens.
    if (tagger_ && EndsInOfficeNoun(first, last) && !lex_.IsGivenName(v_.Tok(first))) return -1;
    // ("said in Arabic": a language's name alone names nothing.)
    if (last - first == 1 && IsLanguageName(phrase)) return -1;
    // The learned tagger, where one is loaded, types what the rules could not.
    for (const NameSpan& t : tagged) {
      if (t.first > first || t.last < last || t.score < kMinTaggerScore) continue;
      EntityType type = t.cls == NameClass::kPerson         ? EntityType::kPerson
                        : t.cls == NameClass::kLocation     ? EntityType::kPlace
                        : t.cls == NameClass::kOrganization ? EntityType::kOrganization
                                                            : EntityType::kDate;
      if (type == EntityType::kDate) break;
      if (type == EntityType::kOrganization && (BeforePlaceNoun(last) || PlaceHeaded(first, last)))
        type = EntityType::kPlace;
      // "In an interview with India's NDTV", "speaking to Russia's RIA": a place no one gives
      // an interview or speaks to is the outlet.
      if (type == EntityType::kPlace && InterviewedBy(s, first)) type = EntityType::kOrganization;
      // "The Moderates, Sweden Democrats ...": a party named by its members alone is the party.
      if (last - first == 1 && IsPartyMembers(v_.Tok(first))) type = EntityType::kOrganization;
      // (A part of a document's name is none either: "Peace" of "Treaty of Peace".)
      if (type == EntityType::kOrganization &&
          (NamesADocument(first, last) || NamesADocument(t.first, t.last)))
        return -1;
      if (OpensPersonName(first, last)) type = EntityType::kPerson;
      // "a school in Khan Younis killed 30": a name the tagger reads as a person's after "in"
      // or "near" a thing is where the thing is; not after "confidence in", "a stake in".
      if (type == EntityType::kPerson && first >= s.first + 2 &&
          Is(v_.Tok(first - 1), {"in", "near", "outside"}) && IsLower(v_.Tok(first - 2)) &&
          !Is(v_.Tok(first - 2), {"confidence", "interest", "stake", "faith", "trust", "belief",
                                  "role", "part", "share", "investment", "involved", "roles",
                                  "starring", "starred", "played", "appeared", "born"}))
        type = EntityType::kPlace;
      // So is one "at" which people meet: "talks at Seri Perdana", "received at Miraflores"
      // (not "aimed at Putin", "a swipe at Trump").
      if (type == EntityType::kPerson && MeetAt(s, first)) type = EntityType::kPlace;
      const bool names_a_people = NamesAPeople(first, last);
      if (type == EntityType::kPerson) {
        // "Real Madrid beat Villarreal", "host Atletico Madrid": a "person" whose surname is a
        // large city and whose first word is no given name is a club named for its city.
        const City* club_city = lex_.FindCity(v_.Tok(last - 1));
        if (last - first >= 2 && club_city && club_city->population >= kMinClubCityPopulation &&
            !lex_.IsGivenName(v_.Tok(first)) && !lex_.IsGivenName(v_.Tok(last - 1)) &&
            SportsStory()) {
          NameMention m = Base(first, last, EntityType::kOrganization, "tagger-city-club", 0.7);
          m.subtype = "SportsTeam";
          m.key = KeyOf(EntityType::kOrganization, phrase);
          return Add(std::move(m));
        }
        // "Lower Saxony, which owns 20%": a compass or position word opens a region's name,
        // not a person's.
        if (last - first >= 2 &&
            (IsCompassWord(v_.Tok(first)) || Is(v_.Tok(first), {"upper", "lower", "greater"}))) {
          NameMention m = Base(first, last, EntityType::kPlace, "tagger-direction-place", 0.6);
          m.key = "place-core:" + phrase;
          return Add(std::move(m));
        }
        // "at the Santiago Bernabeu on Saturday": people take no article. A "person" after
        // "the", where no noun follows that it could qualify ("the Bush administration"), is
        // a building or an organization.
        if (ArticleBeforeName(s, first, last)) {
          const bool at = first >= s.first + 2 && IsLocativePrep(v_.Tok(first - 2));
          NameMention m = Base(first, last, at ? EntityType::kPlace : EntityType::kOrganization,
                               "tagger-the-name", 0.6);
          m.key = at ? "place-core:" + phrase : KeyOf(EntityType::kOrganization, phrase);
          return Add(std::move(m));
        }
        // "Murray Barracks", "Scarborough Shoal": a head word that ends no person's name.
        // Nor does "El" and one word start one ("El Fasher", "El Geneina"; "Al Gore" may):
        // the particle stripped before, the place takes it back.
        const bool el = last - first == 1 && first > s.first && v_.Tok(first - 1) == "El";
        if ((last - first >= 2 && IsPlaceOnlyHead(v_.Tok(last - 1))) || el ||
            (last - first == 2 && v_.Tok(first) == "El")) {
          NameMention m =
              Base(el ? first - 1 : first, last, EntityType::kPlace, "tagger-place-head", 0.6);
          m.key = "place-core:" + v_.Phrase(el ? first - 1 : first, last);
          return Add(std::move(m));
        }
        if (names_a_people) return -1;
        return Add(Person(first, last, "tagger", t.score));
      }
      if (names_a_people) return -1;
      NameMention m = Base(first, last, type, "tagger", t.score);
      m.key = type == EntityType::kPlace ? "place-core:" + phrase : KeyOf(type, phrase);
      return Add(std::move(m));
    }
    // "while Ko Wen-je of the Taiwan People's Party": a short surname before a Chinese or
    // Korean given name of two short syllables joined by a hyphen is a person's name.
    if (last - first == 2 && v_.Tok(first).size() <= 5 && IsHyphenatedGivenName(v_.Tok(last - 1)) &&
        v_.Tok(last - 1).size() <= 11 && !lex_.FindCity(phrase) && !lex_.FindKnown(phrase) &&
        !lex_.FindSubdivision(phrase) && !lex_.FindCountry(v_.Tok(first)) &&
        !lex_.FindDemonym(v_.Tok(first)))
      return Add(Person(first, last, "hyphenated-given-name", 0.75));
    // "killed six persons in Tungan-Makeri", "near Kafr-Nubl": one word of two capitalized parts
    // joined by a hyphen, after "in" or "near" a verb or noun, no lexicon knows and the tagger
    // does not read (its training text holds few such words), is a town's name. Not a person's
    // with a given name first ("Jean-Pierre"), nor two people's before a noun of theirs ("from
    // Kenyatta-Trump talks").
    if (last - first == 1 && first > s.first + 1 &&
        Is(v_.Tok(first - 1), {"in", "near", "outside", "from"}) && IsLower(v_.Tok(first - 2)) &&
        IsHyphenatedPlaceWord(v_.Tok(first)) &&
        (last >= s.last || !IsLower(v_.Tok(last)) ||
         Is(v_.Tok(last),
            {"and", "on", "in", "of", "to", "at", "near", "where", "after", "before", "for",
             "which", "that", "was", "is", "last", "this", "late", "early"}))) {
      NameMention m = Base(first, last, EntityType::kPlace, "hyphenated-place", 0.6);
      m.key = "place-core:" + phrase;
      return Add(std::move(m));
    }
    deferred_.push_back({first, last, s.first});
    return -1;
  }

  // True if the name at token `first` of sentence `s` is who gives or takes an interview, after
  // a country's possessive or not: "an interview with (India's) NDTV", "speaking to (Russia's)
  // RIA".
  bool InterviewedBy(const nlp::Sentence& s, uint32_t first) const {
    uint32_t k = first;
    if (k >= s.first + 2 && IsPossessive(v_.Tok(k - 1)) && lex_.FindCountry(v_.Tok(k - 2))) k -= 2;
    if (k >= s.first + 2 && v_.Tok(k - 1) == "with" &&
        Is(v_.Tok(k - 2), {"interview", "interviews"}))
      return true;
    return k >= s.first + 2 && v_.Tok(k - 1) == "to" &&
           Is(v_.Tok(k - 2), {"interview", "interviews", "told", "speaking", "spoke", "said"});
  }

  // True if `w` is two capitalized words of three letters or more joined by a hyphen, the first
  // no given name: "Tungan-Makeri", "Kafr-Nubl".
  bool IsHyphenatedPlaceWord(std::string_view w) const {
    const size_t hyphen = w.find('-');
    if (hyphen == std::string_view::npos || hyphen < 3 || w.size() - hyphen - 1 < 3) return false;
    const std::string_view a = w.substr(0, hyphen), b = w.substr(hyphen + 1);
    return b.find('-') == std::string_view::npos && IsCap(a) && IsCap(b) && !IsAllCaps(a) &&
           !IsAllCaps(b) && !lex_.IsGivenName(a) && !lex_.IsGivenName(b);
  }

  // "Congress" is the U.S. Congress in news about the United States, not in news that names
  // other countries and never the U.S. (Argentina's Congress). Such a known organization is
  // unlinked (a generic organization of that name) where the story is another country's.
  // Countries count as named by their names, demonyms and capitals anywhere, and by other
  // places in the first two sentences (the dateline), not by a trip to New York at the end of
  // a story about Chile.
  void UnlinkForeignHeadWords() {
    // ISO codes of the countries the document names, with how often.
    std::map<std::string_view, int> named;
    const uint32_t lead_end =
        v_.sentences.size() > 2 ? v_.sentences[2].first : static_cast<uint32_t>(v_.tokens.size());
    for (const NameMention& m : out_.names)
      if (m.country &&
          (m.type == EntityType::kCountry || (m.type == EntityType::kPlace && m.first < lead_end)))
        ++named[m.country->iso2];
    if (named.empty()) return;
    // The story's country: the one named most often, if one is (not always the dateline's:
    // "LIMA, Peru (Kyodo)" over a story about Japan).
    std::string_view home;
    int most = 0;
    for (const auto& [iso2, count] : named)
      if (count > most) {
        most = count;
        home = iso2;
      } else if (count == most) {
        home = {};
      }
    // Bodies' names written after another country's possessive or demonym than the known
    // body's ("Mexico's Senate", "Mexican Senate"), and after their own country's.
    std::unordered_map<uint32_t, const Country*> country_ending_at;  // token after -> country
    for (const NameMention& m : out_.names)
      if (m.type == EntityType::kCountry && m.country) country_ending_at[m.last] = m.country;
    std::set<std::string> owned_elsewhere, owned_at_home;
    for (const NameMention& m : out_.names) {
      if (!m.known || m.type != EntityType::kOrganization || m.first == 0) continue;
      const uint32_t before = IsPossessive(v_.Tok(m.first - 1)) ? m.first - 1 : m.first;
      const auto it = country_ending_at.find(before);
      if (it == country_ending_at.end()) continue;
      (it->second->iso2 == m.known->country_iso2 ? owned_at_home : owned_elsewhere)
          .insert(v_.Phrase(m.first, m.last));
    }
    for (NameMention& m : out_.names) {
      if (!m.known || m.type != EntityType::kOrganization || m.known->country_iso2.empty())
        continue;
      // A bare head word, or the name many countries give a body of theirs, of a country the
      // story never names, or that the story gives another country and never its own ("the
      // Senate" of a story that says "Mexico's Senate"); or a party's name many countries
      // use, in a story about another country ("Lee Jae-myung of the Democratic Party" from
      // Seoul, naming the U.S. once).
      const std::string written = v_.Phrase(m.first, m.last);
      const bool shared_body =
          (m.last - m.first == 1 && lex_.IsOrgWord(v_.Tok(m.first))) ||
          Is(written, {"house of representatives", "national assembly", "supreme court",
                       "constitutional court", "parliament", "cabinet"});
      const bool shared_party =
          Is(written, {"democratic party", "republican party", "conservative party", "labour party",
                       "labor party", "liberal democratic party", "workers ' party", "democrats",
                       "republicans", "conservatives", "labour", "social democrats"});
      const bool unnamed = !named.count(m.known->country_iso2);
      const bool elsewhere = !home.empty() && home != m.known->country_iso2;
      const bool anothers = owned_elsewhere.count(written) && !owned_at_home.count(written);
      if (!(shared_body && (unnamed || anothers)) && !(shared_party && (unnamed || elsewhere)))
        continue;
      m.known = nullptr;
      m.subtype.clear();
      m.name = written;
      m.key = KeyOf(EntityType::kOrganization, m.name);
      m.rule = "foreign-head-word";
    }
  }

  // "Georgia" in news from Atlanta about the U.S. Senate is the state, not the country: a
  // country's name that is also a U.S. state is the state where the document's other names
  // point to the United States more often (at least twice) than to the country. (Elsewhere a
  // bare name is the country: Nigerian news says "Niger State" for its state. Outlying areas
  // such as Puerto Rico or Guam are the country entries themselves.)
  void StatesNamedLikeCountries() {
    std::vector<std::pair<size_t, const Subdivision*>> ambiguous;  // mention, its state
    std::map<std::string_view, int> votes;  // ISO code -> names that point there
    for (size_t n = 0; n < out_.names.size(); ++n) {
      const NameMention& m = out_.names[n];
      if (m.type == EntityType::kCountry && m.country && !m.via_demonym && !m.via_capital) {
        const Subdivision* sub = lex_.FindSubdivisionNamedLikeCountry(v_.Phrase(m.first, m.last));
        if (sub && sub->country_iso2 == "US" && sub->code.substr(3) != m.country->iso2) {
          ambiguous.emplace_back(n, sub);
          continue;
        }
      }
      if (m.city)
        ++votes[m.city->country_iso2];
      else if (m.known && !m.known->country_iso2.empty())
        ++votes[m.known->country_iso2];
      else if (m.country)
        ++votes[m.country->iso2];
    }
    for (const auto& [n, sub] : ambiguous) {
      NameMention& m = out_.names[n];
      const int there = votes[sub->country_iso2];
      if (there < 2 || there <= votes[m.country->iso2]) continue;
      NameMention state =
          Base(m.first, m.last, EntityType::kPlace, "state-named-like-country", 0.8);
      state.name = sub->name;
      state.subtype = "AdministrativeArea";
      state.country = lex_.CountryByIso2(sub->country_iso2);
      state.key = KeyOf(EntityType::kPlace, sub->name);
      m = std::move(state);
    }
  }

  // "Prime Minister Luis Montenegro ... leaves Montenegro reliant on": a country's bare name
  // that is the surname of a person of the document is that person, where nothing else in it
  // (a demonym, the capital, a town of it, another form of the name) points to the country.
  void CountriesNamedAsSurnames() {
    std::set<std::string_view> pointed;  // ISO codes of countries named otherwise
    std::vector<size_t> bare;
    for (size_t n = 0; n < out_.names.size(); ++n) {
      const NameMention& m = out_.names[n];
      if (m.city) pointed.insert(m.city->country_iso2);
      if (m.type != EntityType::kCountry || !m.country) continue;
      if (m.last - m.first == 1 && !m.via_demonym && !m.via_capital &&
          IsPersonSurname(v_.Tok(m.first)))
        bare.push_back(n);
      else
        pointed.insert(m.country->iso2);
    }
    for (size_t n : bare) {
      NameMention& m = out_.names[n];
      if (pointed.contains(m.country->iso2)) continue;
      m = Person(m.first, m.last, "country-as-surname", 0.7);
    }
  }

  // "Japanese Prime Minister Shigeru Ishiba ... Ishiba Shigeru /Japanese Prime Minister": two
  // words the story also writes the other way round as a person's name (family name first, as
  // Korean, Japanese and Chinese papers write it) are that person, whatever else they were
  // read as (here an organization). Not a name a lexicon knows.
  void SurnameFirstNames() {
    std::map<std::pair<std::string_view, std::string_view>, size_t> persons;  // (given, family)
    for (size_t n = 0; n < out_.names.size(); ++n) {
      const NameMention& m = out_.names[n];
      if (m.type == EntityType::kPerson && m.last - m.first == 2)
        persons.emplace(std::pair{v_.Tok(m.first), v_.Tok(m.first + 1)}, n);
    }
    if (persons.empty()) return;
    for (NameMention& m : out_.names) {
      if (m.type == EntityType::kPerson || m.last - m.first != 2 || m.known || m.country || m.city)
        continue;
      const auto it = persons.find({v_.Tok(m.first + 1), v_.Tok(m.first)});
      if (it == persons.end()) continue;
      const std::string of = out_.names[it->second].name;
      m = Person(m.first, m.last, "surname-first", 0.7);
      MakeAlias(m, of);
      m.rule = "surname-first";
    }
  }

  // "Prabowo [and running mate] Hatta ... Mr Hatta was not present": a town's name (Hatta, in
  // the United Arab Emirates) that the story writes after "Mr" or "Mrs" is that person's
  // everywhere it stands alone, but where one goes or is: "in Hatta".
  void TownsNamedAsAddressedPeople() {
    std::set<std::string_view> addressed;
    for (const NameMention& m : out_.names)
      if (m.type == EntityType::kPerson && m.last - m.first == 1 &&
          Is(m.title, {"mr.", "mrs.", "ms.", "miss"}))
        addressed.insert(v_.Tok(m.first));
    if (addressed.empty()) return;
    for (NameMention& m : out_.names)
      if (m.type == EntityType::kPlace && m.city && m.last - m.first == 1 &&
          addressed.contains(v_.Tok(m.first)) && m.city->population < kMaxPersonTownPopulation &&
          !lex_.FindCapital(v_.Tok(m.first)) &&
          !(m.first > 0 &&
            (IsLocativePrep(v_.Tok(m.first - 1)) || Is(v_.Tok(m.first - 1), {"to", "from"}))))
        m = Person(m.first, m.last, "town-as-addressed-person", 0.7);
  }

  // "southern Sultan Kudarat province", "General Santos city": a title and a name before a
  // place's noun in lower case are that place's name, and the title is none.
  void PlacesNamedWithATitle() {
    // (The titles by their end, looked up: a scan per name would make a hostile text of many
    // titled names quadratic.)
    const std::unordered_map<uint32_t, size_t> title_ending = TitlesByEnd();
    std::vector<bool> dropped(out_.titles.size(), false);
    for (NameMention& m : out_.names) {
      if (m.type != EntityType::kPerson || m.title.empty() || m.last >= v_.tokens.size() ||
          !Is(v_.Tok(m.last), {"province", "city", "town", "district", "municipality", "region",
                               "county", "village"}) ||
          !IsLower(v_.Tok(m.last)))
        continue;
      const auto it = title_ending.find(m.first);
      if (it == title_ending.end() || dropped[it->second]) continue;
      const TitleMention& t = out_.titles[it->second];
      if (v_.sentence_of[t.first] != v_.sentence_of[m.first]) continue;
      NameMention place = Base(t.first, m.last, EntityType::kPlace, "titled-place-name", 0.7);
      place.key = KeyOf(EntityType::kPlace, place.name);
      m = std::move(place);
      dropped[it->second] = true;
    }
    size_t kept = 0;
    for (size_t n = 0; n < out_.titles.size(); ++n)
      if (!dropped[n]) out_.titles[kept++] = out_.titles[n];
    out_.titles.resize(kept);
  }

  // "The President of the Republic, Mr. Abdelmadjid Tebboune": a person's name that is all
  // title is the title, no one's name.
  void TitlesNamedAsPersons() {
    bool dropped = false;
    for (size_t n = 0; n < out_.names.size(); ++n) {
      const NameMention& m = out_.names[n];
      // "The Union Minister of State said": so is an organization no lexicon knows that is a
      // word of the office ("Union", "Acting") and a title.
      // So is "Party" before a title, where no name comes before it: "Lao Party General
      // Secretary and President of Laos Thongloun Sisoulith" (not "Communist Party").
      const bool party_office =
          m.last - m.first >= 2 && Is(v_.Tok(m.first), {"party"}) &&
          !(m.first > 0 && IsCap(v_.Tok(m.first - 1)) &&
            std::none_of(out_.names.begin(), out_.names.end(), [&](const NameMention& c) {
              return c.type == EntityType::kCountry && c.last == m.first;
            }));
      if (m.type == EntityType::kOrganization && !m.known && m.last - m.first >= 2 &&
          (!TitleQualifierWord(v_.Tok(m.first)).empty() || party_office)) {
        const auto [t, tn] = TitleAt(m.first + 1, m.last);
        if (!t || tn != m.last - m.first - 1) continue;
        out_.titles.push_back(
            {m.first + 1, m.last, t, IsFormer(m.first), TitleQualifierWord(v_.Tok(m.first))});
        replaced_.resize(out_.names.size(), kAlive);
        replaced_[n] = kDropped;
        dropped = true;
        continue;
      }
      // "Argentine Presidential Spokesperson Manuel Adorni": one word of the office the tagger
      // alone read as a name, right before the title it qualifies, is no name.
      if (m.last - m.first == 1 && m.rule.starts_with("tagger") && !m.known &&
          !TitleQualifierWord(v_.Tok(m.first)).empty() &&
          std::any_of(out_.titles.begin(), out_.titles.end(),
                      [&](const TitleMention& t) { return t.first == m.last; })) {
        replaced_.resize(out_.names.size(), kAlive);
        replaced_[n] = kDropped;
        dropped = true;
        continue;
      }
      // (Not a one-word name: "Major said" after "John Major".) A place no lexicon knows
      // whose words are a title is that title too: "As Secretary of State, I will".
      const bool place_title = m.type == EntityType::kPlace && !m.known && !m.city && !m.country &&
                               m.last - m.first >= 2;
      if ((m.type != EntityType::kPerson && !place_title) || m.descriptive ||
          !(m.last - m.first >= 2 || (m.first > 0 && Is(v_.Tok(m.first - 1), {"the"}))))
        continue;
      const auto [t, tn] = TitleAt(m.first, m.last);
      if (!t || tn != m.last - m.first) continue;
      out_.titles.push_back({m.first, m.last, t, IsFormer(m.first), TitleQualifier(m.first)});
      replaced_.resize(out_.names.size(), kAlive);
      replaced_[n] = kDropped;
      dropped = true;
    }
    if (!dropped) return;
    DropReplaced();
    std::stable_sort(
        out_.titles.begin(), out_.titles.end(),
        [](const TitleMention& a, const TitleMention& b) { return a.first < b.first; });
  }

  // "inspected a Guard of Honour", "the Badge of Honor", "the Legion of Honour": a ceremony's
  // guard or a decoration names no body.
  void HonoursNameNoBody() {
    DropNamesWhere([&](const NameMention& m) {
      return !m.known && m.last - m.first == 3 && v_.Tok(m.first + 1) == "of" &&
             Is(v_.Tok(m.last - 1), {"honour", "honor"}) &&
             Is(v_.Tok(m.first), {"guard", "badge", "medal", "legion", "cross", "order"});
    });
  }

  // "an MoU on Agricultural Cooperation", "technology and Artificial Intelligence", "Economic
  // Development": a field of work, capitalized as a heading or an agreement's topic, names
  // nothing. Nor does a movement or doctrine named after its founder: "Kirchnerism", "Chavismo",
  // "Kemalism".
  void FieldsOfWorkNameNothing() {
    DropNamesWhere([&](const NameMention& m) {
      if (m.known || m.type == EntityType::kCountry) return false;
      if (m.last - m.first == 1) {
        const std::string_view w = v_.Tok(m.first);
        return w.size() >= 7 && IsCap(w) && !m.city &&
               (w.ends_with("ism") || w.ends_with("ismo") || w.ends_with("isme"));
      }
      return m.last - m.first == 2 && m.type != EntityType::kPerson && IsFieldOfWork(m.first);
    });
  }

  // "59.8 billion euros (US$64.5 billion)", "NZ$2 million": a country's short name written
  // onto a dollar sign is the currency's mark, no mention of the country.
  void CurrencyMarksNameNoCountry() {
    DropNamesWhere([&](const NameMention& m) {
      return m.type == EntityType::kCountry && !m.via_demonym && m.last < v_.tokens.size() &&
             v_.Tok(m.last) == "$" &&
             v_.tokens[m.last].span.begin == v_.tokens[m.last - 1].span.end;
    });
  }

  // "on New Year's Day", "the Christmas Eve vote", "on Boxing Day": a feast's day names no
  // body and no person (the dates find it); nor does the one word of "the month of Ramazan".
  void FeastDaysNameNothing() {
    auto feast_at = [&](uint32_t k) {  // true if a feast's name covers token k
      for (uint32_t b = k >= 3 ? k - 3 : 0; b <= k; ++b)
        if (const std::optional<FeastDay> feast =
                FeastDayAt(v_.text, v_.tokens, b, static_cast<uint32_t>(v_.tokens.size()));
            feast && k < feast->last)
          return true;
      return false;
    };
    DropNamesWhere([&](const NameMention& m) {
      if (m.known || m.type == EntityType::kCountry) return false;
      // "the holy month of Ramazan", "the month of Muharram": a month of another calendar.
      if (m.last - m.first == 1 && m.first >= 2 && v_.Tok(m.first - 1) == "of" &&
          Is(v_.Tok(m.first - 2), {"month", "months"}))
        return true;
      for (uint32_t k = m.first; k < m.last; ++k)
        if (!feast_at(k)) return false;
      return true;
    });
  }

  // Drops the mentions `names_nothing` is true of.
  template <typename Pred>
  void DropNamesWhere(Pred names_nothing) {
    bool dropped = false;
    for (size_t n = 0; n < out_.names.size(); ++n) {
      if (!names_nothing(out_.names[n])) continue;
      replaced_.resize(out_.names.size(), kAlive);
      replaced_[n] = kDropped;
      dropped = true;
    }
    if (dropped) DropReplaced();
  }

  // "Our theme 'Iumi Tugeda' is a resounding call": words in quotes that a theme, a slogan or
  // a motto is are no name (a person, place or body the lexicons know stays one); nor is a
  // law's title: 'the bill "On the Transparency of Foreign Influence,"'.
  void SlogansNameNothing() {
    DropNamesWhere([&](const NameMention& m) {
      if (m.known || m.country || m.city || m.first < 2 || m.last + 1 >= v_.tokens.size())
        return false;
      uint32_t open = m.first - 1;  // the opening mark, past "On the" of a law's title
      while (open > m.first - 3 && open > 0 && Is(v_.Tok(open), {"on", "the", "of", "a"})) --open;
      const uint32_t close = m.last + (v_.Tok(m.last) == "," ? 1 : 0);
      if (!Is(v_.Tok(open), {"\"", "'", "\u201C", "\u2018"}) ||
          !Is(v_.Tok(close), {"\"", "'", "\u201D", "\u2019"}) || open == 0)
        return false;
      const std::string_view before = v_.Tok(open - 1);
      if (Is(before,
             {"theme", "slogan", "motto", "tagline", "titled", "entitled", "themed", "hashtag"}))
        return open + 1 == m.first && close == m.last;
      return Is(before, {"bill", "law", "act", "decree", "draft", "ordinance"});
    });
  }

  // "the Saudi-led coalition", "the Saudi-led military coalition": a country's people or name
  // leading a coalition (not a coalition government) names that coalition, a body of its own
  // tied to the country.
  void CoalitionsLedByACountry() {
    for (NameMention& m : out_.names) {
      if (m.type != EntityType::kCountry || !m.country || m.last - m.first != 1) continue;
      const std::string_view w = v_.Tok(m.first);
      if (w.size() < 5 || w.substr(w.size() - 4) != "-led" ||
          m.span.end + 4 != v_.tokens[m.first].span.end)
        continue;
      uint32_t k = m.last;
      if (k < v_.tokens.size() && Is(v_.Tok(k), {"military"})) ++k;
      if (k >= v_.tokens.size() || v_.Tok(k) != "coalition" ||
          (k + 1 < v_.tokens.size() && Is(v_.Tok(k + 1), {"government", "governments"})))
        continue;
      const Country* country = m.country;
      m = Base(m.first, k + 1, EntityType::kOrganization, "country-led-coalition", 0.75);
      m.name = std::string(w) + " coalition";  // (one body, "military" or not)
      m.country = country;
      m.key = KeyOf(m.type, m.name);
    }
  }

  // "meeting with @POTUS Biden, President @LopezObrador_": a social network's handle, glued to
  // its "@", is no name the lexicons know of; a mention that holds one names no one.
  void HandlesNameNoOne() {
    DropNamesWhere([&](const NameMention& m) {
      if (m.known || m.country || m.first == 0) return false;
      bool handle = false;  // an "@" before the name or inside it, glued to the next word
      for (uint32_t at = m.first - 1; at < m.last && at + 1 < v_.tokens.size() && !handle; ++at)
        handle = v_.Tok(at) == "@" && v_.tokens[at].span.end == v_.tokens[at + 1].span.begin;
      return handle;
    });
  }

  // "the Islamic Republic", "the Sultanate", "the Kingdom": a country's form of state alone,
  // after "the", names the one country of the document whose official name begins with it
  // ("Islamic Republic of Iran", "Sultanate of Oman").
  void CountriesByTheirFormOfState() {
    std::vector<size_t> forms;
    std::set<const Country*> named;
    for (size_t n = 0; n < out_.names.size(); ++n) {
      const NameMention& m = out_.names[n];
      if (m.type == EntityType::kCountry && m.country) named.insert(m.country);
      if (m.type == EntityType::kOrganization && !m.known && m.first > 0 &&
          Is(v_.Tok(m.first - 1), {"the"}) &&
          (m.last >= v_.tokens.size() || !Is(v_.Tok(m.last), {"of"})) &&
          Is(m.name, {"islamic republic", "sultanate", "kingdom", "hashemite kingdom",
                      "grand duchy", "principality", "emirate", "federal republic"}))
        forms.push_back(n);
    }
    for (size_t n : forms) {
      NameMention& m = out_.names[n];
      const Country* only = nullptr;
      int count = 0;
      for (const Country* c : named)
        if (c->official.size() > m.name.size() + 4 && c->official.starts_with(m.name) &&
            c->official.compare(m.name.size(), 4, " of ") == 0) {
          only = c;
          ++count;
        }
      if (count == 1) m = MakeCountry(m.first, m.last, only, false, "form-of-state", 0.8);
    }
  }

  // "Patrice Talon (Benin Republic)", "the happenings in the Niger Republic", "Congo Republic":
  // a country's short name and "Republic" after it (West African and wire usage) are that
  // country, the one whose official name is "Republic of (the) NAME" first ("Congo Republic"
  // is Brazzaville's, where "Congo" alone is Kinshasa's).
  void CountriesNamedWithRepublicAfter() {
    for (NameMention& m : out_.names) {
      if (m.type != EntityType::kOrganization || m.known || m.last - m.first < 2 ||
          v_.Tok(m.last - 1) != "Republic")
        continue;
      const std::string name = v_.Phrase(m.first, m.last - 1);
      const Country* c = lex_.FindCountry("Republic of the " + name);
      if (!c) c = lex_.FindCountry("Republic of " + name);
      if (!c) c = lex_.FindCountry(name);
      if (c && !c->name.ends_with("Republic"))
        m = MakeCountry(m.first, m.last, c, false, "country-republic", 0.8);
    }
  }

  // "the North's nuclear test", "talks with the South": in a story that names North Korea
  // (South Korea, South Sudan), "the North" ("the South") alone is that country, where only one
  // country the story names opens with the word. Not a region's part: "the South of France",
  // "the North Atlantic".
  void CountriesByTheirCompassWord() {
    const Country* by_word[2] = {nullptr, nullptr};  // North, South
    int count[2] = {0, 0};
    std::set<const Country*> named;
    for (const NameMention& m : out_.names)
      if (m.type == EntityType::kCountry && m.country && !m.via_demonym) named.insert(m.country);
    for (const Country* c : named)
      for (int w = 0; w < 2; ++w)
        if (c->name.starts_with(w == 0 ? "North " : "South ")) {
          by_word[w] = c;
          ++count[w];
        }
    if (count[0] != 1 && count[1] != 1) return;
    std::unordered_map<uint32_t, size_t> by_first;  // a one-word mention's token -> its index
    std::vector<bool> covered(v_.tokens.size(), false);
    for (size_t n = 0; n < out_.names.size(); ++n) {
      const NameMention& m = out_.names[n];
      if (m.last - m.first == 1)
        by_first.emplace(m.first, n);
      else
        for (uint32_t k = m.first; k < m.last && k < covered.size(); ++k) covered[k] = true;
    }
    for (uint32_t k = 1; k < v_.tokens.size(); ++k) {
      const std::string_view w = v_.Tok(k);
      const int which = w == "North" ? 0 : w == "South" ? 1 : -1;
      if (which < 0 || count[which] != 1 || covered[k] || !Is(v_.Tok(k - 1), {"the"})) continue;
      if (k + 1 < v_.tokens.size()) {
        const std::string_view next = v_.Tok(k + 1);
        if (IsCap(next) || Is(next, {"of", "-", "\u2013"})) continue;
      }
      NameMention c = MakeCountry(k, k + 1, by_word[which], false, "compass-word-country", 0.8);
      if (const auto it = by_first.find(k); it != by_first.end()) {
        NameMention& m = out_.names[it->second];
        if (m.type == EntityType::kPerson || (m.known && m.type != EntityType::kPlace)) continue;
        m = std::move(c);
      } else {
        Add(std::move(c));
      }
    }
  }

  // "the Republic of Karakalpakstan", "the Autonomous Republic of Crimea": a republic (no
  // country) of a place the document names alone, or the lexicon lists as a subdivision, is
  // that place, where the tagger read an organization.
  void RepublicsOfPlaces() {
    std::unordered_map<std::string, std::string> places;  // name of each place -> its key
    for (const NameMention& m : out_.names)
      if (m.type == EntityType::kPlace) places.emplace(m.name, m.key);
    for (NameMention& m : out_.names) {
      if (m.type != EntityType::kOrganization || m.known || m.last - m.first < 3) continue;
      uint32_t k = m.first;
      if (Is(v_.Tok(k), {"autonomous"})) ++k;
      if (k + 2 >= m.last || v_.Tok(k) != "Republic" || v_.Tok(k + 1) != "of") continue;
      const std::string place = v_.Phrase(k + 2, m.last);
      const auto named = places.find(place);
      if (named == places.end() && !lex_.FindSubdivision(place)) continue;
      NameMention o = Base(m.first, m.last, EntityType::kPlace, "republic-of-place", 0.8);
      o.subtype = "AdministrativeArea";
      o.name = place;
      o.key = named != places.end() ? named->second : KeyOf(EntityType::kPlace, place);
      m = std::move(o);
    }
  }

  // "Party leader Ozgur Ozel" after "the Republican People's Party": an organization's bare
  // head word names the one organization of the document whose name ends with it.
  void LinkBareHeadWords() {
    // Head word -> mention, -1 if several, by type: "Court" of "International Court of
    // Justice" (the head word before "of" too), "Strip" of "Gaza Strip".
    std::unordered_map<std::string_view, int> by_head[2];
    auto kind = [](const NameMention& m) {
      return m.type == EntityType::kOrganization ? 0 : m.type == EntityType::kPlace ? 1 : -1;
    };
    auto note = [&](int t, std::string_view head, size_t n) {
      auto [it, added] = by_head[t].emplace(head, static_cast<int>(n));
      if (!added && it->second >= 0 && out_.names[it->second].key != out_.names[n].key)
        it->second = -1;
    };
    for (size_t n = 0; n < out_.names.size(); ++n) {
      const NameMention& m = out_.names[n];
      const int t = kind(m);
      if (t < 0 || m.last - m.first < 2) continue;
      note(t, v_.Tok(m.last - 1), n);
      for (uint32_t k = m.first + 1; t == 0 && k + 1 < m.last; ++k)
        if (v_.Tok(k) == "of") {
          if (IsCap(v_.Tok(k - 1)) && lex_.IsOrgWord(v_.Tok(k - 1))) note(t, v_.Tok(k - 1), n);
          break;
        }
    }
    std::vector<bool> bare(out_.names.size(), false);
    for (size_t n = 0; n < out_.names.size(); ++n) {
      NameMention& m = out_.names[n];
      const int t = kind(m);
      if (t < 0 || m.known || m.city || m.country || m.last - m.first != 1 ||
          m.span.begin != v_.tokens[m.first].span.begin ||
          m.span.end != v_.tokens[m.first].span.end)
        continue;
      const std::string_view w = v_.Tok(m.first);
      if (t == 0 ? !lex_.IsOrgWord(w) : !lex_.IsPlaceWord(std::string(w)) || lex_.FindCity(w))
        continue;
      auto it = by_head[t].find(w);
      if (it == by_head[t].end() || it->second < 0) {
        // "the people of Island country", "aid to all areas of the Strip" where no name ends
        // so: a place's common noun alone names nothing.
        bare[n] = t == 1;
        continue;
      }
      const NameMention& named = out_.names[it->second];
      m.key = named.key;
      m.known = named.known;
      m.subtype = named.subtype;
      m.country = named.country;
      m.city = named.city;
      m.name = named.name;
      m.rule = "bare-head-word";
    }
    DropNamesWhere([&](const NameMention& m) { return bare[&m - out_.names.data()]; });
  }

  // True if `first`, the first word of an organization's name, may name it alone: no head
  // word, country, demonym or known name ("Activision", not "National" or "Bank").
  bool IsDistinctiveFirstWord(std::string_view first) const {
    return !lex_.IsOrgWord(first) && !lex_.IsPlaceWord(first) && !IsAllCaps(first) &&
           !lex_.FindCountry(first) && !lex_.FindDemonym(first) && !lex_.FindKnown(first) &&
           !lex_.IsStopName(first) && !IsHeadlineFunctionWord(first);
  }

  // "the 153 Task Force Battalion", "the 47th Mechanized Brigade": a military unit's number
  // is part of its name (the 47th and the 24th are two brigades).
  void NumberedUnits() {
    auto numbered = [](std::string_view w) {
      const size_t digits = w.find_first_not_of("0123456789");
      if (digits == 0 || w.size() > 6) return false;
      const std::string_view rest = digits == std::string_view::npos ? "" : w.substr(digits);
      return Is(rest, {"", "st", "nd", "rd", "th"});
    };
    std::vector<bool> taken(v_.tokens.size(), false);
    for (const NameMention& m : out_.names)
      for (uint32_t k = m.first; k < m.last; ++k) taken[k] = true;
    for (NameMention& m : out_.names) {
      if (m.type != EntityType::kOrganization || m.known || m.first == 0 || taken[m.first - 1] ||
          !Is(v_.Tok(m.last - 1), {"battalion", "brigade", "division", "regiment", "corps",
                                   "squadron", "fleet", "battalions", "brigades"}) ||
          m.span.begin != v_.tokens[m.first].span.begin || !numbered(v_.Tok(m.first - 1)) ||
          v_.sentence_of[m.first - 1] != v_.sentence_of[m.first])
        continue;
      --m.first;
      m.span.begin = v_.tokens[m.first].span.begin;
      m.name = v_.Phrase(m.first, m.last);
      m.key = KeyOf(m.type, m.name);
    }
  }

  // "Activision Blizzard Inc" is the company "Activision Blizzard": an organization the lexicons
  // do not know is named without the legal form written after it (the mention keeps it).
  void DropLegalForms() {
    struct Renamed {
      std::string old_name, key, name;
    };
    std::unordered_map<std::string, Renamed> renamed;  // by the old key
    for (NameMention& m : out_.names) {
      if (m.type != EntityType::kOrganization || m.known || m.last - m.first < 2) continue;
      uint32_t end = m.last;
      while (end > m.first + 1) {
        if (!IsLegalForm(v_.Tok(end - 1))) break;
        --end;
      }
      if (end == m.last) continue;
      Renamed r{m.name, "", v_.Phrase(m.first, end)};
      r.key = KeyOf(EntityType::kOrganization, r.name);
      renamed.emplace(m.key, r);
    }
    // Every mention of the key follows, its acronym ("(NNPC)") among them.
    if (renamed.empty()) return;
    for (NameMention& m : out_.names) {
      auto it = renamed.find(m.key);
      if (it == renamed.end()) continue;
      m.key = it->second.key;
      if (m.name == it->second.old_name) m.name = it->second.name;
    }
  }

  // "Shares of Activision rose" after "Activision Blizzard Inc": a lone name that is the first
  // word of exactly one organization the document names (and no lexicon's name) is that
  // organization. A person stays a person: "said Epps, owner of Epps Aviation". So is a name of
  // several words that is such an organization's name without its legal form, which the
  // tagger read otherwise: "Japan's Kaneshiro Pharmaceutical to buy" (a headline) after
  // "Kaneshiro Pharmaceutical Co.".
  // "France's Orano SA", "Samruk-Kazyna JSC": a name that ends in a company's legal form is a
  // company's, whatever the tagger read; and its one word before the legal form, alone
  // ("Kazatomprom" after "Kazatomprom JSC"), is that company even where read as a person's.
  void LinkCompanyFirstWords() {
    std::unordered_map<std::string_view, int> by_first;    // first word -> mention, -1 if several
    std::unordered_map<std::string_view, size_t> by_name;  // names of several words
    std::unordered_map<std::string_view, size_t> by_bare;  // "Kazatomprom" of "Kazatomprom JSC"
    for (size_t n = 0; n < out_.names.size(); ++n) {
      NameMention& legal = out_.names[n];
      if (!legal.known && !legal.country && !legal.city && legal.last - legal.first >= 2 &&
          legal.type != EntityType::kOrganization && IsLegalForm(v_.Tok(legal.last - 1)) &&
          !IsLegalForm(v_.Tok(legal.first))) {
        legal.type = EntityType::kOrganization;
        legal.subtype = "Corporation";
        legal.key = KeyOf(legal.type, legal.name);
        legal.rule = "legal-form";
      }
      const NameMention& m = out_.names[n];
      if (m.type != EntityType::kOrganization || m.known || m.last - m.first < 2) continue;
      by_name.emplace(m.name, n);
      bool bare = true;
      for (uint32_t k = m.first + 1; k < m.last && bare; ++k) bare = IsLegalForm(v_.Tok(k));
      if (bare) by_bare.emplace(v_.Tok(m.first), n);
      // "Taiwan's Chuan Yung to merge" after "Chuan Yung Technology": so is one without the
      // head word of a company's name.
      if (m.last - m.first >= 3 && IsCompanyHeadWord(v_.Tok(m.last - 1)))
        if (const size_t space = m.name.rfind(' '); space != std::string::npos)
          by_name.emplace(std::string_view(m.name).substr(0, space), n);
      const std::string_view first = v_.Tok(m.first);
      if (!IsDistinctiveFirstWord(first)) continue;
      auto [it, added] = by_first.emplace(first, static_cast<int>(n));
      if (!added && it->second >= 0 && out_.names[it->second].key != m.key) it->second = -1;
    }
    if (by_name.empty()) return;
    for (NameMention& m : out_.names) {
      if (m.known || m.city || m.country) continue;
      int org = -1;
      if (auto it = by_bare.find(v_.Tok(m.first));
          m.last - m.first == 1 && it != by_bare.end() && m.title.empty()) {
        org = static_cast<int>(it->second);
      } else if (m.last - m.first == 1 &&
                 (m.type == EntityType::kOrganization || m.type == EntityType::kPlace)) {
        auto it = by_first.find(v_.Tok(m.first));
        if (it != by_first.end()) org = it->second;
      } else if (m.last - m.first >= 2 && m.type != EntityType::kOrganization &&
                 m.rule.starts_with("tagger")) {
        auto it = by_name.find(m.name);
        if (it != by_name.end()) org = static_cast<int>(it->second);
      }
      if (org < 0) continue;
      const NameMention& named = out_.names[org];
      m.type = EntityType::kOrganization;
      m.key = named.key;
      m.subtype = named.subtype;
      m.name = named.name;
      m.rule = "company-first-word";
    }
  }

  // True if a word of [first, last) is a given name.
  bool HasGivenName(uint32_t first, uint32_t last) const {
    for (uint32_t k = first; k < last; ++k)
      if (lex_.IsGivenName(v_.Tok(k))) return true;
    return false;
  }

  // "Syrah Resources", "Barrick Gold": a name left a person's or a place's that ends in a
  // company's head word is a company's.
  void CompaniesByTheirHeadWord() {
    for (NameMention& m : out_.names)
      if (!m.known && !m.country && !m.city && m.last - m.first >= 2 &&
          (m.type == EntityType::kPerson || m.type == EntityType::kPlace) &&
          IsCap(v_.Tok(m.last - 1)) && IsCompanyHeadWord(v_.Tok(m.last - 1)) &&
          // (Not "Sir David Steel", "astrophysicist Thomas Gold": a given name or a title.)
          m.title.empty() && m.rule != "title-name" && !HasGivenName(m.first, m.last - 1)) {
        m.type = EntityType::kOrganization;
        m.subtype = "Corporation";
        m.key = KeyOf(m.type, m.name);
        m.rule = "company-head-word";
      }
  }

  // "Los Lobos", "Las Rosas", "La Libertad Avanza": a name that opens with a Spanish plural
  // article, or with "La" before two more words, names no person (the tagger reads one); it is
  // a group, a party or a place, and without a gazetteer's word, an organization. ("La Russa"
  // and "Ignazio La Russa" stay people.)
  void ArticleNamesAreNoPersons() {
    for (NameMention& m : out_.names) {
      if (m.type != EntityType::kPerson || m.known || !m.title.empty() || m.rule == "title-name")
        continue;
      const std::string_view first = v_.Tok(m.first);
      if (!(Is(first, {"los", "las"}) && m.last - m.first >= 2) &&
          !(first == "La" && m.last - m.first >= 3))
        continue;
      m.type = EntityType::kOrganization;
      m.key = KeyOf(m.type, m.name);
      m.rule = "article-name";
    }
  }

  // "…, Nikkei reported.", "Tempo reported": one word the tagger reads as a person, that
  // reports a clause before it, is a news outlet where the text names no person with the word
  // as a surname ("…, Lysak reported" after "Governor Serhii Lysak") and gives it no title.
  void ReportingOutlets() {
    std::vector<NameMention*> reporting;
    for (NameMention& m : out_.names)
      if (m.type == EntityType::kPerson && !m.known && m.title.empty() && m.last - m.first == 1 &&
          m.first > 0 && m.last + 1 < v_.tokens.size() && v_.Tok(m.first - 1) == "," &&
          Is(v_.Tok(m.last), {"reported", "reports"}) && Is(v_.Tok(m.last + 1), {".", ",", ";"}))
        reporting.push_back(&m);
    if (reporting.empty()) return;  // (most texts: no surnames gathered)
    std::unordered_set<std::string_view> surnames;
    for (const NameMention& m : out_.names)
      if (m.type == EntityType::kPerson && m.last - m.first >= 2)
        surnames.insert(v_.Tok(m.last - 1));
    for (NameMention* outlet : reporting) {
      NameMention& m = *outlet;
      if (surnames.contains(v_.Tok(m.first))) continue;
      m.type = EntityType::kOrganization;
      m.subtype = "NewsMediaOrganization";
      m.key = KeyOf(m.type, m.name);
      m.rule = "reporting-outlet";
    }
  }

  // "Reuters Staff", a byline: the outlet, not a body of its own.
  void OutletStaff() {
    for (NameMention& m : out_.names) {
      if (m.last - m.first < 2 || v_.Tok(m.last - 1) != "Staff") continue;
      const KnownEntity* outlet = lex_.FindKnown(v_.Phrase(m.first, m.last - 1));
      if (!outlet || outlet->subtype != "NewsMediaOrganization") continue;
      m = Base(m.first, m.last - 1, outlet->type, "outlet-staff", 0.8);
      TypeAsKnown(m, outlet);
    }
  }

  // "BBC Burmese", "BBC Urdu", "Sputnik Africa": a known outlet's name and the language or
  // region of its service is that service, an outlet of its own (not the BBC and Myanmar).
  void OutletServices() {
    auto service_word = [](std::string_view w) {
      return Is(w, {"arabic",  "persian",   "urdu",    "hindi",        "bangla",  "bengali",
                    "burmese", "mundo",     "brasil",  "swahili",      "pashto",  "dari",
                    "somali",  "hausa",     "amharic", "tigrinya",     "tamil",   "sinhala",
                    "nepali",  "punjabi",   "russian", "ukrainian",    "chinese", "vietnamese",
                    "thai",    "indonesia", "turkish", "türkçe",       "afrique", "english",
                    "french",  "spanish",   "africa",  "international"});
    };
    auto outlet_of = [&](uint32_t first, uint32_t last) -> const KnownEntity* {
      const KnownEntity* k = last > first ? lex_.FindKnown(v_.Phrase(first, last)) : nullptr;
      return k && k->IsOutlet() ? k : nullptr;
    };
    std::unordered_map<uint32_t, size_t> starting;  // first token -> mention
    for (size_t n = 0; n < out_.names.size(); ++n) starting.emplace(out_.names[n].first, n);
    auto as_service = [&](NameMention& m, uint32_t first, uint32_t last) {
      m = Base(first, last, EntityType::kOrganization, "outlet-service", 0.75);
      m.subtype = "NewsMediaOrganization";
      m.key = KeyOf(m.type, m.name);
    };
    for (size_t n = 0; n < out_.names.size(); ++n) {
      NameMention& m = out_.names[n];
      if (m.last - m.first >= 2 && service_word(v_.Tok(m.last - 1)) && IsCap(v_.Tok(m.last - 1)) &&
          outlet_of(m.first, m.last - 1)) {
        as_service(m, m.first, m.last);  // one span: "Sputnik Africa"
        continue;
      }
      // Two: the outlet, and the word after it read as a demonym or a place.
      const auto next = starting.find(m.last);
      if (m.type != EntityType::kOrganization || !m.known || !m.known->IsOutlet() ||
          next == starting.end() || m.last >= v_.tokens.size() ||
          v_.tokens[m.last].span.begin != m.span.end + 1 || !IsCap(v_.Tok(m.last)) ||
          !service_word(v_.Tok(m.last)) || out_.names[next->second].last != m.last + 1)
        continue;
      as_service(m, m.first, m.last + 1);
      replaced_.resize(out_.names.size(), kAlive);
      replaced_[next->second] = static_cast<int>(n);
    }
    DropReplaced();
  }

  // "Israel's Channel 12 reported", "the offices of Channel 13", "Channel 4 News": a channel's
  // number after "Channel" names a television outlet.
  void NumberedChannels() {
    const std::vector<int> owner = MentionAtEachToken();
    for (uint32_t k = 0; k + 1 < v_.tokens.size(); ++k) {
      if (v_.Tok(k) != "Channel" || owner[k] >= 0 || owner[k + 1] >= 0 ||
          !IsDigits(v_.Tok(k + 1)) || v_.Tok(k + 1).size() > 3)
        continue;
      const uint32_t last =
          k + 2 < v_.tokens.size() && v_.Tok(k + 2) == "News" && owner[k + 2] < 0 ? k + 3 : k + 2;
      NameMention m = Base(k, last, EntityType::kOrganization, "numbered-channel", 0.8);
      m.subtype = "NewsMediaOrganization";
      m.key = KeyOf(m.type, m.name);
      Add(std::move(m));
    }
  }

  // "a Shas Cabinet minister", "the 2nd Trump Cabinet": a party's or a person's name before
  // "Cabinet" is the party or the person (whose cabinet it is), not a body "Shas Cabinet".
  void CabinetsOfPartiesAndPeople() {
    const DocumentPeople people = PeopleOfTheDocument();
    for (NameMention& m : out_.names) {
      if (m.type != EntityType::kOrganization || m.known || m.last - m.first < 2 ||
          m.last - m.first > 4 || v_.Tok(m.last - 1) != "Cabinet" ||
          m.span.end != v_.tokens[m.last - 1].span.end)
        continue;
      const std::string owner = v_.Phrase(m.first, m.last - 1);
      const KnownEntity* party = lex_.FindKnown(owner);
      if (party && party->type == EntityType::kOrganization) {
        m = Base(m.first, m.last - 1, EntityType::kOrganization, "cabinet-of-party", 0.8);
        TypeAsKnown(m, party);
      } else if (!party && (people.names.contains(owner) || people.surnames.contains(owner))) {
        m = Person(m.first, m.last - 1, "cabinet-of-person", 0.75);
      }
    }
  }

  // "Israel's Kan public radio", "told Zaman newspaper", "the Maariv daily": a name no lexicon
  // knows before the noun of a news medium is that outlet's (not a person or a place; not a
  // town's or a country's radio, "Moscow radio", "Kenyan state television").
  void OutletsByTheirMediaNoun() {
    for (NameMention& m : out_.names) {
      if (m.type == EntityType::kOrganization || m.known || m.city || m.country || m.via_demonym ||
          !m.title.empty() || m.last - m.first > 3 || m.last + 1 >= v_.tokens.size() ||
          m.span.end != v_.tokens[m.last - 1].span.end)
        continue;
      uint32_t k = m.last;
      if (Is(v_.Tok(k), {"public", "state", "private", "state-run", "state-owned"})) ++k;
      if (!Is(v_.Tok(k),
              {"radio", "television", "tv", "newspaper", "daily", "broadcaster", "weekly"}))
        continue;
      bool words = true;  // capitalized, no place's word
      for (uint32_t j = m.first; j < m.last && words; ++j)
        words = IsCap(v_.Tok(j)) && !lex_.IsPlaceWord(v_.Tok(j));
      if (!words) continue;
      m.type = EntityType::kOrganization;
      m.subtype = "NewsMediaOrganization";
      m.key = KeyOf(m.type, m.name);
      m.rule = "outlet-by-medium";
    }
  }

  // "the centrist United National Congress (UNC) party": an organization the tagger reads,
  // before "party" (its short form between), is a party.
  void PartiesByTheirNoun() {
    // "the Semilla party", "the small Podemos party": so is one word read as a place or a
    // person that names nothing the gazetteers know, and the word elsewhere ("Semilla's
    // operation").
    auto one_word = [&](const NameMention& m) {
      return (m.type == EntityType::kPlace || m.type == EntityType::kPerson) && !m.known &&
             !m.city && m.last - m.first == 1 && m.title.empty();
    };
    std::unordered_set<std::string> parties;
    for (const NameMention& m : out_.names)
      if (one_word(m) && m.last < v_.tokens.size() && v_.Tok(m.last) == "party")
        parties.insert(m.name);
    for (NameMention& m : out_.names) {
      if (!parties.empty() && one_word(m) && parties.contains(m.name)) {
        m.type = EntityType::kOrganization;
        m.subtype = "PoliticalParty";
        m.key = KeyOf(m.type, m.name);
        m.rule = "party-noun";
        continue;
      }
      if (m.type != EntityType::kOrganization || m.known || !m.subtype.empty()) continue;
      uint32_t k = m.last;
      if (k + 3 < v_.tokens.size() && v_.Tok(k) == "(" && v_.Tok(k + 2) == ")") k += 3;
      if (k < v_.tokens.size() && v_.Tok(k) == "party") m.subtype = "PoliticalParty";
    }
    // "The Fiji First party took 32 of 50 seats ... Fiji First won 294,000 votes": a country's
    // name and a body's word or two before "party" are the party's name, there and wherever
    // the two stand side by side.
    std::unordered_map<uint32_t, size_t> starting;  // first token -> mention
    for (size_t n = 0; n < out_.names.size(); ++n) starting.emplace(out_.names[n].first, n);
    auto party_after = [&](const NameMention& c) -> NameMention* {
      const auto it = starting.find(c.last);
      if (c.type != EntityType::kCountry || c.via_demonym || it == starting.end()) return nullptr;
      NameMention& p = out_.names[it->second];
      return p.type == EntityType::kOrganization && !p.known && p.last - p.first <= 2 ? &p
                                                                                      : nullptr;
    };
    std::set<std::pair<std::string, std::string>> country_parties;
    for (const NameMention& c : out_.names)
      if (const NameMention* p = party_after(c); p && p->last < v_.tokens.size() &&
                                                 v_.Tok(p->last) == "party" && c.first > 0 &&
                                                 Is(v_.Tok(c.first - 1), {"the"}))
        country_parties.insert({c.name, p->name});
    if (!country_parties.empty()) {
      replaced_.resize(out_.names.size(), kAlive);
      for (size_t n = 0; n < out_.names.size(); ++n) {
        NameMention* p = party_after(out_.names[n]);
        if (!p || !country_parties.contains({out_.names[n].name, p->name})) continue;
        NameMention party =
            Base(out_.names[n].first, p->last, EntityType::kOrganization, "country-party", 0.75);
        party.subtype = "PoliticalParty";
        party.key = KeyOf(party.type, party.name);
        *p = std::move(party);
        replaced_[n] = static_cast<int>(p - out_.names.data());
      }
      DropReplaced();
    }
  }

  // "the Los Choneros criminal gang", "the Jalisco New Generation cartel": a name between "the"
  // and a gang's noun (one describing word may stand between) is the gang, where the tagger
  // read a place or a person no lexicon knows, and so is the name elsewhere in the text.
  void GangsByTheirNoun() {
    std::unordered_set<std::string> gangs;
    for (const NameMention& m : out_.names) {
      if (m.type == EntityType::kOrganization || m.type == EntityType::kCountry || m.known ||
          m.city || !m.subtype.empty() || lex_.FindSubdivision(m.name) || !m.title.empty() ||
          m.first == 0 || !Is(v_.Tok(m.first - 1), {"the"}))
        continue;
      uint32_t k = m.last;
      if (k + 1 < v_.tokens.size() && IsLower(v_.Tok(k)) &&
          Is(v_.Tok(k), {"criminal", "armed", "drug", "drug-trafficking", "notorious", "powerful",
                         "street", "prison"}))
        ++k;
      if (k < v_.tokens.size() && Is(v_.Tok(k), {"gang", "cartel", "militia"}) &&
          IsLower(v_.Tok(k)))
        gangs.insert(m.name);
    }
    if (gangs.empty()) return;
    for (NameMention& m : out_.names) {
      if (m.type == EntityType::kOrganization || m.known || m.city || !m.alias_of.empty() ||
          !gangs.contains(m.name))
        continue;
      m.type = EntityType::kOrganization;
      m.subtype.clear();
      m.country = nullptr;
      m.key = KeyOf(m.type, m.name);
      m.rule = "gang-noun";
    }
  }

  // "This is not a victory for the Labour Party alone" after "the Antigua and Barbuda Labour
  // Party": a known party's name that ends the name of one other party of the document names
  // that party, not the known one (Britain's).
  void PartiesNamedByTheirEnd() {
    std::unordered_map<std::string, int> by_end;  // "Labour Party" -> the longer party, -1 if two
    for (size_t n = 0; n < out_.names.size(); ++n) {
      const NameMention& m = out_.names[n];
      if (m.type != EntityType::kOrganization || m.known || m.last - m.first < 3) continue;
      // (Its last two to four words: a known party's name is short.)
      size_t space = m.name.rfind(' ');
      for (int words = 1; words <= 4 && space != std::string::npos && space > 0; ++words) {
        space = m.name.rfind(' ', space - 1);
        if (space == std::string::npos) break;
        const auto [it, added] = by_end.try_emplace(m.name.substr(space + 1), static_cast<int>(n));
        if (!added && it->second >= 0 && out_.names[it->second].key != m.key) it->second = -1;
      }
    }
    if (by_end.empty()) return;
    for (NameMention& m : out_.names) {
      if (m.type != EntityType::kOrganization || !m.known || m.known->subtype != "PoliticalParty")
        continue;
      const auto it = by_end.find(v_.Phrase(m.first, m.last));
      if (it == by_end.end() || it->second < 0) continue;
      const NameMention& longer = out_.names[it->second];
      m.known = nullptr;
      m.key = longer.key;
      m.name = longer.name;
      m.subtype = longer.subtype;
      m.country = longer.country;
      m.rule = "party-named-by-its-end";
    }
  }

  // "Bainimarama and Fiji First had refused" after "the Fiji First Party": a party the document
  // names with its noun, written again without it (two words or more), is that party; the
  // words are no country and no person of their own.
  void PartiesWithoutTheirNoun() {
    struct Stem {
      uint32_t words;
      size_t party;  // the mention of the full name
    };
    std::unordered_map<std::string, Stem> stems;  // "Fiji First" -> the party
    for (size_t n = 0; n < out_.names.size(); ++n) {
      const NameMention& m = out_.names[n];
      bool capitalized = true;
      for (uint32_t k = m.first; k + 1 < m.last && capitalized; ++k)
        capitalized = IsCap(v_.Tok(k)) && !IsAllCaps(v_.Tok(k));
      if (m.type != EntityType::kOrganization || m.last - m.first < 3 ||
          v_.Tok(m.last - 1) != "Party" || !capitalized)
        continue;
      stems.try_emplace(v_.Phrase(m.first, m.last - 1), Stem{m.last - 1 - m.first, n});
    }
    if (stems.empty()) return;
    // The stems by their first word, so that each token is looked up once (a document of many
    // parties stays linear).
    std::unordered_map<std::string, std::vector<const std::pair<const std::string, Stem>*>>
        by_first;
    for (const auto& entry : stems)
      by_first[entry.first.substr(0, entry.first.find(' '))].push_back(&entry);
    for (auto& [word, list] : by_first)  // (the longest first, whatever the hash order)
      std::sort(list.begin(), list.end(), [](const auto* a, const auto* b) {
        return std::pair(b->second.words, a->first) < std::pair(a->second.words, b->first);
      });
    std::vector<NameMention> added;  // the stems found, in text order
    for (uint32_t k = 0; k < v_.tokens.size(); ++k) {
      const auto it = by_first.find(std::string(v_.Tok(k)));
      if (it == by_first.end()) continue;
      for (const auto* entry : it->second) {
        const uint32_t end = k + entry->second.words;
        if (end > v_.tokens.size() || v_.Phrase(k, end) != entry->first) continue;
        if ((end < v_.tokens.size() && IsCap(v_.Tok(end))) ||
            (k > 0 && IsCap(v_.Tok(k - 1)) && !v_.tokens[k].newline_before))
          continue;  // part of a longer name
        const NameMention& party = out_.names[entry->second.party];
        NameMention m = Base(k, end, EntityType::kOrganization, "party-without-its-noun", 0.75);
        m.key = party.key;
        m.name = party.name;
        m.subtype = party.subtype;
        m.country = party.country;
        added.push_back(std::move(m));
        break;
      }
    }
    if (added.empty()) return;
    DropNamesWhere([&](const NameMention& m) {
      return std::any_of(added.begin(), added.end(), [&](const NameMention& a) {
        return m.first >= a.first && m.last <= a.last;
      });
    });
    for (NameMention& m : added) Add(std::move(m));
  }

  // "Alexandria, Egypt", "Paris, Texas": a town followed by a comma and a country or state is
  // the town of that name there when the gazetteer has one (not the most populous namesake).
  void PlaceTownsInTheirCountry() {
    std::unordered_map<uint32_t, size_t> by_first;
    for (size_t n = 0; n < out_.names.size(); ++n) by_first.emplace(out_.names[n].first, n);
    std::unordered_map<std::string, const City*> pinned;  // gazetteer name -> the town told
    for (NameMention& m : out_.names) {
      if (!m.city || m.last + 1 >= v_.tokens.size() || v_.Tok(m.last) != ",") continue;
      const Country* country = nullptr;
      if (auto it = by_first.find(m.last + 1); it != by_first.end()) {
        const NameMention& where = out_.names[it->second];
        if (where.type == EntityType::kCountry || where.subtype == "AdministrativeArea")
          country = where.country;
      } else if (std::string_view w = v_.Tok(m.last + 1); w.ends_with("-based")) {
        // "the Santa Clara, California-based chipmaker"
        const std::string region(w.substr(0, w.size() - 6));
        if (const Country* c = lex_.FindCountry(region)) {
          country = c;
        } else if (const Subdivision* sub = lex_.FindSubdivision(region)) {
          country = lex_.CountryByIso2(sub->country_iso2);
        }
      }
      if (!country) continue;
      const City* city =
          country->iso2 == m.city->country_iso2 ? m.city : lex_.FindCityIn(m.name, country->iso2);
      if (!city) continue;
      // (One town per name: two pinned to different countries pin none.)
      if (auto [it, added] = pinned.emplace(m.city->name, city); !added && it->second != city)
        it->second = nullptr;
      m.city = city;
      m.country = country;
      m.key = KeyOf(EntityType::kPlace, city->name) + "/" + city->country_iso2;
    }
    // The story's other mentions of that name are that town: "VALENCIA, Spain (AP) — ...
    // marched in the eastern city of Valencia" (not Valencia, Venezuela, the most populous).
    for (NameMention& m : out_.names) {
      if (!m.city) continue;
      const auto it = pinned.find(m.city->name);
      if (it == pinned.end() || !it->second || it->second == m.city) continue;
      m.city = it->second;
      m.country = lex_.CountryByIso2(m.city->country_iso2);
      m.key = KeyOf(EntityType::kPlace, m.city->name) + "/" + m.city->country_iso2;
    }
  }

  // True if the tagger alone typed `m`, and its words are capitalized (not in capitals) and no
  // organization's head word: a name it may have read as a body where the context says a person.
  bool TaggedCapitalizedNonOrgWords(const NameMention& m) const {
    return m.rule.starts_with("tagger") && !m.known &&
           std::all_of(v_.tokens.begin() + m.first, v_.tokens.begin() + m.last,
                       [&](const nlp::Token& t) {
                         const std::string_view w = t.span.Of(v_.text);
                         return IsCap(w) && !IsAllCaps(w) && !lex_.IsOrgWord(w);
                       });
  }

  // Makes `m` a person's name, found so by `rule`.
  static void ReadAsPerson(NameMention& m, const char* rule) {
    m.type = EntityType::kPerson;
    m.subtype.clear();
    m.key = KeyOf(EntityType::kPerson, m.name);
    m.rule = rule;
  }

  // "former Vice Presidents Ma'ruf Amin, Boediono, Jusuf Kalla, and Try Sutrisno": the names
  // a title's plural lists are people's, where the tagger alone read a place or an
  // organization of capitalized words no lexicon knows.
  void PeopleListedAfterPluralTitles() {
    // (Asked of the word before each name, not of every word.)
    std::unordered_map<uint32_t, size_t> by_first;  // built at the first plural title
    for (size_t listed = 0; listed < out_.names.size(); ++listed) {
      if (out_.names[listed].first == 0) continue;
      const uint32_t k = out_.names[listed].first - 1;
      const std::string_view w = v_.Tok(k);
      if (!IsPluralTitle(w) && !(k > 0 && IsPluralTitle(w, v_.Tok(k - 1)))) continue;
      if (by_first.empty())
        for (size_t n = 0; n < out_.names.size(); ++n) by_first.emplace(out_.names[n].first, n);
      for (uint32_t j = k + 1; j < v_.tokens.size(); ++j) {
        const auto it = by_first.find(j);
        if (it == by_first.end()) {
          if (!Is(v_.Tok(j), {",", "and"})) break;
          continue;
        }
        NameMention& m = out_.names[it->second];
        if (m.type != EntityType::kPerson) {
          const bool plain =
              !m.city && !m.country && m.last - m.first <= 3 && TaggedCapitalizedNonOrgWords(m) &&
              std::none_of(
                  v_.tokens.begin() + m.first, v_.tokens.begin() + m.last,
                  [&](const nlp::Token& t) { return lex_.IsPlaceWord(t.span.Of(v_.text)); });
          if (!plain) break;
          ReadAsPerson(m, "listed-after-plural-title");
        }
        j = m.last - 1;
      }
    }
  }

  // "Opposition Move Forward Party poised to capture ...", a headline above "The opposition
  // Move Forward Party outperformed": a party's place in politics that opens a sentence is no
  // part of the name the text writes elsewhere without it.
  void PositionsOpeningSentences() {
    std::unordered_set<std::string> names;  // organizations' names, built at the first asked
    for (NameMention& m : out_.names) {
      if (m.type != EntityType::kOrganization || m.known || m.last - m.first < 3 ||
          m.first != v_.sentences[v_.sentence_of[m.first]].first ||
          !IsPartyPositionWord(v_.Tok(m.first)) || !IsCap(v_.Tok(m.first)) ||
          m.span.begin != v_.tokens[m.first].span.begin)
        continue;
      if (names.empty())
        for (const NameMention& o : out_.names)
          if (o.type == EntityType::kOrganization) names.insert(o.name);
      NameMention rest = Narrowed(m, m.first + 1, m.last);
      if (names.count(rest.name)) m = std::move(rest);
    }
  }

  // "Al-Halboosi leaves the parliament" (a headline, a sentence's first word) is the
  // "al-Halboosi" the text writes elsewhere: a person's name opening with a capitalized glued
  // particle takes it in lower case where the document's other people's names write it so.
  void ParticlesInTheirDocumentCase() {
    std::unordered_set<std::string_view> words;  // the words of people's names with "al-"/"el-"
    for (const NameMention& m : out_.names) {
      if (m.type != EntityType::kPerson) continue;
      const std::string_view name = m.name;
      for (size_t at = 0; at < name.size();) {
        const size_t space = std::min(name.find(' ', at), name.size());
        const std::string_view w = name.substr(at, space - at);
        if (w.starts_with("al-") || w.starts_with("el-")) words.insert(w);
        at = space + 1;
      }
    }
    if (words.empty()) return;
    for (NameMention& m : out_.names) {
      if (m.type != EntityType::kPerson || m.name.size() < 4 ||
          !(m.name.starts_with("Al-") || m.name.starts_with("El-")))
        continue;
      std::string lowered = m.name;
      lowered[0] = static_cast<char>(lowered[0] - 'A' + 'a');
      if (!words.contains(std::string_view(lowered).substr(0, lowered.find(' ')))) continue;
      m.name = std::move(lowered);
      m.key = KeyOf(EntityType::kPerson, m.name);
    }
  }

  // "my friend Abe Shinzo" after "Shinzo Abe" and "Abe": a name of two words written in the
  // other order of a person the document names first, and by the surname alone, is that person
  // (Japanese, Chinese, Korean and Hungarian names are written both ways in English).
  void NamesInEitherOrder() {
    std::unordered_set<std::string> alone;  // people named by one word (copies: names change below)
    for (const NameMention& m : out_.names)
      if (m.type == EntityType::kPerson && m.name.find(' ') == std::string::npos)
        alone.insert(m.name);
    std::unordered_map<std::string, std::string> first_written;  // "Abe Shinzo" -> "Shinzo Abe"
    for (const NameMention& m : out_.names) {
      if (m.type != EntityType::kPerson || m.descriptive) continue;
      const size_t space = m.name.find(' ');
      if (space == std::string::npos || m.name.find(' ', space + 1) != std::string::npos) continue;
      if (!alone.contains(m.name.substr(space + 1))) continue;
      std::string reversed = m.name.substr(space + 1) + ' ' + m.name.substr(0, space);
      if (!first_written.contains(m.name)) first_written.emplace(std::move(reversed), m.name);
    }
    for (NameMention& m : out_.names) {
      if (m.type != EntityType::kPerson || m.descriptive) continue;
      const auto it = first_written.find(m.name);
      if (it == first_written.end() || it->second == m.name) continue;
      m.name = it->second;
      m.key = KeyOf(EntityType::kPerson, m.name);
    }
  }

  // The names of the document's people (not those only described), and the last words of those
  // of two words or more.
  struct DocumentPeople {
    std::unordered_set<std::string> names;
    std::unordered_set<std::string> surnames;
  };
  DocumentPeople PeopleOfTheDocument() const {
    DocumentPeople people;
    for (const NameMention& m : out_.names) {
      if (m.type != EntityType::kPerson || m.descriptive) continue;
      people.names.insert(m.name);
      if (const size_t space = m.name.rfind(' '); space != std::string::npos)
        people.surnames.insert(m.name.substr(space + 1));
    }
    return people;
  }

  // "the pro-Russian Calin Georgescu" (beside "Georgescu won"), "\"If Aryeh Deri isn't in the
  // government\"" (beside "Aryeh Deri, the head of the Shas party"): capitalized words no
  // lexicon knows, read as an organization or a place where the tagger alone saw one, are a
  // person's name the document gives a person elsewhere, whole or as the surname alone.
  void PeopleNamedSoElsewhere() {
    const DocumentPeople named = PeopleOfTheDocument();
    const std::unordered_set<std::string>& people = named.names;
    const std::unordered_set<std::string>& surnames = named.surnames;
    if (people.empty()) return;
    // The surnames by their first four bytes, in order: a long one-word name is looked up
    // among those that open as it does, not compared with every surname.
    std::map<std::string, std::vector<std::string>> by_opening;
    for (const std::string& surname : surnames)
      if (surname.size() >= 6) by_opening[surname.substr(0, 4)].push_back(surname);
    for (auto& [opening, list] : by_opening) std::sort(list.begin(), list.end());
    for (NameMention& m : out_.names) {
      if ((m.type != EntityType::kOrganization && m.type != EntityType::kPlace) || m.known ||
          m.city || m.country || m.via_demonym || m.last - m.first > 3 ||
          m.name != v_.Phrase(m.first, m.last))
        continue;
      // One word is a surname of a full name ("Karadzic" after "Radovan Karadzic"), not a
      // person's one word ("Saddam", or a word the rules misread); more name a person whole or
      // end with his surname.
      // ("al-Halbousi" after "Mohammad al-Halboosi": one letter apart in a long surname is
      // its other spelling.)
      std::string spelled;
      if (m.last - m.first == 1 && !surnames.contains(m.name) && m.name.size() >= 7)
        if (const auto it = by_opening.find(m.name.substr(0, 4)); it != by_opening.end())
          for (const std::string& surname : it->second)
            if (OneEditApart(surname, m.name)) spelled = surname;
      if (m.last - m.first == 1
              ? !surnames.contains(m.name) && spelled.empty()
              : !people.contains(m.name) && !people.contains(std::string(v_.Tok(m.last - 1))))
        continue;
      bool words = true;
      for (uint32_t k = m.first; k < m.last && words; ++k) {
        const std::string_view w = v_.Tok(k);
        words = IsCap(WithoutGluedParticle(w)) && !IsAllCaps(w) && !lex_.IsOrgWord(w) &&
                !lex_.IsPlaceWord(w) && !lex_.IsPlacePrefix(w) && !IsStormWord(w);
      }
      // (Not where the text says what place it is: "the town of Tal Afar".)
      if (m.first >= 2 && v_.Tok(m.first - 1) == "of" &&
          Is(v_.Tok(m.first - 2), {"town", "city", "village", "province", "district", "region"}))
        continue;
      if (!words || lex_.FindSubdivision(m.name) || lex_.FindCity(m.name)) continue;
      if (!spelled.empty()) m.name = spelled;
      ReadAsPerson(m, "named-so-elsewhere");
    }
  }

  // True if `a` and `b` differ by one inserted, deleted or replaced byte.
  static bool OneEditApart(std::string_view a, std::string_view b) {
    if (a.size() < b.size()) std::swap(a, b);
    if (a.size() - b.size() > 1) return false;
    size_t i = 0;
    while (i < b.size() && a[i] == b[i]) ++i;
    if (i == b.size()) return a.size() != b.size();
    return a.size() == b.size() ? a.substr(i + 1) == b.substr(i + 1)
                                : a.substr(i + 1) == b.substr(i);
  }

  // "Buma, Segers and Pechtold have chosen": two names joined by "and" after a person's in a
  // list are people, not a firm "Segers and Pechtold". (Not the other way: a person listed
  // among organizations is still one, "Hamas, Fatah and Barghouti".)
  void PeopleListedWithPeople() {
    std::unordered_map<uint32_t, size_t> by_last;  // built at the first candidate
    const size_t count = out_.names.size();
    for (size_t n = 0; n < count; ++n) {
      const NameMention& m = out_.names[n];
      if (m.type != EntityType::kOrganization || m.known || m.last - m.first != 3 || m.first < 2 ||
          v_.Tok(m.first - 1) != "," || v_.Tok(m.first + 1) != "and" || !IsCap(v_.Tok(m.first)) ||
          !IsCap(v_.Tok(m.first + 2)) || lex_.IsOrgWord(Lower(v_.Tok(m.first))) ||
          lex_.IsOrgWord(Lower(v_.Tok(m.first + 2))) ||
          m.span.begin != v_.tokens[m.first].span.begin ||
          m.span.end != v_.tokens[m.last - 1].span.end)
        continue;
      if (by_last.empty())
        for (size_t k = 0; k < count; ++k) by_last.emplace(out_.names[k].last, k);
      const auto before = by_last.find(m.first - 1);
      if (before == by_last.end() || out_.names[before->second].type != EntityType::kPerson)
        continue;
      const uint32_t second = m.first + 2;
      out_.names[n] = Person(m.first, m.first + 1, "listed-with-people", 0.7);
      Add(Person(second, second + 1, "listed-with-people", 0.7));
    }
  }

  // "BINAJ GURUBACHARYA" on a line of its own above "Associated Press", "KENJI TAKAHASHI,
  // Nikkei staff writer": two or three words in capitals that no lexicon knows, on the line
  // before a known outlet's name alone or opening a line that names its writer, are his name.
  void CapitalBylines() {
    for (uint32_t first = 0; first + 3 < v_.tokens.size(); ++first) {
      if (!(first == 0 || v_.tokens[first].newline_before)) continue;
      uint32_t n = 0;
      while (n < 4 && first + n + 1 < v_.tokens.size() &&
             !v_.tokens[first + n + 1].newline_before && v_.Tok(first + n).size() >= 2 &&
             IsAllCaps(v_.Tok(first + n)) && IsCap(v_.Tok(first + n)))
        ++n;
      if (n < 2 || n > 3 || v_.Tok(first + n) != ",") continue;
      bool writer = false;
      for (uint32_t j = first + n + 1; j < v_.tokens.size() && j < first + n + 7 && !writer; ++j) {
        if (v_.tokens[j].newline_before) break;
        writer = Is(v_.Tok(j), {"writer", "correspondent", "reporter", "editor"});
      }
      if (writer && AddCapitalsWriter(first, first + n)) return;
    }
    for (const NameMention& o : out_.names) {
      if (!o.known || !o.known->IsOutlet() || o.first < 2 || !v_.tokens[o.first].newline_before ||
          (o.last < v_.tokens.size() && !v_.tokens[o.last].newline_before))
        continue;
      uint32_t first = o.first - 1;  // the line before the outlet's
      while (first > 0 && o.first - first < 4 && !v_.tokens[first].newline_before) --first;
      const uint32_t n = o.first - first;
      if (n < 2 || n > 3 || !(first == 0 || v_.tokens[first].newline_before)) continue;
      bool caps = true;
      for (uint32_t j = first; j < o.first && caps; ++j) {
        const std::string_view w = v_.Tok(j);
        caps = w.size() >= 2 && IsAllCaps(w) &&
               std::all_of(w.begin(), w.end(), [](char c) { return c < 0 || std::isalpha(c); });
      }
      if (caps && AddCapitalsWriter(first, o.first)) return;
    }
  }

  // Adds the writer named in capitals at tokens [first, last), in title case ("Binaj
  // Gurubacharya"), unless the lexicons know the words or a mention holds one. True if added.
  bool AddCapitalsWriter(uint32_t first, uint32_t last) {
    const std::string phrase = TitleCasedCaps(v_.Phrase(first, last));
    if (lex_.FindKnown(phrase) || lex_.FindCountry(phrase) || lex_.FindCity(phrase) ||
        std::any_of(out_.names.begin(), out_.names.end(),
                    [&](const NameMention& m) { return m.first < last && m.last > first; }))
      return false;
    NameMention writer = Person(first, last, "byline-capitals", 0.7);
    writer.name = phrase;
    writer.key = KeyOf(EntityType::kPerson, phrase);
    Add(std::move(writer));
    return true;
  }

  // "By Muzliza Mustafa, Iman Muttaqin Yusof, Fitri Hazim and Nisha David" on a line of its
  // own: where every part of the list is two to four capitalized words (no outlet's, desk's or
  // date's), each part in which no name was read is a person's.
  void BylinePeople() {
    for (const nlp::Sentence& s : v_.sentences) {
      if (s.last - s.first < 3 || s.last - s.first > 40 || v_.Tok(s.first) != "By" ||
          (s.first > 0 && !v_.tokens[s.first].newline_before) ||
          (s.last < v_.tokens.size() && !v_.tokens[s.last].newline_before))
        continue;
      // "By Diplomacy Journal Lee Jon-young": the outlet, then its writer's two or three words.
      // (The outlet may be read already, the tagger's.)
      if (s.last - s.first >= 5 && s.last - s.first <= 8 && lex_.IsOrgWord(v_.Tok(s.last - 3)) &&
          PlainWords(s.last - 2, s.last) && PlainWords(s.first + 1, s.last - 3)) {
        const uint32_t writer = s.last - 2;
        bool outlet_read = false, other = false;
        for (const NameMention& m : out_.names) {
          if (m.first >= s.last || m.last <= s.first) continue;
          if (m.first == s.first + 1 && m.last == writer && m.type == EntityType::kOrganization)
            outlet_read = true;
          else
            other = true;
        }
        if (!other) {
          if (outlet_read)
            Add(Person(writer, s.last, "byline-person", 0.7));
          else
            AddBodyAndPerson(s.first + 1, writer, s.last);
          continue;
        }
      }
      // "By Saskya Vandoorne, Joseph Ataman and Serene Nourrisson, CNN": the outlet after the
      // list's last comma ends it.
      uint32_t end = s.last;
      for (uint32_t c = s.last - 1; c > s.first + 2 && c + 4 >= s.last; --c) {
        if (v_.Tok(c) != ",") continue;
        const bool outlet =
            (c + 2 == s.last && IsAllCaps(v_.Tok(c + 1)) && v_.Tok(c + 1).size() >= 2) ||
            std::any_of(out_.names.begin(), out_.names.end(), [&](const NameMention& m) {
              return m.first >= c + 1 && m.first <= c + 2 && m.last == s.last &&
                     m.type == EntityType::kOrganization;
            });
        if (outlet) end = c;
        break;
      }
      std::vector<std::pair<uint32_t, uint32_t>> parts;
      bool names_only = true;
      for (uint32_t b = s.first + 1, j = b; names_only && j <= end; ++j) {
        if (j == end || Is(v_.Tok(j), {",", "and", "&"})) {
          names_only = j - b >= 2 && j - b <= 4;
          parts.emplace_back(b, j);
          if (j + 1 < end && v_.Tok(j) == "," && v_.Tok(j + 1) == "and") ++j;
          b = j + 1;
          continue;
        }
        const std::string_view w = v_.Tok(j);
        names_only =
            IsCap(w) && !IsAllCaps(w) &&
            std::none_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; }) &&
            !lex_.IsOrgWord(w) &&
            !Is(w, {"staff", "reporter", "reporters", "correspondent", "correspondents", "editor",
                    "editors", "writer", "writers", "desk", "news", "team", "bureau", "agencies",
                    "agency", "press", "online", "web", "our"});
      }
      if (!names_only) continue;
      for (const std::pair<uint32_t, uint32_t>& part : parts) {
        const bool read = std::any_of(out_.names.begin(), out_.names.end(), [&](const auto& m) {
          return m.first < part.second && m.last > part.first;
        });
        if (!read) Add(Person(part.first, part.second, "byline-person", 0.7));
      }
    }
  }

  // "(Reporting by Miriam Vogt; Editing by Peter Halloran)", "By Francesco Guarascio and
  // Lisandra Paraguassu" on a line of its own: the names a credit line lists are people's, where
  // the tagger read an organization of two or three capitalized words that no lexicon knows.
  void CreditedPeople() {
    std::unordered_map<uint32_t, size_t> by_first;
    for (size_t n = 0; n < out_.names.size(); ++n) by_first.emplace(out_.names[n].first, n);
    for (const nlp::Sentence& s : v_.sentences)
      for (uint32_t k = s.first; k < s.last; ++k) {
        if (!v_.OpensCredits(s, k)) continue;
        // The names up to the next ";", ")" or the sentence's end, with the places reported
        // from ("in Hanoi") between them.
        for (uint32_t j = k + 1; j < s.last && !Is(v_.Tok(j), {";", ")"}); ++j) {
          const auto it = by_first.find(j);
          if (it == by_first.end()) {
            if (!Is(v_.Tok(j), {",", "and", "in", "from"})) break;
            continue;
          }
          NameMention& m = out_.names[it->second];
          const bool place = j > s.first && Is(v_.Tok(j - 1), {"in", "from"});
          if (m.type == EntityType::kOrganization && !place && m.last - m.first >= 2 &&
              m.last - m.first <= 3 && TaggedCapitalizedNonOrgWords(m)) {
            ReadAsPerson(m, "credited-person");
          } else if (m.type != EntityType::kPerson && !place) {
            break;  // (a place one reported from goes on; anything else ends the list)
          }
          j = m.last - 1;
        }
      }
  }

  // "REUTERS/Alaa al-Marjani", "Xinhua/Liu Weibing": a photo's credit, the agency and its
  // photographer glued by a slash. The name after it is a person's, where the tagger read a
  // place or an organization no lexicon knows.
  // So is the name glued before the slash of "[File: Mukhtar Kholdorbekov/Reuters]".
  void PhotographersCredited() {
    std::unordered_map<uint32_t, const KnownEntity*> outlet_ending;  // token after it -> outlet
    std::unordered_set<uint32_t> outlet_starting;                    // its first token
    for (const NameMention& m : out_.names)
      if (m.known && m.known->IsOutlet()) {
        outlet_ending.emplace(m.last, m.known);
        outlet_starting.insert(m.first);
      }
    if (outlet_ending.empty()) return;
    for (NameMention& m : out_.names) {
      if (m.type == EntityType::kPerson || m.known || m.city || m.country || m.last - m.first < 2 ||
          m.last - m.first > 4)
        continue;
      bool credited = false;
      if (m.first >= 2 && v_.Tok(m.first - 1) == "/") {
        const nlp::Token& slash = v_.tokens[m.first - 1];
        const nlp::Token& agency = v_.tokens[m.first - 2];
        credited = slash.span.begin == agency.span.end && m.span.begin == slash.span.end &&
                   outlet_ending.contains(m.first - 1);
      } else if (m.last + 1 < v_.tokens.size() && v_.Tok(m.last) == "/") {
        const nlp::Token& slash = v_.tokens[m.last];
        credited = slash.span.begin == m.span.end &&
                   v_.tokens[m.last + 1].span.begin == slash.span.end &&
                   outlet_starting.contains(m.last + 1);
      }
      if (!credited) continue;
      bool words = true;
      for (uint32_t j = m.first; j < m.last && words; ++j)
        words = !lex_.IsOrgWord(v_.Tok(j)) && !lex_.IsPlaceWord(v_.Tok(j));
      if (words) ReadAsPerson(m, "photo-credit");
    }
  }

  // "Morissanda Kouyaté (left), Minister of Foreign Affairs of Guinea": a name a photo's
  // caption places, "(left)", "(right)" or "(centre)" after it, is a person's, where the tagger
  // read an organization or a place no lexicon knows.
  void PeoplePlacedInAPhoto() {
    for (NameMention& m : out_.names) {
      if (m.type == EntityType::kPerson || m.known || m.city || m.country || m.last - m.first < 2 ||
          m.last + 2 >= v_.tokens.size() || v_.Tok(m.last) != "(" || v_.Tok(m.last + 2) != ")" ||
          !IsPhotoPosition(v_.Tok(m.last + 1)))
        continue;
      bool words = true;
      for (uint32_t j = m.first; j < m.last && words; ++j)
        words = IsCap(v_.Tok(j)) && !lex_.IsOrgWord(v_.Tok(j)) && !lex_.IsPlaceWord(v_.Tok(j));
      if (words) ReadAsPerson(m, "photo-position");
    }
  }

  // A person's written span follows the tagger where it names the person with more words
  // around the rules' name: "President Mahmoud Ahmadinejad", "Mr. Chavez". The name, key and
  // entity stay the rules' ("Mahmoud Ahmadinejad"; the title is a fact of its own). Words that
  // belong to another mention are never taken.
  void WidenPersonSpans() {
    if (tagged_persons_.empty()) return;
    const std::vector<int> owner = MentionAtEachToken();
    for (size_t n = 0; n < out_.names.size(); ++n) {
      NameMention& m = out_.names[n];
      if (m.type != EntityType::kPerson || m.descriptive || m.first >= m.last) continue;
      if (m.span.begin != v_.tokens[m.first].span.begin ||
          m.span.end != v_.tokens[m.last - 1].span.end)
        continue;  // a part of one token ("Aliyev-Pashinyan")
      auto t = std::lower_bound(tagged_persons_.begin(), tagged_persons_.end(), m.first,
                                [](const NameSpan& a, uint32_t first) { return a.last <= first; });
      if (t == tagged_persons_.end() || t->first > m.first || t->last < m.last) continue;
      if (t->first == m.first && t->last == m.last) continue;
      if (m.rule == "byline-capitals") continue;  // (not "By" before it)
      bool free = true;
      for (uint32_t k = t->first; k < t->last && free; ++k)
        free = (k >= m.first && k < m.last) || owner[k] < 0;
      if (!free) continue;
      m.written = Span{v_.tokens[t->first].span.begin, v_.tokens[t->last - 1].span.end};
    }
  }

  static constexpr int kNotAllCaps = -2;

  // True for a house [first, last) that is where things happen: "talks at Hyderabad House",
  // "signed the treaty at Parliament House", "outside Jubilee House" (not the "Upper House").
  bool HouseAt(uint32_t first, uint32_t last) const {
    if (last - first < 2 || v_.Tok(last - 1) != "House" || first == 0 ||
        Is(v_.Tok(first), {"upper", "lower"}))
      return false;
    // (MeetAt's "talks at" is one "at" before it. "at the Melanesian House", "welcomed to
    // Government House", "in Parliament House": where someone is.)
    const uint32_t sf = v_.sentences[v_.sentence_of[first]].first;
    const uint32_t k = first > sf + 1 && v_.Tok(first - 1) == "the" ? first - 1 : first;
    return k > sf && Is(v_.Tok(k - 1), {"at", "outside", "inside", "to", "in", "from", "near"});
  }

  // True if the name at token `first` of sentence `s` is where people meet: after "at" and a
  // word of meeting ("talks at", "received at", "a dinner at").
  bool MeetAt(const nlp::Sentence& s, uint32_t first) const {
    return first >= s.first + 2 && v_.Tok(first - 1) == "at" &&
           Is(v_.Tok(first - 2),
              {"talks", "met", "meeting", "meetings", "summit", "held", "hosted", "received",
               "welcomed", "ceremony", "dinner", "banquet", "luncheon", "reception", "gathered",
               "arrived", "convened", "signed", "signing"});
  }

  // True if the last title found is followed by "of" (and "the") and an organization's name
  // that ends at token `end` (exclusive): "General Secretary of the Communist Party of Vietnam".
  bool TitleOfBodyEndingAt(uint32_t end) const {
    const TitleMention& t = out_.titles.back();
    uint32_t k = t.last;
    if (k >= end || v_.Tok(k) != "of") return false;
    ++k;
    if (k < end && v_.Tok(k) == "the") ++k;
    // (Among the last few names found: the organization was just read.)
    const size_t n = out_.names.size();
    for (size_t back = 1; back <= std::min<size_t>(n, 8); ++back) {
      const NameMention& m = out_.names[n - back];
      if (m.first == k && m.last == end && m.type == EntityType::kOrganization) return true;
    }
    return false;
  }

  // True if `acronym` (three letters or more) is the initials of the capitalized words that end
  // at token `end` (exclusive), past "of", "the", "and" and "for": "Communist Party of Vietnam"
  // for "CPV".
  // (Or in another order, as a name translated from another language keeps its own
  // acronym: "the Institutional Revolutionary Party (PRI)", "the National Action Party (PAN)".)
  bool InitialsBefore(uint32_t end, std::string_view acronym) const {
    if (acronym.size() < 3) return false;
    std::string initials;
    for (uint32_t k = end; k > 0 && initials.size() < acronym.size(); --k) {
      const std::string_view w = v_.Tok(k - 1);
      if (Is(w, {"of", "the", "and", "for"}) && !initials.empty()) continue;
      if (!IsCap(w)) return false;
      initials.insert(initials.begin(), w[0]);
    }
    if (initials == acronym) return true;
    std::string letters(acronym);
    std::sort(initials.begin(), initials.end());
    std::sort(letters.begin(), letters.end());
    return initials == letters;
  }

  // True if `w` is a lower-case word that describes a person, by its form ("sharp-tongued",
  // "combative", "charismatic") or as a word of tenure or standing ("new", "embattled").
  static bool IsDescribingWord(std::string_view w) {
    if (w.empty() || !(w[0] >= 'a' && w[0] <= 'z')) return false;
    if (Is(w, {"new", "embattled", "beleaguered", "veteran", "popular", "longtime", "young",
               "elderly", "outspoken", "firebrand", "incoming", "outgoing", "interim", "acting"}))
      return true;
    if (w.find('-') != std::string_view::npos) return w.back() != '-';
    for (std::string_view end : {"ive", "ous", "ful", "ic", "al", "ary", "ent", "ant"})
      if (w.size() > end.size() + 3 && w.ends_with(end)) return true;
    return false;
  }

  // True if `w` is written as an acronym with a small letter in it: "FPOe", "PiS" (up to six
  // letters, two capitals or more, no dot).
  static bool IsMixedCaseAcronym(std::string_view w) {
    if (w.size() < 3 || w.size() > 6 || !(w[0] >= 'A' && w[0] <= 'Z')) return false;
    int capitals = 0;
    for (char c : w) {
      if (!std::isalpha(static_cast<unsigned char>(c))) return false;
      capitals += c >= 'A' && c <= 'Z';
    }
    return capitals >= 2;
  }

  // The capital (ASCII) letters of `name`: "Gilgit-Baltistan" -> "GB", "KwaZulu-Natal" ->
  // "KZN".
  static std::string InitialsOf(std::string_view name) {
    std::string out;
    for (char c : name)
      if (c >= 'A' && c <= 'Z') out += c;
    return out;
  }

  // For an acronym at token `k` after "known as", "known by its initials in Spanish as" and
  // the like, after a comma and up to three lower-case words after a name ("the ELN guerrilla
  // group, known as"): the token where that name ends. Otherwise UINT32_MAX.
  uint32_t KnownAsAcronymFrom(const nlp::Sentence& s, uint32_t k) const {
    if (k < s.first + 3 || v_.Tok(k - 1) != "as") return UINT32_MAX;
    uint32_t j = k - 1;
    while (j > s.first && j + 7 > k && v_.Tok(j - 1) != "known" &&
           (Is(v_.Tok(j - 1), {"by", "its", "their", "the", "initials", "acronym", "abbreviation",
                               "in", "short"}) ||
            lex_.FindDemonym(v_.Tok(j - 1))))
      --j;
    if (j <= s.first || v_.Tok(j - 1) != "known") return UINT32_MAX;
    --j;
    if (j > s.first && Is(v_.Tok(j - 1), {"also", "commonly", "widely", "better"})) --j;
    if (j <= s.first || v_.Tok(j - 1) != ",") return UINT32_MAX;
    --j;
    for (uint32_t words = 0; words < 3 && j > s.first && IsLower(v_.Tok(j - 1)) &&
                             !Is(v_.Tok(j - 1), {"the", "a", "an", "and", "or", "of"});
         ++words)
      --j;
    return j;
  }

  // Adds [first, last), `phrase`, as another name of organization mention `n` (its entity, its
  // country), and remembers it for where the text writes it again.
  int AddOrganizationAlias(int n, uint32_t first, uint32_t last, const std::string& phrase,
                           double conf) {
    NameMention m = Base(first, last, EntityType::kOrganization, "acronym-alias", conf);
    const NameMention& named = out_.names[n];
    m.key = named.key;
    m.country = named.country;
    m.known = named.known;
    acronyms_.emplace(phrase, n);
    return Add(std::move(m));
  }

  // An acronym in brackets after an organization or a country ("Bangladesh Nationalist Party
  // (BNP)", "Freedom Party (FPOe)") names it, there and where it is written again later
  // ("NNPC chief executive Mele Kyari"). Returns its mention, or kNotAllCaps.
  int AcronymAlias(const nlp::Sentence& s, uint32_t first, uint32_t last,
                   const std::string& phrase) {
    if (first > s.first && v_.Tok(first - 1) == "(" && v_.Tok(last) == ")") {
      for (int n = static_cast<int>(out_.names.size()) - 1; n >= 0; --n) {
        const NameMention& prev = out_.names[n];
        if (prev.last + 1 != first) continue;
        // "the Democratic Republic of the Congo (DRC)": a country's acronym is the country;
        // not the end of a longer name's ("Law Society of Kenya (LSK)", "Committee on Foreign
        // Investment in the United States (CFIUS)").
        uint32_t before = prev.first;
        if (before > s.first && Is(v_.Tok(before - 1), {"the"})) --before;
        // (A sentence's capitalized first word may be none of it: "In Khyber Pakhtunkhwa (KP)".)
        const bool whole = before == s.first ||
                           !((IsCap(v_.Tok(before - 1)) &&
                              !(before - 1 == s.first && lex_.IsStopName(v_.Tok(before - 1)))) ||
                             (Is(v_.Tok(before - 1), {"of", "in", "for", "on", "and", "&"}) &&
                              before - 1 > s.first && IsCap(v_.Tok(before - 2))));
        // ("at the Argyle Airport in St Vincent and the Grenadines (SVG)": the country's own
        // initials are the country, whatever comes before it.)
        if (prev.type == EntityType::kCountry && prev.country && !prev.via_demonym &&
            (whole ||
             (phrase.size() >= 2 && InitialsOf(v_.Phrase(prev.first, prev.last)) == phrase))) {
          acronyms_.emplace(phrase, n);
          return Add(MakeCountry(first, last, prev.country, false, "acronym-alias", 0.85));
        }
        // "Khyber Pakhtunkhwa (KP)", "KwaZulu-Natal (KZN)": a place's initials are the place.
        if (prev.type == EntityType::kPlace && whole && phrase.size() >= 2 &&
            InitialsOf(prev.name) == phrase) {
          NameMention m = Base(first, last, EntityType::kPlace, "acronym-alias", 0.85);
          m.key = prev.key;
          m.subtype = prev.subtype;
          m.known = prev.known;
          m.city = prev.city;
          acronyms_.emplace(phrase, n);
          return Add(std::move(m));
        }
        if (prev.type != EntityType::kOrganization) break;
        return AddOrganizationAlias(n, first, last, phrase, 0.85);
      }
    }
    // "the National Liberation Army guerrilla group, known by its initials in Spanish as ELN":
    // so does one an organization is said to be known as.
    if (const uint32_t end = KnownAsAcronymFrom(s, first); end != UINT32_MAX && IsAllCaps(phrase))
      for (int n = static_cast<int>(out_.names.size()) - 1; n >= 0; --n) {
        const NameMention& prev = out_.names[n];
        if (prev.last > end) continue;
        if (prev.last != end || prev.type != EntityType::kOrganization) break;
        return AddOrganizationAlias(n, first, last, phrase, 0.8);
      }
    // The acronym written again later: "NNPC chief executive Mele Kyari".
    if (auto it = acronyms_.find(phrase); it != acronyms_.end()) {
      const NameMention& defined = out_.names[it->second];
      if (defined.type == EntityType::kCountry)
        return Add(MakeCountry(first, last, defined.country, false, "acronym-alias", 0.85));
      NameMention m = Base(first, last, defined.type, "acronym-alias", 0.85);
      m.key = defined.key;
      m.subtype = defined.subtype;
      m.city = defined.city;
      m.country = defined.country;
      m.known = defined.known;
      return Add(std::move(m));
    }
    return kNotAllCaps;
  }

  // True if a word of [first, last), written in capitals, is a stop name in title case
  // ("NEWSPAPER SECTION", "WRITER").
  bool StopWordInCaps(uint32_t first, uint32_t last) const {
    for (uint32_t k = first; k < last; ++k)
      if (lex_.IsStopName(TitleCasedCaps(v_.Tok(k)))) return true;
    return false;
  }

  // Types an all-caps name: a dateline ("RIYADH:", "KYIV, Ukraine (AP)") or a shouted headline
  // word names a city or country in title case; an acronym in parentheses after an
  // organization ("Bangladesh Nationalist Party (BNP)") is that organization. Returns
  // kNotAllCaps to let the ordinary rules decide (short acronyms), -1 to drop the name.
  int ClassifyAllCaps(const nlp::Sentence& s, uint32_t first, uint32_t last,
                      const std::string& phrase) {
    if (const int idx = AcronymAlias(s, first, last, phrase); idx != kNotAllCaps) return idx;
    const std::string tc = TitleCasedCaps(phrase);
    if (const Country* c = lex_.FindCountry(tc))
      return Add(MakeCountry(first, last, c, false, "all-caps-country", 0.85));
    // (A town's name of three letters or fewer in capitals inside a sentence is an acronym:
    // "the NIS reported" is no Niš. A dateline's "UFA, Russia" opens its sentence.)
    const bool short_acronym = last - first == 1 && phrase.size() <= 3 && first > s.first;
    // A shouted known name: "XINHUA", "YOMIURI SHIMBUN", "ITAR-TASS", "THE TIMES OF ISRAEL"
    // (its small words in lower case). An outlet's credit in parentheses is the outlet, not a
    // town of its name: "CAIRO (XINHUA) -".
    const KnownEntity* shouted = lex_.FindKnown(tc);
    if (!shouted) {
      std::string small = Lower(phrase);
      CapitalizeWords(small);
      if (small != tc) shouted = lex_.FindKnown(small);
    }
    const bool credit = shouted && shouted->IsOutlet() && first > s.first &&
                        v_.Tok(first - 1) == "(" && v_.Tok(last) == ")";
    const City* city = short_acronym || credit ? nullptr : lex_.FindCity(tc);
    const std::string particles = city ? tc : PlaceParticlesLowered(tc);
    if (!city && !short_acronym && !credit && particles != tc) city = lex_.FindCity(particles);
    if (city) {
      NameMention m = Base(first, last, EntityType::kPlace, "all-caps-city", 0.8);
      m.name = particles;
      TypeAsCity(m, city);
      return Add(std::move(m));
    }
    if (const KnownEntity* k = shouted) {
      NameMention m = Base(first, last, k->type, "all-caps-known", 0.8);
      TypeAsKnown(m, k);
      return Add(std::move(m));
    }
    // A dateline's town the gazetteer does not know, before its country: "LUSAIL, Qatar (AP)".
    if (first == s.first && last + 1 < s.last && v_.Tok(last) == ",") {
      uint32_t end = last + 1;
      while (end < s.last && end < last + 4 && IsCap(v_.Tok(end))) ++end;
      if (const Country* c = lex_.FindCountry(v_.Phrase(last + 1, end));
          c && end < s.last &&
          (v_.Tok(end) == "(" || v_.Tok(end) == "," || IsDashWord(v_.Tok(end)))) {
        NameMention m = Base(first, last, EntityType::kPlace, "all-caps-dateline", 0.75);
        m.name = tc;
        m.country = c;
        m.key = KeyOf(EntityType::kPlace, tc) + "/" + c->iso2;
        return Add(std::move(m));
      }
    }
    // "BANGALORE - Sri Lanka's Parliament voted", "MIRAMSHAH: Seven soldiers": a word in
    // capitals no lexicon knows, opening a line of the story's first sentences before a dash or
    // a colon, is its dateline's town (not a label: "BREAKING -", "UPDATE:").
    if (first == s.first && v_.tokens[first].newline_before && last - first <= 2 &&
        last + 1 < s.last && (v_.Tok(last) == ":" || IsDashWord(v_.Tok(last))) &&
        phrase.size() >= 4 && v_.sentence_of[first] < 3 && !IsStoryLabel(phrase) &&
        !StopWordInCaps(first, last) && std::all_of(phrase.begin(), phrase.end(), [](char c) {
          return (c >= 'A' && c <= 'Z') || c == ' ' || c == '-' || (c & 0x80);
        })) {
      NameMention m = Base(first, last, EntityType::kPlace, "all-caps-dateline", 0.7);
      m.name = tc;
      m.key = KeyOf(EntityType::kPlace, tc);
      return Add(std::move(m));
    }
    const bool acronym = phrase.size() <= 6 && last - first == 1;
    if (acronym) return kNotAllCaps;
    // Each word of a shouted headline may still be a person the text names ("TRUMP TAPS RUBIO
    // AS SECRETARY OF STATE"): ResolveDeferred decides.
    if (last - first >= 2)
      for (uint32_t k = first; k < last; ++k) deferred_.push_back({k, k + 1, s.first});
    return -1;
  }

  // Handles a hyphenated pair of names in one token: "Armenia-Azerbaijan" (two countries),
  // "Lachin-Khankendi road" (two places and the road between them). Returns false if the token
  // is not such a pair.
  // A mention of the first `n` bytes of token `i` (and the tokens from `first` before it),
  // where the lexicons know that name: a country, a demonym's country, a city or a known
  // entity.
  void NameBeforeParticipleAt(uint32_t first, uint32_t i, size_t n) {
    std::string part(v_.Tok(i).substr(0, n));
    if (first < i) part = v_.Phrase(first, i) + " " + part;
    const uint32_t begin = v_.tokens[first].span.begin;
    const uint32_t end = v_.tokens[i].span.begin + static_cast<uint32_t>(n);
    NameMention m;
    if (const Country* c = lex_.FindCountry(part)) {
      m = MakeCountry(first, i + 1, c, false, "name-before-participle", 0.85);
    } else if (const Country* d = lex_.FindDemonym(part)) {
      m = MakeCountry(first, i + 1, d, true, "name-before-participle", 0.8);
    } else if (const KnownEntity* k = lex_.FindKnown(part)) {
      m = Base(first, i + 1, k->type, "name-before-participle", 0.8);
      TypeAsKnown(m, k);
    } else if (const City* city = lex_.FindCity(part); city && city->population >= 100000) {
      // (A large city: "Kyiv-based"; not the town of Green, Ohio, in "Green-led government".)
      m = Base(first, i + 1, EntityType::kPlace, "name-before-participle", 0.75);
      TypeAsCity(m, city);
    } else {
      return;
    }
    m.span = {begin, end};
    m.name = m.known ? m.known->name : part;
    Add(std::move(m));
  }

  bool SplitHyphenPair(const nlp::Sentence& s, uint32_t i) {
    std::string_view w = v_.Tok(i);
    std::vector<std::pair<uint32_t, uint32_t>> parts;  // byte offsets within w
    size_t start = 0;
    for (size_t k = 0; k <= w.size(); ++k) {
      if (k == w.size() || w[k] == '-') {
        if (k == start || !IsCap(w.substr(start, k - start))) return false;
        parts.push_back({static_cast<uint32_t>(start), static_cast<uint32_t>(k)});
        start = k + 1;
      }
    }
    if (parts.size() < 2) return false;
    // "the Lachin-Khankendi road", "the Dhaka-Mymensingh highway": a way between two places.
    // (Not any place word: "the Ala-Archa state residence", "the Kempir-Abad reservoir" are
    // one place each.)
    const bool place_word_after =
        i + 1 < s.last &&
        Is(v_.Tok(i + 1), {"road", "highway", "motorway", "expressway", "railway", "railroad",
                           "corridor", "border", "frontier", "pipeline", "route"});
    const uint32_t base = v_.tokens[i].span.begin;
    // "Smer-SD", "Rolls-Royce", "Mercedes-Benz": not every part names a place, so the word is
    // one name, which the ordinary rules type. ("Kara-Suu district": Kara is a town elsewhere.)
    // "the Israel-Hamas war", "the EU-Mercosur deal": before a word of war, truce or talks the
    // parts may be known organizations too.
    const bool between =
        i + 1 < s.last &&
        Is(v_.Tok(i + 1), {"war", "conflict", "ceasefire", "cease-fire", "truce", "talks", "deal",
                           "agreement", "fighting", "clashes", "tensions", "negotiations", "summit",
                           "relations", "ties", "accord", "pact", "hostilities"});
    bool all = true, all_or_known = true;
    for (auto [b, e] : parts) {
      const std::string_view part = w.substr(b, e - b);
      const bool place = lex_.FindCountry(part) || lex_.FindDemonym(part) || lex_.FindCity(part);
      all = all && place;
      all_or_known = all_or_known && (place || (between && lex_.FindKnown(part)));
    }
    const bool known = !all && between && all_or_known;
    if (!all && !place_word_after && !known) return false;
    for (auto [b, e] : parts) {
      std::string part(w.substr(b, e - b));
      if (std::optional<NameMention> place = PartAsPlace(i, i + 1, part, base + b, base + e)) {
        Add(std::move(*place));
        continue;
      }
      NameMention m = Base(i, i + 1, EntityType::kPlace, "hyphen-pair", 0.75);
      m.span = {base + b, base + e};
      m.name = part;
      if (const KnownEntity* k = known ? lex_.FindKnown(part) : nullptr) {
        TypeAsKnown(m, k);
      } else if (place_word_after) {
        m.key = "place-core:" + part;
      } else {
        continue;
      }
      Add(std::move(m));
    }
    // The road itself, named after its first end; not a border between countries ("the
    // Thai-Cambodian border"), which no one names so.
    bool countries = true;
    for (auto [b, e] : parts) {
      const std::string_view part = w.substr(b, e - b);
      countries = countries && (lex_.FindCountry(part) || lex_.FindDemonym(part));
    }
    if (place_word_after && !(countries && Is(v_.Tok(i + 1), {"border", "frontier"}))) {
      NameMention road = Base(i, i + 1, EntityType::kPlace, "place-word-after", 0.7);
      road.key = "place-core:" + std::string(w.substr(parts[0].first, parts[0].second));
      Add(std::move(road));
    }
    return true;
  }

  // A mention of the bytes [begin, end) of token `i` (its words up to token `last`), written
  // `part`, as the country, the demonym's country or the city the lexicons name so: a part of
  // a hyphenated pair ("Armenia-Azerbaijan", "Kyiv-Moscow"). nullopt where none does.
  std::optional<NameMention> PartAsPlace(uint32_t i, uint32_t last, const std::string& part,
                                         uint32_t begin, uint32_t end) const {
    NameMention m;
    if (const Country* c = lex_.FindCountry(part)) {
      m = MakeCountry(i, last, c, false, "hyphen-pair", 0.85);
    } else if (const Country* d = lex_.FindDemonym(part)) {
      m = MakeCountry(i, last, d, true, "hyphen-pair", 0.8);
    } else if (const City* city = lex_.FindCity(part)) {
      m = Base(i, last, EntityType::kPlace, "hyphen-pair", 0.75);
      TypeAsCity(m, city);
    } else {
      return std::nullopt;
    }
    m.span = {begin, end};
    m.name = part;
    return m;
  }

  // "the China-Central Asia Summit", "Japan-South Korea ties": a hyphen joins a country (or a
  // city) to a place or country of two words, the second of which is the next token. Adds
  // both; returns false if the tokens at `i` are not such a pair.
  bool SplitBeforeTwoWordPlace(uint32_t i) {
    const std::string_view w = v_.Tok(i);
    const size_t hyphen = w.rfind('-');
    if (hyphen == std::string_view::npos || hyphen == 0 || hyphen + 1 == w.size()) return false;
    const uint32_t base = v_.tokens[i].span.begin;
    std::optional<NameMention> first = PartAsPlace(i, i + 1, std::string(w.substr(0, hyphen)), base,
                                                   base + static_cast<uint32_t>(hyphen));
    if (!first) return false;
    const std::string second = std::string(w.substr(hyphen + 1)) + " " + std::string(v_.Tok(i + 1));
    const Country* second_country = lex_.FindCountry(second);
    const KnownEntity* second_place = second_country ? nullptr : lex_.FindKnown(second);
    if (!second_country && !(second_place && second_place->type == EntityType::kPlace))
      return false;
    Add(std::move(*first));
    NameMention b = second_country
                        ? MakeCountry(i, i + 2, second_country, false, "hyphen-pair", 0.85)
                        : Base(i, i + 2, EntityType::kPlace, "hyphen-pair", 0.8);
    if (second_place) TypeAsKnown(b, second_place);
    b.span = {base + static_cast<uint32_t>(hyphen) + 1, v_.tokens[i + 1].span.end};
    b.name = second_country ? second : second_place->name;
    Add(std::move(b));
    return true;
  }

  NameMention Person(uint32_t first, uint32_t last, std::string rule, double conf) const {
    NameMention m = Base(first, last, EntityType::kPerson, std::move(rule), conf);
    // "Jorge “Tuto” Quiroga" is named without his nickname (NicknameAt), as other texts name
    // him; the mention's text keeps it.
    for (uint32_t k = first + 1; k + 1 < last; ++k)
      if (const uint32_t n = NicknameAt(k, last); n > 0) {
        m.name = v_.Phrase(first, k) + " " + v_.Phrase(k + n, last);
        break;
      }
    // "Cambodia's former leader Hun Sen.": a sentence's full stop that the tokenizer left on
    // an abbreviation ("Sen.") is no part of the name.
    const bool text_ends = last == v_.tokens.size() || v_.tokens[last].newline_before ||
                           v_.sentence_of[last] != v_.sentence_of[last - 1];
    if (last - first >= 2 && text_ends && m.name.size() > 3 && m.name.back() == '.' &&
        !Is(v_.Tok(last - 1), {"jr.", "sr."}) && v_.Tok(last - 1).size() > 2) {
      m.name.pop_back();
    }
    m.key = KeyOf(EntityType::kPerson, m.name);
    return m;
  }

  // A seat of government that acts once in a text is its government throughout ("talks at the
  // White House ... The White House said"): one entity, the organization.
  void SeatsActThroughout() {
    std::vector<const KnownEntity*> acting;
    for (const NameMention& m : out_.names)
      if (m.type == EntityType::kOrganization && m.known && m.known->type == EntityType::kPlace)
        acting.push_back(m.known);
    if (acting.empty()) return;
    for (NameMention& m : out_.names)
      if (m.type == EntityType::kPlace && m.known &&
          std::find(acting.begin(), acting.end(), m.known) != acting.end()) {
        m.type = EntityType::kOrganization;
        m.subtype = "GovernmentOrganization";
        m.key = KeyOf(m.type, m.name);
      }
  }

  // True where a seat of government, a building in a capital, acts for those seated in it:
  // "The White House did not respond", "the Kremlin said", "Kremlin spokesman Dmitry
  // Peskov", "White House Press Secretary Karoline Leavitt", "a White House aide"; not "talks
  // at the Kremlin".
  bool SeatActs(const nlp::Sentence& s, const KnownEntity* k, uint32_t first, uint32_t last) const {
    if (k->type != EntityType::kPlace || k->subtype != "LandmarksOrHistoricalBuildings" ||
        !lex_.FindCapital(k->container) || last >= s.last)
      return false;
    // "according to the White House": what it says is its staff's.
    const uint32_t before = first > s.first && v_.Tok(first - 1) == "the" ? first - 1 : first;
    if (before >= s.first + 2 && v_.Tok(before - 1) == "to" && v_.Tok(before - 2) == "according")
      return true;
    // "handling hostage affairs for the White House": whom someone works for.
    if (before > s.first && before < first && v_.Tok(before - 1) == "for") return true;
    if (first > s.first && (IsLocativePrep(v_.Tok(first - 1)) || v_.Tok(first - 1) == "of"))
      return false;
    // ("Downing Street also said": an adverb before the verb.)
    const uint32_t at =
        last + 1 < s.last && Is(v_.Tok(last), {"also", "later", "earlier", "then", "previously"})
            ? last + 1
            : last;
    const std::string_view next = v_.Tok(at);
    return Is(next, {"said",         "says",      "did",       "does",       "has",
                     "had",          "announced", "announces", "confirmed",  "confirms",
                     "denied",       "denies",    "warned",    "warns",      "encourages",
                     "encouraged",   "welcomed",  "welcomes",  "urged",      "urges",
                     "rejected",     "rejects",   "dismissed", "insisted",   "declined",
                     "responded",    "stated",    "added",     "spokesman",  "spokeswoman",
                     "spokesperson", "official",  "officials", "statement",  "readout",
                     "announcement", "aide",      "aides",     "adviser",    "advisers",
                     "advisor",      "staff",     "chief",     "guidelines", "policy",
                     "put",          "made",      "sent",      "told",       "gave",
                     "took",         "wants",     "plans",     "sought",     "expects",
                     "believes",     "hopes",     "will",      "would",      "is",
                     "was"}) ||
           // "the White House claimed", "the Kremlin expressed": a verb's past form.
           (IsLower(next) && next.size() > 4 && next.ends_with("ed") && !lex_.IsPlaceWord(next)) ||
           (IsCap(next) && TitleAt(at, s.last).first);
  }

  // True if the list of names that token `first` of sentence `s` is in follows a word of
  // where or of going: "lived in Brussels, Washington and the United Kingdom".
  bool ListOfWhere(const nlp::Sentence& s, uint32_t first) const {
    uint32_t start = first;
    while (start > s.first && start + 12 > first &&
           (IsCap(v_.Tok(start - 1)) || Is(v_.Tok(start - 1), {",", "the", "and"})))
      --start;
    return start > s.first &&
           (IsLocativePrep(v_.Tok(start - 1)) ||
            Is(v_.Tok(start - 1), {"of", "between", "visit", "visits", "visited", "toured"}));
  }

  // True where a name acts rather than locates: followed by "'s" or a verb-like lower-case
  // word, and not after a locative preposition ("in Baku").
  bool IsAgentPosition(const nlp::Sentence& s, uint32_t first, uint32_t last) const {
    if (last >= s.last) return false;
    std::string_view next = v_.Tok(last);
    // "struck the Ukrainian capital Kyiv early on Wednesday", "the capital, Kyiv,": a capital
    // named as one is the town.
    if ((first > s.first && Is(v_.Tok(first - 1), {"capital", "city"})) ||
        (first > s.first + 1 && v_.Tok(first - 1) == "," && Is(v_.Tok(first - 2), {"capital"})))
      return false;
    // "ending in Baku's victory"; not "Omdurman, Khartoum's twin city", "Kyiv's mayor", nor
    // "Dhaka's Paltan area", "Moscow's Red Square": a part of the city named.
    if (IsPossessive(next)) {
      auto part_of_city = [](std::string_view w) {
        return Is(w, {"twin",          "city",     "suburb",       "suburbs",       "outskirts",
                      "streets",       "airport",  "mayor",        "residents",     "center",
                      "centre",        "downtown", "neighborhood", "neighbourhood", "district",
                      "districts",     "old",      "main",         "central",       "northern",
                      "southern",      "eastern",  "western",      "port",          "skyline",
                      "metro",         "river",    "area",         "square",        "quarter",
                      "slum",          "slums",    "township",     "townships",     "neighborhoods",
                      "neighbourhoods"});
      };
      if (last + 1 >= s.last || part_of_city(v_.Tok(last + 1))) return false;
      // ("Nairobi's biggest slum Kibera": past up to two words that describe the part.)
      for (uint32_t k = last + 2; k < s.last && k < last + 4 && IsLower(v_.Tok(k - 1)); ++k)
        if (part_of_city(v_.Tok(k))) return false;
      for (uint32_t k = last + 1; k < s.last && k < last + 4 && IsCap(v_.Tok(k)); ++k)
        if (k + 1 < s.last && part_of_city(v_.Tok(k + 1))) return false;
      // "Berlin's Brandenburg Gate", "Baghdad's heavily fortified Green Zone": a landmark the
      // lexicon puts in this city.
      uint32_t named = last + 1;
      while (named + 1 < s.last && named < last + 4 && IsLower(v_.Tok(named))) ++named;
      for (uint32_t k = named; k < s.last && k < named + 4 && IsCap(v_.Tok(k)); ++k)
        if (const KnownEntity* place = lex_.FindKnown(v_.Phrase(named, k + 1));
            place && place->type == EntityType::kPlace &&
            Slug(place->container) == Slug(v_.Phrase(first, last)))
          return false;
      // "Mexico City's historic National Palace": a building's or a landmark's name.
      for (uint32_t k = named + 1; k < s.last && k < named + 4 && IsCap(v_.Tok(k)); ++k)
        if (IsPlaceOnlyHead(v_.Tok(k)) && (k + 1 >= s.last || !IsCap(v_.Tok(k + 1)))) return false;
      return true;
    }
    // "ruled out negotiations with Washington", "relations with Beijing": the other side of
    // talks or ties is the government.
    // ("coordination with Beijing", "tensions with Pyongyang".)
    auto ties_noun = [&](std::string_view w) {
      return Is(w, {"talks",      "negotiations", "relations",    "ties",        "dialogue",
                    "contacts",   "cooperation",  "coordination", "tensions",    "rift",
                    "row",        "dispute",      "disputes",     "standoff",    "rapprochement",
                    "engagement", "partnership",  "relationship", "association", "agreement",
                    "agreements", "friendship",   "alliance",     "deal"});
    };
    if (first >= s.first + 2 && v_.Tok(first - 1) == "with" && ties_noun(v_.Tok(first - 2)))
      return true;
    // "cooperation between Seoul and Tokyo", "talks between Riyadh and Tehran": both sides.
    auto between_sides = [&](uint32_t at) {
      return at >= s.first + 2 && v_.Tok(at - 1) == "between" && ties_noun(v_.Tok(at - 2));
    };
    if (between_sides(first)) return true;
    if (first >= s.first + 4 && v_.Tok(first - 1) == "and")
      for (uint32_t n = 1; n <= 3 && first - 1 >= s.first + n + 2; ++n)
        if (lex_.FindCapital(v_.Phrase(first - 1 - n, first - 1)) && between_sides(first - 1 - n))
          return true;
    // "pressure on Kyiv", "support for Kiev", "a message to Moscow": what a government is
    // pressed with, given or sent.
    if (first >= s.first + 2 &&
        ((v_.Tok(first - 1) == "on" && Is(v_.Tok(first - 2), {"pressure", "demands", "calls"})) ||
         (v_.Tok(first - 1) == "for" && Is(v_.Tok(first - 2), {"support", "backing", "aid"})) ||
         (v_.Tok(first - 1) == "to" &&
          Is(v_.Tok(first - 2), {"message", "note", "letter", "signal", "appeal", "ultimatum"}))))
      return true;
    // "never confirmed by Addis Ababa", "agreed by Belgrade and Pristina": the agent of a
    // verb of politics in the passive.
    if (first >= s.first + 2 && v_.Tok(first - 1) == "by" &&
        Is(v_.Tok(first - 2), {"confirmed", "agreed", "denied", "rejected", "recognized",
                               "recognised", "approved", "brokered", "mediated", "accepted",
                               "opposed", "backed", "endorsed", "announced", "ordered"}))
      return true;
    // "opposition from Budapest", "pressure from Beijing": what a government voices comes
    // from it.
    if (first >= s.first + 2 && v_.Tok(first - 1) == "from" &&
        Is(v_.Tok(first - 2),
           {"opposition", "pressure", "criticism", "objections", "backing", "support", "demands",
            "warnings", "approval", "response", "distance", "independence"}))
      return true;
    // "has angered Moscow", "warned Beijing", "accused Washington of ...": whom a verb of
    // politics or feeling affects is the government.
    if (first > s.first &&
        Is(v_.Tok(first - 1),
           {"angered",     "angering",   "angers",     "irked",      "irking",      "infuriated",
            "infuriating", "alarmed",    "alarming",   "provoked",   "provoking",   "accused",
            "accusing",    "accuses",    "warned",     "warning",    "warns",       "urged",
            "urging",      "urges",      "criticized", "criticised", "criticizing", "criticising",
            "condemned",   "condemning", "pressured",  "pressuring", "defied",      "defying",
            "snubbed",     "reassured",  "appeased",   "rebuked",    "blamed",      "blaming",
            "blames",      "sanctioned", "surprised"}))
      return true;
    // "Peskov said Moscow was closely following the talks", "showed that Moscow was not
    // interested": the subject of a reported clause.
    if (first > s.first && (v_.Tok(first - 1) == "that" || IsReportingVerb(v_.Tok(first - 1))) &&
        Is(next, {"was", "is", "has", "had", "would", "will", "remained", "remains"}))
      return true;
    if (first > s.first && (IsLocativePrep(v_.Tok(first - 1)) ||
                            Is(v_.Tok(first - 1), {"of", "visit", "visits", "visited", "visiting",
                                                   "toured", "reached", "leave", "left", "leaving",
                                                   "over", "around", "through", "throughout"})))
      return false;  // "to visit Canberra next month", "tractors take over Brussels"
    // "Both Bangkok and Phnom Penh thanked Trump": a capital joined by "and" to one that acts
    // acts with it.
    if (next == "and" && last + 1 < s.last)
      for (uint32_t n = 1; n <= 3 && last + 1 + n <= s.last; ++n)
        if (lex_.FindCapital(v_.Phrase(last + 1, last + 1 + n)))
          return IsAgentPosition(s, last + 1, last + 1 + n);
    // "The OAS, Washington and the European Union demanded": a capital listed between bodies
    // or countries acts with them (not in a list of where: "lived in Brussels, Washington and
    // the United Kingdom").
    if (next == "and" && first > s.first && v_.Tok(first - 1) == "," && last + 1 < s.last &&
        !ListOfWhere(s, first)) {
      uint32_t k = last + 1;
      if (v_.Tok(k) == "the" && k + 1 < s.last) ++k;
      for (uint32_t n = 1; n <= 5 && k + n <= s.last; ++n) {
        const std::string after = v_.Phrase(k, k + n);
        const KnownEntity* body = lex_.FindKnown(after);
        if (lex_.FindCountry(after) || (body && body->type == EntityType::kOrganization))
          return true;
      }
    }
    // "the Paris agreement", "a Moscow court": a modifier of the noun after it; but "the Phnom
    // Penh government" is the country's.
    if (first > s.first && Is(v_.Tok(first - 1), {"the", "a", "an"}))
      return Is(next, {"government", "regime", "leadership", "authorities", "administration"});
    if (!IsLower(next)) return false;
    return !Is(next, {"and", "or", "in", "on", "at", "to", "of", "for", "from", "with", "by",
                      "region", "province", "city", "is", "was", "time", "neighborhoods",
                      "neighbourhoods", "suburbs", "streets", "residents", "district", "districts",
                      "area", "areas", "hospital", "hospitals", "airport",
                      // "Former Lima mayor", "the Kyiv police chief": the city's own offices.
                      "mayor", "governor", "police", "council", "municipality",
                      // "Brussels during the summit": a preposition or a conjunction, no verb.
                      "during", "after", "before", "since", "until", "amid", "as", "when", "where",
                      "while", "over", "through", "into", "near", "between", "against", "under",
                      "within", "despite", "than", "because"}) &&
           !lex_.IsPlaceWord(std::string(next));
  }

  // True for a word of two parts joined by a hyphen, the second in lower case: "Newly-formed",
  // "Long-running" (no name's word).
  static bool IsLowerCompound(std::string_view w) {
    const size_t hyphen = w.find('-');
    return hyphen != std::string_view::npos && hyphen + 1 < w.size() &&
           IsLower(w.substr(hyphen + 1));
  }

  // True for a noun only a person is: "student", "activist", "lawyer" (any case).
  static bool IsPersonNoun(std::string_view w) {
    return Is(
        w, {"student",      "man",       "woman",       "boy",           "girl",      "teenager",
            "journalist",   "reporter",  "activist",    "lawyer",        "doctor",    "nurse",
            "teacher",      "farmer",    "businessman", "businesswoman", "soldier",   "poet",
            "novelist",     "writer",    "singer",      "actor",         "actress",   "professor",
            "cleric",       "imam",      "priest",      "pastor",        "dissident", "blogger",
            "photographer", "filmmaker", "economist",   "academic",      "engineer"});
  }

  // True if the words from `k` (before `end`) are up to three that describe someone and a noun
  // only a person is, the noun phrase's end after it: "South Korean student" of "Lee Soo-hyun, a
  // South Korean student who ...", "former journalist" (not "student union").
  bool DescribesAPerson(uint32_t k, uint32_t end) const {
    for (uint32_t j = k; j < end && j < k + 4; ++j) {
      const std::string_view w = v_.Tok(j);
      if (IsLower(w) && IsPersonNoun(w)) {
        return j + 1 == end ||
               Is(v_.Tok(j + 1), {",", ".", "who", "whose", "from", "of", "in", "at", "and", "with",
                                  "for", ")", "was", "is", "had", "has"});
      }
      if (j + 1 < end && lex_.FindDemonym(v_.Phrase(j, j + 2))) {
        ++j;  // "South Korean"
        continue;
      }
      if (!(IsLower(w) && !IsHeadlineFunctionWord(w)) && !lex_.FindDemonym(w) && !IsAge(w))
        return false;
    }
    return false;
  }

  // True where the words around [first, last) say it names a person: the object of a verb only
  // people undergo ("killing Lincoln"), or a name before the word for its killer ("Kennedy
  // assassin", "Lincoln's assassination") or before such a passive ("Kennedy was shot").
  bool IsPersonContext(const nlp::Sentence& s, uint32_t first, uint32_t last) const {
    // "his sister Mary", "her son Hunter": kin are people.
    if (first > s.first && IsLower(v_.Tok(first - 1)) &&
        Is(v_.Tok(first - 1),
           {"wife", "husband", "son", "daughter", "mother", "father", "brother", "sister", "uncle",
            "aunt", "cousin", "nephew", "niece", "widow", "grandson", "granddaughter"}))
      return true;
    // "the slaying of Mendes", "the arrest of Navalny": what befalls a person, then "of".
    const bool of_person =
        first > s.first + 1 && v_.Tok(first - 1) == "of" &&
        Is(v_.Tok(first - 2), {"murder", "killing", "slaying", "assassination", "arrest",
                               "kidnapping", "abduction", "execution", "funeral"});
    if (of_person ||
        (first > s.first && IsLower(v_.Tok(first - 1)) &&
         Is(v_.Tok(first - 1),
            {"kill",        "killed",       "killing",       "murder",    "murdered", "murdering",
             "assassinate", "assassinated", "assassinating", "shoot",     "shot",     "shooting",
             "execute",     "executed",     "kidnap",        "kidnapped", "abducted", "arrested",
             "interviewed", "married",      "marry",         "marrying",  "met",      "meet",
             "meets",       "meeting"})) ||
        // "Putin received Tokayev at the Kremlin": a host receives people (not "hosted Doha's
        // talks": a town's name qualifies what it hosts).
        (first > s.first &&
         Is(v_.Tok(first - 1), {"received", "receives", "receiving", "hosted", "hosts", "hosting",
                                "welcomed", "welcomes", "welcoming"}) &&
         !lex_.FindCity(v_.Phrase(first, last)) && !lex_.FindSubdivision(v_.Phrase(first, last)) &&
         !(last < s.last && IsPossessive(v_.Tok(last))))) {
      // ... unless the name qualifies a noun after it ("murdering Phoenix newspaper reporter").
      const std::string_view next = v_.Tok(last);
      return last >= s.last || !IsLower(next) ||
             Is(next, {"and",     "or",     "in",     "on",    "at",    "with",    "by",
                       "after",   "before", "during", "while", "when",  "who",     "because",
                       "as",      "for",    "to",     "from",  "near",  "outside", "inside",
                       "last",    "this",   "that",   "two",   "three", "twice",   "once",
                       "earlier", "later",  "then",   "but",   "since", "until"});
    }
    if (last >= s.last) return false;
    uint32_t k = last;
    if (IsPossessive(v_.Tok(k))) ++k;
    if (k < s.last && Is(v_.Tok(k), {"assassin", "assassins", "assassination", "murderer",
                                     "murderers", "killer", "killers", "widow"}))
      return true;
    // "Kennedy's murder", "Lincoln's widow": what only a person has.
    if (k > last && k < s.last &&
        Is(v_.Tok(k), {"murder", "killing", "funeral", "wife", "husband", "son", "daughter",
                       "mother", "father", "brother", "sister", "grandson", "granddaughter"}))
      return true;
    // A name of two words or more and, in apposition, an office written in lower case and no
    // name after it: "Syeda Rizwana Hasan, adviser to the water resources ministry, told ...",
    // "Jan Novak, the spokesman for the coalition, said" (not "Tesla Motors, chief executive
    // Elon Musk", nor a body's name: "Evercore Partners, adviser to Twitter").
    // (Nor a place's: "On his arrival at Beijing Capital International Airport, the prime
    // minister was given ...".)
    if (k == last && v_.Tok(k) == "," && k + 2 < s.last && last - first >= 2 &&
        !lex_.FindCity(v_.Phrase(first, last)) && !lex_.IsOrgWord(v_.Tok(last - 1)) &&
        !lex_.IsPlaceWord(v_.Tok(last - 1)) && !IsCompanyHeadWord(v_.Tok(last - 1)) &&
        !IsLegalForm(v_.Tok(last - 1))) {
      uint32_t t = k + 1;
      if (IsDeterminer(v_.Tok(t))) ++t;
      // ("Nasry Asfura, the capital's mayor": an office of a place or body written before it.)
      if (t + 2 < s.last && IsLower(v_.Tok(t)) && IsPossessive(v_.Tok(t + 1)) &&
          IsLower(v_.Tok(t + 2)))
        t += 2;
      if (t < s.last && IsLower(v_.Tok(t))) {
        const auto [title, tn] = TitleAt(t, s.last);
        if (title && !title->honorific && t + tn < s.last && !IsCap(v_.Tok(t + tn)) &&
            !IsPossessive(v_.Tok(t + tn)))
          return true;
      }
    }
    // An age in apposition: "Gavrilo Princip, a 20-year-old Serb student", "Smith, 30, of
    // Austin".
    if (k == last && v_.Tok(k) == "," && k + 2 < s.last) {
      if (Is(v_.Tok(k + 1), {"a", "an"}) && v_.Tok(k + 2).ends_with("-year-old")) return true;
      if (IsAge(v_.Tok(k + 1)) && v_.Tok(k + 2) == ",") return true;
      if (Is(v_.Tok(k + 1), {"a", "an"}) && DescribesAPerson(k + 2, s.last) &&
          !(first > s.first && (IsLocativePrep(v_.Tok(first - 1)) || v_.Tok(first - 1) == "on")) &&
          !lex_.FindCity(v_.Phrase(first, last)) && !HasOrgWord(first, last) &&
          !PlaceHeaded(first, last))
        return true;
    }
    // In brackets: "Makhmadrasul Nasridinov (37 years old)", "Rustam Nazarov (29)".
    if (k == last && v_.Tok(k) == "(" && k + 2 < s.last && IsAge(v_.Tok(k + 1)) &&
        (v_.Tok(k + 2) == ")" || (k + 4 < s.last && Is(v_.Tok(k + 2), {"years", "year"}) &&
                                  v_.Tok(k + 3) == "old" && v_.Tok(k + 4) == ")")))
      return true;
    // "Mowlam died Friday" (but "an area west of Jakarta died", so not a town).
    if (k == last && Is(v_.Tok(k), {"died", "dies"})) return !lex_.FindCity(v_.Phrase(first, last));
    return k == last && k + 1 < s.last && Is(v_.Tok(k), {"was", "is"}) &&
           Is(v_.Tok(k + 1), {"assassinated", "murdered", "shot", "kidnapped", "abducted",
                              "arrested", "executed"});
  }

  // The end of person `m`'s surname: before a generational suffix ("Marcos" of "Ferdinand
  // Marcos Jr."), else the name's end.
  uint32_t SurnameEnd(const NameMention& m) const {
    return m.last - m.first >= 3 && IsGenerationalSuffix(v_.Tok(m.last - 1)) ? m.last - 1 : m.last;
  }

  // True if `w` is a given name of two syllables joined by a hyphen, the second in lower case,
  // as Chinese and Korean names are romanized: "Ching-te", "Jae-myung".
  static bool IsHyphenatedGivenName(std::string_view w) {
    const size_t hyphen = w.find('-');
    return hyphen != std::string_view::npos && hyphen > 0 && hyphen + 1 < w.size() &&
           IsCap(w.substr(0, hyphen)) && w[hyphen + 1] >= 'a' && w[hyphen + 1] <= 'z' &&
           w.find('-', hyphen + 1) == std::string_view::npos;
  }

  // Names no rule could type: typed now if the document names them elsewhere ("Karabakh" after
  // "Karabakh region", "Pashinyan" after "Nikol Pashinyan"), or by their context.
  void ResolveDeferred() {
    // A one-word city that is the surname of a person named in the document is that person:
    // "Adam" after "Udi Adam".
    // Two-word surnames count too: "López Obrador" after "Andrés Manuel López Obrador".
    std::unordered_set<std::string> surnames;
    for (const NameMention& m : out_.names) {
      // ("Baradar" after "Mullah Baradar": one word a title names.)
      if (m.type == EntityType::kPerson && m.last - m.first == 1 && m.rule == "title-name")
        surnames.insert(Slug(v_.Tok(m.first)));
      if (m.type != EntityType::kPerson || m.last - m.first < 2) continue;
      surnames.insert(Slug(v_.Tok(SurnameEnd(m) - 1)));
      // "Sharaa" after "Ahmed al-Sharaa": the surname without its glued particle. "Bongo"
      // after "Ali Bongo Ondimba", "Lula" after "Luiz Inacio Lula da Silva": an inner word.
      surnames.insert(Slug(WithoutGluedParticle(v_.Tok(SurnameEnd(m) - 1))));
      for (uint32_t k = m.first + 1; m.last - m.first >= 3 && k + 1 < m.last; ++k)
        if (IsCap(v_.Tok(k)) && !IsNameParticle(v_.Tok(k))) surnames.insert(Slug(v_.Tok(k)));
      if (m.last - m.first >= 3) surnames.insert(Slug(v_.Phrase(m.last - 2, m.last)));
      // A surname written first: "Yoon" after "Yoon Suk Yeol" (not "Donald" after "Donald
      // Tusk", nor a town's name, unless a Chinese or Korean given name with its hyphen
      // follows: "Lai" after "Lai Ching-te").
      if (!lex_.IsGivenName(v_.Tok(m.first)) &&
          (!lex_.FindCity(v_.Tok(m.first)) ||
           (m.last - m.first == 2 && IsHyphenatedGivenName(v_.Tok(m.first + 1)))))
        surnames.insert(Slug(v_.Tok(m.first)));
    }
    // A given name is the one person of the document whose name starts with it, named the way
    // his country names him: "Ethiopia's Abiy" for "Abiy Ahmed", "Prabowo said" after
    // "Indonesian President Prabowo Subianto".
    std::unordered_map<std::string, std::string> by_given;  // first word -> name, "" if several
    for (const NameMention& m : out_.names) {
      if (m.type != EntityType::kPerson || m.last - m.first < 2) continue;
      auto [it, added] = by_given.emplace(std::string(v_.Tok(m.first)), m.name);
      if (!added && it->second != m.name) it->second.clear();
    }
    // So is a one-word organization or place only the tagger typed: "with Sheinbaum" after
    // "Claudia Sheinbaum", "Prabowo, a former special forces commander". And a one-word
    // organization of the lexicon written only so, where a person named in full bears it:
    // "Ford said" after "Ontario Premier Doug Ford" (not after "Ford Motor Co").
    std::unordered_set<std::string_view> countries_named;  // ISO codes of the text's countries
    for (const NameMention& m : out_.names)
      if (m.type == EntityType::kCountry && m.country) countries_named.insert(m.country->iso2);
    std::unordered_map<const KnownEntity*, bool> longer_form;  // known -> written otherwise
    for (const NameMention& m : out_.names)
      if (m.known && m.type == EntityType::kOrganization)
        longer_form[m.known] |= m.last - m.first > 1;
    // "AMLO" after "Andrés Manuel López Obrador", "PKJ" after "Pravind Kumar Jugnauth": a
    // person of three or more words is written by his initials too (particles counted: "MBS").
    std::unordered_map<std::string, std::string> by_initials;  // -> name, "" if several
    for (const NameMention& m : out_.names) {
      if (m.type != EntityType::kPerson || m.last - m.first < 3 || m.last - m.first > 5 ||
          !lex_.IsGivenName(v_.Tok(m.first)))  // (not "Janatha Vimukthi Peramuna", a party)
        continue;
      std::string initials;
      for (uint32_t k = m.first; k < m.last; ++k) {
        const std::string_view w = v_.Tok(k);
        if (w.empty() || !std::isalpha(static_cast<unsigned char>(w[0]))) break;
        initials += static_cast<char>(std::toupper(static_cast<unsigned char>(w[0])));
      }
      if (initials.size() != m.last - m.first) continue;
      auto [it, added] = by_initials.emplace(initials, m.name);
      if (!added && it->second != m.name) it->second.clear();
    }
    for (NameMention& m : out_.names) {
      const bool tagged = (m.rule == "tagger" || m.rule == "tagger-span") && !m.known && !m.country;
      if (tagged && m.type != EntityType::kPerson && m.last - m.first == 1) {
        const auto it = by_initials.find(std::string(v_.Tok(m.first)));
        if (it != by_initials.end() && !it->second.empty()) {
          const std::string full = it->second;
          MakeAlias(m, full);
          m.rule = "same-document-initials";
          continue;
        }
      }
      const bool guessed = (m.rule == "lexicon-city" && m.last - m.first == 1) || tagged ||
                           (m.known && m.type == EntityType::kOrganization &&
                            m.last - m.first == 1 && !longer_form[m.known]);
      if (!guessed || m.type == EntityType::kPerson || m.last - m.first > 2) continue;
      if (surnames.count(Slug(m.name))) {
        m = Person(m.first, m.last, "same-document", 0.75);
        continue;
      }
      auto given = by_given.find(m.name);
      // (Or a town's of a country the text never names: "agreed in a call with Pita" after
      // "Pita Limjaroenrat", where Pita in Guinea has no part.)
      const bool foreign_town = m.rule == "lexicon-city" && m.city &&
                                !countries_named.count(m.city->country_iso2) &&
                                !lex_.FindCapital(m.name) && !lex_.FindSubdivision(m.name);
      if ((!tagged && !foreign_town) || m.last - m.first != 1 || given == by_given.end() ||
          given->second.empty())
        continue;
      const std::string full = given->second;
      MakeAlias(m, full);
      m.rule = "same-document-given-name";
      for (const NameMention& o : out_.names)
        if (m.first >= 2 && o.last == m.first - 1 && IsPossessive(v_.Tok(m.first - 1)) &&
            o.type == EntityType::kCountry && !o.via_demonym)
          m.rule = "country-possessive-given-name";
    }
    std::unordered_map<std::string, std::pair<EntityType, std::string>> known;  // word -> type
    std::unordered_set<std::string> person_slugs;  // persons' names and surnames, as slugs
    for (const NameMention& m : out_.names) {
      if (m.type == EntityType::kPerson) {
        const uint32_t end = SurnameEnd(m);
        person_slugs.insert(Slug(v_.Phrase(end - 1, end)));
        person_slugs.insert(Slug(m.name));
        known.emplace(v_.Phrase(end - 1, end), std::pair{m.type, m.key});
        known.emplace(WithoutGluedParticle(v_.Tok(end - 1)), std::pair{m.type, m.key});
        known.emplace(m.name, std::pair{m.type, m.key});
        // A surname written first: "Xi" after "Xi Jinping" (not "Donald" after "Donald Tusk").
        if (m.last - m.first >= 2 && !lex_.IsGivenName(v_.Tok(m.first)))
          known.emplace(v_.Phrase(m.first, m.first + 1), std::pair{m.type, m.key});
      } else if (m.type == EntityType::kPlace && m.key.starts_with("place-core:")) {
        known.emplace(m.key.substr(11), std::pair{m.type, m.key});
      } else if (m.type == EntityType::kPlace && !IsAllCapsRange(m.first, m.last)) {
        // "Derna" of a title-case headline after "the city of Derna" in the text.
        known.emplace(v_.Phrase(m.first, m.last), std::pair{m.type, m.key});
      } else if (m.type == EntityType::kOrganization) {
        known.emplace(m.name, std::pair{m.type, m.key});
        // "Shares of Activision" after "Activision Blizzard Inc" (see LinkCompanyFirstWords).
        if (!m.known && m.last - m.first >= 2 && IsDistinctiveFirstWord(v_.Tok(m.first)))
          known.emplace(v_.Tok(m.first), std::pair{m.type, m.key});
      }
    }
    uint32_t covered_to = 0;                  // a title-case headline's tokens named as a whole
    std::unordered_set<uint32_t> title_ends;  // the token after each title
    for (const TitleMention& t : out_.titles) title_ends.insert(t.last);
    for (const Deferred& d : deferred_) {
      if (d.title_case && d.first < covered_to) continue;
      std::string phrase = v_.Phrase(d.first, d.last);
      auto it = known.find(phrase);
      if (d.title_case) {
        if (it == known.end()) continue;
        covered_to = d.last;
      }
      // A shouted headline word names whom the text names in title case: "TRUMP TAPS RUBIO".
      if (it == known.end() && IsAllCaps(phrase)) {
        std::string title_case;
        bool start = true;
        for (char c : phrase) {
          title_case += start || !(c >= 'A' && c <= 'Z') ? c : static_cast<char>(c - 'A' + 'a');
          start = c == ' ' || c == '-';
        }
        it = known.find(title_case);
        if (it != known.end() && it->second.first == EntityType::kPerson)
          phrase = title_case;
        else
          it = known.end();
      }
      // "Prabowo met Vietnamese President Luong Cuong" after "Indonesian President Prabowo
      // Subianto": a given name opening a sentence or a clause ("a day after Prabowo held
      // talks") before a lower-case word is the one person of the document whose name starts
      // with it (not in a title-case headline, nor after another capitalized word).
      if (it == known.end() && d.last - d.first == 1 && !d.title_case &&
          (d.first == d.sentence_first || !IsCap(v_.Tok(d.first - 1))) &&
          d.last < v_.tokens.size() && IsLower(v_.Tok(d.last)) && !IsDeterminer(v_.Tok(d.last)) &&
          !lex_.IsStopName(phrase)) {
        const auto given = by_given.find(phrase);
        if (given != by_given.end() && !given->second.empty()) {
          NameMention m = Person(d.first, d.last, "same-document-given-name", 0.7);
          MakeAlias(m, given->second);
          Add(std::move(m));
          continue;
        }
      }
      // "said Milanovic" after "Zoran Milanović": a person's name without its marks.
      if (it == known.end() && !d.title_case && !IsAllCaps(phrase) &&
          person_slugs.contains(Slug(phrase))) {
        Add(Person(d.first, d.last, "same-document", 0.75));
        continue;
      }
      if (it == known.end() && d.last - d.first == 1) {
        // A hyphenated pair of place names: "Lachin-Khankendi" -> the parts.
        continue;
      }
      if (it != known.end()) {
        NameMention m = Base(d.first, d.last, it->second.first, "same-document", 0.8);
        m.key = it->second.first == EntityType::kPerson ? KeyOf(EntityType::kPerson, phrase)
                                                        : it->second.second;
        if (it->second.first == EntityType::kPerson) m.name = phrase;  // "Trump" for "TRUMP"
        Add(std::move(m));
        continue;
      }
      // Context: "X said", "X told" -> a person; "in X" -> a place. Sentence-initial single
      // words are too often ordinary capitalized words to trust.
      std::string_view next = v_.Tok(d.last);
      std::string_view prev = d.first > d.sentence_first ? v_.Tok(d.first - 1) : "";
      if (d.last - d.first >= 2 && Is(next, {"said", "says", "told", "added", "stated"})) {
        Add(Person(d.first, d.last, "speaker-context", 0.6));
      } else if (d.last - d.first >= 2 && prev == "," && next == "," && d.first >= 2 &&
                 title_ends.contains(d.first - 1)) {
        // "the Speaker, Papali‘i Lio Taeu Masipa‘u, lost his seat": a name set off by commas
        // right after a title is its holder's.
        Add(Person(d.first, d.last, "title-apposition", 0.6));
      } else if (IsLocativePrep(prev) && d.first > d.sentence_first && !IsAllCaps(phrase)) {
        NameMention m = Base(d.first, d.last, EntityType::kPlace, "locative-context", 0.55);
        m.key = "place-core:" + phrase;
        Add(std::move(m));
      }
    }
  }

  struct Deferred {
    uint32_t first, last, sentence_first;
    bool title_case = false;  // from a title-case headline: typed by the text's names only
  };
  bool title_case_ = false;  // the sentence being read is a title-case headline

  const TextView& v_;
  const Lexicon& lex_;
  const NameTagger* tagger_;
  int8_t sports_story_ = -1;                      // SportsStory(), once asked
  std::unordered_set<std::string> person_words_;  // IsPersonSurname's words
  size_t person_words_upto_ = 0;                  // of out_.names[0, upto)
  NameMentions out_;
  std::vector<Deferred> deferred_;
  // Acronyms defined in brackets after an organization ("(NNPC)"), to the index of its mention.
  std::unordered_map<std::string, int> acronyms_;  // looked up only
  // Acronyms of documents' and initiatives' names ("Belt and Road Initiative (BRI)").
  std::unordered_set<std::string_view> document_acronyms_;  // looked up only
  static constexpr int kAlive = -1;
  static constexpr int kDropped = -2;
  // Per mention: kAlive, kDropped, or the index of the tagger span replacing it.
  std::vector<int> replaced_;
  std::vector<uint32_t> participle_;         // token -> NameBeforeParticiple of it
  std::vector<bool> in_document_;            // token -> inside a DocumentNameEnd span
  std::vector<NameSpan> tagged_persons_;     // the tagger's confident person names, text order
  std::vector<uint32_t> window_from_;        // per token: WindowAt without the end bound
  std::vector<uint32_t> title_window_from_;  // per token: TitleWindowFrom
};

// Splits tokens in which a scrape label is glued to a name: "RelatedAzerbaijan".
std::vector<nlp::Token> SplitGluedLabels(std::string_view text, std::vector<nlp::Token> tokens,
                                         const Lexicon& lex) {
  std::vector<nlp::Token> out;
  out.reserve(tokens.size());
  for (const nlp::Token& t : tokens) {
    std::string_view w = t.span.Of(text);
    bool split = false;
    for (size_t i = 1; i + 1 < w.size() && !split; ++i) {
      if (!(w[i] >= 'A' && w[i] <= 'Z') || !(w[i - 1] >= 'a' && w[i - 1] <= 'z')) continue;
      if (!lex.IsStopName(w.substr(0, i))) continue;
      uint32_t cut = t.span.begin + static_cast<uint32_t>(i);
      out.push_back({{t.span.begin, cut}, t.space_before, t.newline_before});
      out.push_back({{cut, t.span.end}, false, false});
      split = true;
    }
    if (!split) out.push_back(t);
  }
  return out;
}

}  // namespace

std::string TextView::Phrase(uint32_t first, uint32_t last) const {
  std::string out;
  for (uint32_t i = first; i < last; ++i) {
    if (i > first) out += ' ';
    AppendWithAsciiApostrophes(out, Tok(i));
  }
  return out;
}

std::string_view TextView::PhraseView(uint32_t first, uint32_t last, std::string& buffer) const {
  if (first >= last) return {};
  bool as_written = true;
  for (uint32_t i = first + 1; i < last && as_written; ++i) {
    const uint32_t gap = tokens[i - 1].span.end;
    as_written = tokens[i].span.begin == gap + 1 && text[gap] == ' ';
  }
  if (const std::string_view surface = Surface(first, last);
      as_written && surface.find("\u2019") == std::string_view::npos)
    return surface;
  buffer = Phrase(first, last);
  return buffer;
}

std::string TextView::Written(uint32_t first, uint32_t last) const {
  std::string out;
  for (uint32_t i = first; i < last; ++i) {
    if (i > first && tokens[i].span.begin > tokens[i - 1].span.end) out += ' ';
    AppendWithAsciiApostrophes(out, Tok(i));
  }
  return out;
}

bool TextView::OpensCredits(const nlp::Sentence& s, uint32_t k) const {
  if (!Is(Tok(k), {"by"})) return false;
  if (k == s.first) return Tok(k) == "By";
  // ("(Photo by Kola Sulaimon / AFP)": a photo's credit.)
  return Is(Tok(k - 1), {"reporting", "writing", "editing", "compiled", "additional", "contributed",
                         "photo", "photos", "photograph", "picture", "pictures"});
}

std::string_view TextView::Surface(uint32_t first, uint32_t last) const {
  if (first >= last) return {};
  return text.substr(tokens[first].span.begin,
                     tokens[last - 1].span.end - tokens[first].span.begin);
}

TextView MakeTextView(std::string_view text, const Lexicon& lexicon) {
  TextView v;
  v.text = text;
  v.tokens = SplitGluedLabels(text, nlp::Tokenize(text), lexicon);
  v.sentences = nlp::SplitSentences(text, v.tokens);
  v.sentence_of.assign(v.tokens.size(), 0);
  for (uint32_t s = 0; s < v.sentences.size(); ++s)
    for (uint32_t i = v.sentences[s].first; i < v.sentences[s].last; ++i) v.sentence_of[i] = s;
  return v;
}

bool IsTenureWord(std::string_view w) { return Is(w, {"acting", "interim"}); }

std::string_view TitleQualifierWord(std::string_view w) {
  static constexpr std::pair<std::string_view, std::string_view> kQualifiers[] = {
      {"acting", "Acting"},
      {"interim", "Interim"},
      {"transitional", "Transitional"},
      {"police", "Police"},
      {"army", "Army"},
      {"military", "Military"},
      {"presidential", "Presidential"},
      {"regional", "Regional"},
      {"rebel", "Rebel"},
      {"parliamentary", "Parliamentary"},
      {"parliament", "Parliament"},
      {"union", "Union"}};
  for (const auto& [word, written] : kQualifiers)
    if (Is(w, {word})) return written;
  return {};
}

NameMentions FindNames(const TextView& view, const Lexicon& lexicon, const NameTagger* tagger) {
  return Finder(view, lexicon, tagger).Run();
}

}  // namespace ng::extract
