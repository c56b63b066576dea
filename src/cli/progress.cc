#include "cli/progress.h"

#include <unistd.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <system_error>

namespace ng::cli {
namespace {

std::string Fixed1(double v) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.1f", v);
  return buf;
}

// Formats whole seconds as "m:ss" or "h:mm:ss".
std::string Clock(double seconds) {
  long s = std::lround(std::max(0.0, seconds));
  char buf[64];
  if (s >= 3600)
    std::snprintf(buf, sizeof buf, "%ld:%02ld:%02ld", s / 3600, s / 60 % 60, s % 60);
  else
    std::snprintf(buf, sizeof buf, "%ld:%02ld", s / 60, s % 60);
  return buf;
}

}  // namespace

std::string FormatProgress(size_t documents, uint64_t bytes, uint64_t total_bytes, double seconds) {
  const double mb = static_cast<double>(bytes) / 1e6;
  const double rate = seconds > 0 ? mb / seconds : 0;
  std::string out = std::to_string(documents) + (documents == 1 ? " document, " : " documents, ") +
                    Fixed1(mb) + " MB, " + Fixed1(rate) + " MB/s";
  if (total_bytes > 0) {
    // Text bytes can exceed file bytes slightly (JSON escapes are undone), so clamp.
    const uint64_t done = std::min(bytes, total_bytes);
    out += ", " + std::to_string(done * 100 / total_bytes) + "%, ETA ";
    out += bytes > 0 && seconds > 0 ? Clock(static_cast<double>(total_bytes - done) /
                                            (static_cast<double>(bytes) / seconds))
                                    : "--:--";
  }
  return out;
}

uint64_t InputBytes(const std::vector<std::string>& inputs) {
  namespace fs = std::filesystem;
  uint64_t total = 0;
  std::error_code ec;
  for (const std::string& input : inputs) {
    if (input == "-") return 0;
    fs::path path(input);
    if (fs::is_regular_file(path, ec)) {
      total += fs::file_size(path, ec);
    } else if (fs::is_directory(path, ec)) {
      fs::recursive_directory_iterator it(path, ec), end;
      for (; !ec && it != end; it.increment(ec)) {
        const std::string name = it->path().filename().string();
        if (!name.empty() && name[0] == '.') {
          if (it->is_directory(ec)) it.disable_recursion_pending();
          continue;
        }
        const std::string ext = it->path().extension().string();
        if (it->is_regular_file(ec) &&
            (ext == ".txt" || ext == ".jsonl" || ext == ".html" || ext == ".htm"))
          total += it->file_size(ec);
      }
    }
    if (ec) return 0;
  }
  return total;
}

bool StderrIsTerminal() { return isatty(STDERR_FILENO) == 1; }

Progress::Progress(std::ostream& out, bool enabled, uint64_t total_bytes)
    : out_(out), enabled_(enabled), total_bytes_(total_bytes) {}

void Progress::Update(size_t documents, uint64_t bytes, double seconds) {
  if (!enabled_ || (last_draw_ >= 0 && seconds - last_draw_ < kMinInterval)) return;
  last_draw_ = seconds;
  std::string line = FormatProgress(documents, bytes, total_bytes_, seconds);
  // Pad over the rest of a longer previous line instead of relying on terminal escapes.
  size_t width = line.size();
  if (line.size() < drawn_width_) line.append(drawn_width_ - line.size(), ' ');
  drawn_width_ = width;
  out_ << '\r' << line << std::flush;
}

void Progress::Finish() {
  if (!enabled_ || drawn_width_ == 0) return;
  out_ << '\r' << std::string(drawn_width_, ' ') << '\r' << std::flush;
  drawn_width_ = 0;
}

}  // namespace ng::cli
