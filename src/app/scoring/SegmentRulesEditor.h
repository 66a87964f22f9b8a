#pragma once

// The profile's RFM segment table as an editable list of rules: a segment
// and the ranges of R score and of the F and M mean it covers; the first
// rule that matches names the segment. The domain checks that every cell is
// covered when the profile is saved.

#include "scoring/rfm/RfmSegmentTable.h"

#include <QWidget>

class QPushButton;
class QTableWidget;

namespace tessera::app {

class SegmentRulesEditor : public QWidget {
    Q_OBJECT

public:
    enum Column { SegmentColumn, MinRColumn, MaxRColumn, MinFmColumn, MaxFmColumn, ColumnCount };

    explicit SegmentRulesEditor(QWidget* parent = nullptr);

    void setTable(const scoring::RfmSegmentTable& table);
    scoring::RfmSegmentTable table() const;
    // Hides adding and removing rules; the cells themselves are made read
    // only by whoever owns them (ProfileSettingsEditor).
    void setEditable(bool editable);
    QTableWidget* rules() const { return m_rules; }

signals:
    void edited();

private:
    void addRule(const scoring::RfmSegmentRule& rule);
    void removeRule();

    QTableWidget* m_rules = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_remove = nullptr;
};

} // namespace tessera::app
