#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace policylens {

// What kind of document a text is. It sets the default reading of a figure without cues of its
// own: a plan or measures commit to the future, a work report, statistics release or news item
// mostly reports the past. Detected from the title, the first lines and the vocabulary; a
// user-corrected genre is passed to the extractor in DocumentContext and wins over detection.
enum class DocumentGenre {
    Plan, // 规划, 行动方案, 实施意见, action plan
    Measures, // 若干措施, 政策措施, 扶持办法: support measures, mostly incentives
    Regulation, // 条例, 办法 with articles (第一条)
    WorkReport, // 政府工作报告, 计划执行情况的报告
    Statistics, // 统计公报, statistical communiqué
    News, // a report about any of the above: dateline, reporter, "(Xinhua)"
    Other,
};

// Detects the genre from the text's title, first lines and vocabulary.
DocumentGenre detectDocumentGenre(QStringView text);

// Stable storage/JSON keys: plan, measures, regulation, work_report, statistics, news, other.
QString documentGenreKey(DocumentGenre genre);
std::optional<DocumentGenre> documentGenreFromKey(QStringView key);

// The genre's name in the interface language (translated, context "DocumentGenre").
QString documentGenreName(DocumentGenre genre);

} // namespace policylens
