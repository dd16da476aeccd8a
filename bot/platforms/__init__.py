"""The chat platforms (Slack, Discord, generic webhooks): translation at the edge only."""
