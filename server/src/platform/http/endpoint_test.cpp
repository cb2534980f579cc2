#include "platform/http/endpoint.hpp"

#include <gtest/gtest.h>

namespace kenes::http {

// A request type with one field of each kind the edge reads.
struct Sample {
  std::string title;
  std::optional<std::string> note;
  Field<int64_t> okrug_id;
  int count = 0;
  std::optional<bool> urgent;
  std::vector<int64_t> ids;
  std::optional<ErrorCode> code;
};

std::optional<ErrorCode> ParseCode(std::string_view s) {
  if (s == "not_found") return ErrorCode::kNotFound;
  if (s == "conflict") return ErrorCode::kConflict;
  return std::nullopt;
}

void Describe(Schema<Sample>& s) {
  s.Add("title", &Sample::title, {.required = true, .min = 2, .max = 5});
  s.Add("note", &Sample::note, {.max = 10});
  s.Add("okrug_id", &Sample::okrug_id);
  s.Add("count", &Sample::count, {.lo = 0, .hi = 9});
  s.Add("urgent", &Sample::urgent);
  s.Add("ids", &Sample::ids, {.max = 3});
  s.Enum("code", &Sample::code, ParseCode);
}

struct Row {
  std::string key;
};
struct Rows {
  std::vector<Row> items;
};
void Describe(Schema<Row>& s) { s.Add("key", &Row::key, {.required = true, .max = 3}); }
void Describe(Schema<Rows>& s) { s.List("items", &Rows::items, {.required = true, .max = 2}); }

namespace {

using nlohmann::json;

Result<Sample> FromBody(const json& body) {
  return DecodeFields<Sample>(FieldSource::Object(body));
}

TEST(Schema, TellsAbsentNullAndValueApart) {
  auto absent = FromBody({{"title", "abc"}});
  ASSERT_TRUE(absent.ok());
  EXPECT_TRUE(absent->okrug_id.absent());
  EXPECT_FALSE(absent->okrug_id.patch().has_value());

  auto cleared = FromBody({{"title", "abc"}, {"okrug_id", nullptr}});
  ASSERT_TRUE(cleared.ok());
  EXPECT_TRUE(cleared->okrug_id.is_null());
  ASSERT_TRUE(cleared->okrug_id.patch().has_value());
  EXPECT_FALSE(cleared->okrug_id.patch()->has_value());

  auto set = FromBody({{"title", "abc"}, {"okrug_id", 7}});
  ASSERT_TRUE(set.ok());
  EXPECT_EQ(set->okrug_id.value(), 7);
}

TEST(Schema, ReadsEveryKindAndTrimsText) {
  auto r = FromBody({{"title", "  Жол \n"},
                     {"note", "n"},
                     {"count", 9},
                     {"urgent", true},
                     {"ids", {1, 2}},
                     {"code", "conflict"}});
  ASSERT_TRUE(r.ok()) << r.error().message;
  EXPECT_EQ(r->title, "Жол");  // three code points, not six bytes
  EXPECT_EQ(r->note, "n");
  EXPECT_EQ(r->count, 9);
  EXPECT_EQ(r->urgent, true);
  EXPECT_EQ(r->ids, (std::vector<int64_t>{1, 2}));
  EXPECT_EQ(r->code, ErrorCode::kConflict);
}

TEST(Schema, ReportsEveryProblemAtOnce) {
  auto r = FromBody({{"title", "x"},
                     {"note", 5},
                     {"count", 10},
                     {"urgent", "yes"},
                     {"ids", {1, 2, 3, 4}},
                     {"code", "maybe"},
                     {"extra", 1}});
  ASSERT_FALSE(r.ok());
  const auto& f = r.error().fields;
  EXPECT_EQ(r.error().code, ErrorCode::kInvalidArgument);
  EXPECT_EQ(f.at("title"), "too_short");
  EXPECT_EQ(f.at("note"), "wrong_type");
  EXPECT_EQ(f.at("count"), "out_of_range");
  EXPECT_EQ(f.at("urgent"), "wrong_type");
  EXPECT_EQ(f.at("ids"), "too_many");
  EXPECT_EQ(f.at("code"), "invalid");
  EXPECT_EQ(f.at("extra"), "unknown_field");
  EXPECT_EQ(f.size(), 7u);
}

TEST(Schema, RequiredMeansPresentNotNullAndNotBlank) {
  for (const json& body : {json::object(), json{{"title", nullptr}}, json{{"title", "   "}}}) {
    auto r = FromBody(body);
    ASSERT_FALSE(r.ok()) << body.dump();
    EXPECT_EQ(r.error().fields.at("title"), "required") << body.dump();
  }
  auto control = FromBody({{"title", std::string("a\0b", 3)}});
  ASSERT_FALSE(control.ok());
  EXPECT_EQ(control.error().fields.at("title"), "invalid_characters");
}

TEST(Schema, NamesTheProblemsOfListItems) {
  auto r = DecodeFields<Rows>(
      FieldSource::Object({{"items", {{{"key", "ab"}}, {{"key", "long"}, {"x", 1}}}}}));
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().fields.at("items.1.key"), "too_long");
  EXPECT_EQ(r.error().fields.at("items.1.x"), "unknown_field");
  EXPECT_EQ(r.error().fields.count("items.0.key"), 0u);

  auto many = DecodeFields<Rows>(FieldSource::Object({{"items", {json::object(), 1, 2}}}));
  ASSERT_FALSE(many.ok());
  EXPECT_EQ(many.error().fields.at("items"), "too_many");
}

TEST(Schema, ReadsAQueryStringAndIgnoresParametersItDoesNotKnow) {
  std::map<std::string, std::string> q{
      {"title", "abc"}, {"count", "3"}, {"urgent", "false"}, {"utm_source", "x"}, {"note", ""}};
  auto r = DecodeFields<Sample>(FieldSource::Query(q));
  ASSERT_TRUE(r.ok()) << r.error().message;
  EXPECT_EQ(r->count, 3);
  EXPECT_EQ(r->urgent, false);
  EXPECT_FALSE(r->note.has_value());  // "?note=" is the same as no note

  std::map<std::string, std::string> bad{{"title", "abc"}, {"count", "3x"}, {"urgent", "1"}};
  auto b = DecodeFields<Sample>(FieldSource::Query(bad));
  ASSERT_FALSE(b.ok());
  EXPECT_EQ(b.error().fields.at("count"), "invalid");
  EXPECT_EQ(b.error().fields.at("urgent"), "invalid");
}

// The edge: path ids, the policy, the body, the error shape, the status.
class EndpointEdge : public ::testing::Test {
 protected:
  Response Call(ApiHandler& h, std::string method, std::string body, std::string id = "5",
                const Actor& actor = {}) {
    Request req;
    req.method = std::move(method);
    req.body = std::move(body);
    req.headers.emplace_back("content-type", "application/json");
    req.path_params["id"] = std::move(id);
    req.request_id = "rid";
    return h(req, actor);
  }
  ApiHandler Capture(const std::function<void(Routes&)>& declare) {
    ApiHandler captured;
    Routes routes([&](RouteSpec spec, ApiHandler h) {
      spec_ = std::move(spec);
      captured = std::move(h);
    });
    declare(routes);
    return captured;
  }
  RouteSpec spec_;
};

TEST_F(EndpointEdge, DecodesCallsAndWrites) {
  auto h = Capture([](Routes& r) {
    r.Add(Endpoint<Sample, Sample>{.method = "POST",
                                   .path = "/x/{id}",
                                   .access = Access::kSignedIn,
                                   .cost = Cost::kHeavy,
                                   .status = 201,
                                   .handle =
                                       [](const http::Call& c, Sample s) {
                                         s.count = static_cast<int>(c.Id());
                                         return Result<Sample>(std::move(s));
                                       },
                                   .to_json =
                                       [](const Sample& s) {
                                         return json{{"title", s.title}, {"count", s.count}};
                                       }});
  });
  EXPECT_EQ(spec_.method, "POST");
  EXPECT_EQ(spec_.access, Access::kSignedIn);
  EXPECT_EQ(spec_.cost, Cost::kHeavy);
  EXPECT_EQ(spec_.runs, Runs::kWorkers);

  auto ok = Call(h, "POST", R"({"title":"abc"})");
  EXPECT_EQ(ok.status, 201);
  EXPECT_EQ(json::parse(ok.body), (json{{"title", "abc"}, {"count", 5}}));

  auto bad_id = Call(h, "POST", R"({"title":"abc"})", "5x");
  EXPECT_EQ(bad_id.status, 404);

  auto bad_body = Call(h, "POST", R"({"title":"abc","count":"3"})");
  EXPECT_EQ(bad_body.status, 422);
  EXPECT_EQ(json::parse(bad_body.body)["error"]["fields"]["count"], "wrong_type");
  EXPECT_EQ(json::parse(bad_body.body)["error"]["request_id"], "rid");

  EXPECT_EQ(Call(h, "POST", "[1]").status, 422);
  EXPECT_EQ(Call(h, "POST", std::string(40, '[') + std::string(40, ']')).status, 422);
}

TEST_F(EndpointEdge, AsksThePolicyFirstAndAnswersUnitWithNoContent) {
  int calls = 0;
  auto h = Capture([&](Routes& r) {
    r.Add(Endpoint<NoBody, Unit>{.method = "DELETE",
                                 .path = "/x/{id}",
                                 .allow = [](const Actor& a) -> Status {
                                   if (!a.IsAdmin()) return Error::Denied();
                                   return Ok();
                                 },
                                 .handle = [&](const http::Call&) -> Status {
                                   ++calls;
                                   return Ok();
                                 }});
  });
  EXPECT_EQ(Call(h, "DELETE", "").status, 403);
  EXPECT_EQ(calls, 0);
  Actor admin;
  admin.user_id = 1;
  admin.roles.push_back({1, Role::kAdmin, ScopeType::kGlobal, std::nullopt, ""});
  auto r = Call(h, "DELETE", "", "5", admin);
  EXPECT_EQ(r.status, 204);
  EXPECT_TRUE(r.body.empty());
  EXPECT_EQ(calls, 1);
}

}  // namespace
}  // namespace kenes::http
