#include "features/appeals/appeal_json.hpp"

#include "features/appeals/appeal_service.hpp"

namespace kenes::appeals {

using http::Json;

Json SummaryJson(const Appeal& a) {
  return {{"id", a.id},
          {"number", a.number},
          {"maslikhat_id", a.maslikhat_id},
          {"type", TypeName(a.type)},
          {"channel", ChannelName(a.channel)},
          {"status", StatusName(a.status)},
          {"language", a.language},
          {"subject", a.subject},
          {"addressee", AddresseeName(a.addressee)},
          {"okrug_id", Nullable(a.okrug_id)},
          {"deputy_id", Nullable(a.deputy_id)},
          {"commission_id", Nullable(a.commission_id)},
          {"category", a.category},
          {"anonymous", a.anonymous},
          {"urgent_redirect", a.urgent_redirect},
          {"collective", a.collective},
          {"repeat_of", Nullable(a.repeat_of)},
          {"received_at", a.received_at},
          {"registered_on", a.registered_on},
          {"due_on", a.due_on},
          {"forward_due_on", a.forward_due_on},
          {"outcome", Nullable(a.outcome)}};
}

void WriteSummary(http::JsonWriter& w, const Appeal& a) {
  w.BeginObject()
      .Field("id", a.id)
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
  if (a.outcome)
    w.String(OutcomeName(*a.outcome));
  else
    w.Null();
  w.EndObject();
}

}  // namespace kenes::appeals
