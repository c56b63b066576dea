#include "export/jsonld.h"

#include <algorithm>
#include <array>
#include <cassert>
#include <charconv>
#include <cmath>
#include <functional>
#include <iterator>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <span>
#include <system_error>
#include <utility>

#include "core/bytes.h"
#include "core/error.h"
#include "core/files.h"
#include "export/json_fast.h"
#include "export/jsonld_skip.h"

namespace ng::exporter {
namespace {

// nlohmann::json reads documents back and dumps the context; the graph's nodes are written as
// text by NodeWriter, in the bytes nlohmann's dump would give them (tests/jsonld_test.cc).
using Json = nlohmann::json;

// Returns the length of the well-formed UTF-8 sequence at s[i] (a lead byte >= 0x80), or 0 if
// it is ill-formed (Unicode table 3-7: no overlong forms, no surrogates, nothing past U+10FFFF).
size_t Utf8SequenceAt(std::string_view s, size_t i) {
  auto at = [&](size_t k) { return i + k < s.size() ? static_cast<unsigned char>(s[i + k]) : 0; };
  auto tail = [](unsigned char c) { return c >= 0x80 && c <= 0xBF; };
  unsigned char c = at(0), c1 = at(1);
  if (c >= 0xC2 && c <= 0xDF) return tail(c1) ? 2 : 0;
  if (c >= 0xE0 && c <= 0xEF) {
    unsigned char lo = c == 0xE0 ? 0xA0 : 0x80, hi = c == 0xED ? 0x9F : 0xBF;
    return c1 >= lo && c1 <= hi && tail(at(2)) ? 3 : 0;
  }
  if (c >= 0xF0 && c <= 0xF4) {
    unsigned char lo = c == 0xF0 ? 0x90 : 0x80, hi = c == 0xF4 ? 0x8F : 0xBF;
    return c1 >= lo && c1 <= hi && tail(at(2)) && tail(at(3)) ? 4 : 0;
  }
  return 0;
}

constexpr uint64_t kFnvOffset = 14695981039346656037ull;

// Continues a 64-bit FNV-1a hash `h` over `bytes` (FNV-1a reads bytes one at a time, so hashing
// the pieces of a string in turn gives the hash of the whole).
uint64_t Fnv1a64Add(uint64_t h, std::string_view bytes) {
  for (unsigned char c : bytes) {
    h ^= c;
    h *= 1099511628211ull;
  }
  return h;
}

// Writes the 16 lower-case hex digits of the statement hash of `r` (see StatementIri).
void StatementHex(const Relation& r, std::array<char, 16>& hex) {
  std::string buf;
  uint64_t h = Fnv1a64Add(kFnvOffset, r.subject.Read(buf));
  h = Fnv1a64Add(h, "|");
  h = Fnv1a64Add(h, PredicateTerm(r.predicate));
  h = Fnv1a64Add(h, "|");
  h = Fnv1a64Add(h, r.object.Read(buf));
  for (int i = 15; i >= 0; --i, h >>= 4) hex[i] = "0123456789abcdef"[h & 15];
}

// Appends the bytes of `key` as PercentEncodeIri does.
void AppendPercentEncoded(std::string& out, std::string_view key) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  for (unsigned char c : key) {
    bool keep = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                c == '-' || c == '_' || c == '~' || c == '/';
    if (keep) {
      out += static_cast<char>(c);
    } else {
      out += '%';
      out += kHex[c >> 4];
      out += kHex[c & 15];
    }
  }
}

// Deeper input is rejected as the reader meets it; ToJsonLd never nests beyond 6 levels.
constexpr int kMaxDepth = 32;

Json Context() {
  return Json{
      {"@vocab", kSchemaOrg},
      {"schema", kSchemaOrg},
      {"ng", kVocab},
      {"rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#"},
      {"rdfs", "http://www.w3.org/2000/01/rdf-schema#"},
      {"xsd", "http://www.w3.org/2001/XMLSchema#"},
      {"prov", "http://www.w3.org/ns/prov#"},
      // Confidences are written as strings so the literal is a valid xsd:decimal (a JSON number
      // would become a double in RDF).
      {"ng:confidence", {{"@type", "xsd:decimal"}}},
      {"url", {{"@type", "xsd:anyURI"}}},
  };
}

bool AllDigits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// Returns the XSD datatype of an ISO date by its shape ("" if it is none of the three).
std::string_view DateType(std::string_view d) {
  if (d.size() == 4 && AllDigits(d)) return "xsd:gYear";
  if (d.size() == 7 && AllDigits(d.substr(0, 4)) && d[4] == '-' && AllDigits(d.substr(5)))
    return "xsd:gYearMonth";
  if (d.size() == 10 && AllDigits(d.substr(0, 4)) && d[4] == '-' && AllDigits(d.substr(5, 2)) &&
      d[7] == '-' && AllDigits(d.substr(8)))
    return "xsd:date";
  return {};
}

// Formats a confidence as the shortest decimal that reads back to the same double, in `buf`.
std::string_view Decimal(double v, std::array<char, 512>& buf) {
  if (!std::isfinite(v)) return "0";
  auto res = std::to_chars(buf.data(), buf.data() + buf.size(), v, std::chars_format::fixed);
  if (res.ec != std::errc()) return "0";
  return std::string_view(buf.data(), res.ptr - buf.data());
}

// A class name from Entity::subtype goes into @type, where it expands against schema.org; only
// plain identifiers are safe there.
bool IsClassName(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
  });
}

// Writes JSON text as nlohmann's dump(1) writes the same tree: one-space indent per level,
// "key": value, ",\n" between items, "[]" and "{}" when empty. nlohmann keeps object keys in a
// std::map, so callers give each object's keys in byte order. Writing the text directly saves
// building a tree of std::map nodes per graph node (session 8: 14% of a run went there).
class JsonWriter {
 public:
  // `depth` is the indent of the value's own first line (a node of "@graph" is at 2).
  JsonWriter(std::string& out, size_t depth) : out_(out), depth_(depth) {}

  void BeginObject() { Open('{'); }
  void EndObject() { Close('}'); }
  void BeginArray() { Open('['); }
  void EndArray() { Close(']'); }
  // `key` is one of this file's constant keys or a PredicateTerm: plain ASCII that needs no
  // escaping (jsonld_test checks the predicate terms), so it is copied as it is; a key is written
  // about 25 times per relation, and AppendJsonString's scan was most of the cost.
  void Key(std::string_view key) {
    assert(IsPlainKey(key));
    Separate();
    out_ += '"';
    out_ += key;
    out_ += "\": ";
    after_key_ = true;
  }
  void String(std::string_view s) {
    Separate();
    AppendJsonString(out_, s);
  }
  void Unsigned(uint64_t v) {
    Separate();
    char buf[24];
    auto res = std::to_chars(buf, buf + sizeof buf, v);
    out_.append(buf, res.ptr);
  }
  // The string prefix + PercentEncodeIri(key); `prefix` is one of our constant IRI bases, plain
  // ASCII that needs no escaping, and the encoded key never does.
  void Iri(std::string_view prefix, std::string_view key = {}) {
    Separate();
    out_ += '"';
    out_ += prefix;
    AppendPercentEncoded(out_, key);
    out_ += '"';
  }
  // {"@id": prefix + PercentEncodeIri(key)}.
  void Ref(std::string_view prefix, std::string_view key = {}) {
    BeginObject();
    Key("@id");
    Iri(prefix, key);
    EndObject();
  }
  // A date typed by its shape: {"@type": "xsd:date", "@value": d}, or the plain string.
  void Date(std::string_view d);

 private:
  // Writes what goes before an item: nothing after a key, else ",\n" (or "\n" for the first
  // item of its array or object) and the indent.
  void Separate() {
    if (after_key_) {
      after_key_ = false;
      return;
    }
    if (level_ == 0) return;
    // ",\n" or "\n" and the indent, in one append where the indent is of a node's depth.
    const size_t indent = depth_ + level_;
    const size_t skip = empty_[level_] ? 1 : 0;
    empty_[level_] = false;
    if (indent <= kIndents) {
      out_.append(kBreakAndSpaces.substr(skip, 2 - skip + indent));
    } else {
      out_.append(kBreakAndSpaces.substr(skip, 2 - skip));
      Indent(indent);
    }
  }
  // Appends `n` spaces (a copy of constant ones: append(n, ' ') fills them one call deeper).
  void Indent(size_t n) {
    const std::string_view spaces = kBreakAndSpaces.substr(2);
    for (; n > spaces.size(); n -= spaces.size()) out_ += spaces;
    out_.append(spaces.substr(0, n));
  }
  static constexpr std::string_view kBreakAndSpaces = ",\n                ";
  static constexpr size_t kIndents = kBreakAndSpaces.size() - 2;  // deeper than any node
  static bool IsPlainKey(std::string_view key) {
    return std::all_of(key.begin(), key.end(),
                       [](char c) { return c >= 0x20 && c < 0x7f && c != '"' && c != '\\'; });
  }
  void Open(char c) {
    Separate();
    out_ += c;
    ++level_;
    empty_[level_] = true;
  }
  void Close(char c) {
    if (!empty_[level_]) {
      if (const size_t indent = depth_ + level_ - 1; indent <= kIndents) {
        out_.append(kBreakAndSpaces.substr(1, 1 + indent));
      } else {
        out_ += '\n';
        Indent(indent);
      }
    }
    --level_;
    out_ += c;
  }

  std::string& out_;
  size_t depth_;
  size_t level_ = 0;
  bool after_key_ = false;
  std::array<bool, 8> empty_{};  // ToJsonLd nests 4 levels deep inside a node
};

void JsonWriter::Date(std::string_view d) {
  std::string_view type = DateType(d);
  if (type.empty()) return String(d);
  BeginObject();
  Key("@type");
  String(type);
  Key("@value");
  String(d);
  EndObject();
}

// Reads one document back; every accessor names the offending node and key in its error.
class Reader {
 public:
  explicit Reader(std::string file) : file_(std::move(file)) {}

  [[noreturn]] void Fail(const std::string& where, const std::string& what) const {
    throw Error(ErrorCode::kBadInput, where + ": " + what, file_);
  }

  const Json& Get(const Json& node, const std::string& where, const char* key) const {
    auto it = node.find(key);
    if (it == node.end()) Fail(where, std::string("missing \"") + key + "\"");
    return *it;
  }

  std::string String(const Json& v, const std::string& where, const char* key) const {
    if (!v.is_string()) Fail(where, std::string("\"") + key + "\" must be a string");
    return v.get<std::string>();
  }

  std::string StringKey(const Json& node, const std::string& where, const char* key) const {
    return String(Get(node, where, key), where, key);
  }

  // Returns the string at `key`, or "" when the key is absent.
  std::string OptionalString(const Json& node, const std::string& where, const char* key) const {
    auto it = node.find(key);
    return it == node.end() ? std::string() : String(*it, where, key);
  }

  // Accepts "2023-05" as well as {"@value": "2023-05", "@type": "xsd:gYearMonth"}.
  std::string DateOrString(const Json& v, const std::string& where, const char* key) const {
    if (v.is_object()) return StringKey(v, where + " " + key, "@value");
    return String(v, where, key);
  }

  uint32_t Count(const Json& v, const std::string& where, const char* key) const {
    if (!v.is_number_unsigned() || v.get<uint64_t>() > UINT32_MAX)
      Fail(where, std::string("\"") + key + "\" must be an integer in [0, 2^32)");
    return static_cast<uint32_t>(v.get<uint64_t>());
  }

  double Confidence(const Json& v, const std::string& where) const {
    std::string s = String(v, where, "ng:confidence");
    double d = 0;
    auto res = std::from_chars(s.data(), s.data() + s.size(), d, std::chars_format::fixed);
    if (s.empty() || res.ec != std::errc() || res.ptr != s.data() + s.size())
      Fail(where, "\"ng:confidence\" must be a decimal, not \"" + s + "\"");
    return d;
  }

  const Json& Array(const Json& v, const std::string& where, const char* key) const {
    if (!v.is_array()) Fail(where, std::string("\"") + key + "\" must be an array");
    return v;
  }

  std::vector<std::string> Strings(const Json& node, const std::string& where,
                                   const char* key) const {
    std::vector<std::string> out;
    auto it = node.find(key);
    if (it == node.end()) return out;
    for (const auto& v : Array(*it, where, key)) out.push_back(String(v, where, key));
    return out;
  }

  // Returns the key encoded in {"@id": prefix + PercentEncodeIri(key)}.
  std::string RefKey(const Json& v, const std::string& where, const char* key,
                     std::string_view prefix) const {
    if (!v.is_object()) Fail(where, std::string("\"") + key + "\" must be an {\"@id\": ...}");
    std::string iri = StringKey(v, where + " " + key, "@id");
    if (iri.compare(0, prefix.size(), prefix) != 0)
      Fail(where, std::string("\"") + key + "\" IRI " + iri + " does not start with " +
                      std::string(prefix));
    std::string out;
    for (size_t i = prefix.size(); i < iri.size(); ++i) {
      if (iri[i] != '%') {
        out += iri[i];
        continue;
      }
      int value = 0;
      auto res = i + 2 < iri.size()
                     ? std::from_chars(iri.data() + i + 1, iri.data() + i + 3, value, 16)
                     : std::from_chars_result{nullptr, std::errc::invalid_argument};
      if (res.ec != std::errc() || res.ptr != iri.data() + i + 3)
        Fail(where, std::string("\"") + key + "\" IRI " + iri + " has a bad percent escape");
      out += static_cast<char>(value);
      i += 2;
    }
    return out;
  }

  Article ReadArticle(const Json& node, const std::string& where) const {
    Article a;
    a.id = StringKey(node, where, "ng:key");
    a.headline = StringKey(node, where, "headline");
    if (auto it = node.find("datePublished"); it != node.end())
      a.date = DateOrString(*it, where, "datePublished");
    a.url = OptionalString(node, where, "url");
    if (auto it = node.find("mentions"); it != node.end())
      for (const auto& m : Array(*it, where, "mentions"))
        a.mentions.push_back(RefKey(m, where, "mentions", kIdBase));
    return a;
  }

  Entity ReadEntity(const Json& node, const std::vector<std::string>& types,
                    const std::string& where) const {
    Entity e;
    std::optional<EntityType> type = ParseEntityType(types.front());
    if (!type || *type == EntityType::kDate)
      Fail(where, "unknown node type \"" + types.front() + "\"");
    e.type = *type;
    for (size_t i = 1; i < types.size(); ++i) {
      std::string_view t = types[i];
      if (t == "ng:Leader") {
        e.leader = true;
      } else if (t.starts_with("ng:")) {
        std::optional<EventKind> kind = ParseEventKind(t.substr(3));
        if (!kind) Fail(where, "unknown type \"" + types[i] + "\"");
        e.event_kind = *kind;
      } else {
        e.subtype = types[i];
      }
    }
    e.id = StringKey(node, where, "ng:key");
    e.name = StringKey(node, where, "name");
    e.mentions = Count(Get(node, where, "ng:mentionCount"), where, "ng:mentionCount");
    e.alt_names = Strings(node, where, "alternateName");
    e.identifiers = Strings(node, where, "identifier");
    if (auto it = node.find("sameAs"); it != node.end())
      e.wikidata = RefKey(*it, where, "sameAs", kWikidataEntity);
    if (auto it = node.find("startDate"); it != node.end())
      e.date = DateOrString(*it, where, "startDate");
    e.trigger = OptionalString(node, where, "ng:trigger");
    return e;
  }

  Relation ReadStatement(const Json& node, const std::string& where) const {
    Relation r;
    r.subject = RefKey(Get(node, where, "rdf:subject"), where, "rdf:subject", kIdBase);
    const Json& pred = Get(node, where, "rdf:predicate");
    std::string pred_iri =
        pred.is_object() ? StringKey(pred, where + " rdf:predicate", "@id") : std::string();
    bool known = false;
    for (int i = 0; i < kPredicateCount && !known; ++i) {
      if (PredicateIri(static_cast<Predicate>(i)) == pred_iri) {
        r.predicate = static_cast<Predicate>(i);
        known = true;
      }
    }
    if (!known) Fail(where, "\"rdf:predicate\" is not a known property: " + pred.dump());
    const Json& object = Get(node, where, "rdf:object");
    if (IsLiteral(r.predicate))
      r.object = DateOrString(object, where, "rdf:object");
    else
      r.object = RefKey(object, where, "rdf:object", kIdBase);
    r.weight = Count(Get(node, where, "ng:weight"), where, "ng:weight");
    if (auto it = node.find("ng:evidence"); it != node.end()) {
      for (const auto& ev : Array(*it, where, "ng:evidence")) {
        std::string at = where + " ng:evidence[" + std::to_string(r.evidence.size()) + "]";
        if (!ev.is_object()) Fail(at, "must be an object");
        r.evidence.push_back(Evidence{.doc = RefKey(Get(ev, at, "ng:document"), at, "ng:document",
                                                    std::string(kIdBase) + "article/"),
                                      .begin = Count(Get(ev, at, "ng:begin"), at, "ng:begin"),
                                      .end = Count(Get(ev, at, "ng:end"), at, "ng:end"),
                                      .text = StringKey(ev, at, "ng:sentence"),
                                      .rule = StringKey(ev, at, "ng:rule"),
                                      .confidence = Confidence(Get(ev, at, "ng:confidence"), at)});
      }
    }
    return r;
  }

 private:
  const std::string file_;  // named in every message
};

}  // namespace

uint64_t Fnv1a64(std::string_view bytes) { return Fnv1a64Add(kFnvOffset, bytes); }

std::string PercentEncodeIri(std::string_view key) {
  std::string out;
  out.reserve(key.size());
  AppendPercentEncoded(out, key);
  return out;
}

std::string_view ShortEscape(char c) {
  switch (c) {
    case '"':
      return "\\\"";
    case '\\':
      return "\\\\";
    case '\b':
      return "\\b";
    case '\t':
      return "\\t";
    case '\n':
      return "\\n";
    case '\f':
      return "\\f";
    case '\r':
      return "\\r";
    default:
      return {};
  }
}

// True if each of the eight bytes of `v` is one AppendJsonString copies as it is, unchecked:
// from 0x20 to 0x7F, and neither '"' nor '\\'. (The tests for a byte below n of "Bit Twiddling
// Hacks": they can err only towards false, which sends the bytes through the byte loop.)
constexpr bool AllPlain(uint64_t v) {
  constexpr uint64_t kOnes = 0x0101010101010101ull;
  return !AnyHighByte(v) && !AnyByteBelow(v, 0x20) && !AnyByteBelow(v ^ (kOnes * '"'), 1) &&
         !AnyByteBelow(v ^ (kOnes * '\\'), 1);
}

void AppendJsonString(std::string& out, std::string_view s) {
  const size_t start = out.size();
  out += '"';
  size_t copied = 0;  // s[0, copied) is in `out`
  for (size_t i = 0; i < s.size();) {
    // Eight bytes at a time where they are plain: most of a sentence is.
    if (i + 8 <= s.size()) {
      if (AllPlain(LoadEightBytes(s.data() + i))) {
        i += 8;
        continue;
      }
    }
    auto c = static_cast<unsigned char>(s[i]);
    if (c >= 0x20 && c < 0x80 && c != '"' && c != '\\') {
      ++i;
      continue;
    }
    if (c >= 0x80) {
      size_t n = Utf8SequenceAt(s, i);
      if (n == 0) {
        // Ill-formed UTF-8: nlohmann's replacement rules decide how many bytes one U+FFFD
        // stands for, so it writes the whole string (rare: ingest already replaced bad input).
        out.resize(start);
        out += Json(std::string(s)).dump(-1, ' ', false, Json::error_handler_t::replace);
        return;
      }
      i += n;
      continue;
    }
    out.append(s, copied, i - copied);
    if (const std::string_view e = ShortEscape(static_cast<char>(c)); !e.empty()) {
      out += e;
    } else {
      static constexpr char kHex[] = "0123456789abcdef";
      out += "\\u00";
      out += kHex[c >> 4];
      out += kHex[c & 15];
    }
    copied = ++i;
  }
  out.append(s, copied, std::string_view::npos);
  out += '"';
}

std::string EntityIri(std::string_view entity_id) {
  return std::string(kIdBase) + PercentEncodeIri(entity_id);
}

std::string ArticleIri(std::string_view doc_id) {
  return std::string(kIdBase) + "article/" + PercentEncodeIri(doc_id);
}

std::string StatementIri(const Relation& r) {
  std::array<char, 16> hex;
  StatementHex(r, hex);
  return std::string(kIdBase) + "statement/" + std::string(hex.data(), hex.size());
}

std::string PredicateIri(Predicate p) {
  std::string_view term = PredicateTerm(p);
  if (term.starts_with("ng:")) return std::string(kVocab) + std::string(term.substr(3));
  return std::string(kSchemaOrg) + std::string(term);
}

std::string JsonLdContext() { return Context().dump(); }

namespace {

constexpr std::string_view kArticleBase = "https://w3id.org/newsgraph/id/article/";
constexpr std::string_view kStatementBase = "https://w3id.org/newsgraph/id/statement/";

// Appends `json` (as dumped with a 1-space indent) to `out`, every line after the first
// indented by `depth` more spaces: what dumping it nested `depth` levels deep writes. A dumped
// string never holds a raw newline, so every '\n' is a line break.
void AppendIndented(std::string& out, const std::string& json, size_t depth) {
  size_t start = 0;
  for (size_t nl = json.find('\n'); nl != std::string::npos; nl = json.find('\n', start)) {
    out.append(json, start, nl + 1 - start);
    out.append(depth, ' ');
    start = nl + 1;
  }
  out.append(json, start, std::string::npos);
}

std::string Dump(const Json& j) { return j.dump(1, ' ', false, Json::error_handler_t::replace); }

// Writes the nodes of "@graph", each as nlohmann would dump the object of the format (see the
// header) two levels deep; keys in byte order. Scratch buffers live as long as the writer.
class NodeWriter {
 public:
  explicit NodeWriter(std::string& out) : out_(out) {
    for (int i = 0; i < kPredicateCount; ++i)
      predicate_iris_[i] = PredicateIri(static_cast<Predicate>(i));
  }

  void Article(const ng::Article& a) {
    JsonWriter w(out_, 2);
    w.BeginObject();
    w.Key("@id");
    w.Iri(kArticleBase, a.id);
    w.Key("@type");
    w.BeginArray();
    w.String("NewsArticle");
    w.EndArray();
    if (!a.date.empty()) {
      w.Key("datePublished");
      w.Date(a.date);
    }
    w.Key("headline");
    w.String(a.headline.Read(text_));
    if (!a.mentions.empty()) {
      w.Key("mentions");
      w.BeginArray();
      for (const auto& m : a.mentions) w.Ref(kIdBase, m);
      w.EndArray();
    }
    w.Key("ng:key");
    w.String(a.id);
    if (!a.url.empty()) {
      w.Key("url");
      w.String(a.url);
    }
    w.EndObject();
  }

  // Writes `e` with the plain triples of `relations` (those whose subject it is).
  void Entity(const ng::Entity& e, std::span<const Relation> relations) {
    for (auto& objects : objects_) objects.clear();
    for (const Relation& r : relations) {
      if (r.predicate == Predicate::kStartDate) continue;  // see the header: Entity::date
      auto& objects = objects_[static_cast<size_t>(r.predicate)];
      std::string_view object = r.object;
      if (std::find(objects.begin(), objects.end(), object) == objects.end())
        objects.push_back(object);
    }
    // Fields by key; a predicate's field is kFixedFields + its index.
    fields_.clear();
    auto add = [&](bool present, std::string_view key, int field) {
      if (present) fields_.push_back({key, field});
    };
    add(true, "@id", 0);
    add(true, "@type", 1);
    add(!e.alt_names.empty(), "alternateName", 2);
    add(!e.identifiers.empty(), "identifier", 3);
    add(true, "name", 4);
    add(true, "ng:key", 5);
    add(true, "ng:mentionCount", 6);
    add(!e.trigger.empty(), "ng:trigger", 7);
    add(!e.wikidata.empty(), "sameAs", 8);
    add(!e.date.empty(), "startDate", 9);
    for (int i = 0; i < kPredicateCount; ++i)
      add(!objects_[i].empty(), PredicateTerm(static_cast<Predicate>(i)), kFixedFields + i);
    std::sort(fields_.begin(), fields_.end());

    JsonWriter w(out_, 2);
    w.BeginObject();
    for (const auto& [key, field] : fields_) {
      w.Key(key);
      switch (field) {
        case 0:
          w.Iri(kIdBase, e.id);
          break;
        case 1:
          w.BeginArray();
          w.String(EntityTypeName(e.type));
          if (IsClassName(e.subtype)) w.String(e.subtype);
          if (e.leader) w.String("ng:Leader");
          if (e.event_kind != EventKind::kNone) {
            type_.assign("ng:");
            type_ += EventKindName(e.event_kind);
            w.String(type_);
          }
          w.EndArray();
          break;
        case 2:
          Strings(w, e.alt_names);
          break;
        case 3:
          Strings(w, e.identifiers);
          break;
        case 4:
          w.String(e.name);
          break;
        case 5:
          w.String(e.id);
          break;
        case 6:
          w.Unsigned(e.mentions);
          break;
        case 7:
          w.String(e.trigger);
          break;
        case 8:
          w.Ref(kWikidataEntity, e.wikidata);
          break;
        case 9:
          w.Date(e.date);
          break;
        default: {
          auto p = static_cast<Predicate>(field - kFixedFields);
          w.BeginArray();
          for (std::string_view object : objects_[field - kFixedFields]) {
            if (IsLiteral(p))
              w.String(object);
            else
              w.Ref(kIdBase, object);
          }
          w.EndArray();
        }
      }
    }
    w.EndObject();
  }

  void Statement(const Relation& r) {
    JsonWriter w(out_, 2);
    w.BeginObject();
    w.Key("@id");
    std::array<char, 16> hex;
    StatementHex(r, hex);
    w.Iri(kStatementBase, std::string_view(hex.data(), hex.size()));
    w.Key("@type");
    w.BeginArray();
    w.String("rdf:Statement");
    w.EndArray();
    if (!r.evidence.empty()) {
      docs_.clear();
      rules_.clear();
      double best = r.evidence.front().confidence;
      for (const auto& ev : r.evidence) {
        docs_.push_back(ev.doc);
        rules_.push_back(ev.rule);
        best = std::max(best, ev.confidence);
      }
      SortUnique(docs_);
      SortUnique(rules_);
      w.Key("ng:confidence");
      w.String(Decimal(best, decimal_));
      w.Key("ng:evidence");
      w.BeginArray();
      for (const auto& ev : r.evidence) {
        w.BeginObject();
        w.Key("@type");
        w.String("ng:Evidence");
        w.Key("ng:begin");
        w.Unsigned(ev.begin);
        w.Key("ng:confidence");
        w.String(Decimal(ev.confidence, decimal_));
        w.Key("ng:document");
        w.Ref(kArticleBase, ev.doc);
        w.Key("ng:end");
        w.Unsigned(ev.end);
        w.Key("ng:rule");
        w.String(ev.rule);
        w.Key("ng:sentence");
        w.String(ev.text.Read(text_));
        w.EndObject();
      }
      w.EndArray();
      w.Key("ng:rule");
      w.BeginArray();
      for (std::string_view rule : rules_) w.String(rule);
      w.EndArray();
    }
    w.Key("ng:weight");
    w.Unsigned(r.weight);
    if (!r.evidence.empty()) {
      w.Key("prov:wasDerivedFrom");
      w.BeginArray();
      for (std::string_view doc : docs_) w.Ref(kArticleBase, doc);
      w.EndArray();
    }
    w.Key("rdf:object");
    if (r.predicate == Predicate::kStartDate)
      w.Date(r.object);
    else if (IsLiteral(r.predicate))
      w.String(r.object);
    else
      w.Ref(kIdBase, r.object);
    w.Key("rdf:predicate");
    w.Ref(predicate_iris_[static_cast<size_t>(r.predicate)]);
    w.Key("rdf:subject");
    w.Ref(kIdBase, r.subject);
    w.EndObject();
  }

 private:
  static constexpr int kFixedFields = 10;

  static void Strings(JsonWriter& w, const std::vector<std::string>& strings) {
    w.BeginArray();
    for (const auto& s : strings) w.String(s);
    w.EndArray();
  }
  static void SortUnique(std::vector<std::string_view>& v) {
    std::sort(v.begin(), v.end());
    v.erase(std::unique(v.begin(), v.end()), v.end());
  }

  std::string& out_;
  std::array<std::string, kPredicateCount> predicate_iris_;
  std::array<std::vector<std::string_view>, kPredicateCount> objects_;
  std::vector<std::pair<std::string_view, int>> fields_;
  std::vector<std::string_view> docs_, rules_;
  std::string text_;  // a spilled headline or sentence, read back (core/text_spill.h)
  std::string type_;
  std::array<char, 512> decimal_;
};

}  // namespace

void WriteJsonLd(const GraphData& g, const std::function<void(std::string_view)>& sink) {
  // The bytes of {"@context": ..., "@graph": [...]} dumped whole, written one node at a time so
  // that no document-sized JSON tree is ever built.
  std::string buf = "{\n \"@context\": ";
  AppendIndented(buf, Dump(Context()), 1);
  buf += ",\n \"@graph\": [";
  NodeWriter nodes(buf);
  bool first = true;
  auto next = [&] {
    if (buf.size() >= (1u << 16)) {
      sink(buf);
      buf.clear();
    }
    buf += first ? "\n  " : ",\n  ";
    first = false;
  };
  for (const auto& a : g.articles) {
    next();
    nodes.Article(a);
  }
  // Relations are sorted by subject, so each entity's plain triples are one contiguous run.
  auto rel = g.relations.begin();
  for (const auto& e : g.entities) {
    while (rel != g.relations.end() && rel->subject < e.id) ++rel;
    auto run = rel;
    while (rel != g.relations.end() && rel->subject == e.id) ++rel;
    next();
    nodes.Entity(e, std::span<const Relation>(run, rel));
  }
  for (const auto& r : g.relations) {
    next();
    nodes.Statement(r);
  }
  buf += first ? "]\n}\n" : "\n ]\n}\n";
  sink(buf);
}

void WriteJsonLdFile(const GraphData& g, const std::filesystem::path& path) {
  AtomicFile file(path);
  WriteJsonLd(g, [&](std::string_view chunk) { file.Append(chunk); });
  file.Commit();
}

std::string ToJsonLd(const GraphData& g) {
  std::string out;
  WriteJsonLd(g, [&](std::string_view chunk) { out += chunk; });
  return out;
}

namespace {

// Reads a graph document as a SAX parser reports it (FastSaxParse, or nlohmann's where that
// stops: the same events), one @graph node at a time:
// each node is built as a small JSON tree, turned into an article, entity or relation, and
// dropped. Memory holds the graph, never the document's tree (four to five times the file) nor,
// for a file, its text. The checks and messages are those of the whole document's tree: the
// top level must be an object with an object "@context" and an array "@graph" of objects.
class GraphSax {
 public:
  // With a `sink`, hands the graph to it in parts of `part_nodes` @graph nodes as they are read,
  // instead of returning it from Finish; the first `skip` nodes are read but neither converted
  // nor handed over (a second parser reading the file again after the first stopped).
  explicit GraphSax(const Reader& in, const PartSink* sink = nullptr, size_t part_nodes = 0,
                    size_t skip = 0)
      : in_(in), sink_(sink), part_nodes_(part_nodes), skip_(skip) {}

  bool null() { return Value(Json(nullptr)); }
  bool boolean(bool v) { return Value(Json(v)); }
  bool number_integer(Json::number_integer_t v) { return Value(Json(v)); }
  bool number_unsigned(Json::number_unsigned_t v) { return Value(Json(v)); }
  bool number_float(Json::number_float_t v, const std::string&) { return Value(Json(v)); }
  bool string(std::string& v) { return Value(Json(std::move(v))); }
  bool binary(Json::binary_t&) { return Value(Json()); }  // JSON text has none

  bool start_object(std::size_t) { return Open(Json::object()); }
  bool start_array(std::size_t) { return Open(Json::array()); }
  bool end_object() { return Close(); }
  bool end_array() { return Close(); }
  bool key(std::string& k) {
    if (depth_ == 1) top_key_ = k;
    key_ = std::move(k);
    return true;
  }

  bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception& e) {
    in_.Fail("not JSON", e.what());
  }

  // After the parse: the document's own checks, in the order the tree reader made them.
  GraphData Finish() {
    if (!top_is_object_) in_.Fail("document", "must be a JSON object");
    if (!context_) in_.Fail("document", "missing \"@context\"");
    if (!context_->is_object()) in_.Fail("document", "\"@context\" must be an object");
    if (!graph_seen_) in_.Fail("document", "missing \"@graph\"");
    if (!graph_is_array_) in_.Fail("document", "\"@graph\" must be an array");
    if (sink_) {
      HandOver();
      return {};
    }
    Canonicalize(g_);
    return std::move(g_);
  }

  // How many @graph nodes have been handed to the sink.
  size_t handed() const { return handed_; }

 private:
  // Where a value opening at the current depth goes: the top object itself, a @graph node, the
  // value of another top-level key (kept: "@context"; read and dropped: anything else), or a
  // part of a tree being built.
  bool Open(Json container) {
    if (++depth_ > kMaxDepth)
      in_.Fail("not a newsgraph JSON-LD file", "nested deeper than the format allows");
    if (depth_ == 1) {
      top_is_object_ = container.is_object();
      return true;
    }
    if (!top_is_object_) return true;  // only its nesting matters: the document is refused
    if (depth_ == 2 && top_key_ == "@graph") {
      graph_seen_ = true;
      graph_is_array_ = container.is_array();
      in_graph_ = graph_is_array_;
      if (in_graph_) return true;
    }
    if (depth_ == 3 && in_graph_ && !container.is_object()) NotAnObject();
    Build(std::move(container), true);
    return true;
  }

  bool Close() {
    const int depth = depth_--;
    if (depth == 1) return true;
    if (!top_is_object_) return true;
    if (depth == 2 && in_graph_) {  // the end of @graph
      in_graph_ = false;
      return true;
    }
    stack_.pop_back();
    if (stack_.empty()) Done();
    return true;
  }

  bool Value(Json v) {
    if (depth_ == 0 || !top_is_object_) return true;  // a scalar document: refused in Finish
    if (depth_ == 1 && top_key_ == "@graph") {
      graph_seen_ = true;
      graph_is_array_ = false;
    }
    if (depth_ == 2 && in_graph_) NotAnObject();
    Build(std::move(v), false);
    if (stack_.empty()) Done();
    return true;
  }

  // Adds `v` to the tree being built (or starts one); a container stays open for its parts.
  void Build(Json v, bool open) {
    Json* at = nullptr;
    if (stack_.empty()) {
      tree_ = std::move(v);
      at = &tree_;
    } else if (Json& parent = *stack_.back(); parent.is_array()) {
      parent.push_back(std::move(v));
      at = &parent.back();
    } else {
      at = &(parent[key_] = std::move(v));
    }
    if (open) stack_.push_back(at);
  }

  // A whole value of the top object, or a whole @graph node, has been built.
  void Done() {
    if (in_graph_ && index_ < skip_) {
      ++index_;
    } else if (in_graph_) {
      const std::string where = "@graph[" + std::to_string(index_++) + "]";
      std::vector<std::string> types = in_.Strings(tree_, where, "@type");
      if (types.empty()) in_.Fail(where, "\"@type\" must be a non-empty array");
      if (types.front() == "NewsArticle")
        g_.articles.push_back(in_.ReadArticle(tree_, where));
      else if (types.front() == "rdf:Statement")
        g_.relations.push_back(in_.ReadStatement(tree_, where));
      else
        g_.entities.push_back(in_.ReadEntity(tree_, types, where));
      if (sink_ && index_ - skip_ - handed_ == part_nodes_) HandOver();
    } else if (top_key_ == "@context") {
      context_ = std::move(tree_);
    }
    tree_ = Json();
  }

  // Hands the nodes read since the last part to the sink.
  void HandOver() {
    handed_ = index_ - skip_;
    if (g_.articles.empty() && g_.entities.empty() && g_.relations.empty()) return;
    (*sink_)(std::exchange(g_, {}));
  }

  [[noreturn]] void NotAnObject() const {
    in_.Fail("@graph[" + std::to_string(index_) + "]", "must be an object");
  }

  const Reader& in_;
  int depth_ = 0;  // containers open
  bool top_is_object_ = false;
  std::string top_key_;  // the top object's key being read
  std::string key_;      // the last key read at any depth
  bool graph_seen_ = false, graph_is_array_ = false, in_graph_ = false;
  size_t index_ = 0;  // the @graph node being read
  std::optional<Json> context_;
  Json tree_;                 // the value being built
  std::vector<Json*> stack_;  // its open containers
  GraphData g_;
  const PartSink* sink_ = nullptr;
  size_t part_nodes_ = 0, skip_ = 0;
  size_t handed_ = 0;  // nodes after the skipped ones handed to the sink
};

// The text of a document in memory, as one chunk (FastSaxParse's source).
class OneChunk {
 public:
  explicit OneChunk(std::string_view text) : text_(text) {}
  std::string_view Next() { return std::exchange(text_, std::string_view()); }

 private:
  std::string_view text_;
};

// Reads the graph from the chunks `make_source()` gives, with FastSaxParse; where it stops (text
// outside its subset, or malformed), reads them again with nlohmann's parser, which gives the
// graph or the message. With a `sink`, the graph goes to it in parts (GraphSax), and the second
// reading passes over the nodes the first handed over: both send the same events up to where
// the first stopped.
template <typename MakeSource>
GraphData Parse(const Reader& in, const MakeSource& make_source, const PartSink* sink = nullptr,
                size_t part_nodes = 0) {
  size_t handed = 0;
  {
    auto source = make_source();
    GraphSax sax(in, sink, part_nodes);
    if (FastSaxParse(*source, sax)) return sax.Finish();
    handed = sax.handed();
  }
  auto source = make_source();
  ChunkChars chars(*source);
  GraphSax sax(in, sink, part_nodes, handed);
  Json::sax_parse(chars.begin(), chars.end(), &sax);
  return sax.Finish();
}

}  // namespace

GraphData FromJsonLd(std::string_view json, const std::string& file) {
  const Reader in(file);
  return Parse(in, [&] { return std::make_unique<OneChunk>(json); });
}

GraphData ReadJsonLdFile(const std::filesystem::path& path) {
  const Reader in(path.string());
  return Parse(in, [&] { return std::make_unique<FileBlocks>(path); });
}

void ReadJsonLdFileInParts(const std::filesystem::path& path, size_t part_nodes,
                           const PartSink& sink) {
  if (part_nodes == 0) throw std::invalid_argument("ReadJsonLdFileInParts: part_nodes is 0");
  const Reader in(path.string());
  Parse(
      in, [&] { return std::make_unique<FileBlocks>(path); }, &sink, part_nodes);
}

GraphData ReadJsonLdFile(const std::filesystem::path& path, const NodeFilter& keep, bool evidence) {
  std::vector<std::string_view> drop;
  if (!evidence) drop = {"ng:confidence", "ng:evidence", "ng:rule", "prov:wasDerivedFrom"};
  try {
    const Reader in(path.string());
    return Parse(in, [&] { return std::make_unique<SkippingSource>(path, keep, drop); });
  } catch (const Error&) {
    // The file is malformed. The parser saw only the nodes kept, so its message may name the
    // wrong node or column: reading the whole file reports its first fault as ReadJsonLdFile
    // without a filter does.
    ReadJsonLdFile(path);
    throw;  // not reached unless the file changed meanwhile
  }
}

}  // namespace ng::exporter
