#include "extract/words.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace ng::extract {
namespace {

// A WordSet answers exactly what Is() answers for the same list, whatever the case, length or
// bytes of the word asked about.
TEST(WordSetTest, AnswersAsIsDoes) {
  const std::string long_word(40, 'x');
  std::string capital_long_word = long_word;
  capital_long_word[0] = 'X';
  const WordSet set{"said",
                    "says",
                    "the",
                    "a",
                    "",
                    "stoppage",
                    "x-ray",
                    "U.S.",
                    "Mixed",
                    "caf\xc3\xa9",
                    "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"};
  auto is = [&](std::string_view w) {
    return Is(w, {"said", "says", "the", "a", "", "stoppage", "x-ray", "U.S.", "Mixed",
                  "caf\xc3\xa9", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"});
  };
  const std::vector<std::string> words = {"said",
                                          "Said",
                                          "SAID",
                                          "sai",
                                          "saidx",
                                          "the",
                                          "The",
                                          "tHe",
                                          "a",
                                          "A",
                                          "",
                                          "b",
                                          "stoppage",
                                          "Stoppage",
                                          "X-Ray",
                                          "x-ray",
                                          "u.s.",
                                          "U.S.",
                                          "Mixed",
                                          "mixed",
                                          "MIXED",
                                          "caf\xc3\xa9",
                                          "CAF\xc3\xa9",
                                          "caf\xc3\x89",
                                          long_word,
                                          capital_long_word,
                                          std::string(41, 'x'),
                                          std::string(33, 'a'),
                                          std::string("s\0id", 4)};
  for (const std::string& w : words) EXPECT_EQ(set.Contains(w), is(w)) << w;
  EXPECT_TRUE(set.Contains("SAYS"));
  EXPECT_FALSE(set.Contains("Mixed")) << "an upper-case entry never matches, as in Is()";
  EXPECT_TRUE(set.Contains(std::string(40, 'X')));
}

}  // namespace
}  // namespace ng::extract
