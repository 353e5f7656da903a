r"""Fourth held-out set for `reward.score`: Hugging Face Math-Verify's own test
cases, relabelled by OUR grading contract (not by Math-Verify's expectation).

How it was built (before any scoring, without reading reward.py,
bench_reward.py or anything else under tests/):

* Source: github.com/huggingface/Math-Verify at commit
  5d148cfaaf99214c2e4ffb4bc497ab042c592a7a (2025-07-02), files
  tests/test_all.py, test_boxed.py, test_numina_cases.py,
  test_open_thoughts.py, test_yujianll.py, test_strict.py,
  test_string_extraction.py (269 parametrized (gold, pred) cases, plus the
  test_precision asserts and the commented-out cases in those files).
  test_configs/test_timeout/test_raise_on_error hold no gold/pred pairs.
* Conversion: the gold goes in as a string with outer `$` stripped; where
  Math-Verify's gold is a whole solution, the gold is its final boxed
  content.  The prediction's final answer (what Math-Verify extracts: the
  boxed content, or the "final answer is ..." value for unboxed transcripts)
  becomes the boxed answer.  Escape accidents in the Python source (raw
  strings with `\\left`, `\\le`, `\\frac`; a non-raw "\\\frac" that became a
  form feed) were repaired to the intended LaTeX.  Where the prediction has
  several `\boxed{}`s, the answer string is built so that the response
  reproduces them (`-2} \quad \text{and} \quad \boxed{1`): only the LAST box
  counts, so these rows are label 0 unless the last box alone is the gold.
  Exact duplicate (gold, answer) pairs were kept once.
* Relabelling (our contract): score 1 iff the last boxed answer is
  mathematically equivalent to the gold.  Tolerance belongs to the gold:
  against an exact gold a decimal must equal it exactly as a rational
  (`(1,4.5)` = `(1,\frac92)`, `\frac{10\sqrt{10.5}}{27}` = `\frac{5\sqrt{42}}{27}`)
  and rounded decimals are wrong (`0.0833333333333333` for 1/12, `0.3333`,
  `(0.6,2.6667]`, matrix entry `0.33` for 1/3: all 0, Math-Verify said 1);
  an inexact decimal gold accepts values that round to it at its own
  precision (gold `4.123105625617661` vs `\sqrt{17}`: 1; swapped: 0).
  Real unit words are dropped (miles, cm^2, meters, yuan, $, EUR sign, m^2); a
  sentence with other words ("the number is not 10 which is ...") is text
  and wrong.  Percent: a plain gold `20` is not matched by `20\%` (0).
  `\approx` answers are hedges (0; Math-Verify said 1).  Free symbols the
  gold lacks make it wrong (`f(y)` for `f(x)`).  `\pm` for a single-valued
  gold is a hedge; `\pm 2021` gold against `{-2021, 2021}` is 1.
  Equations are equal as equations (scaling, solving for y); inequalities
  equal to intervals; `x \in S` = S; named values (`AB=4,CD=5`,
  `(p,q)=(3,2)`, `a_3=2, a_{37}=19`) equal their values.
  `1 + \frac{1}{\mathrm{e}}` vs gold `1 - \frac{1}{\mathrm{e}}` is 0
  (Math-Verify said 1: its parse truncates at \mathrm).
* Derived rows (category suffix `/swap`, `/joined`): a few gold/answer
  swaps where tolerance-belongs-to-the-gold flips or keeps the label, and
  multi-box predictions joined into one box (then equivalent: 1).
* LEFT OUT (ambiguous under our rules; 43 Math-Verify cases):
  - decimal comma (`1000,99`, gold `1,22`, `2,74`, gold `0,111`): 4
  - `32, 349` (thousands separator vs two-element list): 1
  - spelled percent words (`28 percent`, `28 pct`, `28 percentage`, boxed
    or not) and bare `28` against gold `28\%`: 7
  - false equation chains (`\frac12 \$ = \frac{10}{9}`, `x = 5+5+1 = 7 = 11`
    twice, `z = 3+3 = 2` twice), garbage gold `1 = \zzz = x = 0`: 6
  - equation whose left side is an expression vs a bare value or that
    expression (`7 = 11a+c` vs `11a+c`, `a+3z=0` vs 0, `2x+z=1` vs 1,
    `a^2+b=0` vs 0, commented `x+z=1` vs 1): 5
  - ordered pair vs `{1,3}` (problem unknown: (3,1) and (1,3)): 2
  - reordered bare list `1 and -2` vs `-2,1` (tuple or roots unknown): 1
  - semicolon-separated tuples/lists (`(0;0;0)...`, `-12;-11;...`,
    `p=5,q=2;p=7,q=2`, the commented numina case): 4
  - complex-or-real `1\leq|z|\leq 3/2` vs real intervals: 1
  - `\text{e}` vs `e` (letter or Euler's number): 1
  - `\text{13}` gold written with a tab escape (issue 37, intent unclear): 1
  - gold `\boxed{35 cm} ++++++ \boxed{4}` (units inside a two-value list): 1
  - `W(n) = 1 and W(n) = -1` vs `W(x)=1orW(x)=-1`: 1
  - gold `\boxed{1} no no no no no \boxed{2}`: 1
  - nested `\boxed{\boxed{\frac13}}` answer (which box is "last"): 1
  - StringExtractionConfig cases beyond plain letters ("A. Because B is not
    valid", "Because B is valid", custom string U, no-match, lowercase): 5
  - Yaping `5/3` commented case (transcript drifts into another problem): 1
  Duplicates kept once (e.g. the four `9` notations, strict True/False
  `f(x)` vs `f(y)`, repeated 14916 / 1000.99 / (p,q)=(3,2) rows) are not
  counted above.
"""

HELDOUT4 = [
    # ---- test_all.py: test_number_extraction (expr) ----
    ("number_extraction", r"-5", r"-5", 1),
    ("number_extraction", r"7425000", r"7,425,000", 1),
    ("number_extraction", r"1000", r"1 000", 1),
    ("number_extraction", r"1000", r"1000.0", 1),
    ("number_extraction", r"1000.0", r"1,000.0", 1),
    ("number_extraction", r"0.4", r".4", 1),
    ("number_extraction", r"1000.99", r"1,000.99", 1),
    ("number_extraction", r"1000.99", r"\$1,000.99", 1),
    ("number_extraction", r"1000.99", r"1,000.99\$", 1),
    ("number_extraction", r"1000.99", r"1,000.99€", 1),
    ("number_extraction", r"1000.99", r"the number is not 10 which is 1,000.99€", 0),
    ("number_extraction", r"1000.99", r"1,000.99m²", 1),
    ("number_extraction", r"1000.99", r"so the number is 10 which is 1,000.99m²", 0),
    ("number_extraction", r"1000.99", r"not it's not 10 it's 1,000.99m²", 0),
    ("number_extraction", r"2", r"AZYUK2A", 0),
    ("number_extraction/swap", r".4", r"0.4", 1),
    ("number_extraction/swap", r"1000.0", r"1000", 1),
    # ---- test_simple_fraction_notation ----
    ("simple_fraction_notation", r"10/9", r"\frac{10}{9}", 1),
    ("simple_fraction_notation", r"-10/9", r"-\frac{10}{9}", 1),
    # ---- test_sets_handling ----
    ("sets_handling", r"[0,1)", r"[0,1)", 1),
    ("sets_handling", r"[0,9)", r"[0,1)", 0),
    ("sets_handling", r"(0,9)", r"[0,9)", 0),
    ("sets_handling", r"1", r"-[0,1)", 0),
    # ---- test_latex_notation ----
    ("latex_notation", r"9", r"9", 1),
    ("latex_notation", r"9", " \n 9 \n ", 1),
    ("latex_notation", r"10", r"(9+1)", 1),
    ("latex_notation", r"1/3", r"\frac13", 1),
    ("latex_notation", r"1", r"\frac3{3}", 1),
    ("latex_notation", r"\sqrt{3}", r"\sqrt3", 1),
    ("latex_notation", r"1/3", r"\cfrac{1}{3}", 1),
    ("latex_notation", r"1/3", r"\dfrac{1}{3}", 1),
    ("latex_notation", r"1/3", r"\tfrac{1}{3}", 1),
    ("latex_notation", r"1/3", r" 1/3 ", 1),
    ("latex_notation", r"1/3", r"\left( \frac{1}{3} \right)", 1),
    ("latex_notation", r"1/3", r"\frac{1}{3} \text{meters}", 1),
    ("latex_notation", r"1/3", r"\frac{1}{3} \textbf{meters}", 1),
    ("latex_notation", r"1/3", r"k = \frac{1}{3}", 1),
    # ---- test_percent_notation ----
    ("percent_notation", r"28\%", r"28 \%", 1),
    ("percent_notation", r"28\%", r"28\%", 1),
    # ---- test_latex_notation_math ----
    ("latex_notation_math", r"2-2p", r"2-2p", 1),
    ("latex_notation_math", r"\begin{pmatrix} 0 & 3 \\ 0 & -1 \end{pmatrix}",
     "\n\\begin{pmatrix} 0 & 3 \\\\ 0 & -1 \\end{pmatrix}\n", 1),
    ("latex_notation_math", r"28 \%", r"28\%", 1),
    ("latex_notation_math", r"14{,}916", r"14 {, }916", 1),
    ("latex_notation_math", r"12\text{ and }13", r"12 \text{ and } 13", 1),
    ("latex_notation_math", r"(3, \frac{\pi}{2})", r"\left( 3, \frac{\pi}{2} \right)", 1),
    ("latex_notation_math", r"\frac{14}{3}", r"\frac{14}{3}", 1),
    ("latex_notation_math", r"\text{Evelyn}", r"\text{Evelyn}", 1),
    ("latex_notation_math", r"90^\circ", r"90^\circ", 1),
    ("latex_notation_math", r"3\sqrt{13}", r"3\sqrt{13}", 1),
    ("latex_notation_math", r"\frac{3}{56}", r"\frac{3}{56}", 1),
    ("latex_notation_math", r"2", r"2", 1),
    ("latex_notation_math", r"15\mbox{ cm}^2", r"15\mbox{ cm}^2", 1),
    ("latex_notation_math", r"-2,1", r"-2,1", 1),
    ("latex_notation_math", r"0", r"0", 1),
    ("latex_notation_math", r"204_5", r"204_5", 1),
    ("latex_notation_math", r"(6,31,-1)", r"(6,31,-1)", 1),
    ("latex_notation_math", r"1 \pm \sqrt{19}", r"1 \pm \sqrt{19}", 1),
    ("latex_notation_math", r"3 \pm 2 \sqrt{2}", r"3 \pm 2 \sqrt{2}", 1),
    ("latex_notation_math", r"\{1\pm\sqrt{5},-2\}", r"\{1\pm\sqrt{5},-2\}", 1),
    ("latex_notation_math", r"f(2) < f(1) < f(4)", r"f(2) < f(1) < f(4)", 1),
    ("latex_notation_math", r"2 \sin b \cos a", r"2 \sin b \cos a", 1),
    ("latex_notation_math", r"\frac{\pi r}{h+r}", r"\frac{\pi r}{h+r}", 1),
    ("latex_notation_math", r"125\text{ miles}", r"125\textnormal{ miles}", 1),
    ("latex_notation_math", r"[-1, -\frac{1}{2}) \cup (-\frac{1}{2}, 0) \cup (0, 1) \cup (1, \infty)",
     r"[-1, -\tfrac12) \cup (-\tfrac12, 0) \cup (0, 1) \cup (1, \infty)", 1),
    ("latex_notation_math", r"\sqrt{2}+\sqrt{5}", r"\sqrt 2+\sqrt 5", 1),
    ("latex_notation_math", r"\frac{9}{4}\pi", r"\frac94\pi", 1),
    ("latex_notation_math", r"\{-1\} \cup [0,7)", r"\{-1\} \cup [0,7)", 1),
    ("latex_notation_math", r"\{-1\} \cup [0,7)", r"x \in \{-1\} \cup [0,7)", 1),
    # ---- test_relations_math ----
    ("relations_math", r"x >= 5", r"x \geq 5", 1),
    ("relations_math", r"x < 3", r"x \lt 3", 1),
    ("relations_math", r"x \leq 2", r"x <= 2", 1),
    ("relations_math", r"x > 5", r"x \gt 5", 1),
    ("relations_math", r"x != 3", r"x \neq 3", 1),
    ("relations_math", r"x > 5", r"x < 5", 0),
    ("relations_math", r"x \geq 5", r"x \leq 5", 0),
    ("relations_math", r"x \neq 5", r"x != 5", 1),
    ("relations_math", r"x \leq 5", r"5 \geq x", 1),
    ("relations_math", r"x \geq 5", r"5 \leq x", 1),
    ("relations_math", r"x = 1/3", r"x = 5+5+1 = 1/3 \approx 11", 0),
    ("relations_math", r"11", r"x=11", 1),
    ("relations_math", r"11", r"x\approx11", 0),
    ("relations_math", r"1/3", r"x=1/3\approx1.3", 0),
    ("relations_math", r"x < 1", r"-x > -1", 1),
    ("relations_math", r"x < 1", r"x > -1", 0),
    ("relations_math", r"x <= 1", r"-x >= -1", 1),
    ("relations_math", r"k=1", r"1", 1),
    ("relations_math", r"1", r"k=1", 1),
    ("relations_math", r"2x+4y-3=0", r"y=-\frac{1}{2}x+\frac{3}{4}", 1),
    ("relations_math", r"x^2/4 + y^2/3 = 1", r"x^2/16 + y^2/12 = 1/4", 1),
    ("relations_math/swap", r"5 \geq x", r"x \leq 5", 1),
    ("relations_math/swap", r"x=11", r"11", 1),
    ("relations_math/swap", r"-x > -1", r"x < 1", 1),
    ("relations_math/swap", r"y=-\frac{1}{2}x+\frac{3}{4}", r"2x+4y-3=0", 1),
    ("relations_math/swap", r"x^2/16 + y^2/12 = 1/4", r"x^2/4 + y^2/3 = 1", 1),
    # ---- test_matrix_extraction ----
    ("matrix_extraction", r"189", r"189", 1),
    ("matrix_extraction", r"\begin{pmatrix}1 & 0 \\ 0 & 1\end{pmatrix}", r"\begin{pmatrix}1 & 0 \\ 0 & 1\end{pmatrix}", 1),
    ("matrix_extraction", r"\begin{bmatrix}0 & 0 \\0 & 0\end{bmatrix}", r"\begin{pmatrix}0 & 0 \\0 & 0\end{pmatrix}", 1),
    ("matrix_extraction", r"\begin{pmatrix}1 & 2 \\3 & 4\end{pmatrix}", r"\left[\begin{array}{cc}1 & 2 \\3 & 4\end{array}\right]", 1),
    ("matrix_extraction", r"\begin{pmatrix}\frac{1}{2} & \frac{3}{4} \\ \frac{5}{6} & \frac{7}{8}\end{pmatrix}",
     r"\begin{pmatrix}\frac{1}{2} & \frac{3}{4} \\ \frac{5}{6} & \frac{7}{8}\end{pmatrix}", 1),
    ("matrix_extraction", r"\begin{pmatrix}6 & 8 \\ 10 & 12\end{pmatrix}",
     r"\begin{pmatrix}1 & 2 \\ 3 & 4\end{pmatrix} + \begin{pmatrix}5 & 6 \\ 7 & 8\end{pmatrix}", 1),
    ("matrix_extraction", r"\begin{pmatrix}1 & 0 \\ 0 & 1\end{pmatrix}",
     r"\begin{pmatrix}1 & 0 \\ 0 & 1\end{pmatrix} \begin{pmatrix}1 & 0 \\ 0 & 1\end{pmatrix}", 1),
    ("matrix_extraction", r"\begin{pmatrix}1 & 2 \\ 3 & 4\end{pmatrix}", r"\begin{pmatrix}1 & 2 \\ 3 & 5\end{pmatrix}", 0),
    ("matrix_extraction/swap", r"\begin{pmatrix}1 & 2 \\ 3 & 4\end{pmatrix} + \begin{pmatrix}5 & 6 \\ 7 & 8\end{pmatrix}",
     r"\begin{pmatrix}6 & 8 \\ 10 & 12\end{pmatrix}", 1),
    # ---- test_precision ----
    ("precision", r"\frac{1}{3}", r"0.3333", 0),
    ("precision", r"\frac{1}{3}", r"0.333", 0),
    ("precision", r"\frac{4}{3}", r"1.333", 0),
    ("precision/swap", r"0.333", r"\frac{1}{3}", 1),
    ("precision/swap", r"1.333", r"\frac{4}{3}", 1),
    ("precision/swap", r"0.3333", r"\frac{1}{3}", 1),
    # ---- test_complex_math_expressions (qwen parser) ----
    ("complex_math_expressions", r"\frac{1}{12}", r"0.0833333333333333", 0),
    ("complex_math_expressions", r"(1,\frac{9}{2})", r"(1,4.5)", 1),
    ("complex_math_expressions", r"\frac{x+2}{7}", r"\frac{x}{7}+\frac{2}{7}", 1),
    ("complex_math_expressions", r"\tan^2(y)+1", r"\sec^2(y)", 1),
    ("complex_math_expressions", r"\begin{pmatrix}-\frac{7}{4}&-2\\4&\frac{1}{4}\\\end{pmatrix}",
     r"\begin{pmatrix}-\frac{7}{4}&-2\\4&\frac{1}{4}\\\end{pmatrix}", 1),
    ("complex_math_expressions", r"\begin{pmatrix}\frac{1}{3\sqrt[3]{x}^2}&0&0\\0&1&0\\-\sin(x)&0&0\\\end{pmatrix}",
     r"\begin{pmatrix}\frac{1}{3x^{2/3}}&0&0\\0&1&0\\-\sin(x)&0&0\end{pmatrix}", 1),
    ("complex_math_expressions", r"34x+45y-20z+100=0", r"-34x-45y+20z-100=0", 1),
    ("complex_math_expressions", r"(\begin{pmatrix}\frac{1}{3}\\ \frac{1}{5} \end{pmatrix})",
     r"\begin{pmatrix}0.33\\0.2 \end{pmatrix}", 0),
    ("complex_math_expressions", r"\frac{\sqrt{\sqrt{11}+\sqrt{194}}}{15+2\sqrt{33}}",
     r"\frac{\sqrt{\sqrt{11}+\sqrt{194}}}{2\sqrt{33}+15}", 1),
    ("complex_math_expressions", r"(a+5)(b+2)", r"(+5)(b+2)", 0),
    ("complex_math_expressions", r"2", r"\frac{1+\sqrt{5}}{2}", 0),
    ("complex_math_expressions", r"4", r"\frac{34}{16}+\frac{\sqrt{1358}}{16}", 0),
    ("complex_math_expressions", r"1\sqrt{19}", r"1", 0),
    ("complex_math_expressions", r"(\frac{3}{5},\frac{8}{3}]", r"(0.6,2.6667]", 0),
    ("complex_math_expressions", r"x+2n+1", r"x+1", 0),
    ("complex_math_expressions/swap", r"0.0833333333333333", r"\frac{1}{12}", 1),
    ("complex_math_expressions/swap", r"(1,4.5)", r"(1,\frac{9}{2})", 1),
    ("complex_math_expressions/swap", r"\sec^2(y)", r"\tan^2(y)+1", 1),
    ("complex_math_expressions/swap", r"\begin{pmatrix}0.33\\0.2 \end{pmatrix}",
     r"\begin{pmatrix}\frac{1}{3}\\ \frac{1}{5} \end{pmatrix}", 1),
    ("complex_math_expressions/swap", r"(0.6,2.6667]", r"(\frac{3}{5},\frac{8}{3}]", 1),
    ("complex_math_expressions/swap", r"1", r"1\sqrt{19}", 0),
    ("complex_math_expressions/swap", r"\frac{1+\sqrt{5}}{2}", r"2", 0),
    # ---- test_math_extraction_edge_cases ----
    ("math_extraction_edge_cases", r"2/3", r"2/3", 1),
    ("math_extraction_edge_cases", r"12", r"12", 1),
    ("math_extraction_edge_cases", r"(7,6)", r"(7, 6)", 1),
    ("math_extraction_edge_cases", r"[0,1)", r"(0, 1)", 0),
    ("math_extraction_edge_cases", r"[-3,2]", r"(-\infty, -3] \cup [2, \infty)", 0),
    ("math_extraction_edge_cases", r"16386.20", r"\$16,\!386.20", 1),
    ("math_extraction_edge_cases", r"120", r"120", 1),
    ("math_extraction_edge_cases", r"12000023", r"12,000,023", 1),
    ("math_extraction_edge_cases", r"14916", r"14{,}916", 1),
    ("math_extraction_edge_cases", r"\left(\frac{1}{5},\frac{1}{6}\right)", r"\left( \frac{1}{5}, \frac{1}{6} \right)", 1),
    ("math_extraction_edge_cases", r"\left(\frac{4}{5},\frac{1}{5}\right)", r"\left( \frac{4}{5}, \frac{1}{5} \right)", 1),
    ("math_extraction_edge_cases", r"\frac{5\sqrt{42}}{27}", r"\frac{10\sqrt{10.5}}{27}", 1),
    ("math_extraction_edge_cases", r"16386.17", r"\$16386.17", 1),
    ("math_extraction_edge_cases", r"20", r"20 \%", 0),
    ("math_extraction_edge_cases/swap", r"\frac{10\sqrt{10.5}}{27}", r"\frac{5\sqrt{42}}{27}", 1),
    # ---- test_math_extraction_additional_cases ----
    ("math_extraction_additional_cases", r"[-2, 7]", r"x \in [-2,7]", 1),
    ("math_extraction_additional_cases", r"3", r"3\text{ hours}", 1),
    ("math_extraction_additional_cases", r"19", r"19", 1),
    ("math_extraction_additional_cases", r"(\tfrac{27}{8},\tfrac{15}{8})", r"(0, 0)", 0),
    ("math_extraction_additional_cases", r"34", r"34", 1),
    ("math_extraction_additional_cases", r"\left( \frac{4}{3}, -\frac{1}{3} \right)", r"\left( \frac{4}{3}, -\frac{1}{3} \right)", 1),
    ("math_extraction_additional_cases", r"100%", r"100\%", 1),
    ("math_extraction_additional_cases", r"16386.16", r"16386.16", 1),
    ("math_extraction_additional_cases", r"5866608", r"5866608", 1),
    ("math_extraction_additional_cases", r"14400", r"14400", 1),
    ("math_extraction_additional_cases", r"20\%", r"20\%", 1),
    ("math_extraction_additional_cases", r"7.78", r"7.78", 1),
    ("math_extraction_additional_cases", r"100", r"100", 1),
    ("math_extraction_additional_cases", r"x-2y+z-1=0", r"x-2y+z-1=0", 1),
    ("math_extraction_additional_cases", r"10455", r"10,455", 1),
    ("math_extraction_additional_cases", r"[-4,0]", r"[-4, 0]", 1),
    ("math_extraction_additional_cases", r"(-6, 10)", r"(-6, 10)", 1),
    ("math_extraction_additional_cases", r"1112112_3", r"1112122_3", 0),
    ("math_extraction_additional_cases", r"\text{C}", r"\text{(C)}", 1),
    ("math_extraction_additional_cases", r"11111111100", r"11,\! 111,\! 111,\! 100", 1),
    ("math_extraction_additional_cases", r"32349", r"32,\! 349", 1),
    ("math_extraction_additional_cases", r"(2, 12) \cup (12, 102)", r"(2,12) \cup (12,102)", 1),
    ("math_extraction_additional_cases", r"\text{E}", r"E", 1),
    ("math_extraction_additional_cases", r"1, 2", r"1,2", 1),
    ("math_extraction_additional_cases", r"1,-2", r"-2} \quad \text{and} \quad \boxed{1", 0),
    ("math_extraction_additional_cases", r"[-36,104]", r"[-36, 104]", 1),
    ("math_extraction_additional_cases/joined", r"1,-2", r"1, -2", 1),
    # ---- test_set_rel_assymetry ----
    ("set_rel_assymetry", r"-2 \le x \le 7", r"x \in [-2,7]", 1),
    ("set_rel_assymetry", r"x \in [-2,7]", r"-2 \le x \le 7", 1),
    # ---- test_float_precision / sqrt_precision / symbols ----
    ("float_precision", r"4.123105625617661", r"\sqrt{17}", 1),
    ("float_precision/swap", r"\sqrt{17}", r"4.123105625617661", 0),
    ("sqrt_precision", r"4", r"4\sqrt{2}", 0),
    ("sqrt_precision/swap", r"4\sqrt{2}", r"4", 0),
    # ---- test_boxed.py ----
    ("boxed", r"004", r"004", 1),
    ("boxed", r"840", r"840", 1),
    # ---- test_numina_cases.py ----
    ("numina_cases", r"(37,3,3,13),(17,3,3,7),(3,37,3,13),(3,17,3,7),(3,3,2,3)",
     r"(3, 37, 3, 13), (3, 17, 3, 7), (3, 3, 2, 3), (3,17,3,7), (17,3,3,7), (37,3,3,13)", 1),
    ("numina_cases", r"(p,q)=(3,2)", r"(3,2)", 1),
    ("numina_cases", r"(p,q)=(3,2)", r"(3, 2)", 1),
    ("numina_cases", r"AB=4,CD=5", r"4, 5", 1),
    ("numina_cases", r"(11,7)or(7,11)", r"(7,11),\ (11,7)", 1),
    ("numina_cases", r"S_{MBCN}:S=7:32", r"7:32", 1),
    ("numina_cases", r"\frac{NO}{BO}=\frac{1}{\sqrt{6}}", r"\frac{1}{\sqrt{6}}", 1),
    ("numina_cases", r"(p,q,r)=(3,2,7)", r"(3,2,7)", 1),
    ("numina_cases", r"V_{1}:V_{2}=11:21", r"11:21", 1),
    ("numina_cases", r"(2,1),(1,2),(-1,-20),(-20,-1)",
     r"(1, 2)}, \boxed{(2, 1)}, \boxed{(-1, -20)}, \boxed{(-20, -1)", 0),
    ("numina_cases", r"\text{odd}", r"odd", 1),
    ("numina_cases", r"d", r"\text{E}", 0),
    ("numina_cases", r"1 \text{ and } 2 \text{ and } 3", r"1,2,3", 1),
    ("numina_cases", r"(37,3,3),(17,3,3,7),(3,37,3,13),(3,17,3,7),(3,3,2,3)",
     r"(3, 37, 3, 13), (3, 17, 3, 7), (3, 3, 2, 3), (3,17,3,7), (17,3,3,7), (37,3,3,13)", 0),
    ("numina_cases", r"x = -5,\ p = \frac{14}{3}", r"-5, \frac{14}{3}", 1),
    ("numina_cases", r"a=4,\,-8,\,-10", r"-10,-8,4", 1),
    ("numina_cases", r"21,16 \text{ or } 11", r"21,16,11", 1),
    ("numina_cases", r"p = -1 \text{ and } p = \dfrac{15}{8}", r"p=-1,p=\frac{15}{8}", 1),
    ("numina_cases", r"0<f(x)<1", r"(0,1)", 1),
    ("numina_cases", r"6 \text{ and } 8", r"6,8", 1),
    ("numina_cases", r"\text{Even}", r"Even", 1),
    ("numina_cases/joined", r"(2,1),(1,2),(-1,-20),(-20,-1)", r"(1, 2), (2, 1), (-1, -20), (-20, -1)", 1),
    ("numina_cases/swap", r"(3,2)", r"(p,q)=(3,2)", 1),
    # ---- test_open_thoughts.py ----
    ("open_thoughts", r"2, 3, 5, 7, 13", r"{2, 3, 5, 7, 13}", 1),
    ("open_thoughts", r"f(y) = y", r"f(y) = y", 1),
    ("open_thoughts", r"-793 < a < 10", r"(-793, 10)", 1),
    ("open_thoughts", r"\text{The midpoints form a regular hexagon}", r"\text{The midpoints form a regular hexagon}", 1),
    ("open_thoughts", r"a_3 = 2, a_{37} = 19", r"a_{37} = 19, \quad a_3 = 2", 1),
    ("open_thoughts", r"(2, 2), (1, 3), (3, 3)", r"(2, 2), (1, 3), (3, 3)", 1),
    ("open_thoughts", r"(1, +\infty)", r"(1, +\infty)", 1),
    ("open_thoughts", r"x = \frac{1}{2}, x = \frac{-1 \pm \sqrt{13}}{4}", r"x = \frac{1}{2}, x = \frac{-1 \pm \sqrt{13}}{4}", 1),
    ("open_thoughts", r"0.06 \text{ yuan}", r"0.06 \text{ yuan}", 1),
    ("open_thoughts", r"(5, 8), (8, 5)", r"(x, y) = (5, 8) \quad \text{and} \quad (8, 5)", 1),
    ("open_thoughts", r"667", r"667", 1),
    ("open_thoughts", r"6 \text{ and } 8", r"6 \text{ and } 8", 1),
    ("open_thoughts", r"(2, 2), (6, 2)", r"(2, 2)} \quad \text{and} \quad \boxed{(6, 2)", 0),
    ("open_thoughts", r"(98, 2), (99, 503)", r"(98, 2)} \quad \text{and} \quad \boxed{(99, 503)", 0),
    ("open_thoughts", r"(3, 3), (1, 1)", r"(3, 3)} \text{ for part (a) and } \boxed{(1, 1)", 0),
    ("open_thoughts", r"k \ge 2", r"k \ge 2", 1),
    ("open_thoughts", r"k = 45, n = 2", r"k = 45} \quad \text{and} \quad \boxed{n = 2", 0),
    ("open_thoughts", r"143", r"143", 1),
    ("open_thoughts", r"{1,2,3}", r"1} \text{ and } \boxed{2} \text{ and } \boxed{3", 0),
    ("open_thoughts", r"{1,2,3}", r"1},\boxed{2},\boxed{3", 0),
    ("open_thoughts", r"|AB|=1", r"1", 1),
    ("open_thoughts", r"A:B=1", r"1", 1),
    ("open_thoughts", r"f(x)=1", r"1", 1),
    ("open_thoughts", r"x_{1}=10^{\frac{-5+\sqrt{13}}{6}},\quad x_{2}=10^{\frac{-5-\sqrt{13}}{6}}",
     r"10^{\frac{\sqrt{13} - 5}{6}}} \quad \text{and} \quad \boxed{10^{-\frac{5 + \sqrt{13}}{6}}", 0),
    ("open_thoughts", r"y_{1}=-2 x^{2}+4 x+3, y_{2}=3 x^{2}+12 x+10",
     r"-2(x - 1)^2 + 5} \) and \( y_2 = \boxed{3(x + 2)^2 - 2", 0),
    ("open_thoughts", r"x_{1}=\frac{1}{2}+\frac{31\sqrt{5}}{216},\quad x_{2}=\frac{1}{2}-\frac{31\sqrt{5}}{216}",
     r"\dfrac{108 + 31\sqrt{5}}{216}} \quad \text{and} \quad \boxed{\dfrac{108 - 31\sqrt{5}}{216}", 0),
    ("open_thoughts/joined", r"x_{1}=10^{\frac{-5+\sqrt{13}}{6}},\quad x_{2}=10^{\frac{-5-\sqrt{13}}{6}}",
     r"10^{\frac{\sqrt{13} - 5}{6}}, 10^{-\frac{5 + \sqrt{13}}{6}}", 1),
    ("open_thoughts/joined", r"y_{1}=-2 x^{2}+4 x+3, y_{2}=3 x^{2}+12 x+10",
     r"y_1 = -2(x - 1)^2 + 5, \ y_2 = 3(x + 2)^2 - 2", 1),
    ("open_thoughts/joined", r"x_{1}=\frac{1}{2}+\frac{31\sqrt{5}}{216},\quad x_{2}=\frac{1}{2}-\frac{31\sqrt{5}}{216}",
     r"\dfrac{108 + 31\sqrt{5}}{216}, \dfrac{108 - 31\sqrt{5}}{216}", 1),
    ("open_thoughts/joined", r"(2, 2), (6, 2)", r"(2, 2), (6, 2)", 1),
    ("open_thoughts/joined", r"k = 45, n = 2", r"k = 45, n = 2", 1),
    ("open_thoughts/joined", r"{1,2,3}", r"1, 2, 3", 1),
    # ---- test_yujianll.py ----
    ("yujianll", r"\frac{1}{2004!}", r"\frac{1}{2006!}", 0),
    ("yujianll", r"\frac{1}{2^{99}}", r"\frac{1}{2^{98}}", 0),
    ("yujianll", r"n=1, 2, 3", r"n=1, 2, 3", 1),
    ("yujianll", r"n=2, 3, 4", r"n=1, 2, 3", 0),
    ("yujianll", r"D = (0, 1)", r"D = (0, 1)", 1),
    ("yujianll", r"D = (0, 1)", r"D = (0, 1.5)", 0),
    ("yujianll", r"F_n = \sum_{k=0}^{n-1} F_k F_{n-k-1}", r"F_n = \sum_{k=0}^{n-2} F_k F_{n-k-2}", 0),
    ("yujianll", r"F_n = \sum_{k=0}^{n-1} F_k F_{n-k-1}", r"F_n = \sum_{k=0}^{n-1} F_{n-k-1} F_k", 1),
    ("yujianll", r"19, 46, and 82", r"19, 46, \text{ and } 82", 1),
    ("yujianll", r"19, 46, and 82", r"21, 36, and 82", 0),
    ("yujianll", r"1 - \frac{1}{\mathrm{e}}", r"1 - \frac{1}{\mathrm{e}}", 1),
    ("yujianll", r"1 - \frac{1}{\mathrm{e}}", r"1 + \frac{1}{\mathrm{e}}", 0),
    ("yujianll", r"\pm 2021", r"2021", 0),
    ("yujianll", r"\pm 2021", r"{-2021, 2021}", 1),
    ("yujianll", r"12:00", r"1:00", 0),
    ("yujianll", r"12:00", r"12:00", 1),
    ("yujianll/swap", r"2021", r"\pm 2021", 0),
    ("yujianll/swap", r"\frac{1}{2006!}", r"\frac{1}{2004!}", 0),
    # ---- test_strict.py ----
    ("strict", r"f(x)", r"f(y)", 0),
    ("strict/swap", r"f(x)", r"f(x)", 1),
    # ---- test_string_extraction.py (multiple choice letters) ----
    ("string_extraction", r"A", r"A", 1),
    ("string_extraction", r"B", r"B", 1),
    ("string_extraction", r"A", r"B", 0),
]


def response(category, answer):
    """A transcript whose last box holds `answer` (category only documents)."""
    return "...reasoning...</think>\nThe answer is \\boxed{" + answer + "}."
