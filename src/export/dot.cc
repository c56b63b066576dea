#include "export/dot.h"

#include <graphviz/cgraph.h>

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <exception>
#include <map>
#include <memory>
#include <mutex>
#include <type_traits>
#include <utility>

#include "core/error.h"
#include "core/files.h"

namespace ng::exporter {
namespace {

struct GraphCloser {
  void operator()(Agraph_t* g) const { agclose(g); }
};
using GraphPtr = std::unique_ptr<Agraph_t, GraphCloser>;

// cgraph's API takes char* but copies every string it is given.
char* C(const std::string& s) { return const_cast<char*>(s.c_str()); }
char* C(const char* s) { return const_cast<char*>(s); }

void Set(void* obj, const char* name, const std::string& value) {
  agsafeset(obj, C(name), C(value), C(""));
}

// Where agwrite's text goes: collected into chunks handed to the sink. The sink may throw; an
// exception must not unwind through cgraph's C frames, so it is kept and rethrown after agwrite.
struct Channel {
  static constexpr size_t kChunk = size_t{1} << 16;
  const std::function<void(std::string_view)>* sink;
  std::string buf;
  std::exception_ptr error;

  bool Pass() {
    try {
      (*sink)(buf);
      buf.clear();
      return true;
    } catch (...) {
      error = std::current_exception();
      return false;
    }
  }
};

int PutString(void* chan, const char* str) {
  auto* c = static_cast<Channel*>(chan);
  if (c->error) return EOF;
  c->buf.append(str);
  if (c->buf.size() >= Channel::kChunk && !c->Pass()) return EOF;
  return 0;
}
int Flush(void*) { return 0; }

// How a kind of node looks; the legend shows the same table.
struct NodeStyle {
  const char* legend;
  const char* shape;
  const char* style;
  const char* fillcolor;
};

enum class Look { kLeader, kPerson, kCountry, kPlace, kOrganization, kEvent };
constexpr std::array<NodeStyle, 6> kLooks = {{
    {"Leader", "box", "filled,rounded,bold", "#f6b26b"},
    {"Person", "box", "filled,rounded", "#fff2cc"},
    {"Country", "box", "filled", "#9fc5e8"},
    {"Place", "ellipse", "filled", "#b6d7a8"},
    {"Organization", "component", "filled", "#d9d2e9"},
    {"Event", "hexagon", "filled", "#ea9999"},
}};

Look LookOf(const Entity& e) {
  switch (e.type) {
    case EntityType::kPerson:
      return e.leader ? Look::kLeader : Look::kPerson;
    case EntityType::kCountry:
      return Look::kCountry;
    case EntityType::kPlace:
      return Look::kPlace;
    case EntityType::kOrganization:
      return Look::kOrganization;
    default:
      return Look::kEvent;
  }
}

void Style(void* obj, const NodeStyle& s) {
  Set(obj, "shape", s.shape);
  Set(obj, "style", s.style);
  Set(obj, "fillcolor", s.fillcolor);
}

// What the relations say about one entity that its label shows instead of an edge.
struct LiteralFacts {
  std::string titles;  // job titles, ", "-separated, in relation order
  std::string date;    // the first startDate
};

// Returns the second label line: job titles for people, kind and date for events, else the
// schema.org subtype or type name.
std::string SecondLine(const Entity& e, const LiteralFacts& facts) {
  if (e.type == EntityType::kEvent) {
    std::string kind =
        e.event_kind == EventKind::kNone ? "Event" : std::string(EventKindName(e.event_kind));
    std::string date = e.date.empty() ? facts.date : e.date;
    return date.empty() ? kind : kind + ", " + date;
  }
  if (!facts.titles.empty()) return facts.titles;
  if (!e.subtype.empty()) return e.subtype;
  return kLooks[static_cast<size_t>(LookOf(e))].legend;
}

// Adds the edge of entity-valued relation `r` between its nodes, if both are in the graph.
void AddEdge(Agraph_t* root, const Relation& r, const DotOptions& opt) {
  if (IsLiteral(r.predicate)) return;  // shown inside the subject's label
  Agnode_t* tail = agnode(root, C(EscapeDotLabel(r.subject)), 0);
  Agnode_t* head = agnode(root, C(EscapeDotLabel(r.object)), 0);
  if (!tail || !head) return;
  Agedge_t* edge = agedge(root, tail, head, nullptr, 1);
  Set(edge, "label", std::string(PredicateLabel(r.predicate)));
  if (opt.penwidth_by_weight) Set(edge, "penwidth", EdgePenWidth(r.weight));
}

}  // namespace

std::string EscapeDotLabel(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    unsigned char u = static_cast<unsigned char>(c);
    if (c == '\\')
      out += "\\\\";
    else if (c == '&')
      out += "&amp;";
    else if (u < 0x20 || u == 0x7F)
      out += ' ';
    else
      out += c;
  }
  return out;
}

std::string EdgePenWidth(uint32_t weight) {
  double width = std::min(8.0, 1.0 + std::log2(std::max<double>(weight, 1)));
  char buf[32];
  auto res = std::to_chars(buf, buf + sizeof buf, width, std::chars_format::fixed, 1);
  return std::string(buf, res.ptr);
}

namespace {

// Builds cgraph's graph of `g` and writes it to `sink`. When `Graph` is not const, `g` is
// consumed: what the picture does not show is freed before cgraph's copy is built, and each
// entity and relation as soon as cgraph holds what it needs of it, so that cgraph's allocations
// reuse that memory instead of adding to it. The bytes written are the same either way.
template <typename Graph>
void WriteDotOf(Graph& g, const DotOptions& opt,
                const std::function<void(std::string_view)>& sink) {
  constexpr bool kConsume = !std::is_const_v<Graph>;
  if constexpr (kConsume) {
    g.articles = {};
    for (Relation& r : g.relations) r.evidence = {};
    for (Entity& e : g.entities) {
      e.alt_names = {};
      e.identifiers = {};
      e.wikidata = {};
      e.trigger = {};
    }
  }
  // cgraph's writer and string pool keep global state.
  static std::mutex cgraph_lock;
  std::lock_guard<std::mutex> hold(cgraph_lock);

  Agiodisc_t io{nullptr, PutString, Flush};
  Agdisc_t disc{&AgMemDisc, &AgIdDisc, &io};
  GraphPtr graph(agopen(C(EscapeDotLabel(opt.graph_name)), Agdirected, &disc));
  if (!graph) throw Error(ErrorCode::kWriteFailed, "cgraph: cannot create a graph");
  Agraph_t* root = graph.get();

  agattr(root, AGRAPH, C("rankdir"), C(opt.rankdir == "TB" ? "TB" : "LR"));
  agattr(root, AGRAPH, C("fontname"), C("Helvetica"));
  agattr(root, AGRAPH, C("overlap"), C("false"));
  agattr(root, AGRAPH, C("splines"), C("true"));
  agattr(root, AGRAPH, C("label"), C(""));
  agattr(root, AGNODE, C("fontname"), C("Helvetica"));
  agattr(root, AGNODE, C("fontsize"), C("11"));
  agattr(root, AGNODE, C("label"), C("\\N"));
  agattr(root, AGNODE, C("shape"), C("box"));
  agattr(root, AGNODE, C("style"), C("filled"));
  agattr(root, AGNODE, C("fillcolor"), C("white"));
  agattr(root, AGEDGE, C("fontname"), C("Helvetica"));
  agattr(root, AGEDGE, C("fontsize"), C("9"));
  agattr(root, AGEDGE, C("label"), C(""));
  if (opt.penwidth_by_weight) agattr(root, AGEDGE, C("penwidth"), C("1.0"));

  std::map<SharedText, LiteralFacts, std::less<>> facts;  // looked up only, never iterated
  for (const auto& r : g.relations) {
    if (r.predicate == Predicate::kJobTitle) {
      std::string& titles = facts[r.subject].titles;
      if (!titles.empty()) titles += ", ";
      titles += r.object.view();
    } else if (r.predicate == Predicate::kStartDate && facts[r.subject].date.empty()) {
      facts[r.subject].date = r.object.str();
    }
  }
  const LiteralFacts no_facts;
  for (auto& e : g.entities) {
    auto it = facts.find(e.id);
    Agnode_t* n = agnode(root, C(EscapeDotLabel(e.id)), 1);
    Set(n, "label",
        EscapeDotLabel(e.name) + "\\n" +
            EscapeDotLabel(SecondLine(e, it == facts.end() ? no_facts : it->second)));
    Style(n, kLooks[static_cast<size_t>(LookOf(e))]);
    if constexpr (kConsume) e = Entity{};
  }
  facts.clear();
  if constexpr (kConsume) g.entities = {};

  for (auto& r : g.relations) {
    AddEdge(root, r, opt);
    if constexpr (kConsume) r = Relation{};
  }
  if constexpr (kConsume) g.relations = {};

  if (opt.legend) {
    Agraph_t* legend = agsubg(root, C("cluster_legend"), 1);
    Set(legend, "label", "Legend");
    for (const auto& look : kLooks) {
      Agnode_t* n = agnode(legend, C(std::string("legend:") + look.legend), 1);
      Set(n, "label", look.legend);
      Style(n, look);
    }
  }

  Channel out{.sink = &sink, .buf = {}, .error = {}};
  out.buf.reserve(Channel::kChunk + 4096);
  const int status = agwrite(root, &out);
  if (out.error) std::rethrow_exception(out.error);
  if (status != 0) throw Error(ErrorCode::kWriteFailed, "cgraph: cannot write DOT");
  if (!out.buf.empty() && !out.Pass()) std::rethrow_exception(out.error);
}

}  // namespace

void WriteDot(const GraphData& g, const DotOptions& opt,
              const std::function<void(std::string_view)>& sink) {
  WriteDotOf(g, opt, sink);
}

std::string ToDot(const GraphData& g, const DotOptions& opt) {
  std::string text;
  WriteDot(g, opt, [&](std::string_view chunk) { text += chunk; });
  return text;
}

void WriteDotFile(const GraphData& g, const std::filesystem::path& path, const DotOptions& opt) {
  AtomicFile file(path);
  WriteDot(g, opt, [&](std::string_view chunk) { file.Append(chunk); });
  file.Commit();
}

void WriteDotFile(GraphData&& g, const std::filesystem::path& path, const DotOptions& opt) {
  AtomicFile file(path);
  GraphData consumed = std::move(g);
  WriteDotOf(consumed, opt, [&](std::string_view chunk) { file.Append(chunk); });
  file.Commit();
}

}  // namespace ng::exporter
