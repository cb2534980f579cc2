#pragma once
// The public register's review routes (docs/public-register.md).

#include <memory>

#include "features/appeals/register.hpp"
#include "platform/http/api.hpp"

namespace kenes::appeals {

void RegisterRegisterRoutes(http::Routes& routes, const std::shared_ptr<RegisterService>& svc);

}  // namespace kenes::appeals
