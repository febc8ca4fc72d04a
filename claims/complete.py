"""Complete a list item or table row into a self-contained claim sentence from its lead-in."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .cues import _STRONG_EFFECT

__all__ = ["COURSE_LEAD", "FEELS_LIKE", "FOR_A_WHILE", "HELPED_PEOPLE", "MEANS_YOU", "PLAN_PARTS", "SAY_IT_DOES", "SPORT_VERB", "WHY_CHOOSE", "Completion", "complete_item", "is_feature", "is_full_sentence", "lead_in_mode"]

# a visit to the doctor before using it, or to ask about the treatment, lists who should not have it or who it suits, not
# warning signs: "Contact your doctor before use if you have:", "See your GP about a referral if:" (but "Stop and see your
# GP before carrying on if you notice:", "See a doctor before booking with us if you have:" list warning signs)
_BEFORE_USE = (r"(?:before|prior to) (?:you )?(?:us(?:e|ing)|tak(?:e|ing)|start(?:ing)?|try(?:ing)?|apply(?:ing)?|begin(?:ning)?"
               r"|buy(?:ing)?|your first (?:session|treatment|class|appointment))\b|beforehand\b")
_NOT_A_WARNING = r"(?![^.:]*\b(?:" + _BEFORE_USE + r"|about\b|refer\w*|discuss\w*))"
# a lead-in that closes on the medicines you take: "… if you take:", "… if you're currently taking any of these:" (group 1:
# the verb, which completes each item: "people who take warfarin", "people on warfarin")
_IF_YOU_TAKE = (r"\bif you(?:['\u2019]re|\s+are)?\s+(?:currently\s+|already\s+)?(on|take|taking|use|using)"
                r"(?:\s+any of (?:these|the following)(?:\s+\w+)?)?\s*:")
_CONTRA = re.compile(
    r"\b(?:contraindicat\w*|unsuitable|not suitable|not (?:be )?recommended|should(?: not|n['\u2019]t)|avoid\w*"
    r"|not for|who should|when not to|precautions?|(?:is not|isn['\u2019]t) the right (?:\w+ )?(?:step|choice|option|treatment)(?: for you)?,? if|not be used|not safe|(?:do not|don['\u2019]t) recommend\b[^.:]{0,40}\bif"
    r"|(?:do not|don['\u2019]t|never) (?:use|book|try|have(?! to\b)|take|start)\b(?:[^.:]{0,40}|[^.:]{0,40}\bwithout (?:speaking|talking|checking)\b[^.:]{0,40})\bif|^(?:please )?skip(?=\b[^.:]{0,40}\bif\s*:)(?!\s+(?:to|ahead|straight|forward|past|over|down|on|this|that|these|the (?:queue|line|wait\w*|intro\w*|rest|next|following|(?:first|last|next|previous) \w+)|(?:the )?(?:section|page|part|chapter|step|paragraph|article|guide|post|video)s?)\b)|(?:is not|isn['\u2019]t) (?:right|suitable|safe|for) (?:for )?you\b[^.:]{0,20}\bif"
    r"|(?:tell|inform|let) (?:your|the|us)\b[^.:]{0,40}\b(?:know )?(?:if|whether) you|check with your \w+ (?:first )?if you"
    # "Please check with your GP or pharmacist before taking FlexiCurcumin Gold if you:", "Speak to your doctor before use if you:"
    # (and "Ask your doctor … if you are:", "Consult a qualified healthcare professional before use if you have:", "Seek medical
    # advice before taking turmeric if you:", "… if any of the following apply to you:")
    # (an "ask" or "seek advice" only before taking it, and none about something else: not "Do ask your GP about a test if
    # you have:", "Talk to your GP about a vitamin D test if you have:"; so too a visit before using it: "Contact your doctor
    # before use if you have:", not "See a doctor before booking with us if you have:")
    # ("Please speak to us (or your GP) before booking if you:")
    r"|(?:(?:check|speak|talk|consult)(?:\s+(?:to|with))?\s+(?:(?:your|a|the)\s+(?:(?:own|qualified|registered)\s+)?(?:gp|doctor"
    r"|pharmacist|midwife|consultant|specialist|health ?care (?:professional|provider|practitioner)|practitioner|physio\w*)|us(?=\s+(?:\(|or\b|first\b|before\b)))\b(?:(?!\babout\b)[^.:]){0,80}"
    r"|(?:ask\s+(?:your|a|the)\s+(?:gp|doctor|pharmacist|midwife)|seek (?:medical|professional) advice)\b[^.:]{0,60}\bbefore\b[^.:]{0,60}"
    r"|(?:see|contact|call)\s+(?:your|a|the)\s+(?:gp|doctor|pharmacist|midwife)\b[^.:]{0,60}\b(?:" + _BEFORE_USE + r")[^.:]{0,60}"
    # "See your GP rather than buying supplements online if you take:", "… rather than trying this at home if you're on:"
    r"|(?:see|contact|call|speak to|talk to)\s+(?:your|a|the)\s+(?:gp|doctor|pharmacist)\b[^.:]{0,40}\b(?:rather than|instead of)"
    r"\s[^.:]{0,60}(?=" + _IF_YOU_TAKE + r"))"
    # (the "you" may open each item instead: "… please check with your GP first if:" + "you have osteoporosis")
    r"\bif(?: (?:you(?:['\u2019]re|\s+(?:are|have|take|use|suffer from))?(?:\s+(?:currently|already))?(?:\s+(?:on|taking|using))?"
    r"(?:\s+any of (?:these|the following)(?:\s+\w+)?)?|any of (?:the following|these) apply(?: to you)?))?(?=\s*:\s*$)"
    # "Jaw massage is gentle and very safe for most people, but there are times to skip it:"
    r"|there are (?:\w+ ){0,2}(?:times|situations|cases|occasions) (?:to|when you should) (?:skip|avoid|pause|postpone|wait)(?=\b[^.:]{0,20}:\s*$)"
    # "Massage is very safe for most runners, but skip it and see a doctor or physio if you have:"
    r"|\b(?:but|so|and) (?:please )?skip (?:it|them|this|treatment|(?:the|your|a) (?:massage|session|treatment|class))\b"
    r"(?=[^.:]{0,60}\bif (?:you|your)\b[^.:]{0,40}:\s*$))\b",  # (also "… if you have any of the following:")
    re.IGNORECASE,
)
# "Go straight to A&E if you notice:", "Seek urgent medical help if you have:": red-flag symptoms, a safety claim each
_RED_FLAG = re.compile(r"\b(?:urgent(?:ly)?|emergency|a&e|911|999|straight away|immediately|right away)\b[^.]*\bif(?: you(?:r)?\b|\s*:\s*$)"
                       # "Please contact your GP or health visitor rather than booking with us if your baby:"
                       r"|\b(?:see|contact|call|speak to|talk to) (?:your|a) (?:gp|doctor|health visitor|midwife|vet)\b[^.:]{0,40}"
                       # (the "if" closes the lead-in on its colon, in the same sentence, and names a condition, not a wish: not "… if
                       # you are unsure. Osteopathy can help with:" nor "… if you prefer, but osteopathy may help with:")
                       r"\b(?:rather than|instead of) (?:booking|coming|seeing us|reaching for|trying|buying|waiting)\b[^.:]*\bif\b"
                       r"(?=[^.:]{0,60}:\s*$)(?![^.:]*\b(?:help|like|want|prefer|wish|unsure|not sure)\b)"
                       r"|\b(?:seek|get) (?:urgent |immediate |emergency )?(?:medical )?(?:help|attention|care)\b"
                       # "See a physio or GP if:", "See your GP if:": the list that follows is when to get help
                       r"|\b(?:see|contact|call|speak to|talk to) (?:your|an?) (?:(?:physio(?:therapist)?|pharmacist|nurse|osteopath) or "
                       r"(?:your |a )?)?(?:gp|doctor)\s+if\s*:\s*$"
                       # "Please contact your GP, or call 111 out of hours, if you have:" (a condition, not a wish: not "Talk to
                       # your GP if you would like:"; nor "See your GP if you are:", who is pregnant or on warfarin)
                       r"|\b(?:see|contact|call|speak to|talk to) (?:your|a) (?:gp|doctor|health visitor|midwife|vet)\b" + _NOT_A_WARNING
                       + r"[^.:]{0,60}\bif (?:you|your (?:baby|child|dog|cat))(?: (?:have|has|notice|get|develop|experience|feel|is)\w*)?"
                       # ("… see your GP before booking if you have any of these warning signs:")
                       r"(?: any of (?:these|the following|the signs below)(?: (?:warning|red[- ]flag|worrying) (?:signs|symptoms))?)?"
                       r"\s*:\s*$"
                       # ("… but please see your GP if:")
                       r"|\b(?:see|contact|call) (?:your|a) (?:gp|doctor)\b" + _NOT_A_WARNING + r"[^.:]{0,40}\bif\s*:\s*$"
                       # ("Speak to your GP, your school nurse or your university wellbeing team, or call NHS 111, if you notice:")
                       # ("Call 111 if:", "Ring your midwife or NHS 111 if you notice:")
                       r"|\b(?:call|ring|phone|contact)\b[^.:]{0,40}\b(?:111|999)\b[^.:]{0,40}\bif\b(?: (?:you|your (?:baby|child))\b)?[^.:]{0,40}:\s*$",
                       re.IGNORECASE)
# (not "Don't take any chances - call 999 straight away if you have:", "Never try to wait it out - go to A&E …": red flags)
_DONT_BOOK = re.compile(r"^(?:please )?(?:do not|don['\u2019]t|never) (?:book|use|have|try|take|start)\b"
                        r"(?!\s+(?:to|any|chances?|risks?|it out)\b)[^.:]*\bif (?:you|your)\b[^.:]*:\s*$",
                        re.IGNORECASE)
_URGENT_CALL = re.compile(r"\b(?:call|dial|ring) (?:999|911|112|111|000)\b|\ba&e\b|\bemergency department\b"
                          r"|\b(?:straight away|immediately|urgently|right away)\s*[:.]?\s*$", re.IGNORECASE)
# ("Signs of taking too much include:" lists an overdose's effects)
_SIDE = re.compile(r"\b(?:side[- ]effects?|adverse (?:effects?|events?|reactions?)|risks?|complications?"
                   r"|(?:signs?|symptoms?) of (?:(?:taking|having|getting) )?(?:too much|an overdose|overdos\w+|toxicity)"
                   # "Signs your child may have had too much vitamin D include:"
                   r"|(?:signs?|symptoms?) (?:that )?(?:you|your (?:child|baby|dog|cat)|they|he|she) (?:may |might )?(?:have |has )?"
                   r"(?:had|taken|been given) too much)\b", re.IGNORECASE)
# who is "at risk of low vitamin D", "at a higher risk", "most at risk": people prone to the condition, not the treatment's risks
_AT_RISK = re.compile(r"\bat (?:an? )?(?:(?:higher|greater|increased|high|highest|particular|special|raised|more|most|low|lower|some"
                      r"|significant|extra) )?risk\b", re.IGNORECASE)
_TREAT = re.compile(
    r"\b(?:(?<!alongside )(?<!after )(?<!before )(?<!during )(?<!between )(?<!your )treat\w*|conditions?|effective (?:for|in)|helps? (?:with|for)|relief (?:for|from)|used (?:for|to (?:treat|relieve|ease|soothe)\b)"
    r"|reliev\w* (?:\w+ )?(?:from|of|for)|eas\w* (?:\w+ )?(?:from|of)|fights?|prevents?|soothes?|targets?"
    r"|reasons? (?:people|patients|parents|clients|families)|(?:people|patients|parents|clients) (?:come|bring|visit|see)"
    r"|(?:great|good|ideal|perfect) for (?:easing|relieving|soothing|calming)"
    r"|we (?:\w+ )?(?:see|help|work with)|can help with|helps? with|help (?:\w+ )?(?:patients|clients|people|athletes|runners) with(?=\s*:?\s*$)"
    r"|indications?|manag\w*|address\w*|ailments?|disorders|injuries|problems|issues|symptoms of"
    # "Athletes use our chamber to recover faster from:": the items are what it is used for
    # (someone uses it to recover: not "Give yourself a week to recover from:", "Skip your session until you recover from:")
    r"|(?:use|uses|using|choose|chooses|book|books|turn to)\b[^.:]{0,40}\bto recover\s+(?:\w+\s+)?from(?=\s*:?\s*$)"
    r")\b|\b(?:use|uses|using|offer|offers|recommend|recommends|suggest|suggests|advise|advises|prescribe|prescribes"
    r"|try|tries|take|takes|taking|choose|chooses|turn to|turns to)\b[^.:]{0,40}\bfor\s*[:\u2014]?\s*$",
    re.IGNORECASE,
)
WHY_CHOOSE = r"why (?:\w+ ){0,2}(?:choose|pick|prefer|trust)"  # "Why patients choose us": a selling-point lead-in
# "Our nutritionists say a daily dose of vitamin D:": what is said is a treatment the items go on to credit (not advice
# or a warning, "Our therapists say you should skip cupping if you have:", nor "What our customers say about us:")
SAY_IT_DOES = (r"\b(?:say|says|agree|believe)\s+(?:that\s+)?(?:(?!\b(?:you|your|if|when|unless|should|shouldn['\u2019]t|must|avoid\w*"
               r"|skip|stop|not|never|about|before|after|following|is|are|can|may|might|will|would|do|does|don['\u2019]t)\b)[^:.]){3,50}:\s*$")
# "A proper return-to-sport plan means you:" + "Get back to full training sooner": what the plan brings the reader
MEANS_YOU = r"\bmeans (?:that )?(?:you|your (?:child|baby|body|dog|cat))(?:['\u2019]ll| will| can)?"
# what the trouble itself brings, not what a session does: "When the joint, the disc or the muscles that move your jaw
# become irritated, you may notice:" (not "When you start taking it, you may notice:", "If you have a course of sessions,
# you may feel:")
_SYMPTOM_LEAD = re.compile(r"(?:^|[.!?]\s+)(?:when|if|as)\b(?![^:.]*\b(?:sessions?|treatments?|appointments?|taking|using|after|start\w*"
                           r"|courses?|regular\w*|massage|needling|adjustments?"
                           # (nor a state the treatment brings: "When your body gets enough magnesium, you may notice:", "When
                           # your gut bacteria are balanced, …", "As your body gets used to it, …")
                           r"|enough|balanced|in balance|healthy|optimal|topped up|restored|replenished|better|aligned|relaxed"
                           r"|used to (?:it|them|this|these)|new to)\b)[^:.]*\b(?:become|becomes|get|gets|are|is)\b[^:.]*,?\s*"
                           r"you (?:may|might|will|could|can|often|usually)? ?(?:notice|experience|feel|get|have)\s*:\s*$", re.IGNORECASE)
# "It tends to move through three stages:", "Frozen shoulder usually passes through three stages:", "The condition usually
# passes through three stages:": the condition's course, whatever names it (not a plan's phases: "Our rehab programme moves
# through three phases:", "Our programme is built around you. It moves through three phases:"); read with match()
_PLAN_WORDS = (r"programmes?|programs?|plans?|treatments?|therap\w*|rehab\w*|recovery|healing|courses?|sessions?|class(?:es)?"
               r"|journey|protocols?|approach|care")
COURSE_LEAD = (r"(?![^:]*\b(?:" + _PLAN_WORDS + r")\b[^.!?:]*[.!?]\s+(?:it|they)\s)(?:.*?[.!?]\s+)?"
               r"(?!(?:[\w'\u2019-]+\s+){0,3}(?:" + _PLAN_WORDS + r")\b)"
               r"(?:it|they|the (?:condition|problem|pain)|(?-i:[A-Z])[\w'\u2019-]*(?:\s+[\w'\u2019-]+){0,3}?)\s+"
               r"(?:tends? to |usually |typically |often |will |can )?(?:moves?|goes|go|pass(?:es)?|runs?) through "
               r"(?:\w+ ){0,2}(?:stages|phases)\s*:?\s*$")
_COURSE_LEAD = re.compile(COURSE_LEAD, re.IGNORECASE)
_BENEFIT = re.compile(
    r"\b(?:benefits?|advantages?|perks?|helps?|can|may|improv\w*|reduc\w*|boost\w*|promot\w*|results?|effects?|outcomes?"
    r"|reasons? to (?:try|choose|book|love|use)|why (?:[\w'\u2019]+ ){0,3}love|" + WHY_CHOOSE + r"|what (?:[\w'\u2019]+ ){0,2}(?:notice\w*|report\w*|say|said|experience\w*|see|love)"
    r"|what (?:our )?(?:parents|patients|clients|customers|members|people|mums|owners|users) (?:tell|told) us\s*$"
    # "We asked 1,200 parents … what changed after three months of daily omega-3. The most common answers were:"
    r"|\bmost common (?:answers|changes|comments|responses|replies) (?:were|are)\s*:\s*$"
    # "What a monthly sports massage does for your marathon build:"
    r"|what (?:[\w'\u2019-]+ ){1,4}(?:does|do|can do|will do) for)\b"
    r"|" + MEANS_YOU + r"\s*:\s*$"
    # "Our nutritionists say a daily dose of vitamin D:" + "Lifts low mood": the items finish what they say it does
    r"|" + SAY_IT_DOES +
    r"|\b(?:patients|people|clients|customers|users|members|parents|owners)\b[^.:]{0,70}\b(?:report|notice|tell us|say)\s*[:\u2014]\s*$"
    # "Parents tell us that within a few weeks of starting Smart Swim chews, their kids:" + "sleep more soundly"
    # (not what the triggers are: "the outbreaks our customers tell us about are most often set off by:")
    # (and after an opening phrase: "After a term of weekly sessions, teachers and parents tell us children typically:")
    r"|(?:^|[.!?]\s+|,\s+)(?:our |many |most )?(?:(?:teachers|parents|carers|coaches|staff|families),? (?:and|&) )?"
    r"(?:parents|patients|clients|customers|members|mums|owners|users|teachers|carers|coaches) (?:often |regularly )?(?:tell|told)"
    r" us(?: that)?\b(?! about)[^.:]*:\s*$"
    r"|\b(?:patients|people|clients|customers|guests|members|men|women|adults|athletes|runners|parents|seniors|families)\b"
    r"[^.:]{0,40}\b(?:book|use|take|choose|try|turn to|swear by)\b[^.:]{0,40}\bto\s*:?\s*$",
    re.IGNORECASE,
)
# "Treatment usually combines:" + "Spinal adjustments", "Soft tissue work": the plan's parts, not conditions treated
# (the plan or session is what the lead-in is about, at most a few words in: not "Conditions that may benefit from
# chiropractic care include:", "The benefits of regular massage treatment include:")
_PLAN_PARTS = (r"(?:^|[.!?]\s+)(?:(?!(?:of|from|for|to|with|by|that|which|who|where|when|benefits?|conditions?|problems?|complaints?"
               r"|issues?|injuries|results?|effects?|advantages?|reasons?)\b)[\w'\u2019-]+\s+){0,3}?(?:treatment|care|plan|programme"
               r"|program|session|visit|appointment)s? (?:usually |may |will |often |typically |can |also )?(?:combines?|includes?"
               r"|involves?|consists? of|is made up of)\s*:?\s*$")
PLAN_PARTS = re.compile(_PLAN_PARTS, re.IGNORECASE)
# "Common conditions and how they feel", "Sciatica and what it feels like" (the "it" or "they" is the condition listed)
FEELS_LIKE = (r"(?:\band\s+|&\s+|\b(?:conditions?|problems?|injur(?:y|ies)|complaints?|symptoms?|pains?)\b[^:.]{0,30}?\b)"
              r"(?:how (?:it|they) feels?|what (?:it|they) feels? like)\s*:?\s*$")
_NOT_CLAIM = re.compile(
    r"\b(?:symptoms?|signs?|causes?|risk factors|what to expect|how to prepare|what to bring|what to wear|steps?|tips?|faqs?"
    r"|we offer|our services|services|what we offer|our team|features|specifications|what's included|in the box"
    r"|good to know|checklist|things (?:you can |to )try|(?:you can )?try at home"
    # "How to do it:" + "Place one foot directly in front of the other": an exercise's steps
    # (instructions as the heading or what the lead-in ends on, not a use "as directed in the instructions, our TENS unit can:")
    r"|how to (?:do|perform|practi[sc]e) (?:it|them|this|these|the exercise)|instructions(?=\s*:?\s*$))\b"
    # the reader's own steps: "Alongside your treatment, we suggest:" + "No caffeine after 2pm", under "What else can I do
    # to sleep better?" (an item is still a claim in its own words: judged as a sentence)
    # (not the clinic's offer under "What can we do for you?": "- Ease lower back pain")
    r"|\bwe(?:['\u2019]d)? (?:would |also |usually |often )*(?:suggest|recommend)\s*:\s*$"  # ("we'd also suggest:")
    # "Our nurses suggest that you:" + "wash your hair no more than twice a week": the reader's own steps
    r"|\b(?:suggests?|recommends?|advises?) (?:that )?you\s*:\s*$"
    r"|^what (?:else )?can (?:i|you|we(?!\s+do\s+(?:for|to help)\s+(?:you|your)\b)) do\b"
    # "Common conditions and how they feel": what each one feels like, not what is treated (not what a session leaves:
    # "Most clients tell us this is how it feels:" + "Lighter, less swollen legs")
    r"|" + FEELS_LIKE + r"|" + _PLAN_PARTS,
    re.IGNORECASE,
)
_INTERVENTION_ITEM = re.compile(
    r"\b(?:therapy|therapies|taping|massage|manipulation|mobili[sz]ation|plans?|programs?|programmes?|training"
    r"|exercises?|consultations?|assessments?|injections?|needling|acupuncture|adjustments?|stimulation|ultrasound)\s*$",
    re.IGNORECASE,
)
_WHEN = re.compile(r"\b(?:during|after|before|while|when|from)\b", re.IGNORECASE)


def _is_service(item: str) -> bool:
    """Whether a list item names a service: it ends in one ("Manual therapy"), and when a time phrase comes in, the part
    before it names the service too ("Sports massage before and after training"), not a symptom the activity brings on
    ("Tension headaches that flare up during screen time or training")."""
    if not _INTERVENTION_ITEM.search(item):
        return False
    when = _WHEN.search(item)
    return when is None or bool(_INTERVENTION_ITEM.search(item[: when.start()].rstrip(" ,")))


_STATS = re.compile(r"\b(?:facts?|stats?|statistics|research|studies|evidence|science)\b", re.IGNORECASE)
_TRAILER = re.compile(
    r"(?:,?\s*(?:including|such as|like|include|includes|are|is|the following(?: conditions| ways)?|as follows))?"
    r"\s*[:\u2014\-]?\s*$",
    re.IGNORECASE,
)
_GENERIC_OBJ = re.compile(
    r"\s*\b(?:a (?:wide )?(?:variety|range|number) of|many|various|several|numerous|multiple|different|a host of"
    r"|all kinds of|common)\s+(?:(?:musculoskeletal|health|chronic|painful|common)\s+)?"
    r"(?:conditions|issues|problems|ailments|disorders|complaints|injuries)\s*$",
    re.IGNORECASE,
)
_ENDS_PREP = re.compile(r"\b(?:for|with|of|in|from|to|against|on)\s*$", re.IGNORECASE)
_PARTICIPLE = {
    "improved": "improves", "reduced": "reduces", "increased": "increases", "enhanced": "enhances",
    "decreased": "decreases", "better": "leads to better", "faster": "leads to faster", "lower": "lowers",
    "boosted": "boosts", "stronger": "leads to stronger", "less": "leads to less", "greater": "leads to greater",
    "more": "leads to more", "fewer": "leads to fewer", "higher": "leads to higher",
}
_NOUN_PLURALS = {"headaches", "migraines", "results", "benefits", "effects", "levels", "muscles", "joints", "nerves",
                 "symptoms", "hormones", "cells", "toxins", "bones", "tissues", "aches", "pains", "days", "nights"}
# the people a lead-in says it helps ("… may help endurance athletes:", "… helps children:")
HELPED_PEOPLE = (r"(?:children|kids|people|patients|clients|women|men|mums|athletes|runners|players|swimmers|cyclists|adults|dogs"
                 r"|cats|babies)")
# what finishes "… may help endurance athletes:": "Replace the sodium lost in sweat", "Hold on to more fluid"
_SPORT_VERBS = r"replace|replenish|top up|hold on to|retain|delay|avoid|train|perform|run|last|sustain|absorb"
# a list item that opens with a bare verb ("Shrink the look of pores", "Even out skin tone") continues "… to:"
_BARE_VERB = re.compile(r"^(?:shrink|even out|soften|smooth|firm|tighten|tone|brighten|clear|fade|calm|soothe|ease|cut"
                        r"|shorten|sharpen|lift|plump|unclog|flush|detox\w*|rebuild|repair|fix|beat|fight|banish|say goodbye"
                        # ("Take some of your weight off your hips and knees")
                        # (but only taken off a body part: not "Take your weight every morning", "Take the strain of caring")
                        r"|take (?:(?:some|much|a lot|most) of )?(?:the |your |some )?(?:excess |extra )?(?:weight|pressure|load|strain)"
                        r" (?:off|away from|out of|from)\b"
                        r"|give|take the edge off|stop|slow|quiet|settle|steady|lessen|protect|keep|let|get"
                        # after "can help children:": "Build self-esteem", "Manage big feelings", "Sleep better"
                        r"|build|manage|sleep|concentrate|focus|feel|move|walk|breathe|learn|relax|cope|stay|develop|recover|think"
                        r"|handle|regulate|wind down|switch off|bounce back|regain(?! access)|restore(?! (?:access|your account|a backup))"
                        # after "Regular classes can help you:": "Stand up from a chair without using your hands"
                        # (not what the front desk does, nor a noun: "turn your GP referral into an appointment", "carry
                        # over unused sessions", "reach us out of hours", "stand out", "dance classes are on Tuesdays")
                        r"|(?:stand(?! out\b)|turn(?!(?: [\w'-]+){1,4}? into\b)|reach(?! (?:us|out|our|the right)\b)|bend|climb|kneel"
                        r"|carry(?! (?:over|out|forward)\b)|rise(?! to the\b)|squat|dance|garden)(?! (?:classes|class|lessons?"
                        r"|sessions?|studios?|rooms?|centres?|centers?|floors?|schools?|teachers?|shows?|is|are|was|were)\b)"
                        r"|" + _SPORT_VERBS + r")\b",
                        re.IGNORECASE)
# (verbs that finish an athlete's lead-in but name no benefit of their own: "Run our app on any phone", "Replace paper
# forms with online booking", "Train for a 10K")
SPORT_VERB = re.compile(r"^(?:" + _SPORT_VERBS + r")\b", re.IGNORECASE)
_VERBISH = re.compile(r"^(?:reduc|improv|increas|enhanc|reliev|alleviat|promot|boost|support|help|eas|lower|rais"
                      r"|restor|strengthen|prevent|speed|releas|stimulat|break|loosen|calm|balanc)\w*\b", re.IGNORECASE)


# a lead-in to the exercises a class leaves out: "In our classes we leave out or adapt:", "we avoid or heavily modify them:"
# (not people or conditions: "We avoid treating anyone who has:", "We may need to adapt your massage if you have:")
_AVOIDED_MOVES = re.compile(r"\b(?:we|our (?:classes|teachers|instructors|sessions))\b[^.:]{0,40}\b(?:avoid|leave out|modify|adapt|skip)"
                            r"\w*\b(?![^.:]*\b(?:treating|anyone|anybody|people|patients|clients|those|who|if you|with)\b)[^.:]*:\s*$",
                            re.IGNORECASE)
# a list of moves to hold off, not of people it does not suit: "For the first 6 weeks, do not:" + "Cross your legs"; an item
# with no reason is an instruction ("Bend your hip beyond a right angle"), one with a reason a safety claim
_DO_NOT = re.compile(r"\b(?:do not|don['\u2019]t|never)\s*:\s*$", re.IGNORECASE)
# (a reason after a clause break, or a harm it risks: not "as heavy as a full kettle", "a chair so low that …", "until you
# can do an emergency stop")
_REASON = re.compile(r"(?:,|\s[-\u2013\u2014])\s*(?:as|because|since|so|or|otherwise|which)\b|\bbecause\b"
                     r"|\b(?:can|could|may|might|will|would)\s+(?:\w+\s+)?(?:cause|slip|dislocat\w*|damag\w*|strain|break|tear|"
                     r"loosen|pop|injur\w*|hurt|harm)\b|\brisk\w*\b", re.IGNORECASE)


# (and its gerund: "Staying warm afterwards helps", "Drinking plenty of water")
_AFTERCARE_STEP = re.compile(r"(?:avoid|skip|drink|keep|wear|use|apply|rest|take|stay|try|don['\u2019]t|do not|wait|moisturi[sz]e"
                             r"|avoiding|skipping|drinking|keeping|wearing|using|applying|resting|taking|staying|trying|moisturi[sz]ing)\b",
                             re.IGNORECASE)


@dataclass(frozen=True)
class Completion:
    text: str
    mode: str  # contraindication, side_effect, red_flag, treats, benefit, statement


def is_full_sentence(item: str) -> bool:
    """A list item that is already a sentence (or several) rather than a fragment."""
    words = item.split()
    return len(words) >= 6 and (item.rstrip().endswith((".", "!")) or ". " in item)


# "You may be a good candidate for shockwave therapy if you:", "X may be right for you if you:": who it is for
_CANDIDATE = re.compile(r"\b(?:good|ideal|suitable|right) (?:candidate|fit|choice)s?\b[^.:]{0,60}\bif you\s*:?\s*$"
                        r"|\b(?:may be|is|could be|might be) (?:right|ideal|suitable|a good fit) for you if(?: you)?\s*:?\s*$"
                        r"|^(?![^:]*\b(?:vouchers?|gifts?|gift cards?|memberships?|packages?|bundles?|offers?|rooms?|studios?|venues?"
                        r"|guides?|e?books?|apps?|newsletters?|webinars?|posts?|articles?|pages?|car parks?|parking)\b)"
                        r"[^:]*\b(?:is|are) (?:ideal|perfect|great|well suited|suited|designed|made) for\s*:\s*$",
                        re.IGNORECASE)


_INSTRUCTION = re.compile(r"(?:choose|pick|pack|adjust|wear|keep|put|place|make|use|avoid|try|take|check|buy|wash|store)\s+"
                          r"(?:a|an|the|your|it|them|this|each|both|one)\b", re.IGNORECASE)


# a heading that breaks off on its condition, as a lead-in does: "… before taking melatonin if you"
_OPEN_CONDITION = re.compile(r"\bif(?: you(?:['\u2019]re| are| have| take)?| any of (?:the following|these) apply(?: to you)?)?\s*$",
                             re.IGNORECASE)


# avoiding something other than the treatment is what it is for, not who should not have it: "… they want to avoid the side
# effects of preventive tablets. A course of 6-10 sessions:", "Around 80% of our patients avoid an operation altogether."
_AVOID_OTHER = re.compile(r"\bavoid(?:s|ed|ing)? (?:the |an? |having |taking |needing )?(?:(?:unwanted |nasty )?side[- ]effects"
                          r"|surgery|an operation|operations|(?:\w+ )?(?:medications?|medicines?|drugs|pills|tablets|painkillers"
                          r"|injections|steroids|opioids))\b", re.IGNORECASE)


def lead_in_mode(lead_in: str | None, heading: str | None) -> str | None:
    """What a lead-in (else heading) says about the items under it, or None when they are not claims."""
    if heading and _OPEN_CONDITION.search(heading):
        heading = heading.rstrip() + ":"  # "### Speak to your pharmacist before taking melatonin if you:" (its colon dropped)
    for text in (lead_in, heading):
        if not text:
            continue
        if text is lead_in and (_SYMPTOM_LEAD.search(text) or _COURSE_LEAD.match(text)):
            return None  # "When the joint … become irritated, you may notice:": the condition's symptoms (or its course:
            # "The condition usually passes through three stages:" treats nothing)
        if _CANDIDATE.search(text):  # who it suits, or with "not" who should not have it
            return "contraindication" if re.search(r"\bnot\b|n['\u2019]t\b", text) else "candidate"
        plain = _AVOID_OTHER.sub(" ", text)
        if _CONTRA.search(plain):
            # ("Osteopathy isn't the right first step if you have any of these, so see your GP or call 111 straight away:")
            # (the sentence that leads into the list, not an earlier one: "If you feel unwell after a session, call 111.
            # Please tell your acupuncturist if you have:" still lists contraindications)
            last = re.split(r"(?<=[.!?])\s+(?=\S)", text.strip())[-1]
            # (a red-flag lead-in of its own after the warning: "… is not suitable for headaches with the warning signs below.
            # See a doctor urgently if:"; not one that still names who should not have it: "Massage is not recommended if you
            # have any of the following, so please get medical care first:" lists contraindications)
            # (but a lead-in that says not to book or use it if you have these lists who should not have it, even when it also
            # sends you to a doctor: "Please don't book a therapeutic back massage – and speak to your GP or call 111 first – if
            # you have:")
            if _DONT_BOOK.search(last):
                return "contraindication"
            return "red_flag" if _URGENT_CALL.search(last) or (_RED_FLAG.search(last) and not _CONTRA.search(last)) else "contraindication"
        if _SIDE.search(_AT_RISK.sub(" ", plain)):
            return "side_effect"
        if _RED_FLAG.search(text):
            return "red_flag"
        if _NOT_CLAIM.search(text) and not re.search(r"\b(?:reliev|help)\w*|\btreats\b|\btreatment for\b|\beffective (?:for|in)\b"
                                                      # ("… suggest these simple steps, which can cut down on night cramps:")
                                                      r"|\b(?:which|that) (?:can|may|will|could|should|often) (?:also )?(?:cut|reduc|eas"
                                                      r"|lower|prevent|stop|improv|soothe|calm)\w*",
                                                      text, re.IGNORECASE):
            if text is lead_in and not _NOT_CLAIM.search(re.split(r"(?<=[.!?])\s+(?=\S)", text.strip())[-1]):
                # ("… most likely to cause a fracture. In our classes we leave out or adapt:" under "Movements we avoid"),
                # but only a safety heading takes over: "Sciatica has many possible causes. The most common are:" under
                # "How acupuncture can help" lists causes, not benefits
                mode = lead_in_mode(None, heading)
                return mode if mode in ("contraindication", "side_effect", "red_flag") else None
            return None
        if _TREAT.search(text):
            return "treats"
        if _BENEFIT.search(text):
            return "benefit"
        if _STATS.search(text):
            return "statement"
    return None


def _lower_item(item: str) -> str:
    item = item.strip().rstrip(".;,")
    words = item.split()
    if words and not (len(words[0]) > 1 and words[0].isupper()):
        words[0] = words[0][0].lower() + words[0][1:]
    return " ".join(w if (w.isupper() and len(w) > 1) or not w[:1].isupper() or i == 0 else w.lower()
                    for i, w in enumerate(words))


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _uncap(subject: str) -> str:
    """A subject inside a sentence: "Magnesium" -> "magnesium", but "EMDR" and "TENS" stay."""
    return subject if subject[:2].isupper() else subject[:1].lower() + subject[1:]


# a list item that names a group of people, not a condition: "vegans and vegetarians …", "over-50s and anyone who …"
_GROUP_ONLY = re.compile(r"(?:vegans?|vegetarians?|over-\d+s|under-\d+s|anyone|everyone|busy \w+|students|shift workers|office workers"
                         r"|people over \d+|adults over \d+|older adults|athletes|gym-goers|runners|parents|mums|new mums|men|women)\b",
                         re.IGNORECASE)


#: "for 12 hours", "for the next two days", "for at least a week" … a while an aftercare step lasts ("No make-up for 12 hours")
FOR_A_WHILE = r"\bfor (?:at least |the (?:first|next) )?(?:\d+|a few|one|two|three)\s*(?:hours?|days?|weeks?)\b"


# a lead-in whose list fills a gap in it: "Charcoal can make the following less effective:", "… renders these useless:"
_FOLLOWING_SLOT = re.compile(r"^(.*\b(?:make|makes|making|render|renders|leave|leaves))\s+(?:the following|these)"
                             r"(?: (?!(?:far|much|a|less|more)\b)\w+)?\s+"
                             r"((?:(?:far|much|a lot|a little) )?(?:less|more) \w+|worse|weaker|stronger|ineffective|useless|better|easier"
                             r"|harder to \w+)\s*:\s*$", re.IGNORECASE)


def _names_treatment(subject: str, intervention: str | None) -> bool:
    """Whether a lead-in's subject is the credited treatment: one of its words, or a pronoun or "taking it" for it."""
    if re.search(r"^\W*(?:it|this|these|they|taking (?:it|them|this)|using (?:it|them|this))\b", subject, re.IGNORECASE):
        return True
    words = {w.rstrip("s") for w in re.findall(r"[a-z0-9]{3,}", (intervention or "").lower())} - {"the", "and", "therapy", "treatment"}
    return bool(words & {w.rstrip("s") for w in re.findall(r"[a-z0-9]{3,}", subject.lower())})


def complete_item(item: str, lead_in: str | None, heading: str | None, intervention: str | None) -> Completion | None:
    """The self-contained sentence for a list item / table row fragment, or None when it is not a claim."""
    mode = lead_in_mode(lead_in, heading)
    x = _lower_item(item)
    lead_sentence = _lead_sentence(lead_in)
    slot = _FOLLOWING_SLOT.search(lead_sentence or "")
    if slot and not _names_treatment(slot.group(1), intervention):
        return None  # "Hot showers and wool jumpers can all make the following worse:" on a cream's page: not its claims
    if slot:
        # "Charcoal can make the following less effective:" + "The contraceptive pill" (its own advice after a dash or
        # ", so" left out: "The contraceptive pill – take it at least 3 hours apart"); what it makes easier to bear is a
        # benefit, what it makes weaker, stronger or likelier an interaction or a risk (a safety claim); not what other
        # things do to the condition ("Hot showers and wool jumpers can all make the following worse:" on a cream's page)
        slotted = re.split(r"\s+[\u2013\u2014-]\s+|;\s+|,\s+(?:so|and|but|which|as|because|or|if)\b", x)[0].rstrip(" ,.")
        eases = re.match(r"(?:(?:far|much|a lot|a little) )?(?:less (?:painful|sore|itchy|uncomfortable|noticeable|frequent|severe|intense)"
                         r"|more (?:comfortable|bearable|manageable)|better|easier)", slot.group(2), re.IGNORECASE)
        return Completion(_cap(f"{slot.group(1)} {slotted} {slot.group(2)}"), (mode or "benefit") if eases else "side_effect")
    if mode is None:
        return None
    subject = intervention or "This treatment"
    if mode == "contraindication":
        if lead_in and _DO_NOT.search(lead_in):
            if not _REASON.search(x):
                return None
            return Completion(_cap(f"With {_uncap(subject)}, do not {x}"), mode)
        if lead_in and _AVOIDED_MOVES.search(lead_in):  # "… so in our classes we avoid or modify them:" + "Deep backbends"
            return Completion(_cap(f"{subject} should leave out or adapt {x}"), mode)
        whose = re.search(r"\bif (your (?:baby|child|toddler|little one|son|daughter|dog|cat|pet))\s*:\s*$", lead_in or "", re.IGNORECASE)
        if whose:
            # "… without speaking to your doctor first if your baby:" + "was born prematurely"; "Under 12 weeks old" is
            # how old the baby is, "Jaundice" what it has
            if not re.match(r"(?:is|was|has|had|takes?|gets?|suffers?|weighs?|seems?|isn['\u2019]t|hasn['\u2019]t)\b", x):
                x = ("was " if re.match(r"born\b", x) else "is " if re.match(
                    r"(?:under|over|younger|older|aged|less|more|still|on|taking|being|in|not|very|\d|\w+ing\b|premature|unwell"
                    r"|poorly|floppy|sleepy|drowsy|lethargic|jaundiced|dehydrated|tongue-tied|allergic|underweight|overweight"
                    r"|immunocompromised|due\b|already\b)", x) else "has ") + x
            return Completion(_cap(f"{subject} may be unsuitable if {whose.group(1).lower()} {x}"), mode)
        if re.match(r"pregnan", x):
            return Completion(_cap(f"{subject} may be unsuitable during pregnancy"), mode)
        takes = re.search(_IF_YOU_TAKE + r"\s*$", lead_in or "", re.IGNORECASE)
        if takes and not re.match(r"(?:taking|having|using|on|with|if|after|during|under|take|have|has|had|are|use|people|those"
                                  r"|anyone)\b", x):
            # "See your GP rather than buying supplements online if you take:" + "Warfarin or other blood thinners"
            verb = takes.group(1).lower()
            return Completion(_cap(f"{subject} may be unsuitable for people "
                                   f"{'who ' + verb if verb in ('take', 'use') else verb} {x}"), mode)
        if re.match(r"(?:people|those|patients|anyone|individuals|children|women|men)\b", x):
            return Completion(_cap(f"{subject} may be unsuitable for {x}"), mode)
        if re.match(r"(?:taking|having|using|on|with|if|after|during|under)\b", x):
            return Completion(_cap(f"{subject} may be unsuitable for people {x}"), mode)
        if re.match(r"(?:recently|just) (?:had|received|taken|started|stopped|finished|undergone|given birth|used|travelled|flown"
                    r"|eaten|drunk)\b", x):
            # "… if you have: recently received some chemotherapy drugs": what they have done
            return Completion(_cap(f"{subject} may be unsuitable for people who have {x}"), mode)
        if (done := re.match(r"(recently|just) ((?:diagnosed|vaccinated|treated|injured|operated|immunised|immunized|hospitalised"
                             r"|hospitalized|discharged)\b.*)", x)):
            # "recently diagnosed with a blood clotting disorder": what was done to them
            return Completion(_cap(f"{subject} may be unsuitable for people who have {done.group(1)} been {done.group(2)}"), mode)
        if re.match(r"(?:take|have|has|had|are|use|suffer|wear|get)\b", x):  # "Please tell us if you: take blood thinners"
            return Completion(_cap(f"{subject} may be unsuitable for people who {x}"), mode)
        return Completion(_cap(f"{subject} may be unsuitable for people with {x}"), mode)
    if mode == "side_effect":
        if re.match(r"(?:no|not|none|never|nothing|without)\b", x):
            if re.search(FOR_A_WHILE, x):
                return None  # "No make-up for 12 hours after treatment" under "Aftercare and side effects": an instruction
            return Completion(_cap(x), mode)  # "No side effects, no tolerance, no withdrawal": what it does not cause
        if _AFTERCARE_STEP.match(x):
            return None  # "Avoid hot baths and saunas for 24 hours" under "Aftercare and side effects": an instruction
        if lead_in and re.search(r"\btoo much\b|\boverdos", lead_in, re.IGNORECASE) and intervention:
            subject = f"Too much {_uncap(subject)}"
        return Completion(_cap(f"{subject} may cause {x}"), mode)
    if mode == "candidate":  # who it suits: an indication, read as a claim that it treats them
        from .detect import HEALTH  # (complete.py is imported by detect's callers; detect does not import it)

        if _GROUP_ONLY.match(x) and not HEALTH.search(x) and not re.search(
                r"\bwho (?:want|wants|need|needs|struggle|struggles|suffer|suffers|get|gets|feel|feels)\b"
                # (a group with its trouble: "Men with erectile problems", "Runners recovering from injury")
                r"|\b(?:with|recovering|struggling|suffering|living with|prone to|at risk)\b", x):
            return None  # "Vegans and vegetarians looking for a reliable source", "Over-50s": a group, no condition
        who = x if re.match(r"(?:have|has|are|is|find|get|suffer|take|want|would|live|feel)\b", x) else f"have {x}"
        return Completion(_cap(f"{subject} may suit people who {who}"), "treats")
    if mode == "red_flag":
        return Completion(_cap(f"{x} needs urgent medical attention rather than {subject.lower()}"), mode)
    if mode == "treats":
        if _is_service(x) or _INSTRUCTION.match(x):
            # a list of services ("Manual therapy", "Sports massage before and after training"), or of instructions
            # ("choose a bag with two straps"); (not a symptom that comes with the activity: "Tension headaches that flare
            # up during screen time or training")
            return None
        from .detect import HEALTH

        if (dash := re.match(r"^(.{3,90}?)\s+[\u2013\u2014-]\s+(.{3,})$", x)) and HEALTH.match(dash.group(2)) and not (
                _VERBISH.match(dash.group(2)) or HEALTH.match(dash.group(1))):
            # "LI4 (He Gu), in the fleshy web between your thumb and index finger – frontal headaches and general pain"
            return Completion(_cap(f"{subject} treats {dash.group(2)} ({dash.group(1).rstrip(' ,')})"), mode)
        sentence = lead_sentence
        recover = re.search(r"\brecover(?:y)?\s+((?:\w+\s+)?)from\s*:?\s*$", sentence or "", re.IGNORECASE)
        if recover and not re.match(r"\W*(?:We|I|It|They|This|These|Our)\b", sentence or ""):
            # "Athletes use our chamber to recover faster from:" + "Concussion" (not "We help athletes recover from:", whose
            # own words complete the item)
            return Completion(_cap(f"{subject} helps people recover {recover.group(1)}from {x}"), mode)
        if sentence:
            stem = _GENERIC_OBJ.sub("", _TRAILER.sub("", sentence)).rstrip(" ,")
            if _ENDS_PREP.search(stem):
                stem = re.sub(r"^(?:It|They|This(?: (?:treatment|therapy))?)\b", _cap(subject), stem)
                if re.match(r"[A-Z][a-z]+s\b", stem) and not re.match(r"(?:This|These|It|Its|Our|We)\b", stem):
                    stem = f"{subject} {stem[:1].lower()}{stem[1:]}"  # "Relieves pain from:" has no subject
                return Completion(_cap(f"{stem} {x}"), mode)
        first, _, rest = x.partition(" ")
        if rest and first.endswith("s") and (_VERBISH.match(first[:-1]) or _BARE_VERB.match(first[:-1])):
            return Completion(_cap(f"{subject} {x}"), mode)  # "reduces the number of migraine days": what it does
        return Completion(_cap(f"{subject} treats {x}"), mode)
    if mode == "benefit":
        if re.match(r"(?:(?:don['\u2019]t|do not|never|always|only) (?:wear|take|put|keep|leave|use|apply|tighten|fasten|sleep in"
                    r"|remove|store|fit|adjust|strap)\b)|(?:wear|take|put|keep|leave) (?:it|them) (?:on|off|only|in|out)\b", x):
            # (not a benefit that opens with the word: "Never feel bloated after meals again", "Always wake up rested")
            return None  # "Don't wear it so tight that your fingers tingle", "Take it off at night": how to use it
        sentence = lead_sentence
        first, _, rest = x.partition(" ")
        if sentence:
            stem = _TRAILER.sub("", sentence).rstrip(" ,")
            if re.search(r"\b(?:can|may|will|helps?|to|help(?:s)? (?:you|them|your (?:child|children|baby|body)|(?:[\w-]+ )?" + HELPED_PEOPLE
                         + r"))\s*$", stem, re.IGNORECASE) and (
                    _VERBISH.match(x) or _BARE_VERB.match(x)):
                return Completion(_cap(f"{stem} {x}"), mode)
            if re.search(MEANS_YOU + r"\s*$", stem, re.IGNORECASE):
                return Completion(_cap(f"{stem} {x}"), mode)  # "… plan means you:" + "are far less likely to sprain it again"
            if re.search(r"\bhelps?\s*$", stem, re.IGNORECASE) and re.match(r"(?:your|you|their|our|kids|children|babies)\b", x):
                return Completion(_cap(f"{stem} {x}"), mode)  # "… can help:" + "your little one sleep through the night"
            if re.search(r"\b(?:(?:their|his|her|my|our|your) (?:kids|children|child|son|daughter|baby|babies|dog|dogs|cat|cats)"
                         # ("… teachers and parents tell us children typically:")
                         r"|(?<=\bus )(?:kids|children|babies|dogs|cats|patients|clients|members|people)"
                         r"|they|he|she)(?: (?:typically|usually|often|generally|now|soon))?\s*$", stem, re.IGNORECASE) and re.match(r"[a-z]", x):
                # "Parents tell us that within a few weeks …, their kids:" + "are calmer and less fidgety in class"
                return Completion(_cap(f"{stem} {x}"), mode)
        if first in _PARTICIPLE and rest:
            return Completion(_cap(f"{subject} {_PARTICIPLE[first]} {rest}"), mode)
        if re.match(r"(?:many|most|some|nearly all|\d+%? of) (?:\w+ )?(?:men|women|people|patients|clients|users|customers)\b", x):
            return Completion(_cap(x), mode)  # "Many men also notice better sensitivity": a sentence of its own
        if re.match(r"(?:painless|safe|gentle|drug-free|non-invasive|non-surgical|discreet|quick|comfortable|natural)\b"
                    r"|[a-z]+(?:less|-free)\b", x):
            return Completion(_cap(f"{subject} is {x}"), mode)  # "Painless, with no downtime"
        if re.fullmatch(r"[a-z]{3,}er", first) and rest and first not in {"fewer", "other", "over", "after", "under"}:
            return Completion(_cap(f"{subject} leads to {x}"), mode)  # "Shorter and milder attacks"
        if first == "no" and rest:
            return Completion(_cap(f"{subject} has {x}"), mode)
        if rest and re.fullmatch(r"[a-z]+[^s]s", first) and first not in _NOUN_PLURALS:
            return Completion(_cap(f"{subject} {x}"), mode)  # "Reduces heel pain" -> "X reduces heel pain"
        if _VERBISH.match(x) or _BARE_VERB.match(x):
            return Completion(_cap(f"{subject} can {x}"), mode)  # ("Build self-esteem" -> "X can build self-esteem")
        if _OWN_SENTENCE.match(x):
            return Completion(_cap(x), mode)  # "A cup of chamomile tea before bed helps you drift off": a sentence of its own
        return Completion(_cap(f"{subject} provides {x}"), mode)
    return None


# an item with a subject and verb of its own: "A cup of chamomile tea before bed helps you drift off more easily"
_OWN_SENTENCE = re.compile(r"(?:a|an|the) (?:(?!(?:that|which|who|to)\b)[\w-]+ ){1,6}?(?:helps?|eases?|reduces?|relieves?|improves?|soothes?|calms?|boosts?"
                           r"|keeps?|makes?|lowers?|stops?|can|may|will)\b")


def is_feature(item: str) -> bool:
    """Whether a benefit list's item says what the product or visit is rather than what it does: its pack, format,
    make-up or sourcing, or the advice given ("Recyclable amber glass bottle with fine-mist pump", "Advice on sitting,
    lifting and sleeping positions"), with no effect or complaint named."""
    return bool(_FEATURE.search(item)) and not (_STRONG_EFFECT.search(item) or _HEALTH_WORD.search(item))


# (13 of the 34 unlabelled "X provides …" completions in the labelled articles were such features, and no labelled
# item is one)
_FEATURE = re.compile(r"\b(?:bottles?|pump|glass|recyclable|softgels?|(?:per|every|each) (?:(?:daily )?dose|tablet|softgel|serving)"
                      r"|live cultures|CFUs?|made in (?:the )?(?:UK|USA|US|Britain|England)"
                      r"|drops? a day|non-greasy|greasy|scented|fragrance|taste|flavou?r\w*|sourced|distilled|tested for|fit most shoes"
                      r"|uppers|strips|scissors|battery|rechargeable|speeds|interchangeable|zero sugar|sugar-free|vegan|gluten"
                      r"|(?:postural |lifestyle |practical |ergonomic )?advice (?:on|about|for)|postural advice)\b", re.IGNORECASE)
_HEALTH_WORD = re.compile(r"\b(?:pain\w*|ache\w*|sleep\w*|relie\w*|sore\w*|stiff\w*|inflamm\w*|swell\w*|heal\w*|symptom\w*"
                          r"|bones?|teeth|immun\w*|joints?|muscles?|digest\w*|tumm\w*|gut)\b",
                          re.IGNORECASE)


def _lead_sentence(lead_in: str | None) -> str | None:
    """The last sentence of a lead-in when it ends by introducing a list; None for a heading-like lead-in."""
    if not lead_in:
        return None
    text = lead_in.strip()
    if not re.search(r"[:\u2014]\s*$|\b(?:including|such as|include|includes)\s*$", text):
        return None
    parts = re.split(r"(?<=[.!?])\s+", text)
    last = parts[-1]
    m = re.match(r"^[A-Z][\w ]{0,30}:\s+(?=[A-Z])", last)
    if m:
        last = last[m.end():]
    return last
