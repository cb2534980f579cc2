#include "features/appeals/appeal_demo.hpp"

namespace kenes::appeals {
namespace {

IntakeInput ToDeputy(int64_t deputy_id, std::string language, std::string subject, std::string body,
                     std::string address) {
  IntakeInput in;
  in.type = AppealType::kComplaint;
  in.language = std::move(language);
  in.subject = std::move(subject);
  in.body = std::move(body);
  in.problem_address = std::move(address);
  in.addressee = Addressee::kDeputy;
  in.deputy_id = deputy_id;
  return in;
}

}  // namespace

Status SeedDemoAppeals(AppealService& appeals, RegisterService& register_review,
                       const DemoPeople& p) {
  // 1. Answered, and published with the applicant's consent.
  IntakeInput light = ToDeputy(p.deputy_id, "kk", "Аулада жарық жоқ",
                               "Абай көшесі, 12 үйдің ауласында бір айдан бері көше шамдары "
                               "жанбайды. Кешке балалар қараңғыда жүреді. Шамдарды ауыстыруды "
                               "сұраймын.",
                               "Абай көшесі, 12");
  light.public_consent = true;
  auto answered = appeals.File(p.citizen, light);
  if (!answered.ok()) return answered.error();
  for (const TransitionInput& step :
       {TransitionInput{AppealAction::kStart, "", {}, {}, {}, {}, {}, {}},
        TransitionInput{AppealAction::kAnswer,
                        "",
                        {},
                        {},
                        {},
                        std::string("Әкімдікке депутаттық сұрау салу жіберілді. Аулаға жаңа LED "
                                    "шамдар орнатылды, жұмыс 20 қарашада аяқталды."),
                        Outcome::kSatisfied,
                        {}}}) {
    if (auto r = appeals.Act(p.deputy, answered->id, step); !r.ok()) return r.error();
  }
  // The staff review the masked draft and publish it.
  auto queue = register_review.Queue(p.staff, p.maslikhat_id, RegisterState::kDraft, 0, 20);
  if (!queue.ok()) return queue.error();
  if (auto r = register_review.Approve(p.staff, answered->id); !r.ok()) return r.error();

  // 2. In consideration with the deputy.
  auto road = appeals.File(p.citizen, ToDeputy(p.deputy_id, "ru", "Яма на дороге у школы",
                                               "На улице Ауэзова возле школы № 3 большая яма на "
                                               "проезжей части, машины объезжают её по тротуару. "
                                               "Просим заделать до зимы.",
                                               "ул. Ауэзова, 40"));
  if (!road.ok()) return road.error();
  if (auto r = appeals.Act(p.deputy, road->id, {AppealAction::kStart, "", {}, {}, {}, {}, {}, {}});
      !r.ok()) {
    return r.error();
  }

  // 3. Received on paper by the apparatus, waiting to be assigned.
  IntakeInput paper;
  paper.type = AppealType::kProposal;
  paper.language = "ru";
  paper.subject = "Скамейки и урны в сквере";
  paper.body =
      "Предлагаю установить скамейки и урны в сквере на улице Горького, там гуляют "
      "пожилые люди и мамы с колясками.";
  paper.problem_address = "ул. Горького, сквер";
  paper.addressee = Addressee::kMaslikhat;
  paper.maslikhat_id = p.maslikhat_id;
  paper.channel = Channel::kPaper;
  paper.contact_preference = ContactPreference::kPost;
  paper.applicant_name = "Гүлнар Демо-Өтініш";
  paper.applicant_address = "ул. Горького, 5, кв. 7";
  if (auto r = appeals.File(p.staff, paper); !r.ok()) return r.error();
  return Ok();
}

}  // namespace kenes::appeals
