"""Delivery: send with retries (:mod:`~bot.delivery.send`), then the outbox state machine (:mod:`~bot.delivery.outbox`)."""
