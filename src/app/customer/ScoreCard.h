#pragma once

// The customer's scores in the newest run, in the 360 view: the tier badge,
// RFM code and segment, RFMS, CRMV, TierScore, P(alive), expected purchases,
// CLV, the run's date and profile version, and the explanation of how they
// came about, step by step in words (ScoreExplainer). When the run's
// lifetime-value fits are unsound, a warning says so above the figures.

#include "domain/scoring/ScoreExplainer.h"
#include "domain/scoring/ScoringService.h"

#include <QWidget>
#include <map>
#include <optional>

class QFormLayout;
class QGroupBox;
class QLabel;
class QStackedWidget;

namespace tessera::app {

class ScoreCard : public QWidget {
    Q_OBJECT

public:
    struct Data {
        std::optional<domain::CustomerScoreHistoryEntry> latest; // nullopt: not scored
        std::vector<domain::ExplanationStep> steps;
        QStringList fitWarnings; // the run's unsound lifetime-value fits, in sentences
        QString error;           // empty when everything loaded
    };

    explicit ScoreCard(QWidget* parent = nullptr);

    // Reads the newest results, the run's details and its profile version, and
    // explains them: database work for the worker thread, never the UI thread.
    static Data load(domain::Workspace& workspace, std::int64_t customerId);
    void setData(const Data& data);

    bool isScored() const { return m_scored; }
    QString valueText(const QString& key) const; // e.g. "tier", "rfms", "clv"
    QStringList explanation() const { return m_steps; }
    QString messageText() const;
    // The run's lifetime-value warnings as shown; empty when the fits are sound.
    QString fitWarningText() const;

private:
    void buildCard(QWidget* page);
    void addValue(const QString& key, const QString& caption);
    void setValue(const QString& key, const QString& text);
    void showScores(const domain::CustomerScoreHistoryEntry& entry);
    void showExplanation(const std::vector<domain::ExplanationStep>& steps);
    void showMessage(const QString& text);
    void showFitWarnings(const QStringList& warnings);

    QStackedWidget* m_stack = nullptr;
    QLabel* m_message = nullptr;
    QLabel* m_badge = nullptr;
    QLabel* m_headline = nullptr;
    QFormLayout* m_form = nullptr;
    std::map<QString, QLabel*> m_values;
    QLabel* m_explanation = nullptr;
    QLabel* m_fitWarnings = nullptr;
    QString m_badgeText;
    QStringList m_steps;
    bool m_scored = false;
};

} // namespace tessera::app
