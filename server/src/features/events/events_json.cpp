#include "features/events/events_json.hpp"

#include <algorithm>

namespace kenes::events {

using nlohmann::json;

namespace {

json OptInt(const std::optional<int64_t>& v) { return v ? json(*v) : json(nullptr); }

}  // namespace

json CardJson(const EventView& v) {
  const Event& e = v.event;
  const EventDraft& d = e.draft;
  const EventText& t = d.texts.at(LanguageIndex(v.lang));
  json free = nullptr;
  if (d.capacity) free = std::max<int64_t>(0, *d.capacity - e.registered);
  return json{{"id", e.id},
              {"maslikhat_id", e.maslikhat_id},
              {"deputy_id", OptInt(d.deputy_id)},
              {"okrug_id", OptInt(d.okrug_id)},
              {"commission_id", OptInt(d.commission_id)},
              {"type", EventTypeName(d.type)},
              {"status", EventStatusName(e.status)},
              {"starts_at", d.starts_at},
              {"ends_at", d.ends_at},
              {"place", d.place},
              {"online_url", d.online_url},
              {"capacity", OptInt(d.capacity)},
              {"registered", e.registered},
              {"free", free},
              {"lang", v.lang},
              {"available", v.available},
              {"title", t.title}};
}

json EventJson(const EventView& v) {
  json j = CardJson(v);
  const Event& e = v.event;
  j["description_html"] = e.draft.texts.at(LanguageIndex(v.lang)).description_html;
  j["cancel_reason"] = e.cancel_reason;
  j["report_html"] = e.report_html;
  j["mine"] = v.mine ? json(*v.mine) : json(nullptr);
  return j;
}

json EditorJson(const EventView& v) {
  json j = EventJson(v);
  json texts = json::object();
  for (size_t i = 0; i < kLanguages.size(); ++i) {
    const EventText& t = v.event.draft.texts.at(i);
    texts[std::string(kLanguages.at(i))] = {{"title", t.title}, {"description", t.description}};
  }
  j["texts"] = texts;
  j["report"] = v.event.report;
  j["sequence"] = v.event.sequence;
  j["created_at"] = v.event.created_at;
  j["updated_at"] = v.event.updated_at;
  return j;
}

json PageJson(const EventPage& page) {
  json items = json::array();
  for (const auto& v : page.items) items.push_back(CardJson(v));
  return json{{"items", items},
              {"next_cursor", page.next_cursor ? json(*page.next_cursor) : json(nullptr)}};
}

json ListJson(const std::vector<EventView>& list) {
  json items = json::array();
  for (const auto& v : list) items.push_back(CardJson(v));
  return json{{"items", items}};
}

}  // namespace kenes::events
