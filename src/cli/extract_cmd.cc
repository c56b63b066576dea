#include "cli/commands.h"

namespace ng::cli {

// Placeholder until the command lands; replaced by its real implementation.
int RunExtract(const Args&, std::ostream&, std::ostream& err) {
  err << "newsgraph extract: not implemented yet\n";
  return 1;
}

}  // namespace ng::cli
