"""what a message to another chat is: a care message reports back to the person who sent it

Revision ID: 0011_care_day
Revises: 0010_inbox
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011_care_day"
down_revision = "0010_inbox"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("relays") as batch:
        batch.add_column(
            sa.Column("kind", sa.String(length=12), nullable=False, server_default="message")
        )


def downgrade() -> None:
    with op.batch_alter_table("relays") as batch:
        batch.drop_column("kind")
