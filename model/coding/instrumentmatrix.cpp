#include "coding/instrumentmatrix.h"

#include "coding/codebookrepository.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

namespace policylens {

int InstrumentMatrix::total(int region) const
{
    int sum = 0;
    for (int n : counts.at(region))
        sum += n;
    return sum;
}

int InstrumentMatrix::sideTotal(int region, InstrumentSide side) const
{
    int sum = 0;
    for (qsizetype c = 0; c < codes.size(); ++c) {
        if (codes.at(c).code.side == side)
            sum += counts.at(region).at(c);
    }
    return sum;
}

double InstrumentMatrix::share(int region, int code) const
{
    const int all = total(region);
    return all == 0 ? 0.0 : double(counts.at(region).at(code)) / all;
}

double InstrumentMatrix::sideShare(int region, InstrumentSide side) const
{
    int sided = 0;
    for (InstrumentSide s : instrumentSides())
        sided += sideTotal(region, s);
    return sided == 0 ? 0.0 : double(sideTotal(region, side)) / sided;
}

int InstrumentMatrix::codeTotal(int code) const
{
    int sum = 0;
    for (const QList<int> &row : counts)
        sum += row.at(code);
    return sum;
}

Result<InstrumentMatrix> InstrumentMatrix::load(const QSqlDatabase &db, const QString &codebookKey)
{
    CodebookRepository books(db);
    const QList<StoredCodebook> all = books.codebooks();
    std::optional<StoredCodebook> book;
    for (const StoredCodebook &b : all) {
        if (codebookKey.isEmpty() ? b.builtin : b.key == codebookKey) {
            book = b;
            break;
        }
    }
    if (!book && codebookKey.isEmpty() && !all.isEmpty())
        book = all.first();
    InstrumentMatrix m;
    if (!book && !codebookKey.isEmpty())
        return Failure { QCoreApplication::translate("policylens::InstrumentMatrix",
            "There is no codebook \"%1\".").arg(codebookKey) };
    if (!book)
        return m; // a workspace nothing was coded in yet
    m.codes = books.codes(book->id);
    QHash<qint64, int> codeIndex;
    for (qsizetype i = 0; i < m.codes.size(); ++i)
        codeIndex.insert(m.codes.at(i).id, int(i));
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT coalesce(d.region_id, 0), coalesce(r.code, ''), coalesce(r.name_zh, ''), "
        "coalesce(r.name_en, ''), g.code_id, count(*) FROM codings g "
        "JOIN codes c ON c.id = g.code_id JOIN documents d ON d.id = g.document_id "
        "LEFT JOIN regions r ON r.id = d.region_id "
        "WHERE c.codebook_id = ? AND g.review_status <> 'rejected' "
        "GROUP BY 1, g.code_id ORDER BY (d.region_id IS NULL), r.name_en, 1"));
    q.addBindValue(book->id);
    if (!q.exec())
        return Failure { QCoreApplication::translate("policylens::InstrumentMatrix",
            "Cannot count the codings: %1").arg(q.lastError().text()) };
    QHash<qint64, int> regionIndex;
    while (q.next()) {
        const qint64 region = q.value(0).toLongLong();
        if (!regionIndex.contains(region)) {
            regionIndex.insert(region, int(m.regions.size()));
            m.regions.append({ region, q.value(1).toString(),
                { q.value(2).toString(), q.value(3).toString() } });
            m.counts.append(QList<int>(m.codes.size(), 0));
        }
        const int c = codeIndex.value(q.value(4).toLongLong(), -1);
        if (c >= 0)
            m.counts[regionIndex.value(region)][c] += q.value(5).toInt();
    }
    return m;
}

} // namespace policylens
