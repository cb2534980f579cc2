// The maslikhat pages over HTTP: staff add, change, reorder and remove the people of the
// maslikhat's apparatus, which everybody reads; staff add, change, publish, take back and remove
// questions, and the public sees only the published ones; another maslikhat's staff (and anyone
// else) are refused; hostile input changes nothing and the server stays up.
#include "support/appeals_fixture.hpp"

namespace kenes::testing {
namespace {

class MaslikhatPagesApi : public AppealsFixture {
 protected:
  static std::string ApparatusPath(int64_t maslikhat) {
    return "/api/v1/maslikhats/" + std::to_string(maslikhat) + "/apparatus";
  }
  static std::string MemberPath(int64_t id) { return "/api/v1/apparatus/" + std::to_string(id); }
  static std::string QuestionsPath(int64_t maslikhat) {
    return "/api/v1/maslikhats/" + std::to_string(maslikhat) + "/questions";
  }
  static std::string QuestionPath(int64_t id) { return "/api/v1/questions/" + std::to_string(id); }
  static json MemberBody(const std::string& name_ru = "Сарсенбаева Гульжан") {
    return {{"full_name_kk", name_ru + " (kk)"},
            {"full_name_ru", name_ru},
            {"position_kk", "Аппарат басшысы"},
            {"position_ru", "Руководитель аппарата"}};
  }
  static json QuestionBody(const std::string& question_ru = "Как подать обращение?") {
    return {{"question_kk", question_ru + " (kk)"},
            {"question_ru", question_ru},
            {"answer_kk", "Kenes арқылы немесе жазбаша."},
            {"answer_ru", "Через Kenes или письменно."}};
  }
  json AddMember(Client& c, int64_t maslikhat, const json& body) {
    auto r = c.Post(ApparatusPath(maslikhat), body);
    EXPECT_EQ(r.status, 201) << r.body;
    return r.json();
  }
  json AddQuestion(Client& c, int64_t maslikhat, const json& body) {
    auto r = c.Post(QuestionsPath(maslikhat), body);
    EXPECT_EQ(r.status, 201) << r.body;
    return r.json();
  }
  // The names of the apparatus as the public reads them, in page order.
  std::vector<std::string> PublicNames(int64_t maslikhat) {
    const json list = app_.NewClient().Get(ApparatusPath(maslikhat)).json();
    std::vector<std::string> out;
    for (const auto& m : list["items"]) out.push_back(m["full_name_ru"].get<std::string>());
    return out;
  }
  size_t PublicQuestions(int64_t maslikhat) {
    return app_.NewClient().Get(QuestionsPath(maslikhat)).json()["items"].size();
  }
};

TEST_F(MaslikhatPagesApi, StaffKeepTheApparatusAndEverybodyReadsIt) {
  // Nobody listed yet: an empty page, not an error.
  auto empty = app_.NewClient().Get(ApparatusPath(city_));
  ASSERT_EQ(empty.status, 200) << empty.body;
  EXPECT_EQ(empty.json()["items"].size(), 0u);
  EXPECT_FALSE(empty.json()["can_edit"]);

  json head = MemberBody("Сарсенбаева Гульжан");
  head["position_en"] = "Head of the apparatus";
  head["phone"] = "+7 7162 50 00 01";
  head["email"] = " Apparat@Demo.Kenes.KZ ";
  const json made = AddMember(staff_, city_, head);
  EXPECT_EQ(made["full_name_ru"], "Сарсенбаева Гульжан");
  EXPECT_EQ(made["position_en"], "Head of the apparatus");
  EXPECT_EQ(made["phone"], "+7 7162 50 00 01");       // as written
  EXPECT_EQ(made["email"], "apparat@demo.kenes.kz");  // normalised
  EXPECT_EQ(made["maslikhat_id"], city_);
  const int64_t first = made["id"];
  // Each new person goes after the last; the English position, phone and e-mail are optional.
  const json second = AddMember(staff_, city_, MemberBody("Утегенов Бахыт"));
  EXPECT_GT(second["sort_order"].get<int>(), made["sort_order"].get<int>());
  EXPECT_EQ(second["position_en"], "");
  EXPECT_EQ(second["phone"], "");
  json third_body = MemberBody("Омарова Жазира");
  third_body["sort_order"] = 0;  // put first
  const json third = AddMember(staff_, city_, third_body);
  EXPECT_EQ(PublicNames(city_),
            (std::vector<std::string>{"Омарова Жазира", "Сарсенбаева Гульжан", "Утегенов Бахыт"}));

  // Everybody reads it; only the maslikhat's staff are told they may change it.
  EXPECT_FALSE(citizen_.Get(ApparatusPath(city_)).json()["can_edit"]);
  EXPECT_FALSE(other_staff_.Get(ApparatusPath(city_)).json()["can_edit"]);
  EXPECT_TRUE(staff_.Get(ApparatusPath(city_)).json()["can_edit"]);
  EXPECT_TRUE(admin_.Get(ApparatusPath(city_)).json()["can_edit"]);

  // Reordered by a number, a position changed, the e-mail cleared; absent fields stay.
  auto moved = staff_.Patch(MemberPath(first), {{"sort_order", 500}, {"email", ""}});
  ASSERT_EQ(moved.status, 200) << moved.body;
  EXPECT_EQ(moved.json()["sort_order"], 500);
  EXPECT_EQ(moved.json()["email"], "");
  EXPECT_EQ(moved.json()["phone"], "+7 7162 50 00 01");
  EXPECT_EQ(moved.json()["position_ru"], "Руководитель аппарата");
  auto renamed = staff_.Patch(MemberPath(second["id"].get<int64_t>()),
                              {{"position_ru", "Главный специалист"}});
  ASSERT_EQ(renamed.status, 200) << renamed.body;
  EXPECT_EQ(renamed.json()["position_ru"], "Главный специалист");
  EXPECT_EQ(renamed.json()["full_name_ru"], "Утегенов Бахыт");
  EXPECT_EQ(PublicNames(city_),
            (std::vector<std::string>{"Омарова Жазира", "Утегенов Бахыт", "Сарсенбаева Гульжан"}));

  // Removed: 204, gone from the page; removing again is 404.
  const int64_t gone = third["id"];
  EXPECT_EQ(staff_.Delete(MemberPath(gone)).status, 204);
  EXPECT_EQ(PublicNames(city_),
            (std::vector<std::string>{"Утегенов Бахыт", "Сарсенбаева Гульжан"}));
  EXPECT_EQ(staff_.Delete(MemberPath(gone)).status, 404);
  EXPECT_EQ(staff_.Patch(MemberPath(gone), {{"sort_order", 1}}).status, 404);
  // The other maslikhat's page is its own.
  EXPECT_EQ(PublicNames(other_).size(), 0u);
  EXPECT_EQ(app_.NewClient().Get(ApparatusPath(987654)).status, 404);
}

TEST_F(MaslikhatPagesApi, AQuestionIsSeenByThePublicOnlyWhilePublished) {
  const json draft = AddQuestion(staff_, city_, QuestionBody());
  EXPECT_EQ(draft["state"], "draft");
  EXPECT_EQ(draft["published_at"], nullptr);
  EXPECT_EQ(draft["question_en"], "");
  const int64_t id = draft["id"];
  // A draft: the public, citizens, deputies and another maslikhat's staff see nothing.
  EXPECT_EQ(PublicQuestions(city_), 0u);
  EXPECT_EQ(citizen_.Get(QuestionsPath(city_)).json()["items"].size(), 0u);
  EXPECT_EQ(dep1_.Get(QuestionsPath(city_)).json()["items"].size(), 0u);
  EXPECT_EQ(other_staff_.Get(QuestionsPath(city_)).json()["items"].size(), 0u);
  // The staff's view (?all=true) has the drafts, and says they may change them; nobody else's.
  auto all = staff_.Get(QuestionsPath(city_) + "?all=true");
  ASSERT_EQ(all.status, 200) << all.body;
  ASSERT_EQ(all.json()["items"].size(), 1u);
  EXPECT_EQ(all.json()["items"][0]["state"], "draft");
  EXPECT_TRUE(all.json()["can_edit"]);
  EXPECT_EQ(admin_.Get(QuestionsPath(city_) + "?all=true").json()["items"].size(), 1u);
  EXPECT_EQ(app_.NewClient().Get(QuestionsPath(city_) + "?all=true").status, 401);
  EXPECT_EQ(citizen_.Get(QuestionsPath(city_) + "?all=true").status, 403);
  EXPECT_EQ(dep1_.Get(QuestionsPath(city_) + "?all=true").status, 403);
  EXPECT_EQ(other_staff_.Get(QuestionsPath(city_) + "?all=true").status, 403);
  EXPECT_EQ(staff_.Get(QuestionsPath(city_) + "?all=false").json()["items"].size(), 0u);

  // Published: everybody reads it, in both languages, with the English left empty.
  auto published = staff_.Patch(QuestionPath(id), {{"state", "published"}});
  ASSERT_EQ(published.status, 200) << published.body;
  EXPECT_EQ(published.json()["state"], "published");
  EXPECT_TRUE(published.json()["published_at"].is_string());
  const json list = app_.NewClient().Get(QuestionsPath(city_)).json();
  ASSERT_EQ(list["items"].size(), 1u);
  EXPECT_EQ(list["items"][0]["question_ru"], "Как подать обращение?");
  EXPECT_EQ(list["items"][0]["answer_kk"], "Kenes арқылы немесе жазбаша.");
  EXPECT_FALSE(list["items"][0].contains("created_at"));
  EXPECT_FALSE(list["can_edit"]);

  // Edited while published: the English added, the answer changed; it stays published.
  auto edited = staff_.Patch(QuestionPath(id), {{"answer_ru", "Через Kenes, почтой или лично."},
                                                {"question_en", "How do I file an appeal?"},
                                                {"answer_en", "Through Kenes or in writing."}});
  ASSERT_EQ(edited.status, 200) << edited.body;
  EXPECT_EQ(edited.json()["state"], "published");
  EXPECT_EQ(edited.json()["answer_ru"], "Через Kenes, почтой или лично.");
  EXPECT_EQ(edited.json()["question_kk"], "Как подать обращение? (kk)");  // kept
  // Another maslikhat's staff see it now, and still may not change it (403); before, 404.
  EXPECT_EQ(other_staff_.Patch(QuestionPath(id), {{"answer_ru", "Чужой"}}).status, 403);
  EXPECT_EQ(citizen_.Delete(QuestionPath(id)).status, 403);

  // Taken back: a draft again, gone from the public page, hidden from others again.
  auto back = staff_.Patch(QuestionPath(id), {{"state", "draft"}});
  ASSERT_EQ(back.status, 200) << back.body;
  EXPECT_EQ(back.json()["published_at"], nullptr);
  EXPECT_EQ(PublicQuestions(city_), 0u);
  EXPECT_EQ(other_staff_.Patch(QuestionPath(id), {{"state", "published"}}).status, 404);
  EXPECT_EQ(other_staff_.Delete(QuestionPath(id)).status, 404);

  // Published on creation, ordered by the number: the one put first comes first.
  json now = QuestionBody("Когда проходят сессии?");
  now["state"] = "published";
  now["sort_order"] = 0;
  const json sessions = AddQuestion(staff_, city_, now);
  EXPECT_EQ(sessions["state"], "published");
  ASSERT_EQ(staff_.Patch(QuestionPath(id), {{"state", "published"}}).status, 200);
  const json both = app_.NewClient().Get(QuestionsPath(city_)).json();
  ASSERT_EQ(both["items"].size(), 2u);
  EXPECT_EQ(both["items"][0]["question_ru"], "Когда проходят сессии?");
  EXPECT_EQ(both["items"][1]["id"], id);

  // Removed: 204, then 404; the public page has the other one only.
  EXPECT_EQ(staff_.Delete(QuestionPath(id)).status, 204);
  EXPECT_EQ(staff_.Delete(QuestionPath(id)).status, 404);
  EXPECT_EQ(staff_.Patch(QuestionPath(id), {{"state", "draft"}}).status, 404);
  EXPECT_EQ(PublicQuestions(city_), 1u);
  EXPECT_EQ(app_.NewClient().Get(QuestionsPath(987654)).status, 404);
}

TEST_F(MaslikhatPagesApi, OnlyTheMaslikhatsStaffKeepItsPages) {
  const int64_t member = AddMember(staff_, city_, MemberBody())["id"];
  json published = QuestionBody();
  published["state"] = "published";
  const int64_t question = AddQuestion(staff_, city_, published)["id"];
  // Another maslikhat's staff, a citizen, a deputy of this maslikhat: refused; nothing changes.
  EXPECT_EQ(other_staff_.Post(ApparatusPath(city_), MemberBody("Чужой")).status, 403);
  EXPECT_EQ(other_staff_.Post(QuestionsPath(city_), QuestionBody("Чужой?")).status, 403);
  EXPECT_EQ(other_staff_.Patch(MemberPath(member), {{"position_ru", "Чужой"}}).status, 403);
  EXPECT_EQ(other_staff_.Delete(MemberPath(member)).status, 403);
  EXPECT_EQ(other_staff_.Patch(QuestionPath(question), {{"state", "draft"}}).status, 403);
  EXPECT_EQ(other_staff_.Delete(QuestionPath(question)).status, 403);
  EXPECT_EQ(citizen_.Post(ApparatusPath(city_), MemberBody("Гражданин")).status, 403);
  EXPECT_EQ(citizen_.Patch(MemberPath(member), {{"sort_order", 1}}).status, 403);
  EXPECT_EQ(dep1_.Post(QuestionsPath(city_), QuestionBody("Депутат?")).status, 403);
  EXPECT_EQ(dep1_.Delete(MemberPath(member)).status, 403);
  Client anonymous = app_.NewClient();
  anonymous.PrimeCsrf();
  EXPECT_EQ(anonymous.Post(ApparatusPath(city_), MemberBody("Аноним")).status, 401);
  EXPECT_EQ(anonymous.Patch(QuestionPath(question), {{"state", "draft"}}).status, 401);
  EXPECT_EQ(anonymous.Delete(MemberPath(member)).status, 401);
  EXPECT_EQ(PublicNames(city_), (std::vector<std::string>{"Сарсенбаева Гульжан"}));
  EXPECT_EQ(PublicQuestions(city_), 1u);
  // A chair and a head of the apparatus of the maslikhat keep it too; so does an administrator.
  Client chair = Leader("chair");
  EXPECT_EQ(chair.Patch(MemberPath(member), {{"position_en", "Head"}}).status, 200);
  Client head = Leader("head_of_apparatus");
  EXPECT_EQ(head.Post(QuestionsPath(city_), QuestionBody("Где решения?")).status, 201);
  EXPECT_EQ(admin_.Post(ApparatusPath(city_), MemberBody("Кенжебаев Арман")).status, 201);
  // The other maslikhat's staff keep their own.
  EXPECT_EQ(other_staff_.Post(ApparatusPath(other_), MemberBody("Свой")).status, 201);
  // No such maslikhat: 404 to an administrator (the staff of another are refused first: 403).
  EXPECT_EQ(admin_.Post(ApparatusPath(987654), MemberBody()).status, 404);
  EXPECT_EQ(admin_.Post(QuestionsPath(987654), QuestionBody()).status, 404);
  EXPECT_EQ(staff_.Post(ApparatusPath(987654), MemberBody()).status, 403);
}

TEST_F(MaslikhatPagesApi, HostileInputIsRefusedAndTheServerStaysUp) {
  const int64_t member = AddMember(staff_, city_, MemberBody())["id"];
  const int64_t question = AddQuestion(staff_, city_, QuestionBody())["id"];
  const int64_t foreign_member = AddMember(other_staff_, other_, MemberBody("Чужой"))["id"];
  const int64_t foreign_question = AddQuestion(other_staff_, other_, QuestionBody("Чужой?"))["id"];
  const std::string deep = std::string(100000, '[') + std::string(100000, ']');
  EXPECT_EQ(staff_.Send("POST", ApparatusPath(city_), deep, {{"Content-Type", "application/json"}})
                .status,
            422);
  const std::string deeper = std::string(100000, '{') + std::string(100000, '}');
  EXPECT_EQ(
      staff_.Send("PATCH", QuestionPath(question), deeper, {{"Content-Type", "application/json"}})
          .status,
      422);
  EXPECT_EQ(
      staff_.Send("POST", QuestionsPath(city_), "[1,2,3]", {{"Content-Type", "application/json"}})
          .status,
      422);
  EXPECT_EQ(staff_
                .Send("POST", QuestionsPath(city_),
                      "{\"question_ru\":", {{"Content-Type", "application/json"}})
                .status,
            422);
  // Huge strings, unknown fields, wrong types, out-of-range numbers, unknown words, bad contacts.
  json body = MemberBody();
  body["full_name_ru"] = std::string(201, 'x');
  EXPECT_EQ(staff_.Post(ApparatusPath(city_), body).field("full_name_ru"), "too_long");
  body = MemberBody();
  body["position_kk"] = std::string(100000, 'x');
  EXPECT_EQ(staff_.Post(ApparatusPath(city_), body).field("position_kk"), "too_long");
  body = QuestionBody();
  body["answer_ru"] = std::string(5001, 'x');
  EXPECT_EQ(staff_.Post(QuestionsPath(city_), body).field("answer_ru"), "too_long");
  body = QuestionBody();
  body["question_en"] = std::string(501, 'x');
  EXPECT_EQ(staff_.Post(QuestionsPath(city_), body).field("question_en"), "too_long");
  body = MemberBody();
  body["maslikhat_id"] = other_;
  EXPECT_EQ(staff_.Post(ApparatusPath(city_), body).field("maslikhat_id"), "unknown_field");
  EXPECT_EQ(staff_.Patch(QuestionPath(question), {{"maslikhat_id", other_}}).status, 422);
  EXPECT_EQ(staff_.Patch(MemberPath(member), {{"id", foreign_member}}).status, 422);
  body = MemberBody();
  body["sort_order"] = "1";
  EXPECT_EQ(staff_.Post(ApparatusPath(city_), body).field("sort_order"), "wrong_type");
  body["sort_order"] = 10000;
  EXPECT_EQ(staff_.Post(ApparatusPath(city_), body).field("sort_order"), "out_of_range");
  body["sort_order"] = -1;
  EXPECT_EQ(staff_.Post(ApparatusPath(city_), body).field("sort_order"), "out_of_range");
  body = MemberBody();
  body["phone"] = "позвоните в приёмную";
  body["email"] = "apparat@";
  auto contacts = staff_.Post(ApparatusPath(city_), body);
  EXPECT_EQ(contacts.field("phone"), "invalid_format");
  EXPECT_EQ(contacts.field("email"), "invalid_format");
  body = MemberBody();
  body["full_name_kk"] = "  ";
  EXPECT_EQ(staff_.Post(ApparatusPath(city_), body).field("full_name_kk"), "required");
  body = MemberBody();
  body.erase("position_ru");
  EXPECT_EQ(staff_.Post(ApparatusPath(city_), body).field("position_ru"), "required");
  body = QuestionBody();
  body["question_ru"] = "a\x01b";
  EXPECT_EQ(staff_.Post(QuestionsPath(city_), body).field("question_ru"), "invalid_characters");
  body = QuestionBody();
  body["state"] = "archived";
  EXPECT_EQ(staff_.Post(QuestionsPath(city_), body).field("state"), "invalid");
  EXPECT_EQ(staff_.Patch(QuestionPath(question), {{"answer_kk", ""}}).field("answer_kk"),
            "required");
  EXPECT_EQ(staff_.Patch(MemberPath(member), {{"position_ru", " "}}).field("position_ru"),
            "required");
  EXPECT_EQ(staff_.Patch(MemberPath(member), {{"phone", "12345"}}).field("phone"),
            "invalid_format");
  EXPECT_EQ(app_.NewClient().Get(QuestionsPath(city_) + "?all=maybe").status, 422);
  EXPECT_EQ(app_.NewClient().Get("/api/v1/maslikhats/abc/apparatus").status, 404);
  EXPECT_EQ(staff_.Patch("/api/v1/questions/abc", {{"state", "draft"}}).status, 404);
  EXPECT_EQ(staff_.Delete("/api/v1/apparatus/-1").status, 404);
  // Other maslikhats' ids through this maslikhat's staff: refused (the other's draft is hidden).
  EXPECT_EQ(staff_.Patch(MemberPath(foreign_member), {{"position_ru", "Свой"}}).status, 403);
  EXPECT_EQ(staff_.Delete(MemberPath(foreign_member)).status, 403);
  EXPECT_EQ(staff_.Patch(QuestionPath(foreign_question), {{"state", "published"}}).status, 404);
  EXPECT_EQ(staff_.Delete(QuestionPath(foreign_question)).status, 404);
  // None of it changed anything.
  const json kept = staff_.Get(ApparatusPath(city_)).json();
  ASSERT_EQ(kept["items"].size(), 1u);
  EXPECT_EQ(kept["items"][0]["position_ru"], "Руководитель аппарата");
  EXPECT_EQ(kept["items"][0]["phone"], "");
  const json drafts = staff_.Get(QuestionsPath(city_) + "?all=true").json();
  ASSERT_EQ(drafts["items"].size(), 1u);
  EXPECT_EQ(drafts["items"][0]["answer_kk"], "Kenes арқылы немесе жазбаша.");
  const json theirs = other_staff_.Get(QuestionsPath(other_) + "?all=true").json();
  ASSERT_EQ(theirs["items"].size(), 1u);
  EXPECT_EQ(theirs["items"][0]["state"], "draft");
  EXPECT_EQ(PublicNames(other_), (std::vector<std::string>{"Чужой"}));

  // A flood of changes and reads: each answered, the last change stands; the server still answers.
  for (int i = 0; i < 40; ++i) {
    EXPECT_EQ(
        staff_.Patch(QuestionPath(question), {{"state", i % 2 ? "draft" : "published"}}).status,
        200);
  }
  for (int i = 0; i < 40; ++i) {
    EXPECT_EQ(staff_.Patch(MemberPath(member), {{"sort_order", i}}).status, 200);
    EXPECT_EQ(app_.NewClient().Get(ApparatusPath(city_)).status, 200);
  }
  EXPECT_EQ(staff_.Get(ApparatusPath(city_)).json()["items"][0]["sort_order"], 39);
  EXPECT_EQ(PublicQuestions(city_), 0u);  // the 40th change (i = 39) took it back
  EXPECT_EQ(app_.NewClient().Get("/healthz").status, 200);
}

TEST_F(MaslikhatPagesApi, APageHoldsAtMostAHundredPeopleAndAHundredQuestions) {
  for (int i = 0; i < 100; ++i) {
    auto r = staff_.Post(ApparatusPath(city_), MemberBody("Сотрудник " + std::to_string(i)));
    ASSERT_EQ(r.status, 201) << r.body;
    r = staff_.Post(QuestionsPath(city_), QuestionBody("Вопрос " + std::to_string(i)));
    ASSERT_EQ(r.status, 201) << r.body;
  }
  EXPECT_EQ(staff_.Post(ApparatusPath(city_), MemberBody()).field("apparatus"), "too_many");
  EXPECT_EQ(staff_.Post(QuestionsPath(city_), QuestionBody()).field("questions"), "too_many");
  EXPECT_EQ(app_.NewClient().Get(ApparatusPath(city_)).json()["items"].size(), 100u);
  EXPECT_EQ(staff_.Get(QuestionsPath(city_) + "?all=true").json()["items"].size(), 100u);
  // The other maslikhat is not held back by this one's.
  EXPECT_EQ(other_staff_.Post(ApparatusPath(other_), MemberBody()).status, 201);
}

}  // namespace
}  // namespace kenes::testing
