#include "features/attachments/module.hpp"

#include "features/attachments/attachment_http.hpp"
#include "features/attachments/attachment_service.hpp"

namespace kenes::attachments {

void RegisterModule(ModuleContext& ctx, const std::shared_ptr<appeals::AppealService>& appeals) {
  auto attachments = std::make_shared<AttachmentService>(
      ctx.db, ctx.clock, appeals, std::make_shared<files::FileStore>(ctx.config.files.dir));
  RegisterAttachmentRoutes(ctx.routes, attachments);
}

}  // namespace kenes::attachments
