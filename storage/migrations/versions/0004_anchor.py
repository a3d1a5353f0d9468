"""the anchor invited in: one row per invitation, only the token's hash stored

Revision ID: 0004_anchor
Revises: 0003_steps
Create Date: 2026-11-27
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004_anchor"
down_revision = "0003_steps"
branch_labels = None
depends_on = None

LINK_STATUS_CHECK = "status IN ('invited', 'joined', 'declined', 'left')"


def upgrade() -> None:
    op.create_table(
        "anchor_links",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "week_id", sa.Integer(), sa.ForeignKey("weeks.id", ondelete="CASCADE"), nullable=False
        ),
        sa.Column(
            "person_id", sa.Integer(), sa.ForeignKey("users.id", ondelete="CASCADE"), nullable=False
        ),
        sa.Column(
            "anchor_id", sa.Integer(), sa.ForeignKey("users.id", ondelete="CASCADE"), nullable=True
        ),
        sa.Column("token_hash", sa.String(64), nullable=False),
        sa.Column("anchor_no", sa.Integer(), nullable=False, server_default="1"),
        sa.Column("person_name", sa.String(128), nullable=False),
        sa.Column("status", sa.String(12), nullable=False),
        sa.Column("reminders", sa.Boolean(), nullable=False, server_default=sa.true()),
        sa.Column("messages_sent", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("thanked_at", sa.DateTime(), nullable=True),
        sa.Column("replied", sa.Boolean(), nullable=False, server_default=sa.false()),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("expires_at", sa.DateTime(), nullable=False),
        sa.Column("answered_at", sa.DateTime(), nullable=True),
        sa.CheckConstraint(LINK_STATUS_CHECK, name="ck_anchor_links_status"),
        sa.UniqueConstraint("token_hash"),
    )
    op.create_index("ix_anchor_links_week_id", "anchor_links", ["week_id"])
    op.create_index("ix_anchor_links_person_id", "anchor_links", ["person_id"])
    op.create_index("ix_anchor_links_anchor_id", "anchor_links", ["anchor_id"])
    with op.batch_alter_table("weeks") as batch:
        batch.add_column(sa.Column("anchor2_name", sa.String(128), nullable=True))
        batch.add_column(sa.Column("anchor2_why", sa.Text(), nullable=True))
        batch.add_column(sa.Column("request2_text", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("weeks") as batch:
        batch.drop_column("request2_text")
        batch.drop_column("anchor2_why")
        batch.drop_column("anchor2_name")
    op.drop_table("anchor_links")
