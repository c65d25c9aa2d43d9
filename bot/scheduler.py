"""The digest job and its schedule: each slot (channel + scheduled time) is posted exactly once.

A slot is claimed in the store under a unique key before posting and confirmed after. The posted
message carries Slack message metadata (event type ``newsbot_digest`` and the slot key), so if a
process died between posting and confirming, the next claimant finds the message instead of
posting again. APScheduler 3 runs the job in every process that starts a scheduler; the unique
key is the last line of defence when several do.
"""

from __future__ import annotations

import json
import logging
import os
import socket
import threading
from collections.abc import Callable
from datetime import UTC, datetime, timedelta, tzinfo
from typing import Any

from apscheduler.schedulers.background import BackgroundScheduler
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError, SlackClientError
from slack_sdk.models.metadata import Metadata

from bot.core.digest import Digest, select_digest
from bot.crontab import Crontab, WallClockCronTrigger
from bot.service import StoryService
from bot.store import SlotClaim, Store
from handlers.blocks import digest_reply

__all__ = ["DIGEST_EVENT", "DigestPoster", "DigestScheduler", "slot_key"]

log = logging.getLogger("newsbot.digest")

DIGEST_EVENT = "newsbot_digest"
"""Slack message metadata event type on every posted digest."""
CLAIM_LEASE = timedelta(minutes=10)
POST_ATTEMPTS = 3
"""Tries of one post after server errors or dropped connections, each after checking Slack's history."""
RETRY_BACKOFF = 1.0
"""Seconds before the history check after a failed post, times the attempt number."""
_UNKNOWN = object()
"""A claim not confirmed within this time may be taken over (after checking Slack for the message)."""
RETRY_AFTER = (timedelta(minutes=1), timedelta(minutes=5), timedelta(minutes=15), timedelta(minutes=30))
"""When a slot whose post failed (not for a channel error) is tried again while the bot runs, within the grace."""
HISTORY_PAGES = 10
"""Pages of 200 messages read back when looking for a digest posted before a restart."""
MIN_LATENESS = timedelta(seconds=1)
"""The scheduled job itself may run this late even with NEWSBOT_DIGEST_GRACE=0 (APScheduler's minimum)."""
FATAL_CHANNEL_ERRORS = frozenset(
    {
        "channel_not_found",
        "not_in_channel",
        "invalid_auth",
        "account_inactive",
        "is_archived",
        "token_revoked",
        "missing_scope",
        "not_authed",
        "restricted_action",
    }
)


def _may_have_posted(earlier: SlotClaim) -> bool:
    """True when an earlier attempt may have reached Slack: never confirmed, or failed without a channel error."""
    if earlier.state == "claimed":
        return True
    return earlier.state == "failed" and (earlier.detail or "") not in FATAL_CHANNEL_ERRORS


def slot_key(channel: str, scheduled_for: datetime) -> str:
    """The unique key of a digest slot: channel and scheduled time in UTC."""
    return f"{channel}@{scheduled_for.astimezone(UTC).strftime('%Y-%m-%dT%H:%M:%SZ')}"


class DigestPoster:
    """Builds and posts digests; every post goes through a claimed slot."""

    def __init__(
        self,
        store: Store,
        story: StoryService,
        client: WebClient | None,
        channels: tuple[str, ...],
        zone: tzinfo,
        skip_empty: bool = False,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
        owner: str | None = None,
        wait: Callable[[float], object] | None = None,
    ) -> None:
        self.store = store
        self.story = story
        self.client = client
        self.channels = channels
        self.zone = zone
        self.skip_empty = skip_empty
        self.clock = clock
        self.wait = wait or threading.Event().wait
        self.owner = owner or f"{socket.gethostname()}:{os.getpid()}:{id(self):x}"

    def build(self, channel: str | None) -> Digest:
        """The digest a channel would get now (the first channel's, for a preview)."""
        index = self.story.current()
        previous = self.store.last_posted(channel) if channel else None
        prints = json.loads(previous.digest) if previous and previous.digest else None
        return select_digest(index, previous.covers_seq if previous else None, prints)

    def preview(self) -> Digest:
        """A preview, against the first digest channel's last digest."""
        return self.build(self.channels[0] if self.channels else None)

    def post_slot(self, channel: str, scheduled_for: datetime) -> str:
        """Post one slot unless it is posted already; returns what happened."""
        now = self.clock()
        key = slot_key(channel, scheduled_for)
        before = self.store.slot(key)
        claim = self.store.claim_slot(key, channel, scheduled_for, self.owner, now, CLAIM_LEASE)
        if claim is None:
            row = self.store.slot(key)
            return "in progress" if row is not None and row.state == "claimed" else "already posted"
        if before is not None and self.client is not None and _may_have_posted(before):
            found = self._find_posted(channel, key, scheduled_for)
            if found is _UNKNOWN:
                detail = "could not check Slack for an earlier post of this slot"
                self.store.fail_slot(key, self.owner, detail)
                self.store.set_channel_error(channel, detail, now)
                return "failed: unverified"
            if isinstance(found, str):
                self._confirm_recovered(key, found, before, now)
                return "already posted"
        digest = self.build(channel)
        prints = json.dumps(digest.fingerprints).encode()
        if self.skip_empty and not digest.has_news:
            self.store.confirm_slot(key, self.owner, None, digest.covers_seq, prints, now, state="skipped")
            log.info("slot %s skipped: nothing new (NEWSBOT_DIGEST_SKIP_EMPTY)", key)
            return "skipped"
        if self.client is None:
            self.store.fail_slot(key, self.owner, "console mode: no Slack client")
            return "failed: console mode"
        self.store.record_slot_digest(key, self.owner, digest.covers_seq, prints)
        payload = digest_reply(digest, self.story.current(), self.zone).payload()
        for attempt in range(1, POST_ATTEMPTS + 1):
            try:
                response = self.client.chat_postMessage(
                    channel=channel,
                    text=payload["text"],
                    blocks=payload["blocks"],
                    metadata=Metadata(event_type=DIGEST_EVENT, event_payload={"slot_key": key}),
                    unfurl_links=False,
                    unfurl_media=False,
                )
            except SlackApiError as exc:
                error = str(exc.response.get("error", "unknown_error"))
                if exc.response.status_code >= 500 and attempt < POST_ATTEMPTS:
                    outcome = self._after_failed_post(
                        channel, key, scheduled_for, attempt, f"HTTP {exc.response.status_code}"
                    )
                    if outcome is not None:
                        return outcome
                    continue
                return self._channel_failure(channel, key, error, now)
            except (SlackClientError, OSError) as exc:
                if attempt < POST_ATTEMPTS:
                    outcome = self._after_failed_post(
                        channel, key, scheduled_for, attempt, type(exc).__name__
                    )
                    if outcome is not None:
                        return outcome
                    continue
                self.store.fail_slot(key, self.owner, f"connection: {type(exc).__name__}")
                self.store.set_channel_error(channel, f"connection: {type(exc).__name__}", now)
                log.warning("posting the digest to %s failed: %s", channel, type(exc).__name__)
                return "failed: connection"
            ts = str(response.get("ts", ""))
            if not self.store.confirm_slot(key, self.owner, ts, digest.covers_seq, prints, self.clock()):
                log.warning(
                    "slot %s was taken over while posting (lease %s expired); message %s",
                    key,
                    CLAIM_LEASE,
                    ts,
                )
            self.store.set_channel_error(channel, None, now)
            log.info("posted the digest for slot %s (message %s)", key, ts)
            return "posted"
        return "failed"

    def _after_failed_post(
        self, channel: str, key: str, scheduled_for: datetime, attempt: int, why: str
    ) -> str | None:
        """After a failure that may have reached Slack: confirm if it did, else wait and let the caller retry."""
        log.warning("posting the digest to %s failed (%s); checking whether it arrived", channel, why)
        self.wait(RETRY_BACKOFF * attempt)
        found = self._find_posted(channel, key, scheduled_for)
        if isinstance(found, str):
            slot = self.store.slot(key)
            self._confirm_recovered(key, found, slot, self.clock())
            return "posted"
        if found is _UNKNOWN:
            self.store.fail_slot(key, self.owner, f"{why}; could not check whether it arrived")
            self.store.set_channel_error(channel, f"{why}; could not check whether it arrived", self.clock())
            return "failed: unverified"
        return None

    def _confirm_recovered(self, key: str, ts: str, row: SlotClaim | None, now: datetime) -> None:
        """Confirm a slot whose message is in Slack, with what that digest covered when it was built."""
        if row is not None and row.covers_seq is not None and row.digest is not None:
            covers, prints = row.covers_seq, row.digest
        else:
            digest = self.build(row.channel if row else None)
            covers, prints = digest.covers_seq, json.dumps(digest.fingerprints).encode()
        self.store.confirm_slot(key, self.owner, ts, covers, prints, now)
        log.info("slot %s is already in Slack (message %s); not posting again", key, ts)

    def _channel_failure(self, channel: str, key: str, error: str, now: datetime) -> str:
        self.store.fail_slot(key, self.owner, error)
        if error in FATAL_CHANNEL_ERRORS:
            known = self.store.channel_errors().get(channel)
            if known is None or known[0] != error:
                log.error(
                    "cannot post the digest to %s: %s (fix the channel or the app's access)", channel, error
                )
        else:
            log.warning("posting the digest to %s failed: %s", channel, error)
        self.store.set_channel_error(channel, error, now)
        return f"failed: {error}"

    def _find_posted(self, channel: str, key: str, scheduled_for: datetime) -> str | object | None:
        """The ts of a message already posted for this slot (found by its metadata), None if there is
        none, or _UNKNOWN when Slack could not be asked."""
        assert self.client is not None
        oldest = (scheduled_for - timedelta(hours=1)).timestamp()
        cursor: str | None = None
        for _page in range(HISTORY_PAGES):
            try:
                response = self.client.conversations_history(
                    channel=channel,
                    oldest=f"{oldest:.6f}",
                    include_all_metadata=True,
                    limit=200,
                    cursor=cursor,
                )
            except (SlackApiError, SlackClientError, OSError) as exc:
                log.warning(
                    "could not check %s for an earlier post of slot %s: %s", channel, key, type(exc).__name__
                )
                return _UNKNOWN
            messages: list[dict[str, Any]] = response.get("messages", []) or []
            for message in messages:
                metadata: dict[str, Any] = message.get("metadata") or {}
                if (
                    metadata.get("event_type") == DIGEST_EVENT
                    and (metadata.get("event_payload") or {}).get("slot_key") == key
                ):
                    return str(message.get("ts"))
            cursor = (response.get("response_metadata") or {}).get("next_cursor") or None
            if not response.get("has_more") or not cursor:
                return None
        return None

    def run_slot(self, scheduled_for: datetime) -> dict[str, str]:
        """Post a scheduled slot to every digest channel."""
        return {channel: self.post_slot(channel, scheduled_for) for channel in self.channels}

    def post_now(self, user: str) -> dict[str, str]:
        """Post now, by hand (an admin): a slot of its own for the current minute, so a double request (two
        clicks, two admins) posts once and a scheduled slot is never doubled. What happened, by channel."""
        moment = self.clock().replace(second=0, microsecond=0)
        results = {c: self.post_slot(c, moment) for c in self.channels}
        log.info("digest posted by %s: %s", user, results)
        return results


def retryable(outcome: str) -> bool:
    """A failed post worth trying again later: not a channel error (fixing those needs a person)."""
    if not outcome.startswith("failed"):
        return False
    reason = outcome.split(":", 1)[1].strip() if ":" in outcome else ""
    return reason not in FATAL_CHANNEL_ERRORS and reason != "console mode"


class DigestScheduler:
    """APScheduler 3 running the digest at the configured wall-clock times, with catch-up after downtime."""

    def __init__(self, poster: DigestPoster, crontab: Crontab, zone: tzinfo, grace: timedelta) -> None:
        self.poster = poster
        self.trigger = WallClockCronTrigger(crontab, zone)
        self.zone = zone
        self.grace = grace
        self.scheduler = BackgroundScheduler(timezone=zone)

    def next_times(self, count: int = 3, now: datetime | None = None) -> list[datetime]:
        """The next ``count`` slot times."""
        return self.trigger.next_fire_times(now or datetime.now(UTC), count)

    def latest_slot(self, now: datetime) -> datetime | None:
        """The most recent slot time at or before ``now`` (within about 400 days)."""
        # In UTC: aware datetimes sharing a zone subtract and compare by wall time, ignoring DST.
        now = now.astimezone(UTC)
        window = timedelta(hours=1)
        while window <= timedelta(days=400):
            times = []
            moment = self.trigger.get_next_fire_time(None, now - window)
            while moment is not None and moment <= now:
                times.append(moment)
                moment = self.trigger.get_next_fire_time(moment, moment)
            if times:
                return times[-1]
            window *= 4
        return None

    def run_due(self) -> dict[str, str]:
        """The job: post the slot that is due now."""
        now = self.poster.clock().astimezone(UTC)
        slot = self.latest_slot(now)
        if slot is None:
            return {}
        if now - slot > max(self.grace, MIN_LATENESS):
            if not self._done(slot):
                log.warning(
                    "slot %s is older than NEWSBOT_DIGEST_GRACE (%s); skipped", slot.isoformat(), self.grace
                )
            return {}
        results = self.poster.run_slot(slot)
        self._retry_later(slot, results, 0)
        return results

    def _retry_later(self, slot: datetime, results: dict[str, str], attempt: int) -> None:
        """Try a slot whose post failed again after a while, as long as it is within the grace period."""
        if not any(retryable(outcome) for outcome in results.values()) or attempt >= len(RETRY_AFTER):
            return
        at = self.poster.clock().astimezone(UTC) + RETRY_AFTER[attempt]
        if at - slot > max(self.grace, MIN_LATENESS):
            log.warning(
                "the digest for slot %s failed and the grace period allows no retry", slot.isoformat()
            )
            return
        log.info(
            "the digest for slot %s failed (%s); trying again at %s",
            slot.isoformat(),
            results,
            at.isoformat(),
        )
        if self.scheduler.running:
            self.scheduler.add_job(
                self.retry,
                trigger="date",
                run_date=at,
                args=[slot, attempt + 1],
                id="newsbot-digest-retry",
                replace_existing=True,
                misfire_grace_time=60,
            )

    def retry(self, slot: datetime, attempt: int) -> dict[str, str]:
        """A retry of a failed slot (the channels posted already answer "already posted")."""
        if self.poster.clock().astimezone(UTC) - slot > max(self.grace, MIN_LATENESS):
            return {}
        results = self.poster.run_slot(slot)
        self._retry_later(slot, results, attempt)
        return results

    def _done(self, slot: datetime) -> bool:
        """True when every digest channel's slot is posted (or skipped as empty) already."""
        rows = [self.poster.store.slot(slot_key(channel, slot)) for channel in self.poster.channels]
        return all(row is not None and row.state in ("posted", "skipped") for row in rows)

    def catch_up(self) -> dict[str, str]:
        """On start-up: post a slot missed while down, if still within the grace period."""
        return self.run_due()

    def start(self) -> None:
        """Catch up, then run in the background."""
        self.catch_up()
        self.scheduler.add_job(
            self.run_due,
            trigger=self.trigger,
            id="newsbot-digest",
            misfire_grace_time=int(max(self.grace, MIN_LATENESS).total_seconds()),
            coalesce=True,
            max_instances=1,
            replace_existing=True,
        )
        self.scheduler.start()

    def shutdown(self) -> None:
        """Stop the background scheduler, letting a digest job that is running finish first.

        The job uses the store, which is closed next: closing it under a running job crashed the
        process (SIGSEGV) when SIGTERM came during a post. A job killed instead is recovered by the
        claim's lease and Slack's history.
        """
        if self.scheduler.running:
            self.scheduler.shutdown(wait=True)
