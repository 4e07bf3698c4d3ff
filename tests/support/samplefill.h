#pragma once

// Fills a workspace with the bundled sample documents (:/sample/*.txt) and a hand-made list of
// their targets, by plain SQL, so widget tests and screenshots show realistic content without
// the import and extraction pipeline.
#include "testworkspace.h"

#include <QFile>
#include <QStringList>

namespace policylens::testing {

struct SampleTarget
{
    const char *quote;
    const char *indicator;
    const char *kind;
    double value;
    const char *unit;
    const char *comparator;
    int year;
    const char *status;
    const char *counter;
};

struct SampleDocument
{
    const char *file;
    const char *region;
    const char *published;
    QList<SampleTarget> targets;
};

inline void addSampleIndicators(Workspace &ws)
{
    exec(ws,
        QStringLiteral(
            "INSERT OR REPLACE INTO indicators (key, name_zh, name_en, unit) VALUES "
            "('ai_core_industry_scale', '人工智能核心产业规模', 'AI core industry scale', 'CNY'),"
            "('ai_related_industry_scale', '人工智能相关产业规模', 'AI-related industry scale', "
            "'CNY'),"
            "('computing_power', '算力规模', 'Computing power', 'PFLOPS'),"
            "('ai_enterprises', '人工智能企业数量', 'AI enterprises', 'count'),"
            "('application_scenarios', '应用场景数量', 'Application scenarios', 'count'),"
            "('subsidy_cap', '单项补贴上限', 'Subsidy cap per firm', 'CNY'),"
            "('growth_rate', '年均增速', 'Annual growth rate', 'percent'),"
            "('other', '其他', 'Other', '')"));
}

inline QList<SampleDocument> sampleDocuments()
{
    return {
        { "beijing-ai-action-plan-2023.txt", "beijing", "2023-05-31",
            { { "3000亿元", "ai_core_industry_scale", "target", 3e11, "CNY", ">=", 2025, "verified",
                  "" },
                { "10%以上", "growth_rate", "target", 10, "percent", ">", 2025, "unreviewed", "" },
                { "1万亿元", "ai_related_industry_scale", "target", 1e12, "CNY", ">", 2025,
                    "unreviewed", "" },
                { "12000P", "computing_power", "target", 12000, "PFLOPS", ">=", 2025, "edited",
                    "" },
                { "2000家", "ai_enterprises", "target", 2000, "count", ">", 2025, "unreviewed",
                    "家" },
                { "30个以上", "application_scenarios", "target", 30, "count", ">", 2025, "rejected",
                    "个" },
                { "1000万元", "subsidy_cap", "incentive", 1e7, "CNY", "<=", 0, "unreviewed",
                    "" } } },
        { "shanghai-ai-industry-2022.txt", "shanghai", "2022-10-12",
            { { "4000亿元", "ai_core_industry_scale", "target", 4e11, "CNY", ">", 2025, "verified",
                  "" },
                { "1000家", "ai_enterprises", "target", 1000, "count", ">", 2025, "unreviewed",
                    "家" },
                { "15000P", "computing_power", "target", 15000, "PFLOPS", ">", 2025, "unreviewed",
                    "" },
                { "5000万元", "subsidy_cap", "incentive", 5e7, "CNY", "<=", 0, "unreviewed",
                    "" } } },
        { "shenzhen-ai-action-2023.txt", "shenzhen", "2023-05",
            { { "3000亿元", "ai_core_industry_scale", "target", 3e11, "CNY", ">", 2025,
                  "unreviewed", "" },
                { "8000P", "computing_power", "target", 8000, "PFLOPS", ">=", 2025, "unreviewed",
                    "" },
                { "500万元", "subsidy_cap", "incentive", 5e6, "CNY", "<=", 0, "unreviewed", "" },
                { "2500亿元", "ai_core_industry_scale", "baseline", 2.5e11, "CNY", "~", 2022,
                    "unreviewed", "" } } },
        { "hangzhou-ai-2023.txt", "hangzhou", "2023-07-20",
            { { "3000亿元", "ai_core_industry_scale", "target", 3e11, "CNY", ">", 2025,
                  "unreviewed", "" },
                { "5000P", "computing_power", "target", 5000, "PFLOPS", "=", 2025, "unreviewed",
                    "" },
                { "200万元", "subsidy_cap", "incentive", 2e6, "CNY", "=", 0, "unreviewed", "" } } },
        { "guangzhou-ai-2023.txt", "guangzhou", "2023-03-15",
            { { "1500亿元", "ai_core_industry_scale", "target", 1.5e11, "CNY", ">", 2025,
                  "unreviewed", "" },
                { "3000P", "computing_power", "target", 3000, "PFLOPS", ">=", 2025, "unreviewed",
                    "" } } },
        { "wuhan-ai-2023.txt", "wuhan", "2023-09-08",
            { { "1000亿元", "ai_core_industry_scale", "target", 1e11, "CNY", "=", 2025,
                  "unreviewed", "" },
                { "2000P", "computing_power", "target", 2000, "PFLOPS", ">", 2025, "unreviewed",
                    "" } } },
        { "national-computing-2023.txt", "national", "2023-10-08",
            { { "300EFLOPS", "computing_power", "target", 300000, "PFLOPS", ">", 2025, "unreviewed",
                "" } } },
    };
}

inline void fillSampleWorkspace(Workspace &ws)
{
    addSampleIndicators(ws);
    for (const SampleDocument &doc : sampleDocuments()) {
        QFile file(QStringLiteral(":/sample/") + QLatin1String(doc.file));
        ASSERT_TRUE(file.open(QIODevice::ReadOnly)) << doc.file;
        const QString body = QString::fromUtf8(file.readAll());
        const QStringList lines = body.split(QLatin1Char('\n'));
        const qint64 id = addDocument(ws, lines.value(0), QLatin1String(doc.region),
            QLatin1String(doc.published), body, lines.value(1));
        for (const SampleTarget &t : doc.targets) {
            addTarget(ws, id, QString::fromUtf8(t.quote), QLatin1String(t.indicator),
                QLatin1String(t.kind), t.value, QLatin1String(t.unit), QLatin1String(t.comparator),
                t.year ? QVariant(t.year) : QVariant(), QLatin1String(t.status),
                QString::fromUtf8(t.counter));
        }
    }
    QFile csv(QStringLiteral(":/sample/statistics.csv"));
    ASSERT_TRUE(csv.open(QIODevice::ReadOnly));
    csv.readLine();
    while (!csv.atEnd()) {
        const QString line = QString::fromUtf8(csv.readLine()).trimmed();
        if (line.isEmpty())
            continue;
        const QStringList f = line.split(QLatin1Char(','));
        const QString source = line.section(QLatin1Char(','), 5).remove(QLatin1Char('"'));
        addStatistic(ws, f.value(0), f.value(1), f.value(2).toInt(), f.value(3).toDouble(),
            f.value(4), source);
    }
}

} // namespace policylens::testing
