#include "extract/dates.h"

#include <array>
#include <cctype>
#include <cstdio>

#include "extract/words.h"

namespace ng::extract {
namespace {

int ToInt(std::string_view s) {
  int v = 0;
  for (char c : s) v = v * 10 + (c - '0');
  return v;
}

bool EqualsLower(std::string_view word, std::string_view lower) {
  if (word.size() != lower.size()) return false;
  for (size_t i = 0; i < word.size(); ++i)
    if (std::tolower(static_cast<unsigned char>(word[i])) != lower[i]) return false;
  return true;
}

int DaysInMonth(int year, int month) {
  static constexpr std::array<int, 12> kDays = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return month == 2 && leap ? 29 : kDays[month - 1];
}

// Days since 1970-01-01 (proleptic Gregorian), after Howard Hinnant's civil-date algorithm.
long DaysFromCivil(int y, int m, int d) {
  y -= m <= 2;
  const long era = (y >= 0 ? y : y - 399) / 400;
  const long yoe = y - era * 400;
  const long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

CivilDate CivilFromDays(long z) {
  z += 719468;
  const long era = (z >= 0 ? z : z - 146096) / 146097;
  const long doe = z - era * 146097;
  const long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const long mp = (5 * doy + 2) / 153;
  const int d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  const int m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  return {static_cast<int>(yoe + era * 400 + (m <= 2)), m, d};
}

bool PlausibleYear(int y) { return y >= 1800 && y <= 2100; }

// Tokens of one sentence with their text, for the matcher below.
class Cursor {
 public:
  Cursor(std::string_view text, std::span<const nlp::Token> tokens, uint32_t last)
      : text_(text), tokens_(tokens), last_(last) {}
  std::string_view At(uint32_t i) const {
    return i < last_ ? tokens_[i].span.Of(text_) : std::string_view{};
  }

 private:
  std::string_view text_;
  std::span<const nlp::Token> tokens_;
  uint32_t last_;
};

// True if a quotation mark is among tokens [first, last).
bool Quotes(const Cursor& c, uint32_t first, uint32_t last) {
  for (uint32_t k = first; k < last; ++k) {
    const std::string_view w = c.At(k);
    if (w == "\"" || w == "\u201c" || w == "\u201d") return true;
  }
  return false;
}

// True if the future clause of the date at token `i` is "would" after a past report ("Hun
// Manet said the meeting produced a result that would bring hostilities to a stop at midnight
// on Monday", "officials announced that the vote would be reheld Saturday"): the future of the
// report's day, which is near the story's, on either side.
bool ReportedWould(const Cursor& c, uint32_t first, uint32_t i) {
  for (uint32_t k = i; k > first && k + 15 > i; --k) {
    const std::string_view w = c.At(k - 1);
    if (EqualsLower(w, "will") || EqualsLower(w, "'ll")) return false;
    if (!EqualsLower(w, "would")) continue;
    for (uint32_t j = first; j + 1 < k; ++j)
      if (EqualsLower(c.At(j), "said") || EqualsLower(c.At(j), "told") ||
          EqualsLower(c.At(j), "announced"))
        return true;
    return false;
  }
  return false;
}

// True if the date at token `i` (of a sentence starting at `first`) is in a clause about the
// future: "will", "'ll", "would", "expected", "scheduled", "upcoming", "preparations", "set to"
// or "agreed to" (and the like) up to 15 words before it, with no reporting verb or stop between
// ("Ishiba will hold a summit ... on Friday", "the next round is expected in April"; not "..., the
// government said on Sunday").
bool InFutureClause(const Cursor& c, uint32_t first, uint32_t i) {
  // "On Tuesday, Lula will take part in a ... summit": a date put first, and "will" in the
  // clause after it.
  if (i <= first + 2 && (i == first || EqualsLower(c.At(i - 1), "on")) &&
      EqualsLower(c.At(i + 1), ","))
    for (uint32_t k = i + 2; k < i + 8 && !c.At(k).empty(); ++k) {
      const std::string_view w = c.At(k);
      // ("On Thursday, Dissanayake is scheduled to meet Emperor Naruhito".)
      if (EqualsLower(w, "will") || EqualsLower(w, "'ll") || EqualsLower(w, "scheduled") ||
          EqualsLower(w, "slated") || (EqualsLower(w, "due") && EqualsLower(c.At(k + 1), "to")))
        return true;
      if (w == "," || w == "." || w == ";" || (w.size() > 3 && w.ends_with("ed")) ||
          EqualsLower(w, "said") || EqualsLower(w, "says") || EqualsLower(w, "met") ||
          EqualsLower(w, "was") || EqualsLower(w, "were"))
        break;
    }
  for (uint32_t k = i; k > first && k + 15 > i; --k) {
    const std::string_view w = c.At(k - 1);
    if (EqualsLower(w, "will") || EqualsLower(w, "'ll") || EqualsLower(w, "would") ||
        EqualsLower(w, "expected") || EqualsLower(w, "scheduled") ||
        // "due to fly on Wednesday to the Ghanaian capital"
        ((EqualsLower(w, "set") || EqualsLower(w, "due")) && k < i && EqualsLower(c.At(k), "to")))
      return true;
    // "preparations for the COP31 climate conference in Antalya in November": the date of the
    // thing prepared, with no verb between ("Preparations for the vote began on
    // Monday", "Ahead of the upcoming election, thousands rallied on Saturday" look back).
    // So is that of what something comes "ahead of": "ahead of a meeting between Biden and
    // Putin in Geneva on Wednesday".
    if (EqualsLower(w, "upcoming") || EqualsLower(w, "forthcoming") ||
        EqualsLower(w, "preparations") || EqualsLower(w, "preparing") ||
        (EqualsLower(w, "ahead") && EqualsLower(c.At(k), "of"))) {
      bool verb = false;
      for (uint32_t j = k; j < i && !verb; ++j) {
        const std::string_view x = c.At(j);
        verb = (x.size() > 3 && x.ends_with("ed")) || EqualsLower(x, "began") ||
               EqualsLower(x, "begun") || EqualsLower(x, "held") || EqualsLower(x, "took") ||
               EqualsLower(x, "met") || EqualsLower(x, "was") || EqualsLower(x, "were") ||
               EqualsLower(x, "is") || EqualsLower(x, "are") || EqualsLower(x, "has") ||
               EqualsLower(x, "had") || EqualsLower(x, "said");
      }
      if (!verb) return true;
    }
    // "plans to visit in March": what is planned; "invited Vietnam to attend the summit in
    // July", "agreed to meet again in July": an infinitive of coming together. (Not "agreed to
    // buy Veridian in September, offering $86 a share": when the deal was struck.)
    // "the agreement to be signed with his counterpart on Thursday": what is still to be done.
    if (EqualsLower(w, "to") && EqualsLower(c.At(k), "be") && k + 1 < i && c.At(k + 1).size() > 3 &&
        (c.At(k + 1).ends_with("ed") || EqualsLower(c.At(k + 1), "held")))
      return true;
    if (EqualsLower(w, "to") && k >= first + 2) {
      const std::string_view verb = c.At(k - 2), next = c.At(k);
      for (std::string_view v : {"plans", "plan", "planned", "decided", "pledged", "promised",
                                 "vowed", "intends", "hopes"})
        if (EqualsLower(verb, v)) return true;
      // (Not a trip made to meet: "made a surprise trip to meet Maduro on Saturday".)
      bool trip = false;
      for (std::string_view v : {"trip", "journey", "flew", "travelled", "traveled", "went", "came",
                                 "arrived", "headed"})
        trip = trip || EqualsLower(verb, v);
      for (std::string_view v :
           {"attend", "visit", "meet", "host", "hold", "travel", "sign", "dine"})
        if (EqualsLower(next, v) && !trip) return true;
    }
    if (w == "." || w == ";" || EqualsLower(w, "said") || EqualsLower(w, "says") ||
        EqualsLower(w, "told") || EqualsLower(w, "announced") || EqualsLower(w, "added"))
      return false;
  }
  return false;
}

// True if a verb in the past tense tells the date at token `at` a few words before it, no
// infinitive or auxiliary of the future between: "invaded Ukraine on 24 February", "was held
// on May 3" (not "is expected to be signed on", "agreed to meet on").
bool ToldInThePast(const Cursor& c, uint32_t first, uint32_t at) {
  for (uint32_t k = at; k > first && k + 5 > at; --k) {
    const std::string_view w = c.At(k - 1);
    if (EqualsLower(w, "to") || EqualsLower(w, "be") || EqualsLower(w, "will") ||
        EqualsLower(w, "would") || EqualsLower(w, "is") || EqualsLower(w, "are") ||
        EqualsLower(w, "until") || EqualsLower(w, "by") || EqualsLower(w, ","))
      return false;
    if ((w.size() > 4 && w.ends_with("ed") && w[0] >= 'a' && w[0] <= 'z') ||
        EqualsLower(w, "began") || EqualsLower(w, "was") || EqualsLower(w, "were") ||
        EqualsLower(w, "held") || EqualsLower(w, "met") || EqualsLower(w, "won") ||
        EqualsLower(w, "took") || EqualsLower(w, "struck") || EqualsLower(w, "fought"))
      return true;
  }
  return false;
}

// A day of a month told without a year, at token `at` of a sentence beginning at `first`: the
// one nearest the publication date (within half a year either side), or in a clause about the
// future the next one from it on ("will hold talks on March 3", "ahead of the Nov. 28
// elections"). Empty when the month has no such day.
std::optional<CivilDate> DayOfMonthNear(const Cursor& c, uint32_t first, uint32_t at, int month,
                                        int day, const CivilDate& anchor) {
  if (day > DaysInMonth(anchor.year, month)) return std::nullopt;
  CivilDate d{anchor.year, month, day};
  const long delta =
      DaysFromCivil(d.year, d.month, d.day) - DaysFromCivil(anchor.year, anchor.month, anchor.day);
  if (delta > 180) d.year -= 1;
  if (delta < -180) d.year += 1;
  // ("the first leader to visit Trump since the Nov. 4 election": "since" looks back.)
  bool since = false;
  for (uint32_t k = at; k > first && k + 3 > at && !since; --k)
    since = EqualsLower(c.At(k - 1), "since");
  bool ahead = !since && InFutureClause(c, first, at);
  for (uint32_t k = at; k > first && k + 3 > at && !ahead; --k)
    ahead = EqualsLower(c.At(k - 1), "upcoming") || EqualsLower(c.At(k - 1), "ahead") ||
            EqualsLower(c.At(k - 1), "scheduled") || EqualsLower(c.At(k - 1), "planned");
  if (ahead && DaysFromCivil(d.year, d.month, std::min(day, DaysInMonth(d.year, month))) <
                   DaysFromCivil(anchor.year, anchor.month, anchor.day))
    d.year += 1;
  // "the conflict that began when Russia invaded Ukraine on 24 February", in a story of
  // November: what a verb in the past tense tells on a day is no later than the story.
  if (!ahead && delta < -180 && ToldInThePast(c, first, at)) d.year -= 1;
  if (day > DaysInMonth(d.year, month)) return std::nullopt;
  return d;
}

// The year "last year", "this year" or "next year" at tokens `at` and `at + 1` tells, counted
// from `anchor`, or nothing.
std::optional<int> ToldYear(const Cursor& c, uint32_t at, const CivilDate& anchor) {
  const std::string_view which = c.At(at);
  if (!EqualsLower(c.At(at + 1), "year")) return std::nullopt;
  if (EqualsLower(which, "last")) return anchor.year - 1;
  if (EqualsLower(which, "this")) return anchor.year;
  if (EqualsLower(which, "next")) return anchor.year + 1;
  return std::nullopt;
}

}  // namespace

std::string CivilDate::Iso() const {
  char buf[16];
  if (month == 0) {
    std::snprintf(buf, sizeof buf, "%04d", year);
  } else if (day == 0) {
    std::snprintf(buf, sizeof buf, "%04d-%02d", year, month);
  } else {
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
  }
  return buf;
}

std::optional<CivilDate> ParseIsoDate(std::string_view s) {
  if (s.size() < 4 || !IsDigits(s.substr(0, 4))) return std::nullopt;
  CivilDate d{ToInt(s.substr(0, 4)), 0, 0};
  if (s.size() >= 7 && s[4] == '-' && IsDigits(s.substr(5, 2))) {
    d.month = ToInt(s.substr(5, 2));
    if (d.month < 1 || d.month > 12) return std::nullopt;
    if (s.size() >= 10 && s[7] == '-' && IsDigits(s.substr(8, 2))) {
      d.day = ToInt(s.substr(8, 2));
      if (d.day < 1 || d.day > DaysInMonth(d.year, d.month)) return std::nullopt;
    }
  }
  return d;
}

int Weekday(const CivilDate& d) {
  long days = DaysFromCivil(d.year, d.month, d.day);
  return static_cast<int>(((days % 7) + 7 + 3) % 7);  // 1970-01-01 was a Thursday
}

long DayNumber(const CivilDate& d) { return DaysFromCivil(d.year, d.month, d.day); }

CivilDate AddDays(const CivilDate& d, int days) {
  return CivilFromDays(DaysFromCivil(d.year, d.month, d.day) + days);
}

CivilDate ResolveMonth(int month, const CivilDate& anchor, MonthSide side) {
  int year = anchor.year;
  switch (side) {
    case MonthSide::kUpTo:
      if (month > anchor.month) --year;
      break;
    case MonthSide::kBefore:
      if (month >= anchor.month) --year;
      break;
    case MonthSide::kAhead:
      if (month < anchor.month) ++year;
      break;
    case MonthSide::kAfter:
      if (month <= anchor.month) ++year;
      break;
  }
  return {year, month, 0};
}

int WeekdayNumber(std::string_view word) {
  static constexpr std::array<std::string_view, 7> kNames = {
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};
  for (size_t i = 0; i < kNames.size(); ++i)
    if (EqualsLower(word, kNames[i])) return static_cast<int>(i);
  return -1;
}

int MonthNumber(std::string_view word) {
  static constexpr std::array<std::string_view, 12> kNames = {
      "january", "february", "march",     "april",   "may",      "june",
      "july",    "august",   "september", "october", "november", "december"};
  // A month is capitalized. Asked of every token: most start with no capital a month starts
  // with, and that one test rules them out.
  if (word.empty()) return 0;
  switch (word[0]) {
    case 'J':
    case 'F':
    case 'M':
    case 'A':
    case 'S':
    case 'O':
    case 'N':
    case 'D':
      break;
    default:
      return 0;
  }
  if (word.back() == '.') word.remove_suffix(1);
  const char first = static_cast<char>(word[0] - 'A' + 'a');  // one of the capitals above
  for (size_t i = 0; i < kNames.size(); ++i) {
    if (kNames[i][0] != first) continue;  // neither the name nor its abbreviation
    if (EqualsLower(word, kNames[i])) return static_cast<int>(i + 1);
    // Abbreviations: "Jan", "Sept", "Dec" (but not "Ma" or "Ju").
    if (word.size() >= 3 && word.size() < kNames[i].size() &&
        EqualsLower(word, kNames[i].substr(0, word.size())))
      return static_cast<int>(i + 1);
  }
  return 0;
}

std::optional<FeastDay> FeastDayAt(std::string_view text, std::span<const nlp::Token> tokens,
                                   uint32_t i, uint32_t last) {
  const Cursor c(text, tokens, last);
  const std::string_view w = c.At(i);
  uint32_t end = i;  // past the feast's first words, before "Eve" or "Day"
  if (w == "Christmas" || w == "Boxing") {
    end = i + 1;
  } else if (w == "New" && (c.At(i + 1) == "Year's" || c.At(i + 1) == "Year\u2019s")) {
    end = i + 2;
  } else if (w == "New" && c.At(i + 1) == "Year" &&
             (c.At(i + 2) == "'s" || c.At(i + 2) == "\u2019s")) {
    end = i + 3;
  }
  const bool eve = c.At(end) == "Eve", day = c.At(end) == "Day";
  if (end == i || !(eve || day)) return std::nullopt;
  if (w == "Christmas") return FeastDay{end + 1, 12, eve ? 24 : 25};
  if (w == "Boxing") return day ? std::optional<FeastDay>(FeastDay{end + 1, 12, 26}) : std::nullopt;
  return eve ? FeastDay{end + 1, 12, 31} : FeastDay{end + 1, 1, 1};
}

std::vector<DateMention> FindDates(std::string_view text, std::span<const nlp::Token> tokens,
                                   uint32_t first, uint32_t last, std::string_view anchor) {
  std::vector<DateMention> out;
  Cursor c(text, tokens, last);
  std::optional<CivilDate> anchor_date = ParseIsoDate(anchor);
  if (anchor_date && anchor_date->day == 0) anchor_date.reset();

  for (uint32_t i = first; i < last; ++i) {
    std::string_view w = c.At(i);
    // ISO "2023-05-25" as one token.
    if (w.size() == 10 && w[4] == '-' && w[7] == '-') {
      if (auto d = ParseIsoDate(w); d && d->day) {
        out.push_back({i, i + 1, d->Iso(), false});
        continue;
      }
    }
    // "May 25, 2023", "May 25", "May 2023".
    if (int m = MonthNumber(w); m) {
      std::string_view n1 = c.At(i + 1);
      if (IsDigits(n1) && n1.size() <= 2 && ToInt(n1) >= 1 && ToInt(n1) <= 31) {
        int day = ToInt(n1);
        uint32_t j = i + 2;
        if (c.At(j) == ",") ++j;
        std::string_view y = c.At(j);
        if (IsDigits(y) && y.size() == 4 && PlausibleYear(ToInt(y)) &&
            day <= DaysInMonth(ToInt(y), m)) {
          out.push_back({i, j + 1, CivilDate{ToInt(y), m, day}.Iso(), false});
          i = j;
          continue;
        }
        // "on May 5 last year", "on March 3 next year": the year is told.
        if (const std::optional<int> year =
                anchor_date ? ToldYear(c, i + 2, *anchor_date) : std::nullopt;
            year && day <= DaysInMonth(*year, m)) {
          out.push_back({i, i + 4, CivilDate{*year, m, day}.Iso(), true});
          i += 3;
          continue;
        }
        if (auto d =
                anchor_date ? DayOfMonthNear(c, first, i, m, day, *anchor_date) : std::nullopt) {
          out.push_back({i, i + 2, d->Iso(), true});
          ++i;
          continue;
        }
      }
      if (IsDigits(n1) && n1.size() == 4 && PlausibleYear(ToInt(n1))) {  // "May 2023"
        out.push_back({i, i + 2, CivilDate{ToInt(n1), m, 0}.Iso(), false});
        ++i;
        continue;
      }
      // "signed at the White House in August", "last October", "will meet again in July": a
      // month alone after a word that makes it a time is the last such month up to the
      // publication date's ("last": before it), or in a clause about the future ("next") the
      // first from it on (after it). Not "Theresa May", "May I ask".
      if (anchor_date && i > first) {
        const std::string_view prev = c.At(i - 1);
        const bool last_kw = EqualsLower(prev, "last"), next_kw = EqualsLower(prev, "next");
        // "would win the November U.S. presidential election", "the March vote": the month
        // names an occasion's time.
        bool occasion = false;
        if (EqualsLower(prev, "the"))
          for (uint32_t k = i + 1; k < last && k <= i + 4 && !occasion; ++k)
            occasion = Is(c.At(k), {"election", "elections", "vote", "poll", "polls", "referendum",
                                    "runoff", "run-off", "ballot", "summit"});
        if (last_kw || next_kw || occasion || EqualsLower(prev, "in") ||
            EqualsLower(prev, "since") || EqualsLower(prev, "until") ||
            EqualsLower(prev, "during") || EqualsLower(prev, "early") ||
            EqualsLower(prev, "late") || EqualsLower(prev, "this")) {
          // "in August last year", "in March next year": the year is told.
          if (const std::optional<int> year = ToldYear(c, i + 1, *anchor_date)) {
            out.push_back({i, i + 3, CivilDate{*year, m, 0}.Iso(), true});
            i += 2;
            continue;
          }
          MonthSide side = next_kw                       ? MonthSide::kAfter
                           : last_kw                     ? MonthSide::kBefore
                           : InFutureClause(c, first, i) ? MonthSide::kAhead
                                                         : MonthSide::kUpTo;
          // (An occasion's month is the nearest such month, before or after: "he realized then
          // that the Republican would win the November U.S. presidential election", told in
          // February.)
          if (occasion) {
            const int back = (anchor_date->month - m + 12) % 12,
                      ahead = (m - anchor_date->month + 12) % 12;
            side = back <= ahead ? MonthSide::kUpTo : MonthSide::kAhead;
          }
          out.push_back({last_kw || next_kw ? i - 1 : i, i + 1,
                         ResolveMonth(m, *anchor_date, side).Iso(), true});
          continue;
        }
      }
    }
    // "25 May 2023", "25 May, 2023", "25 May". (The size first: it rules out most tokens
    // without a call.)
    if (w.size() <= 2 && IsDigits(w)) {
      int m = MonthNumber(c.At(i + 1));
      int day = ToInt(w);
      const uint32_t at_year = c.At(i + 2) == "," ? i + 3 : i + 2;
      std::string_view y = c.At(at_year);
      if (m && day >= 1 && IsDigits(y) && y.size() == 4 && PlausibleYear(ToInt(y)) &&
          day <= DaysInMonth(ToInt(y), m)) {
        out.push_back({i, at_year + 1, CivilDate{ToInt(y), m, day}.Iso(), false});
        i = at_year;
        continue;
      }
      // "held talks on 11 March", "Hanoi, 12 March (VNA)": the year as for "March 11". "May"
      // only after a word that makes it a date ("on 3 May"; not "the 3 may").
      if (m && day >= 1 && anchor_date &&
          (m != 5 || (i > first && (EqualsLower(c.At(i - 1), "on") || c.At(i - 1) == ",")))) {
        if (auto d = DayOfMonthNear(c, first, i, m, day, *anchor_date)) {
          out.push_back({i, i + 2, d->Iso(), true});
          ++i;
          continue;
        }
      }
    }
    // "in 2020", "since 1991", "during 2014", "of 2022": a bare year after a preposition.
    if (w.size() == 4 && IsDigits(w) && PlausibleYear(ToInt(w)) && i > first) {
      std::string_view prev = c.At(i - 1);
      if (EqualsLower(prev, "in") || EqualsLower(prev, "since") || EqualsLower(prev, "during") ||
          EqualsLower(prev, "of") || EqualsLower(prev, "until") || EqualsLower(prev, "by") ||
          EqualsLower(prev, "from") || EqualsLower(prev, "early") || EqualsLower(prev, "late")) {
        out.push_back({i, i + 1, CivilDate{ToInt(w), 0, 0}.Iso(), false});
        continue;
      }
    }
    if (!anchor_date) continue;
    // "on Thursday", "last Wednesday", "Thursday": the latest such day on or before the anchor;
    // "next Friday" and "will hold a summit ... on Friday": the next such day after it.
    if (int wd = WeekdayNumber(w); wd >= 0) {
      int back = (Weekday(*anchor_date) - wd + 7) % 7;
      bool last_kw = i > first && EqualsLower(c.At(i - 1), "last");
      if (last_kw && back == 0) back = 7;
      const bool next_kw = i > first && EqualsLower(c.At(i - 1), "next");
      // "Peruvians vote on Sunday", "the leaders meet on Friday": a plain present that
      // schedules.
      // (The verb after its subject, a name or a plural: not "the vote on Sunday".)
      bool scheduled = false;
      if (i >= first + 3 && EqualsLower(c.At(i - 1), "on")) {
        const std::string_view subject = c.At(i - 3);
        const bool named = !subject.empty() && subject[0] >= 'A' && subject[0] <= 'Z';
        const bool plural = subject.size() > 3 && subject.ends_with("s") &&
                            !EqualsLower(subject, "this") && !EqualsLower(subject, "its");
        if (named || plural)
          for (std::string_view v : {"vote", "votes", "meet", "meets", "travels", "begins", "opens",
                                     "holds", "hosts", "heads"})
            scheduled = scheduled || EqualsLower(c.At(i - 2), v);
      }
      if (next_kw || scheduled || InFutureClause(c, first, i)) {
        const int ahead = (wd - Weekday(*anchor_date) + 7) % 7;
        // (Of a report's "would", the nearer of the two.)
        if (!next_kw && !scheduled && back > 0 && back < ahead && ReportedWould(c, first, i)) {
          out.push_back({i, i + 1, AddDays(*anchor_date, -back).Iso(), true});
          continue;
        }
        out.push_back({next_kw ? i - 1 : i, i + 1,
                       AddDays(*anchor_date, ahead == 0 && next_kw ? 7 : ahead).Iso(), true});
        continue;
      }
      uint32_t begin = last_kw ? i - 1 : i;
      out.push_back({begin, i + 1, AddDays(*anchor_date, -back).Iso(), true});
      continue;
    }
    // "The Christmas Eve vote", "on New Year's Day": a feast of a fixed day, the one nearest
    // the anchor (last year's Christmas in early January).
    if (const std::optional<FeastDay> feast = FeastDayAt(text, tokens, i, last)) {
      CivilDate best{anchor_date->year, feast->month, feast->day};
      for (int y : {anchor_date->year - 1, anchor_date->year + 1}) {
        const CivilDate other{y, feast->month, feast->day};
        if (std::labs(DayNumber(other) - DayNumber(*anchor_date)) <
            std::labs(DayNumber(best) - DayNumber(*anchor_date)))
          best = other;
      }
      out.push_back({i, feast->last, best.Iso(), true});
      i = feast->last - 1;
      continue;
    }
    if (EqualsLower(w, "yesterday")) {
      out.push_back({i, i + 1, AddDays(*anchor_date, -1).Iso(), true});
      continue;
    }
    // "which will last until tomorrow, Friday". (Not in a sentence that quotes: "a foundation
    // for tomorrow", "Today it is the Colosseum, tomorrow it is the general strike" are a
    // speaker's, and often not a day at all.)
    if (EqualsLower(w, "tomorrow") && !Quotes(c, first, last)) {
      out.push_back({i, i + 1, AddDays(*anchor_date, 1).Iso(), true});
      continue;
    }
    if (EqualsLower(w, "today")) {
      out.push_back({i, i + 1, anchor_date->Iso(), true});
      continue;
    }
    // "last month", "last year", "this year", "next month".
    if ((EqualsLower(w, "last") || EqualsLower(w, "this") || EqualsLower(w, "next")) &&
        i + 1 < last) {
      std::string_view unit = c.At(i + 1);
      int step = EqualsLower(w, "last") ? -1 : EqualsLower(w, "next") ? 1 : 0;
      if (EqualsLower(unit, "month")) {
        int m = anchor_date->month + step;
        int y = anchor_date->year;
        if (m == 0) m = 12, --y;
        if (m == 13) m = 1, ++y;
        out.push_back({i, i + 2, CivilDate{y, m, 0}.Iso(), true});
        ++i;
      } else if (EqualsLower(unit, "year")) {
        out.push_back({i, i + 2, CivilDate{anchor_date->year + step, 0, 0}.Iso(), true});
        ++i;
      }
    }
  }
  return out;
}

}  // namespace ng::extract
