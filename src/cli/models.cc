#include "cli/models.h"

namespace ng::cli {

std::optional<extract::RelationModel> LoadRelationModel(
    bool wanted, const std::optional<std::filesystem::path>& given,
    const std::filesystem::path& data) {
  if (!wanted) return std::nullopt;
  const std::filesystem::path model = given.value_or(data / "models" / "relations.ngr");
  if (!given && !std::filesystem::exists(model)) return std::nullopt;
  return extract::RelationModel::Load(model);
}

}  // namespace ng::cli
