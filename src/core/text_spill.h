// TextSpill: texts moved out of memory into an anonymous temporary file while a large graph
// grows (the merged graph's evidence sentences, which only the JSON-LD writer reads). Spill()
// appends a text to the file and returns a SharedText that holds only its place (see
// core/shared_text.h); reading it back reads the file. The file has no name (O_TMPFILE, or a
// name removed at once) and vanishes with the TextSpill. Thread-safe.
#pragma once

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <mutex>
#include <string>
#include <string_view>

#include "core/shared_text.h"

namespace ng {

class TextSpill {
 public:
  // At most this many TextSpills exist at a time (a spilled SharedText names its spill by slot).
  static constexpr unsigned kMaxSpills = 8;

  // Creates the file in the directory `dir` (created if missing). Throws Error(kWriteFailed,
  // reason with strerror, dir) if it cannot, or if kMaxSpills spills exist already.
  explicit TextSpill(const std::filesystem::path& dir);
  TextSpill(const TextSpill&) = delete;
  TextSpill& operator=(const TextSpill&) = delete;
  // Every text spilled here must be destroyed before.
  ~TextSpill();

  // Returns a SharedText of `text` whose bytes are in the file: one word, no heap. Empty and
  // already spilled texts, texts of 1 MiB or more and texts past 1 TiB of file are returned as
  // they are. Throws Error(kWriteFailed) if the file cannot be written.
  SharedText Spill(const SharedText& text);
  // Returns how many bytes were spilled.
  uint64_t bytes() const;

 private:
  friend class SharedText;
  // Reads out.size() bytes at `offset` of the spill in `slot` into `out`. Throws Error(kBadInput)
  // if the file cannot be read.
  static void Read(unsigned slot, uint64_t offset, std::string& out);
  void ReadAt(uint64_t offset, std::string& out);
  void Flush();  // writes `pending_`; mutex_ held

  std::filesystem::path dir_;
  int fd_ = -1;
  unsigned slot_ = 0;
  mutable std::mutex mutex_;
  uint64_t written_ = 0;  // bytes in the file
  std::string pending_;   // bytes after written_, not written yet
};

}  // namespace ng
