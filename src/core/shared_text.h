// SharedText: an immutable UTF-8 string whose copies share one buffer. An evidence sentence is
// stored once per document however many relations cite it, and a merged graph keeps those
// buffers instead of one std::string per relation. A SharedText is one pointer; copying bumps a
// reference count (atomic, so copies may live and die on different threads); the text never
// changes after construction. Comparisons are by content, never by buffer.
#pragma once

#include <atomic>
#include <compare>
#include <cstddef>
#include <iosfwd>
#include <string>
#include <string_view>
#include <unordered_set>

namespace ng {

class SharedText {
 public:
  SharedText() = default;
  // Copies `text` into a new buffer. Implicit, like std::string's constructors.
  SharedText(std::string_view text);
  SharedText(const std::string& text) : SharedText(std::string_view(text)) {}
  SharedText(const char* text) : SharedText(std::string_view(text)) {}
  SharedText(const SharedText& other) noexcept : rep_(other.rep_) { Retain(); }
  SharedText(SharedText&& other) noexcept : rep_(other.rep_) { other.rep_ = nullptr; }
  SharedText& operator=(SharedText other) noexcept {
    std::swap(rep_, other.rep_);
    return *this;
  }
  ~SharedText() { Release(); }

  // Returns the text.
  std::string_view view() const {
    return rep_ ? std::string_view(Data(), rep_->size) : std::string_view();
  }
  operator std::string_view() const { return view(); }
  // Returns a std::string copy of the text.
  std::string str() const { return std::string(view()); }
  size_t size() const { return rep_ ? rep_->size : 0; }
  bool empty() const { return size() == 0; }
  // Returns true if `this` and `other` hold the same buffer (not just equal text).
  bool SharesBufferWith(const SharedText& other) const { return rep_ == other.rep_; }

  friend bool operator==(const SharedText& a, const SharedText& b) { return a.view() == b.view(); }
  // Exact matches for text on the other side: without them `view == shared` is ambiguous (each
  // side converts to the other's type).
  friend bool operator==(const SharedText& a, std::string_view b) { return a.view() == b; }
  friend bool operator==(const SharedText& a, const std::string& b) { return a.view() == b; }
  friend bool operator==(const SharedText& a, const char* b) { return a.view() == b; }
  friend std::strong_ordering operator<=>(const SharedText& a, const SharedText& b) {
    return a.view() <=> b.view();
  }
  friend std::strong_ordering operator<=>(const SharedText& a, std::string_view b) {
    return a.view() <=> b;
  }
  friend std::strong_ordering operator<=>(const SharedText& a, const std::string& b) {
    return a.view() <=> std::string_view(b);
  }
  friend std::strong_ordering operator<=>(const SharedText& a, const char* b) {
    return a.view() <=> std::string_view(b);
  }
  friend std::ostream& operator<<(std::ostream& out, const SharedText& t);

 private:
  // The header of one heap block; the text's bytes follow it.
  struct Rep {
    std::atomic<size_t> refs;
    size_t size;
  };

  const char* Data() const { return reinterpret_cast<const char*>(rep_ + 1); }
  void Retain() {
    if (rep_) rep_->refs.fetch_add(1, std::memory_order_relaxed);
  }
  void Release();

  Rep* rep_ = nullptr;  // nullptr for the empty text
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
