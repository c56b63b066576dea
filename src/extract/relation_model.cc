#include "extract/relation_model.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <map>
#include <numeric>
#include <random>
#include <set>
#include <tuple>

#include "core/error.h"
#include "core/files.h"
#include "core/model_file.h"
#include "extract/words.h"

namespace ng::extract {
namespace {

constexpr std::string_view kMagic = "NGRELATE";
constexpr uint32_t kVersion = 1;
constexpr uint32_t kMaxHashBits = 24;
// Pairs further apart than this many tokens are no candidates.
constexpr uint32_t kMaxPairDistance = 40;
// Nor are pairs with more than this many name mentions between them.
constexpr size_t kMaxPairMentions = 12;
// The model adds a relation only above this score (confidence 0.82): a graph is read by people,
// and false relations cost them more than missed ones. In 5-fold cross-validation on CoNLL04 the
// margin costs 0.005 F1 against a threshold of 0.
constexpr double kMinAddScore = 1.5;
// Between-words are features one by one up to this many; beyond, only the first and last.
constexpr uint32_t kMaxBetweenWords = 12;

// Feature templates; the numbers are part of the model format.
enum Template : uint8_t {
  kBias,
  kOrder,
  kBetweenCount,
  kBetweenWord,
  kFirstBetween,
  kLastBetween,
  kBetweenPhrase,
  kSubjectBefore,
  kSubjectAfter,
  kObjectBefore,
  kObjectAfter,
  kNamesBetween,
  kTypesBetween,
  kSubjectTitle,
  kSubjectHead,
  kObjectHead,
  kSubjectSubtype,
  kObjectSubtype,
  kRule,
  kRuleReversed,
  kOrderFirstBetween,
  kOrderLastBetween,
  kSubjectDemonym,
  kObjectDemonym,
  kObjectCountry,
  kBeforeFirst2,
};

uint32_t Bucket(uint32_t n) {
  if (n <= 3) return n;
  if (n <= 5) return 4;
  if (n <= 8) return 5;
  if (n <= 15) return 6;
  return 7;
}

// Features are 64-bit hashes: a template and the relation kind start one, and each part (a
// word's hash, a number, a string's hash) is mixed in with the splitmix64 finalizer. Words are
// hashed once per document.
constexpr uint64_t Avalanche(uint64_t z) {
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
  return z ^ (z >> 31);
}

uint64_t LowerHash(std::string_view s) {
  Fnv f(0);
  for (char c : s) f.Byte(static_cast<uint8_t>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c));
  return f.value();
}

constexpr uint64_t kOutside = 1;  // the hash of a word outside the sentence

class Features {
 public:
  // Room for every feature of a pair but the rare sentence with many rule relations: one
  // allocation instead of a vector's six doublings.
  explicit Features(PairKind kind) : kind_(static_cast<uint8_t>(kind)) {
    out_.reserve(32 + kMaxBetweenWords);
  }
  struct Hash {
    uint64_t h;
    Hash& With(uint64_t v) {
      h = Avalanche(h + 0x9e3779b97f4a7c15ull + v);
      return *this;
    }
  };
  Hash Start(Template t) const { return Hash{Avalanche((uint64_t{t} << 8) | kind_)}; }
  void Emit(const Hash& f) { out_.push_back(f.h); }
  std::vector<uint64_t> Take() { return std::move(out_); }

 private:
  uint8_t kind_;
  std::vector<uint64_t> out_;
};

// `words` holds the hash of every token of the document (lower-cased).
std::vector<uint64_t> PairFeatures(const std::vector<uint64_t>& words, const NameMentions& names,
                                   const std::vector<const RawRelation*>& sentence_relations,
                                   const nlp::Sentence& s, int subject, int object, PairKind kind) {
  const NameMention& a = names.names[subject];
  const NameMention& b = names.names[object];
  const bool a_first = a.first < b.first || (a.first == b.first && a.span.begin < b.span.begin);
  const NameMention& left = a_first ? a : b;
  const NameMention& right = a_first ? b : a;
  auto word = [&](uint32_t i) { return i < s.first || i >= s.last ? kOutside : words[i]; };
  Features f(kind);
  f.Emit(f.Start(kBias));
  f.Emit(f.Start(kOrder).With(a_first));

  const uint32_t from = std::min(left.last, right.first);
  const uint32_t to = std::max(left.last, right.first);
  const uint32_t between = to - from;
  f.Emit(f.Start(kBetweenCount).With(Bucket(between)));
  if (between > 0) {
    const uint64_t first = word(from), last = word(to - 1);
    f.Emit(f.Start(kFirstBetween).With(first));
    f.Emit(f.Start(kLastBetween).With(last));
    f.Emit(f.Start(kOrderFirstBetween).With(a_first).With(first));
    f.Emit(f.Start(kOrderLastBetween).With(a_first).With(last));
    if (between <= kMaxBetweenWords) {
      for (uint32_t i = from; i < to; ++i) f.Emit(f.Start(kBetweenWord).With(word(i)));
    }
    if (between <= 4) {
      Features::Hash phrase = f.Start(kBetweenPhrase).With(a_first);
      for (uint32_t i = from; i < to; ++i) phrase.With(word(i));
      f.Emit(phrase);
    }
  }
  f.Emit(f.Start(kSubjectBefore).With(word(a.first - 1)));
  f.Emit(f.Start(kSubjectAfter).With(word(a.last)));
  f.Emit(f.Start(kObjectBefore).With(word(b.first - 1)));
  f.Emit(f.Start(kObjectAfter).With(word(b.last)));
  f.Emit(f.Start(kBeforeFirst2).With(word(left.first - 2)).With(word(left.first - 1)));

  // The names between the two, by type (mentions are in text order).
  uint32_t names_between = 0;
  Features::Hash types = f.Start(kTypesBetween);
  for (int k = std::min(subject, object) + 1; k < std::max(subject, object); ++k) {
    const NameMention& m = names.names[k];
    if (m.first >= from && m.last <= to && m.first < m.last && !m.descriptive) {
      if (++names_between <= 4) types.With(static_cast<uint64_t>(m.type) + 1);
    }
  }
  f.Emit(f.Start(kNamesBetween).With(std::min(names_between, 3u)));
  f.Emit(types);

  if (!a.title.empty()) f.Emit(f.Start(kSubjectTitle).With(LowerHash(a.title)));
  f.Emit(f.Start(kSubjectHead).With(word(a.last - 1)));
  f.Emit(f.Start(kObjectHead).With(word(b.last - 1)));
  f.Emit(f.Start(kSubjectSubtype).With(static_cast<uint64_t>(a.type)).With(LowerHash(a.subtype)));
  f.Emit(f.Start(kObjectSubtype).With(static_cast<uint64_t>(b.type)).With(LowerHash(b.subtype)));
  if (a.via_demonym) f.Emit(f.Start(kSubjectDemonym));
  if (b.via_demonym) f.Emit(f.Start(kObjectDemonym));
  if (b.type == EntityType::kCountry) f.Emit(f.Start(kObjectCountry));

  for (const RawRelation* r : sentence_relations) {
    if (r->subject == a.entity && r->object == b.entity) {
      f.Emit(f.Start(kRule).With(static_cast<uint64_t>(r->predicate)));
    } else if (r->subject == b.entity && r->object == a.entity) {
      f.Emit(f.Start(kRuleReversed).With(static_cast<uint64_t>(r->predicate)));
    }
  }
  return f.Take();
}

}  // namespace

std::string_view PairKindName(PairKind k) {
  static constexpr std::array<std::string_view, kPairKindCount> kNames = {
      "lives-in", "located-in", "based-in", "works-for", "killed"};
  return kNames[static_cast<size_t>(k)];
}

std::optional<PairKind> PairKindOf(EntityType subject, EntityType object) {
  const bool place = object == EntityType::kPlace || object == EntityType::kCountry;
  switch (subject) {
    case EntityType::kPerson:
      if (place) return PairKind::kLivesIn;
      if (object == EntityType::kOrganization) return PairKind::kWorksFor;
      if (object == EntityType::kPerson) return PairKind::kKilled;
      return std::nullopt;
    case EntityType::kPlace:
    case EntityType::kCountry:
      if (place) return PairKind::kLocatedIn;
      return std::nullopt;
    case EntityType::kOrganization:
      if (place) return PairKind::kBasedIn;
      return std::nullopt;
    default:
      return std::nullopt;
  }
}

Predicate PairPredicate(PairKind k, EntityType object) {
  switch (k) {
    case PairKind::kLivesIn:
      return object == EntityType::kCountry ? Predicate::kNationality : Predicate::kHomeLocation;
    case PairKind::kLocatedIn:
      return Predicate::kContainedInPlace;
    case PairKind::kBasedIn:
      return Predicate::kAffiliation;
    case PairKind::kWorksFor:
      return Predicate::kMemberOf;
    case PairKind::kKilled:
      return Predicate::kKilled;
  }
  return Predicate::kAffiliation;
}

namespace {

// True if `credit` is the agency in parentheses after the place `place`, as in the dateline
// "MEXICO CITY (Reuters) -", "SEOUL, South Korea (AP) -": where the story was filed says
// nothing of the agency.
bool IsDatelineCredit(const TextView& view, const NameMention& place, const NameMention& credit) {
  if (credit.first <= place.last || credit.first > place.last + 6 ||
      view.Tok(credit.first - 1) != "(" || credit.last >= view.tokens.size() ||
      view.Tok(credit.last) != ")")
    return false;
  // Between them only the rest of the dateline: ", South Korea", ", Dec 14".
  for (uint32_t k = place.last; k + 1 < credit.first; ++k) {
    const std::string_view w = view.Tok(k);
    if (w != "," && (w.empty() || !((w[0] >= 'A' && w[0] <= 'Z') || (w[0] >= '0' && w[0] <= '9'))))
      return false;
  }
  return true;
}

// True if the words between a person and a place say the place is no home of the person's:
// travel or a meeting ("Lula, who arrived in Shanghai", "Hayashi will meet U.S. Secretary of
// State"), or the place is the dateline's ("TOKYO (AP) - ... Koji Sato").
bool TellsNoHome(const TextView& view, const NameMention& person, const NameMention& place) {
  const uint32_t first = std::min(person.last, place.last);
  const uint32_t last = std::max(person.first, place.first);
  for (uint32_t k = first; k < last; ++k)
    if (Is(view.Tok(k), {"arrived",  "arrives", "arrive",   "arriving", "visit",    "visited",
                         "visiting", "visits",  "flew",     "flies",    "traveled", "travelled",
                         "travels",  "trip",    "toured",   "landed",   "met",      "meet",
                         "meets",    "meeting", "protests", "succeeded"}))
      return true;
  // "under U.S. sanctions", "despite Chinese pressure": a country's act upon a person is no
  // home of his.
  if (place.last < view.tokens.size() &&
      Is(view.Tok(place.last), {"sanctions", "sanction", "pressure", "tariffs", "strikes",
                                "airstrikes", "demands", "custody", "extradition"}))
    return true;
  const uint32_t opening = view.sentences[view.sentence_of[place.first]].first;
  bool dateline = place.first == opening &&
                  Is(view.Tok(place.last), {",", "(", ":", "-", "--", "\u2013", "\u2014"});
  for (char c : view.Tok(place.first))
    if (c >= 'a' && c <= 'z') dateline = false;
  return dateline;
}

// True if the words between an organization and a place tell of its shares or its travels,
// not where it is based: "Shares of Nvidia rose 3% in New York", "Apple's stock, traded in
// New York", "the delegation of the AU arrived in Goma".
bool TellsNoBase(const TextView& view, const NameMention& org, const NameMention& place) {
  for (uint32_t k = std::min(org.last, place.last); k < std::max(org.first, place.first); ++k)
    if (Is(view.Tok(k), {"rose",    "fell",     "gained",    "lost",   "jumped",  "slid",
                         "dropped", "climbed",  "tumbled",   "traded", "trading", "shares",
                         "stock",   "%",        "percent",   "listed", "arrived", "visited",
                         "flew",    "traveled", "travelled", "landed", "met"}))
      return true;
  return false;
}

// True if a verb of speech lies between the two mentions: "Guterres said the RSF ...".
bool SpeechBetween(const TextView& view, const NameMention& a, const NameMention& b) {
  for (uint32_t k = std::min(a.last, b.last); k < std::max(a.first, b.first); ++k)
    if (Is(view.Tok(k), {"said", "says", "told", "urged", "accused", "blamed", "warned", "called",
                         "criticized", "criticised", "condemned", "praised", "thanked"}))
      return true;
  return false;
}

// True if a quotation mark stands between the two mentions: one is quoted, the other is not
// ("... the developments in Ukraine”, government spokesman Steffen Hebestreit told").
bool QuoteBetween(const TextView& view, const NameMention& a, const NameMention& b) {
  for (uint32_t k = std::min(a.last, b.last); k < std::max(a.first, b.first); ++k)
    if (Is(view.Tok(k), {"\"", "\u201C", "\u201D", "\u00AB", "\u00BB"})) return true;
  return false;
}

// True if a word of living somewhere stands between the two mentions: "lives in exile in".
bool WordOfLivingBetween(const TextView& view, const NameMention& a, const NameMention& b) {
  for (uint32_t k = std::min(a.last, b.last); k < std::max(a.first, b.first); ++k)
    if (Is(view.Tok(k), {"lives", "living", "lived", "live", "exile", "resides", "resided",
                         "settled", "moved", "fled", "residing"}))
      return true;
  return false;
}

// True if the organization (or person) `org` is the source of the sentence's report: "..., the
// Korean Central News Agency (KCNA) said Thursday", "KCNA reported", "..., State Duma deputy
// Oleksandr Khinshtein reports". Not "Peter Lee, a spokesman for the Zentrix Corp, said": whom
// the speaker works for.
bool ReportsIt(const TextView& view, const NameMention& org) {
  for (uint32_t k = org.first >= 2 ? org.first - 2 : 0; k < org.first; ++k)
    if (Is(view.Tok(k), {"for", "of", "at", "with", "from", "by"})) return false;
  const size_t n = view.tokens.size();
  uint32_t k = org.last;
  // Past an acronym in parentheses after the name: "(KCNA)".
  if (k < n && view.Tok(k) == "(") {
    while (k < n && k < org.last + 4 && view.Tok(k) != ")") ++k;
    ++k;
  }
  return k < n &&
         Is(view.Tok(k), {"said", "says", "reported", "reports", "quoted", "cited", "added"});
}

// True if a comma stands between mention `a` and the later mention `b`.
bool CommaBetween(const TextView& view, const NameMention& a, const NameMention& b) {
  for (uint32_t k = a.last; k < b.first; ++k)
    if (view.Tok(k) == ",") return true;
  return false;
}

// True if sentence `si` has a word of killing ("shot", "assassinated", "murder"): no learned
// killing without one ("Faye was released along with Sonko").
bool TellsAKilling(const TextView& view, uint32_t si) {
  const nlp::Sentence& s = view.sentences[si];
  for (uint32_t k = s.first; k < s.last; ++k) {
    const std::string w = Lower(view.Tok(k));
    for (std::string_view stem :
         {"kill", "shot", "shoot", "murder", "assassin", "slay", "slain", "execut", "stab",
          "strangl", "poison", "behead", "gunned", "lynch", "hanged", "bomb"})
      if (w.starts_with(stem)) return true;
  }
  return false;
}

}  // namespace

std::vector<PairCandidate> FindPairCandidates(const TextView& view, const NameMentions& names,
                                              const DocumentGraph& graph) {
  std::vector<PairCandidate> out;
  const std::vector<NameMention>& ms = names.names;
  std::vector<std::vector<const RawRelation*>> by_sentence(view.sentences.size());
  for (const RawRelation& r : graph.relations)
    if (r.object >= 0 && r.sentence < by_sentence.size()) by_sentence[r.sentence].push_back(&r);
  auto type_of = [&](const NameMention& m) { return graph.entities[m.entity].type; };
  std::vector<uint64_t> words;  // token hashes, made at the first candidate
  // The agencies credited in datelines take part in no pair: "SEOUL (AP) - ... a summit in
  // Seoul" says nothing of the AP.
  std::vector<bool> credit(ms.size(), false);
  for (size_t i = 1; i < ms.size(); ++i)
    for (size_t j = i > 3 ? i - 3 : 0; j < i && !credit[i]; ++j)
      credit[i] = (ms[j].type == EntityType::kPlace || ms[j].type == EntityType::kCountry) &&
                  IsDatelineCredit(view, ms[j], ms[i]);
  for (size_t i = 0; i < ms.size(); ++i) {
    const NameMention& a = ms[i];
    if (a.entity < 0 || a.descriptive || credit[i]) continue;
    const uint32_t sentence = view.sentence_of[a.first];
    // Mentions are in text order: the partners are the nearest ones of the same sentence.
    const size_t lo = i > kMaxPairMentions ? i - kMaxPairMentions : 0;
    const size_t hi = std::min(ms.size(), i + kMaxPairMentions + 1);
    for (size_t j = lo; j < hi; ++j) {
      const NameMention& b = ms[j];
      if (i == j || b.entity < 0 || b.entity == a.entity || b.descriptive || credit[j] ||
          view.sentence_of[b.first] != sentence)
        continue;
      const uint32_t gap = a.first < b.first ? b.first - a.first : a.first - b.first;
      if (gap > kMaxPairDistance) continue;
      const auto kind = PairKindOf(type_of(a), type_of(b));
      if (!kind) continue;
      PairCandidate c;
      c.subject = static_cast<int>(i);
      c.object = static_cast<int>(j);
      c.kind = *kind;
      c.sentence = sentence;
      if (words.empty()) {
        words.reserve(view.tokens.size());
        for (uint32_t t = 0; t < view.tokens.size(); ++t) words.push_back(LowerHash(view.Tok(t)));
      }
      c.features = PairFeatures(words, names, by_sentence[sentence], view.sentences[sentence],
                                c.subject, c.object, *kind);
      out.push_back(std::move(c));
    }
  }
  return out;
}

double RelationModel::Score(const PairCandidate& candidate) const {
  const uint64_t mask = (uint64_t{1} << hash_bits_) - 1;
  double score = 0;
  for (uint64_t f : candidate.features) score += weights_[f & mask];
  return score;
}

RelationModel RelationModel::Train(const std::vector<LabeledPair>& examples,
                                   const RelationTrainOptions& options) {
  RelationModel model;
  model.hash_bits_ = std::clamp<uint32_t>(options.hash_bits, 8, kMaxHashBits);
  model.trained_on_ = options.trained_on;
  const size_t size = size_t{1} << model.hash_bits_;
  const uint64_t mask = size - 1;
  // Averaged perceptron (Daume's trick): w is the current weight vector, u accumulates
  // step-weighted updates; the average is w - u / steps.
  std::vector<double> w(size, 0), u(size, 0);
  std::vector<size_t> order(examples.size());
  std::iota(order.begin(), order.end(), size_t{0});
  std::mt19937_64 rng(options.seed);
  double step = 1;
  for (int epoch = 0; epoch < options.epochs; ++epoch) {
    std::shuffle(order.begin(), order.end(), rng);
    for (size_t k : order) {
      const LabeledPair& ex = examples[k];
      double score = 0;
      for (uint64_t f : ex.candidate.features) score += w[f & mask];
      const double y = ex.positive ? 1 : -1;
      if (y * score <= 0) {
        // Positives are rare (about one candidate in ten); weighing their mistakes more
        // (positive_weight 2) raises recall, and the false relations with it.
        const double update = ex.positive ? options.positive_weight : -1.0;
        for (uint64_t f : ex.candidate.features) {
          w[f & mask] += update;
          u[f & mask] += update * step;
        }
      }
      step += 1;
    }
  }
  std::vector<float> avg(size);
  for (size_t i = 0; i < size; ++i) avg[i] = static_cast<float>(w[i] - u[i] / step);
  // Quantize as the file does, so a trained model scores exactly like the loaded one.
  const float scale = QuantScale(avg);
  model.weights_.resize(size);
  for (size_t i = 0; i < size; ++i) model.weights_[i] = Quantize(avg[i], scale) * scale;
  return model;
}

std::string RelationModel::Serialize() const {
  std::string out(kMagic);
  PutU32(out, kVersion);
  PutU32(out, hash_bits_);
  PutU32(out, static_cast<uint32_t>(trained_on_.size()));
  out += trained_on_;
  const float scale = QuantScale(weights_);
  PutF32(out, scale);
  // Sparse: the varint distance from the previous non-zero entry, then its int16 weight.
  std::string body;
  uint32_t written = 0, prev = 0;
  for (size_t i = 0; i < weights_.size(); ++i) {
    const int16_t q = Quantize(weights_[i], scale);
    if (q == 0) continue;
    PutVarint(body, static_cast<uint32_t>(i) - prev);
    prev = static_cast<uint32_t>(i);
    PutU16(body, static_cast<uint16_t>(q));
    ++written;
  }
  PutU32(out, written);
  out += body;
  out += "END.";
  return out;
}

void RelationModel::Save(const std::filesystem::path& path) const {
  WriteFileAtomic(path, Serialize());
}

RelationModel RelationModel::Load(const std::filesystem::path& path) {
  const std::string data = ReadModelFile(path.string(), "relation model");
  ModelReader in(data, "relation model", path.string());
  in.Header(kMagic, kVersion);
  RelationModel model;
  model.hash_bits_ = in.U32();
  if (model.hash_bits_ < 8 || model.hash_bits_ > kMaxHashBits) in.Fail("bad hash size");
  const uint32_t about = in.U32();
  if (about > 4096) in.Fail("bad description length");
  model.trained_on_ = std::string(in.Bytes(about));
  const float scale = in.F32();
  if (!std::isfinite(scale) || scale <= 0) in.Fail("bad weight scale");
  model.weights_.assign(size_t{1} << model.hash_bits_, 0);
  const uint32_t written = in.U32();
  size_t i = 0;
  for (uint32_t n = 0; n < written; ++n) {
    i += in.Varint();
    if (i >= model.weights_.size()) in.Fail("weight index out of range");
    model.weights_[i] = static_cast<float>(static_cast<int16_t>(in.U16())) * scale;
  }
  if (in.Bytes(4) != "END." || !in.done()) in.Fail("trailing or missing end marker");
  return model;
}

namespace {

// The code of the country the place or country mention `m` is or lies in, as the gazetteers
// know, or "".
std::string_view CountryCodeOf(const NameMention& m) {
  return m.country ? std::string_view(m.country->iso2)
         : m.city  ? std::string_view(m.city->country_iso2)
         : m.known ? std::string_view(m.known->country_iso2)
                   : std::string_view();
}

// True if `iso2` names a country and the place or country mention `m` lies in another one, as
// the gazetteers know.
bool OtherCountry(std::string_view iso2, const NameMention& m) {
  if (iso2.empty()) return false;
  const std::string_view in = CountryCodeOf(m);
  return !in.empty() && in != iso2;
}

}  // namespace

void AddLearnedRelations(const TextView& view, const NameMentions& names,
                         const RelationModel& model, DocumentGraph& graph) {
  using Key = std::tuple<int, Predicate, int, uint32_t>;
  std::set<Key> stated;
  std::set<std::pair<int, int>> leads;          // (person, what the rules say he leads)
  std::set<std::pair<int, int>> affiliated;     // (subject, what the rules tie it to)
  std::set<int> leaders;                        // persons the rules say lead something
  std::set<std::pair<int, uint32_t>> national;  // (person, sentence) the rules give a nationality
  std::map<int, std::set<int>> party_of;        // person -> the parties the rules put him in
  std::map<int, std::set<int>> country_of;      // person -> the countries the rules tie him to
  for (const RawRelation& r : graph.relations) {
    stated.insert({r.subject, r.predicate, r.object, r.sentence});
    if ((r.predicate == Predicate::kLeaderOf || r.predicate == Predicate::kNationality) &&
        r.object >= 0 && graph.entities[r.object].type == EntityType::kCountry)
      country_of[r.subject].insert(r.object);
    if (r.predicate == Predicate::kAffiliation) affiliated.insert({r.subject, r.object});
    if (r.predicate == Predicate::kLeaderOf) {
      leads.insert({r.subject, r.object});
      leaders.insert(r.subject);
    }
    if (r.predicate == Predicate::kNationality) national.insert({r.subject, r.sentence});
    if ((r.predicate == Predicate::kMemberOf || r.predicate == Predicate::kLeaderOf) &&
        r.object >= 0 && IsPoliticalParty(graph.entities[r.object]))
      party_of[r.subject].insert(r.object);
  }
  std::vector<RawRelation> added;
  for (const PairCandidate& c : FindPairCandidates(view, names, graph)) {
    const double score = model.Score(c);
    if (score <= kMinAddScore) continue;
    const NameMention& a = names.names[c.subject];
    const NameMention& b = names.names[c.object];
    RawRelation r;
    r.subject = a.entity;
    r.object = b.entity;
    r.predicate = PairPredicate(c.kind, graph.entities[b.entity].type);
    r.sentence = c.sentence;
    r.rule = "relation-model";
    r.confidence = std::round(1000.0 / (1.0 + std::exp(-score))) / 1000.0;
    // "Gonzalez, who lives in exile in Spain": a country one lives in is a home, not a
    // nationality.
    if (r.predicate == Predicate::kNationality && WordOfLivingBetween(view, a, b))
      r.predicate = Predicate::kHomeLocation;
    // "Haniyeh, who lives in Qatar": where the rules read a home, the country is no nationality.
    if (r.predicate == Predicate::kNationality &&
        stated.count({r.subject, Predicate::kHomeLocation, r.object, r.sentence}))
      continue;
    if ((r.predicate == Predicate::kHomeLocation || r.predicate == Predicate::kNationality) &&
        TellsNoHome(view, a, b))
      continue;
    // A country in a quotation is none of the speaker's outside it.
    if (r.predicate == Predicate::kNationality && QuoteBetween(view, a, b)) continue;
    // "Kenyan Ambassador to Japan John Mwangi": where the rules read the sentence's person's
    // country, another country there is none of his.
    if (r.predicate == Predicate::kNationality && national.count({r.subject, r.sentence})) continue;
    // "Milanović, who is a critic of Western military support for Ukraine": one whom the rules
    // make a country's leader or national anywhere in the story has no other nationality.
    if (r.predicate == Predicate::kNationality)
      if (const auto it = country_of.find(r.subject);
          it != country_of.end() && !it->second.count(r.object))
        continue;
    if (r.predicate == Predicate::kKilled && !TellsAKilling(view, c.sentence)) continue;
    if (r.predicate == Predicate::kAffiliation &&
        graph.entities[a.entity].type == EntityType::kOrganization && TellsNoBase(view, a, b))
      continue;
    // "An AFP journalist saw smoke ... in Doha": a news agency reports from anywhere, and an
    // organization the lexicon places in one country is based in no place of another.
    if (r.predicate == Predicate::kAffiliation && a.known && !a.known->IsCompany() &&
        OtherCountry(a.known->country_iso2, b))
      continue;
    // "the International Court of Justice ruled on Gaza", "the Economic Cooperation
    // Organization summit in Turkmenistan": a body of states the lexicon knows belongs to no
    // country or region (a town may be its seat: "the ICJ in The Hague").
    if (r.predicate == Predicate::kAffiliation && a.known && a.known->country_iso2.empty() &&
        a.known->subtype == "GovernmentOrganization" && !b.city)
      continue;
    // "said New Delhi and India's partners would help Nepal": a place the gazetteers put in
    // one country lies in no other country, nor in a region of one ("KATHMANDU: In Pakistan's
    // Balochistan province").
    if (r.predicate == Predicate::kContainedInPlace && OtherCountry(CountryCodeOf(a), b)) continue;
    // "Lee Jae-myung, the candidate from the Democratic Party of Korea, ... Democratic Labor
    // Party candidate Kwon Young-guk": one the rules put in a party is in no other one.
    if (r.predicate == Predicate::kMemberOf && IsPoliticalParty(graph.entities[b.entity]))
      if (const auto it = party_of.find(r.subject);
          it != party_of.end() && !it->second.count(r.object))
        continue;
    // "Trudeau is the first leader from the Group of Seven countries to visit Trump": a body of
    // states has states for members, not the people the rules tie to one of them.
    if (r.predicate == Predicate::kMemberOf && b.known && b.known->country_iso2.empty() &&
        !b.known->IsCompany() && country_of.count(r.subject))
      continue;
    // "Ishiba agreed with Trump that the deal with U.S. Steel would not be an acquisition": who
    // the rules make a leader is no member of the bodies the model reads near him, his party
    // aside.
    if (r.predicate == Predicate::kMemberOf && leaders.count(r.subject) &&
        !IsPoliticalParty(graph.entities[b.entity]))
      continue;
    // "Orpo's National Coalition Party": who the rules read as its leader is no mere member;
    // "head of the Houthi delegation", whom they tie to the Houthis, no member either.
    if (r.predicate == Predicate::kMemberOf &&
        (leads.count({r.subject, r.object}) || affiliated.count({r.subject, r.object})))
      continue;
    // "Guterres said the RSF siege ...": what someone says of a group makes him none of it.
    if ((r.predicate == Predicate::kMemberOf || r.predicate == Predicate::kLeaderOf) &&
        SpeechBetween(view, a, b))
      continue;
    // "Kim Jong Un oversaw the test, the Korean Central News Agency (KCNA) said": the source
    // of a report has no members there.
    if ((r.predicate == Predicate::kMemberOf || r.predicate == Predicate::kLeaderOf) &&
        ReportsIt(view, b))
      continue;
    // "... passports of citizens of Tajikistan, State Duma deputy Oleksandr Khinshtein
    // reports": who reports what the sentence told before him takes nothing from it.
    if (graph.entities[a.entity].type == EntityType::kPerson && b.last <= a.first &&
        ReportsIt(view, a) && CommaBetween(view, b, a))
      continue;
    if (stated.insert({r.subject, r.predicate, r.object, r.sentence}).second)
      added.push_back(std::move(r));
  }
  for (RawRelation& r : added) graph.relations.push_back(std::move(r));
}

}  // namespace ng::extract
