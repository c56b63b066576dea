// libFuzzer target: the JSON-LD reader that `inspect` and `merge` use. Any input either throws
// ng::Error(kBadInput) or gives a graph whose JSON-LD reads back to the same graph. Read from a
// file with a filter (jsonld_skip.h), it gives what reading it whole gives: with every node kept,
// the same graph or the same message (and without evidence, the graph less its evidence); with
// none kept, no node, when the file is well formed. Read in parts, it gives the same nodes, or
// the same message. The fast JSON reader sends nlohmann's parser's events, all or a first part
// of them.
#include <unistd.h>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <iterator>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/error.h"
#include "core/files.h"
#include "core/model.h"
#include "export/json_fast.h"
#include "export/jsonld.h"
#include "export/jsonld_skip.h"

namespace {

// Writes each SAX event down, for FastSaxParse and nlohmann's parser alike.
struct Recorder {
  using Json = nlohmann::json;
  std::vector<std::string> events;
  bool Add(std::string e) {
    events.push_back(std::move(e));
    return true;
  }
  bool null() { return Add("n"); }
  bool boolean(bool v) { return Add(v ? "t" : "f"); }
  bool number_integer(Json::number_integer_t v) { return Add("i" + std::to_string(v)); }
  bool number_unsigned(Json::number_unsigned_t v) { return Add("u" + std::to_string(v)); }
  bool number_float(Json::number_float_t, const std::string& s) { return Add("d" + s); }
  bool string(std::string& v) { return Add("s" + v); }
  bool binary(Json::binary_t&) { return Add("b"); }
  bool start_object(std::size_t) { return Add("{"); }
  bool end_object() { return Add("}"); }
  bool start_array(std::size_t) { return Add("["); }
  bool end_array() { return Add("]"); }
  bool key(std::string& k) { return Add("k" + k); }
  bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception&) {
    return false;
  }
};

// The text in chunks of `size` bytes.
struct Chunks {
  std::string_view text;
  size_t size;
  std::string_view Next() {
    const std::string_view chunk = text.substr(0, size);
    text.remove_prefix(chunk.size());
    return chunk;
  }
};

// FastSaxParse sends nlohmann's events: all of them when it reads the text, else a first part.
void CheckFastParser(std::string_view json) {
  Recorder slow;
  const bool slow_ok = nlohmann::json::sax_parse(json.begin(), json.end(), &slow);
  const size_t size = json.empty() ? 1 : 1 + static_cast<unsigned char>(json.back()) % 23u;
  Chunks chunks{json, size};
  Recorder fast;
  const bool fast_ok = ng::exporter::FastSaxParse(chunks, fast);
  if (fast_ok && (!slow_ok || fast.events != slow.events)) std::abort();
  if (fast.events.size() > slow.events.size() ||
      !std::equal(fast.events.begin(), fast.events.end(), slow.events.begin()))
    std::abort();
}

// Reads `path` with `read`; returns the graph, or sets `message` to the error's.
template <typename Read>
std::optional<ng::GraphData> Outcome(const Read& read, std::string& message) {
  try {
    return read();
  } catch (const ng::Error& e) {
    if (e.code() != ng::ErrorCode::kBadInput) std::abort();
    message = e.what();
    return std::nullopt;
  }
}

void CheckFiltered(std::string_view json) {
  static const std::filesystem::path path =
      std::filesystem::temp_directory_path() / ("fuzz-jsonld-" + std::to_string(::getpid()));
  ng::WriteFileAtomic(path, json);
  std::string whole_error, all_error, none_error;
  const auto whole = Outcome([&] { return ng::exporter::ReadJsonLdFile(path); }, whole_error);
  const auto all = Outcome(
      [&] {
        return ng::exporter::ReadJsonLdFile(path,
                                            [](const ng::exporter::NodeSketch&) { return true; });
      },
      all_error);
  const auto none = Outcome(
      [&] {
        return ng::exporter::ReadJsonLdFile(path,
                                            [](const ng::exporter::NodeSketch&) { return false; });
      },
      none_error);
  if (whole != all || whole_error != all_error) std::abort();
  // Without evidence: the same graph less its evidence.
  std::string shape_error;
  const auto shape = Outcome(
      [&] {
        return ng::exporter::ReadJsonLdFile(
            path, [](const ng::exporter::NodeSketch&) { return true; }, false);
      },
      shape_error);
  // (A fault only in the parts skipped goes unseen; any other gives the whole file's message.)
  if (!shape && shape_error != whole_error) std::abort();
  if (whole) {
    ng::GraphData stripped = *whole;
    for (ng::Relation& r : stripped.relations) r.evidence.clear();
    if (!shape || *shape != stripped) std::abort();
  }
  if (whole && (!none || *none != ng::GraphData())) std::abort();
  // Read in parts, each node comes once: the parts together, canonicalized, are the whole read.
  std::string parts_error;
  const auto parts = Outcome(
      [&] {
        ng::GraphData g;
        ng::exporter::ReadJsonLdFileInParts(path, 1 + json.size() % 3, [&](ng::GraphData&& part) {
          std::ranges::move(part.articles, std::back_inserter(g.articles));
          std::ranges::move(part.entities, std::back_inserter(g.entities));
          std::ranges::move(part.relations, std::back_inserter(g.relations));
        });
        ng::Canonicalize(g);
        return g;
      },
      parts_error);
  if (parts != whole || parts_error != whole_error) std::abort();
  ng::exporter::SketchNode(json);  // any bytes: no crash, no read out of bounds
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view json(reinterpret_cast<const char*>(data), size);
  CheckFastParser(json);
  CheckFiltered(json);
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
