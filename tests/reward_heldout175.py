r"""Reward round 72 (a black-box attack on the grader at d0ed03b: round 71's three changes, rounds 69-70's re-tested,
then golds the policy rarely sees, all of OlympiadBench and Minerva and 1,145 odd training golds): no false positive.

A helper who never read reward.py, the tests or the bench made ~15,000 calls (13,214 mutations of 1,820 golds, ~1,500
by hand; slowest 0.04 s). Every new rule held: cancelling symbols in matrix sums, angles joined by `and`, letters each
in their own `\text{}`; and the rare golds (Minerva decimals and scientific notation, OlympiadBench units, equations,
unions with infinity, floors that differ only at large integers, complex logarithms, degrees, money, clock times,
response-level boxing) gave no false positive. Left as debatable: `0.49(2)` (a repeating decimal here, an uncertainty
to a physicist) for 0.49; `08:34` for `8:34 p.m.`; `x+y+z \equiv 0` for the plane; `x<2, x>3` (the comma as `or`)
for the union of rays. Natural false negatives: the rows below, degree arithmetic (`90^\circ - 60^\circ`: the last
degree sign was taken for the unit of the whole, so the first was left alone and refused) are now accepted, and a
ratio of angles is refused (`24^\circ/2^\circ` is the number 12). Left: `t(0,4]` (an OlympiadBench gold that names
its variable), an ODE scaled by V, `y(t)` for `y`, `x \notin [2,3]`, `20:34` for 8:34 p.m., `41^\circ 48'` for 41.8°,
`\frac{600\text{ km}}{7\text{ h}}`.
"""


def response(category, answer):
    return "...reasoning...</think>\nThe answer is \\boxed{" + answer + "}."


HELDOUT175 = [
    ("degree arithmetic", "30^\\circ", "90^\\circ - 60^\\circ", 1),
    ("degree arithmetic", "60^\\circ", "180^\\circ - 120^\\circ", 1),
    ("degree arithmetic", "60^\\circ", "30^\\circ+30^\\circ", 1),
    ("degree arithmetic", "12^\\circ", "24^\\circ/2^\\circ", 0),
    ("degree arithmetic", "12", "\\frac{24^\\circ}{2^\\circ}", 0),
    ("degree arithmetic", "60^\\circ", "30^\\circ+30", 0),
]
