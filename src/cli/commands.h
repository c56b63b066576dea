// The subcommands of the newsgraph program. Each takes its arguments (without the program and
// command names), writes data to `out` and diagnostics to `err`, and returns the exit status:
// 0 success, 1 failure (something could not be read, was skipped, or could not be written),
// 2 usage error. Only these functions catch ng::Error.
#pragma once

#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "core/error.h"

namespace ng::cli {

using Args = std::vector<std::string>;

int RunExtract(const Args& args, std::ostream& out, std::ostream& err);
int RunInspect(const Args& args, std::ostream& out, std::ostream& err);
int RunMerge(const Args& args, std::ostream& out, std::ostream& err);
int RunTrain(const Args& args, std::ostream& out, std::ostream& err);
int RunEval(const Args& args, std::ostream& out, std::ostream& err);

// Reports an error that ended `command` ("eval") on `err` with a --help hint for usage errors,
// and returns its exit status: 2 for usage errors, 1 for the rest.
int ReportError(std::string_view command, const Error& e, std::ostream& err);

}  // namespace ng::cli
