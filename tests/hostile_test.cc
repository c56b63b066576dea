// Hostile input, in process: what the readers, the extractor and the writers do with broken,
// odd or oversized input. Every row of docs/hostile-input.md that is not about the command line
// is asserted here; tests/hostile_cli_test.py covers the rest through the newsgraph binary.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <unordered_set>
#include <vector>

#include "core/diagnostics.h"
#include "core/error.h"
#include "core/files.h"
#include "core/utf8.h"
#include "export/jsonld.h"
#include "export/mentions.h"
#include "extract/extractor.h"
#include "extract/lexicon.h"
#include "graph/merge.h"
#include "ingest/reader.h"
#include "nlp/tokenizer.h"

namespace ng {
namespace {

namespace fs = std::filesystem;
using namespace std::string_literals;

const std::string kFffd = "\xEF\xBF\xBD";  // U+FFFD REPLACEMENT CHARACTER

const extract::Lexicon& SharedLexicon() {
  static const extract::Lexicon lexicon = extract::Lexicon::Load(NEWSGRAPH_DATA_DIR);
  return lexicon;
}

std::vector<std::string> Formatted(const Diagnostics& diag) {
  std::vector<std::string> out;
  for (const Diagnostic& d : diag.items()) out.push_back(Diagnostics::Format(d));
  return out;
}

// A fresh directory under the system temp dir, removed with its contents at the end of a test.
class TempDir {
 public:
  TempDir() {
    const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
    path_ = fs::temp_directory_path() /
            ("ng-hostile-" + std::string(info->name()) + "-" + std::to_string(::getpid()));
    fs::remove_all(path_);
    fs::create_directories(path_);
  }
  ~TempDir() { fs::remove_all(path_); }
  fs::path operator/(const std::string& name) const { return path_ / name; }

 private:
  fs::path path_;
};

TEST(HostileTextTest, ReaderRepairsAndCountsBadBytes) {
  struct Case {
    std::string name, bytes, text, title;
    size_t replaced;
  } cases[] = {
      {"invalid bytes", "Title\nx\xFFy\xC3(z", "Title\nx" + kFffd + "y" + kFffd + "(z", "Title", 2},
      {"NUL", "Title\na\0b"s, "Title\na" + kFffd + "b", "Title", 1},
      {"truncated at end", "Title\nabc\xE2\x82", "Title\nabc" + kFffd, "Title", 1},
      {"overlong slash", "Title\n\xC0\xAF", "Title\n" + kFffd + kFffd, "Title", 2},
      {"surrogate", "Title\n\xED\xA0\x80", "Title\n" + kFffd + kFffd + kFffd, "Title", 3},
      {"BOM removed", "\xEF\xBB\xBFTitle\nBody", "Title\nBody", "Title", 0},
      {"CRLF kept", "Title\r\nBody\r\n", "Title\r\nBody\r\n", "Title", 0},
      {"RTL and combining kept", "\xD7\xA9\xD7\x9C\xD7\x95\xD7\x9D Cafe\xCC\x81",
       "\xD7\xA9\xD7\x9C\xD7\x95\xD7\x9D Cafe\xCC\x81",
       "\xD7\xA9\xD7\x9C\xD7\x95\xD7\x9D Cafe\xCC\x81", 0},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.name);
    Diagnostics diag;
    Document doc = ingest::DocumentFromText("a.txt", c.bytes, "a.txt", diag);
    EXPECT_EQ(doc.text, c.text);
    EXPECT_EQ(doc.title, c.title);
    EXPECT_EQ(diag.bytes_replaced, c.replaced);
    std::vector<std::string> want;
    if (c.replaced)
      want.push_back("a.txt: warning: replaced " + std::to_string(c.replaced) +
                     " invalid UTF-8 sequence" + (c.replaced == 1 ? "" : "s") + " with U+FFFD");
    EXPECT_EQ(Formatted(diag), want);
    EXPECT_FALSE(diag.failed());
  }
}

struct WantMention {
  std::string text;  // the bytes the span covers
  EntityType type;
  uint32_t start, end;  // code points, as written to mentions.jsonl
};

// Regression: U+FFFD from a repaired byte was a letter, so "Biden\xFF" became the person
// "Joe Biden\uFFFD"; it is now punctuation and the name ends before it.
TEST(HostileTextTest, MentionOffsetsStayRightAfterRepairAndInOtherScripts) {
  struct Case {
    std::string name, bytes;
    std::vector<WantMention> want;
  } cases[] = {
      {"repaired bytes before and inside",
       "\xFF\xFE President Joe Biden\xFF met Emmanuel Macron in Paris.",
       {{"Joe Biden", EntityType::kPerson, 13, 22},
        {"met", EntityType::kEvent, 24, 27},
        {"Emmanuel Macron", EntityType::kPerson, 28, 43},
        {"Paris", EntityType::kPlace, 47, 52}}},
      {"NUL and CRLF",
       "Headline\r\nPresident Joe Biden\0 met Emmanuel Macron in Paris.\r\n"s,
       {{"Joe Biden", EntityType::kPerson, 20, 29},
        {"met", EntityType::kEvent, 31, 34},
        {"Emmanuel Macron", EntityType::kPerson, 35, 50},
        {"Paris", EntityType::kPlace, 54, 59}}},
      {"emoji, RTL and combining marks",
       "\xF0\x9F\x98\x80\xF0\x9F\x87\xB7\xF0\x9F\x87\xBA \xD7\xA9\xD7\x9C\xD7\x95\xD7\x9D "
       "Cafe\xCC\x81 President Joe Biden met Emmanuel Macron in Paris.",
       {{"Joe Biden", EntityType::kPerson, 25, 34},
        {"met", EntityType::kEvent, 35, 38},
        {"Emmanuel Macron", EntityType::kPerson, 39, 54},
        {"Paris", EntityType::kPlace, 58, 63}}},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.name);
    Diagnostics diag;
    Document doc = ingest::DocumentFromText("a.txt", c.bytes, "a.txt", diag);
    extract::DocumentResult r = extract::ExtractDocument(doc, {SharedLexicon()});
    const nlohmann::json line = nlohmann::json::parse(exporter::ToMentionsLine(doc, r.mentions));
    std::vector<std::string> got, want;
    for (size_t i = 0; i < r.mentions.size(); ++i) {
      const Mention& m = r.mentions[i];
      got.push_back(std::string(m.span.Of(doc.text)) + "|" + std::string(EntityTypeName(m.type)) +
                    "|" + line["mentions"][i]["start"].dump() + "-" +
                    line["mentions"][i]["end"].dump() + "|" +
                    line["mentions"][i]["text"].get<std::string>());
    }
    for (const WantMention& w : c.want)
      want.push_back(w.text + "|" + std::string(EntityTypeName(w.type)) + "|" +
                     std::to_string(w.start) + "-" + std::to_string(w.end) + "|" + w.text);
    EXPECT_EQ(got, want);
  }
}

// Regression (found by fuzz_extract): the headline taken from a long first line was cut at 300
// bytes, inside a character, and so was invalid UTF-8.
TEST(HostileTextTest, LongFirstLineHeadlineIsCutOnACodePointBoundary) {
  const std::string line = std::string(299, 'a') + kFffd + kFffd;
  Document doc{.id = "d", .text = line + "\nPresident Joe Biden spoke."};
  const GraphData g = extract::ExtractDocument(doc, {SharedLexicon()}).fragment;
  ASSERT_EQ(g.articles.size(), 1u);
  EXPECT_EQ(g.articles[0].headline, std::string(299, 'a'));
  EXPECT_EQ(exporter::FromJsonLd(exporter::ToJsonLd(g), "g.jsonld"), g);
}

TEST(HostileTextTest, TokensOfHostileTextAreSpansOnCodePointBoundaries) {
  const std::string text = "a\xCC\x81" + kFffd +
                           "b\r\n\xF0\x9F\x98\x80x\xE2\x80\xAE"
                           "y " +
                           std::string(3, '\0') + " \\N \"q\" <b>";
  const std::vector<nlp::Token> tokens = nlp::Tokenize(text);
  std::vector<std::string> got;
  for (const nlp::Token& t : tokens) got.emplace_back(t.span.Of(text));
  const std::vector<std::string> want = {
      "a\xCC\x81", kFffd, "b", "\xF0\x9F\x98\x80", "x\xE2\x80\xAEy", "\\", "N", "\"", "q", "\"",
      "<",         "b",   ">"};
  EXPECT_EQ(got, want);
}

TEST(HostileJsonlTest, EachBadLineIsNamedSkippedAndTheRestRead) {
  const std::string deep = "["s.append(100000, '[') + std::string(100001, ']');
  const std::string huge(4 << 20, 'x');
  struct Line {
    std::string json, want;  // want: the diagnostic, or "" when the record is read
  } lines[] = {
      {R"({"id": "a", "text": "President Joe Biden spoke."})", ""},
      {R"({"id": "t", "text": "truncated)", "f.jsonl:2: error: not valid JSON (at byte 31)"},
      {R"({"id": "n", "text": 5})", "f.jsonl:3: error: \"text\" is not a string"},
      {R"({"id": "m"})", "f.jsonl:4: error: missing \"text\""},
      {R"({"id": null, "text": null})", "f.jsonl:5: error: missing \"text\""},
      {R"({"id": ["x"], "text": "y"})", "f.jsonl:6: error: \"id\" is not a string"},
      {R"({"id": "b", "text": "y", "title": 3})", "f.jsonl:7: error: \"title\" is not a string"},
      {R"({"id": "c", "text": "y", "url": {}})", "f.jsonl:8: error: \"url\" is not a string"},
      {R"({"id": "a", "text": "duplicate"})", "f.jsonl:9: error: duplicate id \"a\""},
      {R"([1, 2])", "f.jsonl:10: error: not a JSON object"},
      {R"("text")", "f.jsonl:11: error: not a JSON object"},
      {R"({"id": "e", "text": " \r\n "})", "f.jsonl:12: warning: empty \"text\"; record skipped"},
      {R"({"id": "d", "text": "y", "date": "yesterday"})",
       "f.jsonl:13: warning: \"date\" \"yesterday\" is not a date; ignored"},
      {R"({"id": 7, "text": "numeric id"})", ""},
      {"{\"id\": \"u\", \"text\": \"bad \xFF byte\"}",
       "f.jsonl:15: warning: replaced 1 invalid UTF-8 sequence with U+FFFD"},
      {R"({"id": "z", "text": "NUL \u0000 escape"})",
       "f.jsonl:16: warning: replaced 1 invalid UTF-8 sequence with U+FFFD"},
      {R"({"id": "deep", "text": "y", "extra": )" + deep + "}", ""},
      {R"({"id": "huge", "text": "y", "title": ")" + huge + "\"}", ""},
      {"\xEF\xBB\xBF{\"id\": \"bom-anywhere\", \"text\": \"y\"}", ""},  // nlohmann skips it
      {"   ", ""},
      // Regression: a number no double holds threw json::out_of_range, which ended the program.
      {R"({"id": "big", "text": "y", "n": 1e999})",
       "f.jsonl:21: error: not valid JSON (a number out of range)"},
      {R"({"id": "last", "text": "no newline at the end"})", ""},
  };
  std::string file;
  std::vector<std::string> want;
  for (const Line& l : lines) {
    file += l.json + "\n";
    if (!l.want.empty()) want.push_back(l.want);
  }
  file.pop_back();
  std::istringstream in(file);
  Diagnostics diag;
  std::unordered_set<std::string> ids;
  std::vector<std::string> read;
  ingest::ReadJsonLines(
      in, "f.jsonl", [&](Document&& d) { read.push_back(d.id); }, diag, ids);
  EXPECT_EQ(Formatted(diag), want);
  EXPECT_EQ(read, (std::vector<std::string>{"a", "d", "7", "u", "z", "deep", "huge", "bom-anywhere",
                                            "last"}));
  EXPECT_EQ(diag.documents_read, 9u);
  EXPECT_EQ(diag.records_skipped, 12u);
  EXPECT_EQ(diag.bytes_replaced, 2u);
}

TEST(HostileJsonlTest, ManyTinyDocumentsStreamWithUniqueIds) {
  constexpr size_t kDocs = 200000;
  std::string file;
  for (size_t i = 0; i < kDocs; ++i)
    file += "{\"id\":\"" + std::to_string(i) + "\",\"text\":\"x\"}\n";
  std::istringstream in(file);
  Diagnostics diag;
  std::unordered_set<std::string> ids;
  size_t read = 0;
  ingest::ReadJsonLines(
      in, "many.jsonl", [&](Document&&) { ++read; }, diag, ids);
  EXPECT_EQ(read, kDocs);
  EXPECT_EQ(ids.size(), kDocs);
  EXPECT_TRUE(diag.items().empty());
}

TEST(HostileInputsTest, EmptyBinaryMissingAndUnreadableFilesAreReportedAndSkipped) {
  TempDir dir;
  std::ofstream(dir / "empty.txt").close();
  std::ofstream(dir / "blank.txt") << " \r\n\t\n";
  std::ofstream(dir / "binary.txt", std::ios::binary) << std::string(100, '\0') + "ELF";
  std::ofstream(dir / "utf16.txt", std::ios::binary) << "\xFF\xFEH\0i\0 \0t\0h\0e\0r\0e\0"s;
  std::ofstream(dir / "empty.jsonl").close();
  std::ofstream(dir / "blank.jsonl") << "\n  \n";
  std::ofstream(dir / "good.txt") << "President Joe Biden spoke.";
  std::ofstream(dir / "file") << "a regular file";
  const std::string d = (dir / "").string();
  const std::vector<std::string> inputs = {
      d + "empty.txt",   d + "blank.txt",   d + "binary.txt",  d + "utf16.txt",
      d + "empty.jsonl", d + "blank.jsonl", d + "missing.txt", d + "file/under.txt",
      "/proc/self/mem",  d + "good.txt"};
  Diagnostics diag;
  std::vector<std::string> read;
  ingest::ReadInputs(
      inputs, [&](Document&& doc) { read.push_back(doc.id); }, diag);
  EXPECT_EQ(read, std::vector<std::string>{d + "good.txt"});
  EXPECT_EQ(
      Formatted(diag),
      (std::vector<std::string>{
          d + "empty.txt: warning: empty file",
          d + "blank.txt: warning: empty file",
          d + "binary.txt: error: binary file (100 NUL bytes in the first 103 bytes); skipped",
          d + "utf16.txt: error: binary file (8 NUL bytes in the first 18 bytes); skipped",
          d + "empty.jsonl: warning: empty file",
          d + "blank.jsonl: warning: no records",
          d + "missing.txt: error: cannot open: No such file or directory",
          d + "file/under.txt: error: cannot open: Not a directory",
          "/proc/self/mem: error: cannot read: Input/output error",
      }));
  EXPECT_EQ(diag.files_skipped, 5u);
}

TEST(HostileFaultsTest, FailedWritesThrowAndLeaveTheOldFileAndNoTemporaryFile) {
  TempDir dir;
  std::ofstream(dir / "file") << "x";
  fs::create_directories(dir / "graph.jsonld" / "occupied");
  struct Case {
    std::string name;
    fs::path target;
  } cases[] = {
      {"parent is a regular file", dir / "file" / "graph.jsonld"},
      {"target is a non-empty directory", dir / "graph.jsonld"},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.name);
    try {
      WriteFileAtomic(c.target, "{}");
      ADD_FAILURE() << "no error";
    } catch (const Error& e) {
      EXPECT_EQ(e.code(), ErrorCode::kWriteFailed);
      EXPECT_EQ(e.file(), c.target.string());
    }
  }
  EXPECT_TRUE(fs::is_directory(dir / "graph.jsonld" / "occupied"));
  std::vector<std::string> left;
  for (const auto& entry : fs::directory_iterator(dir / ""))
    left.push_back(entry.path().filename());
  std::sort(left.begin(), left.end());
  EXPECT_EQ(left, (std::vector<std::string>{"file", "graph.jsonld"}));
}

TEST(HostileLimitsTest, MentionAndEvidenceCapsDropAndCount) {
  std::string text;
  for (int i = 0; i < 30; ++i) text += "President Joe Biden met Emmanuel Macron in Paris.\n";
  Document doc{.id = "d", .text = text};
  extract::DocumentResult r = extract::ExtractDocument(doc, {SharedLexicon()}, {.max_mentions = 5});
  EXPECT_EQ(r.mentions.size(), 5u);
  EXPECT_EQ(r.mentions_dropped, 115u);  // 3 names and "met" in each of 30 lines
  // The 5th mention is the second line's "Joe Biden"; every line is 50 bytes long.
  EXPECT_EQ(r.mentions.back().span, (Span{60, 69}));
  EXPECT_EQ(r.mentions.back().span.Of(text), "Joe Biden");

  graph::MergeReport report;
  GraphData g = graph::MergeFragments({r.fragment}, {.evidence_cap = 2}, &report);
  ASSERT_FALSE(g.relations.empty());
  size_t dropped = 0;
  for (const Relation& rel : g.relations) {
    EXPECT_LE(rel.evidence.size(), 2u);
    dropped += rel.weight - rel.evidence.size();
    if (rel.subject == "person/joe-biden" && rel.predicate == Predicate::kJobTitle) {
      EXPECT_EQ(rel.object, "President");
      EXPECT_EQ(rel.weight, 30u);  // the weight still counts the 28 dropped sentences
    }
  }
  EXPECT_EQ(dropped, 28u);  // only Biden's job title has more than 2 sentences
  EXPECT_EQ(report.evidence_dropped, dropped);
}

TEST(HostileInjectionTest, TextCannotAddJsonLdKeywordsOrBreakStrings) {
  const std::string hostile = R"(", "@id": "http://evil/", "@context": {"@vocab": "x"}, "a": ")";
  std::string text = "President " + hostile + " Joe Biden\\ met \"Emmanuel Macron\" in Paris.";
  Document doc{.id = "@graph\"}\n", .text = text, .title = hostile, .url = hostile};
  GraphData g = extract::ExtractDocument(doc, {SharedLexicon()}).fragment;
  const std::string json = exporter::ToJsonLd(g);
  const nlohmann::json parsed = nlohmann::json::parse(json);
  // The only keywords are the writer's own; every node's @id is under the newsgraph base.
  std::vector<std::string> keys;
  for (const auto& [key, value] : parsed.items()) keys.push_back(key);
  EXPECT_EQ(keys, (std::vector<std::string>{"@context", "@graph"}));
  for (const auto& node : parsed["@graph"]) {
    EXPECT_TRUE(node["@id"].get<std::string>().starts_with(exporter::kIdBase)) << node.dump();
    for (const auto& [key, value] : node.items())
      EXPECT_TRUE(key == "@id" || key == "@type" || !key.starts_with("@")) << key;
  }
  EXPECT_EQ(parsed["@graph"][0]["headline"], hostile);
  EXPECT_EQ(parsed["@graph"][0]["ng:key"], "@graph\"}\n");
  EXPECT_EQ(exporter::FromJsonLd(json, "g.jsonld"), g);
}

}  // namespace
}  // namespace ng
