#include "core/shared_text.h"

#include <cstring>
#include <new>
#include <ostream>
#include <stdexcept>

#include "core/text_spill.h"

namespace ng {

SharedText::SharedText(std::string_view text) {
  if (text.empty()) return;
  void* block = ::operator new(sizeof(Rep) + text.size());
  Rep* r = new (block) Rep{1, text.size()};
  std::memcpy(reinterpret_cast<char*>(r + 1), text.data(), text.size());
  bits_ = reinterpret_cast<uintptr_t>(r);
}

void SharedText::Release() {
  Rep* r = rep();
  if (r && r->refs.fetch_sub(1, std::memory_order_acq_rel) == 1) {
    r->~Rep();
    ::operator delete(r);
  }
  bits_ = 0;
}

size_t SharedText::size() const {
  if (spilled()) return (bits_ >> kSizeShift) & ((uintptr_t{1} << kSizeBits) - 1);
  const Rep* r = rep();
  return r ? r->size : 0;
}

std::string_view SharedText::Read(std::string& buf) const {
  if (!spilled()) return view();
  buf.resize(size());
  TextSpill::Read(static_cast<unsigned>((bits_ >> kSlotShift) & ((1u << kSlotBits) - 1)),
                  bits_ >> kOffsetShift, buf);
  return buf;
}

std::string SharedText::str() const {
  std::string buf;
  std::string_view text = Read(buf);
  return spilled() ? buf : std::string(text);
}

void SharedText::ThrowSpilled() {
  throw std::logic_error("SharedText::view() of a spilled text (read it with Read)");
}

std::strong_ordering SharedText::Compare(const SharedText& a, std::string_view b) {
  std::string buf;
  return a.Read(buf) <=> b;
}

std::strong_ordering SharedText::Compare(const SharedText& a, const SharedText& b) {
  std::string buf;
  return Compare(a, b.Read(buf));
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

std::ostream& operator<<(std::ostream& out, const SharedText& t) {
  std::string buf;
  return out << t.Read(buf);
}

}  // namespace ng
