// libFuzzer target: extract -> export on arbitrary text, with the real lexicons (loaded once from
// NEWSGRAPH_DATA_DIR) and the name tagger if its model is there. Checks the whole chain's
// promises: tokens, sentences and mentions are spans within the text on UTF-8 boundaries;
// evidence offsets and sentences match the text; the fragment is canonical and its JSON-LD reads
// back to the same graph; merged, its ids are unique, its JSON-LD reads back and its DOT parses
// with cgraph with one node per entity; its mentions line is one JSON object.
#include <graphviz/cgraph.h>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>

#include "core/utf8.h"
#include "export/dot.h"
#include "export/jsonld.h"
#include "export/mentions.h"
#include "extract/extractor.h"
#include "extract/lexicon.h"
#include "extract/relation_model.h"
#include "extract/tagger.h"
#include "fuzz/invariants.h"
#include "graph/merge.h"
#include "ingest/reader.h"
#include "nlp/tokenizer.h"

namespace {

struct Loaded {
  ng::extract::Lexicon lexicon;
  std::optional<ng::extract::NameTagger> tagger;
  std::optional<ng::extract::RelationModel> relations;
};

const Loaded& Resources() {
  static const Loaded* loaded = [] {
    const std::filesystem::path data = NEWSGRAPH_DATA_DIR;
    auto* l = new Loaded{ng::extract::Lexicon::Load(data), std::nullopt, std::nullopt};
    if (std::filesystem::exists(data / "models" / "names.ngt"))
      l->tagger = ng::extract::NameTagger::Load(data / "models" / "names.ngt");
    if (std::filesystem::exists(data / "models" / "relations.ngr"))
      l->relations = ng::extract::RelationModel::Load(data / "models" / "relations.ngr");
    return l;
  }();
  return *loaded;
}

struct GraphCloser {
  void operator()(Agraph_t* g) const { agclose(g); }
};

// Aborts with the failed condition on stderr, so a crash report says which promise broke.
#define CHECK(cond)                                      \
  do {                                                   \
    if (!(cond)) {                                       \
      std::fprintf(stderr, "check failed: %s\n", #cond); \
      std::abort();                                      \
    }                                                    \
  } while (false)

void CheckTokens(std::string_view text) {
  const std::vector<ng::nlp::Token> tokens = ng::nlp::Tokenize(text);
  uint32_t at = 0;
  for (const ng::nlp::Token& t : tokens) {
    ng::fuzz::CheckSpan(text, t.span);
    CHECK(!t.span.empty() && t.span.begin >= at);
    at = t.span.end;
  }
  uint32_t next = 0;
  for (const ng::nlp::Sentence& s : ng::nlp::SplitSentences(text, tokens)) {
    CHECK(s.first == next && s.first < s.last && s.last <= tokens.size());
    CHECK(s.span.begin == tokens[s.first].span.begin && s.span.end == tokens[s.last - 1].span.end);
    next = s.last;
  }
  CHECK(next == tokens.size());
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  Resources();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const Loaded& loaded = Resources();
  ng::Diagnostics diag;
  const ng::Document doc = ng::ingest::DocumentFromText(
      "fuzz.txt", std::string_view(reinterpret_cast<const char*>(data), size), "fuzz.txt", diag);
  const std::string& text = doc.text;
  CheckTokens(text);

  const ng::extract::Resources res{loaded.lexicon, loaded.tagger ? &*loaded.tagger : nullptr,
                                   loaded.relations ? &*loaded.relations : nullptr};
  const ng::extract::DocumentResult result =
      ng::extract::ExtractDocument(doc, res, {.max_mentions = 64});
  CHECK(result.mentions.size() <= 64);
  for (const ng::Mention& m : result.mentions) ng::fuzz::CheckSpan(text, m.span);

  const ng::GraphData& g = result.fragment;
  ng::GraphData canonical = g;
  ng::Canonicalize(canonical);
  CHECK(canonical == g);
  for (size_t i = 1; i < g.entities.size(); ++i) CHECK(g.entities[i - 1].id < g.entities[i].id);
  const ng::CodePointIndex cps(text);
  for (const ng::Relation& r : g.relations) {
    for (const ng::Evidence& ev : r.evidence) {
      CHECK(ev.doc == doc.id && ev.begin <= ev.end);
      const uint32_t begin = cps.ToBytes(ev.begin), end = cps.ToBytes(ev.end);
      CHECK(end <= text.size() && std::string_view(text).substr(begin, end - begin) == ev.text);
    }
  }

  CHECK(ng::exporter::FromJsonLd(ng::exporter::ToJsonLd(g), "fuzz.jsonld") == g);

  // What the CLI writes is the merged graph.
  const ng::GraphData merged = ng::graph::MergeFragments({g});
  for (size_t i = 1; i < merged.entities.size(); ++i)
    CHECK(merged.entities[i - 1].id < merged.entities[i].id);
  CHECK(ng::exporter::FromJsonLd(ng::exporter::ToJsonLd(merged), "merged.jsonld") == merged);

  const std::string dot = ng::exporter::ToDot(merged);
  std::unique_ptr<Agraph_t, GraphCloser> parsed(agmemread(dot.c_str()));
  CHECK(parsed != nullptr);
  CHECK(static_cast<size_t>(agnnodes(parsed.get())) == merged.entities.size() + 6);  // + legend

  const auto line = nlohmann::json::parse(ng::exporter::ToMentionsLine(doc, result.mentions));
  CHECK(line.is_object() && line["mentions"].size() == result.mentions.size());

  // Merging a fragment with itself adds mentions, never entities.
  const ng::GraphData twice = ng::graph::MergeFragments({g, g});
  CHECK(twice.entities.size() == merged.entities.size());
  for (size_t i = 0; i < twice.entities.size(); ++i)
    CHECK(twice.entities[i].id == merged.entities[i].id);
  return 0;
}
