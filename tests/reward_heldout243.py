r"""Reward round 106: a WHITE-box audit of the whole session's diff read together (combinations of the session's changes
with each other and with older rules), on the grader at 9499e99; nothing over 0.1 s.

One mechanism, closed: the refusal of two-entry angle brackets counted commas in the raw answer, before the rewrites
that make commas (`\text{,}` becomes one, and so does a `\quad` between values), so `\langle -6\text{,} 1 \rangle` and
`\langle -\sqrt{3} \quad \sqrt{3} \rangle` still read as open intervals. Now the entries are counted in the normalised
text, as the parser sees them. Debatable, left: an empty piece written with square brackets is dropped from a union
(`[-2,4] \cup [4,-2]` is `[-2,4]`: the reversed copy is the empty set, which adds nothing).
"""


def response(category, answer):
    return "...reasoning...</think>\nThe answer is \\boxed{" + answer + "}."


HELDOUT243 = [
    ('vector_text_comma', '(-6, 1)', '\\langle -6\\text{,} 1 \\rangle', 0),
    ('vector_text_comma', '(-6, 1)', '\\langle -6\\mbox{,} 1 \\rangle', 0),
    ('vector_text_comma', '(-\\sqrt{3}, \\sqrt{3})', '\\langle -\\sqrt{3}\\text{,}\\sqrt{3}\\rangle', 0),
    ('vector_text_comma', '(-11, -10)', '\\left\\langle -11 \\text{,} -10 \\right\\rangle', 0),
    ('vector_text_comma', '(1,6)', '\\langle 1\\textrm{,}6\\rangle', 0),
    ('vector_wide_space', '(-\\sqrt{3}, \\sqrt{3})', '\\langle -\\sqrt{3} \\quad \\sqrt{3} \\rangle', 0),
    ('vector_wide_space', '(-\\sqrt{3}, \\sqrt{3})', '\\langle -\\sqrt{3}\\;\\; \\sqrt{3} \\rangle', 0),
    ('vector_wide_space', '\\left(\\frac{1}{8},\\frac{1}{3}\\right)', '\\left\\langle \\frac{1}{8} \\quad \\frac{1}{3} \\right\\rangle', 0),
]
