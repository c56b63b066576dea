#include "cli/commands.h"

namespace ng::cli {

// Placeholder until the command lands; replaced by its real implementation.
int RunMerge(const Args&, std::ostream&, std::ostream& err) {
  err << "newsgraph merge: not implemented yet\n";
  return 1;
}

}  // namespace ng::cli
