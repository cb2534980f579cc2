#include "features/catalog/catalog_service.hpp"

#include "core/roles.hpp"
#include "features/catalog/catalog_policy.hpp"
#include "features/catalog/catalog_repository.hpp"
#include "platform/audit/audit.hpp"

namespace kenes::catalog {

// The audit actions keep the names they had when these use cases lived in appeals: the audit
// log is read across years, and one event should not have two names.

Result<std::vector<Category>> CatalogService::Categories() {
  return db_.Read([&](db::Tx& tx) -> Result<std::vector<Category>> {
    return CatalogRepository().Categories(tx);
  });
}

Result<std::vector<Category>> CatalogService::SetCategories(const Actor& actor,
                                                            std::vector<Category> list) {
  if (!actor.IsAuthenticated()) return Error::Unauthenticated();
  if (!CatalogPolicy::MaySetCategories(actor)) return Error::Denied();
  if (auto f = CategoryProblems(list); !f.empty()) return Error::InvalidFields(std::move(f));
  return db_.Write([&](db::Tx& tx) -> Result<std::vector<Category>> {
    CatalogRepository repo;
    repo.ReplaceCategories(tx, list);
    audit::Record(tx, actor, {"appeals.categories_set", "appeal_categories", std::nullopt, "{}"},
                  clock_.NowMs());
    return list;
  });
}

std::vector<Category> CatalogService::CategoriesIn(db::Tx& tx) {
  return CatalogRepository().Categories(tx);
}

bool CatalogService::IsCategory(db::Tx& tx, const std::string& key) {
  return CatalogRepository().HasCategory(tx, key);
}

Result<std::vector<AnswerTemplate>> CatalogService::Templates(const Actor& actor,
                                                              int64_t maslikhat_id) {
  if (!actor.IsAuthenticated()) return Error::Unauthenticated();
  std::optional<int64_t> deputy_maslikhat;
  if (roles::ActsAsDeputy(actor)) {
    if (auto d = directory_->DeputyOfUser(*actor.user_id)) deputy_maslikhat = d->maslikhat_id;
  }
  if (!CatalogPolicy::MayReadTemplates(actor, maslikhat_id, deputy_maslikhat)) {
    return Error::NotFound();
  }
  return db_.Read([&](db::Tx& tx) -> Result<std::vector<AnswerTemplate>> {
    return CatalogRepository().Templates(tx, maslikhat_id);
  });
}

Result<AnswerTemplate> CatalogService::AddTemplate(const Actor& actor, AnswerTemplate t) {
  if (!actor.IsAuthenticated()) return Error::Unauthenticated();
  if (!CatalogPolicy::MayManageTemplates(actor, t.maslikhat_id)) return Error::NotFound();
  if (auto f = TemplateProblems(t); !f.empty()) return Error::InvalidFields(std::move(f));
  const int64_t now = clock_.NowMs();
  return db_.Write([&](db::Tx& tx) -> Result<AnswerTemplate> {
    t.created_at = FormatIsoUtc(now);
    t.id = CatalogRepository().InsertTemplate(tx, t);
    audit::Record(tx, actor, {"appeals.template_added", "answer_template", t.id, "{}"}, now);
    return t;
  });
}

Result<AnswerTemplate> CatalogService::UpdateTemplate(const Actor& actor, AnswerTemplate t) {
  if (!actor.IsAuthenticated()) return Error::Unauthenticated();
  if (!CatalogPolicy::MayManageTemplates(actor, t.maslikhat_id)) return Error::NotFound();
  if (auto f = TemplateProblems(t); !f.empty()) return Error::InvalidFields(std::move(f));
  const int64_t now = clock_.NowMs();
  return db_.Write([&](db::Tx& tx) -> Result<AnswerTemplate> {
    auto saved = CatalogRepository().UpdateTemplate(tx, t);
    if (!saved) return Error::NotFound();
    audit::Record(tx, actor, {"appeals.template_changed", "answer_template", t.id, "{}"}, now);
    return *saved;
  });
}

Status CatalogService::DeleteTemplate(const Actor& actor, int64_t maslikhat_id, int64_t id) {
  if (!actor.IsAuthenticated()) return Error::Unauthenticated();
  if (!CatalogPolicy::MayManageTemplates(actor, maslikhat_id)) return Error::NotFound();
  return db_.Write([&](db::Tx& tx) -> Status {
    if (!CatalogRepository().DeleteTemplate(tx, maslikhat_id, id)) return Error::NotFound();
    audit::Record(tx, actor, {"appeals.template_deleted", "answer_template", id, "{}"},
                  clock_.NowMs());
    return Ok();
  });
}

}  // namespace kenes::catalog
