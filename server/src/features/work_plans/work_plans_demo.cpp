#include "features/work_plans/work_plans_demo.hpp"

#include <string>
#include <vector>

#include "features/calendar/calendar_service.hpp"

namespace kenes::work_plans {
namespace {

struct DemoItem {
  int quarter;
  ItemStatus status;
  const char* text_kk;
  const char* text_ru;
  const char* responsible;
  const char* note;
  int link;  // 0: none; 1: the past sitting and the act; 2: the past sitting; 3: the next sitting
};

}  // namespace

Status SeedDemoWorkPlans(WorkPlansService& plans, directory::DirectoryService& directory,
                         sittings::SittingsService& sittings, acts::ActsService& acts,
                         const Actor& staff, int64_t maslikhat_id, const Clock& clock) {
  const int year = calendar::LocalDate(clock.NowMs()).year;
  // The demo's sittings: the past one (number 14) and the next (15); the newest act.
  std::optional<int64_t> past, next, act;
  if (auto list = sittings.List(maslikhat_id); list.ok()) {
    for (const auto& s : *list) {
      if (s.commission_id) continue;
      if (s.number == 14) past = s.id;
      if (s.number == 15) next = s.id;
    }
  }
  if (auto newest = acts.List(acts::ActQuery{.maslikhat_id = maslikhat_id, .limit = 1});
      newest.ok() && !newest->items.empty()) {
    act = newest->items[0].id;
  }
  std::optional<int64_t> deputy;
  if (auto m = directory.GetMaslikhat(staff, maslikhat_id); m.ok() && !m->deputies.empty())
    deputy = m->deputies[0].id;

  auto made =
      plans.Create(staff, maslikhat_id,
                   PlanInput{.year = year,
                             .title_kk = "Мәслихаттың " + std::to_string(year) +
                                         " жылға арналған жұмыс жоспары (демо, ойдан шығарылған)",
                             .title_ru = "План работы маслихата на " + std::to_string(year) +
                                         " год (демо, вымышленный)"});
  if (!made.ok()) return made.take_error();
  const int64_t plan = made->plan.id;
  const std::vector<DemoItem> items = {
      {1, ItemStatus::kDone, "Қала бюджетінің 2025 жылғы атқарылуы туралы есеп",
       "Отчёт об исполнении бюджета города за 2025 год",
       "Экономика және қаржы бөлімінің басшысы (ойдан шығарылған)", "", 0},
      {2, ItemStatus::kDone, "Тұрақты комиссиялардың бірінші жартыжылдықтағы жұмысы туралы",
       "О работе постоянных комиссий за первое полугодие", "Тұрақты комиссиялардың төрағалары", "",
       0},
      {3, ItemStatus::kPostponed, "Қаланы көркейту қағидаларына өзгерістер енгізу туралы",
       "О внесении изменений в Правила благоустройства города",
       "Тұрғын үй-коммуналдық шаруашылық бөлімінің басшысы",
       "Перенесено на 2027 год: проект на публичном обсуждении / Жоба қоғамдық талқылауда", 0},
      {4, ItemStatus::kDone,
       "Қаланың 2026–2028 жылдарға арналған бюджетіне өзгерістер енгізу туралы",
       "О внесении изменений в бюджет города на 2026–2028 годы",
       "Қаржы бөлімінің басшысы (ойдан шығарылған)", "", 1},
      {4, ItemStatus::kDone, "Жер салығының базалық мөлшерлемелерін түзету туралы",
       "О корректировке базовых ставок земельного налога",
       "Экономикалық даму жөніндегі тұрақты комиссияның төрағасы", "", 2},
      {4, ItemStatus::kInProgress, "Мәслихаттың келесі жылға арналған жұмыс жоспары туралы",
       "О плане работы маслихата на следующий год", "Мәслихат хатшысы", "", 3},
  };
  for (const auto& d : items) {
    ItemInput in;
    in.text_kk = std::string(d.text_kk);
    in.text_ru = std::string(d.text_ru);
    in.responsible = std::string(d.responsible);
    in.note = std::string(d.note);
    in.quarter = d.quarter;
    in.status = d.status;
    if ((d.link == 1 || d.link == 2) && past) in.sitting_id = past;
    if (d.link == 1 && act) in.act_id = act;
    if (d.link == 3 && next) in.sitting_id = next;
    if (d.link == 2 && deputy) in.deputy_id = deputy;
    if (auto added = plans.AddItem(staff, plan, in); !added.ok()) return added.take_error();
  }
  // Publishing fixes edition 1; then the sixth item gets a note and edition 2 records it.
  auto published = plans.Update(staff, plan, PlanInput{.state = PlanState::kPublished});
  if (!published.ok()) return published.take_error();
  if (published->items.size() >= 6) {
    ItemInput started;
    started.note = std::string("Жоба комиссияларда қаралуда / Проект рассматривается в комиссиях");
    if (auto changed = plans.UpdateItem(staff, plan, published->items[5].id, started);
        !changed.ok())
      return changed.take_error();
  }
  if (auto fixed = plans.FixVersion(
          staff, plan,
          VersionInput{.note_kk = "6-тармаққа ескертпе қосылды: жоба комиссияларда қаралуда.",
                       .note_ru = "К пункту 6 добавлено примечание: проект рассматривается в "
                                  "комиссиях."});
      !fixed.ok())
    return fixed.take_error();

  // The budget commission's plan (the first commission of the demo maslikhat).
  auto commissions = directory.ListCommissions(maslikhat_id);
  if (!commissions.ok() || commissions->empty()) return Ok();
  auto mine = plans.Create(
      staff, maslikhat_id,
      PlanInput{.commission_id = commissions->front().id,
                .year = year,
                .title_kk = "Бюджет және экономика мәселелері жөніндегі тұрақты комиссияның " +
                            std::to_string(year) + " жылға арналған жұмыс жоспары (демо)",
                .title_ru = "План работы постоянной комиссии по вопросам бюджета и экономики на " +
                            std::to_string(year) + " год (демо)"});
  if (!mine.ok()) return mine.take_error();
  const std::vector<DemoItem> commission_items = {
      {1, ItemStatus::kDone, "Бюджеттік бағдарламалардың әкімшілерін тыңдау",
       "Заслушивание администраторов бюджетных программ", "Комиссия төрағасы", "", 0},
      {3, ItemStatus::kDone, "Бюджет жобасын алдын ала қарау",
       "Предварительное рассмотрение проекта бюджета", "Комиссия мүшелері", "", 0},
      {4, ItemStatus::kPlanned, "Коммуналдық меншікті пайдалану туралы ақпарат",
       "Информация об использовании коммунального имущества",
       "Қаржы бөлімінің басшысы (ойдан шығарылған)", "", 0},
  };
  for (const auto& d : commission_items) {
    ItemInput in;
    in.text_kk = std::string(d.text_kk);
    in.text_ru = std::string(d.text_ru);
    in.responsible = std::string(d.responsible);
    in.quarter = d.quarter;
    in.status = d.status;
    if (auto added = plans.AddItem(staff, mine->plan.id, in); !added.ok())
      return added.take_error();
  }
  auto theirs = plans.Update(staff, mine->plan.id, PlanInput{.state = PlanState::kPublished});
  if (!theirs.ok()) return theirs.take_error();
  return Ok();
}

}  // namespace kenes::work_plans
