"""Live feeds: RSS 2.0 / Atom polling, page extraction, de-duplication and ingest."""
