<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
        <name>AtomicFile</name>
        <message>
            <source>Cannot write %1: %2</source>
            <translation>Cannot write %1: %2</translation>
        </message>
</context>
<context>
        <name>Catalog</name>
        <message>
            <source>Region unknown</source>
            <translation>Region unknown</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
</context>
<context>
        <name>ChartCommand</name>
        <message>
            <source>Draw a comparison chart to PNG, SVG or PDF (or its data to CSV / XLSX).</source>
            <translation>Draw a comparison chart to PNG, SVG or PDF (or its data to CSV / XLSX).</translation>
        </message>
        <message>
            <source>Indicator key (needed by compare and progress; for incentives, one instrument).</source>
            <translation>Indicator key (needed by compare and progress; for incentives, one instrument).</translation>
        </message>
        <message>
            <source>Comma-separated region codes or names; default: every city with data.</source>
            <translation>Comma-separated region codes or names; default: every city with data.</translation>
        </message>
        <message>
            <source>First year shown.</source>
            <translation>First year shown.</translation>
        </message>
        <message>
            <source>Last year shown.</source>
            <translation>Last year shown.</translation>
        </message>
        <message>
            <source>Width in pixels at 96 DPI (default 1200).</source>
            <translation>Width in pixels at 96 DPI (default 1200).</translation>
        </message>
        <message>
            <source>Height in pixels at 96 DPI (default 750).</source>
            <translation>Height in pixels at 96 DPI (default 750).</translation>
        </message>
        <message>
            <source>PNG resolution; the image gets width×dpi/96 pixels (default 96).</source>
            <translation>PNG resolution; the image gets width×dpi/96 pixels (default 96).</translation>
        </message>
        <message>
            <source>Output file: .png, .svg, .pdf, or .csv / .xlsx for the chart's data.</source>
            <translation>Output file: .png, .svg, .pdf, or .csv / .xlsx for the chart's data.</translation>
        </message>
        <message>
            <source>Give the output file with --out FILE.png|svg|pdf|csv|xlsx.</source>
            <translation>Give the output file with --out FILE.png|svg|pdf|csv|xlsx.</translation>
        </message>
        <message>
            <source>The %1 chart needs --indicator KEY.</source>
            <translation>The %1 chart needs --indicator KEY.</translation>
        </message>
        <message>
            <source>--width and --height must be at least 100 and --dpi between 24 and 1200.</source>
            <translation>--width and --height must be at least 100 and --dpi between 24 and 1200.</translation>
        </message>
        <message>
            <source>--%1 must be a year, not "%2".</source>
            <translation>--%1 must be a year, not "%2".</translation>
        </message>
        <message>
            <source>Warning: no data for this selection; the chart is empty.</source>
            <translation>Warning: no data for this selection; the chart is empty.</translation>
        </message>
        <message>
            <source>Wrote %1</source>
            <translation>Wrote %1</translation>
        </message>
        <message>
            <source>Chart: compare, progress, coverage, timeline, incentives or instruments.</source>
            <translation>Chart: compare, progress, coverage, timeline, incentives or instruments.</translation>
        </message>
        <message>
            <source>Unknown chart type "%1": use compare, progress, coverage, timeline, incentives or instruments.</source>
            <translation>Unknown chart type "%1": use compare, progress, coverage, timeline, incentives or instruments.</translation>
        </message>
        <message>
            <source>Unknown indicator "%1". Valid keys: %2.</source>
            <translation>Unknown indicator "%1". Valid keys: %2.</translation>
        </message>
</context>
<context>
        <name>ChartExporter</name>
        <message>
            <source>Chart exported by PolicyLens</source>
            <translation>Chart exported by PolicyLens</translation>
        </message>
        <message>
            <source>Cannot write %1: the size %2×%3 is out of range (16 to 20000 pixels).</source>
            <translation>Cannot write %1: the size %2×%3 is out of range (16 to 20000 pixels).</translation>
        </message>
        <message>
            <source>Cannot write %1: unknown image format "%2" (use .png, .svg or .pdf).</source>
            <translation>Cannot write %1: unknown image format "%2" (use .png, .svg or .pdf).</translation>
        </message>
        <message>
            <source>Cannot write %1: the chart could not be rendered.</source>
            <translation>Cannot write %1: the chart could not be rendered.</translation>
        </message>
</context>
<context>
        <name>CliSupport</name>
        <message>
            <source>Cannot open workspace %1: no such file.</source>
            <translation>Cannot open workspace %1: no such file.</translation>
        </message>
        <message>
            <source>Unknown city "%1": give a region code (beijing) or a name (北京, Beijing).</source>
            <translation>Unknown city "%1": give a region code (beijing) or a name (北京, Beijing).</translation>
        </message>
</context>
<context>
        <name>CodebookRepository</name>
        <message>
            <source>Cannot store the codebook: %1</source>
            <translation>Cannot store the codebook: %1</translation>
        </message>
        <message>
            <source>Cannot add code "%1": %2</source>
            <translation>Cannot add code "%1": %2</translation>
        </message>
        <message>
            <source>the key is empty</source>
            <translation>the key is empty</translation>
        </message>
        <message>
            <source>Cannot add codebook "%1": %2</source>
            <translation>Cannot add codebook "%1": %2</translation>
        </message>
        <message>
            <source>Cannot rename code %1: %2</source>
            <translation>Cannot rename code %1: %2</translation>
        </message>
        <message>
            <source>no such code</source>
            <translation>no such code</translation>
        </message>
        <message>
            <source>Cannot change the keywords of code %1: %2</source>
            <translation>Cannot change the keywords of code %1: %2</translation>
        </message>
        <message>
            <source>Cannot merge code %1 into code %2: both must exist and differ.</source>
            <translation>Cannot merge code %1 into code %2: both must exist and differ.</translation>
        </message>
        <message>
            <source>Cannot merge codes: %1</source>
            <translation>Cannot merge codes: %1</translation>
        </message>
</context>
<context>
        <name>CodedCorpus</name>
        <message>
            <source>Cannot read the coded documents: %1</source>
            <translation>Cannot read the coded documents: %1</translation>
        </message>
        <message>
            <source>Cannot read document %1: %2</source>
            <translation>Cannot read document %1: %2</translation>
        </message>
</context>
<context>
        <name>CodingExport</name>
        <message>
            <source>Cannot write %1: use a .qdpx, .csv or .xlsx file.</source>
            <translation>Cannot write %1: use a .qdpx, .csv or .xlsx file.</translation>
        </message>
        <message>
            <source>Cannot write %1: %2</source>
            <translation>Cannot write %1: %2</translation>
        </message>
</context>
<context>
        <name>CodingReason</name>
        <message>
            <source>cue “%1”</source>
            <translation>cue “%1”</translation>
        </message>
        <message>
            <source>“%1” acts on “%2”</source>
            <translation>“%1” acts on “%2”</translation>
        </message>
        <message>
            <source>mentions “%1”</source>
            <translation>mentions “%1”</translation>
        </message>
        <message>
            <source>“%1” under a heading about it</source>
            <translation>“%1” under a heading about it</translation>
        </message>
        <message>
            <source>states the target “%1”</source>
            <translation>states the target “%1”</translation>
        </message>
        <message>
            <source>sets the deadline “%1”</source>
            <translation>sets the deadline “%1”</translation>
        </message>
        <message>
            <source>states a goal</source>
            <translation>states a goal</translation>
        </message>
</context>
<context>
        <name>CodingRepository</name>
        <message>
            <source>Cannot save the coding: %1</source>
            <translation>Cannot save the coding: %1</translation>
        </message>
        <message>
            <source>the selection is empty</source>
            <translation>the selection is empty</translation>
        </message>
        <message>
            <source>Cannot delete coding %1: %2</source>
            <translation>Cannot delete coding %1: %2</translation>
        </message>
        <message>
            <source>no such coding</source>
            <translation>no such coding</translation>
        </message>
        <message>
            <source>Cannot set the review state of coding %1: %2</source>
            <translation>Cannot set the review state of coding %1: %2</translation>
        </message>
        <message>
            <source>Cannot re-code document %1: %2</source>
            <translation>Cannot re-code document %1: %2</translation>
        </message>
        <message>
            <source>Cannot store the codings of document %1: %2</source>
            <translation>Cannot store the codings of document %1: %2</translation>
        </message>
</context>
<context>
        <name>CodingService</name>
        <message>
            <source>Add coding</source>
            <translation>Add coding</translation>
        </message>
        <message>
            <source>Change code</source>
            <translation>Change code</translation>
        </message>
        <message>
            <source>Accept coding</source>
            <translation>Accept coding</translation>
        </message>
        <message>
            <source>Reject coding</source>
            <translation>Reject coding</translation>
        </message>
        <message>
            <source>Reset coding review</source>
            <translation>Reset coding review</translation>
        </message>
</context>
<context>
        <name>CompareRepository</name>
        <message>
            <source>Cannot list the regions of the workspace: %1</source>
            <translation>Cannot list the regions of the workspace: %1</translation>
        </message>
        <message>
            <source>Cannot read the regions: %1</source>
            <translation>Cannot read the regions: %1</translation>
        </message>
        <message>
            <source>Cannot look up the region "%1": %2</source>
            <translation>Cannot look up the region "%1": %2</translation>
        </message>
        <message>
            <source>Cannot list the indicators: %1</source>
            <translation>Cannot list the indicators: %1</translation>
        </message>
        <message>
            <source>Cannot read the indicator "%1": %2</source>
            <translation>Cannot read the indicator "%1": %2</translation>
        </message>
        <message>
            <source>Cannot read the targets: %1</source>
            <translation>Cannot read the targets: %1</translation>
        </message>
        <message>
            <source>Cannot read the statistics: %1</source>
            <translation>Cannot read the statistics: %1</translation>
        </message>
        <message>
            <source>Cannot read the documents: %1</source>
            <translation>Cannot read the documents: %1</translation>
        </message>
        <message>
            <source>Cannot count the targets: %1</source>
            <translation>Cannot count the targets: %1</translation>
        </message>
        <message>
            <source>Cannot list the statistics sources: %1</source>
            <translation>Cannot list the statistics sources: %1</translation>
        </message>
        <message>
            <source>Cannot count the documents: %1</source>
            <translation>Cannot count the documents: %1</translation>
        </message>
</context>
<context>
        <name>DocumentGenre</name>
        <message>
            <source>Plan</source>
            <translation>Plan</translation>
        </message>
        <message>
            <source>Support measures</source>
            <translation>Support measures</translation>
        </message>
        <message>
            <source>Regulation</source>
            <translation>Regulation</translation>
        </message>
        <message>
            <source>Work report</source>
            <translation>Work report</translation>
        </message>
        <message>
            <source>Statistics release</source>
            <translation>Statistics release</translation>
        </message>
        <message>
            <source>News</source>
            <translation>News</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Other</translation>
        </message>
</context>
<context>
        <name>DocumentReader</name>
        <message>
            <source>the file does not exist</source>
            <translation>the file does not exist</translation>
        </message>
        <message>
            <source>it is not a regular file</source>
            <translation>it is not a regular file</translation>
        </message>
        <message>
            <source>it is %L1 MB, larger than the limit of %L2 MB</source>
            <translation>it is %L1 MB, larger than the limit of %L2 MB</translation>
        </message>
        <message>
            <source>it cannot be read (%1)</source>
            <translation>it cannot be read (%1)</translation>
        </message>
        <message>
            <source>it is larger than the limit of %L1 MB</source>
            <translation>it is larger than the limit of %L1 MB</translation>
        </message>
        <message>
            <source>it is empty</source>
            <translation>it is empty</translation>
        </message>
        <message>
            <source>it is a statistics table, not a document; import it with "policylens stats import"</source>
            <translation>it is a statistics table, not a document; import it with "policylens stats import"</translation>
        </message>
        <message>
            <source>old binary Word (.doc) files are not supported; save it as .docx</source>
            <translation>old binary Word (.doc) files are not supported; save it as .docx</translation>
        </message>
        <message>
            <source>it contains no text (empty document)</source>
            <translation>it contains no text (empty document)</translation>
        </message>
        <message>
            <source>its text is longer than the limit of %L1 characters</source>
            <translation>its text is longer than the limit of %L1 characters</translation>
        </message>
</context>
<context>
        <name>DocumentRepository</name>
        <message>
            <source>Cannot change document %1: %2</source>
            <translation>Cannot change document %1: %2</translation>
        </message>
        <message>
            <source>no such document</source>
            <translation>no such document</translation>
        </message>
</context>
<context>
        <name>DocumentStore</name>
        <message>
            <source>the workspace cannot start a transaction: %1</source>
            <translation>the workspace cannot start a transaction: %1</translation>
        </message>
        <message>
            <source>target extraction failed</source>
            <translation>target extraction failed</translation>
        </message>
        <message>
            <source>document %1 does not exist</source>
            <translation>document %1 does not exist</translation>
        </message>
</context>
<context>
        <name>DocumentText</name>
        <message>
            <source>%1: rejected: %2</source>
            <translation>%1: rejected: %2</translation>
        </message>
</context>
<context>
        <name>DocumentType</name>
        <message>
            <source>Unknown</source>
            <translation>Unknown</translation>
        </message>
        <message>
            <source>Draft</source>
            <translation>Draft</translation>
        </message>
        <message>
            <source>Final</source>
            <translation>Final</translation>
        </message>
</context>
<context>
        <name>DocumentsCommand</name>
        <message>
            <source>List the documents of the workspace.</source>
            <translation>List the documents of the workspace.</translation>
        </message>
        <message>
            <source>The workspace %1 has no documents yet.</source>
            <translation>The workspace %1 has no documents yet.</translation>
        </message>
        <message>
            <source>ID</source>
            <translation>ID</translation>
        </message>
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
            <source>Encoding</source>
            <translation>Encoding</translation>
        </message>
        <message>
            <source>Characters</source>
            <translation>Characters</translation>
        </message>
        <message>
            <source>Nothing to list; "set ID" to correct a document.</source>
            <translation>Nothing to list; "set ID" to correct a document.</translation>
        </message>
        <message>
            <source>With set: the title.</source>
            <translation>With set: the title.</translation>
        </message>
        <message>
            <source>With set: the issuer.</source>
            <translation>With set: the issuer.</translation>
        </message>
        <message>
            <source>With set: region key or name (policylens regions); '' for unknown.</source>
            <translation>With set: region key or name (policylens regions); '' for unknown.</translation>
        </message>
        <message>
            <source>With set: publication date, YYYY-MM-DD; '' for unknown.</source>
            <translation>With set: publication date, YYYY-MM-DD; '' for unknown.</translation>
        </message>
        <message>
            <source>With set: plan, measures, regulation, work_report, statistics, news or other.</source>
            <translation>With set: plan, measures, regulation, work_report, statistics, news or other.</translation>
        </message>
        <message>
            <source>With set: draft or final.</source>
            <translation>With set: draft or final.</translation>
        </message>
        <message>
            <source>Usage: policylens documents [set ID --region KEY --type TYPE ...]</source>
            <translation>Usage: policylens documents [set ID --region KEY --type TYPE ...]</translation>
        </message>
        <message>
            <source>Document %1 does not exist in %2.</source>
            <translation>Document %1 does not exist in %2.</translation>
        </message>
        <message>
            <source>Edit document</source>
            <translation>Edit document</translation>
        </message>
        <message>
            <source>Document %1, --%2 "%3": %4</source>
            <translation>Document %1, --%2 "%3": %4</translation>
        </message>
        <message>
            <source>Nothing to set: give --title, --issuer, --region, --date, --type or --status.</source>
            <translation>Nothing to set: give --title, --issuer, --region, --date, --type or --status.</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
</context>
<context>
        <name>DocxImporter</name>
        <message>
            <source>it declares a DTD, which Word documents never contain (entities are not expanded)</source>
            <translation>it declares a DTD, which Word documents never contain (entities are not expanded)</translation>
        </message>
        <message>
            <source>its text is longer than the limit of %L1 characters</source>
            <translation>its text is longer than the limit of %L1 characters</translation>
        </message>
        <message>
            <source>the document is damaged (%1 at line %2)</source>
            <translation>the document is damaged (%1 at line %2)</translation>
        </message>
        <message>
            <source>it is not a Word document (not a ZIP package)</source>
            <translation>it is not a Word document (not a ZIP package)</translation>
        </message>
        <message>
            <source>it is not a Word document (no word/document.xml)</source>
            <translation>it is not a Word document (no word/document.xml)</translation>
        </message>
        <message>
            <source>it expands beyond the limit of %L1 MB when decompressed</source>
            <translation>it expands beyond the limit of %L1 MB when decompressed</translation>
        </message>
        <message>
            <source>the document is damaged (the ZIP package is corrupt)</source>
            <translation>the document is damaged (the ZIP package is corrupt)</translation>
        </message>
        <message>
            <source>the document is damaged (%1)</source>
            <translation>the document is damaged (%1)</translation>
        </message>
        <message>
            <source>the document is damaged (its XML ends prematurely)</source>
            <translation>the document is damaged (its XML ends prematurely)</translation>
        </message>
        <message>
            <source>its XML is nested deeper than the limit of %1 levels</source>
            <translation>its XML is nested deeper than the limit of %1 levels</translation>
        </message>
</context>
<context>
        <name>DocxWriter</name>
        <message>
            <source>The Word document could not be assembled (%1).</source>
            <translation>The Word document could not be assembled (%1).</translation>
        </message>
        <message>
            <source>The Word document could not be assembled (zip error %1).</source>
            <translation>The Word document could not be assembled (zip error %1).</translation>
        </message>
</context>
<context>
        <name>ExtractCommand</name>
        <message>
            <source>Extract quantitative targets, incentives and baselines from policy documents.</source>
            <translation>Extract quantitative targets, incentives and baselines from policy documents.</translation>
        </message>
        <message>
            <source>Publication date (YYYY-MM-DD) of the documents; resolves 今年/明年 and past years. Default: guessed from each text.</source>
            <translation>Publication date (YYYY-MM-DD) of the documents; resolves 今年/明年 and past years. Default: guessed from each text.</translation>
        </message>
        <message>
            <source>Extra indicator taxonomy (JSON) to load after the built-in one.</source>
            <translation>Extra indicator taxonomy (JSON) to load after the built-in one.</translation>
        </message>
        <message>
            <source>Documents to read.</source>
            <translation>Documents to read.</translation>
        </message>
        <message>
            <source>extract: no input files given</source>
            <translation>extract: no input files given</translation>
        </message>
        <message>
            <source>extract: --published needs a date as YYYY-MM-DD</source>
            <translation>extract: --published needs a date as YYYY-MM-DD</translation>
        </message>
</context>
<context>
        <name>HtmlImporter</name>
        <message>
            <source>its text is longer than the limit of %L1 characters</source>
            <translation>its text is longer than the limit of %L1 characters</translation>
        </message>
</context>
<context>
        <name>ImportCommand</name>
        <message>
            <source>Import documents (TXT, MD, HTML, PDF, DOCX; files or whole folders) into the workspace.</source>
            <translation>Import documents (TXT, MD, HTML, PDF, DOCX; files or whole folders) into the workspace.</translation>
        </message>
        <message>
            <source>Commit every N documents (default 1: each document is saved as soon as it is imported; more is faster, and a crash loses at most the last N).</source>
            <translation>Commit every N documents (default 1: each document is saved as soon as it is imported; more is faster, and a crash loses at most the last N).</translation>
        </message>
        <message>
            <source>Files or folders to import.</source>
            <translation>Files or folders to import.</translation>
        </message>
        <message>
            <source>Nothing to import: give one or more files or folders.</source>
            <translation>Nothing to import: give one or more files or folders.</translation>
        </message>
        <message>
            <source>--commit-every needs a positive number.</source>
            <translation>--commit-every needs a positive number.</translation>
        </message>
        <message>
            <source>%1: imported (document %2)</source>
            <translation>%1: imported (document %2)</translation>
        </message>
        <message>
            <source>%1: duplicate of document %2</source>
            <translation>%1: duplicate of document %2</translation>
        </message>
        <message>
            <source>%1: rejected: %2</source>
            <translation>%1: rejected: %2</translation>
        </message>
        <message numerus="yes">
            <source>%n document(s) imported</source>
            <translation>
                <numerusform>%n document imported</numerusform>
                <numerusform>%n documents imported</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n duplicate(s)</source>
            <translation>
                <numerusform>%n duplicate</numerusform>
                <numerusform>%n duplicates</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n rejected</source>
            <translation>
                <numerusform>%n rejected</numerusform>
                <numerusform>%n rejected</numerusform>
            </translation>
        </message>
        <message>
            <source>No documents found in %1.</source>
            <translation>No documents found in %1.</translation>
        </message>
</context>
<context>
        <name>ImportService</name>
        <message>
            <source>%1 was imported as document %2.</source>
            <translation>%1 was imported as document %2.</translation>
        </message>
        <message>
            <source>%1 is already in the workspace (document %2); skipped.</source>
            <translation>%1 is already in the workspace (document %2); skipped.</translation>
        </message>
        <message>
            <source>%1 was not imported: %2.</source>
            <translation>%1 was not imported: %2.</translation>
        </message>
        <message>
            <source>the workspace could not save it (%1)</source>
            <translation>the workspace could not save it (%1)</translation>
        </message>
        <message>
            <source>the workspace %1 could not store it; the disk may be full, read-only or failing (%2)</source>
            <translation>the workspace %1 could not store it; the disk may be full, read-only or failing (%2)</translation>
        </message>
</context>
<context>
        <name>IndicatorTaxonomy</name>
        <message>
            <source>%1: cannot open: %2</source>
            <translation>%1: cannot open: %2</translation>
        </message>
        <message>
            <source>%1: not a JSON object: %2</source>
            <translation>%1: not a JSON object: %2</translation>
        </message>
        <message>
            <source>%1: no "indicators" array</source>
            <translation>%1: no "indicators" array</translation>
        </message>
        <message>
            <source>%1: an indicator has no key</source>
            <translation>%1: an indicator has no key</translation>
        </message>
</context>
<context>
        <name>IndicatorsCommand</name>
        <message>
            <source>List the indicator keys with their Chinese and English names.</source>
            <translation>List the indicator keys with their Chinese and English names.</translation>
        </message>
</context>
<context>
        <name>InstrumentsCommand</name>
        <message>
            <source>%1: cannot open: %2</source>
            <translation>%1: cannot open: %2</translation>
        </message>
        <message>
            <source>%1: not a codebook: %2</source>
            <translation>%1: not a codebook: %2</translation>
        </message>
        <message>
            <source>Code every sentence of policy documents with policy instruments (supply, environment, demand).</source>
            <translation>Code every sentence of policy documents with policy instruments (supply, environment, demand).</translation>
        </message>
        <message>
            <source>Codebook (JSON) to code with instead of the built-in one.</source>
            <translation>Codebook (JSON) to code with instead of the built-in one.</translation>
        </message>
        <message>
            <source>Documents to read.</source>
            <translation>Documents to read.</translation>
        </message>
        <message>
            <source>instruments: no input files given</source>
            <translation>instruments: no input files given</translation>
        </message>
</context>
<context>
        <name>InstrumentsWorkspace</name>
        <message>
            <source>Usage: policylens instruments codebook add --key KEY --name-zh NAME --name-en NAME</source>
            <translation>Usage: policylens instruments codebook add --key KEY --name-zh NAME --name-en NAME</translation>
        </message>
        <message>
            <source>Usage: policylens instruments codebook add-code --codebook KEY --key KEY [--side SIDE] --name-zh NAME --name-en NAME --keywords A,B</source>
            <translation>Usage: policylens instruments codebook add-code --codebook KEY --key KEY [--side SIDE] --name-zh NAME --name-en NAME --keywords A,B</translation>
        </message>
        <message>
            <source>Usage: policylens instruments codebook rename|keywords|merge CODE ...; there is no code "%1".</source>
            <translation>Usage: policylens instruments codebook rename|keywords|merge CODE ...; there is no code "%1".</translation>
        </message>
        <message>
            <source>Usage: policylens instruments codebook merge FROM INTO</source>
            <translation>Usage: policylens instruments codebook merge FROM INTO</translation>
        </message>
        <message>
            <source>Unknown codebook action "%1": use list, add, add-code, rename, keywords or merge.</source>
            <translation>Unknown codebook action "%1": use list, add, add-code, rename, keywords or merge.</translation>
        </message>
        <message>
            <source>Unknown review state "%1": use accepted, rejected or unreviewed.</source>
            <translation>Unknown review state "%1": use accepted, rejected or unreviewed.</translation>
        </message>
        <message>
            <source>--document must be a document id.</source>
            <translation>--document must be a document id.</translation>
        </message>
        <message>
            <source>Usage: policylens instruments set ID --status accepted|rejected|unreviewed, or set ID --code KEY</source>
            <translation>Usage: policylens instruments set ID --status accepted|rejected|unreviewed, or set ID --code KEY</translation>
        </message>
        <message>
            <source>There is no code "%1".</source>
            <translation>There is no code "%1".</translation>
        </message>
        <message>
            <source>Usage: policylens instruments add --document ID --start N --end N --code KEY</source>
            <translation>Usage: policylens instruments add --document ID --start N --end N --code KEY</translation>
        </message>
        <message>
            <source>Document %1 has no text at %2-%3.</source>
            <translation>Document %1 has no text at %2-%3.</translation>
        </message>
        <message>
            <source>Usage: policylens instruments remove ID</source>
            <translation>Usage: policylens instruments remove ID</translation>
        </message>
        <message>
            <source>Coding %1 is not a person's coding: reject automatic codings instead (set %1 --status rejected).</source>
            <translation>Coding %1 is not a person's coding: reject automatic codings instead (set %1 --status rejected).</translation>
        </message>
        <message>
            <source>Removed coding %1.</source>
            <translation>Removed coding %1.</translation>
        </message>
        <message>
            <source>Print the cities x codes matrix of the workspace.</source>
            <translation>Print the cities x codes matrix of the workspace.</translation>
        </message>
        <message>
            <source>Write the coded corpus: .qdpx (REFI-QDA project), .csv or .xlsx.</source>
            <translation>Write the coded corpus: .qdpx (REFI-QDA project), .csv or .xlsx.</translation>
        </message>
        <message>
            <source>Review state: accepted, rejected or unreviewed.</source>
            <translation>Review state: accepted, rejected or unreviewed.</translation>
        </message>
        <message>
            <source>Code key, e.g. supply.talent.</source>
            <translation>Code key, e.g. supply.talent.</translation>
        </message>
        <message>
            <source>Document id.</source>
            <translation>Document id.</translation>
        </message>
        <message>
            <source>Start of the coded text (UTF-16 offset).</source>
            <translation>Start of the coded text (UTF-16 offset).</translation>
        </message>
        <message>
            <source>End of the coded text (UTF-16 offset).</source>
            <translation>End of the coded text (UTF-16 offset).</translation>
        </message>
        <message>
            <source>Key of a new codebook or code.</source>
            <translation>Key of a new codebook or code.</translation>
        </message>
        <message>
            <source>Side of a new code: supply, environment, demand or none.</source>
            <translation>Side of a new code: supply, environment, demand or none.</translation>
        </message>
        <message>
            <source>Chinese name.</source>
            <translation>Chinese name.</translation>
        </message>
        <message>
            <source>English name.</source>
            <translation>English name.</translation>
        </message>
        <message>
            <source>Comma-separated keywords.</source>
            <translation>Comma-separated keywords.</translation>
        </message>
        <message>
            <source>Unknown action "%1": use recode, list, set, add, remove or codebook.</source>
            <translation>Unknown action "%1": use recode, list, set, add, remove or codebook.</translation>
        </message>
        <message>
            <source>total %1</source>
            <translation>total %1</translation>
        </message>
        <message>
            <source>No coded sentences in %1.</source>
            <translation>No coded sentences in %1.</translation>
        </message>
        <message>
            <source>Cannot write %1: use a .qdpx, .csv or .xlsx file.</source>
            <translation>Cannot write %1: use a .qdpx, .csv or .xlsx file.</translation>
        </message>
        <message numerus="yes">
            <source>Wrote %1 (%n coded sentences).</source>
            <translation>
                <numerusform>Wrote %1 (%n coded sentence).</numerusform>
                <numerusform>Wrote %1 (%n coded sentences).</numerusform>
            </translation>
        </message>
        <message>
            <source>Re-coded: %1 unreviewed automatic codings replaced by %2; %3 matched a reviewed or manual coding and were left as they are.</source>
            <translation>Re-coded: %1 unreviewed automatic codings replaced by %2; %3 matched a reviewed or manual coding and were left as they are.</translation>
        </message>
</context>
<context>
        <name>PdfImporter</name>
        <message>
            <source>it is not a PDF file (no %PDF header)</source>
            <translation>it is not a PDF file (no %PDF header)</translation>
        </message>
        <message>
            <source>the PDF is damaged (truncated: no end-of-file marker)</source>
            <translation>the PDF is damaged (truncated: no end-of-file marker)</translation>
        </message>
        <message>
            <source>the PDF is password-protected</source>
            <translation>the PDF is password-protected</translation>
        </message>
        <message>
            <source>the PDF uses an unsupported security scheme</source>
            <translation>the PDF uses an unsupported security scheme</translation>
        </message>
        <message>
            <source>the PDF is damaged (it cannot be opened)</source>
            <translation>the PDF is damaged (it cannot be opened)</translation>
        </message>
        <message>
            <source>the PDF is damaged (it has no pages)</source>
            <translation>the PDF is damaged (it has no pages)</translation>
        </message>
        <message>
            <source>it has %L1 pages, more than the limit of %L2</source>
            <translation>it has %L1 pages, more than the limit of %L2</translation>
        </message>
        <message>
            <source>its text is longer than the limit of %L1 characters</source>
            <translation>its text is longer than the limit of %L1 characters</translation>
        </message>
        <message>
            <source>the PDF has no text layer (a scanned document needs OCR first)</source>
            <translation>the PDF has no text layer (a scanned document needs OCR first)</translation>
        </message>
</context>
<context>
        <name>QdpxExporter</name>
        <message>
            <source>Cannot write %1: %2</source>
            <translation>Cannot write %1: %2</translation>
        </message>
        <message>
            <source>Document %1</source>
            <translation>Document %1</translation>
        </message>
        <message>
            <source>Cannot add %1 to the project (zip error %2).</source>
            <translation>Cannot add %1 to the project (zip error %2).</translation>
        </message>
        <message>
            <source>zip error %1</source>
            <translation>zip error %1</translation>
        </message>
</context>
<context>
        <name>QuantitiesCommand</name>
        <message>
            <source>Read lines of UTF-8 text on stdin and print the quantities in each (value in base units, unit, offsets).</source>
            <translation>Read lines of UTF-8 text on stdin and print the quantities in each (value in base units, unit, offsets).</translation>
        </message>
        <message>
            <source>stdin: cannot read: %1</source>
            <translation>stdin: cannot read: %1</translation>
        </message>
</context>
<context>
        <name>Recoder</name>
        <message>
            <source>Cannot read the documents: %1</source>
            <translation>Cannot read the documents: %1</translation>
        </message>
        <message>
            <source>Cannot read document %1: %2</source>
            <translation>Cannot read document %1: %2</translation>
        </message>
</context>
<context>
        <name>ReextractCommand</name>
        <message>
            <source>Extract targets again from every document, keeping reviewed and manual ones.</source>
            <translation>Extract targets again from every document, keeping reviewed and manual ones.</translation>
        </message>
        <message numerus="yes">
            <source>%n document(s) re-extracted</source>
            <translation>
                <numerusform>%n document re-extracted</numerusform>
                <numerusform>%n documents re-extracted</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n target(s) replaced</source>
            <translation>
                <numerusform>%n target replaced</numerusform>
                <numerusform>%n targets replaced</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n new</source>
            <translation>
                <numerusform>%n new</numerusform>
                <numerusform>%n new</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n kept because reviewed</source>
            <translation>
                <numerusform>%n kept because reviewed</numerusform>
                <numerusform>%n kept because reviewed</numerusform>
            </translation>
        </message>
</context>
<context>
        <name>Reextraction</name>
        <message>
            <source>Cannot read the documents of %1: %2</source>
            <translation>Cannot read the documents of %1: %2</translation>
        </message>
        <message>
            <source>Cannot read document %1 of %2: %3</source>
            <translation>Cannot read document %1 of %2: %3</translation>
        </message>
        <message>
            <source>Document %1: %2</source>
            <translation>Document %1: %2</translation>
        </message>
</context>
<context>
        <name>RegionsCommand</name>
        <message>
            <source>List the region keys (national, provinces, cities, districts, new areas, zones).</source>
            <translation>List the region keys (national, provinces, cities, districts, new areas, zones).</translation>
        </message>
        <message>
            <source>Only this level: national, province, city or district.</source>
            <translation>Only this level: national, province, city or district.</translation>
        </message>
        <message>
            <source>Cannot read the regions of %1.</source>
            <translation>Cannot read the regions of %1.</translation>
        </message>
</context>
<context>
        <name>ReportBuilder</name>
        <message>
            <source>AI industry policy targets: city comparison</source>
            <translation>AI industry policy targets: city comparison</translation>
        </message>
        <message>
            <source>City</source>
            <translation>City</translation>
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
            <source>Source document</source>
            <translation>Source document</translation>
        </message>
        <message>
            <source>Sentence</source>
            <translation>Sentence</translation>
        </message>
        <message>
            <source>Workspace: %1</source>
            <translation>Workspace: %1</translation>
        </message>
        <message>
            <source>Generated by PolicyLens on %1.</source>
            <translation>Generated by PolicyLens on %1.</translation>
        </message>
        <message>
            <source>%1 policy documents, %2 targets and incentives, %3 cities.</source>
            <translation>%1 policy documents, %2 targets and incentives, %3 cities.</translation>
        </message>
        <message>
            <source>Every number cites the policy document it comes from. Targets marked as rejected during review are left out.</source>
            <translation>Every number cites the policy document it comes from. Targets marked as rejected during review are left out.</translation>
        </message>
        <message>
            <source>Targets</source>
            <translation>Targets</translation>
        </message>
        <message>
            <source>Funding and subsidies</source>
            <translation>Funding and subsidies</translation>
        </message>
        <message>
            <source>Statistics sources</source>
            <translation>Statistics sources</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Source</translation>
        </message>
        <message>
            <source>Indicator</source>
            <translation>Indicator</translation>
        </message>
        <message>
            <source>Years</source>
            <translation>Years</translation>
        </message>
        <message>
            <source>Values</source>
            <translation>Values</translation>
        </message>
        <message>
            <source>(unnamed source)</source>
            <translation>(unnamed source)</translation>
        </message>
        <message>
            <source>The OpenDocument writer failed.</source>
            <translation>The OpenDocument writer failed.</translation>
        </message>
        <message>
            <source>Cannot write %1: %2</source>
            <translation>Cannot write %1: %2</translation>
        </message>
        <message>
            <source>nothing was produced.</source>
            <translation>nothing was produced.</translation>
        </message>
        <message numerus="yes">
            <source>%n target(s) come from documents whose region is not known; they are listed under “%1”. Set the region of those documents to place them.</source>
            <translation>
                <numerusform>%n target comes from a document whose region is not known; it is listed under “%1”. Set the region of that document to place it.</numerusform>
                <numerusform>%n targets come from documents whose region is not known; they are listed under “%1”. Set the region of those documents to place them.</numerusform>
            </translation>
        </message>
        <message>
            <source>Cannot write %1: unknown report format "%2" (use .pdf, .docx, .odt or .html).</source>
            <translation>Cannot write %1: unknown report format "%2" (use .pdf, .docx, .odt or .html).</translation>
        </message>
        <message>
            <source>The export of %1 was cancelled; nothing was written.</source>
            <translation>The export of %1 was cancelled; nothing was written.</translation>
        </message>
</context>
<context>
        <name>ReportCommand</name>
        <message>
            <source>Indicator keys to include, comma-separated (default: the six with the most targets).</source>
            <translation>Indicator keys to include, comma-separated (default: the six with the most targets).</translation>
        </message>
        <message>
            <source>Comma-separated region codes or names; default: every city.</source>
            <translation>Comma-separated region codes or names; default: every city.</translation>
        </message>
        <message>
            <source>Report title.</source>
            <translation>Report title.</translation>
        </message>
        <message>
            <source>Wrote %1 (%2 charts, %3 targets).</source>
            <translation>Wrote %1 (%2 charts, %3 targets).</translation>
        </message>
        <message>
            <source>Charts to include, comma-separated (default: compare,progress,coverage,timeline,incentives,instruments; "none" for tables only).</source>
            <translation>Charts to include, comma-separated (default: compare,progress,coverage,timeline,incentives,instruments; "none" for tables only).</translation>
        </message>
        <message>
            <source>Unknown chart type "%1": use compare, progress, coverage, timeline, incentives or instruments.</source>
            <translation>Unknown chart type "%1": use compare, progress, coverage, timeline, incentives or instruments.</translation>
        </message>
        <message>
            <source>Write a report (charts, targets with their sources, statistics sources) to PDF, DOCX, ODT or HTML.</source>
            <translation>Write a report (charts, targets with their sources, statistics sources) to PDF, DOCX, ODT or HTML.</translation>
        </message>
        <message>
            <source>Output file: .pdf, .docx, .odt or .html.</source>
            <translation>Output file: .pdf, .docx, .odt or .html.</translation>
        </message>
        <message>
            <source>Give the output file with --out FILE.pdf|docx|odt|html.</source>
            <translation>Give the output file with --out FILE.pdf|docx|odt|html.</translation>
        </message>
        <message>
            <source>Unknown indicator "%1". Valid keys: %2.</source>
            <translation>Unknown indicator "%1". Valid keys: %2.</translation>
        </message>
</context>
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
        <message>
            <source>Choose which value counts</source>
            <translation>Choose which value counts</translation>
        </message>
        <message>
            <source>Edit document</source>
            <translation>Edit document</translation>
        </message>
</context>
<context>
        <name>SampleCommand</name>
        <message>
            <source>Import the bundled sample documents and statistics (targets are extracted).</source>
            <translation>Import the bundled sample documents and statistics (targets are extracted).</translation>
        </message>
        <message>
            <source>%1: %2 sample document(s) imported, %3 statistics row(s) stored.</source>
            <translation>%1: %2 sample document(s) imported, %3 statistics row(s) stored.</translation>
        </message>
</context>
<context>
        <name>SampleWorkspace</name>
        <message>
            <source>Cannot create a temporary folder for the sample: %1</source>
            <translation>Cannot create a temporary folder for the sample: %1</translation>
        </message>
        <message>
            <source>Cannot copy the sample file %1.</source>
            <translation>Cannot copy the sample file %1.</translation>
        </message>
        <message>
            <source>This build has no sample documents.</source>
            <translation>This build has no sample documents.</translation>
        </message>
        <message>
            <source>The sample statistics have a bad row (line %1: %2).</source>
            <translation>The sample statistics have a bad row (line %1: %2).</translation>
        </message>
        <message>
            <source>Cannot label the sample workspace: %1</source>
            <translation>Cannot label the sample workspace: %1</translation>
        </message>
</context>
<context>
        <name>SearchCommand</name>
        <message>
            <source>Search the documents (Chinese words of any length, English words); best matches first.</source>
            <translation>Search the documents (Chinese words of any length, English words); best matches first.</translation>
        </message>
        <message>
            <source>Words to find; all must occur.</source>
            <translation>Words to find; all must occur.</translation>
        </message>
        <message>
            <source>Show at most N documents (default 20).</source>
            <translation>Show at most N documents (default 20).</translation>
        </message>
        <message>
            <source>Nothing to search for: give a query.</source>
            <translation>Nothing to search for: give a query.</translation>
        </message>
        <message>
            <source>--limit needs a positive number.</source>
            <translation>--limit needs a positive number.</translation>
        </message>
        <message>
            <source>No document matches "%1".</source>
            <translation>No document matches "%1".</translation>
        </message>
</context>
<context>
        <name>SearchIndex</name>
        <message>
            <source>The search "%1" failed: %2</source>
            <translation>The search "%1" failed: %2</translation>
        </message>
        <message>
            <source>Cannot rebuild the search index: %1</source>
            <translation>Cannot rebuild the search index: %1</translation>
        </message>
</context>
<context>
        <name>StatisticsReader</name>
        <message>
            <source>the first cell starts with = + - or @ (a spreadsheet formula) and is not imported</source>
            <translation>the first cell starts with = + - or @ (a spreadsheet formula) and is not imported</translation>
        </message>
        <message>
            <source>a quoted field is not closed properly</source>
            <translation>a quoted field is not closed properly</translation>
        </message>
        <message>
            <source>the file does not exist</source>
            <translation>the file does not exist</translation>
        </message>
        <message>
            <source>it is larger than the limit of %L1 MB</source>
            <translation>it is larger than the limit of %L1 MB</translation>
        </message>
        <message>
            <source>old binary Excel (.xls) files are not supported; save it as .xlsx or .csv</source>
            <translation>old binary Excel (.xls) files are not supported; save it as .xlsx or .csv</translation>
        </message>
        <message>
            <source>it cannot be read (%1)</source>
            <translation>it cannot be read (%1)</translation>
        </message>
        <message>
            <source>it contains no table (empty file)</source>
            <translation>it contains no table (empty file)</translation>
        </message>
        <message>
            <source>its header (line %1) has no column for %2</source>
            <translation>its header (line %1) has no column for %2</translation>
        </message>
        <message>
            <source>it has more than %L1 rows</source>
            <translation>it has more than %L1 rows</translation>
        </message>
        <message>
            <source>it has %1 fields, the header needs %2</source>
            <translation>it has %1 fields, the header needs %2</translation>
        </message>
        <message>
            <source>the %1 cell starts with = + - or @ (a spreadsheet formula) and is not imported</source>
            <translation>the %1 cell starts with = + - or @ (a spreadsheet formula) and is not imported</translation>
        </message>
        <message>
            <source>the region is empty</source>
            <translation>the region is empty</translation>
        </message>
        <message>
            <source>the indicator is empty</source>
            <translation>the indicator is empty</translation>
        </message>
        <message>
            <source>the year "%1" is not a year</source>
            <translation>the year "%1" is not a year</translation>
        </message>
        <message>
            <source>the spreadsheet is damaged</source>
            <translation>the spreadsheet is damaged</translation>
        </message>
        <message>
            <source>the spreadsheet is damaged (not a ZIP package)</source>
            <translation>the spreadsheet is damaged (not a ZIP package)</translation>
        </message>
        <message>
            <source>it expands beyond the limit of %L1 MB when decompressed</source>
            <translation>it expands beyond the limit of %L1 MB when decompressed</translation>
        </message>
        <message>
            <source>the spreadsheet declares a DTD, which XLSX files never contain</source>
            <translation>the spreadsheet declares a DTD, which XLSX files never contain</translation>
        </message>
        <message>
            <source>the spreadsheet is damaged (no first worksheet)</source>
            <translation>the spreadsheet is damaged (no first worksheet)</translation>
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
        <name>StatisticsStore</name>
        <message>
            <source>the workspace cannot start a transaction: %1</source>
            <translation>the workspace cannot start a transaction: %1</translation>
        </message>
        <message>
            <source>the region "%1" is unknown</source>
            <translation>the region "%1" is unknown</translation>
        </message>
        <message>
            <source>the workspace refused the rows (%1)</source>
            <translation>the workspace refused the rows (%1)</translation>
        </message>
        <message>
            <source>the workspace could not save the rows (%1)</source>
            <translation>the workspace could not save the rows (%1)</translation>
        </message>
</context>
<context>
        <name>StatsCommand</name>
        <message>
            <source>%1:%2: rejected: %3</source>
            <translation>%1:%2: rejected: %3</translation>
        </message>
        <message>
            <source>Cannot import statistics from %1: %2</source>
            <translation>Cannot import statistics from %1: %2</translation>
        </message>
        <message numerus="yes">
            <source>%1: %n row(s) imported</source>
            <translation>
                <numerusform>%1: %n row imported</numerusform>
                <numerusform>%1: %n rows imported</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) rejected</source>
            <translation>
                <numerusform>%n row rejected</numerusform>
                <numerusform>%n rows rejected</numerusform>
            </translation>
        </message>
        <message>
            <source>Statistics: "stats import FILE" reads a CSV or XLSX table (region, indicator, year, value, unit, source, quote); "stats list" lists the rows; "stats set ID --indicator KEY" corrects one.</source>
            <translation>Statistics: "stats import FILE" reads a CSV or XLSX table (region, indicator, year, value, unit, source, quote); "stats list" lists the rows; "stats set ID --indicator KEY" corrects one.</translation>
        </message>
        <message>
            <source>What to do: import, list or set.</source>
            <translation>What to do: import, list or set.</translation>
        </message>
        <message>
            <source>import: a CSV or XLSX file; set: the statistic's id.</source>
            <translation>import: a CSV or XLSX file; set: the statistic's id.</translation>
        </message>
        <message>
            <source>Usage: policylens stats import FILE | stats list | stats set ID --indicator KEY ...</source>
            <translation>Usage: policylens stats import FILE | stats list | stats set ID --indicator KEY ...</translation>
        </message>
</context>
<context>
        <name>StatsEdit</name>
        <message>
            <source>stats set: the indicator key.</source>
            <translation>stats set: the indicator key.</translation>
        </message>
        <message>
            <source>stats set: the year.</source>
            <translation>stats set: the year.</translation>
        </message>
        <message>
            <source>stats set: the period within the year (H1, Q1-Q3, "as of Oct"; "year" for the whole year).</source>
            <translation>stats set: the period within the year (H1, Q1-Q3, "as of Oct"; "year" for the whole year).</translation>
        </message>
        <message>
            <source>stats set: the value in base units.</source>
            <translation>stats set: the value in base units.</translation>
        </message>
        <message>
            <source>stats set: the base unit (CNY, PFLOPS...).</source>
            <translation>stats set: the base unit (CNY, PFLOPS...).</translation>
        </message>
        <message>
            <source>stats set: the source.</source>
            <translation>stats set: the source.</translation>
        </message>
        <message>
            <source>stats set: the sentence quoted.</source>
            <translation>stats set: the sentence quoted.</translation>
        </message>
        <message>
            <source>stats set: a note.</source>
            <translation>stats set: a note.</translation>
        </message>
        <message>
            <source>Cannot read the statistics of %1.</source>
            <translation>Cannot read the statistics of %1.</translation>
        </message>
        <message>
            <source>"%1" is not a statistic id (see policylens stats list).</source>
            <translation>"%1" is not a statistic id (see policylens stats list).</translation>
        </message>
        <message>
            <source>"%1" is not a period (H1, Q3, Q1-Q3, "as of Oct", year).</source>
            <translation>"%1" is not a period (H1, Q3, Q1-Q3, "as of Oct", year).</translation>
        </message>
        <message>
            <source>Nothing to change: give --indicator, --year, --period, --value, --unit, --source, --quote or --note.</source>
            <translation>Nothing to change: give --indicator, --year, --period, --value, --unit, --source, --quote or --note.</translation>
        </message>
        <message>
            <source>Statistic %1 updated.</source>
            <translation>Statistic %1 updated.</translation>
        </message>
</context>
<context>
        <name>TableExporter</name>
        <message>
            <source>Data</source>
            <translation>Data</translation>
        </message>
        <message>
            <source>Cannot write %1: %2</source>
            <translation>Cannot write %1: %2</translation>
        </message>
        <message>
            <source>Cannot write %1: unknown table format "%2" (use .csv or .xlsx).</source>
            <translation>Cannot write %1: unknown table format "%2" (use .csv or .xlsx).</translation>
        </message>
        <message>
            <source>Cannot create the workbook (%1).</source>
            <translation>Cannot create the workbook (%1).</translation>
        </message>
        <message>
            <source>Cannot create the workbook (zip error %1).</source>
            <translation>Cannot create the workbook (zip error %1).</translation>
        </message>
</context>
<context>
        <name>TargetChoices</name>
        <message>
            <source>Cannot store which value counts: %1</source>
            <translation>Cannot store which value counts: %1</translation>
        </message>
</context>
<context>
        <name>TargetListing</name>
        <message>
            <source>Cannot read the targets: %1</source>
            <translation>Cannot read the targets: %1</translation>
        </message>
</context>
<context>
        <name>TargetReason</name>
        <message>
            <source>incentive</source>
            <translation>incentive</translation>
        </message>
        <message>
            <source>baseline</source>
            <translation>baseline</translation>
        </message>
        <message>
            <source>target</source>
            <translation>target</translation>
        </message>
        <message>
            <source>deadline %1</source>
            <translation>deadline %1</translation>
        </message>
        <message>
            <source>goal word %1</source>
            <translation>goal word %1</translation>
        </message>
        <message>
            <source>forecast %1</source>
            <translation>forecast %1</translation>
        </message>
        <message>
            <source>year after the document's date</source>
            <translation>year after the document's date</translation>
        </message>
        <message>
            <source>support given %1</source>
            <translation>support given %1</translation>
        </message>
        <message>
            <source>fund or budget set up %1</source>
            <translation>fund or budget set up %1</translation>
        </message>
        <message>
            <source>as of a date %1</source>
            <translation>as of a date %1</translation>
        </message>
        <message>
            <source>completed action %1</source>
            <translation>completed action %1</translation>
        </message>
        <message>
            <source>compared with a past year %1</source>
            <translation>compared with a past year %1</translation>
        </message>
        <message>
            <source>reported figure %1</source>
            <translation>reported figure %1</translation>
        </message>
        <message>
            <source>year before the document's date</source>
            <translation>year before the document's date</translation>
        </message>
        <message>
            <source>past plan period %1</source>
            <translation>past plan period %1</translation>
        </message>
        <message>
            <source>estimate for a year already over %1</source>
            <translation>estimate for a year already over %1</translation>
        </message>
        <message>
            <source>no cue in the clause; document genre: %1</source>
            <translation>no cue in the clause; document genre: %1</translation>
        </message>
        <message>
            <source>no cue in the clause</source>
            <translation>no cue in the clause</translation>
        </message>
        <message>
            <source>no year</source>
            <translation>no year</translation>
        </message>
        <message>
            <source>deadline year %1</source>
            <translation>deadline year %1</translation>
        </message>
        <message>
            <source>year %1 of the reporting date</source>
            <translation>year %1 of the reporting date</translation>
        </message>
        <message>
            <source>year %1 from the document's date</source>
            <translation>year %1 from the document's date</translation>
        </message>
        <message>
            <source>year %1, end of the plan period</source>
            <translation>year %1, end of the plan period</translation>
        </message>
        <message>
            <source>year %1 from the list's lead-in</source>
            <translation>year %1 from the list's lead-in</translation>
        </message>
        <message>
            <source>year %1 from an earlier sentence</source>
            <translation>year %1 from an earlier sentence</translation>
        </message>
        <message>
            <source>year %1 paired in order</source>
            <translation>year %1 paired in order</translation>
        </message>
        <message>
            <source>year %1 from the table header</source>
            <translation>year %1 from the table header</translation>
        </message>
        <message>
            <source>year %1 of the report's title</source>
            <translation>year %1 of the report's title</translation>
        </message>
        <message>
            <source>year %1 as stated</source>
            <translation>year %1 as stated</translation>
        </message>
        <message>
            <source>(%1)</source>
            <translation>(%1)</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>comparator from %1</source>
            <translation>comparator from %1</translation>
        </message>
        <message>
            <source>no indicator word in the clause</source>
            <translation>no indicator word in the clause</translation>
        </message>
        <message>
            <source>indicator from %1</source>
            <translation>indicator from %1</translation>
        </message>
        <message>
            <source>; </source>
            <translation>; </translation>
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
        <name>TargetsCommand</name>
        <message>
            <source>List targets with their ids, correct one (set ID), or choose the value that counts (choose ID).</source>
            <translation>List targets with their ids, correct one (set ID), or choose the value that counts (choose ID).</translation>
        </message>
        <message>
            <source>Nothing to list; "set ID" to correct a target; "choose ID" to make it count.</source>
            <translation>Nothing to list; "set ID" to correct a target; "choose ID" to make it count.</translation>
        </message>
        <message>
            <source>Region key or name (see policylens regions); with set: the new region, '' for unknown; in a list, 'unknown' lists targets without one.</source>
            <translation>Region key or name (see policylens regions); with set: the new region, '' for unknown; in a list, 'unknown' lists targets without one.</translation>
        </message>
        <message>
            <source>Indicator key (see policylens indicators).</source>
            <translation>Indicator key (see policylens indicators).</translation>
        </message>
        <message>
            <source>target, incentive or baseline.</source>
            <translation>target, incentive or baseline.</translation>
        </message>
        <message>
            <source>Year.</source>
            <translation>Year.</translation>
        </message>
        <message>
            <source>Review status: unreviewed, verified, rejected or edited.</source>
            <translation>Review status: unreviewed, verified, rejected or edited.</translation>
        </message>
        <message>
            <source>Only the targets of this document id.</source>
            <translation>Only the targets of this document id.</translation>
        </message>
        <message>
            <source>With set: the new value (3000亿 is understood).</source>
            <translation>With set: the new value (3000亿 is understood).</translation>
        </message>
        <message>
            <source>With set: the new unit.</source>
            <translation>With set: the new unit.</translation>
        </message>
        <message>
            <source>With set: &gt;=, &gt;, =, &lt;=, &lt;, ~ or range.</source>
            <translation>With set: &gt;=, &gt;, =, &lt;=, &lt;, ~ or range.</translation>
        </message>
        <message>
            <source>With choose: forget the choice; the default order decides again.</source>
            <translation>With choose: forget the choice; the default order decides again.</translation>
        </message>
        <message>
            <source>Usage: policylens targets [set|choose ID] [options]</source>
            <translation>Usage: policylens targets [set|choose ID] [options]</translation>
        </message>
        <message>
            <source>Unknown region "%1"; policylens regions lists the keys.</source>
            <translation>Unknown region "%1"; policylens regions lists the keys.</translation>
        </message>
        <message>
            <source>(unknown)</source>
            <translation>(unknown)</translation>
        </message>
        <message>
            <source>counts (1 of %1)</source>
            <translation>counts (1 of %1)</translation>
        </message>
        <message>
            <source>competes (%1 values)</source>
            <translation>competes (%1 values)</translation>
        </message>
        <message>
            <source>Target %1 does not exist in %2.</source>
            <translation>Target %1 does not exist in %2.</translation>
        </message>
        <message>
            <source>Unknown indicator "%1"; policylens indicators lists the keys.</source>
            <translation>Unknown indicator "%1"; policylens indicators lists the keys.</translation>
        </message>
        <message>
            <source>Edit target</source>
            <translation>Edit target</translation>
        </message>
        <message>
            <source>Target %1: %2</source>
            <translation>Target %1: %2</translation>
        </message>
        <message>
            <source>Target %1 changed.</source>
            <translation>Target %1 changed.</translation>
        </message>
        <message>
            <source>Target %1: the default order decides again.</source>
            <translation>Target %1: the default order decides again.</translation>
        </message>
        <message>
            <source>Target %1 now counts for its region, indicator and year.</source>
            <translation>Target %1 now counts for its region, indicator and year.</translation>
        </message>
        <message>
            <source>Unknown --%1 "%2"; policylens targets --help lists the values.</source>
            <translation>Unknown --%1 "%2"; policylens targets --help lists the values.</translation>
        </message>
</context>
<context>
        <name>TextDecoder</name>
        <message>
            <source>the file is empty</source>
            <translation>the file is empty</translation>
        </message>
        <message>
            <source>it is not text (invalid UTF-8 after a UTF-8 byte-order mark)</source>
            <translation>it is not text (invalid UTF-8 after a UTF-8 byte-order mark)</translation>
        </message>
        <message>
            <source>it is not text (invalid UTF-16 after a byte-order mark)</source>
            <translation>it is not text (invalid UTF-16 after a byte-order mark)</translation>
        </message>
        <message>
            <source>it is not text (control characters)</source>
            <translation>it is not text (control characters)</translation>
        </message>
        <message>
            <source>it is not text (binary data)</source>
            <translation>it is not text (binary data)</translation>
        </message>
        <message>
            <source>it is not text (no known character encoding fits)</source>
            <translation>it is not text (no known character encoding fits)</translation>
        </message>
</context>
<context>
        <name>TextImporter</name>
        <message>
            <source>its text is longer than the limit of %L1 characters</source>
            <translation>its text is longer than the limit of %L1 characters</translation>
        </message>
</context>
<context>
        <name>ValueNormalizer</name>
        <message>
            <source>the value is empty</source>
            <translation>the value is empty</translation>
        </message>
        <message>
            <source>the value "%1" is not a number</source>
            <translation>the value "%1" is not a number</translation>
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
        <message>
            <source>Cannot open workspace %1: its format number (%2) is not one PolicyLens writes. It was not modified.</source>
            <translation>Cannot open workspace %1: its format number (%2) is not one PolicyLens writes. It was not modified.</translation>
        </message>
        <message>
            <source>Cannot open workspace %1: the file is damaged (%2). It was not modified.</source>
            <translation>Cannot open workspace %1: the file is damaged (%2). It was not modified.</translation>
        </message>
        <message>
            <source>The built-in indicator list is missing (%1).</source>
            <translation>The built-in indicator list is missing (%1).</translation>
        </message>
        <message>
            <source>Cannot update workspace %1: %2</source>
            <translation>Cannot update workspace %1: %2</translation>
        </message>
        <message>
            <source>Cannot store the indicator list: %1</source>
            <translation>Cannot store the indicator list: %1</translation>
        </message>
        <message>
            <source>Cannot open workspace %1: %2 is read-only. Copy the workspace to a folder you can write to. It was not modified.</source>
            <translation>Cannot open workspace %1: %2 is read-only. Copy the workspace to a folder you can write to. It was not modified.</translation>
        </message>
        <message>
            <source>the file</source>
            <translation>the file</translation>
        </message>
        <message>
            <source>its folder %1</source>
            <translation>its folder %1</translation>
        </message>
</context>
<context>
        <name>WorkspaceImportRunner</name>
        <message>
            <source>line %1: %2</source>
            <translation>line %1: %2</translation>
        </message>
</context>
<context>
        <name>ZipPackage</name>
        <message>
            <source>zip error %1</source>
            <translation>zip error %1</translation>
        </message>
        <message>
            <source>cannot add %1 (zip error %2)</source>
            <translation>cannot add %1 (zip error %2)</translation>
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
            <source>Unknown subcommand "%1". Run policylens --help.</source>
            <translation>Unknown subcommand "%1". Run policylens --help.</translation>
        </message>
        <message>
            <source>  (none in this build)
</source>
            <translation>  (none in this build)
</translation>
        </message>
        <message>
            <source>Usage: policylens [SUBCOMMAND] [options]
       policylens [FILE.policylens]

Without a subcommand, opens the workbench (on FILE.policylens if given).
Run policylens SUBCOMMAND --help for the options of one subcommand.

Subcommands, each with an example:
</source>
            <translation>Usage: policylens [SUBCOMMAND] [options]
       policylens [FILE.policylens]

Without a subcommand, opens the workbench (on FILE.policylens if given).
Run policylens SUBCOMMAND --help for the options of one subcommand.

Subcommands, each with an example:
</translation>
        </message>
</context>
<context>
        <name>policylens::AboutDialog</name>
        <message>
            <source>About PolicyLens</source>
            <translation>About PolicyLens</translation>
        </message>
        <message>
            <source>PolicyLens %1</source>
            <translation>PolicyLens %1</translation>
        </message>
        <message>
            <source>Finds the quantitative targets in AI-industry policy documents, lets you review them beside their source sentences, and compares cities in charts and reports.</source>
            <translation>Finds the quantitative targets in AI-industry policy documents, lets you review them beside their source sentences, and compares cities in charts and reports.</translation>
        </message>
        <message>
            <source>Free software under the &lt;a href="%1"&gt;GNU General Public License, version 3 or later&lt;/a&gt; (%2). It comes with absolutely no warranty.</source>
            <translation>Free software under the &lt;a href="%1"&gt;GNU General Public License, version 3 or later&lt;/a&gt; (%2). It comes with absolutely no warranty.</translation>
        </message>
        <message>
            <source>Qt %1 (built with %2)
ICU %3
SQLite %4</source>
            <translation>Qt %1 (built with %2)
ICU %3
SQLite %4</translation>
        </message>
        <message>
            <source>Copy version information</source>
            <translation>Copy version information</translation>
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
        <name>policylens::ChartBuilder</name>
        <message>
            <source>%1: targets by city</source>
            <translation>%1: targets by city</translation>
        </message>
        <message>
            <source>%1: progress towards the targets</source>
            <translation>%1: progress towards the targets</translation>
        </message>
        <message>
            <source>Targets set by each city, per indicator</source>
            <translation>Targets set by each city, per indicator</translation>
        </message>
        <message>
            <source>Policy documents by publication date</source>
            <translation>Policy documents by publication date</translation>
        </message>
        <message>
            <source>Funding and subsidies by city and instrument</source>
            <translation>Funding and subsidies by city and instrument</translation>
        </message>
        <message numerus="yes">
            <source>Source: %n policy document(s) in the workspace. ≥ at least, ~ about; rejected targets left out.</source>
            <translation>
                <numerusform>Source: %n policy document in the workspace. ≥ at least, ~ about; rejected targets left out.</numerusform>
                <numerusform>Source: %n policy documents in the workspace. ≥ at least, ~ about; rejected targets left out.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n target(s) in other units not shown.</source>
            <translation>
                <numerusform>%n target in other units not shown.</numerusform>
                <numerusform>%n targets in other units not shown.</numerusform>
            </translation>
        </message>
        <message>
            <source>none</source>
            <translation>none</translation>
        </message>
        <message>
            <source>Number of targets each city set for each indicator; grey cells: none.</source>
            <translation>Number of targets each city set for each indicator; grey cells: none.</translation>
        </message>
        <message>
            <source>Source: publication dates of the policy documents in the workspace.</source>
            <translation>Source: publication dates of the policy documents in the workspace.</translation>
        </message>
        <message numerus="yes">
            <source>%n document(s) without a date not shown.</source>
            <translation>
                <numerusform>%n document without a date not shown.</numerusform>
                <numerusform>%n documents without a date not shown.</numerusform>
            </translation>
        </message>
        <message>
            <source>Sum of the funding and subsidy amounts stated in the policy documents.</source>
            <translation>Sum of the funding and subsidy amounts stated in the policy documents.</translation>
        </message>
        <message numerus="yes">
            <source>%n incentive(s) not in yuan not shown.</source>
            <translation>
                <numerusform>%n incentive not in yuan not shown.</numerusform>
                <numerusform>%n incentives not in yuan not shown.</numerusform>
            </translation>
        </message>
        <message>
            <source>No data for this selection.</source>
            <translation>No data for this selection.</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Year</translation>
        </message>
        <message>
            <source>Publication date</source>
            <translation>Publication date</translation>
        </message>
        <message>
            <source>* several values for that place and year: the one that counts is drawn (a final document over a draft, a newer over an older, unless you chose); hover to see them all.</source>
            <translation>* several values for that place and year: the one that counts is drawn (a final document over a draft, a newer over an older, unless you chose); hover to see them all.</translation>
        </message>
        <message numerus="yes">
            <source>“Region unknown”: %n target(s) from documents without a region; set it under Documents › Edit details.</source>
            <translation>
                <numerusform>“Region unknown”: %n target from documents without a region; set it under Documents › Edit details.</numerusform>
                <numerusform>“Region unknown”: %n targets from documents without a region; set it under Documents › Edit details.</numerusform>
            </translation>
        </message>
        <message>
            <source>Policy instruments: supply, environment and demand shares by region</source>
            <translation>Policy instruments: supply, environment and demand shares by region</translation>
        </message>
        <message>
            <source>Share of each side among the coded sentences of a region's documents; rejected codings left out.</source>
            <translation>Share of each side among the coded sentences of a region's documents; rejected codings left out.</translation>
        </message>
        <message numerus="yes">
            <source>%1 and %n more</source>
            <translation>
                <numerusform>%1 and %n more</numerusform>
                <numerusform>%1 and %n more</numerusform>
            </translation>
        </message>
        <message>
            <source>Lines: statistics (%1). Stars: targets from policy documents. Circles: statistics for part of a year.</source>
            <translation>Lines: statistics (%1). Stars: targets from policy documents. Circles: statistics for part of a year.</translation>
        </message>
        <message>
            <source>%1 (part of the year)</source>
            <translation>%1 (part of the year)</translation>
        </message>
</context>
<context>
        <name>policylens::ChartDataModel</name>
        <message>
            <source>Target</source>
            <translation>Target</translation>
        </message>
        <message numerus="yes">
            <source>Sum of %n incentive(s)</source>
            <translation>
                <numerusform>Sum of %n incentive</numerusform>
                <numerusform>Sum of %n incentives</numerusform>
            </translation>
        </message>
        <message>
            <source>City</source>
            <translation>City</translation>
        </message>
        <message>
            <source>Region code</source>
            <translation>Region code</translation>
        </message>
        <message>
            <source>Indicator</source>
            <translation>Indicator</translation>
        </message>
        <message>
            <source>Series</source>
            <translation>Series</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Year</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Period</translation>
        </message>
        <message>
            <source>Comparator</source>
            <translation>Comparator</translation>
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
            <source>As shown</source>
            <translation>As shown</translation>
        </message>
        <message>
            <source>Value in base unit</source>
            <translation>Value in base unit</translation>
        </message>
        <message>
            <source>Base unit</source>
            <translation>Base unit</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Source</translation>
        </message>
        <message>
            <source>Sentence or quote</source>
            <translation>Sentence or quote</translation>
        </message>
</context>
<context>
        <name>policylens::CodedSentencesModel</name>
        <message>
            <source>Region unknown</source>
            <translation>Region unknown</translation>
        </message>
        <message>
            <source>reviewed</source>
            <translation>reviewed</translation>
        </message>
        <message>
            <source>unreviewed</source>
            <translation>unreviewed</translation>
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
            <source>Sentence</source>
            <translation>Sentence</translation>
        </message>
        <message>
            <source>Codes</source>
            <translation>Codes</translation>
        </message>
        <message>
            <source>Code keys</source>
            <translation>Code keys</translation>
        </message>
        <message>
            <source>Review state</source>
            <translation>Review state</translation>
        </message>
</context>
<context>
        <name>policylens::CodingService</name>
        <message>
            <source>There is no coding %1.</source>
            <translation>There is no coding %1.</translation>
        </message>
        <message>
            <source>There is no code %1.</source>
            <translation>There is no code %1.</translation>
        </message>
</context>
<context>
        <name>policylens::CodingsModel</name>
        <message>
            <source>Document %1</source>
            <translation>Document %1</translation>
        </message>
        <message>
            <source>added by a person</source>
            <translation>added by a person</translation>
        </message>
        <message>
            <source>accepted</source>
            <translation>accepted</translation>
        </message>
        <message>
            <source>rejected</source>
            <translation>rejected</translation>
        </message>
        <message>
            <source>unreviewed</source>
            <translation>unreviewed</translation>
        </message>
        <message>
            <source>manual</source>
            <translation>manual</translation>
        </message>
        <message>
            <source>automatic</source>
            <translation>automatic</translation>
        </message>
        <message>
            <source>Document</source>
            <translation>Document</translation>
        </message>
        <message>
            <source>Sentence</source>
            <translation>Sentence</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>Side</source>
            <translation>Side</translation>
        </message>
        <message>
            <source>Confidence</source>
            <translation>Confidence</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Reason</translation>
        </message>
        <message>
            <source>Review</source>
            <translation>Review</translation>
        </message>
        <message>
            <source>Origin</source>
            <translation>Origin</translation>
        </message>
</context>
<context>
        <name>policylens::CompareView</name>
        <message>
            <source>No data for this selection.</source>
            <translation>No data for this selection.</translation>
        </message>
        <message>
            <source>Export chart</source>
            <translation>Export chart</translation>
        </message>
        <message>
            <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf);;CSV data (*.csv);;Excel workbook (*.xlsx)</source>
            <translation>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf);;CSV data (*.csv);;Excel workbook (*.xlsx)</translation>
        </message>
        <message>
            <source>Chart</source>
            <translation>Chart</translation>
        </message>
        <message>
            <source>Target comparison</source>
            <translation>Target comparison</translation>
        </message>
        <message>
            <source>Progress to target</source>
            <translation>Progress to target</translation>
        </message>
        <message>
            <source>Coverage</source>
            <translation>Coverage</translation>
        </message>
        <message>
            <source>Timeline</source>
            <translation>Timeline</translation>
        </message>
        <message>
            <source>Incentives</source>
            <translation>Incentives</translation>
        </message>
        <message>
            <source>Indicator</source>
            <translation>Indicator</translation>
        </message>
        <message>
            <source>Cities</source>
            <translation>Cities</translation>
        </message>
        <message>
            <source>Years (from – to)</source>
            <translation>Years (from – to)</translation>
        </message>
        <message>
            <source>any</source>
            <translation>any</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>Export…</translation>
        </message>
        <message>
            <source>Save the chart as PNG, SVG or PDF, or its data as CSV or XLSX.</source>
            <translation>Save the chart as PNG, SVG or PDF, or its data as CSV or XLSX.</translation>
        </message>
        <message>
            <source>Copy image</source>
            <translation>Copy image</translation>
        </message>
        <message>
            <source>Policy instruments</source>
            <translation>Policy instruments</translation>
        </message>
</context>
<context>
        <name>policylens::CompetingValues</name>
        <message numerus="yes">
            <source>%n values exist for this region, indicator and year.</source>
            <translation>
                <numerusform>%n value exists for this region, indicator and year.</numerusform>
                <numerusform>%n values exist for this region, indicator and year.</numerusform>
            </translation>
        </message>
        <message>
            <source>This one counts: you chose it.</source>
            <translation>This one counts: you chose it.</translation>
        </message>
        <message>
            <source>This one counts by default (final over draft, newer over older).</source>
            <translation>This one counts by default (final over draft, newer over older).</translation>
        </message>
        <message>
            <source>Another value counts in charts and reports.</source>
            <translation>Another value counts in charts and reports.</translation>
        </message>
        <message>
            <source>Count this value</source>
            <translation>Count this value</translation>
        </message>
        <message>
            <source>Use this value in charts and reports instead of the others for the same region, indicator and year.</source>
            <translation>Use this value in charts and reports instead of the others for the same region, indicator and year.</translation>
        </message>
        <message>
            <source>Default choice</source>
            <translation>Default choice</translation>
        </message>
        <message>
            <source>Forget your choice: a final document counts over a draft, a newer one over an older.</source>
            <translation>Forget your choice: a final document counts over a draft, a newer one over an older.</translation>
        </message>
</context>
<context>
        <name>policylens::DocumentMetadataDialog</name>
        <message>
            <source>Edit document</source>
            <translation>Edit document</translation>
        </message>
        <message>
            <source>Document details</source>
            <translation>Document details</translation>
        </message>
        <message>
            <source>Title:</source>
            <translation>Title:</translation>
        </message>
        <message>
            <source>Issuer:</source>
            <translation>Issuer:</translation>
        </message>
        <message>
            <source>Region:</source>
            <translation>Region:</translation>
        </message>
        <message>
            <source>Date:</source>
            <translation>Date:</translation>
        </message>
        <message>
            <source>Type:</source>
            <translation>Type:</translation>
        </message>
        <message>
            <source>Status:</source>
            <translation>Status:</translation>
        </message>
        <message>
            <source>Year-month-day, e.g. 2024-05-30; leave empty when unknown.</source>
            <translation>Year-month-day, e.g. 2024-05-30; leave empty when unknown.</translation>
        </message>
        <message>
            <source>What you set here is kept when targets are extracted again. Changing the region moves the document's targets too, except those you placed yourself.</source>
            <translation>What you set here is kept when targets are extracted again. Changing the region moves the document's targets too, except those you placed yourself.</translation>
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
        <message>
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
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
        <message>
            <source>Edit details…</source>
            <translation>Edit details…</translation>
        </message>
        <message>
            <source>Correct the title, issuer, region, date, type or status.</source>
            <translation>Correct the title, issuer, region, date, type or status.</translation>
        </message>
</context>
<context>
        <name>policylens::ExportActions</name>
        <message>
            <source>Export &amp;Report…</source>
            <translation>Export &amp;Report…</translation>
        </message>
        <message>
            <source>Write a report with charts and every target with its source, as PDF, Word (DOCX), OpenDocument (ODT) or HTML.</source>
            <translation>Write a report with charts and every target with its source, as PDF, Word (DOCX), OpenDocument (ODT) or HTML.</translation>
        </message>
        <message>
            <source>Export &amp;Targets Table…</source>
            <translation>Export &amp;Targets Table…</translation>
        </message>
        <message>
            <source>Save the targets the Targets tab shows, with their sentences, documents and review state, as Excel (XLSX) or CSV.</source>
            <translation>Save the targets the Targets tab shows, with their sentences, documents and review state, as Excel (XLSX) or CSV.</translation>
        </message>
        <message>
            <source>No workspace is open.</source>
            <translation>No workspace is open.</translation>
        </message>
        <message>
            <source>Export report</source>
            <translation>Export report</translation>
        </message>
        <message>
            <source>PDF (*.pdf);;Word document (*.docx);;OpenDocument text (*.odt);;Web page (*.html)</source>
            <translation>PDF (*.pdf);;Word document (*.docx);;OpenDocument text (*.odt);;Web page (*.html)</translation>
        </message>
        <message>
            <source>Writing the report…</source>
            <translation>Writing the report…</translation>
        </message>
        <message>
            <source>Export targets table</source>
            <translation>Export targets table</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
            <translation>Excel workbook (*.xlsx);;CSV (*.csv)</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Cancelling…</source>
            <translation>Cancelling…</translation>
        </message>
</context>
<context>
        <name>policylens::ExportOptionsDialog</name>
        <message>
            <source>Export options</source>
            <translation>Export options</translation>
        </message>
        <message>
            <source>Width (px at 96 DPI)</source>
            <translation>Width (px at 96 DPI)</translation>
        </message>
        <message>
            <source>Height (px at 96 DPI)</source>
            <translation>Height (px at 96 DPI)</translation>
        </message>
        <message>
            <source>Resolution (DPI)</source>
            <translation>Resolution (DPI)</translation>
        </message>
        <message>
            <source>Vector output: sharp at any size.</source>
            <translation>Vector output: sharp at any size.</translation>
        </message>
        <message>
            <source>The image will be %1 × %2 pixels.</source>
            <translation>The image will be %1 × %2 pixels.</translation>
        </message>
</context>
<context>
        <name>policylens::GettingStartedDialog</name>
        <message>
            <source>Getting started with PolicyLens</source>
            <translation>Getting started with PolicyLens</translation>
        </message>
        <message>
            <source>Ten minutes from an empty workspace to your first comparison.</source>
            <translation>Ten minutes from an empty workspace to your first comparison.</translation>
        </message>
        <message>
            <source>1. One workspace file</source>
            <translation>1. One workspace file</translation>
        </message>
        <message>
            <source>Everything you import and every decision you make is kept in one workspace file (%1). Open one by double-clicking it or with %2. Copy the file to back up or share your work.</source>
            <translation>Everything you import and every decision you make is kept in one workspace file (%1). Open one by double-clicking it or with %2. Copy the file to back up or share your work.</translation>
        </message>
        <message>
            <source>2. Import documents and statistics</source>
            <translation>2. Import documents and statistics</translation>
        </message>
        <message>
            <source>Add policy documents in Chinese or English (plain text, HTML, PDF, DOCX, Markdown) and statistics tables (CSV, XLSX) with the Import action or by dragging files onto the window. The encoding of text files (UTF-8, GB18030, Big5, UTF-16) is detected for you.</source>
            <translation>Add policy documents in Chinese or English (plain text, HTML, PDF, DOCX, Markdown) and statistics tables (CSV, XLSX) with the Import action or by dragging files onto the window. The encoding of text files (UTF-8, GB18030, Big5, UTF-16) is detected for you.</translation>
        </message>
        <message>
            <source>3. Review the targets</source>
            <translation>3. Review the targets</translation>
        </message>
        <message>
            <source>PolicyLens finds the quantitative targets in every document: indicator, value, unit, comparator and year, each with the sentence it comes from. Read each one against its sentence, then verify, correct or reject it.</source>
            <translation>PolicyLens finds the quantitative targets in every document: indicator, value, unit, comparator and year, each with the sentence it comes from. Read each one against its sentence, then verify, correct or reject it.</translation>
        </message>
        <message>
            <source>4. Compare and export</source>
            <translation>4. Compare and export</translation>
        </message>
        <message>
            <source>5. The same from the command line</source>
            <translation>5. The same from the command line</translation>
        </message>
        <message>
            <source>Every step also runs without a window, on a server or in a script. %1 lists the subcommands, each with an example.</source>
            <translation>Every step also runs without a window, on a server or in a script. %1 lists the subcommands, each with an example.</translation>
        </message>
        <message>
            <source>6. Chinese or English</source>
            <translation>6. Chinese or English</translation>
        </message>
        <message>
            <source>The interface can be switched between Chinese and English at any time, without restarting. Documents in both languages can live in one workspace.</source>
            <translation>The interface can be switched between Chinese and English at any time, without restarting. Documents in both languages can live in one workspace.</translation>
        </message>
        <message>
            <source>Getting Started</source>
            <translation>Getting Started</translation>
        </message>
        <message>
            <source>Compare cities, indicators and years in charts. Export a chart as PNG, SVG or PDF and its data as CSV or XLSX; File › Export Report writes a whole report as PDF, Word, ODT or HTML, and File › Export Targets Table the reviewed targets with their sentences.</source>
            <translation>Compare cities, indicators and years in charts. Export a chart as PNG, SVG or PDF and its data as CSV or XLSX; File › Export Report writes a whole report as PDF, Word, ODT or HTML, and File › Export Targets Table the reviewed targets with their sentences.</translation>
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
        <message>
            <source>Statistics: %1, %2.</source>
            <translation>Statistics: %1, %2.</translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) imported</source>
            <translation>
                <numerusform>%n row imported</numerusform>
                <numerusform>%n rows imported</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) rejected</source>
            <translation>
                <numerusform>%n row rejected</numerusform>
                <numerusform>%n rows rejected</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n file(s) could not be read.</source>
            <translation>
                <numerusform>%n file could not be read.</numerusform>
                <numerusform>%n files could not be read.</numerusform>
            </translation>
        </message>
</context>
<context>
        <name>policylens::IncentivesModel</name>
        <message>
            <source>Instrument</source>
            <translation>Instrument</translation>
        </message>
</context>
<context>
        <name>policylens::InstrumentMatrix</name>
        <message>
            <source>There is no codebook "%1".</source>
            <translation>There is no codebook "%1".</translation>
        </message>
        <message>
            <source>Cannot count the codings: %1</source>
            <translation>Cannot count the codings: %1</translation>
        </message>
</context>
<context>
        <name>policylens::InstrumentMatrixModel</name>
        <message>
            <source>Supply</source>
            <translation>Supply</translation>
        </message>
        <message>
            <source>Environment</source>
            <translation>Environment</translation>
        </message>
        <message>
            <source>Demand</source>
            <translation>Demand</translation>
        </message>
        <message>
            <source>No side</source>
            <translation>No side</translation>
        </message>
        <message>
            <source>Region unknown</source>
            <translation>Region unknown</translation>
        </message>
        <message>
            <source>%1 sentences, %2% of the region's codings</source>
            <translation>%1 sentences, %2% of the region's codings</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <source>Share (%)</source>
            <translation>Share (%)</translation>
        </message>
</context>
<context>
        <name>policylens::InstrumentMatrixView</name>
        <message>
            <source>Show shares</source>
            <translation>Show shares</translation>
        </message>
        <message>
            <source>Coded sentences per region and code. Double-click a cell to read its sentences.</source>
            <translation>Coded sentences per region and code. Double-click a cell to read its sentences.</translation>
        </message>
</context>
<context>
        <name>policylens::InstrumentSharesModel</name>
        <message>
            <source>%1 (%)</source>
            <translation>%1 (%)</translation>
        </message>
</context>
<context>
        <name>policylens::InstrumentsView</name>
        <message numerus="yes">
            <source>Re-coded: %n new codings; reviewed and manual ones kept.</source>
            <translation>
                <numerusform>Re-coded: %n new coding; reviewed and manual ones kept.</numerusform>
                <numerusform>Re-coded: %n new codings; reviewed and manual ones kept.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n codings</source>
            <translation>
                <numerusform>%n coding</numerusform>
                <numerusform>%n codings</numerusform>
            </translation>
        </message>
        <message>
            <source>All codes</source>
            <translation>All codes</translation>
        </message>
        <message>
            <source>All regions</source>
            <translation>All regions</translation>
        </message>
        <message>
            <source>All sides</source>
            <translation>All sides</translation>
        </message>
        <message>
            <source>Any review state</source>
            <translation>Any review state</translation>
        </message>
        <message>
            <source>unreviewed</source>
            <translation>unreviewed</translation>
        </message>
        <message>
            <source>accepted</source>
            <translation>accepted</translation>
        </message>
        <message>
            <source>rejected</source>
            <translation>rejected</translation>
        </message>
        <message>
            <source>Codes of this sentence: %1</source>
            <translation>Codes of this sentence: %1</translation>
        </message>
        <message>
            <source>Code:</source>
            <translation>Code:</translation>
        </message>
        <message>
            <source>Side:</source>
            <translation>Side:</translation>
        </message>
        <message>
            <source>Region:</source>
            <translation>Region:</translation>
        </message>
        <message>
            <source>Review:</source>
            <translation>Review:</translation>
        </message>
        <message>
            <source>Accept</source>
            <translation>Accept</translation>
        </message>
        <message>
            <source>Confirm the selected coding; re-coding never changes it.</source>
            <translation>Confirm the selected coding; re-coding never changes it.</translation>
        </message>
        <message>
            <source>Reject</source>
            <translation>Reject</translation>
        </message>
        <message>
            <source>The code does not apply; re-coding will not bring it back.</source>
            <translation>The code does not apply; re-coding will not bring it back.</translation>
        </message>
        <message>
            <source>Change code</source>
            <translation>Change code</translation>
        </message>
        <message>
            <source>Give the selected coding's sentence the code chosen at the left instead.</source>
            <translation>Give the selected coding's sentence the code chosen at the left instead.</translation>
        </message>
        <message>
            <source>Code selected text</source>
            <translation>Code selected text</translation>
        </message>
        <message>
            <source>Select text in the document, choose a code, then click here.</source>
            <translation>Select text in the document, choose a code, then click here.</translation>
        </message>
        <message>
            <source>Re-code all</source>
            <translation>Re-code all</translation>
        </message>
        <message>
            <source>Code every document again with the current codebooks; reviewed and manual codings are kept.</source>
            <translation>Code every document again with the current codebooks; reviewed and manual codings are kept.</translation>
        </message>
        <message>
            <source>Pick a coding to read its sentence in the document.</source>
            <translation>Pick a coding to read its sentence in the document.</translation>
        </message>
</context>
<context>
        <name>policylens::MainWindow</name>
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
        <message>
            <source>&amp;Getting Started</source>
            <translation>&amp;Getting Started</translation>
        </message>
        <message>
            <source>Policy tools</source>
            <translation>Policy tools</translation>
        </message>
        <message>
            <source>%1 (sample workspace) — PolicyLens</source>
            <translation>%1 (sample workspace) — PolicyLens</translation>
        </message>
</context>
<context>
        <name>policylens::ProgressModel</name>
        <message>
            <source>Statistic</source>
            <translation>Statistic</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Target</translation>
        </message>
        <message>
            <source>City</source>
            <translation>City</translation>
        </message>
        <message>
            <source>Series</source>
            <translation>Series</translation>
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
            <source>Value (%1)</source>
            <translation>Value (%1)</translation>
        </message>
        <message>
            <source>Statistic (part of the year)</source>
            <translation>Statistic (part of the year)</translation>
        </message>
</context>
<context>
        <name>policylens::RecodeTask</name>
        <message>
            <source>Coding the documents again…</source>
            <translation>Coding the documents again…</translation>
        </message>
        <message>
            <source>Coding the documents again: %1 of %2</source>
            <translation>Coding the documents again: %1 of %2</translation>
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
            <source>"%1" is not a valid value for this field.</source>
            <translation>"%1" is not a valid value for this field.</translation>
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
            <source>"%1" is not a number.</source>
            <translation>"%1" is not a number.</translation>
        </message>
        <message>
            <source>"%1" is not a valid year.</source>
            <translation>"%1" is not a valid year.</translation>
        </message>
        <message>
            <source>Statistic %1 does not exist in this workspace.</source>
            <translation>Statistic %1 does not exist in this workspace.</translation>
        </message>
        <message>
            <source>Target %1 has no region or no year, so no other value competes with it.</source>
            <translation>Target %1 has no region or no year, so no other value competes with it.</translation>
        </message>
        <message>
            <source>A statistic needs an indicator.</source>
            <translation>A statistic needs an indicator.</translation>
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
        <message>
            <source>As written in the file: %1</source>
            <translation>As written in the file: %1</translation>
        </message>
        <message>
            <source>Part of the year: not drawn as the year's value.</source>
            <translation>Part of the year: not drawn as the year's value.</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Period</translation>
        </message>
        <message>
            <source>Quote</source>
            <translation>Quote</translation>
        </message>
</context>
<context>
        <name>policylens::StatisticsView</name>
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
        <message>
            <source>Published figures by region, indicator and period, with the sentence they were quoted from. Double-click an indicator, value, unit, year, source or quote to correct it; Ctrl+Z undoes.</source>
            <translation>Published figures by region, indicator and period, with the sentence they were quoted from. Double-click an indicator, value, unit, year, source or quote to correct it; Ctrl+Z undoes.</translation>
        </message>
</context>
<context>
        <name>policylens::TargetComparisonModel</name>
        <message>
            <source>Year</source>
            <translation>Year</translation>
        </message>
        <message numerus="yes">
            <source>%n value(s) for this place and year; the first counts:</source>
            <translation>
                <numerusform>%n value for this place and year; the first counts:</numerusform>
                <numerusform>%n values for this place and year; the first counts:</numerusform>
            </translation>
        </message>
        <message>
            <source>undated</source>
            <translation>undated</translation>
        </message>
        <message>
            <source>%1 — %2 (%3, %4)</source>
            <translation>%1 — %2 (%3, %4)</translation>
        </message>
        <message>
            <source>draft</source>
            <translation>draft</translation>
        </message>
        <message>
            <source>final</source>
            <translation>final</translation>
        </message>
        <message>
            <source>[chosen]</source>
            <translation>[chosen]</translation>
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
        <message>
            <source>Kind:</source>
            <translation>Kind:</translation>
        </message>
        <message>
            <source>Region:</source>
            <translation>Region:</translation>
        </message>
        <message>
            <source>Added by hand: no extraction cues.</source>
            <translation>Added by hand: no extraction cues.</translation>
        </message>
        <message>
            <source>Why:</source>
            <translation>Why:</translation>
        </message>
        <message>
            <source>The words and years that decided kind, year, comparator and indicator when the target was extracted.</source>
            <translation>The words and years that decided kind, year, comparator and indicator when the target was extracted.</translation>
        </message>
</context>
<context>
        <name>policylens::TargetTableModel</name>
        <message>
            <source>Cannot read the targets: %1</source>
            <translation>Cannot read the targets: %1</translation>
        </message>
        <message>
            <source>ID</source>
            <translation>ID</translation>
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
            <source>Year</source>
            <translation>Year</translation>
        </message>
        <message>
            <source>Comparator</source>
            <translation>Comparator</translation>
        </message>
        <message>
            <source>Value (base unit)</source>
            <translation>Value (base unit)</translation>
        </message>
        <message>
            <source>Upper value</source>
            <translation>Upper value</translation>
        </message>
        <message>
            <source>Base unit</source>
            <translation>Base unit</translation>
        </message>
        <message>
            <source>Value as read</source>
            <translation>Value as read</translation>
        </message>
        <message>
            <source>Review state</source>
            <translation>Review state</translation>
        </message>
        <message>
            <source>Document</source>
            <translation>Document</translation>
        </message>
        <message>
            <source>Issuer</source>
            <translation>Issuer</translation>
        </message>
        <message>
            <source>Published</source>
            <translation>Published</translation>
        </message>
        <message>
            <source>Sentence</source>
            <translation>Sentence</translation>
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
        <message>
            <source>Region unknown</source>
            <translation>Region unknown</translation>
        </message>
</context>
<context>
        <name>policylens::TimelineModel</name>
        <message>
            <source>City</source>
            <translation>City</translation>
        </message>
        <message>
            <source>Published</source>
            <translation>Published</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>Issuer</source>
            <translation>Issuer</translation>
        </message>
        <message>
            <source>Time (ms)</source>
            <translation>Time (ms)</translation>
        </message>
        <message>
            <source>Lane</source>
            <translation>Lane</translation>
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
<context>
        <name>policylens::MainWindowActions</name>
        <message>
            <source>Importing is not available in this build yet.</source>
            <translation>Importing is not available in this build yet.</translation>
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
            <source>Import &amp;Folder…</source>
            <translation>Import &amp;Folder…</translation>
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
            <source>&amp;Getting Started</source>
            <translation>&amp;Getting Started</translation>
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
</context>
<context>
        <name>policylens::TableExporter</name>
        <message>
            <source>Cannot add %1 to the workbook (zip error %2).</source>
            <translation>Cannot add %1 to the workbook (zip error %2).</translation>
        </message>
</context>
</TS>
