#include "export/nquads.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <sstream>
#include <string>
#include <vector>

#include "core/text_spill.h"

namespace ng::exporter {
namespace {

constexpr std::string_view kNg = "https://w3id.org/newsgraph/vocab#";

TEST(NQuadsEscapeTest, EscapesLikeCanonicalNTriples) {
  struct Case {
    std::string in, out;
  } cases[] = {
      {"plain", "plain"},
      {"say \"hi\"", "say \\\"hi\\\""},
      {"back\\slash", "back\\\\slash"},
      {"a\nb\rc\td", "a\\nb\\rc\\td"},
      {std::string("\b\f", 2), "\\b\\f"},
      {std::string("nul\0x", 5), "nul\\u0000x"},
      {"\x1b\x7f", "\\u001B\\u007F"},
      {"Erdoğan – «ok»", "Erdoğan – «ok»"},
  };
  for (const Case& c : cases) EXPECT_EQ(EscapeNQuadsString(c.in), c.out) << c.in;
}

GraphData SmallGraph() {
  GraphData g;
  g.articles = {{.id = "a1",
                 .headline = "Talks",
                 .date = "2023-05-25",
                 .url = "https://example.org/a1",
                 .mentions = {"country/am", "person/x"}},
                {.id = "a 2", .headline = "More", .mentions = {"person/x"}}};
  g.entities = {
      {.id = "country/am",
       .type = EntityType::kCountry,
       .name = "Armenia",
       .identifiers = {"iso3166-1:AM"},
       .mentions = 2},
      {.id = "person/x",
       .type = EntityType::kPerson,
       .name = "X \"Y\"",
       .alt_names = {"Y"},
       .leader = true,
       .wikidata = "Q1",
       .mentions = 3},
  };
  Evidence e1{.doc = "a1", .begin = 0, .end = 5, .text = "s1", .rule = "r", .confidence = 1};
  Evidence e2{.doc = "a 2", .begin = 0, .end = 5, .text = "s2", .rule = "r", .confidence = 1};
  Evidence e3{.doc = "a1", .begin = 9, .end = 12, .text = "s3", .rule = "r", .confidence = 1};
  g.relations = {
      {.subject = "person/x",
       .predicate = Predicate::kJobTitle,
       .object = "President",
       .evidence = {e1},
       .weight = 1},
      {.subject = "person/x",
       .predicate = Predicate::kLeaderOf,
       .object = "country/am",
       .evidence = {e2, e1, e3},
       .weight = 3},
      {.subject = "person/x",
       .predicate = Predicate::kNationality,
       .object = "country/am",
       .weight = 1},
  };
  Canonicalize(g);
  return g;
}

TEST(NQuadsTest, WritesEntitiesThenOneGraphPerArticle) {
  const std::string ent = "<https://w3id.org/newsgraph/id/";
  const std::string am = ent + "country/am>", x = ent + "person/x>";
  const std::string a1 = ent + "article/a1>", a2 = ent + "article/a%202>";
  const std::string type = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>";
  const std::string s = "<http://schema.org/", ng = std::string("<").append(kNg);
  const std::string xsd = "^^<http://www.w3.org/2001/XMLSchema#";
  const std::vector<std::string> expected = {
      am + " " + type + " " + s + "Country> .",
      am + " " + ng + "key> \"country/am\" .",
      am + " " + s + "name> \"Armenia\" .",
      am + " " + s + "identifier> \"iso3166-1:AM\" .",
      am + " " + ng + "mentionCount> \"2\"" + xsd + "integer> .",
      x + " " + type + " " + s + "Person> .",
      x + " " + type + " " + ng + "Leader> .",
      x + " " + ng + "key> \"person/x\" .",
      x + " " + s + "name> \"X \\\"Y\\\"\" .",
      x + " " + s + "alternateName> \"Y\" .",
      x + " " + s + "sameAs> <http://www.wikidata.org/entity/Q1> .",
      x + " " + ng + "mentionCount> \"3\"" + xsd + "integer> .",
      // No evidence names a document: the relation stays in the default graph.
      x + " " + s + "nationality> " + am + " .",
      a2 + " " + type + " " + s + "NewsArticle> " + a2 + " .",
      a2 + " " + ng + "key> \"a 2\" " + a2 + " .",
      a2 + " " + s + "headline> \"More\" " + a2 + " .",
      a2 + " " + s + "mentions> " + x + " " + a2 + " .",
      x + " " + ng + "leaderOf> " + am + " " + a2 + " .",
      a1 + " " + type + " " + s + "NewsArticle> " + a1 + " .",
      a1 + " " + ng + "key> \"a1\" " + a1 + " .",
      a1 + " " + s + "headline> \"Talks\" " + a1 + " .",
      a1 + " " + s + "datePublished> \"2023-05-25\"" + xsd + "date> " + a1 + " .",
      a1 + " " + s + "url> \"https://example.org/a1\"" + xsd + "anyURI> " + a1 + " .",
      a1 + " " + s + "mentions> " + am + " " + a1 + " .",
      a1 + " " + s + "mentions> " + x + " " + a1 + " .",
      // Two sentences of a1 support leaderOf; the quad appears once.
      x + " " + ng + "leaderOf> " + am + " " + a1 + " .",
      x + " " + s + "jobTitle> \"President\" " + a1 + " .",
  };
  std::vector<std::string> lines;
  std::istringstream in(ToNQuads(SmallGraph()));
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  EXPECT_EQ(lines, expected);
}

TEST(NQuadsTest, StreamAndStringAgreeAndRepeat) {
  std::ostringstream out;
  WriteNQuads(SmallGraph(), out);
  EXPECT_EQ(out.str(), ToNQuads(SmallGraph()));
  EXPECT_EQ(ToNQuads(SmallGraph()), ToNQuads(SmallGraph()));
}

TEST(NQuadsTest, EventDatesAreTypedByShape) {
  GraphData g;
  g.entities = {{.id = "event/e",
                 .type = EntityType::kEvent,
                 .name = "Summit",
                 .event_kind = EventKind::kMeeting,
                 .date = "2023-05",
                 .trigger = "summit"}};
  g.relations = {{.subject = "event/e",
                  .predicate = Predicate::kStartDate,
                  .object = "2023",
                  .evidence = {{.doc = "d", .text = "t", .rule = "r"}},
                  .weight = 1}};
  const std::string text = ToNQuads(g);
  EXPECT_NE(text.find("<http://schema.org/startDate> "
                      "\"2023-05\"^^<http://www.w3.org/2001/XMLSchema#gYearMonth> .\n"),
            std::string::npos);
  EXPECT_NE(text.find("<http://schema.org/startDate> "
                      "\"2023\"^^<http://www.w3.org/2001/XMLSchema#gYear> "
                      "<https://w3id.org/newsgraph/id/article/d> .\n"),
            std::string::npos);
  EXPECT_NE(text.find("<https://w3id.org/newsgraph/vocab#Meeting> .\n"), std::string::npos);
  EXPECT_NE(text.find("<https://w3id.org/newsgraph/vocab#trigger> \"summit\" .\n"),
            std::string::npos);
}

// Headlines kept in a spill file (core/text_spill.h) are read back: the same bytes.
TEST(NQuadsTest, SpilledHeadlinesWriteTheSameBytes) {
  const auto dir = std::filesystem::temp_directory_path() /
                   ("newsgraph_nquads_test_spill_" + std::to_string(::getpid()));
  {
    TextSpill spill(dir);
    GraphData spilled = SmallGraph();
    for (Article& a : spilled.articles) a.headline = spill.Spill(a.headline);
    ASSERT_TRUE(spilled.articles[0].headline.spilled());
    EXPECT_EQ(ToNQuads(spilled), ToNQuads(SmallGraph()));
  }
  std::filesystem::remove_all(dir);
}

TEST(NQuadsTest, EmptyGraphIsEmpty) { EXPECT_EQ(ToNQuads(GraphData{}), ""); }

}  // namespace
}  // namespace ng::exporter
