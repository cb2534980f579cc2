#include "features/sittings/sitting_documents_service.hpp"

#include <map>

#include "features/sittings/sittings_policy.hpp"
#include "platform/audit/audit.hpp"
#include "platform/files/document_type.hpp"

namespace kenes::sittings {
namespace {

bool Blank(const std::string& s) { return s.find_first_not_of(" \t\r\n") == std::string::npos; }

// The titles and language of a new document are required; a change may leave any out, but not
// blank one.
void Check(const DocumentInput& in, bool creating, std::map<std::string, std::string>& bad) {
  for (auto [name, value] : {std::pair{"title_kk", &in.title_kk}, {"title_ru", &in.title_ru}}) {
    if (value->has_value() ? Blank(**value) : creating) bad[name] = "required";
  }
  if (creating && !in.language) bad["language"] = "required";
}

std::string AuditDetails(int64_t document_id, std::optional<int64_t> version_id = std::nullopt) {
  std::string out = "{\"document_id\":" + std::to_string(document_id);
  if (version_id) out += ",\"version_id\":" + std::to_string(*version_id);
  return out + "}";
}

}  // namespace

Result<SittingDocuments> SittingDocumentsService::List(const Actor& actor, int64_t sitting_id) {
  return db_.Read([&](db::Tx& tx) -> Result<SittingDocuments> {
    auto s = sittings_.Find(tx, sitting_id);
    if (!s) return Error::NotFound();
    if (!SittingsPolicy::MayReadDocuments(actor, s->maslikhat_id, s->closed))
      return SittingDocuments{.hidden = true};
    return SittingDocuments{.hidden = false, .items = repo_.OfSitting(tx, sitting_id)};
  });
}

Result<DocumentVersion> SittingDocumentsService::Stored(const std::string& bytes, int64_t now) {
  if (bytes.size() > kMaxDocumentBytes) return Error::Invalid("file", "too_large");
  auto type = files::DetectDocumentType(bytes);
  if (!type) return Error::Invalid("file", "unsupported_type");
  DocumentVersion v;
  v.mime = std::string(files::MimeOf(*type));
  v.size_bytes = static_cast<int64_t>(bytes.size());
  v.created_at = FormatIsoUtc(now);
  v.stored_name = store_->Save(bytes, files::ExtensionOf(*type));
  return v;
}

Result<SittingDocument> SittingDocumentsService::Add(const Actor& actor, int64_t sitting_id,
                                                     int64_t agenda_item_id,
                                                     const DocumentInput& in,
                                                     const std::string& bytes) {
  if (!actor.IsAuthenticated()) return Error::Unauthenticated();
  // Who and where are checked before the bytes are looked at, and again in the transaction.
  auto allowed = [&](db::Tx& tx) -> Status {
    auto s = sittings_.Find(tx, sitting_id);
    if (!s) return Error::NotFound();
    if (!SittingsPolicy::MayEdit(actor, s->maslikhat_id)) return Error::Denied();
    if (!repo_.ItemOfSitting(tx, sitting_id, agenda_item_id)) return Error::NotFound();
    if (repo_.CountOfItem(tx, agenda_item_id) >= kMaxDocumentsPerItem)
      return Error::Invalid("file", "too_many");
    return Ok();
  };
  if (auto ok = db_.Read(allowed); !ok.ok()) return ok.error();
  std::map<std::string, std::string> bad;
  Check(in, true, bad);
  if (!bad.empty()) return Error::InvalidFields(std::move(bad));
  const int64_t now = clock_.NowMs();
  auto version = Stored(bytes, now);
  if (!version.ok()) return version.error();
  return db_.Write([&](db::Tx& tx) -> Result<SittingDocument> {
    if (auto ok = allowed(tx); !ok.ok()) return ok.error();
    SittingDocument d;
    d.sitting_id = sitting_id;
    d.agenda_item_id = agenda_item_id;
    d.title_kk = *in.title_kk;
    d.title_ru = *in.title_ru;
    d.language = *in.language;
    d.position = in.position.value_or(repo_.CountOfItem(tx, agenda_item_id) + 1);
    d.created_at = d.updated_at = version->created_at;
    d.id = repo_.Insert(tx, d, *version, actor.user_id);
    audit::Record(tx, actor, {"sitting.document_add", "sitting", sitting_id, AuditDetails(d.id)},
                  now);
    return *repo_.Find(tx, d.id);
  });
}

Result<SittingDocumentsService::Found> SittingDocumentsService::Editable(db::Tx& tx,
                                                                         const Actor& actor,
                                                                         int64_t document_id) {
  auto d = repo_.Find(tx, document_id);
  if (!d) return Error::NotFound();
  auto s = sittings_.Find(tx, d->sitting_id);
  if (!s) return Error::NotFound();
  if (!SittingsPolicy::MayEdit(actor, s->maslikhat_id)) return Error::Denied();
  return Found{std::move(*d), std::move(*s)};
}

Result<SittingDocument> SittingDocumentsService::Replace(const Actor& actor, int64_t document_id,
                                                         const std::string& bytes) {
  if (!actor.IsAuthenticated()) return Error::Unauthenticated();
  auto allowed = [&](db::Tx& tx) -> Status {
    auto found = Editable(tx, actor, document_id);
    if (!found.ok()) return found.error();
    if (static_cast<int>(found->document.versions.size()) >= kMaxVersions)
      return Error::Invalid("file", "too_many");
    return Ok();
  };
  if (auto ok = db_.Read(allowed); !ok.ok()) return ok.error();
  const int64_t now = clock_.NowMs();
  auto version = Stored(bytes, now);
  if (!version.ok()) return version.error();
  return db_.Write([&](db::Tx& tx) -> Result<SittingDocument> {
    auto found = Editable(tx, actor, document_id);
    if (!found.ok()) return found.error();
    repo_.AddVersion(tx, document_id, *version, actor.user_id, version->created_at);
    auto d = *repo_.Find(tx, document_id);
    audit::Record(tx, actor,
                  {"sitting.document_version", "sitting", d.sitting_id,
                   AuditDetails(document_id, d.versions.front().id)},
                  now);
    return d;
  });
}

Result<SittingDocument> SittingDocumentsService::Update(const Actor& actor, int64_t document_id,
                                                        const DocumentInput& in) {
  if (!actor.IsAuthenticated()) return Error::Unauthenticated();
  const int64_t now = clock_.NowMs();
  return db_.Write([&](db::Tx& tx) -> Result<SittingDocument> {
    auto found = Editable(tx, actor, document_id);
    if (!found.ok()) return found.error();
    std::map<std::string, std::string> bad;
    Check(in, false, bad);
    if (!bad.empty()) return Error::InvalidFields(std::move(bad));
    SittingDocument d = std::move(found->document);
    if (in.title_kk) d.title_kk = *in.title_kk;
    if (in.title_ru) d.title_ru = *in.title_ru;
    if (in.language) d.language = *in.language;
    if (in.position) d.position = *in.position;
    d.updated_at = FormatIsoUtc(now);
    repo_.Update(tx, d);
    audit::Record(tx, actor,
                  {"sitting.document_update", "sitting", d.sitting_id, AuditDetails(d.id)}, now);
    return *repo_.Find(tx, document_id);
  });
}

Status SittingDocumentsService::Remove(const Actor& actor, int64_t document_id) {
  if (!actor.IsAuthenticated()) return Error::Unauthenticated();
  const int64_t now = clock_.NowMs();
  return db_.Write([&](db::Tx& tx) -> Status {
    auto found = Editable(tx, actor, document_id);
    if (!found.ok()) return found.error();
    repo_.Remove(tx, document_id);
    audit::Record(
        tx, actor,
        {"sitting.document_remove", "sitting", found->sitting.id, AuditDetails(document_id)}, now);
    return Ok();
  });
}

Result<DocumentFile> SittingDocumentsService::Download(const Actor& actor, int64_t document_id,
                                                       int64_t version_id) {
  auto file = db_.Read([&](db::Tx& tx) -> Result<DocumentFile> {
    auto d = repo_.Find(tx, document_id);
    if (!d) return Error::NotFound();
    auto s = sittings_.Find(tx, d->sitting_id);
    if (!s || !SittingsPolicy::MayReadDocuments(actor, s->maslikhat_id, s->closed))
      return Error::NotFound();
    for (const auto& v : d->versions) {
      if (v.id == version_id) return DocumentFile{*d, v, {}, !s->closed};
    }
    return Error::NotFound();
  });
  if (!file.ok()) return file;
  auto bytes = store_->Read(file->version.stored_name);
  if (!bytes) return Error::NotFound();
  file->bytes = std::move(*bytes);
  return file;
}

}  // namespace kenes::sittings
