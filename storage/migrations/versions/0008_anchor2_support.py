"""the second anchor's own support

Revision ID: 0008_anchor2_support
Revises: 0007_relays
Create Date: 2026-11-27
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008_anchor2_support"
down_revision = "0007_relays"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("weeks") as batch:
        batch.add_column(sa.Column("support2_kind", sa.String(16), nullable=True))
        batch.add_column(sa.Column("support2_text", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("weeks") as batch:
        batch.drop_column("support2_text")
        batch.drop_column("support2_kind")
