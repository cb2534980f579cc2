#include "features/voter_reports/voter_reports_demo.hpp"

#include <string>

#include "features/calendar/calendar_service.hpp"

namespace kenes::voter_reports {

Status SeedDemoVoterReports(VoterReportsService& reports, events::EventService& events,
                            const Actor& deputy, int64_t deputy_id, const Clock& clock) {
  const int year = calendar::LocalDate(clock.NowMs()).year;
  auto made = reports.Create(deputy, deputy_id, year);
  if (!made.ok()) return made.error();
  const Report& r = made->report;
  ReportInput edit;
  edit.text_kk =
      "Бұл жылы басты назар аула жолдарын жөндеуге және көше жарығына аударылды: "
      "сайлаушылардың өтініштері бойынша 14 аулада жұмыс жүргізілді.\n\n" +
      r.text_kk;
  edit.text_ru =
      "В этом году главное внимание — ремонту дворовых дорог и уличному освещению: по "
      "обращениям избирателей работы прошли в 14 дворах.\n\n" +
      r.text_ru;
  events::EventFilter filter;
  filter.deputy_id = deputy_id;
  filter.type = events::EventType::kReportMeeting;
  if (auto page = events.PublicList(filter, "ru", 10); page.ok() && !page->items.empty()) {
    edit.meeting_event_id = std::optional<int64_t>(page->items.front().event.id);
  }
  if (auto saved = reports.Update(deputy, r.id, edit); !saved.ok()) return saved.error();
  if (auto published = reports.Publish(deputy, r.id); !published.ok()) return published.error();
  return Ok();
}

}  // namespace kenes::voter_reports
