<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>fallback::AudienceChannelModel</name>
    <message>
        <source>Use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number or address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Remove %n channel(s)</source>
        <translation>
            <numerusform>Remove %n channel</numerusform>
            <numerusform>Remove %n channels</numerusform>
        </translation>
    </message>
    <message>
        <source>Primary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the number, group or address this audience is reached at over this channel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first channel is used first; the others, in their order, when it is down. Move a channel with Alt+Up and Alt+Down.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fallback::AudienceModel</name>
    <message>
        <source>Audience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updates every (min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New audience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add audience</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Remove %n audience(s)</source>
        <translation>
            <numerusform>Remove %n audience</numerusform>
            <numerusform>Remove %n audiences</numerusform>
        </translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, no backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, then %2</source>
        <comment>primary channel, then the backup channels</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty to send updates as often as the declared warning level says.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give this audience a backup channel for when the primary one is down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the minutes between two updates (at least 1), or leave it empty to follow the warning level.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By warning level</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fallback::BringBack</name>
    <message>
        <source>%1 is not an offline copy of a team plan; &quot;fallback team upload&quot; makes a plan file a team plan.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fallback::BuiltInContent</name>
    <message>
        <source>The plan already has every built-in message template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add built-in communications plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The built-in communications plan could not be added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n message template(s)</source>
        <translation>
            <numerusform>%n message template</numerusform>
            <numerusform>%n message templates</numerusform>
        </translation>
    </message>
    <message>
        <source>Added %1 and %2 with their channels; fill in their numbers and addresses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n audience(s)</source>
        <translation>
            <numerusform>%n audience</numerusform>
            <numerusform>%n audiences</numerusform>
        </translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan already has every built-in role card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add built-in role cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The built-in role cards could not be added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Added %n role card(s); check the group that holds each.</source>
        <translation>
            <numerusform>Added %n role card; check the group that holds it.</numerusform>
            <numerusform>Added %n role cards; check the group that holds each.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fallback::ChecklistItemModel</name>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offset from start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add checklist item</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Remove %n checklist item(s)</source>
        <translation>
            <numerusform>Remove %n checklist item</numerusform>
            <numerusform>Remove %n checklist items</numerusform>
        </translation>
    </message>
    <message>
        <source>When the upgrade window starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 before the upgrade window starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 after the upgrade window starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move checklist item to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d</source>
        <comment>days, short</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <comment>hours, short</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <comment>minutes, short</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fallback::ChecklistOperations</name>
    <message>
        <source>Copy of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate checklist template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create checklist from template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace checklist from template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the upgrade&apos;s checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The window cannot end (%1) before it starts (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change upgrade window</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fallback::ChecklistTemplateModel</name>
    <message>
        <source>Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New checklist template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add checklist template</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Remove %n checklist template(s)</source>
        <translation>
            <numerusform>Remove %n checklist template</numerusform>
            <numerusform>Remove %n checklist templates</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fallback::CommandLine</name>
    <message>
        <source>Unknown option &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown template &quot;%1&quot;; choose one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found in %1.</source>
        <translation>
            <numerusform>%n problem found in %1.</numerusform>
            <numerusform>%n problems found in %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the file is sound (format version %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export would overwrite the plan itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No display is available for the window; the commands listed by &quot;fallback --help&quot; work without one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command or option &quot;%1&quot;. Run &quot;fallback --help&quot; for the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown or missing report kind &quot;%1&quot;; choose one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown or missing format &quot;%1&quot;; choose one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The id &quot;%1&quot; is not a record number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown report language &quot;%1&quot;; choose zh_CN or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown page size &quot;%1&quot;; choose a4 or letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say where to write the report with -o FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report would overwrite the plan itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The option %1 needs a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before the next upgrade: nothing to fix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Before the next upgrade, %n thing(s) to fix:</source>
        <translation>
            <numerusform>Before the next upgrade, %n thing to fix:</numerusform>
            <numerusform>Before the next upgrade, %n things to fix:</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>section: finding</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say where to write the contacts with -o FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the file .csv or .vcf, or choose the format with --format csv|vcf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;; choose csv or vcf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;; choose zh_CN or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say where to write the calendar with -o FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write to standard output: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say whom the message is for with --audience NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown or missing channel &quot;%1&quot;; choose one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown message language &quot;%1&quot;; choose zh_CN or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown occasion &quot;%1&quot;; choose one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run &quot;%1&quot; is not a record number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan has no run yet; a message is filled from a run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan has no run %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan has no audiences; add them under Communications.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan has no audience &quot;%1&quot;; its audiences are: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the plan of the team database with --plan NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--plan names a plan of a team database; &quot;%1&quot; is a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the plan is sound (format version %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fallback: warning: the connection to %1 is not encrypted; set sslmode=verify-full to protect the plan and your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a PostgreSQL connection string (for example &quot;postgresql://editor@db.example.com/plans&quot; or &quot;host=db dbname=plans&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team database %1 is ready (format version %2). Grant %3 to those who edit plans and %4 to those who only read them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a team database yet; run &quot;fallback team init&quot; first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team database %1 holds no plans.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uploaded %1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploaded %1 to %2 as the team plan &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say where to write the offline copy with -o FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; already exists; it was not overwritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the offline copy of %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--keep takes &quot;server&quot; or &quot;offline&quot;, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bringing %1 back into %2 would change: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brought %1 back into %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) made on both sides:</source>
        <translation>
            <numerusform>%n change made on both sides:</numerusform>
            <numerusform>%n changes made on both sides:</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage:
  fallback [PLAN...]                       open each plan in a window (default: your own plan)
  fallback new PLAN [--template zh_CN|en] [--sample]
                                           create a plan from the built-in template (--sample: the
                                           worked example plan, with a run, its review and a drill)
  fallback check PLAN                      check the file; non-zero exit on problems
  fallback export-json PLAN [-o FILE]      write the whole plan as JSON (standard output without -o)
  fallback import-json FILE PLAN           create PLAN from a JSON export
  fallback import-contacts PLAN FILE       add the people of a CSV or vCard file to the plan
  fallback export-contacts PLAN -o FILE [--format csv|vcf] [--lang zh_CN|en]
                                           write the plan&apos;s contacts as CSV or vCard
  fallback export-ics PLAN -o FILE         write the upgrade windows, duty shifts and drills as an
                                           iCalendar file
  fallback message PLAN [--run N] --audience NAME --channel sms|im|email|phone [--lang zh_CN|en]
                  [--occasion start|level|update|stop|rollback|restored|ended]
                                           print the status message for an audience, filled from the
                                           run (the newest without --run); Fallback sends nothing
  fallback report PLAN --kind KIND [--id N] --format pdf|html|odt|docx [--lang zh_CN|en]
                  [--page-size a4|letter] -o OUT
                                           write a report; KIND is plan, review, roster, checklist,
                                           drill, communications, role-cards or duty-roster (review,
                                           checklist, drill, duty-roster: the newest without --id)

Team mode: wherever a command takes PLAN, a PostgreSQL connection string (a URI or libpq&apos;s
&quot;keyword=value&quot; words) with --plan NAME names a plan of a team database instead.
  fallback team init CONNINFO              set up a team database, or bring it up to date
  fallback team list CONNINFO              list its plans
  fallback team upload PLANFILE CONNINFO [--name NAME]
                                           make a plan file a team plan (the name: its title)
  fallback team download CONNINFO --plan NAME -o FILE
                                           write a team plan to a plan file, to work offline
  fallback team bring-back FILE [CONNINFO] [--keep server|offline] [--dry-run]
                                           merge an offline copy back into its team plan; changes
                                           made on both sides are listed (exit status 3) and keep
                                           the server&apos;s values unless --keep offline
  fallback --version | --help</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fallback::ConnectionInfo</name>
    <message>
        <source>out of memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a PostgreSQL connection: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection setting &quot;%1&quot; contains a semicolon, which Qt&apos;s PostgreSQL driver cannot pass on; put it in a libpq service file instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>local server</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fallback::ContactFields</name>
    <message>
        <source>(not imported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role in the group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identifier (UID)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fallback::ContactFile</name>
    <message>
        <source>The contact file &quot;%1&quot; does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the contact file &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too large to be a contact list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds no contact card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a text file; contacts can be imported from CSV or vCard files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a vCard file: it does not begin with BEGIN:VCARD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No column of &quot;%1&quot; is headed with a name field; the header row needs a column such as &quot;姓名&quot; or &quot;Name&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fallback::ContactImport</name>
    <message>
        <source>skipped: the row has no name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the date &quot;%1&quot; is not understood and was left empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the role &quot;%1&quot; is not understood; imported as a member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not imported: %1 is already in the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not imported: %1 is already in the plan; added to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not imported: %1 is already on line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not imported: %1 is already on line %2; added to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Import %n contact(s)</source>
        <translation>
            <numerusform>Import %n contact</numerusform>
            <numerusform>Import %n contacts</numerusform>
        </translation>
    </message>
    <message>
        <source>The contacts could not be added to the plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imported %1, skipped %2, duplicates %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the identifier is longer than %1 characters; the contact was given a new one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the backup person &quot;%1&quot; names more than one contact; left empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the backup person &quot;%1&quot; is neither in the plan nor in the file; left empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a contact cannot be their own backup; the backup was left empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 &quot;%2&quot; is not a phone number and was left empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mobile number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>office phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the e-mail address &quot;%1&quot; is not an address and was left empty</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fallback::DesktopRecentFiles</name>
    <message>
        <source>The desktop&apos;s list of recent files cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The desktop&apos;s list of recent files (%1) is damaged; it was left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The desktop&apos;s list of recent files cannot be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fallback::DrillActionModel</name>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add drill action</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Remove %n drill action(s)</source>
        <translation>
            <numerusform>Remove %n drill action</numerusform>
            <numerusform>Remove %n drill actions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fallback::DrillModel</name>
    <message>
        <source>Not yet</source>
        <comment>drill result</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add drill</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Remove %n drill(s)</source>
        <translation>
            <numerusform>Remove %n drill</numerusform>
            <numerusform>Remove %n drills</numerusform>
        </translation>
    </message>
    <message>
        <source>Describe the custom scenario: its description names the drill.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fallback::DrillRunModel</name>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add rehearsal run</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Remove %n rehearsal run(s)</source>
        <translation>
            <numerusform>Remove %n rehearsal run</numerusform>
            <numerusform>Remove %n rehearsal runs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fallback::DutyRoster</name>
    <message>
        <source>a shift without a group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A shift of %1 has no one on duty or no start and end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has nobody on duty from %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is on two shifts at once: %2 and %3 from %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is on duty for %2 hours at a stretch from %3; the plan allows %n.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fallback::DutyShiftModel</name>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On duty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Remove %n shift(s)</source>
        <translation>
            <numerusform>Remove %n shift</numerusform>
            <numerusform>Remove %n shifts</numerusform>
        </translation>
    </message>
    <message>
        <source>A shift ends after it starts; the old time is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup is someone other than the person on duty; the old value is kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fallback::GroupMemberModel</name>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add member to group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add contact to group</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Remove %n membership(s)</source>
        <translation>
            <numerusform>Remove %n membership</numerusform>
            <numerusform>Remove %n memberships</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fallback::ICalendarExport</name>
    <message>
        <source>Version: %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To version: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From version: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Systems: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the names of systems</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impact: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notify: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drill: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrade: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 and %2 to %3.</source>
        <comment>upgrades, drills, file</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n upgrade(s)</source>
        <translation>
            <numerusform>%n upgrade</numerusform>
            <numerusform>%n upgrades</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n drill(s)</source>
        <translation>
            <numerusform>%n drill</numerusform>
            <numerusform>%n drills</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n upgrade(s) without a window left out.</source>
        <translation>
            <numerusform>%n upgrade without a window left out.</numerusform>
            <numerusform>%n upgrades without a window left out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n drill(s) without a date left out.</source>
        <translation>
            <numerusform>%n drill without a date left out.</numerusform>
            <numerusform>%n drills without a date left out.</numerusform>
        </translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On duty: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On duty: %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup: %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1, %2 and %3 to %4.</source>
        <comment>upgrades, duty shifts, drills, file</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n duty shift(s)</source>
        <translation>
            <numerusform>%n duty shift</numerusform>
            <numerusform>%n duty shifts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fallback::LinkChecklistModel</name>
    <message>
        <source>Tick %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untick %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fallback::MeasureModel</name>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Remove %n measure(s)</source>
        <translation>
            <numerusform>Remove %n measure</numerusform>
            <numerusform>Remove %n measures</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fallback::MemberModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Remove %n contact(s)</source>
        <translation>
            <numerusform>Remove %n contact</numerusform>
            <numerusform>Remove %n contacts</numerusform>
        </translation>
    </message>
    <message>
        <source>These contact details were never verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>These contact details were last verified more than %n day(s) ago.</source>
        <translation>
            <numerusform>These contact details were last verified more than %n day ago.</numerusform>
            <numerusform>These contact details were last verified more than %n days ago.</numerusform>
        </translation>
    </message>
    <message>
        <source>; </source>
        <comment>between the groups of a contact</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a group and the contact&apos;s role in it</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A contact needs a name; the old one is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address like name@example.com; the old value is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A contact cannot be their own backup; the old value is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a phone number: use digits, +, spaces, hyphens and parentheses, and write an extension as in 010-6552 1234 ext. 12; the old value is kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fallback::MergeDescription</name>
    <message>
        <source>%1 #%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>someone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2: %3 offline, %4 on the server (changed by %5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was changed offline and removed on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was removed offline, and changed or added to on the server (by %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2: names a record that was removed on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>took the offline value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept the server&apos;s value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>put back as changed offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept as on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) added</source>
        <translation>
            <numerusform>%n record added</numerusform>
            <numerusform>%n records added</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) changed</source>
        <translation>
            <numerusform>%n field changed</numerusform>
            <numerusform>%n fields changed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) removed</source>
        <translation>
            <numerusform>%n record removed</numerusform>
            <numerusform>%n records removed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fallback::MessageComposer</name>
    <message>
        <source>the upgrade&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from which version to which</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the systems it upgrades</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the warning level declared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the state of the run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the time now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>when the run started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the latest decision or failure and why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the upgrade&apos;s impact on the business</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what is being done: the next open step, or the rollback plan while rolling back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>when the next update will come</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whom to call: the sending group&apos;s lead and phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the group that sends the update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the audience&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the plan&apos;s title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the organisation the plan belongs to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no warning level declared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as soon as there is news</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan has no message template for %1 in %2. Add one under Communications.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message template could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fallback::MessageLength</name>
    <message>
        <source>%1 of %2 characters: one SMS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 characters: %n SMS parts of %2; some phones show them out of order or as separate messages.</source>
        <translation>
            <numerusform>%1 characters: %n SMS part of %2; some phones show them out of order or as separate messages.</numerusform>
            <numerusform>%1 characters: %n SMS parts of %2; some phones show them out of order or as separate messages.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 characters: longer than one instant message takes (about %2 bytes); shorten it or send it in two.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>About %n second(s) to read aloud.</source>
        <translation>
            <numerusform>About %n second to read aloud.</numerusform>
            <numerusform>About %n seconds to read aloud.</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep a phone script short enough to be heard out.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fallback::MessageTemplateModel</name>
    <message>
        <source>Occasion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject (email)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{upgrade}: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add message template</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Remove %n message template(s)</source>
        <translation>
            <numerusform>Remove %n message template</numerusform>
            <numerusform>Remove %n message templates</numerusform>
        </translation>
    </message>
    <message>
        <source>Every audience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placeholders:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{%1} is not a placeholder; the old text is kept. Placeholders: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fallback::Migrator</name>
    <message>
        <source>the step to format version %1 could not be applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a record of &quot;%1&quot; would refer to a missing record of &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fallback::OfflineCopy</name>
    <message>
        <source>The offline copy could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The offline copy could not be marked as brought back: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fallback::OfflineMerge</name>
    <message>
        <source>The plan is not an offline copy of a team plan; there is nothing to bring back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This offline copy was brought back on %1; bringing it back again would add what was added offline a second time. Take a new offline copy to go on working offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team plan &quot;%1&quot; on %2 is not the one this copy was taken from (it was removed and uploaded again since); the copy cannot be merged into it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The offline copy was taken at format version %1 and the copy or the team plan has been upgraded since; it cannot be merged by field. Open both and carry the changes over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team database was set up by an older version of Fallback; run &quot;fallback team init&quot; once to bring it up to date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This offline copy was brought back on %1 by %2; bringing it back again would add what was added offline a second time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The offline copy could not be brought back: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The offline copy could not be brought back; nothing was changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fallback::OrgGroupTreeModel</name>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove group %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fallback::OutputFile</name>
    <message>
        <source>Cannot write &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file name was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write to standard output: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no space left on the disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk or folder is read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a part of the path is not a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is too large for the disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name is too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk reported an input/output error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the program reading it stopped before everything was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the write was not completed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fallback::PlanCopy</name>
    <message>
        <source>The plan could not be copied: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fallback::PlanDocument</name>
    <message>
        <source>The change was not saved. %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fallback::PlanFile</name>
    <message>
        <source>The plan &quot;%1&quot; does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan &quot;%1&quot; cannot be read: permission denied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is empty; it is not a Fallback plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Fallback plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan &quot;%1&quot; is damaged: the file is shorter than its contents require (it may have been copied incompletely).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a database of another program, not a Fallback plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan &quot;%1&quot; cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan &quot;%1&quot; is damaged (%2). Open a backup copy instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; already exists; it was not overwritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan was opened read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan file is write-protected, so it can only be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder of the plan is write-protected, so the plan can only be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan lies on a read-only medium, so it can only be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan is open for editing in another Fallback window, so it can only be read here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan was written by a newer version of Fallback (format %1); this version can read it but will not change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A copy cannot replace the plan it is made from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write to &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy &quot;%1&quot; could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy &quot;%1&quot; could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan &quot;%1&quot; holds a change that was interrupted (a crash or power cut); open it for editing once so that the change is rolled back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the lock file could not be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan &quot;%1&quot; could not be upgraded to format version %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan &quot;%1&quot; could not be created: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan can only be read here: its lock file, which keeps a second window from changing it at the same time, could not be made beside it (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no SQLite connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan &quot;%1&quot; was written by an older version of Fallback and could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan was written by an older version of Fallback and can only be read here: it is shown as this version reads it, and the file itself is upgraded when it is next opened for editing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your database role may read this team plan but not change it, so it can only be read here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 is lost. Fallback connects again by itself; until then the plan shows what it held and cannot be changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fallback::PlanIntegrity</name>
    <message>
        <source>Storage damage: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record %1 of &quot;%2&quot; refers to a missing record of &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The table &quot;%1&quot; is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan uses format version %1; this version of Fallback writes version %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fallback::PlanJsonImport</name>
    <message>
        <source>The file contains an unknown section &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The section &quot;%1&quot; is not a list of records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A record in section &quot;%1&quot; refers to a record of &quot;%2&quot; that the file does not contain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record %1 of section &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 is not an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 has an unknown field &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; of the %2 has a value of the wrong type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 is not valid: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not a Fallback plan export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file does not say which version of the format it uses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file was written by a newer version of Fallback (format version %1); this version reads up to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has an invalid format version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file holds no plan data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; already exists; it was not overwritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not valid JSON (%1 at byte %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder of &quot;%1&quot; does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown template &quot;%1&quot;; choose one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The built-in template &quot;%1&quot; is missing from this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file was exported from a plan of a newer format (version %1) by a newer version of Fallback; this version reads plans up to format version %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fallback::PlanSearch</name>
    <message>
        <source>Risk category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duty shift</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fallback::Readiness</name>
    <message>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group &quot;%1&quot; has no lead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group &quot;%1&quot;: its lead %2 has no backup person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact %1 was never verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact %1 has a verification date that is not a date: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact %1 was last verified on %2 (more than %3 days ago).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical risk &quot;%1&quot; (score %2) has no contingency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High risk &quot;%1&quot; (score %2) has no contingency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource &quot;%1&quot; is not ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Checklist template &quot;%1&quot;: %n item(s) without an owner.</source>
        <translation>
            <numerusform>Checklist template &quot;%1&quot;: %n item without an owner.</numerusform>
            <numerusform>Checklist template &quot;%1&quot;: %n items without an owner.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Upgrade &quot;%1&quot;: %n checklist item(s) without an owner.</source>
        <translation>
            <numerusform>Upgrade &quot;%1&quot;: %n checklist item without an owner.</numerusform>
            <numerusform>Upgrade &quot;%1&quot;: %n checklist items without an owner.</numerusform>
        </translation>
    </message>
    <message>
        <source>Action &quot;%1&quot; of review &quot;%2&quot; was due on %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action &quot;%1&quot; of the drill &quot;%2&quot; (%3) was due on %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drill &quot;%1&quot; of %2 has no recorded result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan has no title: the printed plan and its exports are headed by it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audience &quot;%1&quot; has no channel to reach it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audience &quot;%1&quot; has no backup channel for when %2 is down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 channel to &quot;%2&quot; has no number or address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duty roster of &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fallback::RecordStore</name>
    <message>
        <source>The change could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the record no longer exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown record type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a record has %1 values for %2 fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed this field in the meantime, to &quot;%2&quot;; yours was not saved, so that theirs is not lost.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fallback::RecordTableModel</name>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Move %n row(s)</source>
        <translation>
            <numerusform>Move %n row</numerusform>
            <numerusform>Move %n rows</numerusform>
        </translation>
    </message>
    <message>
        <source>A record cannot refer to itself; the old value is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 *</source>
        <comment>the heading of a column that must be filled in</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required: %1 cannot be left empty.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fallback::ReferenceModel</name>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Remove %n reference(s)</source>
        <translation>
            <numerusform>Remove %n reference</numerusform>
            <numerusform>Remove %n references</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fallback::ResourceModel</name>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Remove %n resource(s)</source>
        <translation>
            <numerusform>Remove %n resource</numerusform>
            <numerusform>Remove %n resources</numerusform>
        </translation>
    </message>
    <message>
        <source>Not ready</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fallback::ReviewActionModel</name>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add improvement action</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Remove %n improvement action(s)</source>
        <translation>
            <numerusform>Remove %n improvement action</numerusform>
            <numerusform>Remove %n improvement actions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fallback::ReviewModel</name>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add review</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Remove %n review(s)</source>
        <translation>
            <numerusform>Remove %n review</numerusform>
            <numerusform>Remove %n reviews</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fallback::ReviewWorkflow</name>
    <message>
        <source>The run no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run of %1 (%2), started %3; outcome: %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highest warning level declared: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: %1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find and remove the cause of the failed step “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped: %1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review of %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The review could not be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a draft can be submitted for review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The review could not be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a review in review can be approved: submit it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the reviewer before approving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the approver before approving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an approved review can be reopened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen review</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fallback::RevisionComparison</name>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effective date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interpretation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Precedence of law</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplementary provisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium risk from score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High risk from score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical risk from score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preventive measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contingency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is notified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who activates the response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response time (minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criticality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offset (minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration (minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is told in advance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rollback plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time first recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticked at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticked by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edited by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users affected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Systems affected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impact (minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contributing factors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What went well</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What went badly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commendations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addressed by revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place in the call order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at byte %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a copy of a Fallback plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its section &quot;%1&quot; is not a list of records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a record of its section &quot;%1&quot; is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A copy of the plan cannot be read: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan cannot be read: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The revision to compare is no longer in the plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision %1 was recorded without a copy of the plan, so there is nothing to compare it with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy of the plan kept with revision %1 is damaged (%2); it cannot be compared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group membership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notified group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgraded system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drill action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuing and lifting warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review, commendation and reward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updates every (minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest duty (hours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number or address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occasion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First steps before the upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First steps during the upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First steps after the upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First steps in recovery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions this role may take</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whom to call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duty shift</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fallback::RevisionModel</name>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add revision record</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Remove %n revision record(s)</source>
        <translation>
            <numerusform>Remove %n revision record</numerusform>
            <numerusform>Remove %n revision records</numerusform>
        </translation>
    </message>
    <message>
        <source>No copy of the plan was kept with this revision; it cannot be compared.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fallback::RevisionPublisher</name>
    <message>
        <source>Review: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drill: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drill of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the revision a version, such as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 has already been published; give this revision another version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the date on which the revision is published.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An action to link is no longer in the plan or already belongs to a revision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish revision %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The revision could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The revision could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fallback::RiskBands</name>
    <message>
        <source>Change risk bands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each band must start above the one before: medium from %1, high from %2 and critical from %3 are not in rising order between %4 and %5.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fallback::RiskCategoryModel</name>
    <message>
        <source>Compatibility risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data security risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System stability risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Human operation risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technical risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personnel risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the usual risk categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add risk category</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Remove %n risk categor(ies)</source>
        <translation>
            <numerusform>Remove %n risk category</numerusform>
            <numerusform>Remove %n risk categories</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fallback::RiskModel</name>
    <message>
        <source>Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preventive measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contingency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Remove %n risk(s)</source>
        <translation>
            <numerusform>Remove %n risk</numerusform>
            <numerusform>Remove %n risks</numerusform>
        </translation>
    </message>
    <message>
        <source>Likelihood %1 × impact %2 = %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fallback::RoleCardContactModel</name>
    <message>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add whom to call</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Remove %n contact(s) from the card</source>
        <translation>
            <numerusform>Remove %n contact from the card</numerusform>
            <numerusform>Remove %n contacts from the card</numerusform>
        </translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose whom to call; to take the line off the card, remove it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fallback::RoleCardModel</name>
    <message>
        <source>Post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held by its</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held now by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New role card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add role card</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Remove %n role card(s)</source>
        <translation>
            <numerusform>Remove %n role card</numerusform>
            <numerusform>Remove %n role cards</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody: choose the group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody in that role yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fallback::RosterModel</name>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group / contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fallback::RunEventModel</name>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log event</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Remove %n event(s)</source>
        <translation>
            <numerusform>Remove %n event</numerusform>
            <numerusform>Remove %n events</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fallback::RunItemModel</name>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add checklist item</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Remove %n checklist item(s)</source>
        <translation>
            <numerusform>Remove %n checklist item</numerusform>
            <numerusform>Remove %n checklist items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fallback::RunListModel</name>
    <message>
        <source>Upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start run</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Remove %n run(s)</source>
        <translation>
            <numerusform>Remove %n run</numerusform>
            <numerusform>Remove %n runs</numerusform>
        </translation>
    </message>
    <message>
        <source>in progress</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fallback::RunSession</name>
    <message>
        <source>There is no such upgrade to run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A run is either live or a rehearsal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a rehearsal belongs to a drill.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such drill.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say who is starting the run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” already has a run in progress, started %2. Open its console, or end it before starting another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start run of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This run no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say who is operating the console first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The emergency was ended at %1; the run can no longer change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick checklist item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen checklist item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the item failed: the review needs the reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark checklist item failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the item is skipped: the review needs the reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip checklist item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This run has no such checklist item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item is already %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type what happened before logging it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decision could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the warning level changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan has no such warning level.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No warning level is declared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is already the declared level.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning level declared: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning lifted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declare warning level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lift warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the upgrade stops.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The upgrade is not running: it is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STOP: the upgrade is stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the upgrade is rolled back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rollback has already started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rollback started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start rollback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say how the service was found restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the emergency is over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the emergency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such milestone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is already recorded at %2; edit it to change the time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lies in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The milestone could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is not a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is already recorded at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed from %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing done in this console is left to take back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be taken back: it was changed since.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken back: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take back “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan has no such audience.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a channel of the communications plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message is empty: write what was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update sent to %1 via %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log update sent to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The update could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fallback::SamplePlan</name>
    <message>
        <source>There is no sample plan in &quot;%1&quot;; choose one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sample plan &quot;%1&quot; is missing from this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; already holds %2 copies of the sample plan; remove some of them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fallback::ScopeSystemModel</name>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criticality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add system</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Remove %n system(s)</source>
        <translation>
            <numerusform>Remove %n system</numerusform>
            <numerusform>Remove %n systems</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fallback::SectionNames</name>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measures and resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrades</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Communications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role cards and duty</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fallback::SectionOverviewModel</name>
    <message>
        <source>Emergency organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource inventory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned upgrades</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrade runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post-incident reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activated by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response (min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preventive measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contingency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offset (min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration (min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not ready</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fallback::SectionSummary</name>
    <message numerus="yes">
        <source>%1 · %n high</source>
        <comment>risks, of which n high or critical</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in progress</source>
        <comment>upgrades</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in progress</source>
        <comment>runs</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not approved</source>
        <comment>reviews</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fallback::SetPlanFieldCommand</name>
    <message>
        <source>Edit plan header</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fallback::SetRecordValueCommand</name>
    <message>
        <source>Edit field</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fallback::StorageError</name>
    <message>
        <source>a record it refers to does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a record with the same key already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a required value is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a value is outside what is allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the change breaks a rule of the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the plan file or its folder is read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the plan file is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another program is using the plan file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file cannot be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is not enough memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a value is too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a value has the wrong type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database could not carry out the change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your database role may read this plan but not change it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server accepts no changes at the moment (it is a standby)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server has no space left on its disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another change got in the way; try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection to the team database was lost</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fallback::TeamDatabase</name>
    <message>
        <source>Fallback cannot reach a team database here: Qt&apos;s PostgreSQL driver is not installed (Debian: libqt6sql6-psql).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot connect to the team database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team database could not be set up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team database %1 was set up by a newer version of Fallback (format %2); this version writes format %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plans could not be brought to format version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team database %1 already has a plan named &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan could not be added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A team plan needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team database %1 is not set up for this version of Fallback; run &quot;fallback team init&quot; first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team database %1 holds no plans.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team database %1 has no plan named &quot;%2&quot;; it has: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team database %1 is at format version %2 and this version of Fallback reads version %3; open it for editing once, or run &quot;fallback team init&quot;, to bring it up to date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan &quot;%1&quot; cannot be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fallback::TeamDirectory</name>
    <message>
        <source>%1 is not a team database yet: an administrator sets it up with &quot;fallback team init&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fallback::UpdateScheduleModel</name>
    <message numerus="yes">
        <source>Due at %1: every %n minute(s)</source>
        <translation>
            <numerusform>Due at %1: every minute</numerusform>
            <numerusform>Due at %1: every %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>Not due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fallback::UpgradeModel</name>
    <message>
        <source>Upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rollback plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go/no-go criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Remove %n upgrade(s)</source>
        <translation>
            <numerusform>Remove %n upgrade</numerusform>
            <numerusform>Remove %n upgrades</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fallback::VCardReader</name>
    <message>
        <source>Other phone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other phone: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other email: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fallback::Vocabulary</name>
    <message>
        <source>Operating system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application software</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
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
        <source>Critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Law</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regulation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Industry standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deputy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mitigated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personnel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>During</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rolled back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rehearsal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abandoned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System crash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incompatibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning level declared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrade stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rollback started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem occurred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem detected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported to the emergency group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instant messaging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone bridge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satellite phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Radio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning level changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regular update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fallback::WarningLevelModel</name>
    <message>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response activated by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response within (minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is notified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add warning level</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Remove %n warning level(s)</source>
        <translation>
            <numerusform>Remove %n warning level</numerusform>
            <numerusform>Remove %n warning levels</numerusform>
        </translation>
    </message>
    <message>
        <source>New level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updates every (minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>While this level is declared, every audience of the communications plan is due a status update this often, unless the audience has its own interval. Empty: no regular updates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the minutes between two status updates (at least 1), or leave it empty for none.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fallback::report::ChecklistReport</name>
    <message>
        <source>Upgrade checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Systems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rollback plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go/no-go criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No upgrade is planned yet: these are the plan&apos;s checklist templates, to be filled in by hand. Planned times are given from the start of the upgrade window (T).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrade</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fallback::report::CommunicationsReport</name>
    <message>
        <source>Communications plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who tells whom, how and how often. When a channel is down, use the next one in its row; log every update sent in the run console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audiences and channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channels, in the order they are tried</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: no number given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup channel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Every %n minute(s)</source>
        <translation>
            <numerusform>Every minute</numerusform>
            <numerusform>Every %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>As the warning level says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updates by warning level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response within</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status updates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No regular updates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An audience with an interval of its own keeps it at every level.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fallback::report::DrillReport</name>
    <message>
        <source>Drill report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rehearsal runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drill lead</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fallback::report::DutyRosterReport</name>
    <message>
        <source>Duty roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not planned yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrade window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest duty at a stretch</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message>
        <source>Shifts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On duty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gaps and clashes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: every group on the roster is covered for the whole window, nobody is on two shifts at once and nobody is on duty longer than allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the roster lacks</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fallback::report::Figures</name>
    <message>
        <source>Likelihood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STOP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rollback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fallback::report::FormatLibs</name>
    <message>
        <source>The library that writes PDF outlines and office files is missing or damaged (%1); reinstall Fallback.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fallback::report::PlanReport</name>
    <message>
        <source>Program Upgrade Emergency Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effective date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General provisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criticality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation and duties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Led by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activated by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each risk is scored as likelihood × impact (1–5 each). Bands: low below %1, medium from %1, high from %2, critical from %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preventive measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contingency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response process and checklists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measures and resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource inventory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery and rebuilding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplementary provisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appendix: contact roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review, commendation and reward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Communications during the response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status updates go to each audience over its channels in the order given, at the interval set; the role cards of the key posts and the duty roster of each upgrade are printed on their own.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fallback::report::ReportBuilder</name>
    <message>
        <source>Nothing is recorded in this section.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All times are %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fallback::report::ReportExporter</name>
    <message>
        <source>The plan has no review with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan has no review yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan has no upgrade with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan has no drill with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan has no drill yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan has no upgrade and no checklist template yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OpenDocument file could not be produced: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Word document could not be produced: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF&apos;s bookmarks could not be added: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan has no upgrade yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fallback::report::ReviewReport</name>
    <message>
        <source>Post-incident review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Systems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This review is not linked to a recorded run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary and impact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users affected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Systems affected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration of impact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrected by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occurred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
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
        <source>Warning level: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist as run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contributing factors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What went well</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What went badly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Improvement actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lessons learned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commendations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to detect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to restore service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned and actual time per phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status updates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No status update was logged as sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every audience was told within its interval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gaps: audiences that heard nothing for longer than their interval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last told</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Told</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fallback::report::RoleCardsReport</name>
    <message>
        <source>Role cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held by: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before the upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>During the upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After the upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions you may take</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (backup %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whom to call</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fallback::report::RosterReport</name>
    <message>
        <source>Contact roster and call tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call in the order given; when someone cannot be reached, call their backup, then the next person of the group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one is assigned to this group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fallback::ui::BringBackDialog</name>
    <message>
        <source>Bring Back to Team Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed in %1 since it was taken; bringing it back only notes that it came back to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bringing %1 back into %2 will make these changes there: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes made on both sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) were made both offline and on the server. Tick those where the offline copy is right; the others keep what the server holds.</source>
        <translation>
            <numerusform>%n change was made both offline and on the server. Tick it if the offline copy is right; otherwise it keeps what the server holds.</numerusform>
            <numerusform>%n changes were made both offline and on the server. Tick those where the offline copy is right; the others keep what the server holds.</numerusform>
        </translation>
    </message>
    <message>
        <source>Bringing back happens at once on the server, for everyone who has the plan open; Undo cannot take it back. The offline copy is kept, marked as brought back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bring Back</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fallback::ui::ChecklistItemDelegate</name>
    <message>
        <source>−1:30, 2 h, −3 d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>45 min, 1:30</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time from the window start. Enter minutes (−30), hours and minutes (−1:30) or units (+2 h, −3 d); the old value is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a duration. Enter minutes (45), hours and minutes (1:30) or units (2 h 30 min), at most a year; the old value is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This value cannot be stored here; the old value is kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fallback::ui::ChecklistsPage</name>
    <message numerus="yes">
        <source>Template duplicated with its %n item(s).</source>
        <translation>
            <numerusform>Template duplicated with its %n item.</numerusform>
            <numerusform>Template duplicated with its %n items.</numerusform>
        </translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Items of “%1” (%n)</source>
        <translation>
            <numerusform>Items of “%1” (%n)</numerusform>
            <numerusform>Items of “%1” (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Checklist templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected template with all its items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items are listed by phase. Drag them, or use Alt+Up and Alt+Down, to change their order; an item moved past the end of its phase joins the next one. Offsets count from the start of the upgrade window: −1 h is an hour before it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fallback::ui::CommunicationsPage</name>
    <message>
        <source>Communications plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Communications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is told, by whom and how often</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channels, in the order they are tried</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channels to “%1”, in the order they are tried</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placeholders, filled from the run when an update is composed in the run console: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Built-in Templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds the built-in message templates the plan lacks, and the built-in audiences and channels when it has none; one step to undo.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fallback::ui::ComposeUpdateDialog</name>
    <message>
        <source>Compose Update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Via:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Occasion:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fallback sends nothing itself. Copy the message, send it over the channel that works, then log it: the log records it as sent by %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy and &amp;Log as Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan has no template for “%1”: the regular update&apos;s is used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refill from Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your edits are kept. Refill from Template replaces them with the template&apos;s text for what you chose.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fallback::ui::ContactImportDialog</name>
    <message>
        <source>tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose for each column of the file the field it fills. Rows shown in grey are left out; the list below says why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows left out or with values not understood:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: vCard, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n card(s)</source>
        <translation>
            <numerusform>%n card</numerusform>
            <numerusform>%n cards</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: CSV, %2, separated by %3, header on line %4, %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the column that holds the names: without names nothing can be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import adds %1, %2 and %3. Left out: %4 and %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n new contact(s)</source>
        <translation>
            <numerusform>%n new contact</numerusform>
            <numerusform>%n new contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new group(s)</source>
        <translation>
            <numerusform>%n new group</numerusform>
            <numerusform>%n new groups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n group membership(s)</source>
        <translation>
            <numerusform>%n group membership</numerusform>
            <numerusform>%n group memberships</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) without a name</source>
        <translation>
            <numerusform>%n row without a name</numerusform>
            <numerusform>%n rows without a name</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s)</source>
        <translation>
            <numerusform>%n duplicate</numerusform>
            <numerusform>%n duplicates</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact files (*.csv *.txt *.tsv *.vcf *.vcard);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV for spreadsheets (*.csv);;vCard for phones and mail programs (*.vcf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts not exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export would overwrite the plan itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview of the file&apos;s rows</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fallback::ui::ContactsPage</name>
    <message>
        <source>Select a contact to see the groups they sit in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups of %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Mark %n contact(s) verified</source>
        <translation>
            <numerusform>Mark %n contact verified</numerusform>
            <numerusform>Mark %n contacts verified</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n contact</numerusform>
            <numerusform>%n contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not verified in the last %1 days (highlighted)</source>
        <translation>
            <numerusform>%n not verified in the last %1 days (highlighted)</numerusform>
            <numerusform>%n not verified in the last %1 days (highlighted)</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark &amp;Verified Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record that the selected contacts&apos; details were checked today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import contacts from a CSV or vCard file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the roster as CSV or vCard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups of the selected contact</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fallback::ui::DialogHooks</name>
    <message>
        <source>A reason is needed: nothing is recorded without one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fallback::ui::DrillsPage</name>
    <message numerus="yes">
        <source>Follow-up actions (%n)</source>
        <translation>
            <numerusform>Follow-up actions (%n)</numerusform>
            <numerusform>Follow-up actions (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rehearsal runs (%n)</source>
        <translation>
            <numerusform>Rehearsal runs (%n)</numerusform>
            <numerusform>Rehearsal runs (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Drills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No drill selected. Add one to record when it is held, the scenario it rehearses, who takes part, how it went, what it found and what is to be done about it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Da&amp;te:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Scenario:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parti&amp;cipants:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Res&amp;ult:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fi&amp;ndings:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day the drill is held, as YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the drill rehearses: what fails, when, and what the team is to do about it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A custom scenario needs a description: it says what the drill rehearses and names the drill in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rehearsal runs held for this drill; they are started and recorded in the run console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rehearsal run has been held for this drill.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drill</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fallback::ui::ExportReportDialog</name>
    <message>
        <source>Export Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post-incident review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact roster and call tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrade checklist for paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drill report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML (one self-contained file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;cord:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Page size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print Pre&amp;view...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrade %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan holds nothing of this kind yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the report...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report not exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report would overwrite the plan itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The checklist templates, blank, to fill in by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenDocument text (LibreOffice, WPS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word document (Word, WPS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Communications plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duty roster</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fallback::ui::HelpWindow</name>
    <message>
        <source>%1 - Help - Fallback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help topic</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fallback::ui::Locator</name>
    <message>
        <source>Type a name, a phone number or any words: contacts, groups, risks, checklist items, upgrades, runs, reviews and drills are searched. Enter opens the record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing in the plan holds “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n records match; the first %1 are shown. Type more words to narrow them.</source>
        <translation>
            <numerusform>%n record matches.</numerusform>
            <numerusform>%n records match; the first %1 are shown. Type more words to narrow them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n records match.</source>
        <translation>
            <numerusform>%n record matches.</numerusform>
            <numerusform>%n records match.</numerusform>
        </translation>
    </message>
    <message>
        <source>Find in the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records found</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fallback::ui::MainWindow</name>
    <message>
        <source>Fallback plans (*.fallback);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
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
        <source>&amp;New Plan...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Plan...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a &amp;Copy...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close Plan</source>
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
        <source>Clear List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Fallback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 - Fallback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create your plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All changes saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Fallback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Fallback %1&lt;/h3&gt;&lt;p&gt;Emergency plans for program upgrades: prepare the plan, run the upgrade from its checklist, review what happened. Everything stays in one file on this computer and works without a network.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export Report...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print Pre&amp;view...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Contacts...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expor&amp;t Contacts...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Ca&amp;lendar...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Sample Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a fully worked example plan: an upgrade that was rolled back, its review, a drill and two revisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the sample plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iCalendar files (*.ics);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar not exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export would overwrite the plan itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>tooltip: action (shortcut)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find in Plan...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find contacts, groups, risks, checklist items, upgrades, runs, reviews and drills by any text they show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User &amp;Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the user guide at the topic of this page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) changed in another window; shown here as they are now.</source>
        <translation>
            <numerusform>%n record changed in another window; shown here as it is now.</numerusform>
            <numerusform>%n records changed in another window; shown here as they are now.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, since %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2, since %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also open by: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed in another window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed this field to &quot;%2&quot; while you were changing it to &quot;%3&quot;. Their value is kept and shown.

Put yours in its place?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the team plan to a plan file to work in while the network or the server is down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bring Back to Team Plan...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge what was done in this offline copy into the team plan it came from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (offline copy, brought back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (offline copy of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1-offline-%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take Offline Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline copy not taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline copy saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline Copy Taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The offline copy of %1 is saved as %2. Open it in a new window, to work in it while the network is down? File &gt; Bring Back to Team Plan merges it back later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brought Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The offline copy is merged into %1 (%2). Open the team plan in this window?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot bring back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brought back into %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 is lost; connecting again...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 is lost (%2); connecting again...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1 again; the plan is shown as it is now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a plan that the team keeps on a PostgreSQL server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Tea&amp;m Plan...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take O&amp;ffline Copy...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan changed on the server; shown here as it is now.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fallback::ui::MeasuresPage</name>
    <message>
        <source>Measures: technical, business, personnel and recovery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency resources</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fallback::ui::MessageBar</name>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fallback::ui::OpenTeamPlanDialog</name>
    <message>
        <source>Open Team Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PostgreSQL connection URI, or libpq&apos;s &quot;keyword=value&quot; words: several hosts for failover (target_session_attrs=read-write), sslmode=verify-full for TLS, service=NAME for a service file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Team database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from ~/.pgpass when empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used for this session only; Fallback never writes it down. To connect without typing it, keep it in ~/.pgpass or a libpq service file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;lans:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1; the connection is encrypted (TLS).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1 on this computer; nothing travels over the network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1, but the connection is NOT encrypted: the plan and your password travel over the network as plain text. Ask the administrator for TLS and add sslmode=verify-full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploaded %1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It holds no plans yet: &quot;fallback team upload&quot; makes a plan file a team plan.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fallback::ui::OrganisationPage</name>
    <message>
        <source>No group selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the group &quot;%1&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Its %n sub-group(s) will be removed too.</source>
        <translation>
            <numerusform>Its %n sub-group will be removed too.</numerusform>
            <numerusform>Its %n sub-groups will be removed too.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n membership(s) will end; the contacts stay in the roster.</source>
        <translation>
            <numerusform>%n membership will end; the contacts stay in the roster.</numerusform>
            <numerusform>%n memberships will end; the contacts stay in the roster.</numerusform>
        </translation>
    </message>
    <message>
        <source>You can undo this with Edit &gt; Undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type or pick the name of a contact from the roster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contact named &quot;%1&quot; can be added to this group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a group beside the selected one (Insert)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Sub-group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected group (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Duties of this group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members in escalation order (drag, or Alt+Up / Alt+Down, to reorder):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a contact&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members in escalation order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact to add to the group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fallback::ui::OverviewPage</name>
    <message>
        <source>Nothing is recorded here yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fallback::ui::PlanFieldBinding</name>
    <message>
        <source>&quot;%1&quot; is not a date (YYYY-MM-DD); the effective date stays %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time zone (for example Asia/Shanghai); the time zone stays %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fallback::ui::PlanHeaderPage</name>
    <message>
        <source>&amp;Organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Classification:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Effective date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Scope statement:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Interpretation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;recedence of law:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;upplementary provisions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basis: laws, standards and documents the plan rests on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Warnings issued and lifted:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;After an emergency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title: *</source>
        <comment>the asterisk marks a field that must be filled in</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required: it heads every page of the printed plan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fallback::ui::PlanView</name>
    <message>
        <source>Systems whose upgrades this plan covers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fallback::ui::PublishRevisionDialog</name>
    <message>
        <source>Publish Revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published &amp;on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What changed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved &amp;by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What this revision changes in the plan, and why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No action from a review or drill is waiting for a revision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions from reviews and drills that are still open: tick those this revision ad&amp;dresses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open actions from reviews and drills</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fallback::ui::ReadinessPanel</name>
    <message>
        <source>%1
Double-click or press Enter to go to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before the next upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to fix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n thing(s) to fix</source>
        <translation>
            <numerusform>%n thing to fix</numerusform>
            <numerusform>%n things to fix</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fallback::ui::RecordDateBinding</name>
    <message>
        <source>“%1” is not a date. Enter it as YYYY-MM-DD, for example 2026-03-31; the date stays %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unset</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fallback::ui::RecordDelegate</name>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#RRGGBB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a date. Enter it as YYYY-MM-DD, for example 2026-03-31; the old value is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a whole number from %1 to %2; the old value is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a whole number; the old value is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a whole number of zero or more; the old value is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a number of zero or more; the old value is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a colour. Enter it as #RRGGBB, for example #d32f2f; the old value is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This value cannot be stored here; the old value is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD HH:MM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a date and time. Enter it as YYYY-MM-DD HH:MM on the plan&apos;s clock, for example 2026-03-31 22:00; the old value is kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fallback::ui::RecordTableEditor</name>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a row (Insert)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected rows (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected rows up (Alt+Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected rows down (Alt+Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fallback::ui::ReportPreview</name>
    <message>
        <source>Nothing to print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print Preview — %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fallback::ui::ReviewsPage</name>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved on %1 by %2. Reopen the review to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Improvement actions (%n)</source>
        <translation>
            <numerusform>Improvement actions (%n)</numerusform>
            <numerusform>Improvement actions (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>This review is not linked to a recorded run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to detect: %1 · to stop: %2 · to restore service: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no run to review yet: run an upgrade first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review created from the run; check what was filled in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The review is in review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The review is approved and now read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The review is open for changes again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create &amp;Review from Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new draft review of the chosen run, with its timeline, times and failed steps filled in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No review yet. After an upgrade or a drill, choose its run above and create a review from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run facts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Submit for Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users affected:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Systems affected:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration of impact (min):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Root cause:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contributing factors:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What went well:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What went badly:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lessons:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commendations:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approver:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fallback::ui::RevisionComparisonDialog</name>
    <message>
        <source>Revision %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (no copy of the plan kept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan as it is now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the two versions of the plan to compare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose two different versions of the plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two versions of the plan are the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n added</source>
        <translation>
            <numerusform>%n added</numerusform>
            <numerusform>%n added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <translation>
            <numerusform>%n removed</numerusform>
            <numerusform>%n removed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>%n changed</numerusform>
            <numerusform>%n changed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n moved</source>
        <translation>
            <numerusform>%n moved</numerusform>
            <numerusform>%n moved</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <comment>between counts</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added: %1 “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed: %1 “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed: %1 “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved: %1 “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare Revisions</source>
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
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a record to show it in the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Differences between the two versions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fallback::ui::RevisionsPage</name>
    <message numerus="yes">
        <source>Remove revision %1 from the revision record? The copy of the plan kept with it goes too, and the actions it addressed count as open again.</source>
        <translation>
            <numerusform>Remove revision %1 from the revision record? The copy of the plan kept with it goes too, and the actions it addressed count as open again.</numerusform>
            <numerusform>Remove revision %1 from the revision record? The copy of the plan kept with it goes too, and the actions it addressed count as open again.</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <comment>between versions</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed between two revisions, or since a revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revisions published here keep a copy of the plan to compare; none has been published yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No action from a review or drill is waiting for a revision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) from reviews and drills still open and not addressed by a revision; Publish Revision lists them.</source>
        <translation>
            <numerusform>%n action from reviews and drills still open and not addressed by a revision; Publish Revision lists them.</numerusform>
            <numerusform>%n actions from reviews and drills still open and not addressed by a revision; Publish Revision lists them.</numerusform>
        </translation>
    </message>
    <message>
        <source>Revision record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revise the plan periodically and whenever new risks appear. Each published revision keeps a copy of the plan as it was, so that any two can be compared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Publish Revision…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compare…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected revisions from the record</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fallback::ui::RiskHeatMap</name>
    <message>
        <source>Impact →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Likelihood →</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Likelihood %1 × impact %2 = %3 (%4): %n risk(s)</source>
        <translation>
            <numerusform>Likelihood %1 × impact %2 = %3 (%4): %n risk</numerusform>
            <numerusform>Likelihood %1 × impact %2 = %3 (%4): %n risks</numerusform>
        </translation>
    </message>
    <message>
        <source>Risk heat map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register shows only likelihood %1 × impact %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to show all risks again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to show only these risks.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fallback::ui::RiskPage</name>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bands stay as they were.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; was refused. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a cell to list only its risks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Listing the %n risk(s) with likelihood %1 and impact %2.</source>
        <translation>
            <numerusform>Listing the %n risk with likelihood %1 and impact %2.</numerusform>
            <numerusform>Listing the %n risks with likelihood %1 and impact %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Risk register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heat map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a&amp;ll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List every risk again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bands by score (likelihood × impact)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Medium from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hi&amp;gh from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cr&amp;itical from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the list of risk categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the usual categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds the categories the plan lacks: compatibility, data security, system stability, human operation, technical, business and personnel risk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fallback::ui::RoleCardsPage</name>
    <message>
        <source>Upgrade %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan has no upgrade yet: a duty roster covers an upgrade&apos;s window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No shifts yet. Add one per group and period; the first starts with the upgrade&apos;s window, the next one after the selected shift.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Every group on the roster is covered for the whole window, nobody is on two shifts at once and nobody is on duty longer than %n hour(s) at a stretch.</source>
        <translation>
            <numerusform>Every group on the roster is covered for the whole window, nobody is on two shifts at once and nobody is on duty longer than %n hour at a stretch.</numerusform>
            <numerusform>Every group on the roster is covered for the whole window, nobody is on two shifts at once and nobody is on duty longer than %n hours at a stretch.</numerusform>
        </translation>
    </message>
    <message>
        <source>Role cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duty roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role cards and duty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Duties:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First steps &amp;before the upgrade:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First steps d&amp;uring the upgrade:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First steps &amp;after the upgrade:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First steps in &amp;recovery:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions this post may &amp;take:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whom to call, in order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Upgrade:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Longest duty (hours):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody should be on duty longer than this at a stretch; the roster says who is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shifts, on the plan&apos;s clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Built-in Cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds the built-in cards of the key posts the plan lacks; one step to undo.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fallback::ui::RunConsole</name>
    <message>
        <source>Who is at the console?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name, as the run&apos;s log records it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator: nobody – click to say who you are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not open: Backspace reopens it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why did “%1” fail?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is “%1” skipped?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(The log keeps it with your name.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STOP the upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is the upgrade stopped?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STOP recorded. Notify the emergency group now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start rollback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is the upgrade rolled back?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rollback started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How was the service found restored?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service restored recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the emergency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is the emergency over?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The emergency is ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declare warning level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is “%1” declared?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lift warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is the warning lifted?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declared: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning lifted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When was it, in local time (%1)? The first recorded time is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a time; write it as %2. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 set to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lift the warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – rehearsal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – live upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run console: %1 - Fallback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, ended %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No warning level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elapsed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elapsed %1 of %2 planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No planned window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window opens at %1, in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window %1–%2: %3 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window %1–%2: %3 over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window opened at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Checklist: %1 of %n done</source>
        <translation>
            <numerusform>Checklist: %1 of %n done</numerusform>
            <numerusform>Checklist: %1 of %n done</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n skipped</numerusform>
            <numerusform>%n skipped</numerusform>
        </translation>
    </message>
    <message>
        <source>Who is at the console: every action is logged with this name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type what happened and press Enter to log it (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space or Enter marks the current item done, F failed, S skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search name, group, role or phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declare level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declare a warning level of the plan, or lift it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STOP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the upgrade at once and say why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roll the upgrade back according to its rollback plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service works again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End emergency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declare the emergency over; the run then takes no more ticks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log an event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record it at the current time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the time; the first recorded time is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n d %1</source>
        <translation>
            <numerusform>%n d %1</numerusform>
            <numerusform>%n d %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Emergency over (was %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken back: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space or Enter: done · F: failed · S: skipped · Backspace: reopen · Ctrl+Z: take back · Ctrl+L: log an event · F9: side panel · F11: full screen · F1: help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (corrected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, first recorded %2, changed by %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, entered by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Status updates: %n overdue</source>
        <translation>
            <numerusform>Status updates: %n overdue</numerusform>
            <numerusform>Status updates: %n overdue</numerusform>
        </translation>
    </message>
    <message>
        <source>Status updates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan has no audiences to tell: add them under Communications.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update to %1 logged as sent at %2; the message is on the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(backup %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;On duty now:&lt;/b&gt; nobody by the duty roster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;On duty now:&lt;/b&gt;&lt;br&gt;%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status updates and call roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter on an audience, or Ctrl+U for the one due first: compose its update.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compose update…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the status message due to an audience from the plan&apos;s template, copy it and log it as sent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fallback::ui::RunsPage</name>
    <message>
        <source>Upgrade runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No upgrade has been run yet. Start a run, live or as a rehearsal, from the Upgrades section with “Start Run…”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the run console of the selected run (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fallback::ui::StartRunDialog</name>
    <message>
        <source>Start Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run “%1” from its checklist. Everything done in the run console is saved as it happens, with the time and the operator&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Live upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rehearsal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no drill)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For &amp;drill:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Operator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The run starts with the upgrade&apos;s %n checklist item(s).</source>
        <translation>
            <numerusform>The run starts with the upgrade&apos;s %n checklist item.</numerusform>
            <numerusform>The run starts with the upgrade&apos;s %n checklist items.</numerusform>
        </translation>
    </message>
    <message>
        <source>This upgrade has no checklist yet: the run will have only its log and decisions. Create the checklist from a template on the upgrade&apos;s Checklist tab first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start Run</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fallback::ui::UpgradesPage</name>
    <message>
        <source>%1 The window stays as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Checklist of “%1” (%n)</source>
        <translation>
            <numerusform>Checklist of “%1” (%n)</numerusform>
            <numerusform>Checklist of “%1” (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checklist (%n)</source>
        <translation>
            <numerusform>Checklist (%n)</numerusform>
            <numerusform>Checklist (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template “%1” has no items to copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This upgrade already has a checklist of %n item(s).</source>
        <translation>
            <numerusform>This upgrade already has a checklist of %n item.</numerusform>
            <numerusform>This upgrade already has a checklist of %n items.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Replace it with the %n item(s) of “%1”? Edit &gt; Undo brings the old checklist back.</source>
        <translation>
            <numerusform>Replace it with the %n item of “%1”? Edit &gt; Undo brings the old checklist back.</numerusform>
            <numerusform>Replace it with the %n items of “%1”? Edit &gt; Undo brings the old checklist back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checklist created from “%1” with %n item(s).</source>
        <translation>
            <numerusform>Checklist created from “%1” with %n item.</numerusform>
            <numerusform>Checklist created from “%1” with %n items.</numerusform>
        </translation>
    </message>
    <message>
        <source>Upgrades</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No upgrade selected. Add one to plan its window, the systems it touches, who is notified, how to roll it back and its checklist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Version from / to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned &amp;window:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ystems:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Impact scope:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who must be n&amp;otified:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rollback plan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go/no-go criteria:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned start of the upgrade window, local time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned end of the upgrade window, local time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create checklist from template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the template&apos;s items into this upgrade&apos;s own checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Te&amp;mplate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” already has a run in progress; here is its console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run of “%1” started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start R&amp;un…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run this upgrade, live or as a rehearsal, from the run console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the start of the window first; its length then sets the end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a length of time. Type it as 2 h 30 min, 90 min or 1:30.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The window could not be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length of the window, for example 2 h 30 min: it sets the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Systems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End of the planned window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length of the planned window</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fallback::ui::WarningLevelsPage</name>
    <message>
        <source>Select a level to choose the groups it notifies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups notified at %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning levels, most severe first</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fallback::ui::WelcomePage</name>
    <message>
        <source>No plan is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open your own plan, create a new one from the built-in template, or open a plan file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;my plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New plan...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open plan...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
