#include "review/reviewservice.h"

#include "format/numberformatter.h"
#include "review/reviewcommands.h"

#include <QSqlQuery>
#include <QUndoStack>

#include <cmath>

namespace policylens {

namespace {

bool isBlank(const QVariant &value)
{
    return value.isNull() || value.toString().trimmed().isEmpty();
}

// A target year: blank clears it, otherwise a year between 1949 and 2100.
std::optional<QVariant> normaliseYear(const QVariant &value)
{
    if (isBlank(value))
        return QVariant();
    bool ok = false;
    const int year = value.toString().trimmed().toInt(&ok);
    if (!ok || year < 1949 || year > 2100)
        return std::nullopt;
    return QVariant(year);
}

// A regions.id, or null for "region unknown"; callers map codes to ids.
std::optional<QVariant> normaliseRegion(const QVariant &value)
{
    if (isBlank(value))
        return QVariant(QMetaType::fromType<qint64>());
    bool ok = false;
    const qint64 id = value.toLongLong(&ok);
    if (!ok || id <= 0)
        return std::nullopt;
    return QVariant(id);
}

} // namespace

ReviewService::ReviewService(QSqlDatabase db, QUndoStack *stack, QObject *parent)
    : QObject(parent)
    , m_stack(stack)
    , m_targets(db)
    , m_statistics(db)
    , m_documents(db)
    , m_choices(db)
{ }

ReviewService::~ReviewService() = default;

std::optional<QVariant> ReviewService::normalise(TargetField field, const QVariant &value)
{
    switch (field) {
    case TargetField::Value:
    case TargetField::ValueMax: {
        if (field == TargetField::ValueMax && isBlank(value))
            return QVariant();
        // Reviewers type amounts as they read them: 3000亿, 300 billion, 12,000.
        const auto number = NumberFormatter::parseAmount(value.toString());
        if (!number)
            return std::nullopt;
        return QVariant(*number);
    }
    case TargetField::Year:
        return normaliseYear(value);
    case TargetField::Comparator: {
        static const QStringList allowed { QStringLiteral(">="), QStringLiteral(">"),
            QStringLiteral("="), QStringLiteral("<="), QStringLiteral("<"), QStringLiteral("~"),
            QStringLiteral("range") };
        const QString text = value.toString().trimmed();
        if (!allowed.contains(text))
            return std::nullopt;
        return QVariant(text);
    }
    case TargetField::Kind: {
        // Edits carry the stored key (a combo box's data, the command line's --kind).
        const auto kind = targetKindFromString(value.toString().trimmed());
        if (!kind)
            return std::nullopt;
        return QVariant(toString(*kind));
    }
    case TargetField::Indicator: {
        const QString text = value.toString().trimmed();
        if (text.isEmpty())
            return std::nullopt;
        return QVariant(text);
    }
    case TargetField::Unit:
    case TargetField::Counter:
        return QVariant(value.toString().trimmed());
    case TargetField::Region:
        return normaliseRegion(value);
    }
    return std::nullopt;
}

bool ReviewService::verify(qint64 id)
{
    return setStatus(id, ReviewStatus::Verified);
}

bool ReviewService::reject(qint64 id)
{
    return setStatus(id, ReviewStatus::Rejected);
}

bool ReviewService::setStatus(qint64 id, ReviewStatus status)
{
    const auto current = m_targets.find(id);
    if (!current) {
        emit failed(tr("Target %1 does not exist in this workspace.").arg(id));
        return false;
    }
    if (current->reviewStatus == status)
        return true;
    m_stack->push(new SetTargetStatusCommand(this, id, current->reviewStatus, status));
    return m_targets.find(id).value_or(TargetRecord {}).reviewStatus == status;
}

bool ReviewService::edit(qint64 id, TargetField field, const QVariant &value)
{
    const auto current = m_targets.find(id);
    if (!current) {
        emit failed(tr("Target %1 does not exist in this workspace.").arg(id));
        return false;
    }
    const auto normalised = normalise(field, value);
    if (!normalised) {
        emit failed(tr("\"%1\" is not a valid value for this field.").arg(value.toString()));
        return false;
    }
    const QVariant old = m_targets.field(id, field);
    if (old == *normalised && old.isNull() == normalised->isNull())
        return true;
    m_stack->push(new EditTargetCommand(this, id, field, old, *normalised, current->reviewStatus));
    // Read back rather than watch the stack index, which stays put inside a macro.
    const QVariant now = m_targets.field(id, field);
    return now.isNull() == normalised->isNull() && (now.isNull() || now == *normalised);
}

qint64 ReviewService::addManualTarget(const TargetRecord &input)
{
    if (input.quoteEnd <= input.quoteStart) {
        emit failed(tr("Select the number in the document text first."));
        return 0;
    }
    TargetRecord r = input;
    r.id = 0;
    r.regionId.reset();
    {
        QSqlQuery q(m_targets.database());
        q.prepare(QStringLiteral("SELECT region_id FROM documents WHERE id = ?"));
        q.addBindValue(input.documentId);
        if (!q.exec() || !q.next()) {
            emit failed(tr("Document %1 does not exist in this workspace.").arg(input.documentId));
            return 0;
        }
        if (!q.value(0).isNull())
            r.regionId = q.value(0).toLongLong();
    }
    r.confidence = 1.0;
    r.reviewStatus = ReviewStatus::Verified;
    r.origin = TargetOrigin::Manual;
    r.note.clear();
    r.reason.clear(); // no extractor cues: a person chose it
    auto *command = new AddTargetCommand(this, r);
    const int before = m_stack->index();
    m_stack->push(command);
    if (m_stack->index() == before)
        return 0; // the command failed and was dropped
    return static_cast<const AddTargetCommand *>(m_stack->command(m_stack->index() - 1))
        ->targetId();
}

bool ReviewService::editStatistic(qint64 id, StatisticField field, const QVariant &value)
{
    QVariant normalised = value;
    if (field == StatisticField::Value) {
        const auto number = NumberFormatter::parseAmount(value.toString());
        if (!number) {
            emit failed(tr("\"%1\" is not a number.").arg(value.toString()));
            return false;
        }
        normalised = *number;
    } else if (field == StatisticField::Year) {
        bool ok = false;
        const int year = value.toString().trimmed().toInt(&ok);
        if (!ok || year < 1949 || year > 2100) {
            emit failed(tr("\"%1\" is not a valid year.").arg(value.toString()));
            return false;
        }
        normalised = year;
    } else if (field == StatisticField::Indicator && value.toString().trimmed().isEmpty()) {
        emit failed(tr("A statistic needs an indicator."));
        return false;
    } else {
        normalised = value.toString().trimmed();
    }
    const QVariant old = m_statistics.field(id, field);
    if (!old.isValid()) {
        emit failed(tr("Statistic %1 does not exist in this workspace.").arg(id));
        return false;
    }
    if (old == normalised)
        return true;
    m_stack->push(new EditStatisticCommand(this, id, field, old, normalised));
    return m_statistics.field(id, field) == normalised;
}

} // namespace policylens
