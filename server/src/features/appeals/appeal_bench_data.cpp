#include "features/appeals/appeal_bench_data.hpp"

#include <limits>
#include <map>
#include <random>
#include <string>

#include "features/appeals/appeal_repository.hpp"
#include "features/appeals/appeal_service.hpp"
#include "features/appeals/register.hpp"
#include "platform/text/stem.hpp"

namespace kenes::appeals {
namespace {

constexpr const char* kSubjects[] = {"Ремонт дороги во дворе",
                                     "Нет отопления в квартире",
                                     "Не работает уличное освещение",
                                     "Вывоз мусора",
                                     "Отсутствует горячая вода",
                                     "Ремонт крыши многоквартирного дома",
                                     "Детская площадка",
                                     "Остановка общественного транспорта",
                                     "Очередь в детский сад",
                                     "Запись к врачу в поликлинике",
                                     "Жолды жөндеу",
                                     "Көшеде жарық жоқ",
                                     "Қоқыс шығару",
                                     "Балалар алаңы",
                                     "Ыстық су жоқ",
                                     "Автобус аялдамасы",
                                     "Мектептегі жөндеу",
                                     "Ауыз су сапасы",
                                     "Бездомные собаки",
                                     "Парковка у дома"};
constexpr const char* kBodies[] = {
    "Прошу принять меры, проблема не решается уже несколько месяцев.",
    "Жители дома неоднократно обращались в акимат, ответа нет.",
    "Тұрғындар бірнеше рет әкімдікке жүгінді, бірақ жауап жоқ.",
    "Прошу проверить и сообщить сроки устранения.",
    "Мәселені тезірек шешуді сұраймын.",
    "Дорога разбита, машины повреждаются, дети ходят по проезжей части."};
using S = AppealStatus;
constexpr AppealStatus kStatuses[] = {
    S::kRegistered, S::kAssigned,  S::kInConsideration, S::kExtended, S::kAnswered,
    S::kClosed,     S::kForwarded, S::kAnswered,        S::kClosed,   S::kClosed};
using T = AppealType;
constexpr AppealType kTypes[] = {T::kStatement, T::kComplaint, T::kProposal,
                                 T::kReport,    T::kResponse,  T::kRequest};

}  // namespace

Result<int> GenerateBenchAppeals(db::Database& db, int64_t maslikhat_id,
                                 const std::vector<int64_t>& deputy_ids, int count, uint32_t seed) {
  if (count < 1 || deputy_ids.empty()) return Error::Invalid("count", "invalid");
  std::mt19937 rng(seed);
  AppealRepository repo;
  RegisterRepository published;
  // Texts repeat, so their terms are computed once.
  std::map<std::pair<int, int>, std::vector<std::string>> terms;
  const CivilDate start{2025, 1, 1};
  std::map<int, int> seq;  // year -> last number, after the appeals already there (the demo's)
  db.RunInTx(db::TxMode::kRead, [&](db::Tx& tx) {
    for (int year = start.year; year <= start.AddDays(700).year; ++year) {
      seq[year] = repo.LastSeq(tx, maslikhat_id, year);
    }
    return true;
  });
  int done = 0;
  constexpr int kBatch = 5000;
  while (done < count) {
    int batch = std::min(kBatch, count - done);
    db.RunInTx(db::TxMode::kWrite, [&](db::Tx& tx) {
      for (int i = 0; i < batch; ++i) {
        int s = static_cast<int>(rng() % std::size(kSubjects));
        int b = static_cast<int>(rng() % std::size(kBodies));
        Appeal a;
        a.maslikhat_id = maslikhat_id;
        CivilDate registered = start.AddDays(static_cast<int>(rng() % 700));
        a.year = registered.year;
        a.seq = ++seq[a.year];
        a.number = std::to_string(maslikhat_id) + "-" + std::to_string(a.year) + "-" +
                   std::to_string(a.seq);
        a.type = kTypes[rng() % std::size(kTypes)];
        a.channel = Channel::kWeb;
        a.status = kStatuses[rng() % std::size(kStatuses)];
        a.language = s >= 10 ? "kk" : "ru";
        a.subject = kSubjects[s];
        a.body = kBodies[b];
        a.addressee = Addressee::kDeputy;
        a.deputy_id = deputy_ids[rng() % deputy_ids.size()];
        a.applicant_name = "Bench";
        a.received_at = registered.ToString() + "T05:00:00.000Z";
        a.registered_on = registered.ToString();
        a.due_on = registered.AddDays(21).ToString();
        a.forward_due_on = registered.AddDays(5).ToString();
        a.created_at = a.updated_at = a.received_at;
        // A third of the answered appeals are published: consented, reviewed and approved.
        const bool answered = a.status == S::kAnswered || a.status == S::kClosed;
        a.public_consent = answered && rng() % 3 == 0;
        a.id = repo.Insert(tx, a);
        if (a.public_consent) {
          RegisterEntry e;
          e.appeal_id = a.id;
          e.maslikhat_id = a.maslikhat_id;
          e.number = a.number;
          e.type = std::string(TypeName(a.type));
          e.status = std::string(StatusName(a.status));
          e.registered_on = a.registered_on;
          e.state = RegisterState::kApproved;
          e.subject = a.subject;
          e.answer_text = "Ответ дан.";
          e.drafted_at = a.received_at;
          published.Insert(tx, e);
        }
        auto key = std::make_pair(s, b);
        auto it = terms.find(key);
        if (it == terms.end()) {
          it = terms.emplace(key, text::IndexTerms(a.subject + " " + a.body)).first;
        }
        repo.IndexTerms(tx, a.id, it->second);
      }
      for (const auto& [year, last] : seq) repo.SetSeq(tx, maslikhat_id, year, last);
      repo.MarkIndexed(tx, 1, std::numeric_limits<int64_t>::max());
      return true;
    });
    done += batch;
  }
  return done;
}

}  // namespace kenes::appeals
