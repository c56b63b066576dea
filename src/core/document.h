// One input article. `text` is valid UTF-8 (invalid bytes were replaced by U+FFFD when it was
// read, a leading byte-order mark removed); every span in the pipeline is a byte range into it,
// and offsets written to output files are Unicode code points into it.
#pragma once

#include <string>

namespace ng {

struct Document {
  std::string id;      // unique within one run: file path or the JSONL "id"
  std::string text;    // the article body, valid UTF-8
  std::string title;   // headline if known (JSONL "title", HTML <title>), else empty
  std::string date;    // publication date "YYYY-MM-DD" if known (given, or found in the text)
  std::string url;     // canonical URL if known
  std::string source;  // where it came from: "path" or "path:line"
};

}  // namespace ng
