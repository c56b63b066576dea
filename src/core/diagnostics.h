// Collects what went wrong while reading and writing, so nothing is lost silently: every skipped
// record, repaired byte and unreadable file is counted and described (file, line, what is wrong).
// The CLI prints the messages to stderr and sets the exit status from failed().
#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace ng {

struct Diagnostic {
  std::string file;  // "" when not about a file
  long line = 0;     // 0 when not about a line
  std::string message;
  bool error = false;  // true: something was skipped or failed; false: a warning
};

class Diagnostics {
 public:
  // Records a warning: the work was done, but something was repaired or limited.
  void Warn(std::string file, long line, std::string message);
  // Records an error: an input, record or output was skipped or failed.
  void Fail(std::string file, long line, std::string message);

  bool failed() const { return errors_ > 0; }
  size_t errors() const { return errors_; }
  size_t warnings() const { return warnings_; }
  const std::vector<Diagnostic>& items() const { return items_; }
  // Formats one diagnostic as "file:line: error: message".
  static std::string Format(const Diagnostic& d);

  // Counters the readers keep; printed in the final summary.
  size_t documents_read = 0;
  size_t records_skipped = 0;
  size_t files_skipped = 0;
  size_t bytes_replaced = 0;  // invalid UTF-8 sequences and NULs replaced by U+FFFD

 private:
  std::vector<Diagnostic> items_;
  size_t errors_ = 0;
  size_t warnings_ = 0;
};

}  // namespace ng
