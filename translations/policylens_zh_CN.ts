<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
        <name>AtomicFile</name>
        <message>
            <source>Cannot write %1: %2</source>
            <translation>无法写入 %1：%2</translation>
        </message>
</context>
<context>
        <name>Catalog</name>
        <message>
            <source>Region unknown</source>
            <translation>地区未知</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1（%2）</translation>
        </message>
</context>
<context>
        <name>ChartCommand</name>
        <message>
            <source>Draw a comparison chart to PNG, SVG or PDF (or its data to CSV / XLSX).</source>
            <translation>将对比图表绘制为 PNG、SVG 或 PDF（或将其数据导出为 CSV / XLSX）。</translation>
        </message>
        <message>
            <source>Indicator key (needed by compare and progress; for incentives, one instrument).</source>
            <translation>指标键名（compare 和 progress 必需；用于 incentives 时指定一种扶持方式）。</translation>
        </message>
        <message>
            <source>Comma-separated region codes or names; default: every city with data.</source>
            <translation>以逗号分隔的地区代码或名称；默认：所有有数据的城市。</translation>
        </message>
        <message>
            <source>First year shown.</source>
            <translation>显示的起始年份。</translation>
        </message>
        <message>
            <source>Last year shown.</source>
            <translation>显示的截止年份。</translation>
        </message>
        <message>
            <source>Width in pixels at 96 DPI (default 1200).</source>
            <translation>宽度，按 96 DPI 计的像素数（默认 1200）。</translation>
        </message>
        <message>
            <source>Height in pixels at 96 DPI (default 750).</source>
            <translation>高度，按 96 DPI 计的像素数（默认 750）。</translation>
        </message>
        <message>
            <source>PNG resolution; the image gets width×dpi/96 pixels (default 96).</source>
            <translation>PNG 分辨率；图像宽度为 width×dpi/96 像素（默认 96）。</translation>
        </message>
        <message>
            <source>Output file: .png, .svg, .pdf, or .csv / .xlsx for the chart's data.</source>
            <translation>输出文件：.png、.svg、.pdf，或用于图表数据的 .csv / .xlsx。</translation>
        </message>
        <message>
            <source>Give the output file with --out FILE.png|svg|pdf|csv|xlsx.</source>
            <translation>请用 --out FILE.png|svg|pdf|csv|xlsx 指定输出文件。</translation>
        </message>
        <message>
            <source>The %1 chart needs --indicator KEY.</source>
            <translation>%1 图表需要 --indicator KEY。</translation>
        </message>
        <message>
            <source>--width and --height must be at least 100 and --dpi between 24 and 1200.</source>
            <translation>--width 和 --height 不得小于 100，--dpi 须在 24 到 1200 之间。</translation>
        </message>
        <message>
            <source>--%1 must be a year, not "%2".</source>
            <translation>--%1 必须是年份，而不是“%2”。</translation>
        </message>
        <message>
            <source>Warning: no data for this selection; the chart is empty.</source>
            <translation>警告：所选范围内没有数据；图表为空。</translation>
        </message>
        <message>
            <source>Wrote %1</source>
            <translation>已写入 %1</translation>
        </message>
        <message>
            <source>Chart: compare, progress, coverage, timeline, incentives or instruments.</source>
            <translation>图表：compare、progress、coverage、timeline、incentives 或 instruments。</translation>
        </message>
        <message>
            <source>Unknown chart type "%1": use compare, progress, coverage, timeline, incentives or instruments.</source>
            <translation>未知的图表类型“%1”：请使用 compare、progress、coverage、timeline、incentives 或 instruments。</translation>
        </message>
        <message>
            <source>Unknown indicator "%1". Valid keys: %2.</source>
            <translation>未知指标“%1”。有效的键名：%2。</translation>
        </message>
</context>
<context>
        <name>ChartExporter</name>
        <message>
            <source>Chart exported by PolicyLens</source>
            <translation>由政策透镜（PolicyLens）导出的图表</translation>
        </message>
        <message>
            <source>Cannot write %1: the size %2×%3 is out of range (16 to 20000 pixels).</source>
            <translation>无法写入 %1：尺寸 %2×%3 超出范围（16 至 20000 像素）。</translation>
        </message>
        <message>
            <source>Cannot write %1: unknown image format "%2" (use .png, .svg or .pdf).</source>
            <translation>无法写入 %1：未知图像格式“%2”（请使用 .png、.svg 或 .pdf）。</translation>
        </message>
        <message>
            <source>Cannot write %1: the chart could not be rendered.</source>
            <translation>无法写入 %1：图表无法渲染。</translation>
        </message>
</context>
<context>
        <name>CliSupport</name>
        <message>
            <source>Cannot open workspace %1: no such file.</source>
            <translation>无法打开工作区 %1：文件不存在。</translation>
        </message>
        <message>
            <source>Unknown city "%1": give a region code (beijing) or a name (北京, Beijing).</source>
            <translation>未知城市“%1”：请给出地区代码（beijing）或名称（北京、Beijing）。</translation>
        </message>
</context>
<context>
        <name>CodebookRepository</name>
        <message>
            <source>Cannot store the codebook: %1</source>
            <translation>无法保存编码表：%1</translation>
        </message>
        <message>
            <source>Cannot add code "%1": %2</source>
            <translation>无法添加编码“%1”：%2</translation>
        </message>
        <message>
            <source>the key is empty</source>
            <translation>键为空</translation>
        </message>
        <message>
            <source>Cannot add codebook "%1": %2</source>
            <translation>无法添加编码表“%1”：%2</translation>
        </message>
        <message>
            <source>Cannot rename code %1: %2</source>
            <translation>无法重命名编码 %1：%2</translation>
        </message>
        <message>
            <source>no such code</source>
            <translation>没有这个编码</translation>
        </message>
        <message>
            <source>Cannot change the keywords of code %1: %2</source>
            <translation>无法修改编码 %1 的关键词：%2</translation>
        </message>
        <message>
            <source>Cannot merge code %1 into code %2: both must exist and differ.</source>
            <translation>无法把编码 %1 合并到编码 %2：两者都必须存在且不相同。</translation>
        </message>
        <message>
            <source>Cannot merge codes: %1</source>
            <translation>无法合并编码：%1</translation>
        </message>
</context>
<context>
        <name>CodedCorpus</name>
        <message>
            <source>Cannot read the coded documents: %1</source>
            <translation>无法读取已编码的文档：%1</translation>
        </message>
        <message>
            <source>Cannot read document %1: %2</source>
            <translation>无法读取文档 %1：%2</translation>
        </message>
</context>
<context>
        <name>CodingExport</name>
        <message>
            <source>Cannot write %1: use a .qdpx, .csv or .xlsx file.</source>
            <translation>无法写入 %1：请使用 .qdpx、.csv 或 .xlsx 文件。</translation>
        </message>
        <message>
            <source>Cannot write %1: %2</source>
            <translation>无法写入 %1：%2</translation>
        </message>
</context>
<context>
        <name>CodingReason</name>
        <message>
            <source>cue “%1”</source>
            <translation>线索词“%1”</translation>
        </message>
        <message>
            <source>“%1” acts on “%2”</source>
            <translation>“%1”作用于“%2”</translation>
        </message>
        <message>
            <source>mentions “%1”</source>
            <translation>提及“%1”</translation>
        </message>
        <message>
            <source>“%1” under a heading about it</source>
            <translation>“%1”，所在标题与之相关</translation>
        </message>
        <message>
            <source>states the target “%1”</source>
            <translation>提出目标“%1”</translation>
        </message>
        <message>
            <source>sets the deadline “%1”</source>
            <translation>设定期限“%1”</translation>
        </message>
        <message>
            <source>states a goal</source>
            <translation>提出目标</translation>
        </message>
</context>
<context>
        <name>CodingRepository</name>
        <message>
            <source>Cannot save the coding: %1</source>
            <translation>无法保存编码标注：%1</translation>
        </message>
        <message>
            <source>the selection is empty</source>
            <translation>所选内容为空</translation>
        </message>
        <message>
            <source>Cannot delete coding %1: %2</source>
            <translation>无法删除编码标注 %1：%2</translation>
        </message>
        <message>
            <source>no such coding</source>
            <translation>没有这条编码标注</translation>
        </message>
        <message>
            <source>Cannot set the review state of coding %1: %2</source>
            <translation>无法设置编码标注 %1 的审核状态：%2</translation>
        </message>
        <message>
            <source>Cannot re-code document %1: %2</source>
            <translation>无法重新编码文档 %1：%2</translation>
        </message>
        <message>
            <source>Cannot store the codings of document %1: %2</source>
            <translation>无法保存文档 %1 的编码标注：%2</translation>
        </message>
</context>
<context>
        <name>CodingService</name>
        <message>
            <source>Add coding</source>
            <translation>添加编码标注</translation>
        </message>
        <message>
            <source>Change code</source>
            <translation>更改编码</translation>
        </message>
        <message>
            <source>Accept coding</source>
            <translation>接受编码标注</translation>
        </message>
        <message>
            <source>Reject coding</source>
            <translation>驳回编码标注</translation>
        </message>
        <message>
            <source>Reset coding review</source>
            <translation>重置编码审核</translation>
        </message>
</context>
<context>
        <name>CompareRepository</name>
        <message>
            <source>Cannot list the regions of the workspace: %1</source>
            <translation>无法列出工作区中的地区：%1</translation>
        </message>
        <message>
            <source>Cannot read the regions: %1</source>
            <translation>无法读取地区：%1</translation>
        </message>
        <message>
            <source>Cannot look up the region "%1": %2</source>
            <translation>无法查找地区“%1”：%2</translation>
        </message>
        <message>
            <source>Cannot list the indicators: %1</source>
            <translation>无法列出指标：%1</translation>
        </message>
        <message>
            <source>Cannot read the indicator "%1": %2</source>
            <translation>无法读取指标“%1”：%2</translation>
        </message>
        <message>
            <source>Cannot read the targets: %1</source>
            <translation>无法读取目标：%1</translation>
        </message>
        <message>
            <source>Cannot read the statistics: %1</source>
            <translation>无法读取统计数据：%1</translation>
        </message>
        <message>
            <source>Cannot read the documents: %1</source>
            <translation>无法读取文档：%1</translation>
        </message>
        <message>
            <source>Cannot count the targets: %1</source>
            <translation>无法统计目标数量：%1</translation>
        </message>
        <message>
            <source>Cannot list the statistics sources: %1</source>
            <translation>无法列出统计数据来源：%1</translation>
        </message>
        <message>
            <source>Cannot count the documents: %1</source>
            <translation>无法统计文档数量：%1</translation>
        </message>
</context>
<context>
        <name>DocumentGenre</name>
        <message>
            <source>Plan</source>
            <translation>规划/方案</translation>
        </message>
        <message>
            <source>Support measures</source>
            <translation>扶持措施</translation>
        </message>
        <message>
            <source>Regulation</source>
            <translation>法规/条例</translation>
        </message>
        <message>
            <source>Work report</source>
            <translation>工作报告</translation>
        </message>
        <message>
            <source>Statistics release</source>
            <translation>统计公报</translation>
        </message>
        <message>
            <source>News</source>
            <translation>新闻报道</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>其他</translation>
        </message>
</context>
<context>
        <name>DocumentReader</name>
        <message>
            <source>the file does not exist</source>
            <translation>文件不存在</translation>
        </message>
        <message>
            <source>it is not a regular file</source>
            <translation>不是普通文件</translation>
        </message>
        <message>
            <source>it is %L1 MB, larger than the limit of %L2 MB</source>
            <translation>文件大小为 %L1 MB，超过 %L2 MB 的上限</translation>
        </message>
        <message>
            <source>it cannot be read (%1)</source>
            <translation>无法读取（%1）</translation>
        </message>
        <message>
            <source>it is larger than the limit of %L1 MB</source>
            <translation>文件超过 %L1 MB 的上限</translation>
        </message>
        <message>
            <source>it is empty</source>
            <translation>文件为空</translation>
        </message>
        <message>
            <source>it is a statistics table, not a document; import it with "policylens stats import"</source>
            <translation>这是统计表而不是文档；请用“policylens stats import”导入</translation>
        </message>
        <message>
            <source>old binary Word (.doc) files are not supported; save it as .docx</source>
            <translation>不支持旧版二进制 Word（.doc）文件；请另存为 .docx</translation>
        </message>
        <message>
            <source>it contains no text (empty document)</source>
            <translation>不含任何文字（空文档）</translation>
        </message>
        <message>
            <source>its text is longer than the limit of %L1 characters</source>
            <translation>文本长度超过 %L1 个字符的上限</translation>
        </message>
</context>
<context>
        <name>DocumentRepository</name>
        <message>
            <source>Cannot change document %1: %2</source>
            <translation>无法修改文档 %1：%2</translation>
        </message>
        <message>
            <source>no such document</source>
            <translation>没有这个文档</translation>
        </message>
</context>
<context>
        <name>DocumentStore</name>
        <message>
            <source>the workspace cannot start a transaction: %1</source>
            <translation>工作区无法开始事务：%1</translation>
        </message>
        <message>
            <source>target extraction failed</source>
            <translation>目标抽取失败</translation>
        </message>
        <message>
            <source>document %1 does not exist</source>
            <translation>文档 %1 不存在</translation>
        </message>
</context>
<context>
        <name>DocumentText</name>
        <message>
            <source>%1: rejected: %2</source>
            <translation>%1：已拒收：%2</translation>
        </message>
</context>
<context>
        <name>DocumentType</name>
        <message>
            <source>Unknown</source>
            <translation>未知</translation>
        </message>
        <message>
            <source>Draft</source>
            <translation>征求意见稿</translation>
        </message>
        <message>
            <source>Final</source>
            <translation>正式稿</translation>
        </message>
</context>
<context>
        <name>DocumentsCommand</name>
        <message>
            <source>List the documents of the workspace.</source>
            <translation>列出工作区中的文档。</translation>
        </message>
        <message>
            <source>The workspace %1 has no documents yet.</source>
            <translation>工作区 %1 中还没有文档。</translation>
        </message>
        <message>
            <source>ID</source>
            <translation>编号</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>标题</translation>
        </message>
        <message>
            <source>Issuer</source>
            <translation>发文机关</translation>
        </message>
        <message>
            <source>Region</source>
            <translation>地区</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Format</source>
            <translation>格式</translation>
        </message>
        <message>
            <source>Encoding</source>
            <translation>编码</translation>
        </message>
        <message>
            <source>Characters</source>
            <translation>字符数</translation>
        </message>
        <message>
            <source>Nothing to list; "set ID" to correct a document.</source>
            <translation>不加参数即列出；“set ID”更正一个文档。</translation>
        </message>
        <message>
            <source>With set: the title.</source>
            <translation>与 set 连用：标题。</translation>
        </message>
        <message>
            <source>With set: the issuer.</source>
            <translation>与 set 连用：发文机关。</translation>
        </message>
        <message>
            <source>With set: region key or name (policylens regions); '' for unknown.</source>
            <translation>与 set 连用：地区键或名称（policylens regions）；'' 表示未知。</translation>
        </message>
        <message>
            <source>With set: publication date, YYYY-MM-DD; '' for unknown.</source>
            <translation>与 set 连用：发布日期，YYYY-MM-DD；'' 表示未知。</translation>
        </message>
        <message>
            <source>With set: plan, measures, regulation, work_report, statistics, news or other.</source>
            <translation>与 set 连用：plan、measures、regulation、work_report、statistics、news 或 other。</translation>
        </message>
        <message>
            <source>With set: draft or final.</source>
            <translation>与 set 连用：draft（征求意见稿）或 final（正式稿）。</translation>
        </message>
        <message>
            <source>Usage: policylens documents [set ID --region KEY --type TYPE ...]</source>
            <translation>用法：policylens documents [set ID --region 键 --type 类型 ...]</translation>
        </message>
        <message>
            <source>Document %1 does not exist in %2.</source>
            <translation>%2 中没有文档 %1。</translation>
        </message>
        <message>
            <source>Edit document</source>
            <translation>编辑文档</translation>
        </message>
        <message>
            <source>Document %1, --%2 "%3": %4</source>
            <translation>文档 %1，--%2“%3”：%4</translation>
        </message>
        <message>
            <source>Nothing to set: give --title, --issuer, --region, --date, --type or --status.</source>
            <translation>没有要设置的内容：请给出 --title、--issuer、--region、--date、--type 或 --status。</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>文档类型</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>文稿状态</translation>
        </message>
</context>
<context>
        <name>DocxImporter</name>
        <message>
            <source>it declares a DTD, which Word documents never contain (entities are not expanded)</source>
            <translation>文件声明了 DTD，而 Word 文档从不包含 DTD（实体不予展开）</translation>
        </message>
        <message>
            <source>its text is longer than the limit of %L1 characters</source>
            <translation>文本长度超过 %L1 个字符的上限</translation>
        </message>
        <message>
            <source>the document is damaged (%1 at line %2)</source>
            <translation>文档已损坏（第 %2 行：%1）</translation>
        </message>
        <message>
            <source>it is not a Word document (not a ZIP package)</source>
            <translation>不是 Word 文档（不是 ZIP 包）</translation>
        </message>
        <message>
            <source>it is not a Word document (no word/document.xml)</source>
            <translation>不是 Word 文档（缺少 word/document.xml）</translation>
        </message>
        <message>
            <source>it expands beyond the limit of %L1 MB when decompressed</source>
            <translation>解压后超过 %L1 MB 的上限</translation>
        </message>
        <message>
            <source>the document is damaged (the ZIP package is corrupt)</source>
            <translation>文档已损坏（ZIP 包已损坏）</translation>
        </message>
        <message>
            <source>the document is damaged (%1)</source>
            <translation>文档已损坏（%1）</translation>
        </message>
        <message>
            <source>the document is damaged (its XML ends prematurely)</source>
            <translation>文档已损坏（XML 意外中断）</translation>
        </message>
        <message>
            <source>its XML is nested deeper than the limit of %1 levels</source>
            <translation>XML 嵌套层数超过 %1 层的上限</translation>
        </message>
</context>
<context>
        <name>DocxWriter</name>
        <message>
            <source>The Word document could not be assembled (%1).</source>
            <translation>无法生成 Word 文档（%1）。</translation>
        </message>
        <message>
            <source>The Word document could not be assembled (zip error %1).</source>
            <translation>无法生成 Word 文档（zip 错误 %1）。</translation>
        </message>
</context>
<context>
        <name>ExtractCommand</name>
        <message>
            <source>Extract quantitative targets, incentives and baselines from policy documents.</source>
            <translation>从政策文件中抽取量化目标、激励措施和现状基数。</translation>
        </message>
        <message>
            <source>Publication date (YYYY-MM-DD) of the documents; resolves 今年/明年 and past years. Default: guessed from each text.</source>
            <translation>文件的发布日期（YYYY-MM-DD），用于确定“今年”“明年”及往年所指的具体年份。默认：从各文本中推断。</translation>
        </message>
        <message>
            <source>Extra indicator taxonomy (JSON) to load after the built-in one.</source>
            <translation>在内置指标体系之后加载的附加指标体系（JSON）。</translation>
        </message>
        <message>
            <source>Documents to read.</source>
            <translation>要读取的文档。</translation>
        </message>
        <message>
            <source>extract: no input files given</source>
            <translation>extract：未指定输入文件</translation>
        </message>
        <message>
            <source>extract: --published needs a date as YYYY-MM-DD</source>
            <translation>extract：--published 需要 YYYY-MM-DD 格式的日期</translation>
        </message>
</context>
<context>
        <name>HtmlImporter</name>
        <message>
            <source>its text is longer than the limit of %L1 characters</source>
            <translation>文本长度超过 %L1 个字符的上限</translation>
        </message>
</context>
<context>
        <name>ImportCommand</name>
        <message>
            <source>Import documents (TXT, MD, HTML, PDF, DOCX; files or whole folders) into the workspace.</source>
            <translation>将文档（TXT、MD、HTML、PDF、DOCX；单个文件或整个文件夹）导入工作区。</translation>
        </message>
        <message>
            <source>Commit every N documents (default 1: each document is saved as soon as it is imported; more is faster, and a crash loses at most the last N).</source>
            <translation>每导入 N 个文档提交一次（默认 1：每个文档导入后立即保存；数值越大越快，程序崩溃时最多丢失最后 N 个）。</translation>
        </message>
        <message>
            <source>Files or folders to import.</source>
            <translation>要导入的文件或文件夹。</translation>
        </message>
        <message>
            <source>Nothing to import: give one or more files or folders.</source>
            <translation>没有可导入的内容：请指定一个或多个文件或文件夹。</translation>
        </message>
        <message>
            <source>--commit-every needs a positive number.</source>
            <translation>--commit-every 需要一个正整数。</translation>
        </message>
        <message>
            <source>%1: imported (document %2)</source>
            <translation>%1：已导入（文档 %2）</translation>
        </message>
        <message>
            <source>%1: duplicate of document %2</source>
            <translation>%1：与文档 %2 重复</translation>
        </message>
        <message>
            <source>%1: rejected: %2</source>
            <translation>%1：已拒收：%2</translation>
        </message>
        <message numerus="yes">
            <source>%n document(s) imported</source>
            <translation>
                <numerusform>已导入 %n 个文档</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n duplicate(s)</source>
            <translation>
                <numerusform>重复 %n 个</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n rejected</source>
            <translation>
                <numerusform>拒收 %n 个</numerusform>
            </translation>
        </message>
        <message>
            <source>No documents found in %1.</source>
            <translation>在 %1 中未找到文档。</translation>
        </message>
</context>
<context>
        <name>ImportService</name>
        <message>
            <source>%1 was imported as document %2.</source>
            <translation>%1 已导入为文档 %2。</translation>
        </message>
        <message>
            <source>%1 is already in the workspace (document %2); skipped.</source>
            <translation>%1 已在工作区中（文档 %2），已跳过。</translation>
        </message>
        <message>
            <source>%1 was not imported: %2.</source>
            <translation>%1 未导入：%2。</translation>
        </message>
        <message>
            <source>the workspace could not save it (%1)</source>
            <translation>工作区无法保存（%1）</translation>
        </message>
        <message>
            <source>the workspace %1 could not store it; the disk may be full, read-only or failing (%2)</source>
            <translation>工作区 %1 无法保存该文件：磁盘可能已满、只读或出现故障（%2）</translation>
        </message>
</context>
<context>
        <name>IndicatorTaxonomy</name>
        <message>
            <source>%1: cannot open: %2</source>
            <translation>%1：无法打开：%2</translation>
        </message>
        <message>
            <source>%1: not a JSON object: %2</source>
            <translation>%1：不是 JSON 对象：%2</translation>
        </message>
        <message>
            <source>%1: no "indicators" array</source>
            <translation>%1：缺少“indicators”数组</translation>
        </message>
        <message>
            <source>%1: an indicator has no key</source>
            <translation>%1：有指标缺少键名（key）</translation>
        </message>
</context>
<context>
        <name>IndicatorsCommand</name>
        <message>
            <source>List the indicator keys with their Chinese and English names.</source>
            <translation>列出指标键及其中英文名称。</translation>
        </message>
</context>
<context>
        <name>InstrumentsCommand</name>
        <message>
            <source>%1: cannot open: %2</source>
            <translation>%1：无法打开：%2</translation>
        </message>
        <message>
            <source>%1: not a codebook: %2</source>
            <translation>%1：不是编码表：%2</translation>
        </message>
        <message>
            <source>Code every sentence of policy documents with policy instruments (supply, environment, demand).</source>
            <translation>用政策工具（供给型、环境型、需求型）为政策文件的每一句编码。</translation>
        </message>
        <message>
            <source>Codebook (JSON) to code with instead of the built-in one.</source>
            <translation>用于编码的编码表（JSON），代替内置编码表。</translation>
        </message>
        <message>
            <source>Documents to read.</source>
            <translation>要读取的文件。</translation>
        </message>
        <message>
            <source>instruments: no input files given</source>
            <translation>instruments：未指定输入文件</translation>
        </message>
</context>
<context>
        <name>InstrumentsWorkspace</name>
        <message>
            <source>Usage: policylens instruments codebook add --key KEY --name-zh NAME --name-en NAME</source>
            <translation>用法：policylens instruments codebook add --key 键 --name-zh 名称 --name-en 名称</translation>
        </message>
        <message>
            <source>Usage: policylens instruments codebook add-code --codebook KEY --key KEY [--side SIDE] --name-zh NAME --name-en NAME --keywords A,B</source>
            <translation>用法：policylens instruments codebook add-code --codebook 键 --key 键 [--side 类型] --name-zh 名称 --name-en 名称 --keywords 甲,乙</translation>
        </message>
        <message>
            <source>Usage: policylens instruments codebook rename|keywords|merge CODE ...; there is no code "%1".</source>
            <translation>用法：policylens instruments codebook rename|keywords|merge 编码 ……；没有编码“%1”。</translation>
        </message>
        <message>
            <source>Usage: policylens instruments codebook merge FROM INTO</source>
            <translation>用法：policylens instruments codebook merge 原编码 目标编码</translation>
        </message>
        <message>
            <source>Unknown codebook action "%1": use list, add, add-code, rename, keywords or merge.</source>
            <translation>未知的编码表操作“%1”：请使用 list、add、add-code、rename、keywords 或 merge。</translation>
        </message>
        <message>
            <source>Unknown review state "%1": use accepted, rejected or unreviewed.</source>
            <translation>未知的审核状态“%1”：请使用 accepted、rejected 或 unreviewed。</translation>
        </message>
        <message>
            <source>--document must be a document id.</source>
            <translation>--document 必须是文档编号。</translation>
        </message>
        <message>
            <source>Usage: policylens instruments set ID --status accepted|rejected|unreviewed, or set ID --code KEY</source>
            <translation>用法：policylens instruments set 编号 --status accepted|rejected|unreviewed，或 set 编号 --code 键</translation>
        </message>
        <message>
            <source>There is no code "%1".</source>
            <translation>没有编码“%1”。</translation>
        </message>
        <message>
            <source>Usage: policylens instruments add --document ID --start N --end N --code KEY</source>
            <translation>用法：policylens instruments add --document 编号 --start N --end N --code 键</translation>
        </message>
        <message>
            <source>Document %1 has no text at %2-%3.</source>
            <translation>文档 %1 在 %2-%3 处没有文字。</translation>
        </message>
        <message>
            <source>Usage: policylens instruments remove ID</source>
            <translation>用法：policylens instruments remove 编号</translation>
        </message>
        <message>
            <source>Coding %1 is not a person's coding: reject automatic codings instead (set %1 --status rejected).</source>
            <translation>编码标注 %1 不是人工添加的：自动编码请改为驳回（set %1 --status rejected）。</translation>
        </message>
        <message>
            <source>Removed coding %1.</source>
            <translation>已删除编码标注 %1。</translation>
        </message>
        <message>
            <source>Print the cities x codes matrix of the workspace.</source>
            <translation>输出工作区的“城市 × 编码”矩阵。</translation>
        </message>
        <message>
            <source>Write the coded corpus: .qdpx (REFI-QDA project), .csv or .xlsx.</source>
            <translation>导出已编码的语料：.qdpx（REFI-QDA 项目）、.csv 或 .xlsx。</translation>
        </message>
        <message>
            <source>Review state: accepted, rejected or unreviewed.</source>
            <translation>审核状态：accepted、rejected 或 unreviewed。</translation>
        </message>
        <message>
            <source>Code key, e.g. supply.talent.</source>
            <translation>编码键，例如 supply.talent。</translation>
        </message>
        <message>
            <source>Document id.</source>
            <translation>文档编号。</translation>
        </message>
        <message>
            <source>Start of the coded text (UTF-16 offset).</source>
            <translation>编码文字的起点（UTF-16 偏移）。</translation>
        </message>
        <message>
            <source>End of the coded text (UTF-16 offset).</source>
            <translation>编码文字的终点（UTF-16 偏移）。</translation>
        </message>
        <message>
            <source>Key of a new codebook or code.</source>
            <translation>新编码表或新编码的键。</translation>
        </message>
        <message>
            <source>Side of a new code: supply, environment, demand or none.</source>
            <translation>新编码的类型：supply、environment、demand 或 none。</translation>
        </message>
        <message>
            <source>Chinese name.</source>
            <translation>中文名称。</translation>
        </message>
        <message>
            <source>English name.</source>
            <translation>英文名称。</translation>
        </message>
        <message>
            <source>Comma-separated keywords.</source>
            <translation>逗号分隔的关键词。</translation>
        </message>
        <message>
            <source>Unknown action "%1": use recode, list, set, add, remove or codebook.</source>
            <translation>未知的操作“%1”：请使用 recode、list、set、add、remove 或 codebook。</translation>
        </message>
        <message>
            <source>total %1</source>
            <translation>合计 %1</translation>
        </message>
        <message>
            <source>No coded sentences in %1.</source>
            <translation>%1 中没有已编码的句子。</translation>
        </message>
        <message>
            <source>Cannot write %1: use a .qdpx, .csv or .xlsx file.</source>
            <translation>无法写入 %1：请使用 .qdpx、.csv 或 .xlsx 文件。</translation>
        </message>
        <message numerus="yes">
            <source>Wrote %1 (%n coded sentences).</source>
            <translation>
                <numerusform>已写入 %1（%n 个已编码句子）。</numerusform>
            </translation>
        </message>
        <message>
            <source>Re-coded: %1 unreviewed automatic codings replaced by %2; %3 matched a reviewed or manual coding and were left as they are.</source>
            <translation>已重新编码：%1 条未审核的自动编码被替换为 %2 条；%3 条与已审核或人工编码相同，保持不变。</translation>
        </message>
</context>
<context>
        <name>PdfImporter</name>
        <message>
            <source>it is not a PDF file (no %PDF header)</source>
            <translation>不是 PDF 文件（缺少 %PDF 文件头）</translation>
        </message>
        <message>
            <source>the PDF is damaged (truncated: no end-of-file marker)</source>
            <translation>PDF 已损坏（文件被截断：缺少文件结束标记）</translation>
        </message>
        <message>
            <source>the PDF is password-protected</source>
            <translation>PDF 受密码保护</translation>
        </message>
        <message>
            <source>the PDF uses an unsupported security scheme</source>
            <translation>PDF 使用了不受支持的加密方式</translation>
        </message>
        <message>
            <source>the PDF is damaged (it cannot be opened)</source>
            <translation>PDF 已损坏（无法打开）</translation>
        </message>
        <message>
            <source>the PDF is damaged (it has no pages)</source>
            <translation>PDF 已损坏（没有页面）</translation>
        </message>
        <message>
            <source>it has %L1 pages, more than the limit of %L2</source>
            <translation>共 %L1 页，超过 %L2 页的上限</translation>
        </message>
        <message>
            <source>its text is longer than the limit of %L1 characters</source>
            <translation>文本长度超过 %L1 个字符的上限</translation>
        </message>
        <message>
            <source>the PDF has no text layer (a scanned document needs OCR first)</source>
            <translation>PDF 没有文字层（扫描件需先进行 OCR 文字识别）</translation>
        </message>
</context>
<context>
        <name>QdpxExporter</name>
        <message>
            <source>Cannot write %1: %2</source>
            <translation>无法写入 %1：%2</translation>
        </message>
        <message>
            <source>Document %1</source>
            <translation>文档 %1</translation>
        </message>
        <message>
            <source>Cannot add %1 to the project (zip error %2).</source>
            <translation>无法把 %1 加入项目（zip 错误 %2）。</translation>
        </message>
        <message>
            <source>zip error %1</source>
            <translation>zip 错误 %1</translation>
        </message>
</context>
<context>
        <name>QuantitiesCommand</name>
        <message>
            <source>Read lines of UTF-8 text on stdin and print the quantities in each (value in base units, unit, offsets).</source>
            <translation>从标准输入逐行读取 UTF-8 文本，输出每行中的数量（按基本单位计的数值、单位、位置偏移）。</translation>
        </message>
        <message>
            <source>stdin: cannot read: %1</source>
            <translation>标准输入：无法读取：%1</translation>
        </message>
</context>
<context>
        <name>Recoder</name>
        <message>
            <source>Cannot read the documents: %1</source>
            <translation>无法读取文档：%1</translation>
        </message>
        <message>
            <source>Cannot read document %1: %2</source>
            <translation>无法读取文档 %1：%2</translation>
        </message>
</context>
<context>
        <name>ReextractCommand</name>
        <message>
            <source>Extract targets again from every document, keeping reviewed and manual ones.</source>
            <translation>从所有文档中重新抽取目标，保留已审核和手动添加的目标。</translation>
        </message>
        <message numerus="yes">
            <source>%n document(s) re-extracted</source>
            <translation>
                <numerusform>已重新抽取 %n 个文档</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n target(s) replaced</source>
            <translation>
                <numerusform>替换 %n 个目标</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n new</source>
            <translation>
                <numerusform>新增 %n 个</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n kept because reviewed</source>
            <translation>
                <numerusform>%n 个因已审核而保留</numerusform>
            </translation>
        </message>
</context>
<context>
        <name>Reextraction</name>
        <message>
            <source>Cannot read the documents of %1: %2</source>
            <translation>无法读取 %1 中的文档：%2</translation>
        </message>
        <message>
            <source>Cannot read document %1 of %2: %3</source>
            <translation>无法读取 %2 中的文档 %1：%3</translation>
        </message>
        <message>
            <source>Document %1: %2</source>
            <translation>文档 %1：%2</translation>
        </message>
</context>
<context>
        <name>RegionsCommand</name>
        <message>
            <source>List the region keys (national, provinces, cities, districts, new areas, zones).</source>
            <translation>列出地区键（全国、省、市、区、新区、开发区）。</translation>
        </message>
        <message>
            <source>Only this level: national, province, city or district.</source>
            <translation>只列出此层级：national、province、city 或 district。</translation>
        </message>
        <message>
            <source>Cannot read the regions of %1.</source>
            <translation>无法读取 %1 的地区。</translation>
        </message>
</context>
<context>
        <name>ReportBuilder</name>
        <message>
            <source>AI industry policy targets: city comparison</source>
            <translation>人工智能产业政策目标：城市对比</translation>
        </message>
        <message>
            <source>City</source>
            <translation>城市</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>年份</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>数值</translation>
        </message>
        <message>
            <source>Source document</source>
            <translation>来源文件</translation>
        </message>
        <message>
            <source>Sentence</source>
            <translation>原文语句</translation>
        </message>
        <message>
            <source>Workspace: %1</source>
            <translation>工作区：%1</translation>
        </message>
        <message>
            <source>Generated by PolicyLens on %1.</source>
            <translation>由政策透镜（PolicyLens）于 %1 生成。</translation>
        </message>
        <message>
            <source>%1 policy documents, %2 targets and incentives, %3 cities.</source>
            <translation>政策文件 %1 份，目标与激励措施 %2 项，城市 %3 个。</translation>
        </message>
        <message>
            <source>Every number cites the policy document it comes from. Targets marked as rejected during review are left out.</source>
            <translation>每个数字均注明所出自的政策文件。审核中已驳回的目标不列入本报告。</translation>
        </message>
        <message>
            <source>Targets</source>
            <translation>目标</translation>
        </message>
        <message>
            <source>Funding and subsidies</source>
            <translation>资金与补贴</translation>
        </message>
        <message>
            <source>Statistics sources</source>
            <translation>统计数据来源</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>来源</translation>
        </message>
        <message>
            <source>Indicator</source>
            <translation>指标</translation>
        </message>
        <message>
            <source>Years</source>
            <translation>年份</translation>
        </message>
        <message>
            <source>Values</source>
            <translation>数值</translation>
        </message>
        <message>
            <source>(unnamed source)</source>
            <translation>（未命名来源）</translation>
        </message>
        <message>
            <source>The OpenDocument writer failed.</source>
            <translation>OpenDocument 写入失败。</translation>
        </message>
        <message>
            <source>Cannot write %1: %2</source>
            <translation>无法写入 %1：%2</translation>
        </message>
        <message>
            <source>nothing was produced.</source>
            <translation>未生成任何内容。</translation>
        </message>
        <message numerus="yes">
            <source>%n target(s) come from documents whose region is not known; they are listed under “%1”. Set the region of those documents to place them.</source>
            <translation>
                <numerusform>%n 个目标来自地区未知的文档，列在“%1”之下。设置这些文档的地区即可归位。</numerusform>
            </translation>
        </message>
        <message>
            <source>Cannot write %1: unknown report format "%2" (use .pdf, .docx, .odt or .html).</source>
            <translation>无法写入 %1：未知的报告格式“%2”（请使用 .pdf、.docx、.odt 或 .html）。</translation>
        </message>
        <message>
            <source>The export of %1 was cancelled; nothing was written.</source>
            <translation>已取消导出 %1，未写入任何内容。</translation>
        </message>
</context>
<context>
        <name>ReportCommand</name>
        <message>
            <source>Indicator keys to include, comma-separated (default: the six with the most targets).</source>
            <translation>要纳入的指标键名，以逗号分隔（默认：目标数量最多的六个指标）。</translation>
        </message>
        <message>
            <source>Comma-separated region codes or names; default: every city.</source>
            <translation>以逗号分隔的地区代码或名称；默认：所有城市。</translation>
        </message>
        <message>
            <source>Report title.</source>
            <translation>报告标题。</translation>
        </message>
        <message>
            <source>Wrote %1 (%2 charts, %3 targets).</source>
            <translation>已写入 %1（图表 %2 幅，目标 %3 项）。</translation>
        </message>
        <message>
            <source>Charts to include, comma-separated (default: compare,progress,coverage,timeline,incentives,instruments; "none" for tables only).</source>
            <translation>要包含的图表，逗号分隔（默认：compare,progress,coverage,timeline,incentives,instruments；“none”表示只要表格）。</translation>
        </message>
        <message>
            <source>Unknown chart type "%1": use compare, progress, coverage, timeline, incentives or instruments.</source>
            <translation>未知的图表类型“%1”：请使用 compare、progress、coverage、timeline、incentives 或 instruments。</translation>
        </message>
        <message>
            <source>Write a report (charts, targets with their sources, statistics sources) to PDF, DOCX, ODT or HTML.</source>
            <translation>将报告（图表、附出处的目标、统计数据来源）写为 PDF、DOCX、ODT 或 HTML。</translation>
        </message>
        <message>
            <source>Output file: .pdf, .docx, .odt or .html.</source>
            <translation>输出文件：.pdf、.docx、.odt 或 .html。</translation>
        </message>
        <message>
            <source>Give the output file with --out FILE.pdf|docx|odt|html.</source>
            <translation>请用 --out FILE.pdf|docx|odt|html 指定输出文件。</translation>
        </message>
        <message>
            <source>Unknown indicator "%1". Valid keys: %2.</source>
            <translation>未知指标“%1”。有效的键名：%2。</translation>
        </message>
</context>
<context>
        <name>ReviewCommands</name>
        <message>
            <source>Verify target</source>
            <translation>核实目标</translation>
        </message>
        <message>
            <source>Reject target</source>
            <translation>驳回目标</translation>
        </message>
        <message>
            <source>Mark target edited</source>
            <translation>标记目标为已修改</translation>
        </message>
        <message>
            <source>Reset target review</source>
            <translation>撤销目标审核</translation>
        </message>
        <message>
            <source>Edit target</source>
            <translation>修改目标</translation>
        </message>
        <message>
            <source>Add target</source>
            <translation>添加目标</translation>
        </message>
        <message>
            <source>Edit statistic</source>
            <translation>修改统计数据</translation>
        </message>
        <message>
            <source>Choose which value counts</source>
            <translation>选择计入的数值</translation>
        </message>
        <message>
            <source>Edit document</source>
            <translation>编辑文档</translation>
        </message>
</context>
<context>
        <name>SampleCommand</name>
        <message>
            <source>Import the bundled sample documents and statistics (targets are extracted).</source>
            <translation>导入随附的示例文档和统计数据（同时抽取目标）。</translation>
        </message>
        <message>
            <source>%1: %2 sample document(s) imported, %3 statistics row(s) stored.</source>
            <translation>%1：已导入示例文档 %2 份，已保存统计数据 %3 行。</translation>
        </message>
</context>
<context>
        <name>SampleWorkspace</name>
        <message>
            <source>Cannot create a temporary folder for the sample: %1</source>
            <translation>无法为示例创建临时文件夹：%1</translation>
        </message>
        <message>
            <source>Cannot copy the sample file %1.</source>
            <translation>无法复制示例文件 %1。</translation>
        </message>
        <message>
            <source>This build has no sample documents.</source>
            <translation>此版本不含示例文档。</translation>
        </message>
        <message>
            <source>The sample statistics have a bad row (line %1: %2).</source>
            <translation>示例统计数据中有一行有误（第 %1 行：%2）。</translation>
        </message>
        <message>
            <source>Cannot label the sample workspace: %1</source>
            <translation>无法标记示例工作区：%1</translation>
        </message>
</context>
<context>
        <name>SearchCommand</name>
        <message>
            <source>Search the documents (Chinese words of any length, English words); best matches first.</source>
            <translation>检索文档（支持任意长度的中文词语和英文单词），按匹配程度从高到低排列。</translation>
        </message>
        <message>
            <source>Words to find; all must occur.</source>
            <translation>要查找的词语；须全部出现。</translation>
        </message>
        <message>
            <source>Show at most N documents (default 20).</source>
            <translation>最多显示 N 个文档（默认 20）。</translation>
        </message>
        <message>
            <source>Nothing to search for: give a query.</source>
            <translation>没有检索内容：请输入检索词。</translation>
        </message>
        <message>
            <source>--limit needs a positive number.</source>
            <translation>--limit 需要一个正整数。</translation>
        </message>
        <message>
            <source>No document matches "%1".</source>
            <translation>没有与“%1”匹配的文档。</translation>
        </message>
</context>
<context>
        <name>SearchIndex</name>
        <message>
            <source>The search "%1" failed: %2</source>
            <translation>检索“%1”失败：%2</translation>
        </message>
        <message>
            <source>Cannot rebuild the search index: %1</source>
            <translation>无法重建搜索索引：%1</translation>
        </message>
</context>
<context>
        <name>StatisticsReader</name>
        <message>
            <source>the first cell starts with = + - or @ (a spreadsheet formula) and is not imported</source>
            <translation>第一个单元格以 = + - 或 @ 开头（电子表格公式），未予导入</translation>
        </message>
        <message>
            <source>a quoted field is not closed properly</source>
            <translation>带引号的字段未正确闭合</translation>
        </message>
        <message>
            <source>the file does not exist</source>
            <translation>文件不存在</translation>
        </message>
        <message>
            <source>it is larger than the limit of %L1 MB</source>
            <translation>文件超过 %L1 MB 的上限</translation>
        </message>
        <message>
            <source>old binary Excel (.xls) files are not supported; save it as .xlsx or .csv</source>
            <translation>不支持旧版二进制 Excel（.xls）文件；请另存为 .xlsx 或 .csv</translation>
        </message>
        <message>
            <source>it cannot be read (%1)</source>
            <translation>无法读取（%1）</translation>
        </message>
        <message>
            <source>it contains no table (empty file)</source>
            <translation>不含任何表格（空文件）</translation>
        </message>
        <message>
            <source>its header (line %1) has no column for %2</source>
            <translation>表头（第 %1 行）缺少以下列：%2</translation>
        </message>
        <message>
            <source>it has more than %L1 rows</source>
            <translation>行数超过 %L1 行</translation>
        </message>
        <message>
            <source>it has %1 fields, the header needs %2</source>
            <translation>该行有 %1 个字段，表头要求 %2 个</translation>
        </message>
        <message>
            <source>the %1 cell starts with = + - or @ (a spreadsheet formula) and is not imported</source>
            <translation>“%1”列的单元格以 = + - 或 @ 开头（电子表格公式），未予导入</translation>
        </message>
        <message>
            <source>the region is empty</source>
            <translation>地区为空</translation>
        </message>
        <message>
            <source>the indicator is empty</source>
            <translation>指标为空</translation>
        </message>
        <message>
            <source>the year "%1" is not a year</source>
            <translation>“%1”不是有效年份</translation>
        </message>
        <message>
            <source>the spreadsheet is damaged</source>
            <translation>电子表格已损坏</translation>
        </message>
        <message>
            <source>the spreadsheet is damaged (not a ZIP package)</source>
            <translation>电子表格已损坏（不是 ZIP 包）</translation>
        </message>
        <message>
            <source>it expands beyond the limit of %L1 MB when decompressed</source>
            <translation>解压后超过 %L1 MB 的上限</translation>
        </message>
        <message>
            <source>the spreadsheet declares a DTD, which XLSX files never contain</source>
            <translation>电子表格声明了 DTD，而 XLSX 文件从不包含 DTD</translation>
        </message>
        <message>
            <source>the spreadsheet is damaged (no first worksheet)</source>
            <translation>电子表格已损坏（缺少第一个工作表）</translation>
        </message>
</context>
<context>
        <name>StatisticsRepository</name>
        <message>
            <source>Cannot change statistic %1: %2</source>
            <translation>无法修改统计数据 %1：%2</translation>
        </message>
        <message>
            <source>no such row</source>
            <translation>没有这一行</translation>
        </message>
</context>
<context>
        <name>StatisticsStore</name>
        <message>
            <source>the workspace cannot start a transaction: %1</source>
            <translation>工作区无法开始事务：%1</translation>
        </message>
        <message>
            <source>the region "%1" is unknown</source>
            <translation>未知地区“%1”</translation>
        </message>
        <message>
            <source>the workspace refused the rows (%1)</source>
            <translation>工作区拒绝写入这些行（%1）</translation>
        </message>
        <message>
            <source>the workspace could not save the rows (%1)</source>
            <translation>工作区无法保存这些行（%1）</translation>
        </message>
</context>
<context>
        <name>StatsCommand</name>
        <message>
            <source>%1:%2: rejected: %3</source>
            <translation>%1:%2：已拒收：%3</translation>
        </message>
        <message>
            <source>Cannot import statistics from %1: %2</source>
            <translation>无法从 %1 导入统计数据：%2</translation>
        </message>
        <message numerus="yes">
            <source>%1: %n row(s) imported</source>
            <translation>
                <numerusform>%1：已导入 %n 行</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) rejected</source>
            <translation>
                <numerusform>拒收 %n 行</numerusform>
            </translation>
        </message>
        <message>
            <source>Statistics: "stats import FILE" reads a CSV or XLSX table (region, indicator, year, value, unit, source, quote); "stats list" lists the rows; "stats set ID --indicator KEY" corrects one.</source>
            <translation>统计数据：“stats import FILE”读取 CSV 或 XLSX 表（地区、指标、年份、数值、单位、来源、引文）；“stats list”列出各行；“stats set ID --indicator KEY”更正其中一行。</translation>
        </message>
        <message>
            <source>What to do: import, list or set.</source>
            <translation>操作：import、list 或 set。</translation>
        </message>
        <message>
            <source>import: a CSV or XLSX file; set: the statistic's id.</source>
            <translation>import：CSV 或 XLSX 文件；set：统计数据的编号。</translation>
        </message>
        <message>
            <source>Usage: policylens stats import FILE | stats list | stats set ID --indicator KEY ...</source>
            <translation>用法：policylens stats import FILE | stats list | stats set ID --indicator KEY ...</translation>
        </message>
</context>
<context>
        <name>StatsEdit</name>
        <message>
            <source>stats set: the indicator key.</source>
            <translation>stats set：指标键名。</translation>
        </message>
        <message>
            <source>stats set: the year.</source>
            <translation>stats set：年份。</translation>
        </message>
        <message>
            <source>stats set: the period within the year (H1, Q1-Q3, "as of Oct"; "year" for the whole year).</source>
            <translation>stats set：年内统计期（H1、Q1-Q3、“as of Oct”；“year”表示全年）。</translation>
        </message>
        <message>
            <source>stats set: the value in base units.</source>
            <translation>stats set：以基本单位计的数值。</translation>
        </message>
        <message>
            <source>stats set: the base unit (CNY, PFLOPS...).</source>
            <translation>stats set：基本单位（CNY、PFLOPS 等）。</translation>
        </message>
        <message>
            <source>stats set: the source.</source>
            <translation>stats set：来源。</translation>
        </message>
        <message>
            <source>stats set: the sentence quoted.</source>
            <translation>stats set：所引原文语句。</translation>
        </message>
        <message>
            <source>stats set: a note.</source>
            <translation>stats set：备注。</translation>
        </message>
        <message>
            <source>Cannot read the statistics of %1.</source>
            <translation>无法读取 %1 中的统计数据。</translation>
        </message>
        <message>
            <source>"%1" is not a statistic id (see policylens stats list).</source>
            <translation>“%1”不是统计数据编号（参见 policylens stats list）。</translation>
        </message>
        <message>
            <source>"%1" is not a period (H1, Q3, Q1-Q3, "as of Oct", year).</source>
            <translation>“%1”不是有效的统计期（H1、Q3、Q1-Q3、“as of Oct”、year）。</translation>
        </message>
        <message>
            <source>Nothing to change: give --indicator, --year, --period, --value, --unit, --source, --quote or --note.</source>
            <translation>没有要更改的内容：请给出 --indicator、--year、--period、--value、--unit、--source、--quote 或 --note。</translation>
        </message>
        <message>
            <source>Statistic %1 updated.</source>
            <translation>统计数据 %1 已更新。</translation>
        </message>
</context>
<context>
        <name>TableExporter</name>
        <message>
            <source>Data</source>
            <translation>数据</translation>
        </message>
        <message>
            <source>Cannot write %1: %2</source>
            <translation>无法写入 %1：%2</translation>
        </message>
        <message>
            <source>Cannot write %1: unknown table format "%2" (use .csv or .xlsx).</source>
            <translation>无法写入 %1：未知表格格式“%2”（请使用 .csv 或 .xlsx）。</translation>
        </message>
        <message>
            <source>Cannot create the workbook (%1).</source>
            <translation>无法创建工作簿（%1）。</translation>
        </message>
        <message>
            <source>Cannot create the workbook (zip error %1).</source>
            <translation>无法创建工作簿（zip 错误 %1）。</translation>
        </message>
</context>
<context>
        <name>TargetChoices</name>
        <message>
            <source>Cannot store which value counts: %1</source>
            <translation>无法保存哪个数值计入：%1</translation>
        </message>
</context>
<context>
        <name>TargetListing</name>
        <message>
            <source>Cannot read the targets: %1</source>
            <translation>无法读取目标：%1</translation>
        </message>
</context>
<context>
        <name>TargetReason</name>
        <message>
            <source>incentive</source>
            <translation>激励</translation>
        </message>
        <message>
            <source>baseline</source>
            <translation>基数</translation>
        </message>
        <message>
            <source>target</source>
            <translation>目标</translation>
        </message>
        <message>
            <source>deadline %1</source>
            <translation>期限 %1</translation>
        </message>
        <message>
            <source>goal word %1</source>
            <translation>目标用语 %1</translation>
        </message>
        <message>
            <source>forecast %1</source>
            <translation>预测 %1</translation>
        </message>
        <message>
            <source>year after the document's date</source>
            <translation>年份晚于文件日期</translation>
        </message>
        <message>
            <source>support given %1</source>
            <translation>给予支持 %1</translation>
        </message>
        <message>
            <source>fund or budget set up %1</source>
            <translation>设立基金或安排资金 %1</translation>
        </message>
        <message>
            <source>as of a date %1</source>
            <translation>截至某日 %1</translation>
        </message>
        <message>
            <source>completed action %1</source>
            <translation>已完成 %1</translation>
        </message>
        <message>
            <source>compared with a past year %1</source>
            <translation>与以往年份比较 %1</translation>
        </message>
        <message>
            <source>reported figure %1</source>
            <translation>报道的数据 %1</translation>
        </message>
        <message>
            <source>year before the document's date</source>
            <translation>年份早于文件日期</translation>
        </message>
        <message>
            <source>past plan period %1</source>
            <translation>已过去的规划期 %1</translation>
        </message>
        <message>
            <source>estimate for a year already over %1</source>
            <translation>对已过去年份的估计 %1</translation>
        </message>
        <message>
            <source>no cue in the clause; document genre: %1</source>
            <translation>分句中无线索；文件类型：%1</translation>
        </message>
        <message>
            <source>no cue in the clause</source>
            <translation>分句中无线索</translation>
        </message>
        <message>
            <source>no year</source>
            <translation>无年份</translation>
        </message>
        <message>
            <source>deadline year %1</source>
            <translation>期限年份 %1</translation>
        </message>
        <message>
            <source>year %1 of the reporting date</source>
            <translation>统计截止年份 %1</translation>
        </message>
        <message>
            <source>year %1 from the document's date</source>
            <translation>由文件日期推得年份 %1</translation>
        </message>
        <message>
            <source>year %1, end of the plan period</source>
            <translation>年份 %1（规划期末）</translation>
        </message>
        <message>
            <source>year %1 from the list's lead-in</source>
            <translation>年份 %1 来自列表引导语</translation>
        </message>
        <message>
            <source>year %1 from an earlier sentence</source>
            <translation>年份 %1 来自前文</translation>
        </message>
        <message>
            <source>year %1 paired in order</source>
            <translation>年份 %1（按“分别”顺序对应）</translation>
        </message>
        <message>
            <source>year %1 from the table header</source>
            <translation>年份 %1 来自表头</translation>
        </message>
        <message>
            <source>year %1 of the report's title</source>
            <translation>年份 %1 来自公报标题</translation>
        </message>
        <message>
            <source>year %1 as stated</source>
            <translation>年份 %1（原文所述）</translation>
        </message>
        <message>
            <source>(%1)</source>
            <translation>（%1）</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1：%2</translation>
        </message>
        <message>
            <source>comparator from %1</source>
            <translation>比较关系来自“%1”</translation>
        </message>
        <message>
            <source>no indicator word in the clause</source>
            <translation>分句中无指标词</translation>
        </message>
        <message>
            <source>indicator from %1</source>
            <translation>指标来自“%1”</translation>
        </message>
        <message>
            <source>; </source>
            <translation>；</translation>
        </message>
</context>
<context>
        <name>TargetRepository</name>
        <message>
            <source>Cannot save the target: %1</source>
            <translation>无法保存目标：%1</translation>
        </message>
        <message>
            <source>Cannot delete target %1: %2</source>
            <translation>无法删除目标 %1：%2</translation>
        </message>
        <message>
            <source>Cannot set the review status of target %1: %2</source>
            <translation>无法设置目标 %1 的审核状态：%2</translation>
        </message>
        <message>
            <source>no such target</source>
            <translation>没有这个目标</translation>
        </message>
        <message>
            <source>Cannot change target %1: %2</source>
            <translation>无法修改目标 %1：%2</translation>
        </message>
        <message>
            <source>Cannot start a transaction: %1</source>
            <translation>无法开始事务：%1</translation>
        </message>
        <message>
            <source>Cannot replace the extracted targets: %1</source>
            <translation>无法替换自动抽取的目标：%1</translation>
        </message>
        <message>
            <source>Cannot save the extracted targets: %1</source>
            <translation>无法保存自动抽取的目标：%1</translation>
        </message>
</context>
<context>
        <name>TargetsCommand</name>
        <message>
            <source>List targets with their ids, correct one (set ID), or choose the value that counts (choose ID).</source>
            <translation>列出带编号的目标，更正某个目标（set ID），或选择计入的数值（choose ID）。</translation>
        </message>
        <message>
            <source>Nothing to list; "set ID" to correct a target; "choose ID" to make it count.</source>
            <translation>不加参数即列出；“set ID”更正一个目标；“choose ID”使其计入。</translation>
        </message>
        <message>
            <source>Region key or name (see policylens regions); with set: the new region, '' for unknown; in a list, 'unknown' lists targets without one.</source>
            <translation>地区键或名称（见 policylens regions）；与 set 连用时为新地区，'' 表示未知；列出时用 'unknown' 列出没有地区的目标。</translation>
        </message>
        <message>
            <source>Indicator key (see policylens indicators).</source>
            <translation>指标键（见 policylens indicators）。</translation>
        </message>
        <message>
            <source>target, incentive or baseline.</source>
            <translation>target（目标）、incentive（激励）或 baseline（现状基数）。</translation>
        </message>
        <message>
            <source>Year.</source>
            <translation>年份。</translation>
        </message>
        <message>
            <source>Review status: unreviewed, verified, rejected or edited.</source>
            <translation>审核状态：unreviewed、verified、rejected 或 edited。</translation>
        </message>
        <message>
            <source>Only the targets of this document id.</source>
            <translation>只列出此文档编号的目标。</translation>
        </message>
        <message>
            <source>With set: the new value (3000亿 is understood).</source>
            <translation>与 set 连用：新数值（可写 3000亿）。</translation>
        </message>
        <message>
            <source>With set: the new unit.</source>
            <translation>与 set 连用：新单位。</translation>
        </message>
        <message>
            <source>With set: &gt;=, &gt;, =, &lt;=, &lt;, ~ or range.</source>
            <translation>与 set 连用：&gt;=、&gt;、=、&lt;=、&lt;、~ 或 range。</translation>
        </message>
        <message>
            <source>With choose: forget the choice; the default order decides again.</source>
            <translation>与 choose 连用：取消选择，恢复按默认顺序决定。</translation>
        </message>
        <message>
            <source>Usage: policylens targets [set|choose ID] [options]</source>
            <translation>用法：policylens targets [set|choose ID] [选项]</translation>
        </message>
        <message>
            <source>Unknown region "%1"; policylens regions lists the keys.</source>
            <translation>未知地区“%1”；policylens regions 可列出所有键。</translation>
        </message>
        <message>
            <source>(unknown)</source>
            <translation>（未知）</translation>
        </message>
        <message>
            <source>counts (1 of %1)</source>
            <translation>计入（共 %1 个数值）</translation>
        </message>
        <message>
            <source>competes (%1 values)</source>
            <translation>竞争中（共 %1 个数值）</translation>
        </message>
        <message>
            <source>Target %1 does not exist in %2.</source>
            <translation>%2 中没有目标 %1。</translation>
        </message>
        <message>
            <source>Unknown indicator "%1"; policylens indicators lists the keys.</source>
            <translation>未知指标“%1”；policylens indicators 可列出所有键。</translation>
        </message>
        <message>
            <source>Edit target</source>
            <translation>编辑目标</translation>
        </message>
        <message>
            <source>Target %1: %2</source>
            <translation>目标 %1：%2</translation>
        </message>
        <message>
            <source>Target %1 changed.</source>
            <translation>目标 %1 已修改。</translation>
        </message>
        <message>
            <source>Target %1: the default order decides again.</source>
            <translation>目标 %1：恢复按默认顺序决定。</translation>
        </message>
        <message>
            <source>Target %1 now counts for its region, indicator and year.</source>
            <translation>目标 %1 现为其地区、指标和年份的计入数值。</translation>
        </message>
        <message>
            <source>Unknown --%1 "%2"; policylens targets --help lists the values.</source>
            <translation>未知的 --%1 值“%2”；policylens targets --help 列出可用的值。</translation>
        </message>
</context>
<context>
        <name>TextDecoder</name>
        <message>
            <source>the file is empty</source>
            <translation>文件为空</translation>
        </message>
        <message>
            <source>it is not text (invalid UTF-8 after a UTF-8 byte-order mark)</source>
            <translation>不是文本文件（UTF-8 字节顺序标记之后的内容不是有效的 UTF-8）</translation>
        </message>
        <message>
            <source>it is not text (invalid UTF-16 after a byte-order mark)</source>
            <translation>不是文本文件（字节顺序标记之后的内容不是有效的 UTF-16）</translation>
        </message>
        <message>
            <source>it is not text (control characters)</source>
            <translation>不是文本文件（含有控制字符）</translation>
        </message>
        <message>
            <source>it is not text (binary data)</source>
            <translation>不是文本文件（二进制数据）</translation>
        </message>
        <message>
            <source>it is not text (no known character encoding fits)</source>
            <translation>不是文本文件（没有相符的已知字符编码）</translation>
        </message>
</context>
<context>
        <name>TextImporter</name>
        <message>
            <source>its text is longer than the limit of %L1 characters</source>
            <translation>文本长度超过 %L1 个字符的上限</translation>
        </message>
</context>
<context>
        <name>ValueNormalizer</name>
        <message>
            <source>the value is empty</source>
            <translation>数值为空</translation>
        </message>
        <message>
            <source>the value "%1" is not a number</source>
            <translation>数值“%1”不是数字</translation>
        </message>
</context>
<context>
        <name>Workspace</name>
        <message>
            <source>Cannot open workspace %1: it is not a file.</source>
            <translation>无法打开工作区 %1：它不是文件。</translation>
        </message>
        <message>
            <source>Cannot open workspace %1: %2</source>
            <translation>无法打开工作区 %1：%2</translation>
        </message>
        <message>
            <source>Cannot open workspace %1: it is not a PolicyLens workspace (%2).</source>
            <translation>无法打开工作区 %1：它不是 PolicyLens 工作区（%2）。</translation>
        </message>
        <message>
            <source>Cannot open workspace %1: it was written by a newer PolicyLens (format %2; this version reads up to %3). It was not modified.</source>
            <translation>无法打开工作区 %1：它由较新版本的 PolicyLens 写入（格式 %2；本版本最多读取格式 %3）。文件未被修改。</translation>
        </message>
        <message>
            <source>Cannot open workspace %1: it is an SQLite database but not a PolicyLens workspace. It was not modified.</source>
            <translation>无法打开工作区 %1：它是 SQLite 数据库，但不是 PolicyLens 工作区。文件未被修改。</translation>
        </message>
        <message>
            <source>Cannot upgrade workspace %1: %2</source>
            <translation>无法升级工作区 %1：%2</translation>
        </message>
        <message>
            <source>Cannot upgrade workspace %1 to format %2: %3</source>
            <translation>无法将工作区 %1 升级到格式 %2：%3</translation>
        </message>
        <message>
            <source>The built-in region list is missing (%1).</source>
            <translation>内置地区列表缺失（%1）。</translation>
        </message>
        <message>
            <source>Cannot store the region list: %1</source>
            <translation>无法保存地区列表：%1</translation>
        </message>
        <message>
            <source>Cannot open workspace %1: its format number (%2) is not one PolicyLens writes. It was not modified.</source>
            <translation>无法打开工作区 %1：其格式编号（%2）不是 PolicyLens 写入的格式。文件未被修改。</translation>
        </message>
        <message>
            <source>Cannot open workspace %1: the file is damaged (%2). It was not modified.</source>
            <translation>无法打开工作区 %1：文件已损坏（%2）。文件未被修改。</translation>
        </message>
        <message>
            <source>The built-in indicator list is missing (%1).</source>
            <translation>内置指标列表缺失（%1）。</translation>
        </message>
        <message>
            <source>Cannot update workspace %1: %2</source>
            <translation>无法更新工作区 %1：%2</translation>
        </message>
        <message>
            <source>Cannot store the indicator list: %1</source>
            <translation>无法保存指标列表：%1</translation>
        </message>
        <message>
            <source>Cannot open workspace %1: %2 is read-only. Copy the workspace to a folder you can write to. It was not modified.</source>
            <translation>无法打开工作区 %1：%2是只读的。请将工作区复制到您有写入权限的文件夹中。文件未被修改。</translation>
        </message>
        <message>
            <source>the file</source>
            <translation>该文件</translation>
        </message>
        <message>
            <source>its folder %1</source>
            <translation>其所在文件夹“%1”</translation>
        </message>
</context>
<context>
        <name>WorkspaceImportRunner</name>
        <message>
            <source>line %1: %2</source>
            <translation>第 %1 行：%2</translation>
        </message>
</context>
<context>
        <name>ZipPackage</name>
        <message>
            <source>zip error %1</source>
            <translation>zip 错误 %1</translation>
        </message>
        <message>
            <source>cannot add %1 (zip error %2)</source>
            <translation>无法加入 %1（zip 错误 %2）</translation>
        </message>
</context>
<context>
        <name>main</name>
        <message>
            <source>Workspace file to use.</source>
            <translation>要使用的工作区文件。</translation>
        </message>
        <message>
            <source>Language of messages and output: zh or en.</source>
            <translation>消息和输出的语言：zh 或 en。</translation>
        </message>
        <message>
            <source>Example: %1</source>
            <translation>示例：%1</translation>
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
通用选项：
  --db FILE    工作区文件（默认：%1）
  --json       机器可读输出，每行一个 JSON 对象
  --lang LANG  zh 或 en
  --help, --version
</translation>
        </message>
        <message>
            <source>Machine-readable output.</source>
            <translation>机器可读输出。</translation>
        </message>
        <message>
            <source>Unknown subcommand "%1". Run policylens --help.</source>
            <translation>未知子命令“%1”。请运行 policylens --help。</translation>
        </message>
        <message>
            <source>  (none in this build)
</source>
            <translation>  （此版本中没有）
</translation>
        </message>
        <message>
            <source>Usage: policylens [SUBCOMMAND] [options]
       policylens [FILE.policylens]

Without a subcommand, opens the workbench (on FILE.policylens if given).
Run policylens SUBCOMMAND --help for the options of one subcommand.

Subcommands, each with an example:
</source>
            <translation>用法：policylens [子命令] [选项]
  policylens [FILE.policylens]

不带子命令时打开工作台（如给出 FILE.policylens，则打开该工作区）。
运行 policylens 子命令 --help 可查看该子命令的选项。

子命令及示例：
</translation>
        </message>
</context>
<context>
        <name>policylens::AboutDialog</name>
        <message>
            <source>About PolicyLens</source>
            <translation>关于政策透镜</translation>
        </message>
        <message>
            <source>PolicyLens %1</source>
            <translation>政策透镜 %1</translation>
        </message>
        <message>
            <source>Finds the quantitative targets in AI-industry policy documents, lets you review them beside their source sentences, and compares cities in charts and reports.</source>
            <translation>从人工智能产业政策文件中找出量化目标，供您对照原文语句逐条审核，并通过图表和报告对比各城市。</translation>
        </message>
        <message>
            <source>Free software under the &lt;a href="%1"&gt;GNU General Public License, version 3 or later&lt;/a&gt; (%2). It comes with absolutely no warranty.</source>
            <translation>本软件是自由软件，依据&lt;a href="%1"&gt;GNU 通用公共许可证第 3 版或更高版本&lt;/a&gt;（%2）发布，不提供任何担保。</translation>
        </message>
        <message>
            <source>Qt %1 (built with %2)
ICU %3
SQLite %4</source>
            <translation>Qt %1（构建时使用 %2）
ICU %3
SQLite %4</translation>
        </message>
        <message>
            <source>Copy version information</source>
            <translation>复制版本信息</translation>
        </message>
</context>
<context>
        <name>policylens::AddTargetDialog</name>
        <message>
            <source>Add target</source>
            <translation>添加目标</translation>
        </message>
        <message>
            <source>Selected text:</source>
            <translation>选中文本：</translation>
        </message>
        <message>
            <source>Indicator:</source>
            <translation>指标：</translation>
        </message>
        <message>
            <source>Kind:</source>
            <translation>类型：</translation>
        </message>
        <message>
            <source>Comparator:</source>
            <translation>比较关系：</translation>
        </message>
        <message>
            <source>Value (base unit):</source>
            <translation>数值（基本单位）：</translation>
        </message>
        <message>
            <source>Unit:</source>
            <translation>单位：</translation>
        </message>
        <message>
            <source>Counter word:</source>
            <translation>量词：</translation>
        </message>
        <message>
            <source>Year:</source>
            <translation>年份：</translation>
        </message>
        <message>
            <source>In yuan, percent, PFLOPS or a plain count; 3000亿 and 300 billion are understood.</source>
            <translation>以元、百分比、PFLOPS 或个数计；可直接输入“3000亿”或“300 billion”。</translation>
        </message>
</context>
<context>
        <name>policylens::ChartBuilder</name>
        <message>
            <source>%1: targets by city</source>
            <translation>%1：各城市目标</translation>
        </message>
        <message>
            <source>%1: progress towards the targets</source>
            <translation>%1：目标完成进度</translation>
        </message>
        <message>
            <source>Targets set by each city, per indicator</source>
            <translation>各城市分指标设定的目标</translation>
        </message>
        <message>
            <source>Policy documents by publication date</source>
            <translation>政策文件发布时间分布</translation>
        </message>
        <message>
            <source>Funding and subsidies by city and instrument</source>
            <translation>各城市资金与补贴（按扶持方式）</translation>
        </message>
        <message numerus="yes">
            <source>Source: %n policy document(s) in the workspace. ≥ at least, ~ about; rejected targets left out.</source>
            <translation>
                <numerusform>来源：工作区中的 %n 份政策文件。≥ 表示不低于，~ 表示约；已驳回的目标未列入。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n target(s) in other units not shown.</source>
            <translation>
                <numerusform>另有 %n 个以其他单位计的目标未显示。</numerusform>
            </translation>
        </message>
        <message>
            <source>none</source>
            <translation>无</translation>
        </message>
        <message>
            <source>Number of targets each city set for each indicator; grey cells: none.</source>
            <translation>各城市在各项指标上设定的目标数量；灰色单元格表示没有。</translation>
        </message>
        <message>
            <source>Source: publication dates of the policy documents in the workspace.</source>
            <translation>来源：工作区中各政策文件的发布日期。</translation>
        </message>
        <message numerus="yes">
            <source>%n document(s) without a date not shown.</source>
            <translation>
                <numerusform>另有 %n 份无日期的文件未显示。</numerusform>
            </translation>
        </message>
        <message>
            <source>Sum of the funding and subsidy amounts stated in the policy documents.</source>
            <translation>政策文件中所列资金与补贴金额的合计。</translation>
        </message>
        <message numerus="yes">
            <source>%n incentive(s) not in yuan not shown.</source>
            <translation>
                <numerusform>另有 %n 项不以元计的激励措施未显示。</numerusform>
            </translation>
        </message>
        <message>
            <source>No data for this selection.</source>
            <translation>所选范围内没有数据。</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>年份</translation>
        </message>
        <message>
            <source>Publication date</source>
            <translation>发布日期</translation>
        </message>
        <message>
            <source>* several values for that place and year: the one that counts is drawn (a final document over a draft, a newer over an older, unless you chose); hover to see them all.</source>
            <translation>* 该地该年有多个数值：图中画出计入的一个（正式稿优先于征求意见稿，较新的优先于较旧的，除非您另行选择）；悬停可查看全部。</translation>
        </message>
        <message numerus="yes">
            <source>“Region unknown”: %n target(s) from documents without a region; set it under Documents › Edit details.</source>
            <translation>
                <numerusform>“地区未知”：%n 个目标来自尚无地区的文档；可在“文档 › 编辑详情”中设置。</numerusform>
            </translation>
        </message>
        <message>
            <source>Policy instruments: supply, environment and demand shares by region</source>
            <translation>政策工具：各地区供给型、环境型和需求型工具占比</translation>
        </message>
        <message>
            <source>Share of each side among the coded sentences of a region's documents; rejected codings left out.</source>
            <translation>各类工具在该地区文档已编码句子中的占比；已驳回的编码不计。</translation>
        </message>
        <message numerus="yes">
            <source>%1 and %n more</source>
            <translation>
                <numerusform>%1 等另 %n 个</numerusform>
            </translation>
        </message>
        <message>
            <source>Lines: statistics (%1). Stars: targets from policy documents. Circles: statistics for part of a year.</source>
            <translation>折线：统计数据（%1）。星形：政策文件中的目标。空心圆：不足全年的统计数据。</translation>
        </message>
        <message>
            <source>%1 (part of the year)</source>
            <translation>%1（不足全年）</translation>
        </message>
</context>
<context>
        <name>policylens::ChartDataModel</name>
        <message>
            <source>Target</source>
            <translation>目标</translation>
        </message>
        <message numerus="yes">
            <source>Sum of %n incentive(s)</source>
            <translation>
                <numerusform>%n 项激励措施合计</numerusform>
            </translation>
        </message>
        <message>
            <source>City</source>
            <translation>城市</translation>
        </message>
        <message>
            <source>Region code</source>
            <translation>地区代码</translation>
        </message>
        <message>
            <source>Indicator</source>
            <translation>指标</translation>
        </message>
        <message>
            <source>Series</source>
            <translation>数据系列</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>年份</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>统计期</translation>
        </message>
        <message>
            <source>Comparator</source>
            <translation>比较关系</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>数值</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>单位</translation>
        </message>
        <message>
            <source>As shown</source>
            <translation>显示值</translation>
        </message>
        <message>
            <source>Value in base unit</source>
            <translation>基本单位数值</translation>
        </message>
        <message>
            <source>Base unit</source>
            <translation>基本单位</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>来源</translation>
        </message>
        <message>
            <source>Sentence or quote</source>
            <translation>原文语句或引文</translation>
        </message>
</context>
<context>
        <name>policylens::CodedSentencesModel</name>
        <message>
            <source>Region unknown</source>
            <translation>地区未知</translation>
        </message>
        <message>
            <source>reviewed</source>
            <translation>已审核</translation>
        </message>
        <message>
            <source>unreviewed</source>
            <translation>未审核</translation>
        </message>
        <message>
            <source>Document</source>
            <translation>文档</translation>
        </message>
        <message>
            <source>Region</source>
            <translation>地区</translation>
        </message>
        <message>
            <source>Sentence</source>
            <translation>句子</translation>
        </message>
        <message>
            <source>Codes</source>
            <translation>编码</translation>
        </message>
        <message>
            <source>Code keys</source>
            <translation>编码键</translation>
        </message>
        <message>
            <source>Review state</source>
            <translation>审核状态</translation>
        </message>
</context>
<context>
        <name>policylens::CodingService</name>
        <message>
            <source>There is no coding %1.</source>
            <translation>没有编码标注 %1。</translation>
        </message>
        <message>
            <source>There is no code %1.</source>
            <translation>没有编码 %1。</translation>
        </message>
</context>
<context>
        <name>policylens::CodingsModel</name>
        <message>
            <source>Document %1</source>
            <translation>文档 %1</translation>
        </message>
        <message>
            <source>added by a person</source>
            <translation>人工添加</translation>
        </message>
        <message>
            <source>accepted</source>
            <translation>已接受</translation>
        </message>
        <message>
            <source>rejected</source>
            <translation>已驳回</translation>
        </message>
        <message>
            <source>unreviewed</source>
            <translation>未审核</translation>
        </message>
        <message>
            <source>manual</source>
            <translation>人工</translation>
        </message>
        <message>
            <source>automatic</source>
            <translation>自动</translation>
        </message>
        <message>
            <source>Document</source>
            <translation>文档</translation>
        </message>
        <message>
            <source>Sentence</source>
            <translation>句子</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>编码</translation>
        </message>
        <message>
            <source>Side</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>Confidence</source>
            <translation>置信度</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>依据</translation>
        </message>
        <message>
            <source>Review</source>
            <translation>审核</translation>
        </message>
        <message>
            <source>Origin</source>
            <translation>来源</translation>
        </message>
</context>
<context>
        <name>policylens::CompareView</name>
        <message>
            <source>No data for this selection.</source>
            <translation>所选范围内没有数据。</translation>
        </message>
        <message>
            <source>Export chart</source>
            <translation>导出图表</translation>
        </message>
        <message>
            <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf);;CSV data (*.csv);;Excel workbook (*.xlsx)</source>
            <translation>PNG 图像 (*.png);;SVG 矢量图 (*.svg);;PDF 文档 (*.pdf);;CSV 数据 (*.csv);;Excel 工作簿 (*.xlsx)</translation>
        </message>
        <message>
            <source>Chart</source>
            <translation>图表</translation>
        </message>
        <message>
            <source>Target comparison</source>
            <translation>目标对比</translation>
        </message>
        <message>
            <source>Progress to target</source>
            <translation>目标进度</translation>
        </message>
        <message>
            <source>Coverage</source>
            <translation>覆盖情况</translation>
        </message>
        <message>
            <source>Timeline</source>
            <translation>时间线</translation>
        </message>
        <message>
            <source>Incentives</source>
            <translation>激励措施</translation>
        </message>
        <message>
            <source>Indicator</source>
            <translation>指标</translation>
        </message>
        <message>
            <source>Cities</source>
            <translation>城市</translation>
        </message>
        <message>
            <source>Years (from – to)</source>
            <translation>年份（起 – 止）</translation>
        </message>
        <message>
            <source>any</source>
            <translation>不限</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>导出…</translation>
        </message>
        <message>
            <source>Save the chart as PNG, SVG or PDF, or its data as CSV or XLSX.</source>
            <translation>将图表保存为 PNG、SVG 或 PDF，或将其数据保存为 CSV 或 XLSX。</translation>
        </message>
        <message>
            <source>Copy image</source>
            <translation>复制图像</translation>
        </message>
        <message>
            <source>Policy instruments</source>
            <translation>政策工具</translation>
        </message>
</context>
<context>
        <name>policylens::CompetingValues</name>
        <message numerus="yes">
            <source>%n values exist for this region, indicator and year.</source>
            <translation>
                <numerusform>该地区、指标和年份共有 %n 个值。</numerusform>
            </translation>
        </message>
        <message>
            <source>This one counts: you chose it.</source>
            <translation>计入此值：由您选定。</translation>
        </message>
        <message>
            <source>This one counts by default (final over draft, newer over older).</source>
            <translation>默认计入此值（正式稿优先于征求意见稿，较新的优先于较旧的）。</translation>
        </message>
        <message>
            <source>Another value counts in charts and reports.</source>
            <translation>图表和报告中计入的是另一个值。</translation>
        </message>
        <message>
            <source>Count this value</source>
            <translation>计入此值</translation>
        </message>
        <message>
            <source>Use this value in charts and reports instead of the others for the same region, indicator and year.</source>
            <translation>在图表和报告中使用此值，而不是同一地区、指标和年份的其他值。</translation>
        </message>
        <message>
            <source>Default choice</source>
            <translation>恢复默认</translation>
        </message>
        <message>
            <source>Forget your choice: a final document counts over a draft, a newer one over an older.</source>
            <translation>取消您的选择：正式稿优先于征求意见稿，较新的文件优先于较旧的。</translation>
        </message>
</context>
<context>
        <name>policylens::DocumentMetadataDialog</name>
        <message>
            <source>Edit document</source>
            <translation>编辑文档</translation>
        </message>
        <message>
            <source>Document details</source>
            <translation>文档详情</translation>
        </message>
        <message>
            <source>Title:</source>
            <translation>标题：</translation>
        </message>
        <message>
            <source>Issuer:</source>
            <translation>发文机关：</translation>
        </message>
        <message>
            <source>Region:</source>
            <translation>地区：</translation>
        </message>
        <message>
            <source>Date:</source>
            <translation>日期：</translation>
        </message>
        <message>
            <source>Type:</source>
            <translation>文档类型：</translation>
        </message>
        <message>
            <source>Status:</source>
            <translation>文稿状态：</translation>
        </message>
        <message>
            <source>Year-month-day, e.g. 2024-05-30; leave empty when unknown.</source>
            <translation>年-月-日，如 2024-05-30；未知时留空。</translation>
        </message>
        <message>
            <source>What you set here is kept when targets are extracted again. Changing the region moves the document's targets too, except those you placed yourself.</source>
            <translation>此处设置的内容在重新提取目标时会保留。修改地区也会同时移动该文档的目标，您自行指定地区的目标除外。</translation>
        </message>
</context>
<context>
        <name>policylens::DocumentViewer</name>
        <message>
            <source>Add target from selection…</source>
            <translation>从选中文本添加目标…</translation>
        </message>
</context>
<context>
        <name>policylens::DocumentsModel</name>
        <message>
            <source>Title</source>
            <translation>标题</translation>
        </message>
        <message>
            <source>Issuer</source>
            <translation>发文机关</translation>
        </message>
        <message>
            <source>Region</source>
            <translation>地区</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Format</source>
            <translation>格式</translation>
        </message>
        <message>
            <source>Targets</source>
            <translation>目标</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>文档类型</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>文稿状态</translation>
        </message>
</context>
<context>
        <name>policylens::DocumentsView</name>
        <message>
            <source>Select the number and its unit in the document text first.</source>
            <translation>请先在文档正文中选中数字及其单位。</translation>
        </message>
        <message>
            <source>Filter by title, issuer or document number</source>
            <translation>按标题、发文机关或文号筛选</translation>
        </message>
        <message>
            <source>Search the full text (Enter)</source>
            <translation>全文检索（回车）</translation>
        </message>
        <message>
            <source>Search results</source>
            <translation>检索结果</translation>
        </message>
        <message numerus="yes">
            <source>%n place(s) found for “%1”</source>
            <translation>
                <numerusform>找到 %n 处“%1”</numerusform>
            </translation>
        </message>
        <message>
            <source>No document open</source>
            <translation>未打开文档</translation>
        </message>
        <message>
            <source>Targets in this document: %1</source>
            <translation>本文档中的目标：%1</translation>
        </message>
        <message>
            <source>Add target from selection…</source>
            <translation>从选中文本添加目标…</translation>
        </message>
        <message>
            <source>Select a number with its unit in the text, then add it as a target.</source>
            <translation>在正文中选中一个数字及其单位，再将其添加为目标。</translation>
        </message>
        <message>
            <source>Edit details…</source>
            <translation>编辑详情…</translation>
        </message>
        <message>
            <source>Correct the title, issuer, region, date, type or status.</source>
            <translation>更正标题、发文机关、地区、日期、文档类型或文稿状态。</translation>
        </message>
</context>
<context>
        <name>policylens::ExportActions</name>
        <message>
            <source>Export &amp;Report…</source>
            <translation>导出报告(&amp;R)…</translation>
        </message>
        <message>
            <source>Write a report with charts and every target with its source, as PDF, Word (DOCX), OpenDocument (ODT) or HTML.</source>
            <translation>将含图表及全部目标（附出处）的报告写为 PDF、Word（DOCX）、OpenDocument（ODT）或 HTML。</translation>
        </message>
        <message>
            <source>Export &amp;Targets Table…</source>
            <translation>导出目标表(&amp;T)…</translation>
        </message>
        <message>
            <source>Save the targets the Targets tab shows, with their sentences, documents and review state, as Excel (XLSX) or CSV.</source>
            <translation>将“目标”标签页当前显示的目标连同原文语句、来源文件和审核状态保存为 Excel（XLSX）或 CSV。</translation>
        </message>
        <message>
            <source>No workspace is open.</source>
            <translation>没有打开的工作区。</translation>
        </message>
        <message>
            <source>Export report</source>
            <translation>导出报告</translation>
        </message>
        <message>
            <source>PDF (*.pdf);;Word document (*.docx);;OpenDocument text (*.odt);;Web page (*.html)</source>
            <translation>PDF (*.pdf);;Word 文档 (*.docx);;OpenDocument 文本 (*.odt);;网页 (*.html)</translation>
        </message>
        <message>
            <source>Writing the report…</source>
            <translation>正在写入报告…</translation>
        </message>
        <message>
            <source>Export targets table</source>
            <translation>导出目标表</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
            <translation>Excel 工作簿 (*.xlsx);;CSV (*.csv)</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>Cancelling…</source>
            <translation>正在取消…</translation>
        </message>
</context>
<context>
        <name>policylens::ExportOptionsDialog</name>
        <message>
            <source>Export options</source>
            <translation>导出选项</translation>
        </message>
        <message>
            <source>Width (px at 96 DPI)</source>
            <translation>宽度（像素，按 96 DPI）</translation>
        </message>
        <message>
            <source>Height (px at 96 DPI)</source>
            <translation>高度（像素，按 96 DPI）</translation>
        </message>
        <message>
            <source>Resolution (DPI)</source>
            <translation>分辨率（DPI）</translation>
        </message>
        <message>
            <source>Vector output: sharp at any size.</source>
            <translation>矢量输出：任意尺寸下都清晰。</translation>
        </message>
        <message>
            <source>The image will be %1 × %2 pixels.</source>
            <translation>图像尺寸将为 %1 × %2 像素。</translation>
        </message>
</context>
<context>
        <name>policylens::GettingStartedDialog</name>
        <message>
            <source>Getting started with PolicyLens</source>
            <translation>政策透镜入门</translation>
        </message>
        <message>
            <source>Ten minutes from an empty workspace to your first comparison.</source>
            <translation>从空白工作区到第一次对比，只需十分钟。</translation>
        </message>
        <message>
            <source>1. One workspace file</source>
            <translation>1. 一个工作区文件</translation>
        </message>
        <message>
            <source>Everything you import and every decision you make is kept in one workspace file (%1). Open one by double-clicking it or with %2. Copy the file to back up or share your work.</source>
            <translation>您导入的全部内容和做出的每一项审核决定都保存在一个工作区文件（%1）中。双击该文件或通过 %2 即可打开。复制该文件即可备份或分享您的工作。</translation>
        </message>
        <message>
            <source>2. Import documents and statistics</source>
            <translation>2. 导入文档和统计数据</translation>
        </message>
        <message>
            <source>Add policy documents in Chinese or English (plain text, HTML, PDF, DOCX, Markdown) and statistics tables (CSV, XLSX) with the Import action or by dragging files onto the window. The encoding of text files (UTF-8, GB18030, Big5, UTF-16) is detected for you.</source>
            <translation>通过“导入”命令或将文件拖到窗口中，即可添加中文或英文政策文件（纯文本、HTML、PDF、DOCX、Markdown）以及统计表（CSV、XLSX）。文本文件的编码（UTF-8、GB18030、Big5、UTF-16）会自动识别。</translation>
        </message>
        <message>
            <source>3. Review the targets</source>
            <translation>3. 审核目标</translation>
        </message>
        <message>
            <source>PolicyLens finds the quantitative targets in every document: indicator, value, unit, comparator and year, each with the sentence it comes from. Read each one against its sentence, then verify, correct or reject it.</source>
            <translation>政策透镜会找出每份文件中的量化目标，包括指标、数值、单位、比较关系和年份，并附上各自的原文语句。请对照原文逐条阅读，然后核实、更正或驳回。</translation>
        </message>
        <message>
            <source>4. Compare and export</source>
            <translation>4. 对比与导出</translation>
        </message>
        <message>
            <source>5. The same from the command line</source>
            <translation>5. 命令行同样可用</translation>
        </message>
        <message>
            <source>Every step also runs without a window, on a server or in a script. %1 lists the subcommands, each with an example.</source>
            <translation>每个步骤都可以不开窗口运行，例如在服务器上或脚本中。%1 会列出全部子命令，并各附一个示例。</translation>
        </message>
        <message>
            <source>6. Chinese or English</source>
            <translation>6. 中文或英文</translation>
        </message>
        <message>
            <source>The interface can be switched between Chinese and English at any time, without restarting. Documents in both languages can live in one workspace.</source>
            <translation>界面可随时在中文和英文之间切换，无需重启。两种语言的文档可以放在同一个工作区中。</translation>
        </message>
        <message>
            <source>Getting Started</source>
            <translation>入门指南</translation>
        </message>
        <message>
            <source>Compare cities, indicators and years in charts. Export a chart as PNG, SVG or PDF and its data as CSV or XLSX; File › Export Report writes a whole report as PDF, Word, ODT or HTML, and File › Export Targets Table the reviewed targets with their sentences.</source>
            <translation>用图表对比城市、指标和年份。图表可导出为 PNG、SVG 或 PDF，其数据可导出为 CSV 或 XLSX；“文件 › 导出报告”可将完整报告写为 PDF、Word、ODT 或 HTML，“文件 › 导出目标表”可导出已审核的目标及其原文语句。</translation>
        </message>
</context>
<context>
        <name>policylens::ImportController</name>
        <message>
            <source>Importing documents</source>
            <translation>正在导入文档</translation>
        </message>
        <message>
            <source>Importing statistics</source>
            <translation>正在导入统计数据</translation>
        </message>
        <message>
            <source>Preparing…</source>
            <translation>正在准备…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>Cancelling after the current file…</source>
            <translation>当前文件完成后取消…</translation>
        </message>
        <message>
            <source>Importing %1 (%2 of %3)</source>
            <translation>正在导入 %1（第 %2 个，共 %3 个）</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1：%2</translation>
        </message>
        <message>
            <source>Import finished</source>
            <translation>导入完成</translation>
        </message>
        <message>
            <source>Import cancelled. </source>
            <translation>导入已取消。</translation>
        </message>
        <message numerus="yes">
            <source>%n file(s) imported</source>
            <translation>
                <numerusform>已导入 %n 个文件</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n duplicate(s) skipped</source>
            <translation>
                <numerusform>跳过 %n 个重复文件</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n file(s) rejected.</source>
            <translation>
                <numerusform>拒收 %n 个文件。</numerusform>
            </translation>
        </message>
        <message>
            <source>Statistics: %1, %2.</source>
            <translation>统计数据：%1，%2。</translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) imported</source>
            <translation>
                <numerusform>已导入 %n 行</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) rejected</source>
            <translation>
                <numerusform>拒收 %n 行</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n file(s) could not be read.</source>
            <translation>
                <numerusform>%n 个文件无法读取。</numerusform>
            </translation>
        </message>
</context>
<context>
        <name>policylens::IncentivesModel</name>
        <message>
            <source>Instrument</source>
            <translation>扶持方式</translation>
        </message>
</context>
<context>
        <name>policylens::InstrumentMatrix</name>
        <message>
            <source>There is no codebook "%1".</source>
            <translation>没有编码表“%1”。</translation>
        </message>
        <message>
            <source>Cannot count the codings: %1</source>
            <translation>无法统计编码：%1</translation>
        </message>
</context>
<context>
        <name>policylens::InstrumentMatrixModel</name>
        <message>
            <source>Supply</source>
            <translation>供给型</translation>
        </message>
        <message>
            <source>Environment</source>
            <translation>环境型</translation>
        </message>
        <message>
            <source>Demand</source>
            <translation>需求型</translation>
        </message>
        <message>
            <source>No side</source>
            <translation>无类型</translation>
        </message>
        <message>
            <source>Region unknown</source>
            <translation>地区未知</translation>
        </message>
        <message>
            <source>%1 sentences, %2% of the region's codings</source>
            <translation>%1 个句子，占该地区编码的 %2%</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>合计</translation>
        </message>
        <message>
            <source>Share (%)</source>
            <translation>占比（%）</translation>
        </message>
</context>
<context>
        <name>policylens::InstrumentMatrixView</name>
        <message>
            <source>Show shares</source>
            <translation>显示占比</translation>
        </message>
        <message>
            <source>Coded sentences per region and code. Double-click a cell to read its sentences.</source>
            <translation>各地区、各编码的已编码句子数。双击单元格可查看对应句子。</translation>
        </message>
</context>
<context>
        <name>policylens::InstrumentSharesModel</name>
        <message>
            <source>%1 (%)</source>
            <translation>%1（%）</translation>
        </message>
</context>
<context>
        <name>policylens::InstrumentsView</name>
        <message numerus="yes">
            <source>Re-coded: %n new codings; reviewed and manual ones kept.</source>
            <translation>
                <numerusform>已重新编码：新增 %n 条编码；已审核和人工编码保持不变。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n codings</source>
            <translation>
                <numerusform>%n 条编码</numerusform>
            </translation>
        </message>
        <message>
            <source>All codes</source>
            <translation>全部编码</translation>
        </message>
        <message>
            <source>All regions</source>
            <translation>全部地区</translation>
        </message>
        <message>
            <source>All sides</source>
            <translation>全部类型</translation>
        </message>
        <message>
            <source>Any review state</source>
            <translation>任意审核状态</translation>
        </message>
        <message>
            <source>unreviewed</source>
            <translation>未审核</translation>
        </message>
        <message>
            <source>accepted</source>
            <translation>已接受</translation>
        </message>
        <message>
            <source>rejected</source>
            <translation>已驳回</translation>
        </message>
        <message>
            <source>Codes of this sentence: %1</source>
            <translation>本句编码：%1</translation>
        </message>
        <message>
            <source>Code:</source>
            <translation>编码：</translation>
        </message>
        <message>
            <source>Side:</source>
            <translation>类型：</translation>
        </message>
        <message>
            <source>Region:</source>
            <translation>地区：</translation>
        </message>
        <message>
            <source>Review:</source>
            <translation>审核：</translation>
        </message>
        <message>
            <source>Accept</source>
            <translation>接受</translation>
        </message>
        <message>
            <source>Confirm the selected coding; re-coding never changes it.</source>
            <translation>确认所选编码；重新编码不会改动它。</translation>
        </message>
        <message>
            <source>Reject</source>
            <translation>驳回</translation>
        </message>
        <message>
            <source>The code does not apply; re-coding will not bring it back.</source>
            <translation>该编码不适用；重新编码不会再加回来。</translation>
        </message>
        <message>
            <source>Change code</source>
            <translation>更改编码</translation>
        </message>
        <message>
            <source>Give the selected coding's sentence the code chosen at the left instead.</source>
            <translation>把所选句子的编码改为左侧选定的编码。</translation>
        </message>
        <message>
            <source>Code selected text</source>
            <translation>为选中文字编码</translation>
        </message>
        <message>
            <source>Select text in the document, choose a code, then click here.</source>
            <translation>在文档中选中文字，选择编码，再点击这里。</translation>
        </message>
        <message>
            <source>Re-code all</source>
            <translation>全部重新编码</translation>
        </message>
        <message>
            <source>Code every document again with the current codebooks; reviewed and manual codings are kept.</source>
            <translation>用当前编码表重新为所有文档编码；已审核和人工编码保持不变。</translation>
        </message>
        <message>
            <source>Pick a coding to read its sentence in the document.</source>
            <translation>选择一条编码，即可在文档中查看其句子。</translation>
        </message>
</context>
<context>
        <name>policylens::MainWindow</name>
        <message>
            <source>Importing is not available in this build yet.</source>
            <translation>此版本尚不支持导入。</translation>
        </message>
        <message>
            <source>An import is already running.</source>
            <translation>已有导入正在进行。</translation>
        </message>
        <message>
            <source>New workspace</source>
            <translation>新建工作区</translation>
        </message>
        <message>
            <source>PolicyLens workspaces (*.policylens)</source>
            <translation>PolicyLens 工作区 (*.policylens)</translation>
        </message>
        <message>
            <source>Cannot replace %1: the file cannot be removed.</source>
            <translation>无法替换 %1：该文件无法删除。</translation>
        </message>
        <message>
            <source>Open workspace</source>
            <translation>打开工作区</translation>
        </message>
        <message>
            <source>PolicyLens workspaces (*.policylens);;All files (*)</source>
            <translation>PolicyLens 工作区 (*.policylens);;所有文件 (*)</translation>
        </message>
        <message>
            <source>Save a copy of the workspace</source>
            <translation>保存工作区副本</translation>
        </message>
        <message>
            <source>Save a copy</source>
            <translation>保存副本</translation>
        </message>
        <message>
            <source>Saved a copy to %1</source>
            <translation>已将副本保存到 %1</translation>
        </message>
        <message>
            <source>Import documents</source>
            <translation>导入文档</translation>
        </message>
        <message>
            <source>Policy documents (*.txt *.html *.htm *.pdf *.docx *.md);;All files (*)</source>
            <translation>政策文件 (*.txt *.html *.htm *.pdf *.docx *.md);;所有文件 (*)</translation>
        </message>
        <message>
            <source>Import statistics</source>
            <translation>导入统计数据</translation>
        </message>
        <message>
            <source>Statistics tables (*.csv *.xlsx)</source>
            <translation>统计表 (*.csv *.xlsx)</translation>
        </message>
        <message>
            <source>Untitled</source>
            <translation>未命名</translation>
        </message>
        <message>
            <source>%1 — PolicyLens</source>
            <translation>%1 — 政策透镜</translation>
        </message>
        <message>
            <source>In-memory workspace</source>
            <translation>内存工作区</translation>
        </message>
        <message>
            <source>Documents</source>
            <translation>文档</translation>
        </message>
        <message>
            <source>Targets</source>
            <translation>目标</translation>
        </message>
        <message>
            <source>Statistics</source>
            <translation>统计数据</translation>
        </message>
        <message>
            <source>Compare</source>
            <translation>对比</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>文件(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;New Workspace…</source>
            <translation>新建工作区(&amp;N)…</translation>
        </message>
        <message>
            <source>&amp;Open Workspace…</source>
            <translation>打开工作区(&amp;O)…</translation>
        </message>
        <message>
            <source>Open &amp;Recent</source>
            <translation>最近打开(&amp;R)</translation>
        </message>
        <message>
            <source>Save &amp;As Copy…</source>
            <translation>另存为副本(&amp;A)…</translation>
        </message>
        <message>
            <source>Import &amp;Documents…</source>
            <translation>导入文档(&amp;D)…</translation>
        </message>
        <message>
            <source>Import &amp;Statistics…</source>
            <translation>导入统计数据(&amp;S)…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>退出(&amp;Q)</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>编辑(&amp;E)</translation>
        </message>
        <message>
            <source>&amp;Verify Target</source>
            <translation>核实目标(&amp;V)</translation>
        </message>
        <message>
            <source>&amp;Reject Target</source>
            <translation>驳回目标(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>视图(&amp;V)</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>语言(&amp;L)</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>帮助(&amp;H)</translation>
        </message>
        <message>
            <source>&amp;About PolicyLens</source>
            <translation>关于政策透镜(&amp;A)</translation>
        </message>
        <message>
            <source>&amp;Undo %1</source>
            <translation>撤销 %1(&amp;U)</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>撤销(&amp;U)</translation>
        </message>
        <message>
            <source>&amp;Redo %1</source>
            <translation>重做 %1(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>重做(&amp;R)</translation>
        </message>
        <message>
            <source>Import a folder of documents</source>
            <translation>导入文件夹中的文档</translation>
        </message>
        <message>
            <source>Import &amp;Folder…</source>
            <translation>导入文件夹(&amp;F)…</translation>
        </message>
        <message>
            <source>&amp;Getting Started</source>
            <translation>入门指南(&amp;G)</translation>
        </message>
        <message>
            <source>Policy tools</source>
            <translation>政策工具</translation>
        </message>
        <message>
            <source>%1 (sample workspace) — PolicyLens</source>
            <translation>%1（示例工作区）— 政策透镜</translation>
        </message>
</context>
<context>
        <name>policylens::ProgressModel</name>
        <message>
            <source>Statistic</source>
            <translation>统计数据</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>目标</translation>
        </message>
        <message>
            <source>City</source>
            <translation>城市</translation>
        </message>
        <message>
            <source>Series</source>
            <translation>数据系列</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>年份</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>数值</translation>
        </message>
        <message>
            <source>Value (%1)</source>
            <translation>数值（%1）</translation>
        </message>
        <message>
            <source>Statistic (part of the year)</source>
            <translation>统计数据（不足全年）</translation>
        </message>
</context>
<context>
        <name>policylens::RecodeTask</name>
        <message>
            <source>Coding the documents again…</source>
            <translation>正在重新编码文档……</translation>
        </message>
        <message>
            <source>Coding the documents again: %1 of %2</source>
            <translation>正在重新编码文档：第 %1 个，共 %2 个</translation>
        </message>
</context>
<context>
        <name>policylens::RegionTreeModel</name>
        <message>
            <source>Regions</source>
            <translation>地区</translation>
        </message>
        <message>
            <source>Years</source>
            <translation>年份</translation>
        </message>
        <message numerus="yes">
            <source>%n document(s) issued for this region</source>
            <translation>
                <numerusform>本地区发布的文件 %n 份</numerusform>
            </translation>
        </message>
        <message>
            <source>Browse</source>
            <translation>浏览</translation>
        </message>
</context>
<context>
        <name>policylens::ReviewService</name>
        <message>
            <source>Target %1 does not exist in this workspace.</source>
            <translation>本工作区中不存在目标 %1。</translation>
        </message>
        <message>
            <source>"%1" is not a valid value for this field.</source>
            <translation>“%1”不是此字段的有效值。</translation>
        </message>
        <message>
            <source>Select the number in the document text first.</source>
            <translation>请先在文档正文中选中数字。</translation>
        </message>
        <message>
            <source>Document %1 does not exist in this workspace.</source>
            <translation>本工作区中不存在文档 %1。</translation>
        </message>
        <message>
            <source>"%1" is not a number.</source>
            <translation>“%1”不是数字。</translation>
        </message>
        <message>
            <source>"%1" is not a valid year.</source>
            <translation>“%1”不是有效年份。</translation>
        </message>
        <message>
            <source>Statistic %1 does not exist in this workspace.</source>
            <translation>本工作区中不存在统计数据 %1。</translation>
        </message>
        <message>
            <source>Target %1 has no region or no year, so no other value competes with it.</source>
            <translation>目标 %1 没有地区或年份，因此没有与之竞争的其他数值。</translation>
        </message>
        <message>
            <source>A statistic needs an indicator.</source>
            <translation>统计数据必须有指标。</translation>
        </message>
</context>
<context>
        <name>policylens::StatisticsModel</name>
        <message>
            <source>Region</source>
            <translation>地区</translation>
        </message>
        <message>
            <source>Indicator</source>
            <translation>指标</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>年份</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>数值</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>单位</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>来源</translation>
        </message>
        <message>
            <source>As written in the file: %1</source>
            <translation>文件中的写法：%1</translation>
        </message>
        <message>
            <source>Part of the year: not drawn as the year's value.</source>
            <translation>不足全年：不作为全年数值绘制。</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>统计期</translation>
        </message>
        <message>
            <source>Quote</source>
            <translation>引文</translation>
        </message>
</context>
<context>
        <name>policylens::StatisticsView</name>
        <message>
            <source>Import CSV/XLSX…</source>
            <translation>导入 CSV/XLSX…</translation>
        </message>
        <message>
            <source>Import statistics from CSV or Excel files.</source>
            <translation>从 CSV 或 Excel 文件导入统计数据。</translation>
        </message>
        <message>
            <source>Statistics import is not available in this build yet.</source>
            <translation>此版本尚不支持导入统计数据。</translation>
        </message>
        <message>
            <source>Published figures by region, indicator and period, with the sentence they were quoted from. Double-click an indicator, value, unit, year, source or quote to correct it; Ctrl+Z undoes.</source>
            <translation>按地区、指标和统计期列出的已发布数据及其引文。双击指标、数值、单位、年份、来源或引文即可更正；Ctrl+Z 撤销。</translation>
        </message>
</context>
<context>
        <name>policylens::TargetComparisonModel</name>
        <message>
            <source>Year</source>
            <translation>年份</translation>
        </message>
        <message numerus="yes">
            <source>%n value(s) for this place and year; the first counts:</source>
            <translation>
                <numerusform>该地该年共有 %n 个数值，第一个计入：</numerusform>
            </translation>
        </message>
        <message>
            <source>undated</source>
            <translation>未注明日期</translation>
        </message>
        <message>
            <source>%1 — %2 (%3, %4)</source>
            <translation>%1 — %2（%3，%4）</translation>
        </message>
        <message>
            <source>draft</source>
            <translation>征求意见稿</translation>
        </message>
        <message>
            <source>final</source>
            <translation>正式稿</translation>
        </message>
        <message>
            <source>[chosen]</source>
            <translation>[已选定]</translation>
        </message>
</context>
<context>
        <name>policylens::TargetEditor</name>
        <message>
            <source>Edit target</source>
            <translation>修改目标</translation>
        </message>
        <message>
            <source>Indicator:</source>
            <translation>指标：</translation>
        </message>
        <message>
            <source>Comparator:</source>
            <translation>比较关系：</translation>
        </message>
        <message>
            <source>Value:</source>
            <translation>数值：</translation>
        </message>
        <message>
            <source>Unit:</source>
            <translation>单位：</translation>
        </message>
        <message>
            <source>Year:</source>
            <translation>年份：</translation>
        </message>
        <message>
            <source>In base units; 3000亿 and 300 billion are understood.</source>
            <translation>以基本单位计；可直接输入“3000亿”或“300 billion”。</translation>
        </message>
        <message>
            <source>Apply changes</source>
            <translation>应用修改</translation>
        </message>
        <message>
            <source>Kind:</source>
            <translation>类型：</translation>
        </message>
        <message>
            <source>Region:</source>
            <translation>地区：</translation>
        </message>
        <message>
            <source>Added by hand: no extraction cues.</source>
            <translation>手动添加：无抽取线索。</translation>
        </message>
        <message>
            <source>Why:</source>
            <translation>判定依据：</translation>
        </message>
        <message>
            <source>The words and years that decided kind, year, comparator and indicator when the target was extracted.</source>
            <translation>抽取该目标时，决定其类型、年份、比较关系和指标的词语与年份。</translation>
        </message>
</context>
<context>
        <name>policylens::TargetTableModel</name>
        <message>
            <source>Cannot read the targets: %1</source>
            <translation>无法读取目标：%1</translation>
        </message>
        <message>
            <source>ID</source>
            <translation>编号</translation>
        </message>
        <message>
            <source>Region</source>
            <translation>地区</translation>
        </message>
        <message>
            <source>Indicator</source>
            <translation>指标</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>年份</translation>
        </message>
        <message>
            <source>Comparator</source>
            <translation>比较关系</translation>
        </message>
        <message>
            <source>Value (base unit)</source>
            <translation>数值（基本单位）</translation>
        </message>
        <message>
            <source>Upper value</source>
            <translation>上限值</translation>
        </message>
        <message>
            <source>Base unit</source>
            <translation>基本单位</translation>
        </message>
        <message>
            <source>Value as read</source>
            <translation>识读的数值</translation>
        </message>
        <message>
            <source>Review state</source>
            <translation>审核状态</translation>
        </message>
        <message>
            <source>Document</source>
            <translation>文件</translation>
        </message>
        <message>
            <source>Issuer</source>
            <translation>发文机关</translation>
        </message>
        <message>
            <source>Published</source>
            <translation>发布日期</translation>
        </message>
        <message>
            <source>Sentence</source>
            <translation>原文语句</translation>
        </message>
</context>
<context>
        <name>policylens::TargetsModel</name>
        <message>
            <source>Target</source>
            <translation>目标</translation>
        </message>
        <message>
            <source>Incentive</source>
            <translation>激励措施</translation>
        </message>
        <message>
            <source>Baseline</source>
            <translation>现状基数</translation>
        </message>
        <message>
            <source>Unreviewed</source>
            <translation>未审核</translation>
        </message>
        <message>
            <source>Verified</source>
            <translation>已核实</translation>
        </message>
        <message>
            <source>Rejected</source>
            <translation>已驳回</translation>
        </message>
        <message>
            <source>Edited</source>
            <translation>已修改</translation>
        </message>
        <message>
            <source>Document</source>
            <translation>文档</translation>
        </message>
        <message>
            <source>Region</source>
            <translation>地区</translation>
        </message>
        <message>
            <source>Indicator</source>
            <translation>指标</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>数值</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>单位</translation>
        </message>
        <message>
            <source>Comparator</source>
            <translation>比较关系</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>年份</translation>
        </message>
        <message>
            <source>Review status</source>
            <translation>审核状态</translation>
        </message>
        <message>
            <source>Source sentence</source>
            <translation>原文语句</translation>
        </message>
</context>
<context>
        <name>policylens::TargetsView</name>
        <message>
            <source>All regions</source>
            <translation>全部地区</translation>
        </message>
        <message>
            <source>All indicators</source>
            <translation>全部指标</translation>
        </message>
        <message>
            <source>All kinds</source>
            <translation>全部类型</translation>
        </message>
        <message>
            <source>All years</source>
            <translation>全部年份</translation>
        </message>
        <message>
            <source>Any review status</source>
            <translation>任意审核状态</translation>
        </message>
        <message>
            <source>%1 of %2 shown</source>
            <translation>显示 %1 / 共 %2 条</translation>
        </message>
        <message>
            <source>Select a target to see its source sentence.</source>
            <translation>选择一个目标以查看其原文语句。</translation>
        </message>
        <message>
            <source>Text in sentence or title</source>
            <translation>语句或标题中的文字</translation>
        </message>
        <message>
            <source>Source sentence</source>
            <translation>原文语句</translation>
        </message>
        <message>
            <source>Verify</source>
            <translation>核实</translation>
        </message>
        <message>
            <source>Mark this target as checked against the source.</source>
            <translation>将此目标标记为已对照原文核实。</translation>
        </message>
        <message>
            <source>Reject</source>
            <translation>驳回</translation>
        </message>
        <message>
            <source>Mark this target as wrongly extracted.</source>
            <translation>将此目标标记为抽取错误。</translation>
        </message>
        <message>
            <source>Unreview</source>
            <translation>撤销审核</translation>
        </message>
        <message>
            <source>Show in document</source>
            <translation>在文档中显示</translation>
        </message>
        <message>
            <source>Region</source>
            <translation>地区</translation>
        </message>
        <message>
            <source>Indicator</source>
            <translation>指标</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>Target year</source>
            <translation>目标年份</translation>
        </message>
        <message>
            <source>Review status</source>
            <translation>审核状态</translation>
        </message>
        <message>
            <source>Region unknown</source>
            <translation>地区未知</translation>
        </message>
</context>
<context>
        <name>policylens::TimelineModel</name>
        <message>
            <source>City</source>
            <translation>城市</translation>
        </message>
        <message>
            <source>Published</source>
            <translation>发布日期</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>标题</translation>
        </message>
        <message>
            <source>Issuer</source>
            <translation>发文机关</translation>
        </message>
        <message>
            <source>Time (ms)</source>
            <translation>时间（毫秒）</translation>
        </message>
        <message>
            <source>Lane</source>
            <translation>泳道</translation>
        </message>
</context>
<context>
        <name>policylens::WorkspaceSession</name>
        <message>
            <source>Cannot replace %1: the file cannot be removed.</source>
            <translation>无法替换 %1：该文件无法删除。</translation>
        </message>
        <message>
            <source>Cannot save a copy to %1: %2</source>
            <translation>无法将副本保存到 %1：%2</translation>
        </message>
</context>
<context>
        <name>policylens::MainWindowActions</name>
        <message>
            <source>Importing is not available in this build yet.</source>
            <translation>此版本尚不支持导入。</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>文件(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;New Workspace…</source>
            <translation>新建工作区(&amp;N)…</translation>
        </message>
        <message>
            <source>&amp;Open Workspace…</source>
            <translation>打开工作区(&amp;O)…</translation>
        </message>
        <message>
            <source>Open &amp;Recent</source>
            <translation>最近打开(&amp;R)</translation>
        </message>
        <message>
            <source>Save &amp;As Copy…</source>
            <translation>另存为副本(&amp;A)…</translation>
        </message>
        <message>
            <source>Import &amp;Documents…</source>
            <translation>导入文档(&amp;D)…</translation>
        </message>
        <message>
            <source>Import &amp;Statistics…</source>
            <translation>导入统计数据(&amp;S)…</translation>
        </message>
        <message>
            <source>Import &amp;Folder…</source>
            <translation>导入文件夹(&amp;F)…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>退出(&amp;Q)</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>编辑(&amp;E)</translation>
        </message>
        <message>
            <source>&amp;Verify Target</source>
            <translation>核实目标(&amp;V)</translation>
        </message>
        <message>
            <source>&amp;Reject Target</source>
            <translation>驳回目标(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>视图(&amp;V)</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>语言(&amp;L)</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>帮助(&amp;H)</translation>
        </message>
        <message>
            <source>&amp;About PolicyLens</source>
            <translation>关于政策透镜(&amp;A)</translation>
        </message>
        <message>
            <source>&amp;Getting Started</source>
            <translation>入门指南(&amp;G)</translation>
        </message>
        <message>
            <source>&amp;Undo %1</source>
            <translation>撤销 %1(&amp;U)</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>撤销(&amp;U)</translation>
        </message>
        <message>
            <source>&amp;Redo %1</source>
            <translation>重做 %1(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>重做(&amp;R)</translation>
        </message>
</context>
<context>
        <name>policylens::TableExporter</name>
        <message>
            <source>Cannot add %1 to the workbook (zip error %2).</source>
            <translation>无法将 %1 添加到工作簿（zip 错误 %2）。</translation>
        </message>
</context>
</TS>
