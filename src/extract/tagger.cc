#include "extract/tagger.h"

#include <algorithm>
#include <array>
#include <atomic>
#include <cmath>
#include <cstring>
#include <fstream>
#include <iterator>
#include <limits>
#include <random>
#include <type_traits>
#if defined(__SSE__)
#include <xmmintrin.h>
#endif

#include "core/error.h"
#include "core/files.h"
#include "core/model_file.h"
#include "core/utf8.h"
#include "extract/string_map.h"
#include "extract/words.h"

namespace ng::extract {
namespace {

// Tags: 0 = O, then B-c = 1 + 2c and I-c = 2 + 2c for each NameClass c.
constexpr int kTagCount = 1 + 2 * kNameClassCount;
constexpr int kStartTag = kTagCount;  // the row of transitions_ used before the first token
constexpr size_t kRowStride = 16;     // int16 weights per row in memory (kTagCount, padded)
static_assert(kTagCount <= static_cast<int>(kRowStride));
// A word's summed scores per role are kept padded to whole vectors of four int32s, so that
// adding them (five rows per token) compiles to vector adds: GCC at -O2 vectorizes a loop of 12
// but not one of 11. The padding of a weight row is zero, so the padding of a sum stays zero.
constexpr size_t kSumLanes = (kTagCount + 3) / 4 * 4;
static_assert(kSumLanes <= kRowStride);

constexpr std::string_view kMagic = "NGTAGGER";
constexpr uint32_t kVersion = 1;
constexpr uint32_t kFlagLexicon = 1;
constexpr uint32_t kMaxHashBits = 24;

constexpr uint8_t BeginTag(NameClass c) {
  return static_cast<uint8_t>(1 + 2 * static_cast<int>(c));
}
constexpr bool IsInside(int tag) { return tag > 0 && tag % 2 == 0; }
constexpr NameClass ClassOf(int tag) { return static_cast<NameClass>((tag - 1) / 2); }

// Returns false for BIO-invalid bigrams: I-X may only follow B-X or I-X.
constexpr bool Allowed(int prev, int cur) {
  if (!IsInside(cur)) return true;
  return prev != kStartTag && prev != 0 && ClassOf(prev) == ClassOf(cur);
}

// Feature templates; the numbers are part of the model format.
enum Template : uint8_t {
  kBias,
  kWord,
  kShape,
  kShortShape,
  kPrefix,
  kSuffix,
  kCapitalized,
  kAllCaps,
  kHasDigit,
  kHasHyphen,
  kSentenceInitial,
  kInitialCapitalized,
  kPrevWord,
  kPrevWord2,
  kNextWord,
  kNextWord2,
  kPrevShape,
  kPrevShape2,
  kNextShape,
  kNextShape2,
  kPrevWordWord,
  kWordNextWord,
  kShapeTrigram,
  kLexicon,
  kPrevLexicon,
  kNextLexicon,
  kWordAndPrevShape,
};

// Lexicon categories of a token (bits).
enum LexiconBit : uint16_t {
  kLexGivenName = 1 << 0,
  kLexCountry = 1 << 1,
  kLexDemonym = 1 << 2,
  kLexCity = 1 << 3,
  kLexTitle = 1 << 4,
  kLexOrgWord = 1 << 5,
  kLexKnown = 1 << 6,
  kLexSubdivision = 1 << 7,
  kLexStopName = 1 << 8,
  kLexPhraseStart = 1 << 9,  // the token starts a multi-token country/city/known/title phrase
};
constexpr int kLexiconBits = 10;
// At most: bias, word, 2 shapes, 8 affixes, 4 flags, 2 sentence-initial, 8 context words and
// shapes, 4 pairs and trigrams, and 3 per lexicon bit.
constexpr size_t kMaxFeaturesPerToken = 4 + 8 + 4 + 2 + 8 + 4 + 3 * kLexiconBits;
// Of them, those EmitContextFeatures gives: 2 sentence-initial, 4 pairs and trigrams, and 3 per
// lexicon bit.
constexpr size_t kMaxContextFeatures = 2 + 4 + 3 * kLexiconBits;

// The hashes of the context features' first parts, which depend on one word alone: kept with
// the word (and so in TagWords' memo), each token hashes only the rest of its pairs and trigram.
// FNV-1a goes byte by byte, so continuing a copy gives the hash of the whole.
struct ContextPrefixes {
  Fnv prev_word_word{kPrevWordWord};           // .Add(lower): the word before the token
  Fnv word_next_word{kWordNextWord};           // .Add(lower): the token
  Fnv shape_trigram{kShapeTrigram};            // .Add(short_shape): the word before the token
  Fnv word_and_prev_shape{kWordAndPrevShape};  // .Add(lower): the token
};

// What the features read of one word (its lexicon categories, which depend on the phrase around
// it, are kept apart: see MarkLexicon).
struct WordInfo {
  std::string lower;
  std::string shape;        // "Xxxx", "X.X.", "dd,ddd": runs capped at four
  std::string short_shape;  // runs collapsed: "Xx", "X.X.", "d,d"
  bool capitalized = false;
  bool all_caps = false;
  bool has_digit = false;
  bool has_hyphen = false;
  ContextPrefixes prefixes;
};

char ShapeChar(unsigned char c) {
  if (c >= 'A' && c <= 'Z') return 'X';
  if (c >= 'a' && c <= 'z') return 'x';
  if (c >= '0' && c <= '9') return 'd';
  return static_cast<char>(c);
}

// The Latin letter of U+00C0..U+017F without its diacritic, in its case ('*' for × and ÷):
// "Vinícius Júnior" has the features of "Vinicius Junior", which the training news spells so.
constexpr std::string_view kLatinBase =
    "AAAAAAACEEEEIIIIDNOOOOO*OUUUUYTs"
    "aaaaaaaceeeeiiiidnooooo*ouuuuyty"
    "AaAaAaCcCcCcCcDdDdEeEeEeEeEeGgGgGgGgHhHhIiIiIiIiIiIiJjKkkLlLlLlLlLlNnNnNnnNnOoOoOoOoRrRrRrSsSs"
    "SsSsTtTtTtUuUuUuUuUuUuWwYyYZzZzZzs";
static_assert(kLatinBase.size() == 0x180 - 0xC0);

// The base letter of the two-byte UTF-8 sequence at word[i], or 0 if it is none.
char LatinBase(std::string_view word, size_t i) {
  const auto c = static_cast<unsigned char>(word[i]);
  if (c < 0xC3 || c > 0xC5 || i + 1 >= word.size()) return 0;
  const auto c2 = static_cast<unsigned char>(word[i + 1]);
  if ((c2 & 0xC0) != 0x80) return 0;
  const char base = kLatinBase[((c & 0x1Fu) << 6 | (c2 & 0x3Fu)) - 0xC0];
  return base == '*' ? 0 : base;
}

WordInfo Describe(std::string_view word) {
  WordInfo w;
  w.lower.reserve(word.size());
  bool any_upper = false, any_lower = false;
  int run = 0;
  for (size_t i = 0; i < word.size(); ++i) {
    const auto c = static_cast<unsigned char>(word[i]);
    char s;
    if (const char base = LatinBase(word, i); base != 0) {
      w.lower.push_back(base >= 'A' && base <= 'Z' ? static_cast<char>(base + 32) : base);
      s = ShapeChar(static_cast<unsigned char>(base));
      ++i;  // the continuation byte
    } else {
      w.lower.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : static_cast<char>(c));
      if ((c & 0xC0) == 0x80) continue;  // a continuation byte: one shape char per code point
      // Other non-ASCII code points have no case table here: a letter of unknown case.
      s = c >= 0x80 ? 'u' : ShapeChar(c);
    }
    any_upper |= s == 'X';
    any_lower |= s == 'x';
    w.has_digit |= s == 'd';
    w.has_hyphen |= s == '-';
    if (!w.shape.empty() && w.shape.back() == s) {
      if (++run < 4) w.shape.push_back(s);
    } else {
      run = 0;
      w.shape.push_back(s);
    }
    if (w.short_shape.empty() || w.short_shape.back() != s) w.short_shape.push_back(s);
  }
  w.capitalized = !w.shape.empty() && w.shape.front() == 'X';
  w.all_caps = any_upper && !any_lower;
  w.prefixes.prev_word_word.Add(w.lower);
  w.prefixes.word_next_word.Add(w.lower);
  w.prefixes.shape_trigram.Add(w.short_shape);
  w.prefixes.word_and_prev_shape.Add(w.lower);
  return w;
}

// Marks the lexicon categories of each word (`bits`, one per word, starts zero): single-word
// lookups, and the longest country, city, known-entity or title phrase starting at each token.
void MarkLexicon(const Lexicon& lexicon, std::span<const std::string_view> words,
                 std::vector<uint16_t>& bits) {
  const size_t max_len = std::min<size_t>(std::max<size_t>(lexicon.max_phrase_tokens(), 1), 6);
  std::string phrase;  // the phrase from word i, one buffer for all
  for (size_t i = 0; i < words.size(); ++i) {
    const std::string_view word = words[i];
    if (lexicon.IsGivenName(word)) bits[i] |= kLexGivenName;
    if (lexicon.FindDemonym(word)) bits[i] |= kLexDemonym;
    if (lexicon.IsOrgWord(word)) bits[i] |= kLexOrgWord;
    if (lexicon.IsStopName(word)) bits[i] |= kLexStopName;
    // No lexicon phrase is longer than the longest key that starts with this word.
    const size_t window = std::min(max_len, lexicon.MaxPhraseTokensFrom(word));
    phrase.clear();
    for (size_t len = 1; len <= window && i + len <= words.size(); ++len) {
      if (len > 1) phrase.push_back(' ');
      phrase.append(words[i + len - 1]);
      uint16_t found = 0;
      if (lexicon.FindCountry(phrase)) found |= kLexCountry;
      if (lexicon.FindCity(phrase)) found |= kLexCity;
      if (lexicon.FindKnown(phrase)) found |= kLexKnown;
      if (lexicon.FindTitle(phrase)) found |= kLexTitle;
      if (lexicon.FindSubdivision(phrase)) found |= kLexSubdivision;
      if (found == 0) continue;
      if (len > 1) bits[i] |= kLexPhraseStart;
      for (size_t k = i; k < i + len; ++k) bits[k] |= found;
    }
  }
}

// Where a word stands towards the token whose features it gives: the token itself, or one or
// two words before or after it.
enum Role : uint8_t { kAsSelf, kAsPrev, kAsPrev2, kAsNext, kAsNext2 };
constexpr int kRoleCount = 5;
// The position of a word in each role, relative to the tagged token.
constexpr std::array<int, kRoleCount> kRoleOffset = {0, -1, -2, 1, 2};

// Emits the features that depend on word `w` alone, given its role towards the tagged token.
// (Emitted through a template, not std::function: `emit` must inline at every call.)
template <typename Emit>
void EmitWordFeatures(const WordInfo& w, Role role, Emit& emit) {
  switch (role) {
    case kAsSelf: {
      emit(Fnv(kBias));
      emit(Fnv(kWord).Add(w.lower));
      emit(Fnv(kShape).Add(w.shape));
      emit(Fnv(kShortShape).Add(w.short_shape));
      const std::string_view lower = w.lower;
      for (size_t k = 1; k <= 4 && k < lower.size(); ++k) {
        emit(Fnv(kPrefix).Byte(static_cast<uint8_t>(k)).Add(lower.substr(0, k)));
        emit(Fnv(kSuffix).Byte(static_cast<uint8_t>(k)).Add(lower.substr(lower.size() - k)));
      }
      if (w.capitalized) emit(Fnv(kCapitalized));
      if (w.all_caps) emit(Fnv(kAllCaps));
      if (w.has_digit) emit(Fnv(kHasDigit));
      if (w.has_hyphen) emit(Fnv(kHasHyphen));
      return;
    }
    case kAsPrev:
      emit(Fnv(kPrevWord).Add(w.lower));
      emit(Fnv(kPrevShape).Add(w.shape));
      return;
    case kAsPrev2:
      emit(Fnv(kPrevWord2).Add(w.lower));
      emit(Fnv(kPrevShape2).Add(w.short_shape));
      return;
    case kAsNext:
      emit(Fnv(kNextWord).Add(w.lower));
      emit(Fnv(kNextShape).Add(w.shape));
      return;
    case kAsNext2:
      emit(Fnv(kNextWord2).Add(w.lower));
      emit(Fnv(kNextShape2).Add(w.short_shape));
      return;
  }
}

// Emits the features of token `w` that depend on more than one word or on where it stands:
// word pairs, the shape trigram, the sentence start, and the lexicon categories of it and its
// neighbours (0 outside the sentence).
template <typename Emit>
void EmitContextFeatures(const WordInfo& prev, const WordInfo& w, const WordInfo& next, bool first,
                         uint16_t prev_lexicon, uint16_t lexicon, uint16_t next_lexicon,
                         Emit& emit) {
  if (first) emit(Fnv(kSentenceInitial));
  if (first && w.capitalized) emit(Fnv(kInitialCapitalized));
  // Fnv(kPrevWordWord).Add(prev.lower).Add(w.lower), and so on (see ContextPrefixes).
  emit(Fnv(prev.prefixes.prev_word_word).Add(w.lower));
  emit(Fnv(w.prefixes.word_next_word).Add(next.lower));
  emit(Fnv(prev.prefixes.shape_trigram).Add(w.short_shape).Add(next.short_shape));
  emit(Fnv(w.prefixes.word_and_prev_shape).Add(prev.short_shape));
  // Most tokens have no category (all have none with a model without lexicon features): one
  // test for them instead of thirty.
  if ((prev_lexicon | lexicon | next_lexicon) == 0) return;
  for (int b = 0; b < kLexiconBits; ++b) {
    const auto bit = static_cast<uint16_t>(1u << b);
    if (lexicon & bit) emit(Fnv(kLexicon).Byte(static_cast<uint8_t>(b)));
    if (prev_lexicon & bit) emit(Fnv(kPrevLexicon).Byte(static_cast<uint8_t>(b)));
    if (next_lexicon & bit) emit(Fnv(kNextLexicon).Byte(static_cast<uint8_t>(b)));
  }
}

// The words standing for the positions before and after a sentence.
constexpr std::string_view kBeforeWord = "<S>", kAfterWord = "</S>";

// Computes the hashed feature rows of every token of one sentence; `offsets` gets one entry per
// token plus one (the end), indexing `rows`. (Training's path; TagWords sums the same features
// with most of them remembered per word.)
void ExtractFeatures(std::span<const std::string_view> words, const Lexicon* lexicon,
                     uint32_t hash_bits, std::vector<uint32_t>& rows,
                     std::vector<uint32_t>& offsets) {
  std::vector<WordInfo> info;
  info.reserve(words.size());
  for (std::string_view w : words) info.push_back(Describe(w));
  std::vector<uint16_t> lexicon_bits(words.size(), 0);
  if (lexicon != nullptr) MarkLexicon(*lexicon, words, lexicon_bits);

  const uint64_t mask = (uint64_t{1} << hash_bits) - 1;
  static const WordInfo kBefore = Describe(kBeforeWord), kAfter = Describe(kAfterWord);
  const auto n = static_cast<ptrdiff_t>(info.size());
  auto at = [&](ptrdiff_t i) -> const WordInfo& {
    return i < 0 ? kBefore : i >= n ? kAfter : info[static_cast<size_t>(i)];
  };
  auto lexicon_at = [&](ptrdiff_t i) -> uint16_t {
    return i < 0 || i >= n ? 0 : lexicon_bits[static_cast<size_t>(i)];
  };
  // Room for every token's features, written through a pointer: with push_back the emitting
  // lambda was too big for GCC to inline at its thirty-odd call sites.
  const size_t start = rows.size();
  rows.resize(start + info.size() * kMaxFeaturesPerToken);
  offsets.reserve(offsets.size() + info.size() + 1);
  uint32_t* out = rows.data() + start;
  auto emit = [&](const Fnv& f) { *out++ = static_cast<uint32_t>(f.value() & mask); };
  auto written = [&] { return static_cast<uint32_t>(out - rows.data()); };

  for (ptrdiff_t i = 0; i < n; ++i) {
    offsets.push_back(written());
    for (int r = 0; r < kRoleCount; ++r)
      EmitWordFeatures(at(i + kRoleOffset[r]), static_cast<Role>(r), emit);
    EmitContextFeatures(at(i - 1), at(i), at(i + 1), i == 0, lexicon_at(i - 1), lexicon_at(i),
                        lexicon_at(i + 1), emit);
  }
  offsets.push_back(written());
  rows.resize(written());
}

// The features of one word that depend on it alone (EmitWordFeatures), their weights summed per
// role for one model: with them a token's scores need the sums of five words and the rows of
// its context features only. Integer sums are exact in any order, so the scores are those of
// summing every feature's row.
struct WordScores {
  WordInfo info;
  std::array<std::array<int32_t, kSumLanes>, kRoleCount> sums{};  // kTagCount used, then zeros
};

// Sums the weights of `word`'s features in each role; `weights_of(row)` returns a hashed row's
// weights, or nullptr if the row is dead.
template <typename WeightsOf>
WordScores ScoreWord(std::string_view word, uint64_t mask, const WeightsOf& weights_of) {
  WordScores scores;
  scores.info = Describe(word);
  for (int r = 0; r < kRoleCount; ++r) {
    std::array<int32_t, kSumLanes>& sum = scores.sums[r];
    auto add = [&](const Fnv& f) {
      if (const int16_t* w = weights_of(static_cast<uint32_t>(f.value() & mask)))
        for (size_t y = 0; y < kSumLanes; ++y) sum[y] += w[y];
    };
    EmitWordFeatures(scores.info, static_cast<Role>(r), add);
  }
  return scores;
}

// The WordScores of the words one thread has tagged lately, for one model. News repeats its
// words: a memo of 32,768 words scores 58,290 words anew in 7.2 MB of news (1.3 million
// tokens), one of 16,384 words, emptied twice as often, 99,238 (a word costs about 3,700
// instructions to score); it costs about 13 MB per thread.
class WordMemo {
 public:
  // Empties the memo if it holds another model's sums or has no room for `words` more, so that
  // the indices Find returns for one sentence stay valid until the next Prepare.
  void Prepare(uint64_t model, size_t words) {
    if (model != model_ || map_.size() + words > kMaxWords) {
      map_.clear();
      // (Once: the entries' room for a full memo, so that no growth holds the old entries
      // beside the new. A page counts once it is written.)
      map_.reserve(kMaxWords);
      model_ = model;
    }
  }
  // Sets `index[k]` to the index of the scores of `words[k]`, computing them with
  // `score(word)` for new words. The memo is larger than the caches: the lookups go in steps
  // (hashes and slots, entries, then the keys) so that their misses overlap, and each word's
  // scores, which span six or seven cache lines past its key, are asked for once it is found.
  template <typename Score>
  void FindAll(std::span<const std::string_view> words, std::vector<uint32_t>& index,
               const Score& score) {
    hashes_.resize(words.size());
    for (size_t k = 0; k < words.size(); ++k) {
      hashes_[k] = HashKey(words[k]);
      map_.PrefetchSlot(hashes_[k]);
    }
    for (uint64_t h : hashes_) map_.PrefetchEntry(h);
    index.resize(words.size());
    for (size_t k = 0; k < words.size(); ++k) {
      auto it = map_.find(words[k], hashes_[k]);
      if (it == map_.end()) it = map_.emplace(std::string(words[k]), score(words[k])).first;
      index[k] = static_cast<uint32_t>(it - map_.begin());
      const char* scores = reinterpret_cast<const char*>(&it->second);
      for (size_t b = 0; b < sizeof(WordScores); b += 64) __builtin_prefetch(scores + b);
      __builtin_prefetch(scores + sizeof(WordScores) - 1);
    }
  }
  const WordScores& operator[](uint32_t index) const { return map_.begin()[index].second; }

 private:
  static constexpr size_t kMaxWords = size_t{1} << 15;
  uint64_t model_ = 0;
  StringMap<WordScores> map_;
  std::vector<uint64_t> hashes_;  // FindAll's, kept for their memory
};

// What TagWords writes per sentence besides the names, kept per thread for their memory.
struct TagBuffers {
  std::vector<std::string_view> padded;  // the sentence with two pads on each side
  std::vector<uint32_t> word_at;         // memo index per padded word
  std::vector<uint16_t> lexicon_bits;    // per word
  std::vector<uint32_t> rows, offsets;   // context feature rows, per token
  std::vector<float> emission, forward, backward;
};

// Returns a number no other loaded or trained model has had (WordMemo's key).
uint64_t NewModelId() {
  static std::atomic<uint64_t> next{1};
  return next.fetch_add(1, std::memory_order_relaxed);
}

// Four floats or four int32s in one vector register: element-wise arithmetic, comparisons
// (-1 where true) and `mask ? a : b` selection. A GCC and Clang extension, compiled to SSE2 on
// x86-64 and to scalar code where there is no vector unit; the arithmetic is IEEE single
// precision either way, so the scores are those of scalar code.
typedef float Float4 __attribute__((vector_size(16)));
typedef int32_t Int4 __attribute__((vector_size(16)));

// Element-wise `b < a ? a : b` (b where they are equal or either is NaN). On x86-64 one
// instruction, SSE's maxps, which computes exactly that; GCC's vector select takes three there
// (a compare's mask and, and-not, or), and Viterbi takes such a maximum for every pair of tags.
inline Float4 MaxOf(Float4 a, Float4 b) {
#if defined(__SSE__)
  return _mm_max_ps(a, b);
#else
  return b < a ? a : b;
#endif
}

// A row of kTagCount scores, padded to whole vectors: kLanes of them.
constexpr int kVectors = (kTagCount + 3) / 4;
constexpr int kLanes = 4 * kVectors;
static_assert(kVectors == 3, "Viterbi and the margins' backward pass write the vectors out");
using TransitionRows = std::array<Float4, kTagCount * kVectors>;

// Returns `transitions` (floats, without the start row) as rows of kLanes: row p holds the
// scores from tag p to each tag if `into` is false, to tag p from each tag if it is true. The
// pairs that are not Allowed, and the padding, hold a score so low that adding any real score
// to it stays below Viterbi's kNone: maxima over all of a row are then those over its allowed
// pairs, with no test per pair.
TransitionRows AllowedTransitionRows(const float* transitions, bool into) {
  std::array<float, kTagCount * kLanes> rows;
  rows.fill(std::numeric_limits<float>::lowest() / 2);
  for (int p = 0; p < kTagCount; ++p) {
    for (int y = 0; y < kTagCount; ++y) {
      if (!Allowed(p, y)) continue;
      const float score = transitions[p * kTagCount + y];
      if (into)
        rows[y * kLanes + p] = score;
      else
        rows[p * kLanes + y] = score;
    }
  }
  TransitionRows out;
  std::memcpy(out.data(), rows.data(), sizeof(out));
  return out;
}

// The transition rows that Viterbi and the margins read: they depend on the model alone, so
// TagWords keeps them per thread, made once per model instead of twice per sentence.
struct ModelTransitionRows {
  uint64_t model = 0;  // the id of the model they are made of; 0 for none
  TransitionRows from, into;
  void Prepare(uint64_t id, const float* transitions) {
    if (model == id) return;
    from = AllowedTransitionRows(transitions, false);
    into = AllowedTransitionRows(transitions, true);
    model = id;
  }
};

// Finds the best BIO-valid tag sequence given per-token emission scores (n x kTagCount) and the
// transition matrix ((kTagCount + 1) x kTagCount); tokens in [o_begin, o_end) may only be O.
// Stores the sequence's score in `*total` if given, and the best score of each prefix ending
// in each tag in `*forward` (n x kTagCount; its memory is reused). Ties go to the lower tag
// number, so decoding is deterministic. The float decoder reads `from_rows`, the
// AllowedTransitionRows(transitions, false), where given (else it makes them).
template <typename Score>
std::vector<uint8_t> Viterbi(const std::vector<Score>& emission, size_t n, const Score* transitions,
                             size_t o_begin = 0, size_t o_end = 0, Score* total = nullptr,
                             std::vector<Score>* forward = nullptr,
                             const TransitionRows* from_rows = nullptr) {
  std::vector<uint8_t> tags(n);
  if (n == 0) return tags;
  std::vector<Score> own_best;
  std::vector<Score>& best = forward != nullptr ? *forward : own_best;
  best.assign(n * kTagCount, Score{});
  std::vector<uint8_t> back(n * kTagCount);
  const Score kNone = std::numeric_limits<Score>::lowest() / 4;
  for (int y = 0; y < kTagCount; ++y) {
    const bool ok = Allowed(kStartTag, y) && (y == 0 || o_begin > 0 || o_end == 0);
    best[y] = ok ? transitions[kStartTag * kTagCount + y] + emission[y] : kNone;
  }
  TransitionRows own_from;  // the float decoder's transitions
  if constexpr (std::is_same_v<Score, float>)
    if (from_rows == nullptr) own_from = AllowedTransitionRows(transitions, false);
  const TransitionRows& from = from_rows != nullptr ? *from_rows : own_from;
  for (size_t t = 1; t < n; ++t) {
    const bool only_o = t >= o_begin && t < o_end;
    // Only the first token's I-X tags and the tags a constraint ruled out are kNone: after an
    // unconstrained token every tag has a finite score, and the test for kNone can go.
    const bool prev_may_be_none = t == 1 || (o_end > 0 && t <= o_end);
    const Score* prev = &best[(t - 1) * kTagCount];
    if constexpr (std::is_same_v<Score, float>) {
      if (!prev_may_be_none && !only_o) {
        // The loop below for every tag y at once: the same sums, compared in the same order
        // (previous tags increasing, ties to the lower), four tags to a vector.
        std::array<Float4, kVectors> top;
        // The best previous tag, as a float: p only grows, so `better ? p : arg` is the
        // maximum of arg and (better ? p : 0), one maxps after an and.
        std::array<Float4, kVectors> arg{};
        top.fill(Float4{kNone, kNone, kNone, kNone});
        Float4 p_float = {0, 0, 0, 0};  // p in every lane
        for (int p = 0; p < kTagCount; ++p, p_float += 1) {
          const Float4 from_p = {prev[p], prev[p], prev[p], prev[p]};
          const auto p_bits = reinterpret_cast<Int4>(p_float);
          // The vectors written out, not in a loop GCC 12 leaves rolled, with `top` and `arg`
          // kept in memory.
          auto step = [&](int v) {
            const Float4 s = from_p + from[p * kVectors + v];
            const Int4 better = s > top[v];
            top[v] = MaxOf(s, top[v]);  // better ? s : top[v]
            arg[v] = MaxOf(reinterpret_cast<Float4>(better & p_bits), arg[v]);
          };
          step(0);
          step(1);
          step(2);
        }
        // The same sums as a vector per four tags (emission's row copied out to whole
        // vectors), and one copy of the tags' floats, not a lane extracted per tag.
        std::array<Float4, kVectors> em{};
        std::memcpy(em.data(), &emission[t * kTagCount], kTagCount * sizeof(float));
        for (int v = 0; v < kVectors; ++v) top[v] += em[v];
        std::memcpy(&best[t * kTagCount], top.data(), kTagCount * sizeof(float));
        std::array<float, kLanes> arg_of;
        std::memcpy(arg_of.data(), arg.data(), sizeof(arg_of));
        for (int y = 0; y < kTagCount; ++y)
          back[t * kTagCount + y] = static_cast<uint8_t>(arg_of[y]);
        continue;
      }
    }
    for (int y = 0; y < kTagCount; ++y) {
      Score top = kNone;
      if (only_o && y != 0) {
        best[t * kTagCount + y] = kNone;
        continue;
      }
      uint8_t arg = 0;
      // The tags Allowed before y, in increasing order: I-X only after B-X (y - 1) or I-X.
      const int p_first = IsInside(y) ? y - 1 : 0;
      const int p_last = IsInside(y) ? y : kTagCount - 1;
      if (prev_may_be_none) {
        for (int p = p_first; p <= p_last; ++p) {
          if (prev[p] == kNone) continue;
          const Score s = prev[p] + transitions[p * kTagCount + y];
          if (s > top) top = s, arg = static_cast<uint8_t>(p);
        }
      } else {
        for (int p = p_first; p <= p_last; ++p) {
          const Score s = prev[p] + transitions[p * kTagCount + y];
          if (s > top) top = s, arg = static_cast<uint8_t>(p);
        }
      }
      best[t * kTagCount + y] = top == kNone ? kNone : top + emission[t * kTagCount + y];
      back[t * kTagCount + y] = arg;
    }
  }
  int y = 0;
  for (int k = 1; k < kTagCount; ++k) {
    if (best[(n - 1) * kTagCount + k] > best[(n - 1) * kTagCount + y]) y = k;
  }
  if (total != nullptr) *total = best[(n - 1) * kTagCount + y];
  for (size_t t = n; t-- > 0;) {
    tags[t] = static_cast<uint8_t>(y);
    y = back[t * kTagCount + y];
  }
  return tags;
}

std::vector<uint8_t> ToTags(const TrainingSentence& s) {
  std::vector<uint8_t> tags(s.words.size(), 0);
  for (const NameSpan& name : s.names) {
    if (name.first >= name.last || name.last > tags.size()) continue;
    tags[name.first] = BeginTag(name.cls);
    for (uint32_t k = name.first + 1; k < name.last; ++k) tags[k] = BeginTag(name.cls) + 1;
  }
  return tags;
}

}  // namespace

std::string_view NameClassName(NameClass c) {
  static constexpr std::array<std::string_view, kNameClassCount> kNames = {"PER", "LOC", "ORG",
                                                                           "NAT", "MISC"};
  return kNames[static_cast<size_t>(c)];
}

NameTagger NameTagger::Train(const std::vector<TrainingSentence>& sentences,
                             const TrainOptions& options, const Lexicon* lexicon) {
  NameTagger model;
  model.hash_bits_ = std::clamp<uint32_t>(options.hash_bits, 8, kMaxHashBits);
  model.uses_lexicon_ = lexicon != nullptr;
  const size_t rows_count = size_t{1} << model.hash_bits_;

  // Extract every sentence's features once; then drop rare rows (seen < min_feature_count).
  std::vector<uint32_t> rows;
  std::vector<uint32_t> offsets;           // per token, into rows
  std::vector<size_t> first_token;         // per sentence, into offsets; plus the end
  std::vector<std::vector<uint8_t>> gold;  // per sentence
  std::vector<std::string_view> words;
  for (const TrainingSentence& s : sentences) {
    first_token.push_back(offsets.size());
    words.assign(s.words.begin(), s.words.end());
    ExtractFeatures(words, lexicon, model.hash_bits_, rows, offsets);
    offsets.pop_back();  // the next sentence's first offset ends this one's last token
    gold.push_back(ToTags(s));
  }
  first_token.push_back(offsets.size());
  offsets.push_back(static_cast<uint32_t>(rows.size()));
  if (options.min_feature_count > 1) {
    std::vector<uint32_t> count(rows_count, 0);
    for (uint32_t r : rows) count[r] = std::min(count[r] + 1, options.min_feature_count);
    size_t out = 0, tok = 0;
    for (size_t i = 0; i < rows.size(); ++i) {
      while (offsets[tok] == i) offsets[tok++] = static_cast<uint32_t>(out);
      if (count[rows[i]] >= options.min_feature_count) rows[out++] = rows[i];
    }
    while (tok < offsets.size()) offsets[tok++] = static_cast<uint32_t>(out);
    rows.resize(out);
  }

  // Integer weights make training exact and order-independent of floating point; `total` holds
  // the running sums for averaging (the weight of each step, lazily: avg = w - total / steps).
  std::vector<int32_t> w(rows_count * kTagCount, 0), trans((kTagCount + 1) * kTagCount, 0);
  std::vector<int64_t> w_total(w.size(), 0), trans_total(trans.size(), 0);
  int64_t step = 1;
  std::mt19937_64 rng(options.seed);
  std::vector<size_t> order(sentences.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::vector<int64_t> emission;
  for (int epoch = 1; epoch <= options.epochs; ++epoch) {
    // Fisher-Yates written out, since std::shuffle's algorithm differs between libraries. The
    // modulo bias is below 2^-40 for any corpus size here.
    for (size_t i = order.size(); i > 1; --i) std::swap(order[i - 1], order[rng() % i]);
    size_t tokens = 0, right = 0;
    for (size_t si : order) {
      const size_t t0 = first_token[si], n = first_token[si + 1] - t0;
      emission.assign(n * kTagCount, 0);
      for (size_t t = 0; t < n; ++t) {
        for (uint32_t k = offsets[t0 + t]; k < offsets[t0 + t + 1]; ++k) {
          const int32_t* row = &w[size_t{rows[k]} * kTagCount];
          for (int y = 0; y < kTagCount; ++y) emission[t * kTagCount + y] += row[y];
        }
      }
      std::vector<int64_t> trans64(trans.begin(), trans.end());
      const std::vector<uint8_t> pred = Viterbi<int64_t>(emission, n, trans64.data());
      const std::vector<uint8_t>& want = gold[si];
      tokens += n;
      for (size_t t = 0; t < n; ++t) right += pred[t] == want[t];
      if (pred != want) {
        auto update = [&](size_t index, int32_t delta, std::vector<int32_t>& v,
                          std::vector<int64_t>& total) {
          v[index] += delta;
          total[index] += step * delta;
        };
        for (size_t t = 0; t < n; ++t) {
          const int prev_want = t == 0 ? kStartTag : want[t - 1];
          const int prev_pred = t == 0 ? kStartTag : pred[t - 1];
          if (prev_want != prev_pred || want[t] != pred[t]) {
            update(prev_want * kTagCount + want[t], 1, trans, trans_total);
            update(prev_pred * kTagCount + pred[t], -1, trans, trans_total);
          }
          if (want[t] == pred[t]) continue;
          for (uint32_t k = offsets[t0 + t]; k < offsets[t0 + t + 1]; ++k) {
            update(size_t{rows[k]} * kTagCount + want[t], 1, w, w_total);
            update(size_t{rows[k]} * kTagCount + pred[t], -1, w, w_total);
          }
        }
      }
      ++step;
    }
    if (options.on_epoch) {
      options.on_epoch(epoch,
                       tokens ? static_cast<double>(right) / static_cast<double>(tokens) : 1);
    }
  }

  auto average = [step](const std::vector<int32_t>& v, const std::vector<int64_t>& total) {
    std::vector<float> out(v.size());
    for (size_t i = 0; i < v.size(); ++i) {
      out[i] = static_cast<float>(static_cast<double>(v[i]) -
                                  static_cast<double>(total[i]) / static_cast<double>(step));
    }
    return out;
  };
  // Quantize as the file format does, so a trained tagger tags exactly like the one Load()
  // returns.
  const std::vector<float> weights = average(w, w_total);
  model.transitions_ = average(trans, trans_total);
  const float ws = QuantScale(weights), ts = QuantScale(model.transitions_);
  model.weight_scale_ = ws;
  model.ClearRows();
  for (size_t r = 0; r < rows_count; ++r) {
    std::array<int16_t, kTagCount> q{};
    bool live = false;
    for (int y = 0; y < kTagCount; ++y) {
      q[y] = Quantize(weights[r * kTagCount + y], ws);
      live |= q[y] != 0;
    }
    if (live) std::copy(q.begin(), q.end(), model.AddRow(r));
  }
  for (float& x : model.transitions_) x = static_cast<float>(Quantize(x, ts)) * ts;
  model.id_ = NewModelId();
  return model;
}

namespace {

// Returns the number of set bits (std::popcount compiles to a libgcc call without -mpopcnt).
int CountBits(uint64_t x) {
  x = x - ((x >> 1) & 0x5555555555555555u);
  x = (x & 0x3333333333333333u) + ((x >> 2) & 0x3333333333333333u);
  x = (x + (x >> 4)) & 0x0F0F0F0F0F0F0F0Fu;
  return static_cast<int>((x * 0x0101010101010101u) >> 56);
}

}  // namespace

inline int64_t NameTagger::LiveRow(uint32_t row) const {
  const RowBlock& block = blocks_[row >> 6];
  const uint64_t bit = uint64_t{1} << (row & 63);
  if ((block.live & bit) == 0) return -1;
  return int64_t{block.before} + CountBits(block.live & (bit - 1));
}

void NameTagger::ClearRows() {
  blocks_.assign((size_t{1} << hash_bits_) / 64, RowBlock{});
  weights_.clear();
}

int16_t* NameTagger::AddRow(size_t row) {
  RowBlock& block = blocks_[row / 64];
  const uint64_t bit = uint64_t{1} << (row % 64);
  if ((block.live & bit) == 0) {
    // Every live row so far lies in this block or before it.
    const size_t live_rows = weights_.size() / kRowStride;
    block.before = static_cast<uint32_t>(live_rows - static_cast<size_t>(CountBits(block.live)));
    block.live |= bit;
    weights_.resize(weights_.size() + kRowStride, 0);
  }
  return &weights_[(block.before + static_cast<size_t>(CountBits(block.live & (bit - 1)))) *
                   kRowStride];
}

std::vector<NameSpan> NameTagger::TagWords(std::span<const std::string_view> words,
                                           const Lexicon* lexicon) const {
  std::vector<NameSpan> names;
  const size_t n = words.size();
  if (n == 0 || blocks_.empty()) return names;
  const uint64_t mask = (uint64_t{1} << hash_bits_) - 1;
  auto weights_of = [this](uint32_t row) -> const int16_t* {
    const int64_t live = LiveRow(row);
    return live < 0 ? nullptr : weights_.data() + static_cast<size_t>(live) * kRowStride;
  };
  // The memo is per thread because the tagger is shared across threads and never changes.
  thread_local WordMemo memo;
  memo.Prepare(id_, n + 2);
  // So are the buffers below (about ten per sentence otherwise): each is sized, and what is
  // read of it written, for every sentence.
  thread_local TagBuffers buffers;
  // The memo index of each word at positions -2 .. n + 1 (of words[k] at k + 2).
  std::vector<std::string_view>& padded = buffers.padded;
  padded.clear();
  padded.insert(padded.end(), 2, kBeforeWord);
  padded.insert(padded.end(), words.begin(), words.end());
  padded.insert(padded.end(), 2, kAfterWord);
  std::vector<uint32_t>& word_at = buffers.word_at;
  memo.FindAll(padded, word_at,
               [&](std::string_view word) { return ScoreWord(word, mask, weights_of); });
  std::vector<uint16_t>& lexicon_bits = buffers.lexicon_bits;
  lexicon_bits.assign(n, 0);
  if (uses_lexicon_ && lexicon != nullptr) MarkLexicon(*lexicon, words, lexicon_bits);
  // The lexicon categories of token t - 1, t or t + 1 (offset -1, 0, 1): none outside the
  // sentence, as ExtractFeatures has it.
  auto lexicon_at = [&](size_t t, int offset) -> uint16_t {
    if (offset < 0 && t == 0) return 0;
    const size_t i = offset < 0 ? t - 1 : t + static_cast<size_t>(offset);
    return i < n ? lexicon_bits[i] : 0;
  };

  // The rows of the context features, the only ones not in the memo.
  std::vector<uint32_t>& rows = buffers.rows;
  std::vector<uint32_t>& offsets = buffers.offsets;
  // Grown, never shrunk (row_count says how many are in use): resizing down and up again would
  // zero the rows for every sentence.
  if (rows.size() < n * kMaxContextFeatures) rows.resize(n * kMaxContextFeatures);
  offsets.resize(n + 1);
  uint32_t* out = rows.data();
  auto emit = [&](const Fnv& f) { *out++ = static_cast<uint32_t>(f.value() & mask); };
  for (size_t t = 0; t < n; ++t) {
    offsets[t] = static_cast<uint32_t>(out - rows.data());
    EmitContextFeatures(memo[word_at[t + 1]].info, memo[word_at[t + 2]].info,
                        memo[word_at[t + 3]].info, t == 0, lexicon_at(t, -1), lexicon_at(t, 0),
                        lexicon_at(t, 1), emit);
  }
  offsets[n] = static_cast<uint32_t>(out - rows.data());
  size_t row_count = offsets[n];
  // Dead rows add nothing: keep the live ones, as indices into weights_. Their blocks are
  // random reads too, asked for a few features ahead.
  constexpr size_t kBlocksAhead = 16;
  for (size_t k = 0; k < std::min(kBlocksAhead, row_count); ++k)
    __builtin_prefetch(&blocks_[rows[k] >> 6]);
  size_t kept = 0;
  for (size_t t = 0, k = 0; t < n; ++t) {
    const size_t end = offsets[t + 1];
    offsets[t] = static_cast<uint32_t>(kept);
    for (; k < end; ++k) {
      if (k + kBlocksAhead < row_count) __builtin_prefetch(&blocks_[rows[k + kBlocksAhead] >> 6]);
      const int64_t live = LiveRow(rows[k]);
      if (live >= 0) rows[kept++] = static_cast<uint32_t>(live);
    }
  }
  offsets[n] = static_cast<uint32_t>(kept);
  row_count = kept;
  std::vector<float>& emission = buffers.emission;
  emission.resize(n * kTagCount);
  // The rows are random reads in a table larger than the caches: ask for each one a few
  // dozen rows before it is summed, so the misses overlap instead of queueing. The prefetch is
  // written out, not in a helper lambda: GCC 12 finds such a lambda free of side effects and
  // deletes its calls, prefetch and all.
  constexpr size_t kAhead = 24;
  const int16_t* const table = weights_.data();
  for (size_t k = 0; k < std::min(kAhead, row_count); ++k)
    __builtin_prefetch(table + size_t{rows[k]} * kRowStride);
  for (size_t t = 0; t < n; ++t) {
    std::array<int32_t, kRowStride> sum{};  // exact: at most ~200 features of 2^15
    for (int r = 0; r < kRoleCount; ++r) {
      const std::array<int32_t, kSumLanes>& of_word = memo[word_at[t + 2 + kRoleOffset[r]]].sums[r];
      for (size_t y = 0; y < kSumLanes; ++y) sum[y] += of_word[y];
    }
    for (uint32_t k = offsets[t]; k < offsets[t + 1]; ++k) {
      if (k + kAhead < row_count) __builtin_prefetch(table + size_t{rows[k + kAhead]} * kRowStride);
      const int16_t* row = table + size_t{rows[k]} * kRowStride;
      for (size_t y = 0; y < kRowStride; ++y) sum[y] += row[y];
    }
    // (Whole vectors into a buffer, then the row: GCC vectorizes a loop of 12, not of 11.)
    std::array<float, kSumLanes> scaled;
    for (size_t y = 0; y < kSumLanes; ++y) scaled[y] = static_cast<float>(sum[y]) * weight_scale_;
    std::memcpy(&emission[t * kTagCount], scaled.data(), kTagCount * sizeof(float));
  }
  thread_local ModelTransitionRows transition_rows;
  transition_rows.Prepare(id_, transitions_.data());
  float best = 0;
  std::vector<float>& forward = buffers.forward;
  const std::vector<uint8_t> tags = Viterbi<float>(emission, n, transitions_.data(), 0, 0, &best,
                                                   &forward, &transition_rows.from);

  // The confidence of a name is the logistic of its margin: how much better the best sequence
  // scores than the best one in which the name's tokens are not a name at all. That sequence is
  // the best prefix before the name, O through it, and the best suffix after it from O:
  // `forward` has the prefixes, `backward` the suffixes (backward[t][y]: the best score of
  // tokens after t given tag y at t).
  const float* tr = transitions_.data();
  const float kNone = std::numeric_limits<float>::lowest() / 4;
  std::vector<float>& backward = buffers.backward;
  backward.clear();
  // Only sentences with a name need `backward`, and only its rows from their first name's last
  // token on: names come in text order, so the first call asks for the earliest row any will.
  auto suffix_from_o = [&](size_t t) {
    if (backward.empty()) {
      backward.assign(n * kTagCount, 0.0f);
      // For every tag y at once, four to a vector: the maxima over the tags Allowed after y (O,
      // every B-X, y's own I-X), taken in increasing order as std::max would take them; O is
      // allowed after every tag and starts them.
      const TransitionRows& into = transition_rows.into;
      for (size_t u = n - 1; u > t; --u) {
        const float* em = &emission[u * kTagCount];
        const float* back = &backward[u * kTagCount];
        std::array<Float4, kVectors> top;
        for (int v = 0; v < kVectors; ++v) top[v] = into[v] + em[0] + back[0];
        for (int b = 1; b < kTagCount; ++b) {
          // (Written out, as in Viterbi: a loop GCC 12 leaves rolled, `top` in memory.)
          auto step = [&](int v) {
            const Float4 score = into[b * kVectors + v] + em[b] + back[b];
            top[v] = MaxOf(score, top[v]);
          };
          step(0);
          step(1);
          step(2);
        }
        // (The vectors' floats lie in tag order: one copy, not a lane extracted per tag.)
        static_assert(sizeof(top) == kLanes * sizeof(float));
        std::memcpy(&backward[(u - 1) * kTagCount], top.data(), kTagCount * sizeof(float));
      }
    }
    return backward[t * kTagCount];
  };
  for (size_t t = 0; t < n; ++t) {
    if (tags[t] == 0 || IsInside(tags[t])) continue;
    size_t end = t + 1;
    while (end < n && IsInside(tags[end]) && ClassOf(tags[end]) == ClassOf(tags[t])) ++end;
    float without = kNone;
    if (t == 0) {
      without = tr[kStartTag * kTagCount];
    } else {
      for (int p = 0; p < kTagCount; ++p)
        without = std::max(without, forward[(t - 1) * kTagCount + p] + tr[p * kTagCount]);
    }
    without += emission[t * kTagCount];
    for (size_t k = t + 1; k < end; ++k) without += tr[0] + emission[k * kTagCount];
    without += suffix_from_o(end - 1);
    names.push_back({.first = static_cast<uint32_t>(t),
                     .last = static_cast<uint32_t>(end),
                     .cls = ClassOf(tags[t]),
                     .score = 1.0 / (1.0 + std::exp(-static_cast<double>(best - without)))});
  }
  return names;
}

std::vector<NameSpan> NameTagger::Tag(std::string_view text, std::span<const nlp::Token> tokens,
                                      const nlp::Sentence& sentence, const Lexicon* lexicon) const {
  std::vector<std::string_view> words;
  const uint32_t last = std::min<uint32_t>(sentence.last, static_cast<uint32_t>(tokens.size()));
  words.reserve(last > sentence.first ? last - sentence.first : 0);
  // A typographic apostrophe is read as the ASCII one the training news writes (all but 9 of
  // its 44,000 sentences): "Kenya’s universal healthcare" as "Kenya's universal healthcare".
  // (`folded` holds the folded words, which `words` views: reserved once, and only in a
  // sentence that has one, so that its strings stay where they are. Only such a sentence is
  // searched twice.)
  std::vector<std::string> folded;
  size_t to_fold = 0;
  for (uint32_t i = sentence.first; i < last; ++i) {
    words.push_back(tokens[i].span.Of(text));
    to_fold += words.back().find("\u2019") != std::string_view::npos;
  }
  if (to_fold > 0) {
    folded.reserve(to_fold);
    for (std::string_view& w : words) {
      if (w.find("\u2019") == std::string_view::npos) continue;
      AppendWithAsciiApostrophes(folded.emplace_back(), w);
      w = folded.back();
    }
  }
  std::vector<NameSpan> names = TagWords(words, lexicon);
  // A name neither starts nor ends with a token of no letter or digit: the closing quote of
  // `the "July Charter",` is no part of the name the tagger reads, nor the opening one of
  // `the Coordination Framework “has signed`. (Quotes, dashes and guillemets are the marks
  // beyond ASCII that count so.)
  auto wordless = [&](uint32_t i) {
    const std::string_view w = words[i];
    for (size_t k = 0; k < w.size();) {
      const char32_t c = DecodeUtf8(w, k);
      if (c < 0x80 ? (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z')
                   : !(c == 0xAB || c == 0xBB || (c >= 0x2010 && c <= 0x205E)))
        return false;
    }
    return true;
  };
  // Nor does it go on past a bracket: "the Grand National Assembly [Turkey's parliament]" is
  // the assembly, then the country.
  auto bracket = [&](uint32_t i) {
    return words[i].size() == 1 &&
           std::string_view("()[]{}").find(words[i][0]) != std::string_view::npos;
  };
  size_t kept = 0;
  for (NameSpan name : names) {
    while (name.first < name.last && wordless(name.first)) ++name.first;
    for (uint32_t k = name.first; k < name.last; ++k)
      if (bracket(k)) {
        name.last = k;
        break;
      }
    while (name.last > name.first && wordless(name.last - 1)) --name.last;
    if (name.first == name.last) continue;
    name.first += sentence.first;
    name.last += sentence.first;
    names[kept++] = name;
  }
  names.resize(kept);
  return names;
}

std::string NameTagger::Serialize() const {
  std::string out(kMagic);
  PutU32(out, kVersion);
  PutU32(out, hash_bits_);
  PutU32(out, kTagCount);
  PutU32(out, uses_lexicon_ ? kFlagLexicon : 0);
  const float ws = weight_scale_, ts = QuantScale(transitions_);
  PutF32(out, ws);
  PutF32(out, ts);
  for (float x : transitions_) PutU16(out, static_cast<uint16_t>(Quantize(x, ts)));
  // Weight rows are sparse: only rows with a non-zero weight are written, each as the varint
  // distance from the previous written row, a bit mask of its non-zero tags, and those weights.
  const size_t rows_count = size_t{1} << hash_bits_;
  std::string body;
  uint32_t written = 0, prev = 0;
  for (size_t r = 0; r < rows_count; ++r) {
    const int64_t live = LiveRow(static_cast<uint32_t>(r));
    if (live < 0) continue;
    uint16_t mask = 0;
    std::array<int16_t, kTagCount> q{};
    for (int y = 0; y < kTagCount; ++y) {
      q[y] = weights_[static_cast<size_t>(live) * kRowStride + y];
      if (q[y] != 0) mask = static_cast<uint16_t>(mask | (1u << y));
    }
    if (mask == 0) continue;
    PutVarint(body, static_cast<uint32_t>(r) - prev);
    prev = static_cast<uint32_t>(r);
    PutU16(body, mask);
    for (int y = 0; y < kTagCount; ++y) {
      if (q[y] != 0) PutU16(body, static_cast<uint16_t>(q[y]));
    }
    ++written;
  }
  PutU32(out, written);
  out += body;
  out += "END.";
  return out;
}

void NameTagger::Save(const std::filesystem::path& path) const {
  WriteFileAtomic(path, Serialize());
}

NameTagger NameTagger::Load(const std::filesystem::path& path) {
  const std::string data = ReadModelFile(path.string(), "tagger model");
  ModelReader in(data, "tagger model", path.string());
  in.Header(kMagic, kVersion);
  NameTagger model;
  model.hash_bits_ = in.U32();
  if (model.hash_bits_ < 8 || model.hash_bits_ > kMaxHashBits) in.Fail("bad hash size");
  if (in.U32() != kTagCount) in.Fail("unexpected tag count");
  model.uses_lexicon_ = (in.U32() & kFlagLexicon) != 0;
  const float ws = in.F32(), ts = in.F32();
  model.transitions_.resize((kTagCount + 1) * kTagCount);
  for (float& x : model.transitions_) x = static_cast<float>(static_cast<int16_t>(in.U16())) * ts;
  const size_t rows_count = size_t{1} << model.hash_bits_;
  model.weight_scale_ = ws;
  model.ClearRows();
  const uint32_t written = in.U32();
  size_t row = 0;
  for (uint32_t i = 0; i < written; ++i) {
    row += in.Varint();  // rows only grow, as AddRow wants
    if (row >= rows_count) in.Fail("weight row out of range");
    const uint16_t mask = in.U16();
    if (mask == 0) continue;
    int16_t* weights = model.AddRow(row);
    for (int y = 0; y < kTagCount; ++y) {
      if (mask & (1u << y)) weights[y] = static_cast<int16_t>(in.U16());
    }
  }
  if (in.Bytes(4) != "END." || !in.done()) in.Fail("trailing or missing end marker");
  model.id_ = NewModelId();
  return model;
}

}  // namespace ng::extract
