// Extraction of one document: Document in, graph fragment and mentions out. This is a pure
// function of the document and the (immutable, shareable) resources: no globals, no clock, no
// randomness, so documents can be processed in any order, on any thread or machine, and the
// fragments merged (graph/) into exactly the same graph.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/document.h"
#include "core/model.h"
#include "extract/lexicon.h"

namespace ng::extract {

class NameTagger;
class RelationModel;
enum class PairKind : uint8_t;  // extract/relation_model.h

struct Resources {
  const Lexicon& lexicon;
  const NameTagger* tagger = nullptr;        // optional learned name tagger
  const RelationModel* relations = nullptr;  // optional learned relation scorer
};

struct ExtractOptions {
  size_t max_mentions = 100000;  // per document; beyond it mentions are dropped (and counted)
  bool gazetteer_facts = false;  // also what the gazetteers know of the places (relations.h)
};

struct DocumentResult {
  GraphData fragment;             // one Article, its entities and relations (canonical order)
  std::vector<Mention> mentions;  // in text order
  size_t mentions_dropped = 0;    // beyond ExtractOptions::max_mentions
};

// Extracts entities, relations and events from `doc`.
DocumentResult ExtractDocument(const Document& doc, const Resources& res,
                               const ExtractOptions& options = {});

// A candidate pair of the relation model (extract/relation_model.h) with what a trainer needs
// to label it: the two mentions' spans as written (bytes into the document text), their
// entities' types, and their entities' names (the canonical name first, then the other names
// the document gives it).
struct PairExample {
  std::vector<uint64_t> features;
  PairKind kind{};
  Span subject, object;
  EntityType subject_type = EntityType::kPerson, object_type = EntityType::kPerson;
  std::vector<std::string> subject_names, object_names;
};

// Returns the relation model's candidate pairs of `doc` (res.relations is not used).
std::vector<PairExample> RelationCandidates(const Document& doc, const Resources& res);

}  // namespace ng::extract
