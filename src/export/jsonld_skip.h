// Reading part of a graph file: the bytes of the file as the JSON parser is to see them, less the
// @graph nodes a NodeFilter refuses. A reader that needs a few nodes of a large file (`inspect`
// of one entity: every entity, and the statements that name it) then parses only those; a
// refused node is only scanned for its end, 64 bytes at a time.
//
// Skipping is conservative: a node is offered to the filter only when it is a balanced object
// ({...} with strings closed and brackets matched), with its sketch (jsonld.h NodeSketch) read
// from its bytes. Anything else in @graph (a non-object element, a node cut short by the end of
// the file, mismatched brackets) ends the skipping, and the parser reads the rest of the file as
// it is, so it reports what is wrong. Two faults only skipping could hide, a missing or extra
// comma between nodes, are reported here (Error kBadInput, with the byte offset). Everything
// outside @graph's array is passed through unchanged. The parser's messages give columns of the
// text it read, not of the file: ReadJsonLdFile reads a malformed file again, whole, to say where
// its fault is.
#pragma once

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "core/files.h"
#include "export/jsonld.h"

namespace ng::exporter {

// Finds where a JSON object ends, fed its bytes a part at a time, and notes the strings and
// brackets of its first two levels, from which Sketch reads the keys a NodeFilter is told of.
// Strings and brackets are found 64 bytes at a time, as bit masks (compared 16 bytes at a time
// with SSE2 where the machine has it).
class NodeScanner {
 public:
  // Starts a new object; the first byte fed must be its '{'.
  void Start();
  // Scans `bytes`, the object's next part, up to its end; returns how many belong to it.
  size_t Feed(std::string_view bytes);
  // The object has ended: its brackets closed, or one closed a bracket of the other kind.
  bool done() const { return done_; }
  bool broken() const { return broken_; }
  // Returns the sketch of the object whose bytes (all that were fed) are `node`.
  NodeSketch Sketch(std::string_view node) const;
  // Returns `node` (all the bytes fed) less its own members whose key is written plainly as one
  // of `keys`: their bytes are dropped unparsed. Returns `node` whole when it is not laid out as
  // an object's members separated by commas.
  std::string Without(std::string_view node, const std::vector<std::string_view>& keys) const;

 private:
  enum class Kind : uint8_t { kString, kOpen };
  struct Event {   // a string, or an opening bracket, at depth 1 or 2 (the object's own: 1)
    uint64_t at;   // the string's first byte after its quote, or the bracket's offset
    uint64_t end;  // the string's closing quote
    Kind kind;
    uint8_t depth;  // of the string, or of the bracket's contents
  };

  // True if the string `e` of the object `node` is a key: a ':' follows it.
  static bool IsKey(std::string_view node, const Event& e);

  std::vector<Event> events_;
  std::string brackets_;  // the open brackets
  uint64_t fed_ = 0;      // bytes of the object fed so far
  bool in_string_ = false, escape_ = false, done_ = false, broken_ = false;
  bool open_string_ = false;  // the string being read is events_.back()
};

// Returns the sketch of the @graph node `node` (a balanced JSON object's bytes).
NodeSketch SketchNode(std::string_view node);

// The file's bytes less the nodes refused, as a chunk source (FastSaxParse's, or nlohmann's
// parser's through ChunkChars).
class SkippingSource {
 public:
  // `drop`: members to leave out of the statements kept (jsonld.h: a read without evidence).
  SkippingSource(const std::filesystem::path& path, const NodeFilter& keep,
                 std::vector<std::string_view> drop = {});

  // Returns the next bytes for the parser; empty at the end of the file (valid until the next
  // call).
  std::string_view Next();

 private:
  enum class Mode {
    kOutside,  // outside @graph's array (or skipping has ended): bytes pass as they are
    kBetween,  // in @graph's array, between elements
    kNode,     // in a node, gathering its bytes
  };
  enum class Expect { kFirst, kElement, kSeparator };  // in kBetween: what may come next

  // Reads the next block when the current one is used up; false at the end of the file.
  bool Fill();
  // Passes outside bytes through; returns them, up to and with the '[' opening @graph.
  std::string_view Outside();
  // Gathers the node's bytes from the block; true when it has ended.
  bool GatherNode();
  // Returns the node gathered (with a leading comma when a node went before it).
  std::string_view HandOver();
  [[noreturn]] void Fail(const std::string& what) const;

  std::string file_;
  FileBlocks blocks_;
  const NodeFilter& keep_;
  const std::vector<std::string_view> drop_;
  std::string_view block_;  // the block being read
  size_t pos_ = 0;          // in block_
  uint64_t offset_ = 0;     // of block_ in the file

  Mode mode_ = Mode::kOutside;
  bool given_up_ = false;  // skipping has ended: the rest passes as it is
  // kOutside: where the scan is
  int depth_ = 0;
  bool in_string_ = false, escape_ = false;
  std::string key_;  // a string at depth 1, while short enough to be "@graph"
  bool key_plain_ = false, graph_key_ = false, graph_colon_ = false;
  // kBetween and kNode
  Expect expect_ = Expect::kFirst;
  bool handed_ = false;  // a node has been handed to the parser
  std::string node_;     // "," then the node's bytes
  NodeScanner scanner_;
};

}  // namespace ng::exporter
