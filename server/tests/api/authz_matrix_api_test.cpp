// The authorization matrix (issue 8): every route × every role × own/other scope, expected
// outcomes in authz_matrix_table.hpp. See the header for the roles, the fixture world, the
// placeholders and what each outcome class means.

#include <array>
#include <chrono>
#include <cstdlib>
#include <iostream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "api/authz_matrix_table.hpp"
#include "support/event_reader.hpp"
#include "support/images.hpp"
#include "support/test_app.hpp"

namespace kenes::testing {
namespace {

using authz::Expect;
using authz::Outcome;
using authz::Row;
using nlohmann::json;

std::pair<std::string, std::string> SplitRoute(const std::string& route) {
  auto sp = route.find(' ');
  return {route.substr(0, sp), route.substr(sp + 1)};
}

std::vector<std::string> Segments(const std::string& path) {
  std::vector<std::string> out;
  std::string cur;
  std::istringstream in(path);
  while (std::getline(in, cur, '/')) out.push_back(cur);
  return out;
}

// Whether the row names an object of a side (so that own and other scope differ); fresh numbers
// and addresses, the consent version and the shared territory and user do not.
bool IsScoped(const Row& row) {
  static const std::set<std::string> kSideless = {"seq", "email", "consent", "territory", "user"};
  for (const std::string* text : {&row.target, &row.body}) {
    for (size_t open = text->find('<'); open != std::string::npos;
         open = text->find('<', open + 1)) {
      size_t close = text->find('>', open);
      if (close == std::string::npos) break;
      if (!kSideless.count(text->substr(open + 1, close - open - 1))) return true;
    }
  }
  return false;
}

// Whether `target` (placeholders in place) is a path the route's pattern matches: same literal
// segments, a {param} segment may hold anything.
bool TargetFitsPattern(const std::string& target, const std::string& pattern) {
  std::string path = target.substr(0, target.find('?'));
  auto t = Segments(path), p = Segments(pattern);
  if (t.size() != p.size()) return false;
  for (size_t i = 0; i < t.size(); ++i) {
    const bool param = !p[i].empty() && p[i].front() == '{' && p[i].back() == '}';
    if (!param && p[i] != t[i]) return false;
    if (param && t[i].empty()) return false;
  }
  return true;
}

std::string Png() { return TinyPng(); }

const std::string kPdf = "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n";

Outcome Classify(long status, const Row& row, bool* unexpected) {
  *unexpected = false;
  if (status == 401) return Outcome::kUnauthenticated;
  if (status == 403 || status == 404) return Outcome::kDenied;
  if (status >= 200 && status < 300) return Outcome::kAllowed;
  for (int s : row.after_gate) {
    if (s == status) return Outcome::kAllowed;
  }
  *unexpected = true;
  return Outcome::kAllowed;
}

}  // namespace

// A route without a row, or a row for a route that is gone: the table is out of date.
TEST(AuthzMatrixRoutes, EveryRouteHasARowAndEveryRowARoute) {
  TestApp app;
  std::set<std::string> routes;
  for (const auto& r : app.app().Routes()) routes.insert(r);
  ASSERT_FALSE(routes.empty());
  std::set<std::string> rows;
  for (const auto& row : authz::Table()) rows.insert(row.route);
  for (const auto& r : routes) {
    EXPECT_TRUE(rows.count(r)) << "route without a row in authz_matrix_table.hpp: " << r;
  }
  for (const auto& r : rows) {
    EXPECT_TRUE(routes.count(r)) << "row for a route the server does not register: " << r;
  }
}

// Rows are sendable: the target fits the route's pattern, unsafe methods have what they need,
// and a row that cannot differ by scope does not claim it does.
TEST(AuthzMatrixRoutes, RowsAreWellFormed) {
  for (const auto& row : authz::Table()) {
    auto [method, pattern] = SplitRoute(row.route);
    EXPECT_TRUE(TargetFitsPattern(row.target, pattern))
        << row.route << ": target " << row.target << " does not fit the pattern";
    EXPECT_TRUE(method == "GET" || method == "POST" || method == "PUT" || method == "PATCH" ||
                method == "DELETE")
        << row.route;
    if (method == "GET" || method == "DELETE") {
      EXPECT_TRUE(row.body.empty()) << row.route;
    }
    bool any_allowed = false, mixed = row.target.find("<other.") != std::string::npos;
    for (const Expect& e : row.expect) {
      if (!IsScoped(row)) {
        EXPECT_EQ(e.own, e.other) << row.route << " " << row.target
                                  << ": no placeholders, so no other scope";
      }
      any_allowed |= e.own == Outcome::kAllowed;
    }
    // Someone must get through in own scope (else a missing fixture object would pass as
    // "hidden"), except rows that on purpose mix one side's path with the other side's object.
    EXPECT_TRUE(any_allowed || mixed) << row.route << " " << row.target << ": nobody allowed";
  }
}

class AuthzMatrix : public ::testing::Test {
 protected:
  struct Side {
    std::map<std::string, int64_t> ids;
    Client staff{0};
    Client citizen{0};
  };

  void SetUp() override {
    const auto started = std::chrono::steady_clock::now();
    creds_[authz::kAdmin] = {"admin@example.kz", "admin-password-1"};
    app_.CreateAccount("admin@example.kz", "admin-password-1", {{"admin", std::nullopt}});
    admin_ = app_.Login("admin@example.kz", "admin-password-1");
    int64_t territory = Created(admin_, "/api/v1/territories",
                                {{"level", "regional_city"},
                                 {"name_kk", "Көкшетау"},
                                 {"name_ru", "Кокшетау"},
                                 {"valid_from", "1991-12-16"}});
    app_.CreateAccount("grantee@example.kz", "grantee-password-1", {});
    app_.CreateAccount("login-target@example.kz", "login-target-1", {});
    int64_t user = UserId("grantee");

    const char* names[2] = {"a", "b"};
    for (int s = 0; s < 2; ++s) {
      Side& side = sides_[s];
      const std::string n = names[s];
      auto& ids = side.ids;
      ids["territory"] = territory;
      ids["user"] = user;
      int64_t m = Created(admin_, "/api/v1/maslikhats",
                          {{"territory_id", territory},
                           {"level", s == 0 ? "city" : "district"},
                           {"name_kk", "Мәслихат " + n},
                           {"name_ru", "Маслихат " + n}});
      ids["maslikhat"] = m;
      const std::string mp = "/api/v1/maslikhats/" + std::to_string(m);
      ids["okrug"] = Created(admin_, mp + "/okrugs", {{"number", 1}});
      int64_t okrug2 = Created(admin_, mp + "/okrugs", {{"number", 2}});
      ids["deputy"] = Created(admin_, mp + "/deputies",
                              {{"full_name_ru", "Бекова Айгуль " + n},
                               {"full_name_kk", "Бекова Айгүл " + n},
                               {"mandate_type", "single_mandate"},
                               {"okrug_id", ids["okrug"]}});
      int64_t peer = Created(admin_, mp + "/deputies",
                             {{"full_name_ru", "Оспанов Ерлан " + n},
                              {"full_name_kk", "Оспанов Ерлан " + n},
                              {"mandate_type", "single_mandate"},
                              {"okrug_id", okrug2}});
      ids["deputy_hidden"] = Created(admin_, mp + "/deputies",
                                     {{"full_name_ru", "Скрытый Депутат " + n},
                                      {"full_name_kk", "Жасырын Депутат " + n},
                                      {"mandate_type", "party_list"},
                                      {"published", false}});
      ids["commission"] = Created(
          admin_, mp + "/commissions",
          {{"kind", "standing"}, {"name_kk", "Комиссия " + n}, {"name_ru", "Комиссия " + n}});
      ids["coverage"] =
          Created(admin_, "/api/v1/okrugs/" + std::to_string(ids["okrug"]) + "/coverage",
                  {{"settlement_ru", "Кокшетау"}, {"street_ru", "ул. Абая " + n}});
      ids["body"] =
          Created(admin_, "/api/v1/executive-bodies",
                  {{"maslikhat_id", m}, {"name_kk", "Әкімдік " + n}, {"name_ru", "Акимат " + n}});

      // People of the side.
      const std::string citizen = "citizen-" + n + "@example.kz";
      const std::string deputy = "deputy-" + n + "@example.kz";
      const std::string staff = "staff-" + n + "@example.kz";
      app_.CreateAccount(citizen, "citizen-password-1", {{"citizen", std::nullopt}});
      app_.CreateAccount(deputy, "deputy-password-1", {{"deputy", std::nullopt}});
      app_.CreateAccount(staff, "staff-password-1", {{"staff", m}});
      app_.CreateAccount("spare-" + n + "@example.kz", "spare-password-1", {});
      ids["spare_user"] = UserId("spare-" + n);
      creds_[s == 0 ? authz::kCitizen : authz::kOtherCitizen] = {citizen, "citizen-password-1"};
      creds_[s == 0 ? authz::kDeputy : authz::kOtherDeputy] = {deputy, "deputy-password-1"};
      creds_[s == 0 ? authz::kStaff : authz::kOtherStaff] = {staff, "staff-password-1"};
      Client dep = app_.Login(deputy, "deputy-password-1");
      int64_t dep_user = dep.Get("/api/v1/me").json()["id"];
      ASSERT_EQ(
          admin_.Patch("/api/v1/deputies/" + std::to_string(ids["deputy"]), {{"user_id", dep_user}})
              .status,
          200);
      side.staff = app_.Login(staff, "staff-password-1");
      Client cit = app_.Login(citizen, "citizen-password-1");

      ids["template"] =
          Created(side.staff, mp + "/answer-templates",
                  {{"language", "ru"}, {"title", "Шаблон " + n}, {"body", "Текст " + n}});
      ids["appeal"] = Created(cit, "/api/v1/appeals",
                              {{"type", "complaint"},
                               {"language", "ru"},
                               {"subject", "Яма на дороге " + n},
                               {"body", "Во дворе дома 12 по ул. Абая яма."},
                               {"addressee", "deputy"},
                               {"deputy_id", ids["deputy"]}});
      ids["appeal_peer"] = Created(cit, "/api/v1/appeals",
                                   {{"type", "proposal"},
                                    {"language", "ru"},
                                    {"subject", "Скамейки во дворе " + n},
                                    {"body", "Поставьте скамейки."},
                                    {"addressee", "deputy"},
                                    {"deputy_id", peer}});
      const std::string ap = "/api/v1/appeals/" + std::to_string(ids["appeal"]);
      auto att = cit.Send("POST", ap + "/attachments?kind=appeal&name=scan.pdf", kPdf,
                          {{"Content-Type", "application/pdf"}});
      ASSERT_EQ(att.status, 201) << att.body;
      ids["attachment"] = att.json()["id"];
      ids["request"] =
          Created(dep, ap + "/deputy-requests", {{"body_id", ids["body"]}, {"text", "Сроки?"}});
      side.citizen = cit;
      ids["session"] = NewSession(side);
      ids["booking"] =
          Created(cit, "/api/v1/reception-sessions/" + std::to_string(ids["session"]) + "/bookings",
                  {{"topic", "Свет на улице " + n}});
      auto photo =
          side.staff.Send("PUT", "/api/v1/deputies/" + std::to_string(ids["deputy"]) + "/photo",
                          Png(), {{"Content-Type", "image/png"}});
      ASSERT_EQ(photo.status, 200) << photo.body;
      ids["register_entry"] = NewRegisterEntry(side, cit);
      ids["act"] = NewAct(side);
      ids["sitting"] = Created(side.staff, mp + "/sittings",
                               {{"convocation", 8},
                                {"number", 1},
                                {"held_on", "2026-12-10"},
                                {"starts_at", "10:00"},
                                {"place", "Зал сессий"},
                                {"agenda", {{{"title_kk", "Бюджет"}, {"title_ru", "Бюджет"}}}}});
      ids["sitting_item"] =
          side.staff.Get("/api/v1/public/sittings/" + std::to_string(ids["sitting"]))
              .json()["agenda"][0]["id"];
      auto document = side.staff.Send("POST",
                                      "/api/v1/sittings/" + std::to_string(ids["sitting"]) +
                                          "/agenda/" + std::to_string(ids["sitting_item"]) +
                                          "/documents?title_kk=a&title_ru=b&language=kk",
                                      kPdf, {{"Content-Type", "application/pdf"}});
      ASSERT_EQ(document.status, 201) << document.body;
      ids["sitting_document"] = document.json()["id"];
      ids["sitting_document_version"] = document.json()["versions"][0]["id"];
      auto decision = side.staff.Post(
          "/api/v1/sittings/" + std::to_string(ids["sitting"]) + "/decisions",
          {{"number", "1-1"}, {"title_kk", "Шешім " + n}, {"title_ru", "Решение " + n}});
      ASSERT_EQ(decision.status, 201) << decision.body;
      ids["sitting_decision"] = decision.json()["decisions"][0]["id"];
      auto draft = side.staff.Post(mp + "/drafts",
                                   {{"title_kk", "Жоба " + n},
                                    {"title_ru", "Проект " + n},
                                    {"paragraphs",
                                     {{{"text_kk", "1. Тармақ."}, {"text_ru", "1. Пункт."}},
                                      {{"text_kk", "2. Тармақ."}, {"text_ru", "2. Пункт."}}}}});
      ASSERT_EQ(draft.status, 201) << draft.body;
      const json draft_json = draft.json();
      ids["draft"] = draft_json["id"];
      ids["draft_paragraph"] = draft_json["paragraphs"][0]["id"];
      ids["draft_comment"] =
          Created(cit, "/api/v1/drafts/" + std::to_string(ids["draft"]) + "/comments",
                  {{"paragraph_id", ids["draft_paragraph"]},
                   {"author_type", "citizen"},
                   {"text", "Замечание " + n}});
      auto plan = side.staff.Post(
          mp + "/work-plans",
          {{"year", 2026}, {"title_kk", "Жұмыс жоспары " + n}, {"title_ru", "План работы " + n}});
      ASSERT_EQ(plan.status, 201) << plan.body;
      ids["work_plan"] = plan.json()["id"];
      const std::string wp = "/api/v1/work-plans/" + std::to_string(ids["work_plan"]);
      auto item = side.staff.Post(wp + "/items", {{"text_kk", "Есеп " + n},
                                                  {"text_ru", "Отчёт " + n},
                                                  {"responsible", "Секретарь"},
                                                  {"quarter", 1}});
      ASSERT_EQ(item.status, 201) << item.body;
      ids["work_plan_item"] = item.json()["items"][0]["id"];
      ASSERT_EQ(side.staff.Patch(wp, {{"state", "published"}}).status, 200);
      ids["apparatus_member"] = Created(side.staff, mp + "/apparatus",
                                        {{"full_name_kk", "Қызметкер " + n},
                                         {"full_name_ru", "Сотрудник " + n},
                                         {"position_kk", "Маман"},
                                         {"position_ru", "Специалист"}});
      ids["question"] = Created(side.staff, mp + "/questions",
                                {{"question_kk", "Сұрақ " + n},
                                 {"question_ru", "Вопрос " + n},
                                 {"answer_kk", "Жауап"},
                                 {"answer_ru", "Ответ"},
                                 {"state", "published"}});
      const std::string dr = "/api/v1/deputies/" + std::to_string(ids["deputy"]) + "/reports";
      ids["voter_report"] = Created(side.staff, dr, {{"year", 2026}});
      ids["published_voter_report"] = Created(side.staff, dr, {{"year", 2025}});
      ASSERT_EQ(side.staff
                    .Post("/api/v1/voter-reports/" + std::to_string(ids["published_voter_report"]) +
                              "/publish",
                          json::object())
                    .status,
                200);
      const std::string ar = mp + "/annual-reports";
      ids["annual_report"] = Created(side.staff, ar, {{"year", 2026}});
      ids["published_annual_report"] =
          Created(side.staff, ar, {{"year", 2025}, {"commission_id", ids["commission"]}});
      ASSERT_EQ(side.staff
                    .Post("/api/v1/annual-reports/" +
                              std::to_string(ids["published_annual_report"]) + "/publish",
                          json::object())
                    .status,
                200);
    }

    // The liaison of side A's executive body.
    app_.CreateAccount("liaison@example.kz", "liaison-password-1", {});
    ASSERT_EQ(
        admin_
            .Post(
                "/api/v1/users/" + std::to_string(UserId("liaison")) + "/roles",
                {{"role", "liaison"}, {"scope_type", "body"}, {"scope_id", sides_[0].ids["body"]}})
            .status,
        201);
    creds_[authz::kLiaison] = {"liaison@example.kz", "liaison-password-1"};

    clients_[authz::kAnonymous] = app_.NewClient();
    clients_[authz::kAnonymous].PrimeCsrf();  // as the web app does before any unsafe request
    for (int r = 1; r < authz::kRoleCount; ++r) {
      clients_[r] = app_.Login(creds_[r].first, creds_[r].second);
    }
    setup_ms_ = std::chrono::duration_cast<std::chrono::milliseconds>(
                    std::chrono::steady_clock::now() - started)
                    .count();
  }

  // A reception session of the side's deputy, scheduled by its staff.
  int64_t NewSession(Side& side) {
    auto r = side.staff.Post(
        "/api/v1/maslikhats/" + std::to_string(side.ids.at("maslikhat")) + "/reception-sessions",
        {{"deputy_id", side.ids.at("deputy")},
         {"day", "2026-12-02"},
         {"starts_at", "10:00"},
         {"ends_at", "12:00"},
         {"slot_minutes", 20},
         {"capacity", 1},
         {"place_kind", "maslikhat"},
         {"place", "Маслихат"}});
    EXPECT_EQ(r.status, 201) << r.body;
    return r.json()["created"][0]["id"];
  }

  // A masked draft of the public register: the side's citizen's appeal, published with consent,
  // answered by the staff, drafted by the staff's reading of the review queue.
  int64_t NewRegisterEntry(Side& side, Client& citizen) {
    const int64_t id = Created(citizen, "/api/v1/appeals",
                               {{"type", "proposal"},
                                {"language", "ru"},
                                {"subject", "Освещение сквера"},
                                {"body", "Поставьте фонари."},
                                {"addressee", "deputy"},
                                {"deputy_id", side.ids.at("deputy")},
                                {"public_consent", true}});
    const std::string act = "/api/v1/appeals/" + std::to_string(id) + "/actions";
    EXPECT_EQ(
        side.staff.Post(act, {{"action", "assign"}, {"deputy_id", side.ids.at("deputy")}}).status,
        200);
    EXPECT_EQ(side.staff
                  .Post(act, {{"action", "answer"},
                              {"answer_text", "Установим весной."},
                              {"outcome", "satisfied"}})
                  .status,
              200);
    EXPECT_EQ(side.staff
                  .Get("/api/v1/maslikhats/" + std::to_string(side.ids.at("maslikhat")) +
                       "/register-entries")
                  .status,
              200);
    return id;
  }

  // A legal act of the side's maslikhat, not in force yet, recorded by its staff.
  int64_t NewAct(Side& side) {
    return Created(side.staff,
                   "/api/v1/maslikhats/" + std::to_string(side.ids.at("maslikhat")) + "/acts",
                   {{"number", "1-" + std::to_string(++seq_)},
                    {"adopted_on", "2026-10-01"},
                    {"title_kk", "Шешім"},
                    {"title_ru", "Решение"}});
  }

  int64_t UserId(const std::string& q) {
    auto r = admin_.Get("/api/v1/users?q=" + q);
    EXPECT_EQ(r.status, 200) << r.body;
    return r.json()["items"][0]["id"];
  }

  // The value of placeholder `name` for a case on `side`; new_* objects are made here.
  std::string Resolve(std::string name, int side) {
    if (name.rfind("other.", 0) == 0) {
      name = name.substr(6);
      side = 1 - side;
    }
    Side& s = sides_[side];
    auto id = [&](const char* key) { return std::to_string(s.ids.at(key)); };
    if (name == "seq") return std::to_string(++seq_);
    if (name == "email") return "new-" + std::to_string(++seq_) + "@example.kz";
    if (name == "consent") return app_.config().security.consent_version;
    if (name == "new_okrug") {
      return std::to_string(Created(admin_, "/api/v1/maslikhats/" + id("maslikhat") + "/okrugs",
                                    {{"number", ++seq_}}));
    }
    if (name == "new_coverage") {
      return std::to_string(
          Created(admin_, "/api/v1/okrugs/" + id("okrug") + "/coverage",
                  {{"settlement_ru", "Кокшетау"}, {"street_ru", "ул. " + std::to_string(++seq_)}}));
    }
    if (name == "new_template") {
      return std::to_string(Created(s.staff,
                                    "/api/v1/maslikhats/" + id("maslikhat") + "/answer-templates",
                                    {{"language", "kk"}, {"title", "Уақытша"}, {"body", "Мәтін"}}));
    }
    if (name == "new_grant") {
      return std::to_string(Created(admin_, "/api/v1/users/" + id("user") + "/roles",
                                    {{"role", "expert"}, {"scope_type", "global"}}));
    }
    if (name == "new_request") {
      return std::to_string(Created(s.staff, "/api/v1/appeals/" + id("appeal") + "/deputy-requests",
                                    {{"body_id", s.ids.at("body")}, {"text", "Прошу ответить."}}));
    }
    if (name == "new_session") return std::to_string(NewSession(s));
    if (name == "new_act") return std::to_string(NewAct(s));
    if (name == "new_work_plan_item") {  // an item added to the side's published work plan
      auto r = s.staff.Post("/api/v1/work-plans/" + id("work_plan") + "/items",
                            {{"text_kk", "Уақытша"},
                             {"text_ru", "Временный"},
                             {"responsible", "Секретарь"},
                             {"quarter", 2}});
      EXPECT_EQ(r.status, 201) << r.body;
      return std::to_string(r.json()["items"].back()["id"].get<int64_t>());
    }
    if (name == "new_apparatus_member") {  // a person added to the side's apparatus
      return std::to_string(Created(s.staff, "/api/v1/maslikhats/" + id("maslikhat") + "/apparatus",
                                    {{"full_name_kk", "Уақытша"},
                                     {"full_name_ru", "Временный"},
                                     {"position_kk", "Маман"},
                                     {"position_ru", "Специалист"}}));
    }
    if (name == "new_question") {  // a published question of the side's maslikhat
      return std::to_string(Created(s.staff, "/api/v1/maslikhats/" + id("maslikhat") + "/questions",
                                    {{"question_kk", "Уақытша?"},
                                     {"question_ru", "Временный?"},
                                     {"answer_kk", "Жауап"},
                                     {"answer_ru", "Ответ"},
                                     {"state", "published"}}));
    }
    if (name == "new_draft") {  // an open discussion of the side's maslikhat, to withdraw
      return std::to_string(
          Created(s.staff, "/api/v1/maslikhats/" + id("maslikhat") + "/drafts",
                  {{"title_kk", "Уақытша"},
                   {"title_ru", "Временный"},
                   {"paragraphs", {{{"text_kk", "1. Тармақ."}, {"text_ru", "1. Пункт."}}}}}));
    }
    if (name == "new_voter_report") {  // a draft report of the side's deputy, for a year of its own
      return std::to_string(Created(s.staff, "/api/v1/deputies/" + id("deputy") + "/reports",
                                    {{"year", next_report_year_[side]++}}));
    }
    if (name == "new_annual_report") {  // a report of the side's maslikhat, for a year of its own
      return std::to_string(Created(s.staff,
                                    "/api/v1/maslikhats/" + id("maslikhat") + "/annual-reports",
                                    {{"year", next_annual_year_[side]++}}));
    }
    if (name == "new_act_link") {  // the side's act amended by a new one: the link's id
      auto r = s.staff.Post("/api/v1/acts/" + std::to_string(NewAct(s)) + "/links",
                            {{"relation", "amends"}, {"act_id", s.ids.at("act")}});
      EXPECT_EQ(r.status, 201) << r.body;
      return std::to_string(r.json()["links"][0]["id"].get<int64_t>());
    }
    if (name == "new_task") {
      // A phone booking without an e-mail on a session then cancelled: a call task for staff.
      const int64_t session = NewSession(s);
      const std::string sp = "/api/v1/reception-sessions/" + std::to_string(session);
      Created(s.staff, sp + "/bookings",
              {{"topic", "Двор"}, {"name", "Ахметова Сауле"}, {"phone", "+77051112233"}});
      EXPECT_EQ(s.staff.Post(sp + "/cancel", {{"reason", "Болезнь"}}).status, 200);
      auto tasks = s.staff.Get("/api/v1/maslikhats/" + id("maslikhat") + "/staff-tasks");
      EXPECT_EQ(tasks.status, 200) << tasks.body;
      const json items = tasks.json()["items"];
      return items.empty() ? "0" : std::to_string(items.back()["id"].get<int64_t>());
    }
    if (name == "new_cancel_token") {
      // A fresh booking of the side's citizen; the token of the cancel link its mail carries.
      Created(s.citizen,
              "/api/v1/reception-sessions/" + std::to_string(NewSession(s)) + "/bookings",
              {{"topic", "Двор"}});
      app_.RunJobs();
      const std::string marker = "/receptions/cancel?token=";
      const auto sent = app_.mailer().Sent();
      for (auto m = sent.rbegin(); m != sent.rend(); ++m) {
        const auto at = m->body.find(marker);
        if (at != std::string::npos) return m->body.substr(at + marker.size(), 64);
      }
      ADD_FAILURE() << "no cancel link mailed";
      return "0";
    }
    if (name == "new_subscription") {
      // The side's citizen follows a fresh tag.
      return std::to_string(Created(s.citizen, "/api/v1/me/subscriptions",
                                    {{"target_kind", "tag"},
                                     {"tag", "тег" + std::to_string(++seq_)},
                                     {"delivery", "daily"}}));
    }
    if (name == "new_unsubscribe_token") {
      // The side's citizen follows a fresh tag by immediate mail; the side's staff publish a post
      // with it; the mail's unsubscribe link carries the token.
      const std::string tag = "тег" + std::to_string(++seq_);
      Created(s.citizen, "/api/v1/me/subscriptions",
              {{"target_kind", "tag"}, {"tag", tag}, {"delivery", "immediate"}});
      const int64_t post = Created(
          s.staff, "/api/v1/maslikhats/" + id("maslikhat") + "/posts",
          {{"kind", "news"}, {"tags", {tag}}, {"texts", {{{"lang", "kk"}, {"title", "Жаңалық"}}}}});
      EXPECT_EQ(
          s.staff.Post("/api/v1/posts/" + std::to_string(post) + "/publish", json::object()).status,
          200);
      app_.RunJobs();
      const std::string marker = "/unsubscribe?token=";
      const auto sent = app_.mailer().Sent();
      for (auto m = sent.rbegin(); m != sent.rend(); ++m) {
        const auto at = m->body.find(marker);
        if (at != std::string::npos) {
          const auto start = at + marker.size();
          return m->body.substr(start, m->body.find_first_of(" \r\n", start) - start);
        }
      }
      ADD_FAILURE() << "no unsubscribe link mailed";
      return "0";
    }
    if (name == "new_sitting_document") {
      auto r = s.staff.Send("POST",
                            "/api/v1/sittings/" + id("sitting") + "/agenda/" + id("sitting_item") +
                                "/documents?title_kk=a&title_ru=b&language=ru",
                            kPdf, {{"Content-Type", "application/pdf"}});
      EXPECT_EQ(r.status, 201) << r.body;
      return std::to_string(r.json().value("id", int64_t{0}));
    }
    if (name == "new_post_image" || name == "new_published_post_image") {
      const std::string post =
          Resolve(name == "new_post_image" ? "new_post" : "new_published_post", side);
      auto r = s.staff.Send("POST", "/api/v1/posts/" + post + "/images?alt=x", Png(),
                            {{"Content-Type", "image/png"}});
      EXPECT_EQ(r.status, 201) << r.body;
      return std::to_string(r.json().value("id", int64_t{0}));
    }
    if (name == "new_post" || name == "new_deputy_post" || name == "new_published_post") {
      // A draft of the side's maslikhat by its staff: news, or the side's deputy's own post.
      json body = {{"kind", "news"}, {"texts", {{{"lang", "kk"}, {"title", "Жоба"}}}}};
      if (name == "new_deputy_post") {
        body["kind"] = "deputy_post";
        body["deputy_id"] = s.ids.at("deputy");
      }
      const int64_t post =
          Created(s.staff, "/api/v1/maslikhats/" + id("maslikhat") + "/posts", body);
      if (name == "new_published_post") {
        EXPECT_EQ(s.staff.Post("/api/v1/posts/" + std::to_string(post) + "/publish", json::object())
                      .status,
                  200);
      }
      return std::to_string(post);
    }
    if (name == "new_event" || name == "new_deputy_event" || name == "new_registered_event") {
      // An event of the side's maslikhat by its staff; the side's deputy's own; one the side's
      // citizen registered for.
      json body = json::parse(
          Fill(name == "new_deputy_event" ? authz::kDeputyEventBody : authz::kEventBody, side));
      const int64_t event =
          Created(s.staff, "/api/v1/maslikhats/" + id("maslikhat") + "/events", body);
      if (name == "new_registered_event") {
        Created(s.citizen, "/api/v1/events/" + std::to_string(event) + "/registration",
                json::object());
      }
      return std::to_string(event);
    }
    if (name == "new_booking" || name == "new_visit") {
      const int64_t booking = Created(
          s.citizen, "/api/v1/reception-sessions/" + std::to_string(NewSession(s)) + "/bookings",
          {{"topic", "Двор"}});
      if (name == "new_visit") {
        auto v = s.staff.Post("/api/v1/reception-bookings/" + std::to_string(booking) + "/visit",
                              {{"attended", true}});
        EXPECT_EQ(v.status, 200) << v.body;
      }
      return std::to_string(booking);
    }
    auto it = s.ids.find(name);
    if (it == s.ids.end()) {
      ADD_FAILURE() << "unknown placeholder <" << name << ">";
      return "0";
    }
    return std::to_string(it->second);
  }

  std::string Fill(const std::string& text, int side) {
    std::string out;
    size_t pos = 0;
    while (true) {
      size_t open = text.find('<', pos);
      if (open == std::string::npos) break;
      size_t close = text.find('>', open);
      out += text.substr(pos, open - pos);
      out += Resolve(text.substr(open + 1, close - open - 1), side);
      pos = close + 1;
    }
    return out + text.substr(pos);
  }

  // Sends one case from the role's client (a copy: cookies the answer sets stay with the case).
  HttpResult SendCase(const Row& row, int role, int side) {
    auto [method, pattern] = SplitRoute(row.route);
    Client c = clients_[role];
    if ((row.flags & authz::kFreshSession) && role != authz::kAnonymous) {
      c = app_.Login(creds_[role].first, creds_[role].second);
    }
    std::string target = Fill(row.target, side);
    std::string body = row.body == "@png"   ? Png()
                       : row.body == "@pdf" ? kPdf
                                            : Fill(row.body, side);
    if (row.flags & authz::kStream) {
      const auto session = c.Cookie("kenes_session");
      EventReader stream(app_.port(), target, session ? "kenes_session=" + *session : "");
      HttpResult r;
      r.status = stream.status();
      return r;
    }
    std::map<std::string, std::string> headers;
    if (!body.empty()) {
      headers["Content-Type"] = row.content_type.empty() ? "application/json" : row.content_type;
    }
    return c.Send(method, target, body, headers);
  }

  TestApp app_;
  Client admin_{0};
  std::array<Side, 2> sides_;
  std::array<Client, authz::kRoleCount> clients_{Client(0), Client(0), Client(0),
                                                 Client(0), Client(0), Client(0),
                                                 Client(0), Client(0), Client(0)};
  std::array<std::pair<std::string, std::string>, authz::kRoleCount> creds_;
  int seq_ = 100;
  // Reports to voters are one per deputy and year: each new one takes the next free year.
  std::array<int, 2> next_report_year_ = {2000, 2000};
  std::array<int, 2> next_annual_year_ = {2000, 2000};
  int64_t setup_ms_ = 0;
};

TEST_F(AuthzMatrix, EveryRoleGetsWhatTheTableSays) {
  const auto started = std::chrono::steady_clock::now();
  int cases = 0, mismatches = 0;
  const bool trace = std::getenv("KENES_AUTHZ_TRACE") != nullptr;  // print every case's status
  for (const Row& row : authz::Table()) {
    const bool scoped = IsScoped(row);
    if (row.flags & authz::kThrottled) app_.clock().Advance(int64_t{16} * 60'000);
    for (int role = 0; role < authz::kRoleCount; ++role) {
      for (int scope = 0; scope < (scoped ? 2 : 1); ++scope) {
        const int side = scope == 0 ? authz::kHomeSide[role] : 1 - authz::kHomeSide[role];
        const Outcome want = scope == 0 ? row.expect[role].own : row.expect[role].other;
        HttpResult res = SendCase(row, role, side);
        ++cases;
        bool unexpected = false;
        Outcome got = Classify(res.status, row, &unexpected);
        if (trace) {
          std::cout << res.status << "  " << row.route << "  " << row.target << "  "
                    << authz::kRoleNames[role] << " / " << (scope == 0 ? "own" : "other") << "\n";
        }
        if (unexpected || got != want) {
          ++mismatches;
          ADD_FAILURE() << row.route << "  (" << row.target
                        << ")\n  role: " << authz::kRoleNames[role]
                        << ", scope: " << (scope == 0 ? "own" : "other")
                        << "\n  expected: " << authz::Name(want) << "\n  got: " << res.status
                        << (unexpected ? " (not an outcome this row allows)" : "") << " "
                        << res.body.substr(0, 300);
        }
      }
    }
  }
  const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(
                      std::chrono::steady_clock::now() - started)
                      .count();
  std::cout << "[ authz    ] " << authz::Table().size() << " rows, " << cases << " cases, "
            << mismatches << " mismatches; setup " << setup_ms_ << " ms, cases " << ms << " ms ("
            << (app_.postgres() ? "PostgreSQL" : "SQLite") << ")\n";
}

}  // namespace kenes::testing
