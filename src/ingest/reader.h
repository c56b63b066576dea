// Input readers: bytes on disk or stdin -> Documents. A Document's text is always valid UTF-8
// (invalid sequences and NULs replaced by U+FFFD, a leading byte-order mark removed, line ends
// kept as they were), and its id is unique within one ReadInputs call. Readers never stop at a bad
// input: every skipped file or record and every repair is reported through Diagnostics (file,
// line, what is wrong) and counted there, and the rest is read on.
#pragma once

#include <functional>
#include <istream>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "core/diagnostics.h"
#include "core/document.h"

namespace ng::ingest {

// Receives each document as soon as it is read.
using DocumentSink = std::function<void(Document&&)>;

// Builds a document from the bytes of one plain-text article: strips a UTF-8 BOM, repairs UTF-8
// (adds to diag.bytes_replaced and warns once with the count), sets title (FindTitle) and date
// (FindPublicationDate).
Document DocumentFromText(std::string id, std::string_view bytes, std::string source,
                          Diagnostics& diag);

// Returns the publication date stated in the article's header as "YYYY-MM-DD", or "": the first
// of the first 15 non-empty lines (then of the last 5) that is only a date or starts with one,
// optionally after "Published:", "Updated" or a weekday and followed only by a time or a
// separator ("May 26, 2023", "26 May 2023", "2023-05-26", "Published: May 26, 2023 10:00 GMT").
std::string FindPublicationDate(std::string_view text);

// Returns the date at the start of `s` ("May 26, 2023", "Sept. 1 2023", "26th May 2023",
// "2023-05-26T10:00Z") as "YYYY-MM-DD" and sets `*consumed` to its length; "" if there is none.
std::string ParseDate(std::string_view s, size_t* consumed = nullptr);

// Returns the headline of a plain-text article: the first non-empty line that is neither a short
// all-caps section label ("WORLD", "4 MIN READ") nor a date line; "" if that line is longer than
// a headline can be (kMaxTitleBytes).
std::string FindTitle(std::string_view text);
inline constexpr size_t kMaxTitleBytes = 300;

// Reads JSON Lines from `in`, one article per line: {"id", "text"} and optional "title", "date"
// (ISO 8601, the YYYY-MM-DD part is kept), "url", "source" (checked, not stored: the document's
// source is "FILE:LINE"). A bad line is reported with diag.Fail(file, line, reason), counted in
// diag.records_skipped and skipped. Ids already in `ids` are duplicates; new ids are added.
void ReadJsonLines(std::istream& in, const std::string& file, const DocumentSink& sink,
                   Diagnostics& diag, std::unordered_set<std::string>& ids);

// Builds a document from an HTML page: the text of <article>, else <main>, else <body>, without
// script, style, nav, header, footer, aside, form and noscript; block elements become line
// breaks. Title from og:title, <h1> or <title>; date from article:published_time, JSON-LD
// "datePublished", <time datetime> or the text; url from <link rel=canonical> or og:url.
Document DocumentFromHtml(std::string id, std::string_view bytes, std::string source,
                          Diagnostics& diag);

// Reads every input and passes each document to `sink`: a file (.jsonl: JSON Lines, streamed;
// .html/.htm: HTML; anything else: one plain-text article with id = the path as given), a
// directory (recursively, sorted by path, only .txt/.jsonl/.html/.htm, hidden entries skipped), or
// "-" for stdin (JSON Lines if every non-empty line starts with '{', else one article "<stdin>").
// Missing, unreadable, binary or oversized files are reported and skipped; empty ones warned about.
void ReadInputs(const std::vector<std::string>& inputs, const DocumentSink& sink,
                Diagnostics& diag);

// Documents larger than this are skipped: spans are 32-bit byte offsets.
inline constexpr size_t kMaxDocumentBytes = size_t{512} << 20;

}  // namespace ng::ingest
