"""relays may be a "still in?" question to an anchor (ask_again): its sender hears if it fails

Revision ID: 0017_relay_ask_again
Revises: 0016_inbox_takeovers
Create Date: 2026-12-06
"""

from __future__ import annotations

from alembic import op

revision = "0017_relay_ask_again"
down_revision = "0016_inbox_takeovers"
branch_labels = None
depends_on = None

BEFORE = ("message", "care")  # as of 0013, frozen here
AFTER = (*BEFORE, "ask_again")


def _within(values: tuple[str, ...]) -> str:
    return "kind IN ({})".format(", ".join(f"'{v}'" for v in values))


def _check(values: tuple[str, ...]) -> None:
    # Batch mode: SQLite changes a CHECK by copying the table (nothing refers to relays, so
    # dropping the old copy cascades to nothing); PostgreSQL alters it in place.
    with op.batch_alter_table("relays") as batch:
        batch.drop_constraint("ck_relays_kind", type_="check")
        batch.create_check_constraint("ck_relays_kind", _within(values))


def upgrade() -> None:
    _check(AFTER)


def downgrade() -> None:
    # The older schema has no such kind: the question is an ordinary message there.
    op.execute("UPDATE relays SET kind = 'message' WHERE kind = 'ask_again'")
    _check(BEFORE)
