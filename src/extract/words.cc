#include "extract/words.h"

namespace ng::extract {

std::string Lower(std::string_view w) {
  std::string out(w);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

bool Is(std::string_view w, std::initializer_list<std::string_view> words) {
  const std::string l = Lower(w);
  for (std::string_view x : words)
    if (l == x) return true;
  return false;
}

bool IsPossessive(std::string_view w) {
  return w == "'s" || w == "\u2019s" || w == "'" || w == "\u2019";
}

}  // namespace ng::extract
