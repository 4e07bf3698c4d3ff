#include "ingest/importrunner.h"

namespace policylens {

ImportProgress::ImportProgress(QObject *parent)
    : QObject(parent)
{ }

ImportProgress::~ImportProgress() = default;

void ImportProgress::report(int done, int total, const QString &currentFile)
{
    emit progressed(done, total, currentFile);
}

} // namespace policylens
