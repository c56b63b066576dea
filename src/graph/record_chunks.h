// Storage for the records of a merged graph while it grows (graph/merge.h): RecordChunks holds
// records of one type in fixed chunks of 1 MiB mapped straight from the system, and
// PositionIndex finds a record's position by its key. Appending never moves a record (no copy
// beside the old array, as a growing std::vector makes), and Drain hands the records out in
// order while it unmaps each emptied chunk at once: moving a whole graph into the vectors of a
// GraphData then holds it once, not twice. (malloc would keep freed chunks' pages resident for
// reuse, which the one large output vector cannot use; hence mmap.) Neither is thread-safe.
#pragma once

#include <sys/mman.h>

#include <cstddef>
#include <cstdint>
#include <memory>
#include <new>
#include <utility>
#include <vector>

namespace ng::graph {

template <typename T>
class RecordChunks {
 public:
  // Records per chunk.
  static constexpr size_t kPerChunk = (size_t{1} << 20) / sizeof(T);

  RecordChunks() = default;
  RecordChunks(const RecordChunks&) = delete;
  RecordChunks& operator=(const RecordChunks&) = delete;
  ~RecordChunks() { clear(); }

  size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }
  T& operator[](size_t i) { return chunks_[i / kPerChunk].get()[i % kPerChunk]; }
  const T& operator[](size_t i) const { return chunks_[i / kPerChunk].get()[i % kPerChunk]; }

  // Appends `record`; returns it. Throws std::bad_alloc if no chunk can be mapped.
  T& push_back(T&& record) {
    if (size_ == chunks_.size() * kPerChunk) chunks_.push_back(MapChunk());
    T* slot = &(*this)[size_];
    ::new (static_cast<void*>(slot)) T(std::move(record));
    ++size_;
    return *slot;
  }

  // Calls take(T&&) on every record in order and leaves the container empty. Each chunk is
  // unmapped as soon as its records are taken.
  template <typename Take>
  void Drain(Take&& take) {
    size_t i = 0;
    try {
      for (; i < size_; ++i) {
        T& record = (*this)[i];
        take(std::move(record));
        record.~T();
        if ((i + 1) % kPerChunk == 0) chunks_[i / kPerChunk].reset();
      }
    } catch (...) {
      DestroyFrom(i);
      throw;
    }
    chunks_.clear();
    size_ = 0;
  }

  void clear() { DestroyFrom(0); }

 private:
  static constexpr size_t kChunkBytes = size_t{1} << 20;
  static_assert(kPerChunk > 0, "a record larger than a chunk");

  struct Unmap {
    void operator()(T* chunk) const { ::munmap(chunk, kChunkBytes); }
  };
  using Chunk = std::unique_ptr<T, Unmap>;

  static Chunk MapChunk() {
    void* p =
        ::mmap(nullptr, kChunkBytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (p == MAP_FAILED) throw std::bad_alloc();
    return Chunk(static_cast<T*>(p));
  }

  // Destroys the records from position `first` on and unmaps every chunk.
  void DestroyFrom(size_t first) {
    for (size_t i = first; i < size_; ++i) (*this)[i].~T();
    chunks_.clear();
    size_ = 0;
  }

  std::vector<Chunk> chunks_;
  size_t size_ = 0;
};

// An open-addressing hash index (linear probing, at most half full) of record positions: 8
// bytes per slot, the key's 32-bit hash beside the position, so growing needs no record.
class PositionIndex {
 public:
  static constexpr size_t kNone = static_cast<size_t>(-1);

  // Returns the position `same(position)` accepts among those added with `hash`, or kNone.
  template <typename Same>
  size_t Find(size_t hash, Same&& same) const {
    if (slots_.empty()) return kNone;
    const uint32_t h = static_cast<uint32_t>(hash);
    const size_t mask = slots_.size() - 1;
    for (size_t i = h & mask;; i = (i + 1) & mask) {
      const uint64_t slot = slots_[i];
      if (slot == 0) return kNone;
      if (static_cast<uint32_t>(slot >> 32) == h) {
        const size_t position = static_cast<uint32_t>(slot) - 1;
        if (same(position)) return position;
      }
    }
  }

  // Adds `position` (below 2^32 - 1) under `hash`; the caller has checked it is not there.
  void Add(size_t hash, size_t position) {
    if ((used_ + 1) * 2 > slots_.size()) Grow();
    Put(slots_, (uint64_t{static_cast<uint32_t>(hash)} << 32) | (position + 1));
    ++used_;
  }

  size_t size() const { return used_; }
  void clear() {
    slots_ = {};
    used_ = 0;
  }

 private:
  static void Put(std::vector<uint64_t>& slots, uint64_t slot) {
    const size_t mask = slots.size() - 1;
    size_t i = static_cast<uint32_t>(slot >> 32) & mask;
    while (slots[i] != 0) i = (i + 1) & mask;
    slots[i] = slot;
  }
  void Grow() {
    std::vector<uint64_t> bigger(slots_.empty() ? 16 : slots_.size() * 2, 0);
    for (uint64_t slot : slots_)
      if (slot != 0) Put(bigger, slot);
    slots_ = std::move(bigger);
  }

  std::vector<uint64_t> slots_;  // 0 = empty, else hash << 32 | (position + 1)
  size_t used_ = 0;
};

}  // namespace ng::graph
