#include "extract/string_map.h"

#include <gtest/gtest.h>

#include <bit>
#include <cstring>
#include <set>
#include <string>
#include <vector>

namespace ng::extract {
namespace {

TEST(StringMapTest, EmptyMapFindsNothing) {
  const StringMap<int> map;
  EXPECT_EQ(map.find("x"), map.end());
  EXPECT_FALSE(map.contains(""));
  EXPECT_TRUE(map.empty());
}

TEST(StringMapTest, EmplaceKeepsTheFirstValue) {
  StringMap<int> map;
  auto [a, new_a] = map.emplace("Moscow", 1);
  EXPECT_TRUE(new_a);
  EXPECT_EQ(a->first, "Moscow");
  auto [b, new_b] = map.emplace("Moscow", 2);
  EXPECT_FALSE(new_b);
  EXPECT_EQ(b, a);
  EXPECT_EQ(map.find("Moscow")->second, 1);
  EXPECT_EQ(map.size(), 1u);
  EXPECT_EQ(map.find("moscow"), map.end()) << "lookups are case-sensitive";
  EXPECT_EQ(map.find("Mosco"), map.end());
  EXPECT_EQ(map.find("Moscow "), map.end());
}

TEST(StringMapTest, IndexOperatorInsertsADefaultValue) {
  StringMap<size_t> map;
  map["new"] = 3;
  size_t& most = map["new"];
  most = std::max<size_t>(most, 2);
  EXPECT_EQ(map.find("new")->second, 3u);
  EXPECT_EQ(map["other"], 0u);
  EXPECT_EQ(map.size(), 2u);
}

// Keys that differ only in bytes the hash reads together, in length, or in NULs and high bytes.
TEST(StringMapTest, TellsApartKeysThatLookAlike) {
  const std::vector<std::string> keys = {"",
                                         std::string(1, '\0'),
                                         std::string(2, '\0'),
                                         "a",
                                         std::string("a\0", 2),
                                         "abcdefgh",
                                         std::string("abcdefgh\0", 9),
                                         "abcdefghi",
                                         "abcdefgi",
                                         "bbcdefgh",
                                         "\xff\xfe",
                                         "\xe6\x9d\xb1",
                                         "New York",
                                         "New York City",
                                         "new york"};
  StringMap<size_t> map;
  for (size_t i = 0; i < keys.size(); ++i) EXPECT_TRUE(map.emplace(keys[i], i).second) << i;
  for (size_t i = 0; i < keys.size(); ++i) {
    auto it = map.find(keys[i]);
    ASSERT_NE(it, map.end()) << i;
    EXPECT_EQ(it->second, i);
  }
  EXPECT_FALSE(map.contains("abcdefg"));
  EXPECT_FALSE(map.contains("New York Cit"));
}

// Many keys grow the table several times; every key stays found, every other string missed,
// and iteration gives insertion order.
TEST(StringMapTest, GrowsAndIteratesInInsertionOrder) {
  StringMap<size_t> map;
  std::vector<std::string> keys;
  for (size_t i = 0; i < 50000; ++i) keys.push_back("city " + std::to_string(i * 7919 % 100003));
  for (size_t i = 0; i < keys.size(); ++i) map.emplace(keys[i], i);
  ASSERT_EQ(map.size(), keys.size());
  for (size_t i = 0; i < keys.size(); ++i) {
    auto it = map.find(keys[i]);
    ASSERT_NE(it, map.end()) << keys[i];
    EXPECT_EQ(it->second, i);
  }
  for (size_t i = 0; i < 1000; ++i) EXPECT_FALSE(map.contains("town " + std::to_string(i)));
  size_t i = 0;
  for (const auto& [key, value] : map) {
    EXPECT_EQ(key, keys[i]);
    EXPECT_EQ(value, i);
    ++i;
  }
  map.clear();
  EXPECT_TRUE(map.empty());
  EXPECT_FALSE(map.contains(keys[0]));
  map.emplace(keys[0], 1);
  EXPECT_TRUE(map.contains(keys[0]));
}

// The stepwise lookup (prefetch the slot, then the entry, then find with the key's hash) finds
// what find(key) finds, present or absent, in an empty map and as the map grows.
TEST(StringMapTest, StepwiseLookupFindsWhatFindFinds) {
  StringMap<int> map;
  map.PrefetchSlot(HashKey("x"));
  map.PrefetchEntry(HashKey("x"));
  EXPECT_EQ(map.find("x", HashKey("x")), map.end());
  for (int i = 0; i < 1000; ++i) {
    map.emplace("key" + std::to_string(i), i);
    for (int j : {0, i / 2, i, i + 1, i + 1000}) {
      const std::string key = "key" + std::to_string(j);
      const uint64_t h = HashKey(key);
      map.PrefetchSlot(h);
      map.PrefetchEntry(h);
      EXPECT_EQ(map.find(key, h), map.find(key)) << key;
      if (j <= i) {
        EXPECT_EQ(map.find(key, h)->second, j) << key;
      }
    }
  }
}

TEST(StringSetTest, InsertsOnce) {
  StringSet set;
  EXPECT_FALSE(set.contains("Putin"));
  EXPECT_TRUE(set.insert("Putin"));
  EXPECT_FALSE(set.insert("Putin"));
  EXPECT_TRUE(set.contains("Putin"));
  EXPECT_FALSE(set.contains("putin"));
  EXPECT_EQ(set.size(), 1u);
}

// The hash reads 8 bytes at a time: every length up to 24 and every single-byte change gives
// distinct values for these keys (a spot check of the mixing, not a guarantee).
TEST(StringMapTest, HashSeesEveryByteAndTheLength) {
  std::set<uint64_t> seen;
  size_t count = 0;
  for (size_t n = 0; n <= 24; ++n) {
    std::string s(n, 'a');
    seen.insert(HashKey(s));
    ++count;
    for (size_t i = 0; i < n; ++i) {
      std::string t = s;
      t[i] = 'b';
      seen.insert(HashKey(t));
      ++count;
    }
  }
  seen.insert(HashKey(std::string(3, '\0')));
  ++count;
  EXPECT_EQ(seen.size(), count);
}

// LoadShort gives the hash the word memcpy gave it before: every length from 1 to 7, at every
// offset of a buffer with high bytes and NULs, so that no table's hashes changed.
TEST(StringMapTest, LoadShortReadsWhatMemcpyReads) {
  if constexpr (std::endian::native != std::endian::little) GTEST_SKIP() << "big-endian";
  const std::string bytes("\x01\x80\xff\0A\x7f\xfe\x02\x99\0\xe2", 11);
  for (size_t n = 1; n <= 7; ++n) {
    for (size_t at = 0; at + n <= bytes.size(); ++at) {
      uint64_t want = 0;
      std::memcpy(&want, bytes.data() + at, n);
      EXPECT_EQ(LoadShort(bytes.data() + at, n), want) << "n " << n << " at " << at;
    }
  }
}

}  // namespace
}  // namespace ng::extract
