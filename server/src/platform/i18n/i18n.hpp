#pragma once
// Every text the server writes for people (mails, in-app notices, PDF and XLSX documents) comes
// from the message catalogues server/messages/{kk,ru,en}.json, compiled into the binary
// (cmake/embed_messages.cmake, ADR 0019). Keys are flat ("appeals.notice.registered"); a text may
// hold {{name}} placeholders that Format fills.
//
// A language other than kk, ru and en reads as ru (the rule the reception, events and drafts
// texts followed before the catalogues; every language Kenes stores is checked on input, so this
// only catches a programming error). An unknown key is a programming error: Text logs it and
// returns the key itself; i18n_test checks every key the code names exists in every catalogue.

#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace kenes::i18n {

// "kk", "ru" or "en": the catalogue a language reads from.
std::string_view Language(std::string_view language);

// The text of key in the language's catalogue. The reference stays valid for the whole run.
const std::string& Text(std::string_view language, std::string_view key);

// Whether the catalogue has key (for words looked up by a code: "appeals.type." + code).
bool Has(std::string_view key);

using Args = std::initializer_list<std::pair<std::string_view, std::string_view>>;
// Text with every {{name}} replaced by its value; a placeholder without a value stays as is.
std::string Format(std::string_view language, std::string_view key, Args args);

// For tests: every key of a language's catalogue, sorted, and the placeholders of a text (sorted,
// without duplicates).
std::vector<std::string> Keys(std::string_view language);
std::vector<std::string> Placeholders(std::string_view text);

}  // namespace kenes::i18n
