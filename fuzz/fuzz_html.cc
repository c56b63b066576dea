// libFuzzer target: one HTML page, bytes -> Document through gumbo. Checks that the text, title,
// date and url are valid UTF-8 and the date has its shape, whatever tag soup comes in.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "fuzz/invariants.h"
#include "ingest/reader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  ng::Diagnostics diag;
  ng::fuzz::CheckDocument(ng::ingest::DocumentFromHtml("fuzz.html", bytes, "fuzz.html", diag));
  return 0;
}
