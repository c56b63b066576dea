#include "export/dot.h"

#include <graphviz/cgraph.h>
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <memory>
#include <nlohmann/json.hpp>
#include <set>
#include <stdexcept>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

#include "core/files.h"

namespace ng::exporter {
namespace {

const std::string kHostileFixture = std::string(NEWSGRAPH_TEST_DATA) + "/export/hostile";

struct GraphCloser {
  void operator()(Agraph_t* g) const { agclose(g); }
};
using GraphPtr = std::unique_ptr<Agraph_t, GraphCloser>;

char* C(const char* s) { return const_cast<char*>(s); }

GraphPtr Parse(const std::string& dot) { return GraphPtr(agmemread(dot.c_str())); }

std::string Attr(void* obj, const char* name) {
  char* v = agget(obj, C(name));
  return v ? v : "";
}

// Splits a label on its "\n" line breaks and undoes EscapeDotLabel ("\\" -> "\", "&amp;" -> "&").
std::vector<std::string> LabelLines(const std::string& label) {
  std::vector<std::string> lines(1);
  for (size_t i = 0; i < label.size(); ++i) {
    if (label[i] == '\\' && i + 1 < label.size()) {
      ++i;
      if (label[i] == 'n')
        lines.emplace_back();
      else
        lines.back() += label[i];
    } else if (label.compare(i, 5, "&amp;") == 0) {
      lines.back() += '&';
      i += 4;
    } else {
      lines.back() += label[i];
    }
  }
  return lines;
}

// Text a hostile name renders as: control characters become spaces, everything else is kept.
std::string Rendered(std::string_view text) {
  std::string out(text);
  for (char& c : out)
    if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F) c = ' ';
  return out;
}

const std::vector<std::string> kHostile = {
    "ends with a backslash\\",
    "\\",
    "\\\\",
    "say \"hi\"",
    "\"",
    "\\\"",
    "\\N \\G \\E \\T \\H \\L",
    "\\n\\l\\r",
    "<b>x</b>",
    "<<TABLE><TR><TD>t</TD></TR></TABLE>>",
    "]; evil [ label=\"x\"",
    "} digraph { a -> b",
    "AT&T &amp; &#65; &lt;",
    "line\nbreak\r\ttab\x01\x1f\x7f end",
    "\xe2\x80\xae RTL override \xd7\xa9\xd7\x9c\xd7\x95\xd7\x9d",
    "emoji \xf0\x9f\x98\x80\xf0\x9f\x87\xb7\xf0\x9f\x87\xba",
    "node",
    "",
    "--",
    "/* comment */ // x",
};

GraphData HostileGraph() {
  GraphData g;
  for (size_t i = 0; i < kHostile.size(); ++i) {
    char id[32];
    snprintf(id, sizeof id, "person/h%02zu", i);
    g.entities.push_back({.id = id, .type = EntityType::kPerson, .name = kHostile[i]});
    g.relations.push_back(
        {.subject = id, .predicate = Predicate::kJobTitle, .object = kHostile[i]});
  }
  Canonicalize(g);
  return g;
}

TEST(DotTest, HostileLabelsParseBackToTheirText) {
  GraphData g = HostileGraph();
  std::string dot = ToDot(g);
  GraphPtr parsed = Parse(dot);
  ASSERT_TRUE(parsed) << dot;
  for (const auto& e : g.entities) {
    Agnode_t* n = agnode(parsed.get(), C(e.id.c_str()), 0);
    ASSERT_TRUE(n) << e.id;
    std::vector<std::string> lines = LabelLines(Attr(n, "label"));
    // Name, then the job title (an empty title falls back to the type).
    std::vector<std::string> want = {Rendered(e.name),
                                     e.name.empty() ? "Person" : Rendered(e.name)};
    EXPECT_EQ(lines, want) << e.id << " label " << Attr(n, "label");
    EXPECT_EQ(Attr(n, "shape"), "box");
  }
  EXPECT_EQ(agnnodes(parsed.get()), static_cast<int>(kHostile.size() + 6));  // + legend
  EXPECT_EQ(agnedges(parsed.get()), 0);
  for (const char* banned : {"image", "shapefile", "fontpath", "imagepath"})
    EXPECT_EQ(dot.find(banned), std::string::npos) << banned;
}

TEST(DotTest, HostileIdsStayOneNodeEach) {
  GraphData g;
  g.entities = {{.id = "person/\"a\"\\", .name = "A"}, {.id = "country/b\\N", .name = "B"}};
  g.relations = {{.subject = g.entities[0].id,
                  .predicate = Predicate::kNationality,
                  .object = g.entities[1].id}};
  GraphPtr parsed = Parse(ToDot(g, {.legend = false}));
  ASSERT_TRUE(parsed);
  EXPECT_EQ(agnnodes(parsed.get()), 2);
  EXPECT_EQ(agnedges(parsed.get()), 1);
  EXPECT_TRUE(agnode(parsed.get(), C("person/\"a\"\\\\"), 0));
  EXPECT_TRUE(agnode(parsed.get(), C("country/b\\\\N"), 0));
}

// schema_test.py renders hostile.dot with `dot -Tsvg` and checks that each node draws the lines
// hostile.json lists. Regenerate both after a reviewed change with
// NEWSGRAPH_UPDATE_GOLDEN=1 newsgraph_tests --gtest_filter='DotTest.*'
TEST(DotTest, MatchesTheCommittedHostileFixture) {
  GraphData g = HostileGraph();
  std::string dot = ToDot(g);
  nlohmann::json expected = nlohmann::json::object();
  for (const auto& e : g.entities)
    expected[e.id] = {Rendered(e.name), e.name.empty() ? "Person" : Rendered(e.name)};
  std::string lines = expected.dump(1) + "\n";
  if (std::getenv("NEWSGRAPH_UPDATE_GOLDEN")) {
    WriteFileAtomic(kHostileFixture + ".dot", dot);
    WriteFileAtomic(kHostileFixture + ".json", lines);
  }
  EXPECT_EQ(ReadFile(kHostileFixture + ".dot"), dot) << "fixture " << kHostileFixture << ".dot";
  EXPECT_EQ(ReadFile(kHostileFixture + ".json"), lines) << "fixture " << kHostileFixture << ".json";
}

TEST(DotTest, EscapeDotLabel) {
  struct Case {
    std::string_view in, want;
  } cases[] = {
      {"plain", "plain"},   {"a\\", "a\\\\"},   {"\\N", "\\\\N"}, {"a&b", "a&amp;b"},
      {"x\ny\tz", "x y z"}, {"\"q\"", "\"q\""}, {"<b>", "<b>"},   {"", ""},
  };
  for (const auto& c : cases) EXPECT_EQ(EscapeDotLabel(c.in), c.want) << c.in;
}

GraphData SmallGraph() {
  GraphData g;
  g.entities = {
      {.id = "country/ru", .type = EntityType::kCountry, .name = "Russia"},
      {.id = "event/m",
       .type = EntityType::kEvent,
       .name = "meeting in Moscow",
       .event_kind = EventKind::kMeeting,
       .date = "2023-05-25"},
      {.id = "event/w", .type = EntityType::kEvent, .name = "war"},
      {.id = "organization/tass",
       .type = EntityType::kOrganization,
       .subtype = "NewsMediaOrganization",
       .name = "TASS"},
      {.id = "person/p", .type = EntityType::kPerson, .name = "Vladimir Putin", .leader = true},
      {.id = "person/q", .type = EntityType::kPerson, .name = "Dmitry Peskov"},
      {.id = "place/moscow", .type = EntityType::kPlace, .subtype = "City", .name = "Moscow"},
  };
  g.relations = {
      {.subject = "event/m", .predicate = Predicate::kParticipant, .object = "person/p"},
      {.subject = "event/m", .predicate = Predicate::kLocation, .object = "place/moscow"},
      {.subject = "event/m", .predicate = Predicate::kStartDate, .object = "2023-05-24"},
      {.subject = "event/w", .predicate = Predicate::kStartDate, .object = "2020-09"},
      {.subject = "person/p", .predicate = Predicate::kLeaderOf, .object = "country/ru"},
      {.subject = "person/p", .predicate = Predicate::kJobTitle, .object = "President"},
      {.subject = "person/p", .predicate = Predicate::kMemberOf, .object = "organization/gone"},
      {.subject = "place/moscow", .predicate = Predicate::kCapitalOf, .object = "country/ru"},
  };
  Canonicalize(g);
  return g;
}

TEST(DotTest, NodesEdgesAndLegend) {
  std::string dot = ToDot(SmallGraph());
  GraphPtr parsed = Parse(dot);
  ASSERT_TRUE(parsed) << dot;
  Agraph_t* root = parsed.get();
  struct NodeCase {
    const char* id;
    const char* label;
    const char* shape;
    const char* fillcolor;
  } nodes[] = {
      {"country/ru", "Russia\\nCountry", "box", "#9fc5e8"},
      {"event/m", "meeting in Moscow\\nMeeting, 2023-05-25", "hexagon", "#ea9999"},
      {"event/w", "war\\nEvent, 2020-09", "hexagon", "#ea9999"},
      {"organization/tass", "TASS\\nNewsMediaOrganization", "component", "#d9d2e9"},
      {"person/p", "Vladimir Putin\\nPresident", "box", "#f6b26b"},
      {"person/q", "Dmitry Peskov\\nPerson", "box", "#fff2cc"},
      {"place/moscow", "Moscow\\nCity", "ellipse", "#b6d7a8"},
      {"legend:Leader", "Leader", "box", "#f6b26b"},
      {"legend:Event", "Event", "hexagon", "#ea9999"},
  };
  for (const auto& c : nodes) {
    Agnode_t* n = agnode(root, C(c.id), 0);
    ASSERT_TRUE(n) << c.id;
    EXPECT_EQ(Attr(n, "label"), c.label) << c.id;
    EXPECT_EQ(Attr(n, "shape"), c.shape) << c.id;
    EXPECT_EQ(Attr(n, "fillcolor"), c.fillcolor) << c.id;
  }
  EXPECT_EQ(Attr(agnode(root, C("person/p"), 0), "style"), "filled,rounded,bold");
  EXPECT_EQ(Attr(agnode(root, C("person/q"), 0), "style"), "filled,rounded");

  std::set<std::tuple<std::string, std::string, std::string>> edges;
  for (Agnode_t* n = agfstnode(root); n; n = agnxtnode(root, n))
    for (Agedge_t* e = agfstout(root, n); e; e = agnxtout(root, e))
      edges.insert({agnameof(agtail(e)), agnameof(aghead(e)), Attr(e, "label")});
  std::set<std::tuple<std::string, std::string, std::string>> want = {
      {"event/m", "person/p", "participant"},
      {"event/m", "place/moscow", "location"},
      {"person/p", "country/ru", "leader of"},
      {"place/moscow", "country/ru", "capital of"},
  };
  EXPECT_EQ(edges, want);

  Agraph_t* legend = agsubg(root, C("cluster_legend"), 0);
  ASSERT_TRUE(legend);
  EXPECT_EQ(agnnodes(legend), 6);
  EXPECT_EQ(Attr(legend, "label"), "Legend");
  EXPECT_EQ(Attr(root, "rankdir"), "LR");
  EXPECT_EQ(Attr(root, "fontname"), "Helvetica");
  EXPECT_EQ(Attr(root, "overlap"), "false");
  EXPECT_EQ(Attr(root, "splines"), "true");
}

// A graph whose DOT text spans several of the writer's chunks.
GraphData ManyEntities(int n) {
  GraphData g;
  for (int i = 0; i < n; ++i)
    g.entities.push_back(
        {.id = "person/p" + std::to_string(i), .name = "Person " + std::to_string(i)});
  for (int i = 1; i < n; ++i)
    g.relations.push_back({.subject = g.entities[i].id,
                           .predicate = Predicate::kKilled,
                           .object = g.entities[i - 1].id,
                           .weight = static_cast<uint32_t>(i)});
  Canonicalize(g);
  return g;
}

TEST(DotTest, WriteDotStreamsToDotsBytesInChunks) {
  const GraphData g = ManyEntities(3000);
  std::string streamed;
  size_t chunks = 0;
  WriteDot(g, {.penwidth_by_weight = true}, [&](std::string_view chunk) {
    ++chunks;
    streamed += chunk;
  });
  EXPECT_GT(chunks, 1u);
  EXPECT_EQ(streamed, ToDot(g, {.penwidth_by_weight = true}));

  const auto dir = std::filesystem::temp_directory_path() / "newsgraph_dot_test_stream";
  std::filesystem::remove_all(dir);
  WriteDotFile(g, dir / "graph.dot", {.penwidth_by_weight = true});
  EXPECT_EQ(ReadFile(dir / "graph.dot"), streamed);
  std::filesystem::remove_all(dir);
}

// The overload that consumes the graph frees what the DOT does not show before cgraph's copy
// is built, and each record as cgraph takes it: the bytes must not change.
TEST(DotTest, WriteDotFileConsumingTheGraphWritesTheSameBytes) {
  GraphData with_evidence = SmallGraph();
  with_evidence.articles = {{.id = "doc-1", .headline = "Talks", .mentions = {"person/p"}}};
  with_evidence.entities[4].alt_names = {"Putin"};
  with_evidence.entities[4].identifiers = {"iso:x"};
  with_evidence.entities[0].wikidata = "Q159";
  with_evidence.relations[0].evidence = {
      {.doc = "doc-1", .begin = 0, .end = 9, .text = "He met.", .rule = "r", .confidence = 1}};
  const GraphData graphs[] = {SmallGraph(), with_evidence, HostileGraph(), ManyEntities(3000),
                              GraphData{}};
  const auto dir = std::filesystem::temp_directory_path() / "newsgraph_dot_test_consume";
  for (const GraphData& g : graphs) {
    for (const DotOptions& opt : {DotOptions{}, DotOptions{.penwidth_by_weight = true}}) {
      std::filesystem::remove_all(dir);
      WriteDotFile(GraphData(g), dir / "graph.dot", opt);
      EXPECT_EQ(ReadFile(dir / "graph.dot"), ToDot(g, opt)) << g.entities.size() << " entities";
    }
  }
  std::filesystem::remove_all(dir);
}

// What a DOT text describes, in no order: the graph's and subgraphs' attributes and members,
// every node with all its attributes, every edge (a multiset) with all its attributes.
std::multiset<std::string> Describe(const std::string& dot) {
  GraphPtr parsed = Parse(dot);
  EXPECT_TRUE(parsed) << dot.substr(0, 2000);
  std::multiset<std::string> items;
  if (!parsed) return items;
  Agraph_t* root = parsed.get();
  auto attrs = [&](void* obj, int kind) {
    std::string s;
    for (Agsym_t* sym = agnxtattr(root, kind, nullptr); sym; sym = agnxtattr(root, kind, sym))
      s += std::string("\t") + sym->name + "=" + agxget(obj, sym);
    return s;
  };
  items.insert("graph " + std::string(agnameof(root)) + attrs(root, AGRAPH));
  for (Agraph_t* sub = agfstsubg(root); sub; sub = agnxtsubg(sub)) {
    std::string members;
    for (Agnode_t* n = agfstnode(sub); n; n = agnxtnode(sub, n))
      members.append(" ").append(agnameof(n));
    items.insert("subgraph " + std::string(agnameof(sub)) + attrs(sub, AGRAPH) + members);
  }
  for (Agnode_t* n = agfstnode(root); n; n = agnxtnode(root, n)) {
    items.insert("node " + std::string(agnameof(n)) + attrs(n, AGNODE));
    for (Agedge_t* e = agfstout(root, n); e; e = agnxtout(root, e))
      items.insert("edge " + std::string(agnameof(agtail(e))) + " -> " + agnameof(aghead(e)) +
                   attrs(e, AGEDGE));
  }
  return items;
}

// Relations whose ends are in other batches, missing, or literals; ids that need escaping.
GraphData BatchedGraph() {
  GraphData g = ManyEntities(40);
  GraphData small = SmallGraph();
  for (auto& e : small.entities) g.entities.push_back(e);
  for (auto& r : small.relations) g.relations.push_back(r);
  g.entities.push_back({.id = "person/\"a\"\\", .name = "A"});
  g.entities.push_back({.id = "person/a&b", .name = "A & B"});
  g.relations.push_back(
      {.subject = "person/p3", .predicate = Predicate::kKilled, .object = "person/p39"});
  g.relations.push_back(
      {.subject = "person/p39", .predicate = Predicate::kKilled, .object = "person/p0"});
  g.relations.push_back(
      {.subject = "person/\"a\"\\", .predicate = Predicate::kKilled, .object = "person/a&b"});
  g.relations.push_back(
      {.subject = "person/a&b", .predicate = Predicate::kKilled, .object = "person/p7"});
  g.relations.push_back(
      {.subject = "person/none", .predicate = Predicate::kKilled, .object = "person/p7"});
  g.relations.push_back(
      {.subject = "aaa/first", .predicate = Predicate::kKilled, .object = "person/p7"});
  g.relations.push_back(
      {.subject = "zzz/last", .predicate = Predicate::kKilled, .object = "person/p7"});
  Canonicalize(g);
  return g;
}

// A graph larger than DotOptions::batch_size is written one cgraph graph per batch: the text
// differs, the graph it describes must not, and it stays deterministic.
TEST(DotTest, BatchesDrawTheSameGraph) {
  const GraphData graphs[] = {BatchedGraph(), SmallGraph(), HostileGraph(), ManyEntities(300),
                              GraphData{}};
  for (const GraphData& g : graphs) {
    for (const DotOptions& base :
         {DotOptions{}, DotOptions{.legend = false, .penwidth_by_weight = true}}) {
      const std::string whole = ToDot(g, base);
      const std::multiset<std::string> want = Describe(whole);
      EXPECT_EQ(want.size(), agnnodes(Parse(whole).get()) + agnedges(Parse(whole).get()) + 1u +
                                 (base.legend ? 1u : 0u));
      for (size_t batch : {1, 2, 7, 100}) {
        DotOptions opt = base;
        opt.batch_size = batch;
        const std::string batched = ToDot(g, opt);
        EXPECT_EQ(Describe(batched), want) << g.entities.size() << " entities, batch " << batch;
        EXPECT_EQ(ToDot(g, opt), batched);
        // Edges between batches change the order of statements (not in a graph without edges).
        if (&g == &graphs[0]) {
          EXPECT_NE(batched, whole);
        }
        // Consuming the graph writes the same bytes.
        const auto dir = std::filesystem::temp_directory_path() / "newsgraph_dot_test_batches";
        std::filesystem::remove_all(dir);
        WriteDotFile(GraphData(g), dir / "graph.dot", opt);
        EXPECT_EQ(ReadFile(dir / "graph.dot"), batched);
        std::filesystem::remove_all(dir);
      }
    }
  }
}

TEST(DotTest, WriteDotPassesOnTheSinksException) {
  const GraphData g = ManyEntities(3000);
  size_t calls = 0;
  EXPECT_THROW(WriteDot(g, {},
                        [&](std::string_view) {
                          if (++calls == 2) throw std::runtime_error("disk full");
                        }),
               std::runtime_error);
  EXPECT_EQ(calls, 2u);  // nothing is passed on after the failed chunk
  // The lock and cgraph's state are left usable.
  EXPECT_EQ(ToDot(SmallGraph()), ToDot(SmallGraph()));
}

TEST(DotTest, IsDeterministicAndOptionsApply) {
  EXPECT_EQ(ToDot(SmallGraph()), ToDot(SmallGraph()));
  std::string dot = ToDot(SmallGraph(), {.graph_name = "g\\", .rankdir = "TB", .legend = false});
  GraphPtr parsed = Parse(dot);
  ASSERT_TRUE(parsed) << dot;
  EXPECT_EQ(agsubg(parsed.get(), C("cluster_legend"), 0), nullptr);
  EXPECT_EQ(Attr(parsed.get(), "rankdir"), "TB");
  EXPECT_EQ(agnnodes(parsed.get()), 7);
  GraphPtr empty = Parse(ToDot(GraphData{}, {.legend = false}));
  ASSERT_TRUE(empty);
  EXPECT_EQ(agnnodes(empty.get()), 0);
}

}  // namespace
}  // namespace ng::exporter
