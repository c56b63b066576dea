// Graphviz DOT rendering of the graph for people to look at: one node per entity (named by its
// id, labelled with its name and a second line with its title, kind or type; shape and colour by
// type), one labelled edge per entity-valued relation, and a legend. Every text-derived string is
// escaped so that it renders as its own text: Graphviz escapes (\N, \n, \l, ...), entities
// (&amp;), HTML-like labels and broken quoting cannot come from the input. This file's .cc is the
// only user of cgraph.
#pragma once

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <string>
#include <string_view>

#include "core/model.h"

namespace ng::exporter {

struct DotOptions {
  std::string graph_name = "newsgraph";
  std::string rankdir = "LR";  // "LR" or "TB"
  bool legend = true;          // adds the cluster_legend subgraph
  // Draws each edge with penwidth EdgePenWidth(weight), so well-supported relations stand out.
  bool penwidth_by_weight = false;
  // cgraph's copy of a graph is several times the size of the graph: it holds about this many
  // entities and relations at a time. A larger graph is written in batches, one cgraph graph
  // each: the same DOT graph (nodes, edges, attributes), its statements in another order than
  // one cgraph graph would write them.
  size_t batch_size = size_t{1} << 14;
};

// Returns the DOT text of `g`; equal graphs and options give byte-identical text. Relations whose
// subject or object is not an entity of `g` are left out. Serializes on an internal lock, since
// cgraph keeps global state.
std::string ToDot(const GraphData& g, const DotOptions& opt = {});
// Writes the same bytes as ToDot to `sink`, in chunks as cgraph writes them: no string of the
// whole text is held beside the graph.
void WriteDot(const GraphData& g, const DotOptions& opt,
              const std::function<void(std::string_view)>& sink);
// Writes the same bytes to the file at `path`, atomically (core/files.h AtomicFile). Throws
// Error(kWriteFailed) on failure.
void WriteDotFile(const GraphData& g, const std::filesystem::path& path,
                  const DotOptions& opt = {});
// Writes the same bytes as the overload above, consuming `g`: what the DOT does not show
// (articles, evidence, alternate names, identifiers) is freed before cgraph's copy of the graph
// is built, and each entity and relation as soon as cgraph holds it, so that the picture does not
// need the memory of both. For callers that write the DOT last.
void WriteDotFile(GraphData&& g, const std::filesystem::path& path, const DotOptions& opt = {});

// Returns the DOT penwidth of an edge of `weight` supporting mentions: 1 + log2(weight), at most
// 8, with one decimal ("1.0" for weight 0 or 1, "2.0" for 2, "3.6" for 6, "8.0" from 128 on).
std::string EdgePenWidth(uint32_t weight);

// Returns `text` as the value of a DOT label that renders as `text` itself: '\' becomes "\\",
// '&' becomes "&amp;", control characters (newlines included) become spaces. cgraph's writer
// adds the quotes and escapes '"'.
std::string EscapeDotLabel(std::string_view text);

}  // namespace ng::exporter
