// The mentions of one document as a JSON Lines record, so any scorer can check the extractor:
// {"id", "mentions": [{"start", "end", "type", "text", "entity"}]} with Unicode code point
// offsets into the document text (end exclusive); dates carry "value" (ISO 8601) instead of an
// entity, leaders "leader": true.
#pragma once

#include <span>
#include <string>

#include "core/document.h"
#include "core/model.h"

namespace ng::exporter {

// Returns one JSON line (with its trailing newline) for `doc` and its `mentions`.
std::string ToMentionsLine(const Document& doc, std::span<const Mention> mentions);

}  // namespace ng::exporter
