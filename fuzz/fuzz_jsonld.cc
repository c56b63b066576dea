// libFuzzer target: the JSON-LD reader that `inspect` and `merge` use. Any input either throws
// ng::Error(kBadInput) or gives a graph whose JSON-LD reads back to the same graph.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "core/error.h"
#include "export/jsonld.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view json(reinterpret_cast<const char*>(data), size);
  ng::GraphData g;
  try {
    g = ng::exporter::FromJsonLd(json, "fuzz.jsonld");
  } catch (const ng::Error& e) {
    if (e.code() != ng::ErrorCode::kBadInput) std::abort();
    return 0;
  }
  // What the writer makes of a read graph must read back to exactly that graph.
  const std::string first = ng::exporter::ToJsonLd(g);
  const std::string second = ng::exporter::ToJsonLd(ng::exporter::FromJsonLd(first, "w.jsonld"));
  if (first != second) std::abort();
  return 0;
}
