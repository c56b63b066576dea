// The escapes of JSON strings, decoded as nlohmann::json's lexer decodes them, for the
// project's own fast JSON readers (ingest/jsonl.cc's records, export/json_fast.h's graphs), each
// of which leaves any text it does not read to nlohmann::json.
#pragma once

#include <string>

#include "core/utf8.h"

namespace ng {

// Reads the rest of an escape after its backslash: `next()` returns each next byte as an int,
// -1 at the end of the text. Appends what the escape stands for to `out` ("\u0000" a 0 byte, a
// surrogate pair one code point in UTF-8) and returns true; false where JSON allows no such
// escape (an unknown letter, bad hex digits, a lone or reversed surrogate).
template <typename Next>
bool AppendJsonEscape(Next&& next, std::string& out) {
  auto hex4 = [&next]() -> int {
    int value = 0;
    for (int i = 0; i < 4; ++i) {
      const int c = next();
      int digit;
      if (c >= '0' && c <= '9')
        digit = c - '0';
      else if (c >= 'a' && c <= 'f')
        digit = c - 'a' + 10;
      else if (c >= 'A' && c <= 'F')
        digit = c - 'A' + 10;
      else
        return -1;
      value = value * 16 + digit;
    }
    return value;
  };
  switch (next()) {
    case '"':
      out += '"';
      return true;
    case '\\':
      out += '\\';
      return true;
    case '/':
      out += '/';
      return true;
    case 'b':
      out += '\b';
      return true;
    case 'f':
      out += '\f';
      return true;
    case 'n':
      out += '\n';
      return true;
    case 'r':
      out += '\r';
      return true;
    case 't':
      out += '\t';
      return true;
    case 'u': {
      int c = hex4();
      if (c < 0 || (c >= 0xDC00 && c <= 0xDFFF)) return false;
      if (c >= 0xD800 && c <= 0xDBFF) {  // a high surrogate: its low one must follow
        if (next() != '\\' || next() != 'u') return false;
        const int low = hex4();
        if (low < 0xDC00 || low > 0xDFFF) return false;
        c = 0x10000 + ((c - 0xD800) << 10) + (low - 0xDC00);
      }
      AppendUtf8(static_cast<char32_t>(c), out);
      return true;
    }
    default:
      return false;
  }
}

}  // namespace ng
