// Whole-file reading and crash-safe writing. WriteFileAtomic never leaves a half-written target:
// readers see either the old file or the complete new one, and a failed write (full disk, missing
// permission, a path under a regular file) leaves no temporary file behind.
#pragma once

#include <array>
#include <filesystem>
#include <functional>
#include <iosfwd>
#include <string>
#include <string_view>

namespace ng {

// Writes `content` to `path` atomically: a unique temporary file in the same directory is
// written, flushed and fsync'ed, then renamed over the target. Creates missing parent directories.
// Throws Error(kWriteFailed, reason with strerror, path) and removes the temporary file on failure.
void WriteFileAtomic(const std::filesystem::path& path, std::string_view content);

// A file written piece by piece that appears at its path only when complete: Append() writes
// to a unique temporary file beside the target, Commit() syncs and renames it over the target.
// Destroyed without Commit() (an error, an exception), it removes the temporary file and leaves
// any old target untouched. Errors throw Error(kWriteFailed, reason with strerror, path).
class AtomicFile {
 public:
  // Creates missing parent directories and the temporary file.
  explicit AtomicFile(std::filesystem::path path);
  AtomicFile(const AtomicFile&) = delete;
  AtomicFile& operator=(const AtomicFile&) = delete;
  ~AtomicFile();

  // Appends `content` to the temporary file.
  void Append(std::string_view content);
  // Syncs the temporary file and renames it over the target.
  void Commit();

 private:
  std::filesystem::path target_;
  std::filesystem::path temp_;
  int fd_ = -1;
  bool committed_ = false;
};

// Writes what `write` puts on the stream it is given to `path` atomically (an AtomicFile fed in
// 64 KiB chunks): a large output is never held whole in memory. An error of the file (or an
// exception of `write`) throws, and the target keeps its old content.
void WriteStreamAtomic(const std::filesystem::path& path,
                       const std::function<void(std::ostream&)>& write);

// Reads the file at `path` a block (64 KiB) at a time, for readers that need not hold it whole.
// Throws Error(kBadInput, "cannot open: " or "cannot read: " and strerror, path); a folder opens
// and fails at the first Next().
class FileBlocks {
 public:
  explicit FileBlocks(const std::filesystem::path& path);
  ~FileBlocks();
  FileBlocks(const FileBlocks&) = delete;
  FileBlocks& operator=(const FileBlocks&) = delete;

  // Returns the next block of the file, empty at its end. Valid until the next call.
  std::string_view Next();

 private:
  std::filesystem::path path_;
  int fd_ = -1;
  std::array<char, 1 << 16> buffer_{};
};

// Returns the bytes of the file at `path`. Throws Error(kBadInput, reason with strerror, path).
std::string ReadFile(const std::filesystem::path& path);

// Returns the folder for temporary files: $TMPDIR, else /tmp. Throws Error(kWriteFailed) saying
// why when there is none.
std::filesystem::path TemporaryFolder();

}  // namespace ng
