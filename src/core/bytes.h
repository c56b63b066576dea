// Word-at-a-time tests of eight bytes: the scanners of news text (UTF-8 repair, JSON string
// escaping) pass plain ASCII eight bytes at a time with these and look at the rest byte by
// byte. The tests are those for "a byte less than n" of "Bit Twiddling Hacks".
#pragma once

#include <cstdint>
#include <cstring>

namespace ng {

// The eight bytes at `p`, as one word (any alignment).
inline uint64_t LoadEightBytes(const char* p) {
  uint64_t v;
  std::memcpy(&v, p, sizeof v);
  return v;
}

// True if some byte of `v` is 0x80 or more.
constexpr bool AnyHighByte(uint64_t v) { return (v & 0x8080808080808080ull) != 0; }

// True if some byte of `v` is below `n` (n at most 128). Exact where no byte is 0x80 or more;
// otherwise it may also say true, never wrongly false.
constexpr bool AnyByteBelow(uint64_t v, uint8_t n) {
  constexpr uint64_t kOnes = 0x0101010101010101ull, kHigh = 0x8080808080808080ull;
  return ((v - kOnes * n) & ~v & kHigh) != 0;
}

}  // namespace ng
