<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AccessPolicy</name>
    <message>
        <source>Your role (%1) may not do this (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This customer is not in your team&apos;s portfolios.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This customer is not in your portfolio.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not allowed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccessReviewService</name>
    <message>
        <source>bulk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>out of hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weekend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The review starts on %1, after its last day %2; swap the dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A review covers at most %1 days; review a shorter period, or one period after another.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArchiveCustomerCommand</name>
    <message>
        <source>Archive customer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore customer %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditCommand</name>
    <message>
        <source>Show the audit log, or verify its hash chain (administrators).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check every row against the chain and name the first broken one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this user&apos;s actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this action (e.g. login, export)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only actions on this customer id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From this date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before this date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most N rows, newest first (default 1000)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log is broken at row %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log verifies: %1 rows, chained and signed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditReviewSubcommand</name>
    <message>
        <source>Reads of personal data per user and day, with bulk reads, access out of hours or at weekends, and refused attempts flagged (administrators)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first day reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last day reviewed, included (default: today)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Access review %1 to %2 (%3): %n user-day(s)</source>
        <translation>
            <numerusform>Access review %1 to %2 (%3): %n user-day</numerusform>
            <numerusform>Access review %1 to %2 (%3): %n user-days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n flagged</source>
        <translation>
            <numerusform>%n flagged</numerusform>
            <numerusform>%n flagged</numerusform>
        </translation>
    </message>
    <message>
        <source>Bulk above %1 reads a day; working hours %2:00 to %3:00 (profile version %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2  %3 read(s), %4 customer(s), %5 export(s), %6 refused, %7 to %8  %9</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditService</name>
    <message numerus="yes">
        <source>The audit log is intact: %Ln row(s) verify against the chain.</source>
        <translation>
            <numerusform>The audit log is intact: %Ln row verifies against the chain.</numerusform>
            <numerusform>The audit log is intact: %Ln rows verify against the chain.</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit log is broken at row %1: the row is missing (removed from inside the log).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log is broken at row %1: the row has lost its hash inside the chain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log is broken at row %1: the row does not match its hash (it was changed, or a row was inserted or removed just before it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log is broken at row %1: rows from there on were removed from the end of the log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log is broken at row %1: the end of the chain does not match its signed head.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupCommand</name>
    <message>
        <source>Back up the database (administrators): to FILE, or into the backups folder beside it, keeping the newest few.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup file to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the backups in the backups folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only when the last backup is older than the backup interval (for a scheduler)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up to %1 (%2 bytes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup is due yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>holds %n erased person(s)</source>
        <translation>
            <numerusform>holds %n erased person</numerusform>
            <numerusform>holds %n erased persons</numerusform>
        </translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CadenceRule</name>
    <message>
        <source>Last contacted %1 days ago; a %2 customer is due every %3 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not contacted since added %1 days ago; a %2 customer is due every %3 days.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CampaignService</name>
    <message>
        <source>A campaign needs a name of 1 to 120 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a kind of campaign; use campaign or investment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A campaign&apos;s cost is an amount of 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The campaign ends (%1) before it starts (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A campaign&apos;s description is at most 2000 characters long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tiers and segments come from a scoring run; run scoring first, or target an owner or a list of customers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a tier; use Diamond, Platinum, Gold, Silver or Bronze.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the RFM segment the campaign targets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no user &apos;%1&apos; whose portfolio to target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may target only your own team&apos;s portfolios.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list of customers to target is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a campaign target; use a tier, a segment, an owner or a list of customers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 names no customers; put one customer code per line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may edit only the campaigns you created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no campaign %1; `campaigns list` shows them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CampaignsCommand</name>
    <message>
        <source>Record campaigns and relationship investments and see their return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change a campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The campaign&apos;s id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it is called</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>campaign (default) or investment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its first day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whom it targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers of this tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers of this RFM segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This owner&apos;s portfolio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file of customer codes, one per line (or a CSV whose first column holds them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes on it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every campaign, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What a campaign returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Campaign %1 targets %n customer(s).</source>
        <translation>
            <numerusform>Campaign %1 targets %n customer.</numerusform>
            <numerusform>Campaign %1 targets %n customers.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n customer</numerusform>
            <numerusform>%n customers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n campaign(s)</source>
        <translation>
            <numerusform>%n campaign</numerusform>
            <numerusform>%n campaigns</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: cost %2, revenue %3 before and %4 during, attributable %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROI %1%   difference in differences %2 per customer [%3, %4], %5 in all</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CdnowReader</name>
    <message>
        <source>The file %1 does not exist or is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 cannot be read; check its permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the file failed after %1 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>Check the file&apos;s integrity, its foreign keys and the audit chain (administrators).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The check found %n problem(s); the first: %1</source>
        <translation>
            <numerusform>The check found %n problem; the first: %1</numerusform>
            <numerusform>The check found %n problems; the first: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The database is sound: integrity and foreign keys check out, and %1 audit rows verify.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChurnRule</name>
    <message>
        <source>No purchase or interaction for %1 days (limit %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No purchase or interaction since added %1 days ago (limit %2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliApp</name>
    <message>
        <source>Tessera CRM Workstation, command line: batch work and automation on a Tessera database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in as this user (password from TESSERA_PASSWORD or a prompt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print one JSON document instead of a summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &apos;%1&apos;; the commands are %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the database with --db FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name a command; see --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also print the log (ids, counts, durations) to standard error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClvCommand</name>
    <message>
        <source>Fit the BG/NBD and Gamma-Gamma lifetime value models on the purchases up to a calibration end date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day of the calibration period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time unit: weeks (default) or days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Horizon of the lifetime value in units (default 52)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--horizon must be more than 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BG/NBD on %1 customers: r %2, alpha %3, a %4, b %5; log-likelihood %6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gamma-Gamma on %1 repeat customers: p %2, q %3, v %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard errors: BG/NBD r %1, alpha %2, a %3, b %4; Gamma-Gamma p %5, q %6, v %7.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsentService</name>
    <message>
        <source>The customer has unsubscribed: no outbound contact may be made on any channel until they give their consent again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer has not consented to be contacted by %1; record their consent first (in the customer editor, or with customers consent --give) or choose a channel they allow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a channel; use phone, email, visit, wechat, app, social, web, other, or all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source of a consent is at most 200 characters long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Context</name>
    <message>
        <source>Sign in with --user NAME (or set TESSERA_USER).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreateCustomerCommand</name>
    <message>
        <source>Create customer %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Credentials</name>
    <message>
        <source>No terminal to ask for the password; set TESSERA_PASSWORD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password was entered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat the new password: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>Line %1: a field is longer than 1 MB; is a closing quote missing?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 does not exist or is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 cannot be read; check its permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty; it needs a header row and data rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be read as CSV: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no header row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: a quoted field is never closed; add the missing quote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the file failed after %1 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvWriter</name>
    <message>
        <source>Cannot write %1: %2. Choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing %1 failed: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving %1 failed: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CurrentCustomer</name>
    <message>
        <source>customer %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerCommand</name>
    <message>
        <source>“%1” could not be undone or redone: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the customer was changed by someone else since; open it again and make the change by hand</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerEditorDialog</name>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. C-000123</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Industry:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acquisition c&amp;hannel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lifecycle stage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ris&amp;k level:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Separate tags with commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact details and consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&amp;D number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowed channels:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact &amp;frequency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unsubscribed from marketing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove Contact</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerJourneyWidget</name>
    <message>
        <source>No stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 at %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no touchpoint</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerRules</name>
    <message>
        <source>The phone number &apos;%1&apos; may only contain digits, spaces and + - ( ) . /.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone number &apos;%1&apos; needs 5 to 20 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an email address (like name@example.com).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer code is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer code may have at most %1 characters and no line breaks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name may have at most %1 characters and no line breaks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The type must be company or person, not &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown lifecycle stage &apos;%1&apos; (use potential, new, growing, mature, declining or churned).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown risk level &apos;%1&apos; (use low, medium or high).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown contact frequency &apos;%1&apos; (use weekly, monthly, quarterly, yearly or never).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown channel &apos;%1&apos; in the consent list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID number may have at most 40 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A customer may have at most %1 tags.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tag may have at most 64 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every contact needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerService</name>
    <message>
        <source>You may only list your own portfolio (or your team&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no customer with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no customer with code &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 by %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NPS %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSAT %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CES %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survey: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer code &apos;%1&apos; is already taken; choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may only assign customers to account managers of your team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer already has activity; archive it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a kind of warning; use any, churn, over-contact, cadence, value-flow or follow-up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customer editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code &apos;%1&apos; belonged to a customer merged into %2 and still names that customer; choose another code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed this customer at %2, after you opened it; nothing was overwritten. Reload the customer and apply your change again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone changed this customer after you opened it; nothing was overwritten. Reload the customer and apply your change again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerSubcommands</name>
    <message>
        <source>Show a customer&apos;s consent and its history, or give or withdraw consent for a channel (&apos;all&apos; unsubscribes or subscribes again)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer&apos;s code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone, email, visit, wechat, app, social, web, other or all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer consents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer withdraws their consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the customer said so (a form, a call ...)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a customer&apos;s lifecycle stage, loyalty stage or health score by hand, with a reason, until a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>potential, new, growing, mature, declining or churned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>awareness, evaluation, commitment or behaviour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 to 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The computed value applies again on this day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the override of lifecycle, loyalty or health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the channel with --channel (or &apos;all&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowed channels: %1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (unsubscribed: no outbound contact)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 of %2 is computed again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give exactly one of --lifecycle, --loyalty and --health (or --clear).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say until when the value holds, with --until DATE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 of %2 is %3 until %4.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomersCommand</name>
    <message>
        <source>List the customers you may see, show one, or export them to CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show one customer by code (or internal id)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this account manager&apos;s customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only customers with this tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this tier in the newest scoring run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this RFM segment in the newest scoring run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --id: every input and step behind the customer&apos;s scores and tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this lifecycle stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, code or contact contains this text; or an exact phone or email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include archived customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order by code, name, kind, industry, region, owner, lifecycle, risk or updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reverse the order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most N customers (default 50)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every matching customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the matching customers to this CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit needs a number of 1 or more, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2 (%3, %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner: %1; industry: %2; region: %3; risk: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone: %1; email: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not scored yet: run &apos;tessera-cli score&apos; first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 customers to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n customer</numerusform>
            <numerusform>%n customers</numerusform>
        </translation>
    </message>
    <message>
        <source>Only customers with an open warning today: any, churn, over-contact, cadence, value-flow or follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this loyalty stage (awareness, evaluation, commitment, behaviour)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only customers whose health score is under N</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardCharts</name>
    <message>
        <source>CES (ease)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSAT (% satisfied)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSAT %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importance (% of explained)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Performance (1-7)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean lifetime value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardExport</name>
    <message>
        <source>Cannot write %1; choose a folder you may write to.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardFormat</name>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the latest scoring run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No figure for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>= as in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 against %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Respondents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers with tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buyers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSAT (satisfied)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CES (ease, 7 = easiest)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survey responses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Churn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repurchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lifetime value (total)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lifetime value (mean)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median first response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution rate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DayOption</name>
    <message>
        <source>%1: &apos;%2&apos; is not a date; use yyyy-mm-dd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--window: &apos;%1&apos; must be a number of days (1 or more) or &apos;all&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a date and time; use &quot;yyyy-mm-dd HH:MM&quot; (the database&apos;s time zone, %3).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoDatabase</name>
    <message>
        <source>Creating the demo database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo database ready</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>Creating the demo customers: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of demo customers must be between 0 and %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo history must cover 1 to %1 years.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data goes into a new database, and this one already holds %1 customers. Create a new database for the demo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name &apos;%1&apos; that the demo team needs is taken. Create a new database for the demo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the demo users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoToday</name>
    <message>
        <source>Adding today&apos;s follow-ups, tickets and contacts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DriversCommand</name>
    <message>
        <source>Key drivers of likelihood to recommend: importance against performance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2026-10, 2026Q3 or 2026</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only customers of this tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n response(s) with NPS and every driver; R squared %1</source>
        <translation>
            <numerusform>%n response with NPS and every driver; R squared %1</numerusform>
            <numerusform>%n responses with NPS and every driver; R squared %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DuplicateFinder</name>
    <message>
        <source>Comparing customers…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DuplicateScoring</name>
    <message>
        <source>same ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <extracomment>Between the reasons of a duplicate pair (&quot;same email, same name&quot;).</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DuplicatesCommand</name>
    <message>
        <source>List customers that look like the same client (same phone, email or ID number, or a similar name), best first, with a score and the reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most this many pairs (default %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only pairs scoring at least this, from 0 to 1 (default %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit is at least 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--min-score is a number from 0 to 1, such as 0.8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n possible duplicate pair(s) scoring at least %1</source>
        <translation>
            <numerusform>%n possible duplicate pair scoring at least %1</numerusform>
            <numerusform>%n possible duplicate pairs scoring at least %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n possible duplicate pair(s) scoring at least %2 shown; raise --limit to see more</source>
        <translation>
            <numerusform>%1 of %n possible duplicate pair scoring at least %2 shown; raise --limit to see more</numerusform>
            <numerusform>%1 of %n possible duplicate pairs scoring at least %2 shown; raise --limit to see more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EditCustomerCommand</name>
    <message>
        <source>Edit customer %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditInteractionCommand</name>
    <message>
        <source>Edit Interaction</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErasureService</name>
    <message>
        <source>Give the reason for the erasure (e.g. the person&apos;s request and its date); it is kept in the register of erasures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason is too long: keep it under %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This customer&apos;s personal data was already erased on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erasing personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The personal data was erased, but rebuilding the file to remove old copies failed (%1). Free disk space and close other programs using this database: the next erasure rebuilds it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FitWarningText</name>
    <message>
        <source>P(alive), expected purchases and CLV built on it are unreliable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the expected spend per purchase and the CLV built on it are unreliable (P(alive) is not affected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score again with a longer window or more customers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 fit did not converge: its parameters are not the best fit to the purchases, so %2. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 parameter %2 is %3, above %4: the model finds almost no variation between customers to describe (a fit without heterogeneity), so %5. %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 parameter %2 is %3, below %4: the fit has run to the edge of the model instead of describing the customers, so %5. %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the mean time from first purchase to the calibration end, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the mean repeat purchase value, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 parameter %2 is %3, more than %4 times away from %5: the fit has run off the scale of the data, as a fit without heterogeneity does, so %6. %7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 parameter q is %2, at or below 1: the model then has no finite average spend, so customers without a repeat purchase get no expected spend and no CLV, and %3. %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The likelihood of the %1 fit is not curved like a maximum at its optimum (the Hessian is not positive definite): the purchases do not pin the parameters down and they have no standard errors, so %2. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The standard error of %1 parameter %2 is not finite: the purchases do not pin it down, so %3. %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was fitted on only %2 repeat customers, fewer than the %3 it needs: its parameters are barely determined, so %4. Use a longer window, or score again when more customers have bought twice.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpRule</name>
    <message>
        <source>Follow-up due %1 is %2 days overdue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up due %1 is %2 days overdue: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpService</name>
    <message>
        <source>The due date %1 has passed; a follow-up is due today or later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A follow-up&apos;s note is at most 500 characters long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may set follow-ups only for yourself, the customer&apos;s account manager or your team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no follow-up %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up %1 is already done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new due date %1 has passed; choose today or later.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpsCommand</name>
    <message>
        <source>Set up, list, complete or move follow-ups, and see whom the contact cadence says to follow up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up a follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer&apos;s code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day it is due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to follow up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who follows up (default: the customer&apos;s account manager)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open follow-ups by due day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only those past their day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this customer&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete a follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The follow-up&apos;s id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move a follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new due day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers past their contact cadence, to follow up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up %1 is due %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s)</source>
        <translation>
            <numerusform>%n follow-up</numerusform>
            <numerusform>%n follow-ups</numerusform>
        </translation>
    </message>
    <message>
        <source>Follow-up %1 is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up %1 is now due %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) to follow up</source>
        <translation>
            <numerusform>%n customer to follow up</numerusform>
            <numerusform>%n customers to follow up</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HealthRule</name>
    <message>
        <source>Health score %1 is below %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>What the file holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>csv (default) or cdnow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feed a field from a column: COLUMN=FIELD (repeatable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comma, semicolon or tab (default: detected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>auto (default), utf-8 or gbk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import nothing if any row is rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create customers that rows refer to but that do not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to write rejected rows (default: FILE.rejected.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown encoding &apos;%1&apos;; use auto, utf-8 or gbk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read %1 rows: %2 loaded, %3 rejected; %4 customers created (import #%5, %6 s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected rows and their reasons: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import customers, transactions, interactions, surveys or tickets from a CSV file as one transaction.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportMapping</name>
    <message>
        <source>The mapping &apos;%1&apos; must look like COLUMN=FIELD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a field of %2 imports. Fields: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no column &apos;%1&apos;. Columns: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no column for the required field &apos;%1&apos;. Columns found: %2. Name a column with --map COLUMN=%1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportRowParser</name>
    <message>
        <source>The row has %1 fields but the header has %2; check for an unquoted separator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date; use yyyy-mm-dd or yyyymmdd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer code is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount &apos;%1&apos; is not a number; write it like 1234.56 (a dot for decimals, no thousands separators).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quantity &apos;%1&apos; is not a whole number of zero or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date or time; use yyyy-mm-dd or yyyy-mm-dd hh:mm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown channel &apos;%1&apos; (use phone, email, visit, wechat, app, social, web or other).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown interaction kind &apos;%1&apos; (use call, meeting, email, message, complaint, referral, review, share, comment, visit or other).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The direction must be inbound or outbound, not &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a whole number from %2 to %3, not &apos;%4&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The response has no answers (no NPS, CSAT, CES or dimension item).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportService</name>
    <message>
        <source>Line %1: %2 Nothing was imported (strict mode).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown customer code &apos;%1&apos;; import the customer first or use --create-customers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing transactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer code &apos;%1&apos; appears twice in this file (first on line %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer code &apos;%1&apos; already exists; each customer has one master record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The owner &apos;%1&apos; is not an account manager&apos;s user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown touchpoint &apos;%1&apos;; add it to the journey first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown user name &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CDNOW format holds transactions; import it as transactions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The column &apos;%1&apos; is not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building the customer indexes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--create-customers applies to transactions, interactions, surveys and tickets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; score %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 (customer %2) looks like a duplicate of line %3 (customer %4) of this file (%5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 (customer %2) looks like a duplicate of the existing customer %3 (%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n more possible duplicate pair(s) with the new customers; review them all with View &gt; Duplicate Customers or tessera-cli duplicates.</source>
        <translation>
            <numerusform>%n more possible duplicate pair with the new customers; review them all with View &gt; Duplicate Customers or tessera-cli duplicates.</numerusform>
            <numerusform>%n more possible duplicate pairs with the new customers; review them all with View &gt; Duplicate Customers or tessera-cli duplicates.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InitCommand</name>
    <message>
        <source>Create a new database with its first administrator (password from TESSERA_PASSWORD or a prompt).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The administrator&apos;s user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone of the database&apos;s calendar days (IANA name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill it with N deterministic demo customers and the documented demo users (password tessera-demo, also the administrator&apos;s unless TESSERA_PASSWORD is set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown time zone &apos;%1&apos;; use a name like Asia/Shanghai.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--demo takes a number of customers from 0 to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1 with the administrator %2 (time zone %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data: %1 customers, %2 transactions, %3 interactions, %4 survey responses, %5 tickets; the demo users&apos; password is %6.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InteractionService</name>
    <message>
        <source>&apos;%1&apos; is not a channel; use phone, email, visit, wechat, app, social, web or other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a kind of interaction; use call, meeting, email, message, complaint, referral, review, share, comment, visit or other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a direction; use inbound or outbound.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outcome is at most 200 characters long; put details in the note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note is at most 8000 characters long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The interaction&apos;s time %1 is in the future; give a time up to now (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This would be outbound contact number %1 with the customer within %2 days (the limit is %3). Confirm to log it anyway (--confirm-over-contact); it will show as an over-contact warning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may change only your team&apos;s entries in the interaction log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may change only the interactions you logged yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no interaction %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The limit must be 1 or more.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InteractionsCommand</name>
    <message>
        <source>Log, list, edit or delete interactions with customers (calls, visits, messages ...).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log an interaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer&apos;s code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List interactions, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this customer&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most N (default 200)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change a logged interaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The interaction&apos;s id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete a logged interaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone, email, visit, wechat, app, social, web or other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>call, meeting, email, message, complaint, referral, review, share, comment, visit or other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inbound or outbound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A journey touchpoint&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What came of it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note (stored encrypted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When it happened, &quot;yyyy-mm-dd HH:MM&quot; (default: now)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log it even though it goes over the over-contact limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged interaction %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed interaction %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted interaction %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n interaction(s)</source>
        <translation>
            <numerusform>%n interaction</numerusform>
            <numerusform>%n interactions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JobControl</name>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JourneyCommand</name>
    <message>
        <source>The journey map of a period, its snapshots, and the journey&apos;s stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2026-10, 2026Q3 or 2026</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only customers of this RFM segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many of the most common paths (default 10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the period&apos;s map under a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The snapshot&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved snapshots, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two snapshots side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The earlier snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The later snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One customer&apos;s interactions on the stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer&apos;s code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the period with --period, e.g. 2026Q3, 2026-10 or 2026.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--paths is between 1 and 1000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved snapshot &apos;%1&apos; of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Journey %1: %n customer(s)</source>
        <translation>
            <numerusform>Journey %1: %n customer</numerusform>
            <numerusform>Journey %1: %n customers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n interaction(s)</source>
        <translation>
            <numerusform>%n interaction</numerusform>
            <numerusform>%n interactions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n customer</numerusform>
            <numerusform>%n customers</numerusform>
        </translation>
    </message>
    <message>
        <source>  %1%2: volume %3 (%4), reach %5, CSAT %6, complaints %7, priority %8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2: %3 of %4 did not go on</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Path %1: %n customer(s), %2 churned or at risk</source>
        <translation>
            <numerusform>Path %1: %n customer, %2 churned or at risk</numerusform>
            <numerusform>Path %1: %n customers, %2 churned or at risk</numerusform>
        </translation>
    </message>
    <message>
        <source>No snapshots yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2: CSAT %3 → %4, volume %5 → %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no stage)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no stage yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JourneyEditor</name>
    <message>
        <source>Give the stage or touchpoint a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A stage or touchpoint name has at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A stage or touchpoint name is one line without control characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no journey stage named &apos;%1&apos;; &apos;journey stages list&apos; shows them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage &apos;%1&apos; has no touchpoint named &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a stage named &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A stage&apos;s position is between 1 and %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage &apos;%1&apos; is already retired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A journey keeps at least one stage in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage &apos;%1&apos; is in use, not retired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a touchpoint named &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A touchpoint&apos;s position in its stage is between 1 and %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Touchpoint &apos;%1&apos; is already retired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Touchpoint &apos;%1&apos; is in use, not retired.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JourneyExport</name>
    <message>
        <source>Cannot write %1; choose a folder you may write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Tessera journey map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file name ending in .png, .svg or .pdf.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JourneyFormat</name>
    <message>
        <source>%1%</source>
        <comment>a share in per cent</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <comment>hours</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retired: no longer offered for new records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume: %1 interactions (%2 of all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reach: %1 of the customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>CSAT: %1 of 5 (%Ln response(s))</source>
        <translation>
            <numerusform>CSAT: %1 of 5 (%Ln response)</numerusform>
            <numerusform>CSAT: %1 of 5 (%Ln responses)</numerusform>
        </translation>
    </message>
    <message>
        <source>CSAT: no responses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NPS score: %1 of 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints: %1 (%2 of the volume)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median first response: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Improvement priority: %1 (number %2 of the top three)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Improvement priority: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#b3261e&apos;&gt;Pain point: complaint rate at or above the threshold.&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;i&gt;Click to see the interactions behind this card.&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JourneyLayoutCommands</name>
    <message>
        <source>List or edit the journey&apos;s stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List or edit the touchpoints within the stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every stage and touchpoint, retired ones marked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a touchpoint to a stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename a stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename a touchpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move a stage to another position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move a touchpoint within or between stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retire a stage (its history stays)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retire a touchpoint (its history stays)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring a retired stage back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring a retired touchpoint back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new stage&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its position, 1 first (default: last)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its new name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its new position, 1 first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stage it is in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The touchpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The channel it usually uses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its new position in the stage, 1 first (default: last)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move it to this stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(retired)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JourneySnapshots</name>
    <message>
        <source>A snapshot&apos;s name has 1 to %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a snapshot named &apos;%1&apos;; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no snapshot named &apos;%1&apos;; &apos;journey snapshots&apos; lists them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyCommand</name>
    <message>
        <source>Manage the key that encrypts personal data (administrators).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-encrypt all personal data under a new key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotated the data key: %1 values re-encrypted, every user&apos;s key re-sealed, the audit chain re-signed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KpiCommand</name>
    <message>
        <source>Satisfaction, retention, revenue and service figures for a period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2026-10, 2026Q3 or 2026</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Break down by tier, owner, team or touchpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also compare with the previous period and the targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a breakdown; use tier, owner, team or touchpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone in scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No alerts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n response(s)</source>
        <translation>
            <numerusform>%n response</numerusform>
            <numerusform>%n responses</numerusform>
        </translation>
    </message>
    <message>
        <source>  NPS %1 [%2, %3]   CSAT %4%   CES %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  retention %1%   churn %2%   repurchase %3%   conversion %4%   revenue %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  tickets %1   complaints %2   median first response %3 h   resolved %4%</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KpiPeriod</name>
    <message>
        <source>&apos;%1&apos; is not a period; give a month (2026-10), a quarter (2026Q3) or a year (2026).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no month %2; months run from 01 to 12.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KpiService</name>
    <message>
        <source>You may see the figures of your own team only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That account manager is not in the chosen team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may see the figures of your own portfolio or team only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a tier; use Diamond, Platinum, Gold, Silver or Bronze.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an RFM segment; use one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KpiTargets</name>
    <message>
        <source>&apos;%1&apos; is not a KPI; use one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from -100 to 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a share from 0 to 1 (0.95 for 95%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from 1 to 7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A target for %1 is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2% worse than the period before (%3 against %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2% off its target (%3 against %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The difference is larger than sampling noise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The difference is within sampling noise.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LaunchOptions</name>
    <message>
        <source>Tessera CRM workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the demo database, creating it on first use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User interface language (en, zh_CN).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Sign In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to Tessera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MaintenanceService</name>
    <message>
        <source>The database needs a schema upgrade, but the backup before it failed (%1); nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backups folder %1 cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup is not usable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot sign in to this backup with your password, so its audit log cannot be verified; nothing was restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup does not pass its check (%1); nothing was restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-encrypting personal data under a new key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database is a team server: its administrators back it up, restore it and check it with PostgreSQL&apos;s own tools (pg_dump, pg_basebackup, amcheck). &apos;tessera-cli audit --verify&apos; checks its audit log.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MergeCustomersCommand</name>
    <message>
        <source>“%1” could not be undone or redone: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MergeService</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acquisition channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lifecycle stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact frequency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survey responses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standing overrides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Codes of earlier merges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a field a merge can take from the other customer; use %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both codes name the same customer (one may be the code of a customer merged into it already); name two different customers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no merge %1 to undo (it was undone already, or the person&apos;s data was erased).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer merge %1 went into no longer exists (it was merged into another one since); undo that later merge first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge %1 cannot be undone: the customer it went into has changed since (edited, or merged again), and undoing it would lose that change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge %1 cannot be undone: the merged customer&apos;s internal number has since been given to a new customer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MergeSubcommands</name>
    <message>
        <source>Merge a duplicate customer into another: its contacts, activity, tags and score history move over, and its code stays as an alias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer that stays (code or internal id)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The duplicate that goes into it (code or internal id)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields whose value comes from the duplicate, comma-separated: name, kind, industry, region, channel, owner, lifecycle, risk, consent, contact_frequency, phone, email, id_number, address, notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo a merge, as long as the customer it went into has not changed since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The merge&apos;s number, as customers merge printed it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged %1 into %2 as merge %3 (undo with: customers unmerge --merge %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1: %2 moved%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1 set aside (the survivor has the same)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge %1 undone: both customers are as they were before it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MigrateCommand</name>
    <message>
        <source>Copy a database file to an empty PostgreSQL database for team mode, with a login role per user, and check every table (administrators).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file (default: --db)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server database: postgresql://[user@]host[:port]/dbname; the user needs the right to create roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start of every user&apos;s login role name (default: the database name and _)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the database file with --from FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied %L1 rows of %2 tables to %3 in %4 s; checked in %5 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same rows, same hash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DIFFERS: server %L1 rows, hash %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login roles (set each one&apos;s password with ALTER ROLE ... PASSWORD):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s copy differs from the file in the tables marked DIFFERS, or its audit chain does not verify; do not use it, and report this as a bug.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit chain on the server: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MyDayCommand</name>
    <message>
        <source>What to do today: follow-ups due, tickets near or past their targets, new warnings, tier changes and customers due a contact (a supervisor&apos;s for the team).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MyDayService</name>
    <message>
        <source>Follow-ups due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets near or past their targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New warnings since you last signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier changes since the previous scoring run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers past their contact cadence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket %1 (%2): no response yet, due %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket %1 (%2): not resolved, due %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket %1 (%2): due soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; escalated to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2 (RFMS %3 → %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewDatabaseDialog</name>
    <message>
        <source>New Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new database starts with one administrator account. Choose where to save the file and the administrator&apos;s sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator &amp;user name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Confirm password:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverContactRule</name>
    <message>
        <source>%1 outbound contacts in the last %2 days (limit %3).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfTierReportWriter</name>
    <message>
        <source>Cannot write %1: %2. Choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving %1 failed: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first %1 of %2 rows; the CSV and XLSX exports hold them all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing a PDF needs Qt&apos;s graphical application object (QGuiApplication); this program did not create one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeriodFilters</name>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (to date)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone you may see</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All tiers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonExportService</name>
    <message>
        <source>Customer %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the file to write, e.g. person.json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting a person&apos;s data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2. Choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PopulationOptions</name>
    <message>
        <source>Only customers of this tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this supervisor&apos;s team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this owner&apos;s portfolio</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PresenceCommand</name>
    <message>
        <source>Log Interaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Interaction</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileCommand</name>
    <message>
        <source>Show, change or list the versions of the scoring profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show every setting of a version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version (default: the newest)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change settings (KEY=VALUE, e.g. tiers.lambda=0.5), saving a new version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KEY=VALUE pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the profile changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scoring profile version %1 (%2, by %3: %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved scoring profile version %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileService</name>
    <message>
        <source>The defaults of the scoring model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no scoring profile version %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the profile changes (a reason is required).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QDateTimeEdit</name>
    <message>
        <source>In the database&apos;s time zone, %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QualityCommand</name>
    <message>
        <source>Completeness of the customer records against the profile&apos;s goals, overall and by owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this owner&apos;s customers (a user name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the customers without an owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the customers lacking this field: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --incomplete: at most this many customers (default 100)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a field; use one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit is between 1 and %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give either --owner or --unassigned, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>meets the goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BELOW the goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%1 of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Data quality of %n customer(s) (not archived); goals: key fields %1, tags %2</source>
        <translation>
            <numerusform>Data quality of %n customer (not archived); goals: key fields %1, tags %2</numerusform>
            <numerusform>Data quality of %n customers (not archived); goals: key fields %1, tags %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2): %n customer(s)</source>
        <translation>
            <numerusform>%1 (%2): %n customer</numerusform>
            <numerusform>%1 (%2): %n customers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Without an owner: %n customer(s)</source>
        <translation>
            <numerusform>Without an owner: %n customer</numerusform>
            <numerusform>Without an owner: %n customers</numerusform>
        </translation>
    </message>
    <message>
        <source>(no owner)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every customer has this field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The first %n customer(s); raise --limit to see more.</source>
        <translation>
            <numerusform>The first %n customer; raise --limit to see more.</numerusform>
            <numerusform>The first %n customers; raise --limit to see more.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QualityService</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acquisition channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone or email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers without an owner are outside your team; an analyst or an administrator can review them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may review the customers of your own team only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting the filled fields…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List between 1 and %1 customers.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportCellFormat</name>
    <message>
        <source>All tiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promoted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demoted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <source>Write a report to a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tier report of a scoring run: customers and revenue per tier and per account manager, and with --compare the promotions and demotions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>csv, xlsx or pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report file to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scoring run (default: the newest)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A second run to compare with: who was promoted or demoted since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier report of scoring run %1 compared with run %2: %3 customers, %4 promoted, %5 demoted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier report of scoring run %1: %2 customers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written to %1 (%2; names of persons masked).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written to %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportProgress</name>
    <message>
        <source>Writing the report</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResolutionRates</name>
    <message>
        <source>The period ends before it begins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unassigned)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreCommand</name>
    <message>
        <source>Replace the database with a backup, after checking the backup and saving the current state (administrators).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored from %1; the previous state is saved in %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RightsSubcommands</name>
    <message>
        <source>Write everything held about one person to a JSON file, on their request (administrators; asks for the password again)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer&apos;s code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JSON file to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase a person&apos;s personal data: the name becomes a pseudonym, contact details, ID number, address, notes and comments are deleted; revenue and scores stay (administrators; asks for the password again)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why (e.g. the person&apos;s request and its date); kept in the register of erasures, so name no personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 rows about customer %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erased the personal data of customer %1; it is now %2 (erasure %3). Backups made before still hold it until retention removes them: see &apos;backup --list&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another program has this database open: old pages leave its WAL file when that program closes it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>Account manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analyst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScoreCommand</name>
    <message>
        <source>Score every customer (RFM-S, CRMV, tier, lifetime value) and store the results as a new scoring run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The as-of date (default: today)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days of history that count, or &apos;all&apos; (default: the profile&apos;s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scoring profile version (default: the newest)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scoring run %1: %2 customers as of %3 with profile version %4 (%5 s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tiers: %1; %2 customers with CRMV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lifetime value: BG/NBD r %1, alpha %2, a %3, b %4 on %5 customers; Gamma-Gamma p %6, q %7, v %8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lifetime value not fitted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScoreExplainer</name>
    <message>
        <source>fitted on this segment&apos;s respondents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fitted on all respondents, because the segment had too few respondents or an all-zero fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>equal weights, because no fit was possible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No lifetime value: the models could not be fitted (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No lifetime value: no purchase on or before the as-of date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P(alive) %1 and %2 purchases expected, but no lifetime value: with one purchase day the expected value per purchase is the population mean, and this run&apos;s Gamma-Gamma fit (q %3 ≤ 1) has no finite mean.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 days up to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scoring run %1, as of %2 over %3, with scoring profile version %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) since the last purchase</source>
        <translation>
            <numerusform>%n day since the last purchase</numerusform>
            <numerusform>%n days since the last purchase</numerusform>
        </translation>
    </message>
    <message>
        <source>no purchase in the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recency R = %1: %2. A score above 1, 2, 3, 4 needs fewer days than %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frequency F = %1: %2 purchase days. A score above 1, 2, 3, 4 needs more than %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monetary M = %1: net spend %2 (refunds subtracted). A score above 1, 2, 3, 4 needs more than %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social S = %1: engagement %2 (referral %3, review %4, share %5, comment %6 points each). A score above 1, 2, 3, 4 needs more than %7.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFMS = %1 of 100 = recency %2 + frequency %3 + monetary %4 + social %5 points (weights %6, %7, %8, %9 of (score − 1) / 4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFM code %1-%2-%3-%4: R score %1 with an F and M mean of %5 reads as the segment &quot;%6&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationship segment %1 of %2 (k-means on the standardised R, F, M, S scores; %3 customers in it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>personalised service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>emotional connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>protection of rights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>perceived value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ease of interaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 × %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CRMV = %1 = 100 × (%2); weights %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TierScore = %1 × RFMS + %2 × CRMV = %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No CRMV: the window holds no survey answers on all five relationship dimensions, so TierScore = RFMS = %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diamond</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platinum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Silver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier %1 (%2; below Silver is Bronze).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lifetime value: P(alive) %1, %2 purchases expected in the next %3 %4, %5 per purchase, CLV %6 (BG/NBD r %7, α %8, a %9, b %10; Gamma-Gamma p %11, q %12, v %13).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScoreText</name>
    <message numerus="yes">
        <source>Run %1 · %2 · profile v%3 · %Ln customer(s)</source>
        <translation>
            <numerusform>Run %1 · %2 · profile v%3 · %Ln customer</numerusform>
            <numerusform>Run %1 · %2 · profile v%3 · %Ln customers</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the %Ln day(s) up to it</source>
        <translation>
            <numerusform>the %Ln day up to it</numerusform>
            <numerusform>the %Ln days up to it</numerusform>
        </translation>
    </message>
    <message>
        <source>all history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scoring run %1 scored %2 customers as of %3 over %4, with profile version %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tiers: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 customers have a CRMV from survey answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lifetime value fitted on %1 customers (BG/NBD and Gamma-Gamma).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lifetime value not fitted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScoringProfileCodec</name>
    <message>
        <source>must be a group of settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a list of %1 numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be Diamond, Platinum, Gold, Silver or Bronze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>names no RFM segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an interaction kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number written as text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be shares or thresholds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be weeks or days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scoring profile is not usable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; must look like key=value, e.g. tiers.lambda=0.5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile has no setting &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a number, not &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScoringService</name>
    <message>
        <source>Reading customers and their activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no customers to score; import some first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scoring %1 customers and fitting lifetime value models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no scoring run %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updating lifecycle, loyalty and health</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerAuditCheck</name>
    <message>
        <source>%1. Check the address, that the server is running and that the user may connect; the database itself must exist (createdb).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server login %1 is not the role of an active Tessera user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown user name or wrong password for the server login %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only administrators verify the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerCopyService</name>
    <message>
        <source>This version of Tessera has no server schema for schema %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 was written by a newer version of Tessera (schema %2; this version reads up to schema %3). Update Tessera to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server database %1 already holds a Tessera database; nothing was copied. Copy into a new, empty database (createdb NAME).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy was stopped; the server database is empty as before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copying %1: %L2 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table %1 could not be copied, so nothing was copied: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking references and building indexes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file&apos;s rows do not fit the server&apos;s schema, so nothing was copied: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login role %1 would be longer than PostgreSQL&apos;s %2 bytes; choose a shorter --role-prefix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the copy table by table</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StagedFile</name>
    <message>
        <source>Cannot write %1: %2. Choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving %1 failed: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StandingService</name>
    <message>
        <source>Updating lifecycle, loyalty and health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a lifecycle stage; use potential, new, growing, mature, declining or churned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a loyalty stage; use awareness, evaluation, commitment or behaviour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A health score is a whole number from 0 to 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the lifecycle stage, the loyalty stage and the health score can be set by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the value is set by hand: a reason is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The override must last until a day after today.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SurveyDialog</name>
    <message>
        <source>Not asked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SurveyInsights</name>
    <message>
        <source>Act first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible overkill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough answers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SurveyService</name>
    <message>
        <source>%1 is %2 to %3, not %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an answer; write dimension.item=value, for example ease.2=6 or 5.2=6 (dimensions: personalised, emotional, rights, value, ease).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An answer is 1 to %1, not %2 (&apos;%3&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Likelihood to recommend (NPS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfaction (CSAT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effort (CES)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A survey needs at least one answer: NPS, CSAT, CES or a dimension&apos;s item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An answer names dimension 1-5, item 1-%1 and a value 1-%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1 of dimension %2 is answered twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A survey&apos;s comment is at most 4000 characters long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The survey&apos;s day %1 is in the future; give a day up to today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket %1 is not one of this customer&apos;s tickets.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SurveysCommand</name>
    <message>
        <source>Enter a survey response, or check the reliability of the survey&apos;s dimensions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a survey response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer&apos;s code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day it was answered (default today)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Likelihood to recommend, 0-10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfaction, 1-5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A dimension&apos;s item, as dimension.item=value (ease.2=6); repeatable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where it was answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ticket it follows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the customer wrote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cronbach&apos;s alpha of each dimension in a period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2026-10, 2026Q3 or 2026</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only customers of this tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survey response %1 is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  alpha %2  (%3 items, %4 complete responses)%5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  below the minimum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ease (CES), 1-7: 7 = it was easy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TargetsCommand</name>
    <message>
        <source>Set and list KPI targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a KPI&apos;s target for a period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nps, csat, ces, retention_rate, ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2026-10, 2026Q3 or 2026</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target (rates as 0.95)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Targets, by period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this period&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target of %1 for %2 is %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n target(s)</source>
        <translation>
            <numerusform>%n target</numerusform>
            <numerusform>%n targets</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TextEncoding</name>
    <message>
        <source>The file is neither UTF-8 nor GBK text. Save it as UTF-8 (CSV UTF-8 in spreadsheet programs) and import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This system cannot convert GBK text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not valid UTF-8 (at byte %1). If it was saved as GBK, import it with the GBK encoding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not valid GBK text (at byte %1). Check its encoding and save it as UTF-8 or GBK.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TicketLateRule</name>
    <message>
        <source>Ticket %1 has had no response since %2 (due within %3 hours).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket %1, opened %2, is not resolved (due within %3 hours).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TicketRowParser</name>
    <message>
        <source>&apos;%1&apos; is not a date or time for %2; use yyyy-mm-dd hh:mm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 time %2 is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer code is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the ticket was opened is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown category &apos;%1&apos; (use quality, attitude, delivery, billing or other).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown escalation level &apos;%1&apos; (use immediate, 24h or 72h).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A ticket needs a subject of 1 to 200 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A ticket cannot be answered, resolved or closed before it was opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A closed ticket needs the time it was resolved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A ticket cannot be closed before it was resolved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TicketService</name>
    <message>
        <source>The time of %1 is in the future; give a time up to now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time of %1 is before the ticket was opened (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no active user with that name to assign the ticket to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets are assigned to account managers or supervisors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may assign tickets only to yourself or to your team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a ticket category; use quality, attitude, delivery, billing or other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an escalation level; use immediate, 24h or 72h.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A ticket needs a subject of 1 to 200 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A ticket&apos;s description is at most 8000 characters long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interaction %1 is not one of this customer&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no ticket %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an open ticket can be assigned; reopen it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an open ticket can be responded to; reopen it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ticket is already resolved or closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a resolved ticket can be closed; resolve it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ticket is still open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A satisfaction score (CSAT) is 1 to 5, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The satisfaction check follows the closing of a ticket; close it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the assignment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the closing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reopening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the opening</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TicketsCommand</name>
    <message>
        <source>Open, progress and list service tickets and complaints, with their response and resolution targets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer&apos;s code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quality, attitude, delivery, billing or other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalation level: immediate, 24h or 72h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it is about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details (stored encrypted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The complaint interaction it comes from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is a complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign it at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When it was opened (default: now)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move a ticket on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ticket&apos;s id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assigned, responded, resolved, closed or reopened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With assigned: who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When it happened (default: now)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List tickets, oldest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this customer&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only tickets not yet resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluate the service levels at this time (default: now)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the satisfaction check after a ticket was closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSAT, 1 to 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer&apos;s words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened ticket %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--status: &apos;%1&apos; is not a step; use assigned, responded, resolved, closed or reopened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket %1 is now %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> response late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> resolution late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> escalated to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s)</source>
        <translation>
            <numerusform>%n ticket</numerusform>
            <numerusform>%n tickets</numerusform>
        </translation>
    </message>
    <message>
        <source>Recorded the satisfaction check of ticket %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution rate per owner and team against the 95% goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets opened from this day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>... to this day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  below the 95% goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where on the journey it arose (default: the interaction&apos;s)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TierReportBuilder</name>
    <message>
        <source>Nothing has been scored yet, so there is no tier report; run scoring first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TierReportLayout</name>
    <message>
        <source>Tier report: scoring run %1 as of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portfolio of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scoring run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>All history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scoring profile version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compared with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1 as of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers covered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Masked: names of persons as initials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not masked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promotions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demotions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not scored in the compared run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average CLV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average P(alive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no owner)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account managers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier movements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promoted and demoted customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFMS before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFMS after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier in compared run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFM code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CRMV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TierScore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CLV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P(alive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lifetime value model warnings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TierReportService</name>
    <message>
        <source>There is no report format &apos;%1&apos;; choose %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a file name; name the report file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist; create it or choose another.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TouchpointBox</name>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TouchpointLookup</name>
    <message>
        <source>There is no touchpoint named &apos;%1&apos;; see the journey map for the touchpoints there are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The touchpoint &apos;%1&apos; is retired; choose one in use on the journey map.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserCommand</name>
    <message>
        <source>Manage user accounts (administrators), or change your own password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a user (password from TESSERA_NEW_PASSWORD or a prompt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account_manager, supervisor, analyst or administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name shown in the application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The supervisor an account manager reports to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change a password (yours by default; new one from TESSERA_NEW_PASSWORD or a prompt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whose password (administrators only for others)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop a user from signing in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let a disabled user sign in again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed the password of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  (disabled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabled %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a user and re-key personal data without them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed %1; personal data is now under a new key.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserService</name>
    <message>
        <source>A user name has 1 to 64 letters, digits, dots, dashes or underscores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name &apos;%1&apos; is taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a supervisor&apos;s user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only account managers report to a supervisor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no user &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot deactivate your own account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user %1 was removed and cannot sign in again; add a new user instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot remove your own account.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ValueFlowRule</name>
    <message>
        <source>Demoted from %1 to %2 and RFMS down %3 points (%4 to %5) between the runs of %6 and %7.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demoted from %1 to %2 between the runs of %3 and %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFMS down %1 points (%2 to %3, limit %4) between the runs of %5 and %6.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Potential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Growing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declining</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Churned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarterly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yearly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inbound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diamond</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platinum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Silver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bronze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Champions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loyal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Potential loyalist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <comment>RFM segment</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promising</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Need attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About to sleep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can&apos;t lose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hibernating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awareness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advocacy (behaviour)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personalised service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emotional connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protection of rights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perceived value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ease of interaction</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WarningKind</name>
    <message>
        <source>Churn risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over-contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value drop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First response late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low health</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WarningService</name>
    <message>
        <source>You may only see the warnings of your own portfolio (or your team&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The limit must be 1 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a warning id; copy one from the warnings list (kind:customer:date, such as over-contact:42:2026-06-30).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze a warning until a day after today (--until DATE).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such warning today: %1. It may have ended; list the warnings again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WarningsCommand</name>
    <message>
        <source>List the open warnings (churn, over-contact, contact cadence, value flow) and overdue follow-ups of the customers you may see.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this account manager&apos;s customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The as-of date (default: today)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most N warnings (default: all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit needs a number of 1 or more, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message>
        <source>Only churn, over-contact, cadence, value-flow, follow-up, first-response-late, resolution-late or health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also the warnings acknowledged, snoozed or resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The warning&apos;s id, from the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back in the list on this day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledge a warning: seen, being handled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze a warning until a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve a warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning %1 is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--kind: &apos;%1&apos; is not a kind of warning; use churn, over-contact, cadence, value-flow, follow-up, first-response-late, resolution-late or health.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>The database %1 does not exist. Check the path, or create it with &apos;tessera-cli init&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Tessera database (%2). Choose a file created by Tessera.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is damaged (%2). Restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 was written by a newer version of Tessera (%2). Update Tessera to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 cannot be written (%2). Move it to a writable folder or change its permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists. Choose another file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is locked by another program. Close it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password must have at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The administrator needs a user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown user name or wrong password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user %1 has an unknown role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no customer with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account has been disabled or removed. Sign out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Enter your password again first: personal data leaves the database only within %n minute(s) of confirming who you are.</source>
        <translation>
            <numerusform>Enter your password again first: personal data leaves the database only within %n minute of confirming who you are.</numerusform>
            <numerusform>Enter your password again first: personal data leaves the database only within %n minutes of confirming who you are.</numerusform>
        </translation>
    </message>
    <message>
        <source>The keys for finding duplicate customers could not be brought up to date (%1). Check that the database file is writable and sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keys for searching customers by pinyin could not be made (%1). Check that the database file is writable and sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server database %1 holds no Tessera database yet. Copy a database file to it with &apos;tessera-cli migrate --from FILE --to %1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server database %1 was set up by another version of Tessera (%2). Use the version your team uses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot connect to the team server (%1). Check the server&apos;s address, the database name and your login role, and that the server is running.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>XlsxTierReportWriter</name>
    <message>
        <source>Writing %1 failed: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::app::AccessReviewController</name>
    <message>
        <source>Access &amp;Review…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::app::AccessReviewDialog</name>
    <message>
        <source>Access Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days and times are in the database&apos;s time zone, %1. Both days are included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flagged: more than %1 reads by one user in a day (bulk); a read or attempt before %2:00 or from %3:00 on (out of hours); Saturdays and Sundays (weekend); refused attempts. Settings of scoring profile version %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln user-day(s)</source>
        <translation>
            <numerusform>%Ln user-day</numerusform>
            <numerusform>%Ln user-days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln read(s)</source>
        <translation>
            <numerusform>%Ln read</numerusform>
            <numerusform>%Ln reads</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln flagged</source>
        <translation>
            <numerusform>%Ln flagged</numerusform>
            <numerusform>%Ln flagged</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Access Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::app::AccessReviewModel</name>
    <message numerus="yes">
        <source>%1 (%Ln row(s))</source>
        <translation>
            <numerusform>%1 (%Ln row)</numerusform>
            <numerusform>%1 (%Ln rows)</numerusform>
        </translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out of hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::app::ActionRegistry</name>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Scoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Administration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::app::AdminController</name>
    <message>
        <source>&amp;Users…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Audit Log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic backup saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The automatic backup failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-encrypting personal data under a new key. The customers return when it is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring the database from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore From Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the backup, then restoring it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database was restored from %1. Its state before the restore was saved to the backups folder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::app::AuditLogDialog</name>
    <message>
        <source>Audit Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load &amp;More</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify Chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Customer code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Newest %Ln row(s) shown; more are older.</source>
        <translation>
            <numerusform>Newest %Ln row shown; more are older.</numerusform>
            <numerusform>Newest %Ln rows shown; more are older.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) shown.</source>
        <translation>
            <numerusform>%Ln row shown.</numerusform>
            <numerusform>%Ln rows shown.</numerusform>
        </translation>
    </message>
    <message>
        <source>Verifying the audit chain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates and times are in the database&apos;s time zone, %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::app::AuditLogModel</name>
    <message>
        <source>(nobody signed in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::app::BackgroundTask</name>
    <message>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::app::BackupsDialog</name>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back Up &amp;Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back Up &amp;To…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back Up To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1-backup-%2.tessera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tessera databases (*.tessera);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up to %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file&apos;s integrity and its foreign keys check out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The file has %Ln problem(s); the first: %1</source>
        <translation>
            <numerusform>The file has %Ln problem; the first: %1</numerusform>
            <numerusform>The file has %Ln problems; the first: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore From Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring replaces everything in the database with the backup %1 made %2. The current state is saved to the backups folder first. Everyone signed in must sign in again afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erased Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persons erased since the backup was made whose personal data it still holds, until retention deletes it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::app::CampaignDialog</name>
    <message>
        <source>Edit Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationship investment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An RFM segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An owner&apos;s portfolio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers by code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer codes, one per line or separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cost:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Targets:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customers a target names are fixed when you save; saving again takes in who matches then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) by code</source>
        <translation>
            <numerusform>%n customer by code</numerusform>
            <numerusform>%n customers by code</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tessera::app::CompareRunsDialog</name>
    <message>
        <source>Compare Scoring Runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From run:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To run:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the scoring runs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFMS before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFMS after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Comparing needs two scoring runs; there is %Ln so far.</source>
        <translation>
            <numerusform>Comparing needs two scoring runs; there is %Ln so far.</numerusform>
            <numerusform>Comparing needs two scoring runs; there are %Ln so far.</numerusform>
        </translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customer you can see changed tier between these runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 promoted, %2 demoted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▲ Promoted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▼ Demoted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::app::ConnectServerDialog</name>
    <message>
        <source>Connect to Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to your team&apos;s PostgreSQL server with your own login role. You then sign in with your Tessera user name and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>db.example.com, or a socket folder such as /var/run/postgresql</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Login role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty: from ~/.pgpass or PGPASSWORD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the server&apos;s host name, or the folder of its Unix socket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the name of the team&apos;s database on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your login role on the server (your administrator gave it to you).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::app::CustomerController</name>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Customer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit Customer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Archive Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore Customer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::app::CustomerEditorDialog</name>
    <message>
        <source>New Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Customer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create Anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) with a similar name, or the same phone, email or ID number, already exist. Check that this is a different client, then choose Create Anyway.</source>
        <translation>
            <numerusform>%Ln customer with a similar name, or the same phone, email or ID number, already exists. Check that this is a different client, then choose Create Anyway.</numerusform>
            <numerusform>%Ln customers with a similar name, or the same phone, email or ID number, already exist. Check that this is a different client, then choose Create Anyway.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tessera::app::CustomerJourneyWidget</name>
    <message>
        <source>Now in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now in: no stage yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No interactions recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n interaction(s) at a touchpoint; %1 without one. Red dots are complaints; the ringed dot is the latest.</source>
        <translation>
            <numerusform>%n interaction at a touchpoint; %1 without one. Red dots are complaints; the ringed dot is the latest.</numerusform>
            <numerusform>%n interactions at a touchpoint; %1 without one. Red dots are complaints; the ringed dot is the latest.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tessera::app::CustomerPanel</name>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Industry:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acquisition channel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lifecycle stage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk level:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowed channels:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact frequency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsubscribed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last updated:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hidden for your role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a customer to see their profile, contacts, timeline and scores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loyalty stage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health score:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not computed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journey</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::app::CustomersBehindDialog</name>
    <message numerus="yes">
        <source>The first %n customer(s); double-click one to open it.</source>
        <translation>
            <numerusform>The first %n customer; double-click one to open it.</numerusform>
            <numerusform>The first %n customers; double-click one to open it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s); double-click one to open it.</source>
        <translation>
            <numerusform>%n customer; double-click one to open it.</numerusform>
            <numerusform>%n customers; double-click one to open it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tessera::app::DashboardController</name>
    <message>
        <source>&amp;Dashboards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No dashboard is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Dashboard as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Dashboard as PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign %1 saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::app::DashboardView</name>
    <message>
        <source>NPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attributable revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uplift beyond comparison (95% interval)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By touchpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing the figures…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NPS and CSAT by month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NPS and CSAT by quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NPS, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key drivers of recommendation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfaction against value, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution rate, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue by tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retained %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 per customer (%2 to %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 dashboard, %2 (%3, %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n survey response(s); KPI alerts: %2.</source>
        <translation>
            <numerusform>%1: %n survey response; KPI alerts: %2.</numerusform>
            <numerusform>%1: %n survey responses; KPI alerts: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Campaign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit Campaign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set &amp;Target…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::app::DuplicatesController</name>
    <message>
        <source>D&amp;uplicate Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::app::DuplicatesView</name>
    <message>
        <source>Customers that look like the same client: the same phone, email or ID number once written alike, or a similar name. A score of %1 or more is listed; double-click a code or name to open that customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge the second customer of the selected pair into the first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for duplicates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s)</source>
        <translation>
            <numerusform>%n pair</numerusform>
            <numerusform>%n pairs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The best %1 of %n pair(s)</source>
        <translation>
            <numerusform>The best %1 of %n pair</numerusform>
            <numerusform>The best %1 of %n pairs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tessera::app::EraseCustomerDialog</name>
    <message>
        <source>Erase Personal Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Erase the personal data of &lt;b&gt;%1&lt;/b&gt; (%2)? This cannot be undone.&lt;/p&gt;&lt;p&gt;Removed: the name (it becomes a pseudonym), phone numbers, email addresses, the ID number, the address, notes, contacts, interaction notes, survey comments, ticket subjects and descriptions, follow-up notes, and merges that could be undone.&lt;/p&gt;&lt;p&gt;Kept, under the pseudonym: purchases (for revenue figures), scores, and the kind and day of each interaction, survey and ticket. The customer is archived.&lt;/p&gt;&lt;p&gt;Backups made before today still hold the person until retention removes them (Administration &amp;gt; Backups shows which).&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. the person&apos;s request of 1 June, by letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason is kept in the register of erasures: name no personal data in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Erase…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::app::FollowUpDialog</name>
    <message>
        <source>Reschedule Follow-up — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Follow-up — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to follow up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer&apos;s account manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Who follows up:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::app::HelpController</name>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;Log Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Tessera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tessera will use %1 the next time it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tessera&apos;s log is in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Tessera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Tessera CRM Workstation %1&lt;/h3&gt;&lt;p&gt;Client portfolios, customer journeys, satisfaction and the return on relationship spending, in one local database file.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::app::ImportController</name>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::app::ImportDialog</name>
    <message>
        <source>Import Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survey responses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CSV file (UTF-8, UTF-8 with BOM or GBK)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GBK (Simplified Chinese)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CDNOW format (whitespace-separated purchases)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create customers for unknown customer codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strict: import nothing if any row is rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the file to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist or is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV and text files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service tickets</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::app::ImportReportDialog</name>
    <message>
        <source>Import Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Rejected Rows…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows read:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows loaded:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows rejected:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers created:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Rejected Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejected-rows.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::app::InteractionController</name>
    <message>
        <source>&amp;Log Interaction…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log a call, visit or message with the selected customer (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&amp;nteractions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interaction logged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Interaction logged; the customer has %n open warning(s): %1</source>
        <translation>
            <numerusform>Interaction logged; the customer has %n open warning: %1</numerusform>
            <numerusform>Interaction logged; the customer has %n open warnings: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Log Interaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Interaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Interaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this interaction? You can undo it (Ctrl+Z).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::app::InteractionDialog</name>
    <message>
        <source>Edit Interaction — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log Interaction — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What came of it, in a few words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details (stored encrypted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Direction:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Touchpoint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::app::InteractionLogDialog</name>
    <message>
        <source>Interactions — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(imported)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::app::JourneyCardDialog</name>
    <message>
        <source>Loading the interactions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The latest %n interaction(s); double-click one to open its customer.</source>
        <translation>
            <numerusform>The latest %n interaction; double-click one to open its customer.</numerusform>
            <numerusform>The latest %n interactions; double-click one to open its customer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n interaction(s); double-click one to open its customer.</source>
        <translation>
            <numerusform>%n interaction; double-click one to open its customer.</numerusform>
            <numerusform>%n interactions; double-click one to open its customer.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tessera::app::JourneyCardItem</name>
    <message>
        <source>%1 (retired)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>CSAT %1 (%Ln response(s))</source>
        <translation>
            <numerusform>CSAT %1 (%Ln response)</numerusform>
            <numerusform>CSAT %1 (%Ln responses)</numerusform>
        </translation>
    </message>
    <message>
        <source>CSAT: no responses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::app::JourneyCompareDialog</name>
    <message>
        <source>Compare Journey Snapshots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Before:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;After:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the snapshots…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Touchpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume
before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume
after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume
change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSAT
before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSAT
after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSAT
change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints
before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints
after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints
change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority
before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority
after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority
change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2, %3 customers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save at least two snapshots (Save Snapshot… on the Journeys tab) to compare them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) against %3 (%4). ▲/▼: up/down; green is better, red worse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 pts</source>
        <comment>percentage points</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (new)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (gone)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::app::JourneyController</name>
    <message>
        <source>&amp;Journey Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journeys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No journey map is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journey map, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Journey Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png);;SVG drawings (*.svg);;PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journey Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journey map saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshot %1 saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::app::JourneyMapScene</name>
    <message>
        <source>No touchpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journey has no stages yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No interactions at any touchpoint in this period for these customers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 customers · %2 interactions · %3 to %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no responses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pain point (complaints ≥ %1 of the volume)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>top-3 improvement priority · bar: volume · click a card for its interactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (retired)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 customers (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 customers had an interaction at this stage in the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2: %3 of %4 customers went on</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::app::JourneyPathsPanel</name>
    <message>
        <source>Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Churned or at risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From → to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Went on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most common paths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop-off between stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customer went through a stage in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stages each customer went through in the period, in order; the most common first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of these %2 customers are churned or at risk now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not go on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody reached it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::app::JourneySnapshotSaveDialog</name>
    <message>
        <source>Save Journey Snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeps the figures of the map shown (%1, %2 customers) under a name, to compare with later ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::app::JourneyStagesDialog</name>
    <message>
        <source>Journey Stages and Touchpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retiring keeps a stage or touchpoint for the records and snapshots that name it; it only leaves the map and the lists new records choose from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage / touchpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Stage…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Touchpoint…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;etire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rest&amp;ore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the new stage (placed last):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Touchpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the new touchpoint in %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name for %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (retired)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::app::JourneyView</name>
    <message>
        <source>All RFM segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save Snapshot…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compare Snapshots…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit S&amp;tages…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the map as a PNG image, an SVG drawing or a PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in (Ctrl+wheel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+wheel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the whole map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>everyone you may see</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing the journey map…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln customer(s)</source>
        <translation>
            <numerusform>%1: %Ln customer</numerusform>
            <numerusform>%1: %Ln customers</numerusform>
        </translation>
    </message>
    <message>
        <source>Journey map, %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::app::LockScreen</name>
    <message>
        <source>Tessera is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your password to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::app::LoginDialog</name>
    <message>
        <source>Sign In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::app::MainWindow</name>
    <message>
        <source>Tessera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) shown</source>
        <translation>
            <numerusform>%Ln customer shown</numerusform>
            <numerusform>%Ln customers shown</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — Tessera</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::app::MergeController</name>
    <message>
        <source>&amp;Merge Customers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged: undo with Edit &gt; Undo (merge %1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::app::MergeCustomersDialog</name>
    <message>
        <source>Merge Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code of the customer that stays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code of the duplicate that goes into it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep (A):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge in (B):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep each field&apos;s value from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (unsubscribed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;A: %1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;B: %1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing refers to B, so no rows move.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Will move to A: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set aside, since A has the same already (undo brings them back): %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags are combined; B&apos;s code will name A from now on. Edit &gt; Undo takes the merge back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::app::MyDayController</name>
    <message>
        <source>&amp;My Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;Follow-up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up %1 set up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reschedule Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::app::MyDayView</name>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up &amp;Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;schedule…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Putting your day together…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New since your previous sign-in on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is your first sign-in: every open warning is new.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My Day, %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%Ln item(s))</source>
        <translation>
            <numerusform>%1 (%Ln item)</numerusform>
            <numerusform>%1 (%Ln items)</numerusform>
        </translation>
    </message>
    <message>
        <source>My Day</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::app::NewDatabaseDialog</name>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to save the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists. Choose another file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ. Type the same password twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tessera databases (*.tessera);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::app::NewPasswordFields</name>
    <message>
        <source>At least %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::app::NewUserDialog</name>
    <message>
        <source>Add User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. wang.fang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Supervisor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initial password</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::app::PasswordConfirmDialog</name>
    <message>
        <source>Password of %1 (%2):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::app::PasswordPrompt</name>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the password…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::app::PasswordResetDialog</name>
    <message>
        <source>Reset Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new password for %1. Tell it to them in person; they can change it after signing in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::app::PortfolioController</name>
    <message>
        <source>&amp;Export Portfolio…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;Archived Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer &amp;Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Portfolio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>portfolio.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export will contain personal data without masking: names, phone numbers and email addresses. Enter your password to confirm that it may leave the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln customer(s) to %1</source>
        <translation>
            <numerusform>Exported %Ln customer to %1</numerusform>
            <numerusform>Exported %Ln customers to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Portfolio</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::app::PortfolioModel</name>
    <message>
        <source>(removed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (archived)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lifecycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TierScore %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFM code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CRMV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CLV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P(alive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loyalty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::app::PortfolioView</name>
    <message>
        <source>All stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>%Ln customer</numerusform>
            <numerusform>%Ln customers</numerusform>
        </translation>
    </message>
    <message>
        <source>All owners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search customers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part of a name, code or contact name; or a whole phone number or email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All tiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier in the newest scoring run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFM segment in the newest scoring run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any or no warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers with an open warning today (View &gt; Warnings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All loyalty stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loyalty-ladder stage (health: see the warning filter)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::app::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock after idle time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without keyboard or mouse input for this long, Tessera hides the customers and asks for your password again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::app::ProfileSettingsEditor</name>
    <message>
        <source>Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count all history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Otherwise the last:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFMS weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frequency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monetary:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sum:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social weights by interaction kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFM segments (the first matching rule names the segment)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationship segments (k-means)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segments (k):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum iterations:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CRMV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survey scale from 1 to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Respondents for a segment fit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>λ, the RFMS share of TierScore:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By rank: cumulative shares</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By minimum TierScore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cumulative share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum TierScore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lifetime value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Horizon (periods):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annual discount rate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Churn: days without activity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over-contact: more contacts than:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over-contact: within days:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key customers: this tier and better:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key customers: contact every (days):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Others: contact every (days):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value flow: demotion by tiers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value flow: RFMS drop (points):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KPI drop against the previous period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KPI gap to its target:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cronbach&apos;s alpha at least:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (must be 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data quality and access review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key fields complete, goal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers tagged, goal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulk: personal data reads a day over:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working day starts at (hour):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working day ends at (hour):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::app::QualityController</name>
    <message>
        <source>Data &amp;Quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data Quality</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::app::QualityView</name>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a figure to list the customers lacking that field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data Quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled; the figures shown are the earlier ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key fields: goal %1 of customers. Tags: goal %2. Figures below their goal are marked; click one to list the customers lacking it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s), not archived</source>
        <translation>
            <numerusform>%n customer, not archived</numerusform>
            <numerusform>%n customers, not archived</numerusform>
        </translation>
    </message>
    <message>
        <source>All customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without an owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 customers have this field (%3 lack it); the goal is %4: %5. Click to list those lacking it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing to meet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 missing, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (loading…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: the first %n, by code; double-click one to open it.</source>
        <translation>
            <numerusform>%1: the first %n, by code; double-click one to open it.</numerusform>
            <numerusform>%1: the first %n, by code; double-click one to open it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n customer(s); double-click one to open it.</source>
        <translation>
            <numerusform>%1: %n customer; double-click one to open it.</numerusform>
            <numerusform>%1: %n customers; double-click one to open it.</numerusform>
        </translation>
    </message>
    <message>
        <source>(no owner)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::app::ReportsController</name>
    <message>
        <source>&amp;Tier Report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tier report will contain the names of persons without masking. Enter your password to confirm that they may leave the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier report cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Tier report of %Ln customer(s) written to %1</source>
        <translation>
            <numerusform>Tier report of %Ln customer written to %1</numerusform>
            <numerusform>Tier report of %Ln customers written to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tessera::app::RightsController</name>
    <message>
        <source>Export Person&apos;s &amp;Data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write everything held about the selected customer to a JSON file, on their request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase &amp;Personal Data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase the selected customer&apos;s personal data; revenue and scores stay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Person&apos;s Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>personal-data-%1.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file will hold everything about this customer without masking: name, phone numbers, email addresses, ID number, address, notes and activity. Enter your password to confirm that it may leave the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the customer&apos;s data to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase Personal Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your password to erase this customer&apos;s personal data. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erased the personal data; the customer is now %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::app::ScoreCard</name>
    <message>
        <source>RFM code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFM segment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFMS:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CRMV:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TierScore:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P(alive):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected purchases:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer lifetime value:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scoring run:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not scored yet. Scores appear here after the next scoring run (Scoring &gt; Score Now, for analysts and administrators).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TierScore %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No survey data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (run %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This run&apos;s lifetime value models are unsound:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::app::ScoreNowDialog</name>
    <message>
        <source>Score Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;As of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &amp;last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All &amp;history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newest version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scoring &amp;profile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &amp;profile&apos;s window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &amp;profile&apos;s window (all history)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The &amp;profile&apos;s window (%Ln day(s))</source>
        <translation>
            <numerusform>The &amp;profile&apos;s window (%Ln day)</numerusform>
            <numerusform>The &amp;profile&apos;s window (%Ln days)</numerusform>
        </translation>
    </message>
    <message>
        <source>The end of the scoring window, a day in the database&apos;s time zone (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::app::ScoringController</name>
    <message>
        <source>Score &amp;Now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scoring &amp;Profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compare Runs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scoring cancelled; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scoring Finished</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::app::ScoringProfileDialog</name>
    <message>
        <source>Scoring Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Revert Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as New Version…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1, the current profile. Saving your changes makes version %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1, the current profile (read only: your role may not change it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1, saved %2 by %3 (read only). Reason: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Scoring Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why does the profile change? The reason is kept with the new version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile was not saved:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::app::SegmentRulesEditor</name>
    <message>
        <source>Segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F/M mean from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F/M mean to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Rule</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::app::ServerConnectionController</name>
    <message>
        <source>Connect to &amp;Server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work on your team&apos;s shared PostgreSQL server</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::app::SessionController</name>
    <message>
        <source>&amp;New Database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Demo Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo database: user %1, password %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tessera databases (*.tessera);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customers.tessera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the database and its administrator</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::app::SurveyController</name>
    <message>
        <source>New Survey &amp;Response…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a survey the selected customer answered on paper or by phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survey response %1 recorded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::app::SurveyDialog</name>
    <message>
        <source>New Survey Response — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>would not recommend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>would surely recommend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>very dissatisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>very satisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>very hard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>very easy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Answered on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Likelihood to recommend (NPS):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Satisfaction (CSAT):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ease (CES):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1, 1 to 7 (— when not answered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the customer wrote (stored encrypted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Touchpoint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follows &amp;ticket:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::app::TargetDialog</name>
    <message>
        <source>Set KPI Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2026-10, 2026Q3 or 2026</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;KPI:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::app::TicketController</name>
    <message>
        <source>Open &amp;Ticket…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register a complaint or request of the selected customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets (%L1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket %1 opened.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::app::TicketDialog</name>
    <message>
        <source>Product quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service attitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Immediate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Within 24 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Within 72 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Ticket — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long the ticket may wait for a response before it escalates to the owner&apos;s supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details (stored encrypted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Escalation level:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Opened:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Touchpoint:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::app::TicketsView</name>
    <message>
        <source>Open tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First response due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalated to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign to &amp;Me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Responded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;solved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfaction &amp;Check…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading tickets…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln ticket(s), %1 late; double-click one to open the customer.</source>
        <translation>
            <numerusform>%Ln ticket, %1 late; double-click it to open the customer.</numerusform>
            <numerusform>%Ln tickets, %1 late; double-click one to open the customer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfaction Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How satisfied was the customer with how ticket %1 was handled (1 = very dissatisfied, 5 = very satisfied)?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::app::TierHistoryWidget</name>
    <message>
        <source>As of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TierScore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not scored in any run yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln scoring run(s).</source>
        <translation>
            <numerusform>%Ln scoring run.</numerusform>
            <numerusform>%Ln scoring runs.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tessera::app::TierReportDialog</name>
    <message>
        <source>Excel workbook (XLSX)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers and revenue per tier and per account manager for one scoring run; with a second run, who was promoted or demoted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tier-report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scoring &amp;run:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compare with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the scoring runs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has been scored yet: score the customers first (Scoring &gt; Score Now).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (*.%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::app::TimelineWidget</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No transactions, interactions, surveys or tickets yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transactions: %1 (total %2) · Interactions: %3 · Surveys: %4 · Tickets: %5</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::app::UsersDialog</name>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add User…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset &amp;Password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate Data &amp;Key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added the user %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password of %1 was reset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 can no longer sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1? They can no longer sign in and their keys are deleted. All personal data is then re-encrypted under a new data key, so that a copy of their keys opens nothing; with many customers this may take a while. The audit log keeps their name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed %1; personal data is under a new key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate Data Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-encrypt all personal data under a new data key? Every user keeps their password; with many customers this may take a while.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal data is now under a new data key.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::app::WarningsModel</name>
    <message>
        <source>Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::app::WarningsView</name>
    <message>
        <source>All warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for warnings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln warning(s); double-click one to open the customer.</source>
        <translation>
            <numerusform>%Ln warning; double-click it to open the customer.</numerusform>
            <numerusform>%Ln warnings; double-click one to open the customer.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Acknowledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seen and being handled: leaves the open list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Snooze…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out of the list until a day you choose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;solve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back in the list on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KPI alerts, %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the dashboards</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::app::WelcomePage</name>
    <message>
        <source>Tessera CRM Workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client portfolios, journeys, satisfaction and relationship ROI in one local file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to an existing Tessera file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start an empty database with its first administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Demo Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explore Tessera with sample customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::app::WorkspaceView</name>
    <message>
        <source>Tessera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portfolio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings (%L1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
