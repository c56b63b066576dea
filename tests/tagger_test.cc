#include "extract/tagger.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "core/error.h"
#include "extract/extractor.h"

namespace ng::extract {
namespace {

using C = NameClass;

// Splits on single spaces: the test sentences are written pre-tokenized.
std::vector<std::string> Words(std::string_view s) {
  std::vector<std::string> out;
  size_t start = 0;
  while (start <= s.size()) {
    const size_t end = std::min(s.find(' ', start), s.size());
    out.emplace_back(s.substr(start, end - start));
    start = end + 1;
  }
  return out;
}

// A tiny corpus: a handful of patterns, each seen several times with different names.
std::vector<TrainingSentence> SmallCorpus() {
  const struct {
    std::string_view text;
    std::vector<NameSpan> names;
  } kSentences[] = {
      {"President Ilham Aliyev visited Moscow on Monday .",
       {{1, 3, C::kPerson}, {4, 5, C::kLocation}}},
      {"President Nikol Pashinyan visited Paris on Friday .",
       {{1, 3, C::kPerson}, {4, 5, C::kLocation}}},
      {"Minister Jeyhun Bayramov met officials in Baku .",
       {{1, 3, C::kPerson}, {6, 7, C::kLocation}}},
      {"The United Nations said Armenian troops left Lachin .",
       {{1, 3, C::kOrganization}, {4, 5, C::kNationality}, {7, 8, C::kLocation}}},
      {"The European Union said Azerbaijani forces entered Shusha .",
       {{1, 3, C::kOrganization}, {4, 5, C::kNationality}, {7, 8, C::kLocation}}},
      {"Officials said the talks would continue .", {}},
      {"Prime Minister Mark Rutte visited Berlin on Tuesday .",
       {{2, 4, C::kPerson}, {5, 6, C::kLocation}}},
      {"The World Bank said Turkish banks left Ankara .",
       {{1, 3, C::kOrganization}, {4, 5, C::kNationality}, {7, 8, C::kLocation}}},
  };
  std::vector<TrainingSentence> out;
  for (const auto& s : kSentences) out.push_back({Words(s.text), s.names});
  return out;
}

// The committed lexicons and name tagger, loaded once for every test that reads with them.
const Lexicon& CommittedLexicon() {
  static const Lexicon lexicon = Lexicon::Load(NEWSGRAPH_DATA_DIR);
  return lexicon;
}
const NameTagger& CommittedTagger() {
  static const NameTagger tagger =
      NameTagger::Load(std::filesystem::path(NEWSGRAPH_DATA_DIR) / "models" / "names.ngt");
  return tagger;
}

// The written text and entity id of every mention the extractor finds in `text` with them.
std::vector<std::pair<std::string, std::string>> TaggedMentions(const std::string& text) {
  const Document doc{.id = "t", .text = text};
  std::vector<std::pair<std::string, std::string>> got;
  for (const Mention& m :
       ExtractDocument(doc, Resources{CommittedLexicon(), &CommittedTagger()}).mentions)
    got.emplace_back(std::string(m.span.Of(doc.text)), m.entity);
  return got;
}

// The entity ids of the mentions of `text` written so (or, with `suffix`, ending so).
std::vector<std::string> EntitiesWritten(const std::string& text, std::string_view written,
                                         bool suffix = false) {
  std::vector<std::string> ids;
  for (const auto& [w, id] : TaggedMentions(text))
    if (suffix ? std::string_view(w).ends_with(written) : w == written) ids.push_back(id);
  return ids;
}

TrainOptions SmallOptions() {
  TrainOptions o;
  o.epochs = 10;
  o.seed = 7;
  o.hash_bits = 16;
  o.min_feature_count = 1;
  return o;
}

TEST(NameTaggerTest, ClassNames) {
  EXPECT_EQ(NameClassName(C::kPerson), "PER");
  EXPECT_EQ(NameClassName(C::kLocation), "LOC");
  EXPECT_EQ(NameClassName(C::kOrganization), "ORG");
  EXPECT_EQ(NameClassName(C::kNationality), "NAT");
  EXPECT_EQ(NameClassName(C::kMisc), "MISC");
}

TEST(NameTaggerTest, LearnsTheTrainingSentences) {
  const NameTagger tagger = NameTagger::Train(SmallCorpus(), SmallOptions(), nullptr);
  for (const TrainingSentence& s : SmallCorpus()) {
    std::vector<std::string_view> words(s.words.begin(), s.words.end());
    std::vector<NameSpan> got = tagger.TagWords(words, nullptr);
    ASSERT_EQ(got.size(), s.names.size()) << s.words[1];
    for (size_t i = 0; i < got.size(); ++i) {
      EXPECT_EQ(got[i].first, s.names[i].first) << s.words[1];
      EXPECT_EQ(got[i].last, s.names[i].last) << s.words[1];
      EXPECT_EQ(got[i].cls, s.names[i].cls) << s.words[1];
      EXPECT_GT(got[i].score, 0.5);
      EXPECT_LE(got[i].score, 1.0);
    }
  }
}

TEST(NameTaggerTest, TagReturnsDocumentTokenIndices) {
  const NameTagger tagger = NameTagger::Train(SmallCorpus(), SmallOptions(), nullptr);
  // Two sentences; the second starts at token 3.
  const std::string text = "It rained . President Ilham Aliyev visited Moscow on Monday .";
  std::vector<nlp::Token> tokens;
  for (size_t b = 0; b < text.size();) {
    const size_t e = std::min(text.find(' ', b), text.size());
    tokens.push_back({.span = {static_cast<uint32_t>(b), static_cast<uint32_t>(e)}});
    b = e + 1;
  }
  const nlp::Sentence second{.span = {12, static_cast<uint32_t>(text.size())},
                             .first = 3,
                             .last = static_cast<uint32_t>(tokens.size())};
  std::vector<NameSpan> got = tagger.Tag(text, tokens, second, nullptr);
  ASSERT_EQ(got.size(), 2u);
  EXPECT_EQ(got[0].first, 4u);
  EXPECT_EQ(got[0].last, 6u);
  EXPECT_EQ(got[0].cls, C::kPerson);
  EXPECT_EQ(got[1].first, 7u);
  EXPECT_EQ(got[1].last, 8u);
  EXPECT_EQ(got[1].cls, C::kLocation);
  const nlp::Sentence empty{.span = {0, 0}, .first = 0, .last = 0};
  EXPECT_TRUE(tagger.Tag(text, tokens, empty, nullptr).empty());
}

TEST(NameTaggerTest, SameDataAndSeedGiveByteIdenticalModels) {
  const std::string a = NameTagger::Train(SmallCorpus(), SmallOptions(), nullptr).Serialize();
  const std::string b = NameTagger::Train(SmallCorpus(), SmallOptions(), nullptr).Serialize();
  EXPECT_EQ(a, b);
  EXPECT_EQ(a.substr(0, 8), "NGTAGGER");
}

class NameTaggerFileTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() /
           ("ng_tagger_test_" + std::to_string(::testing::UnitTest::GetInstance()->random_seed()) +
            "_" + ::testing::UnitTest::GetInstance()->current_test_info()->name());
    std::filesystem::create_directories(dir_);
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }
  std::filesystem::path Write(const std::string& name, const std::string& bytes) {
    const auto path = dir_ / name;
    std::ofstream(path, std::ios::binary) << bytes;
    return path;
  }
  std::filesystem::path dir_;
};

TEST_F(NameTaggerFileTest, SaveLoadRoundTrip) {
  const NameTagger trained = NameTagger::Train(SmallCorpus(), SmallOptions(), nullptr);
  const auto path = dir_ / "names.ngt";
  trained.Save(path);
  const NameTagger loaded = NameTagger::Load(path);
  EXPECT_EQ(loaded.Serialize(), trained.Serialize());
  EXPECT_EQ(loaded.hash_bits(), 16u);
  EXPECT_FALSE(loaded.uses_lexicon());
  const std::vector<std::string> words = Words("President Ilham Aliyev visited Moscow .");
  std::vector<std::string_view> views(words.begin(), words.end());
  EXPECT_EQ(loaded.TagWords(views, nullptr), trained.TagWords(views, nullptr));
}

TEST_F(NameTaggerFileTest, LoadRejectsBadFiles) {
  const std::string good = NameTagger::Train(SmallCorpus(), SmallOptions(), nullptr).Serialize();
  std::string wrong_version = good;
  wrong_version[8] = 9;
  const struct {
    std::string name, bytes, message;
  } cases[] = {
      {"magic.ngt", "NOTAGGER" + good.substr(8),
       "bad tagger model: not a newsgraph tagger model (no NGTAGGER tag)"},
      {"empty.ngt", "", "bad tagger model: not a newsgraph tagger model (no NGTAGGER tag)"},
      {"version.ngt", wrong_version,
       "bad tagger model: unsupported version 9 (this program reads version 1)"},
      {"truncated.ngt", good.substr(0, good.size() / 2),
       "bad tagger model: truncated file (" + std::to_string(good.size() / 2) + " bytes)"},
      {"trailing.ngt", good + "x", "bad tagger model: trailing or missing end marker"},
  };
  for (const auto& c : cases) {
    const auto path = Write(c.name, c.bytes);
    try {
      NameTagger::Load(path);
      ADD_FAILURE() << c.name << " loaded";
    } catch (const Error& e) {
      EXPECT_EQ(e.code(), ErrorCode::kBadResource) << c.name;
      EXPECT_EQ(e.message(), c.message) << c.name;
      EXPECT_EQ(e.file(), path.string()) << c.name;
    }
  }
  try {
    NameTagger::Load(dir_ / "missing.ngt");
    ADD_FAILURE() << "missing file loaded";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::kBadResource);
    EXPECT_EQ(e.message(), "cannot open tagger model");
  }
}

// The committed model (data/models/names.ngt, trained on GMB) on names with diacritics, hyphens,
// particles and titles. GMB's person spans include a title written before the name, and so do
// the tagger's.
TEST(CommittedModelTest, TrickyNames) {
  const NameTagger& tagger = CommittedTagger();
  const struct {
    std::string text;
    std::vector<std::pair<std::string, NameClass>> want;
  } cases[] = {
      {"Andrés Manuel López Obrador visited Khankendi on Monday.",
       {{"Andrés Manuel López Obrador", C::kPerson}, {"Khankendi", C::kLocation}}},
      {"French Prime Minister Jean-Pierre Raffarin met Iraqi Prime Minister Mustafa al-Kadhimi "
       "in Baghdad.",
       {{"French", C::kNationality},
        {"Prime Minister Jean-Pierre Raffarin", C::kPerson},
        {"Iraqi", C::kNationality},
        {"Prime Minister Mustafa al-Kadhimi", C::kPerson},
        {"Baghdad", C::kLocation}}},
      {"Mohammed bin Salman met officials in Riyadh.",
       {{"Mohammed bin Salman", C::kPerson}, {"Riyadh", C::kLocation}}},
      {"Sheikh Hasina won the election in Bangladesh.",
       {{"Sheikh Hasina", C::kPerson}, {"Bangladesh", C::kLocation}}},
      {"Secretary-General Antonio Guterres spoke in Nairobi.",
       {{"Antonio Guterres", C::kPerson}, {"Nairobi", C::kLocation}}},
  };
  for (const auto& c : cases) {
    const std::vector<nlp::Token> tokens = nlp::Tokenize(c.text);
    std::vector<std::pair<std::string, NameClass>> got;
    for (const nlp::Sentence& s : nlp::SplitSentences(c.text, tokens)) {
      for (const NameSpan& n : tagger.Tag(c.text, tokens, s, nullptr)) {
        const uint32_t b = tokens[n.first].span.begin, e = tokens[n.last - 1].span.end;
        got.emplace_back(c.text.substr(b, e - b), n.cls);
      }
    }
    EXPECT_EQ(got, c.want) << c.text;
  }
}

// The tagger sums most of a token's weights per word and remembers the sums per thread and
// model (WordMemo, tagger.cc): a sentence must score the same whichever of its words are
// remembered, after the memo filled up and was emptied, and after another model was used.
TEST(CommittedModelTest, RememberedWordsScoreAsNew) {
  const NameTagger& tagger = CommittedTagger();
  // The same weights loaded again: a model of its own to the memo.
  const NameTagger reloaded =
      NameTagger::Load(std::filesystem::path(NEWSGRAPH_DATA_DIR) / "models" / "names.ngt");
  const Lexicon& lexicon = CommittedLexicon();
  const std::vector<std::vector<std::string>> sentences = {
      Words("President Ilham Aliyev met Nikol Pashinyan in Brussels on Monday ."),
      Words("Pashinyan said Armenia and Azerbaijan would sign the peace treaty ."),
      Words("The European Union said its mission in Armenia would stay until 2025 ."),
      Words("Aliyev , speaking in Baku , thanked Charles Michel of the European Council ."),
      Words("Vinícius Júnior scored twice as Real Madrid beat Barcelona 3-1 in Madrid ."),
      Words("\"We will not accept this,\" said U.N. Secretary-General Antonio Guterres ."),
  };
  auto tag = [&](const NameTagger& t, const std::vector<std::string>& words) {
    const std::vector<std::string_view> views(words.begin(), words.end());
    return t.TagWords(views, &lexicon);
  };
  // Each sentence with a memo emptied by the change of model: every word new.
  std::vector<std::vector<NameSpan>> fresh;
  for (const auto& s : sentences) {
    tag(tagger, sentences[0]);
    fresh.push_back(tag(reloaded, s));
    EXPECT_FALSE(fresh.back().empty()) << s[0];
  }
  // In reverse order, with the words of the sentences after it remembered, then all of them.
  for (size_t i = sentences.size(); i-- > 0;)
    EXPECT_EQ(tag(tagger, sentences[i]), fresh[i]) << sentences[i][0];
  for (size_t i = 0; i < sentences.size(); ++i)
    EXPECT_EQ(tag(tagger, sentences[i]), fresh[i]) << sentences[i][0];
  // Past the memo's 16,384 words: made-up words fill it, it empties, and scores stay.
  for (int i = 0; i < 20000; i += 10) {
    std::vector<std::string> filler;
    for (int k = 0; k < 10; ++k) filler.push_back("Zqx" + std::to_string(i + k));
    tag(tagger, filler);
  }
  for (size_t i = 0; i < sentences.size(); ++i)
    EXPECT_EQ(tag(tagger, sentences[i]), fresh[i]) << sentences[i][0];
  // A small model trained here, between uses of the committed one, reads its own weights.
  const NameTagger small = NameTagger::Train(SmallCorpus(), SmallOptions(), nullptr);
  const std::vector<NameSpan> small_first = tag(small, sentences[0]);
  EXPECT_EQ(tag(tagger, sentences[0]), fresh[0]);
  EXPECT_EQ(tag(small, sentences[0]), small_first);
  EXPECT_NE(small_first, fresh[0]);
}

// The extractor with the committed lexicon and model on `text`.
DocumentResult ExtractWithCommittedModel(const std::string& text, const std::string& date = "") {
  return ExtractDocument(Document{.id = "t", .text = text, .date = date},
                         Resources{CommittedLexicon(), &CommittedTagger()});
}

// The entity ids of the mentions of `text` whose written words start with one of `starts`, in
// text order (TaggedMentions').
std::vector<std::string> EntitiesStartingWith(const std::string& text,
                                              std::initializer_list<std::string_view> starts) {
  std::vector<std::string> ids;
  for (const auto& [w, id] : TaggedMentions(text))
    if (std::any_of(starts.begin(), starts.end(),
                    [&](std::string_view s) { return std::string_view(w).starts_with(s); }))
      ids.push_back(id);
  return ids;
}

// The "subject object" pairs of the relations of `r` with predicate `p`, sorted.
std::vector<std::string> RelationPairs(const DocumentResult& r, Predicate p) {
  std::vector<std::string> pairs;
  for (const Relation& rel : r.fragment.relations)
    if (rel.predicate == p) pairs.push_back(rel.subject.str() + " " + rel.object.str());
  std::sort(pairs.begin(), pairs.end());
  return pairs;
}

// The participants of each event of `r`, by event id.
std::map<std::string, std::set<std::string>> ParticipantsByEvent(const DocumentResult& r) {
  std::map<std::string, std::set<std::string>> by_event;
  for (const std::string& p : RelationPairs(r, Predicate::kParticipant))
    by_event[p.substr(0, p.find(' '))].insert(p.substr(p.find(' ') + 1));
  return by_event;
}

// The entities of the person mentions of `r`, in text order.
std::vector<std::string> PersonEntities(const DocumentResult& r) {
  std::vector<std::string> persons;
  for (const Mention& m : r.mentions)
    if (m.type == EntityType::kPerson) persons.push_back(m.entity);
  return persons;
}

// A name the tagger reads as a person's that is all title is the title, no one's name: "The
// President of the Republic, Mr. Abdelmadjid Tebboune".
TEST(CommittedModelTest, ATitleAloneNamesNoOne) {
  EXPECT_EQ(PersonEntities(ExtractWithCommittedModel(
                "ALGIERS - The President of the Republic, Mr. Abdelmadjid Tebboune, received on "
                "Sunday at El Mouradia Palace the minister.")),
            std::vector<std::string>{"person/abdelmadjid-tebboune"});
}

// "The West", a bloc of countries, is no place the tagger finds; a surname West is a name.
TEST(CommittedModelTest, TheWestIsNoPlace) {
  EXPECT_EQ(EntitiesStartingWith("Putin accused the West of provoking the conflict. Kanye West "
                                 "sang.",
                                 {"West", "Kanye"}),
            std::vector<std::string>{"person/kanye-west"});
}

// A participle that starts no name is no part of the known name the tagger reads after it.
TEST(CommittedModelTest, ASuspectedGroupIsTheGroup) {
  EXPECT_EQ(EntitiesStartingWith("Borno state - Suspected Boko Haram terrorists killed soldiers.",
                                 {"Suspected", "Boko"}),
            std::vector<std::string>{"org/boko-haram"});
}

// An acronym in brackets whose letters are a name's initials in another order is that name's
// (translated from its own language), not a country's code: Puerto Rico's is PRI.
TEST(CommittedModelTest, ATranslatedNamesAcronym) {
  const std::string text =
      "They accuse the Institutional Revolutionary Party (PRI) of Enrique Pena Nieto of "
      "vote-buying.\n\n\"Mexico without the PRI,\" the protesters chanted.";
  EXPECT_EQ(EntitiesWritten(text, "PRI"),
            (std::vector<std::string>{"org/institutional-revolutionary-party",
                                      "org/institutional-revolutionary-party"}));
}

// A name the tagger reads whole as a place over the lexicon's pieces ("Pacific", "Island
// Forum") is a body where a body's head word ends it.
TEST(CommittedModelTest, ABodysHeadWordEndsABody) {
  EXPECT_EQ(EntitiesWritten("Kiribati has withdrawn from the Pacific Island Forum over a "
                            "leadership dispute.",
                            "Pacific Island Forum"),
            (std::vector<std::string>{"org/pacific-island-forum"}));
}

// A people or a faith is no name: "the Rohingya Muslim minority", "the Rohingyas", "Kurds".
TEST(CommittedModelTest, PeoplesAreNoNames) {
  const std::string text =
      "She refused to condemn the army's atrocities against the Rohingya Muslim minority. He is "
      "under sanctions for abuses against the Rohingyas. The Kurds came second in the elections.";
  for (const char* written : {"Rohingya Muslim", "Rohingyas", "Kurds"})
    EXPECT_TRUE(EntitiesWritten(text, written).empty()) << written;
}

// A name of two words written in the other order, of a person also named by his surname alone,
// is his; without the surname alone, two people may be named so.
TEST(CommittedModelTest, NamesInEitherOrder) {
  EXPECT_EQ(EntitiesWritten("Former prime minister Shinzo Abe was shot on Friday. \"My friend Abe "
                            "Shinzo was killed,\" Biden said. Abe was 67.",
                            "Abe Shinzo"),
            (std::vector<std::string>{"person/shinzo-abe"}));
  EXPECT_EQ(EntitiesWritten("Former prime minister Shinzo Abe was shot on Friday. \"My friend Abe "
                            "Shinzo was killed,\" Biden said.",
                            "Abe Shinzo"),
            (std::vector<std::string>{"person/abe-shinzo"}));
}

// A stance toward Europe is no name, whatever the tagger reads.
TEST(CommittedModelTest, AStanceTowardEuropeIsNoName) {
  EXPECT_TRUE(EntitiesWritten("Mr Babis, 68, whose centrist ANO (YES) movement ended up in "
                              "opposition after losing the 2021 general election, is supported "
                              "by Mr Zeman, with whom he shares Eurosceptic views.",
                              "Eurosceptic")
                  .empty());
}

// A name no gazetteer knows, typed a place by its words ("New"), listed with two bodies is a
// body.
TEST(CommittedModelTest, APlaceListedWithBodiesIsABody) {
  EXPECT_EQ(EntitiesWritten("He was backed by the Civic Coalition, the Third Way and the New Left.",
                            "New Left"),
            (std::vector<std::string>{"org/new-left"}));
}

// A doctrine named after its founder names nothing; a title read as a place is the title.
TEST(CommittedModelTest, DoctrinesAndTitlesNameNoPlace) {
  const std::string text =
      "The ruling is a blow to Kirchnerism, the movement she leads. Chavismo is strong. \"As "
      "Secretary of State, I will work every day,\" Rubio said.";
  for (const char* written : {"Kirchnerism", "Chavismo", "Secretary of State"})
    EXPECT_TRUE(EntitiesWritten(text, written).empty()) << written;
}

// "Soviet" is the Soviet Union's people, as "Russian" is Russia's.
TEST(CommittedModelTest, TheSovietUnionsDemonym) {
  EXPECT_EQ(EntitiesWritten("Kyrgyzstan and Tajikistan, which are former Soviet republics, host "
                            "Russian military bases.",
                            "Soviet"),
            std::vector<std::string>{"country/su"});
}

// A channel's number after "Channel" names a television outlet, of the country it is said to
// be of.
TEST(CommittedModelTest, NumberedChannels) {
  const std::string text =
      "Israel's Channel 12 reported that talks stalled. He told Channel 4 News on Monday.";
  EXPECT_EQ(EntitiesWritten(text, "Channel 12"), std::vector<std::string>{"org/channel-12-il"});
  EXPECT_EQ(EntitiesWritten(text, "Channel 4 News"),
            std::vector<std::string>{"org/channel-4-news"});
}

// A party's or a person's name before "Cabinet" is the party or the person, not a body.
TEST(CommittedModelTest, CabinetsOfPartiesAndPeople) {
  const std::string text =
      "Shigeru Ishiba was elected prime minister, and the second Ishiba Cabinet was formed. "
      "Yakov Margi, a Shas Cabinet minister, spoke.";
  EXPECT_EQ(EntitiesWritten(text, "Ishiba"), std::vector<std::string>{"person/shigeru-ishiba"});
  EXPECT_EQ(EntitiesWritten(text, "Shas"), std::vector<std::string>{"org/shas"});
  EXPECT_TRUE(EntitiesWritten(text, "Shas Cabinet").empty());
  EXPECT_TRUE(EntitiesWritten(text, "Ishiba Cabinet").empty());
}

// A name no lexicon knows before a news medium's noun is an outlet's; a capital's radio is not
// (Moscow speaks for Russia).
TEST(CommittedModelTest, OutletsByTheirMediaNoun) {
  const std::string text =
      "Yakov Margi told Israel's Kan public radio that he agreed. Erdogan told Zaman newspaper "
      "nothing. Ruto told Citizen TV. A commentator on Moscow radio disagreed.";
  EXPECT_EQ(EntitiesWritten(text, "Kan"), std::vector<std::string>{"org/kan"});
  EXPECT_EQ(EntitiesWritten(text, "Zaman"), std::vector<std::string>{"org/zaman"});
  EXPECT_EQ(EntitiesWritten(text, "Citizen TV"), std::vector<std::string>{"org/citizen-tv"});
  EXPECT_EQ(EntitiesWritten(text, "Moscow"), std::vector<std::string>{"country/ru"});
}

// A dateline's town no lexicon knows: before its country opening a line, and in capitals alone
// before a dash or a colon; not a label ("BREAKING -", "NEWSPAPER SECTION:").
TEST(CommittedModelTest, DatelineTownsNoLexiconKnows) {
  EXPECT_EQ(EntitiesWritten("Bürgenstock, Switzerland:\n\nWorld leaders on Sunday backed Ukraine.",
                            "Bürgenstock"),
            std::vector<std::string>{"place/burgenstock"});
  EXPECT_EQ(
      EntitiesWritten("BANGALORE - Sri Lanka's Parliament voted for a new president.", "BANGALORE"),
      std::vector<std::string>{"place/bangalore"});
  EXPECT_TRUE(
      EntitiesWritten("BREAKING - Sri Lanka's Parliament voted for a new president.", "BREAKING")
          .empty());
  EXPECT_TRUE(EntitiesWritten("NEWSPAPER SECTION: News\nWRITER: Online Reporters\n\nThe "
                              "minister met them.",
                              "NEWSPAPER SECTION")
                  .empty());
}

// A byline's list of writers may end with their outlet after a comma: the names before it are
// people's, and the outlet is theirs.
TEST(CommittedModelTest, BylineListEndingWithItsOutlet) {
  const DocumentResult r = ExtractWithCommittedModel(
      "By Saskya Vandoorne, Joseph Ataman and Serene Nourrisson, CNN\n\nA Paris court found "
      "Marine Le Pen guilty on Monday.");
  EXPECT_EQ(
      RelationPairs(r, Predicate::kAffiliation),
      (std::vector<std::string>{"person/joseph-ataman org/cnn", "person/saskya-vandoorne org/cnn",
                                "person/serene-nourrisson org/cnn"}));
}

// Words the tagger alone read as an organization are a person's name the document gives a
// person elsewhere, whole or by the surname alone.
TEST(CommittedModelTest, PeopleNamedSoElsewhere) {
  const std::string text =
      "Ten judges found that Aryeh Deri, the head of the Shas party, is disqualified. A minister "
      "said: \"If Aryeh Deri isn't in the government, there isn't a government.\" The court "
      "annulled the election, which the pro-Russian Calin Georgescu won. Georgescu said he "
      "would appeal.";
  EXPECT_EQ(EntitiesWritten(text, "Aryeh Deri"),
            (std::vector<std::string>{"person/aryeh-deri", "person/aryeh-deri"}));
  EXPECT_EQ(EntitiesWritten(text, "Calin Georgescu"),
            std::vector<std::string>{"person/calin-georgescu"});
}

// A surname one letter apart from a full name's is its other spelling; a capitalized glued
// particle opening a sentence is the one the text writes in lower case.
TEST(CommittedModelTest, SurnamesSpelledOtherwise) {
  const std::string text =
      "Al-Halboosi leaves the parliament\n\nIraq's parliament speaker Mohammad al-Halboosi "
      "adjourned the session. The court decided to terminate the membership of al-Halbousi.";
  for (const char* written : {"Al-Halboosi", "al-Halbousi"})
    EXPECT_EQ(EntitiesWritten(text, written),
              std::vector<std::string>{"person/mohammad-al-halboosi"})
        << written;
}

// A faction's words in brackets after a party's name or acronym are part of the name of a party
// of its own; an acronym or a party's other name in brackets stays the party's, and the party
// named alone stays another.
TEST(CommittedModelTest, PartyFactionsInBrackets) {
  const std::string text =
      "Nitish Kumar of the Janata Dal (United) met leaders of the Communist Party of India "
      "(Marxist) and the CPI(M) in Patna. Pushpa Kamal Dahal, chairman of the CPN (Maoist "
      "Centre), spoke. The Bangladesh Nationalist Party (BNP) and the Armenian Revolutionary "
      "Federation (Dashnaktsutyun) party met. The Communist Party of India said. The EZLN "
      "(Zapatist National Liberation Army) marched.";
  EXPECT_EQ(EntitiesWritten(text, "Janata Dal (United)"),
            std::vector<std::string>{"org/janata-dal-united"});
  EXPECT_EQ(EntitiesWritten(text, "Communist Party of India (Marxist)"),
            std::vector<std::string>{"org/communist-party-of-india-marxist"});
  EXPECT_EQ(EntitiesWritten(text, "CPI(M)"), std::vector<std::string>{"org/cpi-m"});
  EXPECT_EQ(EntitiesWritten(text, "CPN (Maoist Centre)"),
            std::vector<std::string>{"org/cpn-maoist-centre"});
  EXPECT_EQ(EntitiesWritten(text, "Communist Party of India"),
            std::vector<std::string>{"org/communist-party-of-india"});
  EXPECT_TRUE(EntitiesWritten(text, "EZLN (Zapatist National Liberation Army)").empty());
  for (const char* inside : {"United", "Marxist", "M", "Maoist Centre"})
    EXPECT_TRUE(EntitiesWritten(text, inside).empty()) << inside;
  EXPECT_EQ(EntitiesWritten(text, "BNP"),
            std::vector<std::string>{"org/bangladesh-nationalist-party"});
  EXPECT_EQ(EntitiesWritten(text, "Dashnaktsutyun"),
            std::vector<std::string>{"org/armenian-revolutionary-federation"});
}

// A world war, a constitution, a plan of action and the "Prime" of a headline's "Prime
// ministers" name no entity.
TEST(CommittedModelTest, WarsDocumentsAndOfficesNameNoOne) {
  const std::string text =
      "Prime ministers flock to Norway\n\nThe minister hailed a proposal to settle an issue "
      "dating back to World War Two. Castillo was in open violation of the Constitution, "
      "Williams noted. They signed a Plan of Action for 2022 to 2027.";
  for (const char* name : {"Prime", "World War Two", "Constitution", "Plan of Action"})
    EXPECT_TRUE(EntitiesWritten(text, name).empty()) << name;
  EXPECT_EQ(EntitiesWritten(text, "Norway"), std::vector<std::string>{"country/no"});
}

// A dateline of the day alone ("April 4 (UPI) --") credits its outlet, which takes no part in
// what the story tells.
TEST(CommittedModelTest, ADatelineOfTheDayAlone) {
  const DocumentResult r = ExtractWithCommittedModel(
      "Venezuela security forces clash with protesters\n\nBy Ana Perez\n\nApril 4 (UPI) -- "
      "Venezuela's security forces on Tuesday clashed with anti-government protesters seeking "
      "to remove justices from the Supreme Tribunal of Justice.");
  const std::vector<std::string> parts = RelationPairs(r, Predicate::kParticipant);
  EXPECT_FALSE(parts.empty());
  for (const std::string& p : parts) EXPECT_EQ(p.find("upi"), std::string::npos) << p;
}

// Two parties named by their members and joined by "and" are two parties; a body's name with
// "and" in it stays whole; one party named so alone is an organization.
TEST(CommittedModelTest, TwoPartiesJoinedByAnd) {
  const std::string text =
      "The Moderates, Sweden Democrats, Christian Democrats and Liberals won 176 seats. The "
      "Centre for Democracy and Human Rights said the vote was fair.";
  EXPECT_TRUE(EntitiesWritten(text, "Christian Democrats and Liberals").empty());
  EXPECT_EQ(EntitiesWritten(text, "Liberals").size(), 1u);
  EXPECT_EQ(EntitiesWritten(text, "Centre for Democracy and Human Rights").size(), 1u);
  // A party named by its members alone is the party, no place.
  for (const std::string& id : EntitiesWritten(text, "Moderates"))
    EXPECT_TRUE(id.starts_with("org/")) << id;
}

// An ideology's adjective between a group's name and its noun is no part of the name.
TEST(CommittedModelTest, AnIdeologyIsNoPartOfTheName) {
  const std::string text =
      "Petro announced a six-month ceasefire between the government and the ELN Marxist "
      "guerrilla group.";
  EXPECT_EQ(EntitiesWritten(text, "ELN"), std::vector<std::string>{"org/eln"});
  EXPECT_TRUE(EntitiesWritten(text, "ELN Marxist").empty());
}

// A weapon's make before its noun names no town, body or person.
TEST(CommittedModelTest, WeaponsNameNoOne) {
  EXPECT_EQ(EntitiesStartingWith("A police officer suffered burns from a Molotov cocktail. Berlin "
                                 "refused to send long-range Taurus missiles to Ukraine. Hamas "
                                 "rockets hit Sderot.",
                                 {"Molotov", "Taurus", "Hamas"}),
            std::vector<std::string>{"org/hamas"});
}

// The people of a body, capitalized, name no body of their own; the body named before them
// still is one.
TEST(CommittedModelTest, PeopleOfABodyNameNoBody) {
  EXPECT_EQ(EntitiesStartingWith("Violent mobs have attacked ICE Officers and Federal Law "
                                 "Enforcement Agents in Paramount. 2,000 National Guardsmen were "
                                 "sent.",
                                 {"ICE", "Federal", "National"}),
            std::vector<std::string>{"org/u-s-immigration-and-customs-enforcement"});
}

// A ship's name is no entity (nor its words a country's or a person's).
TEST(CommittedModelTest, ShipsAreNoEntities) {
  EXPECT_EQ(EntitiesStartingWith("Chinese vessels rammed the BRP Sierra Madre near the shoal.",
                                 {"BRP", "Sierra"}),
            std::vector<std::string>{});
  EXPECT_EQ(EntitiesStartingWith("Yemen's Houthis targeted MV Torm Thor, a US-flagged oil tanker.",
                                 {"MV", "Torm"}),
            std::vector<std::string>{});
  EXPECT_EQ(EntitiesStartingWith("Ms Sandu won the run-off.", {"Sandu", "Ms"}),
            std::vector<std::string>{"person/sandu"});  // (a guard)
}

// A company's name without the head word of its name ("Chuan Yung" after "Chuan Yung
// Technology"), which the tagger reads as a person's or a place's, is the company.
TEST(CommittedModelTest, ACompanysShortNameIsTheCompany) {
  const std::string text =
      "Taiwan's Chuan Yung Technology will merge with a Japanese rival. Lin Chih-wei, who "
      "founded Chuan Yung, will join the board.";
  EXPECT_EQ(EntitiesStartingWith(text, {"Chuan Yung"}),
            (std::vector<std::string>{"org/chuan-yung-technology", "org/chuan-yung-technology"}));
}

// A name ending in a company's legal form is a company ("France's Orano SA" read as a place
// before), and its word before the legal form, alone, is that company ("Kazatomprom", read as a
// person's name before).
TEST(CommittedModelTest, ANameWithALegalFormIsACompany) {
  const std::string text =
      "Kazatomprom JSC agreed with France's Orano SA to spend $820 million. Kazatomprom shares "
      "rose 4.3% in London trading on Tuesday.";
  EXPECT_EQ(EntitiesStartingWith(text, {"Kazatomprom", "Orano"}),
            (std::vector<std::string>{"org/kazatomprom", "org/orano-sa", "org/kazatomprom"}));
}

// A country's acronym defined in parentheses is the country where the tagger reads an
// organization, and where written again; not the acronym of a longer name that ends with the
// country. So are the short forms the lexicon lists.
TEST(CommittedModelTest, CountryAcronymsInParentheses) {
  const std::string drc =
      "Qatar has announced a truce between the government of the Democratic Republic of the "
      "Congo (DRC) and the M23 rebel group. M23 seized Goma, the largest city in eastern DRC.";
  EXPECT_EQ(EntitiesWritten(drc, "DRC"), (std::vector<std::string>{"country/cd", "country/cd"}));
  for (const std::string& id :
       EntitiesWritten("The Law Society of Kenya (LSK) said so. The LSK marched.", "LSK"))
    EXPECT_NE(id, "country/ke");
  // A country's short forms the lexicon lists: "NZ PM Jacinda Ardern", "Aotearoa New Zealand",
  // "Sāmoa".
  const std::string nz =
      "Samoan PM Fiame Naomi Mata'afa to meet NZ PM Jacinda Ardern\n\nShe marks the 60th "
      "anniversary of Sāmoa's independence with visits across Aotearoa New Zealand.";
  EXPECT_EQ(EntitiesWritten(nz, "NZ"), (std::vector<std::string>{"country/nz"}));
  EXPECT_EQ(EntitiesWritten(nz, "Aotearoa New Zealand"), (std::vector<std::string>{"country/nz"}));
  EXPECT_EQ(EntitiesWritten(nz, "Sāmoa"), (std::vector<std::string>{"country/ws"}));
}

// "His Majesty", "His Excellency": forms of address, no names (the tagger read "Majesty" as a
// person, who then took part in the meeting).
TEST(CommittedModelTest, FormsOfAddressAreNoNames) {
  const std::string amman =
      "AMMAN — His Majesty King Abdullah on Tuesday urged Egyptian President Abdel Fattah El "
      "Sisi to reopen the crossing.\n\nJordan and Egypt have long cooperated.";
  EXPECT_EQ(EntitiesWritten(amman, "Majesty"), std::vector<std::string>{});
}

// "ORGANIZATION, led by X" past words before the name, a clause's "which is", the
// organization's kind and a name in brackets; "commanded by" too. "X, who heads ORGANIZATION",
// past an apposition; not a meeting he chaired at a place.
TEST(CommittedModelTest, OrganizationsLedBy) {
  const DocumentResult r = ExtractWithCommittedModel(
      "The main opposition CPN (Maoist Centre), led by former prime minister Pushpa Kamal Dahal, "
      "voted no. The CGT union, led by Sophie Binet, called a strike. He blamed the Viv Ansanm "
      "gang coalition, which is led by Jimmy Cherizier. The RSF, commanded by Mohamed Hamdan "
      "Dagalo, took the city. Nabih Berri, a close Hezbollah ally who heads the Amal Movement, "
      "spoke. Mohamad Hasan, who chaired the special meeting at the Kuala Lumpur Convention "
      "Centre, agreed.");
  EXPECT_EQ(RelationPairs(r, Predicate::kLeaderOf),
            (std::vector<std::string>{"person/jimmy-cherizier org/viv-ansanm",
                                      "person/mohamed-hamdan-dagalo org/rapid-support-forces",
                                      "person/nabih-berri org/amal-movement",
                                      "person/pushpa-kamal-dahal org/cpn-maoist-centre",
                                      "person/sophie-binet org/cgt"}));
}

// "The attack", "the blast" told after an attack is that attack, whoever else the sentence
// names.
TEST(CommittedModelTest, TheAttackToldBeforeIsTheSame) {
  const DocumentResult r = ExtractWithCommittedModel(
      "MIRAMSHAH: Seven soldiers were martyred on Tuesday when a suicide bomber rammed a vehicle "
      "into a military convoy, officials said.\n\nAccording to a statement issued by the "
      "Inter-Services Public Relations (ISPR), the attack took place near the Khajuri "
      "checkpost.\n\nA local official told Dawn that the blast also damaged a dozen shops.");
  EXPECT_EQ(std::count_if(r.fragment.entities.begin(), r.fragment.entities.end(),
                          [](const Entity& e) {
                            return e.type == EntityType::kEvent &&
                                   e.event_kind == EventKind::kAttack;
                          }),
            1);
}

// A possessive pronoun at a sentence's start opens no name the tagger reads; a form of address
// keeps its own.
TEST(CommittedModelTest, APossessiveOpensNoName) {
  const std::string text =
      "His Progressive Union for Renewal backed the bill. His Royal Highness Prince William came.";
  EXPECT_EQ(EntitiesStartingWith(text, {"His", "Progressive"}),
            std::vector<std::string>{"org/progressive-union-for-renewal"});
  EXPECT_EQ(EntitiesStartingWith(text, {"Royal", "Highness"}), std::vector<std::string>{});
}

// A typographic apostrophe reads as the ASCII one: "Kenya’s" is Kenya, not a place "Kenya's".
TEST(CommittedModelTest, ATypographicPossessiveIsNoPartOfAName) {
  const std::string text =
      "The deal is a major boost to Kenya\u2019s universal healthcare programme. Gas supply to "
      "Kazakhstan\u2019s regions bordering Russia rose.";
  EXPECT_EQ(EntitiesStartingWith(text, {"Kenya", "Kazakhstan"}),
            (std::vector<std::string>{"country/ke", "country/kz"}));
}

// A nickname in quotes between a given name and a surname is part of the person's mention, not
// a person of its own; the name leaves it out, and the surname alone is the same person.
TEST(CommittedModelTest, ANicknameInQuotesIsPartOfAPersonsMention) {
  const std::string text =
      "His rival, former right-wing President Jorge \u201CTuto\u201D Quiroga, conceded. Paz won "
      "54% of the votes, versus Quiroga\u2019s 45%. President Ferdinand \"Bongbong\" Marcos Jr. "
      "met Prime Minister Fumio Kishida.";
  EXPECT_EQ(TaggedMentions(text).front(),
            (std::pair<std::string, std::string>{"President Jorge \u201CTuto\u201D Quiroga",
                                                 "person/jorge-quiroga"}));
  EXPECT_EQ(EntitiesStartingWith(text, {"President", "Jorge", "Tuto", "Quiroga", "Bongbong"}),
            (std::vector<std::string>{"person/jorge-quiroga", "person/jorge-quiroga",
                                      "person/ferdinand-marcos-jr"}));
  // A former president, even a right-wing one, holds no title.
  EXPECT_EQ(RelationPairs(ExtractWithCommittedModel(text), Predicate::kJobTitle),
            (std::vector<std::string>{"person/ferdinand-marcos-jr President",
                                      "person/fumio-kishida Prime Minister"}));
}

// A town's or a region's name with a small word inside is one name ("Foz do Iguaçu", "Mato
// Grosso do Sul"); a word that describes a person opens no name ("Centrist Rodrigo Paz").
TEST(CommittedModelTest, SmallWordsInsidePlaceNamesAndWordsBeforeAPerson) {
  const std::string text =
      "The summit ended in Foz do Igua\u00E7u on Saturday, near Mato Grosso do Sul. Centrist "
      "Rodrigo Paz and Veteran lawmaker Ana Lopez attended.";
  EXPECT_EQ(EntitiesStartingWith(
                text, {"Foz", "Igua", "Mato", "Sul", "Centrist", "Rodrigo", "Veteran", "Ana"}),
            (std::vector<std::string>{"place/foz-do-iguacu-br", "place/mato-grosso-do-sul",
                                      "person/rodrigo-paz", "person/ana-lopez"}));
}

// One word the tagger reads as a person's, last in a list of places, is a place; a given name
// there is not. An office whose portfolio runs on past the known words names no person "of
// Agriculture", and a compound of portfolio words is one ("Agri-Food").
TEST(CommittedModelTest, ListedPlacesAndPortfolios) {
  const std::string text =
      "Protesters in Kericho, Kisumu, Migori, Bungoma and Kakamega took to the streets. The pact "
      "was signed by Minister of Agriculture and Agri-Food Heath MacDonald. The Minister of "
      "Agriculture and his deputy came.";
  EXPECT_EQ(EntitiesStartingWith(text, {"Kakamega", "Heath", "Minister", "of"}),
            (std::vector<std::string>{"place/kakamega", "person/heath-macdonald"}));
  EXPECT_EQ(
      RelationPairs(ExtractWithCommittedModel(text), Predicate::kJobTitle),
      (std::vector<std::string>{"person/heath-macdonald Minister of Agriculture and Agri-Food"}));
}

// An organization the tagger runs on over a comma is two names; a person's after the comma.
TEST(CommittedModelTest, AnOrganizationEndsAtAComma) {
  // (The platform X is no entity, as most writers list it: nor in "Macron noted in X.")
  const std::string text =
      "Union Minister of State in the Ministry of Information and Broadcasting, L Murugan, was "
      "present. In a post on X, Ministry of External Affairs (MEA) spokesperson Randhir Jaiswal "
      "said so. Macron noted in X.\nThen he left.";
  EXPECT_EQ(EntitiesStartingWith(text, {"Ministry", "L ", "X"}),
            (std::vector<std::string>{"org/ministry-of-information-and-broadcasting",
                                      "person/l-murugan", "org/ministry-of-external-affairs"}));
  // A list inside the name keeps it whole.
  EXPECT_EQ(
      EntitiesStartingWith("Gerald McEntee, president of the American Federation of "
                           "State, County and Municipal Employees, said so.",
                           {"American"}),
      std::vector<std::string>{"org/american-federation-of-state-county-and-municipal-employees"});
}

// Two places the gazetteers know joined by "and", which the tagger reads as one organization,
// are two places; a country named so stays one.
TEST(CommittedModelTest, TwoPlacesJoinedByAnd) {
  const std::string text =
      "The border is a corridor for cocaine shipments to the ports of Esmeraldas and Guayaquil. "
      "Trinidad and Tobago agreed.";
  EXPECT_EQ(EntitiesStartingWith(text, {"Esmeraldas", "Guayaquil", "Trinidad"}),
            (std::vector<std::string>{"place/esmeraldas", "place/guayaquil-ec", "country/tt"}));
}

// "Los Lobos", "La Libertad Avanza": a name opening with a Spanish article, which the tagger
// reads as a person's, is no person; "Ignazio La Russa" is. "Ardent Capital" is a company by
// its head word.
TEST(CommittedModelTest, ArticleNamesAndCapitalFirms) {
  const std::string text =
      "Los Lobos and La Libertad Avanza denied it. Senate President Ignazio La Russa spoke, and "
      "La Russa said Ardent Capital would invest.";
  EXPECT_EQ(EntitiesStartingWith(text, {"Los", "La ", "Ignazio", "Ardent"}),
            (std::vector<std::string>{"org/los-lobos", "org/la-libertad-avanza",
                                      "person/ignazio-la-russa", "org/ardent-capital"}));
}

// After a title and "of", an organization's name followed by a name of plain words is the
// organization and then the title's holder, where the tagger read one organization.
TEST(CommittedModelTest, AnOrganizationAfterATitleAndThenItsHolder) {
  const std::string text =
      "Wong will meet State President Luong Cuong and Chairman of the National Assembly Tran "
      "Thanh Man in Hanoi. The Chairman of the National Assembly Legal Committee also spoke.";
  EXPECT_EQ(EntitiesStartingWith(text, {"National Assembly", "Tran Thanh Man"}),
            (std::vector<std::string>{"org/national-assembly", "person/tran-thanh-man",
                                      "org/national-assembly-legal-committee"}));
}

// So are a known organization there and the name of plain words after it, which the tagger
// read as one organization; not a known body and the word that goes on its name ("African
// Union Commission").
TEST(CommittedModelTest, AKnownOrganizationAfterATitleAndThenItsHolder) {
  const DocumentResult r = ExtractWithCommittedModel(
      "Talks were held with General Secretary of the Communist Party of China Xi Jinping. The "
      "chairperson of the African Union Commission, Mahmoud Ali Youssouf, also spoke.");
  EXPECT_EQ(RelationPairs(r, Predicate::kLeaderOf),
            (std::vector<std::string>{"person/mahmoud-ali-youssouf org/african-union-commission",
                                      "person/xi-jinping org/chinese-communist-party"}));
}

// So are a country there and the plain name after it; not a name that goes on after the
// plain word ("the Taiwan People's Party") nor a short form in capitals ("Nigeria LNG"). A
// title's plural before names is no part of them.
TEST(CommittedModelTest, ACountryAfterATitleAndThenItsHolder) {
  const std::string text =
      "The visit was received by President of Ukraine Zelenskyy and President of the Republic "
      "of Finland Stubb. Ko Wen-je, chairman of the Taiwan People's Party, spoke. Presidents "
      "Stubb and Zelenskyy met students. Attah, a former managing director of Nigeria LNG, spoke.";
  EXPECT_EQ(
      EntitiesStartingWith(text,
                           {"Zelenskyy", "Stubb", "Taiwan People", "Nigeria LNG", "Presidents"}),
      (std::vector<std::string>{"person/zelenskyy", "person/stubb", "org/taiwan-peoples-party",
                                "person/stubb", "person/zelenskyy", "org/nigeria-lng"}));
}

// So are the country an envoy is sent to and his name, and a country after an organization
// after a title ("Chairman of the Presidential Office of Việt Nam Lê Khánh Hải").
TEST(CommittedModelTest, AnEnvoysCountryAndThenTheEnvoy) {
  const std::string text =
      "He was welcomed by Chairman of the Presidential Office of Việt Nam Lê Khánh Hải and "
      "Indonesian Ambassador to Việt Nam Denny Abdi.";
  EXPECT_EQ(EntitiesStartingWith(text, {"Presidential", "Lê", "Việt", "Denny"}),
            (std::vector<std::string>{"org/presidential-office-of-viet-nam", "person/le-khanh-hai",
                                      "country/vn", "person/denny-abdi"}));
  // (A place that qualifies the name after it owns no title: the chairman before it leads
  // his office, not Hanoi.)
  const DocumentResult r = ExtractWithCommittedModel(
      "They were welcomed at the airport in Hà Nội by Chairman of the Presidential Office of "
      "Việt Nam Lê Khánh Hải, Chairman of the Hà Nội municipal People's Committee Trần Sỹ "
      "Thanh, and others.");
  const std::vector<std::string> led = RelationPairs(r, Predicate::kLeaderOf);
  EXPECT_TRUE(std::find(led.begin(), led.end(),
                        "person/le-khanh-hai org/presidential-office-of-viet-nam") != led.end());
  EXPECT_TRUE(std::find(led.begin(), led.end(), "person/le-khanh-hai place/ha-noi-vn") ==
              led.end());
}

// A known ministry opening a sentence is that one, without the article ("The Democrats", one
// word, keeps it).
TEST(CommittedModelTest, AKnownMinistryOpeningASentence) {
  EXPECT_EQ(EntitiesStartingWith("The Ministry of Defence would help.", {"Ministry", "The"}),
            std::vector<std::string>{"org/ministry-of-defence"});
}

// "In his meeting with X, Y said": the one whose meeting it is is the subject after the comma.
TEST(CommittedModelTest, HisMeetingIsTheSubjects) {
  const DocumentResult r = ExtractWithCommittedModel(
      "Prime Minister Anwar Ibrahim met envoys. In his meeting with Chinese foreign minister Wang "
      "Yi, Anwar said they discussed trade.");
  std::map<std::string, std::vector<std::string>> participants;  // event -> persons
  for (const std::string& pair : RelationPairs(r, Predicate::kParticipant))
    participants[pair.substr(0, pair.find(' '))].push_back(pair.substr(pair.find(' ') + 1));
  EXPECT_TRUE(std::any_of(participants.begin(), participants.end(), [](const auto& e) {
    return e.second == std::vector<std::string>{"person/anwar-ibrahim", "person/wang-yi"};
  }));
}

// A known place's name opening a person's name after a title and a comma is part of it:
// "His foreign minister, Ararat Mirzoyan," (not Mount Ararat).
TEST(CommittedModelTest, AKnownNameOpensAPersonsNameAfterATitlesComma) {
  EXPECT_EQ(EntitiesStartingWith("Pashinyan spoke. His foreign minister, Ararat Mirzoyan, said "
                                 "Yerevan would not accept it.",
                                 {"Ararat"}),
            std::vector<std::string>{"person/ararat-mirzoyan"});
}

// A one-word short form of a known body's name before a word no lexicon knows opens a name
// the tagger reads as a person's: "lawyer Duma Boko" (not the State Duma).
TEST(CommittedModelTest, AKnownShortFormOpensAPersonsName) {
  EXPECT_EQ(EntitiesStartingWith("The president-elect is 54-year-old lawyer Duma Boko, leader of "
                                 "the Umbrella for Democratic Change.",
                                 {"Duma"}),
            std::vector<std::string>{"person/duma-boko"});
}

// "the First Lady" is a title, no organization.
TEST(CommittedModelTest, TheFirstLadyIsATitle) {
  EXPECT_EQ(
      EntitiesStartingWith("President Zelenskyy and the First Lady will pay a visit.", {"First"}),
      std::vector<std::string>{});
}

// A people named alone is no name: "The unity of Sinhalese, Tamils, Muslims".
TEST(CommittedModelTest, PeoplesNamedAlone) {
  EXPECT_EQ(EntitiesStartingWith(
                "The unity of Sinhalese, Tamils, Muslims, and all Sri Lankans is the bedrock.",
                {"Sinhalese", "Tamils", "Muslims"}),
            std::vector<std::string>{});
}

// An organization belongs to the country its name gives, at its start or after "of" or "in";
// not a body of many nations, nor one of two countries.
TEST(CommittedModelTest, AnOrganizationOfTheCountryItsNameGives) {
  const DocumentResult r = ExtractWithCommittedModel(
      "Ghana's mining law worries the Bank of Ghana and the Ghana Chamber of Mines. Jordan "
      "thanked the Islamic Development Bank of Jordan, and Bahrain and Kuwait thanked the Bank of "
      "Bahrain and Kuwait.");
  EXPECT_EQ(RelationPairs(r, Predicate::kAffiliation),
            (std::vector<std::string>{"org/bank-of-ghana country/gh",
                                      "org/ghana-chamber-of-mines country/gh"}));
}

// A plural title's holder followed by "of" and a country leads it; the next person does not.
TEST(CommittedModelTest, APluralTitlesHolderOfACountry) {
  const DocumentResult r = ExtractWithCommittedModel(
      "Presidents Vladimir Putin of Russia and Kassym-Jomart Tokayev signed a declaration.");
  EXPECT_EQ(RelationPairs(r, Predicate::kLeaderOf),
            (std::vector<std::string>{"person/vladimir-putin country/ru"}));
}

// A page's byline "Reuters Staff" is the outlet; "1 Min Read", its reading time, names no one;
// "[Getty]" credits the photo agency.
TEST(CommittedModelTest, AnOutletsStaffAndAReadingTime) {
  const std::string text =
      "Mexico president speaks with Canada's Trudeau\n\nReuters Staff\n\n1 Min Read\n\nMEXICO "
      "CITY (Reuters) - Mexican President Enrique Pena Nieto spoke with Justin Trudeau.";
  EXPECT_EQ(EntitiesStartingWith(text, {"Reuters", "Min"}),
            (std::vector<std::string>{"org/reuters", "org/reuters"}));
  // A photo agency credited in brackets.
  EXPECT_EQ(EntitiesStartingWith("Soldiers gather near the site of the bombardment in the "
                                 "village of Zahrani on May 17. [Getty]",
                                 {"Getty"}),
            (std::vector<std::string>{"org/getty-images"}));
}

// "The" before a known place of one word is no part of its name, also after an opening quote.
TEST(CommittedModelTest, TheBeforeAKnownPlaceOfOneWord) {
  EXPECT_EQ(EntitiesStartingWith("\u201cThe Kremlin believes that this is the latest aggravation "
                                 "of the situation,\u201d Kremlin spokesman Dmitry Peskov said.",
                                 {"The Kremlin", "Kremlin"}),
            (std::vector<std::string>{"org/kremlin", "org/kremlin"}));
}

// Each holder's country in brackets after him: a head leads it, a minister is of it.
TEST(CommittedModelTest, APluralTitlesHoldersWithTheirCountriesInBrackets) {
  const DocumentResult r = ExtractWithCommittedModel(
      "Presidents Ivan Duque (Colombia) and Mario Abdo Benitez (Paraguay) attended, as did "
      "Foreign Ministers Andres Allamand (Chile) and Jorge Arreaza (Venezuela).");
  EXPECT_EQ(RelationPairs(r, Predicate::kLeaderOf),
            (std::vector<std::string>{"person/ivan-duque country/co",
                                      "person/mario-abdo-benitez country/py"}));
  EXPECT_EQ(RelationPairs(r, Predicate::kNationality),
            (std::vector<std::string>{"person/andres-allamand country/cl",
                                      "person/jorge-arreaza country/ve"}));
}

// A plural title before a list of people gives each of them the title; a former one gives none.
TEST(CommittedModelTest, APluralTitleBeforeAListTitlesEachPerson) {
  const DocumentResult r = ExtractWithCommittedModel(
      "Presidents Xi Jinping and Vladimir Putin met in Moscow. Foreign ministers Wang Yi, Penny "
      "Wong and Sergei Lavrov spoke after former prime ministers Boris Johnson and Liz Truss.");
  EXPECT_EQ(RelationPairs(r, Predicate::kJobTitle),
            (std::vector<std::string>{
                "person/penny-wong Foreign Minister", "person/sergei-lavrov Foreign Minister",
                "person/vladimir-putin President", "person/wang-yi Foreign Minister",
                "person/xi-jinping President"}));
}

// A name the tagger reads as a person's or a place's that ends in a company's head word is a
// company's; one ending in a castle is a place.
TEST(CommittedModelTest, ANameEndingInACompanysHeadWordIsACompany) {
  const std::string text =
      "The reforms triggered a dispute with Barrick Gold, and Syrah Resources paused its mine. "
      "Consultations begin at Riga Castle on Thursday.";
  EXPECT_EQ(
      EntitiesStartingWith(text, {"Barrick Gold", "Syrah Resources", "Riga Castle"}),
      (std::vector<std::string>{"org/barrick-gold", "org/syrah-resources", "place/riga-castle"}));
}

// An acronym the text defines in parentheses is its organization's where written again, not
// the country whose code it is (Cape Verde's "CPV").
TEST(CommittedModelTest, AnAcronymDefinedIsItsOrganizationsAgain) {
  const std::string text =
      "On Thursday, Lam, General Secretary of the Communist Party of Vietnam (CPV), received "
      "Wong at the CPV headquarters.";
  EXPECT_EQ(EntitiesStartingWith(text, {"CPV"}),
            (std::vector<std::string>{"org/communist-party-of-vietnam",
                                      "org/communist-party-of-vietnam"}));
}

// A city of several words listed with places is the city where the tagger reads a person.
TEST(CommittedModelTest, ACityListedWithPlacesIsACity) {
  EXPECT_EQ(PersonEntities(ExtractWithCommittedModel(
                "Students who had walked for three days from Belgrade, Kragujevac and Novi Pazar "
                "were greeted by residents.")),
            std::vector<std::string>{});
}

// The extractor with the committed model: a person's written mention spans what the tagger
// counts as the name (GMB's convention, a title included) while the entity keeps the bare name,
// and a confident tagger name joins pieces the lexicons split.
TEST(CommittedModelTest, ExtractorFollowsTaggerSpans) {
  const Lexicon& lexicon = CommittedLexicon();
  const NameTagger& tagger = CommittedTagger();
  const Document doc{.id = "t",
                     .text =
                         "Iran's new President Mahmoud Ahmadinejad said Tuesday that the "
                         "Al Aqsa Martyrs Brigades must disarm."};
  const DocumentResult r = ExtractDocument(doc, Resources{lexicon, &tagger});
  std::vector<std::pair<std::string, std::string>> got;  // written text, entity id
  for (const Mention& m : r.mentions)
    if (m.type == EntityType::kPerson || m.type == EntityType::kOrganization)
      got.emplace_back(std::string(m.span.Of(doc.text)), m.entity);
  const std::vector<std::pair<std::string, std::string>> want = {
      {"President Mahmoud Ahmadinejad", "person/mahmoud-ahmadinejad"},
      {"Al Aqsa Martyrs Brigades", "org/al-aqsa-martyrs-brigades"}};
  EXPECT_EQ(got, want);
  for (const Entity& e : r.fragment.entities) {
    if (e.id == "person/mahmoud-ahmadinejad") {
      EXPECT_EQ(e.name, "Mahmoud Ahmadinejad");
    }
  }

  // "Obama" is also a town in the gazetteer; the tagger reads a person who said something.
  const Document said{.id = "u", .text = "Obama said on Monday that the talks would continue."};
  const DocumentResult s = ExtractDocument(said, Resources{lexicon, &tagger});
  ASSERT_FALSE(s.mentions.empty());
  EXPECT_EQ(s.mentions[0].type, EntityType::kPerson);
  EXPECT_EQ(s.mentions[0].entity, "person/obama");
  // Without the tagger the gazetteer decides.
  EXPECT_EQ(ExtractDocument(said, Resources{lexicon}).mentions.at(0).type, EntityType::kPlace);
}

// The tagger's confident organization and place names replace how the rules cut the same
// words, and name what the rules do not see; a lone head word ("Police") is a name only where
// the tagger reads one.
TEST(CommittedModelTest, ExtractorAdoptsTaggedOrganizations) {
  const Lexicon& lexicon = CommittedLexicon();
  const NameTagger& tagger = CommittedTagger();
  auto organizations = [&](const std::string& text, const NameTagger* t) {
    const Document doc{.id = "t", .text = text};
    const DocumentResult r = ExtractDocument(doc, Resources{lexicon, t});
    std::vector<std::pair<std::string, std::string>> got;  // written text, entity id
    for (const Mention& m : r.mentions)
      if (m.type == EntityType::kOrganization)
        got.emplace_back(std::string(m.span.Of(doc.text)), m.entity);
    return got;
  };
  using Got = std::vector<std::pair<std::string, std::string>>;
  const std::string cdc =
      "Officials at the Centers for Disease Control in Atlanta said Friday the outbreak was over.";
  EXPECT_EQ(organizations(cdc, &tagger),
            (Got{{"Centers for Disease Control", "org/centers-for-disease-control"}}));
  // The rules alone stop at the lower-case "for" and find no organization there.
  EXPECT_EQ(organizations(cdc, nullptr), Got{});

  EXPECT_EQ(organizations("Police said the protesters had dispersed by evening.", &tagger), Got{});

  // "Labor" alone is the Australian Labor Party in the lexicon; "Labor Party" in Britain is not.
  const Got labor =
      organizations("The conference of Britain's ruling Labor Party opened in Brighton.", &tagger);
  ASSERT_EQ(labor.size(), 1u);
  EXPECT_EQ(labor[0].first, "Labor Party");
  EXPECT_NE(labor[0].second, "org/australian-labor-party");
}

// Names the rules used to cut or type wrongly, each read with the tagger: a given name before a
// known organization ("Henry Ford"), a town's region abbreviation ("Mo."), a place named for a
// person ("Morgan City", "Camp Butner"), a U.S. state that a small foreign town shares
// ("Montana"), a sentence-opening word that only a gazetteer town shares ("Hurricane"), and a
// section label ("(Text)").
TEST(CommittedModelTest, NamesAroundPeopleAndUsPlaces) {
  const Lexicon& lexicon = CommittedLexicon();
  const NameTagger& tagger = CommittedTagger();
  auto mentions = [&](const std::string& text) {
    const Document doc{.id = "t", .text = text};
    const DocumentResult r = ExtractDocument(doc, Resources{lexicon, &tagger});
    std::vector<std::string> got;  // "Type written-text entity"
    for (const Mention& m : r.mentions)
      if (m.type != EntityType::kDate)
        got.push_back(std::string(EntityTypeName(m.type)) + " " + std::string(m.span.Of(doc.text)) +
                      " " + m.entity);
    return got;
  };
  using Got = std::vector<std::string>;
  EXPECT_EQ(mentions("In 1863, American automaker Henry Ford was born in Dearborn Township, Mich."),
            (Got{"Country American country/us", "Person Henry Ford person/henry-ford",
                 "Place Dearborn Township place/dearborn-township", "Place Mich place/michigan"}));
  // (geonames' "Saint Joseph", Missouri: "St." and "Saint" are one word in a city's name.)
  EXPECT_EQ(mentions("Jesse James was shot to death in St. Joseph, Mo., by Robert Ford."),
            (Got{"Person Jesse James person/jesse-james", "Place St. Joseph place/saint-joseph-us",
                 "Place Mo place/missouri", "Person Robert Ford person/robert-ford"}));
  EXPECT_EQ(mentions("Hurricane warnings were posted from Freeport to Morgan City."),
            (Got{"Place Freeport place/freeport-us", "Place Morgan City place/morgan-city"}));
  EXPECT_EQ(mentions("The prisoners were moved to Camp Butner on Friday."),
            (Got{"Place Camp Butner place/camp-butner"}));
  const Got montana = mentions("The train derailed in northwest Montana on Monday.");
  ASSERT_EQ(montana.size(), 1u);
  EXPECT_EQ(montana[0], "Place Montana place/montana");
  // A title word opening an organization's name is no title, and a possessive parts two names.
  EXPECT_EQ(mentions("Tottenham played against Major League Soccer's Los Angeles Galaxy."),
            (Got{"Place Tottenham place/tottenham-gb",
                 "Organization Major League Soccer org/major-league-soccer",
                 "Organization Los Angeles Galaxy org/los-angeles-galaxy"}));
  // Of a tagger span joined by a possessive, the part after it is one name.
  const Got au = mentions("The African Union's Peace and Security Council also met.");
  ASSERT_EQ(au.size(), 3u);
  EXPECT_EQ(au[1], "Organization Peace and Security Council org/peace-and-security-council");
  // A place's head word makes a place of what the tagger reads as an organization, and an
  // article opening a tagged name is no part of it.
  const Got dam = mentions("Abiy Ahmed inaugurated the Grand Ethiopian Renaissance Dam.");
  EXPECT_NE(
      std::find(dam.begin(), dam.end(),
                "Place Grand Ethiopian Renaissance Dam place/grand-ethiopian-renaissance-dam"),
      dam.end());
  const Got ministry = mentions("The Interior Ministry said 107 people had been detained.");
  EXPECT_NE(std::find(ministry.begin(), ministry.end(),
                      "Organization Interior Ministry org/interior-ministry"),
            ministry.end());
  // A sentence-opening word the tagger leaves out of a name is no part of it.
  const Got golfers = mentions("Golfers Ernie Els and Retief Goosen also spoke.");
  EXPECT_NE(std::find(golfers.begin(), golfers.end(), "Person Ernie Els person/ernie-els"),
            golfers.end());
  // Two towns the tagger spans as one organization stay two: the two sides of the talks, each
  // capital standing for its country.
  const Got capitals = mentions("Erdogan offered to host peace talks between Kyiv and Moscow.");
  EXPECT_NE(std::find(capitals.begin(), capitals.end(), "Country Kyiv country/ua"), capitals.end());
  EXPECT_NE(std::find(capitals.begin(), capitals.end(), "Country Moscow country/ru"),
            capitals.end());
  // A person's two-word surname the tagger types otherwise is that person.
  const Got amlo = mentions(
      "Mexico's Lopez Obrador hands power to Sheinbaum.\n\nClaudia Sheinbaum succeeded "
      "Andres Manuel Lopez Obrador.");
  EXPECT_EQ(std::count(amlo.begin(), amlo.end(),
                       "Person Lopez Obrador person/andres-manuel-lopez-obrador"),
            1);
  // An acronym defined in brackets names its organization when written again, whatever the
  // tagger makes of it there.
  const Got nnpc = mentions(
      "It sells to the Nigerian National Petroleum Company Limited (NNPC). NNPC chief executive "
      "Mele Kyari agreed.");
  EXPECT_EQ(std::count_if(nnpc.begin(), nnpc.end(),
                          [](const std::string& m) { return m.starts_with("Organization NNPC "); }),
            2);
  EXPECT_EQ(std::count(nnpc.begin(), nnpc.end(), "Organization NNPC org/nnpc"), 0);
  // A name the tagger reads as a person's, after "in" a thing, is where the thing is.
  const Got gaza = mentions("An Israeli strike on a school in Khan Younis killed 30 people.");
  EXPECT_NE(std::find(gaza.begin(), gaza.end(), "Place Khan Younis place/khan-younis"), gaza.end());
  // Two names the lexicons know stay two, whatever span the tagger reads.
  const Got oil = mentions("Sanctions on Rosneft and Lukoil would stay in place.");
  EXPECT_EQ(oil, (Got{"Organization Rosneft org/rosneft", "Organization Lukoil org/lukoil"}));
  // Unless the possessive is part of the name.
  EXPECT_EQ(mentions("Fighters of the Sudan People's Liberation Army clashed with troops."),
            (Got{"Organization Sudan People's Liberation Army "
                 "org/sudan-peoples-liberation-army"}));
  // A word that starts no name, before one word that names a known body, describes it.
  const Got ennahda = mentions(
      "The front combines Tunisia's biggest party, the Islamist Ennahda, "
      "and the Christian Democratic Party.");
  EXPECT_NE(std::find(ennahda.begin(), ennahda.end(), "Organization Ennahda org/ennahda"),
            ennahda.end());
  // A two-word title's plural is no name's part, and the names it lists are people's.
  EXPECT_EQ(
      mentions("It was attended by former Vice Presidents Ma'ruf Amin, Boediono, Jusuf "
               "Kalla, and Try Sutrisno."),
      (Got{"Person Ma'ruf Amin person/maruf-amin", "Person Boediono person/boediono",
           "Person Jusuf Kalla person/jusuf-kalla", "Person Try Sutrisno person/try-sutrisno"}));
  // A possessive inside a place's name the gazetteers know is part of it.
  EXPECT_EQ(mentions("Refugees in Cox's Bazar met officials from Hawke's Bay."),
            (Got{"Place Cox's Bazar place/coxs-bazar-bd", "Place Hawke's Bay place/hawkes-bay"}));
  // A place's initials in brackets are the place, here and later, whatever the tagger reads;
  // also after a sentence's capitalized first word.
  EXPECT_EQ(mentions("In Khyber Pakhtunkhwa (KP), police said KP was calm."),
            (Got{"Place Khyber Pakhtunkhwa place/khyber-pakhtunkhwa",
                 "Place KP place/khyber-pakhtunkhwa", "Place KP place/khyber-pakhtunkhwa"}));
  // A festival's name is none of a place's, where the tagger reads one.
  EXPECT_EQ(EntitiesStartingWith("Police set up a checkpoint before the festival of Eid-ul-Fitr.",
                                 {"Eid"}),
            std::vector<std::string>{});
  // A compass word before a country's name tells a part of the country, which the country
  // stands for.
  const auto eastern =
      TaggedMentions("Fighting in the Eastern Democratic Republic of Congo went on.");
  EXPECT_NE(
      std::find(eastern.begin(), eastern.end(),
                std::pair<std::string, std::string>{"Democratic Republic of Congo", "country/cd"}),
      eastern.end());
  // A roadmap, a process, an initiative or a revolution is no organization and no place.
  for (const auto& [written, id] : TaggedMentions(
           "Kenya backs the Luanda Roadmap and the Nairobi Process. China's Belt and Road "
           "Initiative grew. Slovaks marked the Velvet Revolution."))
    for (std::string_view plan :
         {"Luanda Roadmap", "Nairobi Process", "Belt and Road Initiative", "Velvet Revolution"})
      EXPECT_NE(written, plan);
  // Nor are principles, a strategy, a bill, a programme, a concept or a charter.
  EXPECT_EQ(EntitiesStartingWith("Leaders termed them the Camp David Principles. The America "
                                 "First Global Health Strategy and the Treaty Principles Bill "
                                 "passed. The Tax Solidarity Programme began.",
                                 {"Principles", "America First", "Treaty", "Tax"}),
            std::vector<std::string>{});
  // A policy's slogan, a wire's end marker and a stock index name nothing.
  EXPECT_EQ(EntitiesStartingWith("Solih championed an \u201cIndia First\u201d policy. India's "
                                 "'Neighbourhood First' policy helps.",
                                 {"India First", "Neighbourhood"}),
            std::vector<std::string>{});
  EXPECT_EQ(EntitiesStartingWith("Shares outperformed the broader KOSPI, which gained 0.8 "
                                 "percent. (END)",
                                 {"KOSPI", "END"}),
            std::vector<std::string>{});
  // Acronyms of common nouns and of treaties name no organization.
  EXPECT_EQ(EntitiesStartingWith("Prices of DRAM and NAND chips rose 5 percent in USD terms, and "
                                 "the CUSMA talks and the UNCLOS ruling were discussed by an NGO.",
                                 {"DRAM", "NAND", "USD", "CUSMA", "UNCLOS", "NGO"}),
            std::vector<std::string>{});
  // One word the tagger reads before a people's noun names the people; "Insha Allah" names
  // no one.
  EXPECT_EQ(
      EntitiesStartingWith("Tinubu is a Muslim from the southern Yoruba community.", {"Yoruba"}),
      std::vector<std::string>{});
  EXPECT_EQ(EntitiesStartingWith("Working together with unity, Insha Allah, we will succeed.",
                                 {"Insha", "Allah"}),
            std::vector<std::string>{});
  // A possessive inside the name leaves one before it to part the two: the acronym then names
  // the party the text defines, not another the lexicon knows by it.
  const Got slpp = mentions("Bio's Sierra Leone People's Party (SLPP) won 56 percent of the vote.");
  EXPECT_NE(std::find(slpp.begin(), slpp.end(),
                      "Organization Sierra Leone People's Party org/sierra-leone-peoples-party"),
            slpp.end());
  // A given name after a country's possessive is the leader the document names in full.
  const Got abiy = mentions(
      "Ethiopia's Abiy and Eritrea's Isaias meet in Asmara\n\nEthiopian Prime Minister Abiy "
      "Ahmed met President Isaias Afwerki.");
  EXPECT_NE(std::find(abiy.begin(), abiy.end(), "Person Abiy person/abiy-ahmed"), abiy.end());
  // A country's plural apostrophe joins no name: "Philippines' Marcos" is Marcos.
  const Got marcos = mentions("Philippines' Marcos says no to China pressure");
  EXPECT_NE(std::find(marcos.begin(), marcos.end(), "Person Marcos person/marcos"), marcos.end());
  // Also one a town of another country bears, before a Chinese given name: "Lai" (Laï, Chad).
  const Got lai = mentions(
      "KMT vows to seek Lai recall\n\nTaipei, April 26 (CNA) The Kuomintang said it will seek "
      "to recall President Lai Ching-te after the anniversary of Lai's inauguration. \"This "
      "dictator [referring to Lai] is carrying out a purge,\" he said. Lai has not replied.");
  EXPECT_EQ(std::count_if(lai.begin(), lai.end(),
                          [](const std::string& m) { return m.starts_with("Place Lai "); }),
            0);
  // A surname written first names the person: "Yoon" after "Yoon Suk Yeol".
  const Got yoon = mentions(
      "SEOUL -- Parliament voted to impeach President Yoon Suk Yeol. The court will rule on "
      "whether to remove Yoon.");
  EXPECT_NE(std::find(yoon.begin(), yoon.end(), "Person Yoon person/yoon-suk-yeol"), yoon.end());
  // Two particles join a name; a big city the tagger reads as a person stays a city; a
  // surname the tagger typed otherwise is the person the document named.
  EXPECT_EQ(mentions("His nominee, Juan Ramon de la Fuente, spoke."),
            (Got{"Person Juan Ramon de la Fuente person/juan-ramon-de-la-fuente"}));
  EXPECT_EQ(mentions("In 2023, Jeddah hosted a peace summit.").at(0),
            "Place Jeddah place/jeddah-sa");
  const Got sheinbaum = mentions(
      "Claudia Sheinbaum won. The adviser discussed migration with Sheinbaum and her nominee.");
  ASSERT_EQ(sheinbaum.size(), 2u);
  EXPECT_EQ(sheinbaum[1], "Person Sheinbaum person/claudia-sheinbaum");
  // A known place between a title and a name is part of the person's name.
  const Got mirzoyan = mentions("Armenian Foreign Minister Ararat Mirzoyan said on Thursday.");
  ASSERT_EQ(mirzoyan.size(), 2u);
  EXPECT_TRUE(mirzoyan[1].starts_with("Person ")) << mirzoyan[1];
  EXPECT_TRUE(mirzoyan[1].ends_with("Ararat Mirzoyan person/ararat-mirzoyan")) << mirzoyan[1];
  // After "in", a town is a town whatever the tagger reads.
  const Got rock_hill = mentions("His sister Mary, who lives in Rock Hill, was mailed tickets.");
  ASSERT_EQ(rock_hill.size(), 2u);
  EXPECT_EQ(rock_hill[0], "Person Mary person/mary");
  EXPECT_EQ(rock_hill[1], "Place Rock Hill place/rock-hill-us");
  // A wire service's section label is no organization, whatever the tagger reads.
  EXPECT_EQ(mentions("(Text) Following the conclusion of the Geneva negotiations today, the "
                     "delegation made a statement."),
            (Got{"Place Geneva place/geneva-ch"}));
  // "Hill" ends place names too, but here the tagger reads a person.
  const Got hill = mentions("Christopher Hill, the lead American negotiator, arrived on Monday.");
  ASSERT_FALSE(hill.empty());
  EXPECT_EQ(hill[0], "Person Christopher Hill person/christopher-hill");
}

// A sports report, read with the tagger: given names the tagger takes for nationalities
// ("Kylian"), names with diacritics the training news spells without them ("Vinícius Júnior"),
// clubs named for their cities, and a stadium after "the". Outside a sports report a person
// whose surname is a city stays a person ("Abraham Lincoln").
TEST(CommittedModelTest, SportsReport) {
  std::map<std::string, std::string> game;  // written text -> entity id
  for (auto& [written, id] : TaggedMentions(
           "Kylian Mbappé scored twice as Real Madrid beat Villarreal 3-1 at the Santiago "
           "Bernabéu on Saturday.\n\nVinícius Júnior opened the scoring after 12 minutes. The "
           "coach praised his side. Barcelona host Atletico Madrid on Sunday in the league."))
    game.emplace(written, id);
  EXPECT_EQ(game.at("Kylian Mbappé"), "person/kylian-mbappe");
  EXPECT_EQ(game.at("Vinícius Júnior"), "person/vinicius-junior");
  EXPECT_EQ(game.at("Real Madrid"), "org/real-madrid");
  EXPECT_EQ(game.at("Atletico Madrid"), "org/atletico-madrid");
  EXPECT_FALSE(game.at("Santiago Bernabéu").starts_with("person/"));

  EXPECT_EQ(EntitiesWritten("John Wilkes Booth killed Abraham Lincoln in 1865.", "Abraham Lincoln"),
            std::vector<std::string>{"person/abraham-lincoln"});
  EXPECT_EQ(
      EntitiesWritten("Kast won 58% of the vote, the electoral service Servel said.", "Servel"),
      std::vector<std::string>{"org/servel"});

  // A place that beats or is beaten in a sports report is a club; "hosts" tells a game there.
  const std::string derby =
      "Victor Osimhen scored twice as Galatasaray beat Fenerbahce 3-1 on Sunday in the league. "
      "The striker headed the first goal. Fenerbahce coach Domenico Tedesco said his side hosts "
      "Besiktas next week in the cup.";
  EXPECT_EQ(EntitiesWritten(derby, "Galatasaray"), std::vector<std::string>{"org/galatasaray"});
  const Document doc{.id = "d", .text = derby};
  for (const Entity& e :
       ExtractDocument(doc, Resources{CommittedLexicon(), &CommittedTagger()}).fragment.entities)
    EXPECT_NE(e.event_kind, EventKind::kMeeting) << e.name;
}

// A town's name that is the surname of a person of the text ("Carney, on his first visit"
// after "Prime Minister Mark Carney") makes no place of the person's other mentions
// (tests/data/heldout/g02.txt, where the headline's "Carney" became the town).
TEST(CommittedModelTest, SurnamesThatAreTownsStayPeople) {
  std::ifstream in(std::string(NEWSGRAPH_TEST_DATA) + "/heldout/g02.txt");
  const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  ASSERT_FALSE(text.empty());
  const std::vector<std::string> carney = EntitiesWritten(text, "Carney", true);
  ASSERT_GE(carney.size(), 3u);
  EXPECT_EQ(carney, std::vector<std::string>(carney.size(), "person/mark-carney"));
}

// A name the tagger alone reads as a person is the place written so elsewhere in the text
// ("El Fasher"), unless the rules found a person so written ("Russian President Putin").
TEST(CommittedModelTest, TaggedPersonsNamedAsPlaces) {
  const std::vector<std::string> fasher = EntitiesWritten(
      "Sudan's RSF seizes El Fasher after 18-month siege\n\nKHARTOUM (AP) — The Rapid Support "
      "Forces said Sunday they had taken full control of El Fasher, the army's last stronghold "
      "in Darfur. The U.N. said it had reports of mass killings of civilians in El Fasher.",
      "Fasher", true);
  EXPECT_EQ(fasher, std::vector<std::string>(3, "place/el-fasher"));
}

// What names no entity, read with the tagger, which reads one in each: a country's common word
// ("the Kingdom"), a space mission ("Artemis II"), a treaty and an award, and a sentence's
// opening participle ("Suspected fighters").
// A one-word name the tagger reads as a place is the person named in full with that given name
// ("Prabowo", "Anwar"); a lexicon's one-word company is the person named in full with that
// surname ("Ford" after "Doug Ford"), not where the company is written in full.
TEST(CommittedModelTest, OneWordNamesOfPeopleNamedInFull) {
  const std::string text =
      "Indonesia, Malaysia agree to speed up talks as Prabowo hosts Anwar\n\nJAKARTA, Nov 4 "
      "(Reuters) - Indonesian President Prabowo Subianto and Malaysian Prime Minister Anwar "
      "Ibrahim agreed on Tuesday to speed up talks.\n\nPrabowo, a former special forces "
      "commander, told reporters the two neighbours would work together.\n\n\"We are "
      "brothers,\" Prabowo said, standing beside Anwar.";
  EXPECT_EQ(EntitiesWritten(text, "Prabowo"),
            std::vector<std::string>(3, "person/prabowo-subianto"));
  // A given name is the one person whose name starts with it, and no one where two do.
  EXPECT_EQ(EntitiesWritten("Polish Prime Minister Donald Tusk spoke. Donald said no.", "Donald"),
            std::vector<std::string>{"person/donald-tusk"});
  EXPECT_EQ(EntitiesWritten("Donald Trump called Donald Tusk. Donald said no.", "Donald"),
            std::vector<std::string>{"person/donald"});
  EXPECT_EQ(EntitiesWritten("Ontario Premier Doug Ford met Carney. Ford said the talks went well.",
                            "Ford"),
            std::vector<std::string>{"person/doug-ford"});
  EXPECT_EQ(EntitiesWritten("Ontario Premier Doug Ford met Ford Motor Co executives. Ford said "
                            "it would hire.",
                            "Ford"),
            std::vector<std::string>{"org/ford"});
}

// A company's name without its legal form, read by the tagger as a place in a headline, is the
// company named with it in the text.
TEST(CommittedModelTest, CompanyNamedWithoutItsLegalForm) {
  EXPECT_EQ(EntitiesWritten("Japan's Kaneshiro Pharmaceutical to buy India's Vardhan "
                            "Lifesciences\n\nTOKYO, Feb. 3 Kyodo - Kaneshiro Pharmaceutical Co. "
                            "said Tuesday it has agreed to acquire Indian drugmaker Vardhan "
                            "Lifesciences Ltd. for about 420 billion yen.",
                            "Kaneshiro Pharmaceutical"),
            std::vector<std::string>{"org/kaneshiro-pharmaceutical"});
}

// A form of address opens a person's name the tagger reads as an organization ("the government
// of Sheikh Hasina"), not a place's ("King Khalid International Airport"); a tagger's name
// takes no quote mark (`the "July Charter",`).
TEST(CommittedModelTest, FormsOfAddressAndQuoteMarks) {
  EXPECT_EQ(EntitiesWritten("An uprising toppled the government of Sheikh Hasina in August. Ms. "
                            "Hasina fled to India.",
                            "Hasina", true),
            (std::vector<std::string>{"person/sheikh-hasina", "person/sheikh-hasina"}));
  EXPECT_EQ(EntitiesWritten("Sharif was received at King Khalid International Airport.",
                            "King Khalid International Airport"),
            std::vector<std::string>{"place/king-khalid-international-airport"});
  for (const auto& [written, id] :
       TaggedMentions("He called a referendum on the \"July Charter\", a package of reforms."))
    EXPECT_EQ(written.find('"'), std::string::npos) << written;
}

// A name read by the tagger as ending in "of" runs on over the country after it.
TEST(CommittedModelTest, NamesEndingInOfTakeTheCountry) {
  EXPECT_EQ(EntitiesWritten("The head of the Atomic Energy Organization of Iran (AEOI), Mohammad "
                            "Eslami, said inspectors could visit.",
                            "Atomic Energy Organization of Iran"),
            std::vector<std::string>{"org/atomic-energy-organization-of-iran"});
}

// A name the tagger reads as a person's "at" which people meet is a place.
TEST(CommittedModelTest, WherePeopleMeetIsAPlace) {
  EXPECT_EQ(EntitiesWritten("Anwar hosted Cambodian Prime Minister Hun Manet and Thailand's "
                            "acting Prime Minister Phumtham Wechayachai for talks at Seri "
                            "Perdana, his official residence in Putrajaya.",
                            "Seri Perdana"),
            std::vector<std::string>{"place/seri-perdana"});
}

// A title, "of the" and an organization with its acronym reach the name after the acronym
// ("To Lam" was no name at all), and the acronym is the party's, not Cape Verde's code.
TEST(CommittedModelTest, TitleOfABodyAndItsAcronymReachTheName) {
  const std::string text =
      "Tokayev met General Secretary of the Communist Party of Vietnam (CPV) To Lam on Monday.";
  EXPECT_EQ(EntitiesWritten(text, "To Lam"), std::vector<std::string>{"person/to-lam"});
  EXPECT_EQ(EntitiesWritten(text, "CPV"),
            std::vector<std::string>{"org/communist-party-of-vietnam"});
}

// A person after a plural's possessive ("the Greens' Cem Ozdemir") is no part of the party's
// name; "House of Peoples' Representatives" stays one name. Where it is based is no part of an
// organization's name ("the Riyadh-based King Faisal Center"); a company's legal form ends its
// name where the tagger reads a person ("Petroleo Brasileiro SA").
TEST(CommittedModelTest, PossessivesAndLegalForms) {
  EXPECT_EQ(EntitiesWritten("BERLIN (Reuters) - Chancellor Friedrich Merz met the Greens' Cem "
                            "Özdemir on Monday.",
                            "Cem Özdemir"),
            std::vector<std::string>{"person/cem-ozdemir"});
  EXPECT_EQ(EntitiesWritten("Scholars at the Riyadh-based King Faisal Center for Research said so.",
                            "King Faisal Center for Research"),
            std::vector<std::string>{"org/king-faisal-center-for-research"});
  EXPECT_EQ(EntitiesWritten("Petroleo Brasileiro SA signed the deal on Monday.",
                            "Petroleo Brasileiro SA"),
            std::vector<std::string>{"org/petroleo-brasileiro"});
}

TEST(CommittedModelTest, NoEntityWhereTheTaggerReadsOne) {
  EXPECT_TRUE(EntitiesWritten("Sharif arrived in the Kingdom and was received at King Khalid "
                              "International Airport.",
                              "Kingdom")
                  .empty());
  EXPECT_TRUE(
      EntitiesWritten("The crew of NASA's Artemis II mission arrived in Florida.", "Artemis II")
          .empty());
  EXPECT_TRUE(EntitiesWritten("Carter brokered the 1978 Camp David Accords.", "Accords").empty());
  EXPECT_TRUE(
      EntitiesWritten("She won the Nobel Peace Prize on Friday.", "Nobel Peace Prize").empty());
  EXPECT_TRUE(EntitiesWritten("Rebel attack kills 7 soldiers\n\nBOGOTA, Colombia (AP) — Suspected "
                              "fighters of the National Liberation Army attacked a military base "
                              "on Sunday.",
                              "Suspected")
                  .empty());
}

// Documents are no organizations: "the Treaty of Peace and Friendship", "the Baghdad
// Declaration", "a Comprehensive Strategic Partnership", "the Liptako-Gourma Charter"; a place's
// head word that ends no person's name makes a place of what the tagger reads as a person or an
// organization: "Murray Barracks", "Scarborough Shoal".
TEST(CommittedModelTest, DocumentsAndPlaceHeads) {
  for (const std::string text :
       {"Milei recalled the 1984 Treaty of Peace and Friendship, signed at the Vatican, which "
        "fixed the southern boundary.",
        "Arab leaders adopted the Baghdad Declaration at the end of the summit.",
        "Vietnam and Singapore upgraded ties to a Comprehensive Strategic Partnership.",
        "In September 2023, Niger, Mali and Burkina Faso signed the Liptako-Gourma Charter."})
    for (const auto& [w, id] : TaggedMentions(text))
      EXPECT_FALSE(id.starts_with("org/")) << w << " " << id;
  EXPECT_EQ(EntitiesWritten("The two militaries will share bases, including Murray Barracks, the "
                            "headquarters of the defence force.",
                            "Murray Barracks"),
            std::vector<std::string>{"place/murray-barracks"});
  EXPECT_EQ(EntitiesWritten("Modi visited the Rosatom Pavilion.", "Rosatom Pavilion"),
            std::vector<std::string>{"place/rosatom-pavilion"});
  EXPECT_EQ(EntitiesWritten("A Chinese coast guard ship rammed a Philippine vessel near "
                            "Scarborough Shoal on Sunday.",
                            "Scarborough Shoal"),
            std::vector<std::string>{"place/scarborough-shoal"});
  // A name before "camp", "village", "district" names a place; "El" and a word do too.
  const std::string camp = "RSF fighters stormed the Abu Shouk camp near El Fasher on Monday.";
  EXPECT_EQ(EntitiesWritten(camp, "Abu Shouk"), std::vector<std::string>{"place/abu-shouk"});
  EXPECT_EQ(EntitiesWritten(camp, "El Fasher"), std::vector<std::string>{"place/el-fasher"});
  // A capitalized particle before a capitalized word stays on the name.
  const std::string attack =
      "UN condemns RSF attack on Abu Shouk camp near Sudan's El Fasher\n\nEL FASHER, Sudan (AP) "
      "-- RSF fighters stormed the Abu Shouk camp on Monday. Abu Shouk, which lies on the "
      "northern edge of the city, shelters 190,000 people.";
  for (const auto& [w, id] : TaggedMentions(attack))
    EXPECT_TRUE(w.starts_with("Abu") || w.starts_with("El") || w.starts_with("EL") ||
                !(w.ends_with("Shouk") || w.ends_with("Fasher") || w.ends_with("FASHER")))
        << w << " " << id;
  // No name runs across a lower-case word no name holds; "es", "l'" and the like it holds.
  for (const auto& [w, id] :
       TaggedMentions("On the sidelines, Sewilam met African Union Commission Chairperson Mahmoud "
                      "Ali Youssouf in Addis Ababa."))
    EXPECT_EQ(w.find(" met "), std::string::npos) << w << " " << id;
  EXPECT_EQ(EntitiesWritten("The ship docked in Dar es Salaam on Friday.", "Dar es Salaam").size(),
            1u);
  // Who leads or backs a group is no part of its name.
  EXPECT_EQ(EntitiesWritten("The Saudi-led Islamic Military Counter Terrorism Coalition met in "
                            "Riyadh.",
                            "Islamic Military Counter Terrorism Coalition"),
            std::vector<std::string>{"org/islamic-military-counter-terrorism-coalition"});
}

// A Polynesian name keeps its glottal stop ("Tuila‘epa Sa‘ilele Malielegaoi"); "HH" and "HM"
// are forms of address, a rank abbreviation after a title is a title, and an office "for" its
// portfolio runs on to the holder's name.
TEST(CommittedModelTest, GlottalStopsFormsOfAddressAndPortfoliosAfterFor) {
  const std::string text =
      "Opposition Leader Tuila\u2018epa Sa\u2018ilele Malielegaoi spoke. HH the Amir met HM King "
      "Abdullah II. Central Jakarta Police Chief Comr. Susatyo Purnomo Condro said so. The "
      "Minister for Family Care and Demography Milica Stamenkovski met UN High Commissioner for "
      "Human Rights Volker T\u00FCrk.";
  EXPECT_EQ(EntitiesStartingWith(text, {"Tuila", "Malielegaoi", "HH", "HM", "Abdullah", "Comr",
                                        "Susatyo", "Purnomo", "Milica", "Rights", "Volker"}),
            (std::vector<std::string>{"person/tuilaepa-sailele-malielegaoi", "person/abdullah-ii",
                                      "person/susatyo-purnomo-condro", "person/milica-stamenkovski",
                                      "person/volker-turk"}));
  EXPECT_EQ(RelationPairs(ExtractWithCommittedModel(text), Predicate::kJobTitle),
            (std::vector<std::string>{"person/abdullah-ii King",
                                      "person/milica-stamenkovski Minister for Family Care "
                                      "and Demography",
                                      "person/susatyo-purnomo-condro Commissioner",
                                      "person/susatyo-purnomo-condro Police Chief",
                                      "person/tuilaepa-sailele-malielegaoi Opposition Leader",
                                      "person/volker-turk High Commissioner for Human Rights"}));
  // "HM Treasury" is a name the lexicon knows, not a form of address before a person's.
  EXPECT_EQ(EntitiesWritten("HM Treasury said the plan was sound.", "HM Treasury"),
            std::vector<std::string>{"org/hm-treasury"});
}

// The opening quote after a name is no part of it: `the Coordination Framework “has signed`.
TEST(CommittedModelTest, AnOpeningQuoteEndsNoName) {
  EXPECT_EQ(EntitiesWritten("Leaders of the Coordination Framework met. The Coordination "
                            "Framework \u201Chas signed off on forming the bloc,\u201D it said.",
                            "Coordination Framework"),
            (std::vector<std::string>{"org/coordination-framework", "org/coordination-framework"}));
}

// A country's bare name that is a person's surname is the person where nothing else points to
// the country; a town of the country does.
TEST(CommittedModelTest, ACountryNamedAsASurname) {
  const std::string text =
      "AD, led by Prime Minister Luis Montenegro, won 89 seats. This still leaves Montenegro "
      "reliant on piecemeal support.";
  EXPECT_EQ(EntitiesWritten(text, "Montenegro"),
            std::vector<std::string>{"person/luis-montenegro"});
  EXPECT_EQ(EntitiesWritten(text + " Protests spread to Podgorica, and Montenegro sent troops.",
                            "Montenegro"),
            (std::vector<std::string>{"country/me", "country/me"}));
}

// "Niger State" is Nigeria's state, not the country Niger and a "State"; a local government
// area is a place.
TEST(CommittedModelTest, AStateNamedLikeAnotherCountry) {
  const std::string text =
      "Bandits attacked Konkoso, a village in Borgu Local Government Area. Police in Niger "
      "State said so. Niger and Mali signed a deal.";
  EXPECT_EQ(EntitiesStartingWith(text, {"Borgu", "Niger", "State"}),
            (std::vector<std::string>{"place/borgu-local-government-area", "place/niger-state",
                                      "country/ne"}));
}

// Parties the lexicon knows are organizations by their one-word names ("Komeito", "Chega"); a
// party named by its name has a president of its own, not one named by the adjective; and a
// party's country is background knowledge, not a fact of the story.
TEST(CommittedModelTest, KnownPartiesAndTheirPresidents) {
  const DocumentResult r = ExtractWithCommittedModel(
      "The Liberal Democratic Party and its junior partner Komeito lost seats. Montenegro refused "
      "to ally with the far-right Chega party. Nepali Congress President Sher Bahadur Deuba met "
      "Oli. Democratic President Joe Biden spoke.");
  EXPECT_EQ(EntitiesStartingWith("The Liberal Democratic Party and its junior partner Komeito "
                                 "lost seats. Chega, an anti-immigration party, gained.",
                                 {"Komeito", "Chega"}),
            (std::vector<std::string>{"org/komeito", "org/chega"}));
  EXPECT_EQ(RelationPairs(r, Predicate::kLeaderOf),
            std::vector<std::string>{"person/sher-bahadur-deuba org/nepali-congress"});
  EXPECT_EQ(RelationPairs(r, Predicate::kMemberOf),
            std::vector<std::string>{"person/joe-biden org/democratic-party"});
  EXPECT_EQ(RelationPairs(r, Predicate::kAffiliation), std::vector<std::string>{});
}

// A generation is no name: "Gen Z protesters", "Gen-Z", "Generation Z", "Millennials", and
// nor are its members: "Gen Zs", "Gen Zers"; nor "GenZ" written as one word.
TEST(CommittedModelTest, AGenerationIsNoName) {
  EXPECT_EQ(EntitiesStartingWith(
                "Gen Z protesters and Gen-Z groups marched on Monday. The "
                "protests have been led by Generation Z, a group of young "
                "people. These Gen-Z led protests grew. Millennials cheered Gen. Ana Smith. "
                "\u201CGen Zs are granting all hard-working Kenyans a day off,\u201D he said. Gen "
                "Zers marched. GenZ youths rallied.",
                {"Gen", "GenZ", "These", "Millennials"}),
            std::vector<std::string>{"person/ana-smith"});
}

// A name set off by commas right after a title is its holder's, even one the tagger does not
// read; names on both sides of a slash are two; "Brexit", "MoU", "Nowruz" and "Prominent"
// name nothing.
TEST(CommittedModelTest, TitleAppositionsSlashesAndWordsThatNameNothing) {
  const std::string text =
      "While the Speaker, Papali\u2018i Lio Taeu Masipa\u2018u, lost his seat, Brexit veteran "
      "Nigel Farage won. An MoU was signed during Nowruz. Prominent RS officials came. The "
      "aftermath of the attacks. (State Emergency Service/Telegram)";
  EXPECT_EQ(EntitiesStartingWith(text, {"Papali", "Brexit", "Nigel", "MoU", "Nowruz", "Prominent",
                                        "State", "Telegram"}),
            (std::vector<std::string>{"person/papalii-lio-taeu-masipau", "person/nigel-farage",
                                      "org/state-emergency-service", "org/telegram"}));
}

// A named place's head word, then "of" and a place, are two places: "Borgu Local Government
// Area of Niger State"; not "the District of Columbia", "the Gulf of Mexico".
TEST(CommittedModelTest, APlaceOfAPlace) {
  EXPECT_EQ(EntitiesStartingWith("Armed men invaded villages in Borgu Local Government Area of "
                                 "Niger State. Ships sailed the Gulf of Mexico.",
                                 {"Borgu", "Niger", "Gulf"}),
            (std::vector<std::string>{"place/borgu-local-government-area", "place/niger-state",
                                      "place/gulf-of-mexico"}));
  // The first lies in the second.
  EXPECT_EQ(RelationPairs(ExtractWithCommittedModel("Armed men invaded villages in Borgu Local "
                                                    "Government Area of Niger State."),
                          Predicate::kContainedInPlace),
            std::vector<std::string>{"place/borgu-local-government-area place/niger-state"});
}

// "of" joins no name glued to a participle: "Government of India-funded loans" names India,
// not an organization "Government of".
TEST(CommittedModelTest, OfBeforeANameGluedToAParticiple) {
  EXPECT_EQ(TaggedMentions("The deal cut repayments on Government of India-funded loans."),
            (std::vector<std::pair<std::string, std::string>>{{"India", "country/in"}}));
}

// A house where things happen is a building, one the tagger reads as an organization too;
// a chamber of a parliament is not.
TEST(CommittedModelTest, AHouseWhereThingsHappen) {
  const std::string text =
      "The leaders met at Hyderabad House in Delhi on Monday. They signed the Pukpuk Treaty at "
      "Parliament House in Port Moresby. The Upper House voted.";
  EXPECT_EQ(EntitiesStartingWith(text, {"Hyderabad", "Parliament", "Upper"}),
            (std::vector<std::string>{"place/hyderabad-house", "place/parliament-house",
                                      "org/upper-house"}));
}

// A building's head word wins over an organization's first word ("Government Palace",
// "Presidential Villa"), and a convention centre is a place; "the Carter Center" is not.
TEST(CommittedModelTest, BuildingsAndVenues) {
  EXPECT_EQ(
      EntitiesStartingWith("They met at the Government Palace and the Presidential Villa, "
                           "then at the Kuala Lumpur Convention Centre. The Carter Center "
                           "said so.",
                           {"Government", "Presidential", "Kuala", "Carter"}),
      (std::vector<std::string>{"place/government-palace", "place/presidential-villa",
                                "place/kuala-lumpur-convention-centre", "org/carter-center"}));
}

// A name before a movement's, an alliance's or a coalition's noun is its name ("the Pacto
// Histórico coalition"); a word of politics or a people before it is none ("the Left
// alliance", "the South American coalition").
TEST(CommittedModelTest, ANameBeforeACoalitionsNoun) {
  EXPECT_EQ(EntitiesStartingWith("Maria Quintero of the Pacto Hist\u00F3rico coalition spoke. The "
                                 "Left alliance and the South American coalition disagreed.",
                                 {"Pacto", "Left", "South"}),
            std::vector<std::string>{"org/pacto-historico"});
}

// An office with its portfolio after the holder's name may be followed by another of the
// holder's roles: "Serbia’s Minister for Family Care and Demography and leader of ...".
TEST(CommittedModelTest, APortfolioBeforeAnotherRole) {
  EXPECT_EQ(RelationPairs(ExtractWithCommittedModel(
                              "Milica Stamenkovski, Serbia\u2019s Minister for Family Care and "
                              "Demography and leader of the Zavetnici party, spoke."),
                          Predicate::kJobTitle),
            std::vector<std::string>{
                "person/milica-stamenkovski Minister for Family Care and Demography"});
}

// Druze, Alawites and Sikhs are peoples, which name no entity where the tagger reads one.
TEST(CommittedModelTest, PeoplesAreNoEntities) {
  const std::string text =
      "Israel said it will not abandon the Druze in Syria. Clashes between government forces "
      "and Druze armed groups in southern Sweida continued.";
  EXPECT_EQ(EntitiesStartingWith(text, {"Druze", "Sweida"}),
            (std::vector<std::string>{"place/sweida"}));
}

// A mission or force "in" a country is named after it, and its acronym in parentheses, also
// written again, is the same organization: "UN Support Mission in Libya (UNSMIL)".
TEST(CommittedModelTest, AMissionInACountry) {
  const std::string text =
      "The UN Support Mission in Libya (UNSMIL) said on Sunday. UNSMIL also urged calm. The UN "
      "Support Mission warned again.";
  EXPECT_EQ(EntitiesStartingWith(text, {"UN", "Libya"}),
            (std::vector<std::string>{
                "org/un-support-mission-in-libya", "org/un-support-mission-in-libya",
                "org/un-support-mission-in-libya", "org/un-support-mission-in-libya"}));
}

// A large city whose name ends with a country's is the city ("Port Sudan (AFP) –"); a body
// the lexicon knows and a country after it stay two where the tagger joins them ("The United
// Nations Libya mission").
TEST(CommittedModelTest, CitiesEndingInACountryAndBodiesBeforeOne) {
  const std::string text =
      "Port Sudan (AFP) \u2013 A drone strike hit a market. The United Nations Libya mission "
      "UNSMIL said it was deeply alarmed.";
  EXPECT_EQ(EntitiesStartingWith(text, {"Port", "Sudan", "United", "Libya"}),
            (std::vector<std::string>{"place/port-sudan-sd", "org/united-nations", "country/ly"}));
}

// "Marcos" opening a sentence after "President Ferdinand Marcos Jr." is he: a generational
// suffix is no surname.
TEST(CommittedModelTest, ASurnameBeforeAGenerationalSuffix) {
  const std::string text =
      "President Ferdinand Marcos Jr. held talks in Manila. Marcos met Putin on Sunday.";
  EXPECT_EQ(EntitiesStartingWith(text, {"President", "Marcos"}),
            (std::vector<std::string>{"person/ferdinand-marcos-jr", "person/ferdinand-marcos-jr"}));
}

// A town's name opening a sentence, which the tagger reads as no name, is a place where an
// apposition says so (not a word such as "Hurricane").
TEST(CommittedModelTest, ATownOpeningASentenceInAnApposition) {
  const std::string text =
      "Thessaloniki, the second largest city in Greece, was calm. Hurricane warnings were posted.";
  EXPECT_EQ(EntitiesStartingWith(text, {"Thessaloniki", "Hurricane"}),
            (std::vector<std::string>{"place/thessaloniki-gr"}));
}

// A document's name is no entity, where the tagger reads one: "the Joint Statement", "the
// Agreed Minutes".
TEST(CommittedModelTest, ADocumentsNameIsNoEntity) {
  const std::string text =
      "The ministers adopted the Joint Statement of the Heads of State. Ministers also signed "
      "the Agreed Minutes.";
  EXPECT_EQ(EntitiesStartingWith(text, {"Joint", "Agreed"}), std::vector<std::string>{});
}

// A place's prefix and the name after it are one place, a country's name included: "Mt. Kenya"
// is no "Mt." and Kenya. Not with an organization's word: "Mount Sinai School of Medicine".
TEST(CommittedModelTest, APlacesPrefixOpensOnePlace) {
  using Ids = std::vector<std::string>;
  EXPECT_EQ(EntitiesStartingWith("Rebels attacked villages near Mount Kenya and Lake Chad.",
                                 {"Mount", "Kenya", "Lake", "Chad"}),
            (Ids{"place/mount-kenya", "place/lake-chad"}));
  EXPECT_EQ(EntitiesStartingWith("Officials of the Mt. Kenya region met.", {"Mt", "Kenya"}),
            Ids{"place/mt-kenya"});
  EXPECT_EQ(
      EntitiesStartingWith(
          "Jeffrey Laitman of New York's Mount Sinai School of Medicine disputed it.", {"Mount"}),
      Ids{"org/mount-sinai-school-of-medicine"});
}

// The names a credit line lists are people's, where the tagger reads an organization.
TEST(CommittedModelTest, CreditedNamesArePeople) {
  using Ids = std::vector<std::string>;
  EXPECT_EQ(EntitiesStartingWith("Leaders met in Hanoi.\n\n(Reporting by Francesco Guarascio in "
                                 "Hanoi and Lisandra Paraguassu in Brasilia; Editing by Kim "
                                 "Coghill)",
                                 {"Francesco", "Lisandra", "Brasilia", "Kim"}),
            (Ids{"person/francesco-guarascio", "person/lisandra-paraguassu", "place/brasilia-br",
                 "person/kim-coghill"}));
  EXPECT_EQ(EntitiesStartingWith("Leaders met in Berlin.\n\n(Reporting by Miriam Vogt; Editing "
                                 "by Peter Halloran)",
                                 {"Miriam"}),
            Ids{"person/miriam-vogt"});
}

// A neighbourhood, a constituency, a suburb and a monument are places, a form of address before
// the name notwithstanding.
TEST(CommittedModelTest, NeighbourhoodsAndConstituenciesArePlaces) {
  using Ids = std::vector<std::string>;
  EXPECT_EQ(EntitiesStartingWith("This included 12 people from a block in Gaza City's Sheikh "
                                 "Radwan neighborhood.",
                                 {"Sheikh"}),
            Ids{"place/sheikh-radwan"});
  EXPECT_EQ(EntitiesStartingWith("Connolly has served for the Galway West constituency since "
                                 "2016.",
                                 {"Galway"}),
            Ids{"place/galway-west"});
  // So is a monument.
  EXPECT_EQ(EntitiesStartingWith("Others headed to the EDSA People Power Monument in Quezon City.",
                                 {"EDSA"}),
            Ids{"place/edsa-people-power-monument"});
}

// An observance's name names no entity, a country opening it excepted; a person named "Day"
// is one.
TEST(CommittedModelTest, AnObservanceIsNoEntity) {
  using Ids = std::vector<std::string>;
  EXPECT_EQ(EntitiesStartingWith("The rally marked the Day of Interculturality and "
                                 "Plurinationality in Quito.",
                                 {"Day", "Intercult", "Plurinat", "Quito"}),
            Ids{"place/quito-ec"});
  EXPECT_EQ(EntitiesStartingWith("The Days of Rage began in Cairo on Republic Day.",
                                 {"Days", "Rage", "Republic", "Cairo"}),
            Ids{"place/cairo-eg"});
  EXPECT_EQ(EntitiesStartingWith("Crowds marked Ghana Independence Day in Accra.",
                                 {"Ghana", "Independence"}),
            Ids{"country/gh"});
  EXPECT_EQ(EntitiesStartingWith("Doris Day sang in Cairo.", {"Doris"}), Ids{"person/doris-day"});
}

// A sentence's first word before a place's noun is no place unless the tagger reads a name:
// "Elderly village resident Salim Nasr", but "Kibera district".
TEST(CommittedModelTest, ASentencesFirstWordBeforeAPlaceNoun) {
  using Ids = std::vector<std::string>;
  EXPECT_EQ(EntitiesStartingWith("Elderly village resident Salim Nasr said he hoped.", {"Elderly"}),
            Ids{});
  EXPECT_EQ(EntitiesStartingWith("Kibera district was quiet on Monday.", {"Kibera"}),
            Ids{"place/kibera"});
}

// An outlet the lexicon knows in title case is the outlet, where the tagger reads a place
// ("carried by Irna").
TEST(CommittedModelTest, AnOutletInTitleCase) {
  EXPECT_EQ(EntitiesStartingWith(
                "The Iranian Foreign Ministry said in a statement carried by Irna.", {"Irna"}),
            std::vector<std::string>{"org/irna"});
}

// A hall is a place, whole where the tagger reads a town before it.
TEST(CommittedModelTest, AHallIsAPlace) {
  EXPECT_EQ(
      EntitiesStartingWith("Thousands marched to Budapest City Hall on Saturday.", {"Budapest"}),
      std::vector<std::string>{"place/budapest-city-hall"});
}

// A name that ends in a title's plural names no one; a body "of" them is one. God is no place.
TEST(CommittedModelTest, ATitlesPluralNamesNoOne) {
  const std::string text =
      "\u201CThe Defense Ministers discussed security,\u201D DND spokesperson Arsenio Andolong "
      "said. The two Prime Ministers met in Nadi. The Council of Ministers approved it. Officials "
      "of the Federal Ministers attended. We surrender to God.";
  EXPECT_EQ(EntitiesStartingWith(text, {"The", "Defense", "Prime", "Federal", "Council", "God"}),
            std::vector<std::string>{"org/council-of-ministers"});
}

// Nor is a law's, past a small word too, nor a program's, nor a military operation's; the
// parties before "and" stay.
TEST(CommittedModelTest, ALawIsNoEntity) {
  const std::string text =
      "The bill made massive cuts to Medicaid and the Affordable Care Act. President Donald "
      "Trump's One Big Beautiful Bill Act passed. Kenya gains from the African Growth and "
      "Opportunity Act. They signed the Armenia and Azerbaijan Peace Agreement. India launched "
      "Operation Sindoor on Wednesday.";
  EXPECT_EQ(EntitiesStartingWith(text, {"Medicaid", "Affordable", "One", "Big", "African", "Growth",
                                        "Opportunity", "Peace", "Operation"}),
            std::vector<std::string>{});
  EXPECT_EQ(EntitiesStartingWith(text, {"Armenia", "Azerbaijan"}),
            (std::vector<std::string>{"country/am", "country/az"}));
}

// A company the lexicon knows and one word, joined by "and", are two companies; a region's
// adjective the tagger reads alone is none.
TEST(CommittedModelTest, TwoCompaniesAndARegionsAdjective) {
  const std::string text =
      "\"We could look at our two big oil companies, Petrobras and Ecopetrol, together,\" "
      "Petro told a forum. The European institutions and their policies are at the center.";
  EXPECT_EQ(EntitiesStartingWith(text, {"Petrobras", "Ecopetrol", "European", "The"}),
            (std::vector<std::string>{"org/petrobras", "org/ecopetrol"}));
}

// Nor does a continent's adjective of two words: "the North American leaders".
TEST(CommittedModelTest, AContinentsTwoWordAdjective) {
  const std::string text =
      "Biden to host Canada's Trudeau\n\nThe meeting will be the first get-together for the North "
      "American leaders since 2016 in what had been near-annual summits between the North "
      "American neighbors.";
  EXPECT_EQ(EntitiesStartingWith(text, {"North"}), std::vector<std::string>{});
}

// Nor do the heads or members of bodies in an occasion's name.
TEST(CommittedModelTest, HeadsAndMemberStatesInAnOccasionsName) {
  const std::string text =
      "Erdogan arrived in Ashgabat on Nov. 27 to attend the 15th Summit of Heads of Member "
      "States of the Economic Cooperation Organization.";
  EXPECT_EQ(EntitiesStartingWith(text, {"Heads", "Member"}), std::vector<std::string>{});
}

// An institution's common noun alone names no body, where the tagger reads one.
TEST(CommittedModelTest, ABareInstitutionNoun) {
  const std::string text =
      "Mohamed El-Shennawy, the spokesman of the Presidency, said the Junta met the Cabinet.";
  EXPECT_EQ(EntitiesStartingWith(text, {"Presidency", "Junta", "Cabinet"}),
            std::vector<std::string>{});
}

// A summit's name is the body that meets, no organization of its own.
TEST(CommittedModelTest, ASummitsNameIsItsBody) {
  EXPECT_EQ(EntitiesStartingWith("Leaders attended the Arab League Summit in Baghdad on Saturday.",
                                 {"Arab"}),
            std::vector<std::string>{"org/arab-league"});
  // So is a meeting's, with who meets between (the meeting is an event, no organization).
  auto no_events = [](std::vector<std::string> ids) {
    std::erase_if(ids, [](const std::string& id) { return id.starts_with("event/"); });
    return ids;
  };
  EXPECT_EQ(no_events(EntitiesStartingWith("The pact entered into force on the sidelines of the "
                                           "Pacific Islands Forum Leaders Meeting in Tonga.",
                                           {"Pacific"})),
            std::vector<std::string>{"org/pacific-islands-forum"});
  EXPECT_EQ(no_events(EntitiesStartingWith(
                "The ministers attended the VI Consultative Meeting in Tashkent.", {"VI"})),
            std::vector<std::string>{});
  // Other occasions name no place or organization either, but the body that holds them.
  EXPECT_EQ(EntitiesStartingWith("Security services focus on safeguarding the Paris Olympics.",
                                 {"Paris"}),
            std::vector<std::string>{});
  EXPECT_EQ(EntitiesStartingWith("Morocco will co-host the FIFA World Cup in 2030.", {"FIFA"}),
            std::vector<std::string>{"org/fifa"});
}

// A president without a country in a sentence that names another country's company ("U.S.
// Steel") leads no country of the dateline.
TEST(CommittedModelTest, AForeignCompanysPresident) {
  const DocumentResult r = ExtractDocument(
      Document{.id = "t",
               .text = "TOKYO (Reuters) - Japan's Nippon Steel said on Monday it had completed its "
                       "$14.9 billion acquisition of U.S. Steel, after President Donald Trump "
                       "approved the deal.",
               .date = "2025-06-18"},
      Resources{CommittedLexicon(), &CommittedTagger()});
  EXPECT_EQ(RelationPairs(r, Predicate::kLeaderOf), std::vector<std::string>{});
}

// A lower-case word the tagger reads at the end of a name is no part of it: "received at Moscow
// airport" names Moscow.
TEST(CommittedModelTest, ALowerCaseWordEndsNoName) {
  EXPECT_EQ(EntitiesStartingWith("PM Modi was received at Moscow airport by the deputy prime "
                                 "minister.",
                                 {"Moscow"}),
            std::vector<std::string>{"place/moscow-ru"});
}

// An article after a dateline opens the sentence: it is no part of the country after it
// ("WELLINGTON: The Cook Islands says"), nor of a name the lexicons know with it.
TEST(CommittedModelTest, TheAfterADatelineIsNoName) {
  EXPECT_EQ(EntitiesStartingWith("WELLINGTON: The Cook Islands says it has signed a deal with "
                                 "China.",
                                 {"The", "Cook"}),
            std::vector<std::string>{"country/ck"});
}

// A people's name at an organization's start, after "Royal" too, ties it to the country.
TEST(CommittedModelTest, ARoyalForceIsItsCountrys) {
  const std::vector<std::string> pairs = RelationPairs(
      ExtractWithCommittedModel("The Royal Saudi Air Force intercepted a drone over Saudi Arabia."),
      Predicate::kAffiliation);
  EXPECT_NE(std::find(pairs.begin(), pairs.end(), "org/royal-saudi-air-force country/sa"),
            pairs.end());
}

// A located organization the tagger or an apposition made of a place's name is the place
// ("The resistance committee in El Fasher, a non-governmental group": the apposition is the
// committee's); a tagger's name stops at a bracket; a title's own acronym bridges to its
// holder; "Mahatma" opens a person's name; a known body's short form ends a person's name.
TEST(CommittedModelTest, PlacesOfLocatedBodiesBracketsAndNamesAfterAcronyms) {
  const std::string fasher =
      "At least 25 people were killed in El Fasher, the capital of North Darfur State, a local "
      "official said. The resistance committee in El Fasher, a non-governmental group, said the "
      "RSF bombarded the private Sub-Saharan College in El Fasher.";
  EXPECT_EQ(EntitiesWritten(fasher, "El Fasher"),
            (std::vector<std::string>{"place/el-fasher", "place/el-fasher", "place/el-fasher"}));
  const std::string assembly =
      "Erdogan will forward the protocol to the Grand National Assembly [Turkey's parliament] as "
      "soon as possible.";
  EXPECT_EQ(EntitiesWritten(assembly, "Grand National Assembly"),
            (std::vector<std::string>{"org/grand-national-assembly"}));
  EXPECT_EQ(EntitiesWritten(assembly, "Turkey"), (std::vector<std::string>{"country/tr"}));
  EXPECT_EQ(EntitiesWritten("External Affairs Minister (EAM) S. Jaishankar will call on the "
                            "visiting dignitary later in the evening.",
                            "S. Jaishankar"),
            (std::vector<std::string>{"person/s-jaishankar"}));
  EXPECT_EQ(
      EntitiesWritten("Muizzu will pay tributes to Mahatma Gandhi at Rajghat.", "Mahatma Gandhi"),
      (std::vector<std::string>{"person/mahatma-gandhi"}));
  EXPECT_EQ(EntitiesWritten("The deal was inked by Foreign Minister Olivier Nduhungirehe of "
                            "Rwanda and his Congolese counterpart Therese Kayikwamba Wagner.",
                            "Therese Kayikwamba Wagner"),
            (std::vector<std::string>{"person/therese-kayikwamba-wagner"}));
}

// A legislature named by its noun alone is a body where the tagger reads a place.
TEST(CommittedModelTest, ALegislatureByItsNoun) {
  EXPECT_EQ(EntitiesWritten("As Labour crossed the halfway mark of 650 constituencies to clinch "
                            "the minimum 326 required for a majority in Parliament, Starmer "
                            "stepped up to make his victory speech in London.",
                            "Parliament"),
            (std::vector<std::string>{"org/parliament"}));
}

// A people's name before its noun names no one; nor does a role's word before a name.
TEST(CommittedModelTest, PeoplesAndRolesNameNoOne) {
  const std::string text =
      "France has ruled New Caledonia since 1853, and Indigenous Kanak people have long sought "
      "independence.";
  EXPECT_EQ(EntitiesStartingWith(text, {"Kanak", "Indigenous"}), std::vector<std::string>{});
  EXPECT_EQ(EntitiesStartingWith("DOHA, Qatar - Mediator Qatar said Wednesday that Israel and "
                                 "Hamas had agreed to a ceasefire.",
                                 {"Mediator"}),
            std::vector<std::string>{});
}

// One word read as a person that reports the clause before it is a news outlet, unless the
// text names a person with that surname.
TEST(CommittedModelTest, AWordThatReportsIsAnOutlet) {
  EXPECT_EQ(EntitiesStartingWith("The trip was made at the president's invitation, Nikkei "
                                 "reported.",
                                 {"Nikkei"}),
            std::vector<std::string>{"org/nikkei"});
  EXPECT_EQ(EntitiesStartingWith("Governor Serhii Lysak said drones hit the city. Two were "
                                 "hurt, Lysak reported.",
                                 {"Lysak"}),
            std::vector<std::string>{"person/serhii-lysak"});
}

// A long title-case sentence under the headline, a standfirst, is read as the headline is:
// its capitals say nothing of names.
TEST(CommittedModelTest, AStandfirstInTitleCase) {
  const std::string text =
      "Senegal: Newcomer Wins\n\nA Political Newcomer Bassirou Diomaye Faye Confirmed The "
      "Winner Of Senegal's Presidential Election, After 54% Of The Total Votes.\n\nThe "
      "opposition candidate Bassirou Diomaye Faye won the vote, the court said.";
  EXPECT_EQ(EntitiesStartingWith(text, {"Winner", "Presidential", "Political"}),
            std::vector<std::string>{});
}

// After a country and a two-word place joined by a hyphen, a word of its kind names nothing.
TEST(CommittedModelTest, AWordAfterAHyphenedPairOfPlaces) {
  EXPECT_EQ(EntitiesStartingWith("Leaders praised the China-Central Asia Spirit on Friday.",
                                 {"Spirit", "Central", "China"}),
            (std::vector<std::string>{"country/cn", "place/central-asia"}));
}

// An acronym's plural names kinds of things, not one body.
TEST(CommittedModelTest, AnAcronymsPluralNamesNothing) {
  EXPECT_EQ(EntitiesStartingWith("Directors General of Military Operations (DGMOs) from both "
                                 "sides will talk, and aid reached the IDPs in the camps.",
                                 {"DGMOs", "IDPs"}),
            std::vector<std::string>{});
}

// A religion's name alone names no place; a name may still hold the word.
TEST(CommittedModelTest, AReligionIsNoPlace) {
  EXPECT_EQ(EntitiesStartingWith("He posted views critical of Islam and of Christianity.",
                                 {"Islam", "Christianity"}),
            std::vector<std::string>{});
  EXPECT_EQ(EntitiesStartingWith("President Islam Karimov spoke.", {"Islam", "President Islam"}),
            std::vector<std::string>{"person/islam-karimov"});
}

// The bodies a dateline's credit brackets hold take no part in the events of the story.
TEST(CommittedModelTest, ACreditsBodiesTakeNoPart) {
  const DocumentResult r = ExtractWithCommittedModel(
      "Istanbul/Athens, 7 December 2023 (dpa/MIA) - Greek and Turkish officials held a "
      "meeting in Athens.");
  for (const std::string& pair : RelationPairs(r, Predicate::kParticipant))
    EXPECT_EQ(pair.find("org/"), std::string::npos) << pair;
  EXPECT_FALSE(RelationPairs(r, Predicate::kParticipant).empty());
  // (The body first in the brackets, as the body last.)
  for (const std::string& pair :
       RelationPairs(ExtractWithCommittedModel("Istanbul/Athens, 7 December 2023 (MIA/dpa) - Greek "
                                               "and Turkish officials held a meeting in Athens."),
                     Predicate::kParticipant))
    EXPECT_EQ(pair.find("org/"), std::string::npos) << pair;
}

// "Palestinians", a people of several lands, names no state; "Palestinian" before a state's
// office does.
TEST(CommittedModelTest, PalestiniansNameNoState) {
  EXPECT_EQ(EntitiesStartingWith("Israel has detained thousands of Palestinians in the war.",
                                 {"Palestin"}),
            std::vector<std::string>{});
  EXPECT_EQ(EntitiesStartingWith("Palestinian President Mahmoud Abbas spoke.", {"Palestinian"}),
            std::vector<std::string>{"country/ps"});
}

// A point of the compass before a region's adjective names no place of its own.
TEST(CommittedModelTest, ACompassWordBeforeARegionsAdjective) {
  EXPECT_EQ(EntitiesStartingWith("They agreed on integration between the two East African "
                                 "nations and with North American firms.",
                                 {"East", "North"}),
            std::vector<std::string>{});
}

// A gap is a place: "the Darien Gap".
TEST(CommittedModelTest, AGapIsAPlace) {
  EXPECT_EQ(EntitiesStartingWith("They discussed migration through the Darien Gap.", {"Darien"}),
            std::vector<std::string>{"place/darien-gap"});
}

// One word before "party" that the gazetteers do not know names the party, there and elsewhere
// in the text.
TEST(CommittedModelTest, OneWordBeforePartyIsTheParty) {
  EXPECT_EQ(EntitiesStartingWith("The ceremony was delayed over the legislators of his political "
                                 "force, the Semilla party. Courts suspended Semilla's operation.",
                                 {"Semilla"}),
            (std::vector<std::string>{"org/semilla", "org/semilla"}));
}

// A storm's name is no person, place or body: "Cyclone Gabrielle", "Tropical Storm Alberto"
// (the tagger reads them as names); a body named with one is ("National Hurricane Center").
TEST(CommittedModelTest, AStormsNameNamesNothing) {
  EXPECT_EQ(EntitiesStartingWith(
                "Fiji sent help following Cyclone Gabrielle. Tropical Storm "
                "Alberto hit Mexico. Typhoon Yagi killed 20 people, the "
                "National Hurricane Center said.",
                {"Cyclone", "Gabrielle", "Storm", "Alberto", "Typhoon", "Yagi", "National"}),
            std::vector<std::string>{"org/national-hurricane-center"});
}

// A body the lexicon knows runs on past "of" and a number: "the Group of 20 meeting".
TEST(CommittedModelTest, AKnownNameWithANumber) {
  EXPECT_EQ(EntitiesStartingWith("The two leaders met during the Group of 20 meeting in Rome.",
                                 {"Group"}),
            std::vector<std::string>{"org/group-of-20"});
}

// A Spanish, Portuguese, Italian or French body's head word comes first ("Foro Penal"): the
// tagger read a person and a place there.
TEST(CommittedModelTest, RomanceBodiesHeadWordsComeFirst) {
  EXPECT_EQ(EntitiesStartingWith("The Partido Liberal and the Alianza Verde lost, the NGO said. "
                                 "Rights group Foro Penal counted 20 prisoners.",
                                 {"Alianza", "Foro"}),
            (std::vector<std::string>{"org/alianza-verde", "org/foro-penal"}));
}

// Countries side by side stay countries where the tagger reads one place over them: "the
// China Australia relationship".
TEST(CommittedModelTest, CountriesSideBySideStayCountries) {
  EXPECT_EQ(EntitiesStartingWith("The leaders discussed the China Australia relationship on "
                                 "Monday.",
                                 {"China", "Australia"}),
            (std::vector<std::string>{"country/cn", "country/au"}));
}

// A name the tagger reads as a person's before a head's title and its holder is the body he
// heads ("Move Forward leader Pita Limjaroenrat"); the town a person's given name names, of a
// country the text never names, is that person ("a call with Pita", not Pita in Guinea).
TEST(CommittedModelTest, BodiesBeforeLeadersAndGivenNamesOverTowns) {
  const std::string text =
      "Thai parties agree to talks\n\nMove Forward leader Pita Limjaroenrat won the most seats. "
      "Paetongtarn Shinawatra said she agreed in a call with Pita that their parties would "
      "talk.";
  EXPECT_EQ(EntitiesWritten(text, "Move Forward"), std::vector<std::string>{"org/move-forward"});
  EXPECT_EQ(EntitiesWritten(text, "Pita"), std::vector<std::string>{"person/pita-limjaroenrat"});
}

// Two names joined by "and" after a person's in a list are people, no firm "Segers and
// Pechtold".
TEST(CommittedModelTest, PeopleListedWithPeople) {
  EXPECT_EQ(EntitiesStartingWith("Sybrand Buma spoke. Buma, Segers and Pechtold have chosen not to "
                                 "stay on the sidelines, Mark Rutte said.",
                                 {"Segers", "Pechtold"}),
            (std::vector<std::string>{"person/segers", "person/pechtold"}));
}

// The members whose meeting it is are no part of the organization's name: "Pacific Islands
// Forum Leaders' Meeting".
TEST(CommittedModelTest, TheMembersOfAMeetingAreNoPartOfTheName) {
  EXPECT_EQ(EntitiesStartingWith("She said an upcoming Pacific Islands Forum Leaders\u2019 Meeting "
                                 "would discuss it.",
                                 {"Pacific"}),
            std::vector<std::string>{"org/pacific-islands-forum"});
}

// An initial and a capitalized word are a person's name, also where the initial is glued to
// it ("Kh.Battulga") or the tagger reads an organization ("D.Tsogtbaatar").
TEST(CommittedModelTest, AnInitialOpensAPersonsName) {
  const std::string text =
      "Putin arrived at the invitation of President of Mongolia Kh.Battulga. At the airport, he "
      "was welcomed by Minister of Foreign Affairs of Mongolia D.Tsogtbaatar \n\nThe talks "
      "began.";
  EXPECT_EQ(EntitiesStartingWith(text, {"Kh", "D."}),
            (std::vector<std::string>{"person/kh-battulga", "person/d-tsogtbaatar"}));
  // (Not an abbreviation's period: "St. Ann parish".)
  EXPECT_EQ(EntitiesStartingWith("Residents of St. Ann parish protested.", {"St."}),
            std::vector<std::string>{"place/st-ann"});
}

// A name that ends in a place's head word is the place, also with a title in apposition after
// it ("Beijing Capital International Airport, the prime minister"); an organization's head
// word and "of" a place are the organization ("the Patriotic Union of Kurdistan").
TEST(CommittedModelTest, HeadWordsBeforeAppositionsAndOf) {
  EXPECT_EQ(EntitiesStartingWith("On his arrival at Beijing Capital International Airport, the "
                                 "prime minister was given a red carpet welcome.",
                                 {"Beijing"}),
            std::vector<std::string>{"place/beijing-capital-international-airport"});
  EXPECT_EQ(EntitiesStartingWith("The session was delayed because the Kurdistan Democratic Party "
                                 "and the Patriotic Union of Kurdistan were unable to agree.",
                                 {"Patriotic"}),
            std::vector<std::string>{"org/patriotic-union-of-kurdistan"});
}

// Given names of South, Central and East Asia make their holders people: "veteran strongman
// Mahinda Rajapakse", "Nursultan Nazarbayev routinely secured", "made by Yoshimasa Hayashi".
TEST(CommittedModelTest, GivenNamesOfSouthAndCentralAsia) {
  EXPECT_EQ(EntitiesStartingWith("Sirisena won a shock victory over veteran strongman Mahinda "
                                 "Rajapakse in an election.",
                                 {"Mahinda"}),
            std::vector<std::string>{"person/mahinda-rajapakse"});
  EXPECT_EQ(EntitiesStartingWith("Tokayev's result affirmed the mandate that Nursultan "
                                 "Nazarbayev routinely secured.",
                                 {"Nursultan"}),
            std::vector<std::string>{"person/nursultan-nazarbayev"});
  EXPECT_EQ(EntitiesStartingWith("The previous visit to China by a Japanese foreign minister was "
                                 "made by Yoshimasa Hayashi in April 2023.",
                                 {"Yoshimasa"}),
            std::vector<std::string>{"person/yoshimasa-hayashi"});
  EXPECT_EQ(EntitiesStartingWith("The Janata Samajbadi Party-Nepal, led by Upendra Yadav, pulled "
                                 "its ministers out of the government on Wednesday.",
                                 {"Upendra"}),
            std::vector<std::string>{"person/upendra-yadav"});
}

// What the tagger runs over that is no one name: a clause a pronoun opens in a headline's
// title case ("as She Arrives in Kenya"), an office ("visiting Heads of State"), two names a
// slash or an "and" between head words parts ("Mexico Presidency/Handout", "the Kandere Party
// and Party for Rural Advancement").
TEST(CommittedModelTest, SpansThatAreNoOneName) {
  const std::string text =
      "Kenya: Full in-Tray for Tanzanian President Samia Suluhu as She Arrives in Kenya\n\n"
      "She received a 21-gun salute, a privilege given to visiting Heads of State. They met "
      "after the extraordinary session of Economic Community of West African States (ECOWAS) "
      "Heads of State and Government in Abuja. The United "
      "Party won seven seats, and the Kandere Party and Party for Rural Advancement one each.\n\n"
      "Mexico Presidency/Handout via REUTERS";
  EXPECT_EQ(EntitiesStartingWith(text, {"She", "Arrives", "Heads"}), std::vector<std::string>{});
  EXPECT_EQ(EntitiesStartingWith(text, {"Kandere", "Party for", "Mexico Presidency"}),
            (std::vector<std::string>{"org/kandere-party", "org/party-for-rural-advancement",
                                      "org/mexico-presidency"}));
  EXPECT_EQ(EntitiesStartingWith("Frank Bainimarama casts his vote in last week's election. "
                                 "Photograph: Pita Ligaiula/AP",
                                 {"Photograph"}),
            std::vector<std::string>{});
}

// A country's name and a body's word before "party" are the party's name, there and where the
// two stand side by side again.
TEST(CommittedModelTest, ACountrysNameOpensItsPartysName) {
  const std::string text =
      "The Fiji First party took 32 of 50 seats, according to results released by the Fijian "
      "elections office. When other candidates were added, Fiji First won 294,000 votes.";
  EXPECT_EQ(EntitiesWritten(text, "Fiji First"),
            (std::vector<std::string>{"org/fiji-first", "org/fiji-first"}));
}

// Two bodies joined by "and" are two: "the 2017 merger of National Bank of Abu Dhabi and First
// Gulf Bank"; not one body whose name holds "and" ("the Union Solidarity and Development
// Party", "the African Union Support and Stabilization Mission in Somalia").
TEST(CommittedModelTest, TwoBodiesJoinedByAnd) {
  const std::string text =
      "The 2017 merger of National Bank of Abu Dhabi and First Gulf Bank formed First Abu Dhabi "
      "Bank. The Union Solidarity and Development Party won. The African Union Support and "
      "Stabilization Mission in Somalia (AUSSOM) fought.";
  EXPECT_EQ(EntitiesStartingWith(text, {"National", "First Gulf", "Union", "African"}),
            (std::vector<std::string>{"org/national-bank-of-abu-dhabi", "org/first-gulf-bank",
                                      "org/union-solidarity-and-development-party",
                                      "org/african-union-support-and-stabilization-mission-in-"
                                      "somalia"}));
}

// An office's name that an office noun ends is no person's: "The Chief Electoral Officer said",
// "Special Aide to the President and Presidential Advisor, Mrs Marietta Brew Appiah-Oppong".
TEST(CommittedModelTest, AnOfficeNounEndsNoName) {
  const std::string text =
      "The Chief Electoral Officer said vote counting could be completed next week. The "
      "delegation included Mrs Joyce Bawah Mogtari, Special Aide to the President and Presidential "
      "Advisor, and Colonel Larry Gbevlo Lartey, Presidential Envoy for the Sahel.";
  EXPECT_EQ(EntitiesStartingWith(text, {"Electoral", "Presidential"}), std::vector<std::string>{});
  EXPECT_EQ(EntitiesStartingWith(text, {"Joyce", "Larry"}),
            (std::vector<std::string>{"person/joyce-bawah-mogtari", "person/larry-gbevlo-lartey"}));
}

// Museums, mines, temples and markets are places: "the Museum of Modern Art", "the Chosei Coal
// Mine", "the Guru Nanak Sikh Gurdwara", "Board Bazar".
TEST(CommittedModelTest, MuseumsMinesTemplesAndMarketsArePlaces) {
  EXPECT_EQ(EntitiesStartingWith("The leaders toured the Museum of Modern Art in Rio on Sunday. "
                                 "Workers died at the Chosei Coal Mine. Nijjar was shot outside "
                                 "the Guru Nanak Sikh Gurdwara.",
                                 {"Museum", "Chosei", "Guru"}),
            (std::vector<std::string>{"place/museum-of-modern-art", "place/chosei-coal-mine",
                                      "place/guru-nanak-sikh-gurdwara"}));
}

// A known outlet's name and the language or region of its service name that service, an outlet
// of its own: not the BBC with Myanmar in a country's place.
TEST(CommittedModelTest, AnOutletsLanguageService) {
  const std::string text =
      "BBC Burmese and other local media also reported the air strikes. Sputnik Africa, a "
      "Russian outlet, carried the statement, and the BBC said Africa was calm.";
  EXPECT_EQ(EntitiesStartingWith(text, {"BBC", "Sputnik", "Burmese", "Africa"}),
            (std::vector<std::string>{"org/bbc-burmese", "org/sputnik-africa", "org/bbc",
                                      "place/africa"}));
  EXPECT_TRUE(RelationPairs(ExtractWithCommittedModel(text), Predicate::kAffiliation).empty());
}

// A photo's credit, the agency and its photographer glued by a slash: the name after it is a
// person's, whatever the tagger read.
TEST(CommittedModelTest, APhotographerCreditedAfterTheAgency) {
  EXPECT_EQ(EntitiesStartingWith("Iraqi demonstrators take part in ongoing anti-government "
                                 "protests in Baghdad, Iraq November 14, 2019. "
                                 "REUTERS/Alaa al-Marjani",
                                 {"Alaa"}),
            (std::vector<std::string>{"person/alaa-al-marjani"}));
}

// ", alias Fito,", "a.k.a. El Chapo", "aka El Mayo": another name of the person before it.
TEST(CommittedModelTest, AnAliasAfterAPersonsName) {
  EXPECT_EQ(EntitiesStartingWith("Police caught José Adolfo Macías Villamar, alias Fito, in "
                                 "Manta. Joaquín Guzmán, a.k.a. El Chapo, and Ismael Zambada, "
                                 "aka El Mayo, were arrested.",
                                 {"Fito", "El"}),
            (std::vector<std::string>{"person/jose-adolfo-macias-villamar", "person/joaquin-guzman",
                                      "person/ismael-zambada"}));
}

// A name between "the" and a gang's noun is the gang, there and elsewhere; not a state's name
// ("the Sinaloa cartel" leaves Sinaloa a place).
TEST(CommittedModelTest, AGangNamedBeforeItsNoun) {
  EXPECT_EQ(EntitiesStartingWith("Fito, leader of the Los Choneros criminal gang, escaped from a "
                                 "Guayaquil prison. Los Choneros controls the port. The Sinaloa "
                                 "cartel was blamed.",
                                 {"Los", "Sinaloa"}),
            (std::vector<std::string>{"org/los-choneros", "org/los-choneros", "place/sinaloa"}));
}

// A nickname in single quotes, in curly single quotes or between two apostrophes (a double
// quote so typed) inside a name is the person's, named without it.
TEST(CommittedModelTest, ANicknameInSingleQuotesOrTwoApostrophes) {
  EXPECT_EQ(EntitiesStartingWith("Japan's prime minister met President Ferdinand ''Bongbong'' "
                                 "Marcos Jr. on Tuesday. Jorge \u2018Tuto\u2019 Quiroga and Joko "
                                 "'Jokowi' Widodo spoke.",
                                 {"Ferdinand", "Jorge", "Joko", "Bongbong", "Tuto", "Jokowi"}),
            (std::vector<std::string>{"person/ferdinand-marcos-jr", "person/jorge-quiroga",
                                      "person/joko-widodo"}));
}

// Indian news writes initials bare: "P Chidambaram", "M K Stalin" are people, and "L" after a
// portfolio opens its holder's name ("Information and Broadcasting L Murugan").
TEST(CommittedModelTest, BareInitialsOpenAName) {
  const std::string text =
      "External Affairs Minister S Jaishankar met P Chidambaram and M K Stalin in Chennai. "
      "Union Minister of State for Information and Broadcasting L Murugan said.";
  EXPECT_EQ(EntitiesStartingWith(text, {"S", "P", "M", "L", "Broadcasting"}),
            (std::vector<std::string>{"person/s-jaishankar", "person/p-chidambaram",
                                      "person/m-k-stalin", "person/l-murugan"}));
  EXPECT_EQ(RelationPairs(ExtractWithCommittedModel(text), Predicate::kJobTitle),
            (std::vector<std::string>{
                "person/l-murugan Union Minister of State for Information and Broadcasting",
                "person/s-jaishankar External Affairs Minister"}));
}

// A word of the office and a title, read as an organization, is the title: "Union Minister of
// State" names no body.
TEST(CommittedModelTest, AnOfficesWordAndATitleNameNoBody) {
  EXPECT_EQ(EntitiesStartingWith("Sri Lanka's President was received by the Union Minister of "
                                 "State in the Ministry of Information and Broadcasting, "
                                 "L Murugan, in New Delhi.",
                                 {"Union", "L"}),
            (std::vector<std::string>{"person/l-murugan"}));
}

// A ceremony's guard or a decoration names no body: "inspected a Guard of Honor", "the Badge
// of Honor".
TEST(CommittedModelTest, AGuardOfHonourNamesNoBody) {
  EXPECT_EQ(EntitiesStartingWith("President Kiir inspected a Guard of Honor in Juba. He was "
                                 "awarded the Badge of Honor.",
                                 {"Guard", "Badge", "Honor"}),
            (std::vector<std::string>{}));
}

// Straight single quotes inside a name need a given name before them; two letters that write
// a country's code open no person's name.
TEST(CommittedModelTest, QuotedHeadlineWordsAndACountrysLettersOpenNoName) {
  EXPECT_EQ(EntitiesStartingWith("Anhui 'Surplus' Rural Laborers Move\n\nReynie Ortiz, resident "
                                 "of U S West International, said.",
                                 {"Anhui", "Surplus", "U"}),
            (std::vector<std::string>{"org/u-s-west-international"}));
}

// A capital stands for its government on either side of ties "between" two, when it is pressed
// or sent something, and as the agent of a verb of politics in the passive.
TEST(CommittedModelTest, ACapitalAsTheSideOfTiesOrAPassivesAgent) {
  EXPECT_EQ(
      EntitiesStartingWith("The missile underlined the need for closer security cooperation "
                           "between Seoul and Tokyo. Trump piled pressure on Kyiv to strike a "
                           "deal. The deal was never confirmed by Addis Ababa. Officials in "
                           "Seoul met later.",
                           {"Seoul", "Tokyo", "Kyiv", "Addis"}),
      (std::vector<std::string>{"country/kr", "country/jp", "country/ua", "country/et",
                                "place/seoul-kr"}));
}

// "Ma." (María) and "Md." (Mohammad) abbreviated open a person's name.
TEST(CommittedModelTest, AnAbbreviatedGivenNameOpensAName) {
  EXPECT_EQ(EntitiesStartingWith("Philippine Secretary of Foreign Affairs Ma. Theresa Lazaro said "
                                 "the talks went well. Awami League general secretary Md. "
                                 "Obaidul Quader agreed.",
                                 {"Ma.", "Md.", "Theresa", "Obaidul"}),
            (std::vector<std::string>{"person/ma-theresa-lazaro", "person/md-obaidul-quader"}));
}

// "the Saudi-led coalition" (also "military coalition") is one body tied to its country; a
// coalition government is none.
TEST(CommittedModelTest, ACoalitionLedByACountry) {
  const std::string text =
      "Saudi-led coalition airstrikes hit Sanaa. The Saudi-led military coalition has killed "
      "dozens. The Thai-led coalition government fell. Saudi Arabia denied it.";
  EXPECT_EQ(EntitiesStartingWith(text, {"Saudi-led", "Thai"}),
            (std::vector<std::string>{"org/saudi-led-coalition", "org/saudi-led-coalition",
                                      "country/th"}));
  EXPECT_EQ(RelationPairs(ExtractWithCommittedModel(text), Predicate::kAffiliation),
            (std::vector<std::string>{"org/saudi-led-coalition country/sa"}));
}

// A social network's handle names no one: "@POTUS Biden", "President @LopezObrador_"; a
// known body's handle is that body.
TEST(CommittedModelTest, AHandleNamesNoOne) {
  EXPECT_EQ(EntitiesStartingWith("\u201cI\u2019ll be meeting with @POTUS Biden, President "
                                 "@LopezObrador_, and business leaders,\u201d Trudeau wrote. "
                                 "Follow @Reuters for more.",
                                 {"@", "POTUS", "President", "LopezObrador", "Reuters"}),
            (std::vector<std::string>{"org/reuters"}));
}

// "the leader of the PVV party, Geert Wilders": a role of a party named with its noun, before a
// comma and the person.
TEST(CommittedModelTest, ARoleOfAPartyWithItsNounBeforeAComma) {
  EXPECT_EQ(RelationPairs(ExtractWithCommittedModel(
                              "Dutch far-right politician and leader of the PVV party, Geert "
                              "Wilders said he is confident about finding coalition partners."),
                          Predicate::kLeaderOf),
            (std::vector<std::string>{"person/geert-wilders org/party-for-freedom"}));
}

// "the New Social Contract (NSC) party of centrist lawmaker Pieter Omtzigt": the party one's
// name owns is the party one leads; the acronym the text defines is that party's, not the
// National Security Council a lexicon knows by it.
TEST(CommittedModelTest, APartyOfAPersonAndTheAcronymTheTextDefines) {
  const DocumentResult r = ExtractWithCommittedModel(
      "A coalition of the VVD and the New Social Contract (NSC) party of centrist lawmaker "
      "Pieter Omtzigt would have 81 seats. The Law and Justice party of Jaroslaw Kaczynski won. "
      "The NSC said.");
  EXPECT_EQ(RelationPairs(r, Predicate::kLeaderOf),
            (std::vector<std::string>{"person/jaroslaw-kaczynski org/law-and-justice",
                                      "person/pieter-omtzigt org/new-social-contract"}));
  bool found = false;
  for (const Entity& e : r.fragment.entities)
    if (e.id == "org/new-social-contract") {
      found = true;
      EXPECT_EQ(e.alt_names, (std::vector<std::string>{"NSC"}));
      EXPECT_EQ(e.subtype.view(), "PoliticalParty");
    }
  EXPECT_TRUE(found);
}

// A country in a quotation is none of the speaker's outside it.
TEST(CommittedModelTest, ACountryQuotedIsNoneOfTheSpeakers) {
  EXPECT_TRUE(
      RelationPairs(ExtractWithCommittedModel(
                        "\u201cEuropean political topics will naturally form the focus of the "
                        "discussion\u201d between the two leaders \u201cbut certainly the "
                        "distressing international issues affecting us all will also play a role, "
                        "particularly the developments in Ukraine\u201d, government spokesman "
                        "Steffen Hebestreit told a press conference."),
                    Predicate::kNationality)
          .empty());
}

// An election whose parties the lexicon places in one country the story names is held there,
// wherever else the story goes.
TEST(CommittedModelTest, AnElectionOfAPartyOfOneCountry) {
  const DocumentResult r = ExtractWithCommittedModel(
      "German Chancellor Olaf Scholz will host French President Emmanuel Macron for talks on "
      "Ukraine. Scholz is set to relinquish power soon, after his centre-left SPD party was "
      "defeated in elections last month.");
  const std::vector<std::string> placed = RelationPairs(r, Predicate::kLocation);
  ASSERT_EQ(placed.size(), 1u);
  EXPECT_TRUE(placed[0].starts_with("event/election-")) << placed[0];
  EXPECT_TRUE(placed[0].ends_with(" country/de")) << placed[0];
}

// Those who speak at a meeting named as the time of their words, in the phrase that opens the
// sentence, held it: "During the meeting at Al Husseiniya Palace, King Abdullah II and ...
// Sameh Shoukry stressed ..." (a reporting verb's speakers take part in no other event).
TEST(CommittedModelTest, SpeakersDuringTheMeetingHeldIt) {
  const DocumentResult r = ExtractWithCommittedModel(
      "During the meeting at Al Husseiniya Palace, King Abdullah II and Egyptian Foreign "
      "Minister Sameh Shoukry stressed the depth of bilateral relations.");
  std::vector<std::string> held = RelationPairs(r, Predicate::kParticipant);
  for (std::string& p : held) p = p.substr(p.find(' ') + 1);
  EXPECT_EQ(held, (std::vector<std::string>{"person/abdullah-ii", "person/sameh-shoukry"}));
}

// "the Prime Minister" as a clause's subject stands for the one person the story titled so
// before; talks held "during the summit" are a meeting of their own, not the summit.
TEST(CommittedModelTest, TheTitleAloneIsItsOneHolderAndTalksAtASummitAreTheirOwn) {
  const DocumentResult r = ExtractWithCommittedModel(
      "Prime Minister Abiy Ahmed attended the African Union summit in Addis Ababa. During the "
      "summit, the Prime Minister held productive talks with President Félix Tshisekedi of the "
      "Democratic Republic of Congo.");
  bool talks = false;
  for (const auto& [event, who] : ParticipantsByEvent(r))
    talks = talks || who == std::set<std::string>{"person/abiy-ahmed", "person/felix-tshisekedi"};
  EXPECT_TRUE(talks);
  // Not where the story titled two so: "the President" is either of them.
  const DocumentResult two = ExtractWithCommittedModel(
      "President Joseph Boakai and President Duma Boko arrived. Later, the President met with "
      "Prime Minister Abiy Ahmed.");
  for (const std::string& p : RelationPairs(two, Predicate::kParticipant))
    EXPECT_EQ(p.find("person/joseph-boakai"), std::string::npos) << p;
}

// One word a title names is a person's surname: "Baradar" after "Mullah Baradar" is he, where
// the tagger reads it as a place in a list of countries.
TEST(CommittedModelTest, OneWordATitleNamesIsASurname) {
  const std::string text =
      "Pakistan released former Taliban number two Mullah Baradar last month. \"What is likely "
      "is three-way talks between Pakistan, Afghanistan and Baradar,\" he said.";
  for (const std::string& id : EntitiesWritten(text, "Baradar"))
    EXPECT_TRUE(id.ends_with("person/baradar")) << id;
}

// A person of three or more words is written by his initials too: "AMLO" after "Andres Manuel
// Lopez Obrador". Not a party's name the tagger took for a person's.
TEST(CommittedModelTest, APersonsInitialsNameHim) {
  const std::string text =
      "Mexican President Andres Manuel Lopez Obrador met Guatemala's president in Tapachula. "
      "Guatemala fears the violence might spill over the border. AMLO stated that he and "
      "Arevalo agreed to work together.";
  const std::vector<std::string> ids = EntitiesWritten(text, "AMLO");
  ASSERT_EQ(ids.size(), 1u);
  EXPECT_TRUE(ids[0].ends_with("person/andres-manuel-lopez-obrador")) << ids[0];
}

// A demonym before a word of the office and its title owns it: "Argentine Presidential
// Spokesman Manuel Adorni" is Argentine. The word of the office is no name of its own.
TEST(CommittedModelTest, ADemonymBeforeAWordOfTheOffice) {
  for (const char* text : {"Argentine Presidential Spokesman Manuel Adorni posted a message.",
                           "Argentine Presidential Spokesperson Manuel Adorni posted a message."}) {
    const DocumentResult r = ExtractWithCommittedModel(text);
    EXPECT_EQ(RelationPairs(r, Predicate::kNationality),
              (std::vector<std::string>{"person/manuel-adorni country/ar"}))
        << text;
    EXPECT_EQ(PersonEntities(r), (std::vector<std::string>{"person/manuel-adorni"})) << text;
  }
}

// "the Presidents of Kazakhstan and Uzbekistan held talks": the leaders of the countries listed
// after "the presidents of" (or "the prime ministers of", "the heads of state of") take part,
// where the story names one leader of each.
TEST(CommittedModelTest, ThePresidentsOfTwoCountriesHeldTheTalks) {
  const DocumentResult r = ExtractWithCommittedModel(
      "Kazakh President Kassym-Jomart Tokayev arrived in Tashkent, where Uzbek President Shavkat "
      "Mirziyoyev welcomed him. Afterwards, the Presidents of Kazakhstan and Uzbekistan held "
      "talks in the narrow format.");
  bool both = false;
  for (const auto& [event, who] : ParticipantsByEvent(r))
    both = both || (who.contains("person/kassym-jomart-tokayev") &&
                    who.contains("person/shavkat-mirziyoyev") && who.contains("country/kz"));
  EXPECT_TRUE(both);
}

// "Party" before a title, with no name before it but a country's, is a word of the office:
// "Lao Party General Secretary and President of Laos Thongloun Sisoulith" names no body. Not in
// "Vietnam's Communist Party General Secretary To Lam".
TEST(CommittedModelTest, PartyBeforeATitleIsAWordOfTheOffice) {
  for (const auto& [w, id] : TaggedMentions(
           "Vietnamese Deputy Prime Minister Nguyen Chi Dung paid courtesy calls to Lao Party "
           "General Secretary and President of Laos Thongloun Sisoulith in Vientiane."))
    EXPECT_EQ(id.find("org/"), std::string::npos) << w;
  bool party = false;
  for (const auto& [w, id] : TaggedMentions(
           "HANOI (AFP) - Vietnam's Communist Party General Secretary To Lam and Indonesian "
           "President Prabowo Subianto agreed Wednesday to step up cooperation."))
    party = party || id.find("org/communist-party") != std::string::npos;
  EXPECT_TRUE(party);
}

// A field of work capitalized as a topic ("an MoU on Agricultural Cooperation", "technology and
// Artificial Intelligence") and a document's name ("the Terms of Reference", "a Code of
// Conduct", "Memoranda of Understanding") name no body or place.
TEST(CommittedModelTest, FieldsOfWorkAndDocumentsNameNothing) {
  for (const char* text :
       {"They include an MoU on Agricultural Cooperation and a tax agreement.",
        "The Prime Minister highlighted Ethiopia's agenda in technology and Artificial "
        "Intelligence.",
        "Both sides signed the Terms of Reference of the commission in Nairobi.",
        "ASEAN and China agreed to speed up talks on a Code of Conduct in the South China Sea.",
        "The two countries exchanged Memoranda of Understanding on trade."})
    for (const auto& [w, id] : TaggedMentions(text))
      EXPECT_TRUE(!id.ends_with("cooperation") && !id.ends_with("intelligence") &&
                  !id.ends_with("reference") && !id.ends_with("conduct") &&
                  !id.ends_with("understanding"))
          << w << " in " << text;
}

// A monarch or a pope is known by his title and name together: "King Charles" is a name of
// Charles, "Pope Francis" of Francis.
TEST(CommittedModelTest, AMonarchIsKnownByTitleAndName) {
  const DocumentResult r = ExtractWithCommittedModel(
      "Steinmeier was welcomed by King Charles and Queen Camilla at Windsor Castle. Taliban "
      "defence minister Mullah Mohammad Yaqoob was not there. Pope Francis sent a message.");
  std::vector<std::string> known_as;
  for (const Entity& e : r.fragment.entities)
    if (e.id == "person/charles")
      known_as.insert(known_as.end(), e.alt_names.begin(), e.alt_names.end());
  EXPECT_NE(std::find(known_as.begin(), known_as.end(), "King Charles"), known_as.end());
  bool mullah = false;
  for (const Entity& e : r.fragment.entities)
    for (const std::string& a : e.alt_names) mullah = mullah || a == "Mullah Mohammad Yaqoob";
  EXPECT_TRUE(mullah);
  bool pope = false;
  for (const Entity& e : r.fragment.entities)
    for (const std::string& a : e.alt_names) pope = pope || a == "Pope Francis";
  EXPECT_TRUE(pope);
}

// A party is also known by its name with its noun after it: "the Pheu Thai party".
TEST(CommittedModelTest, APartyKnownWithItsNoun) {
  const DocumentResult r = ExtractWithCommittedModel(
      "The opposition Pheu Thai party agreed to form a coalition without Move Forward.");
  bool party = false;
  for (const Entity& e : r.fragment.entities)
    for (const std::string& a : e.alt_names) party = party || a == "Pheu Thai party";
  EXPECT_TRUE(party);
}

// "e" joins a Portuguese name's surnames, as "y" a Spanish one's: "Henrique Gouveia e Melo".
TEST(CommittedModelTest, ThePortugueseParticleE) {
  const std::vector<std::string> persons = PersonEntities(ExtractWithCommittedModel(
      "Retired admiral Henrique Gouveia e Melo and Luis Marques Mendes trailed in the polls."));
  EXPECT_NE(std::find(persons.begin(), persons.end(), "person/henrique-gouveia-e-melo"),
            persons.end());
}

// A people's name or a weekday after a given name alone is a surname: "Volker Turk", "Godwin
// Friday of the New Democratic Party" (but "met Xi Jinping Friday" is dated).
TEST(CommittedModelTest, APeoplesNameOrAWeekdayAsASurname) {
  EXPECT_EQ(PersonEntities(ExtractWithCommittedModel(
                "UN High Commissioner for Human Rights Volker Turk urged restraint.")),
            (std::vector<std::string>{"person/volker-turk"}));
  EXPECT_EQ(PersonEntities(ExtractWithCommittedModel(
                "Preliminary results show that Godwin Friday of the New Democratic Party won.")),
            (std::vector<std::string>{"person/godwin-friday"}));
  EXPECT_EQ(PersonEntities(ExtractWithCommittedModel("Biden met Xi Jinping Friday in Lima.")),
            (std::vector<std::string>{"person/biden", "person/xi-jinping"}));
}

// "US Under Secretary of State Victoria Nuland": the whole office is one title.
TEST(CommittedModelTest, UnderSecretaryOfState) {
  const DocumentResult r = ExtractWithCommittedModel(
      "US Under Secretary of State Victoria Nuland earlier said US negotiators were cautious.");
  EXPECT_EQ(RelationPairs(r, Predicate::kNationality),
            (std::vector<std::string>{"person/victoria-nuland country/us"}));
}

// Words in quotes that a theme, a slogan, a motto or a law's title is name no one.
TEST(CommittedModelTest, ASlogansWordsNameNoOne) {
  const DocumentResult r = ExtractWithCommittedModel(
      "\"Our theme 'Iumi Tugeda' is a resounding call for a renewed commitment,\" Solomon "
      "Islands Prime Minister Jeremiah Manele said.");
  EXPECT_EQ(PersonEntities(r), (std::vector<std::string>{"person/jeremiah-manele"}));
  // Nor does a law's title in quotes.
  EXPECT_TRUE(EntitiesWritten("Georgia's parliament passed the second reading of the bill \"On "
                              "the Transparency of Foreign Influence,\" which was opposed.",
                              "Transparency of Foreign Influence")
                  .empty());
}

// A writer's name in capitals on the line above a known outlet's name alone is a person's.
TEST(CommittedModelTest, ABylineInCapitalsAboveItsOutlet) {
  const DocumentResult r = ExtractWithCommittedModel(
      "Nepal's PM sworn in\n\nBINAJ GURUBACHARYA\nAssociated Press\n\nKATMANDU, Nepal (AP) - "
      "Nepal's parliament elected Sushil Koirala as prime minister on Monday.");
  const std::vector<std::string> persons = PersonEntities(r);
  EXPECT_NE(std::find(persons.begin(), persons.end(), "person/binaj-gurubacharya"), persons.end());
  const std::vector<std::string> writer = PersonEntities(ExtractWithCommittedModel(
      "Sanwa Denki buys Nordvik\n\nKENJI TAKAHASHI, Nikkei staff writer\nOctober 7, 2025\n\n"
      "TOKYO -- Sanwa Denki agreed to buy the Swedish company."));
  EXPECT_NE(std::find(writer.begin(), writer.end(), "person/kenji-takahashi"), writer.end());
}

// A capital named as one is the town, not its government, whatever follows: "struck the
// Ukrainian capital Kyiv early on Wednesday".
TEST(CommittedModelTest, ACapitalNamedAsOneIsTheTown) {
  const DocumentResult r = ExtractWithCommittedModel(
      "Hours before the talks, Russian drones and missiles struck the Ukrainian capital Kyiv "
      "early on Wednesday.");
  EXPECT_EQ(RelationPairs(r, Predicate::kCapitalOf),
            (std::vector<std::string>{"place/kyiv-ua country/ua"}));
}

// "in the capital of Monrovia", "the capital city of Abuja": a country's capital the gazetteer
// knows, called the capital, is the capital of that country where the story names it.
TEST(CommittedModelTest, TheCapitalOfATown) {
  EXPECT_EQ(RelationPairs(ExtractWithCommittedModel(
                              "Liberia's president was sworn in at a ceremony in parliament in "
                              "the capital of Monrovia."),
                          Predicate::kCapitalOf),
            (std::vector<std::string>{"place/monrovia-lr country/lr"}));
  EXPECT_EQ(RelationPairs(ExtractWithCommittedModel("Nigerian police fired tear gas at protesters "
                                                    "in the capital city of Abuja."),
                          Predicate::kCapitalOf),
            (std::vector<std::string>{"place/abuja-ng country/ng"}));
  // "the Argentine capital" with a person after its comma is the capital the story named.
  EXPECT_EQ(RelationPairs(ExtractWithCommittedModel(
                              "Bukele arrived in Buenos Aires on Monday. During his stay in the "
                              "Argentine capital, Bukele also met Foreign Minister Diana Mondino."),
                          Predicate::kCapitalOf),
            (std::vector<std::string>{"place/buenos-aires-ar country/ar"}));
  // "the capital" alone is the one national capital the story names, of its country.
  EXPECT_EQ(RelationPairs(ExtractWithCommittedModel(
                              "Victory celebrations in Dakar as Macky Sall wins in Senegal. Sall "
                              "supporters gathered in the streets of the capital on Monday."),
                          Predicate::kCapitalOf),
            (std::vector<std::string>{"place/dakar-sn country/sn"}));
  // Not of another country than the story's: "the capital" of a story on Moldova is Chisinau.
  EXPECT_TRUE(RelationPairs(ExtractWithCommittedModel(
                                "Moldova rejected pressure from Moscow. Moldova's president "
                                "Maia Sandu told supporters in the capital that Moldova chose "
                                "Europe."),
                            Predicate::kCapitalOf)
                  .empty());
}

// "Abdel Fatah al-Sisi": a party's one-word name (Fatah) between a given name and a surname is
// the person's middle name; after a given name alone before another organization it stays one.
TEST(TaggerTest, KnownOrganizationInsideAPersonsName) {
  EXPECT_EQ(TaggedMentions("President Abdel Fatah al-Sisi received William Burns on Sunday."),
            (std::vector<std::pair<std::string, std::string>>{
                {"President Abdel Fatah al-Sisi", "person/abdel-fatah-al-sisi"},
                {"received", "event/meeting-undated-f5677300"},
                {"William Burns", "person/william-burns"}}));
  bool fatah = false;
  for (const auto& [w, id] : TaggedMentions("Mahmoud Fatah Hamas said."))
    fatah |= id == "org/fatah";
  EXPECT_TRUE(fatah);
}

// "Chief of the General Intelligence Directorate Abbas Kamel": a body's name, then a given name
// and a surname, is the body and its holder; so where the body's name runs through "for" and
// "and" after a title's "of".
TEST(TaggerTest, BodyThenItsHolder) {
  EXPECT_EQ(TaggedMentions("The meeting was attended by Chief of the General Intelligence "
                           "Directorate Abbas Kamel."),
            (std::vector<std::pair<std::string, std::string>>{
                {"General Intelligence Directorate", "org/general-intelligence-directorate"},
                {"Abbas Kamel", "person/abbas-kamel"}}));
  const auto koopman = TaggedMentions(
      "She also met Director General of the Directorate General for Neighborhood and "
      "Enlargement Negotiations Gert-Jan Koopman.");
  ASSERT_FALSE(koopman.empty());
  EXPECT_EQ(koopman.back(),
            (std::pair<std::string, std::string>{"Gert-Jan Koopman", "person/gert-jan-koopman"}));
  for (size_t k = 0; k + 1 < koopman.size(); ++k)
    EXPECT_EQ(koopman[k].first.find("Koopman"), std::string::npos) << koopman[k].first;
  // "Speaker of Parliament Nabih Berri": the body is "Parliament".
  bool parliament = false;
  for (const auto& [w, id] : TaggedMentions("Speaker of Parliament Nabih Berri said so."))
    parliament |= w == "Parliament";
  EXPECT_TRUE(parliament);
}

// "MaryKay L. Carlson": a word, a one-letter initial and a word are a person's name, also after
// a country where no given name the lexicon knows opens it.
TEST(TaggerTest, MiddleInitialMakesAPerson) {
  EXPECT_EQ(TaggedMentions("US Ambassador to the Philippines MaryKay L. Carlson said so."),
            (std::vector<std::pair<std::string, std::string>>{
                {"US", "country/us"},
                {"Philippines", "country/ph"},
                {"MaryKay L. Carlson", "person/marykay-l-carlson"}}));
}

// "Dissanayake, leader of the Marxist Janatha Vimukthi Peramuna": the ideology's adjective is no
// part of the party's name, a name no lexicon knows after "leader of the" is a body's, and its
// leader leads it; "Samagi Jana Balawegaya's Sajith Premadasa": a name before a person's
// possessive is the person's party.
TEST(CommittedModelTest, PartiesNoLexiconKnows) {
  const auto r = ExtractWithCommittedModel(
      "Anura Kumara Dissanayake won. Dissanayake, leader of the Marxist Janatha Vimukthi Peramuna "
      "contested the presidential election and defeated Samagi Jana Balawegaya's Sajith "
      "Premadasa.");
  EXPECT_EQ(
      RelationPairs(r, Predicate::kLeaderOf),
      (std::vector<std::string>{"person/anura-kumara-dissanayake org/janatha-vimukthi-peramuna"}));
  EXPECT_EQ(RelationPairs(r, Predicate::kMemberOf),
            (std::vector<std::string>{"person/sajith-premadasa org/samagi-jana-balawegaya"}));
  // (Nor a person's name before a party's: "Vojislav Seselj's Serb Radicals".)
  for (const auto& [w, id] :
       TaggedMentions("Vojislav Seselj's Serb Radicals (SRS) made the biggest progress."))
    if (w == "Vojislav Seselj") {
      EXPECT_EQ(id, "person/vojislav-seselj");
    }
  // (Not a region's name before a place: "North Waziristan's Mir Ali tehsil".)
  bool region = false;
  for (const auto& [w, id] : TaggedMentions(
           "A bomber hit a convoy in North Waziristan's Mir Ali tehsil, officials said."))
    region |= w == "North Waziristan" && !id.starts_with("org/");
  EXPECT_TRUE(region);
}

// "the Palace of the Nation", "the Tomb of the Unknown Soldier": "of the" inside a building's
// name joins it (not "the Bank of the ..." or a title's owner, which other rules read).
TEST(TaggerTest, BuildingNamedWithOfThe) {
  EXPECT_EQ(
      EntitiesWritten("They met at the Palace of the Nation in Dushanbe.", "Palace of the Nation"),
      std::vector<std::string>{"place/palace-of-the-nation"});
  EXPECT_EQ(EntitiesWritten("He laid a wreath at the Tomb of the Unknown Soldier in Moscow.",
                            "Tomb of the Unknown Soldier"),
            std::vector<std::string>{"place/tomb-of-the-unknown-soldier"});
}

// "at Argyle, St. Vincent on December 14": a saint's name no lexicon knows is a place's.
TEST(TaggerTest, SaintsNameIsAPlace) {
  EXPECT_EQ(EntitiesWritten("The leaders met at Argyle, St. Vincent on December 14, 2023.",
                            "St. Vincent"),
            std::vector<std::string>{"place/st-vincent"});
  EXPECT_EQ(
      EntitiesWritten("The leaders met at Argyle, St. Vincent in December 2023.", "St. Vincent"),
      std::vector<std::string>{"place/st-vincent"});
}

// "42 Killed As Suspected Jihadists Attack Burkina Faso": in a headline's title case, a verb of
// violence after a plural noun is no name's word, and the plural names no one.
TEST(TaggerTest, HeadlineVerbAfterPluralSubject) {
  EXPECT_EQ(TaggedMentions("Read Also: 42 Killed As Suspected Jihadists Attack Burkina Faso"),
            (std::vector<std::pair<std::string, std::string>>{{"Burkina Faso", "country/bf"}}));
}

// "Egypt Today", "Africa Today News", "Gulf Times": a country's or a region's name before a news
// outlet's head word is the outlet's name ("Today" alone names nothing).
TEST(TaggerTest, OutletNamedAfterItsCountry) {
  EXPECT_EQ(TaggedMentions("According to Egypt Today, the talks went on."),
            (std::vector<std::pair<std::string, std::string>>{{"Egypt Today", "org/egypt-today"}}));
  EXPECT_EQ(EntitiesWritten("Africa Today News, New York reports that the junta hired them.",
                            "Africa Today News"),
            std::vector<std::string>{"org/africa-today-news"});
  EXPECT_EQ(TaggedMentions("Today the talks went on in Egypt."),
            (std::vector<std::pair<std::string, std::string>>{{"Egypt", "country/eg"}}));
}

// "the National Liberation Army guerrilla group, known by its initials in Spanish as ELN": the
// language is no country, and the acronym names the group there and later; "chief ELN
// negotiator Israel Ramírez", "Israel Katz said": a country's name that is a given name too
// opens a person's name the tagger reads.
TEST(CommittedModelTest, KnownAsAcronymAndIsraelAsAGivenName) {
  const auto eln = TaggedMentions(
      "The National Liberation Army guerrilla group, known by its initials in Spanish as ELN, "
      "agreed. Top ELN Commander Antonio García spoke.");
  for (const auto& [w, id] : eln) {
    EXPECT_NE(w, "Spanish");
    if (w == "ELN") {
      EXPECT_EQ(id, "org/national-liberation-army");
    }
  }
  EXPECT_EQ(
      TaggedMentions("Israel Katz said on Monday."),
      (std::vector<std::pair<std::string, std::string>>{{"Israel Katz", "person/israel-katz"}}));
  EXPECT_EQ(TaggedMentions("Israel struck Gaza on Monday.").front(),
            (std::pair<std::string, std::string>{"Israel", "country/il"}));
}

// "Bosnia's defiant Serb leader Milorad Dodik", "Kosovo Serbs": "Serb" and "Croat" name an
// ethnic group, not Serbia or Croatia; "Republika Srpska" is one of Bosnia and Herzegovina's two
// entities, a place (ISO 3166-2 type "Entity").
TEST(TaggerTest, EthnicNounsAndBosnianEntities) {
  EXPECT_EQ(TaggedMentions("Bosnia's defiant Serb leader Milorad Dodik said Republika Srpska "
                           "would pass laws."),
            (std::vector<std::pair<std::string, std::string>>{
                {"Bosnia", "country/ba"},
                {"Milorad Dodik", "person/milorad-dodik"},
                {"Republika Srpska", "place/republika-srpska"}}));
}

// "the Strip" after "the Gaza Strip", "the Court" after "the International Court of Justice":
// a bare head word names the one name it ends (or heads before "of"); a place's common noun that
// ends none names nothing ("the people of Island country").
TEST(TaggerTest, BareHeadWords) {
  EXPECT_EQ(EntitiesWritten("Israel struck the Gaza Strip. Aid must reach all areas of the Strip.",
                            "Strip"),
            std::vector<std::string>{"place/gaza-strip"});
  EXPECT_EQ(EntitiesWritten("Guyana turned to the International Court of Justice. Guyana keeps "
                            "the matter before the Court.",
                            "Court"),
            std::vector<std::string>{"org/international-court-of-justice"});
  EXPECT_TRUE(
      EntitiesWritten("The vote gave hope to the people of Island country.", "Island").empty());
}

// "CIA chief Egyptian-Qatari efforts": two peoples joined by a hyphen after a title are no
// person; "Memoranda of Understanding", "Paragraph 7" name nothing.
TEST(TaggerTest, DemonymPairAfterATitle) {
  EXPECT_EQ(
      TaggedMentions("Sisi discusses with CIA chief Egyptian-Qatari efforts in Gaza"),
      (std::vector<std::pair<std::string, std::string>>{{"Sisi", "person/sisi"},
                                                        {"CIA", "org/central-intelligence-agency"},
                                                        {"Egyptian", "country/eg"},
                                                        {"Qatari", "country/qa"},
                                                        {"Gaza", "place/gaza-strip"}}));
  EXPECT_TRUE(TaggedMentions("Under Paragraph 7 of the deal, agreements and Memoranda of "
                             "Understanding were signed.")
                  .empty());
}

// "discussions between President Irfaan Ali and President Nicolas Maduro at Argyle": talks.
TEST(CommittedModelTest, DiscussionsBetweenLeaders) {
  const auto r = ExtractWithCommittedModel(
      "The declaration emerged from discussions between President Irfaan Ali and President "
      "Nicolas Maduro at Argyle on December 14, 2023.");
  const auto by_event = ParticipantsByEvent(r);
  ASSERT_EQ(by_event.size(), 1u);
  EXPECT_TRUE(by_event.begin()->first.starts_with("event/meeting-2023-12-14"));
  EXPECT_EQ(by_event.begin()->second,
            (std::set<std::string>{"person/irfaan-ali", "person/nicolas-maduro"}));
}

// "President Salva Kiir met ... William Ruto on Wednesday ... the two leaders met": meetings of
// the same people on no two dates are one told again.
TEST(CommittedModelTest, OneMeetingToldTwice) {
  const auto r = ExtractWithCommittedModel(
      "President Salva Kiir met Kenya's president, William Ruto, on Wednesday in Nairobi. Kiir "
      "and Ruto met and held talks a day after Ruto's inauguration.",
      "2022-09-15");
  const auto by_event = ParticipantsByEvent(r);
  size_t meetings = 0;
  for (const auto& [event, who] : by_event) meetings += event.starts_with("event/meeting") ? 1 : 0;
  EXPECT_EQ(meetings, 1u);
}

// "met ... and discussed bilateral agreements and cooperation": agreements talked over are no
// agreement made.
TEST(CommittedModelTest, AgreementsDiscussedAreNoneMade) {
  const auto r = ExtractWithCommittedModel(
      "President Salva Kiir met Kenya's president William Ruto on Wednesday and discussed "
      "bilateral agreements and cooperation.",
      "2022-09-15");
  for (const auto& [event, who] : ParticipantsByEvent(r))
    EXPECT_FALSE(event.starts_with("event/agreement")) << event;
}

// "The previous summit of the three nations was back in December 2019": an occasion told as
// an earlier one is another event, whose date the meeting told before does not take.
TEST(CommittedModelTest, PreviousSummitIsAnotherOccasion) {
  const auto r = ExtractWithCommittedModel(
      "The declaration was adopted at a meeting held in Seoul among Japanese Prime Minister "
      "Fumio Kishida, Chinese Premier Li Qiang and South Korean President Yoon Suk-yeol. The "
      "previous summit of the three nations was back in December 2019.",
      "2024-05-27");
  bool today = false;
  for (const auto& [event, who] : ParticipantsByEvent(r))
    today |= !event.starts_with("event/meeting-2019") && who.contains("person/li-qiang");
  EXPECT_TRUE(today);
}

// "Vanuatu has elected former leader Charlot Salwai ... after Friday's sitting ... lost office
// after the 2020 general election": an election told as just done, in the present perfect, is
// of the lead's day, not the earlier election told later.
TEST(CommittedModelTest, JustElectedIsOfTheLeadsDay) {
  const auto r = ExtractWithCommittedModel(
      "Vanuatu has elected former leader Charlot Salwai to the nation's top job. His rival "
      "abandoned Friday's sitting in parliament. Mr Salwai led Vanuatu from 2016 but lost office "
      "after the 2020 general election.",
      "2023-10-07");
  bool today = false;
  for (const auto& [event, who] : ParticipantsByEvent(r))
    today |=
        event.starts_with("event/election-2023-10-06") && who.contains("person/charlot-salwai");
  EXPECT_TRUE(today);
}

// "a UN-recognised government": the name before a participle of recognition or mediation is a
// name of its own.
TEST(TaggerTest, NameBeforeRecognisedParticiple) {
  EXPECT_EQ(TaggedMentions("The country is divided between a UN-recognised government in "
                           "Tripoli and a rival one.")
                .front(),
            (std::pair<std::string, std::string>{"UN", "org/united-nations"}));
}

// "Nobel Laureate Muhammad Yunus takes oath": a laureate's form of address before a name; and
// a sentence's first word that the tagger leaves out of a name is dropped only where it is a
// plural or a person's noun ("Golfers Ernie Els", "Lawyer Elvino Dias"), not a given name the
// lexicon lacks ("Adilur Rahman Khan").
TEST(TaggerTest, LaureatesAndUnknownGivenNames) {
  EXPECT_EQ(TaggedMentions("Nobel Laureate Muhammad Yunus takes oath as head of the government"),
            (std::vector<std::pair<std::string, std::string>>{
                {"Muhammad Yunus", "person/muhammad-yunus"}}));
  EXPECT_EQ(
      TaggedMentions("Adilur Rahman Khan, a notable human rights activist, joined.").front(),
      (std::pair<std::string, std::string>{"Adilur Rahman Khan", "person/adilur-rahman-khan"}));
  EXPECT_EQ(TaggedMentions("Lawyer Elvino Dias was shot dead.").front().second,
            "person/elvino-dias");
  EXPECT_EQ(TaggedMentions("Newly-formed National Assembly will then elect the president."),
            (std::vector<std::pair<std::string, std::string>>{
                {"National Assembly", "org/national-assembly"}}));
}

// "strategically crucial in the U.S. partners' battle against China for regional influence":
// a contest for sway is no war.
TEST(CommittedModelTest, BattleForInfluenceIsNoWar) {
  const auto r = ExtractWithCommittedModel(
      "A security treaty between Australia and its nearest neighbor, which is crucial in the "
      "U.S. partners' battle against China for regional influence, had been expected in June.",
      "2023-12-05");
  for (const auto& [event, who] : ParticipantsByEvent(r))
    EXPECT_FALSE(event.starts_with("event/conflict")) << event;
}

// "the Belt and Road Initiative (BRI) ... The BRI is a mega connectivity project": an
// initiative's acronym names no body where it is written again either.
TEST(TaggerTest, DocumentAcronymWrittenAgain) {
  for (const auto& [w, id] :
       TaggedMentions("Nepal and China signed the framework agreement on the Belt and Road "
                      "Initiative (BRI). The BRI is a mega connectivity project."))
    EXPECT_NE(w, "BRI") << id;
}

// "the MoU on Economic and Technical Cooperation": a document's subject names no body.
TEST(TaggerTest, DocumentsSubjectIsNoBody) {
  EXPECT_TRUE(TaggedMentions("They signed the MoU on Economic and Technical Cooperation.").empty());
}

// "the Armenian Revolutionary Federation (Dashnaktsutyun) party ... Dashnaktsutyun accused":
// a body's other name in brackets names the body, there and where it is written again (but
// "MUSCAT, Oman (Dispatches)" after a country is no country).
TEST(TaggerTest, BodysOtherNameInBrackets) {
  const auto m = TaggedMentions(
      "Two lawmakers of the Armenian Revolutionary Federation (Dashnaktsutyun) party were held. "
      "In a statement, Dashnaktsutyun accused the police.");
  size_t named = 0;
  for (const auto& [w, id] : m)
    if (w == "Dashnaktsutyun") {
      EXPECT_EQ(id, "org/armenian-revolutionary-federation");
      ++named;
    }
  EXPECT_EQ(named, 2u);
}

// "Libya's UN-recognised Government of National Accord (GNA)": a government named for an accord
// is a body, its acronym too.
TEST(TaggerTest, GovernmentOfNationalAccord) {
  EXPECT_EQ(TaggedMentions("They serve Libya's UN-recognised Government of National Accord (GNA) "
                           "in Tripoli."),
            (std::vector<std::pair<std::string, std::string>>{
                {"Libya", "country/ly"},
                {"UN", "org/united-nations"},
                {"Government of National Accord", "org/government-of-national-accord"},
                {"GNA", "org/government-of-national-accord"},
                {"Tripoli", "place/tripoli-ly"}}));
}

// "Muse Township": a name that ends in a place's head word is a place, whatever the tagger
// reads in its first word.
TEST(CommittedModelTest, ATownship) {
  EXPECT_EQ(EntitiesWritten("Fighting was reported in Muse Township on Friday.", "Muse Township"),
            std::vector<std::string>{"place/muse-township"});
}

// "Nasry Asfura, the capital's mayor": an office of a place written before it makes the name a
// person's; the place's noun alone makes it a place's ("Tilburg, a port town").
TEST(CommittedModelTest, AnOfficeOfAPlaceInApposition) {
  EXPECT_EQ(EntitiesWritten("Castro held a lead over Nasry Asfura, the capital's mayor, who won.",
                            "Nasry Asfura"),
            std::vector<std::string>{"person/nasry-asfura"});
  EXPECT_EQ(EntitiesWritten("Nasry Asfura, a city mayor, won.", "Nasry Asfura"),
            std::vector<std::string>{"person/nasry-asfura"});
  EXPECT_EQ(EntitiesWritten("Kowloon Bay, a port town, was hit.", "Kowloon Bay"),
            std::vector<std::string>{"place/kowloon-bay"});
}

// "Al Qaeda-affiliate Al Shabaab", "the Iran-backed Lebanese Hezbollah": the name glued to a
// word of backing or ties is who backs the group, or to which it is tied.
TEST(CommittedModelTest, WhoBacksAGroup) {
  const DocumentResult r = ExtractWithCommittedModel(
      "In a statement, Al Qaeda-affiliate Al Shabaab said it was done. The Iran-backed Lebanese "
      "Hezbollah fired rockets. The Kyiv-based Razumkov Centre said so.");
  EXPECT_EQ(RelationPairs(r, Predicate::kAffiliation),
            (std::vector<std::string>{"org/al-shabaab org/al-qaeda", "org/hezbollah country/ir",
                                      "org/hezbollah country/lb"}));
}

// "said in Arabic", "said in Russian at the ceremony": the language one spoke names no place
// or country.
TEST(CommittedModelTest, TheLanguageOneSpoke) {
  for (const char* language : {"Arabic", "Swahili", "Russian"}) {
    const std::string text =
        std::string("\"The road was long,\" Williams said in ") + language + " at the ceremony.";
    EXPECT_TRUE(EntitiesWritten(text, language).empty()) << language;
  }
}

// "Fayez al-Sarraj's Government of National Accord", "Khalifa Haftar's Libyan National Army": a
// body named as a person's is one he leads.
TEST(CommittedModelTest, ABodyNamedAsAPersons) {
  const DocumentResult r = ExtractWithCommittedModel(
      "The accord was concluded after talks between representatives of Fayez al-Sarraj's "
      "Government of National Accord (GNA) and Khalifa Haftar's Libyan National Army.");
  EXPECT_EQ(RelationPairs(r, Predicate::kLeaderOf),
            (std::vector<std::string>{"person/fayez-al-sarraj org/government-of-national-accord",
                                      "person/khalifa-haftar org/libyan-national-army"}));
}

// "Radev thanked his counterpart from the Republic of North Macedonia Stevo Pendarovski": the
// counterpart from a country holds, for it, the head's title the text gave the other.
TEST(CommittedModelTest, ACounterpartFromACountry) {
  const DocumentResult r = ExtractWithCommittedModel(
      "President Rumen Radev spoke in Sofia. Radev thanked his counterpart from the Republic of "
      "North Macedonia Stevo Pendarovski.");
  EXPECT_EQ(RelationPairs(r, Predicate::kLeaderOf),
            (std::vector<std::string>{"person/stevo-pendarovski country/mk"}));
}

// "Prince Sultan bin Saad bin Khalid": a title's word before "bin" is a given name.
TEST(CommittedModelTest, ATitleWordBeforeBinIsAGivenName) {
  EXPECT_EQ(EntitiesWritten("Saudi Ambassador to Kuwait Prince Sultan bin Saad bin Khalid arrived.",
                            "Sultan bin Saad bin Khalid"),
            std::vector<std::string>{"person/sultan-bin-saad-bin-khalid"});
}

// "Emir of Riyadh region Prince Faisal bin Bandar", "Governor of Kharkiv region Oleh
// Syniehubov": the town after a title's "of" is the town, no person "of Riyadh" (whose surname
// would make every "Riyadh" of the story a person).
TEST(CommittedModelTest, TheTownOfATitleBeforeRegion) {
  const std::string text =
      "Talks were held in Riyadh on Tuesday. Emir of Riyadh region Prince Faisal bin Bandar "
      "attended.";
  EXPECT_EQ(EntitiesWritten(text, "Riyadh"),
            (std::vector<std::string>{"place/riyadh-sa", "place/riyadh-sa"}));
  EXPECT_EQ(EntitiesWritten("Governor of Kharkiv region Oleh Syniehubov said.", "Kharkiv"),
            std::vector<std::string>{"place/kharkiv-ua"});
}

// "Prince Faisal bin Bandar, Saudi Ambassador to Kuwait Prince Sultan bin Saad": a title after
// a comma whose own holder follows it (past a rank, which is no title) is his, not the one's
// before the comma; "Massad Boulos, senior adviser to US President Donald Trump" still is.
TEST(CommittedModelTest, ATitleWhoseHolderFollowsIt) {
  const DocumentResult r = ExtractWithCommittedModel(
      "Officials included Prince Faisal bin Bandar, Saudi Ambassador to Kuwait Prince Sultan bin "
      "Saad bin Khalid, and others. Massad Boulos, senior adviser to US President Donald Trump, "
      "attended.");
  EXPECT_EQ(RelationPairs(r, Predicate::kJobTitle),
            (std::vector<std::string>{"person/donald-trump President",
                                      "person/massad-boulos Senior Adviser",
                                      "person/sultan-bin-saad-bin-khalid Ambassador"}));
}

// "ethnic Touareg separatists", "an Orthodox monastery", "Orthodox Christian countries",
// "Libya: Armed groups vie for control": a people, a faith's adjectives and a participle a
// headline capitalizes name no place or body (the Serbian Orthodox Church is one).
TEST(CommittedModelTest, PeoplesFaithsAndParticiplesNameNoBody) {
  EXPECT_TRUE(EntitiesWritten("It began with a rebellion by ethnic Touareg separatists.", "Touareg")
                  .empty());
  EXPECT_TRUE(
      EntitiesWritten("Gunmen stormed an Orthodox monastery in Kosovo.", "Orthodox").empty());
  EXPECT_TRUE(
      EntitiesWritten("He came to an assembly of legislators from Orthodox Christian countries.",
                      "Orthodox Christian")
          .empty());
  EXPECT_TRUE(
      EntitiesWritten("Libya: Armed groups vie for control in deadly Tripoli clashes", "Armed")
          .empty());
  EXPECT_EQ(EntitiesWritten("The Serbian Orthodox Church said so.", "Serbian Orthodox Church"),
            std::vector<std::string>{"org/serbian-orthodox-church"});
}

// "MOSCOW, Russia - President Duterte, on a working visit here,": a visitor "here" leads no
// dateline country.
TEST(CommittedModelTest, AVisitorHereLeadsNoDatelineCountry) {
  const DocumentResult r = ExtractWithCommittedModel(
      "MOSCOW, Russia - President Duterte, on a working visit here, placed Mindanao under martial "
      "law last night.");
  EXPECT_TRUE(RelationPairs(r, Predicate::kLeaderOf).empty());
}

// "In an ad-hoc ceremony, Fiame Naomi Mata'afa from the FAST Party was sworn in as Samoa's first
// female Prime Minister": the person of the clause after a phrase put first, "from" a party,
// takes the title.
TEST(CommittedModelTest, SwornInAfterAPhrasePutFirst) {
  const DocumentResult r = ExtractWithCommittedModel(
      "In an ad-hoc ceremony, Fiame Naomi Mata'afa from the FAST Party was sworn in as Samoa's "
      "first female Prime Minister this afternoon.");
  EXPECT_EQ(RelationPairs(r, Predicate::kLeaderOf),
            (std::vector<std::string>{"person/fiame-naomi-mataafa country/ws"}));
}

// "the ISIS-influenced Maute rebels", "the Maute gunmen": a name glued to "influenced" is who
// the group is tied to, and a name before "gunmen" is the group's.
TEST(CommittedModelTest, AGroupOfGunmenAndWhoInfluencesIt) {
  const DocumentResult r = ExtractWithCommittedModel(
      "Duterte will attend to the threat of the ISIS-influenced Maute rebels. The attack on "
      "Marawi City by the Maute gunmen wounded eight troopers.");
  EXPECT_EQ(RelationPairs(r, Predicate::kAffiliation),
            (std::vector<std::string>{"org/maute org/islamic-state"}));
  EXPECT_EQ(EntitiesWritten("The attack on Marawi City by the Maute gunmen wounded eight troopers.",
                            "Maute"),
            std::vector<std::string>{"org/maute"});
}

// "Samoan parliament speaker Leaupepe Toleafoa Fa'afisi", "Venezuelan Governor Henrique
// Capriles": a body's or a town's head is his country's national, not its head.
TEST(CommittedModelTest, ALocalHeadIsNoHeadOfHisCountry) {
  const DocumentResult r = ExtractWithCommittedModel(
      "Samoan parliament speaker Leaupepe Toleafoa Fa'afisi disregarded a ruling.");
  EXPECT_TRUE(RelationPairs(r, Predicate::kLeaderOf).empty());
  EXPECT_EQ(RelationPairs(r, Predicate::kNationality),
            (std::vector<std::string>{"person/leaupepe-toleafoa-faafisi country/ws"}));
}

// "the Solomon Islands capital of Honiara": a country's name as its capital's noun's says the
// capital; and a capital lies in its country.
TEST(CommittedModelTest, ACapitalOfACountryLiesInIt) {
  const DocumentResult r = ExtractWithCommittedModel(
      "After talks in the Solomon Islands capital of Honiara, leaders endorsed a push.");
  EXPECT_EQ(RelationPairs(r, Predicate::kCapitalOf),
            (std::vector<std::string>{"place/honiara-sb country/sb"}));
  EXPECT_EQ(RelationPairs(r, Predicate::kContainedInPlace),
            (std::vector<std::string>{"place/honiara-sb country/sb"}));
}

// "ASEAN leaders held a summit in Jakarta": a placed meeting of a body's leaders is the body's,
// though no one else takes part.
TEST(CommittedModelTest, ABodysLeadersMeet) {
  const DocumentResult r = ExtractWithCommittedModel(
      "Summit opens\n\nASEAN leaders held a summit in Jakarta on Wednesday.", "2023-09-06");
  const auto by_event = ParticipantsByEvent(r);
  ASSERT_EQ(by_event.size(), 1u);
  EXPECT_EQ(by_event.begin()->second,
            (std::set<std::string>{"org/association-of-southeast-asian-nations"}));
}

// "By BEN R. ROSARIO and GENALYN D. KABILING": each name of a byline in capitals is a person's,
// with its middle initial, and none takes "By".
TEST(CommittedModelTest, TwoBylineNamesInCapitals) {
  const std::string text =
      "Duterte cuts Russia trip short\n\nBy BEN R. ROSARIO and GENALYN D. KABILING\n\nMOSCOW, "
      "Russia - President Duterte placed Mindanao under martial law.";
  const DocumentResult r = ExtractWithCommittedModel(text);
  const std::vector<std::string> persons = PersonEntities(r);
  EXPECT_NE(std::find(persons.begin(), persons.end(), "person/ben-r-rosario"), persons.end());
  EXPECT_NE(std::find(persons.begin(), persons.end(), "person/genalyn-d-kabiling"), persons.end());
  for (const Mention& m : r.mentions)
    EXPECT_NE(text.substr(m.span.begin, 2), "By") << text.substr(m.span.begin, m.span.size());
}

// "a Kosovar Albanian police officer": Kosovo's Albanians are a people, not Albania; "a top
// Shabaab military leader": al-Shabaab's short name.
TEST(CommittedModelTest, KosovosAlbaniansAndShabaab) {
  EXPECT_TRUE(
      EntitiesWritten("Gunmen killed a Kosovar Albanian police officer.", "Albanian").empty());
  EXPECT_EQ(EntitiesWritten("The Albanian prime minister spoke.", "Albanian"),
            std::vector<std::string>{"country/al"});
  EXPECT_EQ(EntitiesWritten("The US said a top Shabaab military leader was killed.", "Shabaab"),
            std::vector<std::string>{"org/al-shabaab"});
}

// "the Bulgarian head of state, President Rumen Radev": "head of state" says what his office
// is, beside the office's own title.
TEST(CommittedModelTest, HeadOfStateBesideItsOffice) {
  const DocumentResult r = ExtractWithCommittedModel(
      "Zaev held a meeting with the Bulgarian head of state, President Rumen Radev, on June 17.");
  EXPECT_EQ(RelationPairs(r, Predicate::kJobTitle),
            (std::vector<std::string>{"person/rumen-radev President"}));
  EXPECT_EQ(RelationPairs(r, Predicate::kLeaderOf),
            (std::vector<std::string>{"person/rumen-radev country/bg"}));
}

// "a senior RSF commander, Ali Yagoub Gibril", "a Hezbollah commander, Fuad Shukr": one of a
// body's commanders is its member; "Hamas leader Yahya Sinwar" and "top ELN Commander ..." lead
// it.
TEST(CommittedModelTest, OneOfABodysCommanders) {
  const DocumentResult r = ExtractWithCommittedModel(
      "Among those killed was a senior RSF commander, Ali Yagoub Gibril. A Hezbollah commander, "
      "Fuad Shukr, was killed. Hamas leader Yahya Sinwar said so.");
  EXPECT_EQ(RelationPairs(r, Predicate::kLeaderOf),
            (std::vector<std::string>{"person/yahya-sinwar org/hamas"}));
  EXPECT_EQ(RelationPairs(r, Predicate::kMemberOf),
            (std::vector<std::string>{"person/ali-yagoub-gibril org/rapid-support-forces",
                                      "person/fuad-shukr org/hezbollah"}));
}

// "Yoon Suk Yeol spoke", "Yoon Suk Yeol and Fumio Kishida": the full name of a head the lexicon
// knows is a person's, where the tagger reads none or an organization.
TEST(CommittedModelTest, AKnownHeadsFullName) {
  EXPECT_EQ(EntitiesWritten("He said so. Yoon Suk Yeol spoke on Sunday.", "Yoon Suk Yeol"),
            std::vector<std::string>{"person/yoon-suk-yeol"});
  EXPECT_EQ(EntitiesWritten("He said so. Yoon Suk Yeol and Fumio Kishida spoke on Sunday.",
                            "Yoon Suk Yeol"),
            std::vector<std::string>{"person/yoon-suk-yeol"});
}

// "The Balkan nation", "Custodian of the Two Holy Mosques King Salman", "CS Juma": a region's
// adjective names nothing, and the Saudi king's style and Kenya's "CS" are titles.
TEST(CommittedModelTest, BalkanCustodianAndCS) {
  EXPECT_TRUE(EntitiesWritten("The Balkan nation remains poor.", "Balkan").empty());
  EXPECT_TRUE(EntitiesWritten("Custodian of the Two Holy Mosques King Salman received the emir.",
                              "Two Holy Mosques")
                  .empty());
  const DocumentResult r = ExtractWithCommittedModel("CS Juma spoke in Nairobi on Monday.");
  EXPECT_EQ(RelationPairs(r, Predicate::kJobTitle),
            (std::vector<std::string>{"person/juma Cabinet Secretary"}));
}

// "\"Save our democracy\", read several placards": a word some town is named, opening a
// quotation, is a word, unless the tagger reads a name there.
TEST(CommittedModelTest, ATownsWordOpeningAQuotation) {
  EXPECT_TRUE(EntitiesWritten("\"Save our democracy\", read several placards.", "Save").empty());
  EXPECT_EQ(EntitiesWritten("He said: \"Kharkiv is under fire.\"", "Kharkiv"),
            std::vector<std::string>{"place/kharkiv-ua"});
}

// "Castro held a nearly 20-point lead over Nasry Asfura": the one a candidate leads or beats ran
// in the election too.
TEST(CommittedModelTest, TheOneLedInAnElectionRan) {
  const DocumentResult r = ExtractWithCommittedModel(
      "Xiomara Castro won Sunday's election in Honduras. Castro held a nearly 20-point lead over "
      "Nasry Asfura, the capital's mayor.",
      "2021-11-29");
  const auto by_event = ParticipantsByEvent(r);
  ASSERT_EQ(by_event.size(), 1u);
  EXPECT_EQ(by_event.begin()->second,
            (std::set<std::string>{"person/nasry-asfura", "person/xiomara-castro"}));
}

// "the Turkish president and the Qatari emir held a meeting ... The meeting of Recep Tayyip
// Erdogan and Sheikh Tamim bin Hamad Al Thani": a country's head told of by his title alone is
// the one person named in full whom the heads list has in that office that year.
TEST(CommittedModelTest, AHeadToldOfByHisTitleAlone) {
  const DocumentResult r = ExtractWithCommittedModel(
      "In Doha, the Turkish president and the Qatari emir held a meeting at the Pearl Palace. The "
      "meeting of Recep Tayyip Erdogan and Sheikh Tamim bin Hamad Al Thani lasted three hours.",
      "2020-07-02");
  EXPECT_EQ(RelationPairs(r, Predicate::kLeaderOf),
            (std::vector<std::string>{"person/recep-tayyip-erdogan country/tr",
                                      "person/sheikh-tamim-bin-hamad-al-thani country/qa"}));
  // Without a date, the list says nothing.
  EXPECT_TRUE(RelationPairs(ExtractWithCommittedModel(
                                "In Doha, the Turkish president held a meeting. Recep Tayyip "
                                "Erdogan spoke."),
                            Predicate::kLeaderOf)
                  .empty());
}

// "pressure on Kosovo Serbs": a place's people, by their demonym's plural, is no body.
TEST(CommittedModelTest, APlacesPeopleIsNoBody) {
  EXPECT_TRUE(EntitiesWritten("He said the clash was the result of pressure on Kosovo Serbs by "
                              "the Kosovo government.",
                              "Kosovo Serbs")
                  .empty());
}

// "the Kingdom's Ministry of Foreign Affairs": a country's form of state and its possessive
// open no body's name the tagger reads.
TEST(CommittedModelTest, AFormOfStatesPossessiveOpensNoName) {
  const std::string text =
      "In Riyadh, the Kingdom's Ministry of Foreign Affairs reported the talks. The Republic's "
      "National Assembly met.";
  EXPECT_EQ(EntitiesWritten(text, "Ministry of Foreign Affairs"),
            std::vector<std::string>{"org/ministry-of-foreign-affairs"});
  EXPECT_TRUE(EntitiesWritten(text, "Kingdom's Ministry of Foreign Affairs").empty());
  EXPECT_EQ(EntitiesWritten(text, "National Assembly").size(), 1u);
}

// "Anthony Albanese met with his Fijian counterpart Sitiveni Rabuka": one named in full with no
// title, whom data/heads.tsv has heading a country the text names in its year, leads it; not
// in a year his term began (the text may be from before it), nor one called former.
TEST(CommittedModelTest, AKnownHeadNamedInFull) {
  const std::string text =
      "Anthony Albanese met with his Fijian counterpart Sitiveni Rabuka in Nadi. Both said "
      "Australia and Fiji were close.";
  EXPECT_EQ(RelationPairs(ExtractWithCommittedModel(text, "2025-06-13"), Predicate::kLeaderOf),
            (std::vector<std::string>{"person/anthony-albanese country/au",
                                      "person/sitiveni-rabuka country/fj"}));
  EXPECT_TRUE(
      RelationPairs(ExtractWithCommittedModel(text, "2022-06-13"), Predicate::kLeaderOf).empty());
  EXPECT_TRUE(RelationPairs(ExtractWithCommittedModel(text), Predicate::kLeaderOf).empty());
  EXPECT_TRUE(RelationPairs(ExtractWithCommittedModel("Former leader Anthony Albanese visited "
                                                      "Australia and Fiji.",
                                                      "2025-06-13"),
                            Predicate::kLeaderOf)
                  .empty());
}

// "on Friday afternoon (NZT)": a time zone in brackets is no name the tagger reads either.
TEST(CommittedModelTest, ATimeZoneInBrackets) {
  EXPECT_TRUE(EntitiesWritten("The highly anticipated meeting took place on Friday afternoon "
                              "(NZT) at the Great Hall of the People.",
                              "NZT")
                  .empty());
}

// "Ishiba Shigeru /Japanese Prime Minister" under "Japanese Prime Minister Shigeru Ishiba": a
// person's two names written family name first are that person.
TEST(CommittedModelTest, ANameWrittenFamilyNameFirst) {
  const std::string text =
      "President Lee Jae-myung held his first summit with Japanese Prime Minister Shigeru Ishiba "
      "on Monday.\n\nIshiba Shigeru /Japanese Prime Minister\n\nIshiba spoke.";
  EXPECT_EQ(EntitiesWritten(text, "Ishiba Shigeru"),
            std::vector<std::string>{"person/shigeru-ishiba"});
}

// A subheading between paragraphs, a line of its own in title case, names nothing by its case:
// "Supreme Interstate Council Signs Key Bilateral Agreements" is no organization. A list's
// entry, after a colon or with a dash, is no subheading: its names stand.
TEST(CommittedModelTest, ASubheadingNamesNothingByItsCase) {
  const std::string text =
      "Leaders meet in Dushanbe\n\nThe presidents of Tajikistan and Uzbekistan met in Dushanbe "
      "on Thursday for talks.\n\nSupreme Interstate Council Signs Key Bilateral Agreements\n\n"
      "The two presidents signed 12 documents.";
  for (const auto& [written, id] : TaggedMentions(text))
    EXPECT_TRUE(written.find("Supreme") == std::string::npos) << written << " " << id;
  EXPECT_EQ(EntitiesWritten("The summit was held on Friday in Astana, the capital.\n\nThe "
                            "summit was attended by:\n\nTajikistan – President Emomali "
                            "Rahmon\n\nKyrgyzstan – President Sadyr Japarov\n",
                            "Emomali Rahmon", /*suffix=*/true),
            std::vector<std::string>{"person/emomali-rahmon"});
}

// "[File: Mukhtar Kholdorbekov/Reuters]": the name glued before the slash of an agency's
// photo credit is the photographer's, a person, where the tagger read an organization.
TEST(CommittedModelTest, APhotographerBeforeTheAgency) {
  EXPECT_EQ(EntitiesWritten("Uzbek leader drops plans\n\nPresident Mirziyoyev dropped the plans "
                            "following a rare public protest in the northwestern region [File: "
                            "Mukhtar Kholdorbekov/Reuters]\n\nThe state of emergency will run "
                            "to August 2.\n",
                            "Mukhtar Kholdorbekov"),
            std::vector<std::string>{"person/mukhtar-kholdorbekov"});
}

// "the Republic of Karakalpakstan ... Karakalpakstan": a republic of a place the text names (or
// the lexicon lists as a subdivision) is that place, no organization.
TEST(CommittedModelTest, ARepublicOfAPlaceIsThePlace) {
  const std::string text =
      "The state of emergency in the Republic of Karakalpakstan would run to August 2. "
      "Karakalpakstan is a sovereign republic within Uzbekistan.";
  EXPECT_EQ(EntitiesWritten(text, "Republic of Karakalpakstan"),
            EntitiesWritten(text, "Karakalpakstan"));
  EXPECT_EQ(EntitiesWritten(text, "Karakalpakstan").size(), 1u);
}

// "Morissanda Kouyaté (left), Minister of Foreign Affairs of Guinea": a name a photo's caption
// places is a person's, and the title after the bracket is his.
TEST(CommittedModelTest, APersonAPhotoPlaces) {
  const std::string text =
      "Olivia Rouamba (centre), Minister of Foreign Affairs of Burkina Faso, speaks during a joint "
      "press conference with Morissanda Kouyaté (left), Minister of Foreign Affairs of Guinea and "
      "Abdoulaye Diop (right), Minister of Foreign Affairs of Mali, in Ouagadougou.";
  EXPECT_EQ(EntitiesWritten(text, "Morissanda Kouyaté"),
            std::vector<std::string>{"person/morissanda-kouyate"});
  EXPECT_EQ(RelationPairs(ExtractWithCommittedModel(text), Predicate::kNationality).size(), 3u);
}

// "Adi Soemarmo Air Force Base": a name the tagger reads as an organization's is a place where
// its head is a place's word and no organization's ("Base", not "Force").
TEST(CommittedModelTest, AnOrganizationsNameHeadedByAPlaceWord) {
  EXPECT_EQ(EntitiesWritten("Afterwards, Jokowi accompanied Prabowo to Adi Soemarmo Air Force "
                            "Base in neighboring Boyolali on Monday.",
                            "Adi Soemarmo Air Force Base"),
            std::vector<std::string>{"place/adi-soemarmo-air-force-base"});
  // So is a base named after its kind ("Joint Base", "Naval Base").
  EXPECT_EQ(EntitiesWritten("Air Force One landed at Joint Base Elmendorf-Richardson in "
                            "Anchorage on Friday.",
                            "Joint Base Elmendorf-Richardson"),
            std::vector<std::string>{"place/joint-base-elmendorf-richardson"});
}

// "Rashtrapati Bhawan": a building's Hindi head word in either spelling ends no person's name.
TEST(CommittedModelTest, ABuildingsHindiHeadWord) {
  EXPECT_EQ(EntitiesWritten("Earlier in the day, Sheikh Hasina was accorded with a ceremonial "
                            "welcome at Rashtrapati Bhawan as the first guest on a bilateral "
                            "state visit.",
                            "Rashtrapati Bhawan"),
            std::vector<std::string>{"place/rashtrapati-bhawan"});
}

// "the North's nuclear test" in a story that names North Korea is North Korea; "the South of
// France" in one that names South Korea is no country, nor is "the North" where no country the
// story names opens with it.
TEST(CommittedModelTest, ACountryByItsCompassWord) {
  EXPECT_EQ(EntitiesWritten("North Korea is likely to top the agenda, as it follows the North's "
                            "nuclear test last month.",
                            "North"),
            std::vector<std::string>{"country/kp"});
  EXPECT_NE(EntitiesWritten("South Korea's president rested in the South of France.", "South"),
            std::vector<std::string>{"country/kr"});
  EXPECT_NE(EntitiesWritten("Storms hit the North on Monday, Canada said.", "North"),
            std::vector<std::string>{"country/kp"});
}

// "The UK Maritime Trade Operations said": "Operations" heads a body's name, which speaks; and
// "Directors General of Military Operations (DGMOs)" is an office, no body.
TEST(CommittedModelTest, OperationsHeadABodysName) {
  EXPECT_EQ(EntitiesWritten("The UK Maritime Trade Operations said it was notified by the master "
                            "of a commercial ship.",
                            "UK Maritime Trade Operations"),
            std::vector<std::string>{"org/uk-maritime-trade-operations"});
  const std::string office =
      "He said that Directors General of Military Operations (DGMOs) from both sides would hold "
      "talks on May 12.";
  EXPECT_TRUE(EntitiesWritten(office, "Military Operations", /*suffix=*/true).empty());
  EXPECT_TRUE(EntitiesWritten(office, "Directors").empty());
}

// A ship's name after its kind or before it is no organization: "the commercial ship Transworld
// Navigator", "the Shorthorn Express ship"; a body's name or acronym before "vessel" stays one.
TEST(CommittedModelTest, AShipIsNoOrganization) {
  const std::string text =
      "The Houthis said they targeted the commercial ship Transworld Navigator in the Arabian Sea "
      "and fired a drone at the Shorthorn Express ship in the Mediterranean. The China Coast "
      "Guard vessel rammed the Bureau of Fisheries and Aquatic Resources (BFAR) boat, and then "
      "the BFAR vessel.";
  EXPECT_TRUE(EntitiesWritten(text, "Transworld Navigator").empty());
  EXPECT_TRUE(EntitiesWritten(text, "Shorthorn Express").empty());
  EXPECT_EQ(EntitiesWritten(text, "China Coast Guard").size(), 1u);
  EXPECT_EQ(EntitiesWritten(text, "BFAR").size(), 2u);
}

// An article opening a quotation is no part of the name after it, as at a sentence's start:
// "\u201CThe Authority of Heads of State and Government decided".
TEST(CommittedModelTest, AnArticleOpeningAQuotation) {
  const std::string text =
      "He said: \u201CThe Authority of Heads of State and Government decided to maintain the "
      "existing sanctions.\u201D";
  EXPECT_TRUE(EntitiesWritten(text, "The Authority of Heads of State and Government").empty());
  EXPECT_EQ(EntitiesWritten(text, "Authority of Heads of State and Government").size(), 1u);
}

// A session is an occasion, no body: "the 32nd Ordinary Session of the Council of the League of
// Arab States", "the Plenary Session"; the body that holds it is still named.
TEST(CommittedModelTest, ASessionIsNoBody) {
  const std::string text =
      "The king will attend the 32nd Ordinary Session of the Council of the League of Arab States "
      "in Riyadh next month. The Plenary Session of the National Assembly opened on Monday.";
  EXPECT_TRUE(EntitiesWritten(text, "Ordinary Session").empty());
  EXPECT_TRUE(EntitiesWritten(text, "Plenary Session").empty());
  EXPECT_EQ(EntitiesWritten(text, "League of Arab States").size(), 1u);
}

// A photo's credit glues the photographer to his news outlet with a slash, on either side:
// "REUTERS/Adriano Machado", "[Yves Herman/Reuters]".
TEST(CommittedModelTest, APhotographerWorksForTheOutletCredited) {
  const std::string text =
      "Xi Jinping and Luiz Inacio Lula da Silva attend a ceremony in Brasilia, Brazil November "
      "20, 2024. REUTERS/Adriano Machado\n\nGeert Wilders said he is confident about finding "
      "coalition partners [Yves Herman/Reuters]\n\nThe talks went on.";
  const std::vector<std::string> pairs =
      RelationPairs(ExtractWithCommittedModel(text), Predicate::kAffiliation);
  ASSERT_EQ(pairs.size(), 2u);
  for (const std::string& p : pairs) EXPECT_TRUE(p.ends_with(" org/reuters")) << p;
}

// "\u201C...,\u201D Ministry of External Affairs (MEA) spokesperson, Randhir Jaiswal said": the
// title and the speaker after a quotation, a comma between them, and the owner before its
// acronym in brackets.
TEST(CommittedModelTest, ATitledSpeakerAfterAQuotation) {
  const std::string text =
      "\u201CThe talks covered trade, defence cooperation, and more,\u201D Ministry of External "
      "Affairs (MEA) spokesperson, Randhir Jaiswal said.";
  const DocumentResult r = ExtractWithCommittedModel(text);
  EXPECT_EQ(RelationPairs(r, Predicate::kJobTitle),
            std::vector<std::string>{"person/randhir-jaiswal Spokesperson"});
  EXPECT_EQ(RelationPairs(r, Predicate::kMemberOf),
            std::vector<std::string>{"person/randhir-jaiswal org/ministry-of-external-affairs"});
}

// A headline's short forms of the two Koreas: "SKorea", "NKorea".
TEST(CommittedModelTest, TheKoreasInAHeadlinesShortForm) {
  const std::string text = "SKorea, Japan agree to restore ties as NKorea fires missiles";
  EXPECT_EQ(EntitiesWritten(text, "SKorea"), std::vector<std::string>{"country/kr"});
  EXPECT_EQ(EntitiesWritten(text, "NKorea"), std::vector<std::string>{"country/kp"});
}

// "killed six persons in Tungan-Makeri": one word of two capitalized parts after "in" is a
// town the tagger does not read; not two people's names before their noun ("from
// Kenyatta-Trump talks").
TEST(CommittedModelTest, AHyphenatedTownAfterIn) {
  EXPECT_EQ(EntitiesWritten("Armed bandits have killed six persons in Tungan-Makeri and set a "
                            "police station ablaze.",
                            "Tungan-Makeri"),
            std::vector<std::string>{"place/tungan-makeri"});
  EXPECT_TRUE(EntitiesWritten("Kenya stands to reap big from Kenyatta-Trump talks at the White "
                              "House.",
                              "Kenyatta-Trump")
                  .empty());
}

// "in Surakarta, Central Java, on Sunday": after a town the gazetteer knows, a comma and a
// place it does not know whose name opens with a point of the compass, the region the town
// lies in.
TEST(CommittedModelTest, ATownAndItsCompassNamedRegion) {
  EXPECT_EQ(RelationPairs(ExtractWithCommittedModel("Prabowo and Jokowi had dinner at a "
                                                    "restaurant in Surakarta, Central Java, on "
                                                    "Sunday."),
                          Predicate::kContainedInPlace),
            std::vector<std::string>{"place/surakarta-id place/central-java"});
}

// "Drones struck an apartment building": a weapon's plural opening a sentence names no body.
TEST(CommittedModelTest, AWeaponsPluralOpeningASentence) {
  const std::string text =
      "Three people died, according to Odesa Oblast Governor Oleh Kiper. Drones struck an "
      "apartment building, a warehouse and a school. Missiles hit the port.";
  EXPECT_TRUE(EntitiesWritten(text, "Drones").empty());
  EXPECT_TRUE(EntitiesWritten(text, "Missiles").empty());
}

// "Ambrey, a UK maritime security service, said": an apposition that says what kind of body a
// name is may name the country the kind is of.
TEST(CommittedModelTest, ABodysKindQualifiedByACountry) {
  EXPECT_EQ(EntitiesWritten("Ambrey, a UK maritime security service, said that the ship is a "
                            "\u201Cfully cellular container ship\u201D flying the Liberian flag.",
                            "Ambrey"),
            std::vector<std::string>{"org/ambrey"});
}

// "Premier Li Qiang, chairman of the Standing Committee of the National People's Congress Zhao
// Leji, and ...": the tagger's one body ends where its head's name, family name first, follows
// the body's head word, and the title after Li Qiang's comma is Zhao Leji's, not his.
TEST(CommittedModelTest, AHeadNamedAfterABodyOfABody) {
  const std::string text =
      "The leaders included Premier Li Qiang, chairman of the Standing Committee of the National "
      "People\u2019s Congress Zhao Leji, and others.";
  EXPECT_EQ(EntitiesWritten(text, "Zhao Leji"), std::vector<std::string>{"person/zhao-leji"});
  const DocumentResult r = ExtractWithCommittedModel(text);
  EXPECT_EQ(RelationPairs(r, Predicate::kJobTitle),
            std::vector<std::string>{"person/li-qiang Premier"});
  EXPECT_TRUE(RelationPairs(r, Predicate::kLeaderOf).empty());
}

// "Bainimarama and Fiji First had refused" after "the Fiji First Party": the party written
// again without its noun is the party, no country and no person "First".
TEST(CommittedModelTest, APartyWrittenWithoutItsNoun) {
  const std::string text =
      "He spoke with Bainimarama, the head of the Fiji First Party. Bainimarama and Fiji First "
      "had refused to concede the election results.";
  EXPECT_EQ(EntitiesWritten(text, "Fiji First"), EntitiesWritten(text, "Fiji First Party"));
  EXPECT_TRUE(EntitiesWritten(text, "First").empty());
  EXPECT_TRUE(EntitiesWritten(text, "Fiji").empty());
}

// "MELBOURNE, Australia (AP) — Sitiveni Rabuka was sworn in as Fiji's prime minister": a
// bureau's dateline abroad, its country named nowhere else while another is named twice, lends
// the story's institutions no country.
TEST(CommittedModelTest, ABureausDatelineAbroad) {
  const std::string text =
      "MELBOURNE, Australia (AP) \u2014 Sitiveni Rabuka was sworn in as Fiji\u2019s prime "
      "minister on Saturday after last week\u2019s close and contentious election. The "
      "People\u2019s Alliance Party and affiliated National Federation Party shared 26 seats. "
      "Fiji has had four coups.";
  for (const std::string& pair :
       RelationPairs(ExtractWithCommittedModel(text), Predicate::kAffiliation))
    EXPECT_FALSE(pair.ends_with("country/au")) << pair;
}

// "In an interview with India's NDTV": the name one gives an interview to is the outlet, no
// place.
TEST(CommittedModelTest, AnOutletOneGivesAnInterview) {
  EXPECT_EQ(EntitiesWritten("In an interview with India\u2019s NDTV, Sharif said Modi\u2019s "
                            "arrival represented a great opportunity.",
                            "NDTV"),
            std::vector<std::string>{"org/ndtv"});
}

// "By Diplomacy Journal Lee Jon-young" on a line of its own: the outlet, then its writer; and
// "President Lee" is still "President Lee Jae-myung", the one of the two written with a
// president's title.
TEST(CommittedModelTest, AWriterAfterHisOutletInAByline) {
  const std::string text =
      "President Lee holds summit with Japanese Prime Minister Shigeru Ishiba\n\nBy Diplomacy "
      "Journal Lee Jon-young\n\nPresident Lee Jae-myung held a summit meeting with Japanese Prime "
      "Minister Shigeru Ishiba in Kananaskis, Canada, on Tuesday.\n";
  EXPECT_EQ(EntitiesWritten(text, "Lee Jon-young"),
            std::vector<std::string>{"person/lee-jon-young"});
  EXPECT_EQ(EntitiesWritten(text, "Diplomacy Journal"),
            std::vector<std::string>{"org/diplomacy-journal"});
  EXPECT_EQ(EntitiesWritten(text, "Lee", /*suffix=*/true).front(), "person/lee-jae-myung");
}

// "the implementation of UN Resolution 1701": a resolution is a document, no body; the body
// whose resolution it is stays named.
TEST(CommittedModelTest, AResolutionNamesItsBody) {
  const std::string text =
      "\u201CThe priority is the implementation of UN Resolution 1701,\u201D he added.";
  EXPECT_TRUE(EntitiesWritten(text, "UN Resolution").empty());
  EXPECT_EQ(EntitiesWritten(text, "UN").size(), 1u);
}

// "\"Tonight Portugal chose moderation\"", "Unlike Pakistan, ...": a word that starts no name,
// opening a sentence or a quotation, is no part of the country after it.
TEST(CommittedModelTest, AWordThatStartsNoNameBeforeACountry) {
  const std::string text =
      "\"Tonight Portugal chose moderation,\" Seguro told cheering supporters in Lisbon.";
  EXPECT_TRUE(EntitiesWritten(text, "Tonight Portugal").empty());
  EXPECT_EQ(EntitiesWritten(text, "Portugal"), std::vector<std::string>{"country/pt"});
  EXPECT_EQ(EntitiesWritten("Unlike Pakistan, India has not signed the treaty.", "Pakistan"),
            std::vector<std::string>{"country/pk"});
}

// "the Royal Solomon Islands Police Force": a body whose name holds the name of a country the
// story names is that country's, past a "Royal" before it.
TEST(CommittedModelTest, ARoyalBodyWhoseNameHoldsACountrys) {
  EXPECT_EQ(RelationPairs(ExtractWithCommittedModel("Solomon Islands held an election. The Royal "
                                                    "Solomon Islands Police Force kept order."),
                          Predicate::kAffiliation),
            std::vector<std::string>{"org/royal-solomon-islands-police-force country/sb"});
}

// "Bola Tinubu, the bloc's outgoing chairman,": a body's title in apposition is his.
TEST(CommittedModelTest, ABodysTitleInApposition) {
  EXPECT_EQ(RelationPairs(ExtractWithCommittedModel("ECOWAS met in Abuja. Bola Tinubu, the "
                                                    "bloc's outgoing chairman, said the bloc "
                                                    "was strong."),
                          Predicate::kJobTitle),
            std::vector<std::string>{"person/bola-tinubu Chairman"});
  // (Not one who is none: "the bloc's critic".)
  EXPECT_TRUE(RelationPairs(ExtractWithCommittedModel("ECOWAS met in Abuja. Bola Tinubu, the "
                                                      "bloc's fiercest critic, said so."),
                            Predicate::kJobTitle)
                  .empty());
}

// "Royal Papua New Guinea Constabulary Acting Superintendent George Kakas": a word of tenure
// that ends the tagger's name before a title is the title's.
TEST(CommittedModelTest, AWordOfTenureBeforeATitle) {
  const std::string text =
      "Royal Papua New Guinea Constabulary Acting Superintendent George Kakas told reporters.";
  EXPECT_EQ(EntitiesWritten(text, "Royal Papua New Guinea Constabulary"),
            std::vector<std::string>{"org/royal-papua-new-guinea-constabulary"});
  EXPECT_EQ(RelationPairs(ExtractWithCommittedModel(text), Predicate::kJobTitle),
            std::vector<std::string>{"person/george-kakas Acting Superintendent"});
}

// "Patrice Talon (Benin Republic)", "Congo Republic": a country's short name and "Republic"
// after it are that country (Brazzaville's where "Republic of the Congo" is its name).
TEST(CommittedModelTest, ACountrysNameWithRepublicAfterIt) {
  const std::string text =
      "Patrice Talon (Benin Republic) and Adama Barrow (The Gambia) discussed the happenings in "
      "the Niger Republic. Troops from Congo Republic and Congo were there.";
  EXPECT_EQ(EntitiesWritten(text, "Benin Republic"), std::vector<std::string>{"country/bj"});
  EXPECT_EQ(EntitiesWritten(text, "Niger Republic"), std::vector<std::string>{"country/ne"});
  EXPECT_EQ(EntitiesWritten(text, "Congo Republic"), std::vector<std::string>{"country/cg"});
  EXPECT_EQ(EntitiesWritten(text, "Congo"), std::vector<std::string>{"country/cd"});
}

// "(US$64.5 billion)": a country's short name written onto a dollar sign is the currency's.
TEST(CommittedModelTest, ACurrencysMarkNamesNoCountry) {
  const std::string text =
      "Tusk vowed to unblock 59.8 billion euros (US$64.5 billion) frozen in a dispute with "
      "Brussels. The US welcomed the move.";
  EXPECT_EQ(EntitiesWritten(text, "US"), std::vector<std::string>{"country/us"});
  EXPECT_EQ(TaggedMentions(text).size(), 3u);  // Tusk, Brussels, the US
}

// "By AP Published Date - 11:05 PM": a byline's word of publication ends the outlet's name,
// and "Date" is no town (Date, Japan).
TEST(CommittedModelTest, ABylinesPublicationStamp) {
  const std::string text =
      "Iran, Saudi Arabia agree to resume ties\n\nIran and Saudi Arabia agreed on Friday to "
      "reestablish diplomatic relations\n\nBy AP Published Date - 11:05 PM, Fri - 10 March 23\n\n"
      "President Ebrahim Raisi shakes hands with Xi Jinping.";
  EXPECT_EQ(EntitiesWritten(text, "AP"), std::vector<std::string>{"org/associated-press"});
  EXPECT_TRUE(EntitiesWritten(text, "AP Published Date").empty());
  EXPECT_TRUE(EntitiesWritten(text, "Date").empty());
}

// "the National Council for the Safeguard of the Homeland": what a body is for runs on over
// "of the" and the name after it.
TEST(CommittedModelTest, WhatABodyIsForRunsOnOverOf) {
  const std::string text =
      "Tchiani said he was the new \u201Cpresident of the National Council for the Safeguard of "
      "the Homeland.\u201D The Office for National Statistics of Britain published data.";
  EXPECT_EQ(EntitiesWritten(text, "National Council for the Safeguard of the Homeland"),
            std::vector<std::string>{"org/national-council-for-the-safeguard-of-the-homeland"});
  EXPECT_TRUE(EntitiesWritten(text, "Homeland").empty());
  EXPECT_EQ(EntitiesWritten(text, "Britain"), std::vector<std::string>{"country/gb"});
}

// "Former Kano State Governor and candidate": a place and an office's title after it, with
// no name after them, are the place and the office, no body.
TEST(CommittedModelTest, APlaceAndAnOfficeWithoutAName) {
  const std::string text =
      "Former Kano State Governor and candidate of the New Nigeria Peoples Party, Rabiu "
      "Kwankwaso, finished fourth. INEC announced the former Lagos Governor\u2019s victory. "
      "They filed it with the German Federal Prosecutor's office.";
  EXPECT_TRUE(EntitiesWritten(text, "Kano State Governor").empty());
  EXPECT_TRUE(EntitiesWritten(text, "Lagos Governor").empty());
  EXPECT_EQ(EntitiesWritten(text, "Lagos"), std::vector<std::string>{"place/lagos-ng"});
  EXPECT_EQ(EntitiesWritten(text, "Federal Prosecutor").size(), 1u);
}

// "Coordinating Minister of Maritime and Investment Luhut Binsar Panjaitan": a portfolio
// runs on past "and" to the holder's name.
TEST(CommittedModelTest, APortfolioPastAndBeforeAName) {
  const std::string text =
      "Indonesian envoy, Coordinating Minister of Maritime and Investment Luhut Binsar "
      "Panjaitan, was among those who attended the inauguration.";
  EXPECT_EQ(EntitiesWritten(text, "Luhut Binsar Panjaitan"),
            std::vector<std::string>{"person/luhut-binsar-panjaitan"});
  EXPECT_EQ(RelationPairs(ExtractWithCommittedModel(text), Predicate::kJobTitle),
            (std::vector<std::string>{
                "person/luhut-binsar-panjaitan Coordinating Minister of Maritime and Investment",
                "person/luhut-binsar-panjaitan Envoy"}));
}

// "caused by typhoon Yagi": a storm's name after its noun in lower case is no person's; a
// gerund opening a quotation before a people is no body ("Keeping Canadians safe").
TEST(CommittedModelTest, AStormAndAGerundNameNoOne) {
  const std::string text =
      "Marcos expressed his condolences for the loss of lives caused by typhoon Yagi in "
      "Vietnam. \u201CKeeping Canadians safe is the fundamental job of the Canadian "
      "government,\u201D he said.";
  EXPECT_TRUE(EntitiesWritten(text, "Yagi").empty());
  EXPECT_TRUE(EntitiesWritten(text, "Keeping").empty());
  EXPECT_EQ(EntitiesWritten(text, "Canadians"), std::vector<std::string>{"country/ca"});
}

// "the New Year's Eve blasts", "the Christmas Eve vote": a feast's day names no body; "the
// month of Ramazan" no place.
TEST(CommittedModelTest, AFeastsDayNamesNoBody) {
  const std::string text =
      "Surayud said intelligence agencies believe the New Year's Eve blasts were carried out by "
      "people who lost power. Palestinian scouts marched through Manger Square in Bethlehem, "
      "kicking off Christmas Eve celebrations. The Saudi-led coalition said it would suspend "
      "operations during the Muslim holy month of Ramazan.";
  EXPECT_TRUE(EntitiesWritten(text, "Ramazan").empty());
  EXPECT_TRUE(EntitiesWritten(text, "New Year's").empty());
  EXPECT_TRUE(EntitiesWritten(text, "New Year").empty());
  EXPECT_TRUE(EntitiesWritten(text, "Eve").empty());
  EXPECT_TRUE(EntitiesWritten(text, "Christmas Eve").empty());
  EXPECT_EQ(EntitiesWritten(text, "Bethlehem").size(), 1u);
}

}  // namespace
}  // namespace ng::extract
