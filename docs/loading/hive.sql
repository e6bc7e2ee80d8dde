-- Hive / Spark SQL external tables over Kutip output (generated).

-- Document (schema 0.1.0-SNAPSHOT, fingerprint a00cc86cea079dd6); the columns come from the Avro schema file.
CREATE EXTERNAL TABLE IF NOT EXISTS kutip.documents
  PARTITIONED BY (dt STRING)
  STORED AS AVRO
  LOCATION 'OUT/_tables/documents'
  TBLPROPERTIES ('avro.schema.url'='OUT_SCHEMAS/Document.avsc');
-- after each day's run (the day's folder holds all three record kinds):
ALTER TABLE kutip.documents ADD IF NOT EXISTS PARTITION (dt='YYYY-MM-DD') LOCATION 'OUT/dt=YYYY-MM-DD/documents';

-- Quote (schema 0.1.0-SNAPSHOT, fingerprint fc6282b9b21c3a60); the columns come from the Avro schema file.
CREATE EXTERNAL TABLE IF NOT EXISTS kutip.quotes
  PARTITIONED BY (dt STRING)
  STORED AS AVRO
  LOCATION 'OUT/_tables/quotes'
  TBLPROPERTIES ('avro.schema.url'='OUT_SCHEMAS/Quote.avsc');
-- after each day's run (the day's folder holds all three record kinds):
ALTER TABLE kutip.quotes ADD IF NOT EXISTS PARTITION (dt='YYYY-MM-DD') LOCATION 'OUT/dt=YYYY-MM-DD/quotes';

-- DeadLetter (schema 0.1.0-SNAPSHOT, fingerprint 802a974499ec0246); the columns come from the Avro schema file.
CREATE EXTERNAL TABLE IF NOT EXISTS kutip.dead_letter
  PARTITIONED BY (dt STRING)
  STORED AS AVRO
  LOCATION 'OUT/_tables/dead-letter'
  TBLPROPERTIES ('avro.schema.url'='OUT_SCHEMAS/DeadLetter.avsc');
-- after each day's run (the day's folder holds all three record kinds):
ALTER TABLE kutip.dead_letter ADD IF NOT EXISTS PARTITION (dt='YYYY-MM-DD') LOCATION 'OUT/dt=YYYY-MM-DD/dead-letter';

-- Spark without a metastore: spark.read.format("avro").load("OUT/dt=*/quotes") (needs the spark-avro package).
