// JSON-LD serialization of the graph (schema.org vocabulary plus ng: terms, context inline) and
// its inverse, which `inspect` and `merge` use to read a graph back without re-extracting.
#pragma once

#include <string>
#include <string_view>

#include "core/model.h"

namespace ng::exporter {

inline constexpr std::string_view kVocab = "https://w3id.org/newsgraph/vocab#";
inline constexpr std::string_view kIdBase = "https://w3id.org/newsgraph/id/";

// Returns the JSON-LD document for `g` (canonical order, byte-identical for equal graphs).
std::string ToJsonLd(const GraphData& g);

// Parses a document written by ToJsonLd back into graph data. Throws Error(kBadInput) naming
// `file` on malformed input.
GraphData FromJsonLd(std::string_view json, const std::string& file);

}  // namespace ng::exporter
