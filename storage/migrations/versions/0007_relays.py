"""relays: the outbox of messages to another person's chat (across an anchor link)

Revision ID: 0007_relays
Revises: 0006_anchor2
Create Date: 2026-11-27
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

# The values as of this revision (a later member needs its own migration).
STATUSES = "status IN ('pending', 'claimed', 'sent', 'failed', 'dropped')"

revision = "0007_relays"
down_revision = "0006_anchor2"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "relays",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "to_user_id",
            sa.Integer(),
            sa.ForeignKey("users.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column(
            "link_id",
            sa.Integer(),
            sa.ForeignKey("anchor_links.id", ondelete="CASCADE"),
            nullable=True,
        ),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("buttons", sa.JSON(), nullable=False),
        sa.Column("status", sa.String(12), nullable=False),
        sa.Column("claimed_by", sa.String(64), nullable=True),
        sa.Column("lease_until", sa.DateTime(), nullable=True),
        sa.Column("retry_at", sa.DateTime(), nullable=True),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("sent_at", sa.DateTime(), nullable=True),
        sa.CheckConstraint(STATUSES, name="ck_relays_status"),
    )
    op.create_index("ix_relays_to_user_id", "relays", ["to_user_id"])
    op.create_index("ix_relays_link_id", "relays", ["link_id"])
    op.create_index("ix_relays_status_created", "relays", ["status", "created_at"])
    op.create_index("ix_relays_claimed_by", "relays", ["claimed_by"])


def downgrade() -> None:
    op.drop_table("relays")
