#include "export/nquads.h"

#include <algorithm>
#include <map>
#include <sstream>
#include <vector>

#include "export/jsonld.h"

namespace ng::exporter {
namespace {

constexpr std::string_view kRdfType = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";
constexpr std::string_view kXsd = "http://www.w3.org/2001/XMLSchema#";

bool AllDigits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// Returns the XSD datatype local name of an ISO date by its shape, as the JSON-LD writer types it
// ("" if it is none of the three, which then stays a plain string).
std::string_view DateType(std::string_view d) {
  if (d.size() == 4 && AllDigits(d)) return "gYear";
  if (d.size() == 7 && AllDigits(d.substr(0, 4)) && d[4] == '-' && AllDigits(d.substr(5)))
    return "gYearMonth";
  if (d.size() == 10 && AllDigits(d.substr(0, 4)) && d[4] == '-' && AllDigits(d.substr(5, 2)) &&
      d[7] == '-' && AllDigits(d.substr(8)))
    return "date";
  return {};
}

bool IsClassName(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
  });
}

// (Appends, not "<" + std::string(...): GCC 12 warns falsely of overlapping copies there.)
std::string Iri(std::string_view iri) {
  std::string out;
  out.reserve(iri.size() + 2);
  out.append("<").append(iri).append(">");
  return out;
}
std::string Schema(std::string_view term) {
  return Iri(std::string(kSchemaOrg) + std::string(term));
}
std::string Vocab(std::string_view term) { return Iri(std::string(kVocab) + std::string(term)); }

std::string Literal(std::string_view text) {
  std::string out = "\"";
  out.append(EscapeNQuadsString(text)).append("\"");
  return out;
}
std::string Typed(std::string_view text, std::string_view xsd_type) {
  return Literal(text) + "^^<" + std::string(kXsd) + std::string(xsd_type) + ">";
}
std::string Date(std::string_view d) {
  std::string_view type = DateType(d);
  return type.empty() ? Literal(d) : Typed(d, type);
}

// Writes quads one line at a time; `graph` is "" for the default graph or an IRI in <>.
class QuadWriter {
 public:
  explicit QuadWriter(std::ostream& out) : out_(out) {}
  void Graph(std::string graph) { graph_ = std::move(graph); }
  void Quad(const std::string& subject, const std::string& predicate, const std::string& object) {
    line_.clear();
    line_ += subject;
    line_ += ' ';
    line_ += predicate;
    line_ += ' ';
    line_ += object;
    if (!graph_.empty()) {
      line_ += ' ';
      line_ += graph_;
    }
    line_ += " .\n";
    out_ << line_;
  }

 private:
  std::ostream& out_;
  std::string graph_;
  std::string line_;
};

void WriteEntity(const Entity& e, QuadWriter& w) {
  const std::string s = Iri(EntityIri(e.id));
  const std::string type = Iri(kRdfType);
  w.Quad(s, type, Schema(EntityTypeName(e.type)));
  if (IsClassName(e.subtype)) w.Quad(s, type, Schema(e.subtype));
  if (e.leader) w.Quad(s, type, Vocab("Leader"));
  if (e.event_kind != EventKind::kNone) w.Quad(s, type, Vocab(EventKindName(e.event_kind)));
  w.Quad(s, Vocab("key"), Literal(e.id));
  w.Quad(s, Schema("name"), Literal(e.name));
  for (const std::string& n : e.alt_names) w.Quad(s, Schema("alternateName"), Literal(n));
  for (const std::string& id : e.identifiers) w.Quad(s, Schema("identifier"), Literal(id));
  if (!e.wikidata.empty())
    w.Quad(s, Schema("sameAs"), Iri(std::string(kWikidataEntity) + PercentEncodeIri(e.wikidata)));
  if (!e.date.empty()) w.Quad(s, Schema("startDate"), Date(e.date));
  if (!e.trigger.empty()) w.Quad(s, Vocab("trigger"), Literal(e.trigger));
  w.Quad(s, Vocab("mentionCount"), Typed(std::to_string(e.mentions), "integer"));
}

void WriteArticle(const Article& a, QuadWriter& w) {
  const std::string s = Iri(ArticleIri(a.id));
  w.Quad(s, Iri(kRdfType), Schema("NewsArticle"));
  w.Quad(s, Vocab("key"), Literal(a.id));
  std::string headline;  // a spilled headline, read back (core/text_spill.h)
  w.Quad(s, Schema("headline"), Literal(a.headline.Read(headline)));
  if (!a.date.empty()) w.Quad(s, Schema("datePublished"), Date(a.date));
  if (!a.url.empty()) w.Quad(s, Schema("url"), Typed(a.url, "anyURI"));
  for (const SharedText& m : a.mentions) w.Quad(s, Schema("mentions"), Iri(EntityIri(m)));
}

void WriteRelation(const Relation& r, QuadWriter& w) {
  std::string object;
  if (r.predicate == Predicate::kStartDate)
    object = Date(r.object);
  else if (IsLiteral(r.predicate))
    object = Literal(r.object);
  else
    object = Iri(EntityIri(r.object));
  w.Quad(Iri(EntityIri(r.subject)), Iri(PredicateIri(r.predicate)), object);
}

// What one named graph holds: the article (if the graph has one) and the relations it supports.
struct ArticleGraph {
  const Article* article = nullptr;
  std::vector<const Relation*> relations;  // canonical order, each once
};

}  // namespace

std::string EscapeNQuadsString(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    const auto u = static_cast<unsigned char>(c);
    if (const std::string_view e = ShortEscape(c); !e.empty()) {
      out += e;
    } else if (u < 0x20 || u == 0x7F) {
      static constexpr char kHex[] = "0123456789ABCDEF";
      out += "\\u00";
      out += kHex[u >> 4];
      out += kHex[u & 15];
    } else {
      out += c;
    }
  }
  return out;
}

void WriteNQuads(const GraphData& g, std::ostream& out) {
  // Documents are keys of a std::map so that graphs come out in document id order.
  std::map<std::string_view, ArticleGraph> graphs;
  for (const Article& a : g.articles) graphs[a.id].article = &a;
  std::vector<const Relation*> unsupported;
  for (const Relation& r : g.relations) {
    if (r.evidence.empty()) {
      unsupported.push_back(&r);
      continue;
    }
    for (const Evidence& ev : r.evidence) {
      std::vector<const Relation*>& list = graphs[ev.doc].relations;
      // Relations arrive in canonical order, so a repeat (two sentences of one document) is last.
      if (list.empty() || list.back() != &r) list.push_back(&r);
    }
  }

  QuadWriter w(out);
  for (const Entity& e : g.entities) WriteEntity(e, w);
  for (const Relation* r : unsupported) WriteRelation(*r, w);
  for (const auto& [doc, graph] : graphs) {
    w.Graph(Iri(ArticleIri(doc)));
    if (graph.article) WriteArticle(*graph.article, w);
    for (const Relation* r : graph.relations) WriteRelation(*r, w);
  }
}

std::string ToNQuads(const GraphData& g) {
  std::ostringstream out;
  WriteNQuads(g, out);
  return std::move(out).str();
}

}  // namespace ng::exporter
