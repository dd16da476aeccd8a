"""Settings come from the environment once; options override; a platform is set up when its token is set."""
from __future__ import annotations

import pytest

from bot.app import DEFAULT_DB, Settings, build_app
from bot.platforms.slack.config import ConfigError

SLACK = {"SLACK_BOT_TOKEN": "xoxb-1", "SLACK_SIGNING_SECRET": "s"}


def test_defaults_and_options() -> None:
    s = Settings.from_env({})
    assert (s.database_url, s.algorithm, s.allow_private, s.platforms) == (DEFAULT_DB, "lexrank", False, [])
    env = {"DIGESTBOT_DATABASE_URL": "sqlite:///x.db", "DIGESTBOT_ALGORITHM": "textrank",
           "DIGESTBOT_ALLOW_PRIVATE_FEEDS": "1"}
    s = Settings.from_env(env)
    assert (s.database_url, s.algorithm, s.allow_private) == ("sqlite:///x.db", "textrank", True)
    s = Settings.from_env(env, database_url="sqlite://", algorithm="lsa", max_per_story=3)
    assert (s.database_url, s.algorithm, s.engine_config().max_items_per_story) == ("sqlite://", "lsa", 3)


def test_platforms_follow_the_tokens_unless_chosen() -> None:
    assert Settings.from_env({**SLACK, "DISCORD_TOKEN": "t"}).platforms == ["slack", "discord"]
    assert Settings.from_env({**SLACK, "DISCORD_TOKEN": "t"}, platforms=["discord"]).platforms == ["discord"]
    assert Settings.from_env({**SLACK}, platforms=()).slack is None  # management commands post nothing


def test_a_bad_platform_setting_stops_before_anything_starts() -> None:
    with pytest.raises(ConfigError):
        Settings.from_env({"SLACK_BOT_TOKEN": "not-a-bot-token"})


async def test_build_app_gives_every_configured_adapter_and_closes_them() -> None:
    app = build_app(Settings.from_env(SLACK, database_url="sqlite://"))
    assert sorted(app.adapters) == ["slack", "webhook"]
    assert app.manager().store is app.store
    await app.aclose()


def test_feed_concurrency_comes_from_the_environment_and_must_be_positive() -> None:
    assert Settings.from_env({}, platforms=()).feed_concurrency == 4
    assert Settings.from_env({"DIGESTBOT_FEED_CONCURRENCY": "8"}, platforms=()).feed_concurrency == 8
    with pytest.raises(ValueError, match="DIGESTBOT_FEED_CONCURRENCY"):
        Settings.from_env({"DIGESTBOT_FEED_CONCURRENCY": "0"}, platforms=())


def test_brief_sets_the_show_gate_from_the_fitted_ratio() -> None:
    from summarizer.weights import SHOW_RATIO

    assert Settings.from_env({}).engine_config().show_ratio == 0.0
    assert Settings.from_env({"DIGESTBOT_BRIEF": "1"}).engine_config().show_ratio == SHOW_RATIO > 0
    assert Settings.from_env({}, brief=True).brief and not Settings.from_env({"DIGESTBOT_BRIEF": "0"}).brief
