#pragma once

#include <memory>

#include "features/tasks/tasks_service.hpp"
#include "platform/http/api.hpp"

namespace kenes::tasks {

// GET /api/v1/maslikhats/{id}/staff-tasks and POST /api/v1/staff-tasks/{id}/done.
void RegisterTaskRoutes(http::Routes& routes, const std::shared_ptr<TaskService>& svc);

}  // namespace kenes::tasks
