"""After the upstream answered: scan the answer for PHI the prompt did not carry, then restore the
real values in place of surrogates, in plain and streamed answers, text and tool-call arguments.

PHI first seen in the answer (a model inventing or recalling a name) is counted in
ctx.response_entity_counts and handled by the policy: block withholds a plain answer, redact and
pseudonymize replace it by a typed placeholder such as [PERSON] (a made-up value must not pass for a
real one), keep leaves it. A streamed answer cannot be recalled once sent, so there it is counted at
the end of the stream only.
"""

from __future__ import annotations

import logging

import anyio

from proxy.pipeline.context import Context
from proxy.pipeline.stage import Halt, Stage
from proxy.pipeline.stages.policy import applicable, resolve_overlaps
from proxy.policy.chunks import StreamRewriter, answer_texts, rewrite_stream
from proxy.policy.echoes import SentLines
from proxy.policy.model import Action
from proxy.policy.restore import Restorer

log = logging.getLogger("phi_proxy.reidentify")


class ReidentifyStage(Stage):
    name = "reidentify"

    def __init__(self, services):
        self.engine = services.engine
        self.timeout = services.settings.detection_timeout_s

    async def run(self, ctx: Context) -> None:
        policy = ctx.policy
        if policy is None or ctx.halted:
            return
        deid = ctx.deidentifier
        restore = bool(policy.reidentify and not ctx.skip_reidentify and deid is not None)
        reverse = deid.reverse_map() if restore else {}
        plain = Restorer(reverse) if restore else None
        json_args = plain.for_json() if restore else None
        if isinstance(ctx.response, dict):
            await self._plain(ctx, plain, json_args, restore)
        elif ctx.stream_iter is not None:
            rewriter = StreamRewriter(plain, json_args)
            ctx.stream_iter = rewrite_stream(ctx.stream_iter, rewriter)
            if policy.scan_responses:
                # Sent tokens cannot be recalled, so the scan only counts: it runs once the client has
                # had [DONE], just before the audit record is written.
                ctx.on_finish.append(lambda done: self._count_stream(done, rewriter))

    async def _scan(self, sent: SentLines, text: str) -> list:
        """Findings in the lines of the answer that are not verbatim copies of what was sent."""
        novel = sent.novel(text)
        if not novel.text.strip():
            return []
        with anyio.fail_after(self.timeout):
            found = await anyio.to_thread.run_sync(self.engine.analyze, novel.text, abandon_on_cancel=True)
        return novel.to_original(found)

    def _new_phi(self, ctx: Context, text: str, findings: list) -> list:
        """Findings in the answer that are neither in the prompt nor one of our replacements."""
        deid = ctx.deidentifier
        fresh = []
        for f in resolve_overlaps(applicable(ctx.policy, text, findings)):
            if deid is None or not deid.is_known(text[f.start:f.end]):
                fresh.append(f)
        return fresh

    async def _plain(self, ctx: Context, plain, json_args, restore: bool) -> None:
        policy, deid = ctx.policy, ctx.deidentifier
        blocked: set[str] = set()
        sent = SentLines([slot.text for slot in ctx.slots])
        for container, key, is_json in answer_texts(ctx.response):
            text = container[key]
            edits: list[tuple[int, int, str]] = []  # spans fixed by the scan; restored text goes around them
            if policy.scan_responses and text:
                try:
                    findings = await self._scan(sent, text)
                except Exception as exc:  # noqa: BLE001 - an answer that could not be scanned is withheld
                    log.error("response scan failed (%s); answer withheld", type(exc).__name__)
                    ctx.response = None
                    raise Halt(502, "response_scan_failed",
                               "The answer could not be scanned for PHI, so it was withheld.") from None
                for f in self._new_phi(ctx, text, findings):
                    value = text[f.start:f.end]
                    real_date = deid.real_date(value) if restore and f.entity_type == "DATE" else None
                    if real_date is not None:  # a prompt date the model wrote in another format
                        edits.append((f.start, f.end, real_date))
                        continue
                    ctx.response_entity_counts[f.entity_type] += 1
                    action = policy.action_for(f.entity_type)
                    if action == Action.BLOCK:
                        blocked.add(f.entity_type)
                    elif action != Action.KEEP:
                        edits.append((f.start, f.end, f"[{f.entity_type}]"))
            restorer = (json_args if is_json else plain) if restore else None
            container[key] = _apply(text, edits, restorer)
        if blocked:
            ctx.response = None
            ctx.decision = "blocked"
            raise Halt(502, "phi_in_response",
                       f"The answer carried identifiers that policy '{policy.name}' does not allow "
                       f"({', '.join(sorted(blocked))}); it was withheld.")

    async def _count_stream(self, ctx: Context, rewriter: StreamRewriter) -> None:
        sent = SentLines([slot.text for slot in ctx.slots])
        for parts in rewriter.seen.values():
            text = "".join(parts)
            if not text:
                continue
            try:
                findings = await self._scan(sent, text)
            except Exception as exc:  # noqa: BLE001 - already sent; the count is what is lost
                log.error("response scan after stream failed (%s)", type(exc).__name__)
                return
            ctx.response_entity_counts.update(f.entity_type for f in self._new_phi(ctx, text, findings))


def _apply(text: str, edits: list[tuple[int, int, str]], restorer: Restorer | None) -> str:
    """Apply the scan's edits and restore surrogates in the text between them, in one pass, so a
    restored value is never rewritten again."""
    out, pos = [], 0
    for start, end, new in sorted(edits):
        if start < pos:
            continue
        between = text[pos:start]
        out.append(restorer.restore(between) if restorer else between)
        out.append(new)
        pos = end
    rest = text[pos:]
    out.append(restorer.restore(rest) if restorer else rest)
    return "".join(out)
