#include "platform/live/event_hub.hpp"

#include <gtest/gtest.h>

namespace kenes::live {
namespace {

TEST(EventHub, ANoteReachesOnlyItsPersonsStreams) {
  EventHub hub;
  auto mine = hub.Open(7, "aaaa");
  auto other_tab = hub.Open(7, "bbbb");
  auto someone_else = hub.Open(8, "cccc");
  hub.Deliver(EventHub::Note(7, "notification", R"({"id":3})"));
  EXPECT_EQ(mine->Take(), std::vector<std::string>{"event: notification\ndata: {\"id\":3}\n\n"});
  EXPECT_EQ(other_tab->Take().size(), 1u);
  EXPECT_TRUE(someone_else->Take().empty());
  EXPECT_EQ(hub.delivered(), 2);
}

TEST(EventHub, AnEndNoteClosesOneSessionsStreamsOrAll) {
  EventHub hub;
  auto a = hub.Open(7, "aaaa");
  auto b = hub.Open(7, "bbbb");
  auto c = hub.Open(9, "aaaa");
  hub.Deliver(EventHub::EndNote(7, "aaaa"));
  EXPECT_TRUE(a->closed());
  EXPECT_FALSE(b->closed());
  EXPECT_FALSE(c->closed());  // the same key, another person
  hub.Deliver(EventHub::EndNote(7, ""));
  EXPECT_TRUE(b->closed());
  EXPECT_FALSE(c->closed());
  EXPECT_EQ(hub.open_streams(), 1u);
}

TEST(EventHub, APersonMayOpenOnlySoManyStreams) {
  EventHub hub(2);
  auto a = hub.Open(7, "s");
  auto b = hub.Open(7, "s");
  EXPECT_EQ(hub.Open(7, "s"), nullptr);
  EXPECT_NE(hub.Open(8, "s"), nullptr);
  b.reset();  // a tab closed: its place is free again
  EXPECT_NE(hub.Open(7, "s"), nullptr);
}

TEST(EventHub, MalformedNotesAreIgnored) {
  EventHub hub;
  auto s = hub.Open(7, "s");
  for (const char* note : {"", "7", "7 notification", "x notification {}", "7x notification {}",
                           "7 Notification {}", "7 bad-word {}", "7 notification {\n}",
                           "-7 notification {}", "99999999999999999999 notification {}"}) {
    hub.Deliver(note);
  }
  EXPECT_TRUE(s->Take().empty());
  EXPECT_FALSE(s->closed());
}

TEST(EventStream, AListenerTooFarBehindIsDropped) {
  http::EventStream s;
  int wakes = 0;
  s.SetWaker([&] { ++wakes; });
  for (size_t i = 0; i < http::EventStream::kMaxQueued; ++i) EXPECT_TRUE(s.Push("x"));
  EXPECT_FALSE(s.Push("one too many"));
  EXPECT_TRUE(s.closed());
  EXPECT_TRUE(s.Take().empty());
  EXPECT_FALSE(s.Push("after"));
  EXPECT_EQ(wakes, static_cast<int>(http::EventStream::kMaxQueued) + 1);
}

TEST(EventStream, FramesComeOutInOrder) {
  http::EventStream s;
  s.Push("a");
  s.Push("b");
  EXPECT_EQ(s.Take(), (std::vector<std::string>{"a", "b"}));
  EXPECT_TRUE(s.Take().empty());
  s.Close();
  EXPECT_TRUE(s.closed());
}

}  // namespace
}  // namespace kenes::live
