#include "core/files.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <ostream>
#include <string>
#include <vector>

#include "core/error.h"

namespace ng {
namespace {

namespace fs = std::filesystem;

// Creates a fresh empty directory for one test and removes it afterwards.
class FilesTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("newsgraph-files-test-" + std::to_string(::getpid()) + "-" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }

  // Returns the names of the files in `d`, sorted.
  static std::vector<std::string> Listing(const fs::path& d) {
    std::vector<std::string> names;
    for (const auto& e : fs::directory_iterator(d)) names.push_back(e.path().filename().string());
    std::sort(names.begin(), names.end());
    return names;
  }

  fs::path dir_;
};

TEST_F(FilesTest, WritesAndOverwrites) {
  fs::path p = dir_ / "graph.jsonld";
  WriteFileAtomic(p, "first");
  EXPECT_EQ(ReadFile(p), "first");
  WriteFileAtomic(p, std::string("sec\0ond", 7));
  EXPECT_EQ(ReadFile(p), std::string("sec\0ond", 7));
  WriteFileAtomic(p, "");
  EXPECT_EQ(ReadFile(p), "");
  EXPECT_EQ(Listing(dir_), std::vector<std::string>{"graph.jsonld"});
}

TEST_F(FilesTest, CreatesParentDirectories) {
  fs::path p = dir_ / "a" / "b" / "graph.dot";
  WriteFileAtomic(p, "digraph {}");
  EXPECT_EQ(ReadFile(p), "digraph {}");
  EXPECT_EQ(Listing(dir_ / "a" / "b"), std::vector<std::string>{"graph.dot"});
}

TEST_F(FilesTest, WritesLargeContent) {
  std::string big(3 << 20, 'x');
  big.back() = 'y';
  WriteFileAtomic(dir_ / "big", big);
  EXPECT_EQ(ReadFile(dir_ / "big"), big);
}

TEST_F(FilesTest, FailsUnderARegularFile) {
  WriteFileAtomic(dir_ / "plain", "x");
  fs::path p = dir_ / "plain" / "graph.jsonld";
  try {
    WriteFileAtomic(p, "content");
    FAIL() << "no error";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::kWriteFailed);
    EXPECT_EQ(e.file(), p.string());
    EXPECT_EQ(e.message(),
              "cannot create directory " + (dir_ / "plain").string() + ": Not a directory");
  }
  EXPECT_EQ(Listing(dir_), std::vector<std::string>{"plain"});
}

TEST_F(FilesTest, FailsOnADirectoryTargetAndLeavesNoTempFile) {
  fs::create_directories(dir_ / "out" / "sub");
  fs::path p = dir_ / "out";
  try {
    WriteFileAtomic(p, "content");
    FAIL() << "no error";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::kWriteFailed);
    EXPECT_EQ(e.file(), p.string());
    EXPECT_NE(e.message().find("cannot rename"), std::string::npos) << e.message();
    EXPECT_NE(e.message().find(": Is a directory"), std::string::npos) << e.message();
  }
  EXPECT_EQ(Listing(dir_), std::vector<std::string>{"out"});
}

// A streamed file holds what the writer put, across many 64 KiB chunks; a writer that fails
// leaves the old file and no temporary file; a target that cannot be written throws.
TEST_F(FilesTest, WriteStreamAtomic) {
  const fs::path p = dir_ / "out";
  std::string want;
  for (int i = 0; i < 100000; ++i) want += "line " + std::to_string(i) + "\n";
  WriteStreamAtomic(p, [&](std::ostream& out) { out << want; });
  EXPECT_EQ(ReadFile(p), want);

  EXPECT_THROW(WriteStreamAtomic(p,
                                 [](std::ostream& out) {
                                   out << "half";
                                   throw Error(ErrorCode::kBadInput, "writer failed");
                                 }),
               Error);
  EXPECT_EQ(ReadFile(p), want);
  EXPECT_EQ(Listing(dir_), std::vector<std::string>{"out"});

  std::ofstream(dir_ / "file") << "x";
  try {
    WriteStreamAtomic(dir_ / "file" / "out", [](std::ostream& out) { out << "x"; });
    ADD_FAILURE() << "no error";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::kWriteFailed);
  }
}

TEST_F(FilesTest, ReadFileErrors) {
  struct Case {
    fs::path path;
    std::string want;
  } cases[] = {
      {dir_ / "missing", "cannot open: No such file or directory"},
      {dir_, "cannot read: Is a directory"},
  };
  for (const auto& c : cases) {
    try {
      ReadFile(c.path);
      ADD_FAILURE() << "no error for " << c.path;
    } catch (const Error& e) {
      EXPECT_EQ(e.code(), ErrorCode::kBadInput);
      EXPECT_EQ(e.file(), c.path.string());
      EXPECT_EQ(e.message(), c.want);
    }
  }
}

}  // namespace
}  // namespace ng
