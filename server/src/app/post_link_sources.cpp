#include "app/post_link_sources.hpp"

namespace kenes {

posts::LinkSources PostLinkSources(const std::shared_ptr<events::EventService>& events,
                                   const std::shared_ptr<sittings::SittingsService>& sittings,
                                   const std::shared_ptr<catalog::CatalogService>& catalog) {
  posts::LinkSources out;
  out.event = [events](int64_t id, const std::string& lang) -> std::optional<posts::LinkedEvent> {
    // Events are public from creation; a cancelled one is still what the post was about.
    auto v = events->PublicGet(Actor{}, id, lang);
    if (!v.ok()) return std::nullopt;
    const events::Event& e = v->event;
    return posts::LinkedEvent{e.id, e.maslikhat_id,
                              e.draft.texts.at(events::LanguageIndex(v->lang)).title,
                              e.draft.starts_at};
  };
  out.sitting = [sittings](int64_t id,
                           const std::string& lang) -> std::optional<posts::LinkedSitting> {
    auto d = sittings->Get(id);
    if (!d.ok()) return std::nullopt;
    const sittings::Sitting& s = d->sitting;
    const std::string& name =
        lang == "kk" && !s.commission_name_kk.empty() ? s.commission_name_kk : s.commission_name_ru;
    return posts::LinkedSitting{
        s.id,      s.maslikhat_id, s.number,        std::string(sittings::KindName(s.kind)),
        s.held_on, s.starts_at,    s.commission_id, s.commission_id ? name : std::string()};
  };
  out.topic = [catalog](const std::string& key,
                        const std::string& lang) -> std::optional<posts::LinkedTopic> {
    auto list = catalog->Categories();
    if (!list.ok()) return std::nullopt;
    for (const auto& c : *list) {
      if (c.key != key) continue;
      const std::string& name = lang == "kk" ? c.name_kk : lang == "en" ? c.name_en : c.name_ru;
      return posts::LinkedTopic{c.key, name.empty() ? c.name_ru : name};
    }
    return std::nullopt;
  };
  return out;
}

}  // namespace kenes
