#pragma once

// What an import did: rows read, loaded and rejected, customers created, the
// first rejected rows with their line numbers and reasons, and a way to save
// every rejected row for correction.

#include "domain/import/ImportReport.h"

#include <QDialog>
#include <memory>

class QPushButton;
class QTableWidget;
class QTemporaryDir;

namespace tessera::app {

class ImportReportDialog : public QDialog {
    Q_OBJECT

public:
    // `rejectsFolder` holds report.rejectsPath until the dialog closes.
    ImportReportDialog(const domain::ImportReport& report,
                       std::shared_ptr<QTemporaryDir> rejectsFolder, QWidget* parent = nullptr);

    const domain::ImportReport& report() const { return m_report; }
    QTableWidget* rejections() const { return m_rejections; }
    QPushButton* saveRejectsButton() const { return m_saveRejects; }
    // Copies the rejected rows to `path`; false (with a message shown) on failure.
    bool saveRejectsTo(const QString& path);

private:
    QWidget* buildSummary();
    void buildRejections();
    void chooseRejectsFile();

    domain::ImportReport m_report;
    std::shared_ptr<QTemporaryDir> m_rejectsFolder;
    QTableWidget* m_rejections = nullptr;
    QPushButton* m_saveRejects = nullptr;
};

} // namespace tessera::app
