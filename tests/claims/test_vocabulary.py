"""The vocabulary data: coverage of the areas the issue names, real MeSH headings, matching, user extension."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from claims import Vocabulary, VocabularyError
from claims.vocabulary import load_vocabulary, misread_abbreviations


@pytest.fixture(scope="module")
def vocab() -> Vocabulary:
    return Vocabulary.load()


@pytest.mark.parametrize(
    ("kind", "name", "mesh"),
    [("intervention", "dry needling", "Dry Needling"), ("intervention", "acupuncture", "Acupuncture Therapy"),
     ("intervention", "cupping", "Cupping Therapy"), ("intervention", "spinal manipulation", "Manipulation, Spinal"),
     ("intervention", "massage", "Massage"), ("intervention", "yoga", "Yoga"),
     ("intervention", "exercise therapy", "Exercise Therapy"), ("intervention", "stretching", "Muscle Stretching Exercises"),
     ("intervention", "physical therapy", "Physical Therapy Modalities"),
     ("intervention", "transcutaneous electrical nerve stimulation", "Transcutaneous Electric Nerve Stimulation"),
     ("intervention", "heat therapy", "Hyperthermia, Induced"), ("intervention", "cold therapy", "Cryotherapy"),
     ("intervention", "vitamin D", "Vitamin D"), ("intervention", "omega-3 fatty acids", "Fatty Acids, Omega-3"),
     ("intervention", "magnesium", "Magnesium"), ("intervention", "turmeric", "Curcumin"),
     ("intervention", "melatonin", "Melatonin"), ("intervention", "glucosamine", "Glucosamine"),
     ("intervention", "saffron", "Crocus"), ("intervention", "quercetin", "Quercetin"),
     ("intervention", "vitamin B6", "Vitamin B 6"), ("intervention", "moxibustion", "Moxibustion"),
     ("intervention", "ginseng", "Panax"), ("intervention", "cordyceps", "Cordyceps"),
     ("intervention", "eye movement desensitization and reprocessing", "Eye Movement Desensitization Reprocessing"),
     ("intervention", "intermittent fasting", "Intermittent Fasting"), ("intervention", "reishi", "Reishi"),
     ("intervention", "alkaline water", "Drinking Water"), ("intervention", "resveratrol", "Resveratrol"),
     ("intervention", "chlorella", "Chlorella"), ("intervention", "whole-body vibration", "Vibration"),
     ("intervention", "dance fitness", "Dancing"), ("intervention", "d-mannose", "Mannose"),
     ("intervention", "constraint-induced movement therapy", "Stroke Rehabilitation"), ("intervention", "lion's mane", "Hericium"),
     ("intervention", "microneedling", "Percutaneous Collagen Induction"), ("intervention", "niacinamide", "Niacinamide"),
     ("condition", "urinary tract infections", "Urinary Tract Infections"), ("condition", "stroke", "Stroke"),
     ("condition", "parkinson's disease", "Parkinson Disease"), ("condition", "hallux valgus", "Hallux Valgus"),
     ("condition", "falls", "Accidental Falls"), ("outcome", "balance", "Postural Balance"),
     ("intervention", "singing", "Singing"), ("condition", "chronic obstructive pulmonary disease", "Pulmonary Disease, Chronic Obstructive"),
     ("condition", "jet lag", "Jet Lag Syndrome"), ("condition", "restless legs syndrome", "Restless Legs Syndrome"),
     ("intervention", "garlic", "Garlic"), ("intervention", "mouthwash", "Mouthwashes"), ("intervention", "oil pulling", "Plant Oils"),
     ("condition", "periodontal disease", "Periodontal Diseases"), ("condition", "halitosis", "Halitosis"),
     ("condition", "long covid", "Post-Acute COVID-19 Syndrome"), ("intervention", "aciclovir", "Acyclovir"),
     ("condition", "cold sores", "Herpes Labialis"), ("condition", "erectile dysfunction", "Erectile Dysfunction"),
     ("condition", "post-traumatic stress disorder", "Stress Disorders, Post-Traumatic"),
     ("condition", "thrombosis", "Thrombosis"), ("outcome", "blood glucose", "Blood Glucose"),
     ("condition", "neck pain", "Neck Pain"), ("condition", "low back pain", "Low Back Pain"),
     ("condition", "shoulder pain", "Shoulder Pain"), ("condition", "lateral epicondylitis", "Tennis Elbow"),
     ("condition", "plantar fasciitis", "Fasciitis, Plantar"), ("condition", "knee osteoarthritis", "Osteoarthritis, Knee"),
     ("condition", "carpal tunnel syndrome", "Carpal Tunnel Syndrome"), ("condition", "sciatica", "Sciatica"),
     ("condition", "fibromyalgia", "Fibromyalgia"), ("condition", "migraine", "Migraine Disorders"),
     ("condition", "myofascial pain syndrome", "Myofascial Pain Syndromes"),
     ("condition", "temporomandibular disorder", "Temporomandibular Joint Disorders"),
     ("condition", "sprains and strains", "Sprains and Strains"), ("condition", "arthritis", "Arthritis"),
     ("condition", "insomnia", "Sleep Initiation and Maintenance Disorders"), ("condition", "anxiety", "Anxiety"),
     ("condition", "depression", "Depression"), ("condition", "hypertension", "Hypertension"),
     ("condition", "high cholesterol", "Hypercholesterolemia"), ("condition", "acne", "Acne Vulgaris"),
     ("condition", "eczema", "Eczema"), ("condition", "urinary incontinence", "Urinary Incontinence"),
     ("condition", "pelvic girdle pain", "Pelvic Girdle Pain"), ("condition", "hot flashes", "Hot Flashes"),
     ("condition", "dysmenorrhea", "Dysmenorrhea"), ("condition", "vertigo", "Vertigo"), ("outcome", "pain", "Pain"), ("outcome", "range of motion", "Range of Motion, Articular"),
     ("outcome", "inflammation", "Inflammation"), ("outcome", "circulation", "Regional Blood Flow"),
     ("outcome", "posture", "Posture"), ("outcome", "stress", "Stress, Psychological"), ("outcome", "sleep quality", "Sleep Quality"),
     ("outcome", "physical function", "Physical Functional Performance"), ("outcome", "muscle strength", "Muscle Strength"),
     ("outcome", "recovery", "Recovery of Function"), ("outcome", "immune function", "Immune System"),
     ("outcome", "skin aging", "Skin Aging")],
)
def test_coverage_with_mesh(vocab: Vocabulary, kind: str, name: str, mesh: str) -> None:
    term = vocab.entry(name, kind)
    assert mesh in term.mesh


@pytest.mark.parametrize(
    ("text", "names"),
    [("Regular massage therapy helps", ["massage"]), ("DN and dry-needling", ["dry needling", "dry needling"]),
     ("chiropractic adjustments", ["spinal manipulation"]), ("fish oil and curcumin", ["omega-3 fatty acids", "turmeric"]),
     ("Massages", ["massage"]), ("dn is lower-case", []),
     ("Neck manipulation carries a very small risk", ["spinal manipulation"]),
     ("PollenGuard Quercetin + Vitamin C", ["quercetin", "vitamin C"]),
     ("hyaluronic acid injections or a hyaluronic acid serum", ["hyaluronic acid injection", "hyaluronic acid"]),
     ("Injections deliver HA straight into the joint; HA injections cost more", ["hyaluronic acid", "hyaluronic acid injection"])],
)
def test_find_interventions(vocab: Vocabulary, text: str, names: list[str]) -> None:
    assert [m.term.name for m in vocab.find(text, "intervention")] == names


def test_find_is_longest_match_first(vocab: Vocabulary) -> None:
    assert [m.term.name for m in vocab.find("chronic low back pain and tennis elbow", "condition")] == [
        "low back pain", "lateral epicondylitis"]


def test_user_file_extends_the_vocabulary(tmp_path: Path) -> None:
    extra = tmp_path / "mine.json"
    extra.write_text(json.dumps({"version": "1", "interventions": [
        {"name": "gong therapy", "synonyms": ["gong bath"], "mesh": ["Music Therapy"]},
        {"name": "massage", "synonyms": ["lomi lomi"]}]}))
    vocab = Vocabulary.load([extra])
    # (the user's "gong bath" is their gong therapy, though the packaged vocabulary reads it as a sound bath)
    assert [m.term.name for m in vocab.find("A gong bath and lomi lomi", "intervention")] == [
        "gong therapy", "massage"]
    assert [m.term.name for m in load_vocabulary().find("A gong bath", "intervention")] == ["sound bath"]
    assert "Massage" in vocab.entry("massage").mesh
    assert vocab.version.endswith("+mine:1")


def test_bad_user_file(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text("{not json")
    with pytest.raises(VocabularyError, match="is not valid JSON"):
        Vocabulary.load([bad])


@pytest.mark.parametrize(
    ("text", "misread"),
    [
        # EMS used as part of another name, the long form never spelled out
        ("EMS Body Sculpting\n\nOur EMS sculpting sessions tone abs. EMS sculpting is non-invasive.", {"EMS"}),
        # a device word after it is still the vocabulary's therapy
        ("TENS relieves pain. A TENS unit is small. TENS therapy is safe.", set()),
        # a product form ("CBD gummies") is still CBD
        ("CBD gummies calm you. CBD gummies help sleep.", set()),
        # spelled out once: the article means the vocabulary's term
        ("Electrical muscle stimulation (EMS) builds strength. EMS sculpting sessions. EMS sculpting works.", set()),
    ],
)
def test_misread_abbreviations(text: str, misread: set[str]) -> None:
    assert misread_abbreviations(text, load_vocabulary()) == misread


def test_without_abbreviations_keeps_names_and_drops_only_the_abbreviation() -> None:
    vocab = load_vocabulary().without_abbreviations({"EMS"})
    assert vocab.find("EMS sculpting", "intervention") == []
    term = vocab.find("neuromuscular electrical stimulation helps", "intervention")[0].term
    assert term.name == "neuromuscular electrical stimulation" and "EMS" not in term.abbreviations
    assert load_vocabulary().without_abbreviations(()) is load_vocabulary()


@pytest.mark.parametrize(
    ("text", "names"),
    [("One Year of Needles: My Acupuncture-for-Migraine Diary", ["acupuncture", "migraine"]),
     ("a yoga-and-pilates class", ["yoga", "pilates"]), ("an acupuncture-style treatment", []),
     ("a massage-gun attachment", []), ("dry-needling", ["dry needling"])],
)
def test_a_hyphenated_phrase_names_its_terms_only_across_for_and_with(vocab: Vocabulary, text: str, names: list[str]) -> None:
    assert [m.term.name for m in vocab.find(text)] == names


@pytest.mark.parametrize(("surface", "name"), [("inversion table", "spinal decompression"), ("hot water bottle", "heat therapy"),
                                              ("wheat bag", "heat therapy"), ("PureAlka alkaline water filter jug", "alkaline water")])
def test_round_94_a_device_names_its_treatment(vocab: Vocabulary, surface: str, name: str) -> None:
    assert [m.term.name for m in vocab.find(surface, "intervention")] == [name]


@pytest.mark.parametrize(("text", "found"), [
    ("Mirror therapy helps people regain movement after a stroke", ["stroke"]), ("Stroke survivors benefit", ["stroke"]),
    ("Long, flowing strokes settle a racing mind", []), ("Stroke your baby's back gently", []), ("It was a stroke of luck", []),
    ("Heat stroke is dangerous in a sauna", []),
    # (falling asleep is no fall)
    ("Helps you fall asleep faster", []), ("Tai chi lowers the risk of falling in older adults", ["falls"])])
def test_round_96_stroke_and_falls_in_their_other_senses(vocab: Vocabulary, text: str, found: list[str]) -> None:
    assert [m.term.name for m in vocab.find(text, "condition")] == found


@pytest.mark.parametrize(("text", "found"), [
    # (a singing bowl is a sound bath's since vocabulary 2026.11.30.43)
    ("The choir's singing group eases breathlessness", ["singing"]), ("A singing bowl session lowered tension", ["sound bath"]),
    ("Light therapy glasses shift your body clock", ["bright light therapy"]), ("Pulmonary rehab eases breathlessness", ["pulmonary rehabilitation"])])
def test_round_97_singing_and_light_glasses(vocab: Vocabulary, text: str, found: list[str]) -> None:
    assert [m.term.name for m in vocab.find(text, "intervention")] == found


@pytest.mark.parametrize(("text", "found"), [
    ("Daily flossing cuts gum bleeding", ["flossing"]), ("Less bleeding when they floss", []),
    ("Hibiscus tea lowers blood pressure", ["herbal tea"]), ("The McKenzie method centralises leg pain", ["physical therapy"])])
def test_round_98_dental_habits_and_named_methods(vocab: Vocabulary, text: str, found: list[str]) -> None:
    assert [m.term.name for m in vocab.find(text, "intervention")] == found


def test_round_100_ed_is_no_abbreviation_of_erectile_dysfunction(vocab: Vocabulary) -> None:
    # "go to your nearest ED" is the emergency department; the full name still counts
    assert vocab.find("If the pain is severe, go to your nearest ED.", "condition") == []
    assert [m.term.name for m in vocab.find("Shockwave therapy for erectile dysfunction", "condition")] == ["erectile dysfunction"]


@pytest.mark.parametrize(("text", "found"), [
    ("Wearing hearing aids slows memory decline", ["hearing aids"]), ("A cochlear implant may be an option", ["cochlear implants"]),
    ("A sit-stand desk eases lower back pain", ["standing desk"]), ("Tango lessons improve balance in Parkinson's", ["dance fitness"]),
    ("Our dance classes lift mood", ["dance fitness"])])
def test_round_155_hearing_aids_standing_desks_and_dance(vocab: Vocabulary, text: str, found: list[str]) -> None:
    assert [m.term.name for m in vocab.find(text, "intervention")] == found


@pytest.mark.parametrize(("text", "found"), [
    ("Aged black garlic lowers LDL cholesterol", ["black garlic"]), ("Garlic capsules lower blood pressure", ["garlic"]),
    ("Contrast showers speed recovery after training", ["contrast water therapy"]),
    ("Our occupational therapists fit resting splints", ["occupational therapy", "orthotic brace"]),
    ("A heated eye massager eases tension headaches", ["massage"]), ("Buteyko breathing eases asthma", ["buteyko breathing"]),
    ("A snoring mouthguard holds the jaw forward", ["mandibular advancement device"]),
    ("Music therapy calms agitation in dementia", ["music therapy"]),
    # (no bare "swimming": on swimmers' injury pages and cold-water swimming pages it is the sport or the cold, not a
    # treatment, and 20 labelled pages lost attribution with it)
    ("Swimming can aggravate a sore shoulder", [])])
def test_rounds_156_157_black_garlic_contrast_showers_hand_therapy_and_more(vocab: Vocabulary, text: str, found: list[str]) -> None:
    assert [m.term.name for m in vocab.find(text, "intervention")] == found


@pytest.mark.parametrize(("text", "found"), [
    ("A 2015 Korean study linked eating kimchi with lower cholesterol", ["kimchi"]),
    ("Raw sauerkraut can hold billions of friendly bacteria", ["sauerkraut"]),
    ("Compression tights worn after the race cut next-day soreness", ["compression garments"]),
    ("Graduated compression stockings ease aching legs", ["compression garments"]),
    # (not a compression sleeve: on knee-sleeve and brace pages it is the product the page sells, an orthotic brace, and
    # two labelled pages lost 8 credits with it)
    ("A compression sleeve keeps the knee warm", [])])
def test_round_159_kimchi_sauerkraut_and_compression_garments(vocab: Vocabulary, text: str, found: list[str]) -> None:
    assert [m.term.name for m in vocab.find(text, "intervention")] == found


@pytest.mark.parametrize(("text", "found"), [
    ("Sleeping on a grounding sheet calms inflammation", ["grounding"]),
    # a therapist's calming tool or a schooling is not earthing
    ("Calming imagery and grounding skills you can use between sessions", []),
    ("A grounding technique for panic attacks", []), ("A good grounding in anatomy helps", [])])
def test_round_161_grounding_is_earthing_not_a_calming_skill(vocab: Vocabulary, text: str, found: list[str]) -> None:
    assert [m.term.name for m in vocab.find(text, "intervention")] == found


@pytest.mark.parametrize(("text", "found"), [
    # yoga's or a therapist's steadying kind of grounding is not earthing
    ("Grounding poses such as mountain pose calm the nervous system", []), ("A slow, grounding practice before bed", []),
    ("A grounding yoga flow for anxious days", ["yoga"]), ("Use the 5-4-3-2-1 grounding method", []),
    ("Grounding strategies for PTSD", []), ("A grounding meditation", ["meditation"]),
    ("The teacher's voice is grounding and calming", []), ("The grounding wire must be fitted by an electrician", []),
    # (earthing itself still is)
    ("Grounding: walking barefoot on grass", ["grounding", "walking"]), ("Sleeping on grounding sheets", ["grounding"]),
    ("Simple grounding practices like walking barefoot on grass reduce inflammation", ["grounding", "walking"])])
def test_review_162_grounding_in_yoga_and_therapy_is_not_earthing(vocab: Vocabulary, text: str, found: list[str]) -> None:
    assert [m.term.name for m in vocab.find(text, "intervention")] == found


@pytest.mark.parametrize(("text", "found"), [
    ("Lutein and zeaxanthin collect in the macula", ["lutein"]), ("A daily lutein supplement eases screen fatigue", ["lutein"]),
    ("Zeaxanthin filters blue light", ["lutein"]),
    ("A posture pillow keeps the neck in line while you sleep", ["cervical pillow"]),
    ("Our contoured memory foam pillow eases morning neck pain", ["cervical pillow"]),
    ("Orthopaedic pillows for side sleepers", ["cervical pillow"]),
    # (memory foam alone is still a material, not the mind's memory nor a pillow)
    ("A memory foam mattress topper", [])])
def test_round_162_lutein_and_cervical_pillows(vocab: Vocabulary, text: str, found: list[str]) -> None:
    assert [m.term.name for m in vocab.find(text, "intervention")] == found


@pytest.mark.parametrize(("text", "kind", "found"), [
    ("A spoonful of blackstrap molasses in warm milk", "intervention", ["blackstrap molasses"]),
    # (a drink made from it names it; a style named after one does not)
    ("Schoolgirls given a molasses-based drink every day", "intervention", ["blackstrap molasses"]),
    ("A turmeric-infused tea", "intervention", ["turmeric"]), ("A massage-style pillow", "intervention", []),
    ("Iron tablets ease anaemia", "condition", ["anaemia"]), ("Anaemic schoolgirls", "condition", ["anaemia"]),
    ("Iron-deficiency anemia in toddlers", "condition", ["anaemia"]),
    ("One in four women has low iron stores", "condition", ["iron deficiency"]),
    ("Raises haemoglobin and ferritin levels", "outcome", ["haemoglobin", "ferritin"]),
    # (another fruit's syrup, a blood-sugar measure, a gym's name, a filler made from a supplement: none of them)
    ("Pomegranate molasses is packed with antioxidants", "intervention", []),
    ("Cinnamon lowered glycated haemoglobin (HbA1c) by 0.5%", "outcome", []),
    ("Blackstrap Fitness offers kettlebell classes", "intervention", ["kettlebell training"]),
    ("Hyaluronic acid-based fillers restore lost volume", "intervention", []),
    ("Magnesium-based antacids ease heartburn", "intervention", [])])
def test_round_163_molasses_anaemia_and_haemoglobin(vocab: Vocabulary, text: str, kind: str, found: list[str]) -> None:
    assert [m.term.name for m in vocab.find(text, kind)] == found


@pytest.mark.parametrize(("text", "found"), [
    ("A copper tongue scraper lifts the coating in one sweep", ["tongue scraping"]),
    ("Scraping your tongue every morning freshens breath", ["tongue scraping"]),
    ("An electric toothbrush removes more plaque", ["toothbrushing"]),
    # (a gong bath is a sound bath: one page labels its gong baths so, another its sound baths)
    ("Our Thursday gong bath calms a busy mind", ["sound bath"]), ("Singing bowls and sound healing", ["sound bath", "sound bath"])])
def test_round_163_tongue_scraping_toothbrushing_and_sound_baths(vocab: Vocabulary, text: str, found: list[str]) -> None:
    assert [m.term.name for m in vocab.find(text, "intervention")] == found


@pytest.mark.parametrize(("text", "found"), [
    ("Myo-inositol and D-chiro-inositol in a 40:1 ratio", ["inositol", "inositol"]),
    ("Folic acid protects against neural tube defects", ["folic acid"]),
    ("Metformin commonly causes stomach upset", ["metformin"]), ("Two cups of spearmint tea a day", ["spearmint tea"]),
    ("Weighted vaginal cones train the pelvic floor", ["vaginal cones"]),
    # (folate in food is a nutrient that B12 works with, not the supplement: two B12 pages lost credits to it)
    ("B12 works with folate to make red blood cells", ["vitamin B12"])])
def test_round_164_inositol_folic_acid_metformin_spearmint_and_vaginal_cones(vocab: Vocabulary, text: str,
                                                                              found: list[str]) -> None:
    assert [m.term.name for m in vocab.find(text, "intervention")] == found


@pytest.mark.parametrize(("text", "found"), [
    ("A squeeze bottle reaches the deeper sinuses", ["nasal irrigation"]),
    ("Saline spray moisturises dry nasal passages", ["saline nasal spray"]),
    ("A steam inhaler loosens mucus", ["steam inhalation"]),
    ("Decongestant sprays such as xylometazoline cause rebound congestion", ["decongestant nasal spray", "decongestant nasal spray"]),
    ("Xylitol rinses break up biofilms", ["xylitol"]), ("A drop of tea tree oil", ["tea tree oil"]),
    ("Eucalyptus oil in a bowl of hot water", ["eucalyptus oil"])])
def test_round_163_nasal_sprays_steam_xylitol_and_oils(vocab: Vocabulary, text: str, found: list[str]) -> None:
    assert [m.term.name for m in vocab.find(text, "intervention")] == found


@pytest.mark.parametrize(("text", "found"), [
    ("A warm foot soak eases aching arches", ["foot bath"]), ("Our whirlpool foot spa boosts circulation", ["foot bath"]),
    ("A 10-minute foot bath at 40\u00b0C improved sleep", ["foot bath"]),
    ("Cinnamon keeps blood sugar steady after meals", ["cinnamon"]), ("Slippery elm soothes the stomach", ["slippery elm"]),
    ("Blessed thistle strengthens the let-down reflex", ["blessed thistle"])])
def test_round_164_foot_baths_cinnamon_slippery_elm_and_blessed_thistle(vocab: Vocabulary, text: str, found: list[str]) -> None:
    assert [m.term.name for m in vocab.find(text, "intervention")] == found


@pytest.mark.parametrize(("text", "found"), [
    ("Fermented red yeast rice lowers LDL cholesterol", ["red yeast rice"]), ("Facial exercises lift the cheeks", ["face yoga"]),
    ("Plant sterols block the absorption of cholesterol", ["plant sterols"]), ("Retinol speeds up cell turnover", ["retinol"]),
    ("Statins such as atorvastatin can cause muscle aches", ["statins", "statins"]),
    ("Broad-spectrum sunscreen prevents new wrinkles", ["sunscreen"]),
    ("Eating 3g of oat beta-glucan a day lowers cholesterol", ["oat beta-glucan"])])
def test_round_164_red_yeast_rice_face_yoga_sterols_retinol_statins_sunscreen_and_oats(vocab: Vocabulary, text: str,
                                                                                       found: list[str]) -> None:
    assert [m.term.name for m in vocab.find(text, "intervention")] == found


@pytest.mark.parametrize(("text", "found"), [
    ("Sea buckthorn oil capsules soothe dry eyes", ["sea buckthorn oil"]), ("Omega-7 feeds the skin barrier", ["sea buckthorn oil"]),
    ("Moringa leaf powder steadies blood sugar", ["moringa"]), ("Magnetic bracelets draw blood to the joint", ["magnetic bracelet"]),
    ("A copper bracelet eases arthritis", ["copper bracelet"]), ("Chia seeds and ground flaxseed ease constipation",
                                                                 ["chia seeds", "flaxseed"]),
    ("Golden linseed in your porridge", ["flaxseed"]), ("Ear seeds curb cravings", ["acupressure"])])
def test_round_165_sea_buckthorn_moringa_bracelets_chia_flaxseed_and_ear_seeds(vocab: Vocabulary, text: str,
                                                                               found: list[str]) -> None:
    assert [m.term.name for m in vocab.find(text, "intervention")] == found


@pytest.mark.parametrize(("text", "found"), [
    ("5-HTP (5-hydroxytryptophan) lifts low mood", ["5-htp", "5-htp"]), ("Activated charcoal binds gas", ["activated charcoal"]),
    ("Charcoal tablets after a big meal", ["activated charcoal"]), ("Simethicone breaks up gas bubbles", ["simethicone"]),
    ("A low-FODMAP diet eases IBS", ["low-fodmap diet"]),
    # (bare "charcoal" is a colour as often as a remedy: "Available in charcoal grey")
    ("Available in charcoal grey", [])])
def test_round_166_5htp_activated_charcoal_simethicone_and_low_fodmap(vocab: Vocabulary, text: str, found: list[str]) -> None:
    assert [m.term.name for m in vocab.find(text, "intervention")] == found


@pytest.mark.parametrize(("text", "found"), [
    ("Propolis throat spray soothes a sore throat", ["propolis"]), ("Rosemary essential oil regrows hair", ["rosemary oil"]),
    ("The keto diet cuts seizures", ["ketogenic diet"]), ("The modified Atkins diet suits adults", ["modified atkins diet"]),
    ("Hydrogen-rich water speeds recovery", ["hydrogen water"]), ("Ketoconazole shampoo calms the scalp", ["ketoconazole shampoo"]),
    ("Biotin supplements strengthen nails", ["biotin"]),
    # (lemon water was read from .51 to .52; the review found it took a honey's credit when stirred into it)
    ("Warm lemon water flushes toxins", [])])
def test_round_166_propolis_rosemary_oil_keto_hydrogen_water_ketoconazole_biotin_lemon_water(vocab: Vocabulary, text: str,
                                                                                             found: list[str]) -> None:
    assert [m.term.name for m in vocab.find(text, "intervention")] == found



@pytest.mark.parametrize(("text", "found"), [
    ("Humming stimulates the vagus nerve", ["humming"]), ("Five minutes of bee breath before bed", ["humming"]),
    ("Bhramari pranayama calms the mind", ["humming"]),
    # (running smoothly, not the practice)
    ("The iodine your thyroid needs to keep your metabolism humming", []), ("It keeps things humming along", [])])
def test_round_167_humming_and_bee_breath_not_a_metabolism_humming(vocab: Vocabulary, text: str, found: list[str]) -> None:
    assert [m.term.name for m in vocab.find(text, "intervention")] == found


@pytest.mark.parametrize(("text", "found"), [
    ("NMN capsules raise NAD+", ["nmn"]), ("Nicotinamide riboside (Niagen) and niacin", ["nicotinamide riboside", "nicotinamide riboside", "niacin"]),
    ("Whipped tallow balm soothes eczema", ["beef tallow"]), ("Celery juice on an empty stomach", ["celery juice"]),
    ("Ten minutes of morning light sets your body clock", ["morning sunlight"]),
    ("Hydrocortisone cream calms a flare", ["hydrocortisone"]),
    # (a diet's namesakes, a filter's carbon and a hot drink the honey is stirred into are not the terms)
    ("Keto ACV Gummies and keto flu", ["apple cider vinegar"]), ("The keto diet", ["ketogenic diet"]), ("Activated carbon removes chlorine", []),
    ("Stir a spoonful into hot lemon water", [])])
def test_round_167_and_review_nmn_tallow_celery_juice_morning_light_and_what_is_not_keto(vocab: Vocabulary, text: str,
                                                                                        found: list[str]) -> None:
    assert [m.term.name for m in vocab.find(text, "intervention")] == found
