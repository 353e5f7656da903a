"""Held-out labelled answers for reward.py: written before the grader was changed for issue 11 and not
looked at while tuning it. Only bench_reward.py scores it (held-out accuracy in RESULTS.md); no test asserts
on it, so it cannot be tuned against by making tests pass. Rows: (category, gold, boxed answer, label).
Golds are real answers from ../shared/data/test/*.json where possible, the rest follow the issue's rules.
One label was corrected after the first (and only pre-fix) scoring: 1.11111111 × 10^10 is exactly 11111111100,
so it is right by the issue's own rule; RESULTS.md reports the figures before and after."""

HELDOUT = [
    # real golds, natural rewrites (label 1) and near misses (label 0)
    ("real", "371", "371", 1), ("real", "371", "0371", 1), ("real", "371", "371.0", 1), ("real", "371", "37.1", 0),
    ("real", "055", "55", 1), ("real", "055", "505", 0), ("real", 3159.0, "3{,}159", 1), ("real", 3159.0, "3,159", 1),
    ("real", 3159.0, "3195", 0), ("real", -4.0, "-4.0", 1), ("real", -4.0, "−4", 1), ("real", -4.0, "4", 0),
    ("real", "\\frac{4}{9}", "4/9", 1), ("real", "\\frac{4}{9}", "0.\\overline{4}", 1), ("real", "\\frac{4}{9}", "0.444", 0),
    ("real", "\\frac{4}{9}", "0.4444", 0), ("real", "\\frac{2}{3}", "\\dfrac23", 1), ("real", "\\frac{2}{3}", "0.667", 0),
    ("real", "\\frac{2}{3}", "0.6667", 0), ("real", "1.25", "\\frac54", 1), ("real", "1.25", "1\\frac14", 1), ("real", "1.25", "1.2", 0),
    ("real", "120^\\circ", "120", 1), ("real", "120^\\circ", "120°", 1), ("real", "120^\\circ", "\\frac{2\\pi}{3}", 0),
    ("real", "18+2\\pi", "2(9+\\pi)", 1), ("real", "18+2\\pi", "24.28", 0), ("real", "18+2\\pi", "24.2832", 0),
    ("real", "11,\\! 111,\\! 111,\\! 100", "11111111100", 1), ("real", "11,\\! 111,\\! 111,\\! 100", "1.11111111 \\times 10^{10}", 1),
    ("real", "\\begin{pmatrix} -18 \\\\ -49 \\\\ 96 \\end{pmatrix}", "(-18,-49,96)", 1),
    ("real", "\\begin{pmatrix} -18 \\\\ -49 \\\\ 96 \\end{pmatrix}", "(-18,49,96)", 0),
    ("real", "4.4 \\times 10^7", "4.4e7", 1), ("real", "4.4 \\times 10^7", "44000000", 1), ("real", "4.4 \\times 10^7", "4.5 \\times 10^7", 0),
    ("real", "3.61e-10", "3.61 \\times 10^{-10}", 1), ("real", "3.61e-10", "3.6 \\times 10^{-10}", 0),
    ("real", "7.353 \\times 10^{14}", "7.353e14", 1), ("real", "7.353 \\times 10^{14}", "7.35 \\times 10^{14}", 0),
    ("real", "99.9", "99.90", 1), ("real", "99.9", "100", 0), ("real", "0.033", "3.3 \\times 10^{-2}", 1), ("real", "0.033", "0.03", 0),
    ("real", "-3/2", "-\\frac{3}{2}", 1), ("real", "-3/2", "-1.5", 1), ("real", "-3/2", "-1.50001", 0),
    ("real", "\\frac{e^{-2t}}{15}", "\\frac{1}{15}e^{-2t}", 1), ("real", "\\frac{e^{-2t}}{15}", "\\frac{e^{2t}}{15}", 0),
    ("real", "100p^{\\frac{1}{2}}", "100\\sqrt{p}", 1), ("real", "100p^{\\frac{1}{2}}", "100p^2", 0),
    ("real", "1,-1,7,-7", "-7,-1,1,7", 1), ("real", "1,-1,7,-7", "\\pm 1, \\pm 7", 1), ("real", "1,-1,7,-7", "1,7", 0),
    ("real", "$-\\frac{4}{5}$", "-0.8", 1), ("real", "$-\\frac{4}{5}$", "\\frac{4}{5}", 0),
    ("real", "$\\frac{2016}{2017^{2}}$", "\\frac{2016}{4068289}", 1), ("real", "$\\frac{2016}{2017^{2}}$", "\\frac{2016}{2017}", 0),
    ("real", "$\\frac{1}{4} n(n+1)$", "\\frac{n^2+n}{4}", 1), ("real", "$\\frac{1}{4} n(n+1)$", "\\frac{n(n-1)}{4}", 0),
    ("real", "1,2", "2, 1", 1), ("real", "1,2", "1", 0), ("real", "\\text{(D)}", "D", 1), ("real", "\\text{(D)}", "\\text{(D) } 5", 1),
    # R1-style: think, then a written box
    ("r1", "12", "12 \\text{ cm}", 1), ("r1", "12", "12\\text{ meters}", 1), ("r1", "\\frac{3}{8}", "0.375", 1),
    ("r1", "$x=5$", "x = 5", 1), ("r1", "$x=5$", "5", 1), ("r1", "$x=5$", "x=4.9998", 0),
    # tolerance belongs to the gold
    ("tol", "12345", "12345.0", 1), ("tol", "12345", "12346.0", 0), ("tol", "12345", "12345.01", 0),
    ("tol", "\\pi", "3.1416", 0), ("tol", "\\pi", "3.14159265", 0), ("tol", "\\pi", "\\frac{22}{7}", 0),
    ("tol", "2^{20}", "1048576", 1), ("tol", "2^{20}", "1.0486 \\times 10^6", 0), ("tol", "2^{20}", "1.048576 \\times 10^{6}", 1),
    ("tol", "\\sqrt{2}", "1.41421", 0), ("tol", "\\sqrt{2}", "1.4142135623730951", 0), ("tol", "\\frac{1}{7}", "0.142857", 0),
    ("tol", "\\frac{1}{7}", "0.\\overline{142857}", 1), ("tol", "1", "1.0001", 0), ("tol", "1000", "1000.01", 0), ("tol", "1000", "1000.00", 1),
    ("tol", "0", "e^{-100}", 0), ("tol", "0", "10^{-30}", 0), ("tol", "0", "0.0", 1), ("tol", "1.2", "1.21", 1), ("tol", "1.2", "1.20", 1),
    ("tol", "2.7778 \\times 10^{-6}", "2.77778 \\times 10^{-6}", 1), ("tol", "0.5613", "0.56134", 1), ("tol", "0.5613", "0.5623", 0),
    ("tol", "\\frac{3}{8}", "0.38", 0), ("tol", "\\frac{3}{8}", "37.5\\%", 1),
    # words change meaning
    ("words", "3", "\\text{not } 3", 0), ("words", "144", "12\\text{ squared}", 0), ("words", "5", "5\\text{ million}", 0),
    ("words", "9", "\\text{half of } 18", 0), ("words", "6", "6 \\text{ is not the answer}", 0), ("words", "7", "7 \\text{ or more}", 0),
    ("words", "7", "\\text{at least } 7", 0), ("words", "7", "\\text{about } 7", 0), ("words", "20", "20 \\text{ hours}", 1),
    ("words", "20\\text{ days}", "20 \\text{ hours}", 0), ("words", "20\\text{ days}", "20 \\text{ days}", 1), ("words", "20\\text{ days}", "20", 1),
    ("words", "15\\mbox{ cm}^2", "15\\text{ cm}^3", 0), ("words", "15\\mbox{ cm}^2", "15 \\text{ square centimeters}", 1),
    ("words", "\\$18.90", "18.90 \\text{ dollars}", 1), ("words", "4", "4 \\text{ apples}", 0), ("words", "4", "\\text{none}", 0),
    ("words", "\\text{Evelyn}", "\\text{Not Evelyn}", 0), ("words", "\\text{east}", "\\text{north east}", 0),
    # no two-for-one scales
    ("percent", "25", "25\\%", 0), ("percent", "0.25", "25\\%", 1), ("percent", "25\\%", "25\\%", 1), ("percent", "25\\%", "0.25", 0),
    ("percent", "\\frac{1}{4}", "25\\%", 1), ("percent", "\\frac{1}{4}", "2.5\\%", 0), ("percent", "62.5%", "62.5", 1),
    # functions must equal as functions
    ("function", "x", "|x|", 0), ("function", "|x|", "\\sqrt{x^2}", 1), ("function", "3", "\\lfloor x \\rfloor", 0),
    ("function", "g(f(x))", "f(g(x))", 0), ("function", "x^2-1", "(x-1)(x+1)", 1), ("function", "x^2-1", "x^2-1+0y", 1),
    ("function", "2x", "2x+y-y", 1), ("function", "\\frac{x}{2}", "\\frac{y}{2}", 0), ("function", "\\ln(x^2)", "2\\ln x", 0),
    ("function", "e^{x}", "e^{|x|}", 0), ("function", "\\sin x", "\\sin |x|", 0), ("function", "\\lfloor n/2 \\rfloor", "\\frac{n}{2}", 0),
    ("function", "n^2", "n^2 + \\sin(\\pi n)", 0), ("function", "\\frac{n(n+1)}{2}", "\\binom{n+1}{2}", 1),
    # one choice
    ("choice", "\\text{(C)}", "C", 1), ("choice", "\\text{(C)}", "\\text{(C) or (D)}", 0), ("choice", "\\text{(C)}", "C, D", 0),
    ("choice", "\\text{(C)}", "\\text{CD}", 0), ("choice", "\\text{(C)}", "\\text{not (C)}", 0), ("choice", "\\text{(C)}", "\\text{(C) and (E)}", 0),
    ("choice", "\\text{(C)}", "\\textbf{(C)}", 1), ("choice", "\\text{(C)}", "\\text{(A)}", 0), ("choice", "\\text{(C)}", "\\text{C or not C}", 0),
    # literal means literal
    ("literal", "12", "3 4", 0), ("literal", "12", "3\\;4", 0), ("literal", "12", "3 \\cdot 4", 1), ("literal", "1112_5", "1112_4", 0),
    ("literal", "1112_5", "1112_5", 1), ("literal", "1112_5", "1112_{5}", 1), ("literal", "\\frac{\\pi}{2}", "\\frac{\\pi}{2}^\\circ", 0),
    ("literal", "90^\\circ", "\\frac{\\pi}{2}", 0), ("literal", "34", "3 4", 0), ("literal", "2", "1 1", 0),
    # equivalent forms
    ("form", "(2,\\infty)", "x > 2", 1), ("form", "(2,\\infty)", "x \\ge 2", 0), ("form", "[-2,7]", "-2 \\le x \\le 7", 1),
    ("form", "[-2,7]", "-2 < x \\le 7", 0), ("form", "(-\\infty, 2) \\cup (3, \\infty)", "x < 2 \\text{ or } x > 3", 1),
    ("form", "(-\\infty, 2) \\cup (3, \\infty)", "x < 2 \\text{ or } x \\geq 3", 0), ("form", "(0,9) \\cup (9,36)", "(0,36) \\setminus \\{9\\}", 1),
    ("form", "(0,9) \\cup (9,36)", "(0,36)", 0), ("form", "\\frac13", "0.\\overline{3}", 1), ("form", "\\frac{13}{18}", "0.7\\overline{2}", 1),
    ("form", "1", "0.\\overline{9}", 1), ("form", "\\frac13", "0.\\overline{33}", 1), ("form", "\\frac13", "0.\\overline{4}", 0),
    ("form", "(3,2)", "(p,q)=(3,2)", 1), ("form", "(3,2)", "(p,q)=(2,3)", 0), ("form", "11:21", "V_1:V_2 = 11:21", 1),
    ("form", "1", "|AB| = 1", 1), ("form", "1", "|AB| = 2", 0), ("form", "(1,2,3)", "1,2,3", 1), ("form", "(3, -1)", "3, -1", 1),
    ("form", "(1,\\pm 2)", "(1,2),(1,-2)", 1), ("form", "(1,\\pm 2)", "(1,2)", 0), ("form", "x \\neq 3", "x != 3", 1),
    ("form", "\\begin{pmatrix} 2 & 2 \\\\ 2 & 2 \\end{pmatrix}", "\\begin{pmatrix} 1 & 1 \\\\ 1 & 1 \\end{pmatrix} + \\begin{pmatrix} 1 & 1 \\\\ 1 & 1 \\end{pmatrix}", 1),
    ("form", "\\begin{pmatrix} 2 & 2 \\\\ 2 & 2 \\end{pmatrix}", "2\\begin{pmatrix} 1 & 1 \\\\ 1 & 1 \\end{pmatrix}", 1),
    ("form", "\\begin{pmatrix} 2 & 2 \\\\ 2 & 2 \\end{pmatrix}", "\\begin{pmatrix} 1 & 1 \\\\ 1 & 1 \\end{pmatrix}", 0),
    ("form", "8", "2³", 1), ("form", "\\frac12", "½", 1), ("form", "42", "4\u200b2", 1), ("form", "-7", "－7", 1), ("form", "9", "2³", 0),
    # policy tricks (all 0)
    ("trick", "5", "5 \\text{ or } 6", 0), ("trick", "5", "4.99999", 0), ("trick", "5", "\\approx 5.0001", 0), ("trick", "5", "5 + 0x", 1),
    ("trick", "5", "5^{1.0001}", 0), ("trick", "5", "\\{5, 6\\}", 0), ("trick", "5", "[4,6]", 0), ("trick", "5", "5 \\pm 1", 0),
    ("trick", "5", "x", 0), ("trick", "5", "n", 0), ("trick", "5", "\\text{5 or 6}", 0), ("trick", "5", "5?", 0),
    ("trick", "5", "5, 5", 0), ("trick", "5", "5 \\ne 5", 0), ("trick", "5", "\\lfloor 5.5 \\rfloor", 1), ("trick", "5", "\\neg 5", 0),
    ("trick", "5", "5\\%", 0), ("trick", "5", "500\\%", 1), ("trick", "5", "\\lim_{x\\to 5} x", 0), ("trick", "5", "\\infty", 0),
    ("trick", "\\pi", "\\pi + 10^{-20}", 0), ("trick", "\\sqrt{2}", "1.41421356237309504880168872", 0),
    ("trick", "1", "0.9999999999", 0), ("trick", "10^{100}", "10^{100}+1", 0), ("trick", "0", "10^{-400}", 0),
]
