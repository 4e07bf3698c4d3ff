<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
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
        <source>Usage: policylens [SUBCOMMAND] [options]

Without a subcommand, opens the workbench.

Subcommands:
</source>
        <translation>用法：policylens [子命令] [选项]

不带子命令时打开工作台。

子命令：
</translation>
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
        <source>Unknown subcommand &quot;%1&quot;. Run policylens --help.</source>
        <translation>未知子命令“%1”。请运行 policylens --help。</translation>
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
    <name>policylens::ComparePlaceholder</name>
    <message>
        <source>Charts comparing regions&apos; targets and statistics come next.</source>
        <translation>比较各地区目标与统计数据的图表即将推出。</translation>
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
</context>
<context>
    <name>policylens::MainWindow</name>
    <message>
        <source>About PolicyLens</source>
        <translation>关于政策透镜</translation>
    </message>
    <message>
        <source>PolicyLens %1
Quantitative targets in AI-industry policy documents.</source>
        <translation>政策透镜 PolicyLens %1
人工智能产业政策文件中的量化目标。</translation>
    </message>
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
        <source>&quot;%1&quot; is not a valid value for this field.</source>
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
        <source>&quot;%1&quot; is not a number.</source>
        <translation>“%1”不是数字。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid year.</source>
        <translation>“%1”不是有效年份。</translation>
    </message>
    <message>
        <source>Statistic %1 does not exist in this workspace.</source>
        <translation>本工作区中不存在统计数据 %1。</translation>
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
</context>
<context>
    <name>policylens::StatisticsView</name>
    <message>
        <source>Published figures by region, indicator and year. Double-click a value, unit, year or source to correct it; Ctrl+Z undoes.</source>
        <translation>按地区、指标和年份列出的公开统计数据。双击数值、单位、年份或来源即可更正；Ctrl+Z 撤销。</translation>
    </message>
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
</TS>
