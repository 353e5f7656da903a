r"""Reward round 111: a WHITE-box audit of the twenty-second session's own changes to the grader (its diff, every hunk,
and the functions around them), on the grader at 050d23e; about 110 probes on real golds, nothing over 2 s.

Two mechanisms, closed. (1) The refusal of a two-entry `\langle a, b\rangle` against a gold that is no vector counted
commas only, so the Czech closed interval written with a semicolon, `\langle -6; 1\rangle`, still read as the open
interval (-6, 1); now `;` parts the entries too. (2) A fraction of units, `\frac{\text{kcal}}{\text{yr}}`, was
rewritten as the text `kcal/yr`, so a unit written after it joined what is below the bar: `\frac{kcal}{yr}\,m^2` and
`\frac{kcal}{m^2}\,yr` both read as kcal m^-2 yr^-1. The units below the bar now carry negative powers (the bar ends at
its brace, and a power's brace is its own), which also reads `\frac{kcal}{m^2}\text{yr}^{-1}` right (it scored 0).
Left: `\text{kcal}/\text{m}^2/\text{yr}` and `\text{kcal}/(\text{m}^2\cdot\text{yr})` (slashes in a row, a bracketed
denominator) are read as words.
"""


def response(category, answer):
    return "...reasoning...</think>\nThe answer is \\boxed{" + answer + "}."


KCAL = ["15000 \\text{ kcal m}^{-2} \\text{yr}^{-1}\n", "15000\n"]

HELDOUT253 = [
    ("interval", "(-6, 1)", r"\langle -6; 1\rangle", 0),
    ("interval", "(-11, -10)", r"\langle -11; -10\rangle", 0),
    ("interval", r"(-\sqrt{3}, \sqrt{3})", r"\langle -\sqrt{3}; \sqrt{3}\rangle", 0),
    ("interval", r"\left(\frac{1}{2},\frac{2}{3}\right)", r"\left\langle \frac{1}{2} ; \frac{2}{3} \right\rangle", 0),
    ("interval", "(0,9)", r"\langle 0;9\rangle", 0),
    ("units", KCAL, r"15000 \frac{\text{kcal}}{\text{yr}}\,\text{m}^2", 0),
    ("units", KCAL, r"15000 \frac{\text{kcal}}{\text{m}^2}\,\text{yr}", 0),
    ("units", KCAL, r"15000\,\frac{\text{kcal}}{\text{m}^{2}}\,\text{year}", 0),
    ("units", KCAL, r"15000 \frac{\text{kcal}}{\text{m}^2} \text{yr}^{-1}", 1),
    ("units", KCAL, r"15000 \frac{\text{kcal}}{\text{m}^2 \cdot \text{yr}}", 1),
]
