// bench_gui [shared-dir]: generates a workspace of 10,000 documents and 100,000 targets, then
// measures, offscreen: time to the first shown main window, time to a filtered target table,
// and peak memory. Each timing is the median of several runs; an empty workspace measured in
// the same run is the baseline. A second workspace of 100,000 documents, statistics and
// targets measures each paged table model's cost per page near the end, against one LIMIT/OFFSET
// query at the same depth. The shared dir is not needed (the data is generated).
#include "i18n/languagemanager.h"
#include "mainwindow/mainwindow.h"
#include "models/catalog.h"
#include "models/documentsmodel.h"
#include "models/statisticsmodel.h"
#include "models/targetsfilterproxy.h"
#include "models/targetsmodel.h"
#include "store/workspace.h"
#include "targets/targetsview.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QSettings>
#include <QSqlError>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <cstdio>
#include <tuple>
#include <sys/resource.h>

namespace {

long peakRssMb()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024;
}

bool generate(const QString &path, int documents, int targetsPerDocument)
{
    policylens::Workspace ws;
    if (const policylens::Result<void> opened = ws.open(path); !opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error()));
        return false;
    }
    QSqlDatabase db = ws.database();
    QSqlQuery q(db);
    q.exec(QStringLiteral(
        "INSERT OR REPLACE INTO indicators (key, name_zh, name_en, unit) VALUES "
        "('ai_core_industry_scale', '人工智能核心产业规模', 'AI core industry scale', 'CNY'),"
        "('computing_power', '算力规模', 'Computing power', 'PFLOPS'),"
        "('ai_enterprises', '人工智能企业数量', 'AI enterprises', 'count'),"
        "('growth_rate', '年均增速', 'Annual growth rate', 'percent')"));
    QList<qint64> regions;
    q.exec(QStringLiteral("SELECT id FROM regions WHERE level = 'city'"));
    while (q.next())
        regions << q.value(0).toLongLong();
    const QStringList indicators { QStringLiteral("ai_core_industry_scale"),
        QStringLiteral("computing_power"), QStringLiteral("ai_enterprises"),
        QStringLiteral("growth_rate") };
    const QStringList units { QStringLiteral("CNY"), QStringLiteral("PFLOPS"),
        QStringLiteral("count"), QStringLiteral("percent") };
    const QString sentence = QStringLiteral(
        "到2025年，全市人工智能核心产业规模达到3000亿元，智能算力规模达到12000P。");
    QString body;
    for (int i = 0; i < 40; ++i)
        body += sentence;
    db.transaction();
    QSqlQuery doc(db);
    doc.prepare(
        QStringLiteral("INSERT INTO documents (content_hash, title, issuer, region_id, "
                       "published, format, body, char_count) VALUES (?, ?, ?, ?, ?, 'txt', ?, ?)"));
    QSqlQuery target(db);
    target.prepare(
        QStringLiteral("INSERT INTO targets (document_id, region_id, indicator_key, kind, value, "
                       "unit, comparator, "
                       "year, sentence, start_offset, end_offset, quote_start, quote_end, "
                       "confidence, review_status) "
                       "VALUES (?, ?, ?, 'target', ?, ?, '>=', ?, ?, ?, ?, ?, ?, 0.8, ?)"));
    const QStringList statuses { QStringLiteral("unreviewed"), QStringLiteral("verified"),
        QStringLiteral("edited"), QStringLiteral("rejected") };
    for (int d = 0; d < documents; ++d) {
        const qint64 region = regions.at(d % regions.size());
        doc.addBindValue(QStringLiteral("hash-%1").arg(d));
        doc.addBindValue(QStringLiteral("人工智能产业发展行动方案 第%1号").arg(d));
        doc.addBindValue(QStringLiteral("市人民政府"));
        doc.addBindValue(region);
        doc.addBindValue(
            QStringLiteral("%1-%2-15").arg(2018 + d % 7).arg(1 + d % 12, 2, 10, QLatin1Char('0')));
        doc.addBindValue(body);
        doc.addBindValue(body.size());
        if (!doc.exec()) {
            std::fprintf(stderr, "%s\n", qPrintable(doc.lastError().text()));
            return false;
        }
        const qint64 documentId = doc.lastInsertId().toLongLong();
        for (int t = 0; t < targetsPerDocument; ++t) {
            const int k = (d + t) % indicators.size();
            const int start = t * static_cast<int>(sentence.size());
            target.addBindValue(documentId);
            target.addBindValue(region);
            target.addBindValue(indicators.at(k));
            target.addBindValue(1000.0 * (1 + (d * 7 + t) % 97));
            target.addBindValue(units.at(k));
            target.addBindValue(2023 + (d / 7 + t) % 8);
            target.addBindValue(sentence);
            target.addBindValue(start);
            target.addBindValue(start + static_cast<int>(sentence.size()));
            target.addBindValue(start + 20);
            target.addBindValue(start + 27);
            target.addBindValue(statuses.at((d / 3 + t) % statuses.size()));
            if (!target.exec()) {
                std::fprintf(stderr, "%s\n", qPrintable(target.lastError().text()));
                return false;
            }
        }
    }
    return db.commit();
}

struct Run
{
    double shownMs;
    double filteredMs;
    int filteredRows;
};

Run measure(policylens::LanguageManager *language, const QString &path)
{
    QElapsedTimer timer;
    timer.start();
    auto window = std::make_unique<policylens::MainWindow>(language);
    window->openWorkspace(path);
    window->show();
    QCoreApplication::processEvents();
    window->repaint(); // count the first paint, not just the show
    const double shown = static_cast<double>(timer.nsecsElapsed()) / 1e6;

    timer.restart();
    window->tabs()->setCurrentWidget(window->targetsView());
    policylens::TargetsView *targets = window->targetsView();
    targets->setIndicator(QStringLiteral("computing_power"));
    targets->setStatus(QStringLiteral("unreviewed"));
    targets->setYear(2025);
    QCoreApplication::processEvents();
    targets->table()->viewport()->repaint();
    const double filtered = static_cast<double>(timer.nsecsElapsed()) / 1e6;
    return { shown, filtered, targets->proxy()->rowCount() };
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

// 100,000 documents (short bodies), one target each, and 100,000 statistics: every paged
// model has as many rows as the targets table of the big workspace.
bool generatePaging(const QString &path, int rows)
{
    policylens::Workspace ws;
    if (const policylens::Result<void> opened = ws.open(path); !opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error()));
        return false;
    }
    QSqlDatabase db = ws.database();
    QList<qint64> regions;
    {
        QSqlQuery q(QStringLiteral("SELECT id FROM regions WHERE level = 'city'"), db);
        while (q.next())
            regions << q.value(0).toLongLong();
    }
    const QStringList indicators { QStringLiteral("ai_core_industry_scale"),
        QStringLiteral("computing_power"), QStringLiteral("ai_enterprises") };
    db.transaction();
    QSqlQuery doc(db), target(db), statistic(db);
    doc.prepare(QStringLiteral("INSERT INTO documents (content_hash, title, region_id, published, "
                               "format, body) VALUES (?, ?, ?, ?, 'txt', ?)"));
    target.prepare(QStringLiteral("INSERT INTO targets (document_id, region_id, indicator_key, "
                                  "kind, value, unit, year, sentence) "
                                  "VALUES (?, ?, ?, 'target', ?, 'CNY', ?, '规模达到3000亿元。')"));
    statistic.prepare(QStringLiteral("INSERT INTO statistics (region_id, indicator_key, year, "
                                     "value, unit, source) VALUES (?, ?, ?, ?, 'CNY', ?)"));
    for (int i = 0; i < rows; ++i) {
        const qint64 region = regions.at(i % regions.size());
        const QString &indicator = indicators.at(i % indicators.size());
        doc.addBindValue(QStringLiteral("paging-%1").arg(i));
        doc.addBindValue(QStringLiteral("行动方案 第%1号").arg(i));
        doc.addBindValue(region);
        doc.addBindValue(QStringLiteral("%1-06-01").arg(2018 + i % 7));
        doc.addBindValue(QStringLiteral("正文 %1").arg(i));
        target.addBindValue(i + 1);
        target.addBindValue(i % 10 ? QVariant(region) : QVariant()); // some regions unknown
        target.addBindValue(indicator);
        target.addBindValue(1000.0 * (1 + i % 97));
        target.addBindValue(i % 9 ? QVariant(2023 + i % 8) : QVariant());
        statistic.addBindValue(region);
        statistic.addBindValue(indicator);
        statistic.addBindValue(2000 + i % 30);
        statistic.addBindValue(10.0 * i);
        statistic.addBindValue(QStringLiteral("source %1").arg(i));
        if (!doc.exec() || !target.exec() || !statistic.exec()) {
            std::fprintf(stderr, "%s%s%s\n", qPrintable(doc.lastError().text()),
                qPrintable(target.lastError().text()), qPrintable(statistic.lastError().text()));
            return false;
        }
    }
    return db.commit();
}

// Loads every page of a model; returns the median of the last ten fetchMore calls in ms.
double lastPagesMs(QAbstractItemModel *model)
{
    QList<double> times;
    QElapsedTimer timer;
    while (model->canFetchMore({})) {
        timer.start();
        model->fetchMore({});
        times << static_cast<double>(timer.nsecsElapsed()) / 1e6;
    }
    return median(times.mid(qMax(0, static_cast<int>(times.size()) - 10)));
}

// The way the models paged before keyset paging: one LIMIT/OFFSET page at the given depth,
// read to the end (median of five runs, ms).
double offsetPageMs(const QSqlDatabase &db, const QString &sql, int pageSize, qint64 depth)
{
    QList<double> times;
    for (int run = 0; run < 5; ++run) {
        QElapsedTimer timer;
        timer.start();
        QSqlQuery q(db);
        q.setForwardOnly(true);
        q.prepare(sql + QStringLiteral(" LIMIT ? OFFSET ?"));
        q.addBindValue(pageSize);
        q.addBindValue(depth);
        q.exec();
        while (q.next())
            q.value(0);
        times << static_cast<double>(timer.nsecsElapsed()) / 1e6;
    }
    return median(times);
}

void reportPage(QTextStream &out, const char *name, QAbstractItemModel *model, double offsetMs)
{
    const double keyset = lastPagesMs(model);
    out << QStringLiteral("paging %1: %2 rows, median %3 ms per fetchMore over the last ten "
                          "pages; one OFFSET page at the same depth %4 ms (ratio %5)\n")
               .arg(QLatin1String(name))
               .arg(model->rowCount())
               .arg(keyset, 0, 'f', 2)
               .arg(offsetMs, 0, 'f', 2)
               .arg(offsetMs / qMax(0.001, keyset), 0, 'f', 1);
}

void measurePaging(QTextStream &out, const QString &path)
{
    policylens::Workspace ws;
    if (!ws.open(path))
        return;
    const QSqlDatabase db = ws.database();
    const policylens::Catalog catalog(db);
    const qint64 rows = [&db] {
        QSqlQuery q(QStringLiteral("SELECT count(*) FROM targets"), db);
        return q.next() ? q.value(0).toLongLong() : 0;
    }();
    {
        policylens::DocumentsModel documents(db, &catalog);
        reportPage(out, "documents", &documents,
            offsetPageMs(db,
                QStringLiteral("SELECT d.id, d.title, d.issuer, d.doc_number, "
                               "coalesce(d.region_id, 0), coalesce(d.published, ''), d.format, "
                               "(SELECT count(*) FROM targets t WHERE t.document_id = d.id), "
                               "d.doc_type, d.doc_status, d.user_fields "
                               "FROM documents d ORDER BY d.id"),
                policylens::DocumentsModel::PageSize, rows - policylens::DocumentsModel::PageSize));
    }
    {
        policylens::StatisticsModel statistics(db, &catalog, nullptr);
        reportPage(out, "statistics", &statistics,
            offsetPageMs(db,
                QStringLiteral("SELECT id, region_id, indicator_key, year, value, unit, source, "
                               "period, comparator, approximate, quote, indicator_label "
                               "FROM statistics ORDER BY region_id, indicator_key, year, id"),
                policylens::StatisticsModel::PageSize,
                rows - policylens::StatisticsModel::PageSize));
    }
    const QString targetsSql = QStringLiteral(
        "SELECT t.id, t.document_id, t.region_id, t.indicator_key, t.kind, t.value, "
        "t.value_max, t.unit, t.counter, t.comparator, t.year, t.approximate, t.sentence, "
        "t.start_offset, t.end_offset, t.quote_start, t.quote_end, t.confidence, "
        "t.review_status, t.origin, d.title, t.reason "
        "FROM targets t JOIN documents d ON d.id = t.document_id WHERE 1 ORDER BY ");
    const qint64 depth = rows - policylens::TargetsModel::PageSize;
    {
        policylens::TargetsModel targets(db, &catalog, nullptr);
        reportPage(out, "targets", &targets,
            offsetPageMs(db, targetsSql + QStringLiteral("t.id"),
                policylens::TargetsModel::PageSize, depth));
    }
    // Sorted by a column without an index, and by one that is NULL for some rows.
    for (const auto &[column, name, order] :
        { std::tuple(policylens::TargetsModel::Value, "t.value", "targets by value desc"),
            std::tuple(policylens::TargetsModel::Year, "t.year", "targets by year desc") }) {
        policylens::TargetsModel targets(db, &catalog, nullptr);
        targets.sort(column, Qt::DescendingOrder);
        reportPage(out, order, &targets,
            offsetPageMs(db, targetsSql + QLatin1String(name) + QStringLiteral(" DESC, t.id"),
                policylens::TargetsModel::PageSize, depth));
    }
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QTemporaryDir dir;
    QCoreApplication::setOrganizationName(QStringLiteral("PolicyLensBench"));
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, dir.path());
    QTextStream out(stdout);

    const QString big = dir.filePath(QStringLiteral("big.policylens"));
    const QString empty = dir.filePath(QStringLiteral("empty.policylens"));
    QElapsedTimer timer;
    timer.start();
    if (!generate(big, 10000, 10) || !generate(empty, 0, 0))
        return 1;
    out << "generated 10000 documents / 100000 targets in " << timer.elapsed() << " ms\n";
    out << "peak RSS after generation: " << peakRssMb() << " MB\n";

    policylens::LanguageManager language;
    language.setLanguage(QStringLiteral("zh_CN"));
    constexpr int runs = 5;
    QList<double> emptyShown, emptyFiltered, bigShown, bigFiltered;
    int rows = 0;
    for (int i = 0; i < runs; ++i) {
        const Run e = measure(&language, empty);
        emptyShown << e.shownMs;
        emptyFiltered << e.filteredMs;
        const Run b = measure(&language, big);
        bigShown << b.shownMs;
        bigFiltered << b.filteredMs;
        rows = b.filteredRows;
    }
    out << QStringLiteral("first shown window: median %1 ms (empty workspace %2 ms, ratio %3)\n")
               .arg(median(bigShown), 0, 'f', 1)
               .arg(median(emptyShown), 0, 'f', 1)
               .arg(median(bigShown) / qMax(0.001, median(emptyShown)), 0, 'f', 1);
    out << QStringLiteral("filtered target table (%1 rows loaded): median %2 ms (empty %3 ms)\n")
               .arg(rows)
               .arg(median(bigFiltered), 0, 'f', 1)
               .arg(median(emptyFiltered), 0, 'f', 1);
    {
        // Scrolling to the very end loads every page: the worst case for memory.
        auto window = std::make_unique<policylens::MainWindow>(&language);
        window->openWorkspace(big);
        window->show();
        window->tabs()->setCurrentWidget(window->targetsView());
        QCoreApplication::processEvents();
        QTableView *table = window->targetsView()->table();
        QElapsedTimer scroll;
        scroll.start();
        int pages = 0;
        while (table->model()->canFetchMore({})) {
            table->scrollToBottom();
            QCoreApplication::processEvents();
            ++pages;
        }
        out << QStringLiteral("scrolling to the end of all targets: %1 rows, %2 fetches, %3 ms "
                              "(%4 ms per fetch)\n")
                   .arg(table->model()->rowCount())
                   .arg(pages)
                   .arg(scroll.elapsed())
                   .arg(pages ? static_cast<double>(scroll.elapsed()) / pages : 0.0, 0, 'f', 1);
    }
    out << "peak RSS: " << peakRssMb() << " MB (goal < 400 MB)\n";
    out << "goals: window < 1000 ms " << (median(bigShown) < 1000 ? "met" : "MISSED")
        << ", filter < 1000 ms " << (median(bigFiltered) < 1000 ? "met" : "MISSED")
        << ", memory < 400 MB " << (peakRssMb() < 400 ? "met" : "MISSED") << '\n';
    // After the memory figure: this loads 300,000 rows more.
    const QString paging = dir.filePath(QStringLiteral("paging.policylens"));
    if (!generatePaging(paging, 100000))
        return 1;
    measurePaging(out, paging);
    return 0;
}
