#include "export/graphml.h"

#include <sstream>

#include "graph/graphml.h"
#include "graph/knowledge_graph.h"

namespace ng::exporter {

std::string ToGraphMl(const GraphData& g) {
  std::ostringstream out;
  graph::WriteGraphMl(graph::KnowledgeGraph(g), out);
  return std::move(out).str();
}

}  // namespace ng::exporter
