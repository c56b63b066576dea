#include "core/files.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <string>
#include <system_error>

#include "core/error.h"

namespace ng {
namespace {

[[noreturn]] void ThrowWrite(const std::string& what, int errnum,
                             const std::filesystem::path& path) {
  throw Error(ErrorCode::kWriteFailed, what + ": " + std::strerror(errnum), path.string());
}

// Owns a file descriptor and the temporary path it was opened as; unless Commit() ran, the
// destructor closes the descriptor and removes the temporary file.
class TempFile {
 public:
  TempFile(int fd, std::filesystem::path path) : fd_(fd), path_(std::move(path)) {}
  TempFile(const TempFile&) = delete;
  TempFile& operator=(const TempFile&) = delete;
  ~TempFile() {
    if (fd_ >= 0) ::close(fd_);
    if (!committed_) ::unlink(path_.c_str());
  }

  int fd() const { return fd_; }
  const std::filesystem::path& path() const { return path_; }
  // Closes the descriptor, reporting the error close() may be the first to see (NFS, quotas).
  int Close() {
    int rc = ::close(fd_);
    fd_ = -1;
    return rc;
  }
  void Commit() { committed_ = true; }

 private:
  int fd_;
  std::filesystem::path path_;
  bool committed_ = false;
};

}  // namespace

void WriteFileAtomic(const std::filesystem::path& path, std::string_view content) {
  if (path.empty() || !path.has_filename())
    throw Error(ErrorCode::kWriteFailed, "not a file name", path.string());
  std::filesystem::path dir = path.parent_path();
  if (!dir.empty()) {
    std::error_code ec;
    std::filesystem::create_directories(dir, ec);
    if (ec)
      throw Error(ErrorCode::kWriteFailed,
                  "cannot create directory " + dir.string() + ": " + ec.message(), path.string());
  }

  // The pid keeps concurrent processes apart; O_EXCL and the counter keep threads (and stale
  // files of a crashed run) apart.
  int fd = -1;
  std::filesystem::path tmp;
  for (int attempt = 0; fd < 0; ++attempt) {
    tmp = path;
    tmp += ".tmp." + std::to_string(::getpid()) + "." + std::to_string(attempt);
    fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
    if (fd < 0 && (errno != EEXIST || attempt >= 100))
      ThrowWrite("cannot create temporary file " + tmp.string(), errno, path);
  }
  TempFile file(fd, tmp);

  const char* data = content.data();
  size_t left = content.size();
  while (left > 0) {
    ssize_t n = ::write(file.fd(), data, left);
    if (n < 0) {
      if (errno == EINTR) continue;
      ThrowWrite("cannot write", errno, path);
    }
    data += n;
    left -= static_cast<size_t>(n);
  }
  if (::fsync(file.fd()) != 0) ThrowWrite("cannot sync", errno, path);
  if (file.Close() != 0) ThrowWrite("cannot close", errno, path);
  if (::rename(file.path().c_str(), path.c_str()) != 0)
    ThrowWrite("cannot rename " + file.path().string() + " to the target", errno, path);
  file.Commit();

  // Makes the rename itself durable. The new file is already in place, so a directory that
  // cannot be synced (some file systems refuse) is not a write failure.
  int dir_fd = ::open(dir.empty() ? "." : dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (dir_fd >= 0) {
    ::fsync(dir_fd);
    ::close(dir_fd);
  }
}

std::string ReadFile(const std::filesystem::path& path) {
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0)
    throw Error(ErrorCode::kBadInput, std::string("cannot open: ") + std::strerror(errno),
                path.string());
  std::string out;
  char buf[1 << 16];
  for (;;) {
    ssize_t n = ::read(fd, buf, sizeof buf);
    if (n < 0) {
      if (errno == EINTR) continue;
      int err = errno;
      ::close(fd);
      throw Error(ErrorCode::kBadInput, std::string("cannot read: ") + std::strerror(err),
                  path.string());
    }
    if (n == 0) break;
    out.append(buf, static_cast<size_t>(n));
  }
  ::close(fd);
  return out;
}

}  // namespace ng
