// Posts' images: the upload, the served files and the preview image (PostService, images part).
#include <algorithm>
#include <cctype>
#include <span>

#include "features/posts/posts_service.hpp"
#include "platform/audit/audit.hpp"
#include "platform/files/image_codec.hpp"
#include "platform/text/utf8.hpp"

namespace kenes::posts {
namespace {

Error ImageRefused(const char* reason) { return Error::Invalid("image", reason); }

// One line of text: well-formed, no control characters, at most kMaxAltChars characters.
Status CheckAlt(const std::string& alt) {
  if (!text::IsValidUtf8(alt)) return Error::Invalid("alt", "invalid_characters");
  const std::u32string cps = text::DecodeUtf8(alt);
  bool blank = true;
  for (char32_t c : cps) {
    if (c < 0x20 || c == 0x7F) return Error::Invalid("alt", "invalid_characters");
    blank = blank && c == U' ';
  }
  if (blank) return Error::Invalid("alt", "required");
  if (cps.size() > kMaxAltChars) return Error::Invalid("alt", "too_long");
  return Ok();
}

}  // namespace

docs::ImageResolver ResolverOf(std::vector<PostImage> images) {
  if (images.empty()) return {};
  return
      [images = std::move(images)](std::string_view url) -> std::optional<docs::ResponsiveImage> {
        auto named = ParseImageUrl(url);
        if (!named) return std::nullopt;
        for (const auto& image : images) {
          if (image.id != named->first) continue;
          const ImageSize* shown = SizeOf(image, named->second);
          if (!shown) return std::nullopt;
          docs::ResponsiveImage r{shown->width, shown->height, {}};
          for (const auto& s : image.sizes)
            r.srcset.emplace_back(ImageUrl(image.id, s.width), s.width);
          return r;
        }
        return std::nullopt;
      };
}

Result<PostImage> PostService::AddImage(const Actor& actor, int64_t post_id, std::string_view bytes,
                                        const std::string& alt, size_t max_bytes) {
  // The post must be the actor's to write: 404 as for the post itself.
  auto post = Get(actor, post_id);
  if (!post.ok()) return post.error();
  if (auto ok = CheckAlt(alt); !ok.ok()) return ok.error();
  if (bytes.size() > max_bytes) {
    Error e = Error::Of(ErrorCode::kPayloadTooLarge, "image too large");
    e.fields["image"] = "too_large";
    return e;
  }
  if (db_.Read([&](db::Tx& tx) { return images_.CountOf(tx, post_id); }) >=
      static_cast<int64_t>(kMaxImagesPerPost)) {
    return ImageRefused("too_many");
  }
  auto made = files::MakeRenditions(bytes, std::span<const int>(kImageWidths));
  if (!made.renditions) {
    switch (made.refusal) {
      case files::ImageRefusal::kNotAnImage:
      case files::ImageRefusal::kUnsupported:
        return ImageRefused("unsupported_type");
      case files::ImageRefusal::kTooLarge:
        return ImageRefused("too_many_pixels");
      case files::ImageRefusal::kBroken:
        return ImageRefused("invalid_image");
    }
  }
  PostImage image;
  image.post_id = post_id;
  image.mime = std::string(files::MimeOf(made.renditions->type));
  image.alt = alt;
  image.created_by = actor.user_id;
  const auto extension = files::ExtensionOf(made.renditions->type);
  // Files first: a row never names a file that is not there. A refused transaction leaves files
  // no row names, which nothing serves.
  for (const auto& r : made.renditions->sizes) {
    image.sizes.push_back(ImageSize{r.width, r.height, store_->Save(r.bytes, extension)});
  }
  const int64_t now_ms = clock_.NowMs();
  image.created_at = FormatIsoUtc(now_ms);
  return db_.Write([&](db::Tx& tx) -> Result<PostImage> {
    if (images_.CountOf(tx, post_id) >= static_cast<int64_t>(kMaxImagesPerPost)) {
      return ImageRefused("too_many");
    }
    image.id = images_.Insert(tx, image);
    audit::Record(
        tx, actor,
        {"post.image_add", "post", post_id, "{\"image\":" + std::to_string(image.id) + "}"},
        now_ms);
    return image;
  });
}

Result<ServedImage> PostService::ImageFile(const Actor& actor, int64_t image_id, int width) {
  const auto own = actor.IsAuthenticated() ? OwnDeputy(actor) : std::nullopt;
  const std::string now = FormatIsoUtc(clock_.NowMs());
  auto found = db_.Read([&](db::Tx& tx) -> Result<std::pair<PostImage, bool>> {
    auto image = images_.Find(tx, image_id);
    if (!image) return Error::NotFound();
    auto p = repo_.Find(tx, image->post_id);
    if (!p) return Error::NotFound();
    const bool is_public = IsPublic(*p, now);
    if (!PostsPolicy::MaySeeImage(
            actor, {p->maslikhat_id, p->draft.deputy_id, p->draft.kind, p->draft.commission_id},
            is_public, own)) {
      return Error::NotFound();
    }
    return std::make_pair(std::move(*image), is_public);
  });
  if (!found.ok()) return found.error();
  const ImageSize* size = SizeOf(found->first, width);
  if (!size) return Error::NotFound();
  auto bytes = store_->Read(size->file);
  if (!bytes) return Error::NotFound();
  return ServedImage{std::move(*bytes), found->first.mime, found->second};
}

std::optional<PreviewImage> PostService::FirstImage(const PostView& v) {
  const std::string& body = v.text.body;
  if (body.find("/api/v1/post-images/") == std::string::npos) return std::nullopt;
  auto images = db_.Read([&](db::Tx& tx) { return images_.ListOf(tx, v.post.id); });
  for (size_t at = body.find("/api/v1/post-images/"); at != std::string::npos;
       at = body.find("/api/v1/post-images/", at + 1)) {
    size_t end = at;
    while (end < body.size() && (std::isalnum(static_cast<unsigned char>(body[end])) ||
                                 body[end] == '/' || body[end] == '-')) {
      ++end;
    }
    auto named = ParseImageUrl(std::string_view(body).substr(at, end - at));
    if (!named) continue;
    for (const auto& image : images) {
      if (image.id != named->first) continue;
      const ImageSize& widest = image.sizes.back();
      return PreviewImage{ImageUrl(image.id, widest.width), widest.width, widest.height};
    }
  }
  return std::nullopt;
}

}  // namespace kenes::posts
