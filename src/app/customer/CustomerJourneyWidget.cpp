#include "app/customer/CustomerJourneyWidget.h"

#include "app/common/Text.h"
#include "domain/records/Vocabulary.h"

#include <QHelpEvent>
#include <QLabel>
#include <QPainter>
#include <QToolTip>
#include <QVBoxLayout>
#include <algorithm>

namespace tessera::app {
namespace {

constexpr int kNameWidth = 150;
constexpr int kLaneHeight = 30;
constexpr int kAxisHeight = 28;
constexpr int kRightPad = 16;
constexpr int kDot = 5;
const QColor kInk(0x1d, 0x23, 0x2b);
const QColor kMuted(0x5f, 0x6b, 0x7a);

// The lanes and dots, drawn from the journey the widget holds.
class JourneyLanes : public QWidget {
    Q_DECLARE_TR_FUNCTIONS(CustomerJourneyWidget)

public:
    explicit JourneyLanes(const domain::CustomerJourney& journey, QWidget* parent)
        : QWidget(parent), m_journey(journey) {
        setObjectName(QStringLiteral("customerJourneyLanes"));
        setMouseTracking(true);
    }

    void refresh() {
        const int lanes = laneCount();
        setMinimumHeight(std::max(1, lanes) * kLaneHeight + kAxisHeight + 8);
        update();
    }

protected:
    void paintEvent(QPaintEvent*) override {
        QPainter p(this);
        p.setRenderHint(QPainter::Antialiasing);
        p.fillRect(rect(), Qt::white);
        if (m_journey.stages.empty() && m_journey.points.empty())
            return;
        const int lanes = laneCount();
        const std::optional<int> current = m_journey.currentStage;
        for (int i = 0; i < lanes; ++i) {
            const QRect lane(0, i * kLaneHeight, width(), kLaneHeight);
            const bool noStage = i == static_cast<int>(m_journey.stages.size());
            QColor band = i % 2 ? QColor(0xf7, 0xf8, 0xfa) : QColor(0xee, 0xf1, 0xf5);
            if (current && *current == i)
                band = QColor(0xdc, 0xea, 0xf8);
            p.fillRect(lane, band);
            QFont font = p.font();
            font.setBold(current && *current == i);
            font.setItalic(noStage);
            p.setFont(font);
            p.setPen(noStage ? kMuted : kInk);
            const QString name = noStage ? tr("No stage") : qs(m_journey.stages[i]);
            p.drawText(lane.adjusted(8, 0, -(width() - kNameWidth + 4), 0),
                       Qt::AlignVCenter | Qt::AlignLeft,
                       p.fontMetrics().elidedText(name, Qt::ElideRight, kNameWidth - 12));
        }
        drawAxis(p, lanes * kLaneHeight);
        for (std::size_t i = 0; i < m_journey.points.size(); ++i) {
            const auto at = dotAt(i);
            if (!at)
                continue;
            const auto& point = m_journey.points[i];
            const bool latest = i == lastPlaced();
            const bool complaint = point.kind == "complaint";
            QColor fill = complaint ? QColor(0xc6, 0x3b, 0x2e) : QColor(0x2f, 0x6f, 0xae);
            if (point.stageIndex < 0)
                fill.setAlpha(110);
            p.setPen(QPen(Qt::white, 1));
            p.setBrush(fill);
            p.drawEllipse(*at, latest ? kDot + 2 : kDot, latest ? kDot + 2 : kDot);
            if (latest) {
                p.setPen(QPen(fill, 2));
                p.setBrush(Qt::NoBrush);
                p.drawEllipse(*at, kDot + 5, kDot + 5);
            }
        }
    }

    bool event(QEvent* e) override {
        if (e->type() != QEvent::ToolTip)
            return QWidget::event(e);
        auto* help = static_cast<QHelpEvent*>(e);
        for (std::size_t i = 0; i < m_journey.points.size(); ++i) {
            const auto at = dotAt(i);
            if (!at || QLineF(*at, help->pos()).length() > kDot + 3)
                continue;
            const auto& point = m_journey.points[i];
            namespace vocab = domain::vocabulary;
            QToolTip::showText(
                help->globalPos(),
                tr("%1: %2 at %3")
                    .arg(domain::Calendar::isoDate(point.day),
                         vocab::labelOf(vocab::interactionKinds(), point.kind),
                         point.touchpoint.empty() ? tr("no touchpoint") : qs(point.touchpoint)),
                this);
            return true;
        }
        QToolTip::hideText();
        e->ignore();
        return true;
    }

private:
    int laneCount() const {
        const bool unplaced = std::any_of(m_journey.points.begin(), m_journey.points.end(),
                                          [](const auto& p) { return p.stageIndex < 0; });
        return static_cast<int>(m_journey.stages.size()) + (unplaced ? 1 : 0);
    }

    std::pair<std::int32_t, std::int32_t> dayRange() const {
        std::int32_t first = m_journey.points.front().day;
        std::int32_t last = m_journey.points.back().day;
        for (const auto& p : m_journey.points) {
            first = std::min(first, p.day);
            last = std::max(last, p.day);
        }
        // Room on both sides, so the first and last dots are not cut.
        const std::int32_t pad = std::max(3, (last - first) / 20);
        return {first - pad, last + pad};
    }

    std::optional<QPointF> dotAt(std::size_t index) const {
        if (m_journey.points.empty())
            return std::nullopt;
        const auto& point = m_journey.points[index];
        const int lane =
            point.stageIndex >= 0 ? point.stageIndex : static_cast<int>(m_journey.stages.size());
        const auto [first, last] = dayRange();
        const double span = std::max(1, last - first);
        const double x =
            kNameWidth + (point.day - first) / span * (width() - kNameWidth - kRightPad);
        return QPointF(x, lane * kLaneHeight + kLaneHeight / 2.0);
    }

    std::size_t lastPlaced() const {
        for (std::size_t i = m_journey.points.size(); i-- > 0;)
            if (m_journey.points[i].stageIndex >= 0)
                return i;
        return m_journey.points.size();
    }

    void drawAxis(QPainter& p, int top) {
        if (m_journey.points.empty())
            return;
        const auto [first, last] = dayRange();
        p.setPen(kMuted);
        p.drawLine(kNameWidth, top + 2, width() - kRightPad, top + 2);
        QFont font = p.font();
        font.setBold(false);
        font.setItalic(false);
        font.setPointSizeF(font.pointSizeF() * 0.9);
        p.setFont(font);
        const int ticks = std::clamp((width() - kNameWidth) / 120, 2, 6);
        for (int t = 0; t <= ticks; ++t) {
            const std::int32_t day = first + (last - first) * t / ticks;
            const double x =
                kNameWidth + static_cast<double>(t) / ticks * (width() - kNameWidth - kRightPad);
            p.drawLine(QPointF(x, top + 2), QPointF(x, top + 6));
            const QString label = domain::Calendar::isoDate(day);
            const int w = p.fontMetrics().horizontalAdvance(label);
            p.drawText(QPointF(std::clamp(x - w / 2.0, 0.0, width() - w - 2.0), top + 20), label);
        }
    }

    const domain::CustomerJourney& m_journey;
};

} // namespace

CustomerJourneyWidget::CustomerJourneyWidget(QWidget* parent) : QWidget(parent) {
    setObjectName(QStringLiteral("customerJourneyWidget"));
    m_current = new QLabel(this);
    m_current->setObjectName(QStringLiteral("customerJourneyCurrent"));
    m_current->setStyleSheet(QStringLiteral("font-size: 12pt; font-weight: 600;"));
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_summary->setStyleSheet(QStringLiteral("color: #5f6b7a;"));
    m_lanes = new JourneyLanes(m_journey, this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_current);
    layout->addWidget(m_summary);
    layout->addWidget(m_lanes);
    layout->addStretch(1);
}

void CustomerJourneyWidget::setJourney(const domain::CustomerJourney& journey) {
    m_journey = journey;
    m_current->setText(
        journey.currentStage
            ? tr("Now in: %1")
                  .arg(qs(journey.stages[static_cast<std::size_t>(*journey.currentStage)]))
            : tr("Now in: no stage yet"));
    const auto placed = std::count_if(journey.points.begin(), journey.points.end(),
                                      [](const auto& p) { return p.stageIndex >= 0; });
    m_summary->setText(
        journey.points.empty()
            ? tr("No interactions recorded yet.")
            : tr("%n interaction(s) at a touchpoint; %1 without one. Red dots are complaints; "
                 "the ringed dot is the latest.",
                 nullptr, static_cast<int>(placed))
                  .arg(static_cast<qlonglong>(journey.points.size()) - placed));
    static_cast<JourneyLanes*>(m_lanes)->refresh();
}

void CustomerJourneyWidget::showError(const QString& message) {
    m_journey = {};
    m_current->setText(message);
    m_summary->clear();
    static_cast<JourneyLanes*>(m_lanes)->refresh();
}

QString CustomerJourneyWidget::currentStageText() const {
    return m_current->text();
}

} // namespace tessera::app
