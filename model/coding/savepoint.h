#pragma once

#include <QSqlDatabase>
#include <QString>

namespace policylens {

// A nested transaction (SQLite SAVEPOINT) that works inside or outside an open transaction:
// the coding writes run both on their own and inside an import's per-document transaction.
// Rolled back unless release() succeeds.
class Savepoint final
{
    Q_DISABLE_COPY_MOVE(Savepoint)

public:
    explicit Savepoint(QSqlDatabase db);
    ~Savepoint();
    bool isOpen() const { return m_open; }
    bool release();
    QString error() const { return m_error; }

private:
    QSqlDatabase m_db;
    QString m_name;
    bool m_open = false;
    QString m_error;
};

} // namespace policylens
