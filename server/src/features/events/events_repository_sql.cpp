#include "features/events/events_repository.hpp"

namespace kenes::events {
namespace {

constexpr const char* kColumns =
    "id, maslikhat_id, deputy_id, okrug_id, commission_id, type, title_kk, title_ru, title_en, "
    "description_kk, description_ru, description_en, description_html_kk, description_html_ru, "
    "description_html_en, starts_at, ends_at, place, online_url, capacity, registered, status, "
    "cancel_reason, sequence, report, report_html, created_at, updated_at FROM events ";

Event EventOf(const db::Row& r) {
  Event e;
  e.id = r.Int("id");
  e.maslikhat_id = r.Int("maslikhat_id");
  EventDraft& d = e.draft;
  d.deputy_id = r.OptInt("deputy_id");
  d.okrug_id = r.OptInt("okrug_id");
  d.commission_id = r.OptInt("commission_id");
  d.type = ParseEventType(r.Str("type")).value_or(EventType::kVoterMeeting);
  for (size_t i = 0; i < kLanguages.size(); ++i) {
    const std::string lang(kLanguages.at(i));
    d.texts.at(i).title = r.Str("title_" + lang);
    d.texts.at(i).description = r.Str("description_" + lang);
    d.texts.at(i).description_html = r.Str("description_html_" + lang);
  }
  d.starts_at = r.Str("starts_at");
  d.ends_at = r.Str("ends_at");
  d.place = r.Str("place");
  d.online_url = r.Str("online_url");
  d.capacity = r.OptInt("capacity");
  e.registered = r.Int("registered");
  e.status = ParseEventStatus(r.Str("status")).value_or(EventStatus::kScheduled);
  e.cancel_reason = r.Str("cancel_reason");
  e.sequence = r.Int("sequence");
  e.report = r.Str("report");
  e.report_html = r.Str("report_html");
  e.created_at = r.Str("created_at");
  e.updated_at = r.Str("updated_at");
  return e;
}

// The draft's columns from $first on, in kColumns' order from deputy_id to capacity.
db::Params DraftParams(const EventDraft& d) {
  db::Params p{d.deputy_id, d.okrug_id, d.commission_id, std::string(EventTypeName(d.type))};
  for (const auto& t : d.texts) p.emplace_back(t.title);
  for (const auto& t : d.texts) p.emplace_back(t.description);
  for (const auto& t : d.texts) p.emplace_back(t.description_html);
  p.insert(p.end(), {d.starts_at, d.ends_at, d.place, d.online_url, d.capacity});
  return p;
}

std::string Placeholder(db::Params& params, db::Value v) {
  params.push_back(std::move(v));
  return "$" + std::to_string(params.size());
}

std::vector<Event> Events(db::Tx& tx, const std::string& sql, const db::Params& params) {
  std::vector<Event> out;
  for (const auto& r : tx.Query(sql, params)) out.push_back(EventOf(r));
  return out;
}

}  // namespace

int64_t EventsRepository::Insert(db::Tx& tx, int64_t maslikhat_id, const EventDraft& d,
                                 std::optional<int64_t> created_by, const std::string& now) {
  db::Params p{maslikhat_id};
  for (auto& v : DraftParams(d)) p.push_back(std::move(v));
  p.insert(p.end(), {created_by, now});
  return tx
      .QueryOne(
          "INSERT INTO events (maslikhat_id, deputy_id, okrug_id, commission_id, type, "
          "title_kk, title_ru, title_en, description_kk, description_ru, description_en, "
          "description_html_kk, description_html_ru, description_html_en, starts_at, "
          "ends_at, place, online_url, capacity, registered, status, cancel_reason, sequence, "
          "report, report_html, created_by, created_at, updated_at) VALUES ($1, $2, $3, $4, "
          "$5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, 0, "
          "'scheduled', '', 0, '', '', $20, $21, $21) RETURNING id",
          p)
      ->Int("id");
}

void EventsRepository::Update(db::Tx& tx, int64_t id, const EventDraft& d, bool moved,
                              const std::string& now) {
  db::Params p{id};
  for (auto& v : DraftParams(d)) p.push_back(std::move(v));
  p.insert(p.end(), {int64_t{moved ? 1 : 0}, now});
  tx.Exec(
      "UPDATE events SET deputy_id = $2, okrug_id = $3, commission_id = $4, type = $5, title_kk = "
      "$6, title_ru = $7, title_en = $8, description_kk = $9, description_ru = $10, "
      "description_en = $11, description_html_kk = $12, description_html_ru = $13, "
      "description_html_en = $14, starts_at = $15, ends_at = $16, place = $17, online_url = $18, "
      "capacity = $19, sequence = sequence + $20, updated_at = $21 WHERE id = $1",
      p);
}

void EventsRepository::Cancel(db::Tx& tx, int64_t id, const std::string& reason,
                              const std::string& now) {
  tx.Exec(
      "UPDATE events SET status = 'cancelled', cancel_reason = $2, sequence = sequence + 1, "
      "updated_at = $3 WHERE id = $1",
      {id, reason, now});
}

void EventsRepository::Report(db::Tx& tx, int64_t id, const std::string& report,
                              const std::string& html, const std::string& now) {
  tx.Exec(
      "UPDATE events SET status = 'held', report = $2, report_html = $3, updated_at = $4 WHERE "
      "id = $1",
      {id, report, html, now});
}

std::optional<Event> EventsRepository::Find(db::Tx& tx, int64_t id) {
  auto r = tx.QueryOne(std::string("SELECT ") + kColumns + "WHERE id = $1", {id});
  if (!r) return std::nullopt;
  return EventOf(*r);
}

std::vector<Event> EventsRepository::List(db::Tx& tx, const EventFilter& f, int limit) {
  db::Params params;
  std::string sql = std::string("SELECT ") + kColumns + "WHERE 1 = 1";
  if (f.maslikhat_id) sql += " AND maslikhat_id = " + Placeholder(params, *f.maslikhat_id);
  if (f.deputy_id) sql += " AND deputy_id = " + Placeholder(params, *f.deputy_id);
  if (f.okrug_id) sql += " AND okrug_id = " + Placeholder(params, *f.okrug_id);
  if (f.type) sql += " AND type = " + Placeholder(params, std::string(EventTypeName(*f.type)));
  // Local "YYYY-MM-DDTHH:MM" sorts as text: a day's events lie between "day" and "day~".
  if (f.from) sql += " AND starts_at >= " + Placeholder(params, *f.from);
  if (f.to) sql += " AND starts_at < " + Placeholder(params, *f.to + "~");
  if (f.after_at) {
    const std::string at = Placeholder(params, *f.after_at);
    const std::string id = Placeholder(params, f.after_id);
    sql += " AND (starts_at > " + at + " OR (starts_at = " + at + " AND id > " + id + "))";
  }
  sql += " ORDER BY starts_at, id LIMIT " + Placeholder(params, int64_t{limit});
  return Events(tx, sql, params);
}

std::vector<Event> EventsRepository::ListAll(db::Tx& tx, int64_t maslikhat_id,
                                             std::optional<int64_t> deputy_id, int limit) {
  db::Params params;
  std::string sql = std::string("SELECT ") + kColumns +
                    "WHERE maslikhat_id = " + Placeholder(params, maslikhat_id);
  if (deputy_id) sql += " AND deputy_id = " + Placeholder(params, *deputy_id);
  sql += " ORDER BY starts_at DESC, id DESC LIMIT " + Placeholder(params, int64_t{limit});
  return Events(tx, sql, params);
}

bool EventsRepository::TakePlace(db::Tx& tx, int64_t event_id) {
  return tx.Exec(
             "UPDATE events SET registered = registered + 1 WHERE id = $1 AND (capacity IS NULL "
             "OR registered < capacity)",
             {event_id}) == 1;
}

void EventsRepository::FreePlace(db::Tx& tx, int64_t event_id) {
  tx.Exec("UPDATE events SET registered = registered - 1 WHERE id = $1 AND registered > 0",
          {event_id});
}

std::optional<int64_t> EventsRepository::ActiveRegistration(db::Tx& tx, int64_t event_id,
                                                            int64_t user_id) {
  auto r = tx.QueryOne(
      "SELECT id FROM event_registrations WHERE event_id = $1 AND user_id = $2 AND status = "
      "'registered'",
      {event_id, user_id});
  if (!r) return std::nullopt;
  return r->Int("id");
}

int64_t EventsRepository::InsertRegistration(db::Tx& tx, int64_t event_id, int64_t user_id,
                                             const std::string& now) {
  return tx
      .QueryOne(
          "INSERT INTO event_registrations (event_id, user_id, status, language, created_at) "
          "SELECT CAST($1 AS BIGINT), id, 'registered', language, $3 FROM users WHERE id = $2 "
          "RETURNING id",
          {event_id, user_id, now})
      ->Int("id");
}

void EventsRepository::CancelRegistration(db::Tx& tx, int64_t registration_id,
                                          const std::string& now) {
  tx.Exec("UPDATE event_registrations SET status = 'cancelled', cancelled_at = $2 WHERE id = $1",
          {registration_id, now});
}

std::vector<Registrant> EventsRepository::Registrants(db::Tx& tx, int64_t event_id) {
  std::vector<Registrant> out;
  for (const auto& r :
       tx.Query("SELECT r.id, r.user_id, u.display_name, u.email, r.language, r.created_at FROM "
                "event_registrations r JOIN users u ON u.id = r.user_id WHERE r.event_id = $1 AND "
                "r.status = 'registered' ORDER BY r.id",
                {event_id})) {
    out.push_back({r.Int("id"), r.Int("user_id"), r.Str("display_name"),
                   r.OptStr("email").value_or(""), r.Str("language"), r.Str("created_at")});
  }
  return out;
}

std::vector<Recipient> EventsRepository::Recipients(db::Tx& tx, int64_t event_id) {
  std::vector<Recipient> out;
  for (const auto& r : tx.Query(
           "SELECT r.id, r.user_id, u.email, r.language FROM event_registrations r JOIN users u "
           "ON u.id = r.user_id WHERE r.event_id = $1 AND r.status = 'registered' ORDER BY r.id",
           {event_id})) {
    out.push_back(
        {r.Int("id"), r.Int("user_id"), r.OptStr("email").value_or(""), r.Str("language")});
  }
  return out;
}

std::vector<std::pair<int64_t, Recipient>> EventsRepository::DueReminders(db::Tx& tx,
                                                                          const std::string& day) {
  std::vector<std::pair<int64_t, Recipient>> out;
  for (const auto& r : tx.Query(
           "SELECT r.id, r.user_id, r.event_id, u.email, r.language FROM event_registrations r "
           "JOIN events e ON e.id = r.event_id JOIN users u ON u.id = r.user_id WHERE r.status = "
           "'registered' AND r.reminded_at IS NULL AND e.status = 'scheduled' AND e.starts_at >= "
           "$1 AND e.starts_at < $2 ORDER BY r.id",
           {day, day + "~"})) {
    out.emplace_back(r.Int("event_id"),
                     Recipient{r.Int("id"), r.Int("user_id"), r.OptStr("email").value_or(""),
                               r.Str("language")});
  }
  return out;
}

bool EventsRepository::MarkReminded(db::Tx& tx, int64_t registration_id, const std::string& now) {
  return tx.Exec(
             "UPDATE event_registrations SET reminded_at = $2 WHERE id = $1 AND reminded_at IS "
             "NULL",
             {registration_id, now}) == 1;
}

}  // namespace kenes::events
