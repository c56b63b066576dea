#include "nlp/tokenizer.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace ng::nlp {
namespace {

std::vector<std::string> TokenStrings(std::string_view text) {
  std::vector<std::string> out;
  for (const Token& t : Tokenize(text)) out.emplace_back(t.span.Of(text));
  return out;
}

std::vector<std::string> SentenceStrings(std::string_view text) {
  const std::vector<Token> tokens = Tokenize(text);
  std::vector<std::string> out;
  for (const Sentence& s : SplitSentences(text, tokens)) out.emplace_back(s.span.Of(text));
  return out;
}

using Strings = std::vector<std::string>;

TEST(TokenizerTest, Words) {
  struct Case {
    std::string_view text;
    Strings want;
  } cases[] = {
      {"Russia's President Putin", {"Russia", "'s", "President", "Putin"}},
      {"Baku’s victory", {"Baku", "’s", "victory"}},
      {"the three countries' vice", {"the", "three", "countries", "'", "vice"}},
      {"I don't know", {"I", "do", "n't", "know"}},
      {"they can't, they're, I'm, we'll, I'd, you've",
       {"they", "ca", "n't", ",", "they", "'re", ",", "I", "'m", ",", "we", "'ll", ",", "I", "'d",
        ",", "you", "'ve"}},
      {"RUSSIA'S", {"RUSSIA", "'S"}},
      {"Lachin-Khankendi road", {"Lachin-Khankendi", "road"}},
      {"President-elect al-Assad's", {"President-elect", "al-Assad", "'s"}},
      {"O'Brien met N'Djamena officials", {"O'Brien", "met", "N'Djamena", "officials"}},
      {"O’Brien's", {"O’Brien", "'s"}},
      // A transliterated letter that ends a name word before the next's article; not a
      // quote's end nor a plural's possessive.
      {"Mohammed Shia' al-Sudani", {"Mohammed", "Shia'", "al-Sudani"}},
      {"'Peace' al-Sudani", {"'", "Peace", "'", "al-Sudani"}},
      {"the Ministers' al-Sudani", {"the", "Ministers", "'", "al-Sudani"}},
      {"the U.S. and U.N. e.g. Ph.D. J.R.R. Tolkien",
       {"the", "U.S.", "and", "U.N.", "e.g.", "Ph.D.", "J.R.R.", "Tolkien"}},
      // A two-letter initial glued to the name, as Mongolian news writes it; not a sentence
      // that runs on without a space.
      {"President Kh.Battulga and Ts.Elbegdorj",
       {"President", "Kh.", "Battulga", "and", "Ts.", "Elbegdorj"}},
      {"won.The vote", {"won", ".", "The", "vote"}},
      {"6,000 troops, 3.5% and a 44-day war",
       {"6,000", "troops", ",", "3.5", "%", "and", "a", "44-day", "war"}},
      {"1,234,567.89 $5 2023-05-26", {"1,234,567.89", "$", "5", "2023-05-26"}},
      {"Mr. Smith, Mrs. Li, Dr. Jones, Gen. Lee, Sen. Cruz, Rep. Kim, St. Louis",
       {"Mr.", "Smith", ",",    "Mrs.", "Li", ",",    "Dr.", "Jones", ",",   "Gen.",
        "Lee", ",",     "Sen.", "Cruz", ",",  "Rep.", "Kim", ",",     "St.", "Louis"}},
      {"Apple Inc. Acme Corp. Foo Co. Bar Ltd. King Jr. Prof. Gov. Lt. Col. Capt. Sgt. Rev.",
       {"Apple", "Inc.", "Acme", "Corp.", "Foo", "Co.", "Bar", "Ltd.", "King", "Jr.", "Prof.",
        "Gov.", "Lt.", "Col.", "Capt.", "Sgt.", "Rev."}},
      {"Jan. 5, Sept. 1, May 26.", {"Jan.", "5", ",", "Sept.", "1", ",", "May", "26", "."}},
      {"No. 10, the answer is No.", {"No.", "10", ",", "the", "answer", "is", "No", "."}},
      {"George W. Bush", {"George", "W.", "Bush"}},
      {"Tuila‘epa Sa‘ilele of Hawai‘i", {"Tuila‘epa", "Sa‘ilele", "of", "Hawai‘i"}},
      {"Chief Comr. Susatyo, Insp. Ali", {"Chief", "Comr.", "Susatyo", ",", "Insp.", "Ali"}},
      {"rose 3. Then", {"rose", "3", ".", "Then"}},
      {"end.Next", {"end", ".", "Next"}},
      {"see trtworld.com now", {"see", "trtworld.com", "now"}},
      {"well-known -5 --x", {"well-known", "-", "5", "-", "-", "x"}},
      {"“Hello,” he said (loudly) — then… [sic]",
       {"“", "Hello", ",", "”", "he", "said", "(", "loudly", ")", "—", "then", "…", "[", "sic",
        "]"}},
      {"‘quoted’ «guillemets» 1–2", {"‘", "quoted", "’", "«", "guillemets", "»", "1", "–", "2"}},
      {"x\u00A0y\u2003z\u3000w\u200Bv\tu", {"x", "y", "z", "w", "v", "u"}},
      {"ok 👍🏽! 🇦🇿🇦🇲 ❤️ 👨‍👩‍👧",
       {"ok", "👍🏽", "!", "🇦🇿", "🇦🇲", "❤️", "👨‍👩‍👧"}},
      {"Erdoğan Łódź Ærø Ильхам Алиев", {"Erdoğan", "Łódź", "Ærø", "Ильхам", "Алиев"}},
      {"Pashinyan\u0301 café", {"Pashinyan\u0301", "café"}},
      {"قال بوتين، ثم غادر.", {"قال", "بوتين", "،", "ثم", "غادر", "."}},
      {"שלום עולם", {"שלום", "עולם"}},
      {"Երևան։ Բաքու", {"Երևան", "։", "Բաքու"}},
      {"", {}},
      {" \n\t ", {}},
  };
  for (const auto& c : cases) EXPECT_EQ(TokenStrings(c.text), c.want) << c.text;
}

TEST(TokenizerTest, SpansAndFlags) {
  const std::string_view text = "A b\r\nc(d) é’s";
  const std::vector<Token> tokens = Tokenize(text);
  struct Want {
    uint32_t begin, end;
    bool space, newline;
  } want[] = {
      {0, 1, true, true},      // A (text start)
      {2, 3, true, false},     // b
      {5, 6, true, true},      // c after CRLF
      {6, 7, false, false},    // (
      {7, 8, false, false},    // d
      {8, 9, false, false},    // )
      {10, 12, true, false},   // é
      {12, 16, false, false},  // ’s
  };
  ASSERT_EQ(tokens.size(), std::size(want));
  for (size_t i = 0; i < tokens.size(); ++i) {
    EXPECT_EQ(tokens[i].span, (Span{want[i].begin, want[i].end})) << i;
    EXPECT_EQ(tokens[i].space_before, want[i].space) << i;
    EXPECT_EQ(tokens[i].newline_before, want[i].newline) << i;
  }
}

TEST(TokenizerTest, InvalidUtf8NeverCrashesAndNeverOverlaps) {
  const std::string text = "a\xFF\xFE b\xE2\x82 \xC3";
  const std::vector<Token> tokens = Tokenize(text);
  uint32_t end = 0;
  for (const Token& t : tokens) {
    EXPECT_GE(t.span.begin, end);
    EXPECT_LT(t.span.begin, t.span.end);
    end = t.span.end;
  }
  EXPECT_LE(end, text.size());
}

TEST(SplitSentencesTest, Boundaries) {
  struct Case {
    std::string_view text;
    Strings want;
  } cases[] = {
      {"Mr. Smith left. He returned!", {"Mr. Smith left.", "He returned!"}},
      {"George W. Bush spoke. Then he left.", {"George W. Bush spoke.", "Then he left."}},
      {"He said \"go.\" Then he left.", {"He said \"go.\"", "Then he left."}},
      {"He said “go!” Then he left.", {"He said “go!”", "Then he left."}},
      {"He left. \"Go,\" she said.", {"He left.", "\"Go,\" she said."}},
      {"(He left.) Then", {"(He left.)", "Then"}},
      {"Is it? yes it is.", {"Is it? yes it is."}},
      {"Prices rose 5. 3 people left.", {"Prices rose 5.", "3 people left."}},
      {"Wait... What?!", {"Wait...", "What?!"}},
      {"It costs $5.5 million. Next.", {"It costs $5.5 million.", "Next."}},
      {"Dr. Jones met Gen. Lee on Jan. 5 in St. Louis.",
       {"Dr. Jones met Gen. Lee on Jan. 5 in St. Louis."}},
      // Santa and Santo in Philippine and Latin American names: "Sta. Rosa", "Sto. Tomas".
      {"Jodi Sta. Maria went to Sto. Tomas.", {"Jodi Sta. Maria went to Sto. Tomas."}},
      // An initialism's period ends a sentence before a word that never goes on a name; not
      // before one that may ("U.S. President").
      {"He lives in the U.S. He works.", {"He lives in the U.S.", "He works."}},
      {"They met in Washington D.C. The talks", {"They met in Washington D.C.", "The talks"}},
      {"Acme Inc. It grew.", {"Acme Inc.", "It grew."}},
      // So does an initial's: "on platform X. During"; not "George W. Bush".
      {"He posted on platform X. During the talks",
       {"He posted on platform X.", "During the talks"}},
      {"Malcolm X. The man", {"Malcolm X.", "The man"}},
      {"George W. Bush spoke.", {"George W. Bush spoke."}},
      {"The U.S. President spoke.", {"The U.S. President spoke."}},
      {"They met at the U.N. Security Council.", {"They met at the U.N. Security Council."}},
      {"He lives in the U.S.\nHe works.", {"He lives in the U.S.", "He works."}},
      {"WORLD\n4 MIN READ\nMay 26, 2023\n\nBody text here",
       {"WORLD", "4 MIN READ", "May 26, 2023", "Body text here"}},
      {"a line\r\nwithout a period", {"a line", "without a period"}},
      {"Ереван. Москва. Баку.", {"Ереван.", "Москва.", "Баку."}},
      {"قال. ثم غادر.", {"قال.", "ثم غادر."}},
      {"no terminator at the end", {"no terminator at the end"}},
      {"", {}},
  };
  for (const auto& c : cases) EXPECT_EQ(SentenceStrings(c.text), c.want) << c.text;
}

TEST(SplitSentencesTest, TokenIndicesCoverEveryToken) {
  const std::string_view text = "One. Two two.\nThree";
  const std::vector<Token> tokens = Tokenize(text);
  const std::vector<Sentence> sentences = SplitSentences(text, tokens);
  ASSERT_EQ(sentences.size(), 3u);
  EXPECT_EQ(sentences[0].first, 0u);
  EXPECT_EQ(sentences[0].last, 2u);
  EXPECT_EQ(sentences[1].first, 2u);
  EXPECT_EQ(sentences[1].last, 5u);
  EXPECT_EQ(sentences[2].first, 5u);
  EXPECT_EQ(sentences[2].last, 6u);
  EXPECT_EQ(sentences[2].span, (Span{14, 19}));
}

std::string ReadSample() {
  std::ifstream in(NEWSGRAPH_SOURCE_DIR "/examples/trt-armenia-azerbaijan-2023.txt",
                   std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// A run without sentence ends is cut into pieces of at most kMaxSentenceTokens tokens, after a
// comma in the second half of a piece where there is one; every token stays in one piece.
TEST(SplitSentencesTest, OverlongRunsAreCut) {
  std::string text;
  for (int i = 0; i < 1000; ++i) text += (i % 150 == 149) ? "word , " : "word ";
  const std::vector<Token> tokens = Tokenize(text);
  const std::vector<Sentence> sentences = SplitSentences(text, tokens);
  ASSERT_GT(sentences.size(), 5u);
  uint32_t next = 0;
  for (const Sentence& s : sentences) {
    EXPECT_EQ(s.first, next);
    EXPECT_LE(s.last - s.first, kMaxSentenceTokens);
    next = s.last;
  }
  EXPECT_EQ(next, tokens.size());
  // The first piece ends after the comma that follows word 150, not at token 200.
  EXPECT_EQ(tokens[sentences[0].last - 1].span.Of(text), ",");
  // Without commas the cut falls at the limit.
  std::string words;
  for (int i = 0; i < 450; ++i) words += "w ";
  const std::vector<Token> plain_tokens = Tokenize(words);
  const std::vector<Sentence> plain_sentences = SplitSentences(words, plain_tokens);
  ASSERT_EQ(plain_sentences.size(), 3u);
  EXPECT_EQ(plain_sentences[0].last, kMaxSentenceTokens);
}

TEST(TokenizerTest, SampleArticle) {
  const std::string text = ReadSample();
  ASSERT_FALSE(text.empty()) << "examples/trt-armenia-azerbaijan-2023.txt is missing";
  const Strings tokens = TokenStrings(text);
  const Strings head(tokens.begin(), tokens.begin() + 20);
  EXPECT_EQ(head, (Strings{"WORLD",      "4",         "MIN",     "READ",       "Russia",
                           "sees",       "prospects", "of",      "settlement", "between",
                           "Azerbaijan", ",",         "Armenia", "Russia",     "'s",
                           "President",  "Putin",     "says",    "the",        "three"}));
  auto contains = [&](const Strings& seq) {
    return std::search(tokens.begin(), tokens.end(), seq.begin(), seq.end()) != tokens.end();
  };
  EXPECT_TRUE(contains({"ending", "in", "Baku", "'s", "victory", "."}));
  EXPECT_TRUE(contains({"countries", "'", "vice"}));
  EXPECT_TRUE(contains({"That", "'s", "the", "only"}));
  EXPECT_TRUE(contains({"May", "25", ",", "2023", ".", "/", "Photo", ":", "AFP"}));
  EXPECT_TRUE(contains({"\"", "strictly", "technical", ".", "\""}));
}

TEST(SplitSentencesTest, SampleArticle) {
  const std::string text = ReadSample();
  ASSERT_FALSE(text.empty()) << "examples/trt-armenia-azerbaijan-2023.txt is missing";
  const Strings sentences = SentenceStrings(text);
  ASSERT_GE(sentences.size(), 11u);
  const Strings head(sentences.begin(), sentences.begin() + 11);
  EXPECT_EQ(
      head,
      (Strings{
          "WORLD",
          "4 MIN READ",
          "Russia sees prospects of settlement between Azerbaijan, Armenia",
          "Russia's President Putin says the three countries' vice prime ministers will meet in a "
          "week's time in Moscow \"to resolve the remaining issues\" regarding reopening of "
          "transport links between the two\u00A0Caucasus neighbours.",
          "Russia sees prospects of settlement between Azerbaijan, Armenia",
          "Russian President Putin, Armenian PM Pashinyan and Azerbaijani President Aliyev hold a "
          "trilateral meeting at the Kremlin in Moscow on May 25, 2023.\u00A0 / Photo: AFP / AFP",
          "May 26, 2023",
          "Russian President Vladimir Putin has said that \"strictly technical\" issues remain in "
          "resolving one of the main disputes between Armenia and Azerbaijan, neighbours that "
          "fought a war over Karabakh region ending in Baku's victory.",
          "Putin on Thursday met in Moscow with Azerbaijani President Ilham Aliyev and Armenian "
          "Prime Minister Nikol Pashinyan, discussing a dispute over a winding road called the "
          "Lachin Corridor.",
          "That's the only authorised connection between Armenia and Karabakh.",
          "Aliyev and Pashinyan, in a broader regional summit meeting Putin hosted in Moscow, "
          "lashed out at each other for their positions regarding the land corridor.",
      }));
  // Quotes ending in "... technical.\"" stay with their sentence.
  EXPECT_NE(std::find(sentences.begin(), sentences.end(),
                      "But Putin said that on the \"principal issues, there is an agreement,\" and "
                      "later said all that remained were \"surmountable obstacles,\" calling them "
                      "differences in terminology and \"strictly technical.\""),
            sentences.end());
}

// An abbreviated given name keeps its period where a name of two words follows ("Ma. Theresa
// Lazaro", "Md. Obaidul Quader"), and its sentence goes on; not at a sentence's end ("Jack Ma.
// The company"), nor Maryland's "Md." before one word.
TEST(SplitSentencesTest, AbbreviatedGivenNames) {
  EXPECT_EQ(SentenceStrings("Secretary Ma. Theresa Lazaro spoke to Jack Ma. The company agreed. "
                            "Md. Obaidul Quader met officials in Bethesda, Md. Police came. He "
                            "lives in Bethesda, Md. Police Chief John Smith said so."),
            (Strings{"Secretary Ma. Theresa Lazaro spoke to Jack Ma.", "The company agreed.",
                     "Md. Obaidul Quader met officials in Bethesda, Md.", "Police came.",
                     "He lives in Bethesda, Md.", "Police Chief John Smith said so."}));
}

}  // namespace
}  // namespace ng::nlp
