#include "coding/qdpxexporter.h"

#include "coding/codedcorpus.h"
#include "coding/codebookrepository.h"
#include "report/atomicfile.h"

#include <QBuffer>
#include <QDateTime>
#include <QFileInfo>
#include <QUuid>
#include <QXmlStreamWriter>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>

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

bool addEntry(QuaZip &zip, const QString &name, const QByteArray &data, QString *error)
{
    QuaZipFile file(&zip);
    QuaZipNewInfo info(name);
    info.setFileDateTime(name); // falls back to now when no such file exists
    if (!file.open(QIODevice::WriteOnly, info) || file.write(data) != data.size()) {
        if (error)
            *error = QdpxExporter::tr("Cannot add %1 to the project (zip error %2).")
                         .arg(name)
                         .arg(file.getZipError());
        return false;
    }
    file.close();
    return file.getZipError() == 0;
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

std::optional<QdpxExporter::Result> QdpxExporter::write(
    const QSqlDatabase &db, const QString &path, const QString &language, QString *error)
{
    const auto fail = [&](const QString &reason) -> std::optional<Result> {
        if (error)
            *error = tr("Cannot write %1: %2").arg(path, reason);
        return std::nullopt;
    };
    // Built in memory and written whole (AtomicFile): a failed export leaves no half a project.
    QBuffer buffer;
    buffer.open(QIODevice::ReadWrite);
    QuaZip zip(&buffer);
    if (!zip.open(QuaZip::mdCreate))
        return fail(tr("zip error %1").arg(zip.getZipError()));

    const QString user = guid(QStringLiteral("user:policylens"));
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    QByteArray qde;
    QXmlStreamWriter xml(&qde);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    xml.writeDefaultNamespace(QStringLiteral("urn:QDA-XML:project:1.0"));
    xml.writeStartElement(QStringLiteral("Project"));
    xml.writeAttribute(QStringLiteral("name"), QFileInfo(path).completeBaseName());
    xml.writeAttribute(QStringLiteral("origin"), QStringLiteral("PolicyLens"));
    xml.writeAttribute(QStringLiteral("creatingUserGUID"), user);
    xml.writeAttribute(QStringLiteral("creationDateTime"), now);
    xml.writeStartElement(QStringLiteral("Users"));
    xml.writeEmptyElement(QStringLiteral("User"));
    xml.writeAttribute(QStringLiteral("guid"), user);
    xml.writeAttribute(QStringLiteral("name"), QStringLiteral("PolicyLens"));
    xml.writeEndElement();
    writeCodeBook(xml, db, language);

    Result result;
    QString zipError;
    CodedCorpus corpus(db);
    xml.writeStartElement(QStringLiteral("Sources"));
    const bool read = corpus.forEachDocument({}, [&](const QString &body, const QList<CodedSentence> &sentences) {
        const QString source = guid(QStringLiteral("document:%1").arg(sentences.first().documentId));
        if (!addEntry(zip, QStringLiteral("sources/%1.txt").arg(source), body.toUtf8(), &zipError))
            return false;
        ++result.sources;
        xml.writeStartElement(QStringLiteral("TextSource"));
        xml.writeAttribute(QStringLiteral("guid"), source);
        const QString title = sentences.first().documentTitle;
        xml.writeAttribute(QStringLiteral("name"),
            title.isEmpty() ? tr("Document %1").arg(sentences.first().documentId) : title);
        xml.writeAttribute(QStringLiteral("plainTextPath"), QStringLiteral("internal://%1.txt").arg(source));
        xml.writeAttribute(QStringLiteral("creatingUser"), user);
        QList<int> offsets;
        for (const CodedSentence &s : sentences)
            offsets << s.start << s.end;
        std::sort(offsets.begin(), offsets.end());
        const QList<qint64> points = codePointOffsets(body, offsets);
        const auto pointAt = [&](int utf16) {
            return points.at(std::lower_bound(offsets.cbegin(), offsets.cend(), utf16) - offsets.cbegin());
        };
        for (const CodedSentence &s : sentences) {
            xml.writeStartElement(QStringLiteral("PlainTextSelection"));
            xml.writeAttribute(QStringLiteral("guid"),
                guid(QStringLiteral("selection:%1:%2:%3").arg(s.documentId).arg(s.start).arg(s.end)));
            xml.writeAttribute(QStringLiteral("name"), s.text.left(40));
            xml.writeAttribute(QStringLiteral("startPosition"), QString::number(pointAt(s.start)));
            xml.writeAttribute(QStringLiteral("endPosition"), QString::number(pointAt(s.end)));
            xml.writeAttribute(QStringLiteral("creatingUser"), user);
            ++result.selections;
            for (const CodedSentence::Code &c : s.codes) {
                if (c.coding.status == CodingStatus::Rejected || !c.code)
                    continue;
                xml.writeStartElement(QStringLiteral("Coding"));
                xml.writeAttribute(QStringLiteral("guid"), guid(QStringLiteral("coding:%1").arg(c.coding.id)));
                xml.writeAttribute(QStringLiteral("creatingUser"), user);
                xml.writeEmptyElement(QStringLiteral("CodeRef"));
                xml.writeAttribute(QStringLiteral("targetGUID"), guid(QStringLiteral("code:%1").arg(c.code->id)));
                xml.writeEndElement();
                ++result.codings;
            }
            xml.writeEndElement();
        }
        xml.writeEndElement();
        return true;
    });
    xml.writeEndElement(); // Sources
    xml.writeEndElement(); // Project
    xml.writeEndDocument();
    if (!read)
        return fail(zipError.isEmpty() ? corpus.lastError() : zipError);
    if (!addEntry(zip, QStringLiteral("project.qde"), qde, &zipError))
        return fail(zipError);
    zip.close();
    if (zip.getZipError() != 0)
        return fail(tr("zip error %1").arg(zip.getZipError()));
    QString writeError;
    if (!AtomicFile::write(path, buffer.data(), &writeError)) {
        if (error)
            *error = writeError;
        return std::nullopt;
    }
    return result;
}

} // namespace policylens
