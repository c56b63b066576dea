#include "graph/record_chunks.h"

#include <gtest/gtest.h>

#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

namespace ng::graph {
namespace {

TEST(RecordChunksTest, KeepsRecordsInPlaceAcrossChunksAndDrainsThemInOrder) {
  RecordChunks<std::string> records;
  const size_t n = 3 * RecordChunks<std::string>::kPerChunk + 5;  // four chunks
  std::vector<const std::string*> addresses;
  for (size_t i = 0; i < n; ++i)
    addresses.push_back(&records.push_back("record number " + std::to_string(i)));
  ASSERT_EQ(records.size(), n);
  for (size_t i = 0; i < n; ++i) {
    EXPECT_EQ(&records[i], addresses[i]) << i;  // appending never moved a record
    EXPECT_EQ(records[i], "record number " + std::to_string(i));
  }
  std::vector<std::string> out;
  records.Drain([&](std::string&& s) { out.push_back(std::move(s)); });
  EXPECT_TRUE(records.empty());
  ASSERT_EQ(out.size(), n);
  for (size_t i = 0; i < n; ++i) EXPECT_EQ(out[i], "record number " + std::to_string(i));
  // Usable again after a drain.
  records.push_back("again");
  EXPECT_EQ(records.size(), 1u);
  EXPECT_EQ(records[0], "again");
}

TEST(RecordChunksTest, DestroysEveryRecordOnClearDrainAndAFailedDrain) {
  auto token = std::make_shared<int>(0);
  const size_t n = RecordChunks<std::shared_ptr<int>>::kPerChunk + 3;
  {
    RecordChunks<std::shared_ptr<int>> records;
    for (size_t i = 0; i < n; ++i) records.push_back(std::shared_ptr<int>(token));
    EXPECT_EQ(token.use_count(), static_cast<long>(n + 1));
  }  // the destructor
  EXPECT_EQ(token.use_count(), 1);

  RecordChunks<std::shared_ptr<int>> records;
  for (size_t i = 0; i < n; ++i) records.push_back(std::shared_ptr<int>(token));
  records.clear();
  EXPECT_EQ(token.use_count(), 1);
  EXPECT_TRUE(records.empty());

  for (size_t i = 0; i < n; ++i) records.push_back(std::shared_ptr<int>(token));
  size_t taken = 0;
  EXPECT_THROW(records.Drain([&](std::shared_ptr<int>&&) {
    if (++taken == n - 1) throw std::runtime_error("out of memory");
  }),
               std::runtime_error);
  EXPECT_EQ(token.use_count(), 1);  // the records not taken are destroyed too
  EXPECT_TRUE(records.empty());
}

TEST(PositionIndexTest, FindsEachPositionUnderItsHashThroughCollisionsAndGrowth) {
  PositionIndex index;
  EXPECT_EQ(index.Find(7, [](size_t) { return true; }), PositionIndex::kNone);
  std::vector<std::string> keys;
  // Hashes collide on purpose: 1,000 keys share 10 hash values.
  auto hash = [](size_t i) { return (i % 10) * 0x9e3779b9u; };
  for (size_t i = 0; i < 1000; ++i) {
    keys.push_back("key " + std::to_string(i));
    index.Add(hash(i), i);
  }
  EXPECT_EQ(index.size(), 1000u);
  for (size_t i = 0; i < 1000; ++i) {
    const std::string want = "key " + std::to_string(i);
    EXPECT_EQ(index.Find(hash(i), [&](size_t pos) { return keys[pos] == want; }), i);
  }
  EXPECT_EQ(index.Find(hash(3), [&](size_t pos) { return keys[pos] == "key 4"; }),
            PositionIndex::kNone);  // right key, wrong hash
  index.clear();
  EXPECT_EQ(index.size(), 0u);
  EXPECT_EQ(index.Find(hash(1), [](size_t) { return true; }), PositionIndex::kNone);
}

}  // namespace
}  // namespace ng::graph
