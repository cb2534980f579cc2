#include "features/reception/reception_demo.hpp"

namespace kenes::reception {
namespace {

// The first day after `from` (and at least `after` days on) that falls on `weekday`.
CivilDate Next(CivilDate from, int weekday, int after) {
  CivilDate d = from.AddDays(after);
  while (d.Weekday() != weekday) d = d.AddDays(1);
  return d;
}

Session DemoSession(const DemoReceptionPeople& p, const char* ends_at) {
  Session s;
  s.deputy_id = p.deputy_id;
  s.starts_at = "10:00";
  s.ends_at = ends_at;
  s.slot_minutes = 20;
  s.capacity = 1;
  s.place_kind = PlaceKind::kMaslikhat;
  s.place = "Қалалық мәслихат, 204-кабинет";
  s.address = "Көкшетау қ., Абай к-сі, 89";
  return s;
}

BookingInput ByPhone(const char* name, const char* phone, const char* topic) {
  BookingInput in;
  in.name = name;
  in.phone = phone;
  in.topic = topic;
  in.language = "kk";
  return in;
}

}  // namespace

Status SeedDemoReceptions(ReceptionService& reception, const DemoReceptionPeople& p,
                          const Clock& clock) {
  const CivilDate today = calendar::LocalDate(clock.NowMs());
  NewSessions weekly{DemoSession(p, "12:00"),
                     Recurrence{Next(today, 2, 1), today.AddDays(42), 2, 0}};
  auto rule = reception.Schedule(p.staff, p.maslikhat_id, weekly);
  if (!rule.ok()) return rule.error();
  if (rule->created.empty()) return Ok();
  const int64_t first = rule->created.front().id;
  BookingInput mine;
  mine.slot = "10:00";
  mine.topic = "Аулаға балалар алаңы";
  mine.description = "Абай көшесі, 12 үйдің ауласына балалар алаңын салуды сұраймыз.";
  mine.language = "kk";
  if (auto b = reception.Book(p.citizen, first, mine); !b.ok()) return b.error();
  if (auto b = reception.Book(p.staff, first,
                              ByPhone("Сейтқали Марат", "+7 701 000 0001", "Көше жарығы"));
      !b.ok())
    return b.error();
  // The first Tuesday moves to the afternoon of a following working day: the citizen finds the
  // notice in the bell, and the staff a call task for the phone booking without an e-mail.
  const CivilDate tuesday = *CivilDate::Parse(rule->created.front().day);
  for (int later = 1; later <= 3; ++later) {
    if (reception.Move(p.staff, first, {tuesday.AddDays(later).ToString(), "15:00"}).ok()) break;
  }

  NewSessions full{DemoSession(p, "10:40"), std::nullopt};
  full.session.day = Next(today, 4, 2).ToString();
  auto one = reception.Schedule(p.staff, p.maslikhat_id, full);
  if (!one.ok()) return one.error();
  const int64_t id = one->created.front().id;
  for (const auto& in : {ByPhone("Жұмабаева Гүлнар", "+7 701 000 0002", "Жылу беру"),
                         ByPhone("Ли Виктор", "+7 701 000 0003", "Аялдама"),
                         ByPhone("Омаров Дәурен", "+7 701 000 0004", "Су құбыры")}) {
    if (auto b = reception.Book(p.staff, id, in); !b.ok()) return b.error();
  }
  return Ok();
}

}  // namespace kenes::reception
