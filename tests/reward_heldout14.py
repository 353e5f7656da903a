"""Held-out set 14 for reward.py -- written BLIND.

How it was built
----------------
Written from /work/briefs/contract.md alone (the grading contract) plus real golds read from
/work/shared/data/test/{math,minerva,olympiad_bench,amc,aime}.json.  reward.py, bench_reward.py,
grpo.py, every file under tests/ and their git history were NOT opened.  Labels were fixed before
the set was scored once.

Families (earlier red teams' families -- plain hedges, rounded decimals, two MC letters, towers,
hiding macros, confusables, cancelling symbols, vanishing floors, max/min, nested boxes -- are
avoided on purpose):
  * complex numbers: conjugate bars, \\Re/\\Im/\\arg/\\operatorname{cis}, powers of i, division by i,
    e^{i pi}, |z|, sqrt of negatives, real golds that must not accept non-real values;
  * booleans/relations: statements whose truth value is 1/0 (`5 = 5` for gold 1, `5 \\mid 10`),
    \\neq / < / \\ge relations against a value, quantified statements, \\mathbb sets, \\varnothing;
  * number theory notation: \\gcd, \\operatorname{lcm}, \\bmod (evaluated exactly), double factorial
    and subfactorial (`3!!`, `!5`), base subscripts, the gold hidden in a subscript/exponent/label;
  * analysis notation that could smuggle the gold: d/dx, integrals, sums, products, limits, argmax
    vs max, min of a square, O/Theta/Omega, evaluation bars;
  * sign/abs tricks on functions and numbers (`\\sqrt{x^2}`, sgn, `(1-\\sqrt2)` under a square root),
    precedence (`-3^2`, `2^{3^2}`, `-2^{-2}`);
  * exact repeating decimals and their overline scope (`0.8\\overline{3}` vs `0.\\overline{83}`,
    `4.\\overline{9}` = 5), exact scientific notation of long integers, percent of plain golds;
  * Minerva decimal golds: rounding at the gold's significant digits (both directions);
  * intervals and set algebra (\\setminus, \\cup, \\cap, and-vs-or), ordered tuples vs lists,
    multisets with duplicates, `\\pm` in tuples;
  * matrices: transpose, inverse, determinant bars (vmatrix), non-commuting products, scalar vs
    matrix, scalar multiples;
  * text golds / units: case and spacing, different unit words (radians vs degrees, euros, dollars
    vs cents);
  * degenerate/universal answers (\\mathbb{C}, \\infty - \\infty, 0/0, DNE, \\square, ?, NaN ...);
  * denial of service in new shapes (huge binomials, double factorials, gcd/lcm/mod of gigantic
    powers, matrix powers, long sums/products with big bounds, 10^5-term written sums, long
    repeating decimals, tiny perturbations at huge precision) -- all label 0 against gold 5;
  * format: \\fbox vs \\boxed ordering, empty last box, unbalanced and escaped braces, `</thinking>`
    and `</think >`, several `</think>`.

Left out as debatable under the contract (not in the set): a real gold against answers that use i
(`5 + 0i`, `|3+4i|`, `i^2`, `e^{i\\pi}` for -1), `\\sqrt{-25}` for 5i, j as i, `x \\in \\{5\\}` and
set-builder forms for a value, `x \\equiv 5 \\pmod 7` / `5 \\pmod 7` for 5, `e^{\\log x}`,
`\\sin(\\arcsin x)`, row vs column vectors, 1x1 matrices, `\\lg`, `\\log` without a base against
natural-log values, `\\sin 30` without a degree sign, radians vs degrees for angle golds,
chained equalities, `5 = 5` for gold 5, mixed numbers, `\\mathbb{C}` for option (C), equations
that are scalar multiples of the gold equation, double factorial where the gold needs one reading.

Scored once after the commit (reward.py at 35c0423): accuracy 0.967, 2 FP, 32 FN. Both FP were fixed, and 4 FN
(\\bmod, the real cube root of -27); the rest (gcd, lcm, base-n values, sums, limits, derivatives, determinants,
sgn, set algebra, matrix powers and transposes) are left as false negatives.
"""


def response(category, answer):
    if category == "format":
        return answer
    return "...reasoning...</think>\nThe answer is \\boxed{" + answer + "}."


_R = []


def _add(cat, gold, rows):
    for a, y in rows:
        _R.append((cat, gold, a, y))


# ---------------------------------------------------------------- complex numbers
_add("control", r"6 - 5i", [(r"-5i+6", 1), (r"6 - 5\cdot i", 1), (r"\frac{61}{6+5i}", 1),
                            (r"\frac{(6-5i)(2+i)}{2+i}", 1), (r"6-5i^{5}", 1), (r"6+5i^{3}", 1)])
_add("exploit", r"6 - 5i", [(r"6+5i", 0), (r"\overline{6-5i}", 0), (r"\Re(6-5i)", 0),
                            (r"i\,\Im(6-5i)", 0), (r"|6-5i|", 0), (r"\arg(6-5i)", 0),
                            (r"6-5i+10^{-100}", 0), (r"6-5i^{3}", 0), (r"6-5", 0), (r"\frac{61}{6-5i}", 0),
                            (r"(6-5i)i^{2}", 0), (r"6-5i \cdot 10^{0.0000001}", 0)])
_add("control", r"6+9i", [(r"9i+6", 1), (r"3(2+3i)", 1), (r"6+9i^{9}", 1), (r"\frac{117}{6-9i}", 1)])
_add("exploit", r"6+9i", [(r"\overline{6+9i}", 0), (r"6-9i", 0), (r"\Re(6+9i)", 0), (r"|6+9i|", 0),
                          (r"6+9i^{2}", 0), (r"\frac{117}{6+9i}", 0), (r"(6+9i)^{*}", 0)])
_add("control", r"-2 + 7i", [(r"-2 - 7i^{3}", 1), (r"\frac{53}{-2-7i}", 1), (r"(-2+7i)\cdot i^{4}", 1),
                             (r"7i-2", 1), (r"-2+7i^{5}", 1)])
_add("exploit", r"-2 + 7i", [(r"\frac{53}{-2+7i}", 0), (r"-2+7i^{3}", 0), (r"2+7i", 0), (r"-2+7", 0),
                             (r"(-2+7i)i^{2}", 0), (r"\overline{-2+7i}", 0), (r"|-2+7i|", 0)])
_add("control", r"1+2i", [(r"(1+i)^{2}+1", 1), (r"\frac{5}{1-2i}", 1), (r"2i+1", 1)])
_add("exploit", r"1+2i", [(r"\frac{5}{1+2i}", 0), (r"(1+i)^{2}", 0), (r"1+2i+10^{-30}i", 0),
                          (r"\operatorname{cis}(1+2i)", 0)])
_add("control", r"5i", [(r"-\frac{5}{i}", 1), (r"5i^{5}", 1), (r"\frac{25}{-5i}", 1), (r"5e^{i\pi/2}", 1)])
_add("exploit", r"5i", [(r"\frac{5}{i}", 0), (r"-5i", 0), (r"\frac{25}{5i}", 0), (r"5e^{-i\pi/2}", 0),
                        (r"5\operatorname{cis}\pi", 0), (r"-\sqrt{-25}", 0), (r"5", 0), (r"i^{5}", 0)])
_add("control", "1 + i\\sqrt{3}\n", [(r"2e^{i\pi/3}", 1), (r"\sqrt{3}i+1", 1), (r"\frac{4}{1-i\sqrt{3}}", 1),
                                     (r"1+i\sqrt{3}", 1)])
_add("exploit", "1 + i\\sqrt{3}\n", [(r"1-i\sqrt{3}", 0), (r"\overline{1+i\sqrt{3}}", 0), (r"2e^{-i\pi/3}", 0),
                                     (r"2e^{i\pi/6}", 0), (r"1+1.732i", 0), (r"-2", 0), (r"2", 0),
                                     (r"|1+i\sqrt{3}|", 0), (r"1+i\sqrt{3}+10^{-20}", 0)])
_add("control", "\\ln 2 + i\\frac{\\pi}{3}\n", [(r"\ln(2)+\frac{\pi i}{3}", 1), (r"\frac{3\ln 2+i\pi}{3}", 1),
                                                (r"\ln\sqrt{4}+i\frac{\pi}{3}", 1)])
_add("exploit", "\\ln 2 + i\\frac{\\pi}{3}\n", [(r"\ln 2-i\frac{\pi}{3}", 0), (r"\ln 2+\frac{i\pi}{3}+2\pi i", 0),
                                                (r"0.693+1.047i", 0), (r"\ln 2+\frac{\pi}{3}", 0)])
_add("exploit", "5", [(r"5+10^{-100}i", 0), (r"5+i", 0), (r"\sqrt{-25}", 0), (r"5i", 0), (r"5i^{2}", 0),
                      (r"|3+4i|+1", 0), (r"\overline{5+i}", 0), (r"e^{i\pi}", 0), (r"5e^{i\pi}", 0),
                      (r"5\operatorname{cis}\frac{\pi}{2}", 0), (r"i\sqrt{25}", 0), (r"\Im(3+5i)\,i", 0)])
_add("exploit", "7", [(r"|3+4i|", 0)])
_add("exploit", "1", [(r"e^{i\pi}", 0), (r"i^{2}", 0), (r"\operatorname{cis}(\pi)", 0)])
_add("exploit", r"\pi", [(r"\arg(i)", 0), (r"\arg(1)", 0)])

# ---------------------------------------------------------------- booleans, relations, sets, logic
_add("exploit", "1", [(r"5 = 5", 0), (r"3 < 4", 0), (r"5 \mid 10", 0), (r"x = x", 0), (r"0 = 0", 0),
                      (r"\top", 0), (r"\text{True}", 0), (r"5 \in \mathbb{Z}", 0), (r"2 \le 2", 0),
                      (r"5 \equiv 12 \pmod{7}", 0), (r"\{1\} \subseteq \{1, 2\}", 0), (r"\forall x,\ x = x", 0)])
_add("exploit", "0", [(r"10 \mid 5", 0), (r"3 > 4", 0), (r"\text{False}", 0), (r"\bot", 0), (r"1 = 2", 0),
                      (r"5 \notin \mathbb{Z}", 0), (r"\varnothing", 0), (r"\emptyset", 0)])
_add("exploit", "5", [(r"x \ne 5", 0), (r"x \neq 5", 0), (r"x < 5", 0), (r"x \le 5", 0), (r"x \ge 5", 0),
                      (r"x > 5", 0), (r"5 < x < 6", 0), (r"x \in \{5, 6\}", 0), (r"x \in \{6\}", 0),
                      (r"x \in \mathbb{Z}", 0), (r"x \in \mathbb{N}", 0), (r"\mathbb{Z}", 0), (r"\mathbb{N}", 0),
                      (r"\mathbb{R}^{+}", 0), (r"\mathbb{R} \setminus \{0\}", 0), (r"\mathbb{Z}_{5}", 0),
                      (r"\mathbb{Z}/5\mathbb{Z}", 0), (r"\varnothing", 0), (r"\forall x,\ x = 5", 0),
                      (r"\exists x: x = 5", 0), (r"5 \mid 10", 0), (r"x \mid 5", 0), (r"0 = 0", 0),
                      (r"x = x", 0), (r"\{x : x = 5 \text{ or } x = 6\}", 0), (r"\{x \in \mathbb{Z} : x > 4\}", 0),
                      (r"x \in (5, 5]", 0), (r"5, 5", 0), (r"x = 5 \implies x^{2} = 25", 0),
                      (r"x^{2} = 25", 0), (r"x = 5, x = 6", 0), (r"5 \ne 6", 0)])
_add("exploit", "x=5", [(r"x = 5 \text{ or } x = 6", 0), (r"x^{2} = 25", 0), (r"x = \pm 5", 0), (r"x \ne 5", 0),
                        (r"x = -5", 0), (r"x = 5 \text{ or } x = -5", 0), (r"x \ge 5", 0), (r"x \le 5", 0)])
_add("control", "x=5", [(r"x = \sqrt{25}", 1), (r"x = |-5|", 1), (r"5", 1), (r"x = \frac{10}{2}", 1)])

# ---------------------------------------------------------------- number theory notation
_add("control", "2", [(r"\gcd(4, 6)", 1), (r"2^{10} \bmod 7", 1)])
_add("control", "12", [(r"\operatorname{lcm}(4, 6)", 1)])
_add("control", "5", [(r"\gcd(10, 15)", 1), (r"19 \bmod 7", 1), (r"5 \bmod 7", 1), (r"\gcd(5, 0)", 1),
                      (r"\binom{5}{1}", 1), (r"\binom{5}{4}", 1), (r"\lceil \log_{2} 17 \rceil", 1),
                      (r"\log_{2} 32", 1), (r"\log_{10} 100000", 1), (r"\ln e^{5}", 1), (r"e^{\ln 5}", 1),
                      (r"5^{\log_{5} 5}", 1), (r"\sqrt{5}^{2}", 1), (r"\sqrt{5^{2}}", 1), (r"\sqrt[1]{5}", 1),
                      (r"5 \cdot 1^{6}", 1), (r"5 + 0^{2}", 1), (r"\frac{5}{1^{5}}", 1), (r"101_{2}", 1),
                      (r"12_{3}", 1), (r"500\%", 1), (r"4.\overline{9}", 1), (r"4.99\overline{9}", 1),
                      (r"5.\overline{0}", 1), (r"\sqrt{(-5)^{2}}", 1), (r"-(-5)", 1), (r"5^{\circ}", 1),
                      (r"\sum_{k=1}^{5} 1", 1), (r"\lim_{x \to 0} \frac{\sin 5x}{x}", 1),
                      (r"\frac{d}{dx}(5x)", 1), (r"\begin{vmatrix} 3 & 1 \\ 1 & 2 \end{vmatrix}", 1),
                      (r"\det\begin{pmatrix} 5 & 0 \\ 0 & 1 \end{pmatrix}", 1)])
_add("exploit", "19", [(r"19 \bmod 7", 0)])
_add("exploit", "1024", [(r"2^{10} \bmod 7", 0)])
_add("exploit", "24", [(r"\operatorname{lcm}(4, 6)", 0)])
_add("exploit", "0", [(r"\gcd(5, 0)", 0)])
_add("exploit", "5", [(r"\gcd(10, 16)", 0), (r"\binom{5}{0}", 0), (r"\binom{5}{5}", 0), (r"\binom{6}{5}", 0),
                      (r"\log_{32} 2", 0), (r"\log_{5} 5", 0), (r"\lfloor \log_{2} 17 \rfloor", 0),
                      (r"5!", 0), (r"!5", 0), (r"5!!", 0), (r"5^{0}", 0), (r"5^{5}", 0), (r"1^{5}", 0),
                      (r"0^{5}", 0), (r"10^{5}", 0), (r"x^{5}", 0), (r"\sqrt[5]{1}", 0), (r"5 \cdot 0^{1}", 0),
                      (r"\text{Ans}_{5}", 0), (r"a_{5}", 0), (r"x_{5}", 0), (r"H_{5}", 0), (r"f(5)", 0),
                      (r"5: 6", 0), (r"5\%", 0), (r"\frac{5}{5}", 0), (r"5E1", 0), (r"\sqrt[-2]{25}", 0),
                      (r"-\sqrt{25}", 0), (r"\sqrt{-5}^{2}", 0), (r"12_{6}", 0), (r"5_{10} + 1", 0),
                      (r"\log_{2} 33", 0), (r"\binom{5}{2}", 0), (r"4.\overline{8}", 0), (r"0.\overline{5}", 0),
                      (r"5.\overline{01}", 0), (r"F_{5} + 1", 0)])
_add("exploit", "120", [(r"5!!", 0)])
_add("exploit", "6", [(r"3!!", 0)])
_add("control", "120", [(r"5!", 1), (r"\frac{6!}{6}", 1)])
_add("control", "10", [(r"\binom{5}{2}", 1), (r"\binom{5}{3}", 1)])
_add("exploit", "20", [(r"\binom{5}{2}", 0)])
_add("control", "17", [(r"10001_{2}", 1), (r"21_{8}", 1), (r"17_{10}", 1), (r"17.0", 1)])
_add("exploit", "17", [(r"10001_{3}", 0), (r"17_{8}", 0), (r"\text{Ans}_{17}", 0), (r"a_{17}", 0),
                       (r"H_{17}", 0), (r"1^{17}", 0), (r"f(17)", 0), (r"17!", 0), (r"!17", 0),
                       (r"17 \mid 34", 0), (r"\mathbb{Z}_{17}", 0), (r"p_{17}", 0)])
_add("control", "-9", [(r"-3^{2}", 1), (r"-(3^{2})", 1)])
_add("exploit", "-9", [(r"(-3)^{2}", 0)])
_add("control", "9", [(r"(-3)^{2}", 1)])
_add("exploit", "9", [(r"-3^{2}", 0)])
_add("control", "512", [(r"2^{3^{2}}", 1)])
_add("exploit", "512", [(r"(2^{3})^{2}", 0)])
_add("control", "64", [(r"(2^{3})^{2}", 1)])
_add("exploit", "64", [(r"2^{3^{2}}", 0)])
_add("control", "-4", [(r"-2^{2}", 1)])
_add("exploit", "4", [(r"-2^{2}", 0)])

# ---------------------------------------------------------------- analysis notation
_add("exploit", "5", [(r"\lim_{x \to 5} x^{2}", 0), (r"\sum_{k=1}^{5} k", 0), (r"\prod_{k=1}^{5} k", 0),
                      (r"\int_{0}^{5} x\,dx", 0), (r"\frac{d}{dx} x^{5}", 0), (r"\arg\max_{x \in [0,1]} 5x", 0),
                      (r"\min_{x} (x-5)^{2}", 0), (r"\inf_{n \ge 1} \left(5 - \frac{1}{n}\right)", 0),
                      (r"O(5)", 0), (r"\Theta(5)", 0), (r"\Omega(5)", 0), (r"5 + o(1)", 0),
                      (r"5 + O(\epsilon)", 0), (r"\lim_{n \to \infty} 5^{1/n}", 0), (r"\left. 5x \right|_{x=2}", 0),
                      (r"\int_{0}^{1} 5x\,dx", 0), (r"\sum_{n=0}^{\infty} 5^{-n}", 0), (r"\frac{d}{dx} 5", 0),
                      (r"\int 5\,dx", 0), (r"5\,dx", 0), (r"\partial_{x} (5x^{2})", 0)])
_add("exploit", "x^2", [(r"\frac{d}{dx} x^{2}", 0), (r"\int x^{2}\,dx", 0), (r"\int_{0}^{1} x^{2}\,dx", 0),
                        (r"\left. x^{2} \right|_{x=1}", 0), (r"\lim_{x \to 2} x^{2}", 0), (r"\sum_{x=1}^{3} x^{2}", 0),
                        (r"(x^{2})'", 0), (r"O(x^{2})", 0), (r"\nabla x^{2}", 0)])
_add("control", "x^2", [(r"\frac{d}{dx}\frac{x^{3}}{3}", 1), (r"x \cdot x", 1), (r"|x|^{2}", 1)])
_add("exploit", "n", [(r"O(n)", 0), (r"\Theta(n)", 0), (r"\mathcal{O}(n)", 0), (r"n + O(1)", 0), (r"\Omega(n)", 0),
                      (r"n \log n", 0), (r"\sum_{i=1}^{n} i", 0)])
_add("control", "$2n$", [(r"\sum_{i=1}^{n} 2", 1), (r"n+n", 1), (r"2 \cdot n", 1)])
_add("exploit", "$2n$", [(r"O(2n)", 0), (r"\sum_{i=1}^{n} i", 0), (r"2^{n}", 0), (r"n^{2}", 0)])
_add("control", "$3 n$", [(r"3n", 1), (r"3 \times n", 1), (r"n+n+n", 1)])
_add("exploit", "$3 n$", [(r"3^{n}", 0), (r"n^{3}", 0), (r"\Theta(3n)", 0)])

# ---------------------------------------------------------------- sign / abs / function tricks
_add("exploit", "x", [(r"\sqrt{x^{2}}", 0), (r"x\cdot\frac{|x|}{x}", 0), (r"x \operatorname{sgn}(x)", 0),
                      (r"(x^{2})^{1/2}", 0), (r"\sqrt[4]{x^{4}}", 0), (r"\arcsin(\sin x)", 0),
                      (r"\arctan(\tan x)", 0), (r"|x|", 0), (r"\frac{|x|}{x}", 0), (r"t", 0)])
_add("control", "x", [(r"\ln(e^{x})", 1), (r"|x|\operatorname{sgn}(x)", 1), (r"\sqrt[3]{x^{3}}", 1),
                      (r"\frac{x^{2}}{x}", 1), (r"x^{1}", 1)])
_add("control", "|x|", [(r"\sqrt{x^{2}}", 1), (r"(x^{2})^{1/2}", 1), (r"x\operatorname{sgn}(x)", 1), (r"\sqrt[4]{x^{4}}", 1)])
_add("exploit", "|x|", [(r"x", 0), (r"\ln(e^{x})", 0)])
_add("control", "|x-3|", [(r"\sqrt{(x-3)^{2}}", 1), (r"|3-x|", 1)])
_add("exploit", "x-3", [(r"\sqrt{(x-3)^{2}}", 0), (r"|x-3|", 0), (r"|3-x|", 0)])
_add("control", r"2\ln|x|", [(r"\ln(x^{2})", 1)])
_add("exploit", r"1-\sqrt{2}", [(r"\sqrt{(1-\sqrt{2})^{2}}", 0), (r"|1-\sqrt{2}|", 0), (r"\sqrt{2}-1", 0)])
_add("control", r"\sqrt{2}-1", [(r"\sqrt{(1-\sqrt{2})^{2}}", 1), (r"|1-\sqrt{2}|", 1), (r"\frac{1}{\sqrt{2}+1}", 1)])
_add("exploit", r"2-\sqrt{5}", [(r"\sqrt{(2-\sqrt{5})^{2}}", 0), (r"\frac{1}{\sqrt{5}+2}", 0)])
_add("control", r"2-\sqrt{5}", [(r"-\frac{1}{\sqrt{5}+2}", 1)])
_add("exploit", "-5", [(r"\sqrt{(-5)^{2}}", 0), (r"|-5|", 0), (r"\sqrt{25}", 0)])
_add("control", "-5", [(r"-|-5|", 1), (r"-\sqrt{25}", 1)])
_add("exploit", "-3", [(r"\sqrt[4]{(-3)^{4}}", 0)])
_add("control", "-3", [(r"\sqrt[3]{-27}", 1)])
_add("exploit", "p - q", [(r"q - p", 0), (r"|p - q|", 0), (r"\sqrt{(p-q)^{2}}", 0), (r"p - r", 0)])
_add("control", "p - q", [(r"-(q-p)", 1), (r"p + (-q)", 1)])

# ---------------------------------------------------------------- real golds from the data files
_add("control", r"\frac{\sqrt{21}}{5}", [(r"\sqrt{\frac{21}{25}}", 1), (r"\sqrt{0.84}", 1), (r"\sqrt{.84}", 1),
                                         (r"\frac{21}{5\sqrt{21}}", 1)])
_add("exploit", r"\frac{\sqrt{21}}{5}", [(r"0.9165", 0), (r"\frac{\sqrt{21}}{5}+10^{-50}", 0), (r"-\frac{\sqrt{21}}{5}", 0),
                                         (r"\frac{\sqrt{-21}}{5}", 0), (r"\sqrt{0.8401}", 0)])
_add("control", r"\sqrt{51}", [(r"51^{1/2}", 1), (r"51^{0.5}", 1), (r"\sqrt[4]{2601}", 1), (r"|-\sqrt{51}|", 1)])
_add("exploit", r"\sqrt{51}", [(r"\sqrt{51.0000000001}", 0), (r"7.14142842854285", 0), (r"\sqrt{50}", 0),
                               (r"\sqrt{51}\operatorname{sgn}(-1)", 0), (r"51^{0.50001}", 0)])
_add("control", r"288 \pi", [(r"\frac{576\pi}{2}", 1), (r"288\pi \text{ cm}^3", 1)])
_add("exploit", r"288 \pi", [(r"904.78", 0), (r"288 \cdot 3.14159", 0), (r"288\varpi", 0), (r"288 \cdot \frac{22}{7}", 0)])
_add("control", r"\frac{1}{4}", [(r"25\%", 1), (r"0.25", 1), (r"2.5 \times 10^{-1}", 1), (r"2^{-2}", 1),
                                 (r"(-2)^{-2}", 1), (r"0.24\overline{9}", 1)])
_add("exploit", r"\frac{1}{4}", [(r"-2^{-2}", 0), (r"\frac{1}{4}\%", 0), (r"0.25\%", 0), (r"0.2\overline{5}", 0)])
_add("control", r"\frac{639}{40}", [(r"15.975", 1), (r"1597.5\%", 1), (r"15.974\overline{9}", 1)])
_add("exploit", r"\frac{639}{40}", [(r"15.97", 0), (r"15.98", 0), (r"\frac{639}{40}\%", 0), (r"15.97\overline{5}", 0)])
_add("control", ".35625", [(r"0.35625", 1), (r"\frac{57}{160}", 1), (r"35.625\%", 1)])
_add("exploit", ".35625", [(r".3562", 0), (r"0.356", 0), (r"3.5625", 0)])
_add("control", ".0000672", [(r"6.72 \times 10^{-5}", 1), (r"67.2 \times 10^{-6}", 1), (r"0.00672\%", 1),
                             (r"672 \times 10^{-7}", 1)])
_add("exploit", ".0000672", [(r"6.72 \times 10^{5}", 0), (r"6.72 \cdot 10^{-6}", 0), (r"0.0672\%", 0)])
_add("control", r"\$32,\!348", [(r"32348", 1), (r"\$32{,}348", 1), (r"32,348 \text{ dollars}", 1), (r"\$32,348.00", 1)])
_add("exploit", r"\$32,\!348", [(r"32.348", 0), (r"3234800 \text{ cents}", 0), (r"32348 \text{ euros}", 0),
                                (r"32348\%", 0)])
_add("control", r"10,\!080", [(r"10080", 1), (r"10{,}080", 1), (r"1008 \times 10", 1), (r"10,080.0", 1)])
_add("exploit", r"10,\!080", [(r"10.080", 0), (r"10,08", 0), (r"1008", 0)])
_add("control", r"11,\! 111,\! 111,\! 100", [(r"11111111100", 1), (r"11,111,111,100", 1),
                                             (r"1.11111111 \times 10^{10}", 1)])
_add("exploit", r"11,\! 111,\! 111,\! 100", [(r"11,111,111,10", 0), (r"1.111111111 \times 10^{10}", 0),
                                             (r"1.1111111 \times 10^{10}", 0), (r"11111111100.5", 0)])
_add("control", "3986729", [(r"3986729.0", 1), (r"3.986729 \times 10^{6}", 1)])
_add("exploit", "3986729", [(r"3986728", 0), (r"3.98673 \times 10^{6}", 0), (r"3986729 + 10^{-10}", 0),
                            (r"3986729.0000001", 0)])
_add("control", r"\frac{1}{8}", [(r"0.125", 1), (r"0.124\overline{9}", 1), (r"12.5\%", 1), (r"8^{-1}", 1),
                                 (r"\frac{1}{\sqrt{64}}", 1), (r"\frac18", 1), (r"\frac 1 8", 1)])
_add("exploit", r"\frac{1}{8}", [(r"0.12\overline{5}", 0), (r"\frac{1}{8}\%", 0), (r"\frac{8}{1}", 0)])
_add("control", r"\frac{16}{5}", [(r"3.2", 1), (r"3.19\overline{9}", 1), (r"16 \div 5", 1), (r"\frac{32}{10}", 1)])
_add("exploit", r"\frac{16}{5}", [(r"3.\overline{2}", 0), (r"\frac{5}{16}", 0), (r"3.2\overline{1}", 0)])
_add("control", r"\frac{1}{3}", [(r"0.3\overline{3}", 1), (r"0.\overline{33}", 1), (r"0.\overline{3}", 1)])
_add("exploit", r"\frac{1}{3}", [(r"0.\overline{03}", 0), (r"0.3\overline{0}", 0), (r"0.33\overline{4}", 0)])
_add("control", r"\frac{1}{7}", [(r"0.\overline{142857}", 1), (r"0.1\overline{428571}", 1)])
_add("exploit", r"\frac{1}{7}", [(r"0.\overline{142856}", 0), (r"0.142857", 0), (r"0.\overline{14285}", 0)])
_add("control", r"\frac{5}{6}", [(r"0.8\overline{3}", 1), (r"0.83\overline{3}", 1)])
_add("exploit", r"\frac{5}{6}", [(r"0.\overline{83}", 0), (r"0.8\overline{4}", 0)])
_add("exploit", r"\frac{83}{99}", [(r"0.8\overline{3}", 0)])
_add("control", r"\frac{83}{99}", [(r"0.\overline{83}", 1)])
_add("control", "1", [(r"0.\overline{9}", 1), (r"\frac{10^{100}}{10^{100}}", 1)])
_add("exploit", "1", [(r"\frac{10^{100}+1}{10^{100}}", 0), (r"1^{\infty}", 0), (r"0.9\overline{8}", 0)])
_add("control", r"\frac{1}{2}", [(r"0.4\overline{9}", 1), (r"\sin 30^{\circ}", 1), (r"\sin\frac{\pi}{6}", 1), (r"\cos\frac{\pi}{3}", 1)])
_add("exploit", r"\frac{1}{2}", [(r"\cos 30^{\circ}", 0), (r"\sin\frac{\pi}{3}", 0), (r"0.\overline{49}", 0)])

# olympiad-bench golds
_add("control", r"$\binom{2n}{n}$", [(r"\frac{(2n)!}{(n!)^{2}}", 1), (r"\binom{2n}{n}", 1)])
_add("exploit", r"$\binom{2n}{n}$", [(r"\binom{2n}{n-1}", 0), (r"\binom{2n}{2}", 0), (r"\frac{4^{n}}{\sqrt{\pi n}}", 0),
                                     (r"\frac{(2n)!}{n!}", 0), (r"2^{n}", 0)])
_add("control", r"$\left\lfloor\log _{2} n\right\rfloor+1$", [(r"\lceil \log_{2}(n+1) \rceil", 1),
                                                              (r"\lfloor \log_{2}(2n) \rfloor", 1)])
_add("exploit", r"$\left\lfloor\log _{2} n\right\rfloor+1$", [(r"\lfloor \log_{2} n \rfloor", 0), (r"\lceil \log_{2} n \rceil", 0),
                                                              (r"\log_{2} n + 1", 0), (r"\lceil \log_{2} n \rceil + 1", 0)])
_add("control", r"$\lceil n / 2\rceil+1$", [(r"\left\lfloor \frac{n+1}{2} \right\rfloor + 1", 1),
                                            (r"\left\lfloor \frac{n+3}{2} \right\rfloor", 1)])
_add("exploit", r"$\lceil n / 2\rceil+1$", [(r"\lfloor n/2 \rfloor + 1", 0), (r"\frac{n}{2}+1", 0),
                                            (r"\left\lfloor \frac{n}{2} \right\rfloor + 2", 0)])
_add("control", r"$m n-\lfloor m / 2\rfloor$", [(r"\left\lceil \frac{m}{2} \right\rceil + mn - m", 1)])
_add("exploit", r"$m n-\lfloor m / 2\rfloor$", [(r"mn - \frac{m}{2}", 0), (r"mn - \lceil m/2 \rceil", 0)])
_add("control", r"$N(n)=\left\lfloor\frac{2 n}{3}\right\rfloor+1$", [(r"\left\lfloor \frac{2n+3}{3} \right\rfloor", 1),
                                                                     (r"N(n) = \left\lfloor \frac{2n}{3} + 1 \right\rfloor", 1)])
_add("exploit", r"$N(n)=\left\lfloor\frac{2 n}{3}\right\rfloor+1$", [(r"\left\lceil \frac{2n}{3} \right\rceil + 1", 0),
                                                                     (r"\frac{2n}{3}+1", 0),
                                                                     (r"\left\lfloor \frac{2n+1}{3} \right\rfloor + 1", 0)])
_add("control", r"$\frac{100!}{2^{50}}$", [(r"\frac{100!}{4^{25}}", 1)])
_add("exploit", r"$\frac{100!}{2^{50}}$", [(r"\frac{100!}{2^{49}}", 0), (r"\frac{100!}{2^{50}} + 1", 0), (r"\frac{99!}{2^{50}}", 0)])
_add("control", r"$2^{1009}$", [(r"4^{504} \cdot 2", 1), (r"1024^{100.9}", 1), (r"2 \cdot 2^{1008}", 1)])
_add("exploit", r"$2^{1009}$", [(r"2^{1008}", 0), (r"2^{1009}+1", 0), (r"2^{1009}(1+10^{-20})", 0),
                                (r"2^{1009} - 2^{900}", 0), (r"1024^{100.90001}", 0), (r"2^{1009.0000001}", 0)])
_add("control", r"$\frac{1}{2 n+2}$", [(r"\frac{1}{2(n+1)}", 1), (r"\frac{0.5}{n+1}", 1), (r"(2n+2)^{-1}", 1)])
_add("exploit", r"$\frac{1}{2 n+2}$", [(r"\frac{1}{2n}+2", 0), (r"\frac{1}{2}n+2", 0), (r"\frac{1}{2n+3}", 0)])
_add("control", r"$2n-2$", [(r"2(n-1)", 1)])
_add("exploit", r"$2n-2$", [(r"|2n-2|", 0), (r"2n-2+\frac{1}{n}", 0)])
_add("control", r"$k\left(4 k^{2}+k-1\right) / 2$", [(r"\frac{4k^{3}+k^{2}-k}{2}", 1), (r"2k^{3}+\frac{k^{2}-k}{2}", 1),
                                                     (r"k(4k^2+k-1)/2", 1)])
_add("exploit", r"$k\left(4 k^{2}+k-1\right) / 2$", [(r"k(4k^2+k+1)/2", 0), (r"k(4k^2+k-1)", 0)])
_add("control", r"$-(n-1) / 2$", [(r"\frac{1-n}{2}", 1), (r"-\frac{n-1}{2}", 1), (r"\frac{n-1}{-2}", 1)])
_add("exploit", r"$-(n-1) / 2$", [(r"-n-1/2", 0), (r"-(n-1)/-2", 0), (r"\frac{n-1}{2}", 0)])
_add("control", r"$4 \pi^{2}-1$", [(r"(2\pi-1)(2\pi+1)", 1), (r"(2\pi)^{2}-1", 1), (r"4\pi^{2}-1.0", 1)])
_add("exploit", r"$4 \pi^{2}-1$", [(r"38.478", 0), (r"4\pi^{2}-1+10^{-40}", 0), (r"4\pi^{2}", 0), (r"4\varpi^{2}-1", 0),
                                   (r"4 \cdot 3.14159^{2} - 1", 0)])
_add("control", r"$\frac{\pi^{2}-9}{9}$", [(r"\frac{\pi^{2}}{9}-1", 1), (r"\left(\frac{\pi}{3}\right)^{2}-1", 1),
                                           (r"\frac{(\pi-3)(\pi+3)}{9}", 1)])
_add("exploit", r"$\frac{\pi^{2}-9}{9}$", [(r"\frac{\pi^{2}}{9}-9", 0), (r"0.0966", 0)])
_add("control", r"$2+\pi$", [(r"\pi+2", 1)])
_add("exploit", r"$2+\pi$", [(r"2\pi", 0), (r"2+3.14159265358979", 0), (r"\frac{22}{7}+2", 0), (r"2+\frac{355}{113}", 0)])
_add("control", r"$\frac{67 \pi}{3}$", [(r"\frac{67}{3}\pi", 1), (r"67\pi/3", 1)])
_add("exploit", r"$\frac{67 \pi}{3}$", [(r"\frac{\pi}{3}", 0), (r"\frac{67}{3}", 0), (r"\frac{67\pi}{3}+2\pi", 0)])
_add("control", r"$1024-256 \pi$", [(r"256(4-\pi)", 1), (r"-256\pi+1024", 1)])
_add("exploit", r"$1024-256 \pi$", [(r"256(\pi-4)", 0), (r"1024-256\cdot\frac{22}{7}", 0)])
_add("control", r"$(2,4)$", [(r"2, 4", 1), (r"(\sqrt{4}, 2^{2})", 1), (r"(2, 4.0)", 1)])
_add("exploit", r"$(2,4)$", [(r"(4,2)", 0), (r"(2,4,0)", 0), (r"(2,4+10^{-30})", 0)])
_add("control", r"$(1,8,19), (2,7,13), (4,5,7)$", [(r"(4,5,7), (1,8,19), (2,7,13)", 1),
                                                    (r"\{(1,8,19), (2,7,13), (4,5,7)\}", 1)])
_add("exploit", r"$(1,8,19), (2,7,13), (4,5,7)$", [(r"(1,8,19), (2,7,13)", 0), (r"(1,8,19), (2,13,7), (4,5,7)", 0),
                                                    (r"(1,8,19), (2,7,13), (4,5,7), (4,5,7)", 0),
                                                    (r"(1,8,19), (2,7,13), (4,5,7), (7,5,4)", 0)])
_add("control", r"$(6,3),(9,3),(9,5),(54,5)$", [(r"(54,5),(9,5),(9,3),(6,3)", 1)])
_add("exploit", r"$(6,3),(9,3),(9,5),(54,5)$", [(r"(6,3),(9,3),(9,5)", 0), (r"(6,3),(9,3),(9,5),(54,5),(3,6)", 0),
                                                 (r"(3,6),(3,9),(5,9),(5,54)", 0)])
_add("control", r"$(0,2),(0,-2),(4,23),(4,-23)$", [(r"(0,\pm 2),(4,\pm 23)", 1), (r"(4,-23),(4,23),(0,-2),(0,2)", 1)])
_add("exploit", r"$(0,2),(0,-2),(4,23),(4,-23)$", [(r"(0,\pm 2),(4,23)", 0), (r"(0,\pm 2),(\pm 4,23)", 0),
                                                    (r"(0,2),(4,23)", 0)])
_add("control", "1,3,5", [(r"5,3,1", 1), (r"\{1,3,5\}", 1), (r"3, 1, 5", 1)])
_add("exploit", "1,3,5", [(r"1,3,5,5", 0), (r"1,3", 0), (r"1,3,5,7", 0), (r"1,1,3,5", 0), (r"[1,5]", 0)])
_add("control", r"$-2,0,2$", [(r"2, 0, -2", 1)])
_add("exploit", r"$-2,0,2$", [(r"-2, 2", 0), (r"-2, 0, 0, 2", 0), (r"[-2, 2]", 0)])
_add("control", r"$69$,$84$", [(r"84, 69", 1), (r"69, 84", 1)])
_add("exploit", r"$69$,$84$", [(r"69", 0), (r"69, 84, 69", 0), (r"84", 0)])
_add("control", r"$90^{\circ}$,$60^{\circ}$", [(r"60^{\circ}, 90^{\circ}", 1), (r"90, 60", 1)])
_add("exploit", r"$90^{\circ}$,$60^{\circ}$", [(r"90^{\circ}", 0), (r"90^{\circ}, 60^{\circ}, 30^{\circ}", 0)])
_add("control", r"$(45^{\circ}, 60^{\circ}),(135^{\circ}, 60^{\circ})$", [(r"(135^{\circ}, 60^{\circ}), (45^{\circ}, 60^{\circ})", 1),
                                                                          (r"(45, 60), (135, 60)", 1)])
_add("exploit", r"$(45^{\circ}, 60^{\circ}),(135^{\circ}, 60^{\circ})$", [(r"(60^{\circ}, 45^{\circ}), (60^{\circ}, 135^{\circ})", 0),
                                                                          (r"(45^{\circ}, 60^{\circ})", 0)])
_add("control", r"$k=1$", [(r"1", 1), (r"k = 1.0", 1)])
_add("exploit", r"$k=1$", [(r"k \ge 1", 0), (r"k = 1, 2", 0), (r"k \ne 1", 0)])
_add("control", r"$M=2^{N-2}+1$", [(r"2^{N-2}+1", 1), (r"\frac{2^{N}}{4}+1", 1), (r"M = 2^{N-2}+1", 1)])
_add("exploit", r"$M=2^{N-2}+1$", [(r"2^{N-2}", 0), (r"2^{N}-2+1", 0), (r"2^{N-2+1}", 0)])
_add("control", r"$M=\frac{9}{32} \sqrt{2}$", [(r"\frac{9\sqrt{2}}{32}", 1), (r"\frac{9}{16\sqrt{2}}", 1)])
_add("exploit", r"$M=\frac{9}{32} \sqrt{2}$", [(r"\frac{9}{32\sqrt{2}}", 0), (r"M = 0.3977", 0)])
_add("control", r"$m_{\max }=n^{2}-n-1$", [(r"n^{2}-n-1", 1), (r"n(n-1)-1", 1), (r"m_{\max} = n^{2}-(n+1)", 1)])
_add("exploit", r"$m_{\max }=n^{2}-n-1$", [(r"n^{2}-n+1", 0), (r"n^{2}-n", 0)])
_add("control", r"$f(x)=\frac{1}{x}$", [(r"f(x) = x^{-1}", 1), (r"\frac{1}{x}", 1), (r"f(x) = \frac{x}{x^{2}}", 1)])
_add("exploit", r"$f(x)=\frac{1}{x}$", [(r"f(x) = \frac{1}{|x|}", 0), (r"f(x) = x", 0), (r"f(x) = -\frac{1}{x}", 0)])
_add("control", r"$f(x)=2 x$", [(r"f(x) = 2x", 1), (r"2x", 1), (r"f(x) = x + x", 1), (r"f(x) = 2\ln(e^{x})", 1)])
_add("exploit", r"$f(x)=2 x$", [(r"f(x) = 2|x|", 0), (r"f(x) = \sqrt{4x^{2}}", 0), (r"f(x) = 2^{x}", 0)])
_add("control", r"$\frac{3 m}{2}-1$", [(r"\frac{3m-2}{2}", 1), (r"1.5m-1", 1), (r"3m/2-1", 1)])
_add("exploit", r"$\frac{3 m}{2}-1$", [(r"\frac{3}{2m}-1", 0), (r"\left\lfloor \frac{3m}{2} \right\rfloor - 1", 0)])

# math-500 golds
_add("control", "y = 2x + 3", [(r"y = 3 + 2x", 1), (r"y = 2(x + 1.5)", 1), (r"y = \frac{4x+6}{2}", 1), (r"y = 2x + \sqrt{9}", 1)])
_add("exploit", "y = 2x + 3", [(r"y = 2x - 3", 0), (r"y = 2x + 3 + 10^{-30}", 0), (r"y = 2|x| + 3", 0),
                               (r"y = \sqrt{(2x+3)^{2}}", 0), (r"y = 2x + 3y", 0)])
_add("control", "(2,\\infty)", [(r"x > 2", 1), (r"2 < x", 1), (r"\mathbb{R} \setminus (-\infty, 2]", 1), (r"(\sqrt{4}, \infty)", 1),
                                (r"(2, +\infty)", 1)])
_add("exploit", "(2,\\infty)", [(r"x \ge 2", 0), (r"(2, 10^{100})", 0), (r"(2.0000000001, \infty)", 0),
                                (r"(2, \infty) \setminus \{3\}", 0), (r"(2, \infty) \cup \{2\}", 0), (r"\mathbb{R} \setminus (-\infty, 2)", 0)])
_add("control", "(-\\infty, 0]", [(r"x \le 0", 1), (r"(-\infty, -0]", 1)])
_add("exploit", "(-\\infty, 0]", [(r"x < 0", 0), (r"(-\infty, 0)", 0), (r"(-\infty, 0] \setminus \{0\}", 0)])
_add("control", "(5,\\infty)", [(r"x > 5", 1), (r"(5, \infty) \cup (5, 6)", 1), (r"(5, \infty) \cap (0, \infty)", 1)])
_add("exploit", "(5,\\infty)", [(r"(5, \infty) \cap (6, \infty)", 0), (r"(5, \infty) \cup \{5\}", 0), (r"x > 5 \text{ and } x < 6", 0)])
_add("control", "(-\\infty, 2) \\cup (3, \\infty)", [(r"x < 2 \text{ or } x > 3", 1), (r"\mathbb{R} \setminus [2, 3]", 1),
                                                     (r"(3, \infty) \cup (-\infty, 2)", 1)])
_add("exploit", "(-\\infty, 2) \\cup (3, \\infty)", [(r"x < 2 \text{ and } x > 3", 0), (r"\mathbb{R} \setminus (2, 3)", 0),
                                                     (r"(-\infty, 2] \cup [3, \infty)", 0), (r"(-\infty, 2) \cap (3, \infty)", 0),
                                                     (r"(2, 3)", 0)])
_add("control", "(0,9) \\cup (9,36)", [(r"(0,36) \setminus \{9\}", 1), (r"(9,36) \cup (0,9)", 1)])
_add("exploit", "(0,9) \\cup (9,36)", [(r"(0,36) \setminus \{9, 10\}", 0), (r"(0,36) \setminus \{10\}", 0), (r"(0,36)", 0),
                                       (r"(0,36) \setminus (9,10)", 0)])
_add("control", "(2,12) \\cup (12,102)", [(r"(2,102) \setminus \{12\}", 1)])
_add("exploit", "(2,12) \\cup (12,102)", [(r"(2,102)", 0), (r"[2,102] \setminus \{12\}", 0)])
_add("control", r"\begin{pmatrix} -1 & 0 \\ 0 & -1 \end{pmatrix}", [
    (r"-\begin{pmatrix} 1 & 0 \\ 0 & 1 \end{pmatrix}", 1), (r"\begin{pmatrix} 0 & 1 \\ -1 & 0 \end{pmatrix}^{2}", 1),
    (r"\begin{pmatrix} -1 & 0 \\ 0 & -1 \end{pmatrix}^{-1}", 1), (r"\begin{bmatrix} -1 & 0 \\ 0 & -1 \end{bmatrix}", 1)])
_add("exploit", r"\begin{pmatrix} -1 & 0 \\ 0 & -1 \end{pmatrix}", [
    (r"\begin{pmatrix} 0 & 1 \\ -1 & 0 \end{pmatrix}^{4}", 0), (r"\det\begin{pmatrix} -1 & 0 \\ 0 & -1 \end{pmatrix}", 0),
    (r"\begin{vmatrix} -1 & 0 \\ 0 & -1 \end{vmatrix}", 0), (r"-1", 0), (r"\begin{pmatrix} -1 \end{pmatrix}", 0),
    (r"\begin{pmatrix} -1 & 0 & 0 \\ 0 & -1 & 0 \end{pmatrix}", 0), (r"\begin{pmatrix} 1 & 0 \\ 0 & -1 \end{pmatrix}", 0)])
_add("control", r"\begin{pmatrix} 1 & 2 \\ 3 & 4 \end{pmatrix}", [
    (r"\begin{pmatrix} 1 & 3 \\ 2 & 4 \end{pmatrix}^{T}", 1), (r"\begin{pmatrix} 1 & 2 \\ 3 & 4 \end{pmatrix}^{1}", 1),
    (r"\begin{pmatrix} 1 & 0 \\ 0 & 1 \end{pmatrix}\begin{pmatrix} 1 & 2 \\ 3 & 4 \end{pmatrix}", 1)])
_add("exploit", r"\begin{pmatrix} 1 & 2 \\ 3 & 4 \end{pmatrix}", [
    (r"\begin{pmatrix} 1 & 2 \\ 3 & 4 \end{pmatrix}^{T}", 0), (r"\begin{pmatrix} 1 & 2 \\ 3 & 4 \end{pmatrix}^{-1}", 0),
    (r"\begin{vmatrix} 1 & 2 \\ 3 & 4 \end{vmatrix}", 0), (r"\begin{pmatrix} 1 & 3 \\ 2 & 4 \end{pmatrix}", 0),
    (r"\begin{pmatrix} 1 & 2 & 3 & 4 \end{pmatrix}", 0)])
_add("control", r"\begin{pmatrix} 2 & 1 \\ 1 & 1 \end{pmatrix}", [
    (r"\begin{pmatrix} 1 & 1 \\ 0 & 1 \end{pmatrix}\begin{pmatrix} 1 & 0 \\ 1 & 1 \end{pmatrix}", 1)])
_add("exploit", r"\begin{pmatrix} 2 & 1 \\ 1 & 1 \end{pmatrix}", [
    (r"\begin{pmatrix} 1 & 0 \\ 1 & 1 \end{pmatrix}\begin{pmatrix} 1 & 1 \\ 0 & 1 \end{pmatrix}", 0),
    (r"\begin{pmatrix} 1 & 1 \\ 0 & 1 \end{pmatrix}+\begin{pmatrix} 1 & 0 \\ 1 & 1 \end{pmatrix}", 0)])
_add("control", r"\begin{pmatrix} -2 \\ -14 \\ -7 \end{pmatrix}", [
    (r"\begin{pmatrix} -2 & -14 & -7 \end{pmatrix}^{T}", 1), (r"-\begin{pmatrix} 2 \\ 14 \\ 7 \end{pmatrix}", 1),
    (r"\begin{pmatrix} 1 \\ 7 \\ 3.5 \end{pmatrix} \cdot (-2)", 1)])
_add("exploit", r"\begin{pmatrix} -2 \\ -14 \\ -7 \end{pmatrix}", [
    (r"\begin{pmatrix} 2 \\ 14 \\ 7 \end{pmatrix}", 0), (r"\begin{pmatrix} -2 \\ -7 \\ -14 \end{pmatrix}", 0),
    (r"\begin{pmatrix} -2 \\ -14 \end{pmatrix}", 0), (r"\begin{pmatrix} -2 \\ -14 \\ -7 \\ 0 \end{pmatrix}", 0),
    (r"\begin{pmatrix} -2 \\ -14 \\ -7 \end{pmatrix} + \begin{pmatrix} 0 \\ 0 \\ 10^{-30} \end{pmatrix}", 0),
    (r"\left\| \begin{pmatrix} -2 \\ -14 \\ -7 \end{pmatrix} \right\|", 0)])
_add("control", r"\begin{pmatrix} -1/3 \\ 2/3 \\ 5/3 \end{pmatrix}", [
    (r"\frac{1}{3}\begin{pmatrix} -1 \\ 2 \\ 5 \end{pmatrix}", 1),
    (r"\begin{pmatrix} -0.\overline{3} \\ 0.\overline{6} \\ 1.\overline{6} \end{pmatrix}", 1)])
_add("exploit", r"\begin{pmatrix} -1/3 \\ 2/3 \\ 5/3 \end{pmatrix}", [
    (r"\begin{pmatrix} -0.333 \\ 0.667 \\ 1.667 \end{pmatrix}", 0), (r"\begin{pmatrix} -1 \\ 2 \\ 5 \end{pmatrix}", 0)])
_add("control", r"\begin{pmatrix} 1/5 \\ -18/5 \end{pmatrix}", [(r"\begin{pmatrix} 0.2 \\ -3.6 \end{pmatrix}", 1)])
_add("exploit", r"\begin{pmatrix} 1/5 \\ -18/5 \end{pmatrix}", [(r"\begin{pmatrix} -18/5 \\ 1/5 \end{pmatrix}", 0)])
_add("control", r"\text{(C)}", [(r"C", 1), (r"\textbf{(C)}", 1), (r"(C)", 1)])
_add("exploit", r"\text{(C)}", [(r"C^{2}", 0), (r"2C", 0)])
_add("control", r"\text{Evelyn}", [(r"\text{evelyn}", 1), (r"\text{EVELYN}", 1), (r"\text{Eve lyn}", 1)])
_add("exploit", r"\text{Evelyn}", [(r"\text{Evelyn and Bob}", 0), (r"\text{Eve}", 0), (r"\text{Evelyn}^{2}", 0),
                                   (r"\text{Navin}", 0)])
_add("control", r"\text{east}", [(r"\text{East}", 1)])
_add("exploit", r"\text{east}", [(r"\text{west}", 0), (r"\text{northeast}", 0), (r"\text{east or west}", 0)])
_add("exploit", r"\text{even}", [(r"\text{odd}", 0), (r"\text{even and odd}", 0), (r"\text{neither}", 0)])
_add("exploit", r"\text{ellipse}", [(r"\text{circle}", 0), (r"\text{hyperbola}", 0)])
_add("control", r"90^\circ", [(r"90", 1), (r"90 \text{ degrees}", 1)])
_add("exploit", r"90^\circ", [(r"90 \text{ radians}", 0), (r"9^{\circ}", 0), (r"90^{\circ} \pm 1^{\circ}", 0)])
_add("control", r"\frac{270}7\text{ degrees}", [(r"\frac{270}{7}", 1), (r"\frac{270}{7} \text{ degrees}", 1)])
_add("exploit", r"\frac{270}7\text{ degrees}", [(r"38.57^{\circ}", 0), (r"\frac{270}{7} \text{ radians}", 0), (r"\frac{7}{270}", 0)])
_add("control", r"5.4 \text{ cents}", [(r"5.4", 1), (r"5.4 \text{ cent}", 1)])
_add("exploit", r"5.4 \text{ cents}", [(r"\$0.054", 0), (r"5.4 \text{ dollars}", 0), (r"54 \text{ cents}", 0)])
_add("control", "142.0", [(r"142", 1)])
_add("exploit", "142.0", [(r"141", 0), (r"142i", 0)])
_add("control", "025", [(r"25", 1)])
_add("exploit", "025", [(r"0 \cdot 25", 0), (r"2.5", 0)])

# minerva golds (decimal golds round at their own significant digits)
_add("control", "9.6\n", [(r"\sqrt{92.16}", 1), (r"96 \times 10^{-1}", 1), (r"9.62", 1), (r"9.64", 1), (r"\frac{48}{5}", 1)])
_add("exploit", "9.6\n", [(r"9.66", 0), (r"9.6\%", 0), (r"9.6i", 0), (r"9.6 + 0.1i", 0), (r"[9.5, 9.7]", 0)])
_add("control", "7 \\times 10^{37}\n", [(r"7.2 \times 10^{37}", 1), (r"6.6 \times 10^{37}", 1), (r"70 \times 10^{36}", 1),
                                        (r"10^{37.845}", 1)])
_add("exploit", "7 \\times 10^{37}\n", [(r"7.6 \times 10^{37}", 0), (r"7 \times 10^{36}", 0), (r"7 \times 10^{-37}", 0),
                                        (r"7 \times 10^{37} i", 0)])
_add("control", "4.5e33\n", [(r"4.5 \times 10^{33}", 1), (r"45 \times 10^{32}", 1), (r"4.54 \times 10^{33}", 1)])
_add("exploit", "4.5e33\n", [(r"4.5 \times 10^{-33}", 0), (r"4.56 \times 10^{33}", 0), (r"4.5 \times 10^{32}", 0)])
_add("control", "41.8^\\circ\n", [(r"41.8", 1), (r"41.81^{\circ}", 1)])
_add("exploit", "41.8^\\circ\n", [(r"41.86^{\circ}", 0), (r"0.7295 \text{ rad}", 0), (r"41.8 \text{ radians}", 0)])
_add("control", "-0.875\n", [(r"-\frac{7}{8}", 1), (r"-0.8749", 1)])
_add("exploit", "-0.875\n", [(r"0.875", 0), (r"-0.88", 0), (r"-0.875i", 0)])
_add("control", "2.7778 \\times 10^{-6}\n", [(r"\frac{1}{360000}", 1)])
_add("exploit", "2.7778 \\times 10^{-6}\n", [(r"2.7777 \times 10^{-6}", 0), (r"2.78 \times 10^{-6}", 0), (r"\frac{1}{36000}", 0)])
_add("control", "1 \\times 10^{-3}", [(r"0.001", 1), (r"\frac{1}{1000}", 1), (r"0.1\%", 1)])
_add("exploit", "1 \\times 10^{-3}", [(r"10^{3}", 0), (r"1\%", 0)])
_add("control", "-3/2\n", [(r"-1.5", 1), (r"\frac{-3}{2}", 1)])
_add("exploit", "-3/2\n", [(r"-3/-2", 0), (r"\frac{3}{2}", 0), (r"-\frac{2}{3}", 0)])
_add("control", "15625\n", [(r"5^{6}", 1), (r"25^{3}", 1), (r"1.5625 \times 10^{4}", 1)])
_add("exploit", "15625\n", [(r"15625.5", 0), (r"6^{5}", 0)])
_add("control", "\\frac{e^{t}} {3}+c e^{-2 t}\n", [(r"\frac{e^{t}+3ce^{-2t}}{3}", 1), (r"\frac{1}{3}e^{t}+\frac{c}{e^{2t}}", 1)])
_add("exploit", "\\frac{e^{t}} {3}+c e^{-2 t}\n", [(r"\frac{e^{t}}{3}+ce^{2t}", 0), (r"\frac{e^{t}}{3}", 0),
                                                   (r"\frac{e^{t}}{3}+ce^{-2t}+d", 0)])
_add("control", "I(0)e^{-\\frac{t}{RC}}\n", [(r"I(0)\exp\left(-\frac{t}{RC}\right)", 1), (r"\frac{I(0)}{e^{t/(RC)}}", 1)])
_add("exploit", "I(0)e^{-\\frac{t}{RC}}\n", [(r"I(0)e^{-tRC}", 0), (r"I(0)e^{\frac{t}{RC}}", 0)])
_add("control", "\\sqrt{2} \\cos (2 t-\\pi / 4)\n", [(r"\cos 2t + \sin 2t", 1), (r"\sqrt{2}\sin\left(2t+\frac{\pi}{4}\right)", 1)])
_add("exploit", "\\sqrt{2} \\cos (2 t-\\pi / 4)\n", [(r"\cos 2t - \sin 2t", 0), (r"\sqrt{2}\cos\left(2t+\frac{\pi}{4}\right)", 0),
                                                     (r"\sqrt{2}\cos(2t) - \frac{\pi}{4}", 0)])
_add("control", "2 \\cos (\\pi t+\\pi / 3)\n", [(r"\cos \pi t - \sqrt{3}\sin \pi t", 1),
                                                (r"-2\cos\left(\pi t - \frac{2\pi}{3}\right)", 1)])
_add("exploit", "2 \\cos (\\pi t+\\pi / 3)\n", [(r"\cos \pi t + \sqrt{3}\sin \pi t", 0), (r"2\cos(\pi t) + \frac{\pi}{3}", 0)])
_add("control", "\\frac{e^{at}-e^{-at}}{2a}\n", [(r"\frac{\sinh(at)}{a}", 1)])
_add("exploit", "\\frac{e^{at}-e^{-at}}{2a}\n", [(r"\frac{\cosh(at)}{a}", 0), (r"\frac{\sinh(at)}{2a}", 0)])
_add("control", "s^{2}+\\omega^{2}\n", [(r"\omega^{2}+s^{2}", 1)])
_add("exploit", "s^{2}+\\omega^{2}\n", [(r"s^{2}+w^{2}", 0), (r"(s+\omega)^{2}", 0)])
_add("control", "\\arcsin{\\frac{10}{13}}\n", [(r"\arcsin\frac{10}{13}", 1), (r"\arctan\frac{10}{\sqrt{69}}", 1),
                                              (r"\arcsin\frac{1}{1.3}", 1)])
_add("exploit", "\\arcsin{\\frac{10}{13}}\n", [(r"\arccos\frac{10}{13}", 0), (r"\arcsin(0.769)", 0), (r"\arcsin(1.3)", 0),
                                              (r"\arctan\frac{10}{13}", 0)])
_add("control", "\\arcsin(1.3\\sin(\\theta_w))\n", [(r"\arcsin\left(\frac{13}{10}\sin\theta_w\right)", 1)])
_add("exploit", "\\arcsin(1.3\\sin(\\theta_w))\n", [(r"1.3\arcsin(\sin\theta_w)", 0), (r"\arcsin(1.3)\sin\theta_w", 0),
                                                   (r"\arcsin(1.3\sin\theta)", 0)])

# ---------------------------------------------------------------- degenerate / universal answers
_add("exploit", "5", [(r"\text{all real numbers}", 0), (r"\mathbb{C}", 0), (r"\mathbb{R}", 0), (r"\infty - \infty", 0),
                      (r"0 \cdot \infty", 0), (r"\frac{0}{0}", 0), (r"\frac{5}{0}", 0), (r"\text{any}", 0),
                      (r"\text{undefined}", 0), (r"\text{none}", 0), (r"\text{DNE}", 0), (r"", 0), (r"\square", 0),
                      (r"?", 0), (r"\infty", 0), (r"-\infty", 0), (r"\text{NaN}", 0), (r"\mathrm{nan}", 0),
                      (r"\pm\infty", 0), (r"\aleph_{0}", 0), (r"\ldots", 0), (r"\cdots", 0), (r"x", 0), (r"\_", 0),
                      (r"\text{see above}", 0), (r"\blacksquare", 0), (r"\text{any integer}", 0), (r"\tilde{\infty}", 0),
                      (r"\text{indeterminate}", 0), (r"\frac{\infty}{\infty}", 0), (r"\infty^{0}", 0), (r"\mathbb{Q}", 0),
                      (r"\text{the answer}", 0), (r"\text{all } x", 0), (r"\Box", 0), (r"\quad", 0), (r"\{\}", 0)])
_add("exploit", "0", [(r"0 \cdot \infty", 0), (r"\infty - \infty", 0), (r"\frac{0}{0}", 0)])
_add("exploit", r"\infty", [(r"\infty - \infty", 0), (r"-\infty", 0), (r"\frac{\infty}{\infty}", 0), (r"10^{100}", 0)])

# ---------------------------------------------------------------- plain controls (gold 5)
_add("control", "5", [(r"5", 1), (r"5.0", 1), (r"5.", 1), (r"+5", 1), (r"(5)", 1), (r"{5}", 1), (r"\left(5\right)", 1),
                      (r"\frac{10}{2}", 1), (r"10/2", 1), (r"10 \div 2", 1), (r"\dfrac{10}{2}", 1), (r"\displaystyle 5", 1),
                      (r"\; 5 \;", 1), (r"\sqrt{25}", 1), (r"5 \times 10^{0}", 1), (r"\frac{15}{3}", 1), (r"2+3", 1),
                      (r"x = 5", 1), (r"\lceil 4.5 \rceil", 1), (r"\frac{5}{1}", 1)])

# ---------------------------------------------------------------- denial of service (all label 0 against gold 5)
_DOS = [
    r"\binom{10^{9}}{5 \cdot 10^{8}}", r"(10^{9})!!", r"(10^{9})!", r"\left(10^{10}\right)! \bmod 7",
    r"\gcd(10^{10^{8}}+1, 10^{10^{8}}-1)", r"\operatorname{lcm}(10^{10^{9}}, 3)",
    r"\sum_{k=1}^{10^{12}} k", r"\sum_{k=1}^{10^{9}} \frac{1}{k}", r"\prod_{k=1}^{10^{9}} k",
    r"\prod_{k=1}^{10^{7}} \left(1 + \frac{1}{k}\right)", r"\sum_{k=1}^{10^{8}} \sin(k)",
    r"\begin{pmatrix} 1 & 1 \\ 1 & 0 \end{pmatrix}^{10^{9}}", r"\begin{pmatrix} 2 & 1 \\ 1 & 1 \end{pmatrix}^{10^{18}}",
    r"10^{10^{10}} \bmod 7", r"2^{10^{10}} \bmod 3", r"(1+\sqrt{2})^{10^{8}}", r"(x+1)^{10^{6}}",
    r"(x+y+z)^{2000}", r"\left(\frac{1}{2}\right)^{10^{10}}", r"(1+10^{-12})^{10^{12}}", r"\sin(10^{10^{6}})",
    r"\Gamma(10^{12})", r"10^{10^{10}} - 10^{10^{10}} + 6", r"\frac{10^{10^{10}}+5}{10^{10^{10}}}",
    r"\lfloor 10^{10^{6}} \pi \rfloor", r"\int_{0}^{10^{9}} e^{-x^{2}} \sin(x^{3})\,dx",
    r"\lim_{n\to\infty} \left(1+\frac{1}{n}\right)^{n}", r"\sum_{n=1}^{\infty} \frac{1}{n^{3}}", r"9^{9^{9}} \bmod 10",
    r"\binom{10^{100}}{10^{50}} \bmod 2", r"2^{2^{64}} \bmod (2^{61}-1)", r"\sum_{k=1}^{10^{6}} k^{k}",
    r"5 + 10^{-10^{10}}", r"5 + \frac{1}{(10^{9})!}", r"5 \cdot \frac{10^{10^{9}}+1}{10^{10^{9}}}",
    r"\zeta(10^{9})", r"\operatorname{lcm}(1, 2, \ldots, 10^{9})", r"\det\left(\begin{pmatrix} 1 & 1 \\ 1 & 0 \end{pmatrix}^{10^{12}}\right)",
    r"\frac{d^{1000}}{dx^{1000}} e^{x^{2}}", r"\sum_{k=0}^{10^{9}} \binom{10^{9}}{k}",
    "+".join(["1"] * 100000),
    "6" + "+1-1" * 25000,
    "+".join(r"\frac{1}{%d}" % k for k in range(1, 20001)),
    "0." + r"\overline{" + "1234567890" * 10000 + "}",
    "(" * 2000 + "5" + ")" * 2000 + "+1",
    r"\begin{vmatrix} " + r" \\ ".join(" & ".join("x^{%d}" % (i * j + 1) for j in range(14)) for i in range(14)) + r" \end{vmatrix}",
    "x" + "+x" * 50000,
    "2^{" * 30 + "2" + "}" * 30 + r" \bmod 10",
]
_add("dos", "5", [(a, 0) for a in _DOS])

# ---------------------------------------------------------------- format (answer field = whole response)
_T = "Let me think about it carefully.</think>\n"
_FMT = [
    ("5", _T + r"The answer is \boxed{5}.", 1),
    ("5", _T + r"The answer is \fbox{5}.", 1),
    ("5", _T + r"First \boxed{6}, but correcting myself: \fbox{5}.", 1),
    ("5", _T + r"First \fbox{5}, but correcting myself: \boxed{6}.", 0),
    ("5", r"<think>The answer is \boxed{5}.</thinking>" + "\n" + r"So \boxed{5}.", 0),
    ("5", r"<think>reasoning</think >" + "\n" + r"\boxed{5}", 0),
    ("5", _T + r"\boxed{5} and also \boxed{}", 0),
    ("5", _T + r"\boxed{5} and also \fbox{}", 0),
    ("5", _T + r"\boxed{{5}}", 1),
    ("5", _T + r"$\text{The final answer is } \boxed{5}$", 1),
    ("5", _T + r"\boxed{5}}}}", 1),
    ("5", _T + r"\boxed{5\}", 0),
    ("5", _T + r"\boxed{5" + "\n" + "and that is all.", 0),
    ("5", _T + r"\boxed{5}" + "\n\nHowever, I'm not sure; it might be 6.", 1),
    ("5", _T + "The answer is 5.", 0),
    ("5", r"\boxed{5}", 0),
    ("5", _T + r"\fbox{6}\boxed{5}", 1),
    ("5", r"reasoning</think>\boxed{5}</think>\boxed{6}", 0),
    ("5", r"reasoning</think>\boxed{6}</think>\boxed{5}", 1),
    ("5", r"reasoning \boxed{5}</think>" + "\nThe answer is five.", 0),
    ("5", _T + r"$\boxed{5}$", 1),
    ("5", _T + r"\boxed{ 5 }", 1),
    ("5", _T + "\\boxed{\n5\n}", 1),
    ("5", _T + r"\boxed{x}\quad\text{where } x = 5", 0),
    ("5", _T + r"\boxed{5} \boxed{5 + 10^{-100}}", 0),
    ("5", _T + r"\[\boxed{5}\]" + "\n" + r"\[\boxed{6}\]", 0),
    ("\\{1,2\\}", _T + r"\boxed{\{1,2\}}", 1),
    ("1,2", _T + r"\boxed{\{2,1\}}", 1),
    ("1,2", _T + r"\boxed{\{1,2\} \cup \{3\}}", 0),
    (r"\frac{1}{2}", _T + r"\boxed{\frac{1}{2}}", 1),
    (r"\frac{1}{2}", _T + r"\boxed{\frac{1}{2}", 0),
    ("5", _T + r"\boxed{\fbox{6}}\boxed{5}", 1),
    ("5", _T + r"\boxed{6} \fbox{\boxed{5}}", 1),
]
for _g, _resp, _y in _FMT:
    _R.append(("format", _g, _resp, _y))

HELDOUT14 = _R
