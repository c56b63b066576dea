#include <gtest/gtest.h>

#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "ingest/reader.h"

namespace ng::ingest {
namespace {

const std::string kFixture = NEWSGRAPH_TEST_DATA "/ingest/article.html";

std::string ReadFixture() {
  std::ifstream in(kFixture, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

TEST(DocumentFromHtmlTest, ArticlePage) {
  const std::string html = ReadFixture();
  ASSERT_FALSE(html.empty()) << kFixture << " is missing";
  Diagnostics diag;
  const Document doc = DocumentFromHtml("a.html", html, "a.html", diag);
  EXPECT_EQ(doc.id, "a.html");
  EXPECT_EQ(doc.title, "Russia sees prospects of settlement between Azerbaijan, Armenia");
  EXPECT_EQ(doc.date, "2023-05-26");
  EXPECT_EQ(doc.url, "https://www.trtworld.com/world/russia-sees-prospects-68534");
  EXPECT_EQ(
      doc.text,
      "Russian President Vladimir Putin has said that \"strictly technical\" issues remain in "
      "resolving one of the main disputes between Armenia and Azerbaijan.\n"
      "\n"
      "Putin, Pashinyan and Aliyev in Moscow.\n"
      "\n"
      "Putin on Thursday met in Moscow with Azerbaijani President Ilham Aliyev and Armenian "
      "Prime Minister Nikol Pashinyan.\n"
      "That\u2019s the only connection.\n"
      "\n"
      "First point\n"
      "Second point");
  EXPECT_TRUE(diag.items().empty());
}

TEST(DocumentFromHtmlTest, FallbacksAndRepairs) {
  struct Case {
    std::string name, html;
    std::string text, title, date, url;
  } cases[] = {
      {"main when there is no article",
       "<title> Page  title </title><body><nav>menu</nav><main><h1>Head</h1><p>Body "
       "text.</p></main><p>outside</p>",
       "Head\n\nBody text.", "Head", "", ""},
      {"body when there is no main", "<title>T</title><p>One</p><div>Two<br>Three</div>",
       "One\n\nTwo\nThree", "T", "", ""},
      {"JSON-LD date",
       "<script type='application/ld+json'>[{\"@graph\": [{\"datePublished\": "
       "\"2023-05-27T10:00:00Z\"}]}]</script><p>x</p>",
       "x", "", "2023-05-27", ""},
      {"time element inside the story",
       "<time datetime='2020-01-01'>old</time><article><time datetime='2023-05-28'>May 28</time>"
       "<p>Text</p></article>",
       "May 28\n\nText", "", "2023-05-28", ""},
      {"og:url", "<meta property='og:url' content='https://x.example/a'><p>x</p>", "x", "", "",
       "https://x.example/a"},
      {"date from the text", "<p>Title</p><p>May 26, 2023</p><p>Body.</p>",
       "Title\n\nMay 26, 2023\n\nBody.", "", "2023-05-26", ""},
      {"pre keeps its lines", "<pre>a  b\nc</pre>", "a  b\nc", "", "", ""},
      {"invalid UTF-8 and BOM", "\xEF\xBB\xBF<p>Z\xFCrich</p>", "Z\xEF\xBF\xBDrich", "", "", ""},
  };
  for (const auto& c : cases) {
    Diagnostics diag;
    const Document doc = DocumentFromHtml("x", c.html, "x", diag);
    EXPECT_EQ(doc.text, c.text) << c.name;
    EXPECT_EQ(doc.title, c.title) << c.name;
    EXPECT_EQ(doc.date, c.date) << c.name;
    EXPECT_EQ(doc.url, c.url) << c.name;
  }
}

TEST(ReadInputsHtmlTest, FileByExtension) {
  Diagnostics diag;
  std::vector<Document> docs;
  ReadInputs(
      {kFixture}, [&](Document&& d) { docs.push_back(std::move(d)); }, diag);
  ASSERT_EQ(docs.size(), 1u);
  EXPECT_EQ(docs[0].id, kFixture);
  EXPECT_EQ(docs[0].source, kFixture);
  EXPECT_EQ(docs[0].date, "2023-05-26");
  EXPECT_EQ(diag.documents_read, 1u);
  EXPECT_TRUE(diag.items().empty());
}

// A saved page named .txt is read as HTML when it opens as one; text that merely holds a tag is
// not.
TEST(ReadInputsHtmlTest, PageNamedTxtIsSniffed) {
  const std::string dir = ::testing::TempDir();
  const std::string page = dir + "/ng_sniffed_page.txt";
  const std::string text = dir + "/ng_sniffed_text.txt";
  std::ofstream(page, std::ios::binary) << "\xEF\xBB\xBF\n  " << ReadFixture();
  std::ofstream(text, std::ios::binary) << "A <p> tag opens a paragraph.\n";
  Diagnostics diag;
  std::vector<Document> docs;
  ReadInputs(
      {page, text}, [&](Document&& d) { docs.push_back(std::move(d)); }, diag);
  ASSERT_EQ(docs.size(), 2u);
  EXPECT_EQ(docs[0].date, "2023-05-26");
  EXPECT_EQ(docs[0].text.find('<'), std::string::npos) << docs[0].text;
  EXPECT_EQ(docs[1].text, "A <p> tag opens a paragraph.\n");
  std::remove(page.c_str());
  std::remove(text.c_str());
}

}  // namespace
}  // namespace ng::ingest
