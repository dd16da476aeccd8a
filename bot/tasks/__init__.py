"""Units of work (feed polls, scheduled digests, outbox deliveries) and the task queue that runs them."""
