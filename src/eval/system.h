// The full extractor's output in the scorer's terms: the mentions and relations of one document
// (extract::DocumentResult) turned into code point spans and relations with the canonical types
// of corpus.h, so that they can be scored against an annotated corpus exactly like the tagger's
// names. The mapping (documented in corpus.h) depends only on the result, the document text and
// the lexicon; nothing here runs the extractor.
#pragma once

#include <optional>
#include <span>
#include <string_view>
#include <vector>

#include "core/model.h"
#include "eval/article.h"
#include "eval/corpus.h"
#include "eval/score.h"
#include "extract/extractor.h"
#include "extract/lexicon.h"
#include "extract/relation_model.h"

namespace ng::eval {

// Returns the canonical type a mention is scored as: Person -> "Person"; Place -> "Location";
// Country -> "Location" when it names the country, "Nationality" when its text is a demonym
// ("Russian", "Iraqis"); Organization -> "Organization". Returns nullopt for Event and Date
// mentions and for descriptive references, which start with a lower-case letter ("the Armenian
// leader") and are no names. `text` is the mention's text.
std::optional<std::string_view> MentionType(const Mention& mention, std::string_view text,
                                            const extract::Lexicon& lexicon);

// Returns the scored mentions of a document as code point spans into `text`.
std::vector<LabeledSpan> MentionSpans(std::string_view text, std::span<const Mention> mentions,
                                      const extract::Lexicon& lexicon);

// Returns the CoNLL04 relation type of our predicate between entities of the given types, or
// nullopt when it has none (see corpus.h for the table).
std::optional<std::string_view> Conll04Relation(Predicate predicate, EntityType subject,
                                                EntityType object);

// Returns the document's relations as CoNLL04 relations between mention spans: for each piece of
// evidence of a mapped relation, the closest pair of a subject mention and an object mention
// inside the evidence sentence (each scored as Person, Location or Organization, never a
// demonym). Relations without such a pair are left out.
std::vector<SpanRelation> MentionRelations(std::string_view text,
                                           const extract::DocumentResult& result,
                                           const extract::Lexicon& lexicon);

// The relation model's training examples of one record: each candidate pair of the extractor
// (extract::RelationCandidates of the record's text) is positive when a gold relation of the
// CoNLL04 type its predicate maps to joins exactly its two spans (a gold span's final period
// aside). Adds the number of gold relations that some candidate matches to `*covered`.
struct RelationLabels {
  std::vector<extract::LabeledPair> examples;
  size_t gold = 0;     // gold relations of the record
  size_t covered = 0;  // of them, those a candidate pair matches
};
RelationLabels LabelRelationCandidates(const Record& record, LabelSet set,
                                       std::vector<extract::PairExample> candidates);

// The relation model's training examples of one article with a gold file (eval/article.h):
// a candidate pair whose two entities match gold entities (as the article scorer matches them:
// same type, a name equal to the gold name or an alias, ignoring ASCII case) is positive when
// the gold states the fact its relation kind is written as (extract::PairPredicate) between
// them, negative when it does not. A pair with an end that matches no gold entity, or whose
// predicate the gold files never state (homeLocation, killed), is no example: the gold says
// nothing of it. `gold` counts the gold facts of the four predicates the model writes
// (nationality, containedInPlace, affiliation, memberOf), `covered` those some candidate is a
// positive of.
RelationLabels LabelArticleCandidates(const ArticleGold& gold,
                                      std::vector<extract::PairExample> candidates);

}  // namespace ng::eval
