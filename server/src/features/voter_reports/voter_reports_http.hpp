#pragma once

#include <memory>

#include "features/voter_reports/voter_reports_service.hpp"
#include "platform/http/api.hpp"

namespace kenes::voter_reports {

// Public: GET /api/v1/deputies/{id}/reports (the deputy and their maslikhat's staff: drafts too),
// GET /api/v1/voter-reports/{id}, GET /api/v1/voter-reports/{id}/report.pdf?lang=kk|ru.
// The signed-in deputy: GET /api/v1/me/voter-reports (their own, drafts too).
// The deputy and their maslikhat's staff: POST /api/v1/deputies/{id}/reports, PATCH
// /api/v1/voter-reports/{id}, POST /api/v1/voter-reports/{id}/refresh, /publish, /unpublish.
void RegisterVoterReportsRoutes(http::Routes& routes,
                                const std::shared_ptr<VoterReportsService>& svc);

}  // namespace kenes::voter_reports
