#include "graph/graphml.h"

#include <boost/graph/graphml.hpp>
#include <boost/property_map/function_property_map.hpp>
#include <string>
#include <vector>

namespace ng::graph {
namespace {

// Replaces the characters XML 1.0 cannot carry (C0 controls but TAB, LF, CR; DEL) with spaces.
std::string XmlSafe(std::string_view text) {
  std::string out(text);
  for (char& c : out) {
    unsigned char u = static_cast<unsigned char>(c);
    if ((u < 0x20 && c != '\t' && c != '\n' && c != '\r') || u == 0x7F) c = ' ';
  }
  return out;
}

}  // namespace

void WriteGraphMl(const KnowledgeGraph& g, std::ostream& out) {
  using Graph = KnowledgeGraph::Graph;
  using Vertex = Graph::vertex_descriptor;
  using Edge = Graph::edge_descriptor;
  const Graph& bg = g.graph();

  // write_graphml reads attributes through property maps; computed text is prepared per vertex.
  const size_t n = g.VertexCount();
  std::vector<std::string> ids(n), types(n), names(n);
  for (size_t v = 0; v < n; ++v) {
    ids[v] = XmlSafe(g.entity(v).id);
    types[v] = std::string(EntityTypeName(g.entity(v).type));
    names[v] = XmlSafe(g.entity(v).name);
  }
  auto by_vertex = [](const std::vector<std::string>& values) {
    return boost::make_function_property_map<Vertex, std::string>(
        [&values](Vertex v) { return values[v]; });
  };

  boost::dynamic_properties dp;
  dp.property("id", by_vertex(ids));
  dp.property("type", by_vertex(types));
  dp.property("name", by_vertex(names));
  dp.property("leader", boost::make_function_property_map<Vertex, bool>(
                            [&g](Vertex v) { return g.entity(v).leader; }));
  dp.property("predicate", boost::make_function_property_map<Edge, std::string>([&bg](Edge e) {
                return std::string(PredicateTerm(bg[e].predicate));
              }));
  dp.property("weight", boost::make_function_property_map<Edge, long>(
                            [&bg](Edge e) { return static_cast<long>(bg[e].weight); }));
  boost::write_graphml(out, bg, dp, true);
}

}  // namespace ng::graph
