#include "features/appeals/appeal_attachments.hpp"

#include <nlohmann/json.hpp>

#include "features/appeals/acting_deputy.hpp"
#include "features/appeals/appeal_policy.hpp"
#include "platform/audit/audit.hpp"
#include "platform/files/image.hpp"
#include "platform/http/http.hpp"

namespace kenes::appeals {
namespace {

bool LooksLikePdf(const std::string& b) {
  return b.rfind("%PDF-", 0) == 0 &&
         b.find("%%EOF", b.size() > 1024 ? b.size() - 1024 : 0) != std::string::npos;
}

// The name shown to people: no path, no control characters, bounded.
std::string CleanName(const std::string& raw, const std::string& extension) {
  std::string name =
      raw.substr(raw.find_last_of("/\\") == std::string::npos ? 0 : raw.find_last_of("/\\") + 1);
  std::string out;
  for (unsigned char c : name) {
    if (c >= 0x20 && c != 0x7f && c != '"' && c != ';') out.push_back(static_cast<char>(c));
  }
  if (!http::IsValidUtf8(out) || out.empty()) out = "file";
  if (out.size() > 150) out = out.substr(0, 150);
  while (!out.empty() && (static_cast<unsigned char>(out.back()) & 0xC0) == 0x80) out.pop_back();
  if (out.size() < extension.size() + 1 ||
      out.compare(out.size() - extension.size() - 1, std::string::npos, "." + extension) != 0) {
    out += "." + extension;
  }
  return out;
}

}  // namespace

Result<Attachment> AppealAttachments::Add(const Actor& actor, int64_t appeal_id,
                                          const std::string& kind, const std::string& original_name,
                                          const std::string& bytes) {
  if (!actor.IsAuthenticated()) return Error::Unauthenticated();
  if (kind != "appeal" && kind != "answer") return Error::Invalid("kind", "invalid");
  auto deputy = ActingDeputyId(actor, *directory_);
  // Check access before looking at the bytes.
  auto access = db_.Read([&](db::Tx& tx) -> Result<Appeal> {
    auto a = repo_.Find(tx, appeal_id);
    if (!a) return Error::NotFound();
    Access who = AppealPolicy::AccessTo(actor, *a, deputy);
    if (who == Access::kNone) return Error::NotFound();
    if (!AppealPolicy::MayAttach(who, kind)) return Error::Denied();
    if (!AppealPolicy::MayAttachInStatus(who, a->status)) {
      Error e = Error::Of(ErrorCode::kConflict, "the appeal is no longer open");
      e.fields["status"] = std::string(StatusName(a->status));
      return e;
    }
    if (static_cast<int>(repo_.AttachmentCount(tx, appeal_id)) >= kMaxAttachments) {
      return Error::Invalid("file", "too_many");
    }
    return *a;
  });
  if (!access.ok()) return access.error();
  if (bytes.size() > kMaxAttachmentBytes) {
    Error e = Error::Of(ErrorCode::kPayloadTooLarge, "attachment too large");
    e.fields["file"] = "too_large";
    return e;
  }
  std::string stored, mime, extension;
  if (auto image = files::DetectImageType(bytes)) {
    auto clean = files::StripImageMetadata(bytes);
    if (!clean) return Error::Invalid("file", "invalid_image");
    mime = std::string(files::MimeOf(*image));
    extension = std::string(files::ExtensionOf(*image));
    stored = store_->Save(*clean, extension);
  } else if (LooksLikePdf(bytes)) {
    mime = "application/pdf";
    extension = "pdf";
    stored = store_->Save(bytes, extension);
  } else {
    return Error::Invalid("file", "unsupported_type");
  }
  const int64_t now = clock_.NowMs();
  return db_.Write([&](db::Tx& tx) -> Result<Attachment> {
    Attachment at{0,
                  appeal_id,
                  kind,
                  stored,
                  CleanName(original_name, extension),
                  mime,
                  static_cast<int64_t>(bytes.size()),
                  FormatIsoUtc(now)};
    at.id = repo_.InsertAttachment(tx, appeal_id, kind, stored, at.original_name, mime,
                                   at.size_bytes, actor.user_id, at.created_at);
    const std::string status(StatusName(access->status));
    repo_.AddEvent(tx, {0, appeal_id, at.created_at, actor.user_id, "attach", status, status, "",
                        nlohmann::json{{"attachment_id", at.id}, {"kind", kind}}.dump()});
    audit::Record(tx, actor, {"appeals.attachment_added", "appeal", appeal_id, "{}"}, now);
    return at;
  });
}

Result<std::vector<Attachment>> AppealAttachments::List(const Actor& actor, int64_t appeal_id) {
  if (!actor.IsAuthenticated()) return Error::Unauthenticated();
  auto deputy = ActingDeputyId(actor, *directory_);
  return db_.Read([&](db::Tx& tx) -> Result<std::vector<Attachment>> {
    auto a = repo_.Find(tx, appeal_id);
    if (!a || AppealPolicy::AccessTo(actor, *a, deputy) == Access::kNone) return Error::NotFound();
    std::vector<Attachment> out;
    for (const auto& r : repo_.Attachments(tx, appeal_id)) {
      out.push_back({r.id, r.appeal_id, r.kind, r.stored_name, r.original_name, r.mime,
                     r.size_bytes, r.created_at});
    }
    return out;
  });
}

Result<std::pair<Attachment, std::string>> AppealAttachments::Download(const Actor& actor,
                                                                       int64_t appeal_id,
                                                                       int64_t attachment_id) {
  auto list = List(actor, appeal_id);
  if (!list.ok()) return list.error();
  for (const auto& at : *list) {
    if (at.id != attachment_id) continue;
    auto bytes = store_->Read(at.stored_name);
    if (!bytes) return Error::NotFound();
    db_.RunInTx(db::TxMode::kWrite, [&](db::Tx& tx) {
      audit::Record(tx, actor, {"appeals.attachment_downloaded", "appeal", appeal_id, "{}"},
                    clock_.NowMs());
      return true;
    });
    return std::make_pair(at, std::move(*bytes));
  }
  return Error::NotFound();
}

}  // namespace kenes::appeals
