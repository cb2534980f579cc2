#include "features/events/events_demo.hpp"

#include "features/calendar/calendar_service.hpp"

namespace kenes::events {
namespace {

// The local day `days` from today at `hhmm`.
std::string At(const Clock& clock, int days, const char* hhmm) {
  return calendar::LocalDate(clock.NowMs()).AddDays(days).ToString() + "T" + hhmm;
}

}  // namespace

Status SeedDemoEvents(EventService& events, const DemoEventPeople& people, const Clock& clock) {
  EventDraft meeting;
  meeting.type = EventType::kVoterMeeting;
  meeting.deputy_id = people.deputy_id;
  meeting.starts_at = At(clock, 7, "18:00");
  meeting.ends_at = At(clock, 7, "19:30");
  meeting.place = "№ 5 мектеп-гимназия, акт залы / Школа-гимназия № 5, актовый зал";
  meeting.capacity = 60;
  meeting.texts.at(0) = {"Сайлаушылармен кездесу",
                         "Округтағы **аулаларды көріктендіру** және жолдарды жөндеу жоспары."};
  meeting.texts.at(1) = {"Встреча с избирателями",
                         "План **благоустройства дворов** и ремонта дорог округа."};
  auto made = events.Create(people.staff, people.maslikhat_id, meeting);
  if (!made.ok()) return made.error();
  if (auto r = events.Register(people.citizen, made->event.id); !r.ok()) return r.error();

  EventDraft round;
  round.type = EventType::kRoundTable;
  round.starts_at = At(clock, 14, "15:00");
  round.ends_at = At(clock, 14, "17:00");
  round.place = "Маслихат, малый зал";
  round.capacity = 25;
  round.texts.at(1) = {"Круглый стол: общественный транспорт",
                       "Обсуждаем новые маршруты автобусов с жителями и перевозчиками."};
  if (auto r = events.Create(people.staff, people.maslikhat_id, round); !r.ok()) return r.error();

  EventDraft report;
  report.type = EventType::kReportMeeting;
  report.deputy_id = people.deputy_id;
  report.starts_at = At(clock, -21, "17:00");
  report.ends_at = At(clock, -21, "18:30");
  report.place = "Орталық кітапхана / Центральная библиотека";
  report.texts.at(0) = {"Депутаттың есеп беру кездесуі", "Жыл қорытындысы."};
  report.texts.at(1) = {"Отчётная встреча депутата", "Итоги года."};
  auto held = events.Create(people.staff, people.maslikhat_id, report);
  if (!held.ok()) return held.error();
  auto written = events.Report(people.staff, held->event.id,
                               "Кездесуге 45 адам келді / Пришли 45 жителей.\n\n"
                               "- 12 өтініш қабылданды / принято 12 обращений;\n"
                               "- жол жөндеу кестесі келісілді / согласован график ремонта дорог.");
  if (!written.ok()) return written.error();
  return Ok();
}

}  // namespace kenes::events
