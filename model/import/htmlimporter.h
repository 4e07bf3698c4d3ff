#pragma once

#include "import/importeddocument.h"
#include "import/importlimits.h"

#include <QByteArray>
#include <QCoreApplication>

namespace policylens {

// HTML pages as researchers save them from government sites. The charset comes from the meta
// tag when the bytes agree with it, from detection otherwise. Navigation, header, footer,
// scripts and styles are dropped; the title and publication date are kept as metadata.
// A hand-written tokenizer with an explicit element stack: no network, no external entities,
// no recursion, so deep nesting cannot overflow the stack.
class HtmlImporter final
{
    Q_DECLARE_TR_FUNCTIONS(HtmlImporter)

public:
    HtmlImporter() = delete;
    static ImporterResult import(const QByteArray &data, const ImportLimits &limits);

    static QString declaredCharset(const QByteArray &data);
    static QString decodeEntities(const QString &text);
};

} // namespace policylens
