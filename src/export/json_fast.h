// A JSON parser for the text newsgraph writes, a few times faster than nlohmann::json's: it drives
// a handler with the SAX events nlohmann::json::sax_parse would send for the same text (the same
// calls, in the same order, with the same values), reading it a chunk at a time.
//
// It reads a subset of JSON: objects, arrays, strings (every escape; UTF-8 checked as nlohmann
// checks it), unsigned integers that fit 64 bits, true, false and null. At anything else (another
// kind of number, a syntax error, invalid UTF-8, a byte order mark, text after the value) it stops
// and returns false, having sent the events before that point: the caller then parses the text
// again with nlohmann::json, which gives the result or the message the text deserves. So the
// subset decides only the speed, never the outcome.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <iterator>
#include <string>
#include <string_view>
#include <vector>

#include "core/json_escape.h"
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace ng::exporter {

// `Source` has `std::string_view Next()`: the next chunk of the text, empty at its end (chunks
// stay valid until the next call). `Handler` has nlohmann's SAX methods (null, boolean,
// number_unsigned, string, start_object, key, end_object, start_array, end_array), each returning
// true to go on. Returns true when the whole text was one JSON value of the subset.
template <typename Source, typename Handler>
bool FastSaxParse(Source& source, Handler& handler);

// The characters of a chunked text (a Source as FastSaxParse reads it) as an input iterator
// range, for nlohmann's parser where FastSaxParse stops.
template <typename Source>
class ChunkChars {
 public:
  explicit ChunkChars(Source& source) : source_(source), chunk_(source.Next()) {}

  class Iterator {
   public:
    using iterator_category = std::input_iterator_tag;
    using value_type = char;
    using difference_type = std::ptrdiff_t;
    using pointer = const char*;
    using reference = const char&;

    Iterator() = default;  // the end
    explicit Iterator(ChunkChars* chars) : chars_(chars) {}
    reference operator*() const { return chars_->chunk_[chars_->at_]; }
    Iterator& operator++() {
      if (++chars_->at_ == chars_->chunk_.size()) {
        chars_->chunk_ = chars_->source_.Next();
        chars_->at_ = 0;
      }
      return *this;
    }
    bool operator==(const Iterator& o) const { return AtEnd() == o.AtEnd(); }

   private:
    bool AtEnd() const { return chars_ == nullptr || chars_->chunk_.empty(); }
    ChunkChars* chars_ = nullptr;
  };

  Iterator begin() { return Iterator(this); }
  Iterator end() { return Iterator(); }

 private:
  Source& source_;
  std::string_view chunk_;  // the chunk being read (empty: the end of the text)
  size_t at_ = 0;
};

namespace fast_json {

// The text, a chunk at a time, with the position in the current one.
template <typename Source>
class Cursor {
 public:
  explicit Cursor(Source& source) : source_(source) {}

  // Returns the next byte without taking it, or -1 at the end of the text.
  int Peek() {
    if (p_ == end_ && !Fill()) return -1;
    return static_cast<unsigned char>(*p_);
  }
  void Skip() { ++p_; }  // takes the byte Peek() returned
  // Takes the next byte; -1 at the end.
  int Take() {
    const int c = Peek();
    if (c >= 0) ++p_;
    return c;
  }
  // Skips JSON whitespace; returns the next byte (not taken), or -1.
  int SkipSpace() {
    for (;;) {
      while (p_ != end_) {
        const char c = *p_;
        if (c != ' ' && c != '\n' && c != '\r' && c != '\t') return static_cast<unsigned char>(c);
        ++p_;
      }
      if (!Fill()) return -1;
    }
  }
  // Appends to `out` the bytes before the next quote, backslash, control character or non-ASCII
  // byte, within the current chunk; returns false when the chunk (and the text) has ended.
  bool TakePlain(std::string& out) {
    if (p_ == end_ && !Fill()) return false;
    const char* q = p_;
#if defined(__SSE2__)
    const __m128i quote = _mm_set1_epi8('"'), backslash = _mm_set1_epi8('\\');
    const __m128i space = _mm_set1_epi8(0x20);
    for (; end_ - q >= 16; q += 16) {
      const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(q));
      // A signed compare with 0x20 finds control characters and bytes from 0x80 at once.
      const __m128i hits =
          _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, quote), _mm_cmpeq_epi8(v, backslash)),
                       _mm_cmplt_epi8(v, space));
      if (const int mask = _mm_movemask_epi8(hits)) {
        q += __builtin_ctz(mask);
        out.append(p_, q);
        p_ = q;
        return true;
      }
    }
#endif
    while (q != end_) {
      const unsigned char c = static_cast<unsigned char>(*q);
      if (c == '"' || c == '\\' || c < 0x20 || c >= 0x80) break;
      ++q;
    }
    out.append(p_, q);
    p_ = q;
    return true;
  }

 private:
  bool Fill() {
    const std::string_view chunk = source_.Next();
    p_ = chunk.data();
    end_ = p_ + chunk.size();
    return !chunk.empty();
  }

  Source& source_;
  const char* p_ = nullptr;
  const char* end_ = nullptr;
};

// Reads a string's contents after its opening quote, through its closing quote, into `out`
// (unescaped); false at anything nlohmann's lexer would refuse.
template <typename Source>
bool String(Cursor<Source>& in, std::string& out) {
  out.clear();
  for (;;) {
    if (!in.TakePlain(out)) return false;  // the text ended inside the string
    const int c = in.Peek();
    if (c < 0) return false;                                       // the text ended
    if (c >= 0x20 && c < 0x80 && c != '"' && c != '\\') continue;  // a chunk ended: go on
    in.Skip();
    if (c == '"') return true;
    if (c == '\\') {
      if (!AppendJsonEscape([&in] { return in.Take(); }, out)) return false;
      continue;
    }
    if (c < 0x80) return false;  // a control character
    // A multi-byte UTF-8 sequence, well formed by RFC 3629's table (as nlohmann's lexer checks).
    int more = 0, lo = 0x80, hi = 0xBF;
    if (c >= 0xC2 && c <= 0xDF) {
      more = 1;
    } else if (c >= 0xE0 && c <= 0xEF) {
      more = 2;
      if (c == 0xE0) lo = 0xA0;
      if (c == 0xED) hi = 0x9F;
    } else if (c >= 0xF0 && c <= 0xF4) {
      more = 3;
      if (c == 0xF0) lo = 0x90;
      if (c == 0xF4) hi = 0x8F;
    } else {
      return false;
    }
    out += static_cast<char>(c);
    for (int i = 0; i < more; ++i) {
      const int b = in.Take();
      if (b < lo || b > hi) return false;
      out += static_cast<char>(b);
      lo = 0x80;
      hi = 0xBF;
    }
  }
}

}  // namespace fast_json

template <typename Source, typename Handler>
bool FastSaxParse(Source& source, Handler& handler) {
  fast_json::Cursor<Source> in(source);
  std::vector<char> open;  // '{' or '[' for each container open
  std::string text;        // the string being read
  enum class Want { kValue, kKeyOrEnd, kKey, kValueOrEnd, kAfterValue };
  Want want = Want::kValue;
  for (;;) {
    int c = in.SkipSpace();
    switch (want) {
      case Want::kKeyOrEnd:
      case Want::kKey:
        if (c == '}' && want == Want::kKeyOrEnd) {
          in.Skip();
          open.pop_back();
          if (!handler.end_object()) return false;
          want = Want::kAfterValue;
          continue;
        }
        if (c != '"') return false;
        in.Skip();
        if (!fast_json::String(in, text) || !handler.key(text)) return false;
        if (in.SkipSpace() != ':') return false;
        in.Skip();
        want = Want::kValue;
        continue;
      case Want::kAfterValue:
        if (open.empty()) return c == -1;  // nothing may follow the value
        if (c == ',') {
          in.Skip();
          want = open.back() == '{' ? Want::kKey : Want::kValue;
          continue;
        }
        if (c != (open.back() == '{' ? '}' : ']')) return false;
        in.Skip();
        open.pop_back();
        if (!(c == '}' ? handler.end_object() : handler.end_array())) return false;
        continue;
      case Want::kValueOrEnd:
        if (c == ']') {
          in.Skip();
          open.pop_back();
          if (!handler.end_array()) return false;
          want = Want::kAfterValue;
          continue;
        }
        [[fallthrough]];
      case Want::kValue:
        break;
    }
    // A value.
    if (c < 0) return false;  // the text ended
    in.Skip();
    want = Want::kAfterValue;
    bool ok = true;
    switch (c) {
      case '{':
        open.push_back('{');
        ok = handler.start_object(static_cast<std::size_t>(-1));
        want = Want::kKeyOrEnd;
        break;
      case '[':
        open.push_back('[');
        ok = handler.start_array(static_cast<std::size_t>(-1));
        want = Want::kValueOrEnd;
        break;
      case '"':
        ok = fast_json::String(in, text) && handler.string(text);
        break;
      case 't':
        ok = in.Take() == 'r' && in.Take() == 'u' && in.Take() == 'e' && handler.boolean(true);
        break;
      case 'f':
        ok = in.Take() == 'a' && in.Take() == 'l' && in.Take() == 's' && in.Take() == 'e' &&
             handler.boolean(false);
        break;
      case 'n':
        ok = in.Take() == 'u' && in.Take() == 'l' && in.Take() == 'l' && handler.null();
        break;
      default: {
        if (c < '0' || c > '9') return false;  // '-', the end of the text, or no value
        uint64_t value = static_cast<uint64_t>(c - '0');
        int d = in.Peek();
        if (c == '0' && d >= '0' && d <= '9') return false;  // a leading zero
        for (; d >= '0' && d <= '9'; d = in.Peek()) {
          const uint64_t digit = static_cast<uint64_t>(d - '0');
          if (value > (UINT64_MAX - digit) / 10) return false;  // nlohmann makes it a float
          value = value * 10 + digit;
          in.Skip();
        }
        if (d == '.' || d == 'e' || d == 'E') return false;
        ok = handler.number_unsigned(value);
      }
    }
    if (!ok) return false;
  }
}

}  // namespace ng::exporter
