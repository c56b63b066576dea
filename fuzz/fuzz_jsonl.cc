// libFuzzer target: JSON Lines, bytes -> Documents. Checks that every emitted document is valid,
// ids are unique, and every line is either emitted, skipped with a diagnostic or blank.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <sstream>
#include <string>
#include <unordered_set>

#include "fuzz/invariants.h"
#include "ingest/reader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::istringstream in(std::string(reinterpret_cast<const char*>(data), size));
  ng::Diagnostics diag;
  std::unordered_set<std::string> ids, seen;
  size_t emitted = 0;
  ng::ingest::ReadJsonLines(
      in, "fuzz.jsonl",
      [&](ng::Document&& doc) {
        ng::fuzz::CheckDocument(doc);
        if (!seen.insert(doc.id).second) std::abort();  // duplicate id emitted
        ++emitted;
      },
      diag, ids);
  if (emitted != diag.documents_read || ids.size() != emitted) std::abort();
  for (const ng::Diagnostic& d : diag.items())
    if (d.file != "fuzz.jsonl" || d.line < 1) std::abort();  // must name the file and line
  return 0;
}
