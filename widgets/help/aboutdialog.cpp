#include "help/aboutdialog.h"

#include "about/buildinfo.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace policylens {

AboutDialog::AboutDialog(QWidget *parent)
    : StandardDialog(parent)
    , m_title(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_license(new QLabel(this))
    , m_components(new QLabel(this))
    , m_copy(new QPushButton(this))
{
    setObjectName(QStringLiteral("aboutDialog"));
    m_title->setObjectName(QStringLiteral("titleLabel"));
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_license->setObjectName(QStringLiteral("licenseLabel"));
    m_components->setObjectName(QStringLiteral("componentsLabel"));
    m_copy->setObjectName(QStringLiteral("copyButton"));

    auto *logo = new QLabel(this);
    logo->setPixmap(
        QIcon(QStringLiteral(":/icons/io.github.policylens.PolicyLens.svg")).pixmap(96, 96));
    logo->setAlignment(Qt::AlignTop);

    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_summary->setWordWrap(true);
    m_license->setWordWrap(true);
    m_license->setOpenExternalLinks(true);
    m_license->setTextFormat(Qt::RichText);
    m_components->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *text = new QVBoxLayout;
    text->addWidget(m_title);
    text->addWidget(m_summary);
    text->addWidget(m_license);
    text->addWidget(m_components);
    text->addStretch();
    auto *top = new QHBoxLayout;
    top->addWidget(logo);
    top->addLayout(text, 1);
    page()->addLayout(top);
    addButtons(QDialogButtonBox::Close)->addButton(m_copy, QDialogButtonBox::ActionRole);

    setMinimumWidth(480);
    connect(m_copy, &QPushButton::clicked, this, &AboutDialog::copyVersionReport);
    retranslateUi();
}

QString AboutDialog::versionReport() const
{
    return BuildInfo::summary();
}

void AboutDialog::retranslateUi()
{
    setWindowTitle(tr("About PolicyLens"));
    m_title->setText(tr("PolicyLens %1").arg(BuildInfo::applicationVersion()));
    m_summary->setText(
        tr("Finds the quantitative targets in AI-industry policy documents, lets you "
           "review them beside their source sentences, and compares cities in "
           "charts and reports."));
    m_license->setText(
        tr("Free software under the <a href=\"%1\">GNU General Public License, version 3 or "
           "later</a> (%2). It comes with absolutely no warranty.")
            .arg(BuildInfo::licenseUrl(), BuildInfo::licenseSpdx()));
    m_components->setText(tr("Qt %1 (built with %2)\nICU %3\nSQLite %4")
                              .arg(BuildInfo::qtRuntimeVersion(), BuildInfo::qtBuildVersion(),
                                  BuildInfo::icuRuntimeVersion(), BuildInfo::sqliteVersion()));
    m_copy->setText(tr("Copy version information"));
}

void AboutDialog::copyVersionReport()
{
    QApplication::clipboard()->setText(versionReport());
}

} // namespace policylens
