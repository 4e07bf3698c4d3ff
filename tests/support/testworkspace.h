#pragma once

// Fills an in-memory workspace with a few rows by plain SQL, for model and widget tests.
#include "store/searchtext.h"
#include "store/workspace.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <gtest/gtest.h>

namespace policylens::testing {

inline QString nn(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

inline qint64 regionId(Workspace &ws, const QString &code)
{
    QSqlQuery q(ws.database());
    q.prepare(QStringLiteral("SELECT id FROM regions WHERE code = ?"));
    q.addBindValue(code);
    if (!q.exec() || !q.next())
        return 0;
    return q.value(0).toLongLong();
}

inline void exec(Workspace &ws, const QString &sql, const QVariantList &bindings = {})
{
    QSqlQuery q(ws.database());
    q.prepare(sql);
    for (const QVariant &b : bindings)
        q.addBindValue(b);
    ASSERT_TRUE(q.exec()) << q.lastError().text().toStdString() << " in " << sql.toStdString();
}

inline void addIndicators(Workspace &ws)
{
    exec(ws,
        QStringLiteral("INSERT OR REPLACE INTO indicators (key, name_zh, name_en, unit) VALUES "
                       "('ai_core_industry_scale', '人工智能核心产业规模', "
                       "'AI core industry scale', 'CNY'), "
                       "('computing_power', '算力规模', 'Computing power', 'PFLOPS'), "
                       "('ai_enterprises', '人工智能企业数量', 'AI enterprises', 'count'), "
                       "('other', '其他', 'Other', '')"));
}

inline qint64 addDocument(Workspace &ws, const QString &title, const QString &regionCode,
    const QString &published, const QString &body, const QString &issuer = QString())
{
    QSqlQuery q(ws.database());
    q.prepare(QStringLiteral("INSERT INTO documents (content_hash, title, issuer, region_id, "
                             "published, format, body, char_count) "
                             "VALUES (?, ?, ?, ?, ?, 'txt', ?, ?)"));
    q.addBindValue(QString(title + published + regionCode));
    q.addBindValue(title);
    q.addBindValue(nn(issuer));
    const qint64 region = regionId(ws, regionCode);
    q.addBindValue(region ? QVariant(region) : QVariant());
    q.addBindValue(published.isEmpty() ? QVariant() : QVariant(published));
    q.addBindValue(body);
    q.addBindValue(body.size());
    EXPECT_TRUE(q.exec()) << q.lastError().text().toStdString();
    const qint64 id = q.lastInsertId().toLongLong();
    // The full-text index is kept by DocumentStore in the product; a row written here by hand
    // gets its index entry the same way, so searching finds it.
    QSqlQuery index(ws.database());
    index.prepare(QStringLiteral("INSERT INTO documents_fts (rowid, title, body) VALUES (?, ?, ?)"));
    index.addBindValue(id);
    index.addBindValue(SearchText::indexText(title));
    index.addBindValue(SearchText::indexText(body));
    EXPECT_TRUE(index.exec()) << index.lastError().text().toStdString();
    return id;
}

// The quote is located in the body; the sentence is cut at the nearest 。 or newline.
inline qint64 addTarget(Workspace &ws, qint64 documentId, const QString &quote,
    const QString &indicator, const QString &kind, double value, const QString &unit,
    const QString &comparator, QVariant year, const QString &status = QStringLiteral("unreviewed"),
    const QString &counter = QString())
{
    QSqlQuery b(ws.database());
    b.prepare(QStringLiteral("SELECT body, region_id FROM documents WHERE id = ?"));
    b.addBindValue(documentId);
    EXPECT_TRUE(b.exec() && b.next());
    const QString body = b.value(0).toString();
    const QVariant region = b.value(1);
    const qsizetype at = body.indexOf(quote);
    EXPECT_GE(at, 0) << quote.toStdString();
    qsizetype start = at;
    while (start > 0 && body.at(start - 1) != QChar(0x3002)
        && body.at(start - 1) != QLatin1Char('\n') && body.at(start - 1) != QLatin1Char('.'))
        --start;
    qsizetype end = at + quote.size();
    while (end < body.size() && body.at(end) != QChar(0x3002) && body.at(end) != QLatin1Char('\n'))
        ++end;
    if (end < body.size() && body.at(end) == QChar(0x3002))
        ++end;
    QSqlQuery q(ws.database());
    q.prepare(QStringLiteral(
        "INSERT INTO targets (document_id, region_id, indicator_key, kind, value, unit, counter, "
        "comparator, year, sentence, start_offset, end_offset, quote_start, quote_end, "
        "confidence, review_status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0.9, ?)"));
    q.addBindValue(documentId);
    q.addBindValue(region);
    q.addBindValue(indicator);
    q.addBindValue(kind);
    q.addBindValue(value);
    q.addBindValue(nn(unit));
    q.addBindValue(nn(counter));
    q.addBindValue(comparator);
    q.addBindValue(year);
    q.addBindValue(body.mid(start, end - start));
    q.addBindValue(static_cast<int>(start));
    q.addBindValue(static_cast<int>(end));
    q.addBindValue(static_cast<int>(at));
    q.addBindValue(static_cast<int>(at + quote.size()));
    q.addBindValue(status);
    EXPECT_TRUE(q.exec()) << q.lastError().text().toStdString();
    return q.lastInsertId().toLongLong();
}

inline qint64 addStatistic(Workspace &ws, const QString &regionCode, const QString &indicator,
    int year, double value, const QString &unit, const QString &source)
{
    QSqlQuery q(ws.database());
    q.prepare(QStringLiteral("INSERT INTO statistics (region_id, indicator_key, year, value, unit, "
                             "source) VALUES (?, ?, ?, ?, ?, ?)"));
    q.addBindValue(regionId(ws, regionCode));
    q.addBindValue(indicator);
    q.addBindValue(year);
    q.addBindValue(value);
    q.addBindValue(unit);
    q.addBindValue(source);
    EXPECT_TRUE(q.exec()) << q.lastError().text().toStdString();
    return q.lastInsertId().toLongLong();
}

// Two cities, three documents, five targets, two statistics.
struct SmallWorkspace
{
    qint64 beijingDoc = 0;
    qint64 shanghaiDoc = 0;
    qint64 shenzhenDoc = 0;
    qint64 bjScale = 0;
    qint64 bjCompute = 0;
    qint64 shScale = 0;
    qint64 shFirms = 0;
    qint64 szIncentive = 0;
    qint64 stat1 = 0;
    qint64 stat2 = 0;

    void fill(Workspace &ws)
    {
        addIndicators(ws);
        beijingDoc = addDocument(ws, QStringLiteral("北京市促进人工智能产业发展行动方案"),
            QStringLiteral("beijing"), QStringLiteral("2023-05-31"),
            QStringLiteral("总体目标。到2025年，人工智能核心产业规模达到3000亿元。"
                           "新增算力不低于12000P。\n保障措施。"),
            QStringLiteral("北京市人民政府"));
        shanghaiDoc = addDocument(ws, QStringLiteral("上海市人工智能产业高质量发展实施意见"),
            QStringLiteral("shanghai"), QStringLiteral("2022-10-12"),
            QStringLiteral("到2025年，人工智能产业规模突破4000亿元。"
                           "培育人工智能企业超过1000家。"),
            QStringLiteral("上海市经济和信息化委员会"));
        shenzhenDoc = addDocument(ws, QStringLiteral("Shenzhen AI subsidy notice"),
            QStringLiteral("shenzhen"), QStringLiteral("2024-01"),
            QStringLiteral("Each qualified firm receives up to 10 million "
                           "yuan in support."));
        bjScale = addTarget(ws, beijingDoc, QStringLiteral("3000亿元"),
            QStringLiteral("ai_core_industry_scale"), QStringLiteral("target"), 3e11,
            QStringLiteral("CNY"), QStringLiteral(">="), 2025);
        bjCompute = addTarget(ws, beijingDoc, QStringLiteral("12000P"),
            QStringLiteral("computing_power"), QStringLiteral("target"), 12000,
            QStringLiteral("PFLOPS"), QStringLiteral(">="), 2025);
        shScale = addTarget(ws, shanghaiDoc, QStringLiteral("4000亿元"),
            QStringLiteral("ai_core_industry_scale"), QStringLiteral("target"), 4e11,
            QStringLiteral("CNY"), QStringLiteral(">"), 2025, QStringLiteral("verified"));
        shFirms
            = addTarget(ws, shanghaiDoc, QStringLiteral("1000家"), QStringLiteral("ai_enterprises"),
                QStringLiteral("target"), 1000, QStringLiteral("count"), QStringLiteral(">"), 2025,
                QStringLiteral("unreviewed"), QStringLiteral("家"));
        szIncentive = addTarget(ws, shenzhenDoc, QStringLiteral("10 million yuan"),
            QStringLiteral("other"), QStringLiteral("incentive"), 1e7, QStringLiteral("CNY"),
            QStringLiteral("<="), QVariant());
        stat1
            = addStatistic(ws, QStringLiteral("beijing"), QStringLiteral("ai_core_industry_scale"),
                2022, 2.5e11, QStringLiteral("CNY"), QStringLiteral("test source"));
        stat2
            = addStatistic(ws, QStringLiteral("shanghai"), QStringLiteral("ai_core_industry_scale"),
                2022, 3.8e11, QStringLiteral("CNY"), QStringLiteral("test source"));
    }
};

} // namespace policylens::testing
