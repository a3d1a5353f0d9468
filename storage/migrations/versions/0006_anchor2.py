"""what the person is facing this week, and how it went

Revision ID: 0006_anchor2
Revises: 0005_delivery
Create Date: 2026-11-27
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006_anchor2"
down_revision = "0005_delivery"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("weeks") as batch:
        batch.add_column(sa.Column("situation", sa.String(16), nullable=True))
        batch.add_column(sa.Column("situation_note", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("weeks") as batch:
        batch.drop_column("situation_note")
        batch.drop_column("situation")
