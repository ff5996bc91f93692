-- The corpus: each record kept whole as a JSONB document (what reads return), plus the columns that
-- filters, sorting, joins and search use, each with the index its queries need.
-- Sorted text uses ICU's root collation, the ordering .NET's culture comparison (LiteDB's) gives.

CREATE TABLE releases (
    id               text PRIMARY KEY,
    checksum         text NOT NULL,
    title            text COLLATE "und-x-icu" NOT NULL,
    alternate_titles text NOT NULL,
    body             text NOT NULL,
    published_at     timestamptz,
    event_date       timestamptz,
    word_count       integer NOT NULL,
    entity_ids       text[] NOT NULL,
    doc              jsonb NOT NULL,
    -- Full-text search lives in the row, so it commits with it on every replica: titles weigh more (A) than bodies (D).
    search           tsvector GENERATED ALWAYS AS (
                         setweight(to_tsvector('english', title || ' ' || alternate_titles), 'A')
                         || setweight(to_tsvector('english', body), 'D')) STORED
);
CREATE INDEX releases_checksum ON releases (checksum);
CREATE INDEX releases_title ON releases (title);
CREATE INDEX releases_published_at ON releases (published_at);
CREATE INDEX releases_event_date ON releases (event_date);
CREATE INDEX releases_word_count ON releases (word_count);
CREATE INDEX releases_entity_ids ON releases USING gin (entity_ids);
CREATE INDEX releases_search ON releases USING gin (search);

CREATE TABLE entities (
    id              text PRIMARY KEY,
    kind            text NOT NULL,
    name            text COLLATE "und-x-icu" NOT NULL,
    aliases         text[] NOT NULL,
    mention_count   integer NOT NULL,
    start_date      timestamptz,
    end_date        timestamptz,
    parent_id       text,
    participant_ids text[] NOT NULL,
    doc             jsonb NOT NULL
);
CREATE INDEX entities_kind_name ON entities (kind, name);
CREATE INDEX entities_name ON entities (name);
CREATE INDEX entities_mention_count ON entities (mention_count);
CREATE INDEX entities_start_date ON entities (start_date);
CREATE INDEX entities_parent_id ON entities (parent_id);
CREATE INDEX entities_aliases ON entities USING gin (aliases);
CREATE INDEX entities_participant_ids ON entities USING gin (participant_ids);

-- What one release says about one entity (EntityFactRecord); entities are recomputed from these.
CREATE TABLE facts (
    release_id text NOT NULL,
    entity_id  text NOT NULL,
    referenced boolean NOT NULL,
    doc        jsonb NOT NULL,
    PRIMARY KEY (release_id, entity_id)
);
CREATE INDEX facts_entity_id ON facts (entity_id);

CREATE TABLE mentions (
    id           integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    release_id   text NOT NULL,
    entity_id    text NOT NULL,
    paragraph    integer NOT NULL,
    start_offset integer NOT NULL,
    end_offset   integer NOT NULL,
    text         text NOT NULL
);
CREATE INDEX mentions_release_id ON mentions (release_id);
CREATE INDEX mentions_entity_id ON mentions (entity_id);

CREATE TABLE roles (
    id              integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    person_id       text NOT NULL,
    release_id      text NOT NULL,
    title           text NOT NULL,
    organization_id text,
    country_id      text
);
CREATE INDEX roles_person_id ON roles (person_id);
CREATE INDEX roles_release_id ON roles (release_id);

CREATE TABLE curation (
    id          text PRIMARY KEY,
    merged_into text,
    name        text,
    aliases     text[]
);
CREATE INDEX curation_merged_into ON curation (merged_into) WHERE merged_into IS NOT NULL;

-- Entities whose releases changed during a bulk load, recomputed when it ends (or at the next start, after a crash).
CREATE TABLE stale_entities (
    id text PRIMARY KEY
);
