#include "export/graphml.h"

#include <sstream>

#include "graph/graphml.h"
#include "graph/knowledge_graph.h"

namespace ng::exporter {

void WriteGraphMl(const GraphData& g, std::ostream& out) {
  graph::WriteGraphMl(graph::KnowledgeGraph(g), out);
}

std::string ToGraphMl(const GraphData& g) {
  std::ostringstream out;
  WriteGraphMl(g, out);
  return std::move(out).str();
}

}  // namespace ng::exporter
