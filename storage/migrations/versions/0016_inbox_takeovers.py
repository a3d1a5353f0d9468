"""inbox rows count the times a receiver took them over: an update that kills the process is
given up after the last try, not tried at every start for ever

Revision ID: 0016_inbox_takeovers
Revises: 0015_care_remembered
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0016_inbox_takeovers"
down_revision = "0015_care_remembered"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("inbox") as batch:
        batch.add_column(sa.Column("takeovers", sa.Integer(), nullable=False, server_default="0"))


def downgrade() -> None:
    with op.batch_alter_table("inbox") as batch:
        batch.drop_column("takeovers")
