// Google Benchmark programs for each pipeline stage, on real text: the 40 GMB documents of
// tests/data/corpus (or the JSON Lines file named by NEWSGRAPH_BENCH_CORPUS in the environment).
// Byte counters are of document text, so each stage reports its own MB/s: tokenize, names (rules
// and lexicons, no tagger), tagger (the learned name tagger alone), extract (ExtractDocument with
// the tagger and the relation model, as `newsgraph extract` runs it; and without the relation
// model), merge (MergeFragments of the corpus's fragments) and export (ToJsonLd, ToDot of
// the merged graph). Resources are loaded once, before any benchmark runs.
#include <benchmark/benchmark.h>

#include <cstdlib>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "core/diagnostics.h"
#include "core/document.h"
#include "export/dot.h"
#include "export/jsonld.h"
#include "extract/extractor.h"
#include "extract/lexicon.h"
#include "extract/names.h"
#include "extract/relation_model.h"
#include "extract/tagger.h"
#include "graph/merge.h"
#include "ingest/reader.h"
#include "nlp/tokenizer.h"

namespace {

// The corpus and resources every benchmark shares; built on first use.
struct Fixture {
  std::vector<ng::Document> docs;
  int64_t bytes = 0;
  std::unique_ptr<ng::extract::Lexicon> lexicon;
  std::unique_ptr<ng::extract::NameTagger> tagger;
  std::unique_ptr<ng::extract::RelationModel> relations;
  std::vector<ng::GraphData> fragments;
  ng::GraphData merged;
};

const Fixture& Shared() {
  static const Fixture fixture = [] {
    Fixture f;
    const char* env = std::getenv("NEWSGRAPH_BENCH_CORPUS");
    const std::string corpus = env != nullptr ? env : NEWSGRAPH_BENCH_CORPUS;
    ng::Diagnostics diag;
    ng::ingest::ReadInputs(
        {corpus}, [&](ng::Document&& d) { f.docs.push_back(std::move(d)); }, diag);
    for (const ng::Document& d : f.docs) f.bytes += static_cast<int64_t>(d.text.size());
    const std::filesystem::path data = NEWSGRAPH_DATA_DIR;
    f.lexicon = std::make_unique<ng::extract::Lexicon>(ng::extract::Lexicon::Load(data));
    f.tagger = std::make_unique<ng::extract::NameTagger>(
        ng::extract::NameTagger::Load(data / "models" / "names.ngt"));
    f.relations = std::make_unique<ng::extract::RelationModel>(
        ng::extract::RelationModel::Load(data / "models" / "relations.ngr"));
    const ng::extract::Resources res{*f.lexicon, f.tagger.get(), f.relations.get()};
    for (const ng::Document& d : f.docs)
      f.fragments.push_back(ng::extract::ExtractDocument(d, res).fragment);
    f.merged = ng::graph::MergeFragments(f.fragments);
    return f;
  }();
  return fixture;
}

void BM_Tokenize(benchmark::State& state) {
  const Fixture& f = Shared();
  for (auto _ : state) {
    for (const ng::Document& d : f.docs) {
      std::vector<ng::nlp::Token> tokens = ng::nlp::Tokenize(d.text);
      benchmark::DoNotOptimize(ng::nlp::SplitSentences(d.text, tokens));
    }
  }
  state.SetBytesProcessed(state.iterations() * f.bytes);
}
BENCHMARK(BM_Tokenize)->Unit(benchmark::kMillisecond);

void BM_Names(benchmark::State& state) {
  const Fixture& f = Shared();
  for (auto _ : state) {
    for (const ng::Document& d : f.docs) {
      const ng::extract::TextView view = ng::extract::MakeTextView(d.text, *f.lexicon);
      benchmark::DoNotOptimize(ng::extract::FindNames(view, *f.lexicon, nullptr));
    }
  }
  state.SetBytesProcessed(state.iterations() * f.bytes);
}
BENCHMARK(BM_Names)->Unit(benchmark::kMillisecond);

void BM_Tagger(benchmark::State& state) {
  const Fixture& f = Shared();
  std::vector<ng::extract::TextView> views;
  for (const ng::Document& d : f.docs)
    views.push_back(ng::extract::MakeTextView(d.text, *f.lexicon));
  for (auto _ : state) {
    for (const ng::extract::TextView& v : views) {
      for (const ng::nlp::Sentence& s : v.sentences)
        benchmark::DoNotOptimize(f.tagger->Tag(v.text, v.tokens, s, f.lexicon.get()));
    }
  }
  state.SetBytesProcessed(state.iterations() * f.bytes);
}
BENCHMARK(BM_Tagger)->Unit(benchmark::kMillisecond);

void ExtractAll(benchmark::State& state, const ng::extract::Resources& res) {
  const Fixture& f = Shared();
  for (auto _ : state) {
    for (const ng::Document& d : f.docs)
      benchmark::DoNotOptimize(ng::extract::ExtractDocument(d, res));
  }
  state.SetBytesProcessed(state.iterations() * f.bytes);
  state.counters["docs/s"] = benchmark::Counter(
      static_cast<double>(state.iterations() * f.docs.size()), benchmark::Counter::kIsRate);
}

void BM_Extract(benchmark::State& state) {
  const Fixture& f = Shared();
  ExtractAll(state, {*f.lexicon, f.tagger.get(), f.relations.get()});
}
BENCHMARK(BM_Extract)->Unit(benchmark::kMillisecond);

void BM_ExtractNoRelationModel(benchmark::State& state) {
  const Fixture& f = Shared();
  ExtractAll(state, {*f.lexicon, f.tagger.get()});
}
BENCHMARK(BM_ExtractNoRelationModel)->Unit(benchmark::kMillisecond);

void BM_Merge(benchmark::State& state) {
  const Fixture& f = Shared();
  for (auto _ : state) benchmark::DoNotOptimize(ng::graph::MergeFragments(f.fragments));
  state.SetBytesProcessed(state.iterations() * f.bytes);
}
BENCHMARK(BM_Merge)->Unit(benchmark::kMillisecond);

void BM_ExportJsonLd(benchmark::State& state) {
  const Fixture& f = Shared();
  for (auto _ : state) benchmark::DoNotOptimize(ng::exporter::ToJsonLd(f.merged));
  state.SetBytesProcessed(state.iterations() * f.bytes);
}
BENCHMARK(BM_ExportJsonLd)->Unit(benchmark::kMillisecond);

void BM_ExportDot(benchmark::State& state) {
  const Fixture& f = Shared();
  for (auto _ : state) benchmark::DoNotOptimize(ng::exporter::ToDot(f.merged));
  state.SetBytesProcessed(state.iterations() * f.bytes);
}
BENCHMARK(BM_ExportDot)->Unit(benchmark::kMillisecond);

void BM_LexiconLoad(benchmark::State& state) {
  for (auto _ : state) benchmark::DoNotOptimize(ng::extract::Lexicon::Load(NEWSGRAPH_DATA_DIR));
}
BENCHMARK(BM_LexiconLoad)->Unit(benchmark::kMillisecond)->Iterations(3);

}  // namespace

BENCHMARK_MAIN();
