#include <graphviz/cgraph.h>
#include <gtest/gtest.h>

#include <string>

#include "export/dot.h"

namespace ng::exporter {
namespace {

TEST(DotWeightTest, PenWidthGrowsWithTheLogOfTheWeight) {
  struct Case {
    uint32_t weight;
    std::string width;
  } cases[] = {{0, "1.0"},  {1, "1.0"},   {2, "2.0"},   {3, "2.6"},          {6, "3.6"},
               {64, "7.0"}, {127, "8.0"}, {128, "8.0"}, {4000000000u, "8.0"}};
  for (const Case& c : cases) EXPECT_EQ(EdgePenWidth(c.weight), c.width) << c.weight;
}

TEST(DotWeightTest, EdgesCarryPenWidthOnlyWhenAsked) {
  GraphData g;
  g.entities = {{.id = "country/am", .type = EntityType::kCountry, .name = "Armenia"},
                {.id = "person/x", .type = EntityType::kPerson, .name = "X"}};
  g.relations = {{.subject = "person/x",
                  .predicate = Predicate::kLeaderOf,
                  .object = "country/am",
                  .weight = 6}};
  EXPECT_EQ(ToDot(g).find("penwidth"), std::string::npos);
  const std::string dot = ToDot(g, {.penwidth_by_weight = true});
  Agraph_t* parsed = agmemread(dot.c_str());
  ASSERT_NE(parsed, nullptr);
  Agnode_t* x = agnode(parsed, const_cast<char*>("person/x"), 0);
  ASSERT_NE(x, nullptr);
  Agedge_t* e = agfstout(parsed, x);
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(std::string(agget(e, const_cast<char*>("penwidth"))), "3.6");
  agclose(parsed);
}

}  // namespace
}  // namespace ng::exporter
