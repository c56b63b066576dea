#include "cli/commands.h"

namespace ng::cli {

int ReportError(std::string_view command, const Error& e, std::ostream& err) {
  err << "newsgraph " << command << ": " << e.what() << "\n";
  if (e.code() == ErrorCode::kUsage) {
    err << "run 'newsgraph " << command << " --help' for usage\n";
    return 2;
  }
  return 1;
}

}  // namespace ng::cli
