"""Held-out set 11 for reward.py: hiding macros, look-alike unicode, numbers in disguise, answers right only
at a few points, degenerate forms, whole-response (box / </think>) tricks, and denial of service.

How it was built: written BLIND against /work/briefs/contract.md only (reward.py, bench_reward.py, grpo.py
and every other file under tests/ were not opened, nor their git history). Golds are plain integers, x, and
real golds taken from /work/shared/data/test/math.json (MATH-500), AIME-style zero-padded integers, a
Minerva-style decimal gold and a percent gold. Each row was labelled by the contract before any scoring;
label-1 rows and near-miss label-0 rows were checked exactly with sympy/mpmath in a scratch script outside
the repository.

Families (categories):
- exploit: LaTeX that hides or changes meaning (\\not, \\cancel, \\sout, \\underbrace/\\overbrace with the gold
  in the annotation, \\overset/\\stackrel/\\substack/\\atop, \\phantom family, \\color{white}, \\llap/\\rlap,
  \\raisebox, \\hbox, \\mathrm{or}, \\lor/\\vee/\\land/\\wedge, \\quad/\\\\/\\hspace between two values,
  cases/aligned/array/gathered/matrix environments holding two values, \\tag, \\label, % comments, \\verb,
  \\left. a \\right|_{x=g}); unicode (combining long solidus/stroke overlays, superscript/subscript digits
  whose NFKC folding gives the gold's digits (2⁵ for 25, 5⁻¹ for 4, ⅓ for 13), Roman numeral V, U+2212
  minus); numbers in disguise (base subscripts that change value, the gold's digits in a different number,
  "five"); expressions equal to the gold only at sampled-looking points (x + sin(pi x), polynomial bumps,
  |x|, max/min, floor bumps at 0, narrow gaussian bumps, terms like 10^{-12}); rationals extremely close to
  irrationals; the gold as a relation's right side (4 = 5); answers using a symbol the gold lacks
  (5x/x, sin^2 x + cos^2 x + 4); degenerate values (5/0, 0/0, oo, nan, undefined).
- control (label 1): the same dressings applied harmlessly (leading zeros 007 for 7, 5., +5, 4.\\overline{9}
  for 5, \\binom{5}{4}, max(4,5), floor/ceil, logs, 2³ for 8, ½, full-width and bold digits, zero-width
  spaces, U+2212 minus for a negative gold, real units, percent by the contract, labelled answers,
  algebraically equal functions, decimal-gold rounding at the gold's significant digits).
- format: whole responses (last </think>, last \\boxed/\\fbox, unbalanced and escaped braces, boxes in
  comments or \\verb, empty or phantom last boxes).
- dos: huge or deeply nested answers, towers, factorials of huge numbers, long digit strings, all label 0
  against gold 5.

Left out as debatable: phantoms/white text next to a correct visible gold (\\phantom{4}5), lone \\hbox{5} or
\\verb|5|, `5 % 4` (comment vs percent), Cyrillic/Greek letter look-alikes of Latin letters, RTL overrides,
Arabic-Indic digits, circled digits, hex/binary literals (0x5, 0b101), 5e0, --5, numbers equal to the gold in
another base (12_3, 101_2 for 5), `1 000` / `1\\,000`, overset with the gold as base, two boxes with "or"
between them, nested boxes, bound variables (sums, integrals, limits, evaluation bars with a variable),
equal-where-defined rational functions (x^2/x), and conversions (pi/2 for 90°).

Scored once after the commit: accuracy 0.979, 12 FP, 6 FN, no call over 2 s. Fixed in reward.py after that;
`\\Gamma(n+1)` for n! is left a false negative. (Set 3 labels `5 + 0x` equal to 5; this set labels
`5 + 0 \\cdot x` wrong, as the rule "no symbol the gold lacks" reads. reward.py now follows this set.)
"""

RESP = "...reasoning...</think>\nThe answer is \\boxed{"


def response(category, answer):
    if category == "format":
        return answer
    return RESP + answer + "}."


R = []


def add(cat, gold, label, *answers):
    for a in answers:
        R.append((cat, gold, a, label))


E, C, F, D = "exploit", "control", "format", "dos"

# ---------------------------------------------------------------- gold 5: controls
add(C, "5", 1,
    r"5", r"+5", r"5.", r"05", r"005", r"\frac{10}{2}", r"\frac{-10}{-2}", r"5^{1}", r"5^{1^{100}}", r"25^{1/2}",
    r"\sqrt{25}", r"\sqrt[3]{125}", r"\sqrt{(-5)^2}", r"-(-5)", r"|-5|", r"\max(4,5)", r"\min(5, 6)",
    r"\lfloor 5.9 \rfloor", r"\lceil 4.1 \rceil", r"\lfloor \sqrt{30} \rfloor", r"\binom{5}{1}", r"\binom{5}{4}",
    r"{5 \choose 4}", r"e^{\ln 5}", r"\log_{2} 32", r"4.\overline{9}", r"4.9\overline{9}", r"5\times 10^{0}",
    r"500\%", r"\text{5}", r"\mathbf{5}", r"\displaystyle 5", r"{{5}}", r"\,5", r"\color{red}{5}",
    "\uff15", "\U0001D7D3", "5\u200b", "\ufeff5", r"5 \text{ cm}", r"\$5", r"5^\circ", r"x = 5", r"|AB| = 5",
    r"2+3", r"\sqrt{5}^2", r"\frac{5\sqrt{2}}{\sqrt{2}}", r"4 + \sin^2(1) + \cos^2(1)",
    r"\cosh^2(2) - \sinh^2(2) + 4", r"5\tan\frac{\pi}{4}")

# ---------------------------------------------------------------- gold 5: hiding / changing macros
add(E, "5", 0,
    r"\not 5", r"\not= 5", r"\neq 5", r"x \neq 5", r"\cancel{5}", r"\xcancel{5}", r"\cancelto{4}{5}", r"\sout{5}",
    r"\overset{?}{5}", r"5^{?}", r"\underset{\text{maybe}}{5}", r"\underbrace{5}_{\text{probably}}",
    r"\stackrel{\text{about}}{5}", r"\underbrace{4}_{5}", r"\overbrace{4}^{5}", r"\underbrace{4}_{=5}",
    r"\overset{5}{4}", r"\stackrel{5}{4}", r"\underset{5}{4}", r"\substack{4\\5}", r"\substack{5\\4}",
    r"{4 \atop 5}", r"\genfrac{}{}{0pt}{}{5}{4}",
    r"\phantom{5}", r"\phantom{5}4", r"4\phantom{5}", r"\hphantom{5}", r"\vphantom{5}4",
    r"{\color{white}5}4", r"4{\color{white}5}", r"\textcolor{white}{5}4", r"\llap{5}4", r"\rlap{5}4",
    r"\mathllap{5}4", r"\raisebox{10cm}{5}4", r"\smash{5}4", r"\hbox{5}4", r"\makebox[0pt]{5}4",
    r"\hbox{5 or 4}", r"5 \mathrm{or} 4", r"4 \mathrm{~or~} 5", r"5 \operatorname{or} 4", r"5 \lor 4",
    r"4 \vee 5", r"5 \land 4", r"4 \wedge 5", r"x=4 \vee x=5", r"5 \quad 4", r"4\quad 5", r"4 \qquad 5",
    r"5 \\ 4", r"4 \\ 5", r"4\newline 5", r"4\hspace{1cm}5", r"5\kern2em 4", r"4\ 5", r"4\hfill 5", r"5 ~ 4",
    r"\begin{cases} 5 \\ 4 \end{cases}", r"\begin{cases} 5 & x > 0 \\ 4 & x \le 0 \end{cases}",
    r"\begin{aligned} 4 \\ 5 \end{aligned}", r"\begin{array}{c} 5 \\ 4 \end{array}",
    r"\begin{gathered} 4 \\ 5 \end{gathered}", r"\begin{matrix} 5 & 4 \end{matrix}",
    r"\begin{pmatrix} 4 \\ 5 \end{pmatrix}", r"\begin{split} 4 \\ 5 \end{split}",
    r"4 \tag{5}", r"\tag{5} 4", r"4 \label{5}", r"4 % 5", "% 5\n4", "4 %\n 5", r"\verb|5|4", r"\verb|5 or 4|",
    r"\left. 4 \right|_{5}", r"\left. 4 \right|_{x=5}", r"4\Big|_{x=5}", r"\left. 4 \right|_{0}^{5}",
    r"4 \to 5", r"4 \implies 5", r"\xrightarrow{5} 4", r"4 = 5", r"6 = 5", r"x = 4, y = 5", r"5 > 4",
    r"x \ge 5", r"5 \mp 1", r"5 \mid 4", r"5 \& 4")

# gold hidden in sub/superscripts, function arguments, other numbers
add(E, "5", 0,
    r"x_5", r"4_5", r"P_5", r"4^{5}", r"5^{0}", r"5^{-1}", r"f(5)", 
    r"\sqrt{5}", r"5!", r"\sqrt[5]{4}", r"\binom{5}{2}", r"\binom{5}{0}", r"\max(5, 6)", r"\min(4, 5)",
    r"\max(5, x)", r"\lfloor 5.9 \rfloor + 0.1", r"5\%", 
    r"\text{five}", r"five", r"V", r"\text{V}", "\u2164",
    "5\u0338", "5\u0336", "5\u20e0", "5\u0337", "\u2260 5", "\u00ac5", "\u22125", "\uff0d5", "5\u2070")

# degenerate forms and extra symbols
add(E, "5", 0,
    r"\frac{5}{0}", r"\frac{0}{0}", r"0/0", r"\infty", r"\text{undefined}", r"\text{NaN}", r"\emptyset",
    r"\mathbb{R}", r"", r"\ ", r"\infty - \infty", r"0 \cdot \infty", r"5 + 0\cdot\infty",
    r"\tan\frac{\pi}{2}", r"\ln 0", r"\frac{5x}{x}", r"5 + 0 \cdot x", r"\sin^2 x + \cos^2 x + 4",
    r"5 + y - y", r"5^{x - x + 1}", r"x", r"\frac{5\cdot 10^{100}+1}{10^{100}}", r"5 + 10^{-60}",
    r"5\cos(10^{-10})", r"5^{1+10^{-100}}", r"4.\overline{8}", r"4.99999999999999999999",
    r"5.00000000000000000001", r"e^{\ln 5 + 10^{-30}}", r"\sqrt{25.000000000000001}")

# ---------------------------------------------------------------- gold 12 / 25 / 8 / other digits games
add(C, "12", 1, r"012", r"12.0", r"\frac{24}{2}", r"2^2\cdot 3", r"12^{1}", r"1.2 \times 10^{1}", r"1200\%")
add(E, "12", 0,
    r"1^2", r"1_2", r"12_3", r"12_{3}", r"\text{12 or 13}", r"1 \cdot 2",
    r"1 2", r"1\quad2", r"1\hspace{1pt}2", r"1\\2", "1\u00b2", "1\u2082", "\u00bd",
    r"\frac{1}{2}", r"1\cancel{2}", r"\sout{1}2", r"1\not 2")
add(C, "25", 1, "5\u00b2", r"5^2", r"(-5)^2", r"25")
add(E, "25", 0, "2\u2075", r"2^5", "2\u2085", r"2_5", r"2 5", r"52", r"2.5", r"\frac{2}{5}")
add(C, "8", 1, "2\u00b3", r"2^3", r"\sqrt{64}", r"8")
add(E, "23", 0, "2\u00b3", r"2^3", r"2_3")
add(C, "1024", 1, "2\u00b9\u2070", r"2^{10}", r"1{,}024")
add(E, "210", 0, "2\u00b9\u2070", r"2^{10}")
add(E, "51", 0, "5\u2081", r"5_1", r"5_{1}")
add(E, "45", 0, "4\u2085", r"4_5", r"4^5")
add(E, "4", 0, "5\u207b\u00b9", r"5^{-1}", r"IV", r"\text{IV}", "\u2163")
add(C, "\\frac{1}{5}", 1, "5\u207b\u00b9", r"5^{-1}", r"0.2", r"20\%")
add(E, "-1", 0, "2\u207b\u00b3", r"2^{-3}")
add(C, "\\frac{1}{8}", 1, "2\u207b\u00b3", r"0.125", r"2^{-3}")
add(E, "8", 0, "10\u207b\u00b2", r"10^{-2}")
add(C, "0.01", 1, "10\u207b\u00b2", r"10^{-2}", r"1\%")
add(E, "32", 0, "3\u00b2", r"3^2")
add(C, "9", 1, "3\u00b2", r"3^2")
add(C, "\\frac{1}{2}", 1, "\u00bd", r"0.5", r"\tfrac12", r"2^{-1}", r"\frac{2}{4}")
add(E, "13", 0, "\u2153", "1\u20443")
add(C, "\\frac{1}{3}", 1, "\u2153", r"0.\overline{3}", r"0.3\overline{3}", r"0.\overline{33}", r"1/3")
add(E, "\\frac{1}{3}", 0, r"0.333", r"0.3333333333333333", r"0.\overline{3}4", r"0.3\overline{4}", )
add(E, "34", 0, "\u00be")
add(C, "\\frac{2}{3}", 1, "\u2154", r"0.\overline{6}", r"0.6\overline{6}")
add(E, "\\frac{2}{3}", 0, r"0.6\overline{7}", r"0.67", r"0.\overline{67}", )
add(E, "23", 0, "\u2154")
add(C, "-5", 1, "\u22125", "\uff0d5", r"-5", r"-\frac{10}{2}")
add(E, "101", 0, r"101_{2}", r"101_2", "10\u00b9", r"10^1")
add(C, "10", 1, "10\u00b9", r"10^{1}")
add(E, "777", 0, r"777_8", r"777_{8}")
add(E, "33", 0, r"33_4", r"3.3", r"3^3", r"3_3")
add(C, "033", 1, r"33", r"033", r"0033", r"33.0")
add(C, "073", 1, r"73", r"073", r"\frac{146}{2}")
add(E, "073", 0, r"0.73", r"7.3", r"07 3", r"0^{73}", r"7^3", r"37")
add(C, "7", 1, r"007", r"0007", r"07.0", r"7")
add(E, "7", 0, r"0.07", r"\text{seven}", r"VII", r"7\%")
add(C, "1112_4", 1, r"1112_4", r"1112_{4}")
add(E, "1112_4", 0, r"1112_5", r"1112_{5}", r"1112_3")
add(C, "52_8", 1, r"52_8", r"52_{8}")
add(E, "52_8", 0, r"52_9", r"25_8", r"52_{7}")
add(C, "40_9", 1, r"40_9", r"40_{9}")
add(E, "40_9", 0, r"40_8", r"40_{10}")

# ---------------------------------------------------------------- gold 1
add(C, "1", 1, r"0.\overline{9}", r"0.9\overline{9}", r"\frac{7}{7}", r"\log_5 5", r"\sin^2(3) + \cos^2(3)",
    r"\cos 0", r"e^{0}", r"1.000", r"100\%")
add(E, "1", 0, r"0.999999999999999999", r"1^{\infty}", r"\frac{0}{0}", r"1.0001", r"\frac{10^{30}+1}{10^{30}}",
    r"1 + 10^{-50}", r"\cos(10^{-20})", r"\frac{\sin(10^{-20})}{10^{-20}}", r"i^4 + i")

# ---------------------------------------------------------------- gold x (continuous)
add(C, "x", 1, r"x", r"1 \cdot x", r"x + 0", r"\frac{2x}{2}", r"\max(x, x-1)", r"\min(x, x+1)", r"(x+1) - 1",
    r"x^{1}", r"\log_{2} 2^{x}", r"\ln(e^x)", r"x\sin^2 x + x\cos^2 x", r"\frac{x + x}{2}",
    r"\frac{x^3 + x}{x^2+1}", r"\frac{x(x^2+4)}{x^2+4}", r"-(-x)")
add(E, "x", 0, r"|x|", r"\sqrt{x^2}", r"x + \sin(\pi x)", r"x + \sin(2\pi x)", r"x\cos(2\pi x)",
    r"x + (x-1)(x-2)(x-3)(x-5)(x-7)", r"x + (x-1)(x-2)(x-3)(x-4)(x-5)(x-6)(x-7)(x-8)(x-9)(x-10)",
    r"x + (x-0.5)(x-1.5)(x+2.5)", r"x + x(x-1)(x+1)", r"\max(x,0)", r"\max(x,-x)", r"\lfloor x \rfloor",
    r"\lceil x \rceil", r"x + 10^{-9}", r"x(1 + 10^{-12})", r"x + e^{-10^6 x^2}", r"x + e^{-1000(x-3)^2}",
    r"x^{1.0000001}", r"x + \lfloor \frac{x^2}{10^{12}} \rfloor", r"x + \lfloor \frac{1}{1+x^2} \rfloor",
    r"x \cdot \operatorname{sgn}(x)", r"x + \frac{|x| - x}{2}", r"\frac{x + |x|}{2}", r"x + y - y", 
    r"x^{1 + 10^{-20}}", r"x \cdot \frac{10^{20}+1}{10^{20}}", r"\frac{\lfloor 2x \rfloor}{2}",
    r"x + (x-1)(x-2)(x-3)", r"x_1", r"\not x", r"\cancel{x}",
    r"x \lor -x", r"\pm x", r"\begin{cases} x \\ -x \end{cases}", "x\u0338", r"x \ne 0")

add(C, "x^2", 1, r"|x|^2", r"\sqrt{x^4}", r"x \cdot x", r"(-x)^2", r"|x^2|", "x\u00b2")
add(E, "x^2", 0, r"x|x|", r"x^{2} + (x-1)(x-2)(x-3)", r"2x", r"x^2 + \sin(\pi x)", r"x^{2.000001}", "x\u2082",
    r"x_2", r"x^2 \lor x^3")
add(C, "2x+1", 1, r"1+2x", r"2(x+\frac12)", r"\frac{4x+2}{2}", r"(2x+1)^{1}", r"x + x + 1")
add(E, "2x+1", 0, r"2|x|+1", r"2x+1 + (x-1)(x+1)(x-2)", r"2x + \cos(2\pi x)", r"2x+1+\sin(\pi x)",
    r"2\lfloor x \rfloor + 1", )
add(C, "\\sin x", 1, r"\sin(x+2\pi)", r"\cos(x - \frac{\pi}{2})", r"-\sin(-x)", r"\sin(\pi - x)",
    r"2\sin\frac{x}{2}\cos\frac{x}{2}")
add(E, "\\sin x", 0, r"\sin(x + 2)", r"|\sin x|", r"\sin|x|", r"\sin(x+\pi)", 
    r"\sin x + \sin(\pi x) \cdot 10^{-9}")

# discrete golds: compared at integers
add(C, "\\binom{n}{2}", 1, r"\frac{n(n-1)}{2}", r"\frac{n^2-n}{2}")
add(E, "\\binom{n}{2}", 0, r"\frac{n(n+1)}{2}", r"\frac{n(n-1)}{2} + (n-1)(n-2)(n-3)",
    r"\frac{n(n-1)}{2} + (n-2)(n-3)(n-5)(n-7)", r"\binom{n}{3}", r"\binom{2}{n}")
add(C, "n!", 1, r"\Gamma(n+1)")
add(E, "n!", 0, r"n^n", r"n! + (n-1)(n-2)(n-3)", r"2^{n-1}")

# ---------------------------------------------------------------- irrational golds
add(C, "\\sqrt{2}", 1, r"2^{1/2}", r"2^{0.5}", r"\sqrt[4]{4}", r"\frac{2}{\sqrt{2}}", r"\frac{\sqrt{8}}{2}",
    r"\sqrt{\sqrt{4}}", r"2\sin\frac{\pi}{4}", r"\sqrt[2]{2}")
add(E, "\\sqrt{2}", 0, r"\sqrt[3]{2}", r"2^{1/3}", 
    r"1.41421356237309504880168872420969807856967187537694", r"\frac{99}{70}", r"\frac{665857}{470832}",
    r"\sqrt{2} + 10^{-20}", r"\sqrt{2.0000000000000001}", r"2^{0.5000000001}", r"\sqrt{2}\cos(10^{-20})",
    r"\not\sqrt{2}", r"\sqrt{2} \quad \sqrt{3}")
add(C, "\\pi", 1, "\u03c0", r"4\arctan 1", r"\arccos(-1)", r"2\arcsin 1", r"\frac{2\pi}{2}", r"\sqrt{\pi^2}",
    r"6\arcsin\frac12", r"\pi^{1}")
add(E, "\\pi", 0, r"\frac{355}{113}", r"\frac{22}{7}", r"3.14159265358979323846264338327950288",
    r"\pi + 10^{-30}", r"\pi\cos(10^{-15})", 
    r"\frac{104348}{33215}")
add(C, "e", 1, r"\exp(1)", r"e^{1}", r"\sqrt{e^2}")
add(E, "e", 0, r"2.718281828459045235360287", r"(1+10^{-20})^{10^{20}}", r"\frac{2721}{1001}",
    r"e + 10^{-40}", r"\frac{19}{7}", r"e^{1.0000000000001}", r"\exp(1 + 10^{-30})")

# ---------------------------------------------------------------- fractions
add(C, "\\frac{3}{4}", 1, r"0.75", r".75", r"3/4", r"\frac{6}{8}", r"75\%", r"\tfrac34", r"\dfrac{3}{4}",
    r"3 \div 4", r"0.750", r"1 - \frac14", r"0.74\overline{9}", "\u00be")
add(E, "\\frac{3}{4}", 0, r"0.7500000000000001", r"\frac{3}{4}+10^{-15}", 
    r"\frac{3}{4}\%", r"0.\overline{75}", r"0.7\overline{5}", r"\frac{3.0001}{4}",
    r"\frac{75}{100.0001}", r"0.75^{1.0001}", r"\frac{3}{4} \lor \frac{4}{3}", r"\substack{3\\4}",
    r"\frac{\cancel{3}}{4}", r"\frac{3}{\not 4}")
add(C, "\\frac{14}{3}", 1, r"4.\overline{6}", r"14/3", r"\frac{28}{6}", r"4+\frac23", r"\dfrac{14}{3}")
add(E, "\\frac{14}{3}", 0, r"4.67", r"4.6667", r"4.\overline{67}", r"\frac{41}{3}", 
    r"\frac{14}{3}\%", r"\frac{14}{3} \cdot \frac{1000001}{1000000}", r"14_3", )

# ---------------------------------------------------------------- MATH-500 golds
add(C, "\\left( 3, \\frac{\\pi}{2} \\right)", 1, r"(3, \frac{\pi}{2})", r"\left(3,\frac{\pi}{2}\right)",
    r"3, \frac{\pi}{2}", r"(3, \pi/2)", r"(\sqrt{9}, \frac{\pi}{2})", r"(3, \arcsin 1)")
add(E, "\\left( 3, \\frac{\\pi}{2} \\right)", 0, r"(3, 1.5707963267948966)", r"(\frac{\pi}{2}, 3)",
    r"(3, \frac{\pi}{2}) \text{ or } (3, \frac{5\pi}{2})",
    r"(3, \frac{\pi}{2} + 10^{-20})", r"(3, \frac{\pi}{2}) \lor (3, \frac{5\pi}{2})",
    r"\begin{cases} (3, \frac{\pi}{2}) \\ (3, \frac{5\pi}{2}) \end{cases}")
add(C, "p - q", 1, r"-q + p", r"p-q+0", r"p - q\cdot 1", r"\frac{2p - 2q}{2}")
add(E, "p - q", 0, r"q - p", r"p - q + (p-1)(p-2)", r"|p| - q", r"p - |q|", r"\max(p,q) - \min(p,q)", 
    r"p - q + r - r", r"p - q + \sin(\pi p)\sin(\pi q)")
add(C, "90^\\circ", 1, r"90", r"90^\circ", r"90 \text{ degrees}", r"89.\overline{9}^\circ", r"90^{\circ}")
add(E, "90^\\circ", 0, r"9^\circ", r"90^\circ \text{ or } 270^\circ", r"90 \text{ hours}", r"900^\circ",
    r"\not 90^\circ", r"90^\circ \quad 270^\circ")
add(C, "\\text{Evelyn}", 1, r"\text{Evelyn}", r"Evelyn", r"\text{evelyn}", r"\textbf{Evelyn}")
add(E, "\\text{Evelyn}", 0, r"\text{Not Evelyn}", r"\text{Evelyn or Bob}", r"\cancel{\text{Evelyn}}",
    r"\sout{\text{Evelyn}}", r"\text{Evelyn}\quad\text{Bob}", r"\text{Evelyn} \lor \text{Bob}",
    r"\underbrace{\text{Bob}}_{\text{Evelyn}}", r"\overset{\text{Evelyn}}{\text{Bob}}", )
add(C, "x=5", 1, r"5", r"x=5", r"x = 5.0")
add(E, "x=5", 0, r"x = 4", r"x \ne 5", r"x = 5 \lor x = 4", r"x_5", r"x \le 5", )
add(C, "1,-2", 1, r"-2, 1", r"1, -2", r"\{1, -2\}")
add(E, "1,-2", 0, r"1", r"1, -2, 3", r"1, -2, -2", r"1, 2", )
add(C, "3, 5, 7", 1, r"7, 5, 3", r"3,5,7")
add(E, "3, 5, 7", 0, r"3, 5", r"3, 5, 7, 9", r"357")
add(C, "x^5 - x^4 + x^3 - x^2 + x - 1", 1, r"(x-1)(x^4+x^2+1)", r"-1 + x - x^2 + x^3 - x^4 + x^5")
add(E, "x^5 - x^4 + x^3 - x^2 + x - 1", 0, r"x^5 - x^4 + x^3 - x^2 + x + 1",
    r"(x-1)(x^4+x^2+1) + x(x-1)(x+1)(x-2)(x+2)", r"x^5 - x^4 + x^3 - x^2 + |x| - 1")
add(C, "\\cot x", 1, r"\frac{\cos x}{\sin x}", r"\cot(x+\pi)")
add(E, "\\cot x", 0, r"\tan x", r"\cot|x|", )
add(C, "\\frac{3\\sqrt{3}}{4}", 1, r"\frac{3}{4}\sqrt3", r"\frac{\sqrt{27}}{4}", r"\frac{9}{4\sqrt{3}}",
    r"\frac{3^{3/2}}{4}")
add(E, "\\frac{3\\sqrt{3}}{4}", 0, r"1.299038105676658", r"\frac{3\sqrt{3}}{4} + 10^{-30}",
    r"\frac{3\sqrt[3]{3}}{4}", r"\frac{4\sqrt{3}}{3}", r"\frac{3\sqrt{3}}{4}\%")
add(C, "-\\frac{\\pi}{6}", 1, r"\frac{-\pi}{6}", r"\arcsin(-\frac12)", "\u2212\\frac{\\pi}{6}")
add(E, "-\\frac{\\pi}{6}", 0, r"\frac{11\pi}{6}", r"\frac{\pi}{6}", r"-0.5235987755982988", "\u00ac\\frac{\\pi}{6}")
add(C, "(6,31,-1)", 1, r"(6, 31, -1)", r"6,31,-1", r"\left(6,31,-1\right)")
add(E, "(6,31,-1)", 0, r"(31,6,-1)", r"(6, 31, 1)", r"(6,31,-1,0)", r"(6, 31, -1) \lor (6, 31, 1)")
add(C, "11\\sqrt2", 1, r"11\sqrt{2}", r"\sqrt{242}", r"11 \cdot 2^{1/2}")
add(E, "11\\sqrt2", 0, r"11\sqrt[3]{2}", r"\sqrt{112}", r"15.556349186104045", r"11^{\sqrt{2}}", r"\sqrt{2}^{11}")
add(C, "6 - 5i", 1, r"6-5i", r"-5i+6")
add(E, "6 - 5i", 0, r"6+5i", r"6 - 5i + 10^{-20}", )

# ---------------------------------------------------------------- multiple choice
add(C, "C", 1, r"C", r"(C)", r"\text{(C)}", r"\textbf{(C)}", r"\mathrm{(C)}", r"\text{C}")
add(E, "C", 0, r"C, D", r"\text{(C) or (D)}", r"\text{not } C", r"\cancel{C}", r"\overset{D}{C}",
    r"\underbrace{C}_{D}", r"C \lor D", r"(C)\quad(D)", r"\textbf{(C)}\textbf{(D)}", r"\{C, D\}", 
    r"\sout{C}", r"\not C", r"C?", r"\textbf{(C)}~\textbf{(E)}",
    r"\begin{cases}C\\D\end{cases}", "C\u0338", r"\substack{C\\D}", r"C \vee D", r"\phantom{C}D")

# ---------------------------------------------------------------- percent and decimal golds
add(C, "40\\%", 1, r"40", r"40\%", r"40 \%", r"40.0\%", r"\frac{80}{2}\%")
add(E, "40\\%", 0, r"0.4", r"\frac{2}{5}", r"4\%", r"400\%", r"40\% \text{ or } 50\%", r"39.9\%", r"40\%\quad 50\%",
    r"\cancel{40}\%")
add(C, "1.3", 1, r"1.30", r"1.27", r"1.26", r"\frac{13}{10}", r"13 \times 10^{-1}", r"1.3 \times 10^{0}", r"1.2999",
    r"1.3000001", r"1.349", r"1.3")
add(E, "1.3", 0, r"1.24", r"1.4", r"1.351", r"1.3 \pm 0.1", r"1.3 \text{ or } 1.2", r"[1.25, 1.35]", 
    r"0.13", r"1.3\%", r"1.3x", r"\not 1.3", r"1.3 \quad 1.2")
add(C, "6.5 \\times 10^{-3}", 1, r"0.0065", r"6.5 \times 10^{-3}", r"0.00654", r"6.46 \times 10^{-3}",
    r"65 \times 10^{-4}")
add(E, "6.5 \\times 10^{-3}", 0, r"0.0066", r"6.5 \times 10^{-2}", r"0.00656", r"0.0064",
    r"6.5 \times 10^{3}", r"6.5 \times 10^{-3} \lor 6.6 \times 10^{-3}")
add(C, "50.7", 1, r"50.7", r"50.68", r"50.74")
add(E, "50.7", 0, r"50.76", r"50.64", r"51", r"50.7 \pm 0.1", r"50.\overline{7}")

# ---------------------------------------------------------------- whole responses
T = "Let me think about this.</think>\n"
add(F, "5", 1,
    T + r"The answer is \boxed{5}.", r"</think>\boxed{5}", T + r"\boxed{4}. Hmm, let me recheck: \boxed{5}",
    r"a</think>\boxed{4}</think>\boxed{5}", r"</think>\boxed{5}}", r"</think>\fbox{5}", r"</think>$\boxed{5}$",
    r"</think>\[\boxed{5}\]", r"</think>\boxed{5}\boxed{5}", r"<think>\boxed{4}</think>The answer is \boxed{5}.",
    r"</think>\boxed{\text{5}}", r"</think>\boxed{ 5 }", r"</think>\boxed{{5}}",
    "</think>" + r"\boxed{4}" * 1000 + r"\boxed{5}", r"<think></think></think>\boxed{5}",
    "<think>" + "hmm " * 20000 + r"</think>\boxed{5}")
add(F, "5", 0,
    r"Let me think.\nThe answer is \boxed{5}.", "<think>x</think>", r"\boxed{5}</think>" + "\nThe answer is 5.",
    r"\boxed{5}</think>", r"</think>\boxed{5} and later \boxed{4}", T + r"\boxed{4}. Wait, actually it is 5.",
    r"a</think>\boxed{5}</think>\boxed{4}", r"a</think>\boxed{5}</think>done", r"a</think>\boxed{5</think>}",
    r"</think>\boxed{5\}.", r"</think>\boxed{5", r"</think>\boxed{5} \fbox{4}", r"</think>\fbox{5} \boxed{4}",
    r"</think>\boxed{5} % \boxed{4}", r"</think>\boxed{5} \verb|\boxed{4}|", r"</think>\boxed{5} \(\boxed{}\)",
    r"<think>\boxed{5}</think>The answer is \boxed{4}.", r"<think>I get \boxed{5}</think>The answer is 5.",
    r"</think>\boxed{4\}5}", "</think>" + r"\boxed{5}" + r"\boxed{4}" * 1000, "</think>\\boxed{5}\n</think>",
    r"</think>\boxed{5}\boxed{\phantom{4}}", r"</think>\boxed{5}\boxed{\color{white}{4}}", r"</think>\boxed{5}\fbox{}",
    r"</think>\boxed{4}\boxed{\phantom{5}}", r"The answer is \boxed{5}.", r"</think>The answer is 5.",
    r"</think>\boxed{5\not}", r"</think>\boxed{\cancel{5}}", r"</think>\boxed{5}\boxed{\text{not } 5}")
add(F, "C", 1, r"</think>\boxed{C}", r"</think>\boxed{D}\boxed{C}")
add(F, "C", 0, r"</think>\boxed{C}\boxed{D}", r"</think>\boxed{C} \boxed{\text{or } D}")
add(F, "x", 1, r"</think>\boxed{x}")
add(F, "x", 0, r"</think>\boxed{x}\boxed{|x|}", r"</think>\boxed{x}\boxed{x + \sin(\pi x)}")

# ---------------------------------------------------------------- denial of service (gold 5, all wrong)
add(D, "5", 0,
    "(" * 5000 + "4" + ")" * 5000,
    "{" * 5000 + "4" + "}" * 5000,
    r"\frac{1}{" * 1000 + "4" + "}" * 1000,
    r"\sqrt{" * 500 + "5" + "}" * 500,
    "9" * 10 ** 6,
    "4." + "9" * 10 ** 6,
    "5." + "0" * 10 ** 5 + "1",
    "0." + "3" * 10 ** 6,
    "+".join(["1"] * 300000),
    "4" + "+0" * 300000,
    "4" + r"\cdot 1" * 100000,
    "x^{" * 200 + "x" + "}" * 200,
    r"9^{9^{9^{9}}}",
    r"10^{10^{10^{10}}} - 10^{10^{10^{10}}} + 4",
    r"(10^{10^{10}})!",
    r"((5!)!)!",
    r"2^{2^{2^{2^{2^{2}}}}}",
    r"\frac{5^{10^{100}}}{5^{10^{100}}}",
    r"5^{10^{100}} - 5^{10^{100}} + 4",
    r"x^{10^{100}}",
    r"\sin(10^{100})",
    r"0.\overline{" + "123456789" * 1000 + "}",
    r"4.\overline{" + "9" * 99999 + "8}",
    r"5 + 10^{-10^{10}}",
    r"\left(" * 3000 + "4",
    r"\frac{" * 5000 + "4",
    "-" * 100001 + "5",
    r"\sum_{k=1}^{10^{100}} \frac{1}{k^2}",
    r"\lfloor 10^{10^{10}} \pi \rfloor",
    r"\begin{pmatrix}" + r" \\ ".join([" & ".join(["5"] * 200)] * 200) + r"\end{pmatrix}",
    r"5\quad " * 50000 + "4",
    r"(1+10^{-100})^{10^{100}}",
    r"\frac{10^{1000}+5}{10^{1000}+1}",
    r"\frac{5\cdot 10^{1000}+1}{10^{1000}}",
    r"5^{1+10^{-1000}}",
    r"\text{" + "a" * 10 ** 6 + "}",
    r"\," * 300000 + "4",
    r"\sqrt[10^{100}]{5}",
    "4" + "^{1" * 1000 + "}" * 1000,
    "5^{" * 1000 + "0" + "}" * 1000,
    r"(5+10^{-30})^{10^{30}}",
    r"5 \uparrow\uparrow 5",
    r"\left(" * 2000 + "4" + r"\right)" * 2000,
    r"\underbrace{" * 1000 + "4" + "}_{5}" * 1000,
    r"\overline{" * 3000 + "4" + "}" * 3000,
    "4" + "\u0338" * 100000,
    "\u200b" * 500000 + "4",
    r"\frac{(10^{100})!}{(10^{100}-1)!} - 10^{100} + 4",
    r"\gcd(2^{10^{10}}-1, 3^{10^{10}}-1)",
    r"10^{10^{10}} \bmod 7",
    r"\tan(10^{10^{10}})",
    r"\left. 4 \right|" * 20000,
    "(" * 100000 + "4",
)

HELDOUT11 = R
