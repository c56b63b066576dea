// Date expressions in news text and their ISO 8601 normal forms. Absolute dates ("May 25, 2023",
// "25 May 2023", "2023-05-25", "May 2023", "in 2020") normalize on their own; relative ones ("on
// Thursday", "last month", "yesterday", "tomorrow") need the publication date as anchor and are
// skipped without one. A DateMention covers a half-open range of token indices.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "nlp/tokenizer.h"

namespace ng::extract {

struct CivilDate {
  int year = 0;
  int month = 0;  // 1..12, 0 when unknown
  int day = 0;    // 1..31, 0 when unknown

  // Returns "YYYY", "YYYY-MM" or "YYYY-MM-DD".
  std::string Iso() const;
  friend bool operator==(const CivilDate&, const CivilDate&) = default;
};

// Parses "YYYY", "YYYY-MM" or "YYYY-MM-DD" (a longer ISO timestamp is cut to its date).
std::optional<CivilDate> ParseIsoDate(std::string_view s);
// Returns the day of the week of a full date, 0 = Monday .. 6 = Sunday.
int Weekday(const CivilDate& d);
// Returns `d` moved by `days` (full dates only).
CivilDate AddDays(const CivilDate& d, int days);
// Returns the number of days from 1970-01-01 to `d` (full dates only): two dates' difference
// is the days between them.
long DayNumber(const CivilDate& d);
// Returns the month number (1..12) of an English month name or abbreviation ("May", "Sept."),
// or 0.
int MonthNumber(std::string_view word);
// Returns the day of the week (0 = Monday .. 6 = Sunday) a weekday's name ("Sunday", any case)
// names, or -1.
int WeekdayNumber(std::string_view word);

// A feast of a fixed day ("Christmas Eve", "Christmas Day", "Boxing Day", "New Year's Eve",
// "New Year's Day"): its month and day, and the token after its name.
struct FeastDay {
  uint32_t last = 0;
  int month = 0;
  int day = 0;
};
// Returns the feast whose name starts at token `i` of `text` (tokens [i, last) are looked at),
// if one does.
std::optional<FeastDay> FeastDayAt(std::string_view text, std::span<const nlp::Token> tokens,
                                   uint32_t i, uint32_t last);

// When a month told without a year falls, seen from the full date `anchor`: by default the
// last such month up to the anchor's, with kBefore strictly before it, with kAhead the first
// from the anchor's month on, with kAfter strictly after it.
enum class MonthSide { kUpTo, kBefore, kAhead, kAfter };
CivilDate ResolveMonth(int month, const CivilDate& anchor, MonthSide side);

struct DateMention {
  uint32_t first = 0;  // token indices, half-open
  uint32_t last = 0;
  std::string iso;  // normalized date
  bool relative = false;
};

// Finds the date expressions among tokens [first, last) of `text`, resolving relative ones
// against `anchor` (the publication date; may be empty).
std::vector<DateMention> FindDates(std::string_view text, std::span<const nlp::Token> tokens,
                                   uint32_t first, uint32_t last, std::string_view anchor);

}  // namespace ng::extract
