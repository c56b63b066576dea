// Plain-text articles: UTF-8 repair, headline and publication date from the header lines.
#include <array>
#include <cstdio>

#include "core/utf8.h"
#include "ingest/reader.h"

namespace ng::ingest {
namespace {

constexpr std::string_view kBom = "\xEF\xBB\xBF";
constexpr size_t kHeaderLines = 15;
constexpr size_t kFooterLines = 5;

bool IsDigit(char c) { return c >= '0' && c <= '9'; }
char Lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; }

bool StartsWithNoCase(std::string_view s, std::string_view prefix) {
  if (s.size() < prefix.size()) return false;
  for (size_t i = 0; i < prefix.size(); ++i) {
    if (Lower(s[i]) != prefix[i]) return false;
  }
  return true;
}

// Removes ASCII spaces, tabs, CR and no-break spaces from both ends.
std::string_view Trim(std::string_view s) {
  for (;;) {
    if (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r')) {
      s.remove_prefix(1);
    } else if (s.starts_with("\xC2\xA0")) {
      s.remove_prefix(2);
    } else {
      break;
    }
  }
  for (;;) {
    if (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) {
      s.remove_suffix(1);
    } else if (s.ends_with("\xC2\xA0")) {
      s.remove_suffix(2);
    } else {
      break;
    }
  }
  return s;
}

// Parses 1 to `max` digits at `*i`; returns -1 if there are none.
int Number(std::string_view s, size_t* i, size_t max) {
  int v = 0;
  size_t n = 0;
  while (*i < s.size() && n < max && IsDigit(s[*i])) v = v * 10 + (s[(*i)++] - '0'), ++n;
  return n == 0 || (*i < s.size() && IsDigit(s[*i])) ? -1 : v;
}

// Parses an English month name or abbreviation ("May", "Sept.", "december") at `*i`.
int Month(std::string_view s, size_t* i) {
  static constexpr std::array<std::string_view, 12> kMonths = {
      "january", "february", "march",     "april",   "may",      "june",
      "july",    "august",   "september", "october", "november", "december"};
  size_t end = *i;
  while (end < s.size() && ((s[end] | 0x20) >= 'a' && (s[end] | 0x20) <= 'z')) ++end;
  const std::string_view word = s.substr(*i, end - *i);
  if (word.size() < 3) return 0;
  for (size_t m = 0; m < kMonths.size(); ++m) {
    const std::string_view name = kMonths[m];
    const bool full = word.size() == name.size() && StartsWithNoCase(word, name);
    const bool abbreviated = (word.size() == 3 || (m == 8 && word.size() == 4)) &&
                             StartsWithNoCase(word, name.substr(0, word.size()));
    if (!full && !abbreviated) continue;
    *i = end;
    if (!full && *i < s.size() && s[*i] == '.') ++*i;
    return static_cast<int>(m) + 1;
  }
  return 0;
}

bool ValidDate(int y, int m, int d) {
  static constexpr int kDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (y < 1800 || y > 2200 || m < 1 || m > 12 || d < 1 || d > kDays[m - 1]) return false;
  const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  return !(m == 2 && d == 29 && !leap);
}

std::string Iso(int y, int m, int d) {
  char buf[40];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
  return buf;
}

void SkipSpaces(std::string_view s, size_t* i) {
  while (*i < s.size() && s[*i] == ' ') ++*i;
}

// Skips an ordinal suffix after a day number ("26th").
void SkipOrdinal(std::string_view s, size_t* i) {
  for (std::string_view suffix : {"st", "nd", "rd", "th"}) {
    if (StartsWithNoCase(s.substr(*i), suffix)) {
      *i += 2;
      return;
    }
  }
}

// Removes a "Published:", "Updated on", "Friday," ... prefix of a date line.
std::string_view StripDateLabel(std::string_view line) {
  static constexpr std::string_view kLabels[] = {
      "first published", "last updated", "publication date", "published", "updated",
      "posted",          "date",
  };
  for (std::string_view label : kLabels) {
    if (!StartsWithNoCase(line, label)) continue;
    size_t i = label.size();
    if (i < line.size() && line[i] != ':' && line[i] != ' ') continue;
    if (i < line.size() && line[i] == ':') ++i;
    SkipSpaces(line, &i);
    if (StartsWithNoCase(line.substr(i), "on ")) i += 3;
    SkipSpaces(line, &i);
    line.remove_prefix(i);
    break;
  }
  static constexpr std::string_view kWeekdays[] = {"monday", "tuesday",  "wednesday", "thursday",
                                                   "friday", "saturday", "sunday"};
  for (std::string_view day : kWeekdays) {
    for (size_t len : {day.size(), size_t{3}}) {
      if (!StartsWithNoCase(line, day.substr(0, len))) continue;
      size_t i = len;
      if (i < line.size() && line[i] == '.') ++i;
      if (i < line.size() && line[i] == ',') ++i;
      if (i >= line.size() || line[i] != ' ') continue;
      SkipSpaces(line, &i);
      return line.substr(i);
    }
  }
  return line;
}

// Returns the date a header line consists of, or "": after the date only a time, a time zone
// or a separator may follow, so that a sentence that begins with a date does not count.
std::string DateOfLine(std::string_view line) {
  line = StripDateLabel(Trim(line));
  size_t used = 0;
  std::string date = ParseDate(line, &used);
  if (date.empty()) return "";
  std::string_view rest = line.substr(used);
  while (!rest.empty() && (rest.front() == ' ' || rest.front() == ',')) rest.remove_prefix(1);
  if (rest.empty() || IsDigit(rest.front())) return date;
  if (rest.front() == 'T' && rest.size() > 1 && IsDigit(rest[1])) return date;
  if (StartsWithNoCase(rest, "at ") && rest.size() > 3 && IsDigit(rest[3])) return date;
  for (std::string_view sep : {"|", "/", "-", "(", "\xC2\xB7", "\xE2\x80\xA2", "\xE2\x80\x93",
                               "\xE2\x80\x94"}) {  // · • – —
    if (rest.starts_with(sep)) return date;
  }
  return "";
}

// Calls `f` on the non-empty lines of `text`, first to last, until it returns true.
template <typename F>
void ForEachLine(std::string_view text, F f) {
  size_t i = 0;
  while (i < text.size()) {
    size_t end = text.find('\n', i);
    if (end == std::string_view::npos) end = text.size();
    const std::string_view line = Trim(text.substr(i, end - i));
    if (!line.empty() && f(line)) return;
    i = end + 1;
  }
}

bool IsSectionLabel(std::string_view line) {
  size_t words = 1;
  for (char c : line) {
    if (c >= 'a' && c <= 'z') return false;
    if (c == ' ') ++words;
  }
  return words <= 4 && line.size() <= 40;
}

}  // namespace

std::string ParseDate(std::string_view s, size_t* consumed) {
  size_t i = 0;
  int y = -1, m = 0, d = -1;
  if (s.size() >= 10 && IsDigit(s[0]) && IsDigit(s[3]) && (s[4] == '-' || s[4] == '/')) {
    y = Number(s, &i, 4);  // 2023-05-26, 2023/05/26
    if (y >= 0 && i == 4 && s[i] == s[4]) {
      ++i;
      m = Number(s, &i, 2);
      if (m >= 0 && i < s.size() && s[i] == s[4]) {
        ++i;
        d = Number(s, &i, 2);
      }
    }
  } else if (IsDigit(s.empty() ? ' ' : s[0])) {
    d = Number(s, &i, 2);  // 26 May 2023, 26th May, 2023
    if (d >= 0) {
      SkipOrdinal(s, &i);
      SkipSpaces(s, &i);
      m = Month(s, &i);
      if (i < s.size() && s[i] == ',') ++i;
      SkipSpaces(s, &i);
      y = Number(s, &i, 4);
    }
  } else {
    m = Month(s, &i);  // May 26, 2023
    if (m > 0 && i < s.size() && s[i] == ' ') {
      SkipSpaces(s, &i);
      d = Number(s, &i, 2);
      if (d >= 0) SkipOrdinal(s, &i);
      if (i < s.size() && s[i] == ',') ++i;
      SkipSpaces(s, &i);
      y = Number(s, &i, 4);
    }
  }
  if (!ValidDate(y, m, d)) return "";
  if (i < s.size() && ((s[i] | 0x20) >= 'a' && (s[i] | 0x20) <= 'z') && s[i] != 'T') return "";
  if (consumed != nullptr) *consumed = i;
  return Iso(y, m, d);
}

std::string FindPublicationDate(std::string_view text) {
  std::string date;
  size_t seen = 0;
  ForEachLine(text, [&](std::string_view line) {
    date = DateOfLine(line);
    return !date.empty() || ++seen >= kHeaderLines;
  });
  if (!date.empty()) return date;
  // The last lines, last first: some sites print the date under the article.
  size_t end = text.size();
  for (size_t n = 0; n < kFooterLines && end > 0;) {
    const size_t nl = text.rfind('\n', end - 1);
    const size_t begin = nl == std::string_view::npos ? 0 : nl + 1;
    const std::string_view line = Trim(text.substr(begin, end - begin));
    end = nl == std::string_view::npos ? 0 : nl;
    if (line.empty()) continue;
    if (date = DateOfLine(line); !date.empty()) return date;
    ++n;
  }
  return "";
}

std::string FindTitle(std::string_view text) {
  std::string title;
  ForEachLine(text, [&](std::string_view line) {
    if (IsSectionLabel(line) || !DateOfLine(line).empty()) return false;
    if (line.size() <= kMaxTitleBytes) title = line;
    return true;
  });
  return title;
}

Document DocumentFromText(std::string id, std::string_view bytes, std::string source,
                          Diagnostics& diag) {
  if (bytes.starts_with(kBom)) bytes.remove_prefix(kBom.size());
  Document doc;
  size_t replaced = 0;
  doc.text = RepairUtf8(bytes, &replaced);
  if (replaced > 0) {
    diag.bytes_replaced += replaced;
    diag.Warn(source, 0,
              "replaced " + std::to_string(replaced) + " invalid UTF-8 sequence" +
                  (replaced == 1 ? "" : "s") + " with U+FFFD");
  }
  doc.id = std::move(id);
  doc.source = std::move(source);
  doc.title = FindTitle(doc.text);
  doc.date = FindPublicationDate(doc.text);
  return doc;
}

}  // namespace ng::ingest
