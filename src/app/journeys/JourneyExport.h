#pragma once

// The journey map written to a file, the format chosen by the file's suffix:
// a PNG image (twice the screen's resolution, for slides), an SVG drawing
// (scales without blur, edits in a drawing program) or a one-page PDF.

#include "common/Result.h"

#include <QString>

class QGraphicsScene;

namespace tessera::app {

Status exportJourneyMap(QGraphicsScene& scene, const QString& path, const QString& title);

} // namespace tessera::app
