-- V1: the corpus (sources, posts and their versions, entities, mentions, quotes, dates, hashtags, traces, ingest log)
-- Every table and column is documented in docs/store.md. Statements are separated by a line holding only ';'.

create table meta (
    key   varchar primary key,
    value varchar not null
)
;
create table ingests (
    ingest_id   bigint primary key,
    input       varchar not null,
    format      varchar,
    started_at  timestamptz not null,
    finished_at timestamptz not null,
    status      varchar not null,
    posts_read  bigint not null,
    posts_new   bigint not null,
    posts_versioned bigint not null,
    posts_unchanged bigint not null,
    errors      bigint not null,
    warnings    bigint not null,
    message     varchar
)
;
create table sources (
    source        varchar primary key,
    label         varchar,
    format        varchar not null,
    channel       varchar,
    channel_title varchar,
    outlet        varchar,
    description   varchar,
    counters      json,
    first_seen    timestamptz not null
)
;
create table posts (
    seq            bigint primary key,
    id             varchar not null,
    item_key       varchar not null,
    version        integer not null,
    source         varchar not null,
    path           varchar not null,
    format         varchar not null,
    channel        varchar,
    channel_title  varchar,
    outlet         varchar,
    url            varchar,
    item_id        varchar,
    counters       json,
    description    varchar,
    position       bigint not null,
    title          varchar,
    author         varchar,
    text           varchar not null,
    language       varchar,
    language_confidence double,
    published      varchar,
    published_at   timestamptz,
    edited         varchar,
    forwarded_from varchar,
    forwarded_published varchar,
    reply_to       varchar,
    place          varchar,
    attributions   json not null,
    hashtags       json not null,
    mentions       json not null,
    urls           json not null,
    media_type     varchar,
    reactions      json not null,
    views          bigint,
    entities       json not null,
    dates          json not null,
    quotes         json not null,
    first_seen     timestamptz not null,
    last_changed   timestamptz not null,
    ingest_id      bigint not null
)
;
create table post_versions (
    seq        bigint not null,
    version    integer not null,
    id         varchar not null,
    title      varchar,
    text       varchar not null,
    edited     varchar,
    changed    varchar not null,
    seen_at    timestamptz not null,
    ingest_id  bigint not null,
    primary key (seq, version)
)
;
create table entities (
    id    varchar primary key,
    name  varchar not null,
    type  varchar not null,
    known boolean not null
)
;
create table mentions (
    seq        bigint not null,
    entity_id  varchar not null,
    confidence double not null,
    field      varchar not null,
    "start"    integer not null,
    "end"      integer not null,
    text       varchar not null,
    source     varchar,
    kind       varchar
)
;
create table quotes (
    seq        bigint not null,
    n          integer not null,
    text       varchar not null,
    speaker    varchar,
    speaker_id varchar,
    verb       varchar,
    "start"    integer not null,
    "end"      integer not null
)
;
create table dates (
    seq     bigint not null,
    value   varchar not null,
    field   varchar not null,
    "start" integer not null,
    "end"   integer not null,
    text    varchar not null
)
;
create table hashtags (
    seq bigint not null,
    tag varchar not null
)
;
create table traces (
    seq          bigint primary key,
    cluster      varchar,
    duplicate_of varchar,
    story        varchar not null,
    relation     varchar,
    similarity   double,
    coverage     double,
    uncredited   boolean not null,
    trace_order  varchar
)
;
create table copies (
    seq         bigint not null,
    id          varchar not null,
    origin_seq  bigint not null,
    origin_id   varchar not null,
    cluster     varchar not null,
    source      varchar not null,
    origin_source varchar not null,
    relation    varchar not null,
    similarity  double,
    coverage    double,
    uncredited  boolean not null,
    lag_seconds bigint
)
;
create table clusters (
    cluster   varchar primary key,
    origin_id varchar not null,
    posts     bigint not null,
    sources   bigint not null,
    first_published timestamptz,
    last_published  timestamptz
)
;
create table stories (
    story    varchar primary key,
    first_id varchar not null,
    posts    bigint not null,
    sources  bigint not null,
    first_published timestamptz,
    last_published  timestamptz
)
;
create view posts_traced as
    select p.*, t.cluster, t.duplicate_of, t.story, t.relation, t.similarity, t.coverage, t.uncredited,
        t.trace_order
    from posts p left join traces t using (seq)
