// The data model every stage shares: entities, relations with their evidence, articles, and the
// graph data that one document (a fragment) or a whole corpus (the merged graph) produces.
// GraphData is a plain value, kept in canonical order (see Canonicalize): entities by id,
// relations by (subject, predicate, object), evidence by (document, offset). Ids are derived from
// content only, so the same entity gets the same id in every run, shard and file.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/shared_text.h"
#include "core/span.h"

namespace ng {

enum class EntityType : uint8_t {
  kPerson,
  kCountry,
  kPlace,
  kOrganization,
  kEvent,
  kDate,  // used by mentions only; never the type of a graph entity
};

enum class EventKind : uint8_t {
  kNone,
  kMeeting,
  kConflict,
  kAttack,
  kAgreement,
  kElection,
  kProtest,
};

// The closed relation vocabulary. Literal-valued predicates (jobTitle, startDate) have a string
// object; all others point at another entity's id.
enum class Predicate : uint8_t {
  kLeaderOf,          // Person -> Country/Organization   ng:leaderOf
  kJobTitle,          // Person -> "President"            schema:jobTitle (literal)
  kMemberOf,          // Person -> Organization/Country   schema:memberOf
  kNationality,       // Person -> Country                schema:nationality
  kAffiliation,       // Organization/Person -> Country   schema:affiliation
  kContainedInPlace,  // Place -> Place/Country           schema:containedInPlace
  kCapitalOf,         // Place -> Country                 ng:capitalOf
  kParticipant,       // Event -> Person/Country/Org      ng:participant
  kOrganizer,         // Event -> Person/Country/Org      schema:organizer
  kLocation,          // Event -> Place/Country           schema:location
  kStartDate,         // Event -> "2023-05-25"            schema:startDate (literal)
  kKilled,            // Person -> Person                 ng:killed
  kBirthPlace,        // Person -> Place/Country          schema:birthPlace
  kHomeLocation,      // Person -> Place/Country          schema:homeLocation
};
inline constexpr int kPredicateCount = 14;

// Returns "Person", "Country", "Place", "Organization", "Event" or "Date".
std::string_view EntityTypeName(EntityType t);
// Parses the names EntityTypeName returns.
std::optional<EntityType> ParseEntityType(std::string_view name);
// Returns "Meeting", "Conflict", ... ("" for kNone).
std::string_view EventKindName(EventKind k);
std::optional<EventKind> ParseEventKind(std::string_view name);
// Returns the compact JSON-LD term of a predicate: "ng:leaderOf", "jobTitle", "memberOf", ...
std::string_view PredicateTerm(Predicate p);
std::optional<Predicate> ParsePredicateTerm(std::string_view term);
// Returns a short human label for pictures and listings: "leader of", "job title", ...
std::string_view PredicateLabel(Predicate p);
// Returns true for jobTitle and startDate, whose object is a literal, not an entity id.
bool IsLiteral(Predicate p);

// The kind of a head's canonical title: a monarch's ("King", "Sultan"), an elected head's
// ("President", "Prime Minister"), or neither. A monarch and an elected head who share a name
// are two people ("Sultan Ibrahim", "Prime Minister Anwar Ibrahim"); one person may hold two
// elected heads' titles in turn.
enum class HeadKind { kNone, kMonarch, kElected };
HeadKind HeadKindOfTitle(std::string_view title);

// Where a relation was read: the sentence, its position and the rule that fired. Its texts are
// SharedText: a merged graph holds each document id, sentence and rule name once, however many
// evidence records cite it (GraphAccumulator interns them).
struct Evidence {
  SharedText doc;         // Document::id
  uint32_t begin = 0;     // sentence start, Unicode code points into the document text
  uint32_t end = 0;       // sentence end (exclusive), code points
  SharedText text;        // the sentence itself, shared by the evidence citing it
  SharedText rule;        // stable rule name, e.g. "title-name"
  double confidence = 0;  // in [0, 1]

  friend bool operator==(const Evidence&, const Evidence&) = default;
};
// Orders evidence totally, by (doc, begin, end, rule, text, confidence): a sort never leaves
// two different evidences in an order that depends on the input's (Canonicalize is idempotent,
// and which evidence the merge's cap keeps never depends on the order documents came in).
bool EvidenceLess(const Evidence& a, const Evidence& b);

struct Entity {
  std::string id;  // content-derived key, e.g. "person/vladimir-putin", "country/ru"
  EntityType type = EntityType::kPerson;
  SharedText subtype;  // schema.org class refining type ("City", "GovernmentOrganization"), or ""
  std::string name;    // canonical name
  std::vector<std::string> alt_names;       // other surface forms, sorted, unique, never == name
  bool leader = false;                      // a person holding political office
  SharedText wikidata;                      // "Q159" only when really linked, else ""
  std::vector<std::string> identifiers;     // e.g. "iso3166-1:RU", sorted
  EventKind event_kind = EventKind::kNone;  // events only
  SharedText date;                          // events only: ISO 8601 YYYY[-MM[-DD]] or ""
  SharedText trigger;                       // events only: the words that named it
  uint32_t mentions = 0;                    // number of mentions merged into this entity

  friend bool operator==(const Entity&, const Entity&) = default;
};

// Subject, object and an article's mention ids are SharedText: in a merged graph they share the
// buffer of the entity's id (GraphAccumulator), 8 bytes each instead of a std::string apiece.
struct Relation {
  SharedText subject;  // entity id
  Predicate predicate = Predicate::kLeaderOf;
  SharedText object;               // entity id, or the literal when IsLiteral(predicate)
  std::vector<Evidence> evidence;  // sorted by EvidenceLess, at most the configured cap
  uint32_t weight = 0;             // supporting mentions, including evidence beyond the cap

  friend bool operator==(const Relation&, const Relation&) = default;
};

// One input document as it appears in the graph (a schema:NewsArticle).
struct Article {
  std::string id;       // Document::id
  SharedText headline;  // Document::title, or the first line of the text (may be spilled)
  std::string date;     // "YYYY-MM-DD" or ""
  std::string url;
  std::vector<SharedText> mentions;  // ids of the entities it mentions, sorted, unique

  friend bool operator==(const Article&, const Article&) = default;
};

struct GraphData {
  std::vector<Article> articles;
  std::vector<Entity> entities;
  std::vector<Relation> relations;

  friend bool operator==(const GraphData&, const GraphData&) = default;
};

// A mention: one span of a document that names an entity (or a date).
struct Mention {
  Span span;  // bytes into Document::text
  EntityType type = EntityType::kPerson;
  bool leader = false;
  std::string entity;  // id of the entity it was merged into ("" for dates)
  std::string value;   // dates: the normalized ISO date; else ""

  friend bool operator==(const Mention&, const Mention&) = default;
};

// Sorts every list of `g` into canonical order and removes exact duplicates.
void Canonicalize(GraphData& g);

// Returns the ASCII letters of the Latin letter `c`, in its case: the Latin-1 Supplement and
// Latin Extended-A letters, Romanian's S and T with a comma below ("Chișinău") and the
// Vietnamese letters ("Đà Nẵng"); "" if unknown. Slug's and the gazetteers' one folding table.
std::string_view FoldLatin(char32_t c);

// Returns a lower-case ASCII slug of `name` for ids: letters and digits kept (diacritics folded
// where known, other non-ASCII kept as UTF-8), runs of anything else become one '-'.
std::string Slug(std::string_view name);

}  // namespace ng
