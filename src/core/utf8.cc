#include "core/utf8.h"

#include <algorithm>
#include <cstdint>

#include "core/bytes.h"

namespace ng {
namespace {

constexpr char32_t kReplacement = 0xFFFD;
constexpr std::string_view kReplacementUtf8 = "\xEF\xBF\xBD";

// Returns the valid range of the second byte after lead byte `b` (Unicode Table 3-7), or an
// empty range (lo > hi) when `b` cannot start a multi-byte sequence. Restricting the second byte
// is what rejects overlong forms (E0 80..9F, F0 80..8F), surrogates (ED A0..BF) and code points
// above U+10FFFF (F4 90..BF).
struct SecondByteRange {
  unsigned char lo, hi;
  int length;
};

SecondByteRange RangeAfter(unsigned char b) {
  if (b >= 0xC2 && b <= 0xDF) return {0x80, 0xBF, 2};
  if (b == 0xE0) return {0xA0, 0xBF, 3};
  if (b == 0xED) return {0x80, 0x9F, 3};
  if (b >= 0xE1 && b <= 0xEF) return {0x80, 0xBF, 3};
  if (b == 0xF0) return {0x90, 0xBF, 4};
  if (b >= 0xF1 && b <= 0xF3) return {0x80, 0xBF, 4};
  if (b == 0xF4) return {0x80, 0x8F, 4};
  return {1, 0, 0};
}

// Returns the length of the well-formed sequence at `i`, or 0 and the length of its maximal
// ill-formed prefix in `bad` (at least 1). One U+FFFD per maximal prefix is the practice the
// Unicode standard recommends and what Python, browsers and ICU do.
int WellFormedLength(std::string_view s, size_t i, size_t* bad) {
  const auto b = static_cast<unsigned char>(s[i]);
  const SecondByteRange r = RangeAfter(b);
  *bad = 1;
  if (r.length == 0) return 0;
  for (int k = 1; k < r.length; ++k) {
    if (i + k >= s.size()) return 0;
    const auto c = static_cast<unsigned char>(s[i + k]);
    const unsigned char lo = k == 1 ? r.lo : 0x80;
    const unsigned char hi = k == 1 ? r.hi : 0xBF;
    if (c < lo || c > hi) return 0;
    *bad = k + 1;
  }
  return r.length;
}

}  // namespace

std::string RepairUtf8(std::string_view bytes, size_t* replaced) {
  size_t count = 0;
  std::string out;
  out.reserve(bytes.size());
  size_t i = 0;
  while (i < bytes.size()) {
    // Copy the ASCII run in one go: most news text is ASCII. Its bulk is passed eight bytes at
    // a time (no byte from 0x80, and none zero: the word-at-a-time zero-byte test is exact about
    // whether there is one); the byte loop finds where the run ends.
    size_t j = i;
    for (; j + 8 <= bytes.size(); j += 8) {
      const uint64_t v = LoadEightBytes(bytes.data() + j);
      if (AnyHighByte(v) || AnyByteBelow(v, 1)) break;
    }
    while (j < bytes.size() && static_cast<unsigned char>(bytes[j]) - 1u < 0x7Fu) ++j;
    out.append(bytes.data() + i, j - i);
    i = j;
    if (i >= bytes.size()) break;
    if (bytes[i] == '\0') {
      out += kReplacementUtf8;
      ++count;
      ++i;
      continue;
    }
    size_t bad = 0;
    const int n = WellFormedLength(bytes, i, &bad);
    if (n > 0) {
      out.append(bytes.data() + i, n);
      i += n;
    } else {
      out += kReplacementUtf8;
      ++count;
      i += bad;
    }
  }
  if (replaced != nullptr) *replaced = count;
  return out;
}

char32_t DecodeUtf8Sequence(std::string_view text, size_t& i) {
  const auto b = static_cast<unsigned char>(text[i]);
  // Stays safe on invalid input too: a bad sequence decodes as U+FFFD and advances one byte.
  size_t bad = 0;
  const int n = WellFormedLength(text, i, &bad);
  if (n == 0) {
    ++i;
    return kReplacement;
  }
  char32_t c = b & (0xFF >> (n + 1));
  for (int k = 1; k < n; ++k) c = (c << 6) | (static_cast<unsigned char>(text[i + k]) & 0x3F);
  i += n;
  return c;
}

void AppendUtf8(char32_t c, std::string& out) {
  if ((c >= 0xD800 && c <= 0xDFFF) || c > 0x10FFFF) c = kReplacement;
  if (c < 0x80) {
    out += static_cast<char>(c);
  } else if (c < 0x800) {
    out += static_cast<char>(0xC0 | (c >> 6));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else if (c < 0x10000) {
    out += static_cast<char>(0xE0 | (c >> 12));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (c >> 18));
    out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  }
}

CodePointIndex::CodePointIndex(std::string_view text) : size_(static_cast<uint32_t>(text.size())) {
  uint32_t extra = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    const auto b = static_cast<unsigned char>(text[i]);
    if (b < 0xC0) continue;  // ASCII or a continuation byte
    const uint32_t len_minus_one = b >= 0xF0 ? 3 : b >= 0xE0 ? 2 : 1;
    extra += len_minus_one;
    multibyte_starts_.push_back(static_cast<uint32_t>(i));
    extra_before_.push_back(extra);
    i += len_minus_one;
  }
}

uint32_t CodePointIndex::ToCodePoints(uint32_t byte_offset) const {
  byte_offset = std::min(byte_offset, size_);
  // k multi-byte code points start before byte_offset.
  const size_t k =
      std::lower_bound(multibyte_starts_.begin(), multibyte_starts_.end(), byte_offset) -
      multibyte_starts_.begin();
  if (k == 0) return byte_offset;
  const uint32_t extra_incl = extra_before_[k - 1];
  const uint32_t extra_excl = k >= 2 ? extra_before_[k - 2] : 0;
  const uint32_t start = multibyte_starts_[k - 1];
  const uint32_t length = extra_incl - extra_excl + 1;
  // An offset inside a code point counts that code point as started.
  if (byte_offset < start + length) return start - extra_excl + 1;
  return byte_offset - extra_incl;
}

uint32_t CodePointIndex::ToBytes(uint32_t cp) const {
  // Code point number of the i-th multi-byte start; strictly increasing in i.
  auto cp_of = [this](size_t i) {
    return multibyte_starts_[i] - (i > 0 ? extra_before_[i - 1] : 0);
  };
  size_t lo = 0, hi = multibyte_starts_.size();
  while (lo < hi) {  // first i with cp_of(i) >= cp
    const size_t mid = lo + (hi - lo) / 2;
    if (cp_of(mid) < cp) {
      lo = mid + 1;
    } else {
      hi = mid;
    }
  }
  const uint64_t bytes = static_cast<uint64_t>(cp) + (lo > 0 ? extra_before_[lo - 1] : 0);
  return bytes >= size_ ? size_ : static_cast<uint32_t>(bytes);
}

}  // namespace ng
