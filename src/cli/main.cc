// The newsgraph program: dispatches to one subcommand. All work lives in the library.
#include <iostream>
#include <string>
#include <string_view>
#include <vector>

#include "cli/commands.h"

namespace {

constexpr std::string_view kUsage =
    "usage: newsgraph COMMAND [options] [arguments]\n"
    "\n"
    "Reads English news and exports a knowledge graph of its people, countries, places,\n"
    "organizations and events (JSON-LD and Graphviz DOT).\n"
    "\n"
    "commands:\n"
    "  extract   read articles and write the graph (output/graph.jsonld, output/graph.dot)\n"
    "  inspect   show an entity's relations and their evidence, paths, central entities\n"
    "  merge     combine graphs written by several extract runs into one\n"
    "  eval      score extraction against annotated corpora or gold files\n"
    "  train     train the name tagger from an annotated corpus\n"
    "\n"
    "Run 'newsgraph COMMAND --help' for a command's options.\n"
    "  --version  print the version\n"
    "exit status: 0 success, 1 something failed or was skipped (see stderr), 2 usage error\n";

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  if (args.empty()) {
    std::cerr << kUsage;
    return 2;
  }
  const std::string command = args.front();
  args.erase(args.begin());
  if (command == "--help" || command == "-h" || command == "help") {
    std::cout << kUsage;
    return 0;
  }
  if (command == "--version") {
    std::cout << "newsgraph " << NEWSGRAPH_VERSION << "\n";
    return 0;
  }
  if (command == "extract") return ng::cli::RunExtract(args, std::cout, std::cerr);
  if (command == "inspect") return ng::cli::RunInspect(args, std::cout, std::cerr);
  if (command == "merge") return ng::cli::RunMerge(args, std::cout, std::cerr);
  if (command == "eval") return ng::cli::RunEval(args, std::cout, std::cerr);
  if (command == "train") return ng::cli::RunTrain(args, std::cout, std::cerr);
  std::cerr << "newsgraph: unknown command '" << command << "'\n\n" << kUsage;
  return 2;
}
