#include "features/attachments/attachment_service.hpp"

#include <nlohmann/json.hpp>

#include "features/attachments/attachment_policy.hpp"
#include "platform/audit/audit.hpp"
#include "platform/files/image.hpp"
#include "platform/http/http.hpp"

namespace kenes::attachments {
namespace {

using appeals::AppealFacts;
using appeals::AppealService;

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

Result<Attachment> AttachmentService::Add(const Actor& actor, int64_t appeal_id,
                                          AttachmentKind kind, const std::string& original_name,
                                          const std::string& bytes) {
  if (!actor.IsAuthenticated()) return Error::Unauthenticated();
  auto deputy = appeals_->ActingDeputy(actor);
  // Check access before looking at the bytes.
  auto access = db_.Read([&](db::Tx& tx) -> Result<AppealFacts> {
    auto a = AppealService::Visible(tx, actor, appeal_id, deputy);
    if (!a) return Error::NotFound();
    if (!AttachmentPolicy::MayAttach(a->access, kind)) return Error::Denied();
    if (!AttachmentPolicy::MayAttachInStatus(a->access, a->status)) {
      Error e = Error::Of(ErrorCode::kConflict, "the appeal is no longer open");
      e.fields["status"] = std::string(appeals::StatusName(a->status));
      return e;
    }
    if (static_cast<int>(repo_.Count(tx, appeal_id)) >= kMaxAttachments) {
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
    at.id = repo_.Insert(tx, at, actor.user_id);
    AppealService::RecordEvent(tx, *access, at.created_at, actor.user_id,
                               appeals::EventKind::kAttach,
                               {{"attachment_id", at.id}, {"kind", KindName(kind)}});
    audit::Record(tx, actor, {"appeals.attachment_added", "appeal", appeal_id, "{}"}, now);
    return at;
  });
}

Result<std::vector<Attachment>> AttachmentService::List(const Actor& actor, int64_t appeal_id) {
  if (!actor.IsAuthenticated()) return Error::Unauthenticated();
  auto deputy = appeals_->ActingDeputy(actor);
  return db_.Read([&](db::Tx& tx) -> Result<std::vector<Attachment>> {
    auto a = AppealService::Visible(tx, actor, appeal_id, deputy);
    if (!a || !AttachmentPolicy::MaySee(a->access)) return Error::NotFound();
    return repo_.List(tx, appeal_id);
  });
}

Result<std::pair<Attachment, std::string>> AttachmentService::Download(const Actor& actor,
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

}  // namespace kenes::attachments
