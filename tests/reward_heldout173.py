r"""Reward round 71 (a black-box attack on the grader at 4f1e9c7: the rules of rounds 69-70 first, then a third
differential search against math-verify 0.9.0, on multi-answer golds, `\pm` golds, complex numbers, matrices and
whole responses): the false positives it found that the grader now refuses (label 0), and the natural false negatives
it found that the grader now accepts (label 1).

A helper who never read reward.py, the tests or the bench made ~8,400 calls (slowest 0.035 s). Every new rule held
(golds of capitals, `\( \)`, function values and angle ratios as labels, free `\pm` in tuples, set-builders, members
of tuples), and ~120 whole responses scored as the contract says. Of 721 pairs where ours said 1 and math-verify 0,
none was ours wrong; of 507 the other way, three mechanisms were our natural false negatives. Found: a free symbol that
cancels in a matrix sum (`tM + (1-t)M`, `M + x\cdot 0`), which the scalar path already refused (`5 + t - t`): now
refused for matrices too. Natural false negatives fixed: angles joined by `and` (`60^\circ \text{ and } 120^\circ`;
the degree sign swallowed the space the connective needs). Left: labelled tuples whose names have no customary order
(`(m,b) = (\frac32,-13)`; by design, set 111), and `x = 10^{1/100}` as a label (a root of index 100 in a comparison
is past the degree bound that keeps sympy's sign decisions fast).
"""


def response(category, answer):
    return "...reasoning...</think>\nThe answer is \\boxed{" + answer + "}."


HELDOUT173 = [
    ("matrix-free-symbol", "\\begin{pmatrix} 4 \\\\ -3 \\end{pmatrix}",
     "\\begin{pmatrix} 4 \\\\ -3 \\end{pmatrix} + x\\begin{pmatrix} 0 \\\\ 0 \\end{pmatrix}", 0),
    ("matrix-free-symbol", "\\begin{pmatrix} 4 \\\\ -3 \\end{pmatrix}",
     "\\begin{pmatrix} 4 \\\\ -3 \\end{pmatrix} + t\\begin{pmatrix} 1 \\\\ 1 \\end{pmatrix} - t\\begin{pmatrix} 1 \\\\ 1 \\end{pmatrix}", 0),
    ("matrix-free-symbol", "\\begin{pmatrix} 4 \\\\ -3 \\end{pmatrix}",
     "t\\begin{pmatrix} 4 \\\\ -3 \\end{pmatrix} + (1-t)\\begin{pmatrix} 4 \\\\ -3 \\end{pmatrix}", 0),
    ("matrix-free-symbol", "\\begin{pmatrix} 4 \\\\ -3 \\end{pmatrix}",
     "t^2\\begin{pmatrix} 4 \\\\ -3 \\end{pmatrix} + (1-t^2)\\begin{pmatrix} 4 \\\\ -3 \\end{pmatrix}", 0),
    ("angles-and", "60^\\circ, 120^\\circ", "60^\\circ \\text{ and } 120^\\circ", 1),
    ("angles-and", "$90^{\\circ}$,$60^{\\circ}$", "90^\\circ \\text{ and } 60^\\circ", 1),
]
