#include "features/appeals/appeal_json.hpp"

#include "features/appeals/appeal_service.hpp"

namespace kenes::appeals {

using http::Json;

void WriteSummaryFields(http::JsonWriter& w, const Appeal& a) {
  w.Field("id", a.id)
      .Field("number", a.number)
      .Field("maslikhat_id", a.maslikhat_id)
      .Field("type", TypeName(a.type))
      .Field("channel", ChannelName(a.channel))
      .Field("status", StatusName(a.status))
      .Field("language", a.language)
      .Field("subject", a.subject)
      .Field("addressee", AddresseeName(a.addressee))
      .Field("okrug_id", a.okrug_id)
      .Field("deputy_id", a.deputy_id)
      .Field("commission_id", a.commission_id)
      .Field("category", a.category)
      .Field("anonymous", a.anonymous)
      .Field("urgent_redirect", a.urgent_redirect)
      .Field("collective", a.collective)
      .Field("repeat_of", a.repeat_of)
      .Field("received_at", a.received_at)
      .Field("registered_on", a.registered_on)
      .Field("due_on", a.due_on)
      .Field("forward_due_on", a.forward_due_on)
      .Field("overdue", a.due.overdue)
      .Field("due_soon", a.due.due_soon)
      .Field("forward_overdue", a.due.forward_overdue)
      .Field("forward_due_soon", a.due.forward_due_soon)
      .Key("outcome");
  if (a.outcome) {
    w.String(OutcomeName(*a.outcome));
  } else {
    w.Null();
  }
}

void WriteSummary(http::JsonWriter& w, const Appeal& a) {
  w.BeginObject();
  WriteSummaryFields(w, a);
  w.EndObject();
}

void WriteExtensions(http::JsonWriter& w, const std::vector<Extension>& extensions, bool staff) {
  w.Key("extensions").BeginArray();
  for (const auto& e : extensions) {
    w.BeginObject()
        .Field("decided_by_name", e.decided_by_name)
        .Field("decided_as", e.decided_as)
        .Field("reason", e.reason)
        .Field("decided_on", e.decided_on)
        .Field("previous_due_on", e.previous_due_on)
        .Field("new_due_on", e.new_due_on);
    if (staff) {
      w.Key("notice")
          .BeginObject()
          .Field("channel", e.notice_channel)
          .Field("due_on", e.notice_due_on)
          .Key("sent_at")
          .OptString(e.notice_sent_at)
          .Field("overdue", e.notice_overdue)
          .Key("task_id")
          .OptInt(e.notice_task_id)
          .EndObject();
    }
    w.EndObject();
  }
  w.EndArray();
}

void WritePartForwardings(http::JsonWriter& w, const std::vector<PartForwarding>& parts,
                          bool staff) {
  w.Key("part_forwardings").BeginArray();
  for (const auto& p : parts) {
    w.BeginObject()
        .Field("forward_to", p.forward_to)
        .Field("part", p.part)
        .Field("reason", p.reason)
        .Field("forwarded_on", p.forwarded_on)
        .Field("forward_due_on", p.forward_due_on)
        .Field("late", p.Late());
    if (staff) {
      w.Key("notice")
          .BeginObject()
          .Field("channel", p.notice_channel)
          .Key("task_id")
          .OptInt(p.notice_task_id)
          .EndObject();
    }
    w.EndObject();
  }
  w.EndArray();
}

}  // namespace kenes::appeals
