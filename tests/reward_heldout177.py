r"""Reward round 73 (a black-box attack on the grader at e348e2f: universal answers over every gold, answer shapes,
the gold's side). Two mechanisms found, both about degree signs, and one natural false negative.

A helper who never read reward.py, the tests or the bench made ~776,000 calls (two loops over all 3,817 distinct golds:
~100 generic answers and ~100 answer shapes each, ~600 by hand; none over 1 s). No universal answer passed. The two
mechanisms: a `^\circ` after the `)` or `}` of a sum's last term was taken for the unit of the whole answer
(`29 + (1)^\circ` for 30°), and so was one on the divisor of an inline slash (`900/30^\circ` for 30°). A degree sign
is now always its own term's, read by the parser; a lone one still makes the answer an angle. The natural false
negative: the training gold `\$\dfrac23 \approx \$0.67` accepted only itself; a gold `a \approx b` now takes either
side. Left as debatable: `05\!:\!00` for `5:0`, `0,1` for `(0,1)`, `0.564` for the gold `0.56=56\%`.
"""


def response(category, answer):
    return "...reasoning...</think>\nThe answer is \\boxed{" + answer + "}."


HELDOUT177 = [
    ("degree on a bracketed last term", "30^\\circ", "29 + (1)^\\circ", 0),
    ("degree on a bracketed last term", "30^\\circ", "32 - \\sqrt{4}^\\circ", 0),
    ("degree on a bracketed last term", "\\tan 15^\\circ", "2 - \\sqrt{3}^\\circ", 0),
    ("degree on a bracketed last term", "\\frac{1}{2}", "1 - \\frac{1}{2}^\\circ", 0),
    ("degree on a bracketed last term", "5", "4 + \\frac{2}{2}^\\circ", 0),
    ("angle below an inline slash", "30^\\circ", "900/30^\\circ", 0),
    ("angle below an inline slash", "30^\\circ", "60 \\div 2^\\circ", 0),
    ("angle below an inline slash", "60^\\circ", "3600/60^\\circ", 0),
    ("angle below an inline slash", "45^\\circ", "2025/45^\\circ", 0),
    ("gold with approx", "\\$\\dfrac23 \\approx \\$0.67", "\\$0.67", 1),
    ("gold with approx", "\\$\\dfrac23 \\approx \\$0.67", "0.67", 1),
    ("gold with approx", "\\$\\dfrac23 \\approx \\$0.67", "\\frac{2}{3}", 1),
]
