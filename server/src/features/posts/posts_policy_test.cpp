// PostsPolicy as a table: who × which post → may write. A failing row names itself.
#include "features/posts/posts_policy.hpp"

#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "core/table_actor.hpp"

namespace kenes::posts {
namespace {

struct Row {
  const char* who;
  bool signed_in;
  const char* role;  // the one grant, or "" for none
  std::optional<int64_t> scope;
  std::optional<DeputyLink> own;
  bool news_of_7, own_deputy_post, other_deputy_post, list_7;
};

TEST(PostsPolicyTable, StaffWriteAllDeputiesTheirOwnDeputyPosts) {
  const DeputyLink d5{5, 7};
  const DeputyLink d5_elsewhere{5, 8};
  const std::vector<Row> rows = {
      {"anonymous", false, "", std::nullopt, std::nullopt, false, false, false, false},
      {"staff grant without a session", false, "staff", 7, std::nullopt, false, false, false,
       false},
      {"citizen", true, "citizen", std::nullopt, std::nullopt, false, false, false, false},
      {"staff of 7", true, "staff", 7, std::nullopt, true, true, true, true},
      {"chair of 7", true, "chair", 7, std::nullopt, true, true, true, true},
      {"staff of 8", true, "staff", 8, std::nullopt, false, false, false, false},
      {"deputy 5 of 7", true, "deputy", 7, d5, false, true, false, true},
      {"deputy 5 of 8", true, "deputy", 8, d5_elsewhere, false, false, false, false},
      {"deputy role, no linked record", true, "deputy", 7, std::nullopt, false, false, false,
       false},
      {"linked record, no deputy role", true, "citizen", std::nullopt, d5, false, false, false,
       false},
      {"admin", true, "admin", std::nullopt, std::nullopt, true, true, true, true},
  };
  const PostOwner news{7, std::nullopt, PostKind::kNews};
  const PostOwner own{7, 5, PostKind::kDeputyPost};
  const PostOwner other{7, 6, PostKind::kDeputyPost};
  const PostOwner news_about_5{7, 5, PostKind::kNews};
  for (const Row& r : rows) {
    // A deputy's grant names an okrug, not a maslikhat: here it is global.
    const bool deputy = std::string(r.role) == "deputy";
    const Actor a = TableActor(r.signed_in, r.role, deputy ? std::nullopt : r.scope, 7);
    EXPECT_EQ(PostsPolicy::MayWrite(a, news, r.own), r.news_of_7) << r.who;
    EXPECT_EQ(PostsPolicy::MayWrite(a, own, r.own), r.own_deputy_post) << r.who;
    EXPECT_EQ(PostsPolicy::MayWrite(a, other, r.own), r.other_deputy_post) << r.who;
    // A deputy's news (not a deputy post) about them is the staff's to write.
    EXPECT_EQ(PostsPolicy::MayWrite(a, news_about_5, r.own), r.news_of_7) << r.who;
    EXPECT_EQ(PostsPolicy::MayList(a, 7, r.own), r.list_7) << r.who;
    // An image: everyone's once the post is public, else its writers' only.
    EXPECT_TRUE(PostsPolicy::MaySeeImage(a, news, true, r.own)) << r.who;
    EXPECT_EQ(PostsPolicy::MaySeeImage(a, news, false, r.own), r.news_of_7) << r.who;
    EXPECT_EQ(PostsPolicy::MaySeeImage(a, own, false, r.own), r.own_deputy_post) << r.who;
  }
}

TEST(PostsPolicyTable, ACommissionsChairWritesItsNewsOnly) {
  const DeputyLink chair_of_3{5, 7, {3}};
  const DeputyLink chair_elsewhere{5, 8, {3}};
  const DeputyLink member{5, 7, {}};
  const PostOwner news_of_3{7, std::nullopt, PostKind::kNews, 3};
  const PostOwner news_of_4{7, std::nullopt, PostKind::kNews, 4};
  const PostOwner maslikhat_news{7, std::nullopt, PostKind::kNews};
  const PostOwner announcement_of_3{7, std::nullopt, PostKind::kAnnouncement, 3};
  const Actor deputy = TableActor(true, "deputy", std::nullopt, 7);
  const Actor citizen = TableActor(true, "citizen", std::nullopt, 7);
  EXPECT_TRUE(PostsPolicy::MayWrite(deputy, news_of_3, chair_of_3));
  EXPECT_FALSE(PostsPolicy::MayWrite(deputy, news_of_4, chair_of_3));
  EXPECT_FALSE(PostsPolicy::MayWrite(deputy, maslikhat_news, chair_of_3));
  EXPECT_FALSE(PostsPolicy::MayWrite(deputy, announcement_of_3, chair_of_3));
  EXPECT_FALSE(PostsPolicy::MayWrite(deputy, news_of_3, chair_elsewhere));
  EXPECT_FALSE(PostsPolicy::MayWrite(deputy, news_of_3, member));
  // The record says chair, but the account no longer acts as a deputy.
  EXPECT_FALSE(PostsPolicy::MayWrite(citizen, news_of_3, chair_of_3));
}

}  // namespace
}  // namespace kenes::posts
