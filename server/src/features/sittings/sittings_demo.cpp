#include "features/sittings/sittings_demo.hpp"

#include <stdexcept>

#include "features/calendar/calendar_service.hpp"
#include "platform/docs/pdf.hpp"

namespace kenes::sittings {
namespace {

std::vector<AgendaInput> Agenda(bool past) {
  if (past) {
    return {{std::nullopt, "Қаланың 2026–2028 жылдарға арналған бюджетіне өзгерістер енгізу туралы",
             "О внесении изменений в бюджет города на 2026–2028 годы",
             "Қаржы бөлімінің басшысы (ойдан шығарылған)"},
            {std::nullopt, "Жер салығының базалық мөлшерлемелерін түзету туралы",
             "О корректировке базовых ставок земельного налога",
             "Экономикалық даму жөніндегі тұрақты комиссияның төрағасы"},
            {std::nullopt, "Әртүрлі", "Разное", ""}};
  }
  return {{std::nullopt, "Әкімнің әлеуметтік-экономикалық даму туралы есебі",
           "Отчёт акима о социально-экономическом развитии", "Қала әкімі (ойдан шығарылған)"},
          {std::nullopt, "Мәслихаттың 2027 жылға арналған жұмыс жоспары туралы",
           "О плане работы маслихата на 2027 год", "Мәслихат хатшысы"}};
}

// A short PDF standing for a real paper: its title and a line saying it is a demo.
std::string DemoPdf(const std::string& title_kk, const std::string& title_ru) {
  return docs::RenderPdf(title_ru, {{title_kk, 13, true},
                                    {title_ru, 13, true},
                                    {"Демо-құжат, мәтіні ойдан шығарылған."},
                                    {"Демо-документ, текст вымышленный."}});
}

// The draft decision on the budget (both languages) with the finance department's note (Russian),
// and the draft on the land tax (Kazakh and Russian).
Status AttachDemoDocuments(SittingDocumentsService& documents, const Actor& staff,
                           const SittingDetail& sitting) {
  struct Paper {
    size_t item;
    const char *kk, *ru;
    DocumentLanguage language;
  };
  const Paper papers[] = {
      {0, "Шешімнің жобасы: қала бюджетіне өзгерістер", "Проект решения: изменения в бюджет города",
       DocumentLanguage::kBoth},
      {0, "Қаржы бөлімінің түсіндірме жазбасы", "Пояснительная записка отдела финансов",
       DocumentLanguage::kRu},
      {1, "Шешімнің жобасы: жер салығының мөлшерлемелері",
       "Проект решения: ставки земельного налога", DocumentLanguage::kBoth},
  };
  for (const auto& p : papers) {
    std::string pdf;
    try {
      pdf = DemoPdf(p.kk, p.ru);
    } catch (const std::runtime_error&) {
      return Ok();  // no font on this machine: the demo goes without documents
    }
    DocumentInput in{p.kk, p.ru, p.language, std::nullopt};
    auto added = documents.Add(staff, sitting.sitting.id, sitting.agenda[p.item].id, in, pdf);
    if (!added.ok()) return added.take_error();
  }
  return Ok();
}

}  // namespace

Status SeedDemoSittings(SittingsService& sittings, SittingDocumentsService& documents,
                        acts::ActsService& acts, const Actor& staff, int64_t maslikhat_id,
                        const Clock& clock) {
  const auto today = calendar::LocalDate(clock.NowMs());
  SittingInput past;
  past.convocation = 8;
  past.number = 14;
  past.held_on = today.AddDays(-20).ToString();
  past.announced_on = today.AddDays(-30).ToString();
  past.starts_at = std::string("10:00");
  past.place = std::string("Мәслихаттың сессиялар залы / Зал сессий маслихата (ойдан шығарылған)");
  past.broadcast_url = std::string("https://www.youtube.com/@kenes-demo/live");
  past.video_url = std::string("https://www.youtube.com/@kenes-demo/videos");
  past.agenda = Agenda(true);
  auto made = sittings.Create(staff, maslikhat_id, past);
  if (!made.ok()) return made.take_error();
  const int64_t id = made->sitting.id;
  // All but three of the deputies were there: a quorum.
  std::vector<int64_t> present;
  for (size_t i = 0; i < made->attendance.size(); ++i) {
    if (i % 8 != 3) present.push_back(made->attendance[i].deputy_id);
  }
  // One of them came late, for the second item.
  std::vector<Stay> moves;
  if (!present.empty()) moves.push_back({present.back(), made->agenda[1].id, std::nullopt});
  auto attended = sittings.SetAttendance(staff, id, present, moves);
  if (!attended.ok()) return attended.take_error();
  const int here = attended->present;
  // The decisions: the budget (linked to the newest act of the demo registry), then the tax.
  auto newest = acts.List(acts::ActQuery{.maslikhat_id = maslikhat_id, .limit = 1});
  DecisionInput budget;
  budget.agenda_item_id = made->agenda[0].id;
  if (newest.ok() && !newest->items.empty()) budget.act_id = newest->items[0].id;
  budget.number = "14/1-VIII";
  budget.title_kk = "Қаланың 2026–2028 жылдарға арналған бюджетіне өзгерістер енгізу туралы";
  budget.title_ru = "О внесении изменений в бюджет города на 2026–2028 годы";
  budget.text_kk = std::string(
      "1. Қаланың 2026–2028 жылдарға арналған бюджетіне өзгерістер енгізілсін (демо, ойдан "
      "шығарылған мәтін).\n2. Осы шешім алғашқы ресми жарияланған күнінен кейін күнтізбелік он "
      "күн өткен соң қолданысқа енгізіледі.");
  budget.text_ru = std::string(
      "1. Внести изменения в бюджет города на 2026–2028 годы (демо, вымышленный текст).\n2. "
      "Настоящее решение вводится в действие по истечении десяти календарных дней после дня его "
      "первого официального опубликования.");
  budget.votes_for = here - 2;
  budget.votes_against = 1;
  budget.votes_abstained = 1;
  if (auto d = sittings.AddDecision(staff, id, budget); !d.ok()) return d.take_error();
  DecisionInput tax;
  tax.agenda_item_id = made->agenda[1].id;
  tax.number = "14/2-VIII";
  tax.title_kk = "Жер салығының базалық мөлшерлемелерін түзету туралы";
  tax.title_ru = "О корректировке базовых ставок земельного налога";
  tax.votes_for = here;
  if (auto d = sittings.AddDecision(staff, id, tax); !d.ok()) return d.take_error();
  DecisionInput withdrawn;
  withdrawn.number = "14/3-VIII";
  withdrawn.title_kk = "Көркейту қағидаларына өзгерістер енгізу туралы";
  withdrawn.title_ru = "О внесении изменений в Правила благоустройства";
  withdrawn.status = DecisionStatus::kWithdrawn;
  if (auto d = sittings.AddDecision(staff, id, withdrawn); !d.ok()) return d.take_error();
  if (auto s = AttachDemoDocuments(documents, staff, *made); !s.ok()) return s;

  SittingInput next;
  next.convocation = 8;
  next.number = 15;
  next.held_on = today.AddDays(14).ToString();
  next.starts_at = std::string("10:00");
  next.place = past.place;
  next.broadcast_url = past.broadcast_url;
  next.agenda = Agenda(false);
  if (auto s = sittings.Create(staff, maslikhat_id, next); !s.ok()) return s.take_error();
  return Ok();
}

}  // namespace kenes::sittings
