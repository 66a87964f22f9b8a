#pragma once

// Merge Customers: the customer that stays (A) and the duplicate that goes
// into it (B), named by code; both records side by side with a choice per
// field of whose value the merged customer keeps, and how many rows of each
// kind will move to A (or be set aside where A has the same already). The
// dialog only builds the plan; MergeController carries it out.

#include "domain/merge/MergeService.h"

#include <QDialog>
#include <QList>
#include <cstdint>
#include <map>
#include <optional>

class QButtonGroup;
class QDialogButtonBox;
class QGridLayout;
class QLabel;
class QLineEdit;

namespace tessera::app {

class MergeCustomersDialog : public QDialog {
    Q_OBJECT

public:
    // `intoId` and `fromId` prefill the codes (0: empty).
    MergeCustomersDialog(domain::Workspace& workspace, std::int64_t intoId, std::int64_t fromId,
                         QWidget* parent = nullptr);

    // Names both customers by code and compares them.
    void setCodes(const QString& intoCode, const QString& fromCode);
    // Re-reads both customers from the codes typed.
    void compare();
    bool hasPreview() const { return m_preview.has_value(); }
    // Whose value the merged customer keeps for `field`.
    void choose(domain::MergeField field, bool fromB);
    bool takesFromB(domain::MergeField field) const;
    domain::MergePlan plan() const;
    // What the dialog says will move, one line per table (for the tests).
    QString countsText() const;
    QString problemText() const;

private:
    void buildChoices();
    void showProblem(const QString& message);
    QString valueOf(const domain::CustomerView& view, domain::MergeField field) const;

    domain::Workspace& m_workspace;
    QLineEdit* m_intoEdit = nullptr;
    QLineEdit* m_fromEdit = nullptr;
    QGridLayout* m_grid = nullptr;
    QLabel* m_intoHeader = nullptr;
    QLabel* m_fromHeader = nullptr;
    QLabel* m_counts = nullptr;
    QLabel* m_problem = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    std::map<domain::MergeField, QButtonGroup*> m_choices;
    QList<QWidget*> m_rowWidgets;
    std::optional<domain::MergePreview> m_preview;
};

} // namespace tessera::app
