// AppealService's reads: the filtered list and its search terms, the talon PDF, exports and their
// names in words, the public register, and the background indexing of search terms.
#include <limits>

#include "core/personal_ids.hpp"
#include "features/appeals/acting_deputy.hpp"
#include "features/appeals/appeal_jobs.hpp"
#include "features/appeals/appeal_policy.hpp"
#include "features/appeals/appeal_service.hpp"
#include "features/appeals/appeal_talon.hpp"
#include "platform/audit/audit.hpp"
#include "platform/crypto/field_cipher.hpp"
#include "platform/jobs/jobs.hpp"
#include "platform/text/fold.hpp"
#include "platform/text/stem.hpp"

namespace kenes::appeals {
namespace {

Actor Public() { return Actor{}; }

}  // namespace

namespace {

constexpr size_t kMaxQueryWords = 6;

// A talon number ("12-2026-00017") is looked up exactly, and so is an IIN (through its keyed
// hash: the column itself is encrypted); anything else is a word search.
void PrepareSearch(AppealFilter& f) {
  if (f.query.empty()) return;
  if (IsValidIin(f.query)) {
    f.iin_hash = crypto::IinCipher()->LookupHash(f.query);
    f.query.clear();
    return;
  }
  bool number_like = f.query.find('-') != std::string::npos;
  for (char c : f.query) number_like &= (c >= '0' && c <= '9') || c == '-';
  if (number_like) {
    f.number = f.query;
    return;
  }
  f.terms = text::QueryTerms(f.query);
  if (f.terms.size() > kMaxQueryWords) f.terms.resize(kMaxQueryWords);
}

}  // namespace

void AppealService::ScheduleIndexing(int64_t run_at_ms) {
  jobs::EnsureQueued(db_, kIndexJob, clock_.NowMs(), run_at_ms);
}

int AppealService::IndexPending(int max_appeals) {
  // Short write transactions, so that filings queued behind one wait little.
  constexpr int kBatch = 250;
  int total = 0;
  while (total < max_appeals) {
    int done = 0;
    db_.RunInTx(db::TxMode::kWrite, [&](db::Tx& tx) {
      auto pending = repo_.Unindexed(tx, kBatch);
      for (const auto& [id, text] : pending) repo_.IndexTerms(tx, id, text::IndexTerms(text));
      if (!pending.empty()) repo_.MarkIndexed(tx, pending.front().first, pending.back().first);
      done = static_cast<int>(pending.size());
      return true;
    });
    total += done;
    if (done < kBatch) return total;
  }
  return total;
}

Result<std::string> AppealService::TalonPdf(const Actor& actor, int64_t id) {
  auto view = Get(actor, id, "appeals.talon_printed");
  if (!view.ok()) return view.error();
  const Appeal& a = view->appeal;
  auto m = directory_->GetMaslikhat(Public(), a.maslikhat_id);
  std::string accepted_by;
  if (a.received_by) accepted_by = identity_->DisplayNameOf(*a.received_by).value_or("");
  TalonNames names = TalonNamesFor(a, m.ok() ? &m.value() : nullptr, accepted_by);
  for (const auto& e : view->events) {
    if (e.action != EventKind::kRegister) continue;
    auto details = nlohmann::json::parse(e.details_json, nullptr, false);
    if (details.is_object()) names.accepted_as = details.value("received_as", std::string());
  }
  return RenderTalon(a, names);
}

Result<AppealPage> AppealService::List(const Actor& actor, AppealFilter filter) {
  if (!actor.IsAuthenticated()) return Error::Unauthenticated();
  PrepareSearch(filter);
  if (filter.overdue) filter.overdue_before = LocalDate(clock_.NowMs()).ToString();
  if (filter.limit < 1 || filter.limit > 100) return Error::InvalidFields({{"limit", "invalid"}});
  if (filter.maslikhat_id) {
    if (!AppealPolicy::MayListMaslikhat(actor, *filter.maslikhat_id)) return Error::NotFound();
  } else if (auto deputy = ActingDeputyId(actor, *directory_)) {
    filter.deputy_id = deputy;
  } else {
    filter.applicant_id = actor.user_id;
  }
  const std::optional<uint64_t> commits = db_.CommitCount();
  const int64_t now = clock_.NowMs();
  std::string key;
  if (commits) {
    key = ListCacheKey(filter);
    if (auto page = pages_.Find(key, *commits, now)) return std::move(*page);
  }
  auto page = db_.Read([&](db::Tx& tx) -> Result<AppealPage> {
    AppealPage page;
    page.items = repo_.List(tx, filter);
    MarkDue(page.items, DueHorizonOn(tx, now));
    if (static_cast<int>(page.items.size()) == filter.limit) page.next_after = page.items.back().id;
    return page;
  });
  if (commits && page.ok()) pages_.Put(std::move(key), *commits, now, page.value());
  if (page.ok()) AuditSearch(actor, filter, page.value(), now);
  return page;
}

// A staff search by IIN, talon number or words finds whose appeals these are: on record, with the
// ids found and the kind of search, never the query. Plain browsing (no search) shows no personal
// data (kSummaryCols) and stays unaudited, so that the list keeps its cache (ADR 0012).
void AppealService::AuditSearch(const Actor& actor, const AppealFilter& filter,
                                const AppealPage& page, int64_t now) {
  const bool staff_scope = filter.maslikhat_id || filter.deputy_id;
  const bool search =
      !filter.iin_hash.empty() || !filter.number.empty() || filter.seq || !filter.terms.empty();
  if (!staff_scope || !search) return;
  nlohmann::json ids = nlohmann::json::array();
  for (const auto& a : page.items) ids.push_back(a.id);
  const char* by = !filter.iin_hash.empty()               ? "iin"
                   : !filter.number.empty() || filter.seq ? "number"
                                                          : "words";
  nlohmann::json details = {{"by", by}, {"ids", ids}};
  reads_.Record(actor, {"appeals.searched", "maslikhat", filter.maslikhat_id, details.dump()}, now);
}

std::string ListCacheKey(const AppealFilter& f) {
  cache::KeyBuilder key;
  key.Add(f.maslikhat_id).Add(f.deputy_id).Add(f.applicant_id);
  key.Add(f.status ? StatusName(*f.status) : "-").Add(f.type ? TypeName(*f.type) : "-");
  key.Add(f.category).Add(f.query).Add(f.okrug_id).Add(f.filter_deputy_id).Add(f.from).Add(f.to);
  key.Add(f.overdue ? "1" : "0").Add(f.overdue_before).Add(f.urgent ? "1" : "0").Add(f.number);
  key.Add(f.seq ? std::to_string(*f.seq) : "-").Add(f.iin_hash);
  for (const auto& word : f.terms) {
    key.Add("w");
    for (const auto& stem : word) key.Add(stem);
  }
  key.Add(std::to_string(f.after_id)).Add(std::to_string(f.limit));
  return key.Take();
}

Result<std::vector<Appeal>> AppealService::ExportRows(const Actor& actor, AppealFilter filter) {
  if (!actor.IsAuthenticated()) return Error::Unauthenticated();
  if (!filter.maslikhat_id) return Error::InvalidFields({{"maslikhat_id", "required"}});
  if (!AppealPolicy::MayExport(actor, *filter.maslikhat_id)) return Error::NotFound();
  filter.limit = kMaxExport;
  PrepareSearch(filter);
  if (filter.overdue) filter.overdue_before = LocalDate(clock_.NowMs()).ToString();
  return db_.Write([&](db::Tx& tx) -> Result<std::vector<Appeal>> {
    auto rows = repo_.List(tx, filter);
    nlohmann::json details = {{"rows", rows.size()}};
    audit::Record(tx, actor, {"appeals.exported", "maslikhat", filter.maslikhat_id, details.dump()},
                  clock_.NowMs());
    return rows;
  });
}

Result<AppealPage> AppealService::PublicRegister(std::optional<int64_t> maslikhat_id,
                                                 std::optional<int64_t> okrug_id, int64_t after_id,
                                                 int limit) {
  if (limit < 1 || limit > 100) return Error::InvalidFields({{"limit", "invalid"}});
  return db_.Read([&](db::Tx& tx) -> Result<AppealPage> {
    AppealPage page;
    page.items = repo_.PublicList(tx, maslikhat_id, okrug_id, after_id, limit);
    if (static_cast<int>(page.items.size()) == limit) page.next_after = page.items.back().id;
    return page;
  });
}

std::string AppealService::ExportLanguage(const Actor& actor) {
  auto me = identity_->Me(actor);
  if (me.ok() && (me->language == "kk" || me->language == "ru" || me->language == "en")) {
    return me->language;
  }
  return "ru";
}

ExportNames AppealService::NamesForExport(int64_t maslikhat_id, const std::string& language) {
  // The directory keeps kk and ru names; an English export shows the Russian ones.
  auto pick = [&language](const std::string& name_kk, const std::string& name_ru) {
    return language == "kk" && !name_kk.empty() ? name_kk : name_ru;
  };
  ExportNames names;
  if (auto m = directory_->GetMaslikhat(Actor{}, maslikhat_id); m.ok()) {
    names.maslikhat = pick(m->maslikhat.name_kk, m->maslikhat.name_ru);
    for (const auto& d : m->deputies) names.deputies[d.id] = pick(d.full_name_kk, d.full_name_ru);
    for (const auto& c : m->commissions) names.commissions[c.id] = pick(c.name_kk, c.name_ru);
    for (const auto& o : m->okrugs) names.okrug_numbers[o.id] = o.number;
  }
  auto categories = db_.Read([&](db::Tx& tx) -> Result<std::vector<catalog::Category>> {
    return catalog::CatalogService::CategoriesIn(tx);
  });
  if (categories.ok()) {
    for (const auto& c : *categories) {
      names.categories[c.key] = language == "kk"   ? c.name_kk
                                : language == "ru" ? c.name_ru
                                                   : c.name_en;
    }
  }
  return names;
}

}  // namespace kenes::appeals
