"""Held-out set 9 for reward.py (red-team, independent).

How it was built (written before any scoring, without reading reward.py,
bench_reward.py or anything else under tests/):

* Rows are (category, gold, answer, label).  For category "format" the answer
  field is the WHOLE model response; for every other category the response is
  `response(category, answer)` = "...reasoning...</think>\\nThe answer is
  \\boxed{<answer>}."
* Labels follow the brief's contract: answer = content of the LAST \\boxed{}
  / \\fbox{} after the LAST </think>; no </think>, no box after it, empty or
  unbalanced final box -> 0.  Score 1 iff equivalent to the gold.  Real unit
  words (lengths, areas, volumes, times, masses, money, angles, "units",
  plurals, powers, m/s) are dropped; a unit different from the gold's is
  wrong (including cm vs cm^2); conversions (1.47 m for 147 cm, 25 cents for
  $0.25, pi/6 for 30 degrees) are labelled 0; other words make the answer text
  (wrong vs a number).  Percent: x% means x/100 against a plain gold, and a
  percent gold compares x% or bare x (never x/100).  Per-mille is never equal
  to the same number as a percent.  Text compares case/spacing-insensitively;
  hedges ("or", "probably", "not", "?", "about", \\approx, \\pm) and extra
  words are wrong.  Multiple choice: one letter in any dressing.
* Families: "format" (extraction, incl. 100 kB tails and deep brace nesting),
  "hang" (huge/deep numeric answers vs gold 5, all 0), "units" (golds taken
  verbatim from /work/shared/data math golds with \\text{ cm}, ^\\circ, \\%,
  \\$, plus plain golds 12 and 50), "text" (names, days, MC letters, yes/no,
  no solution, infinitely many, orderings; a few synthetic golds).
* Cases I was unsure about (nested \\boxed{\\boxed{}}, \\boxed 5, "apples",
  "percent" spelled out, abbreviations like "in"/"h"/"Tue", reordered sets,
  500 per-mille vs 50%) were left out.
"""

T = "Let me work through this carefully.\n"


def response(category, answer):
    if category == "format":
        return answer
    return "...reasoning...</think>\nThe answer is \\boxed{" + answer + "}."


def _build():
    R = []

    def add(cat, gold, ans, lab):
        R.append((cat, gold, ans, lab))
    F = [
     ("5", T + "So \\boxed{5}</think>\nThe final answer is 5.", 0),
     ("5", T + "\\boxed{5 </think> 5}", 0),
     ("5", T + "first</think>\n\\boxed{5}\nmore</think>\nDone.", 0),
     ("5", T + "</think>\nThe answer is \\boxed{5}.\n\nWait, actually, I made an arithmetic slip. The answer is \\boxed{7}.", 0),
     ("7", T + "</think>\nThe answer is \\boxed{5}.\n\nWait, actually, I made an arithmetic slip. The answer is \\boxed{7}.", 1),
     ("5", T + "\\boxed{7}</think>\nThe answer is \\boxed{5}.", 1),
     ("7", T + "\\boxed{7}</think>\nThe answer is \\boxed{5}.", 0),
     ("5", T + "</think>\nThe answer is \\boxed {5}.", 1),
     ("5", T + "</think>\nThe answer is \\fbox{5}.", 1),
     ("5", T + "</think>\nThe answer is $\\boxed{5}$.", 1),
     ("5", T + "</think>\n\\[ \\boxed{5} \\]", 1),
     ("5", T + "</think>\n$\\text{The answer is } \\boxed{5}$", 1),
     ("5", T + "</think>\nThe answer is \\boxed{\\{5}.", 0),
     ("\\{1,2\\}", T + "</think>\nThe answer is \\boxed{\\{1,2\\}}.", 1),
     ("5", T + "</think>\nThe answer is \\boxed{5", 0),
     ("5", T + "</think>\nThe answer is \\boxed{{5}", 0),
     ("5", T + "</think>\nThe answer is \\boxed{5}}", 1),
     ("5", T + "</think>\n```\n\\boxed{5}\n```", 1),
     ("5", T + "</think>\nThe answer is \\boxed{5}.", 1),
     ("5", "The answer is \\boxed{5}.", 0),
     ("5", "<think>" + T + "The answer is \\boxed{5}.", 0),
     ("5", T + "</think>\nThe answer is \\boxed{5}. Hmm, final: \\boxed{}", 0),
     ("5", T + "</think>\nThe answer is \\boxed{5}." + "x" * 100000, 1),
     ("5", T + "</think>\nThe answer is \\boxed{5}." + "{" * 100000, 1),
     ("5", T + "</think>\nThe answer is \\boxed{5}." + "\\boxed{" * 14000, 0),
     ("5", T + "</think>\nThe answer is \\boxed{5}." + " \\boxed{6}" * 10000, 0),
     ("5", T + "</think>\nThe answer is \\boxed{5.}", 1),
     ("5", T + "</think>\nThe answer is **5**.", 0),
     ("5", T + "</think>\nThe answer is 5.", 0),
     ("6", T + "</think>\n\\boxed{5}\\boxed{6}", 1),
     ("5", T + "</think>\n\\boxed{5}\\boxed{6}", 0),
     ("5", T + "</think>\n\\boxed{5} and also \\fbox{6}", 0),
     ("5", T + "</think>\n\\boxed{5 \\text{ or } 6}", 0),
     ("5", T + "</think>\n\\boxed{5, 6}", 0),
     ("5", T + "</think>\n\\boxed{\\text{5}}", 1),
     ("5", T + "</think>\nThe answer is \\boxed{\\boxed{6}}" + " no wait \\boxed{7}", 0),
     ("5", T + "</think>\n\\boxed{}5", 0),
     ("5", T + "</think>\n\\boxed{" + "{" * 50000 + "5" + "}" * 50000 + "}", None),
     ("5", "", 0),
     ("5", "</think>", 0),
     ("5", T + "</think></think>\\boxed{5}", 1),
     ("5", T + "</think>\\boxed{5}\n</think>", 0),
     ("5", T + "</think>\nboxed{5}", 0),
     ("5", T + "</think>\n\\boxed{5\\}", 0),
    ]
    for g, a, l in F:
        if l is not None: add("format", g, a, l)
    # deep nesting: {{{5}}} is just 5 in LaTeX -> label 1
    add("format", "5", T + "</think>\n\\boxed{" + "{" * 2000 + "5" + "}" * 2000 + "}", 1)
    add("format", "5", T + "</think>\n\\boxed{" + "{" * 50000 + "6" + "}" * 50000 + "}", 0)
    # ---- hang-ish (non-format)
    for a in ["10^{10^{10^{10}}}", "9^{9^{9^{9}}}", "2^{1000000}", "10^{100000}!", "\\sqrt{" * 300 + "25" + "}" * 300,
              "(((((((((((((((((((((((((((((6)))))))))))))))))))))))))))))", "1" + "0" * 5000]:
        add("hang", "5", a, 0)
    # ---- units / money / percent (real golds)
    U = {
     "147\\text{ cm}": [("147",1),("147 \\text{cm}",1),("147\\,\\text{cm}",1),("147 \\text{ centimeters}",1),("147 \\text{ m}",0),("147 \\text{ mm}",0),("1.47 \\text{ m}",0),("\\text{about } 147 \\text{ cm}",0),("147 \\text{ cm or } 148 \\text{ cm}",0),("147 \\text{ million cm}",0),("148 \\text{ cm}",0),("147 \\text{ inches}",0)],
     "180\\text{ miles}": [("180",1),("180 \\text{ miles}",1),("180 \\text{ mi}",1),("180 \\text{ km}",0),("180 \\text{ miles per hour}",0),("180 \\text{ feet}",0)],
     "\\$50": [("50",1),("\\$50.00",1),("50 \\text{ dollars}",1),("\\$ 50",1),("5000 \\text{ cents}",0),("50 \\text{ cents}",0),("\\$5",0),("50\\%",0),("\\$500",0)],
     "9\\text{ min}": [("9",1),("9 \\text{ minutes}",1),("9 \\text{ hours}",0),("540 \\text{ seconds}",0),("9 \\text{ seconds}",0),("9 \\text{ days}",0)],
     "44\\%": [("44\\%",1),("44",1),("44\\,\\%",1),("0.44",0),("\\frac{11}{25}",0),("44^\\circ",0),("4.4\\%",0),("44\\% \\text{ or } 45\\%",0),("\\text{about } 44\\%",0)],
     "\\frac{1}{2}": [("50\\%",1),("0.5",1),("50",0),("5\\%",0),("\\frac{2}{4}",1)],
     "\\frac{1}{4}": [("25\\%",1),("25",0),("0.25",1),("2.5\\%",0)],
     "50\\%": [("50",1),("50\\%",1),("0.5",0),("\\frac{1}{2}",0),("5‰",0),("50‰",0),("5\\%",0)],
     "4\\%": [("4",1),("0.04",0),("40\\%",0),("4‰",0),("4\\%",1)],
     "20\\%": [("20",1),("0.2",0),("\\frac15",0),("20\\%",1),("2\\%",0),("20 \\%",1)],
     "178\\%": [("178",1),("1.78",0),("178\\%",1)],
     "32 \\%": [("32\\%",1),("0.32",0)],
     "83\\%": [("83.0\\%",1),("83\\% \\text{ or } 84\\%",0),("84\\%",0)],
     "105^\\circ": [("105",1),("105°",1),("105 \\text{ degrees}",1),("105^{\\circ}",1),("105 \\text{ radians}",0),("\\frac{7\\pi}{12}",0),("-105^\\circ",0),("75^\\circ",0),("105^\\circ \\text{ or } 75^\\circ",0)],
     "10\\text{ inches}": [("10",1),("10 \\text{ inch}",1),("10 \\text{ feet}",0),("10 \\text{ cm}",0)],
     "13.5\\text{ pounds}": [("13.5 \\text{ lbs}",1),("13.5",1),("13.5 \\text{ kg}",0),("\\frac{27}{2}\\text{ pounds}",1),("13.5 \\text{ ounces}",0)],
     "\\$347": [("347 \\text{ dollars}",1),("\\$347.00",1),("347 \\text{ euros}",0),("347 \\text{ cents}",0),("\\$3.47",0)],
     "\\$23{,}000": [("23000",1),("\\$23,000",1),("23{,}000 \\text{ dollars}",1),("\\$23",0),("23 \\text{ thousand dollars}",0),("\\$23\\text{k}",0)],
     "5225 \\text{ cubic inches}": [("5225",1),("5225 \\text{ in}^3",1),("5225 \\text{ square inches}",0),("5225 \\text{ cubic feet}",0)],
     "32\\text{ square cm}": [("32 \\text{ cm}^2",1),("32",1),("32 \\text{ cm}",0),("32 \\text{ m}^2",0)],
     "20\\text{ days}": [("20 \\text{ hours}",0),("20",1),("20 \\text{ day}",1),("20 \\text{ weeks}",0),("480 \\text{ hours}",0)],
     "\\$ 251.60": [("251.6",1),("\\$251.60",1),("251.60 \\text{ dollars}",1),("\\$251.6",1),("25160 \\text{ cents}",0),("\\$251.59",0),("\\$251",0)],
     "1.85\\ \\text{USD}": [("\\$1.85",1),("1.85",1),("1.85 \\text{ dollars}",1),("185 \\text{ cents}",0),("1.85 \\text{ EUR}",0)],
     "21\\text{ dogs}": [("21",1),("21 \\text{ cats}",0),("21 \\text{ dogs}",1),("22",0)],
     "5.4 \\text{ cents}": [("5.4",1),("5.4 \\text{ cents}",1),("\\$5.4",0),("\\$0.054",0),("5.4 \\text{ dollars}",0)],
     "80\\text{ cents}": [("\\$0.80",0),("\\$80",0),("80 \\text{ cent}",1),("80",1)],
     "108\\text{ degrees}": [("108^\\circ",1),("108",1),("108 \\text{ radians}",0)],
     "8\\text{ cm}": [("8 \\text{ m}",0),("0.08 \\text{ m}",0),("80 \\text{ mm}",0),("8\\text{cm}",1),("8 \\text{ cm}^2",0),("8 \\text{ km}",0)],
     "12\\sqrt{13}\\text{ feet}": [("12\\sqrt{13}",1),("12\\sqrt{13} \\text{ ft}",1),("12\\sqrt{13} \\text{ m}",0),("12\\sqrt{13}\\text{ feet}^2",0)],
     "40\\text{ feet}": [("40 \\text{ ft}",1),("40 \\text{ foot}",1),("40 \\text{ yards}",0),("480 \\text{ inches}",0)],
     "7\\text{ hours}.": [("7",1),("7 \\text{ hr}",1),("7 \\text{ minutes}",0),("420 \\text{ minutes}",0)],
     "54\\text{ gallons}": [("54",1),("54 \\text{ liters}",0)],
     "441\\text{ pounds}": [("441 \\text{ lb}",1),("441 \\text{ kg}",0)],
     "\\$0.25": [("25 \\text{ cents}",0),("\\$.25",1),("0.25",1),("\\$0.250",1),("\\$25",0)],
     "\\$18.90": [("\\$18.9",1),("18.90",1),("\\$18.09",0)],
     "\\$306,\\!956.63": [("306956.63",1),("\\$306,956.63",1),("\\$306,956",0)],
     "\\$1,\\!657": [("1657",1),("\\$1.657",0),("1,657",1)],
     "(6,235^\\circ)": [("(6, 235^\\circ)",1),("(6, 55^\\circ)",0)],
     "10^\\circ, 50^\\circ, 54^\\circ": [("10^\\circ, 50^\\circ, 54^\\circ",1),("10^\\circ, 50^\\circ",0)],
     "\\tan 15^\\circ": [("\\tan 15^\\circ",1),("\\tan 15",0),("2 - \\sqrt{3}",1),("\\tan 75^\\circ",0)],
     "\\frac{11}{15}\\text{ days}": [("\\frac{11}{15}",1),("\\frac{11}{15} \\text{ hours}",0),("17.6 \\text{ hours}",0)],
     "480 + 480\\sqrt{3}\\text{ feet}": [("480+480\\sqrt3",1),("480 + 480\\sqrt{3} \\text{ meters}",0)],
     "240\\text{ ways.}": [("240",1),("241",0)],
     "34\\text{ sq. units}": [("34",1)],
     "16\\text{ daps}": [("16",1),("16 \\text{ baps}",0)],
     "30^\\circ.": [("30^\\circ",1),("30",1),("\\frac{\\pi}{6}",0)],
     "12": [("12 \\text{ cm}",1),("12 \\text{ units}",1),("12 \\text{ million}",0),("\\text{about } 12",0),("12 \\text{ approximately}",0),("\\approx 12",0),("12 \\text{ seconds}",1),("12 \\text{ m/s}",1),("12\\,\\text{kg}",1),("12 \\text{ dollars}",1),("\\$12",1),("12\\%",0),("1200\\%",1),("12^\\circ",1),("12 \\text{ degrees}",1),("12 \\text{ or } 13",0),("12 \\text{ and } 13",0),("12 \\text{ thousand}",0),("12 \\text{ hours}",1),("12 \\text{ years}",1),("12 \\text{ meters}",1),("12 \\text{ km}^2",1),("12 \\text{ liters}",1),("12 \\text{ cents}",1),("\\pm 12",0),("12 \\pm 1",0),("-12",0),("12, -12",0),("x = 12",1),("12.0",1),("\\frac{24}{2}",1),("1.2 \\times 10^1",1),("\\text{12}",1),("\\textbf{12}",1),("12 \\text{ (approximately)}",0),("12 \\text{ ft}^2",1),("\\text{not } 12",0),("12?",0),("12 \\text{ or more}",0),("\\geq 12",0)],
     "50": [("50\\%",0),("50",1),("0.5",0)],
    }
    for g, lst in U.items():
        for a, l in lst: add("units", g, a, l)
    # ---- text
    X = {
     "\\text{Evelyn}": [("Evelyn",1),("\\text{evelyn}",1),("\\text{Evelyn or Navin}",0),("\\text{Navin}",0),("\\text{Evelyn (probably)}",0),("\\text{not Evelyn}",0),("\\text{Evelyn wins}",0)],
     "\\text{Navin}": [("\\text{NAVIN}",1),("\\text{Navin?}",0)],
     "\\text{odd}": [("\\text{Odd}",1),("\\text{even}",0),("\\text{odd or even}",0),("\\text{neither}",0)],
     "\\text{ellipse}": [("\\text{Ellipse}",1),("\\text{circle}",0),("\\text{ellipse or circle}",0)],
     "\\text{(B)}": [("B",1),("\\text{B}",1),("(B)",1),("\\textbf{(B)}",1),("\\text{(C)}",0),("B, C",0),("\\text{B or C}",0),("\\text{not B}",0)],
     "\\text{D}": [("D",1),("\\text{(D)}",1),("\\text{A}",0),("\\text{A, D}",0)],
     "\\text{A,B}": [("\\text{A, B}",1),("A,B",1),("\\text{A}",0),("\\text{A,B,C}",0)],
     "\\text{CBAD}": [("\\text{CBAD}",1),("\\text{cbad}",1),("\\text{ABCD}",0),("\\text{CBDA}",0)],
     "\\text{A,B,C,D}": [("\\text{A, B, C, D}",1),("\\text{A,B,C}",0)],
     "\\text{H, E}": [("\\text{H,E}",1),("\\text{H}",0)],
     "\\text{Tuesday}": [("\\text{Tuesday}",1),("Tuesday",1),("\\text{tuesday}",1),("\\text{TUESDAY}",1),("\\text{Wednesday}",0),("\\text{Tuesday or Wednesday}",0),("\\text{Tuesday (probably)}",0),("\\text{not Tuesday}",0),("\\text{Tuesday, the 5th}",0)],
     "\\text{Sunday}": [("\\text{Sunday}",1),("\\text{Saturday}",0),("\\text{Sunday or Monday}",0)],
     "\\text{August}": [("\\text{august}",1),("\\text{September}",0)],
     "\\text{orange}": [("\\text{Orange}",1),("\\text{red}",0)],
     "\\text{yes}": [("\\text{Yes}",1),("\\text{YES}",1),("\\text{yes or no}",0),("\\text{Yes (probably)}",0),("\\text{not No}",0),("\\text{no}",0),("\\text{Yes, it is}",0),("\\text{maybe}",0),("\\text{Yes and no}",0)],
     "\\text{no}": [("\\text{No}",1),("\\text{not yes}",0),("\\text{yes}",0),("\\text{no or yes}",0)],
     "\\text{no solution}": [("\\text{No solution}",1),("\\text{infinitely many}",0),("0",0),("\\text{one solution}",0)],
     "\\text{infinitely many}": [("\\text{Infinitely many}",1),("\\text{finitely many}",0),("\\text{infinitely many or none}",0),("\\text{no solution}",0)],
     "\\text{Alice, Bob, Carol}": [("\\text{Alice, Bob, Carol}",1),("\\text{alice, bob, carol}",1),("\\text{Carol, Bob, Alice}",0),("\\text{Alice, Bob}",0)],
     "2, 3, \\text{ and } 4": [("2, 3, 4",1),("2, 3, 5",0)],
     "8\\!:\\!34 \\text{ p.m.}": [("8:34 \\text{ p.m.}",1),("8:34 \\text{ a.m.}",0),("8:43 \\text{ p.m.}",0)],
     "\\text{A5}_{11}": [("\\text{A6}_{11}",0)],
    }
    for g, lst in X.items():
        for a, l in lst: add("text", g, a, l)
    return R


HELDOUT9 = _build()
