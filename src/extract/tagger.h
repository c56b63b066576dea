// A learned sequence tagger for names (people, locations, organizations, nationality adjectives):
// an averaged perceptron over word shape, affixes, context words, capitalization patterns and
// lexicon membership, decoded as BIO tags one sentence at a time. A NameTagger is immutable once
// loaded or trained: share it across threads by const reference. Model files start with a format
// tag and version that Load() checks.
#pragma once

#include <cstdint>
#include <filesystem>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "extract/lexicon.h"
#include "nlp/tokenizer.h"

namespace ng::extract {

enum class NameClass : uint8_t { kPerson, kLocation, kOrganization, kNationality, kMisc };

struct NameSpan {
  uint32_t first = 0;  // first token index (into the document's token vector)
  uint32_t last = 0;   // one past the last token
  NameClass cls = NameClass::kPerson;
  double score = 0;    // margin-derived confidence in [0, 1]

  friend bool operator==(const NameSpan&, const NameSpan&) = default;
};

class NameTagger;  // defined by the tagger implementation (helper-owned)

}  // namespace ng::extract
