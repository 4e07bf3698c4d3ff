#pragma once
// A small comparison workspace for chart, report and CLI tests: Beijing, Shanghai, Shenzhen
// and Hangzhou with AI-industry targets, statistics and incentives. The figures are close to
// the cities' published ones; every sentence is composed for these tests.
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <gtest/gtest.h>

namespace policylens::sample {

inline qint64 sampleExec(QSqlQuery &q)
{
    if (!q.exec()) {
        ADD_FAILURE() << "sample workspace SQL failed: " << q.lastError().text().toStdString()
                      << " in " << q.lastQuery().toStdString();
        return 0;
    }
    return q.lastInsertId().toLongLong();
}

inline qint64 addSampleDocument(const QSqlDatabase &db, const QString &region, const QString &title,
    const QString &issuer, const QString &published, const QString &body = QString())
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "INSERT INTO documents (content_hash, title, issuer, region_id, published, language, body)"
        " VALUES (?, ?, ?, (SELECT id FROM regions WHERE code = ?), ?, 'zh', ?)"));
    q.addBindValue(QStringLiteral("%1|%2|%3").arg(region, title, published));
    q.addBindValue(title);
    q.addBindValue(issuer);
    q.addBindValue(region);
    q.addBindValue(published.isEmpty() ? QVariant() : QVariant(published));
    q.addBindValue(body.isEmpty() ? title : body);
    return sampleExec(q);
}

inline qint64 addSampleTarget(const QSqlDatabase &db, qint64 document, const QString &region,
    const QString &indicator, const QString &kind, double value, const QString &unit,
    const QString &comparator, int year, const QString &sentence,
    const QString &review = QStringLiteral("unreviewed"))
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "INSERT INTO targets (document_id, region_id, indicator_key, kind, value, unit, comparator,"
        " year, sentence, review_status, confidence)"
        " VALUES (?, (SELECT id FROM regions WHERE code = ?), ?, ?, ?, ?, ?, ?, ?, ?, 0.9)"));
    q.addBindValue(document);
    q.addBindValue(region);
    q.addBindValue(indicator);
    q.addBindValue(kind);
    q.addBindValue(value);
    q.addBindValue(unit);
    q.addBindValue(comparator);
    q.addBindValue(year > 0 ? QVariant(year) : QVariant());
    q.addBindValue(sentence);
    q.addBindValue(review);
    return sampleExec(q);
}

inline void addSampleStatistic(const QSqlDatabase &db, const QString &region,
    const QString &indicator, int year, double value, const QString &unit, const QString &source)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "INSERT INTO statistics (region_id, indicator_key, year, value, unit, source)"
        " VALUES ((SELECT id FROM regions WHERE code = ?), ?, ?, ?, ?, ?)"));
    q.addBindValue(region);
    q.addBindValue(indicator);
    q.addBindValue(year);
    q.addBindValue(value);
    q.addBindValue(unit);
    q.addBindValue(source);
    sampleExec(q);
}

inline void addSampleIndicator(const QSqlDatabase &db, const QString &key, const QString &zh,
    const QString &en, const QString &unit)
{
    QSqlQuery q(db);
    q.prepare(
        QStringLiteral("INSERT OR REPLACE INTO indicators (key, name_zh, name_en, unit) VALUES (?, ?, ?, ?)"));
    q.addBindValue(key);
    q.addBindValue(zh);
    q.addBindValue(en);
    q.addBindValue(unit);
    sampleExec(q);
}

struct SampleIds
{
    qint64 beijingScale2025 = 0;
    qint64 shanghaiScale2025 = 0;
    qint64 shenzhenScale2027 = 0;
    qint64 rejected = 0;
};

inline SampleIds fillSampleWorkspace(const QSqlDatabase &db)
{
    SampleIds ids;
    const QString scale = QStringLiteral("ai_core_industry_scale");
    const QString compute = QStringLiteral("intelligent_computing_power");
    const QString firms = QStringLiteral("ai_enterprises");
    addSampleIndicator(db, scale, QStringLiteral("人工智能核心产业规模"),
        QStringLiteral("AI core industry scale"), QStringLiteral("CNY"));
    addSampleIndicator(db, compute, QStringLiteral("智能算力规模"),
        QStringLiteral("Intelligent computing capacity"), QStringLiteral("PFLOPS"));
    addSampleIndicator(db, firms, QStringLiteral("人工智能企业数量"),
        QStringLiteral("AI enterprises"), QStringLiteral("count"));
    addSampleIndicator(db, QStringLiteral("compute_voucher"), QStringLiteral("算力券"),
        QStringLiteral("Computing vouchers"), QStringLiteral("CNY"));
    addSampleIndicator(db, QStringLiteral("model_subsidy"), QStringLiteral("大模型研发补贴"),
        QStringLiteral("Large-model R&D subsidy"), QStringLiteral("CNY"));
    // 'open_datasets' deliberately has no row in indicators: names fall back to the key.

    const qint64 bj = addSampleDocument(db, QStringLiteral("beijing"),
        QStringLiteral("北京市建设人工智能创新策源地实施方案（2023—2025年）"),
        QStringLiteral("北京市人民政府"), QStringLiteral("2023-05-30"));
    const qint64 bj2 = addSampleDocument(db, QStringLiteral("beijing"),
        QStringLiteral("北京市算力基础设施建设实施方案"), QStringLiteral("北京市经济和信息化局"),
        QStringLiteral("2024-04-12"));
    const qint64 sh = addSampleDocument(db, QStringLiteral("shanghai"),
        QStringLiteral("上海市人工智能产业高质量发展行动方案"),
        QStringLiteral("上海市人民政府办公厅"), QStringLiteral("2022-09-20"));
    const qint64 sh2 = addSampleDocument(db, QStringLiteral("shanghai"),
        QStringLiteral("上海市智能算力发展若干措施"), QStringLiteral("上海市经济和信息化委员会"),
        QStringLiteral("2023-11-02"));
    const qint64 sz = addSampleDocument(db, QStringLiteral("shenzhen"),
        QStringLiteral("深圳市加快推动人工智能高质量发展行动方案"),
        QStringLiteral("深圳市人民政府"), QStringLiteral("2023-05-31"));
    const qint64 hz = addSampleDocument(db, QStringLiteral("hangzhou"),
        QStringLiteral("杭州市人工智能产业发展规划"), QStringLiteral("杭州市人民政府"),
        QStringLiteral("2023-07-15"));
    addSampleDocument(db, QStringLiteral("hangzhou"), QStringLiteral("杭州市数据要素改革方案"),
        QStringLiteral("杭州市数据资源管理局"), QString()); // no date: off the timeline

    ids.beijingScale2025 = addSampleTarget(db, bj, QStringLiteral("beijing"), scale,
        QStringLiteral("target"), 3.0e11, QStringLiteral("CNY"), QStringLiteral(">="), 2025,
        QStringLiteral("力争到2025年全市人工智能核心产业规模不低于3000亿元。"),
        QStringLiteral("verified"));
    addSampleTarget(db, bj2, QStringLiteral("beijing"), compute, QStringLiteral("target"), 45000,
        QStringLiteral("PFLOPS"), QStringLiteral(">="), 2025,
        QStringLiteral("到2025年本市智能算力供给规模达到45EFLOPS以上。"));
    addSampleTarget(db, bj, QStringLiteral("beijing"), firms, QStringLiteral("target"), 2500,
        QStringLiteral("count"), QStringLiteral("~"), 2025,
        QStringLiteral("人工智能企业数量达到2500家左右。"));
    ids.shanghaiScale2025 = addSampleTarget(db, sh, QStringLiteral("shanghai"), scale,
        QStringLiteral("target"), 4.0e11, QStringLiteral("CNY"), QStringLiteral(">="), 2025,
        QStringLiteral("到2025年，全市人工智能产业规模突破4000亿元。"));
    addSampleTarget(db, sh, QStringLiteral("shanghai"), scale, QStringLiteral("target"), 6.0e11,
        QStringLiteral("CNY"), QStringLiteral("~"), 2027,
        QStringLiteral("展望2027年，产业规模力争达到6000亿元左右。"));
    addSampleTarget(db, sh2, QStringLiteral("shanghai"), compute, QStringLiteral("target"), 30000,
        QStringLiteral("PFLOPS"), QStringLiteral(">="), 2025,
        QStringLiteral("到2025年全市智能算力规模超过30EFLOPS。"));
    ids.shenzhenScale2027 = addSampleTarget(db, sz, QStringLiteral("shenzhen"), scale,
        QStringLiteral("target"), 5.0e11, QStringLiteral("CNY"), QStringLiteral(">="), 2027,
        QStringLiteral("到2027年全市人工智能核心产业规模超过5000亿元。"));
    addSampleTarget(db, sz, QStringLiteral("shenzhen"), QStringLiteral("open_datasets"),
        QStringLiteral("target"), 100, QStringLiteral("count"), QStringLiteral(">="), 2025,
        QStringLiteral("开放高质量数据集不少于100个。"));
    addSampleTarget(db, hz, QStringLiteral("hangzhou"), scale, QStringLiteral("target"), 2.8e11,
        QStringLiteral("CNY"), QStringLiteral(">="), 2025,
        QStringLiteral("到2025年，人工智能核心产业营业收入达到2800亿元以上。"));
    // A rejected reading must never reach a chart or a report.
    ids.rejected = addSampleTarget(db, hz, QStringLiteral("hangzhou"), scale,
        QStringLiteral("target"), 9.9e13, QStringLiteral("CNY"), QStringLiteral("="), 2025,
        QStringLiteral("误读的句子。"), QStringLiteral("rejected"));

    addSampleTarget(db, sh2, QStringLiteral("shanghai"), QStringLiteral("compute_voucher"),
        QStringLiteral("incentive"), 6.0e8, QStringLiteral("CNY"), QStringLiteral("<="), 2024,
        QStringLiteral("每年安排不超过6亿元算力券。"));
    addSampleTarget(db, sz, QStringLiteral("shenzhen"), QStringLiteral("compute_voucher"),
        QStringLiteral("incentive"), 5.0e8, QStringLiteral("CNY"), QStringLiteral("="), 0,
        QStringLiteral("每年发放5亿元算力券。"));
    addSampleTarget(db, bj2, QStringLiteral("beijing"), QStringLiteral("model_subsidy"),
        QStringLiteral("incentive"), 1.0e8, QStringLiteral("CNY"), QStringLiteral("<="), 0,
        QStringLiteral("对大模型研发给予最高1亿元支持。"));
    addSampleTarget(db, hz, QStringLiteral("hangzhou"), QStringLiteral("compute_voucher"),
        QStringLiteral("incentive"), 2.5e8, QStringLiteral("CNY"), QStringLiteral("="), 0,
        QStringLiteral("每年安排2.5亿元算力券。"));

    const struct
    {
        const char *region;
        int year;
        double value;
        const char *source;
    } stats[] = {
        { "beijing", 2020, 1.8e11, "Beijing Municipal Bureau of Statistics" },
        { "beijing", 2021, 2.1e11, "Beijing Municipal Bureau of Statistics" },
        { "beijing", 2022, 2.5e11, "Beijing Municipal Bureau of Statistics" },
        { "shanghai", 2019, 1.477e11, "Shanghai Economy and Information Commission" },
        { "shanghai", 2020, 2.246e11, "Shanghai Economy and Information Commission" },
        { "shanghai", 2021, 3.057e11, "Shanghai Economy and Information Commission" },
        { "shanghai", 2022, 3.821e11, "Shanghai Economy and Information Commission" },
        { "shenzhen", 2021, 1.95e11, "Shenzhen Statistics Bureau" },
        { "shenzhen", 2022, 2.488e11, "Shenzhen Statistics Bureau" },
        { "hangzhou", 2021, 1.8e11, "Hangzhou Statistics Bureau" },
        { "hangzhou", 2022, 2.05e11, "Hangzhou Statistics Bureau" },
    };
    for (const auto &s : stats)
        addSampleStatistic(db, QString::fromLatin1(s.region), scale, s.year, s.value,
            QStringLiteral("CNY"), QString::fromLatin1(s.source));
    return ids;
}

} // namespace policylens::sample
