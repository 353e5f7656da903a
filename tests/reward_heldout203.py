r"""Reward round 86: a WHITE-box audit of STRUCTURED VALUES (matrices, vectors, tuples, points, complex numbers: the
parser's rows, brackets and environments, transposes, inverses and powers, arithmetic on matrices, row and column
vectors, unit vectors, complex forms), on the grader at 25f17a4; ~80 probes on real golds, nothing over 0.2 s.

One false-positive mechanism, closed: at a sample point where both sides are complex and differ by an imaginary part
alone, `_agree` passed over the point as another branch (its purpose: ln(1/x) = -ln x for x < 0); so against a complex
gold with no branches at all (Minerva's transfer functions), the gold plus i times a polynomial vanishing at three
sample points, or with |ω| for ω, scored 1. Now a point is passed over only where both sides hold a logarithm, an
inverse function or a root. Held: matrices by shape and entry, transposes, determinants refused, hedges, intervals
against vectors, conjugates and moduli. Natural false negatives, left: `\operatorname{cis}`, unit vectors `7\mathbf{i}
+ 5\mathbf{j}` against a column gold, a scalar times a tuple.
"""


def response(category, answer):
    return "...reasoning...</think>\nThe answer is \\boxed{" + answer + "}."


HELDOUT203 = [
    ('complex branch skip', '\\frac{2-\\omega^{2}-\\frac{\\omega i}{4}}{\\omega^{4}-\\frac{63}{16} \\omega^{2}+4}\n', '\\frac{2-\\omega^{2}-\\frac{|\\omega| i}{4}}{\\omega^{4}-\\frac{63}{16} \\omega^{2}+4}', 0),
    ('complex branch skip', '\\frac{2-\\omega^{2}-\\frac{\\omega i}{4}}{\\omega^{4}-\\frac{63}{16} \\omega^{2}+4}\n', '\\frac{2-\\omega^{2}-\\frac{\\sqrt{\\omega^2}\\, i}{4}}{\\omega^{4}-\\frac{63}{16} \\omega^{2}+4}', 0),
    ('complex branch skip', '\\frac{2-\\omega^{2}-\\frac{\\omega i}{4}}{\\omega^{4}-\\frac{63}{16} \\omega^{2}+4}\n', '\\frac{2-\\omega^{2}-\\frac{(\\omega+|\\omega| + 7(|\\omega|-\\omega))i}{8}}{\\omega^{4}-\\frac{63}{16} \\omega^{2}+4}', 0),
    ('complex branch skip', '\\frac{2-\\omega^{2}-\\frac{\\omega i}{4}}{\\omega^{4}-\\frac{63}{16} \\omega^{2}+4}\n', '\\frac{2-\\omega^{2}-\\frac{\\omega i}{4}}{\\omega^{4}-\\frac{63}{16} \\omega^{2}+4} + i(\\omega+2.7-\\frac{\\sqrt2}{1000})(\\omega-0.37-\\frac{\\sqrt2}{1000})(\\omega-1.9-\\frac{\\sqrt2}{1000})', 0),
    ('complex branch skip', '\\frac{4A}{3+3i}e^{it}\n', '\\frac{4A}{3+3i}e^{it} + i(t-2.9-\\frac{\\sqrt3}{1000})(t-0.39-\\frac{\\sqrt3}{1000})(t-6.3-\\frac{\\sqrt3}{1000})', 0),
    ('complex branch skip', '\\frac{e^{2it}}{2+2i} + Ce^{-2t}\n', '\\frac{e^{2it}}{2+2i} + Ce^{-2t} + 100i(t-2.9-\\frac{\\sqrt3}{1000})(t-0.39-\\frac{\\sqrt3}{1000})(t-6.3-\\frac{\\sqrt3}{1000})', 0),
    ('natural, left', '1+\\sqrt{3}i', '2\\operatorname{cis}\\frac{\\pi}{3}', 1),
    ('natural, left', '\\begin{pmatrix} 7 \\\\ 5 \\end{pmatrix}', '7\\mathbf{i} + 5\\mathbf{j}', 1),
    ('natural, left', '\\begin{pmatrix} 7 \\\\ 5 \\end{pmatrix}', '7\\hat{i} + 5\\hat{j}', 1),
    ('natural, left', '\\begin{pmatrix} 4/7 \\\\ 5/7 \\\\ 8/7 \\end{pmatrix}', '\\frac{1}{7}(4, 5, 8)', 1),
]
