#include "store/schema.h"

namespace policylens {

namespace {

// Version 1, the reference tables: regions and the indicator taxonomy.
QStringList version1Places()
{
    return {
        QStringLiteral(R"sql(
CREATE TABLE regions (
    id          INTEGER PRIMARY KEY,
    code        TEXT NOT NULL UNIQUE,          -- stable key: 'beijing', 'national'
    level       TEXT NOT NULL CHECK (level IN ('national','province','city','district')),
    parent_id   INTEGER REFERENCES regions(id),
    provincial  INTEGER NOT NULL DEFAULT 0,    -- 1 for provinces and the four municipalities
    name_zh     TEXT NOT NULL,
    name_en     TEXT NOT NULL,
    aliases     TEXT NOT NULL DEFAULT ''       -- '|'-separated: 京|北京|Peking
))sql"),
        QStringLiteral(R"sql(
CREATE TABLE indicators (
    key         TEXT PRIMARY KEY,              -- snake_case, e.g. ai_core_industry_scale
    name_zh     TEXT NOT NULL,
    name_en     TEXT NOT NULL,
    unit        TEXT NOT NULL DEFAULT '',      -- usual canonical unit, '' when it varies
    keywords    TEXT NOT NULL DEFAULT '',      -- '|'-separated match words (zh and en)
    builtin     INTEGER NOT NULL DEFAULT 1
))sql"),
    };
}

// Version 1, what is imported and extracted: documents and their targets.
QStringList version1Documents()
{
    return {
        QStringLiteral(R"sql(
CREATE TABLE documents (
    id            INTEGER PRIMARY KEY,
    content_hash  TEXT NOT NULL UNIQUE,        -- SHA-256 of the extracted plain text
    title         TEXT NOT NULL DEFAULT '',
    issuer        TEXT NOT NULL DEFAULT '',
    doc_number    TEXT NOT NULL DEFAULT '',    -- 京政发〔2023〕14号
    region_id     INTEGER REFERENCES regions(id),
    published     TEXT,                        -- ISO date, NULL when unknown
    period_start  INTEGER,
    period_end    INTEGER,
    language      TEXT NOT NULL DEFAULT '',    -- 'zh', 'zh-Hant', 'en'
    source_path   TEXT NOT NULL DEFAULT '',
    format        TEXT NOT NULL DEFAULT '',    -- txt, html, pdf, docx, md
    encoding      TEXT NOT NULL DEFAULT '',    -- as detected: UTF-8, GB18030, Big5, UTF-16LE
    body          TEXT NOT NULL,               -- plain text; target offsets point into it
    char_count    INTEGER NOT NULL DEFAULT 0,
    imported_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now'))
))sql"),
        QStringLiteral("CREATE INDEX documents_region ON documents(region_id)"),
        QStringLiteral(R"sql(
CREATE TABLE targets (
    id             INTEGER PRIMARY KEY,
    document_id    INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    region_id      INTEGER REFERENCES regions(id),
    indicator_key  TEXT NOT NULL DEFAULT 'other',
    kind           TEXT NOT NULL CHECK (kind IN ('target','incentive','baseline')),
    value          REAL NOT NULL,              -- in base units: yuan, percent, PFLOPS, count
    value_max      REAL,
    unit           TEXT NOT NULL DEFAULT '',   -- CNY, USD, percent, percentage_point, PFLOPS, count, times, other as written
    counter        TEXT NOT NULL DEFAULT '',   -- counter word for count: 家, 个, 项
    comparator     TEXT NOT NULL DEFAULT '=' CHECK (comparator IN ('>=','>','=','<=','<','~','range')),
    year           INTEGER,
    approximate    INTEGER NOT NULL DEFAULT 0,
    sentence       TEXT NOT NULL DEFAULT '',
    start_offset   INTEGER NOT NULL DEFAULT 0, -- the sentence: UTF-16 offsets into documents.body
    end_offset     INTEGER NOT NULL DEFAULT 0,
    quote_start    INTEGER NOT NULL DEFAULT 0, -- the number with its unit, inside the sentence span
    quote_end      INTEGER NOT NULL DEFAULT 0,
    confidence     REAL NOT NULL DEFAULT 0,
    review_status  TEXT NOT NULL DEFAULT 'unreviewed'
                   CHECK (review_status IN ('unreviewed','verified','rejected','edited')),
    origin         TEXT NOT NULL DEFAULT 'extracted' CHECK (origin IN ('extracted','manual')),
    note           TEXT NOT NULL DEFAULT ''
))sql"),
        QStringLiteral("CREATE INDEX targets_document ON targets(document_id)"),
        QStringLiteral(
            "CREATE INDEX targets_region_indicator ON targets(region_id, indicator_key, year)"),
    };
}

// Version 1, the full-text index, published statistics and the import log.
QStringList version1Records()
{
    return {
        // Full-text index over documents (rowid = documents.id). Contentless: the text lives in
        // documents.body; the index is fed by SearchText::indexText(), which turns CJK runs into
        // overlapping bigrams so the unicode61 tokenizer finds Chinese words of any length.
        QStringLiteral("CREATE VIRTUAL TABLE documents_fts USING fts5(title, body, content='', "
                       "tokenize='unicode61 remove_diacritics 2')"),
        QStringLiteral(R"sql(
CREATE TABLE statistics (
    id             INTEGER PRIMARY KEY,
    region_id      INTEGER NOT NULL REFERENCES regions(id),
    indicator_key  TEXT NOT NULL,
    year           INTEGER NOT NULL,
    value          REAL NOT NULL,
    unit           TEXT NOT NULL DEFAULT '',
    source         TEXT NOT NULL DEFAULT '',
    note           TEXT NOT NULL DEFAULT '',
    UNIQUE (region_id, indicator_key, year, source)
))sql"),
        QStringLiteral(R"sql(
CREATE TABLE import_log (
    id           INTEGER PRIMARY KEY,
    batch        TEXT NOT NULL,
    at           TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now')),
    path         TEXT NOT NULL,
    status       TEXT NOT NULL CHECK (status IN ('imported','duplicate','rejected')),
    reason       TEXT NOT NULL DEFAULT '',
    document_id  INTEGER REFERENCES documents(id) ON DELETE SET NULL
))sql"),
    };
}

QStringList version1()
{
    return version1Places() + version1Documents() + version1Records();
}

// Statistics keep their qualifiers: the period within the year (2025 H1 is not 2025), the
// comparator (>2500 is not 2500), the sentence quoted and the indicator label as written. The
// period joins the unique key, so a half-year and a full-year value of one source coexist.
QStringList statisticsQualifiers()
{
    return {
        QStringLiteral(R"sql(
CREATE TABLE statistics_v2 (
    id               INTEGER PRIMARY KEY,
    region_id        INTEGER NOT NULL REFERENCES regions(id),
    indicator_key    TEXT NOT NULL,
    year             INTEGER NOT NULL,
    period           TEXT NOT NULL DEFAULT '',     -- StatisticPeriod key: '', 'H1', 'M1-M9', '@M10'
    value            REAL NOT NULL,
    comparator       TEXT NOT NULL DEFAULT '=' CHECK (comparator IN ('>=','>','=','<=','<','~')),
    approximate      INTEGER NOT NULL DEFAULT 0,
    unit             TEXT NOT NULL DEFAULT '',
    source           TEXT NOT NULL DEFAULT '',
    quote            TEXT NOT NULL DEFAULT '',     -- the sentence the figure was taken from
    indicator_label  TEXT NOT NULL DEFAULT '',     -- the indicator as the file wrote it
    note             TEXT NOT NULL DEFAULT '',
    UNIQUE (region_id, indicator_key, year, period, source)
))sql"),
        QStringLiteral("INSERT INTO statistics_v2 (id, region_id, indicator_key, year, value, unit,"
                       " source, note) SELECT id, region_id, indicator_key, year, value, unit,"
                       " source, note FROM statistics"),
        QStringLiteral("DROP TABLE statistics"),
        QStringLiteral("ALTER TABLE statistics_v2 RENAME TO statistics"),
        // What the workspace is, for the window to say so: label 'sample' marks the bundled
        // sample, which must not be mistaken for (or mixed into) the researcher's own work.
        QStringLiteral("CREATE TABLE workspace_info (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
    };
}

// Regions as a hierarchy with kinds (new areas, zones), document type and status, and which
// fields a person set (re-extraction and re-detection leave those alone), and the value a
// person chose where several targets compete for one region, indicator and year.
QStringList version2Regions()
{
    return {
        // What the place is within its level: municipality, province, autonomous_region, sar,
        // city, prefecture, district, county, new_area, zone. Filled from regions.json on open.
        QStringLiteral("ALTER TABLE regions ADD COLUMN kind TEXT NOT NULL DEFAULT ''"),
        // plan, measures, regulation, work_report, statistics, news, other; '' when unknown.
        QStringLiteral("ALTER TABLE documents ADD COLUMN doc_type TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE documents ADD COLUMN doc_status TEXT NOT NULL DEFAULT 'final' "
                       "CHECK (doc_status IN ('draft','final'))"),
        // '|'-separated field names a person set: title|issuer|region|published|type|status.
        QStringLiteral("ALTER TABLE documents ADD COLUMN user_fields TEXT NOT NULL DEFAULT ''"),
        // '|'-separated: kind|region|indicator|value|year|unit|comparator.
        QStringLiteral("ALTER TABLE targets ADD COLUMN user_fields TEXT NOT NULL DEFAULT ''"),
        QStringLiteral(R"sql(
CREATE TABLE target_choices (
    region_id      INTEGER NOT NULL REFERENCES regions(id),
    indicator_key  TEXT NOT NULL,
    year           INTEGER NOT NULL,
    kind           TEXT NOT NULL,
    target_id      INTEGER NOT NULL REFERENCES targets(id) ON DELETE CASCADE,
    PRIMARY KEY (region_id, indicator_key, year, kind)
))sql"),
    };
}

// Why the extractor read each target as it did (extract/targetreason.h, stored as JSON).
QStringList version3Reason()
{
    return { QStringLiteral("ALTER TABLE targets ADD COLUMN reason TEXT NOT NULL DEFAULT ''") };
}

// Policy-instrument coding (issue 12): codebooks with their codes, and one row per
// (sentence, code) so counts, review and export work on single codes of a sentence.
QStringList version4Instruments()
{
    return {
        QStringLiteral(R"sql(
CREATE TABLE codebooks (
    id          INTEGER PRIMARY KEY,
    key         TEXT NOT NULL UNIQUE,          -- 'policy-instruments' (built in) or a user's key
    name_zh     TEXT NOT NULL,
    name_en     TEXT NOT NULL,
    ignored     TEXT NOT NULL DEFAULT '',      -- '|'-separated phrases never read as cues
    builtin     INTEGER NOT NULL DEFAULT 0
))sql"),
        QStringLiteral(R"sql(
CREATE TABLE codes (
    id              INTEGER PRIMARY KEY,
    codebook_id     INTEGER NOT NULL REFERENCES codebooks(id) ON DELETE CASCADE,
    key             TEXT NOT NULL,             -- 'supply.talent'
    side            TEXT NOT NULL DEFAULT 'none'
                    CHECK (side IN ('none','supply','environment','demand')),
    name_zh         TEXT NOT NULL,
    name_en         TEXT NOT NULL,
    description_zh  TEXT NOT NULL DEFAULT '',
    description_en  TEXT NOT NULL DEFAULT '',
    keywords        TEXT NOT NULL DEFAULT '',  -- '|'-separated typical words (zh and en)
    cues            TEXT NOT NULL DEFAULT '[]', -- the coder's cues: [["term", "专项资金"], ...]
    goal            INTEGER NOT NULL DEFAULT 0, -- also given to sentences stating a target or goal
    position        INTEGER NOT NULL DEFAULT 0,
    builtin         INTEGER NOT NULL DEFAULT 0,
    UNIQUE (codebook_id, key)
))sql"),
        QStringLiteral(R"sql(
CREATE TABLE codings (
    id             INTEGER PRIMARY KEY,
    document_id    INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    code_id        INTEGER NOT NULL REFERENCES codes(id) ON DELETE CASCADE,
    start_offset   INTEGER NOT NULL,           -- the sentence: UTF-16 offsets into documents.body
    end_offset     INTEGER NOT NULL,
    confidence     REAL NOT NULL DEFAULT 0,
    reason_kind    TEXT NOT NULL DEFAULT '',   -- why the coder gave it: cue, verb_object, ...
    reason_cue     TEXT NOT NULL DEFAULT '',   --   '' for a person's coding
    reason_verb    TEXT NOT NULL DEFAULT '',
    review_status  TEXT NOT NULL DEFAULT 'unreviewed'
                   CHECK (review_status IN ('unreviewed','accepted','rejected')),
    origin         TEXT NOT NULL DEFAULT 'auto' CHECK (origin IN ('auto','manual'))
))sql"),
        QStringLiteral("CREATE INDEX codings_document ON codings(document_id, start_offset)"),
        QStringLiteral("CREATE INDEX codings_code ON codings(code_id)"),
    };
}

// Nothing in SQL: the index is rebuilt by SearchIndex::rebuild (see searchTextVersion()).
QStringList searchTextSimplified()
{
    return {};
}

} // namespace

const QList<QStringList> &Schema::migrations()
{
    static const QList<QStringList> all{version1(), version2Regions(), version3Reason(),
        version4Instruments(), statisticsQualifiers(), searchTextSimplified()};
    return all;
}

int Schema::searchTextVersion()
{
    return 6;
}

int Schema::latestVersion()
{
    return static_cast<int>(migrations().size());
}

} // namespace policylens
