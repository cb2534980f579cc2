#include <string>

#include <nlohmann/json.hpp>

#include "features/annual_reports/annual_reports_repository.hpp"
#include "features/catalog/catalog_service.hpp"

namespace kenes::annual_reports {
namespace {

constexpr const char* kColumns =
    "SELECT id, maslikhat_id, commission_id, year, text_kk, text_ru, note_kk, note_ru, figures, "
    "version, published_at, post_id, created_at, updated_at FROM annual_reports ";

constexpr const char* kVersionColumns =
    "SELECT number, text_kk, text_ru, html_kk, html_ru, figures, note_kk, note_ru, published_at "
    "FROM annual_report_versions ";

// Each figure by its JSON name: the one list both directions read.
constexpr std::pair<const char*, int Figures::*> kNumbers[] = {
    {"sittings_regular", &Figures::sittings_regular},
    {"sittings_extraordinary", &Figures::sittings_extraordinary},
    {"meetings_held", &Figures::meetings_held},
    {"questions", &Figures::questions},
    {"decisions", &Figures::decisions},
    {"acts_adopted", &Figures::acts_adopted},
    {"acts_registered", &Figures::acts_registered},
    {"discussions_held", &Figures::discussions_held},
    {"comments_received", &Figures::comments_received},
    {"appeals_received", &Figures::appeals_received},
    {"appeals_resolved", &Figures::appeals_resolved},
    {"receptions_held", &Figures::receptions_held},
    {"events_held", &Figures::events_held},
};

std::string FiguresText(const Figures& f) {
  nlohmann::json j = nlohmann::json::object();
  for (const auto& [name, field] : kNumbers) j[name] = f.*field;
  const nlohmann::json categories = catalog::CategoryFiguresJson(f.categories);
  j["categories"] = categories;
  j["counted_at"] = f.counted_at;
  return j.dump();
}

// Kenes wrote the text itself; a damaged one reads as no figures rather than failing the page.
Figures FiguresOf(const std::string& text) {
  Figures f;
  const auto j = nlohmann::json::parse(text, nullptr, false);
  if (!j.is_object()) return f;
  for (const auto& [name, field] : kNumbers) f.*field = j.value(name, 0);
  f.counted_at = j.value("counted_at", std::string());
  if (auto it = j.find("categories"); it != j.end()) {
    f.categories = catalog::CategoryFiguresFromJson(*it);
  }
  return f;
}

Report ReportOf(const db::Row& r) {
  Report out;
  out.id = r.Int("id");
  out.maslikhat_id = r.Int("maslikhat_id");
  out.commission_id = r.OptInt("commission_id");
  out.year = static_cast<int>(r.Int("year"));
  out.draft.text_kk = r.Str("text_kk");
  out.draft.text_ru = r.Str("text_ru");
  out.draft.note_kk = r.Str("note_kk");
  out.draft.note_ru = r.Str("note_ru");
  out.draft.figures = FiguresOf(r.Str("figures"));
  out.version = static_cast<int>(r.Int("version"));
  out.published_at = r.OptStr("published_at");
  out.post_id = r.OptInt("post_id");
  out.created_at = r.Str("created_at");
  out.updated_at = r.Str("updated_at");
  return out;
}

int CountOf(db::Tx& tx, const std::string& sql, const db::Params& params) {
  auto r = tx.QueryOne(sql, params);
  return r ? static_cast<int>(r->Int("n")) : 0;
}

}  // namespace

std::optional<Report> AnnualReportsRepository::Find(db::Tx& tx, int64_t id) {
  auto r = tx.QueryOne(std::string(kColumns) + "WHERE id = $1", {id});
  if (!r) return std::nullopt;
  return ReportOf(*r);
}

std::optional<int64_t> AnnualReportsRepository::FindBySubject(
    db::Tx& tx, int64_t maslikhat_id, const std::optional<int64_t>& commission_id, int year) {
  auto r = commission_id
               ? tx.QueryOne("SELECT id FROM annual_reports WHERE commission_id = $1 AND year = $2",
                             {*commission_id, year})
               : tx.QueryOne(
                     "SELECT id FROM annual_reports WHERE maslikhat_id = $1 AND year = $2 AND "
                     "commission_id IS NULL",
                     {maslikhat_id, year});
  if (!r) return std::nullopt;
  return r->Int("id");
}

std::vector<Report> AnnualReportsRepository::ForMaslikhat(
    db::Tx& tx, int64_t maslikhat_id, const std::optional<int64_t>& commission_id) {
  std::string sql = std::string(kColumns) + "WHERE maslikhat_id = $1";
  db::Params params{maslikhat_id, kMaxReportsListed};
  if (commission_id) {
    sql += " AND commission_id = $3";
    params.push_back(*commission_id);
  }
  sql += " ORDER BY year DESC, commission_id IS NOT NULL, commission_id, id LIMIT $2";
  std::vector<Report> out;
  for (const auto& r : tx.Query(sql, params)) out.push_back(ReportOf(r));
  return out;
}

int64_t AnnualReportsRepository::Insert(db::Tx& tx, const Report& r) {
  return tx
      .QueryOne(
          "INSERT INTO annual_reports (maslikhat_id, commission_id, year, text_kk, text_ru, "
          "note_kk, note_ru, figures, version, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, "
          "$6, $7, $8, 0, $9, $10) RETURNING id",
          {r.maslikhat_id, r.commission_id, r.year, r.draft.text_kk, r.draft.text_ru,
           r.draft.note_kk, r.draft.note_ru, FiguresText(r.draft.figures), r.created_at,
           r.updated_at})
      ->Int("id");
}

void AnnualReportsRepository::UpdateDraft(db::Tx& tx, const Report& r) {
  tx.Exec(
      "UPDATE annual_reports SET text_kk = $2, text_ru = $3, note_kk = $4, note_ru = $5, "
      "figures = $6, updated_at = $7 WHERE id = $1",
      {r.id, r.draft.text_kk, r.draft.text_ru, r.draft.note_kk, r.draft.note_ru,
       FiguresText(r.draft.figures), r.updated_at});
}

void AnnualReportsRepository::AddVersion(db::Tx& tx, int64_t id, const Version& v) {
  tx.Exec(
      "INSERT INTO annual_report_versions (report_id, number, text_kk, text_ru, html_kk, html_ru, "
      "figures, note_kk, note_ru, published_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)",
      {id, v.number, v.text_kk, v.text_ru, v.html_kk, v.html_ru, FiguresText(v.figures), v.note_kk,
       v.note_ru, v.published_at});
  tx.Exec(
      "UPDATE annual_reports SET version = $2, published_at = $3, note_kk = '', note_ru = '', "
      "updated_at = $3 WHERE id = $1",
      {id, v.number, v.published_at});
}

std::optional<Version> AnnualReportsRepository::FindVersion(db::Tx& tx, int64_t id, int number) {
  auto r = tx.QueryOne(std::string(kVersionColumns) + "WHERE report_id = $1 AND number = $2",
                       {id, number});
  if (!r) return std::nullopt;
  Version v;
  v.number = static_cast<int>(r->Int("number"));
  v.text_kk = r->Str("text_kk");
  v.text_ru = r->Str("text_ru");
  v.html_kk = r->Str("html_kk");
  v.html_ru = r->Str("html_ru");
  v.figures = FiguresOf(r->Str("figures"));
  v.note_kk = r->Str("note_kk");
  v.note_ru = r->Str("note_ru");
  v.published_at = r->Str("published_at");
  return v;
}

std::vector<VersionSummary> AnnualReportsRepository::Versions(db::Tx& tx, int64_t id) {
  std::vector<VersionSummary> out;
  for (const auto& r :
       tx.Query("SELECT number, note_kk, note_ru, published_at FROM annual_report_versions WHERE "
                "report_id = $1 ORDER BY number DESC",
                {id})) {
    out.push_back({static_cast<int>(r.Int("number")), r.Str("note_kk"), r.Str("note_ru"),
                   r.Str("published_at")});
  }
  return out;
}

void AnnualReportsRepository::SetPost(db::Tx& tx, int64_t id, int64_t post_id) {
  tx.Exec("UPDATE annual_reports SET post_id = $2 WHERE id = $1 AND post_id IS NULL",
          {id, post_id});
}

Figures AnnualReportsRepository::CountMaslikhat(
    db::Tx& tx, int64_t maslikhat_id, const calendar::YearBounds& b,
    std::map<std::string, CategoryFigures>& by_category) {
  Figures f;
  // The sessions held: the maslikhat's sittings (not a commission's) whose day has come.
  const db::Params days{maslikhat_id, b.day_from, b.day_to, b.today};
  constexpr const char* kHeld =
      "s.maslikhat_id = $1 AND s.commission_id IS NULL AND s.held_on >= $2 AND s.held_on <= $3 "
      "AND s.held_on <= $4";
  for (const auto& r : tx.Query(std::string("SELECT s.kind, COUNT(*) AS n FROM sittings s WHERE ") +
                                    kHeld + " GROUP BY s.kind",
                                days)) {
    (r.Str("kind") == "extraordinary" ? f.sittings_extraordinary : f.sittings_regular) +=
        static_cast<int>(r.Int("n"));
  }
  f.questions = CountOf(tx,
                        std::string("SELECT COUNT(*) AS n FROM sitting_agenda a JOIN sittings s ON "
                                    "s.id = a.sitting_id WHERE ") +
                            kHeld,
                        days);
  f.decisions = CountOf(tx,
                        std::string("SELECT COUNT(*) AS n FROM sitting_decisions d JOIN sittings s "
                                    "ON s.id = d.sitting_id WHERE d.status = 'adopted' AND ") +
                            kHeld,
                        days);
  f.acts_adopted = CountOf(tx,
                           "SELECT COUNT(*) AS n FROM legal_acts WHERE maslikhat_id = $1 AND "
                           "adopted_on >= $2 AND adopted_on <= $3 AND adopted_on <= $4",
                           days);
  f.acts_registered = CountOf(tx,
                              "SELECT COUNT(*) AS n FROM legal_acts WHERE maslikhat_id = $1 AND "
                              "registered_on >= $2 AND registered_on <= $3 AND registered_on <= $4",
                              days);
  constexpr const char* kDiscussed =
      "d.maslikhat_id = $1 AND d.opens_on >= $2 AND d.opens_on <= $3 AND d.opens_on <= $4 AND "
      "d.withdrawn_at IS NULL";
  f.discussions_held = CountOf(
      tx, std::string("SELECT COUNT(*) AS n FROM draft_discussions d WHERE ") + kDiscussed, days);
  f.comments_received =
      CountOf(tx,
              std::string("SELECT COUNT(*) AS n FROM draft_comments c JOIN "
                          "draft_discussions d ON d.id = c.discussion_id WHERE ") +
                  kDiscussed,
              days);
  for (const auto& r : tx.Query(
           "SELECT category, COUNT(*) AS n FROM appeals WHERE maslikhat_id = $1 AND received_at >= "
           "$2 AND received_at < $3 GROUP BY category",
           {maslikhat_id, b.utc_from, b.utc_to})) {
    const int n = static_cast<int>(r.Int("n"));
    by_category[r.Str("category")].received += n;
    f.appeals_received += n;
  }
  for (const auto& r : tx.Query(
           "SELECT category, COUNT(*) AS n FROM appeals WHERE maslikhat_id = $1 AND answered_at >= "
           "$2 AND answered_at < $3 GROUP BY category",
           {maslikhat_id, b.utc_from, b.utc_to})) {
    const int n = static_cast<int>(r.Int("n"));
    by_category[r.Str("category")].resolved += n;
    f.appeals_resolved += n;
  }
  f.receptions_held = CountOf(tx,
                              "SELECT COUNT(*) AS n FROM reception_sessions WHERE maslikhat_id = "
                              "$1 AND day >= $2 AND day <= $3 AND day <= $4 AND status <> "
                              "'cancelled'",
                              days);
  f.events_held = CountOf(tx,
                          "SELECT COUNT(*) AS n FROM events WHERE maslikhat_id = $1 AND starts_at "
                          ">= $2 AND starts_at < $3 AND starts_at <= $4 AND status <> 'cancelled'",
                          {maslikhat_id, b.local_from, b.local_to, b.local_now});
  return f;
}

Figures AnnualReportsRepository::CountCommission(db::Tx& tx, int64_t commission_id,
                                                 const calendar::YearBounds& b) {
  Figures f;
  const db::Params days{commission_id, b.day_from, b.day_to, b.today};
  constexpr const char* kHeld =
      "s.commission_id = $1 AND s.held_on >= $2 AND s.held_on <= $3 AND s.held_on <= $4";
  f.meetings_held =
      CountOf(tx, std::string("SELECT COUNT(*) AS n FROM sittings s WHERE ") + kHeld, days);
  f.questions = CountOf(tx,
                        std::string("SELECT COUNT(*) AS n FROM sitting_agenda a JOIN sittings s ON "
                                    "s.id = a.sitting_id WHERE ") +
                            kHeld,
                        days);
  f.decisions = CountOf(tx,
                        std::string("SELECT COUNT(*) AS n FROM sitting_decisions d JOIN sittings s "
                                    "ON s.id = d.sitting_id WHERE d.status = 'adopted' AND ") +
                            kHeld,
                        days);
  return f;
}

}  // namespace kenes::annual_reports
