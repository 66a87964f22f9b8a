<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AccessPolicy</name>
    <message>
        <source>Your role (%1) may not do this (%2).</source>
        <translation>您的角色（%1）无权执行此操作（%2）。</translation>
    </message>
    <message>
        <source>This customer is not in your team&apos;s portfolios.</source>
        <translation>该客户不在您团队的客户组合中。</translation>
    </message>
    <message>
        <source>This customer is not in your portfolio.</source>
        <translation>该客户不在您的客户组合中。</translation>
    </message>
    <message>
        <source>Not allowed.</source>
        <translation>不允许。</translation>
    </message>
</context>
<context>
    <name>AccessReviewService</name>
    <message>
        <source>bulk</source>
        <translation>批量</translation>
    </message>
    <message>
        <source>out of hours</source>
        <translation>非工作时间</translation>
    </message>
    <message>
        <source>weekend</source>
        <translation>周末</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>被拒绝</translation>
    </message>
    <message>
        <source>The review starts on %1, after its last day %2; swap the dates.</source>
        <translation>审查的开始日期 %1 晚于结束日期 %2；请对调这两个日期。</translation>
    </message>
    <message>
        <source>A review covers at most %1 days; review a shorter period, or one period after another.</source>
        <translation>一次审查最多涵盖 %1 天；请缩短审查期间，或分多个期间依次审查。</translation>
    </message>
</context>
<context>
    <name>ArchiveCustomerCommand</name>
    <message>
        <source>Archive customer %1</source>
        <translation>归档客户 %1</translation>
    </message>
    <message>
        <source>Restore customer %1</source>
        <translation>恢复客户 %1</translation>
    </message>
</context>
<context>
    <name>AuditCommand</name>
    <message>
        <source>Show the audit log, or verify its hash chain (administrators).</source>
        <translation>显示审计日志，或校验其哈希链（仅管理员）。</translation>
    </message>
    <message>
        <source>Check every row against the chain and name the first broken one</source>
        <translation>逐行按哈希链校验，并指出第一处损坏的行</translation>
    </message>
    <message>
        <source>Only this user&apos;s actions</source>
        <translation>只看此用户的操作</translation>
    </message>
    <message>
        <source>Only this action (e.g. login, export)</source>
        <translation>只看此类操作（如 login、export）</translation>
    </message>
    <message>
        <source>Only actions on this customer id</source>
        <translation>只看针对此客户编号的操作</translation>
    </message>
    <message>
        <source>From this date</source>
        <translation>从此日期起</translation>
    </message>
    <message>
        <source>Before this date</source>
        <translation>在此日期之前</translation>
    </message>
    <message>
        <source>At most N rows, newest first (default 1000)</source>
        <translation>最多 N 行，最新的在前（默认 1000）</translation>
    </message>
    <message>
        <source>The audit log is broken at row %1: %2</source>
        <translation>审计日志在第 %1 行处损坏：%2</translation>
    </message>
    <message>
        <source>The audit log verifies: %1 rows, chained and signed.</source>
        <translation>审计日志校验通过：共 %1 行，链接完整且已签名。</translation>
    </message>
</context>
<context>
    <name>AuditReviewSubcommand</name>
    <message>
        <source>Reads of personal data per user and day, with bulk reads, access out of hours or at weekends, and refused attempts flagged (administrators)</source>
        <translation>按用户和日期列出个人数据读取情况，并标记批量读取、非工作时间或周末访问以及被拒绝的尝试（仅管理员）</translation>
    </message>
    <message>
        <source>The first day reviewed</source>
        <translation>审查的第一天</translation>
    </message>
    <message>
        <source>The last day reviewed, included (default: today)</source>
        <translation>审查的最后一天，含当天（默认：今天）</translation>
    </message>
    <message numerus="yes">
        <source>Access review %1 to %2 (%3): %n user-day(s)</source>
        <translation>
            <numerusform>访问审查 %1 至 %2（%3）：共 %n 个用户日</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n flagged</source>
        <translation>
            <numerusform>%n 个已标记</numerusform>
        </translation>
    </message>
    <message>
        <source>Bulk above %1 reads a day; working hours %2:00 to %3:00 (profile version %4).</source>
        <translation>每天读取超过 %1 次即为批量；工作时间 %2:00 至 %3:00（方案版本 %4）。</translation>
    </message>
    <message>
        <source>%1  %2  %3 read(s), %4 customer(s), %5 export(s), %6 refused, %7 to %8  %9</source>
        <translation>%1  %2  读取 %3 次，客户 %4 个，导出 %5 次，被拒绝 %6 次，%7 至 %8  %9</translation>
    </message>
</context>
<context>
    <name>AuditService</name>
    <message numerus="yes">
        <source>The audit log is intact: %Ln row(s) verify against the chain.</source>
        <translation>
            <numerusform>审计日志完好：%Ln 行均与哈希链吻合。</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit log is broken at row %1: the row is missing (removed from inside the log).</source>
        <translation>审计日志在第 %1 行断开：该行缺失（已从日志中间删除）。</translation>
    </message>
    <message>
        <source>The audit log is broken at row %1: the row has lost its hash inside the chain.</source>
        <translation>审计日志在第 %1 行断开：该行在链中丢失了哈希值。</translation>
    </message>
    <message>
        <source>The audit log is broken at row %1: the row does not match its hash (it was changed, or a row was inserted or removed just before it).</source>
        <translation>审计日志在第 %1 行断开：该行与其哈希值不符（该行被修改过，或其前方有行被插入或删除）。</translation>
    </message>
    <message>
        <source>The audit log is broken at row %1: rows from there on were removed from the end of the log.</source>
        <translation>审计日志在第 %1 行断开：从该行起的记录已从日志末尾被删除。</translation>
    </message>
    <message>
        <source>The audit log is broken at row %1: the end of the chain does not match its signed head.</source>
        <translation>审计日志在第 %1 行断开：链的末端与其签名头不符。</translation>
    </message>
</context>
<context>
    <name>BackupCommand</name>
    <message>
        <source>Back up the database (administrators): to FILE, or into the backups folder beside it, keeping the newest few.</source>
        <translation>备份数据库（仅管理员）：写入 FILE，或写入数据库旁的 backups 文件夹并保留最新的几份。</translation>
    </message>
    <message>
        <source>The backup file to write</source>
        <translation>要写入的备份文件</translation>
    </message>
    <message>
        <source>List the backups in the backups folder</source>
        <translation>列出 backups 文件夹中的备份</translation>
    </message>
    <message>
        <source>Only when the last backup is older than the backup interval (for a scheduler)</source>
        <translation>仅当上次备份早于备份间隔时才备份（供计划任务使用）</translation>
    </message>
    <message>
        <source>Backed up to %1 (%2 bytes).</source>
        <translation>已备份到 %1（%2 字节）。</translation>
    </message>
    <message>
        <source>No backup is due yet.</source>
        <translation>尚未到备份时间。</translation>
    </message>
    <message numerus="yes">
        <source>holds %n erased person(s)</source>
        <translation>
            <numerusform>仍含 %n 位已清除人员的个人数据</numerusform>
        </translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>无法读取</translation>
    </message>
</context>
<context>
    <name>CadenceRule</name>
    <message>
        <source>Last contacted %1 days ago; a %2 customer is due every %3 days.</source>
        <translation>上次主动联系在 %1 天前；%2客户应每 %3 天联系一次。</translation>
    </message>
    <message>
        <source>Not contacted since added %1 days ago; a %2 customer is due every %3 days.</source>
        <translation>自 %1 天前添加以来从未主动联系；%2客户应每 %3 天联系一次。</translation>
    </message>
</context>
<context>
    <name>CampaignService</name>
    <message>
        <source>A campaign needs a name of 1 to 120 characters.</source>
        <translation>营销活动的名称须为 1 到 120 个字符。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a kind of campaign; use campaign or investment.</source>
        <translation>“%1”不是营销活动类型；请使用 campaign 或 investment。</translation>
    </message>
    <message>
        <source>A campaign&apos;s cost is an amount of 0 or more.</source>
        <translation>营销活动的成本须为 0 或以上的金额。</translation>
    </message>
    <message>
        <source>The campaign ends (%1) before it starts (%2).</source>
        <translation>营销活动的结束日期（%1）早于开始日期（%2）。</translation>
    </message>
    <message>
        <source>A campaign&apos;s description is at most 2000 characters long.</source>
        <translation>营销活动的描述最多 2000 个字符。</translation>
    </message>
    <message>
        <source>Tiers and segments come from a scoring run; run scoring first, or target an owner or a list of customers.</source>
        <translation>等级和细分群体来自评分批次；请先运行评分，或改以负责人或客户列表为目标。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a tier; use Diamond, Platinum, Gold, Silver or Bronze.</source>
        <translation>“%1”不是等级；请使用 Diamond、Platinum、Gold、Silver 或 Bronze。</translation>
    </message>
    <message>
        <source>Name the RFM segment the campaign targets.</source>
        <translation>请指定营销活动针对的 RFM 细分群体。</translation>
    </message>
    <message>
        <source>There is no user &apos;%1&apos; whose portfolio to target.</source>
        <translation>不存在用户“%1”，无法以其客户组合为目标。</translation>
    </message>
    <message>
        <source>You may target only your own team&apos;s portfolios.</source>
        <translation>您只能以本团队的客户组合为目标。</translation>
    </message>
    <message>
        <source>The list of customers to target is empty.</source>
        <translation>目标客户列表为空。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a campaign target; use a tier, a segment, an owner or a list of customers.</source>
        <translation>“%1”不是有效的营销活动目标；请使用等级、细分群体、负责人或客户列表。</translation>
    </message>
    <message>
        <source>The file %1 names no customers; put one customer code per line.</source>
        <translation>文件 %1 中没有任何客户；请每行写一个客户编号。</translation>
    </message>
    <message>
        <source>You may edit only the campaigns you created.</source>
        <translation>您只能编辑自己创建的营销活动。</translation>
    </message>
    <message>
        <source>There is no campaign %1; `campaigns list` shows them.</source>
        <translation>不存在营销活动 %1；可用 `campaigns list` 查看现有的营销活动。</translation>
    </message>
</context>
<context>
    <name>CampaignsCommand</name>
    <message>
        <source>Record campaigns and relationship investments and see their return</source>
        <translation>记录营销活动与关系投资，并查看其回报</translation>
    </message>
    <message>
        <source>Record a campaign</source>
        <translation>记录营销活动</translation>
    </message>
    <message>
        <source>Change a campaign</source>
        <translation>修改营销活动</translation>
    </message>
    <message>
        <source>The campaign&apos;s id</source>
        <translation>营销活动 ID</translation>
    </message>
    <message>
        <source>What it is called</source>
        <translation>活动名称</translation>
    </message>
    <message>
        <source>campaign (default) or investment</source>
        <translation>campaign（默认）或 investment</translation>
    </message>
    <message>
        <source>What it cost</source>
        <translation>活动成本</translation>
    </message>
    <message>
        <source>Its first day</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>Its last day</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>Whom it targets</source>
        <translation>目标对象</translation>
    </message>
    <message>
        <source>Customers of this tier</source>
        <translation>此等级的客户</translation>
    </message>
    <message>
        <source>Customers of this RFM segment</source>
        <translation>此 RFM 细分群体的客户</translation>
    </message>
    <message>
        <source>This owner&apos;s portfolio</source>
        <translation>此负责人的客户组合</translation>
    </message>
    <message>
        <source>A file of customer codes, one per line (or a CSV whose first column holds them)</source>
        <translation>客户编号文件，每行一个（或第一列为客户编号的 CSV 文件）</translation>
    </message>
    <message>
        <source>Notes on it</source>
        <translation>活动说明</translation>
    </message>
    <message>
        <source>Every campaign, newest first</source>
        <translation>列出全部营销活动，最新的在前</translation>
    </message>
    <message>
        <source>What a campaign returned</source>
        <translation>营销活动的回报</translation>
    </message>
    <message numerus="yes">
        <source>Campaign %1 targets %n customer(s).</source>
        <translation>
            <numerusform>营销活动 %1 针对 %n 位客户。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n 个客户</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n campaign(s)</source>
        <translation>
            <numerusform>%n 个营销活动</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: cost %2, revenue %3 before and %4 during, attributable %5</source>
        <translation>%1：成本 %2，活动前收入 %3，活动期间收入 %4，可归因收入 %5</translation>
    </message>
    <message>
        <source>ROI %1%   difference in differences %2 per customer [%3, %4], %5 in all</source>
        <translation>ROI %1%   双重差分：每位客户 %2 [%3, %4]，合计 %5</translation>
    </message>
</context>
<context>
    <name>CdnowReader</name>
    <message>
        <source>The file %1 does not exist or is not a file.</source>
        <translation>文件 %1 不存在或不是文件。</translation>
    </message>
    <message>
        <source>The file %1 cannot be read; check its permissions.</source>
        <translation>无法读取文件 %1，请检查其权限。</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>文件为空。</translation>
    </message>
    <message>
        <source>Reading the file failed after %1 bytes.</source>
        <translation>读取文件时在第 %1 字节后失败。</translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>Check the file&apos;s integrity, its foreign keys and the audit chain (administrators).</source>
        <translation>检查文件的完整性、外键和审计链（仅管理员）。</translation>
    </message>
    <message numerus="yes">
        <source>The check found %n problem(s); the first: %1</source>
        <translation>
            <numerusform>检查发现 %n 个问题；第一个：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>The database is sound: integrity and foreign keys check out, and %1 audit rows verify.</source>
        <translation>数据库完好：完整性和外键检查通过，%1 行审计记录校验无误。</translation>
    </message>
</context>
<context>
    <name>ChurnRule</name>
    <message>
        <source>No purchase or interaction for %1 days (limit %2).</source>
        <translation>已连续 %1 天没有购买或互动（上限 %2 天）。</translation>
    </message>
    <message>
        <source>No purchase or interaction since added %1 days ago (limit %2).</source>
        <translation>自 %1 天前添加以来没有任何购买或互动（上限 %2 天）。</translation>
    </message>
</context>
<context>
    <name>CliApp</name>
    <message>
        <source>Tessera CRM Workstation, command line: batch work and automation on a Tessera database.</source>
        <translation>Tessera 客户关系管理工作站命令行：对 Tessera 数据库进行批量处理和自动化操作。</translation>
    </message>
    <message>
        <source>The database file</source>
        <translation>数据库文件</translation>
    </message>
    <message>
        <source>Sign in as this user (password from TESSERA_PASSWORD or a prompt)</source>
        <translation>以此用户身份登录（密码取自 TESSERA_PASSWORD 或提示输入）</translation>
    </message>
    <message>
        <source>Print one JSON document instead of a summary</source>
        <translation>输出一个 JSON 文档，而不是摘要</translation>
    </message>
    <message>
        <source>Unknown command &apos;%1&apos;; the commands are %2.</source>
        <translation>未知命令“%1”；可用命令为 %2。</translation>
    </message>
    <message>
        <source>Name the database with --db FILE.</source>
        <translation>请用 --db FILE 指定数据库。</translation>
    </message>
    <message>
        <source>Name a command; see --help.</source>
        <translation>请指定一个命令；参见 --help。</translation>
    </message>
    <message>
        <source>Also print the log (ids, counts, durations) to standard error</source>
        <translation>同时将日志（编号、数量、耗时）输出到标准错误</translation>
    </message>
</context>
<context>
    <name>ClvCommand</name>
    <message>
        <source>Fit the BG/NBD and Gamma-Gamma lifetime value models on the purchases up to a calibration end date.</source>
        <translation>基于截至校准结束日的购买记录，拟合 BG/NBD 和 Gamma-Gamma 客户终身价值模型。</translation>
    </message>
    <message>
        <source>Last day of the calibration period</source>
        <translation>校准期的最后一天</translation>
    </message>
    <message>
        <source>Time unit: weeks (default) or days</source>
        <translation>时间单位：weeks（默认）或 days</translation>
    </message>
    <message>
        <source>Horizon of the lifetime value in units (default 52)</source>
        <translation>客户终身价值的预测期，以时间单位计（默认 52）</translation>
    </message>
    <message>
        <source>--horizon must be more than 0.</source>
        <translation>--horizon 必须大于 0。</translation>
    </message>
    <message>
        <source>BG/NBD on %1 customers: r %2, alpha %3, a %4, b %5; log-likelihood %6.</source>
        <translation>BG/NBD（%1 位客户）：r %2，alpha %3，a %4，b %5；对数似然 %6。</translation>
    </message>
    <message>
        <source>Gamma-Gamma on %1 repeat customers: p %2, q %3, v %4.</source>
        <translation>Gamma-Gamma（%1 位重复购买客户）：p %2，q %3，v %4。</translation>
    </message>
    <message>
        <source>Standard errors: BG/NBD r %1, alpha %2, a %3, b %4; Gamma-Gamma p %5, q %6, v %7.</source>
        <translation>标准误：BG/NBD r %1，alpha %2，a %3，b %4；Gamma-Gamma p %5，q %6，v %7。</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
</context>
<context>
    <name>ConsentService</name>
    <message>
        <source>The customer has unsubscribed: no outbound contact may be made on any channel until they give their consent again.</source>
        <translation>该客户已退订：在其重新给予同意之前，不得通过任何渠道主动联系。</translation>
    </message>
    <message>
        <source>The customer has not consented to be contacted by %1; record their consent first (in the customer editor, or with customers consent --give) or choose a channel they allow.</source>
        <translation>该客户未同意通过 %1 与其联系；请先记录其同意（在客户编辑器中，或使用 customers consent --give），或选择其允许的渠道。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a channel; use phone, email, visit, wechat, app, social, web, other, or all.</source>
        <translation>“%1”不是渠道；请使用 phone、email、visit、wechat、app、social、web、other 或 all。</translation>
    </message>
    <message>
        <source>The source of a consent is at most 200 characters long.</source>
        <translation>同意来源最多 200 个字符。</translation>
    </message>
    <message>
        <source>The customer no longer exists.</source>
        <translation>该客户已不存在。</translation>
    </message>
</context>
<context>
    <name>Context</name>
    <message>
        <source>Sign in with --user NAME (or set TESSERA_USER).</source>
        <translation>请用 --user NAME 登录（或设置 TESSERA_USER）。</translation>
    </message>
</context>
<context>
    <name>CreateCustomerCommand</name>
    <message>
        <source>Create customer %1</source>
        <translation>新建客户 %1</translation>
    </message>
</context>
<context>
    <name>Credentials</name>
    <message>
        <source>No terminal to ask for the password; set TESSERA_PASSWORD.</source>
        <translation>没有可用于输入密码的终端；请设置 TESSERA_PASSWORD。</translation>
    </message>
    <message>
        <source>No password was entered.</source>
        <translation>未输入密码。</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>%1 的密码： </translation>
    </message>
    <message>
        <source>New password for %1: </source>
        <translation>%1 的新密码： </translation>
    </message>
    <message>
        <source>Repeat the new password: </source>
        <translation>再次输入新密码： </translation>
    </message>
    <message>
        <source>The passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>Line %1: a field is longer than 1 MB; is a closing quote missing?</source>
        <translation>第 %1 行：字段超过 1 MB，是否缺少右引号？</translation>
    </message>
    <message>
        <source>The file %1 does not exist or is not a file.</source>
        <translation>文件 %1 不存在或不是文件。</translation>
    </message>
    <message>
        <source>The file %1 cannot be read; check its permissions.</source>
        <translation>无法读取文件 %1，请检查其权限。</translation>
    </message>
    <message>
        <source>The file is empty; it needs a header row and data rows.</source>
        <translation>文件为空，需要一个表头行和若干数据行。</translation>
    </message>
    <message>
        <source>The file cannot be read as CSV: %1</source>
        <translation>无法按 CSV 读取该文件：%1</translation>
    </message>
    <message>
        <source>The file has no header row.</source>
        <translation>文件没有表头行。</translation>
    </message>
    <message>
        <source>Line %1: a quoted field is never closed; add the missing quote.</source>
        <translation>第 %1 行：引号字段未闭合，请补上缺少的引号。</translation>
    </message>
    <message>
        <source>Reading the file failed after %1 bytes.</source>
        <translation>读取文件时在第 %1 字节后失败。</translation>
    </message>
</context>
<context>
    <name>CsvWriter</name>
    <message>
        <source>Cannot write %1: %2. Choose another folder.</source>
        <translation>无法写入 %1：%2。请选择其他文件夹。</translation>
    </message>
    <message>
        <source>Writing %1 failed: %2.</source>
        <translation>写入 %1 失败：%2。</translation>
    </message>
    <message>
        <source>Saving %1 failed: %2.</source>
        <translation>保存 %1 失败：%2。</translation>
    </message>
</context>
<context>
    <name>CurrentCustomer</name>
    <message>
        <source>customer %1</source>
        <translation>客户 %1</translation>
    </message>
</context>
<context>
    <name>CustomerCommand</name>
    <message>
        <source>“%1” could not be undone or redone: %2</source>
        <translation>无法撤销或重做“%1”：%2</translation>
    </message>
    <message>
        <source>the customer was changed by someone else since; open it again and make the change by hand</source>
        <translation>该客户此后已被他人修改；请重新打开并手动修改</translation>
    </message>
</context>
<context>
    <name>CustomerEditorDialog</name>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>C&amp;ode:</source>
        <translation>客户编号(&amp;O)：</translation>
    </message>
    <message>
        <source>e.g. C-000123</source>
        <translation>例如 C-000123</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>类型(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Industry:</source>
        <translation>行业(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>地区(&amp;R)：</translation>
    </message>
    <message>
        <source>Acquisition c&amp;hannel:</source>
        <translation>获客渠道(&amp;H)：</translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation>负责人(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Lifecycle stage:</source>
        <translation>生命周期阶段(&amp;L)：</translation>
    </message>
    <message>
        <source>Ris&amp;k level:</source>
        <translation>风险等级(&amp;K)：</translation>
    </message>
    <message>
        <source>T&amp;ags:</source>
        <translation>标签(&amp;A)：</translation>
    </message>
    <message>
        <source>Separate tags with commas</source>
        <translation>多个标签用逗号分隔</translation>
    </message>
    <message>
        <source>Contact details and consent</source>
        <translation>联系方式与授权</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>电话(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>电子邮件(&amp;E)：</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>I&amp;D number:</source>
        <translation>证件号码(&amp;D)：</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>地址(&amp;D)：</translation>
    </message>
    <message>
        <source>Allowed channels:</source>
        <translation>允许的联系渠道：</translation>
    </message>
    <message>
        <source>Contact &amp;frequency:</source>
        <translation>联系频率(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Unsubscribed from marketing</source>
        <translation>已退订营销信息(&amp;U)</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>备注(&amp;T)：</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>主要联系人</translation>
    </message>
    <message>
        <source>&amp;Add Contact</source>
        <translation>添加联系人(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove Contact</source>
        <translation>删除联系人(&amp;R)</translation>
    </message>
</context>
<context>
    <name>CustomerJourneyWidget</name>
    <message>
        <source>No stage</source>
        <translation>无阶段</translation>
    </message>
    <message>
        <source>%1: %2 at %3</source>
        <translation>%1：%2（%3）</translation>
    </message>
    <message>
        <source>no touchpoint</source>
        <translation>无触点</translation>
    </message>
</context>
<context>
    <name>CustomerRules</name>
    <message>
        <source>The phone number &apos;%1&apos; may only contain digits, spaces and + - ( ) . /.</source>
        <translation>电话号码“%1”只能包含数字、空格和 + - ( ) . /。</translation>
    </message>
    <message>
        <source>The phone number &apos;%1&apos; needs 5 to 20 digits.</source>
        <translation>电话号码“%1”须有 5 到 20 位数字。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an email address (like name@example.com).</source>
        <translation>“%1”不是有效的电子邮件地址（例如 name@example.com）。</translation>
    </message>
    <message>
        <source>The customer code is required.</source>
        <translation>客户编号为必填项。</translation>
    </message>
    <message>
        <source>The customer code may have at most %1 characters and no line breaks.</source>
        <translation>客户编号最多 %1 个字符，且不能换行。</translation>
    </message>
    <message>
        <source>The name is required.</source>
        <translation>名称为必填项。</translation>
    </message>
    <message>
        <source>The name may have at most %1 characters and no line breaks.</source>
        <translation>名称最多 %1 个字符，且不能换行。</translation>
    </message>
    <message>
        <source>The type must be company or person, not &apos;%1&apos;.</source>
        <translation>类型必须是企业或个人，而不是“%1”。</translation>
    </message>
    <message>
        <source>Unknown lifecycle stage &apos;%1&apos; (use potential, new, growing, mature, declining or churned).</source>
        <translation>未知的生命周期阶段“%1”（可用 potential、new、growing、mature、declining 或 churned）。</translation>
    </message>
    <message>
        <source>Unknown risk level &apos;%1&apos; (use low, medium or high).</source>
        <translation>未知的风险等级“%1”（可用 low、medium 或 high）。</translation>
    </message>
    <message>
        <source>Unknown contact frequency &apos;%1&apos; (use weekly, monthly, quarterly, yearly or never).</source>
        <translation>未知的联系频率“%1”（可用 weekly、monthly、quarterly、yearly 或 never）。</translation>
    </message>
    <message>
        <source>Unknown channel &apos;%1&apos; in the consent list.</source>
        <translation>授权列表中有未知渠道“%1”。</translation>
    </message>
    <message>
        <source>The ID number may have at most 40 characters.</source>
        <translation>证件号码最多 40 个字符。</translation>
    </message>
    <message>
        <source>A customer may have at most %1 tags.</source>
        <translation>每个客户最多可有 %1 个标签。</translation>
    </message>
    <message>
        <source>A tag may have at most 64 characters.</source>
        <translation>每个标签最多 64 个字符。</translation>
    </message>
    <message>
        <source>Every contact needs a name.</source>
        <translation>每位联系人都需要填写姓名。</translation>
    </message>
</context>
<context>
    <name>CustomerService</name>
    <message>
        <source>You may only list your own portfolio (or your team&apos;s).</source>
        <translation>您只能查看自己（或本团队）的客户组合。</translation>
    </message>
    <message>
        <source>There is no customer with id %1.</source>
        <translation>不存在 ID 为 %1 的客户。</translation>
    </message>
    <message>
        <source>There is no customer with code &apos;%1&apos;.</source>
        <translation>不存在编号为“%1”的客户。</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>退款</translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation>购买</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 by %2 (%3)</source>
        <translation>%1 · %2（%3）</translation>
    </message>
    <message>
        <source>NPS %1</source>
        <translation>NPS %1</translation>
    </message>
    <message>
        <source>CSAT %1</source>
        <translation>CSAT %1</translation>
    </message>
    <message>
        <source>CES %1</source>
        <translation>CES %1</translation>
    </message>
    <message>
        <source>Survey: %1</source>
        <translation>调查：%1</translation>
    </message>
    <message>
        <source>Complaint: %1 (%2)</source>
        <translation>投诉：%1（%2）</translation>
    </message>
    <message>
        <source>Ticket: %1 (%2)</source>
        <translation>工单：%1（%2）</translation>
    </message>
    <message>
        <source>The customer code &apos;%1&apos; is already taken; choose another.</source>
        <translation>客户编号“%1”已被使用，请另选一个。</translation>
    </message>
    <message>
        <source>The customer no longer exists.</source>
        <translation>该客户已不存在。</translation>
    </message>
    <message>
        <source>You may only assign customers to account managers of your team.</source>
        <translation>您只能将客户分配给本团队的客户经理。</translation>
    </message>
    <message>
        <source>The customer already has activity; archive it instead.</source>
        <translation>该客户已有业务记录，请改为归档。</translation>
    </message>
    <message>
        <source>Exporting customers</source>
        <translation>正在导出客户</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a kind of warning; use any, churn, over-contact, cadence, value-flow or follow-up.</source>
        <translation>“%1”不是预警类型；请使用 any、churn、over-contact、cadence、value-flow 或 follow-up。</translation>
    </message>
    <message>
        <source>customer editor</source>
        <translation>客户编辑器</translation>
    </message>
    <message>
        <source>The code &apos;%1&apos; belonged to a customer merged into %2 and still names that customer; choose another code.</source>
        <translation>客户编号“%1”原属于已合并到 %2 的客户，现仍指向该客户；请另选一个编号。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 changed this customer at %2, after you opened it; nothing was overwritten. Reload the customer and apply your change again.</source>
        <translation>%1 在 %2 修改了该客户（在您打开之后）；未覆盖任何内容。请重新载入该客户，再次进行您的修改。</translation>
    </message>
    <message>
        <source>Someone changed this customer after you opened it; nothing was overwritten. Reload the customer and apply your change again.</source>
        <translation>在您打开该客户之后，有人修改了它；未覆盖任何内容。请重新载入该客户，再次进行您的修改。</translation>
    </message>
</context>
<context>
    <name>CustomerSubcommands</name>
    <message>
        <source>Show a customer&apos;s consent and its history, or give or withdraw consent for a channel (&apos;all&apos; unsubscribes or subscribes again)</source>
        <translation>显示客户的联系同意及其历史，或为某个渠道给予或撤回同意（all 表示退订或重新订阅）</translation>
    </message>
    <message>
        <source>The customer&apos;s code</source>
        <translation>客户编号</translation>
    </message>
    <message>
        <source>phone, email, visit, wechat, app, social, web, other or all</source>
        <translation>phone、email、visit、wechat、app、social、web、other 或 all</translation>
    </message>
    <message>
        <source>The customer consents</source>
        <translation>客户给予同意</translation>
    </message>
    <message>
        <source>The customer withdraws their consent</source>
        <translation>客户撤回同意</translation>
    </message>
    <message>
        <source>Where the customer said so (a form, a call ...)</source>
        <translation>客户在何处作出此表示（表单、电话……）</translation>
    </message>
    <message>
        <source>Set a customer&apos;s lifecycle stage, loyalty stage or health score by hand, with a reason, until a day</source>
        <translation>手动设置客户的生命周期阶段、忠诚度阶段或健康度，需注明原因，有效期至指定日期</translation>
    </message>
    <message>
        <source>potential, new, growing, mature, declining or churned</source>
        <translation>potential、new、growing、mature、declining 或 churned</translation>
    </message>
    <message>
        <source>awareness, evaluation, commitment or behaviour</source>
        <translation>awareness、evaluation、commitment 或 behaviour</translation>
    </message>
    <message>
        <source>0 to 100</source>
        <translation>0 到 100</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>The computed value applies again on this day</source>
        <translation>自此日起重新采用计算值</translation>
    </message>
    <message>
        <source>Remove the override of lifecycle, loyalty or health</source>
        <translation>取消对生命周期、忠诚度或健康度的手动设置</translation>
    </message>
    <message>
        <source>Name the channel with --channel (or &apos;all&apos;).</source>
        <translation>请用 --channel 指定渠道（或 all）。</translation>
    </message>
    <message>
        <source>Allowed channels: %1%2</source>
        <translation>允许的联系渠道：%1%2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source> (unsubscribed: no outbound contact)</source>
        <translation>（已退订：不得主动联系）</translation>
    </message>
    <message>
        <source>given</source>
        <translation>已同意</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>已撤回</translation>
    </message>
    <message>
        <source>The %1 of %2 is computed again.</source>
        <translation>%2 的 %1 已恢复为自动计算。</translation>
    </message>
    <message>
        <source>Give exactly one of --lifecycle, --loyalty and --health (or --clear).</source>
        <translation>请在 --lifecycle、--loyalty 和 --health 中只指定一个（或使用 --clear）。</translation>
    </message>
    <message>
        <source>Say until when the value holds, with --until DATE.</source>
        <translation>请用 --until DATE 说明该值的有效期限。</translation>
    </message>
    <message>
        <source>The %1 of %2 is %3 until %4.</source>
        <translation>%2 的 %1 已设为 %3，有效期至 %4。</translation>
    </message>
</context>
<context>
    <name>CustomersCommand</name>
    <message>
        <source>List the customers you may see, show one, or export them to CSV.</source>
        <translation>列出您可见的客户、显示单个客户，或将客户导出为 CSV。</translation>
    </message>
    <message>
        <source>Show one customer by code (or internal id)</source>
        <translation>按客户编号（或内部 ID）显示单个客户</translation>
    </message>
    <message>
        <source>Only this account manager&apos;s customers</source>
        <translation>仅显示此客户经理的客户</translation>
    </message>
    <message>
        <source>Only customers with this tag</source>
        <translation>仅显示带有此标签的客户</translation>
    </message>
    <message>
        <source>Only this tier in the newest scoring run</source>
        <translation>仅显示最新评分批次中的此等级</translation>
    </message>
    <message>
        <source>Only this RFM segment in the newest scoring run</source>
        <translation>仅显示最新评分批次中的此 RFM 细分群体</translation>
    </message>
    <message>
        <source>With --id: every input and step behind the customer&apos;s scores and tier</source>
        <translation>与 --id 一起使用：显示该客户评分和等级背后的全部输入和步骤</translation>
    </message>
    <message>
        <source>Only this lifecycle stage</source>
        <translation>仅显示此生命周期阶段</translation>
    </message>
    <message>
        <source>Name, code or contact contains this text; or an exact phone or email</source>
        <translation>名称、编号或联系人包含此文本；或完整的电话号码或电子邮件地址</translation>
    </message>
    <message>
        <source>Include archived customers</source>
        <translation>包括已归档客户</translation>
    </message>
    <message>
        <source>Order by code, name, kind, industry, region, owner, lifecycle, risk or updated</source>
        <translation>排序依据：code、name、kind、industry、region、owner、lifecycle、risk 或 updated</translation>
    </message>
    <message>
        <source>Reverse the order</source>
        <translation>倒序排列</translation>
    </message>
    <message>
        <source>At most N customers (default 50)</source>
        <translation>最多 N 个客户（默认 50）</translation>
    </message>
    <message>
        <source>Every matching customer</source>
        <translation>所有匹配的客户</translation>
    </message>
    <message>
        <source>Export the matching customers to this CSV file</source>
        <translation>将匹配的客户导出到此 CSV 文件</translation>
    </message>
    <message>
        <source>--limit needs a number of 1 or more, not %1.</source>
        <translation>--limit 需要大于或等于 1 的数字，而不是 %1。</translation>
    </message>
    <message>
        <source>%1  %2 (%3, %4)</source>
        <translation>%1  %2（%3，%4）</translation>
    </message>
    <message>
        <source>Owner: %1; industry: %2; region: %3; risk: %4</source>
        <translation>负责人：%1；行业：%2；地区：%3；风险：%4</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Phone: %1; email: %2</source>
        <translation>电话：%1；电子邮件：%2</translation>
    </message>
    <message>
        <source>Not scored yet: run &apos;tessera-cli score&apos; first.</source>
        <translation>尚未评分：请先运行“tessera-cli score”。</translation>
    </message>
    <message>
        <source>Exported %1 customers to %2.</source>
        <translation>已将 %1 个客户导出到 %2。</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n 个客户</numerusform>
        </translation>
    </message>
    <message>
        <source>Only customers with an open warning today: any, churn, over-contact, cadence, value-flow or follow-up</source>
        <translation>仅显示今天有未处理预警的客户：any、churn、over-contact、cadence、value-flow 或 follow-up</translation>
    </message>
    <message>
        <source>Only this loyalty stage (awareness, evaluation, commitment, behaviour)</source>
        <translation>仅显示此忠诚度阶段（awareness、evaluation、commitment、behaviour）</translation>
    </message>
    <message>
        <source>Only customers whose health score is under N</source>
        <translation>仅显示健康度低于 N 的客户</translation>
    </message>
</context>
<context>
    <name>DashboardCharts</name>
    <message>
        <source>CES (ease)</source>
        <translation>CES（便捷度）</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>CSAT (% satisfied)</source>
        <translation>CSAT（满意占比 %）</translation>
    </message>
    <message>
        <source>CSAT %</source>
        <translation>CSAT %</translation>
    </message>
    <message>
        <source>Importance (% of explained)</source>
        <translation>重要性（占已解释方差的 %）</translation>
    </message>
    <message>
        <source>Performance (1-7)</source>
        <translation>表现（1-7）</translation>
    </message>
    <message>
        <source>Mean lifetime value</source>
        <translation>平均客户终身价值</translation>
    </message>
</context>
<context>
    <name>DashboardExport</name>
    <message>
        <source>Cannot write %1; choose a folder you may write to.</source>
        <translation>无法写入 %1；请选择您有写入权限的文件夹。</translation>
    </message>
</context>
<context>
    <name>DashboardFormat</name>
    <message>
        <source>%1 h</source>
        <translation>%1 小时</translation>
    </message>
    <message>
        <source>From the latest scoring run</source>
        <translation>来自最新评分批次</translation>
    </message>
    <message>
        <source>No figure for %1</source>
        <translation>%1 无数据</translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation>%1 个百分点</translation>
    </message>
    <message>
        <source>= as in %1</source>
        <translation>与 %1 持平</translation>
    </message>
    <message>
        <source>%1 against %2</source>
        <translation>%1（对比 %2）</translation>
    </message>
    <message>
        <source>Respondents</source>
        <translation>受访者</translation>
    </message>
    <message>
        <source>Customers with tickets</source>
        <translation>有工单的客户</translation>
    </message>
    <message>
        <source>Buyers</source>
        <translation>购买客户</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>CSAT (satisfied)</source>
        <translation>CSAT（满意占比）</translation>
    </message>
    <message>
        <source>CES (ease, 7 = easiest)</source>
        <translation>CES（便捷度，7 = 最便捷）</translation>
    </message>
    <message>
        <source>Survey responses</source>
        <translation>调查答卷</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>留存率</translation>
    </message>
    <message>
        <source>Churn</source>
        <translation>流失率</translation>
    </message>
    <message>
        <source>Repurchase</source>
        <translation>复购率</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>转化率</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>收入</translation>
    </message>
    <message>
        <source>Lifetime value (total)</source>
        <translation>客户终身价值（合计）</translation>
    </message>
    <message>
        <source>Lifetime value (mean)</source>
        <translation>客户终身价值（平均）</translation>
    </message>
    <message>
        <source>Tickets opened</source>
        <translation>新建工单</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Median first response</source>
        <translation>首次响应中位数</translation>
    </message>
    <message>
        <source>Resolution rate</source>
        <translation>解决率</translation>
    </message>
</context>
<context>
    <name>DayOption</name>
    <message>
        <source>%1: &apos;%2&apos; is not a date; use yyyy-mm-dd.</source>
        <translation>%1：“%2”不是日期，请使用 yyyy-mm-dd 格式。</translation>
    </message>
    <message>
        <source>--window: &apos;%1&apos; must be a number of days (1 or more) or &apos;all&apos;.</source>
        <translation>--window：“%1”必须是天数（1 或以上）或 all。</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a date and time; use &quot;yyyy-mm-dd HH:MM&quot; (the database&apos;s time zone, %3).</source>
        <translation>%1：“%2”不是日期时间；请使用“yyyy-mm-dd HH:MM”格式（数据库时区：%3）。</translation>
    </message>
</context>
<context>
    <name>DemoDatabase</name>
    <message>
        <source>Creating the demo database</source>
        <translation>正在创建演示数据库</translation>
    </message>
    <message>
        <source>Demo administrator</source>
        <translation>演示管理员</translation>
    </message>
    <message>
        <source>Demo database ready</source>
        <translation>演示数据库已就绪</translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>Creating the demo customers: %1 of %2</source>
        <translation>正在创建演示客户：%1 / %2</translation>
    </message>
    <message>
        <source>The number of demo customers must be between 0 and %1.</source>
        <translation>演示客户数量必须在 0 到 %1 之间。</translation>
    </message>
    <message>
        <source>The demo history must cover 1 to %1 years.</source>
        <translation>演示历史须覆盖 1 到 %1 年。</translation>
    </message>
    <message>
        <source>Demo data goes into a new database, and this one already holds %1 customers. Create a new database for the demo.</source>
        <translation>演示数据只能写入新数据库，而此数据库已有 %1 个客户。请为演示新建一个数据库。</translation>
    </message>
    <message>
        <source>The user name &apos;%1&apos; that the demo team needs is taken. Create a new database for the demo.</source>
        <translation>演示团队所需的用户名“%1”已被使用。请为演示新建一个数据库。</translation>
    </message>
    <message>
        <source>Creating the demo users</source>
        <translation>正在创建演示用户</translation>
    </message>
    <message>
        <source>Saving the demo data</source>
        <translation>正在保存演示数据</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
</context>
<context>
    <name>DemoToday</name>
    <message>
        <source>Adding today&apos;s follow-ups, tickets and contacts</source>
        <translation>正在添加今天的跟进、工单和联系记录</translation>
    </message>
</context>
<context>
    <name>DriversCommand</name>
    <message>
        <source>Key drivers of likelihood to recommend: importance against performance</source>
        <translation>推荐意愿的关键驱动因素：重要性与表现对比</translation>
    </message>
    <message>
        <source>2026-10, 2026Q3 or 2026</source>
        <translation>2026-10、2026Q3 或 2026</translation>
    </message>
    <message>
        <source>Only customers of this tier</source>
        <translation>仅限此等级的客户</translation>
    </message>
    <message numerus="yes">
        <source>%n response(s) with NPS and every driver; R squared %1</source>
        <translation>
            <numerusform>%n 份答卷包含 NPS 及全部驱动因素；R² %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DuplicateFinder</name>
    <message>
        <source>Comparing customers…</source>
        <translation>正在比对客户…</translation>
    </message>
</context>
<context>
    <name>DuplicateScoring</name>
    <message>
        <source>same ID number</source>
        <translation>证件号码相同</translation>
    </message>
    <message>
        <source>same phone</source>
        <translation>电话相同</translation>
    </message>
    <message>
        <source>same email</source>
        <translation>电子邮件相同</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>名称相同</translation>
    </message>
    <message>
        <source>, </source>
        <extracomment>Between the reasons of a duplicate pair (&quot;same email, same name&quot;).</extracomment>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>DuplicatesCommand</name>
    <message>
        <source>List customers that look like the same client (same phone, email or ID number, or a similar name), best first, with a score and the reasons</source>
        <translation>列出疑似为同一客户的客户（电话、电子邮件或证件号码相同，或名称相似），按匹配度从高到低排列，并附得分和原因</translation>
    </message>
    <message>
        <source>At most this many pairs (default %1)</source>
        <translation>最多列出的客户对数（默认 %1）</translation>
    </message>
    <message>
        <source>Only pairs scoring at least this, from 0 to 1 (default %1)</source>
        <translation>仅列出得分不低于此值的客户对，取值 0 到 1（默认 %1）</translation>
    </message>
    <message>
        <source>--limit is at least 1.</source>
        <translation>--limit 至少为 1。</translation>
    </message>
    <message>
        <source>--min-score is a number from 0 to 1, such as 0.8.</source>
        <translation>--min-score 须为 0 到 1 之间的数，例如 0.8。</translation>
    </message>
    <message numerus="yes">
        <source>%n possible duplicate pair(s) scoring at least %1</source>
        <translation>
            <numerusform>%n 对得分不低于 %1 的疑似重复客户</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n possible duplicate pair(s) scoring at least %2 shown; raise --limit to see more</source>
        <translation>
            <numerusform>已显示 %1 对（共 %n 对得分不低于 %2 的疑似重复客户）；调高 --limit 可查看更多</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EditCustomerCommand</name>
    <message>
        <source>Edit customer %1</source>
        <translation>编辑客户 %1</translation>
    </message>
</context>
<context>
    <name>EditInteractionCommand</name>
    <message>
        <source>Edit Interaction</source>
        <translation>编辑互动</translation>
    </message>
</context>
<context>
    <name>ErasureService</name>
    <message>
        <source>Give the reason for the erasure (e.g. the person&apos;s request and its date); it is kept in the register of erasures.</source>
        <translation>请填写清除原因（例如本人的请求及其日期）；原因将保存在清除登记册中。</translation>
    </message>
    <message>
        <source>The reason is too long: keep it under %1 characters.</source>
        <translation>原因过长：请控制在 %1 个字符以内。</translation>
    </message>
    <message>
        <source>This customer&apos;s personal data was already erased on %1.</source>
        <translation>该客户的个人数据已于 %1 清除。</translation>
    </message>
    <message>
        <source>Erasing personal data</source>
        <translation>正在清除个人数据</translation>
    </message>
    <message>
        <source>The personal data was erased, but rebuilding the file to remove old copies failed (%1). Free disk space and close other programs using this database: the next erasure rebuilds it.</source>
        <translation>个人数据已清除，但为移除旧副本而重建文件时失败（%1）。请释放磁盘空间，并关闭正在使用此数据库的其他程序：下次清除时将重建该文件。</translation>
    </message>
</context>
<context>
    <name>FitWarningText</name>
    <message>
        <source>P(alive), expected purchases and CLV built on it are unreliable</source>
        <translation>基于它的 P(存活)、预期购买次数和 CLV 都不可靠</translation>
    </message>
    <message>
        <source>the expected spend per purchase and the CLV built on it are unreliable (P(alive) is not affected)</source>
        <translation>基于它的每次购买预期消费和 CLV 都不可靠（P(存活) 不受影响）</translation>
    </message>
    <message>
        <source>Score again with a longer window or more customers.</source>
        <translation>请用更长的时间窗口或更多客户重新评分。</translation>
    </message>
    <message>
        <source>The %1 fit did not converge: its parameters are not the best fit to the purchases, so %2. %3</source>
        <translation>%1 拟合未收敛：其参数并非对购买数据的最佳拟合，因此%2。%3</translation>
    </message>
    <message>
        <source>%1 parameter %2 is %3, above %4: the model finds almost no variation between customers to describe (a fit without heterogeneity), so %5. %6</source>
        <translation>%1 的参数 %2 为 %3，高于 %4：模型几乎找不到客户之间可描述的差异（没有异质性的拟合），因此%5。%6</translation>
    </message>
    <message>
        <source>%1 parameter %2 is %3, below %4: the fit has run to the edge of the model instead of describing the customers, so %5. %6</source>
        <translation>%1 的参数 %2 为 %3，低于 %4：拟合跑到了模型的边界，而没有描述客户，因此%5。%6</translation>
    </message>
    <message>
        <source>the mean time from first purchase to the calibration end, %1</source>
        <translation>从首次购买到校准期末的平均时长 %1</translation>
    </message>
    <message>
        <source>the mean repeat purchase value, %1</source>
        <translation>平均重复购买金额 %1</translation>
    </message>
    <message>
        <source>%1 parameter %2 is %3, more than %4 times away from %5: the fit has run off the scale of the data, as a fit without heterogeneity does, so %6. %7</source>
        <translation>%1 的参数 %2 为 %3，与%5相差超过 %4 倍：拟合已脱离数据的尺度（没有异质性的拟合就会如此），因此%6。%7</translation>
    </message>
    <message>
        <source>%1 parameter q is %2, at or below 1: the model then has no finite average spend, so customers without a repeat purchase get no expected spend and no CLV, and %3. %4</source>
        <translation>%1 的参数 q 为 %2，不大于 1：此时模型没有有限的平均消费，没有重复购买的客户得不到预期消费和 CLV，并且%3。%4</translation>
    </message>
    <message>
        <source>The likelihood of the %1 fit is not curved like a maximum at its optimum (the Hessian is not positive definite): the purchases do not pin the parameters down and they have no standard errors, so %2. %3</source>
        <translation>%1 拟合的似然函数在最优点处不呈最大值的弯曲（Hessian 矩阵不是正定的）：购买数据无法确定这些参数，它们也没有标准误，因此%2。%3</translation>
    </message>
    <message>
        <source>The standard error of %1 parameter %2 is not finite: the purchases do not pin it down, so %3. %4</source>
        <translation>%1 参数 %2 的标准误不是有限值：购买数据无法确定它，因此%3。%4</translation>
    </message>
    <message>
        <source>%1 was fitted on only %2 repeat customers, fewer than the %3 it needs: its parameters are barely determined, so %4. Use a longer window, or score again when more customers have bought twice.</source>
        <translation>%1 只用 %2 位重复购买的客户拟合，少于所需的 %3 位：其参数几乎无法确定，因此%4。请使用更长的时间窗口，或等更多客户购买过两次后再重新评分。</translation>
    </message>
</context>
<context>
    <name>FollowUpRule</name>
    <message>
        <source>Follow-up due %1 is %2 days overdue.</source>
        <translation>到期日为 %1 的跟进已逾期 %2 天。</translation>
    </message>
    <message>
        <source>Follow-up due %1 is %2 days overdue: %3</source>
        <translation>到期日为 %1 的跟进已逾期 %2 天：%3</translation>
    </message>
</context>
<context>
    <name>FollowUpService</name>
    <message>
        <source>The due date %1 has passed; a follow-up is due today or later.</source>
        <translation>到期日 %1 已过；跟进的到期日须为今天或之后。</translation>
    </message>
    <message>
        <source>A follow-up&apos;s note is at most 500 characters long.</source>
        <translation>跟进备注最多 500 个字符。</translation>
    </message>
    <message>
        <source>The customer no longer exists.</source>
        <translation>该客户已不存在。</translation>
    </message>
    <message>
        <source>You may set follow-ups only for yourself, the customer&apos;s account manager or your team.</source>
        <translation>您只能为自己、该客户的客户经理或您的团队设置跟进。</translation>
    </message>
    <message>
        <source>There is no follow-up %1.</source>
        <translation>不存在跟进 %1。</translation>
    </message>
    <message>
        <source>Follow-up %1 is already done.</source>
        <translation>跟进 %1 已完成。</translation>
    </message>
    <message>
        <source>The new due date %1 has passed; choose today or later.</source>
        <translation>新的到期日 %1 已过；请选择今天或之后的日期。</translation>
    </message>
</context>
<context>
    <name>FollowUpsCommand</name>
    <message>
        <source>Set up, list, complete or move follow-ups, and see whom the contact cadence says to follow up.</source>
        <translation>设置、列出、完成或改期跟进，并查看按联系节奏需要跟进的客户。</translation>
    </message>
    <message>
        <source>Set up a follow-up</source>
        <translation>设置跟进</translation>
    </message>
    <message>
        <source>The customer&apos;s code</source>
        <translation>客户编号</translation>
    </message>
    <message>
        <source>The day it is due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>What to follow up</source>
        <translation>跟进内容</translation>
    </message>
    <message>
        <source>Who follows up (default: the customer&apos;s account manager)</source>
        <translation>由谁跟进（默认：该客户的客户经理）</translation>
    </message>
    <message>
        <source>Open follow-ups by due day</source>
        <translation>按到期日列出未完成的跟进</translation>
    </message>
    <message>
        <source>Only those past their day</source>
        <translation>仅显示已逾期的跟进</translation>
    </message>
    <message>
        <source>Only this customer&apos;s</source>
        <translation>仅显示此客户的跟进</translation>
    </message>
    <message>
        <source>Complete a follow-up</source>
        <translation>完成跟进</translation>
    </message>
    <message>
        <source>The follow-up&apos;s id</source>
        <translation>跟进 ID</translation>
    </message>
    <message>
        <source>Move a follow-up</source>
        <translation>改期跟进</translation>
    </message>
    <message>
        <source>The new due day</source>
        <translation>新的到期日</translation>
    </message>
    <message>
        <source>Customers past their contact cadence, to follow up</source>
        <translation>超出联系节奏、需要跟进的客户</translation>
    </message>
    <message>
        <source>Follow-up %1 is due %2.</source>
        <translation>跟进 %1 的到期日为 %2。</translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s)</source>
        <translation>
            <numerusform>%n 条跟进</numerusform>
        </translation>
    </message>
    <message>
        <source>Follow-up %1 is done.</source>
        <translation>跟进 %1 已完成。</translation>
    </message>
    <message>
        <source>Follow-up %1 is now due %2.</source>
        <translation>跟进 %1 已改期至 %2。</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) to follow up</source>
        <translation>
            <numerusform>%n 个客户待跟进</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HealthRule</name>
    <message>
        <source>Health score %1 is below %2.</source>
        <translation>健康度 %1 低于 %2。</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>What the file holds</source>
        <translation>文件包含的内容</translation>
    </message>
    <message>
        <source>The file to import</source>
        <translation>要导入的文件</translation>
    </message>
    <message>
        <source>csv (default) or cdnow</source>
        <translation>csv（默认）或 cdnow</translation>
    </message>
    <message>
        <source>Feed a field from a column: COLUMN=FIELD (repeatable)</source>
        <translation>从某列获取字段值：COLUMN=FIELD（可重复）</translation>
    </message>
    <message>
        <source>comma, semicolon or tab (default: detected)</source>
        <translation>comma、semicolon 或 tab（默认：自动检测）</translation>
    </message>
    <message>
        <source>auto (default), utf-8 or gbk</source>
        <translation>auto（默认）、utf-8 或 gbk</translation>
    </message>
    <message>
        <source>Import nothing if any row is rejected</source>
        <translation>任一行被拒绝则不导入任何数据</translation>
    </message>
    <message>
        <source>Create customers that rows refer to but that do not exist</source>
        <translation>为行中引用但不存在的客户创建客户记录</translation>
    </message>
    <message>
        <source>Where to write rejected rows (default: FILE.rejected.csv)</source>
        <translation>被拒绝的行写入何处（默认：FILE.rejected.csv）</translation>
    </message>
    <message>
        <source>Unknown encoding &apos;%1&apos;; use auto, utf-8 or gbk.</source>
        <translation>未知编码“%1”；请使用 auto、utf-8 或 gbk。</translation>
    </message>
    <message>
        <source>Read %1 rows: %2 loaded, %3 rejected; %4 customers created (import #%5, %6 s).</source>
        <translation>读取 %1 行：导入 %2 行，拒绝 %3 行；新建客户 %4 个（导入 #%5，用时 %6 秒）。</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>注意：%1</translation>
    </message>
    <message>
        <source>  line %1: %2</source>
        <translation>  第 %1 行：%2</translation>
    </message>
    <message>
        <source>Rejected rows and their reasons: %1</source>
        <translation>被拒绝的行及原因：%1</translation>
    </message>
    <message>
        <source>Import customers, transactions, interactions, surveys or tickets from a CSV file as one transaction.</source>
        <translation>从 CSV 文件导入客户、交易、互动、调查或工单，作为一个事务完成。</translation>
    </message>
</context>
<context>
    <name>ImportMapping</name>
    <message>
        <source>The mapping &apos;%1&apos; must look like COLUMN=FIELD.</source>
        <translation>映射“%1”的格式应为 列名=字段。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a field of %2 imports. Fields: %3.</source>
        <translation>“%1”不是 %2 导入的字段。可用字段：%3。</translation>
    </message>
    <message>
        <source>The file has no column &apos;%1&apos;. Columns: %2.</source>
        <translation>文件中没有“%1”列。现有列：%2。</translation>
    </message>
    <message>
        <source>The file has no column for the required field &apos;%1&apos;. Columns found: %2. Name a column with --map COLUMN=%1.</source>
        <translation>文件中没有必填字段“%1”对应的列。找到的列：%2。请用 --map 列名=%1 指定列。</translation>
    </message>
</context>
<context>
    <name>ImportRowParser</name>
    <message>
        <source>The row has %1 fields but the header has %2; check for an unquoted separator.</source>
        <translation>该行有 %1 个字段，而表头有 %2 个；请检查是否有未加引号的分隔符。</translation>
    </message>
    <message>
        <source>The date is empty.</source>
        <translation>日期为空。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date; use yyyy-mm-dd or yyyymmdd.</source>
        <translation>“%1”不是日期，请使用 yyyy-mm-dd 或 yyyymmdd 格式。</translation>
    </message>
    <message>
        <source>The customer code is empty.</source>
        <translation>客户编号为空。</translation>
    </message>
    <message>
        <source>The amount is empty.</source>
        <translation>金额为空。</translation>
    </message>
    <message>
        <source>The amount &apos;%1&apos; is not a number; write it like 1234.56 (a dot for decimals, no thousands separators).</source>
        <translation>金额“%1”不是数字；请写成 1234.56 的形式（小数点用“.”，不要千位分隔符）。</translation>
    </message>
    <message>
        <source>The quantity &apos;%1&apos; is not a whole number of zero or more.</source>
        <translation>数量“%1”不是大于或等于零的整数。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date or time; use yyyy-mm-dd or yyyy-mm-dd hh:mm.</source>
        <translation>“%1”不是日期或时间，请使用 yyyy-mm-dd 或 yyyy-mm-dd hh:mm 格式。</translation>
    </message>
    <message>
        <source>Unknown channel &apos;%1&apos; (use phone, email, visit, wechat, app, social, web or other).</source>
        <translation>未知渠道“%1”（可用 phone、email、visit、wechat、app、social、web 或 other）。</translation>
    </message>
    <message>
        <source>Unknown interaction kind &apos;%1&apos; (use call, meeting, email, message, complaint, referral, review, share, comment, visit or other).</source>
        <translation>未知的互动类型“%1”（可用 call、meeting、email、message、complaint、referral、review、share、comment、visit 或 other）。</translation>
    </message>
    <message>
        <source>The direction must be inbound or outbound, not &apos;%1&apos;.</source>
        <translation>方向必须是 inbound（呼入）或 outbound（呼出），而不是“%1”。</translation>
    </message>
    <message>
        <source>%1 must be a whole number from %2 to %3, not &apos;%4&apos;.</source>
        <translation>%1 必须是 %2 到 %3 之间的整数，而不是“%4”。</translation>
    </message>
    <message>
        <source>The response has no answers (no NPS, CSAT, CES or dimension item).</source>
        <translation>该答卷没有任何回答（没有 NPS、CSAT、CES 或维度题项）。</translation>
    </message>
</context>
<context>
    <name>ImportService</name>
    <message>
        <source>Line %1: %2 Nothing was imported (strict mode).</source>
        <translation>第 %1 行：%2 未导入任何数据（严格模式）。</translation>
    </message>
    <message>
        <source>Unknown customer code &apos;%1&apos;; import the customer first or use --create-customers.</source>
        <translation>未知的客户编号“%1”；请先导入该客户，或选择为未知编号创建客户。</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>正在读取 %1</translation>
    </message>
    <message>
        <source>Writing transactions</source>
        <translation>正在写入交易</translation>
    </message>
    <message>
        <source>The customer code &apos;%1&apos; appears twice in this file (first on line %2).</source>
        <translation>客户编号“%1”在此文件中出现了两次（首次出现在第 %2 行）。</translation>
    </message>
    <message>
        <source>The customer code &apos;%1&apos; already exists; each customer has one master record.</source>
        <translation>客户编号“%1”已存在；每个客户只有一条主记录。</translation>
    </message>
    <message>
        <source>The owner &apos;%1&apos; is not an account manager&apos;s user name.</source>
        <translation>负责人“%1”不是客户经理的用户名。</translation>
    </message>
    <message>
        <source>Unknown touchpoint &apos;%1&apos;; add it to the journey first.</source>
        <translation>未知触点“%1”，请先将其添加到客户旅程中。</translation>
    </message>
    <message>
        <source>Unknown user name &apos;%1&apos;.</source>
        <translation>未知用户名“%1”。</translation>
    </message>
    <message>
        <source>The CDNOW format holds transactions; import it as transactions.</source>
        <translation>CDNOW 格式包含的是交易数据，请按交易导入。</translation>
    </message>
    <message>
        <source>The column &apos;%1&apos; is not imported.</source>
        <translation>列“%1”未被导入。</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>正在保存</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Building the customer indexes</source>
        <translation>正在建立客户索引</translation>
    </message>
    <message>
        <source>--create-customers applies to transactions, interactions, surveys and tickets.</source>
        <translation>--create-customers 仅适用于交易、互动、调查和工单。</translation>
    </message>
    <message>
        <source>%1; score %2</source>
        <translation>%1；得分 %2</translation>
    </message>
    <message>
        <source>Line %1 (customer %2) looks like a duplicate of line %3 (customer %4) of this file (%5).</source>
        <translation>第 %1 行（客户 %2）疑似与本文件第 %3 行（客户 %4）重复（%5）。</translation>
    </message>
    <message>
        <source>Line %1 (customer %2) looks like a duplicate of the existing customer %3 (%4).</source>
        <translation>第 %1 行（客户 %2）疑似与现有客户 %3 重复（%4）。</translation>
    </message>
    <message>
        <source>Looking for duplicates</source>
        <translation>正在查找重复客户</translation>
    </message>
    <message numerus="yes">
        <source>%n more possible duplicate pair(s) with the new customers; review them all with View &gt; Duplicate Customers or tessera-cli duplicates.</source>
        <translation>
            <numerusform>新客户还涉及另外 %n 对疑似重复客户；请通过“视图 &gt; 重复客户”或 tessera-cli duplicates 全部复核。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InitCommand</name>
    <message>
        <source>Create a new database with its first administrator (password from TESSERA_PASSWORD or a prompt).</source>
        <translation>新建数据库及其首位管理员（密码取自 TESSERA_PASSWORD 或提示输入）。</translation>
    </message>
    <message>
        <source>The administrator&apos;s user name</source>
        <translation>管理员的用户名</translation>
    </message>
    <message>
        <source>Time zone of the database&apos;s calendar days (IANA name)</source>
        <translation>数据库日历日所用的时区（IANA 名称）</translation>
    </message>
    <message>
        <source>Fill it with N deterministic demo customers and the documented demo users (password tessera-demo, also the administrator&apos;s unless TESSERA_PASSWORD is set)</source>
        <translation>填入 N 个确定性生成的演示客户以及文档中所述的演示用户（密码为 tessera-demo；除非设置了 TESSERA_PASSWORD，管理员也使用此密码）</translation>
    </message>
    <message>
        <source>Unknown time zone &apos;%1&apos;; use a name like Asia/Shanghai.</source>
        <translation>未知时区“%1”；请使用 Asia/Shanghai 这样的名称。</translation>
    </message>
    <message>
        <source>--demo takes a number of customers from 0 to %1.</source>
        <translation>--demo 的客户数量须在 0 到 %1 之间。</translation>
    </message>
    <message>
        <source>Created %1 with the administrator %2 (time zone %3).</source>
        <translation>已创建 %1，管理员为 %2（时区 %3）。</translation>
    </message>
    <message>
        <source>Demo data: %1 customers, %2 transactions, %3 interactions, %4 survey responses, %5 tickets; the demo users&apos; password is %6.</source>
        <translation>演示数据：%1 个客户、%2 笔交易、%3 次互动、%4 份调查答卷、%5 张工单；演示用户的密码为 %6。</translation>
    </message>
</context>
<context>
    <name>InteractionService</name>
    <message>
        <source>&apos;%1&apos; is not a channel; use phone, email, visit, wechat, app, social, web or other.</source>
        <translation>“%1”不是渠道；请使用 phone、email、visit、wechat、app、social、web 或 other。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a kind of interaction; use call, meeting, email, message, complaint, referral, review, share, comment, visit or other.</source>
        <translation>“%1”不是互动类型；请使用 call、meeting、email、message、complaint、referral、review、share、comment、visit 或 other。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a direction; use inbound or outbound.</source>
        <translation>“%1”不是方向；请使用 inbound 或 outbound。</translation>
    </message>
    <message>
        <source>The outcome is at most 200 characters long; put details in the note.</source>
        <translation>结果最多 200 个字符；详细信息请写在备注中。</translation>
    </message>
    <message>
        <source>The note is at most 8000 characters long.</source>
        <translation>备注最多 8000 个字符。</translation>
    </message>
    <message>
        <source>The interaction&apos;s time %1 is in the future; give a time up to now (%2).</source>
        <translation>互动时间 %1 晚于当前时间；请填写不晚于现在（%2）的时间。</translation>
    </message>
    <message>
        <source>The customer no longer exists.</source>
        <translation>该客户已不存在。</translation>
    </message>
    <message>
        <source>This would be outbound contact number %1 with the customer within %2 days (the limit is %3). Confirm to log it anyway (--confirm-over-contact); it will show as an over-contact warning.</source>
        <translation>这将是 %2 天内对该客户的第 %1 次主动联系（上限为 %3 次）。如仍要记录，请确认（--confirm-over-contact）；该记录将显示为过度联系预警。</translation>
    </message>
    <message>
        <source>You may change only your team&apos;s entries in the interaction log.</source>
        <translation>您只能修改本团队在互动记录中的条目。</translation>
    </message>
    <message>
        <source>You may change only the interactions you logged yourself.</source>
        <translation>您只能修改自己记录的互动。</translation>
    </message>
    <message>
        <source>There is no interaction %1.</source>
        <translation>不存在互动 %1。</translation>
    </message>
    <message>
        <source>The limit must be 1 or more.</source>
        <translation>数量上限必须大于或等于 1。</translation>
    </message>
</context>
<context>
    <name>InteractionsCommand</name>
    <message>
        <source>Log, list, edit or delete interactions with customers (calls, visits, messages ...).</source>
        <translation>记录、列出、编辑或删除与客户的互动（电话、拜访、消息……）。</translation>
    </message>
    <message>
        <source>Log an interaction</source>
        <translation>记录互动</translation>
    </message>
    <message>
        <source>The customer&apos;s code</source>
        <translation>客户编号</translation>
    </message>
    <message>
        <source>List interactions, newest first</source>
        <translation>列出互动，最新的在前</translation>
    </message>
    <message>
        <source>Only this customer&apos;s</source>
        <translation>仅显示此客户的互动</translation>
    </message>
    <message>
        <source>At most N (default 200)</source>
        <translation>最多 N 条（默认 200）</translation>
    </message>
    <message>
        <source>Change a logged interaction</source>
        <translation>修改已记录的互动</translation>
    </message>
    <message>
        <source>The interaction&apos;s id</source>
        <translation>互动 ID</translation>
    </message>
    <message>
        <source>Delete a logged interaction</source>
        <translation>删除已记录的互动</translation>
    </message>
    <message>
        <source>phone, email, visit, wechat, app, social, web or other</source>
        <translation>phone、email、visit、wechat、app、social、web 或 other</translation>
    </message>
    <message>
        <source>call, meeting, email, message, complaint, referral, review, share, comment, visit or other</source>
        <translation>call、meeting、email、message、complaint、referral、review、share、comment、visit 或 other</translation>
    </message>
    <message>
        <source>inbound or outbound</source>
        <translation>inbound 或 outbound</translation>
    </message>
    <message>
        <source>A journey touchpoint&apos;s name</source>
        <translation>客户旅程触点的名称</translation>
    </message>
    <message>
        <source>What came of it</source>
        <translation>互动结果</translation>
    </message>
    <message>
        <source>A note (stored encrypted)</source>
        <translation>备注（加密存储）</translation>
    </message>
    <message>
        <source>When it happened, &quot;yyyy-mm-dd HH:MM&quot; (default: now)</source>
        <translation>发生时间，格式为“yyyy-mm-dd HH:MM”（默认：现在）</translation>
    </message>
    <message>
        <source>Log it even though it goes over the over-contact limit</source>
        <translation>即使超过过度联系上限也照样记录</translation>
    </message>
    <message>
        <source>Logged interaction %1.</source>
        <translation>已记录互动 %1。</translation>
    </message>
    <message>
        <source>Changed interaction %1.</source>
        <translation>已修改互动 %1。</translation>
    </message>
    <message>
        <source>Deleted interaction %1.</source>
        <translation>已删除互动 %1。</translation>
    </message>
    <message numerus="yes">
        <source>%n interaction(s)</source>
        <translation>
            <numerusform>%n 次互动</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JobControl</name>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation>已取消，未做任何更改。</translation>
    </message>
</context>
<context>
    <name>JourneyCommand</name>
    <message>
        <source>The journey map of a period, its snapshots, and the journey&apos;s stages</source>
        <translation>某一统计期的客户旅程图及其快照，以及客户旅程的阶段</translation>
    </message>
    <message>
        <source>2026-10, 2026Q3 or 2026</source>
        <translation>2026-10、2026Q3 或 2026</translation>
    </message>
    <message>
        <source>Only customers of this RFM segment</source>
        <translation>仅限此 RFM 细分群体的客户</translation>
    </message>
    <message>
        <source>How many of the most common paths (default 10)</source>
        <translation>显示最常见路径的条数（默认 10）</translation>
    </message>
    <message>
        <source>Save the period&apos;s map under a name</source>
        <translation>以指定名称保存该统计期的旅程图</translation>
    </message>
    <message>
        <source>The snapshot&apos;s name</source>
        <translation>快照名称</translation>
    </message>
    <message>
        <source>The saved snapshots, newest first</source>
        <translation>已保存的快照，最新的在前</translation>
    </message>
    <message>
        <source>Two snapshots side by side</source>
        <translation>并排比较两个快照</translation>
    </message>
    <message>
        <source>The earlier snapshot</source>
        <translation>较早的快照</translation>
    </message>
    <message>
        <source>The later snapshot</source>
        <translation>较晚的快照</translation>
    </message>
    <message>
        <source>One customer&apos;s interactions on the stages</source>
        <translation>某位客户在各阶段的互动</translation>
    </message>
    <message>
        <source>The customer&apos;s code</source>
        <translation>客户编号</translation>
    </message>
    <message>
        <source>Name the period with --period, e.g. 2026Q3, 2026-10 or 2026.</source>
        <translation>请用 --period 指定统计期，例如 2026Q3、2026-10 或 2026。</translation>
    </message>
    <message>
        <source>--paths is between 1 and 1000.</source>
        <translation>--paths 须在 1 到 1000 之间。</translation>
    </message>
    <message>
        <source>Saved snapshot &apos;%1&apos; of %2.</source>
        <translation>已保存 %2 的快照“%1”。</translation>
    </message>
    <message numerus="yes">
        <source>Journey %1: %n customer(s)</source>
        <translation>
            <numerusform>客户旅程 %1：%n 个客户</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n interaction(s)</source>
        <translation>
            <numerusform>%n 次互动</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n 个客户</numerusform>
        </translation>
    </message>
    <message>
        <source>  %1%2: volume %3 (%4), reach %5, CSAT %6, complaints %7, priority %8</source>
        <translation>  %1%2：互动量 %3（%4），触达 %5，CSAT %6，投诉 %7，优先级 %8</translation>
    </message>
    <message>
        <source>%1 → %2: %3 of %4 did not go on</source>
        <translation>%1 → %2：%4 个客户中有 %3 个未继续</translation>
    </message>
    <message numerus="yes">
        <source>Path %1: %n customer(s), %2 churned or at risk</source>
        <translation>
            <numerusform>路径 %1：%n 个客户，%2 已流失或有流失风险</numerusform>
        </translation>
    </message>
    <message>
        <source>No snapshots yet.</source>
        <translation>尚无快照。</translation>
    </message>
    <message>
        <source>%1 / %2: CSAT %3 → %4, volume %5 → %6</source>
        <translation>%1 / %2：CSAT %3 → %4，互动量 %5 → %6</translation>
    </message>
    <message>
        <source>(no stage)</source>
        <translation>（无阶段）</translation>
    </message>
    <message>
        <source>Now in: %1</source>
        <translation>当前阶段：%1</translation>
    </message>
    <message>
        <source>no stage yet</source>
        <translation>暂无</translation>
    </message>
</context>
<context>
    <name>JourneyEditor</name>
    <message>
        <source>Give the stage or touchpoint a name.</source>
        <translation>请为阶段或触点命名。</translation>
    </message>
    <message>
        <source>A stage or touchpoint name has at most %1 characters.</source>
        <translation>阶段或触点名称最多 %1 个字符。</translation>
    </message>
    <message>
        <source>A stage or touchpoint name is one line without control characters.</source>
        <translation>阶段或触点名称须为单行，且不能包含控制字符。</translation>
    </message>
    <message>
        <source>There is no journey stage named &apos;%1&apos;; &apos;journey stages list&apos; shows them.</source>
        <translation>不存在名为“%1”的旅程阶段；可用“journey stages list”查看现有阶段。</translation>
    </message>
    <message>
        <source>Stage &apos;%1&apos; has no touchpoint named &apos;%2&apos;.</source>
        <translation>阶段“%1”中没有名为“%2”的触点。</translation>
    </message>
    <message>
        <source>There is already a stage named &apos;%1&apos;.</source>
        <translation>已存在名为“%1”的阶段。</translation>
    </message>
    <message>
        <source>A stage&apos;s position is between 1 and %1.</source>
        <translation>阶段的位置须在 1 到 %1 之间。</translation>
    </message>
    <message>
        <source>Stage &apos;%1&apos; is already retired.</source>
        <translation>阶段“%1”已停用。</translation>
    </message>
    <message>
        <source>A journey keeps at least one stage in use.</source>
        <translation>客户旅程至少要保留一个在用的阶段。</translation>
    </message>
    <message>
        <source>Stage &apos;%1&apos; is in use, not retired.</source>
        <translation>阶段“%1”正在使用，并未停用。</translation>
    </message>
    <message>
        <source>There is already a touchpoint named &apos;%1&apos;.</source>
        <translation>已存在名为“%1”的触点。</translation>
    </message>
    <message>
        <source>A touchpoint&apos;s position in its stage is between 1 and %1.</source>
        <translation>触点在其阶段中的位置须在 1 到 %1 之间。</translation>
    </message>
    <message>
        <source>Touchpoint &apos;%1&apos; is already retired.</source>
        <translation>触点“%1”已停用。</translation>
    </message>
    <message>
        <source>Touchpoint &apos;%1&apos; is in use, not retired.</source>
        <translation>触点“%1”正在使用，并未停用。</translation>
    </message>
</context>
<context>
    <name>JourneyExport</name>
    <message>
        <source>Cannot write %1; choose a folder you may write to.</source>
        <translation>无法写入 %1；请选择您有写入权限的文件夹。</translation>
    </message>
    <message>
        <source>A Tessera journey map</source>
        <translation>Tessera 客户旅程图</translation>
    </message>
    <message>
        <source>Choose a file name ending in .png, .svg or .pdf.</source>
        <translation>请选择以 .png、.svg 或 .pdf 结尾的文件名。</translation>
    </message>
</context>
<context>
    <name>JourneyFormat</name>
    <message>
        <source>%1%</source>
        <comment>a share in per cent</comment>
        <translation>%1%</translation>
    </message>
    <message>
        <source>%1 h</source>
        <comment>hours</comment>
        <translation>%1 小时</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;（%2）</translation>
    </message>
    <message>
        <source>Retired: no longer offered for new records.</source>
        <translation>已停用：新记录中不再提供此项。</translation>
    </message>
    <message>
        <source>Volume: %1 interactions (%2 of all)</source>
        <translation>互动量：%1 次互动（占全部的 %2）</translation>
    </message>
    <message>
        <source>Reach: %1 of the customers</source>
        <translation>触达：%1 的客户</translation>
    </message>
    <message numerus="yes">
        <source>CSAT: %1 of 5 (%Ln response(s))</source>
        <translation>
            <numerusform>CSAT：%1（满分 5，%Ln 份答卷）</numerusform>
        </translation>
    </message>
    <message>
        <source>CSAT: no responses</source>
        <translation>CSAT：暂无答卷</translation>
    </message>
    <message>
        <source>NPS score: %1 of 10</source>
        <translation>NPS 评分：%1（满分 10）</translation>
    </message>
    <message>
        <source>Complaints: %1 (%2 of the volume)</source>
        <translation>投诉：%1（占互动量的 %2）</translation>
    </message>
    <message>
        <source>Median first response: %1</source>
        <translation>首次响应中位数：%1</translation>
    </message>
    <message>
        <source>Improvement priority: %1 (number %2 of the top three)</source>
        <translation>改进优先级：%1（前三名中的第 %2 名）</translation>
    </message>
    <message>
        <source>Improvement priority: %1</source>
        <translation>改进优先级：%1</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#b3261e&apos;&gt;Pain point: complaint rate at or above the threshold.&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#b3261e&apos;&gt;痛点：投诉率达到或超过阈值。&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;i&gt;Click to see the interactions behind this card.&lt;/i&gt;</source>
        <translation>&lt;i&gt;单击可查看此卡片对应的互动。&lt;/i&gt;</translation>
    </message>
</context>
<context>
    <name>JourneyLayoutCommands</name>
    <message>
        <source>List or edit the journey&apos;s stages</source>
        <translation>列出或编辑客户旅程的阶段</translation>
    </message>
    <message>
        <source>List or edit the touchpoints within the stages</source>
        <translation>列出或编辑各阶段中的触点</translation>
    </message>
    <message>
        <source>Every stage and touchpoint, retired ones marked</source>
        <translation>列出全部阶段和触点，并标出已停用的</translation>
    </message>
    <message>
        <source>Add a stage</source>
        <translation>添加阶段</translation>
    </message>
    <message>
        <source>Add a touchpoint to a stage</source>
        <translation>向阶段添加触点</translation>
    </message>
    <message>
        <source>Rename a stage</source>
        <translation>重命名阶段</translation>
    </message>
    <message>
        <source>Rename a touchpoint</source>
        <translation>重命名触点</translation>
    </message>
    <message>
        <source>Move a stage to another position</source>
        <translation>将阶段移到其他位置</translation>
    </message>
    <message>
        <source>Move a touchpoint within or between stages</source>
        <translation>在阶段内或阶段间移动触点</translation>
    </message>
    <message>
        <source>Retire a stage (its history stays)</source>
        <translation>停用阶段（保留其历史记录）</translation>
    </message>
    <message>
        <source>Retire a touchpoint (its history stays)</source>
        <translation>停用触点（保留其历史记录）</translation>
    </message>
    <message>
        <source>Bring a retired stage back</source>
        <translation>恢复已停用的阶段</translation>
    </message>
    <message>
        <source>Bring a retired touchpoint back</source>
        <translation>恢复已停用的触点</translation>
    </message>
    <message>
        <source>The new stage&apos;s name</source>
        <translation>新阶段的名称</translation>
    </message>
    <message>
        <source>Its position, 1 first (default: last)</source>
        <translation>位置，1 表示第一个（默认：最后）</translation>
    </message>
    <message>
        <source>The stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Its new name</source>
        <translation>新名称</translation>
    </message>
    <message>
        <source>Its new position, 1 first</source>
        <translation>新位置，1 表示第一个</translation>
    </message>
    <message>
        <source>The stage it is in</source>
        <translation>所属阶段</translation>
    </message>
    <message>
        <source>The touchpoint</source>
        <translation>触点</translation>
    </message>
    <message>
        <source>The channel it usually uses</source>
        <translation>通常使用的渠道</translation>
    </message>
    <message>
        <source>Its new position in the stage, 1 first (default: last)</source>
        <translation>在阶段中的新位置，1 表示第一个（默认：最后）</translation>
    </message>
    <message>
        <source>Move it to this stage</source>
        <translation>移到此阶段</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>完成。</translation>
    </message>
    <message>
        <source>(retired)</source>
        <translation>（已停用）</translation>
    </message>
</context>
<context>
    <name>JourneySnapshots</name>
    <message>
        <source>A snapshot&apos;s name has 1 to %1 characters.</source>
        <translation>快照名称须为 1 到 %1 个字符。</translation>
    </message>
    <message>
        <source>There is already a snapshot named &apos;%1&apos;; choose another name.</source>
        <translation>已存在名为“%1”的快照；请另选一个名称。</translation>
    </message>
    <message>
        <source>There is no snapshot named &apos;%1&apos;; &apos;journey snapshots&apos; lists them.</source>
        <translation>不存在名为“%1”的快照；可用“journey snapshots”列出现有快照。</translation>
    </message>
</context>
<context>
    <name>KeyCommand</name>
    <message>
        <source>Manage the key that encrypts personal data (administrators).</source>
        <translation>管理加密个人数据的密钥（仅管理员）。</translation>
    </message>
    <message>
        <source>Re-encrypt all personal data under a new key</source>
        <translation>用新密钥重新加密全部个人数据</translation>
    </message>
    <message>
        <source>Rotated the data key: %1 values re-encrypted, every user&apos;s key re-sealed, the audit chain re-signed.</source>
        <translation>已轮换数据密钥：重新加密 %1 个值，重新封装了每位用户的密钥，并重新签名审计链。</translation>
    </message>
</context>
<context>
    <name>KpiCommand</name>
    <message>
        <source>Satisfaction, retention, revenue and service figures for a period</source>
        <translation>某一统计期的满意度、留存、收入与服务指标</translation>
    </message>
    <message>
        <source>2026-10, 2026Q3 or 2026</source>
        <translation>2026-10、2026Q3 或 2026</translation>
    </message>
    <message>
        <source>Break down by tier, owner, team or touchpoint</source>
        <translation>细分方式：tier、owner、team 或 touchpoint</translation>
    </message>
    <message>
        <source>Also compare with the previous period and the targets</source>
        <translation>同时与上一统计期及目标值比较</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a breakdown; use tier, owner, team or touchpoint.</source>
        <translation>“%1”不是有效的细分方式；请使用 tier、owner、team 或 touchpoint。</translation>
    </message>
    <message>
        <source>Everyone in scope</source>
        <translation>范围内的全部客户</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Alert: %1</source>
        <translation>告警：%1</translation>
    </message>
    <message>
        <source>No alerts.</source>
        <translation>无告警。</translation>
    </message>
    <message numerus="yes">
        <source>%n response(s)</source>
        <translation>
            <numerusform>%n 份答卷</numerusform>
        </translation>
    </message>
    <message>
        <source>  NPS %1 [%2, %3]   CSAT %4%   CES %5</source>
        <translation>  NPS %1 [%2, %3]   CSAT %4%   CES %5</translation>
    </message>
    <message>
        <source>  retention %1%   churn %2%   repurchase %3%   conversion %4%   revenue %5</source>
        <translation>  留存率 %1%   流失率 %2%   复购率 %3%   转化率 %4%   收入 %5</translation>
    </message>
    <message>
        <source>  tickets %1   complaints %2   median first response %3 h   resolved %4%</source>
        <translation>  工单 %1   投诉 %2   首次响应中位数 %3 小时   解决率 %4%</translation>
    </message>
</context>
<context>
    <name>KpiPeriod</name>
    <message>
        <source>&apos;%1&apos; is not a period; give a month (2026-10), a quarter (2026Q3) or a year (2026).</source>
        <translation>“%1”不是有效的统计期；请填写月份（2026-10）、季度（2026Q3）或年份（2026）。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no month %2; months run from 01 to 12.</source>
        <translation>“%1”中的月份 %2 无效；月份须为 01 到 12。</translation>
    </message>
</context>
<context>
    <name>KpiService</name>
    <message>
        <source>You may see the figures of your own team only.</source>
        <translation>您只能查看本团队的指标。</translation>
    </message>
    <message>
        <source>That account manager is not in the chosen team.</source>
        <translation>该客户经理不在所选团队中。</translation>
    </message>
    <message>
        <source>You may see the figures of your own portfolio or team only.</source>
        <translation>您只能查看自己客户组合或本团队的指标。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a tier; use Diamond, Platinum, Gold, Silver or Bronze.</source>
        <translation>“%1”不是等级；请使用 Diamond、Platinum、Gold、Silver 或 Bronze。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an RFM segment; use one of: %2.</source>
        <translation>“%1”不是 RFM 细分群体；请使用以下之一：%2。</translation>
    </message>
</context>
<context>
    <name>KpiTargets</name>
    <message>
        <source>&apos;%1&apos; is not a KPI; use one of %2.</source>
        <translation>“%1”不是有效的 KPI；请使用以下之一：%2。</translation>
    </message>
    <message>
        <source>from -100 to 100</source>
        <translation>-100 到 100 之间的数</translation>
    </message>
    <message>
        <source>a share from 0 to 1 (0.95 for 95%)</source>
        <translation>0 到 1 之间的比例（95% 写作 0.95）</translation>
    </message>
    <message>
        <source>from 1 to 7</source>
        <translation>1 到 7 之间的数</translation>
    </message>
    <message>
        <source>0 or more</source>
        <translation>0 或以上的数</translation>
    </message>
    <message>
        <source>A target for %1 is %2.</source>
        <translation>%1 的目标值须为 %2。</translation>
    </message>
    <message>
        <source>%1 is %2% worse than the period before (%3 against %4).</source>
        <translation>%1 较上一统计期恶化 %2%（本期 %3，上期 %4）。</translation>
    </message>
    <message>
        <source>%1 is %2% off its target (%3 against %4).</source>
        <translation>%1 偏离目标 %2%（实际 %3，目标 %4）。</translation>
    </message>
    <message>
        <source>The difference is larger than sampling noise.</source>
        <translation>该差异超出了抽样误差范围。</translation>
    </message>
    <message>
        <source>The difference is within sampling noise.</source>
        <translation>该差异在抽样误差范围之内。</translation>
    </message>
</context>
<context>
    <name>LaunchOptions</name>
    <message>
        <source>Tessera CRM workstation</source>
        <translation>Tessera 客户关系管理工作站</translation>
    </message>
    <message>
        <source>Open this database.</source>
        <translation>打开此数据库。</translation>
    </message>
    <message>
        <source>Open the demo database, creating it on first use.</source>
        <translation>打开演示数据库（首次使用时创建）。</translation>
    </message>
    <message>
        <source>User interface language (en, zh_CN).</source>
        <translation>界面语言（en、zh_CN）。</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Sign In</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Sign in to Tessera</source>
        <translation>登录 Tessera</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>数据库：</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>正在登录…</translation>
    </message>
</context>
<context>
    <name>MaintenanceService</name>
    <message>
        <source>The database needs a schema upgrade, but the backup before it failed (%1); nothing was changed.</source>
        <translation>数据库需要升级结构，但升级前的备份失败（%1）；未做任何更改。</translation>
    </message>
    <message>
        <source>The backups folder %1 cannot be created.</source>
        <translation>无法创建备份文件夹 %1。</translation>
    </message>
    <message>
        <source>Sign in first.</source>
        <translation>请先登录。</translation>
    </message>
    <message>
        <source>The backup %1 cannot be read.</source>
        <translation>无法读取备份 %1。</translation>
    </message>
    <message>
        <source>The backup is not usable: %1</source>
        <translation>该备份不可用：%1</translation>
    </message>
    <message>
        <source>You cannot sign in to this backup with your password, so its audit log cannot be verified; nothing was restored.</source>
        <translation>无法用您的密码登录此备份，因此无法校验其审计日志；未恢复任何内容。</translation>
    </message>
    <message>
        <source>The backup does not pass its check (%1); nothing was restored.</source>
        <translation>该备份未通过检查（%1）；未恢复任何内容。</translation>
    </message>
    <message>
        <source>Re-encrypting personal data under a new key</source>
        <translation>正在用新密钥重新加密个人数据</translation>
    </message>
    <message>
        <source>This database is a team server: its administrators back it up, restore it and check it with PostgreSQL&apos;s own tools (pg_dump, pg_basebackup, amcheck). &apos;tessera-cli audit --verify&apos; checks its audit log.</source>
        <translation>此数据库是团队服务器：由其管理员使用 PostgreSQL 自带的工具（pg_dump、pg_basebackup、amcheck）备份、恢复和检查。&apos;tessera-cli audit --verify&apos; 可检查其审计日志。</translation>
    </message>
</context>
<context>
    <name>MergeCustomersCommand</name>
    <message>
        <source>“%1” could not be undone or redone: %2</source>
        <translation>无法撤销或重做“%1”：%2</translation>
    </message>
</context>
<context>
    <name>MergeService</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Acquisition channel</source>
        <translation>获客渠道</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Lifecycle stage</source>
        <translation>生命周期阶段</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>风险</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>联系同意</translation>
    </message>
    <message>
        <source>Contact frequency</source>
        <translation>联系频率</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Transactions</source>
        <translation>交易</translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation>互动</translation>
    </message>
    <message>
        <source>Survey responses</source>
        <translation>调查答卷</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>跟进</translation>
    </message>
    <message>
        <source>Consent history</source>
        <translation>同意历史</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Score history</source>
        <translation>评分历史</translation>
    </message>
    <message>
        <source>Standing overrides</source>
        <translation>生效中的手动设置</translation>
    </message>
    <message>
        <source>Warning decisions</source>
        <translation>预警处理记录</translation>
    </message>
    <message>
        <source>Campaign targets</source>
        <translation>营销活动目标</translation>
    </message>
    <message>
        <source>Codes of earlier merges</source>
        <translation>此前合并的客户编号</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a field a merge can take from the other customer; use %2.</source>
        <translation>“%1”不是合并时可从另一客户取值的字段；请使用 %2。</translation>
    </message>
    <message>
        <source>Both codes name the same customer (one may be the code of a customer merged into it already); name two different customers.</source>
        <translation>两个编号指向同一客户（其中一个可能是已合并到该客户的客户编号）；请指定两个不同的客户。</translation>
    </message>
    <message>
        <source>There is no merge %1 to undo (it was undone already, or the person&apos;s data was erased).</source>
        <translation>不存在可撤销的合并 %1（该合并已被撤销，或相关人员的数据已被清除）。</translation>
    </message>
    <message>
        <source>The customer merge %1 went into no longer exists (it was merged into another one since); undo that later merge first.</source>
        <translation>合并 %1 的目标客户已不存在（该客户此后又被合并到其他客户）；请先撤销后来的那次合并。</translation>
    </message>
    <message>
        <source>Merge %1 cannot be undone: the customer it went into has changed since (edited, or merged again), and undoing it would lose that change.</source>
        <translation>无法撤销合并 %1：目标客户此后已有变动（被编辑或再次合并），撤销将丢失这些变动。</translation>
    </message>
    <message>
        <source>Merge %1 cannot be undone: the merged customer&apos;s internal number has since been given to a new customer.</source>
        <translation>无法撤销合并 %1：被合并客户的内部编号此后已分配给新客户。</translation>
    </message>
</context>
<context>
    <name>MergeSubcommands</name>
    <message>
        <source>Merge a duplicate customer into another: its contacts, activity, tags and score history move over, and its code stays as an alias</source>
        <translation>将重复客户合并到另一客户：其联系人、业务记录、标签和评分历史一并转移，其客户编号保留为别名</translation>
    </message>
    <message>
        <source>The customer that stays (code or internal id)</source>
        <translation>保留的客户（客户编号或内部 ID）</translation>
    </message>
    <message>
        <source>The duplicate that goes into it (code or internal id)</source>
        <translation>并入的重复客户（客户编号或内部 ID）</translation>
    </message>
    <message>
        <source>Fields whose value comes from the duplicate, comma-separated: name, kind, industry, region, channel, owner, lifecycle, risk, consent, contact_frequency, phone, email, id_number, address, notes</source>
        <translation>取重复客户值的字段，以逗号分隔：name、kind、industry、region、channel、owner、lifecycle、risk、consent、contact_frequency、phone、email、id_number、address、notes</translation>
    </message>
    <message>
        <source>Undo a merge, as long as the customer it went into has not changed since</source>
        <translation>撤销合并（前提是目标客户此后未发生变动）</translation>
    </message>
    <message>
        <source>The merge&apos;s number, as customers merge printed it</source>
        <translation>合并编号，即 customers merge 输出的编号</translation>
    </message>
    <message>
        <source>Merged %1 into %2 as merge %3 (undo with: customers unmerge --merge %3).</source>
        <translation>已将 %1 合并到 %2，合并编号 %3（撤销命令：customers unmerge --merge %3）。</translation>
    </message>
    <message>
        <source>  %1: %2 moved%3</source>
        <translation>  %1：已转移 %2 条%3</translation>
    </message>
    <message>
        <source>, %1 set aside (the survivor has the same)</source>
        <translation>，搁置 %1 条（保留的客户已有相同记录）</translation>
    </message>
    <message>
        <source>Merge %1 undone: both customers are as they were before it.</source>
        <translation>已撤销合并 %1：两个客户均已恢复到合并前的状态。</translation>
    </message>
</context>
<context>
    <name>MigrateCommand</name>
    <message>
        <source>Copy a database file to an empty PostgreSQL database for team mode, with a login role per user, and check every table (administrators).</source>
        <translation>将数据库文件复制到一个空的 PostgreSQL 数据库以用于团队模式，为每个用户创建登录角色，并逐表核对（管理员）。</translation>
    </message>
    <message>
        <source>The database file (default: --db)</source>
        <translation>数据库文件（默认：--db）</translation>
    </message>
    <message>
        <source>The server database: postgresql://[user@]host[:port]/dbname; the user needs the right to create roles</source>
        <translation>服务器数据库：postgresql://[用户@]主机[:端口]/数据库名；该用户需要有创建角色的权限</translation>
    </message>
    <message>
        <source>Start of every user&apos;s login role name (default: the database name and _)</source>
        <translation>每个用户登录角色名的前缀（默认：数据库名加 _）</translation>
    </message>
    <message>
        <source>Name the database file with --from FILE.</source>
        <translation>请用 --from FILE 指定数据库文件。</translation>
    </message>
    <message>
        <source>Copied %L1 rows of %2 tables to %3 in %4 s; checked in %5 s.</source>
        <translation>已将 %2 张表的 %L1 行复制到 %3，用时 %4 秒；核对用时 %5 秒。</translation>
    </message>
    <message>
        <source>same rows, same hash</source>
        <translation>行数相同，哈希相同</translation>
    </message>
    <message>
        <source>DIFFERS: server %L1 rows, hash %2</source>
        <translation>DIFFERS：服务器 %L1 行，哈希 %2</translation>
    </message>
    <message>
        <source>Login roles (set each one&apos;s password with ALTER ROLE ... PASSWORD):</source>
        <translation>登录角色（请用 ALTER ROLE ... PASSWORD 为每个角色设置密码）：</translation>
    </message>
    <message>
        <source>The server&apos;s copy differs from the file in the tables marked DIFFERS, or its audit chain does not verify; do not use it, and report this as a bug.</source>
        <translation>服务器上的副本在标记为 DIFFERS 的表中与文件不一致，或其审计链无法通过验证；请勿使用，并将此作为缺陷报告。</translation>
    </message>
    <message>
        <source>Audit chain on the server: %1</source>
        <translation>服务器上的审计链：%1</translation>
    </message>
</context>
<context>
    <name>MyDayCommand</name>
    <message>
        <source>What to do today: follow-ups due, tickets near or past their targets, new warnings, tier changes and customers due a contact (a supervisor&apos;s for the team).</source>
        <translation>今天要做的事：到期的跟进、临近或已超过目标时限的工单、新预警、等级变动以及需要联系的客户（主管看到的是整个团队的）。</translation>
    </message>
</context>
<context>
    <name>MyDayService</name>
    <message>
        <source>Follow-ups due</source>
        <translation>到期的跟进</translation>
    </message>
    <message>
        <source>Tickets near or past their targets</source>
        <translation>临近或已超过目标时限的工单</translation>
    </message>
    <message>
        <source>New warnings since you last signed in</source>
        <translation>自您上次登录以来的新预警</translation>
    </message>
    <message>
        <source>Tier changes since the previous scoring run</source>
        <translation>自上一评分批次以来的等级变动</translation>
    </message>
    <message>
        <source>Customers past their contact cadence</source>
        <translation>超出联系节奏的客户</translation>
    </message>
    <message>
        <source>Overdue since %1</source>
        <translation>自 %1 起逾期</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>今天到期</translation>
    </message>
    <message>
        <source>Ticket %1 (%2): no response yet, due %3</source>
        <translation>工单 %1（%2）：尚未响应，响应时限 %3</translation>
    </message>
    <message>
        <source>Ticket %1 (%2): not resolved, due %3</source>
        <translation>工单 %1（%2）：尚未解决，解决时限 %3</translation>
    </message>
    <message>
        <source>Ticket %1 (%2): due soon</source>
        <translation>工单 %1（%2）：即将到期</translation>
    </message>
    <message>
        <source>; escalated to %1</source>
        <translation>；已升级至 %1</translation>
    </message>
    <message>
        <source>%1 → %2 (RFMS %3 → %4)</source>
        <translation>%1 → %2（RFMS %3 → %4）</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>跟进</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>预警</translation>
    </message>
    <message>
        <source>Tier changes</source>
        <translation>等级变动</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
</context>
<context>
    <name>NewDatabaseDialog</name>
    <message>
        <source>New Database</source>
        <translation>新建数据库</translation>
    </message>
    <message>
        <source>A new database starts with one administrator account. Choose where to save the file and the administrator&apos;s sign-in.</source>
        <translation>新数据库从一个管理员账户开始。请选择文件的保存位置，并设置管理员的登录信息。</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Administrator &amp;user name:</source>
        <translation>管理员用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>显示名称(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Confirm password:</source>
        <translation>确认密码(&amp;C)：</translation>
    </message>
</context>
<context>
    <name>OverContactRule</name>
    <message>
        <source>%1 outbound contacts in the last %2 days (limit %3).</source>
        <translation>最近 %2 天内主动联系 %1 次（上限 %3 次）。</translation>
    </message>
</context>
<context>
    <name>PdfTierReportWriter</name>
    <message>
        <source>Cannot write %1: %2. Choose another folder.</source>
        <translation>无法写入 %1：%2。请选择其他文件夹。</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>Saving %1 failed: %2.</source>
        <translation>保存 %1 失败：%2。</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>第 %1 页</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>无。</translation>
    </message>
    <message>
        <source>The first %1 of %2 rows; the CSV and XLSX exports hold them all.</source>
        <translation>共 %2 行，此处仅列出前 %1 行；CSV 和 XLSX 导出包含全部行。</translation>
    </message>
    <message>
        <source>Writing a PDF needs Qt&apos;s graphical application object (QGuiApplication); this program did not create one.</source>
        <translation>写入 PDF 需要 Qt 的图形应用程序对象（QGuiApplication），但本程序未创建该对象。</translation>
    </message>
</context>
<context>
    <name>PeriodFilters</name>
    <message>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年</translation>
    </message>
    <message>
        <source>%1 (to date)</source>
        <translation>%1（截至目前）</translation>
    </message>
    <message>
        <source>Everyone you may see</source>
        <translation>您可查看的全部客户</translation>
    </message>
    <message>
        <source>Team of %1</source>
        <translation>%1 的团队</translation>
    </message>
    <message>
        <source>All tiers</source>
        <translation>全部等级</translation>
    </message>
</context>
<context>
    <name>PersonExportService</name>
    <message>
        <source>Customer %1 does not exist.</source>
        <translation>客户 %1 不存在。</translation>
    </message>
    <message>
        <source>Name the file to write, e.g. person.json.</source>
        <translation>请指定要写入的文件，例如 person.json。</translation>
    </message>
    <message>
        <source>Exporting a person&apos;s data</source>
        <translation>正在导出个人数据</translation>
    </message>
    <message>
        <source>Cannot write %1: %2. Choose another folder.</source>
        <translation>无法写入 %1：%2。请选择其他文件夹。</translation>
    </message>
</context>
<context>
    <name>PopulationOptions</name>
    <message>
        <source>Only customers of this tier</source>
        <translation>仅限此等级的客户</translation>
    </message>
    <message>
        <source>Only this supervisor&apos;s team</source>
        <translation>仅限此主管的团队</translation>
    </message>
    <message>
        <source>Only this owner&apos;s portfolio</source>
        <translation>仅限此负责人的客户组合</translation>
    </message>
</context>
<context>
    <name>PresenceCommand</name>
    <message>
        <source>Log Interaction</source>
        <translation>记录互动</translation>
    </message>
    <message>
        <source>Delete Interaction</source>
        <translation>删除互动</translation>
    </message>
</context>
<context>
    <name>ProfileCommand</name>
    <message>
        <source>Show, change or list the versions of the scoring profile.</source>
        <translation>显示、修改评分方案，或列出其各个版本。</translation>
    </message>
    <message>
        <source>Show every setting of a version</source>
        <translation>显示某个版本的全部设置</translation>
    </message>
    <message>
        <source>Version (default: the newest)</source>
        <translation>版本（默认：最新版本）</translation>
    </message>
    <message>
        <source>Change settings (KEY=VALUE, e.g. tiers.lambda=0.5), saving a new version</source>
        <translation>修改设置（KEY=VALUE，例如 tiers.lambda=0.5），并保存为新版本</translation>
    </message>
    <message>
        <source>KEY=VALUE pairs</source>
        <translation>KEY=VALUE 键值对</translation>
    </message>
    <message>
        <source>Why the profile changes</source>
        <translation>修改方案的原因</translation>
    </message>
    <message>
        <source>List the versions</source>
        <translation>列出各个版本</translation>
    </message>
    <message>
        <source>Scoring profile version %1 (%2, by %3: %4)</source>
        <translation>评分方案版本 %1（%2，由 %3 修改：%4）</translation>
    </message>
    <message>
        <source>Saved scoring profile version %1.</source>
        <translation>已保存评分方案版本 %1。</translation>
    </message>
</context>
<context>
    <name>ProfileService</name>
    <message>
        <source>The defaults of the scoring model</source>
        <translation>评分模型的默认设置</translation>
    </message>
    <message>
        <source>Sign in first.</source>
        <translation>请先登录。</translation>
    </message>
    <message>
        <source>There is no scoring profile version %1.</source>
        <translation>不存在评分方案版本 %1。</translation>
    </message>
    <message>
        <source>Say why the profile changes (a reason is required).</source>
        <translation>请说明修改方案的原因（原因为必填项）。</translation>
    </message>
</context>
<context>
    <name>QDateTimeEdit</name>
    <message>
        <source>In the database&apos;s time zone, %1</source>
        <translation>按数据库时区（%1）</translation>
    </message>
</context>
<context>
    <name>QualityCommand</name>
    <message>
        <source>Completeness of the customer records against the profile&apos;s goals, overall and by owner</source>
        <translation>对照方案设定的目标，统计客户记录的完整度（总体及按负责人）</translation>
    </message>
    <message>
        <source>Only this owner&apos;s customers (a user name)</source>
        <translation>仅统计此负责人的客户（用户名）</translation>
    </message>
    <message>
        <source>Only the customers without an owner</source>
        <translation>仅统计没有负责人的客户</translation>
    </message>
    <message>
        <source>List the customers lacking this field: %1</source>
        <translation>列出缺少此字段的客户：%1</translation>
    </message>
    <message>
        <source>With --incomplete: at most this many customers (default 100)</source>
        <translation>与 --incomplete 一起使用：最多列出的客户数（默认 100）</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a field; use one of: %2.</source>
        <translation>“%1”不是字段；请使用以下之一：%2。</translation>
    </message>
    <message>
        <source>--limit is between 1 and %1.</source>
        <translation>--limit 须在 1 到 %1 之间。</translation>
    </message>
    <message>
        <source>Give either --owner or --unassigned, not both.</source>
        <translation>--owner 和 --unassigned 只能指定其一，不能同时使用。</translation>
    </message>
    <message>
        <source>meets the goal</source>
        <translation>达到目标</translation>
    </message>
    <message>
        <source>BELOW the goal</source>
        <translation>低于目标</translation>
    </message>
    <message>
        <source>(%1 of %2)</source>
        <translation>（%1/%2）</translation>
    </message>
    <message numerus="yes">
        <source>Data quality of %n customer(s) (not archived); goals: key fields %1, tags %2</source>
        <translation>
            <numerusform>%n 个客户（未归档）的数据质量；目标：关键字段 %1，标签 %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2): %n customer(s)</source>
        <translation>
            <numerusform>%1（%2）：%n 个客户</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Without an owner: %n customer(s)</source>
        <translation>
            <numerusform>无负责人：%n 个客户</numerusform>
        </translation>
    </message>
    <message>
        <source>(no owner)</source>
        <translation>（无负责人）</translation>
    </message>
    <message>
        <source>Every customer has this field.</source>
        <translation>所有客户均已填写此字段。</translation>
    </message>
    <message numerus="yes">
        <source>The first %n customer(s); raise --limit to see more.</source>
        <translation>
            <numerusform>仅显示前 %n 个客户；调高 --limit 可查看更多。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QualityService</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Acquisition channel</source>
        <translation>获客渠道</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Phone or email</source>
        <translation>电话或电子邮件</translation>
    </message>
    <message>
        <source>Consent recorded</source>
        <translation>已记录联系同意</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Customers without an owner are outside your team; an analyst or an administrator can review them.</source>
        <translation>没有负责人的客户不属于您的团队；可由分析师或管理员查看。</translation>
    </message>
    <message>
        <source>You may review the customers of your own team only.</source>
        <translation>您只能查看本团队的客户。</translation>
    </message>
    <message>
        <source>Counting the filled fields…</source>
        <translation>正在统计已填写的字段…</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>未分配</translation>
    </message>
    <message>
        <source>List between 1 and %1 customers.</source>
        <translation>请列出 1 到 %1 个客户。</translation>
    </message>
</context>
<context>
    <name>ReportCellFormat</name>
    <message>
        <source>All tiers</source>
        <translation>全部等级</translation>
    </message>
    <message>
        <source>Promoted</source>
        <translation>升级</translation>
    </message>
    <message>
        <source>Demoted</source>
        <translation>降级</translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <source>Write a report to a file.</source>
        <translation>将报告写入文件。</translation>
    </message>
    <message>
        <source>The tier report of a scoring run: customers and revenue per tier and per account manager, and with --compare the promotions and demotions</source>
        <translation>某评分批次的等级报告：各等级及各客户经理的客户数与收入；加 --compare 时另含升级与降级情况</translation>
    </message>
    <message>
        <source>csv, xlsx or pdf</source>
        <translation>csv、xlsx 或 pdf</translation>
    </message>
    <message>
        <source>The report file to write</source>
        <translation>要写入的报告文件</translation>
    </message>
    <message>
        <source>The scoring run (default: the newest)</source>
        <translation>评分批次（默认：最新批次）</translation>
    </message>
    <message>
        <source>A second run to compare with: who was promoted or demoted since</source>
        <translation>用于比较的另一个批次：此后哪些客户升级或降级</translation>
    </message>
    <message>
        <source>Tier report of scoring run %1 compared with run %2: %3 customers, %4 promoted, %5 demoted.</source>
        <translation>评分批次 %1 与批次 %2 对比的等级报告：%3 位客户，%4 位升级，%5 位降级。</translation>
    </message>
    <message>
        <source>Tier report of scoring run %1: %2 customers.</source>
        <translation>评分批次 %1 的等级报告：%2 位客户。</translation>
    </message>
    <message>
        <source>Written to %1 (%2; names of persons masked).</source>
        <translation>已写入 %1（%2；个人姓名已脱敏）。</translation>
    </message>
    <message>
        <source>Written to %1 (%2).</source>
        <translation>已写入 %1（%2）。</translation>
    </message>
</context>
<context>
    <name>ReportProgress</name>
    <message>
        <source>Writing the report</source>
        <translation>正在写入报告</translation>
    </message>
</context>
<context>
    <name>ResolutionRates</name>
    <message>
        <source>The period ends before it begins.</source>
        <translation>期间的结束日期早于开始日期。</translation>
    </message>
    <message>
        <source>(unassigned)</source>
        <translation>（未分配）</translation>
    </message>
</context>
<context>
    <name>RestoreCommand</name>
    <message>
        <source>Replace the database with a backup, after checking the backup and saving the current state (administrators).</source>
        <translation>用备份替换数据库：先检查备份并保存当前状态（仅管理员）。</translation>
    </message>
    <message>
        <source>The backup file</source>
        <translation>备份文件</translation>
    </message>
    <message>
        <source>Restored from %1; the previous state is saved in %2.</source>
        <translation>已从 %1 恢复；之前的状态保存在 %2。</translation>
    </message>
</context>
<context>
    <name>RightsSubcommands</name>
    <message>
        <source>Write everything held about one person to a JSON file, on their request (administrators; asks for the password again)</source>
        <translation>应本人请求，将保存的有关此人的全部数据写入 JSON 文件（仅管理员；需再次输入密码）</translation>
    </message>
    <message>
        <source>The customer&apos;s code</source>
        <translation>客户编号</translation>
    </message>
    <message>
        <source>The JSON file to write</source>
        <translation>要写入的 JSON 文件</translation>
    </message>
    <message>
        <source>Erase a person&apos;s personal data: the name becomes a pseudonym, contact details, ID number, address, notes and comments are deleted; revenue and scores stay (administrators; asks for the password again)</source>
        <translation>清除某人的个人数据：姓名替换为假名，联系方式、证件号码、地址、备注和意见均被删除；收入和评分予以保留（仅管理员；需再次输入密码）</translation>
    </message>
    <message>
        <source>Why (e.g. the person&apos;s request and its date); kept in the register of erasures, so name no personal data</source>
        <translation>原因（例如本人的请求及其日期）；原因将保存在清除登记册中，因此请勿写入任何个人数据</translation>
    </message>
    <message>
        <source>Wrote %1 rows about customer %2 to %3.</source>
        <translation>已将客户 %2 的 %1 行数据写入 %3。</translation>
    </message>
    <message>
        <source>Erased the personal data of customer %1; it is now %2 (erasure %3). Backups made before still hold it until retention removes them: see &apos;backup --list&apos;.</source>
        <translation>已清除客户 %1 的个人数据；该客户现为 %2（清除编号 %3）。此前创建的备份仍含这些数据，直至按保留期限被删除：请参见“backup --list”。</translation>
    </message>
    <message>
        <source>Another program has this database open: old pages leave its WAL file when that program closes it.</source>
        <translation>另有程序正打开此数据库：旧数据页要等该程序关闭数据库后才会从其 WAL 文件中移除。</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>Account manager</source>
        <translation>客户经理</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>主管</translation>
    </message>
    <message>
        <source>Analyst</source>
        <translation>分析师</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
</context>
<context>
    <name>ScoreCommand</name>
    <message>
        <source>Score every customer (RFM-S, CRMV, tier, lifetime value) and store the results as a new scoring run.</source>
        <translation>为每位客户评分（RFM-S、CRMV、等级、客户终身价值），并将结果保存为新的评分批次。</translation>
    </message>
    <message>
        <source>The as-of date (default: today)</source>
        <translation>基准日（默认：今天）</translation>
    </message>
    <message>
        <source>Days of history that count, or &apos;all&apos; (default: the profile&apos;s)</source>
        <translation>计入的历史天数，或 all（默认：按评分方案设置）</translation>
    </message>
    <message>
        <source>Scoring profile version (default: the newest)</source>
        <translation>评分方案版本（默认：最新版本）</translation>
    </message>
    <message>
        <source>Scoring run %1: %2 customers as of %3 with profile version %4 (%5 s).</source>
        <translation>评分批次 %1：%2 位客户，基准日 %3，方案版本 %4（用时 %5 秒）。</translation>
    </message>
    <message>
        <source>Tiers: %1; %2 customers with CRMV.</source>
        <translation>等级分布：%1；%2 位客户有 CRMV。</translation>
    </message>
    <message>
        <source>Lifetime value: BG/NBD r %1, alpha %2, a %3, b %4 on %5 customers; Gamma-Gamma p %6, q %7, v %8.</source>
        <translation>客户终身价值：BG/NBD r %1，alpha %2，a %3，b %4（基于 %5 位客户）；Gamma-Gamma p %6，q %7，v %8。</translation>
    </message>
    <message>
        <source>Lifetime value not fitted: %1</source>
        <translation>客户终身价值未拟合：%1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>警告：%1</translation>
    </message>
</context>
<context>
    <name>ScoreExplainer</name>
    <message>
        <source>fitted on this segment&apos;s respondents</source>
        <translation>按本细分群体的受访者拟合</translation>
    </message>
    <message>
        <source>fitted on all respondents, because the segment had too few respondents or an all-zero fit</source>
        <translation>按全部受访者拟合，因为该细分群体的受访者太少或拟合结果全为零</translation>
    </message>
    <message>
        <source>equal weights, because no fit was possible</source>
        <translation>采用等权重，因为无法拟合</translation>
    </message>
    <message>
        <source>No lifetime value: the models could not be fitted (%1).</source>
        <translation>无客户终身价值：模型无法拟合（%1）。</translation>
    </message>
    <message>
        <source>No lifetime value: no purchase on or before the as-of date.</source>
        <translation>无客户终身价值：评分基准日及之前没有购买记录。</translation>
    </message>
    <message>
        <source>P(alive) %1 and %2 purchases expected, but no lifetime value: with one purchase day the expected value per purchase is the population mean, and this run&apos;s Gamma-Gamma fit (q %3 ≤ 1) has no finite mean.</source>
        <translation>存活概率 %1，预期购买 %2 次，但无客户终身价值：只有一个购买日时，每次购买的预期金额取总体均值，而本次评分的 Gamma-Gamma 拟合（q %3 ≤ 1）没有有限均值。</translation>
    </message>
    <message>
        <source>all history</source>
        <translation>全部历史</translation>
    </message>
    <message>
        <source>the %1 days up to it</source>
        <translation>截至该日的 %1 天</translation>
    </message>
    <message>
        <source>Scoring run %1, as of %2 over %3, with scoring profile version %4.</source>
        <translation>评分批次 %1，基准日 %2，统计范围为%3，使用评分方案版本 %4。</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) since the last purchase</source>
        <translation>
            <numerusform>距上次购买 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>no purchase in the window</source>
        <translation>统计窗口内无购买</translation>
    </message>
    <message>
        <source>Recency R = %1: %2. A score above 1, 2, 3, 4 needs fewer days than %3.</source>
        <translation>最近购买 R = %1：%2。得分要高于 1、2、3、4，天数须分别少于 %3。</translation>
    </message>
    <message>
        <source>Frequency F = %1: %2 purchase days. A score above 1, 2, 3, 4 needs more than %3.</source>
        <translation>购买频次 F = %1：%2 个购买日。得分要高于 1、2、3、4，须分别多于 %3。</translation>
    </message>
    <message>
        <source>Monetary M = %1: net spend %2 (refunds subtracted). A score above 1, 2, 3, 4 needs more than %3.</source>
        <translation>消费金额 M = %1：净消费 %2（已扣除退款）。得分要高于 1、2、3、4，须分别多于 %3。</translation>
    </message>
    <message>
        <source>Social S = %1: engagement %2 (referral %3, review %4, share %5, comment %6 points each). A score above 1, 2, 3, 4 needs more than %7.</source>
        <translation>社交互动 S = %1：互动分 %2（每次推荐 %3 分、评价 %4 分、分享 %5 分、评论 %6 分）。得分要高于 1、2、3、4，须分别多于 %7。</translation>
    </message>
    <message>
        <source>RFMS = %1 of 100 = recency %2 + frequency %3 + monetary %4 + social %5 points (weights %6, %7, %8, %9 of (score − 1) / 4).</source>
        <translation>RFMS = %1（满分 100）= 最近购买 %2 + 购买频次 %3 + 消费金额 %4 + 社交互动 %5 分（权重 %6、%7、%8、%9，乘以 (得分 − 1) / 4）。</translation>
    </message>
    <message>
        <source>RFM code %1-%2-%3-%4: R score %1 with an F and M mean of %5 reads as the segment &quot;%6&quot;.</source>
        <translation>RFM 编码 %1-%2-%3-%4：R 得分 %1，F 与 M 平均分 %5，对应细分群体“%6”。</translation>
    </message>
    <message>
        <source>Relationship segment %1 of %2 (k-means on the standardised R, F, M, S scores; %3 customers in it).</source>
        <translation>关系细分群体 %1 / %2（对标准化后的 R、F、M、S 得分做 k 均值聚类；该群体有 %3 位客户）。</translation>
    </message>
    <message>
        <source>personalised service</source>
        <translation>个性化服务</translation>
    </message>
    <message>
        <source>emotional connection</source>
        <translation>情感连接</translation>
    </message>
    <message>
        <source>protection of rights</source>
        <translation>权益保障</translation>
    </message>
    <message>
        <source>perceived value</source>
        <translation>价值感知</translation>
    </message>
    <message>
        <source>ease of interaction</source>
        <translation>互动便捷</translation>
    </message>
    <message>
        <source>%1 %2 × %3</source>
        <translation>%1 %2 × %3</translation>
    </message>
    <message>
        <source>CRMV = %1 = 100 × (%2); weights %3.</source>
        <translation>CRMV = %1 = 100 × (%2)；权重%3。</translation>
    </message>
    <message>
        <source>TierScore = %1 × RFMS + %2 × CRMV = %3.</source>
        <translation>等级分 = %1 × RFMS + %2 × CRMV = %3。</translation>
    </message>
    <message>
        <source>No CRMV: the window holds no survey answers on all five relationship dimensions, so TierScore = RFMS = %1.</source>
        <translation>无 CRMV：统计窗口内没有覆盖全部五个关系维度的问卷答复，因此等级分 = RFMS = %1。</translation>
    </message>
    <message>
        <source>Diamond</source>
        <translation>钻石</translation>
    </message>
    <message>
        <source>Platinum</source>
        <translation>铂金</translation>
    </message>
    <message>
        <source>Gold</source>
        <translation>黄金</translation>
    </message>
    <message>
        <source>Silver</source>
        <translation>白银</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1 自 %2 起</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>无人</translation>
    </message>
    <message>
        <source>Tier %1 (%2; below Silver is Bronze).</source>
        <translation>等级：%1（%2；低于白银为青铜）。</translation>
    </message>
    <message>
        <source>Lifetime value: P(alive) %1, %2 purchases expected in the next %3 %4, %5 per purchase, CLV %6 (BG/NBD r %7, α %8, a %9, b %10; Gamma-Gamma p %11, q %12, v %13).</source>
        <translation>客户终身价值：存活概率 %1，未来 %3 %4内预期购买 %2 次，每次 %5，CLV %6（BG/NBD r %7、α %8、a %9、b %10；Gamma-Gamma p %11、q %12、v %13）。</translation>
    </message>
    <message>
        <source>weeks</source>
        <translation>周</translation>
    </message>
    <message>
        <source>days</source>
        <translation>天</translation>
    </message>
</context>
<context>
    <name>ScoreText</name>
    <message numerus="yes">
        <source>Run %1 · %2 · profile v%3 · %Ln customer(s)</source>
        <translation>
            <numerusform>批次 %1 · %2 · 方案 v%3 · %Ln 个客户</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message numerus="yes">
        <source>the %Ln day(s) up to it</source>
        <translation>
            <numerusform>截至该日的 %Ln 天</numerusform>
        </translation>
    </message>
    <message>
        <source>all history</source>
        <translation>全部历史</translation>
    </message>
    <message>
        <source>Scoring run %1 scored %2 customers as of %3 over %4, with profile version %5.</source>
        <translation>评分批次 %1 以 %3 为基准日、按%4对 %2 位客户评分，使用评分方案版本 %5。</translation>
    </message>
    <message>
        <source>Tiers: %1.</source>
        <translation>等级分布：%1。</translation>
    </message>
    <message>
        <source>%1 customers have a CRMV from survey answers.</source>
        <translation>%1 位客户有基于问卷答复的 CRMV。</translation>
    </message>
    <message>
        <source>Lifetime value fitted on %1 customers (BG/NBD and Gamma-Gamma).</source>
        <translation>客户终身价值模型已基于 %1 位客户拟合（BG/NBD 与 Gamma-Gamma）。</translation>
    </message>
    <message>
        <source>Lifetime value not fitted: %1</source>
        <translation>客户终身价值未拟合：%1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>警告：%1</translation>
    </message>
</context>
<context>
    <name>ScoringProfileCodec</name>
    <message>
        <source>must be a group of settings</source>
        <translation>必须是一组设置</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>必须是数字</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>必须是整数</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>必须是 true 或 false</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>必须是文本</translation>
    </message>
    <message>
        <source>must be a list of %1 numbers</source>
        <translation>必须是由 %1 个数字组成的列表</translation>
    </message>
    <message>
        <source>must be Diamond, Platinum, Gold, Silver or Bronze</source>
        <translation>必须是 Diamond、Platinum、Gold、Silver 或 Bronze</translation>
    </message>
    <message>
        <source>names no RFM segment</source>
        <translation>不是有效的 RFM 细分群体</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an interaction kind</source>
        <translation>“%1”不是互动类型</translation>
    </message>
    <message>
        <source>must be a whole number written as text</source>
        <translation>必须是以文本形式书写的整数</translation>
    </message>
    <message>
        <source>must be shares or thresholds</source>
        <translation>必须是 shares 或 thresholds</translation>
    </message>
    <message>
        <source>must be weeks or days</source>
        <translation>必须是 weeks 或 days</translation>
    </message>
    <message>
        <source>The scoring profile is not usable: %1</source>
        <translation>评分方案无法使用：%1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must look like key=value, e.g. tiers.lambda=0.5.</source>
        <translation>“%1”必须形如 键=值，例如 tiers.lambda=0.5。</translation>
    </message>
    <message>
        <source>The profile has no setting &apos;%1&apos;.</source>
        <translation>方案中没有设置项“%1”。</translation>
    </message>
    <message>
        <source>%1 must be true or false.</source>
        <translation>%1 必须是 true 或 false。</translation>
    </message>
    <message>
        <source>%1 must be a number, not &apos;%2&apos;.</source>
        <translation>%1 必须是数字，而不是“%2”。</translation>
    </message>
</context>
<context>
    <name>ScoringService</name>
    <message>
        <source>Reading customers and their activity</source>
        <translation>正在读取客户及其活动</translation>
    </message>
    <message>
        <source>There are no customers to score; import some first.</source>
        <translation>没有可评分的客户；请先导入客户。</translation>
    </message>
    <message>
        <source>Scoring %1 customers and fitting lifetime value models</source>
        <translation>正在为 %1 位客户评分并拟合客户终身价值模型</translation>
    </message>
    <message>
        <source>Saving the results</source>
        <translation>正在保存结果</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>There is no scoring run %1.</source>
        <translation>不存在评分批次 %1。</translation>
    </message>
    <message>
        <source>Updating lifecycle, loyalty and health</source>
        <translation>正在更新生命周期、忠诚度和健康度</translation>
    </message>
</context>
<context>
    <name>ServerAuditCheck</name>
    <message>
        <source>%1. Check the address, that the server is running and that the user may connect; the database itself must exist (createdb).</source>
        <translation>%1。请检查地址、服务器是否在运行以及该用户是否可以连接；数据库本身必须已存在（createdb）。</translation>
    </message>
    <message>
        <source>The server login %1 is not the role of an active Tessera user.</source>
        <translation>服务器登录 %1 不是任何在用 Tessera 用户的角色。</translation>
    </message>
    <message>
        <source>Unknown user name or wrong password for the server login %1.</source>
        <translation>服务器登录 %1 的用户名未知或密码错误。</translation>
    </message>
    <message>
        <source>Only administrators verify the audit log.</source>
        <translation>只有管理员可以验证审计日志。</translation>
    </message>
</context>
<context>
    <name>ServerCopyService</name>
    <message>
        <source>This version of Tessera has no server schema for schema %1.</source>
        <translation>此版本的 Tessera 没有对应架构 %1 的服务器架构。</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer version of Tessera (schema %2; this version reads up to schema %3). Update Tessera to open it.</source>
        <translation>数据库 %1 由更新版本的 Tessera 写入（架构 %2；此版本最多读取架构 %3）。请更新 Tessera 后再打开。</translation>
    </message>
    <message>
        <source>The server database %1 already holds a Tessera database; nothing was copied. Copy into a new, empty database (createdb NAME).</source>
        <translation>服务器数据库 %1 中已有 Tessera 数据库；未复制任何内容。请复制到一个新的空数据库（createdb 名称）。</translation>
    </message>
    <message>
        <source>The copy was stopped; the server database is empty as before.</source>
        <translation>复制已停止；服务器数据库与之前一样为空。</translation>
    </message>
    <message>
        <source>Copying %1: %L2 rows</source>
        <translation>正在复制 %1：%L2 行</translation>
    </message>
    <message>
        <source>Table %1 could not be copied, so nothing was copied: %2</source>
        <translation>表 %1 无法复制，因此未复制任何内容：%2</translation>
    </message>
    <message>
        <source>Checking references and building indexes</source>
        <translation>正在检查引用并建立索引</translation>
    </message>
    <message>
        <source>The file&apos;s rows do not fit the server&apos;s schema, so nothing was copied: %1</source>
        <translation>文件中的行不符合服务器的架构，因此未复制任何内容：%1</translation>
    </message>
    <message>
        <source>The login role %1 would be longer than PostgreSQL&apos;s %2 bytes; choose a shorter --role-prefix.</source>
        <translation>登录角色 %1 将超过 PostgreSQL 的 %2 字节上限；请选择更短的 --role-prefix。</translation>
    </message>
    <message>
        <source>Checking the copy table by table</source>
        <translation>正在逐表核对副本</translation>
    </message>
</context>
<context>
    <name>StagedFile</name>
    <message>
        <source>Cannot write %1: %2. Choose another folder.</source>
        <translation>无法写入 %1：%2。请选择其他文件夹。</translation>
    </message>
    <message>
        <source>Saving %1 failed: %2.</source>
        <translation>保存 %1 失败：%2。</translation>
    </message>
</context>
<context>
    <name>StandingService</name>
    <message>
        <source>Updating lifecycle, loyalty and health</source>
        <translation>正在更新生命周期、忠诚度和健康度</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a lifecycle stage; use potential, new, growing, mature, declining or churned.</source>
        <translation>“%1”不是生命周期阶段；请使用 potential、new、growing、mature、declining 或 churned。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a loyalty stage; use awareness, evaluation, commitment or behaviour.</source>
        <translation>“%1”不是忠诚度阶段；请使用 awareness、evaluation、commitment 或 behaviour。</translation>
    </message>
    <message>
        <source>A health score is a whole number from 0 to 100.</source>
        <translation>健康度是 0 到 100 之间的整数。</translation>
    </message>
    <message>
        <source>Only the lifecycle stage, the loyalty stage and the health score can be set by hand.</source>
        <translation>只有生命周期阶段、忠诚度阶段和健康度可以手动设置。</translation>
    </message>
    <message>
        <source>Say why the value is set by hand: a reason is required.</source>
        <translation>请说明手动设置该值的原因：原因为必填项。</translation>
    </message>
    <message>
        <source>The override must last until a day after today.</source>
        <translation>手动设置的有效期必须截至今天之后的某一天。</translation>
    </message>
</context>
<context>
    <name>SurveyDialog</name>
    <message>
        <source>Not asked</source>
        <translation>未询问</translation>
    </message>
</context>
<context>
    <name>SurveyInsights</name>
    <message>
        <source>Act first</source>
        <translation>优先改进</translation>
    </message>
    <message>
        <source>Keep up</source>
        <translation>继续保持</translation>
    </message>
    <message>
        <source>Possible overkill</source>
        <translation>可能过度投入</translation>
    </message>
    <message>
        <source>Low priority</source>
        <translation>低优先级</translation>
    </message>
    <message>
        <source>Not enough answers</source>
        <translation>答卷不足</translation>
    </message>
</context>
<context>
    <name>SurveyService</name>
    <message>
        <source>%1 is %2 to %3, not %4.</source>
        <translation>%1须为 %2 到 %3，而不是 %4。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an answer; write dimension.item=value, for example ease.2=6 or 5.2=6 (dimensions: personalised, emotional, rights, value, ease).</source>
        <translation>“%1”不是有效的回答；请写成 dimension.item=value 的形式，例如 ease.2=6 或 5.2=6（维度：personalised、emotional、rights、value、ease）。</translation>
    </message>
    <message>
        <source>An answer is 1 to %1, not %2 (&apos;%3&apos;).</source>
        <translation>回答须为 1 到 %1，而不是 %2（“%3”）。</translation>
    </message>
    <message>
        <source>Likelihood to recommend (NPS)</source>
        <translation>推荐意愿（NPS）</translation>
    </message>
    <message>
        <source>Satisfaction (CSAT)</source>
        <translation>满意度（CSAT）</translation>
    </message>
    <message>
        <source>Effort (CES)</source>
        <translation>费力度（CES）</translation>
    </message>
    <message>
        <source>A survey needs at least one answer: NPS, CSAT, CES or a dimension&apos;s item.</source>
        <translation>调查答卷至少需要一个回答：NPS、CSAT、CES 或某个维度的题项。</translation>
    </message>
    <message>
        <source>An answer names dimension 1-5, item 1-%1 and a value 1-%2.</source>
        <translation>回答须指明维度 1-5、题项 1-%1 和取值 1-%2。</translation>
    </message>
    <message>
        <source>Item %1 of dimension %2 is answered twice.</source>
        <translation>维度 %2 的题项 %1 被回答了两次。</translation>
    </message>
    <message>
        <source>A survey&apos;s comment is at most 4000 characters long.</source>
        <translation>调查评论最多 4000 个字符。</translation>
    </message>
    <message>
        <source>The survey&apos;s day %1 is in the future; give a day up to today.</source>
        <translation>调查日期 %1 晚于今天；请填写不晚于今天的日期。</translation>
    </message>
    <message>
        <source>Ticket %1 is not one of this customer&apos;s tickets.</source>
        <translation>工单 %1 不属于该客户。</translation>
    </message>
</context>
<context>
    <name>SurveysCommand</name>
    <message>
        <source>Enter a survey response, or check the reliability of the survey&apos;s dimensions</source>
        <translation>录入调查答卷，或检验问卷各维度的信度</translation>
    </message>
    <message>
        <source>Enter a survey response</source>
        <translation>录入调查答卷</translation>
    </message>
    <message>
        <source>The customer&apos;s code</source>
        <translation>客户编号</translation>
    </message>
    <message>
        <source>The day it was answered (default today)</source>
        <translation>作答日期（默认今天）</translation>
    </message>
    <message>
        <source>Likelihood to recommend, 0-10</source>
        <translation>推荐意愿，0-10</translation>
    </message>
    <message>
        <source>Satisfaction, 1-5</source>
        <translation>满意度，1-5</translation>
    </message>
    <message>
        <source>A dimension&apos;s item, as dimension.item=value (ease.2=6); repeatable</source>
        <translation>某个维度的题项，格式为 dimension.item=value（如 ease.2=6）；可重复</translation>
    </message>
    <message>
        <source>Where it was answered</source>
        <translation>作答所在的触点</translation>
    </message>
    <message>
        <source>The ticket it follows</source>
        <translation>该答卷所跟进的工单</translation>
    </message>
    <message>
        <source>What the customer wrote</source>
        <translation>客户填写的评论</translation>
    </message>
    <message>
        <source>Cronbach&apos;s alpha of each dimension in a period</source>
        <translation>某一统计期内各维度的 Cronbach&apos;s α</translation>
    </message>
    <message>
        <source>2026-10, 2026Q3 or 2026</source>
        <translation>2026-10、2026Q3 或 2026</translation>
    </message>
    <message>
        <source>Only customers of this tier</source>
        <translation>仅限此等级的客户</translation>
    </message>
    <message>
        <source>Survey response %1 is recorded.</source>
        <translation>已记录调查答卷 %1。</translation>
    </message>
    <message>
        <source>%1  alpha %2  (%3 items, %4 complete responses)%5</source>
        <translation>%1  α %2  （%3 个题项，%4 份完整答卷）%5</translation>
    </message>
    <message>
        <source>  below the minimum</source>
        <translation>  低于最低值</translation>
    </message>
    <message>
        <source>Ease (CES), 1-7: 7 = it was easy</source>
        <translation>便捷度（CES），1-7：7 = 非常容易</translation>
    </message>
</context>
<context>
    <name>TargetsCommand</name>
    <message>
        <source>Set and list KPI targets</source>
        <translation>设置和列出 KPI 目标</translation>
    </message>
    <message>
        <source>Set a KPI&apos;s target for a period</source>
        <translation>设置某个 KPI 在某一统计期的目标</translation>
    </message>
    <message>
        <source>nps, csat, ces, retention_rate, ...</source>
        <translation>nps、csat、ces、retention_rate 等</translation>
    </message>
    <message>
        <source>2026-10, 2026Q3 or 2026</source>
        <translation>2026-10、2026Q3 或 2026</translation>
    </message>
    <message>
        <source>The target (rates as 0.95)</source>
        <translation>目标值（比率写作 0.95 的形式）</translation>
    </message>
    <message>
        <source>Targets, by period</source>
        <translation>按统计期列出目标</translation>
    </message>
    <message>
        <source>Only this period&apos;s</source>
        <translation>仅显示此统计期的目标</translation>
    </message>
    <message>
        <source>The target of %1 for %2 is %3.</source>
        <translation>%1 在 %2 的目标值为 %3。</translation>
    </message>
    <message numerus="yes">
        <source>%n target(s)</source>
        <translation>
            <numerusform>%n 个目标</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TextEncoding</name>
    <message>
        <source>The file is neither UTF-8 nor GBK text. Save it as UTF-8 (CSV UTF-8 in spreadsheet programs) and import it again.</source>
        <translation>该文件既不是 UTF-8 也不是 GBK 文本。请另存为 UTF-8（电子表格软件中的“CSV UTF-8”）后重新导入。</translation>
    </message>
    <message>
        <source>This system cannot convert GBK text.</source>
        <translation>本系统无法转换 GBK 文本。</translation>
    </message>
    <message>
        <source>The file is not valid UTF-8 (at byte %1). If it was saved as GBK, import it with the GBK encoding.</source>
        <translation>该文件不是有效的 UTF-8（第 %1 字节处）。如果它以 GBK 保存，请选择 GBK 编码导入。</translation>
    </message>
    <message>
        <source>The file is not valid GBK text (at byte %1). Check its encoding and save it as UTF-8 or GBK.</source>
        <translation>该文件不是有效的 GBK 文本（第 %1 字节处）。请检查其编码，并另存为 UTF-8 或 GBK。</translation>
    </message>
</context>
<context>
    <name>TicketLateRule</name>
    <message>
        <source>Ticket %1 has had no response since %2 (due within %3 hours).</source>
        <translation>工单 %1 自 %2 起一直未响应（应在 %3 小时内响应）。</translation>
    </message>
    <message>
        <source>Ticket %1, opened %2, is not resolved (due within %3 hours).</source>
        <translation>工单 %1 于 %2 创建，至今未解决（应在 %3 小时内解决）。</translation>
    </message>
</context>
<context>
    <name>TicketRowParser</name>
    <message>
        <source>&apos;%1&apos; is not a date or time for %2; use yyyy-mm-dd hh:mm.</source>
        <translation>“%1”不是有效的%2日期或时间；请使用 yyyy-mm-dd hh:mm。</translation>
    </message>
    <message>
        <source>The %1 time %2 is in the future.</source>
        <translation>%1时间 %2 在未来。</translation>
    </message>
    <message>
        <source>The customer code is empty.</source>
        <translation>客户编号为空。</translation>
    </message>
    <message>
        <source>When the ticket was opened is missing.</source>
        <translation>缺少工单的创建时间。</translation>
    </message>
    <message>
        <source>Unknown category &apos;%1&apos; (use quality, attitude, delivery, billing or other).</source>
        <translation>未知类别“%1”（请使用 quality、attitude、delivery、billing 或 other）。</translation>
    </message>
    <message>
        <source>Unknown escalation level &apos;%1&apos; (use immediate, 24h or 72h).</source>
        <translation>未知升级级别“%1”（请使用 immediate、24h 或 72h）。</translation>
    </message>
    <message>
        <source>A ticket needs a subject of 1 to 200 characters.</source>
        <translation>工单需要 1 到 200 个字符的主题。</translation>
    </message>
    <message>
        <source>A ticket cannot be answered, resolved or closed before it was opened.</source>
        <translation>工单不能在创建之前被响应、解决或关闭。</translation>
    </message>
    <message>
        <source>A closed ticket needs the time it was resolved.</source>
        <translation>已关闭的工单需要填写解决时间。</translation>
    </message>
    <message>
        <source>A ticket cannot be closed before it was resolved.</source>
        <translation>工单不能在解决之前关闭。</translation>
    </message>
    <message>
        <source>opening</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>first response</source>
        <translation>首次响应</translation>
    </message>
    <message>
        <source>resolution</source>
        <translation>解决</translation>
    </message>
    <message>
        <source>closing</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>TicketService</name>
    <message>
        <source>The time of %1 is in the future; give a time up to now.</source>
        <translation>%1 的时间晚于当前时间；请填写不晚于现在的时间。</translation>
    </message>
    <message>
        <source>The time of %1 is before the ticket was opened (%2).</source>
        <translation>%1 的时间早于工单的创建时间（%2）。</translation>
    </message>
    <message>
        <source>There is no active user with that name to assign the ticket to.</source>
        <translation>没有该名称的在职用户可以分配此工单。</translation>
    </message>
    <message>
        <source>Tickets are assigned to account managers or supervisors.</source>
        <translation>工单只能分配给客户经理或主管。</translation>
    </message>
    <message>
        <source>You may assign tickets only to yourself or to your team.</source>
        <translation>您只能将工单分配给自己或您的团队。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a ticket category; use quality, attitude, delivery, billing or other.</source>
        <translation>“%1”不是工单类别；请使用 quality、attitude、delivery、billing 或 other。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an escalation level; use immediate, 24h or 72h.</source>
        <translation>“%1”不是升级级别；请使用 immediate、24h 或 72h。</translation>
    </message>
    <message>
        <source>A ticket needs a subject of 1 to 200 characters.</source>
        <translation>工单主题须为 1 到 200 个字符。</translation>
    </message>
    <message>
        <source>A ticket&apos;s description is at most 8000 characters long.</source>
        <translation>工单描述最多 8000 个字符。</translation>
    </message>
    <message>
        <source>Interaction %1 is not one of this customer&apos;s.</source>
        <translation>互动 %1 不属于该客户。</translation>
    </message>
    <message>
        <source>There is no ticket %1.</source>
        <translation>不存在工单 %1。</translation>
    </message>
    <message>
        <source>Only an open ticket can be assigned; reopen it first.</source>
        <translation>只有未解决的工单才能分配；请先重新打开该工单。</translation>
    </message>
    <message>
        <source>Only an open ticket can be responded to; reopen it first.</source>
        <translation>只有未解决的工单才能响应；请先重新打开该工单。</translation>
    </message>
    <message>
        <source>The ticket is already resolved or closed.</source>
        <translation>该工单已解决或已关闭。</translation>
    </message>
    <message>
        <source>Only a resolved ticket can be closed; resolve it first.</source>
        <translation>只有已解决的工单才能关闭；请先解决该工单。</translation>
    </message>
    <message>
        <source>The ticket is still open.</source>
        <translation>该工单仍未解决。</translation>
    </message>
    <message>
        <source>A satisfaction score (CSAT) is 1 to 5, not %1.</source>
        <translation>满意度评分（CSAT）须为 1 到 5，而不是 %1。</translation>
    </message>
    <message>
        <source>The satisfaction check follows the closing of a ticket; close it first.</source>
        <translation>满意度回访须在工单关闭后进行；请先关闭该工单。</translation>
    </message>
    <message>
        <source>the assignment</source>
        <translation>分配</translation>
    </message>
    <message>
        <source>the response</source>
        <translation>响应</translation>
    </message>
    <message>
        <source>the resolution</source>
        <translation>解决</translation>
    </message>
    <message>
        <source>the closing</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>the reopening</source>
        <translation>重新打开</translation>
    </message>
    <message>
        <source>the opening</source>
        <translation>创建</translation>
    </message>
</context>
<context>
    <name>TicketsCommand</name>
    <message>
        <source>Open, progress and list service tickets and complaints, with their response and resolution targets.</source>
        <translation>创建、推进和列出服务工单与投诉，并显示其响应和解决时限。</translation>
    </message>
    <message>
        <source>Open a ticket</source>
        <translation>创建工单</translation>
    </message>
    <message>
        <source>The customer&apos;s code</source>
        <translation>客户编号</translation>
    </message>
    <message>
        <source>quality, attitude, delivery, billing or other</source>
        <translation>quality、attitude、delivery、billing 或 other</translation>
    </message>
    <message>
        <source>Escalation level: immediate, 24h or 72h</source>
        <translation>升级级别：immediate、24h 或 72h</translation>
    </message>
    <message>
        <source>What it is about</source>
        <translation>工单主题</translation>
    </message>
    <message>
        <source>Details (stored encrypted)</source>
        <translation>详细信息（加密存储）</translation>
    </message>
    <message>
        <source>The complaint interaction it comes from</source>
        <translation>该工单源自的投诉互动</translation>
    </message>
    <message>
        <source>It is a complaint</source>
        <translation>这是一条投诉</translation>
    </message>
    <message>
        <source>Assign it at once</source>
        <translation>立即分配</translation>
    </message>
    <message>
        <source>When it was opened (default: now)</source>
        <translation>创建时间（默认：现在）</translation>
    </message>
    <message>
        <source>Move a ticket on</source>
        <translation>推进工单</translation>
    </message>
    <message>
        <source>The ticket&apos;s id</source>
        <translation>工单 ID</translation>
    </message>
    <message>
        <source>assigned, responded, resolved, closed or reopened</source>
        <translation>assigned、responded、resolved、closed 或 reopened</translation>
    </message>
    <message>
        <source>With assigned: who</source>
        <translation>与 assigned 一起使用：分配给谁</translation>
    </message>
    <message>
        <source>When it happened (default: now)</source>
        <translation>发生时间（默认：现在）</translation>
    </message>
    <message>
        <source>List tickets, oldest first</source>
        <translation>列出工单，最早的在前</translation>
    </message>
    <message>
        <source>Only this customer&apos;s</source>
        <translation>仅显示此客户的工单</translation>
    </message>
    <message>
        <source>Only tickets not yet resolved</source>
        <translation>仅显示尚未解决的工单</translation>
    </message>
    <message>
        <source>Evaluate the service levels at this time (default: now)</source>
        <translation>按此时间评估服务水平（默认：现在）</translation>
    </message>
    <message>
        <source>Record the satisfaction check after a ticket was closed</source>
        <translation>在工单关闭后记录满意度回访</translation>
    </message>
    <message>
        <source>CSAT, 1 to 5</source>
        <translation>CSAT，1 到 5</translation>
    </message>
    <message>
        <source>The customer&apos;s words</source>
        <translation>客户原话</translation>
    </message>
    <message>
        <source>Opened ticket %1 (%2).</source>
        <translation>已创建工单 %1（%2）。</translation>
    </message>
    <message>
        <source>--status: &apos;%1&apos; is not a step; use assigned, responded, resolved, closed or reopened.</source>
        <translation>--status：“%1”不是有效的步骤；请使用 assigned、responded、resolved、closed 或 reopened。</translation>
    </message>
    <message>
        <source>Ticket %1 is now %2.</source>
        <translation>工单 %1 的状态现为 %2。</translation>
    </message>
    <message>
        <source> response late</source>
        <translation> 响应逾期</translation>
    </message>
    <message>
        <source> resolution late</source>
        <translation> 解决逾期</translation>
    </message>
    <message>
        <source> escalated to %1</source>
        <translation> 已升级至 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s)</source>
        <translation>
            <numerusform>%n 张工单</numerusform>
        </translation>
    </message>
    <message>
        <source>Recorded the satisfaction check of ticket %1.</source>
        <translation>已记录工单 %1 的满意度回访。</translation>
    </message>
    <message>
        <source>Resolution rate per owner and team against the 95% goal</source>
        <translation>按负责人和团队统计解决率，对照 95% 的目标</translation>
    </message>
    <message>
        <source>Tickets opened from this day</source>
        <translation>自此日起创建的工单</translation>
    </message>
    <message>
        <source>... to this day</source>
        <translation>……至此日</translation>
    </message>
    <message>
        <source>team</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>  below the 95% goal</source>
        <translation>  低于 95% 的目标</translation>
    </message>
    <message>
        <source>Where on the journey it arose (default: the interaction&apos;s)</source>
        <translation>它发生在旅程的哪个触点（默认：所来自互动的触点）</translation>
    </message>
</context>
<context>
    <name>TierReportBuilder</name>
    <message>
        <source>Nothing has been scored yet, so there is no tier report; run scoring first.</source>
        <translation>尚未进行任何评分，因此没有等级报告；请先运行评分。</translation>
    </message>
</context>
<context>
    <name>TierReportLayout</name>
    <message>
        <source>Tier report: scoring run %1 as of %2</source>
        <translation>等级报告：评分批次 %1，基准日 %2</translation>
    </message>
    <message>
        <source>The team of %1</source>
        <translation>%1 的团队</translation>
    </message>
    <message>
        <source>The portfolio of %1</source>
        <translation>%1 的客户组合</translation>
    </message>
    <message>
        <source>All customers</source>
        <translation>全部客户</translation>
    </message>
    <message>
        <source>Scoring run</source>
        <translation>评分批次</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>基准日</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>统计窗口</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>All history</source>
        <translation>全部历史</translation>
    </message>
    <message>
        <source>Scoring profile version</source>
        <translation>评分方案版本</translation>
    </message>
    <message>
        <source>Compared with</source>
        <translation>对比批次</translation>
    </message>
    <message>
        <source>Run %1 as of %2</source>
        <translation>批次 %1，基准日 %2</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Customers covered</source>
        <translation>覆盖范围</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>个人数据</translation>
    </message>
    <message>
        <source>Masked: names of persons as initials</source>
        <translation>已脱敏：个人姓名仅显示首字母</translation>
    </message>
    <message>
        <source>Not masked</source>
        <translation>未脱敏</translation>
    </message>
    <message>
        <source>Generated by</source>
        <translation>生成人</translation>
    </message>
    <message>
        <source>Generated at</source>
        <translation>生成时间</translation>
    </message>
    <message>
        <source>Promotions</source>
        <translation>升级人数</translation>
    </message>
    <message>
        <source>Demotions</source>
        <translation>降级人数</translation>
    </message>
    <message>
        <source>Same tier</source>
        <translation>等级不变</translation>
    </message>
    <message>
        <source>Not scored in the compared run</source>
        <translation>未在对比批次中评分</translation>
    </message>
    <message>
        <source>Share of customers</source>
        <translation>客户占比</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>收入</translation>
    </message>
    <message>
        <source>Share of revenue</source>
        <translation>收入占比</translation>
    </message>
    <message>
        <source>Average CLV</source>
        <translation>平均 CLV</translation>
    </message>
    <message>
        <source>Average P(alive)</source>
        <translation>平均存活概率</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Tiers</source>
        <translation>等级分布</translation>
    </message>
    <message>
        <source>Account manager</source>
        <translation>客户经理</translation>
    </message>
    <message>
        <source>(no owner)</source>
        <translation>（无负责人）</translation>
    </message>
    <message>
        <source>Account managers</source>
        <translation>客户经理</translation>
    </message>
    <message>
        <source>From tier</source>
        <translation>原等级</translation>
    </message>
    <message>
        <source>To %1</source>
        <translation>至%1</translation>
    </message>
    <message>
        <source>Tier movements</source>
        <translation>等级变动</translation>
    </message>
    <message>
        <source>Promoted and demoted customers</source>
        <translation>升级与降级客户</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>客户编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>To tier</source>
        <translation>新等级</translation>
    </message>
    <message>
        <source>RFMS before</source>
        <translation>原 RFMS</translation>
    </message>
    <message>
        <source>RFMS after</source>
        <translation>新 RFMS</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变动</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Tier in compared run</source>
        <translation>对比批次中的等级</translation>
    </message>
    <message>
        <source>RFM code</source>
        <translation>RFM 编码</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>细分群体</translation>
    </message>
    <message>
        <source>RFMS</source>
        <translation>RFMS</translation>
    </message>
    <message>
        <source>CRMV</source>
        <translation>CRMV</translation>
    </message>
    <message>
        <source>TierScore</source>
        <translation>等级分</translation>
    </message>
    <message>
        <source>CLV</source>
        <translation>CLV</translation>
    </message>
    <message>
        <source>P(alive)</source>
        <translation>存活概率</translation>
    </message>
    <message>
        <source>Profile version</source>
        <translation>方案版本</translation>
    </message>
    <message>
        <source>Lifetime value model warnings</source>
        <translation>客户终身价值模型警告</translation>
    </message>
</context>
<context>
    <name>TierReportService</name>
    <message>
        <source>There is no report format &apos;%1&apos;; choose %2.</source>
        <translation>没有“%1”这种报告格式；请选择 %2。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a file name; name the report file.</source>
        <translation>“%1”不是文件名；请为报告文件命名。</translation>
    </message>
    <message>
        <source>The folder %1 does not exist; create it or choose another.</source>
        <translation>文件夹 %1 不存在；请先创建或另选文件夹。</translation>
    </message>
</context>
<context>
    <name>TouchpointBox</name>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
</context>
<context>
    <name>TouchpointLookup</name>
    <message>
        <source>There is no touchpoint named &apos;%1&apos;; see the journey map for the touchpoints there are.</source>
        <translation>不存在名为“%1”的触点；请在客户旅程图中查看现有的触点。</translation>
    </message>
    <message>
        <source>The touchpoint &apos;%1&apos; is retired; choose one in use on the journey map.</source>
        <translation>触点“%1”已停用；请选择客户旅程图中在用的触点。</translation>
    </message>
</context>
<context>
    <name>UserCommand</name>
    <message>
        <source>Manage user accounts (administrators), or change your own password.</source>
        <translation>管理用户账户（限管理员），或修改您自己的密码。</translation>
    </message>
    <message>
        <source>Add a user (password from TESSERA_NEW_PASSWORD or a prompt)</source>
        <translation>添加用户（密码取自 TESSERA_NEW_PASSWORD 或提示输入）</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>account_manager, supervisor, analyst or administrator</source>
        <translation>account_manager、supervisor、analyst 或 administrator</translation>
    </message>
    <message>
        <source>Full name shown in the application</source>
        <translation>在应用程序中显示的全名</translation>
    </message>
    <message>
        <source>The supervisor an account manager reports to</source>
        <translation>客户经理所属的主管</translation>
    </message>
    <message>
        <source>Change a password (yours by default; new one from TESSERA_NEW_PASSWORD or a prompt)</source>
        <translation>修改密码（默认为您自己的；新密码取自 TESSERA_NEW_PASSWORD 或提示输入）</translation>
    </message>
    <message>
        <source>Whose password (administrators only for others)</source>
        <translation>要修改谁的密码（修改他人密码仅限管理员）</translation>
    </message>
    <message>
        <source>List users</source>
        <translation>列出用户</translation>
    </message>
    <message>
        <source>Stop a user from signing in</source>
        <translation>禁止用户登录</translation>
    </message>
    <message>
        <source>Let a disabled user sign in again</source>
        <translation>允许已停用的用户重新登录</translation>
    </message>
    <message>
        <source>Added %1 (%2).</source>
        <translation>已添加 %1（%2）。</translation>
    </message>
    <message>
        <source>Changed the password of %1.</source>
        <translation>已修改 %1 的密码。</translation>
    </message>
    <message>
        <source>  (disabled)</source>
        <translation>  （已停用）</translation>
    </message>
    <message>
        <source>Enabled %1.</source>
        <translation>已启用 %1。</translation>
    </message>
    <message>
        <source>Disabled %1.</source>
        <translation>已停用 %1。</translation>
    </message>
    <message>
        <source>Remove a user and re-key personal data without them</source>
        <translation>删除用户，并在其不再持有密钥的情况下为个人数据更换密钥</translation>
    </message>
    <message>
        <source>Removed %1; personal data is now under a new key.</source>
        <translation>已删除 %1；个人数据现已使用新密钥加密。</translation>
    </message>
</context>
<context>
    <name>UserService</name>
    <message>
        <source>A user name has 1 to 64 letters, digits, dots, dashes or underscores.</source>
        <translation>用户名由 1 到 64 个字母、数字、点、连字符或下划线组成。</translation>
    </message>
    <message>
        <source>The user name &apos;%1&apos; is taken.</source>
        <translation>用户名“%1”已被使用。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a supervisor&apos;s user name.</source>
        <translation>“%1”不是主管的用户名。</translation>
    </message>
    <message>
        <source>Only account managers report to a supervisor.</source>
        <translation>只有客户经理才向主管汇报。</translation>
    </message>
    <message>
        <source>There is no user &apos;%1&apos;.</source>
        <translation>不存在用户“%1”。</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>当前密码错误。</translation>
    </message>
    <message>
        <source>You cannot deactivate your own account.</source>
        <translation>您不能停用自己的账户。</translation>
    </message>
    <message>
        <source>Sign in first.</source>
        <translation>请先登录。</translation>
    </message>
    <message>
        <source>The user %1 was removed and cannot sign in again; add a new user instead.</source>
        <translation>用户 %1 已被删除，无法再次登录；请改为添加新用户。</translation>
    </message>
    <message>
        <source>You cannot remove your own account.</source>
        <translation>您不能删除自己的账户。</translation>
    </message>
</context>
<context>
    <name>ValueFlowRule</name>
    <message>
        <source>Demoted from %1 to %2 and RFMS down %3 points (%4 to %5) between the runs of %6 and %7.</source>
        <translation>在 %6 与 %7 的评分运行之间从%1降为%2，RFMS 下降 %3 分（%4 降至 %5）。</translation>
    </message>
    <message>
        <source>Demoted from %1 to %2 between the runs of %3 and %4.</source>
        <translation>在 %3 与 %4 的评分运行之间从%1降为%2。</translation>
    </message>
    <message>
        <source>RFMS down %1 points (%2 to %3, limit %4) between the runs of %5 and %6.</source>
        <translation>在 %5 与 %6 的评分运行之间 RFMS 下降 %1 分（%2 降至 %3，上限 %4）。</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Company</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>个人</translation>
    </message>
    <message>
        <source>Potential</source>
        <translation>潜在</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新客户</translation>
    </message>
    <message>
        <source>Growing</source>
        <translation>成长</translation>
    </message>
    <message>
        <source>Mature</source>
        <translation>成熟</translation>
    </message>
    <message>
        <source>Declining</source>
        <translation>衰退</translation>
    </message>
    <message>
        <source>Churned</source>
        <translation>流失</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>每周</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>每月</translation>
    </message>
    <message>
        <source>Quarterly</source>
        <translation>每季度</translation>
    </message>
    <message>
        <source>Yearly</source>
        <translation>每年</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>从不</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>拜访</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <source>App</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>Social media</source>
        <translation>社交媒体</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>网站</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>电话沟通</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>推荐</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>评价</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>分享</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>评论</translation>
    </message>
    <message>
        <source>Inbound</source>
        <translation>呼入</translation>
    </message>
    <message>
        <source>Outbound</source>
        <translation>呼出</translation>
    </message>
    <message>
        <source>Diamond</source>
        <translation>钻石</translation>
    </message>
    <message>
        <source>Platinum</source>
        <translation>铂金</translation>
    </message>
    <message>
        <source>Gold</source>
        <translation>黄金</translation>
    </message>
    <message>
        <source>Silver</source>
        <translation>白银</translation>
    </message>
    <message>
        <source>Bronze</source>
        <translation>青铜</translation>
    </message>
    <message>
        <source>Champions</source>
        <translation>冠军客户</translation>
    </message>
    <message>
        <source>Loyal</source>
        <translation>忠诚客户</translation>
    </message>
    <message>
        <source>Potential loyalist</source>
        <translation>潜在忠诚客户</translation>
    </message>
    <message>
        <source>New</source>
        <comment>RFM segment</comment>
        <translation>新客户</translation>
    </message>
    <message>
        <source>Promising</source>
        <translation>有潜力客户</translation>
    </message>
    <message>
        <source>Need attention</source>
        <translation>需要关注</translation>
    </message>
    <message>
        <source>About to sleep</source>
        <translation>即将沉睡</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>流失风险</translation>
    </message>
    <message>
        <source>Can&apos;t lose</source>
        <translation>不能流失</translation>
    </message>
    <message>
        <source>Hibernating</source>
        <translation>休眠客户</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>已流失</translation>
    </message>
    <message>
        <source>Awareness</source>
        <translation>认知</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>评估</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>承诺</translation>
    </message>
    <message>
        <source>Advocacy (behaviour)</source>
        <translation>拥护（行为）</translation>
    </message>
    <message>
        <source>Personalised service</source>
        <translation>个性化服务</translation>
    </message>
    <message>
        <source>Emotional connection</source>
        <translation>情感连接</translation>
    </message>
    <message>
        <source>Protection of rights</source>
        <translation>权益保障</translation>
    </message>
    <message>
        <source>Perceived value</source>
        <translation>价值感知</translation>
    </message>
    <message>
        <source>Ease of interaction</source>
        <translation>互动便捷</translation>
    </message>
</context>
<context>
    <name>WarningKind</name>
    <message>
        <source>Churn risk</source>
        <translation>流失风险</translation>
    </message>
    <message>
        <source>Over-contact</source>
        <translation>过度联系</translation>
    </message>
    <message>
        <source>Contact overdue</source>
        <translation>联系逾期</translation>
    </message>
    <message>
        <source>Value drop</source>
        <translation>价值下滑</translation>
    </message>
    <message>
        <source>Follow-up overdue</source>
        <translation>跟进逾期</translation>
    </message>
    <message>
        <source>First response late</source>
        <translation>首次响应逾期</translation>
    </message>
    <message>
        <source>Resolution late</source>
        <translation>解决逾期</translation>
    </message>
    <message>
        <source>Low health</source>
        <translation>健康度偏低</translation>
    </message>
</context>
<context>
    <name>WarningService</name>
    <message>
        <source>You may only see the warnings of your own portfolio (or your team&apos;s).</source>
        <translation>您只能查看自己（或您团队）客户组合的预警。</translation>
    </message>
    <message>
        <source>The limit must be 1 or more.</source>
        <translation>数量上限必须大于或等于 1。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a warning id; copy one from the warnings list (kind:customer:date, such as over-contact:42:2026-06-30).</source>
        <translation>“%1”不是预警 ID；请从预警列表中复制一个（格式为 类型:客户:日期，例如 over-contact:42:2026-06-30）。</translation>
    </message>
    <message>
        <source>Snooze a warning until a day after today (--until DATE).</source>
        <translation>请将预警暂缓至今天之后的某一天（--until DATE）。</translation>
    </message>
    <message>
        <source>There is no such warning today: %1. It may have ended; list the warnings again.</source>
        <translation>今天没有这条预警：%1。它可能已经结束；请重新列出预警。</translation>
    </message>
</context>
<context>
    <name>WarningsCommand</name>
    <message>
        <source>List the open warnings (churn, over-contact, contact cadence, value flow) and overdue follow-ups of the customers you may see.</source>
        <translation>列出您可查看客户的未处理预警（流失、过度联系、联系节奏、价值流动）和逾期跟进。</translation>
    </message>
    <message>
        <source>Only this account manager&apos;s customers</source>
        <translation>仅显示此客户经理的客户</translation>
    </message>
    <message>
        <source>The as-of date (default: today)</source>
        <translation>基准日（默认：今天）</translation>
    </message>
    <message>
        <source>At most N warnings (default: all)</source>
        <translation>最多 N 条预警（默认：全部）</translation>
    </message>
    <message>
        <source>--limit needs a number of 1 or more, not %1.</source>
        <translation>--limit 需要大于或等于 1 的数字，而不是 %1。</translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n 条预警</numerusform>
        </translation>
    </message>
    <message>
        <source>Only churn, over-contact, cadence, value-flow, follow-up, first-response-late, resolution-late or health</source>
        <translation>仅显示 churn、over-contact、cadence、value-flow、follow-up、first-response-late、resolution-late 或 health 类型的预警</translation>
    </message>
    <message>
        <source>Also the warnings acknowledged, snoozed or resolved</source>
        <translation>同时显示已确认、已暂缓或已解决的预警</translation>
    </message>
    <message>
        <source>The warning&apos;s id, from the list</source>
        <translation>预警 ID（取自列表）</translation>
    </message>
    <message>
        <source>Back in the list on this day</source>
        <translation>在此日期重新回到列表</translation>
    </message>
    <message>
        <source>Acknowledge a warning: seen, being handled</source>
        <translation>确认预警：已查看，正在处理</translation>
    </message>
    <message>
        <source>Snooze a warning until a day</source>
        <translation>将预警暂缓至某一天</translation>
    </message>
    <message>
        <source>Resolve a warning</source>
        <translation>解决预警</translation>
    </message>
    <message>
        <source>Warning %1 is %2.</source>
        <translation>预警 %1 的状态现为 %2。</translation>
    </message>
    <message>
        <source>--kind: &apos;%1&apos; is not a kind of warning; use churn, over-contact, cadence, value-flow, follow-up, first-response-late, resolution-late or health.</source>
        <translation>--kind：“%1”不是预警类型；请使用 churn、over-contact、cadence、value-flow、follow-up、first-response-late、resolution-late 或 health。</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>The database %1 does not exist. Check the path, or create it with &apos;tessera-cli init&apos;.</source>
        <translation>数据库 %1 不存在。请检查路径，或使用“tessera-cli init”创建。</translation>
    </message>
    <message>
        <source>%1 is not a Tessera database (%2). Choose a file created by Tessera.</source>
        <translation>%1 不是 Tessera 数据库（%2）。请选择由 Tessera 创建的文件。</translation>
    </message>
    <message>
        <source>The database %1 is damaged (%2). Restore it from a backup.</source>
        <translation>数据库 %1 已损坏（%2）。请从备份中恢复。</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer version of Tessera (%2). Update Tessera to open it.</source>
        <translation>数据库 %1 由更高版本的 Tessera 写入（%2）。请升级 Tessera 后再打开。</translation>
    </message>
    <message>
        <source>The database %1 cannot be written (%2). Move it to a writable folder or change its permissions.</source>
        <translation>数据库 %1 无法写入（%2）。请将其移到可写的文件夹，或修改其权限。</translation>
    </message>
    <message>
        <source>%1 already exists. Choose another file name.</source>
        <translation>%1 已存在。请选择其他文件名。</translation>
    </message>
    <message>
        <source>The database %1 is locked by another program. Close it and try again.</source>
        <translation>数据库 %1 已被其他程序锁定。请关闭该程序后重试。</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>The password must have at least %1 characters.</source>
        <translation>密码至少需要 %1 个字符。</translation>
    </message>
    <message>
        <source>The administrator needs a user name.</source>
        <translation>管理员需要一个用户名。</translation>
    </message>
    <message>
        <source>Unknown user name or wrong password.</source>
        <translation>用户名不存在或密码错误。</translation>
    </message>
    <message>
        <source>The user %1 has an unknown role.</source>
        <translation>用户 %1 的角色未知。</translation>
    </message>
    <message>
        <source>Sign in first.</source>
        <translation>请先登录。</translation>
    </message>
    <message>
        <source>There is no customer with id %1.</source>
        <translation>不存在 ID 为 %1 的客户。</translation>
    </message>
    <message>
        <source>Your account has been disabled or removed. Sign out.</source>
        <translation>您的账户已被停用或删除。请退出登录。</translation>
    </message>
    <message>
        <source>The password is wrong.</source>
        <translation>密码错误。</translation>
    </message>
    <message numerus="yes">
        <source>Enter your password again first: personal data leaves the database only within %n minute(s) of confirming who you are.</source>
        <translation>
            <numerusform>请先再次输入密码：只有在确认身份后的 %n 分钟内，个人数据才能导出数据库。</numerusform>
        </translation>
    </message>
    <message>
        <source>The keys for finding duplicate customers could not be brought up to date (%1). Check that the database file is writable and sign in again.</source>
        <translation>无法更新用于查找重复客户的匹配键（%1）。请检查数据库文件是否可写，然后重新登录。</translation>
    </message>
    <message>
        <source>The keys for searching customers by pinyin could not be made (%1). Check that the database file is writable and sign in again.</source>
        <translation>无法生成按拼音搜索客户所需的索引键（%1）。请检查数据库文件是否可写，然后重新登录。</translation>
    </message>
    <message>
        <source>The server database %1 holds no Tessera database yet. Copy a database file to it with &apos;tessera-cli migrate --from FILE --to %1&apos;.</source>
        <translation>服务器数据库 %1 中还没有 Tessera 数据库。请用 &apos;tessera-cli migrate --from FILE --to %1&apos; 把数据库文件复制过去。</translation>
    </message>
    <message>
        <source>The server database %1 was set up by another version of Tessera (%2). Use the version your team uses.</source>
        <translation>服务器数据库 %1 由另一个版本的 Tessera 建立（%2）。请使用团队所用的版本。</translation>
    </message>
    <message>
        <source>Cannot connect to the team server (%1). Check the server&apos;s address, the database name and your login role, and that the server is running.</source>
        <translation>无法连接团队服务器（%1）。请检查服务器地址、数据库名称和您的登录角色，并确认服务器正在运行。</translation>
    </message>
</context>
<context>
    <name>XlsxTierReportWriter</name>
    <message>
        <source>Writing %1 failed: %2.</source>
        <translation>写入 %1 失败：%2。</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>报告</translation>
    </message>
</context>
<context>
    <name>tessera::app::AccessReviewController</name>
    <message>
        <source>Access &amp;Review…</source>
        <translation>访问审查(&amp;R)…</translation>
    </message>
</context>
<context>
    <name>tessera::app::AccessReviewDialog</name>
    <message>
        <source>Access Review</source>
        <translation>访问审查</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>起始(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>截止(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>显示(&amp;S)</translation>
    </message>
    <message>
        <source>Days and times are in the database&apos;s time zone, %1. Both days are included.</source>
        <translation>日期和时间均采用数据库的时区：%1。包含起止两天。</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>导出 CSV(&amp;E)…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>Flagged: more than %1 reads by one user in a day (bulk); a read or attempt before %2:00 or from %3:00 on (out of hours); Saturdays and Sundays (weekend); refused attempts. Settings of scoring profile version %4.</source>
        <translation>标记规则：同一用户一天内读取超过 %1 次（批量）；在 %2:00 之前或 %3:00 及之后读取或尝试访问（非工作时间）；周六和周日（周末）；被拒绝的尝试。采用评分方案版本 %4 的设置。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln user-day(s)</source>
        <translation>
            <numerusform>%Ln 个用户日</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln read(s)</source>
        <translation>
            <numerusform>%Ln 次读取</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln flagged</source>
        <translation>
            <numerusform>%Ln 个已标记</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Access Review</source>
        <translation>导出访问审查</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
</context>
<context>
    <name>tessera::app::AccessReviewModel</name>
    <message numerus="yes">
        <source>%1 (%Ln row(s))</source>
        <translation>
            <numerusform>%1（%Ln 行）</numerusform>
        </translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Reads</source>
        <translation>读取次数</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户数</translation>
    </message>
    <message>
        <source>Exports</source>
        <translation>导出次数</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>被拒绝次数</translation>
    </message>
    <message>
        <source>First</source>
        <translation>首次访问</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>末次访问</translation>
    </message>
    <message>
        <source>Out of hours</source>
        <translation>非工作时间</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>标记</translation>
    </message>
</context>
<context>
    <name>tessera::app::ActionRegistry</name>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Scoring</source>
        <translation>评分(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>报告(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Administration</source>
        <translation>管理(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
</context>
<context>
    <name>tessera::app::AdminController</name>
    <message>
        <source>&amp;Users…</source>
        <translation>用户(&amp;U)…</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>备份(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Audit Log…</source>
        <translation>审计日志(&amp;A)…</translation>
    </message>
    <message>
        <source>Automatic backup saved to %1</source>
        <translation>自动备份已保存到 %1</translation>
    </message>
    <message>
        <source>The automatic backup failed: %1</source>
        <translation>自动备份失败：%1</translation>
    </message>
    <message>
        <source>Re-encrypting personal data under a new key. The customers return when it is done.</source>
        <translation>正在用新密钥重新加密个人数据。完成后客户列表将恢复显示。</translation>
    </message>
    <message>
        <source>Restoring the database from %1.</source>
        <translation>正在从 %1 恢复数据库。</translation>
    </message>
    <message>
        <source>Restore From Backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>Checking the backup, then restoring it</source>
        <translation>正在检查备份，随后恢复</translation>
    </message>
    <message>
        <source>The database was restored from %1. Its state before the restore was saved to the backups folder.</source>
        <translation>数据库已从 %1 恢复。恢复前的状态已保存到备份文件夹。</translation>
    </message>
</context>
<context>
    <name>tessera::app::AuditLogDialog</name>
    <message>
        <source>Audit Log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>Load &amp;More</source>
        <translation>加载更多(&amp;M)</translation>
    </message>
    <message>
        <source>All users</source>
        <translation>所有用户</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>所有操作</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>任意</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>起始(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>截止(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>显示(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Verify Chain</source>
        <translation>校验哈希链(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>用户(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>操作(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Customer code:</source>
        <translation>客户编号(&amp;C)：</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message numerus="yes">
        <source>Newest %Ln row(s) shown; more are older.</source>
        <translation>
            <numerusform>显示最新的 %Ln 行；更早的记录还有更多。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) shown.</source>
        <translation>
            <numerusform>显示 %Ln 行。</numerusform>
        </translation>
    </message>
    <message>
        <source>Verifying the audit chain…</source>
        <translation>正在校验审计哈希链…</translation>
    </message>
    <message>
        <source>Dates and times are in the database&apos;s time zone, %1.</source>
        <translation>日期和时间均采用数据库的时区：%1。</translation>
    </message>
</context>
<context>
    <name>tessera::app::AuditLogModel</name>
    <message>
        <source>(nobody signed in)</source>
        <translation>（无人登录）</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>被拒绝</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
</context>
<context>
    <name>tessera::app::BackgroundTask</name>
    <message>
        <source>Starting…</source>
        <translation>正在开始…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
</context>
<context>
    <name>tessera::app::BackupsDialog</name>
    <message>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>Backups folder: %1</source>
        <translation>备份文件夹：%1</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Back Up &amp;Now</source>
        <translation>立即备份(&amp;N)</translation>
    </message>
    <message>
        <source>Back Up &amp;To…</source>
        <translation>备份到(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>恢复(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Check Database</source>
        <translation>检查数据库(&amp;C)</translation>
    </message>
    <message>
        <source>Back Up To</source>
        <translation>备份到</translation>
    </message>
    <message>
        <source>%1-backup-%2.tessera</source>
        <translation>%1-备份-%2.tessera</translation>
    </message>
    <message>
        <source>Tessera databases (*.tessera);;All files (*)</source>
        <translation>Tessera 数据库 (*.tessera);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Back Up</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>Backed up to %1 (%2).</source>
        <translation>已备份到 %1（%2）。</translation>
    </message>
    <message>
        <source>Check Database</source>
        <translation>检查数据库</translation>
    </message>
    <message>
        <source>The file&apos;s integrity and its foreign keys check out.</source>
        <translation>文件完整性和外键检查均通过。</translation>
    </message>
    <message numerus="yes">
        <source>The file has %Ln problem(s); the first: %1</source>
        <translation>
            <numerusform>文件有 %Ln 个问题；第一个：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore From Backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>Restoring replaces everything in the database with the backup %1 made %2. The current state is saved to the backups folder first. Everyone signed in must sign in again afterwards.</source>
        <translation>恢复操作会用 %2 创建的备份 %1 替换数据库中的全部内容。当前状态会先保存到备份文件夹。恢复后，所有已登录的用户都需要重新登录。</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Erased Since</source>
        <translation>此后清除人数</translation>
    </message>
    <message>
        <source>Persons erased since the backup was made whose personal data it still holds, until retention deletes it</source>
        <translation>备份创建后被清除个人数据的人数；在该备份按保留期限被删除之前，其中仍含这些人的个人数据</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>无法读取</translation>
    </message>
</context>
<context>
    <name>tessera::app::CampaignDialog</name>
    <message>
        <source>Edit Campaign</source>
        <translation>编辑营销活动</translation>
    </message>
    <message>
        <source>New Campaign</source>
        <translation>新建营销活动</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>营销活动</translation>
    </message>
    <message>
        <source>Relationship investment</source>
        <translation>关系投资</translation>
    </message>
    <message>
        <source>A tier</source>
        <translation>某一等级</translation>
    </message>
    <message>
        <source>An RFM segment</source>
        <translation>某一 RFM 细分群体</translation>
    </message>
    <message>
        <source>An owner&apos;s portfolio</source>
        <translation>某位负责人的客户组合</translation>
    </message>
    <message>
        <source>Customers by code</source>
        <translation>按编号指定的客户</translation>
    </message>
    <message>
        <source>Customer codes, one per line or separated by commas</source>
        <translation>客户编号，每行一个或以逗号分隔</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Cost:</source>
        <translation>成本(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>起始(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>截止(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Targets:</source>
        <translation>目标客户(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>描述(&amp;D)：</translation>
    </message>
    <message>
        <source>The customers a target names are fixed when you save; saving again takes in who matches then.</source>
        <translation>保存时即固定目标客户；再次保存会按当时的条件重新选取。</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) by code</source>
        <translation>
            <numerusform>按编号指定的 %n 位客户</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tessera::app::CompareRunsDialog</name>
    <message>
        <source>Compare Scoring Runs</source>
        <translation>比较评分批次</translation>
    </message>
    <message>
        <source>&amp;From run:</source>
        <translation>起始批次(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;To run:</source>
        <translation>对比批次(&amp;T)：</translation>
    </message>
    <message>
        <source>Loading the scoring runs…</source>
        <translation>正在加载评分批次…</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>客户编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>From tier</source>
        <translation>原等级</translation>
    </message>
    <message>
        <source>To tier</source>
        <translation>新等级</translation>
    </message>
    <message>
        <source>RFMS before</source>
        <translation>原 RFMS</translation>
    </message>
    <message>
        <source>RFMS after</source>
        <translation>新 RFMS</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变动</translation>
    </message>
    <message numerus="yes">
        <source>Comparing needs two scoring runs; there is %Ln so far.</source>
        <translation>
            <numerusform>比较需要两个评分批次；目前只有 %Ln 个。</numerusform>
        </translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>正在比较…</translation>
    </message>
    <message>
        <source>No customer you can see changed tier between these runs.</source>
        <translation>在这两个批次之间，您可见的客户中没有等级变动。</translation>
    </message>
    <message>
        <source>%1 promoted, %2 demoted.</source>
        <translation>升级 %1 位，降级 %2 位。</translation>
    </message>
    <message>
        <source>▲ Promoted</source>
        <translation>▲ 升级</translation>
    </message>
    <message>
        <source>▼ Demoted</source>
        <translation>▼ 降级</translation>
    </message>
</context>
<context>
    <name>tessera::app::ConnectServerDialog</name>
    <message>
        <source>Connect to Server</source>
        <translation>连接服务器</translation>
    </message>
    <message>
        <source>Connect to your team&apos;s PostgreSQL server with your own login role. You then sign in with your Tessera user name and password.</source>
        <translation>使用您自己的登录角色连接团队的 PostgreSQL 服务器，然后用您的 Tessera 用户名和密码登录。</translation>
    </message>
    <message>
        <source>New connection</source>
        <translation>新连接</translation>
    </message>
    <message>
        <source>&amp;Recent:</source>
        <translation>最近(&amp;R)：</translation>
    </message>
    <message>
        <source>db.example.com, or a socket folder such as /var/run/postgresql</source>
        <translation>db.example.com，或套接字目录，如 /var/run/postgresql</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>主机(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>端口(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>数据库(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Login role:</source>
        <translation>登录角色(&amp;L)：</translation>
    </message>
    <message>
        <source>empty: from ~/.pgpass or PGPASSWORD</source>
        <translation>留空：取自 ~/.pgpass 或 PGPASSWORD</translation>
    </message>
    <message>
        <source>Server pass&amp;word:</source>
        <translation>服务器密码(&amp;W)：</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>Enter the server&apos;s host name, or the folder of its Unix socket.</source>
        <translation>请输入服务器的主机名，或其 Unix 套接字所在目录。</translation>
    </message>
    <message>
        <source>Enter the name of the team&apos;s database on the server.</source>
        <translation>请输入团队在服务器上的数据库名称。</translation>
    </message>
    <message>
        <source>Enter your login role on the server (your administrator gave it to you).</source>
        <translation>请输入您在服务器上的登录角色（由管理员提供）。</translation>
    </message>
</context>
<context>
    <name>tessera::app::CustomerController</name>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;New Customer…</source>
        <translation>新建客户(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Edit Customer…</source>
        <translation>编辑客户(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Archive Customer</source>
        <translation>归档客户(&amp;A)</translation>
    </message>
    <message>
        <source>New Customer</source>
        <translation>新建客户</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>归档</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>&amp;Restore Customer</source>
        <translation>恢复客户(&amp;R)</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Edit Customer</source>
        <translation>编辑客户</translation>
    </message>
    <message>
        <source>Archive Customer</source>
        <translation>归档客户</translation>
    </message>
    <message>
        <source>Restore Customer</source>
        <translation>恢复客户</translation>
    </message>
</context>
<context>
    <name>tessera::app::CustomerEditorDialog</name>
    <message>
        <source>New Customer</source>
        <translation>新建客户</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>未记录</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>未分配</translation>
    </message>
    <message>
        <source>Edit Customer %1</source>
        <translation>编辑客户 %1</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2（%3）</translation>
    </message>
    <message>
        <source>Create Anyway</source>
        <translation>仍然创建</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) with a similar name, or the same phone, email or ID number, already exist. Check that this is a different client, then choose Create Anyway.</source>
        <translation>
            <numerusform>已有 %Ln 个名称相似或电话、电子邮件、证件号码相同的客户。请确认这是另一位客户，然后选择“仍然创建”。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tessera::app::CustomerJourneyWidget</name>
    <message>
        <source>Now in: %1</source>
        <translation>当前阶段：%1</translation>
    </message>
    <message>
        <source>Now in: no stage yet</source>
        <translation>当前阶段：暂无</translation>
    </message>
    <message>
        <source>No interactions recorded yet.</source>
        <translation>尚未记录任何互动。</translation>
    </message>
    <message numerus="yes">
        <source>%n interaction(s) at a touchpoint; %1 without one. Red dots are complaints; the ringed dot is the latest.</source>
        <translation>
            <numerusform>%n 次互动发生在触点上；%1 次没有触点。红点表示投诉；带圈的点为最近一次互动。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tessera::app::CustomerPanel</name>
    <message>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>客户编号：</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <source>Industry:</source>
        <translation>行业：</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>地区：</translation>
    </message>
    <message>
        <source>Acquisition channel:</source>
        <translation>获客渠道：</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>负责人：</translation>
    </message>
    <message>
        <source>Lifecycle stage:</source>
        <translation>生命周期阶段：</translation>
    </message>
    <message>
        <source>Risk level:</source>
        <translation>风险等级：</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>标签：</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>电话：</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>电子邮件：</translation>
    </message>
    <message>
        <source>ID number:</source>
        <translation>证件号码：</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>地址：</translation>
    </message>
    <message>
        <source>Allowed channels:</source>
        <translation>允许的联系渠道：</translation>
    </message>
    <message>
        <source>Contact frequency:</source>
        <translation>联系频率：</translation>
    </message>
    <message>
        <source>Unsubscribed:</source>
        <translation>已退订：</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>Last updated:</source>
        <translation>最后更新：</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>档案</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>主要联系人</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Hidden for your role</source>
        <translation>您的角色不可见</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>未分配</translation>
    </message>
    <message>
        <source>%1 risk</source>
        <translation>%1风险</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>已归档</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation>已隐藏</translation>
    </message>
    <message>
        <source>Contacts (%1)</source>
        <translation>联系人（%1）</translation>
    </message>
    <message>
        <source>Select a customer to see their profile, contacts, timeline and scores.</source>
        <translation>选择一个客户，查看其档案、联系人、时间线和评分。</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>Tier history</source>
        <translation>等级历史</translation>
    </message>
    <message>
        <source>Loyalty stage:</source>
        <translation>忠诚度阶段：</translation>
    </message>
    <message>
        <source>Health score:</source>
        <translation>健康度：</translation>
    </message>
    <message>
        <source>Health %1</source>
        <translation>健康度 %1</translation>
    </message>
    <message>
        <source>%1 of 100</source>
        <translation>%1（满分 100）</translation>
    </message>
    <message>
        <source>Not computed yet</source>
        <translation>尚未计算</translation>
    </message>
    <message>
        <source>Journey</source>
        <translation>旅程</translation>
    </message>
</context>
<context>
    <name>tessera::app::CustomersBehindDialog</name>
    <message numerus="yes">
        <source>The first %n customer(s); double-click one to open it.</source>
        <translation>
            <numerusform>前 %n 位客户；双击其中一位即可打开。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s); double-click one to open it.</source>
        <translation>
            <numerusform>%n 位客户；双击其中一位即可打开。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tessera::app::DashboardController</name>
    <message>
        <source>&amp;Dashboards</source>
        <translation>仪表板(&amp;D)</translation>
    </message>
    <message>
        <source>Dashboards</source>
        <translation>仪表板</translation>
    </message>
    <message>
        <source>No dashboard is open.</source>
        <translation>没有打开的仪表板。</translation>
    </message>
    <message>
        <source>Export Dashboard as PDF</source>
        <translation>将仪表板导出为 PDF</translation>
    </message>
    <message>
        <source>Export Dashboard as PNG</source>
        <translation>将仪表板导出为 PNG</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <source>Dashboard saved to %1.</source>
        <translation>仪表板已保存到 %1。</translation>
    </message>
    <message>
        <source>Campaign %1 saved.</source>
        <translation>营销活动 %1 已保存。</translation>
    </message>
</context>
<context>
    <name>tessera::app::DashboardView</name>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>收入</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>营销活动</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <source>Attributable revenue</source>
        <translation>可归因收入</translation>
    </message>
    <message>
        <source>ROI</source>
        <translation>ROI</translation>
    </message>
    <message>
        <source>Uplift beyond comparison (95% interval)</source>
        <translation>相对对照组的增量（95% 区间）</translation>
    </message>
    <message>
        <source>By owner</source>
        <translation>按负责人</translation>
    </message>
    <message>
        <source>By team</source>
        <translation>按团队</translation>
    </message>
    <message>
        <source>By tier</source>
        <translation>按等级</translation>
    </message>
    <message>
        <source>By touchpoint</source>
        <translation>按触点</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Export &amp;PNG…</source>
        <translation>导出 PNG(&amp;P)…</translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation>导出 PDF(&amp;D)…</translation>
    </message>
    <message>
        <source>Computing the figures…</source>
        <translation>正在计算指标…</translation>
    </message>
    <message>
        <source>Target %1</source>
        <translation>目标 %1</translation>
    </message>
    <message>
        <source>NPS and CSAT by month</source>
        <translation>NPS 与 CSAT（按月）</translation>
    </message>
    <message>
        <source>NPS and CSAT by quarter</source>
        <translation>NPS 与 CSAT（按季度）</translation>
    </message>
    <message>
        <source>NPS, %1</source>
        <translation>NPS（%1）</translation>
    </message>
    <message>
        <source>Key drivers of recommendation</source>
        <translation>推荐意愿的关键驱动因素</translation>
    </message>
    <message>
        <source>Satisfaction against value, %1</source>
        <translation>满意度与价值对比（%1）</translation>
    </message>
    <message>
        <source>Resolution rate, %1</source>
        <translation>解决率（%1）</translation>
    </message>
    <message>
        <source>Resolved %</source>
        <translation>已解决 %</translation>
    </message>
    <message>
        <source>Complaints, %1</source>
        <translation>投诉（%1）</translation>
    </message>
    <message>
        <source>Revenue by tier</source>
        <translation>各等级收入</translation>
    </message>
    <message>
        <source>Retention, %1</source>
        <translation>留存率（%1）</translation>
    </message>
    <message>
        <source>Retained %</source>
        <translation>留存 %</translation>
    </message>
    <message>
        <source>%1 per customer (%2 to %3)</source>
        <translation>每位客户 %1（%2 至 %3）</translation>
    </message>
    <message>
        <source>%1 dashboard, %2 (%3, %4)</source>
        <translation>%1 仪表板，%2（%3，%4）</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n survey response(s); KPI alerts: %2.</source>
        <translation>
            <numerusform>%1：%n 份调查答卷；KPI 告警：%2。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>&amp;New Campaign…</source>
        <translation>新建营销活动(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Edit Campaign…</source>
        <translation>编辑营销活动(&amp;E)…</translation>
    </message>
    <message>
        <source>Set &amp;Target…</source>
        <translation>设定目标(&amp;T)…</translation>
    </message>
</context>
<context>
    <name>tessera::app::DuplicatesController</name>
    <message>
        <source>D&amp;uplicate Customers</source>
        <translation>重复客户(&amp;U)</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>重复客户</translation>
    </message>
</context>
<context>
    <name>tessera::app::DuplicatesView</name>
    <message>
        <source>Customers that look like the same client: the same phone, email or ID number once written alike, or a similar name. A score of %1 or more is listed; double-click a code or name to open that customer.</source>
        <translation>疑似为同一客户的客户：电话、电子邮件或证件号码在统一格式后相同，或名称相似。列出得分不低于 %1 的客户对；双击客户编号或名称即可打开该客户。</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation>合并(&amp;M)…</translation>
    </message>
    <message>
        <source>Merge the second customer of the selected pair into the first</source>
        <translation>将所选客户对中的第二个客户合并到第一个客户</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>客户编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Looking for duplicates…</source>
        <translation>正在查找重复客户…</translation>
    </message>
    <message>
        <source>Duplicate Customers</source>
        <translation>重复客户</translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s)</source>
        <translation>
            <numerusform>%n 对</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The best %1 of %n pair(s)</source>
        <translation>
            <numerusform>共 %n 对，显示得分最高的 %1 对</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tessera::app::EraseCustomerDialog</name>
    <message>
        <source>Erase Personal Data</source>
        <translation>清除个人数据</translation>
    </message>
    <message>
        <source>&lt;p&gt;Erase the personal data of &lt;b&gt;%1&lt;/b&gt; (%2)? This cannot be undone.&lt;/p&gt;&lt;p&gt;Removed: the name (it becomes a pseudonym), phone numbers, email addresses, the ID number, the address, notes, contacts, interaction notes, survey comments, ticket subjects and descriptions, follow-up notes, and merges that could be undone.&lt;/p&gt;&lt;p&gt;Kept, under the pseudonym: purchases (for revenue figures), scores, and the kind and day of each interaction, survey and ticket. The customer is archived.&lt;/p&gt;&lt;p&gt;Backups made before today still hold the person until retention removes them (Administration &amp;gt; Backups shows which).&lt;/p&gt;</source>
        <translation>&lt;p&gt;要清除 &lt;b&gt;%1&lt;/b&gt;（%2）的个人数据吗？此操作无法撤销。&lt;/p&gt;&lt;p&gt;将删除：姓名（替换为假名）、电话号码、电子邮件地址、证件号码、地址、备注、联系人、互动备注、调查意见、工单主题和描述、跟进备注，以及尚可撤销的合并。&lt;/p&gt;&lt;p&gt;以假名保留：购买记录（用于收入统计）、评分，以及每次互动、调查和工单的类型和日期。该客户将被归档。&lt;/p&gt;&lt;p&gt;今天之前创建的备份仍含此人的数据，直至按保留期限被删除（可在“管理 &amp;gt; 备份”中查看是哪些备份）。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>e.g. the person&apos;s request of 1 June, by letter</source>
        <translation>例如本人 6 月 1 日的书面请求</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <source>The reason is kept in the register of erasures: name no personal data in it.</source>
        <translation>原因将保存在清除登记册中：请勿在其中写入任何个人数据。</translation>
    </message>
    <message>
        <source>&amp;Erase…</source>
        <translation>清除(&amp;E)…</translation>
    </message>
</context>
<context>
    <name>tessera::app::FollowUpDialog</name>
    <message>
        <source>Reschedule Follow-up — %1</source>
        <translation>跟进改期 — %1</translation>
    </message>
    <message>
        <source>New Follow-up — %1</source>
        <translation>新建跟进 — %1</translation>
    </message>
    <message>
        <source>What to follow up</source>
        <translation>跟进内容</translation>
    </message>
    <message>
        <source>The customer&apos;s account manager</source>
        <translation>该客户的客户经理</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>我</translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation>到期日(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Who follows up:</source>
        <translation>跟进人(&amp;W)：</translation>
    </message>
</context>
<context>
    <name>tessera::app::HelpController</name>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>Show &amp;Log Folder</source>
        <translation>显示日志文件夹(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;About Tessera</source>
        <translation>关于 Tessera(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Tessera will use %1 the next time it starts.</source>
        <translation>Tessera 下次启动时将使用%1。</translation>
    </message>
    <message>
        <source>Log Folder</source>
        <translation>日志文件夹</translation>
    </message>
    <message>
        <source>Tessera&apos;s log is in %1.</source>
        <translation>Tessera 的日志位于 %1。</translation>
    </message>
    <message>
        <source>About Tessera</source>
        <translation>关于 Tessera</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Tessera CRM Workstation %1&lt;/h3&gt;&lt;p&gt;Client portfolios, customer journeys, satisfaction and the return on relationship spending, in one local database file.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Tessera 客户关系管理工作站 %1&lt;/h3&gt;&lt;p&gt;客户组合、客户旅程、满意度与关系投入回报，尽在一个本地数据库文件中。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>tessera::app::ImportController</name>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
</context>
<context>
    <name>tessera::app::ImportDialog</name>
    <message>
        <source>Import Data</source>
        <translation>导入数据</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Transactions</source>
        <translation>交易</translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation>互动</translation>
    </message>
    <message>
        <source>Survey responses</source>
        <translation>调查答卷</translation>
    </message>
    <message>
        <source>&amp;Import:</source>
        <translation>导入内容(&amp;I)：</translation>
    </message>
    <message>
        <source>A CSV file (UTF-8, UTF-8 with BOM or GBK)</source>
        <translation>CSV 文件（UTF-8、带 BOM 的 UTF-8 或 GBK）</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation>自动检测</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>GBK (Simplified Chinese)</source>
        <translation>GBK（简体中文）</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>编码(&amp;E)：</translation>
    </message>
    <message>
        <source>CDNOW format (whitespace-separated purchases)</source>
        <translation>CDNOW 格式（以空白分隔的购买记录）</translation>
    </message>
    <message>
        <source>Create customers for unknown customer codes</source>
        <translation>为未知的客户编号创建客户</translation>
    </message>
    <message>
        <source>Strict: import nothing if any row is rejected</source>
        <translation>严格模式：任一行被拒绝则不导入任何数据</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Choose the file to import.</source>
        <translation>请选择要导入的文件。</translation>
    </message>
    <message>
        <source>%1 does not exist or is not a file.</source>
        <translation>%1 不存在或不是文件。</translation>
    </message>
    <message>
        <source>CSV and text files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>CSV 和文本文件 (*.csv *.txt *.tsv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Service tickets</source>
        <translation>服务工单</translation>
    </message>
</context>
<context>
    <name>tessera::app::ImportReportDialog</name>
    <message>
        <source>Import Report</source>
        <translation>导入报告</translation>
    </message>
    <message>
        <source>Save Rejected Rows…</source>
        <translation>保存被拒绝的行…</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>编码：</translation>
    </message>
    <message>
        <source>Rows read:</source>
        <translation>读取行数：</translation>
    </message>
    <message>
        <source>Rows loaded:</source>
        <translation>导入行数：</translation>
    </message>
    <message>
        <source>Rows rejected:</source>
        <translation>拒绝行数：</translation>
    </message>
    <message>
        <source>Customers created:</source>
        <translation>新建客户数：</translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation>用时：</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>Warning:</source>
        <translation>警告：</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Save Rejected Rows</source>
        <translation>保存被拒绝的行</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>rejected-rows.csv</source>
        <translation>被拒绝的行.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV 文件 (*.csv);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>tessera::app::InteractionController</name>
    <message>
        <source>&amp;Log Interaction…</source>
        <translation>记录互动(&amp;L)…</translation>
    </message>
    <message>
        <source>Log a call, visit or message with the selected customer (Ctrl+L)</source>
        <translation>记录与所选客户的电话、拜访或消息（Ctrl+L）</translation>
    </message>
    <message>
        <source>I&amp;nteractions…</source>
        <translation>互动记录(&amp;N)…</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Interaction logged.</source>
        <translation>互动已记录。</translation>
    </message>
    <message numerus="yes">
        <source>Interaction logged; the customer has %n open warning(s): %1</source>
        <translation>
            <numerusform>互动已记录；该客户有 %n 条未处理预警：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Log Interaction</source>
        <translation>记录互动</translation>
    </message>
    <message>
        <source>Edit Interaction</source>
        <translation>编辑互动</translation>
    </message>
    <message>
        <source>Delete Interaction</source>
        <translation>删除互动</translation>
    </message>
    <message>
        <source>Delete this interaction? You can undo it (Ctrl+Z).</source>
        <translation>删除此互动？您可以撤销此操作（Ctrl+Z）。</translation>
    </message>
</context>
<context>
    <name>tessera::app::InteractionDialog</name>
    <message>
        <source>Edit Interaction — %1</source>
        <translation>编辑互动 — %1</translation>
    </message>
    <message>
        <source>Log Interaction — %1</source>
        <translation>记录互动 — %1</translation>
    </message>
    <message>
        <source>What came of it, in a few words</source>
        <translation>简要说明互动结果</translation>
    </message>
    <message>
        <source>Details (stored encrypted)</source>
        <translation>详细信息（加密存储）</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>渠道(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Direction:</source>
        <translation>方向(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Touchpoint:</source>
        <translation>触点(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>结果(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>时间(&amp;W)：</translation>
    </message>
</context>
<context>
    <name>tessera::app::InteractionLogDialog</name>
    <message>
        <source>Interactions — %1</source>
        <translation>互动记录 — %1</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Logged by</source>
        <translation>记录人</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>(imported)</source>
        <translation>（导入）</translation>
    </message>
</context>
<context>
    <name>tessera::app::JourneyCardDialog</name>
    <message>
        <source>Loading the interactions…</source>
        <translation>正在加载互动…</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>客户编号</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message numerus="yes">
        <source>The latest %n interaction(s); double-click one to open its customer.</source>
        <translation>
            <numerusform>最近 %n 次互动；双击其中一条即可打开对应客户。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n interaction(s); double-click one to open its customer.</source>
        <translation>
            <numerusform>%n 次互动；双击其中一条即可打开对应客户。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tessera::app::JourneyCardItem</name>
    <message>
        <source>%1 (retired)</source>
        <translation>%1（已停用）</translation>
    </message>
    <message>
        <source>Volume %1 (%2)</source>
        <translation>互动量 %1（%2）</translation>
    </message>
    <message numerus="yes">
        <source>CSAT %1 (%Ln response(s))</source>
        <translation>
            <numerusform>CSAT %1（%Ln 份答卷）</numerusform>
        </translation>
    </message>
    <message>
        <source>CSAT: no responses</source>
        <translation>CSAT：暂无答卷</translation>
    </message>
    <message>
        <source>Complaints %1</source>
        <translation>投诉 %1</translation>
    </message>
</context>
<context>
    <name>tessera::app::JourneyCompareDialog</name>
    <message>
        <source>Compare Journey Snapshots</source>
        <translation>比较客户旅程快照</translation>
    </message>
    <message>
        <source>&amp;Before:</source>
        <translation>之前(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;After:</source>
        <translation>之后(&amp;A)：</translation>
    </message>
    <message>
        <source>Loading the snapshots…</source>
        <translation>正在加载快照…</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Touchpoint</source>
        <translation>触点</translation>
    </message>
    <message>
        <source>Volume
before</source>
        <translation>互动量
之前</translation>
    </message>
    <message>
        <source>Volume
after</source>
        <translation>互动量
之后</translation>
    </message>
    <message>
        <source>Volume
change</source>
        <translation>互动量
变化</translation>
    </message>
    <message>
        <source>CSAT
before</source>
        <translation>CSAT
之前</translation>
    </message>
    <message>
        <source>CSAT
after</source>
        <translation>CSAT
之后</translation>
    </message>
    <message>
        <source>CSAT
change</source>
        <translation>CSAT
变化</translation>
    </message>
    <message>
        <source>Complaints
before</source>
        <translation>投诉
之前</translation>
    </message>
    <message>
        <source>Complaints
after</source>
        <translation>投诉
之后</translation>
    </message>
    <message>
        <source>Complaints
change</source>
        <translation>投诉
变化</translation>
    </message>
    <message>
        <source>Priority
before</source>
        <translation>优先级
之前</translation>
    </message>
    <message>
        <source>Priority
after</source>
        <translation>优先级
之后</translation>
    </message>
    <message>
        <source>Priority
change</source>
        <translation>优先级
变化</translation>
    </message>
    <message>
        <source>%1 (%2, %3 customers)</source>
        <translation>%1（%2，%3 位客户）</translation>
    </message>
    <message>
        <source>Save at least two snapshots (Save Snapshot… on the Journeys tab) to compare them.</source>
        <translation>请至少保存两个快照（使用“客户旅程”选项卡上的“保存快照…”）后再进行比较。</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>正在比较…</translation>
    </message>
    <message>
        <source>%1 (%2) against %3 (%4). ▲/▼: up/down; green is better, red worse.</source>
        <translation>%1（%2）对比 %3（%4）。▲/▼：上升/下降；绿色表示改善，红色表示变差。</translation>
    </message>
    <message>
        <source>%1 pts</source>
        <comment>percentage points</comment>
        <translation>%1 个百分点</translation>
    </message>
    <message>
        <source>%1 (new)</source>
        <translation>%1（新增）</translation>
    </message>
    <message>
        <source>%1 (gone)</source>
        <translation>%1（已移除）</translation>
    </message>
</context>
<context>
    <name>tessera::app::JourneyController</name>
    <message>
        <source>&amp;Journey Map</source>
        <translation>客户旅程图(&amp;J)</translation>
    </message>
    <message>
        <source>Journeys</source>
        <translation>客户旅程</translation>
    </message>
    <message>
        <source>No journey map is shown.</source>
        <translation>当前未显示客户旅程图。</translation>
    </message>
    <message>
        <source>Journey map, %1</source>
        <translation>客户旅程图，%1</translation>
    </message>
    <message>
        <source>Export Journey Map</source>
        <translation>导出客户旅程图</translation>
    </message>
    <message>
        <source>PNG images (*.png);;SVG drawings (*.svg);;PDF files (*.pdf)</source>
        <translation>PNG 图像 (*.png);;SVG 矢量图 (*.svg);;PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Journey Map</source>
        <translation>客户旅程图</translation>
    </message>
    <message>
        <source>Journey map saved to %1.</source>
        <translation>客户旅程图已保存到 %1。</translation>
    </message>
    <message>
        <source>Snapshot %1 saved.</source>
        <translation>快照 %1 已保存。</translation>
    </message>
</context>
<context>
    <name>tessera::app::JourneyMapScene</name>
    <message>
        <source>No touchpoints</source>
        <translation>无触点</translation>
    </message>
    <message>
        <source>The journey has no stages yet.</source>
        <translation>客户旅程尚无阶段。</translation>
    </message>
    <message>
        <source>No interactions at any touchpoint in this period for these customers.</source>
        <translation>这些客户在此统计期内没有任何触点上的互动。</translation>
    </message>
    <message>
        <source>%1 customers · %2 interactions · %3 to %4</source>
        <translation>%1 位客户 · %2 次互动 · %3 至 %4</translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <source>no responses</source>
        <translation>暂无答卷</translation>
    </message>
    <message>
        <source>pain point (complaints ≥ %1 of the volume)</source>
        <translation>痛点（投诉 ≥ 互动量的 %1）</translation>
    </message>
    <message>
        <source>top-3 improvement priority · bar: volume · click a card for its interactions</source>
        <translation>改进优先级前三 · 条形：互动量 · 单击卡片查看其互动</translation>
    </message>
    <message>
        <source>%1 (retired)</source>
        <translation>%1（已停用）</translation>
    </message>
    <message>
        <source>%1 customers (%2)</source>
        <translation>%1 位客户（%2）</translation>
    </message>
    <message>
        <source>%1: %2 customers had an interaction at this stage in the period.</source>
        <translation>%1：本统计期内有 %2 位客户在此阶段有过互动。</translation>
    </message>
    <message>
        <source>%1 → %2: %3 of %4 customers went on</source>
        <translation>%1 → %2：%4 位客户中有 %3 位继续</translation>
    </message>
</context>
<context>
    <name>tessera::app::JourneyPathsPanel</name>
    <message>
        <source>Path</source>
        <translation>路径</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Churned or at risk</source>
        <translation>已流失或有流失风险</translation>
    </message>
    <message>
        <source>From → to</source>
        <translation>从 → 到</translation>
    </message>
    <message>
        <source>Went on</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>流失</translation>
    </message>
    <message>
        <source>Most common paths</source>
        <translation>最常见路径</translation>
    </message>
    <message>
        <source>Drop-off between stages</source>
        <translation>阶段间流失</translation>
    </message>
    <message>
        <source>No customer went through a stage in this period.</source>
        <translation>此统计期内没有客户经过任何阶段。</translation>
    </message>
    <message>
        <source>The stages each customer went through in the period, in order; the most common first.</source>
        <translation>每位客户在统计期内依次经过的阶段；最常见的排在前面。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 of these %2 customers are churned or at risk now.</source>
        <translation>这 %2 位客户中，目前有 %1 位已流失或有流失风险。</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1 did not go on</source>
        <translation>%1 未继续</translation>
    </message>
    <message>
        <source>nobody reached it</source>
        <translation>无人到达</translation>
    </message>
</context>
<context>
    <name>tessera::app::JourneySnapshotSaveDialog</name>
    <message>
        <source>Save Journey Snapshot</source>
        <translation>保存客户旅程快照</translation>
    </message>
    <message>
        <source>Keeps the figures of the map shown (%1, %2 customers) under a name, to compare with later ones.</source>
        <translation>以指定名称保存当前旅程图的数据（%1，%2 位客户），以便与之后的快照比较。</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
</context>
<context>
    <name>tessera::app::JourneyStagesDialog</name>
    <message>
        <source>Journey Stages and Touchpoints</source>
        <translation>客户旅程阶段与触点</translation>
    </message>
    <message>
        <source>Retiring keeps a stage or touchpoint for the records and snapshots that name it; it only leaves the map and the lists new records choose from.</source>
        <translation>停用的阶段或触点仍为引用它的记录和快照保留，只是不再出现在旅程图和新记录的可选列表中。</translation>
    </message>
    <message>
        <source>Stage / touchpoint</source>
        <translation>阶段 / 触点</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Add &amp;Stage…</source>
        <translation>添加阶段(&amp;S)…</translation>
    </message>
    <message>
        <source>Add &amp;Touchpoint…</source>
        <translation>添加触点(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>重命名(&amp;R)…</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>下移(&amp;D)</translation>
    </message>
    <message>
        <source>R&amp;etire</source>
        <translation>停用(&amp;E)</translation>
    </message>
    <message>
        <source>Rest&amp;ore</source>
        <translation>恢复(&amp;O)</translation>
    </message>
    <message>
        <source>Add Stage</source>
        <translation>添加阶段</translation>
    </message>
    <message>
        <source>Name of the new stage (placed last):</source>
        <translation>新阶段的名称（放在最后）：</translation>
    </message>
    <message>
        <source>Add Touchpoint</source>
        <translation>添加触点</translation>
    </message>
    <message>
        <source>Name of the new touchpoint in %1:</source>
        <translation>%1 中新触点的名称：</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>重命名</translation>
    </message>
    <message>
        <source>New name for %1:</source>
        <translation>%1 的新名称：</translation>
    </message>
    <message>
        <source>%1 (retired)</source>
        <translation>%1（已停用）</translation>
    </message>
</context>
<context>
    <name>tessera::app::JourneyView</name>
    <message>
        <source>All RFM segments</source>
        <translation>全部 RFM 细分群体</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>统计期(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Save Snapshot…</source>
        <translation>保存快照(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Compare Snapshots…</source>
        <translation>比较快照(&amp;C)…</translation>
    </message>
    <message>
        <source>Edit S&amp;tages…</source>
        <translation>编辑阶段(&amp;T)…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>导出(&amp;X)…</translation>
    </message>
    <message>
        <source>Save the map as a PNG image, an SVG drawing or a PDF.</source>
        <translation>将旅程图保存为 PNG 图像、SVG 矢量图或 PDF 文件。</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl+wheel)</source>
        <translation>放大（Ctrl+滚轮）</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+wheel)</source>
        <translation>缩小（Ctrl+滚轮）</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>适应窗口</translation>
    </message>
    <message>
        <source>Show the whole map</source>
        <translation>显示整张旅程图</translation>
    </message>
    <message>
        <source>Zoom:</source>
        <translation>缩放：</translation>
    </message>
    <message>
        <source>%1 / %2, %3</source>
        <translation>%1 / %2，%3</translation>
    </message>
    <message>
        <source>everyone you may see</source>
        <translation>您可查看的全部客户</translation>
    </message>
    <message>
        <source>%1 everyone</source>
        <translation>%1 全部客户</translation>
    </message>
    <message>
        <source>Computing the journey map…</source>
        <translation>正在计算客户旅程图…</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln customer(s)</source>
        <translation>
            <numerusform>%1：%Ln 位客户</numerusform>
        </translation>
    </message>
    <message>
        <source>Journey map, %1</source>
        <translation>客户旅程图，%1</translation>
    </message>
</context>
<context>
    <name>tessera::app::LockScreen</name>
    <message>
        <source>Tessera is locked</source>
        <translation>Tessera 已锁定</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation>当前登录：%1（%2）</translation>
    </message>
    <message>
        <source>Enter your password to continue.</source>
        <translation>请输入密码以继续。</translation>
    </message>
    <message>
        <source>Sign Out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
</context>
<context>
    <name>tessera::app::LoginDialog</name>
    <message>
        <source>Sign In</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>请输入用户名。</translation>
    </message>
</context>
<context>
    <name>tessera::app::MainWindow</name>
    <message>
        <source>Tessera</source>
        <translation>Tessera</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>未登录</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) shown</source>
        <translation>
            <numerusform>显示 %Ln 个客户</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — Tessera</source>
        <translation>%1 — Tessera</translation>
    </message>
</context>
<context>
    <name>tessera::app::MergeController</name>
    <message>
        <source>&amp;Merge Customers…</source>
        <translation>合并客户(&amp;M)…</translation>
    </message>
    <message>
        <source>Merge Customers</source>
        <translation>合并客户</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Merged: undo with Edit &gt; Undo (merge %1).</source>
        <translation>已合并（合并编号 %1）：可通过“编辑 &gt; 撤销”撤销。</translation>
    </message>
</context>
<context>
    <name>tessera::app::MergeCustomersDialog</name>
    <message>
        <source>Merge Customers</source>
        <translation>合并客户</translation>
    </message>
    <message>
        <source>Code of the customer that stays</source>
        <translation>保留客户的客户编号</translation>
    </message>
    <message>
        <source>Code of the duplicate that goes into it</source>
        <translation>并入的重复客户的客户编号</translation>
    </message>
    <message>
        <source>&amp;Keep (A):</source>
        <translation>保留 (A)(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Merge in (B):</source>
        <translation>并入 (B)(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>比较(&amp;C)</translation>
    </message>
    <message>
        <source>Keep each field&apos;s value from</source>
        <translation>各字段取值来源</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>合并</translation>
    </message>
    <message>
        <source>%1 (unsubscribed)</source>
        <translation>%1（已退订）</translation>
    </message>
    <message>
        <source>&lt;b&gt;A: %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;A：%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;B: %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;B：%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Nothing refers to B, so no rows move.</source>
        <translation>没有任何记录关联 B，因此无需转移记录。</translation>
    </message>
    <message>
        <source>Will move to A: %1.</source>
        <translation>将转移到 A：%1。</translation>
    </message>
    <message>
        <source>Set aside, since A has the same already (undo brings them back): %1.</source>
        <translation>因 A 已有相同记录而搁置（撤销后可恢复）：%1。</translation>
    </message>
    <message>
        <source>Tags are combined; B&apos;s code will name A from now on. Edit &gt; Undo takes the merge back.</source>
        <translation>标签将合并；此后 B 的客户编号将指向 A。可通过“编辑 &gt; 撤销”撤回此次合并。</translation>
    </message>
</context>
<context>
    <name>tessera::app::MyDayController</name>
    <message>
        <source>&amp;My Day</source>
        <translation>我的一天(&amp;M)</translation>
    </message>
    <message>
        <source>New &amp;Follow-up…</source>
        <translation>新建跟进(&amp;F)…</translation>
    </message>
    <message>
        <source>My Day</source>
        <translation>我的一天</translation>
    </message>
    <message>
        <source>Follow-up %1 set up.</source>
        <translation>已设置跟进 %1。</translation>
    </message>
    <message>
        <source>Reschedule Follow-up</source>
        <translation>跟进改期</translation>
    </message>
</context>
<context>
    <name>tessera::app::MyDayView</name>
    <message>
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Follow-up &amp;Done</source>
        <translation>完成跟进(&amp;D)</translation>
    </message>
    <message>
        <source>Re&amp;schedule…</source>
        <translation>改期(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Putting your day together…</source>
        <translation>正在整理您今天的事项…</translation>
    </message>
    <message>
        <source>New since your previous sign-in on %1.</source>
        <translation>自您上次登录（%1）以来的新事项。</translation>
    </message>
    <message>
        <source>This is your first sign-in: every open warning is new.</source>
        <translation>这是您首次登录：所有未处理预警都是新的。</translation>
    </message>
    <message>
        <source>My Day, %1.</source>
        <translation>我的一天，%1。</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>未分配</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%Ln item(s))</source>
        <translation>
            <numerusform>%1（%Ln 项）</numerusform>
        </translation>
    </message>
    <message>
        <source>My Day</source>
        <translation>我的一天</translation>
    </message>
</context>
<context>
    <name>tessera::app::NewDatabaseDialog</name>
    <message>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>Choose where to save the database.</source>
        <translation>请选择数据库的保存位置。</translation>
    </message>
    <message>
        <source>%1 already exists. Choose another file name.</source>
        <translation>%1 已存在。请选择其他文件名。</translation>
    </message>
    <message>
        <source>The two passwords differ. Type the same password twice.</source>
        <translation>两次输入的密码不一致。请输入相同的密码。</translation>
    </message>
    <message>
        <source>New Database</source>
        <translation>新建数据库</translation>
    </message>
    <message>
        <source>Tessera databases (*.tessera);;All files (*)</source>
        <translation>Tessera 数据库 (*.tessera);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>tessera::app::NewPasswordFields</name>
    <message>
        <source>At least %1 characters</source>
        <translation>至少 %1 个字符</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>再次输入(&amp;R)：</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
</context>
<context>
    <name>tessera::app::NewUserDialog</name>
    <message>
        <source>Add User</source>
        <translation>添加用户</translation>
    </message>
    <message>
        <source>e.g. wang.fang</source>
        <translation>例如 wang.fang</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>显示名称(&amp;D)：</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>角色(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Supervisor:</source>
        <translation>主管(&amp;S)：</translation>
    </message>
    <message>
        <source>Initial password</source>
        <translation>初始密码</translation>
    </message>
</context>
<context>
    <name>tessera::app::PasswordConfirmDialog</name>
    <message>
        <source>Password of %1 (%2):</source>
        <translation>%1（%2）的密码：</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
</context>
<context>
    <name>tessera::app::PasswordPrompt</name>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Checking the password…</source>
        <translation>正在验证密码…</translation>
    </message>
</context>
<context>
    <name>tessera::app::PasswordResetDialog</name>
    <message>
        <source>Reset Password</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <source>A new password for %1. Tell it to them in person; they can change it after signing in.</source>
        <translation>为 %1 设置新密码。请当面告知对方；对方登录后可自行修改。</translation>
    </message>
</context>
<context>
    <name>tessera::app::PortfolioController</name>
    <message>
        <source>&amp;Export Portfolio…</source>
        <translation>导出客户组合(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Find Customers</source>
        <translation>查找客户(&amp;F)</translation>
    </message>
    <message>
        <source>Show &amp;Archived Customers</source>
        <translation>显示已归档客户(&amp;A)</translation>
    </message>
    <message>
        <source>Customer &amp;Details</source>
        <translation>客户详情(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Warnings</source>
        <translation>预警(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Export Portfolio</source>
        <translation>导出客户组合</translation>
    </message>
    <message>
        <source>portfolio.csv</source>
        <translation>客户组合.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV 文件 (*.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>The export will contain personal data without masking: names, phone numbers and email addresses. Enter your password to confirm that it may leave the database.</source>
        <translation>导出文件将包含未经脱敏的个人数据：姓名、电话号码和电子邮件地址。请输入密码，确认允许这些数据导出数据库。</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln customer(s) to %1</source>
        <translation>
            <numerusform>已将 %Ln 个客户导出到 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Portfolio</source>
        <translation>客户组合(&amp;P)</translation>
    </message>
</context>
<context>
    <name>tessera::app::PortfolioModel</name>
    <message>
        <source>(removed)</source>
        <translation>（已删除）</translation>
    </message>
    <message>
        <source>%1 (archived)</source>
        <translation>%1（已归档）</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>未分配</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>客户编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Lifecycle</source>
        <translation>生命周期</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>风险</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>TierScore %1</source>
        <translation>等级分 %1</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>RFM 细分</translation>
    </message>
    <message>
        <source>RFM code</source>
        <translation>RFM 编码</translation>
    </message>
    <message>
        <source>RFMS</source>
        <translation>RFMS</translation>
    </message>
    <message>
        <source>CRMV</source>
        <translation>CRMV</translation>
    </message>
    <message>
        <source>CLV</source>
        <translation>CLV</translation>
    </message>
    <message>
        <source>P(alive)</source>
        <translation>存活概率</translation>
    </message>
    <message>
        <source>Loyalty</source>
        <translation>忠诚度</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>健康度</translation>
    </message>
</context>
<context>
    <name>tessera::app::PortfolioView</name>
    <message>
        <source>All stages</source>
        <translation>全部阶段</translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation>显示已归档</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>%Ln 个客户</numerusform>
        </translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>全部负责人</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>未分配</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>全部标签</translation>
    </message>
    <message>
        <source>Search customers…</source>
        <translation>搜索客户…</translation>
    </message>
    <message>
        <source>Part of a name, code or contact name; or a whole phone number or email address</source>
        <translation>名称、编号或联系人姓名的一部分；或完整的电话号码或电子邮件地址</translation>
    </message>
    <message>
        <source>All tiers</source>
        <translation>全部等级</translation>
    </message>
    <message>
        <source>All segments</source>
        <translation>全部细分</translation>
    </message>
    <message>
        <source>Tier in the newest scoring run</source>
        <translation>最新评分批次中的等级</translation>
    </message>
    <message>
        <source>RFM segment in the newest scoring run</source>
        <translation>最新评分批次中的 RFM 细分群体</translation>
    </message>
    <message>
        <source>Any or no warning</source>
        <translation>有无预警均可</translation>
    </message>
    <message>
        <source>Customers with an open warning today (View &gt; Warnings)</source>
        <translation>今天有未处理预警的客户（视图 &gt; 预警）</translation>
    </message>
    <message>
        <source>Any warning</source>
        <translation>任意预警</translation>
    </message>
    <message>
        <source>All loyalty stages</source>
        <translation>全部忠诚度阶段</translation>
    </message>
    <message>
        <source>Loyalty-ladder stage (health: see the warning filter)</source>
        <translation>忠诚度阶梯阶段（健康度：请使用预警筛选）</translation>
    </message>
</context>
<context>
    <name>tessera::app::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>偏好设置</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>从不</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>&amp;Lock after idle time:</source>
        <translation>空闲多久后锁定(&amp;L)：</translation>
    </message>
    <message>
        <source>Without keyboard or mouse input for this long, Tessera hides the customers and asks for your password again.</source>
        <translation>如果在这段时间内没有键盘或鼠标操作，Tessera 会隐藏客户信息，并要求您再次输入密码。</translation>
    </message>
</context>
<context>
    <name>tessera::app::ProfileSettingsEditor</name>
    <message>
        <source>Window</source>
        <translation>统计窗口</translation>
    </message>
    <message>
        <source>Count all history</source>
        <translation>统计全部历史</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Otherwise the last:</source>
        <translation>否则取最近：</translation>
    </message>
    <message>
        <source>RFMS weights</source>
        <translation>RFMS 权重</translation>
    </message>
    <message>
        <source>Recency:</source>
        <translation>最近购买（R）：</translation>
    </message>
    <message>
        <source>Frequency:</source>
        <translation>购买频次（F）：</translation>
    </message>
    <message>
        <source>Monetary:</source>
        <translation>消费金额（M）：</translation>
    </message>
    <message>
        <source>Social:</source>
        <translation>社交互动（S）：</translation>
    </message>
    <message>
        <source>Sum:</source>
        <translation>合计：</translation>
    </message>
    <message>
        <source>Social weights by interaction kind</source>
        <translation>各互动类型的社交权重</translation>
    </message>
    <message>
        <source>RFM segments (the first matching rule names the segment)</source>
        <translation>RFM 细分群体（按第一条匹配的规则命名）</translation>
    </message>
    <message>
        <source>Relationship segments (k-means)</source>
        <translation>关系细分群体（k 均值）</translation>
    </message>
    <message>
        <source>Segments (k):</source>
        <translation>群体数（k）：</translation>
    </message>
    <message>
        <source>Seed:</source>
        <translation>随机种子：</translation>
    </message>
    <message>
        <source>Maximum iterations:</source>
        <translation>最大迭代次数：</translation>
    </message>
    <message>
        <source>CRMV</source>
        <translation>CRMV</translation>
    </message>
    <message>
        <source>Survey scale from 1 to:</source>
        <translation>问卷量表（1 至）：</translation>
    </message>
    <message>
        <source>Respondents for a segment fit:</source>
        <translation>群体拟合所需受访者数：</translation>
    </message>
    <message>
        <source>Tiers</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>λ, the RFMS share of TierScore:</source>
        <translation>λ（RFMS 在等级分中的占比）：</translation>
    </message>
    <message>
        <source>By rank: cumulative shares</source>
        <translation>按排名：累计占比</translation>
    </message>
    <message>
        <source>By minimum TierScore</source>
        <translation>按最低等级分</translation>
    </message>
    <message>
        <source>Scheme:</source>
        <translation>划分方式：</translation>
    </message>
    <message>
        <source>Cumulative share</source>
        <translation>累计占比</translation>
    </message>
    <message>
        <source>Minimum TierScore</source>
        <translation>最低等级分</translation>
    </message>
    <message>
        <source>the rest</source>
        <translation>其余客户</translation>
    </message>
    <message>
        <source>Lifetime value</source>
        <translation>客户终身价值</translation>
    </message>
    <message>
        <source>Time unit:</source>
        <translation>时间单位：</translation>
    </message>
    <message>
        <source>Weeks</source>
        <translation>周</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>天</translation>
    </message>
    <message>
        <source>Horizon (periods):</source>
        <translation>预测期（期数）：</translation>
    </message>
    <message>
        <source>Annual discount rate:</source>
        <translation>年折现率：</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>预警</translation>
    </message>
    <message>
        <source>Churn: days without activity:</source>
        <translation>流失预警：无活动天数：</translation>
    </message>
    <message>
        <source>Over-contact: more contacts than:</source>
        <translation>过度联系：联系次数超过：</translation>
    </message>
    <message>
        <source>Over-contact: within days:</source>
        <translation>过度联系：统计天数：</translation>
    </message>
    <message>
        <source>Key customers: this tier and better:</source>
        <translation>重点客户：此等级及以上：</translation>
    </message>
    <message>
        <source>Key customers: contact every (days):</source>
        <translation>重点客户联系周期（天）：</translation>
    </message>
    <message>
        <source>Others: contact every (days):</source>
        <translation>其他客户联系周期（天）：</translation>
    </message>
    <message>
        <source>Value flow: demotion by tiers:</source>
        <translation>价值流动：降级等级数：</translation>
    </message>
    <message>
        <source>Value flow: RFMS drop (points):</source>
        <translation>价值流动：RFMS 下降（分）：</translation>
    </message>
    <message>
        <source>KPI drop against the previous period:</source>
        <translation>KPI 环比下降比例：</translation>
    </message>
    <message>
        <source>KPI gap to its target:</source>
        <translation>KPI 偏离目标比例：</translation>
    </message>
    <message>
        <source>Cronbach&apos;s alpha at least:</source>
        <translation>Cronbach&apos;s α 最低值：</translation>
    </message>
    <message>
        <source>%1 (must be 1)</source>
        <translation>%1（必须为 1）</translation>
    </message>
    <message>
        <source>Data quality and access review</source>
        <translation>数据质量与访问审查</translation>
    </message>
    <message>
        <source>Key fields complete, goal:</source>
        <translation>关键字段完整率目标：</translation>
    </message>
    <message>
        <source>Customers tagged, goal:</source>
        <translation>已加标签客户占比目标：</translation>
    </message>
    <message>
        <source>Bulk: personal data reads a day over:</source>
        <translation>批量：每天个人数据读取次数超过：</translation>
    </message>
    <message>
        <source>Working day starts at (hour):</source>
        <translation>工作时间开始于（时）：</translation>
    </message>
    <message>
        <source>Working day ends at (hour):</source>
        <translation>工作时间结束于（时）：</translation>
    </message>
</context>
<context>
    <name>tessera::app::QualityController</name>
    <message>
        <source>Data &amp;Quality</source>
        <translation>数据质量(&amp;Q)</translation>
    </message>
    <message>
        <source>Data Quality</source>
        <translation>数据质量</translation>
    </message>
</context>
<context>
    <name>tessera::app::QualityView</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户数</translation>
    </message>
    <message>
        <source>Click a figure to list the customers lacking that field.</source>
        <translation>单击某个数字即可列出缺少该字段的客户。</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>客户编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>正在统计…</translation>
    </message>
    <message>
        <source>Data Quality</source>
        <translation>数据质量</translation>
    </message>
    <message>
        <source>Cancelled; the figures shown are the earlier ones.</source>
        <translation>已取消；当前显示的是之前的统计结果。</translation>
    </message>
    <message>
        <source>Key fields: goal %1 of customers. Tags: goal %2. Figures below their goal are marked; click one to list the customers lacking it.</source>
        <translation>关键字段：目标为 %1 的客户填写完整。标签：目标为 %2。低于目标的数字已标出；单击某个数字即可列出缺少相应字段的客户。</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s), not archived</source>
        <translation>
            <numerusform>%n 个客户（未归档）</numerusform>
        </translation>
    </message>
    <message>
        <source>All customers</source>
        <translation>全部客户</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Without an owner</source>
        <translation>无负责人</translation>
    </message>
    <message>
        <source>%1 of %2 customers have this field (%3 lack it); the goal is %4: %5. Click to list those lacking it.</source>
        <translation>%2 个客户中有 %1 个已填写此字段（%3 个缺少）；目标为 %4：%5。单击即可列出缺少该字段的客户。</translation>
    </message>
    <message>
        <source>nothing to meet</source>
        <translation>无需达成</translation>
    </message>
    <message>
        <source>met</source>
        <translation>已达成</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>未达成</translation>
    </message>
    <message>
        <source>%1 missing, %2</source>
        <translation>缺少%1（%2）</translation>
    </message>
    <message>
        <source>all customers</source>
        <translation>全部客户</translation>
    </message>
    <message>
        <source>%1 (loading…)</source>
        <translation>%1（正在加载…）</translation>
    </message>
    <message>
        <source>%1: none.</source>
        <translation>%1：无。</translation>
    </message>
    <message numerus="yes">
        <source>%1: the first %n, by code; double-click one to open it.</source>
        <translation>
            <numerusform>%1：按客户编号排序的前 %n 个；双击即可打开该客户。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n customer(s); double-click one to open it.</source>
        <translation>
            <numerusform>%1：%n 个客户；双击即可打开该客户。</numerusform>
        </translation>
    </message>
    <message>
        <source>(no owner)</source>
        <translation>（无负责人）</translation>
    </message>
</context>
<context>
    <name>tessera::app::ReportsController</name>
    <message>
        <source>&amp;Tier Report…</source>
        <translation>等级报告(&amp;T)…</translation>
    </message>
    <message>
        <source>Tier Report</source>
        <translation>等级报告</translation>
    </message>
    <message>
        <source>The tier report will contain the names of persons without masking. Enter your password to confirm that they may leave the database.</source>
        <translation>等级报告将包含未脱敏的个人姓名。请输入密码，确认允许这些数据导出到数据库之外。</translation>
    </message>
    <message>
        <source>Tier report cancelled; no file was written.</source>
        <translation>等级报告已取消，未写入任何文件。</translation>
    </message>
    <message numerus="yes">
        <source>Tier report of %Ln customer(s) written to %1</source>
        <translation>
            <numerusform>包含 %Ln 位客户的等级报告已写入 %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tessera::app::RightsController</name>
    <message>
        <source>Export Person&apos;s &amp;Data…</source>
        <translation>导出个人数据(&amp;D)…</translation>
    </message>
    <message>
        <source>Write everything held about the selected customer to a JSON file, on their request</source>
        <translation>应客户请求，将保存的有关所选客户的全部数据写入 JSON 文件</translation>
    </message>
    <message>
        <source>Erase &amp;Personal Data…</source>
        <translation>清除个人数据(&amp;P)…</translation>
    </message>
    <message>
        <source>Erase the selected customer&apos;s personal data; revenue and scores stay</source>
        <translation>清除所选客户的个人数据；收入和评分予以保留</translation>
    </message>
    <message>
        <source>customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Export Person&apos;s Data</source>
        <translation>导出个人数据</translation>
    </message>
    <message>
        <source>personal-data-%1.json</source>
        <translation>个人数据-%1.json</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>JSON 文件 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>The file will hold everything about this customer without masking: name, phone numbers, email addresses, ID number, address, notes and activity. Enter your password to confirm that it may leave the database.</source>
        <translation>该文件将包含此客户的全部未脱敏数据：姓名、电话号码、电子邮件地址、证件号码、地址、备注和业务记录。请输入密码，确认允许这些数据导出数据库。</translation>
    </message>
    <message>
        <source>Wrote the customer&apos;s data to %1</source>
        <translation>已将该客户的数据写入 %1</translation>
    </message>
    <message>
        <source>Erase Personal Data</source>
        <translation>清除个人数据</translation>
    </message>
    <message>
        <source>Enter your password to erase this customer&apos;s personal data. This cannot be undone.</source>
        <translation>请输入密码以清除该客户的个人数据。此操作无法撤销。</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Erased the personal data; the customer is now %1</source>
        <translation>已清除个人数据；该客户现为 %1</translation>
    </message>
</context>
<context>
    <name>tessera::app::ScoreCard</name>
    <message>
        <source>RFM code:</source>
        <translation>RFM 编码：</translation>
    </message>
    <message>
        <source>RFM segment:</source>
        <translation>RFM 细分群体：</translation>
    </message>
    <message>
        <source>RFMS:</source>
        <translation>RFMS：</translation>
    </message>
    <message>
        <source>CRMV:</source>
        <translation>CRMV：</translation>
    </message>
    <message>
        <source>TierScore:</source>
        <translation>等级分：</translation>
    </message>
    <message>
        <source>P(alive):</source>
        <translation>存活概率：</translation>
    </message>
    <message>
        <source>Expected purchases:</source>
        <translation>预期购买次数：</translation>
    </message>
    <message>
        <source>Customer lifetime value:</source>
        <translation>客户终身价值：</translation>
    </message>
    <message>
        <source>Scoring run:</source>
        <translation>评分批次：</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>评分说明</translation>
    </message>
    <message>
        <source>Not scored yet. Scores appear here after the next scoring run (Scoring &gt; Score Now, for analysts and administrators).</source>
        <translation>尚未评分。下次评分后将在此显示评分（评分 &gt; 立即评分，限分析师和管理员）。</translation>
    </message>
    <message>
        <source>TierScore %1 · %2</source>
        <translation>等级分 %1 · %2</translation>
    </message>
    <message>
        <source>No survey data</source>
        <translation>无问卷数据</translation>
    </message>
    <message>
        <source>Profile version:</source>
        <translation>方案版本：</translation>
    </message>
    <message>
        <source>%1 (run %2)</source>
        <translation>%1（批次 %2）</translation>
    </message>
    <message>
        <source>This run&apos;s lifetime value models are unsound:</source>
        <translation>本次运行的客户终身价值模型不可靠：</translation>
    </message>
</context>
<context>
    <name>tessera::app::ScoreNowDialog</name>
    <message>
        <source>Score Now</source>
        <translation>立即评分</translation>
    </message>
    <message>
        <source>&amp;As of:</source>
        <translation>基准日(&amp;A)：</translation>
    </message>
    <message>
        <source>The &amp;last</source>
        <translation>最近(&amp;L)</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>All &amp;history</source>
        <translation>全部历史(&amp;H)</translation>
    </message>
    <message>
        <source>Window:</source>
        <translation>统计窗口：</translation>
    </message>
    <message>
        <source>The newest version</source>
        <translation>最新版本</translation>
    </message>
    <message>
        <source>Scoring &amp;profile:</source>
        <translation>评分方案(&amp;P)：</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>Version %1: %2</source>
        <translation>版本 %1：%2</translation>
    </message>
    <message>
        <source>The &amp;profile&apos;s window</source>
        <translation>方案默认窗口(&amp;P)</translation>
    </message>
    <message>
        <source>The &amp;profile&apos;s window (all history)</source>
        <translation>方案默认窗口（全部历史）(&amp;P)</translation>
    </message>
    <message numerus="yes">
        <source>The &amp;profile&apos;s window (%Ln day(s))</source>
        <translation>
            <numerusform>方案默认窗口（%Ln 天）(&amp;P)</numerusform>
        </translation>
    </message>
    <message>
        <source>The end of the scoring window, a day in the database&apos;s time zone (%1)</source>
        <translation>评分窗口的截止日，按数据库的时区（%1）计</translation>
    </message>
</context>
<context>
    <name>tessera::app::ScoringController</name>
    <message>
        <source>Score &amp;Now…</source>
        <translation>立即评分(&amp;N)…</translation>
    </message>
    <message>
        <source>Scoring &amp;Profile…</source>
        <translation>评分方案(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Compare Runs…</source>
        <translation>比较评分批次(&amp;C)…</translation>
    </message>
    <message>
        <source>Score Now</source>
        <translation>立即评分</translation>
    </message>
    <message>
        <source>Scoring cancelled; nothing was saved.</source>
        <translation>评分已取消，未保存任何结果。</translation>
    </message>
    <message>
        <source>Scoring Finished</source>
        <translation>评分完成</translation>
    </message>
</context>
<context>
    <name>tessera::app::ScoringProfileDialog</name>
    <message>
        <source>Scoring Profile</source>
        <translation>评分方案</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>保存时间</translation>
    </message>
    <message>
        <source>By</source>
        <translation>修改人</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>&amp;Revert Changes</source>
        <translation>撤销修改(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Save as New Version…</source>
        <translation>另存为新版本(&amp;S)…</translation>
    </message>
    <message>
        <source>Version %1, the current profile. Saving your changes makes version %2.</source>
        <translation>版本 %1，当前方案。保存修改将生成版本 %2。</translation>
    </message>
    <message>
        <source>Version %1, the current profile (read only: your role may not change it).</source>
        <translation>版本 %1，当前方案（只读：您的角色无权修改）。</translation>
    </message>
    <message>
        <source>Version %1, saved %2 by %3 (read only). Reason: %4</source>
        <translation>版本 %1，由 %3 于 %2 保存（只读）。原因：%4</translation>
    </message>
    <message>
        <source>Save Scoring Profile</source>
        <translation>保存评分方案</translation>
    </message>
    <message>
        <source>Why does the profile change? The reason is kept with the new version.</source>
        <translation>为什么修改评分方案？原因将与新版本一起保存。</translation>
    </message>
    <message>
        <source>The profile was not saved:</source>
        <translation>方案未保存：</translation>
    </message>
</context>
<context>
    <name>tessera::app::SegmentRulesEditor</name>
    <message>
        <source>Segment</source>
        <translation>细分群体</translation>
    </message>
    <message>
        <source>R from</source>
        <translation>R 最低</translation>
    </message>
    <message>
        <source>R to</source>
        <translation>R 最高</translation>
    </message>
    <message>
        <source>F/M mean from</source>
        <translation>F/M 均值最低</translation>
    </message>
    <message>
        <source>F/M mean to</source>
        <translation>F/M 均值最高</translation>
    </message>
    <message>
        <source>Add Rule</source>
        <translation>添加规则</translation>
    </message>
    <message>
        <source>Remove Rule</source>
        <translation>删除规则</translation>
    </message>
</context>
<context>
    <name>tessera::app::ServerConnectionController</name>
    <message>
        <source>Connect to &amp;Server…</source>
        <translation>连接服务器(&amp;S)…</translation>
    </message>
    <message>
        <source>Work on your team&apos;s shared PostgreSQL server</source>
        <translation>在团队共享的 PostgreSQL 服务器上工作</translation>
    </message>
</context>
<context>
    <name>tessera::app::SessionController</name>
    <message>
        <source>&amp;New Database…</source>
        <translation>新建数据库(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>打开数据库(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;Demo Database</source>
        <translation>打开演示数据库(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Close Database</source>
        <translation>关闭数据库(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Lock Session</source>
        <translation>锁定会话(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>偏好设置(&amp;P)…</translation>
    </message>
    <message>
        <source>Demo database: user %1, password %2.</source>
        <translation>演示数据库：用户名 %1，密码 %2。</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>打开数据库</translation>
    </message>
    <message>
        <source>Tessera databases (*.tessera);;All files (*)</source>
        <translation>Tessera 数据库 (*.tessera);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Demo Database</source>
        <translation>演示数据库</translation>
    </message>
    <message>
        <source>customers.tessera</source>
        <translation>客户.tessera</translation>
    </message>
    <message>
        <source>New Database</source>
        <translation>新建数据库</translation>
    </message>
    <message>
        <source>Creating the database and its administrator</source>
        <translation>正在创建数据库及其管理员</translation>
    </message>
</context>
<context>
    <name>tessera::app::SurveyController</name>
    <message>
        <source>New Survey &amp;Response…</source>
        <translation>新建调查答卷(&amp;R)…</translation>
    </message>
    <message>
        <source>Enter a survey the selected customer answered on paper or by phone</source>
        <translation>录入所选客户在纸面或电话中完成的调查</translation>
    </message>
    <message>
        <source>Survey response %1 recorded.</source>
        <translation>调查答卷 %1 已记录。</translation>
    </message>
</context>
<context>
    <name>tessera::app::SurveyDialog</name>
    <message>
        <source>New Survey Response — %1</source>
        <translation>新建调查答卷 — %1</translation>
    </message>
    <message>
        <source>would not recommend</source>
        <translation>不会推荐</translation>
    </message>
    <message>
        <source>would surely recommend</source>
        <translation>一定会推荐</translation>
    </message>
    <message>
        <source>very dissatisfied</source>
        <translation>非常不满意</translation>
    </message>
    <message>
        <source>very satisfied</source>
        <translation>非常满意</translation>
    </message>
    <message>
        <source>very hard</source>
        <translation>非常困难</translation>
    </message>
    <message>
        <source>very easy</source>
        <translation>非常容易</translation>
    </message>
    <message>
        <source>&amp;Answered on:</source>
        <translation>答卷日期(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Likelihood to recommend (NPS):</source>
        <translation>推荐意愿 (NPS)(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Satisfaction (CSAT):</source>
        <translation>满意度 (CSAT)(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Ease (CES):</source>
        <translation>便捷度 (CES)(&amp;E)：</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Item %1, 1 to 7 (— when not answered)</source>
        <translation>第 %1 题，1 至 7（未作答为 —）</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>What the customer wrote (stored encrypted)</source>
        <translation>客户填写的意见（加密存储）</translation>
    </message>
    <message>
        <source>&amp;Touchpoint:</source>
        <translation>触点(&amp;T)：</translation>
    </message>
    <message>
        <source>Follows &amp;ticket:</source>
        <translation>对应工单(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>意见(&amp;C)：</translation>
    </message>
</context>
<context>
    <name>tessera::app::TargetDialog</name>
    <message>
        <source>Set KPI Target</source>
        <translation>设定 KPI 目标</translation>
    </message>
    <message>
        <source>2026-10, 2026Q3 or 2026</source>
        <translation>2026-10、2026Q3 或 2026</translation>
    </message>
    <message>
        <source>&amp;KPI:</source>
        <translation>KPI(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>统计期(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>目标值(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>tessera::app::TicketController</name>
    <message>
        <source>Open &amp;Ticket…</source>
        <translation>新建工单(&amp;T)…</translation>
    </message>
    <message>
        <source>Register a complaint or request of the selected customer</source>
        <translation>登记所选客户的投诉或请求</translation>
    </message>
    <message>
        <source>&amp;Tickets</source>
        <translation>工单(&amp;T)</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>Tickets (%L1)</source>
        <translation>工单（%L1）</translation>
    </message>
    <message>
        <source>Ticket %1 opened.</source>
        <translation>工单 %1 已创建。</translation>
    </message>
</context>
<context>
    <name>tessera::app::TicketDialog</name>
    <message>
        <source>Product quality</source>
        <translation>产品质量</translation>
    </message>
    <message>
        <source>Service attitude</source>
        <translation>服务态度</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>配送</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>账单</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Immediate</source>
        <translation>立即</translation>
    </message>
    <message>
        <source>Within 24 h</source>
        <translation>24 小时内</translation>
    </message>
    <message>
        <source>Within 72 h</source>
        <translation>72 小时内</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>待处理</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>已分配</translation>
    </message>
    <message>
        <source>Responded</source>
        <translation>已响应</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>Open Ticket — %1</source>
        <translation>新建工单 — %1</translation>
    </message>
    <message>
        <source>How long the ticket may wait for a response before it escalates to the owner&apos;s supervisor</source>
        <translation>工单在升级至负责人的主管之前可等待响应的时长</translation>
    </message>
    <message>
        <source>Details (stored encrypted)</source>
        <translation>详细信息（加密存储）</translation>
    </message>
    <message>
        <source>This is a complaint</source>
        <translation>这是一条投诉</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>类别(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Escalation level:</source>
        <translation>升级级别(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>主题(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>描述(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Opened:</source>
        <translation>创建时间(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Touchpoint:</source>
        <translation>触点(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>tessera::app::TicketsView</name>
    <message>
        <source>Open tickets</source>
        <translation>未解决的工单</translation>
    </message>
    <message>
        <source>All tickets</source>
        <translation>全部工单</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>First response due</source>
        <translation>首次响应时限</translation>
    </message>
    <message>
        <source>Resolution due</source>
        <translation>解决时限</translation>
    </message>
    <message>
        <source>Escalated to</source>
        <translation>升级至</translation>
    </message>
    <message>
        <source>Assign to &amp;Me</source>
        <translation>分配给我(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Responded</source>
        <translation>已响应(&amp;R)</translation>
    </message>
    <message>
        <source>Re&amp;solved</source>
        <translation>已解决(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation>重新打开(&amp;O)</translation>
    </message>
    <message>
        <source>Satisfaction &amp;Check…</source>
        <translation>满意度回访(&amp;C)…</translation>
    </message>
    <message>
        <source>Loading tickets…</source>
        <translation>正在加载工单…</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>已响应</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>已解决</translation>
    </message>
    <message numerus="yes">
        <source>%Ln ticket(s), %1 late; double-click one to open the customer.</source>
        <translation>
            <numerusform>%Ln 张工单，%1 张逾期；双击一张即可打开该客户。</numerusform>
        </translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>Satisfaction Check</source>
        <translation>满意度回访</translation>
    </message>
    <message>
        <source>How satisfied was the customer with how ticket %1 was handled (1 = very dissatisfied, 5 = very satisfied)?</source>
        <translation>客户对工单 %1 的处理满意程度如何（1 = 非常不满意，5 = 非常满意）？</translation>
    </message>
</context>
<context>
    <name>tessera::app::TierHistoryWidget</name>
    <message>
        <source>As of</source>
        <translation>基准日</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>RFMS</source>
        <translation>RFMS</translation>
    </message>
    <message>
        <source>TierScore</source>
        <translation>等级分</translation>
    </message>
    <message>
        <source>Not scored in any run yet.</source>
        <translation>尚未参与任何评分批次。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln scoring run(s).</source>
        <translation>
            <numerusform>共 %Ln 个评分批次。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tessera::app::TierReportDialog</name>
    <message>
        <source>Excel workbook (XLSX)</source>
        <translation>Excel 工作簿 (XLSX)</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF 文档</translation>
    </message>
    <message>
        <source>CSV file</source>
        <translation>CSV 文件</translation>
    </message>
    <message>
        <source>Tier Report</source>
        <translation>等级报告</translation>
    </message>
    <message>
        <source>Customers and revenue per tier and per account manager for one scoring run; with a second run, who was promoted or demoted.</source>
        <translation>某一评分批次中各等级及各客户经理的客户数与收入；选择第二个批次时，还列出哪些客户升级或降级。</translation>
    </message>
    <message>
        <source>tier-report</source>
        <translation>等级报告</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Scoring &amp;run:</source>
        <translation>评分批次(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Compare with:</source>
        <translation>对比批次(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>格式(&amp;F)：</translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <translation>文件(&amp;I)：</translation>
    </message>
    <message>
        <source>Loading the scoring runs…</source>
        <translation>正在加载评分批次…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>Nothing has been scored yet: score the customers first (Scoring &gt; Score Now).</source>
        <translation>尚未进行任何评分：请先为客户评分（评分 &gt; 立即评分）。</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>%1 (*.%2)</source>
        <translation>%1 (*.%2)</translation>
    </message>
</context>
<context>
    <name>tessera::app::TimelineWidget</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>交易</translation>
    </message>
    <message>
        <source>Interaction</source>
        <translation>互动</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>调查</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>No transactions, interactions, surveys or tickets yet.</source>
        <translation>暂无交易、互动、调查或工单记录。</translation>
    </message>
    <message>
        <source>Transactions: %1 (total %2) · Interactions: %3 · Surveys: %4 · Tickets: %5</source>
        <translation>交易：%1（合计 %2）· 互动：%3 · 调查：%4 · 工单：%5</translation>
    </message>
</context>
<context>
    <name>tessera::app::UsersDialog</name>
    <message>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>显示名称</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>主管</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>&amp;Add User…</source>
        <translation>添加用户(&amp;A)…</translation>
    </message>
    <message>
        <source>Reset &amp;Password…</source>
        <translation>重置密码(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>停用(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>删除(&amp;R)…</translation>
    </message>
    <message>
        <source>Rotate Data &amp;Key…</source>
        <translation>轮换数据密钥(&amp;K)…</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>已删除</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>启用(&amp;E)</translation>
    </message>
    <message>
        <source>Added the user %1.</source>
        <translation>已添加用户 %1。</translation>
    </message>
    <message>
        <source>The password of %1 was reset.</source>
        <translation>已重置 %1 的密码。</translation>
    </message>
    <message>
        <source>%1 may sign in again.</source>
        <translation>%1 可以重新登录了。</translation>
    </message>
    <message>
        <source>%1 can no longer sign in.</source>
        <translation>%1 已无法登录。</translation>
    </message>
    <message>
        <source>Remove User</source>
        <translation>删除用户</translation>
    </message>
    <message>
        <source>Remove %1? They can no longer sign in and their keys are deleted. All personal data is then re-encrypted under a new data key, so that a copy of their keys opens nothing; with many customers this may take a while. The audit log keeps their name.</source>
        <translation>删除 %1？该用户将无法再登录，其密钥也会被删除。随后所有个人数据将用新的数据密钥重新加密，使其密钥的副本无法再打开任何数据；客户较多时可能需要一段时间。审计日志中会保留其用户名。</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Removed %1; personal data is under a new key.</source>
        <translation>已删除 %1；个人数据已改用新密钥加密。</translation>
    </message>
    <message>
        <source>Rotate Data Key</source>
        <translation>轮换数据密钥</translation>
    </message>
    <message>
        <source>Re-encrypt all personal data under a new data key? Every user keeps their password; with many customers this may take a while.</source>
        <translation>要用新的数据密钥重新加密所有个人数据吗？所有用户的密码保持不变；客户较多时可能需要一段时间。</translation>
    </message>
    <message>
        <source>Rotate Key</source>
        <translation>轮换密钥</translation>
    </message>
    <message>
        <source>Personal data is now under a new data key.</source>
        <translation>个人数据现已改用新的数据密钥加密。</translation>
    </message>
</context>
<context>
    <name>tessera::app::WarningsModel</name>
    <message>
        <source>Unassigned</source>
        <translation>未分配</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>预警</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>客户编号</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>tessera::app::WarningsView</name>
    <message>
        <source>All warnings</source>
        <translation>全部预警</translation>
    </message>
    <message>
        <source>Looking for warnings…</source>
        <translation>正在查找预警…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln warning(s); double-click one to open the customer.</source>
        <translation>
            <numerusform>%Ln 条预警；双击一条即可打开该客户。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Acknowledge</source>
        <translation>确认(&amp;A)</translation>
    </message>
    <message>
        <source>Seen and being handled: leaves the open list</source>
        <translation>已查看并正在处理：从未处理列表中移除</translation>
    </message>
    <message>
        <source>&amp;Snooze…</source>
        <translation>暂缓(&amp;S)…</translation>
    </message>
    <message>
        <source>Out of the list until a day you choose</source>
        <translation>在您选择的日期之前不再显示在列表中</translation>
    </message>
    <message>
        <source>Re&amp;solve</source>
        <translation>解决(&amp;S)</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>预警</translation>
    </message>
    <message>
        <source>Snooze Warning</source>
        <translation>暂缓预警</translation>
    </message>
    <message>
        <source>Back in the list on:</source>
        <translation>重新显示日期：</translation>
    </message>
    <message>
        <source>KPI alerts, %1:</source>
        <translation>KPI 告警（%1）：</translation>
    </message>
    <message>
        <source>Open the dashboards</source>
        <translation>打开仪表板</translation>
    </message>
</context>
<context>
    <name>tessera::app::WelcomePage</name>
    <message>
        <source>Tessera CRM Workstation</source>
        <translation>Tessera 客户关系管理工作站</translation>
    </message>
    <message>
        <source>Client portfolios, journeys, satisfaction and relationship ROI in one local file.</source>
        <translation>客户组合、客户旅程、满意度与关系投资回报，尽在一个本地文件中。</translation>
    </message>
    <message>
        <source>Open Database…</source>
        <translation>打开数据库…</translation>
    </message>
    <message>
        <source>Sign in to an existing Tessera file</source>
        <translation>登录现有的 Tessera 文件</translation>
    </message>
    <message>
        <source>New Database…</source>
        <translation>新建数据库…</translation>
    </message>
    <message>
        <source>Start an empty database with its first administrator</source>
        <translation>创建一个空数据库及其首位管理员</translation>
    </message>
    <message>
        <source>Open Demo Database</source>
        <translation>打开演示数据库</translation>
    </message>
    <message>
        <source>Explore Tessera with sample customers</source>
        <translation>使用示例客户体验 Tessera</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>打开 %1</translation>
    </message>
</context>
<context>
    <name>tessera::app::WorkspaceView</name>
    <message>
        <source>Tessera</source>
        <translation>Tessera</translation>
    </message>
    <message>
        <source>Portfolio</source>
        <translation>客户组合</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>预警</translation>
    </message>
    <message>
        <source>Warnings (%L1)</source>
        <translation>预警（%L1）</translation>
    </message>
</context>
</TS>
