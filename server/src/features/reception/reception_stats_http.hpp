#pragma once
// Reception statistics over HTTP: the figures as JSON and as an XLSX sheet.

#include <memory>

#include "features/reception/reception_stats.hpp"
#include "platform/http/api.hpp"

namespace kenes::reception {

void RegisterReceptionStatsRoutes(http::Routes& routes,
                                  const std::shared_ptr<ReceptionStatsService>& svc);

}  // namespace kenes::reception
