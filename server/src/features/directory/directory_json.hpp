#pragma once
// Directory objects as the API shows them (docs/directory.md).

#include "features/directory/directory_service.hpp"
#include "features/directory/find_deputy_service.hpp"
#include "platform/http/api.hpp"

namespace kenes::directory {

http::Json TerritoryJson(const Territory& t);
http::Json MaslikhatJson(const Maslikhat& m);
http::Json OkrugJson(const Okrug& o);
http::Json CoverageJson(const CoverageRow& c);
http::Json DeputyJson(const Deputy& d, bool show_private);
http::Json CommissionJson(const Commission& c);
http::Json DeputyViewJson(const DeputyView& v);
http::Json LookupJson(const LookupResult& r);

}  // namespace kenes::directory
