#include "extract/geonames_city.h"

#include <gtest/gtest.h>

namespace ng::extract {
namespace {

// Reading the serialized cities directly gives, for every city, what libgeonames' getters give.
TEST(GeonamesCityTest, EveryCityAsTheGettersReadIt) {
  const int count = GeonamesCityCount();
  ASSERT_GT(count, 20000);
  for (int i = 0; i < count; ++i) {
    const std::optional<GeonamesCityFields> direct = ReadGeonamesCity(i);
    const std::optional<GeonamesCityFields> by_getters = ReadGeonamesCityByGetters(i);
    ASSERT_EQ(direct.has_value(), by_getters.has_value()) << i;
    if (!direct) continue;
    EXPECT_EQ(direct->name, by_getters->name) << i;
    EXPECT_EQ(direct->country_iso2, by_getters->country_iso2) << i;
    EXPECT_EQ(direct->population, by_getters->population) << i;
  }
}

}  // namespace
}  // namespace ng::extract
