// The person's own data: GET /api/v1/me/data (view; ?download=true: the JSON file),
// GET /api/v1/me/data.pdf, POST /api/v1/me/delete. Consent is given and withdrawn in identity.
#include "features/privacy/privacy_http.hpp"

#include "platform/http/endpoint.hpp"

namespace kenes::privacy {

namespace {

using http::Call;
using http::Endpoint;
using http::Json;
using http::NoBody;
using http::Response;

struct DataQuery {
  bool download = false;
};
void Describe(http::Schema<DataQuery>& s) { s.Add("download", &DataQuery::download); }

struct DeleteBody {
  std::string confirm;
};
void Describe(http::Schema<DeleteBody>& s) {
  s.Add("confirm", &DeleteBody::confirm, {.required = true, .min = 1, .max = 320});
}

Json Opt(const std::optional<std::string>& v) { return v ? Json(*v) : Json(nullptr); }

Json KeptJson(const std::vector<KeptAppeal>& kept) {
  Json out = Json::array();
  for (const auto& k : kept) {
    out.push_back(
        {{"appeal_id", k.id},
         {"number", k.number},
         {"status", appeals::StatusName(k.status)},
         {"reason", KeepReasonName(k.reason)},
         {"keep_until", k.reason == KeepReason::kRetention ? Json(k.keep_until) : Json(nullptr)}});
  }
  return out;
}

Json AccountJson(const identity::User& u) {
  Json roles = Json::array();
  for (const auto& r : u.roles) {
    roles.push_back({{"role", RoleName(r.role)},
                     {"scope_type", ScopeTypeName(r.scope_type)},
                     {"scope_id", r.scope_id ? Json(*r.scope_id) : Json(nullptr)},
                     {"granted_at", r.granted_at}});
  }
  return {{"id", u.id},
          {"email", Opt(u.email)},
          {"phone", Opt(u.phone)},
          {"display_name", u.display_name},
          {"language", u.language},
          {"iin", Opt(u.iin)},  // the person's own, in full: it is theirs to see
          {"iin_masked", u.iin ? Json(MaskIin(*u.iin)) : Json(nullptr)},
          {"verified_at", Opt(u.verified_at)},
          {"created_at", u.created_at},
          {"totp_enabled", u.totp_enabled},
          {"roles", roles}};
}

Json AppealJson(const appeals::Appeal& a) {
  Json cosigners = Json::array();
  for (const auto& c : a.cosigners) cosigners.push_back({{"name", c.name}, {"address", c.address}});
  return {{"id", a.id},
          {"number", a.number},
          {"type", appeals::TypeName(a.type)},
          {"channel", appeals::ChannelName(a.channel)},
          {"status", appeals::StatusName(a.status)},
          {"language", a.language},
          {"subject", a.subject},
          {"body", a.body},
          {"problem_address", a.problem_address},
          {"applicant_name", a.applicant_name},
          {"applicant_email", a.applicant_email},
          {"applicant_phone", a.applicant_phone},
          {"applicant_address", a.applicant_address},
          {"cosigners", cosigners},
          {"public_consent", a.public_consent},
          {"registered_on", a.registered_on},
          {"due_on", a.due_on}};
}

Json HeldJson(const HeldData& d) {
  Json consents = Json::array();
  for (const auto& c : d.account.consents) {
    consents.push_back({{"kind", c.kind},
                        {"version", c.version},
                        {"given_at", c.given_at},
                        {"withdrawn_at", Opt(c.withdrawn_at)}});
  }
  Json sessions = Json::array();
  for (const auto& s : d.account.sessions) {
    sessions.push_back({{"created_at", FormatIsoUtc(s.created_ms)},
                        {"last_seen_at", FormatIsoUtc(s.last_seen_ms)},
                        {"expires_at", FormatIsoUtc(s.expires_ms)}});
  }
  Json appeals_json = Json::array();
  for (const auto& a : d.appeals) appeals_json.push_back(AppealJson(a));
  Json bookings = Json::array();
  for (const auto& v : d.bookings) {
    const auto& b = v.booking;
    bookings.push_back({{"id", b.id},
                        {"day", v.session.session.day},
                        {"slot", Opt(b.slot)},
                        {"status", reception::BookingStatusName(b.status)},
                        {"name", b.name},
                        {"email", b.email},
                        {"phone", b.phone},
                        {"topic", b.topic},
                        {"description", b.description}});
  }
  Json notices = Json::array();
  for (const auto& n : d.notifications) {
    notices.push_back({{"kind", n.kind},
                       {"appeal_number", n.appeal_number},
                       {"detail", n.detail},
                       {"created_at", n.created_at},
                       {"read_at", Opt(n.read_at)}});
  }
  return {{"made_at", d.made_at},     {"account", AccountJson(d.account.user)},
          {"consents", consents},     {"sessions", sessions},
          {"appeals", appeals_json},  {"bookings", bookings},
          {"notifications", notices}, {"kept_on_deletion", KeptJson(d.kept_on_deletion)}};
}

}  // namespace

void RegisterPrivacyRoutes(http::Routes& routes, const std::shared_ptr<PrivacyService>& svc) {
  routes.Add(Endpoint<DataQuery, Response>{
      .method = "GET",
      .path = "/api/v1/me/data",
      .access = http::Access::kSignedIn,
      .cost = http::Cost::kHeavy,
      .handle = [svc](const Call& c, const DataQuery& q) -> Result<Response> {
        auto held = svc->Held(c.actor, q.download ? "json" : "view");
        if (!held.ok()) return held.take_error();
        Response res;
        res.SetHeader("Content-Type", "application/json; charset=utf-8");
        res.SetHeader("Cache-Control", "no-store");
        if (q.download) {
          res.SetHeader("Content-Disposition", "attachment; filename=\"kenes-my-data.json\"");
        }
        res.body = HeldJson(*held).dump(2);
        return res;
      }});

  routes.Add(Endpoint<NoBody, Response>{
      .method = "GET",
      .path = "/api/v1/me/data.pdf",
      .access = http::Access::kSignedIn,
      .cost = http::Cost::kHeavy,
      .handle = [svc](const Call& c) -> Result<Response> {
        auto pdf = svc->Pdf(c.actor);
        if (!pdf.ok()) return pdf.take_error();
        Response res;
        res.SetHeader("Content-Type", "application/pdf");
        res.SetHeader("Cache-Control", "no-store");
        res.SetHeader("Content-Disposition", "attachment; filename=\"kenes-my-data.pdf\"");
        res.body = std::move(pdf).value();
        return res;
      }});

  routes.Add(Endpoint<DeleteBody, Deleted>{
      .method = "POST",
      .path = "/api/v1/me/delete",
      .access = http::Access::kSignedIn,
      .handle = [svc](const Call& c,
                      const DeleteBody& in) { return svc->Delete(c.actor, in.confirm); },
      .to_json =
          [](const Deleted& d) {
            return Json{{"kept", KeptJson(d.kept)}, {"bookings_cancelled", d.bookings_cancelled}};
          }});
}

}  // namespace kenes::privacy
