// Pieces shared by the learned models' file formats (extract/tagger, extract/relation_model): a
// fixed feature hash, little-endian writers and a bounds-checked reader. Model files are the
// same bytes on every platform and standard library.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace ng {

// FNV-1a, 64 bit, over a template id and the parts of a feature.
class Fnv {
 public:
  explicit Fnv(uint8_t template_id) { Byte(template_id); }
  Fnv& Byte(uint8_t b) {
    h_ ^= b;
    h_ *= 1099511628211ull;
    return *this;
  }
  Fnv& Add(std::string_view s) {
    for (char c : s) Byte(static_cast<uint8_t>(c));
    return Byte(0x1f);  // separates parts, so ("ab","c") differs from ("a","bc")
  }
  uint64_t value() const { return h_ ^ (h_ >> 29); }

 private:
  uint64_t h_ = 14695981039346656037ull;
};

// Quantizes weights to int16 with one scale factor per table; returns the scale.
float QuantScale(const std::vector<float>& w);
int16_t Quantize(float x, float scale);

void PutU32(std::string& out, uint32_t v);
void PutU16(std::string& out, uint16_t v);
void PutF32(std::string& out, float f);
void PutVarint(std::string& out, uint32_t v);

// Reads a model file's bytes; every failure throws Error(kBadResource, "bad KIND: what", file).
class ModelReader {
 public:
  ModelReader(std::string_view data, std::string kind, std::string file)
      : data_(data), kind_(std::move(kind)), file_(std::move(file)) {}
  [[noreturn]] void Fail(const std::string& what) const;
  // Reads the file's format tag and version: fails with "not a newsgraph KIND (no TAG tag)" or
  // "unsupported version N (this program reads version M)".
  void Header(std::string_view tag, uint32_t version);
  // Bytes and U16 are inline: a tagger model is about 650,000 of them.
  std::string_view Bytes(size_t n) {
    if (data_.size() - pos_ < n) FailTruncated();
    const std::string_view s = data_.substr(pos_, n);
    pos_ += n;
    return s;
  }
  uint32_t U32();
  uint16_t U16() {
    const std::string_view b = Bytes(2);
    return static_cast<uint16_t>(static_cast<uint8_t>(b[0]) | (static_cast<uint8_t>(b[1]) << 8));
  }
  float F32();
  uint32_t Varint();
  bool done() const { return pos_ == data_.size(); }

 private:
  [[noreturn]] void FailTruncated() const;

  std::string_view data_;
  std::string kind_;
  std::string file_;
  size_t pos_ = 0;
};

// Reads the whole model file at `path`; throws Error(kBadResource, "cannot open KIND") if it
// cannot be read.
std::string ReadModelFile(const std::string& path, const std::string& kind);

}  // namespace ng
