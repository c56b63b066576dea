#include "export/jsonld.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <functional>
#include <nlohmann/json.hpp>
#include <set>
#include <system_error>
#include <utility>

#include "core/error.h"
#include "core/files.h"

namespace ng::exporter {
namespace {

// nlohmann::json keeps object keys sorted, so no insertion or hash order reaches the output.
using Json = nlohmann::json;

// Deeper input is rejected before nlohmann builds it; ToJsonLd never nests beyond 6 levels.
constexpr int kMaxDepth = 32;

// Returns true if brackets outside strings nest deeper than `limit`. A pre-scan is ten times
// cheaper than nlohmann's parser callback, which would otherwise guard the recursion.
bool NestingExceeds(std::string_view json, int limit) {
  int depth = 0;
  bool in_string = false;
  for (size_t i = 0; i < json.size(); ++i) {
    char c = json[i];
    if (in_string) {
      if (c == '\\')
        ++i;
      else if (c == '"')
        in_string = false;
    } else if (c == '"') {
      in_string = true;
    } else if (c == '[' || c == '{') {
      if (++depth > limit) return true;
    } else if (c == ']' || c == '}') {
      --depth;
    }
  }
  return false;
}

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

Json DateValue(std::string_view d) {
  std::string_view type = DateType(d);
  if (type.empty()) return d;
  return Json{{"@value", d}, {"@type", type}};
}

Json Ref(std::string iri) { return Json{{"@id", std::move(iri)}}; }

// Formats a confidence as the shortest decimal that reads back to the same double.
std::string Decimal(double v) {
  if (!std::isfinite(v)) return "0";
  char buf[512];
  auto res = std::to_chars(buf, buf + sizeof buf, v, std::chars_format::fixed);
  if (res.ec != std::errc()) return "0";
  return std::string(buf, res.ptr);
}

// A class name from Entity::subtype goes into @type, where it expands against schema.org; only
// plain identifiers are safe there.
bool IsClassName(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
  });
}

Json ArticleNode(const Article& a) {
  std::string headline;  // a spilled headline, read back (core/text_spill.h)
  Json node{{"@id", ArticleIri(a.id)},
            {"@type", Json::array({"NewsArticle"})},
            {"ng:key", a.id},
            {"headline", a.headline.Read(headline)}};
  if (!a.date.empty()) node["datePublished"] = DateValue(a.date);
  if (!a.url.empty()) node["url"] = a.url;
  if (!a.mentions.empty()) {
    Json refs = Json::array();
    for (const auto& m : a.mentions) refs.push_back(Ref(EntityIri(m)));
    node["mentions"] = std::move(refs);
  }
  return node;
}

Json EntityNode(const Entity& e) {
  Json types = Json::array({EntityTypeName(e.type)});
  if (IsClassName(e.subtype)) types.push_back(e.subtype);
  if (e.leader) types.push_back("ng:Leader");
  if (e.event_kind != EventKind::kNone)
    types.push_back("ng:" + std::string(EventKindName(e.event_kind)));
  Json node{{"@id", EntityIri(e.id)},
            {"@type", std::move(types)},
            {"ng:key", e.id},
            {"name", e.name},
            {"ng:mentionCount", e.mentions}};
  if (!e.alt_names.empty()) node["alternateName"] = e.alt_names;
  if (!e.identifiers.empty()) node["identifier"] = e.identifiers;
  if (!e.wikidata.empty())
    node["sameAs"] = Ref(std::string(kWikidataEntity) + PercentEncodeIri(e.wikidata));
  if (!e.date.empty()) node["startDate"] = DateValue(e.date);
  if (!e.trigger.empty()) node["ng:trigger"] = e.trigger;
  return node;
}

Json StatementNode(const Relation& r) {
  Json node{{"@id", StatementIri(r)},
            {"@type", Json::array({"rdf:Statement"})},
            {"rdf:subject", Ref(EntityIri(r.subject))},
            {"rdf:predicate", Ref(PredicateIri(r.predicate))},
            {"ng:weight", r.weight}};
  if (r.predicate == Predicate::kStartDate)
    node["rdf:object"] = DateValue(r.object);
  else if (IsLiteral(r.predicate))
    node["rdf:object"] = r.object;
  else
    node["rdf:object"] = Ref(EntityIri(r.object));
  if (r.evidence.empty()) return node;

  Json evidence = Json::array();
  std::set<std::string_view> docs, rules;
  double best = r.evidence.front().confidence;
  std::string sentence;  // a spilled sentence, read back (core/text_spill.h)
  for (const auto& ev : r.evidence) {
    evidence.push_back(Json{{"@type", "ng:Evidence"},
                            {"ng:document", Ref(ArticleIri(ev.doc))},
                            {"ng:sentence", ev.text.Read(sentence)},
                            {"ng:begin", ev.begin},
                            {"ng:end", ev.end},
                            {"ng:rule", ev.rule},
                            {"ng:confidence", Decimal(ev.confidence)}});
    docs.insert(ev.doc);
    rules.insert(ev.rule);
    best = std::max(best, ev.confidence);
  }
  Json derived = Json::array();
  for (const auto& d : docs) derived.push_back(Ref(ArticleIri(d)));
  node["ng:evidence"] = std::move(evidence);
  node["prov:wasDerivedFrom"] = std::move(derived);
  node["ng:rule"] = Json(std::vector<std::string>(rules.begin(), rules.end()));
  node["ng:confidence"] = Decimal(best);
  return node;
}

// Reads one document back; every accessor names the offending node and key in its error.
class Reader {
 public:
  explicit Reader(const std::string& file) : file_(file) {}

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
  const std::string& file_;
};

}  // namespace

uint64_t Fnv1a64(std::string_view bytes) {
  uint64_t h = 14695981039346656037ull;
  for (unsigned char c : bytes) {
    h ^= c;
    h *= 1099511628211ull;
  }
  return h;
}

std::string PercentEncodeIri(std::string_view key) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  out.reserve(key.size());
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
  return out;
}

std::string EntityIri(std::string_view entity_id) {
  return std::string(kIdBase) + PercentEncodeIri(entity_id);
}

std::string ArticleIri(std::string_view doc_id) {
  return std::string(kIdBase) + "article/" + PercentEncodeIri(doc_id);
}

std::string StatementIri(const Relation& r) {
  std::string key =
      r.subject.str() + "|" + std::string(PredicateTerm(r.predicate)) + "|" + r.object.str();
  char hex[17];
  uint64_t h = Fnv1a64(key);
  for (int i = 15; i >= 0; --i, h >>= 4) hex[i] = "0123456789abcdef"[h & 15];
  hex[16] = '\0';
  return std::string(kIdBase) + "statement/" + hex;
}

std::string PredicateIri(Predicate p) {
  std::string_view term = PredicateTerm(p);
  if (term.starts_with("ng:")) return std::string(kVocab) + std::string(term.substr(3));
  return std::string(kSchemaOrg) + std::string(term);
}

std::string JsonLdContext() { return Context().dump(); }

namespace {

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

}  // namespace

void WriteJsonLd(const GraphData& g, const std::function<void(std::string_view)>& sink) {
  // The bytes of {"@context": ..., "@graph": [...]} dumped whole, written one node at a time so
  // that no document-sized JSON tree is ever built.
  std::string buf = "{\n \"@context\": ";
  AppendIndented(buf, Dump(Context()), 1);
  buf += ",\n \"@graph\": [";
  bool first = true;
  auto put = [&](const Json& node) {
    buf += first ? "\n  " : ",\n  ";
    first = false;
    AppendIndented(buf, Dump(node), 2);
    if (buf.size() >= (1u << 16)) {
      sink(buf);
      buf.clear();
    }
  };
  for (const auto& a : g.articles) put(ArticleNode(a));

  // Relations are sorted by subject, so each entity's plain triples are one contiguous run.
  auto rel = g.relations.begin();
  for (const auto& e : g.entities) {
    Json node = EntityNode(e);
    while (rel != g.relations.end() && rel->subject < e.id) ++rel;
    for (; rel != g.relations.end() && rel->subject == e.id; ++rel) {
      if (rel->predicate == Predicate::kStartDate) continue;  // see the header: Entity::date
      Json object = IsLiteral(rel->predicate) ? Json(rel->object) : Ref(EntityIri(rel->object));
      Json& slot = node[std::string(PredicateTerm(rel->predicate))];
      if (slot.is_null()) slot = Json::array();
      if (std::find(slot.begin(), slot.end(), object) == slot.end()) slot.push_back(object);
    }
    put(node);
  }
  for (const auto& r : g.relations) put(StatementNode(r));
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

GraphData FromJsonLd(std::string_view json, const std::string& file) {
  Reader in(file);
  if (NestingExceeds(json, kMaxDepth))
    in.Fail("not a newsgraph JSON-LD file", "nested deeper than the format allows");
  Json doc;
  try {
    doc = Json::parse(json);
  } catch (const Json::exception& e) {
    in.Fail("not JSON", e.what());
  }
  if (!doc.is_object()) in.Fail("document", "must be a JSON object");
  if (!in.Get(doc, "document", "@context").is_object())
    in.Fail("document", "\"@context\" must be an object");
  const Json& graph = in.Array(in.Get(doc, "document", "@graph"), "document", "@graph");

  GraphData g;
  for (size_t i = 0; i < graph.size(); ++i) {
    std::string where = "@graph[" + std::to_string(i) + "]";
    const Json& node = graph[i];
    if (!node.is_object()) in.Fail(where, "must be an object");
    std::vector<std::string> types = in.Strings(node, where, "@type");
    if (types.empty()) in.Fail(where, "\"@type\" must be a non-empty array");
    if (types.front() == "NewsArticle")
      g.articles.push_back(in.ReadArticle(node, where));
    else if (types.front() == "rdf:Statement")
      g.relations.push_back(in.ReadStatement(node, where));
    else
      g.entities.push_back(in.ReadEntity(node, types, where));
  }
  Canonicalize(g);
  return g;
}

}  // namespace ng::exporter
