// SharedText: an immutable UTF-8 string whose copies share one buffer. An evidence sentence is
// stored once per document however many relations cite it, and a merged graph keeps those
// buffers instead of one std::string per relation. A SharedText is one word; copying bumps a
// reference count (atomic, so copies may live and die on different threads); the text never
// changes after construction. Comparisons are by content, never by buffer.
//
// A text may also be spilled (core/text_spill.h): its bytes are in a temporary file, and the
// SharedText holds only where (no heap block, no count). view() is not available for it (there
// is no buffer to view): Read() and str() read the file; size, comparisons and copies work as
// for any text.
#pragma once

#include <atomic>
#include <compare>
#include <cstddef>
#include <cstdint>
#include <iosfwd>
#include <string>
#include <string_view>
#include <unordered_set>

namespace ng {

class TextSpill;

class SharedText {
 public:
  SharedText() = default;
  // Copies `text` into a new buffer. Implicit, like std::string's constructors.
  SharedText(std::string_view text);
  SharedText(const std::string& text) : SharedText(std::string_view(text)) {}
  SharedText(const char* text) : SharedText(std::string_view(text)) {}
  SharedText(const SharedText& other) noexcept : bits_(other.bits_) { Retain(); }
  SharedText(SharedText&& other) noexcept : bits_(other.bits_) { other.bits_ = 0; }
  SharedText& operator=(SharedText other) noexcept {
    std::swap(bits_, other.bits_);
    return *this;
  }
  // Most texts destroyed are empty (moved from, or a by-value assignment's swapped-out
  // operand): those need no call.
  ~SharedText() {
    if (bits_ != 0) Release();
  }

  // Returns the text. Throws std::logic_error for a spilled text (use Read).
  std::string_view view() const {
    if (spilled()) [[unlikely]]
      ThrowSpilled();
    const Rep* r = rep();
    return r ? std::string_view(reinterpret_cast<const char*>(r + 1), r->size) : std::string_view();
  }
  operator std::string_view() const { return view(); }
  // Returns the text: a view of its buffer, or of `buf`, into which a spilled text is read.
  // Throws Error(kBadInput) if the spill file cannot be read.
  std::string_view Read(std::string& buf) const;
  // Returns a std::string copy of the text (read back if spilled).
  std::string str() const;
  size_t size() const;
  bool empty() const { return bits_ == 0; }
  // Returns true if the text's bytes are in a spill file (core/text_spill.h).
  bool spilled() const { return (bits_ & kSpilledTag) != 0; }
  // Returns true if `this` and `other` hold the same buffer or spilled bytes (not just equal
  // text).
  bool SharesBufferWith(const SharedText& other) const { return bits_ == other.bits_; }

  friend bool operator==(const SharedText& a, const SharedText& b) {
    if (a.bits_ == b.bits_) return true;
    if (a.spilled() || b.spilled()) return Compare(a, b) == 0;
    return a.view() == b.view();
  }
  // Exact matches for text on the other side: without them `view == shared` is ambiguous (each
  // side converts to the other's type).
  friend bool operator==(const SharedText& a, std::string_view b) { return Equal(a, b); }
  friend bool operator==(const SharedText& a, const std::string& b) { return Equal(a, b); }
  friend bool operator==(const SharedText& a, const char* b) { return Equal(a, b); }
  friend std::strong_ordering operator<=>(const SharedText& a, const SharedText& b) {
    if (a.bits_ == b.bits_) return std::strong_ordering::equal;
    if (a.spilled() || b.spilled()) return Compare(a, b);
    return a.view() <=> b.view();
  }
  friend std::strong_ordering operator<=>(const SharedText& a, std::string_view b) {
    return Order(a, b);
  }
  friend std::strong_ordering operator<=>(const SharedText& a, const std::string& b) {
    return Order(a, b);
  }
  friend std::strong_ordering operator<=>(const SharedText& a, const char* b) {
    return Order(a, b);
  }
  friend std::ostream& operator<<(std::ostream& out, const SharedText& t);

 private:
  friend class TextSpill;

  // The header of one heap block; the text's bytes follow it.
  struct Rep {
    std::atomic<size_t> refs;
    size_t size;
  };
  // A spilled text's word: kSpilledTag, the spill's slot, the text's size and file offset.
  static constexpr uintptr_t kSpilledTag = 1;
  static constexpr int kSlotShift = 1, kSlotBits = 3;
  static constexpr int kSizeShift = 4, kSizeBits = 20;
  static constexpr int kOffsetShift = 24, kOffsetBits = 40;
  static_assert(sizeof(uintptr_t) == 8 && kOffsetShift + kOffsetBits == 64);

  static SharedText FromBits(uintptr_t bits) {
    SharedText t;
    t.bits_ = bits;
    return t;
  }
  Rep* rep() const { return spilled() ? nullptr : reinterpret_cast<Rep*>(bits_); }
  void Retain() {
    if (Rep* r = rep()) r->refs.fetch_add(1, std::memory_order_relaxed);
  }
  void Release();
  [[noreturn]] static void ThrowSpilled();
  static bool Equal(const SharedText& a, std::string_view b) {
    return a.spilled() ? Compare(a, b) == 0 : a.view() == b;
  }
  static std::strong_ordering Order(const SharedText& a, std::string_view b) {
    return a.spilled() ? Compare(a, b) : a.view() <=> b;
  }
  // Compare what may be spilled (reading the file).
  static std::strong_ordering Compare(const SharedText& a, std::string_view b);
  static std::strong_ordering Compare(const SharedText& a, const SharedText& b);

  uintptr_t bits_ = 0;  // a Rep* (0 for the empty text), or a spilled text's word
};

// Hands out one SharedText per distinct text: equal strings interned here share one buffer.
// Not thread-safe; the texts live as long as the table or any copy of them.
class TextInterner {
 public:
  // Returns the table's copy of `text`, adding it if it is new.
  SharedText InternView(std::string_view text);
  // Returns the table's copy of `text`; `text` itself becomes it if it is new (no copy).
  SharedText Intern(SharedText text);
  size_t size() const { return table_.size(); }
  void clear() { table_.clear(); }

 private:
  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>()(s); }
    size_t operator()(const SharedText& s) const { return (*this)(s.view()); }
  };
  struct Equal {
    using is_transparent = void;
    bool operator()(const SharedText& a, const SharedText& b) const { return a == b; }
    bool operator()(const SharedText& a, std::string_view b) const { return a == b; }
    bool operator()(std::string_view a, const SharedText& b) const { return b == a; }
  };
  std::unordered_set<SharedText, Hash, Equal> table_;
};

}  // namespace ng
