#include "features/privacy/privacy_messages.hpp"

namespace kenes::privacy {

const DataTexts& TextsFor(std::string_view language) {
  static const DataTexts kKk{
      "Менің дербес деректерім",
      "Құжат жасалған күн",
      "Тіркелгі",
      "Аты",
      "Электрондық пошта",
      "Телефон",
      "ЖСН",
      "Тіл",
      "Тіркелген күні",
      "Келісімдер",
      "Нұсқа {v}, берілген күні {d}",
      "кері қайтарылды",
      "Өтініштер",
      "Жеке қабылдауға жазылулар",
      "Хабарламалар",
      "Кіру сеанстары",
      "жоқ",
      "Тіркелгі жойылғанда сақталатын өтініштер",
      "қаралуда: жауап жіберілуі тиіс",
      "іс жүргізу ережелері бойынша сақталады, мерзімі",
  };
  static const DataTexts kRu{
      "Мои персональные данные",
      "Документ сформирован",
      "Учётная запись",
      "Имя",
      "Электронная почта",
      "Телефон",
      "ИИН",
      "Язык",
      "Дата регистрации",
      "Согласия",
      "Версия {v}, дано {d}",
      "отозвано",
      "Обращения",
      "Записи на личный приём",
      "Уведомления",
      "Сеансы входа",
      "нет",
      "Обращения, которые сохранятся после удаления учётной записи",
      "на рассмотрении: ответ должен быть направлен",
      "хранится по правилам делопроизводства до",
  };
  static const DataTexts kEn{
      "My personal data",
      "Document made on",
      "Account",
      "Name",
      "E-mail",
      "Phone",
      "IIN",
      "Language",
      "Registered on",
      "Consents",
      "Version {v}, given on {d}",
      "withdrawn",
      "Appeals",
      "Personal reception bookings",
      "Notifications",
      "Sign-in sessions",
      "none",
      "Appeals kept after the account is deleted",
      "in consideration: the answer must be sent",
      "kept under the record-keeping rules until",
  };
  if (language == "kk") return kKk;
  if (language == "ru") return kRu;
  return kEn;
}

}  // namespace kenes::privacy
