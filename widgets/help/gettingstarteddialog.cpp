#include "help/gettingstarteddialog.h"

#include <QDialogButtonBox>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace policylens {

namespace {

QString section(const QString &heading, const QString &body)
{
    return QStringLiteral("<h3>%1</h3><p>%2</p>").arg(heading.toHtmlEscaped(), body);
}

QString code(const QString &text)
{
    return QStringLiteral("<code>%1</code>").arg(text.toHtmlEscaped());
}

} // namespace

GettingStartedDialog::GettingStartedDialog(QWidget *parent)
    : StandardDialog(parent)
    , m_browser(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("gettingStartedDialog"));
    m_browser->setObjectName(QStringLiteral("gettingStartedBrowser"));
    m_browser->setOpenExternalLinks(true);
    page()->addWidget(m_browser);
    addButtons(QDialogButtonBox::Close);
    resize(680, 620);
    retranslateUi();
}

QString GettingStartedDialog::pageHtml()
{
    QString html = QStringLiteral("<h2>%1</h2><p>%2</p>")
                       .arg(tr("Getting started with PolicyLens").toHtmlEscaped(),
                           tr("Ten minutes from an empty workspace to your first comparison.")
                               .toHtmlEscaped());
    html += section(tr("1. One workspace file"),
        tr("Everything you import and every decision you make is kept in one "
           "workspace file (%1). Open one by double-clicking it or with %2. Copy the "
           "file to back up or share your work.")
            .toHtmlEscaped()
            .arg(code(QStringLiteral("*.policylens")),
                code(QStringLiteral("policylens FILE.policylens"))));
    html += section(tr("2. Import documents and statistics"),
        tr("Add policy documents in Chinese or English (plain text, HTML, PDF, DOCX, "
           "Markdown) and statistics tables (CSV, XLSX) with the Import action or by "
           "dragging files onto the window. The encoding of text files (UTF-8, "
           "GB18030, Big5, UTF-16) is detected for you.")
            .toHtmlEscaped());
    html += section(tr("3. Review the targets"),
        tr("PolicyLens finds the quantitative targets in every document: indicator, "
           "value, unit, comparator and year, each with the sentence it comes from. "
           "Read each one against its sentence, then verify, correct or reject it.")
            .toHtmlEscaped());
    html += section(tr("4. Compare and export"),
        tr("Compare cities, indicators and years in charts. Export a chart as PNG, "
           "SVG or PDF and its data as CSV or XLSX; File › Export Report writes a whole report "
           "as PDF, Word, ODT or HTML, and File › Export Targets Table the reviewed targets "
           "with their sentences.")
            .toHtmlEscaped());
    html += section(tr("5. The same from the command line"),
        tr("Every step also runs without a window, on a server or in a script. %1 "
           "lists the subcommands, each with an example.")
            .toHtmlEscaped()
            .arg(code(QStringLiteral("policylens --help"))));
    html += section(tr("6. Chinese or English"),
        tr("The interface can be switched between Chinese and English at any time, "
           "without restarting. Documents in both languages can live in one "
           "workspace.")
            .toHtmlEscaped());
    return html;
}

void GettingStartedDialog::retranslateUi()
{
    setWindowTitle(tr("Getting Started"));
    m_browser->setHtml(pageHtml());
}

} // namespace policylens
