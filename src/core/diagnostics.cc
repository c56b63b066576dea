#include "core/diagnostics.h"

namespace ng {

void Diagnostics::Warn(std::string file, long line, std::string message) {
  items_.push_back({std::move(file), line, std::move(message), false});
  ++warnings_;
}

void Diagnostics::Fail(std::string file, long line, std::string message) {
  items_.push_back({std::move(file), line, std::move(message), true});
  ++errors_;
}

std::string Diagnostics::Format(const Diagnostic& d) {
  std::string out;
  if (!d.file.empty()) {
    out += d.file;
    if (d.line > 0) out.append(":").append(std::to_string(d.line));
    out += ": ";
  }
  out += d.error ? "error: " : "warning: ";
  out += d.message;
  return out;
}

}  // namespace ng
