#include "cli/journeys/JourneyLayoutCommands.h"

#include "domain/journeys/JourneyEditor.h"

#include <QDateTime>
#include <QJsonArray>

namespace tessera::cli {

void JourneyLayoutCommands::configure(CLI::App& journey) {
    m_stages =
        journey.add_subcommand("stages", tr("List or edit the journey's stages").toStdString());
    m_touchpoints = journey.add_subcommand(
        "touchpoints", tr("List or edit the touchpoints within the stages").toStdString());
    for (CLI::App* parent : {m_stages, m_touchpoints}) {
        const bool stages = parent == m_stages;
        parent->require_subcommand(1);
        auto verb = [&](const char* name, const QString& description) {
            CLI::App* sub = parent->add_subcommand(name, description.toStdString());
            sub->callback([this, name] { m_verb = name; });
            return sub;
        };
        verb("list", tr("Every stage and touchpoint, retired ones marked"));
        CLI::App* add = verb("add", stages ? tr("Add a stage") : tr("Add a touchpoint to a stage"));
        CLI::App* rename =
            verb("rename", stages ? tr("Rename a stage") : tr("Rename a touchpoint"));
        CLI::App* move = verb("move", stages ? tr("Move a stage to another position")
                                             : tr("Move a touchpoint within or between stages"));
        CLI::App* retire = verb("retire", stages ? tr("Retire a stage (its history stays)")
                                                 : tr("Retire a touchpoint (its history stays)"));
        CLI::App* restore = verb("restore", stages ? tr("Bring a retired stage back")
                                                   : tr("Bring a retired touchpoint back"));
        if (stages) {
            add->add_option("name", m_name, tr("The new stage's name").toStdString())->required();
            add->add_option("--position", m_position,
                            tr("Its position, 1 first (default: last)").toStdString());
            for (CLI::App* sub : {rename, move, retire, restore})
                sub->add_option("stage", m_stage, tr("The stage").toStdString())->required();
            rename->add_option("new-name", m_newName, tr("Its new name").toStdString())->required();
            move->add_option("--to", m_position, tr("Its new position, 1 first").toStdString())
                ->required();
        } else {
            for (CLI::App* sub : {add, rename, move, retire, restore}) {
                sub->add_option("--stage", m_stage, tr("The stage it is in").toStdString())
                    ->required()
                    ->option_text("STAGE");
                sub->add_option("name", m_name, tr("The touchpoint").toStdString())->required();
            }
            add->add_option("--channel", m_channel, tr("The channel it usually uses").toStdString())
                ->option_text("CHANNEL");
            rename->add_option("new-name", m_newName, tr("Its new name").toStdString())->required();
            move->add_option(
                "--position", m_position,
                tr("Its new position in the stage, 1 first (default: last)").toStdString());
            move->add_option("--to-stage", m_toStage, tr("Move it to this stage").toStdString())
                ->option_text("STAGE");
        }
    }
}

bool JourneyLayoutCommands::parsed() const {
    return m_stages->parsed() || m_touchpoints->parsed();
}

int JourneyLayoutCommands::run(domain::Workspace& ws, const Output& out) {
    if (m_verb == "list")
        return list(ws, out);
    if (Status done = edit(ws); !done)
        return out.fail(done.error());
    out.line(tr("Done."));
    out.document(QJsonObject{{"ok", true}});
    return kExitOk;
}

Status JourneyLayoutCommands::edit(domain::Workspace& ws) {
    domain::JourneyEditor editor(ws);
    if (m_stages->parsed()) {
        if (m_verb == "add") {
            auto id = editor.addStage(m_name, m_position);
            return id ? Status{} : Status{id.error()};
        }
        if (m_verb == "rename")
            return editor.renameStage(m_stage, m_newName);
        if (m_verb == "move")
            return editor.moveStage(m_stage, m_position.value_or(0));
        if (m_verb == "retire")
            return editor.retireStage(m_stage);
        return editor.restoreStage(m_stage);
    }
    if (m_verb == "add") {
        auto id = editor.addTouchpoint(m_stage, m_name, m_channel);
        return id ? Status{} : Status{id.error()};
    }
    if (m_verb == "rename")
        return editor.renameTouchpoint(m_stage, m_name, m_newName);
    if (m_verb == "move")
        return editor.moveTouchpoint(m_stage, m_name, m_position, m_toStage);
    if (m_verb == "retire")
        return editor.retireTouchpoint(m_stage, m_name);
    return editor.restoreTouchpoint(m_stage, m_name);
}

int JourneyLayoutCommands::list(domain::Workspace& ws, const Output& out) {
    auto layout = domain::JourneyEditor(ws).layout();
    if (!layout)
        return out.fail(layout.error());
    QJsonArray stages;
    for (const auto& s : layout->stages) {
        out.line(
            QStringLiteral("%1. %2%3")
                .arg(s.position)
                .arg(qs(s.name), s.retiredAt ? QStringLiteral("  ") + tr("(retired)") : QString()));
        QJsonArray touchpoints;
        for (const auto& t : layout->touchpoints) {
            if (t.stageId != s.id)
                continue;
            out.line(QStringLiteral("   %1.%2 %3%4")
                         .arg(s.position)
                         .arg(t.position)
                         .arg(qs(t.name),
                              t.retiredAt ? QStringLiteral("  ") + tr("(retired)") : QString()));
            touchpoints.append(QJsonObject{{"name", qs(t.name)},
                                           {"position", t.position},
                                           {"channel", qs(t.channel)},
                                           {"retired", t.retiredAt.has_value()}});
        }
        stages.append(QJsonObject{{"name", qs(s.name)},
                                  {"position", s.position},
                                  {"retired", s.retiredAt.has_value()},
                                  {"touchpoints", touchpoints}});
    }
    out.document(QJsonObject{{"stages", stages}});
    return kExitOk;
}

} // namespace tessera::cli
