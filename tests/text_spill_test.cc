#include "core/text_spill.h"

#include <gtest/gtest.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <csignal>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <sstream>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

#include "core/error.h"
#include "core/files.h"

namespace ng {
namespace {

std::filesystem::path Dir(const std::string& name) {
  auto dir = std::filesystem::temp_directory_path() /
             ("newsgraph_text_spill_test_" + name + "_" + std::to_string(::getpid()));
  std::filesystem::remove_all(dir);
  return dir;
}

TEST(TextSpillTest, SpilledTextReadsBackAndComparesByContent) {
  const auto dir = Dir("read");
  {
    TextSpill spill(dir);
    const SharedText original("Putin met Erdoğan in Sochi.");
    const SharedText s = spill.Spill(original);
    EXPECT_TRUE(s.spilled());
    EXPECT_FALSE(original.spilled());
    EXPECT_EQ(s.size(), original.size());
    EXPECT_FALSE(s.empty());
    std::string buf;
    EXPECT_EQ(s.Read(buf), "Putin met Erdoğan in Sochi.");
    EXPECT_EQ(s.str(), original.str());
    EXPECT_THROW(s.view(), std::logic_error);
    // Comparisons read the file; copies share the place.
    EXPECT_EQ(s, original);
    EXPECT_EQ(original, s);
    EXPECT_EQ(s, std::string("Putin met Erdoğan in Sochi."));
    EXPECT_EQ(s, "Putin met Erdoğan in Sochi.");
    EXPECT_LT(s, SharedText("Z"));
    EXPECT_GT(s, std::string_view("A"));
    const SharedText copy = s;
    EXPECT_TRUE(copy.SharesBufferWith(s));
    const SharedText again = spill.Spill(original);  // a second place, the same text
    EXPECT_FALSE(again.SharesBufferWith(s));
    EXPECT_EQ(again, s);
    EXPECT_EQ(spill.Spill(s).SharesBufferWith(s), true);  // spilled already
    std::ostringstream out;
    out << s;
    EXPECT_EQ(out.str(), original.str());
    EXPECT_EQ(spill.bytes(), 2 * original.size());
    // The file has no name.
    EXPECT_TRUE(std::filesystem::is_empty(dir));
  }
  std::filesystem::remove_all(dir);
}

TEST(TextSpillTest, EmptyAndHugeTextsStayInMemory) {
  const auto dir = Dir("keep");
  {
    TextSpill spill(dir);
    EXPECT_FALSE(spill.Spill(SharedText()).spilled());
    const SharedText huge(std::string(size_t{1} << 20, 'x'));
    const SharedText kept = spill.Spill(huge);
    EXPECT_FALSE(kept.spilled());
    EXPECT_TRUE(kept.SharesBufferWith(huge));
    EXPECT_EQ(spill.bytes(), 0u);
  }
  std::filesystem::remove_all(dir);
}

// More than the spill's write buffer: texts come back from the file and from the buffer.
TEST(TextSpillTest, ManyTextsFromTheFileAndTheBuffer) {
  const auto dir = Dir("many");
  {
    TextSpill spill(dir);
    std::vector<std::string> texts;
    std::vector<SharedText> spilled;
    for (int i = 0; i < 30000; ++i) {
      texts.push_back("sentence " + std::to_string(i) + std::string(i % 97, 'a' + i % 26));
      spilled.push_back(spill.Spill(SharedText(texts.back())));
    }
    EXPECT_GT(spill.bytes(), uint64_t{1} << 20);  // more than the write buffer
    std::string buf;
    for (size_t i = 0; i < texts.size(); i += 7) EXPECT_EQ(spilled[i].Read(buf), texts[i]) << i;
    // Readers on two threads.
    auto check = [&](size_t first) {
      std::string local;
      for (size_t i = first; i < texts.size(); i += 2)
        if (spilled[i].Read(local) != texts[i]) ADD_FAILURE() << i;
    };
    std::thread other(check, 1);
    check(0);
    other.join();
  }
  std::filesystem::remove_all(dir);
}

TEST(TextSpillTest, ErrorsAreReported) {
  const auto dir = Dir("errors");
  std::filesystem::create_directories(dir);
  WriteFileAtomic(dir / "file", "x");
  try {
    TextSpill spill(dir / "file" / "sub");
    ADD_FAILURE() << "no error for a folder under a regular file";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::kWriteFailed);
    EXPECT_NE(std::string(e.what()).find("file/sub"), std::string::npos) << e.what();
  }
  SharedText orphan;
  {
    TextSpill spill(dir);
    orphan = spill.Spill(SharedText("gone with its file"));
  }
  std::string buf;
  EXPECT_THROW(orphan.Read(buf), Error);
  // At most kMaxSpills at once.
  std::vector<std::unique_ptr<TextSpill>> spills;
  for (unsigned i = 0; i < TextSpill::kMaxSpills; ++i)
    spills.push_back(std::make_unique<TextSpill>(dir));
  EXPECT_THROW(TextSpill{dir}, Error);
  spills.pop_back();
  EXPECT_NO_THROW(TextSpill{dir});
  spills.clear();
  std::filesystem::remove_all(dir);
}

// A file that cannot grow (here: a file size limit, as a full disk would) is an error with a
// reason, at the write that fails; it runs in a child process, which alone gets the limit.
TEST(TextSpillTest, AFailedWriteThrows) {
  const auto dir = Dir("full");
  const pid_t child = ::fork();
  ASSERT_GE(child, 0);
  if (child == 0) {
    std::signal(SIGXFSZ, SIG_IGN);
    const rlimit limit{.rlim_cur = 4096, .rlim_max = RLIM_INFINITY};
    ::setrlimit(RLIMIT_FSIZE, &limit);
    int status = 1;
    try {
      TextSpill spill(dir);
      for (int i = 0; i < 100000; ++i) spill.Spill(SharedText("a sentence " + std::to_string(i)));
    } catch (const Error& e) {
      const std::string what = e.what();
      status = e.code() == ErrorCode::kWriteFailed &&
                       what.find("cannot write the temporary file") != std::string::npos
                   ? 0
                   : 2;
    }
    std::_Exit(status);
  }
  int status = 0;
  ASSERT_EQ(::waitpid(child, &status, 0), child);
  ASSERT_TRUE(WIFEXITED(status));
  EXPECT_EQ(WEXITSTATUS(status), 0);
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace ng
