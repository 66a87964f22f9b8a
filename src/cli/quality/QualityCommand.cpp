// tessera-cli quality: the completeness of the customer records
// (docs/data-quality.md): the share of customers with each key field and
// with tags against the profile's goals, overall and by owner; with
// --incomplete FIELD, the customers lacking that field.

#include "cli/Command.h"
#include "domain/admin/UserService.h"
#include "domain/quality/QualityService.h"

#include <QJsonArray>

namespace tessera::cli {
namespace {

using domain::FieldFigure;
using domain::QualityFigures;
using domain::QualityService;

QJsonValue optionalDouble(const std::optional<double>& value) {
    return value ? QJsonValue(*value) : QJsonValue();
}

QJsonObject figureJson(const FieldFigure& f) {
    return {{"field", qs(QualityService::fieldKey(f.field))},
            {"filled", static_cast<qint64>(f.filled)},
            {"missing", static_cast<qint64>(f.missing)},
            {"share", optionalDouble(f.share)},
            {"goal", f.goal},
            {"meets_goal", f.meetsGoal ? QJsonValue(*f.meetsGoal) : QJsonValue()}};
}

QJsonObject figuresJson(const QualityFigures& figures) {
    QJsonArray fields;
    for (const auto& f : figures.fields)
        fields.append(figureJson(f));
    return {{"customers", static_cast<qint64>(figures.customers)},
            {"fields", fields},
            {"tags", figureJson(figures.tags)}};
}

class QualityCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(QualityCommand)

public:
    const char* name() const override { return "quality"; }

    void configure(CLI::App& command) override {
        command.description(tr("Completeness of the customer records against the profile's goals, "
                               "overall and by owner")
                                .toStdString());
        command
            .add_option("--owner", m_owner,
                        tr("Only this owner's customers (a user name)").toStdString())
            ->option_text("USERNAME");
        command.add_flag("--unassigned", m_unassigned,
                         tr("Only the customers without an owner").toStdString());
        command
            .add_option("--incomplete", m_incomplete,
                        tr("List the customers lacking this field: %1")
                            .arg(qs(QualityService::fieldKeys()))
                            .toStdString())
            ->option_text("FIELD");
        command
            .add_option(
                "--limit", m_limit,
                tr("With --incomplete: at most this many customers (default 100)").toStdString())
            ->option_text("N");
    }

    int run(const Context& context) override {
        const Output& out = context.out();
        std::optional<domain::QualityField> field;
        if (!m_incomplete.empty()) {
            field = QualityService::fieldByKey(m_incomplete);
            if (!field)
                return out.fail(ErrorCode::InvalidArgument,
                                tr("'%1' is not a field; use one of: %2.")
                                    .arg(qs(m_incomplete), qs(QualityService::fieldKeys())));
        }
        if (m_limit < 1 || m_limit > QualityService::kMaxListed)
            return out.fail(ErrorCode::InvalidArgument,
                            tr("--limit is between 1 and %1.").arg(QualityService::kMaxListed));
        if (m_unassigned && !m_owner.empty())
            return out.fail(ErrorCode::InvalidArgument,
                            tr("Give either --owner or --unassigned, not both."));
        auto ws = context.signIn();
        if (!ws)
            return out.fail(ws.error());
        domain::QualityRequest request;
        request.unassigned = m_unassigned;
        if (!m_owner.empty()) {
            auto id = domain::UserService(**ws).idOf(m_owner);
            if (!id)
                return out.fail(id.error());
            request.owner = *id;
        }
        const int code =
            field ? listIncomplete(**ws, out, *field, request) : showFigures(**ws, out, request);
        return code == kExitOk ? finish(context, **ws) : code;
    }

private:
    static QString percent(const std::optional<double>& share) {
        return share ? QString::number(*share * 100.0, 'f', 1) + QLatin1Char('%')
                     : QStringLiteral("–");
    }

    static QString verdict(const FieldFigure& f) {
        if (!f.meetsGoal)
            return {};
        return *f.meetsGoal ? tr("meets the goal") : tr("BELOW the goal");
    }

    static void printFigures(const Output& out, const QualityFigures& figures) {
        auto line = [&](const FieldFigure& f) {
            out.line(QStringLiteral("  %1 %2 %3  %4")
                         .arg(QualityService::fieldLabel(f.field), -22)
                         .arg(percent(f.share), 7)
                         .arg(tr("(%1 of %2)").arg(f.filled).arg(figures.customers), -20)
                         .arg(verdict(f)));
        };
        for (const auto& f : figures.fields)
            line(f);
        line(figures.tags);
    }

    int showFigures(domain::Workspace& ws, const Output& out,
                    const domain::QualityRequest& request) {
        auto report = QualityService(ws).compute(request);
        if (!report)
            return out.fail(report.error());
        out.line(tr("Data quality of %n customer(s) (not archived); goals: key fields %1, tags %2",
                    nullptr, static_cast<int>(report->overall.customers))
                     .arg(percent(report->keyFieldGoal), percent(report->tagCoverageGoal)));
        printFigures(out, report->overall);
        QJsonArray byOwner;
        for (const auto& o : report->byOwner) {
            QJsonObject row = figuresJson(o.figures);
            row.insert("owner", o.ownerId ? QJsonValue(qs(o.username)) : QJsonValue());
            row.insert("display_name", qs(o.displayName));
            byOwner.append(row);
            out.line(QString());
            out.line(o.ownerId ? tr("%1 (%2): %n customer(s)", nullptr,
                                    static_cast<int>(o.figures.customers))
                                     .arg(qs(o.username), qs(o.displayName))
                               : tr("Without an owner: %n customer(s)", nullptr,
                                    static_cast<int>(o.figures.customers)));
            printFigures(out, o.figures);
        }
        QJsonObject doc = figuresJson(report->overall);
        doc.insert("goals", QJsonObject{{"key_fields", report->keyFieldGoal},
                                        {"tags", report->tagCoverageGoal}});
        doc.insert("by_owner", byOwner);
        out.document(doc);
        return kExitOk;
    }

    int listIncomplete(domain::Workspace& ws, const Output& out, domain::QualityField field,
                       const domain::QualityRequest& request) {
        // One more than asked tells whether there are more.
        auto rows = QualityService(ws).incomplete(field, request, m_limit + 1);
        if (!rows)
            return out.fail(rows.error());
        const bool truncated = static_cast<int>(rows->size()) > m_limit;
        if (truncated)
            rows->resize(static_cast<std::size_t>(m_limit));
        QJsonArray customers;
        for (const auto& c : *rows) {
            customers.append(QJsonObject{{"code", qs(c.code)},
                                         {"name", qs(c.name)},
                                         {"owner", c.owner.empty() ? QJsonValue() : qs(c.owner)}});
            out.line(
                QStringLiteral("%1  %2  %3")
                    .arg(qs(c.code), qs(c.name), c.owner.empty() ? tr("(no owner)") : qs(c.owner)));
        }
        if (rows->empty())
            out.line(tr("Every customer has this field."));
        else if (truncated)
            out.line(tr("The first %n customer(s); raise --limit to see more.", nullptr,
                        static_cast<int>(rows->size())));
        out.document(QJsonObject{{"field", qs(QualityService::fieldKey(field))},
                                 {"customers", customers},
                                 {"truncated", truncated}});
        return kExitOk;
    }

    std::string m_owner;
    bool m_unassigned = false;
    std::string m_incomplete;
    int m_limit = 100;
};

} // namespace

std::unique_ptr<Command> makeQualityCommand() {
    return std::make_unique<QualityCommand>();
}

} // namespace tessera::cli
