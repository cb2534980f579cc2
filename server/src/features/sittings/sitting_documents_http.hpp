#pragma once

#include <memory>

#include "features/sittings/sitting_documents_service.hpp"
#include "platform/http/api.hpp"

namespace kenes::sittings {

// GET /api/v1/public/sittings/{id}/documents,
// GET /api/v1/public/sitting-documents/{id}/versions/{version_id}; staff: POST
// /api/v1/sittings/{id}/agenda/{item_id}/documents (the body is the file), POST
// /api/v1/sitting-documents/{id}/versions, PATCH and DELETE /api/v1/sitting-documents/{id}.
void RegisterSittingDocumentRoutes(http::Routes& routes,
                                   const std::shared_ptr<SittingDocumentsService>& svc);

}  // namespace kenes::sittings
