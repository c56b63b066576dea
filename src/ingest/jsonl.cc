// JSON Lines input: one article per line, read and checked line by line so that one bad record
// costs only itself and a large file never has to fit in memory.
#include <nlohmann/json.hpp>

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

// Parses one non-blank line into `doc`; returns "" or what is wrong with the line.
std::string ParseRecord(std::string_view line, const std::string& file, long line_no, Document& doc,
                        Diagnostics& diag) {
  size_t replaced = 0;
  const std::string repaired = RepairUtf8(line, &replaced);
  json j;
  try {
    j = json::parse(repaired);
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

  std::string error, date;
  const auto id = j.find("id");
  if (id != j.end() && id->is_string()) {
    doc.id = id->get<std::string>();
  } else if (id != j.end() && id->is_number_integer()) {
    doc.id = id->dump();
  } else if (id != j.end() && !id->is_null()) {
    return "\"id\" is not a string";
  }
  std::string unused_source;
  if (!OptionalString(j, "title", &doc.title, &error) ||
      !OptionalString(j, "date", &date, &error) || !OptionalString(j, "url", &doc.url, &error) ||
      !OptionalString(j, "source", &unused_source, &error)) {
    return error;
  }

  // \u0000 escapes survive parsing; the text gets the same repair as raw bytes.
  size_t replaced_in_text = 0;
  doc.text = RepairUtf8(text->get_ref<const std::string&>(), &replaced_in_text);
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
