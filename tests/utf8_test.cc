#include "core/utf8.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace ng {
namespace {

using namespace std::string_literals;

// Returns `n` times U+FFFD in UTF-8.
std::string R(int n = 1) {
  std::string s;
  for (int i = 0; i < n; ++i) s += "\xEF\xBF\xBD";
  return s;
}

TEST(RepairUtf8Test, Cases) {
  struct Case {
    std::string name, in, want;
    size_t replaced;
  } cases[] = {
      {"empty", "", "", 0},
      {"ascii", "Putin met Aliyev.", "Putin met Aliyev.", 0},
      {"two-byte", "Erdoğan café", "Erdoğan café", 0},
      {"three-byte", "Лачин – “road”", "Лачин – “road”", 0},
      {"emoji", "flag 🇦🇿 ok 👍🏽", "flag 🇦🇿 ok 👍🏽", 0},
      {"combining", "Pashinyan\xCC\x81", "Pashinyan\xCC\x81", 0},
      {"rtl", "عربي עברית", "عربي עברית", 0},
      {"max code point", "\xF4\x8F\xBF\xBF", "\xF4\x8F\xBF\xBF", 0},
      {"truncated 3-byte at end", "ab\xE2\x82", "ab"s + R(), 1},
      {"truncated 4-byte at end", "\xF0\x9F\x98", R(), 1},
      {"truncated in the middle", "a\xC3(", "a"s + R() + "(", 1},
      {"lone continuation bytes", "\x80x\xBF", R() + "x" + R(), 2},
      {"overlong 2-byte", "\xC0\xAF", R(2), 2},
      {"overlong 3-byte", "\xE0\x80\xAF", R(3), 3},
      {"surrogate", "\xED\xA0\x80", R(3), 3},
      {"above U+10FFFF", "\xF4\x90\x80\x80", R(4), 4},
      {"invalid lead bytes", "\xFF\xFE", R(2), 2},
      {"NUL", "a\0b"s, "a"s + R() + "b", 1},
      {"latin-1 input", "Z\xFCrich", "Z"s + R() + "rich", 1},
  };
  for (const auto& c : cases) {
    size_t replaced = 99;
    EXPECT_EQ(RepairUtf8(c.in, &replaced), c.want) << c.name;
    EXPECT_EQ(replaced, c.replaced) << c.name;
  }
  EXPECT_EQ(RepairUtf8("\xFF", nullptr), R());
}

// The ASCII runs are passed eight bytes at a time: a byte that needs care (NUL, a lone
// continuation byte, a two-byte letter, an invalid byte) at each position of a long ASCII text
// is still found.
TEST(RepairUtf8Test, SpecialByteAtEachPositionOfAsciiRun) {
  const std::string ascii = "Aliyev met Pashinyan in Brussels.";
  const std::vector<std::pair<std::string, std::string>> specials = {
      {"\0"s, R()}, {"\x80", R()}, {"\xC3\xA9", "\xC3\xA9"}, {"\xFF", R()}, {"\x7F", "\x7F"}};
  for (const auto& [in, want] : specials)
    for (size_t k = 0; k <= ascii.size(); ++k) {
      const std::string text = ascii.substr(0, k) + in + ascii.substr(k);
      EXPECT_EQ(RepairUtf8(text, nullptr), ascii.substr(0, k) + want + ascii.substr(k)) << k;
    }
}

TEST(DecodeUtf8Test, CodePointsAndAdvance) {
  struct Case {
    std::string_view text;
    std::vector<char32_t> want;
  } cases[] = {
      {"aé", {U'a', U'é'}},
      {"–“", {U'\u2013', U'\u201C'}},
      {"😀", {U'\U0001F600'}},
      {"e\xCC\x81", {U'e', U'\u0301'}},
      {"ש", {U'\u05E9'}},
      {"\xFF"
       "a",
       {U'\uFFFD', U'a'}},  // invalid input stays safe: U+FFFD, one byte
      {"\xE2\x82", {U'\uFFFD', U'\uFFFD'}},
  };
  for (const auto& c : cases) {
    std::vector<char32_t> got;
    for (size_t i = 0; i < c.text.size();) got.push_back(DecodeUtf8(c.text, i));
    EXPECT_EQ(got, c.want) << c.text;
  }
}

TEST(AppendUtf8Test, RoundTrips) {
  for (char32_t c : {U'\0', U'a', U'\x7F', U'\x80', U'é', U'\u07FF', U'\u0800', U'\u2019',
                     U'\uFFFD', U'\U00010000', U'\U0001F600', U'\U0010FFFF'}) {
    std::string s;
    AppendUtf8(c, s);
    size_t i = 0;
    EXPECT_EQ(DecodeUtf8(s, i), c);
    EXPECT_EQ(i, s.size());
  }
  std::string s;
  AppendUtf8(0xD800, s);  // surrogates and values past U+10FFFF cannot be encoded
  AppendUtf8(0x110000, s);
  EXPECT_EQ(s, R(2));
}

TEST(CodePointIndexTest, ByteToCodePointAndBack) {
  // Bytes: a(0) é(1,2) b(3) “(4..6) 😀(7..10) c(11); size 12; code points a é b “ 😀 c.
  const std::string text = "aéb“😀c";
  ASSERT_EQ(text.size(), 12u);
  const CodePointIndex index(text);
  struct Case {
    uint32_t byte, cp;
  } to_cp[] = {{0, 0}, {1, 1}, {2, 2},  {3, 2},  {4, 3},  {5, 4},
               {7, 4}, {8, 5}, {10, 5}, {11, 5}, {12, 6}, {99, 6}};
  for (const auto& c : to_cp) EXPECT_EQ(index.ToCodePoints(c.byte), c.cp) << c.byte;
  const uint32_t to_bytes[] = {0, 1, 3, 4, 7, 11, 12, 12};
  for (uint32_t cp = 0; cp < 8; ++cp) EXPECT_EQ(index.ToBytes(cp), to_bytes[cp]) << cp;
}

TEST(CodePointIndexTest, AsciiAndEmpty) {
  const CodePointIndex ascii("hello");
  EXPECT_EQ(ascii.ToCodePoints(3), 3u);
  EXPECT_EQ(ascii.ToBytes(3), 3u);
  EXPECT_EQ(ascii.ToBytes(9), 5u);
  const CodePointIndex empty("");
  EXPECT_EQ(empty.ToCodePoints(0), 0u);
  EXPECT_EQ(empty.ToBytes(0), 0u);
}

TEST(CodePointIndexTest, AgreesWithLinearCountOnMixedText) {
  std::string text;
  for (int i = 0; i < 200; ++i) text += i % 3 == 0 ? "Ա" : i % 3 == 1 ? "x" : "🙂";
  const CodePointIndex index(text);
  uint32_t cp = 0;
  for (size_t i = 0; i < text.size();) {
    EXPECT_EQ(index.ToCodePoints(static_cast<uint32_t>(i)), cp);
    EXPECT_EQ(index.ToBytes(cp), i);
    DecodeUtf8(text, i);
    ++cp;
  }
  EXPECT_EQ(index.ToCodePoints(static_cast<uint32_t>(text.size())), cp);
}

}  // namespace
}  // namespace ng
