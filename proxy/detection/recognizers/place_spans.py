"""Finds street addresses, places smaller than a state, and facility names once per text.

The results are cached on the view: the three place recognizers report them, and the name
scanner skips words inside them ("Franklin County", "St. Mary's Medical Center", "12 Washington St").
"""

from __future__ import annotations

import re

from proxy.detection.lexicons.loader import fold, load
from proxy.detection.recognizer import TextView
from proxy.detection.recognizers import place_patterns as P
from proxy.detection.recognizers.id_columns import table_columns
from proxy.detection.recognizers.place_caps import capital_towns, district_names
from proxy.detection.recognizers.place_coined import coined_towns
from proxy.detection.recognizers.place_fields import joined_places
from proxy.detection.recognizers.place_lines import city_state_zip
from proxy.detection.recognizers.place_stores import on_street, store_spans
from proxy.detection.recognizers.place_streets import bare_street, town_before_zip
from proxy.detection.recognizers.place_things import place_things
from proxy.detection.recognizers.place_cues import LANGUAGES, NOT_PLACES, accept_run, cued_places, place_shaped
from proxy.detection.recognizers.name_cues import CLINICAL_HEADS

Span = tuple[int, int]

# Words that make a facility phrase generic ("outside hospital") or are not part of its name.
_GENERIC = frozenset(
    "the a an this that our your their his her its outside local nearby nearest another other same prior "
    "previous recent current referring receiving transferring sending home brief hospital course discharge "
    "admission admit admitted inpatient outpatient emergency department er ed urgent primary initial "
    "follow-up followup general community regional university county state city medical center clinic "
    "walk-in specialty psychiatric behavioral mental children's women's va veterans skilled nursing "
    "rehabilitation rehab acute long-term short-term subacute private public teaching tertiary "
    "patient pt history plan assessment".split()
)
_COURSE = frozenset("course stay day days visit visits policy policies bed beds stays admission".split())
_CONNECTORS = frozenset("of the and for de del la &".split())


def _trim_facility(text: str, start: int, end: int) -> Span | None:
    words = text[start:end].split()
    # cut at a sentence break inside the prefix ("...County. Brief Hospital")
    for k in range(len(words) - 1, -1, -1):
        w = words[k]
        if w.endswith(".") and len(w) > 3 and w.lower() not in ("st.", "mt.", "ft."):
            words = words[k + 1:]
            break
    while words and not (len(words) > 1 and fold(words[1]) == "lady") and (fold(words[0].strip(".,")) in _GENERIC or words[0].lower() in _CONNECTORS
                     or words[0][:1].islower() or _leading_verb(words[0])):
        words = words[1:]
    head_words = {"hospital", "clinic", "center", "centre", "health", "care", "pharmacy", "hospice", "home",
                  "rehab", "institute", "memorial", "regional", "manor", "labs", "laboratory", "imaging", "adult",
                  "day", "personal", "retirement", "residential", "group", "drug", "store", "village", "plaza"}
    if not words or all(fold(w.strip(".,")) in _GENERIC | head_words | _CONNECTORS for w in words):
        return None
    phrase = " ".join(words)
    new_start = start + text[start:end].rfind(phrase) if phrase in text[start:end] else start
    return new_start, end


def _leading_verb(word: str) -> bool:
    """"Attends Adult Day Center", "Needs Personal Care Home": a verb opening the sentence is no name."""
    lex, key = load(), fold(word)
    return len(key) > 3 and key.endswith("s") and not lex.is_name(key) and (
        key[:-1] in lex.english or key[:-2] in lex.english) and key[:-1] not in lex.us_places


def find_facilities(view: TextView) -> list[Span]:
    cached = view.cache.get("facilities")
    if cached is not None:
        return cached
    text, out = view.text, []
    for m in P.FACILITY.finditer(text):
        tail = text[m.end():m.end() + 12].split()
        if tail and tail[0].strip(":.,").lower() in _COURSE:
            continue
        if m.group(1) is None:  # "Hospital of the University of Pennsylvania"
            out.append(m.span())
            continue
        start = m.start() + m.group(1).rfind("  ") + 2 if "  " in m.group(1) else m.start()  # field break
        span = _trim_facility(text, start, m.end())
        if span:
            out.append(span)
    out = [(s, on_street(text, e) or e) for s, e in out] + store_spans(text)  # "Oak Pharmacy on Elm"
    for m in P.FACILITY_LOWER.finditer(text):
        words = m.group(1).split()
        if not any(w in _GENERIC or w in load().hard_stop for w in words[:-1]) and words[0] not in _GENERIC:
            out.append(m.span(1))
    view.cache["facilities"] = out
    return out


def find_addresses(view: TextView) -> list[Span]:
    cached = view.cache.get("addresses")
    if cached is not None:
        return cached
    out = []
    for m in P.STREET.finditer(view.text):
        if not P.STREET_VETO.search(m.group()):
            out.append(m.span())
    out.extend(m.span() for m in P.PO_BOX.finditer(view.text))
    out.extend(m.span() for m in P.STREET_UNIT_ONLY.finditer(view.text) if bare_street(m.group("words"))
               and not P.STREET_VETO.search(m.group()) and not any(s <= m.start() < e for s, e in out))
    view.cache["addresses"] = out
    return out


def _place_ok(words: list[str], strong_cue: bool) -> bool:
    lex = load()
    keys = [fold(w.strip(".,")) for w in words]
    if any(k in lex.hard_stop or k in lex.states for k in keys) or " ".join(keys) in lex.states:
        return False
    phrase = " ".join(keys)
    if phrase in NOT_PLACES or phrase in LANGUAGES or (len(keys) == 1 and (phrase in lex.soft_stop or (
            phrase in lex.english and phrase not in lex.us_places))):
        return False  # "born in March", "travelled to Mexico": a month or a country is no address
    if phrase in lex.us_places or phrase in lex.world_cities or phrase in lex.us_counties:
        return True
    return strong_cue and not any(k in lex.english and k not in lex.us_places for k in keys)


def _facility_town(run: str) -> bool:
    """The words after "Summit Medical Center, ": a known or place-shaped town ("Lake Brady"), no department."""
    words = run.split()
    return _place_ok(words, True) or accept_run([fold(w.strip(".,")) for w in words])


def find_locations(view: TextView) -> list[Span]:
    cached = view.cache.get("locations")
    if cached is not None:
        return cached
    text, lex, out = view.text, load(), []
    vouched_spans: list[Span] = []  # structural evidence (a ZIP after the state, the line after a street)
    addr_ends = {e for _, e in find_addresses(view)}
    for m in P.STATE_AFTER.finditer(text):
        state, zip_ = m.group(1), m.group(2)
        if fold(state) not in lex.states and state not in lex.state_codes:
            continue
        if state in ("MD", "PA", "DO") and not zip_:
            continue  # "Sarah Smith, MD": a credential, not Maryland
        before = P.CITY_BEFORE.search(text, max(0, m.start() - 60), m.start())
        if not before:
            continue
        words = before.group(1).split()
        for k in range(len(words)):  # longest known place ending at the comma
            cand = words[k:]
            known = " ".join(fold(w) for w in cand) in lex.us_places or P.PLACE_ENDING.fullmatch(" ".join(cand))
            # "Lake Gabriela, Utah": a place-shaped run (prefix + name) before a state needs no listing
            shaped = len(cand) > 1 and place_shaped([fold(w) for w in cand])
            if known or shaped or ((zip_ or before.start() - 2 in addr_ends) and k == len(words) - 1):
                if not any(fold(w) in lex.hard_stop for w in cand):
                    out.append((m.start() - len(" ".join(cand)), m.start()))
                    if zip_ or shaped or before.start() - 2 in addr_ends:
                        vouched_spans.append(out[-1])
                break
    for span in city_state_zip(view, addr_ends):  # "Barre VT 05641": the ZIP vouches for the town
        out.append(span)
        vouched_spans.append(span)
    for s, e in find_addresses(view):  # "12 elm apt 3 north michael 75767": the words between street and ZIP
        t = P.TOWN_ZIP.match(text, e)
        town = town_before_zip(text, t) if t and P.street_before_town_zip(text, t.start("zip")) else None
        if town:
            out.append(town)
            vouched_spans.append(town)
    for s, e in find_addresses(view):  # "12 Oak St, Mariamouth"
        after = P.PLACE_RUN.match(text, e + 2) if text[e:e + 2] == ", " else None
        keys = [fold(w) for w in after.group().split()] if after else []
        # a listed town that is also a clinical word stands when the clause ends or goes on: "lot 8b, Energy with"
        town_word = len(keys) == 1 and keys[0] in lex.us_places and re.match(r"[ \t]*(?:$|[\n,;.]|with|and|for)", text[after.end():])
        if after and not any(k in lex.states or (k in lex.hard_stop and not town_word) for k in keys):
            out.append(after.span())
            vouched_spans.append(after.span())
    for s, e in find_facilities(view):  # "Summit Medical Center, Flint" closing a line or sentence
        after = P.PLACE_RUN.match(text, e + 2) if text[e:e + 2] == ", " else None
        cut = re.search(r"\w{4,}(\.)(?:[ \t]|$)", after.group()) if after else None  # a sentence ends, not "St."
        end = (after.start() + cut.start(1) if cut else after.end() - after.group().endswith(".")) if after else 0
        # the town may carry its state: "Grace Health Center, Butler, PA"
        if after and re.match(r"(?:,[ \t]*[A-Z]{2})?[ \t]*(?:$|\n|[.;(])", text[end:]) and _facility_town(text[after.start():end]):
            out.append((after.start(), end))
            vouched_spans.append((after.start(), end))
    for s, e in table_places(view):  # the CITY column of a pasted table
        out.append((s, e))
        vouched_spans.append((s, e))
    # "Prince George's County, MD": the word County vouches for the place against a name reading
    counties = [m.span() for m in P.COUNTY.finditer(text) if fold(m.group().split()[0]) not in lex.hard_stop]
    out.extend(counties)
    vouched_spans.extend(counties)
    for m in P.PLACE_CUE.finditer(text):
        run = P.PLACE_RUN.match(text, m.end())
        if not run:
            continue
        words = _sentence_part(run.group().rstrip(".").split())
        strong = m.group("strong") is not None
        nxt = text[run.end():run.end() + 20].split()
        if nxt and nxt[0].strip(".,").lower() in CLINICAL_HEADS:
            continue  # "in Lyme disease", "in Glasgow Coma Scale"
        if len(words) == 1 and P.PLACE_ENDING.fullmatch(words[0]) and fold(words[0]) not in lex.english:
            strong = True
        for k in range(len(words), 0, -1):  # longest prefix that is a place
            if _place_ok(words[:k], strong and k == len(words)):
                out.append((run.start(), run.start() + len(" ".join(words[:k]))))
                break
    out.extend(_bare_places(view))
    out.extend(coined_towns(text))  # "skipped Benjaminchester": a name + place suffix is a town anywhere
    # "drove to Normal", "the Decatur store": a listed town by its capital; "in Hill District"
    capitals = capital_towns(text) + district_names(text)
    out.extend(capitals)
    vouched_spans.extend(capitals)
    for s, e, vouched in cued_places(view):
        out.append((s, e))
        if vouched:
            vouched_spans.append((s, e))
    out.extend(joined_places(text, out))
    out = _longest(out, find_addresses(view) + find_facilities(view))
    # a place heading a disease or score is no PHI, yet no name either: kept from the name scanner only
    view.cache["place_things"] = place_things(text, [sp for sp in out if sp not in vouched_spans])
    out = [sp for sp in out if sp not in view.cache["place_things"]]
    view.cache["locations"] = out
    view.cache["strong_locations"] = vouched_spans
    return out


def _sentence_part(words: list[str]) -> list[str]:
    """The run up to a sentence end: "from Scranton. Labs" is Scranton, without its full stop."""
    for k, w in enumerate(words):
        if w.endswith(".") and len(w) > 3 and w.lower() != "ste.":  # "Ste. Genevieve" goes on
            return words[:k] + [w[:-1]]
    return words


def strong_locations(view: TextView) -> list[Span]:
    """The location spans backed by structure or a field label, which outrank a name reading."""
    find_locations(view)
    return view.cache["strong_locations"]


def _longest(spans: list[Span], outer: list[Span]) -> list[Span]:
    """Overlapping spans reduced to the longest; spans inside an address or facility dropped."""
    keep: list[Span] = []
    for s, e in sorted(spans, key=lambda x: (x[0], -x[1])):
        if any(os <= s and e <= oe for os, oe in outer):
            continue
        if keep and s < keep[-1][1]:
            keep[-1] = (keep[-1][0], max(e, keep[-1][1]))
        else:
            keep.append((s, e))
    return keep


def _bare_places(view: TextView) -> list[Span]:
    """Multi-word US place names anywhere ("Grand Rapids"); big single-word cities that are no word or name."""
    from proxy.detection.recognizers.name_tokens import tokens

    lex, toks, out = load(), tokens(view), []
    n, i = len(toks), 0
    while i < n:
        t = toks[i]
        if t.shape != "T":
            i += 1
            continue
        for size in (3, 2):
            if i + size <= n and all(x.shape == "T" for x in toks[i:i + size]) \
                    and all(view.text[toks[k].end:toks[k + 1].start] == " " for k in range(i, i + size - 1)):
                key = " ".join(x.key for x in toks[i:i + size])
                # a clinical word inside a listed city's name ("Twin Falls") spoils it only for small places
                if key in lex.us_places and key not in lex.states and (
                        not any(x.hard for x in toks[i:i + size]) or lex.us_places[key] >= 20000):
                    out.append((t.start, toks[i + size - 1].end))
                    i += size
                    break
        else:
            if lex.us_places.get(t.key, 0) >= 50000 and not (t.name or t.english or t.hard or t.soft):
                out.append((t.start, t.end))
            i += 1
    return out


def protected_spans(view: TextView) -> list[Span]:
    return find_facilities(view) + find_addresses(view) + find_locations(view) + view.cache["place_things"]


_CITY_HEADER = re.compile(r"(?:city|town|city/town|municipality|hometown|home town|residence|county)\s*:?")


def table_places(view: TextView) -> list[Span]:
    """Cells under a CITY/TOWN/COUNTY header: capitalised words that are no state."""
    out = []
    for head, _, s, e in table_columns(view):
        if _CITY_HEADER.fullmatch(head) and P.PLACE_RUN.fullmatch(view.text, s, e):
            keys = [fold(w.strip(".,")) for w in view.text[s:e].split()]
            if not any(k in load().states or k in load().hard_stop for k in keys) and " ".join(keys) not in NOT_PLACES:
                out.append((s, e))
    return out
