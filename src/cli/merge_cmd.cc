// `newsgraph merge`: combines graphs written by several extract runs (shards, days, sources) into
// one, by the rules of graph/merge.h. The result does not depend on the order of the inputs.
// All inputs are read before anything is written, and nothing is written if one cannot be read:
// a merged graph silently missing a shard would be worse than none.
#include <charconv>
#include <filesystem>
#include <string>
#include <vector>

#include "cli/commands.h"
#include "core/error.h"
#include "core/files.h"
#include "core/model.h"
#include "export/dot.h"
#include "export/jsonld.h"
#include "graph/merge.h"

namespace ng::cli {
namespace {

constexpr std::string_view kUsage =
    "usage: newsgraph merge -o OUT.jsonld [--dot] [--evidence-cap N] IN.jsonld...\n"
    "\n"
    "Merges graphs written by extract (or by merge) into one: entities with the same id become\n"
    "one, a surname-only person joins the one full name with that surname, relations unite\n"
    "their evidence. The result does not depend on the order of the inputs.\n"
    "options:\n"
    "  -o, --output OUT.jsonld  the merged graph (written atomically)\n"
    "  --dot                    also write OUT.dot beside it\n"
    "  --evidence-cap N         evidence sentences kept per relation (default 20)\n"
    "  -h, --help               print this help\n"
    "exit status: 0 success, 1 an input could not be read or the output written (nothing is\n"
    "             written then), 2 usage error\n";

struct MergeArgs {
  std::string output;
  std::vector<std::string> inputs;
  bool dot = false;
  size_t evidence_cap = graph::MergeOptions{}.evidence_cap;
  bool help = false;
};

Error UsageError(std::string message) { return Error(ErrorCode::kUsage, std::move(message)); }

// Parses the command line; throws Error(kUsage) saying what is wrong.
MergeArgs ParseArgs(const Args& args) {
  MergeArgs a;
  bool output_seen = false;
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
  if (a.dot && std::filesystem::path(a.output).extension() == ".dot")
    throw UsageError("with --dot, OUT must not end in .dot (OUT.dot is written beside it)");
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

  std::vector<GraphData> fragments;
  size_t unreadable = 0;
  for (const std::string& file : a.inputs) {
    try {
      fragments.push_back(exporter::FromJsonLd(ReadFile(file), file));
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
  GraphData merged =
      graph::MergeFragments(std::move(fragments), {.evidence_cap = a.evidence_cap}, &report);
  for (const std::string& id : report.wikidata_conflicts)
    err << "newsgraph merge: warning: " << id
        << " has several wikidata ids; kept the smallest, the others as identifiers\n";

  std::filesystem::path dot_path = std::filesystem::path(a.output).replace_extension(".dot");
  try {
    WriteFileAtomic(a.output, exporter::ToJsonLd(merged));
    if (a.dot) WriteFileAtomic(dot_path, exporter::ToDot(merged));
  } catch (const Error& e) {
    err << "newsgraph merge: " << e.what() << "\n";
    return 1;
  }
  err << "newsgraph merge: " << a.inputs.size() << " graphs -> " << merged.articles.size()
      << " articles, " << merged.entities.size() << " entities, " << merged.relations.size()
      << " relations (" << report.persons_resolved << " surnames resolved, "
      << report.evidence_dropped << " evidence beyond the cap) in " << a.output;
  if (a.dot) err << " and " << dot_path.string();
  err << "\n";
  return 0;
}

}  // namespace ng::cli
