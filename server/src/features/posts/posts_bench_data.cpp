#include "features/posts/posts_bench_data.hpp"

#include <string>

#include "features/posts/posts_repository.hpp"
#include "platform/docs/markdown.hpp"

namespace kenes::posts {

Result<int> GenerateBenchPosts(db::Database& db, const Clock& clock, int64_t maslikhat_id,
                               int count) {
  constexpr int kBatch = 1000;
  constexpr int64_t kMinuteMs = 60000;
  const int64_t now = clock.NowMs();
  const std::string body_ru =
      "На сессии рассмотрено **12 вопросов**.\n\n- городской бюджет;\n- благоустройство дворов;\n"
      "- маршруты общественного транспорта.\n\nПодробнее: [сайт маслихата](https://example.kz).";
  const std::string body_kk =
      "Сессияда **12 мәселе** қаралды.\n\n- қала бюджеті;\n- аулаларды көріктендіру;\n"
      "- қоғамдық көлік бағыттары.\n\nТолығырақ: [мәслихат сайты](https://example.kz).";
  const std::string html_ru = docs::RenderMarkdown(body_ru);
  const std::string html_kk = docs::RenderMarkdown(body_kk);
  PostsRepository repo;
  int made = 0;
  while (made < count) {
    auto done = db.Write([&](db::Tx& tx) -> Result<int> {
      int n = 0;
      for (; n < kBatch && made + n < count; ++n) {
        const int i = made + n;
        const std::string at = FormatIsoUtc(now - (int64_t{count} - i) * kMinuteMs);
        PostDraft d;
        d.kind = i % 5 == 0 ? PostKind::kAnnouncement : PostKind::kNews;
        if (i % 3 == 0) d.tags = {"бюджет"};
        const std::string n_text = std::to_string(i + 1);
        d.texts = {{"kk", "Мәслихат жаңалығы №" + n_text, "Сессия қорытындысы.", body_kk, html_kk},
                   {"ru", "Новость маслихата №" + n_text, "Итоги сессии.", body_ru, html_ru}};
        const int64_t id = repo.Insert(tx, maslikhat_id, d, std::nullopt, at);
        repo.SetState(tx, id, PostState::kPublished, at, at);
      }
      return n;
    });
    if (!done.ok()) return done.error();
    made += *done;
  }
  return made;
}

}  // namespace kenes::posts
