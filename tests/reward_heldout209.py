r"""Reward round 89: a WHITE-box audit that BEAT THE SAMPLE POINTS BY CONSTRUCTION (the fixed points, the public
ranges of the drawn ones, the kink and far points, the second look), on the grader at 3ece831; nothing over 0.1 s.

One mechanism, closed, in three parts that all had to hold: the near drawn points lay on a public grid (m/5 plus a
public nudge), so a product of sines vanished at every point the draw could pick; the far points passed over a value
past the bounds, and a factor equal to 1 everywhere (`\frac{e^u + e^{-u}}{2\cosh u}`) overflows there; and the gap at two
depths was taken at the first fixed point, where an exact factor (x - x_0) made it 0. So the gold plus such a term
scored 1 against any gold in a real variable. Now the near drawn points carry drawn irrational nudges, and the gap is
taken at a drawn point. Held: discrete golds (a term vanishing on every drawn integer needs a binomial, a period or a
floor that `_selects`, `_period` and `_hides` refuse).
"""


def response(category, answer):
    return "...reasoning...</think>\nThe answer is \\boxed{" + answer + "}."


HELDOUT209 = [
    ('sample-points', '10x', '10x+(x+\\frac{31551900362851952253892930394927602752388109374715}{11692013098647223345629478661730264157247460343808})\\sin(100\\pi(x-\\frac{\\sqrt{2}}{1000}))\\sin(5\\pi(x-\\frac{\\sqrt{5}}{1000}))\\sin(5\\pi(x-\\frac{\\sqrt{8}}{1000}))\\sin(5\\pi(x-\\frac{\\sqrt{11}}{1000}))\\frac{e^{x^{10}/4000000000}+e^{-x^{10}/4000000000}}{2\\cosh(x^{10}/4000000000)}', 0),
    ('sample-points', '2xy + 10x + 20y + 100', '2xy+10x+20y+100+(x+\\frac{31551900362851952253892930394927602752388109374715}{11692013098647223345629478661730264157247460343808})\\sin(100\\pi(x-\\frac{\\sqrt{2}}{1000}))\\sin(5\\pi(x-\\frac{\\sqrt{5}}{1000}))\\sin(5\\pi(x-\\frac{\\sqrt{8}}{1000}))\\sin(5\\pi(x-\\frac{\\sqrt{11}}{1000}))\\frac{e^{x^{10}/4000000000}+e^{-x^{10}/4000000000}}{2\\cosh(x^{10}/4000000000)}', 0),
    ('sample-points', '8n^2 + 4n + 1', '8n^2+4n+1+(n+\\frac{31551900362851952253892930394927602752388109374715}{11692013098647223345629478661730264157247460343808})\\sin(100\\pi(n-\\frac{\\sqrt{2}}{1000}))\\sin(5\\pi(n-\\frac{\\sqrt{5}}{1000}))\\sin(5\\pi(n-\\frac{\\sqrt{8}}{1000}))\\sin(5\\pi(n-\\frac{\\sqrt{11}}{1000}))\\frac{e^{n^{10}/4000000000}+e^{-n^{10}/4000000000}}{2\\cosh(n^{10}/4000000000)}', 0),
    ('sample-points', '\\cot x', '\\cot x+(x+\\frac{31551900362851952253892930394927602752388109374715}{11692013098647223345629478661730264157247460343808})\\sin(100\\pi(x-\\frac{\\sqrt{2}}{1000}))\\sin(5\\pi(x-\\frac{\\sqrt{5}}{1000}))\\sin(5\\pi(x-\\frac{\\sqrt{8}}{1000}))\\sin(5\\pi(x-\\frac{\\sqrt{11}}{1000}))\\frac{e^{x^{10}/4000000000}+e^{-x^{10}/4000000000}}{2\\cosh(x^{10}/4000000000)}', 0),
    ('sample-points', '$2^{k}$', '2^{k}+(k+\\frac{31551900362851952253892930394927602752388109374715}{11692013098647223345629478661730264157247460343808})\\sin(100\\pi(k-\\frac{\\sqrt{2}}{1000}))\\sin(5\\pi(k-\\frac{\\sqrt{5}}{1000}))\\sin(5\\pi(k-\\frac{\\sqrt{8}}{1000}))\\sin(5\\pi(k-\\frac{\\sqrt{11}}{1000}))\\frac{e^{k^{10}/4000000000}+e^{-k^{10}/4000000000}}{2\\cosh(k^{10}/4000000000)}', 0),
]
