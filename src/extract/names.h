// Name mentions of one document: the spans that name a person, country, place or organization,
// together with the titles and owners written around them ("Russian President Vladimir Putin":
// owner Russia, title President, name "Vladimir Putin"). Found per sentence from capitalized
// runs, lexicon matches and the optional learned tagger; classified by lexicons, head words,
// context and, last, by agreement with the other mentions of the same document.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/model.h"
#include "extract/lexicon.h"
#include "extract/tagger.h"
#include "nlp/tokenizer.h"

namespace ng::extract {

// The tokens and sentences of one document, with lookups the rules share.
struct TextView {
  std::string_view text;
  std::vector<nlp::Token> tokens;
  std::vector<nlp::Sentence> sentences;
  std::vector<uint32_t> sentence_of;  // token index -> sentence index

  // (Asked millions of times per MB: written without substr, whose range check and throw kept
  // GCC from inlining it. The tokens are `text`'s own, so their spans lie within it. Always
  // inline: GCC's growth limits left about three million calls per MB out of line in the
  // largest rule functions, at four times the cost of the access.)
  [[gnu::always_inline]] std::string_view Tok(uint32_t i) const {
    if (i >= tokens.size()) return {};
    const Span& span = tokens[i].span;
    return std::string_view(text.data() + span.begin, span.end - span.begin);
  }
  // Returns tokens [first, last) joined by single spaces, typographic apostrophes as "'"
  // (the form of every lexicon lookup).
  std::string Phrase(uint32_t first, uint32_t last) const;
  // The same phrase, as a view: of the text itself where it is written so (one space between
  // tokens, no typographic apostrophe), which is most of the time; else of `buffer`, where it is
  // built. Lets the phrase lookups at every word skip building a string.
  std::string_view PhraseView(uint32_t first, uint32_t last, std::string& buffer) const;
  // Returns the bytes from token `first` to the end of token `last - 1`.
  std::string_view Surface(uint32_t first, uint32_t last) const;
  // Returns tokens [first, last) as written on one line: one space where the text has any
  // white space between two tokens, none where they touch ("People's", not "People 's").
  std::string Written(uint32_t first, uint32_t last) const;
  // True if token `k` of sentence `s` is the "by" that opens a credit line's names: "(Reporting
  // by ...; Editing by ...)", or "By" opening the sentence (a byline).
  bool OpensCredits(const nlp::Sentence& s, uint32_t k) const;
};

// Tokenizes `text`, splits glued scrape labels ("RelatedAzerbaijan" -> "Related" "Azerbaijan")
// and groups the tokens into sentences.
TextView MakeTextView(std::string_view text, const Lexicon& lexicon);

struct NameMention {
  uint32_t first = 0;  // token range of the name itself, without titles
  uint32_t last = 0;
  Span span;  // bytes; inside one token for the parts of "Armenia-Azerbaijan"
  // The span written as the mention, when it is wider than the name: a person's name with the
  // words the tagger counts as part of it ("President Mahmoud Ahmadinejad"). Empty: `span`.
  Span written;
  EntityType type = EntityType::kPerson;
  std::string subtype;  // "City", "AdministrativeArea", or a known organization's class
  std::string name;     // the name as written (tokens joined by spaces)
  std::string key;      // what identifies the entity within the document (see Resolve)
  const Country* country = nullptr;    // countries, demonyms, capitals used for their country
  const KnownEntity* known = nullptr;  // lexicon organizations and places
  const City* city = nullptr;          // gazetteer cities
  bool via_demonym = false;            // "Russian" naming Russia
  bool via_capital = false;            // "Baku's victory": a capital standing for its country
  bool descriptive = false;            // "the Armenian leader": refers, but is no name
  bool leader = false;                 // holds political office (from its title)
  std::string title;                   // canonical title written before or after it
  std::string rule;                    // the rule that found or typed it
  std::string alias_of;                // "Dagalo, known as Hemedti": the name it stands for
  double confidence = 0.5;
  int owner = -1;   // index of the country/organization mention that owns the title
  int entity = -1;  // index into the document's entity list, set by ResolveEntities
};

// A title written before or after a name: "President", "prime minister", "leader".
struct TitleMention {
  uint32_t first = 0;
  uint32_t last = 0;
  const Title* title = nullptr;  // nullptr for the generic "leader"
  bool former = false;           // "former President": no current office
  // A word before the title that is part of the office, as written in the title: "Acting"
  // ("the party's acting chairman"), "Interim", "Police" ("police commander"); empty if none.
  std::string_view qualifier;
};

struct NameMentions {
  std::vector<NameMention> names;  // in text order
  std::vector<TitleMention> titles;
  // Offices no lexicon lists, named by their portfolio ("Minister of Water Resources and
  // Irrigation") or by a rank before a listed title ("Deputy Special Envoy"): the titles above
  // point to them.
  std::vector<std::unique_ptr<Title>> portfolio_titles;
  bool sports = false;  // a sports report: "hosted" and "faced" tell games, not meetings
};

// The word, written as in a title, that names the office with the title it precedes
// ("acting", "interim", "police", "army"; see TitleMention::qualifier); empty if `w` is none.
std::string_view TitleQualifierWord(std::string_view w);

// True if `w` tells a title's holder holds it for a time: "Acting", "Interim".
bool IsTenureWord(std::string_view w);

// Finds the name mentions of every sentence.
NameMentions FindNames(const TextView& view, const Lexicon& lexicon, const NameTagger* tagger);

}  // namespace ng::extract
