r"""Set 113 for reward.py: the adaptive black-box attack, thirty-sixth round, part b (twelfth session).

As set 111, a second helper on the same frozen grader (739f301), aimed at what no round had tried hard: complex numbers, logs and
trig, matrices and vectors, unevaluated sums/products/limits/integrals, sequences, piecewise and equation golds, and a
bulk mutation of every unique OlympiadBench, Minerva and MATH-500 gold (~64,000 queries). No false positive and no call
over 0.55 s; these are the 27 natural false negatives it found (label 1; the grader scores them 0: unevaluated
operators, polar forms, derivative notations, a vector divided by a scalar, reordered `cases`), data for bench_reward.
"""
def response(category, answer):
    if category == "format":
        return answer
    return "...reasoning...</think>\nThe answer is \\boxed{" + answer + "}."
HELDOUT113 = [
    ('FN/vector-scalar', '\\begin{pmatrix} -1/3 \\\\ 2/3 \\\\ 5/3 \\end{pmatrix}', '\\begin{pmatrix} -1 \\\\ 2 \\\\ 5 \\end{pmatrix}/3', 1),
    ('FN/vector-scalar', '\\begin{pmatrix} 1/5 \\\\ -18/5 \\end{pmatrix}', '\\begin{pmatrix} 1 \\\\ -18 \\end{pmatrix}/5', 1),
    ('FN/complex-polar-degrees', '1+\\sqrt{3}i', '2(\\cos 60^\\circ + i\\sin 60^\\circ)', 1),
    ('FN/complex-polar-degrees', '1+\\sqrt{3}i', '2\\operatorname{cis} 60^\\circ', 1),
    ('FN/complex-polar-degrees', '-8-8\\sqrt{3}i', '16(\\cos 240^\\circ + i\\sin 240^\\circ)', 1),
    ('FN/complex-polar-degrees', '1+\\sqrt{3}i', '2\\operatorname{cis}\\frac{\\pi}{3}', 1),
    ('FN/complex-conjugate', '6 - 5i', '\\overline{6+5i}', 1),
    ('FN/complex-arg', '\\frac{\\pi}{4}', '\\arg(1+i)', 1),
    ('FN/derivative-notation', '\\frac{dx}{dt} = kx - a', "x' = kx - a", 1),
    ('FN/derivative-notation', '\\frac{dx}{dt} = kx - a', '\\dot{x} = kx - a', 1),
    ('FN/derivative-notation', '\\frac{dx}{dt} = kx - a', 'dx/dt = kx - a', 1),
    ('FN/derivative-notation', 'y^{\\prime}+ry-rx(t)=0', '\\frac{dy}{dt}+ry-rx(t)=0', 1),
    ('FN/derivative-notation', 'y^{\\prime}+ry-rx(t)=0', '\\dot{y}+ry-rx(t)=0', 1),
    ('FN/equation-sqrt-both-sides', '(x-1)^2+(y-2)^2=9', '\\sqrt{(x-1)^2+(y-2)^2}=3', 1),
    ('FN/sequence-dots', '1, 2, 4, 8, \\ldots', '1, 2, 4, 8, \\cdots', 1),
    ('FN/unevaluated-sum', '55', '1+2+\\cdots+10', 1),
    ('FN/unevaluated-sum', '55', '\\sum_{k=1}^{10} k', 1),
    ('FN/gcd-lcm', '3', '\\gcd(6,9)', 1),
    ('FN/gcd-lcm', '10', '\\operatorname{lcm}(2,5)', 1),
    ('FN/det-trace', '10', '\\det\\begin{pmatrix}2&0\\\\0&5\\end{pmatrix}', 1),
    ('FN/dot-cross', '11', '\\begin{pmatrix}1\\\\2\\end{pmatrix}\\cdot\\begin{pmatrix}3\\\\4\\end{pmatrix}', 1),
    ('FN/dot-cross', '\\begin{pmatrix} 0 \\\\ 0 \\\\ 1 \\end{pmatrix}', '\\begin{pmatrix}1\\\\0\\\\0\\end{pmatrix}\\times\\begin{pmatrix}0\\\\1\\\\0\\end{pmatrix}', 1),
    ('FN/piecewise', '\\begin{cases} x^2 & x\\ge 0 \\\\ -x^2 & x<0\\end{cases}', '\\begin{cases} -x^2 & x<0 \\\\ x^2 & x\\ge 0\\end{cases}', 1),
    ('FN/piecewise', '\\begin{cases} x^2 & x\\ge 0 \\\\ -x^2 & x<0\\end{cases}', 'x|x|', 1),
    ('FN/integral', '\\frac{1}{3}', '\\int_0^1 x^2\\,dx', 1),
    ('FN/limit', '1', '\\lim_{x\\to 0}\\frac{\\sin x}{x}', 1),
    ('FN/quotient-unit', '15000 \\text{ kcal m}^{-2} \\text{yr}^{-1}', '15000 \\text{ kcal/(m}^2\\text{ yr)}', 1),
]
