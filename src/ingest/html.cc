// HTML input through libgumbo (an HTML5-conforming parser, so real-world tag soup parses the way
// browsers parse it). Only the article body becomes text; page furniture is dropped.
#include <gumbo.h>

#include <algorithm>
#include <memory>
#include <nlohmann/json.hpp>

#include "core/utf8.h"
#include "ingest/reader.h"

namespace ng::ingest {
namespace {

struct OutputDeleter {
  void operator()(GumboOutput* o) const { gumbo_destroy_output(&kGumboDefaultOptions, o); }
};
using OutputPtr = std::unique_ptr<GumboOutput, OutputDeleter>;

bool IsSkipped(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_SCRIPT:
    case GUMBO_TAG_STYLE:
    case GUMBO_TAG_NAV:
    case GUMBO_TAG_HEADER:
    case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_FORM:
    case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_SVG:
    case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_SELECT:
    case GUMBO_TAG_HEAD:
    case GUMBO_TAG_TITLE:
      return true;
    default:
      return false;
  }
}

// Returns the number of line breaks a block element puts around its text (0 for inline ones).
int BreaksAround(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_P:
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
    case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_TABLE:
    case GUMBO_TAG_UL:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_DL:
      return 2;
    case GUMBO_TAG_ADDRESS:
    case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_MAIN:
    case GUMBO_TAG_SECTION:
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_DD:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_HR:
    case GUMBO_TAG_TR:
    case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_CAPTION:
    case GUMBO_TAG_FIELDSET:
    case GUMBO_TAG_BODY:
      return 1;
    default:
      return 0;
  }
}

const char* Attribute(const GumboNode* n, const char* name) {
  const GumboVector& attrs = n->v.element.attributes;
  for (unsigned i = 0; i < attrs.length; ++i) {
    const auto* a = static_cast<const GumboAttribute*>(attrs.data[i]);
    if (std::string_view(a->name) == name) return a->value;
  }
  return nullptr;
}

// Collects the visible text under a node: HTML whitespace collapsed to one space, block elements
// turned into line breaks, <pre> kept as written.
class TextBuilder {
 public:
  void Add(const GumboNode* n, bool pre = false) {
    switch (n->type) {
      case GUMBO_NODE_TEXT:
      case GUMBO_NODE_WHITESPACE:
      case GUMBO_NODE_CDATA:
        return AddText(n->v.text.text, pre);
      case GUMBO_NODE_ELEMENT:
      case GUMBO_NODE_TEMPLATE: {
        const GumboTag tag = n->v.element.tag;
        if (IsSkipped(tag)) return;
        if (tag == GUMBO_TAG_BR) {  // each <br> is a line break of its own
          out_ += '\n';
          space_ = false;
          return;
        }
        const int breaks = BreaksAround(tag);
        Break(breaks);
        const GumboVector& children = n->v.element.children;
        for (unsigned i = 0; i < children.length; ++i) {
          Add(static_cast<const GumboNode*>(children.data[i]), pre || tag == GUMBO_TAG_PRE);
        }
        Break(breaks);
        if (tag == GUMBO_TAG_TD || tag == GUMBO_TAG_TH) space_ = true;
        return;
      }
      default:
        return;
    }
  }

  // Returns the text with its lines trimmed and at most one empty line in a row.
  std::string Finish() const {
    std::string out;
    size_t blank = 0;
    size_t i = 0;
    while (i < out_.size()) {
      size_t end = out_.find('\n', i);
      if (end == std::string::npos) end = out_.size();
      std::string_view line(out_.data() + i, end - i);
      while (!line.empty() && line.front() == ' ') line.remove_prefix(1);
      while (!line.empty() && line.back() == ' ') line.remove_suffix(1);
      if (line.empty()) {
        ++blank;
      } else {
        if (!out.empty()) out += blank > 0 ? "\n\n" : "\n";
        out += line;
        blank = 0;
      }
      i = end + 1;
    }
    return out;
  }

 private:
  void AddText(std::string_view s, bool pre) {
    for (char c : s) {
      if (pre) {
        out_ += c;
      } else if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
        space_ = true;
      } else {
        if (space_ && !out_.empty() && out_.back() != '\n') out_ += ' ';
        space_ = false;
        out_ += c;
      }
    }
  }

  // Ends the current line (and leaves n - 1 empty lines) unless that is already done, so that
  // nested and adjacent blocks do not pile up empty lines.
  void Break(int n) {
    if (n == 0 || out_.empty()) return;
    int have = 0;
    for (auto it = out_.rbegin(); it != out_.rend() && *it == '\n' && have < n; ++it) ++have;
    out_.append(static_cast<size_t>(n - have), '\n');
    space_ = false;
  }

  std::string out_;
  bool space_ = false;
};

// Returns the text of an element's children on one line (for <title> and <h1>).
std::string TextOf(const GumboNode* n) {
  TextBuilder b;
  const GumboVector& children = n->v.element.children;
  for (unsigned i = 0; i < children.length; ++i) {
    b.Add(static_cast<const GumboNode*>(children.data[i]));
  }
  std::string s = b.Finish();
  std::replace(s.begin(), s.end(), '\n', ' ');
  return s;
}

// Returns the first string value of key "datePublished" in a JSON-LD value, depth first.
std::string FindDatePublished(const nlohmann::json& j) {
  if (j.is_object()) {
    const auto it = j.find("datePublished");
    if (it != j.end() && it->is_string()) return it->get<std::string>();
  }
  if (j.is_object() || j.is_array()) {
    for (const auto& v : j) {
      if (std::string d = FindDatePublished(v); !d.empty()) return d;
    }
  }
  return "";
}

// What the page says about itself, gathered in one walk over the whole tree.
struct PageFacts {
  std::vector<const GumboNode*> articles, mains;
  const GumboNode* body = nullptr;
  std::string og_title, h1, title, published, json_ld_date, og_url, canonical;
  std::vector<const GumboNode*> times;  // <time datetime> elements, in document order
};

void Gather(const GumboNode* n, PageFacts& f) {
  if (n->type != GUMBO_NODE_ELEMENT) return;
  const GumboTag tag = n->v.element.tag;
  auto set_once = [](std::string& field, const char* value) {
    if (field.empty() && value != nullptr) field = value;
  };
  switch (tag) {
    case GUMBO_TAG_ARTICLE:
      f.articles.push_back(n);
      break;
    case GUMBO_TAG_MAIN:
      f.mains.push_back(n);
      break;
    case GUMBO_TAG_BODY:
      f.body = n;
      break;
    case GUMBO_TAG_H1:
      if (f.h1.empty()) f.h1 = TextOf(n);
      break;
    case GUMBO_TAG_TITLE:
      if (f.title.empty()) f.title = TextOf(n);
      break;
    case GUMBO_TAG_TIME:
      if (Attribute(n, "datetime") != nullptr) f.times.push_back(n);
      break;
    case GUMBO_TAG_META: {
      const char* key = Attribute(n, "property");
      if (key == nullptr) key = Attribute(n, "name");
      if (key == nullptr) key = Attribute(n, "itemprop");
      const char* content = Attribute(n, "content");
      if (key == nullptr || content == nullptr) break;
      const std::string_view k = key;
      if (k == "og:title") set_once(f.og_title, content);
      if (k == "og:url") set_once(f.og_url, content);
      if (k == "article:published_time" || k == "datePublished") set_once(f.published, content);
      break;
    }
    case GUMBO_TAG_LINK: {
      const char* rel = Attribute(n, "rel");
      if (rel != nullptr && std::string_view(rel) == "canonical") {
        set_once(f.canonical, Attribute(n, "href"));
      }
      break;
    }
    case GUMBO_TAG_SCRIPT: {
      const char* type = Attribute(n, "type");
      if (type == nullptr || std::string_view(type) != "application/ld+json" ||
          !f.json_ld_date.empty() || n->v.element.children.length == 0) {
        break;
      }
      const auto* child = static_cast<const GumboNode*>(n->v.element.children.data[0]);
      if (child->type != GUMBO_NODE_TEXT && child->type != GUMBO_NODE_CDATA) break;
      const auto j = nlohmann::json::parse(child->v.text.text, nullptr, false);
      if (!j.is_discarded()) f.json_ld_date = FindDatePublished(j);
      break;
    }
    default:
      break;
  }
  const GumboVector& children = n->v.element.children;
  for (unsigned i = 0; i < children.length; ++i) {
    Gather(static_cast<const GumboNode*>(children.data[i]), f);
  }
}

bool Contains(const GumboNode* ancestor, const GumboNode* n) {
  for (; n != nullptr; n = n->parent) {
    if (n == ancestor) return true;
  }
  return false;
}

// Returns the text of the candidate with the most text: pages list teasers of other stories in
// <article> elements too, and the story itself is the longest.
std::string LongestText(const std::vector<const GumboNode*>& nodes, const GumboNode** chosen) {
  std::string best;
  for (const GumboNode* n : nodes) {
    TextBuilder b;
    b.Add(n);
    std::string text = b.Finish();
    if (text.size() > best.size()) {
      best = std::move(text);
      *chosen = n;
    }
  }
  return best;
}

std::string NormalizedDate(const std::string& value) {
  size_t i = value.find_first_not_of(" \t\r\n");
  return i == std::string::npos ? "" : ParseDate(std::string_view(value).substr(i));
}

}  // namespace

Document DocumentFromHtml(std::string id, std::string_view bytes, std::string source,
                          Diagnostics& diag) {
  Document doc;
  doc.id = std::move(id);
  doc.source = std::move(source);
  if (bytes.starts_with("\xEF\xBB\xBF")) bytes.remove_prefix(3);
  size_t replaced = 0;
  const std::string html = RepairUtf8(bytes, &replaced);
  if (replaced > 0) {
    diag.bytes_replaced += replaced;
    diag.Warn(doc.source, 0,
              "replaced " + std::to_string(replaced) + " invalid UTF-8 sequence" +
                  (replaced == 1 ? "" : "s") + " with U+FFFD");
  }
  const OutputPtr output(gumbo_parse_with_options(&kGumboDefaultOptions, html.data(), html.size()));
  PageFacts facts;
  Gather(output->root, facts);

  const GumboNode* root = nullptr;
  doc.text = LongestText(facts.articles, &root);
  if (doc.text.empty()) doc.text = LongestText(facts.mains, &root);
  if (doc.text.empty() && facts.body != nullptr) doc.text = LongestText({facts.body}, &root);

  doc.title = !facts.og_title.empty() ? facts.og_title : !facts.h1.empty() ? facts.h1 : facts.title;
  doc.url = !facts.canonical.empty() ? facts.canonical : facts.og_url;
  // A <time> inside the story beats one in a sidebar; JSON-LD and meta data name the story itself.
  std::string time_date;
  for (const GumboNode* t : facts.times) {
    if (root == nullptr || Contains(root, t)) {
      time_date = Attribute(t, "datetime");
      break;
    }
  }
  if (time_date.empty() && !facts.times.empty()) time_date = Attribute(facts.times[0], "datetime");
  for (const std::string* candidate : {&facts.published, &facts.json_ld_date, &time_date}) {
    doc.date = NormalizedDate(*candidate);
    if (!doc.date.empty()) break;
  }
  if (doc.date.empty()) doc.date = FindPublicationDate(doc.text);
  return doc;
}

}  // namespace ng::ingest
