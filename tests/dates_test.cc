#include "extract/dates.h"

#include <gtest/gtest.h>

#include "nlp/tokenizer.h"

namespace ng::extract {
namespace {

// Returns "iso@surface" for every date found in `text`, anchored at `anchor`.
std::vector<std::string> Dates(std::string_view text, std::string_view anchor) {
  auto tokens = nlp::Tokenize(text);
  std::vector<std::string> out;
  for (const DateMention& d :
       FindDates(text, tokens, 0, static_cast<uint32_t>(tokens.size()), anchor)) {
    uint32_t b = tokens[d.first].span.begin, e = tokens[d.last - 1].span.end;
    out.push_back(d.iso + "@" + std::string(text.substr(b, e - b)));
  }
  return out;
}

TEST(FindDatesTest, AbsoluteAndRelative) {
  struct Case {
    std::string_view text, anchor;
    std::vector<std::string> want;
  } cases[] = {
      {"They met in Moscow on May 25, 2023.", "", {"2023-05-25@May 25, 2023"}},
      {"Signed 25 May 2023 in Baku.", "", {"2023-05-25@25 May 2023"}},
      {"Published 2023-05-25 at noon.", "", {"2023-05-25@2023-05-25"}},
      {"A war in 2020 that killed many.", "", {"2020@2020"}},
      {"Tense since 1991.", "", {"1991@1991"}},
      {"Elections in May 2024.", "", {"2024-05@May 2024"}},
      {"He has 2020 reasons.", "", {}},
      // 2023-05-26 was a Friday.
      {"Putin on Thursday met Aliyev.", "2023-05-26", {"2023-05-25@Thursday"}},
      {"He said last Wednesday that", "2023-05-26", {"2023-05-24@last Wednesday"}},
      {"On Friday he left.", "2023-05-26", {"2023-05-26@Friday"}},
      {"Last month, Azerbaijan announced", "2023-05-26", {"2023-04@Last month"}},
      {"Last month, Azerbaijan announced", "2023-01-10", {"2022-12@Last month"}},
      {"It happened yesterday.", "2024-03-01", {"2024-02-29@yesterday"}},
      {"They meet tomorrow.", "2024-02-28", {"2024-02-29@tomorrow"}},
      {"\"A foundation for tomorrow,\" he said.", "2024-02-28", {}},
      {"On March 3 talks began.", "2023-05-26", {"2023-03-03@March 3"}},
      {"On Thursday they met.", "", {}},
      // The future: "next Friday", a clause with "will"; not a statement's day after it.
      {"They meet next Friday.", "2023-05-26", {"2023-06-02@next Friday"}},
      {"Ishiba will hold a summit with Trump in Washington on Friday, officials said on Sunday.",
       "2025-02-02",
       {"2025-02-07@Friday", "2025-02-02@Sunday"}},
      {"May I ask?", "2023-05-26", {}},
      // A feast of a fixed day: the one nearest the anchor.
      {"The Christmas Eve vote followed.", "2024-12-24", {"2024-12-24@Christmas Eve"}},
      {"Blasts on New Year's Eve and on Christmas Day.",
       "2025-01-03",
       {"2024-12-31@New Year's Eve", "2024-12-25@Christmas Day"}},
      {"They rallied on New Year’s Day.", "2024-12-30", {"2025-01-01@New Year’s Day"}},
      {"Christmas came early.", "2024-12-30", {}},
      // A month and day without a year in a clause about the future: the next one.
      {"Voters will choose mayors on January 10.", "2026-05-08", {"2027-01-10@January 10"}},
      // (A day put first, "will" after it; not a past verb.)
      {"On Tuesday, Lula will take part in a summit.", "2023-01-23", {"2023-01-24@Tuesday"}},
      // (A report's "would": the nearer day, before the story's or on it.)
      {"He said the deal would stop hostilities at midnight on Monday.",
       "2025-07-29",
       {"2025-07-28@Monday"}},
      {"Officials announced that the vote would be reheld Saturday.",
       "2023-11-18",
       {"2023-11-18@Saturday"}},
      // (What is to be done: "the agreement to be signed with Albanese on Thursday".)
      {"Marape said the agreement to be signed with Albanese on Thursday will help.",
       "2023-12-05",
       {"2023-12-07@Thursday"}},
      {"On Tuesday, Lula attended a summit.", "2023-01-23", {"2023-01-17@Tuesday"}},
      {"Parties gear up ahead of the Nov. 28 local elections.",
       "2026-05-08",
       {"2026-11-28@Nov. 28"}},
      {"Voters chose mayors on January 10.", "2026-05-08", {"2026-01-10@January 10"}},
      // A day more than half a year back, told in the past tense, lies before the story; a
      // nearer one after it is the next.
      {"The war began when Russia invaded Ukraine on 24 February.",
       "2022-11-21",
       {"2022-02-24@24 February"}},
      {"The summit opens on 24 February.", "2022-11-21", {"2023-02-24@24 February"}},
      // The day before the month, as British, Asian and African outlets write it.
      {"Hanoi, 12 March (VNA) - The two leaders held talks on 11 March.",
       "2026-03-12",
       {"2026-03-12@12 March", "2026-03-11@11 March"}},
      {"Voters will choose mayors on 10 January.", "2026-05-08", {"2027-01-10@10 January"}},
      {"The summit opens on 3 May.", "2026-04-20", {"2026-05-03@3 May"}},
      {"He scored 3 May be enough.", "2026-04-20", {}},
      {"It was signed on 11 March, 2024 in Hanoi.", "2026-03-12", {"2024-03-11@11 March, 2024"}},
      // A month alone after a word that makes it a time.
      {"They signed a framework at the White House in August.", "2025-11-19", {"2025-08@August"}},
      {"The first summit was held in December.", "2025-11-19", {"2024-12@December"}},
      {"The talks began last November.", "2025-11-19", {"2024-11@last November"}},
      {"Troops have been there since March.", "2026-05-08", {"2026-03@March"}},
      {"The leaders will meet again in March.", "2025-11-19", {"2026-03@March"}},
      {"They meet next May.", "2026-05-08", {"2027-05@next May"}},
      // An occasion's month after "the": the nearest such month, before or after.
      {"He knew the Republican would win the November U.S. presidential election.",
       "2025-02-07",
       {"2024-11@November"}},
      {"Campaigning for the March vote began.", "2025-02-07", {"2025-03@March"}},
      {"Theresa May said the May government would fall.", "2025-02-07", {}},  // (a guard)
      {"The next round of talks is expected in April.", "2026-02-26", {"2026-04@April"}},
      {"The two leaders agreed to meet again in July.", "2026-04-14", {"2026-07@July"}},
      {"Macron to dine with Merkel in Berlin on Friday", "2021-06-14", {"2021-06-18@Friday"}},
      // What something comes "ahead of" lies ahead, the story's own day included; "next"
      // Monday on a Monday is a week on.
      {"They spoke ahead of a meeting between Biden and Putin in Geneva on Wednesday.",
       "2021-06-14",
       {"2021-06-16@Wednesday"}},
      {"He was welcomed by the foreign minister ahead of Monday's meeting with Boric.",
       "2024-08-05",
       {"2024-08-05@Monday"}},
      {"The leaders will meet next Monday.", "2024-08-05", {"2024-08-12@next Monday"}},
      // What is scheduled or due after a weekday put first, or after "due to".
      {"On Thursday, Dissanayake is scheduled to meet Emperor Naruhito.",
       "2026-05-20",
       {"2026-05-21@Thursday"}},
      {"The Brazilian leader is due to fly on Wednesday to Accra.",
       "2026-03-10",
       {"2026-03-11@Wednesday"}},
      // A trip made to meet someone: the day of the trip, past.
      {"Petro made a surprise trip to meet Maduro on Saturday.",
       "2023-01-07",
       {"2023-01-07@Saturday"}},
      // What is prepared lies ahead; what was done since, or before a comma's clause, not.
      {"She briefed them on preparations for the COP31 conference in Antalya, Turkey, in "
       "November.",
       "2026-02-27",
       {"2026-11@November"}},
      {"Preparations for the vote began on Monday.", "2026-03-10", {"2026-03-09@Monday"}},
      // A plain present after its subject schedules; the noun "vote" does not.
      {"Peruvians vote on Sunday in a general election.", "2026-04-10", {"2026-04-12@Sunday"}},
      {"Turnout in the vote on Sunday was high.", "2026-04-10", {"2026-04-05@Sunday"}},
      {"Ahead of the upcoming election, thousands rallied on Saturday.",
       "2026-03-10",
       {"2026-03-07@Saturday"}},
      // Agreeing to anything else, the month is when it was agreed.
      {"Schneider agreed to buy Veridian in September.", "2026-04-08", {"2025-09@September"}},
      {"Brazil has invited Vietnam to attend the summit in Rio de Janeiro in July.",
       "2025-03-28",
       {"2025-07@July"}},
      {"An uprising toppled her in August last year.", "2025-12-05", {"2024-08@August last year"}},
      {"Clashes broke out on May 5 last year.", "2022-01-29", {"2021-05-05@May 5 last year"}},
      {"Theresa May met him in London.", "2026-05-08", {}},
      {"Talks in May went badly.", "", {}},
  };
  for (const auto& c : cases) EXPECT_EQ(Dates(c.text, c.anchor), c.want) << c.text;
}

TEST(CivilDateTest, WeekdayAndArithmetic) {
  EXPECT_EQ(Weekday({2023, 5, 26}), 4);  // Friday
  EXPECT_EQ(Weekday({1970, 1, 1}), 3);   // Thursday
  EXPECT_EQ(AddDays({2023, 3, 1}, -1).Iso(), "2023-02-28");
  EXPECT_EQ(AddDays({2024, 12, 31}, 1).Iso(), "2025-01-01");
  EXPECT_EQ(DayNumber({1970, 1, 1}), 0);
  EXPECT_EQ(DayNumber({2024, 11, 12}) - DayNumber({2024, 11, 10}), 2);
  EXPECT_EQ(DayNumber({2025, 3, 1}) - DayNumber({2025, 2, 28}), 1);   // across a month's end
  EXPECT_EQ(DayNumber({2025, 1, 1}) - DayNumber({2024, 12, 30}), 2);  // and a year's
  EXPECT_EQ(ParseIsoDate("2023-05-26T10:00:00Z")->Iso(), "2023-05-26");
  EXPECT_EQ(ParseIsoDate("2023-02-30"), std::nullopt);
  EXPECT_EQ(MonthNumber("Sept."), 9);
  EXPECT_EQ(MonthNumber("may"), 0);  // lower-case "may" is the verb
}

}  // namespace
}  // namespace ng::extract
