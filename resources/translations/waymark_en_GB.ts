<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en_GB">
<context>
    <name>AnonymisationCheck</name>
    <message>
        <source>NHS number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National Insurance number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name from your list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mapping note (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attachment name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment by %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Judgement by %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evidence relied on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning plan: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPD: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Street address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name with a title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child&apos;s age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1: %2 by %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reasons</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Appearance</name>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source> [redacted in the panel copy]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>    keep it:   waymark-cli anonymity confirm %1 &quot;%2&quot;
    redact it: waymark-cli anonymity redact %1 &quot;%2&quot;
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the findings as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave this evidence out, as export-pdf would (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 finding(s), %2 unresolved. Edit the text, keep a finding you mean to keep, or redact it in the panel copy.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record the finding is in, as &apos;anonymity check&apos; prints it (evidence:12, comment:3;
a number alone is evidence).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The finding&apos;s key, as &apos;anonymity check&apos; prints it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeps a finding deliberately (for example a colleague&apos;s work e-mail). For evidence it holds for
this version: editing the evidence asks again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redacts a finding in the panel copy: the PDF shows [redacted] in its place. The record itself is
not changed, so sign-offs that relied on it stay as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a record and a finding key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no finding &quot;%2&quot; (see &apos;waymark-cli anonymity check&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a name to the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a name from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the list as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows or changes your list of names of people who use services, which the check looks for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>options only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The anonymisation check that runs before any export for the panel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scan the evidence and list what was found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keep a finding deliberately</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show [redacted] for a finding in the panel copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show or change the list of names to look for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 evidence record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 evidence records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace FILE if it exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes the whole portfolio (every record, version and attachment) to one
self-contained archive file, for a backup or to hand to a panel. Bring it back
with &apos;waymark-cli import-archive&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the archive file to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder; give a file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; give --force to replace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 to %2 (%3).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An archive written by &apos;waymark-cli export-archive&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NEW_PORTFOLIO_FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the archive and the new portfolio file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 into %2 (%3).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: skipped pathway file: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waymark-cli: cannot open the portfolio: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waymark-cli: created a new portfolio at %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list the loaded pathways</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show one pathway in full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check pathway files and report every problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show or change the worker&apos;s profile, roles and awards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add, edit, find, show and delete evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>map evidence to pathway items, and list what is mapped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record a supervisor&apos;s judgement on items, or show the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comment on an item, or list the comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record supervision sessions, or list them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the learning plan: add, list, change status, remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write the whole portfolio to one archive file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create a new portfolio from an archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>are you ready for the next step (or any step)? what is missing?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the stage each capability has reached, and what the next stage needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check evidence for personal data of people who use services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write the portfolio for the Progression Panel as a PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try &apos;waymark-cli %1 --help&apos;.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too many arguments (&quot;%1&quot;); give %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a date written YYYY-MM-DD, for example %2; &quot;%3&quot; is not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a number, as listed by the list commands; &quot;%2&quot; is not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (and %1 more)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a learning offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an award</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a perspective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a role profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a transition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no pathway &quot;%1&quot;. Known pathways: %2 (see &apos;waymark-cli pathways&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an item reference; write pathway-id:item-id, for example camden-launch-pad:asye-req-registered-social-worker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is judged through its indicators, not as a whole: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2 of %3, not an item.%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Its items: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pathway %1 has no item &quot;%2&quot;. Perhaps: %3. All %4 items: &apos;waymark-cli show %1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be one of %2; &quot;%3&quot; is not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown evidence kind &quot;%1&quot;; the kinds are %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give --%1 or --%2, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subcommands (&apos;waymark-cli %1 SUBCOMMAND --help&apos; describes each):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waymark-cli %1: unknown subcommand &quot;%2&quot;.

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: waymark-cli %1 SUBCOMMAND [options]
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence kinds:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who writes the comment (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manager, worker or supervisor (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The comment (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PATHWAY:ITEM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item commented on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown subcommand &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one item (pathway:item)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the comments as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this item&apos;s comments (default: every item).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[PATHWAY:ITEM]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the comments, oldest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most one item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No comments.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list the comments, for one item or all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the activity, YYYY-MM-DD (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was done (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours spent, e.g. 1.5 (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds an entry to the CPD log and prints its id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--hours must be a number of hours from 0 to 1000, like 1.5; &quot;%1&quot; is not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the log and the total as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the CPD log, earliest first, with the total hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CPD log is empty.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HOURS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ACTIVITY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EVIDENCE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Total: %1 hours in 1 entry
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Total: %1 hours in %2 entries
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry&apos;s id (see &apos;waymark-cli cpd list&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removes an entry from the CPD log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one CPD entry id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the CPD entry id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed CPD entry %1.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add an entry; prints its id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list the log, with the total hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove an entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The continuing professional development (CPD) log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  [deleted]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KIND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ITEMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date, YYYY-MM-DD (required); the start of a period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New date, YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End of the period the evidence covers, YYYY-MM-DD (&quot;&quot; to clear).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of evidence (required; listed above).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New kind (listed above).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source or method (who or what it comes from), for triangulation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened (Markdown).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the narrative from FILE (&quot;-&quot;: standard input).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reflection on it (Markdown).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the reflection from FILE (&quot;-&quot;: standard input).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map to an item, with an optional note; repeat for more items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PATHWAY:ITEM[=NOTE]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach a file (at most 25 MB); repeat for more files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--map %1 is given twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only one of --narrative-file and --reflection-file can read standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the end date %1 is before the date %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Items are written pathway-id:item-id, as &apos;waymark-cli show PATHWAY&apos; lists them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds a piece of evidence, with its mappings and attachments, in one step, and
prints its id. Nothing is saved if any part fails.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the evidence id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The evidence id (see &apos;waymark-cli evidence list&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes the given fields of a piece of evidence, saving it as a new version (the
earlier versions are kept), and adds any --map and --attach. Judgements that relied
on the earlier version then show &quot;evidence changed since sign-off&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one evidence id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evidence %1 is deleted; restore it first (&apos;waymark-cli evidence restore %1&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give at least one field to change, --map or --attach.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evidence %1 is already mapped to %2 (mapping %3); nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved evidence %1 as version %2.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence %1 is unchanged (still version %2).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mapped to %1 (mapping %2).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attached %1 (attachment %2).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the evidence as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The evidence id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows a piece of evidence in full: its fields, the items it is mapped to, its
attachments (with SHA-256) and how many versions are saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 saved; &apos;waymark-cli evidence history %3&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Narrative:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Reflection:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Mapped to:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  no items (map with &apos;waymark-cli map %1 PATHWAY:ITEM&apos;)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MAPPING</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ITEM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOTE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Attachments:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print every version in full as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists every saved version of a piece of evidence, oldest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VERSION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SAVED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only evidence of this kind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only evidence mapped to this item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only evidence on or after this date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only evidence on or before this date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include deleted evidence (marked [deleted]).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the evidence, newest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>options only (to search text, use &apos;waymark-cli evidence search&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--to %1 is before --from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No evidence found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include deleted evidence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the results as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the newest first instead of the best matches first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words to find; every word must appear (as the start of a word).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searches the title, narrative and reflection of every piece of evidence;
best matches first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text to search for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the text to search for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No evidence matches &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deletes a piece of evidence. It can be restored with &apos;waymark-cli evidence restore&apos;
until it is purged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted evidence %1 (undo with &apos;waymark-cli evidence restore %1&apos;).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The evidence id (see &apos;waymark-cli evidence list --deleted&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restores deleted evidence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored evidence %1.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The id of deleted evidence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removes deleted evidence for good, with its versions, mappings and attachments.
Only deleted evidence can be purged; judgements keep their record of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purged evidence %1.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to attach (at most 25 MB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attaches a file to a piece of evidence and prints the attachment&apos;s id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an evidence id and a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace OUTFILE if it exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ATTACHMENT_ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attachment id (see &apos;waymark-cli evidence show ID&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to write it (&quot;-&quot;: standard output).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes an attachment&apos;s content to a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an attachment id and an output file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the attachment id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved attachment %1 (%2 bytes) to %3.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add evidence, with mappings and attachments; prints its id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change evidence, saving a new version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show one piece of evidence in full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list the saved versions of a piece of evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list evidence, by kind, item or dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>find evidence by its words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete evidence (it can be restored)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restore deleted evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove deleted evidence for good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attach a file to evidence; prints the attachment&apos;s id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write an attachment to a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The worker&apos;s evidence: practice, supervision, feedback, training, reflection, ...

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OUT.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to write the PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave this evidence out (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The step the panel judges (default: your target step).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export although the anonymisation check found likely personal data;
the cover says so.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show every step in the competency matrix (default: the current and target
steps, or the role profile).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as on this date, YYYY-MM-DD (default: today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PDF file to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Edit the text, keep or redact each finding (&apos;waymark-cli anonymity&apos;), leave the evidence out with --exclude, or export anyway with --accept-findings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported with %1 unresolved finding(s), as --accept-findings asks; the cover says so.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1: %2 pages, %3 evidence item(s).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: judgement %1 is dated %2, before the current judgement of %3 (%4, %5 by %6). It is kept in the history but does not change the verdict.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their role, e.g. &quot;Practice supervisor&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reached, not-yet-reached or ready-for-review (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the judgement, YYYY-MM-DD (default: today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reasons, or what is still needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm that &quot;reached&quot; is signed off with no evidence to rely on; it is shown as such.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The supervision session it was made in (see &apos;waymark-cli session list&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence relied on; repeat for more (default: all evidence mapped to the item).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The items or indicators judged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PATHWAY:ITEM...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give at least one item (pathway:item) to judge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no supervision session %1 (see &apos;waymark-cli session list&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evidence %1 is deleted; restore it before relying on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the re-confirmation, YYYY-MM-DD (default: today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it is still reached (default: a standard sentence).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm it when no evidence is left to rely on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The items to re-confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-confirms &quot;reached&quot; for items signed off as reached whose evidence was edited,
deleted or had attachments changed since: a new &quot;reached&quot; judgement on the evidence as
it is now. Until then, readiness does not count the item as reached. All the items given
are re-confirmed together, or none is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least one item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the judgements as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List in the order they were recorded instead of by date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this item&apos;s judgements (default: every item).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows every judgement by date, oldest first (--recorded: in the order recorded), with
the evidence each relied on. The judgement that decides each item&apos;s verdict is marked
&quot;counts&quot;; one recorded later but dated before it does not change the verdict. A
judgement whose evidence was edited or deleted afterwards is marked &quot;evidence changed
since sign-off&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No judgements recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No judgements recorded for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Judgement %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  (counts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1, by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, in supervision session %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Statement: %1 (pathway version %2)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Relied on: no evidence (signed off without evidence)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Relied on: no evidence
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Relied on:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  (purged since)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  (deleted since)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  (now version %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>    evidence %1 version %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Comment: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  ! evidence changed since sign-off
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Recorded after a judgement with a later date, so it does not change the verdict.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show the judgements by date, oldest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>re-confirm items whose evidence changed since they were signed off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waymark-cli: unknown or incomplete option %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waymark-cli: unknown command &quot;%1&quot;
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why this evidence shows the item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EVIDENCE_ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item or indicator, e.g. camden-launch-pad:asye-req-registered-social-worker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maps a piece of evidence to a pathway item and prints the mapping&apos;s id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an evidence id and an item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give an evidence id and an item (pathway:item).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note: evidence %1 is deleted; the mapping counts once it is restored.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MAPPING_ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping id (see &apos;waymark-cli map list&apos; or &apos;waymark-cli evidence show&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removes a mapping between evidence and an item; the evidence stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one mapping id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the mapping id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed mapping %1.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every piece of evidence mapped to this item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every item this evidence is mapped to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists mappings. With --item, the evidence for one item; with --evidence, the items of
one piece of evidence; with neither, every item that has evidence, with its evidence.
Deleted evidence is left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give --item or --evidence, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence %1 is not mapped to any item.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No evidence is mapped to any item yet.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  no evidence yet
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove a mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list mappings: by item, by evidence, or everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists every loaded pathway: id, title, version and source file.
Your own pathway files go in: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1	%2	version %3	%4
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
User pathway folder: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a learning offer reference; write pathway-id:offer-id, for example camden-launch-pad:asye-lo-asye-programme.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pathway %1 has no learning offers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pathway %1 has no learning offer &quot;%2&quot;. Perhaps: %3%4 (all: &apos;waymark-cli show %1&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the worker will do (required unless --offer is given).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A learning offer of a pathway; its title is the default activity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PATHWAY:OFFER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An item the activity works towards; repeat for more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target date, YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>planned (default), in-progress, done or dropped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds an activity to the learning plan and prints its id. Learning offers are listed
under each step by &apos;waymark-cli show PATHWAY&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the plan as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the learning plan, by target date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The learning plan is empty.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TARGET</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OFFER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan item&apos;s id (see &apos;waymark-cli plan list&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>planned, in-progress, done or dropped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes the status of a learning plan item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a plan item id and a status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the plan item id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan item %1 is now %2.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no learning plan item %1 (see &apos;waymark-cli plan list&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan item&apos;s id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removes an item from the learning plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one plan item id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed plan item %1.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add an activity, or a pathway&apos;s learning offer; prints its id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change an item&apos;s status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove an item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The worker&apos;s learning plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GRADE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>START</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>END</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SUPERVISED OTHERS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AWARD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (role profile: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the profile as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not loaded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profession</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pathway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Roles:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  none (add with &apos;waymark-cli profile role add&apos;)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Awards:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  none (add with &apos;waymark-cli profile award add&apos;)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The worker&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>social-worker, occupational-therapist or other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social Work England, HCPC, SSSC, ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registration number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of qualifying (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pathway id (see &apos;waymark-cli pathways&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The step the worker is on, in the pathway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The step (or role profile) the worker is working towards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The supervisor&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The supervisor&apos;s role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes the given fields of the profile; the others stay as they are.
Give an empty value (--supervisor &quot;&quot;) to clear a text field. Step ids are
checked against the pathway (the one given, or the one already set).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give at least one field to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--pathway cannot be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note: cleared the step &quot;%1&quot;, which is not in %2.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a pathway; give --pathway too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the pathway %1 is not loaded, so %2 cannot be checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its steps: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Its role profiles: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: pathway %2 has no %3 &quot;%4&quot;. %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step or role profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note: the target step %1 is not after the current step %2.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile saved.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job title (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade or band.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start date, YYYY-MM-DD (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End date, YYYY-MM-DD; leave out for the current role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The role included supervising others.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds a role to the worker&apos;s role history and prints its id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--end %1 is before --start %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the roles as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the worker&apos;s role history, earliest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No roles recorded.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The role&apos;s id (see &apos;waymark-cli profile role list&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removes a role from the role history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one role id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the role id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed role %1.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An award id from a pathway (peps2, bia, amhp, ...) or the name of any other award (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title; defaults to the pathway&apos;s title for a known award id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The award is being worked towards, not yet held.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date awarded (or started), YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds an award or qualification the worker holds (or is working towards) and prints its id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the awards as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the worker&apos;s awards and qualifications.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No awards recorded.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The award&apos;s id (see &apos;waymark-cli profile award list&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removes an award.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one award id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the award id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed award %1.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add a role to the role history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list the role history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove a role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add an award or qualification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list the awards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove an award</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The worker&apos;s role history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The worker&apos;s awards and qualifications.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show the profile (the default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change fields of the profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>role history: add, list, remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>awards: add, list, remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A step or role profile to judge readiness for (default: your target, or the step after your current one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pathway of --target or --profile (default: yours).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A role profile to judge readiness for instead of a step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Judge as on this date, YYYY-MM-DD (default: today): only what is dated
on or before it counts, as a panel would have seen it then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the verdict and its tree as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Says whether you are ready for a step (or a role profile), and why: what is met, what is
missing, what learning would close the gap, and when time-based requirements will be met.
Any step of any loaded pathway can be asked about (&quot;what if&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give --target or --profile, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say which pathway with --pathway, or set yours with &apos;waymark-cli profile set --pathway&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no pathway &quot;%1&quot; is loaded (see &apos;waymark-cli pathways&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the session, YYYY-MM-DD (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The supervisor&apos;s name (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes of the session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An item discussed; repeat for more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records a supervision session and prints its id; judgements made in it can name it
with &apos;waymark-cli judge ... --session ID&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the sessions as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the supervision sessions, earliest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No supervision sessions recorded.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Items discussed: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Notes:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record a supervision session; prints its id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list the sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervision sessions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the pathway file&apos;s JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows a whole pathway: steps, requirements, competencies, capabilities with their
indicators, learning offers and readiness rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waymark-cli show: give exactly one pathway id. Try &apos;waymark-cli show --help&apos;.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waymark-cli show: no pathway &quot;%1&quot;. Known pathways:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this pathway (default: see above).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the stages as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows the stage each capability has reached (below engaged, engaged, established,
accomplished, exemplary) and the indicators still to be signed off for the next stage.
Stages are progressive: a stage counts once every indicator up to it is reached.
Without --pathway it shows every pathway with staged capabilities that matters to
you: your own pathway, the pathways its rules and role profiles draw on (an
employer&apos;s pathway may ask for SSSC capabilities), and any pathway you have
evidence or sign-offs for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no capabilities with stages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none of your pathways has capabilities with stages; name one with --pathway (see &apos;waymark-cli pathways&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>    At the highest stage.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>    Still to reach for %1 (%2):
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pathway files to check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks pathway files and reports every problem, each with the file, line:column
and the JSON pointer of the field. References into other pathways (&quot;pathway-id:item-id&quot;)
are checked against the loaded pathways. Exits 0 only if every file is valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waymark-cli validate: name at least one file. Try &apos;waymark-cli validate --help&apos;.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: valid (%2, version %3)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 file(s) invalid
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the list as JSON, with each record&apos;s mappings (not its text: see &apos;evidence show&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>convert a Moodle CSV, Mahara matrix or CASE package to a pathway file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write a pathway as a CASE 1.1 package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waymark-cli: name the team server with --server postgresql://LOGIN@HOST/DATABASE
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waymark-cli: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set up a team server: its people and who supervises or reads whom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sets the team server up (or brings it up to date): its tables and the rules that say who may
read and change what. Run it as a login that may create tables and roles; that login
becomes the team&apos;s administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team server is ready (format %1); %2 administers it.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login they will sign in with (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their name, as sign-offs will show it (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>worker, supervisor, head-of-service, director, panel or admin (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read their first password from the first line of FILE (&quot;-&quot;: standard input, the default).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gives a person their own login on the team server. The password is read, never given on the
command line, where others could see it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the password from %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1 (%2) as %3.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The supervisor who will judge the worker&apos;s items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A head of service, director or panel member who will read the portfolio.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The worker (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lets a supervisor judge, or a reader read, a worker&apos;s portfolio.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give one of --supervisor and --reader.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 now supervises %2.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 now reads the portfolio of %2.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the people and assignments as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the team&apos;s people and who supervises or reads whose portfolio.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LOGIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SUPERVISED BY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>READ BY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set the team server up, or bring it up to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give a person their own login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>let a supervisor judge, or a reader read, a worker&apos;s portfolio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the people and who supervises or reads whom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A team server (waymark-cli --server postgresql://LOGIN@HOST/DATABASE team ...): each person signs
in with their own login, and the server enforces who may read and change what.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the CPD log: add, update, list, remove; the regulator&apos;s check, export and profile texts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the activity, YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours spent, e.g. 1.5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The evidence that records it (0: none).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The type of CPD (e.g. &quot;Work-based learning&quot;, &quot;Course or training&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it is relevant to your practice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you learnt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its impact on your practice (the SSSC&apos;s contribution to practice).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its impact on the people you work with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you learnt from discussing it with a peer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SSSC core learning element it covers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes the fields of a CPD entry that are given; the others stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no CPD entry %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated CPD entry %1.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say which regulator with --regulator (%1): the profile&apos;s registration body &quot;%2&quot; names none Waymark knows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>swe, hcpc or sssc (default: from the profile&apos;s registration body).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registration (swe) or declaration (sssc) year ending in this year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period holding this date, YYYY-MM-DD (default: today); for hcpc, the two years to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give --year or --on, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--year must be a year like 2026; &quot;%1&quot; is not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the HCPC profile covers the two years before a date: use --on, not --year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--year needs the date your annual declaration is due: set it with &apos;waymark-cli cpd text declaration-date --set YYYY-MM-DD&apos;, or use --on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the check as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks the CPD log against the regulator&apos;s requirement for one period: Social Work England&apos;s
registration year, HCPC&apos;s last two years, the SSSC&apos;s declaration year. Exit status 0 whether
or not it is met.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text (ready to paste into the regulator&apos;s form) or pdf (default: text).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write to this file (required for pdf; text goes to standard output without it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a PDF needs -o FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1: %n page(s), %2 record(s).
</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote %1: %2 record(s).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this text (empty: remove it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the text of this file (&apos;-&apos;: standard input).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows or saves a text of the regulator&apos;s CPD profile: HCPC&apos;s summary of practice history
(up to 500 words) and personal statement (up to 1,500 words), the SSSC&apos;s core learning
elements (one a line) and the date the annual declaration is due. Shows the word count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name of one text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the %1.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change an entry&apos;s fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check the log against the regulator&apos;s requirement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export a period&apos;s CPD as the regulator asks for it (text or PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show or save a text of the regulator&apos;s CPD profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export although the anonymisation check found likely personal data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exports the period&apos;s CPD as the regulator asks for it: Social Work England&apos;s records, HCPC&apos;s
CPD profile, the SSSC&apos;s learning log. The anonymisation check runs first over every text it
shows; while it finds likely personal data nothing is exported unless --accept-findings is given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 likely piece(s) of personal data found; nothing was exported. Edit the records (&apos;waymark-cli cpd update&apos;), or export anyway with --accept-findings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portfolio to create; it must not exist yet. Not with --server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creates a new portfolio from an archive, after checking it. Never overwrites a
file; the global --portfolio option is not used. With --server, moves the
archive onto the team server instead, into your portfolio there (or --worker&apos;s),
which must still be empty; supervisors&apos; decisions in it can be brought in only
by the team&apos;s administrator, and are marked as not signed in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 into the portfolio of %2 on %3 (%4).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the case id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give your name with --by, or record it with &apos;waymark-cli profile set --name&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The step the case is for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The role profile the case is for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pathway of the step or role profile (default: yours).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name (default: the name in your profile).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submits a case for a step (--target) or a role profile (--profile) and prints its id. A
snapshot of the portfolio is frozen with it. A case that was referred back is
submitted again the same way: the same case, with a new snapshot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give either --target STEP or --profile ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose your pathway first (&apos;waymark-cli profile set --pathway&apos;), or give --pathway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no pathway &quot;%1&quot; (see &apos;waymark-cli pathways&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no step &quot;%2&quot; (see &apos;waymark-cli show %3&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no role profile &quot;%2&quot; (see &apos;waymark-cli show %3&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the cases as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the cases awaiting this role&apos;s action: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the cases, oldest first, with what each awaits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cases.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No case awaits the %1.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OPENED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the case and its snapshot as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows a case: its stages, every action on it with who took it, and the snapshot the
approvers see.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one case id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1: %2 (%3)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stages:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recommends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> at stage %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasons: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshot frozen %1, SHA-256 %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Readiness then: %1. %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1 evidence item(s) mapped, %2 current judgement(s)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E%1 v%2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recommend, approve, refer-back or decline (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reasons (required to refer back or decline).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records the awaited stage&apos;s action on a case. Only a person holding that stage&apos;s role acts,
and only when the stages before have recommended; the last stage approves. A decision
cannot be changed or taken back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1: %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraws a case that awaits a decision or a resubmission.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to write the PDF (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes the decision letter to the worker as a PDF, once the case is approved, declined or
referred back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>submit a case for a step or role profile, freezing a snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list the cases and what each awaits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show a case, its record and its snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recommend, approve, refer back or decline, as the awaited stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>withdraw a case before it is decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write the decision letter PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On a team server (--server): the people whose portfolios are assigned to you, to
supervise or to read, each with their readiness for their next step and the items
they have marked ready for your review. Open one with --worker LOGIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a caseload is kept on a team server; give --server URI.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No portfolio is assigned to %1 yet; the team&apos;s administrator assigns them (&apos;team assign&apos;).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you supervise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you read</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) awaiting review</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sign-off(s) to re-confirm: the evidence changed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>progression cases: submit, decide stage by stage, withdraw, decision letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recompute the record chain and name any record changed behind Waymark&apos;s back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check a PDF&apos;s record chain head and case snapshot against the portfolio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on a team server: the portfolios assigned to you, their readiness and reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record chain is intact: %1 record(s), head %2.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record chain is broken: %1 problem(s) in %2 record(s).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who judges (required, except on a team server, which records who is signed in).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recomputes the hash chain over the portfolio&apos;s judgements and case records, and each case
snapshot&apos;s SHA-256, and names every record changed, removed or added behind Waymark&apos;s
back. Exit status 1 when the chain is broken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A panel PDF or decision letter Waymark wrote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks a PDF Waymark wrote against the open portfolio: whether the record chain head and
the case snapshot it prints are this portfolio&apos;s, and whether the portfolio&apos;s chain is
still intact. Exit status 1 when the PDF does not match or the chain is broken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PDF file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF does not match this portfolio: its record chain head %1 is not in the portfolio&apos;s chain.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF&apos;s record chain head is this portfolio&apos;s current head.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF&apos;s record chain head is record %1 of this portfolio&apos;s chain; %2 record(s) were added since the PDF was written.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its case snapshot is case %1&apos;s, frozen in this portfolio.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its case snapshot %1 is not in this portfolio.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: waymark-cli [--portfolio FILE | --server URI [--worker LOGIN]] [--pathways-dir DIR] COMMAND [options]

Waymark keeps a social worker&apos;s or occupational therapist&apos;s career portfolio.

Commands:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Global options:
  --portfolio FILE    the portfolio to use (default: your default portfolio)
  --pathways-dir DIR  load your own pathway files from DIR instead of the user folder
  --server URI        work on the team server, postgresql://LOGIN@HOST[:PORT]/DATABASE,
                      signed in as LOGIN, on your own portfolio there (password from
                      PGPASSWORD or ~/.pgpass, as libpq reads them)
  --worker LOGIN      with --server: the portfolio of someone you supervise or read

&apos;waymark-cli COMMAND --help&apos; describes each command. Dates are written YYYY-MM-DD;
items are written pathway-id:item-id (see &apos;waymark-cli show PATHWAY&apos;).

Exit status: 0 done; 1 the action failed (the portfolio could not be opened or changed,
or a record was not found); 2 bad usage (an unknown option, a missing or malformed
value, an unknown pathway, item or kind).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waymark-cli: give --portfolio or --server, not both.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waymark-cli: --worker names a portfolio on a team server; give --server too.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what to do next towards your target: whom to ask, what to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Judge as on this date, YYYY-MM-DD (default: today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the steps as JSON: kind, text and the items of each.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do next towards your target step: whom to ask to sign off what, what needs
re-confirming or evidence, what your profile lacks, or, once ready, the panel&apos;s PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who decides (required in a portfolio file; on a team server, whoever is signed in).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their role (required in a portfolio file; on a team server the awaited stage&apos;s by default): %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your disk quota is used up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file would be larger than this system allows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standard output is closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not write the output: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waymark-cli: %1 is open for reading only, because %2: it can be read and exported, but nothing can be saved to it
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waymark-cli: the search index of %1 is damaged (the records are whole): searches may miss records, and nothing can be saved until &apos;waymark-cli rebuild-index&apos; makes it again
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>make the search index of the evidence again from the records, when it is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Makes the search index of the evidence again from the records themselves, after
Waymark has said it is damaged. No record is changed; a portfolio on a team server
has no such index, and nothing is done there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A portfolio on a team server has no search index to rebuild: the server searches the records.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search index was damaged and has been made again from the records.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search index has been made again from the records (it was not damaged).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scans every text the panel PDF shows (evidence with its source, mapping notes and attachment
names, comments, judgements, the learning plan and the CPD log) for likely personal data of
people who use services: NHS numbers, National Insurance numbers, postcodes, street addresses,
phone numbers, e-mail addresses, dates of birth, children&apos;s ages, names after a title (Mrs Okafor)
and the names on your list. Exits 1 while any finding is unresolved: keep it (confirm) or redact
it in the panel copy (redact).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print this progression case as its snapshot froze it (default: the
latest case for the target, unless it was withdrawn).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the portfolio as it is now, even when a case is submitted: a
working copy, which says on every page that it is not the case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes the portfolio for the Progression Panel as a PDF. When a case is submitted or decided,
the PDF prints the case as its snapshot froze it: the evidence at the versions submitted,
marked where the portfolio changed since. The anonymisation check runs first over every
text the PDF shows; while it has unresolved findings nothing is written unless
--accept-findings is given (see &apos;waymark-cli anonymity check&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--case prints a case as frozen and --live the portfolio as it is now: choose one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting %1: %2.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: this period has no CPD records yet; the one before it, to %1, has %2. Choose it with --on %1.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: this period has no CPD records.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n evidence item(s) the PDF printed differ from the portfolio now (edited, deleted or purged since): %1.
</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Every evidence item the PDF printed is as it is in the portfolio now.
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CpdText</name>
    <message>
        <source>Summary of practice history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Core learning elements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annual declaration date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecisionLetter</name>
    <message>
        <source>Case %1 is %2: a letter is written once it is approved, declined or referred back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progression case %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seeking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your case for %1 was approved by the %2, %3, on %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your case for %1 was declined by the %2, %3, on %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your case for %1 was referred back to you by the %2, %3, on %4. You can submit it again once you have acted on the reasons below; a new snapshot is then taken and every stage considers it afresh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record of this decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> at stage %1 of %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%2 by %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasons: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;Not signed in&quot;: the portfolio is a personal one, so names and roles are recorded as they were typed, not confirmed by a sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was decided on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portfolio as it was submitted on %1 was frozen; later edits do not change it. &apos;waymark-cli verify-pdf&apos; checks these against the portfolio.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshot SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record chain head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision on the progression case of %1 for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot finish the PDF: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier rounds of this case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileProblem</name>
    <message>
        <source>the disk holding %1 is read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder %1 is read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk holding %1 is full</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FrameworkImport</name>
    <message>
        <source>missing required field &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a string, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be %1, not %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FrozenCaseReader</name>
    <message>
        <source>The snapshot of case %1, frozen on %2, cannot be read in full: %3. No copy of the case is made from the portfolio as it is now; export a working copy instead, which says on every page that it is not the case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its content no longer matches its SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a snapshot this version of Waymark reads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evidence E%1 (&quot;%2&quot;) version %3 is no longer in the portfolio (it was purged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no case %1 in this portfolio.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemState</name>
    <message>
        <source>No evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-confirm: evidence changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reached</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Judgement</name>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, signed in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NextSteps</name>
    <message>
        <source>Ask %1 to re-confirm &quot;%2&quot;: evidence changed since sign-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask %1 to sign off &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask %1 to judge &quot;%2&quot; (no evidence needed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &quot;%1&quot; ready for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add evidence for &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> (and %n more)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Choose your pathway and target step in your profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export your portfolio for the panel: you are ready for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the date you qualified to your profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add your roles to your profile, with their start dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the award you hold, or are working towards, in your profile</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PanelReport</name>
    <message>
        <source>Choose the pathway you follow in your profile before exporting for the panel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your pathway &quot;%1&quot; is not loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[image: %1]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has no pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachment: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portfolio for the Progression Panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(name not recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profession</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seeking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pathway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2), version %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymisation check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not passed: %1 finding(s) accepted unresolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It found nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 finding(s) are replaced by [redacted] in this copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 finding(s) were kept deliberately by the worker as not about a person who uses services.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check did not pass: the worker accepted %1 finding(s) without change, so this copy may hold personal data about people who use services.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This document contains personal information about the worker. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readiness for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Competency matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Judgement history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning plan and CPD log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning that would close the gap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• %1 (offered at %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every step of the pathway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the requirements of the role profile %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the step judged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the current step and the step judged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For %1: each statement as %2 words it (version %3), whether it is reached, when and by whom, the evidence the judgement relied on, and the manager&apos;s and worker&apos;s comments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No evidence yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: signed off without evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
(evidence changed since sign-off)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reached, evidence changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence, not yet judged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Competency reached?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When, by whom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence relied on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager and worker comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No evidence is included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 evidence item(s), oldest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source or method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Narrative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reflection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No judgements have been recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every judgement by its date; of two on the same date, the one recorded later counts. Judgements are never changed: a correction is a new judgement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
(supervision on %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
(evidence changed since)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
(without evidence)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
(does not change the verdict)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Judgement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No learning plan items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPD log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No CPD entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No attachments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images are shown with their evidence and PDF documents follow this page, each with a bookmark; other files are listed only. Their SHA-256 fingerprints let a reader check a copy they are given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown under E%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages %1–%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listed only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not appended: the PDF cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In this document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 likely piece(s) of personal data found; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portfolio of %1 for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attached documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot finish the PDF: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seeking: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progression case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case %1, %2, snapshot frozen on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 by %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case snapshot SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none submitted for this target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record chain head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no judgements or case records yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start the page output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every name here was typed into the portfolio; none was recorded from a sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name marked &quot;signed in&quot; was recorded by the team&apos;s server from that person&apos;s own login; the others were typed into the portfolio.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every name here was recorded by the team&apos;s server from that person&apos;s own login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before export Waymark checked every text in this document for personal data about people who use services: NHS and National Insurance numbers, postcodes, street addresses, phone numbers, e-mail addresses, dates of birth, children&apos;s ages, names after a title and the names the worker listed. The contents of attached files were not checked. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed after this case was submitted on %1; the version the panel decided on is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted after this case was submitted on %1; the version the panel decided on is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a working copy of the portfolio as it is now, not the case: the panel decides on the case as it was frozen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This copy prints the case as it was frozen: the evidence at the versions submitted, the judgements recorded by then and the readiness verdict of that day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E%1 &quot;%2&quot; (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed in the portfolio since it was submitted: %1. This copy shows them as submitted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n evidence item(s) added to the portfolio since are not part of the case and not in this copy.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Working copy, not the case — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
(the one that counts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round %1, the snapshot this copy is of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasons: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pathway</name>
    <message>
        <source>Supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice assessor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head of service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Director</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Panel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PathwayLibrary</name>
    <message>
        <source>pathway id &quot;%1&quot; is already used by %2; this file was skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; names the pathway &quot;%2&quot;, which is not loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no step, group or item &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no item or indicator &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is judged through its indicators: use &quot;allReached&quot; or &quot;stage&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no award &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no role profile &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no item with staged indicators &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no stage &quot;%2&quot; (the stage of &quot;%3&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfVerifier</name>
    <message>
        <source>%1 is not a PDF that can be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not carry Waymark&apos;s record chain head: it was not written by this version of Waymark, or its metadata was removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the PDF: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanListModel</name>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PortfolioStore</name>
    <message>
        <source>&quot;%1&quot; is %2 MB; attachments may be at most %3 MB. It was not attached and nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the list of names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the list of names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot record the decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the decisions on findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive cannot be written over the open portfolio.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the archive: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the archive to %1: %2. Any archive there before is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; import into a new file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no archive at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive cannot be imported: %1 is not a Waymark archive (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive cannot be imported: %1 is not a Waymark archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive cannot be imported: it was saved by a newer version of Waymark (portfolio format %1; this version reads up to %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive cannot be imported: it holds database objects Waymark does not make (%1). It may have been altered; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive cannot be imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An attachment needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no evidence %1 to attach &quot;%2&quot; to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot attach &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no attachment %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot remove the attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot restore the attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no removed attachment %1 to restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the portfolio is in use by another program and stayed locked; nothing was changed. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the portfolio file is read-only; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the disk is full; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the portfolio file is damaged (%2). Restore it from a backup or an exported archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No portfolio is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder, not a portfolio.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no portfolio at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty (0 bytes), not a portfolio. It was left as it is; open another file, or remove this one to start a new portfolio there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Waymark portfolio (it is not a database file). It was left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is locked by another program. Close it there, or try again in a moment; the file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a database of another program, not a Waymark portfolio. It was left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was saved by a newer version of Waymark (portfolio format %2; this version reads up to %3). Update Waymark to open it; the file was left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged (%2). It was left as it is; restore it from a backup or an exported archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be checked: %2. It was left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the integrity check found: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in an older portfolio format; open it normally once to update it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot prepare %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was saved: %1 could not be checked before saving (%2). Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged (the integrity check found: %2). Nothing was saved; it stays open for reading. Restore it from a backup or an exported archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portfolio is in use by another program and stayed locked; nothing was saved. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be dated after today: %2 is later than %3. Record it once it has happened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence needs a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The evidence&apos;s period cannot end before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence cannot be dated after today: %1 is later than %2. Record it once it has happened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; was changed elsewhere (another window or program) since you opened it: it is now at version %2, you edited version %3. Your text was not saved over it; reopen the evidence and apply your change again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no evidence %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the evidence history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot search the evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot count the evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot delete the evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot restore the evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no evidence %1 to delete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no deleted evidence %1 to restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot purge the evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence %1 can only be purged after it has been deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A mapping needs a pathway and an item (pathway:item).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot map the evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence %1 is already mapped to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot remove the mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no mapping %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the mappings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the evidence counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the evidence sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the linked items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the linked items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The judgement is for pathway %1 but was given %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no item or indicator &quot;%2&quot; that can be judged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A judgement needs the name of the person making it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A judgement needs a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A judgement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot record the judgement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no supervision session %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot record the evidence the judgement relied on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not signed off as reached on evidence that changed since, so there is nothing to re-confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A re-confirmation must be dated on or after the sign-off it re-confirms (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-confirmed: still reached on the evidence as it is now (it changed after %1&apos;s sign-off of %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the judgements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the judgements&apos; evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not back the portfolio up before updating its format: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not update the portfolio&apos;s format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A learning plan item needs an activity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the learning plan item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no learning plan item %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot remove the learning plan item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot restore the learning plan item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no removed learning plan item %1 to restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the learning plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CPD entry needs a date and an activity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPD hours must be between 0 and 1000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the CPD entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no CPD entry %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot remove the CPD entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot restore the CPD entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no removed CPD entry %1 to restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the CPD log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a profession Waymark knows; use one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the role history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A role needs a title and a start date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A role cannot end before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end of a role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot add the role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no role %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot remove the role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot restore the role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no removed role %1 to restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the awards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An award needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An award</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot add the award</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot remove the award</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot restore the award</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no award %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no removed award %1 to restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A comment needs an author and some text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A supervision session needs a date and a supervisor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A supervision session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no session %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the portfolio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The annual declaration date must be a date written YYYY-MM-DD; &quot;%1&quot; is not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot copy the portfolio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot copy the portfolio&apos;s %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot import the archive: no room for a working copy (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot import the archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portfolio of %1 on the server already holds records; an archive is imported only into an empty portfolio, so that nothing is mixed or lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This archive holds %n judgement(s), comment(s) or case record(s) made in a personal portfolio. Only the team&apos;s administrator can bring them onto the server, where they keep their names and are marked as not signed in. Ask them to import it for you.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has no step or role profile &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 declares no approval for &quot;%2&quot;, so no case can be submitted for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A case record needs the name of the person acting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot record the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 for %2 is already awaiting a decision; withdraw it before submitting again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 for %2 was approved already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot freeze the case&apos;s snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A decision recommends, approves, refers back or declines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the reasons for referring the case back or declining it: the worker needs them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 was referred back: it awaits the worker&apos;s resubmission, not a decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 is already %2; a decision cannot be recorded on it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 awaits the %2 (stage %3 of %4) first; the %5 acts after.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 awaits the %2 (stage %3 of %4, role %5); %6 cannot act on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 decides this case: approve, refer back or decline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 recommends; the decision is the %2&apos;s. Recommend, refer back or decline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 is already %2; only a case awaiting a decision can be withdrawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no case %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the case snapshots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the record chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot chain %1: it is not in the portfolio.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot record the chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in the chain but no longer in the portfolio: it was deleted behind Waymark&apos;s back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was changed after it was recorded: its content no longer matches its hash in the chain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not in the chain: it was added behind Waymark&apos;s back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>snapshot:%1 (case %2) was changed after it was frozen: its content no longer matches its SHA-256.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the team server does not allow this (%2); nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the portfolio of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a portfolio on a team server can be switched to another person&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the portfolio of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not in the team on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may not open the portfolio of %2: they are not assigned to %1. The team&apos;s administrator assigns supervisors and readers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read who is assigned to you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only %1 submits or withdraws their own cases; %2 is signed in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is signed in, and the team does not give them the %2&apos;s role on the portfolio of %3. The team&apos;s administrator gives team roles and assigns supervisors and readers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the roles you hold in the team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The evidence is mapped to %1 twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s sign-off cites this supervision session: only %1 can change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive cannot be imported: its attachments cannot be read (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive cannot be imported: the attachment &quot;%1&quot; of evidence %2 does not match its recorded SHA-256; the archive was altered or damaged. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot make the archive&apos;s search index: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the archive: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive cannot be imported: %1. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name %1 is too long for this disk: a portfolio&apos;s name can have at most %2 bytes, as Waymark keeps a journal beside it under the same name and four more. Choose a shorter name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file itself is read-only (copy it somewhere you can write to, or change its permissions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be opened with the journal file beside it (%2): the journal is from another state of this portfolio, as when a copy is restored from a backup after a crash, or a sync service brings the journal from another computer. Both were left as they are. Move %3 away and open the portfolio again; keep it until you are sure nothing in it is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1 (%2). It was left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its format number is %1, which no version of Waymark writes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds database objects Waymark does not make (%2). They could change the records when something is saved, so it was not opened, and left as it is. It may have been altered; open a backup or an exported archive instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in an older portfolio format, and updating it needs room to write, but %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot prepare %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot rebuild the search index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search index of %1 is still damaged after it was made again. Export an archive and import it into a new portfolio.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was saved: %1 is open for reading only, because %2. Make room (or move the portfolio somewhere it can be written) and open it again to save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was saved: the search index of %1 is damaged (the records themselves are whole). Rebuild the index, which Waymark makes again from the records, and save again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was replaced by another file while Waymark had it open (a copy put in its place, or a backup restored over it). Nothing was saved. Open it again to go on with the file that is there now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was moved, renamed or deleted while Waymark had it open. Nothing was saved. Open it again from where it is now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence E%1 (&quot;%2&quot;) is dated %3, after the judgement&apos;s date %4: a judgement can rely only on evidence from on or before the day it was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no evidence dated on or before %2 to rely on. Map evidence to it first, or confirm that it is signed off as reached without evidence.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Profession</name>
    <message>
        <source>Social worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occupational therapist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social services worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressionCase</name>
    <message>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refer back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2, signed in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2, not signed in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaits the %1 (stage %2 of %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred back: awaits the worker&apos;s resubmission</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReadinessEngine</name>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Met: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The role profile &quot;%1&quot; is not in any loaded pathway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every capability the %1 role profile asks for is at the stage it requires.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%2 of the %1 capabilities it asks for are at the stage it requires.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed off by %1 on %2, but the evidence it relied on changed since: %1 or another supervisor needs to re-confirm it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>judged not yet reached by %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ready for review, awaiting sign-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 evidence item(s), not yet signed off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no evidence yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All %1 requirements are met.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 requirements are met.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One of these is enough, and it is met.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One of these is enough; none is met yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least %1 of these %2 are needed; %3 are met.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Some cannot be judged until missing details are recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not in any loaded pathway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reached: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed off by %1 on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet reached: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every item of %1 is signed off as reached (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 items of %3 are signed off as reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 of %3 evidence item(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, from %1 of %2 different sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least %1 evidence item(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> from %1 different sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 items of %3 have %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs %1 of post-qualifying experience, but the date you qualified is not recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the date you qualified to your profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of post-qualifying experience (qualified %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs %1 in your current role, but no current role is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add your current role, with its start date, to your role history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in your current role as %2 (since %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Met: %1; met on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet: %1; this will be met on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs %1 of supervisory experience, but no role history is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add your roles, saying which ones supervised others.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Met: %1 of supervisory experience (you have %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet: %1 of supervisory experience; you have %2, and at this rate it will be met on %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet: %1 of supervisory experience; you have %2 and no current role supervises others.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Met: you hold %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Met: you are working towards %1, which is enough for now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet: you are working towards %1, but it must be held: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet: needs %1%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (achieved or in progress)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the award in your profile once you hold it or have started it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; at stage &quot;%2&quot; is not in any loaded pathway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet at any stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2, as required (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be at %2; it is %3. Stages are progressive: every indicator up to %2 must be reached (%4 to go).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready for %1: every requirement is met.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet ready for %1: only time-based requirements remain, met on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet ready for %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> %1 signed-off item(s) need re-confirming: their evidence changed after the sign-off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readiness for %1 cannot be judged yet: some details are missing from your profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no step &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pathway &quot;%1&quot; is loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no role profile &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 role profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no step or role profile &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a target step in your profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the pathway you follow in your profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your pathway &quot;%1&quot; is not loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[met]    </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[not yet]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[unknown]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Below %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed off, but the evidence changed since; ask for a re-confirmation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  - %1: signed off by %2 on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning offers that would close the gap:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning that would help: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Judged not yet reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet signed off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting sign-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-confirm: evidence changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting judgement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>judged on the facts, no evidence needed: not yet judged</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegulatorCpd</name>
    <message>
        <source>“%1” (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n CPD record(s) in the registration year; Social Work England asks for at least %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No record has a peer reflection; Social Work England asks for at least one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>why it is relevant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what was learnt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its impact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No CPD activity in the last two years.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The activities are not a mixture: HCPC asks for at least two types of learning activity (%n type(s) recorded).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No %1 yet (up to %2 words).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 has %2 words; HCPC asks for up to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No CPD from %1 to %2 (%n month(s)): explain this gap in the profile.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No activity names its supporting evidence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the date your SSSC annual declaration is due: the year&apos;s log ends on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No learning recorded in this declaration year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the core learning elements of your Register part (from the SSSC&apos;s CPL website) to see which this year&apos;s learning covers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No learning this year covers the core learning element “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social Work England</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HCPC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSSC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 words (up to %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>maintain a continuous, up-to-date and accurate record of their CPD activities;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demonstrate that their CPD activities are a mixture of learning activities relevant to current or future practice;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seek to ensure that their CPD has contributed to the quality of their practice and service delivery;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seek to ensure that their CPD benefits the service user; and</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upon request, present a written profile (which must be their own work and supported by evidence) explaining how they have met the standards for CPD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work-based learning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Professional activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formal and educational</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-directed learning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course or training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conference or seminar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading or research</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peer discussion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shadowing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentoring or teaching others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online learning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration year %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two years %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declaration year %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n CPD record(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2 with peer reflection</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1, %n gap(s) of 3 months or more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2 of %3 core learning elements covered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: meets %2&apos;s requirement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: did not meet %2&apos;s requirement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n day(s) left to meet %2&apos;s requirement.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 CPD: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPD record %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type of CPD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it is relevant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What I learnt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impact on my practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impact on the people I work with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peer reflection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2. CPD activities, in date order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HCPC&apos;s standards for CPD say that a registrant must:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4. Supporting evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none named)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Core learning element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contribution to my practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Core learning elements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>- %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not written)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. Summary of practice history</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Gap: no CPD from %1 to %2 (%n month(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3. Personal statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Benefit to my practice and service delivery (standard 3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Benefit to service users (standard 4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2), for: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not listed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not covered yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>covered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the type of CPD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 says nothing about %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its contribution to practice</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegulatorReport</name>
    <message>
        <source>Social Work England CPD record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HCPC CPD profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSSC continuous professional learning log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profession</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start the PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot finish the PDF: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2. No file was left behind.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamServer</name>
    <message>
        <source>%1: the team server does not allow %2 to do this (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected to a team server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a server address; write postgresql://LOGIN@HOST[:PORT]/DATABASE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server address names no login: write postgresql://LOGIN@HOST/DATABASE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt&apos;s PostgreSQL driver is not installed (Debian: libqt6sql6-psql).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot sign in to %1 as %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team server was set up by a newer version of Waymark (format %1; this version knows up to %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot set up the team server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot set up the team server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be a login: use lower-case letters, digits, &apos;.&apos;, &apos;-&apos; or &apos;_&apos;, starting with a letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A person needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a team role; use one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A password must have at least 12 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot add %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An assignment is as supervisor or as reader, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be assigned to their own portfolio.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot assign %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot assign %1 to %2: add both people to the team first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the team&apos;s assignments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot ask the server who is signed in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the team&apos;s format: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no Waymark team: the team&apos;s administrator sets it up first (waymark-cli --server URI team init).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team server at %1 is in team format %2; this version of Waymark works with format %3. %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update Waymark.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The administrator updates it with &apos;team init&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>The portfolio that moves you along your career pathway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open FILE (created if missing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit as soon as the window has painted itself (for start-up timing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to a team server, postgresql://LOGIN@HOST[:PORT]/DATABASE (the password from PGPASSWORD or ~/.pgpass, as libpq reads them; File &gt; Connect asks for it).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>waymark</name>
    <message>
        <source>the quoted field that starts here is never closed: the file ends inside it (is it cut short?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a named pipe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a socket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a special file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a link to %2, which is %3, not a regular file; use a saved file instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2, not a regular file; use a saved file instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than %2 MiB.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>waymark::CaseReader</name>
    <message>
        <source>%1 (CASE CFDocument %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dangling association: the package has no CFItem &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dangling association: &quot;%1&quot; is neither the CFDocument nor a CFItem of the package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CFItem %1 has no isChildOf association, so it has no place in the framework</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>waymark::FrameworkImport</name>
    <message>
        <source>the file is larger than %1 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a format Waymark can import; give --format (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not stated in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the converted pathway is not valid: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>waymark::FrameworkTree</name>
    <message>
        <source>duplicate identifier &quot;%1&quot; (first used on line %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 names a parent &quot;%2&quot; that is not in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the parent links form a cycle: %1 (each is the child of the next)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a Waymark %2 but sits %3, where only a %4 can be</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>under item %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>under group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>under step %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at the top of the framework</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>waymark::MaharaMatrixReader</name>
    <message>
        <source>the matrix has no standards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a standard must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no standard has the standardid %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>waymark::MoodleCsvReader</name>
    <message>
        <source>the file holds no rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column %1 of the header is &quot;%2&quot;; Moodle&apos;s competency framework CSV has &quot;%3&quot; there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this row has %1 fields; the header has %2 (is the file cut short?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a second row says it is the framework; only one may</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the framework row has neither a shortname nor an id number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the competency has no id number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>competency %1 has no shortname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no row has &quot;Is framework&quot; set, so the file names no framework</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>waymark::PortfolioStore</name>
    <message>
        <source>There is no pathway &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>waymark::cli</name>
    <message>
        <source>Write the %1 here (default: standard output).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file&apos;s format: %1. Guessed from the content when not given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pathway file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Moodle competency framework CSV, a Mahara SmartEvidence .matrix file or a CASE 1.1 package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Converts a competency framework from Moodle, Mahara or a CASE 1.1 package into a Waymark
pathway file. The result is checked as &apos;validate&apos; would before it is written; problems
name the file, line and field. See docs/interoperability.md for what each format keeps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give exactly one file. Try &apos;waymark-cli import-framework --help&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot;; use one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n problem(s); nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1: pathway %2, %n item(s) to judge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The format to write: case (1EdTech CASE 1.1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pathway id (see &apos;waymark-cli pathways&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes a pathway as a CASE 1.1 package (CFDocument, CFItems, isChildOf CFAssociations).
Identifiers are UUID v5 of the pathway and item ids, the same on every export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give exactly one pathway id. Try &apos;waymark-cli export-framework --help&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format case is required (the only format Waymark writes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no pathway &quot;%1&quot;. Known pathways: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>waymark::gui::Application</name>
    <message>
        <source>Could not read the portfolio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

What is on screen may be incomplete. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>waymark::gui::AttachmentListModel</name>
    <message>
        <source>%1 (%2, saved with the evidence)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>waymark::gui::AwardDialog</name>
    <message>
        <source>Add an award or qualification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Award or qualification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one the pathways know, or type any other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Award:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>waymark::gui::AwardListModel</name>
    <message>
        <source>Held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Award or qualification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>waymark::gui::CaseListModel</name>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>waymark::gui::CaseloadModel</name>
    <message>
        <source>You supervise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting your review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To re-confirm</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>waymark::gui::CaseloadView</name>
    <message>
        <source>No portfolio is assigned to you yet. Your team&apos;s administrator assigns the people you supervise or read (&apos;waymark-cli team assign&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open portfolio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My o&amp;wn portfolio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as %1. The portfolios assigned to you, with what awaits your review:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>waymark::gui::CasesView</name>
    <message>
        <source>Worker: my cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cases awaiting me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Acting as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not signed in: recorded as typed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progression cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case as the approvers see it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case f&amp;or:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ubmit case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Withdraw case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision &amp;letter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the decision letter as a PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisi&amp;on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasons (required to refer back or decline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record decision…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;No case yet. Choose what the case is for below and submit it: Waymark freezes your portfolio as it is, for the approvers.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;No case awaits the %1.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approval stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2), %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recommends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>awaited now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 by %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> at stage %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasons: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The snapshot the approvers see</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frozen %1. Readiness then: %2. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E%1, version %2: %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attachment %1, SHA-256 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current judgements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2, by %3 on %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshot SHA-256:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit a case for %1? Your portfolio is frozen as it is now for the approvers; later edits do not change what they see. You can withdraw the case until it is decided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw case %1 for %2? This cannot be undone; you can submit a new case later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record &quot;%1&quot; on case %2 as %3? A decision is part of the case&apos;s permanent record: it cannot be undone or changed afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decision-case-%1.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No role here: reading only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;No case yet. The team gives you no role on this portfolio&apos;s cases: you can read them, not act on them.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>waymark::gui::CommentDialog</name>
    <message>
        <source>Comment on an item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author&apos;s role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>waymark::gui::CommentListModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>waymark::gui::ConnectDialog</name>
    <message>
        <source>Connect to team server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to your team&apos;s Waymark server with the login your administrator gave you. You will work on your own portfolio there, and on those assigned to you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server.example.org or server.example.org:5432</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Login:</source>
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
        <source>&amp;Remember the password in this computer&apos;s keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the keyring did not answer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>waymark::gui::CpdEntryDialog</name>
    <message>
        <source>Log CPD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Activity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hours:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence it produced</source>
        <translation type="unfinished"></translation>
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
        <source>&amp;Evidence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit CPD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type of CPD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it is relevant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why &amp;relevant:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What I learnt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What I &amp;learnt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impact on my practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impact on &amp;practice:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impact on the people I work with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impact on pe&amp;ople:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peer reflection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you learnt from discussing it with a peer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peer re&amp;flection:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Core learning element (SSSC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Core learning ele&amp;ment:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>waymark::gui::CpdListModel</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peer reflection</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>waymark::gui::CpdProfileDialog</name>
    <message>
        <source>%1 CPD profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HCPC asks for these with your dated list of CPD activities if your CPD is audited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary of practice &amp;history:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal s&amp;tatement:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How your CPD activities meet each of HCPC&apos;s five standards for CPD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A registrant must:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One a line, as the SSSC&apos;s CPL website lists them for your Register part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Core learning &amp;elements:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annual &amp;declaration due</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>waymark::gui::CpdView</name>
    <message>
        <source>CPD log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log CPD…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total: %1 hours  ·  last 12 months: %2 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regulator pr&amp;ofile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HCPC&apos;s summary of practice history and personal statement; the SSSC&apos;s core learning elements and declaration date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy for regulator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This period&apos;s CPD as text, ready to paste into the regulator&apos;s form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied the CPD for %1 (%2) to the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• %1 (%2): %3 “%4”</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The export shows %n likely piece(s) of personal data about people who use services:

%1

Export it anyway?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No CPD logged yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log each piece of continuing professional development: what you did, when, for how long, and what you took from it. Your registration body asks for it, and the panel sees the total.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log your first CPD…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>waymark::gui::EvidenceChoiceModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>waymark::gui::EvidenceEditor</name>
    <message>
        <source>Choose evidence on the left, or write new evidence (Ctrl+E).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it was, in a few words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For evidence that covers a period, the day it ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source or method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. case work, direct observation, 360 feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the evidence comes from; pathways may ask for several different sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Narrative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened, what you did and why (Markdown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reflection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you learnt, what you would do differently (Markdown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Narrative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reflection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mapped items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put back the last saved text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a new version (Ctrl+S). Changes are also saved when you move to other evidence or another screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find items by their wording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find items to map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items this evidence is mapped to; tick to map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick every item this evidence shows (Space ticks the selected item).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach files with the button or by dropping them here. Files stay inside the portfolio.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>## %1

%2

### Reflection

%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New evidence, not saved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1, saved %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mapped items (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Attachments (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mapping not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not attached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write a copy to open: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove &quot;%1&quot; from this evidence?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachment not removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Da&amp;te:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sour&amp;ce:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Histor&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach fi&amp;les…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;pen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rem&amp;ove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Histor&amp;y (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>waymark::gui::EvidenceListModel</name>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2%3
Version %4, saved %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>waymark::gui::EvidenceVersionModel</name>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>waymark::gui::EvidenceView</name>
    <message>
        <source>&amp;New evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the chosen evidence (Ctrl+Delete); Edit &gt; Undo brings it back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search titles, narratives and reflections (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only evidence mapped to item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only evidence of kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order of the evidence found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best match first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to order the records a search finds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write new evidence (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mapped to any item, or none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newest %1 of %2 records; search or filter to find others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 best matches of %2 records; add words or filters to narrow the search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newest %1 matches of %2 records; add words or filters to narrow the search</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your changes to this evidence could not be saved (see the message before). Keep editing, or discard the changes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence not deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ne&amp;w</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No evidence yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence is what you did and what it shows: a piece of practice, supervision, feedback, training or a reflection. Write it here and tick the items of your pathway it shows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write your first evidence…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>waymark::gui::FindingListModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, redacted in the panel copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, kept deliberately</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looks like</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where ([[found]])</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>waymark::gui::FirstRunDialog</name>
    <message>
        <source>Welcome to Waymark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waymark keeps the portfolio that moves you along your career pathway. Tell it who you are and where you are heading; you can change any of this later in your profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profession</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;rofession:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>waymark::gui::ItemDetailPanel</name>
    <message>
        <source>&amp;Judgement history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;omments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Enter or double-click to open the evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Judgement history of this item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comments on this item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an item in the matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed off as reached by %1 on %2, but evidence it relied on was edited, deleted or had its attachments changed since: it counts again once re-confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: judged by %2 on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, without evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Judgement history (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;omments (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 items: %2 reached, %3 ready for review, %4 with evidence or a judgement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ev&amp;idence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ev&amp;idence (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence mapped to this item, with what each shows of it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit &amp;note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what the selected evidence shows of this item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note on the evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What “%1” shows of this item:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>waymark::gui::ItemTreeModel</name>
    <message numerus="yes">
        <source>%1 (%n ticked)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>waymark::gui::JudgementHistoryModel</name>
    <message>
        <source>%1 (does not change the verdict)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: signed off without evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s); changed since</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1
Judged against version %2 of the pathway, wording:
%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the judgement that counts for this item now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded after a judgement with a later date, so it is kept in the history but does not change the verdict.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (version %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence relied on was edited or deleted after this judgement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No evidence was mapped when this was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Judgement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence relied on</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>waymark::gui::LearningOfferDialog</name>
    <message>
        <source>Plan a learning offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning offers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Plan this</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>waymark::gui::LearningOfferModel</name>
    <message>
        <source>Suggested for your target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>waymark::gui::LinkedEvidenceModel</name>
    <message>
        <source>%1
Note: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>waymark::gui::MainWindow</name>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waymark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Damaged portfolio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New portfolio…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open portfolio…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import archive…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport archive…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export for &amp;panel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the portfolio as a PDF for the progression panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
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
        <source>Evi&amp;dence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Supervision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Learning plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;CPD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Waymark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Waymark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waymark %1

The portfolio that moves you along your career pathway.

Pathways loaded: %2
User pathway folder: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent portfolios</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the portfolio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1; its format was updated and a backup kept at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New portfolio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open portfolio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the imported portfolio as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported the whole portfolio to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1: %n page(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n judgement(s) recorded.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — Waymark</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n pathway file(s) could not be loaded; see Help &gt; About for the folder</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
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
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to &amp;team server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot connect to the team server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in to %1 as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned to me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your portfolio — signed in to %1 as %2 — Waymark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s portfolio — signed in as %2 — Waymark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pro&amp;gress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Purge deleted evidence…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Printed %n page(s) on %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; the %n page(s) of attached PDF documents are in the exported PDF only</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Signed in, but the password could not be kept in the keyring: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open for reading only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is open for reading only, because %2.

You can read it and export it (File &gt; Export archive), but nothing can be saved to it. Make room, or move it somewhere it can be written, and open it again to save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search index damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search index of %1 is damaged. Your records are whole, but searching may miss some, and nothing can be saved until the index is made again from them.

Rebuild the search index now? This cannot be undone, and changes no record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search index was rebuilt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portfolio moved or replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

Open the portfolio again now? Anything not saved since is not in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find the portfolio</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>waymark::gui::MarkdownEdit</name>
    <message>
        <source>%1 (preview)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown: *italic*, **bold**, - lists, # headings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>waymark::gui::MatrixModel</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed off as reached, but evidence it relied on was edited, deleted or had its attachments changed since. It counts again once re-confirmed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed off as reached with no evidence to rely on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reached, without evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No stage yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stages are progressive: a stage counts once every indicator of it and of every earlier stage is reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 items have evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (+%2 more)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capability and indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Competency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step and requirements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Competency reached?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last judgement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager and worker comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comments</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>waymark::gui::MatrixView</name>
    <message>
        <source>Mark &amp;ready for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell your supervisor the selected items are ready for them to judge (Ctrl+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign off…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a supervisor&apos;s judgement on the selected items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-con&amp;firm still reached…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-confirm items signed off as reached whose evidence changed since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Comment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a manager&apos;s or worker&apos;s comment to the selected item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;evidence…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write new evidence mapped to the selected items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pathway shown in the matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pathway:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter items by their wording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show items in status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Competency matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note for your supervisor when you mark items ready (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note for your supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reached, evidence changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready for review · A. Supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager and worker comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n rows selected</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>This item has no evidence mapped to it yet. Mark it ready for review anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of the %2 selected items have no evidence mapped to them yet. Mark all of them ready for review anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

No item was marked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>waymark::gui::NextStepsPanel</name>
    <message>
        <source>Next steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-confirm…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign off…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Judge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show in matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add evidence…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add role…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add award…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export for panel…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>waymark::gui::OverviewView</name>
    <message>
        <source>&amp;Readiness for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What if: judge readiness for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What if: see how ready you are for any step or role profile of any pathway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Why: each requirement and where you stand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readiness explanation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show in &amp;matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the selected missing item in the competency matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to learning &amp;plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan the selected learning offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress per step or group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No portfolio is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open or create one from the File menu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No portfolio is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your portfolio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aiming for: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pathway chosen yet: choose one in your profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your target: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pro&amp;gress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pro&amp;gress on %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>waymark::gui::PanelExportDialog</name>
    <message>
        <source>Export for the progression panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waymark writes your portfolio as one PDF for the panel: readiness, the competency matrix, the evidence you choose, judgement history, learning plan and CPD. Evidence is checked for personal data about the people you work with before anything is written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step or role profile the panel judges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role profile: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show every step in the competency &amp;matrix (by default: your current and target steps)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Evidence to include:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence to include; untick to leave out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Likely personal data found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;heck again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open the evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close this and edit the evidence, to take the personal data out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redact in the panel copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF shows [redacted] in its place; your record stays as it is, so sign-offs are not affected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep it deliberately</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is not about a person who uses services (or they agreed): keep it in this version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export an&amp;yway, with the findings left as they are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No unresolved personal data in what the PDF shows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n likely piece(s) of personal data in what the PDF shows. Take each out, redact it in the panel copy, keep it deliberately, or leave that evidence out.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 portfolio for panel %2.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export for panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names to look &amp;for…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The names of people who use services that the check looks for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the same pages as the PDF, after the same check for personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 portfolio for panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a &amp;working copy of the portfolio as it is now, not the case as you submitted it (every page says so)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF prints case %1 as you submitted it on %2; changes since are marked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF prints the portfolio as it is now, marked on every page as a working copy.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>waymark::gui::PathwayChooser</name>
    <message>
        <source>Career pathway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target step or role profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pathway:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Current step:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This pathway has capabilities, not steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its first role profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not on this pathway yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The step after my current one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role profile: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>waymark::gui::PlanItemDialog</name>
    <message>
        <source>Add to the learning plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning plan activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Activity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the pathway&apos;s learning offer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Target date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find items by their wording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find items this activity works towards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Works towards these items:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items this activity works towards; tick each one</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>waymark::gui::PlanListModel</name>
    <message>
        <source>From the pathway&apos;s learning offer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>waymark::gui::PlanView</name>
    <message>
        <source>Your &amp;learning plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add activity…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add from a learning &amp;offer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mark done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No learning planned yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan the learning that closes your gaps: a course, shadowing, a project. The learning offers of your pathway are a good place to start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add from a learning offer…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>waymark::gui::PortfolioChanges</name>
    <message>
        <source>Not saved: the record is no longer in the portfolio (was it removed in another window?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add role “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit role “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove role “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed the role “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add award “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove award “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed the award “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add evidence “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit evidence “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete evidence “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove attachment “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed the attachment “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map “%1” to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unmap “%1” from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit supervision of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add “%1” to the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit plan item “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove “%1” from the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed “%1” from the learning plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log CPD “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit CPD “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove CPD “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed “%1” from the CPD log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit CPD profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the names to look for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the note on “%1” for %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>waymark::gui::PortfolioSession</name>
    <message>
        <source>%1 is damaged (the integrity check found: %2).

You can read it, but Waymark will not save anything to it. Restore it from a backup or an exported archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pathway &quot;%1&quot; is not loaded, so its items cannot be judged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>waymark::gui::PrivateNamesDialog</name>
    <message>
        <source>Names to look for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The names of people who use services, one a line. Before anything is exported, every text the PDF shows is checked for them. The list stays in your portfolio and is never exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Names:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>waymark::gui::ProfileView</name>
    <message>
        <source>About you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profession</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;rofession:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Qualified on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post-qualifying experience is counted from this date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor&apos;s role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each field is saved as soon as you leave it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add role…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awards and qualifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a&amp;ward…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role not removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Award not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Award not removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;gistered with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration num&amp;ber:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;upervisor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Superv&amp;isor&apos;s role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit ro&amp;le…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rem&amp;ove award</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>waymark::gui::ProgressModel</name>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 items have evidence mapped to them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 items are signed off as reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step or group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed off</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>waymark::gui::ProgressView</name>
    <message>
        <source>Items reached per step, month by month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Timeline: evidence and judgements, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline of evidence and judgements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Enter or double-click to open the evidence, or the item judged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose your pathway in your profile to see your progress along it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing recorded yet: your progress on %1 shows here as you add evidence and your supervisor signs items off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items signed off as reached on each step of %1, at the end of each month (of every few months over a long span), as a panel would have judged on that day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (of %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>waymark::gui::PurgeDialog</name>
    <message>
        <source>Purge deleted evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted evidence can be restored, so it stays in your portfolio file, with every version, and in archives you export. Purge evidence that holds what must not be kept, such as personal data written by mistake: it is gone for good. Judgements that relied on it keep a note that it was there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deleted evidence (tick what to purge):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Purge permanently…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No deleted evidence: there is nothing to purge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Purge %n evidence record(s) for good? This cannot be undone.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1

Nothing was purged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>waymark::gui::ReadinessModel</name>
    <message>
        <source>Learning that would help: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Met since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Will be met on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>waymark::gui::ReconfirmDialog</name>
    <message>
        <source>Re-confirm: still reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (signed off by %1 on %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;The evidence these items were signed off on was edited, deleted or had its attachments changed since. Until a supervisor re-confirms them, readiness does not count them as reached.&lt;/p&gt;&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;Re-confirming records a new “reached” judgement on the evidence as it is now.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor&apos;s role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the re-confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment on the re-confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: why it is still reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-con&amp;firm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A re-confirmation needs the name of the person making it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

Nothing was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>waymark::gui::RegulatorStatus</name>
    <message>
        <source>%1 CPD · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not met</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>waymark::gui::RoleDialog</name>
    <message>
        <source>Add a role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit a role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Grade:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Started:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave unticked while this is your current role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;I supervised others in this role</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>waymark::gui::RoleListModel</name>
    <message>
        <source>current</source>
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
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervised others</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>waymark::gui::SessionDialog</name>
    <message>
        <source>New supervision session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervision session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Supervisor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor&apos;s role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find items by their wording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find items discussed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items discussed; tick each one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Items discussed:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>waymark::gui::SessionListModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items discussed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>waymark::gui::SignOffDialog</name>
    <message>
        <source>Record a sign-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the supervisor: tick the items you have judged, then record whether each is reached. A judgement is kept as it is recorded; a correction is a later judgement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find items by their wording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find items to judge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items to judge; tick each one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Judgement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;eached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ot yet reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor&apos;s role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Team manager, Practice supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the judgement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervision session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in a recorded session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 with %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Session:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment on the judgement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the evidence shows, or what is still needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an item to see its evidence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence for “%1” (%2):</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) ticked</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Tick at least one item to judge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A judgement needs the name of the person making it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) have no evidence mapped to them:

• %1

Sign them off as reached without evidence? They will be shown as &quot;reached, without evidence&quot; in the matrix and the panel PDF.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1

Nothing was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Recorded. %n judgement(s) are dated before a later judgement of the same item, so they are kept in the history but do not change the verdict:

• %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Record &amp;judgement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in to the team server: the sign-off is recorded as you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence mapped to the selected item, with what each shows of it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose &quot;Reached&quot; or &quot;Not yet reached&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) have no evidence mapped to them:

• %1

To sign them off as reached without evidence, say in the comment what they were judged on.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>waymark::gui::StatusNotice</name>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the last change</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>waymark::gui::SupervisionView</name>
    <message>
        <source>New supervision &amp;session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record &amp;sign-off…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a supervisor&apos;s judgement on one or several items (Ctrl+Shift+J)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervision sessio&amp;ns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervision sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes of the selected session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a session to read its notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Judgements, newest first (kept as recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every judgement recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Enter or double-click to show the item in the matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No supervision sessions recorded yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record each supervision: the date, who supervised, and what was discussed and agreed. Sign-offs can then say which session they were made in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a supervision session…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>waymark::gui::TargetChoiceModel</name>
    <message>
        <source>Your target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role profile: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>waymark::gui::TimelineModel</name>
    <message>
        <source>Evidence: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By or kind</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
