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

}  // namespace kenes::appeals
