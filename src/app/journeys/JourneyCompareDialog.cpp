#include "app/journeys/JourneyCompareDialog.h"

#include "app/common/Text.h"
#include "app/jobs/WorkerJob.h"
#include "app/journeys/JourneyFormat.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>
#include <cmath>
#include <functional>

namespace tessera::app {
namespace {

using Figures = std::optional<domain::TouchpointFigures>;
using Read = std::function<std::optional<double>(const domain::TouchpointFigures&)>;

const QColor kBetter(0x2e, 0x7d, 0x32);
const QColor kWorse(0xb3, 0x26, 0x1e);

// Which way is better for a figure.
enum class Good { Up, Down, Neither };

QTableWidgetItem* cell(const QString& text, bool number = true) {
    auto* item = new QTableWidgetItem(text);
    item->setTextAlignment((number ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    return item;
}

std::optional<double> read(const Figures& f, const Read& get) {
    return f ? get(*f) : std::nullopt;
}

} // namespace

JourneyCompareDialog::JourneyCompareDialog(domain::Workspace& workspace, QWidget* parent)
    : QDialog(parent), m_workspace(workspace) {
    setObjectName(QStringLiteral("journeyCompareDialog"));
    setWindowTitle(tr("Compare Journey Snapshots"));
    m_before = new QComboBox(this);
    m_before->setObjectName(QStringLiteral("beforeSnapshotBox"));
    m_after = new QComboBox(this);
    m_after->setObjectName(QStringLiteral("afterSnapshotBox"));
    for (QComboBox* box : {m_before, m_after}) {
        box->setMinimumContentsLength(24);
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    }
    auto* beforeLabel = new QLabel(tr("&Before:"), this);
    beforeLabel->setBuddy(m_before);
    auto* afterLabel = new QLabel(tr("&After:"), this);
    afterLabel->setBuddy(m_after);
    auto* pick = new QHBoxLayout;
    pick->addWidget(beforeLabel);
    pick->addWidget(m_before, 1);
    pick->addWidget(afterLabel);
    pick->addWidget(m_after, 1);
    m_message = new QLabel(tr("Loading the snapshots…"), this);
    m_message->setObjectName(QStringLiteral("compareMessage"));
    m_message->setWordWrap(true);
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("compareTable"));
    m_table->setHorizontalHeaderLabels(
        {tr("Stage"), tr("Touchpoint"), tr("Volume\nbefore"), tr("Volume\nafter"),
         tr("Volume\nchange"), tr("CSAT\nbefore"), tr("CSAT\nafter"), tr("CSAT\nchange"),
         tr("Complaints\nbefore"), tr("Complaints\nafter"), tr("Complaints\nchange"),
         tr("Priority\nbefore"), tr("Priority\nafter"), tr("Priority\nchange")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->setAlternatingRowColors(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(pick);
    layout->addWidget(m_message);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QComboBox* box : {m_before, m_after})
        connect(box, &QComboBox::activated, this, &JourneyCompareDialog::compare);
    resize(1180, 660);
    runOnWorker<std::vector<domain::JourneySnapshotInfo>>(
        this, m_workspace,
        [](domain::Workspace& ws) { return domain::JourneySnapshots(ws).list(); },
        [this](Result<std::vector<domain::JourneySnapshotInfo>> list) {
            showSnapshots(std::move(list));
        });
}

void JourneyCompareDialog::showSnapshots(Result<std::vector<domain::JourneySnapshotInfo>> list) {
    m_listed = true;
    if (!list) {
        showError(qs(list.error().message));
        emit listed();
        return;
    }
    // Newest first from the domain; the boxes read oldest first.
    for (auto it = list->rbegin(); it != list->rend(); ++it) {
        const QString label =
            tr("%1 (%2, %3 customers)")
                .arg(qs(it->name), qs(it->period), JourneyFormat::count(it->customers));
        m_before->addItem(label, qs(it->name));
        m_after->addItem(label, qs(it->name));
    }
    if (list->size() < 2) {
        m_message->setText(tr("Save at least two snapshots (Save Snapshot… on the Journeys tab) "
                              "to compare them."));
        emit listed();
        return;
    }
    m_before->setCurrentIndex(m_before->count() - 2);
    m_after->setCurrentIndex(m_after->count() - 1);
    emit listed();
    compare();
}

void JourneyCompareDialog::compare() {
    const QString before = m_before->currentData().toString();
    const QString after = m_after->currentData().toString();
    if (before.isEmpty() || after.isEmpty())
        return;
    m_message->setText(tr("Comparing…"));
    const int generation = ++m_generation;
    runOnWorker<domain::JourneyComparison>(
        this, m_workspace,
        [before = before.toStdString(), after = after.toStdString()](domain::Workspace& ws) {
            return domain::JourneySnapshots(ws).compare(before, after);
        },
        [this, generation](Result<domain::JourneyComparison> comparison) {
            if (generation == m_generation)
                showComparison(std::move(comparison));
        });
}

void JourneyCompareDialog::showError(const QString& message) {
    m_message->setText(message);
    m_message->setStyleSheet(QStringLiteral("color: #b3261e;"));
}

void JourneyCompareDialog::showComparison(Result<domain::JourneyComparison> comparison) {
    m_table->setRowCount(0);
    if (!comparison) {
        showError(qs(comparison.error().message));
        emit compared();
        return;
    }
    m_message->setStyleSheet(QString());
    m_message->setText(tr("%1 (%2) against %3 (%4). ▲/▼: up/down; green is better, red worse.")
                           .arg(qs(comparison->after.name), qs(comparison->after.period),
                                qs(comparison->before.name), qs(comparison->before.period)));
    const QLocale locale;
    // A figure's before, after and change cells, from `column` on.
    const auto figure = [&](int row, int column, const domain::TouchpointComparison& t,
                            const Read& get, Good good, const std::function<QString(double)>& text,
                            const std::function<QString(double)>& delta) {
        const auto b = read(t.before, get);
        const auto a = read(t.after, get);
        m_table->setItem(row, column, cell(b ? text(*b) : JourneyFormat::missing()));
        m_table->setItem(row, column + 1, cell(a ? text(*a) : JourneyFormat::missing()));
        QTableWidgetItem* change = cell(JourneyFormat::missing());
        int verdict = 0;
        if (a && b) {
            const double d = *a - *b;
            if (std::abs(d) < 1e-9) {
                change->setText(QStringLiteral("="));
            } else {
                change->setText(QStringLiteral("%1 %2").arg(
                    d > 0 ? QStringLiteral("▲") : QStringLiteral("▼"), delta(std::abs(d))));
                if (good != Good::Neither)
                    verdict = (d > 0) == (good == Good::Up) ? 1 : -1;
            }
        }
        change->setData(VerdictRole, verdict);
        if (verdict != 0) {
            change->setForeground(verdict > 0 ? kBetter : kWorse);
            QFont bold = change->font();
            bold.setBold(true);
            change->setFont(bold);
        }
        m_table->setItem(row, column + 2, change);
    };
    const auto count = [&](double v) { return locale.toString(v, 'f', 0); };
    const auto csat = [&](double v) { return locale.toString(v, 'f', 2); };
    const auto rate = [](double v) { return JourneyFormat::percent(v); };
    const auto points = [&](double v) {
        return tr("%1 pts", "percentage points").arg(locale.toString(v * 100.0, 'f', 1));
    };
    const auto priority = [&](double v) { return locale.toString(v, 'f', 4); };
    for (const auto& t : comparison->touchpoints) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        m_table->setItem(row, StageColumn, cell(qs(t.stage), false));
        QString name = qs(t.touchpoint);
        if (!t.before)
            name = tr("%1 (new)").arg(name);
        else if (!t.after)
            name = tr("%1 (gone)").arg(name);
        m_table->setItem(row, TouchpointColumn, cell(name, false));
        figure(
            row, VolumeBefore, t,
            [](const auto& f) { return std::optional<double>(static_cast<double>(f.volume)); },
            Good::Neither, count, count);
        figure(
            row, CsatBefore, t, [](const auto& f) { return f.satisfaction; }, Good::Up, csat, csat);
        figure(
            row, ComplaintsBefore, t, [](const auto& f) { return f.complaintRate; }, Good::Down,
            rate, points);
        figure(
            row, PriorityBefore, t, [](const auto& f) { return f.priority; }, Good::Down, priority,
            priority);
    }
    m_table->resizeColumnsToContents();
    emit compared();
}

} // namespace tessera::app
