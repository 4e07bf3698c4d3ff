#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include <vector>

namespace policylens {

// Finds many phrases in one pass over a text: Chinese phrases anywhere, English phrases at word
// boundaries (case-insensitive: give it ASCII-lowercased text), a trailing '*' allowing any
// word ending. At each position the longest phrase wins and the scan resumes after it, so a
// longer phrase (网络安全) hides the shorter ones inside it (网络). Each phrase carries the
// payloads of everyone who registered it. Immutable after build(); thread-safe to match().
class CueMatcher final
{
public:
    struct Hit
    {
        qsizetype start = 0;
        qsizetype end = 0;
        int phrase = 0; // index into phrases()
    };

    // Registers a phrase with a payload; returns the phrase index (shared by equal phrases).
    int add(const QString &phrase, int payload);
    void build();

    QList<Hit> match(QStringView lowered) const;
    const QList<int> &payloads(int phrase) const { return m_phrases[phrase].payloads; }
    const QString &phraseText(int phrase) const { return m_phrases[phrase].text; }

    static QString lowered(QStringView text); // ASCII lowercase, offsets unchanged

private:
    struct Phrase
    {
        QString text; // lowercased, without the '*'
        bool english = false;
        bool prefix = false; // trailing '*'
        QList<int> payloads;
    };
    bool matchesAt(QStringView text, qsizetype pos, const Phrase &p) const;

    QList<Phrase> m_phrases;
    // Phrases by first UTF-16 unit, longest first.
    std::vector<std::vector<int>> m_byFirst = std::vector<std::vector<int>>(65536);
};

} // namespace policylens
