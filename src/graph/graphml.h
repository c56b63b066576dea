// GraphML rendering of a KnowledgeGraph through Boost.Graph's write_graphml, for Gephi, yEd,
// Cytoscape and NetworkX. Nodes are the graph's vertices ("n0", "n1", ... in entity id order) with
// the attributes id, type, name (strings) and leader (boolean); edges are the entity-to-entity
// relations, subject -> object in canonical order, with the attributes predicate (the JSON-LD term,
// "ng:leaderOf", "memberOf", ...) and weight (long). Literal relations (jobTitle, startDate) are
// not edges and are left out. Control characters in text become spaces, since XML 1.0 cannot carry
// them; equal graphs give byte-identical text.
#pragma once

#include <ostream>

#include "graph/knowledge_graph.h"

namespace ng::graph {

// Writes the GraphML document of `g` to `out`.
void WriteGraphMl(const KnowledgeGraph& g, std::ostream& out);

}  // namespace ng::graph
