-- DuckDB with no extension to fetch and no network (generated): the records as JSON Lines, read by DuckDB's built-in JSON reader.
-- First print each folder (add dt=YYYY-MM-DD/ after OUT/ for a scheduled run):
--   java -jar kutip.jar inspect OUT/documents --format=jsonl > documents.jsonl
--   java -jar kutip.jar inspect OUT/quotes --format=jsonl > quotes.jsonl
--   java -jar kutip.jar inspect OUT/dead-letter --format=jsonl > dead_letter.jsonl
-- then run this file in duckdb in that folder (or SET file_search_path to it).

-- Document (schema 0.1.0-SNAPSHOT, fingerprint a00cc86cea079dd6)
CREATE VIEW documents AS SELECT * REPLACE (epoch_ms(published_at) AS published_at) FROM read_json('documents.jsonl',
  format = 'newline_delimited',
  columns = {'doc_id': 'VARCHAR', 'source_uri': 'VARCHAR', 'title': 'VARCHAR', 'outlet': 'VARCHAR', 'authors': 'VARCHAR[]', 'editors': 'VARCHAR[]', 'dateline': 'VARCHAR', 'url': 'VARCHAR', 'published_at': 'BIGINT', 'published_offset': 'VARCHAR', 'language': 'VARCHAR', 'cluster_id': 'VARCHAR', 'duplicate_of': 'VARCHAR', 'text': 'VARCHAR', 'sentences': 'STRUCT("start" INTEGER, "end" INTEGER, "paragraph" INTEGER)[]', 'entities': 'STRUCT("type" VARCHAR, "text" VARCHAR, "canonical" VARCHAR, "start" INTEGER, "end" INTEGER, "source" VARCHAR, "external_id" VARCHAR, "subtype" VARCHAR)[]'});

-- Quote (schema 0.1.0-SNAPSHOT, fingerprint fc6282b9b21c3a60)
CREATE VIEW quotes AS SELECT * REPLACE (epoch_ms(published_at) AS published_at) FROM read_json('quotes.jsonl',
  format = 'newline_delimited',
  columns = {'quote_id': 'VARCHAR', 'doc_id': 'VARCHAR', 'source_uri': 'VARCHAR', 'text': 'VARCHAR', 'type': 'VARCHAR', 'start': 'INTEGER', 'end': 'INTEGER', 'speaker': 'STRUCT("name" VARCHAR, "mention" VARCHAR, "kind" VARCHAR, "role" VARCHAR, "affiliation" VARCHAR, "mention_start" INTEGER, "mention_end" INTEGER)', 'cue': 'VARCHAR', 'sentence_index': 'INTEGER', 'rule': 'VARCHAR', 'confidence': 'FLOAT', 'outlet': 'VARCHAR', 'published_at': 'BIGINT', 'via': 'VARCHAR', 'statement_cluster_id': 'VARCHAR'});

-- DeadLetter (schema 0.1.0-SNAPSHOT, fingerprint 802a974499ec0246)
CREATE VIEW dead_letter AS SELECT * FROM read_json('dead_letter.jsonl',
  format = 'newline_delimited',
  columns = {'source_uri': 'VARCHAR', 'doc_id': 'VARCHAR', 'stage': 'VARCHAR', 'reason': 'VARCHAR', 'error': 'VARCHAR', 'excerpt': 'VARCHAR', 'payload_bytes': 'BIGINT'});

-- For example: who is quoted most.
SELECT speaker.name, count(*) AS quotes FROM quotes WHERE speaker.name IS NOT NULL GROUP BY 1 ORDER BY 2 DESC LIMIT 20;
