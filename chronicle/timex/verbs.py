"""Verb classes that say which way a clause points (`anchoring.tense_at`): future auxiliaries,
plan and scheduling verbs, reporting verbs, past abilities, verbs whose `until` looks ahead."""

from __future__ import annotations

FUTURE_AUX = frozenset(("will", "'ll", "shall", "wo", "would", "going", "should", "may",
                        "might", "must"))  # fmt: skip
REPORTING = frozenset(("say", "tell", "report", "announce", "confirm", "deny", "add", "note",
                       "insist", "claim", "warn", "write"))  # fmt: skip
#: Verbs whose past tense is their plain form: a VBP tag on them says nothing about tense.
INVARIANT_PAST = frozenset(("hurt", "cut", "put", "set", "hit", "let", "cost", "shut", "quit",
                            "spread", "bid", "cast", "split", "shed", "burst", "thrust",
                            "upset", "bet", "broadcast", "forecast", "read"))  # fmt: skip
FUTURE_VERBS = frozenset(("plan", "schedule", "expect", "intend", "postpone", "delay", "hope",
                          "want", "aim", "prepare", "set"))  # fmt: skip
PLAN_VERBS = frozenset(("plan", "schedule", "set"))
#: Events a calendar fixes: in the simple present they are scheduled (`the plan takes effect
#: in September`, `the Hajj falls in mid-October`), unlike states (`is worth ... in October`).
SCHEDULED = frozenset(("take", "begin", "start", "open", "expire", "end", "fall", "resume",
                       "close", "kick", "launch", "run", "come", "go", "arrive", "return",
                       "reopen", "conclude", "finish", "air", "premiere", "debut"))  # fmt: skip
#: Verbs whose `could` is usually a past ability (`could see smoke`, `could barely walk`).
ABLE = frozenset(("see", "hear", "feel", "smell", "walk", "stand", "breathe", "sleep",
                  "remember", "afford", "find", "move", "speak", "understand"))  # fmt: skip
#: Subordinators whose present-tense clause takes its time from the main clause.
WHEN = frozenset(("when", "after", "before", "once", "until", "till", "while", "as"))
#: Plans a past perfect puts behind us: `had been scheduled/due/set/expected to expire Friday`.
DUE_WORDS = frozenset(("schedule", "due", "set", "expect", "plan"))
#: Past verbs whose `until` still points ahead: `gave Cyprus until Monday`, `adjourned until`.
UNTIL_AHEAD = frozenset(("give", "extend", "grant", "allow", "set", "postpone", "delay",
                         "adjourn", "suspend", "close", "shut", "halt", "freeze", "ban",
                         "recess", "defer", "cancel", "ground", "bar", "block", "issue",
                         "declare", "impose"))  # fmt: skip
