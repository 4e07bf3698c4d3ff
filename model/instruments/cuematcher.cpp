#include "instruments/cuematcher.h"

#include <algorithm>

namespace policylens {

namespace {

bool isWordChar(QChar c)
{
    return c.unicode() < 0x80 ? (c.isLetterOrNumber() || c == u'_') : false;
}

bool hasCjk(QStringView s)
{
    return std::any_of(s.begin(), s.end(), [](QChar c) { return c.unicode() >= 0x2E80; });
}

} // namespace

QString CueMatcher::lowered(QStringView text)
{
    QString out = text.toString();
    for (QChar &c : out) {
        if (c.unicode() >= u'A' && c.unicode() <= u'Z')
            c = QChar(c.unicode() + 32);
    }
    return out;
}

int CueMatcher::add(const QString &phrase, int payload)
{
    Phrase p;
    p.text = lowered(phrase.trimmed());
    p.prefix = p.text.endsWith(u'*');
    if (p.prefix)
        p.text.chop(1);
    if (p.text.isEmpty())
        return -1;
    p.english = !hasCjk(p.text);
    for (qsizetype i = 0; i < m_phrases.size(); ++i) {
        Phrase &q = m_phrases[i];
        if (q.text == p.text && q.prefix == p.prefix) {
            if (!q.payloads.contains(payload))
                q.payloads.append(payload);
            return int(i);
        }
    }
    p.payloads.append(payload);
    m_phrases.append(std::move(p));
    return int(m_phrases.size() - 1);
}

void CueMatcher::build()
{
    for (auto &list : m_byFirst)
        list.clear();
    for (qsizetype i = 0; i < m_phrases.size(); ++i)
        m_byFirst[m_phrases[i].text.at(0).unicode()].push_back(int(i));
    for (auto &list : m_byFirst) {
        std::sort(list.begin(), list.end(), [this](int a, int b) {
            return m_phrases[a].text.size() > m_phrases[b].text.size();
        });
    }
}

bool CueMatcher::matchesAt(QStringView text, qsizetype pos, const Phrase &p) const
{
    const qsizetype n = p.text.size();
    if (pos + n > text.size() || text.mid(pos, n) != QStringView(p.text))
        return false;
    if (!p.english)
        return true;
    if (pos > 0 && isWordChar(text[pos - 1]))
        return false;
    return p.prefix || pos + n == text.size() || !isWordChar(text[pos + n]);
}

QList<CueMatcher::Hit> CueMatcher::match(QStringView text) const
{
    QList<Hit> hits;
    qsizetype pos = 0;
    while (pos < text.size()) {
        const auto &candidates = m_byFirst[text[pos].unicode()];
        qsizetype next = pos + 1;
        for (int idx : candidates) {
            const Phrase &p = m_phrases[idx];
            if (!matchesAt(text, pos, p))
                continue;
            qsizetype end = pos + p.text.size();
            if (p.prefix) {
                while (end < text.size() && isWordChar(text[end]))
                    ++end;
            }
            hits.append({ pos, end, idx });
            next = end;
            break;
        }
        pos = next;
    }
    return hits;
}

} // namespace policylens
