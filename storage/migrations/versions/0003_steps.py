"""steps as declarations: week status checked, reflections asked, old steps moved to sub-flows

Revision ID: 0003_steps
Revises: 0002
Create Date: 2026-11-27
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0003_steps"
down_revision = "0002"
branch_labels = None
depends_on = None

WEEK_STATUS_CHECK = "status IN ('setup', 'active', 'completed', 'stopped')"

# Old step -> (new step, the frame the sub-flow returns to, or None).
_SUBFLOW = {
    "draft": ("draft", "support", "request"),
    "draft_own": ("draft_own", "support", "request"),
    "tz": ("tz", "support", "setup_zone"),
    "tz_text": ("tz_text", "support", "setup_zone"),
    "time": ("time", "support", "setup_time"),
    "time_text": ("time_text", "support", "setup_time"),
    "time_confirm": ("time_confirm", "support", "setup_time"),
    "thank": ("draft", "week", "thanks"),
    "thank_own": ("draft_own", "week", "thanks"),
}
# Detours of the old version: the person goes back to the question they left.
_DETOURS = {
    "set_menu", "set_time", "set_time_text", "set_time_confirm", "set_zone", "set_zone_text",
    "set_quiet", "set_lang", "stop_confirm", "export_confirm", "delete_confirm",
}  # fmt: skip

users = sa.table(
    "users",
    sa.column("id", sa.Integer),
    sa.column("step", sa.String),
    sa.column("step_ctx", sa.JSON),
)


def _moved(step: str, ctx: dict[str, Any]) -> tuple[str, dict[str, Any]] | None:
    if step in _DETOURS:
        back = str(ctx.get("back") or "week")
        return _moved(back, dict(ctx.get("back_ctx") or {})) or (back, ctx.get("back_ctx") or {})
    if step in _SUBFLOW:
        new, frame_step, then = _SUBFLOW[step]
        keep = {k: v for k, v in ctx.items() if k == "minute"}
        return new, {**keep, "stack": [{"step": frame_step, "ctx": {}, "then": then}]}
    if step == "reflection" and "back" in ctx:  # a question picked in /reflect
        frame = {
            "step": str(ctx["back"]),
            "ctx": dict(ctx.get("back_ctx") or {}),
            "then": "reflect",
        }
        return step, {"q": ctx.get("q", 0), "stack": [frame]}
    return None


def upgrade() -> None:
    with op.batch_alter_table("weeks") as batch_op:
        batch_op.create_check_constraint("ck_weeks_status", WEEK_STATUS_CHECK)
        batch_op.add_column(
            sa.Column("reflections_asked", sa.Integer(), nullable=False, server_default="0")
        )
    conn = op.get_bind()
    names = [*_DETOURS, *_SUBFLOW, "reflection"]
    rows = conn.execute(
        sa.select(users.c.id, users.c.step, users.c.step_ctx).where(users.c.step.in_(names))
    ).all()
    for user_id, step, ctx in rows:
        moved = _moved(step, dict(ctx or {}))
        if moved is not None:
            conn.execute(
                users.update().where(users.c.id == user_id).values(step=moved[0], step_ctx=moved[1])
            )


def downgrade() -> None:
    with op.batch_alter_table("weeks") as batch_op:
        batch_op.drop_column("reflections_asked")
        batch_op.drop_constraint("ck_weeks_status", type_="check")
