r"""Reward round 110: a WHITE-box audit by MUTATION SEARCH, then reading, on the grader at 050d23e. Four fuzzers made
meaning-changing edits of correct answers to real golds (a digit, a sign, brackets, `+`/`-`, `<`/`\le`, `\cup`/`\cap`,
letters, root indices, exponents, an added factor or value; then each value-changing edit wrapped in 76 covers:
fonts, `\%`, `°`, `_{10}`, `\phantom`, `\color`, `\boxed`, `P(A)=`, set-builders, cases, `\over`, `$...$`): about
231,000 scored calls on 3,761 golds, none over 1 s.

No false positive: every mutant that scored 1 kept the gold's value (`0\cdot\pi`, `2!`, `-0`), rounded to a decimal
gold at its own digits, or was on the known-open list (`x^2 = 97`). A format leniency with the gold's own value:
`\end{pmatriy}` is not checked against its `\begin`. Left (natural false negatives, below): the one gold written with
`\triangle ABC` has no math reading, so only its own spelling scores.
"""


def response(category, answer):
    return "...reasoning...</think>\nThe answer is \\boxed{" + answer + "}."


HELDOUT251 = [
    ("natural, left", "\\frac{1}{7}\\triangle ABC", "\\frac17\\triangle ABC", 1),
    ("natural, left", "\\frac{1}{7}\\triangle ABC", "\\frac{\\triangle ABC}{7}", 1),
    ("natural, left", "\\frac{1}{7}\\triangle ABC", "\\frac{1}{7} \\cdot \\triangle ABC", 1),
]
