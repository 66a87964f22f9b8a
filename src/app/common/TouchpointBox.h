#pragma once

// The touchpoint choice of the forms that record where on the journey
// something happened (interactions, surveys, tickets): "(none)", then every
// touchpoint in use as "Stage › Touchpoint", its name as item data.

#include "domain/workspace/Workspace.h"

#include <QCoreApplication>

class QComboBox;
class QWidget;

namespace tessera::app {

class TouchpointBox {
    Q_DECLARE_TR_FUNCTIONS(TouchpointBox)

public:
    static QComboBox* create(QWidget* parent, domain::Workspace& ws);
    // Adds "(none)" and the touchpoints to an existing box.
    static void fill(QComboBox* box, domain::Workspace& ws);
};

} // namespace tessera::app
