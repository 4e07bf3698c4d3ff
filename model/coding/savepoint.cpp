#include "coding/savepoint.h"

#include <QAtomicInteger>
#include <QSqlError>
#include <QSqlQuery>

namespace policylens {

Savepoint::Savepoint(QSqlDatabase db)
    : m_db(std::move(db))
{
    static QAtomicInteger<quint64> counter;
    m_name = QStringLiteral("coding_%1").arg(counter.fetchAndAddRelaxed(1));
    QSqlQuery q(m_db);
    m_open = q.exec(QStringLiteral("SAVEPOINT ") + m_name);
    if (!m_open)
        m_error = q.lastError().text();
}

Savepoint::~Savepoint()
{
    if (!m_open)
        return;
    QSqlQuery q(m_db);
    q.exec(QStringLiteral("ROLLBACK TO ") + m_name);
    q.exec(QStringLiteral("RELEASE ") + m_name);
}

bool Savepoint::release()
{
    if (!m_open)
        return false;
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("RELEASE ") + m_name)) {
        m_error = q.lastError().text();
        return false;
    }
    m_open = false;
    return true;
}

} // namespace policylens
