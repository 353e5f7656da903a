r"""Reward round 74 (a black-box attack on the grader at 25a089b: round 73's rewrite of degree signs, the gold
`a \approx b`, then a free search): no false positive, no call over 0.1 s.

A helper who never read reward.py, the tests or the bench made ~2,300 calls. Degree signs on bracketed and braced terms,
in sums, products, quotients, powers, roots, factorials, percents, tuples, sets, equations and labels, with minutes
and seconds, Celsius and Fahrenheit, and against golds without degrees: every wrong value scored 0. The gold `a \approx
b` let no wrong side through. Held too: ~15 unit families, a.m./p.m., percent look-alikes, digit groupings,
`\frac123`, functions equal only at integers, whole responses, and slow inputs (2,000-term degree sums, 100,000-digit
decimals). The rows below are the natural false negatives it found. Accepted since: `\approx` on the answer where the
gold has one, `30{}^\circ`, degrees and minutes (`7^\circ 30'`), `€2`, `\tan{15^\circ}`. Left: `4'` for 4 feet and
`60''` for 60 inches (a prime is a minute of arc too), and the polar form `16\operatorname{cis}240^\circ`. Left as
debatable: `(6^\circ, 235)` for `(6,235^\circ)` (a degree sign on either part), `2, 3, \text{ or } 4` for
`2, 3, \text{ and } 4`.
"""


def response(category, answer):
    return "...reasoning...</think>\nThe answer is \\boxed{" + answer + "}."


HELDOUT179 = [
    ("gold with approx", "\\$\\dfrac23 \\approx \\$0.67", "\\approx \\$0.67", 1),
    ("gold with approx", "\\$\\dfrac23 \\approx \\$0.67", "\\approx 0.67", 1),
    ("gold with approx", "\\$\\dfrac23 \\approx \\$0.67", "\\frac{2}{3} \\approx 0.67", 1),
    ("gold with approx", "\\$\\dfrac23 \\approx \\$0.67", "\\$\\frac{2}{3} \\approx \\$0.67", 1),
    ("degree after an empty group", "30^\\circ", "30{}^\\circ", 1),
    ("degrees and minutes", "7.5^\\circ", "7^\\circ 30'", 1),
    ("degrees and minutes", "137.5\\text{ degrees}", "137^\\circ 30'", 1),
    ("currency before the number", "2 \\text{ euros}", "€2", 1),
    ("feet and inches as primes", "4 \\text{ feet}", "4'", 1),
    ("feet and inches as primes", "60\\text{ inches}", "60''", 1),
    ("braced trig argument in degrees", "\\tan 15^\\circ", "\\tan{15^\\circ}", 1),
    ("polar form", "-8-8\\sqrt{3}i\n", "16\\operatorname{cis}240^\\circ", 1),
]
