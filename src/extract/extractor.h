// Extraction of one document: Document in, graph fragment and mentions out. This is a pure
// function of the document and the (immutable, shareable) resources: no globals, no clock, no
// randomness, so documents can be processed in any order, on any thread or machine, and the
// fragments merged (graph/) into exactly the same graph.
#pragma once

#include <vector>

#include "core/document.h"
#include "core/model.h"
#include "extract/lexicon.h"

namespace ng::extract {

class NameTagger;

struct Resources {
  const Lexicon& lexicon;
  const NameTagger* tagger = nullptr;  // optional learned name tagger
};

struct ExtractOptions {
  size_t max_mentions = 100000;  // per document; beyond it mentions are dropped (and counted)
};

struct DocumentResult {
  GraphData fragment;             // one Article, its entities and relations (canonical order)
  std::vector<Mention> mentions;  // in text order
  size_t mentions_dropped = 0;    // beyond ExtractOptions::max_mentions
};

// Extracts entities, relations and events from `doc`.
DocumentResult ExtractDocument(const Document& doc, const Resources& res,
                               const ExtractOptions& options = {});

}  // namespace ng::extract
