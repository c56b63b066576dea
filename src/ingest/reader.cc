// Dispatch of inputs to the readers: files by extension, directories walked in sorted order,
// stdin sniffed. Every problem with an input is a diagnostic, never an exception, so one bad file
// does not stop a corpus run.
#include "ingest/reader.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>

namespace ng::ingest {
namespace {

namespace fs = std::filesystem;

constexpr size_t kSniffBytes = 4096;
constexpr std::string_view kStdinName = "<stdin>";

enum class Format { kText, kJsonLines, kHtml };

std::string LowerExtension(const fs::path& p) {
  std::string ext = p.extension().string();
  for (char& c : ext) c = c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c;
  return ext;
}

Format FormatOf(const fs::path& p) {
  const std::string ext = LowerExtension(p);
  if (ext == ".jsonl") return Format::kJsonLines;
  if (ext == ".html" || ext == ".htm") return Format::kHtml;
  return Format::kText;
}

bool Listed(const fs::path& p) {
  const std::string ext = LowerExtension(p);
  return ext == ".txt" || ext == ".jsonl" || ext == ".html" || ext == ".htm";
}

// True for text that opens as an HTML page ("<!DOCTYPE html", "<html"), after white space and
// a byte order mark: a saved page named .txt, or one piped to stdin, is read as HTML.
bool LooksLikeHtml(std::string_view s) {
  if (s.starts_with("\xEF\xBB\xBF")) s.remove_prefix(3);
  const size_t start = s.find_first_not_of(" \t\r\n\f\v");
  if (start == std::string_view::npos) return false;
  s.remove_prefix(start);
  std::string head(s.substr(0, 14));
  for (char& c : head) c = c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c;
  return head.starts_with("<!doctype html") || head.starts_with("<html");
}

bool IsBlank(std::string_view s) {
  return s.find_first_not_of(" \t\r\n\f\v") == std::string_view::npos;
}

// Returns a reason if `head` (the first bytes of a file) looks binary: text has no NULs, while
// binaries and UTF-16 files have many.
std::string BinaryReason(std::string_view head) {
  head = head.substr(0, kSniffBytes);
  const auto nuls = static_cast<size_t>(std::count(head.begin(), head.end(), '\0'));
  if (nuls < 2 || nuls * 64 < head.size()) return "";
  return "binary file (" + std::to_string(nuls) + " NUL bytes in the first " +
         std::to_string(head.size()) + " bytes); skipped";
}

bool AllLinesStartWithBrace(std::string_view bytes) {
  bool any = false;
  size_t i = 0;
  while (i < bytes.size()) {
    size_t end = bytes.find('\n', i);
    if (end == std::string_view::npos) end = bytes.size();
    std::string_view line = bytes.substr(i, end - i);
    if (i == 0 && line.starts_with("\xEF\xBB\xBF")) line.remove_prefix(3);
    const size_t first = line.find_first_not_of(" \t\r");
    if (first != std::string_view::npos) {
      if (line[first] != '{') return false;
      any = true;
    }
    i = end + 1;
  }
  return any;
}

class Reader {
 public:
  Reader(const DocumentSink& sink, Diagnostics& diag) : sink_(sink), diag_(diag) {}

  void ReadInput(const std::string& input) {
    if (input == "-") return ReadStdin();
    std::error_code ec;
    const fs::file_status st = fs::status(input, ec);
    if (ec || !fs::exists(st)) {
      return SkipFile(input, "cannot open: " + (ec ? ec.message() : "No such file or directory"));
    }
    if (fs::is_directory(st)) return ReadDirectory(input);
    ReadFile(input);
  }

 private:
  void SkipFile(const std::string& path, std::string reason) {
    diag_.Fail(path, 0, std::move(reason));
    ++diag_.files_skipped;
  }

  void Emit(Document&& doc) {
    ++diag_.documents_read;
    sink_(std::move(doc));
  }

  // Emits a whole-file document unless its id was seen before.
  void EmitFileDocument(Document&& doc, const std::string& path) {
    if (!ids_.insert(doc.id).second) return SkipFile(path, "duplicate id \"" + doc.id + "\"");
    Emit(std::move(doc));
  }

  void ReadDirectory(const std::string& dir) {
    std::vector<fs::path> files;
    std::error_code ec;
    fs::recursive_directory_iterator it(dir, fs::directory_options::skip_permission_denied, ec);
    for (; !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
      const fs::path& p = it->path();
      if (p.filename().string().starts_with(".")) {
        if (it->is_directory(ec)) it.disable_recursion_pending();
        continue;
      }
      if (Listed(p) && it->is_regular_file(ec)) files.push_back(p);
    }
    if (ec) SkipFile(dir, "cannot list directory: " + ec.message());
    std::sort(files.begin(), files.end(),
              [](const fs::path& a, const fs::path& b) { return a.native() < b.native(); });
    for (const fs::path& p : files) ReadFile(p.string());
  }

  void ReadFile(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return SkipFile(path, std::string("cannot open: ") + std::strerror(errno));
    std::string head(kSniffBytes, '\0');
    in.read(head.data(), static_cast<std::streamsize>(head.size()));
    head.resize(static_cast<size_t>(in.gcount()));
    if (in.bad()) return SkipFile(path, std::string("cannot read: ") + std::strerror(errno));
    if (head.empty()) {
      diag_.Warn(path, 0, "empty file");
      return;
    }
    if (std::string reason = BinaryReason(head); !reason.empty()) {
      return SkipFile(path, std::move(reason));
    }
    const Format format = FormatOf(path);
    if (format == Format::kJsonLines) {
      in.clear();
      in.seekg(0);
      const size_t before = diag_.documents_read;
      ReadJsonLines(in, path, sink_, diag_, ids_);
      if (in.bad()) SkipFile(path, std::string("read error: ") + std::strerror(errno));
      if (diag_.documents_read == before && !in.bad()) diag_.Warn(path, 0, "no records");
      return;
    }
    std::error_code ec;
    const auto size = fs::file_size(path, ec);
    if (!ec && size > kMaxDocumentBytes) {
      return SkipFile(path, "larger than " + std::to_string(kMaxDocumentBytes) + " bytes");
    }
    std::string bytes = std::move(head);
    bytes.append(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    if (in.bad()) return SkipFile(path, std::string("read error: ") + std::strerror(errno));
    ReadWholeDocument(path, bytes, format);
  }

  void ReadWholeDocument(const std::string& path, std::string_view bytes, Format format) {
    if (IsBlank(bytes)) {
      diag_.Warn(path, 0, "empty file");
      return;
    }
    if (format == Format::kHtml || LooksLikeHtml(bytes)) {
      Document doc = DocumentFromHtml(path, bytes, path, diag_);
      if (IsBlank(doc.text)) {
        diag_.Warn(path, 0, "no article text found");
        return;
      }
      return EmitFileDocument(std::move(doc), path);
    }
    EmitFileDocument(DocumentFromText(path, bytes, path, diag_), path);
  }

  void ReadStdin() {
    const std::string name(kStdinName);
    std::ostringstream buffer;
    buffer << std::cin.rdbuf();
    const std::string bytes = std::move(buffer).str();
    if (bytes.empty()) {
      diag_.Warn(name, 0, "empty input");
      return;
    }
    if (std::string reason = BinaryReason(bytes); !reason.empty()) {
      return SkipFile(name, std::move(reason));
    }
    if (AllLinesStartWithBrace(bytes)) {
      std::istringstream in(bytes);
      ReadJsonLines(in, name, sink_, diag_, ids_);
      return;
    }
    ReadWholeDocument(name, bytes, Format::kText);
  }

  const DocumentSink& sink_;
  Diagnostics& diag_;
  std::unordered_set<std::string> ids_;  // only looked up, never iterated
};

}  // namespace

void ReadInputs(const std::vector<std::string>& inputs, const DocumentSink& sink,
                Diagnostics& diag) {
  Reader reader(sink, diag);
  for (const std::string& input : inputs) reader.ReadInput(input);
}

}  // namespace ng::ingest
