#include "export/jsonld_skip.h"

#include <algorithm>
#include <array>
#include <cstring>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif
#include <string>
#include <utility>

#include "core/error.h"

namespace ng::exporter {
namespace {

bool IsSpace(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r'; }

// Bit k of the result is set where byte k of the 64 at `p` equals `c`.
uint64_t Equal64(const char* p, char c) {
#if defined(__SSE2__)
  const __m128i v = _mm_set1_epi8(c);
  uint64_t mask = 0;
  for (int i = 0; i < 4; ++i) {
    const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + 16 * i));
    mask |=
        static_cast<uint64_t>(static_cast<uint16_t>(_mm_movemask_epi8(_mm_cmpeq_epi8(bytes, v))))
        << (16 * i);
  }
  return mask;
#else
  uint64_t mask = 0;
  for (int i = 0; i < 64; ++i) mask |= static_cast<uint64_t>(p[i] == c) << i;
  return mask;
#endif
}

// Bit k is set where an odd number of the bits 0..k of `x` are: inside a quoted run when `x`
// marks quotes.
uint64_t PrefixXor(uint64_t x) {
  for (int shift = 1; shift < 64; shift *= 2) x ^= x << shift;
  return x;
}

}  // namespace

void NodeScanner::Start() {
  events_.clear();
  brackets_.clear();
  fed_ = 0;
  in_string_ = escape_ = done_ = broken_ = open_string_ = false;
}

size_t NodeScanner::Feed(std::string_view b) {
  // 64 bytes at a time: masks of their quotes, backslashes and brackets; the quotes no backslash
  // escapes; from those, which bytes lie inside strings; then, in order, the brackets outside
  // strings and the quotes (where the depth asks for events).
  size_t i = 0;
  while (i < b.size() && !done_) {
    const size_t len = std::min<size_t>(64, b.size() - i);
    const char* p = b.data() + i;
    std::array<char, 64> padded;
    if (len < 64) {
      padded.fill(0);
      std::memcpy(padded.data(), p, len);
      p = padded.data();
    }
    const uint64_t valid = len == 64 ? ~uint64_t{0} : (uint64_t{1} << len) - 1;
    uint64_t escaped = escape_ ? 1 : 0;  // a backslash ended the last block
    escape_ = false;
    for (uint64_t slashes = Equal64(p, '\\') & ~escaped; slashes; slashes &= slashes - 1) {
      const int k = __builtin_ctzll(slashes);
      if (escaped >> k & 1) continue;  // itself escaped
      if (static_cast<size_t>(k) + 1 == len)
        escape_ = true;  // escapes the next block's first byte
      else
        escaped |= uint64_t{2} << k;
    }
    const uint64_t quotes = Equal64(p, '"') & ~escaped & valid;
    const uint64_t inside = PrefixXor(quotes) ^ (in_string_ ? ~uint64_t{0} : 0);
    const uint64_t opens = (Equal64(p, '{') | Equal64(p, '[')) & ~inside & valid;
    const uint64_t closes = (Equal64(p, '}') | Equal64(p, ']')) & ~inside & valid;
    for (uint64_t todo = quotes | opens | closes; todo; todo &= todo - 1) {
      const int k = __builtin_ctzll(todo);
      const uint64_t bit = uint64_t{1} << k;
      const uint64_t at = fed_ + i + k;
      const size_t depth = brackets_.size();
      if (quotes & bit) {
        if (inside & bit) {  // an opening quote
          if (depth <= 2) {
            events_.push_back({at + 1, at + 1, Kind::kString, static_cast<uint8_t>(depth)});
            open_string_ = true;
          }
        } else if (open_string_) {
          events_.back().end = at;
          open_string_ = false;
        }
      } else if (opens & bit) {
        brackets_ += p[k];
        if (depth + 1 <= 2)
          events_.push_back({at, at, Kind::kOpen, static_cast<uint8_t>(depth + 1)});
      } else if (brackets_.empty() || brackets_.back() != (p[k] == '}' ? '{' : '[')) {
        done_ = broken_ = true;  // a bracket closing one of the other kind, or none
      } else {
        brackets_.pop_back();
        done_ = brackets_.empty();
      }
      if (done_) {
        fed_ += i + k + 1;
        return i + k + 1;
      }
    }
    in_string_ = inside >> (len - 1) & 1;
    i += len;
  }
  fed_ += i;
  return i;
}

bool NodeScanner::IsKey(std::string_view n, const Event& e) {
  size_t k = e.end + 1;
  while (k < n.size() && IsSpace(n[k])) ++k;
  return k < n.size() && n[k] == ':';
}

NodeSketch NodeScanner::Sketch(std::string_view n) const {
  NodeSketch s;
  std::string_view key1;    // the key at depth 1 whose value is being read
  std::string_view key2;    // the last key read at depth 2
  char open2 = 0;           // the container at depth 2: '{' or '['
  bool type_first = false;  // the next string at depth 2 is the first element of "@type"
  for (const Event& e : events_) {
    if (e.at > n.size() || e.end > n.size()) break;  // not the bytes that were fed
    if (e.kind == Kind::kOpen) {
      if (e.depth != 2) continue;
      open2 = n[e.at];
      key2 = {};
      size_t k = e.at + 1;
      while (k < n.size() && IsSpace(n[k])) ++k;
      type_first = open2 == '[' && key1 == "@type" && k < n.size() && n[k] == '"';
      continue;
    }
    const std::string_view raw = n.substr(e.at, e.end - e.at);
    const bool escaped = raw.find('\\') != std::string_view::npos;
    const bool is_key = IsKey(n, e);
    const bool in_ends = key1 == "rdf:subject" || key1 == "rdf:object";
    if (is_key && e.depth == 1) {
      key1 = raw;
      if (escaped) s.exact = false;
      if (key1 == "@type") s.type = {};  // a repeated key: the last one counts, as in parsing
      if (key1 == "rdf:subject") s.subject = {};
      if (key1 == "rdf:object") s.object = {};
    } else if (is_key && e.depth == 2) {
      key2 = raw;
      if (escaped && in_ends) s.exact = false;
    } else if (e.depth == 2) {
      const bool end_id = open2 == '{' && key2 == "@id" && in_ends;
      if (type_first) s.type = raw;
      if (end_id && key1 == "rdf:subject") s.subject = raw;
      if (end_id && key1 == "rdf:object") s.object = raw;
      if (escaped && (type_first || end_id)) s.exact = false;
      type_first = false;
    }
  }
  return s;
}

std::string NodeScanner::Without(std::string_view n,
                                 const std::vector<std::string_view>& keys) const {
  std::vector<size_t> starts;  // the opening quote of each of the node's own keys
  std::vector<bool> dropped;
  for (const Event& e : events_) {
    if (e.kind != Kind::kString || e.depth != 1 || e.end >= n.size() || !IsKey(n, e)) continue;
    const std::string_view key = n.substr(e.at, e.end - e.at);
    starts.push_back(e.at - 1);
    dropped.push_back(key.find('\\') == std::string_view::npos &&
                      std::find(keys.begin(), keys.end(), key) != keys.end());
  }
  if (std::find(dropped.begin(), dropped.end(), true) == dropped.end() || n.empty() ||
      n.back() != '}')
    return std::string(n);
  std::string out = "{";
  for (size_t i = 0; i < starts.size(); ++i) {
    const bool last = i + 1 == starts.size();
    size_t end = last ? n.size() - 1 : starts[i + 1];  // the next key's quote, or the final '}'
    while (end > starts[i] && IsSpace(n[end - 1])) --end;
    if (!last) {
      if (n[end - 1] != ',') return std::string(n);
      --end;
      while (end > starts[i] && IsSpace(n[end - 1])) --end;
    }
    if (dropped[i]) continue;
    if (out.size() > 1) out += ',';
    out.append(n.substr(starts[i], end - starts[i]));
  }
  out += '}';
  return out;
}

NodeSketch SketchNode(std::string_view node) {
  NodeScanner scanner;
  scanner.Start();
  scanner.Feed(node);
  return scanner.Sketch(node);
}

SkippingSource::SkippingSource(const std::filesystem::path& path, const NodeFilter& keep,
                               std::vector<std::string_view> drop)
    : file_(path.string()), blocks_(path), keep_(keep), drop_(std::move(drop)) {}

void SkippingSource::Fail(const std::string& what) const {
  throw Error(ErrorCode::kBadInput,
              "not JSON: byte " + std::to_string(offset_ + pos_ + 1) + ": " + what, file_);
}

bool SkippingSource::Fill() {
  if (pos_ < block_.size()) return true;
  offset_ += block_.size();
  block_ = blocks_.Next();
  pos_ = 0;
  return !block_.empty();
}

std::string_view SkippingSource::Next() {
  for (;;) {
    if (!Fill()) {
      if (mode_ != Mode::kNode) return {};
      mode_ = Mode::kOutside;  // a node cut short: the parser says so
      given_up_ = true;
      return HandOver();
    }
    switch (mode_) {
      case Mode::kOutside:
        return Outside();
      case Mode::kNode: {
        if (!GatherNode()) continue;  // the next block holds more of it
        mode_ = Mode::kBetween;
        expect_ = Expect::kSeparator;
        if (scanner_.broken()) {  // mismatched brackets: the parser says so
          mode_ = Mode::kOutside;
          given_up_ = true;
          return HandOver();
        }
        const std::string_view node = std::string_view(node_).substr(1);
        const NodeSketch sketch = scanner_.Sketch(node);
        if (!keep_(sketch)) continue;
        if (!drop_.empty() && sketch.exact && sketch.type == "rdf:Statement") {
          const std::string trimmed = scanner_.Without(node, drop_);
          node_.resize(1);  // the comma
          node_ += trimmed;
        }
        return HandOver();
      }
      case Mode::kBetween: {
        const char c = block_[pos_];
        if (IsSpace(c)) {
          ++pos_;
        } else if (c == ',' && expect_ == Expect::kSeparator) {
          expect_ = Expect::kElement;
          ++pos_;
        } else if (c == ']' && expect_ != Expect::kElement) {
          ++pos_;
          mode_ = Mode::kOutside;
          depth_ = 1;
          return "]";
        } else if (c == '{' && expect_ != Expect::kSeparator) {
          mode_ = Mode::kNode;
          node_.clear();
          node_ += ',';
          scanner_.Start();
        } else if (expect_ == Expect::kSeparator) {
          Fail("expected ',' or ']' after a @graph node");
        } else if (c == ']') {
          Fail("']' after a ',' in @graph");
        } else {
          // An element that is no object: the parser rejects it, and reads the rest as it is.
          mode_ = Mode::kOutside;
          given_up_ = true;
          if (expect_ == Expect::kElement && handed_) {
            return ",";
          }
        }
        break;
      }
    }
  }
}

std::string_view SkippingSource::Outside() {
  const size_t start = pos_;
  if (given_up_) {
    pos_ = block_.size();
    return block_.substr(start);
  }
  while (pos_ < block_.size()) {
    const char c = block_[pos_++];
    if (in_string_) {
      if (escape_) {
        escape_ = false;
      } else if (c == '\\') {
        escape_ = true;
        key_plain_ = false;
      } else if (c == '"') {
        in_string_ = false;
        graph_key_ = depth_ == 1 && key_plain_ && key_ == "@graph";
      } else if (depth_ == 1 && key_plain_) {
        key_ += c;
        if (key_.size() > 6) key_plain_ = false;  // longer than "@graph"
      }
      continue;
    }
    if (IsSpace(c)) continue;
    const bool colon = graph_colon_;
    graph_colon_ = c == ':' && graph_key_;
    graph_key_ = false;
    switch (c) {
      case '"':
        in_string_ = true;
        key_.clear();
        key_plain_ = true;
        break;
      case '[':
        ++depth_;
        if (depth_ == 2 && colon) {
          mode_ = Mode::kBetween;
          expect_ = Expect::kFirst;
          return block_.substr(start, pos_ - start);
        }
        break;
      case '{':
        ++depth_;
        break;
      case ']':
      case '}':
        --depth_;
        break;
    }
  }
  return block_.substr(start);
}

bool SkippingSource::GatherNode() {
  const size_t used = scanner_.Feed(block_.substr(pos_));
  node_.append(block_.substr(pos_, used));
  pos_ += used;
  return scanner_.done();
}

std::string_view SkippingSource::HandOver() {
  std::string_view node = node_;
  if (!handed_) node.remove_prefix(1);  // no comma before the first node handed over
  handed_ = true;
  return node;
}

}  // namespace ng::exporter
