#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "core/error.h"
#include "eval/article.h"
#include "eval/corpus.h"
#include "eval/score.h"
#include "eval/system.h"
#include "extract/lexicon.h"

namespace ng::eval {
namespace {

using extract::NameClass;

TEST(ScoreSpansTest, HandComputedExactAndLenient) {
  // "Vladimir Putin met Xi Jinping in Moscow and Beijing ."
  const std::vector<LabeledSpan> gold = {
      {0, 14, "Person"}, {19, 29, "Person"}, {33, 39, "Location"}, {44, 51, "Location"}};
  const std::vector<LabeledSpan> pred = {
      {0, 14, "Person"},         // exact
      {22, 29, "Person"},        // "Jinping": overlaps gold "Xi Jinping" (lenient only)
      {33, 39, "Location"},      // exact
      {44, 51, "Organization"},  // "Beijing" with the wrong type: a false positive and a miss
      {0, 14, "Person"},         // a duplicate: counts once
  };
  const SpanScore s = ScoreSpans(gold, pred);
  // Person: gold 2, pred 2, correct 1 -> P = R = F1 = 1/2; lenient: 2/2 and 2/2 -> F1 = 1.
  const Counts& person = s.by_type.at("Person");
  EXPECT_EQ(person.gold, 2u);
  EXPECT_EQ(person.pred, 2u);
  EXPECT_EQ(person.correct, 1u);
  EXPECT_DOUBLE_EQ(person.Exact().precision, 0.5);
  EXPECT_DOUBLE_EQ(person.Exact().recall, 0.5);
  EXPECT_DOUBLE_EQ(person.Exact().f1, 0.5);
  EXPECT_DOUBLE_EQ(person.Lenient().f1, 1.0);
  // Location: gold 2, pred 1, correct 1 -> P = 1, R = 1/2, F1 = 2 * 1 * 0.5 / 1.5 = 2/3.
  const Counts& location = s.by_type.at("Location");
  EXPECT_DOUBLE_EQ(location.Exact().precision, 1.0);
  EXPECT_DOUBLE_EQ(location.Exact().recall, 0.5);
  EXPECT_DOUBLE_EQ(location.Exact().f1, 2.0 / 3.0);
  // Organization: gold 0, pred 1, correct 0 -> all 0.
  EXPECT_DOUBLE_EQ(s.by_type.at("Organization").Exact().f1, 0.0);
  // Micro: gold 4, pred 4, correct 2 -> P = R = F1 = 1/2; lenient: 3/4 and 3/4 -> F1 = 3/4.
  const Counts micro = s.Micro(kMicroTypes);
  EXPECT_EQ(micro.gold, 4u);
  EXPECT_EQ(micro.pred, 4u);
  EXPECT_EQ(micro.correct, 2u);
  EXPECT_DOUBLE_EQ(micro.Exact().f1, 0.5);
  EXPECT_DOUBLE_EQ(micro.Lenient().precision, 0.75);
  EXPECT_DOUBLE_EQ(micro.Lenient().recall, 0.75);
  EXPECT_DOUBLE_EQ(micro.Lenient().f1, 0.75);

  // Errors come in text order, a miss before a false positive at the same offset.
  const struct {
    LabeledSpan span;
    bool false_positive, overlaps;
  } want[] = {
      {{19, 29, "Person"}, false, true},
      {{22, 29, "Person"}, true, true},
      {{44, 51, "Location"}, false, false},
      {{44, 51, "Organization"}, true, false},
  };
  ASSERT_EQ(s.errors.size(), std::size(want));
  for (size_t i = 0; i < std::size(want); ++i) {
    EXPECT_EQ(s.errors[i].span, want[i].span) << i;
    EXPECT_EQ(s.errors[i].false_positive, want[i].false_positive) << i;
    EXPECT_EQ(s.errors[i].overlaps, want[i].overlaps) << i;
  }
}

TEST(ScoreSpansTest, EmptySidesAndAccumulation) {
  SpanScore total;
  total.Add(ScoreSpans({}, {}));
  const std::vector<LabeledSpan> one = {{0, 5, "Person"}};
  total.Add(ScoreSpans(one, {}, {}, {}, 3));
  total.Add(ScoreSpans(one, one));
  const Counts& c = total.by_type.at("Person");
  EXPECT_EQ(c.gold, 2u);
  EXPECT_EQ(c.pred, 1u);
  EXPECT_EQ(c.correct, 1u);
  EXPECT_DOUBLE_EQ(c.Exact().precision, 1.0);
  EXPECT_DOUBLE_EQ(c.Exact().recall, 0.5);
  ASSERT_EQ(total.errors.size(), 1u);
  EXPECT_EQ(total.errors[0].doc, 3u);
  EXPECT_DOUBLE_EQ(Counts{}.Exact().f1, 0.0);
}

TEST(ScoreSpansTest, StripsFinalPeriodOnBothSides) {
  const std::string text = "Él vive en Texas. Los U.S.";
  // Code points: "Texas." is [11, 17), "U.S." is [22, 26).
  const std::vector<LabeledSpan> gold = {{11, 17, "Location"}, {22, 26, "Location"}};
  const std::vector<LabeledSpan> pred = {{11, 16, "Location"}, {22, 26, "Location"}};
  EXPECT_EQ(ScoreSpans(gold, pred, text).by_type.at("Location").correct, 1u);
  const ScoreOptions strip{.strip_final_period = true};
  EXPECT_EQ(ScoreSpans(gold, pred, text, strip).by_type.at("Location").correct, 2u);
}

TEST(ScoreRelationsTest, HandComputed) {
  const LabeledSpan a{0, 5, "Person"}, b{10, 15, "Organization"}, c{20, 25, "Person"},
      d{30, 35, "Location"};
  const std::vector<SpanRelation> gold = {{a, b, "Work_For"}, {c, d, "Live_In"}};
  const std::vector<SpanRelation> pred = {
      {a, b, "Work_For"}, {c, d, "Located_In"}, {a, b, "Work_For"}};
  const RelationScore s = ScoreRelations(gold, pred);
  // Work_For: 1/1 correct; Live_In missed; Located_In wrong. Micro: gold 2, pred 2, correct 1
  // -> P = R = F1 = 1/2.
  EXPECT_EQ(s.by_type.at("Work_For").correct, 1u);
  EXPECT_EQ(s.by_type.at("Live_In").gold, 1u);
  EXPECT_EQ(s.by_type.at("Live_In").pred, 0u);
  EXPECT_EQ(s.by_type.at("Located_In").pred, 1u);
  const Counts micro = s.Micro();
  EXPECT_EQ(micro.gold, 2u);
  EXPECT_EQ(micro.pred, 2u);
  EXPECT_DOUBLE_EQ(micro.Exact().precision, 0.5);
  EXPECT_DOUBLE_EQ(micro.Exact().recall, 0.5);
  EXPECT_DOUBLE_EQ(micro.Exact().f1, 0.5);
}

TEST(ScoreRelationsTest, ErrorsListMissesAndFalsePositives) {
  const LabeledSpan a{0, 5, "Person"}, b{10, 15, "Organization"}, c{20, 25, "Person"},
      d{30, 35, "Location"};
  const std::vector<SpanRelation> gold = {{a, b, "Work_For"}, {c, d, "Live_In"}};
  const std::vector<SpanRelation> pred = {{a, b, "Work_For"}, {c, d, "Located_In"}};
  RelationScore s = ScoreRelations(gold, pred, {}, {}, 7);
  ASSERT_EQ(s.errors.size(), 2u);
  EXPECT_EQ(s.errors[0].doc, 7u);
  EXPECT_EQ(s.errors[0].relation.type, "Live_In");
  EXPECT_FALSE(s.errors[0].false_positive);
  EXPECT_EQ(s.errors[1].relation.type, "Located_In");
  EXPECT_TRUE(s.errors[1].false_positive);
  s.Add(ScoreRelations(gold, pred, {}, {}, 8));  // a second document appends its errors
  ASSERT_EQ(s.errors.size(), 4u);
  EXPECT_EQ(s.errors[3].doc, 8u);
}

TEST(LabelTest, MappingTables) {
  const struct {
    LabelSet set;
    std::string_view label;
    std::optional<std::string_view> want;
  } cases[] = {
      {LabelSet::kGmb, "per", kPerson},
      {LabelSet::kGmb, "geo", kLocation},
      {LabelSet::kGmb, "org", kOrganization},
      {LabelSet::kGmb, "gpe", kNationality},
      {LabelSet::kGmb, "eve", kMisc},
      {LabelSet::kGmb, "art", kMisc},
      {LabelSet::kGmb, "nat", kMisc},
      {LabelSet::kGmb, "tim", std::nullopt},
      {LabelSet::kGmb, "Peop", std::nullopt},
      {LabelSet::kConll04, "Peop", kPerson},
      {LabelSet::kConll04, "Loc", kLocation},
      {LabelSet::kConll04, "Org", kOrganization},
      {LabelSet::kConll04, "Other", std::nullopt},
      {LabelSet::kConll04, "per", std::nullopt},
  };
  for (const auto& c : cases) EXPECT_EQ(MapLabel(c.set, c.label), c.want) << c.label;
  EXPECT_EQ(ParseLabelSet("gmb"), LabelSet::kGmb);
  EXPECT_EQ(ParseLabelSet("conll04"), LabelSet::kConll04);
  EXPECT_EQ(ParseLabelSet("GMB"), std::nullopt);
  EXPECT_EQ(ClassOfType("Nationality"), NameClass::kNationality);
  EXPECT_EQ(ClassOfType("Date"), std::nullopt);
  EXPECT_EQ(TypeOfClass(NameClass::kLocation), "Location");
  const std::vector<Record> conll = {{.entities = {{0, 1, "Other"}}}};
  EXPECT_EQ(DetectLabelSet(conll), LabelSet::kConll04);
  const std::vector<Record> gmb = {{.entities = {{0, 1, "tim"}}}};
  EXPECT_EQ(DetectLabelSet(gmb), LabelSet::kGmb);
}

TEST(CorpusTest, ToTrainingSentenceMapsCodePointsAndStripsGluedPeriod) {
  Record r{.id = "t1",
           .text = "Ahmet Davutoğlu visited Texas.",
           .entities = {{0, 15, "Peop"}, {24, 30, "Loc"}}};
  ConversionStats stats;
  const extract::TrainingSentence s = ToTrainingSentence(r, LabelSet::kConll04, &stats);
  EXPECT_EQ(s.words, (std::vector<std::string>{"Ahmet", "Davutoğlu", "visited", "Texas", "."}));
  ASSERT_EQ(s.names.size(), 2u);
  EXPECT_EQ(s.names[0], (extract::NameSpan{0, 2, NameClass::kPerson}));
  EXPECT_EQ(s.names[1], (extract::NameSpan{3, 4, NameClass::kLocation}));
  EXPECT_EQ(stats.sentences, 1u);
  EXPECT_EQ(stats.tokens, 5u);
  EXPECT_EQ(stats.names, 2u);
  EXPECT_EQ(stats.names_lost, 0u);
}

TEST(CorpusTest, NamesInsideATokenAreLost) {
  // "Davut" ends inside the token "Davutoğlu".
  Record r{.text = "Davutoğlu spoke.", .entities = {{0, 5, "per"}, {10, 15, "tim"}}};
  ConversionStats stats;
  const extract::TrainingSentence s = ToTrainingSentence(r, LabelSet::kGmb, &stats);
  EXPECT_TRUE(s.names.empty());
  EXPECT_EQ(stats.names, 1u);  // "tim" is not learned
  EXPECT_EQ(stats.names_lost, 1u);
}

TEST(CorpusTest, ToLabeledSpansCountsCodePoints) {
  const std::string text = "Davutoğlu met Putin.";
  const std::vector<nlp::Token> tokens = nlp::Tokenize(text);
  const std::vector<extract::NameSpan> names = {{0, 1, NameClass::kPerson},
                                                {2, 3, NameClass::kNationality}};
  const std::vector<LabeledSpan> got = ToLabeledSpans(text, tokens, names);
  EXPECT_EQ(got, (std::vector<LabeledSpan>{{0, 9, "Person"}, {14, 19, "Nationality"}}));
}

TEST(CorpusTest, GoldSpansAndRelations) {
  Record r{.text = "Bruno Pusterla of Confagricoltura in 1994",
           .entities = {{0, 14, "Peop"}, {18, 33, "Org"}, {37, 41, "Other"}},
           .relations = {{0, 1, "Work_For"}}};
  EXPECT_EQ(GoldSpans(r, LabelSet::kConll04),
            (std::vector<LabeledSpan>{{0, 14, "Person"}, {18, 33, "Organization"}}));
  const std::vector<SpanRelation> rel = GoldRelations(r, LabelSet::kConll04);
  ASSERT_EQ(rel.size(), 1u);
  EXPECT_EQ(rel[0].head, (LabeledSpan{0, 14, "Person"}));
  EXPECT_EQ(rel[0].tail, (LabeledSpan{18, 33, "Organization"}));
  EXPECT_EQ(rel[0].type, "Work_For");
}

TEST(CorpusTest, ReadCorpus) {
  const auto dir = std::filesystem::temp_directory_path() / "ng_eval_test_read_corpus";
  std::filesystem::create_directories(dir);
  const auto write = [&](const std::string& name, const std::string& content) {
    std::ofstream(dir / name) << content;
    return dir / name;
  };
  const auto good =
      write("good.jsonl", R"({"id": "a", "text": "Paris é bela", "entities": [{"start": 0, )"
                          R"("end": 5, "type": "geo", "text": "Paris"}], "relations": []})"
                          "\n\n"
                          R"({"id": "b", "text": "x"})"
                          "\n");
  const std::vector<Record> records = ReadCorpus(good);
  ASSERT_EQ(records.size(), 2u);
  EXPECT_EQ(records[0].id, "a");
  EXPECT_EQ(records[0].text, "Paris é bela");
  ASSERT_EQ(records[0].entities.size(), 1u);
  EXPECT_EQ(records[0].entities[0].end, 5u);
  EXPECT_EQ(records[0].entities[0].type, "geo");
  EXPECT_TRUE(records[1].entities.empty());

  const struct {
    std::string content, message;
    long line;
  } bad[] = {
      {"{\"text\": \"ok\"}\n{\"id\": 1}\n", "record without a \"text\" string", 2},
      {R"({"text": "abc", "entities": [{"start": 1, "end": 4}]})",
       "entity offsets outside the text", 1},
      {R"({"text": "abc", "entities": [{"end": 2}]})", "entity without a valid \"start\"", 1},
      {R"({"text": "abc", "entities": [{"start": 0, "end": 1}], "relations": [{"head": 0, )"
       R"("tail": 1}]})",
       "relation refers to a missing entity", 1},
  };
  for (const auto& c : bad) {
    const auto path = write("bad.jsonl", c.content);
    try {
      ReadCorpus(path);
      ADD_FAILURE() << c.message;
    } catch (const Error& e) {
      EXPECT_EQ(e.code(), ErrorCode::kBadInput);
      EXPECT_EQ(e.message(), c.message);
      EXPECT_EQ(e.line(), c.line) << c.message;
    }
  }
  try {
    ReadCorpus(dir / "missing.jsonl");
    ADD_FAILURE() << "missing file read";
  } catch (const Error& e) {
    EXPECT_EQ(e.message(), "cannot open corpus file");
  }
  std::filesystem::remove_all(dir);
}

// The lexicon, loaded once for the tests that map mentions.
const extract::Lexicon& TestLexicon() {
  static const extract::Lexicon lexicon = extract::Lexicon::Load(NEWSGRAPH_DATA_DIR);
  return lexicon;
}

Mention MakeMention(std::string_view text, std::string_view part, EntityType type,
                    std::string entity = {}) {
  const auto begin = static_cast<uint32_t>(text.find(part));
  return {.span = {begin, begin + static_cast<uint32_t>(part.size())},
          .type = type,
          .entity = std::move(entity)};
}

TEST(SystemMappingTest, MentionTypes) {
  const std::string text =
      "Russian President Putin met the Armenian leader in Moscow, Russia, at a TASS summit.";
  const struct {
    std::string_view part;
    EntityType type;
    std::optional<std::string_view> want;
  } cases[] = {
      {"Russian", EntityType::kCountry, kNationality},
      {"Putin", EntityType::kPerson, kPerson},
      {"the Armenian leader", EntityType::kPerson, std::nullopt},
      {"Moscow", EntityType::kPlace, kLocation},
      {"TASS", EntityType::kOrganization, kOrganization},
      {"summit", EntityType::kEvent, std::nullopt},
  };
  for (const auto& c : cases) {
    const Mention m = MakeMention(text, c.part, c.type);
    EXPECT_EQ(MentionType(m, m.span.Of(text), TestLexicon()), c.want) << c.part;
  }
  // A country named by its name is a location, even though "Russian" shares its letters.
  const Mention russia = MakeMention(text, "Russia,", EntityType::kCountry);
  const Mention name{.span = {russia.span.begin, russia.span.end - 1}, .type = russia.type};
  EXPECT_EQ(MentionType(name, name.span.Of(text), TestLexicon()), kLocation);
  const Mention date{.span = {0, 7}, .type = EntityType::kDate};
  EXPECT_EQ(MentionType(date, "Russian", TestLexicon()), std::nullopt);

  // MentionSpans counts code points and leaves unscored mentions out.
  const std::string accented = "Él vio a Putin.";
  const std::vector<Mention> mentions = {{.span = {10, 15}, .type = EntityType::kPerson},
                                         {.span = {0, 3}, .type = EntityType::kDate}};
  EXPECT_EQ(MentionSpans(accented, mentions, TestLexicon()),
            (std::vector<LabeledSpan>{{9, 14, "Person"}}));
}

TEST(SystemMappingTest, Conll04RelationTable) {
  using E = EntityType;
  using P = Predicate;
  const struct {
    P predicate;
    E subject, object;
    std::optional<std::string_view> want;
  } cases[] = {
      {P::kNationality, E::kPerson, E::kCountry, "Live_In"},
      {P::kLeaderOf, E::kPerson, E::kCountry, "Live_In"},
      {P::kMemberOf, E::kPerson, E::kCountry, "Live_In"},
      {P::kLeaderOf, E::kPerson, E::kOrganization, "Work_For"},
      {P::kMemberOf, E::kPerson, E::kOrganization, "Work_For"},
      {P::kAffiliation, E::kPerson, E::kOrganization, "Work_For"},  // a news outlet's reporter
      {P::kAffiliation, E::kOrganization, E::kCountry, "OrgBased_In"},
      {P::kAffiliation, E::kOrganization, E::kPlace, "OrgBased_In"},
      {P::kContainedInPlace, E::kPlace, E::kPlace, "Located_In"},
      {P::kContainedInPlace, E::kPlace, E::kCountry, "Located_In"},
      {P::kCapitalOf, E::kPlace, E::kCountry, "Located_In"},
      {P::kBirthPlace, E::kPerson, E::kPlace, "Live_In"},
      {P::kHomeLocation, E::kPerson, E::kCountry, "Live_In"},
      {P::kKilled, E::kPerson, E::kPerson, "Kill"},
      {P::kKilled, E::kPerson, E::kOrganization, std::nullopt},
      {P::kJobTitle, E::kPerson, E::kPerson, std::nullopt},
      {P::kParticipant, E::kEvent, E::kPerson, std::nullopt},
      {P::kLeaderOf, E::kOrganization, E::kCountry, std::nullopt},
  };
  for (const auto& c : cases) {
    EXPECT_EQ(Conll04Relation(c.predicate, c.subject, c.object), c.want)
        << PredicateTerm(c.predicate);
  }
}

TEST(SystemMappingTest, MentionRelationsUseTheClosestPairInTheEvidenceSentence) {
  const std::string text = "Vladimir Putin leads Russia. TASS is based in Moscow, not Russia.";
  extract::DocumentResult result;
  GraphData& g = result.fragment;
  g.entities = {{.id = "country/ru", .type = EntityType::kCountry, .name = "Russia"},
                {.id = "org/tass", .type = EntityType::kOrganization, .name = "TASS"},
                {.id = "person/vladimir-putin", .type = EntityType::kPerson},
                {.id = "place/moscow", .type = EntityType::kPlace, .name = "Moscow"}};
  auto evidence = [](uint32_t begin, uint32_t end) {
    return std::vector<Evidence>{{.begin = begin, .end = end}};
  };
  g.relations = {
      {"org/tass", Predicate::kAffiliation, "place/moscow", evidence(29, 65)},
      {"person/vladimir-putin", Predicate::kLeaderOf, "country/ru", evidence(0, 28)},
      {"person/vladimir-putin", Predicate::kJobTitle, "President", evidence(0, 28)},
      // No TASS mention lies in the first sentence: left out.
      {"org/tass", Predicate::kAffiliation, "country/ru", evidence(0, 28)},
  };
  result.mentions = {
      MakeMention(text, "Vladimir Putin", EntityType::kPerson, "person/vladimir-putin"),
      MakeMention(text, "Russia", EntityType::kCountry, "country/ru"),
      MakeMention(text, "TASS", EntityType::kOrganization, "org/tass"),
      MakeMention(text, "Moscow", EntityType::kPlace, "place/moscow"),
  };
  EXPECT_EQ(MentionRelations(text, result, TestLexicon()),
            (std::vector<SpanRelation>{
                {{0, 14, "Person"}, {21, 27, "Location"}, "Live_In"},
                {{29, 33, "Organization"}, {46, 52, "Location"}, "OrgBased_In"},
            }));
}

// A title matches ignoring case and hyphens: "Director-General" is the gold's "Director General";
// another title does not.
TEST(ArticleScoreTest, TitlesIgnoreCaseAndHyphens) {
  ArticleGold gold;
  gold.entities = {{"Rafael Grossi", EntityType::kPerson, {}, false}};
  gold.facts = {{"Rafael Grossi", "holdsTitle", "Director General"}};
  GraphData g;
  g.entities = {
      {.id = "person/rafael-grossi", .type = EntityType::kPerson, .name = "Rafael Grossi"}};
  for (const auto& [title, right] :
       {std::pair{"Director-General", true}, std::pair{"director general", true},
        std::pair{"Deputy Director-General", false}}) {
    g.relations = {{"person/rafael-grossi", Predicate::kJobTitle, title, {}}};
    EXPECT_EQ(ScoreArticle(gold, g).facts.matched_pred, right ? 1u : 0u) << title;
  }
}

// A hand-made article gold file and output graph with known scores.
TEST(ArticleScoreTest, HandComputed) {
  ArticleGold gold;
  gold.entities = {{"Vladimir Putin", EntityType::kPerson, {"Putin"}, true},
                   {"Russia", EntityType::kCountry, {"Russian"}, false},
                   {"Moscow", EntityType::kPlace, {}, false},
                   {"TASS", EntityType::kOrganization, {}, false}};
  gold.facts = {{"Vladimir Putin", "leaderOf", "Russia"},
                {"Vladimir Putin", "holdsTitle", "President"},
                {"Moscow", "containedInPlace", "Russia"},
                {"TASS", "affiliation", "Russia"}};
  gold.events = {{EventKind::kMeeting, {"Vladimir Putin", "Russia"}, "Moscow", "2023-05-25", ""},
                 {EventKind::kConflict, {"Russia"}, "", "", ""}};
  gold.not_entities = {"World"};

  GraphData g;
  g.entities = {
      {.id = "country/ru", .type = EntityType::kCountry, .name = "Russia"},
      {.id = "event/meeting",
       .type = EntityType::kEvent,
       .name = "Meeting in Moscow",
       .event_kind = EventKind::kMeeting,
       .date = "2023-05-25"},
      {.id = "org/world", .type = EntityType::kOrganization, .name = "WORLD"},
      {.id = "person/john-doe", .type = EntityType::kPerson, .name = "John Doe"},
      // An alternate name matches ignoring case.
      {.id = "person/v-putin",
       .type = EntityType::kPerson,
       .name = "V. Putin",
       .alt_names = {"putin"}},
      // A City is a Place.
      {.id = "place/moscow", .type = EntityType::kPlace, .subtype = "City", .name = "Moscow"},
      // The right name with the wrong type matches nothing.
      {.id = "place/tass", .type = EntityType::kPlace, .name = "TASS"},
  };
  g.relations = {
      {"event/meeting", Predicate::kLocation, "place/moscow", {}},
      {"event/meeting", Predicate::kParticipant, "country/ru", {}},
      {"event/meeting", Predicate::kParticipant, "person/v-putin", {}},
      {"person/john-doe", Predicate::kMemberOf, "org/world", {}},     // unjudged
      {"person/v-putin", Predicate::kJobTitle, "president", {}},      // right
      {"person/v-putin", Predicate::kLeaderOf, "country/ru", {}},     // right
      {"person/v-putin", Predicate::kNationality, "country/ru", {}},  // false
      {"place/tass", Predicate::kAffiliation, "country/ru", {}},      // unjudged
  };
  const ArticleScore s = ScoreArticle(gold, g);
  // Entities: 6 output nodes (the event left out), 3 right; 3 of 4 gold found.
  EXPECT_EQ(s.entities.pred, 6u);
  EXPECT_EQ(s.entities.matched_pred, 3u);
  EXPECT_EQ(s.entities.gold, 4u);
  EXPECT_EQ(s.entities.matched_gold, 3u);
  EXPECT_DOUBLE_EQ(s.entities.Score().precision, 0.5);
  EXPECT_DOUBLE_EQ(s.entities.Score().recall, 0.75);
  EXPECT_DOUBLE_EQ(s.entities.Score().f1, 0.6);
  EXPECT_EQ(s.missed_entities, (std::vector<std::string>{"Organization TASS"}));
  EXPECT_EQ(s.false_entities, (std::vector<std::string>{"Organization WORLD (org/world)",
                                                        "Person John Doe (person/john-doe)",
                                                        "Place TASS (place/tass)"}));
  // Facts: 2 right, 1 false, 2 unjudged; 2 of 4 gold found -> P = 2/3, R = 1/2, F1 = 4/7.
  EXPECT_EQ(s.facts.pred, 3u);
  EXPECT_EQ(s.facts.matched_pred, 2u);
  EXPECT_EQ(s.facts.matched_gold, 2u);
  EXPECT_EQ(s.facts_unjudged, 2u);
  EXPECT_DOUBLE_EQ(s.facts.Score().precision, 2.0 / 3.0);
  EXPECT_DOUBLE_EQ(s.facts.Score().recall, 0.5);
  EXPECT_DOUBLE_EQ(s.facts.Score().f1, 4.0 / 7.0);
  EXPECT_EQ(s.false_facts, (std::vector<std::string>{"V. Putin nationality Russia"}));
  EXPECT_EQ(s.missed_facts, (std::vector<std::string>{"Moscow containedInPlace Russia",
                                                      "TASS affiliation Russia"}));
  EXPECT_EQ(s.unjudged_facts,
            (std::vector<std::string>{"John Doe memberOf WORLD", "TASS affiliation Russia"}));
  // Events: the meeting pairs (2 of 2 participants), with its location and date; the conflict
  // is missed.
  EXPECT_EQ(s.events.gold, 2u);
  EXPECT_EQ(s.events.pred, 1u);
  EXPECT_EQ(s.events.matched_gold, 1u);
  EXPECT_EQ(s.events.matched_pred, 1u);
  EXPECT_DOUBLE_EQ(s.events.Score().precision, 1.0);
  EXPECT_DOUBLE_EQ(s.events.Score().recall, 0.5);
  EXPECT_EQ(s.event_location_right, 1u);
  EXPECT_EQ(s.event_date_right, 1u);
  EXPECT_EQ(s.missed_events, (std::vector<std::string>{"Conflict [Russia] at - on - (\"\")"}));
  EXPECT_EQ(s.not_entity_violations, (std::vector<std::string>{"WORLD (org/world)"}));
}

TEST(ArticleScoreTest, EventsNeedHalfTheParticipantsAndPairOneToOne) {
  ArticleGold gold;
  gold.entities = {{"Armenia", EntityType::kCountry, {}, false},
                   {"Azerbaijan", EntityType::kCountry, {}, false},
                   {"Russia", EntityType::kCountry, {}, false}};
  gold.events = {{EventKind::kMeeting, {"Armenia", "Azerbaijan", "Russia"}, "", "", ""}};
  GraphData g;
  g.entities = {{.id = "country/am", .type = EntityType::kCountry, .name = "Armenia"},
                {.id = "country/az", .type = EntityType::kCountry, .name = "Azerbaijan"},
                {.id = "event/a", .type = EntityType::kEvent, .event_kind = EventKind::kMeeting},
                {.id = "event/b", .type = EntityType::kEvent, .event_kind = EventKind::kMeeting},
                {.id = "event/c",
                 .type = EntityType::kEvent,
                 .event_kind = EventKind::kMeeting,
                 .date = "2023"}};
  g.relations = {{"event/a", Predicate::kParticipant, "country/am", {}},  // 1 of 3: too few
                 {"event/b", Predicate::kParticipant, "country/am", {}},  // 2 of 3
                 {"event/b", Predicate::kParticipant, "country/az", {}},
                 {"event/c", Predicate::kParticipant, "country/am", {}},  // 2 of 3, wrong date
                 {"event/c", Predicate::kParticipant, "country/az", {}}};
  const ArticleScore s = ScoreArticle(gold, g);
  EXPECT_EQ(s.events.matched_gold, 1u);
  EXPECT_EQ(s.events.matched_pred, 1u);
  EXPECT_EQ(s.events.pred, 3u);
  EXPECT_EQ(s.event_date_right, 1u);  // event/b wins: same overlap, more attributes right
  EXPECT_EQ(s.event_location_right, 1u);
  EXPECT_EQ(s.false_events, (std::vector<std::string>{" (event/a)", " (event/c)"}));
}

TEST(ArticleGoldTest, ReadsTheSeedAndRejectsBadFiles) {
  const ArticleGold seed = ReadArticleGold(std::string(NEWSGRAPH_TEST_DATA) +
                                           "/seed/trt-armenia-azerbaijan-2023.gold.json");
  EXPECT_EQ(seed.id, "trt-armenia-azerbaijan-2023");
  EXPECT_EQ(seed.date, "2023-05-26");
  ASSERT_EQ(seed.entities.size(), 16u);
  EXPECT_EQ(seed.entities[0].name, "Vladimir Putin");
  EXPECT_TRUE(seed.entities[0].leader);
  EXPECT_EQ(seed.entities[6].type, EntityType::kPlace);
  ASSERT_EQ(seed.facts.size(), 10u);
  EXPECT_EQ(seed.facts[1].object, "President");
  ASSERT_EQ(seed.events.size(), 5u);
  EXPECT_EQ(seed.events[1].date, "");
  EXPECT_EQ(seed.events[2].location, "Karabakh");
  EXPECT_EQ(seed.not_entities.size(), 11u);

  const auto dir = std::filesystem::temp_directory_path() / "ng_eval_test_gold";
  std::filesystem::create_directories(dir);
  const struct {
    std::string content, message;
  } bad[] = {
      {"[]", "gold file is not a JSON object"},
      {R"({"entities": [{"name": "X", "type": "Thing"}]})", "unknown entity type 'Thing' of 'X'"},
      {R"({"entities": [{"name": "X", "type": "Person"}], "facts": [["X", "likes", "X"]]})",
       "unknown fact predicate 'likes'"},
      {R"({"entities": [{"name": "X", "type": "Person"}], "facts": [["X", "memberOf", "Y"]]})",
       "a fact names 'Y', which is no gold entity"},
      {R"({"events": [{"type": "Meeting", "participants": ["Z"]}]})",
       "an event names 'Z', which is no gold entity"},
  };
  // An event of a type newsgraph does not extract is read, matched by no output, so missed.
  std::ofstream(dir / "other.gold.json")
      << R"({"events": [{"type": "Resignation", "participants": [], "trigger": "resigned"}]})";
  const ArticleGold other = ReadArticleGold(dir / "other.gold.json");
  ASSERT_EQ(other.events.size(), 1u);
  EXPECT_EQ(other.events[0].kind, EventKind::kNone);
  const ArticleScore scored = ScoreArticle(other, GraphData{});
  EXPECT_EQ(scored.events.gold, 1u);
  EXPECT_EQ(scored.missed_events,
            (std::vector<std::string>{"Resignation [] at - on - (\"resigned\")"}));
  for (const auto& c : bad) {
    std::ofstream(dir / "bad.gold.json") << c.content;
    try {
      ReadArticleGold(dir / "bad.gold.json");
      ADD_FAILURE() << c.message;
    } catch (const Error& e) {
      EXPECT_EQ(e.code(), ErrorCode::kBadInput);
      EXPECT_EQ(e.message(), c.message);
    }
  }
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace ng::eval
