#pragma once

// File > Import: the import dialog, the import in the background with
// progress and cancel, and its report with the rejected rows.

#include "app/common/ActionRegistry.h"
#include "app/common/WorkspaceContext.h"
#include "domain/import/ImportReport.h"
#include "domain/import/ImportService.h"

namespace tessera::app {

class ImportController : public QObject {
    Q_OBJECT

public:
    ImportController(WorkspaceContext& context, ActionRegistry& actions);

    // The import without its dialog (the tests call it).
    void runImport(domain::ImportRequest request);

signals:
    void importFinished(bool ok);

private:
    void importData();

    WorkspaceContext& m_context;
};

} // namespace tessera::app
