-- The schema a digestbot 0.1.0 store has (written by that release's create_all on SQLite),
-- with a few rows of every table. tests/db/test_migrations.py upgrades it with the current code.
CREATE TABLE articles (
	seq INTEGER NOT NULL, 
	id VARCHAR(64) NOT NULL, 
	title TEXT NOT NULL, 
	text TEXT NOT NULL, 
	source VARCHAR(200) NOT NULL, 
	url TEXT NOT NULL, 
	published DATETIME, 
	origin TEXT NOT NULL, 
	story_id VARCHAR(32), 
	ingested_at DATETIME NOT NULL, 
	PRIMARY KEY (seq), 
	FOREIGN KEY(story_id) REFERENCES stories (id)
);
CREATE TABLE channels (
	"key" VARCHAR(200) NOT NULL, 
	platform VARCHAR(32) NOT NULL, 
	target TEXT NOT NULL, 
	last_digest_at DATETIME, 
	created_at DATETIME NOT NULL, 
	PRIMARY KEY ("key")
);
CREATE TABLE feed_entries (
	seq INTEGER NOT NULL, 
	feed_id INTEGER NOT NULL, 
	guid TEXT NOT NULL, 
	url TEXT NOT NULL, 
	fingerprint VARCHAR(64) NOT NULL, 
	updated TEXT NOT NULL, 
	article_id VARCHAR(64), 
	baseline BOOLEAN NOT NULL, 
	created_at DATETIME NOT NULL, 
	PRIMARY KEY (seq), 
	FOREIGN KEY(feed_id) REFERENCES feeds (id) ON DELETE CASCADE
);
CREATE TABLE feed_subscriptions (
	id INTEGER NOT NULL, 
	channel VARCHAR(200) NOT NULL, 
	feed_id INTEGER NOT NULL, 
	created_at DATETIME NOT NULL, 
	baseline_seq INTEGER NOT NULL, 
	PRIMARY KEY (id), 
	CONSTRAINT uq_subscription_channel_feed UNIQUE (channel, feed_id), 
	FOREIGN KEY(feed_id) REFERENCES feeds (id) ON DELETE CASCADE
);
CREATE TABLE feeds (
	id INTEGER NOT NULL, 
	url TEXT NOT NULL, 
	title TEXT NOT NULL, 
	etag TEXT, 
	last_modified TEXT, 
	interval INTEGER NOT NULL, 
	next_poll DATETIME, 
	last_fetch DATETIME, 
	last_success DATETIME, 
	last_error TEXT, 
	consecutive_failures INTEGER NOT NULL, 
	reported_failure BOOLEAN NOT NULL, 
	created_at DATETIME NOT NULL, 
	PRIMARY KEY (id), 
	UNIQUE (url)
);
CREATE TABLE leases (
	name VARCHAR(64) NOT NULL, 
	owner VARCHAR(200) NOT NULL, 
	expires_at DATETIME NOT NULL, 
	PRIMARY KEY (name)
);
CREATE TABLE outbox (
	id INTEGER NOT NULL, 
	channel VARCHAR(200) NOT NULL, 
	platform VARCHAR(32) NOT NULL, 
	target TEXT NOT NULL, 
	kind VARCHAR(16) NOT NULL, 
	digest TEXT NOT NULL, 
	messages TEXT NOT NULL, 
	sent INTEGER NOT NULL, 
	state VARCHAR(16) NOT NULL, 
	attempts INTEGER NOT NULL, 
	last_error TEXT, 
	next_attempt_at DATETIME, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, 
	delivered_at DATETIME, 
	PRIMARY KEY (id)
);
CREATE TABLE schedules (
	channel VARCHAR(200) NOT NULL, 
	spec TEXT NOT NULL, 
	tz VARCHAR(64) NOT NULL, 
	enabled BOOLEAN NOT NULL, 
	last_run_at DATETIME, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, 
	PRIMARY KEY (channel)
);
CREATE TABLE seen (
	audience VARCHAR(200) NOT NULL, 
	article_id VARCHAR(64) NOT NULL, 
	at DATETIME NOT NULL, 
	PRIMARY KEY (audience, article_id)
);
CREATE TABLE shown (
	id INTEGER NOT NULL, 
	audience VARCHAR(200) NOT NULL, 
	"key" VARCHAR(200) NOT NULL, 
	kind VARCHAR(16) NOT NULL, 
	text TEXT NOT NULL, 
	sentence TEXT NOT NULL, 
	at DATETIME NOT NULL, 
	PRIMARY KEY (id)
);
CREATE TABLE stories (
	id VARCHAR(32) NOT NULL, 
	title TEXT NOT NULL, 
	created_at DATETIME NOT NULL, 
	PRIMARY KEY (id)
);
CREATE UNIQUE INDEX ix_articles_id ON articles (id);
CREATE INDEX ix_articles_published ON articles (published);
CREATE INDEX ix_articles_story_id ON articles (story_id);
CREATE INDEX ix_feed_entries_article_id ON feed_entries (article_id);
CREATE INDEX ix_feed_entries_feed_guid ON feed_entries (feed_id, guid);
CREATE INDEX ix_feed_entries_feed_id ON feed_entries (feed_id);
CREATE INDEX ix_feed_entries_fingerprint ON feed_entries (fingerprint);
CREATE INDEX ix_feed_entries_url ON feed_entries (url);
CREATE INDEX ix_feed_subscriptions_channel ON feed_subscriptions (channel);
CREATE INDEX ix_feed_subscriptions_feed_id ON feed_subscriptions (feed_id);
CREATE INDEX ix_feeds_next_poll ON feeds (next_poll);
CREATE INDEX ix_outbox_channel ON outbox (channel);
CREATE INDEX ix_outbox_state ON outbox (state);
CREATE INDEX ix_shown_audience ON shown (audience);
CREATE UNIQUE INDEX ix_shown_audience_key ON shown (audience, "key");
INSERT INTO stories VALUES ('st1', 'Flood in Riverton', '2025-03-01 08:00:00.000000');
INSERT INTO stories VALUES ('st2', 'Dockers strike', '2025-03-01 09:00:00.000000');
INSERT INTO articles VALUES (1, 'a1', 'River rises', 'The river rose 3 metres overnight.', 'Gazette', 'https://n.example/1', '2025-03-01 07:00:00.000000', 'a1.txt', 'st1', '2025-03-01 08:00:00.000000');
INSERT INTO articles VALUES (2, 'a2', 'Homes evacuated', 'About 400 homes were evacuated on Monday.', 'Herald', 'https://h.example/2', NULL, 'a2.txt', 'st1', '2025-03-01 08:30:00.000000');
INSERT INTO articles VALUES (3, 'a3', 'Dockers walk out', 'Dockers walked out at the port of Easthaven.', 'Wire', 'https://w.example/3', '2025-03-01 09:00:00.000000', '', 'st2', '2025-03-01 09:00:00.000000');
INSERT INTO seen VALUES ('slack:T1:C1', 'a1', '2025-03-01 10:00:00.000000');
INSERT INTO seen VALUES ('slack:T1:C1', 'a2', '2025-03-01 10:00:00.000000');
INSERT INTO shown VALUES (1, 'slack:T1:C1', 'k1', 'new', 'The river rose 3 metres', 'The river rose 3 metres overnight.', '2025-03-01 10:00:00.000000');
INSERT INTO channels VALUES ('slack:T1:C1', 'slack', 'C1', '2025-03-01 10:00:00.000000', '2025-03-01 06:00:00.000000');
INSERT INTO channels VALUES ('webhook:ops', 'webhook', 'https://hooks.example/ops', NULL, '2025-03-01 06:00:00.000000');
INSERT INTO schedules VALUES ('slack:T1:C1', 'weekdays 09:00', 'Europe/Berlin', 1, NULL, '2025-03-01 06:00:00.000000', '2025-03-01 06:00:00.000000');
INSERT INTO outbox VALUES (1, 'slack:T1:C1', 'slack', 'C1', 'digest', '{"audience": "slack:T1:C1", "created": null, "article_ids": ["a1", "a2"], "stories": []}', '[{"payload": {"text": "x"}, "story_ids": []}]', 1, 'delivered', 1, NULL, NULL, '2025-03-01 10:00:00.000000', '2025-03-01 10:00:00.000000', '2025-03-01 10:00:00.000000');
INSERT INTO outbox VALUES (2, 'webhook:ops', 'webhook', 'https://hooks.example/ops', 'notice', '', '[{"payload": {"text": "feed failing"}, "story_ids": []}]', 0, 'pending', 2, 'HTTP 503', '2025-03-01 11:00:00.000000', '2025-03-01 10:30:00.000000', '2025-03-01 10:30:00.000000', NULL);
INSERT INTO feeds VALUES (1, 'https://n.example/rss', 'Gazette', '"etag-1"', NULL, 900, '2025-03-01 10:15:00.000000', '2025-03-01 10:00:00.000000', '2025-03-01 10:00:00.000000', NULL, 0, 0, '2025-03-01 06:00:00.000000');
INSERT INTO feed_subscriptions VALUES (1, 'slack:T1:C1', 1, '2025-03-01 06:00:00.000000', 0);
INSERT INTO feed_entries VALUES (1, 1, 'guid-1', 'https://n.example/1', 'fp1', 'stamp1', 'a1', 0, '2025-03-01 08:00:00.000000');
INSERT INTO leases VALUES ('deliver', 'otherhost:1:abcd', '2025-03-01 10:03:00.000000');
