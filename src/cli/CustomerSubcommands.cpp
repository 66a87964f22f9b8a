#include "cli/CustomerSubcommands.h"

#include "cli/CustomerRef.h"
#include "cli/DayOption.h"
#include "domain/consent/ConsentService.h"
#include "domain/scoring/StandingService.h"

namespace tessera::cli {

void CustomerSubcommands::configure(CLI::App& customers) {
    m_consent = customers.add_subcommand(
        "consent", tr("Show a customer's consent and its history, or give or withdraw consent "
                      "for a channel ('all' unsubscribes or subscribes again)")
                       .toStdString());
    m_consent->add_option("--id", m_id, tr("The customer's code").toStdString())
        ->required()
        ->option_text("CODE");
    m_consent
        ->add_option(
            "--channel", m_channel,
            tr("phone, email, visit, wechat, app, social, web, other or all").toStdString())
        ->option_text("CH");
    auto* give = m_consent->add_flag("--give", m_give, tr("The customer consents").toStdString());
    auto* withdraw = m_consent->add_flag("--withdraw", m_withdraw,
                                         tr("The customer withdraws their consent").toStdString());
    give->excludes(withdraw);
    m_consent
        ->add_option("--source", m_source,
                     tr("Where the customer said so (a form, a call ...)").toStdString())
        ->option_text("TEXT");

    m_override = customers.add_subcommand(
        "override", tr("Set a customer's lifecycle stage, loyalty stage or health score by hand, "
                       "with a reason, until a day")
                        .toStdString());
    m_override->add_option("--id", m_id, tr("The customer's code").toStdString())
        ->required()
        ->option_text("CODE");
    m_override->add_option(
        "--lifecycle", m_lifecycle,
        tr("potential, new, growing, mature, declining or churned").toStdString());
    m_override->add_option("--loyalty", m_loyalty,
                           tr("awareness, evaluation, commitment or behaviour").toStdString());
    m_override->add_option("--health", m_health, tr("0 to 100").toStdString());
    m_override->add_option("--reason", m_reason, tr("Why").toStdString())->option_text("TEXT");
    m_override
        ->add_option("--until", m_until,
                     tr("The computed value applies again on this day").toStdString())
        ->option_text("DATE");
    m_override
        ->add_option("--clear", m_clear,
                     tr("Remove the override of lifecycle, loyalty or health").toStdString())
        ->option_text("WHAT");
}

bool CustomerSubcommands::parsed() const {
    return m_consent->parsed() || m_override->parsed();
}

int CustomerSubcommands::run(const Context& context) {
    const Output& out = context.out();
    if (m_consent->parsed() && (m_give || m_withdraw) && m_channel.empty())
        return out.fail(ErrorCode::InvalidArgument,
                        tr("Name the channel with --channel (or 'all')."));
    auto ws = context.signIn();
    if (!ws)
        return out.fail(ws.error());
    auto customer = customerIdFor(**ws, m_id);
    if (!customer)
        return out.fail(customer.error());
    const int code = m_consent->parsed() ? consent(context, **ws, *customer)
                                         : override(context, **ws, *customer);
    return code == kExitOk ? finish(context, **ws) : code;
}

int CustomerSubcommands::consent(const Context& context, domain::Workspace& ws,
                                 std::int64_t customerId) {
    const Output& out = context.out();
    domain::ConsentService consent(ws);
    if (m_give || m_withdraw) {
        const std::string source = m_source.empty() ? std::string("cli") : m_source;
        Status changed = m_give ? consent.give(customerId, m_channel, source)
                                : consent.withdraw(customerId, m_channel, source);
        if (!changed)
            return out.fail(changed.error());
    }
    auto view = consent.show(customerId);
    if (!view)
        return out.fail(view.error());
    QStringList channels;
    for (const auto& c : view->channels)
        channels << qs(c);
    out.line(tr("Allowed channels: %1%2")
                 .arg(channels.isEmpty() ? tr("none") : channels.join(QStringLiteral(", ")),
                      view->unsubscribed ? tr(" (unsubscribed: no outbound contact)") : QString()));
    QJsonArray history;
    for (const auto& e : view->history) {
        out.line(QStringLiteral("  %1  %2 %3  %4  %5")
                     .arg(ws.calendar().wallClock(e.at, QStringLiteral("yyyy-MM-dd HH:mm")))
                     .arg(e.given ? tr("given") : tr("withdrawn"), -9)
                     .arg(qs(e.channel), -7)
                     .arg(qs(e.username), -12)
                     .arg(qs(e.source)));
        history.append(QJsonObject{{"channel", qs(e.channel)},
                                   {"given", e.given},
                                   {"at", ws.calendar().isoInstant(e.at)},
                                   {"by", e.username.empty() ? QJsonValue() : qs(e.username)},
                                   {"source", qs(e.source)}});
    }
    out.document(QJsonObject{{"customer", qs(m_id)},
                             {"channels", QJsonArray::fromStringList(channels)},
                             {"unsubscribed", view->unsubscribed},
                             {"history", history}});
    return kExitOk;
}

int CustomerSubcommands::override(const Context& context, domain::Workspace& ws,
                                  std::int64_t customerId) {
    const Output& out = context.out();
    domain::StandingService standing(ws);
    if (!m_clear.empty()) {
        if (Status s = standing.clearOverride(customerId, m_clear); !s)
            return out.fail(s.error());
        out.line(tr("The %1 of %2 is computed again.").arg(qs(m_clear), qs(m_id)));
        out.document(QJsonObject{{"customer", qs(m_id)}, {"cleared", qs(m_clear)}});
        return kExitOk;
    }
    std::string aspect;
    std::string value;
    const int given = !m_lifecycle.empty() + !m_loyalty.empty() + m_health.has_value();
    if (given != 1)
        return out.fail(
            ErrorCode::InvalidArgument,
            tr("Give exactly one of --lifecycle, --loyalty and --health (or --clear)."));
    if (!m_lifecycle.empty()) {
        aspect = "lifecycle";
        value = m_lifecycle;
    } else if (!m_loyalty.empty()) {
        aspect = "loyalty";
        value = m_loyalty;
    } else {
        aspect = "health";
        value = std::to_string(*m_health);
    }
    if (m_until.empty())
        return out.fail(ErrorCode::InvalidArgument,
                        tr("Say until when the value holds, with --until DATE."));
    auto until = parseDayOption("--until", m_until);
    if (!until)
        return out.fail(until.error());
    if (Status s = standing.setOverride(customerId, aspect, value, m_reason, *until); !s)
        return out.fail(s.error());
    out.line(tr("The %1 of %2 is %3 until %4.")
                 .arg(qs(aspect), qs(m_id), qs(value), domain::Calendar::isoDate(*until)));
    out.document(QJsonObject{{"customer", qs(m_id)},
                             {"aspect", qs(aspect)},
                             {"value", qs(value)},
                             {"until", domain::Calendar::isoDate(*until)},
                             {"reason", qs(m_reason)}});
    return kExitOk;
}

} // namespace tessera::cli
