-- Snowflake (generated). Stage the output first, e.g.
-- CREATE STAGE kutip_stage URL = 's3://bucket/OUT/' CREDENTIALS = (...);

-- Document (schema 0.1.0-SNAPSHOT, fingerprint a00cc86cea079dd6)
CREATE TABLE IF NOT EXISTS kutip.documents (
  doc_id VARCHAR NOT NULL,
  source_uri VARCHAR NOT NULL,
  title VARCHAR,
  outlet VARCHAR,
  authors VARIANT NOT NULL,
  editors VARIANT NOT NULL,
  dateline VARCHAR,
  url VARCHAR,
  published_at TIMESTAMP_NTZ,
  published_offset VARCHAR,
  language VARCHAR,
  cluster_id VARCHAR,
  duplicate_of VARCHAR,
  text VARCHAR NOT NULL,
  sentences VARIANT NOT NULL,
  entities VARIANT NOT NULL
);
COPY INTO kutip.documents FROM (
  SELECT
    $1:doc_id::VARCHAR,
    $1:source_uri::VARCHAR,
    $1:title::VARCHAR,
    $1:outlet::VARCHAR,
    $1:authors::VARIANT,
    $1:editors::VARIANT,
    $1:dateline::VARCHAR,
    $1:url::VARCHAR,
    TO_TIMESTAMP_NTZ($1:published_at::NUMBER, 3),
    $1:published_offset::VARCHAR,
    $1:language::VARCHAR,
    $1:cluster_id::VARCHAR,
    $1:duplicate_of::VARCHAR,
    $1:text::VARCHAR,
    $1:sentences::VARIANT,
    $1:entities::VARIANT
  FROM @kutip_stage/dt=YYYY-MM-DD/documents/
)
  PATTERN = '.*[.]avro'
  FILE_FORMAT = (TYPE = AVRO);

-- Quote (schema 0.1.0-SNAPSHOT, fingerprint fc6282b9b21c3a60)
CREATE TABLE IF NOT EXISTS kutip.quotes (
  quote_id VARCHAR NOT NULL,
  doc_id VARCHAR NOT NULL,
  source_uri VARCHAR NOT NULL,
  text VARCHAR NOT NULL,
  type VARCHAR NOT NULL,
  start NUMBER NOT NULL,
  end NUMBER NOT NULL,
  speaker VARIANT NOT NULL,
  cue VARCHAR,
  sentence_index NUMBER NOT NULL,
  rule VARCHAR NOT NULL,
  confidence FLOAT NOT NULL,
  outlet VARCHAR,
  published_at TIMESTAMP_NTZ,
  via VARCHAR,
  statement_cluster_id VARCHAR
);
COPY INTO kutip.quotes FROM (
  SELECT
    $1:quote_id::VARCHAR,
    $1:doc_id::VARCHAR,
    $1:source_uri::VARCHAR,
    $1:text::VARCHAR,
    $1:type::VARCHAR,
    $1:start::NUMBER,
    $1:end::NUMBER,
    $1:speaker::VARIANT,
    $1:cue::VARCHAR,
    $1:sentence_index::NUMBER,
    $1:rule::VARCHAR,
    $1:confidence::FLOAT,
    $1:outlet::VARCHAR,
    TO_TIMESTAMP_NTZ($1:published_at::NUMBER, 3),
    $1:via::VARCHAR,
    $1:statement_cluster_id::VARCHAR
  FROM @kutip_stage/dt=YYYY-MM-DD/quotes/
)
  PATTERN = '.*[.]avro'
  FILE_FORMAT = (TYPE = AVRO);

-- DeadLetter (schema 0.1.0-SNAPSHOT, fingerprint 802a974499ec0246)
CREATE TABLE IF NOT EXISTS kutip.dead_letter (
  source_uri VARCHAR NOT NULL,
  doc_id VARCHAR,
  stage VARCHAR NOT NULL,
  reason VARCHAR NOT NULL,
  error VARCHAR NOT NULL,
  excerpt VARCHAR NOT NULL,
  payload_bytes NUMBER
);
COPY INTO kutip.dead_letter FROM (
  SELECT
    $1:source_uri::VARCHAR,
    $1:doc_id::VARCHAR,
    $1:stage::VARCHAR,
    $1:reason::VARCHAR,
    $1:error::VARCHAR,
    $1:excerpt::VARCHAR,
    $1:payload_bytes::NUMBER
  FROM @kutip_stage/dt=YYYY-MM-DD/dead-letter/
)
  PATTERN = '.*[.]avro'
  FILE_FORMAT = (TYPE = AVRO);
