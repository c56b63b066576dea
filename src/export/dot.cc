#include "export/dot.h"

#include <graphviz/cgraph.h>

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <cstddef>
#include <cstdio>
#include <cstring>
#include <deque>
#include <exception>
#include <map>
#include <memory>
#include <mutex>
#include <new>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

#include "core/error.h"
#include "core/files.h"

namespace ng::exporter {
namespace {

// cgraph's memory, one arena per root graph: cgraph allocates each node, edge, attribute record
// and string apiece (calloc by default) and frees each again when the graph closes. The arena
// gives zeroed memory as calloc does, frees nothing until the graph is closed (agclose still
// takes the graph apart, freeing the dictionaries cdt allocates itself), then frees its blocks at
// once. A graph holds one batch (DotOptions::batch_size objects).
class Arena {
 public:
  void* Alloc(size_t n) {
    n = (n + kAlign - 1) & ~(kAlign - 1);
    if (n > kBlock / 4) return blocks_.emplace_back(std::make_unique<std::byte[]>(n)).get();
    if (left_ < n) {
      next_ = blocks_.emplace_back(std::make_unique<std::byte[]>(kBlock)).get();
      left_ = kBlock;
    }
    void* p = next_;
    next_ += n;
    left_ -= n;
    return p;
  }

  // The cgraph discipline; no exception leaves these C callbacks (nullptr is what calloc's
  // failure gives cgraph). No `close`: agclose would then free the graph's heap without taking
  // the graph apart, and cdt's own allocations in it would leak.
  static void* Open(Agdisc_t*) { return new (std::nothrow) Arena; }
  static void* Allocate(void* arena, size_t n) {
    if (arena == nullptr) return nullptr;  // Open failed
    try {
      return static_cast<Arena*>(arena)->Alloc(n);
    } catch (...) {
      return nullptr;
    }
  }
  static void* Resize(void* arena, void* p, size_t old_size, size_t n) {
    void* q = Allocate(arena, n);
    if (q != nullptr && p != nullptr) std::memcpy(q, p, std::min(old_size, n));
    return q;
  }
  static void Free(void*, void*) {}

 private:
  static constexpr size_t kAlign = __STDCPP_DEFAULT_NEW_ALIGNMENT__;  // as malloc's
  static constexpr size_t kBlock = size_t{1} << 16;
  std::vector<std::unique_ptr<std::byte[]>> blocks_;  // make_unique zeroes them
  std::byte* next_ = nullptr;
  size_t left_ = 0;
};

Agmemdisc_t arena_memory{Arena::Open, Arena::Allocate, Arena::Resize, Arena::Free, nullptr};

// Closes a root graph opened with arena_memory, then frees its arena.
struct GraphCloser {
  void operator()(Agraph_t* g) const {
    auto* arena = static_cast<Arena*>(g->clos->state.mem);
    agclose(g);
    delete arena;
  }
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
// A graph written in batches is one text: each batch's `header` (the graph's opening line and
// attribute declarations, the same for every batch) and closing "}\n" are checked and left out,
// and the caller writes them once.
struct Channel {
  static constexpr size_t kChunk = size_t{1} << 16;
  static constexpr std::string_view kTrailer = "}\n";
  const std::function<void(std::string_view)>* sink;
  std::string_view header;  // "" passes the whole text on
  std::string buf;
  std::exception_ptr error;
  bool header_seen = false;

  // Passes `buf` on, less the header and, unless `last`, the bytes that may be the trailer.
  bool Pass(bool last) {
    try {
      std::string_view out = buf;
      if (!header.empty() && !header_seen) {
        if (!out.starts_with(header))
          throw Error(ErrorCode::kWriteFailed, "cgraph: a DOT batch starts with another header");
        out.remove_prefix(header.size());
        header_seen = true;
      }
      size_t keep = 0;
      if (!header.empty()) {
        if (last && !out.ends_with(kTrailer))
          throw Error(ErrorCode::kWriteFailed, "cgraph: a DOT batch does not end with '}'");
        keep = std::min(out.size(), kTrailer.size());
        out.remove_suffix(keep);
      }
      if (!out.empty()) (*sink)(out);
      buf.erase(0, buf.size() - keep);
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
  if (c->buf.size() >= Channel::kChunk && !c->Pass(false)) return EOF;
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

// The attributes of nodes and edges, looked up once per cgraph graph: agsafeset looks its
// attribute up by name at every call. All are declared by OpenGraph (penwidth only with
// penwidth_by_weight; else it is null).
struct Attributes {
  explicit Attributes(Agraph_t* root)
      : node_label(agattr(root, AGNODE, C("label"), nullptr)),
        shape(agattr(root, AGNODE, C("shape"), nullptr)),
        style(agattr(root, AGNODE, C("style"), nullptr)),
        fillcolor(agattr(root, AGNODE, C("fillcolor"), nullptr)),
        edge_label(agattr(root, AGEDGE, C("label"), nullptr)),
        penwidth(agattr(root, AGEDGE, C("penwidth"), nullptr)) {}
  Agsym_t* node_label;
  Agsym_t* shape;
  Agsym_t* style;
  Agsym_t* fillcolor;
  Agsym_t* edge_label;
  Agsym_t* penwidth;
};

// Sets the attribute of a new node or edge. A value equal to the attribute's default is left
// unset: agwrite writes only values other than the default (it compares cgraph's pooled
// strings, which are one string for one text), so the file is the same, without a string-pool
// lookup and its release for each such value.
void Set(void* obj, Agsym_t* attribute, const char* value) {
  if (attribute->defval && std::strcmp(attribute->defval, value) == 0) return;
  agxset(obj, attribute, C(value));
}
void Set(void* obj, Agsym_t* attribute, const std::string& value) {
  Set(obj, attribute, value.c_str());
}

void Style(void* node, const Attributes& a, const NodeStyle& s) {
  Set(node, a.shape, s.shape);
  Set(node, a.style, s.style);
  Set(node, a.fillcolor, s.fillcolor);
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
    std::string date = e.date.empty() ? facts.date : e.date.str();
    return date.empty() ? kind : kind + ", " + date;
  }
  if (!facts.titles.empty()) return facts.titles;
  if (!e.subtype.empty()) return e.subtype.str();
  return kLooks[static_cast<size_t>(LookOf(e))].legend;
}

// True for the characters EscapeDotLabel rewrites: backslash, '&' and control characters.
bool IsEscapedInDot(char c) {
  const unsigned char u = static_cast<unsigned char>(c);
  return c == '\\' || c == '&' || u < 0x20 || u == 0x7F;
}

}  // namespace

std::string EscapeDotLabel(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    if (!IsEscapedInDot(c))
      out += c;
    else if (c == '\\')
      out += "\\\\";
    else if (c == '&')
      out += "&amp;";
    else
      out += ' ';  // a control character
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

bool NeedsEscape(std::string_view text) {
  return std::any_of(text.begin(), text.end(), IsEscapedInDot);
}

// The node names of a graph's entities (their escaped ids), sorted. An edge is drawn only between
// two of them, whichever batch creates their nodes. Views into the entities' ids, which must
// outlive it.
class NodeNames {
 public:
  explicit NodeNames(const std::vector<Entity>& entities) {
    names_.reserve(entities.size());
    for (const Entity& e : entities)
      names_.push_back(NeedsEscape(e.id) ? escaped_.emplace_back(EscapeDotLabel(e.id))
                                         : std::string_view(e.id));
    std::sort(names_.begin(), names_.end());
  }
  bool Contains(std::string_view name) const {
    return std::binary_search(names_.begin(), names_.end(), name);
  }

 private:
  std::deque<std::string> escaped_;  // the names that differ from their ids
  std::vector<std::string_view> names_;
};

// Returns a new cgraph graph with the attributes every picture declares.
GraphPtr OpenGraph(const DotOptions& opt, Agdisc_t* disc) {
  GraphPtr graph(agopen(C(EscapeDotLabel(opt.graph_name)), Agdirected, disc));
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
  return graph;
}

// Writes `graph` through `out`.
void Write(Agraph_t* graph, Channel& out) {
  out.buf.reserve(Channel::kChunk + 4096);
  const int status = agwrite(graph, &out);
  if (out.error) std::rethrow_exception(out.error);
  if (status != 0) throw Error(ErrorCode::kWriteFailed, "cgraph: cannot write DOT");
  if (!out.Pass(true)) std::rethrow_exception(out.error);
}

void AddNode(Agraph_t* root, const Attributes& a, const Entity& e, const LiteralFacts& facts) {
  Agnode_t* n = agnode(root, C(EscapeDotLabel(e.id)), 1);
  Set(n, a.node_label, EscapeDotLabel(e.name) + "\\n" + EscapeDotLabel(SecondLine(e, facts)));
  Style(n, a, kLooks[static_cast<size_t>(LookOf(e))]);
}

// Adds the edge of entity-valued relation `r` if both its ends are entities of the graph. An end
// whose node another batch creates is an attribute-less node here, which agwrite names in the
// edge only (a node statement is written for nodes with attributes or without edges).
void AddEdge(Agraph_t* root, const Attributes& a, const Relation& r, const NodeNames& names,
             const DotOptions& opt) {
  if (IsLiteral(r.predicate)) return;  // shown inside the subject's label
  const std::string tail_name = EscapeDotLabel(r.subject), head_name = EscapeDotLabel(r.object);
  if (!names.Contains(tail_name) || !names.Contains(head_name)) return;
  Agnode_t* tail = agnode(root, C(tail_name), 1);
  Agnode_t* head = agnode(root, C(head_name), 1);
  if (!tail || !head) throw Error(ErrorCode::kWriteFailed, "cgraph: cannot create a node");
  Agedge_t* edge = agedge(root, tail, head, nullptr, 1);
  if (!edge) throw Error(ErrorCode::kWriteFailed, "cgraph: cannot create an edge");
  Set(edge, a.edge_label, std::string(PredicateLabel(r.predicate)));
  if (opt.penwidth_by_weight) Set(edge, a.penwidth, EdgePenWidth(r.weight));
}

void AddLegend(Agraph_t* root, const Attributes& a) {
  Agraph_t* legend = agsubg(root, C("cluster_legend"), 1);
  Set(legend, "label", "Legend");
  for (const auto& look : kLooks) {
    Agnode_t* n = agnode(legend, C(std::string("legend:") + look.legend), 1);
    Set(n, a.node_label, look.legend);
    Style(n, a, look);
  }
}

// Builds cgraph's graph of `g` and writes it to `sink`, in batches of about opt.batch_size
// entities and relations: one cgraph graph at a time, each written without its header and closing
// brace, which are written once. A graph that fits one batch is written as one cgraph graph.
// When `Graph` is not const, `g` is consumed: what the picture does not show is freed first,
// each batch's entities and relations once they are written. The bytes are the same either way.
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
  Agdisc_t disc{&arena_memory, &AgIdDisc, &io};
  // What every batch's text starts with: the text of the graph without nodes, less its "}\n".
  std::string header;
  {
    const std::function<void(std::string_view)> keep = [&](std::string_view t) { header += t; };
    Channel out{.sink = &keep, .header = {}, .buf = {}, .error = {}};
    Write(OpenGraph(opt, &disc).get(), out);
    if (!header.ends_with(Channel::kTrailer))
      throw Error(ErrorCode::kWriteFailed, "cgraph: an empty graph does not end with '}'");
    header.resize(header.size() - Channel::kTrailer.size());
  }

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
  const NodeNames names(g.entities);
  const size_t batch_size = std::max<size_t>(opt.batch_size, 1);

  sink(header);
  auto& entities = g.entities;
  auto& relations = g.relations;
  size_t e = 0, r = 0;
  do {
    // The batch: entities [e, e_end) and the relations before the next batch's first entity.
    size_t e_end = e, r_end = r, objects = 0;
    while (e_end < entities.size() && objects < batch_size) {
      ++e_end, ++objects;
      for (; r_end < relations.size() &&
             (e_end == entities.size() || relations[r_end].subject < entities[e_end].id);
           ++r_end)
        ++objects;
    }
    if (e_end == entities.size()) r_end = relations.size();

    GraphPtr graph = OpenGraph(opt, &disc);
    Agraph_t* root = graph.get();
    const Attributes attributes(root);
    for (size_t i = e; i < e_end; ++i) {
      auto it = facts.find(entities[i].id);
      AddNode(root, attributes, entities[i], it == facts.end() ? no_facts : it->second);
    }
    for (size_t i = r; i < r_end; ++i) AddEdge(root, attributes, relations[i], names, opt);
    if (opt.legend && e == 0 && r == 0) AddLegend(root, attributes);
    Channel out{.sink = &sink, .header = header, .buf = {}, .error = {}};
    Write(root, out);
    graph.reset();
    if constexpr (kConsume) {
      for (size_t i = e; i < e_end; ++i) {  // the ids stay: `names` views them
        entities[i].name = {};
        entities[i].subtype = {};
        entities[i].date = {};
      }
      for (size_t i = r; i < r_end; ++i) relations[i] = Relation{};
    }
    e = e_end;
    r = r_end;
  } while (e < entities.size() || r < relations.size());
  sink(Channel::kTrailer);
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
