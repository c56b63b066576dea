#include "core/model.h"

#include <gtest/gtest.h>

namespace ng {
namespace {

TEST(SlugTest, Cases) {
  struct Case {
    std::string_view in, want;
  } cases[] = {
      {"Vladimir Putin", "vladimir-putin"},
      {"Andrés Manuel López Obrador", "andres-manuel-lopez-obrador"},
      {"Xi's", "xis"},
      {"Tuila‘epa Sa’ilele of Hawaiʻi", "tuilaepa-sailele-of-hawaii"},
      {"Lachin-Khankendi road", "lachin-khankendi-road"},
      {"  U.S.  ", "u-s"},
      {"Recep Tayyip Erdoğan", "recep-tayyip-erdogan"},
      {"Ærø", "aero"},
      {"Chișinău", "chisinau"},  // Romanian S and T with a comma below
      {"Țara Românească", "tara-romaneasca"},
      {"東京", "%e6%9d%b1%e4%ba%ac"},
      // Vietnamese letters with two marks and the horned O and U.
      {"Nguyễn Chí Dũng", "nguyen-chi-dung"},
      {"Đà Nẵng", "da-nang"},
      {"Thủ Dầu Một Ỳ", "thu-dau-mot-y"},
      {"Hồ Chí Minh Ư", "ho-chi-minh-u"},
      {"– dash", "%e2%80%93-dash"},
      {"", ""},
  };
  for (const auto& c : cases) EXPECT_EQ(Slug(c.in), c.want) << c.in;
}

TEST(PredicateTest, TermsRoundTrip) {
  for (int i = 0; i < kPredicateCount; ++i) {
    auto p = static_cast<Predicate>(i);
    EXPECT_EQ(ParsePredicateTerm(PredicateTerm(p)), p);
  }
  EXPECT_EQ(ParsePredicateTerm("knows"), std::nullopt);
  EXPECT_TRUE(IsLiteral(Predicate::kJobTitle));
  EXPECT_FALSE(IsLiteral(Predicate::kLeaderOf));
}

TEST(CanonicalizeTest, SortsAndDeduplicates) {
  GraphData g;
  g.entities = {{.id = "b", .name = "B", .alt_names = {"x", "B", "x"}}, {.id = "a", .name = "A"}};
  Evidence e1{.doc = "d", .begin = 5, .end = 9, .text = "s", .rule = "r", .confidence = 1};
  Evidence e0{.doc = "d", .begin = 0, .end = 3, .text = "s", .rule = "r", .confidence = 1};
  g.relations = {{.subject = "b",
                  .predicate = Predicate::kMemberOf,
                  .object = "a",
                  .evidence = {e1, e0, e1},
                  .weight = 3},
                 {.subject = "a", .predicate = Predicate::kLeaderOf, .object = "b"}};
  Canonicalize(g);
  ASSERT_EQ(g.entities.size(), 2u);
  EXPECT_EQ(g.entities[0].id, "a");
  EXPECT_EQ(g.entities[1].alt_names, std::vector<std::string>{"x"});
  EXPECT_EQ(g.relations[0].subject, "a");
  ASSERT_EQ(g.relations[1].evidence.size(), 2u);
  EXPECT_EQ(g.relations[1].evidence[0].begin, 0u);
}

// Evidence that differs only in confidence sorts the same whatever order it came in, so
// Canonicalize of a canonical graph changes nothing.
TEST(CanonicalizeTest, EvidenceOrderIsTotal) {
  Evidence lo{.doc = "d", .begin = 0, .end = 3, .text = "s", .rule = "r", .confidence = 0.4};
  Evidence hi = lo;
  hi.confidence = 0.9;
  for (const auto& order : {std::vector<Evidence>{lo, hi}, std::vector<Evidence>{hi, lo}}) {
    GraphData g;
    g.relations = {{.subject = "a", .predicate = Predicate::kMemberOf, .object = "b"}};
    g.relations[0].evidence = order;
    Canonicalize(g);
    ASSERT_EQ(g.relations[0].evidence.size(), 2u);
    EXPECT_EQ(g.relations[0].evidence[0].confidence, 0.4);
    const GraphData once = g;
    Canonicalize(g);
    EXPECT_EQ(g, once);
  }
}

}  // namespace
}  // namespace ng
