// A half-open byte range [begin, end) into a document's UTF-8 text. Every token, sentence and
// mention keeps one, so anything the pipeline finds can be traced back to the exact bytes it came
// from; nothing is ever found again by searching for its string.
#pragma once

#include <cstdint>
#include <string_view>

namespace ng {

struct Span {
  uint32_t begin = 0;
  uint32_t end = 0;

  uint32_t size() const { return end - begin; }
  bool empty() const { return begin >= end; }
  bool Contains(const Span& o) const { return begin <= o.begin && o.end <= end; }
  bool Overlaps(const Span& o) const { return begin < o.end && o.begin < end; }
  // Returns the bytes of `text` this span covers.
  std::string_view Of(std::string_view text) const { return text.substr(begin, end - begin); }

  friend bool operator==(const Span&, const Span&) = default;
  friend auto operator<=>(const Span&, const Span&) = default;
};

}  // namespace ng
