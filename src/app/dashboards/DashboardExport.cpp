#include "app/dashboards/DashboardExport.h"

#include "app/dashboards/DashboardView.h"

#include <QCoreApplication>
#include <QFile>
#include <QPainter>
#include <QPdfWriter>
#include <QPixmap>
#include <QTabWidget>

namespace tessera::app {
namespace {

Error cannotWrite(const QString& path) {
    return makeError(ErrorCode::IoError,
                     QCoreApplication::translate("DashboardExport",
                                                 "Cannot write %1; choose a folder you may write "
                                                 "to.")
                         .arg(path)
                         .toStdString());
}

} // namespace

Status exportDashboardPng(const DashboardView& view, const QString& path) {
    const QPixmap image = view.currentPage()->grab();
    if (image.isNull() || !image.save(path, "PNG"))
        return cannotWrite(path);
    return {};
}

Status exportDashboardPdf(const DashboardView& view, const QString& path) {
    {
        // QPdfWriter says nothing when it cannot write: find out first.
        QFile probe(path);
        if (!probe.open(QIODevice::WriteOnly))
            return cannotWrite(path);
    }
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageOrientation(QPageLayout::Landscape);
    writer.setResolution(150);
    writer.setTitle(view.exportTitle(0));
    writer.setCreator(QStringLiteral("Tessera"));
    QPainter painter(&writer);
    if (!painter.isActive())
        return cannotWrite(path);
    const QRect area = painter.viewport();
    QTabWidget* pages = view.pages();
    for (int i = 0; i < pages->count(); ++i) {
        if (i > 0)
            writer.newPage();
        QFont heading = painter.font();
        heading.setPointSize(14);
        heading.setBold(true);
        painter.setFont(heading);
        const QRect titleBox(area.left(), area.top(), area.width(), area.height() / 12);
        painter.drawText(titleBox, Qt::AlignLeft | Qt::AlignVCenter, view.exportTitle(i));
        QWidget* page = pages->widget(i);
        page->resize(pages->currentWidget()->size());
        const QPixmap image = page->grab();
        const QRect body(area.left(), titleBox.bottom(), area.width(),
                         area.height() - titleBox.height());
        const QSize fitted = image.size().scaled(body.size(), Qt::KeepAspectRatio);
        painter.drawPixmap(QRect(body.topLeft(), fitted), image);
    }
    if (!painter.end())
        return cannotWrite(path);
    return {};
}

} // namespace tessera::app
