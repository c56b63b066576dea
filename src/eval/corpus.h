// Annotated corpora (JSON Lines, one record per line: {"id", "text", "entities": [{"start",
// "end", "type", "text"}], "relations": [{"head", "tail", "type"}]}, offsets in Unicode code
// points) and their conversion into the name tagger's training sentences and the scorer's
// labeled spans. Each corpus keeps its own labels in a Record; the label tables below map them to
// the canonical types that are scored and learned:
//
//   GMB      per -> Person        geo -> Location (our Country or Place)   org -> Organization
//            gpe -> Nationality (mostly nationality adjectives; scored apart from the micro
//                   average)      art, eve, nat -> Misc (learned, not scored)   tim -> (ignored)
//   CoNLL04  Peop -> Person       Loc -> Location                          Org -> Organization
//            Other -> (ignored: mostly dates, numbers and amounts)
//
// The micro average of both corpora is over Person, Location and Organization.
//
// The full extractor's mentions (eval/system.h) are scored with the same canonical types:
//
//   Person -> Person (GMB per, CoNLL04 Peop)      Place -> Location (geo, Loc)
//   Country -> Location (geo, Loc) when the mention names the country ("Iraq", "U.S.");
//              Nationality (GMB gpe) when its text is a demonym in the lexicon ("Iraqi")
//   Organization -> Organization (org, Org)       Event, Date -> (not scored)
//   descriptive references ("the Armenian leader": they start with a lower-case letter) are no
//   names and are not scored.
//
// Our relations map to CoNLL04's when the entity types fit (Place and Country are both Loc):
//
//   Live_In      Person -nationality / leaderOf / memberOf / affiliation-> Country (or Place for
//                leaderOf and affiliation): a country's, state's or city's leader, member or
//                citizen lives in it ("Texas Gov. Bill Clements");
//                Person -birthPlace / homeLocation-> Place/Country (CoNLL04 marks birthplaces
//                Live_In)
//   Located_In   Place -containedInPlace / capitalOf-> Place/Country
//   OrgBased_In  Organization -affiliation-> Country/Place
//   Work_For     Person -leaderOf / memberOf / affiliation-> Organization
//   Kill         Person -killed-> Person
//
// A relation's ends are the subject and object mentions in its evidence sentence (the closest
// pair), so it is scored on spans like the gold relation.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "eval/score.h"
#include "extract/tagger.h"
#include "nlp/tokenizer.h"

namespace ng::eval {

enum class LabelSet : uint8_t { kGmb, kConll04 };

inline constexpr std::string_view kPerson = "Person";
inline constexpr std::string_view kLocation = "Location";
inline constexpr std::string_view kOrganization = "Organization";
inline constexpr std::string_view kNationality = "Nationality";
inline constexpr std::string_view kMisc = "Misc";
// The types in the micro average.
inline constexpr std::string_view kMicroTypes[] = {kPerson, kLocation, kOrganization};

struct RecordEntity {
  uint32_t start = 0;  // code points
  uint32_t end = 0;    // code points, exclusive
  std::string type;    // the corpus's own label: "geo", "Peop"
};

struct RecordRelation {
  size_t head = 0;  // index into Record::entities
  size_t tail = 0;
  std::string type;
};

struct Record {
  std::string id;
  std::string text;
  std::vector<RecordEntity> entities;
  std::vector<RecordRelation> relations;
};

// Reads a JSONL corpus. Throws Error(kBadInput, ..., path, line) for unreadable files, bad JSON,
// missing fields, offsets outside the text, and relation indices outside the entity list.
std::vector<Record> ReadCorpus(const std::filesystem::path& path);

// Describes a hold-out split of `newsgraph train --every K --skip R` (and `eval --every K
// --only R`): "records whose number mod K is not R", or "all records" when `every` is 0. A
// model stores it; eval compares it to tell held-out scores from scores on training data.
std::string HoldOutDescription(size_t every, size_t skip);

// Parses "gmb" or "conll04".
std::optional<LabelSet> ParseLabelSet(std::string_view name);
// Guesses the label set from the first labels found ("per", "geo" -> GMB; "Peop", "Loc" ->
// CoNLL04); GMB when nothing tells.
LabelSet DetectLabelSet(std::span<const Record> records);
// Returns the canonical type of a corpus label, or nullopt when the label is ignored or unknown.
std::optional<std::string_view> MapLabel(LabelSet set, std::string_view label);
// Returns the name class the tagger learns for a canonical type (nullopt: not learned).
std::optional<extract::NameClass> ClassOfType(std::string_view type);
// Returns the canonical type name of a tagger class: PER -> "Person", NAT -> "Nationality", ...
std::string_view TypeOfClass(extract::NameClass cls);

// Returns the record's gold spans with canonical types (ignored labels left out).
std::vector<LabeledSpan> GoldSpans(const Record& record, LabelSet set);
// Returns the record's gold relations, their ends with canonical (or, if ignored, raw) types.
std::vector<SpanRelation> GoldRelations(const Record& record, LabelSet set);

struct ConversionStats {
  size_t sentences = 0;
  size_t tokens = 0;
  size_t names = 0;
  size_t names_lost = 0;  // names whose boundaries fall inside a token
};

// Tokenizes the record's text (the whole record is one sentence) and tags its tokens with the
// record's names: a token belongs to a name if its bytes lie inside the name's span. A final
// '.' that is a token of its own is left out of the name ("Texas." -> "Texas").
extract::TrainingSentence ToTrainingSentence(const Record& record, LabelSet set,
                                             ConversionStats* stats = nullptr);

// Converts tagger output (token indices into `tokens`) into code point spans of `text`.
std::vector<LabeledSpan> ToLabeledSpans(std::string_view text, std::span<const nlp::Token> tokens,
                                        std::span<const extract::NameSpan> names);

}  // namespace ng::eval
