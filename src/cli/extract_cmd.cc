// `newsgraph extract`: reads articles, extracts each document (in parallel), merges the
// fragments into one graph and writes it. The one place that chains the pipeline stages.
#include <algorithm>
#include <atomic>
#include <charconv>
#include <chrono>
#include <cstdlib>
#include <exception>
#include <filesystem>
#include <iostream>
#include <memory>
#include <mutex>
#include <optional>
#include <set>
#include <sstream>
#include <thread>
#include <utility>

#include "cli/commands.h"
#include "cli/models.h"
#include "cli/progress.h"
#include "core/diagnostics.h"
#include "core/error.h"
#include "core/files.h"
#include "core/text_spill.h"
#include "export/dot.h"
#include "export/graphml.h"
#include "export/jsonld.h"
#include "export/mentions.h"
#include "export/nquads.h"
#include "extract/extractor.h"
#include "extract/lexicon.h"
#include "extract/tagger.h"
#include "graph/filter.h"
#include "graph/merge.h"
#include "ingest/reader.h"

namespace ng::cli {
namespace {

constexpr std::string_view kExtractUsage =
    "usage: newsgraph extract [options] INPUT... [-o DIR]\n"
    "\n"
    "Reads news articles and writes their knowledge graph to DIR/graph.jsonld and DIR/graph.dot.\n"
    "INPUT is a text file (one article), a .jsonl file (one article per line: {\"id\", \"text\",\n"
    "\"title\"?, \"date\"?, \"url\"?, \"source\"?}), an .html file, a directory (read "
    "recursively)\n"
    "or '-' for standard input.\n"
    "\n"
    "options:\n"
    "  -o, --output DIR     where to write (default: output)\n"
    "  --format LIST        comma-separated: jsonld, dot, nquads, graphml, mentions\n"
    "                       (default: jsonld,dot); nquads writes DIR/graph.nq (one named graph\n"
    "                       per article), graphml DIR/graph.graphml, mentions DIR/mentions.jsonl\n"
    "                       (code point offsets)\n"
    "  --top N              DOT only: keep the N most central entities and their relations\n"
    "  --ego ENTITY         DOT only: keep the entities ENTITY (a name or id) names and their\n"
    "                       neighbourhood; with --top, the N most central of those\n"
    "  --depth K            hops around the --ego entities (default: 1)\n"
    "  --data DIR           lexicon folder (default: the data/ folder of this build)\n"
    "  --model FILE         name tagger model (default: DATA/models/names.ngt if present)\n"
    "  --no-tagger          use rules and lexicons only\n"
    "  --relation-model FILE  relation model (default: DATA/models/relations.ngr if present)\n"
    "  --no-relation-model  relations from the rules only\n"
    "  --gazetteer-facts    also state what the gazetteers know and the text does not say:\n"
    "                       a named city's country, a landmark's city, a capital's country,\n"
    "                       a news outlet's country\n"
    "  --threads N          worker threads (default: all cores)\n"
    "  --evidence-cap N     evidence sentences kept per relation (default: 20)\n"
    "  --shard              write one shard of a corpus for 'newsgraph merge': surnames are\n"
    "                       not resolved to full names yet, so merging the shards gives byte\n"
    "                       for byte the graph of one run over the whole corpus\n"
    "  --max-mentions N     mentions kept per document (default: 100000)\n"
    "  -q, --quiet          no progress or summary on stderr (progress shows on terminals only)\n"
    "  -h, --help           show this help\n"
    "exit status: 0 success, 1 an input was skipped or an output failed, 2 usage error\n";

struct ExtractArgs {
  std::vector<std::string> inputs;
  std::filesystem::path output = "output";
  std::set<std::string> formats = {"jsonld", "dot"};
  std::filesystem::path data = NEWSGRAPH_DATA_DIR;
  std::optional<std::filesystem::path> model;
  bool tagger = true;
  std::optional<std::filesystem::path> relation_model;
  bool relations = true;
  unsigned threads = 0;
  size_t evidence_cap = 20;
  size_t max_mentions = 100000;
  bool gazetteer_facts = false;
  graph::PictureFilter picture;
  bool shard = false;
  bool quiet = false;
  bool help = false;
};

constexpr std::string_view kFormats[] = {"jsonld", "dot", "nquads", "graphml", "mentions"};

size_t ParseCount(const std::string& option, const std::string& value, size_t min) {
  size_t n = 0;
  auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), n);
  if (ec != std::errc() || end != value.data() + value.size() || n < min)
    throw Error(ErrorCode::kUsage, option + " expects a whole number >= " + std::to_string(min) +
                                       ", got '" + value + "'");
  return n;
}

ExtractArgs ParseArgs(const Args& args) {
  ExtractArgs a;
  bool depth_seen = false;
  for (size_t i = 0; i < args.size(); ++i) {
    const std::string& arg = args[i];
    auto value = [&]() -> const std::string& {
      if (i + 1 >= args.size()) throw Error(ErrorCode::kUsage, arg + " needs a value");
      return args[++i];
    };
    if (arg == "-h" || arg == "--help") {
      a.help = true;
    } else if (arg == "-o" || arg == "--output") {
      a.output = value();
    } else if (arg == "--format") {
      a.formats.clear();
      std::stringstream list(value());
      for (std::string f; std::getline(list, f, ',');) {
        if (std::find(std::begin(kFormats), std::end(kFormats), f) == std::end(kFormats))
          throw Error(ErrorCode::kUsage,
                      "unknown format '" + f + "' (jsonld, dot, nquads, graphml, mentions)");
        a.formats.insert(f);
      }
      if (a.formats.empty()) throw Error(ErrorCode::kUsage, "--format needs at least one format");
    } else if (arg == "--data") {
      a.data = value();
    } else if (arg == "--model") {
      a.model = value();
    } else if (arg == "--no-tagger") {
      a.tagger = false;
    } else if (arg == "--relation-model") {
      a.relation_model = value();
    } else if (arg == "--no-relation-model") {
      a.relations = false;
    } else if (arg == "--gazetteer-facts") {
      a.gazetteer_facts = true;
    } else if (arg == "--threads") {
      a.threads = static_cast<unsigned>(ParseCount(arg, value(), 1));
    } else if (arg == "--evidence-cap") {
      a.evidence_cap = ParseCount(arg, value(), 1);
    } else if (arg == "--max-mentions") {
      a.max_mentions = ParseCount(arg, value(), 1);
    } else if (arg == "--top") {
      a.picture.top = ParseCount(arg, value(), 1);
    } else if (arg == "--ego") {
      a.picture.ego = value();
      if (a.picture.ego.empty()) throw Error(ErrorCode::kUsage, "--ego needs an entity name");
    } else if (arg == "--depth") {
      depth_seen = true;
      a.picture.depth = ParseCount(arg, value(), 0);
    } else if (arg == "--shard") {
      a.shard = true;
    } else if (arg == "-q" || arg == "--quiet") {
      a.quiet = true;
    } else if (arg.size() > 1 && arg[0] == '-' && arg != "-") {
      throw Error(ErrorCode::kUsage, "unknown option '" + arg + "'");
    } else {
      a.inputs.push_back(arg);
    }
  }
  if (a.help) return a;
  if (a.inputs.empty()) throw Error(ErrorCode::kUsage, "no INPUT given");
  if (depth_seen && a.picture.ego.empty())
    throw Error(ErrorCode::kUsage, "--depth needs --ego ENTITY");
  if ((a.picture.top || !a.picture.ego.empty()) && !a.formats.count("dot"))
    throw Error(ErrorCode::kUsage, "--top and --ego filter the DOT output: add dot to --format");
  return a;
}

// Extracts batches of documents on `threads` threads, one batch while the caller merges the
// one before: Start() hands a batch to threads - 1 workers and returns at once; Finish() has the
// calling thread join the work on that batch, waits for it, and returns the batch with its
// results in the documents' order. With one thread, Finish() extracts the whole batch itself.
// An exception thrown while extracting a document is thrown again by Finish().
class BatchExtractor {
 public:
  struct Done {
    std::vector<Document> docs;
    std::vector<extract::DocumentResult> results;  // results[i] is docs[i]'s
  };

  BatchExtractor(const extract::Resources& res, const extract::ExtractOptions& opt,
                 unsigned threads)
      : res_(res), opt_(opt), threads_(threads) {}
  ~BatchExtractor() { workers_.clear(); }  // joins the workers before the batch goes

  bool busy() const { return busy_; }

  void Start(std::vector<Document> docs) {
    done_ = {std::move(docs), {}};
    done_.results.resize(done_.docs.size());
    next_ = 0;
    busy_ = true;
    for (unsigned t = 1; t < std::min<size_t>(threads_, done_.docs.size()); ++t)
      workers_.emplace_back([this] { Work(); });
  }

  Done Finish() {
    Work();
    workers_.clear();
    busy_ = false;
    if (failure_) std::rethrow_exception(std::exchange(failure_, nullptr));
    return std::move(done_);
  }

 private:
  void Work() {
    for (size_t i = next_++; i < done_.docs.size(); i = next_++) {
      try {
        done_.results[i] = extract::ExtractDocument(done_.docs[i], res_, opt_);
      } catch (...) {
        const std::lock_guard lock(failure_mutex_);
        if (!failure_) failure_ = std::current_exception();
      }
    }
  }

  const extract::Resources& res_;
  const extract::ExtractOptions& opt_;
  const unsigned threads_;
  Done done_;
  std::atomic<size_t> next_{0};
  bool busy_ = false;
  std::mutex failure_mutex_;
  std::exception_ptr failure_;
  std::vector<std::jthread> workers_;  // last: joined first
};

// Writes the DOT picture of `g` (canonical) through the --top/--ego filter, consuming `g` (the
// DOT is written last: cgraph's copy of the graph reuses the graph's memory); returns false (and
// says why on `err`) when the ego query names no entity, in which case nothing is written.
bool WriteDot(GraphData&& g, const graph::PictureFilter& filter, const std::filesystem::path& path,
              std::ostream& err) {
  if (graph::KeepsAll(filter)) {  // no copy of the whole graph
    exporter::WriteDotFile(std::move(g), path, {.penwidth_by_weight = true});
    return true;
  }
  std::vector<std::string> centers;
  GraphData picture = graph::FilterForPicture(g, filter, &centers);
  g = {};
  if (!filter.ego.empty() && centers.empty()) {
    err << "newsgraph extract: error: --ego '" << filter.ego << "' names no entity; "
        << path.string() << " not written\n";
    return false;
  }
  if (centers.size() > 1) {
    err << "newsgraph extract: --ego '" << filter.ego << "' names " << centers.size()
        << " entities, drawing around all:";
    for (const std::string& id : centers) err << " " << id;
    err << "\n";
  }
  exporter::WriteDotFile(std::move(picture), path, {.penwidth_by_weight = true});
  return true;
}

int Extract(const ExtractArgs& a, std::ostream& err, bool show_progress) {
  // Loaded first, so that a bad resource fails before any output exists; freed as soon as the
  // last document is extracted (about 45 MB), so that finishing and writing the graph reuse it.
  struct Models {
    extract::Lexicon lexicon;
    std::optional<extract::NameTagger> tagger;
    std::optional<extract::RelationModel> relations;
  };
  auto models = std::make_unique<Models>(Models{extract::Lexicon::Load(a.data), {}, {}});
  if (a.tagger) {
    std::filesystem::path model = a.model.value_or(a.data / "models" / "names.ngt");
    if (a.model || std::filesystem::exists(model))
      models->tagger = extract::NameTagger::Load(model);
  }
  models->relations = LoadRelationModel(a.relations, a.relation_model, a.data);
  const extract::Resources res{models->lexicon, models->tagger ? &*models->tagger : nullptr,
                               models->relations ? &*models->relations : nullptr};
  const extract::ExtractOptions opt{.max_mentions = a.max_mentions,
                                    .gazetteer_facts = a.gazetteer_facts};
  const unsigned threads =
      a.threads ? a.threads : std::max(1u, std::thread::hardware_concurrency());

  Diagnostics diag;
  Progress progress(err, show_progress && !a.quiet,
                    show_progress && !a.quiet ? InputBytes(a.inputs) : 0);
  const auto start = std::chrono::steady_clock::now();
  size_t documents_done = 0;
  uint64_t bytes_done = 0;
  // Each fragment is merged into the graph as soon as its batch is done: memory follows the
  // merged graph, and no fragment is held or merged twice. Person resolution waits for Finish:
  // resolving a surname early could not be undone when a later document makes it ambiguous.
  // Evidence sentences and headlines (a third of the graph) wait in a nameless temporary file
  // in $TMPDIR (else /tmp) until the writers read them.
  TextSpill spill(TemporaryFolder());
  graph::GraphAccumulator merged(
      {.evidence_cap = a.evidence_cap, .resolve_persons = !a.shard, .spill = &spill});
  std::optional<AtomicFile> mentions;
  if (a.formats.count("mentions")) mentions.emplace(a.output / "mentions.jsonl");
  size_t mentions_dropped = 0;
  // While the workers extract one batch, this thread merges the batch before and reads the next.
  BatchExtractor extractor(res, opt, threads);
  auto merge = [&](BatchExtractor::Done&& done) {
    for (size_t i = 0; i < done.results.size(); ++i) {
      extract::DocumentResult& result = done.results[i];
      if (mentions) mentions->Append(exporter::ToMentionsLine(done.docs[i], result.mentions));
      if (result.mentions_dropped) {
        mentions_dropped += result.mentions_dropped;
        diag.Warn(done.docs[i].source, 0,
                  "mention limit reached: " + std::to_string(result.mentions_dropped) +
                      " mentions dropped (--max-mentions)");
      }
      merged.Add(std::move(result.fragment));
      ++documents_done;
      bytes_done += done.docs[i].text.size();
    }
    progress.Update(
        documents_done, bytes_done,
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
  };
  std::vector<Document> batch;
  auto flush = [&] {
    std::optional<BatchExtractor::Done> done;
    if (extractor.busy()) done = extractor.Finish();
    if (!batch.empty()) extractor.Start(std::exchange(batch, {}));
    if (done) merge(std::move(*done));
  };
  ingest::ReadInputs(
      a.inputs,
      [&](Document&& doc) {
        batch.push_back(std::move(doc));
        if (batch.size() >= 64 * threads) flush();
      },
      diag);
  flush();  // the last batch starts while the one before merges
  if (extractor.busy()) merge(extractor.Finish());
  models.reset();  // `res` is not used from here on
  progress.Finish();
  graph::MergeReport report;
  GraphData g = merged.Finish(&report);
  const size_t entity_count = g.entities.size(), relation_count = g.relations.size();

  if (a.formats.count("jsonld")) exporter::WriteJsonLdFile(g, a.output / "graph.jsonld");
  if (a.formats.count("nquads"))
    WriteStreamAtomic(a.output / "graph.nq",
                      [&](std::ostream& out) { exporter::WriteNQuads(g, out); });
  if (a.formats.count("graphml"))
    WriteStreamAtomic(a.output / "graph.graphml",
                      [&](std::ostream& out) { exporter::WriteGraphMl(g, out); });
  // Last, since it consumes the graph.
  bool dot_ok =
      !a.formats.count("dot") || WriteDot(std::move(g), a.picture, a.output / "graph.dot", err);
  if (mentions) mentions->Commit();

  for (const Diagnostic& d : diag.items())
    err << "newsgraph extract: " << Diagnostics::Format(d) << "\n";
  if (!a.quiet) {
    err << "newsgraph extract: " << diag.documents_read << " documents, " << entity_count
        << " entities, " << relation_count << " relations -> " << a.output.string() << "\n";
    if (diag.records_skipped || diag.files_skipped || diag.bytes_replaced || mentions_dropped ||
        report.evidence_dropped)
      err << "newsgraph extract: skipped " << diag.records_skipped << " records and "
          << diag.files_skipped << " files; replaced " << diag.bytes_replaced
          << " invalid bytes; dropped " << mentions_dropped << " mentions and "
          << report.evidence_dropped << " evidence sentences beyond the caps\n";
  }
  if (diag.documents_read == 0 && !diag.failed()) {
    err << "newsgraph extract: error: no documents in the input\n";
    return 1;
  }
  return diag.failed() || !dot_ok ? 1 : 0;
}

}  // namespace

int RunExtract(const Args& args, std::ostream& out, std::ostream& err) {
  try {
    ExtractArgs a = ParseArgs(args);
    if (a.help) {
      out << kExtractUsage;
      return 0;
    }
    return Extract(a, err, &err == &std::cerr && StderrIsTerminal());
  } catch (const Error& e) {
    err << "newsgraph extract: " << (e.code() == ErrorCode::kUsage ? "usage error: " : "error: ")
        << e.what() << "\n";
    if (e.code() == ErrorCode::kUsage) {
      err << "Try 'newsgraph extract --help'.\n";
      return 2;
    }
    return 1;
  }
}

}  // namespace ng::cli
