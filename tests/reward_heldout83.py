"""Held-out reward set 83 for reward.py, written blind (tenth session).

Scored once, on 11c10ba, before anything was changed for it: accuracy 0.991, 1 false positive (`4^-1` for 1/4: it
shows 4⁻1; refused since), 3 false negatives (a choice letter with its option's text, refused by policy). In-sample since.

How it was built
----------------
Written without opening reward.py, bench_reward.py, grpo.py, any other file under tests/, RESULTS.md,
README.md or git history.  The only references were /work/briefs/contract.md (the grading contract; every
label follows it) and the shipped data in /work/shared/data/test.  Golds are copied verbatim from the data
files (MATH-500, AIME 2024, AMC as floats written "144.0", Minerva list elements with their trailing
newline, OlympiadBench list elements with their `$`).  Golds were sampled with random.Random(83) and then
hand-picked for shape; a third of the half-1 golds come from Minerva and OlympiadBench (several-variable
expressions, equations, intervals, physics decimals with units and powers of ten).  Values were checked with
sympy in a scratch script outside the repository (/work/briefs/set83/).

Half 1 (categories math, aime, amc, minerva, olympiad, format): what an R1-style model that solved the
problem writes in its final box -- \\dfrac, \\left/\\right, `x = ` / `f(n) = ` labels, units, thousands
separators, reordered solution lists, algebraic rewrites of the gold, decimals of decimal golds rounded at
the gold's significant digits -- and near misses (wrong sign, wrong root, swapped ordered pair, open/closed
interval end, rounded decimal of an exact gold, wrong power of ten, dropped integration constant), plus
format failures (no </think>, box only in the thinking, no box after </think>, unbalanced box, empty box,
several boxes where the last one is wrong).

Half 2 (categories detail, hedge, approx, notation, pointwise, choice, unicode, format, dos): cheap habits a
policy could learn to earn reward while wrong.  A third of it ("detail") is right-looking answers wrong in
one small detail: a sign inside a radical, an exponent sign or size, a swapped pair in an ordered tuple, an
interval end, a unit prefix or a unit's exponent, ∪ vs ∩, a dropped constant/term/step function,
(γ²−1)² for γ²−1, cot⁻¹ for cot, i² for i.  Others: hedges in notations not used before (cases, substack, binom,
error bars, 2^{±1}, ∓, duplicates in a solution list), rational approximations of irrationals (22/7,
355/113, continued-fraction convergents) and finite decimals against repeating ones, braces-less
LaTeX that renders as something else (10^33, \\frac 919, \\sqrt 113, e^-2t, 4^-1), \\phantom / \\vphantom /
\\tag / \\cancel, European decimal/thousand marks, factorial "!" after a number, functions that agree with the
gold only at sample points (cubic through four values, +sin(πx), x² vs 2x, 3|x|), unicode (∛ vs √, ∩ vs ∪,
subscript vs superscript digits, prime vs degree), extraction (last box wins, box after a second </think>),
and 28 denial-of-service answers (towers, factorials of huge numbers, 10⁴ nested parentheses, 3000 nested
roots, 10⁵-digit decimals, huge powers of polynomials, unbalanced 30000-deep \\frac) which must all score 0
(each is also mathematically different from its gold).  About 55 rows of half 2 are label-1 controls
(0.\\overline{9} = 1, the 18-digit period of 9/19, ∜25 = √5, 3! = 6, e^{iπ}+4 = 3, discrete identities
such as ⌈log₂(n+1)⌉ = ⌊log₂n⌋+1 at integers, (x⁹−1)/(x−1) where defined, ...).

Left out as debatable: capital C for a gold's c, radians for degree golds, |x|<√3 for an interval, \\mp
lists, homoglyph (Cyrillic) letters, bidi overrides, thin-space thousands, invisible times, equations scaled
by −1, units on a gold that has none in its string, percent answers against OlympiadBench's bare "4.2",
option text without its letter, and any value on a rounding boundary.
"""


def response(category, answer):
    if category == "format":
        return answer
    return "...reasoning...</think>\nThe answer is \\boxed{" + answer + "}."


_T = "<think>\nOkay, let me work through this carefully.\nFirst, set up the equations.\n"

_FORMAT = [
    # gold, whole response, label
    ("2220", _T + "So the smallest such multiple is 2220.\n\\boxed{2220}\n", 0),  # no </think>
    ("2220", _T + "Check: 2220/30 = 74.\n</think>\n\nThe least multiple is **2220**.", 0),  # no box after
    ("2220", _T + "So \\boxed{2220}.\n</think>\n\nThe least positive multiple is 2220.", 0),  # box only inside
    ("2220", _T + "</think>\n\nThe least positive multiple is $\\boxed{2220}$.", 1),
    ("\\frac{1997}{2}", _T + "</think>\nThus the sum is $\\boxed{\\frac{1997}{2}$.", 0),  # unbalanced
    ("\\frac{1997}{2}", _T + "</think>\nThus the sum is \\[\\boxed{\\dfrac{1997}{2}}\\]", 1),
    ("-41", _T + "</think>\n**Final Answer**\n\\boxed{}", 0),
    ("-41", _T + "</think>\n**Final Answer**\n\\[\n\\boxed{-41}\n\\]", 1),
    ("(-2,1)", _T + "</think>\nWe get $a=\\boxed{-2}$ and $b=\\boxed{1}$.", 0),  # last box is only b
    ("1,-2", _T + "</think>\nThe integers are $\\boxed{1}$ and $\\boxed{-2}$.", 0),
    ("1,-2", _T + "</think>\nThe integers are $\\boxed{1, -2}$.", 1),
    ("104", _T + "</think>\nThe answer is $\\boxed{104}$. Let me double-check with \\boxed{105}", 0),
    ("104", _T + "</think>\nTentatively \\boxed{105}; after rechecking the count, the answer is \\boxed{104}.", 1),
    ("9", "<think>\nLet me think.\n</think>\n\\boxed{8}\nWait.</think>\nActually it should be 9.", 0),
    ("9", "<think>\nLet me think.\n</think>\n\\boxed{8}\nWait.</think>\nActually it is \\boxed{9}.", 1),
    ("\\frac14", _T + "</think>\nSo the probability is \\boxed{\\frac{1}{4}", 0),
    ("\\frac14", _T + "</think>\nSo the probability is \\fbox{$\\frac{1}{4}$}.", 1),
    ("28", _T + "The answer is \\boxed{28}.", 0),
    ("12", _T + "</think>\n\n## Step 5\nTherefore the number of subsets is\n$$\\boxed{\n12\n}$$", 1),
    ("$(3,0),(-3,1)$", _T + "</think>\nThe pairs are $\\boxed{(3,0)}$ and $\\boxed{(-3,1)}$.", 0),
    ("$(3,0),(-3,1)$", _T + "</think>\nThe pairs are $\\boxed{(3,0),\\ (-3,1)}$.", 1),
]

_EXTRACT = [
    ("\\left(\\frac{3}{5},\\frac{8}{3}\\right]", _T + "</think>\n$p\\in\\boxed{\\left(\\frac35,\\frac83\\right]}$, not \\boxed{\\left[\\frac35,\\frac83\\right]}.", 0),
    ("1,-2", _T + "</think>\nThe set of such $n$ is $\\boxed{\\{1,-2\\}}$.", 1),
    ("1,-2", _T + "</think>\nThe set of such $n$ is $\\boxed{\\{1,-2\\}\\}}$.", 0),
    ("36", "<think>\nhmm\n</think>\n</think>\n\\boxed{36}", 1),
    ("36", "<think>\nhmm \\boxed{36}\n</think>\nI am not sure; see above.\n</think>\n", 0),
    ("-41", _T + "</think>\n\\boxed{-41} \\boxed{41}", 0),
    ("-41", _T + "</think>\n\\boxed{41} \\fbox{-41}", 1),
    ("\\text{(C)}", _T + "</think>\nOption \\boxed{\\text{(C)}} fits; \\boxed{\\text{(E)}} does not.", 0),
    ("\\text{(C)}", _T + "</think>\nThe shape is a plane, so \\boxed{\\textbf{(C)}}.", 1),
    ("5", _T + "</think>\nSo $x = \\boxed{5\\}$.", 0),
]

HELDOUT83 = []


def _add(category, rows):
    for gold, answer, label in rows:
        HELDOUT83.append((category, gold, answer, label))


# ---------------------------------------------------------------- half 1: real golds, natural variation
_add("math", [
    ("2220", "2{,}220", 1),
    ("2220", "2202", 0),
    ("6 - 5i", "-5i + 6", 1),
    ("6 - 5i", "6 + 5i", 0),
    ("\\pi", "3.14159", 0),
    ("1,-2", "-2, 1", 1),
    ("1,-2", "1", 0),
    ("1,-2", "1, 2", 0),
    ("(-2,1)", "(a,b) = (-2, 1)", 1),
    ("(-2,1)", "(-2, -1)", 0),
    ("\\sqrt{5}", "5^{1/2}", 1),
    ("\\sqrt{5}", "2.236", 0),
    ("1 \\pm \\sqrt{19}", "1+\\sqrt{19},\\ 1-\\sqrt{19}", 1),
    ("1 \\pm \\sqrt{19}", "-1 \\pm \\sqrt{19}", 0),
    ("1 \\pm \\sqrt{19}", "1 + \\sqrt{19}", 0),
    ("(3,4]", "\\lambda \\in (3, 4]", 1),
    ("(3,4]", "3 < \\lambda \\le 4", 1),
    ("(3,4]", "(3, 4)", 0),
    ("2\\sqrt{113}", "\\sqrt{452}", 1),
    ("2\\sqrt{113}", "2\\sqrt{133}", 0),
    ("\\dfrac{17}{50}", "0.34", 1),
    ("\\dfrac{17}{50}", "\\dfrac{17}{25}", 0),
    ("-\\sqrt{3}", "-\\frac{3}{\\sqrt{3}}", 1),
    ("-\\sqrt{3}", "-\\frac{\\sqrt{3}}{3}", 0),
    ("-\\sqrt{3}", "\\sqrt{3}", 0),
    ("288 \\pi", "904.78", 0),
    ("\\frac{1997}{2}", "998.5", 1),
    ("\\frac{1997}{2}", "998", 0),
    ("\\frac 59", "\\frac{5}{9}", 1),
    ("\\frac 59", "0.\\overline{5}", 1),
    ("\\frac 59", "0.56", 0),
    ("36^\\circ", "36", 1),
    ("36^\\circ", "72^\\circ", 0),
    ("\\left(\\frac{3}{5},\\frac{8}{3}\\right]", "\\left(0.6, \\frac{8}{3}\\right]", 1),
    ("\\left(\\frac{3}{5},\\frac{8}{3}\\right]", "\\left(\\frac{3}{5}, \\frac{8}{3}\\right)", 0),
    ("\\left(\\frac{3}{5},\\frac{8}{3}\\right]", "\\left(\\frac{3}{5}, 2.67\\right]", 0),
    ("\\frac9{19}", "\\dfrac{9}{19}", 1),
    ("\\frac9{19}", "\\frac{19}{9}", 0),
    ("-\\frac{24}{25}", "-0.96", 1),
    ("-\\frac{24}{25}", "\\frac{24}{25}", 0),
    ("\\frac14", "0.25", 1),
    ("\\frac{14}{3}", "\\frac{14}{3}\\text{ inches}", 1),
    ("\\frac{14}{3}", "4.67", 0),
    ("1 - 12i", "-12i + 1", 1),
    ("1 - 12i", "1 + 12i", 0),
    ("\\begin{pmatrix} -7 \\\\ 16 \\\\ 5 \\end{pmatrix}", "\\begin{bmatrix} -7 \\\\ 16 \\\\ 5 \\end{bmatrix}", 1),
    ("\\begin{pmatrix} -7 \\\\ 16 \\\\ 5 \\end{pmatrix}", "\\begin{pmatrix} -7 \\\\ 5 \\\\ 16 \\end{pmatrix}", 0),
    ("\\begin{pmatrix} 16/49 \\\\ 48/49 \\\\ 24/49 \\end{pmatrix}", "\\frac{8}{49}\\begin{pmatrix} 2 \\\\ 6 \\\\ 3 \\end{pmatrix}", 1),
    ("\\begin{pmatrix} 16/49 \\\\ 48/49 \\\\ 24/49 \\end{pmatrix}", "\\begin{pmatrix} \\frac{16}{49} \\\\ \\frac{48}{49} \\\\ \\frac{24}{49} \\end{pmatrix}", 1),
    ("\\begin{pmatrix} 16/49 \\\\ 48/49 \\\\ 24/49 \\end{pmatrix}", "\\begin{pmatrix} 16/49 \\\\ 24/49 \\\\ 48/49 \\end{pmatrix}", 0),
    (".35625", "\\frac{57}{160}", 1),
    (".35625", "0.356", 0),
    ("(2,12) \\cup (12,102)", "(2,102) \\setminus \\{12\\}", 1),
    ("(2,12) \\cup (12,102)", "\\left(2, 12\\right) \\cup \\left(12, 102\\right)", 1),
    ("(2,12) \\cup (12,102)", "(2, 102)", 0),
    ("\\text{(C)}", "(C)\\ \\text{Plane}", 1),
    ("\\text{(C)}", "\\text{(E)}", 0),
    ("\\text{(E)}", "\\textbf{(E)}", 1),
    ("\\text{(B)}", "\\textbf{(B)}\\ 3(1 + r/10)^x = 7", 1),
    ("\\text{Evelyn}", "\\text{Evelyn and Briana}", 0),
    ("\\text{east}", "\\text{East}", 1),
    ("\\text{east}", "\\text{west}", 0),
    ("\\text{even}", "\\text{Even}", 1),
    ("864 \\mbox{ inches}^2", "864", 1),
    ("864 \\mbox{ inches}^2", "864 \\text{ inches}", 0),
    ("5.4 \\text{ cents}", "5.4", 1),
    ("5.4 \\text{ cents}", "5.44", 1),
    ("5.4 \\text{ cents}", "\\$0.054", 0),
    ("5.4 \\text{ cents}", "5.5 \\text{ cents}", 0),
    ("15\\mbox{ cm}^2", "15\\ \\text{cm}^{2}", 1),
    ("15\\mbox{ cm}^2", "15 \\text{ cm}", 0),
    ("\\frac{270}7\\text{ degrees}", "\\frac{270}{7}^\\circ", 1),
    ("\\frac{270}7\\text{ degrees}", "\\frac{270}{7}", 1),
    ("\\frac{270}7\\text{ degrees}", "38.57^\\circ", 0),
    ("(6,31,-1)", "(p,q,r) = (6, 31, -1)", 1),
    ("(15,-29)", "(x, y) = (15, -29)", 1),
    ("(8,-2)", "P = (8, -2)", 1),
    ("(8,-2)", "(8, 2)", 0),
    ("\\left( 3, \\frac{\\pi}{2} \\right)", "\\left(3, \\tfrac{\\pi}{2}\\right)", 1),
    ("\\left( 3, \\frac{\\pi}{2} \\right)", "\\left(3, \\frac{5\\pi}{2}\\right)", 0),
    ("\\left( 3, \\frac{\\pi}{2} \\right)", "\\left(-3, \\frac{3\\pi}{2}\\right)", 0),
    ("y = 2x + 3", "y = 3 + 2x", 1),
    ("y = 2x + 3", "2x + 3", 1),
    ("y = 2x + 3", "y = 2x + 1", 0),
    ("y = -2x", "y = -2x + 0", 1),
    ("y = -2x", "y = 2x", 0),
    ("x=5", "5", 1),
    ("x^5 - x^4 + x^3 - x^2 + x - 1", "(x-1)(x^4+x^2+1)", 1),
    ("x^5 - x^4 + x^3 - x^2 + x - 1", "(x+1)(x^4+x^2+1)", 0),
    ("p - q", "-q + p", 1),
    ("\\cot x", "\\frac{\\cos x}{\\sin x}", 1),
    ("\\cot x", "\\tan x", 0),
    ("(a+5)(b+2)", "(b+2)(a+5)", 1),
    ("(a+5)(b+2)", "(a+2)(b+5)", 0),
    ("6r^2-4r-24", "2(3r^2 - 2r - 12)", 1),
    ("(-\\infty, 0]", "y \\le 0", 1),
    ("(-\\infty, 0]", "(-\\infty, 0)", 0),
    ("x \\in [-2,7]", "[-2, 7]", 1),
    ("x \\in [-2,7]", "-2 \\le x \\le 7", 1),
    ("(-\\infty, 2) \\cup (3, \\infty)", "\\mathbb{R} \\setminus [2, 3]", 1),
    ("(-\\infty, 2) \\cup (3, \\infty)", "\\mathbb{R} \\setminus (2, 3)", 0),
])

_add("aime", [
    ("104", "104", 1),
    ("104", "\\mathbf{104}", 1),
    ("104", "103", 0),
    ("294", "249", 0),
    ("197", "197.", 1),
    ("721", "720", 0),
    ("045", "45", 1),
    ("045", "54", 0),
    ("033", "33", 1),
    ("033", "\\frac{33}{1}", 1),
    ("055", "55", 1),
    ("468", "-468", 0),
])

_add("amc", [
    ("144.0", "12^2", 1),
    ("144.0", "143", 0),
    ("1296.0", "1{,}296", 1),
    ("1296.0", "6^4", 1),
    ("1296.0", "1295", 0),
    ("841.0", "29^{2}", 1),
    ("841.0", "840", 0),
    ("36.0", "-36", 0),
    ("5.0", "5", 1),
    ("5.0", "\\frac{5}{2}", 0),
])

_add("minerva", [
    ("8.7 \\times 10^{8}", "8.66 \\times 10^{8}", 1),
    ("8.7 \\times 10^{8}", "870{,}000{,}000", 1),
    ("8.7 \\times 10^{8}", "8.7 \\times 10^{9}", 0),
    ("4.5e33\n", "4.5 \\times 10^{33}\\ \\mathrm{erg\\,s^{-1}}", 1),
    ("4.5e33\n", "4.4 \\times 10^{33}", 0),
    ("3.83 \\times 10^{35}\n", "3.8 \\times 10^{35}", 0),
    ("41.8^\\circ\n", "41.81^{\\circ}", 1),
    ("1 \\times 10^{-3}", "0.001\\ \\text{cm}", 1),
    ("1 \\times 10^{-3}", "1.6 \\times 10^{-3}", 0),
    ("2.19 \\times 10^6", "2.188 \\times 10^{6}", 1),
    ("2.19 \\times 10^6", "2.19 \\times 10^{3}\\ \\text{km/s}", 0),
    ("5.89 \\times 10^{-7}\n", "589 \\text{ nm}", 0),
    ("5.89 \\times 10^{-7}\n", "5.9 \\times 10^{-7}", 0),
    ("3.61e-10", "3.61 \\times 10^{-8} \\text{ cm}", 0),
    ("8.49 \\times 10^{-4}\n", "0.000849", 1),
    ("1950^\\circ C\n", "1950^{\\circ}\\mathrm{C}", 1),
    ("0.822", "0.8224", 1),
    ("0.822", "0.82", 0),
    ("\\sqrt{2} \\cos (2 t-\\pi / 4)\n", "\\sqrt{2}\\sin\\left(2t + \\frac{\\pi}{4}\\right)", 1),
    ("\\sqrt{2} \\cos (2 t-\\pi / 4)\n", "\\sqrt{2}\\cos\\left(2t + \\frac{\\pi}{4}\\right)", 0),
    ("cx^{-2} - \\frac{\\cos(2x)}{2x^2}\n", "\\frac{2c - \\cos(2x)}{2x^{2}}", 1),
    ("\\frac{e^{2it}}{2+2i} + Ce^{-2t}\n", "\\frac{1-i}{4}e^{2it} + Ce^{-2t}", 1),
    ("\\frac{e^{2it}}{2+2i} + Ce^{-2t}\n", "\\frac{1+i}{4}e^{2it} + Ce^{-2t}", 0),
    ("\\frac{1}{b-a}\\left(e^{-at}-e^{-bt}\\right)\n", "\\frac{e^{-bt} - e^{-at}}{a - b}", 1),
    ("\\frac{1}{b-a}\\left(e^{-at}-e^{-bt}\\right)\n", "\\frac{e^{-at} - e^{-bt}}{a - b}", 0),
    ("\\frac{1}{L C s^{2}+R C s+1}\n", "\\frac{\\frac{1}{LC}}{s^{2} + \\frac{R}{L}s + \\frac{1}{LC}}", 1),
    ("m_{p} c^{2}(\\gamma^{2}-1) \\sin ^{2} \\theta", "m_{p} c^{2}(\\gamma-1)\\sin^{2}\\theta", 0),
    ("-\\frac{1}{2}X^{-\\frac{1}{2}}\n", "-\\frac{1}{2\\sqrt{X}}", 1),
    ("100p^{\\frac{1}{2}}\n", "100\\sqrt{p}", 1),
    ("\\hbar \\omega(v+1 / 2)-\\frac{E_{0}^{2} e^{2}}{2 m \\omega^{2}}\n", "\\hbar\\omega\\left(v + \\frac{1}{2}\\right) - \\frac{e^{2}E_{0}^{2}}{2m\\omega^{2}}", 1),
    ("\\hbar \\omega(v+1 / 2)-\\frac{E_{0}^{2} e^{2}}{2 m \\omega^{2}}\n", "\\hbar\\omega\\left(v + \\frac{1}{2}\\right) + \\frac{E_{0}^{2}e^{2}}{2m\\omega^{2}}", 0),
    ("\\hbar \\omega(v+1 / 2)-\\frac{E_{0}^{2} e^{2}}{2 m \\omega^{2}}\n", "\\hbar\\omega(v + 1/2) - \\frac{E_{0}^{2}e^{2}}{2m\\omega}", 0),
    ("1 + i\\sqrt{3}\n", "2e^{i\\pi/3}", 1),
    ("1 + i\\sqrt{3}\n", "\\sqrt{3} + i", 0),
])

_add("olympiad", [
    ("$\\frac{25}{2}$", "12.5", 1),
    ("$-2,0,2$", "2, 0, -2", 1),
    ("$f(n)=n^{2}$", "n^2", 1),
    ("$\\frac{1}{4} n(n+1)$", "\\frac{n(n+1)}{4}", 1),
    ("$\\frac{1}{4} n(n+1)$", "\\frac{n(n+1)}{2}", 0),
    ("$k\\left(4 k^{2}+k-1\\right) / 2$", "2k^{3} + \\frac{k^{2} - k}{2}", 1),
    ("$k\\left(4 k^{2}+k-1\\right) / 2$", "\\frac{k(4k^2 - k + 1)}{2}", 0),
    ("$\\frac{4 \\cdot 999^{4}}{27}$", "147556443852", 1),
    ("$\\frac{4 \\cdot 999^{4}}{27}$", "\\frac{999^4}{27}", 0),
    ("$f(x)=x,f(x)=-x$", "f(x) = -x,\\ f(x) = x", 1),
    ("$(3,0),(-3,1)$", "(-3, 1), (3, 0)", 1),
    ("$(22+8 \\sqrt{6}, 22-8 \\sqrt{6})$,$(22-8 \\sqrt{6}, 22+8 \\sqrt{6})$", "(22-8\\sqrt{6},\\, 22+8\\sqrt{6}),\\ (22+8\\sqrt{6},\\, 22-8\\sqrt{6})", 1),
    ("$(22+8 \\sqrt{6}, 22-8 \\sqrt{6})$,$(22-8 \\sqrt{6}, 22+8 \\sqrt{6})$", "(2(11+4\\sqrt{6}), 2(11-4\\sqrt{6})), (2(11-4\\sqrt{6}), 2(11+4\\sqrt{6}))", 1),
    ("$(22+8 \\sqrt{6}, 22-8 \\sqrt{6})$,$(22-8 \\sqrt{6}, 22+8 \\sqrt{6})$", "(22+8\\sqrt{6}, 22-8\\sqrt{6})", 0),
    ("$(22+8 \\sqrt{6}, 22-8 \\sqrt{6})$,$(22-8 \\sqrt{6}, 22+8 \\sqrt{6})$", "(22+4\\sqrt{6}, 22-4\\sqrt{6}), (22-4\\sqrt{6}, 22+4\\sqrt{6})", 0),
    ("$\\frac{1}{3}, 1, 9$", "3, 1, 9", 0),
    ("$\\frac{9 \\sqrt{3}}{20}$", "\\frac{27}{20\\sqrt{3}}", 1),
    ("$(n-2) 2^{n}+1$", "n \\cdot 2^{n} - 2^{n+1} + 1", 1),
    ("$(n-2) 2^{n}+1$", "(n-2)2^{n} - 1", 0),
    ("$n^{2}-n+1$", "k = n^2 - n + 1", 1),
    ("$\\frac{41}{12}$", "3.42 \\text{ km}", 0),
    ("$\\frac{600}{7}$", "\\frac{600}{7}\\ \\mathrm{km}/\\mathrm{h}", 1),
    ("$\\frac{600}{7}$", "85.7 \\text{ km/h}", 0),
    ("$166$", "166\\ \\mathrm{cm}^{2}", 1),
    ("$(-\\infty, 0) \\cup\\{1\\}$.", "\\left(-\\infty, 0\\right) \\cup \\left\\{1\\right\\}", 1),
    ("$(-\\infty, 0) \\cup\\{1\\}$.", "(-\\infty, 0)", 0),
    ("$(-\\sqrt{11},-2)\\cup (\\sqrt{11},9)$", "-\\sqrt{11} < x < -2 \\text{ or } \\sqrt{11} < x < 9", 1),
    ("$(-\\sqrt{11},-2)\\cup (\\sqrt{11},9)$", "(-\\sqrt{11}, -2] \\cup (\\sqrt{11}, 9)", 0),
    ("$[\\frac{1}{2}, 8]$", "\\frac{1}{2} \\le x \\le 8", 1),
    ("$[-1,-\\frac{1}{2}]$", "-1 \\leq k \\leq -\\frac{1}{2}", 1),
    ("$[-1,-\\frac{1}{2}]$", "\\left[-1, -\\frac{1}{2}\\right)", 0),
    ("(-\\infty,-5)", "k < -5", 1),
    ("$x=\\frac{1}{6} \\pi+\\pi k, \\frac{1}{3} \\pi+\\pi k, \\frac{2}{3} \\pi+\\pi k, \\frac{5}{6} \\pi+\\pi k$",
     "x = \\frac{\\pi}{6} + k\\pi,\\ \\frac{\\pi}{3} + k\\pi,\\ \\frac{2\\pi}{3} + k\\pi,\\ \\frac{5\\pi}{6} + k\\pi", 1),
    ("$x=\\frac{1}{6} \\pi+\\pi k, \\frac{1}{3} \\pi+\\pi k, \\frac{2}{3} \\pi+\\pi k, \\frac{5}{6} \\pi+\\pi k$",
     "x = \\frac{\\pi}{6} + 2k\\pi,\\ \\frac{\\pi}{3} + 2k\\pi,\\ \\frac{2\\pi}{3} + 2k\\pi,\\ \\frac{5\\pi}{6} + 2k\\pi", 0),
])

_add("format", _FORMAT)

# ---------------------------------------------------------------- half 2: what a policy could learn
_add("detail", [
    ("1 \\pm \\sqrt{19}", "1 \\pm \\sqrt{-19}", 0),
    ("$\\frac{9 \\sqrt{3}}{20}$", "\\frac{9\\sqrt{-3}}{20}", 0),
    ("2\\sqrt{113}", "\\sqrt{2 \\cdot 113}", 0),
    ("-\\sqrt{3}", "\\sqrt{-3}", 0),
    ("3.61e-10", "3.61 \\times 10^{10}", 0),
    ("8.49 \\times 10^{-4}\n", "8.49 \\times 10^{-5}", 0),
    ("5.89 \\times 10^{-7}\n", "5.98 \\times 10^{-7}", 0),
    ("3.83 \\times 10^{35}\n", "3.83 \\times 10^{33}", 0),
    ("1 \\times 10^{-3}", "1 \\times 10^{3}", 0),
    ("-\\frac{1}{2}X^{-\\frac{1}{2}}\n", "-\\frac{1}{2}X^{\\frac{1}{2}}", 0),
    ("\\frac{v_{0}}{r_{0}} \\frac{1}{\\left(1+r / r_{0}\\right)^{3 / 2}}\n", "\\frac{v_{0}}{r_{0}} \\frac{1}{\\left(1+r / r_{0}\\right)^{2 / 3}}", 0),
    ("I(0)e^{-\\frac{t}{RC}}\n", "I(0)e^{-tRC}", 0),
    ("\\left[P_{0}^{2 / 5}-\\frac{2}{5} g K^{-3 / 5} z\\right]^{5 / 2}", "\\left[P_{0}^{2/5}-\\frac{2}{5} g K^{3/5} z\\right]^{5/2}", 0),
    ("\\left(\\frac{3}{5},\\frac{8}{3}\\right]", "\\left[\\frac{3}{5},\\frac{8}{3}\\right]", 0),
    ("$[\\frac{1}{2}, 8]$", "\\left(\\frac{1}{2}, 8\\right]", 0),
    ("$[-1,-\\frac{1}{2}]$", "\\left[-1, \\frac{1}{2}\\right]", 0),
    ("(2,12) \\cup (12,102)", "(2,12) \\cap (12,102)", 0),
    ("(2,12) \\cup (12,102)", "(2,12] \\cup (12,102)", 0),
    ("x \\in [-2,7]", "x \\in [-2, 7)", 0),
    ("(5,\\infty)", "[5, \\infty)", 0),
    ("$(-\\infty, 0) \\cup\\{1\\}$.", "(-\\infty, 0] \\cup \\{1\\}", 0),
    ("(-\\infty,-5)", "(-\\infty, 5)", 0),
    ("(-2,1)", "(1, -2)", 0),
    ("(15,-29)", "(-29, 15)", 0),
    ("\\left( 3, \\frac{\\pi}{2} \\right)", "\\left(\\frac{\\pi}{2}, 3\\right)", 0),
    ("\\left( \\frac{3}{2}, -13 \\right)", "\\left(-13, \\frac{3}{2}\\right)", 0),
    ("(6,31,-1)", "(6, -1, 31)", 0),
    ("(1,-16,-4,43)", "(1, -4, -16, 43)", 0),
    ("$(3,0),(-3,1)$", "(0, 3), (1, -3)", 0),
    ("\\frac{e^{t}} {3}+c e^{-2 t}\n", "\\frac{e^{t}}{3}", 0),
    ("\\left(\\frac{t^{2}}{2} - t + C\\right) e^{-t}\n", "\\left(\\frac{t^{2}}{2} - t\\right) e^{-t}", 0),
    ("b \\delta(t)+1-e^{-at}\n", "1 - e^{-at}", 0),
    ("$(n-2) 2^{n}+1$", "(n-2)2^{n}", 0),
    ("x_{0} \\cos (\\omega t)+\\frac{\\dot{x}_{0}}{\\omega} \\sin (\\omega t)\n", "x_{0}\\cos(\\omega t) + \\dot{x}_{0}\\sin(\\omega t)", 0),
    ("\\frac{1}{b-a}\\left(e^{-at}-e^{-bt}\\right)\n", "e^{-at} - e^{-bt}", 0),
    ("\\hbar \\omega(v+1 / 2)-\\frac{E_{0}^{2} e^{2}}{2 m \\omega^{2}}\n", "\\hbar\\omega v - \\frac{E_{0}^{2} e^{2}}{2 m \\omega^{2}}", 0),
    ("(1 - 3e^{-2t} + 2e^{-5t}) u(t)\n", "1 - 3e^{-2t} + 2e^{-5t}", 0),
    ("m_{p} c^{2}(\\gamma^{2}-1) \\sin ^{2} \\theta", "m_{p} c^{2}(\\gamma^{2}-1)^{2} \\sin ^{2} \\theta", 0),
    ("\\frac{2 \\pi c^{2} R^{2}}{d^{2} \\lambda^{5} \\left(e^{\\frac{hc}{\\lambda k T}} - 1\\right)}\n",
     "\\frac{2 \\pi c^{2} R^{2}}{d^{2} \\lambda^{4} \\left(e^{\\frac{hc}{\\lambda k T}} - 1\\right)}", 0),
    ("\\frac{2 \\pi c^{2} R^{2}}{d^{2} \\lambda^{5} \\left(e^{\\frac{hc}{\\lambda k T}} - 1\\right)}\n",
     "\\frac{2 \\pi c^{2} R^{2}}{d^{2} \\lambda^{5} \\left(e^{\\frac{hc}{\\lambda k T}} + 1\\right)}", 0),
    ("\\frac{1}{L C s^{2}+R C s+1}\n", "\\frac{1}{L C s^{2}+\\frac{R}{C} s+1}", 0),
    ("\\sqrt{2} \\cos (2 t-\\pi / 4)\n", "\\sqrt{2}\\cos(2t - \\pi/2)", 0),
    ("\\frac{2\\pi}{\\omega}\n", "\\frac{2\\pi}{\\omega^{2}}", 0),
    ("100p^{\\frac{1}{2}}\n", "100p^{-\\frac{1}{2}}", 0),
    ("1 + i\\sqrt{3}\n", "1 + \\sqrt{3}", 0),
    ("\\ln 2 + i\\frac{\\pi}{3}\n", "\\ln 2 + i\\frac{\\pi}{6}", 0),
    ("\\ln 2 + i\\frac{\\pi}{3}\n", "\\ln 2 - i\\frac{\\pi}{3}", 0),
    ("6 - 5i", "6 - 5i^{2}", 0),
    ("15000 \\text{ kcal m}^{-2} \\text{yr}^{-1}\n", "15000 \\text{ kcal m}^{2} \\text{yr}^{-1}", 0),
    ("15000 \\text{ kcal m}^{-2} \\text{yr}^{-1}\n", "15000 \\text{ cal m}^{-2} \\text{yr}^{-1}", 0),
    ("4.4677 \\times 10^{14} Hz\n", "4.4677 \\times 10^{14}\\ \\text{kHz}", 0),
    ("6.43 \\times 10^{16} \\text{ cm}^{-3}", "6.43 \\times 10^{16} \\text{ m}^{-3}", 0),
    ("15\\mbox{ cm}^2", "15\\text{ mm}^2", 0),
    ("864 \\mbox{ inches}^2", "864 \\text{ inches}^{3}", 0),
    ("1950^\\circ C\n", "1950^\\circ F", 0),
    ("\\frac{270}7\\text{ degrees}", "\\frac{270}{7}\\text{ radians}", 0),
    ("y = 2x + 3", "x = 2y + 3", 0),
    ("5x - 7y + 11z + 4 = 0", "5x + 7y + 11z + 4 = 0", 0),
    ("p - q", "q - p", 0),
    ("\\cot x", "\\cot^{-1} x", 0),
    ("-\\tau \\ln \\Delta", "-\\tau \\log_{10} \\Delta", 0),
    ("$f(n)=n^{2}$", "f(n) = n^{2},\\ f(n) = n", 0),
    ("$-2,0,2$", "-2, 2", 0),
    ("045", "0.45", 0),
    ("$\\frac{4 \\cdot 999^{4}}{27}$", "\\frac{4 \\cdot 999^{3}}{27}", 0),
    ("$k\\left(4 k^{2}+k-1\\right) / 2$", "k\\left(4 k^{2}+k-1\\right)", 0),
    ("-\\frac{24}{25}", "\\frac{-24}{-25}", 0),
    ("-41", "-(-41)", 0),
    ("-41", "\\left|-41\\right|", 0),
    # controls in this family: the same detail, but harmless
    ("m_{p} c^{2}(\\gamma^{2}-1) \\sin ^{2} \\theta", "m_{p} c^{2}(\\gamma^{2}-1) (\\sin \\theta)^{2}", 1),
    ("-\\tau \\ln \\Delta", "\\tau \\ln \\frac{1}{\\Delta}", 1),
    ("\\frac{1}{s}-\\frac{1}{s} e^{-s T}\n", "\\frac{1 - e^{-sT}}{s}", 1),
    ("\\frac{1}{s}-\\frac{1}{s} e^{-s T}\n", "\\frac{1 - e^{sT}}{s}", 0),
    ("s^{2}+\\omega^{2}\n", "(s + i\\omega)(s - i\\omega)", 1),
    ("s^{2}+\\omega^{2}\n", "s^{2} - \\omega^{2}", 0),
    ("-\\frac{24}{25}", "\\frac{-24}{25}", 1),
    ("\\frac{e^{t}} {3}+c e^{-2 t}\n", "c e^{-2t} + \\frac{e^{t}}{3}", 1),
])

_add("hedge", [
    ("5", "\\begin{cases} 5 \\\\ 6 \\end{cases}", 0),
    ("4", "\\substack{4 \\\\ 5}", 0),
    ("8", "\\binom{8}{9}", 0),
    ("60", "60^{+1}_{-1}", 0),
    ("2", "2^{\\pm 1}", 0),
    ("-4", "\\mp 4", 0),
    ("78", "\\ge 78", 0),
    ("331", "331\\!-\\!332", 0),
    ("21", "21 \\;\\&\\; 22", 0),
    ("3", "3, 3", 0),
    ("1,-2", "1, -2, 1", 0),
    ("$-2,0,2$", "-2, 0, 0, 2", 0),
    ("1,-2", "1, -2, 0", 0),
    ("1 \\pm \\sqrt{19}", "1 \\pm \\sqrt{19},\\ \\pm i", 0),
    ("(-2,1)", "(-2, 1), (1, -2)", 0),
    ("$f(x)=2 x$", "f(x) = 2x + c", 0),
    ("\\text{(C)}", "\\text{(C)}, \\text{(F)}", 0),
    ("9", "\\begin{pmatrix} 9 \\\\ 10 \\end{pmatrix}", 0),
])

_add("approx", [
    ("\\pi", "\\frac{22}{7}", 0),
    ("\\pi", "\\frac{355}{113}", 0),
    ("288 \\pi", "288 \\cdot 3.14", 0),
    ("\\sqrt{5}", "\\frac{161}{72}", 0),
    ("2\\sqrt{113}", "21.2603", 0),
    ("$\\frac{600}{7}$", "85.714285714", 0),
    ("\\frac{1997}{2}", "998.50000001", 0),
    ("\\frac9{19}", "0.\\overline{47368421052631578}", 0),
    ("\\frac 59", "0.\\overline{56}", 0),
    ("\\frac 59", "0.5555555556", 0),
    ("6.2\n", "6.149", 0),
    ("0.822", "\\frac{37}{45}", 1),
    ("6.2\n", "6.24", 1),
    ("1", "0.\\overline{9}", 1),
    ("\\frac{14}{3}", "4.\\overline{6}", 1),
    ("\\frac{14}{3}", "4.6\\overline{6}", 1),
    ("\\frac 59", "0.\\overline{55}", 1),
    ("\\frac9{19}", "0.\\overline{473684210526315789}", 1),
    ("4.5e33\n", "4.5e+33", 1),
    ("4.5e33\n", "45 \\times 10^{32}", 1),
    ("4.5e33\n", "0.45 \\times 10^{34}", 1),
    ("3.61e-10", "3.61 \\cdot 10^{-10}", 1),
])

_add("notation", [
    ("4.5e33\n", "4.5 \\times 10^33", 0),
    ("\\frac9{19}", "\\frac 919", 0),
    ("2\\sqrt{113}", "2\\sqrt 113", 0),
    ("\\frac{e^{-2t}}{15}\n", "\\frac{e^-2t}{15}", 0),
    ("\\frac14", "4^-1", 0),
    ("\\sqrt{5}", "\\sqrt[3]{5}", 0),
    ("\\frac{1}{4p^2}\n", "\\frac{1}{4}p^{2}", 0),
    ("15", "\\phantom{1}5", 0),
    ("21", "\\vphantom{2}1", 0),
    ("4", "3 \\tag{4}", 0),
    ("29", "\\cancel{2}9", 0),
    ("2220", "2{,}22", 0),
    ("2220", "2.220", 0),
    (".35625", "0,35625", 0),
    ("5", "5!", 0),
    ("36", "36!", 0),
    ("\\dfrac{17}{50}", "\\frac{17}{5}0", 0),
    ("\\frac14", "4^{-1}", 1),
    ("\\frac14", "2^{-2}", 1),
    ("6", "3!", 1),
    ("24", "4!", 1),
    ("1", "0!", 1),
    ("3", "e^{i\\pi} + 4", 1),
    ("3", "\\log_2 8", 1),
    ("3", "\\sqrt{9}", 1),
    ("$\\frac{4 \\cdot 999^{4}}{27}$", "4 \\cdot 27^{3} \\cdot 37^{4}", 1),
    ("1296.0", "1296.0", 1),
    ("\\frac{e^{-2t}}{15}\n", "\\frac{1}{15}e^{-2t}", 1),
])

_add("pointwise", [
    ("$(n-2) 2^{n}+1$", "4n^{3} - 28n^{2} + 72n - 63", 0),
    ("$n^{2}-n+1$", "n^{2} - n + 1 + (n-1)(n-2)(n-3)", 0),
    ("8n^2 + 4n + 1", "28n - 15", 0),
    ("2k", "k^{2} + k", 0),
    ("$f(x)=2 x$", "f(x) = x^{2}", 0),
    ("$f(x)=2 x$", "f(x) = 2|x|", 0),
    ("15x - 80", "15x - 80 + \\sin(\\pi x)", 0),
    ("x^3+3x-6", "x^3 + 3|x| - 6", 0),
    ("\\frac{t}{m}\n", "\\frac{t}{|m|}", 0),
    ("\\cot x", "\\cot |x|", 0),
    ("$\\left\\lfloor\\log _{2} n\\right\\rfloor+1$", "\\lceil \\log_2 n \\rceil", 0),
    ("$\\lceil n / 2\\rceil+1$", "\\frac{n}{2} + 1", 0),
    ("$\\lceil n / 2\\rceil+1$", "\\left\\lfloor \\frac{n}{2} \\right\\rfloor + 1", 0),
    ("$\\left\\lfloor\\log _{2} n\\right\\rfloor+1$", "\\left\\lceil \\log_2 (n+1) \\right\\rceil", 1),
    ("$\\left\\lfloor\\log _{2} n\\right\\rfloor+1$", "\\lfloor \\log_2 (2n) \\rfloor", 1),
    ("$\\lceil n / 2\\rceil+1$", "\\left\\lfloor \\frac{n+1}{2} \\right\\rfloor + 1", 1),
    ("$\\lceil n / 2\\rceil+1$", "\\frac{2n + 5 - (-1)^{n}}{4}", 1),
    ("$n^{2}-n+1$", "\\frac{n^{3} + 1}{n + 1}", 1),
    ("x^8 + x^7 + x^6 + x^5 + x^4 + x^3 + x^2 + x + 1", "\\frac{x^9 - 1}{x - 1}", 1),
    ("x^8 + x^7 + x^6 + x^5 + x^4 + x^3 + x^2 + x + 1", "\\frac{x^9 + 1}{x + 1}", 0),
    ("$f(x)=2 x$", "f(x) = x + x", 1),
])

_add("choice", [
    ("\\text{(C)}", "\\text{(C) or (E)}", 0),
    ("\\text{(C)}", "\\text{(CE)}", 0),
    ("\\text{(C)}", "\\text{(A)--(C)}", 0),
    ("\\text{(E)}", "\\textbf{(E)}\\ \\text{Hyperbola}\\quad\\textbf{(D)}", 0),
    ("\\text{(B)}", "\\textbf{(B)}\\ \\textbf{(C)}", 0),
    ("\\text{(C)}", "(\\mathrm{C})", 1),
    ("\\text{(E)}", "\\text{(E) Hyperbola}", 1),
])

_add("unicode", [
    ("2\\sqrt{113}", "2∛113", 0),
    ("\\sqrt{5}", "∛5", 0),
    ("(2,12) \\cup (12,102)", "(2,12) ∩ (12,102)", 0),
    ("$n^{2}-n+1$", "n₂−n+1", 0),
    ("36^\\circ", "36′", 0),
    ("-41", "−(−41)", 0),
    ("1,-2", "1,−2", 1),
    ("\\sqrt{5}", "∜25", 1),
    ("2\\sqrt{113}", "2√113", 1),
    ("$n^{2}-n+1$", "n²−n+1", 1),
    ("(-\\infty,-5)", "(−∞, −5)", 1),
    ("(2,12) \\cup (12,102)", "(2,12) ∪ (12,102)", 1),
    ("\\frac14", "¼", 1),
    ("\\frac14", "2⁻²", 1),
    ("36^\\circ", "36°", 1),
    ("3", "３", 1),
    ("2220", "22\u206020", 1),
    ("1 \\times 10^{-3}", "10⁻³", 1),
    ("3.61e-10", "3.61 × 10^{-10}", 1),
    ("1 \\pm \\sqrt{19}", "1 ± √19", 1),
    ("$[-1,-\\frac{1}{2}]$", "−1 ≤ k ≤ −½", 1),
])

_add("format", _EXTRACT)

_dos = [
    ("2220", "9^{9^{9^{9}}}"),
    ("294", "10^{10^{10^{10}}}"),
    ("1296.0", "(10^{100})!"),
    ("\\frac{1997}{2}", "\\binom{10^{60}}{10^{30}}"),
    ("1", "(" * 10000 + "2" + ")" * 10000),
    ("\\sqrt{5}", "\\sqrt{" * 3000 + "5" + "}" * 3000),
    ("$n^{2}-n+1$", "(n+1)^{100000} - n^{100000}"),
    ("s^{2}+b s+1\n", "(s+b)^{99999}"),
    ("4", "4 + 10^{-10^{10}}"),
    ("\\frac 59", "0." + "5" * 100000),
    ("12", "1" + "2" * 200000),
    ("2107", "2^{2^{2^{2^{2^{2}}}}}"),
    ("9", "\\frac{1}{" * 1501 + "9" + "}" * 1501),
    ("28", "\\sin(10^{10^{10}})"),
    ("\\pi", "\\sum_{k=0}^{10^{12}} \\frac{4(-1)^k}{2k+1}"),
    ("36", "\\prod_{k=1}^{10^{15}} \\left(1+\\frac{1}{k^2}\\right)"),
    ("(6,31,-1)", "(" + ",".join(["6"] * 50000) + ")"),
    ("\\begin{pmatrix} -7 \\\\ 16 \\\\ 5 \\end{pmatrix}",
     "\\begin{pmatrix}" + "\\\\".join("&".join(str((i * j) % 7) for j in range(120)) for i in range(120)) + "\\end{pmatrix}^{1000}"),
    ("x^8 + x^7 + x^6 + x^5 + x^4 + x^3 + x^2 + x + 1", "(x+1)^{10^{6}}"),
    ("1,-2", ", ".join(["1, -2"] * 50000)),
    ("(3,4]", "(3, 4^{4^{4^{4}}}]"),
    ("104", "\\left\\lfloor e^{e^{e^{e^{e}}}} \\right\\rfloor"),
    ("-41", "\\Gamma(10^{20})"),
    ("\\frac{14}{3}", "\\sqrt[10^{10}]{10^{10^{10}}}"),
    ("6 - 5i", "(6-5i)^{10^{12}}"),
    ("$f(n)=n^{2}$", "f(n) = (n^{2})^{10^{10}}"),
    ("\\frac{1}{4p^2}\n", "p^{p^{p^{p^{p^{p}}}}}"),
    ("8", "\\frac{" * 30000 + "8"),
]
_add("dos", [(g, a, 0) for g, a in _dos])
