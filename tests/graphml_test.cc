#include "export/graphml.h"

#include <gtest/gtest.h>

#include <string>

namespace ng::exporter {
namespace {

TEST(GraphMlTest, WritesNodesAndEntityEdgesWithTheirAttributes) {
  GraphData g;
  g.entities = {
      {.id = "person/x", .type = EntityType::kPerson, .name = "X <&> \"Y\"", .leader = true},
      {.id = "country/am", .type = EntityType::kCountry, .name = std::string("Arm\x01nia")}};
  g.relations = {
      {.subject = "person/x",
       .predicate = Predicate::kLeaderOf,
       .object = "country/am",
       .weight = 7},
      {.subject = "person/x",
       .predicate = Predicate::kNationality,
       .object = "country/am",
       .weight = 1},
      // Literal relations and relations to unknown entities are not edges.
      {.subject = "person/x",
       .predicate = Predicate::kJobTitle,
       .object = "President",
       .weight = 1},
      {.subject = "person/x", .predicate = Predicate::kMemberOf, .object = "org/none", .weight = 1},
  };
  const std::string expected =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" "
      "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
      "xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
      "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n"
      "  <key id=\"key0\" for=\"node\" attr.name=\"id\" attr.type=\"string\" />\n"
      "  <key id=\"key1\" for=\"node\" attr.name=\"leader\" attr.type=\"boolean\" />\n"
      "  <key id=\"key2\" for=\"node\" attr.name=\"name\" attr.type=\"string\" />\n"
      "  <key id=\"key3\" for=\"edge\" attr.name=\"predicate\" attr.type=\"string\" />\n"
      "  <key id=\"key4\" for=\"node\" attr.name=\"type\" attr.type=\"string\" />\n"
      "  <key id=\"key5\" for=\"edge\" attr.name=\"weight\" attr.type=\"long\" />\n"
      "  <graph id=\"G\" edgedefault=\"directed\" parse.nodeids=\"canonical\" "
      "parse.edgeids=\"canonical\" parse.order=\"nodesfirst\">\n"
      "    <node id=\"n0\">\n"
      "      <data key=\"key0\">country/am</data>\n"
      "      <data key=\"key1\">0</data>\n"
      "      <data key=\"key2\">Arm nia</data>\n"
      "      <data key=\"key4\">Country</data>\n"
      "    </node>\n"
      "    <node id=\"n1\">\n"
      "      <data key=\"key0\">person/x</data>\n"
      "      <data key=\"key1\">1</data>\n"
      "      <data key=\"key2\">X &lt;&amp;&gt; &quot;Y&quot;</data>\n"
      "      <data key=\"key4\">Person</data>\n"
      "    </node>\n"
      "    <edge id=\"e0\" source=\"n1\" target=\"n0\">\n"
      "      <data key=\"key3\">ng:leaderOf</data>\n"
      "      <data key=\"key5\">7</data>\n"
      "    </edge>\n"
      "    <edge id=\"e1\" source=\"n1\" target=\"n0\">\n"
      "      <data key=\"key3\">nationality</data>\n"
      "      <data key=\"key5\">1</data>\n"
      "    </edge>\n"
      "  </graph>\n"
      "</graphml>\n";
  EXPECT_EQ(ToGraphMl(g), expected);
}

TEST(GraphMlTest, EmptyGraphHasKeysAndNoNodes) {
  const std::string text = ToGraphMl(GraphData{});
  EXPECT_NE(text.find("<graph id=\"G\""), std::string::npos);
  EXPECT_EQ(text.find("<node"), std::string::npos);
}

}  // namespace
}  // namespace ng::exporter
