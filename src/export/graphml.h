// GraphML export of graph data: builds the KnowledgeGraph (src/graph/) and writes it with
// graph::WriteGraphMl, whose header describes the attributes. Kept here beside the other formats
// so that callers pick every output format from src/export/.
#pragma once

#include <ostream>
#include <string>

#include "core/model.h"

namespace ng::exporter {

// Returns the GraphML text of `g` (byte-identical for equal graphs).
std::string ToGraphMl(const GraphData& g);
// Writes the same text to `out`.
void WriteGraphMl(const GraphData& g, std::ostream& out);

}  // namespace ng::exporter
