// libFuzzer target: one plain-text article, bytes -> Document. Checks the reader's promises: the
// text is valid UTF-8 without NULs or a leading BOM, and the title and date have their shapes.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "fuzz/invariants.h"
#include "ingest/reader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  ng::Diagnostics diag;
  const ng::Document doc = ng::ingest::DocumentFromText("fuzz.txt", bytes, "fuzz.txt", diag);
  ng::fuzz::CheckDocument(doc);
  if (doc.title.size() > ng::ingest::kMaxTitleBytes) std::abort();
  return 0;
}
