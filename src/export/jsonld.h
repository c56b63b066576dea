// JSON-LD serialization of the graph (schema.org vocabulary plus ng: terms, context inline) and
// its inverse, which `inspect` and `merge` use to read a graph back without re-extracting.
//
// Output: {"@context": <the context of schema/context.jsonld>, "@graph": [articles (by id),
// entities (by id), statements (in relation order)]}, keys sorted, 1-space indent, UTF-8, a final
// newline; equal graphs give byte-identical files. IRIs are kIdBase + PercentEncodeIri(id) for
// entities, kIdBase + "article/" + PercentEncodeIri(doc id) for articles, and kIdBase +
// "statement/" + 16 hex digits of FNV-1a 64 of "subject|term|object" for statements. Every node
// also carries its plain key as "ng:key", so no reader has to decode an IRI to find an id.
// Entity fields: @type [base, subtype?, ng:Leader?, ng:<EventKind>?], name, alternateName,
// identifier, sameAs (Wikidata entity IRI), startDate (Entity::date, typed xsd:date / gYearMonth /
// gYear by length), ng:trigger, ng:mentionCount; then one plain triple per relation of which it is
// the subject (object refs as {"@id"}, jobTitle as a string). A startDate relation appears as a
// plain triple only through Entity::date (the resolved date); every relation, startDate included,
// is reified as an rdf:Statement node with its evidence, and FromJsonLd reads relations only from
// those nodes.
#pragma once

#include <cstdint>
#include <filesystem>
#include <functional>
#include <string>
#include <string_view>

#include "core/model.h"

namespace ng::exporter {

inline constexpr std::string_view kVocab = "https://w3id.org/newsgraph/vocab#";
inline constexpr std::string_view kIdBase = "https://w3id.org/newsgraph/id/";
inline constexpr std::string_view kSchemaOrg = "http://schema.org/";
inline constexpr std::string_view kWikidataEntity = "http://www.wikidata.org/entity/";

// Returns the JSON-LD document for `g` (canonical order, byte-identical for equal graphs).
std::string ToJsonLd(const GraphData& g);
// Writes the same bytes as ToJsonLd to `sink`, in chunks, one graph node at a time: memory
// stays with the graph, not with a JSON tree of the whole document.
void WriteJsonLd(const GraphData& g, const std::function<void(std::string_view)>& sink);
// Writes the same bytes to the file at `path`, atomically (core/files.h AtomicFile). Throws
// Error(kWriteFailed) on failure.
void WriteJsonLdFile(const GraphData& g, const std::filesystem::path& path);

// Parses a document written by ToJsonLd back into graph data (in canonical order), one @graph
// node at a time: memory holds the graph, not a JSON tree of the document. Throws
// Error(kBadInput) naming `file` on malformed input.
GraphData FromJsonLd(std::string_view json, const std::string& file);
// The same from the file at `path`, read in blocks as it is parsed (never whole in memory).
// Throws Error(kBadInput) naming the file when it cannot be read or is malformed.
GraphData ReadJsonLdFile(const std::filesystem::path& path);
// The same graph handed to `sink` in parts of `part_nodes` @graph nodes (the last part may be
// smaller), in file order, as the file is read: memory holds one part, never the file's graph.
// The parts are not in canonical order, but together they hold exactly the nodes the graph
// ReadJsonLdFile returns was read from, each once: merging them (graph/merge.h) gives it. Throws
// as ReadJsonLdFile does, when the fault is met: the parts handed over before are then to be
// discarded. `part_nodes` must be at least 1.
using PartSink = std::function<void(GraphData&&)>;
void ReadJsonLdFileInParts(const std::filesystem::path& path, size_t part_nodes,
                           const PartSink& sink);

// What can be told of a @graph node from its bytes, without parsing it: the first string of its
// "@type" array and the "@id" IRIs of its "rdf:subject" and "rdf:object", as written between
// the quotes; empty when absent or of another shape (a literal object has no "@id"). `exact` is
// false when one of these, or a key of the node, is written with an escape: then the sketch may
// differ from what parsing gives, and a filter should read the node.
struct NodeSketch {
  std::string_view type, subject, object;
  bool exact = true;
};
// Says whether a @graph node is to be read. A node refused is skipped: never parsed, so never
// checked either. The sketch is valid only during the call.
using NodeFilter = std::function<bool(const NodeSketch&)>;
// ReadJsonLdFile reading only the @graph nodes `keep` accepts (jsonld_skip.h says which nodes
// are offered to it); the rest of the file is read and checked as ever, and messages name a
// node by its place in the file.
// With `evidence` false, the statements kept are read without their evidence: "ng:evidence" and
// what is derived from it ("ng:confidence", "ng:rule", "prov:wasDerivedFrom") are skipped
// unparsed, and each relation has its weight but no Evidence (for queries of the graph's shape).
GraphData ReadJsonLdFile(const std::filesystem::path& path, const NodeFilter& keep,
                         bool evidence = true);

// Returns the context object that ToJsonLd puts inline, as compact JSON text.
std::string JsonLdContext();

// The two-character escape JSON strings and N-Triples literals share for `c` ("\\n" for a
// newline, "\\\"" for a quote; the same seven in both), or "" for none.
std::string_view ShortEscape(char c);

// Appends `s` as a JSON string literal, byte for byte as nlohmann::json's dump writes it
// (ensure_ascii off, invalid UTF-8 replaced by U+FFFD): '"', '\\' and U+0000-U+001F escaped
// (\b \t \n \f \r, else \u00xx), every other byte as it is.
void AppendJsonString(std::string& out, std::string_view s);

// Percent-encodes every byte of `key` except ASCII letters, digits, '-', '_', '~' and '/'.
std::string PercentEncodeIri(std::string_view key);
// Returns the IRI of an entity, an article or the statement reifying a relation.
std::string EntityIri(std::string_view entity_id);
std::string ArticleIri(std::string_view doc_id);
std::string StatementIri(const Relation& r);
// Returns the full IRI of a predicate: "https://w3id.org/newsgraph/vocab#leaderOf",
// "http://schema.org/jobTitle", ...
std::string PredicateIri(Predicate p);
// Returns the 64-bit FNV-1a hash of `bytes` (fixed across platforms and runs).
uint64_t Fnv1a64(std::string_view bytes);

}  // namespace ng::exporter
