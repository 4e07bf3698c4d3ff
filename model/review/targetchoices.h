#pragma once

#include "core/vocabulary.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace policylens {

// One region, indicator, year and kind for which the workspace holds competing values.
struct ChoiceKey
{
    qint64 regionId = 0;
    QString indicator;
    int year = 0;
    TargetKind kind = TargetKind::Target;

    bool operator==(const ChoiceKey &) const = default;
};

// Which target counts where several compete for one region, indicator and year. A person's
// choice is stored (target_choices); without one, a final document beats a draft, then the
// newer document beats the older (a revision supersedes what it revises), then the later
// import. Rejected targets never count.
class TargetChoices final
{
    Q_DECLARE_TR_FUNCTIONS(TargetChoices)

public:
    explicit TargetChoices(QSqlDatabase db);

    // The stored choice, 0 when none.
    qint64 chosen(const ChoiceKey &key) const;
    // Stores targetId as the choice (0 removes it).
    bool setChosen(const ChoiceKey &key, qint64 targetId);
    // The target that counts: the stored choice, else the default order above; 0 when none.
    qint64 counting(const ChoiceKey &key) const;
    // Every non-rejected target competing for key, the counting one first.
    QList<qint64> competitors(const ChoiceKey &key) const;
    // The key a target competes under (its region, indicator and year); regionId 0 if none.
    ChoiceKey keyOf(qint64 targetId) const;

    QString lastError() const { return m_error; }

private:
    QSqlDatabase m_db;
    QString m_error;
};

} // namespace policylens
