#include "extract/lexicon.h"

#include <gtest/gtest.h>

#include <chrono>
#include <filesystem>
#include <fstream>

#include "core/error.h"

namespace ng::extract {
namespace {

namespace fs = std::filesystem;

// Loads the real lexicon once for the whole suite; prints (does not assert) the load time.
const Lexicon& Lex() {
  static const Lexicon lex = [] {
    auto start = std::chrono::steady_clock::now();
    Lexicon l = Lexicon::Load(NEWSGRAPH_DATA_DIR);
    auto ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start);
    std::cout << "[ lexicon  ] Load() took " << ms.count() << " ms\n";
    return l;
  }();
  return lex;
}

// A sentinel: fails loudly when the data files are missing instead of skipping everything.
TEST(LexiconTest, DataFilesPresent) {
  for (const char* name : {"countries.tsv", "titles.tsv", "organizations.tsv", "places.tsv",
                           "events.tsv", "given_names.txt", "stop_names.txt", "org_words.txt",
                           "place_words.txt", "territories.tsv"}) {
    EXPECT_TRUE(fs::exists(fs::path(NEWSGRAPH_DATA_DIR) / name)) << name;
  }
}

TEST(LexiconTest, FindCountry) {
  struct Case {
    std::string_view phrase, iso2;
  } cases[] = {
      {"U.S.", "US"},
      {"United States", "US"},
      {"America", "US"},
      {"USA", "US"},  // alias and alpha-3 agree
      {"UK", "GB"},
      {"Britain", "GB"},
      {"Russia", "RU"},
      {"Russian Federation", "RU"},
      {"RUS", "RU"},
      // The text's spelling with diacritics, folded.
      {"México", "MX"},
      {"Sénégal", "SN"},
      {"Azerbaijan", "AZ"},
      {"AZE", "AZ"},
      {"DRC", "CD"},
      {"Türkiye", "TR"},
      {"Turkey", "TR"},
      {"Côte d'Ivoire", "CI"},
      {"South Korea", "KR"},
      {"Kosovo", "XK"},
      {"Macao", "MO"},
      // As the tokenizer cuts it, and with a typographic apostrophe.
      {"People 's Republic of China", "CN"},
      {"Democratic People\u2019s Republic of Korea", "KP"},
      {"Democratic People \u2019s Republic of Korea", "KP"},
      // An official name without its qualifiers, unless another country has it.
      {"Republic of Somalia", "SO"},
      {"Republic of Tanzania", "TZ"},
      {"Republic of China", "TW"},
      {"Republic of Korea", "KR"},
      {"Republic of the Congo", "CG"},
  };
  for (const auto& c : cases) {
    const Country* got = Lex().FindCountry(c.phrase);
    ASSERT_NE(got, nullptr) << c.phrase;
    EXPECT_EQ(got->iso2, c.iso2) << c.phrase;
  }
  for (std::string_view miss : {"usa", "Usa", "CAN", "AND", "Moscow", "Russian", ""})
    EXPECT_EQ(Lex().FindCountry(miss), nullptr) << miss;
}

TEST(LexiconTest, CountryFields) {
  const Country* ru = Lex().CountryByIso2("RU");
  ASSERT_NE(ru, nullptr);
  EXPECT_EQ(ru->iso3, "RUS");
  EXPECT_EQ(ru->name, "Russia");
  EXPECT_EQ(ru->official, "Russian Federation");  // the ISO short name; it has no official_name
  EXPECT_EQ(ru->wikidata, "Q159");
  EXPECT_EQ(ru->capital, "Moscow");
  EXPECT_EQ(ru->capital_wikidata, "Q649");
  const Country* az = Lex().CountryByIso2("AZ");
  ASSERT_NE(az, nullptr);
  EXPECT_EQ(az->official, "Republic of Azerbaijan");
  EXPECT_EQ(az->demonyms,
            (std::vector<std::string>{"Azerbaijani", "Azerbaijanis", "Azeri", "Azeris"}));
  const Country* xk = Lex().CountryByIso2("XK");
  ASSERT_NE(xk, nullptr);
  EXPECT_EQ(xk->iso3, "");  // not in ISO 3166-1
  EXPECT_EQ(Lex().CountryByIso2("ZZ"), nullptr);
  // Every ISO 3166-1 entry plus Kosovo and three former states, sorted by alpha-2.
  EXPECT_EQ(Lex().countries().size(), 253u);
  const Country* su = Lex().CountryByIso2("SU");
  ASSERT_NE(su, nullptr);
  EXPECT_EQ(su->name, "Soviet Union");
  // Territories are flagged with their sovereign; states are not.
  const Country* nc = Lex().CountryByIso2("NC");
  ASSERT_NE(nc, nullptr);
  EXPECT_TRUE(nc->territory);
  EXPECT_EQ(nc->sovereign_iso2, "FR");
  EXPECT_FALSE(Lex().CountryByIso2("FR")->territory);
  // Brussels, acting, is the European Union; Paris is France.
  ASSERT_NE(Lex().CapitalBody(*Lex().CountryByIso2("BE")), nullptr);
  EXPECT_EQ(Lex().CapitalBody(*Lex().CountryByIso2("BE"))->name, "European Union");
  EXPECT_EQ(Lex().CapitalBody(*Lex().CountryByIso2("FR")), nullptr);
  EXPECT_TRUE(std::is_sorted(Lex().countries().begin(), Lex().countries().end(),
                             [](const Country& a, const Country& b) { return a.iso2 < b.iso2; }));
}

TEST(LexiconTest, FindDemonymAndCapital) {
  struct Case {
    std::string_view word, iso2;
  } demonyms[] = {{"Azerbaijani", "AZ"}, {"Azeri", "AZ"},   {"Americans", "US"}, {"British", "GB"},
                  {"Britons", "GB"},     {"Russian", "RU"}, {"Congolese", "CD"}, {"Dutch", "NL"}},
    capitals[] = {
        {"Baku", "AZ"},     {"Moscow", "RU"},      {"Washington", "US"}, {"Washington, D.C.", "US"},
        {"Bogota", "CO"},   {"Bogotá", "CO"},      {"Kingston", "JM"},   {"Kyiv", "UA"},
        {"Kiev", "UA"},     {"Nay Pyi Taw", "MM"}, {"Abu Dhabi", "AE"},  {"Nouakchott", "MR"},
        {"Chisinau", "MD"}, {"Chișinău", "MD"}};
  for (const auto& c : demonyms) {
    const Country* got = Lex().FindDemonym(c.word);
    ASSERT_NE(got, nullptr) << c.word;
    EXPECT_EQ(got->iso2, c.iso2) << c.word;
  }
  for (const auto& c : capitals) {
    const Country* got = Lex().FindCapital(c.word);
    ASSERT_NE(got, nullptr) << c.word;
    EXPECT_EQ(got->iso2, c.iso2) << c.word;
  }
  EXPECT_EQ(Lex().FindDemonym("russian"), nullptr);
  EXPECT_EQ(Lex().FindCapital("Istanbul"), nullptr);
}

TEST(LexiconTest, FindCity) {
  struct Case {
    std::string_view name, iso2;
  } cases[] = {{"Moscow", "RU"},
               {"Baku", "AZ"},
               {"London", "GB"},
               {"Paris", "FR"},
               {"Istanbul", "TR"},
               {"Sao Paulo", "BR"},
               // Capital spellings name the capital city, which outnumbers Washington, England.
               {"Washington", "US"},
               {"Kiev", "UA"},
               {"Naypyidaw", "MM"},
               // Capitals geonames names otherwise ("Abu Dhabi Island and Internal Islands
               // City") or lacks (Nouakchott) are cities too.
               {"Abu Dhabi", "AE"},
               {"Nouakchott", "MR"},
               // A large city without geonames' qualifier ("Frankfurt am Main").
               {"Frankfurt", "DE"},
               {"Freiburg", "DE"},
               // Romanian letters with a comma below fold too (geonames' "Chișinău").
               {"Chisinau", "MD"},
               {"Timisoara", "RO"},
               // The text's diacritics fold where geonames writes the name in ASCII.
               {"\u0141\u00f3d\u017a", "PL"},
               {"Krak\u00f3w", "PL"},
               {"Gda\u0144sk", "PL"},
               {"\u0110\u00e0 N\u1eb5ng", "VN"},
               // "St." and "Saint" are one word: the more populous city of either spelling
               // (Saint Petersburg, Russia, not St. Petersburg, Florida).
               {"St. Petersburg", "RU"},
               {"Saint Petersburg", "RU"},
               {"St. Paul", "US"},
               {"Saint Catharines", "CA"},
               {"Port St. Lucie", "US"}};
  for (const auto& c : cases) {
    const City* got = Lex().FindCity(c.name);
    ASSERT_NE(got, nullptr) << c.name;
    EXPECT_EQ(got->country_iso2, c.iso2) << c.name;
  }
  const City* moscow = Lex().FindCity("Moscow");
  ASSERT_NE(moscow, nullptr);
  EXPECT_GT(moscow->population, 10000000u);
  EXPECT_EQ(Lex().FindCity("moscow"), nullptr);
  // A city name that an organization head word claims is not a city ("Police", Poland).
  EXPECT_EQ(Lex().FindCity("Police"), nullptr);
  // Not a small town's ("Weil am Rhein").
  EXPECT_EQ(Lex().FindCity("Weil"), nullptr);
}

TEST(LexiconTest, FindSubdivision) {
  struct Case {
    std::string_view name, code;
  } cases[] = {{"California", "US-CA"},
               {"Texas", "US-TX"},
               {"Bayern", "DE-BY"},
               {"Sichuan", "CN-SC"},
               {"Gujarat", "IN-GJ"},
               {"Gujarāt", "IN-GJ"},
               {"Punjab", "IN-PB"},
               {"Ontario", "CA-ON"},
               // A province under a geographical unit, no administration, is first-level.
               {"Bali", "ID-BA"}};
  for (const auto& c : cases) {
    const Subdivision* got = Lex().FindSubdivision(c.name);
    ASSERT_NE(got, nullptr) << c.name;
    EXPECT_EQ(got->code, c.code) << c.name;
  }
  // Names a country or a known place claims, and generic directions, are not subdivisions.
  // Nor one under another subdivision: Italy's provinces lie in its regions ("Bergamo").
  for (std::string_view miss :
       {"Georgia", "Gaza", "Scotland", "Central", "North", "Sichuan Sheng", "Bergamo"})
    EXPECT_EQ(Lex().FindSubdivision(miss), nullptr) << miss;
}

TEST(LexiconTest, FindRegionAbbreviation) {
  struct Case {
    std::string_view abbreviation, code;
  } cases[] = {{"Va.", "US-VA"}, {"Va", "US-VA"},     {"N.Y.", "US-NY"},
               {"TX", "US-TX"},  {"Calif.", "US-CA"}, {"Ont.", "CA-ON"}};
  for (const auto& c : cases) {
    const Subdivision* got = Lex().FindRegionAbbreviation(c.abbreviation);
    ASSERT_NE(got, nullptr) << c.abbreviation;
    EXPECT_EQ(got->code, c.code) << c.abbreviation;
  }
  for (std::string_view miss : {"Virginia", "va", "X.", ".", ""})
    EXPECT_EQ(Lex().FindRegionAbbreviation(miss), nullptr) << miss;
}

TEST(LexiconTest, FindTitle) {
  struct Case {
    std::string_view phrase, canonical;
    bool leader, head;
  } cases[] = {
      {"PM", "Prime Minister", true, true},
      {"Prime Minister", "Prime Minister", true, true},
      {"premier", "Premier", true, true},
      {"President", "President", true, true},
      {"president", "President", true, true},
      {"Foreign Minister", "Foreign Minister", true, false},
      {"foreign Minister", "Foreign Minister", true, false},
      {"Defence Minister", "Defence Minister", true, false},
      {"Prince", "Prince", false, false},
      {"Spokeswoman", "Spokeswoman", false, false},
      {"Sen.", "Senator", true, false},
      {"Secretary General", "Secretary-General", false, true},
  };
  for (const auto& c : cases) {
    const Title* got = Lex().FindTitle(c.phrase);
    ASSERT_NE(got, nullptr) << c.phrase;
    EXPECT_EQ(got->canonical, c.canonical) << c.phrase;
    EXPECT_EQ(got->leader, c.leader) << c.phrase;
    EXPECT_EQ(got->head, c.head) << c.phrase;
  }
  // "Sheikh" is part of a name ("Sheikh Hasina"), not a title.
  for (std::string_view miss : {"foreign minister", "PRESIDENT", "Plumber", "Sheikh", ""})
    EXPECT_EQ(Lex().FindTitle(miss), nullptr) << miss;
}

TEST(LexiconTest, FindKnown) {
  struct Case {
    std::string_view phrase, name;
    EntityType type;
    std::string_view subtype, iso2, container, wikidata;
  } cases[] = {
      {"TASS", "TASS", EntityType::kOrganization, "NewsMediaOrganization", "RU", "", ""},
      {"NATO", "North Atlantic Treaty Organization", EntityType::kOrganization, "Organization", "",
       "", "Q7184"},
      {"AP", "Associated Press", EntityType::kOrganization, "NewsMediaOrganization", "US", "",
       "Q40469"},
      {"TRTWorld", "TRT World", EntityType::kOrganization, "NewsMediaOrganization", "TR", "", ""},
      {"Kremlin", "Kremlin", EntityType::kPlace, "LandmarksOrHistoricalBuildings", "RU", "Moscow",
       ""},
      {"Strait of Hormuz", "Strait of Hormuz", EntityType::kPlace, "BodyOfWater", "", "", ""},
      {"Gaza", "Gaza Strip", EntityType::kPlace, "AdministrativeArea", "PS", "", ""},
      {"Jama'at Nusrat al-Islam wal Muslimin", "Jama'at Nusrat al-Islam wal-Muslimin",
       EntityType::kOrganization, "Organization", "ML", "", ""},
      {"South West Africa People \u2019s Organisation", "South West Africa People's Organisation",
       EntityType::kOrganization, "PoliticalParty", "NA", "", ""},
  };
  for (const auto& c : cases) {
    const KnownEntity* got = Lex().FindKnown(c.phrase);
    ASSERT_NE(got, nullptr) << c.phrase;
    EXPECT_EQ(got->name, c.name) << c.phrase;
    EXPECT_EQ(got->type, c.type) << c.phrase;
    EXPECT_EQ(got->subtype, c.subtype) << c.phrase;
    EXPECT_EQ(got->country_iso2, c.iso2) << c.phrase;
    EXPECT_EQ(got->container, c.container) << c.phrase;
    EXPECT_EQ(got->wikidata, c.wikidata) << c.phrase;
  }
  EXPECT_EQ(Lex().FindKnown("tass"), nullptr);
}

// The heads of state and government are found by name, alias or surname, whatever the case,
// diacritics or hyphens.
TEST(LexiconTest, FindHeads) {
  const std::vector<const KnownHead*> lee = Lex().FindHeads("Lee Jae Myung");
  ASSERT_EQ(lee.size(), 1u);
  EXPECT_EQ(lee[0]->country_iso2, "KR");
  EXPECT_EQ(lee[0]->office, "President");
  EXPECT_EQ(lee[0]->to, 0);
  // Two terms, two lines.
  EXPECT_EQ(Lex().FindHeads("Donald Trump").size(), 2u);
  const std::vector<const KnownHead*> erdogan = Lex().FindHeads("Recep Tayyip Erdogan");
  ASSERT_FALSE(erdogan.empty());
  EXPECT_EQ(erdogan[0]->country_iso2, "TR");
  ASSERT_FALSE(Lex().FindHeadsBySurname("Tinubu").empty());
  EXPECT_EQ(Lex().FindHeadsBySurname("Tinubu")[0]->name, "Bola Tinubu");
  EXPECT_TRUE(Lex().FindHeads("Jane Doe").empty());
  // The foreign ministers' list is read with it.
  const std::vector<const KnownHead*> fidan = Lex().FindHeads("Hakan Fidan");
  ASSERT_FALSE(fidan.empty());
  EXPECT_EQ(fidan[0]->office, "Foreign Minister");
  EXPECT_FALSE(fidan[0]->IsHead());
}

// An acronym of five letters or more is found written as a word ("Caricom", "Aukus"), one of four
// is not ("Wada" is as often a surname).
TEST(LexiconTest, LongAcronymsWrittenAsWords) {
  ASSERT_NE(Lex().FindKnown("Caricom"), nullptr);
  EXPECT_EQ(Lex().FindKnown("Caricom")->name, "Caribbean Community");
  ASSERT_NE(Lex().FindKnown("Celac"), nullptr);
  // (Also where the lexicon lists the acronym as the name.)
  ASSERT_NE(Lex().FindKnown("Aukus"), nullptr);
  EXPECT_EQ(Lex().FindKnown("Aukus")->name, "AUKUS");
  EXPECT_EQ(Lex().FindKnown("Wada"), nullptr);
}

TEST(LexiconTest, FindEventWord) {
  struct Case {
    std::string_view word;
    EventKind kind;
    bool verb;
  } cases[] = {
      {"summit", EventKind::kMeeting, false},       {"met", EventKind::kMeeting, true},
      {"Talks", EventKind::kMeeting, false},        {"war", EventKind::kConflict, false},
      {"fought", EventKind::kConflict, true},       {"airstrike", EventKind::kAttack, false},
      {"killed", EventKind::kAttack, true},         {"ceasefire", EventKind::kAgreement, false},
      {"cease-fire", EventKind::kAgreement, false}, {"signed", EventKind::kAgreement, true},
      {"peace deal", EventKind::kAgreement, false}, {"referendum", EventKind::kElection, false},
      {"protests", EventKind::kProtest, false},
  };
  for (const auto& c : cases) {
    const EventWord* got = Lex().FindEventWord(c.word);
    ASSERT_NE(got, nullptr) << c.word;
    EXPECT_EQ(got->kind, c.kind) << c.word;
    EXPECT_EQ(got->verb, c.verb) << c.word;
  }
  EXPECT_EQ(Lex().FindEventWord("breakfast"), nullptr);
}

TEST(LexiconTest, WordLists) {
  struct Case {
    std::string_view word;
    bool stop, given, org, place;
  } cases[] = {
      {"Monday", true, false, false, false},   {"According", true, false, false, false},
      {"WORLD", true, false, false, false},    {"Related", true, false, false, false},
      {"Vladimir", false, true, false, false}, {"Nikol", false, true, false, false},
      {"Ilham", false, true, false, false},    {"Volodymyr", false, true, false, false},
      {"Kamla", false, true, false, false},    {"Gilberto", false, true, false, false},
      {"Xi", false, false, false, false},      {"Ministry", false, false, true, false},
      {"Party", false, false, true, false},    {"region", false, false, false, true},
      {"corridor", false, false, false, true}, {"North", false, false, false, false},
  };
  for (const auto& c : cases) {
    EXPECT_EQ(Lex().IsStopName(c.word), c.stop) << c.word;
    EXPECT_EQ(Lex().IsGivenName(c.word), c.given) << c.word;
    EXPECT_EQ(Lex().IsOrgWord(c.word), c.org) << c.word;
    EXPECT_EQ(Lex().IsPlaceWord(c.word), c.place) << c.word;
  }
}

TEST(LexiconTest, MaxPhraseTokens) {
  // "Chairman of the Joint Chiefs of Staff" and longer organization names bound the window.
  EXPECT_GE(Lex().max_phrase_tokens(), 7u);
  EXPECT_LE(Lex().max_phrase_tokens(), 12u);
}

// The small indexes the extractor asks before it builds phrases to look up.
TEST(LexiconTest, PhraseIndexes) {
  EXPECT_EQ(Lex().MaxEventPhraseTokensFrom("general"), 2u);  // "general strike"
  EXPECT_EQ(Lex().MaxEventPhraseTokensFrom("spoke"), 3u);    // "spoke by telephone"
  EXPECT_EQ(Lex().MaxEventPhraseTokensFrom("breakfast"), 1u);
  EXPECT_EQ(Lex().FindEventWord("general strike")->kind, EventKind::kProtest);
  EXPECT_TRUE(Lex().IsKnownNameInnerWord("of"));  // "Great Hall of the People"
  EXPECT_TRUE(Lex().IsKnownNameInnerWord("to"));  // "Committee to Protect Journalists"
  EXPECT_FALSE(Lex().IsKnownNameInnerWord("said"));
  // A name with a possessive is found as written and as the tokenizer cuts it.
  ASSERT_NE(Lex().FindKnown("People's Liberation Army"), nullptr);
  EXPECT_EQ(Lex().FindKnown("People 's Liberation Army"),
            Lex().FindKnown("People's Liberation Army"));
}

// Copies the real data directory to a fresh temp dir so one file can be broken.
fs::path CopyData(std::string_view test_name) {
  fs::path dir = fs::temp_directory_path() / ("newsgraph_lexicon_" + std::string(test_name));
  fs::remove_all(dir);
  fs::create_directories(dir);
  for (const auto& e : fs::directory_iterator(NEWSGRAPH_DATA_DIR))
    if (e.is_regular_file()) fs::copy_file(e.path(), dir / e.path().filename());
  return dir;
}

TEST(LexiconTest, MalformedTsvNamesFileAndLine) {
  struct Case {
    std::string_view file, content, message;
    long line;
  } cases[] = {
      {"titles.tsv",
       "# comment\nform\tcanonical\tleader\thead\toffice\nPresident\tPresident\t1\t1\n",
       "expected 5 columns, got 4", 3},
      {"titles.tsv", "form\tcanonical\tleader\thead\toffice\nKing\tKing\tyes\t1\t\n",
       "leader must be 0 or 1, got \"yes\"", 2},
      {"countries.tsv", "iso2\tname\taliases\tdemonyms\tcapital\twikidata\n",
       "expected 7 columns, got 6", 1},
      {"countries.tsv",
       "iso2\tname\taliases\tdemonyms\tcapital\twikidata\tcapital_"
       "wikidata\n\nru\tRussia\t\t\t\t\t\n",
       "bad ISO alpha-2 code \"ru\"", 3},
      {"events.tsv", "word\tkind\tverb\nparty\tCelebration\t0\n",
       "unknown event kind \"Celebration\"", 2},
      {"organizations.tsv",
       "name\taliases\tsubtype\tcountry\twikidata\nACME\t\tCorporation\tZZ\t\n",
       "unknown country \"ZZ\"", 2},
      {"places.tsv", "name\taliases\tsubtype\tcontainer\tcountry\twikidata\nX\t\tPlace\t\t\tP31\n",
       "bad Wikidata id \"P31\"", 2},
      {"region_abbreviations.tsv", "abbreviation\tcode\nVa.\tUS-VA\nZz.\tUS-ZZ\n",
       "unknown subdivision \"US-ZZ\"", 3},
      {"territories.tsv", "iso2\tsovereign\nNC\tFR\nGL\tZZ\n", "unknown country \"ZZ\"", 3},
      {"capital_bodies.tsv", "iso2\torganization\nBE\tNo Such Union\n",
       "unknown organization \"No Such Union\"", 2},
  };
  fs::path dir = CopyData("malformed");
  for (const auto& c : cases) {
    fs::path original = fs::path(NEWSGRAPH_DATA_DIR) / c.file;
    fs::path broken = dir / c.file;
    std::ofstream(broken, std::ios::trunc) << c.content;
    try {
      Lexicon::Load(dir);
      ADD_FAILURE() << "no error for " << c.content;
    } catch (const Error& e) {
      EXPECT_EQ(e.code(), ErrorCode::kBadResource);
      EXPECT_EQ(e.message(), c.message);
      EXPECT_EQ(e.file(), broken.string());
      EXPECT_EQ(e.line(), c.line);
      EXPECT_EQ(std::string(e.what()),
                broken.string() + ":" + std::to_string(c.line) + ": " + std::string(c.message));
    }
    fs::copy_file(original, broken, fs::copy_options::overwrite_existing);
  }
  fs::remove_all(dir);
}

TEST(LexiconTest, MissingFileIsBadResource) {
  fs::path dir = CopyData("missing");
  fs::remove(dir / "events.tsv");
  try {
    Lexicon::Load(dir);
    ADD_FAILURE() << "no error";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::kBadResource);
    EXPECT_EQ(e.message(), "cannot open file");
    EXPECT_EQ(e.file(), (dir / "events.tsv").string());
  }
  fs::remove_all(dir);
}

}  // namespace
}  // namespace ng::extract
