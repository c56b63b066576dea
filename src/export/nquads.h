// N-Quads serialization of the graph for triple stores: the same IRIs and vocabulary as the JSON-LD
// (jsonld.h), one statement per line, so a file can be streamed, split and concatenated. The
// default graph holds the entity descriptions (types, name, alternateName, identifier, sameAs,
// startDate, ng:trigger, ng:mentionCount), entities by id. Then comes one named graph per article,
// named by the article's IRI and ordered by document id: the article's own description (type,
// headline, datePublished, url, mentions) and every relation the article supports, that is every
// relation with evidence from that document, in canonical relation order. A relation whose
// evidence names no document stays in the default graph, so no relation is lost. Limit: evidence
// beyond the merge cap is gone, so an article that only supports a relation through dropped
// evidence does not repeat it (the relation is still in the graphs of its kept evidence).
// Literals are escaped as in canonical N-Triples; equal graphs give byte-identical text.
#pragma once

#include <ostream>
#include <string>
#include <string_view>

#include "core/model.h"

namespace ng::exporter {

// Writes the N-Quads of `g` to `out`, line by line, in the order described above.
void WriteNQuads(const GraphData& g, std::ostream& out);

// Returns the N-Quads text of `g` (what WriteNQuads writes).
std::string ToNQuads(const GraphData& g);

// Returns `text` as the body of an N-Quads string literal: '"' and '\' backslash-escaped, BS, TAB,
// LF, FF and CR as \b \t \n \f \r, other control characters as \u00XX; everything else verbatim.
std::string EscapeNQuadsString(std::string_view text);

}  // namespace ng::exporter
