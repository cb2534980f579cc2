#include "features/posts/posts_demo.hpp"

namespace kenes::posts {
namespace {

constexpr int64_t kWeekMs = int64_t{7} * 24 * 3600 * 1000;

Status Made(const Result<PostView>& r, int64_t* id) {
  if (!r.ok()) return r.error();
  *id = r->post.id;
  return Ok();
}

}  // namespace

Status SeedDemoPosts(PostService& posts, const DemoPostPeople& people, const Clock& clock) {
  int64_t id = 0;
  PostDraft session{
      PostKind::kSessionResult,
      std::nullopt,
      std::nullopt,
      std::nullopt,
      {"сессия", "бюджет"},
      {{"kk", "Мәслихаттың кезекті сессиясы өтті",
        "Депутаттар қала бюджетін және көріктендіру жоспарын бекітті.",
        "Сессияда **12 мәселе** қаралды.\n\n- қала бюджеті;\n- аулаларды көріктендіру;\n"
        "- қоғамдық көлік бағыттары.\n\nТолығырақ: [мәслихат сайты](https://example.kz)."},
       {"ru", "Состоялась очередная сессия маслихата",
        "Депутаты утвердили городской бюджет и план благоустройства.",
        "На сессии рассмотрено **12 вопросов**.\n\n- городской бюджет;\n"
        "- благоустройство дворов;\n- маршруты общественного транспорта.\n\n"
        "Подробнее: [сайт маслихата](https://example.kz)."}}};
  if (auto s = Made(posts.Create(people.staff, people.maslikhat_id, session), &id); !s.ok()) {
    return s;
  }
  if (auto p = posts.Publish(people.staff, id); !p.ok()) return p.error();

  PostDraft announcement{
      PostKind::kAnnouncement,
      std::nullopt,
      std::nullopt,
      std::nullopt,
      {"приём"},
      {{"ru", "Приём граждан в декабре", "Депутаты принимают граждан по вторникам с 10:00.",
        "Записаться можно на странице депутата или по телефону аппарата "
        "маслихата."}}};
  if (auto s = Made(posts.Create(people.staff, people.maslikhat_id, announcement), &id); !s.ok()) {
    return s;
  }
  if (auto p = posts.Publish(people.staff, id); !p.ok()) return p.error();

  PostDraft own{
      PostKind::kDeputyPost,
      people.deputy_id,
      std::nullopt,
      std::nullopt,
      {"аула"},
      {{"kk", "Ауладағы балалар алаңы жөнделді", "Тұрғындардың өтініші бойынша алаң жаңартылды.",
        "Тұрғындарға көмектері үшін рақмет!"},
       {"ru", "Во дворе отремонтирована детская площадка",
        "По обращению жителей площадка обновлена.", "Спасибо жителям за помощь!"}}};
  if (auto s = Made(posts.Create(people.deputy, people.maslikhat_id, own), &id); !s.ok()) {
    return s;
  }
  if (auto p = posts.Publish(people.deputy, id); !p.ok()) return p.error();

  PostDraft next{
      PostKind::kNews,
      std::nullopt,
      std::nullopt,
      std::nullopt,
      {"сессия"},
      {{"kk", "Келесі сессияның күн тәртібі", "Жоба талқылауға ұсынылады.", "Жоба."},
       {"ru", "Повестка следующей сессии", "Проект выносится на обсуждение.", "Проект."}}};
  if (auto s = Made(posts.Create(people.staff, people.maslikhat_id, next), &id); !s.ok()) {
    return s;
  }
  if (auto p = posts.Schedule(people.staff, id, FormatIsoUtc(clock.NowMs() + kWeekMs)); !p.ok()) {
    return p.error();
  }
  return Ok();
}

}  // namespace kenes::posts
