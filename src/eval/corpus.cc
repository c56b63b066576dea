#include "eval/corpus.h"

#include <array>
#include <fstream>
#include <nlohmann/json.hpp>
#include <utility>

#include "core/error.h"
#include "core/utf8.h"

namespace ng::eval {
namespace {

struct LabelMapping {
  std::string_view label;
  std::string_view type;  // "" when the label is ignored
};

// The label tables documented in corpus.h.
constexpr std::array<LabelMapping, 8> kGmbLabels = {{
    {"per", kPerson},
    {"geo", kLocation},
    {"org", kOrganization},
    {"gpe", kNationality},
    {"art", kMisc},
    {"eve", kMisc},
    {"nat", kMisc},
    {"tim", ""},
}};
constexpr std::array<LabelMapping, 4> kConll04Labels = {{
    {"Peop", kPerson},
    {"Loc", kLocation},
    {"Org", kOrganization},
    {"Other", ""},
}};

constexpr std::array<std::pair<std::string_view, extract::NameClass>, 5> kClasses = {{
    {kPerson, extract::NameClass::kPerson},
    {kLocation, extract::NameClass::kLocation},
    {kOrganization, extract::NameClass::kOrganization},
    {kNationality, extract::NameClass::kNationality},
    {kMisc, extract::NameClass::kMisc},
}};

std::span<const LabelMapping> Table(LabelSet set) {
  if (set == LabelSet::kConll04) return kConll04Labels;
  return kGmbLabels;
}

uint32_t GetOffset(const nlohmann::json& j, const char* key, const std::string& file, long line) {
  const auto it = j.find(key);
  if (it == j.end() || !it->is_number_unsigned()) {
    throw Error(ErrorCode::kBadInput, std::string("entity without a valid \"") + key + "\"", file,
                line);
  }
  return it->get<uint32_t>();
}

}  // namespace

std::vector<Record> ReadCorpus(const std::filesystem::path& path) {
  std::ifstream in(path);
  if (!in) throw Error(ErrorCode::kBadInput, "cannot open corpus file", path.string());
  const std::string file = path.string();
  std::vector<Record> records;
  std::string line;
  long number = 0;
  while (std::getline(in, line)) {
    ++number;
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    nlohmann::json j;
    try {
      j = nlohmann::json::parse(line);
    } catch (const nlohmann::json::exception& e) {
      throw Error(ErrorCode::kBadInput, std::string("bad JSON: ") + e.what(), file, number);
    }
    if (!j.is_object() || !j.contains("text") || !j["text"].is_string()) {
      throw Error(ErrorCode::kBadInput, "record without a \"text\" string", file, number);
    }
    Record r;
    r.id = j.value("id", file + ":" + std::to_string(number));
    r.text = j["text"].get<std::string>();
    uint32_t code_points = 0;
    for (char c : r.text) code_points += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    for (const auto& e : j.value("entities", nlohmann::json::array())) {
      RecordEntity entity{.start = GetOffset(e, "start", file, number),
                          .end = GetOffset(e, "end", file, number),
                          .type = e.value("type", "")};
      if (entity.start >= entity.end || entity.end > code_points) {
        throw Error(ErrorCode::kBadInput, "entity offsets outside the text", file, number);
      }
      r.entities.push_back(std::move(entity));
    }
    for (const auto& rel : j.value("relations", nlohmann::json::array())) {
      RecordRelation relation{.head = rel.value("head", size_t{0}),
                              .tail = rel.value("tail", size_t{0}),
                              .type = rel.value("type", "")};
      if (relation.head >= r.entities.size() || relation.tail >= r.entities.size()) {
        throw Error(ErrorCode::kBadInput, "relation refers to a missing entity", file, number);
      }
      r.relations.push_back(std::move(relation));
    }
    records.push_back(std::move(r));
  }
  if (in.bad()) throw Error(ErrorCode::kBadInput, "cannot read corpus file", file);
  return records;
}

std::optional<LabelSet> ParseLabelSet(std::string_view name) {
  if (name == "gmb") return LabelSet::kGmb;
  if (name == "conll04") return LabelSet::kConll04;
  return std::nullopt;
}

LabelSet DetectLabelSet(std::span<const Record> records) {
  for (const Record& r : records) {
    for (const RecordEntity& e : r.entities) {
      for (const LabelMapping& m : kConll04Labels) {
        if (e.type == m.label) return LabelSet::kConll04;
      }
      for (const LabelMapping& m : kGmbLabels) {
        if (e.type == m.label) return LabelSet::kGmb;
      }
    }
  }
  return LabelSet::kGmb;
}

std::optional<std::string_view> MapLabel(LabelSet set, std::string_view label) {
  for (const LabelMapping& m : Table(set)) {
    if (m.label == label) {
      if (m.type.empty()) return std::nullopt;
      return m.type;
    }
  }
  return std::nullopt;
}

std::optional<extract::NameClass> ClassOfType(std::string_view type) {
  for (const auto& [name, cls] : kClasses) {
    if (name == type) return cls;
  }
  return std::nullopt;
}

std::string_view TypeOfClass(extract::NameClass cls) {
  for (const auto& [name, c] : kClasses) {
    if (c == cls) return name;
  }
  return kMisc;
}

std::vector<LabeledSpan> GoldSpans(const Record& record, LabelSet set) {
  std::vector<LabeledSpan> spans;
  for (const RecordEntity& e : record.entities) {
    if (auto type = MapLabel(set, e.type)) spans.push_back({e.start, e.end, std::string(*type)});
  }
  return spans;
}

std::string HoldOutDescription(size_t every, size_t skip) {
  if (every == 0) return "all records";
  return "records whose number mod " + std::to_string(every) + " is not " + std::to_string(skip);
}

std::vector<SpanRelation> GoldRelations(const Record& record, LabelSet set) {
  std::vector<SpanRelation> relations;
  auto span = [&](const RecordEntity& e) {
    const auto type = MapLabel(set, e.type);
    return LabeledSpan{e.start, e.end, type ? std::string(*type) : e.type};
  };
  for (const RecordRelation& r : record.relations) {
    relations.push_back({.head = span(record.entities[r.head]),
                         .tail = span(record.entities[r.tail]),
                         .type = r.type});
  }
  return relations;
}

extract::TrainingSentence ToTrainingSentence(const Record& record, LabelSet set,
                                             ConversionStats* stats) {
  extract::TrainingSentence sentence;
  const std::vector<nlp::Token> tokens = nlp::Tokenize(record.text);
  for (const nlp::Token& t : tokens) sentence.words.emplace_back(t.span.Of(record.text));
  const CodePointIndex index(record.text);
  size_t lost = 0, names = 0;
  for (const RecordEntity& e : record.entities) {
    const auto type = MapLabel(set, e.type);
    const auto cls = type ? ClassOfType(*type) : std::nullopt;
    if (!cls) continue;
    ++names;
    const uint32_t begin = index.ToBytes(e.start);
    const uint32_t end = index.ToBytes(e.end);
    uint32_t first = UINT32_MAX, last = 0;
    for (uint32_t i = 0; i < tokens.size(); ++i) {
      const Span s = tokens[i].span;
      if (s.begin < begin || s.end > end) continue;
      // A sentence-final period glued to the name in the corpus is not part of it.
      if (s.end == end && s.size() == 1 && record.text[s.begin] == '.' && i > 0) continue;
      if (first == UINT32_MAX) first = i;
      last = i + 1;
    }
    const bool covered = first != UINT32_MAX && tokens[first].span.begin == begin &&
                         (tokens[last - 1].span.end == end ||
                          (tokens[last - 1].span.end + 1 == end && record.text[end - 1] == '.'));
    if (!covered) {
      ++lost;
      continue;
    }
    sentence.names.push_back({.first = first, .last = last, .cls = *cls});
  }
  if (stats != nullptr) {
    ++stats->sentences;
    stats->tokens += tokens.size();
    stats->names += names;
    stats->names_lost += lost;
  }
  return sentence;
}

std::vector<LabeledSpan> ToLabeledSpans(std::string_view text, std::span<const nlp::Token> tokens,
                                        std::span<const extract::NameSpan> names) {
  std::vector<LabeledSpan> spans;
  if (names.empty()) return spans;
  const CodePointIndex index(text);
  for (const extract::NameSpan& n : names) {
    if (n.first >= n.last || n.last > tokens.size()) continue;
    spans.push_back({index.ToCodePoints(tokens[n.first].span.begin),
                     index.ToCodePoints(tokens[n.last - 1].span.end),
                     std::string(TypeOfClass(n.cls))});
  }
  return spans;
}

}  // namespace ng::eval
