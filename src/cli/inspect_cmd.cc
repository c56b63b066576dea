// `newsgraph inspect`: reads a graph written by extract or merge (nothing is re-extracted) and
// shows one entity with its relations and evidence, the chain of relations between two entities,
// or the most central entities, as text or (--json) as one JSON object.
#include <algorithm>
#include <charconv>
#include <functional>
#include <nlohmann/json.hpp>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

#include "cli/commands.h"
#include "core/error.h"
#include "core/model.h"
#include "export/jsonld.h"
#include "graph/knowledge_graph.h"
#include "graph/query.h"

namespace ng::cli {
namespace {

using graph::KnowledgeGraph;
using Json = nlohmann::json;

constexpr std::string_view kUsage =
    "usage: newsgraph inspect GRAPH ENTITY [--json]\n"
    "       newsgraph inspect GRAPH --path A B [--json]\n"
    "       newsgraph inspect GRAPH --top N [--json]\n"
    "\n"
    "Reads GRAPH (a graph.jsonld written by extract or merge) and shows:\n"
    "  ENTITY        one entity: type, names, ids, and every relation out and in, with the\n"
    "                sentences that support it. ENTITY is an id (person/vladimir-putin) or a\n"
    "                name, matched without case; several matches list the candidates.\n"
    "  --path A B    the shortest chain of relations linking entities A and B\n"
    "  --top N       the N most central entities (betweenness centrality)\n"
    "options:\n"
    "  --json        print one JSON object instead of text\n"
    "  -h, --help    print this help\n"
    "exit status: 0 success, 1 GRAPH unreadable, entity not found or ambiguous, no path,\n"
    "             2 usage error\n";

struct InspectArgs {
  std::string graph;
  std::string entity;
  std::vector<std::string> path;  // the two queries of --path
  std::optional<size_t> top;
  bool json = false;
  bool help = false;
};

Error UsageError(std::string message) { return Error(ErrorCode::kUsage, std::move(message)); }

// Parses the command line; throws Error(kUsage) saying what is wrong.
InspectArgs ParseArgs(const Args& args) {
  InspectArgs a;
  std::vector<std::string> positional;
  for (size_t i = 0; i < args.size(); ++i) {
    const std::string& arg = args[i];
    if (arg == "-h" || arg == "--help") {
      a.help = true;
    } else if (arg == "--json") {
      a.json = true;
    } else if (arg == "--path") {
      if (!a.path.empty()) throw UsageError("--path given twice");
      if (i + 2 >= args.size()) throw UsageError("--path needs two entities: --path A B");
      a.path = {args[i + 1], args[i + 2]};
      i += 2;
    } else if (arg == "--top") {
      if (a.top) throw UsageError("--top given twice");
      if (i + 1 >= args.size()) throw UsageError("--top needs a number: --top N");
      const std::string& n = args[++i];
      size_t value = 0;
      auto [end, ec] = std::from_chars(n.data(), n.data() + n.size(), value);
      if (ec != std::errc() || end != n.data() + n.size() || value == 0)
        throw UsageError("--top needs a positive whole number, not '" + n + "'");
      a.top = value;
    } else if (arg.size() > 1 && arg[0] == '-') {
      throw UsageError("unknown option '" + arg + "'");
    } else {
      positional.push_back(arg);
    }
  }
  if (a.help) return a;
  if (positional.empty()) throw UsageError("missing GRAPH");
  a.graph = positional[0];
  size_t modes = (positional.size() > 1) + !a.path.empty() + a.top.has_value();
  if (modes == 0) throw UsageError("missing ENTITY (or --path A B, or --top N)");
  if (modes > 1) throw UsageError("give one of ENTITY, --path A B and --top N");
  if (positional.size() > 2)
    throw UsageError("too many arguments: '" + positional[2] + "' (quote a name with spaces)");
  if (positional.size() == 2) a.entity = positional[1];
  return a;
}

// Reads the shape of the graph file: its entities and relations, without articles or evidence
// (skipped unparsed), for the queries that walk the graph.
KnowledgeGraph LoadShape(const std::string& file) {
  return KnowledgeGraph(exporter::ReadJsonLdFile(
      file, [](const exporter::NodeSketch& s) { return !s.exact || s.type != "NewsArticle"; },
      false));
}

// Reads the entities of the graph file, skipping its articles and statements unparsed.
GraphData LoadEntities(const std::string& file) {
  return exporter::ReadJsonLdFile(file, [](const exporter::NodeSketch& s) {
    return !s.exact || (s.type != "NewsArticle" && s.type != "rdf:Statement");
  });
}

// Reads the statements of the graph file that name entity `id` (as subject or object),
// skipping every other node unparsed.
std::vector<Relation> LoadRelationsOf(const std::string& file, std::string_view id) {
  const std::string iri = exporter::EntityIri(id);
  return exporter::ReadJsonLdFile(file,
                                  [&](const exporter::NodeSketch& s) {
                                    return !s.exact || (s.type == "rdf:Statement" &&
                                                        (s.subject == iri || s.object == iri));
                                  })
      .relations;
}

// Returns `text` on one line: control characters become spaces.
std::string OneLine(std::string_view text) {
  std::string out(text);
  for (char& c : out)
    if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F) c = ' ';
  return out;
}

// Returns "leaderOf" for "ng:leaderOf": the name used in chains like A -leaderOf-> B.
std::string_view ShortTerm(Predicate p) {
  std::string_view term = PredicateTerm(p);
  if (term.starts_with("ng:")) term.remove_prefix(3);
  return term;
}

// Returns "Name (id)" for an entity id of the graph, or the id alone if it is not in it.
std::string Describe(const KnowledgeGraph& g, std::string_view id) {
  std::optional<size_t> v = g.FindId(id);
  if (!v) return std::string(id);
  return g.entity(*v).name + " (" + std::string(id) + ")";
}

// Returns how many supporting mentions the listed evidence leaves out (the evidence cap).
uint32_t MoreEvidence(const Relation& r) {
  return r.weight > r.evidence.size() ? r.weight - static_cast<uint32_t>(r.evidence.size()) : 0;
}

void PrintEvidence(const Relation& r, std::string_view indent, std::ostream& out) {
  for (const Evidence& e : r.evidence)
    out << indent << "[" << e.doc << "] (" << e.rule << ") " << OneLine(e.text) << "\n";
  if (uint32_t more = MoreEvidence(r)) out << indent << "+" << more << " more\n";
}

Json EvidenceJson(const Evidence& e) {
  return {{"doc", e.doc},          {"begin", e.begin}, {"end", e.end},
          {"text", e.text.view()}, {"rule", e.rule},   {"confidence", e.confidence}};
}

Json RelationJson(const KnowledgeGraph& g, const Relation& r) {
  Json j = {{"subject", r.subject},
            {"predicate", PredicateTerm(r.predicate)},
            {"weight", r.weight},
            {"moreEvidence", MoreEvidence(r)},
            {"evidence", Json::array()}};
  if (IsLiteral(r.predicate)) {
    j["value"] = r.object;
  } else {
    j["object"] = r.object;
    if (std::optional<size_t> v = g.FindId(r.object)) j["objectName"] = g.entity(*v).name;
  }
  if (std::optional<size_t> v = g.FindId(r.subject)) j["subjectName"] = g.entity(*v).name;
  for (const Evidence& e : r.evidence) j["evidence"].push_back(EvidenceJson(e));
  return j;
}

Json EntityJson(const Entity& e) {
  Json j = {{"id", e.id},
            {"iri", exporter::EntityIri(e.id)},
            {"type", EntityTypeName(e.type)},
            {"name", e.name},
            {"alternateNames", e.alt_names},
            {"identifiers", e.identifiers},
            {"leader", e.leader},
            {"mentions", e.mentions}};
  if (!e.subtype.empty()) j["subtype"] = e.subtype;
  if (!e.wikidata.empty()) {
    j["wikidata"] = e.wikidata;
    j["sameAs"] = std::string(exporter::kWikidataEntity) + e.wikidata.str();
  }
  if (e.event_kind != EventKind::kNone) j["eventKind"] = EventKindName(e.event_kind);
  if (!e.date.empty()) j["date"] = e.date;
  if (!e.trigger.empty()) j["trigger"] = e.trigger;
  return j;
}

// Returns the relations of `v`, literal ones included (outgoing), ordered by predicate, then the
// other end, so that each predicate's relations form one group.
std::vector<const Relation*> SortedRelations(const KnowledgeGraph& g, size_t v, bool outgoing) {
  std::vector<const Relation*> rels = outgoing ? g.OutRelations(v) : g.InRelations(v);
  if (outgoing)
    for (const Relation& r : g.Literals(v)) rels.push_back(&r);
  std::stable_sort(rels.begin(), rels.end(), [&](const Relation* a, const Relation* b) {
    const SharedText& ea = outgoing ? a->object : a->subject;
    const SharedText& eb = outgoing ? b->object : b->subject;
    return std::tie(a->predicate, ea) < std::tie(b->predicate, eb);
  });
  return rels;
}

void PrintEntity(const KnowledgeGraph& g, size_t v, std::ostream& out) {
  const Entity& e = g.entity(v);
  out << EntityTypeName(e.type);
  if (!e.subtype.empty()) out << " (" << e.subtype << ")";
  out << ": " << e.name << "\n";
  out << "  id:          " << e.id << "\n";
  out << "  IRI:         " << exporter::EntityIri(e.id) << "\n";
  if (!e.wikidata.empty())
    out << "  wikidata:    " << e.wikidata << " " << exporter::kWikidataEntity << e.wikidata
        << "\n";
  if (!e.alt_names.empty()) {
    out << "  also called:";
    for (size_t i = 0; i < e.alt_names.size(); ++i) out << (i ? ", " : " ") << e.alt_names[i];
    out << "\n";
  }
  for (const std::string& id : e.identifiers) out << "  identifier:  " << id << "\n";
  if (e.leader) out << "  leader:      yes\n";
  if (e.event_kind != EventKind::kNone)
    out << "  event:       " << EventKindName(e.event_kind) << "\n";
  if (!e.date.empty()) out << "  date:        " << e.date << "\n";
  out << "  mentions:    " << e.mentions << "\n";

  for (bool outgoing : {true, false}) {
    std::vector<const Relation*> rels = SortedRelations(g, v, outgoing);
    out << "\nrelations " << (outgoing ? "out" : "in") << " (" << rels.size() << "):\n";
    for (size_t i = 0; i < rels.size(); ++i) {
      const Relation& r = *rels[i];
      if (i == 0 || rels[i - 1]->predicate != r.predicate)
        out << "  " << PredicateLabel(r.predicate) << " (" << PredicateTerm(r.predicate) << ")\n";
      if (!outgoing)
        out << "    <- " << Describe(g, r.subject);
      else if (IsLiteral(r.predicate))
        out << "    -> \"" << OneLine(r.object) << "\"";
      else
        out << "    -> " << Describe(g, r.object);
      out << "  weight " << r.weight << "\n";
      PrintEvidence(r, "         ", out);
    }
  }
}

Json EntityReportJson(const KnowledgeGraph& g, size_t v) {
  Json j = {{"entity", EntityJson(g.entity(v))}, {"out", Json::array()}, {"in", Json::array()}};
  for (const Relation* r : SortedRelations(g, v, true)) j["out"].push_back(RelationJson(g, *r));
  for (const Relation* r : SortedRelations(g, v, false)) j["in"].push_back(RelationJson(g, *r));
  return j;
}

// Finds the one entity `query` names. Otherwise says why on `err` (and lists the candidates on
// `out`) and returns nullopt.
std::optional<size_t> ResolveOne(const KnowledgeGraph& g, const std::string& query, bool json,
                                 std::ostream& out, std::ostream& err) {
  std::vector<size_t> found = graph::FindEntities(g, query);
  if (found.size() == 1) return found.front();
  if (found.empty()) {
    err << "newsgraph inspect: no entity matches '" << query << "'\n";
  } else {
    err << "newsgraph inspect: '" << query << "' is ambiguous: " << found.size()
        << " entities match; give an id\n";
  }
  if (json) {
    Json j = {{"error", found.empty() ? "not found" : "ambiguous"},
              {"query", query},
              {"candidates", Json::array()}};
    for (size_t v : found)
      j["candidates"].push_back({{"id", g.entity(v).id},
                                 {"type", EntityTypeName(g.entity(v).type)},
                                 {"name", g.entity(v).name}});
    out << j.dump(2) << "\n";
  } else {
    for (size_t v : found)
      out << g.entity(v).id << "\t" << EntityTypeName(g.entity(v).type) << "\t" << g.entity(v).name
          << "\n";
  }
  return std::nullopt;
}

// Returns the relations of the chain `steps` read again from the graph file with their evidence,
// in the order of the steps.
std::vector<Relation> WithEvidence(const std::string& file,
                                   const std::vector<graph::PathStep>& steps) {
  // The statements between two of the chain's entities (the steps among them are picked below);
  // asked of every statement of the file, so looked up without a copy.
  std::set<std::string, std::less<>> ends;
  for (const graph::PathStep& s : steps) {
    ends.insert(exporter::EntityIri(s.relation->subject));
    ends.insert(exporter::EntityIri(s.relation->object));
  }
  const std::vector<Relation> read =
      exporter::ReadJsonLdFile(file, [&](const exporter::NodeSketch& s) {
        return !s.exact ||
               (s.type == "rdf:Statement" && ends.contains(s.subject) && ends.contains(s.object));
      }).relations;
  std::vector<Relation> full;
  for (const graph::PathStep& s : steps) {
    const Relation& r = *s.relation;
    auto it = std::find_if(read.begin(), read.end(), [&](const Relation& x) {
      return x.subject == r.subject && x.predicate == r.predicate && x.object == r.object;
    });
    full.push_back(it != read.end() ? *it : r);
  }
  return full;
}

int Path(const KnowledgeGraph& g, const InspectArgs& a, std::ostream& out, std::ostream& err) {
  std::optional<size_t> from = ResolveOne(g, a.path[0], a.json, out, err);
  if (!from) return 1;
  std::optional<size_t> to = ResolveOne(g, a.path[1], a.json, out, err);
  if (!to) return 1;
  auto steps = graph::ShortestPath(g, *from, *to);
  if (!steps) {
    err << "newsgraph inspect: no chain of relations links " << g.entity(*from).id << " and "
        << g.entity(*to).id << "\n";
    return 1;
  }
  const std::vector<Relation> full = WithEvidence(a.graph, *steps);
  if (a.json) {
    Json j = {{"from", g.entity(*from).id}, {"to", g.entity(*to).id}, {"steps", Json::array()}};
    size_t prev = *from;
    for (size_t i = 0; i < steps->size(); ++i) {
      const graph::PathStep& s = (*steps)[i];
      j["steps"].push_back(
          {{"from", g.entity(prev).id},
           {"to", g.entity(s.vertex).id},
           {"direction", s.direction == graph::Direction::kForward ? "forward" : "backward"},
           {"relation", RelationJson(g, full[i])}});
      prev = s.vertex;
    }
    out << j.dump(2) << "\n";
    return 0;
  }
  out << g.entity(*from).name;
  for (const graph::PathStep& s : *steps) {
    std::string_view term = ShortTerm(s.relation->predicate);
    if (s.direction == graph::Direction::kForward)
      out << " -" << term << "-> ";
    else
      out << " <-" << term << "- ";
    out << g.entity(s.vertex).name;
  }
  out << "\n";
  for (size_t i = 0; i < steps->size(); ++i) {
    const Relation& r = full[i];
    out << "  " << i + 1 << ". " << Describe(g, r.subject) << " -" << ShortTerm(r.predicate)
        << "-> " << Describe(g, r.object) << "  weight " << r.weight << "\n";
    PrintEvidence(r, "       ", out);
  }
  return 0;
}

int Top(const KnowledgeGraph& g, const InspectArgs& a, std::ostream& out) {
  std::vector<graph::Centrality> top = graph::TopCentral(g, *a.top);
  if (a.json) {
    Json j = {{"top", Json::array()}};
    for (const auto& c : top)
      j["top"].push_back({{"id", g.entity(c.vertex).id},
                          {"name", g.entity(c.vertex).name},
                          {"type", EntityTypeName(g.entity(c.vertex).type)},
                          {"score", c.score},
                          {"degree", g.Degree(c.vertex)}});
    out << j.dump(2) << "\n";
    return 0;
  }
  for (size_t i = 0; i < top.size(); ++i) {
    const Entity& e = g.entity(top[i].vertex);
    out << i + 1 << "\t" << top[i].score << "\t" << e.id << "\t" << EntityTypeName(e.type) << "\t"
        << e.name << "\n";
  }
  return 0;
}

}  // namespace

int RunInspect(const Args& args, std::ostream& out, std::ostream& err) {
  InspectArgs a;
  try {
    a = ParseArgs(args);
  } catch (const Error& e) {
    err << "newsgraph inspect: " << e.what() << "\nRun 'newsgraph inspect --help' for usage.\n";
    return 2;
  }
  if (a.help) {
    out << kUsage;
    return 0;
  }
  if (!a.path.empty() || a.top) {
    try {
      const KnowledgeGraph g = LoadShape(a.graph);
      return a.top ? Top(g, a, out) : Path(g, a, out, err);
    } catch (const Error& e) {
      err << "newsgraph inspect: cannot read graph: " << e.what() << "\n";
      return 1;
    }
  }
  // One entity: the graph's entities are read to find it, then only the statements naming it.
  // On a large graph this takes a small part of the time and memory reading all of it takes;
  // the nodes skipped are not checked (jsonld_skip.h).
  std::optional<KnowledgeGraph> g;
  std::string id;
  try {
    // What is shown is the entity and the other ends of its relations: the graph built to show
    // it holds those alone, copied out of the graph of every entity, which is held once.
    GraphData shown;
    {
      const KnowledgeGraph entities(LoadEntities(a.graph));
      std::optional<size_t> v = ResolveOne(entities, a.entity, a.json, out, err);
      if (!v) return 1;
      id = entities.entity(*v).id;
      shown.relations = LoadRelationsOf(a.graph, id);
      std::set<std::string_view> ends = {id};
      for (const Relation& r : shown.relations) {
        ends.insert(r.subject.view());
        if (!IsLiteral(r.predicate)) ends.insert(r.object.view());
      }
      for (std::string_view end : ends)
        if (std::optional<size_t> u = entities.FindId(end))
          shown.entities.push_back(entities.entity(*u));
    }
    g.emplace(std::move(shown));
  } catch (const Error& e) {
    err << "newsgraph inspect: cannot read graph: " << e.what() << "\n";
    return 1;
  }
  const size_t v = *g->FindId(id);
  if (a.json)
    out << EntityReportJson(*g, v).dump(2) << "\n";
  else
    PrintEntity(*g, v, out);
  return 0;
}

}  // namespace ng::cli
