#include "extract/geonames_city.h"

#include <geonames/geonames.h>

#include <array>
#include <cstring>
#include <memory>
#include <string_view>

namespace ng::extract {
namespace {

struct GeonamesCityDeleter {
  void operator()(GeonamesCity* c) const { geonames_city_free(c); }
};
using CityHandle = std::unique_ptr<GeonamesCity, GeonamesCityDeleter>;

std::string Str(const char* s) { return s ? std::string(s) : std::string(); }

// The GVariant type of a libgeonames 0.3 city: seven strings (0: the name to translate, 1: the
// name, 4: the country code; the others are not read here), the population, two coordinates.
constexpr std::string_view kCityType = "(sssssssudd)";
constexpr size_t kStrings = 7;
// The strings read (bits by member); GLib checks a string only when it is asked for.
constexpr unsigned kStringsRead = 1u << 0 | 1u << 1 | 1u << 4;

// The size of a framing offset in a serialized container of `size` bytes (GVariant's rule).
size_t OffsetSize(size_t size) {
  if (size > 0xFFFFFFFFu) return 8;
  if (size > 0xFFFFu) return 4;
  if (size > 0xFFu) return 2;
  return size > 0 ? 1 : 0;
}

// Framing offsets are little-endian, `width` bytes.
size_t ReadOffset(const unsigned char* p, size_t width) {
  size_t value = 0;
  for (size_t k = width; k-- > 0;) value = value << 8 | p[k];
  return value;
}

// The serialized tuple's strings and population, as GLib would give them for a well-formed city.
struct CityBytes {
  std::array<const char*, kStrings> strings{};
  uint32_t population = 0;
};

// Reads the members of a serialized "(sssssssudd)" of `size` bytes. In a tuple every
// variable-sized member but the last has its end in a framing offset; the offsets are stored
// at the end of the tuple, last member's first. Member k of the strings runs from the end of
// member k - 1 (0 for the first) to its own end, with its NUL; the population follows the last
// string at the next multiple of four. Returns false for anything GLib would answer otherwise
// or treat as malformed (offsets out of order or range, a string without its NUL, or one of the
// strings read with a NUL inside or not UTF-8): the getters then decide.
bool ReadCityBytes(const unsigned char* data, size_t size, CityBytes& out) {
  const size_t width = OffsetSize(size);
  if (data == nullptr || width == 0 || size < kStrings * width) return false;
  const size_t framing = size - kStrings * width;  // where the offsets start
  size_t start = 0;
  for (size_t k = 0; k < kStrings; ++k) {
    const size_t end = ReadOffset(data + size - (k + 1) * width, width);
    if (end <= start || end > framing) return false;
    const char* s = reinterpret_cast<const char*>(data + start);
    const size_t length = end - start - 1;  // without the NUL
    if (s[length] != '\0') return false;
    if ((kStringsRead >> k & 1) != 0 && !g_utf8_validate(s, static_cast<gssize>(length), nullptr))
      return false;
    out.strings[k] = s;
    start = end;
  }
  const size_t at = (start + 3) & ~size_t{3};
  if (at + sizeof(uint32_t) > framing) return false;
  std::memcpy(&out.population, data + at, sizeof(uint32_t));  // native order, as GLib reads it
  return true;
}

}  // namespace

int GeonamesCityCount() { return geonames_get_n_cities(); }

std::optional<GeonamesCityFields> ReadGeonamesCityByGetters(int index) {
  CityHandle handle(geonames_get_city(index));
  if (!handle) return std::nullopt;
  GeonamesCityFields city;
  city.name = Str(geonames_city_get_name(handle.get()));
  city.country_iso2 = Str(geonames_city_get_country_code(handle.get()));
  city.population = geonames_city_get_population(handle.get());
  return city;
}

std::optional<GeonamesCityFields> ReadGeonamesCity(int index) {
  CityHandle handle(geonames_get_city(index));
  if (!handle) return std::nullopt;
  GVariant* variant = handle.get();
  CityBytes bytes;
  if (g_variant_get_type_string(variant) != kCityType ||
      !ReadCityBytes(static_cast<const unsigned char*>(g_variant_get_data(variant)),
                     g_variant_get_size(variant), bytes))
    return ReadGeonamesCityByGetters(index);
  GeonamesCityFields city;
  // As geonames_city_get_name: the translation of member 0, or member 1 when it has none.
  const char* translated = g_dgettext("geonames", bytes.strings[0]);
  city.name = g_strcmp0(translated, bytes.strings[0]) != 0 ? translated : bytes.strings[1];
  city.country_iso2 = bytes.strings[4];
  city.population = bytes.population;
  return city;
}

}  // namespace ng::extract
