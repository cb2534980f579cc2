#pragma once

#include <memory>

#include "features/work_plans/work_plans_service.hpp"
#include "platform/http/api.hpp"

namespace kenes::work_plans {

// GET /api/v1/public/work-plans, GET /api/v1/public/work-plans/{id} (with its plan.pdf), its
// editions GET …/{id}/versions/{number} (and …/plan.pdf); staff: GET and POST
// /api/v1/maslikhats/{id}/work-plans, PATCH /api/v1/work-plans/{id}, POST
// /api/v1/work-plans/{id}/versions, POST /api/v1/work-plans/{id}/items, PATCH and DELETE
// /api/v1/work-plans/{id}/items/{item_id}.
void RegisterWorkPlanRoutes(http::Routes& routes, const std::shared_ptr<WorkPlansService>& svc);

}  // namespace kenes::work_plans
