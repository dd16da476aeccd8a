"""Who may change a channel's feeds and schedules: each platform's rule (listing and status are open)."""
from __future__ import annotations

DISCORD_ADMINISTRATOR = 1 << 3
DISCORD_MANAGE_CHANNELS = 1 << 4


def discord_can_manage(permissions: int) -> bool:
    """True if a Discord member's permission bits include Manage Channels or Administrator."""
    return bool(int(permissions) & (DISCORD_MANAGE_CHANNELS | DISCORD_ADMINISTRATOR))


def slack_can_manage(user_id: str, admin_users: str) -> bool:
    """True if ``user_id`` is in the allow-list (``SlackSettings.admin_users``); an empty list allows everyone."""
    allowed = {u.strip() for u in admin_users.split(",") if u.strip()}
    return not allowed or user_id in allowed
