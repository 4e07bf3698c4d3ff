<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ReviewCommands</name>
    <message>
        <source>Verify target</source>
        <translation>Verify target</translation>
    </message>
    <message>
        <source>Reject target</source>
        <translation>Reject target</translation>
    </message>
    <message>
        <source>Mark target edited</source>
        <translation>Mark target edited</translation>
    </message>
    <message>
        <source>Reset target review</source>
        <translation>Reset target review</translation>
    </message>
    <message>
        <source>Edit target</source>
        <translation>Edit target</translation>
    </message>
    <message>
        <source>Add target</source>
        <translation>Add target</translation>
    </message>
    <message>
        <source>Edit statistic</source>
        <translation>Edit statistic</translation>
    </message>
</context>
<context>
    <name>StatisticsRepository</name>
    <message>
        <source>Cannot change statistic %1: %2</source>
        <translation>Cannot change statistic %1: %2</translation>
    </message>
    <message>
        <source>no such row</source>
        <translation>no such row</translation>
    </message>
</context>
<context>
    <name>TargetRepository</name>
    <message>
        <source>Cannot save the target: %1</source>
        <translation>Cannot save the target: %1</translation>
    </message>
    <message>
        <source>Cannot delete target %1: %2</source>
        <translation>Cannot delete target %1: %2</translation>
    </message>
    <message>
        <source>Cannot set the review status of target %1: %2</source>
        <translation>Cannot set the review status of target %1: %2</translation>
    </message>
    <message>
        <source>no such target</source>
        <translation>no such target</translation>
    </message>
    <message>
        <source>Cannot change target %1: %2</source>
        <translation>Cannot change target %1: %2</translation>
    </message>
    <message>
        <source>Cannot start a transaction: %1</source>
        <translation>Cannot start a transaction: %1</translation>
    </message>
    <message>
        <source>Cannot replace the extracted targets: %1</source>
        <translation>Cannot replace the extracted targets: %1</translation>
    </message>
    <message>
        <source>Cannot save the extracted targets: %1</source>
        <translation>Cannot save the extracted targets: %1</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Cannot open workspace %1: it is not a file.</source>
        <translation>Cannot open workspace %1: it is not a file.</translation>
    </message>
    <message>
        <source>Cannot open workspace %1: %2</source>
        <translation>Cannot open workspace %1: %2</translation>
    </message>
    <message>
        <source>Cannot open workspace %1: it is not a PolicyLens workspace (%2).</source>
        <translation>Cannot open workspace %1: it is not a PolicyLens workspace (%2).</translation>
    </message>
    <message>
        <source>Cannot open workspace %1: it was written by a newer PolicyLens (format %2; this version reads up to %3). It was not modified.</source>
        <translation>Cannot open workspace %1: it was written by a newer PolicyLens (format %2; this version reads up to %3). It was not modified.</translation>
    </message>
    <message>
        <source>Cannot open workspace %1: it is an SQLite database but not a PolicyLens workspace. It was not modified.</source>
        <translation>Cannot open workspace %1: it is an SQLite database but not a PolicyLens workspace. It was not modified.</translation>
    </message>
    <message>
        <source>Cannot upgrade workspace %1: %2</source>
        <translation>Cannot upgrade workspace %1: %2</translation>
    </message>
    <message>
        <source>Cannot upgrade workspace %1 to format %2: %3</source>
        <translation>Cannot upgrade workspace %1 to format %2: %3</translation>
    </message>
    <message>
        <source>The built-in region list is missing (%1).</source>
        <translation>The built-in region list is missing (%1).</translation>
    </message>
    <message>
        <source>Cannot store the region list: %1</source>
        <translation>Cannot store the region list: %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Workspace file to use.</source>
        <translation>Workspace file to use.</translation>
    </message>
    <message>
        <source>Language of messages and output: zh or en.</source>
        <translation>Language of messages and output: zh or en.</translation>
    </message>
    <message>
        <source>Usage: policylens [SUBCOMMAND] [options]

Without a subcommand, opens the workbench.

Subcommands:
</source>
        <translation>Usage: policylens [SUBCOMMAND] [options]

Without a subcommand, opens the workbench.

Subcommands:
</translation>
    </message>
    <message>
        <source>Example: %1</source>
        <translation>Example: %1</translation>
    </message>
    <message>
        <source>
Common options:
  --db FILE    workspace file (default: %1)
  --json       machine-readable output, one JSON object a line
  --lang LANG  zh or en
  --help, --version
</source>
        <translation>
Common options:
  --db FILE    workspace file (default: %1)
  --json       machine-readable output, one JSON object a line
  --lang LANG  zh or en
  --help, --version
</translation>
    </message>
    <message>
        <source>Machine-readable output.</source>
        <translation>Machine-readable output.</translation>
    </message>
    <message>
        <source>Unknown subcommand &quot;%1&quot;. Run policylens --help.</source>
        <translation>Unknown subcommand &quot;%1&quot;. Run policylens --help.</translation>
    </message>
</context>
<context>
    <name>policylens::AddTargetDialog</name>
    <message>
        <source>Add target</source>
        <translation>Add target</translation>
    </message>
    <message>
        <source>Selected text:</source>
        <translation>Selected text:</translation>
    </message>
    <message>
        <source>Indicator:</source>
        <translation>Indicator:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <source>Comparator:</source>
        <translation>Comparator:</translation>
    </message>
    <message>
        <source>Value (base unit):</source>
        <translation>Value (base unit):</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>Unit:</translation>
    </message>
    <message>
        <source>Counter word:</source>
        <translation>Counter word:</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>Year:</translation>
    </message>
    <message>
        <source>In yuan, percent, PFLOPS or a plain count; 3000亿 and 300 billion are understood.</source>
        <translation>In yuan, percent, PFLOPS or a plain count; 3000亿 and 300 billion are understood.</translation>
    </message>
</context>
<context>
    <name>policylens::ComparePlaceholder</name>
    <message>
        <source>Charts comparing regions&apos; targets and statistics come next.</source>
        <translation>Charts comparing regions&apos; targets and statistics come next.</translation>
    </message>
</context>
<context>
    <name>policylens::DocumentViewer</name>
    <message>
        <source>Add target from selection…</source>
        <translation>Add target from selection…</translation>
    </message>
</context>
<context>
    <name>policylens::DocumentsModel</name>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Issuer</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Targets</translation>
    </message>
</context>
<context>
    <name>policylens::DocumentsView</name>
    <message>
        <source>Select the number and its unit in the document text first.</source>
        <translation>Select the number and its unit in the document text first.</translation>
    </message>
    <message>
        <source>Filter by title, issuer or document number</source>
        <translation>Filter by title, issuer or document number</translation>
    </message>
    <message>
        <source>Search the full text (Enter)</source>
        <translation>Search the full text (Enter)</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Search results</translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) found for “%1”</source>
        <translation>
            <numerusform>%n place found for “%1”</numerusform>
            <numerusform>%n places found for “%1”</numerusform>
        </translation>
    </message>
    <message>
        <source>No document open</source>
        <translation>No document open</translation>
    </message>
    <message>
        <source>Targets in this document: %1</source>
        <translation>Targets in this document: %1</translation>
    </message>
    <message>
        <source>Add target from selection…</source>
        <translation>Add target from selection…</translation>
    </message>
    <message>
        <source>Select a number with its unit in the text, then add it as a target.</source>
        <translation>Select a number with its unit in the text, then add it as a target.</translation>
    </message>
</context>
<context>
    <name>policylens::ImportController</name>
    <message>
        <source>Importing documents</source>
        <translation>Importing documents</translation>
    </message>
    <message>
        <source>Importing statistics</source>
        <translation>Importing statistics</translation>
    </message>
    <message>
        <source>Preparing…</source>
        <translation>Preparing…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Cancelling after the current file…</source>
        <translation>Cancelling after the current file…</translation>
    </message>
    <message>
        <source>Importing %1 (%2 of %3)</source>
        <translation>Importing %1 (%2 of %3)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Import finished</translation>
    </message>
    <message>
        <source>Import cancelled. </source>
        <translation>Import cancelled. </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) imported</source>
        <translation>
            <numerusform>%n file imported</numerusform>
            <numerusform>%n files imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s) skipped</source>
        <translation>
            <numerusform>%n duplicate skipped</numerusform>
            <numerusform>%n duplicates skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) rejected.</source>
        <translation>
            <numerusform>%n file rejected.</numerusform>
            <numerusform>%n files rejected.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>policylens::MainWindow</name>
    <message>
        <source>About PolicyLens</source>
        <translation>About PolicyLens</translation>
    </message>
    <message>
        <source>PolicyLens %1
Quantitative targets in AI-industry policy documents.</source>
        <translation>PolicyLens %1
Quantitative targets in AI-industry policy documents.</translation>
    </message>
    <message>
        <source>Importing is not available in this build yet.</source>
        <translation>Importing is not available in this build yet.</translation>
    </message>
    <message>
        <source>An import is already running.</source>
        <translation>An import is already running.</translation>
    </message>
    <message>
        <source>New workspace</source>
        <translation>New workspace</translation>
    </message>
    <message>
        <source>PolicyLens workspaces (*.policylens)</source>
        <translation>PolicyLens workspaces (*.policylens)</translation>
    </message>
    <message>
        <source>Cannot replace %1: the file cannot be removed.</source>
        <translation>Cannot replace %1: the file cannot be removed.</translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation>Open workspace</translation>
    </message>
    <message>
        <source>PolicyLens workspaces (*.policylens);;All files (*)</source>
        <translation>PolicyLens workspaces (*.policylens);;All files (*)</translation>
    </message>
    <message>
        <source>Save a copy of the workspace</source>
        <translation>Save a copy of the workspace</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Save a copy</translation>
    </message>
    <message>
        <source>Saved a copy to %1</source>
        <translation>Saved a copy to %1</translation>
    </message>
    <message>
        <source>Import documents</source>
        <translation>Import documents</translation>
    </message>
    <message>
        <source>Policy documents (*.txt *.html *.htm *.pdf *.docx *.md);;All files (*)</source>
        <translation>Policy documents (*.txt *.html *.htm *.pdf *.docx *.md);;All files (*)</translation>
    </message>
    <message>
        <source>Import statistics</source>
        <translation>Import statistics</translation>
    </message>
    <message>
        <source>Statistics tables (*.csv *.xlsx)</source>
        <translation>Statistics tables (*.csv *.xlsx)</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Untitled</translation>
    </message>
    <message>
        <source>%1 — PolicyLens</source>
        <translation>%1 — PolicyLens</translation>
    </message>
    <message>
        <source>In-memory workspace</source>
        <translation>In-memory workspace</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Targets</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Statistics</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Compare</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;New Workspace…</source>
        <translation>&amp;New Workspace…</translation>
    </message>
    <message>
        <source>&amp;Open Workspace…</source>
        <translation>&amp;Open Workspace…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Open &amp;Recent</translation>
    </message>
    <message>
        <source>Save &amp;As Copy…</source>
        <translation>Save &amp;As Copy…</translation>
    </message>
    <message>
        <source>Import &amp;Documents…</source>
        <translation>Import &amp;Documents…</translation>
    </message>
    <message>
        <source>Import &amp;Statistics…</source>
        <translation>Import &amp;Statistics…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Verify Target</source>
        <translation>&amp;Verify Target</translation>
    </message>
    <message>
        <source>&amp;Reject Target</source>
        <translation>&amp;Reject Target</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About PolicyLens</source>
        <translation>&amp;About PolicyLens</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Undo %1</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Redo %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>Import a folder of documents</source>
        <translation>Import a folder of documents</translation>
    </message>
    <message>
        <source>Import &amp;Folder…</source>
        <translation>Import &amp;Folder…</translation>
    </message>
</context>
<context>
    <name>policylens::RegionTreeModel</name>
    <message>
        <source>Regions</source>
        <translation>Regions</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>Years</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) issued for this region</source>
        <translation>
            <numerusform>%n document issued for this region</numerusform>
            <numerusform>%n documents issued for this region</numerusform>
        </translation>
    </message>
    <message>
        <source>Browse</source>
        <translation>Browse</translation>
    </message>
</context>
<context>
    <name>policylens::ReviewService</name>
    <message>
        <source>Target %1 does not exist in this workspace.</source>
        <translation>Target %1 does not exist in this workspace.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid value for this field.</source>
        <translation>&quot;%1&quot; is not a valid value for this field.</translation>
    </message>
    <message>
        <source>Select the number in the document text first.</source>
        <translation>Select the number in the document text first.</translation>
    </message>
    <message>
        <source>Document %1 does not exist in this workspace.</source>
        <translation>Document %1 does not exist in this workspace.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number.</source>
        <translation>&quot;%1&quot; is not a number.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid year.</source>
        <translation>&quot;%1&quot; is not a valid year.</translation>
    </message>
    <message>
        <source>Statistic %1 does not exist in this workspace.</source>
        <translation>Statistic %1 does not exist in this workspace.</translation>
    </message>
</context>
<context>
    <name>policylens::StatisticsModel</name>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
</context>
<context>
    <name>policylens::StatisticsView</name>
    <message>
        <source>Published figures by region, indicator and year. Double-click a value, unit, year or source to correct it; Ctrl+Z undoes.</source>
        <translation>Published figures by region, indicator and year. Double-click a value, unit, year or source to correct it; Ctrl+Z undoes.</translation>
    </message>
    <message>
        <source>Import CSV/XLSX…</source>
        <translation>Import CSV/XLSX…</translation>
    </message>
    <message>
        <source>Import statistics from CSV or Excel files.</source>
        <translation>Import statistics from CSV or Excel files.</translation>
    </message>
    <message>
        <source>Statistics import is not available in this build yet.</source>
        <translation>Statistics import is not available in this build yet.</translation>
    </message>
</context>
<context>
    <name>policylens::TargetEditor</name>
    <message>
        <source>Edit target</source>
        <translation>Edit target</translation>
    </message>
    <message>
        <source>Indicator:</source>
        <translation>Indicator:</translation>
    </message>
    <message>
        <source>Comparator:</source>
        <translation>Comparator:</translation>
    </message>
    <message>
        <source>Value:</source>
        <translation>Value:</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>Unit:</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>Year:</translation>
    </message>
    <message>
        <source>In base units; 3000亿 and 300 billion are understood.</source>
        <translation>In base units; 3000亿 and 300 billion are understood.</translation>
    </message>
    <message>
        <source>Apply changes</source>
        <translation>Apply changes</translation>
    </message>
</context>
<context>
    <name>policylens::TargetsModel</name>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Incentive</source>
        <translation>Incentive</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Baseline</translation>
    </message>
    <message>
        <source>Unreviewed</source>
        <translation>Unreviewed</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Verified</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Edited</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Comparator</source>
        <translation>Comparator</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Review status</source>
        <translation>Review status</translation>
    </message>
    <message>
        <source>Source sentence</source>
        <translation>Source sentence</translation>
    </message>
</context>
<context>
    <name>policylens::TargetsView</name>
    <message>
        <source>All regions</source>
        <translation>All regions</translation>
    </message>
    <message>
        <source>All indicators</source>
        <translation>All indicators</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>All years</translation>
    </message>
    <message>
        <source>Any review status</source>
        <translation>Any review status</translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>%1 of %2 shown</translation>
    </message>
    <message>
        <source>Select a target to see its source sentence.</source>
        <translation>Select a target to see its source sentence.</translation>
    </message>
    <message>
        <source>Text in sentence or title</source>
        <translation>Text in sentence or title</translation>
    </message>
    <message>
        <source>Source sentence</source>
        <translation>Source sentence</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Verify</translation>
    </message>
    <message>
        <source>Mark this target as checked against the source.</source>
        <translation>Mark this target as checked against the source.</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Reject</translation>
    </message>
    <message>
        <source>Mark this target as wrongly extracted.</source>
        <translation>Mark this target as wrongly extracted.</translation>
    </message>
    <message>
        <source>Unreview</source>
        <translation>Unreview</translation>
    </message>
    <message>
        <source>Show in document</source>
        <translation>Show in document</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Target year</source>
        <translation>Target year</translation>
    </message>
    <message>
        <source>Review status</source>
        <translation>Review status</translation>
    </message>
</context>
<context>
    <name>policylens::WorkspaceSession</name>
    <message>
        <source>Cannot replace %1: the file cannot be removed.</source>
        <translation>Cannot replace %1: the file cannot be removed.</translation>
    </message>
    <message>
        <source>Cannot save a copy to %1: %2</source>
        <translation>Cannot save a copy to %1: %2</translation>
    </message>
</context>
</TS>
