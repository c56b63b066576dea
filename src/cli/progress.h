// A one-line progress display for long extract runs: documents done, megabytes, speed and, when
// the total input size is known, percent and time left. It is drawn on a terminal only (the CLI
// decides: stderr is a tty and not --quiet), redrawn in place with '\r' at most kMinInterval
// apart, and erased by Finish so the summary that follows starts on a clean line. The caller
// passes the time, so the formatting is testable and the class reads no clock itself.
#pragma once

#include <cstddef>
#include <cstdint>
#include <ostream>
#include <string>
#include <vector>

namespace ng::cli {

// Returns the progress text: "120 documents, 3.4 MB, 1.7 MB/s" and, when `total_bytes` > 0,
// ", 42%, ETA 0:05" (ETA from the mean speed so far; "--:--" until some bytes are done).
std::string FormatProgress(size_t documents, uint64_t bytes, uint64_t total_bytes, double seconds);

// Returns the total size in bytes of what ReadInputs (ingest/reader.h) reads from `inputs`: files
// as given, and in directories the non-hidden .txt, .jsonl, .html and .htm files. Returns 0 (not
// known) when an input is standard input or cannot be examined.
uint64_t InputBytes(const std::vector<std::string>& inputs);

// Returns true when standard error is a terminal.
bool StderrIsTerminal();

class Progress {
 public:
  static constexpr double kMinInterval = 0.2;  // seconds between redraws (5 per second)

  // Draws on `out` only when `enabled`; `total_bytes` is 0 when the input size is unknown.
  Progress(std::ostream& out, bool enabled, uint64_t total_bytes);

  // Reports the totals at `seconds` since the start; redraws if kMinInterval has passed.
  void Update(size_t documents, uint64_t bytes, double seconds);
  // Erases the line, if anything was drawn.
  void Finish();

 private:
  std::ostream& out_;
  bool enabled_;
  uint64_t total_bytes_;
  double last_draw_ = -1;
  size_t drawn_width_ = 0;
};

}  // namespace ng::cli
