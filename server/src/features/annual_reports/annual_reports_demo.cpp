#include "features/annual_reports/annual_reports_demo.hpp"

#include <string>

#include "features/calendar/calendar_service.hpp"

namespace kenes::annual_reports {

Status SeedDemoAnnualReports(AnnualReportsService& reports, const Actor& staff,
                             int64_t maslikhat_id, const Clock& clock) {
  const int year = calendar::LocalDate(clock.NowMs()).year - 1;
  auto made = reports.Create(staff, maslikhat_id, std::nullopt, year);
  if (!made.ok()) return made.error();
  const Draft& d = made->report.draft;
  DraftInput edit;
  edit.text_kk =
      "Жыл ішінде мәслихат қала бюджетін, абаттандыру қағидаларын және қоғамдық көлік "
      "маршруттарын қарады.\n\n" +
      d.text_kk;
  edit.text_ru =
      "За год маслихат рассмотрел бюджет города, правила благоустройства и маршруты "
      "общественного транспорта.\n\n" +
      d.text_ru;
  if (auto saved = reports.Update(staff, made->report.id, edit); !saved.ok()) {
    return saved.error();
  }
  if (auto published = reports.Publish(staff, made->report.id); !published.ok()) {
    return published.error();
  }
  return Ok();
}

}  // namespace kenes::annual_reports
