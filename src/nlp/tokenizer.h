// Tokens and sentences of a document. A token is a half-open byte span into the document text;
// tokens are in text order, never overlap and never contain whitespace. Sentences are spans over
// a contiguous range of tokens; every token belongs to exactly one sentence.
#pragma once

#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

#include "core/span.h"

namespace ng::nlp {

struct Token {
  Span span;
  bool space_before = false;    // whitespace (or text start) precedes the token
  bool newline_before = false;  // a line break (or text start) precedes the token
};

// Splits UTF-8 `text` into tokens: words (letters, digits, marks, with inner hyphens, periods
// of abbreviations such as "U.S." and apostrophes), possessive/clitic endings ("'s", "n't") as
// their own tokens, numbers ("6,000", "3.5"), and each punctuation mark alone.
std::vector<Token> Tokenize(std::string_view text);

// True for the two letters of a Mongolian name's initial, which news writes glued to the name
// ("Kh.Battulga", "Ts.Elbegdorj"): "Kh", "Ts", "Ch", ... (as written: capital, then small).
bool IsInitialDigraph(std::string_view two);

struct Sentence {
  Span span;           // from the first token's begin to the last token's end
  uint32_t first = 0;  // index of the first token
  uint32_t last = 0;   // one past the last token
};

// No sentence is longer than this many tokens (news sentences rarely pass 80).
inline constexpr uint32_t kMaxSentenceTokens = 200;

// Groups tokens into sentences: ends at '.', '!' or '?' (not after abbreviations such as "Mr."
// or initials), and at every line break, since scraped articles put headlines and captions on
// lines of their own. A run of more than kMaxSentenceTokens tokens without an end is cut, after
// a ',', ';' or ':' of its second half where there is one: a sentence is the evidence of every
// relation read in it, so its length bounds the output per relation.
std::vector<Sentence> SplitSentences(std::string_view text, std::span<const Token> tokens);

}  // namespace ng::nlp
