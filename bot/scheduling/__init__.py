"""Scheduled digests: the schedule language, the APScheduler jobs, and what a job runs."""
