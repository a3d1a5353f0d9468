"""delivery: nudge kind/status CHECKs, retry time for transient failures, undelivered replies

Revision ID: 0005_delivery
Revises: 0004_anchor
Create Date: 2026-11-27
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

# The values as of this revision (a later enum member needs its own migration).
KINDS = "kind IN ('checkin', 'snooze', 'close', 'anchor')"
STATUSES = (
    "status IN ('pending', 'claimed', 'sent', 'missed', 'skipped', 'cancelled', 'failed')"
)

revision = "0005_delivery"
down_revision = "0004_anchor"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("nudges") as batch_op:
        batch_op.add_column(sa.Column("retry_at", sa.DateTime(), nullable=True))
        batch_op.create_check_constraint("ck_nudges_kind", KINDS)
        batch_op.create_check_constraint("ck_nudges_status", STATUSES)
    op.create_index("ix_nudges_claimed_by", "nudges", ["claimed_by"])
    op.create_table(
        "undelivered_replies",
        sa.Column("chat_id", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("since", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("chat_id"),
    )


def downgrade() -> None:
    op.drop_table("undelivered_replies")
    op.drop_index("ix_nudges_claimed_by", table_name="nudges")
    with op.batch_alter_table("nudges") as batch_op:
        batch_op.drop_constraint("ck_nudges_status", type_="check")
        batch_op.drop_constraint("ck_nudges_kind", type_="check")
        batch_op.drop_column("retry_at")
