#include "core/model_file.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstring>
#include <fstream>

#include "core/error.h"

namespace ng {

float QuantScale(const std::vector<float>& w) {
  float max_abs = 0;
  for (float x : w) max_abs = std::max(max_abs, std::fabs(x));
  return max_abs > 0 ? max_abs / 32767.0f : 1.0f;
}

int16_t Quantize(float x, float scale) {
  return static_cast<int16_t>(std::clamp(std::lround(x / scale), -32767l, 32767l));
}

void PutU32(std::string& out, uint32_t v) {
  for (int i = 0; i < 4; ++i) out.push_back(static_cast<char>((v >> (8 * i)) & 0xff));
}

void PutU16(std::string& out, uint16_t v) {
  out.push_back(static_cast<char>(v & 0xff));
  out.push_back(static_cast<char>(v >> 8));
}

void PutF32(std::string& out, float f) {
  uint32_t bits;
  std::memcpy(&bits, &f, sizeof bits);
  PutU32(out, bits);
}

void PutVarint(std::string& out, uint32_t v) {
  while (v >= 0x80) {
    out.push_back(static_cast<char>((v & 0x7f) | 0x80));
    v >>= 7;
  }
  out.push_back(static_cast<char>(v));
}

void ModelReader::Fail(const std::string& what) const {
  throw Error(ErrorCode::kBadResource, "bad " + kind_ + ": " + what, file_);
}

void ModelReader::Header(std::string_view tag, uint32_t version) {
  if (data_.size() < tag.size() || data_.substr(0, tag.size()) != tag)
    Fail("not a newsgraph " + kind_ + " (no " + std::string(tag) + " tag)");
  pos_ = tag.size();
  const uint32_t found = U32();
  if (found != version) {
    Fail("unsupported version " + std::to_string(found) + " (this program reads version " +
         std::to_string(version) + ")");
  }
}

void ModelReader::FailTruncated() const {
  Fail("truncated file (" + std::to_string(data_.size()) + " bytes)");
}

uint32_t ModelReader::U32() {
  const std::string_view b = Bytes(4);
  uint32_t v = 0;
  for (int i = 3; i >= 0; --i) v = (v << 8) | static_cast<uint8_t>(b[i]);
  return v;
}

float ModelReader::F32() {
  const uint32_t bits = U32();
  float f;
  std::memcpy(&f, &bits, sizeof f);
  return f;
}

uint32_t ModelReader::Varint() {
  uint32_t v = 0;
  for (int shift = 0; shift < 35; shift += 7) {
    const auto b = static_cast<uint8_t>(Bytes(1)[0]);
    v |= static_cast<uint32_t>(b & 0x7f) << shift;
    if (!(b & 0x80)) return v;
  }
  Fail("bad varint");
}

std::string ReadModelFile(const std::string& path, const std::string& kind) {
  std::ifstream f(path, std::ios::binary);
  if (!f) throw Error(ErrorCode::kBadResource, "cannot open " + kind, path);
  // In blocks: an istreambuf_iterator costs about 16 instructions a byte (18 M for names.ngt).
  // Either way the text ends where reading stops.
  std::string data;
  std::array<char, 1 << 16> block;
  while (f.read(block.data(), block.size()) || f.gcount() > 0)
    data.append(block.data(), static_cast<size_t>(f.gcount()));
  return data;
}

}  // namespace ng
