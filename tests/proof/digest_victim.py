"""Claims a digest slot and posts it, to be killed while Slack's answer is still on its way.

    python tests/proof/digest_victim.py SLOT_ISO

Settings come from the environment (SLACK_BOT_TOKEN, SLACK_API_URL, NEWSBOT_DATABASE_URL,
NEWSBOT_DIGEST_CHANNEL): the real Runtime and its DigestPoster post the slot to the first digest
channel. test_faults makes the fake Web API store the message and hold the answer, waits for the
call, and kills this process with SIGKILL: the slot stays claimed, never confirmed.
"""

from __future__ import annotations

import sys
from datetime import datetime

from bot.runtime import Runtime
from config.settings import load_settings

if __name__ == "__main__":
    runtime = Runtime(load_settings())
    print(f"owner {runtime.poster.owner}", flush=True)
    outcome = runtime.poster.post_slot(
        runtime.settings.digest_channel[0], datetime.fromisoformat(sys.argv[1])
    )
    print(f"outcome {outcome}", flush=True)
    runtime.close()
