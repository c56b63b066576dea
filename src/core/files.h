// Whole-file reading and crash-safe writing. WriteFileAtomic never leaves a half-written target:
// readers see either the old file or the complete new one, and a failed write (full disk, missing
// permission, a path under a regular file) leaves no temporary file behind.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>

namespace ng {

// Writes `content` to `path` atomically: a unique temporary file in the same directory is
// written, flushed and fsync'ed, then renamed over the target. Creates missing parent directories.
// Throws Error(kWriteFailed, reason with strerror, path) and removes the temporary file on failure.
void WriteFileAtomic(const std::filesystem::path& path, std::string_view content);

// Returns the bytes of the file at `path`. Throws Error(kBadInput, reason with strerror, path).
std::string ReadFile(const std::filesystem::path& path);

}  // namespace ng
