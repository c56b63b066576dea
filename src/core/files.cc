#include "core/files.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <exception>
#include <ostream>
#include <streambuf>
#include <string>
#include <system_error>
#include <vector>

#include "core/error.h"

namespace ng {
namespace {

[[noreturn]] void ThrowWrite(const std::string& what, int errnum,
                             const std::filesystem::path& path) {
  throw Error(ErrorCode::kWriteFailed, what + ": " + std::strerror(errnum), path.string());
}

}  // namespace

AtomicFile::AtomicFile(std::filesystem::path path) : target_(std::move(path)) {
  if (target_.empty() || !target_.has_filename())
    throw Error(ErrorCode::kWriteFailed, "not a file name", target_.string());
  std::filesystem::path dir = target_.parent_path();
  if (!dir.empty()) {
    std::error_code ec;
    std::filesystem::create_directories(dir, ec);
    if (ec)
      throw Error(ErrorCode::kWriteFailed,
                  "cannot create directory " + dir.string() + ": " + ec.message(),
                  target_.string());
  }
  // The pid keeps concurrent processes apart; O_EXCL and the counter keep threads (and stale
  // files of a crashed run) apart.
  for (int attempt = 0; fd_ < 0; ++attempt) {
    temp_ = target_;
    temp_ += ".tmp." + std::to_string(::getpid()) + "." + std::to_string(attempt);
    fd_ = ::open(temp_.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
    if (fd_ < 0 && (errno != EEXIST || attempt >= 100))
      ThrowWrite("cannot create temporary file " + temp_.string(), errno, target_);
  }
}

AtomicFile::~AtomicFile() {
  if (fd_ >= 0) ::close(fd_);
  if (!committed_) ::unlink(temp_.c_str());
}

void AtomicFile::Append(std::string_view content) {
  const char* data = content.data();
  size_t left = content.size();
  while (left > 0) {
    ssize_t n = ::write(fd_, data, left);
    if (n < 0) {
      if (errno == EINTR) continue;
      ThrowWrite("cannot write", errno, target_);
    }
    data += n;
    left -= static_cast<size_t>(n);
  }
}

void AtomicFile::Commit() {
  if (::fsync(fd_) != 0) ThrowWrite("cannot sync", errno, target_);
  // close() may be the first to report an error (NFS, quotas).
  int rc = ::close(fd_);
  fd_ = -1;
  if (rc != 0) ThrowWrite("cannot close", errno, target_);
  if (::rename(temp_.c_str(), target_.c_str()) != 0)
    ThrowWrite("cannot rename " + temp_.string() + " to the target", errno, target_);
  committed_ = true;

  // Makes the rename itself durable. The new file is already in place, so a directory that
  // cannot be synced (some file systems refuse) is not a write failure.
  std::filesystem::path dir = target_.parent_path();
  int dir_fd = ::open(dir.empty() ? "." : dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (dir_fd >= 0) {
    ::fsync(dir_fd);
    ::close(dir_fd);
  }
}

void WriteFileAtomic(const std::filesystem::path& path, std::string_view content) {
  AtomicFile file(path);
  file.Append(content);
  file.Commit();
}

namespace {

// A stream buffer that hands its bytes to an AtomicFile in chunks. The file's exception is kept
// and the write reported failed, because std::ostream swallows what its buffer throws.
class AtomicFileBuf : public std::streambuf {
 public:
  explicit AtomicFileBuf(AtomicFile& file) : file_(file), buf_(size_t{1} << 16) {
    setp(buf_.data(), buf_.data() + buf_.size());
  }
  // Writes what is buffered; rethrows the file's error, if any.
  void Finish() {
    if (!error_) Drain();
    if (error_) std::rethrow_exception(error_);
  }

 protected:
  int_type overflow(int_type c) override {
    if (!Drain()) return traits_type::eof();
    if (!traits_type::eq_int_type(c, traits_type::eof())) {
      *pptr() = traits_type::to_char_type(c);
      pbump(1);
    }
    return traits_type::not_eof(c);
  }
  int sync() override { return Drain() ? 0 : -1; }

 private:
  bool Drain() {
    if (error_) return false;
    try {
      file_.Append(std::string_view(pbase(), static_cast<size_t>(pptr() - pbase())));
    } catch (...) {
      error_ = std::current_exception();
      return false;
    }
    setp(buf_.data(), buf_.data() + buf_.size());
    return true;
  }

  AtomicFile& file_;
  std::vector<char> buf_;
  std::exception_ptr error_;
};

}  // namespace

void WriteStreamAtomic(const std::filesystem::path& path,
                       const std::function<void(std::ostream&)>& write) {
  AtomicFile file(path);
  AtomicFileBuf buf(file);
  std::ostream out(&buf);
  write(out);
  out.flush();
  buf.Finish();
  if (!out) throw Error(ErrorCode::kWriteFailed, "cannot write", path.string());
  file.Commit();
}

FileBlocks::FileBlocks(const std::filesystem::path& path) : path_(path) {
  fd_ = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd_ < 0)
    throw Error(ErrorCode::kBadInput, std::string("cannot open: ") + std::strerror(errno),
                path.string());
}

FileBlocks::~FileBlocks() { ::close(fd_); }

std::string_view FileBlocks::Next() {
  for (;;) {
    const ssize_t n = ::read(fd_, buffer_.data(), buffer_.size());
    if (n >= 0) return {buffer_.data(), static_cast<size_t>(n)};
    if (errno != EINTR)
      throw Error(ErrorCode::kBadInput, std::string("cannot read: ") + std::strerror(errno),
                  path_.string());
  }
}

std::string ReadFile(const std::filesystem::path& path) {
  FileBlocks file(path);
  std::string out;
  for (std::string_view block = file.Next(); !block.empty(); block = file.Next()) out.append(block);
  return out;
}

std::filesystem::path TemporaryFolder() {
  std::error_code error;
  std::filesystem::path folder = std::filesystem::temp_directory_path(error);
  if (error)
    throw Error(ErrorCode::kWriteFailed,
                "no folder for temporary files ($TMPDIR): " + error.message());
  return folder;
}

}  // namespace ng
