// The one error type of newsgraph. It is thrown only at the edges of the program (reading input,
// loading resources, writing output, calling C libraries); pure stages never throw on odd text.
// Only main() catches it and turns its code into an exit status.
#pragma once

#include <stdexcept>
#include <string>

namespace ng {

enum class ErrorCode {
  kUsage,        // bad command-line arguments (exit status 2)
  kBadInput,     // an input file or record that cannot be read or parsed
  kBadResource,  // a lexicon, model or schema that cannot be loaded
  kWriteFailed,  // an output file that cannot be written
};

class Error : public std::runtime_error {
 public:
  // Builds "file:line: message" (file and line are optional: empty file, line 0).
  Error(ErrorCode code, std::string message, std::string file = {}, long line = 0);

  ErrorCode code() const { return code_; }
  const std::string& file() const { return file_; }
  long line() const { return line_; }
  const std::string& message() const { return message_; }

 private:
  ErrorCode code_;
  std::string file_;
  long line_;
  std::string message_;
};

}  // namespace ng
