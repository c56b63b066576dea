// `newsgraph merge`: combines graphs written by several extract runs (shards, days, sources) into
// one, by the rules of graph/merge.h. The result does not depend on the order of the inputs.
// All inputs are read before anything is written, and nothing is written if one cannot be read:
// a merged graph silently missing a shard would be worse than none.
#include <charconv>
#include <filesystem>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "cli/commands.h"
#include "core/error.h"
#include "core/files.h"
#include "core/model.h"
#include "core/text_spill.h"
#include "export/dot.h"
#include "export/graphml.h"
#include "export/jsonld.h"
#include "export/nquads.h"
#include "graph/filter.h"
#include "graph/merge.h"

namespace ng::cli {
namespace {

constexpr std::string_view kUsage =
    "usage: newsgraph merge -o OUT.jsonld [--dot] [--nquads] [--graphml] [--evidence-cap N]\n"
    "                       [--top N] [--ego ENTITY [--depth K]] [--shard] IN.jsonld...\n"
    "\n"
    "Merges graphs written by extract (or by merge) into one: entities with the same id become\n"
    "one, a surname-only person joins the one full name with that surname, relations unite\n"
    "their evidence. The result does not depend on the order of the inputs, and merging the\n"
    "graphs of shards of a corpus ('extract --shard') gives, byte for byte, the graph of one\n"
    "run over all of it.\n"
    "options:\n"
    "  -o, --output OUT.jsonld  the merged graph (written atomically)\n"
    "  --dot                    also write OUT.dot beside it (edge width by weight)\n"
    "  --nquads                 also write OUT.nq (N-Quads, one named graph per article)\n"
    "  --graphml                also write OUT.graphml (GraphML)\n"
    "  --top N                  OUT.dot only: the N most central entities and their relations\n"
    "  --ego ENTITY             OUT.dot only: the entities ENTITY (a name or id) names and\n"
    "                           their neighbourhood; with --top, the N most central of those\n"
    "  --depth K                hops around the --ego entities (default 1)\n"
    "  --evidence-cap N         evidence sentences kept per relation (default 20)\n"
    "  --shard                  the output is itself a shard, to be merged again: surnames\n"
    "                           are not resolved yet (merge in stages, resolve in the last)\n"
    "  -h, --help               print this help\n"
    "exit status: 0 success, 1 an input could not be read or the output written (nothing is\n"
    "             written then), 2 usage error\n";

struct MergeArgs {
  std::string output;
  std::vector<std::string> inputs;
  bool dot = false;
  bool nquads = false;
  bool shard = false;
  bool graphml = false;
  graph::PictureFilter picture;
  size_t evidence_cap = graph::MergeOptions{}.evidence_cap;
  bool help = false;
};

Error UsageError(std::string message) { return Error(ErrorCode::kUsage, std::move(message)); }

// Parses the command line; throws Error(kUsage) saying what is wrong.
MergeArgs ParseArgs(const Args& args) {
  MergeArgs a;
  bool output_seen = false;
  bool depth_seen = false;
  for (size_t i = 0; i < args.size(); ++i) {
    const std::string& arg = args[i];
    if (arg == "-h" || arg == "--help") {
      a.help = true;
    } else if (arg == "-o" || arg == "--output") {
      if (output_seen) throw UsageError(arg + " given twice");
      if (i + 1 >= args.size() || args[i + 1].empty())
        throw UsageError(arg + " needs a file name: -o OUT.jsonld");
      a.output = args[++i];
      output_seen = true;
    } else if (arg == "--dot") {
      a.dot = true;
    } else if (arg == "--shard") {
      a.shard = true;
    } else if (arg == "--nquads") {
      a.nquads = true;
    } else if (arg == "--graphml") {
      a.graphml = true;
    } else if (arg == "--top" || arg == "--depth") {
      if (i + 1 >= args.size()) throw UsageError(arg + " needs a number");
      const std::string& n = args[++i];
      size_t& into = arg == "--top" ? a.picture.top : a.picture.depth;
      auto [end, ec] = std::from_chars(n.data(), n.data() + n.size(), into);
      if (ec != std::errc() || end != n.data() + n.size() || (arg == "--top" && into == 0))
        throw UsageError(arg + " needs a whole number" + (arg == "--top" ? " >= 1" : "") +
                         ", not '" + n + "'");
      if (arg == "--depth") depth_seen = true;
    } else if (arg == "--ego") {
      if (i + 1 >= args.size() || args[i + 1].empty()) throw UsageError("--ego needs an entity");
      a.picture.ego = args[++i];
    } else if (arg == "--evidence-cap") {
      if (i + 1 >= args.size()) throw UsageError("--evidence-cap needs a number");
      const std::string& n = args[++i];
      auto [end, ec] = std::from_chars(n.data(), n.data() + n.size(), a.evidence_cap);
      if (ec != std::errc() || end != n.data() + n.size())
        throw UsageError("--evidence-cap needs a whole number, not '" + n + "'");
    } else if (arg.size() > 1 && arg[0] == '-') {
      throw UsageError("unknown option '" + arg + "'");
    } else {
      a.inputs.push_back(arg);
    }
  }
  if (a.help) return a;
  if (!output_seen) throw UsageError("missing -o OUT.jsonld");
  if (a.inputs.empty()) throw UsageError("no input graphs");
  for (auto [flag, ext] : {std::pair{a.dot, ".dot"}, {a.nquads, ".nq"}, {a.graphml, ".graphml"}})
    if (flag && std::filesystem::path(a.output).extension() == ext)
      throw UsageError(std::string("OUT must not end in ") + ext + " (OUT" + ext +
                       " is written beside it)");
  if ((a.picture.top || !a.picture.ego.empty()) && !a.dot)
    throw UsageError("--top and --ego filter the DOT output: add --dot");
  if (depth_seen && a.picture.ego.empty()) throw UsageError("--depth needs --ego ENTITY");
  return a;
}

}  // namespace

int RunMerge(const Args& args, std::ostream& out, std::ostream& err) {
  MergeArgs a;
  try {
    a = ParseArgs(args);
  } catch (const Error& e) {
    err << "newsgraph merge: " << e.what() << "\nRun 'newsgraph merge --help' for usage.\n";
    return 2;
  }
  if (a.help) {
    out << kUsage;
    return 0;
  }

  // Memory follows the merged graph, less its evidence sentences and headlines: those wait in a
  // nameless temporary file in $TMPDIR (else /tmp) until the writers read them, as in extract.
  std::optional<TextSpill> spill;
  try {
    spill.emplace(TemporaryFolder());
  } catch (const Error& e) {
    err << "newsgraph merge: " << e.what() << "\n";
    return 1;
  }
  graph::GraphAccumulator accumulator(
      {.evidence_cap = a.evidence_cap, .resolve_persons = !a.shard, .spill = &*spill});
  // Each input is merged in parts as it is read: memory never holds an input's graph beside the
  // merged one. An unreadable input may leave parts of it merged, but nothing is written then.
  constexpr size_t kPartNodes = 4096;
  size_t unreadable = 0;
  for (const std::string& file : a.inputs) {
    try {
      exporter::ReadJsonLdFileInParts(file, kPartNodes,
                                      [&](GraphData&& part) { accumulator.Add(std::move(part)); });
    } catch (const Error& e) {
      err << "newsgraph merge: cannot read graph: " << e.what() << "\n";
      ++unreadable;
    }
  }
  if (unreadable > 0) {
    err << "newsgraph merge: " << unreadable << " of " << a.inputs.size()
        << " inputs unreadable; nothing written\n";
    return 1;
  }

  graph::MergeReport report;
  GraphData merged = accumulator.Finish(&report);
  for (const std::string& id : report.wikidata_conflicts)
    err << "newsgraph merge: warning: " << id
        << " has several wikidata ids; kept the smallest, the others as identifiers\n";

  const std::filesystem::path merged_path(a.output);
  std::filesystem::path dot_path = std::filesystem::path(merged_path).replace_extension(".dot");
  std::filesystem::path nq_path = std::filesystem::path(merged_path).replace_extension(".nq");
  std::filesystem::path graphml_path =
      std::filesystem::path(merged_path).replace_extension(".graphml");
  std::vector<std::string> centers;
  GraphData picture;
  GraphData* drawn = &merged;  // the whole graph unless the filter keeps less
  if (a.dot && !graph::KeepsAll(a.picture)) {
    picture = graph::FilterForPicture(merged, a.picture, &centers);
    drawn = &picture;
    if (!a.picture.ego.empty() && centers.empty()) {
      err << "newsgraph merge: --ego '" << a.picture.ego << "' names no entity; nothing written\n";
      return 1;
    }
    if (centers.size() > 1) {
      err << "newsgraph merge: --ego '" << a.picture.ego << "' names " << centers.size()
          << " entities, drawing around all:";
      for (const std::string& id : centers) err << " " << id;
      err << "\n";
    }
  }
  const size_t article_count = merged.articles.size(), entity_count = merged.entities.size(),
               relation_count = merged.relations.size();
  try {
    exporter::WriteJsonLdFile(merged, merged_path);
    if (a.nquads)
      WriteStreamAtomic(nq_path, [&](std::ostream& out) { exporter::WriteNQuads(merged, out); });
    if (a.graphml)
      WriteStreamAtomic(graphml_path,
                        [&](std::ostream& out) { exporter::WriteGraphMl(merged, out); });
    // Last, since it consumes the graph it draws: cgraph's copy reuses that memory.
    if (a.dot) {
      if (drawn == &picture) merged = {};
      exporter::WriteDotFile(std::move(*drawn), dot_path, {.penwidth_by_weight = true});
    }
  } catch (const Error& e) {
    err << "newsgraph merge: " << e.what() << "\n";
    return 1;
  }
  err << "newsgraph merge: " << a.inputs.size() << " graphs -> " << article_count << " articles, "
      << entity_count << " entities, " << relation_count << " relations ("
      << report.persons_resolved << " surnames resolved, " << report.evidence_dropped
      << " evidence beyond the cap) in " << a.output;
  if (a.dot) err << ", " << dot_path.string();
  if (a.nquads) err << ", " << nq_path.string();
  if (a.graphml) err << ", " << graphml_path.string();
  err << "\n";
  return 0;
}

}  // namespace ng::cli
