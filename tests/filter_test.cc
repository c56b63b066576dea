#include "graph/filter.h"

#include <gtest/gtest.h>

#include <string>
#include <tuple>
#include <vector>

namespace ng::graph {
namespace {

// The chain person/a - country/c - person/b - country/d - place/e, plus a's job title.
// Betweenness: b 4, c 3, d 3 (tie broken by degree, then id: c first), a 0, e 0.
GraphData Chain() {
  GraphData g;
  g.articles = {{.id = "art1", .headline = "One", .mentions = {"person/a", "person/b"}},
                {.id = "art2", .headline = "Two", .mentions = {"place/e"}}};
  g.entities = {{.id = "person/a", .type = EntityType::kPerson, .name = "A"},
                {.id = "person/b", .type = EntityType::kPerson, .name = "B"},
                {.id = "country/c", .type = EntityType::kCountry, .name = "C"},
                {.id = "country/d", .type = EntityType::kCountry, .name = "D"},
                {.id = "place/e", .type = EntityType::kPlace, .name = "E"}};
  g.relations = {
      {.subject = "person/a",
       .predicate = Predicate::kNationality,
       .object = "country/c",
       .weight = 1},
      {.subject = "person/a",
       .predicate = Predicate::kJobTitle,
       .object = "President",
       .weight = 1},
      {.subject = "person/b",
       .predicate = Predicate::kNationality,
       .object = "country/c",
       .weight = 2},
      {.subject = "person/b",
       .predicate = Predicate::kLeaderOf,
       .object = "country/d",
       .weight = 1},
      {.subject = "place/e",
       .predicate = Predicate::kContainedInPlace,
       .object = "country/d",
       .weight = 1},
  };
  return g;
}

std::vector<std::string> Ids(const GraphData& g) {
  std::vector<std::string> out;
  for (const Entity& e : g.entities) out.push_back(e.id);
  return out;
}

std::vector<std::string> Triples(const GraphData& g) {
  std::vector<std::string> out;
  for (const Relation& r : g.relations)
    out.push_back(r.subject.str() + " " + std::string(PredicateTerm(r.predicate)) + " " +
                  r.object.str());
  return out;
}

std::vector<std::string> ArticleMentions(const GraphData& g) {
  std::vector<std::string> out;
  for (const Article& a : g.articles) {
    std::string line = a.id + ":";
    for (const SharedText& m : a.mentions) {
      line += ' ';
      line += m.view();
    }
    out.push_back(line);
  }
  return out;
}

// (A helper, not designated initializers in the table: GCC 12 warns of an uninitialized string.)
PictureFilter Filter(std::string ego, size_t depth, size_t top) {
  PictureFilter f;
  f.ego = std::move(ego);
  f.depth = depth;
  f.top = top;
  return f;
}

struct FilterCase {
  const char* name;
  PictureFilter filter;
  std::vector<std::string> centers, ids, triples, articles;
};

TEST(FilterTest, PictureFiltersKeepExactlyTheseEntitiesAndRelations) {
  const FilterCase cases[] = {
      {"top1", Filter("", 1, 1), {}, {"person/b"}, {}, {"art1: person/b"}},
      {"top2",
       Filter("", 1, 2),
       {},
       {"country/c", "person/b"},
       {"person/b nationality country/c"},
       {"art1: person/b"}},
      {"top3",
       Filter("", 1, 3),
       {},
       {"country/c", "country/d", "person/b"},
       {"person/b ng:leaderOf country/d", "person/b nationality country/c"},
       {"art1: person/b"}},
      {"ego-depth0",
       Filter("A", 0, 0),
       {"person/a"},
       {"person/a"},
       {"person/a jobTitle President"},
       {"art1: person/a"}},
      {"ego-depth1",
       Filter("person/a", 1, 0),
       {"person/a"},
       {"country/c", "person/a"},
       {"person/a jobTitle President", "person/a nationality country/c"},
       {"art1: person/a"}},
      {"ego-depth2-follows-incoming-relations",
       Filter("a", 2, 0),
       {"person/a"},
       {"country/c", "person/a", "person/b"},
       {"person/a jobTitle President", "person/a nationality country/c",
        "person/b nationality country/c"},
       {"art1: person/a person/b"}},
      {"ego-then-top", Filter("E", 2, 1), {"place/e"}, {"country/d"}, {}, {}},
      {"ego-names-nothing", Filter("nobody", 1, 0), {}, {}, {}, {}},
  };
  for (const FilterCase& c : cases) {
    std::vector<std::string> centers;
    GraphData got = FilterForPicture(Chain(), c.filter, &centers);
    EXPECT_EQ(centers, c.centers) << c.name;
    EXPECT_EQ(Ids(got), c.ids) << c.name;
    EXPECT_EQ(Triples(got), c.triples) << c.name;
    EXPECT_EQ(ArticleMentions(got), c.articles) << c.name;
  }
}

TEST(FilterTest, NoFilterKeepsTheWholeCanonicalGraph) {
  GraphData expected = Chain();
  Canonicalize(expected);
  EXPECT_EQ(FilterForPicture(Chain(), {}), expected);
}

TEST(FilterTest, EgoVerticesGrowByLevel) {
  const KnowledgeGraph g(Chain());  // vertices: 0 c, 1 d, 2 a, 3 b, 4 e
  const std::vector<size_t> center = {2};
  EXPECT_EQ(EgoVertices(g, center, 0), (std::vector<size_t>{2}));
  EXPECT_EQ(EgoVertices(g, center, 1), (std::vector<size_t>{0, 2}));
  EXPECT_EQ(EgoVertices(g, center, 3), (std::vector<size_t>{0, 1, 2, 3}));
  EXPECT_EQ(EgoVertices(g, center, 100), (std::vector<size_t>{0, 1, 2, 3, 4}));
  const std::vector<size_t> two = {2, 4};
  EXPECT_EQ(EgoVertices(g, two, 1), (std::vector<size_t>{0, 1, 2, 4}));
}

TEST(FilterTest, InducedSubgraphIgnoresRepeatsAndUnknownVertices) {
  const KnowledgeGraph g(Chain());
  const std::vector<size_t> vertices = {3, 0, 3, 99};
  GraphData got = InducedSubgraph(g, vertices);
  EXPECT_EQ(Ids(got), (std::vector<std::string>{"country/c", "person/b"}));
  EXPECT_EQ(Triples(got), (std::vector<std::string>{"person/b nationality country/c"}));
}

}  // namespace
}  // namespace ng::graph
