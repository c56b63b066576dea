#include "graph/query.h"

#include <algorithm>
#include <boost/graph/betweenness_centrality.hpp>
#include <boost/graph/breadth_first_search.hpp>
#include <cmath>
#include <cstdint>
#include <limits>
#include <string>
#include <utility>

namespace ng::graph {
namespace {

using UndirectedGraph = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS>;

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

// Returns the words of `name` as Slug sees them: lower case, diacritics folded.
std::vector<std::string> Words(std::string_view name) {
  std::vector<std::string> words;
  std::string slug = Slug(name);
  size_t start = 0;
  while (start < slug.size()) {
    size_t dash = slug.find('-', start);
    if (dash == std::string::npos) dash = slug.size();
    if (dash > start) words.push_back(slug.substr(start, dash - start));
    start = dash + 1;
  }
  return words;
}

bool PartialMatch(std::string_view name, const std::string& lower_query,
                  const std::vector<std::string>& query_words) {
  if (Lower(name).find(lower_query) != std::string::npos) return true;
  if (query_words.empty()) return false;
  std::vector<std::string> name_words = Words(name);
  return std::all_of(query_words.begin(), query_words.end(), [&](const std::string& w) {
    return std::find(name_words.begin(), name_words.end(), w) != name_words.end();
  });
}

// Builds the undirected simple view: one edge per linked pair, self-loops left out. Edges are
// added in (smaller, larger) vertex order, so every adjacency list is sorted.
UndirectedGraph UndirectedView(const KnowledgeGraph& g) {
  const auto& dg = g.graph();
  std::vector<std::pair<size_t, size_t>> pairs;
  for (auto [it, end] = boost::edges(dg); it != end; ++it) {
    size_t s = boost::source(*it, dg), t = boost::target(*it, dg);
    if (s != t) pairs.emplace_back(std::min(s, t), std::max(s, t));
  }
  std::sort(pairs.begin(), pairs.end());
  pairs.erase(std::unique(pairs.begin(), pairs.end()), pairs.end());
  UndirectedGraph ug(g.VertexCount());
  for (auto [a, b] : pairs) boost::add_edge(a, b, ug);
  return ug;
}

// Brandes's accumulation from `sources` source vertices spread evenly over the vertex order,
// scaled by vertices / sources and halved as Boost's exact algorithm halves its sum over every
// source on an undirected graph (each pair of vertices is met from both ends): an estimate of
// the same number.
std::vector<double> SampledBetweenness(const UndirectedGraph& ug, size_t sources) {
  const size_t count = boost::num_vertices(ug);
  std::vector<double> score(count, 0.0);
  std::vector<int64_t> dist(count, -1);
  std::vector<double> paths(count, 0.0), dependency(count, 0.0);
  std::vector<size_t> order;  // vertices in the order the search reaches them
  order.reserve(count);
  for (size_t k = 0; k < sources; ++k) {
    const size_t s = k * count / sources;
    order.clear();
    order.push_back(s);
    dist[s] = 0;
    paths[s] = 1;
    for (size_t head = 0; head < order.size(); ++head) {
      const size_t v = order[head];
      for (auto [it, end] = boost::adjacent_vertices(v, ug); it != end; ++it) {
        const size_t w = *it;
        if (dist[w] < 0) {
          dist[w] = dist[v] + 1;
          order.push_back(w);
        }
        if (dist[w] == dist[v] + 1) paths[w] += paths[v];
      }
    }
    // Dependencies, farthest vertices first; a vertex's predecessors are its neighbours one
    // step nearer the source.
    for (size_t i = order.size(); i-- > 1;) {
      const size_t w = order[i];
      for (auto [it, end] = boost::adjacent_vertices(w, ug); it != end; ++it) {
        const size_t v = *it;
        if (dist[v] == dist[w] - 1) dependency[v] += paths[v] / paths[w] * (1 + dependency[w]);
      }
      score[w] += dependency[w];
    }
    for (size_t v : order) {
      dist[v] = -1;
      paths[v] = 0;
      dependency[v] = 0;
    }
  }
  const double scale = static_cast<double>(count) / static_cast<double>(sources) / 2;
  for (double& x : score) x *= scale;
  return score;
}

// Returns the step from `u` to its neighbour `w`: the heaviest relation linking them, the
// first in canonical order (out relations before in relations) on a tie.
PathStep StepBetween(const KnowledgeGraph& g, size_t u, size_t w) {
  const auto& dg = g.graph();
  PathStep best{.vertex = w};
  auto consider = [&](const Relation& r, Direction d) {
    if (!best.relation || r.weight > best.relation->weight) {
      best.relation = &r;
      best.direction = d;
    }
  };
  for (auto [it, end] = boost::out_edges(u, dg); it != end; ++it)
    if (boost::target(*it, dg) == w) consider(dg[*it], Direction::kForward);
  for (auto [it, end] = boost::in_edges(u, dg); it != end; ++it)
    if (boost::source(*it, dg) == w) consider(dg[*it], Direction::kBackward);
  return best;
}

}  // namespace

std::vector<size_t> FindEntities(const KnowledgeGraph& g, std::string_view query) {
  std::string q = Lower(Trim(query));
  std::vector<size_t> found;
  if (q.empty()) return found;
  for (size_t v = 0; v < g.VertexCount(); ++v)
    if (Lower(g.entity(v).id) == q || Lower(g.entity(v).name) == q) found.push_back(v);
  if (!found.empty()) return found;
  for (size_t v = 0; v < g.VertexCount(); ++v) {
    const auto& alts = g.entity(v).alt_names;
    if (std::any_of(alts.begin(), alts.end(), [&](const auto& a) { return Lower(a) == q; }))
      found.push_back(v);
  }
  if (!found.empty()) return found;
  std::vector<std::string> query_words = Words(q);
  for (size_t v = 0; v < g.VertexCount(); ++v) {
    const Entity& e = g.entity(v);
    bool match = PartialMatch(e.name, q, query_words) ||
                 std::any_of(e.alt_names.begin(), e.alt_names.end(),
                             [&](const auto& a) { return PartialMatch(a, q, query_words); });
    if (match) found.push_back(v);
  }
  return found;
}

std::optional<std::vector<PathStep>> ShortestPath(const KnowledgeGraph& g, size_t from, size_t to) {
  if (from >= g.VertexCount() || to >= g.VertexCount()) return std::nullopt;
  if (from == to) return std::vector<PathStep>{};
  UndirectedGraph ug = UndirectedView(g);
  constexpr size_t kNone = std::numeric_limits<size_t>::max();
  std::vector<size_t> pred(g.VertexCount(), kNone);
  pred[from] = from;
  boost::breadth_first_search(ug, from,
                              boost::visitor(boost::make_bfs_visitor(
                                  boost::record_predecessors(pred.data(), boost::on_tree_edge()))));
  if (pred[to] == kNone) return std::nullopt;
  std::vector<PathStep> steps;
  for (size_t w = to; w != from; w = pred[w]) steps.push_back(StepBetween(g, pred[w], w));
  std::reverse(steps.begin(), steps.end());
  return steps;
}

std::vector<Centrality> TopCentral(const KnowledgeGraph& g, size_t n,
                                   const CentralityOptions& options) {
  UndirectedGraph ug = UndirectedView(g);
  std::vector<double> score(g.VertexCount(), 0.0);
  // A search costs vertices + edges (Boost's sets up every vertex for each source; ours visits
  // what the source reaches, never more).
  const uint64_t vertices = g.VertexCount(), edges = boost::num_edges(ug);
  const uint64_t affordable = options.steps / std::max<uint64_t>(vertices + edges, 1);
  if (affordable >= vertices) {
    boost::brandes_betweenness_centrality(ug,
                                          boost::centrality_map(boost::make_iterator_property_map(
                                              score.begin(), boost::get(boost::vertex_index, ug))));
  } else {
    score = SampledBetweenness(
        ug, std::min(vertices, std::max<uint64_t>({affordable, options.min_sources, 1})));
  }
  std::vector<Centrality> all;
  all.reserve(score.size());
  // Rounding makes ties exact, so the tie-breaks below decide and the order is a strict one.
  for (size_t v = 0; v < score.size(); ++v)
    all.push_back({.vertex = v, .score = std::round(score[v] * 1e6) / 1e6});
  std::sort(all.begin(), all.end(), [&g](const Centrality& a, const Centrality& b) {
    if (a.score != b.score) return a.score > b.score;
    size_t da = g.Degree(a.vertex), db = g.Degree(b.vertex);
    if (da != db) return da > db;
    return a.vertex < b.vertex;  // vertices follow id order
  });
  if (all.size() > n) all.resize(n);
  return all;
}

}  // namespace ng::graph
