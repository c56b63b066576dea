#include "extract/relation_model.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <functional>
#include <initializer_list>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/error.h"
#include "eval/system.h"
#include "extract/extractor.h"

namespace ng::extract {
namespace {

const Lexicon& TestLexicon() {
  static const Lexicon lexicon = Lexicon::Load(NEWSGRAPH_DATA_DIR);
  return lexicon;
}

std::string SpanText(const std::string& text, Span s) { return std::string(s.Of(text)); }

TEST(RelationModelTest, KindsFollowTheEntityTypes) {
  using T = EntityType;
  EXPECT_EQ(PairKindOf(T::kPerson, T::kPlace), PairKind::kLivesIn);
  EXPECT_EQ(PairKindOf(T::kPerson, T::kCountry), PairKind::kLivesIn);
  EXPECT_EQ(PairKindOf(T::kPerson, T::kOrganization), PairKind::kWorksFor);
  EXPECT_EQ(PairKindOf(T::kPerson, T::kPerson), PairKind::kKilled);
  EXPECT_EQ(PairKindOf(T::kPlace, T::kCountry), PairKind::kLocatedIn);
  EXPECT_EQ(PairKindOf(T::kOrganization, T::kPlace), PairKind::kBasedIn);
  EXPECT_EQ(PairKindOf(T::kPlace, T::kPerson), std::nullopt);
  EXPECT_EQ(PairKindOf(T::kOrganization, T::kPerson), std::nullopt);
  EXPECT_EQ(PairPredicate(PairKind::kLivesIn, T::kCountry), Predicate::kNationality);
  EXPECT_EQ(PairPredicate(PairKind::kLivesIn, T::kPlace), Predicate::kHomeLocation);
  EXPECT_EQ(PairKindName(PairKind::kBasedIn), "based-in");
}

// Candidates are the ordered pairs of one sentence whose types allow a relation, never a pair
// of one entity, never across sentences.
TEST(RelationModelTest, CandidatesArePairsOfOneSentence) {
  const Document doc{.id = "t",
                     .text =
                         "Maria Lopez, a lawyer at Acme Corporation, lives in Tucson. "
                         "Maria Lopez visited Paris."};
  std::map<std::string, std::string> got;  // "subject -> object" -> kind
  for (const PairExample& e : RelationCandidates(doc, Resources{TestLexicon()})) {
    const std::string key = SpanText(doc.text, e.subject) + " -> " + SpanText(doc.text, e.object);
    EXPECT_FALSE(got.contains(key)) << key;
    got[key] = PairKindName(e.kind);
    EXPECT_FALSE(e.features.empty());
  }
  EXPECT_EQ(got["Maria Lopez -> Tucson"], "lives-in");
  EXPECT_EQ(got["Maria Lopez -> Acme Corporation"], "works-for");
  EXPECT_EQ(got["Acme Corporation -> Tucson"], "based-in");
  EXPECT_EQ(got["Maria Lopez -> Paris"], "lives-in");
  EXPECT_FALSE(got.contains("Tucson -> Maria Lopez"));      // no kind goes from a place to a person
  EXPECT_FALSE(got.contains("Acme Corporation -> Paris"));  // another sentence
}

// The agency credited in a dateline is no candidate for where it is based; the same agency
// named in the story is.
TEST(RelationModelTest, DatelineCreditIsNoCandidate) {
  const Document doc{.id = "t",
                     .text =
                         "MEXICO CITY (Reuters) - The minister told a Reuters reporter in "
                         "Mexico City on Friday that talks would go on."};
  std::vector<std::string> got;
  for (const PairExample& e : RelationCandidates(doc, Resources{TestLexicon()}))
    got.push_back(SpanText(doc.text, e.subject) + "@" + std::to_string(e.subject.begin) + " -> " +
                  SpanText(doc.text, e.object) + "@" + std::to_string(e.object.begin));
  EXPECT_EQ(got, (std::vector<std::string>{"Reuters@44 -> MEXICO CITY@0",
                                           "Reuters@44 -> Mexico City@64"}));
  // With the country in the dateline, too.
  const Document seoul{.id = "t", .text = "SEOUL, South Korea (AP) - Leaders met in Seoul."};
  for (const PairExample& e : RelationCandidates(seoul, Resources{TestLexicon()}))
    EXPECT_NE(SpanText(seoul.text, e.subject), "AP");
}

// Examples built by hand: feature 1 marks the positives, 2 the negatives, 3 is on in all.
std::vector<LabeledPair> ToyExamples() {
  std::vector<LabeledPair> out;
  for (int i = 0; i < 20; ++i) {
    LabeledPair p;
    p.candidate.features = {1, 3, static_cast<uint64_t>(100 + i)};
    p.positive = true;
    out.push_back(p);
    LabeledPair n;
    n.candidate.features = {2, 3, static_cast<uint64_t>(200 + i)};
    out.push_back(n);
  }
  return out;
}

TEST(RelationModelTest, LearnsAndIsDeterministic) {
  RelationTrainOptions options;
  options.hash_bits = 10;
  options.trained_on = "toy";
  const RelationModel a = RelationModel::Train(ToyExamples(), options);
  const RelationModel b = RelationModel::Train(ToyExamples(), options);
  EXPECT_EQ(a.Serialize(), b.Serialize());
  PairCandidate pos, neg;
  pos.features = {1, 3};
  neg.features = {2, 3};
  EXPECT_GT(a.Score(pos), 0);
  EXPECT_LT(a.Score(neg), 0);
  EXPECT_EQ(a.trained_on(), "toy");
}

class RelationModelFileTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ =
        std::filesystem::temp_directory_path() /
        ("ng_relation_test_" + std::to_string(::testing::UnitTest::GetInstance()->random_seed()) +
         "_" + ::testing::UnitTest::GetInstance()->current_test_info()->name());
    std::filesystem::create_directories(dir_);
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }
  std::filesystem::path dir_;
};

TEST_F(RelationModelFileTest, SaveLoadRoundTripAndBadFiles) {
  RelationTrainOptions options;
  options.hash_bits = 10;
  options.trained_on = "toy";
  const RelationModel trained = RelationModel::Train(ToyExamples(), options);
  trained.Save(dir_ / "r.ngr");
  const RelationModel loaded = RelationModel::Load(dir_ / "r.ngr");
  EXPECT_EQ(loaded.Serialize(), trained.Serialize());
  EXPECT_EQ(loaded.trained_on(), "toy");
  PairCandidate pos;
  pos.features = {1, 3};
  EXPECT_EQ(loaded.Score(pos), trained.Score(pos));

  const std::string good = trained.Serialize();
  std::string version = good;
  version[8] = 7;
  const struct {
    std::string bytes, message;
  } cases[] = {
      {"NOTMODEL" + good.substr(8),
       "bad relation model: not a newsgraph relation model (no NGRELATE tag)"},
      {version, "bad relation model: unsupported version 7 (this program reads version 1)"},
      {good.substr(0, 30), "bad relation model: truncated file (30 bytes)"},
      {good + "!", "bad relation model: trailing or missing end marker"},
  };
  for (const auto& c : cases) {
    const auto path = dir_ / "bad.ngr";
    std::ofstream(path, std::ios::binary | std::ios::trunc) << c.bytes;
    try {
      RelationModel::Load(path);
      ADD_FAILURE() << c.message << ": loaded";
    } catch (const Error& e) {
      EXPECT_EQ(e.code(), ErrorCode::kBadResource);
      EXPECT_EQ(e.message(), c.message);
      EXPECT_EQ(e.file(), path.string());
    }
  }
}

// Trains a model on the candidate pairs of `texts`: a pair is positive where its text is
// positive (`positive` returns true for it) and its kind is `kind`.
RelationModel TrainOn(const std::vector<std::string>& texts,
                      const std::function<bool(const std::string&)>& positive, PairKind kind) {
  std::vector<LabeledPair> examples;
  for (const std::string& text : texts) {
    const Document doc{.id = "t", .text = text};
    for (PairExample& e : RelationCandidates(doc, Resources{TestLexicon()})) {
      LabeledPair p;
      p.candidate.kind = e.kind;
      p.candidate.features = std::move(e.features);
      p.positive = positive(text) && p.candidate.kind == kind;
      examples.push_back(std::move(p));
    }
  }
  EXPECT_FALSE(examples.empty());
  return RelationModel::Train(examples, {});
}

// The relations with predicate `p` the extractor states of `text` with `model` (nullptr: the
// rules alone), and the first of them.
std::vector<Relation> StatedAll(const std::string& text, Predicate p, const RelationModel* model) {
  const Document doc{.id = "u", .text = text};
  std::vector<Relation> out;
  for (Relation& rel :
       ExtractDocument(doc, Resources{TestLexicon(), nullptr, model}).fragment.relations)
    if (rel.predicate == p) out.push_back(std::move(rel));
  return out;
}

std::optional<Relation> Stated(const std::string& text, Predicate p, const RelationModel* model) {
  std::vector<Relation> all = StatedAll(text, p, model);
  if (all.empty()) return std::nullopt;
  return std::move(all.front());
}

// End to end: a model learns from labelled candidate pairs that "spent ... childhood in" tells
// where a person lives, and the extractor then states it, with the model as the rule.
TEST(RelationModelTest, ExtractorAddsWhatTheModelAsserts) {
  std::vector<std::string> texts;
  for (const char* person : {"Maria Lopez", "John Carter", "Ana Silva", "Peter Novak"})
    for (const char* town : {"Tucson", "Denver", "Lyon", "Leipzig"})
      for (const char* middle : {" spent her childhood in ", " flew over "})
        texts.push_back(std::string(person) + middle + town + ".");
  const RelationModel model = TrainOn(
      texts, [](const std::string& t) { return t.find("childhood") != std::string::npos; },
      PairKind::kLivesIn);
  const std::string text = "Carla Mendes spent her childhood in Porto.";
  const std::optional<Relation> learned = Stated(text, Predicate::kHomeLocation, &model);
  ASSERT_TRUE(learned.has_value());
  EXPECT_EQ(learned->subject, "person/carla-mendes");
  ASSERT_EQ(learned->evidence.size(), 1u);
  EXPECT_EQ(learned->evidence[0].rule, "relation-model");
  EXPECT_GT(learned->evidence[0].confidence, 0.5);
  // The rules alone do not read it.
  EXPECT_FALSE(Stated(text, Predicate::kHomeLocation, nullptr).has_value());
  // Travel between the two, or a dateline's place, tells no home, whatever the model says.
  EXPECT_FALSE(Stated("Carla Mendes arrived and spent her childhood in Porto.",
                      Predicate::kHomeLocation, &model)
                   .has_value());
  EXPECT_FALSE(Stated("PORTO, May 2 - Carla Mendes spent her childhood there.",
                      Predicate::kHomeLocation, &model)
                   .has_value());
}

// A learned killing needs a word of killing in its sentence, whatever the model says.
TEST(RelationModelTest, NoLearnedKillingWithoutAWordOfKilling) {
  std::vector<std::string> texts;
  for (const auto& [a, b] :
       {std::pair{"Maria Lopez", "John Carter"}, std::pair{"Ana Silva", "Peter Novak"},
        std::pair{"Carla Mendes", "Tom Baker"}, std::pair{"Ivan Petrov", "Lena Berg"}})
    for (const char* verb : {" shot ", " stood beside "})
      texts.push_back(std::string(a) + verb + b + ".");
  // Both verbs are positive, so the model learns the pair, not the verb.
  const RelationModel model = TrainOn(
      texts, [](const std::string&) { return true; }, PairKind::kKilled);
  EXPECT_TRUE(Stated("Rosa Diaz shot Karl Weber.", Predicate::kKilled, &model).has_value());
  EXPECT_FALSE(
      Stated("Rosa Diaz stood beside Karl Weber.", Predicate::kKilled, &model).has_value());
}

// A model that learned every person before `org` (after each of `middles`: "praised the" as
// "joined the") to be its member: what it asserts, the extractor's checks must filter.
RelationModel MembershipModel(const std::string& org, std::initializer_list<const char*> middles) {
  std::vector<std::string> texts;
  for (const char* person : {"Maria Lopez", "John Carter", "Ana Silva", "Peter Novak"})
    for (const char* middle : middles) texts.push_back(person + std::string(middle) + org);
  return TrainOn(
      texts, [](const std::string&) { return true; }, PairKind::kWorksFor);
}

RelationModel UnionMembershipModel() {
  return MembershipModel("Zentrix Workers Union today.", {" praised the ", " joined the "});
}

// No learned membership across a verb of speech: "Guterres said the RSF ...".
TEST(RelationModelTest, NoLearnedMembershipAcrossSpeech) {
  const RelationModel model = UnionMembershipModel();
  EXPECT_TRUE(
      Stated("Rosa Diaz joined the Zentrix Workers Union today.", Predicate::kMemberOf, &model)
          .has_value());
  EXPECT_FALSE(
      Stated("Rosa Diaz praised the Zentrix Workers Union today.", Predicate::kMemberOf, &model)
          .has_value());
}

// Expects `model` to make Rosa Diaz a member in `plain`, and in `led`, where the rules make
// her a leader, a leader and no member.
void ExpectLeaderNotMember(const RelationModel& model, const std::string& plain,
                           const std::string& led) {
  EXPECT_TRUE(Stated(plain, Predicate::kMemberOf, &model).has_value()) << plain;
  EXPECT_TRUE(Stated(led, Predicate::kLeaderOf, &model).has_value()) << led;
  EXPECT_FALSE(Stated(led, Predicate::kMemberOf, &model).has_value()) << led;
}

// No learned membership of what the rules read the person to lead: "Rosa Diaz's Zentrix
// Workers Party" is hers to lead, not to be a member of besides.
TEST(RelationModelTest, NoLearnedMembershipOfWhatOneLeads) {
  ExpectLeaderNotMember(MembershipModel("Zentrix Workers Party today.", {"'s ", " joined the "}),
                        "Rosa Diaz joined the Zentrix Workers Party today.",
                        "Rosa Diaz's Zentrix Workers Party won today.");
}

// No learned membership where the rules tie the person to the organization otherwise: the
// head of its delegation is affiliated with it, no member.
TEST(RelationModelTest, NoLearnedMembershipBesideAnAffiliation) {
  const RelationModel model =
      MembershipModel("Zentrix Workers Union delegation, spoke.", {", head of the ", " met the "});
  const std::string plain = "Rosa Diaz met the Zentrix Workers Union delegation, spoke.";
  const std::string tied = "Rosa Diaz, head of the Zentrix Workers Union delegation, spoke.";
  EXPECT_TRUE(Stated(plain, Predicate::kMemberOf, &model).has_value());
  EXPECT_TRUE(Stated(tied, Predicate::kAffiliation, &model).has_value());
  EXPECT_FALSE(Stated(tied, Predicate::kMemberOf, &model).has_value());
  EXPECT_FALSE(Stated(tied, Predicate::kLeaderOf, &model).has_value());
}

// No learned membership of a body of states (a known organization of no one country) for one
// the rules tie to a country: "Trudeau is the first leader from the Group of Seven countries".
TEST(RelationModelTest, NoLearnedMembershipOfABodyOfStatesForAStatesman) {
  ExpectLeaderNotMember(MembershipModel("African Union today.", {" visited the "}),
                        "Rosa Diaz visited the African Union today.",
                        "Peruvian President Rosa Diaz visited the African Union today.");
}

// No learned membership for one the rules make a leader, of anything but a party: "Ishiba
// agreed with Trump that the deal with U.S. Steel would not be an acquisition".
TEST(RelationModelTest, NoLearnedMembershipForALeader) {
  ExpectLeaderNotMember(MembershipModel("Zentrix Workers Union today.", {" visited the "}),
                        "Rosa Diaz visited the Zentrix Workers Union today.",
                        "Peruvian President Rosa Diaz visited the Zentrix Workers Union today.");
}

// No learned membership of a party other than the one the rules put the person in: "Nordic
// Unity Party candidate Rosa Diaz" is of her party, whatever other party the model reads.
TEST(RelationModelTest, NoLearnedSecondParty) {
  const RelationModel model =
      MembershipModel("Zentrix Workers Party today.", {" visited the ", " joined the "});
  EXPECT_TRUE(
      Stated("Rosa Diaz visited the Zentrix Workers Party today.", Predicate::kMemberOf, &model)
          .has_value());
  const std::string text =
      "Nordic Unity Party candidate Rosa Diaz visited the Zentrix Workers Party today.";
  const std::vector<Relation> memberships = StatedAll(text, Predicate::kMemberOf, &model);
  ASSERT_EQ(memberships.size(), 1u);
  EXPECT_EQ(memberships[0].object, "org/nordic-unity-party");
}

// A place the gazetteers put in one country lies in no other country nor a region of one,
// whatever the model reads: "KATHMANDU: In Pakistan's Balochistan province".
TEST(RelationModelTest, NoLearnedTownInAnotherCountrysRegion) {
  std::vector<std::string> texts;
  for (const char* town : {"Quetta", "Lahore", "Multan", "Karachi"})
    for (const char* middle : {" grew fast, like Balochistan", " fans cheered Balochistan"})
      texts.push_back(std::string(town) + middle + " did.");
  const RelationModel model = TrainOn(
      texts, [](const std::string& t) { return t.find("grew") != std::string::npos; },
      PairKind::kLocatedIn);
  EXPECT_TRUE(
      Stated("Peshawar grew fast, like Balochistan did.", Predicate::kContainedInPlace, &model)
          .has_value());
  EXPECT_FALSE(
      Stated("Kathmandu grew fast, like Balochistan did.", Predicate::kContainedInPlace, &model)
          .has_value());
}

// A country one lives in, as the model reads it, is a home, not a nationality.
TEST(RelationModelTest, LearnedCountryOfLivingIsAHome) {
  std::vector<std::string> texts;
  for (const char* person : {"Maria Lopez", "John Carter", "Ana Silva", "Peter Novak"})
    for (const char* country : {"Spain", "Chile", "Kenya", "Norway"})
      for (const char* middle : {" lives in exile in ", " is a citizen of "})
        texts.push_back(std::string(person) + middle + country + ".");
  const RelationModel model = TrainOn(
      texts, [](const std::string&) { return true; }, PairKind::kLivesIn);
  EXPECT_TRUE(
      Stated("Rosa Diaz is a citizen of Peru.", Predicate::kNationality, &model).has_value());
  EXPECT_FALSE(
      Stated("Rosa Diaz lives in exile in Peru.", Predicate::kNationality, &model).has_value());
  EXPECT_TRUE(
      Stated("Rosa Diaz lives in exile in Peru.", Predicate::kHomeLocation, &model).has_value());
}

// No learned nationality, nor home, in a country's act upon a person: "under U.S. sanctions".
TEST(RelationModelTest, NoLearnedNationalityFromACountrysSanctions) {
  std::vector<std::string> texts;
  for (const char* person : {"Maria Lopez", "John Carter", "Ana Silva", "Peter Novak"})
    for (const char* country : {"Spain", "Chile", "Kenya", "Norway"})
      texts.push_back(std::string(person) + ", who is under " + country + " sanctions, spoke.");
  const RelationModel model = TrainOn(
      texts, [](const std::string&) { return true; }, PairKind::kLivesIn);
  EXPECT_TRUE(Stated("Rosa Diaz, who is under Peru rules, spoke.", Predicate::kNationality, &model)
                  .has_value());
  EXPECT_FALSE(
      Stated("Rosa Diaz, who is under Peru sanctions, spoke.", Predicate::kNationality, &model)
          .has_value());
}

// No learned nationality where the rules read another one in the sentence: "Kenyan Ambassador
// to Japan John Mwangi" is no Japanese.
TEST(RelationModelTest, NoLearnedNationalityBesideTheRulesOne) {
  std::vector<std::string> texts;
  for (const char* person : {"Maria Lopez", "John Carter", "Ana Silva", "Peter Novak"})
    for (const char* country : {"Spain", "Chile", "Kenya", "Norway"})
      for (const char* middle : {" is a citizen of ", " flew over "})
        texts.push_back(std::string(person) + middle + country + ".");
  const RelationModel model = TrainOn(
      texts, [](const std::string& t) { return t.find("citizen") != std::string::npos; },
      PairKind::kLivesIn);
  auto countries = [&](const std::string& text) {
    std::vector<std::string> out;
    for (const Relation& rel : StatedAll(text, Predicate::kNationality, &model))
      out.push_back(rel.object.str());
    std::sort(out.begin(), out.end());
    return out;
  };
  EXPECT_EQ(countries("Rosa Diaz is a citizen of Peru."), std::vector<std::string>{"country/pe"});
  EXPECT_EQ(countries("Peruvian lawyer Rosa Diaz is a citizen of Chile."),
            std::vector<std::string>{"country/pe"});
  // Nor where the rules read another one anywhere in the story.
  EXPECT_EQ(countries("Peruvian lawyer Rosa Diaz spoke. Rosa Diaz is a citizen of Chile."),
            std::vector<std::string>{"country/pe"});
}

// No learned containment of a city the gazetteer places in another country than the place:
// "New Delhi and India's partners would help Nepal".
TEST(RelationModelTest, NoLearnedContainmentAcrossCountries) {
  std::vector<std::string> texts;
  for (const char* city : {"Lyon", "Leipzig", "Porto", "Turin"})
    for (const char* country : {"Spain", "Chile", "Kenya", "Norway"})
      texts.push_back(std::string(city) + " and its partners would help " + country + ".");
  const RelationModel model = TrainOn(
      texts, [](const std::string&) { return true; }, PairKind::kLocatedIn);
  auto contained = [&](const std::string& text) {
    std::vector<std::string> out;
    for (const Relation& rel : StatedAll(text, Predicate::kContainedInPlace, &model))
      out.push_back(rel.subject.str() + " " + rel.object.str());
    return out;
  };
  auto has = [](const std::vector<std::string>& v, const std::string& s) {
    return std::find(v.begin(), v.end(), s) != v.end();
  };
  EXPECT_TRUE(
      has(contained("Nairobi and its partners would help Kenya."), "place/nairobi-ke country/ke"));
  EXPECT_FALSE(
      has(contained("Nairobi and its partners would help Peru."), "place/nairobi-ke country/pe"));
}

// No learned nationality for who reports what the sentence told before him: "passports of
// citizens of Tajikistan, State Duma deputy Oleksandr Khinshtein reports".
TEST(RelationModelTest, NoLearnedNationalityForTheReporter) {
  std::vector<std::string> texts;
  for (const char* person : {"Maria Lopez", "John Carter", "Ana Silva", "Peter Novak"})
    for (const char* country : {"Spain", "Chile", "Kenya", "Norway"})
      texts.push_back(std::string("They met citizens of ") + country + ", " + person + " wrote.");
  const RelationModel model = TrainOn(
      texts, [](const std::string&) { return true; }, PairKind::kLivesIn);
  EXPECT_TRUE(Stated("They met citizens of Peru, Rosa Diaz wrote.", Predicate::kNationality, &model)
                  .has_value());
  EXPECT_FALSE(
      Stated("They met citizens of Peru, Rosa Diaz reports.", Predicate::kNationality, &model)
          .has_value());
}

// No learned membership in the source of a report: "..., the Zentrix Workers Union said" (the
// news file z28.txt checks it after an acronym: "the Korean Central News Agency (KCNA) said").
TEST(RelationModelTest, NoLearnedMembershipInTheSourceOfAReport) {
  const RelationModel model = UnionMembershipModel();
  const std::string text = "Rosa Diaz joined the Zentrix Workers Union";
  EXPECT_TRUE(Stated(text + " today.", Predicate::kMemberOf, &model).has_value());
  EXPECT_FALSE(Stated(text + " said.", Predicate::kMemberOf, &model).has_value());
}

// No learned base of an organization where its shares or its travels join it to a place.
TEST(RelationModelTest, NoLearnedBaseFromSharesOrTravel) {
  std::vector<std::string> texts;
  for (const char* org : {"Zentrix Inc", "Halvane Inc", "Borealis Inc", "Kestrel Inc"})
    for (const char* city : {"Boston", "Denver", "Austin", "Seattle"})
      for (const char* middle : {" opened its doors in ", " shares rose 3% in "})
        texts.push_back(std::string(org) + middle + city + ".");
  const RelationModel model = TrainOn(
      texts, [](const std::string&) { return true; }, PairKind::kBasedIn);
  EXPECT_TRUE(Stated("Quorra Inc opened its doors in Chicago.", Predicate::kAffiliation, &model)
                  .has_value());
  EXPECT_FALSE(
      Stated("Quorra Inc shares rose 3% in Chicago.", Predicate::kAffiliation, &model).has_value());
}

// No learned base of an organization the lexicon places in another country than the place:
// "An AFP journalist saw smoke in Doha" (AFP is French); a company may have a site abroad.
TEST(RelationModelTest, NoLearnedBaseAbroadForAKnownBody) {
  std::vector<std::string> texts;
  for (const char* org : {"Zentrix Inc", "Halvane Inc", "Borealis Inc", "Kestrel Inc"})
    for (const char* city : {"Boston", "Denver", "Austin", "Seattle"})
      texts.push_back(std::string("An ") + org + " journalist saw smoke in " + city + ".");
  const RelationModel model = TrainOn(
      texts, [](const std::string&) { return true; }, PairKind::kBasedIn);
  EXPECT_TRUE(
      Stated("An Quorra Inc journalist saw smoke in Chicago.", Predicate::kAffiliation, &model)
          .has_value());
  EXPECT_FALSE(
      Stated("An AFP journalist saw smoke in Doha.", Predicate::kAffiliation, &model).has_value());
  EXPECT_FALSE(Stated("An AFP journalist saw smoke in Chicago.", Predicate::kAffiliation, &model)
                   .has_value());
}

// No learned base of a body of states the lexicon knows in a country or a region; a town may
// be its seat ("the International Court of Justice ruled on Gaza" / "in The Hague").
TEST(RelationModelTest, NoLearnedBaseInACountryForABodyOfStates) {
  std::vector<std::string> texts;
  for (const char* org : {"Zentrix Inc", "Halvane Inc", "Borealis Inc", "Kestrel Inc"})
    for (const char* place : {"Boston", "Gaza Strip", "Texas", "Peru"})
      texts.push_back(std::string("The ") + org + " ruled on " + place + ".");
  const RelationModel model = TrainOn(
      texts, [](const std::string&) { return true; }, PairKind::kBasedIn);
  EXPECT_TRUE(
      Stated("The Quorra Inc ruled on Gaza Strip.", Predicate::kAffiliation, &model).has_value());
  EXPECT_FALSE(Stated("The International Court of Justice ruled on Gaza Strip.",
                      Predicate::kAffiliation, &model)
                   .has_value());
  EXPECT_FALSE(
      Stated("The International Court of Justice ruled on Peru.", Predicate::kAffiliation, &model)
          .has_value());
  EXPECT_TRUE(
      Stated("The International Court of Justice ruled on Boston.", Predicate::kAffiliation, &model)
          .has_value());
}

// The trainer's labels: a candidate pair is positive where a gold relation of the CoNLL04 type
// its predicate maps to joins exactly its two spans, a gold span's final period aside.
TEST(RelationModelTest, GoldRelationsLabelTheCandidates) {
  eval::Record record;
  record.id = "r";
  record.text = "Maria Lopez spent her childhood in Tucson.";
  record.entities = {{0, 11, "Peop"}, {35, 42, "Loc"}};  // "Tucson." with its period
  record.relations = {{0, 1, "Live_In"}};
  const Document doc{.id = record.id, .text = record.text};
  const eval::RelationLabels labels = eval::LabelRelationCandidates(
      record, eval::LabelSet::kConll04, RelationCandidates(doc, Resources{TestLexicon()}));
  EXPECT_EQ(labels.gold, 1u);
  EXPECT_EQ(labels.covered, 1u);
  ASSERT_EQ(labels.examples.size(), 1u);
  EXPECT_TRUE(labels.examples[0].positive);

  record.relations = {{0, 1, "Work_For"}};  // a type the pair's kind does not map to
  const eval::RelationLabels other = eval::LabelRelationCandidates(
      record, eval::LabelSet::kConll04, RelationCandidates(doc, Resources{TestLexicon()}));
  EXPECT_EQ(other.covered, 0u);
  EXPECT_FALSE(other.examples.at(0).positive);
}

// An article's gold facts label the candidates by the entities the pairs join: a pair of two
// gold entities is positive where the gold states its predicate between them, negative where it
// does not; a pair with an end the gold does not know, or of a predicate the gold never states
// (homeLocation), is no example.
TEST(RelationModelTest, ArticleGoldFactsLabelTheCandidates) {
  eval::ArticleGold gold;
  gold.entities = {{.name = "Maria Lopez", .type = EntityType::kPerson, .aliases = {"Lopez"}},
                   {.name = "Spain", .type = EntityType::kCountry, .aliases = {}},
                   {.name = "Madrid", .type = EntityType::kPlace, .aliases = {}}};
  gold.facts = {{"Maria Lopez", "nationality", "Spain"}, {"Maria Lopez", "holdsTitle", "lawyer"}};
  const Document doc{.id = "a",
                     .text = "Maria Lopez of Spain met Michael Smith of Portugal in Madrid."};
  const std::vector<PairExample> candidates = RelationCandidates(doc, Resources{TestLexicon()});
  size_t judged = 0;
  for (const PairExample& c : candidates) {
    const Predicate p = PairPredicate(c.kind, c.object_type);
    const bool known = (c.subject_names.at(0) == "Maria Lopez" || c.subject_names[0] == "Spain" ||
                        c.subject_names[0] == "Madrid") &&
                       (c.object_names.at(0) == "Spain" || c.object_names[0] == "Madrid");
    judged += known && p != Predicate::kHomeLocation;
  }
  ASSERT_GE(judged, 2u);  // Maria Lopez and Spain; Madrid and Spain
  const eval::RelationLabels labels = eval::LabelArticleCandidates(gold, candidates);
  EXPECT_EQ(labels.gold, 1u);  // holdsTitle is no fact the model states
  EXPECT_EQ(labels.covered, 1u);
  EXPECT_EQ(labels.examples.size(), judged);
  EXPECT_EQ(std::count_if(labels.examples.begin(), labels.examples.end(),
                          [](const LabeledPair& p) { return p.positive; }),
            1);
}

}  // namespace
}  // namespace ng::extract
