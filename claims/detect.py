"""Decide whether a sentence is a health claim, and of which kind (pure functions over text)."""

from __future__ import annotations

import re

from .boilerplate import is_call_to_action
from .cues import (
    _BIO,
    _BODY_STORY,
    _BUSINESS,
    _DOSAGE,
    _HISTORY,
    _LOGISTICS,
    _META,
    _PEOPLE_STAT,
    _POPULARITY,
    _READER_HOOK,
    _RECOVERED,
    _SAFETY_NOTE,
    _STRONG_EFFECT,
    _TREATS_MUSCLES,
    CALM_PLACE,
    FIGURE_SAID,
    VOLUME_OR_SOURCE,
)

__all__ = ["is_claim_sentence", "is_exercise_step", "kind_of", "names_an_effect", "is_lead_in", "is_safety_section", "noun_subject", "specific_health", "volume_or_source", "EFFECT", "HEALTH"]

# "suitable for vegans", "suitable for vegetarians and coeliacs": a diet it fits, no effect and no safety claim (but not
# "suitable for vegans, children over three and women who are pregnant": the rest says who may safely take it)
_DIET = r"(?:vegans|vegetarians|coeliacs|a vegan|a vegetarian|vegan|vegetarian|halal|kosher)(?: diets?)?\b"
_FOR_DIET_ONLY = r"(?! for " + _DIET + r"(?:(?:,\s*|\s+(?:and|or|&)\s+)" + _DIET + r")*(?!\s*(?:,|&|and\b|or\b)))"
EFFECT = re.compile(
    # (not help as what someone looks for: "… put up with the symptoms for years before seeking help")
    r"\b(?:(?<!seeking )(?<!seek )(?<!sought )(?<!getting )(?<!get )(?<!ask for )(?<!asking for )(?<!need )(?<!needing )help(?:s|ed|ing)?|reliev\w*|relief|alleviat\w*|reduc\w*|improv\w*|enhanc\w*|increas\w*|decreas\w*"
    # how soon it works: "Starts working in as little as 20 minutes", "Took about a week to kick in"
    # (a time after it, not a date or a place: "Our new physio starts working in the clinic in March"; a fee or an offer
    # that kicks in is no effect either: _FEE_KICKS_IN)
    r"|starts? (?:to )?work(?:ing)? (?:with)?in (?=(?:as little as |about |around |roughly |just |only |under |less than |over |half an? )?"
    r"(?:(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|thirty|a|an|a few|a couple of|several)\b[^.,;]{0,20}?\b)?"
    r"(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\b)"
    r"|kicks? in\b|to kick in\b"
    r"|promot\w*|boost\w*|treat(?!ments? (?!(?:(?:options?|choices?|approach(?:es)?|methods?|modalit(?:y|ies)|routes?|strateg(?:y|ies)) )?(?:for|of)\b))\w*(?! (?:her|him|them|me|us) (?:once|twice|three times|every|each|weekly|fortnightly|monthly)\b)|cur(?:e|es|ed|ing)|heal(?!th)\w*|prevent\w*|protect\w*|effective\w*|efficacy|benefit\w*"
    r"|works? by|stimulat\w*|(?<!-)activat\w*|(?<=\bre-)activat\w*|releas\w*|trigger(?:s|ed|ing)\b|(?<=can )trigger\b|(?<=may )trigger\b|(?<=might )trigger\b|(?<=could )trigger\b|\b(?:can|may|might|could|will|would)\s+(?:also|even|easily|sometimes|often|still|quickly)\s+trigger\b|caus(?:e|es|ed|ing)|lead(?:s|ing)? to"
    r"|result(?:s|ed)? in|tak(?:e|es|ing) (?:\w+ ){0,3}(?:load|pressure|strain|weight) off"
    # "short walking breaks stop stiffness building up in the lower back"
    r"|stops? (?=(?:the |your |that |any |those )?(?:[\w-]+ )?(?:pain|stiffness|aches?|cramps?|headaches?|swelling|spasms?|flare-?ups?)\b"
    r"(?: (?:from )?(?:building up|getting worse|coming back|spreading|returning))?)|(?:make|makes|made|making) [^.]{0,60}?\b(?:feel|seem) "
    r"(?:(?:much|far|a (?:lot|little|bit)) )?(?:more comfortable|less (?:painful|sore|stiff)|easier)\b|(?:could |can |may |will )?adds? (?:\w+ )?years to"
    r"|(?:is|was) the reason (?:why )?(?:\w+ ){0,4}(?:worked|succeeded|conceived|recovered|got better)|(?:kick|jump)[- ]?start(?:s|ed|ing)?|(?<!\bwe )(?<!\bwe['\u2019]ll )(?<!\bwe will )(?<!\bus to )(?<!\baim to )(?<!\baims to )respond(?:s|ed|ing)? (?:with)?in (?:(?!working\b)[\w\u2013-]+ ){1,4}(?:sessions|treatments|visits|weeks|appointments)\b(?! (?:to|of) (?:your |all |every |any |our |the )?(?:[\w-]+ )?(?:referrals?|messages?|e-?mails?|enquir\w+|inquir\w+|calls?|requests?|bookings?)\b)|respond(?:s|ed|ing)? (?:very |really )?(?:well|better|quickly) to(?! (?:your |all |every |any |our |the )?(?:messages?|e-?mails?|enquir\w+|inquir\w+|calls?|quer\w+|questions?|requests?|bookings?|reviews?|comments?|feedback|dms?)\b)|contribut(?:e|es|ed|ing) to (?:the )?(?:maintenance|normal|reduc\w*|healthy)|safe(?:r|st)?|safety|risks?|side[- ]effects?|adverse|contraindicat\w*|unsuitable|linked to"
    r"|associated with|shown|found(?! (?:\w+ )?(?:in|among|inside|near|on)\b)|demonstrat\w*|proven|evidence(?!-(?:based|informed|led)\b)|lower(?:s|ed|ing)\b|lower(?! (?:back|legs?|limbs?|abdomen|body|spine|tummy|belly|jaw)\b)|rais(?:e|es|ing)|strengthen\w*"
    r"|restor\w*|support(?!ive (?:cushions?|pillows?|bolsters?|mattress\w*|footwear|shoes|seat\w*)\b)\w*(?! (?:up to|a maximum (?:load |weight )?of|weights? (?:of )?up to) \d)|relax\w*|eas(?:e|es|ed|ing)\b(?! of\b)|(?:greater|more|better|improved|new-found) ease of|sooth\w*|fight\w*|combat\w*|speed\w*|accelerat\w*"
    r"|desensiti[sz]\w*|block\w*|inhibit\w*|regulat\w*|balanc\w*|detox\w*|elicit\w*|target(?:s|ing)\b|recover\w*"
    r"|manag\w*|resolv\w*|eliminat\w*|correct\w*|align\w*|limit(?:s|ed|ing)?|affect\w*|better(?![- ]known\b)|faster|fewer|less"
    # "Yoga is one of the best things you can do about it", "… is all it takes to undo years of tech neck"
    r"|one of the (?:best|most effective|single best) (?:things (?:you can do|for)|ways to|tools for|treatments for)"
    r"|undo(?:es|ing)? (?:years|decades|the damage|the effects)\b"
    # "Slow, controlled movements train the small stabilising muscles around your ankles and hips"
    r"|(?:re)?train(?:s|ed|ing)? (?:the |your |their )?(?:[\w-]+ ){0,3}(?:muscles?|tendons?|nervous system|brain|balance|reflexes"
    r"|pelvic floor|core)\b"
    # "every inch your head drifts forward adds roughly 4.5 kg of extra load", "… roughly doubles the load on the neck"
    r"|adds? (?:roughly |about |around |up to |an extra )?[\d.]+ ?(?:kg|kilos?|pounds|lbs) of (?:extra )?(?:load|weight|strain|pressure)\b"
    # (not a product's rating: "The reinforced frame doubles the weight capacity to 250 kg")
    r"|(?:doubles?|triples?) (?:the )?(?:load|strain|pressure|weight|stress)\b(?! (?:capacity|limit|rating|allowance)\b)"
    # "restricted movement in the top three vertebrae can refer pain into the back of the head", "knotted muscles send
    # aching pain up and over the scalp"
    # (not a word's meaning or a form: "sciatica is used to refer to pain down the leg", "send your pain diary to us")
    r"|(?:refer|refers|referred|referring|send|sends|sending) (?:(?!(?:to|your|my|our|their|his|her|its|the|a|an|us|you|me|them|him"
    r"|any|some|all|in|on)\b)[\w-]+ )?pain\b(?! (?:diary|diaries|score|scores|questionnaire|form|chart|log)\b)"
    r"|(?:bring|brings|bringing|brought) on (?=(?:a |an |the |your |their |more )?(?:[\w-]+ )?(?:headaches?|migraines?|attacks?|cramps?"
    r"|flare-?ups?|symptoms?|pain|nausea|labou?r|contractions?|periods?|sleep|a cold|colds)\b)"
    r"|powerful|transform\w*|optimi[sz]\w*|restor\w*|calm(?:\w+|\b" + CALM_PLACE + r")|lift\w*|(?<!\ba )(?<!\bthe )fix\w*|repair\w*|regenerat\w*|rejuvenat\w*|soften\w*"
    r"|(?:delay|postpone|avoid)(?:s|ed|ing)? (?:\w+ )?(?:surgery|an operation|(?:knee|hip) replacement|medication)"
    r"|burn\w*|rebuild\w*|unblock\w*|(?:made|makes|make) (?:all |a real |a big |a huge )?(?:the )?difference\b|(?:is|was) (?:the (?:\w+ )?reason )?why (?:her|his|my|our|their|your)\b|detoxif\w*|slow(?:s|ed|ing)? (?:down )?(?:the )?(?:breakdown|progression|decline|loss|ageing|aging|deterioration)\b|(?<!never )(?<!you )(?<!we )(?<!I )(?<!they )(?<!he )(?<!she )used (?:primarily |mainly )?(?:for|to)|suppress\w*|counteract\w*|fad(?:e|es|ing)|bruis\w*"
    r"|sore\w*|discomfort|tolerat\w*|lift(?:s|ing)?|shorten\w*|fall asleep|(?:falls|falling|fell) asleep (?:in|within|by) (?:(?:about|around|under|less than|just) )?(?:\d+\w*|an? |half|ten|five|fifteen|twenty|thirty|midnight)|reset\w*|weaken\w*|worsen\w*|damag\w*"
    # "Reignite libido and bedroom performance", "Beat the afternoon energy slump without caffeine jitters"
    # "keep you full until lunch"
    r"|(?:keeps?|kept|keeping) (?:you|me|them|us|him|her) (?:feeling )?(?:full|fuller|satisfied|satiated)\b"
    r"|reignit\w*|rekindl\w*|banish\w*|beat(?:s|ing)? (?:the |that |your )?(?:[\w-]+ ){0,3}(?:slump|fatigue|tiredness|bloat\w*"
    r"|cravings|jet lag|stress|pain|cramps?|colds?|blues|fog|crash)\b"
    # "zinc worked nearly as well as the antibiotic minocycline", "it worked wonders" (not "she worked as a nurse")
    r"|worked (?=(?:\w+ )?(?:as well|better|well|wonders|a treat|brilliantly|for (?:me|my|her|his|their|our|us|him|them))\b)"
    r"|irritat\w*|compress\w*|comes? from|due to|(?<!hard )(?<!shoulder )(?<!neck )(?<!hand )(?<!forearm )(?<!body )(?<!foot )(?<!leg )(?<!back )(?<!hip )(?<!knee )(?<!core )(?<!breath )(?<!desk )(?<!shift )(?<!night )(?<!office )works?|absorb\w*|(?<!\ba )(?<!\bthe )quiet\w*|settl\w*|shift\w*|gone|disappear\w*"
    r"|vanish\w*|no longer|suitable" + _FOR_DIET_ONLY + r"|cut(?:s|ting)?|halv\w*|recommended|endorsed|approved|switch\w*|narrow\w*|widen\w*"
    r"|dilat\w*|constrict\w*|drain(?:s|ed)?\b|upset(?:s|ting)?|surges?|spikes?|produc(?!ts?\b)\w*|fill(?:s|ing)?|blunt\w*|smoother|softer|firmer|younger|clearer"
    r"|brighter|stronger|healthier|shallower|smaller|deeper|calmer|happier|thicker|slimmer|leaner|tighter|looser"
    r"|look after|take care of|keeps? \w+ healthy|best results|results (?:for|in)|shows? up as|stopped|pain-free"
    r"|symptom-free|loosen\w*|penetrat\w*|travel\w* (?:deep )?(?:into|through)|reach(?:es|ing)? (?:deep|the|your|injured|damaged)"
    r"|absorb\w*|flush\w*|draws? out|clear(?:s|ed|ing)|clear(?! (?:fluid|liquid|gel|plastic|glass|bottle|jar|case|lid|instructions|explanation|picture|idea|plan|treatment plan)\b)|thin(?:s|ning)? (?:the )?(?:mucus|blood)|wak\w* up"
    r"|sharpen\w*|wring\w* out|aggravat\w*|energi[sz]\w*|revitali[sz]\w*|nourish\w*|hydrat\w*|tone[sd]?|toning|firm(?:s|ing)?(?!-)(?! (?:for me|for my liking|to the touch))|plump\w*"
    r"|shrink\w*|tighten\w*|clos(?:e|es|ing) (?:the )?(?:wound|gap)|recharg\w*|re-?energi[sz]\w*|melts? away|take\w* the edge off"
    r"|(?:see|notice|feel)s? (?:a|any|the) (?:real |big |noticeable |measurable )?(?:difference|change|improvement)"
    r"|(?:seen|see|watched) (?:it|this|them) make a (?:real |big )?difference"
    # "most people end up with an ankle that's as strong and stable as it was before the injury"
    r"|\bas (?:strong|good|flexible|mobile|stable|fit)(?: and (?:strong|stable|flexible|mobile))? as (?:it was|they were|ever|new|before)\b"
    # "the taping alone made walking so much easier", "makes stairs less painful"
    r"|(?:makes?|made|making) (?:[\w-]+ ){1,3}(?:so |much |a lot |far |way |so much )?(?:easier|more comfortable|less painful|bearable)\b"
    r"(?! to (?:swallow|open|use|carry|book|store|clean|read|find|take|mix|pour|apply)\b)"
    r"|(?:enough to|can|will|could) make a (?:real |big |huge )?difference|(?<!booking )(?<!price )makes (?:a |all the |such a )(?:real |big |huge |noticeable |)difference\b(?! to (?:\w+ )?(?:children|people|families|lives|communities))|one of the (?:best|simplest|easiest|most (?:useful|effective|helpful|powerful|valuable)|single most (?:useful|effective|helpful|important)) (?:things|ways|tools|steps) (?:(?:you|we) can (?:do|take|use) )?(?:for|to)\b"
    r"|warm(?:s|ed)? up (?:the |your )?(?:\w+ )?(?:muscles|joints|back|body)|sort(?:s|ed)? out (?:my|your|his|her|the) (?:\w+ )?"
    r"(?:back|neck|shoulders?|knees?|hips?|feet|foot|ankles?|wrists?|elbows?|jaw|spine|posture|pain|sciatica|headaches?|migraines?|sleep)\b"
    r"|(?:stand|sit|walk)\w* (?:\w+ )?taller|mak(?:e|es|ing) (?:[\w-]+ ){1,3}(?:last longer|linger|drag on)"
    r"|leaves? you (?:\w+ )?(?:as |feeling )?(?:refreshed|rested|relaxed|energi[sz]ed|lighter)"
    r"|went from (?:\w+ ){1,8}to (?:just )?(?:one|\d|none|zero|a few|fewer|less)"
    r"|(?:fell|falls?|fallen|dropped|drops?|rose|rises?|risen) (?:from|by) [-\u2212]?\d+"
    r"|return(?:s|ed|ing)? to (?:work|training|sport|running|play|the pitch|the gym|full fitness)\b[^.]{0,30}\b(?:sooner|earlier|faster|quicker)"
    r"|bounce back|feel(?:s|ing)? (?:brand new|better|great|amazing|refreshed|energi[sz]ed|rejuvenated|lighter|younger|like new)"
    r"|(?:is|are) (?:often |usually |frequently |commonly )?(?:behind|the (?:root )?cause of|to blame for|responsible for)"
    r"|leav(?:e|es) (?:\w+ ){0,2}?(?:tension|pain|stiffness|damage|scars?|marks?|restrictions?|toxins)"
    r"|(?:get|gets|develop|develops|experience|experiences|suffer|suffers) (?:\w+ ){0,2}?(?:cramps?|headaches?|nausea|rash\w*"
    r"|bloating|diarrh\w*|dizz\w*|soreness|bruis\w*|pain|insomnia|side effects)"
    r"|gains?|los(?:e|es|ing) (?:\w+ ){0,5}?(?:weight|fat|potency|inches)|burn(?:s|ing)? (?:up to )?\d"
    r"|wonderful for|great for|good for|ideal for|perfect for|beneficial for|essential for|vital for|key to"
    r"|(?:packed|loaded) with|rich in|high in|full of|(?:great |good |rich |natural )?(?:food )?sources? of|gets? rid of|get(?:s|ting)? rid"
    r"|keeps? (?:\w+ ){0,2}at bay|wards? off|neutrali[sz]\w*|kill(?:s|ing)?|destroy\w*|(?:natural |safe |drug-free )?alternative to"
    r"|turns? back the clock|reverse\w*|anti-?aging|anti-?ageing|seal(?:s|ing)?|bind(?:s|ing)?|carr(?:y|ies) (?:\w+ )?out"
    r"|build(?:s|ing)? (?:up )?(?:\w+ )?(?:resilience|muscle|strength|immunity|bone)|without the (?:jitters|crash|side effects)"
    r"|shield\w*|guard\w* against|defend\w*|anti(?:viral|microbial|bacterial|oxidant|-inflammatory)\w*|lock\w* in moisture"
    r"|moisturi[sz]\w*|(?:more )?freely|(?:sleep(?:s|ing)?|slept|rest(?:s|ed|ing)?)(?: \w+){0,2}? (?:more )?soundly|knock(?:ed|s)? (?:my |the |your |it |them |this |that )(?:\w+ )?out\b(?! of\b)|knock(?:ed|s)? out (?:my |the |your |this |that |a |his |her )(?:\w+ )?(?:colds?|flu|bug|virus|infection|headaches?|migraines?|cough|fever)|(?:a )?thing of the past|say goodbye to|personal best|milder|shorter|turn\w* back time|dropp(?:ed|ing)|(?:(?<=level )|(?<=levels )|(?<=pressure )|(?<=pain )|(?<=rate )|(?<=sugar )|(?<=swelling )|(?<=weight )|(?<=temperature )|(?<=cholesterol )|(?<=cortisol )|(?<=risk ))drops?|drops?(?!\s+(?:with|of|contain\w*|are|were|per|under|into|on (?:the|your) tongue)\b)|pump\w*|smooth(?:s|es|ed|ing)?|sharper|more defined|(?:los(?:e|es|t|ing)|shed\w*|down) (?:\w+ ){0,3}?(?:pounds|kilos|kg|lbs|stone)|(?:was|am|is|are|got|get|be|been|were) back (?:on|to|at|in)|(?<!\ba )(?<!\bthe )fix(?:es|ed)?|(?:went|go|goes|gone) down|(?:a )?(?:good|great|safe|excellent) (?:option|choice|alternative) for|benefit more)\b"
    r"|%|\bpercent\b",
    re.IGNORECASE,
)
# a fee or an offer that starts: "Your membership discount kicks in after three months", "Evening rates for massage kick in
# after 6pm" (how soon a treatment works is an effect; when a price applies is not)
_FEE_KICKS_IN = re.compile(r"\b(?:discounts?|rates?|fees?|charges?|prices?|pricing|delivery|shipping|offers?|membership|cover|insurance"
                           r"|excess|refunds?|polic(?:y|ies)|surcharges?|subscriptions?|penalt(?:y|ies)|tax|vat|deals?|bonus(?:es)?"
                           r"|points|rewards?|cashback)\b[^.]{0,50}?\b(?:kicks? in|to kick in)\b", re.IGNORECASE)
HEALTH = re.compile(
    r"\b(?:pain\w*|self-esteem|muscl\w*|inflamm\w*|heal\w*|body|blood|nerv\w*|sleep\w*|stress\w*|tension|mobility|function\w*"
    r"|appetite|cravings?|satiety|hunger|snack(?:ing)? (?:less|way less|much less)"
    # (a cold needs its article: not "my hands got cold on the walk home", "let the tea get cold")
    r"|colds|caught (?:a |any )?(?:single )?colds?|catch cold\b|(?:had|got|gets?|getting|catch(?:es|ing)?|caught|picked up) (?:a |any )(?:proper |bad |heavy |single )?cold\b"
    r"(?! (?:water|shower|plunge|bath|swim\w*|dip|exposure|weather|snap|spell|room|day|morning))|sniffles?|confiden(?:t|ce) on (?:stairs|your feet)|absorption|bioavailab\w*|uter\w*|ovar\w*|fertil\w*|menstrua\w*|ovulat\w*|embryos?|implant(?:ation)?|egg quality|sperm|libido|menopaus\w*"
    r"|joint\w*|tissue\w*|symptom\w*|condition\w*|disease\w*|disorder\w*|health\w*|well-?being|immun\w*|circulat\w*"
    r"|posture|spin\w*|headache\w*|(?:back|tummy|stomach|tooth|ear|belly)?aches?|migraine\w*|injur\w*|recovery|anxiety|mood|skin|heart|cortisol|melatonin|serotonin|dopamine|endorphin\w*"
    r"|fatigue|energy|flexib\w*|range of motion|stiff\w*|swelling|arthritis|brain|hormon\w*|metabol\w*|weight"
    r"|digest\w*|gut|cholesterol|pressure|trigger points?|fascia\w*|tendon\w*|ligament\w*|bone\w*|cells?|wrinkl\w*"
    r"|acne|eczema|depress\w*|relaxation|vitality|toxins?|oxygen|nutrients?|lymph\w*|chronic|patients?|spasm\w*"
    r"|knots?|tight\w*|strain\w*|sprain\w*|cramp\w*|urin\w*|hot flush\w*|hot flash\w*|night sweats|fine lines|(?:her|your|my|menstrual) cycles?|(?<!long )(?<!short )(?<!rest )(?<!brief )(?<!extended )(?<!for )(?<!peak )(?<!busy )(?<!busier )(?<!busiest )(?<!quiet )(?<!holiday )(?<!exam )(?<!school )(?<!trial )(?<!training )(?<!payment )(?<!billing )(?<!notice )periods\b(?! of\b)|pelvic floor|(?:your|deep) core\b|core (?:muscles|strength|stability)|(?:stand|sit|walk)\w* (?:\w+ )?taller|systolic|diastolic|panic (?:attacks?|disorder)|twinges?|numb(?:ness|ed)?\b|tingl\w*|weakness|(?<!be )(?<!come )(?<!coming )(?<!came )(?<!go )(?<!gone )(?<!get )(?<!looking )(?<!looked )(?<!% )(?<!money )(?<!cash )back(?! (?:to|on|home|again|soon|office)\b)(?! of (?:a|the|my|his|her|our|their|your) (?:car|van|hatchback|truck|room|queue|class|shop|cupboard|drawer|book|packet|box|bottle|pack|label|jar|tin|tub)\b)|neck|shoulder\w*|knee\w*|hip\w*|elbow\w*|wrist\w*|heel\w*|ankles?|arthritic"
    r"|foot|feet|stomach(?! sleep\w*)|nausea|diarrh\w*|laxative|dizz\w*|doses?|uncomfortable|discomfort|redness|bruis\w*|mind|anxious"
    r"|mental|memory(?! foam)|focus|(?<=more )focused|(?<=less )focused|(?<=better )focused|digestion|bloating|allerg\w*|asthma|cancer|diabet\w*|infection\w*|lungs?|surgery|ears?"
    r"|eyes?|pregnan\w*|medication\w*|blood-thinning|blood thinners?|cognit\w*|concentrat\w*|ageing|aging|fractures?"
    r"|falls|(?<=\bhas )a fall\b|(?<=\bhave )a fall\b|(?<=\bhad )a fall\b|risk of|antidepressant\w*|drugs?|medicines?|pacemakers?|epilep\w*|seizures?|scars?|pores?|dark spots|(?:hyper)?pigment\w*|blemish\w*|breakouts?"
    r"|complexion|elastin|collagen|wounds?|fractures?|testosterone|fat|vessels?|noradrenaline|adrenaline|alertness"
    r"|triglycerides?|heartbeat|(?<!maintenance )(?<!good )(?<!treatment )(?<!booking )(?<!weekly )rhythm|arrhythmi\w*|(?<!pedal )(?<!paddle )(?<!same )stroke|(?<!brisk )(?<!slow )(?<!long )(?<!firm )(?<!flushing )(?<!gliding )(?<!sweeping )(?<!circular )(?<!gentle )(?<!light )(?<!massage )strokes|heart attacks?|colic\w*|crying|infants?|babies|baby|nails?"
    r"|hair|jaw\w*|teeth|tooth|mouth|gums?|slouch\w*|bladder|bowel|leakage|tired\w*|asleep|sleepy|drowsy|groggy"
    r"|airways?|respirat\w*|breath\w*|mucus|phlegm|congest\w*|sinus\w*|throat|cough\w*|colds|common cold|flu|germs?|bacteri\w*"
    r"|virus\w*|viral|kidneys?|liver|thyroid|mitochondri\w*|atp|follicles?|scalp|rosacea|redness|breakouts?|blemish\w*"
    r"|fine lines|puffiness|dark circles|sagging|glow\w*|radian\w*|hangovers?|jet[- ]?lag(?:ged)?|nutrients?|vitamins?|minerals?|electrolytes?"
    r"|dehydrat\w*|hydration|strength|endurance|stamina|exhaust(?:ion|ed)|live births?|(?:birth|pregnancy|conception) rates?|performance|lean (?:body )?mass|muscle mass|reps|lactic acid"
    r"|soreness|calories|fat|belly|cellulite|libido|menstrua\w*|period pain|cramps|hot flash\w*|menopaus\w*"
    r"|hormon\w*|insulin|glucose|blood sugar|cortisol|serotonin|dopamine|nervous system|vagus|adrenal\w*|skull|cranial"
    r"|cerebrospinal|reflux|colic|(?<=bring up )wind|(?<=trapped )wind|(?<=pass )wind|(?<=passing )wind|latch\w*|feeding|torticollis|fractures?|swelling|edema|oedema|wounds?|recover\w*"
    r"|ailments?|illness\w*|sick\w*|emotion\w*|bloat\w*|slept|pounds|kilos|lbs|swollen|constipat\w*|breech|microbio\w*|indigestion|heartburn|ulcers?|lactose|bodies|cravings?|jawline|crow\W?s feet|neurons?|brain fog|insulin|organs?|attacks?|flare-?ups?|episodes|relapses?|bouts?|personal best|race times?|free radicals|heavy metals|waist\w*|inches|dementia|focus|attention|adhd|autism|memory(?! foam)|brain fog|\w+(?:itis|osis|algia|emia|aemia|pathy))\b",
    re.IGNORECASE,
)
# A customer's quoted words in the first person that report an effect: a testimonial, which is a claim.
_TESTIMONIAL = re.compile(r"^[\"\u201c\u2018'][^\"\u201d]*\b(?:I|my|me|I'm|I've)\b", re.IGNORECASE)
# "it will never make you feel high", "won't get you high or sleepy": intoxication, not "makes high blood pressure easier to
# control" or "gets high marks from cyclists" (the word "high" ends the phrase)
_FEEL_HIGH = (r"(?:(?:make|makes|made|making) (?:you |anyone |people |users |them )?(?:feel )?|(?:get|gets|getting) (?:you |anyone "
              r"|people |users |them )?)high\b(?![-\w])(?=\s*(?:[.,;:!?)\u2014\u2013]|$|(?:or|and|like|unlike|either|at all|in any way)\b))")
_SAFETY = re.compile(
    r"\b(?:safe|safety|safely|risky|carr(?:y|ies) (?:a |some )?risks?|risks? (?:include|are)|no risks?|low[- ]risk"
    r"|side[- ]effects?|adverse|contraindicat\w*|unsuitable|complications?|harm\w*|psychoactive|intoxicat\w*|gentle enough (?:for|to)\b"
    r"|" + _FEEL_HIGH +
    r"|danger\w*|caution|should not|shouldn['\u2019]t|avoid(?:ed)?|not recommended|bruis\w*|soreness|infection|bleeding"
    r"|pneumothorax|well[- ]tolerated|marks on the skin|leaves? (?!(?:\w+ ){0,3}?(?:top|full|high|greasy|sticky|oily|white|dark|brown|acne) marks)(?:\w+ ){0,4}marks\b(?!\s+(?:on|in)\s+(?:your |the |my |their |our )?(?:clothes|clothing|sheets|bedding|fabric|floors?|mats?|walls?|towels?|pillows?|furniture|carpets?|surfaces?|paper|tables?|cars?)\b)|fade within|not suitable|suitable(?= for)" + _FOR_DIET_ONLY + r" for|uncomfortable"
    r"|redness|stomach upset|nausea|diarrh\w*|dizz\w*|dehydrat\w*|thin the blood|allerg\w*|itch\w*|blister\w*|loose stools?|grogg\w*"
    r"|(?:may|can|could|might|will) keep you (?:awake|up at night)"
    # (not what an energy product is for: "can keep you awake and alert on long night shifts")
    r"(?! (?:and|&) (?:alert|focused|sharp|energi[sz]ed)| (?:on|through|during|for) (?:your )?(?:long |late |night |early )*(?:shifts?"
    r"|drives?|exams?|study|studying|revision|meetings?|lectures?|work|journeys?))|botulism|poison(?:ous|ing)|seizures?"
    # "the louder gong passages can make your symptoms worse"
    r"|\b(?:make|makes|made|making) (?:your |the |their |any )?(?:symptoms?|pain|condition|tinnitus|flare-?ups?) (?:\w+ ){0,2}worse\b"
    # "Laser can be safely combined with injections", "can be used alongside hay fever tablets": no interaction
    r"|can (?:safely )?be (?:safely )?(?:used|taken|combined|given) (?:safely )?(?:alongside|together with|with (?:most )?(?:other )?(?:medicines|medication|injections|tablets|drugs))|\b(?:make|makes|making|cause|causes|causing) (?:\w+ ){0,2}drows(?:y|iness)"
    # (not a sleep aid's purpose: "Valerian makes you drowsy, so you fall asleep faster")
    r"(?!,? (?:enough to |so (?:that )?you (?:can |will )?|and ready to |and helps? you )(?:fall asleep|drift off|nod off|sleep))"
    r"|(?:which|this|that|it) is (?:completely |perfectly |totally |quite )?normal"
    # "can be very high in salt", "can carry trace amounts of lead": what a product may bring with it
    r"|(?:very |quite |surprisingly )?high in (?:salt|sodium|sugar|caffeine)|(?:trace amounts|traces) of (?:lead|mercury|arsenic|cadmium)"
    r"|heavy metals|contaminat\w*|drown\w*|cold shock|hypothermi\w*|cardiac arrest|heart attacks?|(?:serious|allergic|severe) reactions?"
    r"|gentle on (?:the |your )?(?:stomach|skin|gut|joints)|(?:higher|increased|greater|raised) risk of|advise(?:d)? against|(?:core|body) temperature\b[^.]{0,30}\b(?:fall\w*|drop\w*|plummet\w*)"
    # "Most women can enjoy postnatal massage from around two weeks after a straightforward birth": when it is safe to start
    # (but not a benefit: "can enjoy better sleep from two weeks into a course", "can have less pain from …")
    r"|can (?:safely )?(?:enjoy|have|start|begin|resume|book|receive) (?!(?:[\w-]+ ){0,3}?(?:better|deeper|less|more|fewer|relief"
    r"|benefits?|results?|improv\w*|lasting|noticeabl\w*|reduc\w*)\b)(?:[\w-]+ ){0,3}from (?:around |about |roughly )?"
    r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a few) (?:days?|weeks?|months?)"
    r" (?:after|post|following|into|postpartum|postnatally|of (?:your )?pregnancy))\b",
    re.IGNORECASE,
)
_HAZARD = re.compile(r"\b(?:can|may|could|will)\b[^.]{0,60}\b(?:kill|drown\w*|burn\w*|faint\w*|collapse|stroke|cardiac arrest"
                     r"|heart attacks?|hypothermi\w*|frostbite|blister\w*|scar\w*|infection|bleed\w*|bruis\w*)\b"
                     # "some people … find that long silent sittings bring up distressing memories"
                     r"|\bbring(?:s|ing)? up (?:\w+ )?(?:distressing|difficult|painful|upsetting|traumatic) (?:memories|feelings|emotions)\b"
                     r"|\b(?:cold shock|hypothermia|afterdrop|frostbite)\b"
                     # "The sudden cold makes you gasp and sends your heart rate and blood pressure up"
                     r"|\bmakes? you (?:gasp|faint|dizzy|light-?headed|hyperventilat\w*)\b|\bsends? your (?:heart rate|blood pressure)\b",
                     re.IGNORECASE)
_COMPARED_STORY = re.compile(r"\b(?:more|less|fewer|calmer|none of us|not (?:a|one) single|no more|no further|without a single)\b",
                             re.IGNORECASE)
# what a claim says about harm, even when it says there is none: "has no side effects", "is painless", "interacts with"
# "We do not manipulate the neck of anyone with severe osteoporosis": who a treatment is withheld from
_WITHHELD = (r"\b(?:we|they|our \w+) (?:do not|don['\u2019]t|never|will not|won['\u2019]t) (?:manipulate|adjust|needle|treat|massage"
             r"|inject|tape|cup|use \w+ on|apply \w+ to)\b(?:\s+\w+){0,5}?\s+(?:(?:anyone|people|patients|clients|children|women)"
             # "We never needle over or near a tumour", "we do not tape over broken skin"
             r" (?:with|who)|(?:over|near|into|around|on)(?: or (?:near|over|around))? (?:a |an |the |any )?(?:[\w-]+ ){0,2}?(?:tumou?rs?"
             r"|fractures?|wounds?|broken skin|infect\w*|varicose veins?|lumps?|rash\w*|implants?|pacemakers?|growths?)\b"
             # "We do not needle the lower back or pelvis during the first trimester of pregnancy"
             r"|during (?:the )?(?:first|early|\w+) (?:trimester|weeks of pregnancy)\b|during pregnancy\b"
             r"|(?:anyone|people|patients|clients|children|women)"
             r" (?:with|who)|an? \w+ (?:that|which) (?:may be|might be|could be|is|has an?)|an? \w+ with an? (?:suspected|known|recent)\b"
             # "We never adjust the neck when a fracture or ligament tear is suspected"
             r"|(?:when|if) (?:a |an |there is an? )?[\w -]{2,40}? (?:is|are|may be) (?:suspected|present|possible|likely)\b)")
_RED_FLAG_ADVICE = re.compile(r"\b(?:go|get|head|come) (?:straight )?to (?:a&e|the emergency department|an emergency department|urgent care)\b"
                              r"|\b(?:call|dial|ring) (?:999|911|112|000|an ambulance)\b"
                              r"|\bseek (?:urgent|immediate|emergency) (?:medical )?(?:help|attention|care)\b"
                              # "If your dog is suddenly lame …, see your vet rather than relying on a supplement"
                              r"|\b(?:see|call|contact|speak to|talk to) (?:your|a) (?:vet|doctor|gp)(?: straight away| promptly| urgently"
                              r"| immediately)?,? rather than\b"
                              # a red flag told in a sentence: "Deep groin pain … can signal a stress fracture, which needs an urgent
                              # X-ray or MRI rather than manipulation", "Hip pain with fever … should always be checked by your GP"
                              r"|\b(?:needs?|requires?|warrants?) (?:an? )?urgent (?:x-ray|scan|mri|assessment|attention|referral|medical|review|investigation)"
                              r"|\bshould (?:always )?be (?:checked|assessed|seen|investigated) by (?:your|a) (?:gp|doctor)\b", re.IGNORECASE)
# "This product is not a replacement for vaccination", "… is not a substitute for the flu vaccine": what it must not stand
# in for, a safety claim
_NOT_INSTEAD_OF_CARE = (r"\bnot (?:a )?(?:replacement|substitute) for (?:[\w,]+ ){0,3}(?:vaccin\w*|immuni[sz]\w*|medication|medicines?"
                        r"|prescribed|veterinary (?:care|advice|treatment)|(?:your |a )?vet\b|(?:a |an )?medical assessment|urgent medical care|medical care(?=\s*[:,;]\s*(?:(?:and|so|but) )?(?:always |please )?(?:if|when|see|seek|call|contact|speak|talk|consult|get|go|ring|dial)\b"
                        r"|\s*[:,;][^.]*\b(?:doctor|GP|A&E|999|111|emergency|urgent)))")
# (a bare "X is not a substitute for medical care." is the page's disclaimer; one that goes on to when to see a doctor
# is advice: "A drip is not a substitute for medical care: if you have chest pain, …")
# who is asked to say so first, and the histories that make a treatment unsafe: "If you're pregnant or have a history of
# blood clots, please let me know before booking"
_TELL_US = (r"(?:let (?:me|us) know|tell (?:me|us|your)|check with|speak (?:to|with)|talk to|ask (?:your|a)|avoid|do not"
            r"|don['\u2019]t)")
_HISTORY_OF = r"history of (?:blood clots|dvt|deep vein thrombosis|thrombosis|epilepsy|seizures|stroke|heart disease)"
_SAFETY_KIND = re.compile(_NOT_INSTEAD_OF_CARE + r"|"
                          r"^(?:very |completely |perfectly |generally |totally )?safe (?:for|to|during|in|with)\b"  # "Safe for long-term daily use."
                          r"|\b(?:no|few|fewer|rare|mild|any) (?:\w+ )?(?:side[- ]effects?|adverse)|\b(?:side[- ]effects?|complications?"
                          r"|adverse (?:events|effects|reactions)) (?:are|were|is) (?:\w+ )?(?:rare|uncommon|unusual|mild|minor)\b|\bpainless|\bnon-?invasive"
                          r"|\b(?:serious|allergic|adverse|severe) reactions?\b"
                          r"|\bno downtime|\bgentle enough (?:for|to)\b"
                          # "Most people take it without any problems": it is tolerated
                          r"|\b(?:take|takes|use|uses|tolerate|tolerates) (?:it|them|this|these)(?: \w+)? without (?:any )?(?:problems|side[- ]effects"
                          r"|ill effects|issues|trouble)\b|\bhabit-forming|\b(?:non-?)?psychoactive\b|\b" + _FEEL_HIGH + r"|\binteract(?:s|ions?)? with (?:\w+ )?(?:medic\w*|drugs?|antidepressants?"
                          r"|blood thinners?|warfarin|sedatives?|ssris?|benzodiazepines?|statins?|contracepti\w+|prescri\w+)|\bblood[- ]thinn\w*|\bpacemakers?|\bliver (?:injury|damage)"
                          # "There is no known interaction between fish oil and methotrexate"
                          # (an interaction between the body's own parts is none: "Probiotics support the interaction between
                          # your gut and your immune system")
                          r"|\bknown (?:drug )?interactions?\b|\bdrug interactions?\b|\binteractions? between\b[^.]{0,60}\band (?:\w+ )?(?:medic\w*"
                          r"|drugs?|antidepressants?|blood thinners?|warfarin|sedatives?|ssris?|statins?|contracepti\w+|prescri\w+|methotrexate"
                          r"|insulin|metformin|levothyroxine|lithium|chemotherapy|pills?|tablets?)\b"
                          # "Mild aching in the arches during the first week is normal as your feet adjust"
                          r"|\b(?:aching|aches?|stiffness|tenderness|redness|tiredness|gas|wind|bloating|bruising|soreness)\b[^.]{0,60}\b(?:is|are) (?:quite )?(?:normal|common|expected|to be expected)\b"
                          # "Not for use by children under 12"; "If you're pregnant or have a history of blood clots, please let
                          # me know before booking": who should not have it, told as a condition
                          r"|^not (?:for use|to be used|intended for use) (?:by|in|on|with|during|under)\b"
                          r"|\bif you(?:['\u2019]re| are) pregnant\b[^.]{0,80}\b" + _TELL_US + r"\b"
                          # (a warning to whoever has the history, not a benefit to them: "Yoga may lower the risk of stroke in
                          # people with a history of heart disease")
                          r"|\b" + _HISTORY_OF + r"\b"
                          r"(?=[^.]{0,80}\b(?:" + _TELL_US + r"|should(?:n['\u2019]t| not)|not (?:be )?(?:suitable|recommended)|consult)\b)"
                          r"|\bif you (?:have|['\u2019]ve had|have had) (?:a )?" + _HISTORY_OF + r"\b"
                          # ("… is an expected reaction", not "Tiredness is a common symptom of iron deficiency")
                          r"|\b(?:aching|stiffness|tenderness|redness|tiredness)\b[^.]{0,40}\b(?:is|are) an? (?:quite )?(?:normal|common|expected)"
                          r" (?:reaction|response|side[- ]effect|after-?effect|part of (?:the )?(?:treatment|healing|process|recovery))\b"
                          r"|\bfree (?:from|of) (?:mercury|heavy metals|contaminants|pcbs|lead|dioxins)\b"
                          r"|\bkidney stones|\bgallstones|\bskin irritation|\bwear down|\bdamage (?:your|healthy|the)\b"
                          r"|" + _WITHHELD,
                          re.IGNORECASE)
_RUN_ON_LABEL = re.compile(r"^[A-Z][a-z]+(?: [a-z]+){0,3} (?=(?:[A-Z][a-z]+ ){1,2}(?:[a-z]+ )?(?:find|say|report|notice|tell|feel)\b)")
_RISK_FIGURE = re.compile(r"\b(?:side[- ]effects?|complications?|adverse (?:events?|effects?|reactions?)|serious reactions?)\b",
                          re.IGNORECASE)
_ENDORSED = re.compile(
    r"\b(?:recommended|endorsed|approved|cleared|trusted|prescribed)\s+by\b|\bguidelines?\b|\b(?:fda|ce)[- ](?:cleared|approved)\b"
    r"|\b(?:doctors?|dermatologists?|physicians?|experts?|chiropractors?|physios?|physiotherapists?|nutritionists?|dietitians?"
    r"|dentists?|midwives|pediatricians?|paediatricians?|cardiologists?|surgeons?)\s+(?:\w+\s+)?(?:recommend|prescribe|endorse"
    r"|swear by|trust|use)\b",
    re.IGNORECASE)
_STUDY_VERB = re.compile(
    r"\b(?:stud(?:y|ies)|research|trials?|reviews?|meta-?\s?analys[ie]s|evidence|scientists|researchers|data"
    r"|(?:consensus|position) statements?)\b"
    r"[^.]{0,80}\b(?:show\w*|found|find|finds|demonstrat\w*|suggest\w*|indicat\w*|prov\w*|confirm\w*|report\w*"
    r"|followed|enrolled|tracked|recruited|compared|randomi[sz]ed|pooled (?:\d+|data|results|the results|(?:[\w-]+ ){0,2}(?:trials|studies))|(?:looked at|analy[sz]ed) (?:(?:more than|over|nearly|almost|around|about|some) )?\d+"
    r"|conclud\w*|reveal\w*|link\w*|support\w*)\b"
    # a consensus or position statement that advises (not "our reviews … our team advises every client on aftercare")
    r"|\b(?:consensus|position) statements?\b[^.]{0,80}\badvis(?:es|ed)\b",
    re.IGNORECASE,
)
# what a page says of harm, whatever its subject: "There are no side effects", "Side effects are rare and mild"
_NO_SIDE_EFFECTS = re.compile(r"^(?:there (?:are|were|is) |it has |with )?(?:no|few|very few|rarely any) (?:known |serious |nasty |real )?"
                              r"side[- ]effects\b"
                              # (not a study that never looked: "No side effects were monitored", "no side effects data were
                              # collected")
                              r"(?!\s+(?:data|information)\b|\s+(?:were|was|are|have been|had been)\s+(?:\w+\s+)?(?:monitored|measured"
                              r"|assessed|tracked|collected|studied|looked (?:at|for)|investigated|examined|checked|evaluated)\b)"
                              r"|\bside[- ]effects (?:are|were) (?:very |extremely )?(?:rare|uncommon|mild|minor)\b",
                              re.IGNORECASE)
_STUDY_LEAD = re.compile(r"^(?:in|according to) (?:(?:a|an|one|another|the|two|several|recent|small|large)\s+(?:[\w-]+\s+){0,3}?"
                         r"(?:study|studies|trial|trials|review|meta-analysis|experiment|survey)"
                         # "In head-to-head studies, 30 mg of saffron a day worked as well as fluoxetine"
                         r"|(?:head-to-head|clinical|controlled|randomi[sz]ed|placebo-controlled|published|human|pooled) (?:[\w-]+\s+){0,2}?"
                         r"(?:studies|trials))\b", re.IGNORECASE)
# a pooled result's size, given as a value: "the effect size was large (Hedges' g = 0.99)", "an odds ratio of 0.6", "a
# moderate effect size" (not the bare term: "We explain what an effect size is", "The review did not report effect sizes")
_EFFECT_SIZE = (r"\b(?:effect sizes?|hedges['\u2019]? g|cohen['\u2019]?s d|odds ratios?|(?:relative|absolute) risk (?:reduction|of)"
                r"|number needed to treat)\b[^.]{0,40}?(?:\d|\b(?:small|moderate|medium|large|modest|trivial|negligible|big|huge"
                r"|substantial)\b)|\b(?:small|moderate|medium|large|modest|trivial|negligible|big|huge|substantial)(?:[- ]to[- ]\w+)?"
                r" (?:pooled |overall )?effect sizes?\b")
_STATISTIC = re.compile(
    r"\d+(?:\.\d+)?\s?(?:%|percent)|\b(?:\d+|one|two|three|four|five|six|seven|eight|nine)\s+(?:out of|in)\s+"
    r"(?:\d+|ten|five|four|three|two|a hundred|100)\b|\b(?:twice|three times|half) as\b|\b(?:\d[\d,.]*\s*(?:million|billion)?|millions"
    r"|thousands)\s+(?:of\s+)?(?:people|patients|adults|americans|children|women|men)\b|\btimes (?:more|less|as)\b"
    r"|\b(?:half|a third|one-third|a quarter|two-thirds|three-quarters) of (?:all )?(?:\w+ )?(?:adults|people|americans|women|men"
    r"|children|patients|us)\b"
    r"|\b(?:one of the )?(?:most common|leading) (?:\w+\s+){0,2}?(?:causes?|reasons?|forms?|types?|conditions?)\b"
    r"|\b(?:is|are) (?:very |most |more |especially |particularly )?common (?:in|among)\b|\baffects? (?:about |nearly |over |up to )?"
    r"(?:\d|one in|half|most)"
    # a pooled result's size: "the effect size was large (Hedges' g = 0.99)", "an odds ratio of 0.6"
    r"|" + _EFFECT_SIZE,
    re.IGNORECASE,
)
_MECH = re.compile(
    r"\b(?:works? by|mechanisms?|stimulat\w*|activat\w*|releas\w*|trigger points?|elicit\w*|response|reflex\w*"
    r"|endorphin\w*|neuro\w*|desensiti[sz]\w*|nerves?|involves?|cytokines?|chemicals?|biochemicals?|hormones?"
    r"|signals?|receptors?|spindles?|twitch|caus(?:e|es|ed|ing)|by (?:increasing|releasing|stimulating|activating"
    r"|promoting|blocking|targeting|inserting)|contraction|blood flow|lymphatic|suction|lift(?:s|ing)?|comes? from|weaken\w*|receptors?"
    # what happens inside the body: cells, vessels, tissue, molecules, and the processes acting on them
    r"|cells?|vessels?|nervous system|enzymes?|collagen|elastin|mitochondri\w*|follicles?|tissues?|fascia\w*|adhesions?"
    r"|fib(?:er|re)s|molecules?|absorb\w*|produc(?:e|es|ing)|constrict\w*|widen\w*|narrow\w*|remodel\w*|turned into"
    r"|switch\w* (?:off|on)|blocks?|mucus|metaboli[sz]\w*)\b",
    re.IGNORECASE,
)
# the body's chemistry and plumbing: "boosts serotonin and lowers cortisol", "pumps synovial fluid through the joint",
# "flushes lactic acid out", "a surge of noradrenaline", "shifts into alpha and theta waves", "nourishes Kidney Yin"
# (how it works, unless the sentence names a condition it eases: "Massage lowers cortisol and eases anxiety" is efficacy)
_BODY_CHEMISTRY = re.compile(
    r"\b(?:serotonin|dopamine|cortisol|(?:nor)?adrenaline|oxytocin|synovial fluid|lactic acid|growth factors?|phosphocreatine"
    r"|gastric emptying|(?:alpha|beta|theta|delta) waves|eustachian tubes?|nitric oxide|qi|yin|yang|meridians?"
    r"|pumps?|flush(?:es|ing)? (?:\w+ ){0,3}out|draws? (?:\w+ ){0,3}(?:out|to the surface))\b",
    re.IGNORECASE,
)
_BENEFIT = re.compile(
    r"\b(?:help\w*|alleviat\w*|reliev\w*|relief|reduc\w*|improv\w*|enhanc\w*|promot\w*|boost\w*|better|eas\w*"
    r"|powerful|benefit\w*|well-?being|vitality|increas\w*)\b",
    re.IGNORECASE,
)
# "… boosts circulation so oxygen reaches tired muscles faster", "… by improving insulin sensitivity": how it works
_CAUSAL = re.compile(r",? so (?:that )?(?:oxygen|blood|fluid|the|your|more|less|it|they)\b|\bby (?:improving|reducing|lowering|raising"
                     r"|increasing|helping|supporting|relaxing|loosening|calming|balancing)\b|, which (?:means|lets|allows|in turn)\b",
                     re.IGNORECASE)
_EFFICACY = re.compile(
    r"\b(?:effective\w*|efficacy|treat\w*|cur(?:e|es|ed)|manag(?:e|es|ing)|works? for|used (?:primarily |mainly )?for)\b",
    re.IGNORECASE,
)
# An assertion embedded in an invitation: "Discover X, a therapy that relieves pain", "Find out how X can ease Y".
_EMBEDDED = re.compile(r"\b(?:that|which|(?:find out|discover|learn|see) how\b[^.]{3,80}?\b(?:can|will|may)"
                       r"|(?:find out|discover|learn|see) how (?:[\w-]+\s+){1,3}?(?=releas|eas|reliev|help|reduc|improv))\s*(?:\w+\s+){0,2}?"
                       r"(?:helps?|reliev\w*|alleviat\w*|reduc\w*|improv\w*|releas\w*|cut(?:s)? down"
                       r"|target\w*|heal\w*|treat\w*|boost\w*|eas\w*)\b", re.IGNORECASE)
# "Do not take X if …", "If you have glaucoma, skip headstands": advice that is a safety claim.
_SAFETY_ADVICE = re.compile(
    r"^(?:please\s+)?(?:do not|don['\u2019]t|never|avoid)\s+(?!wait|miss|delay|hesitate|let|forget|put off|settle)"
    # "Please wait 48 hours after your baby's vaccinations before massaging": how long to hold off
    # (after a jab, a birth or a treatment, not after booking, paying or dispatch: "Please wait 24 hours after booking for your
    # confirmation email", "Please wait two weeks after your first baby massage class before booking the next block")
    r"|^(?:please\s+)?wait (?:at least |for |until )?(?:\d+|a few|one|two|three|four|six|a|an) (?:full )?(?:hours?|days?|weeks?|months?)\b"
    r"[^.]{0,60}?\b(?:after|following) (?:your |the |a |an |his |her |their |my |giving |having )?(?:(?:baby|child|little one)['\u2019]s "
    r"|last |first |next |latest |recent |most recent )?(?:[\w-]+ )?(?:vaccinations?|vaccines?|jabs?|immuni[sz]ations?|injections?|birth"
    r"|labou?r|c-?sections?|caesareans?|surgery|operations?|procedures?|treatments?|sessions?|massages?|needling|acupuncture|cupping"
    r"|adjustments?|manipulations?|eating|meals?|feeds?|feeding|drinking|alcohol|fractures?|injur(?:y|ies)|concussions?|chemo\w*"
    r"|radiotherapy|botox|fillers?|peels?|waxing|tattoos?|sunburn|exercise|workouts?|illness|fevers?)\b"
    r"(?! (?:class|classes|course|booking|voucher|order|appointment|block|package)s?\b)"
    r"|^(?:skip|stop)\b(?!\s+(?:by|in|off|at|round|over)\b)[^.]*\b(?:if|when|while|during|unless|with|before)\b"
    r"|^if (?:you|your)\b[^,]*\b(?:have|are|take|on|suffer|had)\b[^,]*,\s*(?:do not|don['\u2019]t|never|avoid|skip|stop"
    r"|consult|check with|talk to|ask)\b"
    # "For short-term use only: if sleep problems continue for more than 4 weeks, speak to your GP"
    r"|(?:^|:\s*)if\b[^,]{0,80}\b(?:continue|continues|persist|persists|last|lasts|get worse|gets worse|worsen|worsens)\b[^,]*,\s*"
    r"(?:please\s+)?(?:see|speak to|talk to|consult|contact|check with|stop)\b"
    # "Please see a podiatrist or your GP before booking if you have numbness or tingling in your foot"
    r"|^(?:please )?(?:see|speak to|talk to|consult|contact|check with) (?:a |an |your )?(?:\w+ )?(?:doctor|vet|veterinarian|gp|physician|podiatrist"
    r"|midwife|pharmacist|physio\w*|dentist|specialist)\b(?: or (?:a |an |your )?(?:\w+ )?(?:doctor|vet|veterinarian|gp|physician|podiatrist|midwife"
    r"|pharmacist|dentist|specialist))?\s+(?:first\s+)?(?:before (?:booking|you book|starting|you start|trying)\s+)?if you (?:have|are|take|notice|get)\b"
    # "Cherries contain salicylate-like compounds, so check with your pharmacist before taking it alongside warfarin"
    # (also "so always check with …", "so it's best to check with …"; not "so ask your GP for a referral before you book")
    r"|,\s*so\s+(?:(?:please|always|do|first|it['\u2019]s (?:best|wise|worth|important) to|you should|make sure you)\s+)*"
    r"(?:check with|talk to|speak to|speak with|ask|consult)\s+(?:your|a)\s+(?:doctor|vet|veterinarian|gp|pharmacist|midwife|physician)\b"
    r"(?!\s+(?:for|about) (?:an? )?(?:referral|appointment|letter|prescription form)\b)[^.]*\bbefore\b"
    r"|\b(?:should|must)\s+(?:first\s+)?(?:consult|talk to|check with|ask|see|speak to)\s+(?:a|their|your)\s+"
    r"(?:doctor|vet|veterinarian|physician|gp|healthcare|pharmacist|midwife)"
    r"|^if (?:you|your)\b(?![^.]*\b(?:referr?(?:al|ed)|would (?:like|prefer)|prefer to)\b)[^.]*\b(?:doctor|vet|veterinarian|physician|gp|cardiologist|midwife|pharmacist|specialist|healthcare provider"
    r"|rheumatologist|oncologist|consultant|obstetrician|dentist)\b"
    r"|,\s*so (?:always )?(?:check|read) the (?:label|ingredients)\b"
    r"|^(?:please\s+)?(?:seek (?:medical |professional |expert )?advice|(?:get|take) (?:medical|professional) advice)\b[^.]*\b(?:if|before)\b"
    r"|^(?:call|dial|ring) (?:999|911|112|000|an ambulance)\b"
    r"|^(?:please\s+)?(?:let us know|tell us|inform us|let (?:your|the) \w+ know)\b[^.]*\bif you(?:['\u2019]re| are| have| take)\b"
    r"|^(?:please\s+)?(?:tell|inform|check with|consult|ask|talk to|speak to|speak with|talk with)\s+(?:your|a)\s+(?:\w+\s+){0,2}?(?:doctor|vet|veterinarian|practitioner|physician|cardiologist|specialist|pediatrician|paediatrician|obstetrician|nurse"
    r"|pharmacist|therapist|acupuncturist|chiropractor|provider|gp|physio\w*|midwife|dentist)\b[^.]*\b(?:if|before|when|first)\b",
    re.IGNORECASE,
)
# "Plantar fasciitis is irritation of …": a definition of a condition or term, not a claim.
_DEFINITION = re.compile(
    r"^[A-Z][\w\s'\-]{2,40}?\s+(?:is|are|refers to|describes|means)\s+(?:a|an|the)?\s*(?:\w+\s+){0,3}?"
    r"(?:condition|irritation|inflammation|disorder|disease|syndrome|term|band|mineral|compound|vitamin|type|form"
    r"|practice|technique|method|injury|problem|(?:pain|ache) (?:that|which|felt|in)|name for|network|protein|fluid|molecule|enzyme)\b"
)
# "X is a form of …", "X uses …": a definition unless an effect follows.
_DEFINES = re.compile(
    # (not a second verb after a claim: "This pose gently calms the nervous system and is a lovely way to wind down",
    # "… and it is a lovely way …", "… and also is …")
    r"^(?:[A-Z][^,.;:()]{1,60}?|[A-Z][^,.;:]{1,60}?\([^)]{1,12}\))(?<! and)(?<! but)(?<! and it)(?<! and also)(?<! and really)"
    r"(?<! and so)(?<! and this)\s+(?:is|are)\s+(?:a|an)\s+"
    r"|^[A-Z][^,.;:]{1,60}?\s+(?:uses|involves|consists of|combines|refers to|means|(?:is|are) (?:made|produced|derived|extracted) (?:by|from)"
    r"|(?:is|are) based on"
    r"|(?:is|are) (?:often |widely |commonly )?(?:known|described|classed|classified) as an? (?=[\w-]+\.?$)"  # "… is known as an adaptogen."
    r"|(?:is|are) what you get when)\b"
    r"|^(?:both|all|these) (?:\w+ )?(?:treatments|therapies|techniques|methods) use\b"
    r"|^(?:[Ii]t|[Tt]hey)(?:['\u2019]s|['\u2019]re) (?:often |widely |commonly )?(?:known|described|classed|classified) as an? (?=[\w-]+\.?$)"
    r"|^(?:sometimes |also |often )?(?:called|known as) [^,]{2,60},\s*(?:the treatment|it|this|the therapy)\s+(?:uses|involves)\b"
    r"|^[A-Z][^.;:]{1,40}?, (?:sometimes |also |often )?(?:called|known as) [^,]{2,40}, (?:is|are) (?:a|an)\s+"
)
_ANATOMY_DEF = re.compile(r"^(?:the |your )?[\w -]{3,30} (?:is|are) (?:a|an|the) (?:[\w,-]+ ){0,3}(?:band|sheet|tissue|ligament|tendon"
                      r"|muscle|bone|joint|nerve|gland|membrane)s? (?:that|which) (?:runs|connects|sits|lies|attaches|stretches"
                      r"|wraps|covers|links)\b", re.IGNORECASE)
_BODY_CHEMICAL = re.compile(r"^[A-Z][\w -]{2,30} (?:is|are) (?:a|an|the) (?:\w+ )?(?:hormones?|neurotransmitters?|chemical messengers?)"
                            r" (?:that |which )?(?:your|the) (?:body|brain|gut|skin|pineal gland)\b")
# "Colostrum is the thick, yellowish milk a cow produces in the first few days …", "Propolis is the resin bees make":
# what the product is and where it comes from
_MADE_BY = re.compile(r"^[A-Z][\w -]{2,30} (?:is|are) (?:a|an|the) (?:[\w,'-]+ ){0,4}(?:milk|liquid|fluid|substance|secretion|resin"
                      r"|sap|nectar|pigment|compound|powder|paste|jelly|wax) (?:that |which )?(?:a |an |the )?(?:[\w-]+ ){0,2}?"
                      r"(?:cows?|bees|plants?|trees?|mothers?|goats?|animals?|insects?|flowers?) (?:\w+ )?(?:produces?|makes?|secretes?"
                      r"|collects?|gathers?|yields?)\b")
# a caveat about a study's design ("That trial was fairly small, the women knew whether they were receiving
# reflexology, …", "Neither study was a long-term trial in people with gout, so …"): about the research, not a claim
# what the studies found, after their caveat: "… small and mixed, and none has shown a reliable improvement", "… small, and they
# report a 30% drop in pain scores", "It was one study of 400 women, and acupuncture cut hot flushes by half"
_CAVEAT_FINDING = (r"[^.]*\b(?:none|found|finds|show(?:s|ed|n)?|suggest(?:s|ed)?|report(?:s|ed)?|point(?:s|ed)? to|but|yet|cut|halved"
                   r"|reduc\w*|improv\w*|eased|recovered|dropped|fell|had (?:less|fewer|lower|higher|more|better))\b")
_STUDY_CAVEAT = re.compile(r"^(?:but |however,? |still,? )?(?:that|this|the|our|these|those|both|each) (?:[\w-]+ ){0,2}?(?:trials?|stud(?:y|ies)"
                           r"|reviews?) (?:was|were|is|are) (?:fairly |very |quite |rather |only |relatively |also )?(?:small|short|tiny|brief"
                           r"|not (?:blinded|placebo-controlled|randomi[sz]ed|a (?:long-term|large|randomi[sz]ed|blinded)))\b"
                           r"|^(?:but |however,? )?neither (?:study|trial|review) (?:was|were|had|used|lasted|included)\b"
                           # "It was a tiny group, but the results were impressive"
                           r"|^(?:but |however,? )?it was (?:a|an|only a|just a) (?:very |fairly |rather )?(?:tiny|small|short|little|pilot)"
                           r" (?:group|study|trial|sample|pilot)\b"
                           # "Most turmeric trials are small, short and often funded by supplement companies"
                           r"|^(?:but |however,? )?(?:most|many|some|the) (?:[\w-]+ )?(?:trials|studies) (?:(?:on|of|into|in) [^.]{3,40}? )?"
                           r"(?:so far )?(?:are|were|have been) (?:small|short"
                           r"|tiny|low[- ]quality|poorly designed|industry[- ]funded)\b"
                           # (not one that goes on to what they found: "… small and mixed, and none has shown a reliable improvement")
                           r"(?!" + _CAVEAT_FINDING + r")"
                           # "Much of what we hear about cramps and sleep comes from our customers rather than from clinical trials"
                           r"|^[^.]{0,80}\bcomes? from (?:our )?(?:customers|clients|users|anecdote\w*)\b[^.]{0,20}\brather than (?:from )?"
                           r"(?:clinical |controlled |large |proper )?(?:trials|studies|research)\b"
                           # "That's encouraging, but it was one small study with no comparison group"
                           r"|^[^.]{0,40}\b(?:but|though|however),? (?:it|this|that) was (?:only )?(?:one |a )?(?:very )?(?:small|tiny|short"
                           r"|single|pilot|uncontrolled)\b[^.]{0,30}\b(?:study|trial)\b"
                           # "It was a small study without a sham treatment, so …", "We want to be upfront: that was a small study"
                           # "It was one trial, and a fairly small one, so I treat it as encouraging rather than settled"
                           r"|^(?:it|this|that) was (?:only |just )?(?:one|a single) (?:small )?(?:trial|study)\b(?!" + _CAVEAT_FINDING + r")"
                           r"|^(?:[^.:]{0,60}:\s*)?(?:it|this|that) was (?:only )?(?:one |a )?(?:very )?(?:small|tiny|short|single|pilot"
                           r"|uncontrolled|observational|open-label)\b[^.]{0,30}\b(?:study|trial)\b"
                           # (not when the sentence goes on to its finding: "It was a small study, but acupuncture halved …")
                           r"(?![^.]*\b(?:but|yet|nonetheless|nevertheless)\b)"
                           # "Research on craniosacral therapy for jaw problems is still limited", "the evidence is thin"
                           # ("We want to be upfront: research into visceral manipulation is limited", "The evidence for taping is
                           # promising but mixed", "Baby massage has been studied a fair amount, but the evidence is patchy")
                           r"|^(?:[^.:]{0,60}:\s*)?(?:(?P<pre>[^.]{0,60}\b(?:but|though|although)),?\s+)?(?:however,? )?(?:the )?(?:research|evidence|data)"
                           r"(?: (?:on|for|behind|about|into|in) [^.]{3,60}?)? (?:is|are|remains?) "
                           r"(?:still )?(?:(?:promising|encouraging|growing|interesting),? but )?(?:limited|thin|sparse|scarce|mixed|weak|patchy"
                           r"|in its infancy|early)\b(?![^.]*(?::|\b(?:found|finds|showed|shows|suggests?|suggested)\b))"
                           # "However, the reviewers pointed out that most of the studies were small and at high risk of bias"
                           r"|^(?:but |however,? )?(?:the )?(?:reviewers|researchers|authors) (?:pointed out|noted|cautioned|warned|stressed)"
                           r" that (?:most|many|some|all|several) (?:of )?(?:the )?(?:studies|trials) (?:were|are) (?:small|short|low|poor"
                           r"|at (?:a )?high risk)\b"
                           # "In other words, the cramp link is not settled, and the study was observational, so it cannot prove …"
                           r"|^[^.]{0,80}\bthe (?:study|trial) was (?:observational|small|uncontrolled|not (?:blinded|randomi[sz]ed))\b"
                           r"[^.]{0,40}\bcannot prove\b",
                           re.IGNORECASE)
# a promise or reason after an instruction: "… every day and it prevents flu", "Get up every 30 minutes: a two-minute walk
# … helps stop afternoon aches"
_AND_THEN_EFFECT = re.compile(r"\band (?:it|they|this|you['\u2019]ll|you will|your \w+ (?:will|should))\b|:\s+(?=[a-z])", re.IGNORECASE)
# (a dose, not a business's limit: "We don't have more than 6 people in a class", "We never give more than two
# appointments a week")
_ACHES = re.compile(r"\b(?:aches?|aching|pains?|stiff\w*|sore\w*|tired\w*|fatigue|energy)\b", re.IGNORECASE)
# ("The Food Standards Agency advises healthy adults not to take more than 10mg of CBD a day …")
_DOSE_LIMIT = re.compile(r"(?<!\bwe )(?<!\bclasses )(?<!\bsessions )\b(?:should not|shouldn['\u2019]t|must not|never|do not|don['\u2019]t|not to)"
                         r" (?:take|have|use|exceed|give|be given)\b[^.]{0,30}\b(?:more than|over|above|beyond)\s+(?:\d[\d,.]*(?![\d,.])|(?:one|two|three"
                         r"|four|five|six)\b)(?!\s+(?:[\w-]+\s+)?(?:people|clients|patients|participants|members|students|children|guests|visitors"
                         r"|places|appointments?|sessions?|classes|bookings?|treatments? (?:a|per) (?:week|month))\b)"
                         # "Taking more than 100 micrograms (4,000 IU) a day for long periods could be harmful": a limit told by its harm
                         # (also "Regularly taking more than …", "Having more than 400mg of caffeine a day …", "More than 100
                         # micrograms a day …")
                         r"|^(?:(?:regularly|routinely|consistently|long-term|over time),? )?(?:(?:taking|having|using|giving) (?:more than|over|above)"
                         r"\s+\d[\d,.]*|(?:more than|over|above)\s+\d[\d,.]*\s*(?:mg|mcg|\u00b5g|g|iu|micrograms?|milligrams?|grams?|units?"
                         r"|capsules?|tablets?|cups?)\b)[^.]{0,80}\b(?:harmful|dangerous|toxic|unsafe"
                         r"|side[- ]effects?|damage\w*|overdose)\b"
                         # "The upper limit for magnesium from supplements is 350 mg a day for adults"
                         r"|\bupper (?:safe )?limit\b[^.]{0,60}?\b\d[\d,.]*\s*(?:mg|mcg|\u00b5g|g|iu|micrograms?|milligrams?)\b"
                         # "In pregnancy, keep to 1 g a day or less", "no more than 4 g a day": an upper limit in an amount
                         r"|\b(?:keep (?:it |your intake |intake |(?:their|your|the) (?:total |daily )?"
                         r"(?:(?!(?:sugars?|salt|fats?|sodium|calories|kcal)\b)[\w-]+ ){1,2}?(?:intake )?(?:from all sources )?)?"
                         r"(?:to|below|under)|no more than|not more than|a maximum of)\s+\d[\d,.]*\s*"
                         r"(?:mg|mcg|\u00b5g|g|iu|ml|grams?|milligrams?)\b(?![^.]*\b(?:sugars?|salt|fats?|sodium|kcal|calories)\b)"
                         # (a daily limit, not a content or a recipe: "contains no more than 2 mg of caffeine per cup",
                         # "Pour no more than 200 ml of boiled water")
                         r"(?=[^.]{0,40}?\b(?:(?:a|per|each|every) (?:day|week)|daily|in (?:24 hours|total)|or less|from all sources)\b)",
                         re.IGNORECASE)
def _quoted_question(text: str) -> bool:
    """Whether the sentence is a question inside quotation marks ('Could it be my vitamin D?"'), not a sentence that ends on
    a quoted one ('A 2019 review found acupuncture cut migraine days by a third ("Does acupuncture prevent migraine?")')."""
    inner = text.rstrip("\"'\u201d\u2019) ")
    if inner == text or not inner.endswith("?"):
        return False
    openers = list(re.finditer(r"\S\s*[(\u201c\u2018]|\S\s+[\"']|[:,\u2014\u2013]\s*[\"']", inner))
    if not openers:
        return True
    # (what someone asked is still a question: 'She asked, "Could it be my vitamin D?"', '… it is still the question I get
    # asked most at the front desk: "Will acupuncture fix my knee?"')
    prefix = inner[: openers[-1].start() + 1]
    return bool(re.search(r"\b(?:ask\w*|wonder\w*|questions?|quer(?:y|ies))\b", prefix, re.IGNORECASE)
                or (len(prefix.split()) <= 5 and re.search(r"\b(?:said|says?|told|tells?|wr[io]tes?)\b", prefix, re.IGNORECASE)))


def _amount_limit(text: str) -> bool:
    """An upper limit on an amount ("Don't take more than 4 g a day", "keep to 1 g a day or less"): safety advice."""
    return bool(_DOSE_LIMIT.search(text) and _AMOUNT.search(text))


# a turn after a study caveat to what the study found: "…, but it found that …", "…, yet each found reflexology cut …"
_CAVEAT_TURN = re.compile(r",?\s+(?:but|yet|though|although|even so|nonetheless|still)\b", re.IGNORECASE)
_FOUND = re.compile(r"\b(?:found|finds?|show(?:s|ed|n)?|report(?:s|ed)?|suggest(?:s|ed)?|demonstrat\w*|saw|recorded|noted)\b", re.IGNORECASE)


# what may happen, said as such: "sudden loud sounds can occasionally trigger seizures", "the heat may cause dizziness"
_MAY_HAPPEN = re.compile(r"\b(?:can|may|could|might|will|sometimes|occasionally|often)\s+(?:[\w-]+\s+){0,3}?$", re.IGNORECASE)
# the safety words a call to action asks about without saying anything happens ("questions about safety", "check it is safe
# for you", "concerns about side effects")
_SAFETY_TOPIC = re.compile(r"safe\w*|(?:not )?suitab\w*|unsuitable|side[- ]effects?|risks?|caution|(?:which|this|that|it) is [\w ]*normal",
                          re.IGNORECASE)


def _states_a_harm(text: str) -> bool:
    """Whether a safety note names a harm that may happen ("…, because sudden loud sounds can occasionally trigger
    seizures"), not only the safety it asks about ("If you have any questions about safety, please contact us", "… so we
    can check it is safe")."""
    return any(not _SAFETY_TOPIC.fullmatch(m.group(0)) and _MAY_HAPPEN.search(text[max(0, m.start() - 60) : m.start()])
               for m in _SAFETY.finditer(text))


def volume_or_source(text: str) -> bool:
    """How many a practice has treated ("400+ gut patients treated since 2016") or a stats box's source note ("Figures
    from our 2023 patient feedback survey (118 responses)."), not a note that goes on to what the survey found ("Based on
    feedback from 200 clients, most slept better within a week")."""
    m = VOLUME_OR_SOURCE.match(text)
    if m is None:
        return False
    if m.group("source") is None:
        return True
    if re.compile(r"\b(?:show(?:s|ed|n)?|found|finds?|suggest(?:s|ed)?|demonstrat\w*|indicat\w*)\b", re.IGNORECASE).search(
            text, m.end("source")):
        return False  # "Data from our clinic records show most patients improve"
    # (the finding is a clause of its own after the note, "…: 80% of patients improved"; not "Based on a survey of 212
    # customers who took Gut Restore daily")
    turn = re.compile(r"[,:;]\s+").search(text, m.end("source"))
    return turn is None or not (names_an_effect(text, turn.end()) or _STRONG_EFFECT.search(text, turn.end())
                                or _RECOVERED.search(text, turn.end()))


def _caveat_then_finding(text: str, at: int) -> bool:
    """Whether a study caveat turns to what the study found ("That trial was small, but it found …")."""
    turn = _CAVEAT_TURN.search(text, at)
    if turn is None:
        return False
    # (or what it is not: "Research on mood is still mixed, though, and vitamin D is not a treatment for depression")
    return bool(_FOUND.search(text, turn.end()) or _STRONG_EFFECT.search(text, turn.end()) or _STATISTIC.search(text, turn.end())
                or _NOT_A_TREATMENT.search(text, turn.end())
                # ("It was a small study, but acupuncture halved migraine days")
                or (names_an_effect(text, turn.end()) and bool(HEALTH.search(text, turn.end()))))


# (also "isn't a treatment for", "is no substitute for")
_NOT_A_TREATMENT = re.compile(r"\b(?:(?:is|are)\s+(?:not|no)|isn['\u2019]t|aren['\u2019]t)\s+(?:a\s+)?(?:treatment|cure|substitute|replacement)\s+for\b",
                              re.IGNORECASE)


def _finding_beside_caveat(text: str, caveat: re.Match[str]) -> bool:
    """Whether a word on thin evidence stands beside a finding of its own: before its "but" ("Magnesium reduced cramps in
    one small trial, but the evidence is limited") or, when the caveat leads with "although", in the clause it leads into
    ("Although the evidence is limited, many patients find acupuncture eases their period pain")."""
    pre = caveat.groupdict().get("pre")
    if pre is None:
        return False
    lead = re.sub(r"\b(?:but|though|although)$", "", pre, flags=re.IGNORECASE).strip(" ,;:-\u2013\u2014")
    part = lead if lead else text[caveat.end() :]
    return bool(_STRONG_EFFECT.search(part) or _STATISTIC.search(part) or (lead == "" and _FOUND.search(part))
                or (names_an_effect(part) and HEALTH.search(part)))


# (and who it is not for: "ClearSight is not recommended for children under 12", "Not suitable for under-3s", "Not
# recommended for use in children under 12")
_SAFE_FOR_PEOPLE = re.compile(r"\b(?:safe|suitable|(?<=not )(?:recommended|advised)) (?:for(?: use (?:in|by))?|during) (?:users|people"
                              r"|everyone|anyone|all ages"
                              r"|(?:users|people|adults|children) of all ages|children|kids|babies|infants|newborns|pregnan\w+|the elderly"
                              r"|older (?:adults|people)|under[- ]?\d+s?\b)\b", re.IGNORECASE)
_CONDITION_DEF = re.compile(r"^[\w' -]{3,40}? (?:rarely|seldom|often|usually|may not|does not|doesn['\u2019]t) (?:causes?|produces?|gives?)"
                            r" (?:any |obvious |noticeable |early )?(?:symptoms|warning signs)\b"  # "High blood pressure rarely causes symptoms"
                            r"|^[^,.;:]{1,60}?\s+(?:is|are)\s+(?:a|an)\s+(?:[\w-]+\s+){0,3}(?:condition|disorder|disease|syndrome"
                            r"|illness|infection|allergic reaction)s?(?![\w-])"
                            # "Cellulite forms where fat cells push up against the bands of connective tissue"
                            # (not when the sentence turns to a treatment: "…, and our treatment smooths it in four sessions")
                            r"|^[\w' -]{3,30}? (?:forms|develops|happens|occurs) (?:when|where|because)\b(?![^.]*[,;]\s*(?:and|but|so|which)\b)",
                            re.IGNORECASE)
# "Travellers' diarrhoea is usually caused by bacteria in food or water": the condition's cause (but not a side effect
# explained: "The circular marks are usually caused by blood drawn to the surface and fade within a week")
_CAUSED_BY = re.compile(r"^[\w' -]{3,40}? (?:is|are) (?:usually |often |mostly |most often |typically )caused by\b", re.IGNORECASE)
# "Patellofemoral pain … is the complaint I hear about most often in our running clinic" (but not "…, and it responds
# really well to treatment" or "…, and nine in ten are pain-free within six sessions": what follows is judged)
_COMPLAINT_WE_SEE = re.compile(r"^[^.;:]{1,80}?\s+(?:is|are)\s+(?:the|one of the)\s+(?:(?:most|more)\s+)?(?:common\s+|frequent\s+)?"
                               r"(?:complaints?|problems?|injur(?:y|ies)|conditions?|reasons? people \w+)\s+(?:that\s+)?(?:I|we)\s+"
                               r"(?:\w+\s+)?(?:see|hear|get|meet)\b", re.IGNORECASE)
# who gets it: "It is most common in women after the menopause, but men get it too." (not a reaction to a session:
# "Mild headaches are common after the first session")
_WHO_GETS_IT = re.compile(r"^(?![^.]*\b(?:side[- ]effects?|reactions?|bruis\w*|sore\w*|bleed\w*)\b)"
                          r"(?![^.]*\bafter (?:the|your|a|an|each|every|their|treatment|manipulation|needling|massage)\b"
                          r"(?! menopause\b)(?:[^.]{0,30}\b(?:session|treatment|visit|appointment|adjustment|manipulation|massage|class"
                          r"|needling|injection)s?\b)?)"
                          r"(?:(?:it|this|they|[\w-]+(?: [\w-]+)?) (?:is|are)|it['\u2019]s|they['\u2019]re)"
                          r" (?:most |more |far more |much more |twice as |especially )?(?:common|prevalent)(?: in| among| after| over)\b",
                          re.IGNORECASE)
_EVIDENCE = re.compile(
    r"\bthere (?:is|are) (?:no|little|limited|some|good|strong|growing|solid|mixed|insufficient|weak)\s+"
    r"(?:good\s+|strong\s+|scientific\s+|clinical\s+|high-quality\s+|reliable\s+)?(?:evidence|data|research|proof"
    r"|studies)\b|\bno (?:good |scientific |clinical |reliable )?(?:evidence|proof)\b"
    r"|\bevidence (?:for|that|on)\b[^.]{0,60}\b(?:is|was|remains|looks) (?:weak|limited|mixed|strong|poor|lacking|thin)\b"
    r"|\b(?:more|larger|further|better|bigger|longer)\s+(?:[\w-]+\s+)?(?:research|studies|trials|evidence|data)"
    r"\s+(?:is|are)\s+(?:still\s+)?(?:needed|required)\b|\b(?:works?|worked) best\b"
    r"|\bis the (?:best|most effective) (?:treatment|option|way|approach|therapy)\b"
    r"|\b(?:effect|effects|benefit|benefits|improvement|reduction|results?|gains?)(?:,\s*\w+,)?\s+(?:is|are|was|were|seem|seems"
    r"|appear|appears)\s+(?:\w+\s+)?(?:modest|small|large|significant|minimal|limited|dramatic|impressive|tiny|marginal"
    r"|negligible|real|clear)\b",
    re.IGNORECASE,
)
# "Static quads — Sit on the bed …", "Chin tucks – Gently draw your chin back": an exercise's name, then an instruction
# ("gently"/"slowly" only before one: "Massage – gently relieves tension" says what massage does)
_EXERCISE_NAME = (r"^[A-Z][\w' -]{1,30}?\s[\u2014\u2013-]\s+(?:(?:gently|slowly)\s+(?!\w+es\b|\w*[^s\W]s\b)[a-z]+\b"
                  r"|(?:sit|stand|lie|lying|place|hold|lift|tighten"
                  r"|start|rise|bend|slide|put|keep|squeeze|turn|draw|tuck|roll|rotate|look|raise|lower|press|pull|push|reach|step)\b)")
# a clause of its own after an instruction: "Stir it into warm water and a sore throat eases within hours", "Bake oats
# into flapjacks: the beta-glucan in oats lowers cholesterol"
_CLAUSE_TURN = re.compile(r"[;:\u2014]\s+|,?\s+(?:and|but|so)\s+(?=(?:the|your|a|an|my|it|they|most|many|\d|nine|eight|seven)\b)",
                          re.IGNORECASE)
_RECIPE_STEP = re.compile(r"^(?:blend|stir|whisk|pour|serve|chop|simmer|bake|sprinkle|garnish)\b", re.IGNORECASE)
_IMPERATIVE = re.compile(
    r"^(?!put (?:simply|another way)\b|simply put\b)(?:(?:simply|just|then|now|first|next|finally),? )?(?:walk|use|strap|attach|fasten|switch|plug|take|try|avoid|drink|eat|sleep|keep|make|stay|sit|stand|get|add|apply|aim|limit"
    r"|set|wear|start|stop|remember|ask|tell|bring|choose|pick|put|place|arrive|lie|breathe|hold|repeat|do|don['\u2019]t|never|always"
    r"|shop|buy|order|grab|save|enjoy|follow|share|see|click|download|tighten|bend|straighten|squeeze|slide|pack|encourage"
    r"|adjust|carry|blend|stir|whisk|pour|serve|chop|simmer|bake|sprinkle|garnish)\b(?!-)"
    # (a noun subject with its verb is no instruction: "Sleep usually improves within …", "Stress often makes …", "Sleep
    # problems often affect …", "Sleep apnoea affects …")
    r"(?!\s+(?:(?:quality|scores?|patterns?|problems|issues|disorders?|difficult(?:y|ies)|disturbances?|apnoea|apnea|deprivation"
    r"|loss)\s+)?(?:(?:usually|often|typically|generally|normally|tends|then|also)\s+)?(?:is|are|was|were|improves|gets|becomes|tends|makes"
    r"|returns|settles|comes|changes|matters|helps"
    # ("Sleep can improve within two weeks", "Sleep improved for most participants", "Sleep deepens …")
    r"|can|may|might|will|could|would|should|improved|got|became|tended|made|returned|settled|came|changed|helped"
    r"|deepens|deepened|worsens|worsened|suffers|suffered"
    # ("Sleep problems affect up to 80% of autistic children")
    r"|affects?|affected)\b)"
    # an exercise's movement: "Lift your heel off the bed …", "Lower your leg slowly"
    r"|^(?:lift|raise|lower|rise|step|roll|press|push|pull|rotate) (?:up |onto )?(?:your |one |both |the )+(?:sore |injured |other |good |left |right )?"
    r"(?:heels?|legs?|arms?|feet|foot|knees?|hips?|head|chest|chin|shoulders?|toes?|bottom|pelvis|back)\b"
    # "Static quads — Sit on the bed …": an exercise's name, then its instructions
    r"|" + _EXERCISE_NAME +
    # a pose's breath-by-breath instructions: "Breathing in, let your belly soften towards the mat"
    r"|^(?:breathing (?:in|out)|as you (?:breathe|exhale|inhale)(?: (?:in|out))?|on an? (?:in|out)-?breath),\s*(?:let|press|lift|round"
    r"|lower|draw|bring|reach|relax|sink|tuck|curl|arch)\b",
    re.IGNORECASE,
)
_EXERCISE_STEP = re.compile(_EXERCISE_NAME, re.IGNORECASE)


def is_exercise_step(text: str) -> bool:
    """An exercise's name and its instructions ("Chin tucks – Sit tall and gently draw your chin back …"), with no
    reason that claims an effect: not a claim even in a list under "Exercises that help"."""
    return bool(_EXERCISE_STEP.match(text)) and not _PURPOSE_EFFECT.search(text)
_REDUCED = re.compile(r"\b(?:reduc\w*|eas\w*|reliev\w*|less|lower\w*|prevent\w*|fewer|cuts?|avoid\w*|without|no)\s+"
                      r"(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
_STUDY_WORD = re.compile(r"\b(?:trials?|stud(?:y|ies)|meta-?\s?analys[ie]s|systematic reviews?|research(?:ers)?)\b",
                         re.IGNORECASE)
_QUANTITY = re.compile(r"\bby half\b|\bup to \d|\b\d+(?:\.\d+)?\s+times\b|\b\d[\d,]*\s*(?:calories|kg|lbs?|pounds|mg|iu)\b",
                       re.IGNORECASE)
# a sentence that opens on a share of people: "Around two in three children become dry using one", "7 in 10 students …"
_NUMBER_WORD = r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)"
_SHARE_OPENS = re.compile(r"^\W*(?:(?:around|about|nearly|almost|up to|only|over|more than|fewer than|roughly|just|some)\s+)?"
                          + _NUMBER_WORD + r"\s+(?:in|out of)\s+(?:" + _NUMBER_WORD + r"|every \d+)\b", re.IGNORECASE)
# "GTPS affects roughly 1 in 4 women over the age of 50": how many a trouble affects, named or not
_AFFECTS_SHARE = re.compile(r"\baffects? (?:roughly |around |about |nearly |almost |up to |an estimated |some |over |more than )?(?:"
                            + _NUMBER_WORD + r"\s+(?:in|out of)\s+" + _NUMBER_WORD + r"|\d+(?:\.\d+)?\s?%)", re.IGNORECASE)
_SAFETY_SECTION = re.compile(
    r"\b(?:safe|safely|safety|risks?|side[- ]effects?|(?:does|will|can|is) (?:it|this|the \w+) (?:hurt|painful)"
    r"|who should(?:n['\u2019]t| not)|contraindications?"
    r"|precautions?|warnings?|dangers?|cautions?|careful|aftercare|downsides?|drawbacks?"
    # "Can I take too much vitamin D?", "Can you overdose on melatonin?"
    # (a dose asked about, not a trouble the reader has: "Do you have too much on your plate?")
    r"|(?:can|could|should) (?:i|you|we|they|kids|children|(?:my|your) \w+) (?:take|have|use|get|give(?: \w+){0,2}) too much"
    r"|(?:possible|safe|bad|dangerous|harmful) to (?:take|have|use|get) too much|(?:taking|using) too much|overdos\w*|toxicity)\b",
    re.IGNORECASE,
)
# "Clients often tell us they think more clearly": a reported effect, which is a claim.
_REPORTED = re.compile(
    r"\b(?:many|most|some|several|lots) of (?:our|my|the|these)\b[^.]{0,50}\b(?:tell us|report\w*|say|notice|find|found)\b|"
    r"\b(?:clients|patients|people|customers|users|members|athletes|most|many|group|groups|participants|subjects"
    r"|volunteers|babies|kids|children|members|lifters|runners|women|men|adults)\s+(?:\w+\s+)?(?:tell us|report\w*|say|notice|feel|find|experience|get|develop|sleep|settle|recover)\b"
    r"|\b(?:some|many|most|few)\s+(?:\w+\s+){0,2}(?:are|feel|get|become|notice|experience|report)\b[^.]*\bafter\b",
    re.IGNORECASE,
)
# "You'll feel like yourself again", "walk out feeling brand new": a promised felt outcome.
_PROMISE = re.compile(
    # "The benefits usually last, and most people …": the effect's duration
    r"^(?:the |these |its |their )?(?:benefits|effects|results|improvements?|relief) (?:usually |often |typically |generally |normally "
    r"|tend to |tends to |can |will |should |may )?(?:also )?lasts?\b(?! (?:year|month|week|session|time)\b)|"
    r"\b(?:you(?:['\u2019]ll| will| should| can| may)|walk out|leave|wake up|come out)\s+(?:\w+\s+)?(?:feel(?:ing)?|look(?:ing)?"
    r"|sleep(?:ing)?|breath(?:e|ing)|mov(?:e|ing)|notice|wak(?:e|ing) up|recover(?:ing)?|bounc(?:e|ing) back)\s+"
    r"(?:\w+\s+){0,2}?(?:better|great|amazing|brand new|refreshed|energi[sz]ed|rejuvenated|lighter|younger|easier|deeper"
    r"|like (?:new|yourself|a new person)|the difference|results?|calmer|relaxed|restored|again|faster|sounder)\b",
    re.IGNORECASE,
)
# "Older children benefit too", "Most patients respond within weeks": the treatment is the implied cause.
_IMPLIED_BENEFIT = re.compile(
    r"\b(?:benefit|benefits|respond|responds|improve|improves)\b(?:\s+(?:too|as well|also|greatly|quickly|from (?:it|this|them"
    r"|treatment|the treatment|sessions?)|within \w+ \w+))*\s*[.!]?$",
    re.IGNORECASE,
)
# "Colostrum seals a leaky gut", "Zeolite binds heavy metals": a bare noun subject, a present-tense verb, an object.
_SVO = re.compile(
    r"^(?!(?i:our|the|your|this|these|those|we|you|it|they|he|she|i|my|each|every|all|some|many|most|any|if|when|what|how"
    r"|why|who|where|there|here|please|dr|mr|mrs|ms|whether|while|although|because|since|after|before|new|as)\b)(?P<subject>(?:[A-Z][\w+'-]*|[\w+'-]+)"
    r"(?:\s+[\w+'-]+){0,2}?)\s+"
    r"(?!(?:is|has|was|does|includes|contains|costs|lasts|takes|offers|comes|means|uses|involves|requires|opens|closes"
    r"|starts|runs|accepts|says|asks|sells|ships|features|provides|looks|sounds|seems|stands|lives|goes|gets)\b)"
    r"[a-z]{3,}(?:s|es)\s+(?!(?:is|are|was|were|has|have|can|may|will|and|or|of|in|to)\b)"
    r"(?:a|an|the|your|you|its|their|up|out|down|off|away|more|less|[a-z]+)\b"
)
_PEOPLE_SUBJECT = re.compile(r"^(?:\w+\s+){0,2}?(?:children|kids|babies|patients|people|adults|athletes|clients|women|men"
                             r"|everyone|most|many|seniors|runners|users)\b", re.IGNORECASE)
# A first-person report of an effect: "I sleep straight through", "my pain is gone".
_FIRST_PERSON = re.compile(r"\b(?:I|I'm|I've|I'd|[Mm]y|[Mm]e)\b")
# a family's "we"/"our" in an owner's or a parent's words: "Two weeks in and we can sit in the same room as him again!"
_FAMILY_PERSON = re.compile(r"\b(?:[Ww]e|[Oo]ur|us)\b")
# a customer coming back, not a recovery: "we will definitely order again", "our whole family will be back again"
_CUSTOMER_AGAIN = re.compile(r"\b(?:book\w*|order\w*|buy\w*|bought|purchas\w*|shop\w*|visit\w*|come|coming|be back|recommend\w*"
                             r"|use (?:them|you|it|this)|return\w*|reorder\w*)\b(?: \w+){0,4} again\b", re.IGNORECASE)
_LEAD_IN_END = re.compile(r"(?:[:\u2014]|\binclud(?:e|es|ing)|\bsuch as|\bfollowing)\s*$", re.IGNORECASE)


def is_lead_in(sentence: str) -> bool:
    """A sentence that introduces a list or table ("… including:", "These include:")."""
    return bool(_LEAD_IN_END.search(sentence.strip()))


_PURPOSE_EFFECT = re.compile(r"\bto (?:help )?(?:flush|detox\w*|boost|reduce|reliev\w*|ease|improve|heal|speed up|clear"
                             # (a body's trouble, not a pharmacy's counter or a myth: "to counter two", "to counter misinformation")
                             r"|counter(?:act)?\b(?!\s+(?:\d+|one|two|three|four|five|six)\b)(?!\s+(?:the |any |some |all |these |this |common )?"
                             r"(?:[\w-]+ )?(?:myths?|misinformation|misconceptions?|arguments?|rumou?rs?|claims?|criticism|narratives?)\b)"
                             r"|calm|soothe|relax|loosen|release|stimulate|restore|strengthen|sharpen|prevent|lower|cut"
                             r"|encourage (?:your|the) (?:body|baby|labou?r|cervix)"
                             # "… to build the ankle strength that stops a fall", "… to keep your legs and heart strong"
                             r"|build (?:up )?(?:the |your )?(?:\w+ )?(?:strength|muscle|muscles|balance|stamina|endurance|bone)"
                             r"|keep (?:your|the|a|an|those|these) (?:\w+ )?(?:\w+ and )?\w+ (?:strong|supple|healthy|flexible|mobile|moving|steady))\b"
                             # a tip with its reason: "…, because it stays in your system for ten hours", "…; a steady
                             # wake time anchors your body clock"
                             r"|,? because (?:it|they|this|that|caffeine|alcohol|light|screens?) (?:stays?|keeps?|blocks?|disrupts?"
                             r"|raises?|lowers?|breaks?|delays?|suppress\w*|tells?|signals?)\b"
                             r"|;\s+(?:a|an|the|this|that|it)\b[^.;]{3,60}\b(?:anchors|keeps|helps|builds|lets|resets|trains"
                             r"|strengthens|tells|signals)\b"
                             # "…, because pushing through sharp pain can trigger a flare", "…, as it can leave your legs heavy"
                             r"|,\s*(?:because|as)\s+[^.]{2,60}?\b(?:can|may|will|could)\s+(?:\w+\s+)?(?:leave|make|cause|trigger|worsen"
                             r"|increase|lead|aggravate|set off)\b(?=[^.]*\b(?:pain\w*|legs?|joints?|muscles?|flare\w*|injur\w*|symptoms?|sore\w*|stiff\w*"
                             r"|swell\w*|heavy|dizz\w*|light-?headed|faint\w*|fever\w*|infect\w*|bleed\w*|burn\w*|blister\w*|sick|nause\w*|worse)\b)"
                             # "Drink 2 litres of water a day – even mild dehydration is a well-known migraine trigger"
                             r"|\s[\u2013\u2014-]\s+(?!(?:it|this) (?:takes|costs|only takes)\b)(?![^.]*\b(?:parking|slots?|bookings?|appointments?"
                             r"|delivery|queues?|traffic|prices?|discount)\b)[^.]{0,80}\b(?:triggers?(?! points?\b)|linked to"
                             r"|more likely|less likely|narrows|dulls|eases|relieves|reduces|lowers|protects|prevents)\b"
                             # "Do ten gentle chin tucks a day – they undo 'tech neck' and relieve tension headaches"
                             r"|\s[\u2013\u2014-]\s+(?:they|it|this|these|which)\s+(?:\w+\s+)?(?:undo|ease|eases|relieve|relieves|reduce"
                             r"|reduces|help|helps|strengthen|strengthens|loosen|loosens|switch|switches|protect|protects|lower"
                             r"|lowers|improve|improves|calm|calms)\b", re.IGNORECASE)
# "Loved the instant glow", "Amazing results for my back": a customer's delight about a health outcome
_DELIGHT = re.compile(r"\b(?:lov(?:e|ed)|amazing|instant\w*|incredible|finally|game[- ]changer|so much (?:better|less|more)"
                      r"|never (?:looked|felt|slept|moved) (?:so|this|better)|glowing|radiant|clearer|brighter|smoother|firmer)\b",
                      re.IGNORECASE)
# a run-in label before what happens at a visit: "**Before your treatment.** Your therapist will …"
_VISIT_LABEL = re.compile(r"\W*(?:before|during|after|at) (?:your|the|a|each|every|our) (?:first )?(?:treatment|session|appointment"
                          r"|visit|class|consultation)s?\W*", re.IGNORECASE)
# a referral that ends the sentence: "If anxiety is affecting your daily life, please speak to your GP.", "If your bowel
# habits change suddenly, or you notice blood in your stool, please see your GP." (of 31 such sentences the labelled
# articles had read as claims, 28 were unlabelled); not a precaution before using the treatment ("… speak to your
# midwife or GP before use."), nor one that stops it ("… stop straight away and speak to your GP or physio."), which say
# who should not have it; nor one after a clause that makes a claim ("If you have lower back pain, chiropractic
# adjustments can ease it within a few sessions, but if it lasts longer than six weeks see your GP.")
_REFERRAL_ONLY = re.compile(r"if\b(?![^.]*\b(?:before|stop|rest it)\b)"
                            r"(?![^.]*(?:[,;\u2013\u2014]|\bbut\b)\s*(?:(?:and|but|so)\s+)?if\b)"
                            r"(?![^.]*\b(?:can|may|will|could|often|usually)\s+(?:also\s+|really\s+|quickly\s+)?(?:help|ease|reduce"
                            r"|relieve|improve|soothe|calm|lower|boost|prevent|cut|speed|shorten)\b)[^.]*?,?\s+(?:please\s+)?(?:also\s+)?(?:see|contact|speak to|talk to"
                            r"|call|visit)\s+(?:your|a|the)\s+(?:GP|doctor|midwife|pharmacist|health visitor|vet|(?:qualified )?health ?care professional)(?:\s+or\s+(?:call\s+)?[^.,]{1,40})?"
                            r"\s*[.!]?\*?", re.IGNORECASE)
# a shop's review tally (all four in the labelled articles unlabelled), and the page's standing advice to keep taking
# what was prescribed (five of the seven read as claims unlabelled)
_WOULD_RECOMMEND = re.compile(r"\W*\d{1,3}\s?%(?: of (?:customers|reviewers|buyers|users|clients|patients))? would recommend"
                              r"(?: (?:this|the|our|it)(?: \w+)?| us| them)?(?: to (?:a )?friends?)?\W*", re.IGNORECASE)
_KEEP_MEDICATION = re.compile(r"\W*(?:please )?(?:never|don['\u2019]t|do not) stop (?:or change )?(?:taking )?(?:any )?(?:prescribed|prescription|your)"
                              # ("Do not stop taking prescribed medicines without consulting your GP.")
                              r"(?: \w+)? (?:medications?|medicines?)(?: or \w+)? without (?:first )?(?:speaking|talking|checking|consulting"
                              r"|discussing (?:it|this|that))(?: (?:to|with))? your"
                              r" (?:GP|doctor|prescriber|pharmacist)(?: or (?:GP|doctor|prescriber|pharmacist))?(?: first)?\W*",
                              re.IGNORECASE)
# the page's standing precaution that names no particular condition: "If you have a medical condition or are taking
# medication, speak to your GP before use.", "Speak to your GP or pharmacist before starting any supplement, especially if
# you take prescription medicines." (most such sentences read as claims were unlabelled; one naming a condition, "…
# if you take blood thinners such as warfarin, as turmeric can …", or pregnancy, says who should not have it)
_PRECAUTION_SHAPE = re.compile(r"\b(?:speak|talk|check|consult|ask)\w*\s+(?:to\s+|with\s+)?(?:your|a|the)\s+(?:GP|doctor|pharmacist|midwife"
                               r"|health ?care professional|health professional)\b", re.IGNORECASE)
_GENERIC_CONDITION = re.compile(r"\b(?:(?:a|any)\s+)?(?:(?:existing|underlying|long-term|chronic|known)\s+)?(?:medical|health)\s+conditions?\b"
                                r"|\b(?:any\s+)?(?:regular\s+|prescribed\s+|prescription\s+|other\s+|new\s+)?(?:medications?|medicines?)\b"
                                r"|\bmedical supervision\b|\b(?:a|any)\s+(?:new\s+)?supplements?\b",
                                re.IGNORECASE)


def _generic_precaution(text: str) -> bool:
    """Whether a sentence only asks the reader to check with a doctor first, for no condition in particular."""
    if not re.match(r"\W*(?:if|please|speak|talk|check|consult|ask)\b", text, re.IGNORECASE) or not _PRECAUTION_SHAPE.search(text) \
            or re.search(r"\b(?:as|because|since|which|so that|pregnan\w*|breastfeeding)\b", text, re.IGNORECASE):
        return False  # (pregnancy is a condition of its own: "If you are pregnant, check with your GP first" is labelled)
    rest = _GENERIC_CONDITION.sub(" ", text)
    # (it states its own, generic condition: a bare "Check with your doctor first." may follow "Pregnant or breastfeeding?")
    return rest != text and not (HEALTH.search(rest) or EFFECT.search(rest) or _SAFETY.search(rest))


# a newsletter's seasonal or issue opener: "As the clocks go back and the evenings draw in, our inbox fills up with …",
# "This month our pharmacist … answers the questions we hear most", "Spring is finally here, the garden is calling …"
# (25 of the 27 such sentences read as claims in the labelled articles were unlabelled; the two labelled have a figure,
# "Every year around 100,000 people …", or speak for the writer, "This winter I've felt so much better")
_NEWSLETTER_OPENER = re.compile(r"\W*(?:this (?:month|spring|summer|autumn|winter|season|issue)(?:['\u2019]s)?\b(?! (?:I|we)['\u2019]v?e?\b)"
                                r"(?! I\b)|in this (?:month['\u2019]s|issue|newsletter)\b|as the (?:clocks|leaves|days|nights|evenings)\b"
                                r"|the clocks (?:have )?(?:gone|go) (?:back|forward)\b|(?:spring|summer|autumn|winter) is (?:finally )?"
                                r"(?:here|on its way|in the air)\b|hi lovelies\b|welcome to (?:the|our|this)\b)", re.IGNORECASE)
# the statutory line on a supplement's label: "Food supplements should not replace a varied diet and healthy lifestyle."
# (also "Food supplements are not a substitute for a varied, balanced diet …", "… should not replace a healthy, balanced diet.")
_NOT_A_DIET = re.compile(r"\W*(?:food )?supplements? (?:(?:should|must) not (?:be used (?:as a|to) )?(?:replace|substitute(?: for)?)"
                         r"|(?:are|is) not (?:a |an )?(?:substitute|replacement|alternative) (?:for|to))"
                         r" (?:a )?(?:varied|balanced|healthy)(?:,? (?:and )?(?:varied|balanced|healthy))? diet(?:,? and (?:a )?healthy lifestyle)?\W*",
                         re.IGNORECASE)
# a product label's direction for use: "Avoid contact with eyes.", "Wash your hands after use and avoid contact with eyes."
_LABEL_DIRECTION = re.compile(r"\W*(?:(?:wash|rinse) (?:your )?hands (?:(?:well|thoroughly) )?after (?:use|applying|application)"
                              r"(?:,? and |\. |; )?)?(?:avoid (?:contact with|getting it in(?:to)?) (?:the |your )?eyes"
                              r"(?: and (?:mucous membranes|lips|mouth))?)?\W*", re.IGNORECASE)
# a review's regret that names no result (every such sentence in the labelled articles is unlabelled)
_WISH_SOONER = re.compile(r"\W*(?:I |we )?(?:only |just |really )?wish (?:I|we)(?:['\u2019]d| had) (?:found|discovered|tried|started|known"
                          r"(?: about)?|come|booked|done)(?: (?:this|these|them|it|you|her|him|the clinic|(?-i:[A-Z][a-z]+)))?"
                          r"(?: (?:years|months|ages|a (?:year|month|decade)) (?:ago|earlier)| (?:so )?(?:much )?(?:sooner|earlier)"
                          r"(?: the first time)?)?\W*", re.IGNORECASE)
_TOO_EARLY_TO_SAY = re.compile(r"^\W*(?:it['\u2019]s |it is )?(?:(?:still |far )?too (?:early|soon) to (?:say|tell)|hard to say|can['\u2019]t say yet"
                               r"|not sure (?:yet|if it['\u2019]s working))\b", re.IGNORECASE)
_BODY_SYSTEM = re.compile(r"^(?:your|the|our) body (?:has|contains) (?:its own |a |an )?(?:[\w-]+ ){0,2}(?:network|system)\b", re.IGNORECASE)
_YOU_MAY_HAVE = re.compile(r"^(?:then |if so,? )?you (?:may|might|could) (?:well |already )?(?:have|be (?:suffering|dealing|living) (?:from|with))\b",
                           re.IGNORECASE)
# "You may have a mild headache after your first session": what the treatment leaves, not the reader's condition
_AFTER_TREATMENT = re.compile(r"\b(?:after|following|during) (?:your|the|a|each|every|our|it|treatment|\w+ing)\b"
                              r"|\bfor (?:a|the) (?:few |couple of )?(?:hours?|days?)\b", re.IGNORECASE)
# an effect asked about, to the end of the sentence: "people are asking whether meditation could help"
_OPEN_QUESTION = re.compile(r"\b(?:ask(?:s|ed|ing)?|wonder(?:s|ed|ing)?)\s+(?:(?:me|us|you|them)\s+)?(?:whether|if)\b(?:(?!,\s*(?:and|but|so|since|because|as)\b|\s(?:because|since)\b)[^;:\u2014])*$"
                            # "More and more of our customers ask about ashwagandha, the root used for centuries …"
                            r"|^(?:more and more|many|lots|plenty|most) (?:of )?(?:our |my )?(?:customers|clients|patients|people|readers|parents)"
                            r" (?:now |often |regularly |keep )?ask(?:ing)? (?:us |me )?about\b"
                            # (not when the sentence goes on to answer: "…, and a small trial found it cut crying time by an
                            # hour a day", "… acupuncture, which relieves chronic low back pain")
                            r"(?![^.]*(?:,\s*(?:and|but|so|since|because|which)\b|,\s*as (?:it|they|this)\b|\s(?:because|since)\b))",
                            re.IGNORECASE)
# "If you have rheumatoid arthritis, keep taking the treatment your rheumatologist has prescribed …, not instead of it"
_CONDITIONAL_ADVICE = re.compile(r"if you (?:have|take|are taking|are on)\b[^.]*\b(?:keep taking|continue|do not stop|don['\u2019]t stop"
                                 r"|carry on)\b", re.IGNORECASE)
# a tip's reason: "Choose a bag with two padded straps, because spreading the load … stops one side of the spine taking
# all the strain", "…, as heavier loads pull the shoulders forward", "… so the load does not drag on the lower back"
_REASON_EFFECT = re.compile(r"(?:,\s*|\s)(?:because|as|since|so(?: that)?)\s+[^.]{0,90}?\b(?:stops?(?! being\b)|pulls?|strains?|drags?|protects?"
                            r"|prevents?|builds?(?! up\b)|supports?(?! (?:claims?|bookings?|payments?)\b)|eases?|reduces?|relieves?|loosens?|strengthens?|damages?|hurts?|overloads?"
                            r"|tightens?|weakens?)\b"
                            r"|:\s+[^.]{0,80}\b(?:build|builds|strengthen|strengthens|support|supports|protect|protects)\b", re.IGNORECASE)
# "health" naming a business, not the body: "as most health insurers support claims", "the health centre's main door"
_NOT_BODY_HEALTH = re.compile(r"\bhealth (?:insur\w+|centre|center|cent(?:re|er)['\u2019]s|care providers?|records?|shops?|food shops?|apps?)\b",
                              re.IGNORECASE)
# the reason after an instruction: "…, as staying active speeds up recovery", "… – well-hydrated children get fewer
# headaches", "…; it eases cramp after long runs", "…, which lowers the risk of hip dysplasia"
_REASON_CLAUSE = re.compile(r",\s*(?:because|as|since|which)\s+|\s(?:because|since)\s+|\s[\u2013\u2014-]\s+|;\s+(?:it|they|this|these)\s+",
                            re.IGNORECASE)


def _reason_claims_effect(text: str) -> bool:
    """Whether an instruction's reason clause says what something does to health (not to a booking or a building)."""
    reason = _REASON_EFFECT.search(text)
    if reason and HEALTH.search(_NOT_BODY_HEALTH.sub(" ", text[reason.start():])):
        return True
    for m in _REASON_CLAUSE.finditer(text):
        clause = _NOT_BODY_HEALTH.sub(" ", text[m.end():])
        if HEALTH.search(clause) and EFFECT.search(clause):
            return True
    return False


_OUTCOME_FIGURE = re.compile(r"\bsuccess rates?\b[^.]{0,60}\b(?:double|twice|three times|triple|higher|better|\d+\s?%)"
                             r"|\b(?:double|twice|three times|triple|half) the (?:national |uk |us )?(?:average|rate)\b", re.IGNORECASE)
_AMOUNT = re.compile(r"\d(?:[\d,]*\.?\d*)\s?(?:kcal|kj|mg|mcg|\u00b5g|g|iu|ml)\b", re.IGNORECASE)
# a sentence, not a panel: "Taking 2,000 IU of vitamin D with 100mcg of K2 and 300mg of magnesium keeps your bones strong"
_PANEL_CLAIM = re.compile(r"\b(?:keeps?|kept|maintains?|maintained|protects?|cuts?|slows?|slowed|lost|loses|halves|halved)\b[^.]{0,40}"
                          r"\b(?:strong|healthy|bones?|bone loss|muscles?|joints?|heart|arteries|immune|pain|risk|less|fewer)\b",
                          re.IGNORECASE)
_CITED = re.compile(r"\[\d{1,3}(?:[,\u2013-]\s*\d{1,3})*\]\W*$|\bsources?:\s*\d", re.IGNORECASE)


# a reader's question signed with their name: "Q: Does it work on everyday bruises? - Marcus, Bristol"
# (a signature is capitalised words, not an answer: "Q: Is it safe in pregnancy? - Ask your midwife first")
_ASKED = re.compile(r"^\W*Q\s*[:.]\s[^?]{3,200}\?\s*(?:[-\u2013\u2014]\s*(?:(?:asked|posted|submitted) by\s+)?[A-Z][\w.'-]*(?:\s+(?:(?:from|in|of)\s+)?[A-Z][\w.'-]*){0,3}"
                    r"(?:,\s*[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,3})?)?\W*$")


_HISTORY_TURN = re.compile(r"\s(?:and|but|which|that)\s", re.IGNORECASE)


def _history_then_effect(text: str) -> bool:
    """Whether a sentence that opens with history goes on to claim an effect ("Cupping has its roots in Chinese medicine
    and draws out toxins from tired muscles"), not how the practice spread ("…, and our therapists have offered it since 2011")."""
    history = _HISTORY.search(text)
    if history and history.group(0).lower().startswith("is based on"):
        return False  # ("… is based on modern anatomy and targets trigger points" keeps its own list of effects)
    turn = _HISTORY_TURN.search(text, history.end()) if history else None
    return bool(turn and HEALTH.search(text, turn.end()) and names_an_effect(text, turn.end()))


# the page, not the product: "This blog is not a replacement for …", "The information on this website is not a substitute …"
_PAGE_DISCLAIMER = re.compile(r"^(?:the |this |our |these |any )?(?:information|content|advice|articles?|blog(?: post)?|posts?|pages?"
                              r"|website|site|newsletters?|guides?|materials?|videos?|email)\b", re.IGNORECASE)


_PURITY = re.compile(r"^\W*100\s?(?:%|percent) (?:pure|natural|organic|vegan|plant-based|raw|british|grass-fed)\b", re.IGNORECASE)
_BELIEVED_TO = re.compile(r"\b(?:is|are) (?:widely |traditionally )?(?:believed|thought|said) to\b", re.IGNORECASE)
# a supplement's composition: "Our capsules contain rhodiola root extract standardised to 3% rosavins"
_STANDARDISED = re.compile(r"\bstandardi[sz]ed to (?:contain )?(?:at least |a minimum of )?\d+(?:\.\d+)?\s?%", re.IGNORECASE)
# what the trouble's symptoms are or when they come: "Typical symptoms include neck pain and stiffness, …", "Symptoms often start
# in the second trimester, but …" (the condition described, not a treatment's effect)
_SYMPTOMS_ARE = re.compile(r"^\W*(?:(?:the|its|their|typical|common|usual|early|classic|other|main|most common|first)\s+)*(?:signs and )?"
                           r"symptoms\s+(?:of\s+(?![^,.]{0,30}\b(?:overdose|too much|toxicity|allergic|reaction|anaphyla\w*|side effects?)\b)(?:[\w'\u2019-]+\s+){1,4})?(?:(?:often|usually|typically|normally|generally|can|may|tend to)\s+)?"
                           r"(?:include|includes|are|vary|start|starts|begin|come on|appear|show up|develop|build)\b"
                           # (not how they go, a treatment's effect with the treatment unnamed: "Symptoms usually start to ease
                           # after two or three sessions", "Symptoms are usually relieved within days"; nor the signs of an
                           # overdose or a reaction: "Symptoms of an overdose can include nausea …")
                           r"(?!\s+to\s+(?:ease|improve|settle|fade|lift|subside|clear|resolve|go|disappear|lessen|calm|reduce|diminish|get better"
                           r"|wane|abate|recede)\b|\s+(?:(?:\w+ly|often|much|far)\s+){0,2}(?:relieved|reduced|eased|improved|better|milder|less|lower"
                           r"|fewer|gone|resolved|controlled|lighter)\b)", re.IGNORECASE)
# a product review's ranking label: "3. JointEase Triple Action – Best for cartilage support", "Hyalu-Move Pure – Best value"
# (a product's name: ranked, a brand's capitals or its mark, "3. …", "JointEase", "Hyalu-Move Pure", "Flexira®"; not what a
# form or a practice is best for, "Magnesium citrate – best for constipation", "Morning yoga - best for easing stiff backs",
# nor how it is best taken: "Ginger tea - best taken before meals to settle nausea")
_RANKING_LABEL = re.compile(r"^\W*(?=\d{1,2}[.)]|(?-i:(?:(?!\s-\s)[^.!?:\u2013\u2014])*?(?:\b[A-Z][a-z]+[A-Z]|[\u00ae\u2122]|\b[A-Z][\w'\u2019-]*\s+[A-Z0-9])))"
                            r"(?:\d{1,2}[.)]\s*)?[^.!?:]{3,60}?\s[\u2013\u2014-]\s+(?!best (?:taken|absorbed|known|used|applied|results)\b)"
                            r"(?:best|top pick|our top pick|editor['\u2019]s (?:choice|pick)"
                            r"|runner-up|budget pick|best buy)\b[^.!?]{0,40}$", re.IGNORECASE)
# how many sessions a course takes: "Most people need 3 to 5 sessions spaced one week apart" (not what they bring: "… most need
# three to five sessions for lasting relief", "… six to eight sessions before people notice a change")
_COURSE_LENGTH = re.compile(r"\b(?:need|needs|require|requires)\s+(?:between\s+|about\s+|around\s+|roughly\s+|just\s+|only\s+)?"
                            r"(?:\w+|\d+)\s+(?:to|and|or|-|\u2013)\s+(?:\w+|\d+)\s+(?:sessions|treatments|visits|appointments)\b", re.IGNORECASE)
# a patient story's set-up, who came and with what: "Dave came to us last spring after tearing his supraspinatus tendon",
# "She came to us tired and anxious", "Clients come to me with all kinds of headaches"
_CAME_TO_US = re.compile(r"^\W*(?:(?-i:[A-Z][\w'\u2019-]+)(?:\s+(?-i:[A-Z])\.?)?|he|she|they|clients|patients|people|many (?:people|clients|patients))"
                         r"(?:,\s*\d{1,3},[^,]{0,60},)?\s+(?:first\s+|often\s+|usually\s+)?(?:came|come|comes)\s+to\s+(?:see\s+)?(?:me|us)\b",
                         re.IGNORECASE)
# a before-and-after story's first half: 'Emma, 24: "Before: painful spots along my jaw …', "Before treatment: constant
# headaches." (what the customer had, not what changed)
_BEFORE_STATE = re.compile(r"^\W*(?:[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*)?,?\s*(?:\d{1,2},?\s*)?[:\u2013\u2014-]\s*)?[\"\u201c]?"
                           r"before(?:\s+(?:treatment|the course|my course|starting|taking (?:it|them)))?\s*[:\u2013\u2014]\s*"
                           # (not advice on what to do before it: "Before treatment: please tell your practitioner if you are
                           # pregnant or have a pacemaker.")
                           r"(?!\s*(?:please\s+)?(?:tell|check|speak|talk|ask|consult|let (?:us|your)|make sure|avoid|do not|don['\u2019]t|stop"
                           r"|always|never|read|if you|you (?:should|must|need))\b)",
                           re.IGNORECASE)
_SHARE_OF_PEOPLE = re.compile(r"\d\s?(?:%|percent)\s+(?:of|in)\s+(?:the\s+|our\s+|all\s+)?(?:[\w-]+\s+)?(?:participants|users|people|customers"
                              r"|patients|clients|women|men|adults|children|subjects|volunteers|respondents|testers|reviewers|those)\b", re.IGNORECASE)
# a product named and what it holds, no verb: "Golden Calm Capsules: 500 mg standardised turmeric extract (95% curcuminoids)
# with 5 mg piperine.", "Turmeric Skin Cream: 2% curcumin, colloidal oatmeal and shea butter." (the match ends at the colon)
# (not a table row read out, its cells set apart: "Magnesium glycinate: 400 mg; Crosses into the brain more easily")
_COMPOSITION = re.compile(r"^[^:.!?|]{3,50}:\s+(?![^.!?]*[;|\u2014])(?=[^.!?]*\d[\d.,]*\s?(?:%|mg|mcg|\u00b5g|g|iu|ml)(?!\w))(?![^.!?]*\b(?:is|are|was|were"
                          r"|has|have|helps?|supports?|may|can|will|does|do|which|that|to|for)\b)", re.IGNORECASE)
# a pack's stock wording, which no reviewer lists as a claim: "For external use only.", "Keep out of reach of children.",
# a shop's sales rule ("Hollowfield Botanicals products are not sold to anyone under 18.")
_PACK_LABEL = re.compile(r"(?:for external use only|keep (?:it |this product |all \w+ )?out of (?:the )?(?:sight and )?reach"
                         r"(?: and sight)? of (?:young |small )?children|(?:[\w&'.-]+ ){0,3}products? (?:are|is) not (?:sold|available)"
                         r" to (?:anyone|people|customers|persons|children) (?:under|below) (?:the age of )?\d+(?: years(?: of age)?)?)[.!]?",
                         re.IGNORECASE)


# after a survey figure's verb, a clause about something other than the people asked or what they had: "… said the
# waiting room was calm", "… said the instructor helped them feel at ease" (but "… said the classes eased their pain")
_SAID_OF_ANOTHER = re.compile(r"\s+(?:that\s+)?(?:the|our|your|a|an|this|its)\s+(?!(?:[\w-]+\s+){0,2}?(?:sessions?|course|courses|classes"
                              r"|class|treatments?|programme|program|therapy|app|exercises?|products?|supplements?|capsules|tablets"
                              r"|device|drops|cream|oil|tea|method|technique|plan|diet)\b)", re.IGNORECASE)


# ("06:30", "19.15", "6.30pm"; a one-digit hour with a dot and no am/pm is a decimal: "from 2.10 to 1.45 mmol/L")
_CLOCK_TIME = re.compile(r"(?<![\d.,\u00a3$\u20ac-])(?:\b(?:[01]?\d|2[0-3]):[0-5]\d\b|\b(?:[01]\d|2[0-3])\.[0-5]\d\b(?![.,]?\d)"
                         r"|\b(?:1[0-2]|0?\d)\.[0-5]\d\s*[ap]\.?m\b)(?!\s*%)", re.IGNORECASE)


def is_claim_sentence(sentence: str, *, has_subject: bool = False, has_terms: bool = False,
                      safety_section: bool = False, mentions: bool = False, testimonial: bool = False,
                      cited: bool = False) -> bool:
    """Whether a sentence asserts a health effect, mechanism, safety property, statistic or finding.

    ``cited``: the sentence carries a citation marker ("[1]", "Source: 2") in the article.
    ``has_subject``: it names an intervention (or stands where one is credited); ``has_terms``: it names
    a vocabulary condition or outcome; ``testimonial``: it stands in a quoted customer story. Two of (an effect, a health term, a subject) make a claim; a
    definition ("X is a form of …", "X uses …") is a claim only when it goes on to assert an effect.
    """
    text = sentence.strip()
    if len(text.split()) < 3 or text.endswith("?") or _quoted_question(text) or _ASKED.match(text) or _PACK_LABEL.fullmatch(text):
        return False
    if _META.search(text) and not ((_SAFETY_NOTE.search(text) or _CONDITIONAL_ADVICE.match(text) or re.match(
            r"(?:call|dial|ring) (?:999|911|112|000)\b", text, re.IGNORECASE)) and HEALTH.search(text)) and not (
            # "When we surveyed 212 of our patients, 84% said their neck pain was better": the survey's result
            # (a health result: not "… 70% of clients said booking online was easier")
            _STATISTIC.search(text) and re.search(r"\b(?:said|reported|told us|felt|rated)\b", text, re.IGNORECASE)
            and HEALTH.search(text)) and not (
            # "This product is not a replacement for vaccination": what it must not stand in for is a safety claim
            # (but not the page's own disclaimer: "This blog is not a replacement for prescribed treatment")
            re.search(_NOT_INSTEAD_OF_CARE, text, re.IGNORECASE) and not _PAGE_DISCLAIMER.match(text)):
        return False  # (but "Call 999 if you have chest pain …" is a red flag, not a helpline notice)
    if _RANKING_LABEL.match(text):
        return False  # "JointEase Triple Action – Best for cartilage support": a review's ranking label over the product
    if len(_CLOCK_TIME.findall(text)) >= 3 and not _STRONG_EFFECT.search(text):
        return False  # "Mon 06:30 Pilates for Blokes (Studio 2) - Sam Mon 19:15 Mat Pilates …": a timetable run together
    if (course := _COURSE_LENGTH.search(text)) and not (names_an_effect(text) or _SAFETY.search(text) or re.search(
            r"\b(?:notice|noticed|feel|felt|see|saw|for (?:lasting|long-term|the best)|until)\b", text, re.IGNORECASE)
            # (nor what the sessions are for: "Most smokers need just one or two sessions to stop for good")
            or re.search(r"\b(?:sessions|treatments|visits|appointments)\b,?\s+(?:to (?!(?:start|begin) with\b)\w+|before\b"
                         r"|for (?:the |your |their )?\w+ to\b)", text[course.start() :], re.IGNORECASE)):
        return False  # "Babies typically need between two and four sessions, although every baby is different": how many
    if _CAME_TO_US.match(text) and not (_STRONG_EFFECT.search(text) or _RECOVERED.search(text) or re.search(
            r"\b(?:and|but|now)\s+(?:(?:she|he|they)\s+)?(?:was|is|were|are|has|have|had|could|can|felt|feels)\b"
            # (or goes on after its time: "…, and after six sessions of acupuncture she's had just one", "… and within four
            # weeks his pain had halved"; "…, and most leave feeling lighter")
            r"|(?:\b(?:and|but|now)\b|;)\s+(?:(?:after|within|by|since)\b|(?:[\w'\u2019-]+\s+){1,4}later\b|most (?:leave|go home|walk out)\b)",
            text, re.IGNORECASE)):
        # (not one that goes on to how it ended: "Dave came to us with sciatica and was pain-free after four sessions")
        return False  # "Marion, 56, a retired teacher, came to see me last winter with a right shoulder …": the story's set-up
    if (before := _BEFORE_STATE.match(text)) and not (_STRONG_EFFECT.search(text, before.end()) or _RECOVERED.search(text, before.end())
                                                      or re.search(r"\bafter\b[^:.]{0,25}:", text, re.IGNORECASE)
                                                      # (or goes on to the after: "…: migraines 3 times a week, but now I rarely get one")
                                                      or re.search(r"(?:[,;]|\b(?:but|and))\s+now\b", text[before.end():], re.IGNORECASE)):
        return False  # 'Emma, 24: "Before: painful spots along my jaw every single month.': the trouble; its "After" is the claim
    # (nor a dose limit, "Maximum dose: no more than 400 mg a day.", nor a share of people, "Trial data: 68% of participants
    # slept longer.")
    if (composition := _COMPOSITION.match(text)) and not (names_an_effect(text, composition.end()) or _SAFETY.search(text)
                                                          or _amount_limit(text) or _SHARE_OF_PEOPLE.search(text, composition.end())):
        return False  # what the product holds, after its name ("Golden Calm Capsules:" names no effect of its own)
    if (_STANDARDISED.search(text) or _PURITY.match(text)) and not (
            names_an_effect(text) or _SAFETY.search(text) or _STRONG_EFFECT.search(text)):
        return False  # what the capsule holds, not what it does ("100% pure magnesium chloride flakes from the seabed")
    if (flag := _RED_FLAG_ADVICE.search(text)) and (HEALTH.search(text[: flag.start()]) or HEALTH.search(text, flag.end())):
        # (a health word besides the advice's own: not "Our reception needs urgent attention, so please bear with us")
        return True  # "If you have numbness around your groin …, go to A&E straight away": a red flag
    if re.search(_WITHHELD, text, re.IGNORECASE) and HEALTH.search(text):
        return True  # "We never needle anyone with a bleeding disorder": who the treatment is withheld from
    if ((people := _PEOPLE_STAT.search(text)) and not (
            # "Many of our clients tell us they found us through a friend": a word-of-mouth remark, not an outcome
            # (and "Many mums-to-be find us through their midwife": how they came, not how they fared)
            (re.match(r"(?:many|lots|plenty) of (?:our|my)\b", people.group(0), re.IGNORECASE)
             or re.match(r"(?:many|most|some|a few)\s+[\w-]+(?:\s+[\w-]+)?\s+(?:(?:tell us|say)\s+(?:that\s+)?they\s+)?(?:find|found"
                         r"|hear|heard)\s+(?:about\s+)?us\b", text, re.IGNORECASE)) and not (
                HEALTH.search(text) or _STRONG_EFFECT.search(text) or _RECOVERED.search(text)
                or re.search(r"\b(?:feel|feels|felt|notice|noticed|sleep|slept|move|moved|conceived?|labou?r|birth)\b", text, re.IGNORECASE))))\
            or (_RISK_FIGURE.search(text) and _STATISTIC.search(text)):
        return True  # "At Riverbend, 87% of our patients report …"; "Serious side effects occur in fewer than 1 in 10,000"
    if re.search(_EFFECT_SIZE, text, re.IGNORECASE):
        return True  # "Across the pooled trials the effect size was large (Hedges' g = 0.99)": a study's result, in its own terms
    if _NO_SIDE_EFFECTS.search(text) and not _IMPERATIVE.match(text):
        return True  # "There are no side effects, ever.": a safety claim about the page's treatment, named or not
    if _FEE_KICKS_IN.search(text) and not (_STRONG_EFFECT.search(text) or _SAFETY.search(text) or any(
            not re.match(r"(?:to )?kick|start", m.group(0), re.IGNORECASE) for m in EFFECT.finditer(text))):
        return False  # "Your membership discount kicks in after three months": a price, not how soon it works
    if (acronym := re.match(r"^(?:[\w-]+ ){1,3}(?:stands|is short) for\b", text, re.IGNORECASE)) and not (
            # (the words it stands for may name an effect, "TENS stands for transcutaneous electrical nerve stimulation"; what
            # comes after them may claim one: "…, which speeds wound healing", "…, the gold standard for lymphoedema")
            (more := re.search(r"[,;(]|\s[\u2014\u2013-]\s|\s(?:and|which|that|so|to)\s", text[acronym.end() :]))
            and (lambda rest: EFFECT.search(rest) or _STRONG_EFFECT.search(rest) or _SAFETY.search(rest) or HEALTH.search(rest))(
                text[acronym.end() + more.start() :])):
        return False  # "EFT stands for Emotional Freedom Techniques": what the letters mean
    if re.search(r"\b(?:is|are|costs?|costing|priced at)\s+(?:just |only )?\d+(?:\.\d\d)?\s+(?:pounds|dollars|euros)\b", text,
                 re.IGNORECASE) and not (_STRONG_EFFECT.search(text) or _SAFETY.search(text) or re.search(
                     # (pounds of body weight: "The average weight loss is 14 pounds", "Most clients are 10 pounds lighter")
                     r"\b(?:los[est]\w*|lighter|heavier|weigh\w*|gain\w*|shed\w*|fat|difference)\b", text, re.IGNORECASE)):
        return False  # "The first appointment is 65 pounds and includes a take-home kit": a price in words
    if volume_or_source(text):
        return False  # "600+ long COVID patients treated since 2021", "Based on internal patient questionnaires, 2021–2024."
    if (said := FIGURE_SAID.match(text)) and (
            HEALTH.search(text) or re.search(r"\b(?:birth|labou?r|pregnan\w*)\b", text, re.IGNORECASE) or (
                # what they said about themselves, after the verb (not the survey's own "found": "Nearly half found the
                # booking process confusing"; not a room or a person: "70% said the waiting room was calm and relaxing")
                not _SAID_OF_ANOTHER.match(text, said.end()) and (
                    any(m.group(0).lower() not in ("%", "work", "found") and not re.match(  # ("felt better informed")
                        r"\s+(?:informed|value|organi[sz]ed)\b", text[m.end() :]) for m in EFFECT.finditer(text, said.end()))
                    or _STRONG_EFFECT.search(text, said.end())))):
        return True  # "87% said they felt calmer going into labour" (not "92% said they would book again")
    if bio := _BIO.search(text):
        # a bio or a story's set-up is no claim unless it turns to an outcome: "… and her migraines all but disappeared"
        turn = _TURN.search(text, bio.end())
        tail = _SERVICE_NOUN.sub(" ", text[turn.end() - 8 :]) if turn else ""
        if not ((tail and (EFFECT.search(tail) and HEALTH.search(text) or _RECOVERED.search(tail) or _STRONG_EFFECT.search(tail)))
                or any(not s.group(0).lower().startswith("one of") for s in _STATISTIC.finditer(text)) or _SAFETY.search(text)):
            return False  # ("… and it is now one of the most common reasons people book" is no figure)
    if _told_recovery(text):
        return True  # "By the end of that time she was down to about one headache a week": a client's recovery, told
    if _BUSINESS.search(text) and not ((_SAFETY_NOTE.search(text) and HEALTH.search(text)) or _OUTCOME_FIGURE.search(text) or (
            # "Our therapists apply firm strokes to increase blood flow to worked muscles": what the team does it for
            re.match(r"^our (?:[\w-]+ )?(?:therapists?|team|practitioners?|physios?|physiotherapists?|chiropractors?)\b", text, re.IGNORECASE)
            # (for the body, not the booking: "Our team is here to help you choose the right massage", "… to improve your experience")
            and (purpose := re.search(r"\bto (?:increase|improve|ease|reduce|relieve|boost|release|loosen|restore|calm|soothe|speed up"
                                      r"|help)\b", text, re.IGNORECASE)) and HEALTH.search(text, purpose.end()))):
        return False  # (but "Our clinic success rate … is nearly double the national average" is a figure about outcomes)
    if (cited or _CITED.search(text)) and EFFECT.search(text):
        return True  # "Benefits lasted for at least six months after treatment ended. [1]": backed by a source
    if (muscles := _TREATS_MUSCLES.match(text)) and not (
            _SAFETY.search(text) or _STATISTIC.search(text) or EFFECT.search(text, muscles.end())
            or _STRONG_EFFECT.search(text, muscles.end()) or _RECOVERED.search(text, muscles.end())
            or (_CLAUSE_TURN.search(text, muscles.end()) and HEALTH.search(text, muscles.end()))):
        # "For a sore knee I'll usually treat the quads and the glutes": where the needles go (but not "…, and the
        # headaches often stop completely")
        return False
    if (_LOGISTICS.search(text) or (not mentions and _BODY_STORY.match(text))) and not (
            _STRONG_EFFECT.search(text) or _SAFETY.search(text) or _STATISTIC.search(text) or _PURPOSE_EFFECT.search(text)):
        return False
    if len(_AMOUNT.findall(text)) >= 3 and not (_STRONG_EFFECT.search(text) or any(m.group(0) != "%" for m in EFFECT.finditer(text))
                                                or _PURPOSE_EFFECT.search(text) or _PANEL_CLAIM.search(text)):
        return False  # "Nutrition Per 60ml shot Energy 18kcal Fat 0g Carbohydrate 3.9g …": a nutrition or supplement panel
    if _DOSAGE.search(text) and not (_STRONG_EFFECT.search(text) or _SAFETY.search(text) or _STATISTIC.search(text)
                                     or _STUDY_LEAD.match(text) or _STUDY_VERB.search(text) or _DOSE_LIMIT.search(text)):
        return False
    if (caveat := _STUDY_CAVEAT.match(text)) and not (_SAFETY.search(text) or _caveat_then_finding(text, caveat.end())
                                                      or _finding_beside_caveat(text, caveat)):
        return False  # "That trial was fairly small, …": how much to trust a study, not what the treatment does (but
        # "That trial was small, but it found that reflexology reduced hot flushes by 40%" reports the finding)
    if _TOO_EARLY_TO_SAY.match(text) and not _SAFETY.search(text):
        return False  # "Too early to say if they work yet, but my son likes the taste": a review with no result
    if _VISIT_LABEL.fullmatch(text):
        return False  # "**Before your treatment.** Your therapist will …": a run-in label, not a sentence
    if _NEWSLETTER_OPENER.match(text) and not re.search(r"\d", text):
        return False  # "The clocks have gone back, the heating is on, and right on cue the coughs … have started": a greeting
    if _generic_precaution(text):
        return False  # "Speak to your GP or pharmacist before starting any supplement, especially if you take prescription medicines."
    if _WOULD_RECOMMEND.fullmatch(text) or _KEEP_MEDICATION.fullmatch(text) or _NOT_A_DIET.fullmatch(text):
        return False  # "94% would recommend this product.", "Please never stop prescribed medication without …": no effect
    if _REFERRAL_ONLY.fullmatch(text):
        return False  # "If your tiredness has lasted more than a few weeks, please also speak to your GP.": a referral
    if _LABEL_DIRECTION.fullmatch(text):
        return False  # "Avoid contact with eyes.": a label's direction for use (all three in the labelled articles unlabelled)
    if _WISH_SOONER.fullmatch(text):
        return False  # "Wish I'd found them years ago.", "I only wish I'd come sooner!": a review's regret, no result
    if _BODY_SYSTEM.match(text) and not (names_an_effect(text) or _SAFETY.search(text)):
        return False  # "Your body has its own signalling network, the endocannabinoid system (ECS), made up of receptors …"
    if _YOU_MAY_HAVE.match(text) and not (_SAFETY.search(text) or names_an_effect(text) or _STRONG_EFFECT.search(text)
                                          or _AFTER_TREATMENT.search(text)):
        return False  # "You may have shoulder impingement, one of the most common problems we see": the reader's condition
    if (asked := _OPEN_QUESTION.search(text)) and not _SAFETY.search(text) and not re.search(
            r"\bso\b[^.;]{0,40}\bthat\b", text[: asked.start()], re.IGNORECASE):
        # (not a result told by what someone asked: "My posture has improved so much that my daughter asked if I'd grown")
        return False  # "… more and more people are asking whether a few quiet minutes a day could help": a question
    if (_POPULARITY.search(text) or _HISTORY.search(text)) and not (_STRONG_EFFECT.search(text) or _SAFETY.search(text)
                                                                    or _PURPOSE_EFFECT.search(text) or _RECOVERED.search(text)
                                                                    or _reason_claims_effect(text) or _history_then_effect(text)
                                                                    or (_BELIEVED_TO.search(text) and HEALTH.search(text))
                                                                    # "Around 1 in 3 office workers report neck pain …, and shoulder
                                                                    # tension is one of the most common reasons new patients come"
                                                                    or _HEALTH_FIGURE_FIRST.match(text)):
        # ("In the hijama tradition, this blood is believed to carry the toxins that drive acne": a mechanism, told)
        return False  # "They are among the best-selling joint supplements": sales, not health
    if _READER_HOOK.match(text) and not _SAFETY_ADVICE.search(text) and not _SAFETY.search(text):
        main = text[_READER_HOOK.match(text).end() - 12 :]  # type: ignore[union-attr]
        # (a hook that carries a figure states it: "If you're one of the 1 in 7 people worldwide living with migraine, …")
        if not (_STRONG_EFFECT.search(main) or (_STATISTIC.search(text) and (has_terms or HEALTH.search(text)))):
            return False
    # "Avoid lotions, which can block the conductive surface": product care, not safety advice
    # (an upper limit on an amount is safety advice whoever it is for: "Don't take more than 4 g a day from all sources")
    advice = (bool(_SAFETY_ADVICE.search(text)) and bool(has_subject or has_terms or HEALTH.search(text) or safety_section)) or \
        _amount_limit(text)
    if is_call_to_action(text) and not advice and not (_EMBEDDED.search(text) and HEALTH.search(text)) and not (
            # ("If you have epilepsy, please talk to us first, because … seizures"; "let us know before we start, as deep
            # pressure can cause bruising": a harm that may happen, not only the safety a call to action asks about)
            _states_a_harm(text) and (safety_section or re.search(r"\b(?:as|because|since)\b[^.]{0,80}\b(?:can|may|could|might)\b",
                                                                  text, re.IGNORECASE))):
        return False
    if re.search(r"!\W*$", text) and re.search(r"\byou(?:r|rs)?\b", text, re.IGNORECASE) and not (
            has_subject or has_terms or _TESTIMONIAL.match(text)
            # (a review in its writer's words: "My husband says he feels twenty years younger, if you know what I mean!")
            or (testimonial and re.match(r"\W*(?:I|my|we|our)\b", text, re.IGNORECASE))):
        return False  # "Your feet carry you everywhere – treat them well!": a slogan
    health = has_terms or bool(HEALTH.search(text))
    if len(text.split()) < 4 and not EFFECT.search(text) and not advice:
        return False  # "They're ear seeds!"
    # "Sleep better Many users find …": a bold item label run into its sentence is not an instruction
    imperative = bool(_IMPERATIVE.match(text)) and not _RUN_ON_LABEL.match(text) and not (
        # "Put some on my son's knee graze and it had healed in three days": a review that drops its "I"
        testimonial and re.search(r"\b(?:my|our)\b", text, re.IGNORECASE) and (_RECOVERED.search(text) or re.search(
            r"\b(?:had|has|was|were)\s+(?:\w+\s+)?(?:healed|gone|cleared|better|improved|disappeared)\b", text, re.IGNORECASE))) and not (
        # "Stir it into warm water and a sore throat eases within hours": a recipe step with a claimed effect
        _RECIPE_STEP.match(text) and any(HEALTH.search(text, t.end()) and (EFFECT.search(text, t.end())
                                         or _STRONG_EFFECT.search(text, t.end())) for t in _CLAUSE_TURN.finditer(text)))
    if imperative and (_PURPOSE_EFFECT.search(text) or _reason_claims_effect(text) or (
            # (about the body, not the business: "Remember: booking early helps us plan")
            (then := _AND_THEN_EFFECT.search(text)) and (HEALTH.search(text, then.end()) or _ACHES.search(text, then.end()))
            and (EFFECT.search(text, then.end()) or _STRONG_EFFECT.search(text, then.end())))):
        # "Drink plenty of water afterwards to help flush the released toxins": advice with a claimed effect; "Take one
        # tablet every day and it prevents flu all winter long": a promise
        return True
    if imperative and not advice:
        # advice under a "Cautions" / "Is it safe?" heading is a safety claim
        return safety_section and (health or has_subject or bool(_SAFETY.search(text)))
    if advice or _EVIDENCE.search(text) or _STUDY_VERB.search(text) or (_STUDY_LEAD.match(text) and health):
        return True
    if (testimonial or _TESTIMONIAL.match(text)) and re.search(r"\b(?:I|we)\s+used to\b|\b(?:my|our) \w+ used to\b|\bused to (?:wake|keep|hurt|ache|stop)\b"
                                                           # "I'd had vertigo for three months", "I hadn't slept more than …"
                                                           r"|^\W*(?:I|we)(?:['\u2019]d| had)(?: not|n['\u2019]t)? (?:\w+ )?(?:had|been|slept|suffered|struggled|tried|seen)\b(?![^.]{0,20}\b(?:better|so well|so soundly)\b)",
                                                           text, re.IGNORECASE) and not _RECOVERED.search(text) and not (
            # (the story and its turn in one sentence: "my back used to give out every winter, but since I started monthly
            # massage I haven't lost a single day of work to it"; a turn that reports how it is now, not a plan or another
            # topic: "My back used to hurt, but now I'm trying massage", "… but these days I work from home")
            (turn := re.search(r"\bused to\b[^.]*?,?\s+(?:but|and)\s+(?:now|since|these days|nowadays|today)\b", text, re.IGNORECASE))
            and (_RECOVERED.search(text, turn.end()) or re.search(
                r"n['\u2019]t\b|\b(?:not|no longer|never|rarely|hardly|barely|back (?:out|on|to|at|in)|gone|free|fine|better|again"
                r"|(?:help|eas|improv|reliev|clear|heal)\w*)\b",
                text[turn.end():], re.IGNORECASE))):
        return False  # "My knee used to wake me every night": the story before, not the claim
    if _TESTIMONIAL.match(text) and (EFFECT.search(text) or _RECOVERED.search(text)):
        return True  # ("I feel like I've got my legs back")
    if testimonial and ((EFFECT.search(text) and (health or has_subject or _FIRST_PERSON.search(text)))
                        # "Gives me more energy than my espresso", "none of us caught a single cold all winter"
                        or (health and _FIRST_PERSON.search(text) and _COMPARED_STORY.search(text))
                        or (_RECOVERED.search(text) and (health or _FIRST_PERSON.search(text)
                                                                  or (_FAMILY_PERSON.search(text) and not _CUSTOMER_AGAIN.search(text))))
                        or (health and _DELIGHT.search(text))):
        return True  # "I had sciatica for two years" tells the story; "I can walk again" is the claim
    if _PROMISE.search(text) or (_IMPLIED_BENEFIT.search(text) and (has_subject or _PEOPLE_SUBJECT.match(text))):
        return True
    if _ANATOMY_DEF.match(text) and not mentions:
        return False  # "The plantar fascia is a thick, fibrous band that runs from your heel bone …": anatomy
    if (body := _BODY_CHEMICAL.match(text) or _MADE_BY.match(text)) and not (_STRONG_EFFECT.search(text, body.end()) or (
            body.re is _MADE_BY and EFFECT.search(text, body.end()))):  # ("…, packed with antibodies that support …")
        return False  # "Melatonin is the hormone your brain releases in the evening …": what the body makes, not a claim
    if (complaint := _COMPLAINT_WE_SEE.match(text)) and not mentions and not (
            EFFECT.search(text, complaint.end()) or _STRONG_EFFECT.search(text, complaint.end()) or _STATISTIC.search(text)
            or _RECOVERED.search(text, complaint.end())):
        return False  # "Runner's knee is the complaint I hear about most often": background
    if _PREVALENCE_RANK.search(text) and (has_terms or HEALTH.search(text)) and not _OWN_CASELOAD.search(text):
        # (not the clinic's own caseload: "… we see in runners")
        return True  # "Tension-type headache is the most common headache disorder in the world": how common, a figure
    if _SYMPTOMS_ARE.match(text) and not (mentions or safety_section or _STATISTIC.search(text)):
        return False  # "Typical symptoms include neck pain and stiffness, …", "Symptoms often start in the second trimester"
    if (_CONDITION_DEF.match(text) or (_WHO_GETS_IT.match(text) and not safety_section) or (
            (cause := _CAUSED_BY.match(text)) and not (safety_section or _SAFETY.search(text, cause.end())))) and not mentions:
        return False  # "Fibromyalgia is a long-term condition that causes pain all over the body": the disease, not a claim
    definition = _DEFINITION.match(text) or _DEFINES.match(text)
    if definition and re.search(r"\bas an?\s+$", definition.group(0)) and HEALTH.search(text, definition.end()):
        definition = None  # "Ashwagandha is known as a stress-buster", "It's known as a painkiller": a health word, a claim
    if definition and re.search(r"\b(?:means|refers to)\s*$", definition.group(0)):
        return names_an_effect(text, definition.end()) or bool(
            _SAFETY.search(text, definition.end()))
    if _STATISTIC.search(text) and (health or has_subject or mentions or _BACK_TO_ACTIVITY.search(text)):
        return True
    if definition:  # "The most common side effects are a dry mouth …" defines a risk: a safety claim
        return bool(EFFECT.search(text, definition.end()) or _SAFETY.search(text) or _SAFETY_KIND.search(text)
                    or _PURPOSE_EFFECT.search(text, definition.end())
                    or _RECOVERED.search(_RECURS.sub(" ", text[definition.end() :])))  # ("… a low-impact way to keep a stiff knee moving")
    if health and has_subject and (not _COPULA.match(text) or _specific_health(text, 0, anatomy=True)
                                   or EFFECT.search(text)) and not (
            # (a request under a question that names the condition: "Please let your teacher know before class" under
            # "Is it safe if I have PTSD?")
            # (an instruction has returned above unless it is safety advice, which has returned too)
            re.match(r"please\b", text, re.IGNORECASE) and not HEALTH.search(text) and not EFFECT.search(text)
            and not _SAFETY.search(text)):
        return True  # "Ear seeds are small seeds stuck onto the ear": a body part alone asserts nothing
    if safety_section and has_subject and re.search(r"\b(?:not|never|no|cannot)\b|n['\u2019]t\b", text, re.IGNORECASE) and not _IMPERATIVE.match(text):
        return True  # "Oil pulling does not replace brushing" under "A word of caution"
    if (safety_section or has_subject) and _SAFETY_KIND.search(text) and not _IMPERATIVE.match(text):
        return True  # "Serious complications are extremely rare." under "Is it safe?"; "It is non-invasive and needs no anaesthetic."
    if safety_section and (_HAZARD.search(text) or (_SAFETY.search(text) and not re.search(
            r"^for (?:your|their) (?:own )?safety\b|\b(?:vegetarians?|vegans?|halal|kosher)\b", text, re.IGNORECASE))) \
            and not _IMPERATIVE.match(text):
        # (and "For everyone else, ginkgo is completely safe to take long term", "The round marks left by the cups are
        # harmless" under "Is it safe?": how safe it is)
        return True  # "Cold shock can make you gasp … and drown" under "Staying safe": the hazard is the claim
    if _DOSE_LIMIT.search(text):
        return True  # "Adults should not take more than 100 micrograms a day unless a doctor has advised it": an upper limit
    if (safe_for := _SAFE_FOR_PEOPLE.search(text)) and not imperative and (
            safe_for.group(0).lower().startswith(("safe", "recommended", "advised")) or has_subject or mentions or health
            or safety_section or re.search(r"(?:^|[:|])\W*not\s+$", text[: safe_for.start()], re.IGNORECASE)):
        # ("suitable for children" needs the treatment or a health term: "Gift vouchers are suitable for anyone", "The
        # retreat is not suitable for children"; but not a label of its own, "Not suitable for under-3s" in a dose table's
        # row "Under 3 years: Not suitable for under-3s", nor advice against it, "not recommended for children under 12")
        return True  # "The air compression is gentle and safe for users of all ages": who it is safe for
    if (_SHARE_OPENS.match(text) or _AFFECTS_SHARE.search(text)) and not re.search(r"\b(?:recommend|rate[sd]?|stars?|book|rebook|return|come back|satisf\w*"
                                                  r"|visit|bookings?|readers|orders|subscri\w*|buy|bought|order\w*|agree)\b", text, re.IGNORECASE):
        return True  # "1 in 5 men over 50 will do the same", "Nine in ten told us they felt calmer": a share of people
    if not (health or has_subject):
        return False  # an effect alone is not enough: two of (effect, health term, subject)
    return bool(EFFECT.search(text) or _SAFETY.search(text) or _REPORTED.search(text) or _ENDORSED.search(text)
                # "A few feel light-headed during their first session" (a side effect: not "If you have any questions about
                # acupuncture, just ask at reception", which the kind's other cues would call a caution)
                or (has_subject and _SIDE_EFFECT_SOME.search(text))
                or (has_subject and _BACK_TO_ACTIVITY.search(text))  # "… the most important factor in getting back to sport"
                # "Haven't had a single cold since I started these in October": a customer's recovery, in their words
                # (not a practitioner's "again": "many of my patients come back again and again for maintenance")
                or (_FIRST_PERSON.search(text) and _own_recovery(text))
                or ((svo := _SVO.match(text)) and _specific_health(text, svo.end() - 1)))


# what a practitioner offers, named as a service ("pain relief", "injury prevention"), is no outcome of a bio's turn
_SERVICE_NOUN = re.compile(r"\b(?:pain |stress |symptom )?relief\b(?!\s+(?:from|of|for|in)\b)|\b(?:injury |falls? )?prevention\b"
                           r"|\brehabilitation\b", re.IGNORECASE)
_TURN = re.compile(r"(?:,\s*|\s)(?:and|but|so|until)\s+(?:(?:within|after|by) [^,]{0,30},?\s*)?(?:my|her|his|their|she|he|they|it"
                   r"|the|I)\b|,\s*which\b|[:;\u2014]\s+|,\s*(?:and|but|so)\s+|\suntil\s+|\sand (?=(?:reduc|eas|reliev|help|improv|cut|lower|clear|stop|halv)\w*\b)|\sand (?:[\w-]+ ){1,3}?(?=(?:reduc|eas|reliev|help|improv|cut|lower|clear|stop|halv|calm|sooth)\w*s\b)|\b(?:found|showed|says?|said) that "
                   r"|(?:\sand|,\s*who) (?:has|have) (?=(?:helped|treated|supported|cured|relieved|freed) (?:over |more than |hundreds|thousands|\d|many|countless|clients"
                   r"|patients|people|women|men)\b)"
                   # "…, helping clients with lipoedema reduce swelling in their legs": what the practice does for them
                   r"|,\s*helping (?:[\w-]+ ){1,5}?(?:to )?(?=(?:reduc|eas|reliev|improv|cut|lower|clear|stop|halv|calm|sooth|recover|regain"
                   r"|overcome|manage)\w*\b)", re.IGNORECASE)
# a condition that keeps returning, in its definition: "Sciatica is a type of nerve pain that often comes back", "Gout is
# a type of arthritis that tends to flare up again": no recovery
_RECURS = re.compile(r"\b(?:flares?|flared|flaring)(?: up)?(?: \w+)? again\b|\b(?:keeps? )?(?:comes?|came|coming|come) back\b(?: again)?"
                     r"|\bagain and again\b|\b(?:returns?|recurs?|happens?|starts?) again\b", re.IGNORECASE)
_BACK_TO_ACTIVITY = re.compile(r"\b(?:get(?:ting|s)?|return(?:ing|s)?|go(?:ing)?) back to (?:sport|running|work|training|the gym"
                               r"|full (?:fitness|training|activity)|(?:your|their) (?:sport|game|running|training|normal)\b)"
                               # "… 94% returned to competitive sport"
                               # (and natural variants: "… returned to their previous level of sport", "… to work", "… to competition")
                               r"|\breturn(?:ed|s|ing)? to (?:(?:competitive|full|contact|their|your|normal|previous|pre-injury|the same) )*"
                               r"(?:levels? of (?:\w+ )?)?(?:sport|play|running|training|work|competition|match play)\b",
                               re.IGNORECASE)
# a client's story told in the third person: "By the end of that time she …", "Within a month, he …"
# (or as a relative tells it: "His daughter says he now sleeps through the night most Thursdays")
_THIRD_PERSON = re.compile(r"(?:[^,]{0,40},\s*|(?:by|after|within|over|in) [^,]{0,40}?\s)?(?:(?:her|his|their) (?:daughter|son|wife"
                           r"|husband|partner|mum|mother|dad|father|family|carer|parents?|children|kids) (?:says|said|tells me|told me"
                           r"|tells us|told us|reports|reported) (?:that )?)?(?:she|he|they)\b", re.IGNORECASE)


# "again" is a recovery after a regained activity ("he could sleep through the night again"), not in a bio ("… again in 2020")
_ABLE_AGAIN = re.compile(r"(?:\b(?:could|can|able to|managed to)\s+(?:\w+\s+)?(?:sleep|walk|run|work|play|train|drive|lift|bend|climb"
                         r"|garden|move|swim|cycl|carry|jump|dance|kneel|dress|grip|knit|write|type|tie|hold)\w*"
                         # "she was walking to the shops on her own again" (not "he was working again at the clinic")
                         r"|\b(?:was|were|is|are) (?:\w+ )?(?:walking|running|sleeping|driving|lifting|bending|gardening|swimming"
                         r"|cycling|climbing|dancing|hiking|trotting|jumping|playing|carrying|doing up|dressing|gripping|knitting"
                         r"|writing|typing|tying)\b"
                         # (not a job: "she was running the Tuesday clinic again", "driving the school minibus again")
                         r"(?!\s+(?:the|our|a|an|her|his|their|its)\s+(?:[\w-]+\s+){0,2}(?:clinic|class(?:es)?|studio|practice|business"
                         r"|shop|team|sessions?|workshops?|courses?|desk|reception|group|company|minibus|bus|taxi|ward|club|surgery)\b))"
                         r"\b[^.]{0,40}$", re.IGNORECASE)
_BACK_AS_PLACE = re.compile(r"(?:came|comes|is|are) back", re.IGNORECASE)  # "he came back to Leeds"


# a figure about people's health before anything else in the sentence: "Around 1 in 3 office workers report neck pain …"
_HEALTH_FIGURE_FIRST = re.compile(r"^(?:around|about|roughly|nearly|almost|over|more than|up to|some|an estimated)?\s*(?:\d[\d,.]*\s*%|\d+ in \d+"
                                  r"|one in (?:two|three|four|five|six|seven|eight|ten)"
                                  # ("A third of office workers report neck pain …", "Half of all adults have back pain …")
                                  r"|half|(?:a|one)[- ](?:third|quarter|fifth)|two[- ]thirds|three[- ]quarters)\s+(?:of\s+)?(?:[\w-]+\s+){0,3}?(?:report|have|get|suffer"
                                  r"|experience|live with|develop|are affected)\w*\b", re.IGNORECASE)


# a condition's rank among others: "the most common headache disorder in the world", "the third most common musculoskeletal
# complaint seen by GPs", "the leading cause of disability worldwide"
_PREVALENCE_RANK = re.compile(r"\b(?:the )?(?:(?:second|third|fourth|fifth) )?most common (?:[\w-]+ ){0,2}(?:disorders?|complaints?|conditions?"
                              r"|causes? of|types? of|forms? of|reasons? (?:for|people see)|problems?|injur(?:y|ies)|diseases?)\b"
                              r"|\bthe (?:single )?(?:leading|biggest) cause of (?:disability|death|sick leave|pain)\b", re.IGNORECASE)
# the clinic's own caseload: "… we see in runners", "… our physios see", "… seen in our clinic", "… we're asked about"
_OWN_CASELOAD = re.compile(r"\b(?:(?:we|I|our (?:[\w-]+ )?(?:team|physios?|therapists?|practitioners?|osteopaths?|chiropractors?"
                           r"|clinicians?|staff))(?:['\u2019]re| are| get| have)? (?:see|sees|seen|treat|treats|treated|hear about"
                           r"|asked about)|seen (?:in|at|by) (?:our|my|this) (?:clinic|practice|studio|team|physios?|therapists?))\b",
                           re.IGNORECASE)


def _told_recovery(text: str) -> bool:
    """A third-person client's recovery ("she was down to about one headache a week"); not a bio's "again",
    "since then" or "came back" ("In 2015 he came back to Leeds …")."""
    if not _THIRD_PERSON.match(text):
        return False  # (the cheap test first: most sentences are not told of "she", "he" or "they")
    recovered = regained = False
    for r in _RECOVERED.finditer(text):
        word = r.group(0).lower()
        able = word in ("again", "since then") and bool(_ABLE_AGAIN.search(text[: r.start()]))
        recovered = recovered or ((word not in ("again", "since then") or able) and not _BACK_AS_PLACE.match(r.group(0)))
        regained = regained or (word == "again" and able)
    return recovered and bool(HEALTH.search(text) or regained)


def _own_recovery(text: str) -> bool:
    """A recovery in the speaker's words ("Haven't had a single cold since I started these"); a bare "again" or
    "since then" only after a regained activity ("I could walk to the shops again"), not a practitioner's "I see my
    patients again after two weeks"."""
    for r in _RECOVERED.finditer(text):
        word = r.group(0).lower()
        if _BACK_AS_PLACE.match(r.group(0)):
            continue
        if word not in ("again", "since then") or _ABLE_AGAIN.search(text[: r.start()]):
            return True
    return False


def noun_subject(text: str) -> str | None:
    """The bare noun subject of "Colostrum seals a leaky gut" ("colostrum"), when the sentence has that shape."""
    m = _SVO.match(text.strip())
    return m.group("subject").lower() if m and _specific_health(text.strip(), m.end() - 1) else None


_GENERIC_HEALTH = frozenset({"body", "mind", "back", "patients", "patient", "doses", "dose", "focus", "chronic"})


def specific_health(text: str) -> bool:
    """Whether ``text`` names a health term other than the generic "body", "mind", "back"."""
    return _specific_health(text, 0)


_COPULA = re.compile(r"^[^,.;:]{1,60}?\s+(?:is|are)\s+(?!not\b)")
_ANATOMY = frozenset({"ear", "ears", "skin", "neck", "shoulder", "shoulders", "knee", "knees", "hip", "hips", "foot",
                      "feet", "mouth", "teeth", "tooth", "eyes", "eye", "hair", "nails", "nail", "jaw", "heel", "heels",
                      "elbow", "elbows", "wrist", "wrists", "gums", "scalp", "lungs", "lung", "brain", "heart"})


def _specific_health(text: str, start: int, *, anatomy: bool = False) -> bool:
    """A health word after ``start`` other than the generic ones ("your body clock" is not enough); with ``anatomy``
    a body part alone is not enough either."""
    skip = _GENERIC_HEALTH | _ANATOMY if anatomy else _GENERIC_HEALTH
    return any(m.group(0).lower() not in skip for m in HEALTH.finditer(text, start))


# "Marks and bruising – what's normal?", "What's normal after cupping?": what a session leaves behind (not a bruise the
# treatment treats, "How arnica helps bruises heal", "Arnica for bruises", nor what is normal for a condition, "Baby sleep:
# what's normal?")
_AFTER_EFFECTS_SECTION = re.compile(r"\bbruis(?:e|es|ing)\b|\bwhat(?:['\u2019]?s| is) normal\b(?=.*\b(?:after\w*|following|marks?"
                                    r"|bruis\w*|sore\w*|reactions?)\b)|\b(?:after\w*|following|marks?|sore\w*|reactions?)\b.*"
                                    r"\bwhat(?:['\u2019]?s| is) normal\b", re.IGNORECASE)
_TREATS_BRUISES = re.compile(r"\b(?:helps?|heal\w*|treat\w*|remed\w*|sooth\w*|eas(?:e|es|ing)|clear\w*|for)\s+(?:\w+\s+){0,2}bruis"
                             r"|\bbruis\w*\s+(?:\w+\s+){0,2}(?:heal|fade)\w*\b(?!\s+(?:within|in|over|after))", re.IGNORECASE)


def is_safety_section(heading: str) -> bool:
    """A heading about safety: "Is it safe?", "Side effects", "A word of caution", "Who should skip it" (not the safety
    of a home, a road or a pool: "Simple home safety tips")."""
    if _PLACE_SAFETY.search(heading):
        return False
    return bool(_SAFETY_SECTION.search(heading)) or bool(_AFTER_EFFECTS_SECTION.search(heading)
                                                         and not _TREATS_BRUISES.search(heading))


_PLACE_SAFETY = re.compile(r"\b(?:home|household|road|fire|online|internet|kitchen|bathroom|garden|workplace"
                           r"|travel) safety\b", re.IGNORECASE)


# a symptom among the safety words: a side effect only when something brings it on or it is said to be rare, mild or
# passing ("needling can cause bruising", "Mild effects such as a small bruise", "Nausea is rare"), not when it is what
# the treatment treats ("8 in 10 said their nausea was easier to manage", "signals that trigger nausea")
_SYMPTOM_WORD = re.compile(r"bruis\w*|soreness|infection|bleeding|uncomfortable|redness|stomach upset|nausea|diarrh\w*"
                           r"|dizz\w*|dehydrat\w*|allerg\w*|itch\w*|blister\w*|loose stools?", re.IGNORECASE)
# a harm that is also a condition treated: "Chelation therapy treats lead poisoning", "Ginger eases nausea after food
# poisoning", "The diet cut seizures by half" (but "can occasionally trigger seizures", "Iron poisoning is a leading cause …")
_TREATED_HARM = re.compile(r"poisoning|seizures?", re.IGNORECASE)
_TREATS_BEFORE = re.compile(r"\b(?:treat\w*|eas(?:e|es|ed|ing)|reliev\w*|reduc\w*|cut(?:s|ting)?|control\w*|manag\w*|prevent\w*"
                            r"|fewer|less|stop\w*|recover\w*|help\w*|fight\w*)\b[^.;:]{0,40}$", re.IGNORECASE)
_BROUGHT_ON = re.compile(r"\b(?:cause[sd]?|causing|bring(?:s)? on|give[sn]?|leave[sn]?|left|feel(?:s|ing)?|felt|get(?:s|ting)?"
                         r"|experienc\w*|develop\w*|notice|risk|chance|prone|vulnerable|mild|slight|temporary|minor|occasional"
                         r"|small|possible|little|some|any|such as|like|or|and|no|not|without|worse|increas\w*|more|can|may|might|could|be"
                         r"|put up with)\b[^.;]{0,40}$",
                         re.IGNORECASE)
_SAID_TO_PASS = re.compile(r"[^.;]{0,40}?\b(?:(?:is|are|can|may|might|could|will|sometimes|occasionally|rarely)\s+(?:\w+\s+)?"
                           r"(?:rare|uncommon|common|possible|normal|expected|temporary|mild|short-lived|occur|happen|follow"
                           r"|last|settle|pass|fade|develop|appear|result|form)"
                           # a symptom that runs its course, said plainly: "Bruising usually fades within a week", "Any dizziness
                           # passes in minutes" (not "stops" or "clears", which a treated symptom does too)
                           r"|(?:(?:usually|normally|typically|generally|often|soon|quickly|always)\s+)?(?:fades|passes|settles"
                           r"|subsides|wears off|eases off)\b)", re.IGNORECASE)


def _safety_words(text: str) -> bool:
    """Safety vocabulary that is not the thing being reduced ("reduces soreness" is a benefit), nor the symptom being
    treated."""
    for m in _SAFETY.finditer(text):
        before = text[max(0, m.start() - 50) : m.start()]
        if _REDUCED.search(before[-30:]) or (_TREATED_HARM.fullmatch(m.group(0)) and _TREATS_BEFORE.search(before)):
            continue
        if _SYMPTOM_WORD.fullmatch(m.group(0)) and not (_BROUGHT_ON.search(before) or _SAID_TO_PASS.match(text, m.end())
                                                         or _bare_symptom(text, m.start(), m.end())):
            continue  # (a bare sign in a list, "Blisters or broken skin under the cups", is what to watch for)
        return True
    return False


# a verb that makes a text a statement, not a bare name ("Nausea was easier to manage" tells how it went)
_STATES = re.compile(r"\b(?:is|are|was|were|be|been|being|can|could|may|might|will|would|should|has|have|had|does|do|did"
                     r"|gets?|got|became|becomes?|felt|feels?|said|says?)\b", re.IGNORECASE)


def _bare_symptom(text: str, start: int, end: int) -> bool:
    """Whether a text only names the symptom it starts with ("Blisters or broken skin under the cups", "Dizziness or
    feeling faint" listed under "Keep an eye out for these after your session"): a symptom listed as what to watch for,
    not one a sentence says was treated (with a verb that states, or one that eases it: "Nausea in early pregnancy
    responds well to acupressure", "Itchy skin often calms down with oatmeal baths")."""
    return not text[:start].strip(" \t-*\u2022\u2013\u2014") and not _STATES.search(text) and not EFFECT.search(text, end)


_BEST = re.compile(r"(?:works?|worked) best|is the (?:best|most effective)", re.IGNORECASE)
# kind only: a verb acting on a body structure ("strengthens the muscles that support …", "takes load off the joint",
# "relaxes the overworked chewing muscles", "remodels the damaged tendon"): how it works
_ACTS_ON = re.compile(
    r"\b(?:strengthens|relaxes|remodels|retrains|trains|pulls|loads|unloads|drains?|binds?|soaks? up|flush(?:es)? out"
    r"|takes? (?:the )?(?:load|pressure|strain|weight) off|reduces? the (?:load|strain|pressure) on|breaks? (?:down|up)"
    r"|travels? (?:deep )?into|heats?)\s+(?:the |your |these |those |its )?(?:[\w-]+ ){0,2}(?:muscles?|tendons?|joints?"
    r"|ligaments?|nerves?|nerve roots?|bladder|spine|discs?|fascia|tissues?|body|airways|gut|bone|bones|lymph\w*|fat deposits"
    r"|blood vessels|arteries|cells)\b",
    re.IGNORECASE)
# kind only (not detection): a side effect some people get, a caution to check first, a harm the treatment may do
# a side effect some people get: "A few feel light-headed during their first session"
_SOME_GET = (
    r"\b(?:some|a few|a small number of|occasionally|rarely|may|might|can)\b[^.]{0,40}\b(?:get|feel|notice|experience|have"
    r"|develop|cause|causes|pass)\s+(?:a |an |some )?(?:little |bit of |touch of )?(?:mild |slight |temporary |brief |short-lived |extra )?"
    # (not the relief: "you may notice less bloating and fewer cramps")
    r"(?!(?:less|fewer|no|reduced|lower|lighter|milder|shorter|any|far|much)\b)(?:\w+ )?(?:cramps?|bloating|gas|wind"
    r"|nausea|headaches?|soreness|bruis\w*|dizz\w*|drows\w*|upset stomach|diarrh\w*|constipation|rash\w*|itch\w*|tingl\w*"
    r"|aches?|achy|light-?headed\w*|flushing)\b")
_SIDE_EFFECT_SOME = re.compile(_SOME_GET, re.IGNORECASE)
_SAFETY_KIND_OF = re.compile(
    _SOME_GET +
    r"|\bif you\b[^.]{0,80}\b(?:speak|talk|check|consult|ask|wait until|have a (?:quick )?word)\b"
    # "… so people with diabetes should monitor their blood glucose", "… mean you should postpone your appointment",
    # "After a caesarean section, wait at least six weeks", "Some tenderness the next day is normal"
    # (not a promise: "Your headaches should stop within a few sessions", "Wait until you feel the difference")
    r"|\bshould (?:monitor|postpone|delay|wait|avoid|stop (?:taking|using|treatment|the|your)|not)\b"
    r"|^(?:after [^,]{3,40},\s*)?wait (?:at least|until|for)\b(?![^.]*\b(?:difference|results?|benefits?|better)\b)"
    r"|\b(?:tenderness|soreness|redness|bruising|stiffness|aching|tiredness)\b[^.]{0,30}\b(?:is|are) (?:completely |perfectly |quite )?normal\b"
    # a harm of too much, an interaction, a side effect told or denied: "Taking high doses for months can cause a copper
    # deficiency", "Zinc can also stop some antibiotics … from being absorbed properly", "zinc made her feel queasy",
    # "Zinc doesn't cause the initial breakout that some people get when starting retinoids"
    # (not a habit's harm: "Too much sitting can lead to back pain", "Too much screen time can cause headaches")
    r"|\b(?:(?:high|higher|large|larger|mega|excess\w*)[- ]dos\w*|too much(?! (?:sitting|standing|screen|time|stress|sugar|salt|alcohol"
    r"|caffeine|coffee|training|exercise|running|slouching|desk|work|phone)\b)|excess\w* (?:intake|amounts?|consumption|use)|long-term use)\b[^.]{0,40}"
    r"\b(?:can|may|could|will|might)\s+(?:also\s+)?(?:cause|lead to|trigger|result in|produce)\s+(?!(?:better|fewer|less|improv\w*|more energy)\b)"
    r"|\b(?:antibiotics|medicines|medications|drugs|tablets|thyroid medication|levothyroxine)\b[^.]{0,60}\bfrom being absorbed\b"
    # (a sleep aid's drowsiness that ends in sleep is its benefit: "It made me feel drowsy within half an hour, and I slept
    # right through the night")
    r"|\b(?:made|makes|make) (?:me|her|him|them|us) (?:feel )?(?:a (?:bit|little) )?(?:queasy|sick|nauseous|dizzy|bloated|groggy"
    r"|drowsy(?![^.]*\b(?:slept|sleep|asleep|drift\w* off|nod\w* off)\b))\b"
    r"|\b(?:does ?n['\u2019]t|does not|won['\u2019]t|will not|shouldn['\u2019]t) cause (?:the |any )?(?:\w+ ){0,2}(?:breakouts?|purging|nausea"
    r"|drowsiness|side effects|irritation|dependence|grogginess|stomach upset|upset stomach|bruising|headaches?)\b"
    # "Some people feel a little sore for 24 to 48 hours after treatment": a passing after-effect
    r"|\b(?:feel|feels|felt) (?:a (?:little|bit) |slightly |mildly |quite )?(?:sore|achy|tender|stiff|tired|light-headed|dizzy|bruised)\b"
    # (not a change from before: "Patients who felt stiff before treatment feel looser after the first session")
    r"(?:(?!\bbefore\b)[^.]){0,40}\b(?:after|following) (?:treatment|(?:the|a|each|your) (?:first )?(?:session|treatment|visit|massage))\b"
    r"|\b(?:gave|give|gives|giving) (?:me|him|her|them|you) (?:a |an )?(?:slightly |mild |bit of an? )?(?:upset stomach|headache|rash|nausea)\b"
    r"|\bsuitable (?:from birth|for (?:babies|children|newborns|pregnant))\b"
    r"|,\s*(?:so\s+)?(?:speak|talk|check) (?:to|with) your (?:doctor|gp|pharmacist|midwife|consultant)\b"
    # (a harm to another treatment: "may reduce the effect of blood thinners", not "may reduce the effects of stress")
    r"|\b(?:may|might|could|can) (?:blunt|worsen|weaken|interfere with|reduce the (?:effect|benefit)s? of (?:your |the |some |other |certain |any )?"
    r"(?:[\w-]+ )?(?:medicines?|medications?|drugs?|pills?|contracepti\w+|treatments?|training|exercise|workouts?|vaccines?"
    r"|blood thinners|warfarin|antibiotics|antidepressants|insulin|chemotherapy|therapy))\b",
    re.IGNORECASE)


def names_an_effect(text: str, pos: int = 0) -> bool:
    """Whether ``text`` (from ``pos``) names an effect in words, not by a bare percentage ("100% vegan" names none)."""
    return any(m.group(0).lower() not in ("%", "percent") for m in EFFECT.finditer(text, pos))


def kind_of(text: str, *, cited: bool = False, has_conditions: bool = False, section: str = "") -> str:
    """The claim kind: safety, citation, statistic, mechanism, efficacy or benefit."""
    if cited:
        return "citation"
    if (_safety_words(text) or _SAFETY_ADVICE.search(text) or _SAFETY_KIND.search(text) or _RED_FLAG_ADVICE.search(text)
            or _SAFETY_KIND_OF.search(text) or _amount_limit(text)) \
            and not re.search(
            r"\bsafety\s+(?:net|first)\b", text, re.IGNORECASE):
        return "safety"
    if (_STUDY_VERB.search(text) or _ENDORSED.search(text) or _STUDY_WORD.search(text) or _STUDY_LEAD.match(text)
            or any(not _BEST.match(m.group(0)) for m in _EVIDENCE.finditer(text))):
        return "citation"  # (but "works best …", "is the best way to …" judges it without evidence: efficacy)
    if is_safety_section(section):
        return "safety"
    if _STATISTIC.search(text) or _QUANTITY.search(text) or _AFFECTS_SHARE.search(text):
        return "statistic"  # (and "Migraine affects around one in seven adults": how many a trouble affects, in words)
    main = text
    lead = re.match(r"^(?:by|when|through|via)\b[^,]{3,160},\s*", text, re.IGNORECASE)
    if lead and _BENEFIT.search(text[lead.end() :]):
        main = text[lead.end() :]
    mech = len(_MECH.findall(main)) + len(_CAUSAL.findall(main)) + len(_ACTS_ON.findall(main)) + (
        0 if has_conditions else len(_BODY_CHEMISTRY.findall(main)))
    benefit = len(_BENEFIT.findall(main))
    if mech and mech >= benefit:
        return "mechanism"
    if _EFFICACY.search(text) or (has_conditions and benefit):
        return "efficacy"
    return "benefit"
