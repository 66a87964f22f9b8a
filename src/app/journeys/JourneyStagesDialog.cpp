#include "app/journeys/JourneyStagesDialog.h"

#include "app/common/Text.h"
#include "domain/records/Vocabulary.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace tessera::app {
namespace {

constexpr int kStageRole = Qt::UserRole;
constexpr int kTouchpointRole = Qt::UserRole + 1;
constexpr int kRetiredRole = Qt::UserRole + 2;

// `retired`: its own flag (what Restore undoes); `greyed` also when its stage is retired.
void markRetired(QTreeWidgetItem* item, bool retired, bool greyed) {
    item->setData(0, kRetiredRole, retired);
    if (greyed)
        for (int c = 0; c < item->columnCount(); ++c)
            item->setForeground(c, QColor(0x8a, 0x94, 0xa0));
}

} // namespace

JourneyStagesDialog::JourneyStagesDialog(domain::Workspace& workspace, QWidget* parent)
    : QDialog(parent), m_workspace(workspace) {
    setObjectName(QStringLiteral("journeyStagesDialog"));
    setWindowTitle(tr("Journey Stages and Touchpoints"));
    auto* intro = new QLabel(tr("Retiring keeps a stage or touchpoint for the records and "
                                "snapshots that name it; it only leaves the map and the lists "
                                "new records choose from."),
                             this);
    intro->setWordWrap(true);
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("journeyStagesTree"));
    m_tree->setHeaderLabels({tr("Stage / touchpoint"), tr("Channel")});
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setStretchLastSection(false);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("journeyStagesMessage"));
    m_message->setWordWrap(true);

    auto* column = new QVBoxLayout;
    QPushButton* addStageButton = addButton(tr("Add &Stage…"), "addStageButton");
    m_addTouchpoint = addButton(tr("Add &Touchpoint…"), "addTouchpointButton");
    m_rename = addButton(tr("&Rename…"), "renameButton");
    m_up = addButton(tr("Move &Up"), "moveUpButton");
    m_down = addButton(tr("Move &Down"), "moveDownButton");
    m_retire = addButton(tr("R&etire"), "retireButton");
    m_restore = addButton(tr("Rest&ore"), "restoreButton");
    for (QPushButton* b : m_buttons)
        column->addWidget(b);
    column->addStretch(1);
    auto* body = new QHBoxLayout;
    body->addWidget(m_tree, 1);
    body->addLayout(column);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(body, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &JourneyStagesDialog::updateButtons);

    connect(addStageButton, &QPushButton::clicked, this, [this] {
        const QString name = askName(tr("Add Stage"), tr("Name of the new stage (placed last):"));
        if (!name.isEmpty())
            addStage(name);
    });
    connect(m_addTouchpoint, &QPushButton::clicked, this, [this] {
        const auto s = selected();
        if (!s)
            return;
        const QString name =
            askName(tr("Add Touchpoint"), tr("Name of the new touchpoint in %1:").arg(s->stage));
        if (!name.isEmpty())
            addTouchpoint(name);
    });
    connect(m_rename, &QPushButton::clicked, this, [this] {
        const auto s = selected();
        if (!s)
            return;
        const QString old = s->touchpoint.isEmpty() ? s->stage : s->touchpoint;
        const QString name = askName(tr("Rename"), tr("New name for %1:").arg(old), old);
        if (!name.isEmpty() && name != old)
            rename(name);
    });
    connect(m_up, &QPushButton::clicked, this, &JourneyStagesDialog::moveUp);
    connect(m_down, &QPushButton::clicked, this, &JourneyStagesDialog::moveDown);
    connect(m_retire, &QPushButton::clicked, this, &JourneyStagesDialog::retire);
    connect(m_restore, &QPushButton::clicked, this, &JourneyStagesDialog::restore);
    resize(640, 560);
    reload();
}

QPushButton* JourneyStagesDialog::addButton(const QString& text, const char* name) {
    auto* button = new QPushButton(text, this);
    button->setObjectName(QLatin1String(name));
    m_buttons << button;
    return button;
}

QString JourneyStagesDialog::askName(const QString& title, const QString& label,
                                     const QString& text) {
    return QInputDialog::getText(this, title, label, QLineEdit::Normal, text).trimmed();
}

void JourneyStagesDialog::reload() {
    const auto keep = selected();
    m_tree->clear();
    auto layout = domain::JourneyEditor(m_workspace).layout();
    if (!layout) {
        m_message->setText(qs(layout.error().message));
        return;
    }
    std::map<std::int64_t, QTreeWidgetItem*> stages;
    for (const auto& s : layout->stages) {
        const bool retired = s.retiredAt.has_value();
        auto* item = new QTreeWidgetItem(
            m_tree, {retired ? tr("%1 (retired)").arg(qs(s.name)) : qs(s.name), QString()});
        item->setData(0, kStageRole, qs(s.name));
        QFont bold = item->font(0);
        bold.setBold(true);
        item->setFont(0, bold);
        markRetired(item, retired, retired);
        stages[s.id] = item;
    }
    for (const auto& t : layout->touchpoints) {
        QTreeWidgetItem* parent = stages.count(t.stageId) ? stages[t.stageId] : nullptr;
        if (!parent)
            continue;
        const bool retired = t.retiredAt.has_value();
        auto* item = new QTreeWidgetItem(
            parent, {retired ? tr("%1 (retired)").arg(qs(t.name)) : qs(t.name),
                     domain::vocabulary::labelOf(domain::vocabulary::channels(), t.channel)});
        item->setData(0, kStageRole, parent->data(0, kStageRole));
        item->setData(0, kTouchpointRole, qs(t.name));
        markRetired(item, retired, retired || parent->data(0, kRetiredRole).toBool());
    }
    m_tree->expandAll();
    m_tree->resizeColumnToContents(1);
    if (keep)
        select(keep->stage, keep->touchpoint);
    updateButtons();
}

bool JourneyStagesDialog::select(const QString& stage, const QString& touchpoint) {
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem* s = m_tree->topLevelItem(i);
        if (s->data(0, kStageRole).toString() != stage)
            continue;
        if (touchpoint.isEmpty()) {
            m_tree->setCurrentItem(s);
            return true;
        }
        for (int j = 0; j < s->childCount(); ++j)
            if (s->child(j)->data(0, kTouchpointRole).toString() == touchpoint) {
                m_tree->setCurrentItem(s->child(j));
                return true;
            }
    }
    return false;
}

std::optional<JourneyStagesDialog::Selected> JourneyStagesDialog::selected() const {
    QTreeWidgetItem* item = m_tree->currentItem();
    if (!item)
        return std::nullopt;
    Selected s;
    s.stage = item->data(0, kStageRole).toString();
    s.touchpoint = item->data(0, kTouchpointRole).toString();
    QTreeWidgetItem* parent = item->parent();
    s.position = (parent ? parent->indexOfChild(item) : m_tree->indexOfTopLevelItem(item)) + 1;
    s.siblings = parent ? parent->childCount() : m_tree->topLevelItemCount();
    s.retired = item->data(0, kRetiredRole).toBool();
    return s;
}

void JourneyStagesDialog::updateButtons() {
    const auto s = selected();
    m_addTouchpoint->setEnabled(s.has_value());
    m_rename->setEnabled(s.has_value());
    m_up->setEnabled(s && s->position > 1);
    m_down->setEnabled(s && s->position < s->siblings);
    m_retire->setEnabled(s && !s->retired);
    m_restore->setEnabled(s && s->retired);
}

bool JourneyStagesDialog::apply(const Status& status, const QString& stage,
                                const QString& touchpoint) {
    if (!status) {
        m_message->setStyleSheet(QStringLiteral("color: #b3261e;"));
        m_message->setText(qs(status.error().message));
        return false;
    }
    m_changed = true;
    m_message->setStyleSheet(QString());
    m_message->clear();
    reload();
    select(stage, touchpoint);
    updateButtons();
    return true;
}

bool JourneyStagesDialog::addStage(const QString& name) {
    auto id = domain::JourneyEditor(m_workspace).addStage(ss(name.trimmed()));
    return apply(id ? Status{} : Status(id.error()), name.trimmed());
}

bool JourneyStagesDialog::addTouchpoint(const QString& name) {
    const auto s = selected();
    if (!s)
        return false;
    auto id = domain::JourneyEditor(m_workspace).addTouchpoint(ss(s->stage), ss(name.trimmed()));
    return apply(id ? Status{} : Status(id.error()), s->stage, name.trimmed());
}

bool JourneyStagesDialog::rename(const QString& newName) {
    const auto s = selected();
    if (!s)
        return false;
    domain::JourneyEditor editor(m_workspace);
    const QString name = newName.trimmed();
    if (s->touchpoint.isEmpty())
        return apply(editor.renameStage(ss(s->stage), ss(name)), name);
    return apply(editor.renameTouchpoint(ss(s->stage), ss(s->touchpoint), ss(name)), s->stage,
                 name);
}

bool JourneyStagesDialog::moveUp() {
    const auto s = selected();
    if (!s || s->position <= 1)
        return false;
    domain::JourneyEditor editor(m_workspace);
    if (s->touchpoint.isEmpty())
        return apply(editor.moveStage(ss(s->stage), s->position - 1), s->stage);
    return apply(editor.moveTouchpoint(ss(s->stage), ss(s->touchpoint), s->position - 1), s->stage,
                 s->touchpoint);
}

bool JourneyStagesDialog::moveDown() {
    const auto s = selected();
    if (!s || s->position >= s->siblings)
        return false;
    domain::JourneyEditor editor(m_workspace);
    if (s->touchpoint.isEmpty())
        return apply(editor.moveStage(ss(s->stage), s->position + 1), s->stage);
    return apply(editor.moveTouchpoint(ss(s->stage), ss(s->touchpoint), s->position + 1), s->stage,
                 s->touchpoint);
}

bool JourneyStagesDialog::retire() {
    const auto s = selected();
    if (!s)
        return false;
    domain::JourneyEditor editor(m_workspace);
    return apply(s->touchpoint.isEmpty() ? editor.retireStage(ss(s->stage))
                                         : editor.retireTouchpoint(ss(s->stage), ss(s->touchpoint)),
                 s->stage, s->touchpoint);
}

bool JourneyStagesDialog::restore() {
    const auto s = selected();
    if (!s)
        return false;
    domain::JourneyEditor editor(m_workspace);
    return apply(s->touchpoint.isEmpty()
                     ? editor.restoreStage(ss(s->stage))
                     : editor.restoreTouchpoint(ss(s->stage), ss(s->touchpoint)),
                 s->stage, s->touchpoint);
}

} // namespace tessera::app
