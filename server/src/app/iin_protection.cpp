#include "app/iin_protection.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <cctype>
#include <filesystem>
#include <fstream>
#include <stdexcept>

#include "features/appeals/appeal_service.hpp"
#include "features/identity/identity_service.hpp"
#include "platform/crypto/crypto.hpp"
#include "platform/crypto/field_cipher.hpp"
#include "platform/crypto/stored_iins.hpp"
#include "platform/log/log.hpp"

namespace kenes {
namespace {

std::string ToLower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

std::string ReadKeyFile(const std::filesystem::path& path) {
  std::ifstream in(path);
  std::string key;
  std::getline(in, key);
  return key;
}

// Made under a temporary name and linked into place, so that two processes starting at once (a
// test run) both end with the one key that won.
std::string LoadOrCreateDevKey(const std::filesystem::path& path) {
  if (std::filesystem::exists(path)) return ReadKeyFile(path);
  std::filesystem::create_directories(path.parent_path());
  const std::filesystem::path tmp = path.string() + "." + crypto::RandomToken(6) + ".tmp";
  const int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_EXCL, 0600);
  if (fd < 0) throw std::runtime_error("cannot create the development key " + tmp.string());
  const std::string key = crypto::RandomToken(32) + "\n";
  const bool written = ::write(fd, key.data(), key.size()) == static_cast<ssize_t>(key.size());
  ::close(fd);
  const bool linked = written && ::link(tmp.c_str(), path.c_str()) == 0;
  std::filesystem::remove(tmp);
  if (!linked && !std::filesystem::exists(path)) {
    throw std::runtime_error("cannot create the development key " + path.string());
  }
  return ReadKeyFile(path);
}

}  // namespace

std::string ResolveIinKey(const Config& config) {
  if (!config.privacy.iin_key.empty()) return config.privacy.iin_key;
  const auto path = std::filesystem::path(config.files.dir) / "iin.key";
  log::Warn(
      "privacy.iin_key is not set: IINs are encrypted with a development key kept beside "
      "the data; set the key in production (docs/adr/0018-iin-encryption.md)",
      {{"file", path.string()}});
  return LoadOrCreateDevKey(path);
}

std::string ResolveUnsubscribeKey(const Config& config) {
  if (!config.subscriptions.unsubscribe_key.empty()) return config.subscriptions.unsubscribe_key;
  const auto path = std::filesystem::path(config.files.dir) / "unsubscribe.key";
  log::Warn(
      "subscriptions.unsubscribe_key is not set: unsubscribe links are signed with a development "
      "key kept beside the data; set the key in production (docs/informing.md)",
      {{"file", path.string()}});
  return LoadOrCreateDevKey(path);
}

namespace {

std::shared_ptr<const crypto::FieldCipher> ConfiguredCipher(const Config& config) {
  auto cipher = crypto::FieldCipher::FromHex(ResolveIinKey(config));
  if (!cipher.ok()) throw std::runtime_error(cipher.error().message);
  return std::make_shared<const crypto::FieldCipher>(std::move(cipher.value()));
}

}  // namespace

IinRotation RotateIinKey(const Config& config, db::Database& db, const std::string& new_key_file) {
  if (!std::filesystem::exists(new_key_file)) {
    throw std::runtime_error("the new key file " + new_key_file + " does not exist");
  }
  std::string next_hex = ReadKeyFile(new_key_file);
  while (!next_hex.empty() && std::isspace(static_cast<unsigned char>(next_hex.back()))) {
    next_hex.pop_back();
  }
  auto next = crypto::FieldCipher::FromHex(next_hex);
  if (!next.ok()) throw std::runtime_error("the new key file: " + next.error().message);
  const std::string current_hex = ResolveIinKey(config);
  if (ToLower(current_hex) == ToLower(next_hex)) {
    throw std::runtime_error(
        "the new key is the key already configured; make a new one with "
        "`openssl rand -hex 32`");
  }
  auto previous = ConfiguredCipher(config);
  IinRotation out;
  for (const auto& column : {identity::UserIinColumn(), appeals::ApplicantIinColumn()}) {
    const crypto::RotationCount n = crypto::RotateIins(db, *previous, *next, column);
    out.resealed += n.resealed;
    out.already += n.already;
  }
  log::Info("stored IINs re-sealed with the new key",
            {{"resealed", out.resealed}, {"already", out.already}});
  return out;
}

void InstallIinCipher(const Config& config) { crypto::SetIinCipher(ConfiguredCipher(config)); }

void ProtectIins(const Config& config, db::Database& db) {
  auto cipher = ConfiguredCipher(config);
  const crypto::IinColumn columns[] = {identity::UserIinColumn(), appeals::ApplicantIinColumn()};
  for (const auto& column : columns) crypto::CheckIinKey(db, *cipher, column);
  int64_t sealed = 0;
  for (const auto& column : columns) sealed += crypto::SealClearIins(db, *cipher, column);
  if (sealed > 0) log::Info("stored IINs encrypted", {{"rows", sealed}});
  crypto::SetIinCipher(std::move(cipher));
}

}  // namespace kenes
