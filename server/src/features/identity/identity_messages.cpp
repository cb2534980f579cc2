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

}  // namespace kenes::identity
