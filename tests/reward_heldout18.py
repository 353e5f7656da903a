"""Held-out set 18 for reward.py: attacks on the ten newest leniencies (written BLIND).

Built by hand from the grading contract (/work/briefs/contract.md) and the brief's list of new
leniencies; never opened reward.py, bench_reward.py, anything under tests/, or their history.
Some golds are copied in form from /work/shared/data/test/minerva.json (e.g. "4 \\times 10^{33}\\n",
"1 \\times 10^{-3}", "3 \\times 10^6"). Labels were checked by hand and with sympy in a scratch dir.

Families (category: what it attacks):
  sci      - integer-mantissa scientific golds are rounded golds (accept only answers rounding to the
             gold at the mantissa's significant digits, e.g. 940000 is NOT 1e6); golds that merely contain
             m*10^k (ln(2*10^10), 2*10^3+1, 1/(4*10^3), sqrt(4*10^6)) stay exact.
  units    - arcseconds/arcminutes/nm/um/micron: present/absent ok; other unit, conversions, powers,
             time-vs-angle (minutes vs arcminutes), non-unit words (arc, nano, nmol) are wrong.
  funcs    - max/min, binomials, Gamma (bare Gamma is a name), bmod/mod, odd real roots of negatives
             (even roots of negatives are not real numbers).
  labels   - left sides that are sums/differences/products of names; numbers on the left, every term
             negated, inequalities, wrong right sides are wrong.
  abs_sets - |x| < c, |x| >= c, R \\ (a,b), interval minus interval with every open/closed end flipped.
  letters  - letters-only golds answered as a product in the same order; reordered, sums, extra factors wrong.
  text     - unparseable base-subscript strings compared as text (case/spacing only).
  and_or   - 'and' is intersection, 'or' is union.
  cancel   - answers whose symbols cancel (5+0x, 5x/x, dv/dv) are wrong; dv/dt stays a name.
  bignum   - exact arithmetic on 2^65536, 2005!, 10^50000 (differences of 1, 2^-100 are wrong).
  dos      - gold 5, label 0: enormous/ nested max/min/binom/Gamma/mod/roots/abs/setminus/powers; each
             must return 0 quickly (< 2 s).
Left out as debatable: mantissa-boundary halves (3.5e33, 4.5e33), 'arcsec' abbreviations, negative
moduli (-7 mod 3), a mod 0, -37_8 vs -31, b*a for ab, '-m-n = 265' against gold -265, 'x + 0 = 5',
a^2 + b = 12 as a label, degenerate intervals [0,0], controls whose exact value exceeds the
200,000-bit bound (a refusal would make them unscoreable), two labelled values at once.

Scored once after the commit (reward.py at 12cd664): accuracy 0.959, 7 FP, 23 FN. One row was removed afterwards, on
its author's review (`|x| = 3` labelled 0 for 3: the contract's `|AB| = 1` makes it a label). The other 6 FP and 10 FN
were fixed; left as FN: inequalities that are not `|x| < c` (`x^2 < 2`, `|x - 1| < 2`), `|x| \\ge 0`, an interval
removed that is not inside the other, `1a_{16}`, `and` with `x \\ne 2`, 100^{25000} (over the size bound).
"""


def response(category, answer):
    if category == "format":
        return answer
    return "...reasoning...</think>\nThe answer is \\boxed{" + answer + "}."


HELDOUT18 = []
def _add(cat, gold, rows):
    for a, y in rows:
        HELDOUT18.append((cat, gold, a, y))

# ---------------- sci ----------------
_add("sci", "4 \\times 10^{33}\n", [
    (r"3.9 \times 10^{33}", 1), (r"4.4 \times 10^{33}", 1), (r"3.6 \times 10^{33}", 1),
    (r"4 \times 10^{33}", 1), (r"4.0 \times 10^{33}", 1), (r"40 \times 10^{32}", 1),
    (r"4.49 \times 10^{33}", 1), (r"3.51 \times 10^{33}", 1),
    (r"4.6 \times 10^{33}", 0), (r"3.4 \times 10^{33}", 0), (r"4.51 \times 10^{33}", 0),
    (r"3.49 \times 10^{33}", 0), (r"4 \times 10^{32}", 0), (r"4 \times 10^{34}", 0),
    (r"4", 0), (r"10^{33}", 0), (r"-4 \times 10^{33}", 0), (r"\approx 4 \times 10^{33}", 0),
    (r"4 \times 10^{33} \pm 10^{32}", 0), (r"(3.9 \times 10^{33}, 4.1 \times 10^{33})", 0),
    (r"4 \times 10^{33}\%", 0), (r"4 \times 10^{33} x", 0), (r"4 \times 10^{-33}", 0),
    (r"4 \times 33", 0), (r"\text{about } 4 \times 10^{33}", 0), (r"4 \times 10^{33} \text{ million}", 0),
    (r"3.9 \times 10^{33}, 4.1 \times 10^{33}", 0),
])
_add("sci", r"3 \cdot 10^6", [
    (r"3000000", 1), (r"3.2 \times 10^6", 1), (r"2.6 \cdot 10^{6}", 1), (r"3{,}000{,}000", 1),
    (r"2.9 \times 10^{6}", 1), (r"3.4 \times 10^6", 1),
    (r"2.4 \times 10^6", 0), (r"3.6 \times 10^6", 0), (r"3 \times 10^5", 0), (r"300000", 0),
    (r"3 \cdot 6", 0), (r"30 \cdot 10^6", 0), (r"3 \cdot 10^6 \text{ or } 4 \cdot 10^6", 0),
])
_add("sci", r"1 \times 10^{-3}", [
    (r"0.001", 1), (r"0.0012", 1), (r"0.00096", 1), (r"1.4 \times 10^{-3}", 1),
    (r"0.0016", 0), (r"0.00094", 0), (r"0.01", 0), (r"10^{-4}", 0), (r"1 \times 10^{3}", 0), (r"-0.001", 0),
])
_add("sci", r"12 \times 10^{3}", [
    (r"12000", 1), (r"1.24 \times 10^{4}", 1), (r"11600", 1), (r"12.4 \times 10^3", 1),
    (r"12600", 0), (r"11400", 0), (r"1.3 \times 10^{4}", 0), (r"1.1 \times 10^4", 0),
])
_add("sci", r"6 \times 10^{23}", [
    (r"6.022 \times 10^{23}", 1), (r"60.22 \times 10^{22}", 1), (r"5.8 \times 10^{23}", 1),
    (r"6.02 \times 10^{22}", 0), (r"5.4 \times 10^{23}", 0), (r"6.7 \times 10^{23}", 0), (r"6 \times 10^{32}", 0),
])
_add("sci", r"1 \times 10^{6}", [
    (r"960000", 1), (r"1.4 \times 10^{6}", 1), (r"10^{6}", 1),
    (r"940000", 0), (r"1.6 \times 10^6", 0), (r"2 \times 10^6", 0),
])
# NOT a whole m x 10^k gold: stays exact
_add("sci", r"\ln(2\cdot 10^{10})", [
    (r"\ln 2 + 10 \ln 10", 1), (r"\ln(2 \times 10^{10})", 1), (r"\ln(20000000000)", 1),
    (r"\ln(1.9 \cdot 10^{10})", 0), (r"23.7189981105", 0), (r"23.7", 0), (r"2 \times 10^{1}", 0),
    (r"\ln(2.04 \cdot 10^{10})", 0), (r"\ln(2) \cdot 10^{10}", 0),
])
_add("sci", r"2 \times 10^{3} + 1", [
    (r"2001", 1), (r"2.0 \times 10^{3} + 1", 1),
    (r"2000", 0), (r"2001.2", 0), (r"1.9 \times 10^{3} + 1", 0), (r"2002", 0), (r"2.001 \times 10^{3}", 1),
])
_add("sci", r"4000", [(r"3900", 0), (r"4000.4", 0), (r"4 \times 10^{3}", 1), (r"4.1 \times 10^3", 0)])
_add("sci", r"\frac{1}{4 \times 10^{3}}", [(r"0.00025", 1), (r"0.00026", 0), (r"2.5 \times 10^{-4}", 1), (r"3 \times 10^{-4}", 0)])
_add("sci", r"(4 \times 10^{3})^2", [(r"16000000", 1), (r"1.7 \times 10^{7}", 0), (r"2 \times 10^{7}", 0)])
_add("sci", r"\sqrt{4 \times 10^{6}}", [(r"2000", 1), (r"2100", 0), (r"1900", 0)])

# ---------------- units ----------------
_add("units", r"0.5", [(r"0.5 \text{ arcseconds}", 1), (r"0.5 \text{ arcminutes}", 1), (r"0.5 \text{ nm}", 1),
    (r"0.5 \text{ arc}", 0), (r"0.5 \text{ nano}", 0), (r"5 \text{ arcseconds}", 0), (r"\text{about } 0.5 \text{ nm}", 0)])
_add("units", r"30 \text{ arcseconds}", [
    (r"30", 1), (r"30 \text{ arcseconds}", 1), (r"30 \text{ arcsecond}", 1),
    (r"30 \text{ arcminutes}", 0), (r"0.5 \text{ arcminutes}", 0), (r"30 \text{ seconds}", 0), (r"30^\circ", 0),
    (r"31 \text{ arcseconds}", 0), (r"30 \text{ nm}", 0),
])
_add("units", r"3 \text{ arcminutes}", [
    (r"3", 1), (r"3 \text{ arcminutes}", 1), (r"3 \text{ arcminute}", 1),
    (r"3 \text{ minutes}", 0), (r"3^\circ", 0), (r"180 \text{ arcseconds}", 0), (r"0.05^\circ", 0), (r"3 \text{ arcseconds}", 0),
])
_add("units", r"3^\circ", [(r"180 \text{ arcminutes}", 0), (r"3 \text{ arcminutes}", 0), (r"10800 \text{ arcseconds}", 0)])
_add("units", r"3 \text{ seconds}", [(r"3 \text{ arcseconds}", 0), (r"3 \text{ s}", 1)])
_add("units", r"500 \text{ nm}", [
    (r"500", 1), (r"500 \text{ nm}", 1), (r"500 \text{ nanometers}", 1), (r"500 \text{ nanometres}", 1),
    (r"5 \times 10^{2} \text{ nm}", 1), (r"500\,\mathrm{nm}", 1), (r"500 \mathrm{~nm}", 1),
    (r"0.5 \text{ um}", 0), (r"0.5 \text{ microns}", 0), (r"500 \text{ mm}", 0), (r"500 \text{ nm}^2", 0),
    (r"500 \text{ um}", 0), (r"5000 \text{ nm}", 0), (r"500 \text{ nm/s}", 0), (r"500 \text{ nmol}", 0),
    (r"500 \text{ m}", 0), (r"5 \times 10^{-7} \text{ m}", 0), (r"500 \text{ nm or } 600 \text{ nm}", 0),
    (r"499 \text{ nm}", 0), (r"500 \text{ micrometers}", 0), (r"500 \text{ cm}", 0),
])
_add("units", r"2 \text{ microns}", [
    (r"2", 1), (r"2 \text{ micron}", 1), (r"2 \text{ um}", 1), (r"2 \text{ micrometers}", 1), (r"2 \text{ micrometres}", 1),
    (r"2 \text{ nm}", 0), (r"2000 \text{ nm}", 0), (r"0.002 \text{ mm}", 0), (r"2 \text{ mm}", 0), (r"2 \text{ microns}^2", 0),
    (r"3 \text{ microns}", 0), (r"2 \text{ microseconds}", 0),
])
_add("units", r"1.3", [(r"1.27 \text{ arcseconds}", 1), (r"1.30 \text{ nm}", 1), (r"1.24 \text{ nm}", 0), (r"1.4 \text{ um}", 0)])
_add("units", r"3", [(r"3\,\text{nm}", 1), (r"3 \text{ nm} \text{ or } 4 \text{ nm}", 0), (r"30 \text{ nm}", 0),
    (r"3 \text{ arcseconds}", 1), (r"\text{at least } 3 \text{ nm}", 0), (r"3 \text{ nanometers}", 1)])
_add("units", r"656 \text{ nm}", [(r"656", 1), (r"6.56 \times 10^{-7} \text{ m}", 0), (r"0.656 \text{ microns}", 0), (r"656 \text{ nanometers}", 1), (r"6560 \text{ nm}", 0)])

# ---------------- funcs ----------------
_add("funcs", r"5", [
    (r"\max(3, 5)", 1), (r"\min(5, 7)", 1), (r"\max(1,2,5)", 1), (r"\min(5, 5, 9)", 1), (r"\max\left(3, 5\right)", 1),
    (r"\min(3, 5)", 0), (r"\max(5, 7)", 0), (r"\max(1, 2, 3)", 0), (r"\max(3, 5) + 1", 0), (r"\max(x, 5)", 0),
    (r"\max(3, 5, 6)", 0), (r"\min(3,5,7)", 0), (r"(3, 5)", 0), (r"\max(5, 5+10^{-20})", 0),
    (r"\binom{5}{1}", 1), (r"{5 \choose 4}", 1), (r"{5 \choose 2}", 0), (r"{5 \choose 5}", 0),
    (r"12 \bmod 7", 1), (r"12 \mod 7", 1), (r"33 \bmod 7", 1), (r"12 \bmod 6", 0), (r"5 \bmod 3", 0), (r"14 \bmod 3", 0),
    (r"\sqrt[3]{-125}", 0), (r"-\sqrt[3]{-125}", 1), (r"\sqrt[3]{125}", 1), (r"\sqrt[5]{-3125}", 0),
    (r"\Gamma(5)", 0), (r"\Gamma", 0), (r"\Gamma(6) - 115", 1), (r"5\Gamma", 0), (r"\Gamma(5) - 19", 1),
])
_add("funcs", r"10", [(r"{5 \choose 2}", 1), (r"\binom{5}{3}", 1), (r"{5 \choose 2} + 1", 0), (r"{5 \choose 1}", 0), (r"{10 \choose 1}", 1), (r"{10 \choose 2}", 0)])
_add("funcs", r"120", [(r"{10 \choose 3}", 1), (r"{10 \choose 7}", 1), (r"\Gamma(6)", 1), (r"{10 \choose 4}", 0), (r"\Gamma(5)", 0), (r"\Gamma(7)", 0)])
_add("funcs", r"720", [(r"{10 \choose 3}", 0), (r"\Gamma(7)", 1), (r"\Gamma(6)", 0)])
_add("funcs", r"24", [(r"\Gamma(5)", 1), (r"\Gamma(4)", 0), (r"\Gamma(24)", 0), (r"\Gamma 24", 0)])
_add("funcs", r"\sqrt{\pi}", [(r"\Gamma(\frac{1}{2})", 1), (r"\Gamma\left(\tfrac12\right)", 1), (r"2\Gamma(\frac{3}{2})", 1), (r"\Gamma(\frac{3}{2})", 0), (r"1.7725", 0)])
_add("funcs", r"\pi", [(r"\Gamma(\frac{1}{2})^2", 1), (r"\Gamma(\frac{1}{2})", 0), (r"\max(\pi, 3.1)", 1), (r"\min(\pi, 3.2)", 1), (r"\max(\pi, 3.2)", 0), (r"\min(\pi, 3.1)", 0)])
_add("funcs", r"3.2", [(r"\max(\pi, 3.2)", 1), (r"\min(\pi, 3.2)", 0)])
_add("funcs", r"2", [(r"\Gamma(3)", 1), (r"17 \bmod 5", 1), (r"17 \mod 5", 1), (r"2^{10} \bmod 7", 1), (r"100 \bmod 7", 1),
    (r"\Gamma(2)", 0), (r"\Gamma(3) + 0.5", 0), (r"17 \bmod 4", 0), (r"100 \bmod 13", 0), (r"3 \bmod 7", 0)])
_add("funcs", r"3", [(r"\Gamma(3)", 0), (r"\sqrt[3]{-27}", 0), (r"-\sqrt[3]{-27}", 1), (r"\max(-3, 3)", 1), (r"\min(-3, 3)", 0), (r"17 \bmod 5", 0)])
_add("funcs", r"100", [(r"100 \bmod 7", 0), (r"100 \bmod 101", 1), (r"\max(99, 100)", 1)])
_add("funcs", r"-3", [(r"\sqrt[3]{-27}", 1), (r"\sqrt[3]{-27.0}", 1), (r"\sqrt[3]{27}", 0), (r"\sqrt{-9}", 0), (r"\sqrt[4]{-81}", 0), (r"\min(-3, -2)", 1), (r"\max(-3, -2)", 0)])
_add("funcs", r"-2", [(r"\sqrt[3]{-8}", 1), (r"\sqrt[5]{-32}", 1), (r"\sqrt[4]{-16}", 0), (r"\sqrt[3]{-6}", 0), (r"\sqrt[3]{8}", 0), (r"\sqrt[5]{32}", 0)])
_add("funcs", r"2", [(r"\sqrt[4]{-16}", 0), (r"\sqrt[3]{-8}", 0)])
_add("funcs", r"-\sqrt[3]{2}", [(r"\sqrt[3]{-2}", 1), (r"-1.26", 0), (r"\sqrt[3]{2}", 0)])
_add("funcs", r"\frac{3}{2}+\frac{3\sqrt{3}}{2}i", [(r"\sqrt[3]{-27}", 0)])
_add("funcs", r"\sqrt{2}", [(r"\min(\sqrt{2}, 1.5)", 1), (r"\max(\sqrt{2}, 1.5)", 0), (r"\min(\sqrt{2}, 1.4)", 0)])
_add("funcs", r"-5", [(r"\max(-7, -5)", 1), (r"\min(-7, -5)", 0), (r"\max(-7, 5)", 0)])
_add("funcs", r"\max(a, b)", [(r"\max(b, a)", 1), (r"\frac{a+b+|a-b|}{2}", 1), (r"\min(a, b)", 0), (r"\frac{a+b-|a-b|}{2}", 0), (r"a", 0), (r"a+b", 0)])
_add("funcs", r"\max(x, 0)", [(r"x", 0), (r"|x|", 0), (r"\frac{x+|x|}{2}", 1), (r"\max(0, x)", 1)])
_add("funcs", r"\frac{n(n-1)}{2}", [(r"{n \choose 2}", 1), (r"\binom{n}{2}", 1), (r"{n \choose 1}", 0), (r"{n-1 \choose 2}", 0), (r"{n+1 \choose 2}", 0)])
_add("funcs", r"\Gamma(x+1)", [(r"x\Gamma(x)", 1), (r"\Gamma(x)", 0), (r"(x+1)\Gamma(x)", 0)])

# ---------------- labels ----------------
_add("labels", r"265", [
    (r"m+n = 265", 1), (r"m + n = 265", 1), (r"m+n=5+260", 1), (r"mn = 265", 1), (r"m \cdot n = 265", 1), (r"a+b+c = 265", 1),
    (r"m + n = 266", 0), (r"x + 1 = 265", 0), (r"m + n + 1 = 265", 0), (r"-m-n = 265", 0), (r"-x = 265", 0),
    (r"-(m+n) = 265", 0), (r"2m = 265", 0), (r"m + 2n = 265", 0), (r"m + n \le 265", 0), (r"m + n \ge 265", 0),
    (r"m + n \neq 265", 0), (r"m + n = 265 \text{ or } 266", 0), (r"m + n = k", 0), (r"m + n = 2 \cdot 133", 0),
    (r"m + n < 265", 0), (r"-m - n - p = 265", 0), (r"1 + m = 265", 0), (r"m + n = -265", 0), (r"-mn = 265", 0),
    (r"265 - m = 0", 0),
])
_add("labels", r"-265", [(r"m+n=-265", 1)])
_add("labels", r"4", [(r"m - n = 4", 1), (r"n - m = 4", 1), (r"m - n = -4", 0), (r"m - n - 4 = 0", 0), (r"m - 4 = 0", 0), (r"x - 5 = 4", 0),
    (r"-m - n = 4", 0), (r"a - b + c = 4", 1), (r"x + y = 4 + 1", 0)])
_add("labels", r"468", [(r"AB \cdot AC = 468", 1), (r"AB \times AC = 468", 1), (r"AB + AC = 468", 1), (r"AB\cdot AC=468", 1),
    (r"AB \cdot AC = 469", 0), (r"2 AB \cdot AC = 468", 0), (r"AB \cdot AC = 4 \cdot 68", 0), (r"-AB \cdot AC = 468", 0), (r"AB \cdot AC \approx 468", 0)])
_add("labels", r"76", [(r"\angle B = 76^\circ", 1), (r"\angle ABC = 76^\circ", 1), (r"\angle B = 76", 1), (r"\angle B = 77^\circ", 0),
    (r"\angle B + 1 = 76^\circ", 0), (r"2\angle B = 76^\circ", 0), (r"-\angle B = 76^\circ", 0), (r"\angle B \ge 76^\circ", 0)])
_add("labels", r"76^\circ", [(r"\angle B = 76^\circ", 1), (r"\angle B = 76", 1), (r"\angle B = 104^\circ", 0), (r"\angle B = 76 \text{ arcminutes}", 0)])
_add("labels", r"90", [(r"\angle A + \angle B = 90^\circ", 1), (r"\angle A - \angle B = 90^\circ", 1), (r"2\angle A = 90^\circ", 0), (r"\angle A + 90^\circ = 180^\circ", 0)])
_add("labels", r"12", [(r"a + b + c = 12", 1), (r"a + b - c = 12", 1), (r"abc = 12", 1), (r"a \cdot b \cdot c = 12", 1),
    (r"a + b = 13", 0), (r"a + 2b = 12", 0), (r"a + b + 3 = 12", 0), (r"-a - b - c = 12", 0), (r"a + b = 12 \pm 1", 0)])
_add("labels", r"5", [(r"x + y = 5", 1), (r"x - 5 = 0", 0), (r"-x - y = 5", 0), (r"-xy = 5", 0)])

# ---------------- abs_sets ----------------
_add("abs_sets", r"(-3, 3)", [(r"|x| < 3", 1), (r"-3 < x < 3", 1), (r"|x|<3", 1), (r"\left|x\right| < 3", 1),
    (r"|x| \le 3", 0), (r"|x| < 4", 0), (r"|x| > 3", 0), (r"x < 3", 0), (r"|x| < 3 \text{ or } x = 3", 0), (r"|x| \geq 3", 0), (r"|x| < 9", 0), (r"x^2 < 3", 0)])
_add("abs_sets", r"(-3, 3]", [(r"|x| < 3", 0), (r"|x| \le 3", 0)])
_add("abs_sets", r"3", [(r"|x| < 3", 0)])
_add("abs_sets", r"[-3, 3]", [(r"|x| \le 3", 1), (r"|x| \leq 3", 1), (r"|x| < 3", 0), (r"|x| \ge 3", 0)])
_add("abs_sets", r"(-\infty,-1] \cup [1,\infty)", [(r"|x| \ge 1", 1), (r"|x| \geq 1", 1), (r"x \le -1 \text{ or } x \ge 1", 1),
    (r"|x| > 1", 0), (r"|x| \le 1", 0), (r"x \ge 1", 0), (r"|x| \ge -1", 0), (r"\mathbb{R} \setminus (-1, 1)", 1), (r"\mathbb{R} \setminus [-1, 1]", 0)])
_add("abs_sets", r"(-\infty,-1) \cup (1,\infty)", [(r"|x| > 1", 1), (r"|x| \ge 1", 0), (r"\mathbb{R} \setminus [-1,1]", 1), (r"\mathbb{R} \setminus (-1,1)", 0)])
_add("abs_sets", r"x < -1 \text{ or } x > 1", [(r"|x| > 1", 1), (r"|x| < 1", 0)])
_add("abs_sets", r"(-\infty,-2]\cup[2,\infty)", [(r"|x| \geq 2", 1), (r"x \ge 2", 0), (r"|x| \ge 4", 0)])
_add("abs_sets", r"[2,\infty)", [(r"|x| \ge 2", 0)])
_add("abs_sets", r"(-\sqrt{2}, \sqrt{2})", [(r"|x| < \sqrt{2}", 1), (r"x^2 < 2", 1), (r"|x| < 1.414", 0), (r"|x| \le \sqrt{2}", 0)])
_add("abs_sets", r"(-1, 3)", [(r"|x - 1| < 2", 1), (r"|x + 1| < 2", 0), (r"|x| < 3", 0)])
_add("abs_sets", r"(-\infty,\infty)", [(r"|x| \ge 0", 1), (r"|x| > 0", 0), (r"|x| < 0", 0)])
_add("abs_sets", r"(-\infty,0)\cup(0,\infty)", [(r"|x| > 0", 1), (r"|x| \ge 0", 0), (r"\mathbb{R} \setminus \{0\}", 1)])
_add("abs_sets", r"(-\infty,3] \cup [4,\infty)", [(r"\mathbb{R} \setminus (3,4)", 1), (r"\mathbb{R}\setminus(3, 4)", 1),
    (r"\mathbb{R} \setminus [3,4]", 0), (r"\mathbb{R} \setminus (3,4]", 0), (r"\mathbb{R} \setminus [3,4)", 0), (r"\mathbb{R} \setminus \{3, 4\}", 0), (r"(3,4)", 0), (r"\mathbb{R} \setminus (3,5)", 0)])
_add("abs_sets", r"(-\infty,3) \cup (4,\infty)", [(r"\mathbb{R} \setminus [3,4]", 1), (r"\mathbb{R} \setminus (3,4)", 0)])
_add("abs_sets", r"[0,2] \cup [3,10]", [(r"[0,10] \setminus (2,3)", 1), (r"[0,10] \setminus [2,3]", 0), (r"(0,10) \setminus (2,3)", 0)])
_add("abs_sets", r"[0,2) \cup (3,10]", [(r"[0,10] \setminus [2,3]", 1), (r"[0,10] \setminus (2,3)", 0)])
_add("abs_sets", r"(1,2] \cup [3,5)", [(r"(1,5) \setminus (2,3)", 1), (r"(1,5) \setminus [2,3]", 0)])
_add("abs_sets", r"(1,2) \cup (3,5)", [(r"(1,5) \setminus (2,3)", 0), (r"(1,5) \setminus [2,3]", 1)])
_add("abs_sets", r"(1,4]", [(r"(1,5) \setminus (4,10)", 1), (r"(1,5) \setminus [4,10)", 0)])
_add("abs_sets", r"(1,4)", [(r"(1,5) \setminus (4,10)", 0), (r"(1,5) \setminus [4,10)", 1)])
_add("abs_sets", r"[2,5]", [(r"[1,5] \setminus [1,2)", 1), (r"[1,5] \setminus [1,2]", 0)])
_add("abs_sets", r"[1,5]", [(r"[1,5] \setminus (5,6)", 1), (r"[1,5] \setminus [5,6]", 0), (r"(1,5) \setminus (5,6)", 0)])
_add("abs_sets", r"(1,5)", [(r"(1,5) \setminus (5,6)", 1), (r"[1,5] \setminus (5,6)", 0)])

# ---------------- letters ----------------
_add("letters", r"ab", [(r"a \cdot b", 1), (r"a b", 1), (r"a \times b", 1), (r"ab", 1), (r"a\cdot b", 1),
    (r"ba", 0), (r"a+b", 0), (r"a^2", 0), (r"abc", 0), (r"a", 0), (r"2ab", 0), (r"\frac{a}{b}", 0), (r"a \cdot b \cdot a", 0),
    (r"a \cdot a", 0), (r"\sqrt{a^2 b^2}", 0), (r"a_b", 0), (r"a - b", 0), (r"a^b", 0), (r"-a \cdot b", 0), (r"a \cdot b \cdot c", 0), (r"a \cdot b + c", 0)])
_add("letters", r"xy", [(r"x \cdot y", 1), (r"x y", 1), (r"x \times y", 1), (r"yx", 0), (r"x + y", 0), (r"x - y", 0), (r"x^y", 0),
    (r"x \cdot y \cdot z", 0), (r"x", 0), (r"y \cdot y", 0), (r"\frac{x}{y}", 0), (r"xy^2", 0)])
_add("letters", r"abc", [(r"a \cdot b \cdot c", 1), (r"a \times b \times c", 1), (r"a \cdot b", 0), (r"acb", 0), (r"a + b + c", 0), (r"cba", 0), (r"abcd", 0)])
_add("letters", r"mn", [(r"m \cdot n", 1), (r"m + n", 0), (r"nm", 0), (r"m \cdot n \cdot n", 0), (r"m n^2", 0)])
_add("letters", r"xyz", [(r"x \cdot y \cdot z", 1), (r"x \cdot y", 0), (r"xzy", 0), (r"x + y + z", 0)])

# ---------------- text ----------------
_add("text", r"\text{A5}_{11}", [(r"A5_{11}", 1), (r"\text{A5}_{11}", 1), (r"a5_{11}", 1),
    (r"A5_{12}", 0), (r"A6_{11}", 0), (r"5A_{11}", 0), (r"A5", 0), (r"A5_{11} \text{ or } A6_{11}", 0), (r"\text{not } A5_{11}", 0), (r"B5_{11}", 0), (r"AA5_{11}", 0)])
_add("text", r"A5_{11}", [(r"\text{A5}_{11}", 1), (r"A 5_{11}", 1), (r"A5_{11}", 1), (r"A5_{10}", 0), (r"A4_{11}", 0), (r"5", 0), (r"-A5_{11}", 0)])
_add("text", r"-37_8", [(r"-37_{8}", 1), (r"-37_8", 1), (r"- 37_8", 1),
    (r"37_8", 0), (r"-37_9", 0), (r"-37", 0), (r"-38_8", 0), (r"-73_8", 0), (r"-37_{8} \text{ (base 8)}", 0), (r"37_{8}", 0), (r"-37_{16}", 0)])
_add("text", r"1A_{16}", [(r"1a_{16}", 1), (r"1A_{16}", 1), (r"1B_{16}", 0), (r"1A_{15}", 0), (r"A1_{16}", 0), (r"1A", 0)])
_add("text", r"\text{B4}_{12}", [(r"B4_{12}", 1), (r"b4_{12}", 1), (r"B4_{13}", 0), (r"4B_{12}", 0), (r"B_{12}", 0)])

# ---------------- and_or ----------------
_add("and_or", r"(-\infty,2)\cup(3,\infty)", [(r"x < 2 \text{ or } x > 3", 1), (r"x < 2 \text{ and } x > 3", 0), (r"x<2 \text{ or } x>3", 1),
    (r"x < 2 \lor x > 3", 1), (r"x < 2 \land x > 3", 0), (r"x < 2 \quad\text{and}\quad x > 3", 0), (r"x \le 2 \text{ or } x > 3", 0), (r"x > 2 \text{ and } x < 3", 0)])
_add("and_or", r"(2,3)", [(r"x > 2 \text{ and } x < 3", 1), (r"x > 2 \land x < 3", 1), (r"x > 2 \text{ or } x < 3", 0),
    (r"x < 2 \text{ or } x > 3", 0), (r"x < 2 \text{ and } x > 3", 0), (r"x > 2 \lor x < 3", 0), (r"x \ge 2 \text{ and } x < 3", 0)])
_add("and_or", r"[2,3]", [(r"x < 2 \text{ or } x > 3", 0), (r"x \ge 2 \text{ and } x \le 3", 1), (r"x \ge 2 \text{ or } x \le 3", 0)])
_add("and_or", r"(-\infty,\infty)", [(r"x > 2 \text{ or } x < 3", 1), (r"x \le 2 \text{ or } x \ge 2", 1), (r"x > 2 \text{ and } x < 3", 0), (r"x < 2 \text{ or } x > 2", 0)])
_add("and_or", r"[1,5]", [(r"x \ge 1 \text{ and } x \le 5", 1), (r"x \ge 1 \text{ or } x \le 5", 0), (r"x \ge 1 \lor x \le 5", 0), (r"x \ge 1 \text{ and } x < 5", 0)])
_add("and_or", r"(3,\infty)", [(r"x > 2 \text{ and } x > 3", 1), (r"x > 2 \text{ or } x > 3", 0)])
_add("and_or", r"(2,\infty)", [(r"x > 2 \text{ or } x > 3", 1), (r"x > 2 \text{ and } x > 3", 0)])
_add("and_or", r"(-\infty,2)\cup(2,\infty)", [(r"x < 2 \text{ or } x > 2", 1), (r"x < 2 \text{ and } x > 2", 0), (r"x \le 2 \text{ or } x \ge 2", 0)])
_add("and_or", r"(0,3)", [(r"|x| < 3 \text{ and } x > 0", 1), (r"|x| < 3 \text{ or } x > 0", 0)])
_add("and_or", r"(3,\infty)", [(r"|x| > 3 \text{ and } x > 0", 1), (r"|x| > 3 \text{ or } x > 0", 0)])
_add("and_or", r"(-3,3)\cup(5,\infty)", [(r"|x| < 3 \text{ or } x > 5", 1), (r"|x| < 3 \text{ and } x > 5", 0)])
_add("and_or", r"(-\infty, 2) \cup (2, 5)", [(r"x < 5 \text{ and } x \neq 2", 1), (r"x < 5 \text{ or } x \neq 2", 0)])

# ---------------- cancel ----------------
_add("cancel", r"5", [(r"5 + 0x", 0), (r"\frac{5x}{x}", 0), (r"5 + x - x", 0), (r"5x^0", 0), (r"\frac{5(x+1)}{x+1}", 0), (r"5 + 0 \cdot y", 0),
    (r"5 \cdot \frac{y}{y}", 0), (r"5 + \sin^2 x + \cos^2 x - 1", 0), (r"5 + (x - x)^2", 0), (r"5 + \ln(e^{x}) - x", 0), (r"\frac{dv}{dv} \cdot 5", 0),
    (r"5 + x \cdot 0", 0), (r"\frac{5ab}{ab}", 0), (r"5 - 0t", 0), (r"\frac{10x}{2x}", 0), (r"5 + 0 \cdot \frac{dv}{dt}", 0), (r"\frac{5 \cdot dx}{dx}", 0),
    (r"5 + 0", 1), (r"5 \cdot 1", 1), (r"\frac{5 \cdot 2}{2}", 1), (r"\sqrt{25} + 0 \cdot \pi", 1), (r"\frac{5\pi}{\pi}", 1), (r"5 + \sin^2 1 + \cos^2 1 - 1", 1)])
_add("cancel", r"1", [(r"\frac{dv}{dv}", 0), (r"\frac{x}{x}", 0), (r"x^0", 0), (r"\frac{dx}{dx}", 0), (r"\frac{2}{2}", 1)])
_add("cancel", r"\frac{dv}{dt}", [(r"\frac{dv}{dt}", 1), (r"\frac{d v}{d t}", 1), (r"\frac{v}{t}", 0), (r"\frac{dt}{dv}", 0), (r"\frac{dv}{dx}", 0), (r"\frac{d^2 v}{dt^2}", 0), (r"dv", 0)])
_add("cancel", r"\frac{dy}{dx}", [(r"\frac{y}{x}", 0), (r"\frac{dy}{dx}", 1), (r"\frac{dx}{dy}", 0)])
_add("cancel", r"2x", [(r"x + x", 1), (r"2x + 0y", 0), (r"\frac{2xy}{y}", 0), (r"2x + y - y", 0)])
_add("cancel", r"3a", [(r"3a + b - b", 0), (r"\frac{3ab}{b}", 0), (r"a + 2a", 1)])

# ---------------- bignum ----------------
_add("bignum", r"2^{65536}", [(r"2^{65536}", 1), (r"2^{65535} \cdot 2", 1), (r"4^{32768}", 1), (r"2^{2^{16}}", 1), (r"2^{2^{2^{2^{2}}}}", 1),
    (r"2^{65537}", 0), (r"2^{65536} + 1", 0), (r"2^{65536} - 1", 0), (r"2^{65536} + 2^{-100}", 0), (r"2^{65536}(1 + 10^{-30})", 0), (r"2^{65535}", 0), (r"3^{65536}", 0),
    (r"\max(2^{65536}, 2005!)", 1), (r"\min(2^{65536}, 2005!)", 0)])
_add("bignum", r"2^{65536}+1", [(r"2^{65536}", 0), (r"2^{65536}+1", 1), (r"1 + 4^{32768}", 1)])
_add("bignum", r"2005!", [(r"2005 \cdot 2004!", 1), (r"\Gamma(2006)", 1), (r"2005!", 1), (r"2004!", 0), (r"2005! + 1", 0), (r"2006!", 0), (r"2005! + 10^{-10}", 0), (r"\Gamma(2005)", 0), (r"2005! - 1", 0)])
_add("bignum", r"2006!", [(r"2006 \cdot 2005!", 1), (r"2005 \cdot 2005!", 0)])
_add("bignum", r"2006", [(r"\frac{2006!}{2005!}", 1), (r"\frac{2005!}{2004!}", 0)])
_add("bignum", r"5", [(r"2^{65536} - 2^{65536} + 5", 1), (r"2005! - 2005! + 5", 1), (r"2^{65536} - 2^{65536} + 4", 0), (r"5 + 2^{-65536}", 0), (r"5 - \frac{1}{2005!}", 0)])
_add("bignum", r"1", [(r"2^{65536} - (2^{65536}-1)", 1), (r"\frac{2^{65536}+1}{2^{65536}}", 0), (r"\frac{2005!+1}{2005!}", 0), (r"1 + 2^{-60000}", 0),
    (r"\frac{2005!}{2005!}", 1), (r"\frac{2^{65536}}{2^{65536}+1}", 0)])
_add("bignum", r"e", [(r"\left(1+\frac{1}{2^{100}}\right)^{2^{100}}", 0), (r"\left(1+\frac{1}{2^{10000}}\right)^{2^{10000}}", 0)])
_add("bignum", r"2", [(r"2^{65536} \bmod 7", 1), (r"2^{65536} \bmod 3", 0)])
_add("bignum", r"10^{50000}", [(r"10^{50000}", 1), (r"100^{25000}", 1), (r"10^{50000}+1", 0), (r"10^{49999}", 0), (r"10^{50000} - 10^{-5}", 0)])
_add("bignum", r"\binom{2000}{1000}", [(r"\frac{2000!}{(1000!)^2}", 1), (r"{2000 \choose 1000}", 1), (r"{2000 \choose 999}", 0), (r"\frac{2000!}{1000!}", 0)])

# ---------------- dos (all vs gold 5, label 0) ----------------
D = [
    r"\max(2^{2^{40}}, 5)", r"\min(5, 2^{2^{40}}) + 1", r"\min(4, 10^{10^{10}})", r"\max(5, 5+10^{-10^{10}})", r"\min(5, 5 - 2^{-2^{40}})",
    r"{10^{10} \choose 5}", r"{10^{12} \choose 10^{6}}", r"\binom{2^{2^{30}}}{2}", r"{5 \choose 1} + 2^{-2^{40}}",
    r"\Gamma(10^{10})", r"\Gamma(10^{100})", r"\Gamma(\Gamma(\Gamma(10)))", r"\Gamma(2^{2^{40}})",
    r"10^{10^{10}} \bmod 7", r"7^{7^{7^{7}}} \bmod 10", r"3^{3^{3^{3}}} \bmod 5", r"(2^{2^{64}}+3) \bmod 2^{2^{64}}", r"4 \bmod 10^{10^{10}}", r"2^{2^{64}} \bmod 3",
    r"\sqrt[3]{-10^{300000}}", r"\sqrt[999999]{-5}", r"\sqrt[3]{-5^{3^{40}}}", r"\sqrt[10^{10}+1]{-5}",
    r"|x| < 10^{10^{10}}", r"|x| \ge 9^{9^{9}}", r"\mathbb{R} \setminus (2^{2^{40}}, 2^{2^{41}})", r"(0, 10^{10^{10}}) \setminus (1, 2)",
    r"[-10^{10^{10}}, 10^{10^{10}}] \setminus (0, 1)", r"|x| < 5", r"\mathbb{R} \setminus (5, 10^{10^{10}})",
    r"2^{65536 \cdot 4}", r"(10^{6})!", r"((10!)!)!", r"2^{2^{2^{2^{2^{2}}}}}", r"10^{10^{10}} - 10^{10^{10}} + 4",
    r"2^{300000} - 2^{300000} + 4", r"5 + 10^{-10^{10}}", r"9^{9^{9^{9}}}", r"(2005!)^{2005!}", r"2^{65536} \cdot 2^{65536} \cdot 2^{65536} \cdot 2^{65536}",
    r"\max(" + ", ".join(["1"] * 4000) + ", 4)",
    r"\min(" * 150 + "4" + ")" * 150,
    r"\max(" * 150 + "6" + ")" * 150,
    (r"\sqrt[3]{-" * 60) + "4" + ("}" * 60),
    r"\mathbb{R} \setminus " * 50 + "(3,4)",
    r"|" * 200 + "x" + "|" * 200 + " < 5",
    r"2005!" + "!" * 40,
    r"\Gamma(" * 30 + "10" + ")" * 30,
    r"{" * 40 + "10" + r" \choose 3}" * 40,
    r"10^{10^{10}} \bmod 10^{10^{10}} + 4",
]
for a in D:
    HELDOUT18.append(("dos", "5", a, 0))

del _add, D, a
