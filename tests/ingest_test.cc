#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "core/utf8.h"
#include "ingest/reader.h"

namespace ng::ingest {
namespace {

namespace fs = std::filesystem;
using namespace std::string_literals;

std::string ReadSample() {
  std::ifstream in(NEWSGRAPH_SOURCE_DIR "/examples/trt-armenia-azerbaijan-2023.txt",
                   std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// A fresh directory under the system temp dir, removed with its contents at the end of a test.
class TempDir {
 public:
  TempDir() {
    const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
    path_ = fs::temp_directory_path() / ("ng-ingest-" + std::string(info->test_suite_name()) + "-" +
                                         info->name() + "-" + std::to_string(::getpid()));
    fs::remove_all(path_);
    fs::create_directories(path_);
  }
  ~TempDir() { fs::remove_all(path_); }

  // Writes `content` to `name` (parent folders created) and returns its path.
  std::string Write(const std::string& name, std::string_view content) const {
    const fs::path p = path_ / name;
    fs::create_directories(p.parent_path());
    std::ofstream(p, std::ios::binary) << content;
    return p.string();
  }
  std::string Path(const std::string& name = "") const { return (path_ / name).string(); }

 private:
  fs::path path_;
};

std::vector<std::string> Formatted(const Diagnostics& diag) {
  std::vector<std::string> out;
  for (const Diagnostic& d : diag.items()) out.push_back(Diagnostics::Format(d));
  return out;
}

// Reads `inputs` and returns the documents.
std::vector<Document> ReadAll(const std::vector<std::string>& inputs, Diagnostics& diag) {
  std::vector<Document> docs;
  ReadInputs(
      inputs, [&](Document&& d) { docs.push_back(std::move(d)); }, diag);
  return docs;
}

TEST(FindPublicationDateTest, Cases) {
  std::string many_lines;
  for (int i = 0; i < 16; ++i) many_lines += "Line " + std::to_string(i) + ".\n";
  struct Case {
    std::string name, text, want;
  } cases[] = {
      {"header line", "WORLD\n4 MIN READ\nTitle\nMay 26, 2023\n\nBody.", "2023-05-26"},
      {"day first", "Title\n26 May 2023\nBody.", "2023-05-26"},
      {"ordinal", "26th May, 2023", "2023-05-26"},
      {"iso", "Title\n2023-05-26\n", "2023-05-26"},
      {"iso timestamp", "2023-05-26T10:00:00Z", "2023-05-26"},
      {"published with time", "Published: May 26, 2023 10:00 GMT\nBody", "2023-05-26"},
      {"published on", "Published on 26 May 2023", "2023-05-26"},
      {"updated", "Updated May 26, 2023", "2023-05-26"},
      {"weekday", "Friday, May 26, 2023", "2023-05-26"},
      {"abbreviated month and separator", "Sept. 1, 2023 | Reuters", "2023-09-01"},
      {"lower-case month at", "jan 5 2024 at 10:00", "2024-01-05"},
      {"leap day", "February 29, 2024", "2024-02-29"},
      {"CRLF", "Title\r\nMay 26, 2023\r\nBody\r\n", "2023-05-26"},
      {"footer line", "Title\nBody text.\n\nPublished 3 June 2023\n", "2023-06-03"},
      {"date inside a sentence", "Title\nHe said on May 26, 2023 that it was over.", ""},
      {"sentence starting with a date", "May 26, 2023 was a day to remember.\nBody", ""},
      {"no such day", "February 30, 2023", ""},
      {"no year", "May 26\nBody", ""},
      {"number that is not a day", "4 MIN READ", ""},
      {"past the header", many_lines + "May 26, 2023\n" + many_lines, ""},
      {"empty", "", ""},
      {"sample article", ReadSample(), "2023-05-26"},
  };
  for (const auto& c : cases) EXPECT_EQ(FindPublicationDate(c.text), c.want) << c.name;
}

TEST(ParseDateTest, ConsumedLength) {
  size_t used = 0;
  EXPECT_EQ(ParseDate("May 26, 2023 10:00", &used), "2023-05-26");
  EXPECT_EQ(used, 12u);
  EXPECT_EQ(ParseDate("2023-05-26T10:00Z", &used), "2023-05-26");
  EXPECT_EQ(used, 10u);
  EXPECT_EQ(ParseDate("2023-13-01"), "");
  EXPECT_EQ(ParseDate("Mayday 26, 2023"), "");
  EXPECT_EQ(ParseDate("2023-05-26x"), "");
}

TEST(FindTitleTest, Cases) {
  struct Case {
    std::string name, text, want;
  } cases[] = {
      {"sample article skips WORLD and 4 MIN READ", ReadSample(),
       "Russia sees prospects of settlement between Azerbaijan, Armenia"},
      {"trimmed", "\n\n  Headline here \r\nBody", "Headline here"},
      {"date line is no title", "May 26, 2023\nHeadline", "Headline"},
      {"long all-caps headline", "RUSSIA SEES PROSPECTS OF SETTLEMENT\nBody",
       "RUSSIA SEES PROSPECTS OF SETTLEMENT"},
      {"paragraph is no title", std::string(400, 'a') + "\nBody", ""},
      {"empty", "", ""},
  };
  for (const auto& c : cases) EXPECT_EQ(FindTitle(c.text), c.want) << c.name;
}

TEST(DocumentFromTextTest, BomCrlfAndRepair) {
  Diagnostics diag;
  const Document doc =
      DocumentFromText("a.txt", "\xEF\xBB\xBFTitle\r\nMay 26, 2023\r\nZ\xFCrich", "src", diag);
  EXPECT_EQ(doc.id, "a.txt");
  EXPECT_EQ(doc.source, "src");
  EXPECT_EQ(doc.text, "Title\r\nMay 26, 2023\r\nZ\xEF\xBF\xBDrich");
  EXPECT_EQ(doc.title, "Title");
  EXPECT_EQ(doc.date, "2023-05-26");
  EXPECT_EQ(diag.bytes_replaced, 1u);
  EXPECT_EQ(Formatted(diag), std::vector<std::string>{
                                 "src: warning: replaced 1 invalid UTF-8 sequence with U+FFFD"});

  Diagnostics diag2;
  const Document nul = DocumentFromText("b", "a\0b\xFF"s, "b", diag2);
  EXPECT_EQ(nul.text,
            "a\xEF\xBF\xBD"
            "b\xEF\xBF\xBD");
  EXPECT_EQ(diag2.bytes_replaced, 2u);
  EXPECT_EQ(Formatted(diag2),
            std::vector<std::string>{"b: warning: replaced 2 invalid UTF-8 sequences with U+FFFD"});
}

TEST(ReadJsonLinesTest, GoodAndBadLines) {
  const std::string jsonl =
      "\xEF\xBB\xBF{\"id\": \"a\", \"text\": \"Putin met Aliyev.\", \"title\": \"T\", "
      "\"date\": \"2023-05-26T10:00:00Z\", \"url\": \"https://x.example/a\", \"source\": \"TRT\"}\n"
      "\n"
      "not json\n"
      "[1, 2]\n"
      "{\"id\": \"b\"}\n"
      "{\"id\": \"c\", \"text\": 5}\n"
      "{\"id\": \"d\", \"text\": \"x\", \"title\": 3}\n"
      "{\"id\": \"a\", \"text\": \"again\"}\n"
      "{\"text\": \"No id.\\nMay 26, 2023\"}\r\n"
      "{\"id\": 42, \"text\": \"numeric id\", \"date\": \"soon\"}\n"
      "{\"id\": [1], \"text\": \"x\"}\n"
      "{\"id\": \"e\", \"text\": \"  \"}\n"
      "{\"id\": \"f\", \"text\": \"bad \xFF byte and \\u0000 NUL\", \"date\": null}\n"
      "{\"id\": \"g\", \"text\": \"truncated\"";
  std::istringstream in(jsonl);
  Diagnostics diag;
  std::vector<Document> docs;
  std::unordered_set<std::string> ids;
  ReadJsonLines(
      in, "in.jsonl", [&](Document&& d) { docs.push_back(std::move(d)); }, diag, ids);

  ASSERT_EQ(docs.size(), 4u);
  EXPECT_EQ(docs[0].id, "a");
  EXPECT_EQ(docs[0].text, "Putin met Aliyev.");
  EXPECT_EQ(docs[0].title, "T");
  EXPECT_EQ(docs[0].date, "2023-05-26");
  EXPECT_EQ(docs[0].url, "https://x.example/a");
  EXPECT_EQ(docs[0].source, "in.jsonl:1");
  EXPECT_EQ(docs[1].id, "in.jsonl:9");
  EXPECT_EQ(docs[1].date, "2023-05-26");  // found in the text
  EXPECT_EQ(docs[1].title, "");
  EXPECT_EQ(docs[2].id, "42");
  EXPECT_EQ(docs[2].date, "");
  EXPECT_EQ(docs[3].id, "f");
  EXPECT_EQ(docs[3].text, "bad \xEF\xBF\xBD byte and \xEF\xBF\xBD NUL");

  EXPECT_EQ(Formatted(diag), (std::vector<std::string>{
                                 "in.jsonl:3: error: not valid JSON (at byte 2)",
                                 "in.jsonl:4: error: not a JSON object",
                                 "in.jsonl:5: error: missing \"text\"",
                                 "in.jsonl:6: error: \"text\" is not a string",
                                 "in.jsonl:7: error: \"title\" is not a string",
                                 "in.jsonl:8: error: duplicate id \"a\"",
                                 "in.jsonl:10: warning: \"date\" \"soon\" is not a date; ignored",
                                 "in.jsonl:11: error: \"id\" is not a string",
                                 "in.jsonl:12: warning: empty \"text\"; record skipped",
                                 "in.jsonl:13: warning: replaced 2 invalid UTF-8 sequences with "
                                 "U+FFFD",
                                 "in.jsonl:14: error: not valid JSON (at byte 32)",
                             }));
  EXPECT_EQ(diag.records_skipped, 9u);
  EXPECT_EQ(diag.documents_read, 4u);
  EXPECT_EQ(diag.bytes_replaced, 2u);
}

// Most records are read by a quick reader of flat objects of strings, the rest by nlohmann's
// parser: either way a record gives what nlohmann reads in it. Escapes, surrogate pairs, white
// space, key order and ignored keys; and what the quick reader leaves to nlohmann (a field twice,
// other value types, bad escapes, lone surrogates, trailing bytes).
TEST(ReadJsonLinesTest, QuickReaderReadsAsNlohmannDoes) {
  const std::vector<std::string> lines = {
      R"({"id":"a","text":"plain"})",
      R"(  {  "text" : "tab\there \"q\" \\ \/ \b\f\n\r end" , "id" : "b" } )",
      R"({"id":"c","text":"\u00e9\u20AC\ud83d\ude00 \u0000 nul","title":null,"url":"u"})",
      R"({"id":"d","text":"x","extra":"ignored","date":"2024-01-02","title":"T"})",
      R"({"id":"","text":"empty id"})",
      R"({"text":"no id","id":null,"source":null})",
      R"({"id":"e","text":"first","text":"second"})",
      R"({"id":"f","text":"x","n":1,"o":{"a":[true]}})",
      R"({"id":7,"text":"numeric id"})",
      R"({"id":"g","text":"lone \ud800 high"})",
      R"({"id":"h","text":"lone \udc00 low"})",
      R"({"id":"i","text":"bad \x escape"})",
      R"({"id":"j","text":"x"} trailing)",
      R"({"id":"k","text":"x",})",
      R"({"id":"l","t\u0065xt":"escaped key"})",
      "{\"id\":\"m\",\"text\":\"raw\ttab\"}",
      R"({"id":"n","text":"x","source":5})",
      R"({"id":"o","text":"\u00"})",
      R"({"id":"p","text":null})",
      R"({})",
      "{\"id\":\"q\",\"text\":\"caf\xC3\xA9 \xE2\x80\x9Cquoted\xE2\x80\x9D\"}",
  };
  for (const std::string& line : lines) {
    SCOPED_TRACE(line);
    std::istringstream in(line + "\n");
    Diagnostics diag;
    std::vector<Document> docs;
    std::unordered_set<std::string> ids;
    ReadJsonLines(
        in, "in.jsonl", [&](Document&& d) { docs.push_back(std::move(d)); }, diag, ids);
    const nlohmann::json j = nlohmann::json::parse(line, nullptr, false);
    auto string_or_empty = [&](const char* key) {
      return j.contains(key) && j.at(key).is_string() ? j.at(key).get<std::string>() : "";
    };
    const bool valid =
        !j.is_discarded() && j.is_object() && j.contains("text") && j.at("text").is_string() &&
        (!j.contains("source") || j.at("source").is_string() || j.at("source").is_null());
    ASSERT_EQ(docs.size(), valid ? 1u : 0u);
    if (!valid) continue;
    const std::string id = j.contains("id") && j.at("id").is_number_integer()
                               ? j.at("id").dump()
                               : string_or_empty("id");
    EXPECT_EQ(docs[0].id, id.empty() ? "in.jsonl:1" : id);
    size_t replaced = 0;
    EXPECT_EQ(docs[0].text, RepairUtf8(string_or_empty("text"), &replaced));
    EXPECT_EQ(docs[0].title, string_or_empty("title"));
    EXPECT_EQ(docs[0].url, string_or_empty("url"));
  }
}

TEST(ReadInputsTest, DirectoryIsReadRecursivelyInPathOrder) {
  TempDir dir;
  dir.Write("b.txt", "Second\nBody.");
  dir.Write("a/z.txt", "First\nBody.");
  dir.Write("a/y.jsonl",
            "{\"id\": \"j1\", \"text\": \"One.\"}\n{\"id\": \"j2\", \"text\": \"Two.\"}\n");
  dir.Write("c.HTM.bak", "ignored extension");
  dir.Write("notes.md", "ignored extension");
  dir.Write(".hidden.txt", "hidden file");
  dir.Write(".git/x.txt", "hidden folder");
  dir.Write("d/empty.txt", "");
  Diagnostics diag;
  const std::vector<Document> docs = ReadAll({dir.Path()}, diag);
  std::vector<std::string> ids;
  for (const Document& d : docs) ids.push_back(d.id);
  EXPECT_EQ(ids, (std::vector<std::string>{"j1", "j2", dir.Path("a/z.txt"), dir.Path("b.txt")}));
  EXPECT_EQ(docs[2].title, "First");
  EXPECT_EQ(docs[2].source, dir.Path("a/z.txt"));
  EXPECT_EQ(docs[0].source, dir.Path("a/y.jsonl") + ":1");
  EXPECT_EQ(Formatted(diag),
            std::vector<std::string>{dir.Path("d/empty.txt") + ": warning: empty file"});
  EXPECT_EQ(diag.documents_read, 4u);
  EXPECT_FALSE(diag.failed());
}

TEST(ReadInputsTest, BadFilesAreReportedAndSkipped) {
  TempDir dir;
  const std::string good = dir.Write("good.txt", "Title\r\nBody.\r\n");
  const std::string binary = dir.Write("image.txt", "\x89PNG\r\n"s + std::string(100, '\0'));
  const std::string blank = dir.Write("blank.txt", " \n\n");
  const std::string no_records = dir.Write("none.jsonl", "\n\n");
  const std::string missing = dir.Path("missing.txt");
  Diagnostics diag;
  const std::vector<Document> docs =
      ReadAll({missing, binary, good, blank, no_records, good}, diag);
  ASSERT_EQ(docs.size(), 1u);
  EXPECT_EQ(docs[0].id, good);
  EXPECT_EQ(docs[0].text, "Title\r\nBody.\r\n");
  EXPECT_EQ(Formatted(diag),
            (std::vector<std::string>{
                missing + ": error: cannot open: No such file or directory",
                binary + ": error: binary file (100 NUL bytes in the first 106 bytes); skipped",
                blank + ": warning: empty file",
                no_records + ": warning: no records",
                good + ": error: duplicate id \"" + good + "\"",
            }));
  EXPECT_EQ(diag.files_skipped, 3u);
  EXPECT_EQ(diag.documents_read, 1u);
}

TEST(ReadInputsTest, UnreadableFile) {
  if (::geteuid() == 0) GTEST_SKIP() << "root can read any file";
  TempDir dir;
  const std::string path = dir.Write("secret.txt", "text");
  fs::permissions(path, fs::perms::none);
  Diagnostics diag;
  EXPECT_TRUE(ReadAll({path}, diag).empty());
  EXPECT_EQ(Formatted(diag),
            std::vector<std::string>{path + ": error: cannot open: Permission denied"});
  EXPECT_EQ(diag.files_skipped, 1u);
}

// Replaces std::cin's buffer for the lifetime of the object.
class StdinFrom {
 public:
  explicit StdinFrom(std::string text) : buf_(std::move(text)), old_(std::cin.rdbuf(&buf_)) {}
  ~StdinFrom() { std::cin.rdbuf(old_); }

 private:
  std::stringbuf buf_;
  std::streambuf* old_;
};

TEST(ReadInputsTest, Stdin) {
  struct Case {
    std::string name, input;
    std::vector<std::string> ids, diagnostics;
  } cases[] = {
      {"text", "Headline\n{not json}\nBody.", {"<stdin>"}, {}},
      {"jsonl",
       "{\"id\": \"x\", \"text\": \"a\"}\n\n  {\"text\": \"b\"}\n",
       {"x", "<stdin>:3"},
       {}},
      {"jsonl with a bad line",
       "{\"id\": \"x\", \"text\": \"a\"}\n{oops\n",
       {"x"},
       {"<stdin>:2: error: not valid JSON (at byte 2)"}},
      {"empty", "", {}, {"<stdin>: warning: empty input"}},
  };
  for (const auto& c : cases) {
    StdinFrom stdin_from(c.input);
    Diagnostics diag;
    std::vector<std::string> ids;
    for (const Document& d : ReadAll({"-"}, diag)) ids.push_back(d.id);
    EXPECT_EQ(ids, c.ids) << c.name;
    EXPECT_EQ(Formatted(diag), c.diagnostics) << c.name;
  }
}

TEST(ReadInputsTest, SampleArticle) {
  Diagnostics diag;
  const std::string path = NEWSGRAPH_SOURCE_DIR "/examples/trt-armenia-azerbaijan-2023.txt";
  const std::vector<Document> docs = ReadAll({path}, diag);
  ASSERT_EQ(docs.size(), 1u);
  EXPECT_EQ(docs[0].id, path);
  EXPECT_EQ(docs[0].title, "Russia sees prospects of settlement between Azerbaijan, Armenia");
  EXPECT_EQ(docs[0].date, "2023-05-26");
  EXPECT_EQ(docs[0].text, ReadSample());
  EXPECT_TRUE(diag.items().empty());
}

}  // namespace
}  // namespace ng::ingest
