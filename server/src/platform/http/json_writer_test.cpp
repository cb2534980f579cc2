#include "platform/http/json_writer.hpp"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

namespace kenes::http {
namespace {

TEST(JsonWriter, WritesWhatNlohmannReadsBack) {
  std::string out;
  JsonWriter w(out);
  w.BeginObject()
      .Key("items")
      .BeginArray()
      .BeginObject()
      .Field("id", int64_t{7})
      .Field("subject", std::string("Яма \"на\" дороге\n\t\\"))
      .Field("anonymous", false)
      .Field("okrug_id", std::optional<int64_t>())
      .EndObject()
      .BeginObject()
      .EndObject()
      .EndArray()
      .Key("next_cursor")
      .Null()
      .EndObject();
  auto j = nlohmann::json::parse(out);
  EXPECT_EQ(j["items"][0]["id"], 7);
  EXPECT_EQ(j["items"][0]["subject"], "Яма \"на\" дороге\n\t\\");
  EXPECT_EQ(j["items"][0]["anonymous"], false);
  EXPECT_TRUE(j["items"][0]["okrug_id"].is_null());
  EXPECT_TRUE(j["items"][1].is_object());
  EXPECT_TRUE(j["next_cursor"].is_null());
}

TEST(JsonWriter, EscapesLikeNlohmann) {
  for (std::string s :
       {std::string("plain"), std::string("ctl\x01\x1f\x7f"), std::string("Қазақ тілі"),
        std::string("bad \xC3 utf8 \xFF end"), std::string("\xE2\x82"),
        std::string("a\xF0\x9F\x98"), std::string("\xE2\x28\xA1"), std::string("\xED\xA0\x80x"),
        std::string("quote\" back\\ slash/"), std::string("\"\"lead and trail\\"),
        std::string("run \n\n of \t\x02 escapes \"at\" the end\n"), std::string()}) {
    std::string mine;
    AppendJsonString(mine, s);
    EXPECT_EQ(mine,
              nlohmann::json(s).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace))
        << s;
  }
}

// An event's stored details go out as they are; text that is not JSON becomes null, never a
// broken document.
TEST(JsonWriter, RawWritesValidJsonAndNullOtherwise) {
  std::string out;
  JsonWriter w(out);
  w.BeginArray().Raw(R"({"from":"a","n":[1,2]})").Raw("{broken").Raw("").Int(1).EndArray();
  EXPECT_EQ(out, R"([{"from":"a","n":[1,2]},null,null,1])");
  EXPECT_TRUE(nlohmann::json::accept(out));
}

}  // namespace
}  // namespace kenes::http
