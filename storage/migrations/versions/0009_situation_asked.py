"""when the situation's follow-up was asked: asked once, also after a missed day

Revision ID: 0009_situation_asked
Revises: 0008_anchor2_support
Create Date: 2026-11-27
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009_situation_asked"
down_revision = "0008_anchor2_support"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("weeks") as batch:
        batch.add_column(sa.Column("situation_asked_at", sa.DateTime(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("weeks") as batch:
        batch.drop_column("situation_asked_at")
