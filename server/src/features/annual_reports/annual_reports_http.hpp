#pragma once

#include <memory>

#include "features/annual_reports/annual_reports_service.hpp"
#include "platform/http/api.hpp"

namespace kenes::annual_reports {

// Public: GET /api/v1/maslikhats/{id}/annual-reports[?commission=] (keepers: unpublished too),
// GET /api/v1/annual-reports/{id} (the latest version), GET /api/v1/annual-reports/{id}/versions/
// {number}, GET /api/v1/annual-reports/{id}/versions/{number}/report.pdf?lang=kk|ru.
// Keepers (the maslikhat's staff; a commission's chair for its report): POST
// /api/v1/maslikhats/{id}/annual-reports, PATCH /api/v1/annual-reports/{id}, POST
// /api/v1/annual-reports/{id}/refresh, /publish.
void RegisterAnnualReportsRoutes(http::Routes& routes,
                                 const std::shared_ptr<AnnualReportsService>& svc);

}  // namespace kenes::annual_reports
