#pragma once

// One KPI on a dashboard: its name, value, change against the previous
// period, target, and the alert if there is one. A click lists the
// customers behind the figure.

#include <QFrame>

class QLabel;

namespace tessera::app {

class KpiTile : public QFrame {
    Q_OBJECT

public:
    KpiTile(const QString& kpiKey, const QString& title, QWidget* parent = nullptr);

    const QString& kpiKey() const { return m_key; }
    // `value` as shown; `change` and `target` lines ("" hides them); `alert`
    // turns the tile red with its text as the tooltip.
    void setFigures(const QString& value, const QString& change, const QString& target,
                    const QString& alert);
    QString valueText() const;
    bool alerted() const { return m_alerted; }

signals:
    void clicked(const QString& kpiKey);

protected:
    void mouseReleaseEvent(QMouseEvent* event) override;

private:
    QString m_key;
    QLabel* m_value;
    QLabel* m_change;
    QLabel* m_target;
    bool m_alerted = false;
};

} // namespace tessera::app
