#include <map>
#include <stdexcept>

#include "features/sittings/sitting_documents_repository.hpp"

namespace kenes::sittings {
namespace {

constexpr const char* kColumns =
    "d.id, d.sitting_id, d.agenda_item_id, d.title_kk, d.title_ru, d.language, d.position, "
    "d.created_at, d.updated_at";

SittingDocument FromRow(const db::Row& r) {
  // A language this version does not know is a row written by hand or by a newer version.
  auto language = ParseLanguage(r.Str("language"));
  if (!language)
    throw std::runtime_error("sitting document " + std::to_string(r.Int("id")) +
                             " has an unknown language");
  SittingDocument d;
  d.id = r.Int("id");
  d.sitting_id = r.Int("sitting_id");
  d.agenda_item_id = r.Int("agenda_item_id");
  d.title_kk = r.Str("title_kk");
  d.title_ru = r.Str("title_ru");
  d.language = *language;
  d.position = static_cast<int>(r.Int("position"));
  d.created_at = r.Str("created_at");
  d.updated_at = r.Str("updated_at");
  return d;
}

DocumentVersion VersionFromRow(const db::Row& r) {
  return {r.Int("id"), r.Str("stored_name"), r.Str("mime"), r.Int("size_bytes"),
          r.Str("created_at")};
}

}  // namespace

int64_t SittingDocumentsRepository::Insert(db::Tx& tx, const SittingDocument& d,
                                           const DocumentVersion& first,
                                           std::optional<int64_t> by) {
  const int64_t id =
      tx.QueryOne(
            "INSERT INTO sitting_documents (sitting_id, agenda_item_id, title_kk, title_ru, "
            "language, position, created_by, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, "
            "$6, $7, $8, $8) RETURNING id",
            {d.sitting_id, d.agenda_item_id, d.title_kk, d.title_ru, LanguageName(d.language),
             d.position, by, d.created_at})
          ->Int("id");
  AddVersion(tx, id, first, by, d.created_at);
  return id;
}

void SittingDocumentsRepository::AddVersion(db::Tx& tx, int64_t document_id,
                                            const DocumentVersion& v, std::optional<int64_t> by,
                                            const std::string& now) {
  tx.Exec(
      "INSERT INTO sitting_document_versions (document_id, stored_name, mime, size_bytes, "
      "uploaded_by, created_at) VALUES ($1, $2, $3, $4, $5, $6)",
      {document_id, v.stored_name, v.mime, v.size_bytes, by, v.created_at});
  tx.Exec("UPDATE sitting_documents SET updated_at = $2 WHERE id = $1", {document_id, now});
}

void SittingDocumentsRepository::Update(db::Tx& tx, const SittingDocument& d) {
  tx.Exec(
      "UPDATE sitting_documents SET title_kk = $2, title_ru = $3, language = $4, position = $5, "
      "updated_at = $6 WHERE id = $1",
      {d.id, d.title_kk, d.title_ru, LanguageName(d.language), d.position, d.updated_at});
}

void SittingDocumentsRepository::Remove(db::Tx& tx, int64_t document_id) {
  tx.Exec("DELETE FROM sitting_document_versions WHERE document_id = $1", {document_id});
  tx.Exec("DELETE FROM sitting_documents WHERE id = $1", {document_id});
}

std::optional<SittingDocument> SittingDocumentsRepository::Find(db::Tx& tx, int64_t document_id) {
  auto row =
      tx.QueryOne(std::string("SELECT ") + kColumns + " FROM sitting_documents d WHERE d.id = $1",
                  {document_id});
  if (!row) return std::nullopt;
  SittingDocument d = FromRow(*row);
  for (const auto& r : tx.Query("SELECT id, stored_name, mime, size_bytes, created_at FROM "
                                "sitting_document_versions WHERE document_id = $1 ORDER BY id DESC",
                                {document_id})) {
    d.versions.push_back(VersionFromRow(r));
  }
  return d;
}

std::vector<SittingDocument> SittingDocumentsRepository::OfSitting(db::Tx& tx, int64_t sitting_id) {
  std::vector<SittingDocument> out;
  std::map<int64_t, size_t> at;
  for (const auto& r : tx.Query(std::string("SELECT ") + kColumns +
                                    " FROM sitting_documents d JOIN sitting_agenda a ON a.id = "
                                    "d.agenda_item_id WHERE d.sitting_id = $1 ORDER BY "
                                    "a.position, a.id, d.position, d.id",
                                {sitting_id})) {
    at[r.Int("id")] = out.size();
    out.push_back(FromRow(r));
  }
  for (const auto& r :
       tx.Query("SELECT v.document_id, v.id, v.stored_name, v.mime, v.size_bytes, v.created_at "
                "FROM sitting_document_versions v JOIN sitting_documents d ON d.id = "
                "v.document_id WHERE d.sitting_id = $1 ORDER BY v.id DESC",
                {sitting_id})) {
    auto it = at.find(r.Int("document_id"));
    if (it != at.end()) out[it->second].versions.push_back(VersionFromRow(r));
  }
  return out;
}

int SittingDocumentsRepository::CountOfItem(db::Tx& tx, int64_t agenda_item_id) {
  return static_cast<int>(
      tx.QueryOne("SELECT COUNT(*) AS n FROM sitting_documents WHERE agenda_item_id = $1",
                  {agenda_item_id})
          ->Int("n"));
}

bool SittingDocumentsRepository::ItemOfSitting(db::Tx& tx, int64_t sitting_id,
                                               int64_t agenda_item_id) {
  return tx
      .QueryOne("SELECT id FROM sitting_agenda WHERE id = $1 AND sitting_id = $2",
                {agenda_item_id, sitting_id})
      .has_value();
}

void SittingDocumentsRepository::StoredNames(db::Tx& tx, std::unordered_set<std::string>& names) {
  for (const auto& r : tx.Query("SELECT stored_name FROM sitting_document_versions")) {
    names.insert(r.Str("stored_name"));
  }
}

}  // namespace kenes::sittings
