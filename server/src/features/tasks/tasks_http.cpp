#include "features/tasks/tasks_http.hpp"

#include "platform/http/endpoint.hpp"

namespace kenes::tasks {

using http::Json;
using http::Schema;

struct TasksQuery {
  TaskStatus status = TaskStatus::kOpen;
};
void Describe(Schema<TasksQuery>& s) { s.Enum("status", &TasksQuery::status, ParseTaskStatus); }

struct DoneBody {
  std::string note;
};
void Describe(Schema<DoneBody>& s) { s.Add("note", &DoneBody::note, {.max = kMaxNoteChars}); }

namespace {

using http::Call;
using http::Endpoint;

Json OptText(const std::optional<std::string>& v) { return v ? Json(*v) : Json(nullptr); }

// The person's contact is in the answer: only the maslikhat's staff and administrators get here.
Json TaskJson(const Task& t) {
  const NewTask& w = t.what;
  return Json{{"id", t.id},
              {"maslikhat_id", w.maslikhat_id},
              {"kind", TaskKindName(w.kind)},
              {"subject_type", w.subject_type},
              {"subject_id", w.subject_id},
              {"person_name", w.person_name},
              {"phone", w.phone},
              {"address", w.address},
              {"language", w.language},
              {"message", w.message},
              {"status", TaskStatusName(t.status)},
              {"created_at", t.created_at},
              {"done_by", t.done_by ? Json(*t.done_by) : Json(nullptr)},
              {"done_at", OptText(t.done_at)},
              {"note", t.note}};
}

}  // namespace

void RegisterTaskRoutes(http::Routes& routes, const std::shared_ptr<TaskService>& svc) {
  routes.Add(Endpoint<TasksQuery, TaskList>{
      .method = "GET",
      .path = "/api/v1/maslikhats/{id}/staff-tasks",
      .access = http::Access::kSignedIn,
      .handle = [svc](const Call& c,
                      const TasksQuery& q) { return svc->List(c.actor, c.Id(), q.status); },
      .to_json =
          [](const TaskList& list) {
            Json items = Json::array();
            for (const auto& t : list.items) items.push_back(TaskJson(t));
            return Json{{"items", items}, {"open", list.open}};
          }});
  routes.Add(Endpoint<http::NoBody, http::Response>{
      .method = "GET",
      .path = "/api/v1/staff-tasks/{id}/letter.pdf",
      .access = http::Access::kSignedIn,
      .cost = http::Cost::kHeavy,  // rendering a PDF: off the io threads
      .handle = [svc](const Call& c) -> Result<http::Response> {
        auto pdf = svc->LetterPdf(c.actor, c.Id());
        if (!pdf.ok()) return pdf.take_error();
        http::Response res;
        res.SetHeader("Content-Type", "application/pdf");
        res.SetHeader("Content-Disposition", "inline; filename=\"letter.pdf\"");
        res.body = std::move(pdf).value();
        return res;
      }});
  routes.Add(Endpoint<DoneBody, Task>{
      .method = "POST",
      .path = "/api/v1/staff-tasks/{id}/done",
      .access = http::Access::kSignedIn,
      .handle = [svc](const Call& c,
                      const DoneBody& b) { return svc->Done(c.actor, c.Id(), b.note); },
      .to_json = TaskJson});
}

}  // namespace kenes::tasks
