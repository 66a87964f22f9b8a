#pragma once

// The Duplicates tab (issue 14 point 2, docs/duplicates.md): the pairs of
// customers that look like the same client, best first, with the score and
// the reasons, found on a worker connection. A double-click opens the
// customer of the half clicked (the first code and name, or the second);
// Merge… asks to merge the selected pair, the second into the first, and is
// shown only once a merge is on offer (setMergeAvailable).

#include "domain/duplicates/DuplicatePair.h"
#include "domain/workspace/Workspace.h"

#include <QWidget>
#include <cstdint>

class QLabel;
class QPushButton;
class QTableWidget;

namespace tessera::app {

class DuplicatesView : public QWidget {
    Q_OBJECT

public:
    enum Column {
        ScoreColumn,
        FirstCodeColumn,
        FirstNameColumn,
        SecondCodeColumn,
        SecondNameColumn,
        ReasonsColumn,
        ColumnCount
    };
    // The best pairs shown; the status says how many there are in all.
    static constexpr std::size_t kShown = 500;

    explicit DuplicatesView(domain::Workspace& workspace, QWidget* parent = nullptr);

    // Finds the pairs again (in the background); asked while a search runs, once it ends.
    void reload();
    bool hasLoaded() const { return m_loaded; }
    const domain::DuplicateList& list() const { return m_list; }
    // Shows the Merge… button (when the role may merge at all).
    void setMergeAvailable(bool available);

    QTableWidget* table() const { return m_table; }
    QLabel* statusLabel() const { return m_status; }
    QPushButton* mergeButton() const { return m_merge; }

signals:
    void loaded();
    void customerActivated(std::int64_t customerId);
    void mergeRequested(std::int64_t intoId, std::int64_t fromId);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void display(Result<domain::DuplicateList> result);
    const domain::DuplicatePair* selectedPair() const;
    void updateMergeButton();

    domain::Workspace& m_workspace;
    QLabel* m_status = nullptr;
    QPushButton* m_refresh = nullptr;
    QPushButton* m_merge = nullptr;
    QTableWidget* m_table = nullptr;
    domain::DuplicateList m_list;
    bool m_loaded = false;
    bool m_running = false;
    bool m_reloadAgain = false;
    bool m_mergeAvailable = false;
};

} // namespace tessera::app
