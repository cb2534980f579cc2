#include "features/identity/identity_messages.hpp"

namespace kenes::identity {

CodeMessage CodeMessageFor(const std::string& purpose, const std::string& language,
                           const std::string& code) {
  const bool reset = purpose == "reset";
  if (language == "kk") {
    return reset ? CodeMessage{"Kenes: құпиясөзді қалпына келтіру коды",
                               "Құпиясөзді қалпына келтіру коды: " + code +
                                   "\n\nКод 15 минут жарамды. Егер сіз сұрамаған болсаңыз, бұл "
                                   "хатты елемеңіз."}
                 : CodeMessage{"Kenes: растау коды",
                               "Тіркелуді растау коды: " + code +
                                   "\n\nКод 15 минут жарамды. Егер сіз тіркелмеген болсаңыз, бұл "
                                   "хатты елемеңіз."};
  }
  if (language == "ru") {
    return reset ? CodeMessage{"Kenes: код для восстановления пароля",
                               "Код для восстановления пароля: " + code +
                                   "\n\nКод действует 15 минут. Если вы его не запрашивали, "
                                   "просто проигнорируйте это письмо."}
                 : CodeMessage{"Kenes: код подтверждения",
                               "Код подтверждения регистрации: " + code +
                                   "\n\nКод действует 15 минут. Если вы не регистрировались, "
                                   "просто проигнорируйте это письмо."};
  }
  return reset ? CodeMessage{"Kenes: password reset code",
                             "Your password reset code: " + code +
                                 "\n\nThe code is valid for 15 minutes. If you did not ask for "
                                 "it, ignore this message."}
               : CodeMessage{"Kenes: verification code",
                             "Your verification code: " + code +
                                 "\n\nThe code is valid for 15 minutes. If you did not register, "
                                 "ignore this message."};
}

CodeMessage UnlockMessageFor(const std::string& language, const std::string& link) {
  if (language == "kk") {
    return {
        "Kenes: аккаунтқа кіру уақытша шектелді",
        "Сіздің аккаунтыңызға қате құпиясөзбен бірнеше рет кіру әрекеті жасалды, сондықтан кіру "
        "уақытша баяулатылды.\n\nЕгер бұл сіз болсаңыз, шектеуді мына сілтеме арқылы алып "
        "тастаңыз (24 сағат жарамды):\n" +
            link +
            "\n\nЕгер бұл сіз болмасаңыз, құпиясөзіңіз қауіпсіз: оны ешкімге бермеңіз, қажет болса "
            "ауыстырыңыз."};
  }
  if (language == "ru") {
    return {"Kenes: вход в аккаунт временно ограничен",
            "В ваш аккаунт несколько раз пытались войти с неверным паролем, поэтому вход временно "
            "замедлен.\n\nЕсли это были вы, снимите ограничение по ссылке (действует 24 часа):\n" +
                link +
                "\n\nЕсли это были не вы, ваш пароль в безопасности: никому его не сообщайте и при "
                "необходимости смените."};
  }
  return {"Kenes: sign-in to your account is held back",
          "Someone tried to sign in to your account with a wrong password several times, so "
          "sign-in is slowed down for now.\n\nIf it was you, lift the limit with this link (valid "
          "for 24 hours):\n" +
              link +
              "\n\nIf it was not you, your password is safe: do not share it, and change it if "
              "in doubt."};
}

CodeMessage AlreadyRegisteredMessageFor(const std::string& language, const std::string& site) {
  const std::string login = site + "/login";
  const std::string reset = site + "/password-reset";
  if (language == "kk") {
    return {"Kenes: сіздің мекенжайыңызбен тіркелу әрекеті",
            "Біреу Kenes жүйесінде сіздің мекенжайыңызбен тіркелмек болды. Бұл мекенжаймен "
            "аккаунт бұрыннан бар, сондықтан жаңа аккаунт ашылған жоқ.\n\nЕгер бұл сіз болсаңыз, "
            "аккаунтыңызға кіріңіз:\n" +
                login + "\nҚұпиясөзді ұмытсаңыз, оны қалпына келтіріңіз:\n" + reset +
                "\n\nЕгер бұл сіз болмасаңыз, ештеңе істеудің қажеті жоқ: аккаунтыңыз "
                "өзгерген жоқ."};
  }
  if (language == "ru") {
    return {"Kenes: попытка регистрации с вашим адресом",
            "Кто-то пытался зарегистрироваться в Kenes с вашим адресом. Учётная запись с этим "
            "адресом уже есть, поэтому новая не создана.\n\nЕсли это были вы, войдите в свою "
            "учётную запись:\n" +
                login + "\nЕсли вы забыли пароль, восстановите его:\n" + reset +
                "\n\nЕсли это были не вы, ничего делать не нужно: ваша учётная запись не "
                "изменилась."};
  }
  return {"Kenes: someone tried to register with your address",
          "Someone tried to register in Kenes with your address. There already is an account "
          "with this address, so no new one was created.\n\nIf it was you, sign in:\n" +
              login + "\nIf you forgot the password, reset it:\n" + reset +
              "\n\nIf it was not you, there is nothing to do: your account has not changed."};
}

}  // namespace kenes::identity
