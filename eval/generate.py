"""Generates the evaluation corpora deterministically (same seed and Faker version -> same bytes).

    .venv/bin/python -m eval.generate            # writes eval/corpus/dev.jsonl and heldout.jsonl
    .venv/bin/python -m eval.generate --check    # exits 1 if the committed files differ

dev and heldout differ in seed, templates (eval/templates/dev_* vs heldout_*), half of every hand list,
some Faker locales and some date/age formats, so held-out measures text the detector was not tuned on.
"""

from __future__ import annotations

import argparse
import importlib
import json
import sys
from pathlib import Path

import faker

from eval.builder import Doc
from eval.expand import Expander

CORPUS_DIR = Path(__file__).resolve().parent / "corpus"
FAKER_VERSION = "40.63.0"  # Faker's data changes between releases; the committed corpus was built with this

DEV_KINDS = ("prompt_note", "discharge_summary", "op_note", "ed_note", "radiology_report", "pathology_report",
             "nursing_note", "denial_appeal", "chat_followup", "claim_snippet", "face_sheet")
# kind -> template function name; coder-facing kinds live in *_coder, clinical notes in *_notes.
CODER_KINDS = {"prompt_note", "denial_appeal", "chat_followup", "claim_snippet", "referral_letter", "face_sheet",
               "billing_statement", "claim_form", "eligibility_271", "portal_message", "id_verify_script",
               "transfer_center_log", "coder_travel_query", "id_context_line",
               "lower_chat", "worklog", "email_thread", "word_given_coder", "word_family_coder",
               "geo_chat", "coder_geo_query", "pharmacy_thread", "intake_chat", "placement_query",
               "coder_query_md", "pa_phone_log", "portal_relative", "billing_dispute", "ehr_table", "one_line_chat"}
SPLITS = {
    "dev": {"seed": 20240611, "size": 352, "kinds": DEV_KINDS},
    "heldout": {"seed": 777013, "size": 286, "kinds": DEV_KINDS + ("referral_letter", "h_and_p")},
    "probe_ids": {"seed": 5150417, "size": 250, "kinds": ("prompt_note", "chat_followup", "claim_snippet", "face_sheet",
                  "referral_letter", "denial_appeal", "transfer_note", "social_work_note", "registration_log",
                  "home_health_note", "case_mgmt_note")},
    "probe_names": {"seed": 4242031, "size": 250, "kinds": (
        "prompt_note", "chat_followup", "claim_snippet", "denial_appeal", "face_sheet", "referral_letter",
        "nursing_note", "phone_encounter", "signout", "progress_note", "discharge_summary", "chat_followup")},
    "probe_names2": {"seed": 9180337, "size": 250, "kinds": (
        "secure_chat", "coder_query", "prior_auth_log", "census", "chat_followup", "shift_note", "ed_triage",
        "dictation", "sbar", "secure_chat", "shift_note")},
    "probe_places2": {"seed": 6022117, "size": 250, "kinds": (
        "billing_statement", "claim_form", "eligibility_271", "portal_message", "id_verify_script",
        "ems_run_sheet", "home_health_log", "pharmacy_note", "biometric_log")},
    "probe_names3": {"seed": 3310529, "size": 250, "kinds": (
        "cm_email", "family_appeal", "pharmacy_call", "staffing_board", "word_names", "md_dictation",
        "hospice_note", "social_work", "word_names")},
    "probe_places3": {"seed": 3310529, "size": 250, "kinds": (
        "transfer_center_log", "coder_travel_query", "id_context_line", "social_history", "occupational_note",
        "bereavement_note", "home_health_routing", "ambulance_run", "id_context_line")},
    "probe_names4": {"seed": 8830461, "size": 250, "kinds": (
        "lower_chat", "narrative", "worklog", "email_thread", "word_given_coder", "quoted_speech", "bedside",
        "word_family_coder", "marked_names", "dense_note", "lower_chat", "narrative")},
    "probe_places4": {"seed": 8140263, "size": 250, "kinds": (
        "geo_chat", "ems_narrative", "coder_geo_query", "social_hx_brief", "pharmacy_thread", "public_health_call",
        "intake_chat", "transfer_note", "placement_query", "discharge_placement", "geo_chat")},
    "probe_mixed5": {"seed": 5507129, "size": 250, "kinds": (
        "shift_handoff", "staffing_grid", "pa_phone_log", "coder_query_md", "portal_relative",
        "home_health_visit", "billing_dispute", "ehr_table", "one_line_chat", "one_line_chat", "shift_handoff")},
}


def templates(split: str) -> list[tuple[str, object]]:
    """Imported per split so that building dev never touches the held-out templates."""
    coder = importlib.import_module(f"eval.templates.{split}_coder")
    notes = importlib.import_module(f"eval.templates.{split}_notes")
    return [(k, getattr(coder if k in CODER_KINDS else notes, k)) for k in SPLITS[split]["kinds"]]


def generate(split: str) -> list[dict]:
    spec = SPLITS[split]
    x = Expander(split, spec["seed"])
    kinds = templates(split)
    docs = []
    for i in range(spec["size"]):
        kind, template = kinds[i % len(kinds)]
        x.new_doc()
        doc = Doc()
        doc.fill(template(x), x.expand)
        docs.append(doc.record(f"{split}-{i:04d}", kind))
    return docs


def serialise(docs: list[dict]) -> str:
    return "".join(json.dumps(d, ensure_ascii=False, sort_keys=False) + "\n" for d in docs)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="verify the committed corpora instead of writing")
    ap.add_argument("--split", choices=sorted(SPLITS), action="append")
    args = ap.parse_args(argv)
    if faker.VERSION != FAKER_VERSION:
        print(f"Faker {faker.VERSION} installed, corpus built with {FAKER_VERSION}: output would differ",
              file=sys.stderr)
        return 2
    status = 0
    for split in args.split or sorted(SPLITS):
        text = serialise(generate(split))
        path = CORPUS_DIR / f"{split}.jsonl"
        if args.check:
            same = path.exists() and path.read_text(encoding="utf-8") == text
            print(f"{path.name}: {'identical' if same else 'DIFFERS'}")
            status |= 0 if same else 1
        else:
            CORPUS_DIR.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
            print(f"wrote {path} ({text.count(chr(10))} documents)")
    return status


if __name__ == "__main__":
    sys.exit(main())
