"""the inbox: Telegram updates stored before they are acknowledged, deleted once handled

Revision ID: 0010_inbox
Revises: 0009_situation_asked
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010_inbox"
down_revision = "0009_situation_asked"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "inbox",
        sa.Column("update_id", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("chat_id", sa.BigInteger(), nullable=True),
        sa.Column("payload", sa.Text(), nullable=False),
        sa.Column("claimed_by", sa.String(length=64), nullable=False),
        sa.Column("claimed_until", sa.DateTime(), nullable=False),
        sa.Column("received_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("update_id"),
    )
    op.create_index("ix_inbox_claimed_until", "inbox", ["claimed_until"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_inbox_claimed_until", table_name="inbox")
    op.drop_table("inbox")
