// Entities, relations and events of one document, built from its name mentions. Entities merge
// the mentions that name the same thing ("Putin" and "Vladimir Putin"; "Russian" and "Russia";
// "Lachin road" and "Lachin Corridor"); relations come from named rules over the tokens around
// the mentions, each with the sentence that supports it; events from event words with their
// participants, place and date.
#pragma once

#include <string>
#include <vector>

#include "core/model.h"
#include "extract/dates.h"
#include "extract/lexicon.h"
#include "extract/names.h"

namespace ng::extract {

// A relation before ids are assigned: entity indices, or a literal object.
struct RawRelation {
  int subject = -1;
  Predicate predicate = Predicate::kLeaderOf;
  int object = -1;      // entity index, -1 for literal relations
  std::string literal;  // jobTitle / startDate
  uint32_t sentence = 0;
  std::string rule;
  double confidence = 0;
};

// A mention that is no name: "the Armenian leader", or the words of an event.
struct ReferenceMention {
  Span span;
  EntityType type = EntityType::kPerson;
  int entity = -1;  // index into DocumentGraph::entities
};

struct DocumentGraph {
  std::vector<Entity> entities;        // ids assigned, not yet sorted
  std::vector<RawRelation> relations;  // indices into entities
  std::vector<ReferenceMention> references;
  // Per sentence, FindDates of its tokens against the publication date: the event rules find
  // them, and the document's date mentions are these.
  std::vector<std::vector<DateMention>> sentence_dates;
};

// True if `e` is a political party: an organization the lexicon types so, or one whose name
// holds the word "Party".
bool IsPoliticalParty(const Entity& e);

// Merges `names` into entities (setting each mention's `entity`) and finds the relations and
// events of the document. `date` is the publication date (may be empty); `doc_key` identifies
// the document in ids of undated events. With `gazetteer_facts`, the graph also states what
// the gazetteers know of the places and organizations the document names and the text does not
// say: a city's country, a region's, a landmark's city, a national capital's country, a news
// outlet's country.
DocumentGraph BuildDocumentGraph(const TextView& view, NameMentions& names, const Lexicon& lexicon,
                                 const std::string& date, const std::string& doc_key,
                                 bool gazetteer_facts = false);

}  // namespace ng::extract
