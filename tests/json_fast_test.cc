#include "export/json_fast.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "export/jsonld.h"

namespace ng::exporter {
namespace {

using Json = nlohmann::json;

// Writes each SAX event down as a line, for both parsers.
class Recorder {
 public:
  std::vector<std::string> events;

  bool null() { return Add("null"); }
  bool boolean(bool v) { return Add(v ? "true" : "false"); }
  bool number_integer(Json::number_integer_t v) { return Add("int " + std::to_string(v)); }
  bool number_unsigned(Json::number_unsigned_t v) { return Add("uint " + std::to_string(v)); }
  bool number_float(Json::number_float_t, const std::string& s) { return Add("float " + s); }
  bool string(std::string& v) { return Add("string " + v); }
  bool binary(Json::binary_t&) { return Add("binary"); }
  bool start_object(std::size_t n) { return Add("{ " + std::to_string(n)); }
  bool end_object() { return Add("}"); }
  bool start_array(std::size_t n) { return Add("[ " + std::to_string(n)); }
  bool end_array() { return Add("]"); }
  bool key(std::string& k) { return Add("key " + k); }
  bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception&) {
    return false;
  }

 private:
  bool Add(std::string e) {
    events.push_back(std::move(e));
    return true;
  }
};

// The text in chunks of `size` bytes.
class Chunks {
 public:
  Chunks(std::string_view text, size_t size) : text_(text), size_(size) {}
  std::string_view Next() {
    const std::string_view chunk = text_.substr(0, size_);
    text_.remove_prefix(chunk.size());
    return chunk;
  }

 private:
  std::string_view text_;
  size_t size_;
};

constexpr size_t kChunkSizes[] = {1, 2, 3, 5, 7, 16, 17, 31, 64, 1 << 20};

std::vector<std::string> Nlohmann(std::string_view text, bool& ok) {
  Recorder r;
  ok = Json::sax_parse(text.begin(), text.end(), &r);
  return r.events;
}

// Text in the subset: the same events as nlohmann's parser sends, however it is cut in chunks.
TEST(JsonFastTest, SendsNlohmannsEventsForTheSubset) {
  const std::string texts[] = {
      "{}",
      " [ ] ",
      "\n{\"a\": [1, 2, {\"b\": null}], \"c\": true, \"d\": false, \"\": \"\"}\n",
      R"("\u00e9\ud83d\ude00\n\t\"\\\/\b\f\r\u0000")",
      "18446744073709551615",
      "0",
      "[0, 10, 4294967296]",
      "\"caf\xc3\xa9 \xf0\x9f\x98\x80 \xe2\x82\xac \xed\x9f\xbf \xef\xbf\xbf \xf4\x8f\xbf\xbf "
      "\x7f\"",
      "{\"k\\u0000\": {\"k\": [[], {}, [\"x\"]]}}",
      std::string(100, '[') + std::string(100, ']'),
      "\"" + std::string(1000, 'a') + "\\\"" + std::string(40, 'b') + "\"",
      ToJsonLd(GraphData()),
  };
  for (const std::string& text : texts) {
    bool nlohmann_ok = false;
    const std::vector<std::string> want = Nlohmann(text, nlohmann_ok);
    ASSERT_TRUE(nlohmann_ok) << text;
    for (size_t size : kChunkSizes) {
      Chunks chunks(text, size);
      Recorder fast;
      EXPECT_TRUE(FastSaxParse(chunks, fast)) << size << ": " << text;
      EXPECT_EQ(fast.events, want) << size << ": " << text;
    }
  }
}

// Outside the subset, or not JSON: it stops, having sent only events nlohmann's parser sends
// first, so that parsing again with nlohmann gives the same result or message.
TEST(JsonFastTest, StopsOutsideTheSubset) {
  const std::string texts[] = {
      // JSON it leaves to nlohmann
      "-1",
      "[1.5]",
      "1e3",
      "18446744073709551616",
      "[1, -0]",
      "\xef\xbb\xbf{}",
      "{\"a\": 0.0}",
      // not JSON
      "",
      " ",
      "{",
      "[1,]",
      "{\"a\" 1}",
      "{\"a\": 1,}",
      "[1 2]",
      "{} {}",
      "01",
      "tru",
      "nul",
      "fals",
      "\"abc",
      "\"\x01\"",
      "\"\xc0\x80\"",
      "\"\xc2\"",
      "\"\xe0\x9f\xbf\"",
      "\"\xed\xa0\x80\"",
      "\"\xf0\x8f\xbf\xbf\"",
      "\"\xf4\x90\x80\x80\"",
      "\"\xf5\x80\x80\x80\"",
      "\"\xff\"",
      R"("\ud800")",
      R"("\udc00")",
      R"("\ud800\u0041")",
      R"("\u12")",
      R"("\x")",
      "[\"a\"}",
      "{\"a\"}",
      "{1: 2}",
      "[",
      "]",
      "}",
      "\"\\",
      "[\"\\u00e9",
      "{\"a\":",
      "{\"a\"",
  };
  for (const std::string& text : texts) {
    bool nlohmann_ok = false;
    const std::vector<std::string> all = Nlohmann(text, nlohmann_ok);
    for (size_t size : kChunkSizes) {
      Chunks chunks(text, size);
      Recorder fast;
      EXPECT_FALSE(FastSaxParse(chunks, fast)) << size << ": " << text;
      ASSERT_LE(fast.events.size(), all.size()) << size << ": " << text;
      EXPECT_TRUE(std::equal(fast.events.begin(), fast.events.end(), all.begin()))
          << size << ": " << text;
    }
  }
}

// What the JSON-LD writer makes is in the subset, hostile text included, so reading a graph
// back never falls to the slower parser.
TEST(JsonFastTest, ReadsWhatTheWriterWrites) {
  GraphData g;
  g.articles.push_back(
      {.id = "a \"}] \\ \xe2\x80\xae\xf0\x9f\x98\x80", .headline = "\x01\x1f\x7f"});
  Entity e;
  e.id = "person/x";
  e.type = EntityType::kPerson;
  e.name = "N\xc3\xa9 \"q\" \\ \t\n";
  e.mentions = 4294967295u;
  g.entities.push_back(e);
  g.relations.push_back({.subject = "person/x",
                         .predicate = Predicate::kJobTitle,
                         .object = "\"}] \\ @value",
                         .evidence = {{.doc = "a",
                                       .begin = 0,
                                       .end = 4294967295u,
                                       .text = "line\nbreak\ttab \xff",
                                       .rule = "r",
                                       .confidence = 1.0 / 3}},
                         .weight = 7});
  Canonicalize(g);
  const std::string text = ToJsonLd(g);
  bool nlohmann_ok = false;
  const std::vector<std::string> want = Nlohmann(text, nlohmann_ok);
  ASSERT_TRUE(nlohmann_ok);
  for (size_t size : kChunkSizes) {
    Chunks chunks(text, size);
    Recorder fast;
    EXPECT_TRUE(FastSaxParse(chunks, fast)) << size;
    EXPECT_EQ(fast.events, want) << size;
  }
}

}  // namespace
}  // namespace ng::exporter
