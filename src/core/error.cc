#include "core/error.h"

namespace ng {
namespace {

std::string Format(const std::string& message, const std::string& file, long line) {
  if (file.empty()) return message;
  if (line <= 0) return file + ": " + message;
  return file + ":" + std::to_string(line) + ": " + message;
}

}  // namespace

Error::Error(ErrorCode code, std::string message, std::string file, long line)
    : std::runtime_error(Format(message, file, line)),
      code_(code),
      file_(std::move(file)),
      line_(line),
      message_(std::move(message)) {}

}  // namespace ng
