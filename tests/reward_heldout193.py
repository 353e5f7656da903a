r"""Reward round 81: a second WHITE-box audit for SLOW calls, where the first did not reach (symbolic max/min, matchings,
unions, relations, kinks, and every sign or comparison of an exact zero in twelve roots), on the grader at ec698b2.

One slow mechanism and one false positive, both closed. `_kinks` rewrote every even root of a polynomial through
sympy's `factor` (so that `\sqrt{x^2+14x+49}` is |x+7|), with no bound on symbols or coefficients: against a gold in
two or more variables, `\sqrt{(a+10^{100}b+1)^{12}-(10^{90}a-b)^{12}}` ran past 60 s, six roots in four variables 9 s.
Now only a base in one symbol, or of degree 4 at most, with coefficients under 64 bits, is factored. And sympy cancels
Z/Z to 1 though Z = \sqrt2+\sqrt3-\sqrt{5+2\sqrt6} is 0: a constant denominator within 10^{-30} of 0 is refused.
Held (all under 0.05 s): the twelve-root zero in |.|, floor, ceiling, max, min, roots, powers, exponents, factorial,
binomial, Γ, logs, trig, percent, interval ends, unions, set differences, relations, sets, tuples and matrices; size
bounds on half-integer factorials and Γ; 63 exclusions; a union of 63 pieces.
"""


def response(category, answer):
    return "...reasoning...</think>\nThe answer is \\boxed{" + answer + "}."


HELDOUT193 = [
    ('slow factoring of a root', 'a + b + c + 3x', 'a + b + c + 3x+\\sqrt{(a+b+c+x+1)^{12}-(a-b+2)^{12}}', 0),
    ('slow factoring of a root', 'a + b + c + 3x', 'a + b + c + 3x+\\sqrt{(a+b+c+x+1)^{12}-(a-b+2)^{12}}+\\sqrt{(a+b+c+x+2)^{12}-(a-b+3)^{12}}+\\sqrt{(a+b+c+x+3)^{12}-(a-b+4)^{12}}', 0),
    ('slow factoring of a root', 'a + b + c + 3x', 'a + b + c + 3x+\\sqrt{(a+b+c+x+1)^{12}-(a-b+2)^{12}}+\\sqrt{(a+b+c+x+2)^{12}-(a-b+3)^{12}}+\\sqrt{(a+b+c+x+3)^{12}-(a-b+4)^{12}}+\\sqrt{(a+b+c+x+4)^{12}-(a-b+5)^{12}}+\\sqrt{(a+b+c+x+5)^{12}-(a-b+6)^{12}}+\\sqrt{(a+b+c+x+6)^{12}-(a-b+7)^{12}}', 0),
    ('slow factoring of a root', 'a + b + c + 3x', 'a + b + c + 3x+\\sqrt{(a+b+c+x+1)^{12}-(a-b-c+x)^{12}}+\\sqrt{(a+b+c+x+2)^{12}-(a-b-c+x)^{12}}+\\sqrt{(a+b+c+x+3)^{12}-(a-b-c+x)^{12}}+\\sqrt{(a+b+c+x+4)^{12}-(a-b-c+x)^{12}}+\\sqrt{(a+b+c+x+5)^{12}-(a-b-c+x)^{12}}+\\sqrt{(a+b+c+x+6)^{12}-(a-b-c+x)^{12}}', 0),
    ('slow factoring of a root', 'a + b + c + 3x', 'a + b + c + 3x+\\sqrt{(a+2b+c+x)^{12}-(a-c+2)^{12}}+\\sqrt{(a+3b+c+x)^{12}-(a-c+3)^{12}}+\\sqrt{(a+4b+c+x)^{12}-(a-c+4)^{12}}+\\sqrt{(a+5b+c+x)^{12}-(a-c+5)^{12}}+\\sqrt{(a+6b+c+x)^{12}-(a-c+6)^{12}}+\\sqrt{(a+7b+c+x)^{12}-(a-c+7)^{12}}', 0),
    ('slow factoring of a root', 'a + b + c + 3x', 'a + b + c + 3x + \\sqrt{(a+b+10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000007)^{12}-(a-1000000000000000000000000000000000000000000000000000000000000000000000000000000000000000003b)^{12}}', 0),
    ('slow factoring of a root', 'a + b + c + 3x', 'a + b + c + 3x + \\sqrt{(a+10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000007b+1)^{12}-(1000000000000000000000000000000000000000000000000000000000000000000000000000000000000000003a-b)^{12}}', 0),
    ('slow factoring of a root', '\\frac{bx}{h}(h-x)', '\\frac{bx}{h}(h-x) + \\sqrt{(x+10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000007h+1)^{12}-(1000000000000000000000000000000000000000000000000000000000000000000000000000000000000000003x-h)^{12}}', 0),
    ('slow factoring of a root', 'a + b + c + 3x', 'a + b + c + 3x + \\sqrt[4]{(a+10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000007b+1)^{12}-(1000000000000000000000000000000000000000000000000000000000000000000000000000000000000000003a-b)^{12}}', 0),
    ('slow factoring of a root', 'p - q', 'p - q + \\sqrt{(p+100000000000000000007q+1)^{12}-(100000000000000000003p-q)^{12}}', 0),
    ('slow factoring of a root', '(a+5)(b+2)', '(a+5)(b+2)+\\sqrt{(a+100000000000000000007b+1)^{12}-(100000000000000000003a-b)^{12}}', 0),
    ('slow factoring of a root', 'p - q', 'p - q + \\sqrt{(p+1000000q+1)^{12}-(2000000p-q)^{12}} + \\sqrt{(p+1000001q+1)^{12}-(2000001p-q)^{12}} + \\sqrt{(p+1000002q+1)^{12}-(2000002p-q)^{12}} + \\sqrt{(p+1000003q+1)^{12}-(2000003p-q)^{12}} + \\sqrt{(p+1000004q+1)^{12}-(2000004p-q)^{12}} + \\sqrt{(p+1000005q+1)^{12}-(2000005p-q)^{12}}', 0),
    ('zero over itself', '1', '\\frac{\\sqrt2+\\sqrt3-\\sqrt{5+2\\sqrt6}}{\\sqrt2+\\sqrt3-\\sqrt{5+2\\sqrt6}}', 0),
    ('zero over itself', '1', '\\frac{\\sqrt2+\\sqrt3+\\sqrt5+\\sqrt7+\\sqrt{11}+\\sqrt{13} - (\\sqrt{5+2\\sqrt6}+\\sqrt{12+2\\sqrt{35}}+\\sqrt{24+2\\sqrt{143}})}{\\sqrt2+\\sqrt3+\\sqrt5+\\sqrt7+\\sqrt{11}+\\sqrt{13} - (\\sqrt{5+2\\sqrt6}+\\sqrt{12+2\\sqrt{35}}+\\sqrt{24+2\\sqrt{143}})}', 0),
    ('zero over itself', '1', '\\frac{\\sqrt2+\\sqrt3}{\\sqrt2+\\sqrt3}', 1),
]
