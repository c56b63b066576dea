#include "core/shared_text.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <sstream>
#include <string>
#include <thread>
#include <utility>
#include <vector>

namespace ng {
namespace {

TEST(SharedTextTest, HoldsTheTextItWasGiven) {
  struct Case {
    std::string_view in;
  } cases[] = {{""}, {"a"}, {"Putin met Erdoğan in Sochi."}, {std::string_view("a\0b", 3)}};
  for (const auto& c : cases) {
    SharedText t{c.in};
    EXPECT_EQ(t.view(), c.in);
    EXPECT_EQ(t.str(), std::string(c.in));
    EXPECT_EQ(t.size(), c.in.size());
    EXPECT_EQ(t.empty(), c.in.empty());
  }
  EXPECT_EQ(SharedText().view(), "");
}

TEST(SharedTextTest, CopiesShareOneBufferAndOutliveTheOriginal) {
  std::vector<SharedText> copies;
  {
    SharedText original("the sentence");
    for (int i = 0; i < 3; ++i) copies.push_back(original);
    EXPECT_TRUE(copies[0].SharesBufferWith(original));
    EXPECT_TRUE(copies[2].SharesBufferWith(copies[1]));
  }
  for (const SharedText& c : copies) EXPECT_EQ(c.view(), "the sentence");
  SharedText moved = std::move(copies[0]);
  EXPECT_EQ(moved.view(), "the sentence");
  EXPECT_TRUE(moved.SharesBufferWith(copies[1]));
  moved = copies[2];  // assigning a copy of the same buffer
  EXPECT_EQ(moved.view(), "the sentence");
  moved = "other";
  EXPECT_EQ(moved.view(), "other");
  EXPECT_EQ(copies[1].view(), "the sentence");
}

TEST(SharedTextTest, ComparesByContentNotByBuffer) {
  SharedText a("abc"), b(std::string("abc")), c("abd");
  EXPECT_FALSE(a.SharesBufferWith(b));
  EXPECT_EQ(a, b);
  EXPECT_NE(a, c);
  EXPECT_LT(a, c);
  EXPECT_LT(SharedText(), a);  // the empty text first, as std::string orders it
  std::vector<SharedText> v = {"b", "", "ab", "a"};
  std::sort(v.begin(), v.end());
  EXPECT_EQ(v, (std::vector<SharedText>{"", "a", "ab", "b"}));
  std::ostringstream out;
  out << a;
  EXPECT_EQ(out.str(), "abc");
  // With plain text on either side (ambiguous for clang before there were exact overloads).
  const std::string_view abc = "abc";
  EXPECT_TRUE(abc == a);
  EXPECT_TRUE(a == abc);
  EXPECT_TRUE(a == "abc");
  EXPECT_TRUE("abd" != a);
}

TEST(SharedTextTest, OrdersAgainstPlainText) {
  const SharedText b("b");
  EXPECT_TRUE(b < std::string_view("c"));
  EXPECT_TRUE(std::string("a") < b);
  EXPECT_TRUE(b == std::string("b"));
  EXPECT_TRUE(b >= "b");
  EXPECT_TRUE(SharedText() < std::string_view("a"));
}

TEST(TextInternerTest, EqualTextsShareOneBuffer) {
  TextInterner interner;
  const SharedText a = interner.InternView("country/ru");
  const SharedText b = interner.Intern(SharedText("country/ru"));
  const SharedText c = interner.InternView(std::string("country/am"));
  EXPECT_TRUE(a.SharesBufferWith(b));
  EXPECT_FALSE(a.SharesBufferWith(c));
  EXPECT_EQ(b.view(), "country/ru");
  EXPECT_EQ(c.view(), "country/am");
  EXPECT_EQ(interner.size(), 2u);
  // A new text given as a SharedText becomes the table's copy: no second buffer.
  const SharedText d("person/x");
  EXPECT_TRUE(interner.Intern(d).SharesBufferWith(d));
  // The empty text is never stored.
  EXPECT_TRUE(interner.InternView("").empty());
  EXPECT_EQ(interner.size(), 3u);
  interner.clear();
  EXPECT_EQ(a.view(), "country/ru");  // copies outlive the table
}

// Copies made and dropped on several threads at once: the count stays right (ASan/TSan builds
// would report a double free or a leak otherwise) and the text stays intact.
TEST(SharedTextTest, CopiesOnManyThreads) {
  const SharedText text("shared across threads");
  std::vector<std::jthread> pool;
  for (int t = 0; t < 4; ++t)
    pool.emplace_back([&text] {
      for (int i = 0; i < 10000; ++i) {
        SharedText copy = text;
        ASSERT_EQ(copy.size(), text.size());
      }
    });
  pool.clear();
  EXPECT_EQ(text.view(), "shared across threads");
}

}  // namespace
}  // namespace ng
