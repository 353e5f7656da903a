r"""Reward round 69 (a black-box attack on the grader at 00f7d3b, by a new method: differential, against math-verify
0.9.0 as a second opinion): the false positives it found that the grader now refuses (label 0), and the natural false
negatives it found that the grader now accepts (label 1).

A helper who never read reward.py, the tests or the bench built ~45,000 policy-style answers for 3,769 real golds
(mutations of correct forms, near misses, ~120 LaTeX decorations), scored each with both graders, and triaged the
disagreements by tests/reward_contract.md: of 2,460 pairs where ours said 1 and math-verify 0, one was our false
positive (the rest math-verify's false negatives: `339.\overline{9}`, `\nicefrac`, `1\,000`, ...); of 5,192 the other
way, one family was our natural false negative (the rest math-verify's false positives: `5 + 0x`, `\approx N`,
`N, N`, `817\%`, ...). No call over 0.03 s; ~100 response-level probes found nothing.

Closed: golds made only of capital letters (options `D, E`, letters in order `LQSX`, a segment `CD`) were products
of symbols, so `--LQSX` and `\frac{2CD}{2}` matched; they are now letters, compared as text. And `\( \)` around a
boxed answer now delimits math as `$ $` does. Left open as debatable: an inequality for a gold pair that the source
problem calls a point (`2 < x < 3` for `(2,3)`): the gold string alone may be an open interval.
"""


def response(category, answer):
    return "...reasoning...</think>\nThe answer is \\boxed{" + answer + "}."


HELDOUT169 = [
    ("letter-list-as-algebra", "D, E", "D + 0, E", 0),
    ("letter-list-as-algebra", "D, E", "1D, E", 0),
    ("letter-list-as-algebra", "D, E", "--D, E", 0),
    ("letter-list-as-algebra", "LQSX", "--LQSX", 0),
    ("letter-list-as-algebra", "LQSX", "LQSX\\cdot 1", 0),
    ("letter-list-as-algebra", "CD", "\\frac{2CD}{2}", 0),
    ("delimiters", "5", "\\(5\\)", 1),
    ("delimiters", "\\frac{1}{2}", "\\(\\frac12\\)", 1),
    ("delimiters", "2\\sqrt{3}", "\\(2\\sqrt{3}\\)", 1),
    ("delimiters", "\\left( -\\frac{3}{5}, -\\frac{4}{5} \\right)", "\\(\\left( -\\frac{3}{5}, -\\frac{4}{5} \\right)\\)", 1),
    ("delimiters", "(2,3)", "\\((2,3)\\)", 1),
]
