#pragma once

// A dashboard as a file: the page on screen as a PNG, or every page (with
// its title: dashboard, period, team and tier) as a PDF report, one page of
// A4 landscape each.

#include "common/Result.h"

#include <QString>

namespace tessera::app {

class DashboardView;

Status exportDashboardPng(const DashboardView& view, const QString& path);
Status exportDashboardPdf(const DashboardView& view, const QString& path);

} // namespace tessera::app
