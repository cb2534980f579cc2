// The e-mails of a withdrawn and of a closed discussion, over HTTP and the jobs platform: each
// commenter gets one, in their account's language (the title in it, the withdrawal's reason, the
// period, the link to the draft's page), queued with the account notice — never to the staff
// member withdrawing, never to a deleted account, never twice however many comments, jobs reruns
// or refused requests; nothing before the close.
#include "platform/jobs/jobs.hpp"
#include "support/appeals_fixture.hpp"

namespace kenes::testing {
namespace {

class DraftMailApi : public AppealsFixture {
 protected:
  std::string DraftsPath() const {
    return "/api/v1/maslikhats/" + std::to_string(city_) + "/drafts";
  }
  static std::string DraftPath(int64_t id) { return "/api/v1/drafts/" + std::to_string(id); }
  json Open() {
    auto r = staff_.Post(DraftsPath(),
                         {{"title_kk", "Абаттандыру қағидалары туралы"},
                          {"title_ru", "О правилах благоустройства"},
                          {"paragraphs", {{{"text_kk", "1. Жалпы."}, {"text_ru", "1. Общие."}}}}});
    EXPECT_EQ(r.status, 201) << r.body;
    return r.json();
  }
  void Comment(Client& c, const json& d, const std::string& text) {
    ASSERT_EQ(c.Post(DraftPath(d["id"]) + "/comments", {{"paragraph_id", d["paragraphs"][0]["id"]},
                                                        {"author_type", "citizen"},
                                                        {"text", text}})
                  .status,
              201);
  }
  // The mails about a draft sent to `to` so far whose subject has `part`, after the queued jobs
  // ran (the sign-up code mailed to each account is not one).
  std::vector<mail::Message> MailsTo(const std::string& to, const std::string& part) {
    app_.RunJobs();
    std::vector<mail::Message> out;
    for (const auto& m : app_.mailer().Sent())
      if (m.to == to && m.subject.find(part) != std::string::npos &&
          m.body.find("/drafts/") != std::string::npos)
        out.push_back(m);
    return out;
  }
  void Sql(const std::string& sql) {
    ASSERT_TRUE(app_.app()
                    .database()
                    .Write([&](db::Tx& tx) -> Result<bool> {
                      tx.Exec(sql);
                      return true;
                    })
                    .ok());
  }
  void MoveTo(const char* utc) { app_.clock().Set(Utc(utc)); }
};

TEST_F(DraftMailApi, EachCommenterIsMailedTheWithdrawalOnceInTheirLanguage) {
  Sql("UPDATE users SET language = 'kk' WHERE email = 'stranger@example.kz'");
  Sql("UPDATE users SET language = 'ru' WHERE email = 'citizen@example.kz'");
  const json d = Open();
  const int64_t id = d["id"];
  Comment(citizen_, d, "Уточнить.");
  Comment(citizen_, d, "И ещё.");
  Comment(stranger_, d, "Келісемін.");
  Comment(staff_, d, "Своё.");
  Comment(dep1_, d, "Депутат.");
  // The deputy's account is deleted before the withdrawal: the account notice only, no mail.
  Sql("UPDATE users SET deleted_at = '2026-11-18T06:00:00Z' WHERE email = 'deputy1@example.kz'");
  // Refusals send nothing.
  const json why = {{"reason", "Проект внесён повторно."}};
  EXPECT_EQ(other_staff_.Post(DraftPath(id) + "/withdrawal", why).status, 403);
  EXPECT_EQ(citizen_.Post(DraftPath(id) + "/withdrawal", why).status, 403);
  EXPECT_EQ(staff_.Post(DraftPath(id) + "/withdrawal", {{"reason", ""}}).field("reason"),
            "required");
  EXPECT_TRUE(MailsTo("citizen@example.kz", "").empty());

  ASSERT_EQ(staff_.Post(DraftPath(id) + "/withdrawal", why).status, 200);
  const auto ru = MailsTo("citizen@example.kz", "Обсуждение проекта отозвано");
  ASSERT_EQ(ru.size(), 1u) << "one for two comments";
  EXPECT_EQ(ru[0].subject, "Обсуждение проекта отозвано: О правилах благоустройства");
  for (const std::string& part :
       {std::string("Маслихат отозвал"), std::string("Причина: Проект внесён повторно."),
        std::string("18.11.2026 – 02.12.2026"), "/drafts/" + std::to_string(id)})
    EXPECT_NE(ru[0].body.find(part), std::string::npos) << part << " in " << ru[0].body;
  const auto kk = MailsTo("stranger@example.kz", "Жобаны талқылау кері қайтарылды");
  ASSERT_EQ(kk.size(), 1u);
  EXPECT_EQ(kk[0].subject, "Жобаны талқылау кері қайтарылды: Абаттандыру қағидалары туралы");
  EXPECT_NE(kk[0].body.find("Себебі: Проект внесён повторно."), std::string::npos) << kk[0].body;
  EXPECT_TRUE(MailsTo("staff@example.kz", "").empty()) << "not the staff member withdrawing";
  EXPECT_TRUE(MailsTo("deputy1@example.kz", "").empty()) << "not a deleted account";
  EXPECT_TRUE(MailsTo("other@example.kz", "").empty()) << "only the commenters";
  // A second withdrawal is refused and the jobs run again: nothing more.
  EXPECT_EQ(staff_.Post(DraftPath(id) + "/withdrawal", why).status, 409);
  app_.RunJobs();
  EXPECT_EQ(MailsTo("citizen@example.kz", "").size(), 1u);
  // Its closing day passes: no closing mail for a withdrawn discussion.
  MoveTo("2026-12-02T19:00:00Z");
  app_.RunJobs();
  EXPECT_EQ(MailsTo("citizen@example.kz", "").size(), 1u);
}

TEST_F(DraftMailApi, EachCommenterIsMailedTheCloseOnceNeverEarly) {
  Sql("UPDATE users SET language = 'ru' WHERE email = 'citizen@example.kz'");
  Sql("UPDATE users SET language = 'en' WHERE email = 'stranger@example.kz'");
  const json d = Open();  // through Wednesday 2 December
  const int64_t id = d["id"];
  Comment(citizen_, d, "Первое.");
  Comment(citizen_, d, "Второе.");
  Comment(stranger_, d, "Mine.");
  MoveTo("2026-12-02T18:59:00Z");  // 23:59 local on the last day
  app_.RunJobs();
  EXPECT_TRUE(MailsTo("citizen@example.kz", "").empty()) << "nothing early";
  MoveTo("2026-12-02T19:00:00Z");  // 00:00 local on 3 December
  app_.RunJobs();
  const auto ru = MailsTo("citizen@example.kz", "Обсуждение проекта завершено");
  ASSERT_EQ(ru.size(), 1u) << "once for two comments";
  EXPECT_EQ(ru[0].subject, "Обсуждение проекта завершено: О правилах благоустройства");
  EXPECT_NE(ru[0].body.find("будет опубликована после рассмотрения"), std::string::npos)
      << ru[0].body;
  EXPECT_NE(ru[0].body.find("/drafts/" + std::to_string(id)), std::string::npos);
  const auto en = MailsTo("stranger@example.kz", "Discussion of a draft closed");
  ASSERT_EQ(en.size(), 1u);
  EXPECT_NE(en[0].body.find("once every comment has been decided on"), std::string::npos);
  EXPECT_NE(en[0].subject.find("О правилах благоустройства"), std::string::npos)
      << "no English title: the Russian one";
  // A rerun of the job (at-least-once delivery) sends nothing twice.
  (void)app_.app().database().Write([&](db::Tx& tx) -> Result<bool> {
    jobs::Enqueue(tx, "drafts.closing", {{"draft_id", id}, {"closes_on", "2026-12-02"}},
                  app_.clock().NowMs());
    return true;
  });
  app_.RunJobs();
  app_.RunJobs();
  EXPECT_EQ(MailsTo("citizen@example.kz", "").size(), 1u);
  EXPECT_EQ(MailsTo("stranger@example.kz", "").size(), 1u);
  EXPECT_TRUE(MailsTo("staff@example.kz", "").empty());
  EXPECT_EQ(app_.NewClient().Get("/healthz").status, 200);
}

}  // namespace
}  // namespace kenes::testing
