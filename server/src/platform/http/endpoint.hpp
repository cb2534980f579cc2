#pragma once
// A route declared, not hand-written. The declaration names the method, the path, who may call
// it, what it costs, whether it leaves the io threads, the request type (decoded from the body, or
// from the query string of a GET) and the response type. The edge does the rest, the same way for
// every route: path ids (malformed → 404), the policy, decoding and validating the request (every
// problem in one 422), mapping a failed Result to the one error body, writing the JSON.
//
//   routes.Add(http::Endpoint<NewTemplate, AnswerTemplate>{
//       .method = "POST",
//       .path = "/api/v1/maslikhats/{id}/answer-templates",
//       .access = http::Access::kSignedIn,
//       .status = 201,
//       .handle = [svc](const http::Call& c, NewTemplate in) {
//         return svc->AddTemplate(c.actor, c.Id(), std::move(in));
//       },
//       .to_json = TemplateJson});

#include <functional>
#include <type_traits>
#include <utility>

#include "platform/http/api.hpp"
#include "platform/http/json_writer.hpp"
#include "platform/http/schema.hpp"

namespace kenes::http {

// What a handler gets besides its decoded request.
struct Call {
  const Request& req;
  const Actor& actor;
  // A path parameter; the edge has already answered 404 for one that is not an id.
  int64_t Id(const std::string& name = "id") const { return *ParseId(req.Param(name)); }
};

// The route reads no request fields (a GET without parameters, a POST without a body).
struct NoBody {};

// Decodes the request type: from the query string for GET, from the JSON body otherwise.
template <class In>
Result<In> DecodeRequest(const Request& req) {
  if (req.method == "GET" || req.method == "HEAD") {
    return DecodeFields<In>(FieldSource::Query(req.query));
  }
  auto body = ParseJsonBody(req);
  if (!body.ok()) return body.error();
  if (!body->is_object()) return Error::Invalid("body", "wrong_type");
  return DecodeFields<In>(FieldSource::Object(*body));
}

// True when every path parameter is an id (all of Kenes's are).
bool PathIdsValid(const Request& req);

template <class In, class Out>
struct Endpoint {
  using Handle =
      std::conditional_t<std::is_same_v<In, NoBody>, std::function<Result<Out>(const Call&)>,
                         std::function<Result<Out>(const Call&, In)>>;

  const char* method = "GET";
  const char* path = "";
  Access access = Access::kPublic;
  Cost cost = Cost::kLight;
  Runs runs = Runs::kWorkers;
  // A check of the actor alone (administrators only, say), made before the request is read.
  Status (*allow)(const Actor&) = nullptr;
  int status = 200;  // on success; a Unit result answers 204
  Handle handle{};
  // How the result is written: as a JSON tree, or straight into the body (hot reads).
  // A Response result is sent as it is (documents, cookies).
  std::function<nlohmann::json(const Out&)> to_json{};
  std::function<void(JsonWriter&, const Out&)> write_json{};
  Csrf csrf = Csrf::kRequired;  // api.hpp: kSignedLink only for a route a signed URL authorizes
  size_t max_body_bytes = 0;    // api.hpp RouteSpec: 0 is the server's limit
};

template <class In, class Out>
void Routes::Add(Endpoint<In, Out> e) {
  RouteSpec spec{e.method, e.path, e.access, e.cost, e.runs, e.csrf, e.max_body_bytes};
  Add(std::move(spec), [e = std::move(e)](const Request& req, const Actor& actor) -> Response {
    if (!PathIdsValid(req)) return Fail(Error::NotFound(), req);
    if (e.allow) {
      if (auto allowed = e.allow(actor); !allowed.ok()) return Fail(allowed.error(), req);
    }
    const Call call{req, actor};
    auto result = [&]() -> Result<Out> {
      if constexpr (std::is_same_v<In, NoBody>) {
        return e.handle(call);
      } else {
        auto in = DecodeRequest<In>(req);
        if (!in.ok()) return in.take_error();
        return e.handle(call, std::move(in).value());
      }
    }();
    if (!result.ok()) return Fail(result.error(), req);
    if constexpr (std::is_same_v<Out, Unit>) {
      return NoContent();
    } else if constexpr (std::is_same_v<Out, Response>) {
      return std::move(result).value();
    } else if (e.write_json) {
      std::string body;
      JsonWriter w(body);
      e.write_json(w, result.value());
      return JsonText(e.status, std::move(body));
    } else {
      return JsonResponse(e.status, e.to_json(result.value()));
    }
  });
}

}  // namespace kenes::http
