// The learned models a command loads: the file given on the command line (which must then
// exist), else the data folder's default when it is there.
#pragma once

#include <filesystem>
#include <optional>

#include "extract/relation_model.h"

namespace ng::cli {

// Returns the relation model at `given`, else DATA/models/relations.ngr if present, else none
// (and none when `wanted` is false: --no-relation-model). Throws Error(kBadResource) for a
// model file that cannot be read.
std::optional<extract::RelationModel> LoadRelationModel(
    bool wanted, const std::optional<std::filesystem::path>& given,
    const std::filesystem::path& data);

}  // namespace ng::cli
