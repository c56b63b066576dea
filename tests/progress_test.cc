#include "cli/progress.h"

#include <gtest/gtest.h>

#include <sstream>
#include <string>

namespace ng::cli {
namespace {

TEST(ProgressTest, FormatsDocumentsSpeedAndEta) {
  struct Case {
    size_t documents;
    uint64_t bytes, total;
    double seconds;
    std::string text;
  } cases[] = {
      {0, 0, 0, 0, "0 documents, 0.0 MB, 0.0 MB/s"},
      {1, 500000, 0, 1, "1 document, 0.5 MB, 0.5 MB/s"},
      {120, 3400000, 0, 2, "120 documents, 3.4 MB, 1.7 MB/s"},
      {0, 0, 10000000, 0, "0 documents, 0.0 MB, 0.0 MB/s, 0%, ETA --:--"},
      {10, 2000000, 10000000, 4, "10 documents, 2.0 MB, 0.5 MB/s, 20%, ETA 0:16"},
      {10, 1000000, 1000000000, 10, "10 documents, 1.0 MB, 0.1 MB/s, 0%, ETA 2:46:30"},
      // Text can outgrow file bytes (JSON escapes undone): clamped at 100%.
      {3, 1200, 1000, 1, "3 documents, 0.0 MB, 0.0 MB/s, 100%, ETA 0:00"},
  };
  for (const Case& c : cases)
    EXPECT_EQ(FormatProgress(c.documents, c.bytes, c.total, c.seconds), c.text) << c.text;
}

TEST(ProgressTest, RedrawsAtMostFiveTimesASecondAndErases) {
  std::ostringstream out;
  Progress p(out, true, 0);
  p.Update(1, 1000000, 0.5);
  p.Update(2, 2000000, 0.6);  // too soon: not drawn
  p.Update(3, 3000000, 0.75);
  p.Finish();
  const std::string first = "1 document, 1.0 MB, 2.0 MB/s";
  const std::string second = "3 documents, 3.0 MB, 4.0 MB/s";
  EXPECT_EQ(out.str(),
            "\r" + first + "\r" + second + "\r" + std::string(second.size(), ' ') + "\r");
}

TEST(ProgressTest, DisabledDrawsNothing) {
  std::ostringstream out;
  Progress p(out, false, 100);
  p.Update(1, 10, 1);
  p.Finish();
  EXPECT_EQ(out.str(), "");
}

TEST(ProgressTest, InputBytesIsUnknownForStdin) {
  EXPECT_EQ(InputBytes({"-"}), 0u);
  EXPECT_EQ(InputBytes({std::string(NEWSGRAPH_TEST_DATA) + "/corpus/gmb_dev_400.jsonl"}), 51017u);
}

}  // namespace
}  // namespace ng::cli
