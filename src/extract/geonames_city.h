// The fields newsgraph reads of a libgeonames city. libgeonames answers each getter by asking
// GLib for a child of the city's GVariant (about 3,000 instructions a field, 300 M for the
// 24,361 cities, more than the rest of the lexicon load); ReadGeonamesCity reads the same bytes
// directly and gives what the getters give.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

namespace ng::extract {

struct GeonamesCityFields {
  std::string name;          // geonames_city_get_name: the translated name
  std::string country_iso2;  // geonames_city_get_country_code
  uint32_t population = 0;   // geonames_city_get_population

  friend bool operator==(const GeonamesCityFields&, const GeonamesCityFields&) = default;
};

// The number of cities libgeonames has (geonames_get_n_cities).
int GeonamesCityCount();

// City `index`'s fields, or nullopt if libgeonames has no such city. Reads the city's serialized
// GVariant itself when it is the tuple libgeonames 0.3 writes and every field is well formed;
// otherwise (another layout, a malformed field) asks the getters.
std::optional<GeonamesCityFields> ReadGeonamesCity(int index);

// The same through libgeonames' getters only (the fallback, and what the tests compare with).
std::optional<GeonamesCityFields> ReadGeonamesCityByGetters(int index);

}  // namespace ng::extract
