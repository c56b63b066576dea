// UTF-8 helpers: repair of invalid input and conversion from byte offsets to Unicode code point
// offsets (the unit every offset in an output file uses).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace ng {

// Returns `bytes` as valid UTF-8: each invalid or truncated sequence (and each overlong form or
// surrogate) becomes U+FFFD; NUL bytes become U+FFFD as well. `replaced` receives the count.
std::string RepairUtf8(std::string_view bytes, size_t* replaced);

// Decodes the code point of two or more bytes at byte `i` of `text` (DecodeUtf8's own path for
// them).
char32_t DecodeUtf8Sequence(std::string_view text, size_t& i);

// Decodes the code point at byte `i` of valid UTF-8 `text` and advances `i` past it. The ASCII
// case is inline: the name rules decode the first letter of about a million tokens per MB.
inline char32_t DecodeUtf8(std::string_view text, size_t& i) {
  const auto b = static_cast<unsigned char>(text[i]);
  if (b < 0x80) {
    ++i;
    return b;
  }
  return DecodeUtf8Sequence(text, i);
}

// Appends the UTF-8 encoding of `c` to `out`.
void AppendUtf8(char32_t c, std::string& out);

// Maps byte offsets of one valid UTF-8 text to code point offsets, in O(log n) per query.
class CodePointIndex {
 public:
  explicit CodePointIndex(std::string_view text);
  // Returns the number of code points that start before byte `byte_offset`.
  uint32_t ToCodePoints(uint32_t byte_offset) const;
  // Returns the byte offset of code point number `cp` (the text size if past the end).
  uint32_t ToBytes(uint32_t cp) const;

 private:
  // Byte offsets of the multi-byte code points' first bytes, in order.
  std::vector<uint32_t> multibyte_starts_;
  // Extra bytes (length - 1) summed over multibyte_starts_[0..i].
  std::vector<uint32_t> extra_before_;
  uint32_t size_ = 0;
};

}  // namespace ng
