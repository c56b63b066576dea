#include "export/jsonld.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <string>

#include "core/error.h"
#include "core/files.h"
#include "core/text_spill.h"
#include "export/jsonld_skip.h"
#include "graph/merge.h"

namespace ng::exporter {
namespace {

using Json = nlohmann::json;

const std::string kFixture = std::string(NEWSGRAPH_TEST_DATA) + "/export/sample.jsonld";

// Returns a graph that uses every field, every type and every predicate, plus hostile text.
GraphData RichGraph() {
  GraphData g;
  g.articles = {
      {.id = "trt-armenia-azerbaijan-2023",
       .headline = "Russia sees prospects of settlement between Azerbaijan, Armenia",
       .date = "2023-05-26",
       .url = "https://www.trtworld.com/europe/russia-sees-prospects-13254040",
       .mentions = {"country/am", "country/ru", "event/meeting-moscow-2023-05-25",
                    "person/vladimir-putin"}},
      {.id = "feeds/odd id?#1.txt",
       .headline = "\"}], \"@context\": null, \"@id\": \"x\" \\ \xe2\x80\xae\xf0\x9f\x98\x80"},
  };
  g.entities = {
      {.id = "country/am",
       .type = EntityType::kCountry,
       .name = "Armenia",
       .alt_names = {"Armenian"},
       .wikidata = "Q399",
       .identifiers = {"iso3166-1:AM"},
       .mentions = 6},
      {.id = "country/ru",
       .type = EntityType::kCountry,
       .name = "Russia",
       .alt_names = {"Russian"},
       .wikidata = "Q159",
       .identifiers = {"iso3166-1:RU"},
       .mentions = 4},
      {.id = "event/meeting-moscow-2023-05-25",
       .type = EntityType::kEvent,
       .name = "trilateral meeting in Moscow",
       .event_kind = EventKind::kMeeting,
       .date = "2023-05-25",
       .trigger = "hold a trilateral meeting",
       .mentions = 2},
      {.id = "event/war-karabakh",
       .type = EntityType::kEvent,
       .name = "war over Karabakh",
       .event_kind = EventKind::kConflict,
       .date = "2020",
       .trigger = "fought a war"},
      {.id = "organization/eu",
       .type = EntityType::kOrganization,
       .subtype = "GovernmentOrganization",
       .name = "European Union",
       .mentions = 1},
      {.id = "person/nikol-pashinyan",
       .type = EntityType::kPerson,
       .name = "Nikol Pashinyan",
       .alt_names = {"Pashinyan"},
       .leader = true,
       .mentions = 3},
      {.id = "person/vladimir-putin",
       .type = EntityType::kPerson,
       .name = "Vladimir Putin",
       .alt_names = {"Putin", "Russian President Vladimir Putin"},
       .leader = true,
       .wikidata = "Q7747",
       .mentions = 7},
      {.id = "person/x%e6%9d%b1",
       .type = EntityType::kPerson,
       .name = "\xe6\x9d\xb1 <b>&amp;</b>",
       .alt_names = {"@id", "@type"},
       .mentions = 1},
      {.id = "place/moscow",
       .type = EntityType::kPlace,
       .subtype = "City",
       .name = "Moscow",
       .mentions = 3},
  };
  Evidence lead{.doc = "trt-armenia-azerbaijan-2023",
                .begin = 402,
                .end = 561,
                .text =
                    "Russian President Vladimir Putin has said that \"strictly technical\" "
                    "issues remain.",
                .rule = "title-name",
                .confidence = 0.9};
  Evidence odd{.doc = "feeds/odd id?#1.txt",
               .begin = 0,
               .end = 12,
               .text = "line\nbreak\ttab",
               .rule = "appositive",
               .confidence = 1.0 / 3};
  Evidence meet{.doc = "trt-armenia-azerbaijan-2023",
                .begin = 700,
                .end = 812,
                .text = "Putin on Thursday met in Moscow with Azerbaijani President Ilham Aliyev.",
                .rule = "event-meeting",
                .confidence = 0.75};
  g.relations = {
      {.subject = "event/meeting-moscow-2023-05-25",
       .predicate = Predicate::kParticipant,
       .object = "person/nikol-pashinyan",
       .evidence = {meet},
       .weight = 1},
      {.subject = "event/meeting-moscow-2023-05-25",
       .predicate = Predicate::kParticipant,
       .object = "person/vladimir-putin",
       .evidence = {meet},
       .weight = 2},
      {.subject = "event/meeting-moscow-2023-05-25",
       .predicate = Predicate::kOrganizer,
       .object = "person/vladimir-putin",
       .evidence = {meet},
       .weight = 1},
      {.subject = "event/meeting-moscow-2023-05-25",
       .predicate = Predicate::kLocation,
       .object = "place/moscow",
       .evidence = {meet},
       .weight = 1},
      {.subject = "event/meeting-moscow-2023-05-25",
       .predicate = Predicate::kStartDate,
       .object = "2023-05-25",
       .evidence = {meet},
       .weight = 1},
      {.subject = "event/war-karabakh",
       .predicate = Predicate::kStartDate,
       .object = "2020-09",
       .weight = 1},
      {.subject = "organization/eu",
       .predicate = Predicate::kAffiliation,
       .object = "country/ru",
       .weight = 0},
      {.subject = "person/nikol-pashinyan",
       .predicate = Predicate::kLeaderOf,
       .object = "country/am",
       .weight = 3},
      {.subject = "person/nikol-pashinyan",
       .predicate = Predicate::kNationality,
       .object = "country/am",
       .weight = 1},
      {.subject = "person/vladimir-putin",
       .predicate = Predicate::kLeaderOf,
       .object = "country/ru",
       .evidence = {odd, lead},
       .weight = 5},
      {.subject = "person/vladimir-putin",
       .predicate = Predicate::kJobTitle,
       .object = "President",
       .evidence = {lead},
       .weight = 5},
      {.subject = "person/vladimir-putin",
       .predicate = Predicate::kJobTitle,
       .object = "\"}] \\ @value",
       .weight = 1},
      {.subject = "person/vladimir-putin",
       .predicate = Predicate::kMemberOf,
       .object = "organization/eu",
       .weight = 1},
      {.subject = "place/moscow",
       .predicate = Predicate::kCapitalOf,
       .object = "country/ru",
       .weight = 2},
      {.subject = "place/moscow",
       .predicate = Predicate::kContainedInPlace,
       .object = "country/ru",
       .weight = 2},
  };
  Canonicalize(g);
  return g;
}

TEST(JsonLdTest, RoundTripsARichGraph) {
  GraphData g = RichGraph();
  std::string text = ToJsonLd(g);
  GraphData back = FromJsonLd(text, "mem.jsonld");
  EXPECT_EQ(back.articles, g.articles);
  EXPECT_EQ(back.entities, g.entities);
  EXPECT_EQ(back.relations, g.relations);
  EXPECT_TRUE(back == g);
  EXPECT_EQ(ToJsonLd(back), text);
}

// A hostile file may state one triple many times, with different weights: reading what was
// written from it gives back the same bytes (the order of such statements is kept).
TEST(JsonLdTest, RepeatedTriplesReadBackInTheirOrder) {
  GraphData g = RichGraph();
  const Relation base = g.relations.front();
  for (uint32_t w = 0; w < 64; ++w) {
    Relation r = base;
    r.weight = (w * 37) % 64;  // not in order
    g.relations.push_back(std::move(r));
  }
  const std::string first = ToJsonLd(FromJsonLd(ToJsonLd(g), "hostile.jsonld"));
  EXPECT_EQ(ToJsonLd(FromJsonLd(first, "first.jsonld")), first);
}

TEST(JsonLdTest, RoundTripsTheEmptyGraph) {
  EXPECT_TRUE(FromJsonLd(ToJsonLd(GraphData{}), "empty.jsonld") == GraphData{});
}

TEST(JsonLdTest, RoundTripsConfidences) {
  for (double c : {0.0, 1.0, 0.1, 0.9, 1.0 / 3, 2.0 / 3, 1e-7, 0.123456789012345678}) {
    GraphData g;
    g.relations = {{.subject = "a",
                    .predicate = Predicate::kMemberOf,
                    .object = "b",
                    .evidence = {{.doc = "d", .rule = "r", .confidence = c}}}};
    GraphData back = FromJsonLd(ToJsonLd(g), "c.jsonld");
    ASSERT_EQ(back.relations.size(), 1u);
    EXPECT_EQ(back.relations[0].evidence[0].confidence, c);
  }
}

// The committed fixture is what schema_test.py loads in rdflib. Regenerate it after a reviewed
// format change with: NEWSGRAPH_UPDATE_GOLDEN=1 newsgraph_tests --gtest_filter='JsonLdTest.*'
TEST(JsonLdTest, MatchesTheCommittedFixture) {
  std::string text = ToJsonLd(RichGraph());
  if (std::getenv("NEWSGRAPH_UPDATE_GOLDEN")) WriteFileAtomic(kFixture, text);
  EXPECT_EQ(ReadFile(kFixture), text) << "fixture " << kFixture << " is stale or missing";
}

TEST(JsonLdTest, ContextEqualsSchemaContextFile) {
  Json file = Json::parse(ReadFile(std::string(NEWSGRAPH_SOURCE_DIR) + "/schema/context.jsonld"));
  Json out = Json::parse(ToJsonLd(RichGraph()));
  EXPECT_EQ(file.at("@context"), out.at("@context"));
  EXPECT_EQ(Json::parse(JsonLdContext()), out.at("@context"));
}

TEST(JsonLdTest, NodeShapes) {
  Json doc = Json::parse(ToJsonLd(RichGraph()));
  const std::string id = std::string(kIdBase);
  struct Case {
    std::string pointer;
    Json want;
  } cases[] = {
      {"/@graph/0/@type", {"NewsArticle"}},
      {"/@graph/0/@id", id + "article/feeds/odd%20id%3F%231%2Etxt"},
      {"/@graph/1/ng:key", "trt-armenia-azerbaijan-2023"},
      {"/@graph/1/datePublished", {{"@type", "xsd:date"}, {"@value", "2023-05-26"}}},
      {"/@graph/1/url", "https://www.trtworld.com/europe/russia-sees-prospects-13254040"},
      {"/@graph/1/mentions/3", {{"@id", id + "person/vladimir-putin"}}},
      {"/@graph/3/@type", {"Country"}},
      {"/@graph/3/sameAs", {{"@id", "http://www.wikidata.org/entity/Q159"}}},
      {"/@graph/3/identifier", {"iso3166-1:RU"}},
      {"/@graph/4/@type", {"Event", "ng:Meeting"}},
      {"/@graph/4/ng:participant",
       {{{"@id", id + "person/nikol-pashinyan"}}, {{"@id", id + "person/vladimir-putin"}}}},
      {"/@graph/4/location", {{{"@id", id + "place/moscow"}}}},
      {"/@graph/4/startDate", {{"@type", "xsd:date"}, {"@value", "2023-05-25"}}},
      {"/@graph/4/ng:trigger", "hold a trilateral meeting"},
      {"/@graph/5/startDate", {{"@type", "xsd:gYear"}, {"@value", "2020"}}},
      {"/@graph/6/@type", {"Organization", "GovernmentOrganization"}},
      {"/@graph/8/@type", {"Person", "ng:Leader"}},
      {"/@graph/8/ng:leaderOf", {{{"@id", id + "country/ru"}}}},
      {"/@graph/8/jobTitle", {"\"}] \\ @value", "President"}},
      {"/@graph/8/memberOf", {{{"@id", id + "organization/eu"}}}},
      {"/@graph/8/ng:mentionCount", 7},
      {"/@graph/9/@id", id + "person/x%25e6%259d%25b1"},
      {"/@graph/9/alternateName", {"@id", "@type"}},
      {"/@graph/10/@type", {"Place", "City"}},
      {"/@graph/10/ng:capitalOf", {{{"@id", id + "country/ru"}}}},
      {"/@graph/10/containedInPlace", {{{"@id", id + "country/ru"}}}},
      // Statements follow in relation order (from #11); #20 is Putin leaderOf Russia.
      {"/@graph/20/@type", {"rdf:Statement"}},
      {"/@graph/20/rdf:subject", {{"@id", id + "person/vladimir-putin"}}},
      {"/@graph/20/rdf:predicate", {{"@id", "https://w3id.org/newsgraph/vocab#leaderOf"}}},
      {"/@graph/20/rdf:object", {{"@id", id + "country/ru"}}},
      {"/@graph/20/ng:weight", 5},
      {"/@graph/20/ng:confidence", "0.9"},
      {"/@graph/20/ng:rule", {"appositive", "title-name"}},
      {"/@graph/20/prov:wasDerivedFrom",
       {{{"@id", id + "article/feeds/odd%20id%3F%231%2Etxt"}},
        {{"@id", id + "article/trt-armenia-azerbaijan-2023"}}}},
      {"/@graph/20/ng:evidence/0",
       {{"@type", "ng:Evidence"},
        {"ng:document", {{"@id", id + "article/feeds/odd%20id%3F%231%2Etxt"}}},
        {"ng:sentence", "line\nbreak\ttab"},
        {"ng:begin", 0},
        {"ng:end", 12},
        {"ng:rule", "appositive"},
        {"ng:confidence", "0.3333333333333333"}}},
      {"/@graph/20/ng:evidence/1/ng:confidence", "0.9"},
      {"/@graph/21/rdf:predicate", {{"@id", "http://schema.org/jobTitle"}}},
      {"/@graph/21/rdf:object", "\"}] \\ @value"},
      {"/@graph/9/rdf:object", nullptr},
      {"/@graph/16/rdf:object", {{"@type", "xsd:gYearMonth"}, {"@value", "2020-09"}}},
  };
  for (const auto& c : cases) {
    Json::json_pointer ptr(c.pointer);
    if (c.want.is_null()) {
      EXPECT_FALSE(doc.contains(ptr)) << c.pointer;
      continue;
    }
    ASSERT_TRUE(doc.contains(ptr)) << c.pointer;
    EXPECT_EQ(doc.at(ptr), c.want) << c.pointer;
  }
  EXPECT_EQ(doc.at("/@graph/20/@id"_json_pointer), StatementIri(RichGraph().relations[9]))
      << "relation 9 is Putin leaderOf Russia";
  EXPECT_EQ(doc.at("@graph").size(), 2u + 9u + 15u);
}

TEST(JsonLdTest, IsDeterministicAndEndsWithNewline) {
  std::string a = ToJsonLd(RichGraph());
  EXPECT_EQ(ToJsonLd(RichGraph()), a);
  EXPECT_EQ(a.back(), '\n');
  EXPECT_EQ(a.substr(0, 15), "{\n \"@context\": ");
}

// The document is written node by node; its bytes are those of the whole tree dumped at once.
TEST(JsonLdTest, StreamedBytesEqualTheWholeTreeDumped) {
  for (const GraphData& g : {RichGraph(), GraphData{}}) {
    std::string streamed;
    size_t chunks = 0;
    WriteJsonLd(g, [&](std::string_view chunk) {
      streamed += chunk;
      ++chunks;
    });
    EXPECT_GE(chunks, 1u);
    EXPECT_EQ(streamed, ToJsonLd(g));
    EXPECT_EQ(streamed, Json::parse(streamed).dump(1) + "\n");
  }
}

// Evidence sentences and headlines kept in a spill file (core/text_spill.h) are read back: the same
// bytes.
TEST(JsonLdTest, SpilledSentencesWriteTheSameBytes) {
  const GraphData g = RichGraph();
  const auto dir = std::filesystem::temp_directory_path() /
                   ("newsgraph_jsonld_test_spill_" + std::to_string(::getpid()));
  {
    TextSpill spill(dir);
    GraphData spilled = g;
    for (Article& a : spilled.articles) a.headline = spill.Spill(a.headline);
    size_t count = 0;
    for (Relation& r : spilled.relations)
      for (Evidence& ev : r.evidence) {
        ev.text = spill.Spill(ev.text);
        count += ev.text.spilled();
      }
    ASSERT_GT(count, 0u);
    EXPECT_EQ(ToJsonLd(spilled), ToJsonLd(g));
  }
  std::filesystem::remove_all(dir);
}

TEST(JsonLdTest, ReplacesInvalidUtf8) {
  GraphData g;
  g.entities = {{.id = "person/x", .name = "bad \xff\xfe byte"}};
  GraphData back = FromJsonLd(ToJsonLd(g), "u.jsonld");
  ASSERT_EQ(back.entities.size(), 1u);
  EXPECT_EQ(back.entities[0].name, "bad \xef\xbf\xbd\xef\xbf\xbd byte");
}

// What nlohmann's dump writes for `s` as a JSON string (the writer's reference).
std::string NlohmannString(std::string_view s) {
  return Json(std::string(s)).dump(-1, ' ', false, Json::error_handler_t::replace);
}

std::string Appended(std::string_view s, std::string_view before = {}) {
  std::string out(before);
  AppendJsonString(out, s);
  return out;
}

// The direct writer must give nlohmann's bytes for every string: escapes, control characters,
// U+007F, U+2028, emoji, and ill-formed UTF-8 (replaced the way nlohmann replaces it).
// Plain bytes are passed eight at a time: each byte that is not plain (every control character,
// '"', '\\', U+007F's neighbours, the first and later bytes of a UTF-8 sequence, ill-formed ones)
// is found at each position of an eight-byte word and at the ends.
TEST(JsonStringTest, FindsEachByteToEscapeAtEachPosition) {
  std::vector<std::string> specials = {
      "\"",   "\\",   "\x7f", "\x1f ", "\xc3\xa9", "\xe2\x80\xa8", "\xf0\x9f\x98\x80",
      "\xff", "\x80", "~",    " ",     "!"};
  for (int c = 0; c < 0x20; ++c) specials.push_back(std::string(1, static_cast<char>(c)));
  for (const std::string& special : specials) {
    for (size_t before = 0; before <= 17; ++before) {
      for (size_t after : {0, 1, 7, 8, 9}) {
        const std::string s = std::string(before, 'a') + special + std::string(after, 'z');
        SCOPED_TRACE(s);
        EXPECT_EQ(Appended(s), NlohmannString(s));
      }
    }
  }
}

// JsonWriter::Key copies its key without escaping: the predicate terms it is given (its other
// keys are constants of jsonld.cc) must need none.
TEST(JsonStringTest, PredicateTermsNeedNoEscaping) {
  for (int i = 0; i < kPredicateCount; ++i) {
    const std::string_view term = PredicateTerm(static_cast<Predicate>(i));
    std::string quoted = "\"";
    quoted.append(term).push_back('"');
    EXPECT_EQ(Appended(term), quoted) << term;
  }
}

TEST(JsonStringTest, MatchesNlohmannOnHostileStrings) {
  std::string all_controls;
  for (int c = 0; c < 0x20; ++c) all_controls += static_cast<char>(c);
  std::string long_mix;
  for (int i = 0; i < 20000; ++i)
    long_mix += i % 7 == 0 ? "\"\\\x01\xe2\x80\xa8" : "Putin \xf0\x9f\x98\x80 ";
  const std::string cases[] = {
      "",
      "plain ASCII text, with digits 0123 and punctuation !#$%&'()*+,-./:;<=>?@[]^_`{|}~",
      "\"",
      "\\",
      "\"quoted\" and back\\slashed\\",
      std::string("\0", 1),
      std::string("a\0b", 3),
      all_controls,
      "\b\t\n\f\r",
      "\x7f",
      "del \x7f inside",
      "\xe2\x80\xa8\xe2\x80\xa9",                          // U+2028, U+2029
      "\xf0\x9f\x98\x80\xf0\x9f\x87\xa6\xf0\x9f\x87\xb2",  // emoji, a flag
      "\xef\xbb\xbf BOM, \xef\xbf\xbd replacement, \xef\xbf\xbf U+FFFF",
      "\xc2\x80 \xdf\xbf \xe0\xa0\x80 \xed\x9f\xbf \xee\x80\x80 \xf0\x90\x80\x80 \xf4\x8f\xbf\xbf",
      "caf\xc3\xa9 \xe6\x9d\xb1 \xd0\x9c\xd0\xbe\xd1\x81\xd0\xba\xd0\xb2\xd0\xb0",
      "\xe2\x80\xae right-to-left override",
      long_mix,
      std::string(100000, 'x'),
      // ill-formed UTF-8
      "\x80",
      "\xbf tail",
      "\xff\xfe",
      "bad \xff\xfe byte",
      "\xc0\x80",            // overlong NUL
      "\xc1\xbf",            // overlong
      "\xe0\x80\x80",        // overlong
      "\xe0\x9f\xbf",        // overlong
      "\xed\xa0\x80",        // surrogate
      "\xed\xbf\xbf",        // surrogate
      "\xf0\x80\x80\x80",    // overlong
      "\xf4\x90\x80\x80",    // past U+10FFFF
      "\xf5\x80\x80\x80",    // past U+10FFFF
      "\xe2\x80",            // truncated at the end
      "\xe2\x80 a",          // truncated before ASCII
      "\xf0\x9f\x98",        // truncated emoji
      "\xf0\x9f\x98\"\\\n",  // truncated before escapes
      "ok \xc3\xa9 then \xc3 bad then \xe2\x80\xa8 and \x01",
      "\xc3\xa9\xff\xc3\xa9\xe2\x80\xe2\x80\xa8",
  };
  for (const std::string& s : cases) {
    EXPECT_EQ(Appended(s), NlohmannString(s))
        << Json(s).dump(-1, ' ', true, Json::error_handler_t::replace);
    EXPECT_EQ(Appended(s, "prefix "), "prefix " + NlohmannString(s));
  }
}

// Every string of one and two bytes, and three- and four-byte strings around every boundary of
// the UTF-8 tables: the same bytes as nlohmann.
TEST(JsonStringTest, MatchesNlohmannOnShortByteStrings) {
  const unsigned char edges[] = {0x00, 0x0a, 0x1f, 0x22, 0x41, 0x5c, 0x7f, 0x80,
                                 0x8f, 0x90, 0x9f, 0xa0, 0xbf, 0xc0, 0xc2, 0xdf,
                                 0xe0, 0xed, 0xef, 0xf0, 0xf4, 0xf5, 0xff};
  size_t mismatches = 0;
  auto check = [&](const std::string& s) {
    if (Appended(s) != NlohmannString(s) && ++mismatches <= 10)
      ADD_FAILURE() << "differs: " << Json(s).dump(-1, ' ', true, Json::error_handler_t::replace);
  };
  for (int a = 0; a < 256; ++a) {
    check(std::string(1, static_cast<char>(a)));
    for (int b = 0; b < 256; ++b) {
      std::string two{static_cast<char>(a), static_cast<char>(b)};
      check(two);
      if (a < 0xc0) continue;  // a third byte matters only after a lead byte
      for (unsigned char c : edges) {
        check(two + static_cast<char>(c));
        if (a < 0xf0) continue;
        for (unsigned char d : edges) check(two + static_cast<char>(c) + static_cast<char>(d));
      }
    }
  }
  EXPECT_EQ(mismatches, 0u);
}

// A graph with hostile text in every string field: the written bytes are the canonical dump of
// what they parse to (nlohmann sorts keys and fixes the layout, so any difference in key order,
// indentation, escaping or number format shows).
TEST(JsonLdTest, HostileGraphIsItsOwnCanonicalDump) {
  const std::string nasty = "\"q\" \\b\\ \x01\x1f\x7f \xe2\x80\xa8 \xf0\x9f\x98\x80 \t\n\r";
  GraphData g = RichGraph();
  g.articles[0].url = "https://x.test/?a=\"1\"&b=\\" + nasty;
  g.articles[0].date = "2023-5";  // no date shape: a plain string
  g.articles[1].headline = nasty;
  for (Entity& e : g.entities) {
    e.name += nasty;
    e.alt_names.push_back(nasty);
    e.identifiers.push_back("id:" + nasty);
    if (e.type == EntityType::kEvent) e.trigger = nasty;
  }
  g.entities[0].subtype = "Not a class";
  g.entities[1].date = "2023-13-99x";
  for (Relation& r : g.relations)
    for (Evidence& ev : r.evidence) {
      ev.text = std::string(ev.text.view()) + nasty;
      ev.rule = "rule \"" + std::string(ev.rule.view()) + "\"";
      ev.begin = 4294967295u;
    }
  g.relations.push_back({.subject = "person/vladimir-putin",
                         .predicate = Predicate::kJobTitle,
                         .object = nasty,
                         .weight = 4294967295u});
  g.relations.push_back({.subject = "person/vladimir-putin",
                         .predicate = Predicate::kJobTitle,
                         .object = nasty,
                         .weight = 1});
  g.relations.push_back(
      {.subject = "place/moscow", .predicate = Predicate::kStartDate, .object = "1999-01-01"});
  Canonicalize(g);
  std::string text = ToJsonLd(g);
  EXPECT_EQ(text, Json::parse(text).dump(1, ' ', false, Json::error_handler_t::replace) + "\n");
  EXPECT_EQ(FromJsonLd(text, "hostile.jsonld").entities.size(), g.entities.size());
}

TEST(IriTest, Cases) {
  struct Case {
    std::string_view key, want;
  } cases[] = {
      {"person/vladimir-putin", "person/vladimir-putin"},
      {"person/x%e6", "person/x%25e6"},
      {"a b?c#d.e", "a%20b%3Fc%23d%2Ee"},
      {"../..", "%2E%2E/%2E%2E"},
      {"\xc3\xa9", "%C3%A9"},
      {"", ""},
  };
  for (const auto& c : cases) EXPECT_EQ(PercentEncodeIri(c.key), c.want) << c.key;
  EXPECT_EQ(Fnv1a64(""), 0xcbf29ce484222325ull);
  EXPECT_EQ(Fnv1a64("a"), 0xaf63dc4c8601ec8cull);
  EXPECT_EQ(Fnv1a64("foobar"), 0x85944171f73967e8ull);
  EXPECT_EQ(
      StatementIri({.subject = "a", .predicate = Predicate::kLeaderOf, .object = "b"}),
      std::string(kIdBase) + "statement/" + [] {
        char hex[17];
        snprintf(hex, sizeof hex, "%016llx",
                 static_cast<unsigned long long>(Fnv1a64("a|ng:leaderOf|b")));
        return std::string(hex);
      }());
  EXPECT_EQ(PredicateIri(Predicate::kCapitalOf), "https://w3id.org/newsgraph/vocab#capitalOf");
  EXPECT_EQ(PredicateIri(Predicate::kLocation), "http://schema.org/location");
}

TEST(JsonLdTest, RejectsMalformedInput) {
  const std::string ctx = R"("@context": {})";
  const std::string art = std::string(kIdBase) + "article/";
  struct Case {
    std::string json, want;
  } cases[] = {
      {"",
       "bad.jsonld: not JSON: [json.exception.parse_error.101] parse error at line 1, "
       "column 1: syntax error while parsing value - unexpected end of input; expected '[', "
       "'{', or a literal"},
      {"[]", "bad.jsonld: document: must be a JSON object"},
      {"{}", "bad.jsonld: document: missing \"@context\""},
      {R"({"@context": "http://x", "@graph": []})",
       "bad.jsonld: document: \"@context\" must be an object"},
      {"{" + ctx + "}", "bad.jsonld: document: missing \"@graph\""},
      {"{" + ctx + R"(, "@graph": {}})", "bad.jsonld: document: \"@graph\" must be an array"},
      {"{" + ctx + R"(, "@graph": [1]})", "bad.jsonld: @graph[0]: must be an object"},
      {"{" + ctx + R"(, "@graph": [{}]})",
       "bad.jsonld: @graph[0]: \"@type\" must be a non-empty array"},
      {"{" + ctx + R"(, "@graph": [{"@type": "Person"}]})",
       "bad.jsonld: @graph[0]: \"@type\" must be an array"},
      {"{" + ctx + R"(, "@graph": [{"@type": ["Date"]}]})",
       "bad.jsonld: @graph[0]: unknown node type \"Date\""},
      {"{" + ctx + R"(, "@graph": [{"@type": ["Person", "ng:Wizard"]}]})",
       "bad.jsonld: @graph[0]: unknown type \"ng:Wizard\""},
      {"{" + ctx + R"(, "@graph": [{"@type": ["Person"], "ng:key": 5}]})",
       "bad.jsonld: @graph[0]: \"ng:key\" must be a string"},
      {"{" + ctx + R"(, "@graph": [{"@type": ["Person"], "ng:key": "p", "name": "P"}]})",
       "bad.jsonld: @graph[0]: missing \"ng:mentionCount\""},
      {"{" + ctx +
           R"(, "@graph": [{"@type": ["Person"], "ng:key": "p", "name": "P", "ng:mentionCount": -1}]})",
       "bad.jsonld: @graph[0]: \"ng:mentionCount\" must be an integer in [0, 2^32)"},
      {"{" + ctx +
           R"(, "@graph": [{"@type": ["Person"], "ng:key": "p", "name": "P", "ng:mentionCount": 4294967296}]})",
       "bad.jsonld: @graph[0]: \"ng:mentionCount\" must be an integer in [0, 2^32)"},
      {"{" + ctx +
           R"(, "@graph": [{"@type": ["Person"], "ng:key": "p", "name": "P", "ng:mentionCount": 1, "sameAs": "Q1"}]})",
       "bad.jsonld: @graph[0]: \"sameAs\" must be an {\"@id\": ...}"},
      {"{" + ctx +
           R"(, "@graph": [{"@type": ["NewsArticle"], "ng:key": "d", "headline": "h", "mentions": [{"@id": "http://evil/x"}]}]})",
       "bad.jsonld: @graph[0]: \"mentions\" IRI http://evil/x does not start with " +
           std::string(kIdBase)},
      {"{" + ctx +
           R"(, "@graph": [{"@type": ["NewsArticle"], "ng:key": "d", "headline": "h", "mentions": [{"@id": ")" +
           std::string(kIdBase) + R"(a%2"}]}]})",
       "bad.jsonld: @graph[0]: \"mentions\" IRI " + std::string(kIdBase) +
           "a%2 has a bad percent escape"},
      {"{" + ctx + R"(, "@graph": [{"@type": ["rdf:Statement"], "rdf:subject": {"@id": ")" +
           std::string(kIdBase) + R"(a"}, "rdf:predicate": {"@id": "http://schema.org/knows"}}]})",
       "bad.jsonld: @graph[0]: \"rdf:predicate\" is not a known property: "
       "{\"@id\":\"http://schema.org/knows\"}"},
      {"{" + ctx + R"(, "@graph": [{"@type": ["rdf:Statement"], "rdf:subject": {"@id": ")" +
           std::string(kIdBase) +
           R"(a"}, "rdf:predicate": {"@id": "http://schema.org/jobTitle"}, "rdf:object": "x", "ng:weight": 1, "ng:evidence": [{"ng:document": {"@id": ")" +
           art +
           R"(d"}, "ng:begin": 1, "ng:end": 2, "ng:sentence": "s", "ng:rule": "r", "ng:confidence": 0.5}]}]})",
       "bad.jsonld: @graph[0] ng:evidence[0]: \"ng:confidence\" must be a string"},
      {"{" + ctx + R"(, "@graph": [{"@type": ["rdf:Statement"], "rdf:subject": {"@id": ")" +
           std::string(kIdBase) +
           R"(a"}, "rdf:predicate": {"@id": "http://schema.org/jobTitle"}, "rdf:object": "x", "ng:weight": 1, "ng:evidence": [{"ng:document": {"@id": ")" +
           art +
           R"(d"}, "ng:begin": 1, "ng:end": 2, "ng:sentence": "s", "ng:rule": "r", "ng:confidence": "1e5"}]}]})",
       "bad.jsonld: @graph[0] ng:evidence[0]: \"ng:confidence\" must be a decimal, not \"1e5\""},
      {std::string(100000, '['),
       "bad.jsonld: not a newsgraph JSON-LD file: nested deeper than the format allows"},
  };
  for (const auto& c : cases) {
    try {
      FromJsonLd(c.json, "bad.jsonld");
      ADD_FAILURE() << "no error for " << c.json.substr(0, 200);
    } catch (const Error& e) {
      EXPECT_EQ(e.code(), ErrorCode::kBadInput);
      EXPECT_EQ(e.file(), "bad.jsonld");
      EXPECT_EQ(std::string(e.what()), c.want) << c.json.substr(0, 200);
    }
  }
  // The same from a file, read in blocks: the same messages, naming the file.
  const std::filesystem::path dir = std::filesystem::temp_directory_path() /
                                    ("newsgraph-jsonld-test-" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir);
  const std::filesystem::path bad = dir / "bad.jsonld";
  for (const auto& c : cases) {
    WriteFileAtomic(bad, c.json);
    try {
      ReadJsonLdFile(bad);
      ADD_FAILURE() << "no error for " << c.json.substr(0, 200);
    } catch (const Error& e) {
      EXPECT_EQ(e.file(), bad.string());
      EXPECT_EQ(std::string(e.what()),
                bad.string() + c.want.substr(std::string("bad.jsonld").size()))
          << c.json.substr(0, 200);
    }
  }
  for (const std::filesystem::path& unreadable : {dir / "missing.jsonld", dir}) {
    try {
      ReadJsonLdFile(unreadable);
      ADD_FAILURE() << "no error for " << unreadable;
    } catch (const Error& e) {
      EXPECT_EQ(e.code(), ErrorCode::kBadInput);
      EXPECT_EQ(e.file(), unreadable.string());
    }
  }
  std::filesystem::remove_all(dir);
}

// A graph file is read in blocks of 64 KiB: a file of many blocks gives the graph it was
// written from, as the same text in memory does.
TEST(JsonLdTest, ReadsAGraphFileOfManyBlocks) {
  GraphData g;
  for (int i = 0; i < 2000; ++i) {
    Entity e;
    e.id = "person/p" + std::to_string(10000 + i);
    e.type = EntityType::kPerson;
    e.name = "Person " + std::to_string(i) + " \u00e9\"quoted\"";
    e.mentions = 1;
    g.entities.push_back(e);
  }
  Canonicalize(g);
  const std::string text = ToJsonLd(g);
  ASSERT_GT(text.size(), 3u << 16);
  const std::filesystem::path path = std::filesystem::temp_directory_path() /
                                     ("newsgraph-blocks-" + std::to_string(::getpid()) + ".jsonld");
  WriteFileAtomic(path, text);
  const GraphData back = ReadJsonLdFile(path);
  std::filesystem::remove(path);
  EXPECT_EQ(back, g);
  EXPECT_EQ(back, FromJsonLd(text, "mem.jsonld"));
}

// jsonld_skip.h: a node's sketch is what parsing the node would give for its first type and the
// IRIs of its two ends, read from its first two levels only; `exact` is false wherever an escape
// could make the two differ.
TEST(JsonLdSkipTest, SketchesANodeFromItsBytes) {
  struct Case {
    std::string node, type, subject, object;
    bool exact;
  } cases[] = {
      {R"({"@type": ["rdf:Statement"], "rdf:subject": {"@id": "S"}, "rdf:object": {"@id": "O"}})",
       "rdf:Statement", "S", "O", true},
      {R"({"rdf:object":"lit","rdf:subject":{"x":1,"@id":"S"},"@type":["rdf:Statement","y"]})",
       "rdf:Statement", "S", "", true},
      {R"({"rdf:object": {"@type": "xsd:date", "@value": "2020"}, "@type": ["rdf:Statement"]})",
       "rdf:Statement", "", "", true},
      // Keys below the node's own and its values' do not count; nor do strings that hold keys.
      {R"({"@type": ["Person"], "ng:evidence": [{"rdf:subject": {"@id": "X"}}],)"
       R"( "name": "\"}], \"rdf:subject\": {\"@id\": \"S\"}"})",
       "Person", "", "", true},
      {R"({"@type": [1, "Person"]})", "", "", "", true},
      {R"({"@type": [["Person"]]})", "", "", "", true},
      {R"({"@type": "Person"})", "", "", "", true},
      {R"({"@type": ["A"], "@type": ["B"], "rdf:subject": {"@id": "S"}, "rdf:subject": 1})", "B",
       "", "", true},
      {R"({"@type": ["rdf:Statemen\u0074"]})", R"(rdf:Statemen\u0074)", "", "", false},
      {R"({"@typ\u0065": ["Person"]})", "", "", "", false},
      {R"({"rdf:subject": {"@id": "a\/b"}, "@type": ["rdf:Statement"]})", "rdf:Statement",
       R"(a\/b)", "", false},
      {R"({"rdf:object": {"@i\u0064": "O"}})", "", "", "", false},
      {R"({"name": "\\", "@type": ["Place"]})", "Place", "", "", true},
  };
  for (const auto& c : cases) {
    const NodeSketch s = SketchNode(c.node);
    EXPECT_EQ(s.type, c.type) << c.node;
    EXPECT_EQ(s.subject, c.subject) << c.node;
    EXPECT_EQ(s.object, c.object) << c.node;
    EXPECT_EQ(s.exact, c.exact) << c.node;
  }
}

// Returns RichGraph with enough people and statements (long, hostile sentences) that its file
// spans many 64 KiB blocks, so that nodes and strings, escapes among them, cross block ends.
GraphData ManyBlockGraph() {
  GraphData g = RichGraph();
  for (int i = 0; i < 1500; ++i) {
    const std::string n = std::to_string(i);
    const std::string id = "person/p1" + std::string(4 - n.size(), '0') + n;
    std::string name = "P\\";
    name += n;
    name += " \"}]";
    g.entities.push_back({.id = id, .type = EntityType::kPerson, .name = name, .mentions = 1});
    std::string sentence(i % 97, '\\');
    sentence += "He said \"}], {\\\"@id\\\": x\" in ";
    sentence += n;
    g.relations.push_back(
        {.subject = id,
         .predicate = Predicate::kMemberOf,
         .object = i % 3 ? "organization/eu" : "country/ru",
         .evidence =
             {{.doc = id, .begin = 1, .end = 2, .text = sentence, .rule = "r", .confidence = 0.5}},
         .weight = 1});
  }
  Canonicalize(g);
  return g;
}

// Read in parts, a file gives each of its nodes once, in file order; the parts merged give the
// graph read whole. A node outside the fast reader's subset (a number with a fraction) makes
// nlohmann's parser read the file again, passing over the nodes already handed over.
TEST(JsonLdTest, ReadsAGraphFileInParts) {
  const GraphData g = ManyBlockGraph();
  const std::string text = ToJsonLd(g);
  std::string slow = text;  // the same graph, its last entity with a key no reader uses
  const size_t last_entity = slow.find("\"@id\": \"" + EntityIri(g.entities.back().id) + "\"");
  ASSERT_NE(last_entity, std::string::npos);
  slow.insert(last_entity, "\"x:unused\": 1.5, ");
  ASSERT_EQ(FromJsonLd(slow, "slow.jsonld"), g);
  const std::filesystem::path path = std::filesystem::temp_directory_path() /
                                     ("newsgraph-parts-" + std::to_string(::getpid()) + ".jsonld");
  for (const std::string& file : {text, slow}) {
    WriteFileAtomic(path, file);
    for (size_t part_nodes : {size_t{1}, size_t{7}, size_t{1000}, size_t{1} << 20}) {
      GraphData all;
      std::vector<size_t> sizes;
      graph::GraphAccumulator merged({.resolve_persons = false});
      ReadJsonLdFileInParts(path, part_nodes, [&](GraphData&& part) {
        sizes.push_back(part.articles.size() + part.entities.size() + part.relations.size());
        merged.Add(GraphData(part));
        for (auto& x : part.articles) all.articles.push_back(std::move(x));
        for (auto& x : part.entities) all.entities.push_back(std::move(x));
        for (auto& x : part.relations) all.relations.push_back(std::move(x));
      });
      const size_t nodes = g.articles.size() + g.entities.size() + g.relations.size();
      ASSERT_EQ(sizes.size(), (nodes + part_nodes - 1) / part_nodes) << part_nodes;
      for (size_t i = 0; i + 1 < sizes.size(); ++i) EXPECT_EQ(sizes[i], part_nodes);
      EXPECT_EQ(all, g) << part_nodes;  // the file's order is the canonical one
      EXPECT_EQ(merged.Finish(), g) << part_nodes;
    }
  }
  WriteFileAtomic(path, text.substr(0, text.size() / 2));
  EXPECT_THROW(ReadJsonLdFileInParts(path, 7, [](GraphData&&) {}), Error);
  std::filesystem::remove(path);
}

// Reading with a filter gives what reading the whole file gives, less the nodes refused (and,
// when asked, less the evidence).
TEST(JsonLdSkipTest, ReadsOnlyTheNodesAFilterKeeps) {
  const GraphData g = ManyBlockGraph();
  const std::string text = ToJsonLd(g);
  ASSERT_GT(text.size(), 4u << 16);
  const std::filesystem::path path = std::filesystem::temp_directory_path() /
                                     ("newsgraph-skip-" + std::to_string(::getpid()) + ".jsonld");
  WriteFileAtomic(path, text);

  EXPECT_EQ(ReadJsonLdFile(path, [](const NodeSketch&) { return true; }), g);
  EXPECT_EQ(ReadJsonLdFile(path, [](const NodeSketch&) { return false; }), GraphData());
  GraphData shape = g;  // read without evidence: the graph less its evidence
  for (Relation& r : shape.relations) r.evidence.clear();
  EXPECT_EQ(ReadJsonLdFile(
                path, [](const NodeSketch&) { return true; }, false),
            shape);

  GraphData entities;
  entities.entities = g.entities;
  EXPECT_EQ(ReadJsonLdFile(path,
                           [](const NodeSketch& s) {
                             return s.type != "NewsArticle" && s.type != "rdf:Statement";
                           }),
            entities);

  std::vector<std::string> ids;
  for (const Entity& e : RichGraph().entities) ids.push_back(e.id);
  ids.push_back("person/p11499");
  for (const std::string& id : ids) {
    GraphData touching;
    for (const Relation& r : g.relations)
      if (r.subject == id || r.object == id) touching.relations.push_back(r);
    const std::string iri = EntityIri(id);
    EXPECT_EQ(ReadJsonLdFile(path,
                             [&](const NodeSketch& s) {
                               return s.type == "rdf:Statement" &&
                                      (s.subject == iri || s.object == iri);
                             }),
              touching)
        << id;
  }
  std::filesystem::remove(path);
}

// What skipping could hide is still reported: bytes between nodes that are not one comma, a
// node cut short or with mismatched brackets, an element that is no object. Whatever the filter,
// a malformed file gets the message reading it whole gives. A "@graph" key written with an escape
// is read unfiltered.
TEST(JsonLdSkipTest, ReportsWhatSkippingCouldHide) {
  const std::string head = R"({"@context": {}, "@graph": [)";
  const std::string person =
      R"({"@type": ["Person"], "ng:key": "p", "name": "P", "ng:mentionCount": 1})";
  const std::string date = R"({"@type": ["Date"]})";
  const std::string bad[] = {
      head + person + " " + person + "]}",
      head + person + ",]}",
      head + person + ",, " + person + "]}",
      "{\"@graph\": [" + person + "], \"@context\": {}, \"@graph\": [" + person + " 1]}",
      head + "," + person + "]}",
      head + person + ", 1]}",
      head + person + ", " + person.substr(0, 40),
      head + person + ", " + person + ", " + person.substr(0, person.size() - 1),
      head + R"({"@type": ["Person"]]})",
      head + person + R"(, {"a": "\"}"]})",
      head + person + "]",
      head + person + "], ",
  };
  const NodeFilter filters[] = {
      [](const NodeSketch&) { return true; },
      [](const NodeSketch&) { return false; },
      [](const NodeSketch& s) { return s.type == "Date"; },
  };
  const std::filesystem::path path =
      std::filesystem::temp_directory_path() / ("newsgraph-skipbad-" + std::to_string(::getpid()));
  for (const std::string& json : bad) {
    WriteFileAtomic(path, json);
    std::string want;
    try {
      ReadJsonLdFile(path);
      ADD_FAILURE() << "no error for " << json;
    } catch (const Error& e) {
      want = e.what();
    }
    for (size_t f = 0; f < std::size(filters); ++f) {
      try {
        ReadJsonLdFile(path, filters[f]);
        ADD_FAILURE() << "filter " << f << ": no error for " << json;
      } catch (const Error& e) {
        EXPECT_EQ(e.code(), ErrorCode::kBadInput);
        EXPECT_EQ(std::string(e.what()), want) << "filter " << f << ": " << json;
      }
    }
  }
  // A fault a node's parse finds is found when the node is kept, not when it is skipped.
  WriteFileAtomic(path, head + person + ", " + date + "]}");
  try {
    ReadJsonLdFile(path, filters[2]);
    ADD_FAILURE() << "no error for an unknown type";
  } catch (const Error& e) {
    EXPECT_EQ(std::string(e.what()), path.string() + ": @graph[1]: unknown node type \"Date\"");
  }
  EXPECT_EQ(ReadJsonLdFile(path, filters[1]), GraphData());
  WriteFileAtomic(path, R"({"@context": {}, "@gr\u0061ph": [)" + person + "]}");
  EXPECT_EQ(ReadJsonLdFile(path, filters[1]).entities.size(), 1u);
  std::filesystem::remove(path);
}

}  // namespace
}  // namespace ng::exporter
