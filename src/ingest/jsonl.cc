// JSON Lines input: one article per line, read and checked line by line so that one bad record
// costs only itself and a large file never has to fit in memory.
#include <array>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

#include "core/json_escape.h"
#include "core/utf8.h"
#include "ingest/reader.h"

namespace ng::ingest {
namespace {

using nlohmann::json;

bool IsBlank(std::string_view s) {
  return s.find_first_not_of(" \t\r\n\f\v") == std::string_view::npos;
}

// Returns the string value of optional field `name` in `out`; false (after reporting) when it is
// present with another type. null counts as absent.
bool OptionalString(const json& j, const char* name, std::string* out, std::string* error) {
  const auto it = j.find(name);
  if (it == j.end() || it->is_null()) return true;
  if (!it->is_string()) {
    *error = std::string("\"") + name + "\" is not a string";
    return false;
  }
  *out = it->get<std::string>();
  return true;
}

// The fields of a record that a document takes; "" for a field absent or null.
struct Record {
  std::string id, text, title, date, url;
};

// Reads a record with nlohmann's parser: any valid JSON. Returns "" or what is wrong with it.
std::string ReadAnyRecord(const std::string& line, Record& r) {
  json j;
  try {
    j = json::parse(line);
  } catch (const json::parse_error& e) {
    return "not valid JSON (at byte " + std::to_string(e.byte) + ")";
  } catch (const json::exception&) {
    // out_of_range: a number such as 1e999 that no double holds; it used to end the program.
    return "not valid JSON (a number out of range)";
  }
  if (!j.is_object()) return "not a JSON object";
  const auto text = j.find("text");
  if (text == j.end() || text->is_null()) return "missing \"text\"";
  if (!text->is_string()) return "\"text\" is not a string";

  std::string error;
  const auto id = j.find("id");
  if (id != j.end() && id->is_string()) {
    r.id = id->get<std::string>();
  } else if (id != j.end() && id->is_number_integer()) {
    r.id = id->dump();
  } else if (id != j.end() && !id->is_null()) {
    return "\"id\" is not a string";
  }
  std::string unused_source;
  if (!OptionalString(j, "title", &r.title, &error) ||
      !OptionalString(j, "date", &r.date, &error) || !OptionalString(j, "url", &r.url, &error) ||
      !OptionalString(j, "source", &unused_source, &error)) {
    return error;
  }
  r.text = std::move(text->get_ref<std::string&>());
  return "";
}

// Reads the usual record quickly: a JSON object whose values are all strings or null, with a
// string "text", none of the fields above twice, and valid UTF-8 (as RepairUtf8 leaves it).
// Returns false for anything else, and ReadAnyRecord decides; where it returns true, `r` holds
// what ReadAnyRecord would give. (nlohmann's lexer takes about 75 instructions a byte, a tenth
// of all extraction.) The grammar and escapes are JSON's (RFC 8259) as nlohmann reads them.
class PlainRecordReader {
 public:
  explicit PlainRecordReader(std::string_view json) : p_(json.data()), end_(p_ + json.size()) {}

  bool Read(Record& r) {
    // The fields, with ReadAnyRecord's checks: "source" must be a string or null, then unused.
    static constexpr std::array<std::string_view, 6> kNames = {"id",   "text", "title",
                                                               "date", "url",  "source"};
    std::string source, other, key;
    const std::array<std::string*, 6> fields = {&r.id, &r.text, &r.title, &r.date, &r.url, &source};
    std::array<bool, 6> seen{};  // a field twice is left to nlohmann
    SkipSpace();
    if (!Take('{')) return false;
    do {
      SkipSpace();
      if (!String(key)) return false;  // also "{}", which has no "text"
      SkipSpace();
      if (!Take(':')) return false;
      SkipSpace();
      std::string* value = &other;
      for (size_t f = 0; f < kNames.size(); ++f) {
        if (key != kNames[f]) continue;
        if (seen[f]) return false;
        seen[f] = true;
        value = fields[f];
      }
      if (Literal("null")) {
        if (value == &r.text) return false;  // "missing text"
      } else if (!String(*value)) {
        return false;
      }
      SkipSpace();
    } while (Take(','));
    if (!Take('}')) return false;
    SkipSpace();
    return p_ == end_ && seen[1];
  }

 private:
  void SkipSpace() {
    while (p_ < end_ && (*p_ == ' ' || *p_ == '\t' || *p_ == '\n' || *p_ == '\r')) ++p_;
  }
  bool Take(char c) {
    if (p_ == end_ || *p_ != c) return false;
    ++p_;
    return true;
  }
  bool Literal(std::string_view word) {
    if (static_cast<size_t>(end_ - p_) < word.size() || std::string_view(p_, word.size()) != word)
      return false;
    p_ += word.size();
    return true;
  }
  // Reads a string into `out` (replacing it).
  bool String(std::string& out) {
    out.clear();
    if (!Take('"')) return false;
    for (;;) {
      const char* run = p_;
      while (p_ < end_ && *p_ != '"' && *p_ != '\\' && static_cast<unsigned char>(*p_) >= 0x20)
        ++p_;
      out.append(run, p_);
      if (p_ == end_ || static_cast<unsigned char>(*p_) < 0x20) return false;
      if (*p_++ == '"') return true;
      // An escape: "\u0000" too is one byte, 0, as nlohmann keeps it.
      const auto next = [this]() -> int {
        return p_ == end_ ? -1 : static_cast<unsigned char>(*p_++);
      };
      if (!AppendJsonEscape(next, out)) return false;
    }
  }

  const char* p_;
  const char* end_;
};

// Parses one non-blank line into `doc`; returns "" or what is wrong with the line.
std::string ParseRecord(std::string_view line, const std::string& file, long line_no, Document& doc,
                        Diagnostics& diag) {
  size_t replaced = 0;
  const std::string repaired = RepairUtf8(line, &replaced);
  Record r;
  if (!PlainRecordReader(repaired).Read(r)) {
    r = {};
    if (std::string error = ReadAnyRecord(repaired, r); !error.empty()) return error;
  }
  doc.id = std::move(r.id);
  doc.title = std::move(r.title);
  doc.url = std::move(r.url);
  const std::string& date = r.date;

  // \u0000 escapes survive parsing; the text gets the same repair as raw bytes.
  size_t replaced_in_text = 0;
  doc.text = RepairUtf8(r.text, &replaced_in_text);
  replaced += replaced_in_text;
  if (replaced > 0) {
    diag.bytes_replaced += replaced;
    diag.Warn(file, line_no,
              "replaced " + std::to_string(replaced) + " invalid UTF-8 sequence" +
                  (replaced == 1 ? "" : "s") + " with U+FFFD");
  }
  if (doc.id.empty()) doc.id = file + ":" + std::to_string(line_no);
  doc.source = file + ":" + std::to_string(line_no);
  if (!date.empty()) {
    size_t used = 0;
    doc.date = ParseDate(date, &used);
    if (doc.date.empty() || (used < date.size() && date[used] != 'T' && date[used] != ' ')) {
      diag.Warn(file, line_no, "\"date\" \"" + date + "\" is not a date; ignored");
      doc.date.clear();
    }
  }
  if (doc.date.empty()) doc.date = FindPublicationDate(doc.text);
  return "";
}

}  // namespace

void ReadJsonLines(std::istream& in, const std::string& file, const DocumentSink& sink,
                   Diagnostics& diag, std::unordered_set<std::string>& ids) {
  std::string line;
  for (long line_no = 1; std::getline(in, line); ++line_no) {
    if (line_no == 1 && line.starts_with("\xEF\xBB\xBF")) line.erase(0, 3);
    if (IsBlank(line)) continue;
    if (line.size() > kMaxDocumentBytes) {
      diag.Fail(file, line_no,
                "record larger than " + std::to_string(kMaxDocumentBytes) + " bytes");
      ++diag.records_skipped;
      continue;
    }
    Document doc;
    std::string error = ParseRecord(line, file, line_no, doc, diag);
    if (error.empty() && ids.contains(doc.id)) error = "duplicate id \"" + doc.id + "\"";
    if (!error.empty()) {
      diag.Fail(file, line_no, std::move(error));
      ++diag.records_skipped;
      continue;
    }
    if (IsBlank(doc.text)) {
      diag.Warn(file, line_no, "empty \"text\"; record skipped");
      ++diag.records_skipped;
      continue;
    }
    ids.insert(doc.id);
    ++diag.documents_read;
    sink(std::move(doc));
  }
}

}  // namespace ng::ingest
