"""Hand-built digests and items for tests: ordinary, hostile (markup, pings, huge) and large ones."""
from __future__ import annotations

from datetime import datetime

from summarizer.models import Digest, Item, Kind, SourceRef, StoryDigest
from summarizer.novelty import Memory


def three_story_digest(channel: str) -> Digest:
    """A hand-built digest: three stories, one item each, two articles each."""
    stories = []
    for n, title in enumerate(["Flood in Riverton", "Dockers strike", "Bridge approved"]):
        arts = [f"art-{n}-a", f"art-{n}-b"]
        stories.append(StoryDigest(f"story-{n}", title, [Item(Kind.NEW, f"{title}: fact {n}",
                                                              [SourceRef("Gazette", f"http://n.test/{n}", arts[0])],
                                                              key=f"key-{n}")], arts))
    return Digest(channel, stories, datetime(2025, 3, 3, 9, 0), [a for s in stories for a in s.article_ids])


def item(
    text: str, kind: Kind = Kind.NEW, *, source: str = "Wire", url: str = "https://news.example/a", earlier: str = ""
) -> Item:
    """An item with one source and a stable key."""
    return Item(kind=kind, text=text, sources=[SourceRef(source, url, "a1")], earlier=earlier, key=text)


def story(story_id: str, title: str, *items: Item) -> StoryDigest:
    """A story section."""
    return StoryDigest(story_id=story_id, title=title, items=list(items))


def sample_stories() -> list[StoryDigest]:
    """Two small stories with distinct item keys."""
    return [
        StoryDigest("flu", "Flu outbreak", [
            Item(Kind.NEW, "Cases rose to 120 in the region", [SourceRef("Wire", "https://wire.example/flu/1")], key="flu-1"),
            Item(Kind.UPDATED, "Hospital admissions now 30", [SourceRef("Daily", "https://daily.example/flu")], earlier="20", key="flu-2"),
        ]),
        StoryDigest("vote", "Council vote", [
            Item(Kind.NEW, "The council approved the budget 7 to 2", [SourceRef("Local", "https://local.example/vote")], key="vote-1"),
        ]),
    ]


SLACK_HOSTILE = [
    "Officials said <!channel> and <!here|here> and <!everyone> must read this",
    "Ping @here and @channel and @Everyone now",
    "Click <https://evil.example/phish|the official report> for details",
    "This is *bold* and _italic_ and ~struck~ and `code` and ```block```",
    "Hi <@U012ABCDEF> and <#C0123456|general> and <!subteam^S0123|@team>",
    "Tom & Jerry > Itchy < Scratchy",
    "Fake line\n• *new* injected item\n> quoted",
    "Sentence " + "very long words " * 625,  # 10,000 characters
]


def hostile_digest() -> Digest:
    """A digest whose every field carries something dangerous to Slack mrkdwn (mentions, links, markup)."""
    items = [
        Item(
            Kind.NEW,
            text,
            [
                SourceRef("Evil <!channel> News", "javascript:alert(1)"),
                SourceRef("Pipe|Name>", "https://ok.example/a?x=1&y=<2>"),
                SourceRef("Good", "https://good.example/story?a=1&b=2"),
                SourceRef("Userinfo", "https://trusted.example@evil.example/"),
            ],
        )
        for text in SLACK_HOSTILE
    ]
    items.append(Item(Kind.UPDATED, "Deaths rose to 30 @here", [SourceRef("AP", "https://ap.example/1")], earlier="<!channel> 20"))
    items.append(Item(Kind.CONFLICT, "Toll 40 says *X*", [], earlier="`35`"))
    return Digest("slack:T:C", [StoryDigest("hostile", "Breaking <!here> *news* @channel", items)])


def big_digest(n_stories: int = 40, n_items: int = 10) -> Digest:
    """``n_stories`` stories of ``n_items`` long items each."""
    return Digest(
        "slack:T:C",
        [
            StoryDigest(
                f"story-{i}",
                f"Story number {i}",
                [
                    Item(Kind.NEW, f"Item {i}.{j}: " + "many words " * 25, [SourceRef("Wire", f"https://wire.example/{i}/{j}")], key=f"{i}.{j}")
                    for j in range(n_items)
                ],
            )
            for i in range(n_stories)
        ],
    )


DISCORD_HOSTILE = [
    "@everyone the vaccine is here",
    "Ping <@123> and <@!123456789012345678> now",
    "Role <@&456> and channel <#789> and @here",
    "Read [click](https://evil.example/steal) for more",
    "This is **bold** and __under__ and ||spoiler|| and `code` and ~~gone~~",
    "# heading\n> quote\n- list",
    "back\\slash \\*not bold\\* and ] [ brackets",
]
LONG = " ".join(f"word{i}" for i in range(1700))  # ~10,000 characters, one sentence


def discord_hostile_digest() -> Digest:
    """A digest whose article text tries every Discord markdown and mention trick."""
    items = [item(t) for t in DISCORD_HOSTILE] + [item(LONG + ".", Kind.UPDATED, earlier="before")]
    items.append(
        Item(
            Kind.CONFLICT,
            "Count disputed",
            [SourceRef("Evil](https://x) [", "javascript:alert(1)"), SourceRef("Good", "https://ok.example/a b(c)")],
        )
    )
    return Digest(
        "discord:g:c",
        [
            story("s1", "@everyone **Flu** <@&1> story " + "x" * 400, *items),
            story(
                "s2",
                "Quiet",
            ),
        ],
    )


# An article of two news lines, two background lines and a plan (budget and gate tests).
HARBOUR_STRIKE = """Harbour strike halts ferry traffic in Lisbon
Port union leader Rui Matos called an indefinite strike of 4,000 dock workers in Lisbon on Monday.
Ferry operator Transtejo cancelled 120 crossings between Lisbon and Barreiro because of the strike.
The port of Lisbon was founded in the Middle Ages and has long been the busiest harbour of the country.
Lisbon is a city that attracts millions of tourists every year, usually in the summer months.
The port authority offered to reopen wage talks with the dock workers union next week."""


def memory_of(*texts: str) -> Memory:
    """A channel memory that was told ``texts``, all of story "s" (article "a")."""
    memory = Memory()
    for text in texts:
        memory.add(text, "s", "a")
    return memory
