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
    <name>CreateCustomerCommand</name>
    <message>
        <source>Create customer %1</source>
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
    <name>EditCustomerCommand</name>
    <message>
        <source>Edit customer %1</source>
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
        <source>--create-customers applies to transactions, interactions and surveys.</source>
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
</context>
<context>
    <name>JobControl</name>
    <message>
        <source>Cancelled; nothing was changed.</source>
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
    <message numerus="yes">
        <source>%Ln customer(s) with the same name, phone or email already exist. Check that this is a different client, then choose Create Anyway.</source>
        <translation>
            <numerusform>%Ln customer with the same name, phone or email already exists. Check that this is a different client, then choose Create Anyway.</numerusform>
            <numerusform>%Ln customers with the same name, phone or email already exist. Check that this is a different client, then choose Create Anyway.</numerusform>
        </translation>
    </message>
    <message>
        <source>Create Anyway</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::app::CustomerPanel</name>
    <message>
        <source>Select a customer to see their profile, contacts and timeline.</source>
        <translation type="unfinished"></translation>
    </message>
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
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export Portfolio…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
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
        <source>Customer &amp;Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;Archived Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
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
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
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
    <message>
        <source>&amp;Restore Customer</source>
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
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Customer</source>
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
    <message>
        <source>Import</source>
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
    <message numerus="yes">
        <source>Exported %Ln customer(s) to %1</source>
        <translation>
            <numerusform>Exported %Ln customer to %1</numerusform>
            <numerusform>Exported %Ln customers to %1</numerusform>
        </translation>
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
        <source>About Tessera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Tessera CRM Workstation %1&lt;/h3&gt;&lt;p&gt;Client portfolios, customer journeys, satisfaction and the return on relationship spending, in one local database file.&lt;/p&gt;</source>
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
        <source>Redo</source>
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
        <source>Restore</source>
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
</TS>
