"""Bodies named by their kind: a committee, council, commission, regiment or choir that no
catalogue lists and the model does not tag, made an actor where the words around it say which
one it is and the text gives someone an office in it or a place in it."""
from __future__ import annotations

from spacy.tokens import Doc, Token

from ..types import entity_id, slug
from .mentions import M, Resolution, TitleFact

_OWNER_TYPES = ("State", "Group", "Organization", "Person")


class Bodies:
    def _unnamed_bodies(self, doc: Doc, res: Resolution) -> None:
        """"chair of the water rights commission in southern Chile", "resigned from a UN panel
        of experts", "a member of the Tarija local council", "the Bright Voices choir": a body
        noun (``unnamed_body_heads``; ``named_body_heads`` only with a capitalised word; the value
        is the actor's type) with words that say which body it is (a noun or a name before it, a
        named owner's possessive, "of" with a plain noun after it) is an organisation of its own,
        when a title, a membership noun or a verb of office (``body_holders``) governs it, when
        the words before it are a proper name the model left untagged, or when a named owner's
        possessive says whose it is ("Russia's foreign affairs committee said ..."). A named owner ("the UN's
        humanitarian taskforce", "a Senate ethics committee") has the body as a member. Not a body
        that is part of a named one ("the board of Shell": Shell's), nor a bare "the committee"."""
        heads, proper = self.cues["unnamed_body_heads"], self.cues["named_body_heads"]
        ids = self.lex.string_ids(doc, "unnamed_body_heads", (*heads, *proper))
        for tok in res.tokens:
            if tok.lower not in ids or tok.tag_ != "NN" and not (tok.tag_ == "NNP" and tok.is_lower) or res.at(tok.i):
                continue  # (the tagger may call a lower-case "commission" after "relations" a proper noun)
            left = [c for c in tok.children if c.i < tok.i and c.dep_ in ("compound", "nmod", "amod")]
            owner = next((m for c in tok.children if c.dep_ == "poss" for m in res.at(c.i) if m.head == c.i
                          and m.kind == "name" and m.type in ("State", "Group", "Organization")), None)
            if owner is None and not any(c.dep_ in ("compound", "nmod") and c.pos_ in ("NOUN", "PROPN") for c in left):
                left = []  # "the local council", "a powerful committee": adjectives describe, they do not name
            named = bool(left) and all(c.dep_ in ("compound", "nmod") and c.pos_ == "PROPN" and c.text[:1].isupper()
                                       and not res.at(c.i) for c in left) and all(
                t.pos_ == "PROPN" or t.i == tok.i for t in doc[left[0].left_edge.i:tok.i + 1])
            if not named and owner is None and not self._holds_body(doc, tok):
                continue
            span = self._body_span(doc, res, tok, left)
            if span is None or not left and span[1] == tok.i + 1:
                continue  # "the committee", "a commission": no words say which
            start, end = span
            text = doc[start:end].text
            if text.islower() and (tok.lower_ in proper or self._named_by_head(res, tok, tuple(t.lower_ for t in res.tokens[start:tok.i + 1]))):
                continue  # "the housing charity" describes; "the foreign affairs committee" after its name is that one
            known = self.cat.find(text, ("Organization", "Group")) if owner is None else None
            if known is not None:  # "a member of the security council"
                res.add(M(start, end, known.id, known.name, known.type, "name", tok.i))
                continue
            kind = heads.get(tok.lower_) or proper[tok.lower_]
            if any(t.text[:1].isupper() for t in res.tokens[start:end]):
                bid = entity_id(kind, text)
            else:  # "the water rights commission": one of many so called, this article's
                bid = f"{kind.lower()}:{slug(text)}-{res.scope()}"
            body = res.add(M(start, end, bid, text, kind, "name", tok.i))
            res.mentions.pop()  # (in the text's order: a later "the choir" looks back through the mentions)
            res.mentions.insert(next((k for k, o in enumerate(res.mentions) if o.start > start), len(res.mentions)), body)
            owner = owner or next((m for c in left if c.dep_ in ("compound", "nmod") for m in res.at(c.i)
                                   if m.head == c.i and m.kind == "name" and m.type in ("Group", "Organization")), None)
            if owner is not None and owner.id != bid:
                res.titles.append(TitleFact(body, owner, "MEMBER_OF", None, min(owner.start, start), end))

    def _holds_body(self, doc: Doc, tok: Token) -> bool:
        """Whether an office, a membership or a verb of office governs the body noun: "chair of Y",
        "a lecturer at Y", "joined Y", "resigned from Y", "served on Y"."""
        holders = self.cues["body_holders"]
        if tok.dep_ == "dobj":
            return tok.head.lemma_.lower() in holders
        if tok.dep_ != "pobj" or tok.head.lower_ not in self.cues["body_preps"]:
            return False
        gov = tok.head.head
        if gov.pos_ == "VERB":
            return gov.lemma_.lower() in holders
        return gov.pos_ == "NOUN" and (gov.lower_ in self.lex.titles or gov.lemma_.lower() in self.lex.titles)

    def _body_span(self, doc: Doc, res: Resolution, tok: Token, left: list[Token]) -> tuple[int, int] | None:
        """The words of the body's name: its modifiers (not an article, a possessive or words of
        time: "the incoming", "the parliament's"), the noun, and a plain noun phrase after "of",
        "on" or "for" ("a commission of inquiry", "the committee on human rights", "a taskforce for
        Syria"); None if a named actor owns it ("the committee of the X council")."""
        end = tok.i + 1
        for c in sorted((c for c in tok.children if c.dep_ == "prep" and c.i > tok.i), key=lambda c: c.i):
            pobj = next((p for p in c.children if p.dep_ == "pobj"), None)
            if pobj is None:
                continue
            inside = [m for t in res.tokens[pobj.left_edge.i:pobj.i + 1] for m in res.at(t.i) if m.type in _OWNER_TYPES]
            if inside and (c.lower_ in ("of", "at") or any(m.type != "State" for m in inside)) and c.lower_ != "in":
                return None  # a part of a named body: that body's (the offices find it)
            if c.i == end and c.lower_ in ("of", "on", "for") and pobj.pos_ in ("NOUN", "PROPN") and not any(
                    d.dep_ in ("det", "poss") for d in pobj.children) and (pobj.is_lower or inside):
                end = pobj.i + 1  # "a commission of inquiry", "a panel of experts", "the taskforce for Syria"
        start = min([t.left_edge.i for t in left] + [tok.i])
        skip = {*self.cues["former_words"], *self.cues["office_time_words"]}
        for t in res.tokens[start:tok.i]:
            if t.tag_ == "POS":
                start = t.i + 1  # "the parliament's foreign affairs committee": after the owner
        while start < tok.i and (res.tokens[start].pos_ in ("DET", "PRON", "PUNCT") or res.tokens[start].lower_ in skip):
            start += 1
        if any(m.type == "Person" for t in res.tokens[start:tok.i] for m in res.at(t.i)):
            return None  # "the Obama foundation" is not the person's office
        return start, end
