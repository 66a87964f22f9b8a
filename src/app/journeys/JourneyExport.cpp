#include "app/journeys/JourneyExport.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QGraphicsScene>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QSvgGenerator>

namespace tessera::app {
namespace {

// The context of this file's messages.
class JourneyExport {
    Q_DECLARE_TR_FUNCTIONS(JourneyExport)

public:
    JourneyExport() = delete;
};

Error cannotWrite(const QString& path) {
    return makeError(ErrorCode::IoError,
                     JourneyExport::tr("Cannot write %1; choose a folder you may write to.")
                         .arg(path)
                         .toStdString());
}

// The writers below say nothing when they cannot write: find out first.
Status probe(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return cannotWrite(path);
    return {};
}

Status png(QGraphicsScene& scene, const QString& path) {
    constexpr qreal kScale = 2.0;
    const QRectF area = scene.sceneRect();
    QImage image((area.size() * kScale).toSize(), QImage::Format_ARGB32_Premultiplied);
    if (image.isNull())
        return cannotWrite(path);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
        scene.render(&painter, QRectF(QPointF(0, 0), image.size()), area);
    }
    if (!image.save(path, "PNG"))
        return cannotWrite(path);
    return {};
}

Status svg(QGraphicsScene& scene, const QString& path, const QString& title) {
    TESSERA_TRY(probe(path));
    const QRectF area = scene.sceneRect();
    QSvgGenerator generator;
    generator.setFileName(path);
    generator.setSize(area.size().toSize());
    generator.setViewBox(QRectF(QPointF(0, 0), area.size()));
    generator.setTitle(title);
    generator.setDescription(JourneyExport::tr("A Tessera journey map"));
    QPainter painter;
    if (!painter.begin(&generator))
        return cannotWrite(path);
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    scene.render(&painter, QRectF(QPointF(0, 0), area.size()), area);
    if (!painter.end())
        return cannotWrite(path);
    return {};
}

Status pdf(QGraphicsScene& scene, const QString& path, const QString& title) {
    TESSERA_TRY(probe(path));
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    const QRectF area = scene.sceneRect();
    writer.setPageOrientation(area.width() >= area.height() ? QPageLayout::Landscape
                                                            : QPageLayout::Portrait);
    writer.setResolution(300);
    writer.setTitle(title);
    writer.setCreator(QStringLiteral("Tessera"));
    QPainter painter(&writer);
    if (!painter.isActive())
        return cannotWrite(path);
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    // The scene carries its own title and legend; it is fitted to the page.
    const QRect page = painter.viewport();
    const QSizeF fitted = area.size().scaled(page.size(), Qt::KeepAspectRatio);
    scene.render(&painter, QRectF(page.topLeft(), fitted), area);
    if (!painter.end())
        return cannotWrite(path);
    return {};
}

} // namespace

Status exportJourneyMap(QGraphicsScene& scene, const QString& path, const QString& title) {
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("png"))
        return png(scene, path);
    if (suffix == QLatin1String("svg"))
        return svg(scene, path, title);
    if (suffix == QLatin1String("pdf"))
        return pdf(scene, path, title);
    return makeError(
        ErrorCode::InvalidArgument,
        JourneyExport::tr("Choose a file name ending in .png, .svg or .pdf.").toStdString());
}

} // namespace tessera::app
