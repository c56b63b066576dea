#include <gtest/gtest.h>

#include <string>

#include "extract/lexicon.h"
#include "extract/names.h"

namespace ng::extract {
namespace {

// PhraseView gives Phrase's bytes for every token range: where the text is the phrase (one
// space between tokens) and where it is not (two spaces, a line break, touching tokens, a
// typographic apostrophe, which the phrase writes as "'").
TEST(TextViewTest, PhraseViewIsThePhrase) {
  static const Lexicon lexicon = Lexicon::Load(NEWSGRAPH_DATA_DIR);
  const std::string text =
      "Prime Minister Narendra  Modi met\nthe People's Party of O\u2019Brien (PPB) in New "
      "York, U.S., on Monday.";
  const TextView v = MakeTextView(text, lexicon);
  ASSERT_GT(v.tokens.size(), 15u);
  const auto n = static_cast<uint32_t>(v.tokens.size());
  for (uint32_t first = 0; first <= n; ++first) {
    for (uint32_t last = first; last <= n; ++last) {
      std::string buffer;
      EXPECT_EQ(v.PhraseView(first, last, buffer), v.Phrase(first, last)) << first << " " << last;
    }
  }
}

}  // namespace
}  // namespace ng::extract
