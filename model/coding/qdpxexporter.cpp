#include "coding/qdpxexporter.h"

#include "coding/codedcorpus.h"
#include "coding/codebookrepository.h"
#include "report/atomicfile.h"
#include "report/zippackage.h"

#include <QDateTime>
#include <QFileInfo>
#include <QUuid>
#include <QXmlStreamWriter>

#include <algorithm>

namespace policylens {

namespace {

// Fixed namespace for the name-based (v5) GUIDs of this export.
const QUuid kNamespace = QUuid(QStringLiteral("{5b0c3c4e-8f1d-4a39-9b55-0c7e2d1a6f21}"));

QString guid(const QString &name)
{
    return QUuid::createUuidV5(kNamespace, name).toString(QUuid::WithoutBraces);
}

QString sideColor(InstrumentSide side)
{
    switch (side) {
    case InstrumentSide::Supply:
        return QStringLiteral("#2E7D32");
    case InstrumentSide::Environment:
        return QStringLiteral("#1565C0");
    case InstrumentSide::Demand:
        return QStringLiteral("#EF6C00");
    case InstrumentSide::None:
        break;
    }
    return QStringLiteral("#757575");
}

QString sideName(InstrumentSide side, const QString &language)
{
    const bool zh = language.startsWith(QLatin1String("zh"));
    switch (side) {
    case InstrumentSide::Supply:
        return zh ? QStringLiteral("供给型") : QStringLiteral("Supply");
    case InstrumentSide::Environment:
        return zh ? QStringLiteral("环境型") : QStringLiteral("Environment");
    case InstrumentSide::Demand:
        return zh ? QStringLiteral("需求型") : QStringLiteral("Demand");
    case InstrumentSide::None:
        break;
    }
    return {};
}

void writeCode(QXmlStreamWriter &xml, const StoredCode &c, const QString &language)
{
    xml.writeStartElement(QStringLiteral("Code"));
    xml.writeAttribute(QStringLiteral("guid"), guid(QStringLiteral("code:%1").arg(c.id)));
    xml.writeAttribute(QStringLiteral("name"), c.code.name.forLanguage(language));
    xml.writeAttribute(QStringLiteral("isCodable"), QStringLiteral("true"));
    xml.writeAttribute(QStringLiteral("color"), sideColor(c.code.side));
    const QString description = c.code.description.forLanguage(language);
    xml.writeTextElement(QStringLiteral("Description"),
        description.isEmpty() ? c.code.key : c.code.key + QStringLiteral(": ") + description);
    xml.writeEndElement();
}

void writeCodeBook(QXmlStreamWriter &xml, const QSqlDatabase &db, const QString &language)
{
    CodebookRepository books(db);
    const QList<StoredCode> codes = books.codes();
    xml.writeStartElement(QStringLiteral("CodeBook"));
    xml.writeStartElement(QStringLiteral("Codes"));
    for (const StoredCodebook &book : books.codebooks()) {
        xml.writeStartElement(QStringLiteral("Code"));
        xml.writeAttribute(QStringLiteral("guid"), guid(QStringLiteral("codebook:%1").arg(book.id)));
        xml.writeAttribute(QStringLiteral("name"), book.name.forLanguage(language));
        xml.writeAttribute(QStringLiteral("isCodable"), QStringLiteral("false"));
        for (InstrumentSide side : { InstrumentSide::Supply, InstrumentSide::Environment,
                 InstrumentSide::Demand, InstrumentSide::None }) {
            const bool grouped = side != InstrumentSide::None;
            bool opened = false;
            for (const StoredCode &c : codes) {
                if (c.codebookId != book.id || c.code.side != side)
                    continue;
                if (grouped && !opened) {
                    xml.writeStartElement(QStringLiteral("Code"));
                    xml.writeAttribute(QStringLiteral("guid"),
                        guid(QStringLiteral("side:%1:%2").arg(book.id).arg(sideKey(side))));
                    xml.writeAttribute(QStringLiteral("name"), sideName(side, language));
                    xml.writeAttribute(QStringLiteral("isCodable"), QStringLiteral("false"));
                    xml.writeAttribute(QStringLiteral("color"), sideColor(side));
                    opened = true;
                }
                writeCode(xml, c, language);
            }
            if (opened)
                xml.writeEndElement();
        }
        xml.writeEndElement();
    }
    xml.writeEndElement();
    xml.writeEndElement();
}

// The Project element (named after the file) with its one user, and the code book.
void writeProjectStart(QXmlStreamWriter &xml, const QSqlDatabase &db, const QString &path,
    const QString &language, const QString &user)
{
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    xml.writeDefaultNamespace(QStringLiteral("urn:QDA-XML:project:1.0"));
    xml.writeStartElement(QStringLiteral("Project"));
    xml.writeAttribute(QStringLiteral("name"), QFileInfo(path).completeBaseName());
    xml.writeAttribute(QStringLiteral("origin"), QStringLiteral("PolicyLens"));
    xml.writeAttribute(QStringLiteral("creatingUserGUID"), user);
    xml.writeAttribute(QStringLiteral("creationDateTime"),
        QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    xml.writeStartElement(QStringLiteral("Users"));
    xml.writeEmptyElement(QStringLiteral("User"));
    xml.writeAttribute(QStringLiteral("guid"), user);
    xml.writeAttribute(QStringLiteral("name"), QStringLiteral("PolicyLens"));
    xml.writeEndElement();
    writeCodeBook(xml, db, language);
}

// One coded sentence: a PlainTextSelection at code-point positions with a Coding per code
// not rejected.
void writeSelection(QXmlStreamWriter &xml, const CodedSentence &s, qint64 startPoint,
    qint64 endPoint, const QString &user, QdpxExporter::Summary &summary)
{
    xml.writeStartElement(QStringLiteral("PlainTextSelection"));
    xml.writeAttribute(QStringLiteral("guid"),
        guid(QStringLiteral("selection:%1:%2:%3").arg(s.documentId).arg(s.start).arg(s.end)));
    xml.writeAttribute(QStringLiteral("name"), s.text.left(40));
    xml.writeAttribute(QStringLiteral("startPosition"), QString::number(startPoint));
    xml.writeAttribute(QStringLiteral("endPosition"), QString::number(endPoint));
    xml.writeAttribute(QStringLiteral("creatingUser"), user);
    ++summary.selections;
    for (const CodedSentence::Code &c : s.codes) {
        if (c.coding.status == CodingStatus::Rejected || !c.code)
            continue;
        xml.writeStartElement(QStringLiteral("Coding"));
        xml.writeAttribute(QStringLiteral("guid"), guid(QStringLiteral("coding:%1").arg(c.coding.id)));
        xml.writeAttribute(QStringLiteral("creatingUser"), user);
        xml.writeEmptyElement(QStringLiteral("CodeRef"));
        xml.writeAttribute(QStringLiteral("targetGUID"), guid(QStringLiteral("code:%1").arg(c.code->id)));
        xml.writeEndElement();
        ++summary.codings;
    }
    xml.writeEndElement();
}

// One document: a TextSource pointing at its text (sources/<guid>.txt) and its selections.
void writeSource(QXmlStreamWriter &xml, const QString &source, const QString &body,
    const QList<CodedSentence> &sentences, const QString &user, QdpxExporter::Summary &summary)
{
    ++summary.sources;
    xml.writeStartElement(QStringLiteral("TextSource"));
    xml.writeAttribute(QStringLiteral("guid"), source);
    const QString title = sentences.first().documentTitle;
    xml.writeAttribute(QStringLiteral("name"),
        title.isEmpty() ? QdpxExporter::tr("Document %1").arg(sentences.first().documentId) : title);
    xml.writeAttribute(QStringLiteral("plainTextPath"), QStringLiteral("internal://%1.txt").arg(source));
    xml.writeAttribute(QStringLiteral("creatingUser"), user);
    QList<int> offsets;
    for (const CodedSentence &s : sentences)
        offsets << s.start << s.end;
    std::sort(offsets.begin(), offsets.end());
    const QList<qint64> points = QdpxExporter::codePointOffsets(body, offsets);
    const auto pointAt = [&](int utf16) {
        return points.at(std::lower_bound(offsets.cbegin(), offsets.cend(), utf16) - offsets.cbegin());
    };
    for (const CodedSentence &s : sentences)
        writeSelection(xml, s, pointAt(s.start), pointAt(s.end), user, summary);
    xml.writeEndElement();
}

} // namespace

QList<qint64> QdpxExporter::codePointOffsets(const QString &text, const QList<int> &utf16Offsets)
{
    QList<qint64> out;
    out.reserve(utf16Offsets.size());
    qint64 points = 0;
    int pos = 0;
    for (int target : utf16Offsets) {
        target = std::clamp(target, 0, int(text.size()));
        while (pos < target) {
            const bool pair = text.at(pos).isHighSurrogate() && pos + 1 < text.size()
                && text.at(pos + 1).isLowSurrogate();
            pos += pair ? 2 : 1;
            ++points;
        }
        out << points;
    }
    return out;
}

Result<QdpxExporter::Summary> QdpxExporter::write(
    const QSqlDatabase &db, const QString &path, const QString &language)
{
    // Built in memory and written whole (AtomicFile): a failed export leaves no half a project.
    ZipPackage zip;
    const QString user = guid(QStringLiteral("user:policylens"));
    QByteArray qde;
    QXmlStreamWriter xml(&qde);
    writeProjectStart(xml, db, path, language, user);

    Summary summary;
    CodedCorpus corpus(db);
    xml.writeStartElement(QStringLiteral("Sources"));
    const bool read = corpus.forEachDocument({}, [&](const QString &body, const QList<CodedSentence> &sentences) {
        const QString source = guid(QStringLiteral("document:%1").arg(sentences.first().documentId));
        if (!zip.add(QStringLiteral("sources/%1.txt").arg(source), body.toUtf8()))
            return false;
        writeSource(xml, source, body, sentences, user, summary);
        return true;
    });
    xml.writeEndElement(); // Sources
    xml.writeEndElement(); // Project
    xml.writeEndDocument();
    if (read)
        zip.add(QStringLiteral("project.qde"), qde);
    const Result<QByteArray> archive = zip.finish();
    if (!read && archive)
        return Failure { tr("Cannot write %1: %2").arg(path, corpus.lastError()) };
    if (!archive)
        return Failure { tr("Cannot write %1: %2").arg(path, archive.error()) };
    if (Result<void> written = AtomicFile::write(path, *archive); !written)
        return Failure { written.error() };
    return summary;
}

} // namespace policylens
