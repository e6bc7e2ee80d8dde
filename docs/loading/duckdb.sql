-- DuckDB: query the output locally, no warehouse (generated).
-- Needs DuckDB's avro extension: INSTALL fetches it once from the DuckDB extension repository.
INSTALL avro;
LOAD avro;

-- Document (schema 0.1.0-SNAPSHOT, fingerprint a00cc86cea079dd6)
CREATE VIEW documents AS SELECT * FROM read_avro('OUT/dt=*/documents/*.avro', filename = true);

-- Quote (schema 0.1.0-SNAPSHOT, fingerprint fc6282b9b21c3a60)
CREATE VIEW quotes AS SELECT * FROM read_avro('OUT/dt=*/quotes/*.avro', filename = true);

-- DeadLetter (schema 0.1.0-SNAPSHOT, fingerprint 802a974499ec0246)
CREATE VIEW dead_letter AS SELECT * FROM read_avro('OUT/dt=*/dead-letter/*.avro', filename = true);

-- For example: who is quoted most.
SELECT speaker.name, count(*) AS quotes FROM quotes WHERE speaker.name IS NOT NULL GROUP BY 1 ORDER BY 2 DESC LIMIT 20;
