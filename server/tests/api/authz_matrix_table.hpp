#pragma once
// The authorization matrix: every route the server registers (App::Routes(), "METHOD /pattern")
// × every role × own/other scope, with the expected outcome written once, here.
// authz_matrix_api_test.cpp builds the world, sends every case and compares; a route without a
// row, or a row whose route is gone, fails the suite (and so `make test`).
//
// Roles, in column order, each with a home side of the fixture world:
//   anonymous (no session; side A)      citizen (side A)    other citizen (side B)
//   deputy (linked to deputy A, side A) other deputy (deputy B of maslikhat Y, side B)
//   staff (staff of maslikhat X, A)     other staff (staff of maslikhat Y, B)
//   liaison (liaison of executive body A, side A)           admin (global; side A)
// Side A is maslikhat X with its okrugs, deputies, commission, executive body, template, and the
// appeal citizen A addressed to deputy A; side B is the same again in maslikhat Y for citizen B
// and deputy B. "Own" scope fills a row's placeholders with the role's home side, "other" scope
// with the opposite side: for citizen that is citizen B's appeal, for deputy B's appeal, for staff
// maslikhat Y. Rows that name no side's object are sent once (their cells must not depend on
// scope).
//
// Placeholders in `target` and `body`: <name> is the id of the fixture object `name` on the
// case's side; <other.name> takes it from the opposite side (to try one maslikhat's path with
// another's object). Objects: maslikhat, okrug (number 1), deputy (published, linked, has a
// photo), deputy_hidden (unpublished, no account), spare_user (an account of no deputy),
// commission, coverage (a row of okrug), body (executive body), template, appeal (side's citizen →
// side's deputy), register_entry (a masked draft of the public register: the side's citizen's
// consented appeal, answered), appeal_peer (side's citizen → another deputy of the same
// maslikhat, one that no role acts as), attachment (of appeal), request (deputy request of appeal
// to body), territory and user (one each, shared). Made fresh for every case, because the case may
// consume them: new_okrug, new_coverage, new_template, new_grant (a role grant of <user>),
// new_request, new_cancel_token (the token mailed with a fresh booking of the side's citizen),
// new_task (an open call task of the side's maslikhat: a phone booking of a session then
// cancelled), new_post, new_deputy_post (drafts by the side's staff: news, and the side's deputy's
// own post), new_published_post; new_post_image, new_published_post_image (a 1 px image the
// side's staff added to such a post). Draft discussions: draft (an open one of the side's
// maslikhat), draft_paragraph (its first paragraph), draft_comment (the side's citizen's comment on
// it); new_draft (an open one made for the case, which withdraws it). Work plans: work_plan (the
// side's maslikhat's published plan for 2026), work_plan_item (its first item), new_work_plan_item
// (an item added to it for the case); work_plan has its edition 1 (fixed on publishing).
// Maslikhat pages: apparatus_member (a person of the side's maslikhat's apparatus), question (a
// published question of its question-answer page); new_apparatus_member, new_question (made for
// the case, which removes them).
// Reports to voters: voter_report (a draft report of the side's deputy for 2026),
// published_voter_report (its published one for 2025); new_voter_report (a draft made for the
// case, for a year of its own).
// Annual reports: annual_report (the side's maslikhat's report for 2026, no version yet),
// published_annual_report (its commission's report for 2025, version 1); new_annual_report (a
// report of the side's maslikhat made for the case, for a year of its own).
// Sittings: sitting (the side's open sitting), sitting_decision, sitting_item (its agenda item),
// sitting_document (a PDF of the item) and sitting_document_version (its version);
// new_sitting_document (made for the case, which removes it).
// Also: seq (a fresh number), email (a fresh address), consent (the consent version). A body of
// "@png" / "@pdf" is a small valid image / PDF.
//
// Outcome classes, decided from the status alone:
//   kUnauthenticated  401.
//   kDenied           403 or 404: refused, or hidden as if it did not exist. The contract picks
//                     one per feature (appeals and directory hide with 404, admin-only routes
//                     answer 403); this matrix is about who gets through, so both count.
//   kAllowed          2xx, or one of the row's `after_gate` statuses. Those are answers that the
//                     code gives only after its authorization check: a wrong appeal transition
//                     (409) is decided after AppealPolicy::MayAct, a wrong TOTP or e-mail code
//                     (422) after IdentityPolicy, and so on; each row with after_gate says why.
//                     A 422 in general is NOT proof of passing the gate: the HTTP layer checks a
//                     body's shape (BodyReader) before the service checks the actor, so `{}` to an
//                     admin-only route answers 422 to a citizen. The bodies below are therefore
//                     valid, so that a refused role is refused by the policy, not by the parser.
// Anything else (405, 409/422 not listed, 5xx) fails the case as unexpected.
//
// A row written as it should be is a statement of the contract (docs/identity.md,
// docs/directory.md, docs/appeals.md); when the server disagrees the test fails: never bend a
// cell to what the server happens to do.

#include <array>
#include <string>
#include <vector>

namespace kenes::testing::authz {

enum Role {
  kAnonymous,
  kCitizen,
  kOtherCitizen,
  kDeputy,
  kOtherDeputy,
  kStaff,
  kOtherStaff,
  kLiaison,
  kAdmin,
  kRoleCount
};
inline constexpr std::array<const char*, kRoleCount> kRoleNames = {
    "anonymous",
    "citizen",
    "other citizen",
    "deputy",
    "other deputy",
    "staff",
    "other staff (another maslikhat)",
    "liaison",
    "admin"};
// The side whose objects are "own" for the role (0 = A, 1 = B).
inline constexpr std::array<int, kRoleCount> kHomeSide = {0, 0, 1, 0, 1, 0, 1, 0, 0};

enum class Outcome { kAllowed, kUnauthenticated, kDenied };
inline const char* Name(Outcome o) {
  return o == Outcome::kAllowed ? "allowed" : o == Outcome::kDenied ? "denied (403/404)" : "401";
}

struct Expect {
  Outcome own;
  Outcome other;
};
// The cells.
inline constexpr Expect OK{Outcome::kAllowed, Outcome::kAllowed};  // allowed in either scope
inline constexpr Expect NO{Outcome::kDenied, Outcome::kDenied};    // denied or hidden
inline constexpr Expect UN{Outcome::kUnauthenticated, Outcome::kUnauthenticated};  // 401
inline constexpr Expect OWN{Outcome::kAllowed, Outcome::kDenied};                  // own side only

struct Row {
  std::string route;   // exactly as App::Routes() spells it
  std::string target;  // path and query, with placeholders
  std::string body;    // "" = none; JSON unless content_type says otherwise
  // anonymous, citizen, other citizen, deputy, other deputy, staff, other staff, liaison, admin
  std::array<Expect, kRoleCount> expect;
  std::vector<int> after_gate = {};  // besides 2xx, statuses that come only after the check
  std::string content_type = {};
  unsigned flags = 0;  // kFreshSession, kThrottled, kStream
};
// The case ends the session: send it from a new one, so that later rows keep theirs.
inline constexpr unsigned kFreshSession = 1;
// The route counts requests per address (code e-mails: 10 per 15 minutes; code guesses: 20), and
// every case comes from 127.0.0.1: the fake clock moves past those windows before the row, and
// each case names a fresh login (<email>), so that a rate limit never poses as a role's outcome.
inline constexpr unsigned kThrottled = 2;
// The answer is an event stream that stays open: the case reads its status and hangs up.
inline constexpr unsigned kStream = 4;

// Shorthands for bodies used more than once.
inline const std::string kAppealBody =
    R"({"type":"complaint","language":"ru","subject":"Матрица <seq>","body":"Яма во дворе.",)"
    R"("addressee":"deputy","deputy_id":<deputy>})";
inline const std::string kCoverageCsv =
    "okrug_number,settlement_ru,settlement_kk,street_ru,street_kk,houses\n"
    "1,Кокшетау,Көкшетау,ул. Абая,Абай көшесі,1-99 odd\n";
inline const std::string kDeputiesCsv =
    "full_name_ru,full_name_kk,mandate_type,okrug_number,party_ru,party_kk,email,phone\n"
    "Сергеев Сергей,Сергеев Сергей,party_list,,,,,\n";
inline const std::string kReceptionSessionBody =
    R"({"deputy_id":<deputy>,"day":"2026-12-02","starts_at":"10:00","ends_at":"12:00",)"
    R"("slot_minutes":20,"capacity":1,"place_kind":"maslikhat","place":"Маслихат, каб. 101"})";

inline const std::string kEventBody =
    R"({"type":"lecture","starts_at":"2026-12-02T18:00","ends_at":"2026-12-02T19:00",)"
    R"("place":"Школа № 5","texts":{"ru":{"title":"Лекция"}}})";
inline const std::string kDeputyEventBody =
    R"({"type":"voter_meeting","deputy_id":<deputy>,"starts_at":"2026-12-02T18:00",)"
    R"("ends_at":"2026-12-02T19:00","place":"Библиотека","texts":{"kk":{"title":"Кездесу"}}})";

// clang-format off
inline const std::vector<Row>& Table() {
  static const std::vector<Row> rows = {
    //                                                           anon citz cit2 depu dep2 staf stf2 liai admn
    // --- platform, public ------------------------------------------------------------------
    {"GET /healthz", "/healthz", "",                            {OK,  OK,  OK,  OK,  OK,  OK,  OK,  OK,  OK}},
    // /metrics is not for a role but for an address: loopback (as here) or a bearer token.
    {"GET /metrics", "/metrics", "",                            {OK,  OK,  OK,  OK,  OK,  OK,  OK,  OK,  OK}},
    {"GET /api/v1/info", "/api/v1/info", "",                    {OK,  OK,  OK,  OK,  OK,  OK,  OK,  OK,  OK}},
    {"GET /api/v1/csrf", "/api/v1/csrf", "",                    {OK,  OK,  OK,  OK,  OK,  OK,  OK,  OK,  OK}},

    // --- identity: public account flows (no gate; the 422s are wrong codes, for anyone) -----
    {"POST /api/v1/auth/register", "/api/v1/auth/register",
     R"({"email":"<email>","password":"correct-horse-1","display_name":"Тест","language":"ru",)"
     R"("consent":{"accepted":true,"version":"<consent>"}})",
                                                                {OK,  OK,  OK,  OK,  OK,  OK,  OK,  OK,  OK}},
    {"POST /api/v1/auth/verify", "/api/v1/auth/verify", R"({"login":"<email>","code":"000000"})",
                                                                {OK,  OK,  OK,  OK,  OK,  OK,  OK,  OK,  OK}, {422}, {}, kThrottled},
    {"POST /api/v1/auth/resend", "/api/v1/auth/resend", R"({"login":"<email>"})",
                                                                {OK,  OK,  OK,  OK,  OK,  OK,  OK,  OK,  OK}, {}, {}, kThrottled},
    {"POST /api/v1/auth/login", "/api/v1/auth/login",
     R"({"login":"login-target@example.kz","password":"login-target-1"})",
                                                                {OK,  OK,  OK,  OK,  OK,  OK,  OK,  OK,  OK}},
    {"POST /api/v1/auth/logout", "/api/v1/auth/logout", "",     {OK,  OK,  OK,  OK,  OK,  OK,  OK,  OK,  OK}, {}, {}, kFreshSession},
    {"POST /api/v1/auth/password-reset", "/api/v1/auth/password-reset", R"({"login":"<email>"})",
                                                                {OK,  OK,  OK,  OK,  OK,  OK,  OK,  OK,  OK}, {}, {}, kThrottled},
    {"POST /api/v1/auth/password-reset/confirm", "/api/v1/auth/password-reset/confirm",
     R"({"login":"<email>","code":"000000","new_password":"another-horse-2"})",
                                                                {OK,  OK,  OK,  OK,  OK,  OK,  OK,  OK,  OK}, {422}, {}, kThrottled},
    // The link from the lock-out e-mail; a wrong token is 422 for anyone.
    {"POST /api/v1/auth/unlock", "/api/v1/auth/unlock",
     R"({"token":"0000000000000000000000000000000000000000000000000000000000000000"})",
                                                                {OK,  OK,  OK,  OK,  OK,  OK,  OK,  OK,  OK}, {422}},

    // --- identity: the signed-in person's own account ---------------------------------------
    // Who is signed in: a guest gets {"user": null}, not a 401.
    {"GET /api/v1/auth/session", "/api/v1/auth/session", "",  {OK,  OK,  OK,  OK,  OK,  OK,  OK,  OK,  OK}},
    {"GET /api/v1/me", "/api/v1/me", "",                        {UN,  OK,  OK,  OK,  OK,  OK,  OK,  OK,  OK}},
    {"PATCH /api/v1/me", "/api/v1/me", R"({"language":"ru"})",  {UN,  OK,  OK,  OK,  OK,  OK,  OK,  OK,  OK}},
    // A second factor is for accounts with a staff role (every role but citizen).
    {"POST /api/v1/me/totp/setup", "/api/v1/me/totp/setup", "", {UN,  NO,  NO,  OK,  OK,  OK,  OK,  OK,  OK}},
    // 422 {"code":"invalid"}: the code is checked after IdentityPolicy::UseSecondFactor.
    {"POST /api/v1/me/totp/enable", "/api/v1/me/totp/enable", R"({"code":"000000"})",
                                                                {UN,  NO,  NO,  OK,  OK,  OK,  OK,  OK,  OK}, {422}},
    // Disabling needs only a session (nobody here has a factor on: 422 wrong code, after the gate).
    {"POST /api/v1/me/totp/disable", "/api/v1/me/totp/disable", R"({"code":"000000"})",
                                                                {UN,  OK,  OK,  OK,  OK,  OK,  OK,  OK,  OK}, {422}},

    // --- identity: administration ------------------------------------------------------------
    {"GET /api/v1/users", "/api/v1/users", "",                  {UN,  NO,  NO,  NO,  NO,  NO,  NO,  NO,  OK}},
    {"POST /api/v1/users/{id}/roles", "/api/v1/users/<user>/roles", R"({"role":"expert","scope_type":"global"})",
                                                                {UN,  NO,  NO,  NO,  NO,  NO,  NO,  NO,  OK}},
    {"DELETE /api/v1/users/{id}/roles/{grant_id}", "/api/v1/users/<user>/roles/<new_grant>", "",
                                                                {UN,  NO,  NO,  NO,  NO,  NO,  NO,  NO,  OK}},

    // --- directory: public reads ---------------------------------------------------------------
    {"GET /api/v1/territories", "/api/v1/territories", "",      {OK,  OK,  OK,  OK,  OK,  OK,  OK,  OK,  OK}},
    {"GET /api/v1/territories/{id}/history", "/api/v1/territories/<territory>/history", "",
                                                                {OK,  OK,  OK,  OK,  OK,  OK,  OK,  OK,  OK}},
    {"GET /api/v1/maslikhats", "/api/v1/maslikhats", "",        {OK,  OK,  OK,  OK,  OK,  OK,  OK,  OK,  OK}},
    {"GET /api/v1/maslikhats/{id}", "/api/v1/maslikhats/<maslikhat>", "",
                                                                {OK,  OK,  OK,  OK,  OK,  OK,  OK,  OK,  OK}},
    {"GET /api/v1/maslikhats/{id}/okrugs", "/api/v1/maslikhats/<maslikhat>/okrugs", "",
                                                                {OK,  OK,  OK,  OK,  OK,  OK,  OK,  OK,  OK}},
    {"GET /api/v1/okrugs/{id}", "/api/v1/okrugs/<okrug>", "",   {OK,  OK,  OK,  OK,  OK,  OK,  OK,  OK,  OK}},
    {"GET /api/v1/deputies", "/api/v1/deputies?maslikhat_id=<maslikhat>", "",
                                                                {OK,  OK,  OK,  OK,  OK,  OK,  OK,  OK,  OK}},
    {"GET /api/v1/deputies/{id}", "/api/v1/deputies/<deputy>", "",
                                                                {OK,  OK,  OK,  OK,  OK,  OK,  OK,  OK,  OK}},
    // An unpublished deputy: only the maslikhat's editors (its staff, admins) see it.
    {"GET /api/v1/deputies/{id}", "/api/v1/deputies/<deputy_hidden>", "",
                                                                {NO,  NO,  NO,  NO,  NO,  OWN, OWN, NO,  OK}},
    {"GET /api/v1/deputies/{id}/photo", "/api/v1/deputies/<deputy>/photo", "",
                                                                {OK,  OK,  OK,  OK,  OK,  OK,  OK,  OK,  OK}},
    {"GET /api/v1/maslikhats/{id}/commissions", "/api/v1/maslikhats/<maslikhat>/commissions", "",
                                                                {OK,  OK,  OK,  OK,  OK,  OK,  OK,  OK,  OK}},
    {"GET /api/v1/commissions/{id}", "/api/v1/commissions/<commission>", "",
                                                                {OK,  OK,  OK,  OK,  OK,  OK,  OK,  OK,  OK}},
    {"GET /api/v1/addresses/settlements", "/api/v1/addresses/settlements?q=%D0%9A%D0%BE%D0%BA", "",
                                                                {OK,  OK,  OK,  OK,  OK,  OK,  OK,  OK,  OK}},
    {"GET /api/v1/addresses/streets", "/api/v1/addresses/streets?settlement=x&q=a", "",
                                                                {OK,  OK,  OK,  OK,  OK,  OK,  OK,  OK,  OK}},
    {"GET /api/v1/addresses/lookup", "/api/v1/addresses/lookup?settlement=x&street=y&house=1", "",
                                                                {OK,  OK,  OK,  OK,  OK,  OK,  OK,  OK,  OK}},

    // --- directory: admin only -------------------------------------------------------------------
    {"POST /api/v1/territories", "/api/v1/territories",
     R"({"level":"settlement","name_kk":"Ауыл <seq>","name_ru":"Село <seq>","valid_from":"2020-01-01"})",
                                                                {UN,  NO,  NO,  NO,  NO,  NO,  NO,  NO,  OK}},
    {"PATCH /api/v1/territories/{id}", "/api/v1/territories/<territory>", R"({"kato_code":"111010000"})",
                                                                {UN,  NO,  NO,  NO,  NO,  NO,  NO,  NO,  OK}},
    {"POST /api/v1/maslikhats", "/api/v1/maslikhats",
     R"({"territory_id":<territory>,"level":"district","name_kk":"Жаңа <seq>","name_ru":"Новый <seq>"})",
                                                                {UN,  NO,  NO,  NO,  NO,  NO,  NO,  NO,  OK}},

    // --- directory: the maslikhat's editors (its staff or chair, and admins) -------------------
    {"PATCH /api/v1/maslikhats/{id}", "/api/v1/maslikhats/<maslikhat>", R"({"email":"office@example.kz"})",
                                                                {UN,  NO,  NO,  NO,  NO,  OWN, OWN, NO,  OK}},
    // Re-parenting a maslikhat (which lets the parent's staff read it) is for admins only.
    {"PATCH /api/v1/maslikhats/{id}", "/api/v1/maslikhats/<maslikhat>", R"({"parent_id":null})",
                                                                {UN,  NO,  NO,  NO,  NO,  NO,  NO,  NO,  OK}},
    // The operator of personal data named in every consent to it (docs/personal-data.md): admins only.
    {"PATCH /api/v1/maslikhats/{id}", "/api/v1/maslikhats/<maslikhat>",
     R"({"operator_name_kk":"Аппарат","operator_name_ru":"Аппарат","bin":"120340001230"})",
                                                                {UN,  NO,  NO,  NO,  NO,  NO,  NO,  NO,  OK}},
    {"POST /api/v1/maslikhats/{id}/okrugs", "/api/v1/maslikhats/<maslikhat>/okrugs", R"({"number":<seq>})",
                                                                {UN,  NO,  NO,  NO,  NO,  OWN, OWN, NO,  OK}},
    {"PATCH /api/v1/okrugs/{id}", "/api/v1/okrugs/<okrug>", R"({"center_ru":"Центр"})",
                                                                {UN,  NO,  NO,  NO,  NO,  OWN, OWN, NO,  OK}},
    {"DELETE /api/v1/okrugs/{id}", "/api/v1/okrugs/<new_okrug>", "",
                                                                {UN,  NO,  NO,  NO,  NO,  OWN, OWN, NO,  OK}},
    {"POST /api/v1/okrugs/{id}/coverage", "/api/v1/okrugs/<okrug>/coverage",
     R"({"settlement_ru":"Кокшетау","street_ru":"ул. Матрицы","houses":"1-9"})",
                                                                {UN,  NO,  NO,  NO,  NO,  OWN, OWN, NO,  OK}},
    {"DELETE /api/v1/okrugs/{id}/coverage/{row}", "/api/v1/okrugs/<okrug>/coverage/<new_coverage>", "",
                                                                {UN,  NO,  NO,  NO,  NO,  OWN, OWN, NO,  OK}},
    // Another okrug's row through one's own okrug: not found for anyone.
    {"DELETE /api/v1/okrugs/{id}/coverage/{row}", "/api/v1/okrugs/<okrug>/coverage/<other.new_coverage>", "",
                                                                {UN,  NO,  NO,  NO,  NO,  NO,  NO,  NO,  NO}},
    {"POST /api/v1/maslikhats/{id}/deputies", "/api/v1/maslikhats/<maslikhat>/deputies",
     R"({"full_name_ru":"Депутат <seq>","full_name_kk":"Депутат <seq>","mandate_type":"party_list"})",
                                                                {UN,  NO,  NO,  NO,  NO,  OWN, OWN, NO,  OK}},
    {"PATCH /api/v1/deputies/{id}", "/api/v1/deputies/<deputy>", R"({"bio_ru":"Биография."})",
                                                                {UN,  NO,  NO,  NO,  NO,  OWN, OWN, NO,  OK}},
    // Which account acts as a deputy is an administrator's decision, not the maslikhat's staff's.
    {"PATCH /api/v1/deputies/{id}", "/api/v1/deputies/<deputy_hidden>", R"({"user_id":<spare_user>})",
                                                                {UN,  NO,  NO,  NO,  NO,  NO,  NO,  NO,  OK}},
    {"PUT /api/v1/deputies/{id}/photo", "/api/v1/deputies/<deputy>/photo", "@png",
                                                                {UN,  NO,  NO,  NO,  NO,  OWN, OWN, NO,  OK}, {}, "image/png"},
    {"POST /api/v1/maslikhats/{id}/commissions", "/api/v1/maslikhats/<maslikhat>/commissions",
     R"({"kind":"standing","name_kk":"Комиссия <seq>","name_ru":"Комиссия <seq>"})",
                                                                {UN,  NO,  NO,  NO,  NO,  OWN, OWN, NO,  OK}},
    {"PATCH /api/v1/commissions/{id}", "/api/v1/commissions/<commission>", R"({"remit_ru":"Бюджет."})",
                                                                {UN,  NO,  NO,  NO,  NO,  OWN, OWN, NO,  OK}},
    {"PUT /api/v1/commissions/{id}/members", "/api/v1/commissions/<commission>/members",
     R"({"members":[{"deputy_id":<deputy>,"role":"member"}]})",
                                                                {UN,  NO,  NO,  NO,  NO,  OWN, OWN, NO,  OK}},
    {"POST /api/v1/maslikhats/{id}/imports/coverage", "/api/v1/maslikhats/<maslikhat>/imports/coverage?dry_run=true",
     kCoverageCsv,                                              {UN,  NO,  NO,  NO,  NO,  OWN, OWN, NO,  OK}, {}, "text/csv"},
    {"POST /api/v1/maslikhats/{id}/imports/deputies", "/api/v1/maslikhats/<maslikhat>/imports/deputies?dry_run=true",
     kDeputiesCsv,                                              {UN,  NO,  NO,  NO,  NO,  OWN, OWN, NO,  OK}, {}, "text/csv"},

    // --- appeals: filing and reading -------------------------------------------------------------
    // Anyone signed in may file as themselves (staff and deputies are people too).
    {"POST /api/v1/appeals", "/api/v1/appeals", kAppealBody,    {UN,  OK,  OK,  OK,  OK,  OK,  OK,  OK,  OK}},
    // Registering on behalf of someone ("channel") is for the addressed maslikhat's staff.
    {"POST /api/v1/appeals", "/api/v1/appeals",
     R"({"type":"statement","language":"ru","subject":"Устно <seq>","body":"Принято на приёме.",)"
     R"("addressee":"deputy","deputy_id":<deputy>,"channel":"paper","applicant_name":"Иванов Иван"})",
                                                                {UN,  NO,  NO,  NO,  NO,  OWN, OWN, NO,  NO}},
    // Without maslikhat_id everyone gets their own list (possibly empty).
    {"GET /api/v1/appeals", "/api/v1/appeals", "",              {UN,  OK,  OK,  OK,  OK,  OK,  OK,  OK,  OK}},
    {"GET /api/v1/appeals", "/api/v1/appeals?maslikhat_id=<maslikhat>", "",
                                                                {UN,  NO,  NO,  NO,  NO,  OWN, OWN, NO,  NO}},
    // The applicant, the addressed deputy, the maslikhat's staff; administrators see nothing.
    {"GET /api/v1/appeals/{id}", "/api/v1/appeals/<appeal>", "",
                                                                {UN,  OWN, OWN, OWN, OWN, OWN, OWN, NO,  NO}},
    // Addressed to another deputy of the same maslikhat: not the deputy's.
    {"GET /api/v1/appeals/{id}", "/api/v1/appeals/<appeal_peer>", "",
                                                                {UN,  OWN, OWN, NO,  NO,  OWN, OWN, NO,  NO}},
    {"GET /api/v1/appeals/{id}/talon.pdf", "/api/v1/appeals/<appeal>/talon.pdf", "",
                                                                {UN,  OWN, OWN, OWN, OWN, OWN, OWN, NO,  NO}},
    {"GET /api/v1/appeals/{id}/talon.pdf", "/api/v1/appeals/<appeal_peer>/talon.pdf", "",
                                                                {UN,  OWN, OWN, NO,  NO,  OWN, OWN, NO,  NO}},
    {"PATCH /api/v1/appeals/{id}", "/api/v1/appeals/<appeal>", R"({"category":"roads"})",
                                                                {UN,  NO,  NO,  NO,  NO,  OWN, OWN, NO,  NO}},

    // --- appeals: actions (409 = a wrong transition, decided after AppealPolicy::MayAct) --------
    {"POST /api/v1/appeals/{id}/actions", "/api/v1/appeals/<appeal>/actions", R"({"action":"start"})",
                                                                {UN,  NO,  NO,  OWN, OWN, OWN, OWN, NO,  NO}, {409}},
    {"POST /api/v1/appeals/{id}/actions", "/api/v1/appeals/<appeal_peer>/actions", R"({"action":"start"})",
                                                                {UN,  NO,  NO,  NO,  NO,  OWN, OWN, NO,  NO}, {409}},
    {"POST /api/v1/appeals/{id}/actions", "/api/v1/appeals/<appeal>/actions",
     R"({"action":"assign","deputy_id":<deputy>})",             {UN,  NO,  NO,  NO,  NO,  OWN, OWN, NO,  NO}, {409}},
    {"POST /api/v1/appeals/{id}/actions", "/api/v1/appeals/<appeal>/actions",
     R"({"action":"reopen","reason":"Не решено."})",            {UN,  OWN, OWN, NO,  NO,  NO,  NO,  NO,  NO}, {409}},
    // Forwarding a part to the competent body (docs/appeals.md): the maslikhat's staff, like forwarding.
    {"POST /api/v1/appeals/{id}/actions", "/api/v1/appeals/<appeal>/actions",
     R"({"action":"forward_part","forward_to":"Акимат","part":"Дорога","reason":"Не наша компетенция."})",
                                                                {UN,  NO,  NO,  NO,  NO,  OWN, OWN, NO,  NO}, {409}},
    // Marking an appeal urgent after registration (docs/appeals-deadlines.md rule 9): the maslikhat's staff.
    {"POST /api/v1/appeals/{id}/actions", "/api/v1/appeals/<appeal>/actions",
     R"({"action":"mark_urgent","reason":"Угроза жизни."})",     {UN,  NO,  NO,  NO,  NO,  OWN, OWN, NO,  NO}, {409}},
    // 409: nothing answered yet to rate; decided after the applicant check.
    {"POST /api/v1/appeals/{id}/feedback", "/api/v1/appeals/<appeal>/feedback", R"({"solved":true})",
                                                                {UN,  OWN, OWN, NO,  NO,  NO,  NO,  NO,  NO}, {409}},

    // --- appeals: attachments (whoever sees the appeal) -------------------------------------------
    {"POST /api/v1/appeals/{id}/attachments", "/api/v1/appeals/<appeal>/attachments?kind=appeal&name=scan.pdf", "@pdf",
                                                                {UN,  OWN, OWN, OWN, OWN, OWN, OWN, NO,  NO}, {}, "application/pdf"},
    // An answer's file: the handling deputy and staff only; the applicant is refused.
    {"POST /api/v1/appeals/{id}/attachments", "/api/v1/appeals/<appeal>/attachments?kind=answer&name=answer.pdf", "@pdf",
                                                                {UN,  NO,  NO,  OWN, OWN, OWN, OWN, NO,  NO}, {}, "application/pdf"},
    {"GET /api/v1/appeals/{id}/attachments", "/api/v1/appeals/<appeal>/attachments", "",
                                                                {UN,  OWN, OWN, OWN, OWN, OWN, OWN, NO,  NO}},
    {"GET /api/v1/appeals/{id}/attachments/{attachment_id}", "/api/v1/appeals/<appeal>/attachments/<attachment>", "",
                                                                {UN,  OWN, OWN, OWN, OWN, OWN, OWN, NO,  NO}},
    // Another appeal's file through an appeal one sees: not found.
    {"GET /api/v1/appeals/{id}/attachments/{attachment_id}", "/api/v1/appeals/<appeal>/attachments/<other.attachment>", "",
                                                                {UN,  NO,  NO,  NO,  NO,  NO,  NO,  NO,  NO}},

    // --- appeals: the maslikhat's control (staff of it) -------------------------------------------
    {"GET /api/v1/appeals-dashboard", "/api/v1/appeals-dashboard?maslikhat_id=<maslikhat>", "",
                                                                {UN,  NO,  NO,  NO,  NO,  OWN, OWN, NO,  NO}},
    {"GET /api/v1/appeals-export", "/api/v1/appeals-export?maslikhat_id=<maslikhat>&format=csv", "",
                                                                {UN,  NO,  NO,  NO,  NO,  OWN, OWN, NO,  NO}},
    // Deputies of the maslikhat read its templates; only its staff change them.
    {"GET /api/v1/maslikhats/{id}/answer-templates", "/api/v1/maslikhats/<maslikhat>/answer-templates", "",
                                                                {UN,  NO,  NO,  OWN, OWN, OWN, OWN, NO,  NO}},
    {"POST /api/v1/maslikhats/{id}/answer-templates", "/api/v1/maslikhats/<maslikhat>/answer-templates",
     R"({"language":"ru","title":"Шаблон <seq>","body":"Текст ответа."})",
                                                                {UN,  NO,  NO,  NO,  NO,  OWN, OWN, NO,  NO}},
    {"PUT /api/v1/maslikhats/{id}/answer-templates/{template_id}",
     "/api/v1/maslikhats/<maslikhat>/answer-templates/<template>",
     R"({"language":"ru","title":"Шаблон","body":"Новый текст."})",
                                                                {UN,  NO,  NO,  NO,  NO,  OWN, OWN, NO,  NO}},
    {"PUT /api/v1/maslikhats/{id}/answer-templates/{template_id}",
     "/api/v1/maslikhats/<maslikhat>/answer-templates/<other.template>",
     R"({"language":"ru","title":"Шаблон","body":"Чужой текст."})",
                                                                {UN,  NO,  NO,  NO,  NO,  NO,  NO,  NO,  NO}},
    {"DELETE /api/v1/maslikhats/{id}/answer-templates/{template_id}",
     "/api/v1/maslikhats/<maslikhat>/answer-templates/<new_template>", "",
                                                                {UN,  NO,  NO,  NO,  NO,  OWN, OWN, NO,  NO}},
    {"DELETE /api/v1/maslikhats/{id}/answer-templates/{template_id}",
     "/api/v1/maslikhats/<maslikhat>/answer-templates/<other.new_template>", "",
                                                                {UN,  NO,  NO,  NO,  NO,  NO,  NO,  NO,  NO}},

    // --- appeals: public and installation-wide ------------------------------------------------------
    {"GET /api/v1/public/appeals", "/api/v1/public/appeals?maslikhat_id=<maslikhat>", "",
                                                                {OK,  OK,  OK,  OK,  OK,  OK,  OK,  OK,  OK}},
    {"GET /api/v1/appeal-categories", "/api/v1/appeal-categories", "",
                                                                {OK,  OK,  OK,  OK,  OK,  OK,  OK,  OK,  OK}},
    {"PUT /api/v1/appeal-categories", "/api/v1/appeal-categories",
     R"({"items":[{"key":"roads","name_kk":"Жолдар","name_ru":"Дороги","name_en":"Roads"}]})",
                                                                {UN,  NO,  NO,  NO,  NO,  NO,  NO,  NO,  OK}},
    {"GET /api/v1/calendar", "/api/v1/calendar", "",
                                                                {UN,  NO,  NO,  NO,  NO,  NO,  NO,  NO,  OK}},
    {"GET /api/v1/calendar/{year}", "/api/v1/calendar/2026", "",
                                                                {OK,  OK,  OK,  OK,  OK,  OK,  OK,  OK,  OK}},
    {"PUT /api/v1/calendar/{year}", "/api/v1/calendar/2030",
     R"({"days":[{"day":"2030-01-01","kind":"non_working","note":"Жаңа жыл"}]})",
                                                                {UN,  NO,  NO,  NO,  NO,  NO,  NO,  NO,  OK}},

    // --- appeals: deputy requests to executive bodies -------------------------------------------------
    {"GET /api/v1/executive-bodies", "/api/v1/executive-bodies", "",
                                                                {OK,  OK,  OK,  OK,  OK,  OK,  OK,  OK,  OK}},
    // Admins, or staff for their own maslikhat.
    {"POST /api/v1/executive-bodies", "/api/v1/executive-bodies",
     R"({"maslikhat_id":<maslikhat>,"name_kk":"Бөлім <seq>","name_ru":"Отдел <seq>"})",
                                                                {UN,  NO,  NO,  NO,  NO,  OWN, OWN, NO,  OK}},
    // The handling deputy and the maslikhat's staff; the applicant is refused.
    {"POST /api/v1/appeals/{id}/deputy-requests", "/api/v1/appeals/<appeal>/deputy-requests",
     R"({"body_id":<body>,"text":"Прошу сообщить сроки."})",    {UN,  NO,  NO,  OWN, OWN, OWN, OWN, NO,  NO}},
    // Without appeal_id everyone gets the requests they may see (possibly none).
    {"GET /api/v1/deputy-requests", "/api/v1/deputy-requests", "",
                                                                {UN,  OK,  OK,  OK,  OK,  OK,  OK,  OK,  OK}},
    {"GET /api/v1/deputy-requests", "/api/v1/deputy-requests?appeal_id=<appeal>", "",
                                                                {UN,  NO,  NO,  OWN, OWN, OWN, OWN, NO,  NO}},
    // Only the liaison of the body the request went to.
    {"POST /api/v1/deputy-requests/{id}/answer", "/api/v1/deputy-requests/<new_request>/answer",
     R"({"text":"Ремонт в мае."})",                             {UN,  NO,  NO,  NO,  NO,  NO,  NO,  OWN, NO}},

    // --- reception: sessions public; the maslikhat's staff schedule; hosts run the day -------------
    {"GET /api/v1/reception-sessions", "/api/v1/reception-sessions?maslikhat_id=<maslikhat>", "",
                                                                {OK,  OK,  OK,  OK,  OK,  OK,  OK,  OK,  OK}},
    // A host's own reception days: any signed-in person asks (an empty list for one who hosts none).
    {"GET /api/v1/reception-sessions", "/api/v1/reception-sessions?mine=true", "",
                                                                {UN,  OK,  OK,  OK,  OK,  OK,  OK,  OK,  OK}},
    {"GET /api/v1/reception-sessions/{id}", "/api/v1/reception-sessions/<session>", "",
                                                                {OK,  OK,  OK,  OK,  OK,  OK,  OK,  OK,  OK}},
    {"POST /api/v1/maslikhats/{id}/reception-sessions", "/api/v1/maslikhats/<maslikhat>/reception-sessions",
     kReceptionSessionBody,                                     {UN,  NO,  NO,  NO,  NO,  OWN, OWN, NO,  NO}},
    {"POST /api/v1/reception-sessions/{id}/cancel", "/api/v1/reception-sessions/<new_session>/cancel",
     R"({"reason":"Депутат в командировке."})",                 {UN,  NO,  NO,  NO,  NO,  OWN, OWN, NO,  NO}},
    {"POST /api/v1/reception-sessions/{id}/move", "/api/v1/reception-sessions/<new_session>/move",
     R"({"day":"2026-12-03","starts_at":"11:00"})",             {UN,  NO,  NO,  NO,  NO,  OWN, OWN, NO,  NO}},
    // Anyone signed in books for themselves; only the maslikhat's staff book for someone by phone.
    {"POST /api/v1/reception-sessions/{id}/bookings", "/api/v1/reception-sessions/<new_session>/bookings",
     R"({"topic":"Освещение улицы"})",                          {UN,  OK,  OK,  OK,  OK,  OK,  OK,  OK,  OK}},
    {"POST /api/v1/reception-sessions/{id}/bookings", "/api/v1/reception-sessions/<new_session>/bookings",
     R"({"topic":"Освещение улицы","name":"Иванов Иван","phone":"+77011234567"})",
                                                                {UN,  NO,  NO,  NO,  NO,  OWN, OWN, NO,  NO}},
    // The day list carries visitors' contacts: the session's deputy and the maslikhat's staff.
    {"GET /api/v1/reception-sessions/{id}/bookings", "/api/v1/reception-sessions/<session>/bookings", "",
                                                                {UN,  NO,  NO,  OWN, OWN, OWN, OWN, NO,  NO}},
    {"POST /api/v1/reception-sessions/{id}/walk-ins", "/api/v1/reception-sessions/<session>/walk-ins",
     R"({"name":"Петров Пётр","topic":"Тротуар"})",             {UN,  NO,  NO,  OWN, OWN, OWN, OWN, NO,  NO}},
    {"GET /api/v1/me/reception-bookings", "/api/v1/me/reception-bookings", "",
                                                                {UN,  OK,  OK,  OK,  OK,  OK,  OK,  OK,  OK}},
    // The side's citizen owns <new_booking>; the hosts may cancel it too.
    {"POST /api/v1/reception-bookings/{id}/cancel", "/api/v1/reception-bookings/<new_booking>/cancel", "",
                                                                {UN,  OWN, OWN, OWN, OWN, OWN, OWN, NO,  NO}},
    {"POST /api/v1/reception-bookings/{id}/visit", "/api/v1/reception-bookings/<booking>/visit",
     R"({"attended":true,"matter":"Освещение"})",               {UN,  NO,  NO,  OWN, OWN, OWN, OWN, NO,  NO}},
    {"POST /api/v1/reception-bookings/{id}/appeal", "/api/v1/reception-bookings/<new_visit>/appeal",
     R"({"subject":"Освещение улицы","body":"На улице Абая не горят фонари."})",
                                                                {UN,  NO,  NO,  OWN, OWN, OWN, OWN, NO,  NO}},
    // Statistics: the maslikhat's staff every host, a deputy of the maslikhat their own row.
    {"GET /api/v1/maslikhats/{id}/reception-stats", "/api/v1/maslikhats/<maslikhat>/reception-stats?from=2026-01&to=2026-12", "",
                                                                {UN,  NO,  NO,  OWN, OWN, OWN, OWN, NO,  NO}},
    {"GET /api/v1/maslikhats/{id}/reception-stats.xlsx", "/api/v1/maslikhats/<maslikhat>/reception-stats.xlsx?lang=kk", "",
                                                                {UN,  NO,  NO,  OWN, OWN, OWN, OWN, NO,  NO}},

    // Calendar feeds: one booking's event for its owner and hosts; the schedules are public.
    {"GET /api/v1/reception-bookings/{id}/booking.ics", "/api/v1/reception-bookings/<booking>/booking.ics", "",
                                                                {UN,  OWN, OWN, OWN, OWN, OWN, OWN, NO,  NO}},
    {"GET /api/v1/deputies/{id}/receptions.ics", "/api/v1/deputies/<deputy>/receptions.ics", "",
                                                                {OK,  OK,  OK,  OK,  OK,  OK,  OK,  OK,  OK}},
    {"GET /api/v1/maslikhats/{id}/receptions.ics", "/api/v1/maslikhats/<maslikhat>/receptions.ics?lang=kk", "",
                                                                {OK,  OK,  OK,  OK,  OK,  OK,  OK,  OK,  OK}},
    // The cancel link: no sign-in, the mailed token is the key, whoever holds it (a token that
    // names no booking is 404 for everyone: ReceptionFeedApi.ACancelLink…).
    {"POST /api/v1/reception-bookings/by-link", "/api/v1/reception-bookings/by-link",
     R"({"token":"<new_cancel_token>"})",                       {OK,  OK,  OK,  OK,  OK,  OK,  OK,  OK,  OK}},
    {"POST /api/v1/reception-bookings/cancel-by-link", "/api/v1/reception-bookings/cancel-by-link",
     R"({"token":"<new_cancel_token>"})",                       {OK,  OK,  OK,  OK,  OK,  OK,  OK,  OK,  OK}},

    // --- staff tasks: the person's contact; the maslikhat's staff, and administrators -------------
    {"GET /api/v1/maslikhats/{id}/staff-tasks", "/api/v1/maslikhats/<maslikhat>/staff-tasks", "",
                                                                {UN,  NO,  NO,  NO,  NO,  OWN, OWN, NO,  OK}},
    {"POST /api/v1/staff-tasks/{id}/done", "/api/v1/staff-tasks/<new_task>/done",
     R"({"note":"Дозвонились."})",                              {UN,  NO,  NO,  NO,  NO,  OWN, OWN, NO,  OK}},

    // --- notifications: one's own ---------------------------------------------------------------------
    {"GET /api/v1/me/notifications", "/api/v1/me/notifications", "",
                                                                {UN,  OK,  OK,  OK,  OK,  OK,  OK,  OK,  OK}},
    {"POST /api/v1/me/notifications/read", "/api/v1/me/notifications/read", R"({"all":true})",
                                                                {UN,  OK,  OK,  OK,  OK,  OK,  OK,  OK,  OK}},
    // --- subscriptions: one's own follows; an unsubscribe link works for whoever holds it -------
    {"GET /api/v1/me/subscriptions", "/api/v1/me/subscriptions?lang=kk", "",
                                                                {UN,  OK,  OK,  OK,  OK,  OK,  OK,  OK,  OK}},
    {"POST /api/v1/me/subscriptions", "/api/v1/me/subscriptions",
     R"({"target_kind":"tag","tag":"тег<seq>","delivery":"weekly"})",
                                                                {UN,  OK,  OK,  OK,  OK,  OK,  OK,  OK,  OK}},
    {"PATCH /api/v1/me/subscriptions/{id}", "/api/v1/me/subscriptions/<new_subscription>",
     R"({"delivery":"immediate"})",                             {UN,  OWN, OWN, NO,  NO,  NO,  NO,  NO,  NO}},
    {"DELETE /api/v1/me/subscriptions/{id}", "/api/v1/me/subscriptions/<new_subscription>", "",
                                                                {UN,  OWN, OWN, NO,  NO,  NO,  NO,  NO,  NO}},
    {"GET /api/v1/unsubscribe", "/api/v1/unsubscribe?token=<new_unsubscribe_token>", "",
                                                                {OK,  OK,  OK,  OK,  OK,  OK,  OK,  OK,  OK}},
    {"POST /api/v1/unsubscribe", "/api/v1/unsubscribe?token=<new_unsubscribe_token>", "",
                                                                {OK,  OK,  OK,  OK,  OK,  OK,  OK,  OK,  OK}},
    // --- posts: the public reads; the maslikhat's staff write, a deputy their own deputy posts ---
    {"GET /api/v1/public/posts", "/api/v1/public/posts?maslikhat=<maslikhat>&lang=kk", "",
                                                                {OK,  OK,  OK,  OK,  OK,  OK,  OK,  OK,  OK}},
    {"GET /api/v1/public/posts/{id}", "/api/v1/public/posts/<new_published_post>", "",
                                                                {OK,  OK,  OK,  OK,  OK,  OK,  OK,  OK,  OK}},
    {"GET /api/v1/maslikhats/{id}/posts", "/api/v1/maslikhats/<maslikhat>/posts", "",
                                                                {UN,  NO,  NO,  OWN, OWN, OWN, OWN, NO,  OK}},
    // «My posts»: the deputy's own, whichever side; nobody else is a deputy (404).
    {"GET /api/v1/me/posts", "/api/v1/me/posts", "",
                                                                {UN,  NO,  NO,  OK,  OK,  NO,  NO,  NO,  NO}},
    {"POST /api/v1/maslikhats/{id}/posts", "/api/v1/maslikhats/<maslikhat>/posts",
     R"({"kind":"news","texts":[{"lang":"kk","title":"Жаңалық"}]})",
                                                                {UN,  NO,  NO,  NO,  NO,  OWN, OWN, NO,  OK}},
    {"POST /api/v1/maslikhats/{id}/posts", "/api/v1/maslikhats/<maslikhat>/posts",
     R"({"kind":"deputy_post","deputy_id":<deputy>,"texts":[{"lang":"kk","title":"Менің"}]})",
                                                                {UN,  NO,  NO,  OWN, OWN, OWN, OWN, NO,  OK}},
    {"POST /api/v1/posts/preview", "/api/v1/posts/preview", R"({"body":"**x**"})",
                                                                {UN,  OK,  OK,  OK,  OK,  OK,  OK,  OK,  OK}},
    {"GET /api/v1/posts/{id}", "/api/v1/posts/<new_post>", "",
                                                                {UN,  NO,  NO,  NO,  NO,  OWN, OWN, NO,  OK}},
    {"GET /api/v1/posts/{id}", "/api/v1/posts/<new_deputy_post>", "",
                                                                {UN,  NO,  NO,  OWN, OWN, OWN, OWN, NO,  OK}},
    {"PATCH /api/v1/posts/{id}", "/api/v1/posts/<new_post>", R"({"tags":["жолдар"]})",
                                                                {UN,  NO,  NO,  NO,  NO,  OWN, OWN, NO,  OK}},
    {"PATCH /api/v1/posts/{id}", "/api/v1/posts/<new_deputy_post>", R"({"tags":["жолдар"]})",
                                                                {UN,  NO,  NO,  OWN, OWN, OWN, OWN, NO,  OK}},
    {"POST /api/v1/posts/{id}/publish", "/api/v1/posts/<new_post>/publish", "",
                                                                {UN,  NO,  NO,  NO,  NO,  OWN, OWN, NO,  OK}},
    {"POST /api/v1/posts/{id}/publish", "/api/v1/posts/<new_deputy_post>/publish", "",
                                                                {UN,  NO,  NO,  OWN, OWN, OWN, OWN, NO,  OK}},
    {"POST /api/v1/posts/{id}/schedule", "/api/v1/posts/<new_post>/schedule",
     R"({"publish_at":"2027-01-01T09:00:00Z"})",                {UN,  NO,  NO,  NO,  NO,  OWN, OWN, NO,  OK}},
    {"POST /api/v1/posts/{id}/archive", "/api/v1/posts/<new_post>/archive", "",
                                                                {UN,  NO,  NO,  NO,  NO,  OWN, OWN, NO,  OK}},
    // Images: added by those who write the post; served to them, and to anyone once it is public.
    {"POST /api/v1/posts/{id}/images", "/api/v1/posts/<new_post>/images?alt=x", "@png",
                                                                {UN,  NO,  NO,  NO,  NO,  OWN, OWN, NO,  OK}},
    {"POST /api/v1/posts/{id}/images", "/api/v1/posts/<new_deputy_post>/images?alt=x", "@png",
                                                                {UN,  NO,  NO,  OWN, OWN, OWN, OWN, NO,  OK}},
    {"GET /api/v1/post-images/{id}/{width}", "/api/v1/post-images/<new_post_image>/1", "",
                                                                {NO,  NO,  NO,  NO,  NO,  OWN, OWN, NO,  OK}},
    {"GET /api/v1/post-images/{id}/{width}", "/api/v1/post-images/<new_published_post_image>/1", "",
                                                                {OK,  OK,  OK,  OK,  OK,  OK,  OK,  OK,  OK}},
    {"GET /api/v1/maslikhats/{id}/posts.rss", "/api/v1/maslikhats/<maslikhat>/posts.rss?lang=kk", "",
                                                                {OK,  OK,  OK,  OK,  OK,  OK,  OK,  OK,  OK}},
    {"GET /api/v1/maslikhats/{id}/posts.atom", "/api/v1/maslikhats/<maslikhat>/posts.atom", "",
                                                                {OK,  OK,  OK,  OK,  OK,  OK,  OK,  OK,  OK}},
    {"GET /api/v1/deputies/{id}/posts.rss", "/api/v1/deputies/<deputy>/posts.rss", "",
                                                                {OK,  OK,  OK,  OK,  OK,  OK,  OK,  OK,  OK}},
    {"GET /api/v1/deputies/{id}/posts.atom", "/api/v1/deputies/<deputy>/posts.atom", "",
                                                                {OK,  OK,  OK,  OK,  OK,  OK,  OK,  OK,  OK}},
    {"GET /api/v1/commissions/{id}/posts.rss", "/api/v1/commissions/<commission>/posts.rss", "",
                                                                {OK,  OK,  OK,  OK,  OK,  OK,  OK,  OK,  OK}},
    {"GET /api/v1/commissions/{id}/posts.atom", "/api/v1/commissions/<commission>/posts.atom", "",
                                                                {OK,  OK,  OK,  OK,  OK,  OK,  OK,  OK,  OK}},
    {"GET /api/v1/okrugs/{id}/posts.rss", "/api/v1/okrugs/<okrug>/posts.rss", "",
                                                                {OK,  OK,  OK,  OK,  OK,  OK,  OK,  OK,  OK}},
    {"GET /api/v1/okrugs/{id}/posts.atom", "/api/v1/okrugs/<okrug>/posts.atom", "",
                                                                {OK,  OK,  OK,  OK,  OK,  OK,  OK,  OK,  OK}},
    // The web app's page with Open Graph tags (a bare page with them: the test server has no web root).
    {"GET /posts/{id}", "/posts/<new_published_post>", "",    {OK,  OK,  OK,  OK,  OK,  OK,  OK,  OK,  OK}},

    // --- privacy: one's own data (docs/personal-data.md) -------------------------------------------
    // The consent text in force (read before registering): public.
    {"GET /api/v1/consent", "/api/v1/consent?lang=ru&maslikhat_id=<maslikhat>", "",
                                                                {OK,  OK,  OK,  OK,  OK,  OK,  OK,  OK,  OK}},
    {"GET /api/v1/me/data", "/api/v1/me/data", "",              {UN,  OK,  OK,  OK,  OK,  OK,  OK,  OK,  OK}},
    {"GET /api/v1/me/data.pdf", "/api/v1/me/data.pdf", "",      {UN,  OK,  OK,  OK,  OK,  OK,  OK,  OK,  OK}},
    {"POST /api/v1/me/consent", "/api/v1/me/consent", R"({"version":"<consent>"})",
                                                                {UN,  OK,  OK,  OK,  OK,  OK,  OK,  OK,  OK}},
    {"POST /api/v1/me/consent/withdraw", "/api/v1/me/consent/withdraw", "",
                                                                {UN,  OK,  OK,  OK,  OK,  OK,  OK,  OK,  OK}},
    // Accounts with a staff role are refused; a citizen's wrong confirmation is a 422 after the gate.
    {"POST /api/v1/me/delete", "/api/v1/me/delete", R"({"confirm":"not-my-login@example.kz"})",
                                                                {UN,  OK,  OK,  NO,  NO,  NO,  NO,  NO,  NO}, {422}},

    // --- legal acts: the registry is public; the maslikhat's staff (and administrators) keep it --
    {"GET /api/v1/public/acts", "/api/v1/public/acts?maslikhat=<maslikhat>&status=not_in_force_yet", "",
                                                                {OK,  OK,  OK,  OK,  OK,  OK,  OK,  OK,  OK}},
    {"GET /api/v1/public/acts/{id}", "/api/v1/public/acts/<act>", "",
                                                                {OK,  OK,  OK,  OK,  OK,  OK,  OK,  OK,  OK}},
    {"POST /api/v1/maslikhats/{id}/acts", "/api/v1/maslikhats/<maslikhat>/acts",
     R"({"number":"<seq>","adopted_on":"2026-10-02","title_kk":"Шешім","title_ru":"Решение"})",
                                                                {UN,  NO,  NO,  NO,  NO,  OWN, OWN, NO,  OK}},
    {"PATCH /api/v1/acts/{id}", "/api/v1/acts/<act>", R"({"note":"Выверено."})",
                                                                {UN,  NO,  NO,  NO,  NO,  OWN, OWN, NO,  OK}},
    {"POST /api/v1/acts/{id}/editions", "/api/v1/acts/<act>/editions",
     R"({"edition_on":"2026-11-01","changes":"Изменён пункт 2."})",
                                                                {UN,  NO,  NO,  NO,  NO,  OWN, OWN, NO,  OK}},
    {"POST /api/v1/acts/{id}/status", "/api/v1/acts/<new_act>/status", R"({"status":"in_force"})",
                                                                {UN,  NO,  NO,  NO,  NO,  OWN, OWN, NO,  OK}},
    {"POST /api/v1/acts/{id}/links", "/api/v1/acts/<new_act>/links", R"({"relation":"amends","act_id":<act>})",
                                                                {UN,  NO,  NO,  NO,  NO,  OWN, OWN, NO,  OK}},
    {"DELETE /api/v1/acts/{id}/links/{link_id}", "/api/v1/acts/<act>/links/<new_act_link>", "",
                                                                {UN,  NO,  NO,  NO,  NO,  OWN, OWN, NO,  OK}},

    // --- sittings: public; the maslikhat's staff (and administrators) keep them -----------------
    {"GET /api/v1/public/sittings", "/api/v1/public/sittings?maslikhat=<maslikhat>", "",
                                                                {OK,  OK,  OK,  OK,  OK,  OK,  OK,  OK,  OK}},
    {"GET /api/v1/public/sittings/{id}", "/api/v1/public/sittings/<sitting>", "",
                                                                {OK,  OK,  OK,  OK,  OK,  OK,  OK,  OK,  OK}},
    {"GET /api/v1/public/sitting-decisions", "/api/v1/public/sitting-decisions?act=<act>", "",
                                                                {OK,  OK,  OK,  OK,  OK,  OK,  OK,  OK,  OK}},
    {"POST /api/v1/maslikhats/{id}/sittings", "/api/v1/maslikhats/<maslikhat>/sittings",
     R"({"convocation":8,"number":<seq>,"held_on":"2026-12-11","starts_at":"10:00","place":"Зал"})",
                                                                {UN,  NO,  NO,  NO,  NO,  OWN, OWN, NO,  OK}},
    {"PATCH /api/v1/sittings/{id}", "/api/v1/sittings/<sitting>", R"({"place":"Малый зал"})",
                                                                {UN,  NO,  NO,  NO,  NO,  OWN, OWN, NO,  OK}},
    {"PUT /api/v1/sittings/{id}/attendance", "/api/v1/sittings/<sitting>/attendance", R"({"present":[]})",
                                                                {UN,  NO,  NO,  NO,  NO,  OWN, OWN, NO,  OK}},
    {"POST /api/v1/sittings/{id}/decisions", "/api/v1/sittings/<sitting>/decisions",
     R"({"number":"1-1","title_kk":"Шешім","title_ru":"Решение","votes_for":0,"votes_against":0,"votes_abstained":0})",
                                                                {UN,  NO,  NO,  NO,  NO,  OWN, OWN, NO,  OK}},
    {"PATCH /api/v1/sittings/{id}/decisions/{decision_id}",
     "/api/v1/sittings/<sitting>/decisions/<sitting_decision>", R"({"text_ru":"Текст решения."})",
                                                                {UN,  NO,  NO,  NO,  NO,  OWN, OWN, NO,  OK}},

    // --- documents of agenda items: an open sitting's are public; the staff keep them ----------
    {"GET /api/v1/public/sittings/{id}/documents", "/api/v1/public/sittings/<sitting>/documents", "",
                                                                {OK,  OK,  OK,  OK,  OK,  OK,  OK,  OK,  OK}},
    {"GET /api/v1/public/sitting-documents/{id}/versions/{version_id}",
     "/api/v1/public/sitting-documents/<sitting_document>/versions/<sitting_document_version>", "",
                                                                {OK,  OK,  OK,  OK,  OK,  OK,  OK,  OK,  OK}},
    {"POST /api/v1/sittings/{id}/agenda/{item_id}/documents",
     "/api/v1/sittings/<sitting>/agenda/<sitting_item>/documents?title_kk=a&title_ru=b&language=both", "@pdf",
                                                                {UN,  NO,  NO,  NO,  NO,  OWN, OWN, NO,  OK},
     {}, "application/pdf"},
    {"POST /api/v1/sitting-documents/{id}/versions", "/api/v1/sitting-documents/<sitting_document>/versions", "@pdf",
                                                                {UN,  NO,  NO,  NO,  NO,  OWN, OWN, NO,  OK},
     {}, "application/pdf"},
    {"PATCH /api/v1/sitting-documents/{id}", "/api/v1/sitting-documents/<sitting_document>", R"({"title_ru":"Проект"})",
                                                                {UN,  NO,  NO,  NO,  NO,  OWN, OWN, NO,  OK}},
    {"DELETE /api/v1/sitting-documents/{id}", "/api/v1/sitting-documents/<new_sitting_document>", "",
                                                                {UN,  NO,  NO,  NO,  NO,  OWN, OWN, NO,  OK}},

    // --- work plans: published ones are public; the maslikhat's staff (and administrators) keep
    // them. Another maslikhat's staff are refused (403) on a published plan, a draft is hidden
    // (404) from them --------------------------------------------------------------------------
    {"GET /api/v1/public/work-plans", "/api/v1/public/work-plans?maslikhat_id=<maslikhat>&year=2026", "",
                                                                {OK,  OK,  OK,  OK,  OK,  OK,  OK,  OK,  OK}},
    {"GET /api/v1/public/work-plans/{id}", "/api/v1/public/work-plans/<work_plan>", "",
                                                                {OK,  OK,  OK,  OK,  OK,  OK,  OK,  OK,  OK}},
    {"GET /api/v1/public/work-plans/{id}/plan.pdf", "/api/v1/public/work-plans/<work_plan>/plan.pdf?lang=kk", "",
                                                                {OK,  OK,  OK,  OK,  OK,  OK,  OK,  OK,  OK}},
    {"GET /api/v1/public/work-plans/{id}/versions/{number}", "/api/v1/public/work-plans/<work_plan>/versions/1", "",
                                                                {OK,  OK,  OK,  OK,  OK,  OK,  OK,  OK,  OK}},
    {"GET /api/v1/public/work-plans/{id}/versions/{number}/plan.pdf",
     "/api/v1/public/work-plans/<work_plan>/versions/1/plan.pdf?lang=ru", "",
                                                                {OK,  OK,  OK,  OK,  OK,  OK,  OK,  OK,  OK}},
    {"POST /api/v1/work-plans/{id}/versions", "/api/v1/work-plans/<work_plan>/versions",
     R"({"note_kk":"Өзгерді","note_ru":"Изменён"})",           {UN,  NO,  NO,  NO,  NO,  OWN, OWN, NO,  OK}},
    {"GET /api/v1/maslikhats/{id}/work-plans", "/api/v1/maslikhats/<maslikhat>/work-plans", "",
                                                                {UN,  NO,  NO,  NO,  NO,  OWN, OWN, NO,  OK}},
    // The first allowed case makes the 2027 plan; the next ones find the year taken (409), which
    // the service decides only after WorkPlansPolicy::MayEdit.
    {"POST /api/v1/maslikhats/{id}/work-plans", "/api/v1/maslikhats/<maslikhat>/work-plans",
     R"({"year":2027,"title_kk":"Жоспар","title_ru":"План"})",
                                                                {UN,  NO,  NO,  NO,  NO,  OWN, OWN, NO,  OK}, {409}},
    {"PATCH /api/v1/work-plans/{id}", "/api/v1/work-plans/<work_plan>", R"({"title_ru":"План работы"})",
                                                                {UN,  NO,  NO,  NO,  NO,  OWN, OWN, NO,  OK}},
    {"POST /api/v1/work-plans/{id}/items", "/api/v1/work-plans/<work_plan>/items",
     R"({"text_kk":"Есеп","text_ru":"Отчёт","responsible":"Секретарь","quarter":3})",
                                                                {UN,  NO,  NO,  NO,  NO,  OWN, OWN, NO,  OK}},
    {"PATCH /api/v1/work-plans/{id}/items/{item_id}", "/api/v1/work-plans/<work_plan>/items/<work_plan_item>",
     R"({"status":"in_progress"})",                             {UN,  NO,  NO,  NO,  NO,  OWN, OWN, NO,  OK}},
    {"DELETE /api/v1/work-plans/{id}/items/{item_id}", "/api/v1/work-plans/<work_plan>/items/<new_work_plan_item>", "",
                                                                {UN,  NO,  NO,  NO,  NO,  OWN, OWN, NO,  OK}},

    // --- maslikhat pages: the apparatus and the published questions are public; the maslikhat's
    // staff (and administrators) keep them, and they alone read the drafts (?all=true). Another
    // maslikhat's staff are refused (403) on what they can see --------------------------------
    {"GET /api/v1/maslikhats/{id}/apparatus", "/api/v1/maslikhats/<maslikhat>/apparatus", "",
                                                                {OK,  OK,  OK,  OK,  OK,  OK,  OK,  OK,  OK}},
    {"POST /api/v1/maslikhats/{id}/apparatus", "/api/v1/maslikhats/<maslikhat>/apparatus",
     R"({"full_name_kk":"Қызметкер","full_name_ru":"Сотрудник","position_kk":"Маман","position_ru":"Специалист"})",
                                                                {UN,  NO,  NO,  NO,  NO,  OWN, OWN, NO,  OK}},
    {"PATCH /api/v1/apparatus/{id}", "/api/v1/apparatus/<apparatus_member>", R"({"sort_order":5})",
                                                                {UN,  NO,  NO,  NO,  NO,  OWN, OWN, NO,  OK}},
    {"DELETE /api/v1/apparatus/{id}", "/api/v1/apparatus/<new_apparatus_member>", "",
                                                                {UN,  NO,  NO,  NO,  NO,  OWN, OWN, NO,  OK}},
    {"GET /api/v1/maslikhats/{id}/questions", "/api/v1/maslikhats/<maslikhat>/questions", "",
                                                                {OK,  OK,  OK,  OK,  OK,  OK,  OK,  OK,  OK}},
    {"GET /api/v1/maslikhats/{id}/questions", "/api/v1/maslikhats/<maslikhat>/questions?all=true", "",
                                                                {UN,  NO,  NO,  NO,  NO,  OWN, OWN, NO,  OK}},
    {"POST /api/v1/maslikhats/{id}/questions", "/api/v1/maslikhats/<maslikhat>/questions",
     R"({"question_kk":"Сұрақ?","question_ru":"Вопрос?","answer_kk":"Жауап.","answer_ru":"Ответ."})",
                                                                {UN,  NO,  NO,  NO,  NO,  OWN, OWN, NO,  OK}},
    {"PATCH /api/v1/questions/{id}", "/api/v1/questions/<question>", R"({"answer_ru":"Ответ дополнен."})",
                                                                {UN,  NO,  NO,  NO,  NO,  OWN, OWN, NO,  OK}},
    {"DELETE /api/v1/questions/{id}", "/api/v1/questions/<new_question>", "",
                                                                {UN,  NO,  NO,  NO,  NO,  OWN, OWN, NO,  OK}},

    // --- reports to voters: the deputy and their maslikhat's staff keep a deputy's reports
    // (administrators do not: the report is the deputy's word); everybody reads the published
    // ones, a draft is hidden (404) from everyone else; keepers of the other side are refused
    // (403 on a published report, 404 on a draft) ---------------------------------------------
    {"GET /api/v1/deputies/{id}/reports", "/api/v1/deputies/<deputy>/reports", "",
                                                                {OK,  OK,  OK,  OK,  OK,  OK,  OK,  OK,  OK}},
    // Only an account linked to a deputy has reports of its own (404 for everyone else).
    {"GET /api/v1/me/voter-reports", "/api/v1/me/voter-reports", "",
                                                                {UN,  NO,  NO,  OK,  OK,  NO,  NO,  NO,  NO}},
    // The first allowed case makes the 2024 report; the next ones find the year taken (409),
    // which the service decides only after VoterReportsPolicy::MayKeep.
    {"POST /api/v1/deputies/{id}/reports", "/api/v1/deputies/<deputy>/reports", R"({"year":2024})",
                                                                {UN,  NO,  NO,  OWN, OWN, OWN, OWN, NO,  NO}, {409}},
    {"GET /api/v1/voter-reports/{id}", "/api/v1/voter-reports/<published_voter_report>", "",
                                                                {OK,  OK,  OK,  OK,  OK,  OK,  OK,  OK,  OK}},
    {"GET /api/v1/voter-reports/{id}", "/api/v1/voter-reports/<voter_report>", "",
                                                                {NO,  NO,  NO,  OWN, OWN, OWN, OWN, NO,  NO}},
    {"PATCH /api/v1/voter-reports/{id}", "/api/v1/voter-reports/<voter_report>",
     R"({"text_ru":"Отчёт дополнен."})",                        {UN,  NO,  NO,  OWN, OWN, OWN, OWN, NO,  NO}},
    {"POST /api/v1/voter-reports/{id}/refresh", "/api/v1/voter-reports/<voter_report>/refresh", "",
                                                                {UN,  NO,  NO,  OWN, OWN, OWN, OWN, NO,  NO}},
    {"POST /api/v1/voter-reports/{id}/publish", "/api/v1/voter-reports/<new_voter_report>/publish", "",
                                                                {UN,  NO,  NO,  OWN, OWN, OWN, OWN, NO,  NO}},
    {"POST /api/v1/voter-reports/{id}/unpublish", "/api/v1/voter-reports/<new_voter_report>/unpublish", "",
                                                                {UN,  NO,  NO,  OWN, OWN, OWN, OWN, NO,  NO}},
    {"GET /api/v1/voter-reports/{id}/report.pdf", "/api/v1/voter-reports/<published_voter_report>/report.pdf?lang=kk", "",
                                                                {OK,  OK,  OK,  OK,  OK,  OK,  OK,  OK,  OK}},
    {"GET /api/v1/voter-reports/{id}/report.pdf", "/api/v1/voter-reports/<voter_report>/report.pdf", "",
                                                                {NO,  NO,  NO,  OWN, OWN, OWN, OWN, NO,  NO}},

    // --- annual reports of the maslikhat and its commissions: the maslikhat's staff keep them
    // (administrators do not; a commission's chair keeps its report, but the fixture's commission
    // has no members); everybody reads published versions, a report without one is hidden (404)
    // from everyone else; keepers of the other side are refused -------------------------------
    {"GET /api/v1/maslikhats/{id}/annual-reports", "/api/v1/maslikhats/<maslikhat>/annual-reports", "",
                                                                {OK,  OK,  OK,  OK,  OK,  OK,  OK,  OK,  OK}},
    // The first allowed case makes the 2024 report; the next ones find the year taken (409),
    // which the service decides only after AnnualReportsPolicy::MayKeep.
    {"POST /api/v1/maslikhats/{id}/annual-reports", "/api/v1/maslikhats/<maslikhat>/annual-reports",
     R"({"year":2024})",                                        {UN,  NO,  NO,  NO,  NO,  OWN, OWN, NO,  NO}, {409}},
    {"GET /api/v1/annual-reports/{id}", "/api/v1/annual-reports/<published_annual_report>", "",
                                                                {OK,  OK,  OK,  OK,  OK,  OK,  OK,  OK,  OK}},
    {"GET /api/v1/annual-reports/{id}", "/api/v1/annual-reports/<annual_report>", "",
                                                                {NO,  NO,  NO,  NO,  NO,  OWN, OWN, NO,  NO}},
    {"GET /api/v1/annual-reports/{id}/versions/{number}", "/api/v1/annual-reports/<published_annual_report>/versions/1", "",
                                                                {OK,  OK,  OK,  OK,  OK,  OK,  OK,  OK,  OK}},
    {"PATCH /api/v1/annual-reports/{id}", "/api/v1/annual-reports/<annual_report>",
     R"({"text_ru":"Отчёт дополнен."})",                        {UN,  NO,  NO,  NO,  NO,  OWN, OWN, NO,  NO}},
    {"PATCH /api/v1/annual-reports/{id}", "/api/v1/annual-reports/<published_annual_report>",
     R"({"note_ru":"Уточнены цифры."})",                        {UN,  NO,  NO,  NO,  NO,  OWN, OWN, NO,  NO}},
    {"POST /api/v1/annual-reports/{id}/refresh", "/api/v1/annual-reports/<annual_report>/refresh", "",
                                                                {UN,  NO,  NO,  NO,  NO,  OWN, OWN, NO,  NO}},
    {"POST /api/v1/annual-reports/{id}/publish", "/api/v1/annual-reports/<new_annual_report>/publish", "",
                                                                {UN,  NO,  NO,  NO,  NO,  OWN, OWN, NO,  NO}},
    {"GET /api/v1/annual-reports/{id}/versions/{number}/report.pdf", "/api/v1/annual-reports/<published_annual_report>/versions/1/report.pdf?lang=kk", "",
                                                                {OK,  OK,  OK,  OK,  OK,  OK,  OK,  OK,  OK}},

    // --- draft discussions: public; any signed-in person comments while open; the maslikhat's
    // staff (and administrators) open them, decide on comments and link the adopted act --------
    {"GET /api/v1/public/drafts", "/api/v1/public/drafts?maslikhat=<maslikhat>", "",
                                                                {OK,  OK,  OK,  OK,  OK,  OK,  OK,  OK,  OK}},
    {"GET /api/v1/public/drafts/{id}", "/api/v1/public/drafts/<draft>", "",
                                                                {OK,  OK,  OK,  OK,  OK,  OK,  OK,  OK,  OK}},
    {"GET /api/v1/public/drafts/{id}/summary.xlsx", "/api/v1/public/drafts/<draft>/summary.xlsx?lang=kk", "",
                                                                {OK,  OK,  OK,  OK,  OK,  OK,  OK,  OK,  OK}},
    {"GET /api/v1/public/drafts/{id}/summary.pdf", "/api/v1/public/drafts/<draft>/summary.pdf", "",
                                                                {OK,  OK,  OK,  OK,  OK,  OK,  OK,  OK,  OK}},
    {"POST /api/v1/maslikhats/{id}/drafts/split", "/api/v1/maslikhats/<maslikhat>/drafts/split",
     R"({"text":"1. Первый пункт.\n2. Второй пункт."})",
                                                                {UN,  NO,  NO,  NO,  NO,  OWN, OWN, NO,  OK}},
    {"POST /api/v1/maslikhats/{id}/drafts", "/api/v1/maslikhats/<maslikhat>/drafts",
     R"({"title_kk":"Жоба","title_ru":"Проект","paragraphs":[{"text_kk":"1. Тармақ.","text_ru":"1. Пункт."}]})",
                                                                {UN,  NO,  NO,  NO,  NO,  OWN, OWN, NO,  OK}},
    {"POST /api/v1/drafts/{id}/comments", "/api/v1/drafts/<draft>/comments",
     R"({"paragraph_id":<draft_paragraph>,"author_type":"citizen","text":"Уточнить срок."})",
                                                                {UN,  OK,  OK,  OK,  OK,  OK,  OK,  OK,  OK}},
    {"POST /api/v1/draft-comments/{id}/decision", "/api/v1/draft-comments/<draft_comment>/decision",
     R"({"decision":"rejected","reason":"Противоречит закону."})",
                                                                {UN,  NO,  NO,  NO,  NO,  OWN, OWN, NO,  OK}},
    {"POST /api/v1/draft-comments/{id}/moderation", "/api/v1/draft-comments/<draft_comment>/moderation",
     R"({"hidden":true,"reason":"Оскорбления."})",
                                                                {UN,  NO,  NO,  NO,  NO,  OWN, OWN, NO,  OK}},
    {"PUT /api/v1/drafts/{id}/act", "/api/v1/drafts/<draft>/act", R"({"act_id":<act>})",
                                                                {UN,  NO,  NO,  NO,  NO,  OWN, OWN, NO,  OK}},
    {"PATCH /api/v1/drafts/{id}", "/api/v1/drafts/<draft>", R"({"title_ru":"Проект, исправленный"})",
                                                                {UN,  NO,  NO,  NO,  NO,  OWN, OWN, NO,  OK}},
    {"POST /api/v1/drafts/{id}/withdrawal", "/api/v1/drafts/<new_draft>/withdrawal",
     R"({"reason":"Внесён заново."})",
                                                                {UN,  NO,  NO,  NO,  NO,  OWN, OWN, NO,  OK}},

    // --- legal acts: the CSV import of an existing registry (a dry run here) --------------------
    {"POST /api/v1/maslikhats/{id}/acts/import", "/api/v1/maslikhats/<maslikhat>/acts/import?dry_run=true",
     "number;adopted_on;title_kk;title_ru\n1-<seq>;2026-01-01;Шешім;Решение\n",
                                                                {UN,  NO,  NO,  NO,  NO,  OWN, OWN, NO,  OK}, {}, "text/csv"},

    // --- public register review: the maslikhat's staff only ------------------------------------
    {"GET /api/v1/maslikhats/{id}/register-entries", "/api/v1/maslikhats/<maslikhat>/register-entries", "",
                                                                {UN,  NO,  NO,  NO,  NO,  OWN, OWN, NO,  NO}},
    {"PATCH /api/v1/register-entries/{id}", "/api/v1/register-entries/<register_entry>",
     R"({"subject":"Освещение сквера"})",                       {UN,  NO,  NO,  NO,  NO,  OWN, OWN, NO,  NO}},
    {"POST /api/v1/register-entries/{id}/approve", "/api/v1/register-entries/<register_entry>/approve", "",
                                                                {UN,  NO,  NO,  NO,  NO,  OWN, OWN, NO,  NO}},
    {"POST /api/v1/register-entries/{id}/withdraw", "/api/v1/register-entries/<register_entry>/withdraw", "",
                                                                {UN,  NO,  NO,  NO,  NO,  OWN, OWN, NO,  NO}},
    // --- live events: one's own stream ---------------------------------------------------------------
    {"GET /api/v1/me/events", "/api/v1/me/events", "",        {UN,  OK,  OK,  OK,  OK,  OK,  OK,  OK,  OK}, {}, {}, kStream},
    // --- events: public; the maslikhat's staff keep them, a deputy their own; anyone signed in
    // registers; only the maslikhat's staff see who registered --------------------------------
    {"GET /api/v1/public/events", "/api/v1/public/events?maslikhat=<maslikhat>&lang=kk", "",
                                                                {OK,  OK,  OK,  OK,  OK,  OK,  OK,  OK,  OK}},
    {"GET /api/v1/public/events/{id}", "/api/v1/public/events/<new_event>", "",
                                                                {OK,  OK,  OK,  OK,  OK,  OK,  OK,  OK,  OK}},
    {"GET /api/v1/maslikhats/{id}/events", "/api/v1/maslikhats/<maslikhat>/events", "",
                                                                {UN,  NO,  NO,  OWN, OWN, OWN, OWN, NO,  OK}},
    {"POST /api/v1/maslikhats/{id}/events", "/api/v1/maslikhats/<maslikhat>/events", kEventBody,
                                                                {UN,  NO,  NO,  NO,  NO,  OWN, OWN, NO,  OK}},
    {"POST /api/v1/maslikhats/{id}/events", "/api/v1/maslikhats/<maslikhat>/events", kDeputyEventBody,
                                                                {UN,  NO,  NO,  OWN, OWN, OWN, OWN, NO,  OK}},
    {"GET /api/v1/events/{id}", "/api/v1/events/<new_event>", "",
                                                                {UN,  NO,  NO,  NO,  NO,  OWN, OWN, NO,  OK}},
    {"GET /api/v1/events/{id}", "/api/v1/events/<new_deputy_event>", "",
                                                                {UN,  NO,  NO,  OWN, OWN, OWN, OWN, NO,  OK}},
    {"PUT /api/v1/events/{id}", "/api/v1/events/<new_event>", kEventBody,
                                                                {UN,  NO,  NO,  NO,  NO,  OWN, OWN, NO,  OK}},
    {"PUT /api/v1/events/{id}", "/api/v1/events/<new_deputy_event>", kDeputyEventBody,
                                                                {UN,  NO,  NO,  OWN, OWN, OWN, OWN, NO,  OK}},
    {"POST /api/v1/events/{id}/cancel", "/api/v1/events/<new_event>/cancel", R"({"reason":"Ремонт"})",
                                                                {UN,  NO,  NO,  NO,  NO,  OWN, OWN, NO,  OK}},
    // 409 not_started: the report is refused for its time only after EventsPolicy::MayWrite.
    {"POST /api/v1/events/{id}/report", "/api/v1/events/<new_deputy_event>/report", R"({"report":"Итоги."})",
                                                                {UN,  NO,  NO,  OWN, OWN, OWN, OWN, NO,  OK}, {409}},
    {"POST /api/v1/events/{id}/registration", "/api/v1/events/<new_event>/registration", "",
                                                                {UN,  OK,  OK,  OK,  OK,  OK,  OK,  OK,  OK}},
    // Only the person registered has a registration to cancel.
    {"DELETE /api/v1/events/{id}/registration", "/api/v1/events/<new_registered_event>/registration", "",
                                                                {UN,  OWN, OWN, NO,  NO,  NO,  NO,  NO,  NO}},
    {"GET /api/v1/events/{id}/registrations", "/api/v1/events/<new_registered_event>/registrations", "",
                                                                {UN,  NO,  NO,  NO,  NO,  OWN, OWN, NO,  NO}},
    {"GET /api/v1/maslikhats/{id}/events.ics", "/api/v1/maslikhats/<maslikhat>/events.ics", "",
                                                                {OK,  OK,  OK,  OK,  OK,  OK,  OK,  OK,  OK}},
    {"GET /api/v1/deputies/{id}/events.ics", "/api/v1/deputies/<deputy>/events.ics?lang=kk", "",
                                                                {OK,  OK,  OK,  OK,  OK,  OK,  OK,  OK,  OK}},
    // --- a staff task's letter (PDF): the maslikhat's staff, and administrators ---------------------
    {"GET /api/v1/staff-tasks/{id}/letter.pdf", "/api/v1/staff-tasks/<new_task>/letter.pdf", "",
                                                                {UN,  NO,  NO,  NO,  NO,  OWN, OWN, NO,  OK}},
  };
  return rows;
}
// clang-format on

}  // namespace kenes::testing::authz
