#include "app/journeys/JourneyMapScene.h"

#include "app/common/Text.h"
#include "app/journeys/JourneyCardItem.h"
#include "app/journeys/JourneyFormat.h"
#include "domain/workspace/Calendar.h"

#include <QFont>
#include <QFontMetricsF>
#include <QGraphicsRectItem>
#include <QGraphicsSimpleTextItem>
#include <QLinearGradient>
#include <QPainterPath>
#include <QPen>
#include <algorithm>

namespace tessera::app {
namespace {

constexpr qreal kColumnPad = 10;
constexpr qreal kColumnWidth = JourneyCardItem::kWidth + 2 * kColumnPad;
constexpr qreal kColumnGap = 40; // room for the drop-off between stages
constexpr qreal kHeaderHeight = 58;
constexpr qreal kCardGap = 10;
constexpr qreal kMapTop = 92;
const QColor kInk(0x1d, 0x23, 0x2b);
const QColor kMuted(0x5f, 0x6b, 0x7a);

QGraphicsSimpleTextItem* text(QGraphicsScene* scene, const QString& s, qreal x, qreal y,
                              qreal pointSize, bool bold = false, const QColor& colour = kInk) {
    auto* item = scene->addSimpleText(s);
    QFont font = item->font();
    font.setPointSizeF(pointSize);
    font.setBold(bold);
    item->setFont(font);
    item->setBrush(colour);
    item->setPos(x, y);
    return item;
}

} // namespace

JourneyMapScene::JourneyMapScene(QObject* parent) : QGraphicsScene(parent) {
    setBackgroundBrush(Qt::white);
}

void JourneyMapScene::showMessage(const QString& message) {
    clear();
    m_cards.clear();
    text(this, message, 0, 0, 11, false, kMuted);
    setSceneRect(itemsBoundingRect().adjusted(-16, -16, 16, 16));
}

void JourneyMapScene::setMap(const domain::JourneyMap& map, const QString& title) {
    clear();
    m_cards.clear();
    addTitle(title, map);
    addLegend(40, map.painPointRate);

    std::int64_t maxVolume = 0;
    for (const auto& s : map.stages)
        for (const auto& t : s.touchpoints)
            maxVolume = std::max(maxVolume, t.volume);

    qreal x = 0;
    qreal bottom = kMapTop;
    std::vector<qreal> columns;
    for (const auto& stage : map.stages) {
        columns.push_back(x);
        qreal y = addStageHeader(stage, map, x, kMapTop);
        const qreal columnTop = kMapTop;
        for (const auto& t : stage.touchpoints) {
            auto* card = new JourneyCardItem(stage, t, maxVolume);
            card->setPos(x + kColumnPad, y);
            addItem(card);
            m_cards.push_back(card);
            const QString stageName = qs(stage.name);
            const QString name = qs(t.name);
            connect(card, &JourneyCardItem::clicked, this,
                    [this, stageName, name](std::int64_t id) {
                        emit cardClicked(id, stageName, name);
                    });
            y += JourneyCardItem::kHeight + kCardGap;
        }
        if (stage.touchpoints.empty()) {
            text(this, tr("No touchpoints"), x + kColumnPad, y, 9, false, kMuted);
            y += 30;
        }
        // The column behind its header and cards.
        QPen pen(QColor(0xc9, 0xd1, 0xdb));
        if (stage.retired)
            pen.setStyle(Qt::DashLine);
        auto* column = addRect(QRectF(x, columnTop, kColumnWidth, y - columnTop + kColumnPad / 2),
                               pen, QColor(0xf4, 0xf6, 0xf9));
        column->setZValue(-1);
        bottom = std::max(bottom, y);
        x += kColumnWidth + kColumnGap;
    }
    // Drop-offs name consecutive stages of the map by name.
    for (const auto& d : map.dropOffs)
        for (std::size_t i = 0; i + 1 < map.stages.size(); ++i)
            if (map.stages[i].name == d.from && map.stages[i + 1].name == d.to)
                addDropOff(d, columns[i] + kColumnWidth, kMapTop + 8);
    if (map.stages.empty())
        text(this, tr("The journey has no stages yet."), 0, kMapTop, 11, false, kMuted);
    else if (map.interactions == 0)
        text(this, tr("No interactions at any touchpoint in this period for these customers."), 0,
             bottom + 8, 10, false, kMuted);
    setSceneRect(itemsBoundingRect().adjusted(-16, -16, 16, 16));
}

void JourneyMapScene::addTitle(const QString& title, const domain::JourneyMap& map) {
    text(this, title, 0, 0, 13, true);
    text(this,
         tr("%1 customers · %2 interactions · %3 to %4")
             .arg(JourneyFormat::count(map.customers), JourneyFormat::count(map.interactions),
                  domain::Calendar::isoDate(map.firstDay), domain::Calendar::isoDate(map.lastDay)),
         0, 22, 9, false, kMuted);
}

void JourneyMapScene::addLegend(qreal y, double painPointRate) {
    qreal x = 0;
    const qreal top = y + 8;
    auto* label = text(this, tr("CSAT"), x, top, 8.5, false, kMuted);
    x += label->boundingRect().width() + 6;
    QLinearGradient gradient(x, 0, x + 120, 0);
    for (double v : {0.0, 0.25, 0.5, 0.75, 1.0})
        gradient.setColorAt(v, JourneyFormat::satisfactionColour(v));
    addRect(QRectF(x, top + 1, 120, 14), QPen(QColor(0x9a, 0xa5, 0xb1)), gradient);
    text(this, QStringLiteral("1"), x + 3, top + 1, 8);
    text(this, QStringLiteral("5"), x + 110, top + 1, 8);
    x += 130;
    addRect(QRectF(x, top + 1, 22, 14), QPen(QColor(0x9a, 0xa5, 0xb1)),
            JourneyFormat::unknownColour());
    label = text(this, tr("no responses"), x + 28, top, 8.5, false, kMuted);
    x += 28 + label->boundingRect().width() + 18;

    QPainterPath triangle;
    triangle.moveTo(x + 8, top);
    triangle.lineTo(x + 16, top + 15);
    triangle.lineTo(x, top + 15);
    triangle.closeSubpath();
    addPath(triangle, Qt::NoPen, QColor(0xb3, 0x26, 0x1e));
    auto* bang = text(this, QStringLiteral("!"), x + 6, top + 2, 8, true, Qt::white);
    bang->setZValue(1);
    label = text(this,
                 tr("pain point (complaints ≥ %1 of the volume)")
                     .arg(JourneyFormat::percent(painPointRate, 0)),
                 x + 22, top, 8.5, false, kMuted);
    x += 22 + label->boundingRect().width() + 18;

    addEllipse(QRectF(x, top, 16, 16), Qt::NoPen, QColor(0x1f, 0x4e, 0x8c));
    text(this, QStringLiteral("1"), x + 5, top + 1, 8, true, Qt::white)->setZValue(1);
    label = text(this,
                 tr("top-3 improvement priority · bar: volume · click a card for its "
                    "interactions"),
                 x + 22, top, 8.5, false, kMuted);
}

qreal JourneyMapScene::addStageHeader(const domain::StageFigures& stage,
                                      const domain::JourneyMap& map, qreal x, qreal y) {
    auto* header = addRect(QRectF(x, y, kColumnWidth, kHeaderHeight), Qt::NoPen,
                           stage.retired ? QColor(0x9a, 0xa5, 0xb1) : QColor(0x2b, 0x3a, 0x4d));
    header->setZValue(0);
    const QString name = stage.retired ? tr("%1 (retired)").arg(qs(stage.name)) : qs(stage.name);
    auto* title = text(this, name, x + kColumnPad, y + 8, 10.5, true, Qt::white);
    title->setZValue(1);
    const double reach = map.customers > 0 ? static_cast<double>(stage.customers) /
                                                 static_cast<double>(map.customers)
                                           : 0.0;
    auto* customers =
        text(this,
             tr("%1 customers (%2)")
                 .arg(JourneyFormat::count(stage.customers), JourneyFormat::percent(reach, 0)),
             x + kColumnPad, y + 32, 9, false, QColor(0xdd, 0xe4, 0xec));
    customers->setZValue(1);
    // Long stage names are cut to the column; the tooltip has them whole.
    if (title->boundingRect().width() > kColumnWidth - 2 * kColumnPad) {
        const QFontMetricsF metrics(title->font());
        title->setText(metrics.elidedText(name, Qt::ElideRight, kColumnWidth - 2 * kColumnPad));
    }
    header->setToolTip(tr("%1: %2 customers had an interaction at this stage in the period.")
                           .arg(name.toHtmlEscaped(), JourneyFormat::count(stage.customers)));
    return y + kHeaderHeight + kCardGap;
}

void JourneyMapScene::addDropOff(const domain::StageDropOff& d, qreal x, qreal y) {
    // An arrow between two headers with the share that went on.
    const qreal mid = y + 22;
    QPainterPath arrow;
    arrow.moveTo(x + 6, mid);
    arrow.lineTo(x + kColumnGap - 8, mid);
    arrow.moveTo(x + kColumnGap - 14, mid - 6);
    arrow.lineTo(x + kColumnGap - 8, mid);
    arrow.lineTo(x + kColumnGap - 14, mid + 6);
    addPath(arrow, QPen(kMuted, 2));
    const QString share =
        d.reached > 0 ? JourneyFormat::percent(
                            static_cast<double>(d.continued) / static_cast<double>(d.reached), 0)
                      : JourneyFormat::missing();
    auto* label = text(this, share, x, mid + 8, 8, true, kMuted);
    label->setPos(x + (kColumnGap - label->boundingRect().width()) / 2, mid + 8);
    label->setToolTip(tr("%1 → %2: %3 of %4 customers went on")
                          .arg(qs(d.from).toHtmlEscaped(), qs(d.to).toHtmlEscaped(),
                               JourneyFormat::count(d.continued), JourneyFormat::count(d.reached)));
}

JourneyCardItem* JourneyMapScene::card(const QString& name, const QString& stage) const {
    for (JourneyCardItem* c : m_cards)
        if (c->name() == name && (stage.isEmpty() || c->stageName() == stage))
            return c;
    return nullptr;
}

} // namespace tessera::app
