-- Hive / Spark SQL external tables over Kutip output (generated).

-- Document (schema 0.1.0-SNAPSHOT, fingerprint e4d3bc6fd3e8dc35); the columns come from the Avro schema file.
CREATE EXTERNAL TABLE IF NOT EXISTS kutip.documents
  PARTITIONED BY (dt STRING)
  STORED AS AVRO
  LOCATION 'OUT/documents'
  TBLPROPERTIES ('avro.schema.url'='OUT_SCHEMAS/Document.avsc');
MSCK REPAIR TABLE kutip.documents;  -- picks up dt=YYYY-MM-DD folders

-- Quote (schema 0.1.0-SNAPSHOT, fingerprint fc6282b9b21c3a60); the columns come from the Avro schema file.
CREATE EXTERNAL TABLE IF NOT EXISTS kutip.quotes
  PARTITIONED BY (dt STRING)
  STORED AS AVRO
  LOCATION 'OUT/quotes'
  TBLPROPERTIES ('avro.schema.url'='OUT_SCHEMAS/Quote.avsc');
MSCK REPAIR TABLE kutip.quotes;  -- picks up dt=YYYY-MM-DD folders

-- DeadLetter (schema 0.1.0-SNAPSHOT, fingerprint 802a974499ec0246); the columns come from the Avro schema file.
CREATE EXTERNAL TABLE IF NOT EXISTS kutip.dead_letter
  PARTITIONED BY (dt STRING)
  STORED AS AVRO
  LOCATION 'OUT/dead-letter'
  TBLPROPERTIES ('avro.schema.url'='OUT_SCHEMAS/DeadLetter.avsc');
MSCK REPAIR TABLE kutip.dead_letter;  -- picks up dt=YYYY-MM-DD folders

-- Spark without a metastore: spark.read.format("avro").load("OUT/quotes") (needs the spark-avro package; dt is discovered from the folder names).
