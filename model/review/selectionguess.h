#pragma once

#include "review/reviewservice.h"

namespace policylens {

// Prefills a manual target from text the researcher selected in the viewer: the enclosing
// sentence, and a first guess at value, unit and counter from the selection ("3000亿元",
// "12,000 PFLOPS", "30%", "50家"). The researcher corrects it in the dialog.
class SelectionGuess final
{
public:
    SelectionGuess() = delete;

    static TargetRecord guess(
        qint64 documentId, const QString &body, int selectionStart, int selectionEnd);
};

} // namespace policylens
