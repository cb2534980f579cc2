#include "features/drafts/drafts_messages.hpp"

namespace kenes::drafts {

const SummaryTexts& SummaryTextsFor(std::string_view language) {
  static const SummaryTexts kKk{
      "Ескертулер мен ұсыныстардың жиынтық кестесі",
      "Талқылау кезеңі",
      "Қабылданған акт",
      "Құжат жасалған күн",
      "Жиынтық кесте",
      "Тармақ",
      "Ескерту",
      "Автор",
      "Шешім",
      "Негіздеме",
      "Күні",
      "Азамат",
      "Сарапшы",
      "Ұйым",
      "Қабылданды",
      "Ішінара қабылданды",
      "Қабылданбады",
      "Қаралмады",
      "Ескертулер түскен жоқ",
  };
  static const SummaryTexts kRu{
      "Сводная таблица замечаний и предложений",
      "Период обсуждения",
      "Принятый акт",
      "Документ сформирован",
      "Сводная таблица",
      "Пункт",
      "Замечание",
      "Автор",
      "Решение",
      "Обоснование",
      "Дата",
      "Гражданин",
      "Эксперт",
      "Организация",
      "Принято",
      "Принято частично",
      "Не принято",
      "Не рассмотрено",
      "Замечаний не поступило",
  };
  static const SummaryTexts kEn{
      "Summary table of comments and proposals",
      "Discussion period",
      "Adopted act",
      "Document made on",
      "Summary table",
      "Paragraph",
      "Comment",
      "Author",
      "Decision",
      "Reason",
      "Date",
      "Citizen",
      "Expert",
      "Organisation",
      "Accepted",
      "Partly accepted",
      "Rejected",
      "Not decided yet",
      "No comments were received",
  };
  if (language == "kk") return kKk;
  if (language == "en") return kEn;
  return kRu;
}

const char* AuthorWord(const SummaryTexts& t, AuthorType type) {
  switch (type) {
    case AuthorType::kCitizen:
      return t.citizen;
    case AuthorType::kExpert:
      return t.expert;
    case AuthorType::kOrganisation:
      return t.organisation;
  }
  return t.citizen;
}

const char* DecisionWord(const SummaryTexts& t, const std::optional<Decision>& d) {
  if (!d) return t.undecided;
  switch (*d) {
    case Decision::kAccepted:
      return t.accepted;
    case Decision::kPartly:
      return t.partly;
    case Decision::kRejected:
      return t.rejected;
  }
  return t.undecided;
}

}  // namespace kenes::drafts
