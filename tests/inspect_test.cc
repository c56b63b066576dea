// The inspect and merge commands, run in-process with string streams on small graphs written to
// a temporary directory.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "cli/commands.h"
#include "core/files.h"
#include "core/model.h"
#include "export/jsonld.h"

namespace ng::cli {
namespace {

namespace fs = std::filesystem;

Evidence Ev(std::string doc, uint32_t begin, std::string text) {
  return {.doc = std::move(doc),
          .begin = begin,
          .end = begin + static_cast<uint32_t>(text.size()),
          .text = std::move(text),
          .rule = "test",
          .confidence = 0.9};
}

// Ilham Aliyev leads Azerbaijan, Nikol Pashinyan Armenia, Vladimir Putin Russia; all three took
// part in the Moscow talks; Heydar Aliyev has no relations.
GraphData SmallGraph() {
  GraphData g;
  g.articles = {{.id = "doc-1", .headline = "Talks in Moscow"}};
  g.entities = {
      {.id = "country/am", .type = EntityType::kCountry, .name = "Armenia"},
      {.id = "country/az", .type = EntityType::kCountry, .name = "Azerbaijan"},
      {.id = "country/ru", .type = EntityType::kCountry, .name = "Russia", .wikidata = "Q159"},
      {.id = "event/moscow-talks",
       .type = EntityType::kEvent,
       .name = "Moscow talks",
       .event_kind = EventKind::kMeeting},
      {.id = "person/heydar-aliyev", .name = "Heydar Aliyev"},
      {.id = "person/ilham-aliyev", .name = "Ilham Aliyev", .leader = true},
      {.id = "person/nikol-pashinyan", .name = "Nikol Pashinyan", .leader = true},
      {.id = "person/vladimir-putin",
       .name = "Vladimir Putin",
       .alt_names = {"Putin"},
       .leader = true,
       .mentions = 3},
  };
  const std::string s0 = "Russian President Vladimir Putin hosted the talks.";
  const std::string s1 = "Aliyev and Pashinyan met in Moscow.";
  g.relations = {
      {.subject = "event/moscow-talks",
       .predicate = Predicate::kParticipant,
       .object = "person/ilham-aliyev",
       .evidence = {Ev("doc-1", 52, s1)},
       .weight = 1},
      {.subject = "event/moscow-talks",
       .predicate = Predicate::kParticipant,
       .object = "person/nikol-pashinyan",
       .evidence = {Ev("doc-1", 52, s1)},
       .weight = 1},
      {.subject = "event/moscow-talks",
       .predicate = Predicate::kParticipant,
       .object = "person/vladimir-putin",
       .evidence = {Ev("doc-1", 0, s0)},
       .weight = 1},
      {.subject = "person/ilham-aliyev",
       .predicate = Predicate::kLeaderOf,
       .object = "country/az",
       .weight = 1},
      {.subject = "person/nikol-pashinyan",
       .predicate = Predicate::kLeaderOf,
       .object = "country/am",
       .weight = 1},
      {.subject = "person/vladimir-putin",
       .predicate = Predicate::kJobTitle,
       .object = "President",
       .evidence = {Ev("doc-1", 0, s0)},
       .weight = 1},
      {.subject = "person/vladimir-putin",
       .predicate = Predicate::kLeaderOf,
       .object = "country/ru",
       .evidence = {Ev("doc-1", 0, s0)},
       .weight = 3},  // two more mentions beyond the evidence cap
  };
  Canonicalize(g);
  return g;
}

class InspectTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::path(::testing::TempDir()) /
           ("newsgraph-inspect-" +
            std::string(::testing::UnitTest::GetInstance()->current_test_info()->name()));
    fs::remove_all(dir_);
    fs::create_directories(dir_);
    graph_ = (dir_ / "graph.jsonld").string();
    WriteFileAtomic(graph_, exporter::ToJsonLd(SmallGraph()));
  }
  void TearDown() override { fs::remove_all(dir_); }

  struct Result {
    int status;
    std::string out, err;
  };
  Result Inspect(Args args) {
    std::ostringstream out, err;
    int status = RunInspect(args, out, err);
    return {status, out.str(), err.str()};
  }

  fs::path dir_;
  std::string graph_;
};

TEST_F(InspectTest, BadArgumentsExitTwoAndSayWhy) {
  struct Case {
    Args args;
    std::string want_err;
  } cases[] = {
      {{}, "missing GRAPH"},
      {{"G"}, "missing ENTITY"},
      {{"G", "--bogus", "Putin"}, "unknown option '--bogus'"},
      {{"G", "Vladimir", "Putin"}, "too many arguments: 'Putin'"},
      {{"G", "Putin", "--top", "3"}, "give one of ENTITY, --path A B and --top N"},
      {{"G", "--path", "A"}, "--path needs two entities"},
      {{"G", "--path", "A", "B", "--path", "C", "D"}, "--path given twice"},
      {{"G", "--top"}, "--top needs a number"},
      {{"G", "--top", "0"}, "--top needs a positive whole number, not '0'"},
      {{"G", "--top", "3x"}, "--top needs a positive whole number, not '3x'"},
      {{"G", "--top", "-1"}, "--top needs a positive whole number, not '-1'"},
      {{"G", "--top", "2", "--top", "3"}, "--top given twice"},
  };
  for (const auto& c : cases) {
    Result r = Inspect(c.args);
    std::string joined;
    for (const auto& a : c.args) joined += a + " ";
    EXPECT_EQ(r.status, 2) << joined;
    EXPECT_NE(r.err.find(c.want_err), std::string::npos) << joined << "\nerr: " << r.err;
    EXPECT_NE(r.err.find("newsgraph inspect --help"), std::string::npos) << joined;
    EXPECT_EQ(r.out, "") << joined;
  }
}

TEST_F(InspectTest, HelpExitsZero) {
  for (const char* flag : {"--help", "-h"}) {
    Result r = Inspect({flag});
    EXPECT_EQ(r.status, 0);
    EXPECT_TRUE(r.out.starts_with("usage: newsgraph inspect GRAPH ENTITY")) << r.out;
    EXPECT_EQ(r.err, "");
  }
}

TEST_F(InspectTest, UnreadableGraphExitsOneNamingTheFile) {
  std::string missing = (dir_ / "missing.jsonld").string();
  std::string garbage = (dir_ / "garbage.jsonld").string();
  WriteFileAtomic(garbage, "{ this is not json");
  for (const std::string& file : {missing, garbage, dir_.string()}) {
    Result r = Inspect({file, "Putin"});
    EXPECT_EQ(r.status, 1) << file;
    EXPECT_NE(r.err.find("cannot read graph: " + file), std::string::npos) << r.err;
    EXPECT_EQ(r.out, "");
  }
}

TEST_F(InspectTest, OneEntityWithRelationsAndEvidence) {
  Result r = Inspect({graph_, "putin"});
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(r.err, "");
  EXPECT_EQ(r.out,
            "Person: Vladimir Putin\n"
            "  id:          person/vladimir-putin\n"
            "  IRI:         https://w3id.org/newsgraph/id/person/vladimir-putin\n"
            "  also called: Putin\n"
            "  leader:      yes\n"
            "  mentions:    3\n"
            "\n"
            "relations out (2):\n"
            "  leader of (ng:leaderOf)\n"
            "    -> Russia (country/ru)  weight 3\n"
            "         [doc-1] (test) Russian President Vladimir Putin hosted the talks.\n"
            "         +2 more\n"
            "  job title (jobTitle)\n"
            "    -> \"President\"  weight 1\n"
            "         [doc-1] (test) Russian President Vladimir Putin hosted the talks.\n"
            "\n"
            "relations in (1):\n"
            "  participant (ng:participant)\n"
            "    <- Moscow talks (event/moscow-talks)  weight 1\n"
            "         [doc-1] (test) Russian President Vladimir Putin hosted the talks.\n");
}

TEST_F(InspectTest, EntityLookups) {
  struct Case {
    Args args;
    int want_status;
    std::string want_out_prefix;
    std::string want_err;
  } cases[] = {
      {{"country/ru"}, 0, "Country: Russia\n", ""},
      {{"RUSSIA"}, 0, "Country: Russia\n", ""},
      {{"talks"}, 0, "Event: Moscow talks\n", ""},
      {{"aliyev"},
       1,
       "person/heydar-aliyev\tPerson\tHeydar Aliyev\nperson/ilham-aliyev\tPerson\t",
       "'aliyev' is ambiguous: 2 entities match"},
      {{"Paris"}, 1, "", "no entity matches 'Paris'"},
  };
  for (const auto& c : cases) {
    Args args = {graph_};
    args.insert(args.end(), c.args.begin(), c.args.end());
    Result r = Inspect(args);
    EXPECT_EQ(r.status, c.want_status) << c.args[0];
    EXPECT_TRUE(r.out.starts_with(c.want_out_prefix)) << c.args[0] << "\nout: " << r.out;
    if (c.want_err.empty())
      EXPECT_EQ(r.err, "") << c.args[0];
    else
      EXPECT_NE(r.err.find(c.want_err), std::string::npos) << c.args[0] << "\nerr: " << r.err;
  }
}

TEST_F(InspectTest, EntityAsJson) {
  Result r = Inspect({graph_, "Vladimir Putin", "--json"});
  ASSERT_EQ(r.status, 0) << r.err;
  nlohmann::json j = nlohmann::json::parse(r.out);
  EXPECT_EQ(j["entity"]["id"], "person/vladimir-putin");
  EXPECT_EQ(j["entity"]["type"], "Person");
  EXPECT_EQ(j["entity"]["alternateNames"], nlohmann::json({"Putin"}));
  ASSERT_EQ(j["out"].size(), 2u);
  EXPECT_EQ(j["out"][0]["predicate"], "ng:leaderOf");
  EXPECT_EQ(j["out"][0]["object"], "country/ru");
  EXPECT_EQ(j["out"][0]["objectName"], "Russia");
  EXPECT_EQ(j["out"][0]["weight"], 3);
  EXPECT_EQ(j["out"][0]["moreEvidence"], 2);
  EXPECT_EQ(j["out"][0]["evidence"][0]["doc"], "doc-1");
  EXPECT_EQ(j["out"][1]["value"], "President");
  ASSERT_EQ(j["in"].size(), 1u);
  EXPECT_EQ(j["in"][0]["subject"], "event/moscow-talks");

  Result amb = Inspect({graph_, "aliyev", "--json"});
  EXPECT_EQ(amb.status, 1);
  nlohmann::json ja = nlohmann::json::parse(amb.out);
  EXPECT_EQ(ja["error"], "ambiguous");
  EXPECT_EQ(ja["candidates"].size(), 2u);
}

TEST_F(InspectTest, Path) {
  Result r = Inspect({graph_, "--path", "Ilham Aliyev", "Armenia"});
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(r.out,
            "Ilham Aliyev <-participant- Moscow talks -participant-> Nikol Pashinyan -leaderOf-> "
            "Armenia\n"
            "  1. Moscow talks (event/moscow-talks) -participant-> Ilham Aliyev "
            "(person/ilham-aliyev)  weight 1\n"
            "       [doc-1] (test) Aliyev and Pashinyan met in Moscow.\n"
            "  2. Moscow talks (event/moscow-talks) -participant-> Nikol Pashinyan "
            "(person/nikol-pashinyan)  weight 1\n"
            "       [doc-1] (test) Aliyev and Pashinyan met in Moscow.\n"
            "  3. Nikol Pashinyan (person/nikol-pashinyan) -leaderOf-> Armenia (country/am)  "
            "weight 1\n"
            "       +1 more\n");  // a mention without evidence text

  Result j = Inspect({graph_, "--json", "--path", "country/ru", "country/az"});
  ASSERT_EQ(j.status, 0) << j.err;
  nlohmann::json path = nlohmann::json::parse(j.out);
  ASSERT_EQ(path["steps"].size(), 4u);
  EXPECT_EQ(path["steps"][0]["to"], "person/vladimir-putin");
  EXPECT_EQ(path["steps"][0]["direction"], "backward");
  EXPECT_EQ(path["steps"][3]["to"], "country/az");

  Result none = Inspect({graph_, "--path", "Heydar", "Russia"});
  EXPECT_EQ(none.status, 1);
  EXPECT_NE(none.err.find("no chain of relations links person/heydar-aliyev and country/ru"),
            std::string::npos)
      << none.err;

  Result amb = Inspect({graph_, "--path", "aliyev", "Russia"});
  EXPECT_EQ(amb.status, 1);
  EXPECT_NE(amb.err.find("ambiguous"), std::string::npos);
}

TEST_F(InspectTest, Top) {
  Result r = Inspect({graph_, "--top", "3"});
  EXPECT_EQ(r.status, 0) << r.err;
  // Betweenness on the undirected graph: the talks link every pair of leaders and countries.
  EXPECT_EQ(r.out,
            "1\t12\tevent/moscow-talks\tEvent\tMoscow talks\n"
            "2\t5\tperson/ilham-aliyev\tPerson\tIlham Aliyev\n"
            "3\t5\tperson/nikol-pashinyan\tPerson\tNikol Pashinyan\n");

  Result j = Inspect({graph_, "--top", "1", "--json"});
  ASSERT_EQ(j.status, 0) << j.err;
  nlohmann::json top = nlohmann::json::parse(j.out);
  ASSERT_EQ(top["top"].size(), 1u);
  EXPECT_EQ(top["top"][0]["id"], "event/moscow-talks");
  EXPECT_EQ(top["top"][0]["score"], 12.0);
  EXPECT_EQ(top["top"][0]["degree"], 3);
}

}  // namespace
}  // namespace ng::cli

namespace ng::cli {
namespace {

class MergeCommandTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::path(::testing::TempDir()) /
           ("newsgraph-merge-" +
            std::string(::testing::UnitTest::GetInstance()->current_test_info()->name()));
    fs::remove_all(dir_);
    fs::create_directories(dir_);
    // Two shards: the second calls Putin by his surname only.
    GraphData a = SmallGraph();
    GraphData b;
    b.articles = {{.id = "doc-2", .mentions = {"country/ru", "person/putin"}}};
    b.entities = {{.id = "country/ru", .type = EntityType::kCountry, .name = "Russia"},
                  {.id = "person/putin", .name = "Putin", .mentions = 2}};
    b.relations = {{.subject = "person/putin",
                    .predicate = Predicate::kLeaderOf,
                    .object = "country/ru",
                    .evidence = {Ev("doc-2", 0, "Putin said so.")},
                    .weight = 1}};
    a_ = Path("a.jsonld");
    b_ = Path("b.jsonld");
    WriteFileAtomic(a_, exporter::ToJsonLd(a));
    WriteFileAtomic(b_, exporter::ToJsonLd(b));
  }
  void TearDown() override { fs::remove_all(dir_); }

  std::string Path(const std::string& name) const { return (dir_ / name).string(); }

  struct Result {
    int status;
    std::string out, err;
  };
  Result Merge(Args args) {
    std::ostringstream out, err;
    int status = RunMerge(args, out, err);
    return {status, out.str(), err.str()};
  }

  fs::path dir_;
  std::string a_, b_;
};

TEST_F(MergeCommandTest, BadArgumentsExitTwoAndSayWhy) {
  struct Case {
    Args args;
    std::string want_err;
  } cases[] = {
      {{}, "missing -o OUT.jsonld"},
      {{"in.jsonld"}, "missing -o OUT.jsonld"},
      {{"-o"}, "-o needs a file name"},
      {{"-o", "out.jsonld"}, "no input graphs"},
      {{"-o", "x", "--output", "y", "in"}, "--output given twice"},
      {{"-o", "out.jsonld", "--bogus", "in"}, "unknown option '--bogus'"},
      {{"-o", "out.jsonld", "--evidence-cap", "many", "in"}, "not 'many'"},
      {{"-o", "out.jsonld", "--evidence-cap"}, "--evidence-cap needs a number"},
      {{"-o", "out.dot", "--dot", "in"}, "OUT must not end in .dot"},
  };
  for (const auto& c : cases) {
    Result r = Merge(c.args);
    std::string joined;
    for (const auto& a : c.args) joined += a + " ";
    EXPECT_EQ(r.status, 2) << joined;
    EXPECT_NE(r.err.find(c.want_err), std::string::npos) << joined << "\nerr: " << r.err;
    EXPECT_NE(r.err.find("newsgraph merge --help"), std::string::npos) << joined;
  }
  Result help = Merge({"--help"});
  EXPECT_EQ(help.status, 0);
  EXPECT_TRUE(help.out.starts_with("usage: newsgraph merge -o OUT.jsonld")) << help.out;
}

TEST_F(MergeCommandTest, UnreadableInputWritesNothing) {
  std::string out = Path("out.jsonld");
  std::string missing = Path("missing.jsonld");
  Result r = Merge({"-o", out, a_, missing});
  EXPECT_EQ(r.status, 1);
  EXPECT_NE(r.err.find("cannot read graph: " + missing), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("1 of 2 inputs unreadable; nothing written"), std::string::npos) << r.err;
  EXPECT_FALSE(fs::exists(out));
}

TEST_F(MergeCommandTest, MergesInAnyOrderAndWritesDot) {
  std::string ab = Path("ab.jsonld"), ba = Path("ba.jsonld");
  Result r = Merge({"-o", ab, "--dot", a_, b_});
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_NE(r.err.find("2 graphs -> 2 articles, 8 entities, 7 relations (1 surnames resolved"),
            std::string::npos)
      << r.err;
  ASSERT_EQ(Merge({"--output", ba, b_, a_}).status, 0);
  EXPECT_EQ(ReadFile(ab), ReadFile(ba));
  EXPECT_TRUE(fs::exists(Path("ab.dot")));
  EXPECT_FALSE(fs::exists(Path("ba.dot")));

  GraphData merged = exporter::FromJsonLd(ReadFile(ab), ab);
  const Entity& putin = merged.entities[7];
  EXPECT_EQ(putin.id, "person/vladimir-putin");
  EXPECT_EQ(putin.mentions, 5u);
  const Relation& leader = merged.relations[5];  // leaderOf sorts before jobTitle
  EXPECT_EQ(leader.subject, "person/vladimir-putin");
  EXPECT_EQ(leader.object, "country/ru");
  EXPECT_EQ(leader.weight, 4u);
  EXPECT_EQ(leader.evidence.size(), 2u);
  EXPECT_EQ(merged.articles[1].mentions,
            (std::vector<SharedText>{"country/ru", "person/vladimir-putin"}));
}

}  // namespace
}  // namespace ng::cli
