#include "core/shared_text.h"

#include <cstring>
#include <new>
#include <ostream>

namespace ng {

SharedText::SharedText(std::string_view text) {
  if (text.empty()) return;
  void* block = ::operator new(sizeof(Rep) + text.size());
  rep_ = new (block) Rep{1, text.size()};
  std::memcpy(reinterpret_cast<char*>(rep_ + 1), text.data(), text.size());
}

void SharedText::Release() {
  if (rep_ && rep_->refs.fetch_sub(1, std::memory_order_acq_rel) == 1) {
    rep_->~Rep();
    ::operator delete(rep_);
  }
  rep_ = nullptr;
}

SharedText TextInterner::InternView(std::string_view text) {
  if (text.empty()) return {};
  auto it = table_.find(text);
  if (it == table_.end()) it = table_.insert(SharedText(text)).first;
  return *it;
}

SharedText TextInterner::Intern(SharedText text) {
  if (text.empty()) return {};
  auto it = table_.find(text.view());
  if (it == table_.end()) it = table_.insert(std::move(text)).first;
  return *it;
}

std::ostream& operator<<(std::ostream& out, const SharedText& t) { return out << t.view(); }

}  // namespace ng
