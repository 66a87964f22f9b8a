#include "app/common/TouchpointBox.h"

#include "app/common/Text.h"
#include "domain/interactions/InteractionService.h"

#include <QComboBox>

namespace tessera::app {

QComboBox* TouchpointBox::create(QWidget* parent, domain::Workspace& ws) {
    auto* box = new QComboBox(parent);
    fill(box, ws);
    return box;
}

void TouchpointBox::fill(QComboBox* box, domain::Workspace& ws) {
    box->addItem(tr("(none)"), QString());
    auto touchpoints = domain::InteractionService(ws).touchpoints();
    if (!touchpoints)
        return;
    for (const auto& [stage, name] : *touchpoints)
        box->addItem(QStringLiteral("%1 › %2").arg(qs(stage), qs(name)), qs(name));
}

} // namespace tessera::app
