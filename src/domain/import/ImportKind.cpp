#include "domain/import/ImportKind.h"

#include <array>

namespace tessera::domain {
namespace {

std::vector<ImportField> customerFields() {
    return {
        {"code",
         true,
         {"code", "customer", "customer_code", "customer_id", "id", "客户编号", "客户代码",
          "编号"}},
        {"name",
         true,
         {"name", "customer_name", "full_name", "company", "客户名称", "名称", "姓名"}},
        {"kind", false, {"kind", "type", "customer_type", "类型", "客户类型"}},
        {"industry", false, {"industry", "sector", "行业"}},
        {"region", false, {"region", "area", "province", "地区", "区域"}},
        {"channel", false, {"channel", "acquisition_channel", "source", "渠道", "获客渠道"}},
        {"owner", false, {"owner", "account_manager", "manager", "负责人", "客户经理"}},
        {"lifecycle", false, {"lifecycle", "lifecycle_stage", "stage", "生命周期"}},
        {"risk", false, {"risk", "risk_level", "风险", "风险等级"}},
        {"phone", false, {"phone", "telephone", "mobile", "tel", "电话", "手机", "手机号"}},
        {"email", false, {"email", "e-mail", "mail", "邮箱", "电子邮件"}},
        {"id_number",
         false,
         {"id_number", "id_no", "national_id", "tax_id", "证件号码", "身份证号", "税号"}},
        {"address", false, {"address", "地址"}},
        {"notes", false, {"notes", "note", "remarks", "comment", "备注"}},
        {"tags", false, {"tags", "tag", "labels", "标签"}},
        {"consent_channels",
         false,
         {"consent_channels", "consent", "allowed_channels", "许可渠道"}},
        {"contact_frequency", false, {"contact_frequency", "frequency", "联系频率"}},
        {"unsubscribed", false, {"unsubscribed", "opt_out", "退订"}},
        {"contact_name", false, {"contact_name", "contact", "联系人"}},
        {"contact_role", false, {"contact_role", "contact_title", "联系人职务"}},
        {"contact_phone", false, {"contact_phone", "联系人电话"}},
        {"contact_email", false, {"contact_email", "联系人邮箱"}},
    };
}

std::vector<ImportField> transactionFields() {
    return {
        {"customer",
         true,
         {"customer", "customer_code", "customer_id", "code", "client", "客户", "客户编号"}},
        {"date",
         true,
         {"date", "day", "order_date", "purchase_date", "transaction_date", "日期", "交易日期"}},
        {"amount",
         true,
         {"amount", "value", "dollar_value", "total", "net_amount", "金额", "交易金额"}},
        {"quantity", false, {"quantity", "qty", "number_of_cds", "units", "数量"}},
        {"reference", false, {"reference", "order", "order_id", "order_no", "invoice", "订单号"}},
    };
}

std::vector<ImportField> interactionFields() {
    return {
        {"customer",
         true,
         {"customer", "customer_code", "customer_id", "code", "客户", "客户编号"}},
        {"date", true, {"date", "datetime", "time", "timestamp", "at", "日期", "时间"}},
        {"channel", true, {"channel", "渠道"}},
        {"kind", true, {"kind", "type", "interaction_type", "类型"}},
        {"direction", false, {"direction", "方向"}},
        {"outcome", false, {"outcome", "result", "结果"}},
        {"touchpoint", false, {"touchpoint", "touch_point", "触点"}},
        {"notes", false, {"notes", "note", "comment", "备注"}},
        {"user", false, {"user", "username", "agent", "员工"}},
    };
}

std::vector<ImportField> surveyFields() {
    std::vector<ImportField> fields = {
        {"customer",
         true,
         {"customer", "customer_code", "customer_id", "code", "客户", "客户编号"}},
        {"date", true, {"date", "day", "answered", "response_date", "日期"}},
        {"nps", false, {"nps", "likelihood_to_recommend", "ltr", "recommend", "推荐意愿"}},
        {"csat", false, {"csat", "satisfaction", "满意度"}},
        {"ces", false, {"ces", "effort", "customer_effort", "费力度"}},
        {"touchpoint", false, {"touchpoint", "touch_point", "触点"}},
        {"comment", false, {"comment", "comments", "feedback", "text", "意见"}},
    };
    const std::array<const char*, 5> shortNames = {"d1", "d2", "d3", "d4", "d5"};
    for (std::size_t d = 0; d < surveyDimensionPrefixes().size(); ++d) {
        for (int item = 1; item <= 9; ++item) {
            const std::string key = surveyDimensionPrefixes()[d] + "_" + std::to_string(item);
            const std::string alias = std::string(shortNames[d]) + "_" + std::to_string(item);
            std::vector<std::string> synonyms = {key, alias};
            if (item == 1) {
                synonyms.push_back(surveyDimensionPrefixes()[d]);
                synonyms.push_back(shortNames[d]);
            }
            fields.push_back({key, false, synonyms});
        }
    }
    return fields;
}

std::vector<ImportField> ticketFields() {
    return {
        {"customer",
         true,
         {"customer", "customer_code", "customer_id", "code", "客户", "客户编号"}},
        {"opened", true, {"opened", "opened_at", "created", "date", "创建时间", "日期"}},
        {"category", true, {"category", "type", "类别"}},
        {"subject", true, {"subject", "title", "主题"}},
        {"level", false, {"level", "escalation", "severity", "priority", "级别"}},
        {"description", false, {"description", "details", "描述"}},
        {"complaint", false, {"complaint", "is_complaint", "投诉"}},
        {"assignee", false, {"assignee", "assigned_to", "负责人"}},
        {"touchpoint", false, {"touchpoint", "touch_point", "触点"}},
        {"first_response", false, {"first_response", "first_response_at", "responded", "首次响应"}},
        {"resolved", false, {"resolved", "resolved_at", "解决时间"}},
        {"closed", false, {"closed", "closed_at", "关闭时间"}},
    };
}

} // namespace

std::string_view importKindKey(ImportKind kind) {
    switch (kind) {
    case ImportKind::Customers: return "customers";
    case ImportKind::Transactions: return "transactions";
    case ImportKind::Interactions: return "interactions";
    case ImportKind::Surveys: return "surveys";
    case ImportKind::Tickets: return "tickets";
    }
    return "customers";
}

std::optional<ImportKind> importKindFromKey(std::string_view key) {
    for (ImportKind kind : {ImportKind::Customers, ImportKind::Transactions,
                            ImportKind::Interactions, ImportKind::Surveys, ImportKind::Tickets})
        if (importKindKey(kind) == key)
            return kind;
    return std::nullopt;
}

const std::vector<std::string>& surveyDimensionPrefixes() {
    static const std::vector<std::string> prefixes = {"personalised", "emotional", "rights",
                                                      "value", "ease"};
    return prefixes;
}

const std::vector<ImportField>& importFields(ImportKind kind) {
    static const std::vector<ImportField> customers = customerFields();
    static const std::vector<ImportField> transactions = transactionFields();
    static const std::vector<ImportField> interactions = interactionFields();
    static const std::vector<ImportField> surveys = surveyFields();
    static const std::vector<ImportField> tickets = ticketFields();
    switch (kind) {
    case ImportKind::Customers: return customers;
    case ImportKind::Transactions: return transactions;
    case ImportKind::Interactions: return interactions;
    case ImportKind::Surveys: return surveys;
    case ImportKind::Tickets: return tickets;
    }
    return customers;
}

} // namespace tessera::domain
