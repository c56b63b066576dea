// A hash map from std::string keys to values, looked up by std::string_view, for the lexicon's
// read-mostly tables (and the name tagger's per-thread memo of word scores): entries sit in one
// vector in insertion order and an open-addressing slot array (linear probing, at most half full)
// holds each entry's index and 32 more bits of its hash. A lookup hashes the key once (8 bytes at a
// time), masks instead of dividing by a prime, and reads an entry only when the slot's hash bits
// match: a miss usually touches one cache line, where std::unordered_map reads a bucket, a node and
// the node's string.
//
// Invariants: keys are unique; entries never move once the map stops growing, so pointers to
// them (find's results) stay valid until the next insertion; iteration is in insertion order.
// There is no erase.
#pragma once

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <tuple>
#include <utility>
#include <vector>

namespace ng::extract {

// Returns the `n` (1 to 7) bytes at `p` as a little-endian number: what memcpy gives into a
// zeroed word on x86-64, read with two loads instead. (GCC compiles that memcpy to byte stores
// and an 8-byte load of them, which the processor cannot forward from the stores: a stall of
// about a dozen cycles on most keys, whose length is no multiple of 8.)
inline uint64_t LoadShort(const char* p, size_t n) {
  if (n >= 4) {  // two 4-byte loads, overlapping when n < 8: the bytes they share agree
    uint32_t low, high;
    std::memcpy(&low, p, 4);
    std::memcpy(&high, p + n - 4, 4);
    return low | uint64_t{high} << (8 * (n - 4));
  }
  auto byte = [p](size_t i) { return uint64_t{static_cast<unsigned char>(p[i])}; };
  return byte(0) | byte(n / 2) << (8 * (n / 2)) | byte(n - 1) << (8 * (n - 1));
}

// Returns a 64-bit hash of `s` (fixed across runs and platforms; not for hostile keys' sake,
// since only the lexicon's own keys are ever inserted).
inline uint64_t HashKey(std::string_view s) {
  constexpr uint64_t kMul = 0x9E3779B97F4A7C15ull;
  uint64_t h = 0xD6E8FEB86659FD93ull ^ (s.size() * kMul);
  const char* p = s.data();
  size_t n = s.size();
  auto mix = [&](uint64_t v) {
    v *= kMul;
    v ^= v >> 29;
    h = (h ^ v) * 0xBF58476D1CE4E5B9ull;
  };
  for (; n >= 8; p += 8, n -= 8) {
    uint64_t v;
    std::memcpy(&v, p, 8);
    mix(v);
  }
  if (n > 0) mix(LoadShort(p, n));
  h ^= h >> 31;
  h *= 0x94D049BB133111EBull;
  return h ^ (h >> 32);
}

template <typename V>
class StringMap {
 public:
  using value_type = std::pair<std::string, V>;
  using iterator = value_type*;
  using const_iterator = const value_type*;

  iterator begin() { return entries_.data(); }
  iterator end() { return entries_.data() + entries_.size(); }
  const_iterator begin() const { return entries_.data(); }
  const_iterator end() const { return entries_.data() + entries_.size(); }
  size_t size() const { return entries_.size(); }
  bool empty() const { return entries_.empty(); }

  // Returns the entry of `key`, or end().
  iterator find(std::string_view key) { return begin() + Index(key); }
  const_iterator find(std::string_view key) const { return begin() + Index(key); }
  bool contains(std::string_view key) const { return Index(key) != entries_.size(); }

  // find(key) in steps, for a caller that looks up many keys at once in a map larger than the
  // caches: with each key's hash h = HashKey(key), ask for every key's slot, then for every
  // key's entry (which reads its slot), then find each; the misses overlap instead of queueing.
  void PrefetchSlot(uint64_t h) const {
    if (!slots_.empty()) __builtin_prefetch(&slots_[h & (slots_.size() - 1)]);
  }
  // Asks for the entry the key's first slot points to, if its hash bits match.
  void PrefetchEntry(uint64_t h) const {
    if (slots_.empty()) return;
    const uint64_t s = slots_[h & (slots_.size() - 1)];
    if (s != 0 && (s & ~kIndexMask) == (h & ~kIndexMask))
      __builtin_prefetch(&entries_[(s & kIndexMask) - 1]);
  }
  iterator find(std::string_view key, uint64_t h) { return begin() + Index(key, h); }

  // Inserts {key, V(args...)} unless `key` is present; returns the entry and whether it is new.
  template <typename... Args>
  std::pair<iterator, bool> emplace(std::string key, Args&&... args) {
    const uint64_t h = HashKey(key);
    size_t slot = 0;
    if (!slots_.empty()) {
      slot = Probe(key, h);
      if (slots_[slot] != 0) return {begin() + ((slots_[slot] & kIndexMask) - 1), false};
    }
    if ((entries_.size() + 1) * 2 > slots_.size()) {
      Grow();
      slot = Probe(key, h);
    }
    entries_.emplace_back(std::piecewise_construct, std::forward_as_tuple(std::move(key)),
                          std::forward_as_tuple(std::forward<Args>(args)...));
    slots_[slot] = (h & ~kIndexMask) | entries_.size();
    return {end() - 1, true};
  }
  // Returns the value of `key`, inserting V() first if it is absent.
  V& operator[](std::string_view key) { return emplace(std::string(key)).first->second; }

  // Makes room for `n` entries: none is moved until there are more.
  void reserve(size_t n) { entries_.reserve(n); }

  void clear() {
    entries_.clear();
    slots_.clear();
  }

 private:
  // A slot is 0 (empty) or the high 32 bits of the key's hash above its entry's index + 1.
  static constexpr uint64_t kIndexMask = 0xFFFFFFFFull;

  // Returns the slot that holds `key` or the empty slot where it would go (slots_ not empty).
  size_t Probe(std::string_view key, uint64_t h) const {
    const size_t mask = slots_.size() - 1;
    for (size_t slot = h & mask;; slot = (slot + 1) & mask) {
      const uint64_t s = slots_[slot];
      if (s == 0) return slot;
      if ((s & ~kIndexMask) == (h & ~kIndexMask) && entries_[(s & kIndexMask) - 1].first == key)
        return slot;
    }
  }

  // Returns the index of `key`'s entry (h = HashKey(key)), or entries_.size().
  size_t Index(std::string_view key, uint64_t h) const {
    if (slots_.empty()) return entries_.size();
    const uint64_t s = slots_[Probe(key, h)];
    return s == 0 ? entries_.size() : (s & kIndexMask) - 1;
  }
  size_t Index(std::string_view key) const { return Index(key, HashKey(key)); }

  void Grow() {
    slots_.assign(slots_.empty() ? 16 : slots_.size() * 2, 0);
    const size_t mask = slots_.size() - 1;
    for (size_t i = 0; i < entries_.size(); ++i) {
      const uint64_t h = HashKey(entries_[i].first);
      size_t slot = h & mask;
      while (slots_[slot] != 0) slot = (slot + 1) & mask;
      slots_[slot] = (h & ~kIndexMask) | (i + 1);
    }
  }

  std::vector<value_type> entries_;
  std::vector<uint64_t> slots_;
};

// A set of strings with the same layout (a StringMap without values).
class StringSet {
 public:
  bool insert(std::string key) { return map_.emplace(std::move(key)).second; }
  bool contains(std::string_view key) const { return map_.contains(key); }
  size_t size() const { return map_.size(); }

 private:
  struct Empty {};
  StringMap<Empty> map_;
};

}  // namespace ng::extract
