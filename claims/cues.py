"""Cue patterns for what marketing prose is and is not claiming: page meta-talk and business talk, survey
figures, safety notes, reader hooks, session logistics, doses and sales talk (used by ``detect``)."""

from __future__ import annotations

import re

__all__ = ["CALM_PLACE", "_BIO", "_HISTORY", "_META", "_BUSINESS", "_SAFETY_NOTE", "_PEOPLE_STAT", "_READER_HOOK", "_BODY_STORY", "_RECOVERED", "_STRONG_EFFECT", "_DOSAGE", "_POPULARITY", "_LOGISTICS"]

# A cue that gives way when the sentence goes on to claim an effect ("… is available as an add-on and reduces swelling");
# whole verb forms, so "easiest" and "happy to help" do not count
_YIELDS_TO_EFFECT = (r"(?![^.]*\b(?:reduc\w*|eas(?:e|es|ed|ing)|reliev\w*|(?<!happy to )(?<!glad to )help(?:s|ed|ing)?|improv\w*|boost\w*"
                     r"|cut(?:s|ting)?|lower(?:s|ed|ing)?(?! (?:back|legs?|limbs?|body|abdomen|belly)\b)|proven|shown)\b)")
# what a practice was made or used for, further on: "… to settle sciatic pain", "… to support restful sleep"
_PURPOSE_AHEAD = (r"[^.]*\bto (?:help )?(?:settle|support|treat|heal|ease|relieve|soothe|calm|cure|restore|strengthen|protect|prevent"
                  r"|improve|reduce|speed|correct|release|rebuild|retrain|promote|aid|ward off|fight|lower|boost)\w*\b")
# A disclaimer that turns into a claim: "…, but it cuts the number of attacks by a third"
_TURNS_TO_CLAIM = (r"(?![^.]*[,;]\s*(?:but|yet|and (?:(?:it|they|this) )?(?:can|may|does|do|will|has|have|cuts?|eases?|reduces?"
                   r"|helps?|raises?|lowers?))\b)")
# "Our 60-minute deep tissue massage (£55) releases knots and eases back pain": a priced service that goes on to claim
_PRICE_YIELDS = (r"(?![^.]*\b(?:reduc|eas(?:e|es|ed|ing)\b|reliev|(?<!happy to )help|improv|boost|lower|releas|loosen|sooth|calm"
                 r"|strengthen|restor|speeds?\b|support|protect|prevent|heal(?!th)|melt)\w*)")
# "… is popular with runners as it speeds recovery": who uses it, then what it does
_POPULAR_YIELDS = (r"(?![^.]*\b(?:because|as|since|thanks to|to|which|who|and it|, it)\b[^.]*\b(?:reduc|eas(?:e|es|ed|ing)\b|reliev"
                   r"|help|improv|boost|lower|releas|loosen|sooth|calm|strengthen|restor|speeds?\b|support|protect|prevent"
                   r"|heal(?!th)|relax|steadies|build|fight|clear)\w*)")
_META = re.compile(
    r"^(?:in this (?:article|post|blog|guide)|this (?:article|post|blog|guide)|we['\u2019]ll|we will(?! not\b| never\b)|let['\u2019]s|"
    r"read on|keep reading|below,? we|here(?:['\u2019]s| is| are) (?:what|how|a|an|some|the)|below are|"
    r"the following|we (?:tested|tried|reviewed|put)\b|(?:that|this)(?:['\u2019]s| is) where\b)\b"
    # disclaimers: "The information on this page is for general education only and does not replace …"
    r"|^(?:the )?(?:information|content) (?:on|in) this (?:page|site|website|article|post|newsletter)\b"
    # "Reflexology is not a replacement for medical fertility care", "… works alongside your clinic's protocol, not instead of it"
    r"|^[^,;]{0,60}\bis not a (?:replacement|substitute) for\b(?![^.]*\bif (?:you|your)\b)" + _TURNS_TO_CLAIM +  # (but "…, but it cuts attacks by a third" goes on to a claim)
    r"|^(?:[^,;]{0,40}\b(?:this|our) (?:page|article|post|site|website|blog|leaflet|newsletter|guide)|(?:the )?(?:information|content|advice)\b[^,;]{0,40})"
    r"\b[^,;]{0,20}\bis not a (?:replacement|substitute) for\b"
    r"|^[^;]*\bnot instead of (?:it|them)\b" + _TURNS_TO_CLAIM +
    r"|\bfor (?:general )?(?:information(?:al)?|education(?:al)?) (?:purposes )?only\b"
    r"|\bis (?:general )?(?:information|advice) only\b|\b(?:information|advice) (?:only )?and not a (?:substitute|replacement) for\b"
    r"|\bnot (?:been )?evaluated by (?:the |a )?(?:fda|food and drug administration|mhra|regulatory authority|regulator)\b|\bnot intended to (?:diagnose|treat|cure|prevent)\b"
    r"|^disclaimer\b|\bshould not be used as a substitute for\b"
    # the writer's own standing: "I'm a blogger, not a doctor, so please talk to your GP …", "I'm not a dermatologist and
    # nothing on this blog is medical advice"
    # ("I am a blogger, …", "I'm just a busy mum of three, not a doctor, …"; but not "…, not a doctor - but magnesium
    # helped my cramps", "I'm not a dermatologist but retinol cleared my skin": a turn to a claim, with its comma or without)
    r"|\bi(?:['\u2019]m| am) (?:just |only )?an? (?:[\w-]+ ){0,2}(?:blogger|writer|mum|mom|dad|parent|runner|journalist|enthusiast)"
    r"(?: of \w+)?, not an? (?:doctor|gp|dermatologist|nutritionist|dietitian|physio\w*|pharmacist|medical professional"
    r"|health professional)\b(?![^.]*\bbut\b)" + _TURNS_TO_CLAIM +
    r"|^i(?:['\u2019]m| am) not an? (?:doctor|gp|dermatologist|nutritionist|dietitian|physio\w*|pharmacist|medical professional"
    r"|health professional)\b(?![^.]*\bbut\b)" + _TURNS_TO_CLAIM +
    # the writer's own hedge: "I would never claim reflexology can cure IBS", "We are not claiming Pilates is a cure"
    r"|^(?:i|we)(?: would| will|['\u2019]d|['\u2019]ll)? (?:never|not|n['\u2019]t|won['\u2019]t|wouldn['\u2019]t|don['\u2019]t|do not|are not|['\u2019]re not|aren['\u2019]t|am not|['\u2019]m not)"
    # (not a hedge that turns to the claim without its comma: "I won't claim it cures anything but it certainly helps me relax")
    r" (?:ever )?(?:claim(?:ing)?|promis(?:e|ing)|pretend(?:ing)?)\b(?:(?!\b(?:but|yet|though|although)\b)[^.,;])*[.!]?$"
    # a product's panel: "Nutritional information Typical values Per 2 capsules %NRV …", "Supplement Facts …"
    r"|^(?:nutrition(?:al)? (?:information|facts|info)|supplement facts|typical values|serving size\b|ingredients\s*:?\s*$)"
    r"(?![\s\S]*\b(?:contribut|support|help|reduc|boost|protect|maintain|reliev|improv|promot|prevent|strengthen|sooth|calm"
    r"|relax|lower|fight|heal(?!th)|eas(?:e|es|ing)\b|aids?\b|keeps?\b)\w*)"
    # the lead-in to a list of who should not have it: "Dry needling is not suitable for everyone."
    r"|^[\w' -]{3,40} (?:is|are) not (?:suitable|right|appropriate) for everyone\W*$"
    # a label's dosing line, with no reason given: "Do not exceed the recommended daily dose."
    r"|^(?:please )?(?:do not|don['\u2019]t|never) exceed the (?:\w+ ){0,2}(?:dose|dosage|intake|amount|serving)s?\b"
    # (not with its reason: "… as this may cause diarrhoea")
    r"(?![^.]*\b(?:as|because|since|could|can|may|might|will|cause\w*|lead\w*|risk\w*|harm\w*|damag\w*|upset\w*)\b)[^,;]{0,30}$"
    # a sentence that points at the list below it: "Please tell your therapist if any of these apply."
    r"|^(?:please\s+)?(?:tell|let|inform)\b[^.]*\bif any of (?:these|the following) appl(?:y|ies)\b"
    r"|\bmental health crisis\b|\bcall (?:emergency services|911|999|112)\b"
    # "This summer we asked 410 of our patients about their screen habits": how a survey was done, not its finding
    r"|\bwe (?:asked|surveyed|polled) (?:\d[\d,]*|hundreds|dozens) of our\b"
    r"|^(?:subject|from|to|date|preview|cc|reply-to):\s"  # an e-mail's header lines
    r"|^\W*(?:affiliate |advertising )?disclos(?:ure|ures)\b|\breader-supported\b|\bwe (?:may )?earn (?:a |an )?(?:small )?commission\b"
    r"|^(?:the )?(?:evidence|research|science|studies|data) (?:backs?|bears?) (?:this|that|it|these) (?:up|out)\W*$"
    r"|\b(?:our|the) (?:team of )?(?:\w+ )?(?:testers|reviewers|editors) (?:wore|tried|tested|used|put)\b"  # how a review was done
    # a myth the page goes on to refute ("MYTH 2: 'A nightcap helps me drop off.'"); a leaflet's colophon
    r"|^(?:myth|misconception)s?(?:\s*(?:#|no\.?)?\s*\d+)?\s*[:\u2014\u2013-]"
    r"|^related (?:posts|articles|reading|products|stories)\b"
    r"|^you have been given this (?:leaflet|information|sheet|booklet)\b|^(?:this|the) (?:leaflet|booklet|sheet) (?:explains|tells|describes)\b"
    r"|^it explains (?:why|how|what)\b"
    r"|^it['\u2019]s (?:a (?:fair|good|great|common|reasonable) (?:thing to ask|question)|time to (?:change|fix) (?:that|this))\b"
    r"|\b(?:gets?|hear|receive|answer) the same question\b|\b(?:receives?|gets?) (?:hundreds|dozens|lots) of questions\b"
    r"|\bthe question we (?:get asked|are asked|hear) (?:most|more than any other)\b"
    r"|^by (?-i:[A-Z][a-z]+ [A-Z][\w'-]+)\b[^.]{0,80}\b(?:updated|posted|published)\b"  # a byline
    r"|^doses? refers? to\b"
    r"|^(?:produced|published|written|prepared|reviewed) by (?:the |our )?[A-Z\w]"
    # a disclosure's second sentence; a transition or a verdict that names no effect
    r"|^(?:this|it) (?:never|does not|doesn['\u2019]t|won['\u2019]t) (?:affects?|influences?|changes?) (?:our|which|the price|what)\b"
    r"|^(?:each|every) (?:one|product|gun|device|model|brace|mat|pair) was (?:used|tested|worn|tried)\b"
    r"|^(?:but )?it(?:['\u2019]s| is)(?: not|n['\u2019]t) (?:just|only|all) about [\w ]{1,30}\W*$"
    r"|^it (?:all )?(?:comes|boils) down to (?:how|what|whether|your|personal|budget|preference)\b"
    r"|\b(?:is|are) (?:usually |typically |often )?standardi[sz]ed to \d"
    # newsletter talk: "This month we want to talk about …"
    r"|^(?:so,? )?(?:this (?:month|week|issue|season)|today|in this issue),? we(?:['\u2019]re| are| want| will|['\u2019]ll| have"
    r"| look| explore| share| bring| hear| talk| cover| dive| focus| turn)\b"
    r"|^(?:so,? )?(?:this (?:month|week|issue|season)|today|in this issue),? i(?:['\u2019]m| am| want| would like|['\u2019]d like)\b"
    r"|\b(?:the|our) (?:clinic|studio|team|phones?) (?:has|have) been (?:busy|ringing)\b"
    r"|^(?:so,? )?this (?:month|week)['\u2019]s (?:newsletter|issue|email|post|letter) is (?:all )?about\b"
    r"|\bour (?:inbox|phones?) (?:has|have) been (?:full|busy|ringing)\b|(?:\bwe get (?:more |lots of |a lot of |many )?questions about\b|\bis always a busy (?:season|time|month) for\b"
    r"|^(?:(?:our|these|this|the|your|all|most) )?(?:[\w-]+ ){0,2}?[\w-]+ works? best (?:alongside|as part of|with) (?:a |an )?"
    r"(?:solid|healthy|good|balanced|bigger|wider|broader) (?:routine|diet|lifestyle|picture|plan|approach)\b"
    r"(?![^.]*\b(?:speeds?|manag(?:e|es|ing)|treat(?:s|ing)?|prevent\w*|restor\w*|strengthen\w*)\b))" + _YIELDS_TO_EFFECT +
    # "works alongside, not instead of, your GP's care" (or "– not instead of –", "rather than instead of"), but not
    # after an effect the sentence has already claimed ("Reflexology eases anxiety, and it works alongside, not instead of, …")
    r"|^(?:(?!\b(?:reduc\w*|eas(?:e|es|ed|ing)|reliev\w*|help(?:s|ed|ing)?|improv\w*|boost\w*|calm(?:s|ed|ing)?|sooth\w*"
    r"|support(?:s|ed|ing)?|lower(?:s|ed|ing)|cut(?:s|ting)?)\b)[^.])*\balongside\W{1,3}(?:not|rather than) instead of\b"
    + _TURNS_TO_CLAIM +
    r"|\bhere(?: is|['\u2019]s) what I['\u2019]ve learned\b(?!\s*:)"
    r"|^(?:that said,?\s*|but\s+)?the (?:picture|evidence|research) (?:is|remains) (?:mixed|unclear|patchy)(?: (?:for|on|about|in) [^,.]{1,40})?"
    r"(?:,\s*and (?:we|I)\b(?![^.]*\b(?:reliev|reduc|eas(?:e|es|ed|ing)\b|help|improv|cut|lower)\w*)[^.]*)?\.?$"
    r"|\b(?:cannot|can['\u2019]t) promise (?:the same )?results\b(?![^.]*[,;]\s*(?:but|yet|though)\b)",
    re.IGNORECASE,
)
# what came of a visit or a trial, later in its sentence ("Clients visit twice a month, which keeps their backs healthy")
# (not "less often as things settle": how often, not how well)
_OUTCOME_AHEAD = (r"[^.]*(?:\d ?%|\b(?:recover\w*|better|eas(?:e|es|ed)(?! of\b)|reliev\w*|help\w*|improv\w*|quicker|faster|gone|keeps?|healthy|healthier"
                  r"|stronger|pain[- ]free|los(?:e|es|t)|lighter|fewer|slept|dropp\w*|fell|halved|disappear\w*|soundly)\b)")
_BUSINESS = re.compile(
    # money, not health: "If another driver was at fault, your costs can usually be recovered as part of a personal injury claim"
    # (but not one that goes on to an outcome: "… covered by most health insurers, and treatment cuts recovery time in half",
    # "We've offered acupuncture for migraines since 2009 and most patients have fewer attacks")
    r"(?:\bcosts? (?:can|may|will|could) (?:usually |often |normally )?be (?:recovered|reclaimed|claimed back|covered)\b"
    r"|\bpersonal injury claims?\b"
    r"|^we['\u2019]ve (?:offered|been offering|provided|been providing|run|been running) [^.]{0,80}\bsince (?:\d{4}|the)\b)"
    r"(?!" + _OUTCOME_AHEAD + r")|"
    # (not a purpose that claims an effect: "At Lumière we combine facial cupping with hijama to treat acne")
    r"^(?:at\s+(?-i:[A-Z])[\w\s&'\-]+?(?:,|\s+(?=our\b|we\b))(?![^.]*\bto (?:treat|ease|relieve|reduce|heal|calm|clear|cure|fix)\b)"
    r"|our (?:clinic|team|practice|office|staff|chiropractors?|therapists?)|we (?:are|offer|"
    r"provide|have been|serve|accept|take)|(?-i:(?:[A-Z][\w'&]*\s+)+(?:Chiropractic|Clinic|Wellness Cent(?:er|re))) (?:is|offers))"
    r"|^our (?:physios?|physiotherapists?|practitioners?|specialists?|doctors?|nurses?|coaches|trainers|estheticians?"
    r"|aestheticians?)\s+(?:all\s+)?(?:hold|have|are (?:certified|trained|registered|qualified|licensed))\b"
    r"|\b(?:complimentary|free)\s+(?:[\w-]+\s+){0,2}(?:[\"\u201c][^\"\u201d]{1,30}[\"\u201d]\s+)?(?:consultation|assessment|evaluation"
    r"|first visit)s?\b"
    # (a taster session, a free session or a price in a currency code yields, as a price in pounds does, to the effect
    # its sentence goes on to claim: "A free taster session of reflexology can ease anxiety", "Our deep tissue massage
    # (GBP 55) eases back pain")
    r"|\b(?:complimentary|free)\s+(?:[\w-]+\s+){0,2}(?:[\"\u201c][^\"\u201d]{1,30}[\"\u201d]\s+)?(?:taster session"
    r"|intro(?:ductory)? session|discovery call)s?\b" + _PRICE_YIELDS +
    r"|^(?:complimentary|free)\s+(?:[\w-]+\s+){0,2}(?:[\"\u201c][^\"\u201d]{1,30}[\"\u201d]\s+)?sessions?\b" + _PRICE_YIELDS +
    # a price in a currency code: "Scar tissue massage (45 min) - GBP 55, or a block of five for GBP 250"
    r"|\b(?:GBP|USD|EUR|AUD|CAD|NZD)\s?\d[\d,]*(?:\.\d\d)?\b" + _PRICE_YIELDS +
    r"|(?-i:\b[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}\b)"  # a UK postcode: an address line
    # "Rated 4.9 out of 5 from 312 Google reviews" (not "… — and 87% said their back pain improved within three sessions")
    r"|^(?:we['\u2019]re |we are )?rated \d(?:\.\d)?\s*(?:out of|/)\s*5\b" + _PRICE_YIELDS +
    r"|^made in (?:the )?(?:uk|usa|us|britain|england|germany|australia|canada|ireland)\b|\b\d+-day (?:[\w\"'\u201c\u201d-]+ ){0,2}guarantee\b"
    r"|\bmoney-back\b|\b(?:every|each) batch is (?:sent|tested|checked|analysed|analyzed)\b|\bthird-party tested\b"
    r"|\bcovered under your\b|^(?:our )?(?:clients|patients|customers) book\b"
    r"|\bhas completed (?:advanced |further )?(?:certification|training|a course|a degree)\b"
    r"|^your first (?:visit|appointment|session|consultation) (?:includes|involves|lasts|starts)\b"
    r"|^(?:lots|many|most|plenty) of our (?:customers|clients|members) use\b"
    r"|\b(?:clients|patients|customers|people) (?:often |usually )?book our\b|\bour top pick\b|\bbest (?:value|budget) pick\b"
    r"|\bbook (?:their|your|the) (?:first|second|next) (?:\w+ )?(?:one|massage|session|treatment|appointment)\b|^they book the (?:second|next) one\b"
    r"|^our (?:\w+ )?(?:practitioner|therapist|acupuncturist|chiropractor|physio\w*|osteopath)s?,?\b[^.]{0,40}\b(?:trained|qualified|studied) (?:in|at|with)\b"
    r"|\b(?:not (?:currently )?)?covered by (?:the nhs|medicare|medicaid|most (?:private )?(?:medical )?insurers)\b|\breimburse\w*|\bcash plans?\b"
    r"|\b(?:has|have|with|brings?) (?:over |more than )?\d+\+? years(?:['\u2019])? (?:of )?experience\b"  # a practitioner's bio
    r"|^(?-i:[A-Z][a-z]+) joins (?:us|the team|our team)\b|^we are (?:delighted|thrilled|excited|pleased) to welcome\b"
    # buying advice: "Today you can buy the concentrated version …", "Look for a product that states …"
    r"|^(?:today,? )?you can (?:now |also )?buy\b|^allergy advice\b|^(?:[\w -]{3,40} \([^)]{2,30}\),\s*){2,}(?![^.]*\b(?:respond\w*|can|may|will|helps?|eases?|reduces?|relieves?|improves?|treats?|supports?)\b)|^(?:(?!\b(?:can|may|will|could|caus(?:e|es|ed|ing)|shortens?|eas(?:e|es|ed|ing)|reduc(?:e|es|ed|ing)|reliev(?:e|es|ed|ing)|worsens?|interacts?|gentle|stops?)\b)[^.])*\bcheck the label\b(?![^.]*\b(?:if you|can|may|might|could|causes?|interacts?)\b)|^look for (?:a |an )?(?:products?|brands?|supplements?|named strains|labels?)\b"
    r"|\b\d+\s?%\s+off\b|(?:\b(?:babies|children|dogs|buggies) are (?:very |always )?welcome\b|^places are limited\b|\bspaces? (?:are|is) limited\b"
    r"|\b(?:is|are) available as an? (?:add-on|extra|upgrade|option)\b)" + _YIELDS_TO_EFFECT +
    # ("Acupuncture is covered by many insurers, and it can ease chronic back pain" goes on to the effect, as below)
    r"|\bcovered by (?:most |many |your |all )?(?:health funds?|insurance|insurers|private health)\b" + _PRICE_YIELDS +
    # (but not a cover that goes on to the treatment's effect: "Many insurers cover acupuncture, which can ease back pain")
    r"|\b(?:insurers|insurance(?: plans| companies| providers)?|health funds?|medicare|medicaid)\s+(?:will |usually |often |may |do )?cover\b"
    + _PRICE_YIELDS +
    r"|^(?:our|each|every|one)\b[^.]{0,60}\b(?:delivers|contains|provides|packs)\s+\d[\d,.]*\s*(?:mg|mcg|\u00b5g|g|iu)\b"
    # (but not an amount that goes on to a consequence: "Each serving still contains 100mg of caffeine, so taking it after
    # about 2pm may keep you awake at night")
    # (how to use it or how long it lasts is no consequence: "…, and you can add it to coffee", "…, which will last a month")
    r"(?![^.]*,\s*(?:so|which|and)\s+[^.]*\b(?:may|can|could|might|will)\s+(?!(?:also\s+|easily\s+)?(?:be\s+)?(?:add|mix|stir|dissolv"
    r"|blend|shak|sprinkl|split|stor|last|use|used|take|taken|swallow|open|pour|poured|top)\w*\b|make (?:about |around |roughly "
    r"|up to )?\d))"
    r"|^[^.]{0,80}\b(?:is|are) our (?:new |latest |signature |own )?(?:\w+ ){0,3}?(?:product|powder|formula|supplement"
    r"|blend|device|range|clinic|service|program)"
    r"|\b(?:start|starts|starting|from|only|just|cost|costs|now|was|save)\s+(?:at\s+)?[$\u00a3\u20ac]\s?\d"
    r"|[:;\u2013\u2014]\s*[$\u00a3\u20ac]\s?\d[\d,]*(?:\.\d\d)?\s*(?:per \w+|each)?\s*(?:\([^)]{0,30}\))?\.?\s*$"
    r"|\b\d+[\s-]*(?:min|mins|minutes?)\b[^.]{0,30}[$\u00a3\u20ac]\s?\d" + _PRICE_YIELDS +
    r"|^[^.]{0,60}[$\u00a3\u20ac]\s?\d[\d,.]*[^.]{0,40}[$\u00a3\u20ac]\s?\d"
    r"|^(?-i:[A-Z][a-z]+ [A-Z][a-z'\-]+) (?:has (?:been )?(?:written|writing|worked|practi[sc]ed|taught|covered)"
    r"|is an? (?:\w+ ){0,3}?(?:writer|journalist|editor|author|blogger))\b"
    r"|^(?:(?:at|in|on|during|for) [\w' -]{2,30}?,? )?we (?:(?:always|usually|often|typically|also) (?=(?:combine|offer|provide"
    r"|use|tailor)\b)"
    # (a habit with the condition it treats is a claim: "We often use dry needling for stubborn neck pain")
    r"(?![^.]*\bfor\b[^.]{0,40}\b(?:pain|aches?|headaches?|migraines?|injur\w*|strains?|sprains?|tension|stiffness|sciatica"
    r"|arthritis|tendin\w+|symptoms?|insomnia|anxiety|stress)\b)(?![^.]*\b(?:to|which|that|so|because)\b[^.]*\b(?:support"
    r"|releas|settl|speed|prevent|boost)))?"
    r"(?:combine|offer|provide|use|tailor)\b(?![^.]*\b(?:to|which|that|so|because)\b[^.]*\b(?:reliev|reduc|improv"
    r"|eas|help|treat|heal|restor|strengthen|loosen|calm|relax|sooth|protect|suitable|safe))",
    re.IGNORECASE,
)
# A practitioner's bio ("I've been treating anxiety in my clinic for over twelve years", "She trained in fertility
# reflexology in 2016") or a client story's set-up ("Priya booked …"): a claim only when it turns to an outcome
_BIO = re.compile(r"^I(?:['\u2019]ve| have) been (?:treating|practi[sc]ing|teaching|working with) [^.]{0,60}\bfor (?:over |more than |nearly "
                  r"|almost |about |the best part of |well over |getting on for )?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty) years\b"
                  r"|^(?:she|he|I) (?:first )?(?:trained|qualified|studied) (?:in|at|with|as)\b"
                  # a named practitioner ("Lucy qualified in 2017", "Tom trained as a physio"), not a study's group
                  # ("Runners trained with a heart-rate monitor had fewer injuries")
                  r"|^(?-i:[A-Z][a-z]+)(?: (?-i:[A-Z][a-z'-]+))? (?:first )?(?:qualified (?:in|at|as|from)|(?:trained|studied) (?:as an?|at|with (?-i:[A-Z])(?![^.]*\b(?:had|have|showed|reported|improved|gained|lost|saw|needed|experienced|were)\b)"
                  r"|in (?:\d{4}|(?-i:[A-Z]))))"
                  # "She completed further training in Pilates for pelvic health in 2019"
                  r"|^(?:she|he|I) (?:has |have )?(?:completed|undertook|did|went on to do) (?:(?:further |additional |advanced |specialist )"
                  r"(?:training|qualifications?|courses?)\b|(?:training|qualifications?|courses?) (?:in|with|at)\b)"
                  # "Our Thursday evening class is taught by Helen, who trained in fertility yoga in 2015"
                  r"|^(?:our |the |this |each )?(?:[\w-]+ ){0,3}(?:class|classes|session|sessions|workshop|course) (?:is|are) (?:taught|run|led)"
                  r" by (?-i:[A-Z][a-z]+)\b"
                  # "Sophie is our lead body therapist and has been practising manual lymphatic drainage for eight years"
                  # (a person: not "Acupuncture is our most requested physiotherapy add-on and has been treating …")
                  r"|^(?:dr\.? )?(?-i:[A-Z][a-z]+)(?: (?-i:[A-Z][\w'-]+))? is our (?:[\w-]+ ){0,3}(?:therapist|practitioner|physios?|physiotherapist"
                  r"|acupuncturist|chiropractor|osteopath|nutritionist|dietitian|instructor|teacher|founder|owner)\b"
                  r"[^.]{0,40}\bhas been (?:practi[sc]ing|treating|teaching|working)\b"
                  # "Rhiannon Pryce has been a massage therapist for eleven years and …"
                  r"|^(?:she|he|I|(?:dr\.? )?(?-i:[A-Z][a-z]+)(?: (?-i:[A-Z][\w'-]+))?)(?:['\u2019]ve| has| have) been an? (?:[\w-]+ ){0,2}"
                  r"(?:therapist|practitioner|physio\w*|acupuncturist|chiropractor|osteopath|nutritionist|dietitian|instructor|teacher|nurse"
                  r"|midwife|doula|herbalist|reflexologist|naturopath|coach)s? for\b"
                  # a third-person client story's set-up: "She works as a software tester …", "Priya booked a massage …"
                  r"|^(?:she|he) works as\b|^(?:she|he) had (?:lived with|suffered (?:from|with)|struggled with|stopped|given up|had to (?:stop|give up))\b"
                  r"(?!\s+(?:needing|taking|using|waking|limping|getting|having|feeling|relying|reaching|wincing|hurting|aching"
                  r"|her (?:painkillers|tablets|pills|medication|stick|walking stick|inhaler)|his (?:painkillers|tablets|pills"
                  r"|medication|stick|walking stick|inhaler)|painkillers|medication))"
                  r"|^I['\u2019]m an? (?:\w+ )?(?:therapist|practitioner|physio\w*|acupuncturist|chiropractor|osteopath|nutritionist|dietitian"
                  r"|instructor|teacher)\b|^(?-i:[A-Z][a-z]+), an? (?:\d+-year-old )?[\w -]{2,30}, came to (?:the clinic|us|see us)\b|^(?:she|he) (?:leads|runs|heads) our\b|^(?:dr\.? |our [\w-]+ )?(?-i:[A-Z]\w+)(?: (?-i:[A-Z]\w+))? (?:also )?has a special interest in\b"
                  r"|^(?:dr\.? |our [\w-]+ )?(?-i:[A-Z]\w+)(?: (?-i:[A-Z]\w+))? graduated (?:from|in)\b"
                  r"|^(?-i:[A-Z][a-z]+) spent (?:\w+ ){1,3}(?:years|seasons) as\b|^(?:classes|sessions) are (?:led|taught|run) by\b"
                  r"|^(?:[^,]{3,60},\s*)?(?:her|his|our) (?:dietitian|therapist|physio\w*|practitioner|nutritionist|GP|doctor)(?: \w+)?"
                  r" (?:suggested|recommended|advised)\b|^(?-i:[A-Z][a-z]+) (?:booked|signed up for|started coming|came to (?:us|see us))\b"
                  r"|^(?:her|his) (?:therapist|physio\w*|practitioner|chiropractor|osteopath|acupuncturist)\b"
                  # "Dr. Adaeze Okafor, MD is board certified in physical medicine and rehabilitation" (and "Our medical
                  # director, Dr. Marcus Bell, MD, FRCP, is board certified …")
                  r"|^(?:(?:our|the) [\w -]{3,40}, )?(?:dr\.? )?(?-i:[A-Z][\w'-]+)(?: (?-i:[A-Z][\w'-]+)){0,2}"
                  r"(?:,? (?-i:MD|DO|PhD|MBBS|DC|DPT|FRCP|MRCGP|FACP|FAAPMR|MPH|MSc|RN|NP)\b){0,3},?"
                  r" (?:is|was|became) (?:a )?(?:double )?board[- ]certified\b"
                  # "She completed her postgraduate dry needling certification in 2016", "Helen Marsh BSc (Hons), MBAcC, has
                  # practised in Bristol for 14 years", "Before training in acupuncture she worked as a support worker"
                  # (not a patient's course of treatment or rehab: "She received a course of steroid injections that eased …")
                  r"|^(?:she|he|I) (?:has |have )?(?:completed|gained|earned|obtained|holds?|received) (?:her|his|my|a|an|the) (?:[\w-]+ ){0,4}?"
                  r"(?:certification|certificate|qualification|diploma|degree|masters?|msc|bsc|fellowship"
                  r"|(?<!rehab )(?<!rehabilitation )training|course(?! of\b))\b"
                  # "Outside work she walks two rescue greyhounds", "Hannah Cole M.Ost qualified from the University College …"
                  r"|^outside (?:of )?(?:work|the clinic|clinic),? (?:she|he|I)\b"
                  r"|^(?-i:[A-Z][a-z]+) (?-i:[A-Z][\w'-]+)(?: (?-i:[A-Z][\w.()]+)){1,3} (?:qualified|graduated|trained) (?:in|at|as|from)\b"
                  # (the name's credentials between, not a treatment's name: "Dry needling has worked for many of our patients";
                  # and no work for people or to an end: "Acupuncture has worked for thousands of people", "… to ease headaches")
                  r"|^(?-i:[A-Z][a-z]+)(?: (?-i:[A-Z][\w'-]+))?(?:,?\s+(?-i:[A-Z(][\w().&'-]*)){0,6},?"
                  r" has (?:practi[sc]ed|worked|taught|been in practice) (?:in|at|for|since)\b"
                  r"(?! (?:(?:many|most|some|lots|plenty|hundreds|thousands|dozens|countless|so many|all|\d[\d,]*\+?) (?:of )?)?(?:(?:our|my|her|his|the"
                  r"|these) )?(?:me|us|him|her|them|people|patients|clients|women|men|children|families|runners|athletes|everyone|others)\b)"
                  r"(?![^.]*\bto (?:ease|relieve|reduce|treat|heal|calm|cure|prevent|soothe|settle|clear|improve)\b)"
                  r"|^before (?:training|qualifying|retraining) (?:in|as)\b"
                  # a patient's assessment, told: "Our assessment found a stiff right sacroiliac joint and weak gluteal muscles"
                  # (not an outcome it found: "Our assessment found that most patients improved after three sessions")
                  r"|^(?:our|the|her|his|my) (?:initial |first )?(?:assessment|examination|exam) (?:found|showed|revealed)\b"
                  r"(?![^.]*\b(?:improv\w*|resolv\w*|recover\w*|eased|relieved|disappeared|halved|pain-free|symptom-free|gone)\b)"
                  # "Tomasz is a former GP with a special interest in supportive cancer care"
                  r"|^(?:dr\.? )?(?-i:[A-Z][a-z]+)(?: (?-i:[A-Z][\w'-]+))? (?:is|was) an? (?:former |retired |qualified |registered "
                  r"|senior |experienced |fully qualified |[\w-]+-trained )?(?:GP|doctor|nurse|midwife|physio(?:therapist)?|therapist|practitioner"
                  r"|acupuncturist|chiropractor|osteopath|nutritionist|dietitian|pharmacist|herbalist|reflexologist|consultant)\b(?!-)"
                  r"(?![^.]*\b(?:helped|helps|treated|treats|eased|eases|relieved|relieves)\b)",  # (not "…, who has helped hundreds …")
                  re.IGNORECASE)
# "Our therapists test every stone first, so there is no risk of burns": a safety assurance even in business talk.
_SAFETY_NOTE = re.compile(r"\bno (?:risk|danger) of\b|\bnot recommended (?:during|for|in|if|with)\b|\bnot suitable (?:for|during|if|in|with|when)\b"
                          r"|\bcontraindicat\w*"
                          # "You can buy it in our shop, but high doses can cause diarrhoea": a warning after the sales talk
                          r"|(?:,|;)\s*(?:but|though|however)\b[^.]{0,60}\b(?:can|may|might|could|will|often)\s+"
                          r"(?:cause|trigger|lead to|upset|irritate|interact)\b", re.IGNORECASE)
# "93% of customers said they felt less bloated", "9 out of 10 guests told us they slept better": a survey figure.
# ("7 in 10 … were smoke-free" is an outcome; "Most of our customers are dairy-free" is their diet)
# how many a practice has seen, with no outcome: "400+ gut patients treated since 2016", "212 postnatal women treated with
# biofeedback last year" (not "1,200 women helped with incontinence": helped is how they fared); and a stats box's source
# note: "Figures from our 2023 patient feedback survey (118 responses)." (see detect.volume_or_source: not one that goes on
# to what they found, "Based on feedback from 200 clients, most slept better within a week")
VOLUME_OR_SOURCE = re.compile(
    r"^\W*(?:over |more than |nearly |almost )?\d[\d,]*\+?\s+(?:[\w-]+\s+){0,3}(?:patients|clients|women|men|people|players|athletes"
    r"|runners|dogs|cats|pets|babies|mums|children|families|members)\s+(?:treated|seen|supported|assessed|cared for"
    # (not how they came through it: "500 women have come through our pelvic floor programme with fewer leaks")
    r"|(?:have|has) (?:come|been) through (?![^.]*\b(?:fewer|less|no longer|no more|better|reduced|improved|lower|pain-free|free of"
    r"|without|success\w*|results?|recover\w*)\b)(?:our|the) [\w -]{2,40}?)"
    r"(?:\s+(?:with|by|for|at) [\w -]{2,40}?)?(?:\s+(?:since \d{4}|last year|this year|in \d{4}|to date|so far|every year|each year"
    r"|a year|per year))?\s*\.?\s*$"
    # a stats box's label, its number apart: "Patients treated since 2011", "Patients who finished the 8-week class: 214"
    # (what they finished and no more, not how they fared: "Patients who completed the course reported less pain"; and not
    # "Patients helped": helped is how they fared)
    r"|^\W*(?:patients|clients|people|women|men|members|dogs|babies|families) (?:treated|seen|who (?:finished|completed|joined"
    r"|attended) (?:the |our |a |an |all |every |each |their )?(?:[\w-]+ ){0,3}?(?:class(?:es)?|courses?|programmes?|programs?|plans?"
    r"|pathways?|sessions?|blocks?|treatments?|rehab|groups?|challenges?|workshops?|retreats?|trials?|clinics?))"
    r"(?:\s+(?:since \d{4}|last year|this year|in \d{4}|to date|so far))?\s*(?::\s*[\d,]+\+?)?\s*\.?\s*$"
    r"|^\W*(?:(?:figures|data|results|statistics|stats|numbers) (?:are )?(?:taken )?from|based on|source:?)\s+(?:an? |our |the )?"
    r"(?:own |internal |\d{4} |annual |recent )*(?:[\w-]+ ){0,2}(?P<source>survey|questionnaires?|audit|feedback|data|records)\b[^.]{0,60}\.?\s*$",
    re.IGNORECASE)
# a survey's result in a list under its lead-in, the people named there: "87% said they felt calmer going into labour",
# "Over half told us they had gone back to dancing", "Nearly 3 in 4 used less pain relief than planned"
FIGURE_SAID = re.compile(r"^\W*(?:(?:over|nearly|almost|more than|just over|about|around|roughly)\s+)?(?:\d+(?:\.\d+)?\s?%|\d+\s+(?:in|out of)\s+\d+"
                         r"|half|a third|two[- ]thirds|three[- ]quarters|a quarter)\W*\s+(?:of (?:them|those|us)\s+)?"
                         r"(?:said|say|told us|reported|described|rated|felt|noticed|found|needed|slept)\b", re.IGNORECASE)
_PEOPLE_STAT = re.compile(
    r"(?:\b\d+(?:\.\d+)?\s?(?:%|percent)|\b(?:\d+|one|two|three|four|five|six|seven|eight|nine)\s+(?:out of|in)\s+(?:\d+|ten)"
    r"|\b(?<!of the )(?:most|the majority|half|nearly all|almost all)|^(?:many|lots|plenty)(?= of (?:our|my) ))\s+(?:of\s+)?(?:our\s+|the\s+|these\s+|my\s+)?(?:\w+\s+){0,2}"
    r"(?:customers|clients|guests|patients|users|buyers|members|people|parents|mums|moms|women|men|readers|athletes|runners|owners)\b"
    r"[^.]{0,60}?\b(?:said|say|says|told us|tell us|told me|tell me|report\w*|felt|feel|noticed?|saw|see|experienced?|slept|lost|gained"
    r"|(?:were|are|was|remained|stayed) (?:still )?(?:(?!(?:gluten|dairy|lactose|sugar|wheat|nut|soy|egg|meat|gelatine?|palm-oil|cruelty|plastic"
    r"|paraben|fragrance|scent|additive|allergen|grain|gmo|vegan|tax|debt|hassle|carbon|waste)-free\b)\w+-free|free (?:of|from))|(?<!to )conceived?|fell pregnant|got pregnant|became pregnant|go into labou?r|went into labou?r|gave birth|give birth"
    r"|would recommend(?! us\b| (?:our|this|the) (?:clinic|studio|team|shop|store|practice|spa|salon|brand)\b))\b"
    r"|^(?:many|most|some)\s+(?:feel|notice|see|report)\s+(?:a |an |the )?(?:difference|change|relief|improvement|results?)\b"
    # "Members who attend twice a week improve their balance by an average of 40%": a figure about the people who come
    r"|^(?:(?:our|the)\s+)?(?:clients|patients|customers|members|people|women|men|runners|athletes|participants)\s+who\b[^.]{0,60}"
    r"\b(?:improv\w*|gain\w*|los[te]\w*|cut|halv\w*|doubl\w*|reduc\w*)\b[^.]*\b\d+(?:\.\d+)?\s?(?:%|percent)"
    # "Members who came weekly were twice as likely to say their balance had improved": a comparison of who fared better
    r"|^(?:(?:our|the)\s+)?(?:clients|patients|customers|members|people|women|men|runners|athletes|participants|mums|users)\s+who\b"
    r"[^.]{0,80}\b(?:twice|three times|four times|half|\d+ times)\s+(?:as|more)\s+likely\b[^.]{0,60}\b(?:improv\w*|recover\w*"
    r"|reduc\w*|eas\w*|steadier|stronger|pain|fall\w*|injur\w*"
    # (a comparative of how they felt or fared, not of what they paid or waited: "… to get a better rate", "… to pay less")
    r"|(?:feel|sleep|move|walk|breathe|cop)\w*\s+better|(?:better|fewer|less|lower)\s+(?:[\w-]+\s+){0,2}?(?:symptoms?|stiff\w*"
    r"|flare\w*|headaches?|migraines?|attacks?|medication|medicines?|swelling|fatigue|anxi\w*|stress|balance|sleep|mood))"
    r"|^(?:many|most|some|a few|regular|our)\s+(?:\w+\s+)?(?:clients|patients|customers|members|guests|people|users|readers"
    r"|runners|athletes|parents|mums-to-be|moms-to-be|mums|moms)\s+"
    r"(?:tell us|say|report|notice|find|(?:feel|see) (?:results?|relief|improvements?|benefits?)\b"
    r"|(?:feel|see) (?:a |an |the |real |big |(?:much )?(?:better|less|more)\b)(?=[^.]*\b(?:difference|change|relief"
    r"|improvement|results?|better|less|more)\b))"
    r"|^(?:many|most|some)\s+(?:\w+\s+)?(?:find|say|report|feel|notice|tell us)\s+(?:that\s+)?(?:it|this|they)\s+"
    r"(?:helps?|works?|eases?|relieves?|calms?)\b",
    re.IGNORECASE)
# "If your knees creak on the stairs, you have almost certainly …", "If this sounds familiar, you may be living with …":
# a hook that speaks to the reader's trouble, not a claim (unless its main clause asserts an effect or gives advice).
_READER_HOOK = re.compile(r"^for (?:many|most|some|lots) of us," + _YIELDS_TO_EFFECT +
                          r"|^if (?:you|your|this)\b.{3,160}?,\s*(?:then\s+)?(?:you(?:['\u2019]re| are| have| may| might"
                          r"| probably| could| know| already| will|['\u2019]ll)|you['\u2019]ve|it['\u2019]s time"
                          r"|it (?:may|might|could) be time|chances are)\b"
                          # "Almost everyone gets a headache now and then", "Scroll any forum and you'll find …"
                          r"|^(?:almost everyone|nearly everyone|most of us|we['\u2019]ve all|we all|imagine)\b"
                          r"|^if you(?:['\u2019]ve| have) (?:ever )?(?:seen|heard|wondered|noticed|spotted)\b"
                          r"|^if\b[^,]{3,120},\s*you(?:['\u2019]re| are) not alone\b"
                          # "Whether you are managing osteoarthritis or training for a marathon, the right support …"
                          r"|^whether (?:you|your|it)\b[^,]{3,120},"
                          r"|^(?:scroll|walk|look|search)\b[^.]{0,80}\band you['\u2019]ll (?:find|see|hear)\b", re.IGNORECASE)
# "As your bump grows, your centre of gravity shifts …", "As we get older, cartilage wears away …": the body, not a treatment.
_BODY_STORY = re.compile(r"^as (?:your|we|you|our)\b"
                         # "It is most often caused by a bulging disc": what causes the condition, not a treatment's effect
                         r"|^(?:it|this|the condition|the pain|[a-z]+) (?:is|are) (?:most |usually |often |commonly |mainly )*caused by\b"
                         r"|^(?:it|this|the condition|the pain) (?:usually |often |typically )?(?:builds up|develops|comes on)\b"
                         # "Common triggers include …", "When pollen lands on …, your immune system mistakes it for …"
                         r"|^(?:the )?(?:most )?(?:common )?(?:triggers|causes|risk factors) (?:include|are)\b"
                         r"|^[\w -]{2,30} (?:become|becomes|get|gets) more common\b"
                         r"|^(?:your|the) [\w ]{3,30} works? (?:as a team|together|closely) with (?:your|the)\b"
                         r"|^when it is [^,]{3,60},\s*it (?:becomes|gets|can become)\b"
                         r"|^when [^,]{3,80},\s*(?:your|the) immune system\b"
                         r"|^(?:[\w'-]+ ){0,4}[\w'-]+(?: \([A-Z]{2,6}\))? (?:happens|occurs) when\b"
                         # "Typing, gripping tools, pregnancy and diabetes can all play a part": risk factors
                         r"|^[^.]{3,80}\b(?:can|may|often) (?:all |also )?play (?:a|an) (?:\w+ )?(?:part|role)\b"
                         # "Unlike an oil massage, there is no lotion", "Traditional teachers describe ten energy lines"
                         r"|^unlike (?:an? |the )?[\w -]{3,30}, there (?:is|are) no\b"
                         r"|^(?:traditional )?(?:teachers|texts|healers|practitioners) (?:describe|teach|believe)\b", re.IGNORECASE)
# "I can dig the garden again without pain", "no longer wake up stiff": a customer's recovery in plain words.
_RECOVERED = re.compile(r"\b(?:since (?:starting|taking|using|then)\b[^.]{0,40}\b(?:has|have|she['\u2019]s|he['\u2019]s|i['\u2019]ve|we['\u2019]ve"
                        r"|they['\u2019]ve) been (?:completely |totally |absolutely |perfectly |absolutely )?(?:fine|great|brilliant|symptom-free)\b"
                        r"|(?:was|is|were|am|i['\u2019]m|she['\u2019]s|he['\u2019]s) (?:now )?down to (?:about |just |only )?(?:one|two|\d)|(?:go|goes|went|gone|going) (?:days|weeks|months|a (?:whole |full )?(?:week|fortnight|month|year)) without|(?:go|goes|went|gone|get|gets|got|getting|am|was|i['\u2019]m)(?: (?:you|me|them|him|her|people|patients))? back (?:to|on) (?:work|running|training"
                        r"|the gym|my (?:job|sport|training|running|garden\w*|bike|feet|game)|normal|sport|golf|hiking|playing|full)|again|no longer|any ?more|without (?:reaching for |needing |taking )?(?:any |a single |the |my |that |this )?(?:pain|ache|discomfort|wincing|limping|a twinge|twinges?|painkillers|tablets)|pain-free|since then"
                        # ("has gone" as an ending: not "the pain has gone on for years", "prices have gone up", "I have gone to three physios")
                        r"|(?:barely|hardly|rarely) (?:notice|feel)|(?:is|are|was|were) gone|(?:has|have) (?:completely |totally |all but |pretty much |finally )?gone\b(?! (?:from|to|through|into|on|up|back|downhill|wrong|worse)\b)|(?:is|are|came|comes) back\b(?!\s+(?:pain|ache))"
                        # "Your little one sleeps through the night without scratching"
                        # (not "I hadn't slept through the night in two years", "I hadn't been sleeping through the night",
                        # "I had trouble sleeping through the night")
                        r"|(?<!n't )(?<!n\u2019t )(?<!never )(?<!not )(?<!n't been )(?<!n\u2019t been )(?<!not been )(?<!once )"
                        r"(?<!trouble )(?<!difficulty )(?<!struggled to )(?<!struggle to )(?<!unable to )(?<!hard to )"
                        r"sle(?:ep|eps|pt|eping) (?:right )?through (?:the night|(?:most|all|every) nights?)"
                        # "The numbness I used to get in my fingers has stopped too" (not "the spray has stopped working")
                        r"|(?:has|have|had|['\u2019]d) (?:completely |totally |finally |all but |pretty much |now |almost (?:completely )?)?"
                        r"(?:stopped|disappeared|vanished|cleared up|lifted)\b(?! (?:working|helping|taking effect|weights|the))"
                        # (not the sufferer who stopped an activity: "By last spring I'd stopped running altogether because of
                        # my knee", "I have stopped going to the gym", "They have stopped selling the large tub")
                        r"(?! (?:altogether |completely )?(?:going|running|walking|exercising|training|playing|cycling|swimming|driving"
                        r"|dancing|gardening|lifting|working|doing|coming|eating|drinking|selling|stocking|making|offering|using|taking)\b)"
                        # "I feel like a new person", "Been able to stop my ibuprofen completely", "Now I'm usually asleep within
                        # half an hour", "Since taking these daily I've had just one in the last year"
                        r"|feel(?:s|ing)? like a (?:new|different) (?:person|woman|man)\b"
                        # "My two have hardly been ill since …", "my tennis elbow is the best it's been in a year"
                        r"|(?:hardly|barely|rarely|not once|never) been (?:ill|sick|poorly|unwell|off sick)\b"
                        # "I'm back to walking the dog twice a day", "I knocked four minutes off my PB", "I can finally walk my
                        # dog again", "I've barely touched the paracetamol"
                        r"|(?:i['\u2019]m|i am|she['\u2019]s|he['\u2019]s|we['\u2019]re|was|were) (?:now )?back to (?:\w+ing)\b"
                        # (also "shaved 2.5 minutes off her half-marathon time", "knocked 90 seconds off my parkrun PB", "… off my 5k")
                        r"|(?:knock(?:s|ed|ing)?|shav(?:e|es|ed|ing)) (?:[\w.:]+ ){1,3}off (?:my|her|his|their) (?:pb|pr|personal best"
                        r"|previous best|best time|time|(?:\d+k|marathon|half[- ]marathon|parkrun|race|mile)(?: pb| pr| personal best| time)?)\b"
                        # "My energy levels are through the roof", "he feels twenty years younger", "my breathing on hill climbs
                        # is noticeably easier" (also "my energy's been through the roof", "I felt ten years younger")
                        r"|(?:energy|stamina)(?: levels?)?(?: is| are| was| were|['\u2019]s|['\u2019]s been| has been| have been| went"
                        r"| has gone| have gone) through the roof"
                        r"|fe(?:el|els|eling|lt) (?:\w+ )?years younger\b"
                        # (not an errand made easier: "Ordering my refills is so much easier with the app", "Booking my sessions
                        # online is far easier", "The new capsules are much easier to swallow")
                        r"|(?<!ordering )(?<!booking )(?<!parking )(?<!delivery )(?<!online )(?<!app )(?<!website )(?<!checkout )"
                        r"(?<!refills )(?<!prescription )(?<!prescriptions )(?<!order )(?<!orders )"
                        r"(?:is|are|feels?|felt|got|gets) (?:now )?(?:so much |much |noticeably |a lot |loads |far )easier\b"
                        r"(?! to (?:use|open|order|book|swallow|find|read|navigate|track|manage|clean|store))"
                        r"|\b(?:i|she|he|we|they) can (?:finally |now )?(?:walk|run|sleep|play|work|lift|garden|drive|carry|climb|sit|stand|bend|kneel|pick|swim"
                        r"|cycle|dance|hike|train)\b[^.]{0,40}\bagain\b"
                        r"|(?:barely|hardly|not) touched (?:the|my) (?:paracetamol|ibuprofen|painkillers|pills|tablets|inhaler)\b"
                        r"|(?:is|are|feels?|felt) the best (?:it|they|i|she|he)(?:['\u2019]s| has| have|['\u2019]ve) (?:felt|been)\b"
                        # (not a warning: "Do not stop taking the medication your doctor prescribed")
                        r"|(?:(?:able|managed) to (?:stop|come off|ditch)|(?<!not )(?<!n't )(?<!n\u2019t )(?<!never )(?:stopped|came off|ditched))"
                        r" (?:taking )?(?:my |the |all my )?"
                        r"(?:ibuprofen|paracetamol|co-codamol|codeine|naproxen|antihistamines?|painkillers|pain ?killers|tablets"
                        r"|medication|meds|inhaler|sleeping (?:pills|tablets))\b"
                        r"|(?:am|i['\u2019]m|is|she['\u2019]s|he['\u2019]s) (?:usually |now |normally )?asleep within\b"
                        r"|since (?:starting|taking|using|i started|we started)\b[^.]{0,60}\bhad (?:only |just )?(?:one|a single)\b"
                        # "After my third adjustment I slept eight hours straight and I've been sleeping well ever since",
                        # "I slept for eight hours straight"
                        r"|(?<!n't )(?<!n\u2019t )(?<!never )(?<!not )slept (?:for )?(?:a (?:full |solid )?)?(?:\w+ )?hours? (?:straight|solid|in a row)\b"
                        r"|(?:been|am|i['\u2019]m|is|was) sleeping (?:well|better|soundly) (?:ever )?since\b"
                        # "Since I started spraying my legs before bed I've had one cramp in the past month"
                        # ("Since starting BrightBugs in September, Isla has had just one cold all winter")
                        r"|(?:i['\u2019]ve|i have|she['\u2019]s|he['\u2019]s|has|have) (?:only |just )?had (?:only |just )?(?:one|a single|two) (?:cramp|migraine|headache|flare"
                        r"|attack|cold|bad night)s? (?:in|since|all)\b"
                        # "I haven't had a single cold all winter" (not a story's past: "I had never had a migraine until
                        # I turned forty", "I'd never had a cold sore before my pregnancy")
                        r"|(?:haven['\u2019]t|have not|hasn['\u2019]t|has not|(?<!\bhad )(?<!['\u2019]d )never) (?:once )?had (?:a |one |another )?"
                        r"(?:single |proper |real |bad )?(?:cold|bug|flare(?:-up)?|migraine|headache|attack|fall|infection|bout|episode|cramp|sick day)s?\b"
                        r"(?![^.]*\b(?:until|till|before (?:my|her|his|the|I|she|he))\b)"
                        r"|(?:haven['\u2019]t|have not|no longer|don['\u2019]t|barely|hardly|rarely) needed?|out like a light|gets? me through"
                        r"|(?:lets?|let|helped|allowed) me (?:to )?(?:sleep|walk|run|work|move|climb|train|get)"
                        # "I feel like I've got my legs back", "she has her independence back"
                        r"|(?:got|have|has|had|get|gets|given (?:me|her|him|us|them)|gave (?:me|her|him|us|them))(?: (?:my|her|his|their|our|your))? (?:life|legs|body|energy|confidence"
                        r"|independence|mobility|sleep|health|freedom|balance|strength|spark|mojo)(?: \w+)? back"
                        r"|(?:hasn['\u2019]t|haven['\u2019]t|has not|have not) (?:had (?:a|another|one) )?(?:fallen|fall|relapse|flare(?:-up)?|attack|migraine|episode)s? since"
                        # "Our son used to have a meltdown every evening; now he uses his bumblebee breath to calm himself down"
                        r"|used to [^.]{3,80}?[;,\u2013\u2014-]\s*(?:but |and )?now\b(?=[^.]*\b(?:calm\w*|sleep\w*|slept|pain\w*"
                        r"|ach\w*|hurt\w*|anxi\w*|stress\w*|meltdowns?|tantrums?|migraines?|headaches?|stiff\w*|sore\w*|panic\w*"
                        r"|worr\w*|tired\w*|energy|cope|coping|breath\w*|flare\w*|symptoms?|painkillers?|medication|walk\w*|bend\w*"
                        r"|lift\w*|climb\w*|focus\w*|concentrat\w*|settle\w*|relax\w*)\b)"
                        # "Haven't had a single cold since I started these"
                        r"|(?:hasn['\u2019]t|haven['\u2019]t|has not|have not|not) (?:had|caught) (?:a |one |any )?(?:single )?[\w-]+ since"
                        r"|(?:first|only) (?:thing|treatment) that (?:has |have |had )?(?:ever )?(?:helped|worked|let|taken|eased"
                        r"|stopped|fixed)|\bI can (?:now |finally |again )?(?:climb|walk|run|sleep|lift|play|work|garden|get|bend|kneel))\b",
                        re.IGNORECASE)
# "a calm studio", "calm music": the place or its mood, not an effect of the treatment
CALM_PLACE = (r"(?!\s+(?:studio|room|space|atmosphere|environment|setting|surroundings|place|spot|corner|music|voice|manner"
              r"|decor|d\u00e9cor|reception|waiting room)\b)")
_STRONG_EFFECT = re.compile(r"\b(?:help\w*|reliev\w*|relief|reduc\w*|improv\w*|eas(?:e|es|ed|ing)(?! of\b)|heal(?!th)(?!ing (?:traditions?|arts?|practices?|systems?)\b)\w*|(?<!plan to )(?<!plans to )(?<!going to )treat(?:s|ed|ing)?\b"
                            # (not a schedule: "… and treated her once a week")
                            r"(?! (?:her|him|them|me|us) (?:once|twice|three times|every|each|weekly|fortnightly|monthly)\b)|cur(?:e|es|ed)"
                            r"|stop (?:it|them|an? \w+) in (?:its|their) tracks|speed(?:s|ing)? up"
                            r"|lower(?:s|ed|ing)|rais(?:e|es|ed|ing)|slow(?:s|ed|ing)?|fights?|calms|calm" + CALM_PLACE + r"|soothes?|gains?"
                            r"|prevent\w*|boost\w*|benefit\w*|effective|transform\w*|gone for good)\b", re.IGNORECASE)
# "Most studies used 1,500 mg a day, split into two doses": a dose, not an effect.
_DOSAGE = re.compile(r"\b\d[\d,.]*\s*(?:mg|mcg|\u00b5g|g|iu|ml)\b[^.]{0,80}\b(?:a|per|each|every) (?:daily )?(?:day|serving|capsule|gummy|dose|scoop)\b|\bsplit into \w+ (?:or \w+ )?doses\b",
                     re.IGNORECASE)
_POPULARITY = re.compile(r"\b(?:best-?sell\w*|most popular|top-?selling|fastest-?growing|go-to|household name"
                         r"|(?:many|more and more|a growing number of) (?:\w+ )?(?:couples|people|patients|women|men|parents|athletes)"
                         r" are (?:now )?(?:adding|turning to|choosing|trying)"
                         # "Sciatica is one of the most studied reasons people see a chiropractor", "the number one reason"
                         r"|(?:one of the (?:most|top|commonest|biggest) (?:\w+ )?|the (?:number one|no\. ?1|single most common|most common|top) )"
                         r"reasons? (?:\w+ ){0,2}(?:see|visit|email|call|contact|book|walk|join|come|choose|try)(?! (?:a |their |the |your )?(?:doctors?|gps?|physicians?)\b)"
                         r"|\bmost (?:requested|booked|asked[- ]about)\b"
                         # "our spirulina shelf is emptying faster than we can restock it": sales, not health
                         r"|\bfaster than we can (?:re-?stock|stock|make|bottle|bake|brew)\b|\bshel(?:f|ves) (?:is|are) (?:emptying|empty)\b"
                         r"|\b(?:flying|disappearing) off (?:the |our )?shel(?:f|ves)\b"
                         # "Box breathing is popular with athletes and emergency workers": who uses it, not what it does
                         r"|\b(?:is|are) (?:\w+ )?(?:popular|a favou?rite|widely used) (?:with|among|amongst) (?:\w+ ){0,3}(?:athletes|workers"
                         r"|people|celebrities|runners|players|women|men|parents|teens|students|soldiers|nurses|dancers|mums|moms)\b"
                         + _POPULAR_YIELDS + r"|\b(?:hit|made|makes|hits) (?:the )?headlines\b|\bshot to fame\b"
                         # where and how it is sold: "is sold over the counter in the US but needs a prescription in the UK"
                         r"|\b(?:is|are) (?:sold|available) (?:over the counter|without (?:a )?prescription|on prescription"
                         r"|in (?:most )?(?:pharmacies|chemists))\b"
                         # "Interest in acupuncture for CTS has grown", "more than 300 people have completed our course"
                         r"|^interest in\b[^.]{0,60}\b(?:has|have) (?:grown|risen|increased|soared|exploded|surged)"
                         r"|\b(?:people|clients|patients|members|guests|students) have (?:completed|attended|taken|joined|finished|"
                         r"been through) (?:our|the) (?:\w+[ -]){0,5}?(?:course|programme|program|class|classes|workshop|retreat)s?\b"
                         r"|(?:flies|flew|leaves|left) (?:off )?(?:the |our )?shelves)\b", re.IGNORECASE)
# "Acupuncture grew out of traditional Chinese medicine two thousand years ago": history, not an effect
_HISTORY = re.compile(r"\b(?:grew out of (?:traditional|ancient|folk|old)|originated|originates|dates back|date back|was developed|were developed|was invented"
                      r"|has (?:its |their )?roots in|is rooted in|comes from the|traces? (?:its|their) roots"
                      r"|comes from (?:traditional|ancient|chinese|japanese|indian|ayurvedic|eastern|western)\b"
                      r"|\bis based on (?:western|modern|conventional) (?:anatomy|medicine|science)\b(?![^.]*\b(?:recommend\w*"
                      r"|endorsed|approved|reduc\w*|reliev\w*|eas(?:e|es|ed|ing)|help\w*|improv\w*|prevent\w*|speeds?)\b)"
                      # "has been practised in China for more than two thousand years", "since Roman times"
                      r"|(?:has|have) been (?:practi[sc]ed|drunk|eaten|brewed|around|harvested|cultivated|grown|gathered|prized|farmed|grated|chewed|cooked|sipped)\b[^.]{0,40}\b(?:for (?:more than |over |well over "
                      r"|nearly |almost |about |around )?(?:\d|a |one|two|three|hundreds|thousands|centuries|generations|millennia)|since)\b"
                      # (but not a traditional use: "… for thousands of years as a natural anti-inflammatory for sore joints")
                      r"(?![^.]*\b(?:as an? (?:\w+ ){0,2}(?:remedy|treatment|cure|tonic|medicine|anti-\w+)|for (?:its |their )?(?:heal\w*"
                      r"|medicinal|treat\w*|reliev\w*|sooth\w*)|to (?:treat|heal|ease|relieve|soothe|cure))\b)"
                      r"|since (?:roman|ancient|medieval|victorian|biblical) times"
                      # "the root used for centuries in Ayurvedic practice" (not "used for centuries to treat insomnia")
                      # (a purpose is a traditional-use claim: "used for generations to support restful sleep", "… as a natural
                      # sleep aid")
                      r"|\bused for (?:centuries|millennia|generations|(?:thousands|hundreds) of years)\b(?!" + _PURPOSE_AHEAD +
                      r"|[^.]*\bas an? (?:\w+ ){0,2}(?:remedy|treatment|cure|tonic|medicine|aid|relaxant|sedative|painkiller|digestive)\b)"
                      # "Its Latin name, Withania somnifera, even hints at its traditional reputation"
                      r"|^(?:its|the) (?:latin|botanical|scientific|sanskrit|chinese|japanese|common) name\b"
                      r"|(?:has|have) been used (?:in [^.]{0,60}?)?for (?:thousands|hundreds) of years (?:in|by|across)?"
                      # "has been part of Chinese medicine for more than 3,000 years", "The idea of … goes back to a 1984 study"
                      r"|(?:has|have) been (?:a |an )?(?:\w+ )?part of (?!(?:my|your|our|his|her|their)\b)[^.]{0,70}\bfor (?:more than |over "
                      r"|well over |nearly |almost |about |around )?(?:\d{1,3},\d{3}|\d{3,}|hundreds|thousands|centuries|generations"
                      # ("Needling has been part of Chinese medicine for more than two thousand years", not "part of my rehab
                      # for three months")
                      r"|millennia|(?:a|one|two|three|four|five|several|many) (?:thousand|hundred))\b"
                      r"|\b(?:idea|practice|tradition|custom|habit|history|origins?|story) of\b[^.]{0,50}\b(?:goes|go|went) back to\b"
                      r"|^unlike [^,]{3,40},\s*(?:it|this|\w+(?: \w+)?) (?:is|are) (?:based on|rooted in|grounded in)\b"
                      r"|\b(?:is )?where (?:the|its) [^.]{0,30}\bname comes from\b|\bgets its name\b(?![^.]*,\s*(?:and|but|so)\b)"
                      r"|\bname (?:roughly |literally )?(?:translates|means)\b(?![^.]*,\s*(?:and|but|so)\b)|\b(?:were|was) put together by\b|\bwas (?:founded|established|pioneered) (?:in|by)\b" + _YIELDS_TO_EFFECT +
                      # "The modern ear map was drawn up by the French physician Paul Nogier in the 1950s" (a person: a name in
                      # capitals, not "devised by physiotherapists to settle sciatic pain", which says what it is for)
                      r"|\b(?:was|were) (?:first )?(?:drawn up|devised|invented|developed|introduced) by (?:the |a )?(?-i:[A-Z]\w+ )*?(?:physician|doctor"
                      r"|surgeon|scientist|researcher|nurse|chemist|(?-i:[A-Z][a-z]+))\b(?!" + _PURPOSE_AHEAD + r")" + _YIELDS_TO_EFFECT +
                      r"|\bin the \w+ tradition\b|\bnamed after\b"
                      # "Bromelain was first isolated in the late 1800s" (not a finding: "The link … was first discovered in a
                      # 2017 meta-analysis of 11,000 people", "… first identified in a 2011 trial, where injuries fell by 70%")
                      r"|\bfirst (?:isolated|discovered|described|identified) (?:by|in)\b(?![^.]*\b(?:trials?|study|studies|meta-analys[ie]s"
                      r"|(?:systematic )?reviews?|research|experiments?|\d+(?:\.\d+)?\s?%|per ?cent))"
                      # "The technique grew out of work on myofascial pain in the 1980s" (not a finding: "… grew out of research
                      # showing it cuts knee injuries by half")
                      r"|\bgrew out of (?:work|research|studies|the work)\b(?![^.]*\b(?:show(?:s|ed|n|ing)?|found|finds?|findings"
                      r"|suggest\w*|demonstrat\w*|prov(?:ed|en|es|ing)|\d+(?:\.\d+)?\s?%|per ?cent))"
                      # "It belongs to the same plant family as turmeric and cardamom": botany, not an effect
                      r"|\bbelongs? to the (?:same )?(?:plant |botanical )?family\b"
                      # "It was only discovered in the early 1990s, while scientists were studying …"
                      r"|\b(?:was|were) (?:only )?(?:discovered|identified|isolated) in (?:the )?(?:early |late |mid-?)?\d{4}s?\b)\b",
                      re.IGNORECASE)
# Session logistics: "Initial consultations last 75 minutes", "a plan is 15 to 20 sessions over six weeks".
# "The needles are much finer than the ones used for injections or blood tests": what the needle is like, not an effect
_NEEDLE_SIZE = (r"^(?:the |our |these |acupuncture |dry needling )?needles (?:we use |used )?(?:are|is) (?:much |far |very |a lot )?"
                r"(?:thinner|finer|smaller|narrower)\b(?![^.]*\b(?:so|which means|making|means|painless|pain|hurts?|discomfort"
                r"|feel|sore\w*|bruis\w*)\b)|")
# What a procedure or set-up sentence may go on to claim (the guard in detect already keeps "helps", "eases", "reduces",
# "relief" and a purpose "to ease …"): "… with peptides that firm skin and fade fine lines", "… and melt away muscle
# tension", "… for lasting freedom from back pain", "Heel pain usually clears within three to five sessions"
_SETUP_OUTCOME = (r"(?![^.]*\b(?:settl\w*|clear(?:s|ed|ing)?|resolv\w*|disappear\w*|vanish\w*|fad(?:e|es|ed|ing)|relax(?:es|ed|ing)?"
                  r"|loosen\w*|(?:that|which|to) release|releas(?:es|ed|ing)|strengthen\w*|firm(?:s|er)?|tighten\w*|repair\w*"
                  r"|regenerat\w*|restor\w*|stimulat\w*|blocks|stop(?:s|ped)?|gone|pain-free|symptom-free|freedom from|back to|less"
                  r"|fewer|better|faster|kick-?starts?|breaks? down|melts? away|takes? (?:down|away|the edge off)|lasting)\b)")
# how patients respond to a course, an outcome ("Most babies respond within three to five treatments"), not how a course
# runs ("usually four to six sessions, depending on how you respond")
_RESPONDS = r"respond(?:s|ed|ing)? (?:(?:very |really )?(?:well|better|quickly)|within|in)\b"
_LOGISTICS = re.compile(
    _NEEDLE_SIZE +
    # a referral: "People are referred to us at every stage of treatment", "Many patients refer themselves"
    # (not when the sentence goes on to how they fare: "…, and most of them feel less pain within three sessions")
    r"^(?:(?:many|most|some)\s+)?(?:people|patients|clients|women|men|children|athletes)\s+(?:are|get|were)\s+referred\s+(?:to us|by)\b"
    r"(?![^.;]*(?:,|\s)\s*(?:and|but|so|where|after which)\s+(?:most|many|some|nearly|almost|all|half|\d+|one|two|three|four|five|six"
    r"|seven|eight|nine|ten|they|their|these|those)\b)"
    r"|^(?:many|most|some)\s+(?:people|patients|clients)\s+refer\s+themselves\b|"
    # the first visit's history taking: "At your first visit we take a full history and carry out a neurological
    # examination", "We always check your medical history and medications at your first visit"
    r"^(?:at|during|on) (?:your|the) first (?:visit|appointment|session|consultation),? we\b"
    r"(?![^.]*\b(?:less|fewer|better|relief|easier|freer|looser|eases?|relieves?)\b)[^.]*\b(?:history|examination|assessment"
    r"|ask about)\b"
    r"|^(?:before (?:any|your|the|each) (?:treatment|session|visit|appointment),?\s+)?(?:we|your (?:chiropractor|osteopath|physio\w*"
    r"|practitioner|therapist|acupuncturist|clinician|doctor|podiatrist)) (?:always |will )?(?:first )?(?:check|take|ask about|go through|review)"
    r" (?:your|a full|a detailed) (?:full |detailed )?(?:medical |health )?history\b"
    # "For sleep, most of our customers prefer taking it with their evening meal": a habit, not an effect
    # (not with a reason or an effect: "… straight after training, when it settles cramping calves fastest")
    r"|\bprefer (?:to )?(?:take|taking|use|using|have|having|drink|drinking) (?:it|them|theirs)\b(?![^.]*\b(?:because|since|so (?:that|it|they)"
    r"|(?:as|when|where|which|while) (?:it|they|this)|which)\b)" + _SETUP_OUTCOME +
    # "Most patients come once a week to begin with, then less often as things settle": how often, not how well
    r"|\b(?:come|comes|visit|visits|attend|attends) (?:once|twice|three times) (?:a|per|every) (?:week|fortnight|month)\b"
    r"(?!" + _OUTCOME_AHEAD + r")"
    # a review's method: "We bought each product at full retail price", "Three members of our team each took every product"
    # (but not with what came of it: "…, and two of us slept more soundly")
    r"|(?:^we (?:bought|purchased|paid for|ordered) (?:each|every|all|the)\b|\bmembers of our (?:team|panel) (?:each )?(?:took|tried"
    r"|tested|used)\b)(?!" + _OUTCOME_AHEAD + r")"
    # "Every new patient has a 45-minute assessment that includes a jaw-opening measurement, a bite check …"
    r"|^(?:every|each|all) new (?:patients?|clients?) (?:has|have|gets?|receives?|starts? with|begins? with|books?) (?:a|an)\b"
    r"(?![^.]*\b(?:less|fewer|better|relief|easier|eases?|relieves?|fix(?:es)?|cures?|resolves?|for good|get rid)\b)[^.]*\b(?:assessment"
    r"|consultation|examination|history)\b|"
    # a timetable: "Intro sessions run every Saturday at 9am", "Classes take place on Tuesday evenings"
    r"\b(?:run|runs|are held|is held|take place|takes place|start|starts)\s+(?:every|each|on)\s+(?:(?:monday|tuesday|wednesday|thursday"
    r"|friday|saturday|sunday|weekday|weekend)s?|morning|evening)\b|"
    r"\b(?:lasts?|lasting|takes?|runs?)\s+(?:about |around |roughly |up to |between |approximately )?\d+(?:\s*(?:to|or|-|\u2013)\s*\d+)?"
    r"\s*(?:minutes?|mins?|hours?)\b|^(?![^.]*\b" + _RESPONDS + r")[\s\S]*?\b\d+\s*(?:to|-|\u2013)\s*\d+\s+(?:sessions|visits|treatments|appointments)\b"
    # insurance and who may book: "Many health insurers … cover acupuncture with a BAcC member", "Check your policy for any
    # excess or session limits", "Sports massage is open to members, their guests and the local community"
    r"|\b(?:health |private )?insurers?\b[^.]{0,60}\bcover\b|\b(?:health|insurance|extended health) plans?\b[^.]{0,40}\bcover\b"
    r"|^check (?:your|the) (?:insurance )?polic(?:y|ies)\b"
    r"|\b(?:is|are) open to (?:members|everyone|non-members|the public|all)\b"
    # "Most people need a course of six to eight weekly sessions to see how they respond": how many, not how well
    r"|\bneed (?:a course of )?(?:\w+ ){0,4}(?:sessions|treatments|visits|appointments) to (?:see|find out|judge|know) (?:how|whether|if)\b"
    # "Every two weeks is a good maintenance rhythm once things settle": how often, not what it does
    r"|^(?:once|twice|every|one session|a session)\b[^.]{0,30}\b(?:is|makes) (?:a |the |an )?(?:good|ideal|best|usual|typical"
    r"|sensible|great|nice) (?:[\w-]+ )?(?:rhythm|routine|frequency|interval|pace|schedule|starting point|rule of thumb)\b"
    # "You can walk normally straight after treatment, but we suggest skipping hard runs": aftercare, not an effect
    # (not how: "You may walk pain-free right after treatment")
    r"|^you (?:can|may|should be able to) (?:\w+ )?(?:walk|drive|work|return|go back|carry on|resume|exercise|shower|train)\b"
    r"(?:(?!\b(?:pain|without|less|easier|easily|better|freely|comfortabl|limp)\w*)[^.]){0,30}\b(?:straight |right |immediately |soon )?after (?:treatment|(?:your|the|a) (?:session|treatment|appointment))\b"
    # "It's worth a phone call to your plan": whom to ask about cover
    r"|^(?:it['\u2019]s|it is) (?:always )?worth (?:a|making a|giving (?:them|us|your \w+) a) (?:quick )?(?:phone )?call\b"
    r"|^you can\s+(?:then\s+|simply\s+|just\s+)?(?:lie|sit|rest|stay|remain)\b"
    r"|^(?:you(?:['\u2019]ll| will)?|patients|clients)\s+(?:then\s+|first\s+|simply\s+|just\s+)?(?:lie|lies|sit|sits|rest|rests"
    r"|stay|stays|remain|remains|move|moves)\b"
    r"|^(?:during|in) (?:a|each|the|your) (?:\w+ )?(?:session|treatment|visit|appointment),?\s+(?:your|the|our|a)\s+\w+\s+"
    r"(?:places?|uses?|applies|apply|moves?|puts?|asks?|will)\b"
    # "During the adjustment you lie on your back …", "In a typical practice you sit comfortably …"
    r"|^(?:during|in|for) (?:a|each|the|your) (?:\w+ )?(?:session|treatment|visit|appointment|adjustment|practice|class|plunge"
    r"|massage|sitting),?\s+you\s+(?:\w+\s+)?(?:lie|sit|stand|rest|relax|breathe|close|follow|focus|wear|lower|step|keep)\b"
    # "I use fine single-use needles at the wrist …": the practitioner's own account of the procedure
    r"|^I (?:use|place|insert|apply|start|begin|work|tape)\b"
    r"|^the (?:treatment |therapy |consulting )?rooms? (?:is|are) kept (?:warm|quiet|dim|cool)\b(?![^.]*\bwhich\b)"
    r"|^(?:if [^,]{3,80},\s*)?(?:your|the|our) (?:physio\w*|therapist|practitioner|acupuncturist|chiropractor|osteopath)s? will "
    r"(?:explain|discuss|talk you through|go through|ask)\b"
    r"|\b(?:is|are) (?:usually |often |always |typically |normally )?(?:combined|paired) with\b[^.]{0,60}\bas part of\b"
    # "Your physiotherapist feels along the muscle for …": what the practitioner does
    r"|^(?:your|the|our) (?:physio\w*|therapist|practitioner|acupuncturist|chiropractor|osteopath|nurse|doctor|teacher"
    r"|instructor|esthetician|aesthetician)s? (?:will |then |first |gently )?(?:look(?:s)? at|assess(?:es)?|examines?|feels?|places?|uses?"
    r"|applies|moves?|asks?|adjusts? (?:the |each |every |your )?(?:pressure|table|couch|position|treatment|session|plan|programme|exercises?)|tailors?"
    r"|checks?|inserts?|taps?|guides?|talks?|starts?|begins?)\b"
    r"|^you may (?:hear|feel|notice) (?:a )?(?:click|pop|crack)\b|\bwear (?:protective )?goggles\b"
    r"|^(?:every|each|your) (?:\w+ )?(?:treatment|session|plan|programme|program) is (?:planned|tailored|built|designed) (?:around|to)\b(?![^.]*,\s*(?:and|but|so)\s+(?:most|many|our|you|it|they)\b)"
    r"|^(?:it|this|(?:the|a|an|your|our|each|every) (?:[\w-]+ ){0,2}(?:treatment|session|test|assessment|application|appointment|consultation|class)"
    r"|treatment|each session) (?:only |usually |typically )?takes? (?:between )?(?:one|two|three|four|five|six|ten|fifteen|twenty|thirty|forty)(?: (?:and|to) (?:five|ten|fifteen|twenty"
    r"|thirty|forty|sixty))? minutes\b(?![^.]*\band\s+(?:stops?|eases?|reduces?|relieves?|helps?|improves?|calms?|soothes?|prevents?|cuts?|lowers?|boosts?"
    r"|releases?|loosens?|clears?|halves?|settles?|leaves?|melts?|restores?|revives?|brightens?|relaxes?|refreshes?|resets?"
    r"|supports?|protects?|strengthens?)\b)"
    # "Two hours of gentle movement, breathwork and …": an event's programme
    r"|^(?:one|two|three|four|\d+)\s+(?:hours?|minutes?|days?)\s+of\b"
    r"|\byou(?:['\u2019]ll| will) (?:usually |normally |then |first )?(?:have|be offered|be given|get|attend) (?:one|an?|two|three|\d+) "
    r"(?:\w+ )?(?:appointments?|sessions?|visits?|consultations?|classes)\b"
    r"|^(?:every|each|your) (?:\w+ )?(?:plan|programme|program|session|treatment|visit|appointment|course|class) (?:starts|begins) with\b"
    r"(?![^.]*\b(?:that|which|to)\s+(?:\w+\s+)?(?:protect|support|strengthen|loosen|releas|restor|prepar|leav)\w*)"
    r"|^(?:sessions?|treatments?|appointments?) (?:follow|are timed|are planned|are spaced|are booked)\b"
    r"|^(?:treatment|your treatment|sessions?|care) (?:may|will|can|usually|often|typically)? ?(?:include|involve)s?\b"
    # a class size: "Our scoliosis classes are capped at four people", "Each class is small, with no more than eight children"
    r"|\b(?:capped|limited) (?:at|to) (?:\d+|two|three|four|five|six|eight|ten|twelve) (?:people|participants|clients|students|members"
    r"|children|places)\b|\bno more than (?:\d+|two|three|four|five|six|eight|ten|twelve) (?:people|participants|children|students"
    r"|clients) (?:per|in each|in a|in every)?\b"
    # "Our version uses soft silicone cups and glass cups with a hand pump": the equipment, not an effect
    r"|^our (?:version|approach|method|technique|treatment|take) uses\b(?![^.]*\b(?:to|so|which)\b)"
    # "Before your first visit we will ask you to fill in a short health questionnaire"
    r"|^before your first (?:visit|appointment|session|class),? we(?:['\u2019]ll| will)? (?:ask|send|email)\b"
    # a visit's label with its length: "First visit (60 minutes): we talk through your history", "Follow-ups (40 minutes): …"
    r"|^[\w -]{3,30}\(\d+\s*(?:minutes?|mins?)\)\s*:" + _SETUP_OUTCOME +
    # "I usually suggest six to eight sessions, then we review together"
    r"|^" + _SETUP_OUTCOME + r"(?![^.]*\b(?:(?:settl|see|eas|reliev|improv|better|reduc|notic|chang|result|help|feel|lasting)\w*"
    r"|" + _RESPONDS + r"))[^.]*?\b(?:one|two|three|four|five"
    r"|six|seven|eight|ten|twelve)\s*(?:to|or|-|\u2013)\s*(?:two|three|four|five|six|seven|eight|ten|twelve|fifteen|twenty)\s+"
    r"(?:sessions|visits|treatments|appointments)\b"
    # "Some of our osteopaths are also trained in craniosacral therapy": who is trained in what
    r"|^(?:some|all|many|most|two|three) of our (?:[\w-]+ )?(?:osteopaths|therapists|practitioners|physios|physiotherapists|chiropractors"
    r"|acupuncturists|team) (?:are|have been) (?:also )?(?:trained|qualified|certified)\b" + _SETUP_OUTCOME +
    # "We usually finish with some mobility work", "After a full assessment, your physiotherapist will build a plan around
    # your work", "Each treatment combines classic Swedish massage techniques with smooth volcanic basalt stones"
    r"|^we (?:usually |normally |often |then |always )?(?:finish|start|begin|end) (?:with|by)\b(?![^.]*\b(?:to|so|which)\b)" + _SETUP_OUTCOME +
    r"|^(?:after (?:a|your|the) (?:full |thorough |detailed )?(?:assessment|examination|consultation),?\s+)?(?:your|the|our) (?:physio\w*"
    r"|therapist|practitioner|chiropractor|osteopath|acupuncturist) will (?:build|design|create|put together|agree|draw up) (?:a|your)\b"
    + _SETUP_OUTCOME +
    r"|^(?:each|every|our|the|a) (?:[\w-]+ ){0,2}(?:treatment|session|massage|facial|ritual) (?:combines|blends|pairs)\b(?![^.]*\b(?:to|so|which|report\w*|feel\w*|notic\w*|help\w*|eas\w*|improv\w*|reliev\w*)\b)"
    + _SETUP_OUTCOME +
    # "Towels, robes and filtered water are included with every booking."
    r"|\b(?:is|are) included (?:with|in) (?:every|each|your|the|all) (?:booking|session|visit|membership|class|treatment|package)s?\b"
    # "Sessions 4 and 5 need to be booked as soon as you have a transfer date, as same-day slots fill quickly."
    r"|\b(?:needs?|have) to be booked\b|\bslots (?:fill|go|book up)\b"
    # "Treatment usually starts in the same session, and we'll agree a plan for your training before you leave."
    r"|^(?:treatment|your treatment|care) (?:usually |normally |often |typically |can |will )?(?:starts?|begins?) (?:in|on|at|during) "
    r"(?:the|your) (?:same|first) (?:session|visit|appointment)\b"
    r"|^for (?:the )?best results,\s*(?:begin|start|book|come|take|use|plan)\b(?![^.]*\b(?:to|which) (?:cut|reduce|ease|relieve|help|improve)\b)"
    r"|^to (?:remove|apply|store|clean|take off|put on)\b[^,]{0,30},\s*(?:peel|pull|press|wash|rub|place|stretch|cut|keep)\b"
    r"|^there is no need to\b|^treatment (?:usually )?(?:starts|begins) (?:on|with|at)\b|^we work (?:alongside|closely with|with)\b"
    r"|^(?:i|we) (?:place|put|apply|attach|position)\b[^.]{0,60}\b(?:cups?|needles?|stones?|pads?|electrodes?|seeds?|tape)\b" + _SETUP_OUTCOME +
    r"|\bthe (?:practitioner|therapist|acupuncturist) (?:then )?(?:makes|places|applies|inserts|reapplies|removes)\b"
    r"|\b(?:needles|cups|electrodes|pads|stones) (?:are|will be) (?:then )?(?:placed|inserted|left|applied|positioned)\b"
    r"|^(?:during|in) [^,]{3,40}, (?:your|the|our) (?:physio\w*|therapist|practitioner|chiropractor|acupuncturist|osteopath) "
    r"(?:inserts|places|uses|applies|moves|works)\b"
    r"|^(?:your|the|our) (?:practitioner|therapist|physio\w*|chiropractor|osteopath|acupuncturist) will (?:first |then )*(?:assess|examine|check|ask|choose|discuss|start|begin)\b"
    r"|\bwe (?:usually |generally )?recommend (?:a|an initial) (?:course|block|series) of (?:\w+ ){0,2}(?:sessions|treatments|visits)\b"
    # "During MAH we draw about 100 ml of your blood …", "Ozone injections … are given directly into a painful joint"
    r"|^(?:during|in) (?:a |each |the |your )?(?:[\w-]+ ){0,2}?(?:session|treatment|visit|appointment|procedure|[a-z]{2,5}),? we "
    r"(?:draw|place|insert|apply|use|mix|inject|take|remove)\b"
    r"|\b(?:is|are) (?:then )?(?:given|injected|delivered|administered) (?:directly |slowly )?(?:into|through|via)\b"
    # "Dr. Patel takes a full history, checks your balance …"; "Needles go into points on the arms …"
    r"|^(?-i:Dr\.? [A-Z][a-z]+) (?:takes|checks|asks|starts|begins|examines|will (?:take|check|ask|examine|start))\b"
    # (the words before the noun describe it: "You barely feel needles go in, …" is about how it feels)
    r"|^(?:(?-i:[A-Z])[\w -]{2,20}:\s*)?(?:the |tiny |fine |thin )?(?:(?!(?:you|they|we|i|most|many|people|patients|clients|barely|hardly"
    r"|feel|felt|notice|noticed)\b)[\w-]+,? ){0,3}?(?:needles|cups|stones|pads|electrodes|seeds) (?:go|are (?:placed"
    r"|inserted|put|left|applied)|stay|sit)"
    r" (?:in|into|on|along|over|for)\b" + _SETUP_OUTCOME,
    re.IGNORECASE)
# "For a sore knee I'll usually treat the quads, the glutes and sometimes the calf": which muscles get treated, not
# what the treatment does
_TREATS_MUSCLES = re.compile(
    r"^(?:for (?:a |an |the |your )?[\w' -]{3,30}?,?\s+)?(?:I|we)(?:['\u2019]ll| will)? (?:usually |often |normally |typically |mostly "
    r"|generally |also |then )?(?:treat|needle|work on|release) (?:the|your) (?:[\w-]+ ){0,2}(?:quads?|glutes?|calf|calves|hamstrings?"
    r"|muscles?|traps|trapezius|forearms?|masseter|temporalis|piriformis|rotator cuff|adductors|hip flexors)\b(?![^.]*\b(?:to|so|which) )",
    re.IGNORECASE,
)
