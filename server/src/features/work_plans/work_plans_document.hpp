#pragma once
// A work plan as a PDF in kk or ru (issue 14: the annual plan published "the same way" as the
// annual reports): its title, whose plan it is, the year, when it was published, and every item in
// words — the quarter, the person responsible, the status, the sitting and act it points at, with
// dates in words and no codes. Every word from the message catalogues (work_plans.pdf.*); dates by
// platform/docs/report_text, shared with the reports. An edition (d.version set) is the same
// document of its frozen titles and items, headed by its number, date and (from 2) what changed.

#include <string>
#include <string_view>

#include "features/work_plans/work_plans.hpp"

namespace kenes::work_plans {

// `maslikhat_kk` / `maslikhat_ru`: the maslikhat's names. Throws if the font is missing.
std::string PlanPdf(const PlanDetail& d, const std::string& maslikhat_kk,
                    const std::string& maslikhat_ru, std::string_view language);

}  // namespace kenes::work_plans
