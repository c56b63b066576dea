#include "export/mentions.h"

#include <nlohmann/json.hpp>

#include "core/utf8.h"
#include "export/jsonld.h"

namespace ng::exporter {

std::string ToMentionsLine(const Document& doc, std::span<const Mention> mentions) {
  const CodePointIndex cps(doc.text);
  nlohmann::ordered_json list = nlohmann::ordered_json::array();
  for (const Mention& m : mentions) {
    nlohmann::ordered_json j;
    j["start"] = cps.ToCodePoints(m.span.begin);
    j["end"] = cps.ToCodePoints(m.span.end);
    j["type"] = EntityTypeName(m.type);
    j["text"] = std::string(m.span.Of(doc.text));
    if (m.type == EntityType::kDate) {
      j["value"] = m.value;
    } else {
      j["entity"] = std::string(kIdBase) + m.entity;
    }
    if (m.leader) j["leader"] = true;
    list.push_back(std::move(j));
  }
  nlohmann::ordered_json line;
  line["id"] = doc.id;
  line["mentions"] = std::move(list);
  return line.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

}  // namespace ng::exporter
