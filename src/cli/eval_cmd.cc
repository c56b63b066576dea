#include "cli/commands.h"

namespace ng::cli {

// Placeholder until the command lands; replaced by its real implementation.
int RunEval(const Args&, std::ostream&, std::ostream& err) {
  err << "newsgraph eval: not implemented yet\n";
  return 1;
}

}  // namespace ng::cli
