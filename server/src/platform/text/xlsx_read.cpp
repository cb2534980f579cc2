// A bounded XLSX reader in one file (about 430 lines): the zip directory, inflate with its size
// caps, and the two XML parts it needs (shared strings, the first sheet) are one pipeline whose
// limits protect each other; nothing here is used elsewhere.
#include "platform/text/xlsx_read.hpp"

#include <zlib.h>

#include <cstdint>
#include <cstdio>
#include <map>

#include "platform/text/utf8.hpp"

namespace kenes::text {
namespace {

uint32_t Le16(std::string_view b, size_t at) {
  return static_cast<uint32_t>(static_cast<unsigned char>(b[at])) |
         static_cast<uint32_t>(static_cast<unsigned char>(b[at + 1])) << 8;
}

uint32_t Le32(std::string_view b, size_t at) { return Le16(b, at) | Le16(b, at + 2) << 16; }

struct Entry {
  uint32_t method = 0, compressed = 0, size = 0, local = 0;
};

// The central directory's entries by name; nullopt when the bytes are no zip we read.
std::optional<std::map<std::string, Entry>> Directory(std::string_view zip) {
  constexpr size_t kEnd = 22;
  if (zip.size() < kEnd) return std::nullopt;
  // The end record is in the last 64 KiB + 22 bytes (its comment is at most 65535 bytes).
  const size_t lowest = zip.size() > kEnd + 65535 ? zip.size() - kEnd - 65535 : 0;
  size_t end = std::string_view::npos;
  for (size_t at = zip.size() - kEnd + 1; at-- > lowest;) {
    if (Le32(zip, at) == 0x06054b50) {
      end = at;
      break;
    }
  }
  if (end == std::string_view::npos) return std::nullopt;
  const uint32_t count = Le16(zip, end + 10);
  const uint32_t cd_size = Le32(zip, end + 12);
  const uint32_t cd_at = Le32(zip, end + 16);
  if (cd_at > end || cd_size > end - cd_at) return std::nullopt;
  std::map<std::string, Entry> out;
  const size_t cd_end = size_t{cd_at} + cd_size;
  size_t at = cd_at;
  for (uint32_t i = 0; i < count; ++i) {
    if (at + 46 > cd_end || Le32(zip, at) != 0x02014b50) return std::nullopt;
    Entry e;
    const uint32_t flags = Le16(zip, at + 8);
    e.method = Le16(zip, at + 10);
    e.compressed = Le32(zip, at + 20);
    e.size = Le32(zip, at + 24);
    const uint32_t name_len = Le16(zip, at + 28);
    const uint32_t extra_len = Le16(zip, at + 30);
    const uint32_t comment_len = Le16(zip, at + 32);
    e.local = Le32(zip, at + 42);
    const size_t next = at + 46 + name_len + extra_len + comment_len;
    if (next > cd_end) return std::nullopt;
    if ((flags & 1) != 0) e.method = 0xFFFF;  // encrypted: refused when read
    out.emplace(std::string(zip.substr(at + 46, name_len)), e);
    at = next;
  }
  return out;
}

// The entry unpacked; the error ("too_large", "unsupported", "not_zip") otherwise.
std::optional<std::string> Unpack(std::string_view zip, const Entry& e, std::string* error) {
  if (e.size > kMaxXlsxEntryBytes || e.compressed == 0xFFFFFFFF) {
    *error = "too_large";
    return std::nullopt;
  }
  if (e.method != 0 && e.method != 8) {
    *error = "unsupported";
    return std::nullopt;
  }
  if (e.local > zip.size() || zip.size() - e.local < 30 || Le32(zip, e.local) != 0x04034b50) {
    *error = "not_zip";
    return std::nullopt;
  }
  const size_t data = size_t{e.local} + 30 + Le16(zip, e.local + 26) + Le16(zip, e.local + 28);
  if (data > zip.size() || zip.size() - data < e.compressed) {
    *error = "not_zip";
    return std::nullopt;
  }
  const std::string_view packed = zip.substr(data, e.compressed);
  if (e.method == 0) {
    if (e.compressed != e.size) {
      *error = "not_zip";
      return std::nullopt;
    }
    return std::string(packed);
  }
  std::string out(e.size, '\0');
  z_stream zs{};
  if (inflateInit2(&zs, -MAX_WBITS) != Z_OK) {
    *error = "unsupported";
    return std::nullopt;
  }
  zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(packed.data()));
  zs.avail_in = static_cast<uInt>(packed.size());
  zs.next_out = reinterpret_cast<Bytef*>(out.data());
  zs.avail_out = static_cast<uInt>(out.size());
  const int rc = inflate(&zs, Z_FINISH);
  const size_t produced = out.size() - zs.avail_out;
  inflateEnd(&zs);
  // The declared size is the most we unpack: more (a bomb, or a lie) stops with an error.
  if (rc != Z_STREAM_END || produced != out.size()) {
    *error = (rc == Z_BUF_ERROR || rc == Z_OK) ? "too_large" : "not_zip";
    return std::nullopt;
  }
  return out;
}

// XML text with its five named entities and character references decoded.
std::string Unescape(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] != '&') {
      out += s[i];
      continue;
    }
    const size_t semi = s.find(';', i);
    if (semi == std::string_view::npos || semi - i > 10) {
      out += s[i];
      continue;
    }
    const std::string_view name = s.substr(i + 1, semi - i - 1);
    if (name == "lt")
      out += '<';
    else if (name == "gt")
      out += '>';
    else if (name == "amp")
      out += '&';
    else if (name == "quot")
      out += '"';
    else if (name == "apos")
      out += '\'';
    else if (name.size() > 1 && name[0] == '#') {
      const bool hex = name[1] == 'x' || name[1] == 'X';
      const std::string digits(name.substr(hex ? 2 : 1));
      char32_t cp = 0;
      bool ok = !digits.empty() && digits.size() <= 7;
      for (char c : digits) {
        int v = -1;
        if (c >= '0' && c <= '9')
          v = c - '0';
        else if (hex && c >= 'a' && c <= 'f')
          v = c - 'a' + 10;
        else if (hex && c >= 'A' && c <= 'F')
          v = c - 'A' + 10;
        if (v < 0)
          ok = false;
        else
          cp = cp * (hex ? 16 : 10) + static_cast<char32_t>(v);
      }
      if (!ok || cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
        out.append(s.substr(i, semi - i + 1));
      } else {
        AppendUtf8(out, cp);
      }
    } else {
      out.append(s.substr(i, semi - i + 1));
    }
    i = semi;
  }
  return out;
}

// The value of attribute `name` in a start tag's text, or "".
std::string_view Attribute(std::string_view tag, std::string_view name) {
  for (size_t at = tag.find(name); at != std::string_view::npos; at = tag.find(name, at + 1)) {
    const bool starts = at > 0 && (tag[at - 1] == ' ' || tag[at - 1] == '\t' ||
                                   tag[at - 1] == '\n' || tag[at - 1] == '\r');
    const size_t eq = at + name.size();
    if (!starts || eq + 1 >= tag.size() || tag[eq] != '=') continue;
    const char quote = tag[eq + 1];
    if (quote != '"' && quote != '\'') continue;
    const size_t close = tag.find(quote, eq + 2);
    if (close == std::string_view::npos) return {};
    return tag.substr(eq + 2, close - eq - 2);
  }
  return {};
}

// Element `name` ("t", "c", "row", "si"): finds the next start tag at or after `from` whose name
// is exactly `name`; sets the start tag's text and whether it closes itself.
size_t NextTag(std::string_view xml, std::string_view name, size_t from, std::string_view* tag,
               bool* empty) {
  const std::string open = "<" + std::string(name);
  for (size_t at = xml.find(open, from); at != std::string_view::npos;
       at = xml.find(open, at + 1)) {
    const size_t after = at + open.size();
    if (after >= xml.size()) return std::string_view::npos;
    const char c = xml[after];
    if (c != '>' && c != ' ' && c != '/' && c != '\t' && c != '\n' && c != '\r') continue;
    const size_t gt = xml.find('>', after);
    if (gt == std::string_view::npos) return std::string_view::npos;
    *tag = xml.substr(at, gt - at + 1);
    *empty = gt > 0 && xml[gt - 1] == '/';
    return at;
  }
  return std::string_view::npos;
}

// The content of element `name` starting at `at` (its start tag `tag`), up to its end tag.
std::string_view Content(std::string_view xml, std::string_view name, size_t at,
                         std::string_view tag, size_t* end) {
  const std::string close = "</" + std::string(name) + ">";
  const size_t begin = at + tag.size();
  const size_t stop = xml.find(close, begin);
  if (stop == std::string_view::npos) {
    *end = std::string_view::npos;
    return {};
  }
  *end = stop + close.size();
  return xml.substr(begin, stop - begin);
}

// The text of every <t> inside `xml` (a shared string's runs, an inline string), joined.
std::string Texts(std::string_view xml) {
  std::string out;
  size_t from = 0;
  std::string_view tag;
  bool empty = false;
  for (size_t at = NextTag(xml, "t", from, &tag, &empty); at != std::string_view::npos;
       at = NextTag(xml, "t", from, &tag, &empty)) {
    if (empty) {
      from = at + tag.size();
      continue;
    }
    size_t end = 0;
    const std::string_view text = Content(xml, "t", at, tag, &end);
    if (end == std::string_view::npos) break;
    out += Unescape(text);
    from = end;
  }
  return out;
}

std::vector<std::string> SharedStrings(std::string_view xml) {
  std::vector<std::string> out;
  size_t from = 0;
  std::string_view tag;
  bool empty = false;
  for (size_t at = NextTag(xml, "si", from, &tag, &empty); at != std::string_view::npos;
       at = NextTag(xml, "si", from, &tag, &empty)) {
    if (empty) {
      out.emplace_back();
      from = at + tag.size();
      continue;
    }
    size_t end = 0;
    const std::string_view si = Content(xml, "si", at, tag, &end);
    if (end == std::string_view::npos) break;
    out.push_back(Texts(si));
    from = end;
  }
  return out;
}

// "BC12" → 54 (0-based column); -1 when not a cell reference.
int Column(std::string_view ref) {
  int col = 0;
  size_t i = 0;
  for (; i < ref.size() && ref[i] >= 'A' && ref[i] <= 'Z'; ++i) {
    col = col * 26 + (ref[i] - 'A' + 1);
    if (col > static_cast<int>(kMaxXlsxColumns)) return -1;
  }
  return i == 0 ? -1 : col - 1;
}

}  // namespace

bool LooksLikeZip(std::string_view bytes) {
  return bytes.substr(0, 4) == std::string_view("PK\3\4", 4);
}

XlsxSheet ReadXlsxFirstSheet(std::string_view bytes) {
  XlsxSheet sheet;
  const auto dir = Directory(bytes);
  if (!dir) {
    sheet.error = "not_zip";
    return sheet;
  }
  auto sheet_entry = dir->find("xl/worksheets/sheet1.xml");
  if (sheet_entry == dir->end()) {
    sheet.error = "no_sheet";
    return sheet;
  }
  std::string error;
  std::vector<std::string> shared;
  if (auto s = dir->find("xl/sharedStrings.xml"); s != dir->end()) {
    auto xml = Unpack(bytes, s->second, &error);
    if (!xml) {
      sheet.error = error;
      return sheet;
    }
    shared = SharedStrings(*xml);
  }
  auto xml_text = Unpack(bytes, sheet_entry->second, &error);
  if (!xml_text) {
    sheet.error = error;
    return sheet;
  }
  const std::string_view xml = *xml_text;
  size_t from = 0;
  std::string_view tag;
  bool empty = false;
  int previous_line = 0;
  for (size_t at = NextTag(xml, "row", from, &tag, &empty); at != std::string_view::npos;
       at = NextTag(xml, "row", from, &tag, &empty)) {
    if (empty) {
      from = at + tag.size();
      continue;
    }
    XlsxRow row;
    const std::string_view r = Attribute(tag, "r");
    int line = 0;
    for (char c : r) {
      if (c < '0' || c > '9' || line > 10000000) {
        sheet.error = "bad_xml";
        return sheet;
      }
      line = line * 10 + (c - '0');
    }
    row.line = line > 0 ? line : previous_line + 1;
    previous_line = row.line;
    size_t end = 0;
    const std::string_view cells = Content(xml, "row", at, tag, &end);
    if (end == std::string_view::npos) {
      sheet.error = "bad_xml";
      return sheet;
    }
    from = end;
    size_t cfrom = 0;
    std::string_view ctag;
    bool cempty = false;
    for (size_t c = NextTag(cells, "c", cfrom, &ctag, &cempty); c != std::string_view::npos;
         c = NextTag(cells, "c", cfrom, &ctag, &cempty)) {
      int col = static_cast<int>(row.cells.size());
      if (const std::string_view ref = Attribute(ctag, "r"); !ref.empty()) col = Column(ref);
      if (col < 0 || static_cast<size_t>(col) >= kMaxXlsxColumns) {
        sheet.error = col < 0 ? "bad_xml" : "too_large";
        return sheet;
      }
      XlsxCell cell;
      if (cempty) {
        cfrom = c + ctag.size();
      } else {
        size_t cend = 0;
        const std::string_view inner = Content(cells, "c", c, ctag, &cend);
        if (cend == std::string_view::npos) {
          sheet.error = "bad_xml";
          return sheet;
        }
        cfrom = cend;
        const std::string_view type = Attribute(ctag, "t");
        if (type == "inlineStr") {
          cell.text = Texts(inner);
        } else {
          std::string_view vtag;
          bool vempty = false;
          const size_t v = NextTag(inner, "v", 0, &vtag, &vempty);
          std::string value;
          if (v != std::string_view::npos && !vempty) {
            size_t vend = 0;
            value = Unescape(Content(inner, "v", v, vtag, &vend));
          }
          if (type == "s") {
            size_t index = 0;
            bool ok = !value.empty() && value.size() <= 9;
            for (char ch : value) {
              if (ch < '0' || ch > '9')
                ok = false;
              else
                index = index * 10 + static_cast<size_t>(ch - '0');
            }
            if (!ok || index >= shared.size()) {
              sheet.error = "bad_xml";
              return sheet;
            }
            cell.text = shared[index];
          } else {
            cell.text = value;
            cell.number = type.empty() || type == "n";
          }
        }
      }
      if (static_cast<size_t>(col) >= row.cells.size()) row.cells.resize(col + 1);
      row.cells[col] = std::move(cell);
    }
    if (row.cells.empty()) continue;
    if (sheet.rows.size() >= kMaxXlsxRows) {
      sheet.error = "too_large";
      return sheet;
    }
    sheet.rows.push_back(std::move(row));
  }
  return sheet;
}

std::optional<std::string> ExcelSerialDate(std::string_view value) {
  const size_t dot = value.find('.');
  const std::string_view whole = value.substr(0, dot);
  if (whole.empty() || whole.size() > 7) return std::nullopt;
  int64_t serial = 0;
  for (char c : whole) {
    if (c < '0' || c > '9') return std::nullopt;
    serial = serial * 10 + (c - '0');
  }
  if (dot != std::string_view::npos) {
    for (char c : value.substr(dot + 1))
      if (c < '0' || c > '9') return std::nullopt;
  }
  // Serial 61 is 1900-03-01 (Excel counts a 29 February 1900 that never was); 2958465 is
  // 9999-12-31.
  if (serial < 61 || serial > 2958465) return std::nullopt;
  // Days since 1970-01-01, then the civil date (H. Hinnant's algorithm).
  const int64_t z = serial - 25569 + 719468;
  const int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const int64_t doe = z - era * 146097;
  const int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const int64_t mp = (5 * doy + 2) / 153;
  const int64_t d = doy - (153 * mp + 2) / 5 + 1;
  const int64_t m = mp < 10 ? mp + 3 : mp - 9;
  const int64_t y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  char out[32];
  std::snprintf(out, sizeof out, "%04d-%02d-%02d", static_cast<int>(y), static_cast<int>(m),
                static_cast<int>(d));
  return std::string(out);
}

}  // namespace kenes::text
