#pragma once

// Creates or edits one customer. Shows the domain's validation messages next
// to the fields, warns about possible duplicates before creating, and saves
// through CustomerService; errors the domain returns (permission, a taken
// code, a conflicting edit) stay in the dialog for the user to act on.

#include "domain/customers/CustomerService.h"

#include <QDialog>
#include <map>
#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;

namespace Ui {
class CustomerEditorDialog;
}

namespace tessera::app {

class CustomerEditorDialog : public QDialog {
    Q_OBJECT

public:
    explicit CustomerEditorDialog(domain::Workspace& workspace, QWidget* parent = nullptr);
    ~CustomerEditorDialog() override;

    // Switches to editing `record` (as CustomerService::open returned it).
    void setRecord(const storage::CustomerRecord& record);
    bool isEditing() const { return m_original.id != 0; }
    // The record the fields describe.
    storage::CustomerRecord record() const;
    // The id of the customer saved, once the dialog was accepted.
    std::int64_t savedId() const { return m_savedId; }

    QString fieldError(const QString& field) const; // empty when the field is fine
    QString errorText() const;
    bool showsDuplicates() const;
    Ui::CustomerEditorDialog& form() const { return *m_ui; }

public slots:
    void accept() override;

private:
    void fillChoices();
    void fillOwners();
    void connectRevalidation();
    bool showProblems(); // true when the record is valid
    bool checkDuplicates(const storage::CustomerRecord& record);
    Status save(const storage::CustomerRecord& record);
    void addContactRow(const storage::ContactRecord& contact);
    std::vector<storage::ContactRecord> contactsFromTable() const;
    std::string consentFromChecks() const;
    void selectData(QComboBox* combo, const QString& key);
    void showError(const QString& message);

    domain::Workspace& m_workspace;
    std::unique_ptr<Ui::CustomerEditorDialog> m_ui;
    storage::CustomerRecord m_original;
    std::map<std::string, QLabel*> m_errorLabels;
    std::map<std::string, QCheckBox*> m_consentChecks;
    bool m_choosesOwner = false;
    bool m_validated = false; // after the first Save, check as the user types
    bool m_duplicatesAcknowledged = false;
    std::int64_t m_savedId = 0;
};

} // namespace tessera::app
