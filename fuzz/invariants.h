// Checks shared by the fuzz targets: each aborts (so libFuzzer reports the input) when a promise
// of the pipeline is broken. Abort, not assert: the checks must hold in every build type.
#pragma once

#include <cstdlib>
#include <string_view>

#include "core/document.h"
#include "core/span.h"

namespace ng::fuzz {

// Returns true if `s` is valid UTF-8 (no overlong forms, surrogates or code points past U+10FFFF).
inline bool IsValidUtf8(std::string_view s) {
  size_t i = 0;
  while (i < s.size()) {
    const auto c = static_cast<unsigned char>(s[i]);
    size_t n = 0;
    char32_t cp = 0, min = 0;
    if (c < 0x80) {
      ++i;
      continue;
    } else if ((c & 0xE0) == 0xC0) {
      n = 1, cp = c & 0x1F, min = 0x80;
    } else if ((c & 0xF0) == 0xE0) {
      n = 2, cp = c & 0x0F, min = 0x800;
    } else if ((c & 0xF8) == 0xF0) {
      n = 3, cp = c & 0x07, min = 0x10000;
    } else {
      return false;
    }
    if (i + n >= s.size()) return false;
    for (size_t k = 1; k <= n; ++k) {
      const auto b = static_cast<unsigned char>(s[i + k]);
      if ((b & 0xC0) != 0x80) return false;
      cp = (cp << 6) | (b & 0x3F);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return false;
    i += n + 1;
  }
  return true;
}

// Returns true if byte offset `at` of valid UTF-8 `text` starts a code point (or is the end).
inline bool OnBoundary(std::string_view text, uint32_t at) {
  return at == text.size() ||
         (at < text.size() && (static_cast<unsigned char>(text[at]) & 0xC0) != 0x80);
}

// Aborts unless `span` lies within `text` and begins and ends on code point boundaries.
inline void CheckSpan(std::string_view text, const Span& span) {
  if (span.begin > span.end || span.end > text.size() || !OnBoundary(text, span.begin) ||
      !OnBoundary(text, span.end))
    std::abort();
}

// Aborts unless every field of `doc` is valid UTF-8, the text has no NUL, and the date is "" or
// "YYYY-MM-DD".
inline void CheckDocument(const Document& doc) {
  for (std::string_view s : {doc.id, doc.text, doc.title, doc.date, doc.url, doc.source})
    if (!IsValidUtf8(s)) std::abort();
  // (A second byte-order mark after the first is a zero-width no-break space, and stays.)
  if (doc.text.find('\0') != std::string::npos) std::abort();
  if (!doc.date.empty()) {
    if (doc.date.size() != 10 || doc.date[4] != '-' || doc.date[7] != '-') std::abort();
    for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
      if (doc.date[i] < '0' || doc.date[i] > '9') std::abort();
  }
}

}  // namespace ng::fuzz
