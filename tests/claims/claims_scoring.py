"""Score extracted claims against a labelled claim table: recall, precision, attribution and kind agreement."""

from __future__ import annotations

import csv
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from rapidfuzz import fuzz

from claims import ClaimLedger, extract_claims
from claims.vocabulary import load_vocabulary

ARTICLES = Path(__file__).resolve().parent / "articles"
_VOCABULARY = load_vocabulary()
EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "dry-needling.txt"

#: article file -> labelled claim table (CSV: source, text, kind, intervention, misattributed)
LABELLED = {
    EXAMPLE: ARTICLES / "dry-needling.claims.csv",
    ARTICLES / "cupping-clinic.html": ARTICLES / "cupping-clinic.claims.csv",
    ARTICLES / "magnesium-sleep.md": ARTICLES / "magnesium-sleep.claims.csv",
    ARTICLES / "chiropractic-back-pain.txt": ARTICLES / "chiropractic-back-pain.claims.csv",
    # written and labelled before the extractor was run on them (first-pass figures in the report)
    ARTICLES / "shockwave-heel.txt": ARTICLES / "shockwave-heel.claims.csv",
    ARTICLES / "yoga-anxiety.html": ARTICLES / "yoga-anxiety.claims.csv",
    ARTICLES / "turmeric-joints.md": ARTICLES / "turmeric-joints.claims.csv",
    ARTICLES / "hyperbaric-recovery.html": ARTICLES / "hyperbaric-recovery.claims.csv",
    ARTICLES / "acupuncture-migraine.txt": ARTICLES / "acupuncture-migraine.claims.csv",
    # second blind round
    ARTICLES / "tens-unit.txt": ARTICLES / "tens-unit.claims.csv",
    ARTICLES / "vitamin-d-winter.md": ARTICLES / "vitamin-d-winter.claims.csv",
    ARTICLES / "knee-oa-pt.html": ARTICLES / "knee-oa-pt.claims.csv",
    # third blind round
    ARTICLES / "massage-athletes.txt": ARTICLES / "massage-athletes.claims.csv",
    ARTICLES / "cold-plunge.md": ARTICLES / "cold-plunge.claims.csv",
    ARTICLES / "microneedling-acne.html": ARTICLES / "microneedling-acne.claims.csv",
    # fourth blind round
    ARTICLES / "kids-chiropractic.html": ARTICLES / "kids-chiropractic.claims.csv",
    ARTICLES / "infrared-sauna.txt": ARTICLES / "infrared-sauna.claims.csv",
    ARTICLES / "omega3-heart.md": ARTICLES / "omega3-heart.claims.csv",
    # fifth blind round
    ARTICLES / "cupping-faq.txt": ARTICLES / "cupping-faq.claims.csv",
    ARTICLES / "acupressure-listicle.html": ARTICLES / "acupressure-listicle.claims.csv",
    ARTICLES / "collagen-launch.md": ARTICLES / "collagen-launch.claims.csv",
    # sixth blind round
    ARTICLES / "reflexology-post.txt": ARTICLES / "reflexology-post.claims.csv",
    ARTICLES / "walking-news.html": ARTICLES / "walking-news.claims.csv",
    ARTICLES / "pelvic-physio.md": ARTICLES / "pelvic-physio.claims.csv",
    # seventh blind round (interventions renamed to the canonical names added to the vocabulary afterwards)
    ARTICLES / "tmj-botox.txt": ARTICLES / "tmj-botox.claims.csv",
    ARTICLES / "probiotics-gut.html": ARTICLES / "probiotics-gut.claims.csv",
    ARTICLES / "posture-corrector.md": ARTICLES / "posture-corrector.claims.csv",
    # eighth blind round
    ARTICLES / "kinesio-runners.html": ARTICLES / "kinesio-runners.claims.csv",
    ARTICLES / "fertility-acupuncture.txt": ARTICLES / "fertility-acupuncture.claims.csv",
    ARTICLES / "foam-rolling.md": ARTICLES / "foam-rolling.claims.csv",
    # ninth blind round
    ARTICLES / "sciatica-compare.html": ARTICLES / "sciatica-compare.claims.csv",
    ARTICLES / "melatonin-jetlag.txt": ARTICLES / "melatonin-jetlag.claims.csv",
    ARTICLES / "red-light-hair.md": ARTICLES / "red-light-hair.claims.csv",
    # tenth blind round
    ARTICLES / "tennis-elbow-physio.txt": ARTICLES / "tennis-elbow-physio.claims.csv",
    ARTICLES / "div-soup-sleep.html": ARTICLES / "div-soup-sleep.claims.csv",
    ARTICLES / "massage-gun-review.md": ARTICLES / "massage-gun-review.claims.csv",
    # eleventh blind round (interventions the vocabulary lacked: PEMF, IV drips, halotherapy, creatine)
    ARTICLES / "ashwagandha-gummies.md": ARTICLES / "ashwagandha-gummies.claims.csv",
    ARTICLES / "pemf-clinic.txt": ARTICLES / "pemf-clinic.claims.csv",
    ARTICLES / "halotherapy-newsletter.txt": ARTICLES / "halotherapy-newsletter.claims.csv",
    ARTICLES / "iv-drip-medspa.html": ARTICLES / "iv-drip-medspa.claims.csv",
    ARTICLES / "creatine-lifters.md": ARTICLES / "creatine-lifters.claims.csv",
    ARTICLES / "craniosacral-kids.txt": ARTICLES / "craniosacral-kids.claims.csv",
    ARTICLES / "red-light-medspa.md": ARTICLES / "red-light-medspa.claims.csv",
    ARTICLES / "cryotherapy-faq.html": ARTICLES / "cryotherapy-faq.claims.csv",
    # twelfth blind round (after the structural rules: sea moss, float therapy, vestibular rehab, beetroot juice)
    ARTICLES / "sea-moss-gel.md": ARTICLES / "sea-moss-gel.claims.csv",
    ARTICLES / "float-studio.html": ARTICLES / "float-studio.claims.csv",
    ARTICLES / "vestibular-rehab.txt": ARTICLES / "vestibular-rehab.claims.csv",
    ARTICLES / "beetroot-runners.md": ARTICLES / "beetroot-runners.claims.csv",
    # thirteenth blind round (first pass is the honest figure in the report; fixed afterwards)
    ARTICLES / "rf-skin-tightening.html": ARTICLES / "rf-skin-tightening.claims.csv",
    ARTICLES / "ear-seeds-newsletter.txt": ARTICLES / "ear-seeds-newsletter.claims.csv",
    ARTICLES / "zone2-training.md": ARTICLES / "zone2-training.claims.csv",
    ARTICLES / "lions-mane.html": ARTICLES / "lions-mane.claims.csv",
    # fourteenth blind round (first pass in the report; two missed sentences fixed afterwards)
    ARTICLES / "myofunctional-kids.txt": ARTICLES / "myofunctional-kids.claims.csv",
    ARTICLES / "ems-sculpting.md": ARTICLES / "ems-sculpting.claims.csv",
    ARTICLES / "berberine-blog.html": ARTICLES / "berberine-blog.claims.csv",
    # fifteenth blind round (first pass in the report: listicle headings, title names cut short, initialisms)
    ARTICLES / "upper-cervical-wellness.html": ARTICLES / "upper-cervical-wellness.claims.csv",
    ARTICLES / "quercetin-listicle.md": ARTICLES / "quercetin-listicle.claims.csv",
    ARTICLES / "bfr-physio-blog.txt": ARTICLES / "bfr-physio-blog.claims.csv",
    ARTICLES / "gua-sha-spa.html": ARTICLES / "gua-sha-spa.claims.csv",
    # sixteenth blind round (first pass measured after the fifteenth round's fixes; fixed afterwards)
    ARTICLES / "nasal-irrigation.txt": ARTICLES / "nasal-irrigation.claims.csv",
    ARTICLES / "tart-cherry-sleep.md": ARTICLES / "tart-cherry-sleep.claims.csv",
    # seventeenth blind round (first pass measured after the sixteenth round's fixes; fixed afterwards)
    ARTICLES / "earthing-mat.html": ARTICLES / "earthing-mat.claims.csv",
    ARTICLES / "oil-pulling.txt": ARTICLES / "oil-pulling.claims.csv",
    # eighteenth blind round (first pass measured after the seventeenth round's fixes)
    ARTICLES / "castor-oil-packs.txt": ARTICLES / "castor-oil-packs.claims.csv",
    ARTICLES / "hijama-clinic.md": ARTICLES / "hijama-clinic.claims.csv",
    # nineteenth blind round, 8 articles by two writers who never ran the extractor; first pass (145 labels):
    # recall 0.931, precision 0.818, attribution 0.844 -- then fixed by the general rules in the commit that added them
    ARTICLES / "spinal-decompression-clinic.txt": ARTICLES / "spinal-decompression-clinic.claims.csv",
    ARTICLES / "cold-laser-neuropathy.html": ARTICLES / "cold-laser-neuropathy.claims.csv",
    ARTICLES / "prenatal-massage.md": ARTICLES / "prenatal-massage.claims.csv",
    ARTICLES / "acv-gummies.txt": ARTICLES / "acv-gummies.claims.csv",
    ARTICLES / "electroacupuncture-ibs.txt": ARTICLES / "electroacupuncture-ibs.claims.csv",
    ARTICLES / "pilates-back-pain.html": ARTICLES / "pilates-back-pain.claims.csv",
    ARTICLES / "glucosamine-knees.md": ARTICLES / "glucosamine-knees.claims.csv",
    ARTICLES / "hot-stone-newsletter.txt": ARTICLES / "hot-stone-newsletter.claims.csv",
    # twentieth blind round, measured after round 19's fixes: writer C's four (74 labels) first pass recall 0.892,
    # precision 0.815, attribution 0.803; writer D's four (83 labels, measured after C's fixes) 0.843 / 0.921 / 0.929
    ARTICLES / "chiro-headaches.txt": ARTICLES / "chiro-headaches.claims.csv",
    ARTICLES / "osteopathy-sciatica.html": ARTICLES / "osteopathy-sciatica.claims.csv",
    ARTICLES / "magnesium-anxiety.md": ARTICLES / "magnesium-anxiety.claims.csv",
    ARTICLES / "achilles-shockwave-newsletter.txt": ARTICLES / "achilles-shockwave-newsletter.claims.csv",
    ARTICLES / "lymphatic-drainage-spa.html": ARTICLES / "lymphatic-drainage-spa.claims.csv",
    ARTICLES / "cbd-oil-sleep.md": ARTICLES / "cbd-oil-sleep.claims.csv",
    ARTICLES / "acupuncture-menopause.txt": ARTICLES / "acupuncture-menopause.claims.csv",
    ARTICLES / "tai-chi-balance.html": ARTICLES / "tai-chi-balance.claims.csv",
    # twenty-first blind round, measured after round 20's fixes: writer F's four (79 labels) first pass recall 0.924,
    # precision 0.820, attribution 0.918; writer E's four (80 labels) 0.900 / 0.847 / 0.514 (naming: 'yoga nidra' read as
    # yoga, and 'chiropractic care', a vocabulary synonym of spinal manipulation, before labels were compared by term)
    ARTICLES / "graston-clinic.txt": ARTICLES / "graston-clinic.claims.csv",
    ARTICLES / "nad-iv-therapy.html": ARTICLES / "nad-iv-therapy.claims.csv",
    ARTICLES / "baby-chiro-colic.md": ARTICLES / "baby-chiro-colic.claims.csv",
    ARTICLES / "yoga-nidra-newsletter.txt": ARTICLES / "yoga-nidra-newsletter.claims.csv",
    ARTICLES / "needling-vs-acupuncture.html": ARTICLES / "needling-vs-acupuncture.claims.csv",
    ARTICLES / "elderberry-syrup.md": ARTICLES / "elderberry-syrup.claims.csv",
    ARTICLES / "deep-tissue-back.txt": ARTICLES / "deep-tissue-back.claims.csv",
    ARTICLES / "cryo-facial.html": ARTICLES / "cryo-facial.claims.csv",
    # twenty-second blind round, measured after round 21's fixes (scorer comparing singular and plural names):
    # writer H's four (70 labels) first pass 0.929 / 0.915 / 0.877; writer G's four (82 labels, after H's fixes)
    # 0.902 / 0.925 / 0.541 (a newsletter's topic read as 'tonight', 'prolotherapy injections' for 'prolotherapy')
    ARTICLES / "reiki-anxiety.html": ARTICLES / "reiki-anxiety.claims.csv",
    ARTICLES / "frozen-shoulder-physio.txt": ARTICLES / "frozen-shoulder-physio.claims.csv",
    ARTICLES / "fermented-foods-gut.md": ARTICLES / "fermented-foods-gut.claims.csv",
    ARTICLES / "webster-pregnancy.html": ARTICLES / "webster-pregnancy.claims.csv",
    ARTICLES / "cupping-athletes.txt": ARTICLES / "cupping-athletes.claims.csv",
    ARTICLES / "prolotherapy-knee.html": ARTICLES / "prolotherapy-knee.claims.csv",
    ARTICLES / "iron-fatigue.md": ARTICLES / "iron-fatigue.claims.csv",
    ARTICLES / "acupressure-mat-newsletter.txt": ARTICLES / "acupressure-mat-newsletter.claims.csv",
    # twenty-third blind round, measured after round 22's fixes: writer J's four (73 labels) first pass 0.849 / 0.849 /
    # 0.419 ('liver detox' for milk thistle; 'thai massage', relabelled afterwards as 'massage' at the writer's note,
    # like deep tissue and Swedish massage in the vocabulary); writer I's four (77 labels, after J's fixes)
    # 0.857 / 0.868 / 0.712 ('foam rolling' for compression socks)
    ARTICLES / "milk-thistle-liver.html": ARTICLES / "milk-thistle-liver.claims.csv",
    ARTICLES / "thai-massage.txt": ARTICLES / "thai-massage.claims.csv",
    ARTICLES / "probiotics-women.md": ARTICLES / "probiotics-women.claims.csv",
    ARTICLES / "music-therapy-news.html": ARTICLES / "music-therapy-news.claims.csv",
    ARTICLES / "dn-tension-headache.txt": ARTICLES / "dn-tension-headache.claims.csv",
    ARTICLES / "hyaluronic-acid.html": ARTICLES / "hyaluronic-acid.claims.csv",
    ARTICLES / "compression-socks.md": ARTICLES / "compression-socks.claims.csv",
    ARTICLES / "tech-neck-newsletter.txt": ARTICLES / "tech-neck-newsletter.claims.csv",
    # twenty-fourth blind round, measured after round 23's fixes: writer K's three (61 labels) first pass 0.902 / 0.873 /
    # 0.800 ('heat or ice' read as one treatment); writer L's three (60 labels) 0.900 / 0.900 / 0.611 ('hot yoga',
    # relabelled 'yoga' at the writer's note, as types of massage are massage)
    ARTICLES / "smt-sciatica.txt": ARTICLES / "smt-sciatica.claims.csv",
    ARTICLES / "ashwagandha-stress.html": ARTICLES / "ashwagandha-stress.claims.csv",
    ARTICLES / "heat-or-ice.md": ARTICLES / "heat-or-ice.claims.csv",
    ARTICLES / "acupuncture-knee-oa.html": ARTICLES / "acupuncture-knee-oa.claims.csv",
    ARTICLES / "magnesium-flakes-newsletter.txt": ARTICLES / "magnesium-flakes-newsletter.claims.csv",
    ARTICLES / "hot-yoga.md": ARTICLES / "hot-yoga.claims.csv",
    # twenty-fifth blind round, measured after round 24's fixes (labels at first pass as the writers wrote them, save 8
    # misattributed rows moved to the convention: credited to the context's treatment and flagged): writer N's four
    # (82 labels) 0.866 / 0.798 / 0.704 ('broth' for bone broth); writer M's four (82 labels) 0.902 / 0.831 / 0.770
    # ('lavender dream wrap', a promoted product named once, for the newsletter's lavender); together 0.884 / 0.815 / 0.738
    ARTICLES / "rotator-cuff-physio.html": ARTICLES / "rotator-cuff-physio.claims.csv",
    ARTICLES / "green-tea-weight.md": ARTICLES / "green-tea-weight.claims.csv",
    ARTICLES / "sports-massage-runners.txt": ARTICLES / "sports-massage-runners.claims.csv",
    ARTICLES / "bone-broth-gut.md": ARTICLES / "bone-broth-gut.claims.csv",
    ARTICLES / "acupuncture-insomnia.html": ARTICLES / "acupuncture-insomnia.claims.csv",
    ARTICLES / "saw-palmetto-prostate.md": ARTICLES / "saw-palmetto-prostate.claims.csv",
    ARTICLES / "chiro-vertigo.txt": ARTICLES / "chiro-vertigo.claims.csv",
    ARTICLES / "lavender-aromatherapy-newsletter.txt": ARTICLES / "lavender-aromatherapy-newsletter.claims.csv",
    # twenty-sixth blind round, measured after round 25's fixes
    ARTICLES / "ozone-therapy-clinic.html": ARTICLES / "ozone-therapy-clinic.claims.csv",
    ARTICLES / "knee-brace-review.md": ARTICLES / "knee-brace-review.claims.csv",
    ARTICLES / "physio-low-back-newsletter.txt": ARTICLES / "physio-low-back-newsletter.claims.csv",
    ARTICLES / "acupuncture-ivf.txt": ARTICLES / "acupuncture-ivf.claims.csv",
    ARTICLES / "kombucha-shop.html": ARTICLES / "kombucha-shop.claims.csv",
    ARTICLES / "massage-chair-blog.md": ARTICLES / "massage-chair-blog.claims.csv",
    ARTICLES / "cupping-cellulite.txt": ARTICLES / "cupping-cellulite.claims.csv",
    ARTICLES / "cold-water-swimming.md": ARTICLES / "cold-water-swimming.claims.csv",
    # twenty-seventh blind round, measured after round 26's fixes: writers Q and R, 8 articles, 177 labels, first pass
    # 0.898 / 0.859 / 0.767 (CBT-I credited to melatonin, rhodiola to ashwagandha: neither was in the vocabulary)
    ARTICLES / "infrared-light-pad.html": ARTICLES / "infrared-light-pad.claims.csv",
    ARTICLES / "turmeric-latte-blog.md": ARTICLES / "turmeric-latte-blog.claims.csv",
    ARTICLES / "chiro-scoliosis.txt": ARTICLES / "chiro-scoliosis.claims.csv",
    ARTICLES / "sleep-clinic-newsletter.txt": ARTICLES / "sleep-clinic-newsletter.claims.csv",
    ARTICLES / "podiatry-orthotics.html": ARTICLES / "podiatry-orthotics.claims.csv",
    ARTICLES / "ashwagandha-vs-rhodiola.md": ARTICLES / "ashwagandha-vs-rhodiola.claims.csv",
    ARTICLES / "massage-therapy-anxiety.txt": ARTICLES / "massage-therapy-anxiety.claims.csv",
    ARTICLES / "knee-replacement-prehab.md": ARTICLES / "knee-replacement-prehab.claims.csv",
    # twenty-eighth blind round, measured after round 27's fixes: writers S and T, 8 articles, 165 labels, first pass
    # 0.812 / 0.912 / 0.776 (a product page's <main> content outside its <article> dropped by the extractor; site names
    # and a 'without pills' subject line as topics)
    ARTICLES / "sauna-blanket.html": ARTICLES / "sauna-blanket.claims.csv",
    ARTICLES / "acupuncture-back-pain-faq.md": ARTICLES / "acupuncture-back-pain-faq.claims.csv",
    ARTICLES / "magnesium-kids-sleep.txt": ARTICLES / "magnesium-kids-sleep.claims.csv",
    ARTICLES / "shockwave-ed-clinic.txt": ARTICLES / "shockwave-ed-clinic.claims.csv",
    ARTICLES / "pilates-pregnancy.html": ARTICLES / "pilates-pregnancy.claims.csv",
    ARTICLES / "fish-oil-joints.md": ARTICLES / "fish-oil-joints.claims.csv",
    ARTICLES / "cupping-sports-newsletter.txt": ARTICLES / "cupping-sports-newsletter.claims.csv",
    ARTICLES / "red-light-acne.txt": ARTICLES / "red-light-acne.claims.csv",
    # twenty-ninth blind round, measured after round 28's fixes: writers U and V, 8 articles, 183 labels, first pass
    # 0.831 / 0.879 / 0.822 (a massage-gun review's 24 rows relabelled 'massage' afterwards, as massage-gun-review's
    # writer named it and as the vocabulary files types of massage; its first-pass attribution counted them wrong)
    ARTICLES / "tens-period-pain.html": ARTICLES / "tens-period-pain.claims.csv",
    ARTICLES / "osteopathy-babies.md": ARTICLES / "osteopathy-babies.claims.csv",
    ARTICLES / "creatine-women.txt": ARTICLES / "creatine-women.claims.csv",
    ARTICLES / "dry-needling-plantar.html": ARTICLES / "dry-needling-plantar.claims.csv",
    ARTICLES / "hydrotherapy-arthritis.html": ARTICLES / "hydrotherapy-arthritis.claims.csv",
    ARTICLES / "vitamin-c-immunity.md": ARTICLES / "vitamin-c-immunity.claims.csv",
    ARTICLES / "deep-breathing-anxiety.txt": ARTICLES / "deep-breathing-anxiety.claims.csv",
    ARTICLES / "massage-gun-athletes.md": ARTICLES / "massage-gun-athletes.claims.csv",
    # thirtieth blind round, measured after round 29's fixes: writers W and X, 8 articles, 169 labels, first pass
    # 0.870 / 0.808 / 0.721 (an Epsom salt post credited to magnesium, its writer naming it 'epsom salt bath', which the
    # vocabulary now files under magnesium)
    ARTICLES / "chiro-pregnancy-back.html": ARTICLES / "chiro-pregnancy-back.claims.csv",
    ARTICLES / "epsom-salt-bath.md": ARTICLES / "epsom-salt-bath.claims.csv",
    ARTICLES / "acupuncture-fertility-men.txt": ARTICLES / "acupuncture-fertility-men.claims.csv",
    ARTICLES / "physio-ankle-sprain.txt": ARTICLES / "physio-ankle-sprain.claims.csv",
    ARTICLES / "cbd-balm-shop.html": ARTICLES / "cbd-balm-shop.claims.csv",
    ARTICLES / "yoga-back-pain-study.md": ARTICLES / "yoga-back-pain-study.claims.csv",
    ARTICLES / "cupping-migraine.txt": ARTICLES / "cupping-migraine.claims.csv",
    ARTICLES / "turmeric-dogs.md": ARTICLES / "turmeric-dogs.claims.csv",
    # thirty-first blind round, measured after round 30's fixes: writers Y and Z, 8 articles, 159 labels, first pass
    # 0.874 / 0.837 / 0.799 ('laser cap' for the vocabulary's low-level laser therapy)
    ARTICLES / "laser-hair-growth.html": ARTICLES / "laser-hair-growth.claims.csv",
    ARTICLES / "walking-blood-pressure.md": ARTICLES / "walking-blood-pressure.claims.csv",
    ARTICLES / "reflexology-stress.txt": ARTICLES / "reflexology-stress.claims.csv",
    ARTICLES / "probiotic-kids-newsletter.txt": ARTICLES / "probiotic-kids-newsletter.claims.csv",
    ARTICLES / "iv-vitamin-hangover.html": ARTICLES / "iv-vitamin-hangover.claims.csv",
    ARTICLES / "tai-chi-falls-older.md": ARTICLES / "tai-chi-falls-older.claims.csv",
    ARTICLES / "sports-chiro-golf.txt": ARTICLES / "sports-chiro-golf.claims.csv",
    ARTICLES / "ashwagandha-sleep-faq.md": ARTICLES / "ashwagandha-sleep-faq.claims.csv",
    # thirty-second blind round, measured after round 31's fixes: writers AA and AB, 8 articles, 179 labels, first pass
    # 0.939 / 0.844 / 0.982 (the genres nearest the example: clinic pages on dry needling, chiropractic, cupping, physio)
    ARTICLES / "dry-needling-neck.txt": ARTICLES / "dry-needling-neck.claims.csv",
    ARTICLES / "chiro-sciatica.html": ARTICLES / "chiro-sciatica.claims.csv",
    ARTICLES / "cupping-therapy-guide.md": ARTICLES / "cupping-therapy-guide.claims.csv",
    ARTICLES / "physio-knee-newsletter.txt": ARTICLES / "physio-knee-newsletter.claims.csv",
    ARTICLES / "massage-therapy-benefits.html": ARTICLES / "massage-therapy-benefits.claims.csv",
    ARTICLES / "acupuncture-sciatica.txt": ARTICLES / "acupuncture-sciatica.claims.csv",
    ARTICLES / "turmeric-supplement-review.md": ARTICLES / "turmeric-supplement-review.claims.csv",
    ARTICLES / "spinal-decompression-faq.html": ARTICLES / "spinal-decompression-faq.claims.csv",
    # thirty-third blind round, measured after round 32's fixes: writers AC and AD, 8 articles, 172 labels, first pass
    # 0.895 / 0.842 / 0.831 (inline <sup>Source: 2</sup> kept as HTML by the extractor; injections the vocabulary lacked)
    ARTICLES / "dry-needling-shoulder.html": ARTICLES / "dry-needling-shoulder.claims.csv",
    ARTICLES / "chiro-headache-blog.md": ARTICLES / "chiro-headache-blog.claims.csv",
    ARTICLES / "gua-sha-facial.txt": ARTICLES / "gua-sha-facial.claims.csv",
    ARTICLES / "omega3-kids-focus.md": ARTICLES / "omega3-kids-focus.claims.csv",
    ARTICLES / "acupuncture-clinic-home.html": ARTICLES / "acupuncture-clinic-home.claims.csv",
    ARTICLES / "knee-oa-injections.md": ARTICLES / "knee-oa-injections.claims.csv",
    ARTICLES / "physio-back-exercises.txt": ARTICLES / "physio-back-exercises.claims.csv",
    ARTICLES / "sauna-heart-newsletter.txt": ARTICLES / "sauna-heart-newsletter.claims.csv",
    # thirty-fourth blind round, measured after round 33's fixes: writers AE and AF, 8 articles, 166 labels, first pass
    # 0.922 / 0.754 / 0.954 (condition and body background, product details and routines read as claims)
    ARTICLES / "needling-tennis-elbow.txt": ARTICLES / "needling-tennis-elbow.claims.csv",
    ARTICLES / "lymphatic-massage-blog.html": ARTICLES / "lymphatic-massage-blog.claims.csv",
    ARTICLES / "collagen-joints-faq.md": ARTICLES / "collagen-joints-faq.claims.csv",
    ARTICLES / "physio-whiplash.txt": ARTICLES / "physio-whiplash.claims.csv",
    ARTICLES / "chiro-kids-posture.html": ARTICLES / "chiro-kids-posture.claims.csv",
    ARTICLES / "magnesium-migraine.md": ARTICLES / "magnesium-migraine.claims.csv",
    ARTICLES / "acupressure-nausea.txt": ARTICLES / "acupressure-nausea.claims.csv",
    ARTICLES / "cold-therapy-recovery.md": ARTICLES / "cold-therapy-recovery.claims.csv",
    # thirty-fifth blind round, measured after round 34's fixes: writers AG and AH, 8 articles, 160 labels, first pass
    # 0.931 / 0.828 / 0.987 (sentence-case headings and signed quotes in pages without blank lines, a review table's
    # "Our take" column, history and condition background)
    ARTICLES / "chiro-neck-pain-faq.html": ARTICLES / "chiro-neck-pain-faq.claims.csv",
    ARTICLES / "massage-fibromyalgia.txt": ARTICLES / "massage-fibromyalgia.claims.csv",
    ARTICLES / "acupuncture-carpal-tunnel.md": ARTICLES / "acupuncture-carpal-tunnel.claims.csv",
    ARTICLES / "dry-needling-knee.txt": ARTICLES / "dry-needling-knee.claims.csv",
    ARTICLES / "zinc-cold-lozenges.md": ARTICLES / "zinc-cold-lozenges.claims.csv",
    ARTICLES / "mindfulness-blood-pressure.html": ARTICLES / "mindfulness-blood-pressure.claims.csv",
    ARTICLES / "ice-bath-faq.txt": ARTICLES / "ice-bath-faq.claims.csv",
    ARTICLES / "cupping-neck-pain.html": ARTICLES / "cupping-neck-pain.claims.csv",
    # thirty-sixth blind round, measured after round 35's fixes and a review of them: writers AI and AJ, 8 articles,
    # 163 labels, first pass 0.926 / 0.868 / 0.954 (a plan's stage table, bios, disclaimers, a newsletter's tips with
    # their reasons after a dash, "thanks to" read as a product's contents)
    ARTICLES / "physio-hamstring-strain.txt": ARTICLES / "physio-hamstring-strain.claims.csv",
    ARTICLES / "acupuncture-anxiety-blog.md": ARTICLES / "acupuncture-anxiety-blog.claims.csv",
    ARTICLES / "chiro-shoulder-pain.html": ARTICLES / "chiro-shoulder-pain.claims.csv",
    ARTICLES / "dry-needling-lower-back.txt": ARTICLES / "dry-needling-lower-back.claims.csv",
    ARTICLES / "b12-injections-clinic.html": ARTICLES / "b12-injections-clinic.claims.csv",
    ARTICLES / "reflexology-fertility.txt": ARTICLES / "reflexology-fertility.claims.csv",
    ARTICLES / "kinesiology-tape-faq.md": ARTICLES / "kinesiology-tape-faq.claims.csv",
    ARTICLES / "pilates-posture-newsletter.txt": ARTICLES / "pilates-posture-newsletter.claims.csv",
    # thirty-seventh blind round, measured after round 36's fixes and a second review: writers AK and AL, 8 articles,
    # 175 labels, first pass 0.949 / 0.865 / 0.964 (a newsletter's third-person client story, condition background, a
    # "References" paragraph the HTML extractor kept, ", as massage reduces …" read as a comparison)
    ARTICLES / "osteopathy-back-pain.txt": ARTICLES / "osteopathy-back-pain.claims.csv",
    ARTICLES / "turmeric-knee-pain-faq.html": ARTICLES / "turmeric-knee-pain-faq.claims.csv",
    ARTICLES / "cupping-sports-recovery.md": ARTICLES / "cupping-sports-recovery.claims.csv",
    ARTICLES / "dry-needling-headaches.html": ARTICLES / "dry-needling-headaches.claims.csv",
    ARTICLES / "massage-headaches-newsletter.txt": ARTICLES / "massage-headaches-newsletter.claims.csv",
    ARTICLES / "yoga-sleep-studio.html": ARTICLES / "yoga-sleep-studio.claims.csv",
    ARTICLES / "acupuncture-hay-fever.md": ARTICLES / "acupuncture-hay-fever.claims.csv",
    ARTICLES / "shockwave-tennis-elbow.txt": ARTICLES / "shockwave-tennis-elbow.claims.csv",
    # thirty-eighth blind round, measured after round 37's fixes and a third review: writers AM and AN, 8 articles,
    # 158 labels, first pass 0.937 / 0.813 / 0.953 (bios and a newsletter's client story, session logistics, anatomy,
    # disclaimers and hedges about mixed evidence)
    ARTICLES / "chiro-low-back-clinic.txt": ARTICLES / "chiro-low-back-clinic.claims.csv",
    ARTICLES / "magnesium-cramps-shop.html": ARTICLES / "magnesium-cramps-shop.claims.csv",
    ARTICLES / "acupuncture-pcos-blog.md": ARTICLES / "acupuncture-pcos-blog.claims.csv",
    ARTICLES / "cold-laser-knee.html": ARTICLES / "cold-laser-knee.claims.csv",
    ARTICLES / "sports-massage-clinic.html": ARTICLES / "sports-massage-clinic.claims.csv",
    ARTICLES / "probiotic-ibs-newsletter.txt": ARTICLES / "probiotic-ibs-newsletter.claims.csv",
    ARTICLES / "physio-plantar-fasciitis.md": ARTICLES / "physio-plantar-fasciitis.claims.csv",
    ARTICLES / "tai-chi-arthritis-class.txt": ARTICLES / "tai-chi-arthritis-class.claims.csv",
    # thirty-ninth blind round, measured after round 38's fixes and a fourth review: writers AO and AP, 8 articles,
    # 168 labels, first pass 0.946 / 0.803 / 0.899 (exercise and pose instructions under "Exercises that help", an
    # "injuries we treat" list and a red-flag list its writers left out, a first-person blog's asides)
    ARTICLES / "dry-needling-calf.txt": ARTICLES / "dry-needling-calf.claims.csv",
    ARTICLES / "acupuncture-menopause-faq.html": ARTICLES / "acupuncture-menopause-faq.claims.csv",
    ARTICLES / "massage-sleep-blog.md": ARTICLES / "massage-sleep-blog.claims.csv",
    ARTICLES / "collagen-skin-shop.txt": ARTICLES / "collagen-skin-shop.claims.csv",
    ARTICLES / "chiro-sports-injuries.html": ARTICLES / "chiro-sports-injuries.claims.csv",
    ARTICLES / "yoga-back-pain-newsletter.txt": ARTICLES / "yoga-back-pain-newsletter.claims.csv",
    ARTICLES / "physio-neck-pain.md": ARTICLES / "physio-neck-pain.claims.csv",
    ARTICLES / "infrared-sauna-studio.txt": ARTICLES / "infrared-sauna-studio.claims.csv",
    # fortieth blind round, measured after round 39's fixes and a fifth review: writers AQ and AR, 8 articles,
    # 165 labels, first pass 0.921 / 0.874 / 0.855 (an HTML hero lead and facts box the extractor dropped, a founder's
    # story, disclaimers, tips that credit their own remedies)
    ARTICLES / "dry-needling-hip.html": ARTICLES / "dry-needling-hip.claims.csv",
    ARTICLES / "ashwagandha-women-blog.md": ARTICLES / "ashwagandha-women-blog.claims.csv",
    ARTICLES / "cryotherapy-studio.txt": ARTICLES / "cryotherapy-studio.claims.csv",
    ARTICLES / "posture-physio-newsletter.txt": ARTICLES / "posture-physio-newsletter.claims.csv",
    ARTICLES / "reflexology-digestion.html": ARTICLES / "reflexology-digestion.claims.csv",
    ARTICLES / "omega3-joint-faq.md": ARTICLES / "omega3-joint-faq.claims.csv",
    ARTICLES / "chiro-headache-newsletter.txt": ARTICLES / "chiro-headache-newsletter.claims.csv",
    ARTICLES / "pelvic-floor-pilates.txt": ARTICLES / "pelvic-floor-pilates.claims.csv",
    # forty-first blind round, measured after round 40's fixes: writers AS and AT, 8 articles, 170 labels, first pass
    # 0.882 / 0.888 / 0.507 (names the vocabulary lacked: breathwork, vitamin K2, bare ginger; a business name as the
    # title; a 'Golden Root' brand read as rhodiola; furniture and reviews run into paragraphs of a page without blank lines)
    ARTICLES / "bowen-therapy-clinic.txt": ARTICLES / "bowen-therapy-clinic.claims.csv",
    ARTICLES / "breathwork-sleep.md": ARTICLES / "breathwork-sleep.claims.csv",
    ARTICLES / "dry-needling-achilles.html": ARTICLES / "dry-needling-achilles.claims.csv",
    ARTICLES / "vitamin-k2-bones.txt": ARTICLES / "vitamin-k2-bones.claims.csv",
    ARTICLES / "acupuncture-neck-pain.html": ARTICLES / "acupuncture-neck-pain.claims.csv",
    ARTICLES / "sports-massage-marathon.md": ARTICLES / "sports-massage-marathon.claims.csv",
    ARTICLES / "turmeric-ginger-shots.txt": ARTICLES / "turmeric-ginger-shots.claims.csv",
    ARTICLES / "chiro-balance-seniors.txt": ARTICLES / "chiro-balance-seniors.claims.csv",
    # forty-second blind round, measured after round 41's fixes and a sixth review: writers AU and AV, 8 articles,
    # 174 labels, first pass 0.925 / 0.834 / 0.789 (hypnotherapy and glutamine missing from the vocabulary, a table run
    # together with spaces, a nutrition panel, dosing lines, needle-size reassurances)
    ARTICLES / "hypnotherapy-ibs.html": ARTICLES / "hypnotherapy-ibs.claims.csv",
    ARTICLES / "acl-rehab-physio.md": ARTICLES / "acl-rehab-physio.claims.csv",
    ARTICLES / "magnesium-glycinate-shop.txt": ARTICLES / "magnesium-glycinate-shop.claims.csv",
    ARTICLES / "lymphoedema-massage.txt": ARTICLES / "lymphoedema-massage.claims.csv",
    ARTICLES / "dry-needling-tmj.html": ARTICLES / "dry-needling-tmj.claims.csv",
    ARTICLES / "yoga-menopause.md": ARTICLES / "yoga-menopause.claims.csv",
    ARTICLES / "collagen-gut-powder.txt": ARTICLES / "collagen-gut-powder.claims.csv",
    ARTICLES / "osteopathy-headaches-newsletter.txt": ARTICLES / "osteopathy-headaches-newsletter.claims.csv",
    # forty-third blind round, measured after round 42's fixes and a seventh review: writers AW and AX, 8 articles,
    # 169 labels, first pass 0.858 / 0.873 / 0.903 (a shop page whose menu set apart by spaces was read as its title,
    # review bylines in four formats, a Markdown comparison table with a price column, a run-together plan table)
    ARTICLES / "chiro-carpal-tunnel.html": ARTICLES / "chiro-carpal-tunnel.claims.csv",
    ARTICLES / "ice-bath-recovery.md": ARTICLES / "ice-bath-recovery.claims.csv",
    ARTICLES / "fish-oil-eyes-shop.txt": ARTICLES / "fish-oil-eyes-shop.claims.csv",
    ARTICLES / "pilates-osteoporosis.txt": ARTICLES / "pilates-osteoporosis.claims.csv",
    ARTICLES / "acupuncture-fertility-clinic.txt": ARTICLES / "acupuncture-fertility-clinic.claims.csv",
    ARTICLES / "red-light-joint-pain.html": ARTICLES / "red-light-joint-pain.claims.csv",
    ARTICLES / "massage-cancer-care.md": ARTICLES / "massage-cancer-care.claims.csv",
    ARTICLES / "creatine-older-adults.txt": ARTICLES / "creatine-older-adults.claims.csv",
    # forty-fourth blind round, measured after round 43's fixes and an eighth review: writers AY and AZ, 8 articles,
    # 188 labels, first pass 0.867 / 0.911 / 0.883 (an e-mail newsletter's header, tips with a dash and their reason, a
    # cited sentence read as a caption, the title's bare 'exercise', a run-together table under its caption)
    ARTICLES / "dry-needling-sciatica.txt": ARTICLES / "dry-needling-sciatica.claims.csv",
    ARTICLES / "reflexology-pregnancy.html": ARTICLES / "reflexology-pregnancy.claims.csv",
    ARTICLES / "turmeric-arthritis-faq.md": ARTICLES / "turmeric-arthritis-faq.claims.csv",
    ARTICLES / "sauna-longevity-newsletter.txt": ARTICLES / "sauna-longevity-newsletter.claims.csv",
    ARTICLES / "cupping-back-pain-clinic.html": ARTICLES / "cupping-back-pain-clinic.claims.csv",
    ARTICLES / "knee-oa-exercise.md": ARTICLES / "knee-oa-exercise.claims.csv",
    ARTICLES / "probiotic-skin-shop.txt": ARTICLES / "probiotic-skin-shop.claims.csv",
    ARTICLES / "chiro-migraine-newsletter.txt": ARTICLES / "chiro-migraine-newsletter.claims.csv",
    # forty-fifth blind round, measured after round 44's fixes (commit 79df3f8): writers BA and BB, 8 articles, 174 labels,
    # first pass 0.902 / 0.822 / 0.675 (two pages credited to their writers' own product names, a newsletter's dateline
    # read as its topic, tips with their reasons, warning signs, a paragraph lead-in whose last sentence leads the list)
    ARTICLES / "shockwave-shoulder-clinic.txt": ARTICLES / "shockwave-shoulder-clinic.claims.csv",
    ARTICLES / "massage-gun-guide.md": ARTICLES / "massage-gun-guide.claims.csv",
    ARTICLES / "acupuncture-back-pain-nhs.html": ARTICLES / "acupuncture-back-pain-nhs.claims.csv",
    ARTICLES / "sleep-supplement-blend.txt": ARTICLES / "sleep-supplement-blend.claims.csv",
    ARTICLES / "osteopathy-pregnancy.md": ARTICLES / "osteopathy-pregnancy.claims.csv",
    ARTICLES / "yoga-kids-adhd.html": ARTICLES / "yoga-kids-adhd.claims.csv",
    ARTICLES / "chiro-posture-kids.txt": ARTICLES / "chiro-posture-kids.claims.csv",
    ARTICLES / "vitamin-b12-energy-newsletter.txt": ARTICLES / "vitamin-b12-energy-newsletter.claims.csv",
    # forty-sixth blind round, measured after round 45's fixes and a ninth review: writer BC, 4 articles, 85 labels,
    # first pass 0.953 / 0.871 / 0.988 (lead-ins and background: 'X is not suitable for everyone', 'based on Western anatomy')
    ARTICLES / "dry-needling-golfers-elbow.txt": ARTICLES / "dry-needling-golfers-elbow.claims.csv",
    ARTICLES / "acupuncture-hot-flushes.md": ARTICLES / "acupuncture-hot-flushes.claims.csv",
    ARTICLES / "chiro-sciatica-pregnancy.html": ARTICLES / "chiro-sciatica-pregnancy.claims.csv",
    ARTICLES / "omega3-brain-shop.txt": ARTICLES / "omega3-brain-shop.claims.csv",
    # forty-seventh blind round: writers BD, BE, BF, BG, 8 articles, 158 labels, first pass 0.962 / 0.849 / 0.763 (a product the
    # vocabulary lacks named after a word the title uses for something else: "natural" manuka honey, "detox" spirulina)
    ARTICLES / "acupuncture-depression.html": ARTICLES / "acupuncture-depression.claims.csv",
    ARTICLES / "manuka-honey-wounds.txt": ARTICLES / "manuka-honey-wounds.claims.csv",
    ARTICLES / "dry-needling-runners-knee.md": ARTICLES / "dry-needling-runners-knee.claims.csv",
    ARTICLES / "spirulina-detox-newsletter.txt": ARTICLES / "spirulina-detox-newsletter.claims.csv",
    ARTICLES / "postnatal-massage.html": ARTICLES / "postnatal-massage.claims.csv",
    ARTICLES / "colostrum-gut-health.md": ARTICLES / "colostrum-gut-health.claims.csv",
    ARTICLES / "facial-cupping-spa.txt": ARTICLES / "facial-cupping-spa.claims.csv",
    ARTICLES / "chiro-jaw-pain.html": ARTICLES / "chiro-jaw-pain.claims.csv",
    # forty-eighth blind round, measured with cf996ab (round 47's fixes, before its review): writers BH, BI, BJ, BK,
    # 8 articles, 183 labels, first pass 0.891 / 0.862 / 0.577 (a comparison table's cells, a brand headline naming no
    # treatment, "keep" taken for the topic of "Why we keep getting in", FAQ answers about "it")
    ARTICLES / "acupuncture-ivf-faq.md": ARTICLES / "acupuncture-ivf-faq.claims.csv",
    ARTICLES / "cold-water-therapy-newsletter.txt": ARTICLES / "cold-water-therapy-newsletter.claims.csv",
    ARTICLES / "pilates-scoliosis.html": ARTICLES / "pilates-scoliosis.claims.csv",
    ARTICLES / "tart-cherry-gout.md": ARTICLES / "tart-cherry-gout.claims.csv",
    ARTICLES / "massage-chair-shop.txt": ARTICLES / "massage-chair-shop.claims.csv",
    ARTICLES / "reflexology-menopause.html": ARTICLES / "reflexology-menopause.claims.csv",
    ARTICLES / "osteopathy-runners-hip.txt": ARTICLES / "osteopathy-runners-hip.claims.csv",
    ARTICLES / "probiotic-eczema-kids.html": ARTICLES / "probiotic-eczema-kids.claims.csv",
    # forty-ninth blind round, measured after round 48's fixes: writers BL, BM, BN, BO, 8 articles, 166 labels, first pass
    # 0.922 / 0.805 / 0.889 (procedure and caveat prose, a treatment table's evidence column, tips without reasons)
    ARTICLES / "chiro-whiplash.html": ARTICLES / "chiro-whiplash.claims.csv",
    ARTICLES / "ashwagandha-gummies-shop.txt": ARTICLES / "ashwagandha-gummies-shop.claims.csv",
    ARTICLES / "cupping-cellulite-spa.md": ARTICLES / "cupping-cellulite-spa.claims.csv",
    ARTICLES / "physio-back-pain-newsletter.txt": ARTICLES / "physio-back-pain-newsletter.claims.csv",
    ARTICLES / "acupressure-labour.html": ARTICLES / "acupressure-labour.claims.csv",
    ARTICLES / "omega3-dry-eye.md": ARTICLES / "omega3-dry-eye.claims.csv",
    ARTICLES / "sauna-recovery-gym.txt": ARTICLES / "sauna-recovery-gym.claims.csv",
    ARTICLES / "massage-plantar-fasciitis.html": ARTICLES / "massage-plantar-fasciitis.claims.csv",
    # fiftieth blind round, measured after round 49's fixes: writers BP, BQ, BR, BS, 8 articles, 159 labels, first pass
    # 0.899 / 0.769 / 0.944 (tips and symptom lists, comparison-table cells, procedure prose)
    ARTICLES / "dry-needling-plantar-heel.txt": ARTICLES / "dry-needling-plantar-heel.claims.csv",
    ARTICLES / "yoga-blood-pressure.md": ARTICLES / "yoga-blood-pressure.claims.csv",
    ARTICLES / "massage-therapy-clinic-home.html": ARTICLES / "massage-therapy-clinic-home.claims.csv",
    ARTICLES / "vitamin-d-bones-newsletter.txt": ARTICLES / "vitamin-d-bones-newsletter.claims.csv",
    ARTICLES / "chiro-posture-office.md": ARTICLES / "chiro-posture-office.claims.csv",
    ARTICLES / "magnesium-spray-shop.txt": ARTICLES / "magnesium-spray-shop.claims.csv",
    ARTICLES / "acupuncture-migraine-clinic.html": ARTICLES / "acupuncture-migraine-clinic.claims.csv",
    ARTICLES / "turmeric-capsules-review.md": ARTICLES / "turmeric-capsules-review.claims.csv",
    # fifty-first blind round, measured after round 50's fixes and the review of round 48: writers BT, BU, BV, BW, 8 articles,
    # 178 labels, first pass 0.921 / 0.749 / 0.872 (FAQ and first-person blog prose, scope statements, red-flag and tip lists)
    ARTICLES / "cupping-shoulder-clinic.html": ARTICLES / "cupping-shoulder-clinic.claims.csv",
    ARTICLES / "elderberry-gummies-shop.txt": ARTICLES / "elderberry-gummies-shop.claims.csv",
    ARTICLES / "osteopathy-headache-faq.md": ARTICLES / "osteopathy-headache-faq.claims.csv",
    ARTICLES / "infrared-sauna-blanket-review.txt": ARTICLES / "infrared-sauna-blanket-review.claims.csv",
    ARTICLES / "physio-tennis-elbow-clinic.html": ARTICLES / "physio-tennis-elbow-clinic.claims.csv",
    ARTICLES / "probiotics-travel-newsletter.txt": ARTICLES / "probiotics-travel-newsletter.claims.csv",
    ARTICLES / "acupuncture-knee-pain-blog.md": ARTICLES / "acupuncture-knee-pain-blog.claims.csv",
    ARTICLES / "hot-stone-massage-spa.html": ARTICLES / "hot-stone-massage-spa.claims.csv",
    # fifty-second blind round, measured after round 51's fixes and the review of rounds 49-50: writers BX, BY, 4 articles,
    # 92 labels, first pass 0.957 / 0.772 / 0.989 (a conditions table and red flags its writer left out, background prose)
    ARTICLES / "dry-needling-neck-headache.html": ARTICLES / "dry-needling-neck-headache.claims.csv",
    ARTICLES / "ashwagandha-sleep-blog.md": ARTICLES / "ashwagandha-sleep-blog.claims.csv",
    ARTICLES / "chiro-sciatica-clinic.txt": ARTICLES / "chiro-sciatica-clinic.claims.csv",
    ARTICLES / "lymphatic-drainage-newsletter.txt": ARTICLES / "lymphatic-drainage-newsletter.claims.csv",
    # fifty-third blind round, measured with b60368e (round 52's fixes): writers BZ, CA, CB, CC, 8 articles, 193 labels,
    # first pass 0.907 / 0.931 / 0.657 (a shop's product the vocabulary lacked named with its dose,
    # 'CoQ10 200 mg'; a shiatsu studio read as reflexology; 'Stop Smoking with Acupuncture' read as smoking cessation)
    ARTICLES / "chiro-ear-infections-kids.html": ARTICLES / "chiro-ear-infections-kids.claims.csv",
    ARTICLES / "coq10-statin-shop.txt": ARTICLES / "coq10-statin-shop.claims.csv",
    ARTICLES / "acupuncture-smoking-cessation.md": ARTICLES / "acupuncture-smoking-cessation.claims.csv",
    ARTICLES / "shiatsu-clinic.txt": ARTICLES / "shiatsu-clinic.claims.csv",
    ARTICLES / "physio-hip-oa-clinic.html": ARTICLES / "physio-hip-oa-clinic.claims.csv",
    ARTICLES / "bromelain-bruising-blog.md": ARTICLES / "bromelain-bruising-blog.claims.csv",
    ARTICLES / "dry-needling-rotator-cuff.txt": ARTICLES / "dry-needling-rotator-cuff.claims.csv",
    ARTICLES / "vitamin-d-mood-newsletter.html": ARTICLES / "vitamin-d-mood-newsletter.claims.csv",
    # fifty-fourth blind round, measured with 02c1a61 (round 53's fixes and the review of rounds 51-52): writers CD, CE, CF,
    # CG, 8 articles, 176 labels, first pass 0.920 / 0.871 / 0.846 (a delivery route, 'IV drips', read as the topic of a
    # glutathione page the vocabulary lacked; reviews' outcomes, imperative dose limits, mechanism and history prose)
    ARTICLES / "physio-shoulder-impingement.txt": ARTICLES / "physio-shoulder-impingement.claims.csv",
    ARTICLES / "melatonin-kids-shop.html": ARTICLES / "melatonin-kids-shop.claims.csv",
    ARTICLES / "craniosacral-migraine-clinic.html": ARTICLES / "craniosacral-migraine-clinic.claims.csv",
    ARTICLES / "glutathione-iv-blog.md": ARTICLES / "glutathione-iv-blog.claims.csv",
    ARTICLES / "cbd-gummies-anxiety.md": ARTICLES / "cbd-gummies-anxiety.claims.csv",
    ARTICLES / "orthotics-flat-feet-clinic.html": ARTICLES / "orthotics-flat-feet-clinic.claims.csv",
    ARTICLES / "sports-massage-cyclists.txt": ARTICLES / "sports-massage-cyclists.claims.csv",
    ARTICLES / "ginger-nausea-blog.html": ARTICLES / "ginger-nausea-blog.claims.csv",
    # fifty-fifth blind round, measured with b07f47b (round 54's fixes, before the review of round 53): writers CH, CI, CJ,
    # CK, 8 articles, 178 labels, first pass 0.899 / 0.842 / 0.894 (an injury list its writer read as caseload, a leaflet credited
    # to seven treatments, a subject line naming 'your baby's brain', pros-and-cons specs, prose around treatment rooms)
    ARTICLES / "acupuncture-back-pain-clinic.txt": ARTICLES / "acupuncture-back-pain-clinic.claims.csv",
    ARTICLES / "collagen-hair-nails-shop.html": ARTICLES / "collagen-hair-nails-shop.claims.csv",
    ARTICLES / "yoga-pregnancy-studio.md": ARTICLES / "yoga-pregnancy-studio.claims.csv",
    ARTICLES / "physio-knee-replacement-rehab.txt": ARTICLES / "physio-knee-replacement-rehab.claims.csv",
    ARTICLES / "red-light-therapy-panel-review.md": ARTICLES / "red-light-therapy-panel-review.claims.csv",
    ARTICLES / "osteopathy-sports-injuries.html": ARTICLES / "osteopathy-sports-injuries.claims.csv",
    ARTICLES / "omega3-pregnancy-newsletter.txt": ARTICLES / "omega3-pregnancy-newsletter.claims.csv",
    ARTICLES / "massage-anxiety-clinic.md": ARTICLES / "massage-anxiety-clinic.claims.csv",
    # fifty-sixth blind round, measured with f79e43c (round 55's fixes): writers CL, CM, 4 articles, 96 labels,
    # first pass 0.958 / 0.885 / 0.946 (prose about the first visit, a red-flag list its writer left
    # out, a hero line between a rating and a price, a treatment named after 'through')
    ARTICLES / "dry-needling-back-pain-clinic.txt": ARTICLES / "dry-needling-back-pain-clinic.claims.csv",
    ARTICLES / "probiotic-bloating-blog.md": ARTICLES / "probiotic-bloating-blog.claims.csv",
    ARTICLES / "chiro-headache-clinic.html": ARTICLES / "chiro-headache-clinic.claims.csv",
    ARTICLES / "zinc-immunity-shop.txt": ARTICLES / "zinc-immunity-shop.claims.csv",
    # fifty-seventh blind round, measured with a44203f (round 56's fixes and the review of rounds 54-55): writers CN, CO,
    # 4 articles, 82 labels, first pass 0.890 / 0.839 / 0.822 (a stats strip the extractor left out, iron and quinine the
    # vocabulary lacked, dose instructions and an honest newsletter's hedges read as claims)
    ARTICLES / "cupping-back-pain-spa.txt": ARTICLES / "cupping-back-pain-spa.claims.csv",
    ARTICLES / "vitamin-b12-vegan-blog.md": ARTICLES / "vitamin-b12-vegan-blog.claims.csv",
    ARTICLES / "physio-neck-pain-clinic.html": ARTICLES / "physio-neck-pain-clinic.claims.csv",
    ARTICLES / "magnesium-leg-cramps-newsletter.txt": ARTICLES / "magnesium-leg-cramps-newsletter.claims.csv",
    # fifty-eighth blind round, measured with aca6d26 (round 57's fixes and the review of round 56): writer CP, 2 articles,
    # 42 labels, first pass 0.976 / 0.891 / 0.707 (a clinic's name above the headline, repeated only after
    # '©' in its footer, read as the title: its claims credited to physiotherapy)
    ARTICLES / "dry-needling-knee-pain.txt": ARTICLES / "dry-needling-knee-pain.claims.csv",
    ARTICLES / "turmeric-joint-shop.html": ARTICLES / "turmeric-joint-shop.claims.csv",
    # fifty-ninth blind round, measured with dca76c8 (round 58's fixes, the review of round 57, the front-matter fix): writer
    # CQ, 2 articles, 34 labels, first pass 0.912 / 0.838 / 0.935 (measured at the session's end, not yet worked on: a
    # blockquote testimonial without quotation marks split into its sentences, procedure prose, specs and steps)
    ARTICLES / "acupuncture-fertility-ivf-clinic.html": ARTICLES / "acupuncture-fertility-ivf-clinic.claims.csv",
    ARTICLES / "foam-roller-shop.txt": ARTICLES / "foam-roller-shop.claims.csv",
    # sixtieth blind round, measured with 1239f17 (round 59's tidy; round 59 not yet worked on): writers CR, CS, CT, 6
    # articles, 145 labels, first pass 0.924 / 0.854 / 0.963, kind 0.642 (review cards written as <article>s that made
    # the extractor take one review for a pillow page and drop its headings, a symptom treated read as a side effect,
    # a clinic's procedure prose and bios)
    ARTICLES / "peppermint-oil-ibs-blog.md": ARTICLES / "peppermint-oil-ibs-blog.claims.csv",
    ARTICLES / "chiro-asthma-kids.txt": ARTICLES / "chiro-asthma-kids.claims.csv",
    ARTICLES / "cervical-pillow-shop.html": ARTICLES / "cervical-pillow-shop.claims.csv",
    ARTICLES / "massage-scar-tissue-newsletter.txt": ARTICLES / "massage-scar-tissue-newsletter.claims.csv",
    ARTICLES / "acupuncture-chemo-nausea-clinic.html": ARTICLES / "acupuncture-chemo-nausea-clinic.claims.csv",
    ARTICLES / "rhodiola-fatigue-faq.md": ARTICLES / "rhodiola-fatigue-faq.claims.csv",
    # sixty-first blind round, measured with 3e1e405 (round 60's first fixes and the review of rounds 58–59): writers CU,
    # CV, CW, 6 articles, 142 labels, first pass 0.894 / 0.876 / 0.417, kind 0.575 (lysine and beetroot juice the
    # vocabulary lacked; writer CW saw five lines of another writer's labels and recent commit messages by mistake)
    ARTICLES / "acupuncture-tinnitus-clinic.txt": ARTICLES / "acupuncture-tinnitus-clinic.claims.csv",
    ARTICLES / "glucosamine-dog-joints-shop.html": ARTICLES / "glucosamine-dog-joints-shop.claims.csv",
    ARTICLES / "physio-pelvic-girdle-pain.md": ARTICLES / "physio-pelvic-girdle-pain.claims.csv",
    ARTICLES / "lysine-cold-sores-shop.txt": ARTICLES / "lysine-cold-sores-shop.claims.csv",
    ARTICLES / "chiro-concussion-clinic.html": ARTICLES / "chiro-concussion-clinic.claims.csv",
    ARTICLES / "beetroot-blood-pressure-newsletter.txt": ARTICLES / "beetroot-blood-pressure-newsletter.claims.csv",
    # sixty-second blind round, measured with 980e488 (round 61's fixes): writers CX, CY, CZ, 6 articles, 140 labels, first
    # pass 0.943 / 0.776 / 0.735, kind 0.689 (flotation therapy the vocabulary lacked; red-flag lists whose writers gave
    # the advice once where we wrote each sign; background, procedure and aftercare answers read as claims)
    ARTICLES / "kinesio-tape-shoulder-blog.html": ARTICLES / "kinesio-tape-shoulder-blog.claims.csv",
    ARTICLES / "sea-salt-float-newsletter.md": ARTICLES / "sea-salt-float-newsletter.claims.csv",
    ARTICLES / "chiro-tennis-elbow-faq.txt": ARTICLES / "chiro-tennis-elbow-faq.claims.csv",
    ARTICLES / "vitamin-d-kids-drops-shop.html": ARTICLES / "vitamin-d-kids-drops-shop.claims.csv",
    ARTICLES / "massage-therapy-dementia-care.md": ARTICLES / "massage-therapy-dementia-care.claims.csv",
    ARTICLES / "cupping-acne-skin-clinic.txt": ARTICLES / "cupping-acne-skin-clinic.claims.csv",
    # sixty-third blind round, measured with 85c336a (rounds 61–62's fixes, one claim per red-flag list, the review of
    # rounds 60–61): writers DA, DB, DC, 6 articles, 131 labels, first pass 0.931 / 0.813 / 0.926, kind 0.680
    ARTICLES / "acupuncture-pcos-fertility-news.html": ARTICLES / "acupuncture-pcos-fertility-news.claims.csv",
    ARTICLES / "magnesium-bath-soak-shop.txt": ARTICLES / "magnesium-bath-soak-shop.claims.csv",
    ARTICLES / "osteopathy-desk-workers.md": ARTICLES / "osteopathy-desk-workers.claims.csv",
    ARTICLES / "probiotic-dog-digestion-blog.html": ARTICLES / "probiotic-dog-digestion-blog.claims.csv",
    ARTICLES / "shockwave-plantar-clinic.html": ARTICLES / "shockwave-plantar-clinic.claims.csv",
    ARTICLES / "yoga-nidra-sleep-faq.txt": ARTICLES / "yoga-nidra-sleep-faq.claims.csv",
    # sixty-fourth blind round, measured with c198b3e (round 63's fixes): writers DD, DE, DF, 6 articles, 129 labels,
    # first pass 0.899 / 0.823 / 0.586, kind 0.681
    ARTICLES / "aquatic-physio-back-pain.txt": ARTICLES / "aquatic-physio-back-pain.claims.csv",
    ARTICLES / "maca-energy-shop.html": ARTICLES / "maca-energy-shop.claims.csv",
    ARTICLES / "craniosacral-tmj-clinic.html": ARTICLES / "craniosacral-tmj-clinic.claims.csv",
    ARTICLES / "electrolyte-drink-cramps-blog.md": ARTICLES / "electrolyte-drink-cramps-blog.claims.csv",
    ARTICLES / "chiro-bedwetting-kids.txt": ARTICLES / "chiro-bedwetting-kids.claims.csv",
    ARTICLES / "acupressure-mat-review.md": ARTICLES / "acupressure-mat-review.claims.csv",
    # sixty-fifth blind round, measured with f06822b (round 64's fixes and the review of rounds 61–62): writers DG, DH, DI,
    # 6 articles, 121 labels, first pass 0.934 / 0.890 / 0.752, kind 0.788
    ARTICLES / "sports-massage-football-club.html": ARTICLES / "sports-massage-football-club.claims.csv",
    ARTICLES / "turmeric-dog-arthritis-faq.md": ARTICLES / "turmeric-dog-arthritis-faq.claims.csv",
    ARTICLES / "dry-needling-migraine-newsletter.txt": ARTICLES / "dry-needling-migraine-newsletter.claims.csv",
    ARTICLES / "red-light-mask-shop.txt": ARTICLES / "red-light-mask-shop.claims.csv",
    ARTICLES / "pilates-menopause-studio.md": ARTICLES / "pilates-menopause-studio.claims.csv",
    ARTICLES / "acupuncture-back-pain-gp-leaflet.html": ARTICLES / "acupuncture-back-pain-gp-leaflet.claims.csv",
    # sixty-sixth blind round, measured with 6df38c0 (round 65's fixes and its review): writers DJ, DK, 4 articles, 81
    # labels, first pass 0.938 / 0.826 / 0.895, kind 0.632
    ARTICLES / "osteopathy-plagiocephaly-babies.txt": ARTICLES / "osteopathy-plagiocephaly-babies.claims.csv",
    ARTICLES / "collagen-runners-joints.md": ARTICLES / "collagen-runners-joints.claims.csv",
    ARTICLES / "cupping-sciatica-clinic.html": ARTICLES / "cupping-sciatica-clinic.claims.csv",
    ARTICLES / "melatonin-shift-workers-newsletter.txt": ARTICLES / "melatonin-shift-workers-newsletter.claims.csv",
    # sixty-seventh blind round, measured with 7cf72e7 (round 66's fixes and a behaviour-neutral tidy): writers DL, DM, DN, DO,
    # 8 articles, 179 labels, first pass 0.872 / 0.872 / 0.577, kind 0.596
    ARTICLES / "alexander-technique-back-pain.txt": ARTICLES / "alexander-technique-back-pain.claims.csv",
    ARTICLES / "feldenkrais-balance-class.md": ARTICLES / "feldenkrais-balance-class.claims.csv",
    ARTICLES / "biofeedback-pelvic-floor-clinic.html": ARTICLES / "biofeedback-pelvic-floor-clinic.claims.csv",
    ARTICLES / "cbt-insomnia-app.md": ARTICLES / "cbt-insomnia-app.claims.csv",
    ARTICLES / "nettle-hay-fever-shop.html": ARTICLES / "nettle-hay-fever-shop.claims.csv",
    ARTICLES / "valerian-sleep-faq.txt": ARTICLES / "valerian-sleep-faq.claims.csv",
    ARTICLES / "trigger-point-injections-clinic.html": ARTICLES / "trigger-point-injections-clinic.claims.csv",
    ARTICLES / "hypnobirthing-course-newsletter.md": ARTICLES / "hypnobirthing-course-newsletter.claims.csv",
    # sixty-eighth blind round, measured with 75a1596 (round 67's first fixes and the review of round 66): writers DP, DQ,
    # DR, DS, 8 articles, 183 labels, first pass 0.896 / 0.877 / 0.317, kind 0.591
    ARTICLES / "cranberry-uti-shop.html": ARTICLES / "cranberry-uti-shop.claims.csv",
    ARTICLES / "eye-yoga-newsletter.txt": ARTICLES / "eye-yoga-newsletter.claims.csv",
    ARTICLES / "moxibustion-breech-clinic.html": ARTICLES / "moxibustion-breech-clinic.claims.csv",
    ARTICLES / "sound-bath-stress-blog.md": ARTICLES / "sound-bath-stress-blog.claims.csv",
    ARTICLES / "psyllium-cholesterol-faq.md": ARTICLES / "psyllium-cholesterol-faq.claims.csv",
    ARTICLES / "hand-therapy-arthritis-clinic.txt": ARTICLES / "hand-therapy-arthritis-clinic.claims.csv",
    ARTICLES / "low-fodmap-dietitian-ibs.html": ARTICLES / "low-fodmap-dietitian-ibs.claims.csv",
    ARTICLES / "vagus-nerve-stimulator-review.md": ARTICLES / "vagus-nerve-stimulator-review.claims.csv",
    # sixty-ninth blind round, measured with 5429409 (rounds 67 and 68's fixes): writers DT, DU, DV, DW, 8 articles,
    # 174 labels, first pass 0.868 / 0.812 / 0.636, kind 0.649
    ARTICLES / "vet-acupuncture-dogs.html": ARTICLES / "vet-acupuncture-dogs.claims.csv",
    ARTICLES / "honey-cough-kids-blog.md": ARTICLES / "honey-cough-kids-blog.claims.csv",
    ARTICLES / "scar-massage-c-section.md": ARTICLES / "scar-massage-c-section.claims.csv",
    ARTICLES / "gluteal-tendinopathy-physio.html": ARTICLES / "gluteal-tendinopathy-physio.claims.csv",
    ARTICLES / "saffron-mood-shop.html": ARTICLES / "saffron-mood-shop.claims.csv",
    ARTICLES / "black-seed-oil-faq.txt": ARTICLES / "black-seed-oil-faq.claims.csv",
    ARTICLES / "weighted-blanket-anxiety-review.md": ARTICLES / "weighted-blanket-anxiety-review.claims.csv",
    ARTICLES / "bowen-therapy-frozen-shoulder.txt": ARTICLES / "bowen-therapy-frozen-shoulder.claims.csv",
    # seventieth blind round, measured with 2c1ebf5 (round 69's first fixes): writers DX, DY, DZ, EA, 8 articles,
    # 194 labels, first pass 0.840 / 0.795 / 0.767, kind 0.583
    ARTICLES / "l-theanine-focus-shop.html": ARTICLES / "l-theanine-focus-shop.claims.csv",
    ARTICLES / "knee-taping-arthritis-newsletter.txt": ARTICLES / "knee-taping-arthritis-newsletter.claims.csv",
    ARTICLES / "pelvic-floor-trainer-review.md": ARTICLES / "pelvic-floor-trainer-review.claims.csv",
    ARTICLES / "concussion-return-to-play-physio.html": ARTICLES / "concussion-return-to-play-physio.claims.csv",
    ARTICLES / "ginkgo-memory-faq.md": ARTICLES / "ginkgo-memory-faq.claims.csv",
    ARTICLES / "visceral-manipulation-ibs-clinic.html": ARTICLES / "visceral-manipulation-ibs-clinic.claims.csv",
    ARTICLES / "infant-massage-class.md": ARTICLES / "infant-massage-class.claims.csv",
    ARTICLES / "hyperbaric-long-covid-clinic.html": ARTICLES / "hyperbaric-long-covid-clinic.claims.csv",
    # seventy-first blind round, measured with 8dfe5d1 (rounds 69 and 70's fixes): writers EB, EC, ED, EE, 8 articles,
    # 188 labels, first pass 0.835 / 0.902 / 0.452, kind 0.611
    ARTICLES / "laser-therapy-tennis-elbow-clinic.txt": ARTICLES / "laser-therapy-tennis-elbow-clinic.claims.csv",
    ARTICLES / "protein-older-adults-blog.md": ARTICLES / "protein-older-adults-blog.claims.csv",
    ARTICLES / "nasal-strips-snoring-review.md": ARTICLES / "nasal-strips-snoring-review.claims.csv",
    ARTICLES / "arnica-bruising-shop.html": ARTICLES / "arnica-bruising-shop.claims.csv",
    ARTICLES / "osteoporosis-exercise-physio.html": ARTICLES / "osteoporosis-exercise-physio.claims.csv",
    ARTICLES / "eft-tapping-anxiety-blog.md": ARTICLES / "eft-tapping-anxiety-blog.claims.csv",
    ARTICLES / "dog-hydrotherapy-centre.html": ARTICLES / "dog-hydrotherapy-centre.claims.csv",
    ARTICLES / "rosehip-knee-shop.txt": ARTICLES / "rosehip-knee-shop.claims.csv",
    # seventy-second blind round, measured with d5429d7 (round 71's fixes): writers EF, EG, EH, EI, 8 articles,
    # 181 labels, first pass 0.945 / 0.886 / 0.895, kind 0.649
    ARTICLES / "dry-needling-hamstring-clinic.html": ARTICLES / "dry-needling-hamstring-clinic.claims.csv",
    ARTICLES / "magnesium-restless-legs-faq.txt": ARTICLES / "magnesium-restless-legs-faq.claims.csv",
    ARTICLES / "chiro-hip-pain-runners.txt": ARTICLES / "chiro-hip-pain-runners.claims.csv",
    ARTICLES / "massage-jaw-tmj-blog.md": ARTICLES / "massage-jaw-tmj-blog.claims.csv",
    ARTICLES / "acupuncture-period-pain-clinic.html": ARTICLES / "acupuncture-period-pain-clinic.claims.csv",
    ARTICLES / "yoga-ibs-class.md": ARTICLES / "yoga-ibs-class.claims.csv",
    ARTICLES / "cupping-plantar-fasciitis-faq.md": ARTICLES / "cupping-plantar-fasciitis-faq.claims.csv",
    ARTICLES / "physio-sciatica-leaflet.html": ARTICLES / "physio-sciatica-leaflet.claims.csv",
    # seventy-third blind round, measured with 8c2ef41 (round 72's fixes, the review of rounds 67–68, vocabulary 2026.11.30.8):
    # writers EJ, EK, EL, EM, 8 articles, 171 labels, first pass 0.895 / 0.850 / 0.961, kind 0.686
    ARTICLES / "sports-massage-rugby-club.txt": ARTICLES / "sports-massage-rugby-club.claims.csv",
    ARTICLES / "vitamin-d-muscle-pain-blog.md": ARTICLES / "vitamin-d-muscle-pain-blog.claims.csv",
    ARTICLES / "osteopathy-sciatica-pregnancy.html": ARTICLES / "osteopathy-sciatica-pregnancy.claims.csv",
    ARTICLES / "collagen-skin-gummies-review.md": ARTICLES / "collagen-skin-gummies-review.claims.csv",
    ARTICLES / "acupressure-wristbands-travel-shop.html": ARTICLES / "acupressure-wristbands-travel-shop.claims.csv",
    ARTICLES / "chiro-migraine-clinic.txt": ARTICLES / "chiro-migraine-clinic.claims.csv",
    ARTICLES / "pilates-back-pain-studio.md": ARTICLES / "pilates-back-pain-studio.claims.csv",
    ARTICLES / "turmeric-boswellia-joint-shop.html": ARTICLES / "turmeric-boswellia-joint-shop.claims.csv",
    # seventy-fourth blind round, measured with 0cca57c (round 73's fixes): writers EN, EO, EP, EQ, 8 articles,
    # 187 labels, first pass 0.941 / 0.898 / 0.858, kind 0.670
    ARTICLES / "acupuncture-fibromyalgia-clinic.html": ARTICLES / "acupuncture-fibromyalgia-clinic.claims.csv",
    ARTICLES / "magnesium-sleep-gummies-review.txt": ARTICLES / "magnesium-sleep-gummies-review.claims.csv",
    ARTICLES / "physio-knee-oa-exercise-newsletter.md": ARTICLES / "physio-knee-oa-exercise-newsletter.claims.csv",
    ARTICLES / "reflexology-anxiety-spa.html": ARTICLES / "reflexology-anxiety-spa.claims.csv",
    ARTICLES / "dry-needling-low-back-faq.txt": ARTICLES / "dry-needling-low-back-faq.claims.csv",
    ARTICLES / "omega3-joint-capsules-shop.html": ARTICLES / "omega3-joint-capsules-shop.claims.csv",
    ARTICLES / "yoga-seniors-balance-blog.md": ARTICLES / "yoga-seniors-balance-blog.claims.csv",
    ARTICLES / "shockwave-achilles-clinic.html": ARTICLES / "shockwave-achilles-clinic.claims.csv",
    # seventy-fifth blind round, measured with 9cd07eb (round 74's fixes and the review of rounds 72–74): writers ER, ES,
    # 4 articles, 84 labels, first pass 0.857 / 0.923 / 0.903, kind 0.694
    ARTICLES / "massage-lower-back-clinic.html": ARTICLES / "massage-lower-back-clinic.claims.csv",
    ARTICLES / "cupping-recovery-gym-newsletter.txt": ARTICLES / "cupping-recovery-gym-newsletter.claims.csv",
    ARTICLES / "chiro-neck-pain-desk-workers.md": ARTICLES / "chiro-neck-pain-desk-workers.claims.csv",
    ARTICLES / "ashwagandha-stress-capsules-shop.html": ARTICLES / "ashwagandha-stress-capsules-shop.claims.csv",
    # seventy-sixth blind round, measured with a302bb7 (round 75's fixes and two behaviour-neutral tidies): writers ET, EU,
    # EV, EW, 8 articles, 227 labels, first pass 0.868 / 0.817 / 0.838, kind 0.660 as first labelled; their brief wrongly
    # told them to leave a disease statistic's intervention empty, against DESIGN.md (sentence, else section, else the
    # article's topic) and every earlier round (612 of 631 statistic labels): 19 rows refilled with the topic, after
    # which the same first pass scores 0.868 / 0.817 / 0.904
    ARTICLES / "dry-needling-frozen-shoulder-clinic.html": ARTICLES / "dry-needling-frozen-shoulder-clinic.claims.csv",
    ARTICLES / "magnesium-headache-newsletter.txt": ARTICLES / "magnesium-headache-newsletter.claims.csv",
    ARTICLES / "acupuncture-neck-shoulder-clinic.txt": ARTICLES / "acupuncture-neck-shoulder-clinic.claims.csv",
    ARTICLES / "omega3-mood-blog.md": ARTICLES / "omega3-mood-blog.claims.csv",
    ARTICLES / "massage-older-adults-blog.md": ARTICLES / "massage-older-adults-blog.claims.csv",
    ARTICLES / "cupping-tension-headache-clinic.html": ARTICLES / "cupping-tension-headache-clinic.claims.csv",
    ARTICLES / "pilates-knee-pain-studio.html": ARTICLES / "pilates-knee-pain-studio.claims.csv",
    ARTICLES / "chiro-sleep-faq.txt": ARTICLES / "chiro-sleep-faq.claims.csv",
    # seventy-seventh blind round, measured with 4895b78 (round 76's first fixes): writers EX, EY, EZ, FA, 8 articles,
    # 236 labels, first pass 0.877 / 0.859 / 0.952, kind 0.652
    ARTICLES / "physio-runners-knee-clinic.html": ARTICLES / "physio-runners-knee-clinic.claims.csv",
    ARTICLES / "turmeric-inflammation-newsletter.txt": ARTICLES / "turmeric-inflammation-newsletter.claims.csv",
    ARTICLES / "yoga-neck-pain-studio.md": ARTICLES / "yoga-neck-pain-studio.claims.csv",
    ARTICLES / "vitamin-d-immunity-shop.html": ARTICLES / "vitamin-d-immunity-shop.claims.csv",
    ARTICLES / "osteopathy-shoulder-pain-clinic.txt": ARTICLES / "osteopathy-shoulder-pain-clinic.claims.csv",
    ARTICLES / "probiotic-weight-loss-blog.md": ARTICLES / "probiotic-weight-loss-blog.claims.csv",
    ARTICLES / "acupuncture-headache-blog.md": ARTICLES / "acupuncture-headache-blog.claims.csv",
    ARTICLES / "sports-massage-tennis-club.html": ARTICLES / "sports-massage-tennis-club.claims.csv",
    # seventy-eighth blind round, measured with 091e903 (round 76's fixes, round 77's first): writers FB, FC, FD, FE,
    # 8 articles, 230 labels, first pass 0.852 / 0.817 / 0.847, kind 0.663
    ARTICLES / "physio-shoulder-rehab-blog.md": ARTICLES / "physio-shoulder-rehab-blog.claims.csv",
    ARTICLES / "elderberry-immunity-faq.html": ARTICLES / "elderberry-immunity-faq.claims.csv",
    ARTICLES / "pregnancy-massage-day-spa.html": ARTICLES / "pregnancy-massage-day-spa.claims.csv",
    ARTICLES / "zinc-acne-blog.md": ARTICLES / "zinc-acne-blog.claims.csv",
    ARTICLES / "acupuncture-anxiety-sleep-newsletter.txt": ARTICLES / "acupuncture-anxiety-sleep-newsletter.claims.csv",
    ARTICLES / "glucosamine-chondroitin-shop.html": ARTICLES / "glucosamine-chondroitin-shop.claims.csv",
    ARTICLES / "cupping-back-pain-faq.md": ARTICLES / "cupping-back-pain-faq.claims.csv",
    ARTICLES / "yoga-stress-corporate-wellness.txt": ARTICLES / "yoga-stress-corporate-wellness.claims.csv",
    # seventy-ninth blind round, measured with d4475c7 (rounds 76-78's fixes and the review of 76-77): writers FF, FG, FH,
    # FI, 8 articles, 219 labels, first pass 0.845 / 0.822 / 0.735, kind 0.714 as first labelled (a massage-gun shop's 29
    # rows credited to 'massage gun' relabelled 'massage' afterwards, as round 29's were: this session's brief had lost the
    # rule that a device or type of a treatment takes its general name; 0.845 / 0.822 / 0.865 after)
    ARTICLES / "chiro-tension-headache-clinic.txt": ARTICLES / "chiro-tension-headache-clinic.claims.csv",
    ARTICLES / "magnesium-pregnancy-leg-cramps-blog.md": ARTICLES / "magnesium-pregnancy-leg-cramps-blog.claims.csv",
    ARTICLES / "massage-gun-plantar-fasciitis-shop.html": ARTICLES / "massage-gun-plantar-fasciitis-shop.claims.csv",
    ARTICLES / "acupuncture-ibs-faq.txt": ARTICLES / "acupuncture-ibs-faq.claims.csv",
    ARTICLES / "physio-ankle-arthritis-newsletter.txt": ARTICLES / "physio-ankle-arthritis-newsletter.claims.csv",
    ARTICLES / "turmeric-ginger-tea-blog.md": ARTICLES / "turmeric-ginger-tea-blog.claims.csv",
    ARTICLES / "cupping-sports-recovery-clinic.html": ARTICLES / "cupping-sports-recovery-clinic.claims.csv",
    ARTICLES / "omega3-kids-adhd-newsletter.md": ARTICLES / "omega3-kids-adhd-newsletter.claims.csv",
    # eightieth blind round, measured with 527d33a (round 79's fixes and the review of 77-79): writers FJ, FL, FM, 6
    # articles, 170 labels, first pass 0.876 / 0.856 / 0.886, kind 0.725 (writer FK had not finished)
    ARTICLES / "osteopathy-lower-back-faq.html": ARTICLES / "osteopathy-lower-back-faq.claims.csv",
    ARTICLES / "ashwagandha-sleep-newsletter.txt": ARTICLES / "ashwagandha-sleep-newsletter.claims.csv",
    ARTICLES / "reflexology-headaches-clinic.txt": ARTICLES / "reflexology-headaches-clinic.claims.csv",
    ARTICLES / "sauna-recovery-athletes-blog.md": ARTICLES / "sauna-recovery-athletes-blog.claims.csv",
    ARTICLES / "acupuncture-knee-pain-clinic.html": ARTICLES / "acupuncture-knee-pain-clinic.claims.csv",
    ARTICLES / "probiotic-immunity-kids-faq.md": ARTICLES / "probiotic-immunity-kids-faq.claims.csv",
    # round 80, writer FK (finished late), measured with 234dea6 (round 80's first fixes): 2 articles, 68 labels, first pass
    # 0.838 / 0.851 / 0.982, kind 0.667; all 8 of round 80: 238 labels, 0.866 / 0.855 / 0.913
    ARTICLES / "dry-needling-hamstring-runners-blog.md": ARTICLES / "dry-needling-hamstring-runners-blog.claims.csv",
    ARTICLES / "vitamin-b12-energy-shop.html": ARTICLES / "vitamin-b12-energy-shop.claims.csv",
    # eighty-first blind round, measured with 0a66b6b (round 80's fixes): writers FN, FO, FP, FQ,
    # 8 articles, 216 labels, first pass 0.856 / 0.801 / 0.870, kind 0.714
    ARTICLES / "massage-neck-pain-clinic.txt": ARTICLES / "massage-neck-pain-clinic.claims.csv",
    ARTICLES / "collagen-knee-joint-blog.md": ARTICLES / "collagen-knee-joint-blog.claims.csv",
    ARTICLES / "chiropractic-sciatica-newsletter.md": ARTICLES / "chiropractic-sciatica-newsletter.claims.csv",
    ARTICLES / "melatonin-sleep-gummies-shop.html": ARTICLES / "melatonin-sleep-gummies-shop.claims.csv",
    ARTICLES / "acupuncture-fertility-ivf-blog.md": ARTICLES / "acupuncture-fertility-ivf-blog.claims.csv",
    ARTICLES / "physio-back-pain-gym-newsletter.txt": ARTICLES / "physio-back-pain-gym-newsletter.claims.csv",
    ARTICLES / "cupping-cellulite-salon.html": ARTICLES / "cupping-cellulite-salon.claims.csv",
    ARTICLES / "yoga-pregnancy-back-pain-faq.txt": ARTICLES / "yoga-pregnancy-back-pain-faq.claims.csv",
    # eighty-second blind round, measured with db54ca9 (round 81's fixes and its review): writers FR, FS, FT, FU,
    # 8 articles, 247 labels, first pass 0.830 / 0.899 / 0.941, kind 0.761
    ARTICLES / "dry-needling-ankle-sprain-clinic.html": ARTICLES / "dry-needling-ankle-sprain-clinic.claims.csv",
    ARTICLES / "ginger-period-pain-blog.md": ARTICLES / "ginger-period-pain-blog.claims.csv",
    ARTICLES / "chiro-knee-pain-clinic.txt": ARTICLES / "chiro-knee-pain-clinic.claims.csv",
    ARTICLES / "fish-oil-psoriasis-shop.html": ARTICLES / "fish-oil-psoriasis-shop.claims.csv",
    ARTICLES / "cupping-knee-oa-blog.md": ARTICLES / "cupping-knee-oa-blog.claims.csv",
    ARTICLES / "acupuncture-dry-eye-clinic.txt": ARTICLES / "acupuncture-dry-eye-clinic.claims.csv",
    ARTICLES / "yoga-migraine-newsletter.txt": ARTICLES / "yoga-migraine-newsletter.claims.csv",
    ARTICLES / "creatine-brain-health-shop.html": ARTICLES / "creatine-brain-health-shop.claims.csv",
    # eighty-third blind round, written at the same time and measured with db54ca9 too: writers FV, FW, FX, FY,
    # 8 articles, 217 labels, first pass 0.876 / 0.830 / 0.953, kind 0.716 (both rounds: 464 labels, 0.851 / 0.864 / 0.947)
    ARTICLES / "osteopathy-jaw-tmj-clinic.html": ARTICLES / "osteopathy-jaw-tmj-clinic.claims.csv",
    ARTICLES / "magnesium-muscle-recovery-newsletter.txt": ARTICLES / "magnesium-muscle-recovery-newsletter.claims.csv",
    ARTICLES / "reflexology-ibs-blog.md": ARTICLES / "reflexology-ibs-blog.claims.csv",
    ARTICLES / "red-light-therapy-back-pain-shop.html": ARTICLES / "red-light-therapy-back-pain-shop.claims.csv",
    ARTICLES / "sports-massage-hamstring-clinic.txt": ARTICLES / "sports-massage-hamstring-clinic.claims.csv",
    ARTICLES / "probiotic-acne-skin-blog.md": ARTICLES / "probiotic-acne-skin-blog.claims.csv",
    ARTICLES / "pilates-hip-pain-studio.html": ARTICLES / "pilates-hip-pain-studio.claims.csv",
    ARTICLES / "acupressure-headache-faq.txt": ARTICLES / "acupressure-headache-faq.claims.csv",
    # eighty-fourth blind round, measured with fa73ce3 (rounds 82-83's fixes): writers FZ, GA, GB, GC,
    # 8 articles, 242 labels, first pass 0.810 / 0.834 / 0.857, kind 0.699
    ARTICLES / "chiro-plantar-fasciitis-clinic.html": ARTICLES / "chiro-plantar-fasciitis-clinic.claims.csv",
    ARTICLES / "elderberry-kids-colds-blog.md": ARTICLES / "elderberry-kids-colds-blog.claims.csv",
    ARTICLES / "acupuncture-low-back-pain-newsletter.txt": ARTICLES / "acupuncture-low-back-pain-newsletter.claims.csv",
    ARTICLES / "turmeric-tendonitis-shop.html": ARTICLES / "turmeric-tendonitis-shop.claims.csv",
    ARTICLES / "massage-tension-headache-spa.md": ARTICLES / "massage-tension-headache-spa.claims.csv",
    ARTICLES / "vitamin-d-fatigue-faq.txt": ARTICLES / "vitamin-d-fatigue-faq.claims.csv",
    ARTICLES / "physio-frozen-shoulder-clinic.txt": ARTICLES / "physio-frozen-shoulder-clinic.claims.csv",
    ARTICLES / "cbd-oil-arthritis-blog.md": ARTICLES / "cbd-oil-arthritis-blog.claims.csv",
    # eighty-fifth blind round, measured with fb037ba (round 84's fixes and the review of 82-84): writers GD, GE, GF, GG,
    # 8 articles, 224 labels, first pass 0.862 / 0.828 / 0.969, kind 0.720
    ARTICLES / "osteopathy-hip-pain-runners-blog.md": ARTICLES / "osteopathy-hip-pain-runners-blog.claims.csv",
    ARTICLES / "probiotic-ibs-shop.html": ARTICLES / "probiotic-ibs-shop.claims.csv",
    ARTICLES / "acupuncture-carpal-tunnel-clinic.html": ARTICLES / "acupuncture-carpal-tunnel-clinic.claims.csv",
    ARTICLES / "magnesium-migraine-newsletter.txt": ARTICLES / "magnesium-migraine-newsletter.claims.csv",
    ARTICLES / "cupping-shoulder-pain-spa.txt": ARTICLES / "cupping-shoulder-pain-spa.claims.csv",
    ARTICLES / "collagen-joint-pain-review.md": ARTICLES / "collagen-joint-pain-review.claims.csv",
    ARTICLES / "chiro-sciatica-faq.html": ARTICLES / "chiro-sciatica-faq.claims.csv",
    ARTICLES / "tai-chi-knee-arthritis-newsletter.txt": ARTICLES / "tai-chi-knee-arthritis-newsletter.claims.csv",
    # eighty-sixth blind round, measured with bb97d24 (round 85's fixes and the review of 84-85): writers GH, GI, GJ, GK,
    # 8 articles, 232 labels, first pass 0.901 / 0.823 / 0.900, kind 0.699
    ARTICLES / "massage-sciatica-clinic.html": ARTICLES / "massage-sciatica-clinic.claims.csv",
    ARTICLES / "ashwagandha-menopause-newsletter.txt": ARTICLES / "ashwagandha-menopause-newsletter.claims.csv",
    ARTICLES / "dry-needling-neck-pain-faq.md": ARTICLES / "dry-needling-neck-pain-faq.claims.csv",
    ARTICLES / "glucosamine-knee-shop.txt": ARTICLES / "glucosamine-knee-shop.claims.csv",
    ARTICLES / "acupuncture-anxiety-clinic.txt": ARTICLES / "acupuncture-anxiety-clinic.claims.csv",
    ARTICLES / "cold-water-swimming-blog.md": ARTICLES / "cold-water-swimming-blog.claims.csv",
    ARTICLES / "physio-ankle-sprain-clinic.html": ARTICLES / "physio-ankle-sprain-clinic.claims.csv",
    ARTICLES / "melatonin-jet-lag-faq.txt": ARTICLES / "melatonin-jet-lag-faq.claims.csv",
    # eighty-seventh blind round, measured with 1a1c404 (round 86's fixes, its review and a one-line review fix): writers GL, GM, GN, GO,
    # 8 articles, 202 labels, first pass 0.916 / 0.869 / 0.730, kind 0.686
    ARTICLES / "chiro-tinnitus-clinic.html": ARTICLES / "chiro-tinnitus-clinic.claims.csv",
    ARTICLES / "saffron-mood-newsletter.txt": ARTICLES / "saffron-mood-newsletter.claims.csv",
    ARTICLES / "acupuncture-menopause-sleep-faq.md": ARTICLES / "acupuncture-menopause-sleep-faq.claims.csv",
    ARTICLES / "epsom-salt-muscle-soreness-blog.md": ARTICLES / "epsom-salt-muscle-soreness-blog.claims.csv",
    ARTICLES / "osteopathy-pregnancy-pelvic-pain-clinic.html": ARTICLES / "osteopathy-pregnancy-pelvic-pain-clinic.claims.csv",
    ARTICLES / "quercetin-hay-fever-shop.txt": ARTICLES / "quercetin-hay-fever-shop.claims.csv",
    ARTICLES / "yoga-osteoporosis-class.txt": ARTICLES / "yoga-osteoporosis-class.claims.csv",
    ARTICLES / "lymphatic-drainage-post-surgery-clinic.md": ARTICLES / "lymphatic-drainage-post-surgery-clinic.claims.csv",
    # eighty-eighth blind round, measured with 460fa23 (round 87's first fixes: a masthead's issue number, fifteen vocabulary entries, a
    # condition's 'what it feels like' list): writers GP, GQ, GR, GS,
    # 8 articles, 217 labels, first pass 0.880 / 0.809 / 0.749, kind 0.660
    ARTICLES / "acupuncture-shoulder-pain-newsletter.txt": ARTICLES / "acupuncture-shoulder-pain-newsletter.claims.csv",
    ARTICLES / "ginseng-energy-shop.md": ARTICLES / "ginseng-energy-shop.claims.csv",
    ARTICLES / "massage-fibromyalgia-blog.md": ARTICLES / "massage-fibromyalgia-blog.claims.csv",
    ARTICLES / "chiro-carpal-tunnel-faq.txt": ARTICLES / "chiro-carpal-tunnel-faq.claims.csv",
    ARTICLES / "cupping-athletes-gym.html": ARTICLES / "cupping-athletes-gym.claims.csv",
    ARTICLES / "turmeric-psoriasis-newsletter.txt": ARTICLES / "turmeric-psoriasis-newsletter.claims.csv",
    ARTICLES / "pilates-postnatal-diastasis-studio.md": ARTICLES / "pilates-postnatal-diastasis-studio.claims.csv",
    ARTICLES / "vitamin-d-back-pain-shop.html": ARTICLES / "vitamin-d-back-pain-shop.claims.csv",
    # eighty-ninth blind round, measured with 10f0c21 (rounds 87-88's fixes and fourteen conditions in the vocabulary): writers GT, GU,
    # GV, GW, 8 articles, 238 labels, first pass 0.861 / 0.844 / 0.834, kind 0.634
    ARTICLES / "physio-whiplash-newsletter.txt": ARTICLES / "physio-whiplash-newsletter.claims.csv",
    ARTICLES / "ashwagandha-sleep-shop.html": ARTICLES / "ashwagandha-sleep-shop.claims.csv",
    ARTICLES / "acupuncture-migraine-blog.md": ARTICLES / "acupuncture-migraine-blog.claims.csv",
    ARTICLES / "hyaluronic-acid-joint-review.txt": ARTICLES / "hyaluronic-acid-joint-review.claims.csv",
    ARTICLES / "chiro-pregnancy-back-pain-faq.md": ARTICLES / "chiro-pregnancy-back-pain-faq.claims.csv",
    ARTICLES / "cbd-anxiety-shop.html": ARTICLES / "cbd-anxiety-shop.claims.csv",
    ARTICLES / "massage-neck-pain-office-blog.md": ARTICLES / "massage-neck-pain-office-blog.claims.csv",
    ARTICLES / "zinc-acne-shop.html": ARTICLES / "zinc-acne-shop.claims.csv",
    # ninetieth blind round, measured with 2238d72 (rounds 87-89's fixes, related-product cards read): writers GX, GY, GZ, HA,
    # 8 articles, 221 labels, first pass 0.873 / 0.873 / 0.917, kind 0.731
    ARTICLES / "acupuncture-sperm-health-clinic.html": ARTICLES / "acupuncture-sperm-health-clinic.claims.csv",
    ARTICLES / "magnesium-anxiety-newsletter.txt": ARTICLES / "magnesium-anxiety-newsletter.claims.csv",
    ARTICLES / "yoga-lower-back-pain-blog.md": ARTICLES / "yoga-lower-back-pain-blog.claims.csv",
    ARTICLES / "vitamin-b12-memory-shop.html": ARTICLES / "vitamin-b12-memory-shop.claims.csv",
    ARTICLES / "osteopathy-baby-reflux-clinic.txt": ARTICLES / "osteopathy-baby-reflux-clinic.claims.csv",
    ARTICLES / "collagen-hair-nails-blog.md": ARTICLES / "collagen-hair-nails-blog.claims.csv",
    ARTICLES / "physio-acl-rehab-clinic.html": ARTICLES / "physio-acl-rehab-clinic.claims.csv",
    ARTICLES / "probiotic-eczema-kids-faq.md": ARTICLES / "probiotic-eczema-kids-faq.claims.csv",
    # ninety-first blind round, measured with 2120a03 (round 90's fixes and the review of 87-88): writers HB, HC, HD, HE,
    # 8 articles, 226 labels, first pass 0.832 / 0.821 / 0.931, kind 0.665
    ARTICLES / "cupping-neck-tension-clinic.txt": ARTICLES / "cupping-neck-tension-clinic.claims.csv",
    ARTICLES / "elderberry-flu-shop.html": ARTICLES / "elderberry-flu-shop.claims.csv",
    ARTICLES / "chiro-kids-posture-blog.md": ARTICLES / "chiro-kids-posture-blog.claims.csv",
    ARTICLES / "melatonin-kids-sleep-faq.txt": ARTICLES / "melatonin-kids-sleep-faq.claims.csv",
    ARTICLES / "acupuncture-pcos-clinic.html": ARTICLES / "acupuncture-pcos-clinic.claims.csv",
    ARTICLES / "turmeric-knee-oa-newsletter.txt": ARTICLES / "turmeric-knee-oa-newsletter.claims.csv",
    ARTICLES / "massage-anxiety-spa.md": ARTICLES / "massage-anxiety-spa.claims.csv",
    ARTICLES / "omega3-eye-health-shop.html": ARTICLES / "omega3-eye-health-shop.claims.csv",
    # ninety-second blind round, measured with e860c6e (round 91's fixes and the reviews of 88-91): writers HG, HH, HI,
    # 6 articles, 170 labels, first pass 0.906 / 0.870 / 0.747, kind 0.714
    ARTICLES / "chiro-tmj-jaw-clinic.md": ARTICLES / "chiro-tmj-jaw-clinic.claims.csv",
    ARTICLES / "yoga-insomnia-studio.html": ARTICLES / "yoga-insomnia-studio.claims.csv",
    ARTICLES / "sports-massage-golf-blog.md": ARTICLES / "sports-massage-golf-blog.claims.csv",
    ARTICLES / "shockwave-achilles-faq.txt": ARTICLES / "shockwave-achilles-faq.claims.csv",
    ARTICLES / "glucosamine-cat-joints-shop.html": ARTICLES / "glucosamine-cat-joints-shop.claims.csv",
    ARTICLES / "dry-needling-runners-knee-newsletter.txt": ARTICLES / "dry-needling-runners-knee-newsletter.claims.csv",
    # writer HF of round 92, finished later and measured alone at the same commit (e860c6e, articles unread): 2 articles,
    # 56 labels, first pass 0.875 / 0.891 / 0.837 (round 92 with them: 8 articles, 226 labels, 0.898 / 0.875 / 0.768)
    ARTICLES / "reflexology-sleep-newsletter.txt": ARTICLES / "reflexology-sleep-newsletter.claims.csv",
    ARTICLES / "iron-pregnancy-shop.html": ARTICLES / "iron-pregnancy-shop.claims.csv",
    # ninety-third blind round, measured with 783bbcc (round 92's fixes and its review): writers HJ, HK, HL, HM,
    # 8 articles, 248 labels, first pass 0.835 / 0.877 / 0.541, kind 0.715
    ARTICLES / "cordyceps-stamina-shop.html": ARTICLES / "cordyceps-stamina-shop.claims.csv",
    ARTICLES / "apple-cider-vinegar-blood-sugar-blog.md": ARTICLES / "apple-cider-vinegar-blood-sugar-blog.claims.csv",
    ARTICLES / "wim-hof-breathing-newsletter.txt": ARTICLES / "wim-hof-breathing-newsletter.claims.csv",
    ARTICLES / "stretching-flexibility-gym.html": ARTICLES / "stretching-flexibility-gym.claims.csv",
    ARTICLES / "salt-room-asthma-spa.txt": ARTICLES / "salt-room-asthma-spa.claims.csv",
    ARTICLES / "nattokinase-circulation-shop.md": ARTICLES / "nattokinase-circulation-shop.claims.csv",
    ARTICLES / "emdr-trauma-clinic.html": ARTICLES / "emdr-trauma-clinic.claims.csv",
    ARTICLES / "intermittent-fasting-inflammation-faq.md": ARTICLES / "intermittent-fasting-inflammation-faq.claims.csv",
    # ninety-fourth blind round, measured with 1f5be61 (round 93's fixes): writers HN, HO, HP, HQ,
    # 8 articles, 252 labels, first pass 0.813 / 0.813 / 0.507, kind 0.644
    ARTICLES / "reishi-immune-newsletter.txt": ARTICLES / "reishi-immune-newsletter.claims.csv",
    ARTICLES / "acupressure-band-nausea-shop.html": ARTICLES / "acupressure-band-nausea-shop.claims.csv",
    ARTICLES / "facial-acupuncture-skin-clinic.html": ARTICLES / "facial-acupuncture-skin-clinic.claims.csv",
    ARTICLES / "alkaline-water-shop.md": ARTICLES / "alkaline-water-shop.claims.csv",
    ARTICLES / "inversion-table-back-pain-review.md": ARTICLES / "inversion-table-back-pain-review.claims.csv",
    ARTICLES / "back-brace-posture-physio-blog.txt": ARTICLES / "back-brace-posture-physio-blog.claims.csv",
    ARTICLES / "tongkat-ali-testosterone-shop.html": ARTICLES / "tongkat-ali-testosterone-shop.claims.csv",
    ARTICLES / "heat-pack-period-pain-blog.md": ARTICLES / "heat-pack-period-pain-blog.claims.csv",
    # ninety-fifth blind round, measured with 066558b (round 93's and 94's fixes): writers HR, HS, HT, HU,
    # 8 articles, 252 labels, first pass 0.881 / 0.906 / 0.153, kind 0.766
    ARTICLES / "shilajit-energy-shop.html": ARTICLES / "shilajit-energy-shop.claims.csv",
    ARTICLES / "nordic-walking-knee-arthritis-class.txt": ARTICLES / "nordic-walking-knee-arthritis-class.claims.csv",
    ARTICLES / "vibration-plate-bone-density-review.md": ARTICLES / "vibration-plate-bone-density-review.claims.csv",
    ARTICLES / "rolfing-posture-clinic.html": ARTICLES / "rolfing-posture-clinic.claims.csv",
    ARTICLES / "chlorella-detox-newsletter.txt": ARTICLES / "chlorella-detox-newsletter.claims.csv",
    ARTICLES / "dance-fitness-older-adults-blog.md": ARTICLES / "dance-fitness-older-adults-blog.claims.csv",
    ARTICLES / "resveratrol-longevity-shop.html": ARTICLES / "resveratrol-longevity-shop.claims.csv",
    ARTICLES / "ear-candling-sinus-spa.md": ARTICLES / "ear-candling-sinus-spa.claims.csv",
    # ninety-sixth blind round, measured with b75832d (round 95's fixes): writers HV, HW, HX, HY,
    # 8 articles, 242 labels, first pass 0.831 / 0.831 / 0.517, kind 0.587
    ARTICLES / "shin-splints-sports-massage-clinic.html": ARTICLES / "shin-splints-sports-massage-clinic.claims.csv",
    ARTICLES / "parkinsons-tai-chi-newsletter.txt": ARTICLES / "parkinsons-tai-chi-newsletter.claims.csv",
    ARTICLES / "rosacea-skincare-serum-shop.md": ARTICLES / "rosacea-skincare-serum-shop.claims.csv",
    ARTICLES / "hair-loss-scalp-acupuncture-clinic.html": ARTICLES / "hair-loss-scalp-acupuncture-clinic.claims.csv",
    ARTICLES / "cystitis-d-mannose-pharmacy-blog.txt": ARTICLES / "cystitis-d-mannose-pharmacy-blog.claims.csv",
    ARTICLES / "stroke-rehab-physio-blog.md": ARTICLES / "stroke-rehab-physio-blog.claims.csv",
    ARTICLES / "brain-fog-lions-mane-coffee-shop.html": ARTICLES / "brain-fog-lions-mane-coffee-shop.claims.csv",
    ARTICLES / "bunion-orthotics-podiatry-faq.md": ARTICLES / "bunion-orthotics-podiatry-faq.claims.csv",
    # ninety-seventh blind round, measured with 60f7d7b (round 96's fixes): writers HZ, IA, IB, IC,
    # 8 articles, 240 labels, first pass 0.829 / 0.802 / 0.739, kind 0.668
    ARTICLES / "copd-breathing-physio-newsletter.txt": ARTICLES / "copd-breathing-physio-newsletter.claims.csv",
    ARTICLES / "magnesium-spray-sleep-shop.html": ARTICLES / "magnesium-spray-sleep-shop.claims.csv",
    ARTICLES / "chiro-scoliosis-teens-blog.md": ARTICLES / "chiro-scoliosis-teens-blog.claims.csv",
    ARTICLES / "cbd-balm-arthritis-pharmacy.html": ARTICLES / "cbd-balm-arthritis-pharmacy.claims.csv",
    ARTICLES / "menopause-joint-pain-yoga-studio.html": ARTICLES / "menopause-joint-pain-yoga-studio.claims.csv",
    ARTICLES / "collagen-coffee-creamer-review.md": ARTICLES / "collagen-coffee-creamer-review.claims.csv",
    ARTICLES / "jet-lag-light-glasses-review.txt": ARTICLES / "jet-lag-light-glasses-review.claims.csv",
    ARTICLES / "osteopathy-headaches-clinic.md": ARTICLES / "osteopathy-headaches-clinic.claims.csv",
    # ninety-eighth blind round, measured with 85af819 (round 97's fixes): writers ID, IE, IF, IG,
    # 8 articles, 254 labels, first pass 0.835 / 0.869 / 0.594, kind 0.712
    ARTICLES / "gum-disease-oil-pulling-dentist-blog.md": ARTICLES / "gum-disease-oil-pulling-dentist-blog.claims.csv",
    ARTICLES / "kinesiology-tape-knee-shop.html": ARTICLES / "kinesiology-tape-knee-shop.claims.csv",
    ARTICLES / "hypertension-beetroot-garlic-newsletter.txt": ARTICLES / "hypertension-beetroot-garlic-newsletter.claims.csv",
    ARTICLES / "plantar-fasciitis-night-splint-review.md": ARTICLES / "plantar-fasciitis-night-splint-review.claims.csv",
    ARTICLES / "post-covid-fatigue-pacing-clinic.html": ARTICLES / "post-covid-fatigue-pacing-clinic.claims.csv",
    ARTICLES / "electrolyte-tablets-cramp-shop.txt": ARTICLES / "electrolyte-tablets-cramp-shop.claims.csv",
    ARTICLES / "sciatica-mckenzie-physio-faq.md": ARTICLES / "sciatica-mckenzie-physio-faq.claims.csv",
    ARTICLES / "ashwagandha-gummies-teens-shop.html": ARTICLES / "ashwagandha-gummies-teens-shop.claims.csv",
    # ninety-ninth blind round, measured with 36ade13 (round 98's fixes): writers IH, II, IJ, IK,
    # 8 articles, 229 labels, first pass 0.873 / 0.833 / 0.860, kind 0.655
    ARTICLES / "acupuncture-fertility-men-newsletter.txt": ARTICLES / "acupuncture-fertility-men-newsletter.claims.csv",
    ARTICLES / "pilates-scoliosis-studio.html": ARTICLES / "pilates-scoliosis-studio.claims.csv",
    ARTICLES / "vitamin-c-skin-serum-review.md": ARTICLES / "vitamin-c-skin-serum-review.claims.csv",
    ARTICLES / "sports-chiro-marathon-clinic.txt": ARTICLES / "sports-chiro-marathon-clinic.claims.csv",
    ARTICLES / "probiotic-dogs-digestion-shop.html": ARTICLES / "probiotic-dogs-digestion-shop.claims.csv",
    ARTICLES / "mindfulness-chronic-pain-blog.md": ARTICLES / "mindfulness-chronic-pain-blog.claims.csv",
    ARTICLES / "hydrotherapy-arthritis-pool-newsletter.txt": ARTICLES / "hydrotherapy-arthritis-pool-newsletter.claims.csv",
    ARTICLES / "cold-sore-lysine-pharmacy.html": ARTICLES / "cold-sore-lysine-pharmacy.claims.csv",
    # hundredth blind round, measured with 00d743d (round 99's fixes and the review of 93-95): writers IL, IM, IN, IO,
    # 8 articles, 267 labels, first pass 0.873 / 0.823 / 0.807, kind 0.700
    ARTICLES / "massage-lower-back-pain-clinic.html": ARTICLES / "massage-lower-back-pain-clinic.claims.csv",
    ARTICLES / "turmeric-ginger-gummies-shop.txt": ARTICLES / "turmeric-ginger-gummies-shop.claims.csv",
    ARTICLES / "acupuncture-knee-osteoarthritis-newsletter.txt": ARTICLES / "acupuncture-knee-osteoarthritis-newsletter.claims.csv",
    ARTICLES / "yoga-back-pain-beginners-guide.md": ARTICLES / "yoga-back-pain-beginners-guide.claims.csv",
    ARTICLES / "vitamin-d-magnesium-bundle-shop.html": ARTICLES / "vitamin-d-magnesium-bundle-shop.claims.csv",
    ARTICLES / "chiropractic-neck-pain-faq.txt": ARTICLES / "chiropractic-neck-pain-faq.claims.csv",
    ARTICLES / "cupping-sports-recovery-blog.md": ARTICLES / "cupping-sports-recovery-blog.claims.csv",
    ARTICLES / "melatonin-shift-workers-pharmacy.html": ARTICLES / "melatonin-shift-workers-pharmacy.claims.csv",
    # hundred-and-first blind round, measured with 0d49677 (after the review of 93-95; none of round 100's articles fixed):
    # writers IP, IQ, IR, IS, 8 articles, 249 labels, first pass 0.896 / 0.858 / 0.928, kind 0.704
    ARTICLES / "dry-needling-shoulder-clinic.txt": ARTICLES / "dry-needling-shoulder-clinic.claims.csv",
    ARTICLES / "magnesium-glycinate-anxiety-blog.md": ARTICLES / "magnesium-glycinate-anxiety-blog.claims.csv",
    ARTICLES / "osteopathy-sciatica-clinic.html": ARTICLES / "osteopathy-sciatica-clinic.claims.csv",
    ARTICLES / "omega-3-joint-pain-newsletter.txt": ARTICLES / "omega-3-joint-pain-newsletter.claims.csv",
    ARTICLES / "tens-machine-labour-pain-shop.html": ARTICLES / "tens-machine-labour-pain-shop.claims.csv",
    ARTICLES / "reflexology-headaches-spa.md": ARTICLES / "reflexology-headaches-spa.claims.csv",
    ARTICLES / "foam-rolling-runners-gym-blog.md": ARTICLES / "foam-rolling-runners-gym-blog.claims.csv",
    ARTICLES / "pelvic-floor-postnatal-physio-newsletter.txt": ARTICLES / "pelvic-floor-postnatal-physio-newsletter.claims.csv",
    # hundred-and-second blind round, measured with 9a34b79 (a few of rounds 100-101's fixes): writers IT, IU,
    # 4 articles, 123 labels, first pass 0.919 / 0.843 / 0.938, kind 0.628
    ARTICLES / "chiropractic-headaches-newsletter.txt": ARTICLES / "chiropractic-headaches-newsletter.claims.csv",
    ARTICLES / "collagen-knee-pain-shop.html": ARTICLES / "collagen-knee-pain-shop.claims.csv",
    ARTICLES / "acupuncture-anxiety-sleep-blog.md": ARTICLES / "acupuncture-anxiety-sleep-blog.claims.csv",
    ARTICLES / "sports-massage-hamstring-gym.html": ARTICLES / "sports-massage-hamstring-gym.claims.csv",
    # hundred-and-third blind round, measured with 13925c6 (a few fixes after round 102; rounds 100-102 otherwise unfixed):
    # writers IV, IW, IX, IY, 8 articles, 259 labels, first pass 0.853 / 0.850 / 0.896, kind 0.688
    ARTICLES / "physio-tennis-elbow-newsletter.txt": ARTICLES / "physio-tennis-elbow-newsletter.claims.csv",
    ARTICLES / "cupping-neck-pain-spa.html": ARTICLES / "cupping-neck-pain-spa.claims.csv",
    ARTICLES / "melatonin-gummies-kids-shop.md": ARTICLES / "melatonin-gummies-kids-shop.claims.csv",
    ARTICLES / "acupuncture-chronic-back-pain-clinic.html": ARTICLES / "acupuncture-chronic-back-pain-clinic.claims.csv",
    ARTICLES / "yoga-anxiety-studio-newsletter.txt": ARTICLES / "yoga-anxiety-studio-newsletter.claims.csv",
    ARTICLES / "glucosamine-joint-supplement-review.md": ARTICLES / "glucosamine-joint-supplement-review.claims.csv",
    ARTICLES / "chiropractic-sciatica-clinic.html": ARTICLES / "chiropractic-sciatica-clinic.claims.csv",
    ARTICLES / "massage-gun-recovery-blog.md": ARTICLES / "massage-gun-recovery-blog.claims.csv",
    # hundred-and-fourth blind round, measured with ae63a73 (after rounds 100-103's fixes): writers IZ, JA, JB, JC,
    # 8 articles, 266 labels, first pass 0.880 / 0.893 / 0.863, kind 0.684
    ARTICLES / "massage-sciatica-mobile-therapist.html": ARTICLES / "massage-sciatica-mobile-therapist.claims.csv",
    ARTICLES / "vitamin-c-immunity-pharmacy-newsletter.txt": ARTICLES / "vitamin-c-immunity-pharmacy-newsletter.claims.csv",
    ARTICLES / "chiropractic-posture-office-workers-blog.md": ARTICLES / "chiropractic-posture-office-workers-blog.claims.csv",
    ARTICLES / "cbd-gummies-sleep-shop.html": ARTICLES / "cbd-gummies-sleep-shop.claims.csv",
    ARTICLES / "physio-achilles-tendinopathy-clinic.txt": ARTICLES / "physio-achilles-tendinopathy-clinic.claims.csv",
    ARTICLES / "ashwagandha-athletes-blog.md": ARTICLES / "ashwagandha-athletes-blog.claims.csv",
    ARTICLES / "acupuncture-ivf-fertility-clinic.html": ARTICLES / "acupuncture-ivf-fertility-clinic.claims.csv",
    ARTICLES / "pilates-pelvic-floor-newsletter.txt": ARTICLES / "pilates-pelvic-floor-newsletter.claims.csv",
    # hundred-and-fifth blind round, measured with ae63a73 (none of round 104's fixes): writers JD, JE, JF, JG,
    # 8 articles, 259 labels, first pass 0.876 / 0.863 / 0.960, kind 0.705
    ARTICLES / "osteopathy-baby-colic-clinic.html": ARTICLES / "osteopathy-baby-colic-clinic.claims.csv",
    ARTICLES / "turmeric-knee-osteoarthritis-newsletter.txt": ARTICLES / "turmeric-knee-osteoarthritis-newsletter.claims.csv",
    ARTICLES / "sports-massage-marathon-recovery-blog.md": ARTICLES / "sports-massage-marathon-recovery-blog.claims.csv",
    ARTICLES / "magnesium-leg-cramps-pharmacy.html": ARTICLES / "magnesium-leg-cramps-pharmacy.claims.csv",
    ARTICLES / "chiropractic-migraine-clinic.txt": ARTICLES / "chiropractic-migraine-clinic.claims.csv",
    ARTICLES / "probiotics-ibs-shop.html": ARTICLES / "probiotics-ibs-shop.claims.csv",
    ARTICLES / "yoga-lower-back-pain-newsletter.txt": ARTICLES / "yoga-lower-back-pain-newsletter.claims.csv",
    ARTICLES / "collagen-skin-ageing-blog.md": ARTICLES / "collagen-skin-ageing-blog.claims.csv",
    # hundred-and-sixth blind round, measured with 0bbc316 (round 104's first fixes; none of round 105's): writers JH, JI, JJ,
    # JK, 8 articles, 251 labels, first pass 0.880 / 0.834 / 0.819, kind 0.656
    ARTICLES / "naturopath-hay-fever-clinic.html": ARTICLES / "naturopath-hay-fever-clinic.claims.csv",
    ARTICLES / "fish-oil-heart-health-newsletter.txt": ARTICLES / "fish-oil-heart-health-newsletter.claims.csv",
    ARTICLES / "physio-frozen-shoulder-blog.md": ARTICLES / "physio-frozen-shoulder-blog.claims.csv",
    ARTICLES / "vitamin-d-winter-mood-shop.html": ARTICLES / "vitamin-d-winter-mood-shop.claims.csv",
    ARTICLES / "massage-anxiety-wellness-spa.txt": ARTICLES / "massage-anxiety-wellness-spa.claims.csv",
    ARTICLES / "melatonin-jet-lag-travel-blog.md": ARTICLES / "melatonin-jet-lag-travel-blog.claims.csv",
    ARTICLES / "chiropractic-scoliosis-kids-clinic.html": ARTICLES / "chiropractic-scoliosis-kids-clinic.claims.csv",
    ARTICLES / "acupuncture-carpal-tunnel-newsletter.txt": ARTICLES / "acupuncture-carpal-tunnel-newsletter.claims.csv",
    # hundred-and-seventh blind round, measured with 33637e7 (some of rounds 104-105's fixes; none of round 106's): writers JL,
    # JM, JN, JO, 8 articles, 254 labels, first pass 0.894 / 0.825 / 0.899, kind 0.639
    ARTICLES / "reiki-anxiety-wellness-centre.html": ARTICLES / "reiki-anxiety-wellness-centre.claims.csv",
    ARTICLES / "zinc-acne-skincare-blog.md": ARTICLES / "zinc-acne-skincare-blog.claims.csv",
    ARTICLES / "physio-knee-replacement-rehab-clinic.txt": ARTICLES / "physio-knee-replacement-rehab-clinic.claims.csv",
    ARTICLES / "elderberry-colds-kids-shop.html": ARTICLES / "elderberry-colds-kids-shop.claims.csv",
    ARTICLES / "cupping-back-pain-therapist-blog.md": ARTICLES / "cupping-back-pain-therapist-blog.claims.csv",
    ARTICLES / "b12-injections-energy-clinic.html": ARTICLES / "b12-injections-energy-clinic.claims.csv",
    ARTICLES / "hydrotherapy-fibromyalgia-newsletter.txt": ARTICLES / "hydrotherapy-fibromyalgia-newsletter.claims.csv",
    ARTICLES / "craniosacral-therapy-migraine-blog.md": ARTICLES / "craniosacral-therapy-migraine-blog.claims.csv",
    # hundred-and-eighth blind round, measured with 5ab56a8 (some of rounds 104-106's fixes; none of round 107's): writers JP,
    # JQ, JR, JS, 8 articles, 251 labels, first pass 0.896 / 0.827 / 0.893, kind 0.689
    ARTICLES / "sports-chiropractic-golfers-clinic.html": ARTICLES / "sports-chiropractic-golfers-clinic.claims.csv",
    ARTICLES / "omega-3-kids-focus-shop.md": ARTICLES / "omega-3-kids-focus-shop.claims.csv",
    ARTICLES / "physio-plantar-fasciitis-newsletter.txt": ARTICLES / "physio-plantar-fasciitis-newsletter.claims.csv",
    ARTICLES / "turmeric-gummies-inflammation-shop.html": ARTICLES / "turmeric-gummies-inflammation-shop.claims.csv",
    ARTICLES / "massage-pregnancy-back-pain-spa.txt": ARTICLES / "massage-pregnancy-back-pain-spa.claims.csv",
    ARTICLES / "tart-cherry-sleep-blog.md": ARTICLES / "tart-cherry-sleep-blog.claims.csv",
    ARTICLES / "acupuncture-menopause-hot-flushes-clinic.html": ARTICLES / "acupuncture-menopause-hot-flushes-clinic.claims.csv",
    ARTICLES / "yoga-sleep-insomnia-newsletter.txt": ARTICLES / "yoga-sleep-insomnia-newsletter.claims.csv",
    # hundred-and-ninth blind round, measured with 86d2480 (some of rounds 104-107's fixes; none of round 108's): writers JT,
    # JU, JV, JW, 8 articles, 243 labels, first pass 0.856 / 0.881 / 0.875, kind 0.731
    ARTICLES / "osteopathy-tmj-jaw-pain-clinic.html": ARTICLES / "osteopathy-tmj-jaw-pain-clinic.claims.csv",
    ARTICLES / "ginger-nausea-pregnancy-blog.md": ARTICLES / "ginger-nausea-pregnancy-blog.claims.csv",
    ARTICLES / "physio-rotator-cuff-newsletter.txt": ARTICLES / "physio-rotator-cuff-newsletter.claims.csv",
    ARTICLES / "beetroot-juice-blood-pressure-shop.html": ARTICLES / "beetroot-juice-blood-pressure-shop.claims.csv",
    ARTICLES / "massage-fibromyalgia-clinic.txt": ARTICLES / "massage-fibromyalgia-clinic.claims.csv",
    ARTICLES / "creatine-older-adults-blog.md": ARTICLES / "creatine-older-adults-blog.claims.csv",
    ARTICLES / "chiropractic-hip-pain-newsletter.txt": ARTICLES / "chiropractic-hip-pain-newsletter.claims.csv",
    ARTICLES / "valerian-sleep-pharmacy.html": ARTICLES / "valerian-sleep-pharmacy.claims.csv",
    # hundred-and-tenth blind round, measured with 860c748 (some of rounds 104-109's fixes): writers JX, JY, JZ, KA,
    # 8 articles, 241 labels, first pass 0.880 / 0.865 / 0.858, kind 0.736
    ARTICLES / "acupuncture-tennis-elbow-clinic.html": ARTICLES / "acupuncture-tennis-elbow-clinic.claims.csv",
    ARTICLES / "ashwagandha-sleep-gummies-review.md": ARTICLES / "ashwagandha-sleep-gummies-review.claims.csv",
    ARTICLES / "physio-neck-pain-desk-newsletter.txt": ARTICLES / "physio-neck-pain-desk-newsletter.claims.csv",
    ARTICLES / "vitamin-d-immunity-kids-shop.html": ARTICLES / "vitamin-d-immunity-kids-shop.claims.csv",
    ARTICLES / "massage-headache-office-blog.md": ARTICLES / "massage-headache-office-blog.claims.csv",
    ARTICLES / "lions-mane-focus-newsletter.txt": ARTICLES / "lions-mane-focus-newsletter.claims.csv",
    ARTICLES / "chiropractic-pregnancy-pelvic-pain-clinic.html": ARTICLES / "chiropractic-pregnancy-pelvic-pain-clinic.claims.csv",
    ARTICLES / "magnesium-migraine-blog.md": ARTICLES / "magnesium-migraine-blog.claims.csv",
    # hundred-and-eleventh blind round, measured with 7831f92 (some of rounds 104-110's fixes): writers KB, KC, KD, KE,
    # 8 articles, 251 labels, first pass 0.880 / 0.874 / 0.828, kind 0.615
    ARTICLES / "osteopathy-sports-injuries-clinic.html": ARTICLES / "osteopathy-sports-injuries-clinic.claims.csv",
    ARTICLES / "probiotic-skin-eczema-blog.md": ARTICLES / "probiotic-skin-eczema-blog.claims.csv",
    ARTICLES / "physio-ankle-rehab-runners-newsletter.txt": ARTICLES / "physio-ankle-rehab-runners-newsletter.claims.csv",
    ARTICLES / "cbd-balm-back-pain-shop.html": ARTICLES / "cbd-balm-back-pain-shop.claims.csv",
    ARTICLES / "hot-stone-massage-insomnia-spa.txt": ARTICLES / "hot-stone-massage-insomnia-spa.claims.csv",
    ARTICLES / "omega-3-dry-eyes-newsletter.txt": ARTICLES / "omega-3-dry-eyes-newsletter.claims.csv",
    ARTICLES / "dry-needling-neck-pain-blog.md": ARTICLES / "dry-needling-neck-pain-blog.claims.csv",
    ARTICLES / "glucosamine-dogs-joints-shop.html": ARTICLES / "glucosamine-dogs-joints-shop.claims.csv",
    # hundred-and-twelfth blind round, measured with e462da9 (some of rounds 104-111's fixes): writers KF, KG, KH, KI,
    # 8 articles, 271 labels, first pass 0.875 / 0.891 / 0.924, kind 0.713
    ARTICLES / "chiropractic-whiplash-clinic.html": ARTICLES / "chiropractic-whiplash-clinic.claims.csv",
    ARTICLES / "melatonin-older-adults-pharmacy.md": ARTICLES / "melatonin-older-adults-pharmacy.claims.csv",
    ARTICLES / "acupuncture-back-pain-nhs-newsletter.txt": ARTICLES / "acupuncture-back-pain-nhs-newsletter.claims.csv",
    ARTICLES / "vitamin-c-serum-skin-shop.html": ARTICLES / "vitamin-c-serum-skin-shop.claims.csv",
    ARTICLES / "yoga-pregnancy-studio-blog.md": ARTICLES / "yoga-pregnancy-studio-blog.claims.csv",
    ARTICLES / "iron-tiredness-women-newsletter.txt": ARTICLES / "iron-tiredness-women-newsletter.claims.csv",
    ARTICLES / "massage-plantar-fasciitis-clinic.txt": ARTICLES / "massage-plantar-fasciitis-clinic.claims.csv",
    ARTICLES / "ashwagandha-testosterone-men-shop.html": ARTICLES / "ashwagandha-testosterone-men-shop.claims.csv",
    # hundred-and-thirteenth blind round, measured with f480a58 (some of rounds 104-112's fixes): writers KJ, KK, KL, KM,
    # 8 articles, 245 labels, first pass 0.922 / 0.883 / 0.867, kind 0.673
    ARTICLES / "physio-low-back-pain-clinic-faq.html": ARTICLES / "physio-low-back-pain-clinic-faq.claims.csv",
    ARTICLES / "turmeric-dogs-arthritis-blog.md": ARTICLES / "turmeric-dogs-arthritis-blog.claims.csv",
    ARTICLES / "sports-massage-cyclists-newsletter.txt": ARTICLES / "sports-massage-cyclists-newsletter.claims.csv",
    ARTICLES / "collagen-joint-powder-shop.html": ARTICLES / "collagen-joint-powder-shop.claims.csv",
    ARTICLES / "reflexology-stress-spa-blog.md": ARTICLES / "reflexology-stress-spa-blog.claims.csv",
    ARTICLES / "vitamin-b12-vegans-pharmacy-newsletter.txt": ARTICLES / "vitamin-b12-vegans-pharmacy-newsletter.claims.csv",
    ARTICLES / "osteopathy-neck-pain-clinic-page.txt": ARTICLES / "osteopathy-neck-pain-clinic-page.claims.csv",
    ARTICLES / "probiotic-women-thrush-shop.html": ARTICLES / "probiotic-women-thrush-shop.claims.csv",
    # hundred-and-fourteenth blind round, measured with 044b82f (some of rounds 104-113's fixes): writers KN, KO, KP, KQ,
    # 8 articles, 268 labels, first pass 0.892 / 0.863 / 0.887, kind 0.686
    ARTICLES / "chiropractic-sports-performance-blog.md": ARTICLES / "chiropractic-sports-performance-blog.claims.csv",
    ARTICLES / "magnesium-kids-sleep-shop.html": ARTICLES / "magnesium-kids-sleep-shop.claims.csv",
    ARTICLES / "physio-hip-replacement-newsletter.txt": ARTICLES / "physio-hip-replacement-newsletter.claims.csv",
    ARTICLES / "omega-3-depression-blog.md": ARTICLES / "omega-3-depression-blog.claims.csv",
    ARTICLES / "acupuncture-insomnia-clinic-page.txt": ARTICLES / "acupuncture-insomnia-clinic-page.claims.csv",
    ARTICLES / "glucosamine-vs-turmeric-review.md": ARTICLES / "glucosamine-vs-turmeric-review.claims.csv",
    ARTICLES / "massage-cancer-care-spa.html": ARTICLES / "massage-cancer-care-spa.claims.csv",
    ARTICLES / "cold-water-immersion-recovery-gym.txt": ARTICLES / "cold-water-immersion-recovery-gym.claims.csv",
    # hundred-and-fifteenth blind round, measured with 29732a4 (some of rounds 104-114's fixes): writers KR, KS, KT, KU,
    # 8 articles, 240 labels, first pass 0.929 / 0.903 / 0.942, kind 0.664
    ARTICLES / "physio-tennis-elbow-clinic-page.html": ARTICLES / "physio-tennis-elbow-clinic-page.claims.csv",
    ARTICLES / "cbd-oil-anxiety-blog.md": ARTICLES / "cbd-oil-anxiety-blog.claims.csv",
    ARTICLES / "chiropractic-low-back-pain-newsletter.txt": ARTICLES / "chiropractic-low-back-pain-newsletter.claims.csv",
    ARTICLES / "ashwagandha-women-hormones-shop.html": ARTICLES / "ashwagandha-women-hormones-shop.claims.csv",
    ARTICLES / "acupressure-nausea-bands-shop.html": ARTICLES / "acupressure-nausea-bands-shop.claims.csv",
    ARTICLES / "osteopathy-pregnancy-back-pain-blog.md": ARTICLES / "osteopathy-pregnancy-back-pain-blog.claims.csv",
    ARTICLES / "pilates-back-pain-newsletter-spring.txt": ARTICLES / "pilates-back-pain-newsletter-spring.claims.csv",
    ARTICLES / "turmeric-latte-inflammation-cafe.md": ARTICLES / "turmeric-latte-inflammation-cafe.claims.csv",
    # hundred-and-sixteenth blind round, measured with b59462f (some of rounds 104-115's fixes): writers KV, KW, KX, KY,
    # 8 articles, 246 labels, first pass 0.858 / 0.861 / 0.900, kind 0.678
    ARTICLES / "massage-knee-osteoarthritis-clinic.html": ARTICLES / "massage-knee-osteoarthritis-clinic.claims.csv",
    ARTICLES / "vitamin-d-bones-older-adults-newsletter.txt": ARTICLES / "vitamin-d-bones-older-adults-newsletter.claims.csv",
    ARTICLES / "chiropractic-neck-pain-tech-blog.md": ARTICLES / "chiropractic-neck-pain-tech-blog.claims.csv",
    ARTICLES / "probiotics-antibiotics-pharmacy-shop.html": ARTICLES / "probiotics-antibiotics-pharmacy-shop.claims.csv",
    ARTICLES / "yoga-arthritis-gentle-newsletter.txt": ARTICLES / "yoga-arthritis-gentle-newsletter.claims.csv",
    ARTICLES / "magnesium-athletes-cramps-blog.md": ARTICLES / "magnesium-athletes-cramps-blog.claims.csv",
    ARTICLES / "acupuncture-fertility-men-clinic-page.html": ARTICLES / "acupuncture-fertility-men-clinic-page.claims.csv",
    ARTICLES / "collagen-hair-growth-shop.txt": ARTICLES / "collagen-hair-growth-shop.claims.csv",
    # hundred-and-seventeenth blind round, measured with 24c75a5 (some of rounds 104-116's fixes): writers KZ, LA, LB, LC,
    # 8 articles, 239 labels, first pass 0.879 / 0.850 / 0.890, kind 0.719
    ARTICLES / "sports-massage-football-club-page.html": ARTICLES / "sports-massage-football-club-page.claims.csv",
    ARTICLES / "elderberry-immune-adults-blog.md": ARTICLES / "elderberry-immune-adults-blog.claims.csv",
    ARTICLES / "physio-back-pain-pregnancy-newsletter.txt": ARTICLES / "physio-back-pain-pregnancy-newsletter.claims.csv",
    ARTICLES / "lavender-oil-sleep-shop.html": ARTICLES / "lavender-oil-sleep-shop.claims.csv",
    ARTICLES / "chiropractic-kids-sleep-clinic.txt": ARTICLES / "chiropractic-kids-sleep-clinic.claims.csv",
    ARTICLES / "green-tea-weight-loss-newsletter.txt": ARTICLES / "green-tea-weight-loss-newsletter.claims.csv",
    ARTICLES / "osteopathy-headaches-office-blog.md": ARTICLES / "osteopathy-headaches-office-blog.claims.csv",
    ARTICLES / "tens-back-pain-device-shop.html": ARTICLES / "tens-back-pain-device-shop.claims.csv",
    # hundred-and-eighteenth blind round, measured with 24c75a5 (none of round 117's fixes): writers LD, LE, LF, LG,
    # 8 articles, 250 labels, first pass 0.904 / 0.837 / 0.912, kind 0.659
    ARTICLES / "acupuncture-hay-fever-clinic-page.html": ARTICLES / "acupuncture-hay-fever-clinic-page.claims.csv",
    ARTICLES / "ashwagandha-anxiety-students-blog.md": ARTICLES / "ashwagandha-anxiety-students-blog.claims.csv",
    ARTICLES / "physio-shoulder-pain-swimmers-newsletter.txt": ARTICLES / "physio-shoulder-pain-swimmers-newsletter.claims.csv",
    ARTICLES / "omega-3-heart-shop-page.html": ARTICLES / "omega-3-heart-shop-page.claims.csv",
    ARTICLES / "massage-lymphatic-drainage-spa-page.txt": ARTICLES / "massage-lymphatic-drainage-spa-page.claims.csv",
    ARTICLES / "vitamin-d-depression-blog.md": ARTICLES / "vitamin-d-depression-blog.claims.csv",
    ARTICLES / "chiropractic-sciatica-faq-page.html": ARTICLES / "chiropractic-sciatica-faq-page.claims.csv",
    ARTICLES / "magnesium-glycinate-sleep-shop.txt": ARTICLES / "magnesium-glycinate-sleep-shop.claims.csv",
    # hundred-and-nineteenth blind round, measured with 5b714ab (some of rounds 104-118's fixes and a review): writers LH,
    # LI, LJ, LK, 8 articles, 248 labels, first pass 0.915 / 0.866 / 0.881, kind 0.714
    ARTICLES / "physio-knee-pain-runners-clinic-page.html": ARTICLES / "physio-knee-pain-runners-clinic-page.claims.csv",
    ARTICLES / "turmeric-capsules-arthritis-pharmacy.md": ARTICLES / "turmeric-capsules-arthritis-pharmacy.claims.csv",
    ARTICLES / "massage-sleep-insomnia-blog.md": ARTICLES / "massage-sleep-insomnia-blog.claims.csv",
    ARTICLES / "vitamin-c-collagen-skin-newsletter.txt": ARTICLES / "vitamin-c-collagen-skin-newsletter.claims.csv",
    ARTICLES / "chiropractic-headache-clinic-faq.txt": ARTICLES / "chiropractic-headache-clinic-faq.claims.csv",
    ARTICLES / "probiotics-kids-tummy-shop.html": ARTICLES / "probiotics-kids-tummy-shop.claims.csv",
    ARTICLES / "osteopathy-back-pain-newsletter-autumn.txt": ARTICLES / "osteopathy-back-pain-newsletter-autumn.claims.csv",
    ARTICLES / "ashwagandha-energy-gummies-shop.html": ARTICLES / "ashwagandha-energy-gummies-shop.claims.csv",
    # hundred-and-twentieth blind round, measured with 2b82095 (some of rounds 104-119's fixes and a review): writers LL,
    # LM, LN, LO, 8 articles, 234 labels, first pass 0.889 / 0.856 / 0.938, kind 0.707
    ARTICLES / "acupuncture-neck-pain-clinic-page.html": ARTICLES / "acupuncture-neck-pain-clinic-page.claims.csv",
    ARTICLES / "cbd-capsules-sleep-blog.md": ARTICLES / "cbd-capsules-sleep-blog.claims.csv",
    ARTICLES / "physio-sciatica-newsletter-winter.txt": ARTICLES / "physio-sciatica-newsletter-winter.claims.csv",
    ARTICLES / "glucosamine-chondroitin-knee-shop-page.html": ARTICLES / "glucosamine-chondroitin-knee-shop-page.claims.csv",
    ARTICLES / "reflexology-fertility-spa-blog.md": ARTICLES / "reflexology-fertility-spa-blog.claims.csv",
    ARTICLES / "vitamin-b12-spray-energy-shop.txt": ARTICLES / "vitamin-b12-spray-energy-shop.claims.csv",
    ARTICLES / "massage-carpal-tunnel-clinic-page.html": ARTICLES / "massage-carpal-tunnel-clinic-page.claims.csv",
    ARTICLES / "omega-3-brain-kids-newsletter.txt": ARTICLES / "omega-3-brain-kids-newsletter.claims.csv",
    # hundred-and-twenty-first blind round, measured with 07e5ff8 (some of rounds 104-120's fixes and a review): writers LP,
    # LQ, LR, LS, 8 articles, 250 labels, first pass 0.896 / 0.868 / 0.866, kind 0.701
    ARTICLES / "chiropractic-shoulder-pain-clinic-page.html": ARTICLES / "chiropractic-shoulder-pain-clinic-page.claims.csv",
    ARTICLES / "melatonin-teens-sleep-blog.md": ARTICLES / "melatonin-teens-sleep-blog.claims.csv",
    ARTICLES / "physio-ankle-sprain-football-newsletter.txt": ARTICLES / "physio-ankle-sprain-football-newsletter.claims.csv",
    ARTICLES / "turmeric-black-pepper-capsules-shop-page.html": ARTICLES / "turmeric-black-pepper-capsules-shop-page.claims.csv",
    ARTICLES / "cupping-cellulite-spa-blog.md": ARTICLES / "cupping-cellulite-spa-blog.claims.csv",
    ARTICLES / "iron-gummies-kids-shop.txt": ARTICLES / "iron-gummies-kids-shop.claims.csv",
    ARTICLES / "yoga-neck-pain-office-newsletter.txt": ARTICLES / "yoga-neck-pain-office-newsletter.claims.csv",
    ARTICLES / "dry-needling-plantar-fasciitis-clinic-page.html": ARTICLES / "dry-needling-plantar-fasciitis-clinic-page.claims.csv",
    # hundred-and-twenty-second blind round, measured with 07e5ff8 (none of round 121's fixes): writers LT, LU, LV, LW,
    # 8 articles, 262 labels, first pass 0.939 / 0.879 / 0.927, kind 0.679
    ARTICLES / "osteopathy-sciatica-newsletter-spring.txt": ARTICLES / "osteopathy-sciatica-newsletter-spring.claims.csv",
    ARTICLES / "ginger-shots-immunity-shop-page.html": ARTICLES / "ginger-shots-immunity-shop-page.claims.csv",
    ARTICLES / "massage-neck-pain-desk-clinic-page.html": ARTICLES / "massage-neck-pain-desk-clinic-page.claims.csv",
    ARTICLES / "collagen-peptides-ageing-newsletter.txt": ARTICLES / "collagen-peptides-ageing-newsletter.claims.csv",
    ARTICLES / "acupuncture-migraine-clinic-faq-page.html": ARTICLES / "acupuncture-migraine-clinic-faq-page.claims.csv",
    ARTICLES / "vitamin-d-k2-shop-bones.md": ARTICLES / "vitamin-d-k2-shop-bones.claims.csv",
    ARTICLES / "yoga-menopause-studio-blog.md": ARTICLES / "yoga-menopause-studio-blog.claims.csv",
    ARTICLES / "physio-shoulder-frozen-newsletter-2.txt": ARTICLES / "physio-shoulder-frozen-newsletter-2.claims.csv",
    # hundred-and-twenty-third blind round, measured with 9c717db (the extractor of round 122's last fix): writers LX, LY, LZ,
    # MA, 8 articles, 243 labels, first pass 0.868 / 0.844 / 0.938, kind 0.720
    ARTICLES / "chiropractic-tension-headache-family-clinic.html": ARTICLES / "chiropractic-tension-headache-family-clinic.claims.csv",
    ARTICLES / "omega-3-joint-stiffness-shop.md": ARTICLES / "omega-3-joint-stiffness-shop.claims.csv",
    ARTICLES / "cupping-crossfit-recovery-gym-blog.md": ARTICLES / "cupping-crossfit-recovery-gym-blog.claims.csv",
    ARTICLES / "physio-ankle-sprain-return-newsletter.txt": ARTICLES / "physio-ankle-sprain-return-newsletter.claims.csv",
    ARTICLES / "pilates-postnatal-back-studio-page.html": ARTICLES / "pilates-postnatal-back-studio-page.claims.csv",
    ARTICLES / "melatonin-jetlag-pharmacy-guide.txt": ARTICLES / "melatonin-jetlag-pharmacy-guide.claims.csv",
    ARTICLES / "acupuncture-ivf-support-clinic-blog.md": ARTICLES / "acupuncture-ivf-support-clinic-blog.claims.csv",
    ARTICLES / "percussion-massage-gun-shop-page.html": ARTICLES / "percussion-massage-gun-shop-page.claims.csv",
    # hundred-and-twenty-fourth blind round, measured with e201301 (round 123's first fixes): writers MB, MC, MD, ME,
    # 8 articles, 234 labels, first pass 0.885 / 0.828 / 0.942, kind 0.676
    ARTICLES / "osteopathy-pelvic-girdle-pain-mums-page.html": ARTICLES / "osteopathy-pelvic-girdle-pain-mums-page.claims.csv",
    ARTICLES / "glucosamine-knee-shop-faq.md": ARTICLES / "glucosamine-knee-shop-faq.claims.csv",
    ARTICLES / "yoga-lower-back-beginners-newsletter.txt": ARTICLES / "yoga-lower-back-beginners-newsletter.claims.csv",
    ARTICLES / "ashwagandha-stress-wellness-blog.md": ARTICLES / "ashwagandha-stress-wellness-blog.claims.csv",
    ARTICLES / "sports-massage-marathon-clinic-page.html": ARTICLES / "sports-massage-marathon-clinic-page.claims.csv",
    ARTICLES / "vitamin-c-cold-pharmacy-guide.txt": ARTICLES / "vitamin-c-cold-pharmacy-guide.claims.csv",
    ARTICLES / "acupressure-band-nausea-shop-page.html": ARTICLES / "acupressure-band-nausea-shop-page.claims.csv",
    ARTICLES / "chiropractic-baby-colic-parent-blog.md": ARTICLES / "chiropractic-baby-colic-parent-blog.claims.csv",
    # hundred-and-twenty-fifth blind round, measured with 7ec604f (rounds 123's and 124's first fixes): writers MF, MG, MH,
    # MI, 8 articles, 254 labels, first pass 0.874 / 0.810 / 0.928, kind 0.739
    ARTICLES / "lymphatic-drainage-post-surgery-salon-page.html": ARTICLES / "lymphatic-drainage-post-surgery-salon-page.claims.csv",
    ARTICLES / "probiotics-ibs-pharmacy-newsletter.txt": ARTICLES / "probiotics-ibs-pharmacy-newsletter.claims.csv",
    ARTICLES / "acupuncture-back-pain-nhs-style-guide.md": ARTICLES / "acupuncture-back-pain-nhs-style-guide.claims.csv",
    ARTICLES / "creatine-older-adults-gym-blog.md": ARTICLES / "creatine-older-adults-gym-blog.claims.csv",
    ARTICLES / "physio-knee-replacement-rehab-page.html": ARTICLES / "physio-knee-replacement-rehab-page.claims.csv",
    ARTICLES / "cbd-oil-arthritis-shop-faq.txt": ARTICLES / "cbd-oil-arthritis-shop-faq.claims.csv",
    ARTICLES / "chiropractic-sciatica-clinic-newsletter.txt": ARTICLES / "chiropractic-sciatica-clinic-newsletter.claims.csv",
    ARTICLES / "iron-tiredness-womens-health-blog.md": ARTICLES / "iron-tiredness-womens-health-blog.claims.csv",
    # hundred-and-twenty-sixth blind round, measured with 09c0e86 (rounds 123's and 124's fixes): writers MJ, MK, ML, MM,
    # 8 articles, 238 labels, first pass 0.866 / 0.855 / 0.879, kind 0.597
    ARTICLES / "reflexology-stress-spa-newsletter.txt": ARTICLES / "reflexology-stress-spa-newsletter.claims.csv",
    ARTICLES / "turmeric-golden-milk-cafe-blog.md": ARTICLES / "turmeric-golden-milk-cafe-blog.claims.csv",
    ARTICLES / "shockwave-tennis-elbow-clinic-page.html": ARTICLES / "shockwave-tennis-elbow-clinic-page.claims.csv",
    ARTICLES / "magnesium-spray-cramps-shop-page.html": ARTICLES / "magnesium-spray-cramps-shop-page.claims.csv",
    ARTICLES / "osteopathy-headache-office-workers-blog.md": ARTICLES / "osteopathy-headache-office-workers-blog.claims.csv",
    ARTICLES / "cold-water-swimming-mood-club-newsletter.txt": ARTICLES / "cold-water-swimming-mood-club-newsletter.claims.csv",
    ARTICLES / "acupuncture-allergic-rhinitis-practice-page.html": ARTICLES / "acupuncture-allergic-rhinitis-practice-page.claims.csv",
    ARTICLES / "vitamin-b12-energy-pharmacy-faq.md": ARTICLES / "vitamin-b12-energy-pharmacy-faq.claims.csv",
    # hundred-and-twenty-seventh blind round, measured with 8bbdae3 (rounds 123-126's fixes so far): writers MN, MO, MP,
    # MQ, 8 articles, 246 labels, first pass 0.878 / 0.847 / 0.940, kind 0.671
    ARTICLES / "cupping-facial-skin-salon-page.html": ARTICLES / "cupping-facial-skin-salon-page.claims.csv",
    ARTICLES / "vitamin-d-winter-mood-newsletter.txt": ARTICLES / "vitamin-d-winter-mood-newsletter.claims.csv",
    ARTICLES / "chiropractic-pregnancy-back-clinic-blog.md": ARTICLES / "chiropractic-pregnancy-back-clinic-blog.claims.csv",
    ARTICLES / "echinacea-kids-colds-shop-page.html": ARTICLES / "echinacea-kids-colds-shop-page.claims.csv",
    ARTICLES / "physio-low-back-pain-guide-leaflet.txt": ARTICLES / "physio-low-back-pain-guide-leaflet.claims.csv",
    ARTICLES / "glucosamine-dog-joints-pet-shop.md": ARTICLES / "glucosamine-dog-joints-pet-shop.claims.csv",
    ARTICLES / "massage-fibromyalgia-therapist-page.html": ARTICLES / "massage-fibromyalgia-therapist-page.claims.csv",
    ARTICLES / "zinc-lozenges-cold-shop-faq.md": ARTICLES / "zinc-lozenges-cold-shop-faq.claims.csv",
    # hundred-and-twenty-eighth blind round, measured with cb55739 (rounds 123-127's fixes so far): writers MR, MS, MT,
    # MU, 8 articles, 223 labels, first pass 0.874 / 0.809 / 0.872, kind 0.800
    ARTICLES / "acupuncture-menopause-hot-flushes-blog.md": ARTICLES / "acupuncture-menopause-hot-flushes-blog.claims.csv",
    ARTICLES / "collagen-joint-powder-shop-page.html": ARTICLES / "collagen-joint-powder-shop-page.claims.csv",
    ARTICLES / "sports-physio-hamstring-club-newsletter.txt": ARTICLES / "sports-physio-hamstring-club-newsletter.claims.csv",
    ARTICLES / "saffron-mood-supplement-faq.md": ARTICLES / "saffron-mood-supplement-faq.claims.csv",
    ARTICLES / "yoga-kids-anxiety-school-page.html": ARTICLES / "yoga-kids-anxiety-school-page.claims.csv",
    ARTICLES / "massage-chair-back-shop-page.html": ARTICLES / "massage-chair-back-shop-page.claims.csv",
    ARTICLES / "osteopathy-jaw-tmj-clinic-newsletter.txt": ARTICLES / "osteopathy-jaw-tmj-clinic-newsletter.claims.csv",
    ARTICLES / "probiotic-kids-eczema-pharmacy-blog.md": ARTICLES / "probiotic-kids-eczema-pharmacy-blog.claims.csv",
    # hundred-and-twenty-ninth blind round, measured with e0ba25e (rounds 123-128's fixes so far): writers MV, MW, MX,
    # MY, 8 articles, 243 labels, first pass 0.852 / 0.845 / 0.928, kind 0.676
    ARTICLES / "massage-pregnancy-spa-page.html": ARTICLES / "massage-pregnancy-spa-page.claims.csv",
    ARTICLES / "milk-thistle-liver-detox-shop-page.html": ARTICLES / "milk-thistle-liver-detox-shop-page.claims.csv",
    ARTICLES / "physio-achilles-runners-newsletter.txt": ARTICLES / "physio-achilles-runners-newsletter.claims.csv",
    ARTICLES / "beetroot-juice-blood-pressure-blog.md": ARTICLES / "beetroot-juice-blood-pressure-blog.claims.csv",
    ARTICLES / "chiropractic-posture-desk-workers-page.html": ARTICLES / "chiropractic-posture-desk-workers-page.claims.csv",
    ARTICLES / "valerian-sleep-pharmacy-guide.txt": ARTICLES / "valerian-sleep-pharmacy-guide.claims.csv",
    ARTICLES / "acupuncture-smoking-cessation-clinic-blog.md": ARTICLES / "acupuncture-smoking-cessation-clinic-blog.claims.csv",
    ARTICLES / "pilates-seniors-balance-newsletter.txt": ARTICLES / "pilates-seniors-balance-newsletter.claims.csv",
    # hundred-and-thirtieth blind round, measured with 57cae32 (rounds 123-129's fixes so far): writers MZ, NA, NB, NC,
    # 8 articles, 229 labels, first pass 0.838 / 0.861 / 0.911, kind 0.745
    ARTICLES / "cupping-sports-recovery-clinic-newsletter.txt": ARTICLES / "cupping-sports-recovery-clinic-newsletter.claims.csv",
    ARTICLES / "fish-oil-heart-health-pharmacy-page.html": ARTICLES / "fish-oil-heart-health-pharmacy-page.claims.csv",
    ARTICLES / "osteopathy-sciatica-clinic-faq-page.html": ARTICLES / "osteopathy-sciatica-clinic-faq-page.claims.csv",
    ARTICLES / "ginger-nausea-chemo-support-blog.md": ARTICLES / "ginger-nausea-chemo-support-blog.claims.csv",
    ARTICLES / "physio-pelvic-floor-postnatal-clinic-page.html": ARTICLES / "physio-pelvic-floor-postnatal-clinic-page.claims.csv",
    ARTICLES / "elderberry-syrup-family-shop-faq.md": ARTICLES / "elderberry-syrup-family-shop-faq.claims.csv",
    ARTICLES / "yoga-back-pain-office-lunchtime-newsletter.txt": ARTICLES / "yoga-back-pain-office-lunchtime-newsletter.claims.csv",
    ARTICLES / "acupuncture-plantar-heel-pain-clinic-blog.md": ARTICLES / "acupuncture-plantar-heel-pain-clinic-blog.claims.csv",
    # hundred-and-thirty-first blind round, measured with c97bf47 (rounds 123-130's fixes so far): writers ND, NE, NF, NG,
    # 8 articles, 258 labels, first pass 0.907 / 0.897 / 0.927, kind 0.641
    ARTICLES / "massage-headache-migraine-clinic-newsletter.txt": ARTICLES / "massage-headache-migraine-clinic-newsletter.claims.csv",
    ARTICLES / "curcumin-knee-pain-pharmacy-faq.md": ARTICLES / "curcumin-knee-pain-pharmacy-faq.claims.csv",
    ARTICLES / "pilates-pregnancy-studio-faq-page.html": ARTICLES / "pilates-pregnancy-studio-faq-page.claims.csv",
    ARTICLES / "magnesium-citrate-constipation-pharmacy-blog.md": ARTICLES / "magnesium-citrate-constipation-pharmacy-blog.claims.csv",
    ARTICLES / "chiropractic-knee-pain-clinic-page.html": ARTICLES / "chiropractic-knee-pain-clinic-page.claims.csv",
    ARTICLES / "tart-cherry-sleep-gout-shop-page.html": ARTICLES / "tart-cherry-sleep-gout-shop-page.claims.csv",
    ARTICLES / "acupuncture-back-pain-veterans-newsletter.txt": ARTICLES / "acupuncture-back-pain-veterans-newsletter.claims.csv",
    ARTICLES / "hydrotherapy-arthritis-pool-page.html": ARTICLES / "hydrotherapy-arthritis-pool-page.claims.csv",
    # hundred-and-thirty-second blind round, measured with 20cd7f4 (rounds 123-131's fixes so far): writers NH, NI, NJ,
    # NK, 8 articles, 242 labels, first pass 0.880 / 0.842 / 0.822, kind 0.643
    ARTICLES / "sports-massage-cyclists-club-newsletter.txt": ARTICLES / "sports-massage-cyclists-club-newsletter.claims.csv",
    ARTICLES / "vitamin-k2-heart-arteries-shop-page.html": ARTICLES / "vitamin-k2-heart-arteries-shop-page.claims.csv",
    ARTICLES / "osteopathy-elderly-falls-clinic-blog.md": ARTICLES / "osteopathy-elderly-falls-clinic-blog.claims.csv",
    ARTICLES / "rhodiola-exam-stress-student-blog.md": ARTICLES / "rhodiola-exam-stress-student-blog.claims.csv",
    ARTICLES / "physio-shoulder-impingement-gym-page.html": ARTICLES / "physio-shoulder-impingement-gym-page.claims.csv",
    ARTICLES / "green-tea-weight-loss-shop-faq.md": ARTICLES / "green-tea-weight-loss-shop-faq.claims.csv",
    ARTICLES / "yoga-fertility-studio-newsletter.txt": ARTICLES / "yoga-fertility-studio-newsletter.claims.csv",
    ARTICLES / "dry-needling-neck-pain-physio-blog.md": ARTICLES / "dry-needling-neck-pain-physio-blog.claims.csv",
    # hundred-and-thirty-third blind round, measured with 8c67816 (rounds 123-132's fixes so far): writers NL, NM, NN,
    # NO, 8 articles, 232 labels, first pass 0.875 / 0.832 / 0.882, kind 0.621
    ARTICLES / "chiropractic-scoliosis-teens-clinic-page.html": ARTICLES / "chiropractic-scoliosis-teens-clinic-page.claims.csv",
    ARTICLES / "omega-3-kids-focus-shop-faq.md": ARTICLES / "omega-3-kids-focus-shop-faq.claims.csv",
    ARTICLES / "massage-lower-back-desk-salon-newsletter.txt": ARTICLES / "massage-lower-back-desk-salon-newsletter.claims.csv",
    ARTICLES / "coq10-statin-fatigue-pharmacy-blog.md": ARTICLES / "coq10-statin-fatigue-pharmacy-blog.claims.csv",
    ARTICLES / "acupuncture-anxiety-insomnia-clinic-page.html": ARTICLES / "acupuncture-anxiety-insomnia-clinic-page.claims.csv",
    ARTICLES / "psyllium-ibs-constipation-shop-page.html": ARTICLES / "psyllium-ibs-constipation-shop-page.claims.csv",
    ARTICLES / "physio-tennis-elbow-home-exercises-blog.md": ARTICLES / "physio-tennis-elbow-home-exercises-blog.claims.csv",
    ARTICLES / "pilates-men-back-pain-gym-newsletter.txt": ARTICLES / "pilates-men-back-pain-gym-newsletter.claims.csv",
    # hundred-and-thirty-fourth blind round, measured with 7648ec9 (rounds 123-133's fixes so far): writers NP, NQ, NR,
    # NS, 8 articles, 247 labels, first pass 0.870 / 0.860 / 0.842, kind 0.660
    ARTICLES / "reflexology-menopause-clinic-page.html": ARTICLES / "reflexology-menopause-clinic-page.claims.csv",
    ARTICLES / "lions-mane-focus-shop-page.html": ARTICLES / "lions-mane-focus-shop-page.claims.csv",
    ARTICLES / "physio-hip-bursitis-clinic-newsletter.txt": ARTICLES / "physio-hip-bursitis-clinic-newsletter.claims.csv",
    ARTICLES / "electrolytes-running-shop-blog.md": ARTICLES / "electrolytes-running-shop-blog.claims.csv",
    ARTICLES / "massage-post-op-scar-clinic-faq.md": ARTICLES / "massage-post-op-scar-clinic-faq.claims.csv",
    ARTICLES / "quercetin-hay-fever-pharmacy-page.html": ARTICLES / "quercetin-hay-fever-pharmacy-page.claims.csv",
    ARTICLES / "yoga-osteoporosis-bone-studio-blog.md": ARTICLES / "yoga-osteoporosis-bone-studio-blog.claims.csv",
    ARTICLES / "tens-period-pain-shop-page.html": ARTICLES / "tens-period-pain-shop-page.claims.csv",
    # hundred-and-thirty-fifth blind round, measured with c9828ab (rounds 123-134's fixes so far): writers NT, NU, NV,
    # NW, 8 articles, 224 labels, first pass 0.866 / 0.798 / 0.711, kind 0.644
    ARTICLES / "chiropractic-vertigo-dizziness-clinic-blog.md": ARTICLES / "chiropractic-vertigo-dizziness-clinic-blog.claims.csv",
    ARTICLES / "ashwagandha-sleep-gummies-shop-page.html": ARTICLES / "ashwagandha-sleep-gummies-shop-page.claims.csv",
    ARTICLES / "sports-therapy-groin-pain-football-newsletter.txt": ARTICLES / "sports-therapy-groin-pain-football-newsletter.claims.csv",
    ARTICLES / "vitamin-d-kids-drops-pharmacy-faq.md": ARTICLES / "vitamin-d-kids-drops-pharmacy-faq.claims.csv",
    ARTICLES / "osteopathy-desk-neck-shoulder-page.html": ARTICLES / "osteopathy-desk-neck-shoulder-page.claims.csv",
    ARTICLES / "probiotic-womens-thrush-shop-blog.md": ARTICLES / "probiotic-womens-thrush-shop-blog.claims.csv",
    ARTICLES / "acupuncture-knee-osteoarthritis-nhs-style-page.html": ARTICLES / "acupuncture-knee-osteoarthritis-nhs-style-page.claims.csv",
    ARTICLES / "massage-restless-legs-spa-newsletter.txt": ARTICLES / "massage-restless-legs-spa-newsletter.claims.csv",
    # hundred-and-thirty-sixth blind round, measured with af6cfe6 (rounds 123-135's fixes so far): writers NX, NY, NZ,
    # OA, 8 articles, 245 labels, first pass 0.820 / 0.855 / 0.816, kind 0.687
    ARTICLES / "cupping-cellulite-body-spa-newsletter.txt": ARTICLES / "cupping-cellulite-body-spa-newsletter.claims.csv",
    ARTICLES / "omega-3-dry-eye-optician-page.html": ARTICLES / "omega-3-dry-eye-optician-page.claims.csv",
    ARTICLES / "pilates-scoliosis-adults-studio-faq.md": ARTICLES / "pilates-scoliosis-adults-studio-faq.claims.csv",
    ARTICLES / "turmeric-dog-joints-pet-blog.md": ARTICLES / "turmeric-dog-joints-pet-blog.claims.csv",
    ARTICLES / "physio-plantar-heel-runners-clinic-page.html": ARTICLES / "physio-plantar-heel-runners-clinic-page.claims.csv",
    ARTICLES / "melatonin-kids-sleep-pharmacy-faq.md": ARTICLES / "melatonin-kids-sleep-pharmacy-faq.claims.csv",
    ARTICLES / "yoga-high-blood-pressure-clinic-newsletter.txt": ARTICLES / "yoga-high-blood-pressure-clinic-newsletter.claims.csv",
    ARTICLES / "kinesio-tape-knee-shop-page.html": ARTICLES / "kinesio-tape-knee-shop-page.claims.csv",
    # hundred-and-thirty-seventh blind round, measured with 9e283fe (rounds 123-136's fixes so far): writers OB, OC, OD,
    # OE, 8 articles, 239 labels, first pass 0.828 / 0.828 / 0.672, kind 0.652
    ARTICLES / "acupuncture-carpal-tunnel-clinic-blog.md": ARTICLES / "acupuncture-carpal-tunnel-clinic-blog.claims.csv",
    ARTICLES / "spirulina-energy-detox-shop-page.html": ARTICLES / "spirulina-energy-detox-shop-page.claims.csv",
    ARTICLES / "chiropractic-sports-golfers-clinic-newsletter.txt": ARTICLES / "chiropractic-sports-golfers-clinic-newsletter.claims.csv",
    ARTICLES / "glucosamine-vs-turmeric-review-blog.md": ARTICLES / "glucosamine-vs-turmeric-review-blog.claims.csv",
    ARTICLES / "physio-concussion-return-school-page.html": ARTICLES / "physio-concussion-return-school-page.claims.csv",
    ARTICLES / "hemp-seed-oil-skin-shop-faq.md": ARTICLES / "hemp-seed-oil-skin-shop-faq.claims.csv",
    ARTICLES / "massage-anxiety-teens-therapist-page.html": ARTICLES / "massage-anxiety-teens-therapist-page.claims.csv",
    ARTICLES / "vitamin-b-complex-stress-pharmacy-newsletter.txt": ARTICLES / "vitamin-b-complex-stress-pharmacy-newsletter.claims.csv",
    # hundred-and-thirty-eighth blind round, measured with 66cbf0e (rounds 123-137's fixes so far): writers OF, OG, OH,
    # OI, 8 articles, 225 labels, first pass 0.827 / 0.853 / 0.941, kind 0.640
    ARTICLES / "osteopathy-babies-reflux-clinic-faq.md": ARTICLES / "osteopathy-babies-reflux-clinic-faq.claims.csv",
    ARTICLES / "collagen-hair-nails-shop-page.html": ARTICLES / "collagen-hair-nails-shop-page.claims.csv",
    ARTICLES / "sports-massage-rugby-club-newsletter.txt": ARTICLES / "sports-massage-rugby-club-newsletter.claims.csv",
    ARTICLES / "bone-broth-gut-health-cafe-blog.md": ARTICLES / "bone-broth-gut-health-cafe-blog.claims.csv",
    ARTICLES / "acupuncture-headache-nurses-page.html": ARTICLES / "acupuncture-headache-nurses-page.claims.csv",
    ARTICLES / "probiotics-antibiotics-pharmacy-guide.txt": ARTICLES / "probiotics-antibiotics-pharmacy-guide.claims.csv",
    ARTICLES / "yoga-back-pain-men-gym-page.html": ARTICLES / "yoga-back-pain-men-gym-page.claims.csv",
    ARTICLES / "cranberry-uti-women-shop-faq.md": ARTICLES / "cranberry-uti-women-shop-faq.claims.csv",
    # hundred-and-thirty-ninth blind round, measured with 66cbf0e (rounds 123-137's fixes, the extractor round 138 met): writers
    # OJ, OK, OL, OM, 8 articles, 247 labels, first pass 0.842 / 0.829 / 0.885, kind 0.630
    ARTICLES / "chiropractic-tmj-jaw-clinic-page.html": ARTICLES / "chiropractic-tmj-jaw-clinic-page.claims.csv",
    ARTICLES / "maca-libido-energy-shop-page.html": ARTICLES / "maca-libido-energy-shop-page.claims.csv",
    ARTICLES / "physio-ankle-arthritis-older-newsletter.txt": ARTICLES / "physio-ankle-arthritis-older-newsletter.claims.csv",
    ARTICLES / "omega-3-pregnancy-brain-pharmacy-blog.md": ARTICLES / "omega-3-pregnancy-brain-pharmacy-blog.claims.csv",
    ARTICLES / "acupuncture-ibs-gut-clinic-faq.md": ARTICLES / "acupuncture-ibs-gut-clinic-faq.claims.csv",
    ARTICLES / "shilajit-testosterone-shop-page.html": ARTICLES / "shilajit-testosterone-shop-page.claims.csv",
    ARTICLES / "massage-plantar-runners-therapist-blog.md": ARTICLES / "massage-plantar-runners-therapist-blog.claims.csv",
    ARTICLES / "vitamin-c-skin-serum-derm-faq.md": ARTICLES / "vitamin-c-skin-serum-derm-faq.claims.csv",
    # hundred-and-fortieth blind round, measured with 33e2828 (rounds 123-139's fixes so far): writers ON, OO, OP, OQ,
    # 8 articles, 234 labels, first pass 0.868 / 0.849 / 0.768, kind 0.675
    ARTICLES / "reflexology-digestion-ibs-spa-page.html": ARTICLES / "reflexology-digestion-ibs-spa-page.claims.csv",
    ARTICLES / "glucosamine-chondroitin-pharmacy-guide.txt": ARTICLES / "glucosamine-chondroitin-pharmacy-guide.claims.csv",
    ARTICLES / "physio-back-pain-warehouse-workers-newsletter.txt": ARTICLES / "physio-back-pain-warehouse-workers-newsletter.claims.csv",
    ARTICLES / "kefir-gut-immunity-shop-blog.md": ARTICLES / "kefir-gut-immunity-shop-blog.claims.csv",
    ARTICLES / "acupressure-mat-sleep-shop-faq.md": ARTICLES / "acupressure-mat-sleep-shop-faq.claims.csv",
    ARTICLES / "osteopathy-runners-knee-clinic-blog.md": ARTICLES / "osteopathy-runners-knee-clinic-blog.claims.csv",
    ARTICLES / "chiropractic-posture-kids-backpack-newsletter.txt": ARTICLES / "chiropractic-posture-kids-backpack-newsletter.claims.csv",
    ARTICLES / "evening-primrose-menopause-shop-page.html": ARTICLES / "evening-primrose-menopause-shop-page.claims.csv",
    # hundred-and-forty-first blind round, measured with 6106403 (the learned detector's first blind round, trained on rounds
    # up to 140): writers OR, OS, OT, OU, 8 articles, 239 labels, first pass 0.925 / 0.898 / 0.819, kind 0.647 (the rules alone
    # at the same commit: 0.912 / 0.879 / 0.830)
    ARTICLES / "saffron-low-mood-shop.md": ARTICLES / "saffron-low-mood-shop.claims.csv",
    ARTICLES / "physio-rotator-cuff-clinic.txt": ARTICLES / "physio-rotator-cuff-clinic.claims.csv",
    ARTICLES / "osteopathy-tension-headache-newsletter.txt": ARTICLES / "osteopathy-tension-headache-newsletter.claims.csv",
    ARTICLES / "nattokinase-circulation-blog.html": ARTICLES / "nattokinase-circulation-blog.claims.csv",
    ARTICLES / "sports-massage-marathon-faq.html": ARTICLES / "sports-massage-marathon-faq.claims.csv",
    ARTICLES / "magnesium-leg-cramps-pregnancy-blog.md": ARTICLES / "magnesium-leg-cramps-pregnancy-blog.claims.csv",
    ARTICLES / "acupuncture-chemo-fatigue-clinic.html": ARTICLES / "acupuncture-chemo-fatigue-clinic.claims.csv",
    ARTICLES / "hydrotherapy-arthritis-pool-centre.txt": ARTICLES / "hydrotherapy-arthritis-pool-centre.claims.csv",
    # hundred-and-forty-second blind round, measured with e83f05a (claims/ as at 6106403: the same detector, trained on rounds up
    # to 140; round 141 unfixed): writers OV, OW, OX, OY, 8 articles, 243 labels, first pass 0.918 / 0.941 / 0.888, kind 0.673
    # (the rules alone at the same commit: 0.868 / 0.847 / 0.886)
    ARTICLES / "turmeric-ginger-shots-inflammation-shop.html": ARTICLES / "turmeric-ginger-shots-inflammation-shop.claims.csv",
    ARTICLES / "physio-plantar-fasciitis-runners-clinic.txt": ARTICLES / "physio-plantar-fasciitis-runners-clinic.claims.csv",
    ARTICLES / "chiropractic-neck-pain-desk-newsletter.txt": ARTICLES / "chiropractic-neck-pain-desk-newsletter.claims.csv",
    ARTICLES / "vitamin-d-low-mood-winter-blog.md": ARTICLES / "vitamin-d-low-mood-winter-blog.claims.csv",
    ARTICLES / "reflexology-sleep-spa-faq.html": ARTICLES / "reflexology-sleep-spa-faq.claims.csv",
    ARTICLES / "creatine-older-adults-muscle-blog.md": ARTICLES / "creatine-older-adults-muscle-blog.claims.csv",
    ARTICLES / "acupuncture-tension-headache-clinic.html": ARTICLES / "acupuncture-tension-headache-clinic.claims.csv",
    ARTICLES / "pilates-lower-back-pain-studio.txt": ARTICLES / "pilates-lower-back-pain-studio.claims.csv",
    # hundred-and-forty-third blind round, measured with 54bfad6 (the same detector, trained on rounds up to 140; rounds
    # 141-142 unfixed): writers OZ, PA, PB, PC, 8 articles, 248 labels, first pass 0.919 / 0.905 / 0.895, kind 0.732 (the
    # rules alone at the same commit: 0.867 / 0.850 / 0.898)
    ARTICLES / "chiropractic-sciatica-pregnancy-clinic.html": ARTICLES / "chiropractic-sciatica-pregnancy-clinic.claims.csv",
    ARTICLES / "ashwagandha-stress-sleep-shop.md": ARTICLES / "ashwagandha-stress-sleep-shop.claims.csv",
    ARTICLES / "physio-knee-osteoarthritis-newsletter.txt": ARTICLES / "physio-knee-osteoarthritis-newsletter.claims.csv",
    ARTICLES / "omega-3-joint-pain-blog.md": ARTICLES / "omega-3-joint-pain-blog.claims.csv",
    ARTICLES / "massage-fibromyalgia-clinic-blog.txt": ARTICLES / "massage-fibromyalgia-clinic-blog.claims.csv",
    ARTICLES / "cupping-neck-shoulder-spa-faq.html": ARTICLES / "cupping-neck-shoulder-spa-faq.claims.csv",
    ARTICLES / "yoga-anxiety-teens-studio-newsletter.txt": ARTICLES / "yoga-anxiety-teens-studio-newsletter.claims.csv",
    ARTICLES / "probiotics-ibs-pharmacy-guide.html": ARTICLES / "probiotics-ibs-pharmacy-guide.claims.csv",
    # hundred-and-forty-fourth blind round, measured with 94929c1 (claims/ as at 54bfad6: the same detector, trained on rounds up
    # to 140; rounds 141-143 unfixed): writers PD, PE, PF, PG, 8 articles, 243 labels, first pass 0.942 / 0.916 / 0.917, kind
    # 0.721 (the rules alone at the same commit: 0.905 / 0.849 / 0.918)
    ARTICLES / "osteopathy-lower-back-pain-gardeners-newsletter.txt": ARTICLES / "osteopathy-lower-back-pain-gardeners-newsletter.claims.csv",
    ARTICLES / "melatonin-shift-workers-pharmacy-faq.md": ARTICLES / "melatonin-shift-workers-pharmacy-faq.claims.csv",
    ARTICLES / "physio-achilles-tendinopathy-clinic-page.html": ARTICLES / "physio-achilles-tendinopathy-clinic-page.claims.csv",
    ARTICLES / "turmeric-curcumin-knee-shop-faq.md": ARTICLES / "turmeric-curcumin-knee-shop-faq.claims.csv",
    ARTICLES / "acupuncture-insomnia-menopause-clinic-blog.md": ARTICLES / "acupuncture-insomnia-menopause-clinic-blog.claims.csv",
    ARTICLES / "sports-massage-rugby-recovery-page.txt": ARTICLES / "sports-massage-rugby-recovery-page.claims.csv",
    ARTICLES / "pilates-pelvic-floor-postnatal-studio-blog.html": ARTICLES / "pilates-pelvic-floor-postnatal-studio-blog.claims.csv",
    ARTICLES / "vitamin-b12-fatigue-shop-page.txt": ARTICLES / "vitamin-b12-fatigue-shop-page.claims.csv",
    # hundred-and-forty-fifth blind round, measured with 3754356 (the detector retrained on rounds up to 144,
    # detector-9d77be767cfe): writers PH, PI, PJ, PK, 8 articles, 235 labels, first pass 0.928 / 0.890 / 0.890, kind 0.679
    # (the rules alone at the same commit: 0.843 / 0.783 / 0.884)
    ARTICLES / "chiropractic-headache-teens-clinic-page.html": ARTICLES / "chiropractic-headache-teens-clinic-page.claims.csv",
    ARTICLES / "glucosamine-dog-hips-pet-shop-faq.md": ARTICLES / "glucosamine-dog-hips-pet-shop-faq.claims.csv",
    ARTICLES / "physio-frozen-shoulder-newsletter.txt": ARTICLES / "physio-frozen-shoulder-newsletter.claims.csv",
    ARTICLES / "magnesium-anxiety-sleep-blog.md": ARTICLES / "magnesium-anxiety-sleep-blog.claims.csv",
    ARTICLES / "acupuncture-knee-pain-older-adults-page.txt": ARTICLES / "acupuncture-knee-pain-older-adults-page.claims.csv",
    ARTICLES / "cold-water-swimming-menopause-blog.html": ARTICLES / "cold-water-swimming-menopause-blog.claims.csv",
    ARTICLES / "osteopathy-rib-pain-clinic-faq.md": ARTICLES / "osteopathy-rib-pain-clinic-faq.claims.csv",
    ARTICLES / "vitamin-c-collagen-skin-shop-page.html": ARTICLES / "vitamin-c-collagen-skin-shop-page.claims.csv",
    # hundred-and-forty-sixth blind round, measured with 3c9ddf7 (claims/ as at 3754356: detector-9d77be767cfe, trained on rounds
    # up to 144; round 145 unfixed): writers PL, PM, PN, PO, 8 articles, 232 labels, first pass 0.940 / 0.908 / 0.908, kind
    # 0.697 (the rules alone at the same commit: 0.918 / 0.829 / 0.906)
    ARTICLES / "physio-sciatica-desk-workers-page.html": ARTICLES / "physio-sciatica-desk-workers-page.claims.csv",
    ARTICLES / "zinc-immunity-kids-shop-faq.md": ARTICLES / "zinc-immunity-kids-shop-faq.claims.csv",
    ARTICLES / "massage-headache-office-newsletter.txt": ARTICLES / "massage-headache-office-newsletter.claims.csv",
    ARTICLES / "yoga-knee-arthritis-seniors-blog.md": ARTICLES / "yoga-knee-arthritis-seniors-blog.claims.csv",
    ARTICLES / "dry-needling-calf-runners-clinic.txt": ARTICLES / "dry-needling-calf-runners-clinic.claims.csv",
    ARTICLES / "elderberry-flu-season-pharmacy-blog.html": ARTICLES / "elderberry-flu-season-pharmacy-blog.claims.csv",
    ARTICLES / "osteopathy-jaw-tmj-clinic-page.md": ARTICLES / "osteopathy-jaw-tmj-clinic-page.claims.csv",
    ARTICLES / "probiotics-skin-acne-shop-page.txt": ARTICLES / "probiotics-skin-acne-shop-page.claims.csv",
    # hundred-and-forty-seventh blind round, measured with 579a61f (detector-ee2d5f6345ac, trained on rounds up to 146: its
    # first blind round; rounds 145-146 unfixed): writers PP, PQ, PR, PS, 8 articles, 243 labels, first pass 0.951 / 0.943 /
    # 0.939, kind 0.719 (the rules alone at the same commit: 0.914 / 0.892 / 0.937)
    ARTICLES / "cupping-shoulder-swimmers-clinic.html": ARTICLES / "cupping-shoulder-swimmers-clinic.claims.csv",
    ARTICLES / "ashwagandha-sleep-stress-shop-blog.md": ARTICLES / "ashwagandha-sleep-stress-shop-blog.claims.csv",
    ARTICLES / "chiropractic-pregnancy-back-pain-family-page.txt": ARTICLES / "chiropractic-pregnancy-back-pain-family-page.claims.csv",
    ARTICLES / "omega-3-joint-stiffness-pharmacy-newsletter.html": ARTICLES / "omega-3-joint-stiffness-pharmacy-newsletter.claims.csv",
    ARTICLES / "acupuncture-migraine-wellness-centre.md": ARTICLES / "acupuncture-migraine-wellness-centre.claims.csv",
    ARTICLES / "foam-rolling-recovery-gym-blog.txt": ARTICLES / "foam-rolling-recovery-gym-blog.claims.csv",
    ARTICLES / "turmeric-gut-inflammation-health-blog.html": ARTICLES / "turmeric-gut-inflammation-health-blog.claims.csv",
    ARTICLES / "dry-needling-plantar-fasciitis-podiatry.md": ARTICLES / "dry-needling-plantar-fasciitis-podiatry.claims.csv",
    # hundred-and-forty-eighth blind round, measured with 579a61f (detector-ee2d5f6345ac, trained on rounds up to 146; round
    # 147 unfixed): writers PT, PU, PV, PW, 8 articles, 219 labels, first pass 0.858 / 0.895 / 0.888, kind 0.660 (the rules
    # alone at the same commit: 0.790 / 0.808 / 0.873)
    ARTICLES / "massage-lower-back-pain-spa-page.html": ARTICLES / "massage-lower-back-pain-spa-page.claims.csv",
    ARTICLES / "creatine-brain-fog-older-adults-blog.txt": ARTICLES / "creatine-brain-fog-older-adults-blog.claims.csv",
    ARTICLES / "physio-hip-replacement-rehab-hospital-guide.md": ARTICLES / "physio-hip-replacement-rehab-hospital-guide.claims.csv",
    ARTICLES / "magnesium-leg-cramps-pharmacy-faq.html": ARTICLES / "magnesium-leg-cramps-pharmacy-faq.claims.csv",
    ARTICLES / "yoga-breathing-teen-anxiety-studio-newsletter.txt": ARTICLES / "yoga-breathing-teen-anxiety-studio-newsletter.claims.csv",
    ARTICLES / "kinesio-taping-knee-sports-shop.md": ARTICLES / "kinesio-taping-knee-sports-shop.claims.csv",
    ARTICLES / "osteopathy-baby-colic-clinic-blog.html": ARTICLES / "osteopathy-baby-colic-clinic-blog.claims.csv",
    ARTICLES / "vitamin-d-winter-mood-wellness-blog.md": ARTICLES / "vitamin-d-winter-mood-wellness-blog.claims.csv",
    # hundred-and-forty-ninth blind round, measured with 6e7dc86 (detector-ee2d5f6345ac, trained on rounds up to 146, with
    # round 148's two list fixes and kinds-b923da64f526, trained on rounds up to 148): writers PX, PY, PZ, QA, 8 articles,
    # 217 labels, first pass 0.885 / 0.906 / 0.938, kind 0.823 (the rules alone at the same commit: 0.834 / 0.834 / 0.934,
    # kind 0.691)
    ARTICLES / "reflexology-fertility-clinic-page.html": ARTICLES / "reflexology-fertility-clinic-page.claims.csv",
    ARTICLES / "collagen-joint-pain-runners-shop.txt": ARTICLES / "collagen-joint-pain-runners-shop.claims.csv",
    ARTICLES / "chiropractic-neck-pain-gamers-blog.md": ARTICLES / "chiropractic-neck-pain-gamers-blog.claims.csv",
    ARTICLES / "pilates-osteoporosis-studio-faq.html": ARTICLES / "pilates-osteoporosis-studio-faq.claims.csv",
    ARTICLES / "sports-massage-hamstring-club-newsletter.txt": ARTICLES / "sports-massage-hamstring-club-newsletter.claims.csv",
    ARTICLES / "melatonin-jet-lag-long-haul-travel-blog.md": ARTICLES / "melatonin-jet-lag-long-haul-travel-blog.claims.csv",
    ARTICLES / "acupuncture-hay-fever-clinic-newsletter.html": ARTICLES / "acupuncture-hay-fever-clinic-newsletter.claims.csv",
    ARTICLES / "ginger-nausea-pregnancy-midwife-blog.md": ARTICLES / "ginger-nausea-pregnancy-midwife-blog.claims.csv",
    # hundred-and-fiftieth blind round, measured with 35b6e89 (detector-ee2d5f6345ac and kinds-b923da64f526; round 149
    # unfixed): writers QB, QC, QD, QE, 8 articles, 232 labels, first pass 0.875 / 0.962 / 0.892, kind 0.823 (the same
    # claims with the rules' kinds 0.685; the rules alone at the same commit: 0.845 / 0.929 / 0.888, kind 0.684)
    ARTICLES / "craniosacral-therapy-migraine-spa-page.html": ARTICLES / "craniosacral-therapy-migraine-spa-page.claims.csv",
    ARTICLES / "beetroot-juice-blood-pressure-cafe-blog.txt": ARTICLES / "beetroot-juice-blood-pressure-cafe-blog.claims.csv",
    ARTICLES / "physio-tennis-elbow-clinic-faq.md": ARTICLES / "physio-tennis-elbow-clinic-faq.claims.csv",
    ARTICLES / "probiotics-antibiotic-diarrhoea-pharmacy-page.html": ARTICLES / "probiotics-antibiotic-diarrhoea-pharmacy-page.claims.csv",
    ARTICLES / "tai-chi-balance-falls-community-newsletter.txt": ARTICLES / "tai-chi-balance-falls-community-newsletter.claims.csv",
    ARTICLES / "hyaluronic-acid-knee-supplement-shop.md": ARTICLES / "hyaluronic-acid-knee-supplement-shop.claims.csv",
    ARTICLES / "dry-needling-tension-headache-physio-blog.html": ARTICLES / "dry-needling-tension-headache-physio-blog.claims.csv",
    ARTICLES / "epsom-salt-bath-muscle-recovery-wellness.md": ARTICLES / "epsom-salt-bath-muscle-recovery-wellness.claims.csv",
    # hundred-and-fifty-first blind round, measured with e0d2820 (detector-ee2d5f6345ac and kinds-b923da64f526; round 150
    # unfixed; the writers' brief rewritten this session, saying outright that comments and sidebars get no rows):
    # writers QF, QG, QH, QI, 8 articles, 298 labels, first pass 0.940 / 0.946 / 0.825, kind 0.807 (the same claims with
    # the rules' kinds 0.636; the rules alone at the same commit: 0.856 / 0.904 / 0.831, kind 0.651); as first labelled,
    # attribution 0.782 (rules 0.788): the rewritten brief had lost the rule that a misattributed claim names what its
    # context credits, so its 21 such rows named the sentence's treatment and were relabelled to the earlier rounds'
    # convention (the example's 'Additional Benefits' bullets name dry needling)
    ARTICLES / "acupuncture-endometriosis-pain-clinic.txt": ARTICLES / "acupuncture-endometriosis-pain-clinic.claims.csv",
    ARTICLES / "resistance-training-blood-sugar-gym-blog.html": ARTICLES / "resistance-training-blood-sugar-gym-blog.claims.csv",
    ARTICLES / "kiwifruit-constipation-gut-brand-blog.md": ARTICLES / "kiwifruit-constipation-gut-brand-blog.claims.csv",
    ARTICLES / "osteopathy-wry-neck-clinic-page.txt": ARTICLES / "osteopathy-wry-neck-clinic-page.claims.csv",
    ARTICLES / "light-therapy-lamp-winter-mood-shop-page.html": ARTICLES / "light-therapy-lamp-winter-mood-shop-page.claims.csv",
    ARTICLES / "gardening-mood-memory-charity-leaflet.md": ARTICLES / "gardening-mood-memory-charity-leaflet.claims.csv",
    ARTICLES / "sports-massage-itb-syndrome-runners-clinic-page.html": ARTICLES / "sports-massage-itb-syndrome-runners-clinic-page.claims.csv",
    ARTICLES / "lemon-balm-stress-sleep-shop-faq.md": ARTICLES / "lemon-balm-stress-sleep-shop-faq.claims.csv",
    # hundred-and-fifty-second blind round, measured with f57b379 (detector-6aa75ee0550f and kinds-6b4f913a9a89, retrained
    # through round 151; written from the brief in LABELLING.md): writers QJ, QK, QL, QM, 8 articles, 273 labels, first pass
    # 0.927 / 0.913 / 0.530, kind 0.830 (the same claims with the rules' kinds 0.644; the rules alone at the same commit:
    # 0.875 / 0.898 / 0.523, kind 0.669; with round 151's commit and models, 89b10a3: 0.923 / 0.920 / 0.528, kind 0.813)
    ARTICLES / "physio-patellar-tendinopathy-sports-clinic-blog.md": ARTICLES / "physio-patellar-tendinopathy-sports-clinic-blog.claims.csv",
    ARTICLES / "indian-head-massage-tension-headache-spa-page.html": ARTICLES / "indian-head-massage-tension-headache-spa-page.claims.csv",
    ARTICLES / "hawthorn-heart-circulation-brand-page.txt": ARTICLES / "hawthorn-heart-circulation-brand-page.claims.csv",
    ARTICLES / "tai-chi-blood-pressure-seniors-studio-newsletter.md": ARTICLES / "tai-chi-blood-pressure-seniors-studio-newsletter.claims.csv",
    ARTICLES / "osteopathy-carpal-tunnel-clinic-page.html": ARTICLES / "osteopathy-carpal-tunnel-clinic-page.claims.csv",
    ARTICLES / "alginate-heartburn-pharmacy-page.txt": ARTICLES / "alginate-heartburn-pharmacy-page.claims.csv",
    ARTICLES / "prebiotic-soda-gut-health-influencer.md": ARTICLES / "prebiotic-soda-gut-health-influencer.claims.csv",
    ARTICLES / "exercise-type-2-diabetes-gp-practice.html": ARTICLES / "exercise-type-2-diabetes-gp-practice.claims.csv",
    # hundred-and-fifty-third blind round, measured with 6471e1b (detector-de59c2af1f22 and kinds-5458c8c8fbaa, retrained
    # through round 152; one claim a red-flag sign; written from LABELLING.md): writers QN, QO, QP, QQ, 8 articles, 289
    # labels, first pass 0.927 / 0.944 / 0.534, kind 0.832 (the same claims with the rules' kinds 0.698; the rules alone at
    # the same commit: 0.865 / 0.909 / 0.540, kind 0.708; with the session's first commit and models, e0d2820: 0.910 /
    # 0.953 / 0.529, kind 0.829)
    ARTICLES / "kinesio-taping-golfers-elbow-climbers-clinic-page.html": ARTICLES / "kinesio-taping-golfers-elbow-climbers-clinic-page.claims.csv",
    ARTICLES / "vitex-chasteberry-pms-shop-blog.md": ARTICLES / "vitex-chasteberry-pms-shop-blog.claims.csv",
    ARTICLES / "osteopathy-whiplash-car-accident-clinic.txt": ARTICLES / "osteopathy-whiplash-car-accident-clinic.claims.csv",
    ARTICLES / "aromatherapy-massage-sleep-retreat-spa.html": ARTICLES / "aromatherapy-massage-sleep-retreat-spa.claims.csv",
    ARTICLES / "acupuncture-constipation-tcm-clinic-newsletter.md": ARTICLES / "acupuncture-constipation-tcm-clinic-newsletter.claims.csv",
    ARTICLES / "hiit-weight-mood-gym-page.txt": ARTICLES / "hiit-weight-mood-gym-page.claims.csv",
    ARTICLES / "comfrey-balm-joint-bruise-shop-page.html": ARTICLES / "comfrey-balm-joint-bruise-shop-page.claims.csv",
    ARTICLES / "salt-reduction-blood-pressure-pharmacy-guide.md": ARTICLES / "salt-reduction-blood-pressure-pharmacy-guide.claims.csv",
    # hundred-and-fifty-fourth blind round, measured with dbd7f4f (detector-de59c2af1f22 and kinds-5458c8c8fbaa; round 153's
    # vocabulary and the review's fixes): writers QR, QS, QT, QU, 8 articles, 285 labels, first pass 0.867 / 0.943 / 0.591,
    # kind 0.802 (the same claims with the rules' kinds 0.664; the rules alone at the same commit: 0.825 / 0.867 / 0.600,
    # kind 0.660; with the session's first commit and models, e0d2820: 0.832 / 0.944 / 0.582, kind 0.789)
    ARTICLES / "physio-balance-falls-older-adults-clinic-faq.md": ARTICLES / "physio-balance-falls-older-adults-clinic-faq.claims.csv",
    ARTICLES / "cacao-drink-heart-health-cafe-page.html": ARTICLES / "cacao-drink-heart-health-cafe-page.claims.csv",
    ARTICLES / "reflexology-raynauds-clinic-page.txt": ARTICLES / "reflexology-raynauds-clinic-page.claims.csv",
    ARTICLES / "kettlebell-low-back-pain-trainer-blog.md": ARTICLES / "kettlebell-low-back-pain-trainer-blog.claims.csv",
    ARTICLES / "iodine-pregnancy-breastfeeding-pharmacy-page.html": ARTICLES / "iodine-pregnancy-breastfeeding-pharmacy-page.claims.csv",
    ARTICLES / "osteopathy-shin-splints-runners-clinic-page.txt": ARTICLES / "osteopathy-shin-splints-runners-clinic-page.claims.csv",
    ARTICLES / "volunteering-loneliness-charity-newsletter.md": ARTICLES / "volunteering-loneliness-charity-newsletter.claims.csv",
    ARTICLES / "chemical-peel-acne-ageing-clinic-page.html": ARTICLES / "chemical-peel-acne-ageing-clinic-page.claims.csv",
    # hundred-and-fifty-fifth blind round, measured with 37688b7 (detector-bba256eb9566 and kinds-71f52eb16c0b, trained
    # through round 154): writers QV, QW, QX, QY, 8 articles, 328 labels, first pass 0.918 / 0.956 / 0.515, kind 0.748
    # (the same claims with the rules' kinds 0.618; the rules alone at the same commit: 0.863 / 0.946 / 0.519, kind 0.640)
    ARTICLES / "compression-stockings-varicose-veins-pharmacy-page.html": ARTICLES / "compression-stockings-varicose-veins-pharmacy-page.claims.csv",
    ARTICLES / "hearing-aids-memory-audiology-newsletter.txt": ARTICLES / "hearing-aids-memory-audiology-newsletter.claims.csv",
    ARTICLES / "blue-light-glasses-sleep-optician-shop.md": ARTICLES / "blue-light-glasses-sleep-optician-shop.claims.csv",
    ARTICLES / "dance-parkinsons-community-newsletter.txt": ARTICLES / "dance-parkinsons-community-newsletter.claims.csv",
    ARTICLES / "mouth-taping-snoring-review-blog.md": ARTICLES / "mouth-taping-snoring-review-blog.claims.csv",
    ARTICLES / "physio-shoulder-impingement-sports-clinic-page.html": ARTICLES / "physio-shoulder-impingement-sports-clinic-page.claims.csv",
    ARTICLES / "oat-beta-glucan-cholesterol-brand-page.html": ARTICLES / "oat-beta-glucan-cholesterol-brand-page.claims.csv",
    ARTICLES / "standing-desk-back-pain-office-blog.txt": ARTICLES / "standing-desk-back-pain-office-blog.claims.csv",
    # hundred-and-fifty-sixth blind round, measured with db8eeb1 (detector-da83b7d0d2fc and kinds-ec5da7d361f7, trained
    # through round 155; round 155's fixes): writers QZ, RA, RB, RC, 8 articles, 324 labels, first pass 0.904 / 0.933 /
    # 0.659, kind 0.744 (the same claims with the rules' kinds 0.648; the rules alone at the same commit: 0.858 / 0.921 /
    # 0.665, kind 0.669; with the session's first commit and models, 37688b7: 0.904 / 0.936 / 0.659, kind 0.727)
    ARTICLES / "wedge-pillow-reflux-shop-page.html": ARTICLES / "wedge-pillow-reflux-shop-page.claims.csv",
    ARTICLES / "walking-football-heart-club-newsletter.txt": ARTICLES / "walking-football-heart-club-newsletter.claims.csv",
    ARTICLES / "humidifier-dry-air-sinus-shop-page.html": ARTICLES / "humidifier-dry-air-sinus-shop-page.claims.csv",
    ARTICLES / "buteyko-asthma-practitioner-page.md": ARTICLES / "buteyko-asthma-practitioner-page.claims.csv",
    ARTICLES / "white-noise-baby-sleep-shop.txt": ARTICLES / "white-noise-baby-sleep-shop.claims.csv",
    ARTICLES / "music-therapy-dementia-care-home-newsletter.md": ARTICLES / "music-therapy-dementia-care-home-newsletter.claims.csv",
    ARTICLES / "gua-sha-jaw-tension-massage-blog.html": ARTICLES / "gua-sha-jaw-tension-massage-blog.claims.csv",
    ARTICLES / "snoring-mouthguard-dentist-faq.txt": ARTICLES / "snoring-mouthguard-dentist-faq.claims.csv",
    # hundred-and-fifty-seventh blind round, measured with c0e815d (detector-3740384137fd and kinds-6f86fc7f9b9a, trained
    # through round 156; round 156's fixes): writers RD, RE, RF, RG, 8 articles, 329 labels, first pass 0.945 / 0.915 /
    # 0.383, kind 0.768 (the same claims with the rules' kinds 0.675; the rules alone at the same commit: 0.900 / 0.884 /
    # 0.368, kind 0.676; with the session's first commit and models, 37688b7: 0.936 / 0.917 / 0.383, kind 0.747)
    ARTICLES / "heat-wraps-period-pain-pharmacy-shop.html": ARTICLES / "heat-wraps-period-pain-pharmacy-shop.claims.csv",
    ARTICLES / "knee-sleeve-runners-knee-shop-guide.txt": ARTICLES / "knee-sleeve-runners-knee-shop-guide.claims.csv",
    ARTICLES / "black-garlic-cholesterol-health-food-shop.txt": ARTICLES / "black-garlic-cholesterol-health-food-shop.claims.csv",
    ARTICLES / "swimming-lower-back-pain-leisure-centre-newsletter.md": ARTICLES / "swimming-lower-back-pain-leisure-centre-newsletter.claims.csv",
    ARTICLES / "eye-massager-headache-gadget-review.md": ARTICLES / "eye-massager-headache-gadget-review.claims.csv",
    ARTICLES / "rebounding-mini-trampoline-studio-page.html": ARTICLES / "rebounding-mini-trampoline-studio-page.claims.csv",
    ARTICLES / "hand-therapy-rheumatoid-arthritis-clinic-page.txt": ARTICLES / "hand-therapy-rheumatoid-arthritis-clinic-page.claims.csv",
    ARTICLES / "contrast-showers-recovery-wellness-blog.md": ARTICLES / "contrast-showers-recovery-wellness-blog.claims.csv",
    # hundred-and-fifty-eighth blind round, measured with 33ed0ad (detector-14963a567f33 and kinds-e667c14753ba, trained
    # through round 157; round 157's fixes): writers RH, RI, RJ, RK, 8 articles, 328 labels, first pass 0.924 / 0.962 /
    # 0.277, kind 0.789 (the same claims with the rules' kinds 0.650; the rules alone at the same commit: 0.848 / 0.930 /
    # 0.302, kind 0.673; with the session's first commit and models, 37688b7: 0.909 / 0.958 / 0.279, kind 0.775)
    ARTICLES / "saline-nasal-rinse-sinusitis-pharmacy-guide.html": ARTICLES / "saline-nasal-rinse-sinusitis-pharmacy-guide.claims.csv",
    ARTICLES / "indoor-cycling-knee-arthritis-gym-newsletter.txt": ARTICLES / "indoor-cycling-knee-arthritis-gym-newsletter.claims.csv",
    ARTICLES / "face-roller-puffiness-beauty-brand-page.md": ARTICLES / "face-roller-puffiness-beauty-brand-page.claims.csv",
    ARTICLES / "sleep-tracker-ring-review-blog.txt": ARTICLES / "sleep-tracker-ring-review-blog.claims.csv",
    ARTICLES / "rowing-machine-back-pain-studio-page.html": ARTICLES / "rowing-machine-back-pain-studio-page.claims.csv",
    ARTICLES / "prunes-constipation-older-adults-pharmacy-newsletter.md": ARTICLES / "prunes-constipation-older-adults-pharmacy-newsletter.claims.csv",
    ARTICLES / "chiropractic-tech-neck-teens-clinic-page.txt": ARTICLES / "chiropractic-tech-neck-teens-clinic-page.claims.csv",
    ARTICLES / "weighted-vest-bone-density-fitness-shop.html": ARTICLES / "weighted-vest-bone-density-fitness-shop.claims.csv",
    # hundred-and-fifty-ninth blind round, measured with a87615d (detector-c5497e92e815 and kinds-09884abfdaa2, trained
    # through round 158; round 158's fixes and the review's): writers RL, RM, RN, RO, 8 articles, 299 labels, first pass
    # 0.930 / 0.924 / 0.759, kind 0.806 (the same claims with the rules' kinds 0.637; the rules alone at the same commit:
    # 0.896 / 0.912 / 0.765, kind 0.649; with the session's first commit and models, 37688b7: 0.906 / 0.928 / 0.756, kind
    # 0.812); the session's last round: not retrained on, its pages under a floor in KNOWN_GAPS as first measured
    ARTICLES / "copper-bracelet-arthritis-wellness-shop.html": ARTICLES / "copper-bracelet-arthritis-wellness-shop.claims.csv",
    ARTICLES / "sauerkraut-bloating-deli-newsletter.txt": ARTICLES / "sauerkraut-bloating-deli-newsletter.claims.csv",
    ARTICLES / "pillow-spray-sleep-aromatherapy-brand.md": ARTICLES / "pillow-spray-sleep-aromatherapy-brand.claims.csv",
    ARTICLES / "podiatry-flat-feet-children-clinic-page.txt": ARTICLES / "podiatry-flat-feet-children-clinic-page.claims.csv",
    ARTICLES / "sports-massage-doms-marathon-clinic-blog.html": ARTICLES / "sports-massage-doms-marathon-clinic-blog.claims.csv",
    ARTICLES / "mindfulness-course-chronic-pain-community-newsletter.md": ARTICLES / "mindfulness-course-chronic-pain-community-newsletter.claims.csv",
    ARTICLES / "vibration-plate-circulation-home-fitness-shop.txt": ARTICLES / "vibration-plate-circulation-home-fitness-shop.claims.csv",
    ARTICLES / "acupuncture-carpal-tunnel-clinic-page.html": ARTICLES / "acupuncture-carpal-tunnel-clinic-page.claims.csv",
    # hundred-and-sixtieth blind round, measured with c127074 (detector-c5497e92e815 and kinds-a7449602e155, trained
    # through round 158; round 159's fixes, vocabulary 2026.11.30.38): writers RP, RQ, RR, RS, 8 articles, 268 labels, first
    # pass 0.966 / 0.912 / 0.375, kind 0.784 (the same claims with the rules' kinds 0.680; the rules alone at the same commit:
    # 0.907 / 0.887 / 0.391, kind 0.675; with the session's first commit and models, 11b2e6c: 0.966 / 0.912 / 0.375, kind
    # 0.784)
    ARTICLES / "bee-venom-cream-knee-arthritis-shop-page.html": ARTICLES / "bee-venom-cream-knee-arthritis-shop-page.claims.csv",
    ARTICLES / "ginger-chews-morning-sickness-pharmacy-newsletter.md": ARTICLES / "ginger-chews-morning-sickness-pharmacy-newsletter.claims.csv",
    ARTICLES / "humidifier-eczema-baby-skin-home-store.txt": ARTICLES / "humidifier-eczema-baby-skin-home-store.claims.csv",
    ARTICLES / "nordic-walking-heart-failure-rehab-newsletter.html": ARTICLES / "nordic-walking-heart-failure-rehab-newsletter.claims.csv",
    ARTICLES / "kefir-eczema-kids-dairy-farm-blog.md": ARTICLES / "kefir-eczema-kids-dairy-farm-blog.claims.csv",
    ARTICLES / "electric-scalp-massager-hair-growth-beauty-shop.html": ARTICLES / "electric-scalp-massager-hair-growth-beauty-shop.claims.csv",
    ARTICLES / "posture-corrector-rounded-shoulders-office-shop.txt": ARTICLES / "posture-corrector-rounded-shoulders-office-shop.claims.csv",
    ARTICLES / "laughter-yoga-stress-care-home-newsletter.md": ARTICLES / "laughter-yoga-stress-care-home-newsletter.claims.csv",
    # hundred-and-sixty-first blind round, measured with 2493501 (detector-e5a5cae0eb8a and kinds-0626787d687b, trained
    # through round 160; round 160's fixes): writers RT, RU, RV, RW, 8 articles, 303 labels, first pass 0.901 / 0.922 /
    # 0.656, kind 0.795 (the same claims with the rules' kinds 0.689; the rules alone at the same commit: 0.851 / 0.899 /
    # 0.671, kind 0.682; with the session's first commit and models, 11b2e6c: 0.904 / 0.929 / 0.650, kind 0.807)
    ARTICLES / "chewing-gum-heartburn-dentist-blog.html": ARTICLES / "chewing-gum-heartburn-dentist-blog.claims.csv",
    ARTICLES / "grounding-sheet-inflammation-sleep-wellness-blog.md": ARTICLES / "grounding-sheet-inflammation-sleep-wellness-blog.claims.csv",
    ARTICLES / "laser-therapy-dog-hip-dysplasia-vet-clinic.txt": ARTICLES / "laser-therapy-dog-hip-dysplasia-vet-clinic.claims.csv",
    ARTICLES / "walnuts-memory-heart-nut-brand-faq.md": ARTICLES / "walnuts-memory-heart-nut-brand-faq.claims.csv",
    ARTICLES / "barefoot-shoes-bunions-footwear-shop.txt": ARTICLES / "barefoot-shoes-bunions-footwear-shop.claims.csv",
    ARTICLES / "hypnotherapy-tinnitus-clinic-page.html": ARTICLES / "hypnotherapy-tinnitus-clinic-page.claims.csv",
    ARTICLES / "probiotic-drops-infant-colic-pharmacy-faq.md": ARTICLES / "probiotic-drops-infant-colic-pharmacy-faq.claims.csv",
    ARTICLES / "ice-bath-tub-recovery-mood-home-shop.html": ARTICLES / "ice-bath-tub-recovery-mood-home-shop.claims.csv",
    # hundred-and-sixty-second blind round, measured with e3b63f5 (detector-bcdb91170f12 and kinds-2d219ec0720f, trained
    # through round 161; round 161's fixes): writer SA's 2 articles, 81 labels, first pass 0.914 / 0.974 / 0.986, kind
    # 0.892 (the same claims with the rules' kinds 0.770; the rules alone at the same commit: 0.901 / 0.973 / 0.986, kind
    # 0.781; with the session's first commit and models, 11b2e6c: 0.914 / 0.961 / 0.986, kind 0.892); writer RZ's 2
    # articles, 70 labels, came later and were measured with d367349 (the same models; grounding's other sense): 0.914 /
    # 0.901 / 0.016, kind 0.797 (rules' kinds 0.562; the rules alone 0.900 / 0.818 / 0.016); writers RX and RY wrote
    # nothing in the session's time. The session's last round: not retrained on, its pages under a floor in KNOWN_GAPS
    ARTICLES / "osteopathy-third-trimester-back-sleep-clinic-blog.html": ARTICLES / "osteopathy-third-trimester-back-sleep-clinic-blog.claims.csv",
    ARTICLES / "stretching-app-desk-workers-gym-newsletter.md": ARTICLES / "stretching-app-desk-workers-gym-newsletter.claims.csv",
    ARTICLES / "lutein-eye-strain-optician-faq.md": ARTICLES / "lutein-eye-strain-optician-faq.claims.csv",
    ARTICLES / "posture-pillow-neck-pain-bedding-shop.txt": ARTICLES / "posture-pillow-neck-pain-bedding-shop.claims.csv",
    # hundred-and-sixty-third blind round, measured with 52c5491 (detector-5c0b01e54077 and kinds-852f6ad08612, trained
    # through round 162; the review's fixes, vocabulary 2026.11.30.41): writer SE's 2 articles, 82 labels, first pass
    # 0.878 / 0.986 / 0.542, kind 0.875 (the rules' kinds 0.764; the rules alone 0.817 / 0.971 / 0.567; with the
    # session's first commit and models, 300fa49: 0.878 / 0.986 / 0.542, kind 0.861)
    ARTICLES / "walking-pad-weight-loss-fitness-retailer.html": ARTICLES / "walking-pad-weight-loss-fitness-retailer.claims.csv",
    ARTICLES / "blackstrap-molasses-anaemia-health-food-blog.txt": ARTICLES / "blackstrap-molasses-anaemia-health-food-blog.claims.csv",
    # writer SD's 2 articles, measured with c2626f0 (the same models; vocabulary 2026.11.30.42, after writer SE's pages):
    # 81 labels, first pass 0.951 / 0.975 / 0.494, kind 0.844 (the rules' kinds 0.753; the rules alone 0.840 / 0.919 /
    # 0.529; with 300fa49: 0.951 / 0.975 / 0.494, kind 0.831)
    ARTICLES / "tongue-scraping-bad-breath-dental-shop.txt": ARTICLES / "tongue-scraping-bad-breath-dental-shop.claims.csv",
    ARTICLES / "gong-bath-anxiety-wellness-studio.md": ARTICLES / "gong-bath-anxiety-wellness-studio.claims.csv",
    # writer SC's 2 articles, measured with fd28528 (the same models; vocabulary 2026.11.30.45, after writers SE, SD and SG):
    # 91 labels, first pass 0.978 / 0.967 / 0.483, kind 0.809 (the rules' kinds 0.753; the rules alone 0.923 / 0.913 /
    # 0.464; with 300fa49: 0.978 / 0.967 / 0.483, kind 0.809)
    ARTICLES / "neti-pot-sinus-congestion-pharmacy-faq.md": ARTICLES / "neti-pot-sinus-congestion-pharmacy-faq.claims.csv",
    ARTICLES / "hot-yoga-back-pain-studio-page.html": ARTICLES / "hot-yoga-back-pain-studio-page.claims.csv",
    # writer SB's 2 articles, measured with 0fee3a2 (the same models; vocabulary 2026.11.30.46, after writers SE, SD, SG and
    # SC): 76 labels, first pass 0.961 / 0.924 / 0.945, kind 0.753 (the rules' kinds 0.740; the rules alone 0.908 / 0.852 /
    # 0.913; with 300fa49: 0.961 / 0.912 / 0.945, kind 0.753)
    ARTICLES / "bruxism-jaw-massage-dental-clinic.html": ARTICLES / "bruxism-jaw-massage-dental-clinic.claims.csv",
    ARTICLES / "therapeutic-ultrasound-heel-pain-physio.txt": ARTICLES / "therapeutic-ultrasound-heel-pain-physio.claims.csv",
    # hundred-and-sixty-fourth blind round, measured with 1b783b2 (the same models, trained through round 162; round 163's
    # fixes so far and the second review's, vocabulary 2026.11.30.44): writer SG's 2 articles, 74 labels, first pass 0.986 /
    # 0.936 / 0.918, kind 0.740 (the rules' kinds 0.671; the rules alone 0.919 / 0.840 / 0.941; with 300fa49: 0.986 /
    # 0.936 / 0.918, kind 0.740)
    ARTICLES / "kegel-exercises-bladder-leaks-womens-physio.txt": ARTICLES / "kegel-exercises-bladder-leaks-womens-physio.claims.csv",
    ARTICLES / "inositol-pcos-pharmacy-faq.md": ARTICLES / "inositol-pcos-pharmacy-faq.claims.csv",
    # writers SH's and SI's 2 articles each, measured with f2b2178 (the same models; vocabulary 2026.11.30.46 and the
    # fixes after writers SE, SD, SG, SC and SB): 147 labels, first pass 0.973 / 0.960 / 0.622, kind 0.769 (the rules'
    # kinds 0.720; the rules alone 0.857 / 0.900 / 0.619; with 300fa49: 0.980 / 0.954 / 0.611, kind 0.764); SH's 72
    # labels 0.972 / 1.000 / 0.686, SI's 75 labels 0.973 / 0.924 / 0.562
    ARTICLES / "mushroom-coffee-focus-brand-page.html": ARTICLES / "mushroom-coffee-focus-brand-page.claims.csv",
    ARTICLES / "ice-bath-sore-legs-running-club-newsletter.txt": ARTICLES / "ice-bath-sore-legs-running-club-newsletter.claims.csv",
    ARTICLES / "fenugreek-milk-supply-herbal-shop-blog.md": ARTICLES / "fenugreek-milk-supply-herbal-shop-blog.claims.csv",
    ARTICLES / "foot-spa-aching-feet-podiatry-clinic.html": ARTICLES / "foot-spa-aching-feet-podiatry-clinic.claims.csv",
    # writer SF's 2 articles, measured with 64b321f (the same models; vocabulary 2026.11.30.47, after writers SH and SI):
    # 82 labels, first pass 0.939 / 0.951 / 0.883, kind 0.831 (the rules' kinds 0.701; the rules alone 0.878 / 0.947 /
    # 0.861; with 300fa49: 0.939 / 0.951 / 0.883, kind 0.831)
    ARTICLES / "red-yeast-rice-cholesterol-supplement-shop.html": ARTICLES / "red-yeast-rice-cholesterol-supplement-shop.claims.csv",
    ARTICLES / "face-yoga-wrinkles-skincare-blog.md": ARTICLES / "face-yoga-wrinkles-skincare-blog.claims.csv",
    # hundred-and-sixty-fifth blind round, measured with 3711b36 (the shipped detector-8ed5856ba7d8 and kinds-874ba74c6871,
    # trained through round 164; vocabulary 2026.11.30.48): writers SJ's and SK's 2 articles each, 146 labels, first pass
    # 0.918 / 0.944 / 0.254, kind 0.836 (the rules' kinds 0.687; the rules alone 0.884 / 0.921 / 0.248; with 300fa49:
    # 0.918 / 0.937 / 0.246, kind 0.836); SJ's 67 labels 0.955 / 0.941, SK's 79 labels 0.886 / 0.946. The vocabulary names
    # neither sea buckthorn nor moringa nor magnetic or copper bracelets; not retrained on, the pages under a floor are in
    # KNOWN_GAPS as first measured
    ARTICLES / "sea-buckthorn-dry-eyes-skin-shop-page.html": ARTICLES / "sea-buckthorn-dry-eyes-skin-shop-page.claims.csv",
    ARTICLES / "resistance-band-knee-arthritis-physio-blog.md": ARTICLES / "resistance-band-knee-arthritis-physio-blog.claims.csv",
    ARTICLES / "moringa-energy-blood-sugar-wellness-newsletter.txt": ARTICLES / "moringa-energy-blood-sugar-wellness-newsletter.claims.csv",
    ARTICLES / "magnetic-copper-bracelet-arthritis-pharmacy-faq.md": ARTICLES / "magnetic-copper-bracelet-arthritis-pharmacy-faq.claims.csv",
    # writer SM's 2 articles, measured with 0508978 (the same shipped models and code): 83 labels, first pass 0.904 / 0.974
    # / 0.067, kind 0.773 (the rules' kinds 0.640; the rules alone 0.843 / 0.959 / 0.071; with 300fa49: 0.880 / 0.973 /
    # 0.055); the vocabulary named neither chia, flaxseed nor ear seeds
    ARTICLES / "chia-flaxseed-constipation-seed-company.txt": ARTICLES / "chia-flaxseed-constipation-seed-company.claims.csv",
    ARTICLES / "ear-acupressure-seeds-smoking-clinic.html": ARTICLES / "ear-acupressure-seeds-smoking-clinic.claims.csv",
    # writer SL's 2 articles, measured with 0508978's code and models (at 2a92ae5), before vocabulary 2026.11.30.49: 95
    # labels, first pass 0.968 / 0.968 / 0.924, kind 0.826 (the rules' kinds 0.804; the rules alone 0.884 / 0.955 / 0.917;
    # with 300fa49: 0.968 / 0.968 / 0.924). Round 165 (8 pages, 324 labels): 0.929 / 0.959 / 0.412, kind 0.817 (the
    # rules' kinds 0.711; the rules alone 0.873 / 0.940; with 300fa49: 0.923 / 0.955)
    ARTICLES / "pelvic-tilt-pregnancy-back-pain-chiro-clinic.html": ARTICLES / "pelvic-tilt-pregnancy-back-pain-chiro-clinic.claims.csv",
    ARTICLES / "vibration-plate-bones-cellulite-studio-blog.md": ARTICLES / "vibration-plate-bones-cellulite-studio-blog.claims.csv",
    # hundred-and-sixty-sixth blind round, measured with c9edae7 (the shipped detector-8c7b1e1df1ef and kinds-c92e2915648d,
    # trained through round 165; vocabulary 2026.11.30.49; the code of 330b007): writer SP's 2 articles, 123 labels,
    # first pass 0.797 / 0.907 / 0.704, kind 0.776 (the rules' kinds 0.714; the rules alone 0.797 / 0.899 / 0.745)
    ARTICLES / "activated-charcoal-bloating-pharmacy-advice.md": ARTICLES / "activated-charcoal-bloating-pharmacy-advice.claims.csv",
    ARTICLES / "5htp-chamomile-theanine-sleep-shop-comparison.txt": ARTICLES / "5htp-chamomile-theanine-sleep-shop-comparison.claims.csv",
    # writers SN's, SQ's and SO's 2 articles each, measured with c29c285 (SP's fixes and vocabulary 2026.11.30.50; the same
    # shipped models): 247 labels, first pass 0.915 / 0.954 / 0.743, kind 0.819 (the rules' kinds 0.664; the rules alone
    # 0.870 / 0.943 / 0.740; with 330b007, the session's first commit: 0.915 / 0.954 / 0.743, kind 0.819); SN's 72 labels
    # 0.931 / 0.957, SQ's 95 labels 0.905 / 0.977, SO's 80 labels 0.912 / 0.924. The vocabulary named neither propolis,
    # rosemary oil, hydrogen water nor the ketogenic diet (colonic hydrotherapy read as hydrotherapy)
    ARTICLES / "hydrogen-water-energy-recovery-brand-page.html": ARTICLES / "hydrogen-water-energy-recovery-brand-page.claims.csv",
    ARTICLES / "colonic-hydrotherapy-bloating-clinic-blog.md": ARTICLES / "colonic-hydrotherapy-bloating-clinic-blog.claims.csv",
    ARTICLES / "prp-injections-knee-tendon-sports-clinic.html": ARTICLES / "prp-injections-knee-tendon-sports-clinic.claims.csv",
    ARTICLES / "minoxidil-rosemary-hair-loss-trichology-post.md": ARTICLES / "minoxidil-rosemary-hair-loss-trichology-post.claims.csv",
    ARTICLES / "keto-diet-migraine-epilepsy-nutritionist-blog.txt": ARTICLES / "keto-diet-migraine-epilepsy-nutritionist-blog.claims.csv",
    ARTICLES / "propolis-throat-spray-immunity-shop-page.html": ARTICLES / "propolis-throat-spray-immunity-shop-page.claims.csv",
    # hundred-and-sixty-seventh blind round, measured with 16b4d9f (the shipped detector-395711fda3a9 and
    # kinds-66adcfe3ae05, trained through round 166; vocabulary 2026.11.30.51): writer SS's 2 articles, 69 labels, first pass
    # 0.913 / 0.900 / 0.444, kind 0.794 (the rules' kinds 0.635; the rules alone 0.826 / 0.864 / 0.439; with 330b007, the
    # session's first commit and models: 0.913 / 0.887 / 0.444, kind 0.794). The vocabulary named neither humming nor
    # vagus-nerve exercises
    ARTICLES / "night-guard-grinding-jaw-pain-dentist-page.txt": ARTICLES / "night-guard-grinding-jaw-pain-dentist-page.claims.csv",
    ARTICLES / "humming-vagus-nerve-stress-coach-newsletter.md": ARTICLES / "humming-vagus-nerve-stress-coach-newsletter.claims.csv",
    # writers ST's, SU's and SR's 2 articles each, measured with ae505e5 (SS's fixes and vocabulary 2026.11.30.52; the same
    # models, trained through round 166): 249 labels, first pass 0.896 / 0.974 / 0.363, kind 0.812 (the rules' kinds 0.668;
    # the rules alone 0.799 / 0.961 / 0.372; with 330b007, the session's first commit and models: 0.888 / 0.974 / 0.367,
    # kind 0.819); ST's 87 labels 0.989 / 0.989, SU's 77 labels 0.844 / 0.942, SR's 85 labels 0.847 / 0.986. The vocabulary
    # named neither NMN, beef tallow, LED masks, celery juice nor sunlight
    ARTICLES / "led-face-mask-acne-wrinkles-beauty-clinic.html": ARTICLES / "led-face-mask-acne-wrinkles-beauty-clinic.claims.csv",
    ARTICLES / "celery-juice-gut-blood-pressure-juice-bar-newsletter.txt": ARTICLES / "celery-juice-gut-blood-pressure-juice-bar-newsletter.claims.csv",
    ARTICLES / "morning-sunlight-circadian-insomnia-sleep-clinic-faq.md": ARTICLES / "morning-sunlight-circadian-insomnia-sleep-clinic-faq.claims.csv",
    ARTICLES / "creatine-women-over-40-menopause-gym-blog.html": ARTICLES / "creatine-women-over-40-menopause-gym-blog.claims.csv",
    ARTICLES / "nmn-capsules-longevity-energy-brand-page.html": ARTICLES / "nmn-capsules-longevity-energy-brand-page.claims.csv",
    ARTICLES / "beef-tallow-balm-eczema-skin-blogger-post.md": ARTICLES / "beef-tallow-balm-eczema-skin-blogger-post.claims.csv",
    # hundred-and-sixty-eighth blind round, measured with 1285f04 (detector-5b8717cafecd, kinds-5d5a4ac1cece, vocabulary .54)
    ARTICLES / "hibiscus-tea-blood-pressure-pharmacy-faq.txt": ARTICLES / "hibiscus-tea-blood-pressure-pharmacy-faq.claims.csv",
    ARTICLES / "kava-anxiety-sleep-supplement-shop.md": ARTICLES / "kava-anxiety-sleep-supplement-shop.claims.csv",
    ARTICLES / "aloe-vera-juice-digestion-health-food-shop.md": ARTICLES / "aloe-vera-juice-digestion-health-food-shop.claims.csv",
    ARTICLES / "hyperbaric-oxygen-recovery-long-covid-clinic.html": ARTICLES / "hyperbaric-oxygen-recovery-long-covid-clinic.claims.csv",
    ARTICLES / "dry-brushing-lymph-cellulite-day-spa.html": ARTICLES / "dry-brushing-lymph-cellulite-day-spa.claims.csv",
    ARTICLES / "passionflower-sleep-anxiety-newsletter.txt": ARTICLES / "passionflower-sleep-anxiety-newsletter.claims.csv",
    ARTICLES / "slippery-elm-heartburn-herbalist-shop.html": ARTICLES / "slippery-elm-heartburn-herbalist-shop.claims.csv",
    ARTICLES / "matcha-focus-metabolism-cafe-blog.md": ARTICLES / "matcha-focus-metabolism-cafe-blog.claims.csv",
    # hundred-and-sixty-ninth blind round, measured with 5597834 (detector-50c472b0e54f, kinds-0d629bfb8eea, vocabulary .55)
    ARTICLES / "dandelion-root-tea-bloating-liver-tea-brand.txt": ARTICLES / "dandelion-root-tea-bloating-liver-tea-brand.claims.csv",
    ARTICLES / "ionic-foot-bath-detox-wellness-centre.html": ARTICLES / "ionic-foot-bath-detox-wellness-centre.claims.csv",
    ARTICLES / "coffee-enema-detox-naturopath-blog.md": ARTICLES / "coffee-enema-detox-naturopath-blog.claims.csv",
    ARTICLES / "marshmallow-root-dry-cough-pharmacy.html": ARTICLES / "marshmallow-root-dry-cough-pharmacy.claims.csv",
    ARTICLES / "rooibos-tea-skin-heart-tea-company.md": ARTICLES / "rooibos-tea-skin-heart-tea-company.claims.csv",
    ARTICLES / "skullcap-anxiety-tension-herbalist-newsletter.txt": ARTICLES / "skullcap-anxiety-tension-herbalist-newsletter.claims.csv",
    ARTICLES / "oil-cleansing-acne-skincare-brand.html": ARTICLES / "oil-cleansing-acne-skincare-brand.claims.csv",
    ARTICLES / "qigong-balance-falls-community-centre.md": ARTICLES / "qigong-balance-falls-community-centre.claims.csv",
    # hundred-and-seventieth blind round, measured with 3fa25a4 (detector-6fa6c26fcc45, kinds-471d398d8bc5, vocabulary .57)
    ARTICLES / "nerve-flossing-sciatica-sports-physio-page.html": ARTICLES / "nerve-flossing-sciatica-sports-physio-page.claims.csv",
    ARTICLES / "st-johns-wort-low-mood-herbal-shop.txt": ARTICLES / "st-johns-wort-low-mood-herbal-shop.claims.csv",
    ARTICLES / "kneipp-water-treading-immunity-naturopath-blog.md": ARTICLES / "kneipp-water-treading-immunity-naturopath-blog.claims.csv",
    ARTICLES / "heated-eye-mask-blepharitis-optician-page.html": ARTICLES / "heated-eye-mask-blepharitis-optician-page.claims.csv",
    ARTICLES / "massage-neck-shoulder-musicians-clinic-page.txt": ARTICLES / "massage-neck-shoulder-musicians-clinic-page.claims.csv",
    ARTICLES / "portfolio-diet-cholesterol-dietitian-faq.md": ARTICLES / "portfolio-diet-cholesterol-dietitian-faq.claims.csv",
    ARTICLES / "cooling-mattress-pad-night-sweats-bedding-shop.html": ARTICLES / "cooling-mattress-pad-night-sweats-bedding-shop.claims.csv",
    ARTICLES / "acupuncture-functional-dyspepsia-integrative-clinic.txt": ARTICLES / "acupuncture-functional-dyspepsia-integrative-clinic.claims.csv",
    # hundred-and-seventy-first blind round, measured with e6852cb (detector-d6a949c33ff4, kinds-630fddce5531, vocabulary .58)
    ARTICLES / "cadence-retraining-shin-splints-running-coach-blog.md": ARTICLES / "cadence-retraining-shin-splints-running-coach-blog.claims.csv",
    ARTICLES / "straw-phonation-hoarseness-voice-clinic-page.html": ARTICLES / "straw-phonation-hoarseness-voice-clinic-page.claims.csv",
    ARTICLES / "boxing-parkinsons-martial-arts-academy-page.txt": ARTICLES / "boxing-parkinsons-martial-arts-academy-page.claims.csv",
    ARTICLES / "steam-inhalation-blocked-nose-gp-surgery-newsletter.md": ARTICLES / "steam-inhalation-blocked-nose-gp-surgery-newsletter.claims.csv",
    ARTICLES / "mandelic-peel-melasma-skin-clinic-page.html": ARTICLES / "mandelic-peel-melasma-skin-clinic-page.claims.csv",
    ARTICLES / "boron-testosterone-bones-mens-supplement-shop.txt": ARTICLES / "boron-testosterone-bones-mens-supplement-shop.claims.csv",
    ARTICLES / "thumb-splint-base-arthritis-hand-therapy-blog.md": ARTICLES / "thumb-splint-base-arthritis-hand-therapy-blog.claims.csv",
    ARTICLES / "glycine-sleep-powder-sleep-brand-page.html": ARTICLES / "glycine-sleep-powder-sleep-brand-page.claims.csv",
    # hundred-and-seventy-second blind round, measured with 5dd6afc (detector-d6a949c33ff4 and kinds-630fddce5531, trained
    # through round 170; vocabulary .59)
    ARTICLES / "sports-massage-hip-pain-dancers-rehab-clinic.txt": ARTICLES / "sports-massage-hip-pain-dancers-rehab-clinic.claims.csv",
    ARTICLES / "shatavari-womens-hormones-ayurvedic-brand-page.html": ARTICLES / "shatavari-womens-hormones-ayurvedic-brand-page.claims.csv",
    ARTICLES / "worry-journal-racing-thoughts-sleep-coach-post.md": ARTICLES / "worry-journal-racing-thoughts-sleep-coach-post.claims.csv",
    ARTICLES / "biotin-hair-nails-pharmacy-product-page.txt": ARTICLES / "biotin-hair-nails-pharmacy-product-page.claims.csv",
    ARTICLES / "cervical-traction-trapped-nerve-physio-clinic-page.html": ARTICLES / "cervical-traction-trapped-nerve-physio-clinic-page.claims.csv",
    ARTICLES / "amber-teething-necklace-baby-wellness-brand-blog.md": ARTICLES / "amber-teething-necklace-baby-wellness-brand-blog.claims.csv",
    ARTICLES / "moor-mud-wrap-arthritis-thermal-spa-faq.md": ARTICLES / "moor-mud-wrap-arthritis-thermal-spa-faq.claims.csv",
    ARTICLES / "ems-suit-back-pain-home-training-brand-page.html": ARTICLES / "ems-suit-back-pain-home-training-brand-page.claims.csv",
    # hundred-and-seventy-third blind round, measured with 04a8e0a (detector-55442f3a88f6 and kinds-748598bb53f9, trained
    # through round 172; vocabulary .60; the heading-treatment topic rule): writers TP, TQ, TR, TS, 8 articles, 313 labels,
    # first pass 0.930 / 0.951 / 0.392, kind 0.842 (the rules alone 0.869 / 0.932)
    ARTICLES / "devils-claw-joint-pain-pharmacy-page.txt": ARTICLES / "devils-claw-joint-pain-pharmacy-page.claims.csv",
    ARTICLES / "seaweed-body-wrap-detox-day-spa.html": ARTICLES / "seaweed-body-wrap-detox-day-spa.claims.csv",
    ARTICLES / "isometric-wall-sit-blood-pressure-personal-trainer-blog.md": ARTICLES / "isometric-wall-sit-blood-pressure-personal-trainer-blog.claims.csv",
    ARTICLES / "anti-gravity-treadmill-knee-rehab-sports-injury-clinic-page.html": ARTICLES / "anti-gravity-treadmill-knee-rehab-sports-injury-clinic-page.claims.csv",
    ARTICLES / "chinese-herbal-medicine-period-pain-tcm-clinic.txt": ARTICLES / "chinese-herbal-medicine-period-pain-tcm-clinic.claims.csv",
    ARTICLES / "extra-virgin-olive-oil-heart-dietitian-newsletter.md": ARTICLES / "extra-virgin-olive-oil-heart-dietitian-newsletter.claims.csv",
    ARTICLES / "cranial-electrotherapy-anxiety-sleep-wellness-brand.html": ARTICLES / "cranial-electrotherapy-anxiety-sleep-wellness-brand.claims.csv",
    ARTICLES / "muscle-energy-technique-sacroiliac-pelvic-pain-osteopathy-clinic.txt": ARTICLES / "muscle-energy-technique-sacroiliac-pelvic-pain-osteopathy-clinic.claims.csv",
    # hundred-and-seventy-fourth blind round, measured with 34c0463 (detector-55442f3a88f6 and kinds-748598bb53f9, trained
    # through round 172; vocabulary .61; the reviewed heading-treatment topic): writers TT, TU, TV, TW, 8 articles, 341
    # labels, first pass 0.924 / 0.932 / 0.644, kind 0.835 (the rules alone 0.880 / 0.890)
    ARTICLES / "pelargonium-chesty-cough-bronchitis-pharmacy-faq.md": ARTICLES / "pelargonium-chesty-cough-bronchitis-pharmacy-faq.claims.csv",
    ARTICLES / "gyrotonic-back-pain-movement-studio-page.txt": ARTICLES / "gyrotonic-back-pain-movement-studio-page.claims.csv",
    ARTICLES / "laser-fungal-nail-podiatry-clinic-page.html": ARTICLES / "laser-fungal-nail-podiatry-clinic-page.claims.csv",
    ARTICLES / "seed-cycling-hormones-skin-wellness-influencer-blog.md": ARTICLES / "seed-cycling-hormones-skin-wellness-influencer-blog.claims.csv",
    ARTICLES / "pneumatic-compression-boots-recovery-studio-page.txt": ARTICLES / "pneumatic-compression-boots-recovery-studio-page.claims.csv",
    ARTICLES / "citrus-bergamot-cholesterol-supplement-brand-page.html": ARTICLES / "citrus-bergamot-cholesterol-supplement-brand-page.claims.csv",
    ARTICLES / "singing-lung-health-copd-charity-newsletter.md": ARTICLES / "singing-lung-health-copd-charity-newsletter.claims.csv",
    ARTICLES / "homeopathy-eczema-children-practitioner-page.html": ARTICLES / "homeopathy-eczema-children-practitioner-page.claims.csv",
    # hundred-and-seventy-fifth blind round, measured with a289351 (detector-285c0768931a and kinds-1c75d2ed6a01, trained
    # through round 174; vocabulary .63): writers TX, TY, TZ, UA, 8 articles, 308 labels, first pass 0.932 / 0.957 /
    # 0.544, kind 0.767 (the rules alone 0.831 / 0.889)
    ARTICLES / "hypochlorous-acid-spray-eczema-skincare-brand-page.html": ARTICLES / "hypochlorous-acid-spray-eczema-skincare-brand-page.claims.csv",
    ARTICLES / "pickleball-older-adults-balance-leisure-centre-newsletter.md": ARTICLES / "pickleball-older-adults-balance-leisure-centre-newsletter.claims.csv",
    ARTICLES / "dead-hang-shoulder-impingement-strength-coach-blog.md": ARTICLES / "dead-hang-shoulder-impingement-strength-coach-blog.claims.csv",
    ARTICLES / "nada-ear-acupuncture-addiction-recovery-clinic-page.txt": ARTICLES / "nada-ear-acupuncture-addiction-recovery-clinic-page.claims.csv",
    ARTICLES / "beta-alanine-endurance-sports-nutrition-brand-page.html": ARTICLES / "beta-alanine-endurance-sports-nutrition-brand-page.claims.csv",
    ARTICLES / "elimination-diet-adhd-children-nutritionist-blog.md": ARTICLES / "elimination-diet-adhd-children-nutritionist-blog.claims.csv",
    ARTICLES / "sitz-bath-haemorrhoids-pharmacy-faq.txt": ARTICLES / "sitz-bath-haemorrhoids-pharmacy-faq.claims.csv",
    ARTICLES / "silicone-scar-sheets-cosmetic-surgery-clinic-page.html": ARTICLES / "silicone-scar-sheets-cosmetic-surgery-clinic-page.claims.csv",
    # hundred-and-seventy-sixth blind round, measured with 70056a1 (detector-285c0768931a and kinds-1c75d2ed6a01, trained
    # through round 174; vocabulary .64 and round 175's rules): writers UB, UC, UD, UE, 8 articles, 305 labels, first pass
    # 0.974 / 0.943 / 0.569, kind 0.879 (the rules alone 0.908 / 0.914)
    ARTICLES / "progesterone-cream-menopause-wellness-clinic-page.html": ARTICLES / "progesterone-cream-menopause-wellness-clinic-page.claims.csv",
    ARTICLES / "fennel-tea-bloating-colic-herbal-tea-shop-blog.md": ARTICLES / "fennel-tea-bloating-colic-herbal-tea-shop-blog.claims.csv",
    ARTICLES / "glucomannan-weight-loss-supplement-brand-page.html": ARTICLES / "glucomannan-weight-loss-supplement-brand-page.claims.csv",
    ARTICLES / "backward-walking-knee-pain-physio-blog.md": ARTICLES / "backward-walking-knee-pain-physio-blog.claims.csv",
    ARTICLES / "blackcurrant-extract-recovery-health-food-shop-page.txt": ARTICLES / "blackcurrant-extract-recovery-health-food-shop-page.claims.csv",
    ARTICLES / "brain-training-app-memory-older-adults-blog.md": ARTICLES / "brain-training-app-memory-older-adults-blog.claims.csv",
    ARTICLES / "aromatherapy-inhaler-nausea-pharmacy-page.txt": ARTICLES / "aromatherapy-inhaler-nausea-pharmacy-page.claims.csv",
    ARTICLES / "gel-heel-cups-plantar-fasciitis-podiatry-shop.html": ARTICLES / "gel-heel-cups-plantar-fasciitis-podiatry-shop.claims.csv",
    # hundred-and-seventy-seventh blind round, measured with 1b6bcd1 (detector-724c092304bd and kinds-01c2a197c8ad, trained
    # through round 176; vocabulary .65 and the review's fixes): writers UF, UG, UH, UI, 8 articles, 292 labels, first pass
    # 0.945 / 0.939 / 0.554, kind 0.797 (the rules alone 0.880 / 0.905)
    ARTICLES / "nasal-breathing-running-performance-coach-blog.md": ARTICLES / "nasal-breathing-running-performance-coach-blog.claims.csv",
    ARTICLES / "cabbage-leaves-breast-engorgement-midwife-page.txt": ARTICLES / "cabbage-leaves-breast-engorgement-midwife-page.claims.csv",
    ARTICLES / "low-dose-naltrexone-fibromyalgia-integrative-clinic-page.html": ARTICLES / "low-dose-naltrexone-fibromyalgia-integrative-clinic-page.claims.csv",
    ARTICLES / "sourdough-bread-ibs-gut-bakery-blog.md": ARTICLES / "sourdough-bread-ibs-gut-bakery-blog.claims.csv",
    ARTICLES / "compression-leggings-pots-medical-hosiery-shop.html": ARTICLES / "compression-leggings-pots-medical-hosiery-shop.claims.csv",
    ARTICLES / "oatmeal-bath-chickenpox-pharmacist-blog.md": ARTICLES / "oatmeal-bath-chickenpox-pharmacist-blog.claims.csv",
    ARTICLES / "bee-pollen-hay-fever-health-food-shop.txt": ARTICLES / "bee-pollen-hay-fever-health-food-shop.claims.csv",
    ARTICLES / "pelvic-floor-trainer-device-incontinence-brand-blog.md": ARTICLES / "pelvic-floor-trainer-device-incontinence-brand-blog.claims.csv",
    # hundred-and-seventy-eighth blind round, measured with 45481b5 (detector-94d047ed3819 and kinds-67cb3c3e337b, trained
    # through round 177; vocabulary .66): writers UJ, UK, UL, UM, 8 articles, 320 labels, first pass 0.950 / 0.944 / 0.592,
    # kind 0.836 (the rules alone 0.900 / 0.897)
    ARTICLES / "red-clover-hot-flushes-menopause-supplement-page.html": ARTICLES / "red-clover-hot-flushes-menopause-supplement-page.claims.csv",
    ARTICLES / "baby-massage-colic-sleep-postnatal-class-newsletter.md": ARTICLES / "baby-massage-colic-sleep-postnatal-class-newsletter.claims.csv",
    ARTICLES / "horse-chestnut-varicose-veins-pharmacy-page.txt": ARTICLES / "horse-chestnut-varicose-veins-pharmacy-page.claims.csv",
    ARTICLES / "forest-bathing-stress-wellbeing-retreat-blog.md": ARTICLES / "forest-bathing-stress-wellbeing-retreat-blog.claims.csv",
    ARTICLES / "liquorice-root-dgl-heartburn-herbalist-faq.md": ARTICLES / "liquorice-root-dgl-heartburn-herbalist-faq.claims.csv",
    ARTICLES / "aqua-aerobics-arthritis-leisure-centre-page.html": ARTICLES / "aqua-aerobics-arthritis-leisure-centre-page.claims.csv",
    ARTICLES / "frankincense-oil-joint-pain-aromatherapy-shop.txt": ARTICLES / "frankincense-oil-joint-pain-aromatherapy-shop.claims.csv",
    ARTICLES / "xylitol-gum-tooth-decay-dental-practice-blog.html": ARTICLES / "xylitol-gum-tooth-decay-dental-practice-blog.claims.csv",
    # hundred-and-seventy-ninth blind round, measured with 99bf90a and the models retrained through round 178
    # (detector-55d4375d2dca and kinds-2233a0c2cfc8; vocabulary .67 and round 178's fixes): writers UN, UO, UP, UQ, 8
    # articles, 275 labels, first pass 0.971 / 0.924 / 0.356, kind 0.809 (the rules alone 0.887 / 0.891)
    ARTICLES / "art-therapy-anxiety-adults-community-studio-page.html": ARTICLES / "art-therapy-anxiety-adults-community-studio-page.claims.csv",
    ARTICLES / "tribulus-libido-mens-supplement-shop.txt": ARTICLES / "tribulus-libido-mens-supplement-shop.claims.csv",
    ARTICLES / "bach-flower-remedies-exam-stress-pharmacy-blog.md": ARTICLES / "bach-flower-remedies-exam-stress-pharmacy-blog.claims.csv",
    ARTICLES / "hula-hoop-core-strength-back-fitness-instructor-newsletter.txt": ARTICLES / "hula-hoop-core-strength-back-fitness-instructor-newsletter.claims.csv",
    ARTICLES / "pumpkin-seed-oil-hair-loss-men-brand-page.html": ARTICLES / "pumpkin-seed-oil-hair-loss-men-brand-page.claims.csv",
    ARTICLES / "eye-exercises-screen-strain-optician-blog.md": ARTICLES / "eye-exercises-screen-strain-optician-blog.claims.csv",
    ARTICLES / "scalp-cooling-cap-chemo-hair-loss-cancer-support-faq.md": ARTICLES / "scalp-cooling-cap-chemo-hair-loss-cancer-support-faq.claims.csv",
    ARTICLES / "stair-climbing-heart-health-cardiologist-blog.html": ARTICLES / "stair-climbing-heart-health-cardiologist-blog.claims.csv",
    # hundred-and-eightieth blind round, measured with 1551aa6 (detector-55d4375d2dca and kinds-2233a0c2cfc8, trained
    # through round 178; vocabulary .68 and round 179's fixes): writers UR, US, UT, UU, 8 articles, 322 labels, first pass
    # 0.950 / 0.965 / 0.676, kind 0.801 (the rules alone 0.873 / 0.912)
    ARTICLES / "thyme-syrup-childrens-cough-pharmacy-page.txt": ARTICLES / "thyme-syrup-childrens-cough-pharmacy-page.claims.csv",
    ARTICLES / "oregano-oil-immune-capsules-brand-page.html": ARTICLES / "oregano-oil-immune-capsules-brand-page.claims.csv",
    ARTICLES / "mastic-gum-h-pylori-reflux-herbalist-blog.md": ARTICLES / "mastic-gum-h-pylori-reflux-herbalist-blog.claims.csv",
    ARTICLES / "olive-leaf-extract-blood-pressure-supplement-faq.md": ARTICLES / "olive-leaf-extract-blood-pressure-supplement-faq.claims.csv",
    ARTICLES / "weighted-sleep-mask-insomnia-shop-page.html": ARTICLES / "weighted-sleep-mask-insomnia-shop-page.claims.csv",
    ARTICLES / "garlic-oil-ear-drops-children-earache-natural-remedies-blog.md": ARTICLES / "garlic-oil-ear-drops-children-earache-natural-remedies-blog.claims.csv",
    ARTICLES / "zeolite-detox-powder-wellness-shop.txt": ARTICLES / "zeolite-detox-powder-wellness-shop.claims.csv",
    ARTICLES / "bouldering-mental-health-climbing-gym-newsletter.md": ARTICLES / "bouldering-mental-health-climbing-gym-newsletter.claims.csv",
    # hundred-and-eighty-first blind round, measured with 75947cb (detector-e22148444d61 and kinds-269363eed8a3, trained
    # through round 180; vocabulary .69): writers UV, UW, UX, UY, 8 articles, 306 labels, first pass 0.958 / 0.951 /
    # 0.505, kind 0.857 (the rules alone 0.886 / 0.941)
    ARTICLES / "skipping-rope-bone-density-heart-fitness-coach-blog.md": ARTICLES / "skipping-rope-bone-density-heart-fitness-coach-blog.claims.csv",
    ARTICLES / "tongue-scraper-bad-breath-oral-care-shop.html": ARTICLES / "tongue-scraper-bad-breath-oral-care-shop.claims.csv",
    ARTICLES / "under-desk-bike-back-pain-office-wellbeing-shop.txt": ARTICLES / "under-desk-bike-back-pain-office-wellbeing-shop.claims.csv",
    ARTICLES / "ice-massage-shin-splints-running-club-newsletter.md": ARTICLES / "ice-massage-shin-splints-running-club-newsletter.claims.csv",
    ARTICLES / "hammock-sleep-back-pain-outdoor-brand-blog.html": ARTICLES / "hammock-sleep-back-pain-outdoor-brand-blog.claims.csv",
    ARTICLES / "nettle-leaf-capsules-hay-fever-pharmacy-faq.md": ARTICLES / "nettle-leaf-capsules-hay-fever-pharmacy-faq.claims.csv",
    ARTICLES / "spiky-massage-ball-plantar-fasciitis-physio-page.txt": ARTICLES / "spiky-massage-ball-plantar-fasciitis-physio-page.claims.csv",
    ARTICLES / "sea-buckthorn-oil-dry-eyes-supplement-brand-page.html": ARTICLES / "sea-buckthorn-oil-dry-eyes-supplement-brand-page.claims.csv",
}

#: labelled articles whose misses lie outside claim detection (the reason is the xfail reason in test_quality)
KNOWN_GAPS: dict[str, str] = {
    "chiropractic-tech-neck-teens-clinic-page.txt": "round 158, with detector-c5497e92e815 (retrained on all 1,131 pages, through round 158): credits 'The average head weighs around 5 kg when it sits balanced over the shoulders.': …; 'Every 2.5 cm the head drifts forward adds roughly 4.5 kg of load on the muscles … (recall 1.000, precision 0.977, attribution 0.143)",
    "indoor-cycling-knee-arthritis-gym-newsletter.txt": "round 158, with detector-c5497e92e815 (retrained on all 1,131 pages, through round 158): reads as claims 'High, up to three times body weight per stride'; 'High'; 'Usually not'; credits 'For members with knee osteoarthritis, indoor cycling is one of the safest ways …; 'Knee osteoarthritis affects around one in five adults over 45.': got indoor cyc … (recall 0.939, precision 0.721, attribution 0.032)",
    "bowen-therapy-frozen-shoulder.txt": "round 69, with detector-c5497e92e815 (retrained on all 1,131 pages, through round 158): reads as claims 'See your GP first if: the pain started after a fall or injur …'; 'See your GP first if: you have pain in your chest, jaw or do …'; 'See your GP first if: the shoulder is hot, red or swollen, o …' (recall 1.000, precision 0.783, attribution 1.000)",
    "knee-sleeve-runners-knee-shop-guide.txt": "round 157, with detector-14963a567f33 (retrained on all 1,123 pages, through round 157): reads as claims 'Not every knee support does the same job.'; 'General ache around the kneecap, swelling'; 'Light to moderate' (recall 0.974, precision 0.725, attribution 0.838)",
    "chiro-hip-pain-runners.txt": "round 72, with detector-3740384137fd (retrained on all 1,115 pages, through round 156): reads as claims 'Please see your GP, or call 111 out of hours, rather than bo …'; 'Please see your GP, or call 111 out of hours, rather than bo …'; 'Please see your GP, or call 111 out of hours, rather than bo …' (recall 1.000, precision 0.833, attribution 0.800)",
    "physio-plantar-fasciitis.md": "round 38, with detector-3740384137fd (retrained on all 1,115 pages, through round 156): reads as claims 'The good news is that most cases settle within a year, and t …'; 'Heel pain in both feet together with back pain or morning st …'; 'Redness, heat or swelling around the heel, or you feel fever …' (recall 0.895, precision 0.810, attribution 0.706)",
    "physio-shoulder-impingement-sports-clinic-page.html": "round 155, with detector-da83b7d0d2fc (retrained on all 1,107 pages, through round 155): credits 'Targeted strengthening of the rotator cuff and the muscles around the shoulder …; 'Loading a sore tendon gradually also prompts it to remodel, so it becomes stron … (recall 1.000, precision 1.000, attribution 0.558)",
    "physio-shoulder-impingement-gym-page.html": "round 132, with detector-da83b7d0d2fc (retrained on all 1,107 pages, through round 155): reads as claims 'Contact your GP or NHS 111 (or call 999 if it's an emergency …'; 'Contact your GP or NHS 111 (or call 999 if it's an emergency …'; 'Contact your GP or NHS 111 (or call 999 if it's an emergency …' (recall 1.000, precision 0.846, attribution 0.682)",
    "reflexology-menopause.html": "round 48, with detector-bba256eb9566 (retrained on all 1,099 pages, through round 154): reads as claims 'The menopause is a natural stage of life, but for many women …'; 'That trial was fairly small, the women knew whether they wer …'; 'Any bleeding once your periods have stopped for a year' (recall 0.952, precision 0.833, attribution 0.950)",
    "physio-patellar-tendinopathy-sports-clinic-blog.md": "round 152: its writer split the page between physiotherapy, exercise and resistance training by sentence; credits 'With a well-structured loading programme, most people recover fully without nee …; \"In jumper's knee, repeated loading outpaces the tendon's ability to adapt, and … (recall 1.000, precision 0.975, attribution 0.487)",
    "gardening-mood-memory-charity-leaflet.md": "round 151: the vocabulary has no 'gardening' (adding it cost as much attribution on pages where gardening is what hurt the back), so the leaflet is credited to a word of its own; credits 'Around one in four adults in England will experience a mental health problem ea …; 'Nearly 1 million people in the UK are living with dementia, and that figure is … (recall 0.941, precision 0.941, attribution 0.000)",
    "yoga-breathing-teen-anxiety-studio-newsletter.txt": "round 148, with detector-de59c2af1f22 (retrained through round 152): credits 'If we could teach every teenager just one thing, it would be this: your breath …; 'Slow breathing with a longer exhale stimulates the vagus nerve, which signals t … (recall 0.957, precision 0.957, attribution 0.636)",
    "physio-low-back-pain-guide-leaflet.txt": "round 127: since round 152 a red-flag list is one claim a sign, and its writer gave the list's advice once or not at all; reads as claims 'This leaflet is for adults who have had low back pain for le …'; 'If your pain is not getting better after two to three weeks, …'; 'See your GP urgently or call NHS 111 if you have back pain a …' (recall 1.000, precision 0.824, attribution 0.821)",
    "chiro-tennis-elbow-faq.txt": "round 62: since round 152 a red-flag list is one claim a sign, and its writer gave the list's advice once or not at all; reads as claims 'Please see your GP or go to A&E rather than booking with us …'; 'Please see your GP or go to A&E rather than booking with us …'; 'These signs can point to a fracture, infection or nerve prob …' (recall 0.963, precision 0.812, attribution 0.654)",
    "physio-whiplash.txt": "round 34, with detector-de59c2af1f22 (retrained through round 152): reads as claims 'We never use forceful neck manipulation in the first weeks a …'; 'FACT: Even low-speed collisions of around 15 km/h can cause …'; 'Seek medical help straight away if you have severe headache, …' (recall 0.933, precision 0.824, attribution 0.929)",
    "physio-knee-oa-exercise-newsletter.md": "round 74: its writer credited the page to exercise therapy, which it names as "
                                             "a bare 'exercise' eleven times; the vocabulary matches 'exercise' only in "
                                             "phrases ('exercise programme', 'regular exercise'), since a bare 'exercise' "
                                             "cost attribution on 29 other pages ('after exercise'), so the physiotherapy "
                                             "newsletter's own name wins (attribution 0.09, precision 0.82)",
    "gluteal-tendinopathy-physio.html": "round 69: a steroid-vs-exercise table whose cells its writer took one by one is "
                                        "read a row at a time, the LEAP trial is split differently, and claims are "
                                        "credited to physiotherapy where its writer named load management, exercise or the"
                                        " condition (recall 0.72, precision 0.75, attribution 0.61)",
    "pelvic-floor-trainer-review.md": "round 70: a review of three devices: the author's story and the devices' "
                                      "descriptions read as claims, and claims are split between the trainer, pelvic floor"
                                      " training and electrical stimulation differently from its writer (precision 0.78, "
                                      "attribution 0.57)",
    "concussion-return-to-play-physio.html": "round 70: its writer listed each A&E warning sign as a safety claim where we"
                                             " give the advice once, and credited the page to 'graded return to play' "
                                             "where a slogan title and its exercise stages lead us to exercise therapy "
                                             "(recall 0.75, attribution 0.39)",
    "nasal-strips-snoring-review.md": "round 71: a comparison of three snoring aids whose pros, cons and the reviewer's "
                                      "own trial its writer split between the products; several are missed or credited to "
                                      "mouth tape (recall 0.70, attribution 0.47)",
    "magnesium-restless-legs-faq.txt": "round 72: a run-together product table's blurbs are missed, the trial's null "
                                       "result and the forms of magnesium read as claims where its writer labelled the "
                                       "journal sentence, and a hydration tip (recall 0.77, precision 0.81)",
    "physio-sciatica-leaflet.html": "round 72: a leaflet on what helps and what does not, whose writer credited each claim"
                                    " to what it names (bed rest, opioids, facet injections, surgery, staying active) "
                                    "where we credit the page's exercise therapy (attribution 0.55)",
    "osteopathy-headache-faq.md": "an FAQ whose writer left out its red-flag items, its 'what osteopathy can't do' scope "
                                  "statements, 'No, it shouldn't hurt' and 'Bigger and longer studies are still needed', "
                                  "and whose headache background ('It usually builds slowly …') reads to us as claims "
                                  "(precision 0.61); self-help tips credited to the writer's own names ('hydration')",
    "physio-back-pain-newsletter.txt": "labelling conventions disagree: its writer left the items of a cauda equina "
                                       "red-flag list unlabelled, where most writers (27 of 31 pages with such lists) "
                                       "list each item, as we do (five extra items; precision 0.76)",
    "omega3-dry-eye.md": "labelling conventions disagree: its writer listed a treatment table's 'Evidence' cells as "
                         "claims of their own, where dry-needling-runners-knee's writer left such cells out and we read "
                         "the row as one claim (four misses); three self-care tips without reasons and an intro sentence "
                         "count as extra (recall 0.83, precision 0.76)",
    "osteopathy-runners-hip.txt": "labelling conventions disagree: its writer listed only the rows of a 'Problem / How we "
                                  "treat it' table whose treatment cell states an effect, where the brief's own example "
                                  "(every condition in the table) and other writers count each condition row; with two "
                                  "background sentences and a red-flag sentence that makes precision 0.76",
    "massage-chair-shop.txt": "labelling conventions disagree: its writer credited the chair's claims to 'massage chair', "
                              "where massage-chair-blog's, massage-gun-athletes' and massage-gun-review's writers credited "
                              "such devices to massage, as the brief's 'massage for any type of massage' asks and as we do "
                              "(attribution 0.00; recall 1.00, precision 0.86)",
    "massage-gun-guide.md": "labelling conventions disagree: its writer credited the guide's claims to 'massage gun', a name "
                            "the vocabulary lacks, where massage-gun-athletes' and massage-gun-review's writers credited "
                            "them to massage, as the brief's 'massage for any type of massage' asks and as we do "
                            "(attribution 0.00; recall 0.92, precision 0.85)",
    "sleep-supplement-blend.txt": "a blend ('magnesium + L-theanine + chamomile') whose writer credited the product's claims "
                                  "to their own name for it ('sleep supplement blend'), where we credit the title's first "
                                  "vocabulary name, magnesium (attribution 0.40), as turmeric-ginger-shots",
    "turmeric-ginger-shots.txt": "a combination product ('Golden Root Turmeric & Ginger Shot') whose writer credited the "
                                 "product's claims to their own name for the pair ('turmeric and ginger shots'), where we "
                                 "credit the title's first vocabulary name, turmeric (attribution 0.26; recall and precision "
                                 "1.00); vitamin-k2-bones' writer credited its K2 + D3 pair to the first name, as we do",
    "posture-physio-newsletter.txt": "a physiotherapy newsletter whose numbered desk tips each credit their own remedy "
                                     "(desk setup, movement breaks, a lumbar cushion, chin tucks), which its writer named "
                                     "with plain names the vocabulary lacks, where we credit the newsletter's physiotherapy "
                                     "(attribution 0.46); two tips written as lower-case continuations after a colon are missed",
    "physio-neck-pain.md": "labelling conventions disagree: its writer left the red-flag list out ('Fever … needs urgent "
                           "medical attention', 6 items), which earlier writers listed as safety claims; and in a page that "
                           "weighs exercise, manual therapy, acupuncture, heat, collars and pillows against each other, "
                           "sentences are credited to the page's physiotherapy instead of the treatment each one names "
                           "(attribution 0.50)",
    "physio-ankle-sprain.txt": "its writer credited each step of a first-aid acronym to its own name ('optimal loading', "
                               "'rest', 'compression bandage', 'elevation', 'x-ray'); we credit the physiotherapy "
                               "newsletter's topic where the vocabulary has no name for the step",
    "physio-low-back-newsletter.txt": "its writer credited each tip with the activity it names ('Movement brings blood flow "
                                      "…', 'The cat-camel … eases morning stiffness', 'Exercise combined with education cut "
                                      "the risk …' as exercise therapy, a pillow tip as 'sleep positioning'); we credit the "
                                      "physiotherapy newsletter's topic where the vocabulary has no name for the activity "
                                      "(plain 'exercise' as a synonym would misread 'after exercise' in a dozen other pages)",
    "green-tea-weight.md": "labelling conventions disagree, as for prenatal-massage: its writer listed the sentences under "
                           "the listicle headings ('3. It targets stubborn belly fat') but not the headings, which we keep "
                           "as claims (5 of its 5 extra items; the heading is the unhedged claim the reader sees)",
    "prenatal-massage.md": "labelling conventions disagree: its writer listed the sentences under listicle headings such as "
                           "'1. It eases back and hip pain' but not the headings, which quercetin-listicle's writer listed "
                           "as claims; we keep a heading that asserts an effect as a claim (5 of its 7 extra items)",
    "physio-knee-replacement-rehab.txt": "a rehab leaflet whose writer credited its advice to seven treatments of their own "
                                         "naming (ice, painkillers, leg elevation …) and whose reasons in prose ('Getting the "
                                         "knee bending early stops scar tissue …', 'Take your painkillers … so that you can "
                                         "move the knee') are missed (recall 0.80, attribution 0.44)",
    "physio-neck-pain-clinic.html": "round 57: its writer credited physiotherapy's parts to their own names (joint "
                                    "mobilization, exercise therapy) and coined names for advice ('staying active', "
                                    "'cervical collar', 'posture advice'), where we credit physiotherapy (attribution 0.53)",
    "physio-shoulder-rehab-blog.md": "round 78: its writer credited a physiotherapy blog's rehab phases to physical "
                                     "therapy where the sentences name exercises (our 'exercise therapy'), and "
                                     "background on the shoulder reads as claims (attribution 0.654, precision 0.812)",
    "turmeric-ginger-tea-blog.md": "round 79: its writer credited the recipe's claims to 'turmeric ginger tea', a name "
                                   "the vocabulary files as turmeric, and honey, black pepper and coconut milk tips to "
                                   "those foods; recipe-side sentences ('Put them together with a squeeze of lemon …') "
                                   "are missed (attribution 0.619, recall 0.840)",
    "physio-acl-rehab-clinic.html": "round 90: its writer credited the page to physical therapy, which it names as "
                                    "'physio'; as a synonym 'physio' lowered attribution over all labelled pages "
                                    "(0.9336 to 0.9320) when tried, so neuromuscular electrical stimulation, named "
                                    "most, takes the page (attribution 0.409, recall 0.815)",
    "wim-hof-breathing-newsletter.txt": "round 93: reads as claims 'You take 30 to 40 deep, powerful breaths, let the"
                                        " last one …'; 'In 2014, researchers in the Netherlands trained a small …'; "
                                        "'Then they injected everyone with a bacterial toxin that …', and credits "
                                        "'flood your blood with oxygen and blow …' to cold therapy; 'trigger a surge "
                                        "of adrenaline that …' to cold therapy (recall 0.929, precision 0.765, "
                                        "attribution 0.231)",
    "copd-breathing-physio-newsletter.txt": "round 97: reads as claims 'Our ever-popular Singing for Lung Health "
                                            "group.'; 'Short talks on medicines, inhaler technique, diet, energy …'; "
                                            "'Relax your shoulders and breathe in gently through your …', and credits"
                                            " 'walk further before you need to stop …' to physical therapy; 'cope "
                                            "better with everyday jobs like …' to physical therapy (recall 0.897, "
                                            "precision 0.743, attribution 0.577)",
    "sciatica-mckenzie-physio-faq.md": "round 98: misses 'Avoids movements that aggravate pain'; 'Dampens pain and "
                                       "inflammation for a few hours'; 'No better than staying active' (recall 0.756,"
                                       " precision 0.912, attribution 0.839)",
    "turmeric-ginger-gummies-shop.txt": "round 100: credits 'Two gummies a day to support …' to turmeric; 'ease "
                                        "stiff, achy joints after exercise …' to turmeric (recall 1.000, precision "
                                        "0.897, attribution 0.462)",
    "melatonin-shift-workers-pharmacy.html": "round 100: misses 'Melatonin is the hormone your brain releases in the "
                                             "evening …'; 'Light is the strongest signal your body clock gets.'; 'It "
                                             "takes about 20 to 30 minutes to kick in and blocks …', and reads as "
                                             "claims 'Here's our pharmacy team's practical advice, from melatonin …';"
                                             " 'It tells you to feel alert in the day and sleepy at night, …'; "
                                             "'Prescription rules in the UK: melatonin is a …', and credits 'Bright "
                                             "light in the first half of a …' to melatonin; 'A light box (at least "
                                             "10,000 lux) used …' to melatonin (recall 0.816, precision 0.738, "
                                             "attribution 0.581)",
    "physio-tennis-elbow-newsletter.txt": "round 103: credits 'Despite the name, fewer than 1 in 10 …' to exercise "
                                          "therapy; 'Lateral epicondylalgia (to give it its …' to exercise therapy "
                                          "(recall 0.912, precision 0.861, attribution 0.645)",
    "physio-rotator-cuff-newsletter.txt": "round 109: reads as claims 'If you've winced reaching for the "
                                          "top kitchen cupboard, or …'; 'This month our senior "
                                          "physiotherapist Claire Donnelly walks …'; 'Pain lifting your "
                                          "arm out to the side or overhead' (recall 0.879, precision "
                                          "0.784, attribution 0.655)",
    "valerian-sleep-pharmacy.html": "round 109: misses 'This is a similar pathway to some prescription "
                                    "sleeping …'; 'Trouble falling asleep linked to stress or mild "
                                    "anxiety'; 'Jet lag and body-clock problems' (recall 0.735, precision "
                                    "0.893, attribution 0.920)",
    "physio-ankle-rehab-runners-newsletter.txt": "round 111: credits 'Protect: a lace-up brace for the "
                                                 "first …' to physical therapy; 'Ice: 10 to 15 minutes at "
                                                 "a time in the …' to physical therapy (recall 0.897, "
                                                 "precision 0.897, attribution 0.385)",
    "physio-low-back-pain-clinic-faq.html": "round 113: credits 'A large review of scans in people with …' "
                                            "to physical therapy; 'Hands-on joint mobilisation to ease …' "
                                            "to physical therapy (recall 0.971, precision 0.872, "
                                            "attribution 0.588)",
    "physio-back-pain-pregnancy-newsletter.txt": "round 117: reads as claims 'This spring we're talking "
                                                 "about something we see in clinic …'; 'At the same time "
                                                 "your growing bump shifts your centre of …'; 'Pain over "
                                                 "the pubic bone at the front', and credits 'Manual "
                                                 "therapy to ease stiff joints and …' to physical therapy; "
                                                 "'Strengthening exercises for your deep …' to physical "
                                                 "therapy (recall 0.903, precision 0.718, attribution "
                                                 "0.429)",
    "acupuncture-hay-fever-clinic-page.html": "round 118: reads as claims 'Itchy eyes, a streaming nose "
                                              "and that constant foggy …'; 'In Traditional Chinese "
                                              "Medicine, hay fever is often seen as …'; 'Acupuncture for "
                                              "hay fever has been studied more than you …' (recall 0.906, "
                                              "precision 0.744, attribution 0.966)",
    "physio-ankle-sprain-football-newsletter.txt": "round 121: reads as claims 'Ankle sprains keep our "
                                                   "Monday injury clinic busier than …'; 'Once the first "
                                                   "few days have passed, the ligament needs the …'; "
                                                   "'Balance training – the best injury prevention you're "
                                                   "not …', and credits 'Protect – limit painful activity "
                                                   "for a …' to physical therapy; 'Elevate – prop the foot "
                                                   "above heart …' to physical therapy (recall 0.912, "
                                                   "precision 0.816, attribution 0.452)",
    "fermented-foods-gut.md": "round 22: its writer credited every kefir sentence to 'fermented foods'; "
                              "with kefir in the vocabulary (round 140) they are kefir's, so it credits "
                              "'Fermented foods are packed with live …' to kefir; 'During fermentation, "
                              "lactic acid …' to kefir (recall 0.950, precision 1.000, attribution 0.211)",
    "physio-knee-replacement-rehab-page.html": "round 125: misses 'Physiotherapy after knee replacement is "
                                               "the single biggest …'; 'Ice and elevation for 20 minutes "
                                               "after each exercise …'; 'Knee bend usually reaches 90 "
                                               "degrees by the end of week 4.', and reads as claims "
                                               "'That's why we ask you to keep moving little and often, "
                                               "even …'; 'Everyone heals at a different pace, and your "
                                               "physio will …'; 'This is what a typical recovery looks "
                                               "like on our programme.', and credits 'Regains full "
                                               "straightening of the knee, …' to physical therapy; 'Around "
                                               "8 in 10 of our knee replacement …' to walking (recall "
                                               "0.833, precision 0.714, attribution 0.600)",
    "osteopathy-headache-office-workers-blog.md": "round 126: reads as claims 'The further your head "
                                                  "drifts forward, the more load falls …'; 'Tight muscles "
                                                  "at the base of the skull can refer pain up …'; "
                                                  "'Clenching or grinding your teeth, often while "
                                                  "concentrating …' (recall 1.000, precision 0.621, "
                                                  "attribution 0.944)",
    "cold-water-swimming-mood-club-newsletter.txt": "round 126: misses 'There's nothing like it for "
                                                    "blowing away the January blues.'; 'Ask any of our "
                                                    "winter regulars why they get in and you'll …'; 'Three "
                                                    "winters on, I honestly think the lake did more for my "
                                                    "…' (recall 0.692, precision 0.857, attribution 0.944)",
    "osteopathy-elderly-falls-clinic-blog.md": "round 132: reads as claims '\"I just don't trust my legs "
                                               "any more.\"'; 'Behind every one of those numbers is a "
                                               "person who may lose …'; 'Many older adults tell us that "
                                               "stiff hips, sore knees or a …' (recall 0.963, precision "
                                               "0.765, attribution 0.731)",
    "physio-hip-bursitis-clinic-newsletter.txt": "round 134: reads as claims 'For decades this was "
                                                 "labelled \"trochanteric bursitis\", and …'; 'These days "
                                                 "we call it greater trochanteric pain syndrome, …'; 'The "
                                                 "best evidence we have comes from the LEAP trial, …', and "
                                                 "credits 'Tendons don't get better with rest - …' to "
                                                 "physical therapy; 'After 8 weeks, 77% of the …' to "
                                                 "physical therapy (recall 0.923, precision 0.800, "
                                                 "attribution 0.458)",
    "massage-post-op-scar-clinic-faq.md": "round 134: misses 'Lymphatic drainage uses very light, slow, "
                                          "rhythmic strokes …'; 'Sharp or burning pain is a sign to stop "
                                          "and tell your …'; 'The incision must be fully closed, with no "
                                          "scabs, stitches …', and reads as claims 'Whether you've had a "
                                          "caesarean, a new knee or breast …'; 'Scar massage is a gentle, "
                                          "hands-on technique that works the …'; 'When a wound heals, the "
                                          "body lays down new collagen quickly …' (recall 0.800, precision "
                                          "0.737, attribution 0.893)",
    "quercetin-hay-fever-pharmacy-page.html": "round 134: credits 'flush pollen and mucus out of the nasal "
                                              "…' to quercetin; 'Non-drowsy antihistamine tablets such …' "
                                              "to quercetin (recall 0.857, precision 0.968, attribution "
                                              "0.600)",
    "chiropractic-vertigo-dizziness-clinic-blog.md": "round 135: misses 'BPPV accounts for around a third "
                                                     "of all vertigo cases.'; 'The Epley manoeuvre is a "
                                                     "series of slow, guided head and …'; 'BPPV often "
                                                     "responds very well to repositioning manoeuvres …', "
                                                     "and reads as claims 'If you've ever rolled over in "
                                                     "bed and felt the whole room …'; 'Not every dizzy "
                                                     "spell is something a chiropractor should …'; "
                                                     "'\"Dizzy\" means different things to different "
                                                     "people.', and credits 'Many causes of dizziness are "
                                                     "…' to spinal manipulation; 'You may feel a brief "
                                                     "burst of spinning …' to spinal manipulation (recall "
                                                     "0.741, precision 0.500, attribution 0.400)",
    "sports-therapy-groin-pain-football-newsletter.txt": "round 135: misses 'How it works: the Copenhagen "
                                                         "loads the adductors while they …'; 'Builds base "
                                                         "adductor strength without overloading the "
                                                         "groin'; 'Maintains the strength you have built "
                                                         "all season', and credits 'Groin injuries make up "
                                                         "between 4% and …' to kinetic edge sports "
                                                         "therapy; 'Adductor-related pain accounts for …' "
                                                         "to kinetic edge sports therapy (recall 0.800, "
                                                         "precision 0.909, attribution 0.200)",
    "physio-plantar-heel-runners-clinic-page.html": "round 136: misses 'Strong: recommended first-line in "
                                                    "international clinical …'; 'Moderate: helps in the "
                                                    "short term, especially combined with …'; 'Moderate "
                                                    "for short-term pain relief', and reads as claims "
                                                    "'Every time your foot lands, it stretches a little "
                                                    "and then …'; 'For runners that usually means a new "
                                                    "marathon block, a …'; 'Tight calves, stiff ankles, "
                                                    "long shifts on your feet at …' (recall 0.676, "
                                                    "precision 0.793, attribution 0.826)",
    "physio-concussion-return-school-page.html": "round 137: misses 'a headache that keeps getting worse'; "
                                                 "'vomiting more than once'; 'a seizure or fit', and reads "
                                                 "as claims 'A knock to the head in a Saturday match can "
                                                 "turn into weeks …'; 'Once your teenager is managing "
                                                 "school without their …'; 'Each stage lasts at least 24 "
                                                 "hours, and your child only …', and credits 'It also "
                                                 "advises that teenagers should …' to exercise therapy; "
                                                 "'Building up gradually, with shorter …' to graded return "
                                                 "to play (recall 0.771, precision 0.730, attribution "
                                                 "0.481)",
    "hemp-seed-oil-skin-shop-faq.md": "round 137: misses 'Our oil contains no CBD and no THC, so it won't "
                                      "make you …'; 'When your skin runs low on these lipids, the barrier "
                                      "…'; 'No.', and reads as claims 'It was a small study, and the oil "
                                      "was taken by mouth rather …'; 'Hemp seed oil will not oil cure my "
                                      "eczema'; 'For best results, smooth three or four drops over damp "
                                      "skin …' (recall 0.769, precision 0.741, attribution 0.850)",
    "physio-ankle-arthritis-older-newsletter.txt": "round 139: reads as claims 'The good news is that "
                                                   "there is a lot you can do yourself, …'; 'When a joint "
                                                   "hurts, we naturally use it less.'; 'Over months the "
                                                   "muscles around the ankle get weaker and the …' (recall "
                                                   "0.931, precision 0.750, attribution 0.667)",
    "vitamin-c-skin-serum-derm-faq.md": "round 139: misses 'Other forms (like sodium ascorbyl phosphate or "
                                        "ascorbyl …'; 'Stubborn melasma tends to respond more slowly, and "
                                        "it …'; 'No, and we wouldn't want it to.' (recall 0.632, precision "
                                        "0.960, attribution 0.792)",
    "creatine-lifters.md": "with the learned detector: misses 'If you lift and you're not taking creatine "
                           "monohydrate, …'; 'It's the most researched sports supplement on the planet, "
                           "…'; 'More ATP means one or two extra reps per set, and over …' (recall 0.700, "
                           "precision 1.000, attribution 1.000)",
    "physio-pelvic-girdle-pain.md": "with the learned detector: credits 'The water takes the weight of "
                                    "your …' to exercise therapy; 'avoid breaststroke legs, as the wide …' "
                                    "to exercise therapy (recall 1.000, precision 0.964, attribution "
                                    "0.630)",
    "shockwave-achilles-faq.txt": "with the learned detector: credits 'It affects around 1 in 10 runners "
                                  "at …' to physical therapy; 'It is also common in inactive people …' to "
                                  "physical therapy (recall 1.000, precision 1.000, attribution 0.633)",
    "physio-rotator-cuff-clinic.txt": "round 141: credits 'Progressive strengthening exercises to …' to "
                                      "physical therapy; 'Hands-on therapy to ease pain and …' to physical "
                                      "therapy (recall 0.857, precision 0.857, attribution 0.625)",
    "nattokinase-circulation-blog.html": "round 141: misses 'Nattokinase is often called nature's "
                                         "clot-buster, and there …'; 'Supports healthy circulation and "
                                         "blood flow*'; 'I've been taking 2,000 FU every morning since "
                                         "March and my …' (recall 0.818, precision 0.964, attribution "
                                         "0.889)",
    "hydrotherapy-arthritis-pool-centre.txt": "round 141: credits 'Buoyancy takes most of your body weight "
                                              "…' to warm-water exercise; 'The warmth increases blood flow "
                                              "to …' to warm-water exercise (recall 1.000, precision "
                                              "0.969, attribution 0.290)",
    "turmeric-arthritis-faq.md": "with the learned detector: reads as claims 'Turmeric: pain relief in "
                                 "knee osteoarthritis — similar to …'; 'Effective'; 'None known' (recall "
                                 "0.960, precision 0.800, attribution 0.958)",
    "sauna-recovery-athletes-blog.md": "with the learned detector: reads as claims 'That rush of blood to "
                                       "the skin and muscles is the key.'; 'Stack those together and it's "
                                       "easy to see why so many of …'; 'The best-known sauna research "
                                       "comes from Finland, where …' (recall 1.000, precision 0.806, "
                                       "attribution 0.880)",
    "magnesium-anxiety-sleep-blog.md": "round 145: misses 'Very gentle, rarely causes loose stools'; 'Can "
                                       "loosen stools'; 'Occasional heartburn' (recall 0.829, precision "
                                       "0.879, attribution 0.966)",
    "cold-water-swimming-menopause-blog.html": "round 145: misses 'It has done more for me than anything "
                                               "my GP offered.'; 'Others point out that getting through "
                                               "the first gasping …'; 'In 2023 researchers at University "
                                               "College London surveyed …' (recall 0.742, precision 0.920, "
                                               "attribution 1.000)",
    "osteopathy-rib-pain-clinic-faq.md": "round 145: reads as claims 'Osteopathic manipulative treatment "
                                         "treats soft tissue …'; 'Gentle rib and spinal mobilisation'; "
                                         "'Osteopathic manipulative treatment treats muscle energy …' "
                                         "(recall 1.000, precision 0.800, attribution 0.964)",
    "vitamin-c-collagen-skin-shop-page.html": "round 145: credits 'visibly reduce fine lines and wrinkles "
                                              "…' to vitamin C; 'boost skin hydration and bounce' to "
                                              "vitamin C (recall 1.000, precision 1.000, attribution "
                                              "0.519)",
    "cupping-shoulder-swimmers-clinic.html": "round 147: its writer labelled the 'How it helps' and 'Best for' cells "
                                             "of each comparison-table row as two claims, where a row is one claim "
                                             "here (misses 'Tight lats and upper back, post-training soreness'; "
                                             "'General recovery after competitions'), and a comment and the "
                                             "clinic's reply in the comment thread, which is not content (recall "
                                             "0.833, precision 1.000, attribution 0.867)",
    "magnesium-leg-cramps-pharmacy-faq.html": "round 148: its writer labelled the sidebar's product box ('Contributes "
                                              "to normal muscle function'; 'Supports restful sleep') and a comment, "
                                              "which are not content, and a qualified FAQ answer, 'For many of our "
                                              "customers, yes.' (recall 0.774, precision 0.923, attribution 0.958)",
    "probiotics-antibiotic-diarrhoea-pharmacy-page.html": "round 150: its writer labelled the sidebar's product box "
                                                          "('Survives antibiotics, so it can be taken at the same "
                                                          "time') and two comments, which are not content, and a stat "
                                                          "box's caption ('children protected per course'); misses "
                                                          "two items of a who-should-check-first list ('are having "
                                                          "chemotherapy or radiotherapy') (recall 0.730, precision "
                                                          "0.964, attribution 0.778)",
    "chiropractic-neck-pain-desk-newsletter.txt": "round 142, with detector-e5a5cae0eb8a (retrained on all 1,147 pages, through round 160): reads as claims 'But please see your GP, or call NHS 111, if you have: neck p …'; 'But please see your GP, or call NHS 111, if you have: numbne …'; 'But please see your GP, or call NHS 111, if you have: fever, …' (recall 0.957, precision 0.846, attribution 0.909)",
    "chiro-sciatica.html": "round 32, with detector-8ed5856ba7d8 (retrained on all 1,175 pages, through round 164): reads as claims 'Go to your doctor or emergency department straight away, rat …'; 'Go to your doctor or emergency department straight away, rat …'; 'Go to your doctor or emergency department straight away, rat …' (recall 1.000, precision 0.810, attribution 0.941)",
    "acupuncture-pcos-fertility-news.html": "round 63, with detector-8ed5856ba7d8 (retrained on all 1,175 pages, through round 164): reads as claims 'An acupuncturist who has treated hundreds of women with poly …'; 'The condition causes irregular or absent periods, excess hai …'; 'Ms Dorsey, who was also prescribed metformin by her GP durin …' (recall 1.000, precision 0.815, attribution 0.818)",
    "acupuncture-ibs-gut-clinic-faq.md": "round 139, with detector-8ed5856ba7d8 (retrained on all 1,175 pages, through round 164): reads as claims 'Gut problems are now the second most common reason people bo …'; 'Plenty of people have bloating and wind without ticking ever …'; 'The Liver, meanwhile, is responsible for the smooth flow of …' (recall 0.886, precision 0.838, attribution 1.000)",
    "mushroom-coffee-focus-brand-page.html": "round 164, with detector-8ed5856ba7d8 (retrained on all 1,175 pages, through round 164): credits \"A calmer, more balanced mood, thanks to reishi's adaptogenic triterpenes\": got …; \"Improved memory and learning, as shown in lion's mane studies\": got lion's mane … (recall 0.957, precision 1.000, attribution 0.568)",
    "magnetic-copper-bracelet-arthritis-pharmacy-faq.md": "round 165, with detector-8ed5856ba7d8 (trained through round 164, not on this page; first pass): credits 'Sellers of magnetic bracelets say the magnets draw more blood to the area and i …; 'The theory behind copper bracelets is that tiny amounts of copper are absorbed … (recall 0.947, precision 0.923, attribution 0.056)",
    "humming-vagus-nerve-stress-coach-newsletter.md": "round 167, with detector-395711fda3a9 (trained through round 166): credits 'Last month a client told me she had started humming in the car on her way to wo …; 'This week I want to walk you through why humming, slow breathing and a few othe … (recall 0.939, precision 0.912, attribution 0.000)",
    "magnesium-migraine-blog.md": "round 110, with detector-5b8717cafecd (retrained on all 1,199 pages, through round 167): reads as claims 'It helps keep The Migraine Diaries running!'; 'But after three years of trial and error, the magnesium, rib …'; 'The reason magnesium matters for migraine comes down to the …' (recall 1.000, precision 0.833, attribution 0.800)",
    "oil-cleansing-acne-skincare-brand.html": "round 169, with detector-50c472b0e54f (trained through round 168): credits \"Harsh sulphate cleansers strip the skin's natural lipids, which can prompt the …; 'Oil cleansing softens and dissolves these plugs so they can work their way out, … (recall 0.882, precision 0.857, attribution 0.000)",
    "pilates-scoliosis.html": "round 48, with detector-6fa6c26fcc45 (retrained on all 1,215 pages, through round 169): reads as claims 'The spine also twists, so the muscles on one side of the cur …'; 'Pilates should leave out or adapt loaded end-range twists, s …'; 'Pilates should leave out or adapt rolling like a ball, open- …' (recall 1.000, precision 0.828, attribution 0.958)",
    "physio-hip-oa-clinic.html": "round 53, with detector-d6a949c33ff4 (retrained on all 1,223 pages, through round 170): reads as claims 'Your programme builds up gradually from gentle range-of-move …'; 'Please contact your GP or call NHS 111 before booking if you …'; 'Please contact your GP or call NHS 111 before booking if you …' (recall 1.000, precision 0.818, attribution 0.704)",
    "peppermint-oil-ibs-blog.md": "round 60, with detector-55442f3a88f6 (retrained on all 1,239 pages, through round 172): reads as claims 'Each capsule holds a small dose of peppermint oil inside a c …'; 'Enteric-coated peppermint oil: 1–2 weeks'; 'Enteric-coated peppermint oil: Heartburn in some people' (recall 1.000, precision 0.811, attribution 0.933)",
    "acupuncture-insomnia-menopause-clinic-blog.md": "round 144, with detector-55442f3a88f6 (retrained on all 1,239 pages, through round 172): reads as claims 'Broken sleep is one of the most common reasons women come to …'; \"Falling oestrogen and progesterone levels affect the brain's …\"; 'Night sweats wake you up soaked, anxiety creeps in at 4am, a …' (recall 1.000, precision 0.829, attribution 0.897)",
    "omega-3-dry-eye-optician-page.html": "round 136, with detector-285c0768931a (retrained on all 1,255 pages, through round 174): credits 'Warm compresses or a heated eye mask for five to ten minutes a day, to soften t …; 'Daily lid hygiene with a cleansing wipe or foam, to clear away the crusts and b … (recall 0.967, precision 0.935, attribution 0.621)",
    "acupuncture-hot-flushes.md": "round 46, with detector-724c092304bd (retrained on all 1,271 pages, through round 176): reads as claims 'Hot flushes are the symptom that brings more women through m …'; 'Acupuncture can also help with other menopausal symptoms:'; 'Acupuncture gives them a drug-free way to reduce their hot f …' (recall 1.000, precision 0.833, attribution 0.950)",
    "chiro-migraine-clinic.txt": "round 73, with detector-724c092304bd (retrained on all 1,271 pages, through round 176): reads as claims 'Weekly adjustments to break the cycle of daily attacks'; 'If neck adjustments are not right for you, your chiropractor …'; 'See a doctor urgently if: you get a sudden, severe headache  …' (recall 1.000, precision 0.808, attribution 0.952)",
    "melatonin-jet-lag-travel-blog.md": "round 106, with detector-724c092304bd (retrained on all 1,271 pages, through round 176): credits 'Light is the strongest signal your body clock gets, stronger even than melatoni …; 'Getting outside in bright morning light after flying east pulls your body clock … (recall 0.971, precision 0.944, attribution 0.647)",
    "osteopathy-headaches-clinic.md": "round 97, with detector-94d047ed3819 (retrained on all 1,279 pages, through round 177): reads as claims 'Tension-type headache: other symptoms — neck and shoulder ti …'; 'Migraine: other symptoms — nausea, sensitivity to light and  …'; 'Treatment works best when you are not undoing it for eight h …' (recall 0.933, precision 0.848, attribution 0.857)",
    "nasal-breathing-running-performance-coach-blog.md": "round 177, with detector-94d047ed3819 (retrained on all 1,279 pages, through round 177): credits 'Air that comes in through the nostrils is warmed, humidified and filtered befor …; 'That matters a lot on cold mornings, when dry air hitting the airways is one of … (recall 0.951, precision 1.000, attribution 0.000)",
    "pelvic-floor-trainer-device-incontinence-brand-blog.md": "round 177, with detector-94d047ed3819 (retrained on all 1,279 pages, through round 177): credits 'One in three women experiences bladder leaks at some point in her life': got pe …; 'Pregnancy and vaginal birth stretch the pelvic floor muscles and the nerves tha … (recall 0.975, precision 0.951, attribution 0.128)",
    "coq10-statin-fatigue-pharmacy-blog.md": "round 133, with detector-55d4375d2dca (retrained on all 1,287 pages, through round 178): reads as claims '\"Since starting my statin I just feel tired and achy.'; 'Coenzyme Q10 is found in almost every cell, with the highest …'; 'CoQ10 sits inside the mitochondria, the tiny \"power stations …' (recall 0.971, precision 0.846, attribution 0.879)",
    "chiro-bedwetting-kids.txt": "round 64, with detector-e22148444d61 (retrained on all 1,303 pages, through round 180): reads as claims 'Please see your GP first (rather than us) if your child: is  …'; 'Please see your GP first (rather than us) if your child: had …'; 'Please see your GP first (rather than us) if your child: has …' (recall 1.000, precision 0.818, attribution 0.667)",
    "osteopathy-plagiocephaly-babies.txt": "round 66, with detector-e22148444d61 (retrained on all 1,303 pages, through round 180): reads as claims 'Usually this moulding settles on its own, but after a long l …'; 'Please contact your GP or health visitor rather than booking …'; 'Please contact your GP or health visitor rather than booking …' (recall 1.000, precision 0.833, attribution 0.850)",
    "hypnobirthing-course-newsletter.md": "round 67, with detector-e22148444d61 (retrained on all 1,303 pages, through round 180): reads as claims 'Hypnotherapy can give your birth partner a clear, practical  …'; 'To be honest with you, the evidence is still mixed, and larg …'; 'Call your midwife or maternity unit straight away if: your b …' (recall 0.941, precision 0.800, attribution 1.000)",
    "l-theanine-focus-shop.html": "round 70, with detector-e22148444d61 (retrained on all 1,303 pages, through round 180): reads as claims 'Coffee alone: jitters — jitters common at higher intakes'; 'Coffee alone: come-down — often a sharp energy dip'; 'Coffee alone: how long focus lasts — typically 2 to 3 hours' (recall 0.923, precision 0.828, attribution 0.917)",
    "massage-neck-pain-clinic.txt": "round 81, with detector-e22148444d61 (retrained on all 1,303 pages, through round 180): reads as claims 'Massage treats people with stiffness after sleeping awkwardl …'; 'Clients with whiplash once they have been cleared by their G …'; 'Massage treats anyone with stress headaches that start in th …' (recall 1.000, precision 0.833, attribution 0.900)",
    "bunion-orthotics-podiatry-faq.md": "round 96, with detector-e22148444d61 (retrained on all 1,303 pages, through round 180): credits 'Surgery, however, gave the best results by twelve months.': got foot orthoses / …; 'Night splints work in a similar way; they can stretch a tight joint capsule ove … (recall 1.000, precision 1.000, attribution 0.630)",
    "acupuncture-back-pain-veterans-newsletter.txt": "round 131, with detector-e22148444d61 (retrained on all 1,303 pages, through round 180): reads as claims '\"By the time my wife dragged me in here I was sleeping maybe …'; 'Last month I sat through a whole movie with my grandkids wit …'; 'Pain keeps you awake, lack of sleep turns up the volume on p …' (recall 1.000, precision 0.844, attribution 0.963)",
    "curcumin-knee-pain-pharmacy-faq.md": "round 131, with detector-e22148444d61 (retrained on all 1,303 pages, through round 180): misses 'In trials, roughly – yes.'; 'Yes, ideally.'; 'Usually 4 to 8 weeks.' (recall 0.824, precision 0.903, attribution 1.000)",
    "eye-exercises-screen-strain-optician-blog.md": "round 179, with detector-e22148444d61 (retrained on all 1,303 pages, through round 180): credits 'The warmth and darkness give the eyes and the muscles around them a chance to r …; 'Many people find that a couple of minutes of palming eases a tension headache.' … (recall 1.000, precision 0.879, attribution 0.621)",
}


@dataclass(frozen=True)
class Label:
    source: str
    text: str
    kind: str
    intervention: str
    misattributed: bool


@dataclass(frozen=True)
class Score:
    article: str
    labels: int
    extracted: int
    matched: int
    attribution_ok: int
    kind_ok: int
    missed: tuple[str, ...]
    spurious: tuple[str, ...]
    wrong_attribution: tuple[str, ...]

    @property
    def recall(self) -> float:
        return self.matched / self.labels if self.labels else 1.0

    @property
    def precision(self) -> float:
        return self.matched / self.extracted if self.extracted else 1.0

    @property
    def attribution(self) -> float:
        return self.attribution_ok / self.matched if self.matched else 1.0

    @property
    def kind_agreement(self) -> float:
        return self.kind_ok / self.matched if self.matched else 1.0


def load_labels(path: Path) -> list[Label]:
    with path.open(encoding="utf-8", newline="") as fh:
        return [
            Label(r["source"], r["text"], r["kind"], r["intervention"], r["misattributed"].strip().lower() == "true")
            for r in csv.DictReader(fh)
        ]


def span_overlap(a: Sequence[int], b: Sequence[int]) -> float:
    """How much of the shorter of two spans the other covers (0 when they do not overlap)."""
    overlap = min(a[1], b[1]) - max(a[0], b[0])
    shorter = min(a[1] - a[0], b[1] - b[0])
    return overlap / shorter if overlap > 0 and shorter > 0 else 0.0


def one_to_one(candidates: list[tuple[float, int, int]]) -> list[tuple[int, int]]:
    """(label, claim) index pairs from scored candidates, best first, each label and each claim used once."""
    used_l: set[int] = set()
    used_c: set[int] = set()
    matches: list[tuple[int, int]] = []
    for _s, i, j in sorted(candidates, key=lambda p: (-p[0], p[1], p[2])):
        if i in used_l or j in used_c:
            continue
        used_l.add(i)
        used_c.add(j)
        matches.append((i, j))
    return matches


def _pair_score(label: Label, span: tuple[int, int] | None, claim_start: int, claim_end: int, source_text: str) -> float:
    if span is not None:
        return span_overlap(span, (claim_start, claim_end))
    return fuzz.partial_ratio(label.source.lower(), source_text.lower()) / 100.0


def _singular(word: str) -> str:
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word


def same_intervention(extracted: str | None, labelled: str) -> bool:
    """The same treatment: one vocabulary term (a synonym names its canonical term), equal names, or one name is the other with modifiers before its head noun phrase
    ("orofacial myofunctional therapy" and "myofunctional therapy" -- the longer one ends with the shorter,
    whole words, and the shorter has at least two words so a bare head like "therapy" never matches), or the practice
    named with and without the word "therapy" ("exercise", "exercise therapy")."""
    if extracted is None:
        return False
    # (a label may write an abbreviation in lower case: "emdr" is EMDR, whose vocabulary abbreviation is case-sensitive)
    named = [_VOCABULARY.get(n, "intervention") or (_VOCABULARY.get(n.upper(), "intervention") if " " not in n else None)
             for n in (extracted, labelled)]
    if named[0] is not None and named[0] is named[1]:
        return True  # a label may use a synonym of the vocabulary's canonical name ("chiropractic care")
    a, b = [_singular(w) for w in extracted.lower().split()], [_singular(w) for w in labelled.lower().split()]
    if a == b:
        return True  # "fermented foods" and "fermented food" name one thing
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    if short and long_ == [*short, "therapy"]:
        return True  # "exercise" and "exercise therapy": the practice named with or without the word for treatment
    if len(short) == 1 and long_[-1:] == short and named[0] is not None and named[1] is None and [
            _singular(w) for w in named[0].name.lower().split()] == short:
        # "hot yoga" labelled where the extractor says "yoga": a variety the vocabulary lacks, filed under the vocabulary
        # term it ends with, as the brief asks labels to name it (not a vocabulary term of its own: "laughter yoga")
        return True
    return len(short) >= 2 and long_[-len(short):] == short


def labelled_before(name: str | None) -> int:
    """How many labelled articles stand before the one named ``name`` (a file name without extension) in ``LABELLED``:
    the training part of a held-out split; all of them when ``name`` is None."""
    names = [article.stem for article in LABELLED]
    if name is None:
        return len(names)
    if name not in names:
        raise ValueError(f"not a labelled article: {name}")
    return names.index(name)


def label_spans(text: str, sources: Sequence[str]) -> list[tuple[int, int] | None]:
    """Where each labelled source stands in ``text`` (None when it is not there); a source labelled twice ("Yes." under
    two questions) stands at its next place each time."""
    spans: list[tuple[int, int] | None] = []
    seen: dict[str, int] = {}
    for source in sources:
        at = text.find(source, seen.get(source, 0))
        if at < 0:
            at = text.find(source)
        seen[source] = at + len(source) if at >= 0 else 0
        spans.append((at, at + len(source)) if at >= 0 else None)
    return spans


def pair(ledger: ClaimLedger, labels: list[Label]) -> list[tuple[int, int]]:
    """Labels matched to the ledger's claims one to one (label index, claim index): span overlap of at least half the
    shorter, else fuzzy text for a source not found in the article, best pairs first."""
    spans = label_spans(ledger.article.text, [label.source for label in labels])
    pairs = []
    for i, label in enumerate(labels):
        for j, claim in enumerate(ledger.claims):
            s = _pair_score(label, spans[i], claim.start, claim.end, claim.source_text)
            threshold = 0.5 if spans[i] is not None else 0.9
            if s >= threshold:
                pairs.append((s, i, j))
    return one_to_one(pairs)


def score(ledger: ClaimLedger, labels: list[Label]) -> Score:
    """Match labels to claims one-to-one (span overlap, else fuzzy text), best pairs first."""
    matches = pair(ledger, labels)
    used_l = {i for i, _ in matches}
    used_c = {j for _, j in matches}
    attribution_ok = kind_ok = 0
    wrong = []
    for i, j in matches:
        label, claim = labels[i], ledger.claims[j]
        if same_intervention(claim.intervention, label.intervention) and claim.misattributed_structurally == label.misattributed:
            attribution_ok += 1
        else:
            wrong.append(f"{label.source!r}: got {claim.intervention} / flagged={claim.misattributed_structurally}")
        kind_ok += claim.kind == label.kind
    return Score(
        article=ledger.article.source,
        labels=len(labels),
        extracted=len(ledger.claims),
        matched=len(matches),
        attribution_ok=attribution_ok,
        kind_ok=kind_ok,
        missed=tuple(labels[i].source for i in range(len(labels)) if i not in used_l),
        spurious=tuple(ledger.claims[j].text for j in range(len(ledger.claims)) if j not in used_c),
        wrong_attribution=tuple(wrong),
    )


def score_all() -> list[Score]:
    return [score(extract_claims(article), load_labels(table)) for article, table in LABELLED.items()]


def main(argv: list[str] | None = None) -> None:
    """Print recall, precision, attribution and kind agreement per labelled article and overall.

    ``--only NAME …`` scores just those articles (file names without extension), e.g. a new blind round."""
    import argparse

    parser = argparse.ArgumentParser(description=main.__doc__.splitlines()[0] if main.__doc__ else None)
    parser.add_argument("--only", nargs="+", metavar="NAME", help="article file names (without extension) to score")
    args = parser.parse_args(argv)
    chosen = {a: t for a, t in LABELLED.items() if not args.only or a.stem in args.only}
    if args.only and len(chosen) != len(set(args.only)):
        missing = sorted(set(args.only) - {a.stem for a in chosen})
        parser.error(f"not a labelled article: {', '.join(missing)}")
    scores = [score(extract_claims(article), load_labels(table)) for article, table in chosen.items()]
    print(f"{'article':<34} {'labels':>6} {'found':>6} {'match':>6} {'recall':>7} {'precis':>7} {'attrib':>7} {'kind':>6}")
    for s in scores:
        print(f"{Path(s.article).name:<34} {s.labels:>6} {s.extracted:>6} {s.matched:>6} {s.recall:>7.3f} "
              f"{s.precision:>7.3f} {s.attribution:>7.3f} {s.kind_agreement:>6.3f}")
        for m in s.missed:
            print(f"    missed:   {m[:90]}")
        for m in s.spurious:
            print(f"    spurious: {m[:90]}")
        for m in s.wrong_attribution:
            print(f"    attrib:   {m[:110]}")
    labels = sum(s.labels for s in scores)
    found = sum(s.extracted for s in scores)
    matched = sum(s.matched for s in scores)
    attrib = sum(s.attribution_ok for s in scores)
    kind = sum(s.kind_ok for s in scores)
    print(f"{'overall':<34} {labels:>6} {found:>6} {matched:>6} {matched / labels:>7.3f} {matched / found:>7.3f} "
          f"{attrib / matched:>7.3f} {kind / matched:>6.3f}")


if __name__ == "__main__":
    main()
