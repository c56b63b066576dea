#include "core/text_spill.h"

#include <fcntl.h>
#include <unistd.h>

#include <array>
#include <cerrno>
#include <cstdlib>
#include <cstring>

#include "core/error.h"

namespace ng {
namespace {

constexpr size_t kPendingMax = size_t{1} << 20;

// The TextSpills alive, by slot; a spilled SharedText finds its file here.
std::mutex spills_mutex;
std::array<TextSpill*, TextSpill::kMaxSpills> spills{};

std::string Reason(const char* what) { return std::string(what) + ": " + std::strerror(errno); }

}  // namespace

TextSpill::TextSpill(const std::filesystem::path& dir) : dir_(dir) {
  std::error_code ec;
  std::filesystem::create_directories(dir_, ec);
  if (ec)
    throw Error(ErrorCode::kWriteFailed,
                "cannot create the directory for the temporary file: " + ec.message(),
                dir_.string());
  fd_ = ::open(dir_.c_str(), O_TMPFILE | O_RDWR | O_CLOEXEC, 0600);
  if (fd_ < 0 && (errno == EOPNOTSUPP || errno == EISDIR || errno == EINVAL)) {
    // No O_TMPFILE on this file system: a unique name, removed at once.
    std::string name = (dir_ / ".newsgraph-spill-XXXXXX").string();
    fd_ = ::mkostemp(name.data(), O_CLOEXEC);
    if (fd_ >= 0) ::unlink(name.c_str());
  }
  if (fd_ < 0)
    throw Error(ErrorCode::kWriteFailed, Reason("cannot create a temporary file"), dir_.string());
  std::lock_guard<std::mutex> hold(spills_mutex);
  for (slot_ = 0; slot_ < kMaxSpills && spills[slot_]; ++slot_) {
  }
  if (slot_ == kMaxSpills) {
    ::close(fd_);
    throw Error(ErrorCode::kWriteFailed, "too many temporary spill files at once", dir_.string());
  }
  spills[slot_] = this;
}

TextSpill::~TextSpill() {
  {
    std::lock_guard<std::mutex> hold(spills_mutex);
    spills[slot_] = nullptr;
  }
  ::close(fd_);
}

SharedText TextSpill::Spill(const SharedText& text) {
  using S = SharedText;
  if (text.empty() || text.spilled() || text.size() >= (uintptr_t{1} << S::kSizeBits)) return text;
  std::lock_guard<std::mutex> hold(mutex_);
  const uint64_t offset = written_ + pending_.size();
  if (offset + text.size() > (uint64_t{1} << S::kOffsetBits)) return text;
  pending_ += text.view();
  if (pending_.size() >= kPendingMax) Flush();
  return S::FromBits(S::kSpilledTag | (uintptr_t{slot_} << S::kSlotShift) |
                     (uintptr_t{text.size()} << S::kSizeShift) |
                     (uintptr_t{offset} << S::kOffsetShift));
}

uint64_t TextSpill::bytes() const {
  std::lock_guard<std::mutex> hold(mutex_);
  return written_ + pending_.size();
}

void TextSpill::Flush() {
  size_t done = 0;
  while (done < pending_.size()) {
    ssize_t n = ::write(fd_, pending_.data() + done, pending_.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0)
      throw Error(ErrorCode::kWriteFailed, Reason("cannot write the temporary file"),
                  dir_.string());
    done += static_cast<size_t>(n);
  }
  written_ += pending_.size();
  pending_.clear();
}

void TextSpill::Read(unsigned slot, uint64_t offset, std::string& out) {
  TextSpill* spill = nullptr;
  {
    std::lock_guard<std::mutex> hold(spills_mutex);
    if (slot < kMaxSpills) spill = spills[slot];
  }
  if (!spill) throw Error(ErrorCode::kBadInput, "a spilled text outlived its temporary file");
  spill->ReadAt(offset, out);
}

void TextSpill::ReadAt(uint64_t offset, std::string& out) {
  std::lock_guard<std::mutex> hold(mutex_);
  if (offset >= written_) {  // still in memory
    std::memcpy(out.data(), pending_.data() + (offset - written_), out.size());
    return;
  }
  if (offset + out.size() > written_) Flush();
  size_t done = 0;
  while (done < out.size()) {
    ssize_t n =
        ::pread(fd_, out.data() + done, out.size() - done, static_cast<off_t>(offset + done));
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0)
      throw Error(ErrorCode::kBadInput, Reason("cannot read the temporary file"), dir_.string());
    done += static_cast<size_t>(n);
  }
}

}  // namespace ng
